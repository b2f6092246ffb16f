"""The kinds of event a headline names (bot.digest.story_event), read from an item's story stems
so that a stored story mark gives the same kinds, and when two items' kinds disagree: both name
one, none shared, none that one event's copies name together. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.digest import story_event
from bot.digest.stories import Fingerprint, fingerprint
from bot.digest.story_event import event_kinds, kinds_disagree

T = datetime(2026, 4, 7, 8, tzinfo=UTC)

HEADLINES = [
    ("en", "Fire guts a bakery on Quarry Lane", "fire"),
    ("en", "Three men jailed for Harwick jewellery heist", "verdict"),
    ("en", "Burglars take laptops from Ellis primary school", "theft"),
    ("ru", "В Заречном сгорел склад стройматериалов", "fire"),
    ("ru", "Водители автобусов в Тальске объявили забастовку", "strike"),
    ("ru", "Паводок подтопил сорок домов в Липках", "flood"),
    ("de", "Großbrand in Lagerhalle bei Oberweiden", "fire"),
    ("de", "Warnstreik legt Busse in Sandau lahm", "strike"),
    ("de", "Banküberfall in Rothmoor: Täter flüchtig", "theft"),
    ("fr", "Grève des éboueurs à Saint-Aubrac", "strike"),
    ("fr", "Inondations : la Vézère sort de son lit à Brignac", "flood"),
    ("fr", "Le maire de Colmerie présente sa démission", "resignation"),
    ("es", "Huelga de conductores de autobús en Valdoria", "strike"),
    ("es", "Un incendio arrasa una nave en el polígono de Tarrena", "fire"),
    ("es", "Detenido un hombre por el atraco a una joyería de Almira", "arrest"),
    ("it", "Sciopero dei treni regionali in Valtesa", "strike"),
    ("it", "Terremoto di magnitudo 4 avvertito a Castelbrando", "earthquake"),
    ("it", "Furto nella farmacia di corso Ardena", "theft"),
    ("pt", "Greve dos enfermeiros no hospital de Valmares", "strike"),
    ("pt", "Incêndio destrói armazém em Ribafria", "fire"),
    ("pt", "Autarca de Sobralinho apresenta demissão", "resignation"),
    ("nl", "Staking bij vuilnisdienst in Hoogeveld", "strike"),
    ("nl", "Woningbrand in Dorpsstraat in Eelderwolde", "fire"),
    ("nl", "Overval op juwelier in Brakel", "theft"),
]


def _fp(title: str, lead: str = "", language: str = "en") -> Fingerprint:
    return fingerprint(title, lead, T, language)


@pytest.mark.parametrize(("language", "title", "kind"), HEADLINES)
def test_a_headline_names_its_kind_of_event(language: str, title: str, kind: str) -> None:
    assert kind in event_kinds(_fp(title, "", language))


def test_a_stored_story_mark_names_the_same_kinds() -> None:
    """A known story is its stored fingerprint, no text: its kinds come from the same stems."""
    item = _fp("Großbrand in Lagerhalle bei Oberweiden", "Die Feuerwehr war die Nacht über dort.")
    stored = Fingerprint.parse(item.text(), item.when)
    assert event_kinds(stored) == event_kinds(item) == {"fire"}


def test_headlines_of_no_kind_and_words_of_two_meanings_name_none() -> None:
    for title, language in [
        ("Council approves a new cycle path on Wells Road", "en"),
        ("Regulator opens a consultation on Halworth Water", "en"),  # "opens": no opening
        ("Neue Auszubildende bei den Stadtwerken Gerlingen", "de"),
        ("Le conseil municipal de Brissac vote le budget", "fr"),
    ]:
        assert event_kinds(_fp(title, "", language)) == frozenset(), title


def test_the_lead_counts_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lead also names what came before or after ("due to close in May"); by default only the
    headline names the event, and a headline that names none leaves the kinds unknown."""
    teaser = _fp("Quarry Lane news", "The bakery, which was due to close in May, burned down.")
    assert event_kinds(teaser) == frozenset()
    monkeypatch.setattr(story_event, "LEAD_KINDS", True)
    story_event._kinds.cache_clear()
    assert {"closure", "fire"} <= event_kinds(teaser)
    story_event._kinds.cache_clear()


def test_kinds_disagree_only_when_both_name_unrelated_kinds() -> None:
    closure = _fp("Ellis Street bank branch to close in June")
    robbery = _fp("Ellis Street bank branch robbed")
    assert kinds_disagree(closure, robbery) and kinds_disagree(robbery, closure)
    assert not kinds_disagree(closure, _fp("Ellis Street branch closing: what customers can do"))
    assert not kinds_disagree(closure, _fp("Ellis Street bank branch: customers react"))
    # a follow-up names a related kind: a fire, then the arson arrest; a crash, then its victim
    fire = _fp("Fire destroys Harwick timber yard")
    assert not kinds_disagree(fire, _fp("Teenager arrested over Harwick yard blaze"))
    assert not kinds_disagree(fire, _fp("Man, 19, arrested in Harwick"))
    crash = _fp("Lorry and car collide on the B412 at Fenby")
    assert not kinds_disagree(crash, _fp("Driver dies in Fenby B412 smash"))
    assert kinds_disagree(_fp("Fenby mayor resigns"), crash)
