"""A subject, then its speech verb, after a quote's closing mark: '," Putin said', '." Lee said.'.

The cue shape that most often is no cue: after a whole quoted sentence a capitalised subject
and a speech verb may just as well open the reporter's next sentence ('"...." Lee, who ...,
told the BBC the news was a shock.'), and crediting the quote to Lee puts words in the wrong
mouth. Apart from `after`, which reads the other cue shapes after the mark, because telling
that cue from the next sentence of narration is its own set of tests (`name_first_after`).
"""

from __future__ import annotations

from summarizer.quotes.after_lexicon import (
    ADVERB_OPENS_NEXT,
    ASIDE,
    CAPITAL_NEXT,
    COLON_NEXT,
    COLON_NEXT_SINGLE,
    COLON_TAIL_NEXT,
    CONTRAST_NEXT,
    CUE_SENTENCE_END,
    NAME_STOP,
    NEW_THE,
    OPENS_NEXT,
    PREP_TAIL,
    SENTENCE_REST,
    TAIL_OK,
    THAT_CLAUSE,
)
from summarizer.quotes.cues import CuePatterns
from summarizer.quotes.name_lexicon import SURNAME_WORDS
from summarizer.quotes.outlet import OUTLET_HOW, is_outlet
from summarizer.quotes.pronoun_lexicon import OPENING_PRONOUNS
from summarizer.quotes.raw_quote import RawQuote, tidy
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import FINITE_AUXILIARIES, OUTLET_VERBS, REPLY_VERBS
from summarizer.quotes.word_kinds import PRONOUNS, is_title

# Words after a cue's verb that make it a sentence reporting more speech. Why it exists: after
# a whole quoted sentence, 'Lee, who ..., told the BBC the news was a shock.' reads like a cue
# ('"...," Lee, who ..., told the BBC.') but is a new sentence of the reporter's about other
# speech, and crediting the quote before it to Lee put words in the wrong mouth (Session 15: 2
# wrong on the read dev parts). A cue's own tail is short ("told the BBC", "said on Monday":
# 2-4 words); a sentence that goes on for 5 or more reports something of its own.
REPORT_WORDS = 5
JOB_REACH = 3  # lower-case words read after a name for its job ("games systems director")


def name_first_after(
    after: str, base: int, inner: str, raw: RawQuote, cues: CuePatterns, led_in: bool = False
) -> None:
    """A subject, then its speech verb, after the closing mark ('," Putin said'). `led_in`:
    the reporter's words lead into the quote ('Lee replied to Ray with, "')."""
    stop = NAME_STOP.search(after, 1)  # after[0] may be the lead punctuation
    if cues.space_verb.search(after, 0, stop.start() if stop else len(after)) is None:
        return
    if inner[-1:] in ".!?" and CONTRAST_NEXT.match(after):
        return  # '"...off." However, Mr Ray, who ..., vowed to fight': another side speaks next
    m = cues.post_name_first.match(after)
    if m and m.group("lead") == "." and inner[-1:] not in ".!?":
        # 'mean "I don't know what I would do now". The Archbishop, ..., told ...': the
        # reporter's stop after the mark ends the quote's sentence as one inside it would,
        # so the tests for a new sentence of narration apply (session 20)
        inner += "."
    if m:
        ended = inner[-1:] in ",!?" or m.group("lead") in (",", "!", "?")
        tail_ok = TAIL_OK.match(m.group("after")) or CAPITAL_NEXT.match(m.group("after"))
        if not ended and not tail_ok:
            return
        opens_next = OPENS_NEXT.match(after, m.end("verb"))
        if led_in and not opens_next:  # '?” Ray wrote back, “...': one adverb may come between
            opens_next = ADVERB_OPENS_NEXT.match(after, m.end("verb"))
        if (not ended or (led_in and inner[-1:] in ".!?")) and opens_next:
            # '“...done.” He added, “...”': the cue introduces the next quote; so after a
            # whole sentence with its own lead-in, 'Lee replied with, “Why?” Ray wrote back, “'
            # (not '“As a friend,” he wrote, “...”': a sentence split around its cue)
            return
        if COLON_NEXT.match(after, m.end("verb")):
            return  # '“... a plot?” Lee said: “Yes.”': a colon leads into Lee's own words
        if not ended and COLON_TAIL_NEXT.match(after, m.end("verb")):
            return  # '... ten." Lee said on Saturday: "': so after a whole sentence (not after
            # '," Lee said before adding: "', where the comma asks for this cue)
        who = m.group("who").strip()
        if COLON_NEXT_SINGLE.match(after, m.end("verb")) and not _pronoun_last(who):
            # "...' Jo Lee, the estate's director, said: 'The ...": a new speaker brought in,
            # not the cue of the quote before (cnndm3 dev, read in session 22: in-sample)
            return
        if inner[-1:] in "!?" and (who in OPENING_PRONOUNS or who.split()[0] in NEW_THE):
            return  # '“... in the end!” She replied to them ...': a new sentence, not its cue
        if _narration_after(inner, who, led_in, m.group("after")):
            return  # "She said: '... girl.' Mr Ray said Ana pushed her": a new sentence
        if inner[-1:] == "." and ASIDE.search(who) and _reports_on(after, m.end("verb")):
            return  # '"...this way." Lee, who ..., told the BBC the film was ...': narration
        if inner[-1:] in ".!?" and _clause_leads(who):
            return  # '"...." The vote came in May and, as he left, Lee said ...': narration
        if inner[-1:] in ".!?" and _answers_quote(after, m.group("verb"), m.end("verb")):
            return  # '"...how could you?" Lee replied that it was not so': the answer, narrated
        if led_in and inner[-1:] in ".!?" and ("," in who or who.split()[0] in NEW_THE):
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
        if sp and not reported and m.group("verb").lower() in OUTLET_VERBS and is_outlet(who, sp):
            raw.how = OUTLET_HOW  # "', the Guardian reported.": the paper, not the speaker
            return
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
    if not (led_in or who.split()[0] in NEW_THE):
        return False
    return not CUE_SENTENCE_END.match(after_verb)


def _reports_on(after: str, verb_end: int) -> bool:
    """Whether the sentence goes on after the verb with `REPORT_WORDS` words or more ("told
    the BBC the latest news was"): it reports speech of its own, so it is a new sentence, not
    the cue of the whole quoted sentence before it ('"We won." Lee, who ..., said.' is)."""
    rest = SENTENCE_REST.match(after, verb_end)
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


def _answers_quote(after: str, verb: str, verb_end: int) -> bool:
    """'"...?" Lee replied that it was not so.': an answer verb whose answer is told in the
    reporter's words (a "that" clause, or `REPORT_WORDS` or more words) answers the quote; the
    quote is the question or charge put to Lee, not Lee's (bbc_train11 dev, read in session
    18: in-sample; an MP's question was given to the minister who answered it)."""
    if verb.lower() not in REPLY_VERBS:
        return False
    if THAT_CLAUSE.match(after, verb_end):
        return True
    # '"Why?" Lee replied to the crowd at the rally.': a tail of place and audience is a cue's
    return PREP_TAIL.match(after, verb_end) is None and _reports_on(after, verb_end)


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


def _pronoun_last(who: str) -> bool:
    """The words before the verb end with a pronoun ("Finding ..., she"): the speaker goes on."""
    words = who.split()
    return bool(words) and words[-1].strip(",").lower() in PRONOUNS
