"""/start and /help: what the bot does and how to ask it."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler

from bot.chat.replies import ui_language
from bot.context import GistContext
from bot.i18n import t
from bot.storage import chats


async def start(update: Update, context: GistContext) -> None:
    """Greet and explain in one message."""
    message = update.effective_message
    if message is None:
        return
    prefs = await chats.load_prefs(context.resources.db, message.chat.id)
    await message.reply_html(t(ui_language(prefs, update.effective_user), "start"))


async def help_command(update: Update, context: GistContext) -> None:
    """Every way to ask for a summary."""
    message = update.effective_message
    if message is None:
        return
    prefs = await chats.load_prefs(context.resources.db, message.chat.id)
    lang = ui_language(prefs, update.effective_user)
    text = t(
        lang,
        "help",
        max_links=context.resources.settings.max_links_per_message,
        username=context.bot.username,
    ) + t(lang, "help_digests")
    await message.reply_text(text, parse_mode=ParseMode.HTML)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
