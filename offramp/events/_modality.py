"""Modality of an event trigger: actual, future, hypothetical or negated, from its clause path."""
from __future__ import annotations

from dataclasses import dataclass

from ._words import words

WORDS = words("modality")

__all__ = ["modality_of", "proviso", "SPEECH", "HINDER", "clause_path", "reported_conj", "content_clause",
           "quoted_verdict", "QUOTES"]

SPEECH = WORDS.speech
HINDER = WORDS.hinder
_HELD_FROM = HINDER - {"prevent", "stop"}


def _planned(clause) -> bool:
    """A relative clause that puts its noun in the future ("that Tokyo plans to host"; but
    "sanctions that will take effect next week" were imposed all the same)."""
    return clause.lemma_.lower() in ("plan", "intend", "schedule", "hope", "expect", "propose") \
        and any(c.dep_ == "xcomp" for c in clause.children)


def _comma_and(tok) -> bool:
    """", and called on ...": a comma before the "and" that joins tok sets off a new clause
    (a run of acts under one "had" is written without one)."""
    cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
    return cc is not None and cc.i > 0 and tok.doc[cc.i - 1].text == ","


def reported_conj(tok) -> bool:
    """"X said Myanmar must create ... and called on Y": a plain past verb joined to a reported
    clause whose verb is bound by a modal or "had" is the sayer's own next act, though the
    parser hangs it on the reported verb."""
    h = tok.head
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and h.dep_ == "ccomp" \
        and h.head.lemma_.lower() in SPEECH and h.head.pos_ == "VERB" \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children) \
        and any(c.dep_ in ("aux", "auxpass") and (c.lower_ in WORDS.bound_aux or c.lower_ == "had" and _comma_and(tok))
                for c in h.children)


def _past_time_clause(came) -> bool:
    """A past-tense clause of time or cause ("after the minister spoke"), or "after talks" in a
    sentence told in the past: it happened, whatever the clause above plans."""
    if came.dep_ == "advcl" and came.tag_ == "VBD" and any(
            m.dep_ == "mark" and m.lower_ in WORDS.past_links for m in came.children):
        return True
    return came.dep_ == "prep" and came.lower_ in ("after", "following") \
        and came.sent.root.tag_ == "VBD" and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in came.sent.root.children)


def clause_path(tok, is_actor=None, dating: bool = False):
    """tok and its heads up to the first speech verb (exclusive) or the root.

    dating: for finding the event's date, which a past time clause may share with the verb
    above ("met on Monday after talks"). is_actor: a predicate; the path stops at an actor
    noun, since "troops being deployed"
    in "has not given the number of troops being deployed" describes the troops.
    """
    path = [tok]
    t = tok
    while t.head.i != t.i:
        came, t = t, t.head
        if came.dep_ in ("ccomp", "conj", "parataxis") and any(
                c.dep_ == "punct" and c.text == ";" and min(came.i, t.i) < c.i < max(came.i, t.i)
                for c in t.children):
            break  # "X blamed Y; Y has not commented": two sentences the parser joined
        if reported_conj(came):
            break  # its own clause, the sayer's
        if not dating and _past_time_clause(came):
            break  # "agreed to cease fire from Tuesday after Russia's minister spoke": it did
        if came.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in came.children) \
                and any(c.dep_ == "cc" for c in t.children):
            break  # "X has not recalled its envoy, and Y ratified": a clause of its own
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and not (
                t.lemma_.lower() in WORDS.bid and came.dep_ == "xcomp"
                or t.lemma_.lower() in WORDS.proclaim and came.dep_ == "dobj"):
            break  # (but "told Moscow to withdraw" is an instruction, and "is set to announce
            # sanctions" announces them only then: both read as governors)
        if is_actor is not None and t.pos_ in ("NOUN", "PROPN") and is_actor(t) and not (
                t.dep_ == "dobj" and t.head.lemma_.lower() in WORDS.shown):
            break  # (but "videos show troops shelling X": what is shown is the report)
        if came.dep_ == "conj" and came.pos_ == "VERB" and any(c.dep_ == "aux" for c in came.children) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "did not know who did it and has suspended its work": the not is the first verb's
        if came.dep_ in ("pcomp", "advcl", "pobj") and (came.lower_ in WORDS.time_links or any(
                m.dep_ == "mark" and m.lower_ in WORDS.time_links for m in came.children)) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "would not bow, a day after X severed ties": the not is the main verb's
        path.append(t)
    return path


def _lemma(n) -> str:
    """The lemma, trusting the word list over the tagger's lemmatiser ("hopes" → "hop")."""
    low = n.lower_
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-1] if low.endswith("ed") else "",
                 low[:-2] if low.endswith("ed") else "", low[:-3] if low.endswith("ing") else ""):
        if cand and (cand in WORDS.hypo_gov or cand in WORDS.fut_gov or cand in WORDS.neg_gov or cand in WORDS.cancel):
            return cand
    return n.lemma_.lower()


def _question(tok) -> bool:
    """A yes/no question ("Will China invade Taiwan?"): it ends in "?" and an auxiliary opens it."""
    sent = tok.sent
    if not any(sent[i].text == "?" for i in range(max(0, len(sent) - 3), len(sent))):
        return False  # (most sentences: no need to look further)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].pos_ == "AUX" and words[0].dep_ in ("aux", "auxpass", "ROOT")


def _conditional(n) -> bool:
    """n carries an if/unless clause ("will impose sanctions unless ..."), not "even if"."""
    for c in n.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") and not any(
                x.lower_ in ("even", "as") and x.i < m.i for x in c.children) for m in c.children):
            return True
    return False


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


def _held_back(n, prev) -> bool:
    """"held back from striking", "held off on imposing sanctions": a phrasal refraining
    (the parser hangs the "from" on the verb or on its particle)."""
    if prev.lower_ not in ("from", "on"):
        return False
    if n.lower_ in ("back", "off") and n.head.lemma_.lower() == "hold":
        return True
    return n.lemma_.lower() == "hold" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in n.children)


def _came_close(n, prev) -> bool:
    """"came close to striking": the act was near, not done (the "to" hangs on the verb
    or on "close")."""
    if prev.lower_ == "of" and n.lemma_.lower() == "within" and n.head.lemma_.lower() == "come":
        return True  # "came within metres of ramming the boat"
    if prev.lower_ == "from" and n.lower_ == "away" and any(
            c.lower_ in ("minutes", "hours", "moments", "seconds", "days") for c in n.subtree):
        return True  # "was minutes away from firing on the patrol ship"
    if prev.lower_ == "to" and n.lower_ == "close" and n.head.lemma_.lower() in ("be", "come", "draw", "get", "edge"):
        return True  # "the two sides are close to agreeing" (and "came close to striking")
    if prev.lower_ == "within" and n.lemma_.lower() == "come":
        return True
    if prev.lower_ != "to":
        return False
    if n.lower_ == "close" and n.head.lemma_.lower() == "come":
        return True
    return n.lemma_.lower() == "come" and any(
        c.dep_ in ("advmod", "acomp") and c.lower_ == "close" for c in n.children)


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


def _inverted_had(n) -> bool:
    """"Had Russia attacked Finland, ...": a condition with "had" before its subject."""
    subj = next((c for c in n.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.lower_ == "had" and c.i < subj.i
                                    and c.i == n.sent.start for c in n.children)


def _unsaid(top):
    """The speech verb above the clause does not vouch for it: "would not confirm that its
    jets struck", "refused to confirm", "did not say that ..." ('negated' for a confirmation
    withheld, as the coding rules list "refused to confirm"; True for other unsaid claims;
    None when it is said)."""
    if top.head.pos_ != "VERB" or not (top.dep_ == "ccomp" or top.dep_ == "xcomp" and top.tag_ == "VBG"
                                       and top.head.lemma_.lower() in WORDS.own_up):
        return None  # ("has never acknowledged striking the consulate": as "that it struck")
    say = top.head
    verb = say.lemma_.lower()
    if verb not in SPEECH or any(t.text == ";" for t in top.doc[min(say.i, top.i):max(say.i, top.i)]):
        return None  # (not "X accused Y; Y has not responded": two sentences)
    withheld = any(c.dep_ == "neg" or c.lower_ in ("never", "neither") for c in say.children) or (
        say.dep_ == "xcomp" and _lemma(say.head) in WORDS.neg_gov and not any(c.dep_ == "neg" for c in say.head.children))
    if not withheld:
        return None
    if verb in WORDS.own_up and not any(c.dep_ == "conj" and c.lemma_.lower() in WORDS.dismiss for c in say.children):
        return "negated"
    return True


@dataclass
class _Reading:
    """What the clauses read so far say of the act: modality_of's running state."""
    neg: bool = False
    hypo: bool = False
    fut: bool = False
    anyone: bool = False  # "any attack": the only thing that makes a fixed threat hypothetical
    gov_neg: bool = False  # the last negation came from a governing verb ("failed to", "prevented")
    withstood: bool = False  # from here up, no negation reaches the act: it came
    # the marks of the clause being read, which count only once it is read through
    own_neg: bool = False
    own_fut: bool = False
    own_hypo: bool = False


def modality_of(tok, fixed: bool = False, is_actor=None) -> str:
    """actual | future | hypothetical | negated for an event trigger token.

    fixed: the trigger is itself a threat ("consequences"), conditional by nature; only
    negation changes it. is_actor: see clause_path.
    """
    path = clause_path(tok, is_actor)
    top = path[-1]
    r = _Reading(hypo=_unproven_source(top) or any(_true_if(n) or _hearsay(n) for n in path) or _under_proviso(tok)
                 or _staged(path) or _fiction(tok))
    _read_path(r, tok, path)
    _read_frame(r, tok, top)
    if _never_came(tok) or any(_at_no_point(n) for n in path):
        r.neg = True
    return _verdict(r, tok, fixed)


def _at_no_point(n) -> bool:
    """"at no point had Algerian forces fired on Malian drones", "at no time did they cross"."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.lemma_.lower() in ("point", "time", "stage") and any(d.lower_ == "no" for d in g.children)
        for g in c.children) for c in n.children)


_CAME = WORDS.realize_subj | WORDS.materialise  # what an act does when it comes about
# done to a planned act, it never took place (unlike "suspended" or "halted" talks)
_CALLED_OFF = {"postpone", "cancel", "scrap", "shelve", "delay", "avert", "foil", "thwart", "prevent",
               "ditch", "abandon", "defer", "scuttle"}

_NP_WORDS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"}


def proviso(tok) -> bool:
    """"provided (that)" or "providing" used as "if": "will free them provided Colombo
    settles", "providing Hamas releases the hostages". A verb with its own subject or
    auxiliary ("Japan provided Kyiv aid", "has provided") is the verb."""
    if tok.lower_ not in ("provided", "providing") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    after = tok.doc[tok.i + 1:tok.sent.end]
    if len(after) and after[0].lower_ == "that":
        return True
    root = tok.sent.root
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "can", "could", "shall", "'ll", "wo", "may", "might")
               for c in root.children):
        return False  # a proviso bounds a promise or offer; "missiles provided last month struck" are arms
    for t in after[:7]:
        if t.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return t.i > tok.i + 1  # a subject stands between: "provided Colombo settles"
        if t.pos_ not in _NP_WORDS or t.ent_type_ in ("DATE", "TIME"):
            return False
    return False


def _staged(path) -> bool:
    """The act is told inside a make-believe setting: "in the simulation, troops cross",
    "under one scenario, Russia attacks", "Scenario: China invades Taiwan"."""
    top = path[-1]
    first = top.doc[top.sent.start:top.sent.start + 2]
    if len(first) == 2 and first[0].lemma_.lower() in WORDS.staged and first[1].text == ":":
        return True
    if len(first) == 2 and first[0].lower_ == "imagine" and first[0].pos_ == "VERB" and first[1].pos_ != "PROPN":
        return True  # "Imagine the following: Pakistani jets bomb an Indian air base"
    for n in [*path, top.sent.root]:
        for p in n.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "under") or (n is top.sent.root and n not in path
                                                                         and p.i > n.i):
                continue  # (the root's frame counts for every clause when it opens the sentence)
            for g in p.children:
                w = g.lemma_.lower() if g.lemma_.lower() in WORDS.staged else g.lower_
                if w in ("game", "games") and not any(c.lower_ == "war" for c in g.children):
                    continue  # "in the game, fans clashed with police": a football match
                if g.dep_ == "pobj" and (w in WORDS.staged or w in WORDS.fiction and p.i < n.i):
                    return True  # (a story opening the sentence: "In the new thriller, Russian forces invade")
    return False



_TELLS = {"depict", "show", "portray", "feature", "imagine", "revolve", "dramatise", "dramatize", "center",
          "centre", "let", "open", "assume", "envisage", "simulate", "predict"}
# what a staged story or a model is told in: "a computer simulation showed missiles hitting"
_IMAGINED = {"simulation", "model", "scenario", "wargame", "exercise", "drill"}


_ENACTING = words("arguments").enacting

_HEARSAY = {"rumour", "rumor", "gossip", "speculation", "hearsay"}


def _hearsay(n) -> bool:
    """n says what a rumour says: "rumours spread on social media that troops had entered"."""
    return n.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _HEARSAY
                                     for c in n.head.children)

_CHANCES = {"probability", "odds", "likelihood", "chance", "possibility", "risk", "prospect", "danger",
            "spectre", "specter"}


def _fiction(tok) -> bool:
    """The act is a story's or a fake's, or only a chance: "the blockbuster depicts a North
    Korean missile strike on Seoul", "the plot revolves around an invasion", "a deepfake clip
    showing soldiers firing", "the probability of Azerbaijani forces striking" (however the
    parser hangs the doer)."""
    for t in [tok, *tok.ancestors][:5]:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (
                t.head.head.lemma_.lower() in _CHANCES or t.head.head.lower_ in _CHANCES):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in _TELLS:
            if t.dep_ == "acl" and _unproven(t.head):
                return True
            return any(c.dep_ == "nsubj" and (c.lemma_.lower() in WORDS.fiction or c.lemma_.lower() in _IMAGINED)
                       and not (c.lemma_.lower() == "series" and any(  # "a series of leaked documents"
                           p.dep_ == "prep" and p.lower_ == "of" for p in c.children))
                       for c in t.children)
    for t in [tok, *tok.ancestors][:5]:
        if t.dep_ == "relcl" and t.head.lemma_.lower() in WORDS.fiction and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
                for c in t.children):
            return True  # "the series, in which the Venezuelan navy sinks a Colombian frigate"
    return _spoofed(tok) or _retracted(tok)


def _framing_nouns(tok):
    """Nouns whose content tok is told in: the claim or story above it, and the antecedent of
    "in which" ("the series, in which the navy sinks a frigate")."""
    for t in [tok, *tok.ancestors][:7]:
        if t.pos_ in ("NOUN", "PROPN"):
            yield t
        if t.dep_ == "relcl":
            yield t.head
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children) \
                    and t.dep_ == "relcl":
                yield t.head


def _spoofed(tok) -> bool:
    """What a satirical site, a parody account, a hoax or an April Fools' story reports:
    "the satirical site reported that Luxembourg had annexed Belgium"."""
    sent = tok.sent
    seen = tok.doc.user_data.setdefault("spoof_sents", {})
    if sent.start not in seen:  # asked once per candidate: scan each sentence once
        seen[sent.start] = any(t.lemma_.lower() in WORDS.spoof or t.lower_ in WORDS.spoof for t in sent)
    if not seen[sent.start]:
        return False
    path = clause_path(tok)
    top = path[-1]
    reported = top.dep_ == "ccomp" and top.head.lemma_.lower() in SPEECH
    return reported or any(_lemma(n) in WORDS.claim_nouns | _MEDIA | WORDS.fiction for n in _framing_nouns(tok)
                           if n.i != tok.i)


def _retracted(tok) -> bool:
    """What a report taken back said: "the broadcaster withdrew the story, in which it had said
    drones struck", "corrected a report claiming", "an earlier report, since retracted"."""
    for n in _framing_nouns(tok):
        if n.i == tok.i or _lemma(n) not in WORDS.claim_nouns | _MEDIA:
            continue
        if n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in WORDS.retract:
            return True
        if any(c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in WORDS.retract and c.tag_ in ("VBN", "JJ")
               for c in n.children):
            return True
    return False


def _under_proviso(tok) -> bool:
    """tok is the verb of a condition set by "provided" or "providing"."""
    start = tok.sent.start
    for t in reversed(tok.doc[start:tok.i]):
        if proviso(t):
            return True
        if t.pos_ not in _NP_WORDS and t.lower_ != "that":
            return False
    return False


def _never_came(tok) -> bool:
    """A named act that did not come about: "the invasion that never came", "the swap fell
    through", "the blockade that analysts predicted never happened"."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass")):
        return False  # (a noun the tagger called an adjective: "the ground offensive has yet to begin")
    came = _CAME
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        if c.lemma_.lower() in came and any(g.dep_ == "neg" for g in c.children):
            return True
        if c.lemma_.lower() in WORDS.expect_verbs and any(
                g.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in came
                and any(x.dep_ == "neg" for x in g.children) for g in c.children):
            return True
    h = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "off" and any(g.lower_ == "table" for g in c.children)
            for c in h.children):
        return True  # "a strike on Kharg Island remains off the table", "was taken off the table"
    if tok.dep_ == "nsubj" and h.tag_ == "VBN" and h.dep_ == "nsubjpass":
        tok, h = h, h.head  # "Talks scheduled for Wednesday were postponed", parsed with "scheduled" as subject
    if tok.dep_ == "nsubjpass" and (h.lemma_.lower() in _CALLED_OFF or h.lemma_.lower() == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in h.children)):
        return True  # "talks scheduled for Wednesday were postponed", "the visit was called off"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in ("fall", "come") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("through", "apart") for c in h.children):
        return True  # "the swap fell through", "the deal came apart"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in WORDS.materialise and any(c.dep_ == "neg" for c in h.children):
        return True  # "the promised offensive did not materialise"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "conj" and c.lemma_.lower() in WORDS.materialise | _CAME and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and any(x.dep_ == "neg" or x.lower_ == "never" for x in c.children) for c in h.children):
        return True  # "a summit was floated but never materialised"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in WORDS.unmade for c in h.children):
        return True  # "the trade pact remains unsigned"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in h.children) \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in came for c in h.children):
        return True  # "the delivery of the jets has yet to take place"
    return False


def _unproven_source(top) -> bool:
    """"unconfirmed reports said X had shelled Y", "according to unconfirmed reports",
    "footage that could not be verified showed": the source itself is unproven."""
    if top.dep_ == "ccomp" and any(c.dep_ == "nsubj" and _unproven(c) for c in top.head.children):
        return True
    if top.dep_ == "xcomp" and top.head.lemma_.lower() in ("say", "claim", "purport", "suppose", "allege") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (_lemma(c) in _MEDIA or _lemma(c) in WORDS.claim_nouns)
            for c in top.head.children):
        return True  # "footage said to show Israeli strikes on Beirut"
    if top.dep_ == "ccomp" and top.head.dep_ == "acl" and _unproven(top.head.head):
        return True  # "an unsourced post alleging that Israeli aircraft had struck"
    says = [top.head] if top.dep_ == "ccomp" else []
    says += [c for c in top.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEECH]
    if any(c.dep_ == "prep" and c.lower_ == "without" and any(_lemma(x) in ("evidence", "proof") for x in c.subtree)
           for s in says + [top] for c in s.children):
        return True  # "claimed, without evidence, that ..." (the parser may hang "claimed" below)
    if top.lemma_.lower() in WORDS.shown and any(c.dep_ == "nsubj" and _unproven(c) for c in top.children):
        return True
    return any(c.lower_ == "according" and (any(x.lower_ in WORDS.unproven for x in c.subtree) or any(
        x.dep_ == "pobj" and _unproven(x) for x in c.subtree)) for c in top.children)


_MEDIA = words("arguments").media  # footage, video, image ...


def _true_if(n) -> bool:
    """"If the reports are accurate, troops have crossed", "assuming the footage is
    genuine": the act holds only if a report does."""
    for c in n.children:
        if c.dep_ != "advcl":
            continue
        if not any(m.lower_ in ("if", "assuming", "provided") for m in c.subtree if m.i < c.i) \
                and c.lower_ != "assuming":
            continue
        said = any(s.dep_ in ("nsubj", "nsubjpass") and (_lemma(s) in WORDS.claim_nouns or _lemma(s) in _MEDIA)
                   for s in c.subtree)
        # (up to the comma: the parser may hang "genuine" on the main clause)
        end = next((t.i for t in c.doc[c.i:n.sent.end] if t.text == ","), c.right_edge.i)
        if said and any(x.lower_ in WORDS.true_if for x in c.doc[c.left_edge.i:max(end, c.right_edge.i) + 1]):
            return True
    return False


def _unproven(n) -> bool:
    """n is unproven: "unverified footage", "a video that could not be verified"."""
    return any(x.lower_ in WORDS.unproven or x.dep_ in ("amod", "compound") and x.lower_ in WORDS.faked
               or x.dep_ == "acl" and x.lemma_.lower() in ("say", "claim", "purport", "allege", "suppose")
               and x.tag_ == "VBN" for x in n.children) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in WORDS.proved and any(g.dep_ == "neg" for g in c.children)
        for c in n.children)


def _read_path(r: _Reading, tok, path) -> None:
    """Read the clauses from the trigger up, until one settles the act."""
    top = path[-1]
    # "announced it would send aid": a reported "would" is the speaker's future
    reported = top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in SPEECH \
        and top.head.lemma_.lower() not in WORDS.warn
    hedged = _realized(tok)
    prev = None
    for n in path:
        if not _read_clause(r, tok, n, prev, top, reported, hedged):
            break
        prev = n


def _read_clause(r: _Reading, tok, n, prev, top, reported: bool, hedged: bool) -> bool:
    """One clause of the path, n, above prev; False when it settles the act (the rest of
    its own marks then do not count)."""
    lemma = _lemma(n)
    neg_below = r.neg
    if prev is not None and prev.i == tok.i and prev.dep_ == "dobj" and lemma in WORDS.withstood:
        r.withstood = True  # "failed to repel the attack"
    r.own_neg = (_nor_joined(n) or _own_negation(tok, n)) and not _contrasted(prev)
    r.own_fut, r.own_hypo = _aux_marks(n, prev, top, reported)
    if _hedges(tok, n, hedged):
        r.hypo = True
    if _any_act(tok, n):
        r.hypo = r.anyone = True
    if _future_noun(tok, n, hedged):
        r.fut = True
    if prev is not None and not _read_governor(r, tok, n, prev, lemma):
        return False
    _close_clause(r, n, neg_below)
    _read_form(r, tok, n)
    return True


# --- marks on the clause itself -----------------------------------------------------------

def _contrasted(prev) -> bool:
    """prev is set against the negated clause above it: "did not strike the oil sites but
    hit military bases", "..., hitting military sites instead"."""
    if prev is None:
        return False
    if prev.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < prev.i
                                   for c in prev.head.children):
        return True
    return prev.dep_ in ("advcl", "conj", "xcomp") and any(
        c.dep_ == "advmod" and c.lower_ == "instead" for c in prev.children)


def _nor_joined(n) -> bool:
    """"neither confirmed nor denied that ...": the second verb is negated too."""
    return n.dep_ == "conj" and n.pos_ == "VERB" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in n.head.children)


def _own_negation(tok, n) -> bool:
    """n is negated by a word of its own: "not", "no", "never", a "neither ... nor" subject,
    "fired no shots", "the collapse of the truce"."""
    children = list(n.children)
    # (kept as it was when read per child: a bare noun is not, "violation of ceasefire")
    if children and n.i == tok.i and n.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "of" \
            and n.head.head.lemma_.lower() in WORDS.undone:
        return True  # "the collapse of the truce", "a violation of the ceasefire"
    if any(c.dep_ == "cc" and c.lower_ == "nor" for c in children) and any(
            c.lower_ == "neither" or c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ == "neither" for x in c.children)
            for c in children):
        return True  # "neither shelled the city nor entered it" (however "neither" was hung)
    for c in children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and low in WORDS.neg_det) or low in ("never",):
            return True
        if c.dep_ == "advmod" and low == "longer" and any(x.lower_ == "no" for x in c.children):
            return True  # "no longer receives aid"
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and any(
                x.lower_ in ("neither", "no") and x.dep_ in ("det", "preconj") for x in c.children):
            return True  # "Neither Russia nor Belarus attacked"
        if n.i == tok.i and n.pos_ == "VERB" and c.dep_ == "dobj" and any(
                x.dep_ == "det" and x.lower_ == "no" for x in c.children):
            return True  # "has massed no troops", "fired no shots"
    return False


def _aux_marks(n, prev, top, reported: bool) -> tuple[bool, bool]:
    """(future, hypothetical) from n's auxiliaries: "will", "could"; a reported "would" is
    the speaker's future ("announced it would send aid")."""
    fut = hypo = False
    for c in n.children:
        if c.dep_ not in ("aux", "auxpass"):
            continue
        low = c.lower_
        if low in WORDS.fut_aux or c.lemma_ in WORDS.fut_aux:
            fut = True
        elif low == "would" and reported and (n.i == top.i or n.dep_ == "conj" and n.head.i == top.i) and (
                prev is None or prev.dep_ not in ("nsubj", "nsubjpass")) and not any(
                x.dep_ == "aux" and x.lemma_ == "have" for x in n.children):
            fut = True
        elif low in WORDS.hypo_aux:
            hypo = True
    return fut, hypo


def _hedges(tok, n, hedged: bool) -> bool:
    """n is hedged or conditioned: "if", "possible", "unverified videos", "any judge who",
    "will impose sanctions unless ..."."""
    children = list(n.children)
    if n.dep_ in ("acl", "ccomp") and n.head.lemma_.lower() in WORDS.conditions and \
            n.head.head.lemma_.lower() not in WORDS.met:
        return True  # "released them on condition that Ukraine frees its soldiers", not "met the condition"
    if children and n.dep_ == "relcl" and n.head.pos_ == "NOUN" and any(
            x.dep_ == "det" and x.lower_ in ("any", "every") for x in n.head.children):
        return True  # "any judge who acquits them": whoever might
    le = n.left_edge.i
    if n.dep_ in ("advcl", "ccomp") and le >= 2 and n.doc[le - 2].lower_ == "in" and n.doc[le - 1].lower_ == "case":
        return True  # "in case China attacks", parsed as a prepositional phrase before the clause
    for c in children:
        low = c.lower_
        if c.dep_ == "mark" and low in WORDS.hypo_mark:
            return True
        if c.dep_ in ("amod", "advmod") and low in WORDS.hypo_words and not (hedged and low in WORDS.hoped):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ in WORDS.unproven for x in c.children):
            return True  # "unverified videos purported to show ...", "unconfirmed reports said"
    # a condition on a present-tense verbal act ("expects a reply if talks are to go on")
    # conditions its content, not the act; a modal consequence is conditional
    return _conditional(n) and (n.i != tok.i or any(
        c.dep_ == "aux" and c.lower_ in WORDS.fut_aux | WORDS.hypo_aux for c in n.children))


def _any_act(tok, n) -> bool:
    """"would respond to any threat", "any attack on Niger would be war": whichever may come."""
    return n.i == tok.i and n.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in n.children)


def _future_noun(tok, n, hedged: bool) -> bool:
    """A noun act marked as still to come: "the planned talks", "a meeting that Tokyo plans
    to host", "his visit to Japan next week"."""
    if n.i != tok.i or n.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in n.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in WORDS.fut_mod and not hedged:
            return True
        if n.pos_ == "NOUN" and c.dep_ == "relcl" and _planned(c):
            return True  # "a meeting that Tokyo plans to host", "talks which will open"
        if n.pos_ == "NOUN" and c.dep_ == "npadvmod" and any(x.lower_ in WORDS.fut_mod for x in c.children):
            return True  # "his visit to Japan next week"
    return False


# --- what the clause above does to the one below ------------------------------------------

def _read_governor(r: _Reading, tok, n, prev, lemma: str) -> bool:
    """What n does to prev, the clause below it; False when the act is settled there."""
    pdep = prev.dep_
    plan = _plan_object(n, prev)
    if plan is not None:
        # "foiled a plot to attack", with "to attack" hung on the verb: the plot's
        pdep = "dobj"
        r.hypo = r.hypo or _lemma(plan) in WORDS.hypo_gov | WORDS.asks
        r.fut = r.fut or _lemma(plan) in WORDS.fut_gov
    arg = pdep in ("dobj", "xcomp", "pobj", "ccomp", "acl", "prep", "pcomp") or (
        # "ruled out sending troops", with "sending" misparsed as an adverbial clause
        pdep == "advcl" and prev.tag_ == "VBG"
        and any(c.dep_ == "prt" and c.i == prev.i - 1 for c in n.children))
    if _answered(tok, n, prev):
        return False  # "Iran vowed to retaliate for the Israeli strike": the strike came
    if _attempted_force(n, prev):
        return False  # "troops tried to storm the town": an assault, whether or not it took
    if arg and lemma in WORDS.cease and not r.neg and _demanded(n):
        return False  # "Russia must stop attacking Ukraine": the attacks go on
    # (negation first: the governor's own "not" is cleared there before it counts)
    _negation_from_above(r, tok, n, prev, pdep, lemma, arg)
    if _hypothetical_from_above(n, prev, pdep, lemma) or _claim_of(n, prev, lemma) and (
            _claim_judged(n) == "open" or _unproven(n)):
        r.hypo = True  # ("reports that X hit a refinery could not be confirmed", "unsubstantiated claims")
    if lemma == "have" and pdep == "xcomp" and (n.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in WORDS.hypo_aux | WORDS.fut_aux for c in n.children)):
        r.own_hypo = True  # "Ukraine has to hold talks": an obligation (but "had to withdraw" did)
    if pdep == "ccomp" and _said_to_be(n, WORDS.hypo_acomp) and any(
            c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "it" for c in n.children):
        r.hypo = True  # "it is likely that Russia shelled the town"
    if pdep == "ccomp" and _said_to_be(n, WORDS.untrue):
        r.neg = True  # "it is untrue that Pakistan closed the border"
    if _future_from_above(tok, n, prev, pdep, lemma) or _approved(n, prev, pdep, lemma):
        r.fut = True
    if lemma in WORDS.bid and _infinitive(prev) and _instructs_other(n) or lemma == "train" and pdep == "xcomp" and not any(
            c.dep_ == "dobj" for c in n.children):
        r.hypo = True  # "told Moscow to pull its troops out", "ordered troops to seize",
        # "reservists trained to repel a landing" (but "trains pilots to fly" is training)
    return True


def _said_to_be(verb, words) -> bool:
    """verb is a copula whose predicate adjective is one of words: "is likely", "is untrue"."""
    return verb.lemma_.lower() in WORDS.copulas and any(
        c.dep_ == "acomp" and c.lower_ in words for c in verb.children)


def _infinitive(clause) -> bool:
    """clause is a to-infinitive (however the parser hung it)."""
    return clause.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


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


def _negation_from_above(r: _Reading, tok, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """Negating governors, cancellations, dismissed claims, rejected plans. In this order:
    a rejected plan flips what the ones before it decided."""
    _negative_governor(r, n, prev, pdep, lemma, arg)
    if _called_off(tok, n, prev, lemma) or _dismissed_claim(n, prev, lemma):
        r.neg = True
    if lemma in WORDS.plan_nouns and (prev.dep_ == "acl" or prev.lower_ in ("for", "of")) and n.dep_ == "dobj" \
            and n.head.lemma_.lower() in WORDS.dismiss and _lemma(n.head) not in WORDS.neg_gov:
        # "rejected a plan to send troops"; but "rejected calls to halt the offensive": it
        # goes on ("denied plans to attack" is the denial's, a negative verb, below)
        r.neg = r.gov_neg = not r.gov_neg
    if _held_short(n, prev, lemma):
        r.neg = True
    if prev.dep_ == "pcomp" and (
            n.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in n.children)
            or n.lower_ == "against" and _lemma(n.head) in WORDS.decided_against):
        r.neg = True  # "instead of striking Iran", "rather than invading", "decided against expelling"


def _negative_governor(r: _Reading, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """"failed to", "prevented", "held back from": the act below did not happen, unless the
    governor is itself negated or follows another negative governor."""
    if not (arg and (lemma in WORDS.neg_gov or _held_back(n, prev))):
        return
    if r.own_neg:
        # "did not halt the offensive", "will not end the strike": it goes on;
        # "could not stop the attack" is a past inability: the attack came
        r.own_neg = r.own_fut = False
        r.own_hypo = r.own_hypo and not any(c.dep_ == "aux" and c.lower_ == "could" for c in n.children)
        r.hypo = r.hypo or lemma in WORDS.open_if_neg
    elif r.gov_neg:
        # "failed to prevent the bombing", "refused to stop shelling": two
        # negative verbs cancel, the act happened or goes on (not "ended the talks
        # without a deal": an adjunct's negation stands)
        if pdep in ("xcomp", "ccomp", "dobj", "pcomp") and prev.lower_ not in ("without", "instead"):
            r.neg = r.gov_neg = False
    else:
        r.neg = r.gov_neg = True


def _call_off(n, prev, lemma: str) -> bool:
    """"called off the talks", "the visit was put off"."""
    return lemma in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in n.children) \
        and prev.dep_ in ("dobj", "nsubjpass")


def _called_off(tok, n, prev, lemma: str) -> bool:
    """The act below was cancelled, failed, or only came close."""
    if lemma in WORDS.cancel and (prev.dep_ == "nsubjpass" or prev.dep_ == "nsubj" and lemma not in WORDS.foiled) and (
            prev.i == tok.i or _lemma(prev) in WORDS.attempts):
        return True  # "the talks were cancelled", "India's attempt to hold talks failed"
    if _came_close(n, prev):
        return True  # "came close to striking Iran"
    if lemma == "put" and prev.dep_ in ("nsubjpass", "dobj") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "hold" for g in c.children) for c in n.children):
        return True  # "the deportation was put on hold"
    return _call_off(n, prev, lemma)


def _dismissed_claim(n, prev, lemma: str) -> bool:
    """"rejected claims that X attacked", "claims that X attacked were false", "reports of a
    strike turned out to be false", "the story that X rammed a boat was a hoax"."""
    if not _claim_of(n, prev, lemma):
        return False
    if n.head.lemma_.lower() in WORDS.dismiss and n.dep_ == "dobj":
        return True
    if _called_false(n):
        return True
    return _claim_judged(n) == "false"


QUOTES = {'"', "'", "“", "”", "‘", "’"}


def quoted_verdict(obj):
    """The word closing obj's phrase that is said of it, which the parser hung inside the
    phrase: an adjective ("called [the account of a raid on Zubin Potok absurd]") or a quoted
    noun ("called [the claim that troops shelled Jermuk 'pure fiction']"); or None."""
    last = obj.right_edge
    while last.i > obj.i and last.text in QUOTES:
        last = last.doc[last.i - 1]
    if last.i <= obj.i:
        return None
    if last.pos_ == "ADJ":
        return last  # an adjective does not end a noun phrase: it is predicated
    if last.pos_ == "NOUN" and (any(t.text in QUOTES for t in last.doc[max(obj.i + 1, last.i - 3):last.i])
                                or last.lower_ in WORDS.untrue):
        return last  # (a verdict needs no quotes: "called the US ban on Huawei nonsense")
    return None


def _called_false(n) -> bool:
    """n, a claim, is called false: "called the claim absurd", "called Seoul's claim that ...
    'a sheer fabrication'"."""
    if n.dep_ != "dobj" or n.head.lemma_.lower() not in WORDS.name_false:
        return False
    said = [c for c in n.head.children if c.dep_ in ("oprd", "acomp")]
    if (v := quoted_verdict(n)) is not None:
        said.append(v)
    return any(_lemma(c) in WORDS.untrue or c.lower_ in WORDS.untrue for c in said)


def _claim_of(n, prev, lemma: str) -> bool:
    """n is a claim noun and the act is what it claims ("claims that X attacked", "reports of
    a strike")."""
    return lemma in WORDS.claim_nouns and (
        prev.dep_ in ("acl", "ccomp", "relcl") or prev.dep_ == "prep" and prev.lower_ == "of")


def _claim_judged(n) -> str | None:
    """What the claim's own predicate says of it: "false" ("were false", "turned out to be
    false", "was a hoax", "were fabricated") or "open" ("could not be confirmed")."""
    if n.dep_ not in ("nsubj", "nsubjpass"):
        return None
    h = n.head
    if h.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in h.children):
        h = next((c for c in h.children if c.dep_ == "xcomp"), h)  # "turned out to be false"
    if any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in WORDS.untrue for c in h.children):
        return "false"
    lemma = h.lemma_.lower()
    if n.dep_ == "nsubjpass" and lemma in WORDS.disproved:
        return "false"
    if n.dep_ == "nsubjpass" and lemma in WORDS.proved and any(c.dep_ == "neg" for c in h.children):
        return "open"
    if n.dep_ == "nsubjpass" and lemma in WORDS.disputed:
        return "open"  # "was disputed by UN experts"
    return None


def _held_short(n, prev, lemma: str) -> bool:
    """Kept from the act or short of it: "kept the rebels from attacking", "stopped short of
    imposing sanctions", "has yet to impose sanctions"."""
    if lemma in _HELD_FROM and lemma not in WORDS.talked_out and prev.dep_ == "prep" and prev.lower_ == "from":
        return True  # "kept the rebels from attacking", "barred the party from holding rallies"
    if n.lower_ == "short" and n.head.lemma_ in ("stop", "fall") and prev.lower_ == "of":
        return True  # "stopped short of imposing sanctions"
    return lemma in ("have", "be") and prev.dep_ == "xcomp" and any(c.lower_ == "yet" for c in n.children)


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


def content_clause(clause) -> bool:
    """"the demand that Kyiv withdraw", "a call to release": a clause giving a noun's
    content, not a relative clause about it ("the demand that Kyiv rejected")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to"
               for c in clause.children if c.i < clause.i)


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


# --- after the clause is read -------------------------------------------------------------

def _close_clause(r: _Reading, n, neg_below: bool) -> None:
    """The clause's own marks count from here up."""
    if r.own_neg:
        r.neg, r.gov_neg = True, False
    if r.withstood:
        # "could not repel the attack", "failed to fight off": the attack came
        r.neg = neg_below
        r.own_hypo = r.own_hypo and not (r.own_neg and any(c.lower_ == "could" for c in n.children))
    r.fut = r.fut or r.own_fut
    r.hypo = r.hypo or r.own_hypo


def _read_form(r: _Reading, tok, n) -> None:
    """Conditions and futures told by the clause's form: "Had Russia attacked", "talks are
    due", "Blinken to meet", "is to meet", "should there be"."""
    if n.dep_ == "advcl" and _inverted_had(n):
        r.hypo = True  # "Had Russia attacked Finland, NATO would have responded"
    if n.dep_ in ("nsubj", "nsubjpass") and n.pos_ in ("NOUN", "PROPN"):
        acomp = {c.lower_ for c in n.head.children if c.dep_ in ("acomp", "oprd")}
        r.hypo = r.hypo or bool(acomp & WORDS.hypo_acomp)
        r.fut = r.fut or bool(acomp & WORDS.fut_acomp)
        if _judged_open(n.head):
            r.hypo = True  # "a strike now seems inevitable", "remains a distinct possibility"
    # "Blinken to meet ...": an infinitive whose head is not a verb — a headline future
    # (but not after an adjective: "is quick to condemn"; "eager to", "unable to" are listed)
    # (also "China to impose sanctions on Lithuania": the noun its verb plans; "Israel to
    # strike Iran soon, officials say"; "Turkey to hold talks with Syria")
    headline = n.dep_ == "ROOT" or n.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in n.children) \
        or n.dep_ in ("relcl", "acl") and n.head.pos_ == "PROPN" and n.head.dep_ == "ROOT"
    if n.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in n.children) and (
            n.i == tok.i and (n.head.pos_ not in ("VERB", "AUX", "ADJ") or headline)
            or tok.head.i == n.i and tok.dep_ == "dobj" and headline):
        r.fut = True
    if n.pos_ == "VERB" and n.dep_ == "xcomp" and n.head.lemma_ == "be" and n.lemma_ != "blame":
        if n.head.lower_ == "were" and n.head.dep_ == "advcl":
            r.hypo = True  # "Were Azerbaijan to strike again, ..."
        else:
            r.fut = True  # "is to meet", "are to resume talks"
    # "should there be another incursion": inverted conditional
    if any(c.lower_ == "should" and c.i < n.i and c.dep_ == "aux" and
           any(x.dep_ == "expl" for x in n.children) for c in n.children):
        r.hypo = True


def _judged_open(verb) -> bool:
    """A present judgement that the subject act may yet come: "now seems inevitable", "remains
    a real possibility" (not "was inevitable", "was certain to inflame tensions")."""
    if verb.lemma_.lower() not in WORDS.copulas or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in WORDS.judged_acomp
               and not any(x.dep_ == "xcomp" for x in c.children)
               or c.dep_ == "attr" and _lemma(c) in WORDS.judged_attr for c in verb.children)


def _read_frame(r: _Reading, tok, top) -> None:
    """What frames the whole path: a warning of the act, a claim left unsaid, "nearly"."""
    if top.dep_ == "prep" and top.lower_ in ("of", "against", "about") and top.head.lemma_.lower() in WORDS.warn:
        r.hypo = True  # "warned of a North Korean strike"
    unsaid = _unsaid(top)
    if unsaid == "negated":
        r.neg = True  # "refused to confirm that it had supplied drones": not owned
    elif unsaid:
        r.hypo = True  # "did not say that ...": left open
    if tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in tok.children):
        r.neg = True  # "Russia nearly attacked Finland": it did not
    if top.dep_ == "ccomp" and any(c.dep_ == "advmod" and c.lower_ in WORDS.falsely for c in top.head.children):
        r.neg = True  # "falsely claimed that Armenian troops had shelled ..."


def _verdict(r: _Reading, tok, fixed: bool) -> str:
    """Negation outranks a hypothesis, which outranks the future; a fixed trigger is only
    negated, or hypothetical for "any"."""
    if fixed:
        return "negated" if r.neg else "hypothetical" if r.anyone else "actual"
    if r.neg:
        return "negated"
    if r.hypo or _question(tok):
        return "hypothetical"
    if r.fut:
        return "future"
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp",) and tok.head.lower_ in ("before",):
        return "future"
    # "Before Blinken meets Lavrov", "when the ministers meet": present tense in a
    # temporal clause speaks of what is still to come
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in WORDS.subord_future
                                         for c in tok.children):
        return "future"
    return "actual"
