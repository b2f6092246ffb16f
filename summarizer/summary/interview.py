"""An interview printed as a transcript: its questions and answers are no summary sentences.

An answer shown in a summary keeps its label ("HERNANDEZ: It's funny, when I play ...") and
speaks in the first person; a question speaks for the interviewer. The key quotes give the
answers with their speaker, and the intro above the transcript tells what the interview is
about, so the sentences from the first question to the end of the last answer are weak (a
summary takes them only when nothing else is left). Whether a text is a transcript, and where
its answers are, is `quotes.transcript`'s reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.quotes.transcript import answers

_QUESTION_ENDS = ("?", "?”", '?"')


def transcript_sentences(paragraphs: Sequence[Sequence[tuple[str, bool]]]) -> list[bool]:
    """For each sentence of `paragraphs` (each a list of (text, is_heading) items; a short
    question reads as a subhead), in order and headings left out: whether it lies in the
    transcript of an interview, from the question before the first answer (a paragraph ending
    in "?") to the end of the last answer. All False for any other text."""
    texts = [" ".join(text for text, _ in p) for p in paragraphs]
    spans: list[tuple[int, int]] = []
    at = 0
    for t in texts:
        spans.append((at, at + len(t)))
        at += len(t) + 2
    found = answers("\n\n".join(texts), [s for s in spans if s[1] > s[0]])
    flags = [False] * len(paragraphs)
    if found:
        first = _paragraph_at(spans, found[0].spans[0][0])
        if first > 0 and texts[first - 1].rstrip().endswith(_QUESTION_ENDS):
            first -= 1  # the question the first answer answers
        last = _paragraph_at(spans, found[-1].spans[-1][1] - 1)
        flags[first : last + 1] = [True] * (last + 1 - first)
    return [flag for flag, p in zip(flags, paragraphs, strict=True) for _, head in p if not head]


def _paragraph_at(spans: Sequence[tuple[int, int]], pos: int) -> int:
    """The paragraph whose span holds `pos`."""
    return next(k for k, (s, e) in enumerate(spans) if s <= pos < e)
