"""A sender's messages in the order they came (bot.chat.turns), whatever order their handlers
reach the paste code in."""

from __future__ import annotations

import asyncio
import time

from bot.chat import turns

KEY = (10, 10)


async def _take(message_id: int, log: list[str], patience: float = 5.0, hold: float = 0.0) -> None:
    async with turns.turn(KEY, message_id, patience):
        log.append(f"in {message_id}")
        await asyncio.sleep(hold)
        log.append(f"out {message_id}")


async def test_messages_take_their_turns_in_the_order_they_were_noted() -> None:
    for message_id in (1, 2, 3):
        turns.note(KEY, message_id)
    log: list[str] = []
    # the handlers arrive in reverse (an earlier one was held up by a slower handler group)
    await asyncio.gather(_take(3, log), _take(2, log), _take(1, log, hold=0.05))
    assert log == ["in 1", "out 1", "in 2", "out 2", "in 3", "out 3"]
    assert not turns.waiting(KEY, within=60)


async def test_a_message_that_never_comes_holds_the_line_only_for_the_patience() -> None:
    turns.note(KEY, 1)  # its update was stopped by another handler group: no turn is taken
    turns.note(KEY, 2)
    log: list[str] = []
    started = time.monotonic()
    await _take(2, log, patience=0.3)
    assert log == ["in 2", "out 2"]
    assert 0.3 <= time.monotonic() - started < 2.0
    assert not turns.waiting(KEY, within=60)


async def test_the_patience_never_lets_two_messages_in_at_once() -> None:
    turns.note(KEY, 1)
    turns.note(KEY, 2)
    log: list[str] = []
    first = asyncio.create_task(_take(1, log, hold=0.5))
    await asyncio.sleep(0.05)
    await _take(2, log, patience=0.1)  # out of patience while 1 is inside: it still waits
    await first
    assert log == ["in 1", "out 1", "in 2", "out 2"]


async def test_waiting_sees_recent_notes_only() -> None:
    turns.note(KEY, 7)
    assert turns.waiting(KEY, within=60)
    await asyncio.sleep(0.05)
    assert not turns.waiting(KEY, within=0.01)  # too old to be still on its way
    async with turns.turn(KEY, 7, patience=1):
        pass
    assert not turns.waiting(KEY, within=60)


async def test_a_cancelled_wait_leaves_the_line() -> None:
    turns.note(KEY, 1)
    turns.note(KEY, 2)
    turns.note(KEY, 3)
    log: list[str] = []
    waiting_two = asyncio.create_task(_take(2, log))
    await asyncio.sleep(0.05)
    waiting_two.cancel()
    await asyncio.gather(waiting_two, return_exceptions=True)
    await asyncio.gather(_take(1, log), _take(3, log, patience=5))
    assert log == ["in 1", "out 1", "in 3", "out 3"]
