"""Articles, feeds and pages of our own for the corpus tests."""
from __future__ import annotations

import json
import random

PAIRS = [("Peru", "Chile"), ("Kenya", "Uganda"), ("Norway", "Sweden"), ("Ghana", "Togo"),
         ("Vietnam", "Cambodia"), ("Poland", "Lithuania"), ("Egypt", "Sudan"), ("Chad", "Niger")]
EVENT_LINES = [
    "{a} and {b} signed a fisheries agreement on Monday.",
    "{a} accused {b} of sheltering armed smugglers near the border.",
    "The foreign minister of {a} met her counterpart from {b} in the capital on Tuesday.",
    "{a} imposed new tariffs on goods from {b} after the talks collapsed.",
    "{b} rejected the proposal and said {a} had ignored earlier warnings.",
    "{a} promised to send medical supplies to {b} within a week.",
]
FILLER = [
    "Light rain is expected across the coastal valleys later in the week.",
    "The local football club won its third match in a row on Saturday evening.",
    "Ticket sales for the summer music festival opened at noon.",
    "A new bakery on the main square draws long queues every morning.",
]


def make_articles(n: int, seed: int = 7, start_day: int = 1) -> list[dict]:
    """n small articles {"id", "date", "text"} mixing event sentences and plain filler."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rnd.choice(PAIRS)
        paras = [rnd.choice(EVENT_LINES).format(a=a, b=b) for _ in range(rnd.randint(1, 3))]
        paras.insert(rnd.randint(0, len(paras)), rnd.choice(FILLER))
        out.append({"id": f"art-{i:04d}", "date": f"2023-03-{start_day + i % 27:02d}",
                    "text": "\n\n".join(paras)})
    return out


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def rss(items: list[tuple[str, str, str]], title: str = "Test Wire") -> bytes:
    """An RSS 2.0 feed of (guid, link, RFC 822 date) items."""
    body = "".join(f"<item><title>Item {g}</title><link>{link}</link><guid>{g}</guid>"
                   f"<pubDate>{d}</pubDate></item>" for g, link, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"{body}</channel></rss>").encode()


def page(title: str, paragraphs: list[str]) -> bytes:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{ps}"
            "</article></body></html>").encode()
