"""Long articles for the paste tests (our own words), and the cut a Telegram client makes.

`valley_article(n)` writes paragraphs about a made-up valley railway until the text is cut into
exactly `n` messages; the sentences come from slots filled in a fixed order, so no two
paragraphs repeat. `client_cut` cuts a text the way Telegram clients do: at most 4,096 UTF-16
units a message, at the last paragraph break in the second half of that, else the last line
break, else the last space; whitespace at both ends of a message is dropped.
"""

from __future__ import annotations

import itertools

LIMIT = 4096

_PLACES = ["Orsa", "Kelmet", "Brundal", "Vatne", "Lisko", "Harrow Bend", "Tamsby", "Greyford"]
_PEOPLE = [
    ("Marta Eklund", "the project's chief engineer"),
    ("Joel Fenner", "who farms barley above the river"),
    ("Anna Rask", "the valley council's treasurer"),
    ("Piotr Halden", "a signal technician on the old line"),
    ("Sofia Lind", "who runs the ferry café in Orsa"),
    ("Henrik Dahl", "a geologist hired by the council"),
]
_WORKS = [
    "the new viaduct",
    "the tunnel under the ridge",
    "the station platforms",
    "the flood embankment",
    "the signal cabling",
    "the freight siding",
    "the level crossings",
]
_OPENINGS = [
    "Work on {work} near {place} moved ahead this month, and crews expect to finish the "
    "foundations before the first frost.",
    "In {place}, {work} has become the part of the railway that residents ask about most, "
    "because it decides when the first trains can run.",
    "Inspectors visited {work} at {place} on Tuesday and found the concrete pours on schedule, "
    "although two cranes stood idle for a week.",
    "The contractor building {work} outside {place} hired another {crew} workers in spring, "
    "most of them from villages along the valley.",
]
_MIDDLES = [
    "The budget for this section is {money} million crowns, about {share} per cent of the whole "
    "line, and the council says no further loans will be needed.",
    "Trains will cross this stretch at up to {speed} kilometres an hour, cutting the ride to the "
    "coast to {minutes} minutes.",
    "Some {homes} households lie within a kilometre of the works, and the council has paid for "
    "new windows in the houses closest to the noise.",
    "Engineers moved {tonnes} tonnes of rock here last year, much of it reused in the "
    "embankments further down the river.",
    "Freight operators say the line could take {lorries} lorries a day off the valley road once "
    "the sidings are open.",
]
_QUOTES = [
    "“We built the timetable around the school day, not the other way round,” said {name}, {role}.",
    "“Nobody here wants a railway that stops at the edge of town,” {name}, {role}, said at a "
    "public meeting.",
    "“The river decides more of this project than any of us do,” said {name}, {role}.",
    "“If the spring is dry we will be early, and if it is wet we will be honest about it,” "
    "said {name}, {role}.",
]
_CLOSINGS = [
    "A second public meeting on the works is planned for the autumn.",
    "The council will publish the next progress report in {month}.",
    "Critics still argue that a faster bus service would have cost less.",
    "Local shops hope the construction crews keep eating in the valley until the line opens.",
]
_MONTHS = ["March", "April", "June", "September", "November"]


def paragraph(i: int) -> str:
    """The i-th paragraph: an opening, two facts with figures, a quote and a closing line."""
    place = _PLACES[i % len(_PLACES)]
    work = _WORKS[(i // 2) % len(_WORKS)]
    name, role = _PEOPLE[(i * 5) % len(_PEOPLE)]
    numbers = {
        "crew": 20 + (i * 7) % 60,
        "money": 40 + (i * 13) % 200,
        "share": 3 + (i * 3) % 17,
        "speed": 80 + (i * 10) % 70,
        "minutes": 35 + (i * 4) % 40,
        "homes": 100 + (i * 37) % 900,
        "tonnes": 5_000 + (i * 1_700) % 90_000,
        "lorries": 30 + (i * 11) % 150,
        "month": _MONTHS[i % len(_MONTHS)],
    }
    sentences = [
        _OPENINGS[i % len(_OPENINGS)].format(work=work, place=place, **numbers),
        _MIDDLES[i % len(_MIDDLES)].format(**numbers),
        _MIDDLES[(i + 2) % len(_MIDDLES)].format(**numbers),
        _QUOTES[i % len(_QUOTES)].format(name=name, role=role),
        _CLOSINGS[(i // 3) % len(_CLOSINGS)].format(**numbers),
    ]
    return f"Part {i + 1} of the valley report. " + " ".join(sentences)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_at(text: str, limit: int) -> int:
    """Where a client ends the first message of `text` (a character index)."""
    if utf16_len(text) <= limit:
        return len(text)
    end = min(len(text), limit)  # a character is at least one UTF-16 unit
    while utf16_len(text[:end]) > limit:
        end -= 1
    head, half = text[:end], end // 2
    for mark in ("\n\n", "\n", " "):
        at = head.rfind(mark)
        if at > half:
            return at
    return end


def client_cut(text: str, limit: int = LIMIT) -> list[str]:
    """The messages a Telegram client sends for one pasted `text`."""
    parts = []
    rest = text.strip()
    while rest:
        end = _cut_at(rest, limit)
        parts.append(rest[:end].strip())
        rest = rest[end:].strip()
    return parts


def valley_article(parts: int, *, last_part_under: int = LIMIT // 4) -> str:
    """A text a client cuts into exactly `parts` messages, the last shorter than
    `last_part_under` UTF-16 units (a short last part: the text is visibly complete)."""
    title = "The valley railway, one year in"
    paragraphs: list[str] = []
    for i in itertools.count():
        paragraphs.append(paragraph(i))
        text = title + "\n\n" + "\n\n".join(paragraphs)
        cut = client_cut(text)
        if len(cut) == parts and utf16_len(cut[-1]) < last_part_under:
            return text
        if len(cut) > parts:
            break
    raise AssertionError(f"no text cuts into {parts} parts ending under {last_part_under}")


def article_of_length(chars: int) -> str:
    """A valley article of at least `chars` characters."""
    paragraphs: list[str] = []
    for i in itertools.count():
        paragraphs.append(paragraph(i))
        text = "The valley railway in detail\n\n" + "\n\n".join(paragraphs)
        if len(text) >= chars:
            return text
    raise AssertionError("unreachable")
