"""/filter: keyword rules for a chat's digests, for the whole chat or one of its feeds.

`/filter` lists the rules numbered; `/filter include WORDS...` and `/filter exclude WORDS...`
add a rule for the whole chat, `/filter include FEED_URL WORDS...` for one subscription;
`/filter remove N` and `/filter clear` take rules away. Same target and admin checks as every
digest command (bot.digest.target); the rules themselves: bot.digest.filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from telegram import Update

from bot.context import GistContext
from bot.digest.build import DigestPlan
from bot.digest.curate import Curator, StoredRule
from bot.digest.filters import EXCLUDE, INCLUDE, FilterError, compile_rule
from bot.digest.target import Request, begin, reply
from bot.i18n import t
from summarizer.web.opml import Outline
from summarizer.web.urls import redact_url

PREVIEW_FILTERED_LINES = 20
_WEB = ("http://", "https://")


def curator(context: GistContext) -> Curator:
    return Curator(context.resources.db)


def rule_line(lang: str, rule: StoredRule) -> str:
    if rule.feed_id is None:
        return t(lang, "digest.filter.line", number=rule.number, kind=rule.kind, rule=rule.text)
    return t(lang, "digest.filter.line_feed", number=rule.number, kind=rule.kind, rule=rule.text,
             url=rule.feed_url or "?")  # fmt: skip


def error_text(lang: str, exc: FilterError) -> str:
    detail = t(lang, f"digest.filter.error.{exc.code}", **exc.params)
    return t(lang, "digest.filter.bad", escape=False, error=detail)


async def filter_command(update: Update, context: GistContext) -> None:
    """List, add or remove the target chat's digest filters."""
    request = await begin(update, context)
    if request is None:
        return
    verb = request.args[0].lower() if request.args else ""
    if not verb:
        await _list(update, context, request)
    elif verb in (INCLUDE, EXCLUDE):
        await _add(update, context, request, verb)
    elif verb == "remove" and len(request.args) == 2 and request.args[1].isdigit():
        gone = await curator(context).remove_rule(request.target.chat.id, int(request.args[1]))
        if gone is None:
            await reply(update, t(request.lang, "digest.filter.no_such", number=request.args[1]))
        else:
            await reply(update, t(request.lang, "digest.filter.removed", number=gone.number,
                                  kind=gone.kind, rule=gone.text))  # fmt: skip
    elif verb == "clear" and len(request.args) == 1:
        count = await curator(context).clear_rules(request.target.chat.id)
        await reply(update, t(request.lang, "digest.filter.cleared", chat=request.target.name,
                              count=count))  # fmt: skip
    else:
        await reply(update, t(request.lang, "digest.filter.usage"))


async def _list(update: Update, context: GistContext, request: Request) -> None:
    lang, target = request.lang, request.target
    rules = await curator(context).rules(target.chat.id)
    if not rules:
        await reply(update, t(lang, "digest.filter.none", chat=target.name))
        return
    lines = [t(lang, "digest.filter.title", chat=target.name)]
    lines += [rule_line(lang, rule) for rule in rules]
    await reply(update, "\n".join(lines))


async def _add(update: Update, context: GistContext, request: Request, kind: str) -> None:
    lang, target, words = request.lang, request.target, request.args[1:]
    feed_id = None
    if words and words[0].lower().startswith(_WEB):
        url, words = words[0], words[1:]
        feed_id = await _subscribed_feed(context, target.chat.id, url)
        if feed_id is None:
            text = t(lang, "digest.filter.not_subscribed", chat=target.name, url=redact_url(url))
            await reply(update, text)
            return
    text = " ".join(words)
    books = curator(context)
    try:
        compile_rule(text, await books.language(target.chat.id))
        number = await books.add_rule(target.chat.id, kind, text, now=context.resources.clock(),
                                      feed_id=feed_id)  # fmt: skip
    except FilterError as exc:
        await reply(update, error_text(lang, exc))
        return
    await reply(update, t(lang, "digest.filter.added", number=number, chat=target.name,
                          kind=kind, rule=text))  # fmt: skip


async def _subscribed_feed(context: GistContext, chat_id: int, url: str) -> int | None:
    """The feed behind `url` (current URL or an alias) if the chat follows it."""
    digests = context.resources.digests
    feed = await digests.find_feed(url.strip())
    if feed is None:
        return None
    followed = {s.feed_id for s in await digests.subscriptions(chat_id)}
    return feed.id if feed.id in followed else None


# -- /preview and OPML ----------------------------------------------------------------------


def preview_filtered(lang: str, plans: Sequence[DigestPlan]) -> str | None:
    """What the rules took out of the next digest, for the admin's preview (HTML)."""
    removed = [f for plan in plans for f in plan.filtered]
    if not removed:
        return None
    lines = [f"<i>{t(lang, 'digest.preview_filtered', n=len(removed))}</i>"]
    for item in removed[:PREVIEW_FILTERED_LINES]:
        title = escape(item.item.title[:120] or item.item.link or "?")
        lines.append(f"• {title} — <code>{escape(item.rule[:120])}</code>")
    if len(removed) > PREVIEW_FILTERED_LINES:
        lines.append("…")
    return "\n".join(lines)


async def outlines_with_rules(context: GistContext, chat_id: int) -> list[Outline]:
    """The chat's feeds as OPML outlines carrying their rules; the chat's own rules ride on an
    outline without a feed URL (bot.digest.commands.export)."""
    rules = await curator(context).rules(chat_id)
    out: dict[str, Outline] = {}
    for sub in await context.resources.digests.subscriptions(chat_id):
        mine = [r for r in rules if r.feed_id == sub.feed_id]
        out.setdefault(sub.url, _outline(sub.url, sub.title, mine))
    chat_wide = [r for r in rules if r.feed_id is None]
    if chat_wide:
        out[""] = _outline("", None, chat_wide)
    return list(out.values())


def _outline(url: str, title: str | None, rules: Sequence[StoredRule]) -> Outline:
    return Outline(
        url,
        title,
        include=tuple(r.text for r in rules if r.kind == INCLUDE),
        exclude=tuple(r.text for r in rules if r.kind == EXCLUDE),
    )


async def import_rules(
    context: GistContext, chat_id: int, outlines: Sequence[Outline], now: datetime
) -> int:
    """Add the rules an imported OPML file carries (those the chat lacks and that compile);
    how many were added."""
    books = curator(context)
    language = await books.language(chat_id)
    have = {(r.kind, r.text, r.feed_id) for r in await books.rules(chat_id)}
    added = 0
    for outline in outlines:
        feed_id = None
        if outline.url:
            feed_id = await _subscribed_feed(context, chat_id, outline.url)
            if feed_id is None:
                continue
        for kind, texts in ((INCLUDE, outline.include), (EXCLUDE, outline.exclude)):
            for text in texts:
                if (kind, text, feed_id) in have:
                    continue
                try:
                    compile_rule(text, language)
                    await books.add_rule(chat_id, kind, text, now=now, feed_id=feed_id)
                except FilterError:
                    continue
                have.add((kind, text, feed_id))
                added += 1
    return added
