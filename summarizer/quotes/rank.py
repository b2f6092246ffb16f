"""Key quotes: the quotes `find` finds, ranked, the best few kept.

`key_quotes` ranks quotes by speaker prominence, overlap with the article, and length, prefers
those whose speaker a cue surely names, and skips what the summary already shows.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from functools import cache, partial

from summarizer.models import Article, Quote
from summarizer.quotes.cue_words import LEANING_OPENERS
from summarizer.quotes.find import FoundQuote, find_quotes
from summarizer.quotes.gaps import join_gaps
from summarizer.quotes.paths import sure
from summarizer.quotes.phrase_lead import lead_cues, phrase_lead
from summarizer.quotes.pronoun_lexicon import ANONYMOUS_SPEAKERS
from summarizer.quotes.tokens import WORDS_ONLY, token_counts, tokens_of
from summarizer.quotes.trim import trim_quote
from summarizer.quotes.word_kinds import count_words, words
from summarizer.text.language import stop_words
from summarizer.text.tokenize import split_into_sentences

CENTRALITY_WEIGHT = 0.4  # how much of the article's content the quote's words carry
PROMINENCE_WEIGHT = 0.3  # mentions of the speaker against the most mentioned speaker
LENGTH_WEIGHT = 0.3  # how well the quote's length reads as a bullet
MIN_CONTENT_CHARS = 3  # shorter words ("to", "it") are no content words
SHORT_QUOTE, LONG_QUOTE = 6, 40  # words: quotes of these lengths and between score best
LENGTH_FADE = 80  # words over LONG_QUOTE at which a long quote's length score hits the floor
LENGTH_FLOOR = 0.3
SAME_SPEAKER = 0.8  # each quote already picked from a speaker scales their next one by this
SHOWN_WORDS = 4  # a quote's sentence of this many words in a row in the summary is shown there
# Fewer words make no key quote: "That's fine.", a tweet's "GROWING PARTY." say nothing alone
# (reading24: both shown as bullets where no longer quote was left).
MIN_KEY_WORDS = 3


def _length_score(n: int) -> float:
    """How well a quote of `n` words reads as a bullet: best from SHORT to LONG words."""
    if n < SHORT_QUOTE:
        return 0.2 + 0.1 * n
    if n <= LONG_QUOTE:
        return 1.0
    return max(LENGTH_FLOOR, 1.0 - (n - LONG_QUOTE) / LENGTH_FADE)


def key_quotes(article: Article, language: str, limit: int = 3, shown: str = "") -> list[Quote]:
    """The best few quotes: attributed first, unattributed only when nothing better is left.

    `language` (an ISO code) chooses the stop words the ranking leaves out and splits quotes
    into sentences; a quote that `shown` (the summary) holds in full is left out, and one it
    shows in part is given without the sentences it shows.
    """
    if limit <= 0:
        return []
    counts = cache(partial(token_counts, article.text))  # once, maybe first in find_quotes
    found = find_quotes(
        article.text, author=article.author, words=counts, partial=True, title=article.title
    )
    if not found:
        return []
    ranking = _Ranking(counts(), stop_words(language, broad=True), found)
    scored: list[tuple[Quote, bool]] = []  # each with whether its speaker is surely right
    phrases: list[Quote] = []
    seen: set[str] = set()
    shown_in = _Shown(shown)
    cue_word = lead_cues(frozenset({language, "en"}))
    for q in found:
        qtokens = tokens_of(q.text.lower())
        key = " ".join(qtokens)
        if not key or key in seen or shown_in.holds(qtokens, key):
            continue
        seen.add(key)
        if not q.partial and shown:  # a quote the summary shows in part: the rest of it
            rest = shown_in.rest(q.text, language)
            if not rest:
                continue
            if rest != q.text:
                q, qtokens = replace(q, text=rest), tokens_of(rest.lower())
                if len(qtokens) < SHORT_QUOTE:  # "It's big.": no bullet on its own
                    continue
        if not q.partial and count_words(q.text, MIN_KEY_WORDS) < MIN_KEY_WORDS:
            continue
        score = round(ranking.score(q, qtokens), 4)
        speaker = None if (q.speaker or "").lower() in ANONYMOUS_SPEAKERS else q.speaker
        if not q.partial:
            scored.append((Quote(trim_quote(q.text), speaker, score), sure(q.how)))
        elif speaker:  # an attributed phrase, shown with the words that lead into it
            lead = phrase_lead(article.text, q.spans[0][0], cue_word)
            text = trim_quote(q.text) if lead else _as_phrase(q.text)
            phrases.append(Quote(text, speaker, score, lead=lead))
    picked = _pick(scored, limit)
    phrases.sort(key=lambda q: -q.score)
    return picked + phrases[: limit - len(picked)]


def _as_phrase(text: str) -> str:
    """A quoted phrase as a bullet: an ellipsis before it when it starts mid-sentence."""
    text = trim_quote(text)
    return f"… {text}" if text[:1].islower() else text


class _Shown:
    """Whether the summary shows a quote in full (all its words, in a row)."""

    def __init__(self, shown: str) -> None:
        self._lower = shown.lower()
        self._words = ""  # " word word ... ": built once a quote may be in the summary

    def holds(self, qtokens: list[str], key: str) -> bool:
        # A quote the summary shows in full has each of its words in it: test the longest first.
        if max(qtokens, key=len) not in self._lower:
            return False
        self._words = self._words or f" {' '.join(tokens_of(self._lower))} "
        return f" {key} " in self._words

    def rest(self, text: str, language: str) -> str:
        """The quote without its sentences the summary shows in full ('' if it shows them
        all): the summary shows a quote's sentences one by one, so a quote of three whose first
        two the summary shows is its third. A gap where shown sentences stood in its middle is
        marked "…"; a sentence of fewer than SHOWN_WORDS words stays (its words in a row may
        be anyone's). The quote's last sentence stays too when it leans on the one before
        (`leans`) and the summary does not show that one: the summary shows it as the
        speaker's closing words ('"It only means ...," the board said.'), and only the whole
        quote tells what it points to."""
        sentences = split_into_sentences(text, language)
        if len(sentences) < 2:
            return text
        parts: list[list[str]] = [[]]
        for k, sentence in enumerate(sentences):
            tokens = tokens_of(sentence.lower())
            shown = len(tokens) >= SHOWN_WORDS and self.holds(tokens, " ".join(tokens))
            if shown and k == len(sentences) - 1 and parts[-1] and leans(tokens):
                shown = False  # the sentence before it is here: keep the two together
            if shown:
                if parts[-1]:
                    parts.append([])
            else:
                parts[-1].append(sentence)
        kept = [" ".join(part) for part in parts if part]
        return join_gaps(kept)


def leans(tokens: list[str]) -> bool:
    """A sentence (its lower-case tokens) that opens with a word leaning on the sentence
    before it ("It only means ...", "But we ...": `cue_words.LEANING_OPENERS`)."""
    return bool(tokens) and tokens[0] in LEANING_OPENERS


class _Ranking:
    """Scores quotes of one article: how central their words are, how prominent the speaker,
    how well their length reads."""

    def __init__(self, tokens: dict[str, int], stop: frozenset[str], found: list[FoundQuote]):
        self._stop = stop
        doc: dict[str, int] = {}  # a plain dict: Counter's __missing__ costs a call per new word
        for token, count in tokens.items():
            low = token.lower()
            if len(low) >= MIN_CONTENT_CHARS and low not in stop:
                doc[low] = doc.get(low, 0) + count
        self._doc = doc
        self._doc_norm = math.sqrt(sum(v * v for v in doc.values())) or 1.0
        mentions: dict[str, int] = {}
        for q in found:
            if q.speaker and q.speaker not in mentions:
                mentions[q.speaker] = tokens.get(WORDS_ONLY.findall(q.speaker)[-1], 0)
        self._mentions = mentions
        self._top = max(mentions.values(), default=0) or 1

    def score(self, q: FoundQuote, qtokens: list[str]) -> float:
        qwords: dict[str, int] = {}
        for w in qtokens:
            if len(w) >= MIN_CONTENT_CHARS and w not in self._stop:
                qwords[w] = qwords.get(w, 0) + 1
        q_norm = math.sqrt(sum(v * v for v in qwords.values())) or 1.0
        doc = self._doc
        central = sum(v * doc.get(w, 0) for w, v in qwords.items()) / (q_norm * self._doc_norm)
        prominence = self._mentions[q.speaker] / self._top if q.speaker else 0.0
        # SHORT to LONG words score alike. The words are no more than the alphanumeric runs
        # (each starts in a run of its own), and those no more than `qtokens` (lower-casing
        # splits no run), so the full count is needed only past LONG of them.
        n = count_words(q.text, SHORT_QUOTE)
        if n == SHORT_QUOTE and len(qtokens) > LONG_QUOTE:
            n = len(words(q.text))
        return (
            CENTRALITY_WEIGHT * central
            + PROMINENCE_WEIGHT * prominence
            + LENGTH_WEIGHT * _length_score(n)
        )


def _pick(scored: list[tuple[Quote, bool]], limit: int) -> list[Quote]:
    """The best attributed quotes, each speaker's next one scaled down: first those whose
    speaker a cue next to them names (`paths.sure`), then those credited by a weaker path (a
    name on a quote is what users trust; a weak path is wrong several times as often), then
    the best unattributed ones."""
    picked: list[Quote] = []
    counts: Counter[str] = Counter()
    for tier in (True, False):
        attributed = [q for q, certain in scored if q.speaker and certain is tier]
        while attributed and len(picked) < limit:  # one speaker should not fill every slot
            best = max(
                attributed, key=lambda q: q.score * (SAME_SPEAKER ** counts[q.speaker or ""])
            )
            attributed.remove(best)
            picked.append(best)
            counts[best.speaker or ""] += 1
    rest = sorted((q for q, _ in scored if not q.speaker), key=lambda q: -q.score)
    picked.extend(rest[: limit - len(picked)])
    return picked
