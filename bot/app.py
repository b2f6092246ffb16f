"""Build and run the Telegram application: long polling, shared resources, every feature.

`run(settings)` is what `gistbot run` and `python -m bot` call. Resources open in post_init and
close in post_shutdown, so a stopped bot leaves no worker processes or open files behind.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.error import InvalidToken
from telegram.ext import AIORateLimiter, Application, BaseRateLimiter

import bot.chat.settings
import bot.digest.commands
from bot import errors, metrics
from bot.chat import inline, start, summarize
from bot.context import CONTEXT_TYPES
from bot.digest import jobs, membership
from bot.i18n import CATALOGS, DEFAULT_LANGUAGE, t
from bot.job_queue import FinishingJobQueue
from bot.resources import BotResources, NotOpenError
from bot.storage.db import Database
from bot.storage.sendpace import SharedPacer
from config.settings import Settings, SettingsError

log = logging.getLogger(__name__)

COMMANDS = ("start", "help", "tldr", "settings")
# digest management is offered where it can be used: to group admins and in private chats
MANAGER_SCOPES = (BotCommandScopeAllPrivateChats(), BotCommandScopeAllChatAdministrators())
RATE_LIMIT_RETRIES = 3
# Telegram allows about 30 sends a second per bot, however many processes send for it. PTB's
# default limiter is a bucket of 30 per process that refills at 30 a second: a burst puts ~60
# sends into one second, and two replicas twice that (429s in bench.scale). The bot's pace is
# one send every 1/28 s for all replicas together (bot.storage.sendpace): the two sends of
# headroom absorb requests that reach Telegram up to ~70 ms after their slot.
SENDS_PER_SECOND = 28


class RedactFilter(logging.Filter):
    """Replace the bot token wherever it would appear in a log line (request URLs, errors)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "<TOKEN>"), None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if self.secret in text:
                record.exc_text = text.replace(self.secret, "<TOKEN>")
        return True


class _DropInvalidTokenTraceback(logging.Filter):
    """PTB logs a rejected token with a traceback; `run` reports it in one line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InvalidToken))


def configure_logging(settings: Settings, token: str) -> None:
    """Plain log lines to stderr, quiet HTTP client loggers, and the token redacted."""
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_redaction(token)
    logging.getLogger("telegram.ext").addFilter(_DropInvalidTokenTraceback())


def install_redaction(token: str) -> None:
    """httpx logs every request URL, which contains the token: silence it and redact the rest."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    redact = RedactFilter(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


Callback = Callable[..., Coroutine[Any, Any, Any]]


# Bot API methods that put something into a chat: the ones Telegram's limits count.
POSTING_METHODS = ("send", "forward", "copy", "edit")


class PacedRateLimiter(BaseRateLimiter[int]):
    """PTB's AIORateLimiter for the per-group limit and the retries after a 429, with the
    per-bot limit taken from the pace all replicas share: every request to a chat waits for its
    slot (bot.storage.sendpace) right before it goes out, after the group's limit let it pass."""

    def __init__(self, pacer: SharedPacer, *, max_retries: int = RATE_LIMIT_RETRIES) -> None:
        self.pacer = pacer
        self._groups = AIORateLimiter(overall_max_rate=0, max_retries=max_retries)

    async def initialize(self) -> None:
        await self._groups.initialize()

    async def shutdown(self) -> None:
        await self._groups.shutdown()

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if not endpoint.startswith(POSTING_METHODS):
            # reads (getChat, getChatMember) and answers to taps: Telegram's message limits do
            # not apply, and a group's 20 a minute must not make an admin's command wait
            return await callback(*args, **kwargs)
        if data.get("chat_id") is None:
            paced = callback  # not a message (commands, updates): outside the per-bot limit
        else:

            async def paced(*a: Any, **kw: Any) -> Any:
                await self.pacer.wait()
                return await callback(*a, **kw)

        return await self._groups.process_request(
            paced, args, kwargs, endpoint, data, rate_limit_args
        )


def open_database_of(resources: BotResources) -> Callable[[], Database | None]:
    """The bot's database while it is open, else None (the pacer then paces this process)."""

    def current() -> Database | None:
        try:
            return resources.db
        except NotOpenError:
            return None

    return current


def file_url(base_url: str) -> str:
    """Telegram serves files under /file/bot<token>; a local Bot API server mirrors that."""
    if base_url.endswith("/bot"):
        return base_url[: -len("/bot")] + "/file/bot"
    return base_url + "/file"


async def post_init(application: Application) -> None:
    """Open the shared resources and publish the command list (per interface language)."""
    resources = application.bot_data
    await resources.open()
    await jobs.start(application)
    for lang in CATALOGS:
        commands = [BotCommand(name, t(lang, f"cmd.{name}")) for name in COMMANDS]
        code = None if lang == DEFAULT_LANGUAGE else lang
        await application.bot.set_my_commands(commands, language_code=code)
        digests = [BotCommand(n, t(lang, f"cmd.{n}")) for n in bot.digest.commands.COMMANDS]
        managers = commands + digests
        for scope in MANAGER_SCOPES:
            await application.bot.set_my_commands(managers, scope=scope, language_code=code)
    log.info("gistbot started as @%s", application.bot.username)


async def post_shutdown(application: Application) -> None:
    await application.bot_data.close()
    # After a failed start (a rejected token: getMe fails inside initialize) PTB's shutdown
    # skips the bot, whose HTTP client keeps its connection open until the garbage collector
    # finds the socket (ResourceWarning). Closing it again after a clean stop is a no-op.
    await application.bot.shutdown()
    log.info("gistbot stopped")


def use_timedelta_periods() -> None:
    """Opt in to PTB's `datetime.timedelta` periods (PTB_TIMEDELTA, the default from PTB 23).

    PTB 22.2+ warns (PTBDeprecationWarning) whenever a period such as RetryAfter.retry_after is
    read as int seconds, and reads it itself while building the exception, so every 429 warned
    before our code saw it. PTB reads the variable when an attribute is read, so setting it
    before the first update or send covers every path; an operator's own value is left alone.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def build_application(settings: Settings) -> Application:
    """The configured Application (raises SettingsError when the token is missing/malformed)."""
    use_timedelta_periods()
    token = settings.token
    base = settings.telegram_api_base_url
    pacer = SharedPacer(lambda: None, SENDS_PER_SECOND)  # in memory unless shared, below
    application = (
        Application.builder()
        .token(token)
        .base_url(base)
        .base_file_url(file_url(base))
        .context_types(CONTEXT_TYPES)
        .job_queue(FinishingJobQueue())  # its stop waits for every job that runs
        .concurrent_updates(True)
        .rate_limiter(PacedRateLimiter(pacer))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data.configure(settings)
    if settings.shares_send_pace:  # alone, a process spares the database a write every few sends
        pacer.database = open_database_of(application.bot_data)
    metrics.register(application, application.bot_data.metrics)
    features = (
        start,
        summarize,
        bot.chat.settings,  # imported whole: `settings` names the Settings in this module
        bot.digest.commands,
        membership,
        inline,
        errors,
    )
    for feature in features:
        feature.register(application)
    return application


TOKEN_REJECTED = "TELEGRAM_BOT_TOKEN was rejected by Telegram (check @BotFather)."


def run(settings: Settings) -> None:
    """Long-poll until SIGINT/SIGTERM."""
    token = settings.token
    configure_logging(settings, token)
    application = build_application(settings)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        raise SettingsError(TOKEN_REJECTED) from None
