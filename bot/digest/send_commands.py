"""A digest on demand: /digest sends the target's digest now, /preview shows it privately.

/digest takes the chat's lease like the scheduled job (bot.digest.claims.deliver_held), so it
answers "busy" while another sender is on the chat; /preview only plans (nothing is recorded).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.context import GistContext
from bot.digest.claims import deliver_held
from bot.digest.filter_commands import preview_filtered
from bot.digest.target import NO_PREVIEW, begin, reply
from bot.i18n import t

log = logging.getLogger(__name__)

_REPORT_KEYS = {"sent": "digest.sent", "nothing": "digest.nothing", "busy": "digest.busy",
                "retry": "digest.retry", "gone": "digest.gone"}  # fmt: skip


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
