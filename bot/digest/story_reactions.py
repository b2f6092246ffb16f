"""A reaction hours later joins the story whose own words it shares: grouping's last stage.

At a daily digest's density (40-55 items) a reaction or aftermath piece ("Civil liberties groups
hail 'landmark' curfew ruling" after "Curfew law unconstitutional, court rules") shares a few
words with its report and little else; its weighed evidence (bot.digest.story_score) stays far
below a link, because a town's or a minister's other event shares as much. What sets the
reaction apart is that the words it shares are the story's own: every other item of the batch
that carries them belongs to that one story. So an item still alone after the other stages
(bot.digest.stories.group) joins a story when:

- at least REACTION_TOKENS of its tokens (stems, names, specific figures) that at most
  REACTION_DF items of the batch and its context carry are carried, besides the item, only by
  that story's copies, and no other story holds as many such tokens (the police, "a man", a
  weekday or a stop word never count: story_followup_words.says_nothing);
- it was published after every copy of the story (a reaction follows its event; a preview
  comes before its match), all dated;
- nothing sets it apart from any copy (`ruled_out`: the window, stages, ordinals, scores,
  headline figures; `kinds_apart`: kinds of event that never make one story; the caller's
  `contradicts`);
- its best pair with the story weighs at least REACTION_FLOOR.

Chosen on rounds 9-23, 27, 33-35, 37, 42, 44 (read, in-sample) and checked on the unread rounds
that decide switches (docs/digest.md, "Session 17: reactions join their story"). Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from bot.digest.story_compare import ruled_out
from bot.digest.story_event import kinds_apart
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_followup_words import says_nothing
from bot.digest.story_score import CONCEPT_MARK, BatchEvidence

# How many of the story's own tokens a reaction shares with it; None: the stage is off.
REACTION_TOKENS: int | None = 3
# A token carried by at most this many items of the batch and its context can be a story's own.
REACTION_DF = 4
# ... in a batch of at least this many items (a day's digest); 0: any batch.
REACTION_MIN_BATCH = 20
# What says nothing of a story (the police, "a man", a weekday, a stop word:
# story_followup_words.says_nothing) is no story's own token. Read rounds (in-sample) every 24 h
# 4 false pairs fewer, every 12 h 4 (a fraud's arrest and an assault's joined by "detenido",
# "hombre", "Policía"); unread decide rounds identical every 24 h, every 12 h 3 false and 2 true
# pairs fewer. Counting a name's token and its stem as one word as well cost 13 true pairs of
# the unread rounds every 24 h for no false one. False: every token.
NOTHING_OFF = True
# A concept (story_score.CONCEPTS: "asylum" and "refugees" name migrants) is no story's own
# token: a minister's visit to a camp and the refugees' arrival there share one. Read rounds
# every 12 h 3 false pairs fewer (round 47) and 8 true ones, every 24 h 10 true fewer; unread
# decide rounds every 24 / 12 h 2 / 6 true pairs fewer, none false. True: they count.
REACTION_CONCEPTS = False
# The reaction's best pair with the story weighs at least this (story_score; a link: -0.5).
REACTION_FLOOR = -3.0


def join_reactions(
    prints: Sequence[Fingerprint],
    members: dict[int, set[int]],
    home: list[int],
    batch: BatchEvidence,
    contradicts: Callable[[set[int], set[int]], bool],
) -> None:
    """Join groups of one to the story whose own tokens they share (`_own_story`), in input
    order, in place: `members` maps a group's id to its items, `home` an item to its group's."""
    if REACTION_TOKENS is None or len(prints) < REACTION_MIN_BATCH:
        return
    carriers: dict[str, list[int]] = defaultdict(list)
    for i in range(len(prints)):
        for token in batch.tokens(i):
            if token[0] == CONCEPT_MARK and not REACTION_CONCEPTS:
                continue
            if batch.carriers(token) <= REACTION_DF and not (NOTHING_OFF and says_nothing(token)):
                carriers[token].append(i)
    for x, fp in enumerate(prints):
        if len(members[home[x]]) != 1 or not fp.dated:
            continue
        story = _own_story(x, home, batch, carriers)
        if story is None:
            continue
        copies = members[story]
        if _joins(prints, x, copies, batch) and not contradicts({x}, copies):
            members.pop(home[x])
            copies.add(x)
            home[x] = story


def _own_story(
    x: int, home: list[int], batch: BatchEvidence, carriers: dict[str, list[int]]
) -> int | None:
    """The group whose own tokens item x shares, at least REACTION_TOKENS and more than any
    other group's; None if there is none."""
    shared: Counter[int] = Counter()
    for token in batch.tokens(x):
        groups = {home[y] for y in carriers.get(token, ()) if y != x}
        if len(groups) == 1:
            shared[groups.pop()] += 1
    ranked = shared.most_common(2)
    if not ranked or ranked[0][1] < REACTION_TOKENS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _joins(prints: Sequence[Fingerprint], x: int, copies: set[int], batch: BatchEvidence) -> bool:
    """Whether item x comes after every copy, nothing sets it apart from one, and its best pair
    weighs at least REACTION_FLOOR."""
    item = prints[x]
    if not all(prints[y].dated and prints[y].stamp < item.stamp for y in copies):
        return False
    if any(ruled_out(item, prints[y]) or kinds_apart(item, prints[y]) for y in copies):
        return False
    return max(batch.score(min(x, y), max(x, y)) for y in copies) >= REACTION_FLOOR
