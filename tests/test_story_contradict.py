"""Contradictions that keep two events of one series apart (bot.digest.story_contradict's
`contradict`), in a pair and through a chain of links (bot.digest.stories.group)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group, same_story
from bot.digest.story_contradict import contradict

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def fp(story: tuple[str, str], minutes: int = 0, language: str | None = None) -> Fingerprint:
    return fingerprint(story[0], story[1], NOW + timedelta(minutes=minutes), language)


# One firm's results for two quarters, and a copy of the later one that names no quarter.
THIRD_QUARTER = (
    "Orvalle Paper profit rises in third quarter",
    "Orvalle Paper said its profit rose in the third quarter as packaging orders from grocers "
    "grew, and the board kept its outlook for the year.",
)
SECOND_QUARTER = (
    "Orvalle Paper profit rises in second quarter",
    "Orvalle Paper said its profit rose in the second quarter as packaging orders from grocers "
    "grew, and the board kept its outlook for the year.",
)
NO_QUARTER = (
    "Orvalle Paper profit rises on grocers' packaging orders",
    "Orvalle Paper said its profit rose as packaging orders from grocers grew; the board kept "
    "its outlook for the year.",
)


def test_other_ordinals_of_one_word_are_two_events() -> None:
    third, second, plain = fp(THIRD_QUARTER), fp(SECOND_QUARTER, 5), fp(NO_QUARTER, 10)
    assert third.ordinals == {"3:quarter"} and second.ordinals == {"2:quarter"}
    assert contradict(third, second) and not same_story(third, second)
    assert same_story(third, plain) and same_story(second, plain)  # the copy links to both


def test_a_copy_linked_to_two_events_does_not_chain_them() -> None:
    """Each quarter's report links to the copy that names none; half the pairs across would
    allow the chain, the contradiction between the two reports does not."""
    groups = group([fp(THIRD_QUARTER), fp(NO_QUARTER, 10), fp(SECOND_QUARTER, 5)])
    assert len(groups) == 2
    assert not any({0, 2} <= set(g) for g in groups)


def test_ordinals_are_read_in_several_languages_and_a_weekday_is_none() -> None:
    german = fp(("Gewinn im dritten Quartal gestiegen", "Der Umsatz wuchs ebenfalls."), 0, "de")
    hyphen = fp(("Third-quarter sales slip at Orvalle", "Sales fell by a tenth."), 0, "en")
    monday = fp(("Greve começa na segunda-feira", "Os motoristas param."), 0, "pt")
    assert german.ordinals == {"3:quartal"} and hyphen.ordinals == {"3:quarter"}
    assert not monday.ordinals


def test_a_score_on_one_side_of_a_match_is_a_report_and_its_preview() -> None:
    """The report gives the score in its lead only; the preview cannot give one. A copy that
    gives the score in words ("3 goals to 1") is the report."""
    report = fp(
        (
            "Castlemere clinch the league at Dunmore Park",
            "Castlemere won 3-1 against Ashby at Dunmore Park on Saturday to clinch the league.",
        )
    )
    preview = fp(
        (
            "Castlemere v Ashby at Dunmore Park: the league at stake",
            "Castlemere host Ashby at Dunmore Park on Saturday needing a draw to clinch it.",
        )
    )
    told = fp(
        (
            "League title to Castlemere",
            "Castlemere clinched the league at Dunmore Park on Saturday, 3 goals to 1 over Ashby.",
        )
    )
    assert contradict(report, preview) and not same_story(report, preview)
    assert not contradict(report, told)


def test_a_stop_word_marks_no_stage() -> None:
    """Portuguese "para" stems like a Spanish strike word; a bridge closed for works is no
    strike, so its copy that says "encerramento" (an end) is not another stage of it."""
    closed = fp(("Ponte fecha para obras em Vila Serra", "Quatro meses de trabalhos."), 0, "pt")
    assert not closed.stages


def test_a_trial_opening_and_its_verdict_in_french_are_two_stages() -> None:
    opening = fp(
        (
            "Ouverture du procès de l'architecte Marc Velin",
            "Le procès de Marc Velin, accusé d'avoir truqué 60 marchés publics, s'est ouvert.",
        ),
        0,
        "fr",
    )
    verdict = fp(
        (
            "L'architecte Marc Velin condamné à trois ans",
            "Marc Velin a été condamné pour avoir truqué 60 marchés publics.",
        ),
        0,
        "fr",
    )
    assert opening.stages == {"trial:opens"} and verdict.stages == {"trial:verdict"}
    assert not same_story(opening, verdict)


def test_another_event_with_other_figures_is_not_the_first() -> None:
    """A firm's second recall shares its name and words with the first; the headline says
    "also" and the counts differ. Copies with other counts but no "also" still merge
    (test_measures_tell_events_apart_and_counts_do_not)."""
    first = fp(
        (
            "Kessler Toys recalls wooden trains",
            "Kessler Toys is recalling 26,000 wooden trains because small wheels can come loose.",
        )
    )
    second = fp(
        (
            "Kessler Toys also recalls wooden trains",
            "Kessler Toys is recalling 4,800 wooden trains because small wheels can come loose.",
        ),
        30,
    )
    first_copy = fp(
        (
            "Kessler Toys recalls wooden trains",
            "Kessler Toys is recalling 26,000 wooden trains whose small wheels can come loose.",
        ),
        30,
    )
    assert second.another and not same_story(first, second)
    assert same_story(first, first_copy)


# A match report with its score, and the coach's words after it, which give none.
SCORED_REPORT = (
    "Harlow Vale beat Kenbury at Millfield Lane",
    "Two goals from Ada Okafor gave Harlow Vale a 2-0 win over Kenbury at Millfield Lane on "
    "Saturday.",
)
COACH_AFTER = (
    "'We finally defended like a team,' says Harlow Vale manager",
    "Manager Tom Reddish praised his back four after the win over Kenbury and said Okafor had "
    "earned her place.",
)


def test_words_after_a_report_need_not_repeat_its_score() -> None:
    """A preview comes before its match; a reaction after the report rarely repeats the score.
    Before the report, or long after it, the same text may be a preview of another match."""
    report = fp(SCORED_REPORT)
    assert report.scores and "match:result" in fp(COACH_AFTER, 150).stages
    assert not contradict(report, fp(COACH_AFTER, 150))
    assert not contradict(fp(COACH_AFTER, 150), report)
    assert contradict(report, fp(COACH_AFTER, -180))  # hours before: maybe a preview
    assert contradict(report, fp(COACH_AFTER, 6 * 60))  # hours later: maybe another match


def test_a_preview_after_a_report_still_contradicts_it() -> None:
    preview = fp(
        (
            "Harlow Vale host Kenbury again in the cup",
            "Harlow Vale host Kenbury at Millfield Lane on Tuesday in the county cup.",
        ),
        120,
    )
    assert "match:preview" in preview.stages
    assert contradict(fp(SCORED_REPORT), preview)
