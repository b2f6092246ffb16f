"""Stories a destination already had: which of a digest's items repeat one (`KnownStories`).

Split from bot.digest.stories (session 13): a repeat is never shown, so it asks more than a
merge within a digest (bot.digest.stories.group), which the chat still sees: words
(story_compare's `story_similarity`) with no lone "another" headline, or bot.digest.story_score's
weighed evidence reaching REPEAT_LINK, nothing keeping the two apart (bot.digest.story_apart).
Pure: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bot.digest.story_apart import denies, second_apart
from bot.digest.story_compare import SAME_STORY, ruled_out, story_similarity, weighed_allowed
from bot.digest.story_event import kinds_disagree
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_score import BatchEvidence

# An item is a repeat of a story the destination had when their weighed evidence (story_score,
# the digest's items and the known stories as one batch) reaches REPEAT_LINK (`KnownStories
# .repeats`); None: words only (`same_story`). A repeat is never shown: stricter than a link
# (SCORED_LINK, -0.5); at 1.0 round 11's digests every 3 and 6 h said one item each known
# wrongly, at 2.0 no set did (docs/digest.md, "Session 11").
REPEAT_LINK: float | None = 2.0
# Words never call an item whose headline announces another event of a kind a repeat of a
# known story whose headline does not (REPEAT_ANOTHER_ALIKE: "Another Elmfield Avenue break-in"
# is no repeat of the first burglary there); a later copy of a second event naming no
# "second" still is ("Ferrano, autobotti nel quartiere San Rocco" after "Nuovo guasto ..."),
# by words or by the weighed evidence (`_repeat_allowed`, which refused any "another" before).
# A repeat is never shown, so it asks more than a merge, which the chat still sees. Rounds 13,
# 16, 17 (in-sample since, docs/digest.md, "Session 12, fourth pass"): 5 of the 8 items they
# suppressed wrongly were such a "second" one.
REPEAT_ANOTHER_ALIKE = True
# Words below SAME_STORY, on the bar a shared figure lowers (SAME_STORY_SHARED_FIGURE), make a
# repeat only when the pair's weighed evidence (story_score, the digest's items and the known
# stories as one batch) reaches this too: a lorry on the RN 87 hours after a car crash on it
# shares the road's number, the village and little else (-2.6 to -5.5 on round 17) where a
# story's true repeats on that bar weigh -1.3 or more but for one (rounds 9-17, in-sample; a
# link needs SCORED_LINK, -0.5, which lost round 9's day-after quake story). None: the lowered
# bar alone. Only the weighed evidence is asked; two different events on a road that both
# name the other in the lead (round 15's tractor) still pass.
REPEAT_FIGURE_LINK: float | None = -2.0
# A repeat weighs its evidence without concepts (story_score.CONCEPTS): a repeat hides an item,
# and meaning alone is weaker evidence than words. With them, read rounds every 6 h 2 true
# repeats more, unread decide rounds every 24 h 2 fewer (counted twice, before CONCEPT_ONCE: a
# bus crash hours after a cyclist's at one junction was hidden). True: with concepts.
REPEAT_CONCEPTS = False
# A repeat is never shown, so only a story the destination had at most REPEAT_HOURS before an
# item can make the item a silent repeat; an item further on goes to the digest's grouping,
# which shows it as later coverage (bot.digest.story_later: a visible line) or a new story.
# Round 33 (unread until then) hid a post office's robbery as a repeat of its closure 36
# hours earlier; on the read rounds 5 true silent repeats of 102 to 367 were so late
# (docs/digest.md, "Session 14"). None: the merging window alone.
REPEAT_HOURS: float | None = 24.0
# A repeat is never shown, so an item whose headline names another kind of event than the known
# story's (bot.digest.story_event: a post office's closure, then its robbery hours later, within
# REPEAT_HOURS) is no silent repeat of it, by words or by weighed evidence; it goes to the
# digest's grouping (a visible later line or a new story). Only headlines that both name a kind
# are compared, and kinds one event's copies name together (a fire, its arson arrest) agree.
# Read rounds (in-sample): 1 true silent repeat of 354 / 239 / 89 every 3 / 6 / 24 h became a
# visible line (a school's reopening after its closure), none hidden wrongly before or after
# (docs/digest.md, "Session 15"). False: kinds are not compared.
REPEAT_SAME_KIND = True


def _another_event(fp: Fingerprint, known: Fingerprint) -> bool:
    """Whether `fp` reports another event than the known story, whatever their words share: a
    second event's item with the first known (SECOND_APART_HOURS), a denial of it, or another
    kind of event at the same place (REPEAT_SAME_KIND, bot.digest.story_event)."""
    return (
        second_apart(fp, known)
        or denies(fp, known)
        or (REPEAT_SAME_KIND and kinds_disagree(fp, known))
    )


def _repeat_allowed(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether weighed evidence may call `a` a repeat of the known story `b`: what lets it
    link two items of a batch (`weighed_allowed`), and `a`'s headline announces no other
    event of a kind ("ruft auch ... zurück": the firm's second recall, round 5) unless the
    known story's does too (REPEAT_ANOTHER_ALIKE; False: neither may announce one), and the two
    headlines name no different kinds of event (REPEAT_SAME_KIND). A repeat is never shown, so
    it asks more than a link within a digest, which the chat still sees."""
    if not weighed_allowed(a, b) or _another_event(a, b):
        return False
    if REPEAT_ANOTHER_ALIKE:
        return not a.another or b.another
    return not (a.another or b.another)


def _words_repeat(fp: Fingerprint, known: Fingerprint) -> float:
    """How alike words say `fp` and the known story are as a repeat (`story_similarity`), 0
    when `fp`'s headline announces another event of a kind and the known story's does not
    (REPEAT_ANOTHER_ALIKE), or names another kind of event (REPEAT_SAME_KIND)."""
    if REPEAT_ANOTHER_ALIKE and fp.another and not known.another:
        return 0.0
    if _another_event(fp, known):
        return 0.0
    return story_similarity(fp, known)


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

    @property
    def prints(self) -> Sequence[Fingerprint]:
        """The known stories' fingerprints (a digest's batch statistics count them: `group`)."""
        return self._known

    @staticmethod
    def _recent(fp: Fingerprint, known: Fingerprint) -> bool:
        """Whether `known` is recent enough to make `fp` a silent repeat (REPEAT_HOURS)."""
        return REPEAT_HOURS is None or fp.stamp - known.stamp <= REPEAT_HOURS * 3600

    def has(self, fp: Fingerprint) -> bool:
        return self._by_words(fp)[0]

    def _by_words(self, fp: Fingerprint) -> tuple[bool, list[int]]:
        """(whether words alone make `fp` a repeat, the known stories it meets only on the
        bar a shared figure lowers when REPEAT_FIGURE_LINK must confirm those)."""
        near = {
            i
            for word in fp.weights
            for i in self._by_word.get(word, ())
            if self._recent(fp, self._known[i])
        }
        figure = []
        for i in sorted(near):
            sim = _words_repeat(fp, self._known[i])
            if sim >= SAME_STORY or (sim > 0 and REPEAT_FIGURE_LINK is None):
                return True, []
            if sim > 0:
                figure.append(i)
        return False, figure

    def repeats(self, prints: Sequence[Fingerprint]) -> list[bool]:
        """Which of a digest's items tell a story the destination had: `has` (shared words),
        or bot.digest.story_score's weighed evidence reaching REPEAT_LINK against a known
        story, the digest's items and the known stories counted as one batch, for a pair the
        time credit applies to (`BatchEvidence.timed`: both dated, a key figure or a rare
        name in common; a known story's mark keeps its item's publication time), nothing
        ruling it out (`ruled_out`, `_repeat_allowed`). Words (`_by_words`) ask more than a
        merge: no lone "another" headline, no headline of another kind of event, and on the bar
        a shared figure lowers the weighed evidence too (REPEAT_ANOTHER_ALIKE, REPEAT_SAME_KIND,
        REPEAT_FIGURE_LINK). Words alone found 0.11-0.57 of the repeats of rounds 9-12 across
        digests every 3-24 h (docs/digest.md, "Session 11")."""
        if not self._known:
            return [False] * len(prints)
        words = [self._by_words(fp) for fp in prints]
        out = [hit for hit, _ in words]
        n = len(prints)
        if all(out) or (REPEAT_LINK is None and not any(f for _, f in words)):
            return out
        evidence = BatchEvidence([*prints, *self._known], concepts=REPEAT_CONCEPTS)
        for i, (_, figure) in enumerate(words):
            if REPEAT_FIGURE_LINK is not None and any(
                evidence.score(i, n + j) >= REPEAT_FIGURE_LINK for j in figure
            ):
                out[i] = True
        if REPEAT_LINK is None:
            return out
        for i, j in evidence.candidates(split=n):
            known = self._known[j - n]
            if out[i] or not self._recent(prints[i], known):
                continue
            if ruled_out(prints[i], known) or not _repeat_allowed(prints[i], known):
                continue
            if evidence.timed(i, j) and evidence.score(i, j) >= REPEAT_LINK:
                out[i] = True
        return out
