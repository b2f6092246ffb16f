"""`python -m bot`: run the bot with long polling (same as `gistbot run`)."""

from __future__ import annotations

import sys

from config.settings import SettingsError, load_settings


def main() -> int:
    try:
        settings = load_settings()
        settings.token  # noqa: B018  (fail fast, in one line, before importing Telegram code)
        from bot.app import run

        run(settings)
    except SettingsError as exc:
        print(f"gistbot: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
