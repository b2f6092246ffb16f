"""Following feeds: /subscribe, /unsubscribe (with its feed buttons) and /subscriptions.

A chat follows at most MAX_SUBSCRIPTIONS feeds (every feed is polled for as long as someone
wants it); each command acts on the target chat the sender may manage (bot.digest.target).
The OPML import (bot.digest.opml_commands) subscribes within the same cap.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot import admin
from bot.callbacks import UnsubscribeButton
from bot.context import GistContext
from bot.digest.target import NO_PREVIEW, begin, chat_title, language, manager_id, reply
from bot.i18n import error_message, t
from summarizer.errors import GistError
from summarizer.web.urls import redact_url

MAX_URLS_PER_COMMAND = 5
MAX_SUBSCRIPTIONS = 100  # per chat: every feed is polled for as long as someone wants it


async def subscribe(update: Update, context: GistContext) -> None:
    """Subscribe the target chat (topic) to the feeds behind the given links."""
    from bot.digest.poll import resolve_feed

    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    if not request.args:
        await reply(update, t(lang, "digest.subscribe_usage"))
        return
    resources = context.resources
    digests = resources.digests
    lines = []
    room = MAX_SUBSCRIPTIONS - len(await digests.subscriptions(target.chat.id))
    for url in request.args[:MAX_URLS_PER_COMMAND]:
        if room <= 0:
            lines.append(t(lang, "digest.too_many", max=MAX_SUBSCRIPTIONS))
            break
        try:
            feed = await resolve_feed(resources.fetcher, url, run_cpu=resources.run_cpu)
        except GistError as exc:
            reason = html.unescape(error_message(lang, exc))
            lines.append(t(lang, "digest.link_failed", url=redact_url(url), reason=reason))
            continue
        added = await digests.subscribe(
            target.chat.id,
            feed.url,
            now=resources.clock(),
            thread_id=target.thread_id,
            title=feed.title,
            added_by=manager_id(update),
            aliases=feed.aliases,
        )
        room -= added
        key = "digest.subscribed" if added else "digest.already"
        lines.append(t(lang, key, chat=target.name, title=feed.title or feed.url, url=feed.url))
    if await digests.schedule(target.chat.id) is None:
        lines.append(t(lang, "digest.schedule_hint"))
    await reply(update, "\n".join(lines))


async def unsubscribe(update: Update, context: GistContext) -> None:
    """Unsubscribe by URL (old URLs of moved feeds work too), else offer a button per feed."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    digests = context.resources.digests
    if request.args:
        url = request.args[0]
        removed = await digests.unsubscribe(target.chat.id, url)
        key = "digest.unsubscribed" if removed else "digest.not_subscribed"
        await reply(update, t(lang, key, chat=target.name, url=redact_url(url)))
        return
    subs = await digests.subscriptions(target.chat.id)
    if not subs:
        await reply(update, t(lang, "digest.no_subscriptions", chat=target.name))
        return
    seen: dict[int, str] = {}
    for sub in subs:
        seen.setdefault(sub.feed_id, (sub.title or sub.url)[:60])
    chat_id = target.chat.id
    rows = [
        [InlineKeyboardButton(label, callback_data=UnsubscribeButton(chat_id, feed_id).encode())]
        for feed_id, label in seen.items()
    ]
    text = t(lang, "digest.unsubscribe_pick", chat=target.name)
    await reply(update, text, InlineKeyboardMarkup(rows))


async def unsubscribe_button(update: Update, context: GistContext) -> None:
    """A feed button under /unsubscribe: checked again, since anyone can press it."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    button = UnsubscribeButton.parse(query.data)
    if button is None:
        await query.answer()
        return
    chat_id_n, feed_id_n = button.chat_id, button.feed_id
    lang = await language(update, context)
    if chat_id_n != query.from_user.id and not await admin.is_admin(
        context.bot, chat_id_n, query.from_user.id
    ):
        name = await chat_title(context.bot, chat_id_n, lang)  # alerts are plain text
        await query.answer(t(lang, "admin.not_admin", escape=False, chat=name), show_alert=True)
        return
    digests = context.resources.digests
    subs = [s for s in await digests.subscriptions(chat_id_n) if s.feed_id == feed_id_n]
    await query.answer()
    if not subs:
        return
    await digests.unsubscribe(chat_id_n, subs[0].url)
    name = await chat_title(context.bot, chat_id_n, lang)
    text = t(lang, "digest.unsubscribed", chat=name, url=subs[0].url)
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)


async def subscriptions(update: Update, context: GistContext) -> None:
    """The target's feeds and schedule."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    digests = context.resources.digests
    subs = await digests.subscriptions(target.chat.id)
    if not subs:
        await reply(update, t(lang, "digest.no_subscriptions", chat=target.name))
        return
    lines = [t(lang, "digest.subscriptions_title", chat=target.name)]
    alert_after = context.resources.settings.feed_failure_alert_after
    for sub in subs:
        line = t(lang, "digest.subscription_line", title=sub.title or sub.url, url=sub.url)
        if sub.thread_id:
            line += t(lang, "digest.mark_topic", thread=sub.thread_id)
        if sub.paused:
            line += t(lang, "digest.mark_paused")
        if sub.failures >= alert_after:
            line += t(lang, "digest.mark_failing")
        lines.append(line)
    due = await digests.schedule(target.chat.id)
    if due is None:
        lines.append("\n" + t(lang, "digest.no_schedule"))
    else:
        when = due.next_due.strftime("%Y-%m-%d %H:%M") if due.next_due else "—"
        lines.append("\n" + t(lang, "digest.schedule_line", schedule=due.schedule.describe(),
                              next=when))  # fmt: skip
    await reply(update, "\n".join(lines))
