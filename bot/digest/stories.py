"""One story, however many feeds carry it: near-duplicate detection over title + lead.

Each item becomes a `Fingerprint`: the folded, stemmed content words of its title and the first
LEAD_WORDS words of its text (stop words of its language dropped), their character grams, the
numbers it mentions by value (12,000 = 12.000 = 12 000 = twelve thousand; 1,5 Mio = 1.5 million),
its names (capitalised words inside a sentence) and the stages of an event it names. Two items
are one story when they were published within WINDOW of each other, nothing sets them apart
(`_apart`), and the evidence is strong enough (`story_similarity`):

- apart: different stages of one kind of event (bot.digest.story_lexicon: a rate cut and a
  hold, a match preview and its result, a strike and its end), different measures (quakes of
  6.1 and 5.4), a score in one headline the other never gives, headlines with other figures,
  names on both sides and none in common (two cities, two firms), two items of one feed with
  different headlines (a boilerplate teaser);
- alike: the weighted overlap of their words reaches SAME_STORY (SAME_STORY_SHARED_FIGURE when
  both quote one specific figure); or, with TFIDF_LINKS (off by default), they share rare names
  (or a figure) and their tf-idf cosine over character grams within the batch reaches
  SAME_STORY_TFIDF (`BatchGrams`: copies told in other words, inflected names, compounds).

A false merge hides a story from the chat, so the thresholds favour precision; bench/stories.py
measures both precision and recall on labelled pairs (docs/digest.md). Grouping joins the
pairs that pass, most similar first, when half the pairs across the two groups pass too
(`group`); deterministic. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, partial

import numpy as np

from bot.digest.filters import fold, stemmer
from bot.digest.story_lexicon import (
    CALENDAR,
    LATER_STAGE,
    MAGNITUDES,
    PERCENT_WORDS,
    SPELLED_NUMBERS,
    STAGE_PHRASES,
    STAGES,
)
from summarizer.text.language import detect_language, stop_words

WINDOW = timedelta(hours=48)
WINDOW_SECONDS = WINDOW.total_seconds()
LEAD_WORDS = 40
TITLE_WEIGHT = 2.0
# Thresholds chosen on the dev part of tests/story_items.py and tests/story_items_fresh.py
# (`python -m bench.stories --fresh --sweep`), precision first.
SAME_STORY = 0.36  # weighted Jaccard of title + lead words
SAME_STORY_SHARED_FIGURE = 0.15  # the same, when both quote one specific figure (6.1, 2-1, 16%)
# Links by the batch's tf-idf (`BatchGrams`) raise recall on copies told in other words (fresh
# set 0.36 -> 0.60) but merged same-name, same-topic events in the held-out part of the first
# set (grouping precision 0.964 -> 0.882): off until a set says they are safe.
TFIDF_LINKS = False
SAME_STORY_TFIDF = 0.4  # `BatchGrams.cosine`, for items sharing TFIDF_ANCHORS names or figures
TFIDF_ANCHORS = 2
SAME_STORY_TFIDF_ONE_NAME = 0.5  # the same, for items sharing one name or figure
# A name in more than COMMON_NAME_SHARE of a batch (and more than COMMON_NAME_MIN items) is no
# evidence: a local feed's city, a league.
COMMON_NAME_SHARE = 0.05
COMMON_NAME_MIN = 4
# Two items of one feed are one story only with nearly the same headline (a re-publication under
# a new URL): a feed's boilerplate teaser ("Read the full story on our site") is no evidence.
SAME_FEED_TITLE = 0.6  # Jaccard of the headline words
LINK_SHARE = 2  # two groups join when at least 1/LINK_SHARE of the pairs across them are linked
MIN_WORDS = 3  # fewer content words than this: never merged (a title like "Live updates")
GRAM = 4  # character n-grams of stems
ANCHOR_CHARS = 5  # a name's first letters: enough to tell names apart, few enough for endings
ANCHOR_MIN = 3  # shorter capitalised words (initials, "Mr") are no names
_TOKEN = re.compile(r"\w+")
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_SENTENCE_END = frozenset(".!?:;–—|")  # after an opening quote comes a name more often
_CALENDAR = frozenset(fold(w) for w in CALENDAR)
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
_SCORE = re.compile(r"(?<![\d.,:])(\d{1,2}) ?[-:–] ?(\d{1,2})(?![\d.,:])")
_SCALE = {fold(w): value for value, words in MAGNITUDES.items() for w in words}
_AFTER = re.compile(
    r"\s?(%|(?:"
    + "|".join(re.escape(w) for w in sorted({*_SCALE, *PERCENT_WORDS}, key=len, reverse=True))
    + r")\b)"
)
_NUMBER_WORDS = {fold(w): value for value, words in SPELLED_NUMBERS.items() for w in words}
_SPELLED = re.compile(  # "twelve thousand", "три тысячи", "tres mil": a figure in words
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
    rf" ({'|'.join(re.escape(w) for w in sorted(_SCALE, key=len, reverse=True))})\b"
)
FIGURE_DIGITS = 6  # significant digits a figure keeps: 1.2e+06 = 1,2 Mio = 1 200 000
YEARS = range(1900, 2101)  # a year is shared by too many stories to be evidence
YEAR = "y"  # marks a plain four-digit year among the figures (y2026), apart from a count 2,000


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
    # derived once: grouping compares every pair of a batch that shares a word and a number
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    title_words: frozenset[str] = field(init=False, repr=False, compare=False)
    total: float = field(init=False, repr=False, compare=False)
    grams: frozenset[str] = field(init=False, repr=False, compare=False)
    title_grams: frozenset[str] = field(init=False, repr=False, compare=False)
    exact: frozenset[str] = field(init=False, repr=False, compare=False)  # measures: 6.1, 16%
    title_scores: tuple[str, ...] = field(init=False, repr=False, compare=False)
    gram_weights: tuple[tuple[str, float], ...] = field(init=False, repr=False, compare=False)
    stamp: float = field(init=False, repr=False, compare=False)  # `when` in seconds

    def __post_init__(self) -> None:
        object.__setattr__(self, "stamp", self.when.timestamp())
        title = frozenset(k for k, v in self.weights.items() if v >= TITLE_WEIGHT)
        object.__setattr__(self, "words", frozenset(self.weights))
        object.__setattr__(self, "title_words", title)
        object.__setattr__(self, "total", sum(self.weights.values()))
        object.__setattr__(self, "grams", _grams(self.weights))
        object.__setattr__(self, "title_grams", _grams(title))
        measures = frozenset(n for n in self.numbers if not n.isdigit() and n[0] != YEAR)
        object.__setattr__(self, "exact", measures)
        scores = tuple(n for n in self.title_numbers if "-" in n[1:])
        object.__setattr__(self, "title_scores", scores)
        weights = tuple(
            (g, TITLE_WEIGHT if g in self.title_grams else 1.0) for g in sorted(self.grams)
        )
        object.__setattr__(self, "gram_weights", weights)

    def text(self) -> str:
        """A compact, storable form (stems with weights, numbers): the story key of an item."""
        words = " ".join(f"{w}:{v:g}" for w, v in sorted(self.weights.items()))
        numbers = f"{' '.join(sorted(self.numbers))}|{' '.join(sorted(self.title_numbers))}"
        source = " ".join(self.source.replace("|", " ").split())
        stages, anchors = " ".join(sorted(self.stages)), " ".join(sorted(self.anchors))
        capitals = " ".join(sorted(self.capitals))
        return f"{words}|{numbers}|{source}|{stages}|{anchors}|{capitals}"

    @classmethod
    def parse(cls, text: str, when: datetime) -> Fingerprint:
        words, _, rest = text.partition("|")
        numbers, _, rest = rest.partition("|")
        title_numbers, _, rest = rest.partition("|")
        source, _, rest = rest.partition("|")
        stages, _, rest = rest.partition("|")
        anchors, _, capitals = rest.partition("|")  # marks stored before names have none
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
    title: str, lead: str, when: datetime, language: str | None = None, source: str = ""
) -> Fingerprint:
    """`language` None: detected from the title and lead; `source`: the feed's name."""
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
        for word in _TOKEN.findall(fold(text)):
            if word.isdigit() or len(word) < 2:
                continue
            key = stem(word)
            if key in markers and (weight == TITLE_WEIGHT or not title_stages):
                stages.add(markers[key])
            if word not in stops:
                weights[key] = max(weights[key], weight)
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
    )


def _later(stages: set[str]) -> frozenset[str]:
    """Of two stages of one dimension, the later one (LATER_STAGE): a strike that ends is over."""
    named = {s for s in stages}
    for dimension, later in LATER_STAGE.items():
        if f"{dimension}:{later}" in named:
            named = {s for s in named if s.partition(":")[0] != dimension or s.endswith(later)}
    return frozenset(named)


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


def shared_names(a: Fingerprint, b: Fingerprint, common: frozenset[str] = frozenset()) -> int:
    """Names the two items share: a name in one (inside a sentence) that the other capitalises
    anywhere, at a headline's start too; `common` names do not count."""
    return len(((a.anchors & b.capitals) | (a.capitals & b.anchors)) - common)


def common_names(prints: Sequence[Fingerprint]) -> frozenset[str]:
    """Names in more than COMMON_NAME_SHARE of a batch (at least COMMON_NAME_MIN items): a local
    feed's city, a league's name; they tell no story from another."""
    counts = Counter(name for fp in prints for name in fp.capitals)
    floor = max(COMMON_NAME_MIN, COMMON_NAME_SHARE * len(prints))
    return frozenset(name for name, count in counts.items() if count > floor)


def _phrase_stages(text: str) -> set[str]:
    """Stages named by a phrase of several words ("ahead of", "vor dem")."""
    folded = f" {' '.join(_TOKEN.findall(fold(text)))} "
    return {stage for phrase, stage in _PHRASES if f" {phrase} " in folded}


def _stages_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name stages of one dimension and none of them in common (a cut against a hold): a
    "final" that opens is no trial, so each dimension is compared on its own."""
    dims_a, dims_b = defaultdict(set), defaultdict(set)
    for stage in a:
        dims_a[stage.partition(":")[0]].add(stage)
    for stage in b:
        dims_b[stage.partition(":")[0]].add(stage)
    return any(dims_b.get(d) and not stages & dims_b[d] for d, stages in dims_a.items())


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
    out.update(f"{a}-{b}" for a, b in _SCORE.findall(text))
    for word, scale in _SPELLED.findall(text):
        out.add(f"{_NUMBER_WORDS[word] * _SCALE[scale]:.{FIGURE_DIGITS}g}")
    return out


def _specific(number: str) -> bool:
    """A figure unlikely to be shared by chance: not a day of the month, a small count or a
    year."""
    if number.startswith(YEAR):
        return False
    return not number.isdigit() or int(number) > 31


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Weighted Jaccard of the two word sets (0 for too few words). A word weighs 1, or
    TITLE_WEIGHT in a headline, so the shared weight is counted with set intersections."""
    if len(a.words) < MIN_WORDS or len(b.words) < MIN_WORDS:
        return 0.0
    shared = len(a.words & b.words)
    if not shared:
        return 0.0
    shared += (TITLE_WEIGHT - 1) * len(a.title_words & b.title_words)
    return shared / (a.total + b.total - shared)


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    return story_similarity(a, b) > 0


def _no_cosine(i: int, j: int) -> float:
    del i, j
    return 0.0


def story_similarity(
    a: Fingerprint,
    b: Fingerprint,
    cosine: Callable[[], float] = lambda: 0.0,
    common: frozenset[str] = frozenset(),
) -> float:
    """How alike two items of one story are (> 0), or 0 when they are not one story.
    `cosine`: their tf-idf cosine within a batch (`BatchGrams`), 0 when unknown; `common`:
    names too frequent in the batch to be evidence (`common_names`)."""
    return story_evidence(a, b, cosine, common)[1]


# How sure a link is: shared words first, then the batch's tf-idf of shared names and grams.
WORDS, TFIDF, NONE = 2, 1, 0


def story_evidence(
    a: Fingerprint,
    b: Fingerprint,
    cosine: Callable[[], float] = lambda: 0.0,
    common: frozenset[str] = frozenset(),
) -> tuple[int, float]:
    """(which evidence links the two, how alike they are by it); (NONE, 0.0) when apart."""
    if _apart(a, b):
        return NONE, 0.0
    shared_figure = any(_specific(n) for n in a.numbers & b.numbers)
    sim = similarity(a, b)
    if sim >= (SAME_STORY_SHARED_FIGURE if shared_figure else SAME_STORY):
        return WORDS, sim
    anchors = shared_names(a, b, common) + shared_figure
    if anchors:
        tfidf = cosine()
        needed = SAME_STORY_TFIDF if anchors >= TFIDF_ANCHORS else SAME_STORY_TFIDF_ONE_NAME
        if tfidf >= needed:
            return TFIDF, tfidf
    return NONE, 0.0


def _apart(a: Fingerprint, b: Fingerprint) -> bool:
    """What rules a pair out, however alike its words: the time, the stages, the figures, and
    two items of one feed with different headlines."""
    if abs(a.stamp - b.stamp) > WINDOW_SECONDS:
        return True
    if a.stages and b.stages and _stages_differ(a.stages, b.stages):
        return True
    if _figures_disagree(a, b):
        return True
    if a.anchors and b.anchors and not shared_names(a, b):
        return True  # both name who or where, and no name in common: two places, two firms
    if a.source and a.source == b.source:
        ta, tb = a.title_words, b.title_words
        return not ta or len(ta & tb) / len(ta | tb) < SAME_FEED_TITLE
    return False


class BatchGrams:
    """The items' character grams weighted by tf-idf, the idf taken from the batch: a gram most
    items share (a feed's boilerplate, a season's topic) counts little, a rare one (a name, a
    place) much. A small batch makes every shared gram look common: fewer merges. Cosines are
    computed for the pairs that ask (few pass the other rules)."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        n = len(prints)
        index: dict[str, int] = {}
        columns = np.array(
            [index.setdefault(g, len(index)) for fp in prints for g, _ in fp.gram_weights],
            dtype=np.int64,
        )
        rows = np.repeat(np.arange(n), [len(fp.gram_weights) for fp in prints])
        weights = np.array([w for fp in prints for _, w in fp.gram_weights])
        df = np.bincount(columns, minlength=len(index))
        weights = weights * np.log((n + 1) / (df[columns] + 0.5))
        norms = np.sqrt(np.bincount(rows, weights * weights, minlength=n))
        norms[norms == 0] = 1.0
        weights /= norms[rows]
        ends = np.cumsum([len(fp.gram_weights) for fp in prints])
        self._columns = np.split(columns, ends[:-1])
        self._weights = np.split(weights, ends[:-1])

    def cosine(self, i: int, j: int) -> float:
        _, left, right = np.intersect1d(
            self._columns[i], self._columns[j], assume_unique=True, return_indices=True
        )
        return float(self._weights[i][left] @ self._weights[j][right])


def _figures_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    """Numbers that tell two events apart: different measures (quakes of 6.1 and 5.4), a score in
    one headline the other never gives (a report and its preview), headlines with different
    figures. Counts may differ between copies (12,000 homes, thousands of households)."""
    if a.exact and b.exact and not a.exact & b.exact:
        return True
    if _score_missing(a, b) or _score_missing(b, a):
        return True
    ta, tb = a.title_numbers, b.title_numbers  # "Part 1" and "Part 2"
    return bool(ta and tb and not ta & b.numbers and not tb & a.numbers)


def _score_missing(a: Fingerprint, b: Fingerprint) -> bool:
    """A score in `a`'s headline that `b` never gives, not even as its two numbers ("2 a 1")."""
    for score in a.title_scores:
        if score not in b.numbers and not set(score.split("-")) <= b.numbers:
            return True
    return False


def group(prints: Sequence[Fingerprint], tfidf: bool = TFIDF_LINKS) -> list[list[int]]:
    """Indices of `prints` grouped into stories, each group in input order, groups ordered by
    their first member.

    Pairs that are one story (`story_evidence`) join their groups, the surest evidence first
    (shared words before tf-idf), the most similar first within it, but only when
    at least half of the pairs across the two groups are one story too: a single bridging copy
    does not chain two events together. Only pairs that can pass are compared (`_Blocks`).
    `tfidf`: link by the batch's tf-idf too (off by default: see TFIDF_LINKS)."""
    blocks, common = _Blocks(prints, names=tfidf), common_names(prints)
    cosine = BatchGrams(prints).cosine if tfidf else _no_cosine
    linked: list[tuple[int, float, int, int]] = []
    peers: dict[int, set[int]] = defaultdict(set)  # who each item is one story with
    for i, fp in enumerate(prints):
        for j in blocks.near(i):
            tier, sim = story_evidence(fp, prints[j], partial(cosine, i, j), common)
            if tier:
                linked.append((-tier, -sim, i, j))
                peers[i].add(j)
                peers[j].add(i)
    linked.sort()
    members = {i: {i} for i in range(len(prints))}
    home = list(range(len(prints)))
    for _, _, i, j in linked:
        a, b = sorted((home[i], home[j]), key=lambda g: len(members[g]))
        if a == b:
            continue
        across = sum(len(peers[x] & members[b]) for x in members[a])
        if across * LINK_SHARE < len(members[a]) * len(members[b]):
            continue
        moved = members.pop(a)
        members[b] |= moved
        for x in moved:
            home[x] = b
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


class _Blocks:
    """Which later items an item could be one story with: those sharing a word (with `names`, for
    tf-idf links: or a name or a specific figure), and, when both have figures in their
    headlines, one of them mentions a headline figure of the other ("Part 1" and "Part 2" never
    are). `story_evidence` passes no other pair; skipping them spares comparing every pair of a
    batch with one lead."""

    def __init__(self, prints: Sequence[Fingerprint], names: bool = False) -> None:
        self._prints = prints
        self._names = names
        self._by_key: dict[str, set[int]] = defaultdict(set)
        self._by_number: dict[str, set[int]] = defaultdict(set)
        self._by_title_number: dict[str, set[int]] = defaultdict(set)
        self._untitled: set[int] = set()
        for i, fp in enumerate(prints):
            for key in _keys(fp, names):
                self._by_key[key].add(i)
            for number in fp.numbers:
                self._by_number[number].add(i)
            for number in fp.title_numbers:
                self._by_title_number[number].add(i)
            if not fp.title_numbers:
                self._untitled.add(i)
        self._keys = [frozenset(_keys(fp, names)) for fp in prints]

    def near(self, i: int) -> list[int]:
        fp, keys = self._prints[i], self._keys[i]
        if fp.title_numbers:  # few items can agree with a headline figure: check those
            agree = set().union(
                self._untitled,
                *(self._by_number[n] for n in fp.title_numbers),
                *(self._by_title_number[n] for n in fp.numbers),
            )
            return sorted(j for j in agree if j > i and not keys.isdisjoint(self._keys[j]))
        pool = set().union(*(self._by_key[k] for k in keys))
        return sorted(j for j in pool if j > i)


def _keys(fp: Fingerprint, names: bool) -> Iterable[str]:
    yield from fp.weights
    if names:
        yield from (f"@{a}" for a in fp.capitals)
        yield from (f"#{n}" for n in fp.numbers if _specific(n))


class KnownStories:
    """Stories a destination already had, indexed by word: a candidate is compared only with
    those sharing a word with it (`same_story` passes no other)."""

    def __init__(self, known: Sequence[Fingerprint]) -> None:
        self._known = list(known)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for i, fp in enumerate(self._known):
            for word in fp.weights:
                self._by_word[word].append(i)

    def __bool__(self) -> bool:
        return bool(self._known)

    def has(self, fp: Fingerprint) -> bool:
        near = {i for word in fp.weights for i in self._by_word.get(word, ())}
        return any(same_story(fp, self._known[i]) for i in sorted(near))
