"""A story's first paragraph set outside `<p>` is kept (summarizer/web/lede.py): a bold run
before `<br>`-separated paragraphs, an intro `<div>`, loose text after a photo box, a lede in a
wrapper that readability weighs down by its class ("media"). Pages written for these tests."""

from __future__ import annotations

import lxml.html
import pytest

from summarizer.models import Page
from summarizer.web.extract import extract_article
from summarizer.web.lede import recover_lede

URL = "https://gazette.example/news/island-ferry"
TITLE = "Island to get new car ferry next summer"
LEDE = (
    "A new car ferry will link the island of Marrow to the mainland from next summer, the "
    "regional council announced on Monday."
)
STORY = [
    "The council said the new ferry would carry up to two hundred passengers and forty cars on "
    "each crossing of the sound.",
    "Work on the landing stages at both ends of the route is due to begin in the spring, "
    "weather permitting.",
    "Residents of the island have asked for a faster link for years, saying the old boat "
    "breaks down too often in winter.",
    "A spokesman for the operator said fares would stay at their current level until at least "
    "the end of next year.",
    "The harbour master welcomed the plan but warned that the channel would need dredging "
    "before the larger vessel can use it.",
]
# The site's own `<p>` text elsewhere on the page: with this much of it, trafilatura's
# precision pass reads only `<p>`s and drops the text a `<div>` holds itself.
FOOTER = "".join(
    f"<p>Our newsroom in the valley has covered local politics, schools and weather for more "
    f"than forty years, and note {i} of this column tells readers how to reach us.</p>"
    for i in range(3)
)


def shell(story: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{TITLE} - Valley Gazette</title></head>'
        f'<body><div id="page"><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div id="main"><h1>{TITLE}</h1>{story}</div><div id="footer">{FOOTER}</div></div>'
        "</body></html>"
    )


def bold_lede_then_breaks() -> str:
    rest = "<br><br>".join(STORY)
    return shell(f'<div id="articlecontent"><strong>{LEDE}<br></strong><br>{rest}</div>')


def intro_div() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return shell(
        '<div id="article-body"><div class="media-caption">The old ferry at the Marrow landing '
        f'stage in a winter storm / Valley Photos</div><div id="article-intro">{LEDE}</div>'
        f"{paragraphs}</div>"
    )


def lede_in_media_wrapper() -> str:
    # The story's first `<article>` is another story's teaser card: trafilatura finds little
    # there and takes readability's text, which drops the "media" wrapper round the lede.
    teaser = (
        '<article class="card"><h3><a href="/other">Bridge repairs to close the coast road for '
        "a week in March</a></h3></article>"
    )
    divs = "".join(f'<div class="body-paragraph">{p}</div>' for p in STORY * 2)
    return shell(
        f'{teaser}<div class="story-body"><div class="container"><div class="media-box '
        f'media-box--sourced"><p class="body-paragraph"><cite>(Wire)</cite>{LEDE}</p></div>'
        f"{divs}</div></div>"
    )


def loose_lede_after_photo() -> str:
    paragraphs = "".join(f"<P>{p}</P>" for p in STORY)
    return shell(
        '<div class="content"><div class="pic"><img src="ferry.jpg"><span>Ferry pic</span>'
        f"</div>\n{LEDE} {paragraphs}</div>"
    )


@pytest.mark.parametrize(
    "html", [bold_lede_then_breaks, intro_div, lede_in_media_wrapper, loose_lede_after_photo]
)
def test_the_lede_set_outside_a_paragraph_is_kept_first(html) -> None:
    data = html().encode("utf-8")
    article = extract_article(Page(URL, URL, 200, "text/html", data, "utf-8", {}))
    paragraphs = article.paragraphs
    first = next(i for i, p in enumerate(paragraphs) if "new car ferry will link" in p)
    assert paragraphs[first].endswith(LEDE)
    assert paragraphs[first + 1] == STORY[0]
    assert article.text.count("new car ferry will link") == 1


# -- recover_lede on its own: what is never put back ----------------------------------------------


def recovered(body: str, paragraphs: list[str], titles: tuple[str, ...] = ()) -> list[str]:
    tree = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    return recover_lede(tree, paragraphs, titles=titles, known=frozenset())


STORY_HTML = "".join(f"<p>{p}</p>" for p in STORY)


def test_the_lede_goes_after_a_kept_date_line() -> None:
    body = f'<div id="c">Friday, 9 May<br><b>{LEDE}</b><br><br>{"<br><br>".join(STORY)}</div>'
    got = recovered(body, ["Friday, 9 May", *STORY])
    assert got == ["Friday, 9 May", LEDE, *STORY]


def test_the_lede_goes_before_a_short_kept_line_under_it() -> None:
    body = f'<div id="c"><div class="lede-box"><p>{LEDE}</p></div><div>It was late.</div>'
    body += "".join(f"<div>{p}</div>" for p in STORY) + "</div>"
    assert recovered(body, ["It was late.", *STORY]) == [LEDE, "It was late.", *STORY]


def test_a_headline_glued_before_the_standfirst_is_cut_off() -> None:
    body = f'<div class="a"><span>{TITLE}</span> <span>{LEDE}</span><div>{STORY_HTML}</div></div>'
    assert recovered(body, STORY, (TITLE,)) == [LEDE, *STORY]


@pytest.mark.parametrize(
    "before",
    [
        f'<div class="photo-caption">{LEDE}</div>',  # a caption that reads as a sentence
        f'<div><a href="/other-story">{LEDE}</a></div>',  # another story's teaser
        f"<h2>{LEDE}</h2>",  # a standfirst set as a heading
        f"<ul><li>{LEDE}</li></ul>",  # a highlights list
        "<div>Marrow Ferry Company Limited, Unit Four, Harbour Road, Marrow Island, Valley "
        "County.</div>",  # an address: mostly capitalised words
        "<div>By Ann Lee, transport reporter</div>",  # a byline: too short, no sentence
        "<div>The ferry is late again today.</div>",  # a sentence too short for a paragraph
    ],
)
def test_what_is_not_a_lede_is_not_put_back(before: str) -> None:
    assert recovered(f'<div class="story">{before}{STORY_HTML}</div>', STORY) == STORY


def test_text_in_another_column_far_from_the_story_is_not_put_back() -> None:
    side = f'<div id="side"><div><div><div><span>{LEDE}</span></div></div></div></div>'
    story = f'<div id="main"><div><div><div class="story">{STORY_HTML}</div></div></div></div>'
    assert recovered(f"{side}{story}", STORY) == STORY


def test_a_lede_already_kept_elsewhere_is_not_doubled() -> None:
    body = f'<div class="story"><div class="intro">{LEDE}</div>{STORY_HTML}</div>'
    assert recovered(body, [*STORY, LEDE]) == [*STORY, LEDE]
