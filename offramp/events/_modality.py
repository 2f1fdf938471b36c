"""Modality of an event trigger: actual, future, hypothetical or negated, from its clause path."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["modality_of", "SPEECH", "HINDER", "clause_path", "reported_conj"]

SPEECH = {"say", "tell", "charge", "argue", "claim", "add", "stress", "insist", "note", "state",
          "announce", "declare", "report", "write", "explain", "assert", "contend", "suggest",
          "acknowledge", "admit", "confirm", "continue", "reply", "respond", "tweet", "quote",
          "voice", "point", "believe", "think", "maintain", "allege", "accuse", "warn", "caution"}
_HYPO_AUX = {"could", "may", "might", "would", "can", "should", "must", "ought", "'d", "ca"}
_FUT_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_MARK = {"if", "unless", "whether", "lest"}
_HYPO_WORDS = {"possible", "potential", "potentially", "possibly", "perhaps", "maybe", "likely",
               "hypothetical", "would-be", "feared", "alleged", "allegedly", "purportedly", "supposedly",
               "probably"}
_HYPO_GOV = {"purport", "fear", "concern", "worry", "risk", "possibility", "capability", "capacity",
             "ability", "pretext", "chance", "prospect", "scenario", "option", "willing",
             "ready", "threat", "danger", "opportunity", "likelihood", "able", "intent",
             "consider", "contemplate", "hope", "try", "attempt", "seek", "speculation",
             "guise", "warn", "suspect", "unclear", "imagine", "want", "need", "should",
             "threaten", "hope", "wish", "likely", "unlikely", "rumor", "rumour", "speculation",
             "may", "might", "could", "would", "question", "whether", "if", "capable", "brace",
             "mull", "weigh", "ponder", "envisage", "explore",
             # obligations: what is required has not happened ("is required to recognise")
             "require", "oblige", "obligate", "suppose"}
_FUT_GOV = {"plan", "intend", "aim", "schedule", "prepare", "set", "due", "agree", "decide",
            "promise", "pledge", "vow", "expect", "go", "begin", "start", "proposal", "plan",
            "intention", "bid", "offer", "commit", "determine", "poised", "about", "vow",
            "expected", "scheduled", "slated", "plot", "conspire", "scheme", "gear", "eager", "keen",
            # "on the verge of signing", "on the brink of war"
            "verge", "brink", "cusp"}
_NEG_GOV = {"deny", "refute", "rule", "refuse", "fail", "avoid", "decline", "refrain",
            "without", "instead", "stop", "halt", "cancel", "postpone",
            # "suspended military cooperation with X": the cooperation ends
            "suspend", "sever", "end", "freeze", "terminate", "cut", "break", "abandon", "scrap",
            "shelve", "ditch", "hesitate", "balk", "shy", "abstain", "desist", "forgo", "forego",
            # "prevented an attack", "foiled a plot to attack": it did not happen
            "prevent", "avert", "foil", "thwart", "forestall",
            # "was unable to reach a deal", "is reluctant to criticise"
            # ("unwilling to talk" is left to the argument finder: a refusal, AGREE negated)
            "unable", "reluctant", "hesitant", "loath"}
# the event is the subject of these: "the talks were cancelled", "the visit was called off"
# "began patrols" has begun; "plans to begin patrols" has not
_INCHOATIVE = {"begin", "start", "launch"}
# "averted", "foiled": only what was averted, not the one who averted ("talks averted a war")
_FOILED = {"avert", "foil", "thwart", "prevent"}
_BINDING = {"require", "oblige", "obligate", "suppose"}  # binding only what they bind
# "prevented the junta from attacking", "kept the rebels from attacking": the one held back
# would have done it (events' argument finder), and did not (prevent/stop negate as _NEG_GOV)
HINDER = {"prevent", "stop", "bar", "ban", "keep", "block", "deter", "discourage", "prohibit",
          "restrain", "dissuade"}
_HELD_FROM = HINDER - {"prevent", "stop"}
# talked out of it, not held back: "discouraged X from attacking" leaves the attack open
_TALKED_OUT = {"discourage", "dissuade"}
_CANCEL = {"cancel", "postpone", "scrap", "shelve", "abandon", "suspend", "collapse", "fail",
           "call", "delay", "derail", "avert", "foil", "thwart", "prevent", "ditch"}
_CLAIM_NOUNS = {"claim", "allegation", "accusation", "report", "suggestion", "assertion"}
# "rejected a plan to send troops": a turned-down plan or offer is not carried out
_PLAN_NOUNS = {"plan", "proposal", "idea", "offer", "call", "request", "demand", "suggestion"}
# a negated denial leaves the act open: "did not rule out an attack"
_OPEN_IF_NEG = {"rule", "deny", "exclude"}
# "an invasion was unlikely", "talks are due next week"
_HYPO_ACOMP = {"likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable"}
_FUT_ACOMP = {"due", "imminent"}
# "talks are scheduled for Friday"
_FUT_PASSIVE = {"schedule", "plan", "expect", "set", "slate", "arrange"}
# warnings of an act are about a possible act: "warned of a strike"
_WARN = {"warn", "caution"}
_DISMISS = {"deny", "reject", "dismiss", "refute", "rebut", "debunk", "discredit"}
_FALSE = {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "fake"}
_FUT_MOD = {"planned", "upcoming", "scheduled", "proposed", "next", "forthcoming", "future",
            "coming", "expected", "looming", "prospective", "further", "another"}
_NEG_DET = {"no", "neither", "nor", "never", "without"}
_TIME_LINKS = {"after", "since", "because", "as", "while", "when", "following"}
_SHOWN = {"show", "depict", "film", "capture", "record", "see", "hear"}
_UNPROVEN = {"unverified", "unconfirmed", "alleged", "purported", "uncorroborated"}
# "the end of the truce": the act named is over or broken, not done
_UNDONE = {"end", "collapse", "breakdown", "violation", "breach", "suspension", "failure", "abandonment"}


def _planned(clause) -> bool:
    """A relative clause that puts its noun in the future ("that Tokyo plans to host"; but
    "sanctions that will take effect next week" were imposed all the same)."""
    return clause.lemma_.lower() in ("plan", "intend", "schedule", "hope", "expect", "propose") \
        and any(c.dep_ == "xcomp" for c in clause.children)


_BOUND_AUX = {"must", "will", "would", "could", "should", "may", "might", "can", "to", "shall"}


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
        and any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _BOUND_AUX or c.lower_ == "had" and _comma_and(tok))
                for c in h.children)


_PAST_LINKS = {"after", "since", "because", "as", "while", "when", "before", "following"}


def _past_time_clause(came) -> bool:
    """A past-tense clause of time or cause ("after the minister spoke"), or "after talks" in a
    sentence told in the past: it happened, whatever the clause above plans."""
    if came.dep_ == "advcl" and came.tag_ == "VBD" and any(
            m.dep_ == "mark" and m.lower_ in _PAST_LINKS for m in came.children):
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
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB":
            break
        if is_actor is not None and t.pos_ in ("NOUN", "PROPN") and is_actor(t) and not (
                t.dep_ == "dobj" and t.head.lemma_.lower() in _SHOWN):
            break  # (but "videos show troops shelling X": what is shown is the report)
        if came.dep_ == "conj" and came.pos_ == "VERB" and any(c.dep_ == "aux" for c in came.children) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "did not know who did it and has suspended its work": the not is the first verb's
        if came.dep_ in ("pcomp", "advcl", "pobj") and (came.lower_ in _TIME_LINKS or any(
                m.dep_ == "mark" and m.lower_ in _TIME_LINKS for m in came.children)) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "would not bow, a day after X severed ties": the not is the main verb's
        path.append(t)
    return path


def _lemma(n) -> str:
    """The lemma, trusting the word list over the tagger's lemmatiser ("hopes" → "hop")."""
    low = n.lower_
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-1] if low.endswith("ed") else "",
                 low[:-2] if low.endswith("ed") else "", low[:-3] if low.endswith("ing") else ""):
        if cand and (cand in _HYPO_GOV or cand in _FUT_GOV or cand in _NEG_GOV or cand in _CANCEL):
            return cand
    return n.lemma_.lower()


_ASKED = {"demand", "urge", "call", "ask", "request", "press", "push", "insist", "appeal",
          "seek", "want", "need", "propose", "suggest", "recommend", "advocate", "plead"}
_SUBORD_FUTURE = {"before", "until", "till", "once", "when", "after"}


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


# a hope or plan that is said to have failed: "India's attempt to hold talks failed"
_ATTEMPTS = {"attempt", "bid", "effort", "plan", "proposal", "push", "initiative", "hope", "offer"}
# hedges a realized act sheds: "the feared offensive began", "carried out the planned strike"
_HOPED = {"feared", "expected", "planned", "scheduled", "upcoming", "proposed", "promised", "threatened",
          "anticipated", "long-awaited", "long-planned", "long-feared", "delayed", "postponed"}
# what brings a named act about: "carried out the strike", "the offensive began"
_REALIZE_OBJ = {"carry", "conduct", "launch", "hold", "stage", "complete", "execute", "mount", "begin", "start"}
_REALIZE_SUBJ = {"begin", "start", "happen", "occur", "take", "go", "get", "come", "unfold", "open", "resume"}


def _realized(tok) -> bool:
    """A noun act a past or present verb brings about ("carried out the planned strike on
    Saturday", "the feared offensive began"): its planned/feared modifier is history. The
    verb's own negation or modal still counts, further up the path."""
    if tok.pos_ != "NOUN" or tok.head.pos_ != "VERB" or tok.head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "dobj":
        return verb in _REALIZE_OBJ
    if tok.dep_ == "nsubj":
        if verb == "take":  # "took place"
            return any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.head.children)
        if verb in ("go", "get"):  # "went ahead", "got under way"
            return any(c.lower_ in ("ahead", "under", "underway") for c in tok.head.children)
        return verb in _REALIZE_SUBJ
    return False


def _plan_object(n, prev):
    """"foiled a plot to attack", with the infinitive hung on the verb rather than on its
    object: the plan noun the infinitive belongs to, or None."""
    if prev.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children):
        return None
    for c in n.children:
        if c.dep_ == "dobj" and c.i < prev.i and _lemma(c) in _ATTEMPTS | {"plot", "scheme", "conspiracy", "threat"}:
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
    if prev.lower_ != "to":
        return False
    if n.lower_ == "close" and n.head.lemma_.lower() == "come":
        return True
    return n.lemma_.lower() == "come" and any(
        c.dep_ in ("advmod", "acomp") and c.lower_ == "close" for c in n.children)


# stopping someone's act: "must stop attacking", "called for an end to the strikes"
_CEASE = {"stop", "halt", "end", "cease"}
_OBLIGED = {"must", "should", "ought"}


def _demanded(n) -> bool:
    """A stop that is asked for, not done: what is to stop goes on ("Russia must stop
    attacking Ukraine", "urged Israel to halt strikes", "called for an end to the shelling")."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGED for c in n.children):
        return True
    h = n.head
    if n.dep_ == "pobj" and h.lower_ in ("for", "to", "on"):
        h = h.head
    return n.dep_ in ("xcomp", "ccomp", "dobj", "pobj") and h.lemma_.lower() in _ASKED


# what an act answers or is paid for has happened: "will retaliate for the Israeli strike",
# "in response to the Russian attack", "must apologise for its invasion"
_REASON_FOR = {"pay", "answer", "apologise", "apologize", "punish", "retaliate", "retaliation", "revenge",
               "reprisal", "vengeance", "avenge", "sanction", "condemn", "criticise", "criticize", "blame",
               "accountable", "responsible", "compensation", "compensate", "atone", "punishment", "retribution"}
_REASON_TO = {"respond", "response", "react", "reaction", "reply", "retaliation", "answer"}
_DEFINITE = {"the", "this", "that", "these", "those"}


def _answered(tok, n, prev) -> bool:
    """tok, a definite noun act, is what n answers or punishes: it happened, whatever the
    modality of the answer ("Iran will pay for its attack"). An indefinite one may not have
    ("would respond to an attack on Taiwan")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.i != prev.i or prev.dep_ != "prep":
        return False
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    lemma = n.lemma_.lower()
    return prev.lower_ == "for" and lemma in _REASON_FOR or prev.lower_ == "to" and lemma in _REASON_TO


# an act someone withstands has come: "failed to repel a Russian attack"
_WITHSTOOD = {"repel", "repulse", "withstand", "survive", "resist", "fend", "ward", "beat", "fight"}


def _inverted_had(n) -> bool:
    """"Had Russia attacked Finland, ...": a condition with "had" before its subject."""
    subj = next((c for c in n.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.lower_ == "had" and c.i < subj.i
                                    and c.i == n.sent.start for c in n.children)


_OWN_UP = {"confirm", "acknowledge", "admit"}


def _unsaid(top):
    """The speech verb above the clause does not vouch for it: "would not confirm that its
    jets struck", "refused to confirm", "did not say that ..." ('negated' for a confirmation
    withheld, as the coding rules list "refused to confirm"; True for other unsaid claims;
    None when it is said)."""
    if top.dep_ != "ccomp" or top.head.pos_ != "VERB":
        return None
    say = top.head
    verb = say.lemma_.lower()
    if verb not in SPEECH or any(t.text == ";" for t in top.doc[min(say.i, top.i):max(say.i, top.i)]):
        return None  # (not "X accused Y; Y has not responded": two sentences)
    withheld = any(c.dep_ == "neg" or c.lower_ in ("never", "neither") for c in say.children) or (
        say.dep_ == "xcomp" and _lemma(say.head) in _NEG_GOV and not any(c.dep_ == "neg" for c in say.head.children))
    if not withheld:
        return None
    if verb in _OWN_UP and not any(c.dep_ == "conj" and c.lemma_.lower() in _DISMISS for c in say.children):
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
    r = _Reading(hypo=_unproven_source(top))
    _read_path(r, tok, path)
    _read_frame(r, tok, top)
    return _verdict(r, tok, fixed)


def _unproven_source(top) -> bool:
    """"unconfirmed reports said X had shelled Y": the source itself is unproven."""
    return top.dep_ == "ccomp" and any(c.dep_ == "nsubj" and any(x.lower_ in _UNPROVEN for x in c.children)
                                       for c in top.head.children)


def _read_path(r: _Reading, tok, path) -> None:
    """Read the clauses from the trigger up, until one settles the act."""
    top = path[-1]
    # "announced it would send aid": a reported "would" is the speaker's future
    reported = top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in SPEECH \
        and top.head.lemma_.lower() not in _WARN
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
    if prev is not None and prev.i == tok.i and prev.dep_ == "dobj" and lemma in _WITHSTOOD:
        r.withstood = True  # "failed to repel the attack"
    r.own_neg = _nor_joined(n) or _own_negation(tok, n)
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

def _nor_joined(n) -> bool:
    """"neither confirmed nor denied that ...": the second verb is negated too."""
    return n.dep_ == "conj" and n.pos_ == "VERB" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in n.head.children)


def _own_negation(tok, n) -> bool:
    """n is negated by a word of its own: "not", "no", "never", a "neither ... nor" subject,
    "fired no shots", "the collapse of the truce"."""
    children = list(n.children)
    # (kept as it was when read per child: a bare noun is not, "violation of ceasefire")
    if children and n.i == tok.i and n.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "of" \
            and n.head.head.lemma_.lower() in _UNDONE:
        return True  # "the collapse of the truce", "a violation of the ceasefire"
    for c in children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and low in _NEG_DET) or low in ("never",):
            return True
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
        if low in _FUT_AUX or c.lemma_ in _FUT_AUX:
            fut = True
        elif low == "would" and reported and (n.i == top.i or n.dep_ == "conj" and n.head.i == top.i) and (
                prev is None or prev.dep_ not in ("nsubj", "nsubjpass")) and not any(
                x.dep_ == "aux" and x.lemma_ == "have" for x in n.children):
            fut = True
        elif low in _HYPO_AUX:
            hypo = True
    return fut, hypo


_CONDITIONS = {"condition", "precondition", "proviso", "prerequisite"}
_MET = {"meet", "fulfil", "fulfill", "satisfy", "honour", "honor"}


def _hedges(tok, n, hedged: bool) -> bool:
    """n is hedged or conditioned: "if", "possible", "unverified videos", "any judge who",
    "will impose sanctions unless ..."."""
    children = list(n.children)
    if n.dep_ in ("acl", "ccomp") and n.head.lemma_.lower() in _CONDITIONS and \
            n.head.head.lemma_.lower() not in _MET:
        return True  # "released them on condition that Ukraine frees its soldiers", not "met the condition"
    if children and n.dep_ == "relcl" and n.head.pos_ == "NOUN" and any(
            x.dep_ == "det" and x.lower_ in ("any", "every") for x in n.head.children):
        return True  # "any judge who acquits them": whoever might
    for c in children:
        low = c.lower_
        if c.dep_ == "mark" and low in _HYPO_MARK:
            return True
        if c.dep_ in ("amod", "advmod") and low in _HYPO_WORDS and not (hedged and low in _HOPED):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ in _UNPROVEN for x in c.children):
            return True  # "unverified videos purported to show ...", "unconfirmed reports said"
    # a condition on a present-tense verbal act ("expects a reply if talks are to go on")
    # conditions its content, not the act; a modal consequence is conditional
    return _conditional(n) and (n.i != tok.i or any(
        c.dep_ == "aux" and c.lower_ in _FUT_AUX | _HYPO_AUX for c in n.children))


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
        if c.dep_ in ("amod", "compound") and c.lower_ in _FUT_MOD and not hedged:
            return True
        if n.pos_ == "NOUN" and c.dep_ == "relcl" and _planned(c):
            return True  # "a meeting that Tokyo plans to host", "talks which will open"
        if n.pos_ == "NOUN" and c.dep_ == "npadvmod" and any(x.lower_ in _FUT_MOD for x in c.children):
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
        r.hypo = r.hypo or _lemma(plan) in _HYPO_GOV
        r.fut = r.fut or _lemma(plan) in _FUT_GOV
    arg = pdep in ("dobj", "xcomp", "pobj", "ccomp", "acl", "prep", "pcomp") or (
        # "ruled out sending troops", with "sending" misparsed as an adverbial clause
        pdep == "advcl" and prev.tag_ == "VBG"
        and any(c.dep_ == "prt" and c.i == prev.i - 1 for c in n.children))
    if _answered(tok, n, prev):
        return False  # "Iran vowed to retaliate for the Israeli strike": the strike came
    if arg and lemma in _CEASE and not r.neg and _demanded(n):
        return False  # "Russia must stop attacking Ukraine": the attacks go on
    # (negation first: the governor's own "not" is cleared there before it counts)
    _negation_from_above(r, tok, n, prev, pdep, lemma, arg)
    if _hypothetical_from_above(n, prev, pdep, lemma):
        r.hypo = True
    if lemma == "have" and pdep == "xcomp" and (n.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in _HYPO_AUX | _FUT_AUX for c in n.children)):
        r.own_hypo = True  # "Ukraine has to hold talks": an obligation (but "had to withdraw" did)
    if _future_from_above(tok, n, prev, pdep, lemma):
        r.fut = True
    return True


def _negation_from_above(r: _Reading, tok, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """Negating governors, cancellations, dismissed claims, rejected plans. In this order:
    a rejected plan flips what the ones before it decided."""
    _negative_governor(r, n, prev, pdep, lemma, arg)
    if _called_off(tok, n, prev, lemma) or _dismissed_claim(n, prev, lemma):
        r.neg = True
    if lemma in _PLAN_NOUNS and (prev.dep_ == "acl" or prev.lower_ in ("for", "of")) and n.dep_ == "dobj" \
            and n.head.lemma_.lower() in _DISMISS and _lemma(n.head) not in _NEG_GOV:
        # "rejected a plan to send troops"; but "rejected calls to halt the offensive": it
        # goes on ("denied plans to attack" is the denial's, a negative verb, below)
        r.neg = r.gov_neg = not r.gov_neg
    if _held_short(n, prev, lemma):
        r.neg = True


def _negative_governor(r: _Reading, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """"failed to", "prevented", "held back from": the act below did not happen, unless the
    governor is itself negated or follows another negative governor."""
    if not (arg and (lemma in _NEG_GOV or _held_back(n, prev))):
        return
    if r.own_neg:
        # "did not halt the offensive", "will not end the strike": it goes on;
        # "could not stop the attack" is a past inability: the attack came
        r.own_neg = r.own_fut = False
        r.own_hypo = r.own_hypo and not any(c.dep_ == "aux" and c.lower_ == "could" for c in n.children)
        r.hypo = r.hypo or lemma in _OPEN_IF_NEG
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
    if lemma in _CANCEL and (prev.dep_ == "nsubjpass" or prev.dep_ == "nsubj" and lemma not in _FOILED) and (
            prev.i == tok.i or _lemma(prev) in _ATTEMPTS):
        return True  # "the talks were cancelled", "India's attempt to hold talks failed"
    if _came_close(n, prev):
        return True  # "came close to striking Iran"
    return _call_off(n, prev, lemma)


def _dismissed_claim(n, prev, lemma: str) -> bool:
    """"rejected claims that X attacked", "claims that X attacked were false"."""
    if lemma not in _CLAIM_NOUNS or prev.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if n.head.lemma_.lower() in _DISMISS and n.dep_ == "dobj":
        return True
    return n.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "acomp" and c.lower_ in _FALSE for c in n.head.children)


def _held_short(n, prev, lemma: str) -> bool:
    """Kept from the act or short of it: "kept the rebels from attacking", "stopped short of
    imposing sanctions", "has yet to impose sanctions"."""
    if lemma in _HELD_FROM and lemma not in _TALKED_OUT and prev.dep_ == "prep" and prev.lower_ == "from":
        return True  # "kept the rebels from attacking", "barred the party from holding rallies"
    if n.lower_ == "short" and n.head.lemma_ in ("stop", "fall") and prev.lower_ == "of":
        return True  # "stopped short of imposing sanctions"
    return lemma in ("have", "be") and prev.dep_ == "xcomp" and any(c.lower_ == "yet" for c in n.children)


def _hypothetical_from_above(n, prev, pdep: str, lemma: str) -> bool:
    """n makes the act below a possibility: feared, asked for, hoped, talked out of."""
    if pdep == "prep" and prev.lower_ in ("of", "over", "about") and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and _lemma(c) in _HYPO_GOV for c in n.children):
        return True  # "Fears grew of a Serbian attack": the fear's, moved to the end
    if lemma in _ASKED and not _call_off(n, prev, lemma) and (
            prev.dep_ in ("dobj", "xcomp", "ccomp")
            or prev.dep_ == "prep" and prev.lower_ in ("for", "on")
            or prev.dep_ == "advcl" and any(  # "called on X to grant"
                c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)):
        return True  # "demanded the release of", "called for a ceasefire": not yet
    if lemma in _HYPO_GOV and not (lemma in _BINDING and pdep not in ("xcomp", "ccomp")):
        return True  # (but "the raid required troops": the raid is not what is required)
    return lemma in _TALKED_OUT and prev.dep_ == "prep" and prev.lower_ == "from"


def _future_from_above(tok, n, prev, pdep: str, lemma: str) -> bool:
    """n puts the act below in the future: planned, scheduled, on the verge of, ahead of."""
    if lemma in ("verge", "brink", "cusp") and prev.lower_ == "of":
        return True  # "on the verge of signing a deal"
    # ("gearing up to attack", with the infinitive parsed as an adverbial clause)
    infinitive = pdep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
    if lemma in _FUT_GOV and (pdep in ("xcomp", "ccomp", "acl", "dobj") or infinitive
                              or prev.dep_ == "prep" and prev.lower_ in ("for", "to")) and not (
            lemma in _INCHOATIVE and n.tag_ in ("VBD", "VBN") and prev.dep_ == "dobj"
            or lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in n.children)):
        return True  # but "began joint patrols", "started talks", "set off protests": under way
    if (lemma in _FUT_PASSIVE or n.lemma_.lower() in _FUT_PASSIVE) and prev.dep_ == "nsubjpass" and prev.i == tok.i:
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
        acomp = {c.lower_ for c in n.head.children if c.dep_ == "acomp"}
        r.hypo = r.hypo or bool(acomp & _HYPO_ACOMP)
        r.fut = r.fut or bool(acomp & _FUT_ACOMP)
    # "Blinken to meet ...": an infinitive whose head is not a verb — a headline future
    # (but not after an adjective: "is quick to condemn"; "eager to", "unable to" are listed)
    if n.i == tok.i and n.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in n.children) \
            and (n.head.pos_ not in ("VERB", "AUX", "ADJ") or n.dep_ == "ROOT"):
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


def _read_frame(r: _Reading, tok, top) -> None:
    """What frames the whole path: a warning of the act, a claim left unsaid, "nearly"."""
    if top.dep_ == "prep" and top.lower_ in ("of", "against", "about") and top.head.lemma_.lower() in _WARN:
        r.hypo = True  # "warned of a North Korean strike"
    unsaid = _unsaid(top)
    if unsaid == "negated":
        r.neg = True  # "refused to confirm that it had supplied drones": not owned
    elif unsaid:
        r.hypo = True  # "did not say that ...": left open
    if tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in tok.children):
        r.neg = True  # "Russia nearly attacked Finland": it did not


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
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in _SUBORD_FUTURE
                                         for c in tok.children):
        return "future"
    return "actual"
