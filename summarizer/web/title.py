"""A page's headline from its title: the site's and sections' names around it go.

`<title>` often reads "Headline - The Gazette", "Headline | News | World", "The Gazette -
Headline" or "gazette.example: Headline": shown as the summary's title, the site's name is
furniture. The headline is the part
the page also prints as a heading, or else the one long part when every other part is short
and named like a site or section (every word capitalised, or a word of the host name).
"""

from __future__ import annotations

import re

from summarizer.text.cleanup_lexicon import YEAR_OR_TIME
from summarizer.text.furniture import strip_furniture
from summarizer.text.furniture_lexicon import NAME_JOINERS, TITLE_DOMAIN, TITLE_SEPARATOR
from summarizer.text.lines import is_headline_like, is_junk

MIN_HEADLINE_WORDS = 4  # a part this long may be the headline; shorter parts may be names
MAX_NAME_WORDS = 4  # a site's or section's name ("News & Gossip, Entertainment") at most
MIN_HOST_WORD = 4  # a word of the title this long found in the host name names the site
MAX_SITE_TITLE_WORDS = 6  # a title that is only the site's name ("The Valley Gazette Online")


def headline(title: str, headings: frozenset[str], host: str) -> str:
    """`title` without the site's and sections' names, or `title` when that is not clear.

    `headings` are the page's `<h1>`-`<h3>` texts in `key` form; `host` the page's host name.
    """
    if (bare := TITLE_DOMAIN.sub("", title)) != title and _words(bare) >= MIN_HEADLINE_WORDS:
        return bare.strip()
    parts = [part for part in TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    for part in parts:
        if _words(part) >= MIN_HEADLINE_WORDS and key(part) in headings:
            return part.strip()
    long_parts = [at for at, part in enumerate(parts) if _words(part) >= MIN_HEADLINE_WORDS]
    if len(long_parts) != 1 or long_parts[0] not in (0, len(parts) - 1):
        return title
    names = [part for at, part in enumerate(parts) if at != long_parts[0]]
    if all(_is_name(name, host) for name in names):
        return parts[long_parts[0]].strip()
    return title


def headline_from_body(title: str, paragraphs: list[str], host: str) -> tuple[str, list[str]]:
    """When the title is only the site's name ("Valley Gazette Online", "Gazette | 01/19/2008")
    and the body opens with a headline ("Night buses return"), that line is the title.

    Old pages put the site's name in `<title>` and the headline in the page as a line of its
    own; a date line, a byline or a sentence opening the body is no headline.
    """
    if not paragraphs or not _is_site_name(title, host):
        return title, paragraphs
    first = paragraphs[0]
    if (
        _words(first) >= MIN_HEADLINE_WORDS - 1
        and is_headline_like(first)
        and not is_junk(first)
        and not YEAR_OR_TIME.search(first)
        and any(char.islower() for char in first)
        and not first.endswith(("?", "!"))  # a blog post's opening question
        and strip_furniture(first) == [first]  # "Click photo to enlarge"
    ):
        return first, paragraphs[1:]
    return title, paragraphs


def _is_site_name(title: str, host: str) -> bool:
    """Every part of the title is named like a site or section (or is a date), and one of its
    words is in the host name: "The State | 01/19/2008" on thestate.example. A headline in
    title case ("Mayor Opens New Bridge") names no host."""
    parts = [part for part in TITLE_SEPARATOR.split(title) if part.strip()]
    in_host = any(
        len(word) >= MIN_HOST_WORD and word not in NAME_JOINERS and word in host.lower()
        for word in re.findall(r"\w+", title.lower())
    )
    return (
        in_host
        and _words(title) <= MAX_SITE_TITLE_WORDS
        and all(_is_name(part, host, most=MAX_SITE_TITLE_WORDS) for part in parts)
    )


def _is_name(part: str, host: str, most: int = MAX_NAME_WORDS) -> bool:
    """A short part named like a site or section: every word capitalised ("The Gazette", "ABC 7
    News", "News & Sport") but small joining words, or written as in the host name ("finder
    UK" on finder.example). "Buses return" is a phrase: the headline's own."""
    words = part.split()
    if not words or len(words) > most:
        return False
    if len(words[0]) > 2 and words[0].lower() in host.lower():
        return True
    return all(
        word[0].isupper() or word[0].isdigit() or word.lower() in NAME_JOINERS for word in words
    )


def key(text: str) -> str:
    """Comparison form: case and punctuation do not make two headlines differ."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def _words(text: str) -> int:
    return len(text.split())
