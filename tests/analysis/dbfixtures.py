"""Test databases for analysis, API and dashboard tests: the founding article, a synthetic
corpus of thousands of events, and a hostile article full of markup."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from offramp.model import Actor, Document, Event, Location, Quote

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "seed" / "seed.docs.jsonl"

# (type, quad, intensity) triples used by the synthetic corpus; intensities as in PLOVER
_KINDS = [("CONSULT", 1, 1.0), ("AGREE", 1, 4.0), ("AID", 2, 6.0), ("COOPERATE", 2, 5.0),
          ("ACCUSE", 3, -2.0), ("THREATEN", 3, -6.0), ("REJECT", 3, -4.0),
          ("MOBILIZE", 4, -7.2), ("ASSAULT", 4, -9.0)]
_COUNTRIES = ["USA", "RUS", "UKR", "DEU", "FRA", "CHN", "BLR", "POL", "NATO", "GBR"]
_PLACES = [("Geneva", "CHE", 46.2, 6.15), ("Kyiv", "UKR", 50.45, 30.52),
           ("Moscow", "RUS", 55.75, 37.62), ("Minsk", "BLR", 53.9, 27.57), (None, None, None, None)]


def open_store(path):
    """A Store on `path`."""
    from offramp.store import Store
    return Store(str(path))


def seed_db(path) -> Path:
    """A database holding the founding article, coded by the real pipeline."""
    import offramp
    from offramp.ingest import read_paths
    store = open_store(path)
    try:
        for doc in read_paths([str(SEED)], None):
            offramp.code_document(doc)
            store.write(doc)
    finally:
        store.close()
    return Path(path)


def _event(doc_id, i, day, src, tgt, kind, modality, place, anonymous, evidence):
    t, quad, inten = kind
    name, country, lat, lon = place
    return Event(doc_id=doc_id, type=t, source=[Actor(text=src, country=src)],
                 target=[Actor(text=tgt, country=tgt)], sentence=i, evidence=evidence,
                 trigger=t.lower(), rule="synthetic.v1", quad_class=quad, intensity=inten,
                 modality=modality, date=day.isoformat(),
                 location=Location(name, country, lat, lon) if name else None,
                 attributed_to=Actor(text="an official", country=src, anonymous=True)
                 if anonymous else None, event_id=f"{doc_id}-e{i}")


def synthetic_docs(n_events: int = 3000, days: int = 500, seed: int = 7,
                   start: dt.date = dt.date(2021, 1, 1)) -> list[Document]:
    """Documents of synthetic events; USA–RUS turns hostile in the last 30 days.

    n_events: about how many events; days: the span; seed: random seed; start: first day.
    """
    rng = random.Random(seed)
    docs, k = [], 0
    per_doc = 20
    for d in range(0, n_events // per_doc):
        day = start + dt.timedelta(days=rng.randrange(days))
        doc_id = f"syn-{d:05d}"
        hostile = day >= start + dt.timedelta(days=days - 30)
        sents, events = [], []
        for i in range(per_doc):
            if i < 4:
                src, tgt = rng.choice([("USA", "RUS"), ("RUS", "USA")])
                pool = _KINDS[4:] if hostile else _KINDS[:5]
            else:
                src, tgt = rng.sample(_COUNTRIES, 2)
                pool = _KINDS
            kind = rng.choice(pool)
            modality = rng.choices(["actual", "future", "hypothetical", "negated"],
                                   [85, 8, 5, 2])[0]
            sent = f"Synthetic sentence {k}: {src} did {kind[0].lower()} toward {tgt}."
            sents.append(sent)
            events.append(_event(doc_id, i, day, src, tgt, kind, modality,
                                 rng.choice(_PLACES), rng.random() < 0.1, sent))
            k += 1
        text = " ".join(sents)
        docs.append(Document(id=doc_id, text=text, date=day.isoformat(),
                             title=f"Synthetic report {d}", events=events,
                             quotes=[Quote(text=sents[0], speaker=Actor(text="a diplomat",
                                           country="USA", anonymous=True), sentence=0,
                                           start=0, end=len(sents[0]))]))
    return docs


def synthetic_db(path, **kw) -> Path:
    """A database of `synthetic_docs(**kw)`; events go in as one bulk insert (fast)."""
    import pandas as pd

    from offramp.store import event_row
    docs = synthetic_docs(**kw)
    store = open_store(path)
    try:
        rows = []
        for doc in docs:
            rows += [event_row(e.to_dict()) for e in doc.events]
            n = len(doc.events)
            doc.events = []  # Store.write inserts row by row; the bulk insert below is faster
            store.write(doc)
            store.conn.execute("UPDATE documents SET n_events = ? WHERE id = ?", [n, doc.id])
        cols = [r[0] for r in store.conn.execute("DESCRIBE events").fetchall()]
        frame = pd.DataFrame(rows, columns=cols)  # noqa: F841 (read by DuckDB by name)
        store.conn.execute("INSERT INTO events SELECT * FROM frame")
    finally:
        store.close()
    return Path(path)


def rows_db(path, rows) -> Path:
    """A database of hand-made events, one document per day.

    rows: (day, sources, targets, type, quad, intensity, modality) tuples; sources and
    targets are country codes, or lists of them.
    """
    by_day: dict[str, list] = {}
    for r in rows:
        by_day.setdefault(str(r[0]), []).append(r)
    store = open_store(path)
    try:
        for day, rs in sorted(by_day.items()):
            doc_id, events, sents = f"d-{day}", [], []
            for i, (d, src, tgt, t, quad, inten, modality) in enumerate(rs):
                src = [src] if isinstance(src, str) else src
                tgt = [tgt] if isinstance(tgt, str) else tgt
                sent = f"On {day} item {i}: {t.lower()} between {' '.join(src)} and {' '.join(tgt)}."
                sents.append(sent)
                events.append(Event(doc_id=doc_id, type=t, source=[Actor(c, country=c) for c in src],
                                    target=[Actor(c, country=c) for c in tgt], sentence=i,
                                    evidence=sent, trigger=t.lower(), rule="test.v1",
                                    quad_class=quad, intensity=inten, modality=modality,
                                    date=str(d), event_id=f"{doc_id}-{i}"))
            store.write(Document(id=doc_id, text=" ".join(sents), date=day, events=events))
    finally:
        store.close()
    return Path(path)


XSS_SCRIPT = "<script>window.__pwned = 1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned = 2">'


def xss_doc() -> Document:
    """An article whose text, title, quote and activity record carry live-looking markup."""
    s1 = f"Washington met Moscow in Geneva {XSS_SCRIPT} on Friday."
    s2 = f"A senior official said Russia threatened Ukraine {XSS_IMG} again."
    text = s1 + "\n\n" + s2
    day = dt.date(2022, 1, 21)
    events = [
        _event("xss-1", 0, day, "USA", "RUS", _KINDS[0], "actual",
               ("Geneva " + XSS_IMG, "CHE", 46.2, 6.15), False, s1),
        _event("xss-1", 1, day, "RUS", "UKR", _KINDS[5], "actual", _PLACES[4], True, s2),
    ]
    events[1].attributed_to = Actor(text="official " + XSS_SCRIPT, country="USA", anonymous=True)
    return Document(id="xss-1", text=text, date=day.isoformat(), title="Report " + XSS_SCRIPT,
                    events=events,
                    quotes=[Quote(text=XSS_IMG, speaker=Actor(text=XSS_SCRIPT, name=XSS_IMG,
                                                              country="USA"),
                                  sentence=1, start=text.index(XSS_IMG),
                                  end=text.index(XSS_IMG) + len(XSS_IMG))],
                    activities=[{"actor": "RUS", "kind": XSS_IMG, "places": [XSS_IMG],
                                 "findings": [{"rule": XSS_SCRIPT, "paragraph": "1",
                                               "status": '"><img src=x onerror=alert(3)>',
                                               "why": XSS_IMG, "claimed_by": None}]}])


def xss_db(path) -> Path:
    """A database holding `xss_doc()` only."""
    store = open_store(path)
    try:
        store.write(xss_doc())
    finally:
        store.close()
    return Path(path)


_BUILT: dict[str, Path] = {}
_BUILDERS = {"seed": seed_db, "synthetic": synthetic_db, "xss": xss_db}


def cached(kind: str, tmp_path_factory) -> Path:
    """Build each kind of test database once per test session and reuse its file."""
    if kind not in _BUILT:
        path = tmp_path_factory.mktemp(f"db-{kind}") / f"{kind}.duckdb"
        _BUILT[kind] = _BUILDERS[kind](path)
    return _BUILT[kind]
