"""Contradictions: two items surely two events of one series, whatever else they share.

Split from bot.digest.story_compare (session 17) so this test stands alone, as several passes
ask it: story_compare's `ruled_out` rules such a pair out whatever the evidence, and
`stories.group` never chains it into one story through a third item (bot.digest.story_apart).
Other stages of one kind of event (a rate cut and a hold, a trial's opening and its verdict:
`_stages_differ`, stages per bot.digest.story_lexicon), other ordinals of one word (the third
quarter and the second), a headline score the other never gives, or a match's score on one side
only (a report and its preview; not a result's teaser published within TEASER_HOURS, nor words
published soon after the report). Pure: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_lexicon import STAGE_EITHER

MATCH = "match:"  # the stages of a match (bot.digest.story_lexicon.STAGES)
RESULT = "match:result"
# A score on one side only (`_score_missing`, `_score_untold`) tells a match's report from its
# preview and from another match's report; not when the side without it names a result and
# the two came within this many hours of each other (`_result_teaser`: "Derrota do Ribeirense"
# 25 minutes after "Ribeirense perde em Castro Alvo ... 3-1"). None: any score on one side only
# contradicts. Round 18 (in-sample since, docs/digest.md, "Session 12, fifth pass"): every
# 24 h 0.838 -> 0.851; without the hours (a result word alone), rounds 5 and 8 joined previews
# whose words read as a result ("winner takes the title") to their reports (3 false pairs).
TEASER_HOURS: float | None = 2.0
# Nor when the side without the score names no preview and came at most AFTER_REPORT_HOURS
# after the side with it (`_after_report`): a preview comes before its match; a coach's words, a
# club sacking its coach or a player fined come after the report and rarely repeat its score.
# Round 49 (read in session 18) and the read rounds, every 24 h: 36 true pairs more, no false
# one; the unread rounds that decide switches: 34 more, none false (a 6-hour bound: 4 false
# pairs more). False: off.
AFTER_REPORT = True
AFTER_REPORT_HOURS = 4.0
PREVIEW = "match:preview"


def contradict(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether the two are surely two events of one series, whatever else they share: other
    stages of one kind of event (a trial opens, a verdict), other ordinals of one word (the
    third quarter, the second), a headline score the other never gives, or a score on one side
    only of a match's items (a report gives it, its preview cannot). `stories.group` never
    chains such a pair into one story through a third item."""
    if a.stages and b.stages and _stages_differ(a.stages, b.stages):
        return True
    if a.ordinals and b.ordinals and _ordinals_differ(a.ordinals, b.ordinals):
        return True
    if _score_one_side(_score_missing, a, b):
        return True
    if _score_one_side(_score_untold, a, b):  # a match's report and its preview
        return any(stage.startswith(MATCH) for stage in a.stages | b.stages)
    return False


def _score_one_side(
    check: Callable[[Fingerprint, Fingerprint], bool], a: Fingerprint, b: Fingerprint
) -> bool:
    """Whether `check` (`_score_missing`, `_score_untold`: the first gives a score the second
    lacks) holds either way round, the side without the score being no `_result_teaser`."""
    return (check(a, b) and not _excused(b, a)) or (check(b, a) and not _excused(a, b))


def _excused(scoreless: Fingerprint, scored: Fingerprint) -> bool:
    """Whether the side without the score may still tell the scored side's story."""
    return _result_teaser(scoreless, scored) or _after_report(scoreless, scored)


def _after_report(scoreless: Fingerprint, scored: Fingerprint) -> bool:
    """Whether `scoreless`, naming no preview, was published after `scored` (AFTER_REPORT)."""
    if not AFTER_REPORT or PREVIEW in scoreless.stages:
        return False
    after = scoreless.stamp - scored.stamp
    return scoreless.dated and scored.dated and 0 < after <= AFTER_REPORT_HOURS * 3600


def _result_teaser(teaser: Fingerprint, report: Fingerprint) -> bool:
    """Whether `teaser`, giving no score, is a teaser of the `report` that gives one
    (TEASER_HOURS): it names a match's result itself ("Derrota do Ribeirense") and the two,
    both dated, were published within TEASER_HOURS of each other. A preview comes hours or a
    day before its report, so one whose words the lexicon reads as a result ("winner takes the
    title") is no teaser of it."""
    if TEASER_HOURS is None or teaser.scores or RESULT not in teaser.stages:
        return False  # a score of its own: another match's report
    if not (teaser.dated and report.dated):
        return False
    return abs(teaser.stamp - report.stamp) <= TEASER_HOURS * 3600


def _score_untold(a: Fingerprint, b: Fingerprint) -> bool:
    """`a` gives a score and `b` none, not even as its two numbers ("2 goals to 1")."""
    if not a.scores or b.scores:
        return False
    return not any(set(score.split("-")) <= b.numbers for score in a.scores)


def _score_missing(a: Fingerprint, b: Fingerprint) -> bool:
    """A score in `a`'s headline that `b` never gives, not even as its two numbers ("2 a 1")."""
    for score in a.title_scores:
        if score not in b.numbers and not set(score.split("-")) <= b.numbers:
            return True
    return False


def _stages_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name stages of one dimension and none of them in common (a cut against a hold): a
    "final" that opens is no trial, so each dimension is compared on its own."""
    dims_a, dims_b = defaultdict(set), defaultdict(set)
    for stage in a:
        dims_a[stage.partition(":")[0]].update(STAGE_EITHER.get(stage, (stage,)))
    for stage in b:
        dims_b[stage.partition(":")[0]].update(STAGE_EITHER.get(stage, (stage,)))
    return any(dims_b.get(d) and not stages & dims_b[d] for d, stages in dims_a.items())


def _ordinals_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """One word counted by ordinals on both sides, none in common ("3:quartal", "2:quartal")."""
    counted_a, counted_b = defaultdict(set), defaultdict(set)
    for item in a:
        number, _, word = item.partition(":")
        counted_a[word].add(number)
    for item in b:
        number, _, word = item.partition(":")
        counted_b[word].add(number)
    return any(w in counted_b and not n & counted_b[w] for w, n in counted_a.items())
