"""Synthetic article pages for the bot load benchmark, in our own words.

Each page is built from a seeded random generator over a small vocabulary of our own harbour-town
news sentences (with quotes and figures, so every pipeline stage has work), so page `i` of a size
is always the same text and different pages are different texts. Sizes: short (~400 words),
long (~4,000) and very long (~15,000).
"""

from __future__ import annotations

import html
import random
from functools import lru_cache

SIZES = {"short": 400, "long": 4_000, "very_long": 15_000}

_PEOPLE = [
    ("Ingrid Solberg", "the chair of the transport board"),
    ("Tomas Berg", "a baker near the pier"),
    ("Mira Holt", "the harbour master"),
    ("Aksel Lund", "an engineer at the northern yard"),
    ("Sara Nyberg", "the mayor of Larsvik"),
    ("Jonas Fjeld", "a councillor from the island"),
    ("Elin Strand", "who teaches at the island school"),
    ("Petter Vik", "a fisherman with three boats"),
]
_TOPICS = [
    "the night ferry",
    "the new pier",
    "the road bridge",
    "the fish market",
    "the school bus",
    "the harbour grid",
    "the winter timetable",
    "the lighthouse museum",
    "the cargo quay",
    "the island clinic",
]
_VERBS = [
    "will reopen",
    "needs repairs",
    "has cost more than planned",
    "drew record crowds",
    "was delayed again",
    "won a regional grant",
    "changed its opening hours",
    "is under review",
]
_UNITS = [
    ("passengers", "a day"),
    ("crowns", "this year"),
    ("boats", "in the season"),
    ("residents", "on the island"),
    ("tonnes of fish", "a week"),
    ("minutes", "per crossing"),
    ("jobs", "in the town"),
]
_CLAUSES = [
    "after a long debate in the council",
    "according to figures published on Monday",
    "despite complaints from shop owners",
    "while the weather stayed calm",
    "as the budget for next year was being drafted",
    "even though the inspection report was not yet public",
    "before the summer visitors arrived",
    "following a petition signed by many families",
]
_SAYINGS = [
    "We listened to every complaint and we agreed with most of them",
    "A harbour town without a night boat is only half a town",
    "People stopped coming for dinner because they could not get home",
    "The numbers are better than anyone expected last winter",
    "Nobody wants to pay twice for the same bridge",
    "The crew trained for months until every drill felt routine",
    "If the grant arrives in time, the work can start in spring",
    "We will review the decision after the first season",
]


def _sentence(rng: random.Random, n: int) -> str:
    topic, verb, clause = rng.choice(_TOPICS), rng.choice(_VERBS), rng.choice(_CLAUSES)
    count, (unit, per) = rng.randrange(12, 9000), rng.choice(_UNITS)
    name, role = rng.choice(_PEOPLE)
    kind = rng.randrange(6)
    if kind == 0:
        return f"“{rng.choice(_SAYINGS)},” said {name}, {role}."
    if kind == 1:
        return f"{name.split()[0]} said that {topic} {verb} {clause}."
    if kind == 2:
        return f"About {count:,} {unit} {per} depend on {topic}, {clause}."
    if kind == 3:
        return (
            f"In report {n}, {topic.capitalize() if topic[0].islower() else topic} {verb}, "
            f"and {role} expects {count:,} {unit} {per} by the end of the season."
        )
    if kind == 4:
        return f"{topic[0].upper()}{topic[1:]} {verb} {clause}, the board confirmed."
    return (
        f"Some residents wanted {rng.choice(_TOPICS)} first, but {name} argued that "
        f"{topic} mattered more to the {count:,} {unit} {per}."
    )


@lru_cache(maxsize=64)
def article_page(size: str, index: int) -> bytes:
    """The HTML page of article `index` of `size` (deterministic)."""
    target = SIZES[size]
    rng = random.Random(f"{size}:{index}")
    title = f"{rng.choice(_TOPICS).capitalize()} {rng.choice(_VERBS)} (report {size} {index})"
    paragraphs: list[str] = []
    words = 0
    n = 0
    while words < target:
        sentences = [_sentence(rng, n + k) for k in range(rng.randrange(3, 6))]
        n += len(sentences)
        paragraph = " ".join(sentences)
        words += len(paragraph.split())
        paragraphs.append(paragraph)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>{html.escape(title)}</h1>\n{body}\n</article>"
        "<footer>Larsvik Harbour News</footer></body></html>"
    )
    return page.encode()


def title_marker(size: str, index: int) -> str:
    """A string the reply must contain (the title ends with it)."""
    return f"(report {size} {index})"
