"""Are two fingerprinted items one story? (bot.digest.stories groups by it.)

Two items are one story when they were published within WINDOW of each other, nothing sets them
apart (`set_apart`), and the evidence is strong enough (`story_evidence`):

- apart: a contradiction (`contradict`: different stages of one kind of event, per
  bot.digest.story_lexicon: a rate cut and a hold, a match preview and its result, a trial's
  opening and its verdict, a strike and its end; other ordinals of one word, the third quarter
  and the second; a score in one headline the other never gives, or a match's score on one side
  only), headlines with other figures (not when one rounds the other, "400 M€" / "412
  millions", nor a year against a count), two items of one feed with different headlines (a
  boilerplate teaser): `ruled_out`, whatever the evidence; and, for the links made here only
  (bot.digest.story_score weighs them instead), different measures (quakes of 6.1 and 5.4; not
  "almost two million" and 1.9 million: story_figures.roughly),
  "another" event with other figures, and names on both sides with none in common (two cities,
  two firms). A contradiction also stops `stories.group` from chaining two groups;
- alike: the weighted overlap of their words reaches SAME_STORY (SAME_STORY_SHARED_FIGURE when
  both quote one specific figure and name no other weekdays); or, within a batch, they quote
  one specific figure and share a name rare in the batch (FIGURE_AND_NAME); or, with
  TFIDF_LINKS (off by default), they share rare names (or a figure) and their tf-idf cosine
  over character grams within the batch reaches SAME_STORY_TFIDF (`BatchGrams`: copies told
  in other words, inflected names, compounds). The last two are weak evidence: never when one
  headline announces another event of a kind, or one item names a stage or a score the other
  lacks (`_weak_allowed`); bot.digest.story_score's weighed links, never when one names a
  match preview and the other no stage (`weighed_allowed`).

A false merge hides a story from the chat, so the thresholds favour precision; bench/stories.py
measures both (docs/digest.md). The contradictions live in bot.digest.story_contradict and the
headline figures in bot.digest.story_headline_figures (split by job, session 17). Pure: no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import timedelta

from bot.digest.story_contradict import contradict
from bot.digest.story_figures import roughly, specific
from bot.digest.story_fingerprint import TITLE_WEIGHT, Fingerprint, gram_weights
from bot.digest.story_headline_figures import other_headline_figures
from bot.digest.story_lexicon import STAGE_ALIKE

WINDOW = timedelta(hours=48)
WINDOW_SECONDS = WINDOW.total_seconds()
# Thresholds chosen on the dev part of tests/story_items.py and tests/story_items_fresh.py
# (`python -m bench.stories --fresh --sweep`), precision first.
SAME_STORY = 0.36  # weighted Jaccard of title + lead words
SAME_STORY_SHARED_FIGURE = 0.15  # the same, when both quote one specific figure (6.1, 2-1, 16%)
# A shared figure lowers the words needed only when the two items name no other weekdays
# (`_figure_link_allowed`): a follow-up repeats its story's key figure.
FIGURE_LINK_DAYS = True
# Links by the batch's tf-idf (`BatchGrams`) raise recall on copies told in other words (fresh
# set 0.44 -> 0.58, with `_weak_allowed`) but merge same-name, same-topic events in the held-out
# part of the first set (grouping precision 0.964 -> 0.934): off until a set says they are safe.
TFIDF_LINKS = False
# A specific figure (2,300; 6.1; 16%) and a name rare in the batch in common link two items however
# few words they share, when neither names a stage, a score or "another" event the other lacks
# (`_weak_allowed`): fresh set grouping recall 0.375 -> 0.438, dev and held out unchanged; but on
# the blind round-4 set it added 8 true merges and 3 false ones (grouping precision 0.966 -> 0.900):
# off, since a false merge hides a story.
FIGURE_AND_NAME = False
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
# A weighed link (bot.digest.story_score) never joins a match preview to an item naming no stage
# (`weighed_allowed`); False: it may.
PREVIEW_APART = True
PREVIEW = "match:preview"  # the stage (bot.digest.story_lexicon.STAGES)
MIN_WORDS = 3  # fewer content words than this: never merged (a title like "Live updates")


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


# How sure a link is: shared words first, then the weighed evidence, then a figure and a name,
# then the batch's tf-idf of shared names and grams.
# SCORED: bot.digest.story_score's weighed evidence within a batch (`stories.group`).
WORDS, SCORED, FIGURE_NAME, TFIDF, NONE = 4, 3, 2, 1, 0


def story_evidence(
    a: Fingerprint,
    b: Fingerprint,
    cosine: Callable[[], float] = lambda: 0.0,
    common: frozenset[str] = frozenset(),
    figure_name: bool = False,
) -> tuple[int, float]:
    """(which evidence links the two, how alike they are by it); (NONE, 0.0) when apart.
    `figure_name`: a specific figure and a name in common link the two (FIGURE_AND_NAME); only
    within a batch, whose `common` names are known (a chat's city is no evidence)."""
    if set_apart(a, b):
        return NONE, 0.0
    shared_figure = any(specific(n) for n in a.numbers & b.numbers)
    sim = similarity(a, b)
    if sim >= SAME_STORY or (
        shared_figure and sim >= SAME_STORY_SHARED_FIGURE and _figure_link_allowed(a, b)
    ):
        return WORDS, sim
    names = shared_names(a, b, common)
    if not (names or shared_figure) or not _weak_allowed(a, b):
        return NONE, 0.0
    if figure_name and shared_figure and names and sim > 0:  # sim 0: too few words
        return FIGURE_NAME, sim
    anchors = names + shared_figure
    if anchors:
        tfidf = cosine()
        needed = SAME_STORY_TFIDF if anchors >= TFIDF_ANCHORS else SAME_STORY_TFIDF_ONE_NAME
        if tfidf >= needed:
            return TFIDF, tfidf
    return NONE, 0.0


def _figure_link_allowed(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether a shared figure may lower the words needed (SAME_STORY_SHARED_FIGURE): not when
    both date themselves to weekdays and none in common (FIGURE_LINK_DAYS). A follow-up repeats
    its story's key figure (the price of the deal it closes, the prize money of the shortlist it
    settles) and happens on another day; copies of one event name its day alike."""
    return not (FIGURE_LINK_DAYS and a.days and b.days and not a.days & b.days)


def stages_alike(a: Fingerprint, b: Fingerprint) -> bool:
    """Both name the same stages, read as STAGE_ALIKE says: for the weighed evidence a strike
    named, called or held is one stage, as before calls were read (session 11); whether the
    call and the strike day are apart is for story_contradict's `_stages_differ` to say."""
    return _alike(a.stages) == _alike(b.stages)


def _alike(stages: frozenset[str]) -> frozenset[str]:
    return frozenset(STAGE_ALIKE.get(s, s) for s in stages)


def _weak_allowed(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether weak evidence (shared names, tf-idf) may link the two: not when a headline
    announces another event of a kind, nor when one names a stage (a verdict, a preview) or a
    score that the other does not: a result and its preview share every name."""
    if a.another or b.another or not stages_alike(a, b):
        return False
    return bool(a.scores) == bool(b.scores)  # a report gives the score, its preview does not


def weighed_allowed(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether bot.digest.story_score's weighed evidence may link the two: not when one names a
    match's preview and the other names no stage at all (PREVIEW_APART). The score counts the
    rare names two items share, and a preview shares every name with its report; a report
    written in words the lexicon lacks ("stops Kowal", "Haldenberg jubelt") names no stage, so
    stages never contradict. Copies of a preview that name no stage still meet by their words
    or through other copies (round 8, read in session 10: 2 false merges fewer, 2 true pairs)."""
    if not PREVIEW_APART or (a.stages and b.stages):
        return True
    return PREVIEW not in a.stages | b.stages


def set_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """What rules a pair out, however alike its words: `ruled_out`, and measures, specific
    figures or names on both sides with none in common."""
    if ruled_out(a, b):
        return True
    if other_measures(a, b):
        return True  # different measures: quakes of 6.1 and 5.4
    if (a.another or b.another) and _other_figures(a, b):
        return True  # "also recalls" 8,400 prams, not the 31,000 car seats
    return bool(a.anchors and b.anchors and not shared_names(a, b))  # two places, two firms


def other_measures(a: Fingerprint, b: Fingerprint) -> bool:
    """Both quote measures (6.1, 16%, 1.9e+06), none in common, not even roughly (`roughly`:
    "almost two million" / "1.9 million")."""
    return measures_apart(a.exact, a.rough, b.exact, b.rough)


def measures_apart(
    exact: frozenset[str],
    rough: tuple[tuple[float, int], ...],
    other_exact: frozenset[str],
    other_rough: tuple[tuple[float, int], ...],
) -> bool:
    """`other_measures` on measures gathered from several items too (a story's copies together:
    bot.digest.story_followup)."""
    if not (exact and other_exact) or exact & other_exact:
        return False
    return not roughly(rough, other_rough)


def _other_figures(a: Fingerprint, b: Fingerprint) -> bool:
    """Both quote specific figures (2,300; 6.1; 16%), none in common, not even roughly."""
    mine = {n for n in a.numbers if specific(n)}
    theirs = {n for n in b.numbers if specific(n)}
    return bool(mine and theirs and not mine & theirs) and not roughly(a.rough, b.rough)


def ruled_out(a: Fingerprint, b: Fingerprint) -> bool:
    """What rules a pair out whatever the evidence (bot.digest.story_score weighs the rest):
    the time, a contradiction (`contradict`: other stages, ordinals, scores), headline figures
    the other never gives, two languages (`languages_apart`), two items of one feed with
    different headlines."""
    if abs(a.stamp - b.stamp) > WINDOW_SECONDS:
        return True
    if contradict(a, b):
        return True
    if other_headline_figures(a, b):  # "Part 1" and "Part 2"
        return True
    if languages_apart(a, b):
        return True
    if a.source and a.source == b.source:
        ta, tb = a.title_words, b.title_words
        return not ta or len(ta & tb) / len(ta | tb) < SAME_FEED_TITLE
    return False


# Two items read in different languages, each of at least this many stems (the language of a
# title and a lead that long is detected reliably: 5 of 3,846 such items of rounds 9-48 are
# misread, against 52 of 7,744 shorter ones), tell two stories: what they share is a name or
# two (a region's wildfire in Italian and its smugglers' trial in English share "Peloponnese";
# round 47, read in session 17: its 2 false pairs every 6 h and every 24 h gone; the unread
# rounds that decide switches lose 1 true pair at each; 12 stems cost 3). None: off.
LANGUAGE_STEMS: int | None = 16


def languages_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether `a` and `b` were read in two languages, both long enough to trust it
    (LANGUAGE_STEMS); a stored story mark has no language and compares nothing."""
    if LANGUAGE_STEMS is None or not (a.language and b.language) or a.language == b.language:
        return False
    return min(len(a.words), len(b.words)) >= LANGUAGE_STEMS


class BatchGrams:
    """The items' character grams weighted by tf-idf, the idf taken from the batch: a gram most
    items share (a feed's boilerplate, a season's topic) counts little, a rare one (a name, a
    place) much. A small batch makes every shared gram look common: fewer merges. Cosines are
    computed for the pairs that ask (few pass the other rules)."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        n = len(prints)
        grams = [gram_weights(fp) for fp in prints]
        df = Counter(g for item in grams for g in item)
        idf = {g: math.log((n + 1) / (count + 0.5)) for g, count in df.items()}
        self._weights: list[dict[str, float]] = []
        for item in grams:
            weighted = {g: w * idf[g] for g, w in item.items()}
            norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
            self._weights.append({g: w / norm for g, w in weighted.items()})
        self._keys = [item.keys() for item in self._weights]

    def cosine(self, i: int, j: int) -> float:
        left, right = self._weights[i], self._weights[j]
        return sum(left[g] * right[g] for g in self._keys[i] & self._keys[j])
