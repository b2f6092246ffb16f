"""Session 17 (docs/digest.md, "Session 17: two languages, two stories"): two items read in two
languages, both long enough for the language to be told reliably, are never one story
(story_compare.languages_apart, part of `ruled_out`); a short teaser or a stored story mark
(no language) compares nothing. Our own items, invented places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import story_compare
from bot.digest.stories import Fingerprint, fingerprint
from bot.digest.story_compare import languages_apart, ruled_out

START = datetime(2026, 8, 24, 6, tzinfo=UTC)

FIRE_IT = (
    "Un grande incendio divora le pinete sopra Valmora: evacuati tre villaggi della valle",
    "Le fiamme, spinte dal vento di scirocco, hanno raggiunto le colline sopra Valmora nella "
    "notte; i vigili del fuoco chiedono rinforzi e aerei dalla capitale.",
)
TRIAL_EN = (
    "Court in Valmora jails six smugglers over the fishing boat that sank in the spring",
    "Judges gave the men between eight and fifteen years for the crossing in which forty "
    "people drowned off the Valmora coast, the prosecutors said on Monday.",
)


def _print(item: tuple[str, str], hours: float = 0.0) -> Fingerprint:
    return fingerprint(*item, START + timedelta(hours=hours))


def test_two_long_items_in_two_languages_are_two_stories() -> None:
    fire, trial = _print(FIRE_IT), _print(TRIAL_EN, 2.0)
    assert (fire.language, trial.language) == ("it", "en")
    assert min(len(fire.words), len(trial.words)) >= story_compare.LANGUAGE_STEMS
    assert languages_apart(fire, trial) and ruled_out(fire, trial)


def test_a_short_teaser_is_not_trusted_to_its_language() -> None:
    teaser = _print(("Valmora brucia", "Fiamme sulle colline."), 1.0)
    assert len(teaser.words) < story_compare.LANGUAGE_STEMS
    assert not languages_apart(teaser, _print(TRIAL_EN, 2.0))


def test_one_language_and_a_stored_mark_compare_nothing() -> None:
    fire = _print(FIRE_IT)
    again = _print(FIRE_IT, 3.0)
    assert not languages_apart(fire, again)
    stored = Fingerprint.parse(_print(TRIAL_EN).text(), START)
    assert stored.language == "" and not languages_apart(fire, stored)
