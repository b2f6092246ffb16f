"""Every inline button's `callback_data`: one small frozen dataclass per kind of button.

Telegram hands callback data back exactly as whoever pressed the button sent it, and a client
can send any bytes, so `parse` is total: garbage or a forged value gives None, never an
exception. `encode` refuses what Telegram would refuse (over 64 bytes) and what would not parse
back to the same button. Each kind starts with its own prefix; `PATTERN` (the prefix only) is what
its CallbackQueryHandler routes on, so a malformed button of that kind still reaches its handler,
which answers it and the client's spinner stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Protocol, Self

MAX_BYTES = 64  # Telegram's limit on callback_data, in UTF-8 bytes
ID_MIN, ID_MAX = -(2**63), 2**63 - 1  # a signed 64-bit id: Telegram's chat ids, our row ids

# One spelling per number (no sign on natural numbers, no leading zeros, ASCII digits only), so
# a button parses back to exactly the data it was encoded from.
NATURAL = r"(0|[1-9][0-9]{0,18})"
SIGNED = r"(0|-?[1-9][0-9]{0,18})"
WORD = r"([A-Za-z0-9_-]{1,32})"  # a setting's value: a length, algorithm or language name, 0/1


class Button(Protocol):
    """What every kind has: its prefix, its handler pattern, and the two directions."""

    PREFIX: ClassVar[str]
    PATTERN: ClassVar[str]

    def encode(self) -> str: ...

    @classmethod
    def parse(cls, data: object) -> Self | None: ...


def _fields(data: object, grammar: re.Pattern[str]) -> tuple[str, ...] | None:
    """The groups of `data` matched whole by `grammar`, or None for anything else."""
    if not isinstance(data, str) or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    match = grammar.fullmatch(data)
    return None if match is None else match.groups()


def _ids(texts: tuple[str, ...]) -> list[int] | None:
    """The numbers, or None when one is beyond a signed 64-bit id."""
    values = [int(text) for text in texts]
    return values if all(ID_MIN <= value <= ID_MAX for value in values) else None


def _checked(button: Button, data: str) -> str:
    """`data`, once it fits Telegram's limit and parses back to `button`."""
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    if type(button).parse(data) != button:
        raise ValueError(f"{type(button).__name__} cannot be encoded: {button!r}")
    return data


@dataclass(frozen=True, slots=True)
class LengthButton:
    """Shorter / Longer under a summary: `len:<article id>:<sentences now>:<s|l>`.

    The article is the stored one (bot.storage.chats), so the data stays a few bytes long.
    """

    PREFIX: ClassVar[str] = "len"
    PATTERN: ClassVar[str] = rf"^{PREFIX}:"
    GRAMMAR: ClassVar[re.Pattern[str]] = re.compile(rf"{PREFIX}:{NATURAL}:{NATURAL}:([sl])")

    article_id: int
    sentences: int
    shorter: bool

    def encode(self) -> str:
        way = "s" if self.shorter else "l"
        return _checked(self, f"{self.PREFIX}:{self.article_id}:{self.sentences}:{way}")

    @classmethod
    def parse(cls, data: object) -> Self | None:
        fields = _fields(data, cls.GRAMMAR)
        numbers = None if fields is None else _ids(fields[:2])
        return None if numbers is None else cls(*numbers, shorter=fields[2] == "s")


@dataclass(frozen=True, slots=True)
class SettingsButton:
    """One row of /settings: `set:<field>:<new value>`.

    The data carries the value the tap moves to, not "next", so a double tap lands on the same
    value. Whether the value is a valid choice is for bot.chat.settings to judge.
    """

    PREFIX: ClassVar[str] = "set"
    PATTERN: ClassVar[str] = rf"^{PREFIX}:"
    LENGTH: ClassVar[str] = "len"
    ALGORITHM: ClassVar[str] = "alg"
    QUOTES: ClassVar[str] = "q"
    FIGURES: ClassVar[str] = "f"
    LANGUAGE: ClassVar[str] = "lang"
    AUTO_LINKS: ClassVar[str] = "auto"
    FIELDS: ClassVar[tuple[str, ...]] = (LENGTH, ALGORITHM, QUOTES, FIGURES, LANGUAGE, AUTO_LINKS)
    GRAMMAR: ClassVar[re.Pattern[str]] = re.compile(rf"{PREFIX}:({'|'.join(FIELDS)}):{WORD}")

    field: str
    value: str

    def encode(self) -> str:
        return _checked(self, f"{self.PREFIX}:{self.field}:{self.value}")

    @classmethod
    def parse(cls, data: object) -> Self | None:
        fields = _fields(data, cls.GRAMMAR)
        return None if fields is None else cls(*fields)


@dataclass(frozen=True, slots=True)
class UnsubscribeButton:
    """One feed under /unsubscribe: `dunsub:<chat id>:<feed id>`.

    The chat is named in the data because a channel is managed from a private chat; the handler
    checks again that whoever pressed may manage it.
    """

    PREFIX: ClassVar[str] = "dunsub"
    PATTERN: ClassVar[str] = rf"^{PREFIX}:"
    GRAMMAR: ClassVar[re.Pattern[str]] = re.compile(rf"{PREFIX}:{SIGNED}:{NATURAL}")

    chat_id: int
    feed_id: int

    def encode(self) -> str:
        return _checked(self, f"{self.PREFIX}:{self.chat_id}:{self.feed_id}")

    @classmethod
    def parse(cls, data: object) -> Self | None:
        fields = _fields(data, cls.GRAMMAR)
        numbers = None if fields is None else _ids(fields)
        return None if numbers is None else cls(*numbers)


KINDS: tuple[type[Button], ...] = (LengthButton, SettingsButton, UnsubscribeButton)
