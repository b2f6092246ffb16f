"""How many sentences a summary gets.

An explicit count wins, then a ratio; otherwise the length adapts: a short news item gets 3
sentences and every further 15 sentences of article add one, up to ADAPTIVE_MOST (and
`max_sentences`).

Whatever was asked, a summary of a multi-sentence article is shorter than the article: it keeps
at most MAX_SHARE of the sentences, and always at least one fewer. Returning every sentence
would be a copy labelled "summary" ("0% shorter"), whether the ask was "Long", a large count or
a ratio of 1. The same holds in words (`most_words`): a text split into few, very long
"sentences" (a transcript, a lowercased paste) still gets a summary much shorter than itself.
"""

from __future__ import annotations

from summarizer.models import SummaryOptions

SHORT_ARTICLE = 25  # sentences; up to this, the adaptive default is BASE_SENTENCES
BASE_SENTENCES = 3
SENTENCES_PER_EXTRA = 15
# The adaptive length stops here: a gist, not a digest of a long read. Two editors read the
# bot's replies to 60 real pages (session 19, docs/quality.md): the summaries of 4-12 sentences
# that long pages got (a live blog's 12 taken hours apart) were the incoherent ones; "a gist
# should stay at about 3 sentences". Below the chat setting "medium" (6); Longer and the
# settings still reach `max_sentences`.
ADAPTIVE_MOST = 5
MAX_SHARE = 2 / 3  # of the article's sentences, at most, in any summary
# An article of at most this many sentences is already as short as a summary: callers that
# can say so (the bot) tell the reader instead of showing one or two of its sentences.
ALREADY_SHORT_SENTENCES = 3
WORDS_PER_SENTENCE = 60  # a summary of n sentences has at most n times this many words


def most_words(words_in: int, sentences: int) -> int:
    """The most words a summary of `sentences` sentences of a `words_in`-word article may have:
    MAX_SHARE of the article and WORDS_PER_SENTENCE a sentence (callers keep at least one)."""
    return max(1, min(int(words_in * MAX_SHARE), sentences * WORDS_PER_SENTENCE))


def most_sentences(sentences_in: int) -> int:
    """The longest summary of an article of `sentences_in` sentences: MAX_SHARE of them, always
    fewer than all (a one-sentence article is its own one-sentence summary)."""
    if sentences_in <= 1:
        return max(0, sentences_in)
    return max(1, min(sentences_in - 1, int(sentences_in * MAX_SHARE)))


def is_already_short(sentences_in: int) -> bool:
    """True when the article has no more sentences than a summary would."""
    return sentences_in <= ALREADY_SHORT_SENTENCES


def target_sentences(options: SummaryOptions, sentences_in: int) -> int:
    """Sentences to pick from an article of `sentences_in` sentences (fewer than it has, unless
    it has one)."""
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
        wanted = min(BASE_SENTENCES + extra, ADAPTIVE_MOST)
    return max(1, min(wanted, cap, most_sentences(sentences_in)))
