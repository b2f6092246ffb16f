"""The one error handler: log what broke with the update id, apologise, keep serving."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from bot.context import GistContext
from bot.i18n import pick_language, t

log = logging.getLogger(__name__)


async def on_error(update: object, context: GistContext) -> None:
    """Unexpected failures: traceback to the log, a polite apology to the user."""
    error = context.error
    if not isinstance(update, Update):
        # polling hiccups (network down, Telegram slow): PTB retries on its own
        if isinstance(error, NetworkError | TimedOut | RetryAfter):
            log.warning("Telegram API problem while polling: %s", error)
        else:
            log.error("unexpected error outside an update", exc_info=error)
        return
    log.error("unexpected error handling update %s", update.update_id, exc_info=error)
    user = update.effective_user
    lang = pick_language(None, user.language_code if user else None)
    with contextlib.suppress(Exception):
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, "apology"), show_alert=True)
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0)
        elif update.effective_chat is not None:
            await context.bot.send_message(
                update.effective_chat.id, t(lang, "apology"), parse_mode=ParseMode.HTML
            )


def register(application: Application) -> None:
    application.add_error_handler(on_error)
