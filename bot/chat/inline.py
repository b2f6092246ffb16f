"""Inline mode: `@bot <url>` in any chat offers the summary as one article result."""

from __future__ import annotations

import hashlib
import logging
import re

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, InlineQueryHandler

from bot import service
from bot.chat.render import clip, render_gist_html
from bot.chat.replies import NO_PREVIEW, length_keyboard, rate_limited, ui_language
from bot.context import GistContext
from bot.i18n import error_message, t
from bot.storage import chats
from summarizer.errors import GistError
from summarizer.web.urls import redact_url

log = logging.getLogger(__name__)

URL_RE = re.compile(r"https?://\S+", re.IGNORECASE)


def _button(text: str) -> InlineQueryResultsButton:
    return InlineQueryResultsButton(text=clip(text, 60), start_parameter="inline")


async def inline_query(update: Update, context: GistContext) -> None:
    """Summarize the link typed after the bot's name (a user's own settings apply)."""
    query = update.inline_query
    if query is None:
        return
    resources = context.resources
    prefs = await chats.load_prefs(resources.db, query.from_user.id)
    lang = ui_language(prefs, query.from_user)
    match = URL_RE.search(query.query)
    if match is None:
        await query.answer([], button=_button(t(lang, "inline_hint")), cache_time=0)
        return
    url = match.group(0)
    wait = await rate_limited(context, query.from_user)
    if wait:
        text = t(lang, "rate_limited", escape=False, seconds=round(wait + 0.5))
        await query.answer([], button=_button(text), cache_time=0, is_personal=True)
        return
    try:
        result = await service.gist_for_url(resources, url, prefs)
    except GistError as exc:
        log.info("inline: cannot summarize %s: %s", redact_url(url), exc.code)
        reason = t(lang, "inline_failed", escape=False, reason=error_message(lang, exc))
        await query.answer([], button=_button(reason), cache_time=0, is_personal=True)
        return
    gist = result.gist
    title = gist.article.title or gist.summary.title or t(lang, "untitled")
    first = gist.summary.sentences[0].text if gist.summary.sentences else ""
    result_id = hashlib.sha256(f"{result.article_id}:{result.sentences}".encode()).hexdigest()[:32]
    article = InlineQueryResultArticle(
        id=result_id,
        title=clip(title, 100),
        description=clip(first, 150),
        input_message_content=InputTextMessageContent(
            render_gist_html(gist, lang), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
        reply_markup=length_keyboard(result, lang),
    )
    await query.answer([article], cache_time=0, is_personal=True)


def register(application: Application) -> None:
    application.add_handler(InlineQueryHandler(inline_query))
