"""OPML subscription lists: import (outline URLs, nested folders flattened) and export.

Parsed with defusedxml, so entity expansion and external entities in an uploaded file are refused
rather than expanded (no file or URL is ever opened); the size cap bounds the rest: at most
MAX_OPML_BYTES are parsed and MAX_OUTLINES kept. The bot parses in its worker pool, under the
pool's time budget.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from summarizer.errors import GistError

MAX_OPML_BYTES = 1_000_000
MAX_OUTLINES = 500
# Attributes of our own on an outline: the digest filter rules of that feed, one per line. An
# outline without a feed URL that carries them holds the rules for every feed (gistbot's export).
INCLUDE_ATTR, EXCLUDE_ATTR = "gistbotInclude", "gistbotExclude"
MAX_RULES_PER_OUTLINE = 50
MAX_RULE_CHARS = 500


class OpmlError(GistError):
    """Kept here, not in summarizer.errors, until the bot's catalogs carry `error.bad_opml`."""

    code = "bad_opml"
    message = "That file is not a readable OPML subscription list."


@dataclass(frozen=True, slots=True)
class Outline:
    url: str  # "" only for the outline that carries rules for every feed
    title: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


def parse_opml(data: bytes, *, limit: int = MAX_OUTLINES) -> list[Outline]:
    """Feed outlines (those with an http(s) xmlUrl) in document order, duplicates dropped,
    and the first outline without a feed that carries filter rules (url "")."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError("That OPML file is too large.")
    try:
        root = fromstring(data)
    except (ET.ParseError, DefusedXmlException, ValueError) as exc:
        raise OpmlError(detail=str(exc)) from None
    if root.tag.lower() != "opml":
        raise OpmlError(detail=f"root element is {root.tag!r}")
    found: dict[str, Outline] = {}
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag.lower() != "outline":
            continue
        attrs = {k.lower(): v for k, v in node.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        include, exclude = _rules(attrs, INCLUDE_ATTR), _rules(attrs, EXCLUDE_ATTR)
        if not _is_web_url(url):
            if not url and (include or exclude) and "" not in found:
                found[""] = Outline(url="", include=include, exclude=exclude)
            continue
        if url not in found:
            title = (attrs.get("title") or attrs.get("text") or "").strip() or None
            found[url] = Outline(url=url, title=title, include=include, exclude=exclude)
            if len(found) >= limit:
                break
    return list(found.values())


def _rules(attrs: dict[str, str], name: str) -> tuple[str, ...]:
    lines = (line.strip() for line in attrs.get(name.lower(), "").splitlines())
    return tuple(line[:MAX_RULE_CHARS] for line in lines if line)[:MAX_RULES_PER_OUTLINE]


def _is_web_url(url: str) -> bool:
    try:  # "http://[x/" raises ValueError: not a link we can use, like any other
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def export_opml(
    outlines: Iterable[Outline],
    *,
    title: str = "gistbot subscriptions",
    now: datetime | None = None,
) -> bytes:
    """An OPML 2.0 document; ElementTree escapes every attribute value."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC))
    body = ET.SubElement(root, "body")
    for outline in outlines:
        rules = {}
        for name, values in ((INCLUDE_ATTR, outline.include), (EXCLUDE_ATTR, outline.exclude)):
            if values:
                rules[name] = "\n".join(values)
        if not outline.url:  # the rules for every feed
            ET.SubElement(body, "outline", text="gistbot filters", **rules)
            continue
        name = outline.title or outline.url
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=outline.url,
                      **rules)  # fmt: skip
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
