"""Evidence that two items of one digest batch tell one story, as one score (bot.digest.stories).

Copies of one event told in other words still share what is rare in the batch: the names of the
people, places and firms, the figures, a word or two of the event. Two events of one topic share
names and topic words too, but name other days, other figures, other news in their headlines.
The score adds the first kind of evidence and subtracts the second (WEIGHTS):

- `cosine`: tf-idf cosine of the items' character grams within the batch (BatchGrams), counted
  up to COSINE_CAP;
- `contained`: the idf mass of the tokens (stems, names, specific figures) the two share, over
  that of the smaller item (a teaser shares few tokens, but they are its rare ones);
- `exclusive`: shared tokens that at most EXCLUSIVE_DF items of the batch carry (a story's own
  words, not its topic's); in both, a stem of one word family ("inspector" / "inspect",
  FAMILY_PREFIX) counts as shared;
- `figures`: specific figures in common (2,300; 6.1; 16%) that few items carry (FIGURE_DF, and
  at most half the batch): a story's key number, weighing 3 since round 9 (session 10);
- against: weekdays on both sides and none in common (`other_days`), measures on both sides and
  none in common, names on both sides and none in common, places (after "in", "bei", "в"...)
  on both sides that the other never names, a stage one names and the other does not, a
  headline announcing another event of a kind, and `title_news`: the smaller of the two
  shares of a headline (idf mass) that the other item never mentions (a firm that "cuts jobs"
  and one that "builds a plant": each headline tells what the other lacks), a word in another
  form ("entgleist" / "Entgleisung", "Streik" / "Lokführerstreik") counting as mentioned;
- concepts (CONCEPTS): what the stems name, as tokens of `contained` and `exclusive` beside
  the stems ("knifed" / "stabbed"), once per word both carry;
- `close`: how near in time the two were published (CLOSE_HALF_LIFE), for pairs sharing a
  key figure or a name few items carry (CLOSE_NAME_DF), both with a publication time
  (`Fingerprint.dated`); tuned on rounds 9 and 10, the sets with real times (session 10,
  fourth pass).

Weights: a logistic fit on every labelled set (tests/story_items*.py, rounds 1-4, all in-sample)
and a search for the most true merges at few false ones, rounded by hand; leaving one set out of
the fit in turn gave 0.91-1.00 precision on the set left out (docs/digest.md, session 9). What
rules a pair out whatever its score (the window, different stages or ordinals, a score or
headline figures missing from the other) is story_compare's `ruled_out`. Pure: no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from bot.digest.story_compare import BatchGrams, other_measures, shared_names, stages_alike
from bot.digest.story_concepts import concepts_of, stem_concepts
from bot.digest.story_duration import MONTHS
from bot.digest.story_figures import specific
from bot.digest.story_fingerprint import Fingerprint

EXCLUSIVE_DF = 3  # a token in at most this many items of a batch belongs to one story
# Two forms of one word family ("inspectors" / "inspection": stems "inspector" / "inspect")
# count as shared in `contained` and `exclusive` when their stems share the first
# FAMILY_PREFIX letters (no name, no figure; 0: off): a reaction hours later tells the event in
# other forms of its words. Rounds 9-23 and 27 (in-sample), every 24 h: recall 0.803 -> 0.806,
# no false merge added (docs/digest.md, "Session 14: daily-digest recall").
FAMILY_PREFIX = 6
FIGURE_DF = 3  # a figure in at most this many items of a batch is a story's own (`figures`)
NAME_MARK, FIGURE_MARK = "@", "#"  # a name's and a figure's tokens, apart from stems
# feature -> weight; a pair links at SCORED_LINK or more
WEIGHTS: dict[str, float] = {
    "cosine": 7.0,
    "contained": 0.6,
    "exclusive": 0.7,
    "figures": 3.0,
    "other_days": -2.2,
    "other_measures": -1.0,
    "other_names": -1.5,
    "other_places": -4.0,
    "stage_one_side": -0.2,
    "another": -1.0,
    "title_news": -2.0,
    "close": 4.0,
}
BIAS = -5.5
# `title_news` counts a headline stem as mentioned when the other item has a word starting with
# its first NEWS_PREFIX letters or holding it (compounds); 0: the stem itself only.
NEWS_PREFIX = 5
# -0.5: the operating point leave-one-set-out picks with every pair linked across two groups
# (stories.LINK_SHARE); 0.0 with half of them (docs/digest.md, "Session 9, third pass").
SCORED_LINK = -0.5
# The cosine counts up to this: copies closer than it share their words (story_compare's WORDS
# link), and a bound lets most pairs skip computing it.
COSINE_CAP = 0.6
# Copies of one event come minutes to a few hours apart; another event of its kind in the same
# place (the day's second fire, the next quake) hours or days later. `close` is 2 ** -(hours
# apart / CLOSE_HALF_LIFE), for pairs that share a key figure or a name at most CLOSE_NAME_DF
# items carry (a story of four or five copies carries its place in all of them; the time alone
# says nothing of what two items tell: `_close_keyed`). Weight 4, half-life 3 h: whole rounds 9
# and 10 first merge a hard negative at weight 10, their 6-hour digests at 5 (a governor's two
# events 3 h apart; docs/digest.md, "Session 10, fourth pass").
CLOSE_HALF_LIFE = 3.0
CLOSE_NAME_DF = 5
# A teaser minutes after its fuller copy ("Горит торф" / "Под Ельнинском горит торфяник",
# "Se hunde un pesquero") often shares no name few items carry, only a few words of its event
# that no other item of the batch or its context carries: with at least this many such stems
# and a headline word in common the time credit counts too (0: off). Only in the pair's score,
# not in `timed` (repeats across digests). Round 16 (in-sample since, docs/digest.md, "Session
# 12, third pass"); without the headline word two places hit by one night's gale would share it.
CLOSE_PAIR_STEMS = 2
# `another` counts against a pair only when one headline announces another event of a kind and
# the other does not: two copies of the second fine ("Tweede boete voor Noordhaven Bank",
# "Noordhaven opnieuw beboet") both announce it. False: whenever either does (until session 12,
# third pass). Only round 16 changed (every 3 / 6 h one pair more), no false merge anywhere.
BOTH_ANOTHER_ALIKE = True
# A key figure lets time count only with a stem or a name in common too: two items published
# together that share one number and not a word ("38 per 100,000" flu cases, "38 cêntimos" a
# litre of milk) tell two events (round 22, in-sample since; docs/digest.md, "Session 13,
# third pass"). False: the figure alone.
FIGURE_WITH_WORD = True
# A share is one figure: "54 per cent" gives the share "54%" and its bare digits "54"
# (story_figures.figures), both key figures, so two items giving one share weighed two
# (`figures`, 3.0 each): a town's runoff won "with 54 per cent" and a president's early count
# "at 54 per cent" linked in a daily batch (round 37 every 24 h, in-sample; docs/digest.md,
# "Session 15: daily precision"). With SHARE_ONCE `figures` counts them once (`_figure_count`);
# the tokens stay. Dropping the bare digits' token instead cost true pairs of rounds 20 and 21
# every 6 h. False: twice.
SHARE_ONCE = True


# What an item's stems name (bot.digest.story_concepts, a lexicon written blind by an author who
# read no story round: "stabbed" and "knifed", "prison" and "jail") are tokens too
# (CONCEPT_MARK): copies told in other words share them, and a headline word whose concept the
# other item names is no news it lacks (`title_news`, CONCEPT_NEWS). A concept that a word both
# carry names already counts once, as that word (CONCEPT_ONCE: counted again, it weighs a
# shared event word twice, and a town's second quake hours after its first joined it), and
# none counts between two languages (CONCEPT_LANGUAGES). Read rounds (49-51 read in session
# 18; in-sample) every 24 / 12 / 6 h 7 / 7 / 4 true pairs more, no false one; unread decide
# rounds 3 / 0 / 2 more, none false. Counted twice: every 24 h 43 true and 5 false more on the
# read rounds, 20 and 0 on the decide rounds. A concept is no follow-up's event word, no
# stray's shared stem (MARKS: story_followup_words, story_strays), no reaction's own token
# (story_reactions.REACTION_CONCEPTS) and no evidence of a silent repeat
# (story_known.REPEAT_CONCEPTS). False: off.
CONCEPT_MARK = "~"
MARKS = (NAME_MARK, FIGURE_MARK, CONCEPT_MARK)  # marked tokens: names, figures, concepts
CONCEPTS = True
CONCEPT_NEWS = True
CONCEPT_ONCE = True
CONCEPT_LANGUAGES = True


def _tokens(fp: Fingerprint, concepts: bool = True) -> frozenset[str]:
    """An item's tokens: stems, names, specific figures and (`concepts`, CONCEPTS) concepts."""
    return frozenset(
        (
            *fp.words,
            *(NAME_MARK + c for c in fp.capitals),
            *(FIGURE_MARK + n for n in fp.numbers if specific(n) or n.endswith(MONTHS)),
            *(CONCEPT_MARK + c for c in (concepts_of(fp.words) if concepts else ())),
        )
    )


def _figure_count(figures: frozenset[str]) -> int:
    """How many figures the tokens give, a share and its bare digits ("#54%", "#54") as one
    (SHARE_ONCE)."""
    if not SHARE_ONCE:
        return len(figures)
    return len({t.removesuffix("%") for t in figures})


def _unsaid_concepts(a: Fingerprint, b: Fingerprint, shared: frozenset[str]) -> frozenset[str]:
    """The shared concepts that say nothing more of the pair: one a word both carry names
    already ("quake" / "quake": the word is the evidence, CONCEPT_ONCE), or any, when the two
    were read in two languages (CONCEPT_LANGUAGES)."""
    concepts = frozenset(t for t in shared if t[0] == CONCEPT_MARK)
    if not concepts:
        return concepts
    if CONCEPT_LANGUAGES and a.language and b.language and a.language != b.language:
        return concepts
    if not CONCEPT_ONCE:
        return frozenset()
    return concepts & {CONCEPT_MARK + c for w in a.words & b.words for c in stem_concepts(w)}


def _stem_of_family(token: str) -> bool:
    """Whether a token is a stem long enough to have a family (`BatchEvidence._family`)."""
    return len(token) >= FAMILY_PREFIX and token[0] not in MARKS


def _mentioned(stem: str, words: frozenset[str]) -> bool:
    """Whether another form of `stem` is among `words`: one starts with the other's first
    NEWS_PREFIX letters, or holds the other whole (a compound)."""
    if len(stem) < NEWS_PREFIX:
        return False
    head = stem[:NEWS_PREFIX]
    return any(
        w.startswith(head) or (len(w) >= NEWS_PREFIX and (w in stem or stem in w)) for w in words
    )


class BatchEvidence:
    """A batch's statistics (gram tf-idf, token idf) and the score of any pair of its items."""

    def __init__(
        self,
        prints: Sequence[Fingerprint],
        context: Sequence[Fingerprint] = (),
        concepts: bool = True,
    ) -> None:
        """`context`: the stories the destination had lately (its story marks): they count in
        how rare a token is, so the words of yesterday's story are no today's item's own.
        `concepts`: concepts are tokens too (CONCEPTS; a silent repeat asks without them)."""
        self._prints = prints
        self._batch_grams: BatchGrams | None = None  # built when a pair first needs a cosine
        self._concepts = CONCEPTS and concepts
        self._tokens = [_tokens(fp, self._concepts) for fp in prints]
        n = len(prints) + len(context)
        df = Counter(t for tokens in self._tokens for t in tokens)
        df.update(t for fp in context for t in _tokens(fp, self._concepts))
        self._df = df
        self._idf = {t: math.log(n / count) for t, count in df.items()}
        self._rare = frozenset(t for t, count in df.items() if count <= EXCLUSIVE_DF)
        # a figure every item of a small batch gives is no story's own (two items: both)
        most = min(FIGURE_DF, n // 2)
        self._own_figures = frozenset(
            t for t, count in df.items() if t[0] == FIGURE_MARK and count <= most
        )
        self._mass = [sum(self._idf[t] for t in tokens) for tokens in self._tokens]
        self._title_mass = [sum(self._idf[t] for t in fp.title_words) for fp in prints]
        self._close_names = frozenset(
            t for t, count in df.items() if t[0] == NAME_MARK and count <= CLOSE_NAME_DF
        )
        # with the time credit, two dated items sharing only such a name may reach a link too
        timed = self._rare | self._close_names if WEIGHTS["close"] else self._rare
        self._keys = [
            tokens & (timed if fp.dated else self._rare)
            for fp, tokens in zip(prints, self._tokens, strict=True)
        ]

    def candidates(self, split: int | None = None) -> list[tuple[int, int]]:
        """The pairs (i < j) that could score SCORED_LINK: those sharing a rare token (a figure
        counts only when rare too) or, with the time credit on, a name few items carry
        (CLOSE_NAME_DF). Without one a pair cannot reach it (`reachable_without_keys`), so a
        batch of 300 items with one lead is not scored pair by pair. `split`: only the pairs
        with i before it and j from it on (a digest's items against the known stories)."""
        by_key: dict[str, list[int]] = {}
        for i, keys in enumerate(self._keys):
            for key in keys:
                by_key.setdefault(key, []).append(i)
        if split is not None:
            across = set()
            for members in by_key.values():
                left = [i for i in members if i < split]
                if left and members[-1] >= split:
                    across.update((i, j) for i in left for j in members if j >= split)
            return sorted(across)
        pairs = {
            (i, j)
            for members in by_key.values()
            for n, i in enumerate(members)
            for j in members[n + 1 :]
        }
        return sorted(pairs)

    def features(self, i: int, j: int, cosine: bool = True) -> dict[str, float]:
        """The pair's evidence by name (WEIGHTS); `cosine` False: all but the costly cosine."""
        a, b = self._prints[i], self._prints[j]
        shared = self._tokens[i] & self._tokens[j]
        if self._concepts:
            shared -= _unsaid_concepts(a, b, shared)
        smaller = min(self._mass[i], self._mass[j])
        kin = shared | self._family(i, j)
        features = {
            "cosine": self._cosine(i, j) if cosine else 0.0,
            "contained": sum(self._idf[t] for t in kin) / smaller if smaller else 0.0,
            "exclusive": len(kin & self._rare),
            "figures": _figure_count(shared & self._own_figures),
            "other_days": bool(a.days and b.days and not a.days & b.days),
            "other_measures": other_measures(a, b),
            "other_names": bool(a.anchors and b.anchors and not shared_names(a, b)),
            "other_places": bool(
                a.places and b.places and not a.places & b.capitals and not b.places & a.capitals
            ),
            "stage_one_side": not stages_alike(a, b),
            "another": a.another != b.another if BOTH_ANOTHER_ALIKE else a.another or b.another,
            "title_news": min(self._news(i, j), self._news(j, i)),
            "close": 0.0,
        }
        if WEIGHTS["close"] and (
            self._close_keyed(a, b, shared) or self._pair_worded(a, b, shared)
        ):
            features["close"] = self._close(a, b)
        return features

    def _family(self, i: int, j: int) -> frozenset[str]:
        """Item i's stems (no name, no figure) that item j does not carry but has another form
        of: a stem of j's, not i's, with the same first FAMILY_PREFIX letters ("inspector" /
        "inspect")."""
        if not FAMILY_PREFIX:
            return frozenset()
        mine, theirs = self._tokens[i], self._tokens[j]
        heads = {t[:FAMILY_PREFIX] for t in theirs - mine if _stem_of_family(t)}
        if not heads:
            return frozenset()
        return frozenset(
            t for t in mine - theirs if _stem_of_family(t) and t[:FAMILY_PREFIX] in heads
        )

    def carriers(self, token: str) -> int:
        """How many items of the batch and its context carry `token`."""
        return self._df.get(token, 0)

    def tokens(self, i: int) -> frozenset[str]:
        """Item i's tokens: stems, names (NAME_MARK), specific figures (FIGURE_MARK)."""
        return self._tokens[i]

    def timed(self, i: int, j: int) -> bool:
        """Whether the time credit applies to the pair: both dated, and a key figure or a
        rare name in common (`_close_keyed`); what a known story's repeat needs
        (story_known.KnownStories.repeats)."""
        a, b = self._prints[i], self._prints[j]
        if not (a.dated and b.dated):
            return False
        return self._close_keyed(a, b, self._tokens[i] & self._tokens[j])

    def _close_keyed(self, a: Fingerprint, b: Fingerprint, shared: frozenset[str]) -> bool:
        """Whether a pair shares what lets time count: a key figure of the batch, or a name
        at most CLOSE_NAME_DF items carry that one of the two names inside a sentence (not a
        capitalised first word: one night's storm items all start "Storm ...", "Engineers ...").
        Any rare stem was tried: in a batch of ten, three items sharing "overnight" are rare."""
        if shared & self._own_figures and (
            not FIGURE_WITH_WORD or any(t[0] != FIGURE_MARK for t in shared)
        ):
            return True
        names = {t[1:] for t in shared & self._close_names}
        return bool(names & (a.anchors | b.anchors))

    def _pair_worded(self, a: Fingerprint, b: Fingerprint, shared: frozenset[str]) -> bool:
        """Whether a pair shares at least CLOSE_PAIR_STEMS stems (no name, no figure) that no
        other item of the batch or its context carries, and a word of their headlines: a teaser
        and its fuller copy ("Горит торф" / "Под Ельнинском горит торфяник"), not two places
        hit by one night's gale ("Crews worked overnight" / "... from roads overnight")."""
        if not CLOSE_PAIR_STEMS or not a.title_words & b.title_words:
            return False
        only = [t for t in shared if t[0] not in (NAME_MARK, FIGURE_MARK) and self._df[t] == 2]
        return len(only) >= CLOSE_PAIR_STEMS

    @staticmethod
    def _close(a: Fingerprint, b: Fingerprint) -> float:
        """1 for items published together, halving every CLOSE_HALF_LIFE hours apart; 0 when
        either time is not a publication time (`Fingerprint.dated`: only when it was seen)."""
        if not (a.dated and b.dated):
            return 0.0
        return 2.0 ** (-abs(a.stamp - b.stamp) / 3600 / CLOSE_HALF_LIFE)

    def _news(self, i: int, j: int) -> float:
        """The share of item i's headline (idf mass of its stems) that item j never mentions:
        what i reports that j does not."""
        total = self._title_mass[i]
        if not total:
            return 0.0
        missing = self._prints[i].title_words - self._tokens[j]
        if NEWS_PREFIX and missing:  # "entgleist" / "Entgleisung", "Streik" / "Lokführerstreik"
            words = self._prints[j].words
            missing = {t for t in missing if not _mentioned(t, words)}
        if self._concepts and CONCEPT_NEWS and missing:  # "flooded" / "swamps"
            theirs = self._tokens[j]
            missing = {
                t for t in missing if not any(CONCEPT_MARK + c in theirs for c in stem_concepts(t))
            }
        return sum(self._idf[t] for t in missing) / total

    def score(self, i: int, j: int) -> float:
        """How surely items i and j are one story: SCORED_LINK or more links them. The cosine
        is computed only when it could lift the pair to SCORED_LINK."""
        features = self.features(i, j, cosine=False)
        score = BIAS + sum(WEIGHTS[k] * v for k, v in features.items())
        if score + WEIGHTS["cosine"] * COSINE_CAP < SCORED_LINK:
            return score
        return score + WEIGHTS["cosine"] * self._cosine(i, j)

    def _cosine(self, i: int, j: int) -> float:
        if self._batch_grams is None:
            self._batch_grams = BatchGrams(self._prints)
        return min(COSINE_CAP, self._batch_grams.cosine(i, j))


def reachable_without_keys() -> bool:
    """Whether a pair sharing no key (`candidates`) could still reach SCORED_LINK (the most
    the cosine and the containment give, nothing against): `candidates` relies on no."""
    return BIAS + WEIGHTS["cosine"] * COSINE_CAP + WEIGHTS["contained"] >= SCORED_LINK
