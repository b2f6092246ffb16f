"""Markup mended before trafilatura reads it, where trafilatura would turn it into wrong text.

Script and style source: trafilatura deletes `<script>` and `<style>`, but in recall mode, when
its cleaning would leave no `<p>` at all (an old page laid out in tables, tables off), it undoes
every deletion, these too, and the source code comes out as article text ("advertisement
document.write('<SCR'+'IPT ...") while the story around it may be lost. Their content is never
text a reader sees, so it goes before any pass; JSON data blocks stay (trafilatura reads a
page's metadata and an embedded article body from them).

Empty inline elements: trafilatura's precision mode deletes an empty `<span>`, `<b>` ... with
the text after it ("members<span id="more-1"></span> — Moran" read "membersMoran"). Taken out
of the markup they leave that text where it was, as a browser shows it. An empty anchor (a
jump target, `<h2><a name="when"></a>When did it happen?</h2>`) counts for trafilatura as a
link with no text, so the short heading or paragraph holding it reads as all link and is
deleted as a menu: a question-and-answer explainer lost all its questions that way.

A list article's item headings ("listicle-slide-hed": a number and a name in two `<span>`s of a
`<div>`): trafilatura's precision mode reads no text loose in a `<div>`, and the list lost every
item's name. Made a `<p>` (not a heading tag: where trafilatura finds no article container it
recovers paragraphs only) they are kept as the short lines the summary reads as headings, "1.
Kelly Clarkson: Coach", numbered as the page shows them: the summary's numbered list.
"""

from __future__ import annotations

import re

# A script or style element up to its first end tag, as an HTML parser reads it (their content
# is raw text: the first "</script" ends it, whatever the code means). An unclosed one is left.
_SOURCE = re.compile(
    r"<(script|style)\b([^>]*)>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
# The inline tags in trafilatura's CUT_EMPTY_ELEMS (settings.py), which its precision mode
# deletes with their tail when they hold nothing; block ones are left (a line break there).
_EMPTY_INLINE = re.compile(r"<(b|em|i|q|span|strong)(?:\s[^<>]*)?></\1\s*>", re.IGNORECASE)
# An anchor with no address and nothing in it: a jump target, never a link a reader can follow.
_EMPTY_ANCHOR = re.compile(r"<a(?![^<>]*\bhref\s*=)(?:\s[^<>]*)?>(\s*)</a\s*>", re.IGNORECASE)
# An item heading's <div> holding no <div> of its own, and the item's number in it.
_LISTICLE_HED = re.compile(
    r"""<div(\s[^<>]*\bclass=["'][^"'<>]*\blisticle-slide-hed["'\s][^<>]*)>"""
    r"((?:(?!</?div\b).)*?)</div\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^<>]*>")
_NAME = re.compile(r"[^\W\d_]")  # a letter: the heading names its item
_LISTICLE_NUMBER = re.compile(
    r"""(<span\s[^<>]*\bclass=["'][^"'<>]*\blisticle-slide-hed-number\b[^<>]*>\s*\d{1,3})"""
    r"(?=\s*</span)",
    re.IGNORECASE,
)


def listicle_headings(html: str) -> str:
    """A list article's item headings as paragraphs, each number followed by a full stop."""
    return _LISTICLE_HED.sub(_as_heading, html)


def _as_heading(match: re.Match[str]) -> str:
    """The heading as a paragraph; one with no name (a video's slide: "10") as it was."""
    if not _NAME.search(_TAG.sub(" ", match[2])):
        return match[0]
    numbered = _LISTICLE_NUMBER.sub(r"\1. ", match[2])
    return f"<p{match[1]}>{numbered}</p>"


def without_source(html: str) -> str:
    """The markup without its scripts' and style sheets' source; JSON data blocks stay."""
    return _SOURCE.sub(_unless_data, html)


def without_empty_inline(html: str) -> str:
    """The markup without empty inline elements (`<span id="x"></span>`) and jump targets
    (`<a name="x"></a>`), their tails kept."""
    return _EMPTY_ANCHOR.sub(r"\1", _EMPTY_INLINE.sub("", html))


def _unless_data(match: re.Match[str]) -> str:
    kind = _TYPE.search(match[2]) if match[1].lower() == "script" else None
    return match[0] if kind is not None and "json" in kind[1].lower() else ""
