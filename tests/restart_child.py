"""A whole bot process for the restart tests, to be killed with SIGKILL mid-digest.

`python -m tests.restart_child DATABASE_URL BOT_API_BASE_URL` runs the real Application (long
polling against the test's fake Bot API) on the given database with the real clock and no
repeating digest jobs: only the start-up catch-up runs, which sends the digests that are due.
"""

from __future__ import annotations

import sys

from telegram import Update

from bot.app import build_application
from config.settings import load_settings
from tests.fake_telegram import TOKEN


def main(database_url: str, base_url: str) -> None:
    settings = load_settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=base_url,
        database_url=database_url,
        worker_processes=1,
    )
    application = build_application(settings)
    application.bot_data.digest_jobs = False
    application.run_polling(timeout=1, allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
