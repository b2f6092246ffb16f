"""Digest management commands: /subscribe, /unsubscribe, /subscriptions, /schedule, /digest,
/preview, /digestsettings, /export and OPML import (/filter: bot.digest.filter_commands).

Every command acts on a *target* chat and first checks the sender may manage it (see
bot.digest.target, which also handles picking a channel by forwarding one of its posts).
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import admin
from bot.callbacks import UnsubscribeButton
from bot.context import GistContext
from bot.digest.build import SettingError, parse_setting
from bot.digest.claims import deliver_held
from bot.digest.filter_commands import (
    filter_command,
    import_rules,
    outlines_with_rules,
    preview_filtered,
)
from bot.digest.schedule import ScheduleError, next_run, parse_schedule
from bot.digest.target import (
    NO_PREVIEW,
    begin,
    chat_title,
    forwarded_pick,
    language,
    manager_id,
    reply,
)
from bot.i18n import error_message, t
from bot.storage import chats
from bot.storage.chats import UI_LANGUAGES
from summarizer.errors import GistError
from summarizer.web.urls import has_credentials, redact_url

log = logging.getLogger(__name__)

MAX_URLS_PER_COMMAND = 5
MAX_SUBSCRIPTIONS = 100  # per chat: every feed is polled for as long as someone wants it
_REPORT_KEYS = {"sent": "digest.sent", "nothing": "digest.nothing", "busy": "digest.busy",
                "retry": "digest.retry", "gone": "digest.gone"}  # fmt: skip


# -- subscriptions ---------------------------------------------------------------------------


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


# -- schedule and settings -------------------------------------------------------------------


def detail(lang: str, exc: ScheduleError | SettingError) -> str:
    """The catalog's wording of a schedule/setting error (HTML, values escaped)."""
    return t(lang, f"digest.error.{exc.code}", **exc.params)


async def schedule(update: Update, context: GistContext) -> None:
    """Set (`daily 08:00 Europe/Berlin`, `every 6h` ...), show, or turn off (`off`) digests."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    digests = context.resources.digests
    text = " ".join(request.args).strip()
    if text.lower() in ("off", "stop", "none"):
        await digests.clear_schedule(target.chat.id)
        await reply(update, t(lang, "digest.schedule_off", chat=target.name))
        return
    if not text:
        due = await digests.schedule(target.chat.id)
        if due is None:
            await reply(update, t(lang, "digest.schedule_bad", error=t(lang, "digest.no_schedule")))
            return
        when = due.next_due.strftime("%Y-%m-%d %H:%M") if due.next_due else "—"
        await reply(update, t(lang, "digest.schedule_line", schedule=due.schedule.describe(),
                               next=when))  # fmt: skip
        return
    tz = (await digests.settings(target.chat.id)).timezone
    try:
        parsed = parse_schedule(text, default_tz=tz)
    except ScheduleError as exc:
        await reply(update, t(lang, "digest.schedule_bad", escape=False, error=detail(lang, exc)))
        return
    upcoming = next_run(parsed, context.resources.clock())
    await digests.set_schedule(target.chat.id, parsed, upcoming)
    await reply(
        update,
        t(lang, "digest.schedule_set", chat=target.name, schedule=parsed.describe(),
          next=upcoming.strftime("%Y-%m-%d %H:%M")),
    )  # fmt: skip


async def digest_settings(update: Update, context: GistContext) -> None:
    """Show or change one digest setting (`max 5`, `highlights off`, `language ru` ...)."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target, args = request.lang, request.target, request.args
    resources = context.resources
    chat_id = target.chat.id
    if len(args) == 2 and args[0].lower() == "language":
        value = args[1].lower()
        if value not in UI_LANGUAGES:
            error = t(lang, "digest.error.language", value=value)
            await reply(update, t(lang, "digest.settings_bad", escape=False, error=error))
            return
        prefs = await chats.load_prefs(resources.db, chat_id)
        await chats.save_prefs(resources.db, chat_id, replace(prefs, language=value))
        await reply(update, t(lang, "digest.setting_saved", chat=target.name))
        return
    if not args:
        current = await resources.digests.settings(chat_id)
        prefs = await chats.load_prefs(resources.db, chat_id)

        def on_off(flag: bool) -> str:
            return t(lang, "on" if flag else "off")

        await reply(
            update,
            t(lang, "digest.settings_show", chat=target.name, max=current.max_items,
              summaries=on_off(current.summaries), highlights=on_off(current.highlights),
              empty=on_off(current.notify_empty), tz=current.timezone,
              language=t(lang, f"ui.{prefs.language}")),
        )  # fmt: skip
        return
    try:
        name, value = parse_setting(args)
    except SettingError as exc:
        await reply(update, t(lang, "digest.settings_bad", escape=False, error=detail(lang, exc)))
        return
    await resources.digests.update_setting(chat_id, name, value)
    await reply(update, t(lang, "digest.setting_saved", chat=target.name))


# -- sending ---------------------------------------------------------------------------------


async def digest_now(update: Update, context: GistContext) -> None:
    """Send the target's digest now (the schedule is left as it is)."""
    request = await begin(update, context)
    if request is None:
        return
    deliverer = context.resources.deliverer
    if deliverer is None:
        return
    resources = context.resources  # the chat's lease: "busy" while another replica sends it
    report = await deliver_held(
        resources.db,
        deliverer,
        request.target.chat.id,
        owner=resources.owner,
        ttl=resources.settings.lease_ttl_seconds,
        clock=resources.clock,
    )
    if report.status == "sent" and request.target.here:
        return  # the digest itself is the answer
    key = _REPORT_KEYS.get(report.status, "digest.failed")
    await reply(update, t(request.lang, key, chat=request.target.name))


async def preview(update: Update, context: GistContext) -> None:
    """The next digest, to the requesting admin only (privately); nothing is marked sent."""
    request = await begin(update, context)
    user = update.effective_user
    deliverer = context.resources.deliverer
    if request is None or user is None or deliverer is None:
        return
    lang, target = request.lang, request.target
    plans = await deliverer.plan(target.chat.id, notify_empty=False)
    messages = [m.html for _, plan in plans for m in plan.messages]
    removed = preview_filtered(lang, [plan for _, plan in plans])
    if removed is not None:
        messages.append(removed)
    if not messages:
        await reply(update, t(lang, "digest.preview_empty", chat=target.name))
        return
    try:
        await context.bot.send_message(
            user.id, t(lang, "digest.preview_title", chat=target.name), parse_mode=ParseMode.HTML
        )
        for text in messages:
            await context.bot.send_message(
                user.id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            )
    except TelegramError as exc:
        log.info("preview not delivered to %s: %s", user.id, exc)
        await reply(update, t(lang, "digest.preview_blocked"))
        return
    if update.effective_chat is not None and update.effective_chat.id != user.id:
        await reply(update, t(lang, "digest.preview_sent"))


# -- OPML ------------------------------------------------------------------------------------


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


# -- picking a channel by forwarding ---------------------------------------------------------


COMMANDS = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "subscriptions": subscriptions,
    "schedule": schedule,
    "digest": digest_now,
    "preview": preview,
    "digestsettings": digest_settings,
    "export": export,
    "filter": filter_command,
}


def register(application: Application) -> None:
    new_message = filters.UpdateType.MESSAGE
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=new_message))
    unsubscribe_pick = CallbackQueryHandler(unsubscribe_button, pattern=UnsubscribeButton.PATTERN)
    application.add_handler(unsubscribe_pick)
    opml = filters.Document.FileExtension("opml") | filters.Document.MimeType("text/x-opml")
    application.add_handler(MessageHandler(new_message & opml, import_opml))
    forwarded = new_message & filters.ChatType.PRIVATE & filters.FORWARDED
    application.add_handler(MessageHandler(forwarded, forwarded_pick), group=-1)
