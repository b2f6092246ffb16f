"""Getting a Gist for a link, a text or a stored article: cache first, then fetch and the pool.

Telegram-free apart from the shared resources, so handlers, inline mode and buttons share it.
"""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass

from bot import work
from bot.metrics import timed
from bot.resources import BotResources
from bot.storage import chats
from bot.storage.chats import LENGTHS, ChatPrefs
from config.settings import Settings
from summarizer.errors import FetchError, GistError
from summarizer.models import Article, Gist, GistOptions, SummaryOptions
from summarizer.web.urls import normalize_url

CPU_TIMEOUT_SECONDS = 60.0


class BusyError(GistError):
    """The worker pool did not finish in time (overload) or a worker died."""

    code = "busy"
    message = "Summarizing took too long. Please try again later."


@dataclass(frozen=True, slots=True)
class Result:
    """A gist plus the stored article id the Shorter/Longer buttons point at."""

    gist: Gist
    article_id: int

    @property
    def sentences(self) -> int:
        return len(self.gist.summary.sentences)


def gist_options(settings: Settings, prefs: ChatPrefs, sentences: int | None = None) -> GistOptions:
    """What the chat asked for, within the configured limits."""
    count = sentences if sentences is not None else LENGTHS.get(prefs.length)
    if count is not None:
        count = max(1, min(count, settings.summary_max_sentences))
    return GistOptions(
        summary=SummaryOptions(
            algorithm=prefs.algorithm or settings.summary_algorithm,
            sentences=count,
            max_sentences=settings.summary_max_sentences,
        ),
        quotes=settings.summary_quotes if prefs.quotes else 0,
        figures=settings.summary_figures if prefs.figures else 0,
    )


async def _cpu(resources: BotResources, fn, *args) -> Gist:
    metrics = resources.metrics
    try:
        with timed(metrics.summary_seconds):
            gist = await asyncio.wait_for(resources.run_cpu(fn, *args), CPU_TIMEOUT_SECONDS)
        metrics.summaries_made.inc()
        return gist
    except TimeoutError:  # waited too long, or OverBudgetError: the worker was ended
        raise BusyError() from None


async def _lookup(resources: BotResources, source_key: str, options: GistOptions) -> Result | None:
    hit = await chats.cached_gist(
        resources.db, chats.cache_key(source_key, options), resources.settings.cache_ttl_seconds
    )
    return None if hit is None else Result(*hit)


async def _cached(
    resources: BotResources, source_key: str, options: GistOptions, compute, *, lookup: bool = True
) -> Result:
    if lookup and (hit := await _lookup(resources, source_key, options)) is not None:
        return hit
    gist, article_id = await compute()
    key = chats.cache_key(source_key, options)
    await chats.cache_gist(resources.db, key, source_key, article_id, gist)
    return Result(gist, article_id)


async def cached_for_url(resources: BotResources, url: str, prefs: ChatPrefs) -> Result | None:
    """The cached summary of `url` for the chat's options, or None; no fetch, no pool (so a
    handler can answer a hit at once and show "typing…" only for real work). A link that cannot
    be summarized at all (credentials in it, a bad scheme) is never cached: None, and the real
    attempt says why."""
    try:
        source_key = chats.source_key_for_url(normalize_url(url))
    except GistError:
        return None
    return await _lookup(resources, source_key, gist_options(resources.settings, prefs))


async def cached_for_text(resources: BotResources, text: str, prefs: ChatPrefs) -> Result | None:
    """The cached summary of a pasted text for the chat's options, or None."""
    source_key = chats.source_key_for_text(text)
    return await _lookup(resources, source_key, gist_options(resources.settings, prefs))


async def gist_for_url(
    resources: BotResources,
    url: str,
    prefs: ChatPrefs,
    sentences: int | None = None,
    *,
    lookup: bool = True,
) -> Result:
    """Summary of the page behind `url`; same normalised URL and options come from the cache
    (`lookup=False`: the caller has just missed it, compute without asking again).

    The normalised URL is what gets fetched, not the one typed: the cache is shared by every
    user, so the server must see nothing of one user's link that the key does not hold.
    """
    from summarizer.web.fetch import ARTICLE_ACCEPT

    settings = resources.settings
    url = normalize_url(url)
    source_key = chats.source_key_for_url(url)
    options = gist_options(settings, prefs, sentences)

    async def compute() -> tuple[Gist, int]:
        try:
            page = await resources.fetcher.fetch(url, accept=ARTICLE_ACCEPT, only_articles=True)
        except FetchError as exc:
            resources.metrics.fetch_failures.labels(exc.code).inc()
            raise
        gist = await _cpu(resources, work.gist_from_page, page, options, settings.max_text_chars)
        if not gist.article.url:
            gist = dataclasses.replace(gist, article=dataclasses.replace(gist.article, url=url))
        return gist, await chats.save_article(resources.db, source_key, gist.article)

    return await _cached(resources, source_key, options, compute, lookup=lookup)


async def gist_for_text(
    resources: BotResources, text: str, prefs: ChatPrefs, *, lookup: bool = True
) -> Result:
    """Summary of a pasted or forwarded text (`lookup` as for gist_for_url)."""
    source_key = chats.source_key_for_text(text)
    options = gist_options(resources.settings, prefs)

    async def compute() -> tuple[Gist, int]:
        gist = await _cpu(resources, work.gist_from_text, text, options)
        return gist, await chats.save_article(resources.db, source_key, gist.article)

    return await _cached(resources, source_key, options, compute, lookup=lookup)


async def gist_for_article(
    resources: BotResources, article_id: int, article: Article, prefs: ChatPrefs, sentences: int
) -> Result:
    """A stored article re-summarized to another length (the Shorter/Longer buttons)."""
    settings = resources.settings
    options = gist_options(settings, prefs, sentences)

    async def compute() -> tuple[Gist, int]:
        gist = await _cpu(
            resources, work.gist_from_article, article, options, settings.max_text_chars
        )
        return gist, article_id

    return await _cached(resources, f"article:{article_id}", options, compute)
