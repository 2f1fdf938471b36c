"""Parse repairs: small, sure fixes to the parser's tree before anyone reads it."""
from __future__ import annotations

# verbs only the reporting side does: a past-tense one coordinated into the clause it
# reports belongs beside the verb of saying ("denied that his troops had fired first and
# accused Pakistani forces of shelling": the spokesman accused, nothing was denied of it)
_DENYING = {"deny", "insist", "reject", "dismiss", "refute"}
_SAYING = {"say", "claim", "state", "add", "announce"}
_SAYER_ACTS = {"accuse", "blame", "urge", "call", "demand", "condemn", "denounce", "criticise",
               "criticize", "appeal"}
# (the events stage undoes a lift that would make the speaker accuse its own state: in
# "Chinese media said the Philippine coast guard had rammed a ship and accused Beijing" the
# accusation is the coast guard's)


def repair(doc):
    """All repairs, in order (the pipeline component)."""
    return lift_sayer_conjuncts(subject_named_bodies(nominal_claims(headline_pairs(doc))))


def headline_pairs(doc):
    """"India, China hold border talks": a headline's comma joins two subjects (the parser
    makes the first an adverbial)."""
    for sent in doc.sents:
        if len(sent) < 4:
            continue
        a, comma, b = sent[0], sent[1], sent[2]
        if comma.text != "," or a.pos_ != "PROPN" or b.pos_ != "PROPN" or a.dep_ not in ("npadvmod", "advmod", "dep") \
                or b.dep_ != "nsubj" or a.head.i != b.head.i or a.ent_type_ in ("DATE", "TIME"):
            continue  # (but "Friday, Iran launched ...": a day, not a second subject)
        a.dep_, b.dep_, b.head = "nsubj", "conj", a
    return doc


# plural claim nouns the tagger reads as verbs when they open a clause or follow an
# adjective ("Claims that jets bombed ... are untrue", "rejected Afghan claims that ...")
_CLAIMS = {"claims": "claim", "reports": "report", "allegations": "allegation",
           "accusations": "accusation", "rumours": "rumour", "rumors": "rumor",
           "charges": "charge", "assertions": "assertion", "suggestions": "suggestion"}


def nominal_claims(doc):
    """Make a claim word a noun where the parser gave it a noun's role but a verb's tag."""
    for t in doc:
        if t.pos_ == "VERB" and t.lower_ in _CLAIMS and (t.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")
                or any(c.dep_ in ("amod", "det") and c.i < t.i for c in t.children)):
            # (an adjective or article before it: "Unsubstantiated claims that ... spread")
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", _CLAIMS[t.lower_]
    return doc


# what the tagger reads as an adverb when it opens a clause: "USAID provided shelter"
_NAMED = {"ORG", "GPE", "NORP", "PERSON"}


def subject_named_bodies(doc):
    """Make a named body the subject of its verb when the tagger took it for an adverb and
    the verb has no subject ("USAID provided shelter materials to ...")."""
    for t in doc:
        h = t.head
        if t.dep_ not in ("advmod", "npadvmod") or t.ent_type_ not in _NAMED or t.i > h.i:
            continue
        if h.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                for c in h.children):
            continue
        if any(x.i > t.i and x.i < h.i and x.pos_ in ("NOUN", "PROPN", "PRON") and x.head.i == h.i
               for x in doc[t.i:h.i]):
            continue  # something else stands between them and may be the subject
        t.dep_, t.pos_ = "nsubj", "PROPN"
    return doc


def lift_sayer_conjuncts(doc):
    """Re-hang "and accused ..." on the verb of saying when the parser tied it to the
    perfect or modal verb of the reported clause."""
    for t in doc:
        h = t.head
        if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in _SAYER_ACTS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
            continue  # a subject or auxiliary of its own: where the parser put it
        say = h.head
        if h.dep_ != "ccomp" or say.tag_ != "VBD" or say.lemma_.lower() not in _DENYING | _SAYING:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in ("had", "has", "have", "would", "could", "will")
                   for a in h.children):
            continue  # "said it fired and accused": one clause, one tense
        t.head = say
        doc.user_data.setdefault("lifted", {})[t.i] = h.i  # the events stage may undo it
    return doc
