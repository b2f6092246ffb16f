"""The story's first paragraph when the page does not set it in a `<p>` (issue: lost ledes).

Pages often style the lede apart from the paragraphs after it: a bold run loose in the story's
container (`<strong>Lede.</strong><br>Next ...`), a `<div>` of its own ("article-intro"), plain
text between a photo box and the first `<p>`, a wrapper the site marks as a media box. trafilatura
keeps text outside `<p>` only when the page has little `<p>` text (its precision pass drops a
`<div>`'s own text), and readability, which it falls back on, weighs a wrapper down by its
class name ("media") and keeps a loose run only when it sits between two `<p>`s; so the story
starts at its second paragraph and the summary's first sentence refers to nothing.

`recover_lede` looks at the page around the first paragraph kept: the text right before it, in
reading order, is put back when it reads as a story's paragraph (a sentence of some length,
mostly lower-case words, few of them links, not a heading, list item, caption or page chrome)
and lies in the story's container (a near ancestor of the kept paragraph's block holds it). Runs are
cut at block elements and `<br>`, as a reader sees lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Block-level elements: each starts and ends a run of text, as `<br>` does.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})  # fmt: skip
_HIDDEN = frozenset({
    "button", "iframe", "noscript", "object", "option", "script", "select", "style", "svg",
    "template", "textarea",
})  # fmt: skip
# Elements whose text is never a story's lede: headings, list items, captions, page chrome
# (not "form": ASP.NET pages hold the whole page in one, the story too).
_NOT_LEDE = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "figure", "nav",
    "header", "footer", "aside", "label", "caption", "th",
})  # fmt: skip
_CAPTION_NAME = re.compile(r"caption|credit", re.IGNORECASE)

MIN_LEDE_WORDS = 10  # a shorter run is a date, a byline, a label or a heading
MIN_LOWER_SHARE = 0.4  # headlines and name lists are mostly capitalised words
MAX_LINK_SHARE = 0.2  # a teaser of another story is mostly link text
MAX_LEVELS_UP = 3  # the lede's block lies within this many levels above the kept paragraph's
MAX_RECOVERED = 2  # paragraphs put back, at most (dev pages: one each, never a second)
MAX_SKIPPED = 1  # short kept lines ("He was 66.") stepped over between the lede and the story
ANCHOR_WORDS = 8  # the first kept paragraph is found by its first words
_SENTENCE_END = re.compile(r"[.!?…\"'”’»]$")


@dataclass
class _Run:
    """A line of the page as a reader sees it: text between two block boundaries."""

    block: Any  # the nearest block element holding the run
    owner: Any = None  # the element whose text (or a child's tail) starts the run
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    excluded: bool = False  # in a heading, list item, caption or page chrome

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def recover_lede(
    tree: Any, paragraphs: list[str], *, titles: tuple[str, ...], known: frozenset[str]
) -> list[str]:
    """`paragraphs` with the story's lost first paragraph(s) put back before the first kept
    paragraph that reads as a story's (`tree`: the page as lxml parsed it; `titles`: the
    page's headlines, cut off a run that starts with one, as a header glued to its standfirst
    does; `known`: `key` forms of headings and captions, which are never put back)."""
    anchor = next((i for i, p in enumerate(paragraphs) if _is_prose(p)), None)
    body = tree.find("body")
    if anchor is None or body is None:
        return paragraphs
    runs = [run for run in _runs(body) if run.text]
    prefix = " ".join(key(paragraphs[anchor]).split()[:ANCHOR_WORDS])
    at = next((i for i, run in enumerate(runs) if key(run.text).startswith(prefix)), None)
    if at is None:
        return paragraphs
    kept = {key(p) for p in paragraphs} | known | {key(t) for t in titles}
    found: list[str] = []
    insert = anchor  # the paragraphs before the anchor are short lines (no prose)
    for run in reversed(runs[max(0, at - MAX_RECOVERED - MAX_SKIPPED) : at]):
        text = _without_title(run.text, titles)
        if (
            not found
            and anchor - insert < MAX_SKIPPED
            and insert
            and key(text) == key(paragraphs[insert - 1])
        ):
            insert -= 1  # a short kept line between the lede and the story ("He was 66.")
            continue
        if len(found) == MAX_RECOVERED or key(text) in kept:
            break
        if not _is_lede(run, text, runs[at].block):
            break
        found.insert(0, text)
    return paragraphs[:insert] + found + paragraphs[insert:]


def key(text: str) -> str:
    """Comparison form, as the title's (`title.key`)."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def _without_title(text: str, titles: tuple[str, ...]) -> str:
    """The run without a headline it starts with ("Headline Standfirst sentence ...")."""
    words = text.split()
    for title in filter(None, map(key, titles)):
        for i in range(1, len(words)):
            head = key(" ".join(words[:i]))
            if head == title:
                return " ".join(words[i:])
            if not title.startswith(head):
                break
    return text


def _is_lede(run: _Run, text: str, anchor_block: Any) -> bool:
    if run.excluded or not _is_prose(text) or run.link_chars > MAX_LINK_SHARE * len(text):
        return False
    return _near(run.owner, anchor_block)


def _is_prose(text: str) -> bool:
    """A paragraph of a story: a sentence of some length, mostly lower-case words."""
    words = text.split()
    if len(words) < MIN_LEDE_WORDS or not _SENTENCE_END.search(text):
        return False
    letters = [w for w in words if w[:1].isalpha()]
    return sum(w[0].islower() for w in letters) >= MIN_LOWER_SHARE * max(1, len(letters))


def _near(element: Any, anchor_block: Any) -> bool:
    """Whether `element` lies inside one of the kept paragraph's block's nearest ancestors."""
    container = anchor_block
    for _ in range(MAX_LEVELS_UP):
        if container is None or element is None:
            return False
        if container is element or any(a is container for a in element.iterancestors()):
            return True
        container = container.getparent()
    return False


def _runs(root: Any) -> Iterator[_Run]:
    """The root's text as runs, in reading order."""
    run = _Run(root)
    for event, value, flags, owner in _walk(root, root, excluded=False, link=False):
        if event == "break":
            yield run
            run = _Run(value)
            continue
        if run.owner is None and value.strip():
            run.owner = owner
        run.parts.append(value)
        if flags[1]:
            run.link_chars += len(value.strip())
        run.excluded = run.excluded or flags[0]
    yield run


def _walk(
    element: Any, block: Any, *, excluded: bool, link: bool
) -> Iterator[tuple[str, Any, tuple[bool, bool], Any]]:
    """("text", text, (excluded, in a link), its element) and ("break", the block after it,
    ...) events. Recursive: libxml2 nests an HTML tree 256 deep at most."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in _HIDDEN or not tag:
        return
    tag = tag.lower()
    is_block = tag in _BLOCKS
    inner_block = element if is_block else block
    excluded = excluded or tag in _NOT_LEDE or _captioned(element)
    link = link or tag == "a"
    if is_block:
        yield "break", inner_block, (excluded, link), element
    if element.text:
        yield "text", element.text, (excluded, link), element
    for child in element:
        yield from _walk(child, inner_block, excluded=excluded, link=link)
        if child.tail:
            yield "text", child.tail, (excluded, link), element
    if is_block:
        yield "break", block, (excluded, link), element


def _captioned(element: Any) -> bool:
    """An element the page names a caption or a photo credit."""
    return bool(_CAPTION_NAME.search(f"{element.get('class', '')} {element.get('id', '')}"))
