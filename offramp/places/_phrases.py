"""Find the place phrases of a parsed sentence: "in Geneva", "near Ukraine's border".

Works on the en_core_web_sm dependency parse. A place is the object of a place
preposition (or of a verb such as "shell"), either a GPE/LOC/FAC entity or a capitalised
name the gazetteer knows, since the small model often labels a town NORP or PERSON.
Subjects are actors, not places ("Moscow said"), and so are possessors unless a place
noun follows ("Ukraine's border", not "Ukraine's president").
"""
from __future__ import annotations

from dataclasses import dataclass

from offramp.places import _data
from offramp.places._gazetteer import Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels whose words are never a place name, whatever the gazetteer says
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
NEAR_WORDS = frozenset({"close", "next", "adjacent", "near"})
# prepositions that say where a thing is, never whom it serves
_SITE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "off", "within"})
# verbs that move people: "send an envoy to Naypyitaw" is where the envoy goes
_SENDING = frozenset({"send", "dispatch"})
# labels a name before a site noun may carry: the small model calls "the Bruzgi
# checkpoint" an ORG and "the Amarula hotel" a PERSON, but never a nationality or a number
_SITE_NAME_LABELS = frozenset({"", "GPE", "LOC", "FAC", "ORG", "PERSON"})


@dataclass(frozen=True)
class PlacePhrase:
    """A place mentioned in a sentence, with how it attaches to the rest of it.

    text: the words of the phrase ("near Ukraine's border"); name: the place name to
    geocode ("Ukraine"); start, end: doc-level token span of the phrase (end exclusive);
    name_start, name_end: doc-level token span of the name; head: doc-level index of the
    verb or noun the phrase modifies; relation: the preposition ("in", "near", "to"...), or
    "obj"/"subj" for a place that is the object of "shell"/subject of "host", "mod" for
    a place naming a body or site that acts ("a Kyiv court ruled"); group: the
    same number for places listed together ("in Kyiv and Berlin"); label: the NER label
    of the name, "" when the parser gave none; known: False for a name the gazetteer
    lacks, taken as a place only because a site noun follows it ("the Chong Chom
    checkpoint").
    """

    text: str
    name: str
    start: int
    end: int
    name_start: int
    name_end: int
    head: int
    relation: str
    group: int
    label: str = ""
    known: bool = True


def _ent_span(tok) -> tuple[int, int]:
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < end - 1 and doc[start].lower_ == "the":
        start += 1
    while end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1  # "Saudi Arabia's"
    return start, end


def _is_name_word(tok) -> bool:
    return tok.text[:1].isupper() and (
        tok.pos_ == "PROPN" or (tok.i != tok.sent.start and tok.pos_ in ("NOUN", "ADJ", "X")))


class _Finder:
    def __init__(self, sent, gazetteer: Gazetteer):
        self.sent = sent
        self.doc = sent.doc
        self.gaz = gazetteer
        self.lex = _data.lexicon()
        self.used: set[int] = set()
        self.out: list[PlacePhrase] = []
        self.group = 0

    def name_at(self, tok, strict: bool = False) -> tuple[int, int, str] | None:
        """(start, end, label) of a place name headed by tok itself.

        strict: accept only the main names of towns, not geonames' alternates.
        """
        if tok.ent_type_ in PLACE_LABELS:
            return (*_ent_span(tok), tok.ent_type_)
        if tok.ent_type_ in NOT_PLACE_LABELS and tok.pos_ == "PROPN" and tok.ent_iob_ == "B" \
                and (tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].ent_iob_ != "I") \
                and (self.gaz.qualifier(tok.text) or ("",))[0] == "country":
            return tok.i, tok.i + 1, "GPE"  # the small model reads "in Niger" as a date
        if tok.ent_type_ in NOT_PLACE_LABELS or not _is_name_word(tok):
            return None
        start = tok.i
        while start > self.sent.start and self.doc[start - 1].dep_ == "compound" \
                and self.doc[start - 1].head.i in range(start, tok.i + 1) \
                and _is_name_word(self.doc[start - 1]):
            start -= 1
        # a word tagged as a person must be a town's main name ("Hamid" is an old name of a
        # Turkish town); a two-word alternate ("Kiryat Shmona") is rarely someone's name
        person = tok.ent_type_ == "PERSON" and start == tok.i
        if self.gaz.knows(self.doc[start: tok.i + 1].text, primary_only=strict or person):
            return start, tok.i + 1, tok.ent_type_
        return None

    def place_in(self, tok) -> tuple[int, int, str, str | None, int, object] | None:
        """(start, end, label, relation override, last token, name token) for tok's place."""
        found = self.name_at(tok)
        if found:
            return (*found, None, tok.i, tok)
        words = {tok.lower_, tok.lemma_.lower()}
        lex = self.lex
        if tok.lower_ in lex["share_word"]:
            # "most of Goma", "parts of the Donetsk region": a piece of the place
            for obj in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj"):
                found = self.place_in(obj)
                if found:
                    return (*found[:4], max(found[4], obj.i), found[5])
        near = bool(words & lex["near_noun"])
        if tok.pos_ not in ("NOUN", "PROPN") or not (near or words & (
                lex["place_noun"] | lex["region_word"] | lex["direction"] | lex["site_noun"])):
            return None
        relation = "near" if near else None
        # "Ukraine's border", "the Brestsky district": the modifier names the place
        for child in tok.children:
            # a compound away from the noun must be a main name: "Hamid" (an old name of a
            # Turkish town) is not the place of "Hamid Karzai International Airport",
            # but "the Erbil Appeals Court" is in Erbil
            if (child.dep_ == "poss" and child.i < tok.i) or (
                    child.dep_ in ("compound", "amod") and child.i < tok.i):
                found = self.name_at(child, strict=child.i != tok.i - 1)
                if found:
                    return (*found, relation, tok.i, child)
        # "the outskirts of Kyiv", "the border with Belarus", "the north of Ukraine"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "with"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.place_in(obj)
                        if found:
                            return (*found[:3], relation or found[3], max(found[4], obj.i), found[5])
        site = self.site_name(tok)
        if site:
            return (*site, relation, tok.i, self.doc[site[1] - 1])
        return None

    def site_name(self, tok) -> tuple[int, int, str] | None:
        """(start, end, label) of an unknown name right before a site noun ("the Chong
        Chom checkpoint"), or None."""
        if tok.lemma_.lower() not in self.lex["site_noun"] and tok.lower_ not in self.lex["site_noun"]:
            return None
        end = tok.i
        start = end
        while start > self.sent.start and self.doc[start - 1].dep_ == "compound" and \
                self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
            start -= 1
        if start == end or self.doc[start - 1].tag_ == "POS":
            return None  # no name, or an owner's ("Russia's Hmeimim base" is known or nothing)
        words = self.doc[start:end]
        label = words[-1].ent_type_
        if label not in _SITE_NAME_LABELS or any(t.is_upper and len(t) <= 5 for t in words) \
                or any(t.ent_type_ == "NORP" or t.lower_ in self.lex["stop"] for t in words):
            return None  # "the UN base", "the Russian camp"
        return start, end, label

    def joined(self, start: int, end: int) -> int:
        """End of a name the parser split at "and" ("St. Vincent and the Grenadines")."""
        doc = self.doc
        if end + 1 >= self.sent.end or doc[end].lower_ != "and":
            return end
        for stop in range(min(end + 4, self.sent.end), end + 1, -1):
            if _is_name_word(doc[stop - 1]) and self.gaz.knows(doc[start:stop].text, primary_only=True):
                return stop
        return end

    def qualified(self, start: int, end: int) -> int:
        """End of "Paris, Texas" when the words after the comma qualify the name."""
        doc = self.doc
        if end + 1 >= self.sent.end or doc[end].text != ",":
            return end
        name = doc[start:end].text
        for stop in range(min(end + 4, self.sent.end), end + 1, -1):
            words = doc[end + 1: stop]
            if not _is_name_word(words[-1]) or not all(_is_name_word(t) or t.text == "." for t in words):
                continue
            qualifier = self.gaz.qualifier(words.text)
            if qualifier is None:
                continue
            loc = self.gaz.geocode(f"{name}, {words.text}")
            if loc is not None and loc.country == (qualifier[1] if qualifier[0] == "country" else "USA"):
                return stop
        return end

    def add(self, items, start: int | None, head, relation: str) -> None:
        """Record the places among items (an object and its conjuncts) as one group."""
        queue, first, override, unnamed = list(items), True, None, []
        while queue:
            item = queue.pop(0)
            found = self.place_in(item)
            if found is None:
                unnamed.append(item)
                continue
            ns, ne, label, item_override, last, name_tok = found
            override = item_override or override
            ne = self.joined(ns, ne)
            if name_tok is not item and not (set(queue) & set(name_tok.conjuncts)):
                # "near the border with Poland and Lithuania": the list sits inside the phrase
                queue += [c for c in name_tok.conjuncts if c.i > name_tok.i]
            if self.used & set(range(ns, ne)):
                continue
            ne = self.qualified(ns, ne)
            self.used.update(range(ns, ne))
            begin = start if first and start is not None else ns
            end = max(ne, last + 1)
            while end < self.sent.end and self.doc[end].pos_ == "NOUN" and \
                    self.doc[end].lemma_.lower() in self.lex["place_noun"]:
                end += 1  # "at the Luninets airfield" when the parser split the phrase
            name = self.doc[ns:ne].text
            known = label in PLACE_LABELS or self.gaz.knows(name)
            self.out.append(PlacePhrase(self.doc[begin:end].text, name, begin, end,
                                        ns, ne, head.i, override or relation, self.group, label,
                                        known))
            first = False
        if not first:
            # "on Vorukh and the village of Ovchi-Kalacha": a name listed with places is one
            for item in unnamed:
                if item.pos_ == "PROPN" and item.ent_type_ in _SITE_NAME_LABELS and \
                        item.text[:1].isupper() and not item.is_upper and item.i not in self.used \
                        and item.lower_ not in self.lex["stop"] and item.conjuncts:
                    self.used.add(item.i)
                    self.out.append(PlacePhrase(item.text, item.text, item.i, item.i + 1, item.i,
                                                item.i + 1, head.i, override or relation,
                                                self.group, item.ent_type_, False))
            self.group += 1

    def objects(self, tok) -> list:
        items = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        items += [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS]
        return items

    def run(self) -> list[PlacePhrase]:
        lex = self.lex
        for tok in self.sent:
            if tok.lower_ in lex["place_prep"] and (
                    tok.dep_ == "prep" or any(c.dep_ == "pobj" for c in tok.children)):
                head, relation, start = tok.head, tok.lower_, tok.i
                if head.lower_ in NEAR_WORDS and head.i != tok.i:  # "close to Minsk"
                    head, relation, start = head.head, "near", min(head.i, tok.i)
                before = self.doc[tok.i - 1] if tok.i > self.sent.start else tok
                sent_to = relation == "to" and head.lemma_.lower() in _SENDING and \
                    before.lemma_.lower() in lex["envoy_noun"]
                if relation not in _SITE_PREPS and not sent_to and (
                        head.lemma_.lower() in lex["role_noun"] or before.lemma_.lower() in lex["role_noun"]):
                    # "the envoy to Russia", "aid to Ukraine", even when misattached; but
                    # "met a delegation in Muscat" is where they met
                    continue
                if relation in ("on", "over") and head.lemma_.lower() in lex["topic_word"]:
                    continue  # "talks on Ukraine", "tension over Crimea": what, not where
                objs = [c for c in tok.children if c.dep_ == "pobj"]
                if not objs:  # "outside of Kyiv"
                    objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj"]
                for obj in objs:
                    self.add(self.objects(obj), start, head, relation)
            elif tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.dep_ != "pobj":
                outer = tok.head
                if outer.pos_ == "VERB" and tok.i > self.sent.start and \
                        self.doc[tok.i - 1].lemma_.lower() in lex["control_noun"]:
                    outer = self.doc[tok.i - 1]  # "took control of Goma", "of" hung on the verb
                if outer.lower_ in lex["direction"]:  # "20 km north of Kyiv"
                    relation = "near"
                elif outer.lower_ == "out":  # "pulled out of Kherson"
                    relation = "from"
                elif outer.lemma_.lower() in lex["hit_noun"] or outer.lower_ in lex["hit_noun"]:
                    # "the shelling of Kharkiv", "the siege of Mariupol": the place hit
                    for obj in (c for c in tok.children if c.dep_ == "pobj"):
                        self.add(self.objects(obj), None, outer, "obj")
                    continue
                elif outer.lemma_.lower() in lex["control_noun"] and outer.head.pos_ == "VERB":
                    # "took control of most of Goma": the place taken
                    verb = outer.head if outer.head.i != outer.i else outer
                    for obj in (c for c in tok.children if c.dep_ == "pobj"):
                        self.add(self.objects(obj), None, verb, "obj")
                    continue
                else:
                    continue
                for obj in (c for c in tok.children if c.dep_ == "pobj"):
                    self.add(self.objects(obj), outer.left_edge.i, outer.head, relation)
            elif tok.dep_ == "dobj" and tok.i > self.sent.start and self.doc[tok.i - 1].tag_ == "RP" \
                    and self.doc[tok.i - 1].lower_ in lex["place_prep"] \
                    and self.doc[tok.i - 1].head.i == tok.head.i:
                # "flew over Kyiv" parsed as particle + object
                self.add(self.objects(tok), tok.i - 1, tok.head, self.doc[tok.i - 1].lower_)
            elif tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lex["obj_verb"]:
                self.add(self.objects(tok), None, tok.head, "obj")
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex["subj_verb"]:
                self.add(self.objects(tok), None, tok.head, "subj")
            elif tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.pos_ == "NOUN" and \
                    tok.lemma_.lower() in lex["place_noun"]:
                # "a Kyiv court jailed ...": the place names the body that acts
                for child in tok.children:
                    if child.dep_ in ("compound", "amod") and self.name_at(child):
                        self.add([child], None, tok, "mod")
        return sorted(self.out, key=lambda p: p.start)


def find_place_phrases(sent, gazetteer: Gazetteer | None = None) -> list[PlacePhrase]:
    """The place phrases of a parsed sentence, in text order.

    sent: a spaCy Span (one sentence of a parsed Doc); gazetteer: used to accept
    capitalised names the parser did not label as places (default: the shared one).
    """
    gaz = gazetteer or Gazetteer.default()
    # locate() asks once per event of a sentence: find the phrases once (the text is in the
    # key, so a later document that reuses a freed document's id cannot hit)
    key = (id(sent.doc), sent.start, sent.end, sent.text, id(gaz))
    if key not in _FOUND:
        if len(_FOUND) > 512:
            _FOUND.clear()
        _FOUND[key] = tuple(_Finder(sent, gaz).run())
    return list(_FOUND[key])


_FOUND: dict = {}
