"""Behaviour of the `default` summarizer on short news texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.utils import get_stop_words

from summarizer.summary.boilerplate import is_boilerplate
from summarizer.summary.ranking import DefaultSummarizer, fitted
from summarizer.text.language import SumyStemmer
from summarizer.text.tokenize import OfflineTokenizer

TOKENIZER = OfflineTokenizer("en")

HARBOUR = [
    ["By . Harbour Desk Reporter ."],
    ["PUBLISHED: 09:12 GMT, 3 March 2025 | UPDATED: 11:40 GMT, 3 March 2025"],
    [
        "The town council of Port Ellery voted on Tuesday to rebuild the storm-damaged harbour "
        "wall at a cost of 4.2 million pounds.",
        "The wall collapsed during the January gales, flooding twelve shops on the quayside and "
        "stranding the fishing fleet for a week.",
        "Engineers told the council that the new harbour wall will be two metres higher and built "
        "from reinforced concrete rather than stone.",
    ],
    [
        "Work on the harbour wall is due to start in May and should take eighteen months, the "
        "council said.",
        "Local fishermen welcomed the vote but asked for a temporary landing stage while the wall "
        "is rebuilt.",
        "The mayor thanked volunteers who filled sandbags during the storm.",
    ],
]

DUPLICATES = [
    [
        "Heavy snow closed the mountain pass between Arden and Belmoor on Sunday night, stranding "
        "dozens of lorries.",
        "Heavy snow closed the mountain pass between Arden and Belmoor on Sunday night, stranding "
        "dozens of lorries on the road.",
        "Snowploughs from three counties worked through the night to clear the road for traffic.",
        "Police advised drivers to avoid the route until Tuesday at the earliest.",
        "The pass last closed for snow in 2010, when it stayed shut for four days.",
    ]
]


def document(paragraphs: list[list[str]]) -> ObjectDocumentModel:
    return ObjectDocumentModel(
        tuple(Paragraph([Sentence(s, TOKENIZER) for s in para]) for para in paragraphs)
    )


@pytest.fixture
def summarizer() -> DefaultSummarizer:
    made = DefaultSummarizer(SumyStemmer("english"))
    made.stop_words = get_stop_words("english")
    return made


def texts(sentences: tuple[Sentence, ...]) -> list[str]:
    return [str(s) for s in sentences]


def test_is_called_like_a_sumy_summarizer_with_settable_stop_words(
    summarizer: DefaultSummarizer,
) -> None:
    assert len(summarizer(document(HARBOUR), 2)) == 2
    assert len(summarizer.rate_sentences(document(HARBOUR))) == 8
    with pytest.raises(TypeError):
        DefaultSummarizer("not a stemmer")  # type: ignore[arg-type]
    summarizer.stop_words = ["The", "A"]
    assert summarizer.stop_words == frozenset({"the", "a"})
    summarizer.stop_words = frozenset({"Of", "AND"})  # a language's list takes a cached path
    assert summarizer.stop_words == frozenset({"of", "and"})


def test_skips_byline_and_timestamp_for_the_informative_lead(
    summarizer: DefaultSummarizer,
) -> None:
    picked = texts(summarizer(document(HARBOUR), 3))
    assert picked == [HARBOUR[2][0], HARBOUR[2][1], HARBOUR[2][2]]


def test_respects_sentences_count_and_keeps_article_order(summarizer: DefaultSummarizer) -> None:
    doc = document(HARBOUR)
    order = [str(s) for s in doc.sentences]
    for count in (1, 2, 4, 5):
        picked = texts(summarizer(doc, count))
        assert len(picked) == count
        assert picked == sorted(picked, key=order.index)
    assert texts(summarizer(doc, 1)) == [HARBOUR[2][0]]


def test_percentage_count_like_sumy(summarizer: DefaultSummarizer) -> None:
    doc = document(HARBOUR)  # 8 sentences: 50% is 4
    assert len(summarizer(doc, "50%")) == 4


def test_deterministic(summarizer: DefaultSummarizer) -> None:
    doc = document(HARBOUR)
    first = texts(summarizer(doc, 3))
    again = DefaultSummarizer(SumyStemmer("english"))
    again.stop_words = get_stop_words("english")
    assert texts(again(document(HARBOUR), 3)) == first
    assert texts(summarizer(doc, 3)) == first


def test_near_duplicates_are_not_both_picked(summarizer: DefaultSummarizer) -> None:
    picked = texts(summarizer(document(DUPLICATES), 3))
    assert len(picked) == 3
    assert DUPLICATES[0][0] in picked
    assert DUPLICATES[0][1] not in picked


def test_short_documents(summarizer: DefaultSummarizer) -> None:
    one = [["A lone sentence about the council budget for next year."]]
    assert texts(summarizer(document(one), 3)) == one[0]
    two = [["The bridge reopened on Monday after repairs.", "Traffic returned to normal."]]
    assert texts(summarizer(document(two), 3)) == two[0]
    assert summarizer(document([]), 3) == ()


def test_boilerplate_only_document_still_gets_a_summary(summarizer: DefaultSummarizer) -> None:
    doc = document([["By . Staff Reporter .", "Click here to read more."]])
    assert len(summarizer(doc, 1)) == 1


def test_rate_sentences_scores_every_sentence_consistently(
    summarizer: DefaultSummarizer,
) -> None:
    doc = document(HARBOUR)
    rating = summarizer.rate_sentences(doc)
    assert set(rating) == set(doc.sentences)
    lead = Sentence(HARBOUR[2][0], TOKENIZER)
    byline = Sentence(HARBOUR[0][0], TOKENIZER)
    assert rating[lead] > rating[byline]
    best = max(rating, key=rating.__getitem__)
    assert str(best) == HARBOUR[2][0]
    assert summarizer.rate_sentences(document([])) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By . Daily Mail Reporter .", True),
        ("PUBLISHED: 10:02 EST, 4 May 2014 | UPDATED: 12:30 EST, 4 May 2014", True),
        ("Scroll down for video", True),
        ("(CNN) -- The storm reached the coast on Friday.", False),
        ("By the end of the year the plant had closed.", False),
    ],
)
def test_boilerplate_detection(text: str, expected: bool) -> None:
    assert is_boilerplate(text) is expected


def test_longer_summaries_add_sentences_from_beyond_the_lead(
    summarizer: DefaultSummarizer,
) -> None:
    picked = texts(summarizer(document(HARBOUR), 5))
    assert HARBOUR[0][0] not in picked
    assert HARBOUR[1][0] not in picked
    assert set(HARBOUR[2]) <= set(picked)


def test_fragment_and_question_in_the_lead_give_way() -> None:
    summarizer = DefaultSummarizer(SumyStemmer("english"), replace(fitted(), short_words=8))
    summarizer.stop_words = get_stop_words("english")
    story = [
        [
            "Guilty on every count.",
            "A jury in Carrow found the former harbour master guilty on Friday of stealing "
            "fuel worth 300,000 pounds from the port authority over six years.",
            "Was it worth it?",
            "The court heard that he sold the diesel to two haulage firms and kept forged "
            "delivery notes in a locked drawer of his office.",
            "He will be sentenced next month and faces up to ten years in prison.",
        ]
    ]
    picked = texts(summarizer(document(story), 3))
    assert picked == [story[0][1], story[0][3], story[0][4]]


def test_a_long_document_holds_few_sentence_by_sentence_arrays_at_once(
    summarizer: DefaultSummarizer,
) -> None:
    # A worker's peak memory on a long read is set by n x n float arrays (~4.6 MB each at 760
    # sentences): the features need two at a time (similarity, and word overlap or a working
    # copy) plus the bounded scratch of the sparse products; there were five at once.
    import tracemalloc

    subjects = ["council", "harbour", "ferry", "school", "library", "bridge", "market", "museum"]
    sentences = [
        f"The {subjects[i % 8]} board met for the {i}th time and voted on plan {i * 7} today."
        for i in range(800)
    ]
    doc = document([sentences[i : i + 6] for i in range(0, len(sentences), 6)])
    for sentence in doc.sentences:
        _ = sentence.words  # tokenized before measuring: only the summarizer's arrays count
    square = 800 * 800 * 8
    tracemalloc.start()
    try:
        summarizer(doc, 3)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert square < peak < 3.5 * square
