"""Paragraph texts from trafilatura's XML body: what a reader of the article sees, line by line.

A heading between the article's paragraphs (a section's, a list item's: "When will it be on?",
"3. Jennifer Hudson") is a line of its own, which the summarizer reads as a heading, never as a
sentence; one before the first paragraph (the headline again, a standfirst, a section's name)
or after the last (a box's) is no part of the story and goes, as does a "heading" too long to
be one (a photo's caption set in a heading tag). Text loose after any element (its tail, as
under a deals page's subheadings) is article text and becomes a paragraph of its own. An
element that holds blocks (the `<div>` of trafilatura's fallback) is read block by block, its
headings as lines of their own: flattened, a headline, a date line or a sub-heading would be
glued to the sentence after it. Lines broken by `<br>` become paragraphs of their own unless
the next line obviously continues the sentence: glued together they read as one run-on
sentence. A table that is the content (standings, a price list: rows of short cells) becomes
one line per row; a table used for layout (cells of prose, or nested blocks) gives its cells'
paragraphs as ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

_SENTENCE_END = re.compile(r"[.!?…。！？\"'»”’)]$")
_CONTINUING_ENDS = (",", ";", ":", "-", "–", "—", "(", "/", "&")  # a line that ends mid-sentence
_NOT_TEXT = frozenset({"graphic", "ref"})  # trafilatura elements we drop
_BLOCKS = frozenset({"p", "list", "table", "quote", "head", "code"})  # inside a layout cell
# An element with one of these as a child holds paragraphs (the `div` of a fallback
# extraction): its blocks are read one by one, not flattened into one line.
_CONTAINER_CHILDREN = _BLOCKS | {"div"}
# A data table: at least this many rows of at least this many cells, each cell short.
MIN_TABLE_ROWS = 2
MIN_TABLE_COLUMNS = 2
MAX_CELL_WORDS = 12
CELL_SEPARATOR = " | "
# A list item longer than the summarizer's subheads (`summary.core`, 12 words) is one of its
# sentences: with no end mark it runs into the next one picked (see `bullet_sentence`). A
# shorter one stays a heading there. On the real pages (dev) 8 words gave 53 items on 14 pages,
# related stories' headlines among them ("NFL sends message: Get used to flags on sacks").
MIN_BULLET_WORDS = 13
# A heading tag holding more words than this is a photo's caption or a pull quote set as one
# ("President of the guild speaks at an event in Washington ... REUTERS/..."), not a heading.
# The real pages' (dev) section headings run to 16 words ("What to do if you are having ...").
MAX_HEADING_WORDS = 20


def paragraphs(body: Any, *, tables: bool = True) -> list[str]:
    """The body's paragraphs in order, each a one-line string, no paragraph twice in a row;
    `tables=False` leaves data tables out (layout tables still give their text)."""
    blocks = list(_block_texts(body, tables))
    texts = [at for at, (text, heading) in enumerate(blocks) if not heading and _ends(text)]
    out: list[str] = []
    for at, (text, heading) in enumerate(blocks):
        if heading and not (texts and texts[0] < at < texts[-1] and _is_heading(text)):
            continue  # before the story, after it, or a caption: not a section's heading
        if text and (not out or out[-1] != text):
            out.append(text)
    return out


def _is_heading(text: str) -> bool:
    return len(text.split()) <= MAX_HEADING_WORDS


def _ends(text: str) -> bool:
    """Whether a block ends like a sentence: the story's, not a byline or a date line."""
    return _SENTENCE_END.search(text) is not None


def _block_texts(body: Any, tables: bool, *, nested: bool = False) -> Iterator[tuple[str, bool]]:
    """(text, whether it is a heading of the body's own) for each block, in order."""
    yield from _plain(_broken_lines([body.text or ""]))
    for element in body:
        if element.tag == "table":
            yield from _table_texts(element, tables)
        elif element.tag == "head":
            yield _flat(element), not nested  # a container's heading is one of its lines
        elif element.tag not in _NOT_TEXT and _holds_blocks(element):
            yield from _block_texts(element, tables, nested=True)
        elif element.tag not in _NOT_TEXT:
            if element.tag == "list":
                for item in element.iter("item"):
                    yield from _plain(map(bullet_sentence, _broken_lines(_lines(item))))
            else:
                yield from _plain(_broken_lines(_lines(element)))
        yield from _plain(_broken_lines([element.tail or ""]))


def _plain(texts: Iterable[str]) -> Iterator[tuple[str, bool]]:
    return ((text, False) for text in texts)


def bullet_sentence(line: str) -> str:
    """A list item that reads as a sentence ends as one: a standfirst's bullet points carry no
    full stop ("... on Friday"), and a summary that picks two of them shows them run together
    ("on Friday Riot police pushed"). Short items (a menu's, a related story's headline) stay."""
    words = line.split()
    if len(words) < MIN_BULLET_WORDS or not line[0].isupper() or not line[-1].isalnum():
        return line
    return f"{line}."


def _holds_blocks(element: Any) -> bool:
    """Whether the element is a container of paragraphs (or headings), not one paragraph:
    flattened, a sub-heading or a date line would be glued to the sentence after it."""
    return element.tag != "list" and any(child.tag in _CONTAINER_CHILDREN for child in element)


def _table_texts(table: Any, tables: bool) -> Iterator[tuple[str, bool]]:
    """A data table as one line per row (cells joined); a layout table as its cells' text."""
    rows = [[cell for cell in row if cell.tag == "cell"] for row in table.iter("row")]
    rows = [row for row in rows if any(_flat(cell) for cell in row)]
    if not rows:
        return
    if _is_data_table(table, rows):
        for row in rows if tables else ():
            cells = [text for text in map(_flat, row) if text]
            yield CELL_SEPARATOR.join(cells), False
        return
    for row in rows:
        for cell in row:
            yield from _block_texts(cell, tables)


def _is_data_table(table: Any, rows: list[list[Any]]) -> bool:
    """Rows of short cells, two columns or more, no paragraphs or lists inside: a grid of
    facts (teams and points, products and prices), not a page laid out in cells."""
    if len(rows) < MIN_TABLE_ROWS or max(len(row) for row in rows) < MIN_TABLE_COLUMNS:
        return False
    if any(el.tag in _BLOCKS for cell in table.iter("cell") for el in cell.iterdescendants()):
        return False
    return all(len(_flat(cell).split()) <= MAX_CELL_WORDS for row in rows for cell in row)


def _flat(element: Any) -> str:
    return _clean(" ".join(element.itertext()))


def _lines(element: Any) -> list[str]:
    """The element's text in document order, cut into lines at each <lb>."""
    lines = [""]

    def walk(node: Any) -> None:
        if node.tag == "lb":
            lines.append("")
            return
        lines[-1] += node.text or ""
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            lines[-1] += child.tail or ""

    walk(element)
    return lines


def _broken_lines(lines: list[str]) -> list[str]:
    """Lines joined where the next one continues the sentence; the others end a paragraph."""
    out: list[str] = []
    for line in filter(None, map(_clean, lines)):
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _continues(before: str, after: str) -> bool:
    """A line break inside a sentence: the next line starts in lower case or after a comma or
    the like; after a full stop the sentence splitter cuts anyway, so the lines stay together."""
    return bool(
        after[0].islower() or before.endswith(_CONTINUING_ENDS) or _SENTENCE_END.search(before)
    )


def _clean(text: str) -> str:
    return " ".join(text.split())
