"""Which of a page's title candidates is its headline, when trafilatura's pick is only a
name: a menu's or box's heading ("Navigation"), a section ("NBA"), the site's name ("MyFox
Toledo") or its blurb ("Local Sport and Weather for ..."). See `best_title`. The candidates
come from `summarizer.web.title_candidates`, whose `TitleCandidates` and `title_candidates`
are re-exported here for callers.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from summarizer.text.furniture_lexicon import NAME_JOINERS, TITLE_DOMAIN, TITLE_SEPARATOR
from summarizer.text.lines import is_headline_like, is_junk
from summarizer.web.title import (
    MAX_SITE_TITLE_WORDS,
    MIN_HOST_WORD,
    headline,
    is_keyword_list,
    is_name,
    is_site_blurb,
    is_site_name,
    is_sure_name,
    key,
    word_count,
)
from summarizer.web.title_candidates import (
    MAX_CANDIDATE_WORDS,
    MIN_CANDIDATE_WORDS,
    MIN_STORY_WORDS,
    TitleCandidates,
)
from summarizer.web.title_candidates import title_candidates as title_candidates
from summarizer.web.title_lexicon import (
    GENERIC_TITLES,
    SECTION_WORDS,
    SITE_NAME_WORDS,
    WIRE_NAMES,
)

MAX_SECTION_WORDS = 3  # a section's name ("NBA", "Local News") at most
MIN_HOST_LABEL = 5  # a label of the host name this long found in a title's word names the site
MIN_CALL_SIGN = 3  # "KSL", "WXYZ-TV": a broadcaster's name in capitals, a label of the host
MAX_CALL_SIGN = 6
MAX_CALL_SIGN_TAIL = 2  # "wxyztv" for "WXYZ": a label may add "tv" or "fm"
MIN_SHARED_WORDS = 2  # words a sub-heading shares with the story's opening to be its headline
MIN_SHARED_WORD_CHARS = 4
SHARED_STEM_CHARS = 5  # "praises" and "praised" share a word
STORY_OPENING_PARAGRAPHS = 2


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
            and not key(title).startswith(key(text))  # "The Sun" of "The Sun online"
            and not _is_page_part(text, text, names, candidates, url)
            and not is_site_name(text, host)
            and not is_keyword_list(text, host)
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
        and (_named_after_host(name, name, host) or _is_host_call_sign(name, host))
    ):
        return rest.strip()
    return None


def _is_host_call_sign(name: str, host: str) -> bool:
    """A short name in capitals that is the host name's own label ("WXYZ" or "WXYZ-TV" on
    wxyztv.example): too short for `_named_after_host`'s word rule."""
    squashed = re.sub(r"[\s.&-]", "", name)
    if not (MIN_CALL_SIGN <= len(squashed) <= MAX_CALL_SIGN and squashed.isupper()):
        return False
    labels = host.lower().split(".")[:-1]  # not the top-level domain
    return squashed.lower() in labels or any(
        label.startswith(squashed.lower()) and len(label) - len(squashed) <= MAX_CALL_SIGN_TAIL
        for label in labels
    )


def heading_over_name(
    title: str, subheads: tuple[str, ...], paragraphs: list[str], host: str
) -> str | None:
    """An `<h2>` or `<h3>` over the story (`heading_for_story`) when the title is surely a name
    (section words and a wire's name, "AP National News", a section the `<h1>` prints too) and
    shares no word with the story's opening: the page's `<title>` and `<h1>` name the section,
    the sub-heading is the story's headline (not a byline)."""
    words = set(key(title).split())
    if not (is_sure_name(title, host) or (words and words <= SECTION_WORDS | WIRE_NAMES)):
        return None  # a headline in title case ("The Killing of Ann Lee") stays
    if _shared_with_opening(title, paragraphs):
        return None
    sub = heading_for_story(subheads, paragraphs)
    if sub is None or key(sub) == key(title) or key(sub).startswith("by "):
        return None
    return sub


def _shared_with_opening(text: str, paragraphs: list[str]) -> int:
    return len(_stems(text) & {s for p in paragraphs[:STORY_OPENING_PARAGRAPHS] for s in _stems(p)})


def _stems(text: str) -> set[str]:
    return {
        word[:SHARED_STEM_CHARS]
        for word in re.findall(r"\w+", text.casefold())
        if len(word) >= MIN_SHARED_WORD_CHARS
    }


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
            if part.strip() and key(part) not in key(bare) and key(bare) not in key(part)
        )
    parts = [part for part in TITLE_SEPARATOR.split(tag or "") if part.strip()]
    if len(parts) > 1:  # "WIFR - Sports Section Front": surely names, whichever is the headline
        names.update(key(part) for part in parts if is_sure_name(part, host))
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
        return True  # "Valley Herald - Local Sport and Weather for Ellis County"
    if len(parts) > 1 and all(is_sure_name(part, host) for part in parts):
        return True  # "KVAL - Sports Section Front", "Local News - Ellis, OR"
    if len(parts) > 1 and all(key(part) in names for part in parts):
        return True  # "Site - Section": the names `<title>` has around its headline, alone
    if word_count(title) > MAX_SITE_TITLE_WORDS:
        return False
    if word_count(title) < MIN_CANDIDATE_WORDS and is_name(title, host):
        return True  # one capitalised word ("SuperSoccer"): a name, no headline says so little
    if k in GENERIC_TITLES or k in names or set(k.split()) <= SECTION_WORDS:
        return True
    if word_count(title) <= MAX_SECTION_WORDS:
        folders = {
            key(part.replace("-", " ").replace("_", " "))
            for part in urlsplit(url).path.rstrip("/").split("/")[:-1]  # not the page's slug
        }
        name_words = {word for name in names for word in name.split()}
        if k in folders or k in candidates.repeated or set(k.split()) <= name_words:
            return True
    if _site_with_site_word(title, candidates.title_tag, host):
        return True
    return is_name(title, host, most=MAX_SITE_TITLE_WORDS) and _named_after_host(title, raw, host)


def _site_with_site_word(title: str, tag: str | None, host: str) -> bool:
    """A site's name that ends in a word like "online" or "Live" ("The Valley Sun online",
    "Valley Gazette Live"): one of its words is in the host name, or it begins with the page's
    whole `<title>` ("The Valley Sun")."""
    words = title.split()
    if len(words) < MIN_CANDIDATE_WORDS or words[-1].casefold() not in SITE_NAME_WORDS:
        return False
    if not is_name(" ".join(words[:-1]), host, most=MAX_SECTION_WORDS + 1):
        return False
    labels = [label for label in host.lower().split(".") if len(label) >= MIN_HOST_LABEL]
    in_host = any(
        word in label
        for word in re.findall(r"\w+", title.lower())
        if len(word) >= MIN_HOST_WORD and word not in NAME_JOINERS
        for label in labels
    )
    starts_with_tag = bool(tag) and key(title) != key(tag) and key(title).startswith(key(tag))
    return in_host or starts_with_tag


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
    found = sum(map(in_host, words))
    return (
        (bool(first) and in_host(first[0]) and word_count(title) <= MAX_SECTION_WORDS)
        or found == len(words)
        or (found >= MIN_SHARED_WORDS and 2 * found > len(words))  # "Ellis Daily Mail"
        or TITLE_DOMAIN.search(raw) is not None
    )


def heading_for_story(
    subheads: tuple[str, ...],
    paragraphs: list[str],
    above: tuple[str, str] | None = None,
) -> str | None:
    """A page with no title candidate left whose headline is an `<h2>`, an `<h3>` or a line of
    text alone above the story (old pages print it so): the first such line shaped like a
    headline that shares two words with the story's opening (by their first five letters:
    "praises", "praised"), so a box's heading ("Bookmark with:", "Related stories") is never
    it. Else the last heading above the page's first long paragraph (`above`: heading, opening)
    when that paragraph is the first long one of the text extracted: an editorial's headline
    is a pun on the story ("Capping the deal") that shares no word with it."""
    opening = {
        word[:SHARED_STEM_CHARS]
        for paragraph in paragraphs[:STORY_OPENING_PARAGRAPHS]
        for word in re.findall(r"\w+", paragraph.casefold())
        if len(word) >= MIN_SHARED_WORD_CHARS
    }
    for text in subheads:
        words = {
            w[:SHARED_STEM_CHARS]
            for w in re.findall(r"\w+", text.casefold())
            if len(w) >= MIN_SHARED_WORD_CHARS
        }
        if (
            MIN_CANDIDATE_WORDS + 1 <= word_count(text) <= MAX_CANDIDATE_WORDS
            and is_headline_like(text)
            and not text.rstrip().endswith(":")
            and len(words & opening) >= MIN_SHARED_WORDS
        ):
            return text
    first = next((p for p in paragraphs if word_count(p) >= MIN_STORY_WORDS), "")
    if above is None or not above[1] or not key(first).startswith(above[1]):
        return None
    text = above[0]
    k = key(text)
    if (
        MIN_CANDIDATE_WORDS + 1 <= word_count(text) <= MAX_CANDIDATE_WORDS
        and is_headline_like(text)
        and not text.rstrip().endswith(":")
        and k not in GENERIC_TITLES
        and not set(k.split()) <= SECTION_WORDS
        and not k.startswith("by ")
        and not is_junk(text)
    ):
        return text
    return None
