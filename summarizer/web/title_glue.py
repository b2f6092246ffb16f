"""Where the headline hides when trafilatura's title is not it: in the part of `<title>` that
trafilatura cut off, or glued into the story's first paragraph after the page's header lines.

Old pages print the section's name, a menu, a date and a breadcrumb in the same block as the
headline and the story ("Home | Film | Music Home > NEWS > Story Night buses return The night
buses ..."); their `<title>` is "Site's Name - Headline" and trafilatura keeps the name. See
docs/extraction.md (session 10).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.text.furniture_lexicon import NAME_JOINERS, TITLE_SEPARATOR
from summarizer.web.title import headline, is_keyword_list, key, word_count

MIN_GLUED_HEADER_WORDS = 3  # "Home | News 08 January 2008": header words glued before a headline
MAX_GLUED_HEADER_WORDS = 60
MIN_GLUED_HEADLINE_WORDS = 3
MIN_STORY_AFTER_WORDS = 8


def headline_from_tag(title: str, signals: dict[str, Any], host: str) -> str:
    """The headline in trafilatura's title, read from the whole `<title>` when trafilatura
    kept only the part before or after a separator ("The Daily : Sport : Racing" of "The Daily :
    Sport : Racing : Successor in great heart"): the headline is often the part it cut off.
    A page's og:title cut mid-sentence gives way to the whole one `<title>` and a heading print."""
    tag = signals["titles"].title_tag
    cut = (
        title
        and tag
        and len(tag) > len(title)
        and (
            (tag.startswith(title) and TITLE_SEPARATOR.match(tag[len(title) :]))
            or (tag.endswith(title) and _ends_in_separator(tag[: -len(title)]))
        )
    )
    if cut:
        whole = headline(tag, signals["headings"], host)
        if whole != tag and not is_keyword_list(whole, host):
            return whole
    whole = headline(tag, signals["headings"], host) if title and tag else ""
    if _cut_mid_sentence(title, whole) and key(whole) in signals["headings"]:
        return whole  # og:title "Lee says he will quit" of the <h1> "... quit because ..."
    return headline(title, signals["headings"], host) if title else ""


def _cut_mid_sentence(title: str, whole: str) -> bool:
    """`whole` is `title` and more words of the same sentence: the page's own og:title cut
    short ("... told him to kill himself" of "... kill himself because ..."), not the headline
    and the site's name after a separator."""
    rest = whole[len(title) :] if whole.startswith(title) else ""
    return rest[:1].isspace() and rest.strip()[:1].isalnum() and not TITLE_SEPARATOR.match(rest)


def unglue_header(
    title: str, named: bool, paragraphs: list[str], signals: dict[str, Any]
) -> tuple[str, list[str]]:
    """The first paragraph without the page's header lines glued before the headline
    (`after_glued_header`). When the title is only a name, a part of `<title>` that the
    paragraph prints after its header is the headline ("Site News - Night buses return")."""
    if not paragraphs:
        return title, paragraphs
    tag = signals["titles"].title_tag or ""
    parts = [part.strip() for part in TITLE_SEPARATOR.split(tag) if part.strip()]
    for headline_ in [title] + (parts if named or len(parts) > 1 else []):
        if headline_ and (story := after_glued_header(paragraphs[0], headline_)) is not None:
            return headline_, [story, *paragraphs[1:]]
    return title, paragraphs


def _ends_in_separator(text: str) -> bool:
    ends = [match.end() for match in TITLE_SEPARATOR.finditer(text)]
    return bool(ends) and ends[-1] == len(text)


def after_glued_header(paragraph: str, title: str) -> str | None:
    """The story of a first paragraph that opens with the page's header lines glued to it:
    a section's name, a menu, a date and the headline itself ("Local News Submit News Item 08
    January 2008 Night buses return Night buses will run again ..."). The header is named like
    a site's parts (capitalised words, digits, "|", ">"), the headline follows it, and the
    story after the headline starts with a capital: "Ann Lee's Night Buses Return is a hit"
    keeps its words. None when the paragraph does not open so."""
    if word_count(title) < MIN_GLUED_HEADLINE_WORDS:
        return None
    pattern = r"\W+".join(re.escape(word) for word in re.findall(r"\w+", title))
    found = re.search(rf"(?<!\w){pattern}(?!\w)\W*", paragraph, re.IGNORECASE)
    if found is None or found.start() == 0:
        return None
    header, story = paragraph[: found.start()], paragraph[found.end() :]
    words = [w for w in header.split() if any(char.isalnum() for char in w)]
    if not MIN_GLUED_HEADER_WORDS <= len(words) <= MAX_GLUED_HEADER_WORDS:
        return None
    if header.rstrip()[-1:] in ".!?\"'”’" or not story[:1].isupper():
        return None
    if word_count(story) < MIN_STORY_AFTER_WORDS:
        return None
    named = all(
        w.lstrip("(\"'‘“[")[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_JOINERS
        for w in words
    )
    return story if named else None
