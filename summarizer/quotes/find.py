"""Quote finding: every direct quotation of a text, in order, with its speaker.

`find_quotes` scans paragraph by paragraph with a small stack of quotation marks (straight and
curly doubles, curly singles, «guillemets», „German“), carries a quote over paragraphs that
reopen with a mark, joins a quote split around its attribution, and drops titles, scare quotes
and quoted fragments inside a reporter's sentence; an interview printed as a transcript adds its
answers, which no mark opens (`transcript`). Apart from `rank`, which only orders what
this finds, and from `credit`, which says who said each quote.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass

from summarizer.quotes.attribution import attribute
from summarizer.quotes.credit import speaker_of
from summarizer.quotes.dialogue import dialogue
from summarizer.quotes.honours import bare_name
from summarizer.quotes.imagined import imagined
from summarizer.quotes.lead_phrase import lead_phrase_speaker
from summarizer.quotes.marks import scan
from summarizer.quotes.masking import mask
from summarizer.quotes.merge import join_parts, merge
from summarizer.quotes.names import NameIndex
from summarizer.quotes.paragraphs import paragraphs
from summarizer.quotes.partial import mark_partial
from summarizer.quotes.raw_quote import DASH, RawQuote
from summarizer.quotes.resolve import Resolver
from summarizer.quotes.transcript import answers as transcript_answers
from summarizer.quotes.transcript import within
from summarizer.quotes.verbs import languages_in


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One direct quotation: text inside the marks (parts joined), where it is, who said it.

    `spans` are character offsets of the quoted text (without marks), one per part or paragraph;
    `source` is the speaker as written next to the cue ("he", "the head of Norway's cabinet");
    `speaker` is the resolved name (or description), None when nobody could be credited.
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    cue: str | None = None
    source: str | None = None
    partial: bool = False  # a phrase quoted inside the reporter's sentence
    # How the speaker was found, "attribution/resolution" ("after:name-first/pronoun:antecedent"):
    # for benches that weigh each path's record (`bench.realpages --paths`).
    how: str = ""


def find_quotes(
    text: str,
    author: str | None = None,
    words: Callable[[], Container[str]] | None = None,
    partial: bool = False,
    title: str | None = None,
) -> list[FoundQuote]:
    """Every direct quotation in `text` that reads as speech, in order, with its speaker;
    with `partial`, also the phrases quoted inside a reporter's sentence (`partial` module).

    `words`, if given, returns the text's `tokens.WORDS_ONLY` tokens (computed once, when asked);
    `title` may name an interviewee (`transcript`).
    """
    paras = paragraphs(text)
    interview = transcript_answers(text, paras, author, title)
    raws = scan(text, paras)
    if DASH in text or "–" in text:
        raws = sorted(raws + dialogue(text, paras), key=lambda r: r.open_pos)
    masked = mask(text)
    languages = languages_in(text)
    attribute(masked, raws, paras, languages)
    quotes = merge(masked, raws, paras, languages)
    # always: the name a phrase's speech verb credits is a person's, asked for or not
    mark_partial(masked, raws, paras, languages)
    if not quotes and not interview and not (partial and any(r.partial for r in raws)):
        return []
    blocked = [(r.open_pos, r.close_pos) for r in raws]
    named = [
        r.speaker.text
        for r in [*quotes, *(r for r in raws if r.partial)]
        if r.speaker and r.speaker.kind == "name"
    ]
    index = NameIndex(text, named, blocked, languages, words)
    closes = sorted(part.close_pos for r in quotes if not r.needs_credit for part in r.parts)
    resolver = Resolver(masked, index, paras, closes, languages)
    out: list[FoundQuote] = []
    previous: RawQuote | None = None
    phrases = [r for r in raws if r.partial] if partial else []
    for raw in sorted(quotes + phrases, key=lambda r: r.open_pos) if phrases else quotes:
        if raw.partial:
            raw.parts = [raw]
        sp = raw.speaker
        if sp is None and imagined(masked, paras[raw.first_para][0], raw.open_pos):
            continue  # 'some of you are probably saying, "...': a line nobody said
        lead = None if sp else lead_phrase_speaker(masked, raws, raw, paras, languages)
        who, how = speaker_of(raw, previous, text, paras, index, resolver, author, lead, title)
        who = bare_name(who) if who else who  # "Recorder Alan Pickering QC" (`honours`)
        raw.resolved = who
        spans = tuple(s for part in raw.parts for s in part.spans)
        source = sp.text if sp else None
        how = f"{raw.how or 'no-cue'}/{how}"
        joined = join_parts(text, raw.parts)
        out.append(FoundQuote(joined, spans, who, raw.cue, source, raw.partial, how))
        # a phrase in the narration hands on no speaker, nor does a ' quote with no cue that
        # nobody is credited with (kept unattributed: the quote before it stays the previous)
        if not raw.partial and not (raw.needs_credit and who is None):
            previous = raw
    if interview:  # an interview's answers are its quotes, and hold those marked inside them
        out = [q for q in out if not within(q.spans, interview)]
        out += [FoundQuote(a.text, a.spans, a.speaker, ":", a.label, how=a.how) for a in interview]
        out.sort(key=lambda q: q.spans[0][0])
    return out
