"""Page kinds (`summary.page_kind`, `summary.page_picks`): a numbered list's summary names its
items, and news (a review included) keeps its lead. Texts written for these tests."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.summary.algorithms import build_summarizer
from summarizer.summary.core import build_document, summarize
from summarizer.summary.page_kind import PageKind, numbered_items, read_page
from summarizer.summary.page_picks import WEAK_BELOW
from summarizer.text.tokenize import OfflineTokenizer

LIST_PARAGRAPHS = [
    "The new host of the breakfast show starts on Monday, and listeners who know him only from "
    "the late shift are in for a few surprises about the man behind the microphone.",
    "1. He was born in a lighthouse. His father kept the light on the northern coast for "
    "twenty years, and the family lived in the tower until he was twelve.",
    "2. He once ran a bakery. Before radio he spent three years making bread in a small shop "
    "in the old town, starting every morning at four o'clock.",
    "3. He plays the trumpet in a brass band. The band plays at weddings and fairs across the "
    "county, and he has never missed a rehearsal in nine years.",
    "4. He has climbed every mountain in the country. It took him eleven summers and two pairs "
    "of boots, and he wrote a small guide book about the walks.",
    "His first guest on Monday will be the mayor, who has promised to bring a cake from the "
    "bakery where it all started for the host many years ago.",
]
LIST_ITEMS = (
    "1. He was born in a lighthouse.",
    "2. He once ran a bakery.",
    "3. He plays the trumpet in a brass band.",
)

HEADING_LIST_PARAGRAPHS = [
    "Five singers have won the talent show since it began, and three of them still fill "
    "concert halls across the country every single season.",
    "1. Anna Berg",
    "The first winner signed a record deal within a week of the final and has released four "
    "albums since then, all of them in the top ten.",
    "2. Carl Moss",
    "The second winner was only seventeen when he won, and he went on to write songs for other "
    "singers as well as for himself.",
    "3. Dana Hill",
    "The third winner left music for two years to finish her studies before returning with an "
    "album that sold half a million copies.",
    "These winners show that the show can launch careers that last long after the final night "
    "and the confetti have been forgotten.",
]

NEWS_PARAGRAPHS = [
    "The city council voted on Tuesday to close two public libraries at the end of the year, "
    "ending a long dispute over the cost of repairs to the buildings.",
    "Councillors approved the plan by eleven votes to seven after a debate that lasted more "
    "than four hours and drew a crowd of protesters to the town hall.",
    "The libraries, both built in the 1930s, need new roofs and heating systems that would "
    "cost more than two million pounds, according to a council report.",
    "The council said four out of five visitors already use the central library, which will "
    "extend its opening hours from January to take in the extra readers.",
    "Protesters said the closures would hit older residents and schoolchildren hardest, and "
    "promised to ask the courts to look at the decision again.",
    "A spokesman for the council said the savings would be spent on the central library and on "
    "a mobile library that will visit the two neighbourhoods every week.",
    "1. Police name man found in river",
    "2. School wins national chess title",
    "3. Roadworks to close bridge for a month",
]


def _article(paragraphs: list[str], title: str | None = None, url: str | None = None) -> Article:
    return Article(text="\n\n".join(paragraphs), title=title, url=url)


def _texts(article: Article) -> list[str]:
    return [s.text for s in summarize(article).sentences]


def test_list_summary_names_its_items() -> None:
    article = _article(LIST_PARAGRAPHS, title="4 things to know about the new breakfast host")
    reading = read_page(article.paragraphs, article.title)
    assert reading.kind is PageKind.LIST and reading.items == (1, 2, 3, 4)
    texts = _texts(article)
    assert texts[0] == LIST_PARAGRAPHS[0]
    for item in LIST_ITEMS:
        assert item in texts


def test_heading_items_show_their_heading() -> None:
    article = _article(HEADING_LIST_PARAGRAPHS, title="The most successful winners of the show")
    texts = _texts(article)
    assert any(t.startswith("1. Anna Berg: The first winner signed") for t in texts)
    assert any(t.startswith("2. Carl Moss: The second winner") for t in texts)


def test_a_heading_with_its_own_colon_takes_a_dash() -> None:
    paragraphs = [p.replace("Anna Berg", "Anna Berg: Singer") for p in HEADING_LIST_PARAGRAPHS]
    texts = _texts(_article(paragraphs, title="The most successful winners of the show"))
    assert any(t.startswith("1. Anna Berg: Singer — The first winner signed") for t in texts)


def test_news_keeps_its_lead() -> None:
    """A numbered list of links at the end makes no list: the summary is the lead, as before."""
    article = _article(NEWS_PARAGRAPHS, title="Council orders review as two libraries close")
    assert read_page(article.paragraphs, article.title).kind is PageKind.NEWS
    assert _texts(article) == NEWS_PARAGRAPHS[:3]


def test_numbered_runs_need_prose() -> None:
    links = ["1. Police name man", "2. School wins title", "3. Bridge to close"]
    assert numbered_items(links) == ()
    times = ["8.45am - it begins", "9.31am - the middle", "10.41am - it is over"]
    assert numbered_items(times) == ()
    assert numbered_items(LIST_PARAGRAPHS) == (1, 2, 3, 4)


def test_other_languages_are_news() -> None:
    assert read_page(LIST_PARAGRAPHS, "4 things", language="de").kind is PageKind.NEWS


def test_weak_threshold_splits_the_rankings_ratings() -> None:
    """WEAK_BELOW sits between the `default` ratings of weak sentences (a byline, a question, a
    fragment) and those of good ones."""
    tokenizer = OfflineTokenizer("en")
    asked = "Readers at the meeting asked one thing again and again. What happens to the books?"
    document = build_document(_article([*NEWS_PARAGRAPHS[:6], asked]), tokenizer)
    summarizer = build_summarizer("default", "en")
    ratings = summarizer.rate_sentences(document)
    by_text = {str(s): r for s, r in ratings.items()}
    assert by_text["What happens to the books?"] < WEAK_BELOW
    assert all(by_text[p] > WEAK_BELOW for p in NEWS_PARAGRAPHS[:6])
