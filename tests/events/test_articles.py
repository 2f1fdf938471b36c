"""Invented wire-style crisis articles with modality traps, scored like the seed.

Four batches of eight, each written by a helper from the codebook without looking at the
coder (tests/data/articles*/): the first on Taiwan, Kashmir, Sudan, Israel-Lebanon,
Serbia-Kosovo, Venezuela-Guyana, the Baltic and the Red Sea; the second on Colombia-ELN,
Armenia-Azerbaijan, Iran-IAEA, North Korea, the Sahel, the Second Thomas Shoal,
Somalia-Ethiopia and eastern Congo; the third on South Ossetia, Libya, Myanmar-ASEAN,
Haiti, the Aegean, the Afghan border, the Nile dam and Transnistria; the fourth (kept blind
until the end of a session) on Ladakh, Yemen, the Belarus-Poland border, Iraq-Turkey,
Nicaragua, Mozambique, Thailand-Cambodia and Bosnia. Each article carries
forbid entries for feared, conditional, denied, planned or cancelled acts that must never
come out as actual events.
"""
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORE = SHARED / "eval" / "score.py"

# Floors sit below what was measured when they were set, so that a real regression fails
# and noise does not. Measured (triple+modality F1, forbid violations):
#   articles  — 0.486 at f54bf72, 0.671 at 7229fcd, 0.709 when this floor was raised;
#   articles2 — 0.453 when first scored (blind), 0.566 when this floor was set;
#   articles3 — 0.537 when first scored (blind), 0.641 when this floor was set;
#   articles4 — 0.496 and 3 violations when first scored (blind), 0.494 and 0 after four
#               general fixes its violations showed;
#   articles5 — 0.465 and 2 violations when first scored (blind), 0.529 and 0 when this
#               floor was set;
#   articles6 — 0.464 and 3 violations when first scored (blind, held back until the end of
#               the session that added it), 0.495 and 3 when this floor was set;
#   articles7 — 0.421 and 6 violations when first scored (blind), 0.498 and 0 when its
#               first floor was set;
#   articles8 — held back for a whole session: 0.542 and 4 violations at the session's
#               start (b553808), 0.570 and 4 at its end, never read for errors;
#   articles9 — written blind at the sixth session's start: 0.610 and 4 violations at
#               b3cd1a5, held back (never read for errors) while that session worked;
#   articles10 — written blind early in the seventh session (8 articles, 111 events): 0.507
#               and 1 violation at that session's start (083e53b), held back unread.
# Fifth session's end (floors raised about 0.04 below): articles 0.792, articles2 0.623,
# articles3 0.679, articles4 0.596, articles5 0.625, articles6 0.507, articles7 0.532.
# Sixth session's end: articles 0.808, articles2 0.621, articles3 0.687, articles4 0.590,
# articles5 0.632, articles6 0.507, articles7 0.540, articles8 0.561, articles9 0.617.
# Seventh session's end: articles 0.805, articles2 0.634, articles3 0.699, articles4 0.627,
# articles5 0.643, articles6 0.516, articles7 0.560, articles8 0.567, articles9 0.626,
# articles10 0.507 (floors of the studied batches raised to about 0.04 below).
#   articles11 — written blind early in the eighth session (8 articles, 117 events): 0.520
#               and 2 violations at that session's start (a4c37ba), held back unread.
# Eighth session's end (floors about 0.04 below): articles 0.821, articles2 0.683,
# articles3 0.718, articles4 0.664, articles5 0.683, articles6 0.547, articles7 0.596,
# articles8 0.603, articles9 0.663, articles10 0.530, articles11 0.538.
FLOORS = {"articles": 0.78, "articles2": 0.64, "articles3": 0.68, "articles4": 0.62, "articles5": 0.64,
          "articles6": 0.50, "articles7": 0.55, "articles8": 0.56,
          "articles9": 0.62, "articles10": 0.49, "articles11": 0.50}
# articles2 forbids AID Venezuela -> Colombia as actual ("accused Venezuela of sheltering
# ELN commanders") while listing the same actual event as optional: a gold conflict, so one
# violation is tolerated there; a second is its forbidden ASSAULT Israel -> Iran in "Iran has
# blamed Israel for a drone attack", which the codebook codes as an actual, attributed act
# (section 4 rule 10: only an accusation the accused denies is not actual). articles6 has
# three known ones: a ceasefire RETREAT that
# shares its triple with a forbidden resignation, a deployment told in "which they say"
# inside France's accusation, and Rwanda's training of rebels, an accusation denied further
# on than offramp looks. articles8's and articles9's four each, and articles10's one, are
# tolerated unread, to keep them held-out batches.
MAX_VIOLATIONS = {"articles": 0, "articles2": 2, "articles3": 0, "articles4": 0, "articles5": 0,
                  "articles6": 3, "articles7": 0, "articles8": 4,
                  "articles9": 4, "articles10": 1, "articles11": 2}


def _paths(batch):
    data = ROOT / "tests" / "data" / batch
    return data / f"{batch}.docs.jsonl", data / f"{batch}.gold.jsonl"


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory):
    batch = request.param
    docs, gold = _paths(batch)
    r = subprocess.run([sys.executable, "-m", "offramp.cli", "code", str(docs), "--format", "jsonl"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    pred = tmp_path_factory.mktemp(batch) / "pred.jsonl"
    pred.write_text(r.stdout, encoding="utf-8")
    s = subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"],
                       capture_output=True, text=True)
    assert s.returncode == 0, s.stderr
    return batch, json.loads(s.stdout.splitlines()[0])


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_articles_gold_and_docs_agree(batch):
    docs_path, gold_path = _paths(batch)
    docs = [json.loads(l) for l in docs_path.read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(gold) == 8
    for d, g in zip(docs, gold):
        assert (d["id"], d["date"], d["text"]) == (g["id"], g["date"], g["text"])
        assert 250 <= len(d["text"].split()) <= 600
        assert g["events"] and g["forbid"]


@pytest.mark.skipif(not SCORE.exists(), reason="../shared not beside the repo")
def test_articles_no_trap_is_coded_as_fact(scored):
    batch, scores = scored
    assert scores["forbid"]["violations"] <= MAX_VIOLATIONS[batch], scores["forbid"]["examples"]


@pytest.mark.skipif(not SCORE.exists(), reason="../shared not beside the repo")
def test_articles_triple_modality_floor(scored):
    batch, scores = scored
    assert scores["triple_modality"]["f1"] >= FLOORS[batch]
