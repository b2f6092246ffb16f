"""Issue #17: "use gender where ... the name makes it clear". A he/she pronoun skips a person
whose given name is clearly the other gender ("Tom Hale" is no "she"); a name both genders
bear ("Andrea", "Jean") or one not in the list stays open to either; the text's own word
("his", "Mr") wins over the name. With nobody left who fits, the quote is unattributed rather
than put in the wrong mouth. Texts written for these tests (French is left out: the finder
resolves no "a-t-il dit" yet)."""

from __future__ import annotations

import pytest

from summarizer.quotes.find import find_quotes
from summarizer.quotes.gender import name_gender
from summarizer.quotes.given_names import female_share


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


# ------------------------------------------------------------------ the names list


@pytest.mark.parametrize(
    ("who", "gender"),
    [
        ("Ann Lee", "f"),
        ("Tom Hale", "m"),
        ("José Ortega", None),  # 0.065 a woman's: not clear enough
        ("Hélène Roux", "f"),  # diacritics dropped
        ("Jürgen Krause", "m"),
        ("Ольга Смирнова", "f"),  # Cyrillic transliterated
        ("Сергей Орлов", "m"),
        ("Andrea Conti", None),  # a man's in Italy, a woman's elsewhere
        ("Jean Moreau", None),
        ("Hale", None),  # a surname alone tells nothing
        ("Mrs Ann Lee", "f"),
        ("Chancellor Angela Merkel", "f"),  # a title is no given name ("chancellor": a man's)
        ("Aide Tom Hale", "m"),
        ("J. Hale", None),
    ],
)
def test_a_given_name_tells_a_gender_only_when_clear(who: str, gender: str | None) -> None:
    assert name_gender(who) == gender


def test_a_russian_mans_name_inflected_is_no_womans_name() -> None:
    # "Владимира" (genitive of Владимир) would read as the Czech "Vladimira"
    assert female_share("Владимира") is None
    assert female_share("Анна") is not None and female_share("Анна") > 0.95


# ------------------------------------------------------------------ pronouns, by language


# language -> (text, the person of the other gender the old code credited, the one who fits)
WRONG_GENDER: dict[str, tuple[str, str, str | None]] = {
    "en": (
        "Trade talks resumed on Monday in Oslo.\n\nAnn Lee met Tom Hale, the trade minister. "
        'Hale had flown in from Bergen. "We will sign the deal next week," she said.',
        "Tom Hale",
        "Ann Lee",
    ),
    "en-he": (
        "Trade talks resumed on Monday in Oslo.\n\nTom Hale met Ann Lee, the trade minister. "
        'Lee had flown in from Bergen. "We will sign the deal next week," he said.',
        "Ann Lee",
        "Tom Hale",
    ),
    "de": (
        "Die Gespräche gingen am Montag in Bremen weiter.\n\nJürgen Krause traf Anna Weber, die "
        "Handelsministerin. Weber war aus Berlin angereist. „Wir unterschreiben nächste "
        "Woche“, sagte er.",
        "Anna Weber",
        "Jürgen Krause",
    ),
    "es": (
        "Las negociaciones se reanudaron el lunes en Sevilla.\n\nLucía Romero se reunió con "
        "Pedro García, el ministro de comercio. García había llegado de Madrid. "
        '"Firmaremos la semana próxima", dijo ella.',
        "Pedro García",
        "Lucía Romero",
    ),
    "it": (
        "I negoziati sono ripresi lunedì a Genova.\n\nGiulia Bianchi ha incontrato Marco Rossi, "
        'il ministro del commercio. Rossi era arrivato da Roma. "Firmeremo la prossima '
        'settimana", ha detto lei.',
        "Marco Rossi",
        "Giulia Bianchi",
    ),
    "nl": (
        "De onderhandelingen gingen maandag verder in Gent.\n\nSanne Jansen ontmoette Pieter de "
        "Vries, de minister van handel. De Vries was uit Brussel gekomen. "
        '"We tekenen volgende week," zei zij.',
        "Vries",  # the index keeps the bare surname: "Pieter de Vries" and "De Vries"
        "Sanne Jansen",
    ),
    "nl-hij": (
        "De onderhandelingen gingen maandag verder in Gent.\n\nPieter de Vries ontmoette Sanne "
        "Jansen, de minister van handel. Jansen was uit Brussel gekomen. "
        '"We tekenen volgende week," zei hij.',
        "Sanne Jansen",
        "Pieter de Vries",
    ),
    "pt": (
        "As negociações foram retomadas na segunda-feira em Lisboa.\n\nAna Costa encontrou-se "
        "com João Silva, o ministro do comércio. Silva tinha chegado do Porto. "
        '"Vamos assinar na próxima semana", disse ela.',
        "João Silva",
        "Ana Costa",
    ),
    "ru": (
        "Переговоры возобновились в понедельник в Казани.\n\nМинистр торговли Сергей Орлов "
        "прилетел из Москвы.\n\n«Мы подпишем соглашение на следующей неделе», — сказала она.",
        "Сергей Орлов",
        None,  # nobody else is named
    ),
}


@pytest.mark.parametrize("lang", sorted(WRONG_GENDER))
def test_a_pronoun_skips_a_person_whose_name_is_the_other_gender(lang: str) -> None:
    text, wrong, fits = WRONG_GENDER[lang]
    found = speakers(text)
    assert len(found) == 1
    assert found[0] != wrong
    assert found[0] in (None, fits)  # the one who fits, or nobody: never a guess


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # guard: the pronoun of the name's own gender still finds them
            "Trade talks resumed on Monday in Oslo.\n\nAnn Lee met Tom Hale, the trade "
            'minister. Hale had flown in from Bergen. "We will sign the deal next week," he '
            "said.",
            "Tom Hale",
        ),
        (
            "Переговоры возобновились в понедельник в Казани.\n\nМинистр торговли Сергей Орлов "
            "прилетел из Москвы.\n\n«Мы подпишем соглашение на следующей неделе», — сказал он.",
            "Сергей Орлов",
        ),
        (  # of two people, the one whose name fits the pronoun
            "Trade talks resumed on Monday in Oslo.\n\nTom Hale, the trade minister, and Ann "
            "Lee, the mayor, met at the port. Lee said the deal was close, and Hale agreed. "
            '"We will sign it next week," he said.',
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_of_the_names_gender_still_resolves(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_name_both_genders_bear_stays_open_to_either() -> None:
    # "Andrea" is a man's name in Italy and a woman's elsewhere: "lei" may be Andrea Conti
    text = (
        "I negoziati sono ripresi lunedì a Genova.\n\nMarco Rossi ha incontrato Andrea Conti, "
        'la ministra del commercio. Conti era arrivata da Roma. "Firmeremo la prossima '
        'settimana", ha detto lei.'
    )
    assert speakers(text) == ["Andrea Conti"]


def test_the_texts_own_word_wins_over_the_name() -> None:
    # "Evelyn" is mostly a woman's name, but the text calls this Evelyn "his"
    text = (
        "The literary festival opened on Friday in Bath.\n\nThe novelist Evelyn Hart said his "
        'next book was finished. "It took me nine years to write," he said.'
    )
    assert speakers(text) == ["Evelyn Hart"]
