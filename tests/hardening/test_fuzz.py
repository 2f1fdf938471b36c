"""Hostile inputs through the reader and the coder, in-process and through `offramp code`.

The default run is short and the same every time (derandomized); `make fuzz` runs
10,000 random inputs with tests/hardening/fuzz.py. OFFRAMP_FUZZ_EXAMPLES sets the
number here too.
"""
import os
import warnings

from hypothesis import HealthCheck, given, settings

from tests.hardening.fuzz import collect, run_cli
from tests.hardening.fuzzdocs import KNOWN, Tally, inputs, run_input

EXAMPLES = int(os.environ.get("OFFRAMP_FUZZ_EXAMPLES", "200"))
TALLY = Tally()


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(inputs())
def test_hardening_fuzz_every_failure_is_a_document_error(inp):
    crashes = run_input(*inp, tally=TALLY)
    assert not crashes, crashes


def test_hardening_fuzz_tally_is_sane():
    # runs after the fuzz test above (file order): it must have coded something real
    if TALLY.inputs == 0:
        test_hardening_fuzz_every_failure_is_a_document_error()
    assert TALLY.inputs >= EXAMPLES * 0.9
    assert TALLY.coded >= TALLY.inputs * 0.15, TALLY.line()
    assert TALLY.events > 0 and {"E100"} <= set(TALLY.errors), TALLY.line()
    assert {"txt", "html", "jsonl", "txt.gz", "jsonl.gz"} <= set(TALLY.kinds), TALLY.kinds
    if TALLY.known:
        warnings.warn("known crashes awaiting a fix: " + "; ".join(
            f"{n} x {KNOWN[k]}" for k, n in TALLY.known.items()))
    print("\nfuzz in-process:", TALLY.line())


def test_hardening_fuzz_cli_codes_or_reports_every_document(tmp_path):
    result = run_cli(collect(30), tmp_path, timeout=300)
    problems = result.pop("problems")
    print("\nfuzz CLI:", result)
    assert not problems, problems
    assert result["expected"] > 0 and result["coded"] > 0 and result["failed"] > 0
    # every failure is stored with its code, and only input errors (E1xx) or known bugs
    assert sum(result["errors_by_code"].values()) == result["failed"]
    assert all(c.startswith("E1") or c == "E000" for c in result["errors_by_code"])
    assert result["errors_by_code"].get("E000", 0) == result["internal"]
