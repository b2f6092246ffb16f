"""Quotes split around their attribution, or going on after it, joined into one: '"A," said
Lee. "B."' is one quote of Lee's; so is a quote on the next line of one paragraph block, unless
the reporter's own lines about someone else come between (`speaks_on`)."""

from __future__ import annotations

import re

from summarizer.quotes.classify import classify
from summarizer.quotes.cues import CuePatterns, cue_patterns, has_cue
from summarizer.quotes.hand_over import hands_over
from summarizer.quotes.phrase_lexicon import SUBORDINATORS
from summarizer.quotes.pronoun_lexicon import THIRD_PERSON
from summarizer.quotes.raw_quote import RawQuote, raw_text
from summarizer.quotes.single_marks import colon_single, sentence_single
from summarizer.quotes.split_halves import i_goes_on
from summarizer.quotes.subjects import clause_subject
from summarizer.quotes.unread_cue import named_after
from summarizer.text.lexicon import UPPER

_GAP = re.compile(r"[\s,.;:—–-]*")
# Closing marks that may end the cue sentence between two parts: '," Lee said on KTV's "Talk
# of the Town." "B"' ends with a title's closing mark after its full stop.
_CLOSERS = "\"”’'»"
# A line of the reporter's own between two quotes of one paragraph block (one that opens with a
# capital: a line opening in lower case goes on with the sentence before, "told the Post⏎in a
# statement.").
_NARRATION_LINE = re.compile(r"\n[ \t]*[" + UPPER + r"][^\n]*")
# A sentence end inside a gap of narration: end punctuation, maybe a closing mark, a space and
# a capital (the next sentence) or an opening mark.
SENTENCE_GAP = re.compile(r"[.!?…][\"”’']?[ \t]+(?=[" + UPPER + r"\"“‘'])")


def speaks_on(gap: str, head: RawQuote, cues: CuePatterns, past: bool = False) -> bool:
    """Whether a quote with no cue after `gap` goes on with `head`'s speaker: pages that lost
    their blank lines hold a whole story in one block, and after lines of the reporter's own
    the next quote is the head speaker's only if the last of those lines names them ("Lee
    said the crew was tired.⏎"..."), not after lines about others. `past`: the gap holds
    none of the cue's own sentence (`past_cue`)."""
    lines = _NARRATION_LINE.findall(gap)
    if head.speaker is None:
        return True
    if hands_over(gap, head.speaker.text):
        return False  # '"A," Lee said, and her husband cut in. "B"' (`hand_over`)
    key = head.speaker.text.split()[-1]
    if not lines:
        if past and _one_other_sentence(gap, key, cues):
            return False
        return _narration_speaks_on(gap, key, cues)
    return re.search(rf"\b{re.escape(key)}\b", lines[-1], re.I) is not None


def _narration_speaks_on(gap: str, key: str, cues: CuePatterns) -> bool:
    """The same test on a text with no line breaks at all (paragraphs run together): after
    the cue's own sentence, whole sentences of the reporter's may come between the two quotes
    ('"A," Lee said. Lee smiled. "B."'); then the last of them must open with the head
    speaker or a pronoun, not be about someone else ("After the ruling, analyst Jo Ray said
    Lee faces a battle.")."""
    ends = [m.end() for m in SENTENCE_GAP.finditer(gap)]
    if len(ends) < 2:
        return not _other_speaks(gap, key, cues)
    last = gap[ends[-2] :].lstrip()
    return _opens_with_speaker(last, key)


def past_cue(text: str, head: RawQuote) -> bool:
    """The narration after the last part joined so far holds none of the cue's own sentence:
    that part comes after the cue and ends a sentence ('said Ray. "... as you go."'), and the
    narration after it opens a new one, so every sentence in it is the reporter's."""
    last = head.parts[-1] if head.parts else head
    if last.close_pos + 1 < head.cue_end or not last.spans:
        return False
    end = last.spans[-1][1]
    after = text[last.close_pos + 1 : last.close_pos + 3].lstrip()
    return text[end - 1 : end] in (".", "!", "?") and after[:1].isupper()


def _one_other_sentence(gap: str, key: str, cues: CuePatterns) -> bool:
    """After a quote ended past its cue, the gap is one whole sentence of the reporter's about
    someone else: its subject is another person's name ('"... as you go." Ray Dunn warned
    that the plan was late. "B."'), or someone it does not name as the head speaker speaks in
    it. B is not the head speaker's (Session 18: a studio head's words run on with a
    colleague's quote before them; a player's with his captain's). With more sentences,
    `_narration_speaks_on` decides, as before."""
    sentence = gap.strip()
    if SENTENCE_GAP.search(sentence) or _opens_with_speaker(sentence, key):
        return False
    subject = clause_subject(sentence)
    if subject is not None and subject.kind == "name":
        return key not in subject.text.split()
    named = re.search(rf"\b{re.escape(key)}\b", sentence) is not None
    return not named and (cues.space_verb.search(sentence) is not None or _quotes_words(sentence))


def _quotes_words(sentence: str) -> bool:
    """Whether the sentence quotes a phrase in words of its own, not a title ('It is a view
    Ray shares, who thinks "we can do it".'): in a sentence that does not name the head
    speaker, those are someone else's words, and the quote after it goes on with them, not with
    the head speaker (bbc_train11 dev, read in session 18: in-sample; a player's words ran on
    with his manager's quote two sentences before)."""
    for m in _PHRASE.finditer(sentence):
        words = [w for w in m.group(1).split() if len(w) > 3]
        if words and not all(w[:1].isupper() for w in words):
            return True
    return False


# A phrase in double marks inside a sentence of narration.
_PHRASE = re.compile(r"[\"“]([^\"“”\n]{2,})[\"”]")


def _opens_with_speaker(sentence: str, key: str) -> bool:
    return bool(re.match(rf"(?:{re.escape(key)}|{THIRD_PERSON})\b", sentence))


def _other_speaks(gap: str, key: str, cues: CuePatterns) -> bool:
    """One whole sentence of the reporter's after the cue's, right before the quote, in which
    someone else speaks ('"A," he said. Northgate says ..., the Post reports. "B"'): B is not
    the head speaker's (Session 13: a source's words given to a union leader's "he"). A
    sentence with no speech verb ("Then the noise began.") lets the speaker go on."""
    ends = [m.end() for m in SENTENCE_GAP.finditer(f'{gap.rstrip()} "')]
    if len(ends) < 2:
        return False
    last = gap[ends[-2] :].strip()
    return not _opens_with_speaker(last, key) and has_cue(last, cues)


def other_speaks_last(
    text: str, para: tuple[int, int], previous: RawQuote, cues: CuePatterns
) -> bool:
    """'Jo Lee said: "A." Ray Dunn, her deputy, said the plan was late.⏎"B."': the paragraph of
    the quote before ends, after that quote and its cue, with a whole sentence of the
    reporter's in which someone else speaks (a speech verb, not opening with the previous
    speaker's name or a pronoun); a quote with no cue opening the next paragraph is not the
    previous speaker's going on (Session 14: a party spokesman's words given to his leader).
    Whether it is that someone's is left to `nearby.sentence_before`."""
    last = previous.parts[-1] if previous.parts else previous
    # from the mark's last letter: '"... terrorism." Ray Dunn said' ends a sentence there
    tail = text[max(last.close_pos - 1, 0) : para[1]].rstrip()
    if previous.speaker is None or not tail.endswith((".", "!", "?")):
        return False
    ends = [m.end() for m in SENTENCE_GAP.finditer(tail)]
    if not ends:
        return False  # only the previous quote's own cue sentence, or part of it
    sentence = tail[ends[-1] :].strip()
    key = previous.speaker.text.split()[-1]
    resolved = (previous.resolved or "").split()
    if resolved and re.match(rf"(?:\S+\s+){{0,6}}{re.escape(resolved[-1])}\b", sentence):
        return False  # "Finance minister Jo Lee later said ...": the same person
    return not _opens_with_speaker(sentence, key) and has_cue(sentence, cues)


# The cue clause between two halves of one quoted sentence: no sentence end, no other quote.
_CUE_CLAUSE = re.compile(r"[^.!?\"“”«»„\n]*,\s*")
# A that-clause with its own subject in that cue clause ('..., noting that he and his wife,
# Ann, "have talked ..."'): the second half goes on the reporter's clause, not the quote's
# sentence (reading23e). "Lee said of that pier," keeps: "that" before a noun is no clause.
_THAT_CLAUSE = re.compile(
    r"\bthat\s+(?:he|she|they|we|it|i|you|his|her|their|its|our|the|this|[A-Z]\w*)\b"
)


def _sentence_goes_on(text: str, head: RawQuote, raw: RawQuote, gap: str) -> bool:
    """'"If they are happy with that," Lee said of the pier, "that is fine with us."': one
    sentence, interrupted by its cue. The first half ends in a comma, the cue clause after it
    ends in one too, and the second half opens in lower case; kept apart, the first half read
    as a sentence of its own ("If they are happy with that.") and the second as a fragment
    (an editor's reading of 30 real pages' replies, session 19)."""
    last = head.parts[-1] if head.parts else head
    first_half = raw_text(text, last).rstrip()
    second = raw_text(text, raw).lstrip()
    return (
        first_half.endswith(",")
        and (second[:1].islower() or i_goes_on(second, gap))
        and raw.speaker in (None, head.speaker)
        and _CUE_CLAUSE.fullmatch(gap) is not None
        and _THAT_CLAUSE.search(gap) is None
    )


def _opens_clause(quote: str) -> bool:
    """Whether a quote's first half is a subordinate clause ("If they are happy with that,"):
    its comma is the sentence's own, kept when the second half joins it."""
    first = quote.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower().strip("\"'“‘«„") in SUBORDINATORS


_NESTED_CLOSERS = "’'"  # a single-quoted quote's closing mark, at the end of a part
_WRONG_WAY_CLOSERS = "“‘„"  # opening marks left at a quote's end (reading23)
_STOP_AFTER_NESTED = re.compile(r"[.!?…][’']\.[’']?$")  # "... Senate.'." (reading23c)
_NESTED_OPENERS = {"’": "‘", "'": "'"}  # a nested quote's closing mark -> its opening one


def join_parts(text: str, parts: list[RawQuote]) -> str:
    out = ""
    for i, part in enumerate(parts):
        piece = raw_text(text, part)
        # a nested quote's closing mark after the comma ("… live in,’" Lee said. "B"): a full
        # stop in the cue's gap ends the sentence there too, the mark kept (reading22b)
        cut = len(out.rstrip(_NESTED_CLOSERS))
        body, closers = out[:cut], out[cut:]
        if body and body.endswith(","):
            gap = text[parts[i - 1].close_pos : part.open_pos]
            if piece[:1].islower() and not _opens_clause(body):
                if not closers:  # after a nested quote's mark the comma is the sentence's own
                    out = body[:-1]  # '"We are," he said, "going home."': the cue's comma
            elif "." in gap:
                out = _comma_stopped(body) + closers
        elif out and out[-1:].isalnum() and piece[:1].isupper():
            out += " …"  # '"A" if she lost, said Lee. "B"': the reporter's words finished A
        out = f"{out} {piece}" if out else piece
    # an opening mark cannot end a quote: one typed the wrong way round ('... Mexicans —.“')
    out = out.strip().rstrip(_WRONG_WAY_CLOSERS).rstrip()
    cut = len(out.rstrip(_NESTED_CLOSERS))
    if out[:cut].endswith(","):  # '... the same thing,’': the nested quote ends it too
        out = _comma_stopped(out[:cut]) + out[cut:]
    # "... keep the Senate.'." or "... as president?’.’": a stop typed again after the nested
    # quote's closing mark, and a stray mark after it; a closing mark that nothing opened goes
    stop = _STOP_AFTER_NESTED.search(out)
    if stop is None:
        return out
    out = out[: stop.start() + 2]
    return out if _NESTED_OPENERS[out[-1]] in out[:-1] else out[:-1]


def _comma_stopped(body: str) -> str:
    """`body` with its final comma as a full stop, or dropped after the writer's own "?", "!"
    or "…" ('... have been great?," he said' -> "great?", not "great?.")."""
    return body[:-1] if body[-2:-1] in ("?", "!", "…") else body[:-1] + "."


def _inside_cue(head: RawQuote, raw: RawQuote) -> bool:
    """Whether `raw` lies inside the cue after the head's last part ('"A," delegate Tom Hale,
    wearing a hat and "Vote Ross" badges, said ...'): words the cue quotes (a slogan, a title)
    are no part of what the speaker said; joined, they ended Hale's quote ("A, Vote Ross")
    (reading23b: a delegate's quote took the name on his campaign pins)."""
    last = head.parts[-1] if head.parts else head
    return last.close_pos < raw.open_pos and raw.close_pos < head.cue_end


_TOLD_END = re.compile(r"\btold\s*$")
_TITLE_SMALL = frozenset({"and", "of", "the", "on", "in", "with", "&", "a"})


def _told_title(text: str, head: RawQuote, raw: RawQuote) -> bool:
    """Whether `raw` is the show or paper the head's cue says the speaker told ('"...," Lee
    told "Fox and Friends," reminding ...'): a short run of capitalised words right after
    "told" is whom the words were told to, not more of them (reading24b: joined, the show's
    name ended the quote, and the narration it hid lost the speaker of the next quote)."""
    if head.cue_end < 0 or head.cue_end < head.open_pos or raw.open_pos - head.cue_end > 2:
        return False
    if _TOLD_END.search(text, max(0, head.cue_end - 8), head.cue_end) is None:
        return False
    words = raw_text(text, raw).strip(" ,.").split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in _TITLE_SMALL for w in words)


def _named_other(text: str, head: RawQuote, raw: RawQuote) -> bool:
    """Whether an inverted cue with an unread verb after `raw` names someone other than the
    head's speaker (`unread_cue.named_after`)."""
    name = named_after(text, raw) if raw.cue_end < 0 else None
    if name is None or head.speaker is None:
        return False
    return not set(name.split()) & set(head.speaker.text.split())


def merge(
    text: str, raws: list[RawQuote], paras: list[tuple[int, int]], languages: frozenset[str]
) -> list[RawQuote]:
    """Join quotes split around their attribution, and a quote that follows one in a paragraph."""
    merged: list[RawQuote] = []
    head: RawQuote | None = None
    cues = cue_patterns(languages)
    for raw in raws:
        if head is not None and head.para != raw.first_para:
            head = None
        if head is not None and _told_title(text, head, raw):
            raw.speech = False  # '," Lee told "Fox and Friends," reminding': no one's words
            continue
        elif head is not None and _inside_cue(head, raw):
            pass  # a title or slogan the cue quotes ('," Lee, in "Vote Ross" badges, said')
        elif head is not None:
            # from the last part joined so far: '"A," said Lee. ⏎"B." ⏎"C."' reads on to C
            gap = text[max(head.cue_end, head.parts[-1].close_pos + 1) : raw.open_pos]
            # a speaker taken from the sentence before ('Lee said she was tired. "B"', in
            # `nearby`) is no cue of the quote's own: when that sentence speaks on of the head
            # speaker, the quote goes on with the head (`speaks_on`), as one with none does
            before = raw.how == "sentence-before"
            free = (before or (raw.speaker is None and raw.cue is None)) and raw.speech
            # not for a ' quote or a dash line: one that no one goes on speaking stays
            # unattributed (`needs_credit`), and a quote lost is not what `past` is for
            past = not raw.straight_single and past_cue(text, head)
            free = free and speaks_on(gap, head, cues, past)
            ended = gap.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?")
            if not head.opens_sentence:  # '"she does," Kunin said. "The great..."'
                if free and ended:
                    raw.speaker, raw.cue = head.speaker, head.cue
                    raw.how = "split-follow"
            elif _named_other(text, head, raw):
                pass  # '"A," Lee said. "B?" Dunn parroted.': Dunn's, its verb unread
            elif (
                (_GAP.fullmatch(gap) and raw.cue_end < 0)
                or (free and ended)
                or _sentence_goes_on(text, head, raw, gap)
            ):
                head.parts.append(raw)
                head.para = raw.para
                continue
        raw.parts = [raw]
        if raw.speaker is not None and raw.cue_end >= 0:
            head = raw
        elif raw.speech:
            head = None
        merged.append(raw)
    out = []
    for raw in merged:
        if len(raw.parts) > 1:
            quote = join_parts(text, raw.parts)
            cues = cue_patterns(languages)
            raw.speech = classify(text, raw, paras[raw.first_para][0], cues, quote)
        if not raw.speech:
            continue
        if raw.straight_single and raw.speaker is None:
            # a ' quote opening and ending a sentence waits for `credit` (`sentence_single`);
            # one after a colon is kept whoever its cue names (`colon_single`)
            raw.needs_credit = raw.mark == "'" and raw.cue is None
            raw.needs_credit = raw.needs_credit and sentence_single(text, raw.open_pos, raw.spans)
            if not raw.needs_credit and not colon_single(text, raw.open_pos, raw.spans):
                continue
        out.append(raw)
    return out
