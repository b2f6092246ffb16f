"""Summaries in chats: links and long texts in private chats, /tldr and mentions in groups,
optional auto-summaries of group links, and the Shorter/Longer buttons under every reply."""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Message, MessageEntity, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import service
from bot.callbacks import LengthButton
from bot.chat import paste
from bot.chat.replies import (
    already_short,
    edit_gist,
    extract_urls,
    message_text,
    send_gist,
    send_note,
    tap_limited,
    typing,
    ui_language,
)
from bot.context import GistContext
from bot.i18n import error_message, pick_language, t
from bot.storage import chats
from bot.storage.chats import ChatPrefs
from bot.storage.pastes import Paste
from summarizer.errors import GistError
from summarizer.web.urls import redact_url

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 400


# -- the work behind every entry point --------------------------------------------------------


async def _cached_or_typing(
    context: GistContext,
    chat_id: int,
    cached: service.Result | None,
    compute: Callable[[], Awaitable[service.Result]],
) -> service.Result:
    """A cache hit at once, with no "typing…": every chat action is one of the 30 Bot API
    requests a second the whole bot may send, so showing it for instant answers halves the
    throughput at the cap. Real work (fetch + pool) shows "typing…" while it runs."""
    if cached is not None:
        return cached
    async with typing(context, chat_id):
        return await compute()


async def summarize_message(
    update: Update,
    context: GistContext,
    target: Message,
    *,
    reply_to: Message,
    quiet: bool = False,
) -> bool:
    """Summarize the links in `target`, else its text; False when there was nothing to do.

    `quiet` (group auto-summaries) skips failures and limits instead of answering them.
    The time to the last reply goes into the reply_seconds metric.
    """
    started = time.perf_counter()
    done = await _summarize_message(update, context, target, reply_to=reply_to, quiet=quiet)
    if done:
        context.resources.metrics.reply_seconds.observe(time.perf_counter() - started)
    return done


@dataclass(frozen=True, slots=True)
class _Request:
    """One message to summarize: where the answers go, in which language, with which settings,
    and whether failures are kept quiet (group auto-summaries)."""

    context: GistContext
    chat_id: int
    reply_to: int
    prefs: ChatPrefs
    lang: str
    quiet: bool

    async def note(self, html_text: str) -> None:
        await send_note(self.context, self.chat_id, self.reply_to, html_text)

    async def reply(
        self,
        cached: service.Result | None,
        compute: Callable[[], Awaitable[service.Result]],
    ) -> GistError | None:
        """Send the gist; when it cannot be made, send nothing and return why, for the caller
        to explain (or not, when quiet)."""
        try:
            result = await _cached_or_typing(self.context, self.chat_id, cached, compute)
        except GistError as exc:
            return exc
        if self.quiet and already_short(result, self.lang) is not None:
            return None  # an auto-summary has nothing to add to a short article: say nothing
        await send_gist(self.context, self.chat_id, self.reply_to, result, self.lang)
        return None


async def _summarize_message(
    update: Update, context: GistContext, target: Message, *, reply_to: Message, quiet: bool
) -> bool:
    chat = update.effective_chat
    if chat is None:
        return False
    prefs = await chats.load_prefs(context.resources.db, chat.id)
    lang = ui_language(prefs, update.effective_user)
    urls = extract_urls(target)
    text = message_text(target).strip()
    if not urls and len(text) < MIN_TEXT_CHARS:
        return False
    request = _Request(context, chat.id, reply_to.id, prefs, lang, quiet)
    user = update.effective_user
    user_id = user.id if user is not None else None
    if urls:
        await _summarize_links(request, urls, user_id)
    else:
        await _summarize_text(request, text, user_id)
    return True


async def _over_rate_limit(request: _Request, user_id: int | None) -> bool:
    """True (and the wait said, unless quiet) when the user must wait before asking again."""
    limiter = request.context.resources.limiter
    wait = 0.0 if user_id is None else await limiter.check(user_id)
    if wait and not request.quiet:
        await request.note(t(request.lang, "rate_limited", seconds=round(wait + 0.5)))
    return bool(wait)


async def _summarize_text(request: _Request, text: str, user_id: int | None) -> None:
    """A cached gist is answered without counting against the rate limit: it costs nothing."""
    resources = request.context.resources
    most = resources.settings.max_text_chars
    if len(text) > most:
        await request.note(t(request.lang, "text_too_long", max=most))
        return
    prefs = request.prefs
    cached = await service.cached_for_text(resources, text, prefs)
    if cached is None and await _over_rate_limit(request, user_id):
        return
    error = await request.reply(
        cached, lambda: service.gist_for_text(resources, text, prefs, lookup=False)
    )
    if error is not None and not request.quiet:
        await request.note(error_message(request.lang, error))


async def summarize_paste(context: GistContext, joined: Paste) -> None:
    """A text that came in parts (bot.chat.paste): one article, so one rate-limit slot and one
    reply, to its first part."""
    started = time.perf_counter()
    resources = context.resources
    prefs = await chats.load_prefs(resources.db, joined.chat_id)
    lang = pick_language(prefs.language, joined.language_code or None)
    request = _Request(context, joined.chat_id, joined.first_message_id, prefs, lang, False)
    if joined.chars > resources.settings.max_text_chars:  # parts past the limit were not kept
        await request.note(t(lang, "text_too_long", max=resources.settings.max_text_chars))
        return
    await _summarize_text(request, paste.join_parts(joined.parts), joined.user_id)
    resources.metrics.reply_seconds.observe(time.perf_counter() - started)


async def _summarize_links(request: _Request, urls: list[str], user_id: int | None) -> None:
    """One reply per link, up to the per-message limit; a failed link does not stop the rest.
    The message counts once against the rate limit, and not at all when every link is cached."""
    resources = request.context.resources
    limit = resources.settings.max_links_per_message
    wanted = urls[:limit]
    cached = [await service.cached_for_url(resources, url, request.prefs) for url in wanted]
    if None in cached and await _over_rate_limit(request, user_id):
        return
    for url, hit in zip(wanted, cached, strict=True):
        await _summarize_link(request, url, hit, several=len(urls) > 1)
    if len(urls) > limit and not request.quiet:
        await request.note(t(request.lang, "too_many_links", max=limit))


async def _summarize_link(
    request: _Request, url: str, cached: service.Result | None, *, several: bool
) -> None:
    resources = request.context.resources
    prefs = request.prefs
    error = await request.reply(
        cached, lambda: service.gist_for_url(resources, url, prefs, lookup=False)
    )
    if error is None:
        return
    log.info("cannot summarize %s: %s (%s)", redact_url(url), error.code, error.detail or "")
    if request.quiet:
        return
    reason = error_message(request.lang, error)
    if several:  # say which link failed; `t` escapes its values, the reason is HTML already
        link = redact_url(url)
        reason = t(request.lang, "error_for_link", url=link, reason=html.unescape(reason))
    await request.note(reason)


def _from_this_bot(message: Message, context: GistContext) -> bool:
    via = message.via_bot
    sender = message.from_user
    return bool((via and via.id == context.bot.id) or (sender and sender.id == context.bot.id))


# -- handlers ----------------------------------------------------------------------------------


async def private_message(update: Update, context: GistContext) -> None:
    """A private message: summarize its links or its text, or explain what to send."""
    message = update.effective_message
    if message is None or _from_this_bot(message, context):
        return
    if await paste.collect(update, context, message, summarize_paste):
        return  # part of a text Telegram split: answered once, for all its parts
    if not await summarize_message(update, context, message, reply_to=message):
        prefs = await chats.load_prefs(context.resources.db, message.chat.id)
        lang = ui_language(prefs, update.effective_user)
        await send_note(
            context, message.chat.id, message.id, t(lang, "hint_short", min_chars=MIN_TEXT_CHARS)
        )


async def tldr(update: Update, context: GistContext) -> None:
    """/tldr URL, or /tldr in reply to a message with a link or a long text."""
    message = update.effective_message
    if message is None:
        return
    if extract_urls(message):
        done = await summarize_message(update, context, message, reply_to=message)
    elif message.reply_to_message is not None:
        target = message.reply_to_message
        done = await summarize_message(update, context, target, reply_to=target)
    else:
        done = False
    if not done:
        prefs = await chats.load_prefs(context.resources.db, message.chat.id)
        lang = ui_language(prefs, update.effective_user)
        await send_note(context, message.chat.id, message.id, t(lang, "tldr_usage"))


def _mentions_bot(message: Message, username: str) -> bool:
    mentions = message.parse_entities([MessageEntity.MENTION]) or message.parse_caption_entities(
        [MessageEntity.MENTION]
    )
    return any(text.lstrip("@").lower() == username.lower() for text in mentions.values())


async def group_message(update: Update, context: GistContext) -> None:
    """In groups: answer a mention like /tldr; summarize links when the chat turned that on."""
    message = update.effective_message
    if message is None or _from_this_bot(message, context):
        return
    if _mentions_bot(message, context.bot.username):
        await tldr(update, context)
        return
    if not extract_urls(message):
        return
    prefs = await chats.load_prefs(context.resources.db, message.chat.id)
    if prefs.auto_links:
        await summarize_message(update, context, message, reply_to=message, quiet=True)


def next_length(now: int, shorter: bool, most: int) -> tuple[int, str]:
    """The sentence count a Shorter/Longer tap asks for, and the note when it cannot move: a
    third fewer (at least one), or half as many again (up to `most`, or `now` if above it)."""
    if shorter:
        return max(1, now - max(1, now // 3)), "already_shortest"
    return min(now + max(1, now // 2), max(most, now)), "already_longest"


async def length_button(update: Update, context: GistContext) -> None:
    """Shorter / Longer: re-summarize the stored article and edit the reply in place."""
    query = update.callback_query
    if query is None or not query.data:
        return
    button = LengthButton.parse(query.data)
    if button is None:
        await query.answer()
        return
    resources = context.resources
    chat_id = query.message.chat.id if query.message else query.from_user.id
    prefs = await chats.load_prefs(resources.db, chat_id)
    lang = ui_language(prefs, query.from_user)
    article = await chats.load_article(resources.db, button.article_id)
    if article is None:
        await query.answer(t(lang, "expired", escape=False), show_alert=True)
        return
    now = button.sentences
    target, edge = next_length(now, button.shorter, resources.settings.summary_max_sentences)
    if target == now:
        await query.answer(t(lang, edge))
        return
    wait = await tap_limited(context, query.from_user)  # not the summary limit: no fetch
    if wait:
        await query.answer(t(lang, "rate_limited", seconds=round(wait + 0.5)), show_alert=True)
        return
    try:
        result = await service.gist_for_article(
            resources, button.article_id, article, prefs, target
        )
    except GistError as exc:
        await query.answer(error_message(lang, exc), show_alert=True)
        return
    if result.sentences == now:
        await query.answer(t(lang, edge))
        return
    await query.answer()
    await edit_gist(query, result, lang)


def register(application: Application) -> None:
    """Summaries for private chats and groups, and the length buttons."""
    new_message = filters.UpdateType.MESSAGE  # not edits, not channel posts
    text_or_caption = new_message & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND
    application.add_handler(CommandHandler("tldr", tldr, filters=new_message))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & text_or_caption, private_message)
    )
    application.add_handler(
        MessageHandler(filters.ChatType.GROUPS & text_or_caption, group_message)
    )
    application.add_handler(CallbackQueryHandler(length_button, pattern=LengthButton.PATTERN))
    paste.register(application, summarize_paste, filters.ChatType.PRIVATE & text_or_caption)
