"""Numeric HTML character references left in pasted plain text: "caf&#233;", "&#163;5m".

Copied from a page's source, a feed or a data set, plain text may keep "&#233;" where the page
showed "é": the summary would quote it and the figure finder would lose the "£" of "&#163;5m".
Only numeric references with their ";" are decoded, in one pass: they name one character each,
while "&amp;" or "&copy" may be meant as written (an article about HTML), and HTML extraction
has decoded its text already. One pass never decodes twice: "&#38;#233;" becomes "&#233;".
"""

from __future__ import annotations

import html
import re

_NUMERIC_REF = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});")
REF_START = "&#"


def decode_numeric_refs(text: str) -> str:
    """`text` with each "&#NNN;" and "&#xHH;" as the character it names (html.unescape's
    reading: "&#150;" is the Windows-1252 dash "–", an invalid code point U+FFFD)."""
    if REF_START not in text:  # memchr: most texts have none
        return text
    return _NUMERIC_REF.sub(lambda m: html.unescape(m.group()), text)
