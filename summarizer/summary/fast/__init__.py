"""sumy's summarizers at numpy speed, selecting the same sentences.

Each class subclasses the stock sumy class (same constructor, `stop_words`, thresholds and word
lists) and adds `rate_sentences(document) -> dict[Sentence, float]`. The registry
(summarizer.summary.algorithms) names them and imports a module only when its class is first
asked for. Agreement with stock sumy and timings: docs/performance.md
(`python -m bench.agreement`, `python -m bench.speed`).
"""

from __future__ import annotations

from collections import Counter

# How often a near-tie was settled by sumy's own arithmetic (read by bench.agreement).
NEAR_TIES: Counter[str] = Counter()

__all__ = ["NEAR_TIES"]
