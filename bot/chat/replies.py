"""Sending and editing the bot's replies: the gist message with its buttons, short notes,
the "typing…" indicator, and the plain-text fallback when Telegram refuses the HTML."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    User,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest

from bot.callbacks import LengthButton
from bot.chat.render import render_gist_html, render_gist_text
from bot.context import GistContext
from bot.i18n import pick_language, t
from bot.service import Result
from bot.storage.chats import ChatPrefs
from bot.storage.ratelimit import DbRateLimiter
from summarizer.summary.length import is_already_short
from summarizer.web.urls import coerce_url

log = logging.getLogger(__name__)

TYPING_EVERY_SECONDS = 4.5
TAP_SCOPE = "taps"  # rate-limit rows of button taps, apart from the summary requests
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def ui_language(prefs: ChatPrefs, user: User | None) -> str:
    return pick_language(prefs.language, user.language_code if user else None)


def extract_urls(message: Message) -> list[str]:
    """http(s) links in the text or caption, in order, without repeats."""
    kinds = [MessageEntity.URL, MessageEntity.TEXT_LINK]
    found = message.parse_entities(kinds) or message.parse_caption_entities(kinds)
    urls: dict[str, None] = {}
    for entity, text in found.items():
        url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
        if not url:
            continue
        url = coerce_url(url)
        if url.lower().startswith(("http://", "https://")):
            urls[url] = None
    return list(urls)


def message_text(message: Message) -> str:
    return message.text or message.caption or ""


def length_keyboard(result: Result, lang: str) -> InlineKeyboardMarkup:
    """Shorter / Longer, pointing at the stored article and the length shown now."""
    shorter = LengthButton(result.article_id, result.sentences, shorter=True)
    longer = LengthButton(result.article_id, result.sentences, shorter=False)
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(lang, "button_shorter"), callback_data=shorter.encode()),
                InlineKeyboardButton(t(lang, "button_longer"), callback_data=longer.encode()),
            ]
        ]
    )


def is_parse_error(exc: BadRequest) -> bool:
    return "parse entities" in exc.message.lower() or "can't find end" in exc.message.lower()


def is_not_modified(exc: BadRequest) -> bool:
    """Telegram refuses an edit that changes nothing (a second tap on a button whose answer
    is already shown); the message is as wanted, so this is no error."""
    return "message is not modified" in exc.message.lower()


def already_short(result: Result, lang: str, *, escape: bool = True) -> str | None:
    """The note that replaces the gist of an article no longer than a summary (echoing one or
    two of its own sentences back as "0% shorter" helps nobody), else None."""
    count = result.gist.summary.sentences_in
    if not is_already_short(count):
        return None
    key = "already_short_one" if count == 1 else "already_short"
    return t(lang, key, escape=escape, count=count)


async def send_gist(
    context: GistContext, chat_id: int, reply_to: int | None, result: Result, lang: str
) -> None:
    """Send the HTML reply; if Telegram rejects its entities, the plain-text one. An article
    that is already short gets a note saying so instead."""
    if (note := already_short(result, lang)) is not None:
        await send_note(context, chat_id, reply_to, note)
        return
    markup = length_keyboard(result, lang)
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    try:
        await context.bot.send_message(
            chat_id,
            render_gist_html(result.gist, lang),
            parse_mode=ParseMode.HTML,
            reply_parameters=reply,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if not is_parse_error(exc):
            raise
        log.warning("HTML reply rejected (%s); sending plain text", exc.message)
        await context.bot.send_message(
            chat_id,
            render_gist_text(result.gist, lang),
            reply_parameters=reply,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )


async def send_note(context: GistContext, chat_id: int, reply_to: int | None, html: str) -> None:
    """A short message from the catalog (already HTML-safe)."""
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    await context.bot.send_message(
        chat_id,
        html,
        parse_mode=ParseMode.HTML,
        reply_parameters=reply,
        link_preview_options=NO_PREVIEW,
    )


@contextlib.asynccontextmanager
async def typing(context: GistContext, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" until the block ends (Telegram clears it after ~5 s, so repeat)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(Exception):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY_SECONDS)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def rate_limited(context: GistContext, user: User | None) -> float:
    """Seconds this user must wait (0 when the request may go ahead); the window is kept in
    the database, so it holds across replicas."""
    return 0.0 if user is None else await context.resources.limiter.check(user.id)


async def tap_limited(context: GistContext, user: User | None) -> float:
    """Seconds this user must wait before another button tap takes effect (0: go ahead).

    Taps have their own, generous limit instead of the summary limit: they never fetch (the
    summary limit guards fetches, slow and aimed at third-party sites), a tap on a length shown
    before re-renders a cached gist, and a new length re-summarizes a stored article of at most
    MAX_TEXT_CHARS in the pool (make_gist: 4 ms for 400 words, 55 ms for 15,000, in
    docs/performance.md's pipeline table). What is left to bound is a script tapping without
    pause: each tap costs a Bot API edit from the bot-wide budget of 30 a second and perhaps a
    pool job, so TAP_RATE_LIMIT_PER_MINUTE (60: one a second, more than a person taps) caps one
    user's share. Kept in the database like the summary limit.
    """
    if user is None:
        return 0.0
    resources = context.resources
    limiter = DbRateLimiter(
        resources.db, resources.settings.tap_rate_limit_per_minute, scope=TAP_SCOPE
    )
    return await limiter.check(user.id)


async def edit_gist(query: CallbackQuery, result: Result, lang: str) -> None:
    """Edit a reply (chat or inline message) in place, with the plain-text fallback."""
    markup = length_keyboard(result, lang)
    try:
        await query.edit_message_text(
            render_gist_html(result.gist, lang),
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if is_not_modified(exc):
            return
        if not is_parse_error(exc):
            raise
        plain = render_gist_text(result.gist, lang)
        await query.edit_message_text(plain, reply_markup=markup, link_preview_options=NO_PREVIEW)
