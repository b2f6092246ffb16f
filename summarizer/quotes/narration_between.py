"""Whether the reporter wrote about someone else between the previous quote and this one.

When "he said" finds no one in the narration, the previous quote's speaker goes on speaking;
but after Perry's quote, 'Kim missed putts.⏎"It hurt," he said.' is not Perry's: a sentence of
the reporter's own in between, naming someone else, may bring in a new speaker. Apart from
`resolve`, which decides what "he" means, because reading that gap (the previous cue's tail,
quoted words inside it, the lead the story opened with) is a test of its own.
"""

from __future__ import annotations

import re

from summarizer.quotes.antecedent import Antecedents
from summarizer.quotes.narration import SENTENCE_END, sentences
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.redescribe import redescribes
from summarizer.quotes.subjects import clause_subject
from summarizer.quotes.word_patterns import whole_word

_LETTER = re.compile(r"[^\W\d_]")
_QUOTED = re.compile(r"[\"“«„][^\"”»“]*[\"”»]")  # quoted words inside narration
_OPENING = re.compile(r"[\"“«„‘]")
_ENDS = frozenset(".!?…")


def narration_between(
    masked: str, search: Antecedents, previous: RawQuote | None, raw: RawQuote, last: str
) -> bool:
    """Whether the reporter wrote a sentence of their own between the previous quote (and
    its cue) and the sentence that leads into `raw`, naming someone else but not `last`:
    after Perry's quote, 'Kim missed putts.⏎"It hurt," he said.' is not Perry's. A lead-in
    ("He added: ") is no such sentence; nor is one about nobody new ("He also joked.")."""
    if previous is None:
        return False
    close = previous.parts[-1].close_pos
    end = max(previous.cue_end, close + 1)
    gap = _QUOTED.sub(lambda m: " " * len(m.group()), masked[end : raw.open_pos])
    gap = gap.rstrip()
    if _OPENING.search(gap):
        return False  # `raw` sits inside a longer quote: no narration of the reporter's
    start = 0
    if masked[close - 1 : close] not in _ENDS or gap.lstrip()[:1].islower():
        # '," he was quoted as saying in the Post.': the rest of the previous quote's cue
        first = SENTENCE_END.search(gap)
        start = first.end() if first else len(gap)
    stop = len(gap)  # the quote opens its sentence, else its lead-in is no narration
    if gap[-1:] not in _ENDS:
        cuts = [m.end() for m in SENTENCE_END.finditer(gap, start)]
        stop = cuts[-1] if cuts else start
    if not _LETTER.search(gap, start, stop):
        return False
    if whole_word(last.split()[-1]).search(gap[start:stop]):
        return False
    other_lead = _lead_other(masked, last, previous)
    return any(
        search.names_a_subject(gap[a:b]) or (other_lead and redescribes(gap[a:b].lstrip()))
        for a, b in sentences(gap, start, stop)
    )


def _lead_other(masked: str, last: str, previous: RawQuote) -> bool:
    """Whether the text's first sentence opens with a person's full name that is not
    `last`'s ("Jo Lee will miss the final after ..."), and the previous quote, `last`'s,
    spoke of that lead by name ("... and Jo's wrist is swollen"): a sentence after
    it that describes someone again ("The Canadian has had ...", "The 28-year-old ...")
    speaks of the lead, so a "he" after it is no longer the previous speaker's (Session
    18: a player's words given to his doctor)."""
    first = SENTENCE_END.search(masked)
    subject = clause_subject(masked[: first.start() if first else None].strip())
    if subject is None or subject.kind != "name" or " " not in subject.text:
        return False  # "City winger Jo Lee ...": a lone word may be a club's or a place's
    lead = subject.text.split()
    if lead[-1] == last.split()[-1]:
        return False
    said = " ".join(masked[a:b] for part in previous.parts for a, b in part.spans)
    return any(whole_word(word).search(said) for word in lead)
