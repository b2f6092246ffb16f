"""One story told once: near-duplicate detection and the merged digest entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.build import Candidate, DigestOptions, plan_digest
from bot.digest.stories import WINDOW, Fingerprint, fingerprint, group, same_story

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)

GALE = [
    ("Gale topples cranes at Holm shipyard",
     "Winds of 140 km/h knocked over two cranes at the Holm shipyard on Monday night; nobody "
     "was hurt, the yard said."),
    ("Two shipyard cranes blown down in Holm as 140 km/h gale hits",
     "A gale with gusts of 140 km/h brought down two cranes at Holm's shipyard overnight on "
     "Monday. No one was injured."),
    ("Holm shipyard: storm brings down two cranes, no injuries",
     "The shipyard in Holm lost two cranes to Monday night's storm, with winds reaching "
     "140 km/h; no injuries were reported."),
]  # fmt: skip
OTHER_GALE = (
    "Gale closes Holm bridge for six hours",
    "Winds of 95 km/h closed the Holm bridge to traffic for six hours on Thursday.",
)
PREVIEW = (
    "Holm face Odel in cup semi-final on Saturday",
    "Holm host Odel in the cup semi-final on Saturday; their captain is back from injury.",
)
REPORT = (
    "Holm beat Odel 3-0 to reach cup final",
    "Holm beat Odel 3-0 in the cup semi-final on Saturday, their captain scoring twice.",
)


def fp(story: tuple[str, str], hours_ago: float = 1.0) -> Fingerprint:
    return fingerprint(story[0], story[1], NOW - timedelta(hours=hours_ago))


def cand(n: int, story: tuple[str, str], feed: str, hours_ago: float = 1.0) -> Candidate:
    when = NOW - timedelta(hours=hours_ago)
    host = feed.lower().replace(" ", "")
    return Candidate(item_id=n, dedup_key=f"{host}.example/{n}", title=story[0],
                     link=f"https://{host}.example/{n}", feed_title=feed,
                     summary=story[1], published=when, first_seen=when)  # fmt: skip


def test_rewritten_copies_are_one_story() -> None:
    prints = [fp(s) for s in GALE]
    assert same_story(prints[0], prints[1]) and same_story(prints[0], prints[2])
    assert group([*prints, fp(OTHER_GALE)]) == [[0, 1, 2], [3]]  # 1 and 2 through 0


def test_same_topic_other_event_stays_apart() -> None:
    assert not same_story(fp(GALE[0]), fp(OTHER_GALE))  # another storm, another number
    assert not same_story(fp(PREVIEW), fp(REPORT))  # a preview and its match report


def test_time_window_bounds_a_story() -> None:
    assert not same_story(fp(GALE[0]), fp(GALE[1], hours_ago=WINDOW.total_seconds() / 3600 + 2))


def test_too_few_words_never_merge() -> None:
    assert not same_story(fp(("Live updates", "")), fp(("Live updates", "")))


def test_other_languages_merge_and_stay_apart() -> None:
    one = (
        "В Холме ураган повалил два крана на верфи",
        "Ветер со скоростью 140 км/ч повалил два крана на верфи Холма в понедельник.",
    )
    two = (
        "Два крана на верфи Холма упали из-за урагана",
        "В понедельник ураганный ветер до 140 км/ч повалил два крана на верфи в Холме.",
    )
    three = ("В Холме открыли новую верфь", "Новая верфь в Холме откроется в понедельник.")
    assert same_story(fp(one), fp(two))
    assert not same_story(fp(one), fp(three))


def test_fingerprint_survives_storage() -> None:
    original = fp(GALE[0])
    back = Fingerprint.parse(original.text(), original.when)
    assert back == original


def test_digest_shows_the_story_once_with_its_other_sources_first() -> None:
    items = [
        cand(1, GALE[0], "Gazette", hours_ago=3),
        cand(2, GALE[1], "Harbour Blog", hours_ago=2),
        cand(3, GALE[2], "Radio Holm", hours_ago=2),  # the longest lead: the best copy
        cand(4, OTHER_GALE, "Gazette", hours_ago=0.5),  # newer, but one source only
    ]
    plan = plan_digest(items, NOW, DigestOptions(also_label="also:"))
    assert [s.lead.item_id for s in plan.shown] == [3, 4]
    assert sorted(plan.shown[0].item_ids) == [1, 2, 3]
    html = plan.messages[0].html
    assert html.startswith("<b>Digest</b> · 2 new")
    assert html.count(GALE[2][0]) == 1 and GALE[0][0] not in html and GALE[1][0] not in html
    assert "with winds reaching 140 km/h" in html  # the best copy's summary
    also = next(line for line in html.splitlines() if line.startswith("<i>also:</i>"))
    assert '<a href="https://gazette.example/1">Gazette</a>' in also
    assert '<a href="https://harbourblog.example/2">Harbour Blog</a>' in also


def test_filtered_items_are_counted_as_stories_in_the_footer() -> None:
    from bot.digest.build import Filtered

    removed = [Filtered(cand(5, GALE[0], "Gazette"), "1. exclude crane"),
               Filtered(cand(6, GALE[1], "Radio Holm"), "1. exclude crane"),
               Filtered(cand(7, OTHER_GALE, "Gazette"), "2. exclude bridge")]  # fmt: skip
    plan = plan_digest([cand(1, PREVIEW, "Gazette")], NOW, DigestOptions(), filtered=removed)
    assert plan.messages[-1].html.endswith("<i>2 filtered out</i>")
    assert plan.filtered_stories == 2 and len(plan.filtered) == 3


def test_a_feeds_boilerplate_teaser_does_not_merge_its_stories() -> None:
    teaser = "Read the full story on our website, with photos and the reactions of our readers."
    saturday = fingerprint("Harbour festival opens", teaser, NOW, source="Gazette")
    sunday = fingerprint("Ferry timetable changes", teaser, NOW, source="Gazette")
    assert not same_story(saturday, sunday)
    again = fingerprint("Harbour festival opens today", teaser, NOW, source="Gazette")
    assert same_story(saturday, again)  # one feed re-publishing under a new URL
