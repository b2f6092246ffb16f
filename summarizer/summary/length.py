"""How many sentences a summary gets.

An explicit count wins, then a ratio; otherwise the length adapts: a short news item gets 3
sentences and every further 15 sentences of article add one, up to `max_sentences`.
"""

from __future__ import annotations

from summarizer.models import SummaryOptions

SHORT_ARTICLE = 25  # sentences; up to this, the adaptive default is BASE_SENTENCES
BASE_SENTENCES = 3
SENTENCES_PER_EXTRA = 15


def target_sentences(options: SummaryOptions, sentences_in: int) -> int:
    """Sentences to pick from an article of `sentences_in` sentences (never more than it has)."""
    if sentences_in <= 0:
        return 0
    cap = max(1, options.max_sentences)
    if options.sentences is not None:
        wanted = options.sentences
    elif options.ratio is not None:
        ratio = min(max(options.ratio, 0.0), 1.0)
        wanted = round(ratio * sentences_in)
    else:
        extra = max(0, sentences_in - SHORT_ARTICLE) // SENTENCES_PER_EXTRA
        wanted = BASE_SENTENCES + extra
    return max(1, min(wanted, cap, sentences_in))
