"""Markup mended before trafilatura reads it, where trafilatura would turn it into wrong text.

Script and style source: trafilatura deletes `<script>` and `<style>`, but in recall mode, when
its cleaning would leave no `<p>` at all (an old page laid out in tables, tables off), it undoes
every deletion, these too, and the source code comes out as article text ("advertisement
document.write('<SCR'+'IPT ...") while the story around it may be lost. Their content is never
text a reader sees, so it goes before any pass; JSON data blocks stay (trafilatura reads a
page's metadata and an embedded article body from them).

Empty inline elements: trafilatura's precision mode deletes an empty `<span>`, `<b>` ... with
the text after it ("members<span id="more-1"></span> — Moran" read "membersMoran"). Taken out
of the markup they leave that text where it was, as a browser shows it.
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


def without_source(html: str) -> str:
    """The markup without its scripts' and style sheets' source; JSON data blocks stay."""
    return _SOURCE.sub(_unless_data, html)


def without_empty_inline(html: str) -> str:
    """The markup without empty inline elements (`<span id="x"></span>`), their tails kept."""
    return _EMPTY_INLINE.sub("", html)


def _unless_data(match: re.Match[str]) -> str:
    kind = _TYPE.search(match[2]) if match[1].lower() == "script" else None
    return match[0] if kind is not None and "json" in kind[1].lower() else ""
