"""Callback data of every button kind: round trip, Telegram's 64-byte limit at the extremes, and
garbage or forged data read as None, never as an exception or as another button."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram.ext import CallbackQueryHandler

from bot.app import build_application
from bot.callbacks import (
    ID_MAX,
    ID_MIN,
    KINDS,
    MAX_BYTES,
    LengthButton,
    SettingsButton,
    UnsubscribeButton,
)
from config.settings import load_settings
from tests.fake_telegram import TOKEN

LONGEST_WORD = "x" * 32
SAMPLES = [
    LengthButton(1, 3, shorter=True),
    LengthButton(0, 0, shorter=False),
    LengthButton(ID_MAX, ID_MAX, shorter=True),
    SettingsButton(SettingsButton.LENGTH, "medium"),
    SettingsButton(SettingsButton.ALGORITHM, "lexrank"),
    SettingsButton(SettingsButton.QUOTES, "0"),
    SettingsButton(SettingsButton.FIGURES, "1"),
    SettingsButton(SettingsButton.LANGUAGE, "ru"),
    SettingsButton(SettingsButton.AUTO_LINKS, "1"),
    SettingsButton(SettingsButton.AUTO_LINKS, LONGEST_WORD),
    UnsubscribeButton(-1001234567890, 7),
    UnsubscribeButton(42, 0),
    UnsubscribeButton(ID_MIN, ID_MAX),
]


@pytest.mark.parametrize("button", SAMPLES, ids=repr)
def test_every_button_reads_back_as_itself(button) -> None:  # type: ignore[no-untyped-def]
    data = button.encode()
    assert type(button).parse(data) == button
    assert re.match(type(button).PATTERN, data)
    others = [kind for kind in KINDS if kind is not type(button)]
    assert all(kind.parse(data) is None for kind in others)
    assert not any(re.match(kind.PATTERN, data) for kind in others)


def test_the_wire_format_is_what_old_buttons_carry() -> None:
    """Buttons already sent stay pressable: the format is a contract with past messages."""
    assert LengthButton(12, 5, shorter=True).encode() == "len:12:5:s"
    assert LengthButton(12, 5, shorter=False).encode() == "len:12:5:l"
    assert SettingsButton("q", "0").encode() == "set:q:0"
    assert UnsubscribeButton(-100123, 9).encode() == "dunsub:-100123:9"


@pytest.mark.parametrize(
    "button",
    [
        LengthButton(ID_MAX, ID_MAX, shorter=False),
        SettingsButton(max(SettingsButton.FIELDS, key=len), LONGEST_WORD),
        UnsubscribeButton(ID_MIN, ID_MAX),
    ],
    ids=repr,
)
def test_the_largest_values_fit_telegrams_limit(button) -> None:  # type: ignore[no-untyped-def]
    assert len(button.encode().encode("utf-8")) <= MAX_BYTES


@pytest.mark.parametrize(
    "button",
    [
        LengthButton(ID_MAX + 1, 1, shorter=True),
        LengthButton(-1, 1, shorter=True),
        LengthButton(1, -1, shorter=False),
        SettingsButton("bogus", "1"),
        SettingsButton(SettingsButton.ALGORITHM, LONGEST_WORD + "x"),
        SettingsButton(SettingsButton.ALGORITHM, "a:b"),
        SettingsButton(SettingsButton.ALGORITHM, ""),
        SettingsButton(SettingsButton.LANGUAGE, "рус"),
        UnsubscribeButton(ID_MIN - 1, 1),
        UnsubscribeButton(1, -1),
    ],
    ids=repr,
)
def test_a_button_that_would_not_read_back_is_refused(button) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        button.encode()


GARBAGE = [
    None,
    42,
    b"len:1:2:s",
    "",
    ":",
    "len",
    "len:",
    "len:1:2",
    "len:1:2:x",
    "len:1:2:S",
    "len:1:2:s:extra",
    "len:1:2:s\n",
    " len:1:2:s",
    "len:-1:2:s",
    "len:+1:2:s",
    "len:01:2:s",
    "len: 1:2:s",
    "len:1_0:2:s",
    "len:١:2:s",  # a digit int() takes, but no button carries
    "len:1:2:ｓ",
    f"len:{ID_MAX + 1}:2:s",
    "len:99999999999999999999999:2:s",
    "set",
    "set:",
    "set:q",
    "set:q:",
    "set:bogus:1",
    "set:q:1:2",
    "set:q:<b>",
    "set:lang:ру",
    "set:alg:" + "x" * 33,
    "set:len:" + "a" * 100,
    "SET:q:1",
    "dunsub",
    "dunsub:1",
    "dunsub:1:",
    "dunsub::1",
    "dunsub:1:-5",
    "dunsub:-0:1",
    "dunsub:--1:1",
    "dunsub:abc:1",
    f"dunsub:{ID_MIN - 1}:1",
    "dunsub:1:2:3",
    "dunsub:1:2" + "\x00",
    "x" * 1000,
    "\ud800",  # a lone surrogate: no UTF-8 at all
]


@pytest.mark.parametrize("data", GARBAGE, ids=lambda data: repr(data)[:40])
def test_garbage_and_forged_data_are_none(data: object) -> None:
    assert [kind.parse(data) for kind in KINDS] == [None] * len(KINDS)


@given(st.text(max_size=80))
def test_parse_never_raises(data: str) -> None:
    for kind in KINDS:
        button = kind.parse(data)
        assert button is None or button.encode() == data


@given(st.text(alphabet="lensetdub:-0123456789qfalgautoxr", max_size=40))
def test_parse_never_raises_near_the_grammar(data: str) -> None:
    for kind in KINDS:
        button = kind.parse(data)
        assert button is None or button.encode() == data


def test_each_kind_has_its_own_prefix_and_handler_pattern() -> None:
    prefixes = [kind.PREFIX for kind in KINDS]
    assert len(set(prefixes)) == len(prefixes)
    for kind in KINDS:
        assert f"^{kind.PREFIX}:" == kind.PATTERN


def test_every_button_handler_routes_on_a_kind_from_this_module(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(
        telegram_bot_token=TOKEN, database_url=f"sqlite+aiosqlite:///{tmp_path / 'b.sqlite3'}"
    )
    application = build_application(settings)
    patterns = [
        handler.pattern.pattern
        for handlers in application.handlers.values()
        for handler in handlers
        if isinstance(handler, CallbackQueryHandler)
    ]
    assert sorted(patterns) == sorted(kind.PATTERN for kind in KINDS)
