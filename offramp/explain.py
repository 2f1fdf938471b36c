"""`offramp explain`: the parse, actors and every candidate event with the reason it was kept."""
from __future__ import annotations

from .model import Document

__all__ = ["explain"]


def _actor(a) -> str:
    bits = [a.country or "?", a.sector or "", a.name or ""]
    return f"{a.text!r}→" + "/".join(b for b in bits if b) + (" (anonymous)" if a.anonymous else "")


def explain(doc: Document) -> str:
    """A plain-text audit of how each sentence of a coded document (kept work) was coded."""
    lines = []
    sents = doc.work.get("sents", [])
    acts = doc.work.get("actors", {})
    cands = doc.work.get("candidates", [])
    for k, s in enumerate(sents):
        lines.append(f"[{k}] {doc.sentences[k].text}")
        lines.append("  parse: " + " ".join(f"{t.text}/{t.pos_}/{t.dep_}→{t.head.i - s.start}"
                                             for t in s))
        found = [(i, a) for (kk, i), al in acts.items() if kk == k for a in al]
        lines.append("  actors: " + ("; ".join(_actor(a) for _, a in sorted(found, key=lambda x: x[0]))
                                     or "none"))
        for c in (c for c in cands if c.k == k):
            head = f"  candidate {c.entry.type} trigger {c.tok.text!r} rule {c.entry.rule} (lexicon line {c.entry.line})"
            lines.append(head)
            lines.append(f"    source {[_actor(a) for a in c.source]} target {[_actor(a) for a in c.target]}"
                         f" modality {c.modality}")
            lines.append("    " + (f"DROPPED: {c.dropped}" if c.dropped else "KEPT"))
    lines.append("events:")
    for e in doc.events:
        lines.append(f"  {e.type} {[a.country for a in e.source]}→{[a.country for a in e.target]} "
                     f"{e.modality} date {e.date} ({e.date_precision}) place "
                     f"{e.location.name if e.location else None} rule {e.rule}")
    if doc.asides:
        from .events import aside_reason
        lines.append("set aside (not coded; `offramp code --asides` prints them):")
        for e in doc.asides:
            lines.append(f"  {e.type} {[a.country for a in e.source]}→{[a.country for a in e.target]} "
                         f"{e.modality} trigger {e.trigger!r}: {aside_reason(e)}")
    return "\n".join(lines)
