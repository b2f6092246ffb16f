"""A quote's second half that opens with "I" after its cue: does it go on the first half's
sentence? ('"At that point," Lee said, referring to May, "I knew it was wrong."' is one
sentence; kept apart, "At that point." was a key quote of its own: reading24d, BBC train.)
`merge._sentence_goes_on` reads a second half in lower case so; "I" is capitalised anywhere.
"""

from __future__ import annotations

import re

# The pronoun "I" opening a quote's second half, which goes on as the first half's sentence
# would in lower case ('"At that point," Lee said, referring to May, "I knew it was wrong."':
# kept apart, "At that point." was a key quote of its own; reading24d, BBC train).
_I_OPENS = re.compile(r"I(?:[ \t]+[a-z]|['’][a-z])")
# Only after an aside set off by the cue's comma, with no speech of its own in it ('" Blige
# sings to Clinton before asking her, "I ...': a second utterance, not the first one's end).
_ASIDE_GAP = re.compile(r",[ \t][^,]*,\s*")
_SPEECH_PARTICIPLE = re.compile(
    r"\b(?:asking|adding|telling|saying|replying|answering|insisting|noting|explaining"
    r"|continuing|warning|claiming)\b"
)


def i_goes_on(second: str, gap: str) -> bool:
    """Whether a second half opening with "I" goes on the first half's sentence (`_I_OPENS`)."""
    return (
        _I_OPENS.match(second) is not None
        and _ASIDE_GAP.fullmatch(gap) is not None
        and _SPEECH_PARTICIPLE.search(gap) is None
    )
