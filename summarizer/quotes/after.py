"""Attribution after the closing mark: '," Putin said', '," said the head of X',
'," according to X', '», dit-il', '». — заявил X'."""

from __future__ import annotations

import re

from summarizer.quotes.cue_words import CONTRAST_OPENERS, TAIL_WORDS
from summarizer.quotes.cues import CUE_GAP, CuePatterns, has_cue
from summarizer.quotes.documents import sender_at
from summarizer.quotes.name_lexicon import NAME_PARTICLES, SURNAME_WORDS
from summarizer.quotes.noun_phrase import take_np
from summarizer.quotes.offices import office
from summarizer.quotes.pronoun_lexicon import OPENING_PRONOUNS
from summarizer.quotes.raw_quote import RawQuote, tidy
from summarizer.quotes.speakers import ACCORDING, Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import FINITE_AUXILIARIES, OUTLET_VERBS, REPLY_VERBS
from summarizer.quotes.word_kinds import PRONOUNS, is_title
from summarizer.text.lexicon import UPPER

# A capitalised article after "?" or "!" opens a new sentence ('“Any deal-makers here?” The
# crowd laughed.'); a cue's description after a question is in lower case ('?” the coach said').
_NEW_THE = frozenset({"The", "A", "An"})
_OPENS_NEXT = re.compile(r"\s*[,:]\s*[\"“«„‘]")
_ADVERB_OPENS_NEXT = re.compile(r"[ \t]+[a-z]+\s*[,:]\s*[\"“«„‘]")
_COLON_NEXT = re.compile(r"\s*:\s*[\"“«„‘]")  # '?" Lee said: "Yes."': Lee's words come next
# What may follow a cue's verb when the cue is a sentence of its own after a whole quoted
# sentence ('"We won." Lee said.', '... said on Monday.'): its end, or a time or place.
_CUE_SENTENCE_END = re.compile(
    r"(?:[.!?;]|\s(?:" + "|".join(TAIL_WORDS) + r"|\w+day)\b|\s*$)", re.I
)
_CAPITAL_NEXT = re.compile(r"\s[" + UPPER + "]")
# A sentence after a whole quoted sentence that opens by turning to another side: a new
# sentence about someone else, never the quote's cue.
_CONTRAST_NEXT = re.compile(r"[ \t]*(?:(?:" + "|".join(CONTRAST_OPENERS) + r"),|But\s)")
# A short quoted title in a cue: capitalised words with no sentence mark, then a word in lower
# case that it describes ("host", "star", "creator").
_QUOTED_TITLE = re.compile(
    r"[“\"](?=[" + UPPER + r"])[^\s“”\".,!?;:]+(?:\s[^\s“”\".,!?;:]+){0,5}[”\"](?=\s+[a-z])"
)
CLAIM_WORDS = 4  # words after "According to X," making a claim, not an appositive
_TWO_APOSTROPHES = ("’’", "''")
_END_PUNCT = ",.!?…—–-:;"
_POST_INVERTED = re.compile(
    CUE_GAP + r"(?:a-t-(?P<p2>il|elle)\s+(?P<verb2>[^\W\d_]+)|"
    r"(?P<verb>[^\W\d_]+)-(?:t-)?(?P<p>il|elle))\b"
)
# A verb-first cue whose subject is a document: "read" is no speech verb but here
# ('," read a letter from ...', `documents`).
_DOCUMENT_VERB = re.compile(CUE_GAP + r"(?P<verb>read|reads|said|says|stated|states)[ \t]+")
_POST_ACCORDING = re.compile(CUE_GAP + ACCORDING + r"\s+(?P<rest>[^\n]{1,160})", re.I)
# A name in apposition after a description, ending its clause: ", Ana Ruiz." / ", Jo de Vos," /
# with a job word before it: ", actress Jo Lee."
_NAME_WORD = r"[" + UPPER + r"][\w’'\-]+"
_APPOSITIVE_NAME = re.compile(
    r",[ \t]+(?:[a-z][a-z\-]+[ \t]+)?(?P<name>"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _NAME_WORD
    + "|"
    + "|".join(NAME_PARTICLES)
    + r")){1,3})(?=[.,;]|[ \t]*$)"
)
# Lower-case job words after a firm's name, before a comma: '," said Acme finance director,
# Jo Lee.' (the job's holder, named next, speaks; not the firm).
_ORG_JOB = re.compile(r"(?:[ \t]+[a-z][a-z\-]+){0,3}[ \t]+(?P<job>[a-z][a-z\-]+)(?=,)")
# A description's name given after it: "one member, who identified himself only as Rami".
_IDENTIFIED_AS = re.compile(
    r",?[ \t]+who[ \t]+(?:would[ \t]+)?(?:only[ \t]+)?(?:identif(?:y|ied)|gave)\b[^.,;:\n]{0,30}?"
    r"[ \t]as[ \t]+(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,2})(?=[.,;]|[ \t]*$)"
)
# A passive cue: '," Jo Lee was quoted as saying by the Post', '," Lee is reported to have
# replied'; and '," officials quoted Jo Lee as saying'.
_QUOTED_AS = re.compile(
    CUE_GAP + r"(?P<who>[^.!?;:\"“”«»„\n]{1,80}?)\s+(?:was|is|were|has\s+been|had\s+been)\s+"
    r"(?P<verb>(?:quoted|cited)\s+as\s+(?:saying|telling)|reported\s+to\s+have\s+"
    r"(?:said|replied|told|added|stated))\b"
)
_QUOTED_NAME_AS = re.compile(
    CUE_GAP
    + r"[^.!?;:\"“”«»„\n]{0,60}?\b(?P<verb>quoted)\s+(?P<who>(?:["
    + UPPER
    + r"][\w’'.\-]*\s+)"
    r"{1,4})as\s+(?:saying|telling)\b"
)
# '," the Post quoted an aide to the mayor as saying': someone described, after an indefinite
# or definite article, whose words the outlet relays (session 18, bbc_train12 dev, read).
_QUOTED_DESCRIBED_AS = re.compile(
    CUE_GAP + r"[^.!?;:\"“”«»„\n]{0,60}?\b(?P<verb>quoted)\s+(?P<who>(?:an?|one|the)\s+"
    r"[^.!?;:,\"“”«»„\n]{1,60}?)\s+as\s+(?:saying|telling)\b"
)
# Necessary for `post_name_first`: its verb follows whitespace and comes before the first mark
# its subject cannot cross. The search is cheap; the full pattern fails slowly (lazy subject).
_NAME_STOP = re.compile(r"[.!?;:\"“”«»„]")
# The reporter's words that finish the quote's sentence ('"..." if she lost, said Jo Lee.'):
# lower case after the mark, up to the sentence's end; a cue may sit after one of its commas.
_TAIL_CLAUSE = re.compile(r"[ \t]+[a-z][^.!?;:\"“”«»„\n]{0,200}")
_TAIL_COMMA = re.compile(r",[ \t]")
_SENTENCE_START = '\n.!?:"”’»'
_TAIL_OK = re.compile(
    r"(?:[.,;:!?]|\s(?:" + "|".join(TAIL_WORDS) + r"|\w+day)|$)",
    re.I,
)


def attribute_after(text: str, raw: RawQuote, para_end: int, cues: CuePatterns) -> None:
    """Set speaker and cue from what follows the closing mark ('," Putin said')."""
    if not raw.closed:
        return
    base = raw.close_pos + 1
    if text[raw.close_pos : base + 1] in _TWO_APOSTROPHES:
        base += 1  # '...,’’ said Lee': the closing mark is two characters wide
    after = _without_quoted_titles(text[base : min(para_end, raw.close_pos + 240)])
    if _document_cue(after, base, raw):
        return
    if not has_cue(after, cues) and " quoted " not in after:
        return  # no speech verb nearby: skip the costly patterns
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    punct_after = after[:1] in tuple(",.!?")
    if not (inner and inner[-1] in _END_PUNCT) and not punct_after and after[:2] != " —":
        m = cues.post_bare.match(after)  # sloppy: '“... niches” Grubbs said.'
        sp = parse_speaker(m.group("who")) if m else None
        if m and sp and sp.kind != "description":
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + m.end("verb")
            raw.how = "after:bare"
        elif _opens_sentence(text, raw.open_pos):
            _sentence_tail(after, base, raw, cues)
        return
    m = _POST_INVERTED.match(after) if "-il" in after or "-elle" in after else None
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
            named = _APPOSITIVE_NAME.match(after, end) or _IDENTIFIED_AS.match(after, end)
        elif (
            sp
            and sp.kind == "name"
            and (job := _ORG_JOB.match(after, end))
            and is_title(job.group("job"))
        ):  # '," said Acme finance director, Jo Lee.': the job's holder, not the firm
            named = _APPOSITIVE_NAME.match(after, job.end())
        person = parse_speaker(named.group("name")) if named else None
        if named and person and person.kind == "name":  # '," said the minister, Ana Ruiz.'
            sp, end = person, named.end("name")
        if (sp and sp.kind != "description") or (sp and not np[:1].isupper()):
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + end
            raw.how = "after:verb-first" + ("+appositive" if named and person else "")
            return
    m = _POST_ACCORDING.match(after)
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
    m = _QUOTED_AS.match(after) or _QUOTED_NAME_AS.match(after)
    if m:  # '," Jo Lee was quoted as saying', '," officials quoted Mr Lee as saying'
        sp = parse_speaker(m.group("who"))
        if sp and sp.kind == "name":
            raw.speaker, raw.cue, raw.how = sp, tidy(m.group("verb")), "after:quoted-as"
            raw.cue_end = base + m.end()
            return
    m = _QUOTED_DESCRIBED_AS.match(after)
    if m:  # '," the Post quoted an aide to the mayor as saying': the aide, not the paper
        sp = parse_speaker(m.group("who"))
        if sp and sp.kind == "description":
            raw.speaker, raw.cue, raw.how = sp, tidy(m.group("verb")), "after:quoted-as"
            raw.cue_end = base + m.end()
            return
    if inner[-1:] in ".!?" and after.lstrip(" \t")[:1] == "\n":
        return  # '“... that?”⏎Several leaders, including Jo Lee, commented': a new line
    _name_first_after(after, base, inner, raw, cues, _led_in(text, raw.open_pos))
    if raw.speaker is None and inner[-1:] == "," and _opens_sentence(text, raw.open_pos):
        _sentence_tail(after, base, raw, cues)  # '"...," in contrast to 2012, says Jo Lee.'


def _document_cue(after: str, base: int, raw: RawQuote) -> bool:
    """'," read a letter from Acme', '," said a statement from Jo Lee': the sender, when a
    name, speaks (`documents`); True when it set the speaker."""
    m = _DOCUMENT_VERB.match(after)
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
    return _QUOTED_TITLE.sub(lambda m: " " * len(m[0]), after)


def _name_first_after(
    after: str, base: int, inner: str, raw: RawQuote, cues: CuePatterns, led_in: bool = False
) -> None:
    """A subject, then its speech verb, after the closing mark ('," Putin said'). `led_in`:
    the reporter's words lead into the quote ('Lee replied to Ray with, "')."""
    stop = _NAME_STOP.search(after, 1)  # after[0] may be the lead punctuation
    if cues.space_verb.search(after, 0, stop.start() if stop else len(after)) is None:
        return
    if inner[-1:] in ".!?" and _CONTRAST_NEXT.match(after):
        return  # '"...off." However, Mr Ray, who ..., vowed to fight': another side speaks next
    m = cues.post_name_first.match(after)
    if m and m.group("lead") == "." and inner[-1:] not in ".!?":
        # 'mean "I don't know what I would do now". The Archbishop, ..., told ...': the
        # reporter's stop after the mark ends the quote's sentence as one inside it would,
        # so the tests for a new sentence of narration apply (session 20)
        inner += "."
    if m:
        ended = inner[-1:] in ",!?" or m.group("lead") in (",", "!", "?")
        tail_ok = _TAIL_OK.match(m.group("after")) or _CAPITAL_NEXT.match(m.group("after"))
        if not ended and not tail_ok:
            return
        opens_next = _OPENS_NEXT.match(after, m.end("verb"))
        if led_in and not opens_next:  # '?” Ray wrote back, “...': one adverb may come between
            opens_next = _ADVERB_OPENS_NEXT.match(after, m.end("verb"))
        if (not ended or (led_in and inner[-1:] in ".!?")) and opens_next:
            # '“...done.” He added, “...”': the cue introduces the next quote; so after a
            # whole sentence with its own lead-in, 'Lee replied with, “Why?” Ray wrote back, “'
            # (not '“As a friend,” he wrote, “...”': a sentence split around its cue)
            return
        if _COLON_NEXT.match(after, m.end("verb")):
            return  # '“... a plot?” Lee said: “Yes.”': a colon leads into Lee's own words
        who = m.group("who").strip()
        if inner[-1:] in "!?" and (who in OPENING_PRONOUNS or who.split()[0] in _NEW_THE):
            return  # '“... in the end!” She replied to them ...': a new sentence, not its cue
        if _narration_after(inner, who, led_in, m.group("after")):
            return  # "She said: '... girl.' Mr Ray said Ana pushed her": a new sentence
        if inner[-1:] == "." and _ASIDE.search(who) and _reports_on(after, m.end("verb")):
            return  # '"...this way." Lee, who ..., told the BBC the film was ...': narration
        if inner[-1:] in ".!?" and _clause_leads(who):
            return  # '"...." The vote came in May and, as he left, Lee said ...': narration
        if inner[-1:] in ".!?" and _answers_quote(after, m.group("verb"), m.end("verb")):
            return  # '"...how could you?" Lee replied that it was not so': the answer, narrated
        if led_in and inner[-1:] in ".!?" and ("," in who or who.split()[0] in _NEW_THE):
            # 'Lee tweeted, “...” This sort of post, the network said, ...', 'Lee told the
            # Herald: "..." The new report claims ...': a new sentence, the quote has its lead-in
            return
        sp = parse_speaker(m.group("who"))
        if sp is None and who in SURNAME_WORDS and ended:  # '," From said.': mid-sentence
            sp = Speaker("name", who)
        if sp is None and ended:
            sp = _name_then_job(who)
        reported = cues.reported.match(after, m.end("verb"))
        if reported:  # "’ Okafor said Lindqvist told him": the quote is Lindqvist's
            sp = parse_speaker(reported.group("who"))
            m = reported
        if sp:
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = base + m.end("verb")
            raw.how = "after:reported" if reported else "after:name-first"


def _narration_after(inner: str, who: str, led_in: bool, after_verb: str) -> bool:
    """ "She said: '... girl.' Mr Ray said Ana pushed her", "'... shocked.' The noise
    continued, with ...": after a whole quoted sentence that has its own lead-in, or before
    "The ...", a capitalised subject whose verb goes on with more than a time or place opens
    a new sentence of narration, not the quote's cue (Session 13: a nurse's words given to the
    doctor she accused). Not "A lot of money, he says, has gone": a pronoun's aside."""
    if inner[-1:] not in ".!?" or not who[:1].isupper() or "," in who:
        return False
    if not (led_in or who.split()[0] in _NEW_THE):
        return False
    return not _CUE_SENTENCE_END.match(after_verb)


# An aside between commas after a subject: a relative clause ("Lee, who had three nominations
# before,") or a description in apposition ("Lee, the club's scout,"). Either marks a subject
# the reporter introduces anew, so with a long report after its verb the sentence is
# narration, not a cue (the appositive form added in session 18 on bbc_train12 dev, read:
# '"...." Lee, the union's manager, claimed Ray made three errors' took the last speaker's quote).
_ASIDE = re.compile(r",\s+(?:who|whose|which|the|a|an|his|her|its|their)\s")
_SENTENCE_REST = re.compile(r"[^.!?;:\"“”«»„\n]*")
# Words after a cue's verb that make it a sentence reporting more speech. Why it exists: after
# a whole quoted sentence, 'Lee, who ..., told the BBC the news was a shock.' reads like a cue
# ('"...," Lee, who ..., told the BBC.') but is a new sentence of the reporter's about other
# speech, and crediting the quote before it to Lee put words in the wrong mouth (Session 15: 2
# wrong on the read dev parts). A cue's own tail is short ("told the BBC", "said on Monday":
# 2-4 words); a sentence that goes on for 5 or more reports something of its own.
REPORT_WORDS = 5


def _reports_on(after: str, verb_end: int) -> bool:
    """Whether the sentence goes on after the verb with `REPORT_WORDS` words or more ("told
    the BBC the latest news was"): it reports speech of its own, so it is a new sentence, not
    the cue of the whole quoted sentence before it ('"We won." Lee, who ..., said.' is)."""
    rest = _SENTENCE_REST.match(after, verb_end)
    return rest is not None and len(rest.group().split()) >= REPORT_WORDS


def _clause_leads(who: str) -> bool:
    """Whether the words before the verb open with a clause of their own, one with a finite
    verb, before a comma ("The first votes would come in May and, when he left, Lee"): after a
    whole quoted sentence that is a new sentence of narration whose subject only comes late,
    not a cue naming the quote's speaker (bbc_train11 dev, read in session 18: in-sample; a
    former minister got the words of the party leader quoted before him)."""
    if "," not in who or who.rsplit(",", 1)[-1].strip().lower() in PRONOUNS:
        return False  # "..., she added:": the speaker goes on, as `credit` reads a pronoun
    head = who.split(",", 1)[0].split()
    return len(head) > 1 and any(w.lower() in FINITE_AUXILIARIES for w in head)


_THAT_CLAUSE = re.compile(r"[ \t]+that[ \t]")
_PREP_TAIL = re.compile(r"[ \t]+(?:to|with|in|on|at|by|during|after|before|when|as)\b")


def _answers_quote(after: str, verb: str, verb_end: int) -> bool:
    """'"...?" Lee replied that it was not so.': an answer verb whose answer is told in the
    reporter's words (a "that" clause, or `REPORT_WORDS` or more words) answers the quote; the
    quote is the question or charge put to Lee, not Lee's (bbc_train11 dev, read in session
    18: in-sample; an MP's question was given to the minister who answered it)."""
    if verb.lower() not in REPLY_VERBS:
        return False
    if _THAT_CLAUSE.match(after, verb_end):
        return True
    # '"Why?" Lee replied to the crowd at the rally.': a tail of place and audience is a cue's
    return _PREP_TAIL.match(after, verb_end) is None and _reports_on(after, verb_end)


def _name_then_job(who: str) -> Speaker | None:
    """'," Dr Jo Lee games director at X told the BBC': a full name, then its job in lower
    case with the comma between them lost; the name speaks (not the firm after "at")."""
    words = who.split()
    k = 0
    while k < len(words) and words[k][:1].isupper() and words[k][-1:] not in ",;":
        k += 1
    rest = words[k : k + JOB_REACH]
    if k < 2 or not rest or not rest[0].islower() or not any(is_title(w) for w in rest):
        return None
    sp = parse_speaker(" ".join(words[:k]))
    return sp if sp and sp.kind == "name" and " " in sp.text else None


JOB_REACH = 3  # lower-case words read after a name for its job ("games systems director")


def _led_in(text: str, open_pos: int) -> bool:
    """The quote's own sentence leads into it with words and a comma or colon ('Lee replied
    to Ray with, "', 'Lee wrote:"'), so a cue after it may well lead into the next quote."""
    before = text[max(0, open_pos - 80) : open_pos].rstrip(" \t")
    line = before.rsplit("\n", 1)[-1]
    return line[-1:] in ",:" and _LEAD_WORD.search(line[:-1]) is not None


_LEAD_WORD = re.compile(r"[^\W\d_]{2,}$")


def _opens_sentence(text: str, open_pos: int) -> bool:
    before = text[max(0, open_pos - 80) : open_pos].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_START


def _sentence_tail(after: str, base: int, raw: RawQuote, cues: CuePatterns) -> None:
    """'"Many would call that a loss" if she lost, said Jo Lee, an analyst.': a quote opening
    its sentence that the reporter's words finish, with a cue after one of their commas that
    names a person ("said Jo Lee", "Jo Lee said"). Only a name: the clause may speak of
    others, and a description there is too loose to credit."""
    clause = _TAIL_CLAUSE.match(after)
    if clause is None or not has_cue(clause.group(), cues):
        return
    for comma in _TAIL_COMMA.finditer(after, 0, clause.end()):
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
