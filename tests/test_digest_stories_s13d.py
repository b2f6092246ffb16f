"""Round 23's false merges (session 13, fourth pass): two petrol-station raids in two towns the
same night, one of whose copies said "the robbery is not linked to <other town>" with no article
before the name. The denial phrases (story_other_lexicon.UNRELATED) asked for a determiner ("not
linked to the ..."), so the denial was not read, the copy's mention of the other town linked the
two raids and every digest merged them. A denial followed straight by a word the lead writes with
a capital now names the other event (story_reference.TO_NAME); "not linked to terrorism" stays
an aside. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_apart import denies
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 19, 22, 0, tzinfo=UTC)


def fp(title: str, lead: str, hours: float, language: str = "en", source: str = "") -> Fingerprint:
    return fingerprint(title, lead, NOW + timedelta(hours=hours), language, source)


# One raid at Tollbridge, told three times.
TOLL_FULL = fp(
    "Armed men raid Tollbridge corner shop",
    "Two men with a crowbar threatened the owner of the Kiln Lane shop in Tollbridge at about "
    "10pm on Friday and fled with cash and lottery cards.",
    0.0,
    source="Wire",
)
TOLL_SHORT = fp(
    "Tollbridge corner shop robbery",
    "Two men threatened the owner with a crowbar.",
    0.3,
    source="Radio",
)
TOLL_LATER = fp(
    "Tollbridge shop raid: police want dashcam footage",
    "Detectives asked drivers who passed Kiln Lane on Friday night to check their cameras.",
    7.0,
    source="Gazette",
)
# Another raid the same night in another town; its short copy denies a link by the town's name.
ASHCOMBE_FULL = fp(
    "Owner threatened in Ashcombe corner shop raid",
    "A man in a balaclava threatened the owner of a shop on the Ashcombe ring road late on "
    "Friday and took cash; nobody was hurt.",
    1.5,
    source="Herald",
)
ASHCOMBE_SHORT = fp(
    "Ashcombe shop raided",
    "Police say the robbery is not linked to Tollbridge.",
    1.9,
    source="Courier",
)
OTHERS = [fp(t, lead, 1.0, source="Town") for t, lead in OTHER_NEWS]


def test_a_denial_before_a_name_is_read() -> None:
    assert "tollbridg" in ASHCOMBE_SHORT.denied or "tollbridge" in ASHCOMBE_SHORT.denied
    assert denies(ASHCOMBE_SHORT, TOLL_SHORT)
    assert denies(ASHCOMBE_SHORT, TOLL_FULL)


def test_two_towns_raids_stay_two_stories() -> None:
    """The start's code merged the four (the short Ashcombe copy linked to both Tollbridge
    copies by the town it names)."""
    groups = group([TOLL_FULL, TOLL_SHORT, ASHCOMBE_FULL, ASHCOMBE_SHORT, *OTHERS])
    assert [0, 1] in groups
    assert [2, 3] in groups


def test_other_languages_and_a_name_after_the_denial() -> None:
    fr = fp(
        "Braquage d'une station-service à Vernal",
        "Les gendarmes n'ont établi aucun lien avec Sablons pour l'instant.",
        0.0,
        "fr",
    )
    assert fr.denied, "aucun lien avec <nom>"
    nl = fp(
        "Overval op tankstation in Ruisdam",
        "De politie ziet geen verband met Kortveld.",
        0.0,
        "nl",
    )
    assert nl.denied


# Guards: what is no denial of another named event.
def test_a_lower_case_aside_is_no_denial() -> None:
    aside = fp(
        "Man charged after Dockside stabbing",
        "Police said the attack was not linked to terrorism.",
        0.0,
    )
    assert not aside.denied


def test_german_nouns_are_capitalised_and_stay_asides() -> None:
    aside = fp(
        "Messerangriff in Lindau: Mann festgenommen",
        "Die Polizei sieht keinen Zusammenhang mit Terror.",
        0.0,
        "de",
    )
    assert not aside.denied


def test_a_determiner_still_reads_as_before() -> None:
    item = fp(
        "Ashcombe shop raided",
        "Police said it was not connected to the Tollbridge robbery.",
        0.0,
    )
    assert denies(item, TOLL_SHORT)


def test_copies_of_one_raid_still_join() -> None:
    groups = group([TOLL_FULL, TOLL_SHORT, TOLL_LATER, *OTHERS])
    assert any({0, 1} <= set(g) for g in groups)
