"""`make fuzz`: thousands of hostile inputs in-process and through `offramp code`; prints counts.

    python -m tests.hardening.fuzz --examples 10000 --cli-files 2000

Exit status 1 when any input crashed (not counting KNOWN crashes awaiting a fix elsewhere).
The same functions drive the short versions in test_fuzz.py.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from tests.hardening.fuzzdocs import Tally, inputs, known, run_input

ROOT = Path(__file__).resolve().parents[2]
QUIET = list(HealthCheck)  # big inputs are the point here, not a health problem


def collect(n: int, derandomize: bool = True) -> list[tuple[bytes, str, str | None]]:
    """n generated inputs. derandomize: the same inputs every time (the default test run)."""
    out = []

    @settings(max_examples=n, deadline=None, database=None, derandomize=derandomize,
              phases=[Phase.generate], suppress_health_check=QUIET)
    @given(inputs())
    def gather(inp):
        out.append(inp)
    gather()
    return out


def run_in_process(items, tally: Tally, progress: bool = False) -> Tally:
    """Read and code each input in this process, counting into tally."""
    t0 = time.time()
    for i, (data, origin, date) in enumerate(items, 1):
        run_input(data, origin, date, tally)
        if progress and i % 500 == 0:
            print(f"  {i} inputs, {time.time() - t0:.0f} s: {tally.line()}", file=sys.stderr)
    return tally


def write_inputs(items, folder: Path) -> Path:
    """Write inputs as files named by number and kind; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, (data, origin, _) in enumerate(items):
        (folder / f"{i:05d}-{origin}").write_bytes(data)
    return folder


def _screen(folder: Path, date) -> int:
    """Delete input files whose reading hits a KNOWN crash, which ends a whole CLI run;
    returns how many went."""
    import traceback

    from offramp.ingest import read_paths

    gone = 0
    for path in sorted(folder.iterdir()):
        try:
            for _ in read_paths([str(path)], date):  # the reader the CLI uses
                pass
        except Exception as e:  # noqa: BLE001 — a new crash stays in: the CLI run shows it
            where = traceback.extract_tb(e.__traceback__)[-1].filename
            if known(f"{type(e).__name__}: {e} at {where}"):
                path.unlink()
                gone += 1
    return gone


_SUMMARY = re.compile(r"(\d+) documents coded, (\d+) events, (\d+) failed(?:, (\d+) unchanged)?")


def run_cli(items, work: Path, date: str = "2022-03-01", timeout: float = 3600) -> dict:
    """Code the inputs as files with `python -m offramp.cli code DIR --db FILE`; judge the run.

    items: inputs; work: an empty scratch folder; date: --date for inputs without one;
    timeout: seconds before the run counts as hung. RETURNS counts and a list of problems.
    """
    import duckdb

    from offramp.ingest import read_paths

    folder = write_inputs(items, work / "in")
    left_out = _screen(folder, date)
    db = work / "fuzz.duckdb"
    expected = sum(1 for _ in read_paths([str(folder)], date))
    t0 = time.time()
    with open(work / "stdout.jsonl", "wb") as out:
        proc = subprocess.run([sys.executable, "-m", "offramp.cli", "code", str(folder),
                               "--db", str(db), "--format", "jsonl", "--date", date],
                              stdout=out, stderr=subprocess.PIPE, cwd=ROOT, timeout=timeout)
    seconds = time.time() - t0
    err = proc.stderr.decode("utf-8", "replace")
    problems = []
    if proc.returncode not in (0, 1):
        problems.append(f"exit status {proc.returncode}")
    if "Traceback" in err:
        problems.append("a traceback on stderr: " + err[err.index("Traceback"):][:800])
    internal = [ln for ln in err.splitlines() if "internal error" in ln]
    problems += [ln for ln in internal if not known(ln)]
    for n, line in enumerate((work / "stdout.jsonl").read_bytes().splitlines(), 1):
        try:
            json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            problems.append(f"stdout line {n} is not UTF-8 JSON: {e}")
            break
    m = _SUMMARY.search(err)
    counts = dict(files=len(items) - left_out, expected=expected, seconds=round(seconds, 1),
                  internal=len(internal), left_out_known=left_out)
    if not m:
        problems.append("no summary line on stderr: " + err[-500:])
        return dict(counts, problems=problems)
    coded, events, failed, unchanged = (int(g or 0) for g in m.groups())
    counts.update(coded=coded, events=events, failed=failed, unchanged=unchanged)
    if coded + failed + unchanged != expected:
        problems.append(f"{expected} documents and errors read, but the run accounts for "
                        f"{coded} coded + {failed} failed + {unchanged} unchanged")
    with duckdb.connect(str(db), read_only=True) as con:
        counts["stored"] = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        counts["errors_by_code"] = dict(con.execute(
            "SELECT code, count(*) FROM errors GROUP BY code ORDER BY code").fetchall())
    return dict(counts, problems=problems)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000, help="inputs coded in-process")
    ap.add_argument("--cli-files", type=int, default=2_000, help="inputs coded through the CLI")
    ap.add_argument("--work", default="/tmp/offramp-fuzz", help="scratch folder for the CLI run")
    a = ap.parse_args(argv)
    import shutil

    import offramp
    offramp.code("Warm-up: load the model before the clock starts.")
    t0 = time.time()
    items = collect(a.examples, derandomize=False)
    kinds = Counter(origin.split(".", 1)[1] for _, origin, _ in items)
    print(f"in-process: {len(items)} generated inputs ({dict(kinds)}) in {time.time() - t0:.0f} s")
    t0 = time.time()
    tally = run_in_process(items, Tally(), progress=True)
    print(f"in-process: {tally.line()} in {time.time() - t0:.0f} s")
    for k, n in tally.known.items():
        print(f"  known ({n}): {k}")
    for desc, head, origin, date in tally.crashes[:20]:
        print(f"  CRASH {desc}\n    input {origin} date={date!r}: {head[:200]!r}")
    problems = []
    if a.cli_files:
        work = Path(a.work)
        shutil.rmtree(work, ignore_errors=True)
        cli = run_cli(collect(a.cli_files, derandomize=False), work)
        problems = cli.pop("problems")
        print(f"CLI: {a.cli_files} files -> {cli}")
        for p in problems[:20]:
            print(f"  CLI PROBLEM {p}")
    return 1 if tally.crashes or problems else 0


if __name__ == "__main__":
    sys.exit(main())
