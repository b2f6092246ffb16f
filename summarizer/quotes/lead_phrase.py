"""A cue-less quote right after the reporter's sentence that quoted a phrase of one person.

'Jo Lee said the plan was "a mess". "Nobody asked us before it went ahead."': the reporter
gives a speaker's words in part, in a sentence whose speech verb names that speaker and which
the phrase ends, then goes straight on with the same person's words in full, with no cue of
their own. Why: BBC stories write this often, and such a quote had no speaker at all (session
18, bbc_train12 dev, read: three quotes). Only a name is credited (the phrase's speaker as
`partial` reads it), and only when nothing but the sentence's full stop and a space stands
between the phrase and the quote, in one paragraph: any more narration may bring in someone
else.
"""

from __future__ import annotations

from summarizer.quotes.partial import partial_speaker
from summarizer.quotes.raw_quote import RawQuote, raw_text
from summarizer.quotes.speakers import Speaker

# The shortest phrase read here: a quote in full right after it is evidence enough that the
# phrase was speech ("had to be more "business-like". "There are ..."), so one word will do
# (chosen on bbc_train12 dev, read in session 18: in-sample).
LEAD_PHRASE_MIN_WORDS = 1


def lead_phrase_speaker(
    masked: str,
    raws: list[RawQuote],
    raw: RawQuote,
    paras: list[tuple[int, int]],
    languages: frozenset[str],
) -> Speaker | None:
    """The named speaker of the phrase that ends the sentence just before `raw` (a quote with
    no cue), or None when no such phrase stands there or its sentence names nobody."""
    before = [r for r in raws if r.closed and r is not raw and r.close_pos < raw.open_pos]
    if not before:
        return None
    phrase = max(before, key=lambda r: r.close_pos)
    if phrase.speech:
        return None  # a full quote before it: the continuation rules (`credit`) own that
    if phrase.first_para != raw.first_para:
        return _cued_phrase_speaker(masked, phrase, raw, paras)
    inner = raw_text(masked, phrase).rstrip()
    gap = masked[phrase.close_pos + 1 : raw.open_pos]
    ends = gap.strip() == "." or (not gap.strip() and inner[-1:] == ".")
    if not ends or "\n" in gap:
        return None
    if phrase.partial:
        found = (phrase.speaker, phrase.cue) if phrase.speaker else None
    else:
        start = paras[phrase.first_para][0]
        found = partial_speaker(
            masked, phrase, start, inner, languages, min_words=LEAD_PHRASE_MIN_WORDS
        )
    if found is None or found[0] is None or found[0].kind != "name":
        return None
    return found[0]


def _cued_phrase_speaker(
    masked: str, phrase: RawQuote, raw: RawQuote, paras: list[tuple[int, int]]
) -> Speaker | None:
    """'America needs leaders "who …," Lee said.⏎⏎"And that's why …"': the name of the cue
    right after a phrase that ends its paragraph, when `raw` opens the next one with no cue of
    its own. The phrase, no speech of its own (it opens mid-sentence), hands on no speaker to
    the continuation rules; the quote after it had none (reading22b: PolNeAR train)."""
    sp = phrase.speaker
    if sp is None or sp.kind != "name" or not phrase.how.startswith("after:"):
        return None
    if raw.first_para != phrase.para + 1 or phrase.cue_end <= phrase.close_pos:
        return None
    if masked[phrase.cue_end : paras[phrase.para][1]].strip() not in ("", "."):
        return None  # more narration after the cue may bring in someone else
    if masked[paras[raw.first_para][0] : raw.open_pos].strip():
        return None  # the quote does not open its paragraph
    return sp
