"""User names and passwords in links: recognised in every spelling, refused at every hop, and
never sent, printed or logged (the bot's own entry points are in test_credentials_bot.py)."""

from __future__ import annotations

import json
import logging
import os

import httpx
import pytest

from bot.cli import main
from summarizer.errors import CredentialsInURLError, InvalidURLError
from summarizer.web.fetch import Fetcher, FetchPolicy
from summarizer.web.netguard import check_url
from summarizer.web.urls import has_credentials, normalize_url, redact_url
from tests.pages import page

SECRET = "hunter2-Qx"
LOOPBACK = FetchPolicy(allow_private_networks=True)


@pytest.mark.parametrize(
    "url",
    [
        f"http://alice:{SECRET}@news.example/private",
        "https://alice@news.example/",
        "http://:@news.example/",
        "http://@news.example/",
        f"HTTPS://Alice:{SECRET}@News.Example:8443/a?b=c#d",
        f"http://a%40b:{SECRET}@news.example/",
        "http://news.example\\@evil.example/x",  # browsers read the host as news.example
        f"http://x\\y:{SECRET}@news.example/",
        f"  http://alice:{SECRET}@news.example  ",
    ],
)
def test_every_spelling_of_userinfo_is_recognised_and_refused(url: str) -> None:
    assert has_credentials(url)
    with pytest.raises(CredentialsInURLError) as caught:
        normalize_url(url)
    assert SECRET not in (caught.value.detail or "")
    assert "alice" not in (caught.value.detail or "").lower()
    assert caught.value.message == "Links with a user name or password are not supported."
    assert isinstance(caught.value, InvalidURLError)  # handlers that know the parent still work


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example/people/@alice",
        "https://news.example/?mail=a@b.example",
        "https://news.example/#@top",
        "news.example/x",
    ],
)
def test_an_at_sign_outside_the_authority_is_not_a_credential(url: str) -> None:
    assert not has_credentials(url)
    assert redact_url(url) == url


def test_redaction_keeps_the_site_and_path_readable() -> None:
    url = f"https://alice:{SECRET}@news.example:8443/story?id=4#top"
    assert redact_url(url) == "https://***@news.example:8443/story?id=4#top"


def test_check_url_refuses_credentials_even_where_private_addresses_are_allowed() -> None:
    with pytest.raises(CredentialsInURLError):
        check_url(httpx.URL(f"http://alice:{SECRET}@127.0.0.1/"), allow_private=True)


async def test_the_fetcher_sends_nothing_for_a_password_link(http_server) -> None:
    url = http_server.route("/private", page("article"))
    async with Fetcher(LOOPBACK) as fetcher:
        with pytest.raises(CredentialsInURLError) as caught:
            await fetcher.fetch(url.replace("http://", f"http://alice:{SECRET}@"))
    assert http_server.requests == []
    assert SECRET not in str(caught.value.detail)


async def test_a_redirect_to_a_password_link_is_not_followed(http_server) -> None:
    target = http_server.route("/private", page("article"))
    start = http_server.redirect("/start", target.replace("http://", f"http://bob:{SECRET}@"))
    async with Fetcher(LOOPBACK) as fetcher:
        with pytest.raises(CredentialsInURLError) as caught:
            await fetcher.fetch(start)
    assert [r.path for r in http_server.requests] == ["/start"]
    assert SECRET not in str(caught.value.detail)


def test_the_cli_refuses_and_prints_no_password(
    http_server, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch, tmp_path,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)  # no developer .env
    for name in [n for n in os.environ if n.startswith("FETCH_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE_NETWORKS", "true")
    caplog.set_level(logging.DEBUG)
    url = http_server.route("/private", page("article"))
    code = main(["summarize", url.replace("http://", f"http://alice:{SECRET}@"), "--format",
                 "json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code != 0
    assert err.strip() == "gistbot: Links with a user name or password are not supported."
    assert SECRET not in out + err
    assert all(SECRET not in r.getMessage() for r in caplog.records)
    assert http_server.requests == []
    # and the same page without credentials works, with a clean URL in the JSON
    assert main(["summarize", url, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == url
