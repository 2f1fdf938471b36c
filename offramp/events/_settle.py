"""What the candidates of one sentence make together: a threat made by a conditional ("will
respond if X advances"), and what is asked, alleged, promised or decided folded into the
request, accusation, promise or measure that codes it, so that one act is not coded twice."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of, inner_actors, is_state
from ._lexicon import lexicon
from ._parties import _reporting_verb, _same_side, _speaker, _subject
from ._targets import _earlier_doer
from ._trigger import Candidate, _idiom, _lookup
from ._words import words

WORDS = words("arguments")


_FOLDING = {"REQUEST", "ACCUSE"}


def _fold_contents(cands: list[Candidate]) -> None:
    """"Urged both sides to settle their differences", "accused Baku of trying to seize
    land": what is asked for or alleged, and not done, is the content of the request or
    accusation, which codes it; it is not an event of its own."""
    heads = {c.tok.i: c.entry.type for c in cands if not c.dropped and c.entry.type in _FOLDING and c.source}
    _fold_threatened(cands)
    for c in cands:
        if c.dropped or c.modality != "hypothetical" or c.tok.i in heads:
            continue
        t = c.tok
        while t.head.i != t.i and t.dep_ in _INSIDE:
            if t.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in t.children):
                break  # "asked whether Russia would invade": a question, not a request
            came, t = t, t.head
            if t.i in heads:
                if heads[t.i] == "REQUEST" or came.dep_ in ("prep", "pcomp") or came.lower_ in ("of", "for"):
                    # (an accusation folds "of trying to seize"; a claim "that X would have
                    # invaded" stays: its content is what is claimed)
                    c.dropped = "the content of a request or accusation, coded by it"
                break


_INSIDE = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "acl", "advcl", "compound"}
_MEASURES = {"SANCTION", "REJECT"}  # and bans; a decided arrest or deployment is still to come


def _left_partner(cands: list[Candidate]) -> None:
    """"Walked out of the talks with Israel", "pulled out of the deal with Iran": leaving a
    tie is aimed at the partner in it, whom the parser hangs on the noun."""
    for c in cands:
        if c.dropped or c.target or c.entry.pos != "V" or c.entry.type not in ("SANCTION", "REJECT"):
            continue
        mine = {a.country for a in c.source if a.country}
        for n in cands:
            if n is c or n.entry.type not in ("CONSULT", "AGREE", "COOPERATE") or not n.target:
                continue
            t, hops = n.tok, 0
            while t.head.i != t.i and t.dep_ in ("pobj", "prep") and hops < 4:
                t, hops = t.head, hops + 1
            if t.i == c.tok.i and hops >= 2:
                c.target = [a for a in n.target if a.country not in mine] or c.target
                c.partial = not c.target
                break


def _one_promise(cands: list[Candidate]) -> None:
    """"Offering further military support to Lebanon": the offer and what is offered are
    one promise, made now (the verb's AGREE, actual), aimed at whom the thing is for."""
    for c in cands:
        if c.dropped or c.entry.type != "AGREE" or c.entry.pos != "V" or "+" in c.entry.word:
            continue  # (a promise verb itself: not "will provide", made a promise by the future)
        for n in cands:
            if n is c or n.dropped or n.entry.type != "AGREE" or not n.entry.word.endswith("+promise") \
                    or n.tok.dep_ != "dobj" or n.tok.head.i != c.tok.i:
                continue
            if not any(a.country for a in c.target) and (any(a.country for a in n.target) or not c.target):
                c.target = list(n.target)  # ("military" is a kind of support, not its recipient)
            n.dropped = "what is promised, coded as the promise"


def _decided_measures(cands: list[Candidate]) -> None:
    """"EU ministers agreed to widen sanctions on Belarus", "the cabinet approved removing
    Seoul from its white list": a side deciding a measure of its own against another takes
    it (the measure, actual); it agrees with no one. Not an agreement between parties
    ("agreed with Kyiv to ...", "Russia and Ukraine agreed to ...")."""
    for c in cands:
        if c.dropped and c.dropped != "no source actor" or c.modality not in ("future", "actual") or not (
                c.entry.type in _MEASURES or c.entry.type == "COERCE" and c.entry.mode == "restrict"):
            continue
        t, path = c.tok, []
        while t.head.i != t.i and t.dep_ in ("xcomp", "dobj", "pcomp", "pobj", "prep", "ccomp", "conj") \
                and len(path) < 4:
            path.append(t.dep_)
            t = t.head
            if t.lemma_.lower() in WORDS.deciding:
                break
            if t.pos_ == "VERB" and (t.lemma_.lower() in ("lift", "review", "ease", "reconsider", "drop", "end")
                                     or (x := _lookup(t)) is not None and x.type in _SOFT):
                break  # "agreed to lift its veto", "to review its sanctions": not the measure
        if t.lemma_.lower() not in WORDS.deciding or not (set(path) & {"xcomp", "dobj", "pcomp", "ccomp"}):
            continue
        if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in t.children):
            continue
        if t.tag_ not in ("VBD", "VBN") or any(a.dep_ == "aux" and a.lower_ not in ("has", "have", "had")
                                                 for a in t.children):
            continue  # "will decide to ...", "could agree to ...": nothing is decided yet
        if any(x.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in x.children)
               for y in (t, c.tok, c.tok.head) for x in y.children):
            continue  # "decided to suspend Mali unless the junta held elections": a threat
        deciders = [d for d in cands if not d.dropped and d.tok.i == t.i and d.entry.type in ("AGREE", "SUPPORT")]
        sides = {a.country for d in deciders for a in d.source if a.country}
        if len(sides) > 1 or c.source and sides - {a.country for a in c.source if a.country}:
            continue
        if c.dropped:  # "agreed to widen sanctions on Belarus": the noun's doer is the decider
            if not deciders or not deciders[0].source:
                continue
            c.source, c.dropped = list(deciders[0].source), None
            c.target = [a for a in c.target if a.country not in sides] or [
                a for a in deciders[0].target if a.country not in sides]
            if not c.target:
                c.dropped = "no target actor"
                continue
        for d in deciders:
            d.dropped = "a side's decision on its own measure, coded as the measure"
        c.modality = "actual"


_HARMS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def _fold_threatened(cands: list[Candidate]) -> None:
    """Codebook 4.2 and 4.6: "vowed to strike", "would cut power to their towns if ..." is
    the threat, made now; the harm a side promises is not a future or hypothetical act of
    its own beside it. A third party's forecast ("warned the RSF could attack") stays."""
    threats = {c.tok.i: c.source for c in cands
               if not c.dropped and c.entry.type == "THREATEN" and c.source and c.target}
    for c in cands:
        if c.dropped or c.entry.type not in _HARMS or c.modality not in ("hypothetical", "future"):
            continue
        mine = [a for a in c.source if a.country]
        t, came = c.tok, None
        while True:
            if t.i in threats and mine and all(any(_same_side(a, b) for b in threats[t.i]) for a in mine) \
                    and (came is None or came.dep_ in ("xcomp", "ccomp", "advcl", "conj", "dobj")):
                c.dropped = "the harm a side promises, coded as its threat"
                break
            if t.head.i == t.i or t.dep_ not in _INSIDE:
                break
            came, t = t, t.head


_SOFT = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}


def _cooperative(cond) -> bool:
    """The condition is a concession or deal by the other side ("if Russia agreed to a
    corridor", "if Hamas released the hostages"), not an affront."""
    e = _lookup(cond) or _idiom(cond)
    return e is not None and e.type in _SOFT and not any(c.dep_ == "neg" for c in cond.children)


def _treated_as(act) -> bool:
    """"will treat the convoy as a legitimate target", "regard them as invaders"."""
    return act.lemma_.lower() in ("treat", "regard", "consider") and any(
        p.lower_ == "as" and any(o.lemma_.lower() in WORDS.as_foe for o in p.subtree)
        for p in act.children if p.dep_ == "prep")


def _harm_promised(act, strict=False) -> bool:
    """What a conditional promises is harm: "we will respond / retaliate", "take all
    necessary measures", "cut power to", "defend our sovereignty", "will not stand idle",
    "will be treated as invaders". A bare promise ("would attend the talks", "defend its
    decision in court") is not. strict: only a named act of force or punishment."""
    low = act.lemma_.lower()
    objs = [c for c in act.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    if strict:
        e = _lookup(act)
        return e is not None and e.pos in ("V", "VO") and e.type in ("ASSAULT", "COERCE", "SANCTION") \
            or any(o.lemma_.lower() in WORDS.harm_nouns for o in objs)
    if low in WORDS.harm_verbs or low in WORDS.defend and any(o.lemma_.lower() in WORDS.defended or o.lower_ in WORDS.self for o in objs) or any(
            o.lemma_.lower() in WORDS.harm_nouns or o.lower_ in WORDS.harm_nouns for o in objs):
        return True
    if any(p.dep_ == "prep" and p.lower_ == "by" and any(g.lower_ == "force" for g in p.children)
           for p in act.children):
        return True  # "would remove Jammeh by force"
    if low == "stand" and any(c.dep_ == "neg" for c in act.children):
        return True  # "would not stand idle", "will not stand by"
    if _treated_as(act):
        return True
    if any((x := _lookup(o)) is not None and x.type in ("ASSAULT", "COERCE", "SANCTION") for o in objs):
        return True  # "would order further strikes"
    e = _lookup(act)
    return e is not None and e.pos in ("V", "VO") and e.type in ("ASSAULT", "COERCE", "SANCTION", "THREATEN")


def _unowned_forces(t) -> bool:
    """"the army", "the troops": forces no one is named for."""
    return (t.lower_ in WORDS.forces or t.lemma_.lower() in WORDS.armies) and not any(
        c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _forecast(doc, k, main, speaker, doers) -> bool:
    """What a side would do, told by someone not of that side: a state's officials about
    another state, or analysts, diplomats and reports about anyone."""
    if speaker is not None and speaker.country:
        return not any(_same_side(a, speaker) for a in doers)
    say = _reporting_verb(main)
    who = _subject(say) if say is not None else None
    return who is not None and who.lemma_.lower() in WORDS.third_party


def _conditional_threats(doc, k, sent, earlier=()) -> list[Candidate]:

    out = []
    for v in sent:
        if v.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should")
                                        for m in v.children):
            continue
        main = v.head
        if main.sent.text.rstrip().endswith("?"):
            continue  # "Was Russia ready to attack if Ukraine joined NATO?": a question
        modal = next((a.lower_ for m in (main, main.head if main.dep_ == "conj" else main) for a in m.children
                      if a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll", "wo", "could",
                                                          "may", "might")), None)  # ("would resume and remove")
        if modal is None and main.dep_ == "xcomp" and main.head.lower_ in ("ready", "prepared"):
            modal = "will"  # "was ready to order further action if the attacks continued"
        if modal is None:
            continue
        act = main
        if main.lemma_.lower() in WORDS.compelled:
            # "we will be forced to take every measure", "we would have to respond"
            act = next((c for c in main.children if c.dep_ == "xcomp"), main)
        if not _harm_promised(act):
            continue
        if _cooperative(v):
            continue  # "would protect civilians if Hamas released the hostages": an offer
        cond_subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        main_subj = _subject(main)
        speaker = _speaker(doc, k, main)
        doers = actors_of(doc, k, main_subj) if main_subj is not None else []
        foreign_if = speaker is not None and any(
            is_state(a.country) and a.country != speaker.country
            for x in [cond_subj, *(o for o in act.children if o.dep_ == "dobj")] if x is not None
            for a in inner_actors(doc, k, x))  # the condition's doer or the one harmed is another state
        if speaker is not None and speaker.country and doers and not any(a.country for a in doers) \
                and _unowned_forces(main_subj) and foreign_if:
            # "the news agency warned that the army would strike again": the teller's army
            doers = [replace(a, country=speaker.country) for a in doers]
        if doers and main_subj.dep_ != "nsubjpass" and main_subj.lower_ not in WORDS.first_person \
                and main.lemma_.lower() not in WORDS.undergo | {"have"} and _forecast(doc, k, main, speaker, doers):
            continue  # "US officials said Russia would strike if ...": a forecast of another's act
        if modal in ("could", "may", "might") and not (speaker and doers and all(
                _same_side(a, speaker) for a in doers) and _harm_promised(act, strict=True)):
            continue  # "could erupt if ...": a forecast, unless a side says what it could do
        passive = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and act is not main:
            main_subj, passive = passive, None  # the compelled one acts
        if passive is not None and not any(c.dep_ == "agent" for c in main.children):
            main_subj = passive  # "they would be shot down if they did so again": they are warned
        if act is main and main.lemma_.lower() in WORDS.undergo | {"have"} or main_subj is passive is not None:
            # "India will receive a befitting reply", "it will have war": the subject is warned
            source = [speaker] if speaker else []
            if main_subj is not None and main_subj.lower_ in ("it", "they") and cond_subj is not None:
                main_subj = cond_subj  # "if the state insists on war, it will have war"
            target = actors_of(doc, k, main_subj) if main_subj is not None else []
        else:
            source = actors_of(doc, k, main_subj) if main_subj is not None else []
            if speaker is not None and speaker.country and source and not any(a.country for a in source) \
                    and _unowned_forces(main_subj) and foreign_if:
                # (not "a US general said the army would storm Mosul if the militants refused")
                source = [replace(a, country=speaker.country) for a in source]
            if not source and speaker:
                source = [speaker]
            target = actors_of(doc, k, cond_subj) if cond_subj is not None else []
            if cond_subj is not None and not target and cond_subj.pos_ != "PRON":
                target = [a for a in inner_actors(doc, k, cond_subj) if a.country]  # "if Armenian units advanced"
            foe = next((o for o in act.children if o.dep_ == "dobj"), None) if _treated_as(act) else None
            if foe is not None:  # "will treat any Belarusian convoy as a target": the convoy's side
                target = [a for a in inner_actors(doc, k, foe) if a.country] or target
        if source and not target and cond_subj is not None and _lookup(cond_subj) is not None:
            # "if the attacks continue", "if attacks from Afghan soil continue"
            target = _earlier_doer(earlier, cond_subj, source) or [
                a for a in inner_actors(doc, k, cond_subj) if a.country][:1]
        own = {a.country for a in source if a.country}
        if source and not target and (cond_subj is None or not inner_actors(doc, k, cond_subj)):
            # "could cut power to Cambodian towns if provocations continue": whom the act hits
            # (not "would attack Moldova if it could": a disposition, no one's act is its condition)
            hit = next((c for c in earlier if c.k == k and not c.dropped and (c.tok.i == act.i or (
                c.tok.dep_ == "dobj" and c.tok.head.i == act.i))), None)  # ("would order strikes on X")
            target = [a for a in (hit.target if hit else []) if a.country and a.country not in own] or target
        target = [a for a in target if not a.country or a.country not in own]
        if source and not target and cond_subj is not None and cond_subj.lower_ in ("he", "she"):
            # "would remove Jammeh by force if he had not agreed to leave": he is the one harmed
            target = [a for o in act.children if o.dep_ == "dobj" for a in actors_of(doc, k, o)
                      if a.country and a.country not in own]
        if not source or not target:
            continue
        entry = replace(lexicon()[("threaten", "V")], word="if+" + main.lemma_.lower(), flags=frozenset())
        out.append(Candidate(k=k, tok=main, entry=entry, source=source, target=target,
                             attributed_to=speaker,
                             stateless=not any(a.country for a in source + target)))
    return out
