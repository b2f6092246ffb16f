"""bot.digest.story_concepts: copies of one story that share no word share a concept."""

from __future__ import annotations

import re

import pytest

from bot.digest.filters import fold, stemmer, stems
from bot.digest.story_concept_lexicon import CONCEPTS, WHOLE_WORD_ONLY
from bot.digest.story_concepts import MIN_STEM, concept_stems, concepts_of

LANGUAGES = ("en", "ru", "de", "fr", "es", "it", "pt", "nl")


def named(text: str, language: str) -> frozenset[str]:
    return concepts_of(stems(text, language))


# Two headlines of one story written by two outlets, mostly in different words, and a concept both
# of them name.
PAIRS = [
    ("en", "Homes flooded after cloudburst", "Seaside town swamped by rising water", "flood"),
    ("en", "Cloudburst soaks the valley", "Heavy downpour hits commuters", "rain"),
    ("en", "Officer hurt at Northfield prison", "Jail worker taken to hospital", "prison"),
    ("en", "Jobless total rises again", "Unemployment climbs for third month", "unemployment"),
    ("en", "Burglars target village homes", "Break-ins reported: thieves took a burglary haul",
     "burglary"),
    ("ru", "Ливень затопил центр города", "Дожди не прекращаются третьи сутки", "rain"),
    ("ru", "Наводнение в Приморье", "Паводок отрезал сёла от трассы", "flood"),
    ("ru", "Безработица выросла", "Число безработных увеличилось", "unemployment"),
    ("de", "Arbeitslosigkeit steigt im Winter", "Mehr Erwerbslose gemeldet", "unemployment"),
    ("de", "Hochwasser an der Mosel", "Überschwemmungen in Trier", "flood"),
    ("de", "Haftanstalt: Wärter verletzt", "Angriff im Gefängnis von Celle", "prison"),
    ("fr", "Inondations dans le Gard", "Des quartiers inondés après l'orage", "flood"),
    ("fr", "Le chômage repart à la hausse", "Plus de chômeurs inscrits", "unemployment"),
    ("fr", "Grève à la SNCF", "Les grévistes bloquent les gares", "strike"),
    ("es", "Inundaciones en Valencia", "Calles anegadas tras la tormenta", "flood"),
    ("es", "Sube el desempleo", "Más desempleados en enero", "unemployment"),
    ("es", "Huelga de médicos", "Los huelguistas se concentran ante el hospital", "strike"),
    ("it", "Alluvione in Romagna", "Strade allagate a Faenza", "flood"),
    ("it", "Cresce la disoccupazione", "Aumentano i disoccupati", "unemployment"),
    ("it", "Rapina in banca a Torino", "Rapinatori in fuga con il bottino", "robbery"),
    ("pt", "Enchentes no Rio Grande do Sul", "Ruas alagadas em Porto Alegre", "flood"),
    ("pt", "Desemprego sobe no trimestre", "Mais desempregados em março", "unemployment"),
    ("pt", "Incêndio destrói armazém", "Armazém incendiado durante a noite", "fire"),
    ("nl", "Wateroverlast in Limburg", "Straten overstroomd na hevige buien", "flood"),
    ("nl", "Werkloosheid loopt op", "Meer werklozen in de zomer", "unemployment"),
    ("nl", "Overval op juwelier", "Overvallers vluchten met buit", "robbery"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "first", "second", "concept"), PAIRS)
def test_two_headlines_of_one_story_share_a_concept(language, first, second, concept):
    assert concept in named(first, language)
    assert concept in named(second, language)


def test_one_story_across_languages_shares_its_concept():
    headlines = {
        "en": "Flooding forces families from their homes",
        "ru": "Подтопление жилых домов в Краснодаре",
        "de": "Überflutete Keller nach dem Unwetter",
        "fr": "Crue : une commune inondée",
        "es": "Una riada arrasa el pueblo",
        "it": "Esondazione del fiume nella notte",
        "pt": "Inundação atinge bairros da capital",
        "nl": "Overstroming in het dorp",
    }
    for language, headline in headlines.items():
        assert "flood" in named(headline, language), (language, headline)


def test_a_german_or_dutch_compound_names_the_concept_of_its_last_part():
    assert "flood" in named("Elbhochwasser erreicht Dresden", "de")
    assert "wildfire" in named("Großwaldbrand bei Jüterbog", "de")
    assert "cancer" in named("Nieuw medicijn tegen longkanker", "nl")
    assert "murder" in named("Seriemoordenaar opgepakt", "nl")


def test_a_compound_whose_end_means_something_else_names_nothing():
    assert "murder" not in named("Zelfmoord op het spoor", "nl")
    assert "parliament" not in named("Brand in de badkamer", "nl")
    assert "closure" not in named("Der Vertrag ist abgeschlossen", "de")
    assert "shooting" not in named("Der Ausschuss tagt", "de")


def test_only_german_and_dutch_stems_end_compounds():
    # "prison" is an English and French stem: a longer word ending with it names nothing
    assert concepts_of(["xprison"]) == frozenset()
    assert "prison" in concepts_of(["prison"])
    # "hochwass" is German: a longer stem ending with it is a compound
    assert concepts_of(["rheinhochwass"]) == concepts_of(["hochwass"])


def test_whole_word_only_stems_still_match_as_whole_words():
    assert "murder" in named("Moord in Amsterdam", "nl")
    assert "parliament" in named("De Kamer stemt vandaag", "nl")


def test_a_stem_of_two_concepts_names_both():
    assert {"flood", "rain"} <= named("A deluge in the city centre", "en")
    assert {"flood", "storm"} <= named("Sturmflut an der Küste", "de")
    multiple = [stem for stem, concepts in concept_stems().items() if len(concepts) > 1]
    assert multiple
    for stem in multiple:
        assert concepts_of([stem]) == concept_stems()[stem]


COMMON = {
    "en": "he said the city people year today new police told officials",
    "ru": "он сказал город люди год сегодня новый сообщил также",
    "de": "er sagte die Stadt Menschen Jahr heute neue teilte mit",
    "fr": "il a dit la ville les gens année aujourd'hui nouveau selon",
    "es": "dijo la ciudad gente año hoy nuevo mayor parte según",
    "it": "ha detto la città persone anno oggi nuovo secondo preso",
    "pt": "disse a cidade pessoas ano hoje novo segundo sobre",
    "nl": "hij zei de stad mensen jaar vandaag nieuwe volgens alleen",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_common_words_name_no_concept(language):
    assert named(COMMON[language], language) == frozenset()


def test_every_word_is_one_word_of_a_known_language_stemming_to_four_letters_or_more():
    word = re.compile(r"^\w+$")
    for concept, by_language in CONCEPTS.items():
        assert set(by_language) <= set(LANGUAGES), concept
        for language, words in by_language.items():
            stem = stemmer(language)
            for entry in words:
                assert entry == entry.lower(), (concept, entry)
                assert word.match(fold(entry)), (concept, language, entry)
                assert len(stem(fold(entry))) >= MIN_STEM, (concept, language, entry)
    for language, words in WHOLE_WORD_ONLY.items():
        assert language in {"de", "nl"}
        known = {
            entry for by_language in CONCEPTS.values() for entry in by_language.get(language, ())
        }
        assert set(words) <= known


def test_no_short_stem_in_the_table():
    table = concept_stems()
    assert table
    assert all(len(stem) > 3 for stem in table)
    assert concepts_of(["rob", "vol", "feu", "gas", "tax", "bus"]) == frozenset()
