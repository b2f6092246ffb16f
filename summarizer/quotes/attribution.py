"""Attribution of raw quotes: the cue after the closing mark ('," Putin said', `after`), else
the one before the opening mark ('Putin said: "', `before`), else a paragraph ending in a colon,
else the sentence next to the quote (`nearby`); and whether the quote is speech at all
(`classify`). Abbreviation dots are masked first (`masking`) so '.' ends clauses.
"""

from __future__ import annotations

from summarizer.quotes.after import attribute_after
from summarizer.quotes.before import attribute_before
from summarizer.quotes.classify import classify, never_speech
from summarizer.quotes.cues import CuePatterns, cue_patterns
from summarizer.quotes.headings import heading, heading_speaker
from summarizer.quotes.nearby import dash_line, next_sentence, sentence_before, signed_inside
from summarizer.quotes.own_subject import described_subject_after
from summarizer.quotes.raw_quote import RawQuote, raw_text
from summarizer.quotes.unread_cue import unread_cue_after
from summarizer.quotes.word_kinds import is_personal_pronoun


def attribute(
    text: str, raws: list[RawQuote], paras: list[tuple[int, int]], languages: frozenset[str]
) -> None:
    """Attribute every raw quote (cue after, else before, else a colon paragraph) and classify,
    with the speech verbs of `languages`."""
    cues = cue_patterns(languages)
    previous: RawQuote | None = None
    for raw in raws:
        closed_before, previous = _close_before(previous, raw), raw
        attribute_after(text, raw, paras[raw.para][1], cues)
        fps = paras[raw.first_para][0]
        quote = raw_text(text, raw)
        if raw.speaker is not None and is_personal_pronoun(raw.speaker.text):
            _name_before_over_pronoun(text[fps : raw.open_pos], raw, cues)
        if raw.speaker is None:
            if never_speech(text, raw, fps, quote, cues):
                continue  # not speech, and its cue would show nowhere: `speech` stays False
            sp, cue, how = attribute_before(text[fps : raw.open_pos], cues, quote)
            if (
                sp is None
                and cue is None
                and not text[fps : raw.open_pos].strip()
                and raw.first_para
                and not described_subject_after(text, raw, paras[raw.para][1])
            ):
                prev_s, prev_e = paras[raw.first_para - 1]
                if text[prev_s:prev_e].rstrip().endswith(":"):
                    sp, cue, how = attribute_before(text[prev_s:prev_e], cues, quote)
                    how = how.replace("before:", "colon-para:")
            signed = signed_inside(text, raw) if sp is None and cue is None else None
            if signed is not None and not text[fps : raw.open_pos].strip():
                # '"...cuts.⏎Dean Ray, Policy Research Center."': signed inside its marks
                sp, cue, how = signed[0], "—", "signed-inside"
                raw.spans[-1] = (raw.spans[-1][0], signed[1])
            if sp is None and cue is None and not text[fps : raw.open_pos].strip():
                sp, cue = next_sentence(text, raw)
                how = "next-sentence"
                if sp is None:
                    sp = dash_line(text, raw)
                    cue, how = ("—", "dash-line") if sp else (None, how)
            raw.speaker, raw.cue = sp, cue
            raw.how = how if sp is not None else ""
        raw.speech = classify(text, raw, fps, cues, quote)
        if raw.speech and raw.speaker is None and raw.cue is None:
            # after `classify`: a speaker from the sentence before makes no quote speech
            before = text[fps : raw.open_pos]
            if closed_before > fps and not text[closed_before : raw.open_pos].strip():
                before = ""  # right after another quote: its speaker goes on, if any
            elif not before.strip() and raw.first_para:  # the paragraph before, then
                before = text[slice(*paras[raw.first_para - 1])]
            raw.speaker, raw.cue = sentence_before(before, cues)
            if raw.speaker is not None and unread_cue_after(text, raw):
                raw.speaker, raw.cue = None, None  # '"..." eyewitness Jo Lee sid.': not theirs
            raw.how = "sentence-before" if raw.speaker is not None else ""
            if raw.speaker is None and not text[fps : raw.open_pos].strip():
                raw.speaker = heading_speaker(text, paras, raw.first_para)
                raw.how = "heading" if raw.speaker is not None else ""
        elif raw.speaker is not None and raw.speaker.kind == "description" and raw.first_para:
            # "Ann Bell:⏎The festival's co-director said this: "...": the heading's person
            under = heading(text, paras[raw.first_para - 1])
            if under is not None and raw.para == raw.first_para:
                raw.speaker, raw.how = under, f"{raw.how}+heading"
    _run_on_speakers(raws)


def _close_before(previous: RawQuote | None, raw: RawQuote) -> int:
    """Where the closing mark of the quote before `raw` ends. When only spaces follow it,
    "Ortega said: 'A. Tom tells me he fell. ' B. '": the Daily Mail's straight single
    marks hide from `sentence_before` that "Tom tells me ..." is quoted, not the reporter's
    sentence; read as narration, it credited Tom with the rest of the manager's words
    (Session 13). A quote left open that runs on into `raw` ends where `raw` opens.
    -1 when no quote comes before `raw`."""
    if previous is None or previous.close_pos >= raw.open_pos:
        return -1
    return previous.close_pos + 1


def _run_on_speakers(raws: list[RawQuote]) -> None:
    """ "‘We waited ten years.⏎‘Now the work starts,’ Reyes said.": a single-quoted paragraph
    left open runs on into the next one's quote, whose cue names the speaker of both; one
    with no cue of its own keeps the speaker of the part it goes on from."""
    for raw in reversed(raws):
        nxt = raw.run_on
        if nxt is not None and raw.speaker is None and raw.cue is None and nxt.speaker:
            raw.speaker, raw.cue, raw.how = nxt.speaker, nxt.cue, f"run-on+{nxt.how}"
            raw.speech = raw.speech or nxt.speech
    # "She said: 'A. ⏎'B.'": the part a quote left open runs on into speaks for the same one
    for raw in raws:
        nxt = raw.run_on
        if nxt is not None and nxt.speaker is None and nxt.cue is None and raw.speaker:
            # one "+run-on" however long the chain (a string grown per part is quadratic)
            how = raw.how if raw.how.endswith("+run-on") else f"{raw.how}+run-on"
            nxt.speaker, nxt.how = raw.speaker, how
            # a paragraph of speech, however short ("' It's something she got over.'")
            nxt.speech = nxt.speech or raw.speech


def _name_before_over_pronoun(before: str, raw: RawQuote, cues: CuePatterns) -> None:
    """'Jo Lee, who ..., said, "It went well.⏎"We lost the ball," he added.': a cue before the
    quote that names its speaker says who "he" is better than the narration around it."""
    sp, cue, how = attribute_before(before, cues)
    if sp is not None and sp.kind == "name" and cue is not None:
        raw.speaker, raw.how = sp, f"{how}+after-pronoun"
