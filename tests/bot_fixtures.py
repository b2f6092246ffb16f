"""The module fixtures the end-to-end bot tests share: a fake Bot API, a loopback article site
and one bot running against both for the whole module (starting its worker pool costs a second).

A test module assigns each one it uses to the name its tests ask for, so no fixture comes from
elsewhere unseen and the module keeps only what is its own, its pages and its settings:

    tg = telegram_fixture()
    site = site_fixture(_routes)            # _routes(server) adds the module's pages
    bot = bot_fixture("chat", rate_limit_per_minute=6)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from telegram.ext import Application

from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import FakeTelegram
from tests.servers.http import LoopbackHTTPServer

ModuleFixture = Callable[..., Any]  # what pytest.fixture makes of a function


def telegram_fixture(fake: type[FakeTelegram] = FakeTelegram) -> ModuleFixture:
    """The fake Bot API (`fake`: FakeTelegram or a subclass that knows more)."""

    @pytest.fixture(scope="module")
    def tg() -> Iterator[FakeTelegram]:
        with fake() as running:
            yield running

    return tg


def site_fixture(routes: Callable[[LoopbackHTTPServer], None]) -> ModuleFixture:
    """A loopback HTTP server with the pages `routes` adds to it."""

    @pytest.fixture(scope="module")
    def site() -> Iterator[LoopbackHTTPServer]:
        with LoopbackHTTPServer() as server:
            routes(server)
            yield server

    return site


def bot_fixture(
    name: str,
    *,
    setup: Callable[[Application], None] | None = None,
    with_site: bool = True,
    **overrides: Any,
) -> ModuleFixture:
    """The bot on the module's `tg`, with a SQLite file of its own in a temporary folder named
    `name`; `overrides` are settings (bot_harness.bot_settings), `setup` runs on the built
    Application. It starts after the module's `site` and stops before it, unless `with_site` is
    False (a module that serves no pages has none)."""

    def run(tg: FakeTelegram, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
        db = tmp_path_factory.mktemp(name) / "bot.sqlite3"
        with RunningBot(bot_settings(tg, db, **overrides), setup=setup) as running:
            yield running

    if not with_site:

        @pytest.fixture(scope="module")
        def bot(tg: FakeTelegram, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
            yield from run(tg, tmp_path_factory)

        return bot

    @pytest.fixture(scope="module", name="bot")
    def bot_after_site(
        tg: FakeTelegram, site: LoopbackHTTPServer, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[RunningBot]:
        yield from run(tg, tmp_path_factory)

    return bot_after_site
