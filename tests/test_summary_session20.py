"""Session 20: summary sentences that lean on a sentence the reply leaves out, and key quotes
that repeat the summary.

A key quote the summary shows in part is given without the sentences it shows
(`quotes.rank`); a sentence that is one quotation and nothing else names no speaker and is
no lead sentence, and one that goes on from the quotation before it points back to it
(`summary.ranking`); "And ...", "It's ...", "Well, ..." point back (`summary.links`); a
sentence chosen after the lead that points back to a sentence not chosen waits for it; an
epigraph and its credit line open no summary (`summary.epigraph`). All texts are written for
these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from summarizer.models import Article, GistOptions, SummaryOptions
from summarizer.pipeline import make_gist
from summarizer.quotes.rank import key_quotes
from summarizer.summary.algorithms import build_summarizer
from summarizer.summary.core import summarize
from summarizer.summary.document import Document, Paragraph, Sentence
from summarizer.summary.epigraph import credited, is_credit_line
from summarizer.summary.links import points_back
from summarizer.summary.quote_repair import is_whole_quote, shown_alone
from summarizer.summary.ranking import Params, fitted
from summarizer.text.tokenize import OfflineTokenizer

# -- key quotes the summary shows in part ---------------------------------------------------------

MAYOR = (
    "Mayor Ada Quill opened the rebuilt harbour wall on Friday, two years after the storm.\n\n"
    "“The wall will keep the boats safe for another hundred years. It cost the town less than "
    "we feared. Every fisher in the harbour helped to pay for it,” Quill told the crowd.\n\n"
    "“The old pier goes next, and we start on it in the spring,” said Quill."
)


def test_a_quote_the_summary_shows_in_part_keeps_only_the_rest() -> None:
    shown = "“The wall will keep the boats safe for another hundred years.” It cost less."
    quotes = key_quotes(Article(MAYOR), "en", limit=3, shown=shown)
    wall = next(q for q in quotes if "harbour helped" in q.text)
    assert wall.text.startswith("It cost the town less than we feared.")
    assert "hundred years" not in wall.text
    assert wall.speaker == "Ada Quill"


def test_a_gap_in_the_middle_of_a_quote_is_marked() -> None:
    shown = "“It cost the town less than we feared.”"
    quotes = key_quotes(Article(MAYOR), "en", limit=3, shown=shown)
    wall = next(q for q in quotes if "hundred years" in q.text)
    assert "years. … Every fisher" in wall.text
    assert "less than we feared" not in wall.text


def test_a_quote_whose_rest_is_too_short_for_a_bullet_is_left_out() -> None:
    text = (
        "The club's new coach spoke after the first training session on Monday.\n\n"
        "“It's big. We have waited a long time for a coach who knows the league this well,” "
        "Rene Moss said."
    )
    shown = "“We have waited a long time for a coach who knows the league this well,” Moss said."
    assert key_quotes(Article(text), "en", limit=3, shown=shown) == []
    assert len(key_quotes(Article(text), "en", limit=3)) == 1


def test_without_a_summary_quotes_are_whole() -> None:
    quotes = key_quotes(Article(MAYOR), "en", limit=3)
    assert any(q.text.startswith("The wall will keep") and "Every fisher" in q.text for q in quotes)


# -- sentences that are one quotation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“How it got over the fence is a mystery to me.”", True),
        ('"We will be back next year."', True),
        ("‘Nobody saw it coming.’", True),
        ("“We will be back,” the captain said.", False),
        ("The captain said: “We will be back.”", False),
        ("“Gritty” is the name of the new mascot.", False),
        ("“We will be back", False),  # where the quote ends is unknown
        ("No marks at all here.", False),
    ],
)
def test_a_sentence_that_is_one_quotation(text: str, expected: bool) -> None:
    assert is_whole_quote(text) is expected


def test_sentences_are_shown_alone_across_paragraphs() -> None:
    paragraphs = [
        ["Kim said: “We trained hard.", "The results show it."],
        ["“Next year we go for the title.”"],
        ["The season starts in May."],
    ]
    assert shown_alone(paragraphs) == [
        "Kim said: “We trained hard.”",
        "“The results show it.”",
        "“Next year we go for the title.”",
        "The season starts in May.",
    ]


ZOO = [
    "The director of the city zoo admitted on Monday that the wall around the lion enclosure "
    "was lower than the national guidelines ask for.",
    "Zoo director Hal Brent also said that early findings suggested the lion had climbed out "
    "of the enclosure by grabbing the top of a fence.",
    "“It had to have climbed,” he said.",
    "“How it got over that fence is still a mystery to all of us here at the zoo.”",
    "The guidelines ask for walls of at least five metres around the enclosures of big cats, "
    "the national association of zoos said.",
    "The enclosure's wall was just under four metres high, with a dry moat ten metres across "
    "in front of it.",
]


def _summary(paragraphs: list[str], count: int) -> list[str]:
    article = Article(text="\n\n".join(paragraphs), title="Zoo wall too low")
    summary = summarize(article, SummaryOptions(language="en", sentences=count))
    return [s.text for s in summary.sentences]


def test_a_quotation_whose_speaker_is_named_in_a_short_sentence_is_no_lead_sentence() -> None:
    texts = _summary(ZOO, 3)
    assert texts == [ZOO[0], ZOO[1], ZOO[4]]


def test_the_reply_shows_the_quotation_once_with_its_speaker() -> None:
    article = Article(text="\n\n".join(ZOO), title="Zoo wall too low")
    gist = make_gist(article, GistOptions(SummaryOptions(language="en", sentences=3)))
    assert not any("mystery" in s.text for s in gist.summary.sentences)
    mystery = [q for q in gist.quotes if "mystery" in q.text]
    assert mystery and mystery[0].speaker == "Hal Brent"


# -- openings that point back ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("And the singer celebrated with a party at her house.", True),
        ("Andrew Lane celebrated with a party at his house.", False),
        ("It's the club's first mascot since the seventies.", True),
        ("It’s the club's first mascot since the seventies.", True),
        ("Its new mascot is a large orange bird.", True),
        ("Well, the film is less gloomy than that sounds.", True),
        ("Well over a hundred people came to the opening.", False),
        ("In fact, the film is less gloomy than that sounds.", True),
        ("Again, fans were sure the song was about her.", True),
        ("Again and again the fans sang the song.", False),
    ],
)
def test_more_openings_that_point_back(text: str, expected: bool) -> None:
    assert points_back(text, "en") is expected


MASCOT = [
    "The Riverton Otters showed their new mascot on Monday.",  # 9 words: weak as a lead
    "It's the club's first mascot since a blue beaver that only the oldest fans still remember "
    "from the seventies.",
    "The new mascot is a large orange otter called Splash, and it looks like a bath toy that "
    "somebody left out in the sun.",
    "Fans poked fun at pretty much everything about the orange creature within minutes of the "
    "first photos going online.",
    "The club said the mascot would appear at every home game of the season, starting with the "
    "derby on Saturday.",
]


def test_a_lead_sentence_opening_with_it_brings_the_short_lede_along() -> None:
    texts = _summary(MASCOT, 3)
    assert texts[:2] == MASCOT[:2]


# -- picks after the lead ------------------------------------------------------------------------


def _document(paragraphs: list[str]) -> Document:
    tokenizer = OfflineTokenizer("en")
    return Document([Paragraph([Sentence(p, tokenizer)]) for p in paragraphs])


COUNCIL = [
    "The city council voted on Thursday to close the old bus station in the centre of town.",
    "The station will shut at the end of the year, and its buses will move to a new depot "
    "by the river.",
    "Shop owners near the station fear that their trade will suffer once the buses leave.",
    "The council's leader, Mara Holt, defended the plan in a long speech before the vote.",
    "She said the new depot would cut the buses' journey times and the town's bus station "
    "buses' costs, since the station buses would no longer cross the crowded town centre.",
    "A study found the bus station buses cross the town centre forty times an hour.",
]


def _picks(params: Params | None, count: int) -> list[int]:
    summarizer = build_summarizer("default", "en")
    if params is not None:
        summarizer.params = params
    return [COUNCIL.index(str(s)) for s in summarizer(_document(COUNCIL), count)]


def test_a_pick_after_the_lead_that_points_back_waits_for_the_sentence_before() -> None:
    # the content model rates "She said ..." best after the lead; Mara Holt is in the one before
    without_waiting = replace(fitted(), wait_most=0)
    assert _picks(without_waiting, 4) == [0, 1, 2, 4]
    assert _picks(None, 4) == [0, 1, 2, 5]


def test_in_a_long_summary_a_pick_that_points_back_does_not_wait() -> None:
    assert _picks(replace(fitted(), wait_most=3), 4) == [0, 1, 2, 4]


HARBOUR = [
    "The town council approved a plan on Monday to rebuild the harbour wall that the winter "
    "storms broke in two places.",
    "The work will start in March and should be finished before the fishing season begins in "
    "the autumn, the council said.",
    "Boats will use the north quay while the harbour is closed, and the ferry will stop at the "
    "beach pier instead.",
    "“We will build it,” council leader Ines Varga said.",
    "“It will be the strongest harbour wall on the whole coast and it will bring the fishing "
    "boats and the harbour trade back to the town for good.”",
    "The harbour wall will cost the town about four million euros, most of it from a loan.",
]


def test_a_quotation_going_on_from_a_sentence_not_chosen_waits_for_it() -> None:
    summarizer = build_summarizer("default", "en")
    tokenizer = OfflineTokenizer("en")
    document = Document([Paragraph([Sentence(p, tokenizer)]) for p in HARBOUR])
    picked = [HARBOUR.index(str(s)) for s in summarizer(document, 4)]
    assert picked == [0, 1, 2, 5]
    summarizer.params = replace(fitted(), wait_most=0)
    document = Document([Paragraph([Sentence(p, tokenizer)]) for p in HARBOUR])
    assert [HARBOUR.index(str(s)) for s in summarizer(document, 4)] == [0, 1, 2, 4]


# -- an epigraph and its credit line ---------------------------------------------------------------

REVIEW = [
    "I never wanted to be famous. I only wanted to be remembered by the people on my street, "
    "and maybe by the man who sold me my first guitar when I was eleven.\n"
    "—Letter of the painter Tove Brandt to her sister, 4 May 1961",
    "The new film about Tove Brandt follows the painter through the one summer she spent in "
    "a fishing village before her first exhibition in the capital.",
    "Director Ola Berg shot most of the film on the island where Brandt painted, with local "
    "fishers playing the villagers who sat for her portraits.",
    "The result is a quiet and patient film that trusts its audience to notice the small "
    "changes in the painter's work from one week to the next.",
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("—Letter of the painter Tove Brandt to her sister, 4 May 1961", True),
        ("— Tove Brandt", True),
        ("- REUTERS", True),
        ("— The painter left the village in the autumn of 1961.", False),  # a sentence
        ("- Tove Brandt is best known for her portraits of fishers", False),  # a bullet
        ("Tove Brandt", False),
    ],
)
def test_a_line_crediting_a_quotation(sentence: str, expected: bool) -> None:
    assert is_credit_line(sentence) is expected


def test_an_epigraph_and_its_credit_line_do_not_open_the_summary() -> None:
    epigraph, credit = REVIEW[0].split("\n")
    assert credited([[epigraph], [credit], [REVIEW[1]]]) == [True, True, False]
    assert credited([[epigraph, credit], [REVIEW[1]]]) == [True, True, False]  # run together
    assert credited([[REVIEW[1]], [REVIEW[2]], [REVIEW[3]], [epigraph, credit]]) == [
        False,
        False,
        False,
        False,
        True,
    ]  # far down the page a credit line is furniture; what it credits stays
    texts = _summary(REVIEW, 3)
    assert not any("remembered" in t or "Letter of" in t for t in texts)
    assert texts[0].startswith("The new film about Tove Brandt")


def test_a_quotation_with_no_speaker_near_it_is_no_lead_sentence() -> None:
    opening = "“We will never forget the night the harbour wall broke and the sea came in.”"
    texts = _summary([opening, *HARBOUR[:3], HARBOUR[5]], 3)
    assert texts == HARBOUR[:3]


def test_quotations_that_no_one_is_named_for_bring_no_speaker_along() -> None:
    paragraphs = [
        HARBOUR[0],
        "“We have waited for this wall for far too long, and every winter it got worse.”",
        "“Now the boats can stay in the harbour all year round, whatever the weather does.”",
        *HARBOUR[1:3],
        HARBOUR[5],
    ]
    assert _summary(paragraphs, 3) == [HARBOUR[0], *HARBOUR[1:3]]


# ---------------------------------------------- a sentence announcing what follows is no gist


@pytest.mark.parametrize(
    "announcer",
    [
        "Here are the five most successful winners of the contest so far.",
        "Here's how the winners of the contest have done since their finals.",
    ],
)
def test_a_sentence_announcing_a_list_is_not_chosen(announcer: str) -> None:
    text = (
        "The singing contest crowned its tenth winner on Tuesday night in Leeds.\n\n"
        f"{announcer}\n\n"
        "Mara Quell, who won the first series, has sold two million records since.\n\n"
        "Tom Ashby, the fourth winner, now runs a music school in his home town.\n\n"
        "The show's producers say a new series will start filming in the spring."
    )
    summary = summarize(
        Article(text=text, title="Contest crowns tenth winner"),
        SummaryOptions(sentences=3, language="en"),
    )
    assert announcer not in summary.text
    assert "Mara Quell" in summary.text
