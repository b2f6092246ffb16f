"""A whole bot process for the restart tests, to be killed with SIGKILL mid-digest.

`python -m tests.restart_child DATABASE_URL BOT_API_BASE_URL [HEARTBEAT_TIMEOUT_SECONDS]` runs
the real Application (long polling against the test's fake Bot API) on the given database with
the real clock and no repeating digest jobs: only the start-up catch-up runs, which sends the
digests that are due. HEARTBEAT_TIMEOUT_SECONDS (default: the setting's) is how long each beat
says the process is alive.
"""

from __future__ import annotations

import sys

from telegram import Update

from bot.app import build_application
from config.settings import load_settings
from tests.fake_telegram import TOKEN


def main(database_url: str, base_url: str, heartbeat_timeout: str | None = None) -> None:
    overrides = (
        {} if heartbeat_timeout is None else {"heartbeat_timeout_seconds": heartbeat_timeout}
    )
    settings = load_settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=base_url,
        database_url=database_url,
        worker_processes=1,
        **overrides,
    )
    application = build_application(settings)
    application.bot_data.digest_jobs = False
    application.run_polling(timeout=1, allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main(*sys.argv[1:])
