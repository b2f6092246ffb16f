"""A strike called and the strike day are two stories (session 11, second pass, after round 13):
the call ("kondigt staking aan", "ruft zu Warnstreik auf", "anuncia greve", "to strike next
Tuesday") is the "strike:called" stage, the day itself ("walk out", "legt lahm", "on the picket
line") "strike:on", and a strike only named ("Streik", "greve") may be either
(bot.digest.story_lexicon.STAGE_EITHER): so the call's copies still meet, and the strike day is
neither merged with the call nor hidden as its repeat. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, KnownStories, fingerprint
from bot.digest.story_compare import stages_alike
from bot.digest.story_contradict import contradict

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

CALLS = [  # (language, title, lead): a union calls a strike for a later day
    ("en", "Harlow ferry crews to strike next Friday",
     "The union said crews at Harlow Ferries would stop work for 24 hours on Friday."),
    ("en", "Harlow ferry strike called", "A 24-hour stoppage is set for Friday."),
    ("de", "Gewerkschaft ruft zu Warnstreik bei den Kelliner Fähren auf",
     "Am Freitag sollen die Fähren in Kellin den ganzen Tag im Hafen bleiben."),
    ("de", "Warnstreik bei Kelliner Fähren angekündigt", "Am Freitag fährt keine Fähre."),
    ("nl", "Bond kondigt staking aan bij Veerdienst Oosthaven",
     "Vrijdag varen er de hele dag geen veerboten van Oosthaven."),
    ("pt", "Sindicato anuncia greve nos barcos de Alvor para sexta",
     "Os mestres dos barcos de Alvor vão parar 24 horas."),
    ("es", "Los marineros de Lerín convocan huelga el viernes",
     "El sindicato anuncia un paro de 24 horas en los barcos de Lerín."),
    ("fr", "Les marins de Brévac appellent à la grève vendredi",
     "Le syndicat annonce un arrêt de travail de 24 heures sur les bacs de Brévac."),
]  # fmt: skip
HELD = [  # the strike day
    ("en", "Harlow ferry crews walk out", "No ferry left Harlow as crews began a 24-hour strike."),
    ("de", "Warnstreik legt die Kelliner Fähren lahm", "Keine Fähre verlässt den Hafen."),
    ("en", "Harlow crews on the picket line", "Crews stood at the harbour gates all day."),
]  # fmt: skip
NAMED = [  # the strike only named: a call or the day, the words cannot say which
    ("de", "Fähren-Streik in Kellin am Freitag", "Alle Fähren betroffen."),
    ("pt", "Greve nos barcos de Alvor", "Paralisação de 24 horas."),
]  # fmt: skip

# A call and its strike day, told with the same names and figures (the strike day's copy
# names what the call said): the old reading made both "strike:on", one story, and hid the day.
CALL = (
    "Harlow ferry crews to strike next Friday over crewing levels",
    "The Seafarers' Union said 140 crews at Harlow Ferries would stop work for 24 hours on Friday "
    "over crewing levels, halting crossings to Tolm island.",
)
CALL_COPY = (
    "Harlow ferry strike called",
    "The Seafarers' Union sets a 24-hour stoppage at Harlow.",
)
DAY = (
    "Harlow ferry crews walk out over crewing levels",
    "Some 140 crews at Harlow Ferries walked out for 24 hours over crewing levels, halting "
    "crossings to Tolm island, the Seafarers' Union said.",
)


def fp(lang: str, title: str, lead: str, hours: float = 0.0, source: str = "") -> Fingerprint:
    return fingerprint(title, lead, NOW + timedelta(hours=hours), lang, source or title)


def test_a_call_to_strike_is_its_own_stage_in_every_language() -> None:
    """Announcing words name the call, whether the headline also names the strike or not;
    the strike day's words ("walk out", "lahm", "picket") name the day."""
    assert [fp(*item).stages for item in CALLS] == [frozenset({"strike:called"})] * len(CALLS)
    assert [fp(*item).stages for item in HELD] == [frozenset({"strike:on"})] * len(HELD)


def test_the_call_and_the_strike_day_are_two_stories() -> None:
    """However many words they share, the call contradicts the day in any pairing (`stories.group`
    never chains them into one story through a third item)."""
    calls, held = [fp(*item) for item in CALLS], [fp(*item) for item in HELD]
    assert all(contradict(call, day) for call in calls for day in held)
    assert contradict(fp("en", *CALL), fp("en", *DAY, 30.0))


def test_a_strike_only_named_meets_the_call_and_the_day() -> None:
    """A strike only named ("Streik am Freitag") may be a copy of the call or of the day: it
    contradicts neither, and is alike both for the weighed evidence, as before calls were read."""
    calls, held = [fp(*item) for item in CALLS], [fp(*item) for item in HELD]
    for named in (fp(*item) for item in NAMED):
        assert named.stages == frozenset({"strike:named"})
        assert not any(contradict(named, other) for other in calls + held)
        assert all(stages_alike(named, other) for other in calls + held)


def test_russian_declared_strike_is_the_strike_itself() -> None:
    """Russian "объявили забастовку" is how reports say workers went on strike (rounds 3, 5,
    10, 12): no call, never apart from the strike day."""
    declared = fp("ru", "Паромщики Тольма объявили забастовку", "140 моряков не вышли в рейс.")
    day = fp("ru", "В Тольме бастуют паромщики", "Паромы стоят у причала.")
    assert "strike:called" not in declared.stages
    assert not contradict(declared, day)


def test_the_strike_day_is_no_repeat_of_the_call() -> None:
    """The chat had the call yesterday; the strike day, told in the call's words, is news, not
    a repeat hidden without a message (round 13's two false repeats)."""
    known = KnownStories([fp("en", *CALL, 0.0), fp("en", *CALL_COPY, 0.5)])
    assert known.repeats([fp("en", *DAY, 30.0)]) == [False]
    copy = fp("en", "Harlow ferry crews to strike on Friday", "140 crews will stop work.", 2.0)
    assert known.repeats([copy]) == [True]  # a copy of the call still is one
