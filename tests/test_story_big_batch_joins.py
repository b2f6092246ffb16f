"""Joining in big batches (docs/digest.md, "Session 14: joining in big batches"): in a day's
digest (stories.BIG_BATCH items or more) two groups told apart by their figures (a closure's
job count, the fund for its workers) still join when a pair across is linked by weighed
evidence of at least stories.BIG_TOLD_LINK and the pairs left unlinked weigh at least
stories.BIG_FLOOR. Our own items, invented places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import stories
from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_apart import stories_told_apart

START = datetime(2026, 3, 2, 6, tzinfo=UTC)

CLOSURE = [
    (
        "Corvane to shut its Dunmere mill, cutting jobs",
        "Corvane Textiles will close the Dunmere mill in spring, cutting hundreds of jobs.",
        0.0,
    ),
    ("Corvane will shut Dunmere mill", "240 jobs go when the textile firm closes the site.", 0.5),
]
FUND = [
    (
        "Council sets up fund for Dunmere mill workers",
        "Workers losing their jobs at the Corvane mill will get help from a £2m fund.",
        2.0,
    ),
    (
        "£2m to help mill workers",
        "Workers of the closing Dunmere mill can get help from the council fund.",
        2.5,
    ),
]
FILLER = [
    ("Ferry timetable changes at Orrin Sound", "Sailings will leave an hour earlier.", 1.0),
    ("Bakery opens on Tolley Street", "A family bakery opened its doors this morning.", 1.5),
    ("Heron colony returns to Brackwater marsh", "Birdwatchers counted nesting herons.", 2.0),
    ("Library in Dunmere extends opening hours", "Readers can visit until eight.", 2.5),
    ("Kestlow cricket club names new captain", "The batsman takes over as skipper.", 3.0),
    ("Roadworks on Salter Lane in Fennick", "Drivers face delays while pipes are replaced.", 3.5),
    ("Orchard festival planned at Wimbury", "Cider makers and bands will fill the green.", 4.0),
    ("Yarrowby pool reopens after repairs", "Swimmers return after the roof was fixed.", 4.5),
    ("Storm topples oak in Haddon park", "Nobody was hurt when the old tree fell.", 5.0),
    ("Gallery in Lussett shows local potters", "Bowls and vases by twelve makers.", 5.5),
    ("Trawler crew rescued off Skellan Point", "The lifeboat reached them before dawn.", 6.0),
    ("Tram trial begins in Marrowgate", "Passengers can ride the new line for free.", 6.5),
    ("Choir from Benthall wins regional contest", "The singers beat nineteen other choirs.", 7.0),
    ("Farmers market moves to Quarry Square in Oldmere", "Stalls trade there from May.", 7.5),
    ("Broadband upgrade reaches Caddow villages", "Homes can order faster connections.", 8.0),
    ("Owl sanctuary near Thrapley needs volunteers", "Keepers look for weekend helpers.", 8.5),
    ("Harbour wall repairs finished at Porthwick", "The stones were reset after storms.", 10.0),
    ("Chess champion from Velling visits schools", "Pupils played the grandmaster.", 11.0),
]


def _prints(items: list[tuple[str, str, float]], later: float = 0.0) -> list[Fingerprint]:
    """Items at their hours after START; the fund's copies `later` hours later still."""
    return [
        fingerprint(t, lead, START + timedelta(hours=h + (later if k >= 2 else 0.0)))
        for k, (t, lead, h) in enumerate(items)
    ]


def test_the_two_copies_each_are_told_apart_by_their_figures() -> None:
    prints = _prints(CLOSURE + FUND + FILLER)
    assert stories_told_apart(prints, {0, 1}, {2, 3})


def test_in_a_days_digest_the_fund_joins_the_closure() -> None:
    groups = group(_prints(CLOSURE + FUND + FILLER))
    assert [0, 1, 2, 3] in groups
    assert all(len(g) == 1 for g in groups if g[0] > 3)


def test_without_the_big_batch_rule_they_stay_two_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "BIG_BATCH", None)
    groups = group(_prints(CLOSURE + FUND + FILLER))
    assert [0, 1] in groups and [2, 3] in groups


def test_a_small_batch_keeps_the_figures_apart() -> None:
    """Below BIG_BATCH items the rule does not apply: figures still tell the groups apart."""
    groups = group(_prints(CLOSURE + FUND + FILLER[:8]))
    assert [0, 1, 2, 3] not in groups


def test_groups_told_apart_need_a_clear_link(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fund's best pair with the closure weighs about 1.4: asked for more, the figures keep
    the two groups apart."""
    monkeypatch.setattr(stories, "BIG_TOLD_LINK", 2.0)
    groups = group(_prints(CLOSURE + FUND + FILLER))
    assert [0, 1] in groups and [2, 3] in groups


def test_hours_apart_the_fund_stays_a_story_of_its_own() -> None:
    """Four hours later only one pair across still links: too few for one story."""
    groups = group(_prints(CLOSURE + FUND + FILLER, later=4.0))
    assert [0, 1] in groups and [2, 3] in groups
