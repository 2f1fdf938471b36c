"""The typed document model that flows through every stage.

A `Document` enters from `ingest`, each stage adds to it, nothing removes. Plain
dataclasses so records serialise with `to_dict()` and stay cheap to pickle for workers.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Actor", "Location", "Event", "Quote", "Sentence", "Document", "MODALITIES"]

MODALITIES = ("actual", "future", "hypothetical", "negated")


@dataclass
class Actor:
    """An actor as coded: the words in the text and what they resolve to.

    text: the words of the mention; name: canonical name (person or body) or None;
    country: ISO 3166-1 alpha-3 or an international body code (NATO, EU, UN, OSCE, IGO);
    sector: PLOVER sector code (GOV, MIL, ...); role: title or role words ("foreign minister");
    org: specific body for IGO actors ("AU", "UNHCR"); anonymous: an unnamed official.
    """

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    org: str | None = None
    anonymous: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def key(self) -> tuple:
        return (self.country, self.sector)


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None  # the words in the article ("Brestsky")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One coded event; the field names are the `--format jsonl` contract."""

    doc_id: str
    type: str
    source: list[Actor]
    target: list[Actor]
    sentence: int
    evidence: str
    trigger: str
    rule: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    intensity: float | None = None
    modality: str = "actual"
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: Location | None = None
    attributed_to: Actor | None = None
    mentions: list[int] = field(default_factory=list)
    event_id: str = ""
    # token index of the trigger (doc-level) and whether the event still lacks a target;
    # internal, not serialised
    _head: int = field(default=-1, repr=False, compare=False)
    _partial: bool = field(default=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "sentence": self.sentence,
            "evidence": self.evidence,
            "trigger": self.trigger,
            "rule": self.rule,
            "mentions": list(self.mentions),
        }
        return d


@dataclass
class Quote:
    text: str
    speaker: Actor | None
    sentence: int
    start: int = -1  # character offsets in Document.text
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Sentence:
    index: int
    text: str
    start: int  # character offsets in Document.text
    end: int
    paragraph: int


@dataclass
class Document:
    """An article. `text` is the cleaned body that sentences and offsets refer to."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    byline: str | None = None
    dateline: str | None = None  # place of filing, e.g. "ALGIERS, Algeria"
    raw_text: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # acts only feared, conditional, denied or planned that are not coded as events (events._asides)
    asides: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # per-article working state of the stages (spaCy docs, mentions); never serialised
    work: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        d = {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "byline": self.byline,
            "dateline": self.dateline,
            "events": [e.to_dict() for e in self.events],
            "asides": [e.to_dict() for e in self.asides],
            "quotes": [q.to_dict() for q in self.quotes],
            "activities": list(self.activities),
            "warnings": list(self.warnings),
        }
        if with_text:
            d["text"] = self.text
        return d
