"""/settings: one inline keyboard, one button per setting; a tap moves it to the next choice.

Each button carries the value it moves to (bot.callbacks.SettingsButton), so a double tap lands
on the same value. In groups only admins (getChatMember) may change anything, including
auto-summaries of every link. Those need the bot to receive ordinary group messages, which
Telegram sends it only when its privacy mode is off or it is an admin of the chat: the admin who
turns them on is told when neither holds. Taps count against the tap limit, not the summary one.
"""

from __future__ import annotations

import dataclasses
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import admin
from bot.callbacks import SettingsButton
from bot.chat.replies import tap_limited, ui_language
from bot.context import GistContext
from bot.i18n import t
from bot.storage import chats
from bot.storage.chats import LENGTHS, UI_LANGUAGES, ChatPrefs
from summarizer.summary.algorithms import ALGORITHMS

log = logging.getLogger(__name__)


def available_algorithms() -> list[str]:
    """The algorithms a chat may pick: every one in the library's registry."""
    return list(ALGORITHMS)


def _next(values: list[str], current: str) -> str:
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]


def settings_keyboard(
    prefs: ChatPrefs, lang: str, *, group: bool, algorithm: str, algorithms: list[str]
) -> InlineKeyboardMarkup:
    def on_off(flag: bool) -> str:
        return t(lang, "on" if flag else "off")

    def button(label_key: str, shown: str, field: str, value: str) -> list[InlineKeyboardButton]:
        label = f"{t(lang, label_key)}: {shown}"
        return [InlineKeyboardButton(label, callback_data=SettingsButton(field, value).encode())]

    def flip(flag: bool) -> str:
        return str(int(not flag))

    rows = [
        button(
            "settings.length",
            t(lang, f"length.{prefs.length}"),
            SettingsButton.LENGTH,
            _next(list(LENGTHS), prefs.length),
        ),
        button(
            "settings.algorithm", algorithm, SettingsButton.ALGORITHM, _next(algorithms, algorithm)
        ),
        button("settings.quotes", on_off(prefs.quotes), SettingsButton.QUOTES, flip(prefs.quotes)),
        button(
            "settings.figures", on_off(prefs.figures), SettingsButton.FIGURES, flip(prefs.figures)
        ),
        button(
            "settings.language",
            t(lang, f"ui.{prefs.language}"),
            SettingsButton.LANGUAGE,
            _next(list(UI_LANGUAGES), prefs.language),
        ),
    ]
    if group:
        auto = prefs.auto_links
        rows.append(
            button("settings.auto_links", on_off(auto), SettingsButton.AUTO_LINKS, flip(auto))
        )
    return InlineKeyboardMarkup(rows)


def _menu(context: GistContext, prefs: ChatPrefs, lang: str, group: bool) -> InlineKeyboardMarkup:
    algorithms = available_algorithms()
    algorithm = prefs.algorithm or context.resources.settings.summary_algorithm
    return settings_keyboard(prefs, lang, group=group, algorithm=algorithm, algorithms=algorithms)


async def settings_command(update: Update, context: GistContext) -> None:
    """Show this chat's settings as buttons."""
    message = update.effective_message
    if message is None:
        return
    prefs = await chats.load_prefs(context.resources.db, message.chat.id)
    lang = ui_language(prefs, update.effective_user)
    group = message.chat.type != ChatType.PRIVATE
    await message.reply_text(
        t(lang, "settings_title"),
        parse_mode=ParseMode.HTML,
        reply_markup=_menu(context, prefs, lang, group),
    )


FLAGS = {
    SettingsButton.QUOTES: "quotes",
    SettingsButton.FIGURES: "figures",
    SettingsButton.AUTO_LINKS: "auto_links",
}  # on/off settings: the button's field -> the ChatPrefs attribute it turns on ("1") or off


def _apply(prefs: ChatPrefs, button: SettingsButton, lang: str) -> ChatPrefs | None:
    """The new settings, or None when the value is not a valid choice."""
    field, value = button.field, button.value
    if field == SettingsButton.LENGTH and value in LENGTHS:
        return dataclasses.replace(prefs, length=value)
    if field == SettingsButton.ALGORITHM and value in available_algorithms():
        return dataclasses.replace(prefs, algorithm=value)
    if field == SettingsButton.LANGUAGE and value in UI_LANGUAGES:
        return dataclasses.replace(prefs, language=value)
    if field in FLAGS and value in ("0", "1"):
        return dataclasses.replace(prefs, **{FLAGS[field]: value == "1"})
    return None


async def _sees_group(context: GistContext, chat_id: int) -> bool:
    """Whether Telegram sends this bot every message of the group: privacy mode off (getMe,
    asked afresh since the operator may have changed it at @BotFather) or an admin here. Either
    unknown counts as no, so the admin is told rather than left waiting for summaries."""
    try:
        me = await context.bot.get_me()
    except TelegramError as exc:
        log.info("getMe failed: %s", exc.message)
    else:
        if me.can_read_all_group_messages:
            return True
    return await admin.is_admin(context.bot, chat_id, context.bot.id)


async def settings_button(update: Update, context: GistContext) -> None:
    """Change one setting (admins only in groups) and redraw the menu."""
    query = update.callback_query
    if query is None or query.data is None or query.message is None:
        return
    chat = query.message.chat
    db = context.resources.db
    prefs = await chats.load_prefs(db, chat.id)
    lang = ui_language(prefs, query.from_user)
    group = chat.type != ChatType.PRIVATE
    if group and not await admin.is_admin(context.bot, chat.id, query.from_user.id):
        await query.answer(t(lang, "settings_admins_only"), show_alert=True)
        return
    button = SettingsButton.parse(query.data)
    new = None if button is None else _apply(prefs, button, lang)
    if new is None:
        await query.answer()
        return
    wait = await tap_limited(context, query.from_user)
    if wait:
        await query.answer(t(lang, "rate_limited", seconds=round(wait + 0.5)), show_alert=True)
        return
    await chats.save_prefs(db, chat.id, new)
    lang = ui_language(new, query.from_user)
    if (
        group
        and new.auto_links
        and not prefs.auto_links
        and not await _sees_group(context, chat.id)
    ):
        await query.answer(t(lang, "auto_links_blind", escape=False), show_alert=True)
    else:
        await query.answer(t(lang, "settings_saved"))
    try:
        await query.edit_message_text(
            t(lang, "settings_title"),
            parse_mode=ParseMode.HTML,
            reply_markup=_menu(context, new, lang, group),
        )
    except BadRequest as exc:  # "message is not modified" after a double tap
        log.debug("settings menu not redrawn: %s", exc.message)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("settings", settings_command))
    application.add_handler(CallbackQueryHandler(settings_button, pattern=SettingsButton.PATTERN))
