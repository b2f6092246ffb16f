"""Story fingerprints: what of an item story matching compares (bot.digest.stories).

The folded, stemmed content words of the title and the first LEAD_WORDS words of the text (stop
words of the item's language dropped, headline words weighing TITLE_WEIGHT), their character
grams, the numbers mentioned by value (12,000 = 12.000 = 12 000 = twelve thousand = 12k; 1,5 Mio
= 1.5 million = £1.5m; ventimila = 20.000; quarenta = 40; scores and shares as figures of their
own), names (capitalised words inside a sentence, cut to ANCHOR_CHARS letters so that inflected
forms meet), the stages of an event named (bot.digest.story_lexicon), weekdays, places and
ordinals with the word they count ("3:quarter"). `Fingerprint.text` is the stored story key.
Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from bot.digest.filters import fold, stemmer
from bot.digest.story_duration import MONTHS, durations
from bot.digest.story_earlier_lexicon import AGAIN_AT_START, EARLIER_EVENT
from bot.digest.story_lexicon import (
    ANOTHER_AT_START,
    ANOTHER_EVENT,
    CALENDAR,
    CURRENCY_MAGNITUDES,
    CURRENCY_SIGNS,
    GLUED_MAGNITUDES,
    INNER_KINDS,
    LATER_STAGE,
    MAGNITUDES,
    MAGNITUDES_BEFORE_CURRENCY,
    ORDINALS,
    PERCENT_WORDS,
    PLACE_PREPOSITIONS,
    PLEA_WORDS,
    SECOND_EVENT,
    SECOND_PARTS,
    SPELLED_FIGURES,
    SPELLED_NUMBERS,
    STAGE_KINDS,
    STAGE_PHRASES,
    STAGES,
    UNIT_CONVERSIONS,
    WEEKDAY_SUFFIXED,
    WEEKDAYS,
)
from bot.digest.story_reference import denied_stems, other_event
from summarizer.text.language import detect_language, stop_words

LEAD_WORDS = 40
TITLE_WEIGHT = 2.0
GRAM = 4  # character n-grams of stems
ANCHOR_CHARS = 5  # a name's first letters: enough to tell names apart, few enough for endings
ANCHOR_MIN = 3  # shorter capitalised words (initials, "Mr") are no names
_TOKEN = re.compile(r"\w+")
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_PLACE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted(map(re.escape, PLACE_PREPOSITIONS), key=len, reverse=True))
    + r")\s+([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset(".!?:;–—|")  # after an opening quote comes a name more often
_CALENDAR = frozenset(fold(w) for w in CALENDAR)
_ANOTHER = frozenset(fold(w) for w in ANOTHER_EVENT)
_ANOTHER_AT_START = frozenset(fold(w) for w in ANOTHER_AT_START)
_SECOND = frozenset(fold(w) for w in SECOND_EVENT)
_SECOND_PARTS = frozenset(fold(w) for w in SECOND_PARTS)
SECOND_LEAD_WORDS = 2  # the lead's opening words read for SECOND_EVENT ("Segundo accidente ...")
# A lead dating its event by another, earlier one ("..., hours after a lorry overturned on the
# same road") counts it as a second event too (story_earlier_lexicon); False: off.
SECOND_BY_REFERENCE = True
_EARLIER = re.compile("|".join(f"(?:{p})" for p in EARLIER_EVENT))
_AGAIN_AT_START = frozenset(AGAIN_AT_START)
_PLEA = frozenset(PLEA_WORDS)
VERDICT = "trial:verdict"
_ORDINAL = {fold(w): str(n) for n, words in ORDINALS.items() for w in words}
_COUNTED = re.compile(  # an ordinal and the word it counts, right after it
    rf"\b({'|'.join(sorted(_ORDINAL, key=len, reverse=True))})[ -]([^\W\d_]{{3,}})"
)
# A stop word marks a stage only when listed as it is: Portuguese "para" stems like Spanish
# "paros" (a strike), "according" like "accord".
_MARKER_WORDS = frozenset(
    fold(w) for stages in STAGES.values() for words in stages.values() for w in words
)
# phrases are few and rarely ambiguous across languages: all are checked, whatever the language
_PHRASES = tuple(
    (" ".join(_TOKEN.findall(fold(phrase))), f"{dimension}:{stage}")
    for dimension, stages in STAGE_PHRASES.items()
    for stage, phrases in stages.items()
    for phrase in phrases
)
# A number as people write it: 12,000 / 12.000 / 12 000 (thousands), 4,25 / 4.25 (a decimal),
# optionally scaled by a word after it (1,5 Mio, 2.3 million).
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:([,.\u00a0\u202f ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*|\d+)"
    r"(?:[.,](\d+))?"
)
# A score or a share names its event more surely than its digits alone: "4-0" and "4:0" are one
# figure, "16%" another than a 16th of the month.
# A comma or full stop after it ends the clause ("2:0, match over"); a digit around it is another
# number (4.1-2, 1:20,5).
# "1:42", "5:30": one digit, a colon and two digits are a clock time (or a round's minute), not
# a score (round 8: "waved it off after 1:42 of round seven" read as a score of 42-1).
_SCORE = re.compile(
    r"(?<!\d)(?<!\d[.,:])(?!\d:\d\d(?!\d))(\d{1,2}) ?[-:–] ?(\d{1,2})(?!\d)(?![.,:]\d)"
)
_SCALE = {fold(w): value for value, words in MAGNITUDES.items() for w in words}
_AFTER = re.compile(
    r"\s?(%|(?:"
    + "|".join(re.escape(w) for w in sorted({*_SCALE, *PERCENT_WORDS}, key=len, reverse=True))
    + r")\b)"
)
_NUMBER_WORDS = {fold(w): value for value, words in SPELLED_NUMBERS.items() for w in words}
_SPELLED = re.compile(  # "twelve thousand", "три тысячи", "tres mil": a figure in words
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
    rf"[ -]({'|'.join(re.escape(w) for w in sorted(_SCALE, key=len, reverse=True))})\b"
)  # "six-million-pound" too
_FIGURE_WORDS = {fold(w): value for value, words in SPELLED_FIGURES.items() for w in words}
_BARE = re.compile(  # "quarenta animais", "seiscientas hectáreas": a figure without a magnitude
    rf"\b({'|'.join(sorted(_FIGURE_WORDS, key=len, reverse=True))})\b"
    rf"(?! ?(?:{'|'.join(re.escape(w) for w in sorted(_SCALE, key=len, reverse=True))})\b)"
    # nor the first part of a compound: "forty-eight", "cuarenta y ocho", "сорок восемь"
    rf"(?!-|\s(?:y|e|et|and)\s|\s(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\b)"
)
_SCALE_FIRST = frozenset(w.split()[0] for w in _SCALE)  # "mil millones": "mil"
_GLUED_SCALE = {fold(w): value for value, words in GLUED_MAGNITUDES.items() for w in words}
_GLUED = re.compile(  # "ventimila", "dertigduizend", "zwanzigtausend"
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
    rf"({'|'.join(sorted(_GLUED_SCALE, key=len, reverse=True))})\b"
)
_CURRENCY_SCALE = re.compile(
    rf"({'|'.join(map(re.escape, CURRENCY_MAGNITUDES))})\b"
)  # "£310m": after a currency sign only
_SIGN = re.compile(f"[{re.escape(CURRENCY_SIGNS)}]")
_SCALE_BEFORE_CURRENCY = re.compile(  # "400 M€", "1,2 Md€", "3 Mrd. €"
    rf"\s?({'|'.join(sorted(MAGNITUDES_BEFORE_CURRENCY, key=len, reverse=True))})\.?\s?"
    rf"[{re.escape(CURRENCY_SIGNS)}]"
)
_WEEKDAY = re.compile(
    r"\b(?:("
    + "|".join(sorted((w for ws in WEEKDAYS.values() for w in ws), key=len, reverse=True))
    + r")\w{0,10}|("
    + "|".join(WEEKDAY_SUFFIXED)
    + r")[- ]feira)\b"
)
_DAY_OF = {w: str(day) for day, words in WEEKDAYS.items() for w in words} | {
    w: str(day) for w, day in WEEKDAY_SUFFIXED.items()
}
_UNITS = "|".join(re.escape(u) for u in sorted(UNIT_CONVERSIONS, key=len, reverse=True))
_UNIT = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)[ -]?({_UNITS})(?![\w/])")  # "94mph", "151 km/h"
_UNIT_ANY = re.compile(rf"(?:{_UNITS})(?![\w/])")
_SPELLED_UNIT_ANY = re.compile(rf"[a-zа-я][ -](?:{_UNITS})(?![\w/])")
_SPELLED_UNIT = re.compile(  # "six milles", "twelve miles"
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})[ -]({_UNITS})(?![\w/])"
)
FIGURE_DIGITS = 6  # significant digits a figure keeps: 1.2e+06 = 1,2 Mio = 1 200 000
YEARS = range(1900, 2101)  # a year is shared by too many stories to be evidence
YEAR = "y"  # marks a plain four-digit year among the figures (y2026), apart from a count 2,000
# A round figure agrees roughly with a more precise one within ROUGH_SHARE of it ("dépasse les
# 400 M€" / "412 millions", "almost two million" / "1.9m", "more than 9,000" / "9 412"): the
# round one has at most ROUGH_DIGITS significant digits and fewer than the other; both are at
# least ROUGH_MIN (a quake's magnitude, a share or a small count is never rounded by a copy).
ROUGH_SHARE = 0.06
ROUGH_DIGITS = 2
ROUGH_MIN = 100


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What story matching compares: weighted content stems, numbers, and the time."""

    weights: dict[str, float]
    numbers: frozenset[str]
    when: datetime
    title_numbers: frozenset[str] = frozenset()
    source: str = ""  # the feed, where known
    stages: frozenset[str] = frozenset()  # "dimension:stage" named in the title or lead
    anchors: frozenset[str] = frozenset()  # names: capitalised words inside a sentence
    capitals: frozenset[str] = frozenset()  # capitalised words anywhere (names at a start too)
    another: bool = False  # the headline announces another event of a kind ("a second fire")
    days: frozenset[str] = frozenset()  # weekdays named, "1" (Monday) to "7"
    places: frozenset[str] = frozenset()  # names after "in", "bei", "в", cut like `anchors`
    ordinals: frozenset[str] = frozenset()  # "3:quartal": an ordinal and the stem it counts
    # `when` is the item's own publication time; False: only when it was first seen (a feed
    # without dates, whose items fetched together would look published together). Not stored.
    dated: bool = field(default=True, compare=False)
    # `another` only because the headline opens on "After ..." ("Nach dem Unglück bei Elbau:
    # Strecke wieder frei"): what follows the event it names, or another event after it. Not
    # stored: a story mark reads False.
    after: bool = field(default=False, compare=False)
    # the headline or the lead's opening counts the event as a second one of its kind, or the
    # lead dates it by another, earlier event (`_second`): no copy of the first event, which
    # came earlier (stories._Apart). Not stored.
    second: bool = field(default=False, compare=False)
    # stems of what the lead denies a link with (story_reference.denied_stems). Not stored.
    denied: frozenset[str] = field(default=frozenset(), compare=False)
    # derived once: grouping compares every pair of a batch that shares a word and a number
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    title_words: frozenset[str] = field(init=False, repr=False, compare=False)
    total: float = field(init=False, repr=False, compare=False)
    exact: frozenset[str] = field(init=False, repr=False, compare=False)  # measures: 6.1, 16%
    title_scores: tuple[str, ...] = field(init=False, repr=False, compare=False)
    scores: frozenset[str] = field(init=False, repr=False, compare=False)  # "2-1", anywhere
    stamp: float = field(init=False, repr=False, compare=False)  # `when` in seconds
    # (value, significant digits) of the plain figures of ROUGH_MIN or more (`roughly`)
    rough: tuple[tuple[float, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "stamp", self.when.timestamp())
        title = frozenset(k for k, v in self.weights.items() if v >= TITLE_WEIGHT)
        object.__setattr__(self, "words", frozenset(self.weights))
        object.__setattr__(self, "title_words", title)
        object.__setattr__(self, "total", sum(self.weights.values()))
        measures = frozenset(
            n for n in self.numbers if not n.isdigit() and n[0] != YEAR and not n.endswith(MONTHS)
        )
        object.__setattr__(self, "exact", measures)
        scores = tuple(n for n in self.title_numbers if "-" in n[1:])
        object.__setattr__(self, "title_scores", scores)
        object.__setattr__(self, "scores", frozenset(n for n in self.numbers if "-" in n[1:]))
        object.__setattr__(self, "rough", rough_values(self.numbers))

    def text(self) -> str:
        """A compact, storable form (stems with weights, numbers): the story key of an item."""
        words = " ".join(f"{w}:{v:g}" for w, v in sorted(self.weights.items()))
        numbers = f"{' '.join(sorted(self.numbers))}|{' '.join(sorted(self.title_numbers))}"
        source = " ".join(self.source.replace("|", " ").split())
        stages, anchors = " ".join(sorted(self.stages)), " ".join(sorted(self.anchors))
        capitals = " ".join(sorted(self.capitals))
        days, places = " ".join(sorted(self.days)), " ".join(sorted(self.places))
        ordinals = " ".join(sorted(self.ordinals))
        return (
            f"{words}|{numbers}|{source}|{stages}|{anchors}|{capitals}|{days}|{places}|{ordinals}"
        )

    @classmethod
    def parse(cls, text: str, when: datetime) -> Fingerprint:
        words, _, rest = text.partition("|")
        numbers, _, rest = rest.partition("|")
        title_numbers, _, rest = rest.partition("|")
        source, _, rest = rest.partition("|")
        stages, _, rest = rest.partition("|")
        anchors, _, rest = rest.partition("|")  # marks stored before names have none
        capitals, _, rest = rest.partition("|")  # nor those stored before weekdays
        days, _, rest = rest.partition("|")
        places, _, ordinals = rest.partition("|")  # nor those stored before ordinals
        weights = {}
        for pair in words.split():
            word, _, value = pair.rpartition(":")
            try:
                weights[word] = float(value)
            except ValueError:
                continue
        return cls(
            weights,
            frozenset(numbers.split()),
            when,
            frozenset(title_numbers.split()),
            source,
            frozenset(stages.split()),
            frozenset(anchors.split()),
            frozenset(capitals.split()),
            days=_frozen(days.split()),
            places=_frozen(places.split()),
            ordinals=_frozen(ordinals.split()),
        )


@cache
def _stage_words(language: str) -> dict[str, str]:
    """Stemmed marker word -> "dimension:stage", in the item's language."""
    stem = stemmer(language)
    return {
        stem(fold(word)): f"{dimension}:{stage}"
        for dimension, stages in STAGES.items()
        for stage, words in stages.items()
        for word in words
    }


@cache
def _stops(language: str) -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in stop_words(language))
    except LookupError:
        return frozenset()


def fingerprint(
    title: str,
    lead: str,
    when: datetime,
    language: str | None = None,
    source: str = "",
    dated: bool = True,
) -> Fingerprint:
    """`language` None: detected from the title and lead; `source`: the feed's name; `dated`
    False: `when` is not the item's publication time (Fingerprint.dated)."""
    lang = language or detect_language(f"{title}. {lead}")
    stem, stops = stemmer(lang), _stops(lang)
    weights: dict[str, float] = defaultdict(float)
    numbers: set[str] = set()
    markers, stages = _stage_words(lang), set()
    title_numbers = frozenset(_figures(title))
    title_stages: set[str] = set()  # a headline names its event; the lead, what came before
    for weight, text in ((TITLE_WEIGHT, title), (1.0, " ".join(lead.split()[:LEAD_WORDS]))):
        title_stages = set(stages)
        numbers.update(_figures(text))
        folded = fold(text)
        numbers.update(durations(folded))  # "18 maanden" / "anderhalf jaar": 18mo
        tokens = _TOKEN.findall(folded)
        for n, word in enumerate(tokens):
            if word.isdigit() or len(word) < 2:
                continue
            key = stem(word)
            marker = key in markers and (word not in stops or word in _MARKER_WORDS)
            if (
                marker
                and markers[key] == VERDICT
                and not _PLEA.isdisjoint(tokens[max(0, n - 2) : n])
            ):
                marker = False  # "pleads not guilty": a plea, not a verdict (PLEA_WORDS)
            if marker and (weight == TITLE_WEIGHT or not title_stages):
                stages.add(markers[key])
            if word not in stops:
                weights[key] = max(weights[key], weight)
    if stages:  # stage words of a kind the item never names are no stage; phrases are kept
        stages = _of_named_kinds(stages, f"{title} {' '.join(lead.split()[:LEAD_WORDS])}")
    stages.update(_phrase_stages(title))
    if not title_stages:
        stages.update(_phrase_stages(lead))
    source = " ".join(source.replace("|", " ").split())
    anchors, capitals = _anchors(title, stops)
    lead_anchors, lead_capitals = _anchors(" ".join(lead.split()[:LEAD_WORDS]), stops)
    return Fingerprint(
        dict(weights),
        frozenset(numbers),
        when,
        title_numbers,
        source,
        _later(stages),
        frozenset(anchors | lead_anchors),
        frozenset(capitals | lead_capitals),
        _another(title),
        _weekdays(f"{title} {' '.join(lead.split()[:LEAD_WORDS])}"),
        _places(f"{title}. {' '.join(lead.split()[:LEAD_WORDS])}", stops),
        _ordinals(f"{title}. {' '.join(lead.split()[:LEAD_WORDS])}", stem, stops),
        dated,
        after=_after_only(title),
        second=_second(title, lead, stops),
        denied=denied_stems(
            fold(" ".join(lead.split()[:LEAD_WORDS])),
            weights,
            TITLE_WEIGHT,
            stem,
            stops,
            " ".join(lead.split()[:LEAD_WORDS]),
        ),
    )


def _ordinals(text: str, stem: Callable[[str], str], stops: frozenset[str]) -> frozenset[str]:
    """Ordinals with the word right after them ("im dritten Quartal" -> "3:quartal",
    "third-quarter profit" -> "3:quarter"); "segunda-feira" is a weekday."""
    folded = fold(text)
    if _ORDINAL.keys().isdisjoint(_TOKEN.findall(folded)):
        return _EMPTY
    out = set()
    for ordinal, counted in _COUNTED.findall(folded):
        if counted not in stops and counted not in _ORDINAL and counted != "feira":
            out.add(f"{_ORDINAL[ordinal]}:{stem(counted)}")
    return _frozen(out)


def _frozen(items: Iterable[str]) -> frozenset[str]:
    """The items as a frozenset; the empty one shared (most items name no weekday, place or
    ordinal: 216 bytes each otherwise)."""
    return frozenset(items) or _EMPTY


_EMPTY: frozenset[str] = frozenset()


def _places(text: str, stops: frozenset[str]) -> frozenset[str]:
    """Capitalised words after a PLACE_PREPOSITIONS word, folded and cut to ANCHOR_CHARS."""
    out = set()
    for match in _PLACE.finditer(text):
        word = match.group(1)
        folded = fold(word)
        if word[0].isupper() and len(folded) >= ANCHOR_MIN and folded not in stops | _CALENDAR:
            out.add(folded[:ANCHOR_CHARS])
    return _frozen(out)


def _weekdays(text: str) -> frozenset[str]:
    """The weekdays a text names ("on Tuesday", "Dienstagmorgen", "na segunda-feira")."""
    return _frozen(_DAY_OF[a or b] for a, b in _WEEKDAY.findall(fold(text)))


def _another(title: str) -> bool:
    """Whether the headline says this is another event of a kind told before (an
    ANOTHER_EVENT word, "second", "auch": lower case, or the headline's first word; inside a
    headline "New Mills" is a name), or opens on an ANOTHER_AT_START word ("After Ondine, ...")."""
    words = _TOKEN.findall(title)
    if words and fold(words[0]) in _ANOTHER_AT_START:
        return True
    return _another_word(words)


def _another_word(words: list[str]) -> bool:
    """Whether a headline's words hold an ANOTHER_EVENT word: in lower case, or its first."""
    return any((i == 0 or w.islower()) and fold(w) in _ANOTHER for i, w in enumerate(words))


def _second(title: str, lead: str, stops: frozenset[str]) -> bool:
    """Whether the headline (a SECOND_EVENT word in lower case, or its first word) or the
    lead's first SECOND_LEAD_WORDS words count the event as the second of its kind ("Zweiter
    Brand in einer Nacht", "... horas después de otro accidente", lead "Segundo accidente del
    día"); "segunda-feira" is a weekday. With SECOND_BY_REFERENCE also a headline opening on
    "again" before a noun (`_again_at_start`) and a lead dating the event by another, earlier
    one (`_names_earlier`)."""
    words = _TOKEN.findall(title)
    if any(_second_word(words, i, stops) and (i == 0 or w.islower()) for i, w in enumerate(words)):
        return True
    opening = _TOKEN.findall(lead)[: SECOND_LEAD_WORDS + 1]
    if any(_second_word(opening, i, stops) for i in range(min(len(opening), SECOND_LEAD_WORDS))):
        return True
    return SECOND_BY_REFERENCE and (_again_at_start(words, stops) or _names_earlier(lead))


def _again_at_start(words: list[str], stops: frozenset[str]) -> bool:
    """Whether the headline opens on an AGAIN_AT_START word counting the word after it ("Weer
    ongeluk op de A29"): not a stop word, not a SECOND_PARTS word."""
    if len(words) < 2 or fold(words[0]) not in _AGAIN_AT_START:
        return False
    after = fold(words[1])
    return after not in stops and after not in _SECOND_PARTS


def _names_earlier(lead: str) -> bool:
    """Whether the lead's first LEAD_WORDS words date the event by another, earlier one
    (story_earlier_lexicon.EARLIER_EVENT: "..., hours after a lorry overturned", "while crews
    were busy at the timber yard"; story_reference.other_event: "the second fire of the
    night"), not by a count of hours since it (a follow-up's)."""
    folded = fold(" ".join(lead.split()[:LEAD_WORDS]))
    return _EARLIER.search(folded) is not None or other_event(folded) is not None


def _second_word(words: list[str], i: int, stops: frozenset[str]) -> bool:
    """A SECOND_EVENT word counting the word after it: not a SECOND_PARTS word (a runoff, a
    second day), not a stop word ("Secondo la polizia": according to), not "-feira"."""
    after = fold(words[i + 1]) if i + 1 < len(words) else ""
    if fold(words[i]) not in _SECOND or after in _SECOND_PARTS or after == "feira":
        return False
    return bool(after) and after not in stops and words[i + 1].lower() not in stops


def _after_only(title: str) -> bool:
    """Whether `_another` holds only for the headline's opening ANOTHER_AT_START word: no
    ANOTHER_EVENT word ("Nach dem Unglück: Strecke frei", not "After the fire, a second one")."""
    words = _TOKEN.findall(title)
    if not words or fold(words[0]) not in _ANOTHER_AT_START:
        return False
    return not _another_word(words)


_KINDS = {d: tuple(fold(w) for w in words) for d, words in STAGE_KINDS.items()}
_INNER_KINDS = tuple(fold(w) for w in INNER_KINDS)


def _of_named_kinds(stages: set[str], text: str) -> set[str]:
    """The stages whose kind of event (STAGE_KINDS) the text names too: "cut" is no rate
    decision unless a rate, a central bank or inflation is named, "opens" no trial's start
    without a court. Dimensions without kind words (a match: a report names its teams) keep
    their stages. Only stage words are checked: phrases ("trial opens") are specific enough,
    and checking them too cost a true pair of round 3 for no gain (docs/digest.md, session 10)."""
    dimensions = {s.partition(":")[0] for s in stages}
    if dimensions.isdisjoint(_KINDS):
        return stages
    words = _TOKEN.findall(fold(text))
    named = {d for d in dimensions if d not in _KINDS}
    for dimension in dimensions - named:
        kinds = _KINDS[dimension]
        inner = tuple(k for k in _INNER_KINDS if k in kinds)
        if any(w.startswith(kinds) or any(k in w for k in inner) for w in words):
            named.add(dimension)
    return {s for s in stages if s.partition(":")[0] in named}


def _later(stages: set[str]) -> frozenset[str]:
    """Of two stages of one dimension, the one that comes first in LATER_STAGE: a strike that
    ends is over, a strike called is an announcement."""
    named = {s for s in stages}
    for dimension, order in LATER_STAGE.items():
        later = next((f"{dimension}:{s}" for s in order if f"{dimension}:{s}" in named), None)
        if later:
            named = {s for s in named if s.partition(":")[0] != dimension or s == later}
    return frozenset(named)


def gram_weights(fp: Fingerprint) -> dict[str, float]:
    """The item's character grams (`_grams`), TITLE_WEIGHT for those of a headline word, else 1;
    computed when a batch asks (bot.digest.story_compare.BatchGrams), not kept: a fingerprint
    holding them weighed several times more."""
    weights = dict.fromkeys(_grams(fp.words), 1.0)
    weights.update(dict.fromkeys(_grams(fp.title_words), TITLE_WEIGHT))
    return weights


def _grams(words: Iterable[str]) -> frozenset[str]:
    """Character GRAM-grams of the stems, edges marked: "Stellenabbau" shares most of its grams
    with "Stellen", "Zlatoust" with "Zlatousta"."""
    return frozenset(
        padded[i : i + GRAM]
        for word in words
        for padded in (f"<{word}>",)
        for i in range(max(1, len(padded) - GRAM + 1))
    )


def _anchors(text: str, stops: frozenset[str]) -> tuple[set[str], set[str]]:
    """Names: capitalised words not at a sentence start; and all capitalised words (a headline
    often starts with a name). Folded and cut to ANCHOR_CHARS so that inflected and
    transliterated spellings (Zlatoust, Zlatousta) meet."""
    anchors, capitals = set(), set()
    for token in _CAPITAL.finditer(text):
        word = fold(token.group())
        if not token.group()[0].isupper() or word in stops or word in _CALENDAR:
            continue
        if len(word) < ANCHOR_MIN:
            continue
        capitals.add(word[:ANCHOR_CHARS])
        before = text[: token.start()].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            anchors.add(word[:ANCHOR_CHARS])
    return anchors, capitals


def _phrase_stages(text: str) -> set[str]:
    """Stages named by a phrase of several words ("ahead of", "vor dem")."""
    folded = f" {' '.join(_TOKEN.findall(fold(text)))} "
    return {stage for phrase, stage in _PHRASES if f" {phrase} " in folded}


def _value(number: re.Match[str], text: str) -> tuple[str, bool]:
    """The number's value as one spelling (12,000 = 12.000 = 12 000 = 12 thousand -> "12000")
    and whether a share word or sign follows it."""
    digits = number.group(1)
    value = float(re.sub(r"\D", "", digits) + "." + (number.group(3) or "0"))
    after = _AFTER.match(text, number.end())
    word = after.group(1) if after else ""
    if not word and not number.group(3) and digits.isdigit() and int(digits) in YEARS:
        return f"{YEAR}{digits}", False  # a year, not the count 2,000
    value *= _SCALE.get(word, 1)
    if not word and _SIGN.search(text, number.end(), number.end() + 7):
        before_sign = _SCALE_BEFORE_CURRENCY.match(text, number.end())
        value *= MAGNITUDES_BEFORE_CURRENCY[before_sign.group(1)] if before_sign else 1
    start = number.start()
    if not word and start and text[start - 1] in CURRENCY_SIGNS:
        money = _CURRENCY_SCALE.match(text, number.end())
        value *= CURRENCY_MAGNITUDES[money.group(1)] if money else 1
    return f"{value:.{FIGURE_DIGITS}g}", word == "%" or word in PERCENT_WORDS


def _figures(text: str) -> set[str]:
    """The numbers of `text` by value, with its scores ("2-1") and shares ("16%") as figures of
    their own."""
    text = fold(text)
    out = set()
    for number in _NUMBER.finditer(text):
        value, share = _value(number, text)
        out.add(value)
        if share:
            out.add(f"{value}%")
    # one score whichever side is named first: "2-1" at home is "1:2" from the visitors' side
    out.update("-".join(sorted((a, b), key=int, reverse=True)) for a, b in _SCORE.findall(text))
    # figures in words: the patterns are long alternations, so each runs only when a word it
    # needs is there (most texts give their figures in digits)
    tokens = frozenset(_TOKEN.findall(text))
    if not tokens.isdisjoint(_SCALE_FIRST):
        for word, scale in _SPELLED.findall(text):
            out.add(f"{_NUMBER_WORDS[word] * _SCALE[scale]:.{FIGURE_DIGITS}g}")
    if any(scale in text for scale in _GLUED_SCALE):
        for word, scale in _GLUED.findall(text):
            out.add(f"{_NUMBER_WORDS[word] * _GLUED_SCALE[scale]:.{FIGURE_DIGITS}g}")
    if not tokens.isdisjoint(_FIGURE_WORDS):
        out.update(f"{_FIGURE_WORDS[word]:.{FIGURE_DIGITS}g}" for word in _BARE.findall(text))
    if _UNIT_ANY.search(text):  # most texts name no mile, knot or mph: one scan
        given, metric = _converted(text)
        out = (out - given) | metric
    return out


def _converted(text: str) -> tuple[set[str], set[str]]:
    """Measures in miles, knots or mph as the figures written and as their value in km or km/h
    rounded to the whole ("94mph" -> 151, "six milles" -> 11): the figure is kept in the metric
    unit only, so "94mph" and "151 km/h" are one figure, and two items giving "94mph" share one
    figure, not two."""
    measures = []
    for digits, unit in _UNIT.findall(text):
        head, sep, tail = digits.replace(",", ".").partition(".")
        value = float(head + tail) if sep and len(tail) == 3 else float(digits.replace(",", "."))
        measures.append((value, unit))
    if _SPELLED_UNIT_ANY.search(text):
        spelled = ((_NUMBER_WORDS[word], unit) for word, unit in _SPELLED_UNIT.findall(text))
        measures += [(value, unit) for value, unit in spelled if value > 1]  # not "a mile"
    given, metric = set(), set()
    for value, unit in measures:
        converted = round(value * UNIT_CONVERSIONS[unit])
        if converted:
            given.add(f"{value:.{FIGURE_DIGITS}g}")
            metric.add(f"{float(converted):.{FIGURE_DIGITS}g}")
    return given, metric


def rough_values(numbers: Iterable[str]) -> tuple[tuple[float, int], ...]:
    """(value, significant digits) of the plain figures of at least ROUGH_MIN: not a year, a
    score or a share."""
    out = []
    for number in numbers:
        if number[0] == YEAR or "-" in number[1:] or number[-1] == "%" or number.endswith(MONTHS):
            continue
        value = float(number)
        if value >= ROUGH_MIN:
            out.append((value, len(str(round(value)).rstrip("0"))))
    return tuple(out)


def roughly(mine: tuple[tuple[float, int], ...], theirs: tuple[tuple[float, int], ...]) -> bool:
    """Whether a round figure of one side and a more precise one of the other agree within
    ROUGH_SHARE (400 / 412, 2,000,000 / 1,900,000); equal figures are shared, not rough."""
    for x, dx in mine:
        for y, dy in theirs:
            if x == y or abs(x - y) > ROUGH_SHARE * max(x, y):
                continue
            if min(dx, dy) <= ROUGH_DIGITS and dx != dy:
                return True
    return False


def specific(number: str) -> bool:
    """A figure unlikely to be shared by chance: not a day of the month, a small count or a
    year."""
    if number.startswith(YEAR) or number.endswith(MONTHS):  # a span is a key, not a fact
        return False
    return not number.isdigit() or int(number) > 31
