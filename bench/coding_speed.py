"""Coding speed of the offramp pipeline (sentences/s), optionally against another checkout.

    python bench/coding_speed.py                    # this checkout
    python bench/coding_speed.py --ref /path/to/old/checkout

Both runs code the same documents (the dev and seed sets in ../shared/eval, read, not
copied) in separate processes, after a warm-up, interleaved for --rounds rounds; the best
run of each side is compared and the ratio printed. Timing goals
live here, never in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
EVAL = HERE.parent / "shared" / "eval"
FILES = [EVAL / "dev" / "plv-dev.docs.jsonl", EVAL / "dev" / "petr2-gsr.docs.jsonl",
         EVAL / "seed" / "seed.docs.jsonl"]

_CHILD = r"""
import json, sys, time
# code from the checkout on PYTHONPATH only, not from the editable install of another one
sys.meta_path = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")
                 and "__editable__" not in getattr(type(f), "__module__", "")]
import offramp
from offramp.ingest import read_paths
from offramp.nlp import get_nlp
get_nlp()
offramp.code("Warm-up: France and Spain held talks in Madrid on Monday.", date="2023-01-02")
docs = [d for d in read_paths(sys.argv[1:]) if not isinstance(d, Exception)]
t = time.perf_counter()
n_sent = n_ev = 0
for d in docs:
    offramp.code_document(d, keep_work=False)
    n_sent += len(d.sentences)
    n_ev += len(d.events)
print(json.dumps({"seconds": time.perf_counter() - t, "sentences": n_sent, "events": n_ev,
                  "docs": len(docs)}))
"""


def measure(root: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run([sys.executable, "-c", _CHILD, *map(str, FILES)], cwd=root, env=env,
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["sent_per_s"] = r["sentences"] / r["seconds"]
    return r


def _report(label: str, runs: list[dict]) -> dict:
    best = max(runs, key=lambda r: r["sent_per_s"])
    rates = sorted(r["sent_per_s"] for r in runs)
    print(f"{label}: {best['docs']} docs, {best['sentences']} sentences, {best['events']} events; "
          f"best {best['seconds']:.2f} s = {best['sent_per_s']:.0f} sentences/s "
          f"(runs: {', '.join(f'{x:.0f}' for x in rates)})")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, help="another checkout to compare with")
    ap.add_argument("--rounds", type=int, default=3,
                    help="runs per checkout, interleaved; the best of each is compared, since "
                         "a shared machine only ever slows a run down (default 3)")
    args = ap.parse_args()
    now_runs, ref_runs = [], []
    for _ in range(max(1, args.rounds)):
        now_runs.append(measure(HERE))
        if args.ref:
            ref_runs.append(measure(args.ref))
    now = _report("this checkout", now_runs)
    if args.ref:
        ref = _report("reference    ", ref_runs)
        print(f"speed ratio this/reference (best of {len(now_runs)}): "
              f"{now['sent_per_s'] / ref['sent_per_s']:.2f}")


if __name__ == "__main__":
    main()
