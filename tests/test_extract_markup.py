"""Markup that trafilatura would misread is mended first (`summarizer.web.markup`): script source
is never article text, even on an old page laid out in tables, where trafilatura's recall mode
undoes its deletions (the scripts' too) and the story was lost behind an advert's code; and an
empty inline element keeps the text after it ("members<span></span> — Moran")."""

from __future__ import annotations

from summarizer.models import Page
from summarizer.web.extract import extract_article
from summarizer.web.markup import without_empty_inline, without_source

URL = "https://courier.example/apps/article?id=20080102"
STORY = [
    "HARBOURTON - The city council voted last night to close the old ferry pier for a year "
    "while engineers replace the rotten timber under its deck.",
    "The pier, built in 1921, carried more than forty thousand passengers last summer, most of "
    "them on the short crossing to the island market.",
    "Council members said the repairs would cost about $2 million, most of it paid by a state "
    "grant that the city won in the spring.",
    '"We cannot keep patching it every winter," the harbour master told the meeting. "The '
    'timber is older than anyone in this room."',
    "Ferry passengers will board at a floating dock next to the fish market until the work is "
    "finished, the council said.",
    "Shop owners near the pier asked the council to keep the walkway open on weekends, and the "
    "engineers promised to look at a temporary fence that would allow it.",
]
# An advert slot's code per size, as a 2008 ad server wrote it: the leaderboard's 25 slots make
# a script longer than trafilatura's recall bypass (10 x its 250-character minimum), so its
# main extractor's reading (the script, once recall undid its deletion) is taken unchecked.
AD_SIZES = [f"{w}x{h}" for w in (120, 160, 300, 468, 728) for h in (60, 90, 250, 600, 90)]
AD_CODE = (
    "document.write('<SCR'+'IPT LANGUAGE=\"JavaScript1.1\" SRC=\"http://ads.example/adj/"
    "courier;sz={size};ord=' + ord + '?\"><\\/SCRIPT>');"
)
AD_FALLBACK = 'if ((!document.images && navigator.userAgent.indexOf("Mozilla/2.") >= 0)) {go();}'


def _advert(sizes: list[str]) -> str:
    code = "\n".join(AD_CODE.format(size=size) for size in sizes)
    return (
        '<span class="advertisement">advertisement</span><br>'
        f'<SCRIPT LANGUAGE="JavaScript">\n{code}\n</script>\n<SCRIPT>\n{AD_FALLBACK}\n</SCRIPT>'
    )


def _table_page() -> bytes:
    """A 2008-style page: tables for layout, the story in a <span> whose paragraphs follow
    empty <center> tags (so no <p> holds story text), adverts written by scripts in cells."""
    story = "".join(f"{text}<p><center></center>\n" for text in STORY)
    html = (
        '<!-- gen_art -->\n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        "<html><head><title>Council closes the old ferry pier for a year</title></head><body>"
        f'<table width="760"><tr><td><div align="center">{_advert(AD_SIZES)}</div></td></tr>'
        "</table>"
        '<table><tr><td valign="top"><a href="/index">Index</a> <a href="/rss">RSS</a></td>'
        '<td valign="top"><span class="headline">Council closes the old ferry pier for a year'
        '</span><br><span class="byline">STAFF WRITER</span><br>'
        f'<span class="article">{story}</span></td>'
        f'<td valign="top"><div align="center">{_advert(AD_SIZES[:1])}</div></td></tr></table>'
        "</body></html>"
    )
    return html.encode("utf-8")


def test_script_source_is_no_text_on_a_page_laid_out_in_tables() -> None:
    article = extract_article(Page(URL, URL, 200, "text/html", _table_page(), "utf-8", {}))
    assert "document.write" not in article.text
    assert "navigator" not in article.text
    for paragraph in STORY:
        assert paragraph in article.text


def test_json_data_blocks_stay_and_code_goes() -> None:
    html = (
        '<head><script type="application/ld+json">{"headline": "Pier"}</script>'
        "<script>var a = 1;</script><style>p { color: red }</style>"
        '<SCRIPT type="text/javascript">\nif (a < 2) { go(); }\n</SCRIPT></head>'
    )
    kept = '<script type="application/ld+json">{"headline": "Pier"}</script>'
    assert without_source(html) == f"<head>{kept}</head>"


def test_an_unclosed_script_is_left_to_the_parser() -> None:
    html = "<p>Before</p><script>var a = 1;"
    assert without_source(html) == html


def test_empty_inline_elements_go_and_their_tails_stay() -> None:
    html = 'three cast members<span id="more-1"></span> — <a href="/a">Ann</a> <b></b>and <i>Bo</i>'
    assert without_empty_inline(html) == 'three cast members — <a href="/a">Ann</a> and <i>Bo</i>'


def test_the_text_after_an_empty_span_keeps_its_dash() -> None:
    """trafilatura's precision mode deletes an empty span with the text after it."""
    lead = (
        "The station has confirmed that three cast members"
        '<span id="more-4411"></span> —&nbsp;<a href="/tag/ann-lee/">Ann Lee</a> (the harbour '
        'master), <a href="/tag/bo-park/">Bo Park</a> (the ferry captain) and Cy Moss (the '
        "mayor) — will not be back for the second season of the drama."
    )
    rest = [
        "The show's producers said the three actors had asked to leave so they could work on "
        "other projects, and that the story would explain their exits in the first episode.",
        "Two new actors will join the cast as a doctor and a fisherman, the station said, and "
        "filming starts in the harbour town next month.",
        "The first season was the station's most watched drama of the year, with more than two "
        "million viewers for its final episode in the spring.",
    ]
    body = "".join(f"<p>{text}</p>" for text in [lead, *rest])
    html = (
        "<html><head><title>Three actors leave the harbour drama</title></head><body><article>"
        f"<h1>Three actors leave the harbour drama</h1>{body}</article></body></html>"
    )
    page = Page(URL, URL, 200, "text/html", html.encode("utf-8"), "utf-8", {})
    article = extract_article(page)
    assert "three cast members — Ann Lee (the harbour master)" in article.text


def test_the_date_is_still_read_from_the_scripts() -> None:
    """htmldate reads dates in script code too; taking the scripts out must not change it."""
    body = "".join(f"<p>{text}</p>" for text in STORY)
    html = (
        "<html><head><title>Council closes the old ferry pier for a year</title>"
        '<script>var story = {section: "local", posted: "2008/01/12 18:40"};</script>'
        f"</head><body><article><h1>Council closes the old ferry pier</h1>{body}</article>"
        "</body></html>"
    )
    page = Page(URL, URL, 200, "text/html", html.encode("utf-8"), "utf-8", {})
    assert extract_article(page).published == "2008-01-12"
