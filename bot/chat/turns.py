"""The order a sender's private messages came in, for handlers that run after slower ones.

PTB handles the updates of one batch concurrently, and a handler group that waits on Telegram
(the digest's check of a forwarded post asks getChatMember) lets a later message overtake an
earlier one. So an early handler group notes each private message, in arrival order and before
anything awaits; a feature that must see a sender's messages in order (bot.chat.paste) then
takes its `turn`. A message that never takes its turn (another group stopped its update) holds
the others up for at most the patience given, then is skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from telegram import Update

from bot.context import GistContext

FORGET_AFTER_SECONDS = 120.0  # a note this old was never taken: drop it

Key = tuple[int, int]  # (chat id, user id)


@dataclass
class _Line:
    """One sender's noted messages in one chat, first come first."""

    notes: deque[tuple[int, float]] = field(default_factory=deque)  # (message id, noted at)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    held: int | None = None  # the message having its turn now

    def first(self) -> int | None:
        return self.notes[0][0] if self.notes else None

    def drop(self, message_id: int) -> None:
        self.notes = deque(note for note in self.notes if note[0] != message_id)

    def skip_to(self, message_id: int) -> None:
        """Drop the notes ahead of `message_id`, except the one having its turn."""
        kept: deque[tuple[int, float]] = deque()
        ahead = True
        for note in self.notes:
            ahead = ahead and note[0] != message_id
            if not ahead or note[0] == self.held:
                kept.append(note)
        self.notes = kept


# the lines of each running event loop (an application per loop; tests run several)
_LINES: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[Key, _Line]] = (
    weakref.WeakKeyDictionary()
)


def _lines() -> dict[Key, _Line]:
    return _LINES.setdefault(asyncio.get_running_loop(), {})


def note(key: Key, message_id: int) -> None:
    """Put a message in its sender's line (synchronous: nothing may overtake it here)."""
    line = _lines().setdefault(key, _Line())
    now = time.monotonic()
    while line.notes and line.notes[0][1] < now - FORGET_AFTER_SECONDS:
        line.notes.popleft()
    line.notes.append((message_id, now))


def waiting(key: Key, within: float) -> bool:
    """True while a message of this sender noted in the last `within` seconds has not been
    through its turn (an older one was stopped on its way, or is stuck: not waited for)."""
    line = _lines().get(key)
    since = time.monotonic() - within
    return bool(line and any(at >= since for _, at in line.notes))


@contextlib.asynccontextmanager
async def turn(key: Key, message_id: int, patience: float) -> AsyncIterator[None]:
    """Hold the sender's line while the block runs, once every message noted before this one
    has had its turn (or `patience` seconds passed: those are skipped)."""
    lines = _lines()
    line = lines.setdefault(key, _Line())
    if all(noted != message_id for noted, _ in line.notes):
        line.notes.append((message_id, time.monotonic()))
    try:
        async with line.changed:
            try:
                await asyncio.wait_for(
                    line.changed.wait_for(lambda: line.first() == message_id), patience
                )
            except TimeoutError:
                line.skip_to(message_id)
                await line.changed.wait_for(lambda: line.first() == message_id)
            line.held = message_id
    except asyncio.CancelledError:
        line.drop(message_id)  # stopping: not in anyone's way
        raise
    try:
        yield
    finally:
        line.held = None
        line.drop(message_id)
        async with line.changed:
            line.changed.notify_all()
        if not line.notes and lines.get(key) is line:
            del lines[key]


def forget_stale() -> None:
    """Drop the lines whose every note was never taken (a periodic job's work)."""
    lines = _lines()
    cutoff = time.monotonic() - FORGET_AFTER_SECONDS
    for key in [k for k, line in lines.items() if all(at < cutoff for _, at in line.notes)]:
        del lines[key]


async def note_private_message(update: Update, context: GistContext) -> None:
    """Note a private message's place in its sender's line (the early handler group)."""
    message, user = update.effective_message, update.effective_user
    if message is not None and user is not None and message.via_bot is None and not user.is_bot:
        note((message.chat.id, user.id), message.id)
