from offramp.errors import InputError
from offramp.ingest import clean_article, read_paths, read_text

ARTICLE = """Ministers Meet as Border Crisis Deepens

By Jane Roe | March 3, 2023 | 10:15am EST
The foreign minister in Ankara. (Photo by Someone/Agency)
The foreign minister in Ankara. (Photo by Someone/Agency)

ANKARA (Wire) - Turkey and Greece held talks on Friday.

The talks will continue next week.

Subscribe Now
"""


def test_ingest_splits_headline_byline_and_drops_captions():
    c = clean_article(ARTICLE)
    assert c.title == "Ministers Meet as Border Crisis Deepens"
    assert c.byline.startswith("By Jane Roe")
    assert "Photo by" not in c.text
    assert "Subscribe" not in c.text
    assert c.text.splitlines()[0] == c.title
    # dateline removed, sentence kept
    assert "Turkey and Greece held talks on Friday." in c.text
    assert "ANKARA (Wire)" not in c.text


def test_ingest_date_from_byline():
    docs = list(read_text(ARTICLE.encode(), "a.txt"))
    assert docs[0].date == "2023-03-03"


def test_ingest_bad_inputs_are_errors_not_crashes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia and China signed a trade deal on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 owners protest in Paris\xff\xfe")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    jl = tmp_path / "docs.jsonl"
    jl.write_text('{"id": "a", "date": "2022-01-18", "text": "Iran accused Israel."}\n'
                  'not json\n'
                  '{"id": "b", "date": "2022-13-45", "text": "x"}\n'
                  '{"id": "c", "text": "Japan welcomed the plan."}\n', encoding="utf-8")
    items = list(read_paths([str(bad), str(empty), str(good), str(jl)]))
    errs = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if not isinstance(i, InputError)]
    assert [d.id for d in docs][-2:] == ["a", "c"]
    assert any("not UTF-8" in e.reason for e in errs)
    assert any("empty" in e.reason for e in errs)
    assert any("not JSON" in e.reason for e in errs)
    assert any("not a valid" in e.reason for e in errs)
    assert len(errs) == 4


def test_ingest_datelines_of_several_styles_are_removed():
    for lead, body, place in [("VIENNA — ", "The ministers met.", "VIENNA"),
                              ("GAZA CITY, Palestinian Territories: ", "Two boys were hurt.",
                               "GAZA CITY, Palestinian Territories"),
                              ("LAGOS (AFP) - ", "Talks began.", "LAGOS"),
                              ("(CNSNews.com) – ", "Talks began.", None)]:
        c = clean_article("A Headline Here\n\n" + lead + body)
        assert c.text.splitlines()[-1] == body
        assert c.dateline == place  # kept: where the story was filed
    assert clean_article("Head\n\nNATO allies met.").text.endswith("NATO allies met.")
    for prose in ("U.S.-China trade talks resumed.", "NATO-Russia ties froze."):
        assert clean_article("Head\n\n" + prose).text.endswith(prose)


def test_ingest_dateline_after_a_date_line_or_a_staff_byline():
    c = clean_article("Jets Bomb Border Town\n\nMonday, January 23, 2012\n\n"
                      "TBILISI, Georgia — Georgia accused Russia of downing a drone.")
    assert c.dateline == "TBILISI, Georgia"
    assert c.text.endswith("\n\nGeorgia accused Russia of downing a drone.")
    c = clean_article("Jets Bomb Border Town\n\nBy a Staff Correspondent | April 22, 2008\n\n"
                      "TBILISI, Georgia — Georgia accused Russia of downing a drone.")
    assert c.byline == "By a Staff Correspondent | April 22, 2008"
    assert c.dateline == "TBILISI, Georgia"
    # a dateline is looked for only before the first sentence of prose
    c = clean_article("Head\n\nThe talks began on Monday.\n\nVIENNA — Ministers met again.")
    assert c.dateline is None and c.text.endswith("VIENNA — Ministers met again.")


def test_ingest_a_lead_starting_by_is_no_byline():
    c = clean_article("Strikes continue\n\nBy a UN count, Russian strikes killed 40 civilians in Kharkiv.")
    assert c.byline is None and c.text.endswith("Russian strikes killed 40 civilians in Kharkiv.")
