"""Feeds in and out as OPML: /export writes the target's feeds (and their filters), an .opml
file sent to the bot subscribes the target to the feeds in it.

Feed URLs with credentials in them are never imported (they would be shown to every admin),
and an import stops at the chat's MAX_SUBSCRIPTIONS like /subscribe.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.context import GistContext
from bot.digest.filter_commands import import_rules, outlines_with_rules
from bot.digest.subscription_commands import MAX_SUBSCRIPTIONS
from bot.digest.target import begin, manager_id, reply
from bot.i18n import t
from summarizer.errors import GistError
from summarizer.web.urls import has_credentials

log = logging.getLogger(__name__)


async def export(update: Update, context: GistContext) -> None:
    """The target's feeds as an OPML file."""
    from summarizer.web.opml import export_opml

    request = await begin(update, context)
    message = update.effective_message
    if request is None or message is None:
        return
    lang, target = request.lang, request.target
    outlines = await outlines_with_rules(context, target.chat.id)  # feeds and their filters
    if not any(o.url for o in outlines):
        await reply(update, t(lang, "digest.no_subscriptions", chat=target.name))
        return
    data = export_opml(outlines, title=f"gistbot: {target.name}",
                       now=context.resources.clock())  # fmt: skip
    await message.reply_document(
        data,
        filename="gistbot-subscriptions.opml",
        caption=t(lang, "digest.export_caption", chat=target.name),
        parse_mode=ParseMode.HTML,
    )


async def import_opml(update: Update, context: GistContext) -> None:
    """An .opml file: subscribe the target to every feed in it (checked when first polled)."""
    from summarizer.web.opml import MAX_OPML_BYTES, OpmlError, parse_opml

    message = update.effective_message
    if message is None or message.document is None:
        return
    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    document = message.document
    try:
        if document.file_size and document.file_size > MAX_OPML_BYTES:
            raise OpmlError("That OPML file is too large.")
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
        outlines = await context.resources.run_cpu(parse_opml, data)  # pool: time budget
    except (GistError, TelegramError) as exc:  # OpmlError, or OverBudgetError
        log.info("OPML import refused: %s", exc)
        await reply(update, t(lang, "digest.opml_bad"))
        return
    digests, now = context.resources.digests, context.resources.clock()
    room = MAX_SUBSCRIPTIONS - len(await digests.subscriptions(target.chat.id))
    added = 0
    private = [o for o in outlines if has_credentials(o.url)]
    for outline in (o for o in outlines if o.url and not has_credentials(o.url)):
        if added >= room:
            break
        added += await digests.subscribe(
            target.chat.id, outline.url, now=now, thread_id=target.thread_id,
            title=outline.title, added_by=manager_id(update),
        )  # fmt: skip
    await import_rules(context, target.chat.id, outlines, now)  # our own outline attributes
    feeds = sum(1 for o in outlines if o.url)
    lines = [t(lang, "digest.opml_imported", added=added, total=feeds, chat=target.name)]
    if private:
        lines.append(t(lang, "digest.opml_credentials", count=len(private)))
    if added >= room:
        lines.append(t(lang, "digest.too_many", max=MAX_SUBSCRIPTIONS))
    if await digests.schedule(target.chat.id) is None:
        lines.append(t(lang, "digest.schedule_hint"))
    await reply(update, "\n".join(lines))
