"""A context phrase's tail ends where its phrase ends (#18, session 15,
`summarizer.figures.phrase_ends`): not on a possessive before its noun, not after the first half
of a coordinated pair, not on the first word of the next conjunct, not before a comparison's
base, a defining relative clause, the second thing a verb pairs, or the verb of the subject it
cut. Sentences invented for these tests; the pair rule in the eight languages read."""

from __future__ import annotations

import pytest

from summarizer.figures.context import context_phrase
from summarizer.figures.phrase_ends import end_tail
from summarizer.figures.phrase_trim import trim


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_a_possessive_keeps_the_noun_it_owns() -> None:
    s = (
        "The charity said it would hand 2.5 million dollars to families of the late harbour "
        "master Olav Brenner's crew after a long dispute in the courts."
    )
    assert _phrase(s, "2.5 million dollars").endswith("Olav Brenner's crew")


def test_a_second_phrase_with_the_same_preposition_comes_along() -> None:
    s = (
        "Around 40 volunteers worked for weeks at shelters in the northern valleys and in the "
        "coastal towns before the storm."
    )
    assert _phrase(s, "40 volunteers").endswith("in the northern valleys and in the coastal towns")


# The same pair ("in the shelters of the north and in the towns of the coast") in the other seven
# languages the bot reads: the tail takes the second place too.
@pytest.mark.parametrize(
    ("sentence", "figure", "ending"),
    [
        (
            "Rund 40 Helfer arbeiteten wochenlang in den Notunterkünften der nördlichen Täler und "
            "in den Küstenstädten des Landes.",
            "40 Helfer",
            "Täler und in den Küstenstädten des Landes",
        ),
        (
            "Environ 40 bénévoles ont travaillé dans les refuges du nord et dans les villes de la "
            "côte.",
            "40 bénévoles",
            "du nord et dans les villes de la côte",
        ),
        (
            "Ongeveer 40 vrijwilligers werkten wekenlang in de opvangcentra van de noordelijke "
            "dalen en in de steden aan de kust.",
            "40 vrijwilligers",
            "dalen en in de steden",
        ),
        (
            "Unos 40 voluntarios trabajaron durante semanas en los refugios del norte y en los "
            "pueblos de la costa.",
            "40 voluntarios",
            "del norte y en los pueblos de la costa",
        ),
        (
            "Circa 40 volontari hanno lavorato a lungo nei rifugi delle valli del nord e nei paesi "
            "della costa.",
            "40 volontari",
            "del nord e nei paesi della costa",
        ),
        (
            "Cerca de 40 voluntários trabalharam durante semanas nos abrigos dos vales do norte e "
            "nos povoados da costa.",
            "40 voluntários",
            "do norte e nos povoados",
        ),
        (
            "Около 40 волонтёров неделями работали в приютах северных долин и в городах на "
            "побережье страны.",
            "40 волонтёров",
            "долин и в городах",
        ),
    ],
)
def test_a_repeated_preposition_pair_in_other_languages(
    sentence: str, figure: str, ending: str
) -> None:
    assert _phrase(sentence, figure).endswith(ending)


def test_two_bare_nouns_share_what_follows_them() -> None:
    s = (
        "Ten films competing in this year's regional documentary strand looked at farmers and "
        "fishermen under pressure."
    )
    assert _phrase(s, "Ten films").endswith("at farmers and fishermen under pressure")
    s = (
        "Some 25 delegates at the regional planning conference in the old town hall praised the "
        "mayor and councillors approved the plan."
    )
    assert not _phrase(s, "Some 25 delegates").endswith("councillors")  # a new clause's subject


def test_a_comparison_keeps_its_base() -> None:
    s = (
        "The report is clear that drugs sold in the northern islands are now 40% dearer than "
        "those sold on the mainland."
    )
    assert _phrase(s, "40%") == (
        "drugs sold in the northern islands are now … dearer than those sold on the mainland"
    )


# A tail cut just before the comparison's "than", in each language: the base comes along.
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("tickets at the station are now", "dearer than those sold online"),
        ("Fahrkarten am Bahnhof sind jetzt", "teurer als die Karten im Netz"),
        ("les billets à la gare sont", "plus chers que ceux du site"),
        ("kaartjes op het station zijn nu", "duurder dan die van de website"),
        ("los billetes en la estación son", "más caros que los de la web"),
        ("i biglietti in stazione sono", "più cari di quelli del sito"),
        ("os bilhetes na estação estão", "mais caros que os do site"),
        ("билеты на станции теперь", "более дорогие чем билеты на сайте"),
    ],
)
def test_a_comparison_keeps_its_base_in_each_language(left: str, right: str) -> None:
    words = right.split()
    cut = next(i for i, w in enumerate(words) if w in ("than", "als", "que", "dan", "di", "чем"))
    assert end_tail(left.split(), words[:cut], words)[1] == words


def test_the_first_word_of_a_next_conjunct_goes() -> None:
    s = (
        "They were both 20 points ahead of the rest of the field and both of those teams have "
        "won their group and i think the cup too."
    )
    assert _phrase(s, "20 points") == "They were both … ahead of the rest of the field"


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        ("ahead of the field and both", "field"),
        ("vor dem Feld und beide", "Feld"),
        ("devant le peloton et tous", "peloton"),
        ("voor het veld en beide", "veld"),
        ("delante del grupo y ambos", "grupo"),
        ("davanti al gruppo e entrambi", "gruppo"),
        ("à frente do grupo e ambos", "grupo"),
        ("впереди группы и оба", "группы"),
    ],
)
def test_a_lone_conjunct_opener_goes_in_each_language(tail: str, last: str) -> None:
    assert trim(["They", "were"], tail.split()).split()[-1] == last


def test_a_defining_relative_clause_says_which_one() -> None:
    s = (
        "The Welsh squad shows seven changes from the side which lost against Scotland with two "
        "young forwards winning their first caps."
    )
    assert _phrase(s, "seven changes") == (
        "The Welsh squad shows … from the side which lost against Scotland"
    )


# A tail cut before a defining relative clause after a definite noun, in each language: the
# clause comes along to its verb's next phrase.
@pytest.mark.parametrize(
    ("left", "right", "relative"),
    [
        ("The squad shows", "changes from the side which lost against Scotland", "which"),
        ("Die Elf zeigt", "Änderungen gegenüber der Elf die gegen Schottland verlor", "die"),
        (
            "Le groupe montre",
            "des changements par rapport à la formation qui avait perdu contre l'Écosse",
            "qui",
        ),
        ("De selectie toont", "wijzigingen tegenover de ploeg die verloor van Schotland", "die"),
        ("El equipo muestra", "cambios respecto a el once que perdió contra Escocia", "que"),
        ("La rosa mostra", "cambi rispetto a la squadra che ha perso contro la Scozia", "che"),
        ("A equipa mostra", "mudanças em relação a a formação que perdeu contra a Escócia", "que"),
        (
            "Состав показывает",
            "перемены по сравнению с той командой которая проиграла Шотландии",
            "которая",
        ),
    ],
)
def test_a_defining_clause_comes_along_in_each_language(
    left: str, right: str, relative: str
) -> None:
    words = right.split()
    assert end_tail(left.split(), words[: words.index(relative)], words)[1] == words


def test_a_verb_that_pairs_two_things_keeps_the_second() -> None:
    s = (
        "She would contrast the council's plan to spend £12m on roads with a rival plan to cut "
        "bus fares by a third."
    )
    assert _phrase(s, "£12m").endswith("on roads with a rival plan")
    s = (
        "By contrast the firm's 14 testers in the capital managed to open the page with no "
        "trouble at all during the evening."
    )
    assert "with" not in _phrase(s, "14 testers").split()  # "By contrast": a noun, no verb


def test_a_subject_keeps_its_verb_and_the_frame_gives_way() -> None:
    s = (
        "A new report showed that almost 60% of the mobile traffic during August was for the "
        "Velora video app."
    )
    assert (
        _phrase(s, "almost 60%")
        == "… of the mobile traffic during August was for the Velora video app"
    )
    s = (
        "Forty percent of garden furniture complaints are because the buyer could not follow "
        "the instructions."
    )
    assert _phrase(s, "Forty percent") == "… of garden furniture complaints"  # a clause follows
