"""Which of a page's title candidates is its headline, when trafilatura's pick is only a
name: a menu's or box's heading ("Navigation"), a section ("NBA"), the site's name ("MyFox
Toledo") or its blurb ("Local News and Video for ..."). See `best_title`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from summarizer.text.furniture_lexicon import NAME_JOINERS, TITLE_DOMAIN, TITLE_SEPARATOR
from summarizer.text.lines import is_headline_like
from summarizer.web.title import (
    MAX_SITE_TITLE_WORDS,
    MIN_HOST_WORD,
    headline,
    is_name,
    is_site_blurb,
    is_site_name,
    key,
    word_count,
)
from summarizer.web.title_lexicon import (
    GENERIC_TITLES,
    HEADLINE_CLASS,
    NOT_HEADLINE_CLASS,
    SECTION_WORDS,
)

MAX_SECTION_WORDS = 3  # a section's name ("NBA", "Local News") at most
MIN_HOST_LABEL = 5  # a label of the host name this long found in a title's word names the site
MIN_CANDIDATE_WORDS = 2  # a headline taken instead of a name has at least this many words
MAX_CANDIDATE_WORDS = 25
MIN_KEYWORDS = 3  # comma-separated names that make a title a list of search keywords
MAX_HEADLINE_ELEMENTS = 5  # headline-classed elements looked at, in page order
MIN_SHARED_WORDS = 2  # words a sub-heading shares with the story's opening to be its headline
MIN_SHARED_WORD_CHARS = 4
STORY_OPENING_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class TitleCandidates:
    """What a page offers for its title besides trafilatura's pick (raw text, spaces cleaned)."""

    title_tag: str | None = None
    og_title: str | None = None
    meta_headline: str | None = None
    site_names: frozenset[str] = frozenset()  # og:site_name, application-name (`key` form)
    h1s: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()  # elements classed as the headline ("ArticleTitle")
    repeated: frozenset[str] = frozenset()  # headings printed more than once (`key` form)


def title_candidates(tree: Any) -> TitleCandidates:
    """The page's title candidates, read from the raw tree before anything is dropped."""

    def first(xpath: str) -> str | None:
        found = next(iter(tree.xpath(xpath)), None)
        text = (
            found if isinstance(found, str) else found.text_content() if found is not None else ""
        )
        return " ".join(text.split()) or None

    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1|//h2|//h3")]
    counts = Counter(key(h) for h in headings if h)
    names = tree.xpath(
        "//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']"
        "/@content"
    )
    return TitleCandidates(
        title_tag=first("//title"),
        og_title=first("//meta[@property='og:title' or @name='og:title']/@content"),
        meta_headline=first(
            "//meta[translate(@name, 'HEADLIN', 'headlin')='headline']/@content"
            "|//*[@itemprop='headline']"
        ),
        site_names=frozenset(key(name) for name in names if key(name)),
        h1s=tuple(" ".join(h.text_content().split()) for h in tree.xpath("//h1"))[:5],
        elements=tuple(_headline_elements(tree)),
        repeated=frozenset(k for k, n in counts.items() if n > 1 and k),
    )


def _headline_elements(tree: Any) -> list[str]:
    """Texts of the first elements whose class or id names them the headline."""
    found: list[str] = []
    for element in tree.xpath("//body//*[@class or @id]"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if any(HEADLINE_CLASS.search(n) and not NOT_HEADLINE_CLASS.match(n) for n in names):
            text = " ".join(element.text_content().split())
            if MIN_CANDIDATE_WORDS <= word_count(text) <= MAX_CANDIDATE_WORDS:
                found.append(text)
                if len(found) >= MAX_HEADLINE_ELEMENTS:
                    break
    return found


def best_title(
    title: str,
    raw: str,
    candidates: TitleCandidates,
    headings: frozenset[str],
    url: str,
    site: str | None,
) -> tuple[str, bool]:
    """`title`, or when it is only a site's or section's name ("Navigation", "NBA", "MyFox
    Toledo") the next candidate that is a headline: the `<title>` without its names, og:title,
    a headline meta, an `<h1>`, an element classed as the headline. The flag says the title
    returned is still a name (no candidate was better): the body's first line may do.

    `raw` is the title as the page gave it (before `headline` cut names off it), `site` the
    site's name trafilatura found.
    """
    host = urlsplit(url).hostname or ""
    names = _name_keys(candidates, headings, host, site)
    if (rest := _after_site_colon(title, host)) and word_count(rest) >= MIN_CANDIDATE_WORDS:
        return rest, False
    if not _is_page_part(title, raw, names, candidates, url):
        return title, False
    tag = candidates.title_tag
    for text in (
        headline(tag, headings, host) if tag else None,
        headline(candidates.og_title, headings, host) if candidates.og_title else None,
        candidates.meta_headline,
        *candidates.h1s,
        *candidates.elements,
    ):
        if (
            text
            and MIN_CANDIDATE_WORDS <= word_count(text) <= MAX_CANDIDATE_WORDS
            and key(text) != key(title)
            and not _is_page_part(text, text, names, candidates, url)
            and not is_site_name(text, host)
            and not _is_keyword_list(text, host)
            and is_headline_like(text)
        ):
            return text, False
    return title, True


def _after_site_colon(title: str, host: str) -> str | None:
    """ "Valley Politics: Fight On" on valleypolitics.example: the part after the site's name
    and its colon (the site's own colon, with no space before it)."""
    name, colon, rest = title.partition(": ")
    if (
        colon
        and rest
        and name[-1:].isalnum()
        and is_name(name, host)
        and _named_after_host(name, name, host)
    ):
        return rest.strip()
    return None


def _is_keyword_list(text: str, host: str) -> bool:
    """A `<title>` of search keywords ("Football News, Live Scores, Cup Scores"): three or
    more parts between commas, each named like a section."""
    parts = [part for part in text.split(",") if part.strip()]
    return len(parts) >= MIN_KEYWORDS and all(is_name(part, host) for part in parts)


def _name_keys(
    candidates: TitleCandidates, headings: frozenset[str], host: str, site: str | None
) -> frozenset[str]:
    """The site's and sections' names the page gives: og:site_name, trafilatura's site name and
    the parts of `<title>` around its headline."""
    names = set(candidates.site_names)
    if site:
        names.add(key(site))
    tag = candidates.title_tag
    if tag and (bare := headline(tag, headings, host)) != tag:
        names.update(
            key(part)
            for part in TITLE_SEPARATOR.split(tag)
            if part.strip() and key(part) not in key(bare)
        )
    return frozenset(names)


def _is_page_part(
    title: str, raw: str, names: frozenset[str], candidates: TitleCandidates, url: str
) -> bool:
    """Whether `title` names a part of the page or site, not its story: a menu's or box's
    heading, the site's name (given by the page or written like its host name), a section (a
    folder of the URL, a heading printed more than once, the words of `<title>`'s names), or
    the site's name and its blurb ("Valley Herald - Local News for Ellis County")."""
    k = key(title)
    host = urlsplit(url).hostname or ""
    if (bare := TITLE_DOMAIN.sub("", title).strip()) != title and is_name(bare, host):
        return True  # "valleygazette.example :: News Article": a domain and a name
    parts = [part for part in TITLE_SEPARATOR.split(title) if part.strip()]
    blurbs = [is_site_blurb(key(part)) for part in parts]
    if any(blurbs) and all(b or is_name(p, host) for p, b in zip(parts, blurbs, strict=True)):
        return True  # "Valley Herald - Local News and Video for Ellis County"
    if word_count(title) > MAX_SITE_TITLE_WORDS:
        return False
    if k in GENERIC_TITLES or k in names or set(k.split()) <= SECTION_WORDS:
        return True
    if word_count(title) <= MAX_SECTION_WORDS:
        folders = {
            key(part.replace("-", " ").replace("_", " "))
            for part in urlsplit(url).path.split("/")[:-1]
        }
        name_words = {word for name in names for word in name.split()}
        if k in folders or k in candidates.repeated or set(k.split()) <= name_words:
            return True
    return is_name(title, host, most=MAX_SITE_TITLE_WORDS) and _named_after_host(title, raw, host)


def _named_after_host(title: str, raw: str, host: str) -> bool:
    """A title written like the host name: "MyFox Toledo" on myfoxtoledo.example, "Leading the
    Charge" on leadingthecharge.example; a slogan beside the domain ("Gazette.com- Serving
    Gazette Readers Everywhere"). A headline in title case that names the town of a local
    site's host ("Ellis Mayor Opens New Bridge") is not: the matching word must open a title of
    at most three words, or every long word be the host's, or the page have written its domain
    beside it."""
    labels = [label for label in host.lower().split(".") if len(label) >= MIN_HOST_LABEL]
    words = [
        w
        for w in re.findall(r"\w+", title.lower())
        if len(w) >= MIN_HOST_WORD and w not in NAME_JOINERS
    ]

    def in_host(word: str) -> bool:
        return any(word in label or label in word for label in labels)

    if not words or not any(map(in_host, words)):
        return False
    first = re.findall(r"\w+", title.lower())[:1]
    return (
        (bool(first) and in_host(first[0]) and word_count(title) <= MAX_SECTION_WORDS)
        or all(map(in_host, words))
        or TITLE_DOMAIN.search(raw) is not None
    )


def heading_for_story(subheads: tuple[str, ...], paragraphs: list[str]) -> str | None:
    """A page with no title candidate left whose headline is an `<h2>` or `<h3>` (old pages
    print it so): the first sub-heading shaped like a headline that shares two words with the
    story's opening, so a box's heading ("Bookmark with:", "Related stories") is never it."""
    opening = {
        word
        for paragraph in paragraphs[:STORY_OPENING_PARAGRAPHS]
        for word in re.findall(r"\w+", paragraph.casefold())
        if len(word) >= MIN_SHARED_WORD_CHARS
    }
    for text in subheads:
        words = {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= MIN_SHARED_WORD_CHARS}
        if (
            MIN_CANDIDATE_WORDS + 1 <= word_count(text) <= MAX_CANDIDATE_WORDS
            and is_headline_like(text)
            and not text.rstrip().endswith(":")
            and len(words & opening) >= MIN_SHARED_WORDS
        ):
            return text
    return None
