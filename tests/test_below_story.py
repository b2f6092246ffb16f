"""Reading L's kinds (session 10, third pass): a site's menu taken for the story's text, readers'
comments and a gallery of other items under the story, a featured readers' comment boxed
above it, a tags-and-share line glued to the last
sentence, a box's heading taken for the title, a dateline with a postal state code. Pages and
texts are our own.
"""

from __future__ import annotations

import pytest

from summarizer.models import GistOptions
from summarizer.pipeline import make_gist
from summarizer.text.below_story import comments_start, gallery_start
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page

STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier at Port Ellis for a year of"
    " repairs, after divers found the wooden piles rotten below the waterline.\n\n"
    "Ferries will use the new terminal on the north shore while the work goes on, the board"
    " said, and timetables will not change for the island's commuters or visitors.\n\n"
    "The pier opened in 1910 and has carried ferries to the island ever since; the repairs will"
    " cost about four million dollars, shared by the town and the province.\n\n"
    "Divers will check the other piers in the harbour next spring, and the board will publish"
    " their report in the summer, when the tourist season begins in earnest.\n\n"
    "Ann Lee, who chairs the board, said the town had put off the work for too long and could"
    " not wait another winter."
)
LAST = "could not wait another winter."
COMMENT_A = "About time they fixed that pier, it has been falling apart for years and nobody cared."
COMMENT_B = "What about people who walk to the ferry every morning? The new terminal is miles away."


def _text(extra: str) -> str:
    return "Harbour pier to close\n\n" + STORY + extra


# Readers' comments


@pytest.mark.parametrize(
    "thread",
    [
        # each part a line of its own: heading, user, age, comment, actions
        f"\n\n3 comments\n\nharbourfan22\n\n3 hours ago\n\n{COMMENT_A}\n\nReply Report"
        f"\n\nEllisMum\n\n5 hours ago\n\n{COMMENT_B}\n\nReply | Report | 12 likes",
        # user, age, comment and actions in one paragraph
        f"\n\nharbourfan22 wrote 3 hours ago: {COMMENT_A} Reply Report"
        f"\n\nEllisMum 5 hours ago {COMMENT_B} Like · Reply · 3",
    ],
)
def test_a_comment_thread_under_the_story_goes(thread: str) -> None:
    text = clean_text(_text(thread)).text
    assert text.endswith(LAST)
    assert "pier, it has been falling" not in text and "harbourfan22" not in text


def test_comments_stay_out_of_the_summary() -> None:
    thread = (
        f"\n\nharbourfan22\n\n3 hours ago\n\n{COMMENT_A}\n\nReply Report"
        f"\n\nEllisMum\n\n5 hours ago\n\n{COMMENT_B}\n\nReply Report"
    )
    gist = make_gist(clean_text(_text(thread)), GistOptions())
    assert all("ferry every morning" not in s.text for s in gist.summary.sentences)
    assert all("falling apart" not in s.text for s in gist.summary.sentences)


def test_one_reply_in_the_story_is_no_thread() -> None:
    units = [*STORY.split("\n\n"), "Readers can reply to the board until Friday. Reply Report"]
    assert comments_start(units) == len(units)


def test_a_thread_with_no_story_above_it_is_not_cut() -> None:
    units = ["harbourfan22", "3 hours ago", COMMENT_A, "Reply Report", COMMENT_B, "Reply Report"]
    assert comments_start(units) == len(units)


# A featured readers' comment boxed above the story

FEATURED = '"About time they fixed that pier, it has been falling apart for years."'


@pytest.mark.parametrize(
    "box",
    [
        f"Your Say: {FEATURED} - harbourfan22 ",  # glued to the story's first sentence
        f"Your Say\n\n{FEATURED} - harbourfan22\n\n",
        f"Featured comment\n\n{FEATURED} harbourfan22 ",
    ],
)
def test_a_featured_comment_above_the_story_goes(box: str) -> None:
    text = clean_text("Harbour pier to close\n\n" + box + STORY).text
    assert text.startswith("The harbour board voted on Tuesday")
    assert "About time" not in text and "harbourfan22" not in text


def test_a_comments_heading_over_no_quote_leaves_the_story() -> None:
    text = clean_text("Harbour pier to close\n\nYour Say\n\nThe board met. " + STORY).text
    assert "The board met. The harbour board voted" in text


def test_a_plain_comments_heading_is_no_featured_box() -> None:
    quote = '"We will fix it." Lee Smith said the board would meet again on Friday morning.'
    text = clean_text("Harbour pier to close\n\nComments\n\n" + quote + "\n\n" + STORY).text
    assert "Lee Smith said" in text


# A gallery of other items

GALLERY = (
    "\n\nMore celebrity homes\n\n"
    "Photo 1 of 4 Lakeside retreat: The singer Ann Vale bought this six-bedroom house on Lake Orr"
    " in 2015 for nine million dollars.\n\n"
    "Photo 2 of 4 City loft: The actor Tom Reed lives in a converted warehouse with a rooftop"
    " garden overlooking the river.\n\n"
    "Photo 3 of 4 Desert ranch: The golfer Lee Park keeps horses on his ranch outside Tucson,"
    " where he spends the winters.\n\n"
    "Photo 4 of 4 Island villa: The chef Mia Cole rents out her villa on the coast when she is"
    " away filming her show."
)


def test_a_gallery_of_other_items_after_the_story_goes() -> None:
    text = clean_text(_text(GALLERY)).text
    assert text.endswith(LAST)
    assert "celebrity" not in text and "Tucson" not in text


def test_a_gallery_that_is_the_whole_text_stays() -> None:
    text = clean_text("Celebrity homes" + GALLERY).text
    assert "Tucson" in text and "Island villa" in text


def test_counters_that_do_not_count_up_are_no_gallery() -> None:
    units = [*STORY.split("\n\n"), "3 of 4 voted yes.", "2 of 4 voted no.", "1 of 4 abstained."]
    assert gallery_start(units) == len(units)


# A tags-and-share line


@pytest.mark.parametrize(
    "tail",
    [
        " Tags: harbour, ferries, Port Ellis Share this: Facebook Twitter Email",
        " Share this: Facebook Twitter Email",
        " Filed under: Harbour, Ferries",
    ],
)
def test_a_tags_and_share_line_glued_to_the_last_sentence_goes(tail: str) -> None:
    assert clean_text(_text(tail)).text.endswith(LAST)


def test_a_label_followed_by_sentences_stays() -> None:
    unit = "Topics: the board met on Monday. The mayor spoke about the pier for an hour."
    assert strip_furniture(unit) == [unit]


# A dateline with a postal state code


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("SPRINGFIELD, IL. (AP) - ", "SPRINGFIELD, IL. (AP)"),
        ("SPRINGFIELD, ILL. (AP) - ", "SPRINGFIELD, ILL. (AP)"),
        ("SPRINGFIELD, IL, Jan. 14 (AP) - ", "SPRINGFIELD, IL, Jan. 14 (AP)"),
        ("SPRINGFIELD, Ill., Jan. 14 (AP) -- ", "SPRINGFIELD, Ill., Jan. 14 (AP)"),
        ("Springfield, IL - ", "Springfield, IL"),
        ("SPRINGFIELD, IL (AP) - ", "SPRINGFIELD, IL (AP)"),  # taken before too
        ("PORTLAND, Ore. (AP) - ", "PORTLAND, Ore. (AP)"),  # taken before too
    ],
)
def test_a_dateline_with_a_state_code_is_a_line_of_its_own(head: str, line: str) -> None:
    sentence = "The council voted on Tuesday to close the old pier for repairs."
    assert strip_furniture(head + sentence) == [line, sentence]


def test_a_name_and_a_degree_are_no_dateline() -> None:
    unit = "Ann Lee, MD said the council voted on Tuesday to close the old pier."
    assert strip_furniture(unit) == [unit]


# A site's menu taken for the story's text


def test_a_story_in_a_comment_classed_box_beats_the_menu() -> None:
    """trafilatura drops a "comment-body" box; with recall, only the menu and a sidebar's list
    of film titles are left: the story is looked for with the comments' blocks too."""
    url = "https://www.valleyscreen.example/news/harbour-pier"
    article = extract_article(html_page(page("story_in_comment_box"), url=url))
    assert article.text.startswith("The harbour board voted on Tuesday")
    assert "Night Ferry to Ellis" not in article.text and "Television" not in article.text


# A box's heading taken for the title


def test_a_sidebar_box_heading_is_not_the_title() -> None:
    url = "https://www.valleygazette.example/sports/eagles-sign-reed"
    article = extract_article(html_page(page("box_heading_title"), url=url))
    assert article.title == "Eagles sign goalkeeper from Port Rovers on a two-year deal"


_PARAS = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
_HEADLINE = "Harbour board closes old ferry pier for a year"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "<title>Valley Gazette</title>",
            f"<div class='story'><h2>{_HEADLINE}</h2>{_PARAS}<h1>Tags</h1>"
            "<p><a href='/t/1'>harbour</a></p></div>",
        ),
        (
            "",
            f"<div class='story'><h3>{_HEADLINE}</h3>{_PARAS}</div><div id='respond'>"
            "<h2>Leave a Comment</h2><form><textarea></textarea></form></div>",
        ),
        (
            f"<title>{_HEADLINE} | Valley Gazette</title>",
            "<div class='side'><h1>In This Section</h1><ul><li><a href='/a'>Council news</a>"
            f"</li></ul></div><div class='story'>{_PARAS}</div>",
        ),
    ],
)
def test_box_headings_give_way_to_the_headline(head: str, body: str) -> None:
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav>{body}</body></html>"
    )
    url = "https://www.valleygazette.example/news/123"
    assert extract_article(html_page(html, url=url)).title == _HEADLINE
