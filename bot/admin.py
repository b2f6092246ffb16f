"""Who may manage a chat, and whether the bot can post there: shared by /settings and digests.

Telegram answers both questions through getChatMember. Anonymous group admins post as the group
itself (`sender_chat == chat`, sent by GroupAnonymousBot), and only admins can do that, so such a
message counts as an admin's without asking.
"""

from __future__ import annotations

from telegram import Bot, Chat, ChatMember, Message
from telegram.constants import ChatType
from telegram.error import TelegramError

ADMIN_STATUSES = frozenset({ChatMember.ADMINISTRATOR, ChatMember.OWNER})
ANONYMOUS_ADMIN_ID = 1087968824  # @GroupAnonymousBot


def anonymous_admin(message: Message | None) -> bool:
    """The message was sent by an anonymous admin of its own group."""
    if message is None or message.sender_chat is None:
        return False
    return message.sender_chat.id == message.chat.id


async def is_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """True when `user_id` is an admin or the owner of `chat_id` (False if Telegram says no)."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    return member.status in ADMIN_STATUSES


async def bot_can_post(bot: Bot, chat_id: int, chat_type: str) -> bool:
    """Channels need an admin bot with can_post_messages; groups need a member not muted."""
    try:
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramError:
        return False
    if chat_type == ChatType.CHANNEL:
        if member.status == ChatMember.OWNER:
            return True
        return member.status == ChatMember.ADMINISTRATOR and bool(
            getattr(member, "can_post_messages", False)
        )
    if member.status == ChatMember.RESTRICTED:
        return bool(getattr(member, "can_send_messages", False))
    return member.status in (ChatMember.MEMBER, *ADMIN_STATUSES)


async def manage_refusal(
    bot: Bot, chat: Chat, user_id: int | None, message: Message | None = None
) -> str | None:
    """None when `user_id` may manage `chat` and the bot can post there, else the catalog key
    saying why not. A private chat is its user's own, so nothing is asked."""
    if chat.type == ChatType.PRIVATE:
        return None if user_id == chat.id else "admin.not_admin"
    # the bot first: without admin rights in a channel it cannot even see who the admins are
    if not await bot_can_post(bot, chat.id, chat.type):
        channel = chat.type == ChatType.CHANNEL
        return "admin.bot_cannot_post_channel" if channel else "admin.bot_cannot_post"
    vouched = anonymous_admin(message)
    if not vouched and (user_id is None or not await is_admin(bot, chat.id, user_id)):
        return "admin.not_admin"
    return None
