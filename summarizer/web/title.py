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
from summarizer.web.title_lexicon import (
    CATEGORY_TAILS,
    SECTION_WORDS,
    TITLE_BRACKET_NAME,
    TITLE_GLUED_DASH,
    TITLE_LOWER_LABEL,
    TITLE_PLACE,
    TITLE_SLUG,
)

MIN_HEADLINE_WORDS = 4  # a part this long may be the headline; shorter parts may be names
MAX_NAME_WORDS = 4  # a site's or section's name ("News & Gossip, Entertainment") at most
MIN_HOST_WORD = 4  # a word of the title this long found in the host name names the site
MAX_SITE_TITLE_WORDS = 6  # a title that is only the site's name ("The Valley Gazette Online")
MIN_BLURB_WORDS = 2  # "Local News for ...": section words before "for" in a site's blurb
MIN_PRINTED_WORDS = 2  # a shorter part the page prints as a heading ("Ann Lee") may be it
MIN_SHORT_HEADLINE_WORDS = 3  # "Podium for Canuck" between names that are surely names
MAX_LABEL_WORDS = 3  # a category label before the colon ("F1 News", "Lee, Ann")
MIN_KEYWORDS = 3  # comma-separated names that make a title a list of search keywords


def is_site_blurb(k: str) -> bool:
    """A site's description for its `<title>`: section words, then whom or where for ("Local
    Sport and Weather for Ellis County"). `k` is the title in `key` form."""
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
    if (bare := _without_label(title)) != title:
        return headline(bare, headings, host)  # "F1 News: Headline", "xbox360: Headline"
    parts = [part for part in TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2 and (printed := _printed_after_name(title, headings, host)) is not None:
        return printed  # "GazetteNow... Night buses return" with that <h1>
    if len(parts) < 2:
        return _without_glued_names(title, host)
    for part in parts:
        if word_count(part) >= MIN_HEADLINE_WORDS and key(part) in headings:
            return part.strip()
    for at, part in enumerate(parts):  # "Ann Lee - POLITICO 50" with an <h1> "Ann Lee"
        others = parts[:at] + parts[at + 1 :]
        if (
            word_count(part) >= MIN_PRINTED_WORDS
            and key(part) in headings
            and all(is_name(other, host) or is_sure_name(other, host) for other in others)
        ):
            return part.strip()
    long_parts = [
        at
        for at, part in enumerate(parts)
        if word_count(part) >= MIN_HEADLINE_WORDS
        and not is_site_blurb(key(part))
        and not set(key(part).split()) <= SECTION_WORDS  # "News, Sports and Entertainment"
    ]
    if not long_parts:
        return _between_sure_names(title, parts, host)
    if len(long_parts) != 1 or long_parts[0] not in (0, len(parts) - 1):
        return title
    names = [part for at, part in enumerate(parts) if at != long_parts[0]]
    if all(is_name(name, host) or is_site_blurb(key(name)) for name in names):
        return _without_label(parts[long_parts[0]].strip())  # "Lee, Ann: Remembering Ann Lee"
    return title


def is_sure_name(part: str, host: str) -> bool:
    """A part of a title that no headline is: a section's words only ("Other Sports", "News"),
    a town and its state ("Dunmore, PA"), or a name with a word of the host name."""
    words = key(part).split()
    return bool(words) and (
        set(words) <= SECTION_WORDS
        or TITLE_PLACE.match(part.strip()) is not None
        or (is_name(part, host) and _has_host_word(part, host))
    )


def _between_sure_names(title: str, parts: list[str], host: str) -> str:
    """The one part of three words or more at an end of the title when every other part is
    surely a name: "Ferry Crossing Cancelled - News - Dunmore, PA"."""
    rest = [at for at, part in enumerate(parts) if not is_sure_name(part, host)]
    if len(rest) != 1 or rest[0] not in (0, len(parts) - 1):
        return title
    part = parts[rest[0]]
    if word_count(part) < MIN_SHORT_HEADLINE_WORDS or _has_host_word(part, host):
        return title
    return _without_label(part.strip())


def _printed_after_name(title: str, headings: frozenset[str], host: str) -> str | None:
    """The page's heading when the title is that heading with a short name glued before or
    after it by any mark ("GazetteNow... Night buses return", "Night buses return ~ Gazette")."""
    words = title.split()
    for size in range(MIN_HEADLINE_WORDS, len(words)):
        for part, rest, mark in (
            (words[-size:], words[:-size], words[-size - 1][-1]),  # the name first
            (words[:size], words[size:], words[size][0]),  # the name last
        ):
            if (
                len(rest) <= MAX_LABEL_WORDS
                and not mark.isalnum()  # the name ends (or starts) with its mark
                and key(" ".join(part)) in headings
                and is_name(" ".join(rest), host)
            ):
                return " ".join(part)
    return None


def _without_glued_names(title: str, host: str) -> str:
    """The headline of "Headline-Section-The Site" or "Other Sports- Headline": names glued
    by a dash with no space on its left. Taken only when one part is a phrase (not written
    like a name), at an end, and the others are two or more names, or a section ("Spider-Man
    Returns" stays whole)."""
    parts = [part for part in TITLE_GLUED_DASH.split(title) if part.strip()]
    phrases = [at for at, part in enumerate(parts) if not is_name(part, host)]
    if len(parts) < 2 or len(phrases) != 1 or phrases[0] not in (0, len(parts) - 1):
        return title
    if word_count(parts[phrases[0]]) < MIN_SHORT_HEADLINE_WORDS:
        return title
    others = [part for at, part in enumerate(parts) if at != phrases[0]]
    if len(others) < 2 and not any(is_sure_name(other, host) for other in others):
        return title
    return parts[phrases[0]].strip()


def _without_label(title: str) -> str:
    """The title without a category label before its colon: a lower-case word ("xbox360:"), a
    section ("F1 News:", "Breaking News:"), or words the headline repeats ("Lee, Ann:
    Remembering Ann Lee"). A person quoted ("Ann Lee: We will win") keeps the name."""
    label, colon, rest = title.partition(": ")
    if not colon or word_count(rest) < MIN_SHORT_HEADLINE_WORDS or TITLE_SEPARATOR.search(label):
        return title
    words = key(label).split()
    if not words or len(words) > MAX_LABEL_WORDS:
        return title
    if (
        TITLE_LOWER_LABEL.match(label.strip())
        or (is_name(label, "") and words[-1] in CATEGORY_TAILS)
        or (len(words) > 1 and set(words) <= set(key(rest).split()))
    ):
        return rest.strip()
    return title


def is_keyword_list(text: str, host: str) -> bool:
    """A `<title>` of search keywords ("Football News, Live Scores, Cup Scores"): three or
    more parts between commas, each named like a section."""
    parts = [part for part in text.split(",") if part.strip()]
    return len(parts) >= MIN_KEYWORDS and all(is_name(part, host) for part in parts)


def _has_host_word(text: str, host: str) -> bool:
    return any(
        len(word) >= MIN_HOST_WORD and word not in NAME_JOINERS and word in host.lower()
        for word in re.findall(r"\w+", text.lower())
    )


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
    """When the title is only the site's name ("Valley Gazette Online", "Gazette | 03/11/2009")
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
    words is in the host name: "The State | 03/11/2009" on thestate.example. A headline in
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
    words = [word.lstrip("(\"'‘“[") for word in part.split()]
    words = [word for word in words if any(char.isalnum() for char in word)]
    if not words or len(words) > most:
        return False
    if host and len(words[0]) > 2 and words[0].lower() in host.lower():
        return True
    return all(
        word[0].isupper() or word[0].isdigit() or word.lower() in NAME_JOINERS for word in words
    )


def key(text: str) -> str:
    """Comparison form: case and punctuation do not make two headlines differ."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def word_count(text: str) -> int:
    return len(text.split())
