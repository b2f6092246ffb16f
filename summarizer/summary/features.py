"""The default summarizer's cheap per-sentence features and the tf-idf cosines between sentences.

Apart from the ranking (`summary.ranking`) because the fitting script reads the same columns
(`python -m bench.fit_ranking`): word-overlap centrality (sumy's Reduction edges), cosine to
the tf-idf centroid, PacSum-style directed centrality, position, length, quote/question cues.
Everything is numpy over one sparse tf-idf matrix (`fast.csr`), with no n x n array kept longer
than it is needed: those set a worker's peak memory on a long read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from summarizer.summary.document import Sentence
from summarizer.summary.fast.csr import CSR
from summarizer.summary.stemming import stem_function
from summarizer.text.chars import char_positions, non_ascii

FEATURES: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "log_position",
    "relative_position",
    "centroid",
    "overlap",
    "forward",
    "backward",
    "log_length",
    "short",
    "long",
    "quote_start",
    "quoted_share",
    "question",
    "digits",
)

_BLOCK_ROWS = 128  # rows of an n x n array handled at a time
_QUOTES_OPEN = "\"“”„«‘'"
_QUOTED_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]")
_DIGIT_RE = re.compile(r"\d")


def texts_and_lengths(sentences: Sequence[Sentence]) -> tuple[list[str], np.ndarray]:
    """Each sentence's text and word count (the features and the weak-sentence tests use both)."""
    return [str(s) for s in sentences], np.array([len(s.words) for s in sentences], dtype=float)


def feature_matrix(
    sentences: Sequence[Sentence],
    texts: list[str],
    lengths: np.ndarray,
    stemmer: Callable[[str], str],
    stop_words: frozenset[str],
) -> tuple[np.ndarray, np.ndarray]:
    """(n x len(FEATURES)) feature matrix and the tf-idf cosine matrix (zero diagonal)."""
    n = len(sentences)
    unit, counts = _tfidf_rows(sentences, stemmer, stop_words)
    sim = unit.gram()
    np.fill_diagonal(sim, 0.0)
    centroid = unit.column_sums()
    norm = np.linalg.norm(centroid)
    centroid_sim = unit.matvec(centroid) / norm if norm > 0 else np.zeros(n)
    denominator = max(n - 1, 1)
    upper = np.triu(sim, 1)  # n x n: dropped at once, n x n arrays set a worker's peak
    forward = upper.sum(axis=1) / denominator  # echoed by later sentences
    backward = upper.sum(axis=0) / denominator  # echoes earlier sentences
    del upper

    position = np.arange(n, dtype=float)
    quoted = np.array([_quoted_share(t) for t in texts])
    columns = {
        "first": position == 0,
        "second": position == 1,
        "third": position == 2,
        "log_position": np.log1p(position),
        "relative_position": position / denominator,
        "centroid": centroid_sim,
        "overlap": _overlap_centrality(counts),
        "forward": forward,
        "backward": backward,
        "log_length": np.log1p(lengths),
        "short": lengths < 8,
        "long": lengths > 45,
        "quote_start": np.array([t[:1] in _QUOTES_OPEN for t in texts]),
        "quoted_share": quoted,
        "question": np.array([t.rstrip("\"'”’ ").endswith("?") for t in texts]),
        "digits": _has_digit(texts),
    }
    matrix = np.column_stack([np.asarray(columns[name], dtype=float) for name in FEATURES])
    return matrix, sim


def _tfidf_rows(
    sentences: Sequence[Sentence], stemmer: Callable[[str], str], stop_words: frozenset[str]
) -> tuple[CSR, CSR]:
    """Sparse L2-normalised tf-idf rows and raw term counts (stems, stop words dropped)."""
    stem = stem_function(stemmer)  # shared, memoised: Snowball is pure Python
    vocabulary: dict[str, int] = {}
    stems: dict[str, int] = {}
    rows: list[list[int]] = []
    for sentence in sentences:
        ids = []
        for word in sentence.words:
            lowered = word.lower()  # sumy's normalize_word; the words are already str
            if lowered in stop_words:
                continue
            term = stems.get(lowered)
            if term is None:
                term = vocabulary.setdefault(stem(lowered), len(vocabulary))
                stems[lowered] = term
            ids.append(term)
        rows.append(ids)
    n = len(sentences)
    counts = CSR.from_rows(rows, max(len(vocabulary), 1)).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + counts.document_frequency())) + 1.0
    weighted = counts.with_data(np.log1p(counts.data) * idf[counts.indices])
    norms = np.sqrt(weighted.with_data(weighted.data * weighted.data).row_sums())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return weighted.scale_rows(scale), counts


def _overlap_centrality(counts: CSR) -> np.ndarray:
    """Summed word-overlap edges, log-length normalised (sumy's Reduction), scaled to max 1."""
    lengths = counts.row_sums()
    logs = np.log(np.maximum(lengths, 1.0))
    edges = counts.gram()
    # edges / (log len_i + log len_j), 0 where that is 0: in place and by blocks of rows, so no
    # second n x n array exists (n x n arrays set a worker's peak memory on a long read).
    for start in range(0, len(logs), _BLOCK_ROWS):
        block = edges[start : start + _BLOCK_ROWS]
        norm = logs[start : start + _BLOCK_ROWS, None] + logs[None, :]
        valid = norm > 0
        np.divide(block, norm, out=block, where=valid)
        block[~valid] = 0.0
    np.fill_diagonal(edges, 0.0)
    total = edges.sum(axis=1)
    top = total.max() if len(total) else 0.0
    return total / top if top > 0 else total


def _quoted_share(text: str) -> float:
    if text.isascii():  # '"' is then the only mark: quotes run from the 1st to the 2nd, ...
        if '"' not in text:
            return 0.0
        inside = sum(map(len, text.split('"')[1:-1:2]))  # _QUOTED_RE's matches, without a regex
    else:
        inside = sum(len(m) for m in _QUOTED_RE.findall(text))
    return inside / max(len(text), 1)


def _has_digit(texts: list[str]) -> np.ndarray:
    """Which texts hold a decimal digit (what `\\d` matches). Ten str.find scans over the texts
    joined cost less than a regex search per sentence; digits of other scripts (rare) go to
    the regex."""
    joined = "\n".join(texts)
    if any(map(str.isdecimal, non_ascii(joined))):
        return np.array([bool(_DIGIT_RE.search(t)) for t in texts])
    starts = np.cumsum([0, *(len(t) + 1 for t in texts[:-1])])
    found = np.zeros(len(texts), dtype=bool)
    found[np.searchsorted(starts, char_positions(joined, "0123456789"), side="right") - 1] = True
    return found
