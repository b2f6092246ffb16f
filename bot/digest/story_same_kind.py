"""One place, one kind of event, one day: a lone item joins the story it names and reports.

A daily digest (40-55 items) holds a story's copies and, hours later, a reaction or follow-up
that shares only a place, an actor or a word of the thing with them ("Rescue teams flown to
Varnel after quake" after "6.1 quake hits Varnel", "Suspect held over post office raid" after
"Post office in Marby robbed"). Its weighed evidence (bot.digest.story_score) is low, -2
to -7, like the town's other news the same day, so no earlier pass of stories.group joins it.
What the town's other news lacks is the kind of event (bot.digest.story_event: a fire, a
robbery, a quake). The last pass of `stories.group`: an item still alone joins a story when

- both report one kind of event: the item's headline names it (its lead, when the headline
  names none and the item came after the story: KIND_LEAD), and at least KIND_SHARE of the
  story's copies name it in their headlines; a compatible kind is not enough;
- they share a key (`_State.keys`): a name one of them names inside a sentence or after "in"
  (a place, a person, a firm), or a word (no name, figure, stop word, weekday or word of a
  kind) at most story_score.EXCLUSIVE_DF items carry that one of their headlines holds
  ("price cap", "trams");
- no other story of the batch that shares a key with the item reports that kind, in a
  headline or, where the headline names none, a lead (`_State.rivals`: a town's two fires the
  same day leave both reactions alone; a lone item that would join the same story this way is
  no rival, two reactions to one quake), and no story the destination had lately (the
  grouping's `context`: yesterday's fire in the town) did at a key of theirs (`_known`);
- the item came within KIND_HOURS of the story's nearest copy (KIND_LONE_HOURS for a story of
  one item), not FOLLOW_BEFORE_HOURS before all its copies (story_followup.before_story), all
  with their own publication times;
- nothing sets them apart: no headline announces another event of a kind ("second fire"), no
  pair is ruled out (story_compare.ruled_out) or refused to weighed evidence, no contradiction
  (story_apart.Apart), no other weekdays or measures (story_days_apart), and the item's best pair
  with a copy weighs at least KIND_FLOOR.

Another kind of event never joins this way, nor as a follow-up or a day's stray
(story_followup.FOLLOW_OTHER_KIND, story_strays.BIG_STRAY_KINDS: story_event.other_kind).
docs/digest.md, "Session 16: daily recall, the event kind as evidence". Pure: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bot.digest import story_days_apart, story_followup, story_followup_words
from bot.digest.story_anchors import weekdays
from bot.digest.story_apart import Apart
from bot.digest.story_compare import ruled_out, weighed_allowed
from bot.digest.story_event import event_kinds, kind_sets_disagree, stem_kinds
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_score import EXCLUSIVE_DF, FIGURE_MARK, NAME_MARK, BatchEvidence

# The pass runs in batches of at least this many items (a day's digest: stories.BIG_BATCH). In
# a smaller one the place's other news is less often there to stand as a rival, and the
# follow-ups' own rules hold (tests/test_digest_stories_s12.py: an 11-item batch keeps a
# follow-up naming the town only in its lead apart). Read rounds (in-sample; counts below are
# true pairs on 33-35, 37 / 9-10, 12-23, 27 every 24 h against this module's settings,
# docs/digest.md, "Session 16"): 10 would add 0 / 11, every 6 h 9 / 2, none false. None: off.
# Off since its blind check (docs/digest.md, "Session 16: the session's blind check"): at 20,
# on the rounds nobody had read (39-41, 43, 44 and 11, 24-32) it added 17 true pairs and 8
# false ones (every 6 h 1 / 4, every 24 h 16 / 4; at 30, 6 h as off and 24 h 16 / 4): a join
# in five would hide a story, against about one in a hundred for the passes before it. The
# tests run it at 20 (the read rounds' setting) until its keys are sharper.
KIND_MIN_BATCH: int | None = None
# The item came at most this many hours after (or before) the story's nearest copy: the same
# day's reaction; a town's next fire of the week is another story. 12 h: 2 / 5 fewer.
KIND_HOURS = 24.0
# Its best pair with a copy weighs at least this (a weighed link needs story_score.SCORED_LINK,
# -0.5; a reaction sharing only the place weighs -2 to -7). -5: 11 / 5 fewer; no floor: 0 / 2
# more, none false.
KIND_FLOOR = -7.0
# At least this share of the story's copies name the kind in their headlines: a story that a
# kind-naming copy joined by mistake (a shop's fine, then its burglary) does not pass the kind
# on. 1.0 (every copy): 8 / 9 fewer; any share: no change on the read rounds.
KIND_SHARE = 0.5
# An item whose headline names no kind takes its lead's when it came after every copy
# ("Residents ask for help with cleaning bills": "... soot from the blaze"). False: the
# headline only (7 / 7 fewer).
KIND_LEAD = True
# A story of one item may be joined too (two lone copies of one fire naming the town), when
# the two came at most KIND_LONE_HOURS apart: copies of one event come within hours. False: 8
# / 2 fewer; 24 h: no change on the read rounds.
KIND_LONE = True
KIND_LONE_HOURS = 6.0


def join_same_kind(
    prints: Sequence[Fingerprint],
    members: dict[int, set[int]],
    home: list[int],
    batch: BatchEvidence,
    apart: Apart,
    context: Sequence[Fingerprint] = (),
) -> None:
    """Join items left alone to the story of the same kind of event they share a key with (the
    module's rules), in place: `members` maps a group's id to its items, `home` an item to its
    group's id. In input order, each item to the best-weighed story that fits."""
    if KIND_MIN_BATCH is None or len(prints) < KIND_MIN_BATCH:
        return
    heads = [event_kinds(fp) for fp in prints]
    kinds: dict[int, frozenset[str]] = {}  # of the items alone: only they may join or be let be
    for x, fp in enumerate(prints):
        if len(members[home[x]]) == 1:
            kinds[x] = heads[x] or (_lead_kinds(fp) if KIND_LEAD else frozenset())
    if not any(kinds.values()):
        return
    state = _State(prints, members, home, batch, apart, heads, kinds, _known(context))
    for x in sorted(kinds):
        if len(members[home[x]]) != 1 or not kinds[x] or not prints[x].dated:
            continue
        best: tuple[float, int] | None = None
        near = {y for t in state.tokens(x) for y in state.by_key[t]}
        for g in sorted({home[y] for y in near} - {home[x]}):
            found = state.fits(x, g)
            if found is None or (best is not None and found[0] <= best[0]):
                continue
            if not state.rivals(x, g, found[1]):
                best = found[0], g
        if best is not None:
            del members[home[x]]
            members[best[1]].add(x)
            home[x] = best[1]


def _lead_kinds(fp: Fingerprint) -> frozenset[str]:
    """The kinds the item's lead names (its words that are not the headline's)."""
    return frozenset(k for stem in fp.words - fp.title_words for k in stem_kinds(stem))


def _known(context: Sequence[Fingerprint]) -> set[tuple[str, str]]:
    """The (key, kind) pairs of the stories the destination had lately: their names
    (NAME_MARK, capitalised words anywhere) and their words, with the kinds their headlines
    name or, where a headline names none, their leads. Broad on purpose: without it the read
    rounds' day-after reactions joined the next day's other fire there (every 24 h 4 -> 17
    false pairs on 9-10, 12-23, 27; 4 / 5 true pairs more)."""
    out = set()
    for fp in context:
        kinds = event_kinds(fp) or _lead_kinds(fp)
        keys = {NAME_MARK + name for name in fp.capitals} | fp.words
        out.update((key, kind) for key in keys for kind in kinds)
    return out


class _State:
    """One batch's items, groups and kinds, with the keys they share."""

    def __init__(
        self,
        prints: Sequence[Fingerprint],
        members: dict[int, set[int]],
        home: list[int],
        batch: BatchEvidence,
        apart: Apart,
        heads: list[frozenset[str]],
        kinds: dict[int, frozenset[str]],
        known: set[tuple[str, str]],
    ) -> None:
        self.prints, self.members, self.home, self.batch, self.apart = (
            prints,
            members,
            home,
            batch,
            apart,
        )
        self.heads, self.kinds = heads, kinds
        self.known = known
        self.stops = story_followup_words.any_stops()
        self._rare: dict[str, bool] = {}
        self._tokens = [
            {t for t in batch.tokens(i) if t[0] == NAME_MARK or self._rare_word(t)}
            for i in range(len(prints))
        ]
        self.by_key: dict[str, set[int]] = defaultdict(set)
        for i, tokens in enumerate(self._tokens):
            for token in tokens:
                self.by_key[token].add(i)

    def tokens(self, x: int) -> set[str]:
        """Item x's tokens that may be a key (`keys`): its names and rare words."""
        return self._tokens[x]

    def names(self, x: int) -> set[str]:
        """The name tokens item x names inside a sentence or after "in"."""
        fp = self.prints[x]
        return {NAME_MARK + n for n in fp.anchors | fp.places}

    def _rare_word(self, token: str) -> bool:
        """Whether a token is a word (no name, figure, stop word, weekday or word of a kind)
        at most EXCLUSIVE_DF items of the batch and its context carry."""
        rare = self._rare.get(token)
        if rare is None:
            rare = self._rare[token] = (
                token[0] not in (NAME_MARK, FIGURE_MARK)
                and self.batch.carriers(token) <= EXCLUSIVE_DF
                and token not in self.stops
                and not stem_kinds(token)
                and not weekdays(token)
            )
        return rare

    def keys(self, x: int, y: int) -> set[str]:
        """The keys items x and y share: a name one of them names inside a sentence or after
        "in" (a capitalised first word is no sign of a name), or a rare word (`own`) that one
        of their headlines holds."""
        a, b = self.prints[x], self.prints[y]
        named = a.anchors | a.places | b.anchors | b.places
        titles = a.title_words | b.title_words
        return {
            t
            for t in self.batch.tokens(x) & self.batch.tokens(y)
            if (t[0] == NAME_MARK and t[1:] in named) or (t in titles and self._rare_word(t))
        }

    def fits(self, x: int, g: int) -> tuple[float, set[str]] | None:
        """The best weighed pair of item x with group g and the kinds of event they share, when
        x may join g by the module's rules (rivals aside), else None."""
        prints, story = self.prints, self.members[g]
        fp = prints[x]
        if len(story) < (1 if KIND_LONE else 2) or not all(prints[y].dated for y in story):
            return None
        gap = min(abs(fp.stamp - prints[y].stamp) for y in story) / 3600
        if gap > (KIND_HOURS if len(story) > 1 else KIND_LONE_HOURS):
            return None
        if not self.heads[x] and any(prints[y].stamp > fp.stamp for y in story):
            return None  # a kind named in the lead only: a reaction, after its story
        if story_followup.before_story(fp, story, prints):
            return None
        if any(story_followup.announces(prints[y]) for y in story | {x}):
            return None
        counts: dict[str, int] = defaultdict(int)
        for y in story:
            for kind in self.heads[y] & self.kinds[x]:
                counts[kind] += 1
        common = {k for k, n in counts.items() if n >= KIND_SHARE * len(story)}
        keys = {t for y in story for t in self.keys(x, y)}
        if not common or not keys:
            return None
        if any(kind_sets_disagree(self.kinds[x], self.heads[y]) for y in story):
            return None  # a copy reports another kind of event: two stories joined before
        if any((t, k) in self.known for t in keys | self.names(x) for k in common):
            return None  # the destination had that kind of event there lately
        for y in story:
            a, b = (fp, prints[y]) if x < y else (prints[y], fp)
            if ruled_out(a, b) or not weighed_allowed(a, b):
                return None
        if self.apart.any({x}, story) or story_days_apart.days_or_measures_apart(prints, x, story):
            return None
        best = max(self.batch.score(min(x, y), max(x, y)) for y in story)
        return (best, common) if best >= KIND_FLOOR else None

    def rivals(self, x: int, g: int, common: set[str]) -> bool:
        """Whether another story (a group other than x's and g) shares a key with x and one of
        its copies reports one of the `common` kinds, in its headline or, where that names
        none, its lead: the town's other fire (told "Flames at the market" and, by a copy
        not naming the town, "Market fire"), another verdict at a court x names.
        A lone item that would itself join g this way is no rival when g is a story of several
        copies (two reactions to one quake); two lone items are no story to share. The rule the
        read rounds never needed once the known stories count (without it 5 / 9 true pairs
        more, none false): kept for text whose other fire is in the same batch."""
        story, members, home = self.members[g], self.members, self.home
        near = {z for t in self.tokens(x) for z in self.by_key[t]} - story - {x}
        for h in sorted({home[z] for z in near}):
            other = members[h]
            if not any((self.heads[z] or _lead_kinds(self.prints[z])) & common for z in other):
                continue
            if not any(self.keys(x, z) for z in other & near):
                continue
            if len(story) > 1 and len(other) == 1 and self.fits(next(iter(other)), g):
                continue
            return True
        return False
