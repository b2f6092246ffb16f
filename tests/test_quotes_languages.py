"""Speech verbs, quotation marks and dialogue dashes in the languages the bot reads.

Every text here is written for the test (issue #17); none comes from a real page.
"""

from __future__ import annotations

import pytest

from summarizer.quotes import find
from summarizer.quotes.find import find_quotes
from summarizer.quotes.verbs import ALL_LANGUAGES, ends_in_other_verb, languages_in


def one(text: str) -> tuple[str, str | None]:
    found = find_quotes(text)
    assert len(found) == 1, found
    return found[0].text, found[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # Russian guillemets, then a dash and the verb first
            "Губернатор Олег Сомов посетил новый завод.\n\n"
            "«Мы откроем ещё две линии до конца следующего года», — сказал Сомов журналистам.",
            "Олег Сомов",
        ),
        (  # Russian: the speaker and a colon before the quote
            "Глава Центрального банка Вера Лискова заявила: «Ставка не изменится до весны».",
            "Вера Лискова",
        ),
        (  # German „…“ with sagte and a time phrase after the name
            "„Wir bauen die Brücke bis zum Herbst fertig“, sagte Jonas Weber am Dienstag.",
            "Jonas Weber",
        ),
        (  # German: a job compound before the name is dropped
            "Verbandssprecher Till Ammer erklärte: „Die Züge müssen pünktlicher fahren.“",
            "Till Ammer",
        ),
        (  # French guillemets with spaces inside, a past-tense phrase verb, a day after
            "« Nous allons rouvrir la gare avant l'été », a déclaré Claire Dubois lundi.",
            "Claire Dubois",
        ),
        (  # Spanish: afirmó, then a phrase that ends the name
            '"Vamos a terminar el puerto antes de diciembre", afirmó Lucía Ortega ante la prensa.',
            "Lucía Ortega",
        ),
        (  # Spanish: dijo, a role before the name
            "“La cosecha será mejor que la del año pasado”, dijo la ministra Elena Prado.",
            "Elena Prado",
        ),
        (  # Italian: ha detto
            "«Il ponte sarà pronto entro la fine dell'anno», ha detto Marco Ferri ai cronisti.",
            "Marco Ferri",
        ),
        (  # Portuguese: afirmou, a role before the name
            '"A escola nova abre em março para todos os alunos", afirmou a ministra Ana Costa.',
            "Ana Costa",
        ),
        (  # Portuguese: disse
            "“Vamos plantar mil árvores no parque da cidade”, disse Rui Matos em Lisboa.",
            "Rui Matos",
        ),
        (  # Dutch: zei, a particle in the name, a day after
            '"We moeten de dijken dit jaar nog verhogen", zei Femke de Wit dinsdag.',
            "Femke de Wit",
        ),
        (  # Dutch: aldus, „ closed by an ASCII mark
            '„Dit is een goede dag voor de vissers in de haven", aldus wethouder Joost Bakker.',
            "Joost Bakker",
        ),
    ],
)
def test_speech_verbs_and_marks_per_language(text: str, speaker: str) -> None:
    quote, who = one(text)
    assert who == speaker
    assert not any(mark in quote for mark in '«»„“”"')


def test_russian_dialogue_dash_with_a_cue_and_more_speech_after_it() -> None:
    text = (
        "Министр Павел Горин выступил на форуме.\n\n"
        "— Дороги в области будут отремонтированы к осени, — заявил Горин. — Денег хватит.\n\n"
        "— Это просто реплика без автора."
    )
    found = find_quotes(text)
    assert [q.speaker for q in found] == ["Павел Горин"]
    assert found[0].text == "Дороги в области будут отремонтированы к осени. Денег хватит."


def test_russian_feminine_pronoun_goes_to_the_woman() -> None:
    text = (
        "Директор музея Анна Рябова встретилась с Игорем Левиным. Она рассказала о выставке.\n\n"
        "«Мы покажем сто картин из запасников», — сказала она."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Анна Рябова"]


def test_french_inverted_pronoun() -> None:
    text = (
        "Le maire Paul Girard a visité le chantier mardi.\n\n"
        "« Les travaux seront finis avant la rentrée », a-t-il ajouté."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Paul Girard"]


def test_an_english_text_reads_english_verbs_only() -> None:
    text = "“We will open the new school in May,” the mayor said on Tuesday."
    assert languages_in(text) == {"en"}
    assert languages_in("« Nous sommes prêts », a déclaré Léa Roux.") == {"en", "fr"}
    assert languages_in("„Wir sind bereit“, sagte Anna Weber.") == {"en", "de"}


def test_a_verb_at_the_end_of_a_longer_word_is_seen_as_before() -> None:
    assert ends_in_other_verb("the bank gave them credit")  # French "dit"
    assert ends_in_other_verb("Léa Roux a dit,")
    assert not ends_in_other_verb("the mayor said that")


MIXED = (
    "The minister spoke in Paris on Monday. « Nous sommes prêts pour la suite », a déclaré "
    "Léa Roux.\n\n"
    "The bank cut the credit “to the small farms that needed it most this winter.”\n\n"
    "“We will keep every library open this winter,” Mayor Anna Berg said.\n\n"
    "Die Ministerin war zufrieden. „Wir haben viel erreicht in diesem Jahr“, sagte Anna Weber."
)


def test_reading_a_text_with_its_own_languages_finds_what_all_languages_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own = find_quotes(MIXED, partial=True)
    assert [q.speaker for q in own if not q.partial][:1] == ["Léa Roux"]
    monkeypatch.setattr(find, "languages_in", lambda text: ALL_LANGUAGES)
    assert find_quotes(MIXED, partial=True) == own
