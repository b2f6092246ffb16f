"""Run a snippet in a fresh interpreter: for checks about what a process imports or loads."""

from __future__ import annotations

import subprocess
import sys


def run_python(code: str, timeout: float = 120) -> str:
    """stdout of `python -c code` (stripped); the child must exit cleanly."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
