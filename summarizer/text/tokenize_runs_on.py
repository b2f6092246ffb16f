"""End marks that end no sentence, because the sentence runs on past them.

A quoted question or exclamation followed by a cue, a dash or a bracket in lower case ('"All the
way!" Dawson shouted', '"Liar!" (a chant) ...'; words in `tokenize_lexicon`), a dash and a
lower-case word ('p.m. - will air'), and any mark inside a quotation that opens after words of
the sentence and closes before a lower-case one ('because "Oil pays him. He's got to be for oil,
right?" during a speech'). `summarizer.text.tokenize` asks `runs_on` about each mark that would
otherwise end a sentence.
"""

from __future__ import annotations

import re

from summarizer.text.tokenize_lexicon import (
    CUE_VERBS,
    DASHES,
    END_MARKS,
    LONG_DASHES,
    MAX_NAME_WORDS,
    MAX_QUOTE_CHARS,
    NOT_NAMES,
)

# A speaker and a cue after a quoted question or exclamation ('?" Trump asked'); not one that
# leads into a quotation of its own ('?" Mr Dale replied: "...').
_NOT_NAME = "|".join(NOT_NAMES.split())
_CUE_VERB = "|".join(CUE_VERBS.split())
_CUE = re.compile(
    rf"(?!(?:{_NOT_NAME})\b)(?:[A-Z][\w'’.-]*\s+){{1,{MAX_NAME_WORDS}}}(?:{_CUE_VERB})\b"
    r"(?!\s*:|,?\s*[“\"‘])"
)
_DASH_ON = re.compile(rf"[{DASHES}]+\s*(?P<next>\S)")
_QUOTE_PAIRS = (("“", "”"), ('"', '"'))
_AFTER_WRAPPED = re.compile(r"[,;]?\s+[^\W\d_A-Z]")  # a closing mark, then the sentence goes on


def runs_on(text: str, start: int, pos: int, close: int, m: re.Match[str], after: int) -> bool:
    """The marks from `pos` to `close` (matched by `m`, the sentence begun at `start`, the next
    word at `after`) end no sentence: a quoted question or exclamation the sentence carries on after
    (a dash, a bracket in lower case, a cue: '"Liar!" (a chant) ...', '?" Trump asked'), a
    dash and a lower-case word ('p.m. - will air'), or a quotation opened inside the sentence
    that closes before more of it ('because "... money. He's got to ..." during a speech')."""
    first = text[after]
    asks = text[pos] in "?!" or (
        close - pos > 1 and ("?" in text[pos:close] or "!" in text[pos:close])
    )
    if first in DASHES:
        dash = _DASH_ON.match(text, after)
        if dash is None:
            return False
        return dash["next"].islower() or (asks and text.startswith(LONG_DASHES, after))
    if asks:
        if first in "([" and text[after + 1 : after + 2].islower():
            return True
        if m.group("close") and _CUE.match(text, after):
            return True
    return _in_wrapped_quote(text, start, pos)


def _in_wrapped_quote(text: str, start: int, pos: int) -> bool:
    """`pos` is inside a quotation that opens after words of the sentence begun at `start`
    (not after a colon) and closes, in the same paragraph, before a lower-case word: the
    narration wraps it, so its inner marks end no sentence."""
    if text.find("“", start, pos) < 0 and text.find('"', start, pos) < 0:
        return False  # the common case: no quotation mark in the sentence so far
    for opening, closing in _QUOTE_PAIRS:
        at = text.rfind(opening, start, pos)
        if at < 0:
            continue
        if opening == closing:
            if text.count(opening, start, pos) % 2 == 0:
                continue  # every straight mark before `pos` is paired
        elif text.find(closing, at, pos) >= 0:
            continue
        before = text[start:at].rstrip()
        if not before or before[-1] in ":" + END_MARKS:
            return False  # the quotation opens the sentence or follows a colon
        end = text.find(closing, pos + 1, pos + MAX_QUOTE_CHARS)
        if end < 0 or "\n" in text[pos:end]:
            return False
        return _AFTER_WRAPPED.match(text, end + 1) is not None
    return False
