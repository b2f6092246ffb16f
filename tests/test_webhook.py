"""Webhook mode over real HTTP on loopback: uvicorn serving bot.webhook, httpx as Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.metrics import Metrics
from bot.metrics import register as register_metrics
from bot.storage.db import Database, open_database
from bot.webhook import SECRET_HEADER, check_secret, create_app, serve
from tests.bot_articles import PASTED_TEXT
from tests.fake_telegram import TOKEN, FakeTelegram, message

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-Token_for-tests"
UPDATE = {"update_id": 1001, "message": {"message_id": 1, "date": 0, "chat": {"id": 5}}}


def _listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.asynccontextmanager
async def running(app: Starlette) -> AsyncIterator[str]:
    """Serve `app` with uvicorn on a free loopback port; yield its base URL."""
    sock = _listening_socket()
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.updates: list[dict[str, Any]] = []
        self.fail = fail

    async def __call__(self, update: dict[str, Any]) -> None:
        if self.fail:
            raise RuntimeError("queue closed")
        self.updates.append(update)


def _app(
    process: Recorder, database: Database | Callable[[], Database | None], metrics: Metrics
) -> Starlette:
    return create_app(secret=SECRET, process=process, database=database, metrics=metrics)


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    db = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'w.sqlite3'}")
    yield db
    await db.close()


async def test_only_requests_with_the_secret_are_processed(sqlite_db: Database) -> None:
    seen, metrics = Recorder(), Metrics()
    async with running(_app(seen, sqlite_db, metrics)) as base, httpx.AsyncClient() as client:
        url = f"{base}/telegram"
        refused = [
            await client.post(url, json=UPDATE),
            await client.post(url, json=UPDATE, headers={SECRET_HEADER: "wrong"}),
            await client.post(url, json=UPDATE, headers={SECRET_HEADER: SECRET + "x"}),
            await client.post(url, json=UPDATE, headers={SECRET_HEADER: SECRET[:-1]}),
            await client.post(url, json=UPDATE, headers={SECRET_HEADER: ""}),
        ]
        assert [r.status_code for r in refused] == [403] * 5
        assert seen.updates == []
        ok = await client.post(url, json=UPDATE, headers={SECRET_HEADER: SECRET})
        assert ok.status_code == 200
        assert seen.updates == [UPDATE]
        assert (await client.get(url)).status_code == 405  # only POST
    assert metrics.value("webhook_requests_total", outcome="forbidden") == 5
    assert metrics.value("webhook_requests_total", outcome="accepted") == 1


async def test_bad_bodies_are_refused_and_failures_ask_for_redelivery(
    sqlite_db: Database,
) -> None:
    seen, metrics = Recorder(), Metrics()
    headers = {SECRET_HEADER: SECRET}
    async with running(_app(seen, sqlite_db, metrics)) as base, httpx.AsyncClient() as client:
        url = f"{base}/telegram"
        assert (await client.post(url, content=b"{not json", headers=headers)).status_code == 400
        assert (await client.post(url, json=[1, 2], headers=headers)).status_code == 400
        assert (await client.post(url, json={"message": {}}, headers=headers)).status_code == 400
        huge = {"update_id": 1, "pad": "x" * 1_100_000}
        assert (await client.post(url, json=huge, headers=headers)).status_code == 413
    assert seen.updates == []
    failing = Recorder(fail=True)
    async with running(_app(failing, sqlite_db, metrics)) as base, httpx.AsyncClient() as client:
        answer = await client.post(f"{base}/telegram", json=UPDATE, headers=headers)
        assert answer.status_code == 500  # Telegram retries non-2xx answers
    assert metrics.value("webhook_requests_total", outcome="too_large") == 1
    assert metrics.value("webhook_requests_total", outcome="error") == 1


async def test_healthz_reports_the_database(db_url: str, tmp_path: Path) -> None:
    db = await open_database(db_url)
    broken = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'gone.sqlite3'}")
    await broken.close()
    (tmp_path / "gone.sqlite3").unlink()
    (tmp_path / "gone.sqlite3").mkdir()  # a directory where the database file was: unopenable
    try:
        async with httpx.AsyncClient() as client:
            async with running(_app(Recorder(), db, Metrics())) as base:
                answer = await client.get(f"{base}/healthz")
                assert (answer.status_code, answer.json()) == (200, {"database": "ok"})
            async with running(_app(Recorder(), broken, Metrics())) as base:
                answer = await client.get(f"{base}/healthz")
                assert (answer.status_code, answer.json()) == (503, {"database": "unreachable"})
            async with running(_app(Recorder(), lambda: None, Metrics())) as base:
                assert (await client.get(f"{base}/healthz")).status_code == 503
    finally:
        await db.close()


async def test_metrics_page_is_prometheus_text(sqlite_db: Database) -> None:
    metrics = Metrics()
    metrics.summaries_made.inc(3)
    metrics.fetch_failures.labels("fetch_timeout").inc()
    metrics.reply_seconds.observe(0.3)
    async with running(_app(Recorder(), sqlite_db, metrics)) as base, httpx.AsyncClient() as client:
        answer = await client.get(f"{base}/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    lines = answer.text.splitlines()
    assert "gistbot_summaries_made_total 3.0" in lines
    assert 'gistbot_fetch_failures_total{code="fetch_timeout"} 1.0' in lines
    assert 'gistbot_reply_seconds_bucket{le="0.5"} 1.0' in lines
    assert "gistbot_reply_seconds_count 1.0" in lines
    assert Metrics().value("summaries_made_total") == 0  # each Metrics has its own registry


def test_secret_must_be_what_telegram_accepts() -> None:
    assert check_secret("abc_DEF-123") == "abc_DEF-123"
    for bad in ("", "has space", "ünï", "x" * 257, "semi;colon"):
        with pytest.raises(ValueError):
            check_secret(bad)


class WebhookTelegram(FakeTelegram):
    """The fake Bot API, plus setWebhook (recorded like every call)."""

    def _api_setWebhook(self, params: dict[str, Any], call: Any) -> bool:
        return True


async def test_serve_feeds_real_ptb_and_replies(sqlite_db: Database) -> None:
    """The whole path: Telegram POSTs to the replica, PTB handles it, the reply reaches the API."""
    metrics, hooks = Metrics(), []

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer with the text, so the test sees the update went all the way through."""
        assert update.effective_chat is not None and update.effective_message is not None
        await context.bot.send_message(update.effective_chat.id, f"got {update.message.text}")

    async def post_init(application: Application) -> None:
        hooks.append("init")

    async def post_shutdown(application: Application) -> None:
        hooks.append("shutdown")

    with WebhookTelegram() as telegram:
        application = (
            Application.builder()
            .token(TOKEN)
            .base_url(telegram.base_url)
            .post_init(post_init)
            .post_shutdown(post_shutdown)
            .build()
        )
        application.add_handler(MessageHandler(filters.TEXT, echo))
        register_metrics(application, metrics)
        sock, stop = _listening_socket(), asyncio.Event()
        task = asyncio.create_task(
            serve(
                application,
                webhook_url="https://bot.example.org/telegram",
                secret=SECRET,
                host="127.0.0.1",
                port=0,
                database=lambda: sqlite_db,
                metrics=metrics,
                stop=stop,
                sock=sock,
            )
        )
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        update = {"update_id": 7, **message("hello there", chat_id=42, user_id=42)}
        # the first answer waits for the application's start (getMe, setWebhook): a starved
        # machine may take longer than httpx's 5 s default
        async with httpx.AsyncClient(timeout=60) as client:
            for _ in range(200):
                with contextlib.suppress(httpx.ConnectError):
                    answer = await client.post(
                        f"{base}/telegram", json=update, headers={SECRET_HEADER: SECRET}
                    )
                    break
                await asyncio.sleep(0.05)
            assert answer.status_code == 200
            sent = await asyncio.to_thread(telegram.wait_for, "sendMessage", 1)
            wrong = await client.post(
                f"{base}/telegram",
                json={**update, "update_id": 8},
                headers={SECRET_HEADER: "nope"},
            )
            assert wrong.status_code == 403
        stop.set()
        await asyncio.wait_for(task, 20)
        sock.close()
    assert sent[0].params["text"] == "got hello there"
    assert len(telegram.calls_to("sendMessage")) == 1  # the refused update did nothing
    webhook = telegram.calls_to("setWebhook")
    assert [c.params["url"] for c in webhook] == ["https://bot.example.org/telegram"]
    assert webhook[0].params["secret_token"] == SECRET
    assert hooks == ["init", "shutdown"]
    assert metrics.value("updates_handled_total") == 1


def test_cli_refuses_webhook_mode_without_url_or_good_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert main(["webhook"]) == 2
    assert "WEBHOOK_URL is not set" in capsys.readouterr().err
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/telegram")
    assert main(["webhook"]) == 2
    assert "WEBHOOK_SECRET is not set" in capsys.readouterr().err
    monkeypatch.setenv("WEBHOOK_SECRET", "has spaces in it")
    assert main(["webhook"]) == 2
    assert "WEBHOOK_SECRET:" in capsys.readouterr().err


async def test_gistbot_webhook_command_end_to_end(tmp_path: Path) -> None:
    """`gistbot webhook` as deployed: migrates, answers /start and summarizes a text sent to
    it, counts both on /metrics, stops on SIGTERM."""
    sock = _listening_socket()
    port = sock.getsockname()[1]
    sock.close()  # the child binds it; a race with another process for it is very unlikely
    database = tmp_path / "bot.sqlite3"
    with WebhookTelegram() as telegram:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "WEBHOOK_URL": "https://bot.example.org/hook/abc",
            "WEBHOOK_SECRET": SECRET,
            "WORKER_PROCESSES": "1",
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "webhook",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            cwd=tmp_path,
            env=env,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            update = {"update_id": 1, **message("/start", chat_id=77, user_id=77)}
            client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60)
            async with client:
                async with asyncio.timeout(60):
                    while True:
                        with contextlib.suppress(httpx.TransportError):
                            if (await client.get("/healthz")).status_code == 200:
                                break
                        assert proc.returncode is None, "gistbot webhook exited early"
                        await asyncio.sleep(0.1)
                wrong = await client.post("/hook/abc", json=update, headers={SECRET_HEADER: "x"})
                right = await client.post("/hook/abc", json=update, headers={SECRET_HEADER: SECRET})
                assert (wrong.status_code, right.status_code) == (403, 200)
                text = {"update_id": 2, **message(PASTED_TEXT, chat_id=78, user_id=78)}
                posted = await client.post("/hook/abc", json=text, headers={SECRET_HEADER: SECRET})
                assert posted.status_code == 200
                replies = await asyncio.to_thread(telegram.wait_for, "sendMessage", 2)
                # reply_seconds is observed just after the reply went out
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    scraped = (await client.get("/metrics")).text
                    if "gistbot_reply_seconds_count 1.0" in scraped:
                        break
                    await asyncio.sleep(0.05)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
            async with asyncio.timeout(30):
                _, stderr = await proc.communicate()
    assert proc.returncode == 0, stderr.decode()[-2000:]
    assert sorted(reply.params["chat_id"] for reply in replies) == [77, 78]
    assert [c.params["url"] for c in telegram.calls_to("setWebhook")] == [
        "https://bot.example.org/hook/abc"
    ]
    assert "gistbot_updates_handled_total 2.0" in scraped.splitlines()
    assert "gistbot_summaries_made_total 1.0" in scraped.splitlines()
    assert "gistbot_summary_seconds_count 1.0" in scraped.splitlines()
    assert "gistbot_reply_seconds_count 1.0" in scraped.splitlines()
    assert database.exists()  # migrated at start
