"""Extraction from Pages built from our own test pages: text, metadata, charsets, refusals."""

from __future__ import annotations

import pickle
import socket
from pathlib import Path

import lxml.etree
import pytest

from summarizer.errors import ExtractionError, NotAnArticleError, UnsupportedContentError
from summarizer.text.cleanup import clean_article
from summarizer.text.tokenize import split_into_sentences
from summarizer.web.body import paragraphs as body_paragraphs
from summarizer.web.decode import decode
from summarizer.web.extract import extract_article, local_article, word_count
from summarizer.web.fetch import Fetcher, FetchPolicy, Page
from summarizer.web.pdf import split_paragraphs
from tests.pages import make_pdf, page

URL = "https://ledger.example/energy/tidal-power-harbour?utm_source=feed"


def html_page(
    body: bytes | str,
    *,
    url: str = URL,
    content_type: str = "text/html",
    charset: str | None = "utf-8",
    headers: dict[str, str] | None = None,
) -> Page:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Page(url, url, 200, content_type, data, charset, headers or {})


def test_a_plain_article_with_metadata() -> None:
    article = extract_article(html_page(page("article")))
    assert article.title == "Harbour town bets on tidal power after a decade of debate"
    assert article.author == "Marta Ellingsen"
    assert article.published == "2025-03-14"
    assert article.site_name == "The Coastal Ledger"
    assert article.language == "en"
    assert article.canonical_url == "https://ledger.example/energy/tidal-power-harbour"
    assert article.url == URL
    paragraphs = article.paragraphs
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("The council of Brenvik voted on Thursday")
    assert paragraphs[-1].endswith("among the strongest on this stretch of coast.")
    assert "\n\n" in article.text and "\n\n\n" not in article.text
    assert article.title not in article.text
    assert "By Marta Ellingsen" not in article.text
    assert pickle.loads(pickle.dumps(article)) == article


def test_navigation_comments_and_related_links_are_left_out() -> None:
    article = extract_article(html_page(page("cluttered")))
    assert article.title == "Night trains return to the northern line"
    assert article.paragraphs[0].startswith("After an absence of nearly twelve years")
    assert article.paragraphs[-1].startswith("The transport ministry has promised")
    for clutter in (
        "Timetables", "Most read", "Ten stations", "mark my words", "bicycle spaces",
        "Related stories", "Sleeper services across Europe", "All rights reserved", "cookies",
    ):  # fmt: skip
        assert clutter not in article.text


def test_the_canonical_url_of_an_amp_page() -> None:
    amp_url = "https://amp.greenquarter.example/amp/environment/tree-map.html?amp=1"
    article = extract_article(html_page(page("amp"), url=amp_url))
    assert article.canonical_url == "https://amp.greenquarter.example/environment/tree-map.html"
    assert article.url == amp_url
    assert article.site_name == "Green Quarter News"


def test_a_page_cannot_claim_another_sites_url_as_canonical() -> None:
    html = page("article").replace(
        "https://ledger.example/energy/tidal-power-harbour?utm_source=feed",
        "https://victim.example/some/other/story",
    )
    article = extract_article(html_page(html))
    assert article.canonical_url == "https://ledger.example/energy/tidal-power-harbour"


@pytest.mark.parametrize(
    ("header_charset", "keep_meta"),
    [
        ("windows-1251", True),  # honest header
        (None, True),  # only the page's http-equiv
        ("utf-8", True),  # the header lies (fails to decode), the page is right
        ("iso-8859-1", True),  # the server's Latin-1 default vs the page's own declaration
        (None, False),  # nothing declared: detection
    ],
)
def test_windows_1251_without_mojibake(header_charset: str | None, keep_meta: bool) -> None:
    html = page("russian")
    if not keep_meta:
        html = html.replace(
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', ""
        )
    article = extract_article(html_page(html.encode("cp1251"), charset=header_charset))
    assert article.title == "В городской библиотеке открыли зал для ночного чтения"
    assert "Центральная городская библиотека впервые" in article.text
    assert "«Мы сначала сомневались" in article.text
    assert article.language == "ru"
    assert article.site_name == "Вечерний вестник"


@pytest.mark.parametrize(
    ("header_charset", "keep_meta"),
    [("Shift_JIS", True), (None, True), ("utf-8", False), (None, False)],
)
def test_shift_jis_without_mojibake(header_charset: str | None, keep_meta: bool) -> None:
    html = page("japanese")
    if not keep_meta:
        html = html.replace('<meta charset="Shift_JIS">', "")
    article = extract_article(html_page(html.encode("shift_jis"), charset=header_charset))
    assert article.title == "山あいの小さな村で無人の野菜販売所が人気に"
    assert "無人の野菜販売所が話題になっている" in article.text
    assert "山田花子さん" in article.text
    assert article.language == "ja"


def test_xhtml_with_an_xml_declaration() -> None:
    xhtml = page("article").replace(
        "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>'
    )
    article = extract_article(html_page(xhtml, content_type="application/xhtml+xml"))
    assert article.paragraphs[0].startswith("The council of Brenvik")


def test_html_served_without_a_content_type_is_sniffed() -> None:
    article = extract_article(html_page(page("article"), content_type="", charset=None))
    assert article.title == "Harbour town bets on tidal power after a decade of debate"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("paywall", "paywall"),
        ("consent", "cookie consent"),
        ("app_shell", "JavaScript"),
        ("front_page", "list of links"),
        ("link_list", "list of links"),  # one list of headlines, read as one run-on paragraph
    ],
)
def test_pages_that_are_not_articles(name: str, reason: str) -> None:
    with pytest.raises(NotAnArticleError) as info:
        extract_article(html_page(page(name)))
    assert reason in info.value.message


def test_a_paywall_flag_alone_does_not_refuse_a_full_article() -> None:
    """Sites often serve the full text with isAccessibleForFree=false: summarize it."""
    html = page("article").replace(
        "</head>",
        '<script type="application/ld+json">{"isAccessibleForFree": false}</script></head>',
    )
    article = extract_article(html_page(html))
    assert len(article.paragraphs) == 8


@pytest.mark.parametrize(
    ("name", "first_words"),
    [
        ("piano_flyout", "The public library on Mill Street reopened"),
        ("login_header", "The ferry company will run fewer crossings"),
    ],
)
def test_paywall_class_names_alone_do_not_refuse_a_short_complete_article(
    name: str, first_words: str
) -> None:
    """A `piano-flyout` container or a `paywall-…` login widget in the site header is chrome that
    free articles carry too; these complete articles are under the teaser length."""
    article = extract_article(html_page(page(name)))
    assert article.paragraphs[0].startswith(first_words)
    assert len(article.paragraphs) == 4
    assert "subscriber" not in article.text


def test_the_free_flag_with_a_teaser_length_body_is_refused() -> None:
    """isAccessibleForFree false plus only a teaser: no class name or wording needed."""
    with pytest.raises(NotAnArticleError) as info:
        extract_article(html_page(page("paywall_flag_teaser")))
    assert "paywall" in info.value.message


def test_text_loose_after_a_heading_is_kept() -> None:
    """trafilatura leaves text that follows a subheading without a <p> as the heading's tail;
    the subheadings between the paragraphs stay too, each a line of its own."""
    paragraphs = extract_article(html_page(page("deals_tails"))).paragraphs
    assert paragraphs[1:6] == [
        "A kettle that remembers the temperature",
        paragraphs[2],
        "Price",
        paragraphs[4],
        "A scale that fits in a drawer",
    ]
    assert paragraphs[2].startswith("Green tea wants cooler water than black tea")
    assert paragraphs[4].startswith("It usually sells for sixty dollars")
    assert paragraphs[6].startswith("The scale is as thin as a chopping board")
    assert paragraphs[8].startswith("Press the top and it grinds")
    assert len(paragraphs) == 10


def test_lines_broken_by_br_end_their_sentence_unless_the_next_continues_it() -> None:
    article = clean_article(extract_article(html_page(page("line_breaks"))))
    sentences = [s for p in article.paragraphs for s in split_into_sentences(p)]
    for line in (
        "My first date was in the back row of the Regal",
        "We saw a western and neither of us watched it",
        "Margaret, from the harbour side",
        "The reels were heavy and the booth was hot",
    ):
        assert line in sentences
    assert (
        "The cinema was never just a place to watch films, because on winter afternoons it was"
        " the only warm room in town that did not ask you to buy anything, and the owner let"
        " pensioners sit through the matinee twice."
    ) in sentences


def test_a_short_page_is_not_an_article() -> None:
    html = (
        "<html><body><article><p>Short note: the shop is closed today.</p></article></body></html>"
    )
    with pytest.raises(NotAnArticleError):
        extract_article(html_page(html))


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png", "an image (image/png)"),
        (b"GIF89a" + bytes(100), "text/html", "an image (image/gif)"),
        (b"PK\x03\x04" + bytes(100), "application/octet-stream", "an archive (application/zip)"),
        (b"ID3\x04\x00" + bytes(100), "", "an audio file (audio/mpeg)"),
        (b"\x1aE\xdf\xa3" + bytes(100), "video/webm", "a video (video/webm)"),
        (b"\x7fELF" + bytes(100), "", "a file"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "text/xml", "a news feed"),
    ],
)
def test_binaries_are_refused_by_what_they_are(body: bytes, content_type: str, words: str) -> None:
    with pytest.raises(UnsupportedContentError) as info:
        extract_article(html_page(body, content_type=content_type, charset=None))
    assert words in info.value.message
    assert info.value.message.endswith("not an article.")


PLAIN = """A quiet revolution in the school canteen

When the primary school in the valley replaced its deep fryer with a
vegetable garden, parents expected the children to complain. Instead,
the pupils started asking for second helpings of soup.

The head cook, who has worked in the kitchen for nineteen years, says the
change took patience. Children were invited to plant, water and harvest
the vegetables themselves, and each class had its own bed of beans,
carrots or potatoes.

Three years later the school buys about a third less food from outside
suppliers, and food waste has fallen by half. Other schools in the region
have sent their cooks to learn how it was done.
"""


def test_plain_text_articles() -> None:
    article = extract_article(html_page(PLAIN, content_type="text/plain"))
    assert article.title == "A quiet revolution in the school canteen"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith(
        "When the primary school in the valley replaced its deep fryer with a vegetable"
    )


LIGHTHOUSE = [
    "For almost a century the island lighthouse was run by two families who",
    "took turns living on the rock, six weeks on and six weeks off.",
    "When the light was automated in 1994, both families were offered",
    "jobs on the mainland, but neither of them wanted to leave.",
    "Today the keepers' cottages are a small museum that opens in summer.",
    "Visitors arrive by a boat that runs twice a day when the sea is calm,",
    "and the grandchildren of the last keepers still give the guided tours.",
    "They say the hardest part of the old job was not the loneliness but",
    "the noise of the wind, which never stopped for more than a few hours.",
]


def test_pdf_text_is_extracted_into_paragraphs() -> None:
    pdf = make_pdf(["Why the lighthouse keepers stayed", "", *LIGHTHOUSE])
    article = extract_article(html_page(pdf, content_type="application/pdf", charset=None))
    assert article.title == "Why the lighthouse keepers stayed"
    assert article.paragraphs == [
        " ".join(LIGHTHOUSE[:4]),
        " ".join(LIGHTHOUSE[4:]),
    ]


def test_pdf_title_from_metadata_and_sniffed_without_a_header() -> None:
    pdf = make_pdf(LIGHTHOUSE, title="Keepers of the light")
    article = extract_article(html_page(pdf, content_type="", charset=None))
    assert article.title == "Keepers of the light"
    assert article.text.startswith("For almost a century")


def test_a_broken_pdf_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError):
        extract_article(html_page(b"%PDF-1.4\n garbage \n", content_type="application/pdf"))


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    for name in ("article", "cluttered", "amp"):
        assert extract_article(html_page(page(name))).text


def test_word_count_handles_scripts_without_spaces() -> None:
    assert word_count("one two three") == 3
    assert word_count("山あいの小さな村") == 4


def test_split_paragraphs_rewraps_hard_wrapped_text_without_blank_lines() -> None:
    text = "\n".join(LIGHTHOUSE)
    assert split_paragraphs(text) == [" ".join(LIGHTHOUSE[:4]), " ".join(LIGHTHOUSE[4:])]


async def test_served_pages_decode_end_to_end(http_server) -> None:
    """Bytes over a real socket, charset only in the page: no mojibake after the whole trip."""
    url = http_server.route("/ru", page("russian").encode("cp1251"), content_type="text/html")
    async with Fetcher(FetchPolicy(allow_private_networks=True)) as fetcher:
        fetched = await fetcher.fetch(url)
    assert fetched.charset is None
    assert "зал для ночного чтения" in extract_article(fetched).title


def test_an_article_about_cookie_banners_is_still_an_article() -> None:
    story = [
        "The data protection authority on Tuesday ordered four large websites to redesign their "
        "cookie banners within three months, saying visitors were being nudged into agreeing.",
        'Inspectors found that on all four sites a bright "accept all" button sat next to a pale '
        'link that led to several more pages of settings, while "reject all" was hidden.',
        "The authority said refusing tracking must be exactly as easy as allowing it. Sites that "
        "fail to comply face fines of up to two percent of their annual turnover in the country.",
        "Publishers argue that advertising pays for free journalism and that readers rarely read "
        "the banners anyway. Consumer groups welcomed the decision and said it was overdue.",
        "A spokesperson for one of the companies said it would study the order carefully and "
        "expected to make the requested changes before the deadline at the end of the summer.",
    ]
    html = "<html lang='en'><head><title>Regulator orders fairer cookie banners</title></head>"
    html += "<body><article><h1>Regulator orders fairer cookie banners</h1>"
    html += "".join(f"<p>{p}</p>" for p in story) + "</article></body></html>"
    article = extract_article(html_page(html))
    assert article.paragraphs == story


def test_a_table_that_is_the_content_is_kept_as_one_line_per_row() -> None:
    article = clean_article(extract_article(html_page(page("standings"))))
    paragraphs = article.paragraphs
    start = paragraphs.index("Pos | Team | Played | Points")
    assert paragraphs[start - 1].endswith("after the last round of games:")
    assert paragraphs[start + 1 : start + 5] == [
        "1 | Riverton | 30 | 67",
        "2 | Oakfield Rovers | 30 | 66",
        "3 | Harbour Town | 30 | 59",
        "4 | Millbrook | 30 | 51",
    ]
    assert paragraphs[start + 5].startswith("Oakfield had led the league since February")


def test_a_page_laid_out_in_a_table_gives_its_paragraphs_not_rows() -> None:
    paragraphs = extract_article(html_page(page("layout_table"))).paragraphs
    assert paragraphs[0].startswith("The island ferry will run four crossings a day")
    assert paragraphs[2].startswith("The summer timetable returns at the end of March")
    assert len(paragraphs) == 3


def test_body_tables_data_grid_as_rows_layout_cells_as_paragraphs() -> None:
    """trafilatura's XML as it comes with tables on: a price list, then a table of prose cells."""
    body = lxml.etree.fromstring(
        "<body><p>Prices at the market this week:</p>"
        "<table><row><cell role='head'>Item</cell><cell role='head'>Price</cell></row>"
        "<row><cell>Apples, per kilo</cell><cell>2.40</cell></row>"
        "<row><cell>Pears, per kilo</cell><cell>2.90</cell></row></table>"
        "<table><row><cell><p>The stall holders say the dry summer kept the fruit small.</p>"
        "</cell><cell><p>Next week the cheese sellers return after their holiday.</p></cell>"
        "</row></table></body>"
    )
    assert body_paragraphs(body) == [
        "Prices at the market this week:",
        "Item | Price",
        "Apples, per kilo | 2.40",
        "Pears, per kilo | 2.90",
        "The stall holders say the dry summer kept the fruit small.",
        "Next week the cheese sellers return after their holiday.",
    ]
    assert body_paragraphs(body, tables=False) == [
        "Prices at the market this week:",
        "The stall holders say the dry summer kept the fruit small.",
        "Next week the cheese sellers return after their holiday.",
    ]


def test_a_western_european_page_without_a_declared_charset_is_read_as_windows_1252() -> None:
    """No header charset, no <meta charset>: the bytes alone must give "mañana", not "mańana"."""
    body = page("spanish_no_charset").encode("cp1252")
    article = extract_article(html_page(body, charset=None))
    assert "una mañana de trabajo" in article.text
    assert "tres kilómetros" in article.text
    assert article.title == "El puerto reconstruirá su muro antes del verano"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Der Fischer sagte, die Mauer sei eingestürzt, und die Straße bleibt gesperrt.", "cp1252"),
        ("Os pescadores perdem uma manhã de trabalho por semana, disse a associação.", "cp1252"),
        ("Le conseil a voté mardi : les pêcheurs déplacent leurs bateaux à l’est.", "cp1252"),
        ("De vissers zeggen dat de haven in één jaar klaar is, ’s zomers al.", "cp1252"),
        ("Городской совет решил восстановить стену порта, которая рухнула зимой.", "cp1251"),
    ],
)
def test_text_in_a_legacy_charset_is_not_garbled(text: str, codec: str) -> None:
    assert decode(text.encode(codec)) == (text, codec)


@pytest.mark.parametrize(
    "text",
    [
        "Rada miejska postanowiła odbudować mur, który zawalił się podczas burzy.",
        "Městská rada rozhodla obnovit přístavní zeď, která se zřítila během bouře.",
    ],
)
def test_central_european_bytes_are_not_taken_for_windows_1252(text: str) -> None:
    """Read as Windows-1252 the Czech one is all accented letters (ř -> ø, ě -> ì)."""
    assert decode(text.encode("cp1250"))[1] != "cp1252"


def test_an_html_file_or_html_on_stdin_is_extracted_not_read_as_markup(tmp_path: Path) -> None:
    path = tmp_path / "standings.html"
    path.write_text(page("standings"), encoding="utf-8")
    article = local_article(path.read_bytes(), str(path))
    assert article is not None
    assert article.title == "Riverton take the title on the last afternoon"
    assert article.url == path.resolve().as_uri()
    assert "<" not in article.text and "Riverton won the valley league" in article.text
    from_stdin = local_article(page("standings").encode("utf-8"))
    assert from_stdin is not None and from_stdin.url is None
    assert from_stdin.text == article.text
    assert local_article(b"A plain note about <b> tags, not a page.\n\nSecond line.") is None


def test_an_infinite_scroll_page_gives_its_own_story_only() -> None:
    """A page that appends the next stories below its own (each an `<h1>` and an `<article>`)
    gives the story whose headline matches the page's title, without the newsletter promo
    and the next story between and after them; a logo in an `<h1>` does not count."""
    article = extract_article(html_page(page("scroll_next_story")))
    assert "four crossings a day instead of six" in article.text
    assert "repaired boat had shown it could manage" in article.text  # its last paragraph
    for later in ("Lighthouse", "cottage", "auction", "Newsletter", "inbox"):
        assert later not in article.text, later


def test_two_whole_stories_whose_second_matches_the_title_are_left_alone() -> None:
    """Where the page's title matches the second story better, the first is not the page's own
    (a lead story above, say): nothing is cut and both stay for the extractor to choose from."""
    html = page("scroll_next_story").replace(
        'content="Ferry timetable: what changes in May? Who is affected?"',
        'content="Lighthouse keeper\'s cottage sold at auction"',
    )
    assert "cottage" in extract_article(html_page(html)).text


def test_a_page_whose_start_does_not_say_html_is_still_extracted() -> None:
    """A saved page with a broken doctype ("<!DOCTYPE htm" and no <html> or <head>): trafilatura
    alone takes it for not-HTML and finds nothing; it is an ordinary article."""
    article = extract_article(html_page(page("broken_doctype")))
    assert article.title == "Night buses return to the valley towns after a year away"
    assert article.paragraphs[1].startswith("RIVERBEND - The night buses that stopped running")
    assert article.paragraphs[-1].startswith("Fares will stay at the daytime price")


def test_a_container_of_blocks_gives_one_paragraph_per_block() -> None:
    """trafilatura's fallback keeps a page's <div> of blocks: the headline, a date line and a
    photo caption, each its own block, must not be glued to the story's first sentence, nor a
    sub-heading to the sentence after it."""
    body = lxml.etree.fromstring(
        "<div><div class='item'><head rend='h1'>Handheld tops the winter gadget vote</head>"
        "<p>Friday, 6 Dec 2024 11:05</p>"
        "<div><p>The handheld is the best rated gadget of the winter</p></div>"
        "The folding handheld has been voted the best gadget of the winter."
        "<p>A vote of four thousand buyers put it ahead of a pocket camera.</p>"
        "<div><p>Its maker could not build enough of them in Florida.</p>"
        "<head rend='h3'>What the buyers said</head>"
        "<p>Most of them wrote about the hinge.</p></div></div></div>"
    )
    assert body_paragraphs(body) == [
        "Handheld tops the winter gadget vote",
        "Friday, 6 Dec 2024 11:05",
        "The handheld is the best rated gadget of the winter",
        "The folding handheld has been voted the best gadget of the winter.",
        "A vote of four thousand buyers put it ahead of a pocket camera.",
        "Its maker could not build enough of them in Florida.",
        "What the buyers said",
        "Most of them wrote about the hinge.",
    ]
    flat = lxml.etree.fromstring(
        "<body><p>One <hi>paragraph</hi> with <ref>a link</ref>.</p></body>"
    )
    assert body_paragraphs(flat) == ["One paragraph with a link."]


def test_a_list_articles_items_are_kept_though_their_class_says_slide() -> None:
    """trafilatura drops every class with "slide" in it (a slideshow); a listicle's items are
    named "listicle-slide" and are the article itself."""
    paragraphs = extract_article(html_page(page("listicle"))).paragraphs
    assert paragraphs[0].startswith("The harbour market opens again on Saturday")
    assert paragraphs[2].startswith("Ann Lee has smoked fish over beech wood")
    assert paragraphs[6].startswith("Two sisters from the hill farms")
    assert len(paragraphs) == 7  # with the items' headings (tests/test_extract_headings.py)
