"""One frozen settings object for the whole bot.

Values come from keyword arguments, then environment variables (any case), then a `.env` file in
the working directory, then the defaults written here (the only place defaults live;
`.env.example` documents them). Build it once with `load_settings()` at start and pass it down;
nothing reads the environment anywhere else.

The settings are flat, so a pydantic model reads them with `_environment` below: the plain way,
pydantic-settings' `BaseSettings` with `env_file=".env"`, reads them alike but costs ~0.05 s more
to import in every command that loads settings (`gistbot summarize` included; docs/performance.md).
The `.env` file is parsed by python-dotenv, as pydantic-settings does.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summarizer.web.fetch import FetchPolicy

_TOKEN_RE = re.compile(r"^\d{5,12}:[A-Za-z0-9_-]{30,64}$")


class SettingsError(ValueError):
    """The configuration is unusable; the message is one line fit for a terminal."""


ENV_FILE = ".env"


class Settings(BaseModel):
    """Everything gistbot can be told from the outside."""

    model_config = ConfigDict(frozen=True, extra="ignore", validate_default=True)

    def __init__(self, _env_file: str | Path | None = ENV_FILE, **values: Any) -> None:
        """`values` win over the environment, which wins over `_env_file` (None: no file)."""
        super().__init__(**{**_environment(type(self).model_fields, _env_file), **values})

    # Telegram
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"

    # Storage
    database_url: str = "sqlite+aiosqlite:///data/gistbot.sqlite3"

    # Fetching links
    fetch_connect_timeout: float = Field(5.0, gt=0)
    fetch_timeout: float = Field(20.0, gt=0)
    fetch_max_bytes: int = Field(5_000_000, gt=0)
    fetch_max_redirects: int = Field(5, ge=0, le=20)
    fetch_user_agent: str = "gistbot/0.1 (Telegram article summarizer bot)"
    fetch_allow_private_networks: bool = False

    # Summaries
    summary_algorithm: str = "default"
    summary_max_sentences: int = Field(12, ge=1)
    summary_quotes: int = Field(3, ge=0)
    summary_figures: int = Field(4, ge=0)
    max_text_chars: int = Field(200_000, gt=0)
    # how long a text cut at Telegram's limit waits for its next part
    paste_wait_seconds: float = Field(2.0, gt=0, le=30)

    # Serving
    worker_processes: int = Field(1, ge=1)  # one meets 300 MB; more: docs/deploy.md
    # one worker task (extract + summarize, a feed or OPML parse) is stopped after this long,
    # by ending its worker process (bot.work.within_budget); at most 5 minutes, whatever is set
    cpu_budget_seconds: float = Field(50.0, gt=0, le=300)
    rate_limit_per_minute: int = Field(10, ge=1)
    # Shorter/Longer and /settings taps, apart from the summary limit above
    tap_rate_limit_per_minute: int = Field(60, ge=1)
    cache_ttl_seconds: int = Field(86_400, ge=0)
    max_links_per_message: int = Field(3, ge=1)
    log_level: str = "INFO"

    # Webhook mode (`gistbot webhook`) and replicas sharing one database
    webhook_url: str | None = None  # public https URL Telegram calls (the load balancer's)
    webhook_secret: SecretStr | None = None  # X-Telegram-Bot-Api-Secret-Token
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(8080, ge=1, le=65535)
    lease_ttl_seconds: float = Field(120.0, gt=0)  # a dead replica's digest is taken over after
    # every process beats every HEARTBEAT_SECONDS; one silent for
    # HEARTBEAT_TIMEOUT_SECONDS (or stopped cleanly) loses its leases before their ttl
    heartbeat_seconds: float = Field(2.0, gt=0)
    heartbeat_timeout_seconds: float = Field(6.0, gt=0)
    # Telegram's ~30 sends a second are per bot: replicas keep the pace in the database. Unset,
    # only on PostgreSQL (one process per SQLite file, docs/deploy.md: it paces itself in memory)
    send_pace_shared: bool | None = None

    # Digests
    digest_max_items: int = Field(10, ge=1)
    feed_poll_minutes: int = Field(30, ge=1)
    feed_poll_concurrency: int = Field(8, ge=1, le=64)  # feeds fetched at once
    feed_failure_alert_after: int = Field(5, ge=1)
    # a digest message claimed this recently may still be in flight on a live sender
    digest_in_flight_seconds: float = Field(120.0, gt=0)

    @property
    def shares_send_pace(self) -> bool:
        """Whether the per-bot send pace is kept in the database (see `send_pace_shared`)."""
        if self.send_pace_shared is not None:
            return self.send_pace_shared
        return self.database_url.startswith("postgresql")

    @field_validator("send_pace_shared", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """`SEND_PACE_SHARED=` (as in .env.example) leaves the choice to the database kind."""
        return None if value == "" else value

    @field_validator("heartbeat_timeout_seconds")
    @classmethod
    def _beats_before_stale(cls, value: float, info: ValidationInfo) -> float:
        every = info.data.get("heartbeat_seconds")
        if every is not None and value <= every:
            raise ValueError("must be longer than HEARTBEAT_SECONDS")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def token(self) -> str:
        """The bot token, checked for shape; raises SettingsError when missing or malformed."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set (see .env.example).")
        value = self.telegram_bot_token.get_secret_value().strip()
        if not _TOKEN_RE.match(value):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is malformed: expected '<digits>:<secret>' from @BotFather."
            )
        return value

    def fetch_policy(self) -> FetchPolicy:
        """The fetch limits as the library takes them (summarizer/ never reads settings)."""
        from summarizer.web.fetch import FetchPolicy

        return FetchPolicy(
            connect_timeout=self.fetch_connect_timeout,
            timeout=self.fetch_timeout,
            max_bytes=self.fetch_max_bytes,
            max_redirects=self.fetch_max_redirects,
            user_agent=self.fetch_user_agent,
            allow_private_networks=self.fetch_allow_private_networks,
        )


def _environment(fields: Iterable[str], env_file: str | Path | None) -> dict[str, str]:
    """Field name -> value from the `.env` file, then from environment variables (which win);
    names match in any case, other names are ignored."""
    wanted = set(fields)
    found: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        from dotenv import dotenv_values

        for name, value in dotenv_values(env_file, encoding="utf-8").items():
            if name.lower() in wanted and value is not None:
                found[name.lower()] = value
    for name, value in os.environ.items():
        if name.lower() in wanted:
            found[name.lower()] = value
    return found


def load_settings(**overrides: object) -> Settings:
    """Build the settings once; turn validation errors into one readable line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]).upper()
        raise SettingsError(f"Invalid setting {field}: {first['msg']}") from None
