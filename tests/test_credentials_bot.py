"""Links with a user name or password, end to end: the real Application, the fake Bot API, a
loopback site that answers 401 without Basic credentials, and a real SQLite file.

The page behind a password belongs to whoever holds it; the summary cache is shared by every
user. So such links are refused at every entry point, and the password is never sent, stored,
logged or echoed (docs/security.md).
"""

from __future__ import annotations

import base64
import itertools
import logging
from pathlib import Path
from typing import Any

import pytest

from summarizer.web.opml import Outline, export_opml
from tests import fake_telegram as ft
from tests.bot_articles import FERRY_PAGE
from tests.bot_fixtures import bot_fixture, site_fixture, telegram_fixture
from tests.bot_harness import RunningBot, replies_to
from tests.digest_bot_helpers import DigestTelegram, document, private
from tests.servers.http import LoopbackHTTPServer, Request, Response

SECRET = "s3cret-Pa55"
REFUSAL = "Links with a user name or password are not supported."
_ids = itertools.count(7101)


def with_credentials(url: str) -> str:
    return url.replace("http://", f"http://alice:{SECRET}@", 1)


def _routes(server: LoopbackHTTPServer) -> None:
    """`/private` is Alice's: the article with her Basic credentials, 401 without them."""
    expected = "Basic " + base64.b64encode(f"alice:{SECRET}".encode()).decode()

    def private_page(request: Request) -> Response:
        if request.headers.get("authorization") == expected:
            return Response(200, body=FERRY_PAGE)
        return Response(401, body="log in first", headers={"WWW-Authenticate": 'Basic realm="x"'})

    server.route("/private", handler=private_page)
    server.route("/feeds/private.xml", handler=private_page)
    server.route("/open", FERRY_PAGE)


site = site_fixture(_routes)
tg = telegram_fixture(DigestTelegram)
bot = bot_fixture("credentials")


@pytest.fixture(scope="module")
def db_path(bot: RunningBot) -> Path:
    """The bot's SQLite file (its WAL lies beside it)."""
    path = Path(bot.settings.database_url.removeprefix("sqlite+aiosqlite:///"))
    assert path.is_file()  # else the checks of what it holds would pass on nothing
    return path


@pytest.fixture(autouse=True)
def _logs_everything(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    for name in ("bot", "summarizer", "httpx"):
        caplog.set_level(logging.DEBUG, logger=name)


def reply_to(tg: DigestTelegram, update: dict[str, Any], count: int = 1) -> str:
    """Push this message; the text of the bot's `count` replies quoting it, one per line."""
    tg.push(update)
    calls = replies_to(tg, update["message"], count, timeout=30)
    return "\n".join(call.visible_text or "" for call in calls)


def assert_secret_nowhere(
    tg: DigestTelegram, site: LoopbackHTTPServer, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Not sent to the site, not in any Bot API call, log line or database page."""
    assert all("authorization" not in r.headers for r in site.requests)
    assert all(SECRET not in repr(call.params) for call in tg.calls)
    assert all(SECRET not in record.getMessage() for record in caplog.records)
    for path in db_path.parent.glob(db_path.name + "*"):  # the file and its WAL
        assert SECRET.encode() not in path.read_bytes()


def test_one_users_password_link_never_serves_another_user(bot, tg, site, db_path, caplog):
    site.requests.clear()
    alice, bob = next(_ids), next(_ids)
    private_url = site.url("/private")
    text = reply_to(tg, ft.message(with_credentials(private_url), chat_id=alice, user_id=alice))
    assert text == REFUSAL
    assert site.requests == []  # refused before any request
    text = reply_to(tg, ft.message(private_url, chat_id=bob, user_id=bob))
    assert "refused access (HTTP 401)" in text
    assert "tidal" not in text.lower() and "ferry" not in text.lower()
    (request,) = site.requests
    assert request.path == "/private" and "authorization" not in request.headers
    assert_secret_nowhere(tg, site, db_path, caplog)


def test_a_password_link_among_others_is_named_without_its_password(bot, tg, site, db_path, caplog):
    uid = next(_ids)
    private_url = site.url("/private")
    text = reply_to(
        tg, ft.message(f"{with_credentials(private_url)} and {site.url('/gone')}",
                       chat_id=uid, user_id=uid),
        count=2,
    )  # fmt: skip
    assert REFUSAL in text and "***@" in text
    assert_secret_nowhere(tg, site, db_path, caplog)


def test_inline_mode_refuses_a_password_link(bot, tg, site, db_path, caplog):
    uid = next(_ids)
    site.requests.clear()
    tg.push(ft.inline(with_credentials(site.url("/private")), user_id=uid))
    (answer,) = tg.wait_for(
        "answerInlineQuery", where=lambda c: "user name or password" in c.params["button"]["text"]
    )
    assert answer.params["results"] == [] and answer.params["is_personal"]
    assert site.requests == []
    assert_secret_nowhere(tg, site, db_path, caplog)


def test_subscribe_refuses_a_password_feed_and_does_not_echo_it(bot, tg, site, db_path, caplog):
    uid = next(_ids)
    site.requests.clear()
    feed = with_credentials(site.url("/feeds/private.xml"))
    tg.push(private(uid, f"/subscribe {feed}"))
    (call,) = tg.wait_for("sendMessage", chat_id=uid, timeout=30)
    assert REFUSAL in (call.visible_text or "") and "***@" in (call.visible_text or "")
    assert site.requests == []
    assert_secret_nowhere(tg, site, db_path, caplog)


def test_opml_import_skips_password_feeds(bot, tg, site, db_path, caplog):
    uid = next(_ids)
    plain = site.url("/feeds/open.xml")
    secret_feed = with_credentials(site.url("/feeds/private.xml"))
    tg.files["creds.opml"] = export_opml([Outline(secret_feed, "Mine"), Outline(plain, "Open")])
    size = len(tg.files["creds.opml"])
    tg.push(document(None, uid, "creds.opml", "feeds.opml", size))
    (call,) = tg.wait_for("sendMessage", chat_id=uid, timeout=30)
    text = call.visible_text or ""
    assert "Imported 1 new of 2 feeds" in text
    assert "Skipped 1 links with a user name or password" in text
    assert_secret_nowhere(tg, site, db_path, caplog)


def test_the_site_sees_only_what_the_cache_key_holds(bot, tg, site):
    """A reader's newsletter id would let a site personalise or unlock the page that is then
    cached for everyone: the bot fetches the normalised URL, without such parameters."""
    uid = next(_ids)
    site.requests.clear()
    text = reply_to(tg, ft.message(site.url("/open") + "?id=7&mc_eid=reader42&utm_source=x",
                                   chat_id=uid, user_id=uid))  # fmt: skip
    assert "ferry" in text.lower()
    (request,) = site.requests
    assert request.query == {"id": ["7"]}
