"""Session 16 (docs/digest.md, "Session 16: daily recall, the event kind as evidence"): in a
day's batch, an item left alone joins the story whose kind of event it reports at a place, an
actor or a rare word they share (bot.digest.story_same_kind), unless another story there
reports that kind too, or the chat had one lately; another kind never joins as a follow-up or a
day's stray (story_followup.FOLLOW_KINDS, story_strays.BIG_STRAY_KINDS); new words of the kind
lexicon (a fine, a break-in, a pedestrian run over). Our own items, invented places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_followup, story_same_kind, story_score, story_strays
from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_event import event_kinds, kinds_disagree
from tests.story_filler import DAY_NEWS

START = datetime(2026, 4, 7, 6, tzinfo=UTC)
Item = tuple[str, str, float, str]

# The day's other news (story_filler.DAY_NEWS): a story and its reaction make a day's batch
# (stories.BIG_BATCH) and the town's name is not rare.
FILLER: list[Item] = [(title, lead, hours, "en") for title, lead, hours in DAY_NEWS]
# The town's other news of the day: its name is carried by several items.
ASHCOMBE: list[Item] = [
    ("Ashcombe library gets a reading garden",
     "Volunteers in Ashcombe planted herbs behind the library.", 2.0, "en"),
    ("New headteacher for Ashcombe primary",
     "The school in Ashcombe appointed a deputy from Leeds.", 3.0, "en"),
    ("Ashcombe Town draw at Brindle", "A late equaliser earned Ashcombe a point.", 4.0, "en"),
]  # fmt: skip

FIRE: list[Item] = [
    ("Fire guts Cobbold timber yard in Ashcombe",
     "Flames tore through the Cobbold timber yard in Ashcombe on Tuesday night, and forty "
     "firefighters fought the flames until dawn.", 0.0, "en"),
    ("Ashcombe yard ablaze", "Crews from three stations were called to the yard.", 0.4, "en"),
]  # fmt: skip
# Seven hours later: the town and the kind of event (a blaze) in common, little else.
FIRE_REACTION: Item = (
    "Ashcombe families count the cost of the blaze",
    "Neighbours said smoke filled their homes and gardens for hours.",
    7.0,
    "en",
)

REACTIONS = {
    "en": [*FIRE, FIRE_REACTION],
    "ru": [
        ("В Сосновке ограбили ювелирный магазин",
         "Двое мужчин в масках вынесли из магазина на Луговой улице украшения на три миллиона "
         "рублей.", 0.0, "ru"),
        ("Налёт на ювелирный в Сосновке", "Грабители скрылись на машине.", 0.5, "ru"),
        ("Полиция Сосновки задержала подозреваемого в ограблении",
         "Задержан двадцатилетний житель соседнего района.", 8.0, "ru"),
    ],
    "it": [
        ("Incendio distrugge un capannone a Borgoterra",
         "Le fiamme hanno avvolto nella notte il capannone di una ditta di mobili a Borgoterra.",
         0.0, "it"),
        ("Borgoterra, capannone in fiamme", "Sul posto quattro squadre dei vigili del fuoco.",
         0.4, "it"),
        ("Borgoterra, il sindaco dopo l'incendio: «Aiuteremo i dipendenti»",
         "Venti operai rischiano di restare a casa per mesi.", 7.0, "it"),
    ],
    "fr": [
        ("Braquage à la bijouterie Morel de Saint-Aval",
         "Deux hommes armés ont braqué la bijouterie Morel, rue Haute à Saint-Aval, samedi "
         "matin.", 0.0, "fr"),
        ("La bijouterie Morel braquée à Saint-Aval",
         "Deux hommes armés ont emporté des montres de la bijouterie Morel.", 0.4, "fr"),
        ("Saint-Aval sous le choc après le braquage",
         "Les commerçants demandent plus de patrouilles de police.", 7.0, "fr"),
    ],
}  # fmt: skip
# The town's other news in Italian and French.
TOWN_NEWS = {
    "en": [],
    "ru": [],
    "it": [
        ("Borgoterra, apre la nuova biblioteca",
         "La biblioteca di Borgoterra avrà anche una sala per i ragazzi.", 2.0, "it"),
        ("Sagra della castagna a Borgoterra",
         "Stand e musica in piazza a Borgoterra fino a domenica.", 3.0, "it"),
        ("Borgoterra, lavori in via Roma", "Strada chiusa per due settimane.", 4.0, "it"),
    ],
    "fr": [
        ("Saint-Aval : la piscine rouvre ses portes",
         "Les nageurs de Saint-Aval retrouvent le bassin rénové.", 2.0, "fr"),
        ("Saint-Aval accueille le salon du livre",
         "Quarante auteurs sont attendus à Saint-Aval ce week-end.", 3.0, "fr"),
        ("Le conseil municipal de Saint-Aval vote le budget",
         "Les impôts locaux ne bougent pas.", 4.0, "fr"),
    ],
}  # fmt: skip


@pytest.fixture(autouse=True)
def _same_kind_pass_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pass is off by default (its blind check); these tests read it at its tuned floor."""
    monkeypatch.setattr(story_same_kind, "KIND_MIN_BATCH", 20)


def _prints(items: list[Item]) -> list[Fingerprint]:
    return [fingerprint(t, lead, START + timedelta(hours=h), lang) for t, lead, h, lang in items]


def _groups(items: list[Item], context: list[Item] | None = None) -> list[list[int]]:
    """The groups of a day's batch holding its first three items (a story and a reaction)."""
    found = group(_prints(items), context=_prints(context or []))
    return [g for g in found if g[0] < 3]


@pytest.mark.parametrize("language", sorted(REACTIONS))
def test_a_reaction_reporting_the_storys_kind_at_its_place_joins(language: str) -> None:
    """A fire's, a robbery's reaction hours later: the place and the kind of event in common;
    its weighed evidence is far below a link, as for the town's other news."""
    items = [*REACTIONS[language], *TOWN_NEWS[language], *FILLER]
    assert _groups(items) == [[0, 1, 2]]


def test_with_the_pass_off_the_reaction_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Concepts off: with them the reaction joins by what its words name."""
    monkeypatch.setattr(story_score, "CONCEPTS", False)
    assert _groups([*FIRE, FIRE_REACTION, *FILLER]) == [[0, 1, 2]]
    monkeypatch.setattr(story_same_kind, "KIND_MIN_BATCH", None)
    assert _groups([*FIRE, FIRE_REACTION, *FILLER]) == [[0, 1], [2]]


def test_a_six_hour_digest_leaves_it_to_the_follow_ups() -> None:
    """Below KIND_MIN_BATCH items (stories.BIG_BATCH) the pass does not run."""
    assert _groups([*FIRE, FIRE_REACTION, *FILLER]) == [[0, 1, 2]]
    assert _groups([*FIRE, FIRE_REACTION, *FILLER[:12]]) == [[0, 1], [2]]


def test_the_towns_other_fire_the_same_day_keeps_the_reaction_apart() -> None:
    """A barn fire outside the town in the same batch: which fire the reaction is about is not
    told by the kind any more."""
    barn = [
        ("Barn fire on Ashcombe farm", "A hay barn burned down outside Ashcombe.", 3.0, "en"),
        ("Ashcombe hay barn destroyed by fire", "Firefighters saved the house.", 3.4, "en"),
    ]
    assert _groups([*FIRE, FIRE_REACTION, *FILLER]) == [[0, 1, 2]]
    assert _groups([*FIRE, FIRE_REACTION, *barn, *FILLER]) == [[0, 1], [2]]


def test_a_fire_the_chat_had_in_the_town_yesterday_keeps_it_apart() -> None:
    """The reaction may be about yesterday's fire (a story mark in the grouping's context)."""
    pub = [("Ashcombe pub damaged by fire", "Fire broke out in the Swan in Ashcombe.", -18.0, "en")]
    library = [("Ashcombe library to open on Sundays", "Readers in Ashcombe.", -18.0, "en")]
    assert _groups([*FIRE, FIRE_REACTION, *FILLER], context=library) == [[0, 1, 2]]
    assert _groups([*FIRE, FIRE_REACTION, *FILLER], context=pub) == [[0, 1], [2]]


def test_a_second_blaze_does_not_join() -> None:
    """A headline announcing another fire in the town (story_another): another story."""
    second = ("Second blaze in Ashcombe", "Another fire broke out in the town.", 7.0, "en")
    assert _groups([*FIRE, FIRE_REACTION, *FILLER]) == [[0, 1, 2]]
    assert _groups([*FIRE, second, *FILLER]) == [[0, 1], [2]]


def test_a_kind_named_in_the_lead_counts_only_after_the_story() -> None:
    """The headline names no kind, the lead does: a reaction comes after its story; hours
    before it, the same words tell of something else."""
    copies = [
        FIRE[0],
        ("Cobbold timber yard in Ashcombe gutted by fire",
         "Forty firefighters fought the flames at the Cobbold yard until dawn.", 0.4, "en"),
    ]  # fmt: skip
    title = "Ashcombe residents ask for help with cleaning bills"
    lead = "Families near the yard say soot from the blaze ruined curtains and carpets."
    after = [*copies, (title, lead, 7.0, "en"), *ASHCOMBE, *FILLER]
    before = [*copies, (title, lead, -3.0, "en"), *ASHCOMBE, *FILLER]
    assert _groups(after) == [[0, 1, 2]]
    assert _groups(before) == [[0, 1], [2]]


def test_a_rare_word_in_a_headline_is_a_key_too() -> None:
    """No name in common: the toll, which no other item of the day names, and the kind (a
    price rise)."""
    tolls = [
        ("Marrow bridge toll price to double in June",
         "Drivers will pay £4 instead of £2 to cross the estuary from June, the bridge trust "
         "said.", 0.0, "en"),
        ("Toll prices double on the Marrow crossing", "The trust blames repair costs.", 0.4,
         "en"),
        ("Hauliers angry at toll price rise",
         "Firms say the higher charge will cost them thousands a year.", 7.0, "en"),
    ]  # fmt: skip
    assert _groups([*tolls, *FILLER]) == [[0, 1, 2]]


def test_a_shops_burglary_is_no_follow_up_of_its_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shop, the street and the town in common; a fine and a break-in are two stories."""
    items = [
        ("Brindle corner shop fined for selling vapes to teenagers",
         "Magistrates fined the Mill Road shop in Brindle £3,000 after trading standards caught "
         "it selling vapes to under-18s.", 0.0, "en"),
        ("Brindle shop fined £3,000 over vape sales", "Trading standards brought the case.",
         0.5, "en"),
        ("Brindle shop burgled", "Thieves took cigarettes and cash from the Mill Road shop.",
         9.0, "en"),
        *ASHCOMBE, *FILLER,
    ]  # fmt: skip
    assert _groups(items) == [[0, 1], [2]]
    for module, switch in (
        (story_followup, "FOLLOW_OTHER_KIND"),
        (story_followup, "FOLLOW_KINDS"),
        (story_strays, "BIG_STRAY_KINDS"),
        (story_strays, "STRAY_KINDS"),
        (story_strays, "BIG_KINDS"),
    ):
        monkeypatch.setattr(module, switch, False)  # every kind check off: the shop joins
    assert _groups(items) == [[0, 1, 2]]


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("Corner shop fined for selling vapes", "en", "fine"),
        ("Multato un minimarket di via Roma", "it", "fine"),
        ("Supermercado multado por vender alcohol a menores", "es", "fine"),
        ("Пекарню оштрафовали за грязь на кухне", "ru", "fine"),
        ("Station Road chemist burgled", "en", "theft"),
        ("Peatón atropellado en la avenida", "es", "crash"),
        ("Idosa atropelada na passadeira", "pt", "crash"),
        ("Tamponamento sulla provinciale", "it", "crash"),
        ("Cars torched on Denning Close", "en", "fire"),
        ("Schlägerei vor dem Bahnhof", "de", "attack"),
        ("Bagarre devant le lycée", "fr", "attack"),
    ],
)
def test_new_words_of_the_kind_lexicon(title: str, language: str, kind: str) -> None:
    assert kind in event_kinds(fingerprint(title, "", START, language))


def test_a_fine_and_a_burglary_disagree_a_fine_and_its_verdict_do_not() -> None:
    fine = fingerprint("Corner shop fined for selling vapes", "", START, "en")
    burglary = fingerprint("Corner shop burgled overnight", "", START, "en")
    verdict = fingerprint("Shop owner convicted of selling vapes", "", START, "en")
    assert kinds_disagree(fine, burglary)
    assert not kinds_disagree(fine, verdict)
