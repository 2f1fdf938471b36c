"""Feed polling against a local HTTP server: only new items are fetched and coded."""
import subprocess
import sys

import duckdb

from offramp.corpus._watch import watch
from tests.conftest import ROOT
from tests.corpus.corpusdata import page, rss


def test_corpus_watch_codes_only_new_items(site, tmp_path, nlp):
    a, b = site.base + "/news/a", site.base + "/news/b"
    site.pages["/news/a"] = ("text/html", page("Ghana Accuses Togo",
                                              ["Ghana accused Togo of harbouring rebels on its border."]))
    site.pages["/news/b"] = ("text/html", page("Chad Thanks Niger",
                                              ["Chad thanked Niger for its help after the floods."]))
    site.pages["/feed.xml"] = ("application/rss+xml",
                               rss([("a-1", a, "Mon, 15 May 2023 08:00:00 GMT")]))
    db = tmp_path / "w.duckdb"
    polls = []

    def between_polls(seconds):
        assert seconds > 0
        site.pages["/feed.xml"] = ("application/rss+xml", rss(
            [("b-2", b, "Tue, 16 May 2023 08:00:00 GMT"), ("a-1", a, "Mon, 15 May 2023 08:00:00 GMT")]))

    n = watch([site.base + "/feed.xml"], db, every=60, max_polls=2, sleep=between_polls,
              on_poll=lambda k, st: polls.append((k, st.documents, st.failed)), workers=1,
              progress=False)
    assert n == 2 and polls == [(1, 1, 0), (2, 1, 0)]
    assert site.log.count("/news/a") == 1 and site.log.count("/news/b") == 1
    con = duckdb.connect(str(db), read_only=True)
    docs = con.execute("SELECT id, url, date, source FROM documents ORDER BY id").fetchall()
    con.close()
    assert [(d[0], d[1], str(d[2]), d[3]) for d in docs] == [
        ("a-1", a, "2023-05-15", "Test Wire"), ("b-2", b, "2023-05-16", "Test Wire")]

    r = subprocess.run([sys.executable, "-m", "offramp.cli", "watch", site.base + "/feed.xml",
                        "--db", str(db), "--once"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "poll 1: 0 documents coded" in r.stderr
    assert site.log.count("/news/a") == 1  # known items are not fetched again
    bad = subprocess.run([sys.executable, "-m", "offramp.cli", "watch", site.base + "/feed.xml",
                          "--db", str(db), "--every", "soon"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert bad.returncode == 2 and "bad duration" in bad.stderr
