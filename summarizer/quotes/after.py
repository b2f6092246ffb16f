"""Attribution after the closing mark: '," Putin said', '," said the head of X',
'," according to X', '», dit-il', '». — заявил X'.

`attribute_after` tries the cue shapes in turn: a document's sender, French inverted verbs, a
verb first ('," said the minister, Ana Ruiz.'), "according to", "quoted as", then a subject
first (`after_name_first`, whose tests tell that cue from the reporter's next sentence), and
last a cue inside the reporter's words that finish the quote's sentence. The shapes are
`after_lexicon`'s.
"""

from __future__ import annotations

import re

from summarizer.quotes.after_lexicon import (
    APPOSITIVE_NAME,
    DOCUMENT_VERB,
    END_PUNCT,
    IDENTIFIED_AS,
    LEAD_WORD,
    ORG_JOB,
    POST_ACCORDING,
    POST_INVERTED,
    QUOTED_AS,
    QUOTED_DESCRIBED_AS,
    QUOTED_NAME_AS,
    QUOTED_TITLE,
    SENTENCE_START,
    TAIL_CLAUSE,
    TAIL_COMMA,
    TWO_APOSTROPHES,
)
from summarizer.quotes.after_name_first import name_first_after
from summarizer.quotes.cues import CuePatterns, has_cue
from summarizer.quotes.documents import sender_at
from summarizer.quotes.noun_phrase import take_np
from summarizer.quotes.offices import office
from summarizer.quotes.outlet import OUTLET_HOW, sentence_source
from summarizer.quotes.raw_quote import RawQuote, tidy
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import OUTLET_VERBS
from summarizer.quotes.verbs import lower_capital_verbs
from summarizer.quotes.word_kinds import is_title

CLAIM_WORDS = 4  # words after "According to X," making a claim, not an appositive


def attribute_after(text: str, raw: RawQuote, para_end: int, cues: CuePatterns) -> None:
    """Set speaker and cue from what follows the closing mark ('," Putin said')."""
    if not raw.closed:
        return
    base = raw.close_pos + 1
    if text[raw.close_pos : base + 1] in TWO_APOSTROPHES:
        base += 1  # '...,’’ said Lee': the closing mark is two characters wide
    after = _without_quoted_titles(text[base : min(para_end, raw.close_pos + 240)])
    after = lower_capital_verbs(after)  # '” Lee, the group's head, Tweeted on Friday'
    if _document_cue(after, base, raw):
        return
    if not has_cue(after, cues) and " quoted " not in after:
        return  # no speech verb nearby: skip the costly patterns
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    punct_after = after[:1] in tuple(",.!?")
    if not (inner and inner[-1] in END_PUNCT) and not punct_after and after[:2] != " —":
        m = cues.post_bare.match(after)  # sloppy: '“... niches” Grubbs said.'
        sp = parse_speaker(m.group("who")) if m else None
        if m and sp and sp.kind != "description":
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + m.end("verb")
            raw.how = "after:bare"
        elif _opens_sentence(text, raw.open_pos):
            _sentence_tail(after, base, raw, cues)
        return
    m = POST_INVERTED.match(after) if "-il" in after or "-elle" in after else None
    if m:  # French: '», dit-il', '», a-t-elle ajouté'
        raw.speaker = Speaker("pronoun", m.group("p") or m.group("p2"))
        raw.cue = m.group("verb") or m.group("verb2")
        raw.cue_end = base + m.end()
        raw.how = "after:inverted"
        return
    m = cues.post_verb_first.match(after)
    if m and m.group("verb").lower() in OUTLET_VERBS:
        return  # '," reported the Daily Star.': the outlet that printed it, not who said it
    if m:
        np = take_np(m.group("rest"))
        sp = parse_speaker(np)
        end = m.start("rest") + len(np)
        named = None
        owned = sp is None and np.split()[-1:] != [] and np.split()[-1][:1].islower()
        if (sp and sp.kind == "description") or owned or office(np):  # "the minister"
            named = APPOSITIVE_NAME.match(after, end) or IDENTIFIED_AS.match(after, end)
        elif (
            sp
            and sp.kind == "name"
            and (job := ORG_JOB.match(after, end))
            and any(map(is_title, job.group("job").split()))
        ):  # '," said Acme finance director, Jo Lee.': the job's holder, not the firm; so
            # '," said BA director of commercial planning, Jo Lee.' (reading24d)
            named = APPOSITIVE_NAME.match(after, job.end())
        person = parse_speaker(named.group("name")) if named else None
        if named and person and person.kind == "name":  # '," said the minister, Ana Ruiz.'
            sp, end = person, named.end("name")
        if (sp and sp.kind != "description") or (sp and not np[:1].isupper()):
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + end
            raw.how = "after:verb-first" + ("+appositive" if named and person else "")
            return
    m = POST_ACCORDING.match(after)
    if m and inner[-1:] in ".!?" and _opens_next_claim(after, m):
        m = None  # '... beyond me." According to the Trust, fences ...': the next claim's source
    if m:
        np = take_np(m.group("rest"))
        sp = parse_speaker(np)
        if sp:
            raw.speaker, raw.cue = sp, "according to"
            raw.cue_end = base + m.start("rest") + len(np)
            raw.how = "after:according"
            return
    m = QUOTED_AS.match(after) or QUOTED_NAME_AS.match(after)
    if m:  # '," Jo Lee was quoted as saying', '," officials quoted Mr Lee as saying'
        sp = parse_speaker(m.group("who"))
        if sp and sp.kind == "name":
            raw.speaker, raw.cue, raw.how = sp, tidy(m.group("verb")), "after:quoted-as"
            raw.cue_end = base + m.end()
            return
    m = QUOTED_DESCRIBED_AS.match(after)
    if m:  # '," the Post quoted an aide to the mayor as saying': the aide, not the paper
        sp = parse_speaker(m.group("who"))
        if sp and sp.kind == "description":
            raw.speaker, raw.cue, raw.how = sp, tidy(m.group("verb")), "after:quoted-as"
            raw.cue_end = base + m.end()
            return
    if inner[-1:] in ".!?" and after.lstrip(" \t")[:1] == "\n":
        return  # '“... that?”⏎Several leaders, including Jo Lee, commented': a new line
    name_first_after(after, base, inner, raw, cues, _led_in(text, raw.open_pos))
    if raw.how == OUTLET_HOW:
        raw.how = ""
        sentence_source(text, raw, cues.languages)
        return
    if raw.speaker is None and inner[-1:] == "," and _opens_sentence(text, raw.open_pos):
        _sentence_tail(after, base, raw, cues)  # '"...," in contrast to 2012, says Jo Lee.'


def _document_cue(after: str, base: int, raw: RawQuote) -> bool:
    """'," read a letter from Acme', '," said a statement from Jo Lee': the sender, when a
    name, speaks (`documents`); True when it set the speaker."""
    m = DOCUMENT_VERB.match(after)
    at = sender_at(after, m.end()) if m else -1
    if m is None or at < 0:
        return False
    np = take_np(after[at:])
    sp = parse_speaker(np) if np else None
    if sp is None or sp.kind != "name":
        return False  # "the pioneers": who they are is a description earlier, or a guess
    raw.speaker, raw.cue, raw.how = sp, m.group("verb"), "after:document"
    raw.cue_end = base + at + len(np)
    return True


def _opens_next_claim(after: str, m: re.Match[str]) -> bool:
    """Whether "According to X" after a whole quoted sentence opens a sentence of its own, with
    a claim after its comma, rather than closing the quote ('," according to X.')."""
    if not after.lstrip(" \t")[:1].isupper():
        return False
    rest = m.group("rest")
    comma = rest.find(",")
    return comma > 0 and len(rest[comma + 1 :].split()) >= CLAIM_WORDS


def _without_quoted_titles(after: str) -> str:
    """`after` with a show's or a book's quoted title in its cue blanked out, offsets kept: in
    '," said “Stepping Out” host Ray Dunmore' the title is no speaker, the host is."""
    if "“" not in after and '"' not in after:
        return after
    return QUOTED_TITLE.sub(lambda m: " " * len(m[0]), after)


def _led_in(text: str, open_pos: int) -> bool:
    """The quote's own sentence leads into it with words and a comma or colon ('Lee replied
    to Ray with, "', 'Lee wrote:"'), so a cue after it may well lead into the next quote."""
    before = text[max(0, open_pos - 80) : open_pos].rstrip(" \t")
    line = before.rsplit("\n", 1)[-1]
    return line[-1:] in ",:" and LEAD_WORD.search(line[:-1]) is not None


def _opens_sentence(text: str, open_pos: int) -> bool:
    before = text[max(0, open_pos - 80) : open_pos].rstrip(" \t")
    return not before or before[-1] in SENTENCE_START


def _sentence_tail(after: str, base: int, raw: RawQuote, cues: CuePatterns) -> None:
    """'"Many would call that a loss" if she lost, said Jo Lee, an analyst.': a quote opening
    its sentence that the reporter's words finish, with a cue after one of their commas that
    names a person ("said Jo Lee", "Jo Lee said"). Only a name: the clause may speak of
    others, and a description there is too loose to credit."""
    clause = TAIL_CLAUSE.match(after)
    if clause is None or not has_cue(clause.group(), cues):
        return
    for comma in TAIL_COMMA.finditer(after, 0, clause.end()):
        m = cues.post_verb_first.match(after, comma.start())
        if m and m.start("verb") < clause.end():
            np = take_np(m.group("rest"))
            sp, end = parse_speaker(np), m.start("rest") + len(np)
        else:
            m = cues.post_name_first.match(after, comma.start())
            ok = m is not None and m.start("verb") < clause.end() and "," not in m.group("who")
            sp = parse_speaker(m.group("who")) if ok else None
            end = m.end("verb") if ok else 0
        if sp is not None and sp.kind == "name":
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + end
            raw.how = "after:sentence-tail"
            return
