"""What sending a digest message can come to: the `Send` contract and the errors it raises,
and the `DeliveryReport` a delivery ends with.

Kept apart from the deliverer (bot.digest.delivery) because three sides share them: the wiring
that maps python-telegram-bot errors to these (bot.digest.telegram), the deliverer that reacts
to them (bot.digest.run_sender), and the jobs that count the reports (bot.digest.claims).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

# send(chat_id, thread_id, html) -> Telegram's message id: the only Telegram contact
Send = Callable[[int, int, str], Awaitable[int]]


class SendError(Exception):
    """Base for what `send` may raise besides success."""


class RetryLater(SendError):
    """Flood control: nothing was posted; try again after `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class ChatGone(SendError):
    """Bot removed, blocked or chat deleted: nothing was posted; pause the chat."""


class ChatMoved(SendError):
    """The group became a supergroup: nothing was posted; the chat lives on at `new_chat_id`."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"chat moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class Rejected(SendError):
    """Telegram refused this message for good (bad request): skip it, go on with the rest."""


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    chat_id: int
    status: str  # "sent", "nothing", "retry", "gone", "moved", "error", "busy"
    messages_sent: int = 0
    uncertain_resent: int = 0
    rejected: int = 0
    retry_after: float | None = None
