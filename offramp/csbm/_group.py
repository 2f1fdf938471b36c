"""Join the mentions of an article into activities, with their numbers, claims, dates and places."""
from __future__ import annotations

from dataclasses import dataclass, field

from ._claims import doer, find_statuses, is_rule_statement, label, speaker
from ._data import cues
from ._extract import Mention, find_mentions, is_generic
from ._numbers import Count, find_counts
from ._when import activity_dates, duration_hours, notice_days, notification_date
from ._where import host_of, listed_names, sentence_host, sites, towns

__all__ = ["Activity", "group_activities"]


@dataclass
class Activity:
    """An activity as read from the whole article; `assess` turns it into findings."""

    mentions: list[Mention] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    host: str | None = None
    names: list[str] = field(default_factory=list)
    counts: list[tuple[Count, str]] = field(default_factory=list)      # (count, claimant)
    statuses: list[dict] = field(default_factory=list)
    dates: dict[str, tuple] = field(default_factory=dict)               # family -> (start, end)
    notified_on: str | None = None
    notice_days: int | None = None
    hours: int | None = None
    places: list[dict] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    last_sites: int = -1

    @property
    def family(self) -> str:
        fams = {m.family for m in self.mentions}
        return next(f for f in ("exercise", "deployment", "concentration") if f in fams)

    @property
    def snap(self) -> bool:
        return any(m.snap for m in self.mentions)

    @property
    def joint(self) -> bool:
        foreign = [a for a in self.actors if a != self.host]
        return any(m.joint for m in self.mentions) or (bool(foreign) and self.host in self.actors)

    def states(self) -> set[str]:
        return set(self.actors) | ({self.host} if self.host else set())


def _fits(g: "_Group", a: Activity, same_sentence: bool) -> bool:
    """Whether a sentence's mention group can be the same activity as a.

    g: the group; a: an activity read so far; same_sentence: both in one sentence, where a
    deployment "for joint exercises" is the exercise even without a shared host.
    """
    if g.name and a.names and g.name not in a.names:
        return False
    if g.host and a.host and g.host != a.host:
        return False
    if g.actors and a.states() and not (set(g.actors) & a.states()):
        return False
    fams = {m.family for m in g.mentions} | {m.family for m in a.mentions}
    if len(fams) == 1:
        return True
    same_host = bool(g.host and a.host == g.host)
    if "concentration" in fams:
        return same_host
    return same_host or same_sentence or (not g.host and bool(a.host))


@dataclass
class _Group:
    """Mentions of one sentence taken as one activity, before it meets the article's others."""

    mentions: list[Mention]
    actors: list[str]
    host: str | None
    name: str | None
    anaphoric: bool      # names no state, place or name of its own
    definite: bool       # "the exercises": points back to one named before
    announcer: list[str] = field(default_factory=list)


def _sentence_groups(doc, k: int, sent, mentions: list[Mention]) -> list[_Group]:
    """The mentions of one sentence joined where they can be one activity, each with its host."""
    groups: list[_Group] = []
    fallback = sentence_host(doc, k, sent)
    for m in mentions:
        host, owned = host_of(doc, k, m.attach)
        if owned and len(m.actors) == 1:
            host = m.actors[0]
        host = host or fallback
        g = _Group([m], list(m.actors), host, m.name,
                   not m.actors and not host and not m.name, m.definite, list(m.announcer))
        for other in groups:
            tmp = Activity(list(other.mentions), other.actors, other.host,
                           [other.name] if other.name else [])
            if _fits(g, tmp, True):
                other.mentions.append(m)
                other.actors += [a for a in m.actors if a not in other.actors]
                other.host = other.host or host
                other.name = other.name or m.name
                other.anaphoric = other.anaphoric and g.anaphoric
                other.definite = other.definite or g.definite
                other.announcer += [x for x in g.announcer if x not in other.announcer]
                break
        else:
            groups.append(g)
    return groups


def _target(acts: list[Activity], g: _Group | None) -> Activity | None:
    """The latest activity an anaphoric group or a stray number or claim belongs to."""
    if not acts:
        return None
    if g is not None and "exercise" in {m.family for m in g.mentions}:
        for a in reversed(acts):
            if a.family == "exercise":
                return a
    return max(acts, key=lambda a: a.sentences[-1])


def _claimant(doc, k: int, tok, skip=frozenset()) -> str:
    found = speaker(doc, k, tok, skip)
    names = []
    for a in found:
        if label(a) not in names:
            names.append(label(a))
    return ", ".join(names) if names else label(None)


def _rule_quote(k: int, sent, counts: list[Count]) -> dict:
    return {"sentence": k, "text": sent.text,
            "levels": [{"what": c.what, "value": c.value, "qualifier": c.qualifier} for c in counts],
            "notice_days": notice_days(sent)}


def _add(a: Activity, doc, k: int, sent, g: _Group | None, counts, statuses, pub) -> None:
    if k not in a.sentences:
        a.sentences.append(k)
    if g is not None:
        a.mentions += g.mentions
        a.actors += [x for x in g.actors if x not in a.actors]
        a.host = a.host or g.host
        if g.name and g.name not in a.names:
            a.names.append(g.name)
        for m in g.mentions:
            start, end = activity_dates(sent, {t.i for t in m.attach}, pub, m.tense)
            old = a.dates.get(m.family, (None, None))
            a.dates[m.family] = (old[0] or start, old[1] or end)
        a.hours = a.hours or duration_hours(sent)
    for c in counts:
        a.counts.append((c, _claimant(doc, k, sent.doc[c.tok])))
    for s in statuses:
        if s.rule == "chapter-iii":
            # here the one who acts matters: who asked, who failed to answer
            who = ", ".join(dict.fromkeys(label(x) for x in doer(doc, k, s.start, s.end))) \
                or label(None)
        else:
            who = _claimant(doc, k, sent.doc[s.start], frozenset(range(s.start, s.end)))
        if any(x["status"] == s.status and x["claimed_by"] == who for x in a.statuses):
            continue
        a.statuses.append({"status": s.status, "rule": s.rule, "sentence": k, "text": s.text,
                           "claimed_by": who})
        if s.rule == "notification" and s.status in ("notified", "insufficiently notified"):
            a.notified_on = a.notified_on or notification_date(sent, s.start, s.end, pub)
            a.notice_days = a.notice_days or notice_days(sent)


def _places(a: Activity, doc, k: int, sent, g: _Group | None) -> None:
    prefer = sorted(a.states())
    found = sites(sent, prefer)
    if found:
        a.last_sites = k
    attach = {t.i for m in (g.mentions if g else []) for t in m.attach}
    for m in (g.mentions if g else []):
        attach |= {t.i for t in sent.doc[m.trigger].subtree}
        # "held drills with 10,000 troops in Kaliningrad": places inside the verb's own phrases
        for v in m.attach:
            if v.pos_ == "VERB":
                attach |= {t.i for c in v.children if c.dep_ in ("prep", "dobj", "npadvmod")
                           for t in c.subtree}
    attach |= {t.i for t in sent if any(p["text"].endswith(t.text) for p in found)}
    near = towns(doc, k, sent, attach, prefer)
    found += near
    countries = {p["country"] for p in found if p.get("country")}
    if a.host is None and len(countries) == 1:
        a.host = countries.pop()   # "in Kaliningrad": the state the town is in
    for p in found:
        if not any(p["text"] == q["text"] for q in a.places):
            a.places.append(p)


def _nearest(groups: list[_Group], i: int) -> int:
    """Index of the group whose activity word is closest to token i."""
    return min(range(len(groups)),
               key=lambda n: min(abs(m.trigger - i) for m in groups[n].mentions))


def _participates(sent, counts: list[Count]) -> bool:
    verbs = cues().words("participation_verbs")
    for c in counts:
        t = sent.doc[c.unit if c.unit >= 0 else c.tok]
        for _ in range(3):
            if t.lemma_.lower() in verbs:
                return True
            t = t.head
    return False


def group_activities(doc) -> tuple[list[Activity], list[dict]]:
    """Activities of a coded document and the sentences that state the rule.

    doc: a Document after the nlp and actors stages (doc.work["sents"] present).
    """
    acts: list[Activity] = []
    quotes: list[dict] = []
    pub = doc.date
    context = ""
    for k, sent in enumerate(doc.work.get("sents", [])):
        context, before = sent.text, context
        mentions = find_mentions(doc, k, sent)
        generic = any(is_generic(sent.doc[m.trigger]) and not m.actors for m in mentions)
        if is_rule_statement(sent, generic):
            # its numbers are the treaty's levels, not an activity's size
            quotes.append(_rule_quote(k, sent, find_counts(sent)))
            mentions = [m for m in mentions if m.actors or m.definite]
            counts, statuses = [], []
        elif not mentions and not acts:
            counts, statuses = [], []  # nothing named yet for numbers or a status to belong to
        else:
            counts = [c for c in find_counts(sent) if not c.threshold]
            statuses = find_statuses(sent, before)
        keep = [m for m in mentions if not m.negated
                and (not m.hypothetical or counts or statuses)]
        groups = _sentence_groups(doc, k, sent, keep)
        placed = False
        for n, g in enumerate(groups):
            mine_c = [c for c in counts if _nearest(groups, c.tok) == n]
            mine_s = [s for s in statuses if _nearest(groups, s.start) == n]
            if g.anaphoric:
                # a bare "drills" with nothing of its own is talk about drills in general
                if not (g.definite or mine_c or mine_s):
                    continue
                a = _target(acts, g)
                if a is None and not (mine_c or mine_s or g.announcer):
                    continue   # "the troop movements" with nothing named before them
            else:
                a = next((x for x in reversed(acts) if _fits(g, x, False)), None)
            if a is None:
                # who notifies it, or whose military reports it, conducts it unless told otherwise
                a = Activity(actors=[] if g.actors else list(g.announcer))
                acts.append(a)
            _add(a, doc, k, sent, g, mine_c, mine_s, pub)
            _places(a, doc, k, sent, g)
            placed = True
        if not placed and (statuses or (counts and _participates(sent, counts))):
            a = _target(acts, None)
            if a is not None:
                _add(a, doc, k, sent, None, counts, statuses, pub)
        elif not placed and acts:
            a = _target(acts, None)
            if a.last_sites == k - 1:
                for p in listed_names(doc, k, sent, sorted(a.states())):
                    if not any(p["text"] == q["text"] for q in a.places):
                        a.places.append(p)
    return [a for a in acts if _anchored(a)], quotes


def _anchored(a: Activity) -> bool:
    """Enough to be a report of a real activity, not a passing word."""
    if not (a.actors or a.host):
        return False
    return bool(a.counts or a.statuses or any(any(d) for d in a.dates.values()) or a.places
                or a.names
                or (a.actors and a.host) or a.notified_on)

