"""A token Telegram rejects: one line on stderr in both modes, and no connection left open.

PTB's Application.shutdown skips an Application whose initialize failed (getMe answered 401),
so the bot's HTTP client kept its connection to Telegram until the garbage collector found the
socket (ResourceWarning at exit). Webhook mode also ended in a traceback naming the token.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fake_telegram import TOKEN, FakeTelegram

ROOT = Path(__file__).resolve().parents[1]
MODES = {"polling": ["-m", "bot"], "webhook": ["-m", "bot.cli", "webhook", "--port", "0"]}


@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_rejected_token_is_one_line_and_leaves_no_socket_open(tmp_path: Path, mode: str):
    with FakeTelegram(token="999999:" + "B" * 35) as tg:  # knows another bot's token only
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
            "WEBHOOK_URL": "https://bot.example/telegram",
            "WEBHOOK_SECRET": "s3cret-for-tests",
            "PYTHONPATH": str(ROOT),
            "PYTHONWARNINGS": "default::ResourceWarning",  # shown at exit, as in -X dev
        }
        done = subprocess.run(
            [sys.executable, *MODES[mode]], cwd=tmp_path, env=env, capture_output=True,
            text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "gistbot: TELEGRAM_BOT_TOKEN was rejected by Telegram (check @BotFather)."
    )
    assert "ResourceWarning" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and TOKEN not in done.stderr
