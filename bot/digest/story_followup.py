"""A follow-up told once joins its story: the second stage of grouping a batch (stories.group).

A story's follow-up, hours to a day after its first copies and told in other words ("Carrick
raiders knew where the alarms were, police believe" after "Jewels worth £3m stolen from Carrick
museum" and its teaser "Raid on the Carrick museum"), shares one rare name with them and little
else. Its weighed evidence (bot.digest.story_score) may reach a link with the fuller copy but
not with the teaser, and a group joins only when every pair across links (stories.LINK_SHARE),
so the follow-up stays alone: most of what digests every 24 h missed in rounds 13 and 14
(docs/digest.md, "Session 12"). The same town, firm or minister in another event shares that
name too (a minister's reform and the burglary at her house, a firm's job cuts and its new
bike, two crashes on one road). So a group of one joins another group here only when:

- they share a name that is the story's own: no other item of the batch or of the stories
  the destination had lately (the grouping's `context`) carries it (`own_names`), one of them
  names it inside a sentence (not a capitalised first word), and the single item names it in
  its headline (a follow-up names its story; a look-alike often names it only in passing);
- they share a word of the event besides (`event_words`: "flood", "raiders");
- the police or the fire brigade is no own name, "a man" or a weekday no event word
  (story_followup_words.GENERIC_OFF, WEEKDAY_STEMS), and no copy names a kind of event apart
  from the item's (FOLLOW_KINDS: an opening and a police questioning);
- both are dated, the single item within FOLLOW_HOURS of the group's nearest copy and, when
  the group holds several copies, not FOLLOW_BEFORE_HOURS before all of them (`before_story`);
- nothing sets any pair apart (`ruled_out`, a stage or preview `weighed_allowed` refuses, a
  headline announcing another event of a kind, an opening "After ..." aside, `announces`, a
  match's score on one side only: a report and its preview, as for weak evidence in
  story_compare), the caller's `contradicts` holds for none (other stages, ordinals,
  scores), and the item names no other weekdays, parts of the day or measures than the
  story's copies together; other counts are what a follow-up brings
  (story_days_apart.days_or_measures_apart);
- its best pair weighs at least FOLLOW_FLOOR; or, when the single item names the story's own
  name only in its lead, its best pair is with the story's first copy and nearly links
  (LEAD_NAME_FLOOR);
- the event word may be missing when the headline's own name is in every copy of a story of
  two or more, and is no place (EVERY_COPY_NAME; off: blind rounds 36 and 38).

Two groups of several copies each never join this way: a town's two strikes, each told by two
feeds, share the town and the word "strike" just as a story and its follow-up do. The best
pair first, until no group of one can join. Pure: no I/O.

Here: the joining pass and the switches that decide it. Which shared words count as a story's
own name or a word of its event (`own_names`, `event_words`, their switches) is told in
bot.digest.story_followup_words, and what sets a lone item apart by its day or its measures
in bot.digest.story_days_apart (the same-kind pass asks both too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from bot.digest import story_followup_words  # FOLLOW_NAME_DF, read where it is set
from bot.digest.story_anchors import ANCHOR_CHARS
from bot.digest.story_compare import ruled_out, weighed_allowed
from bot.digest.story_days_apart import days_or_measures_apart
from bot.digest.story_event import kinds_apart, other_kind
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_followup_words import event_words, own_names
from bot.digest.story_score import NAME_MARK, BatchEvidence

# A follow-up comes within this many hours of its story's nearest copy; None: the stage is off.
# Rounds 9, 10, 12-14 (in-sample, session 12): 12 h keeps less of the gain (round 14 every
# 24 h 0.866 -> 0.858, its whole set 0.571 -> 0.525); 48 h adds nothing within digests and 2
# false pairs on round 10 as a whole set.
FOLLOW_HOURS: float | None = 24.0
# The best pair across must weigh at least this (a link needs story_score.SCORED_LINK, -0.5):
# the weakest true join on rounds 9-14 weighed -5.3; at -4 round 14 every 24 h 0.866 -> 0.846.
FOLLOW_FLOOR = -6.0
# An opening "After ..." ("Nach dem Unglück bei Elbau: Strecke wieder frei") does not count as
# announcing another event here (Fingerprint.after): a follow-up opens on its story (round 14
# every 24 h 0.858 -> 0.866, no false pair on any set or in the stress check).
AFTER_IS_FOLLOWUP = True
# The single item must share a word of the event with the story too (`event_words`): no true
# join on rounds 9-14 lacks one; without it round 12's digests every 3 and 6 h join a union's
# doubts about doctors ("Sindicatos ...") to a metro strike, and a town's baker winning a prize
# the day of its flood joins the flood.
EVENT_WORD = True
# A follow-up naming the story's own name only in its lead ("Le conducteur contrôlé positif à
# l'alcool": "... qui a percuté la piétonne aux Quatre-Vents") joins too when its best pair
# weighs at least this and is with the story's first copy: it comes near one copy but not the
# teaser, so the first stages keep it out. None: the headline only. Round 16 (in-sample since,
# docs/digest.md, "Session 12, third pass"); without the first copy, round 15's flat fire
# teaser joined the market fire (3-24 h). Session 15 (rounds 9-10, 12-23, 27, 33-34 read,
# in-sample): -0.5 (a link on its own) -> -1.5, every 24 h +10 true pairs (a reaction hours
# later names the firm or town only in its lead), none false at 6 or 24 h; -2.5 adds 2 false
# pairs every 6 h ("Session 15: daily recall").
LEAD_NAME_FLOOR: float | None = -1.5
# A follow-up comes after its story: a single item published FOLLOW_BEFORE_HOURS or more before
# every copy of a story of two or more copies is no follow-up of it (a story of one copy is
# weighed from its side too, as the later item's story). At a daily digest's density one
# street, town or minister has two events a day: a street's resurfacing 10 h before a gas leak
# on it, a minister's hospital plan 10 h before the news of her husband's paid trips (rounds 27,
# 37 every 24 h, round 35's seafront parking 5 h before its folk week every 6 h; in-sample,
# docs/digest.md, "Session 15: daily precision"); the one true join of a single before a
# story of several copies on rounds 9, 10, 12-23, 27, 35 and 37 (read) was a council tax rise
# 0.3 h before its copies. None: off.
FOLLOW_BEFORE_HOURS: float | None = 2.0
# A single item whose headline names the story's own name needs no event word besides when
# every copy of a story of two or more carries that name too ("Doctors temper hopes for
# Velorin" after "Regulator approves Velorin" and "Velorin approved"): a drug's, a firm's, a
# person's name that only that story carries is its event. Not a place (a town's pool closing
# and its warehouse fire the same day share the town, round 20) nor a short word ("San", round
# 23). Session 15 (read rounds, in-sample): every 24 h +4 true pairs on rounds 9-10, 12-23, 27
# and +2 on 33-34, none false ("Session 15: daily recall"). Off since: on rounds 36 and 38,
# written blind that session, it made all 9 of their new false pairs (4 every 6 h, 5 every
# 24 h: a firm's or a club's other event the same day) and no true one; the read rounds lose 8
# true pairs every 24 h without it (docs/digest.md, "Session 15: the session's blind check").
EVERY_COPY_NAME = False
# A single item whose headline names another kind of event than every copy of the story that
# names one (`other_kind`; bot.digest.story_event) is no follow-up of it: a corner shop's
# burglary the day it was fined shares the shop, the street and the town. Nothing moved on the
# read rounds (session 15 found the same); it keeps tests/test_story_s16.py's burglary apart
# (docs/digest.md, "Session 16"). False: off.
FOLLOW_OTHER_KIND = True
# A follow-up never joins a story one of whose copies names a kind of event apart from its
# headline's (bot.digest.story_event.kinds_apart: "Untreue-Verdacht: Kessler bei der Kripo"
# after "Bürgermeister Kessler eröffnet neue Mainbrücke"). Round 42 every 24 h (in-sample;
# docs/digest.md, "Session 16"): without stories.KIND_LINKS it keeps that item off the
# opening's story (2 false pairs fewer, and 1 true pair with the questioning, which that story
# had taken in); with KIND_LINKS nothing more on the read rounds. False: kinds count nothing.
FOLLOW_KINDS = True


def announces(fp: Fingerprint) -> bool:
    """Whether the headline announces another event of a kind ("Second crash on M71"); with
    AFTER_IS_FOLLOWUP not when only its opening "After ..." does."""
    return fp.another and not (AFTER_IS_FOLLOWUP and fp.after)


def _in_every_copy(
    prints: Sequence[Fingerprint],
    batch: BatchEvidence,
    single: int,
    story: set[int],
    names: set[str],
) -> bool:
    """Whether the story has two or more copies and one of `names`, no place (named after "in",
    "bei"... by none of them) and no short word ("San"), is in every one of them."""
    if len(story) < 2:
        return False
    places = set().union(*(prints[i].places for i in story | {single}))
    return any(
        len(n) > ANCHOR_CHARS and n[1:] not in places and all(n in batch.tokens(i) for i in story)
        for n in names
    )


def _set_apart(fp: Fingerprint, other: Fingerprint) -> bool:
    """Whether anything sets the pair apart for a follow-up: the copy's headline announcing
    another event, `ruled_out`, `weighed_allowed` refusing, disagreeing kinds of event
    (FOLLOW_KINDS), or a match's score on one side only (a report and its preview)."""
    if announces(other) or ruled_out(fp, other) or not weighed_allowed(fp, other):
        return True
    if FOLLOW_KINDS and kinds_apart(fp, other):
        return True
    return bool(fp.scores) != bool(other.scores)


def followup_weight(
    prints: Sequence[Fingerprint],
    single: int,
    story: set[int],
    batch: BatchEvidence,
    contradicts: Callable[[set[int], set[int]], bool],
) -> float | None:
    """The best weighed evidence of the single item against the story's copies when it may
    join the story as its follow-up (the module's conditions), else None."""
    fp = prints[single]
    if not fp.dated or not all(prints[i].dated for i in story):
        return None
    gap = min(abs(fp.stamp - prints[i].stamp) for i in story) / 3600
    if FOLLOW_HOURS is None or gap > FOLLOW_HOURS or before_story(fp, story, prints):
        return None
    names, lead, floor = own_names(prints, batch, single, story), False, FOLLOW_FLOOR
    if not names and LEAD_NAME_FLOOR is not None:
        names = own_names(prints, batch, single, story, headline=False)
        lead, floor = True, LEAD_NAME_FLOOR
    if not names:
        return None
    named = EVERY_COPY_NAME and not lead and _in_every_copy(prints, batch, single, story, names)
    if EVENT_WORD and not named and not event_words(batch, single, story, names, prints):
        return None
    if announces(fp) or any(_set_apart(fp, prints[i]) for i in story):
        return None
    if FOLLOW_OTHER_KIND and other_kind(prints, single, story):
        return None
    if contradicts({single}, story) or days_or_measures_apart(prints, single, story):
        return None
    best, first = max(
        (batch.score(min(single, i), max(single, i)), -prints[i].stamp) for i in story
    )
    # only the name in its lead: a link of its own to the story's first copy, not to a copy
    # joined later (round 15: a flat's teaser to the market fire its fuller copy joined)
    if lead and -first > min(prints[i].stamp for i in story):
        return None
    return best if best >= floor else None


def before_story(fp: Fingerprint, story: set[int], prints: Sequence[Fingerprint]) -> bool:
    """Whether the single item came FOLLOW_BEFORE_HOURS or more before every copy of a story of
    two or more copies: its own earlier event, not what followed the story."""
    if FOLLOW_BEFORE_HOURS is None or len(story) < 2:
        return False
    return min(prints[i].stamp for i in story) - fp.stamp >= FOLLOW_BEFORE_HOURS * 3600


def join_followups(
    prints: Sequence[Fingerprint],
    members: dict[int, set[int]],
    home: list[int],
    batch: BatchEvidence,
    contradicts: Callable[[set[int], set[int]], bool],
) -> None:
    """Join groups of one to the story they follow up (`followup_weight`), the best first, in
    place: `members` maps a group's id to its items, `home` an item to its group's id."""
    if FOLLOW_HOURS is None:
        return
    singles = [i for i, fp in enumerate(prints) if fp.dated and len(members[home[i]]) == 1]
    names = {
        token
        for i in singles
        for token in batch.tokens(i)
        if token[0] == NAME_MARK and batch.carriers(token) <= story_followup_words.FOLLOW_NAME_DF
    }
    if not names:
        return
    by_name: dict[str, set[int]] = defaultdict(set)
    for i in range(len(prints)):
        for token in batch.tokens(i) & names:
            by_name[token].add(i)
    near: dict[int, set[int]] = defaultdict(set)  # items sharing such a name with a single one
    for i in singles:
        for token in batch.tokens(i) & names:
            near[i] |= by_name[token]
    weighed: dict[tuple[int, int, int], float | None] = {}  # (single, group, its size)
    while True:
        best: tuple[float, int, int] | None = None
        for x in sorted(near):
            if len(members[home[x]]) != 1:
                continue
            for g in sorted({home[y] for y in near[x]} - {home[x]}):
                key = (x, g, len(members[g]))
                if key not in weighed:
                    weighed[key] = followup_weight(prints, x, members[g], batch, contradicts)
                weight = weighed[key]
                if weight is not None and (best is None or weight > best[0]):
                    best = weight, x, g
        if best is None:
            return
        _, x, g = best
        del members[home[x]]
        members[g].add(x)
        home[x] = g
