"""The bot's own membership (my_chat_member): removed -> digests paused, added back -> resumed;
and a group upgraded to a supergroup (new chat id) -> everything moves to the new id.

Subscriptions and schedules are paused rather than deleted, so an admin who kicks the bot by
mistake gets everything back by adding it again; the digest missed meanwhile is sent once.
Telegram announces an upgrade twice (`migrate_to_chat_id` in the old group,
`migrate_from_chat_id` in the new supergroup), and with concurrent updates both may run at once;
the move is one transaction of statements, so the first moves everything and the second nothing.
"""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import ChatMember, Update
from telegram.ext import Application, ChatMemberHandler, MessageHandler, filters

from bot.context import GistContext
from bot.digest.curate import Curator
from bot.resources import BotResources
from bot.storage import chats

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


async def move_chat(resources: BotResources, old_id: int, new_id: int) -> bool:
    """Digests (subscriptions, schedule, settings, delivery state), filter rules, stories had
    and chat settings follow the chat to its new id, in one transaction: whichever of the two
    announcements comes first (or both at once) moves everything, and a reader never sees a
    half-moved chat. True when this call moved anything."""

    async def rules_and_settings(session: AsyncSession) -> bool:
        moved = await Curator.move_chat_in(session, old_id, new_id)
        return await chats.move_chat_settings_in(session, old_id, new_id) or moved

    moved = await resources.digests.migrate_chat(old_id, new_id, also=rules_and_settings)
    if moved:
        log.info("chat %s became %s: digests and settings moved", old_id, new_id)
    return moved


async def migrated(update: Update, context: GistContext) -> None:
    """A group became a supergroup: move its digests and settings to the new chat id."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old_id, new_id = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old_id, new_id = message.migrate_from_chat_id, message.chat.id
    else:
        return
    await move_chat(context.resources, old_id, new_id)


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated), group=-2)
