"""Prometheus metrics: one `Metrics` object per process, built at start, with its own registry.

Nothing is registered at import time, so tests can build as many as they like side by side. Each
replica exposes its own counts on /metrics (bot.webhook); Prometheus sums across replicas.

Who counts what (the wiring passes this object down, e.g. in the bot's shared resources):
- updates_handled: every update PTB dispatches (`register(application, metrics)` does it);
- summaries_made, summary_seconds: the summarize feature, per gist made (cache hits excluded);
- reply_seconds: update received -> reply sent, in the chat handlers;
- fetch_failures{code}: FetchError.code of each failed link;
- digest_deliveries{status}: DeliveryReport.status of each digest run; digest_seconds its time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

if TYPE_CHECKING:
    from telegram.ext import Application

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
DIGEST_BUCKETS = (0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 900.0)


@dataclass
class Metrics:
    """The counters and histograms, registered on `registry` (a fresh one unless given)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    namespace: str = "gistbot"

    def __post_init__(self) -> None:
        ns, reg = self.namespace, self.registry
        self.updates_handled = Counter(
            "updates_handled", "Telegram updates dispatched", namespace=ns, registry=reg
        )
        self.summaries_made = Counter(
            "summaries_made", "Gists computed (cache hits excluded)", namespace=ns, registry=reg
        )
        self.fetch_failures = Counter(
            "fetch_failures", "Links that could not be read", ["code"], namespace=ns, registry=reg
        )
        self.digest_deliveries = Counter(
            "digest_deliveries", "Digest runs by outcome", ["status"], namespace=ns, registry=reg
        )
        self.webhook_requests = Counter(
            "webhook_requests", "Webhook POSTs by outcome", ["outcome"], namespace=ns, registry=reg
        )
        self.reply_seconds = Histogram(
            "reply_seconds",
            "Update received to reply sent",
            namespace=ns,
            registry=reg,
            buckets=LATENCY_BUCKETS,
        )
        self.summary_seconds = Histogram(
            "summary_seconds",
            "Time to make one gist (extraction + summary)",
            namespace=ns,
            registry=reg,
            buckets=LATENCY_BUCKETS,
        )
        self.digest_seconds = Histogram(
            "digest_seconds",
            "Time to deliver one chat's digest",
            namespace=ns,
            registry=reg,
            buckets=DIGEST_BUCKETS,
        )

    def exposition(self) -> tuple[bytes, str]:
        """The text format Prometheus scrapes, with its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST

    def value(self, name: str, **labels: str) -> float:
        """One sample's current value (0 when absent): for tests and health pages."""
        found = self.registry.get_sample_value(f"{self.namespace}_{name}", labels or None)
        return found or 0.0


@contextmanager
def timed(histogram: Histogram) -> Iterator[None]:
    """Observe the block's wall time in `histogram` (also when it raises)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        histogram.observe(time.perf_counter() - start)


def register(application: Application[Any, Any, Any, Any, Any, Any], metrics: Metrics) -> None:
    """Count every update PTB dispatches, in polling and webhook mode alike."""
    from telegram import Update
    from telegram.ext import TypeHandler

    async def count(update: Update, context: Any) -> None:
        """Count the update; never stops it reaching the feature handlers."""
        metrics.updates_handled.inc()

    application.add_handler(TypeHandler(Update, count, block=False), group=-100)
