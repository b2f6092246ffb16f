"""Inline mode: `@bot <url>` in any chat offers the summary as one article result.

Telegram sends an inline query for every keystroke, and the client shows only the answer to the
latest. So a query is worked on only when its link is complete (bot.chat.typed_url), and only
after the user has stopped typing for QUIET_SECONDS: a newer query from the same user in the
meantime replaces it, and the older one is left unanswered. A link summarized before (by anyone,
with the same options) is answered from the cache at once, with no wait and without counting
against the rate limit, which is there for fetches. The quiet period is kept per process (PTB's
user_data): with replicas, queries that land on different ones are each answered, which costs a
fetch, never a wrong answer.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import logging

from telegram import (
    InlineQuery,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, InlineQueryHandler

from bot import service
from bot.chat.render import clip, render_gist_html
from bot.chat.replies import (
    NO_PREVIEW,
    already_short,
    length_keyboard,
    rate_limited,
    ui_language,
)
from bot.chat.typed_url import Typed, typed_link
from bot.context import GistContext
from bot.i18n import error_message, t
from bot.storage import chats
from bot.storage.chats import ChatPrefs
from summarizer.errors import GistError
from summarizer.web.urls import redact_url

log = logging.getLogger(__name__)

QUIET_SECONDS = 0.6  # no newer query from the user for this long: they stopped typing
ANSWER_CACHE_SECONDS = 60  # Telegram answers a repeat of a summarized link itself meanwhile
TICKET_KEY = "inline_ticket"  # user_data entry: the number of the user's latest query


def _button(text: str) -> InlineQueryResultsButton:
    return InlineQueryResultsButton(text=clip(text, 60), start_parameter="inline")


async def _refuse(query: InlineQuery, text: str) -> None:
    """No results, a line of explanation (Telegram shows it as a button above the list)."""
    await query.answer([], button=_button(text), cache_time=0, is_personal=True)


def _take_ticket(context: GistContext) -> int:
    """Number this query among the user's; called before the handler's first await, so the
    numbers follow the order in which the updates arrived."""
    data = context.user_data
    if data is None:
        return 0
    ticket = data.get(TICKET_KEY, 0) + 1
    data[TICKET_KEY] = ticket
    return ticket


async def _still_latest(context: GistContext, ticket: int, since: float) -> bool:
    """Wait out the rest of the quiet period; True when no newer query of this user came."""
    left = QUIET_SECONDS - (asyncio.get_running_loop().time() - since)
    if left > 0:
        await asyncio.sleep(left)
    data = context.user_data
    return data is None or data.get(TICKET_KEY) == ticket


async def _offer(query: InlineQuery, result: service.Result, lang: str) -> None:
    """Answer with the gist as one article result (or say the article is already short)."""
    if (note := already_short(result, lang, escape=False)) is not None:
        await _refuse(query, note)
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
    await query.answer([article], cache_time=ANSWER_CACHE_SECONDS, is_personal=True)


async def _cached(context: GistContext, url: str, prefs: ChatPrefs) -> service.Result | None:
    try:
        return await service.cached_for_url(context.resources, url, prefs)
    except GistError:  # a link normalize_url refuses: the full path below explains why
        return None


async def inline_query(update: Update, context: GistContext) -> None:
    """Summarize the link typed after the bot's name (a user's own settings apply)."""
    query = update.inline_query
    if query is None:
        return
    ticket, since = _take_ticket(context), asyncio.get_running_loop().time()
    resources = context.resources
    prefs = await chats.load_prefs(resources.db, query.from_user.id)
    lang = ui_language(prefs, query.from_user)
    typed = typed_link(query.query)
    if typed.state is Typed.COMPLETE and (hit := await _cached(context, typed.url, prefs)):
        await _offer(query, hit, lang)
        return
    if not await _still_latest(context, ticket, since):
        return
    if typed.state is Typed.NOTHING:
        await query.answer([], button=_button(t(lang, "inline_hint")), cache_time=0)
        return
    if typed.state is Typed.PARTIAL:
        await _refuse(query, t(lang, "inline_incomplete", escape=False))
        return
    url = typed.url
    wait = await rate_limited(context, query.from_user)
    if wait:
        await _refuse(query, t(lang, "rate_limited", escape=False, seconds=round(wait + 0.5)))
        return
    try:
        result = await service.gist_for_url(resources, url, prefs)
    except GistError as exc:
        log.info("inline: cannot summarize %s: %s", redact_url(url), exc.code)
        reason = html.unescape(error_message(lang, exc))  # the catalog's HTML, as plain text
        await _refuse(query, t(lang, "inline_failed", escape=False, reason=reason))
        return
    await _offer(query, result, lang)


def register(application: Application) -> None:
    application.add_handler(InlineQueryHandler(inline_query))
