"""Session 12, three small fixes, each with sentences written for the test (fictional people,
firms and places): a capitalised subject pronoun of another language before a colon or a
speech verb is a pronoun, never a name; '"...," the company said' credits the one company the
text named before; a money range whose both ends carry a glued scale ("between 50m and 70m
euros") is one figure in the currency after the second end."""

from __future__ import annotations

import pytest

from summarizer.quotes.find import find_quotes
from tests.figure_helpers import one, texts


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


# ---------------------------------------------------------------- 1. pronouns are no names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # French: a pronoun label before a spaced colon
            "La ministre Claire Dubois a visité l'usine de Lyon lundi.\n\n"
            "Elle : « Nous allons rouvrir la ligne avant l'été. »",
            "Claire Dubois",
        ),
        (  # French: a compound past speech verb
            "Le maire Paul Garnier a inauguré le pont mardi.\n\n"
            "Il a déclaré : « Le chantier est enfin terminé. »",
            "Paul Garnier",
        ),
        (  # German: sagte
            "Der Bürgermeister Jonas Weber besuchte am Montag die neue Schule.\n\n"
            "Er sagte: „Wir bauen noch zwei Klassenräume.“",
            "Jonas Weber",
        ),
        (  # German: a pronoun label
            "Die Ministerin Anna Roth kam am Dienstag nach Bonn.\n\n"
            "Sie: „Die Brücke wird im Herbst fertig.“",
            "Anna Roth",
        ),
        (  # Spanish: dijo
            "La ministra Lucía Ortega visitó el puerto el lunes.\n\n"
            'Ella dijo: "Vamos a terminar las obras antes de diciembre."',
            "Lucía Ortega",
        ),
        (  # Portuguese: disse
            "A ministra Ana Costa visitou a escola na segunda-feira.\n\n"
            'Ela disse: "A escola nova abre em março para todos."',
            "Ana Costa",
        ),
        (  # Dutch: zei
            "Burgemeester Eva de Vries bezocht maandag de nieuwe brug.\n\n"
            'Zij zei: "De brug gaat in het voorjaar open."',
            "Eva de Vries",
        ),
        (  # Russian: сказала
            "Губернатор Вера Лискова посетила новый завод в понедельник.\n\n"
            "Она сказала: «Мы откроем ещё две линии до конца года».",
            "Вера Лискова",
        ),
    ],
)
def test_a_capitalised_pronoun_of_another_language_is_resolved_as_he_said(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Elle : « Nous allons rouvrir la ligne avant l'été. »",
        "Er sagte: „Wir bauen noch zwei Klassenräume.“",
        "Lei ha detto: «Il ponte sarà pronto entro la fine dell'anno.»",
    ],
)
def test_a_pronoun_with_nobody_before_it_credits_nobody(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_pronoun_that_is_also_a_name_stays_a_name_in_english() -> None:
    text = (
        "The jazz singer Ella Marsh played two nights at the Blue Door club.\n\n"
        'Ella said: "I have never heard a crowd sing back like that."'
    )
    assert _speakers(text) == ["Ella Marsh"]
    interview = 'Ella: "I grew up two streets from this hall and always wanted to play here."'
    assert _speakers(interview) == ["Ella"]


# ---------------------------------------------------------------- 2. "the company said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a company suffix
            "Norvik Foods Ltd will close its bakery in Hull next spring.\n\n"
            '"We have looked at every option to keep the site open," the company said.',
            "Norvik Foods Ltd",
        ),
        (  # the text calls it "the firm X"
            "Shares in the firm Caldera Mining fell sharply on Monday.\n\n"
            '"Output will recover by the summer," the firm said in a statement.',
            "Caldera Mining",
        ),
        (  # a football club
            "Harbour Town FC sacked its manager on Sunday night.\n\n"
            '"We thank him for four good years at the club," the club said.',
            "Harbour Town FC",
        ),
        (  # a ministry named with "of"
            "The Ministry of Rail Safety has delayed the new line by a year.\n\n"
            '"Safety comes before speed on every route," the ministry said in a statement.',
            "Ministry of Rail Safety",
        ),
    ],
)
def test_the_company_said_credits_the_one_company_named_before(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        (  # two companies: which one?
            "Norvik Foods Ltd and Baxter Mills plc both bid for the old dock site.\n\n"
            '"We will build homes there within two years," the company said.'
        ),
        (  # none named
            "The bakery in Hull will close next spring after sixty years.\n\n"
            '"We have looked at every option to keep it," the company said.'
        ),
        (  # "the company" then a person's title: no company name
            "The company chairman Tom Reed resigned on Friday after the vote.\n\n"
            '"We will appoint a new board by June," the company said.'
        ),
    ],
)
def test_the_company_said_keeps_the_description_unless_one_company_is_named(text: str) -> None:
    assert _speakers(text) == ["the company"]


# ---------------------------------------------------------------- 3. money ranges, glued scales


@pytest.mark.parametrize(
    ("text", "part", "low", "high", "unit"),
    [
        (
            "The club will pay between 50m and 70m euros for the young striker.",
            "between 50m and 70m euros", 50e6, 70e6, "EUR",
        ),
        (
            "Investors put from 3m to 5m dollars into the bakery chain.",
            "from 3m to 5m dollars", 3e6, 5e6, "USD",
        ),
        ("The state will borrow 2bn-3bn euros next year.", "2bn-3bn euros", 2e9, 3e9, "EUR"),
        ("The port works will cost 4m-6m pounds in all.", "4m-6m pounds", 4e6, 6e6, "GBP"),
        (
            "The grant is worth between 500k and 2m euros in all.",
            "between 500k and 2m euros", 500e3, 2e6, "EUR",
        ),
    ],
)  # fmt: skip
def test_a_range_with_glued_scales_shares_the_currency_after_it(
    text: str, part: str, low: float, high: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.kind, figure.low, figure.high, figure.unit) == ("money", low, high, unit)


def test_ranges_in_units_and_glued_metres_keep_their_readings() -> None:
    trail = one(
        "The new trail runs between 5 and 7 km through the pine forest.", "between 5 and 7 km"
    )
    assert (trail.low, trail.high, trail.unit) == (5, 7, "km")
    assert texts("The mast is between 50m and 70m tall.") == ["50m", "70m"]
    assert one("The mast is between 50m and 70m tall.", "50m").unit == "m"
    assert one("A covid-19 test at the airport cost 20 dollars.", "20 dollars").kind == "money"
