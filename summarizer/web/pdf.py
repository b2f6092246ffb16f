"""A PDF's title and text, within page and character budgets, for `extract`.

Its own module because a PDF is read by another library (pypdf, imported on first use) and by
other rules than a web page: no markup says what is a paragraph, so the text of each page is
split into paragraphs by its blank lines, or by its line lengths where it has none, and the
title is the document's metadata or its first short line. `extract` checks the file's size
(MAX_PDF_BYTES) before this runs and builds the Article around what it returns.
"""

from __future__ import annotations

import io
import re
from typing import Any

from summarizer.errors import ExtractionError, UnsupportedContentError
from summarizer.web.verdict import MIN_WORDS, word_count

MAX_PDF_PAGES = 60
MAX_PDF_TEXT_CHARS = 1_000_000  # five times the default MAX_TEXT_CHARS a summary reads

_SENTENCE_END = re.compile(r"[.!?…。！？\"'»”’)]$")


def pdf_text(data: bytes) -> tuple[str | None, str]:
    """The PDF's title (None: none found) and its text as paragraphs joined by blank lines;
    ExtractionError when it cannot be read or holds too little text, UnsupportedContentError
    when it is password-protected."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedContentError("The PDF is password-protected.")
        texts = _pdf_texts(reader)
        meta_title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except UnsupportedContentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError("The PDF could not be read.", detail=repr(exc)) from None
    paragraphs = [p for text in texts for p in split_paragraphs(text)]
    title = _clean(str(meta_title)) if meta_title and str(meta_title).strip() else None
    if title and re.match(r"(?i)^(untitled|microsoft word|document\d*$)", title):
        title = None
    if not title and len(paragraphs) > 1 and _is_title_line(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if title:
        paragraphs = [p for p in paragraphs if _key(p) != _key(title)]
    body = "\n\n".join(paragraphs)
    if word_count(body) < MIN_WORDS:
        raise ExtractionError("The PDF has no text to extract (it may be a scanned image).")
    return title, body


def _pdf_texts(reader: Any) -> list[str]:
    """Text of the first MAX_PDF_PAGES pages, stopping at MAX_PDF_TEXT_CHARS in all."""
    texts: list[str] = []
    room = MAX_PDF_TEXT_CHARS
    for pdf_page in reader.pages[:MAX_PDF_PAGES]:
        text = (pdf_page.extract_text() or "")[:room]
        texts.append(text)
        room -= len(text)
        if room <= 0:
            break
    return texts


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; hard-wrapped lines inside one are joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if len(blocks) == 1 and blocks[0].count("\n") > 2:
        return _rewrap(blocks[0].split("\n"))
    return [_join_lines(b.split("\n")) for b in blocks]


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line  # de-hyphenate "exam-\nple"
        else:
            out = f"{out} {line}" if out else line
    return _clean(out)


def _rewrap(lines: list[str]) -> list[str]:
    """Paragraphs from lines without blank lines: a short line ending a sentence ends one."""
    lines = [ln.strip() for ln in lines]
    lengths = sorted(len(ln) for ln in lines if ln)
    typical = lengths[len(lengths) * 3 // 4] if lengths else 0
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            continue
        if not current and len(line) < 0.6 * typical and not _SENTENCE_END.search(line):
            paragraphs.append(_clean(line))  # a heading or title line stands alone
            continue
        current.append(line)
        if _SENTENCE_END.search(line) and len(line) < 0.85 * typical:
            paragraphs.append(_join_lines(current))
            current = []
    if current:
        paragraphs.append(_join_lines(current))
    return paragraphs


def _is_title_line(line: str) -> bool:
    return len(line.split()) <= 16 and len(line) <= 150 and not re.search(r"[.!?:;,]$", line)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
