"""Dev figures with and without the classifier's second opinion (offramp.classify.retype).

    python bench/classify_eval.py                       # all three sets, default thresholds
    python bench/classify_eval.py --doubts both --threshold 0.7 --override 0.8 --show 20

Codes the plv-dev, petr2-gsr and seed sets of ../shared/eval (read, never copied) in this
process twice: as offramp codes them now, then with `offramp.events.candidates` wrapped so
that each document's candidates pass through `offramp.classify.retype` (the hook the events
stage would call). Scores both runs with the shared scorers and prints the figures, the
speed of each run and what the second opinion changed. Timing goals live here, not in tests.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
EVAL = HERE.parent / "shared" / "eval"
SETS = {  # name: (docs, gold, scorer, extra args, what the last line means)
    "plv-dev": (EVAL / "dev/plv-dev.docs.jsonl", EVAL / "dev/plv-dev.spans.jsonl",
                "score_spans.py", [], "root accuracy"),
    "petr2-gsr": (EVAL / "dev/petr2-gsr.docs.jsonl", EVAL / "dev/petr2-gsr.gold.jsonl",
                  "score.py", ["--ignore-modality"], "triple F1"),
    "seed": (EVAL / "seed/seed.docs.jsonl", EVAL / "seed/seed.gold.jsonl",
             "score.py", [], "triple+modality F1"),
}


SPENT = {"retype_s": 0.0}  # time inside retype (embedding + regression), the hook's own cost


@contextlib.contextmanager
def second_opinion_hook(threshold: float, override: float, doubts: str | None):
    """Wrap offramp.events.candidates with classify.retype for the duration."""
    import offramp.events as ev
    from offramp import classify

    orig = ev.candidates
    kinds = {"ambiguous": (True, False), "conflicts": (False, True), "both": (True, True)}
    amb, conf = kinds[doubts or "ambiguous"]

    def hooked(doc):
        cands = orig(doc)
        t = time.perf_counter()
        try:
            return classify.retype(doc, cands, threshold=threshold, override=override,
                                   ambiguous=amb, conflicts=conf)
        finally:
            SPENT["retype_s"] += time.perf_counter() - t

    ev.candidates = hooked
    try:
        yield
    finally:
        ev.candidates = orig


def code_set(docs_path: Path, out: Path, log: list) -> dict:
    """Code a JSONL set into out (one event per line); returns timing and counts."""
    import offramp
    from offramp.formats import event_jsonl
    from offramp.ingest import read_paths

    docs = [d for d in read_paths([str(docs_path)]) if not isinstance(d, Exception)]
    t = time.perf_counter()
    n_sent = 0
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            offramp.code_document(d, keep_work=True)
            n_sent += len(d.sentences)
            for e in d.events:
                fh.write(event_jsonl(e) + "\n")
            log.extend(dict(x, doc=d.id) for x in d.work.get("second_opinion", []))
            d.work.clear()
    secs = time.perf_counter() - t
    return {"seconds": secs, "sentences": n_sent, "sent_per_s": n_sent / secs}


def score(name: str, pred: Path) -> dict:
    _, gold, scorer, extra, _ = SETS[name]
    out = subprocess.run([sys.executable, str(EVAL / scorer), "--gold", str(gold), "--pred",
                          str(pred), *extra], capture_output=True, text=True, check=True).stdout
    last = out.strip().splitlines()[-1].split()
    forbid = re.search(r"actual predicted events violating (\d+)", out)
    return {"figure": float(last[-1]), "forbidden": int(forbid.group(1)) if forbid else None}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ",".join(SETS))
    ap.add_argument("--threshold", type=float, default=None, help="conflict threshold")
    ap.add_argument("--override", type=float, default=None, help="ambiguous-word threshold")
    ap.add_argument("--doubts", choices=("ambiguous", "conflicts", "both"), default=None,
                    help="which doubts retype settles (default: ambiguous, as retype does)")
    ap.add_argument("--context", choices=("clause", "sentence"), default=None,
                    help="text an ambiguous word is judged on")
    ap.add_argument("--show", type=int, default=0, help="print N changes per set")
    ap.add_argument("--json", action="store_true", help="one JSON summary line at the end")
    ap.add_argument("--log", type=Path, default=None, help="write every change as JSONL here")
    args = ap.parse_args(argv)
    from offramp import classify
    from offramp.classify._embed import embedder
    from offramp.nlp import get_nlp

    if args.context:
        from offramp.classify import _retype
        _retype.CONTEXT = args.context
    threshold = classify.THRESHOLD if args.threshold is None else args.threshold
    override = classify.OVERRIDE if args.override is None else args.override
    get_nlp()
    t = time.perf_counter()
    embedder().embed(["Warm-up: the two ministers met in Lisbon."])  # load outside the timing
    load_s = time.perf_counter() - t
    tmp = Path(tempfile.mkdtemp(prefix="classify_eval_"))
    summary = {"threshold": threshold, "override": override, "doubts": args.doubts or "ambiguous",
               "model_load_s": round(load_s, 2), "sets": {}}
    print(f"second opinion: threshold {threshold}, override {override}, doubts {args.doubts or 'ambiguous'};"
          f" model load {load_s:.2f}s (once per process)")
    for name in args.sets.split(","):
        docs = SETS[name][0]
        log_off: list = []
        base = code_set(docs, tmp / f"{name}.without.jsonl", log_off)  # also warms spaCy caches
        base = code_set(docs, tmp / f"{name}.without.jsonl", log_off)
        classify.clear_cache()
        log: list = []
        SPENT["retype_s"] = 0.0
        with second_opinion_hook(threshold, override, args.doubts):
            withh = code_set(docs, tmp / f"{name}.with.jsonl", log)
        s0, s1 = score(name, tmp / f"{name}.without.jsonl"), score(name, tmp / f"{name}.with.jsonl")
        asked = len({(x["doc"], x["sentence"]) for x in log})
        acts = collections.Counter(x["action"] for x in log)
        row = {"without": s0, "with": s1, "speed_without": round(base["sent_per_s"], 1),
               "speed_with": round(withh["sent_per_s"], 1), "sentences": base["sentences"],
               "sentences_changed": asked, "changes": dict(acts),
               "retype_s": round(SPENT["retype_s"], 2), "coding_s": round(base["seconds"], 2)}
        summary["sets"][name] = row
        if args.log:
            with args.log.open("a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(dict(x, set=name)) + "\n" for x in log)
        f = "forbidden {}→{}".format(s0["forbidden"], s1["forbidden"]) if s0["forbidden"] is not None else ""
        print(f"{name:10s} {SETS[name][4]}: without {s0['figure']:.3f}  with {s1['figure']:.3f}  "
              f"{f}\n{'':10s} speed {row['speed_without']} → {row['speed_with']} sentences/s; "
              f"{asked} of {base['sentences']} sentences changed ({dict(acts)}); time in retype "
              f"{row['retype_s']}s against {row['coding_s']}s of coding without it")
        for x in log[:args.show]:
            print(f"    {x['doc']}#{x['sentence']} {x['trigger']!r}: {x['action']} "
                  f"{x['from']} → {x['to']} (p={x['p']})")
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
