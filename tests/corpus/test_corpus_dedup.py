"""Events vs mentions: one meeting reported by three articles is one event; exports."""
import csv
import json
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq
import pytest

from offramp.store import Store
from tests.conftest import ROOT

REPORTS = [  # (id, outlet, date, text): three reports of one meeting, one of a later one
    ("r1", "Daily Planet", "2023-06-12", "Kenya and Uganda held talks in Nairobi on Monday about the disputed island."),
    ("r2", "Morning Star", "2023-06-13", "Kenyan and Ugandan officials met in Nairobi on Monday to discuss the island."),
    ("r3", "Evening Post", "2023-06-13", "The foreign ministers of Uganda and Kenya met in Nairobi on Monday, officials said."),
    ("r4", "Daily Planet", "2023-06-27", "Kenya and Uganda held talks in Nairobi on Monday."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    import offramp
    from offramp.ingest import document_from_text

    path = tmp_path_factory.mktemp("dedup") / "d.duckdb"
    with Store(path) as s:
        for i, outlet, date, text in REPORTS:
            doc = document_from_text(text, i, date, source=outlet, url=f"https://{i}.example/news")
            s.write(offramp.code_document(doc))
    return path


def test_corpus_dedup_three_reports_of_one_meeting(db):
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT type, source_country, target_country, date, location_name, "
                       "num_mentions, num_articles, num_sources, doc_ids FROM events_deduped "
                       "WHERE type = 'CONSULT' ORDER BY date").fetchall()
    con.close()
    import datetime as dt
    assert rows[0][:8] == ("CONSULT", "KEN", "UGA", dt.date(2023, 6, 12), "Nairobi", 3, 3, 3)
    assert rows[0][8] == ["r1", "r2", "r3"]
    # two weeks later is another meeting
    assert [(r[3], r[5]) for r in rows[1:]] == [(dt.date(2023, 6, 26), 1)]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "offramp.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_corpus_events_and_export_commands(db, tmp_path):
    r = _cli("events", "--db", str(db), "--deduped", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    ev = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(e["type"], e["num_mentions"]) for e in ev] == [("CONSULT", 3), ("CONSULT", 1)]
    raw = _cli("events", "--db", str(db), "--format", "csv")
    assert len(list(csv.reader(raw.stdout.splitlines()))) == 1 + 4

    gd = tmp_path / "events.tsv"
    r = _cli("export", "--db", str(db), "--format", "gdelt", "--out", str(gd))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(gd.open(encoding="utf-8"), delimiter="\t"))
    first = rows[0]
    assert {"GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor1Type1Code", "Actor2CountryCode",
            "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_Lat",
            "ActionGeo_Long", "SOURCEURL"} <= set(first)
    assert (first["SQLDATE"], first["Actor1CountryCode"], first["Actor2CountryCode"],
            first["NumMentions"], first["SOURCEURL"]) == ("20230612", "KEN", "UGA", "3",
                                                          "https://r1.example/news")
    assert first["EventRootCode"] == first["EventCode"][:2]

    part = tmp_path / "parquet"
    r = _cli("export", "--db", str(db), "--format", "parquet", "--out", str(part),
             "--partition", "month")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in part.iterdir()) == ["month=2023-06"]
    assert pq.read_table(part).num_rows == 4

    pl = tmp_path / "plover.jsonl"
    assert _cli("export", "--db", str(db), "--format", "plover", "--out", str(pl)).returncode == 0
    rec = json.loads(pl.read_text(encoding="utf-8").splitlines()[0])
    assert rec["event"] == ["CONSULT"] and rec["cite_info"]["source"] == "Daily Planet"
    assert _cli("export", "--db", str(db), "--format", "xml", "--out", str(pl)).returncode == 2
