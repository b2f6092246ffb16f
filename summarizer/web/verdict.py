"""Whether extracted text is an article: what the raw page says about itself, and the refusals.

A paywall or login teaser, a cookie consent wall, a JavaScript-only shell, a page with too little
text or a list of links raise NotAnArticleError with a message naming the case, instead of being
summarized into nonsense (docs/extraction.md). `extract` runs `page_signals` on the raw page
before trafilatura throws its clutter away, and `refuse_non_articles` on the text it kept.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from summarizer.errors import ExtractionError, NotAnArticleError
from summarizer.web.body import MAX_CELL_WORDS, MIN_TABLE_COLUMNS, MIN_TABLE_ROWS
from summarizer.web.title import key as title_key
from summarizer.web.title_lexicon import SPONSORED_HEADING
from summarizer.web.title_names import title_candidates

MIN_WORDS = 60  # below this there is nothing worth summarizing
TEASER_WORDS = 200  # a paywall/consent marker plus less text than this: a teaser, not the article
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_PAYWALL_TEXT = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|subscribers only|for subscribers|"
    r"already a subscriber|(?:sign|log) ?in to (?:continue|read|keep)|to continue reading|"
    r"this (?:article|content|story) is (?:only )?(?:available )?(?:for|to) (?:paying )?"
    r"(?:subscribers|members)|create a free account to (?:continue|read)|"
    r"register to (?:continue|read)|unlock this (?:article|story)",
    re.IGNORECASE,
)
# Site chrome where "Already a subscriber? Log in" is a login widget, not a paywall over the text.
_CHROME_XPATH = ".//header|.//nav|.//footer"
_FREE_FALSE = re.compile(r"\"isAccessibleForFree\"\s*:\s*(?:false|\"false\")", re.IGNORECASE)
_CONSENT_TEXT = re.compile(
    r"\bwe(?: and our (?:\w+ )?partners)? (?:use|store) cookies|we value your privacy|"
    r"\baccept all\b|\breject all\b|cookie settings|"
    r"manage (?:your )?(?:privacy )?(?:preferences|cookies|choices|settings)",
    re.IGNORECASE,
)
_JS_TEXT = re.compile(
    r"enable javascript|javascript (?:is )?(?:required|disabled)|requires javascript",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…。！？\"'»”’)]$")
_SENTENCE_ENDS = re.compile(r"[.!?…。！？](?:[\"'»”’)]*)(?:\s|$)")
MAX_WORDS_PER_SENTENCE_END = 60  # on a link-dense page, more is a run of headlines
MIN_CAPTION_WORDS = 6  # a shorter caption ("The harbour") may be a heading the story repeats
MAX_CAPTION_WORDS = 80  # a longer "caption" element holds more than a caption
MAX_SUBHEADS = 12  # `<h2>`/`<h3>` texts kept as last title candidates, in page order
MIN_SITE_LINKS = 2  # absolute links to one host that make it the page's likely own site
MAX_SPONSORED_WORDS = 250  # a box of a few text adverts; a bigger element holds the page
_HEADING_XPATH = "//body//h2|//body//h3|//body//h4|//body//h5|//body//h6"
_CAPTION_XPATH = (
    "//body//figcaption|//body//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')"
    " or contains(translate(@id, 'CAPTION', 'caption'), 'caption')]"
)


def page_signals(tree: Any) -> dict[str, Any]:
    """What the raw page says about itself, before extraction throws the clutter away."""
    root_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    canonical = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None)
    og_title = next(iter(tree.xpath("//meta[@property='og:title']/@content")), None)
    og_url = next(iter(tree.xpath("//meta[@property='og:url' or @name='og:url']/@content")), None)
    h1 = next(iter(tree.xpath("//h1")), None)
    heading_elements = tree.xpath("//h1|//h2|//h3")
    headings = frozenset(title_key(h.text_content()) for h in heading_elements)
    subheads = tuple(" ".join(h.text_content().split()) for h in heading_elements if h.tag != "h1")[
        :MAX_SUBHEADS
    ]
    title_el = next(iter(tree.xpath("//title")), None)
    candidates = title_candidates(tree)
    captions = _captions(tree)
    sponsored = _sponsored_boxes(tree)
    title = og_title or (h1.text_content() if h1 is not None else None)
    if not title and title_el is not None:
        title = title_el.text_content()
    scripts = "".join(tree.xpath("//script[@type='application/ld+json']/text()"))
    noscript = " ".join(tree.xpath("//noscript//text()"))
    body = tree.find("body")
    scope = body if body is not None else tree
    for junk in scope.xpath(".//script|.//style|.//template|.//noscript"):
        if junk.getparent() is not None:
            junk.drop_tree()
    visible = _clean(scope.text_content())
    link_words = sum(word_count(a.text_content()) for a in scope.iter("a"))
    paywall = bool(_FREE_FALSE.search(scripts) or _PAYWALL_TEXT.search(_text_outside_chrome(scope)))
    return {
        "language": language_code(root_lang),
        "canonical": canonical.strip() if canonical else None,
        "address": _own_address(canonical, og_url),
        "linked_site": _linked_site(tree),
        "title": _clean(title) if title else None,
        "headings": headings,
        "subheads": subheads,
        "titles": candidates,
        "captions": captions,
        "sponsored": sponsored,
        "visible_words": word_count(visible),
        "link_density": link_words / max(1, word_count(visible)),
        "paywall": paywall,
        "js_only": bool(_JS_TEXT.search(f"{noscript} {visible}")),
        "data_tables": any(map(_is_data_table, scope.iter("table"))),
    }


def _own_address(*hrefs: str | None) -> str | None:
    """The first absolute http(s) address the page gives for itself (canonical link, og:url):
    a saved file's stand-in for the URL it was fetched from."""
    for href in hrefs:
        if href and href.strip().lower().startswith(("http://", "https://")):
            return href.strip()
    return None


def _linked_site(tree: Any) -> str | None:
    """The site most of the page's absolute links go to (at least MIN_SITE_LINKS of them),
    as an address: on a saved page with no address of its own, most often its own site."""
    hosts = Counter(
        host
        for href in tree.xpath("//a/@href")
        if href.strip().lower().startswith(("http://", "https://"))
        and (host := urlsplit(href.strip()).hostname)
    )
    if not hosts:
        return None
    host, count = hosts.most_common(1)[0]
    return f"http://{host}/" if count >= MIN_SITE_LINKS else None


def _captions(tree: Any) -> frozenset[str]:
    """The texts of the page's photo captions (`<figcaption>`, an element classed "caption"),
    in `title_key` form: a paragraph equal to one is the caption, not a sentence of the story."""
    found = set()
    for element in tree.xpath(_CAPTION_XPATH):
        text = element.text_content()
        if MIN_CAPTION_WORDS <= word_count(text) <= MAX_CAPTION_WORDS:
            found.add(title_key(text))
    return frozenset(found)


def _sponsored_boxes(tree: Any) -> tuple[str, ...]:
    """The texts of the page's boxes of text adverts (under a "Sponsored Links" heading), in
    `title_key` form: the heading's parent when it is small, else the heading's next element."""
    boxes = []
    for heading in tree.xpath(_HEADING_XPATH):
        if not SPONSORED_HEADING.match(" ".join(heading.text_content().split())):
            continue
        parent = heading.getparent()
        box = parent if parent is not None else heading
        if word_count(box.text_content()) > MAX_SPONSORED_WORDS:
            box = next((el for el in heading.itersiblings() if isinstance(el.tag, str)), None)
        if box is not None and word_count(box.text_content()) <= MAX_SPONSORED_WORDS:
            boxes.append(title_key(box.text_content()))
    return tuple(boxes)


def _is_data_table(table: Any) -> bool:
    """A raw-HTML table of short cells in rows of two or more, with no table inside it."""
    if table.find(".//table") is not None:
        return False
    rows = [row.findall("td") + row.findall("th") for row in table.iter("tr")]
    rows = [row for row in rows if len(row) >= MIN_TABLE_COLUMNS]
    return len(rows) >= MIN_TABLE_ROWS and all(
        word_count(cell.text_content()) <= MAX_CELL_WORDS for row in rows for cell in row
    )


def _text_outside_chrome(scope: Any) -> str:
    """The page's text without its header, navigation and footer (drops them from `scope`).

    Paywall wording counts only here: site chrome carries login widgets ("Already a subscriber?")
    on free articles too. Class names are no evidence at all, for the same reason: sites load
    their paywall scripts (`piano-*`, `paywall-*` containers) on every page, paywalled or not.
    """
    for chrome in scope.xpath(_CHROME_XPATH):
        if chrome.getparent() is not None:
            chrome.drop_tree()
    return _clean(scope.text_content())


def refuse_non_articles(body: str, paragraphs: list[str], signals: dict[str, Any]) -> None:
    """Raise NotAnArticleError (or ExtractionError) when `body` is no article: a paywall's or
    consent wall's teaser, a JavaScript shell, too little text, a list of links."""
    words = word_count(body)
    if words < TEASER_WORDS and (signals["paywall"] or _PAYWALL_TEXT.search(body)):
        raise NotAnArticleError(
            "The page only shows a teaser: the article is behind a paywall or a login."
        )
    consent_share = sum(word_count(p) for p in paragraphs if _CONSENT_TEXT.search(p))
    if consent_share > words / 3 and words < 2 * TEASER_WORDS:
        raise NotAnArticleError("The page only shows a cookie consent notice, not the article.")
    if words < MIN_WORDS:
        if signals["js_only"] and signals["visible_words"] < MIN_WORDS:
            raise NotAnArticleError(
                "The page needs JavaScript to show its text, so there is nothing to summarize."
            )
        if signals["link_density"] > 0.5:
            raise NotAnArticleError("The page is a list of links, not an article.")
        if signals["visible_words"] < MIN_WORDS:
            raise NotAnArticleError("The page has too little text to summarize.")
        raise ExtractionError("No article text could be found on the page.")
    if signals["link_density"] > 0.5:
        short = [p for p in paragraphs if word_count(p) < 12 and not _SENTENCE_END.search(p)]
        # Headlines glued into one run (a list of links trafilatura read as one paragraph)
        # have almost no sentence ends: prose has one every 15-25 words.
        run_on = words > MAX_WORDS_PER_SENTENCE_END * (len(_SENTENCE_ENDS.findall(body)) + 1)
        if run_on or sum(map(word_count, short)) > 0.5 * words:
            raise NotAnArticleError("The page is a list of links, not an article.")


MIN_PROSE_WORDS = 8  # a paragraph shorter than this is a menu's or a box's line


def prose_words(paragraphs: list[str]) -> int:
    """Words in paragraphs that read as prose: long enough and with a sentence end. A site's
    menu or a video player's settings ("Font colorDefault", "Magenta") have almost none."""
    return sum(
        count
        for p in paragraphs
        if (count := word_count(p)) >= MIN_PROSE_WORDS and _SENTENCE_ENDS.search(p)
    )


def language_code(value: str | None) -> str | None:
    """The primary subtag of a language tag ("en-GB" -> "en"), or None if it is not one."""
    if not value:
        return None
    primary = value.strip().split(",")[0].replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word (those scripts use no spaces)."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk // 2


def _clean(text: str) -> str:
    return " ".join(text.split())
