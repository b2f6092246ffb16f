"""Is the link in an inline query finished? Telegram sends a query for every keystroke, so
`@bot https://news.exa` arrives long before `@bot https://news.example.com/story`.

A link counts as complete when it is http(s) with a host that is either a name with a dot whose
last label has a top-level domain's shape (two or more letters, or an `xn--` label) or a full
IP address, and it does not end the way a link being typed does (`.`, `-`, `?`, `=`, a `%`
escape cut short ...). A complete link may still grow (`example.co` on the way to `.com`): the
inline handler's quiet period covers that.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

CANDIDATE_RE = re.compile(r"https?://\S*", re.IGNORECASE)
SCHEME_PREFIXES = ("htt", "http", "https", "http:", "https:", "http:/", "https:/")
# Closing brackets and quotes around a pasted link belong to the text, not to the link.
CLOSING_CHARS = ")]}>'\"»”’"
# A link that ends like this is still being typed.
PARTIAL_END_RE = re.compile(r"(?:%[0-9a-f]?|[.,;!\-_?&=#@:+~])$", re.IGNORECASE)
LABEL_RE = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")
TLD_RE = re.compile(r"^(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})$", re.IGNORECASE)
IPV4_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


class Typed(enum.Enum):
    NOTHING = "nothing"  # no link in the query
    PARTIAL = "partial"  # a link still being typed
    COMPLETE = "complete"


@dataclass(frozen=True, slots=True)
class TypedLink:
    state: Typed
    url: str = ""


def _host_complete(host: str) -> bool:
    if IPV4_RE.match(host) or ":" in host:  # IPv4, or IPv6 (brackets already removed)
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True
    labels = host.split(".")
    return (
        len(labels) >= 2
        and all(LABEL_RE.match(label) for label in labels)
        and bool(TLD_RE.match(labels[-1]))
    )


def _complete(url: str) -> bool:
    if PARTIAL_END_RE.search(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number (yet)
    except ValueError:
        return False
    host = parts.hostname or ""
    return bool(host) and _host_complete(host)


def typed_link(query: str) -> TypedLink:
    """The first link in an inline query, and whether it looks finished."""
    match = CANDIDATE_RE.search(query)
    if match is None:
        last = query.rsplit(None, 1)[-1].lower() if query.strip() else ""
        return TypedLink(Typed.PARTIAL if last in SCHEME_PREFIXES else Typed.NOTHING)
    url = match.group(0).rstrip(CLOSING_CHARS)
    return TypedLink(Typed.COMPLETE, url) if _complete(url) else TypedLink(Typed.PARTIAL, url)
