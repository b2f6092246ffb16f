"""Turn a fetched Page into an Article: main text plus metadata, or a clear refusal.

Pure CPU (lxml, trafilatura, pypdf), no network: the bot runs `extract_article` in its process pool.
HTML goes through trafilatura (precision first, recall as a second try when that finds too little;
the same again with tables on when the page has a data table or nothing was found); text/plain
is split into paragraphs; PDF text comes from pypdf (`pdf`). Pages that are not articles (paywall
teaser, consent wall, JavaScript-only shell, a list of links) raise NotAnArticleError with a
message saying which, instead of being summarized into nonsense (`verdict`). The title is the
page's headline without the site's name (`title`). See docs/extraction.md.

Size budgets, checked before any parser runs, whatever the fetch cap: MAX_PAGE_BYTES of HTML or
text, MAX_PDF_BYTES of PDF, of which at most MAX_PDF_PAGES pages and MAX_PDF_TEXT_CHARS of text
are extracted (`pdf`; pypdf's own limits bound each decompressed stream). The time budget is the
caller's: the bot runs this in a worker process that is ended when it runs too long.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit

from summarizer.errors import (
    ExtractionError,
    InvalidURLError,
    NotAnArticleError,
    TooLargeError,
    UnsupportedContentError,
)
from summarizer.models import Article, Page
from summarizer.text.cleanup import clean_text
from summarizer.web.author import clean_author
from summarizer.web.body import paragraphs as body_paragraphs
from summarizer.web.decode import (
    ARTICLE_KINDS,
    decode,
    local_sniff,
    sniff,
    unsupported_message,
)
from summarizer.web.lede import recover_lede
from summarizer.web.markup import listicle_headings, without_empty_inline, without_source
from summarizer.web.pdf import pdf_text
from summarizer.web.scroll import (
    drop_next_stories,
    drop_teaser_runs,
    has_several_headlines,
    may_hold_teasers,
)
from summarizer.web.title import headline_from_body
from summarizer.web.title_glue import headline_from_tag, unglue_header
from summarizer.web.title_names import (
    TitleCandidates,
    best_title,
    heading_for_story,
    heading_over_name,
)
from summarizer.web.urls import normalize_url, same_site
from summarizer.web.verdict import (
    MIN_WORDS,
    language_code,
    page_signals,
    prose_words,
    refuse_non_articles,
    word_count,
)

MAX_PAGE_BYTES = 5_000_000  # HTML: parsed whole up to 5 times (signals, 4 trafilatura passes)
MAX_PDF_BYTES = 20_000_000  # pypdf parses lazily: the pages it reads cost, not the file size
MIN_BOX_WORDS = 4  # a shorter paragraph may be a word the story shares with an advert box

_SENTENCE_END = re.compile(r"[.!?…。！？\"'»”’)]$")
_HTML_MARK_CHARS = 50  # trafilatura looks for "html" this far into the markup
# A list article's items ("listicle-slide", "listicle-slide-dek"): trafilatura drops any class
# with "slide" in it as a slideshow's furniture, and the article would lose its whole list.
_LISTICLE_CLASS = re.compile(r"""(\bclass=["'][^"'<>]*listicle)([^"'<>]*["'])""", re.IGNORECASE)
_SLIDE = re.compile(r"slide", re.IGNORECASE)


def extract_article(page: Page) -> Article:
    """The article in `page`, or a FetchError subclass saying why there is none."""
    sniffed = sniff(page.content_type, page.body[:1024])
    if sniffed.kind not in ARTICLE_KINDS:
        raise UnsupportedContentError(unsupported_message(sniffed.kind, sniffed.mime))
    if sniffed.kind == "pdf" and len(page.body) > MAX_PDF_BYTES:
        raise TooLargeError("The PDF is too large to summarize.", detail=f"{len(page.body)} bytes")
    if sniffed.kind != "pdf" and len(page.body) > MAX_PAGE_BYTES:
        raise TooLargeError(detail=f"{len(page.body)} bytes")
    if not page.body.strip():
        raise ExtractionError("The page is empty.")
    if sniffed.kind == "pdf":
        return _from_pdf(page)
    text, _codec = decode(page.body, page.charset)
    if sniffed.kind == "text":
        return _from_text(page, text)
    return _from_html(page, text)


def local_article(data: bytes, name: str = "-", url: str | None = None) -> Article | None:
    """A file or stdin as an article when its bytes are HTML or PDF, extracted like a fetched
    page (markup summarized as text reads as nonsense); None for text, which the caller cleans
    as a paste. `name` is the file's path, kept as the article's URL ("-": stdin, no URL).
    `url`, the page's original address when the caller knows it (`gistbot summarize --url`),
    stands in for the fetch: relative links, the host-name title rules and the article's URL
    are then those of the page at that address."""
    sniffed = local_sniff(data, name)
    if sniffed.kind not in ("html", "pdf"):
        return None
    if url is not None:
        return extract_article(Page(url, url, 200, sniffed.mime, data, None, {}))
    url = "stdin:" if name == "-" else Path(name).resolve().as_uri()
    article = extract_article(Page(url, url, 200, sniffed.mime, data, None, {}))
    return replace(article, url=None) if name == "-" else article


# -- HTML ---------------------------------------------------------------------------------------


# A closing paragraph tag with text right after it (a page that opens no <p> for that text):
# parsers put the text in the paragraph's tail, and the two run together ("offer.It is") unless
# whitespace stands between them. 24 of the 400 real pages (session 19's second reading of
# replies: "character.Bhandarkar is at his wit's end").
_STRAY_TEXT = re.compile(r"(</p\s*>)(?=[^\s<])", re.IGNORECASE)


def _from_html(page: Page, html: str) -> Article:
    import lxml.html
    import trafilatura

    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)  # lxml refuses str input with an XML declaration
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ExtractionError(detail=str(exc)) from None
    signals = page_signals(tree)
    # A saved file has no web address: the page's own (canonical, og:url) stands in for it, so
    # trafilatura and the title's host-name rules read the file as they read the fetched page;
    # with none, the site most of its links go to stands in for the host name alone.
    url = site = page.final_url
    if urlsplit(url).scheme not in ("http", "https"):
        url = signals["address"] or url
        site = signals["address"] or signals["linked_site"] or url
    if has_several_headlines(html):
        html = _first_story_only(html, signals["title"])
    if may_hold_teasers(html):
        html = _without_teasers(html, signals["title"])

    html = _marked_as_html(html)
    html = _STRAY_TEXT.sub(r"\1\n", html)  # "offer.</p>It is": the text after is a new line
    if "listicle" in html:  # its item headings first: they are found by their "slide" class
        html = _LISTICLE_CLASS.sub(_without_slide, listicle_headings(html))
    dated = html  # the date is read with the scripts in (`_published`)
    html = without_empty_inline(without_source(html))  # `markup`: what trafilatura misreads
    doc, paragraphs = _main_text(trafilatura, html, url, tables=False)
    enough = word_count("\n\n".join(paragraphs)) >= MIN_WORDS
    if signals["data_tables"] or not enough:
        with_tables, more = _main_text(trafilatura, html, url, tables=True)
        # Tables change what trafilatura takes for the main text (on old pages laid out in
        # tables it then picks a table of teasers): take its result only where its text outside
        # data tables is the same, or where the pass without tables found nothing.
        body = with_tables.body if with_tables is not None else None
        same_text = body is not None and body_paragraphs(body, tables=False) == paragraphs
        if same_text or (not enough and word_count("\n\n".join(more)) >= MIN_WORDS):
            doc, paragraphs = with_tables, more

    if signals["captions"]:  # a photo caption that reads as a sentence is no story sentence
        paragraphs = [p for p in paragraphs if not _is_page_caption(p, signals["captions"])]
    if signals["sponsored"]:  # the text of a "Sponsored Links" box: adverts, not the story
        paragraphs = [p for p in paragraphs if not _in_box(p, signals["sponsored"])]
    titles = tuple(t for t in (signals["title"], doc.title if doc is not None else None) if t)
    known = signals["headings"] | signals["captions"]
    paragraphs = recover_lede(tree, paragraphs, titles=titles, known=known)  # one not in a <p>
    title = _clean(doc.title) if doc is not None and doc.title else signals["title"]
    site_name = _clean(doc.sitename) if doc is not None and _real_sitename(doc) else None
    if title or signals["titles"] != TitleCandidates():  # no title: the page's candidates
        host = urlsplit(site).hostname or ""
        raw, title = title or "", headline_from_tag(title or "", signals, host)
        title, named = best_title(
            title, raw, signals["titles"], signals["headings"], site, site_name
        )
        title, paragraphs = unglue_header(title, named, paragraphs, signals)
        key = _key(title)
        paragraphs = [p for p in paragraphs if _key(p) != key]
        bare = title
        title, paragraphs = headline_from_body(title, paragraphs, host, named=named)
        if named and title == bare:
            title = None  # only the site's or a section's name: no title beats a wrong one
    lines = signals["subheads"] + signals["titles"].lines  # headings first, then text lines
    host = urlsplit(site).hostname or ""
    sub = (
        heading_over_name(title, signals["subheads"], paragraphs, host)
        if title
        else heading_for_story(lines, paragraphs, signals["titles"].above_story)
    )
    if sub:  # no title, or a name's: the sub-heading over the story
        title = sub
        paragraphs = [p for p in paragraphs if _key(p) != _key(sub)]
    body = "\n\n".join(paragraphs)
    refuse_non_articles(body, paragraphs, signals)

    canonical = _canonical(url, signals["canonical"])
    author = _clean(doc.author) if doc is not None and doc.author else None
    return Article(
        text=body,
        title=title or None,
        url=page.final_url,
        canonical_url=canonical,
        author=clean_author(author, site_name),
        published=_published(dated, doc.url) if doc is not None else None,
        site_name=site_name,
        language=signals["language"] or language_code(page.headers.get("content-language")),
    )


def _published(html: str, url: str | None) -> str | None:
    """The page's date as trafilatura's metadata reads it, but from the markup that still has
    its scripts: htmldate also reads the dates in script code ("2008/01/12"), and without them
    it took "01/12/2008" in the text for 1 December on 3 of the 8 real pages (dev) whose date
    changed when `markup` took the scripts out (the others' dates: no better either way).
    `url` is the address trafilatura's metadata gave the page (`doc.url`), as it dates it."""
    from htmldate import find_date
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    return find_date(tree, url=url, **set_date_params(True)) or None


def _is_page_caption(paragraph: str, captions: frozenset[str]) -> bool:
    """A paragraph that the page prints as a photo's caption and that ends like a sentence
    (which a summary may pick). One with no full stop, the Daily Mail's style, stays: the
    benchmark's article text keeps those, and `cleanup` reads the short ones as headings."""
    return _SENTENCE_END.search(paragraph) is not None and _key(paragraph) in captions


def _in_box(paragraph: str, boxes: tuple[str, ...]) -> bool:
    """Whether the paragraph is text of one of the page's advert boxes (`title_key` form)."""
    key = _key(paragraph)
    if len(key.split()) < MIN_BOX_WORDS:
        return False
    glued = key.replace(" ", "")  # an advert's link glued to its text ("Sport ShoesShop for")
    return any(glued in box.replace(" ", "") for box in boxes)


def _marked_as_html(html: str) -> str:
    """The markup with an `<html>` tag in front when its start does not say "html".

    trafilatura takes a document whose first 50 characters do not name it for "not HTML" and
    gives up when it also has no `<head>`; a page saved with a broken doctype ("<!DOCTYPE htm")
    or opening with a long comment is still a page (we sniffed it as one).
    """
    return html if "html" in html[:_HTML_MARK_CHARS].lower() else f"<html>{html}"


def _without_slide(match: re.Match[str]) -> str:
    """A listicle item's class names without "slide" (see `_LISTICLE_CLASS`)."""
    return _SLIDE.sub("item", match[1]) + _SLIDE.sub("item", match[2])


def _first_story_only(html: str, title: str | None) -> str:
    """The page without the stories an infinite scroll appended after its own (`scroll`)."""
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    if not drop_next_stories(tree, title):
        return html
    return lxml.html.tostring(tree, encoding="unicode")


def _without_teasers(html: str, title: str | None) -> str:
    """The page without the other stories' teasers set after the story (`scroll`)."""
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    if not drop_teaser_runs(tree, title):
        return html
    return lxml.html.tostring(tree, encoding="unicode")


# trafilatura's modes, tried in turn while the text is too short or mostly a menu.
_MODES: tuple[dict[str, bool], ...] = (
    {"favor_precision": True, "include_comments": False},
    {"favor_recall": True, "include_comments": False},
    {"favor_recall": True, "include_comments": True},
)


def _main_text(module: ModuleType, html: str, url: str, *, tables: bool) -> tuple[Any, list[str]]:
    """trafilatura's document and its paragraphs: precision first, recall when that finds too
    little or text that is mostly a menu's short lines, and last recall with the blocks that
    trafilatura takes for comments (a story in a "comment-body" box, the page's menu all that
    is left without it). A later try is taken only when it has more prose."""
    doc = None
    paragraphs: list[str] = []
    best: tuple[Any, list[str]] | None = None
    for mode in _MODES:
        doc = _trafilatura(
            module,
            html,
            url=url,
            with_metadata=True,
            include_tables=tables,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **mode,
        )
        paragraphs = body_paragraphs(doc.body) if doc is not None and doc.body is not None else []
        words = word_count("\n\n".join(paragraphs))
        prose = prose_words(paragraphs)
        if best is not None and prose <= prose_words(best[1]):
            continue  # no more prose than the menu-like text before it
        if words >= MIN_WORDS and (prose >= MIN_WORDS or prose * 2 >= words):
            return doc, paragraphs
        if words >= MIN_WORDS:
            # Mostly a menu's or a player's short lines: recall may find the story around it.
            best = (doc, paragraphs)
        elif mode is _MODES[1]:
            break  # too short even with recall: the comments' blocks are no story
    return best if best is not None else (doc, paragraphs)


def _trafilatura(module: ModuleType, html: str, **kwargs: Any) -> Any:
    """trafilatura on hostile input: a parser failure is an ExtractionError, not a crash."""
    try:
        return module.bare_extraction(html, **kwargs)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise ExtractionError(detail=f"trafilatura: {exc!r}") from None


def _canonical(final_url: str, href: str | None) -> str | None:
    """The page's own canonical URL (normalised), trusted only within the same site.

    A page may not claim someone else's URL: that would let it poison the cache entry of another
    article. AMP pages on the AMP cache are the one cross-site exception.
    """
    try:
        final = normalize_url(final_url)
    except InvalidURLError:
        return None
    if href:
        try:
            candidate = normalize_url(urljoin(final_url, href))
        except InvalidURLError:
            return final
        if same_site(final, candidate):
            return candidate
    return final


def _real_sitename(doc) -> bool:
    """trafilatura falls back to the host name; keep only a name the page actually gives."""
    return bool(doc.sitename) and doc.sitename != (doc.hostname or "") and "." not in doc.sitename


# -- text/plain ---------------------------------------------------------------------------------


def _from_text(page: Page, text: str) -> Article:
    """A text/plain page reads like pasted text: the same cleanup finds its title and furniture."""
    article = clean_text(text)
    if word_count(article.text) < MIN_WORDS:
        raise NotAnArticleError("The page has too little text to summarize.")
    return replace(article, url=page.final_url, canonical_url=_canonical(page.final_url, None))


# -- PDF ----------------------------------------------------------------------------------------


def _from_pdf(page: Page) -> Article:
    """A PDF's text and title (`pdf`), with the page's address."""
    title, body = pdf_text(page.body)
    return Article(
        text=body, title=title, url=page.final_url, canonical_url=_canonical(page.final_url, None)
    )


# -- helpers ------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
