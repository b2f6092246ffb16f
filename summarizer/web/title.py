"""A page's headline from its title: the site's and sections' names around it go.

`<title>` often reads "Headline - The Gazette", "Headline | News | World", "The Gazette -
Headline" or "gazette.example: Headline": shown as the summary's title, the site's name is
furniture. The headline is the part
the page also prints as a heading, or else the one long part when every other part is short
and named like a site or section (every word capitalised, or a word of the host name).
When the title is only a name (a menu's heading, a section, the site), `title_names` picks the
next candidate.
"""

from __future__ import annotations

import re

from summarizer.text.cleanup_lexicon import YEAR_OR_TIME
from summarizer.text.furniture import strip_furniture
from summarizer.text.furniture_lexicon import NAME_JOINERS, TITLE_DOMAIN, TITLE_SEPARATOR
from summarizer.text.lines import is_headline_like, is_junk
from summarizer.web.title_lexicon import SECTION_WORDS, TITLE_BRACKET_NAME, TITLE_SLUG

MIN_HEADLINE_WORDS = 4  # a part this long may be the headline; shorter parts may be names
MAX_NAME_WORDS = 4  # a site's or section's name ("News & Gossip, Entertainment") at most
MIN_HOST_WORD = 4  # a word of the title this long found in the host name names the site
MAX_SITE_TITLE_WORDS = 6  # a title that is only the site's name ("The Valley Gazette Online")
MIN_BLURB_WORDS = 2  # "Local News for ...": section words before "for" in a site's blurb


def is_site_blurb(k: str) -> bool:
    """A site's description for its `<title>`: section words, then whom or where for ("Local
    News and Video for Ellis County"). `k` is the title in `key` form."""
    head, found, _ = k.partition(" for ")
    words = head.split()
    return bool(found) and len(words) >= MIN_BLURB_WORDS and set(words) <= SECTION_WORDS


def headline(title: str, headings: frozenset[str], host: str) -> str:
    """`title` without the site's and sections' names, or `title` when that is not clear.

    `headings` are the page's `<h1>`-`<h3>` texts in `key` form; `host` the page's host name.
    """
    if (bare := TITLE_DOMAIN.sub("", title)) != title and word_count(bare) >= MIN_HEADLINE_WORDS:
        return headline(bare.strip(), headings, host)  # "gazette.example - News - Headline"
    if (slug := TITLE_SLUG.match(title)) and word_count(title[slug.end() :]) >= MIN_HEADLINE_WORDS:
        return headline(title[slug.end() :], headings, host)  # "SOCCER-Valley beat Ellis 2-1"
    if title.endswith(")") and (bare := _without_bracketed_name(title, host)) != title:
        return headline(bare, headings, host)  # "Headline (from The Gazette)"
    parts = [part for part in TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    for part in parts:
        if word_count(part) >= MIN_HEADLINE_WORDS and key(part) in headings:
            return part.strip()
    long_parts = [
        at
        for at, part in enumerate(parts)
        if word_count(part) >= MIN_HEADLINE_WORDS and not is_site_blurb(key(part))
    ]
    if len(long_parts) != 1 or long_parts[0] not in (0, len(parts) - 1):
        return title
    names = [part for at, part in enumerate(parts) if at != long_parts[0]]
    if all(is_name(name, host) or is_site_blurb(key(name)) for name in names):
        return parts[long_parts[0]].strip()
    return title


def _without_bracketed_name(title: str, host: str) -> str:
    """The title without the site's name in brackets after it: "(from The Gazette)", or a name
    with a word of the host name ("(Valley Gazette)" on valleygazette.example)."""
    bracket = TITLE_BRACKET_NAME.search(title)
    if bracket is None or word_count(title[: bracket.start()]) < MIN_HEADLINE_WORDS:
        return title
    name = bracket["name"]
    in_host = any(
        len(word) >= MIN_HOST_WORD and word not in NAME_JOINERS and word in host.lower()
        for word in re.findall(r"\w+", name.lower())
    )
    if is_name(name, host) and (bracket["from"] or in_host):
        return title[: bracket.start()].strip()
    return title


def headline_from_body(
    title: str, paragraphs: list[str], host: str, *, named: bool = False
) -> tuple[str, list[str]]:
    """When the title is only the site's name ("Valley Gazette Online", "Gazette | 01/19/2008")
    and the body opens with a headline ("Night buses return"), that line is the title.

    Old pages put the site's name in `<title>` and the headline in the page as a line of its
    own; a date line, a byline or a sentence opening the body is no headline. `named`: the
    caller already knows the title is a name (`best_title`).
    """
    if not paragraphs or not (named or is_site_name(title, host)):
        return title, paragraphs
    first = paragraphs[0]
    if (
        word_count(first) >= MIN_HEADLINE_WORDS - 1
        and is_headline_like(first)
        and not is_junk(first)
        and not YEAR_OR_TIME.search(first)
        and any(char.islower() for char in first)
        and not first.endswith(("?", "!"))  # a blog post's opening question
        and strip_furniture(first) == [first]  # "Click photo to enlarge"
    ):
        return first, paragraphs[1:]
    return title, paragraphs


def is_site_name(title: str, host: str) -> bool:
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
        and word_count(title) <= MAX_SITE_TITLE_WORDS
        and all(is_name(part, host, most=MAX_SITE_TITLE_WORDS) for part in parts)
    )


def is_name(part: str, host: str, most: int = MAX_NAME_WORDS) -> bool:
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


def word_count(text: str) -> int:
    return len(text.split())
