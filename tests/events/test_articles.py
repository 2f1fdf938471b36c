"""Eight invented wire-style crisis articles with modality traps, scored like the seed.

The articles and their gold are in tests/data/articles/ (articles.docs.jsonl,
articles.gold.jsonl): Taiwan Strait, Kashmir Line of Control, Sudan's Jeddah talks,
Israel-Lebanon, Serbia-Kosovo, Venezuela-Guyana, Baltic airspace, Red Sea shipping.
Each carries forbid entries for feared, conditional, denied, planned or cancelled acts
that must never come out as actual events.
"""
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

DATA = ROOT / "tests" / "data" / "articles"
SCORE = SHARED / "eval" / "score.py"

# Measured at commit f54bf72: triple F1 0.558, triple+modality F1 0.486, forbid violations 0,
# date accuracy 0.600, location accuracy 0.316. Later (this floor's commit): triple F1 0.671,
# triple+modality F1 0.636, forbid 0, date 0.933, location 0.800.
MIN_TRIPLE_MODALITY_F1 = 0.60


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    r = subprocess.run([sys.executable, "-m", "offramp.cli", "code",
                        str(DATA / "articles.docs.jsonl"), "--format", "jsonl"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    pred = tmp_path_factory.mktemp("articles") / "pred.jsonl"
    pred.write_text(r.stdout, encoding="utf-8")
    s = subprocess.run([sys.executable, str(SCORE), "--gold", str(DATA / "articles.gold.jsonl"),
                        "--pred", str(pred), "--json"], capture_output=True, text=True)
    assert s.returncode == 0, s.stderr
    return json.loads(s.stdout.splitlines()[0])


def test_articles_gold_and_docs_agree():
    docs = [json.loads(l) for l in (DATA / "articles.docs.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(l) for l in (DATA / "articles.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(gold) == 8
    for d, g in zip(docs, gold):
        assert (d["id"], d["date"], d["text"]) == (g["id"], g["date"], g["text"])
        assert 250 <= len(d["text"].split()) <= 600
        assert g["events"] and g["forbid"]


@pytest.mark.skipif(not SCORE.exists(), reason="../shared not beside the repo")
def test_articles_no_trap_is_coded_as_fact(scores):
    assert scores["forbid"]["violations"] == 0


@pytest.mark.skipif(not SCORE.exists(), reason="../shared not beside the repo")
def test_articles_triple_modality_floor(scores):
    assert scores["triple_modality"]["f1"] >= MIN_TRIPLE_MODALITY_F1
