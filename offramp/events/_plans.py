"""Plans, attempts, approvals, demands, drills and instructions: what a governing word does to
the act below it, and noun acts that a plan names or a verb brings about."""
from __future__ import annotations

from ._clausepath import WORDS, _MEDIA, _infinitive, _lemma, content_clause
from ._doubt import _unproven
from ._undone import _CAME, _call_off
from ._words import words


def _planned(clause) -> bool:
    """A relative clause that puts its noun in the future ("that Tokyo plans to host"; but
    "sanctions that will take effect next week" were imposed all the same)."""
    return clause.lemma_.lower() in ("plan", "intend", "schedule", "hope", "expect", "propose") \
        and any(c.dep_ == "xcomp" for c in clause.children)


def _realized(tok) -> bool:
    """A noun act a past or present verb brings about ("carried out the planned strike on
    Saturday", "the feared offensive began"): its planned/feared modifier is history. The
    verb's own negation or modal still counts, further up the path."""
    if not (tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj")) \
            or tok.head.pos_ != "VERB" or tok.head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False  # (the tagger takes "offensive" for an adjective even as a subject)
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "dobj" or tok.dep_ == "nsubjpass":
        return verb in WORDS.realize_obj  # "carried out the strike", "the strike was launched"
    if tok.dep_ == "nsubj":
        if verb == "take":  # "took place", "took effect"
            return any(c.dep_ == "dobj" and c.lower_ in ("place", "effect", "hold") for c in tok.head.children)
        if verb == "come" and any(c.lower_ == "into" for c in tok.head.children):
            # "came into force", "came into effect" (a plain "came" is in the list below)
            return any(c.lower_ == "into" and any(g.lower_ in ("force", "effect") for g in c.children)
                       for c in tok.head.children)
        if verb in ("go", "get"):  # "went ahead", "got under way"
            return any(c.lower_ in ("ahead", "under", "underway") for c in tok.head.children)
        return verb in WORDS.realize_subj
    return False


def _plan_object(n, prev):
    """"foiled a plot to attack", "repeated its call for Kyiv to withdraw", with the
    infinitive hung on the verb rather than on its object: the plan or request noun the
    infinitive belongs to, or None."""
    if prev.dep_ != "advcl" or not _infinitive(prev):
        return None
    for c in n.children:
        if c.dep_ == "dobj" and c.i < prev.i and _lemma(c) in WORDS.attempts | WORDS.asks | {
                "plot", "scheme", "conspiracy", "threat"}:
            return c
    return None


def _demanded(n) -> bool:
    """A stop that is asked for, not done: what is to stop goes on ("Russia must stop
    attacking Ukraine", "urged Israel to halt strikes", "called for an end to the shelling")."""
    if any(c.dep_ == "aux" and c.lower_ in WORDS.obliged for c in n.children):
        return True
    h = n.head
    if n.dep_ == "pobj" and h.lower_ in ("for", "to", "on"):
        h = h.head
    return n.dep_ in ("xcomp", "ccomp", "dobj", "pobj") and h.lemma_.lower() in WORDS.asked


def _answered(tok, n, prev) -> bool:
    """tok, a definite noun act, is what n answers or punishes: it happened, whatever the
    modality of the answer ("Iran will pay for its attack"). An indefinite one may not have
    ("would respond to an attack on Taiwan")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.i != prev.i or prev.dep_ != "prep":
        return False
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in WORDS.definite for c in tok.children):
        return False
    lemma = n.lemma_.lower()
    return prev.lower_ == "for" and lemma in WORDS.reason_for or prev.lower_ == "to" and lemma in WORDS.reason_to


_ENACTING = words("arguments").enacting
_FORCES = words("arguments").forces | words("arguments").armies


def _instructs_other(n) -> bool:
    """n tells another side what to do ("told Moscow to pull out", "the UN ordered Rwanda to
    withdraw"), not its own forces ("ordered troops to withdraw", "instructed its military to
    strike", "ordered the IDF to strike"): a command to one's own is the decision, coded as
    the act. Only a state is surely another side for order, instruct, direct, command."""
    obj = next((c for c in n.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if _lemma(n) in ("tell", "advise"):
        return not (obj.lower_ in _FORCES or _lemma(obj) in _FORCES
                    or any(c.dep_ == "poss" for c in obj.children))
    return obj.ent_type_ == "GPE"


def _attempted_force(n, prev) -> bool:
    """"Russian troops tried to storm Vovchansk": a past attempt at force was made."""
    if _lemma(n) not in WORDS.tried or n.tag_ not in ("VBD", "VBN") or prev.dep_ != "xcomp" \
            or _lemma(prev) not in WORDS.forceful:
        return False
    obj = next((c for c in prev.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON", "NORP", "ORG") \
            and _lemma(obj) not in WORDS.force_objects:
        return False  # "tried to strike a deal", "to kill the aid package", "to seize the initiative"
    return not any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had", "to")
                   for c in n.children)


def _approved(n, prev, pdep: str, lemma: str) -> bool:
    """"approved a strike on Iran", "gave the green light for an incursion": allowed, not yet
    done; but an approved deal or sanctions package is made."""
    if lemma == "light" and any(c.lower_ == "green" for c in n.children) or lemma == "give" and any(
            c.dep_ == "dobj" and c.lower_ == "light" and any(g.lower_ == "green" for g in c.children)
            for c in n.children):
        return prev.dep_ == "prep" and prev.lower_ in ("for", "to")  # "gave the green light for"
    if lemma not in WORDS.approve:
        return False
    if pdep == "xcomp" or pdep == "ccomp" and _infinitive(prev):
        return True  # "authorised the army to strike" (not "approved the extradition ... to face charges")
    # "approved a strike on Iran" (but "authorised the strike on Kyiv, which killed 12": done)
    return pdep == "dobj" and _lemma(prev) in WORDS.approved_force and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in prev.children)


def _hypothetical_from_above(n, prev, pdep: str, lemma: str) -> bool:
    """n makes the act below a possibility: feared, asked for, hoped, talked out of."""
    if pdep == "prep" and prev.lower_ in ("of", "over", "about") and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and _lemma(c) in WORDS.hypo_gov for c in n.children):
        return True  # "Fears grew of a Serbian attack": the fear's, moved to the end
    if lemma in WORDS.asked and not _call_off(n, prev, lemma) and (
            prev.dep_ in ("xcomp", "ccomp") or prev.dep_ == "dobj" and lemma != "call"
            or prev.dep_ in ("acl", "relcl") and n.pos_ == "NOUN" and content_clause(prev)
            or prev.dep_ == "prep" and prev.lower_ in ("for", "on")
            or prev.dep_ == "advcl" and any(  # "called on X to grant"
                c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)):
        return True  # "demanded the release of", "called for a ceasefire": not yet
    if lemma in WORDS.drills and pdep in ("dobj", "xcomp", "ccomp", "prep", "pobj", "pcomp", "acl"):
        return True  # "rehearsed storming the beaches" (not "simulated a retreat and then attacked")
    if lemma in WORDS.hypo_gov and not (lemma in WORDS.binding and pdep not in ("xcomp", "ccomp")) and not (
            n.dep_ == "dobj" and n.head.lemma_.lower() in _ENACTING and not any(
                c.dep_ == "neg" for c in n.head.children)):
        return True  # (but "the raid required troops": the raid is not what is required; nor is
        # what "signed a bill providing aid" provides only proposed)
    if lemma == "talk" and (prev.lower_ == "out" or prev.lower_ == "of" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in n.children)):
        return True  # "talked Israel out of striking Iran's nuclear sites"
    if lemma in _MEDIA and _unproven(n):
        return True  # "a fake video showing troops attacking", "mock images of missiles hitting"
    return lemma in WORDS.talked_out and prev.dep_ == "prep" and prev.lower_ == "from"


def _future_from_above(tok, n, prev, pdep: str, lemma: str) -> bool:
    """n puts the act below in the future: planned, scheduled, on the verge of, ahead of."""
    if lemma in ("verge", "brink", "cusp") and prev.lower_ == "of":
        return True  # "on the verge of signing a deal"
    # ("gearing up to attack", with the infinitive parsed as an adverbial clause)
    infinitive = pdep == "advcl" and _infinitive(prev)
    if lemma in WORDS.fut_gov and (pdep in ("xcomp", "ccomp", "acl", "dobj") or infinitive
                              or prev.dep_ == "prep" and prev.lower_ in ("for", "to")
                              or prev.dep_ == "prep" and prev.lower_ == "in" and lemma in WORDS.pledging) and not (
            lemma in WORDS.inchoative and n.tag_ in ("VBD", "VBN") and prev.dep_ in ("dobj", "xcomp")
            or lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in n.children)):
        return True  # but "began joint patrols", "started talks", "have begun withdrawing",
        # "set off protests": under way
    if (lemma in WORDS.fut_passive or n.lemma_.lower() in WORDS.fut_passive) and prev.dep_ == "nsubjpass" and prev.i == tok.i:
        return True  # "talks are scheduled for Friday"
    return n.lower_ == "ahead" and prev.lower_ == "of"  # "ahead of a planned meeting"


_DONE = _CAME | {"complete", "finish", "carry", "conclude", "proceed"}


def _wished(tok) -> bool:
    """A noun act someone has asked for, told in a relative clause: "the withdrawal of
    Rwandan troops, which Kinshasa has repeatedly demanded" (but "..., which Kyiv had
    demanded, was completed on Friday": then it happened)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for rel in tok.subtree:  # (the parser may hang the clause on the last noun: "..., from eastern Congo, which")
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in WORDS.asked:
            continue
        asked = any(w.lower_ in ("which", "that") and w.dep_ in ("dobj", "nsubjpass") for w in rel.children) or any(
            p.dep_ == "prep" and p.lower_ == "for" and any(w.lower_ == "which" for w in p.children)
            for p in rel.children)  # "which Washington has called for"
        if not asked:
            continue
        h = tok.head
        done = tok.dep_ in ("nsubj", "nsubjpass") and h.lemma_.lower() in _DONE and not any(
            c.dep_ == "neg" for c in h.children)
        return not done
    return False
