"""Webhook mode: an ASGI app (Starlette, served by uvicorn) in front of the PTB Application.

Routes:
- POST /telegram: Telegram's updates. Refused with 403 unless the X-Telegram-Bot-Api-Secret-Token
  header equals the secret given to setWebhook (compared in constant time); the JSON is handed to
  `process` (in the bot: put on the Application's update queue) and answered at once, so the
  replica that received an update is the one that handles it.
- GET /healthz: 200 when the database answers SELECT 1 within a few seconds, else 503 (load
  balancers take a replica that lost its database out of rotation).
- GET /metrics: Prometheus text format (bot.metrics).

`create_app` knows nothing of PTB, so tests drive it with any `process`; `serve` runs the real
thing: the Application's lifecycle (post_init/post_shutdown included), setWebhook, uvicorn.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.metrics import Metrics
from bot.storage.db import Database
from config.settings import Settings, SettingsError

if TYPE_CHECKING:
    from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"
MAX_BODY = 1_000_000  # Telegram updates are a few KB; anything near this is not from Telegram
HEALTH_TIMEOUT = 3.0

Process = Callable[[dict[str, Any]], Awaitable[None]]
DatabaseSource = Database | Callable[[], Database | None]


def check_secret(secret: str) -> str:
    """Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and -; refuse to run without one."""
    allowed = all(c.isascii() and (c.isalnum() or c in "_-") for c in secret)
    if not allowed or not 1 <= len(secret) <= 256:
        raise ValueError("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ or -")
    return secret


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None once it passes `limit` bytes (declared or actual)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    *,
    secret: str,
    process: Process,
    database: DatabaseSource,
    metrics: Metrics,
    path: str = WEBHOOK_PATH,
    max_body: int = MAX_BODY,
) -> Starlette:
    """The ASGI app; `database` may be a callable, as the bot opens it only in post_init."""
    expected = check_secret(secret).encode()
    requests = metrics.webhook_requests

    def current_db() -> Database | None:
        return database if isinstance(database, Database) else database()

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            requests.labels("forbidden").inc()
            return PlainTextResponse("forbidden", status_code=403)
        body = await _read_body(request, max_body)
        if body is None:
            requests.labels("too_large").inc()
            return PlainTextResponse("too large", status_code=413)
        try:
            update = json.loads(body)
        except ValueError:
            update = None
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            requests.labels("bad_request").inc()
            return PlainTextResponse("not a Telegram update", status_code=400)
        try:
            await process(update)
        except Exception:
            # Not taken: a non-2xx makes Telegram deliver it again (to us or another replica).
            log.exception("update %s could not be queued", update["update_id"])
            requests.labels("error").inc()
            return PlainTextResponse("not queued", status_code=500)
        requests.labels("accepted").inc()
        return PlainTextResponse("ok")

    async def healthz(request: Request) -> Response:
        db = current_db()
        if db is None:
            return JSONResponse({"database": "not open"}, status_code=503)
        try:
            async with asyncio.timeout(HEALTH_TIMEOUT):
                async with db.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception as exc:  # unreachable, timed out, bad credentials: all the same to an LB
            log.warning("health check failed: %s", type(exc).__name__)
            return JSONResponse({"database": "unreachable"}, status_code=503)
        return JSONResponse({"database": "ok"})

    async def metrics_page(request: Request) -> Response:
        payload, content_type = metrics.exposition()
        return Response(payload, media_type=content_type)

    return Starlette(
        routes=[
            Route(path, telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics_page, methods=["GET"]),
        ]
    )


def ptb_process(application: Application[Any, Any, Any, Any, Any, Any]) -> Process:
    """Hand an update to PTB the way its own webhook server does: onto the update queue."""
    from telegram import Update

    async def process(data: dict[str, Any]) -> None:
        await application.update_queue.put(Update.de_json(data, application.bot))

    return process


async def _stop_when(stop: asyncio.Event, server: Any) -> None:
    await stop.wait()
    server.should_exit = True


async def serve(
    application: Application[Any, Any, Any, Any, Any, Any],
    *,
    webhook_url: str,
    secret: str,
    host: str,
    port: int,
    database: DatabaseSource,
    metrics: Metrics,
    path: str = WEBHOOK_PATH,
    set_webhook: bool = True,
    allowed_updates: Sequence[str] | None = None,
    stop: asyncio.Event | None = None,
    sock: socket.socket | None = None,
) -> None:
    """Run the bot in webhook mode until SIGINT/SIGTERM or `stop` is set, then stop cleanly.
    `sock`: an already bound listening socket to serve on instead of host:port (tests).

    Every replica calls setWebhook with the same public URL (the load balancer's): harmless and
    idempotent. None deletes it on the way out, as the others are still serving.
    """
    app = create_app(
        secret=secret,
        process=ptb_process(application),
        database=database,
        metrics=metrics,
        path=path,
    )
    server = _server(app, host, port)
    loop = asyncio.get_running_loop()
    signals = () if stop is not None else (signal.SIGINT, signal.SIGTERM)
    stop = stop or asyncio.Event()
    for number in signals:
        loop.add_signal_handler(number, stop.set)
    try:
        async with application:  # initialize() ... shutdown()
            if application.post_init is not None:
                await application.post_init(application)
            try:
                if set_webhook:
                    await application.bot.set_webhook(
                        url=webhook_url, secret_token=secret, allowed_updates=allowed_updates
                    )
                await application.start()
                log.info("webhook mode: listening on %s:%s%s", host, port, path)
                watcher = asyncio.create_task(_stop_when(stop, server))
                try:
                    await server.serve(sockets=[sock] if sock else None)
                finally:
                    watcher.cancel()
                    await application.stop()
            finally:
                if application.post_shutdown is not None:
                    await application.post_shutdown(application)
    finally:
        # a failed initialize (a rejected token) leaves the bot's HTTP client open: PTB's
        # shutdown skips an Application that never started; a no-op after a clean stop
        await application.bot.shutdown()
        for number in signals:
            loop.remove_signal_handler(number)
    log.info("webhook mode: stopped")


def _server(app: Starlette, host: str, port: int) -> Any:
    """uvicorn's server, minus its own signal handling: it re-raises SIGTERM once it has stopped
    listening, which would kill the process before the Application and resources are closed."""
    import uvicorn

    class Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    config = uvicorn.Config(
        app, host=host, port=port, lifespan="off", log_level="warning", access_log=False
    )
    return Server(config)


def run(settings: Settings, *, host: str | None = None, port: int | None = None) -> None:
    """`gistbot webhook`: serve the bot behind uvicorn until SIGTERM/SIGINT (the resources
    migrate the database as they open, as in polling mode)."""
    from telegram.error import InvalidToken

    from bot.app import TOKEN_REJECTED, build_application, configure_logging

    if not settings.webhook_url:
        raise SettingsError("WEBHOOK_URL is not set: the public https URL Telegram should call.")
    if settings.webhook_secret is None or not settings.webhook_secret.get_secret_value():
        raise SettingsError("WEBHOOK_SECRET is not set (1-256 of A-Z a-z 0-9 _ -).")
    secret = settings.webhook_secret.get_secret_value()
    try:
        check_secret(secret)
    except ValueError as exc:
        raise SettingsError(f"WEBHOOK_SECRET: {exc}") from None
    configure_logging(settings, settings.token)
    application = build_application(settings)  # counts updates on bot_data.metrics

    def database() -> Database | None:
        try:
            return application.bot_data.db
        except RuntimeError:  # not open yet, or closed
            return None

    async def main() -> None:
        await serve(
            application,
            webhook_url=settings.webhook_url,
            secret=secret,
            host=host or settings.webhook_host,
            port=port or settings.webhook_port,
            database=database,
            metrics=application.bot_data.metrics,
            path=urlsplit(settings.webhook_url).path or WEBHOOK_PATH,
        )

    try:
        asyncio.run(main())
    except InvalidToken:  # one line, as in polling mode (PTB's message names the token)
        raise SettingsError(TOKEN_REJECTED) from None
