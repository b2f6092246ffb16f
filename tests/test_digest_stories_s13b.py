"""Round 21's false merges (session 13, second pass): two events at one place within hours, the
second item naming the first as background. A lead that denies a link ("not connected to the
morning's jewellery raid", "não tem ligação com o assalto") names the other event: an item whose
headline names it is another event (story_apart.denies), while the second event's own
follow-up that brings the denial still joins its copies. A lead whose crews were still busy
elsewhere ("Terwijl de brandweer nog bij de schuur bezig was"), that happened "the same day as"
the other ("el mismo día en que el colegio cerró"), that counts itself "the second fire of the
night", or that gives the hours since another event with new people in it ("deux heures après
le sauvetage d'un surfeur") counts as a second event (Fingerprint.second), never one story with
the first event's copies published an hour or more before it, in a digest or as a repeat. Texts
written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from bot.digest.stories import Fingerprint, KnownStories
from bot.digest.story_apart import denies
from tests.story_digest_helpers import digest_groups, fingerprints_at, together

NOW = datetime(2026, 12, 22, 6, 0, tzinfo=UTC)


fp = fingerprints_at(NOW)


def groups_of(items: Sequence[Fingerprint]) -> list[list[int]]:
    return digest_groups(items, fp)


# A jeweller's on Bridge Street in Carnford is robbed in the morning; in the afternoon a man
# is arrested on the same street for something else.
RAID = (
    "Armed raid on Bridge Street jewellers in Carnford",
    "Two masked men threatened staff with a hammer and took rings and watches from Pike's "
    "jewellers on Bridge Street in Carnford on Thursday morning before fleeing in a grey car.",
)
RAID_COPY = (
    "Carnford jewellers robbed",
    "Masked men fled Bridge Street in a grey car with rings and watches.",
)
ARREST = (
    "Man arrested on Bridge Street in Carnford",
    "A 29-year-old man was arrested on Bridge Street in Carnford on Thursday afternoon after "
    "officers found stolen bikes in his van; police said it was not connected to the morning's "
    "jewellers raid on Bridge Street.",
)

# Portuguese: a pharmacy robbed on the Rua Nova of Alcaria, a driver detained there later.
ASSALTO = (
    "Farmácia assaltada na Rua Nova de Alcaria",
    "Dois homens armados assaltaram na terça-feira de manhã uma farmácia na Rua Nova, em "
    "Alcaria, e fugiram com dinheiro e medicamentos.",
)
ASSALTO_COPIA = ("Assalto a farmácia em Alcaria", "Os assaltantes fugiram a pé na Rua Nova.")
DETIDO = (
    "Condutor detido na Rua Nova de Alcaria",
    "Um condutor de 45 anos foi detido na tarde de terça-feira na Rua Nova, em Alcaria, por "
    "conduzir alcoolizado; a polícia diz que não tem ligação com o assalto da farmácia.",
)

# A warehouse burns in Felling; hours later a shed fire there, whose follow-up denies a link.
WAREHOUSE = (
    "Fire tears through Felling paint warehouse",
    "Crews from five stations fought a fire at a paint warehouse on Dock Road in Felling "
    "from 9pm on Friday; nearby homes were told to keep windows shut.",
)
SHED = (
    "Shed fire on Holly Grove in Felling",
    "A garden shed on Holly Grove in Felling burned down late on Friday; no one was hurt.",
)
SHED_COPY = ("Holly Grove shed fire", "A garden shed was lost on Friday night in Felling.")
SHED_CAUSE = (
    "Barbecue ashes started Holly Grove shed fire",
    "The shed fire on Holly Grove in Felling began in a bin of barbecue ashes, the fire "
    "service said; it was not linked to the paint warehouse blaze on Dock Road.",
)

# Dutch: a barn burns in Haarveld at night; a house fire there while crews are still at it.
SCHUUR = (
    "Grote brand in schuur in Haarveld",
    "Een schuur vol stro aan de Molenweg in Haarveld is zaterdagavond rond 22.30 uur "
    "afgebrand; de brandweer liet het vuur gecontroleerd uitbranden.",
)
SCHUUR_KORT = ("Schuurbrand Haarveld", "De rook is in het hele dorp te ruiken.")
WONING = (
    "Brand in woning aan de Dorpsstraat in Haarveld",
    "Terwijl de brandweer nog bij de brandende schuur vol stro aan de Molenweg in Haarveld "
    "bezig was, brak zaterdagavond laat brand uit in een woning aan de Dorpsstraat; de "
    "bewoners zijn ongedeerd.",
)

# Spanish: a school shut by a burst pipe; its team wins a final the same day.
COLEGIO = (
    "Cerrado el colegio Los Olivos de Villaseca por una fuga de agua",
    "El colegio Los Olivos de Villaseca suspendió las clases el martes después de que una "
    "fuga de agua inundara el gimnasio durante la noche.",
)
COLEGIO_CORTO = ("Sin clases en Los Olivos", "El gimnasio del colegio se inundó de noche.")
FINAL = (
    "Los Olivos gana la final comarcal de balonmano",
    "El equipo alevín del colegio Los Olivos de Villaseca ganó el martes la final comarcal, "
    "el mismo día en que el colegio cerró por una fuga de agua.",
)

# French: a kayaker rescued off Penvern beach; two hours later, two anglers cut off there.
KAYAK = (
    "Un kayakiste secouru au large de la plage de Penvern",
    "Un kayakiste de 34 ans, emporté par le vent, a été hélitreuillé dimanche vers 14 heures "
    "au large de la plage de Penvern.",
)
KAYAK_COURT = ("Penvern : sauvetage d'un kayakiste", "Il a été conduit à l'hôpital.")
PECHEURS = (
    "Penvern : deux pêcheurs encerclés par la marée",
    "Deux pêcheurs surpris par la marée sur les rochers de la plage de Penvern ont été "
    "ramenés à terre dimanche vers 16 heures, deux heures après le sauvetage d'un kayakiste.",
)

# A bakery burns in Ashby at night; a car fire there is "the second fire of the night".
BAKERY = (
    "Fire guts Ashby bakery on Mill Lane",
    "Crews fought a fire at Rowe's bakery on Mill Lane in Ashby from just before midnight on "
    "Monday; families in the flats above were led out.",
)
CAR = (
    "Car burnt out near Ashby bakery",
    "A car parked by Rowe's bakery on Mill Lane in Ashby was destroyed late on Monday in the "
    "second fire of the night.",
)


def test_a_denied_link_names_the_other_event() -> None:
    arrest, raid = fp(ARREST, "Echo", 5.0), fp(RAID, "Post", 0.0)
    assert {"jewel", "raid"} & arrest.denied
    assert not {"arrest", "man"} & arrest.denied  # its own headline's words are no other event
    assert denies(arrest, raid)
    assert not arrest.second  # a denial alone makes no second event


def test_the_arrest_does_not_join_the_raid() -> None:
    items = [fp(RAID, "Post", 0.0), fp(RAID_COPY, "Radio", 0.3), fp(ARREST, "Echo", 5.0)]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)
    assert [0, 1] in groups  # the raid's own copies still join


def test_the_portuguese_arrest_does_not_join_the_robbery() -> None:
    items = [
        fp(ASSALTO, "Jornal", 0.0, "pt"),
        fp(ASSALTO_COPIA, "Rádio", 0.3, "pt"),
        fp(DETIDO, "Diário", 5.0, "pt"),
    ]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


def test_the_arrest_is_no_repeat_of_the_raid() -> None:
    known = KnownStories([fp(RAID, "Post", 0.0), fp(RAID_COPY, "Radio", 0.3)])
    assert known.repeats([fp(ARREST, "Echo", 5.0)]) == [False]


def test_a_follow_up_bringing_the_denial_still_joins_its_own_copies() -> None:
    items = [
        fp(WAREHOUSE, "Post", 0.0),
        fp(SHED, "Echo", 2.0),
        fp(SHED_COPY, "Radio", 2.3),
        fp(SHED_CAUSE, "Gazette", 9.0),
    ]
    groups = groups_of(items)
    assert together(groups, 1, 3)
    assert not together(groups, 0, 3)


def test_crews_busy_elsewhere_the_same_day_and_counts_mark_a_second_event() -> None:
    assert fp(WONING, "Omroep", 2.2, "nl").second
    assert fp(FINAL, "Diario", 11.0, "es").second
    assert fp(PECHEURS, "Ouest", 2.0, "fr").second
    assert fp(CAR, "Echo", 2.0).second


def test_no_second_event_without_such_a_phrase() -> None:
    for story, language in ((SCHUUR, "nl"), (COLEGIO, "es"), (KAYAK, "fr"), (BAKERY, "en")):
        assert not fp(story, "Post", 0.0, language).second
    # the hours since its own event, named definitely, are a follow-up's
    reopened = (
        "Mill Lane reopens in Ashby",
        "The road reopened three hours after the fire at the bakery; the flats stay empty.",
    )
    assert not fp(reopened, "Post", 9.0).second
    # "second" counting a part of the night, not an event
    late = ("Ashby bakery fire out", "Crews left in the second half of the night.")
    assert not fp(late, "Post", 5.0).second
    # a follow-up's aside denying a link with no event named ("terrorism") names no event
    aside = ("Ashby blaze was an accident", "Police said it was not linked to terrorism.")
    assert not fp(aside, "Post", 9.0).denied


def test_the_house_fire_does_not_join_the_barn_fire() -> None:
    items = [
        fp(SCHUUR, "Krant", 0.0, "nl"),
        fp(SCHUUR_KORT, "Omroep", 0.3, "nl"),
        fp(WONING, "Dagblad", 2.2, "nl"),
    ]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


def test_the_house_fire_is_no_repeat_of_the_barn_fire() -> None:
    known = KnownStories([fp(SCHUUR, "Krant", 0.0, "nl"), fp(SCHUUR_KORT, "Omroep", 0.3, "nl")])
    assert known.repeats([fp(WONING, "Dagblad", 2.2, "nl")]) == [False]


def test_the_final_does_not_join_the_school_closure() -> None:
    items = [
        fp(COLEGIO, "Diario", 0.0, "es"),
        fp(COLEGIO_CORTO, "Radio", 0.3, "es"),
        fp(FINAL, "Deportes", 11.0, "es"),
    ]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


def test_the_anglers_do_not_join_the_kayaker() -> None:
    items = [
        fp(KAYAK, "Ouest", 0.0, "fr"),
        fp(KAYAK_COURT, "Radio", 0.3, "fr"),
        fp(PECHEURS, "Télégramme", 2.0, "fr"),
    ]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


def test_the_car_fire_is_no_repeat_of_the_bakery_fire() -> None:
    known = KnownStories([fp(BAKERY, "Post", 0.0)])
    assert known.repeats([fp(CAR, "Echo", 2.0)]) == [False]


def test_copies_of_one_event_still_join() -> None:
    items = [fp(KAYAK, "Ouest", 0.0, "fr"), fp(KAYAK_COURT, "Radio", 0.3, "fr")]
    assert [0, 1] in groups_of(items)
    items = [fp(COLEGIO, "Diario", 0.0, "es"), fp(COLEGIO_CORTO, "Radio", 0.3, "es")]
    assert [0, 1] in groups_of(items)
    # and a later copy of the robbery is still a repeat of it
    known = KnownStories([fp(RAID, "Post", 0.0)])
    later = (
        "Rings and watches taken in Carnford jewellers raid",
        "Two masked men took rings and watches from Pike's jewellers on Bridge Street in "
        "Carnford on Thursday morning and fled in a grey car.",
    )
    assert known.repeats([fp(later, "Gazette", 3.0)]) == [True]


def test_more_ways_of_naming_another_event() -> None:
    # a denial after the noun, the compound's head ("Brand" in "Scheunenbrand") aside
    stall = (
        "Stallbrand in Oberau: Polizei ermittelt",
        "Die Polizei ermittelt nach dem Feuer im Stall in Oberau; ein Zusammenhang mit dem "
        "Brand im Sägewerk wird nicht vermutet.",
    )
    denied = fp(stall, "Kurier", 9.0, "de").denied
    assert any(k.startswith("sagewerk") for k in denied)
    assert not any(k.startswith("brand") for k in denied)
    # crews busy at another place, in Russian, Portuguese and Italian
    kvartira = (
        "В Липовке из горящей квартиры спасли пенсионерку",
        "Пока пожарные тушили склад, на улице Садовой загорелась квартира.",
    )
    assert fp(kvartira, "Вести", 2.0, "ru").second
    casa = (
        "Incêndio em casa no bairro da Ponte",
        "Uma casa ardeu de madrugada enquanto os bombeiros combatiam outro fogo na zona "
        "industrial.",
    )
    assert fp(casa, "Jornal", 2.0, "pt").second
    scooter = (
        "Nuovo incidente all'incrocio di via Roma",
        "Un ragazzo in scooter è stato urtato da un'auto, a poche ore dallo scontro della mattina.",
    )
    assert fp(scooter, "Giornale", 9.0, "it").second


def test_crews_fighting_the_items_own_fire_are_no_other_event() -> None:
    own = (
        "Arde una nave en Robledo",
        "Los vecinos fueron desalojados mientras los bomberos frenaban las llamas.",
    )
    assert not fp(own, "Diario", 0.0, "es").second
    ogon = ("Пожар на складе в Липовке", "Пока пожарные тушили огонь, жильцов эвакуировали.")
    assert not fp(ogon, "Вести", 0.0, "ru").second
