"""The author field as a reader expects it: people's names, never a date or a publisher.

trafilatura takes the author from meta tags and bylines, which often carry the date beside the
name ("Ann Lee November") or the publisher as a second author ("Conde Nast; Ann Lee"). Parts
are cleaned one by one; a field with no name left is no author at all.
"""

from __future__ import annotations

import re

from summarizer.web.author_lexicon import DATE_WORDS, NAME_MONTHS, PUBLISHER, ROLE_WORDS

_PARTS = re.compile(r"\s*[;|]\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d\S*|\S")


def clean_author(author: str | None, site_name: str | None = None) -> str | None:
    """`author` without dates, publishers and lone job titles; None when nothing is left."""
    if not author:
        return None
    site = _fold(site_name) if site_name else None
    names: list[str] = []
    for part in _PARTS.split(author):
        name = _without_dates(part)
        if not name or (site and site.startswith(_fold(name))) or PUBLISHER.search(name):
            continue
        if all(w.casefold() in ROLE_WORDS for w in name.split()):
            continue
        if name not in names:
            names.append(name)
    return "; ".join(names) or None


def _without_dates(part: str) -> str:
    """The part without its date words and numbers; a name-month stays unless a number follows
    it or nothing but date words surrounds it."""
    words = _WORD.findall(part)
    kept: list[str] = []
    for i, word in enumerate(words):
        low = word.casefold().rstrip(".")
        following = words[i + 1] if i + 1 < len(words) else ""
        if low in DATE_WORDS or word[0].isdigit() or word in ",:":
            continue
        if low in NAME_MONTHS and following[:1].isdigit():
            continue
        kept.append(word)
    if kept and all(w.casefold().rstrip(".") in NAME_MONTHS for w in kept):
        return ""
    return " ".join(kept).strip(" ,.-")


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()
