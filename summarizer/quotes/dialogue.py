"""Dialogue lines without quotation marks, as Russian and other languages set speech: a dash
opens the speech, a second spaced dash its cue ("— Бюджет сбалансирован, — заявил Силуанов.").

Apart from the mark scan (`marks`): no mark is paired here, each line is read on its own.
"""

from __future__ import annotations

import re

from summarizer.quotes.mark_rules import ANY_MARK
from summarizer.quotes.raw_quote import DASH, RawQuote

# A dialogue line (Russian and others): "— Speech, — said X. — More speech." The speech runs
# from the opening dash to the punctuation before the next spaced dash; "(?=\w)" wants a word
# after that dash (the cue), so a dash inside the speech that no cue follows stays in it.
_DIALOGUE_OPEN = re.compile(r"[ \t]*[—–][ \t\u00a0]+(?=\w)")
_DIALOGUE_CUE = re.compile(r"(?P<end>[,!?.…])[ \t\u00a0]+[—–][ \t\u00a0]+(?=\w)")
_DIALOGUE_MORE = re.compile(r"[.:][ \t\u00a0]+[—–][ \t\u00a0]+(?=\w)")


def dialogue(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """Dialogue lines without quotation marks: a paragraph that opens with a dash and has a
    cue after a second spaced dash ("— Бюджет сбалансирован, — заявил Силуанов."). The speech
    after the cue ("... Силуанов. — Мы ...") is a second part. Kept only if a cue names a
    speaker (`RawQuote.straight_single`)."""
    found: list[RawQuote] = []
    for pi, (ps, pe) in enumerate(paras):
        if text[ps] not in " \t—–":
            continue
        m = _DIALOGUE_OPEN.match(text, ps, pe)
        cue = _DIALOGUE_CUE.search(text, m.end(), pe) if m else None
        if m is None or cue is None or ANY_MARK.search(text, m.end(), cue.start()):
            continue
        end = cue.start() + 1  # the comma too, as inside quotation marks
        found.append(RawQuote([(m.end(), end)], m.end() - 1, cue.start(), pi, pi, mark=DASH))
        more = _DIALOGUE_MORE.search(text, cue.end(), pe)
        if more and not ANY_MARK.search(text, more.end(), pe):
            tail = text[more.end() : pe].rstrip()
            close = more.end() + len(tail)
            found.append(RawQuote([(more.end(), close)], more.end() - 1, close, pi, pi, mark=DASH))
    return found
