"""The dashboard in a real browser: the founding article, a hostile article, thousands of events."""
import json
import re
import urllib.request

from playwright.sync_api import expect

from tests.analysis import dbfixtures as F
from tests.web.conftest import OUT


def _api(app, path):
    with urllib.request.urlopen(app.url + path) as r:
        return json.load(r)


def _open(page, app, dyad=None):
    page.goto(app.url + "/")
    page.wait_for_selector("#dyad option[value]", state="attached")
    if dyad:
        page.select_option("#dyad", dyad)
    page.wait_for_selector("#timeline svg", state="attached")
    page.wait_for_selector("#events tr.event-row, #events p")


def test_web_founding_article_geneva_meeting(page, live):
    app = live("seed")
    found = _api(app, "/api/events?dyad=USA,RUS&type=CONSULT&place=Geneva")["items"]
    assert found, "the founding article should code a USA–RUS CONSULT located in Geneva"
    ev = found[0]
    _open(page, app, "RUS,USA")
    assert page.locator("#dyad").input_value() == "RUS,USA"

    # on the timeline: counted in the day's bars if actual, a planned marker otherwise
    if ev["modality"] == "actual":
        day = page.locator(f'#timeline g.day[data-date="{ev["date"]}"]')
        assert "CONSULT" in day.get_attribute("data-types").split()
    else:
        marker = page.locator(f'#timeline circle.planned[data-event-id="{ev["event_id"]}"]')
        assert marker.get_attribute("data-type") == "CONSULT"
        assert marker.get_attribute("data-location") == "Geneva"

    # in the table, with its modality badge and evidence sentence
    row = page.locator(f'#events tr.event-row[data-event-id="{ev["event_id"]}"]')
    row.wait_for()
    text = row.inner_text()
    assert "CONSULT" in text and "Geneva" in text and ev["modality"] in text
    assert row.locator(f".badge.modality.{ev['modality']}").count() == 1
    assert page.locator("#events .badge.anon").count() >= 1  # anonymous sources are shown

    # open its document: the evidence is highlighted as the selected event
    row.click()
    current = page.locator("#document mark.evidence.current").first
    current.wait_for()
    assert "Geneva" in page.locator("#document mark.current").all_inner_texts()[0] + \
        " ".join(page.locator("#document mark.current").all_inner_texts())
    assert current.is_visible()
    assert page.locator("#document mark.trigger").count() >= 1
    page.locator("#timeline-panel").scroll_into_view_if_needed()
    page.screenshot(path=str(OUT / "founding-article.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_web_markup_in_articles_shows_as_text(page, live):
    app = live("xss")
    _open(page, app, "RUS,USA")
    page.locator("#events tr.event-row").first.click()
    page.locator("#document mark.current").first.wait_for()
    page.wait_for_selector("#quotes blockquote")
    page.wait_for_selector("#activities table.findings")
    page.wait_for_selector("#map .place-label")
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # our app.js only
    doc = page.locator("#document").inner_text()
    assert F.XSS_SCRIPT in doc and F.XSS_IMG in doc
    assert F.XSS_SCRIPT in page.locator("#document .doc-title").inner_text()
    assert F.XSS_IMG in page.locator("#events").inner_text()
    assert F.XSS_IMG in page.locator("#quotes").inner_text()
    assert F.XSS_SCRIPT in page.locator("#activities table.findings").inner_text()
    assert F.XSS_IMG in page.locator("#activities .activity-what").inner_text()
    assert F.XSS_IMG in page.locator("#map .place-label").first.text_content()
    page.select_option("#dyad", "RUS,UKR")  # the anonymous attribution carries markup too
    page.wait_for_selector("#events .attribution")
    assert F.XSS_SCRIPT in page.locator("#events .attribution").inner_text()
    page.screenshot(path=str(OUT / "markup-as-text.png"), full_page=True)
    assert page.evaluate("window.__pwned") is None and page.errors == []


def test_web_thousands_of_events_page_on_the_server(page, live):
    app = live("synthetic")
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "/api/events" in r.url else None)
    _open(page, app, "RUS,USA")
    total = _api(app, "/api/events?dyad=RUS,USA&limit=1")["total"]
    count = page.locator("#events-count")
    assert count.inner_text() == f"1–50 of {total}"
    assert page.locator("#events tr.event-row").count() == 50
    page.click("#next")
    expect(count).to_have_text(re.compile(r"^51–100 of"))
    assert page.locator("#timeline .alert-marker").count() > 0
    assert page.locator("#map g.place").count() == 4
    limits = [int(m) for u in asked for m in re.findall(r"[?&]limit=(\d+)", u)]
    assert limits and max(limits) <= 500  # never the whole corpus at once

    # a click on a day of the timeline filters the table to that day
    day = page.locator("#timeline g.day").last
    date = day.get_attribute("data-date")
    day.dispatch_event("click")
    page.wait_for_selector("#active-filter .badge")
    expect(page.locator("#active-filter .badge")).to_have_text(f"day {date}")
    expect(page.locator("#events-count")).to_have_text(re.compile(r"^1–\d+ of \d+$"))
    dates = page.locator("#events tr.event-row td:first-child").all_inner_texts()
    assert dates and set(dates) == {date}
    page.screenshot(path=str(OUT / "synthetic-corpus.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_web_api_reference_renders_offline(page, live):
    app = live("seed")
    page.goto(app.url + "/docs")
    page.wait_for_selector("section.endpoint")
    heads = page.locator("section.endpoint h2").all_inner_texts()
    assert "GET /api/events" in heads and "POST /api/code" in heads
    assert page.outside == [] and page.errors == []
