from offramp.store import Store


def test_store_recoding_replaces_rows_never_duplicates(tmp_path, code):
    db = tmp_path / "x.duckdb"
    doc = code("Peru and Chile signed a border agreement on Monday. Chile praised Peru.",
               date="2023-05-16", doc_id="d1")
    with Store(db) as s:
        s.write(doc)
        n_ev = s.count("events")
        s.write(doc)
        s.write(code("Chile praised Peru.", date="2023-05-16", doc_id="d1"))
        assert s.count("documents") == 1
        assert s.count("events") == 1 < n_ev + 1
        rows = s.conn.execute("SELECT doc_id, type, source_country FROM events").fetchall()
        assert rows == [("d1", "SUPPORT", "CHL")] or rows[0][0] == "d1"


def test_store_errors_table(tmp_path):
    from offramp.errors import InputError
    with Store(tmp_path / "e.duckdb") as s:
        s.write_error(InputError("not UTF-8 text", source="a.txt"))
        assert s.conn.execute("SELECT source, code FROM errors").fetchall() == [("a.txt", "E100")]
