"""A copy that looks like two stories does not chain them (bot.digest.stories.group joins two
groups only when every pair across them is linked, LINK_SHARE), and a shared figure is weak
evidence between items dated to other weekdays (story_compare.FIGURE_LINK_DAYS)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import stories, story_compare
from bot.digest.stories import Fingerprint, fingerprint, group, same_story

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def fp(title: str, lead: str, minutes: int, source: str) -> Fingerprint:
    return fingerprint(title, lead, NOW + timedelta(minutes=minutes), "en", source=source)


# A crane falls at one port on Monday; a ferry crew walks out at another port on Thursday; a
# regional round-up tells both in one item, in the words of each, and links to both.
CRANE = (
    "Crane topples onto quay at Dunmore harbour",
    "A container crane toppled onto the quay at Dunmore harbour on Monday morning, crushing two "
    "parked lorries; the harbour master said nobody was hurt and berths four and five are shut.",
)
ROUNDUP = (
    "Ports round-up: Dunmore crane topples onto quay, Velby ferry crews walk out",
    "A container crane toppled onto the quay at Dunmore harbour, crushing two parked lorries, "
    "and ferry crews at Velby walked out over rosters, stranding island passengers.",
)
FERRY = (
    "Velby ferry crews walk out over rosters",
    "Ferry crews at Velby walked out on Thursday over new rosters, stranding island passengers; "
    "the operator in Velby called the walkout unlawful and cancelled all sailings.",
)
OTHERS = [
    ("Library reopens after roof repairs", "The town library reopened after a year of work."),
    ("School choir wins regional contest", "The choir of Hollins school sang three pieces."),
    ("Bakery chain opens tenth shop", "The chain opened its tenth shop near the station."),
    ("Council approves new cycle lanes", "Councillors voted for two new lanes downtown."),
]


def batch() -> list[Fingerprint]:
    items = [
        fp(*CRANE, 0, "Coast News"),
        fp(*ROUNDUP, 40, "Region Weekly"),
        fp(*FERRY, 60, "Island Post"),
    ]
    return items + [fp(*item, 70 + i, f"Town {i}") for i, item in enumerate(OTHERS)]


def story_of(groups: list[list[int]], item: int) -> set[int]:
    return next(set(g) for g in groups if item in g)


def test_a_round_up_linked_to_two_stories_does_not_chain_them() -> None:
    prints = batch()
    assert same_story(prints[0], prints[1])  # the round-up tells the crane in its words
    assert not same_story(prints[0], prints[2])
    groups = group(prints)
    assert story_of(groups, 0) == {0, 1}  # the round-up stays with the story it links first
    assert story_of(groups, 2) == {2}


def test_with_half_the_pairs_the_round_up_chains_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half the pairs across ({crane, round-up} against the ferry) are linked: the rule of
    before let the chain through."""
    monkeypatch.setattr(stories, "LINK_SHARE", 2)
    assert story_of(group(batch()), 0) == {0, 1, 2}


# A firm agrees a takeover on Tuesday and completes it on Friday; both give the price.
AGREED = (
    "Marlow Mills agrees £640m deal for Tessa Foods",
    "Marlow Mills said on Tuesday it had agreed to buy the snack maker Tessa Foods for £640m, "
    "subject to approval by the competition regulator.",
)
COMPLETED = (
    "Regulator clears takeover as Marlow closes Tessa purchase",
    "The £640m takeover of Tessa Foods by Marlow Mills closed on Friday after the competition "
    "watchdog waved it through; a new chief will run the snack unit from January.",
)
AGREED_COPY = (
    "Tessa Foods bought by Marlow Mills",
    "Marlow Mills agreed on Tuesday to pay £640m for Tessa Foods; the competition regulator "
    "still has to approve the purchase of the snack maker.",
)


def test_a_shared_figure_does_not_link_items_dated_to_other_weekdays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agreed, completed, copy = (
        fp(*AGREED, 0, "City Wire"),
        fp(*COMPLETED, 30, "Food Trade"),
        fp(*AGREED_COPY, 60, "Market Post"),
    )
    assert agreed.days == {"2"} and completed.days == {"5"}
    assert not same_story(agreed, completed)
    assert same_story(agreed, copy)  # one day, one figure: the copy still links
    monkeypatch.setattr(story_compare, "FIGURE_LINK_DAYS", False)
    assert same_story(agreed, completed)  # the figure alone lowered the words needed


CRANE_COPY = (
    "Dunmore harbour crane topples, berths shut",
    "A container crane toppled onto the quay in Dunmore on Monday, crushing two parked lorries; "
    "nobody was hurt, the harbour master said, and berths four and five are shut.",
)
CRANE_UPDATE = (
    "Dunmore berths to stay shut after crane topples onto quay",
    "Berths four and five at Dunmore harbour stay shut all week after a container crane toppled "
    "onto the quay on Monday and crushed two parked lorries, the harbour master said.",
)


def test_two_items_of_one_feed_may_share_a_story_their_copy_links() -> None:
    """Two items of one feed with other headlines are never linked themselves (a feed's teaser
    is no evidence); that pair is left out of 'every pair across', so a feed's update still
    joins the story that another feed's copy links it to."""
    prints = [
        fp(*CRANE, 0, "Coast News"),
        fp(*CRANE_COPY, 20, "Harbour Daily"),
        fp(*CRANE_UPDATE, 40, "Coast News"),
    ] + [fp(*item, 70 + i, f"Town {i}") for i, item in enumerate(OTHERS)]
    assert not same_story(prints[0], prints[2])  # one feed, other headlines
    assert same_story(prints[0], prints[1]) and same_story(prints[1], prints[2])
    assert story_of(group(prints), 0) == {0, 1, 2}
