"""Parse repairs (offramp/nlp/_repairs.py), checked on the tree and on the events coded
from it. Sentences written for these tests."""
import pytest

from offramp.nlp import get_nlp
from tests.conftest import found, triples

D = "2023-05-16"


def test_a_sayers_act_tied_into_the_reported_clause_is_hung_on_the_verb_of_saying():
    s = get_nlp()("A Greek army spokesman denied that his soldiers had fired first and accused "
                  "Turkish forces of shelling the outpost.")
    accused = next(t for t in s if t.lower_ == "accused")
    assert accused.head.lower_ == "denied"


@pytest.mark.parametrize("text,src,tgt", [
    ("An Indian army spokesman denied that his troops had fired first and accused Pakistani "
     "forces of shelling villages.", "IND", "PAK"),
    ("The Armenian ministry denied that its units had opened fire and blamed Azerbaijani troops "
     "for the clash.", "ARM", "AZE"),
    ("The Russian defence ministry said its forces had repelled the raid and accused Ukraine "
     "of shelling civilians.", "RUS", "UKR"),
])
def test_the_accusation_after_a_denial_is_the_speakers_and_actual(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "ACCUSE", src, tgt) if e.modality == "actual"], triples(doc)


def test_a_clause_with_its_own_subject_is_left_where_it_is():
    s = get_nlp()("The minister denied the rebels had attacked the town and they accused the army "
                  "of doing nothing.")
    accused = next(t for t in s if t.lower_ == "accused")
    assert accused.head.lower_ != "said"


def test_how_a_source_spoke_is_not_a_meeting():
    import offramp
    doc = offramp.code("A Kenyan official, speaking on condition of anonymity, said Kenya would "
                       "send police to Haiti.", date=D, keep_work=True)
    spoke = [c for c in doc.work["candidates"] if c.tok.lower_ == "speaking"]
    assert spoke and all(c.dropped for c in spoke), [(c.entry.type, c.dropped) for c in spoke]


def test_a_lift_that_would_make_the_speaker_accuse_its_own_state_is_undone(code):
    doc = code("Chinese state media said the Philippine coast guard had rammed a Chinese ship and "
               "accused Beijing of aggression.", date=D)
    assert found(doc, "ACCUSE", "PHL", "CHN"), triples(doc)
    assert not found(doc, "ACCUSE", "CHN", "CHN"), triples(doc)


def test_a_named_body_the_tagger_read_as_an_adverb_becomes_the_subject():
    s = get_nlp()("USAID provided shelter materials to families in Haiti.")
    body = s[0]
    assert (body.dep_, body.head.lower_) == ("nsubj", "provided")


def test_the_repaired_subject_does_the_act(code):
    doc = code("USAID provided basic shelter materials to 1.5 million people in Haiti.", date=D)
    assert found(doc, "AID", "USA"), triples(doc)


@pytest.mark.parametrize("text,word,dep", [
    ("Yesterday Kenya sent aid to Somalia.", "Yesterday", "npadvmod"),  # names nothing
    ("NATO deployed jets to Poland.", "NATO", "nsubj"),                 # already the subject
])
def test_no_repair_where_the_tree_is_right(text, word, dep):
    t = next(t for t in get_nlp()(text) if t.text == word)
    assert t.dep_ == dep and t.head.dep_ == "ROOT"


@pytest.mark.parametrize("text", [
    "Claims that Indian drones struck Lahore are untrue, the army said.",
    "Islamabad rejected as baseless Afghan claims that its jets had bombed Khost.",
])
def test_a_claim_word_tagged_as_a_verb_in_a_nouns_place_is_made_a_noun(text):
    s = get_nlp()(text)
    claims = next(t for t in s if t.lower_ == "claims")
    assert (claims.pos_, claims.lemma_) == ("NOUN", "claim")


def test_a_verb_of_claiming_stays_a_verb():
    s = get_nlp()("Moscow claims that Ukrainian drones struck a refinery in Ryazan.")
    assert next(t for t in s if t.lower_ == "claims").pos_ == "VERB"


def test_a_headline_verb_after_a_noun_is_not_made_a_claim():
    s = get_nlp()("Russia arrests and charges US journalist with espionage")
    charges = next(t for t in s if t.lower_ == "charges")
    assert charges.pos_ == "VERB", [(t.text, t.pos_, t.dep_) for t in s]


def test_a_headline_comma_joins_two_subjects(code):
    doc = code("Serbia, Kosovo hold talks on energy in Brussels", date=D)
    assert [e for e in found(doc, "CONSULT") if {"SRB", "XKX"} <= {a.country for a in e.source + e.target}], triples(doc)


def test_a_fronted_day_is_no_second_subject():
    s = get_nlp()("Friday, Iran launched drones at Israel.")
    assert next(t for t in s if t.text == "Friday").dep_ != "nsubj"
