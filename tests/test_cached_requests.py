"""A gist the bot already has costs nothing: sending a cached link (or a pasted text again) is
answered at once and does not count against the summary rate limit; real work still does."""

from __future__ import annotations

import itertools

from tests.bot_articles import FERRY_PAGE, article_html
from tests.bot_fixtures import bot_fixture, site_fixture, telegram_fixture
from tests.bot_harness import reply_to, send
from tests.fake_telegram import FakeTelegram
from tests.servers.http import LoopbackHTTPServer
from tests.short_articles import LIBRARY_PARAGRAPHS, LIBRARY_TITLE

SUMMARY_LIMIT = 2  # a minute: low, so that a cached answer counted against it would show
TOO_FAST = "You are sending requests too fast"
_ids = itertools.count(64001)


def _routes(server: LoopbackHTTPServer) -> None:
    for path in ("/ferry-a", "/ferry-b", "/ferry-c", "/ferry-d"):
        server.route(path, FERRY_PAGE)
    server.route("/library", article_html(LIBRARY_TITLE, LIBRARY_PARAGRAPHS))


tg = telegram_fixture()
site = site_fixture(_routes)
bot = bot_fixture("cached", rate_limit_per_minute=SUMMARY_LIMIT)


def answer(tg: FakeTelegram, site: LoopbackHTTPServer, path: str, uid: int) -> str:
    """What the bot answers when user `uid` sends the link to `path`."""
    return reply_to(tg, send(tg, site.url(path), user_id=uid)).visible_text


def test_a_cached_link_is_answered_however_often_and_leaves_the_limit_alone(bot, tg, site):
    uid = next(_ids)
    first = answer(tg, site, "/ferry-a", uid)
    assert not first.startswith(TOO_FAST)
    for _ in range(SUMMARY_LIMIT + 2):  # the same link again: the same gist, at once
        assert answer(tg, site, "/ferry-a", uid) == first
    # one slot of the two is used: one new link still goes through, the next is refused
    assert not answer(tg, site, "/library", uid).startswith(TOO_FAST)
    assert answer(tg, site, "/ferry-b", uid).startswith(TOO_FAST)


def test_a_link_another_user_had_summarized_is_free_too(bot, tg, site):
    answer(tg, site, "/ferry-c", next(_ids))
    uid = next(_ids)
    for _ in range(SUMMARY_LIMIT + 1):
        assert not answer(tg, site, "/ferry-c", uid).startswith(TOO_FAST)
    assert not answer(tg, site, "/ferry-d", uid).startswith(TOO_FAST)
