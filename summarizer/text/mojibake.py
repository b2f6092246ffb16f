"""Mojibake: UTF-8 text that was read as Windows-1252 somewhere before it reached us
("Environment Canadaâ€™s", "Â£5"). Pages publish it as it is, so no decoder can help: the bytes
really are those characters. ftfy's `fix_encoding` undoes it, and only where the result reads
better (it leaves "SÃO PAULO" and "naïve" alone).

ftfy is asked only when a marker of such text is in it, so clean text costs one scan per marker,
and it is imported then, not before: with wcwidth it adds about 10 MB to a process and 40 ms to
its start, which the bot and each worker would otherwise pay for the rare page that needs it.
"""

from __future__ import annotations

import unicodedata

# What UTF-8 punctuation and Latin letters become when read as Windows-1252: the start of
# "’" / "“" / "—" ("â€"), of "é" / "à" ("Ã"), and a no-break space or "£" ("Â").
MARKERS = ("â€", "Ã", "Â")
# The same letters decomposed ("A" + combining tilde): a text put through NFD after it was
# garbled (reading22c: "PeÃ±a" so, in a PolNeAR article) hides every marker until composed.
_COMBINING = ("\u0302", "\u0303")


def fix_mojibake(text: str) -> str:
    """`text` with mojibake undone; the same string when it holds none."""
    if any(mark in text for mark in _COMBINING):
        composed = unicodedata.normalize("NFC", text)
        if composed != text and any(marker in composed for marker in MARKERS):
            text = composed
    if not any(marker in text for marker in MARKERS):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
