"""Long pastes: one text Telegram cut into several messages is summarized once.

A client cuts a text over Telegram's 4,096-character limit (counted in UTF-16 units) into
messages sent a moment apart, each cut at the best break (paragraph, line, space) in the second
half of the limit; a post with media carries its text in a caption (up to 1,024) and the rest in
the next message. So a message that long may go on: it is stored (bot.storage.pastes) and waits
PASTE_WAIT_SECONDS for more. A message well under the limit after pending parts ends the text:
the parts are joined and answered at once. A message well under the limit with nothing pending is
not held at all. Parts go together only from the same source (typed, or forwarded from the same
chat or user); a link-only message, a part from elsewhere, or one after the wait ran out closes
the earlier paste first.

The parts live in the database, so they may reach different replicas behind a webhook, and the
claim there makes exactly one replica answer. A replica that stops while a paste waits leaves it
to the sweep: every replica answers, every SWEEP_SECONDS and once right after start, the pastes
whose wait ran out. Within one process, a sender's messages are taken one at a time in the
order they came (bot.chat.turns), though updates fetched together are handled concurrently and
some wait on other handler groups first; a part whose wait ends while a later message of the
same sender is still on its way leaves the paste to that message, however slow it is to come.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from enum import Enum

from telegram import (
    Message,
    MessageEntity,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, filters

from bot.chat import turns
from bot.chat.replies import message_text
from bot.context import GistContext
from bot.storage import pastes
from bot.storage.pastes import Paste

log = logging.getLogger(__name__)

TELEGRAM_LIMIT = 4096  # UTF-16 units in one text message
CAPTION_LIMIT = 1024  # UTF-16 units in one media caption
# clients cut at the best break in the second half of the limit: anything shorter is whole
CUT_PART_MIN = TELEGRAM_LIMIT // 2
CAPTION_PART_MIN = CAPTION_LIMIT // 2
DUE_MARGIN_SECONDS = 1.0  # replicas' clocks differ a little: a paste is late only past this
SWEEP_SECONDS = 5.0
STOP_CHECK_SECONDS = 0.2  # how soon a stopping application ends the sweep
NOTE_GROUP = -90  # after the metrics (-100), before any group that awaits (digest: -1)
# a part ending like this ended a sentence, so the cut fell between paragraphs
SENTENCE_END = tuple(".!?…:;\"'»”’)]")
PARAGRAPH, SPACE = "\n\n", " "

Answer = Callable[[GistContext, Paste], Awaitable[None]]


class PartKind(Enum):
    """What a message may be in a long paste."""

    CUT = "cut"  # long enough to have been cut at the limit: more may follow
    WHOLE = "whole"  # well under the limit: a text of its own, or the last part
    LINKS = "links"  # nothing but links: never a part of a pasted text


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def _links_only(message: Message, text: str) -> bool:
    kinds = [MessageEntity.URL, MessageEntity.TEXT_LINK]
    found = message.parse_entities(kinds) or message.parse_caption_entities(kinds)
    rest = text
    for link_text in found.values():
        rest = rest.replace(link_text, SPACE, 1)
    return bool(found) and not rest.strip()


def part_kind(message: Message) -> PartKind:
    """CUT when the message is as long as a piece of a cut text, so the wait is worth it."""
    text = message_text(message)
    if _links_only(message, text):
        return PartKind.LINKS
    size = utf16_len(text)
    if size >= CUT_PART_MIN or (message.caption is not None and size >= CAPTION_PART_MIN):
        return PartKind.CUT
    return PartKind.WHOLE


def origin_key(message: Message) -> str:
    """Where the text comes from: "" when typed here, else the chat or user it was forwarded
    from (parts of one post share it; a post from elsewhere starts a new text)."""
    origin = message.forward_origin
    if origin is None:
        return ""
    if isinstance(origin, MessageOriginChannel):
        key = f"channel:{origin.chat.id}"
    elif isinstance(origin, MessageOriginChat):
        key = f"chat:{origin.sender_chat.id}"
    elif isinstance(origin, MessageOriginUser):
        key = f"user:{origin.sender_user.id}"
    elif isinstance(origin, MessageOriginHiddenUser):
        key = f"hidden:{origin.sender_user_name}"
    else:
        key = f"other:{origin.type}"
    return key[: pastes.ORIGIN_CHARS]


def join_parts(parts: Sequence[str]) -> str:
    """The text as it was pasted: a part that ended a sentence was cut between paragraphs,
    any other one at a space (Telegram strips the whitespace at both ends of a message)."""
    pieces: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if pieces:
            pieces.append(PARAGRAPH if pieces[-1].endswith(SENTENCE_END) else SPACE)
        pieces.append(part)
    return "".join(pieces)


def _late(pending: pastes.Pending, wait: float, now: float) -> bool:
    return pending.updated_at <= now - wait - DUE_MARGIN_SECONDS


async def collect(update: Update, context: GistContext, message: Message, answer: Answer) -> bool:
    """Take `message` as part of a long paste: True when it was (answered now, after the wait,
    or by whichever replica gets the last part); False when it stands alone. An earlier paste
    it does not continue is answered first."""
    user = update.effective_user
    if user is None:
        return False
    resources = context.resources
    db, wait = resources.db, resources.settings.paste_wait_seconds
    chat_id, kind, origin = message.chat.id, part_kind(message), origin_key(message)
    arrived = time.time()  # not when its turn came: the wait is for the sender
    earlier: Paste | None = None
    claimed: Paste | None = None
    version = 0
    async with turns.turn((chat_id, user.id), message.id, patience=wait):
        pending = await pastes.peek(db, chat_id, user.id)
        if pending is not None and (
            kind is PartKind.LINKS or pending.origin != origin or _late(pending, wait, arrived)
        ):
            earlier = await pastes.claim(db, chat_id, user.id, pending.version)
            pending = None
        if kind is PartKind.CUT or (kind is PartKind.WHOLE and pending is not None):
            version = await pastes.add_part(
                db,
                chat_id,
                user.id,
                message.id,
                message_text(message),
                origin=origin,
                language_code=user.language_code or "",
                now=time.time(),  # stored: the wait, and the sweep's, count from here
                keep_chars=resources.settings.max_text_chars,
            )
            if kind is PartKind.WHOLE:  # the last part: the text is complete
                claimed = await pastes.claim(db, chat_id, user.id, version)
    if earlier is not None:
        await answer(context, earlier)
    if not version:
        return False
    if kind is PartKind.CUT:
        if version == 1:  # the one "working on it" for the whole paste
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        await asyncio.sleep(wait)
        if turns.waiting((chat_id, user.id), within=wait):
            return True  # a later message of this sender is on its way: it goes on or ends this
        claimed = await pastes.claim(db, chat_id, user.id, version)
    if claimed is not None:
        await answer(context, claimed)
    return True


async def answer_late(context: GistContext, answer: Answer) -> int:
    """Answer the pastes whose wait ran out unanswered (their replica stopped meanwhile);
    how many this replica took."""
    resources = context.resources
    before = time.time() - resources.settings.paste_wait_seconds - DUE_MARGIN_SECONDS
    taken = 0
    for chat_id, user_id, version in await pastes.due(resources.db, before):
        if turns.waiting((chat_id, user_id), within=resources.settings.paste_wait_seconds):
            continue  # its next part is on its way here: that decides
        paste = await pastes.claim(resources.db, chat_id, user_id, version)
        if paste is None:
            continue
        taken += 1
        log.info("answering a paste of %d parts left waiting", len(paste.parts))
        try:
            await answer(context, paste)
        except TelegramError as exc:  # one chat's failure must not keep the others waiting
            log.warning("could not answer a waiting paste: %s", exc)
    return taken


async def sweep(context: GistContext) -> None:
    """From start to stop: answer late pastes every SWEEP_SECONDS (one job run, so the job
    queue logs nothing every few seconds; it ends within STOP_CHECK_SECONDS of a stop)."""
    job = context.job
    if job is None:
        return
    answer: Answer = job.data  # type: ignore[assignment]
    application = context.application
    next_sweep = 0.0
    while application.running:
        if time.monotonic() >= next_sweep:
            next_sweep = time.monotonic() + SWEEP_SECONDS
            turns.forget_stale()
            try:
                await answer_late(context, answer)
            except Exception:  # a database hiccup: try again at the next sweep
                log.exception("the paste sweep failed")
        await asyncio.sleep(STOP_CHECK_SECONDS)


def register(
    application: Application,  # type: ignore[type-arg]
    answer: Answer,
    private_texts: filters.BaseFilter,
) -> None:
    """Noting the order of the private messages the paste handler takes (`private_texts`),
    ahead of every other group, and the sweep, from the moment the application runs."""
    application.add_handler(
        MessageHandler(private_texts, turns.note_private_message), group=NOTE_GROUP
    )
    if application.job_queue is not None:
        application.job_queue.run_once(
            sweep,
            0,
            data=answer,
            name="paste-sweep",
            job_kwargs={"misfire_grace_time": None},  # added before start: run late, not never
        )
