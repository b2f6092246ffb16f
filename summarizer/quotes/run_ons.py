"""Quotes that do not close where they open: a quote carried into the next paragraph (closed
by the mark that paragraph opens with or reaches first), one whose paragraphs a text that lost
its breaks ran together, one never closed before the next opening mark, and a single-quoted
quote that British papers reopen in each paragraph.

Apart from the pairing (`marks`): these are the guesses about lost or left-out marks, read
from the text around a paragraph's edge; the scanner keeps the state and applies them.
"""

from __future__ import annotations

import re

from summarizer.quotes.mark_rules import ANY_MARK, CLOSERS, can_open
from summarizer.quotes.name_lexicon import ROLES
from summarizer.quotes.pronoun_lexicon import FIRST_OR_SECOND_PERSON_WORDS, THIRD_PERSON_WORDS
from summarizer.quotes.verbs import VERB_SET

_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")  # a sentence's end inside a quote left open
# A reporter's sentence: a name, then a verb in the past ("Lee smiled", "Jo Lee also said").
_NARRATION = re.compile(
    r"\s*(?:[A-Z][\w’'-]+\s+){1,3}(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|said|says|told)\b"
)
# A sentence only the reporter writes, read inside a quote whose closing mark may be lost: a
# titled name, then a speech verb or "was"/"had" ("Mr Dorn was careful not to ..."), or a
# full name and a speech verb ("Jo Dorn later told reporters ..."). Not "Italy played well"
# nor "We raided ...": a speaker says those (Session 16).
_REPORTER = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+\s+(?:also\s+|later\s+)?"
    r"(?:said|says|told|added|was|had)"
    r"|[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:also\s+|later\s+)?(?:said|says|told|added))\s"
)
# A reporter's sentence that brings someone in by role and full name, then a verb of theirs
# ("Meanwhile, club spokesman Jo Dorn welcomed ...", "Party leader Ann Bell said ..."): the
# role word (`ROLES`), one to three capitalised words, a verb in the past or of speech.
_ROLE_NAME_VERB = re.compile(
    r"(?P<role>[\w-]+)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:also\s+|later\s+)?"
    r"(?:[a-z]+ed|said|says|told|added)\b"
)
ROLE_LED_REACH = 5  # words of the sentence before the role word ("Meanwhile, Egypt FA")
_ANY_PERSON = re.compile(
    r"\b(?:" + "|".join(FIRST_OR_SECOND_PERSON_WORDS) + r")\b|\bI[’']", re.IGNORECASE
)
# As written: "We" or "You" opening a reporter's sentence do not count here (`classify`'s do).
_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:" + "|".join(FIRST_OR_SECOND_PERSON_WORDS) + r")\b|\bI[’']"
)
_THIRD_PERSON = re.compile(r"\b(?:" + "|".join(THIRD_PERSON_WORDS) + r")\b")
_NEXT_OPENER = re.compile(r"\s*(\S)(\S?)")  # the next paragraph's first two characters
# A single mark opening a quote after a colon ("she writes: 'I use ..."), inside another.
_COLON_SINGLE = re.compile(r":\s*['‘](?=\s?[A-Z])")
_CUE_PRONOUNS = ("he", "she", "they")  # a cue's subject that needs words before it
# The end of a cue sentence before that colon: a third person or a name, a speech verb.
_CUE_TAIL = re.compile(
    r"(?P<lead>.*?)(?P<who>\b(?:[Hh]e|[Ss]he|[Tt]hey)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)\s*$",
    re.S,
)


def closing_mark(p: str, mark: str) -> int:
    """Where the first mark of paragraph `p` closes a pending quote opened with `mark`, or -1:
    a closing mark of its kind that cannot open a quote ("”", or '"' after a word or at the
    end)."""
    closers = CLOSERS.get(mark, "")
    for i, ch in enumerate(p):
        if ch in '"“”„«»':
            if ch not in closers or (ch == mark and ch != '"'):
                return -1
            prev, nxt = (p[i - 1] if i else ""), p[i + 1 : i + 2]
            if ch == '"' and i and can_open(ch, prev, nxt):
                return -1
            return i
    return -1


def closes_here(p: str, lead: int, mark: str) -> bool:
    """The paragraph's first character closes the pending quote opened with `mark` ("”
    Nagasu said.")."""
    return closing_mark(p, mark) == lead and p[lead] != mark


def goes_on(p: str, start: int, i: int, prev: str, nxt: str) -> bool:
    """'said: "We waited. "Now act."': a text that lost its paragraph breaks keeps the mark
    that opened each paragraph of one quote, the closing ones left out. A '"' at `i` of
    paragraph `p` after a space, before a capital, while the quote open at `start` ends a
    sentence of its own, opens the quote's next part rather than closing it."""
    if not prev.isspace() or not (nxt.isupper() or nxt == "'"):
        return False
    body = p[start + 1 : i].rstrip()
    if "\n" in body or len(body.split()) < 3 or ANY_MARK.search(body):
        return False  # over a line break, a closing mark was more likely lost than left out
    return body[-1:] in ".!?…"


def narration_end(p: str, start: int, i: int) -> int:
    """Where the quote opened at `start` of paragraph `p` ended, when a '"' at `i` would run it
    on (`goes_on`) but a sentence of its body after the first reads as the reporter's ('"We
    told them so. Mr Dorn was careful ..., saying .... "Our neighbours ...," Mr Dorn said'):
    the closing mark was lost, not the paragraph break, and the mark at `i` opens another
    speaker's quote (also `_narration_of`). The end of the sentence before the narration, or
    -1."""
    ends = [m.start() + 1 for m in _SENTENCE_STOP.finditer(p, start + 1, i)]
    for a, b in zip(ends, [*ends[1:], i], strict=True):
        if _reporter(p, a, b) or _narration_of(p[a:b]):
            return a
    return -1


def _narration_of(sentence: str) -> bool:
    """A sentence that opens with a name and a verb in the past and goes on about that
    person as "he" or "she", with no "I", "we" or "you" ("Bosvelt joined City in 2003 and at
    first he struggled."): the reporter's background on someone, not the speaker's words
    (Session 17: a quote whose closing mark was lost ran on over such a sentence into the
    next speaker's quote and took that speaker's cue). "Italy played well" stays a speaker's."""
    return _narration(sentence) and _THIRD_PERSON.search(sentence) is not None


def _reporter(p: str, a: int, b: int) -> bool:
    """`p[a:b]` is a sentence only the reporter writes (`_REPORTER` or `_role_led`, no "I",
    "we", "you")."""
    if _ANY_PERSON.search(p, a, b):
        return False
    return _REPORTER.match(p, a, b) is not None or _role_led(p[a:b])


def _role_led(sentence: str) -> bool:
    """A sentence that names someone by a role before their full name, near its start, and
    gives them a verb ("Meanwhile, Egypt FA spokesman Jo Dorn welcomed the apology"): the
    reporter bringing in a new person, not a speaker's words (Session 17: a quote left open
    ran on over such a sentence into the spokesman's own quote and took his cue)."""
    for m in _ROLE_NAME_VERB.finditer(sentence):
        if len(sentence[: m.start()].split()) > ROLE_LED_REACH:
            return False
        if m["role"].lower() in ROLES:
            return True
    return False


def unclosed_end(p: str, start: int, i: int) -> int:
    """A second “ („, «) at `i` on a later line while the one at `start` is open: the open
    quote was never closed (such a mark does not nest in itself). It ends at the end of its
    first line. On the same line (a page that lost its paragraph breaks and the closing mark
    with them: '“... Superman. Asked about Lee, Jo said: “He ...'), a mark after a space ends
    it at the last sentence end before the new mark's sentence. -1 when neither holds (a typo
    for ”, maybe)."""
    end = p.find("\n", start, i)
    if end < 0:
        if not p[i - 1 : i].isspace() or not p[i + 1 : i + 2].strip():
            return -1
        ends = [m.start() + 1 for m in _SENTENCE_STOP.finditer(p, start + 1, i)]
        if not ends:
            return -1
        end = ends[-1]
        if len(ends) > 1 and (_narration(p[ends[-2] : end]) or _reporter(p, ends[-2], end)):
            end = ends[-2]  # '... him Juice. Lee smiled at that. “I ...': Lee's is no quote
    return end


def next_paragraph_reopens(text: str, p: str, end: int, mark: str) -> bool:
    """Paragraph `p` (ending at `end` of `text`) ends a sentence and the next one opens with
    the same single `mark` (a ' before a capital), as British papers set a quote that runs on
    over paragraphs."""
    if p.rstrip()[-1:] not in ".!?…":
        return False
    m = _NEXT_OPENER.match(text, end)  # no copy of the rest
    return not (m is None or m.group(1) != mark or (mark == "'" and not m.group(2).isupper()))


def _narration(sentence: str) -> bool:
    """A sentence that reads as the reporter's, not a speaker's: it opens with a name and a
    verb in the past, and has no "I", "we" or "you" in it."""
    return bool(_NARRATION.match(sentence)) and not _FIRST_OR_SECOND_PERSON.search(sentence)


def reporter_cue_inside(p: str, start: int, end: int) -> int:
    """A single-quoted quote opened at `start` of paragraph `p` and read to `end` that holds
    the reporter's next cue with its own opening mark ("One commenter wrote: 'You're amazing.
    ... On her profile she writes: 'I use ..."): the quote was left open, and the cue is no
    speaker's. Where the quote ends (the end of the sentence before the cue), or -1.

    The cue sentence follows a sentence of the quote's own, ends "subject + speech verb:",
    speaks in no first or second person, and has a name for its subject or words before its
    "he" or "she" ("He said: 'Go'" may be a speaker's account of someone else's words).
    Sentences about someone in the third person right before it go with the cue (cnndm3
    dev, read in session 22: in-sample; the commenter got the star's words)."""
    for m in _COLON_SINGLE.finditer(p, start + 1, end):
        ends = [k.start() + 1 for k in _SENTENCE_STOP.finditer(p, start + 1, m.start())]
        if not ends or _ANY_PERSON.search(p, ends[-1], m.start()):
            continue
        tail = _CUE_TAIL.match(p[ends[-1] : m.start()].strip())
        if tail is None or tail["verb"] not in VERB_SET:
            continue
        if tail["who"].lower() in _CUE_PRONOUNS and not tail["lead"].strip():
            continue
        k = len(ends) - 1  # sentences of background before the cue are the reporter's too
        while k > 0 and _background(p, ends[k - 1], ends[k]):
            k -= 1
        return ends[k]
    return -1


def _background(p: str, a: int, b: int) -> bool:
    """`p[a:b]` speaks of someone as "he" or "she" and in no first or second person
    ("Promise has been posting videos since she started her channel in 2009.")."""
    return _THIRD_PERSON.search(p, a, b) is not None and _ANY_PERSON.search(p, a, b) is None
