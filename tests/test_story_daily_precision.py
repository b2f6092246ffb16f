"""Daily-digest precision (docs/digest.md, "Session 15: daily precision"): at a day's density
one street, town or minister has two events a day, and the later coverage of a digest meets
stories up to two days old. Our own items, invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import story_followup
from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from bot.digest.story_later import later_coverage
from bot.digest.story_score import BatchEvidence
from tests.story_filler import OTHER_NEWS

START = datetime(2026, 4, 6, 7, tzinfo=UTC)

CLOSED = (
    "Fernhill Road shut for three weeks of resurfacing",
    "Contractors are lifting the worn surface between the canal bridge and the market square, "
    "laying new kerbs and drains; shoppers walk in and buses take the ring road.",
)
LEAK = (
    "Gas leak on Fernhill Road: two houses cleared",
    "Residents of two houses on Fernhill Road in Brackwell were led out on Monday evening "
    "after a smell of gas, and buses were sent round the block.",
)
LEAK_TEASER = (
    "Fernhill Road houses cleared over gas",
    "Some forty people spent the evening in a school.",
)
REPAIRED = (
    "Fernhill Road gas main mended by engineers",
    "Engineers replaced the cracked pipe, the families went home and the buses run again.",
)


def _prints(items: list[tuple[str, str, float]]) -> list[Fingerprint]:
    return [fingerprint(t, lead, START + timedelta(hours=h)) for t, lead, h in items]


def _batch(*items: tuple[str, str, float], others: int = len(OTHER_NEWS)) -> list[Fingerprint]:
    fillers = [(t, lead, 3.0 + n * 0.7) for n, (t, lead) in enumerate(OTHER_NEWS[:others])]
    return _prints([*items, *fillers])


def _alone(groups: list[list[int]], i: int) -> bool:
    return [i] in groups


def test_an_item_hours_before_a_story_is_no_follow_up_of_it() -> None:
    """The road's closure came ten hours before both copies of the gas leak on it: its own
    event, not what followed the leak (FOLLOW_BEFORE_HOURS); the mended main ten hours after
    the copies still follows them up. A batch under ten items: no strays' join
    (stories.MOSTLY_MIN_BATCH), the follow-ups' stage alone."""
    before = group(_batch((*CLOSED, 0.0), (*LEAK, 10.0), (*LEAK_TEASER, 10.5), others=5))
    assert _alone(before, 0)
    assert [1, 2] in before
    after = group(_batch((*REPAIRED, 20.0), (*LEAK, 10.0), (*LEAK_TEASER, 10.5), others=5))
    assert [0, 1, 2] in after


def test_an_item_hours_before_a_story_is_no_stray_of_it() -> None:
    """In a batch of ten items or more the closure falls just short of the leak's copies, as
    a stray does; it came hours before them all, so it is none (story_strays.STRAY_BEFORE)."""
    assert _alone(group(_batch((*CLOSED, 0.0), (*LEAK, 10.0), (*LEAK_TEASER, 10.5))), 0)


PARKING = (
    "Jean Pryor defends higher car park charges",
    "Council leader Jean Pryor told traders in Wexford Street the money would pay for repairs.",
)
ROADWORKS = (
    "Pryor backs the Mill Lane roadworks",
    "Council leader Jean Pryor said shops would get a discount while the lane is dug up.",
)


def test_a_lone_story_a_day_and_more_old_is_no_later_coverage() -> None:
    """The council leader's roadworks 30 h after her parking charges: two stories of one
    person, each told once; the strays' rule for two lone items asks them within LONE_HOURS,
    as a digest's items are (story_strays.LONE_HOURS)."""
    digest = _prints(
        [(*ROADWORKS, 30.0), *((t, lead, 28.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS))]
    )
    known = KnownStories(_prints([(*PARKING, 0.0)]))
    assert later_coverage(digest, known) == [None] * len(digest)


def test_a_share_and_its_digits_are_one_key_figure() -> None:
    """ "54 per cent" gives the share and its bare digits; a pair giving it weighs one key
    figure, not two (story_score.SHARE_ONCE)."""
    prints = _prints(
        [
            ("Runoff in Castelmonte won by the civic list", "Its candidate took 54 per cent.", 0.0),
            ("Early count in Varnia puts Dosz ahead", "The president has 54 per cent so far.", 4.0),
            *((t, lead, 1.0 + n * 0.3) for n, (t, lead) in enumerate(OTHER_NEWS)),
        ]
    )
    assert BatchEvidence(prints).features(0, 1)["figures"] == 1


def test_function_words_are_no_words_of_an_event() -> None:
    """A market's last stall closing and a hailstorm in its town share the town and "de",
    "del", which the Spanish stop list lacks: no word of an event
    (story_followup_words.EVENT_STOPS)."""
    prints = _prints(
        [
            (
                "Cierra el último puesto del mercado de Olmares",
                "La frutera que quedaba en el mercado de Olmares baja la persiana.",
                20.0,
            ),
            ("Una granizada arrasa los huertos de Olmares", "Los vecinos del pueblo ayudan.", 0.0),
            (
                "Los agricultores de Olmares piden ayudas",
                "El granizo destrozó las cosechas del valle.",
                0.8,
            ),
            *((t, lead, 5.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS)),
        ]
    )
    batch = BatchEvidence(prints)
    names = story_followup.own_names(prints, batch, 0, {1, 2})
    assert names
    assert not story_followup.event_words(batch, 0, {1, 2}, names)


def test_a_shared_name_is_no_word_of_an_event() -> None:
    """An opposition leader's call for an inquiry and his party's poll lead share his name,
    first and last, and nothing of an event: no follow-up. In German a noun is capitalised and
    still a word of its event (story_followup_words.EVENT_NOT_NAME)."""
    prints = _prints(
        [
            (
                "Voss demands an inquiry into the minister's flat",
                "Opposition leader Colm Voss wrote to the standards watchdog about the rent.",
                15.0,
            ),
            (
                "Poll puts the party of Voss ahead",
                "The party led by Colm Voss is on 38 per cent.",
                0.0,
            ),
            ("Six-point lead in a new poll", "The governing party slips to 32 per cent.", 0.4),
            *((t, lead, 5.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS)),
        ]
    )
    assert _alone(group(prints), 0)
    german = _prints(
        [
            (
                "Ostwald räumt auf",
                "Nach dem Hochwasser schaufeln die Bürger Schlamm aus den Kellern.",
                6.0,
            ),
            (
                "Hochwasser in Ostwald",
                "Das Hochwasser steht in der Altstadt bis in die Keller.",
                0.0,
            ),
            ("Altstadt von Ostwald überflutet", "Die Feuerwehr pumpt die ganze Nacht.", 0.5),
            *((t, lead, 2.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS)),
        ]
    )
    batch = BatchEvidence(german)
    names = story_followup.own_names(german, batch, 0, {1, 2})
    assert story_followup.event_words(batch, 0, {1, 2}, names, german)
