"""summarizer.summary.fast selects what stock sumy selects, on texts written for these tests."""

from __future__ import annotations

import warnings

import pytest
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.utils import get_stop_words

from summarizer.summary.algorithms import SUMY_ALGORITHMS, summarizer_class
from summarizer.summary.stemming import stem_function
from summarizer.text.language import SumyStemmer, unstemmed
from summarizer.text.tokenize import OfflineTokenizer

VARIANTS = (*SUMY_ALGORITHMS, "edmundson-location")

BRIDGE = """THE NEW BRIDGE AT MILLBROOK
Millbrook opened its new footbridge over the river Lane on Saturday, four years after floods \
swept the old wooden crossing away. About 2,000 people walked across the bridge in the first \
hour. The council paid 3.4 million pounds for the steel bridge, most of it from a flood fund.

"We waited a long time for this bridge," said Mary Okafor, who runs the bakery by the river. \
She said her takings fell by a third while people had to walk to the road bridge a mile away. \
The road bridge carries heavy traffic and has no proper path for walkers.

Engineers built the new bridge two metres higher than the old one. They say it should stay \
dry even in a flood like the one that destroyed the old crossing. The deck is made of steel \
plates with a rough coating, so it will not be slippery in winter.

Not everyone is happy. Some residents say the steel bridge looks out of place next to the old \
mill. The council said it had chosen steel because it lasts longer and costs less to keep.

The council will hold a small festival on the river bank next month. Stalls will sell food \
from local farms. The bakery will sell bread shaped like the new bridge."""

BEES = """Bees that live in cities may be healthier than bees on farms, a new study suggests. \
Researchers counted bee colonies in twelve towns and twelve farming areas over three summers. \
City colonies lost fewer bees over the winter than farm colonies did.

The team thinks gardens are the reason. Gardens hold many different flowers that bloom from \
spring until late autumn. Farms often grow one crop, which flowers for only a few weeks. \
A bee needs food for the whole season, not only for a few weeks.

Pesticides may also play a part. Farm colonies carried more traces of pesticides in their wax. \
City colonies carried fewer traces, but not none. The researchers said pesticides and poor food \
together hurt bees more than either one alone.

"People can help bees with a window box," said the lead researcher, Dr Lena Brandt. She said \
that even a few pots of herbs give bees food when little else is in flower. \
The study counted 43 kinds of flowers visited by city bees. \
The study counted 43 kinds of flowers visited by city bees.

Farmers' groups said the study was small. They said many farmers already plant strips of wild \
flowers along their fields. The researchers agreed that more work is needed, and plan a larger \
study with sixty towns next year."""

MATCH = """Harbour Town beat Riverside 3-1 on Sunday to reach the cup final for the first time. \
The home side scored twice in the first half. Riverside pulled one goal back after the break. \
A late goal from the substitute Tom Reyes settled the match.

Harbour Town's coach said the team had worked for this all season. "The players gave \
everything today," he said. "The final will be the biggest day in the club's history." \
Riverside's coach said his side had played well but made two mistakes.

The final will be played in May. Harbour Town will face the winner of the other semi-final. \
Tickets will go on sale next week. The club expects to sell all 8,000 tickets within a day.

Yes. No. Maybe."""

TEXTS = {"bridge": BRIDGE, "bees": BEES, "match": MATCH}


def document(text: str):  # type: ignore[no-untyped-def]
    return PlaintextParser.from_string(text, OfflineTokenizer("en")).document


def make(name: str, fast: bool, stop_words: bool = True) -> AbstractSummarizer:
    base = "edmundson" if name.startswith("edmundson") else name
    cls = summarizer_class(base, stock=not fast)
    stemmer = SumyStemmer("english")
    stop = get_stop_words("english")
    if base == "edmundson":
        if name == "edmundson-location":
            summarizer = cls(stemmer, cue_weight=0, key_weight=0, title_weight=0)
        else:
            summarizer = cls(stemmer, key_weight=1.0)
            summarizer.bonus_words = ("new", "first", "study", "final")
            summarizer.stigma_words = ("maybe", "some", "not")
        summarizer.null_words = stop
    else:
        summarizer = cls(stemmer)
        if stop_words:
            summarizer.stop_words = stop
    return summarizer


def picks(summarizer: AbstractSummarizer, doc, count) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns when a text has few words per sentence
        return tuple(str(s) for s in summarizer(doc, count))


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("text", list(TEXTS))
@pytest.mark.parametrize("count", [1, 3, 5, "30%"])
def test_fast_selects_what_stock_selects(name: str, text: str, count: object) -> None:
    doc = document(TEXTS[text])
    expected = picks(make(name, fast=False), doc, count)
    assert picks(make(name, fast=True), doc, count) == expected


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("count", [1, 2, 4])
def test_respects_sentences_count(name: str, count: int) -> None:
    doc = document(BRIDGE)  # no repeated sentence, so every pick is a distinct sentence
    chosen = picks(make(name, fast=True), doc, count)
    assert len(chosen) == count
    order = [str(s) for s in doc.sentences]
    assert [order.index(s) for s in chosen] == sorted(order.index(s) for s in chosen)


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize(
    "text", ["", "Only one sentence stands here.", "Short.", "TITLE ONLY\nOne line below it."]
)
def test_tiny_documents_behave_like_stock(name: str, text: str) -> None:
    doc = document(text)
    stock_error = fast_error = None
    expected = got = None
    try:
        expected = picks(make(name, fast=False), doc, 3)
    except Exception as error:  # stock's own behaviour on degenerate input, mirrored
        stock_error = type(error)
    try:
        got = picks(make(name, fast=True), doc, 3)
    except Exception as error:
        fast_error = type(error)
    assert (got, fast_error) == (expected, stock_error)


def test_empty_document_gives_nothing() -> None:
    for name in VARIANTS:
        assert picks(make(name, fast=True), document(""), 3) == ()


@pytest.mark.parametrize("name", ["lexrank", "textrank", "reduction", "lsa", "luhn", "sumbasic"])
def test_stop_words_are_applied(name: str) -> None:
    # The third sentence is all function words; without a stop list it overlaps everything.
    text = (
        "Farmers in the valley sold their apples at the market.\n\n"
        "The market in the valley opened early for the farmers.\n\n"
        "It is what it is, and that is that, and so it is.\n\n"
        "Apples from the valley were sold out by noon."
    )
    doc = document(text)
    with_stop = make(name, fast=True)
    without = make(name, fast=True, stop_words=False)
    assert with_stop.stop_words == frozenset(get_stop_words("english"))  # type: ignore[attr-defined]
    rated_with = with_stop.rate_sentences(doc)  # type: ignore[attr-defined]
    rated_without = without.rate_sentences(doc)  # type: ignore[attr-defined]
    assert rated_with != rated_without
    for fast_stop in (True, False):
        stock = make(name, fast=False, stop_words=fast_stop)
        fast = make(name, fast=True, stop_words=fast_stop)
        assert picks(fast, doc, 2) == picks(stock, doc, 2)


@pytest.mark.parametrize("name", ["textrank", "reduction"])
@pytest.mark.parametrize("text", list(TEXTS))
def test_ratings_equal_stock_ratings(name: str, text: str) -> None:
    doc = document(TEXTS[text])
    stock = make(name, fast=False).rate_sentences(doc)  # type: ignore[attr-defined]
    fast = make(name, fast=True).rate_sentences(doc)  # type: ignore[attr-defined]
    assert {str(s): float(v) for s, v in fast.items()} == {
        str(s): float(v) for s, v in stock.items()
    }


@pytest.mark.parametrize("name", VARIANTS)
def test_rate_sentences_covers_every_sentence(name: str) -> None:
    doc = document(BEES)
    ratings = make(name, fast=True).rate_sentences(doc)  # type: ignore[attr-defined]
    assert set(ratings) == set(doc.sentences)
    assert all(isinstance(float(v), float) for v in ratings.values())


def test_classes_keep_the_stock_interface() -> None:
    for name in SUMY_ALGORITHMS:
        stock = summarizer_class(name, stock=True)
        assert stock.__module__.startswith("sumy.summarizers.")
        assert issubclass(summarizer_class(name), stock)
    lexrank = summarizer_class("lexrank")(SumyStemmer("english"))
    assert (lexrank.threshold, lexrank.epsilon) == (0.1, 0.1)
    with pytest.raises(TypeError):
        summarizer_class("kl")("not a stemmer")


def test_edmundson_refuses_missing_word_lists_like_stock() -> None:
    fast = summarizer_class("edmundson")(SumyStemmer("english"))
    with pytest.raises(ValueError, match="bonus words"):
        fast(document(BRIDGE), 2)
    fast.bonus_words = ("Bridges",)  # type: ignore[attr-defined]
    assert fast.bonus_words == frozenset({"bridg"})  # type: ignore[attr-defined]


def test_lexrank_threshold_is_honoured() -> None:
    doc = document(BEES)
    for threshold in (0.05, 0.3):
        stock, fast = make("lexrank", fast=False), make("lexrank", fast=True)
        stock.threshold = fast.threshold = threshold  # type: ignore[attr-defined]
        assert picks(fast, doc, 3) == picks(stock, doc, 3)


def test_equal_stemmers_share_one_cache() -> None:
    first, second = SumyStemmer("english"), SumyStemmer("english")
    assert stem_function(first) is stem_function(second)
    assert stem_function(first)("Running") == first("running")
    assert stem_function(unstemmed)("Running") == "running"
    assert stem_function(SumyStemmer("german")) is not stem_function(first)


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("count", [1, 3])
def test_ratings_after_a_selection_are_the_ones_it_used(name: str, count: int) -> None:
    doc = document(BEES)
    fast = make(name, fast=True)
    chosen = picks(fast, doc, count)
    rated = fast.rate_sentences(doc)  # type: ignore[attr-defined]
    assert set(rated) == set(doc.sentences)
    assert str(max(doc.sentences, key=lambda s: rated[s])) in chosen
    assert fast.rate_sentences(doc) is rated  # kept, not rated again
    assert fast.rate_sentences(document(BEES)) is not rated  # another document is rated anew


@pytest.mark.parametrize("ratio", [1.0, 0.1])
def test_lsa_ratings_are_sumys_ranks(ratio: float, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    monkeypatch.setattr(LsaSummarizer, "REDUCTION_RATIO", ratio)
    doc = document(BEES)
    stock = make("lsa", fast=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matrix = stock._create_matrix(doc, stock._create_dictionary(doc))  # type: ignore[attr-defined]
    _u, sigma, v = np.linalg.svd(stock._compute_term_frequency(matrix), full_matrices=False)  # type: ignore[attr-defined]
    expected = stock._compute_ranks(sigma, v)  # type: ignore[attr-defined]
    rated = make("lsa", fast=True).rate_sentences(doc)  # type: ignore[attr-defined]
    got = [rated[s] for s in doc.sentences]
    assert got == pytest.approx(expected, rel=1e-9)


def test_cached_english_stems_match_nltk_exactly() -> None:
    """The C Snowball shortcut for cache misses must never change a stem sumy would compute."""
    from sumy.nlp.stemmers import Stemmer

    from summarizer.summary.stemming import ENGLISH, clear_caches

    clear_caches()
    stock = Stemmer("english")
    fast = stem_function(ENGLISH)
    words = [
        "x-rated",
        "18-rated",
        "sensationally",
        "international",
        "added",
        "evening",
        "evenings",
        "biologist",
        "don’t",
        "Don't",
        "generously",
        "communication",
        "running",
        "happily",
        "skies",
        "dying",
        "news",
        "united",
        "Relational",
        "ratings",
        "operational",
        "1990s",
        "naïve",
        "café",
        # where NLTK's hand-kept regions drift (the C stemmer would answer otherwise)
        "realization",
        "resizer",
        "trumpization",
        "fontsizer",
        "nstated",
        "bgdating",
        "s1ratings",
        "''skating",
        "renationalisation",
        # the commonest look-alikes, which the C stemmer serves
        "internationally",
        "national",
        "created",
        "treated",
        "probably",
        "possibility",
        "established",
        "gambling",
        "rated",
        "senator",
        "hoping",
    ]
    assert [fast(w) for w in words] == [stock(w.lower()) for w in words]


def test_c_stems_agree_where_the_rule_says_so() -> None:
    from nltk.stem.snowball import EnglishStemmer

    from summarizer.summary.stemming import CANARIES, c_stem_agrees, english_c_stem

    nltk_stem = EnglishStemmer().stem
    assert {word: nltk_stem(word) for word in CANARIES} == CANARIES
    c_stem = english_c_stem()
    assert c_stem is not None  # PyStemmer 2.x is a dependency
    words = {w.lower() for text in TEXTS.values() for w in OfflineTokenizer("en").to_words(text)}
    served = [w for w in words if c_stem_agrees(w)]
    assert len(served) > 0.9 * len(words)
    assert [c_stem(w) for w in served] == [nltk_stem(w) for w in served]
    drifting = ["realization", "resizer", "sensationally", "x-rated", "20dated", "''skating"]
    assert not any(map(c_stem_agrees, drifting))
    assert all(c_stem(w) != nltk_stem(w) for w in drifting)
