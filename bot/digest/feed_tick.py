"""The feed job's work: poll the due feeds, tell admins about failing ones, enrich teasers.

Polling yields to sending: while this process sends digests, or a run planned ahead waits for a
minute within the tick, it polls at POLL_CONCURRENCY_WHILE_SENDING and leaves the teasers for
later (at 10,000 chats due at 08:00 the polls took the CPU that sending at the pace needed,
bench.scale --big). Each due feed is one replica's poll (a lease per feed, bot.digest.claims),
so each alert comes from one replica. The timer that runs this is bot.digest.jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.digest.chat_language import chat_language
from bot.digest.claims import enrich_held, poll_due_feeds_claimed
from bot.digest.digest_tick import TICK_SECONDS
from bot.digest.models import FeedEvent
from bot.digest.poll import enrich_pending
from bot.digest.render import gist_lines
from bot.digest.target import chat_title
from bot.i18n import t
from bot.resources import BotResources
from bot.storage import chats

log = logging.getLogger(__name__)

POLL_BUDGET_SECONDS = 45  # of a tick's minute: polling batch after batch, then the teasers
# While digests are being sent, or a planned one's minute comes within the tick, the feed job
# polls at this concurrency and leaves the teasers for later: at 10,000 chats due at 08:00 the
# second poll cycle and the enrichment took the CPU that sending at the pace needed (bench.scale
# --big). A cycle of 20,000 feeds (mostly 304s) then takes longer; it catches up after the burst.
POLL_CONCURRENCY_WHILE_SENDING = 2
# Teaser items' articles, fetched and summarized after the polls of a tick: batch after batch
# for up to ENRICH_BUDGET_SECONDS, so 20,000 feeds' ~30 new teasers a minute keep up
ENRICH_BATCH, ENRICH_CONCURRENCY, ENRICH_BUDGET_SECONDS = 20, 4, 10.0


async def poll_feeds(
    resources: BotResources, bot: Bot, keep_going: Callable[[], bool] = lambda: True
) -> list[FeedEvent]:
    """Poll due feeds, tell admins about failing/recovered feeds, summarize teaser items;
    `keep_going()` False (the bot is stopping): no more feeds are claimed and no teasers
    summarized. While digests are being sent or due within the tick, at
    POLL_CONCURRENCY_WHILE_SENDING and no teasers; a send burst that begins meanwhile stops
    the claims (the next tick polls at the low share)."""
    settings = resources.settings
    lease = {"owner": resources.owner, "ttl": settings.lease_ttl_seconds, "clock": resources.clock}
    yielding = await digests_near(resources)
    concurrency = POLL_CONCURRENCY_WHILE_SENDING if yielding else settings.feed_poll_concurrency

    def still() -> bool:
        return keep_going() and (yielding or not _sending(resources))

    events = await poll_due_feeds_claimed(  # each due feed by one replica only
        resources.db,
        resources.digests,
        resources.fetcher,
        now=resources.clock(),
        interval=timedelta(minutes=settings.feed_poll_minutes),
        alert_after=settings.feed_failure_alert_after,
        run_cpu=resources.run_cpu,
        concurrency=concurrency,
        budget=POLL_BUDGET_SECONDS,
        keep_going=still,
        **lease,
    )
    for event in events:
        await tell_admins(resources, bot, event)

    async def summarize_link(url: str) -> tuple[str | None, str | None]:
        from bot.service import gist_for_url

        result = await gist_for_url(resources, url, chats.ChatPrefs())
        return gist_lines(result.gist)

    async def enrich() -> int:
        return await enrich_pending(
            resources.digests, summarize_link, limit=ENRICH_BATCH,
            concurrency=ENRICH_CONCURRENCY, budget=ENRICH_BUDGET_SECONDS,
        )  # fmt: skip

    # the teasers wait for the burst's end, and for the next start once the bot is stopping
    # (its stop waits for this job: bot.job_queue)
    if keep_going() and not (yielding or _sending(resources)):
        await enrich_held(resources.db, enrich, **lease)  # one replica at a time
    return events


def _sending(resources: BotResources) -> bool:
    return resources.deliverer is not None and resources.deliverer.sending


async def digests_near(resources: BotResources) -> bool:
    """Whether this process is sending digests, or a run planned ahead (bot.digest.ahead)
    waits for a minute within the next tick: then the feed job polls at a lower share."""
    if _sending(resources):
        return True
    now = resources.clock()
    moment = await resources.digests.next_planned(now)
    return moment is not None and moment - now <= timedelta(seconds=TICK_SECONDS)


async def tell_admins(resources: BotResources, bot: Bot, event: FeedEvent) -> None:
    """Once per chat: privately to the admin who subscribed it, else in the chat itself."""
    told: set[int] = set()
    for sub in await resources.digests.subscribers(event.feed_id):
        if sub.chat_id in told:
            continue
        told.add(sub.chat_id)
        lang = await chat_language(resources, sub.chat_id)
        name = await chat_title(bot, sub.chat_id, lang)
        feed = event.title or event.url
        if event.kind == "failing":
            text = t(lang, "digest.feed_failing", feed=feed, count=event.failures,
                     error=event.error or "?", chat=name)  # fmt: skip
        else:
            text = t(lang, "digest.feed_recovered", feed=feed, chat=name)
        targets = [(sub.added_by, 0)] if sub.added_by else []
        targets.append((sub.chat_id, sub.thread_id))
        for chat_id, thread_id in targets:
            try:
                await bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, message_thread_id=thread_id or None
                )
                break
            except TelegramError as exc:
                log.info("feed alert not delivered to %s: %s", chat_id, exc)
