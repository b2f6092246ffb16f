"""Key figures that would show what another key figure already shows (`judge.key_figures`
keeps the better scored of the two): one count told again under another noun ("49 people" /
"the 49 Pulse victims", "20 first-graders" / "20 students"), one amount with and without its
rate ("$15" / "$15 an hour"), a split, a share and its whole, or a change and its level, each
bullet of which shows the other ("54 percent — losing … to 46 percent", "two-thirds of the
55,000 pages", "dipped 1.4% to 86.7bn francs"), a bare number whose bullet is part of another's
("The 865 million share offer" / "The 865 million share offer raised 54bn rupees"), and the
second side of a split written with a dash ("58%-33%": `split_sides`). Figures with units of
their own in one clause stay ("a four-year, $58m deal": labelled real pages want both)."""

from __future__ import annotations

import re

from summarizer.figures.hits import Hit, word_set
from summarizer.figures.reject_words import PEOPLE_NOUNS, SPLIT_JOINS
from summarizer.models import Figure

SAME_COUNT_MIN = 20  # a count of people this big told again is the same count (`one_count`)
SPLIT_JOIN_SET = frozenset(SPLIT_JOINS.split())  # "54 percent to 46 percent": one split
PEOPLE_UNIT = "person"  # the unit of "49 people": any group of people, named again another way
PEOPLE_NOUN_SET = word_set(PEOPLE_NOUNS)
SPLIT_DASHES = "-–"  # "80%-10%": a split whose sides touch (a rising range is one figure)
SENTENCE_END = re.compile(r"[.!?]\s")
ELLIPSIS = "…"  # stands for the figure in its context phrase
SHARE_KINDS = ("percent", "ratio", "fraction")
CHANGE_GAPS = frozenset({"to", "from"})  # "dipped 1.4% to 86.7bn": a change, then the level
# Between a share and its whole: "of", "of the", "of all", "of its", "of the country's".
WHOLE_GAP = re.compile(r"of(?: (?:the|all|its|their|his|her|this|[\w.]+['’]s?)){0,2}")


def shown_again(text: str, shown: Figure, figure: Figure) -> bool:
    """Whether `figure` would show again what `shown` (a better key figure) already shows: the
    same count or amount (`one_count`), the other side of one split told as a pair ("54
    percent — losing … to 46 percent", "46 percent — losing just 54 percent to …"), a share
    and the whole it is of ("approximately two-thirds of the 55,000 pages", "less than 8% of
    the country's 1.3 billion people") or a change and the level it reached ("dipped 1.4% to
    86.7bn francs"), each bullet's context holding the other figure; or a bare number whose
    bullet is part of the better one's (`_within`). Other figures of one clause tell facts of
    their own ("a four-year, $58m contract", "five gunboats circled three tankers")."""
    if one_count(text, shown, figure) or _within(shown, figure):
        return True
    first, second = sorted((shown, figure), key=lambda f: f.start)
    gap = text[first.end : second.start].strip().lower()
    if shown.kind == figure.kind:
        joined = shown.kind in SHARE_KINDS and gap in SPLIT_JOIN_SET
    else:
        joined = first.kind in SHARE_KINDS and (
            gap in CHANGE_GAPS or bool(WHOLE_GAP.fullmatch(gap))
        )
    return joined and _holds(shown.context, figure.text) and _holds(figure.context, shown.text)


def split_sides(text: str, hits: list[Hit]) -> set[int]:
    """The starts of shares that are the second side of a split written with a dash ("By
    58%-33%, those surveyed said ..."; a rising "5%-7%" is one range, read as one figure): the
    first side tells the split, and the second is no key figure of its own, so the slot goes
    to the next figure."""
    ends = {h.end: h for h in hits if h.kind == "percent"}
    return {
        h.start
        for h in hits
        if h.kind == "percent" and h.start > 0 and text[h.start - 1] in SPLIT_DASHES
        and h.start - 1 in ends
    }  # fmt: skip


def one_count(text: str, a: Figure, b: Figure) -> bool:
    """Whether two figures give one count or amount with the same number: money of one currency
    ("$15", "$15 an hour"), or a count of at least SAME_COUNT_MIN people told again with a noun
    of its own ("49 people" killed, "the 49 Pulse victims"; "20 first-graders", then "the 20
    students" in another sentence). Small counts recur for other things ("14 delegates", "14
    districts"); two nouns that are not both people may count two things, and so may two
    groups of people in one sentence ("20 pupils and 20 teachers"); spans and measures differ
    by their unit ("two months", "two years")."""
    if a.kind != b.kind or a.value is None or (a.value, a.high) != (b.value, b.high):
        return False
    if a.kind == "money":
        return (a.unit or "").split("/")[0] == (b.unit or "").split("/")[0]
    if a.kind != "count" or a.value < SAME_COUNT_MIN:
        return False
    if PEOPLE_UNIT in (a.unit, b.unit):
        return True
    if not (_people(a.unit) and _people(b.unit)):
        return False
    between = text[min(a.end, b.end) : max(a.start, b.start)]
    return SENTENCE_END.search(between) is not None


def _people(unit: str | None) -> bool:
    """Whether a counted noun names people ("first-grader", "student", "Pulse victim")."""
    return bool(unit) and unit.split()[-1].lower() in PEOPLE_NOUN_SET


def _holds(context: str, figure: str) -> bool:
    """Whether a context phrase shows a figure's text as a whole ("5 percent" is not in "45
    percent")."""
    return re.search(rf"(?<![\w.,]){re.escape(figure)}(?!\w)", context) is not None


def _within(shown: Figure, figure: Figure) -> bool:
    """Whether a bare number's bullet, read with it in place ("The 865 million share offer"),
    is a part of what `shown`'s bullet reads ("The 865 million share offer raised …"): the
    reader has it already."""
    if figure.kind != "number" or ELLIPSIS not in figure.context:
        return False  # "a four-year, $58m deal": a figure with a unit is a fact of its own
    if not _holds(shown.context, figure.text):
        return False
    line = " ".join(figure.context.replace(ELLIPSIS, figure.text, 1).split())
    other = " ".join(shown.context.replace(ELLIPSIS, shown.text, 1).split())
    return line != other and line in other  # the same line twice: see `shown_again`
