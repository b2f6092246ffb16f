"""The bot process of the load benchmark: `python -m bench.load_bot LAG_FILE`.

It runs the real bot exactly like `python -m bot` (settings from the environment, the Application
from `bot.app.build_application`, PTB's `run_polling`, SIGTERM stops it gracefully), plus one
extra asyncio task inside the bot's own event loop that measures how late its periodic sleeps
wake up (event-loop lag). On exit it writes the samples as JSON to LAG_FILE:
`{"interval": s, "samples": [[monotonic_time, lag_seconds], ...]}`. time.monotonic() is
CLOCK_MONOTONIC on Linux, shared by all processes, so the load generator can cut the samples to
its own measurement window.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telegram.ext import Application

LAG_INTERVAL = 0.02  # seconds between wake-ups: 50 samples a second


class LagMonitor:
    """Sleeps `interval` in a loop and records how much later than asked each wake-up came."""

    def __init__(self, interval: float = LAG_INTERVAL) -> None:
        self.interval = interval
        self.samples: list[tuple[float, float]] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        clock = time.monotonic
        while True:
            before = clock()
            await asyncio.sleep(self.interval)
            now = clock()
            self.samples.append((now, max(0.0, now - before - self.interval)))

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def with_lag_monitor(application: Application, monitor: LagMonitor) -> None:
    """Start the monitor after the bot's own post_init, stop it before its post_shutdown."""
    init, shutdown = application.post_init, application.post_shutdown

    async def post_init(app: Application) -> None:
        if init is not None:
            await init(app)
        monitor.start()

    async def post_shutdown(app: Application) -> None:
        await monitor.stop()
        if shutdown is not None:
            await shutdown(app)

    application.post_init = post_init
    application.post_shutdown = post_shutdown


def main() -> int:
    # Imported here, not at module level: spawn workers re-import the parent's __main__ module
    # (as __mp_main__) unless it is a package's __main__, so module-level imports of the bot
    # would load PTB, SQLAlchemy and all handlers into every worker (+37 MB each), which
    # `python -m bot` and `gistbot run` do not do.
    from telegram import Update

    from bot.app import build_application, configure_logging
    from config.settings import load_settings

    lag_file = Path(sys.argv[1])
    settings = load_settings()
    configure_logging(settings, settings.token)
    application = build_application(settings)
    monitor = LagMonitor()
    with_lag_monitor(application, monitor)
    application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=10)
    lag_file.write_text(json.dumps({"interval": monitor.interval, "samples": monitor.samples}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
