"""Corpus inputs: streamed JSONL(.gz), globs, folders of HTML, feeds through the transport."""
import gzip
import json
import tracemalloc

from offramp.errors import InputError
from offramp.ingest import MockTransport, read_paths, use_transport

from tests.corpus.corpusdata import page, rss


def test_corpus_jsonl_gz_is_streamed_with_bounded_memory(tmp_path):
    p = tmp_path / "big.jsonl.gz"
    line = {"id": None, "date": "2023-01-02", "text": "Kenya and Uganda held talks. " * 60}
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(4000):
            fh.write(json.dumps({**line, "id": f"d{i}"}) + "\n")
    tracemalloc.start()
    n = 0
    for item in read_paths([str(p)]):
        assert not isinstance(item, InputError)
        n += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 4000
    # the file holds ~7 MB of text; reading it must not hold more than a few documents
    assert peak < 2_000_000


def test_corpus_corrupt_jsonl_lines_are_errors_and_the_rest_is_read(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b'{"id": "a", "text": "Chad thanked Niger."}\n'
                  b'{"id": "b", "text": "broken\n'
                  b'{"id": "c", "text": "Caf\xe9 owners met."}\n'
                  b'{"id": "d", "text": "Niger thanked Chad."}\n')
    items = list(read_paths([str(p)]))
    assert [i.id for i in items if not isinstance(i, InputError)] == ["a", "d"]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in errs] == [f"{p}:2", f"{p}:3"]
    assert "not JSON" in errs[0].reason and "not UTF-8" in errs[1].reason


def test_corpus_globs_and_html_folders(tmp_path):
    (tmp_path / "site" / "2023").mkdir(parents=True)
    (tmp_path / "site" / "2023" / "a.html").write_bytes(
        page("Ghana and Togo Talk Trade", ["Ghana and Togo held trade talks in Accra on Monday."]))
    (tmp_path / "site" / "b.htm").write_bytes(
        page("Peru Thanks Chile", ["Peru thanked Chile for its help after the floods."]))
    (tmp_path / "site" / "notes.md").write_text("not an article", encoding="utf-8")
    docs = list(read_paths([str(tmp_path / "site")], date="2023-05-01"))
    assert len(docs) == 2 and all(not isinstance(d, InputError) for d in docs)
    assert "Accra" in docs[0].text
    globbed = list(read_paths([str(tmp_path / "site" / "**" / "*.html")], date="2023-05-01"))
    assert [d.text for d in globbed] == [docs[0].text]
    none = list(read_paths([str(tmp_path / "nothing-*.jsonl")]))
    assert isinstance(none[0], InputError) and "no file matches" in none[0].reason


def test_corpus_feed_entries_fetched_through_the_transport():
    feed = rss([("g1", "https://news.example/a", "Tue, 16 May 2023 10:00:00 GMT"),
                ("g2", "https://news.example/b", "Wed, 17 May 2023 09:00:00 GMT"),
                ("g3", "https://news.example/gone", "Wed, 17 May 2023 09:00:00 GMT")])
    mock = MockTransport({
        "https://news.example/feed.xml": feed,
        "https://news.example/a": page("Norway and Sweden Meet", ["Norway and Sweden held talks in Oslo."]),
        "https://news.example/b": page("Egypt Warns Sudan", ["Egypt warned Sudan over the dam."]),
    })
    with use_transport(mock):
        items = list(read_paths(["https://news.example/feed.xml"], skip=lambda i: i == "g2"))
    docs = [i for i in items if not isinstance(i, InputError)]
    assert [(d.id, d.date, d.url, d.source) for d in docs] == [
        ("g1", "2023-05-16", "https://news.example/a", "Test Wire")]
    assert "Oslo" in docs[0].text
    errs = [i for i in items if isinstance(i, InputError)]
    assert len(errs) == 1 and "404" in errs[0].reason
    # a skipped entry's page is never fetched
    assert "https://news.example/b" not in mock.requests
