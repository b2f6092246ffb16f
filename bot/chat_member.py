"""The bot's own membership (my_chat_member): removed -> digests paused, added back -> resumed.

Subscriptions and schedules are paused rather than deleted, so an admin who kicks the bot by
mistake gets everything back by adding it again; the digest missed meanwhile is sent once.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.ext import Application, ChatMemberHandler

from bot.context import GistContext

log = logging.getLogger(__name__)

GONE = {ChatMember.LEFT, ChatMember.BANNED}
PRESENT = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED}


async def my_chat_member(update: Update, context: GistContext) -> None:
    """Pause or resume the chat's digests when the bot leaves or (re)joins it."""
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    if status in GONE:
        paused = True
    elif status in PRESENT:
        paused = False
    else:
        return
    log.info("bot %s chat %s: digests %s", status, change.chat.id,
             "paused" if paused else "resumed")  # fmt: skip
    await context.resources.digests.set_chat_paused(change.chat.id, paused)


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
