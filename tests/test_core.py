"""summarize(): languages, length control, every algorithm, scores, tiny texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import EmptyTextError, NotLanguageError
from summarizer.models import Article, SummaryOptions
from summarizer.summary.algorithms import ALGORITHMS, REGISTRY, build_summarizer
from summarizer.summary.core import summarize
from summarizer.summary.length import ADAPTIVE_MOST, target_sentences
from summarizer.text.cleanup import clean_text
from summarizer.text.tokenize import OfflineTokenizer

TEXTS = Path(__file__).parent / "texts"
LANGUAGES = ["en", "ru", "de", "fr", "es", "it", "pt"]
# The sentence in each test article that holds an abbreviation a naive splitter cuts at.
ABBREVIATED = {
    "en": "Dr. Amelia Stone, who leads the library service, said students had asked",
    "ru": "По словам главы города А. В. Соколова, мост соединит",
    "de": "Laut Dr. Anna Keller, der Leiterin der Bibliothek,",
    "fr": "Selon M. Julien Moreau, directeur de la médiathèque,",
    "es": "Según la Sra. Lucía Romero, directora de la biblioteca,",
    "it": "Secondo il dott. Marco Ferri, direttore della biblioteca,",
    "pt": "Segundo a Dra. Helena Duarte, diretora da biblioteca,",
}
SENTENCES_IN = {"en": 10, "ru": 10, "de": 11, "fr": 11, "es": 11, "it": 11, "pt": 11}


def article(name: str) -> Article:
    return clean_text((TEXTS / f"{name}.txt").read_text("utf-8"))


def long_article(sentences: int) -> Article:
    topics = ["harbour", "railway", "school", "hospital", "market", "bridge", "library", "park"]
    paragraphs = []
    for i in range(0, sentences, 4):
        paragraphs.append(
            " ".join(
                f"The {topics[(i + j) % len(topics)]} project number {i + j} moved ahead this "
                f"week, officials in district {(i + j) % 5} said."
                for j in range(min(4, sentences - i))
            )
        )
    return Article(text="\n\n".join(paragraphs), title="City projects report")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_is_summarized_with_its_stemmer(language: str) -> None:
    source = article(language)
    summary = summarize(source, SummaryOptions(algorithm="lexrank", sentences=3))
    assert summary.language == language
    assert summary.stemmed is True
    assert summary.sentences_in == SENTENCES_IN[language]
    assert len(summary.sentences) == 3
    for sentence in summary.sentences:
        assert sentence.text in source.text
        assert sentence.text != source.title
    assert [s.index for s in summary.sentences] == sorted(s.index for s in summary.sentences)
    assert 0 < summary.words_out < summary.words_in


@pytest.mark.parametrize("language", LANGUAGES)
def test_abbreviations_stay_inside_their_sentence(language: str) -> None:
    summary = summarize(article(language), SummaryOptions(ratio=1.0, max_sentences=50))
    opening = ABBREVIATED[language]
    matches = [s.text for s in summary.sentences if s.text.startswith(opening)]
    assert len(matches) == 1 and matches[0].endswith(".")


def test_language_sumy_cannot_stem_still_gets_a_summary() -> None:
    summary = summarize(article("tr"), SummaryOptions(sentences=2))
    assert summary.language == "tr"
    assert summary.stemmed is False
    assert len(summary.sentences) == 2


def test_explicit_language_wins_over_detection() -> None:
    summary = summarize(article("en"), SummaryOptions(language="pt-BR", sentences=1))
    assert summary.language == "pt"


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_runs(algorithm: str) -> None:
    summary = summarize(article("en"), SummaryOptions(algorithm=algorithm, sentences=4))
    assert summary.algorithm == algorithm
    assert len(summary.sentences) == 4
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices) and len(set(indices)) == 4
    assert all(0 < s.score <= 1 for s in summary.sentences)


def test_registry_lists_every_sumy_algorithm() -> None:
    assert set(ALGORITHMS) == {
        "default",
        "lexrank",
        "lsa",
        "textrank",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    }
    assert tuple(REGISTRY) == ALGORITHMS


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gets_stop_words(algorithm: str) -> None:
    summarizer = build_summarizer(algorithm, "en")
    assert "the" in summarizer.stop_words


def test_edmundson_has_cue_and_null_words_and_location_method_works() -> None:
    summarizer = build_summarizer("edmundson", "ru", bonus_words=["мост"])
    assert summarizer.bonus_words and summarizer.stigma_words and summarizer.null_words
    assert summarizer.stem_word("мост") in summarizer.bonus_words
    document_sentences = summarize(article("ru"), SummaryOptions(algorithm="edmundson"))
    assert len(document_sentences.sentences) == 3
    from summarizer.summary.core import build_document

    document = build_document(article("ru"), OfflineTokenizer("ru"))
    assert len(summarizer.location_method(document, 2)) == 2


def test_edmundson_works_for_a_language_without_stop_words() -> None:
    summarizer = build_summarizer("edmundson", "xx")
    assert summarizer.null_words


def test_unknown_algorithm_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown algorithm"):
        summarize(article("en"), SummaryOptions(algorithm="magic"))


def test_title_is_never_a_summary_sentence() -> None:
    source = Article(
        title="Harbour ferry gets electric engines",
        text=(
            "The harbour ferry will get electric engines next year. "
            "Harbour ferry engines are old.\n\n"
            "The ferry carries two thousand people a day across the harbour."
        ),
    )
    summary = summarize(source, SummaryOptions(ratio=1.0))
    assert summary.sentences_in == 3
    assert source.title not in [s.text for s in summary.sentences]
    assert summary.title == source.title


def test_short_subheads_are_headings_not_sentences() -> None:
    source = Article(
        text=(
            "The town will build a new swimming pool by the river next year.\n\n"
            "What happens next\n\n"
            "Builders start in March and the pool opens in the summer of next year."
        )
    )
    summary = summarize(source, SummaryOptions(ratio=1.0))
    assert summary.sentences_in == 2  # the subhead is not counted as a sentence
    assert [s.text for s in summary.sentences] in (
        ["The town will build a new swimming pool by the river next year."],
        ["Builders start in March and the pool opens in the summer of next year."],
    )


def test_sentence_count_and_ratio() -> None:
    source = long_article(40)
    assert len(summarize(source, SummaryOptions(sentences=5, algorithm="luhn")).sentences) == 5
    assert len(summarize(source, SummaryOptions(ratio=0.25, algorithm="luhn")).sentences) == 10
    capped = summarize(source, SummaryOptions(sentences=30, max_sentences=12, algorithm="luhn"))
    assert len(capped.sentences) == 12


def test_default_length_adapts_to_the_article() -> None:
    short = summarize(long_article(12), SummaryOptions(algorithm="luhn"))
    longer = summarize(long_article(50), SummaryOptions(algorithm="luhn"))
    longest = summarize(long_article(400), SummaryOptions(algorithm="luhn"))
    capped = summarize(long_article(400), SummaryOptions(algorithm="luhn", max_sentences=4))
    assert len(short.sentences) == 3
    assert 3 < len(longer.sentences) < ADAPTIVE_MOST
    assert len(longest.sentences) == ADAPTIVE_MOST
    assert len(capped.sentences) == 4


def test_target_sentences_rules() -> None:
    assert target_sentences(SummaryOptions(), 10) == 3
    assert target_sentences(SummaryOptions(), 2) == 1  # a summary is shorter than its article
    assert target_sentences(SummaryOptions(), 1) == 1
    assert target_sentences(SummaryOptions(), 0) == 0
    assert target_sentences(SummaryOptions(sentences=3, ratio=0.9), 20) == 3  # count wins
    assert target_sentences(SummaryOptions(ratio=0.01), 20) == 1  # never zero
    assert (
        target_sentences(SummaryOptions(), 1000) == ADAPTIVE_MOST < SummaryOptions().max_sentences
    )
    assert target_sentences(SummaryOptions(sentences=9), 1000) == 9  # asked for: no such cap


def test_tiny_text_gets_a_summary_shorter_than_itself() -> None:
    source = Article(text="The museum reopens on Sunday after a long renovation. Entry is free.")
    summary = summarize(source, SummaryOptions(sentences=5))
    assert summary.sentences_in == 2
    assert [s.text for s in summary.sentences] == [
        "The museum reopens on Sunday after a long renovation."
    ]
    assert (summary.words_in, summary.words_out) == (12, 9)
    assert summary.reduction > 0


def test_scores_rank_the_chosen_sentences() -> None:
    summary = summarize(article("en"), SummaryOptions(algorithm="luhn", sentences=3))
    scores = sorted(s.score for s in summary.sentences)
    assert scores[-1] == 1.0  # the algorithm's best sentence is always chosen by luhn
    assert len(set(scores)) == 3


@pytest.mark.parametrize(
    ("text", "error"),
    [("1 2 3 4 5 6 7 8 9 10 11 12", NotLanguageError), ("Just two", EmptyTextError)],
)
def test_bad_text_raises_gist_errors(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        summarize(Article(text=text))


@pytest.mark.parametrize("language", ["ru", "de", "es"])
def test_quotes_and_figures_read_the_detected_language(language: str) -> None:
    # make_gist hands the language the summary detected to the quote ranking (its stop words)
    # and the figure scanner (its number format), instead of their English/guessed defaults.
    from summarizer.pipeline import make_gist

    gist = make_gist(TEXTS.joinpath(f"{language}.txt").read_text("utf-8"))
    assert gist.summary.language == language
    assert gist.article.language == language


def test_a_language_given_with_the_article_is_kept() -> None:
    from summarizer.pipeline import make_gist

    gist = make_gist(Article(text=article("es").text, language="pt-BR"))
    assert gist.article.language == "pt-BR"


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_stock_variant_is_sumys_class_configured_alike(algorithm: str) -> None:
    ours = build_summarizer(algorithm, "en", bonus_words=["bridge"])
    stock = build_summarizer(algorithm, "en", bonus_words=["bridge"], stock=True)
    expected = REGISTRY[algorithm].stock.rpartition(":")[2]
    assert type(stock).__name__ == expected
    assert isinstance(ours, type(stock))  # ours subclasses sumy's class (or is `default`)
    for setting in ("stop_words", "bonus_words", "stigma_words", "null_words"):
        if hasattr(type(stock), setting):
            assert getattr(stock, setting) == getattr(ours, setting)
    options = SummaryOptions(algorithm=algorithm, sentences=3)
    picked = summarize(article("en"), options).sentences
    stock_picked = summarize(article("en"), options, stock=True).sentences
    assert [s.index for s in stock_picked] == [s.index for s in picked]
