"""The blind story check sets (rounds 3 to 20) have the shape their scoring rows will claim.

Their counts (items, stories, languages, one-outlet stories, teasers, hard negatives per
category), that their items are unique and not borrowed from the earlier sets, and that every
story is written in the language its label names: a mislabelled language would make a set score
something else. Round 9's items carry publication hours: none before the start, and a story's
copies within the merging's 48-hour window unless the set's docstring names the story and says why.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

LANGUAGES = ("en", "ru", "de", "fr", "es", "it", "pt", "nl")

# The numbered rounds in the order they were written (45 before 46); the two first sets,
# story_items and story_items_fresh, come before them all. A round is checked against the sets
# written before it.
ROUNDS: tuple[int, ...] = tuple(range(3, 53))
IN_ORDER: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"tests.{name}")
    for name in ("story_items", "story_items_fresh", *(f"story_items_round{n}" for n in ROUNDS))
)


@dataclass(frozen=True)
class CheckSet:
    """What one blind set promises: its size, its hard-negative categories, the sets before it."""

    module: ModuleType
    flag: str
    items: int
    stories: int
    stories_per_language: dict[str, int]
    categories: frozenset[str]
    hard_negatives: int
    per_category: int
    earlier: tuple[ModuleType, ...]
    several_outlets: int = 0


_BY_ROUND: dict[int, CheckSet] = {}


def _round(number: int, **promises: Any) -> CheckSet:
    """The CheckSet of round `number`: its module, bench flag and earlier sets follow from the
    number, so each round is named once; registered so ALL_SETS can follow ROUNDS."""
    module = IN_ORDER[2 + ROUNDS.index(number)]
    spec = CheckSet(
        module=module,
        flag=f"--round{number}",
        earlier=IN_ORDER[: IN_ORDER.index(module)],
        **promises,
    )
    assert number not in _BY_ROUND, number
    _BY_ROUND[number] = spec
    return spec


ROUND3 = _round(
    3,
    items=200,
    stories=80,
    stories_per_language={"en": 15} | dict.fromkeys(LANGUAGES[1:], 8),
    categories=frozenset(
        {
            "a match preview and its report",
            "two storms or fires in one week, different places",
            "two central-bank decisions",
            "one company's two announcements",
            "one politician's two speeches",
            "two recalls",
            "a trial's opening and its verdict",
            "two strikes in different sectors",
        }
    ),
    hard_negatives=25,
    per_category=3,
)
ROUND4 = _round(
    4,
    items=300,
    stories=120,
    stories_per_language={"en": 20} | dict.fromkeys(LANGUAGES[1:], 12),
    categories=frozenset(
        {
            "a match preview and its report",
            "two earthquakes or storms in one week",
            "a trial's opening and its verdict",
            "a strike and its end",
            "one company's two announcements",
            "one politician on two days",
            "two accidents on one road or railway line",
            "one council's or central bank's two decisions",
        }
    ),
    hard_negatives=40,
    per_category=4,
    several_outlets=100,
)
ROUND5 = _round(
    5,
    items=320,
    stories=130,
    stories_per_language={"en": 25} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two earthquakes in one region in one week",
            "two storms in one season, different places",
            "a match preview and its report",
            "one firm's two product recalls",
            "one politician's two speeches",
            "a trial's opening and its verdict",
            "one company's two quarterly results",
            "a strike announced and the strike ended",
        }
    ),
    hard_negatives=45,
    per_category=5,
    several_outlets=115,
)
ROUND6 = _round(
    6,
    items=328,
    stories=135,
    stories_per_language={"en": 26} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two fires in one city in one week",
            "two rounds of one election",
            "a deal announced and the deal closed",
            "two launches by one space agency",
            "an award's shortlist and its winner",
            "two flights diverted at one airport",
            "two studies by one lab",
            "one club's two transfers",
        }
    ),
    hard_negatives=45,
    per_category=5,
    several_outlets=119,
)
ROUND7 = _round(
    7,
    items=324,
    stories=130,
    stories_per_language={"en": 25} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two ministers of one government resigning in one month",
            "one central bank's two rate decisions",
            "a bridge or road closed and reopened",
            "two concerts of one tour cancelled",
            "one city's two budget votes",
            "two outbreaks in one province or district",
            "two sales at one auction house",
            "a protest called and the protest held",
        }
    ),
    hard_negatives=46,
    per_category=5,
    several_outlets=116,
)
ROUND8 = _round(
    8,
    items=160,
    stories=63,
    stories_per_language={"en": 24} | dict.fromkeys(LANGUAGES[1:], 5),
    categories=frozenset(
        {
            "two storms over one region a week apart",
            "a match preview and its report",
            "two firms' results on one day",
            "one person in two unrelated stories",
            "one recurring weekly report, another week",
            "two rescues at one place in one week",
        }
    ),
    hard_negatives=26,
    per_category=4,
    several_outlets=53,
)
ROUND9 = _round(
    9,
    items=170,
    stories=65,
    stories_per_language={"en": 20} | dict.fromkeys(LANGUAGES[1:], 6),
    categories=frozenset(
        {
            "two earthquakes in one region within a week",
            "a match preview and its report",
            "two firms' results on one morning",
            "one person in two unrelated stories on one day",
            "two separate fires in one city on one day",
            "one recurring weekly bulletin, the next week",
            "a protest called and the protest held",
            "a takeover bid and the completed takeover",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=55,
)
ROUND10 = _round(
    10,
    items=153,
    stories=63,
    stories_per_language={"en": 17} | dict.fromkeys(LANGUAGES[1:], 6),
    categories=frozenset(
        {
            "two road crashes in one county on one day",
            "two firms' results on one morning",
            "two court rulings against one company in one week",
            "one politician at two events on one day",
            "a strike in one sector and another sector's strike",
            "a storm and the next storm",
            "a match preview and its report",
            "an election's first round and its runoff",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=53,
)
ROUND11 = _round(
    11,
    items=150,
    stories=60,
    stories_per_language={"en": 20} | dict.fromkeys(LANGUAGES[1:], 5),
    categories=frozenset(
        {
            "two fires or floods in one region within a day",
            "one company's results and its product launch in one week",
            "one company's recall and a lawsuit against it",
            "one celebrity in two unrelated items on one day",
            "two cases in one court on one day",
            "one club's two transfers",
            "two earthquakes in one country within 36 hours",
            "a concert announced and the concert held",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=54,
)
ROUND12 = _round(
    12,
    items=154,
    stories=61,
    stories_per_language={"en": 22, "ru": 7, "de": 7} | dict.fromkeys(LANGUAGES[3:], 5),
    categories=frozenset(
        {
            "two road crashes on one motorway on one day",
            "one minister's two announcements in one week",
            "two strikes by different unions in one city",
            "a profit warning and the chief executive's resignation days later",
            "one club's two matches in one week",
            "a storm and the floods it feeds days later in another region",
            "two wildfires in one country on one day",
            "an election poll and the election result",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=49,
)
ROUND13 = _round(
    13,
    items=304,
    stories=94,
    stories_per_language={"en": 40, "de": 10, "ru": 8, "it": 8}
    | dict.fromkeys(("fr", "es", "pt", "nl"), 7),
    categories=frozenset(
        {
            "a court verdict and its appeal weeks later",
            "one carmaker's two separate recalls",
            "a transfer rumour and the signed transfer",
            "a strike announced and the strike day",
            "one hospital's two separate outbreaks",
            "a company's quarterly results and its shareholders' meeting",
            "an eruption and flight cancellations for another cause on the same day",
            "two searches in one national park within days",
        }
    ),
    hard_negatives=26,
    per_category=3,
    several_outlets=80,
)
ROUND14 = _round(
    14,
    items=305,
    stories=99,
    stories_per_language={"en": 44, "de": 10, "fr": 9, "ru": 8}
    | dict.fromkeys(("es", "it", "pt", "nl"), 7),
    categories=frozenset(
        {
            "two separate fires in one city on one night",
            "a company's job cuts and its unrelated product launch in one week",
            "a court hearing adjourned and the hearing held weeks later",
            "an event announced and the event itself",
            "two road crashes on one motorway on one day",
            "a strike announced and the strike day",
            "one minister's two announcements in one week",
            "a profit warning and the chief executive's resignation days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=88,
)
ROUND15 = _round(
    15,
    items=297,
    stories=104,
    stories_per_language={"en": 44, "de": 11, "fr": 9, "nl": 9}
    | dict.fromkeys(("ru", "es", "it"), 8)
    | {"pt": 7},
    categories=frozenset(
        {
            "two power cuts in one town in one week from different causes",
            "a zoo animal's escape and an unrelated birth at the same zoo",
            "two robberies in one town within two days",
            "two incidents on one ferry route in one week",
            "two road crashes on one road on one day",
            "a strike announced and the strike day",
            "a profit warning and the chief executive's resignation days later",
            "two separate fires in one town on one night",
        }
    ),
    hard_negatives=25,
    per_category=3,
    several_outlets=93,
)
ROUND16 = _round(
    16,
    items=297,
    stories=100,
    stories_per_language={"en": 44, "de": 9, "fr": 9}
    | dict.fromkeys(("ru", "es", "it"), 8)
    | dict.fromkeys(("pt", "nl"), 7),
    categories=frozenset(
        {
            "two burglaries on one street within two days",
            "two accidents at one junction within a day",
            "two outbreaks at one school within two days",
            "two walkouts at one factory or yard over different grievances",
            "two different trials opening at one court on consecutive days",
            "one bank's two fines by different regulators a day apart",
            "a strike announced and the strike day",
            "a profit warning and the chief executive's resignation days later",
            "an event announced and the event itself",
        }
    ),
    hard_negatives=28,
    per_category=3,
    several_outlets=87,
)
ROUND17 = _round(
    17,
    items=302,
    stories=101,
    stories_per_language={"en": 44, "de": 9, "es": 9}
    | dict.fromkeys(("fr", "ru", "it", "nl"), 8)
    | {"pt": 7},
    categories=frozenset(
        {
            "two water-main bursts in one town within two days",
            "a hospital's staff shortage and an unrelated cyberattack on it within a week",
            "a signal failure and a landslide on one railway line within two days",
            "two road crashes on one road on one day",
            "two separate fires in one town on one night",
            "two burglaries on one street within two days",
            "a company's job cuts and its unrelated product launch in one week",
            "a strike announced and the strike day",
            "a profit warning and the chief executive's resignation days later",
            "a court hearing adjourned and the hearing held weeks later",
        }
    ),
    hard_negatives=26,
    per_category=2,
    several_outlets=89,
)
ROUND18 = _round(
    18,
    items=303,
    stories=101,
    stories_per_language={"en": 44, "de": 9}
    | dict.fromkeys(("fr", "ru", "es", "it", "pt", "nl"), 8),
    categories=frozenset(
        {
            "two road crashes on one road on one day",
            "two separate fires in one town on one night",
            "two burglaries on one street within two days",
            "two outbreaks at one school within two days",
            "a company's job cuts and its unrelated product launch in one week",
            "a strike announced and the strike day",
            "a court hearing adjourned and the hearing held a week later",
            "a profit warning and the chief executive's resignation days later",
            "a town's second flood warning days after the first",
            "one club's next match days later",
            "one firm's second recall days later",
            "two sinkholes in one town within days",
            "a whale stranding and other animals found dead on the same coast days later",
            "one airport's two closures from different causes within days",
        }
    ),
    hard_negatives=28,
    per_category=2,
    several_outlets=88,
)
ROUND19 = _round(
    19,
    items=300,
    stories=102,
    stories_per_language={"en": 44, "de": 10, "fr": 9}
    | dict.fromkeys(("ru", "es", "it", "nl"), 8)
    | {"pt": 7},
    categories=frozenset(
        {
            "two separate fires in one town on one night",
            "two road crashes on one road on one day",
            "a company's job cuts and its unrelated product launch in one week",
            "a court hearing adjourned and the hearing held weeks later",
            "a strike announced and the strike day",
            "a profit warning and the chief executive's resignation days later",
            "one minister's two announcements in one week",
            "a missing walker found and another walker missing on the same mountain days later",
            "a ship aground and another vessel's accident in the same waters a day later",
            "a stadium concert and the match on its worn pitch the next day",
        }
    ),
    hard_negatives=26,
    per_category=2,
    several_outlets=91,
)
ROUND20 = _round(
    20,
    items=262,
    stories=105,
    stories_per_language={"en": 44, "de": 11}
    | dict.fromkeys(("fr", "it", "nl"), 9)
    | dict.fromkeys(("es", "pt"), 8)
    | {"ru": 7},
    categories=frozenset(
        {
            "two separate fires in one town on one night",
            "two road crashes on one road on one day",
            "a company's job cuts and its unrelated product launch in one week",
            "a strike announced and the strike day",
            "a court hearing adjourned and the hearing held a week later",
            "one minister's two announcements in one week",
            "a power cut and a second one from another cause in the same district days later",
            "a bridge closed for inspection and a boat striking the closed bridge a day later",
            "a birth at a zoo and an animal's escape from the same zoo days later",
            "a mayor's resignation and the by-election set days later",
        }
    ),
    hard_negatives=24,
    per_category=2,
    several_outlets=94,
)
ROUND21 = _round(
    21,
    items=278,
    stories=112,
    stories_per_language={"en": 41, "de": 13, "es": 11}
    | dict.fromkeys(("fr", "it", "ru"), 10)
    | {"nl": 9, "pt": 8},
    categories=frozenset(
        {
            "two separate fires in one town on one night",
            "two road crashes on one road on one day",
            "a robbery and an unrelated arrest in the same street hours later",
            "a council vote and a protest about something else at the same town hall that evening",
            "two separate rescues on one beach in one afternoon",
            "a school closed by a burst pipe and the same school's sports win that day",
            "a company's results and its product recall one to three days later",
            "two floods in one region on one day, in different towns",
            "a match preview and its report",
            "a trial's opening and its verdict days later",
            "a strike announced and the strike day",
        }
    ),
    hard_negatives=31,
    per_category=2,
    several_outlets=98,
)
ROUND22 = _round(
    22,
    items=284,
    stories=119,
    stories_per_language={"en": 42, "nl": 13}
    | dict.fromkeys(("de", "fr", "ru", "pt"), 11)
    | dict.fromkeys(("es", "it"), 10),
    categories=frozenset(
        {
            "the same place (court, line, airport, station, harbour), another event within hours",
            "a club's transfer and its next sale or sacking days later",
            "a company's failure or fine and its unrelated announcement days later",
            "one institution's two announcements in one week",
            "the same kind of event in a neighbouring town",
            "a preview (or shortlist) and its report",
            "a new service announced and its first day",
            "two bodies' house-price figures for one month, days apart",
            "a recurring event: one week's or one draw's and the next",
        }
    ),
    hard_negatives=30,
    per_category=2,
    several_outlets=108,
)
ROUND23 = _round(
    23,
    items=278,
    stories=124,
    stories_per_language={"en": 47, "de": 15}
    | dict.fromkeys(("es", "it"), 11)
    | dict.fromkeys(("fr", "pt", "nl", "ru"), 10),
    categories=frozenset(
        {
            "the same place, another event within hours",
            "the same place, another event days later",
            "the same actor, another event",
            "the same kind of event in another town on the same day",
            "a preview (or shortlist) and its report",
            "a recurring figure or draw: one period's and another's",
            "an announcement and its implementation",
            "a story and an unrelated story that mentions it as background",
        }
    ),
    hard_negatives=30,
    per_category=3,
    several_outlets=110,
)
ROUND24 = _round(
    24,
    items=283,
    stories=135,
    stories_per_language={"en": 50, "de": 15, "fr": 14, "es": 12}
    | dict.fromkeys(("it", "pt", "nl", "ru"), 11),
    categories=frozenset(
        {
            "two incidents of one kind in one town or on one road on one day",
            "one club, company or politician in two different stories in one week",
            "one storm in two regions a day apart",
            "two different hearings of one court case",
            "a recurring weekly release and the next week's",
            "a plan announced and a different plan by the same body days later",
            "a story and an unrelated story that mentions it as background",
            "a strike announced and the strike day",
        }
    ),
    hard_negatives=34,
    per_category=3,
    several_outlets=117,
)
ROUND25 = _round(
    25,
    items=279,
    stories=121,
    stories_per_language={"en": 45, "de": 12}
    | dict.fromkeys(("fr", "es", "it", "ru"), 11)
    | dict.fromkeys(("pt", "nl"), 10),
    categories=frozenset(
        {
            "a robbery and a second robbery at another shop in the same town days later",
            "a ferry's breakdown or collision and another incident on the same crossing days later",
            "a museum theft and the same museum's exhibition opening days later",
            "a club's cup win and its coach sacked days later",
            "a factory fined for pollution and a fire at the same factory days later",
            "a mountain pass closed by snow and closed again days later",
            "a drug seizure at a port and another seizure at the same port days later",
            "a line's new timetable announced and a signal failure on the same line"
            " within two days",
            "a hospital's new wing or ward opened and a breakdown at the same hospital days later",
        }
    ),
    hard_negatives=27,
    per_category=3,
    several_outlets=109,
)
ROUND26 = _round(
    26,
    items=314,
    stories=128,
    stories_per_language={
        "en": 43,
        "de": 13,
        "fr": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "a bus or coach crash and the same operator's fare rise days later",
            "a chemical leak at a plant and the same firm's job cuts there days later",
            "a crowd crush or stand collapse at a ground and the next match played there",
            "an airliner's emergency landing and the same airline's pilots threatening a strike",
            "a cable car stranding its passengers and an avalanche at the same mountain days later",
            "a fishing boat lost at sea and its home harbour's festival or regatta days later",
            "a politician hurt in a road crash and the same politician's bill or plan days later",
            "a block of flats evacuated over cracks and a fire in the same empty block days later",
            "a company boss arrested and the same company opening a new plant days later",
        }
    ),
    hard_negatives=27,
    per_category=3,
    several_outlets=116,
)

ROUND27 = _round(
    27,
    items=322,
    stories=127,
    stories_per_language={
        "en": 43,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "a shop's opening and a break-in at the same shop days later",
            "a school's good inspection report and an evacuation of the same school the next day",
            "a street closed for resurfacing and a gas leak on the same street within a day",
            "a town bus route moved and a crash of a bus on the new route days later",
            "a local club's home win and a break-in at its clubhouse or changing room"
            " the night after",
            "a health centre's walk-in flu jab day and a burst pipe flooding the same centre"
            " days later",
            "a council's new parking fees for a car park and a car fire in the same car park",
            "an animal rescued in a town park and a dog attack in the same park days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=116,
)

ROUND28 = _round(
    28,
    items=328,
    stories=132,
    stories_per_language={
        "en": 42,
        "es": 14,
        "fr": 13,
        "it": 13,
        "pt": 13,
        "ru": 13,
        "de": 12,
        "nl": 12,
    },
    categories=frozenset(
        {
            "one firm's job cuts and its quarterly figures in the same week",
            "one team's league match and its cup tie days later",
            "one space firm's satellite launch and another of its missions in the same week",
            "one festival's first prize night and its closing awards",
            "one lab's preprint and a different published study by the same lab",
            "a payment app's launch and its outage days later",
            "one statistics office's two different releases in one week",
            "a player's transfer and his first match for the new club",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=120,
)
ROUND29 = _round(
    29,
    items=292,
    stories=127,
    stories_per_language={
        "en": 43,
        "ru": 12,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
    },
    categories=frozenset(
        {
            "a fallen tree blocking a street and a house fire on the same street within two days",
            "a playground opened in a park and the same playground vandalised days later",
            "a church's bells or clock restored and metal stolen from its roof days later",
            "a chemical leak at a town pool and a child saved from drowning there days later",
            "a new cycle lane opened and a cyclist hit on the same lane days later",
            "a beach closed to bathers over pollution and a rescue off the same beach"
            " within two days",
            "a school's national prize and its head teacher's departure within days",
            "a market's first day in a new place and a fire at one of its stalls within a day",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=114,
)

ROUND30 = _round(
    30,
    items=286,
    stories=125,
    stories_per_language={
        "en": 41,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "one politician's two different court cases in one week",
            "a union's strike called off and another union's strike going ahead that week",
            "a ministry's new policy and an unrelated data or IT failure at the same ministry",
            "a storm and a later frost, ice or snow warning for the same region",
            "a factory closure and another firm's new jobs in the same town days later",
            "a motorway pile-up and a planned closure of the same motorway for works",
            "an ambulance service's response-time figures and a crash of one of its ambulances",
            "a prison escape and an unrelated fight at the same prison days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=113,
)
ROUND31 = _round(
    31,
    items=307,
    stories=142,
    stories_per_language={
        "en": 51,
        "de": 15,
        "fr": 13,
        "it": 13,
        "nl": 13,
        "ru": 13,
        "es": 12,
        "pt": 12,
    },
    categories=frozenset(
        {
            "a theatre's premiere and a fire alarm emptying the same theatre days later",
            "a farm's open day and a fire on the same farm days later",
            "a level crossing's new barriers and a vehicle struck at the same crossing",
            "a harbour's new pier opened and a boat fire in the same harbour days later",
            "a brewery's expansion approved and a lorry overturned beside the same brewery",
            "a library's author evening and a burst pipe flooding the same library",
            "a ski lift's opening day and a skier hurt on the same slope the next day",
            "a lottery jackpot sold in a town and a robbery at the shop that sold it",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=125,
)

ROUND32 = _round(
    32,
    items=286,
    stories=128,
    stories_per_language={
        "en": 43,
        "fr": 13,
        "de": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "one music festival's two evenings with different headliners",
            "one artist's tour dates announced and the same artist's album news days later",
            "a player's injury and the same player's contract extension days later",
            "a museum's exhibition opening and the same museum's purchase of a painting days later",
            "one club's women's team and men's team playing on the same weekend",
            "an orchestra's concert and its chief conductor's departure announced days later",
            "one stage race's two stages on consecutive days",
            "one player's two rounds of one tournament days apart",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=116,
)
ROUND33 = _round(
    33,
    items=296,
    stories=129,
    stories_per_language={
        "en": 44,
        "ru": 13,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "pt": 12,
        "nl": 12,
    },
    categories=frozenset(
        {
            "a bakery's prize and a fire in the same bakery days later",
            "a road's speed limit cut and a crash on the same road days later",
            "a post office's closure announced and a robbery at the same post office days later",
            "a pub's or bar's licence decision and a fight outside the same pub days later",
            "a care home's good inspection and a resident missing from the same care home"
            " days later",
            "a cinema's reopening and a roof leak closing the same cinema days later",
            "a bus depot's first electric buses and a fire at the same depot days later",
            "a new mayor taking office and water flooding the same town hall days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=115,
)

ROUND34 = _round(
    34,
    items=306,
    stories=129,
    stories_per_language={
        "en": 47,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 11,
        "ru": 11,
    },
    categories=frozenset(
        {
            "a judge's sentence in one case and the same judge's sentence in another case",
            "a medicines regulator's approval of one drug and its warning about another",
            "an observatory's discovery and a breakdown closing the same telescope days later",
            "a new rail line opened and a freight derailment on the same line days later",
            "a trade agreement signed and a separate tariff row between the same two countries",
            "a budget passed and a no-confidence motion over another matter against the same"
            " government",
            "floods in one part of a country and a drought emergency in another part the same week",
            "a port's record cargo figures and a crane collapse at the same port",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=117,
)
ROUND35 = _round(
    35,
    items=306,
    stories=142,
    stories_per_language={
        "en": 46,
        "de": 14,
        "fr": 14,
        "es": 13,
        "it": 14,
        "nl": 13,
        "pt": 14,
        "ru": 14,
    },
    categories=frozenset(
        {
            "a school shut for a building fault and a separate fight at its gates that evening",
            "a shop fined by inspectors in the morning and burgled the same night",
            "a hospital ward shut by a bug and a separate evacuation of the same hospital hours"
            " later",
            "a mayor's morning announcement and a separate matter about the same mayor that"
            " evening",
            "a town festival's opening and a separate accident at the same festival days later",
            "one council approving one housing plan and refusing another days later",
            "a local club's cup win and its ground closed by inspectors days later",
            "a bridge reopened after repairs and struck by a boat days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=131,
)
ROUND36 = _round(
    36,
    items=318,
    stories=129,
    stories_per_language={"en": 45} | dict.fromkeys(LANGUAGES[1:], 12),
    categories=frozenset(
        {
            "a firm's results and an outage of its service that evening",
            "a club's coach sacked and its stadium shut for checks the same day",
            "an awards night and a theft at the same venue that night",
            "a product launch and a strike at the same firm's plant the same day",
            "a rider's race win and the same rider's withdrawal from another race days later",
            "a takeover agreed and the same buyer's second purchase days later",
            "a film's premiere and its director's next project announced days later",
            "a tennis title and the same player's injury withdrawal days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=117,
)
ROUND37 = _round(
    37,
    items=319,
    stories=130,
    stories_per_language={
        "en": 45,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a minister's morning plan and a separate expenses row about the same minister"
            " that evening",
            "a rally in a capital's square and a separate fire beside the same square that night",
            "a parliament's vote on one bill and a separate opposition walkout from the same"
            " chamber hours later",
            "a ceasefire signed in one province and fighting in another province of the same"
            " country days later",
            "a president's state or official visit abroad and an impeachment motion against"
            " the same president days later",
            "a migrant boat rescued off an island and another boat sinking off the same"
            " island a day later",
            "an ambassador summoned in one dispute and the same two countries signing a"
            " separate accord days later",
            "a top court striking down a law and the same court ruling on an election"
            " dispute days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=118,
)
ROUND38 = _round(
    38,
    items=317,
    stories=131,
    stories_per_language={
        "en": 47,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "a tram breakdown on a line and a separate tram collision on the same line hours later",
            "a snack bar shut by hygiene inspectors and a car driven into the same shop that night",
            "a landlord's rent-rise letters and a ceiling collapse in another of its"
            " buildings that day",
            "a council vote to redesign a square and a water main bursting under it hours later",
            "a lost pet found and another pet going missing in the same neighbourhood days later",
            "a building's topping-out and a worker hurt on the same site days later",
            "a school's new canteen or hall opened and a gas smell emptying the same school"
            " days later",
            "a park's new skate or play area opened and a storm closing the same park days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=120,
)
ROUND39 = _round(
    39,
    items=335,
    stories=129,
    stories_per_language={
        "en": 45,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "a hospital turning away ambulances and a separate medication error revealed at"
            " the same hospital hours later",
            "a university's fee rise announced and a separate lab fire on the same campus"
            " hours later",
            "a health secretary's morning vaccine plan and a separate row over the same"
            " minister's remarks that evening",
            "a spill killing fish in a river and a separate rescue from the same river hours later",
            "a space agency's probe reaching its target and the same agency's rocket failing"
            " days later",
            "an exam board's leaked paper and the same board's results published days later",
            "a rare bird's arrival at a nature reserve and a poisoning or poaching case on"
            " the same reserve days later",
            "a wind farm's opening and a blade falling from a turbine at the same wind farm"
            " days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=117,
)
ROUND40 = _round(
    40,
    items=309,
    stories=135,
    stories_per_language={
        "en": 46,
        "de": 13,
        "fr": 12,
        "es": 14,
        "it": 12,
        "nl": 13,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a league match and a separate fire at the same stadium hours after the final whistle",
            "a city's road race and a separate tram derailment in the same city that evening",
            "a ski resort's season opening and a chairlift breakdown at the same resort that"
            " afternoon",
            "a goalkeeper's clean-sheet record and the same goalkeeper's request to leave"
            " days later",
            "a storm closing an airport and a baggage-system breakdown at the same airport"
            " days later",
            "a new ferry's first crossing and an older ferry aground on the same route days later",
            "a jockey's big-race win and the same jockey's riding ban over another race days later",
            "a record holiday jam on a motorway and a coach crash on the same road hours later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=124,
)
ROUND41 = _round(
    41,
    items=337,
    stories=135,
    stories_per_language={
        "en": 45,
        "de": 13,
        "fr": 13,
        "es": 13,
        "it": 12,
        "nl": 13,
        "pt": 13,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a firm's quarterly results and a data breach at the same firm disclosed hours later",
            "a central bank's rate decision and an outage of the same central bank's payment"
            " system that evening",
            "a tech firm's product launch and a competition authority's raid on the same firm"
            " hours later",
            "a takeover agreed and a regulator's fine on the bought firm over another matter"
            " days later",
            "a carmaker's new plant opened and a strike at the same carmaker's older plant days"
            " later",
            "a stock exchange's record close and a trading halt at the same exchange after a"
            " glitch days later",
            "a bank's money-laundering fine and the same bank's branch closures announced a day"
            " later",
            "a factory's closure announced and a chemical leak at the same factory days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=123,
)
ROUND42 = _round(
    42,
    items=310,
    stories=137,
    stories_per_language={
        "en": 45,
        "de": 14,
        "fr": 13,
        "es": 14,
        "it": 13,
        "nl": 13,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a council's vote on one scheme and a separate protest at the same town hall hours"
            " later",
            "a museum's new wing opened and a painting stolen from the same museum days later",
            "a mayor opening a new bridge in the morning and the same mayor questioned by police"
            " over another matter that evening",
            "a school's record exam or olympiad results and a fire closing the same school days"
            " later",
            "a jeweller's raided at night and a separate arrest over another crime in the same"
            " street hours later",
            "a theatre's or opera's premiere and a stagehands' strike at the same house days later",
            "a book prize won and a plagiarism charge against the same author days later",
            "a court hearing in one case and a defendant's escape from the same courthouse hours"
            " later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=126,
)
ROUND43 = _round(
    43,
    items=314,
    stories=138,
    stories_per_language={
        "en": 46,
        "de": 14,
        "fr": 13,
        "es": 13,
        "it": 13,
        "nl": 13,
        "pt": 13,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a bridge reopened after repairs and a protest over another matter blocking the same"
            " bridge days later",
            "a pipeline's transport tariff raised and a leak on the same pipeline days later",
            "a port's new container terminal opened and a dockers' blockade of the same port"
            " hours later",
            "a power plant's unit tripping off the grid and a blackout from a separate line or"
            " substation fault in the same area days later",
            "an airline's new route launched and a cabin-crew walkout at the same airline hours"
            " later",
            "an airport's strike and a drone sighting halting flights at the same airport the"
            " next day",
            "an energy minister opening a solar park in the morning and the same minister's"
            " fuel-price measure announced that evening",
            "an energy regulator's tariff cut and the same regulator's fine on a supplier days"
            " later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=127,
)
ROUND44 = _round(
    44,
    items=318,
    stories=135,
    stories_per_language={
        "en": 45,
        "de": 14,
        "fr": 14,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 14,
    },
    categories=frozenset(
        {
            "a singer's surprise album released in the morning and the same singer arrested"
            " after a bar fight that evening",
            "a youth cup final at a stadium in the afternoon and a concert at the same stadium"
            " evacuated over a bomb hoax that night",
            "a cycling stage finishing in a town and a flash flood in the same town hours later",
            "an actor's lifetime-achievement award and the same actor hurt in a road accident one"
            " to four days later",
            "a singer's tour announced and a former manager's lawsuit against the same singer"
            " days later",
            "a TV talent show's live final and the same show's host taken off air one to three"
            " days later",
            "a sprinter's national record and the same sprinter charged over missed drug tests"
            " days later",
            "a film's festival prize and the same film pulled from cinemas over a rights or"
            " privacy complaint days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=124,
)
ROUND52 = _round(
    52,
    items=313,
    stories=131,
    stories_per_language={
        "en": 44,
        "de": 13,
        "fr": 13,
        "es": 12,
        "it": 13,
        "nl": 12,
        "pt": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "first tenants moving into a new social-housing block and police evicting squatters"
            " from another building in the same town hours later",
            "a city's low-emission zone coming into force in the morning and taxi drivers blocking"
            " the same city's centre over another grievance hours later",
            "a shop-price or inflation figure published and a supermarket chain in the same"
            " country freezing prices on everyday goods within a day",
            "a tax authority's new online service launched and the same tax authority's raid on a"
            " firm over undeclared pay or takings hours later",
            "a town's last bank branch closing and a cash machine blown up in the same town days"
            " later",
            "an energy group's record yearly profit and a small rival supplier's collapse, its"
            " customers handed to the same group as fallback supplier, days later",
            "a protected regional food's record sales and a seizure of fakes of the same food days"
            " later",
            "pensioners' payments raised or topped up and a gang posing as staff of the same"
            " pensions body arrested days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=119,
)
ROUND51 = _round(
    51,
    items=316,
    stories=144,
    stories_per_language={
        "en": 47,
        "de": 16,
        "fr": 14,
        "es": 15,
        "it": 14,
        "nl": 13,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a party's election programme presented and one of the same party's candidates"
            " withdrawing over old posts or messages one to three days later",
            "a televised election debate and the campaign office of one of its candidates"
            " vandalised the same night",
            "a retail chain announcing shop closures and the same chain opening a new flagship shop"
            " days later",
            "a forest fire and a fatal hunting accident in the same forest or hills days later",
            "a defendant acquitted by a court and the same person arrested over a new offence days"
            " later",
            "a school's first day of term in a new or rebuilt building and a crash of a bus"
            " carrying its pupils a day later",
            "a football club's sponsorship deal and a fine on the same club over its fans' flares"
            " or fireworks within two days",
            "an archaeological find announced at a dig and the same dig plundered by looters one to"
            " three days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=130,
)
ROUND50 = _round(
    50,
    items=310,
    stories=131,
    stories_per_language={
        "en": 46,
        "de": 12,
        "fr": 12,
        "es": 12,
        "it": 13,
        "nl": 12,
        "pt": 12,
        "ru": 12,
    },
    categories=frozenset(
        {
            "a police force's yearly crime figures presented in the morning and a shooting in the"
            " same town that evening",
            "a music festival's opening day and a police drug raid on the same festival's campsite"
            " or car park hours later",
            "a town council's vote on its culture budget and a break-in at the same town hall hours"
            " later",
            "a verdict at a court and the same courthouse evacuated over a suspicious bag, a bomb"
            " threat or smoke hours later",
            "a painting stolen from a museum or church and an older stolen work from the same town"
            " recovered by police days later",
            "an appeal court upholding one conviction and the same appeal court quashing another"
            " conviction days later",
            "an art or antiques fair's opening and a seizure of looted antiquities at the same fair"
            " days later",
            "a gang arrested over a series of burglaries and a new break-in in the same town one or"
            " two days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=118,
)
ROUND49 = _round(
    49,
    items=317,
    stories=139,
    stories_per_language={
        "en": 45,
        "de": 14,
        "fr": 14,
        "es": 13,
        "it": 13,
        "nl": 13,
        "pt": 13,
        "ru": 14,
    },
    categories=frozenset(
        {
            "a football club's home win and a storm tearing part of the same stadium's roof off"
            " hours later",
            "a city marathon run in the morning and a flash flood closing a station or roads in"
            " the same city that evening",
            "a stage of a cycling stage race won and a landslide cutting the road of the same"
            " race's next stage hours later",
            "a ferry operator cancelling its crossings in a gale and a ship of the same operator"
            " rescuing a boat's crew hours later",
            "a football club sacking its coach and the same club's home match called off over a"
            " flooded pitch days later",
            "a tennis player securing a place at the season-ending finals and the same player"
            " fined for smashing a racket or abusing an umpire days later",
            "a rugby player named in a national squad for the first time and the same player cited"
            " for a dangerous tackle in a club match days later",
            "a stadium hosting a cup tie and the same stadium opened as a shelter for people driven"
            " out by floods or snow days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=128,
)
ROUND48 = _round(
    48,
    items=314,
    stories=132,
    stories_per_language={
        "en": 45,
        "de": 13,
        "fr": 13,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a phone maker's new model unveiled and an outage of the same maker's cloud service"
            " hours later",
            "a streaming service's price rise announced in the morning and the same service"
            " failing during a live broadcast that evening",
            "a broadcaster's news chief resigning and a cyberattack taking the same broadcaster"
            " off air hours later",
            "two telecom operators agreeing to merge and a network outage at one of them hours"
            " later",
            "a data-protection authority's fine on a social platform and the same authority"
            " ordering an AI chatbot suspended days later",
            "a phone maker's new model unveiled and a recall of chargers or batteries for the"
            " same maker's previous model days later",
            "a newspaper's journalists on strike and a libel ruling against the same newspaper"
            " days later",
            "a competition authority clearing a media takeover and the same authority blocking"
            " another deal days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=121,
)
ROUND47 = _round(
    47,
    items=323,
    stories=134,
    stories_per_language={
        "en": 45,
        "de": 14,
        "fr": 14,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a prisoner exchange at a border crossing and shelling of a village near the same"
            " crossing hours later",
            "a migrant boat landing at an island harbour and an engine-room fire on a ferry in the"
            " same harbour hours later",
            "a charity's appeal for one crisis and an attack on the same charity's staff in"
            " another country hours later",
            "a mountain rescue of stranded climbers and a landslide or mudflow cutting the valley"
            " road below the same mountain hours later",
            "a ceasefire agreed between two sides and a prisoner swap between the same two sides"
            " days later",
            "a border crossing reopened after a closure and a lorry with hidden migrants found at"
            " the same crossing days later",
            "an earthquake in a region and a wildfire in the same region days later",
            "a minister's or UN official's visit to a refugee camp and a fire in the same camp"
            " days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=119,
)
ROUND46 = _round(
    46,
    items=308,
    stories=133,
    stories_per_language={
        "en": 45,
        "de": 13,
        "fr": 14,
        "es": 12,
        "it": 12,
        "nl": 12,
        "pt": 12,
        "ru": 13,
    },
    categories=frozenset(
        {
            "a party congress electing a leader and a police search of the same party's offices"
            " over another matter hours later",
            "a state visit opening in a capital and a bomb alert evacuating another country's"
            " embassy in the same capital hours later",
            "a parliament passing one bill and a minister of the same government resigning over"
            " another matter hours later",
            "a constitutional court's ruling on one law and the same court striking down another"
            " law days later",
            "a defence ministry's warship or helicopter contract signed and an accident on an army"
            " exercise under the same ministry days later",
            "sanctions on a country's officials announced and a diplomat of the same country"
            " expelled for spying days later",
            "a summit's closing declaration and a crash involving a delegation's car in the same"
            " city hours later",
            "a by-election or repeat local election won and a postal-vote fraud case over another"
            " seat voted on the same day, days later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=122,
)
ROUND45 = _round(
    45,
    items=324,
    stories=129,
    stories_per_language={"en": 45} | dict.fromkeys(LANGUAGES[1:], 12),
    categories=frozenset(
        {
            "a hospital's new wing or ward opened in the morning and a doctors' walkout at the"
            " same hospital that afternoon",
            "a university's research breakthrough and a fire in a lab of the same university"
            " hours later",
            "a farm cooperative's record harvest and the same cooperative's members blocking a"
            " road in a price protest days later",
            "an agriculture minister's drought aid announced in the morning and the same minister"
            " booed over a pesticide ban that evening",
            "a rocket launch from a spaceport and a wildfire near the same spaceport days later",
            "an environment agency's fine on a firm for polluting a river and a separate oil or"
            " fuel spill in the same river a day later",
            "a zoo's newborn animal shown to the public and a bird-flu closure of the same zoo"
            " days later",
            "a health minister's vaccination campaign launched and a protest against the same"
            " minister's plan to close a hospital or maternity unit a day later",
        }
    ),
    hard_negatives=24,
    per_category=3,
    several_outlets=117,
)
assert set(_BY_ROUND) == set(ROUNDS), set(_BY_ROUND) ^ set(ROUNDS)
ALL_SETS = tuple(_BY_ROUND[n] for n in ROUNDS)


def _each(specs: tuple[CheckSet, ...]) -> pytest.MarkDecorator:
    """Parametrize over `specs`, each test id the set's bench flag ("round14")."""
    return pytest.mark.parametrize("spec", specs, ids=[spec.flag.lstrip("-") for spec in specs])


SETS = _each(ALL_SETS)
LATER_SETS = _each(ALL_SETS[1:])
# Sets whose items carry their publication time in hours (a fourth element), and the window
# within which the merging compares two items.
TIMED_SETS = _each(ALL_SETS[ALL_SETS.index(ROUND9) :])
WINDOW_HOURS = 48.0

# Common short words per Latin-script language; a word listed for k languages counts 1/k for
# each of them, so shared words ("de", "la", "in") weigh little.
FUNCTION_WORDS = {
    "en": "the of and to on as after for with is by from at was were has have their his her its "
    "will be an up over who that this said into than more s",
    "de": "der die das und ist im den dem des mit von auf sich nach nicht ein eine einer wird zu "
    "für am bei aus auch nun sind wurden hat haben zum zur über",
    "fr": "le la les des du et est une un dans pour sur au aux par qui ont été à ne pas sont l d "
    "n s qu plus de en",
    "es": "el la los las del y en con por para un una que se su al tras ya ha sus ante es lo le "
    "ninguno de",
    "it": "il lo gli della delle dei di e è nel nella alla alle dalla sul sulla per che sono ci "
    "si ai dai tutto tutte un una in l la del al dell all dal nell sull",
    "pt": "o os as da do das dos em no na nos nas um uma e é com para pelo pela ao à não que se "
    "mais seu sua d de",
    "nl": "de het een van en in op is met voor niet zijn naar door bij te ook dat er nu hun weer "
    "geen na",
}
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")


Item = tuple[str, str, str] | tuple[str, str, str, float]


def labels(items: tuple[Item, ...]) -> Counter[str]:
    return Counter(item[0] for item in items)


def language(label: str) -> str:
    return label.split("-", 1)[0]


def word_weights() -> dict[str, dict[str, float]]:
    """Per language, each listed word's weight: 1 over the number of languages listing it."""
    words = {lang: set(text.split()) for lang, text in FUNCTION_WORDS.items()}
    seen = Counter(word for ws in words.values() for word in ws)
    return {lang: {w: 1 / seen[w] for w in ws} for lang, ws in words.items()}


@SETS
def test_size(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    assert len(items) >= spec.items
    assert len(labels(items)) >= spec.stories


@SETS
def test_stories_per_language(spec: CheckSet) -> None:
    per_language = Counter(language(label) for label in labels(spec.module.ITEMS))
    assert set(per_language) == set(LANGUAGES)
    for lang, least in spec.stories_per_language.items():
        assert per_language[lang] >= least, lang


@SETS
def test_items_are_unique_and_filled(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    assert all(label and title.strip() and lead.strip() for label, title, lead, *_ in items)
    titles = [item[1] for item in items]
    leads = [item[2] for item in items]
    assert len(set(titles)) == len(titles)
    assert len(set(leads)) == len(leads)


@LATER_SETS
def test_each_story_is_listed_in_one_block(spec: CheckSet) -> None:
    """Copies of a story sit together, so a reader checks a story in one place."""
    order = [item[0] for item in spec.module.ITEMS]
    blocks = [label for i, label in enumerate(order) if i == 0 or order[i - 1] != label]
    assert len(blocks) == len(set(blocks))


@SETS
def test_labels_are_new_to_this_set_and_no_text_is_borrowed(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    other_items = [item for module in spec.earlier for item in module.ITEMS]
    other_labels = {item[0] for item in other_items}
    other_texts = {text for item in other_items for text in item[1:3]}
    assert not set(labels(items)) & other_labels
    assert not {text for item in items for text in item[1:3]} & other_texts


@SETS
def test_at_least_ten_stories_told_by_one_outlet(spec: CheckSet) -> None:
    assert sum(1 for n in labels(spec.module.ITEMS).values() if n == 1) >= 10


@LATER_SETS
def test_most_stories_are_told_by_several_outlets(spec: CheckSet) -> None:
    counts = labels(spec.module.ITEMS).values()
    assert sum(1 for n in counts if n >= 2) >= spec.several_outlets
    assert max(counts) <= 4


@SETS
def test_some_stories_have_a_teaser_copy(spec: CheckSet) -> None:
    """A copy whose lead is a teaser under 80 characters, beside a fuller copy of the story."""
    items = spec.module.ITEMS
    full = {label for label, _, lead, *_ in items if len(lead) >= 80}
    teased = {label for label, _, lead, *_ in items if len(lead) < 80}
    assert len(full & teased) >= 40


@SETS
def test_hard_negatives_cover_every_category(spec: CheckSet) -> None:
    hard = spec.module.HARD_NEGATIVES
    assert set(hard) == spec.categories
    listed = [label for negatives in hard.values() for label in negatives]
    assert len(listed) == len(set(listed)) >= spec.hard_negatives
    counts = labels(spec.module.ITEMS)
    for category, negatives in hard.items():
        assert len(negatives) >= spec.per_category, category
        for negative in negatives:
            story, _, suffix = negative.partition("/")
            assert suffix, negative
            assert counts[story] >= 2 and counts[negative] >= 2, negative
            assert language(story) == language(negative), negative


@SETS
def test_every_slashed_label_is_a_listed_hard_negative(spec: CheckSet) -> None:
    slashed = {label for label in labels(spec.module.ITEMS) if "/" in label}
    listed = {label for negatives in spec.module.HARD_NEGATIVES.values() for label in negatives}
    assert slashed == listed


@SETS
def test_every_item_is_written_in_its_label_language(spec: CheckSet) -> None:
    weights = word_weights()
    wrong = []
    for label, title, lead, *_ in spec.module.ITEMS:
        text = f"{title} {lead}".lower()
        lang = language(label)
        if lang == "ru":
            if not CYRILLIC.search(text) or re.search(r"[a-z]{3,}", text):
                wrong.append((title, {}))
            continue
        if CYRILLIC.search(text):
            wrong.append((title, {}))
            continue
        words = WORD.findall(text.replace("'", " ").replace("’", " "))
        hits = {code: sum(ws.get(w, 0.0) for w in words) for code, ws in weights.items()}
        rival = max(n for code, n in hits.items() if code != lang)
        if not hits[lang] > max(rival, 0):
            wrong.append((title, hits))
    assert not wrong


@SETS
def test_the_module_names_the_command_that_scores_it_once(spec: CheckSet) -> None:
    doc = spec.module.__doc__ or ""
    assert spec.flag in doc and "once" in doc


@TIMED_SETS
def test_every_item_has_its_hours_and_copies_share_the_window(spec: CheckSet) -> None:
    """Hours are a number >= 0 on every item; a story spread wider than the merging's window is
    one the docstring names (and says why), so its unreachable pairs are a choice, not a slip."""
    items = spec.module.ITEMS
    assert all(len(item) == 4 and isinstance(item[3], float) and item[3] >= 0 for item in items)
    hours: dict[str, list[float]] = {}
    for label, _, _, when in items:
        hours.setdefault(label, []).append(when)
    wide = {label for label, times in hours.items() if max(times) - min(times) > WINDOW_HOURS}
    assert {label for label in wide if label not in (spec.module.__doc__ or "")} == set()


@TIMED_SETS
def test_hard_negatives_fall_both_inside_and_outside_the_window(spec: CheckSet) -> None:
    """Some hard negatives are published within 48 hours of their story (the merging must tell
    them apart), others days or weeks later (the window keeps them apart, as in production)."""
    first: dict[str, float] = {}
    for label, _, _, when in spec.module.ITEMS:
        first[label] = min(first.get(label, when), when)
    negatives = [label for listed in spec.module.HARD_NEGATIVES.values() for label in listed]
    gaps = [abs(first[label] - first[label.partition("/")[0]]) for label in negatives]
    assert sum(gap <= WINDOW_HOURS for gap in gaps) >= len(gaps) // 3
    assert sum(gap > WINDOW_HOURS for gap in gaps) >= len(gaps) // 4
