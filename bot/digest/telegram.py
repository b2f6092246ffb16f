"""The one Telegram contact digests need: `telegram_sender(bot)` -> bot.digest.delivery.Send.

It posts HTML without link previews (a digest of ten links would otherwise unfurl the first)
and translates python-telegram-bot errors into what the delivery algorithm must know: nothing
was posted and we should wait (RetryLater), the chat is gone (ChatGone), the group became a
supergroup with a new id (ChatMoved), this message will never be accepted (Rejected).
Timeouts and network errors pass through unchanged: their outcome is unknown, and
bot.digest.delivery treats them that way.
"""

from __future__ import annotations

from datetime import timedelta

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter

from bot.digest.outcomes import ChatGone, ChatMoved, Rejected, RetryLater, Send

_GONE = ("chat not found", "bot was kicked", "bot is not a member", "need administrator rights",
         "have no rights to send", "chat_write_forbidden", "channel_private",
         "topic_closed", "message thread not found")  # fmt: skip


def retry_after_seconds(exc: RetryAfter) -> float:
    """A timedelta since bot.app opts in to PTB's new type (PTB_TIMEDELTA, the default in
    PTB 23); int seconds from PTB 22.0 and 22.1, which know no such option."""
    after = exc.retry_after
    return after.total_seconds() if isinstance(after, timedelta) else float(after)


def telegram_sender(bot: Bot) -> Send:
    async def send(chat_id: int, thread_id: int, html: str) -> int:
        try:
            message = await bot.send_message(
                chat_id,
                html,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id or None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except RetryAfter as exc:
            raise RetryLater(retry_after_seconds(exc)) from exc
        except ChatMigrated as exc:
            raise ChatMoved(exc.new_chat_id) from exc
        except Forbidden as exc:
            raise ChatGone(str(exc)) from exc
        except BadRequest as exc:
            if any(marker in exc.message.lower() for marker in _GONE):
                raise ChatGone(exc.message) from exc
            raise Rejected(exc.message) from exc
        return message.message_id

    return send
