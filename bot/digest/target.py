"""Which chat a digest command is about, and whether its sender may manage it.

A command sent in a group acts on that group (and on its forum topic, if sent in one). In a
private chat it acts on the chat named first (`/subscribe @channel URL`, a numeric id), else on
the channel picked earlier by forwarding one of its posts (remembered per user), else on the
private chat itself. `begin` resolves the target and runs bot.admin's checks; every command of
bot.digest.commands starts with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import Bot, Chat, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import admin
from bot.chat.replies import ui_language
from bot.context import GistContext
from bot.i18n import t
from bot.storage import chats

_CHAT_REF = re.compile(r"^(@\w{4,}|-?\d{5,})$")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True, slots=True)
class Target:
    chat: Chat
    thread_id: int
    name: str  # how replies name it (plain text)
    here: bool  # the command was sent in the target chat itself


@dataclass(frozen=True, slots=True)
class Request:
    """One management command, checked: where it came from, what it is about, its arguments."""

    target: Target
    lang: str
    args: list[str]


def chat_name(chat: Chat, lang: str) -> str:
    if chat.type == ChatType.PRIVATE:
        return t(lang, "digest.this_chat")
    if chat.title:
        return chat.title
    return f"@{chat.username}" if chat.username else str(chat.id)


async def chat_title(bot: Bot, chat_id: int, lang: str) -> str:
    """`chat_name` of a chat known only by its id (a button's, a subscriber's); the id itself
    when Telegram will not tell (the bot was removed). Plain text: escape it for HTML."""
    try:
        return chat_name(await bot.get_chat(chat_id), lang)
    except TelegramError:
        return str(chat_id)


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=markup
        )


async def language(update: Update, context: GistContext) -> str:
    chat = update.effective_chat
    prefs = await chats.load_prefs(context.resources.db, chat.id if chat else 0)
    return ui_language(prefs, update.effective_user)


async def _resolve_target(
    update: Update, context: GistContext, args: list[str], lang: str
) -> tuple[Target | None, list[str]]:
    message = update.effective_message
    assert message is not None
    chat = message.chat
    if chat.type != ChatType.PRIVATE:
        thread = message.message_thread_id if message.is_topic_message else None
        return Target(chat, thread or 0, chat_name(chat, lang), True), args
    digests = context.resources.digests
    user = update.effective_user
    ref: str | int | None = None
    if args and _CHAT_REF.match(args[0]):
        ref, args = args[0], args[1:]
    elif user is not None:
        ref = await digests.picked_target(user.id)
    if ref is None:
        return Target(chat, 0, chat_name(chat, lang), True), args
    try:
        picked = await context.bot.get_chat(int(ref) if str(ref).lstrip("-").isdigit() else ref)
    except TelegramError:
        await reply(update, t(lang, "digest.chat_not_found", chat=str(ref)))
        return None, args
    if user is not None:
        await digests.pick_target(user.id, picked.id, context.resources.clock())
    return Target(picked, 0, chat_name(picked, lang), picked.id == chat.id), args


async def begin(update: Update, context: GistContext) -> Request | None:
    """Resolve the target and check the rights; None (after answering) when refused."""
    message = update.effective_message
    if message is None:
        return None
    lang = await language(update, context)
    target, args = await _resolve_target(update, context, list(context.args or []), lang)
    if target is None:
        return None
    user = update.effective_user
    refusal = await admin.manage_refusal(
        context.bot, target.chat, user.id if user else None, message if target.here else None
    )
    if refusal is not None:
        await reply(update, t(lang, refusal, chat=target.name))
        return None
    return Request(target, lang, args)


def manager_id(update: Update) -> int | None:
    user = update.effective_user
    if user is None or user.id == admin.ANONYMOUS_ADMIN_ID:
        return None
    return user.id


# -- picking a channel by forwarding ---------------------------------------------------------


async def forwarded_pick(update: Update, context: GistContext) -> None:
    """A post forwarded from a channel the user administers picks that channel as the target
    (and is not summarized); other forwards go on to the summarizer untouched."""
    message = update.effective_message
    user = update.effective_user
    origin = message.forward_origin if message else None
    channel = getattr(origin, "chat", None)
    if message is None or user is None or channel is None or channel.type != ChatType.CHANNEL:
        return
    if not await admin.is_admin(context.bot, channel.id, user.id):
        return
    lang = await language(update, context)
    name = chat_name(channel, lang)
    await context.resources.digests.pick_target(user.id, channel.id, context.resources.clock())
    if not await admin.bot_can_post(context.bot, channel.id, channel.type):
        await reply(update, t(lang, "admin.bot_cannot_post_channel", chat=name))
    else:
        await reply(update, t(lang, "digest.target_picked", chat=name))
    raise ApplicationHandlerStop
