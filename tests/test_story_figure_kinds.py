"""Two rules of session 11 (round 12's digests every 6 hours, read): a share in one headline and
a count in the other are no other figures when neither item gives a figure of the other's kind
(story_headline_figures.SHARES_APART), and Russian "прекратили работу" (they stopped work) starts a
strike rather than ending it (story_lexicon.STAGE_PHRASES). Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digest.stories import Fingerprint, fingerprint
from bot.digest.story_compare import ruled_out
from bot.digest.story_contradict import contradict

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def fp(story: tuple[str, str], language: str) -> Fingerprint:
    return fingerprint(story[0], story[1], NOW, language, dated=False)


MINIMUM = ("Tranvía de Velarde: servicios mínimos del 40 %", "Segundo día de paro de conductores.")
WAITS = (
    "Colas de 35 minutos en las paradas del tranvía de Velarde",
    "Los viajeros esperaron hasta 35 minutos por el paro de los conductores del tranvía.",
)
RESULTS = ("Norvane : bénéfice en hausse de 9 %", "Norvane a publié un bénéfice de 310 millions.")
OTHER_SUM = ("Norvane dépasse les 450 M€ de bénéfice", "Le titre gagne 3 % à l'ouverture.")


def test_a_share_against_a_count_is_no_other_figure() -> None:
    """The minimum service's share and the waits' minutes measure other things."""
    assert not ruled_out(fp(MINIMUM, "es"), fp(WAITS, "es"))
    assert not ruled_out(fp(WAITS, "es"), fp(MINIMUM, "es"))


def test_a_sum_against_another_sum_still_rules_out() -> None:
    """An item giving a share and a sum compares with another sum: 450 M€ is not 310."""
    assert ruled_out(fp(RESULTS, "fr"), fp(OTHER_SUM, "fr"))


COURIERS_STOP = (
    "Курьеры в Лесогорске прекратили работу",
    "Курьеры сервиса доставки требуют вернуть прежние тарифы.",
)
COURIERS_STRIKE = (
    "В Лесогорске бастуют курьеры",
    "Курьеры требуют повысить оплату за доставку.",
)
COURIERS_BACK = (
    "Курьеры в Лесогорске прекратили забастовку",
    "Сервис доставки согласился вернуть прежние тарифы.",
)


def test_stopping_work_starts_a_strike() -> None:
    """Russian "прекратили работу" is the strike itself: one stage with "бастуют", no contradiction;
    "прекратили забастовку" is its end."""
    stop, strike = fp(COURIERS_STOP, "ru"), fp(COURIERS_STRIKE, "ru")
    assert "strike:on" in stop.stages and "strike:over" not in stop.stages
    assert not contradict(stop, strike)
    back = fp(COURIERS_BACK, "ru")
    assert "strike:over" in back.stages
    assert contradict(back, strike)
