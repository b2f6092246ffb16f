"""Session 17 (docs/digest.md, "Session 17: reactions join their story"): a merger and a
cyberattack are kinds of event (bot.digest.story_event_lexicon): a broadcaster's hack is no
later coverage of its editor's resignation, a network's outage none of its owner's merger talks,
while a hack that takes a service down and a merger's job cuts stay one story. Our own
headlines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.digest.stories import fingerprint
from bot.digest.story_event import event_kinds, kinds_disagree

WHEN = datetime(2026, 3, 3, 9, tzinfo=UTC)


def _kinds(title: str, language: str = "en") -> frozenset[str]:
    return event_kinds(fingerprint(title, "", WHEN, language))


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("Tessmark and Halloway agree merger", "en", "merger"),
        ("Brightline takeover approved by shareholders", "en", "merger"),
        ("Nordwelle übernimmt Kabelnetz Süd", "de", "merger"),
        ("Fusion von Nordwelle und Kabelnetz Süd geplatzt", "de", "merger"),
        ("Fusie tussen twee omroepen gaat door", "nl", "merger"),
        ("Hackers take Radio Fenwick off air", "en", "cyberattack"),
        ("Cyberangriff legt Zeitung lahm", "de", "cyberattack"),
        ("Canal Lumière coupé par une cyberattaque", "fr", "cyberattack"),
        ("Хакеры взломали сайт телеканала", "ru", "cyberattack"),
    ],
)
def test_mergers_and_cyberattacks_are_kinds_of_event(title: str, language: str, kind: str) -> None:
    assert kind in _kinds(title, language)


def test_a_hack_and_a_resignation_disagree_a_hack_and_an_outage_do_not() -> None:
    hack = fingerprint("Hackers take Radio Fenwick off air", "", WHEN, "en")
    resigns = fingerprint("Radio Fenwick editor resigns", "", WHEN, "en")
    outage = fingerprint("Radio Fenwick outage lasts four hours", "", WHEN, "en")
    assert kinds_disagree(hack, resigns)
    assert not kinds_disagree(hack, outage)


def test_a_mergers_job_cuts_are_the_same_story() -> None:
    merger = fingerprint("Tessmark and Halloway agree merger", "", WHEN, "en")
    cuts = fingerprint("Tessmark merger to bring 900 layoffs", "", WHEN, "en")
    outage = fingerprint("Tessmark network outage across the north", "", WHEN, "en")
    assert not kinds_disagree(merger, cuts)
    assert kinds_disagree(merger, outage)
