"""Session 17 (docs/digest.md, "Session 17: reactions join their story"): in a day's batch, an
item still alone joins the story whose own words it shares, at least three that no other item
of the day carries, when it came after every copy (bot.digest.story_reactions). Our own items,
invented places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.digest import story_reactions
from bot.digest.stories import fingerprint, group
from bot.digest.story_followup_words import says_nothing
from tests.story_filler import DAY_NEWS

START = datetime(2026, 4, 7, 6, tzinfo=UTC)
Item = tuple[str, str, float, str]

FILLER: list[Item] = [(title, lead, hours, "en") for title, lead, hours in DAY_NEWS]
CURFEW: list[Item] = [
    ("Court strikes down Marlow Vale curfew law",
     "Judges at the high court in Marlow Vale ruled that the night curfew for under-16s breaks "
     "the charter of rights.", 0.0, "en"),
    ("Marlow Vale curfew unlawful, judges rule",
     "The council had brought in the curfew in March.", 0.5, "en"),
]  # fmt: skip
# The town's other news: its name is no story's own word.
TOWN: list[Item] = [
    ("Marlow Vale market moves to the square",
     "Stalls in Marlow Vale will trade by the church from May.", 2.0, "en"),
    ("Marlow Vale swimmers break club record",
     "The relay team from Marlow Vale won in Leeds.", 3.0, "en"),
]  # fmt: skip
# Six hours later: the curfew, the under-16s and the night in common, the town not named; its
# weighed evidence is far below a link.
REACTION: Item = (
    "Police to end night stops after curfew judgment",
    "Officers will no longer stop under-16s after ten at night.",
    6.0,
    "en",
)


def _groups(items: list[Item]) -> list[list[int]]:
    """The groups holding the batch's first three items (a story's two copies, a reaction)."""
    prints = [fingerprint(t, lead, START + timedelta(hours=h), lang) for t, lead, h, lang in items]
    return [g for g in group(prints) if g[0] < 3]


def test_a_reaction_sharing_the_storys_own_words_joins_it() -> None:
    assert _groups([*CURFEW, REACTION, *TOWN, *FILLER]) == [[0, 1, 2]]


def test_with_the_pass_off_the_reaction_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_reactions, "REACTION_TOKENS", None)
    assert _groups([*CURFEW, REACTION, *TOWN, *FILLER]) == [[0, 1], [2]]


def test_an_item_before_the_story_is_no_reaction() -> None:
    """Hours before the ruling, the same words tell of something else (a preview, a hearing)."""
    title, lead, _, lang = REACTION
    early = [*CURFEW, (title, lead, -4.0, lang), *TOWN, *FILLER]
    assert _groups(early) == [[0, 1], [2]]


def test_a_six_hour_digest_leaves_it_alone() -> None:
    """Below REACTION_MIN_BATCH items every shared word looks like a story's own."""
    assert _groups([*CURFEW, REACTION, *TOWN, *FILLER[:8]]) == [[0, 1], [2]]


def test_words_another_story_carries_too_are_no_storys_own() -> None:
    """Another town's curfew the same day: the curfew and the night are no longer the Marlow
    Vale story's own, and two shared words are too few."""
    other = [
        ("Dunham brings in night curfew for its park",
         "The park in Dunham will shut at night after a string of fires.", 1.0, "en"),
    ]  # fmt: skip
    assert _groups([*CURFEW, REACTION, *TOWN, *other, *FILLER]) == [[0, 1], [2]]


class _Tokens:
    """A batch's tokens by item, all rare: what `_own_story` asks of bot.digest.story_score."""

    def __init__(self, tokens: list[set[str]]) -> None:
        self._tokens = tokens

    def tokens(self, i: int) -> frozenset[str]:
        return frozenset(self._tokens[i])


def test_the_story_with_most_own_words_wins_and_a_tie_joins_none() -> None:
    """`_own_story` counts each group's own tokens (no other group carries them); the most
    wins, at least REACTION_TOKENS; two groups with as many: no guess."""
    tokens = [{"a", "b", "c", "d"}, {"a", "b", "c"}, {"d", "e", "f"}, {"e", "f", "g"}]
    carriers: dict[str, list[int]] = {}
    for i, mine in enumerate(tokens):
        for token in mine:
            carriers.setdefault(token, []).append(i)
    batch: Any = _Tokens(tokens)
    home = [0, 1, 2, 2]  # item 0 alone, item 1 a story, items 2-3 another
    assert story_reactions._own_story(0, home, batch, carriers) == 1  # a, b, c against d
    tokens[2] |= {"g", "h"}
    tokens[0] |= {"g", "h"}
    carriers = {}
    for i, mine in enumerate(tokens):
        for token in mine:
            carriers.setdefault(token, []).append(i)
    assert story_reactions._own_story(0, home, batch, carriers) is None  # three each
    assert story_reactions._own_story(3, home, batch, carriers) is None  # two: too few


@pytest.mark.parametrize(
    ("token", "nothing"),
    [
        ("@polic", True),  # the police as a name
        ("polici", True),  # "Policía" as a plain stem
        ("guardi", True),  # the Guardia Civil
        ("hombr", True),  # "a man"
        ("que", True),  # a stop word of another language than the item's
        ("curfew", False),
        ("@marlo", False),
    ],
)
def test_what_says_nothing_of_a_story_is_no_storys_own(token: str, nothing: bool) -> None:
    assert says_nothing(token) is nothing


def test_the_police_and_a_man_do_not_make_a_reaction(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fraud's arrest and, hours later, a brawl's: the town's police and "a man" in common
    with nothing of either event; counted as a story's own tokens, they join the two."""
    fraud = [
        ("Police in Cobham arrest man over pension fraud",
         "Officers said the man took savings from twelve pensioners in Cobham.", 0.0, "en"),
        ("Cobham pension fraud: man held", "He is due before magistrates on Friday.", 0.5, "en"),
    ]  # fmt: skip
    brawl = (
        "Police called to pub brawl, man injured",
        "Officers found a man with cuts outside the Swan.",
        6.0,
        "en",
    )
    items = [*fraud, brawl, *FILLER]
    assert _groups(items) == [[0, 1], [2]]
    monkeypatch.setattr(story_reactions, "NOTHING_OFF", False)
    assert _groups(items) == [[0, 1, 2]]
