"""Story fingerprints: what of an item story matching compares (bot.digest.stories).

The folded, stemmed content words of the title and the first LEAD_WORDS words of the text (stop
words of the item's language dropped, headline words weighing TITLE_WEIGHT), their character
grams, the numbers mentioned by value (bot.digest.story_figures), names, places, weekdays and
ordinals with the word they count (bot.digest.story_anchors), the stages of an event named
(bot.digest.story_stages), whether the headline announces another or a second event
(bot.digest.story_another). This module holds the `Fingerprint` and puts those readings
together; `Fingerprint.text` is the stored story key. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from bot.digest import story_anchors
from bot.digest.filters import fold, stemmer
from bot.digest.story_another import after_only, announces_another, counts_second
from bot.digest.story_duration import MONTHS, durations
from bot.digest.story_figures import YEAR, figures, rough_values, shares_and_counts
from bot.digest.story_reference import denied_stems
from bot.digest.story_stages import (
    MARKER_WORDS,
    PLEA,
    VERDICT,
    later_stages,
    of_named_kinds,
    phrase_stages,
    stage_words,
    whole_word_stages,
)
from summarizer.text.language import detect_language, stop_words

LEAD_WORDS = 40
TITLE_WEIGHT = 2.0
# Languages that capitalise every noun (Fingerprint.capital_nouns): a capitalised word is no
# sign of a name there (bot.digest.story_followup_words.EVENT_NOT_NAME).
CAPITAL_NOUNS = frozenset({"de", "lb"})
GRAM = 4  # character n-grams of stems
_TOKEN = re.compile(r"\w+")


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
    # lead dates it by another, earlier event (story_another.counts_second): no copy of the
    # first event, which came earlier (story_apart.Apart). Not stored.
    second: bool = field(default=False, compare=False)
    # stems of what the lead denies a link with (story_reference.denied_stems). Not stored.
    denied: frozenset[str] = field(default=frozenset(), compare=False)
    # the item's language capitalises its nouns (CAPITAL_NOUNS: German), so a capitalised word
    # is no sign of a name. Not stored: a story mark reads False.
    capital_nouns: bool = field(default=False, compare=False)
    # the language the item was read in (given or detected: `fingerprint`), "" when unknown.
    # Not stored: a story mark reads "".
    language: str = field(default="", compare=False)
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
    # ... of the headline's figures, and the item's shares (16%, with their bare digits) and
    # other figures but years: what every pair's headline-figure check asks
    # (story_headline_figures), derived once per item instead of once per pair
    title_rough: tuple[tuple[float, int], ...] = field(init=False, repr=False, compare=False)
    shares: frozenset[str] = field(init=False, repr=False, compare=False)
    counts: frozenset[str] = field(init=False, repr=False, compare=False)

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
        object.__setattr__(self, "title_rough", rough_values(self.title_numbers))
        shares, counts = shares_and_counts(self.numbers)
        object.__setattr__(self, "shares", shares)
        object.__setattr__(self, "counts", counts)

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
            days=story_anchors.frozen(days.split()),
            places=story_anchors.frozen(places.split()),
            ordinals=story_anchors.frozen(ordinals.split()),
        )


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
    markers, stages = stage_words(lang), set()
    title_numbers = frozenset(figures(title))
    title_stages: set[str] = set()  # a headline names its event; the lead, what came before
    for weight, text in ((TITLE_WEIGHT, title), (1.0, " ".join(lead.split()[:LEAD_WORDS]))):
        title_stages = set(stages)
        numbers.update(figures(text))
        folded = fold(text)
        numbers.update(durations(folded))  # "18 maanden" / "anderhalf jaar": 18mo
        tokens = _TOKEN.findall(folded)
        for n, word in enumerate(tokens):
            if word.isdigit() or len(word) < 2:
                continue
            key = stem(word)
            marker = key in markers and (word not in stops or word in MARKER_WORDS)
            if (
                marker
                and markers[key] == VERDICT
                and not PLEA.isdisjoint(tokens[max(0, n - 2) : n])
            ):
                marker = False  # "pleads not guilty": a plea, not a verdict (PLEA_WORDS)
            if marker and (weight == TITLE_WEIGHT or not title_stages):
                stages.add(markers[key])
            if word not in stops:
                weights[key] = max(weights[key], weight)
    if stages:  # stage words of a kind the item never names are no stage; phrases are kept
        stages = of_named_kinds(stages, f"{title} {' '.join(lead.split()[:LEAD_WORDS])}")
    stages.update(phrase_stages(title) | whole_word_stages(title))
    if not title_stages:
        stages.update(phrase_stages(lead) | whole_word_stages(lead))
    source = " ".join(source.replace("|", " ").split())
    anchors, capitals = story_anchors.anchors(title, stops)
    lead_anchors, lead_capitals = story_anchors.anchors(" ".join(lead.split()[:LEAD_WORDS]), stops)
    return Fingerprint(
        dict(weights),
        frozenset(numbers),
        when,
        title_numbers,
        source,
        later_stages(stages),
        frozenset(anchors | lead_anchors),
        frozenset(capitals | lead_capitals),
        announces_another(title),
        story_anchors.weekdays(f"{title} {' '.join(lead.split()[:LEAD_WORDS])}"),
        story_anchors.places(f"{title}. {' '.join(lead.split()[:LEAD_WORDS])}", stops),
        story_anchors.ordinals(f"{title}. {' '.join(lead.split()[:LEAD_WORDS])}", stem, stops),
        dated,
        after=after_only(title),
        capital_nouns=lang in CAPITAL_NOUNS,
        language=lang,
        second=counts_second(title, lead, " ".join(lead.split()[:LEAD_WORDS]), stops),
        denied=denied_stems(
            fold(" ".join(lead.split()[:LEAD_WORDS])),
            weights,
            TITLE_WEIGHT,
            stem,
            stops,
            " ".join(lead.split()[:LEAD_WORDS]),
        ),
    )


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
