"""The settings object: `.env.example` shows every setting with its real default."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[1] / ".env.example"


def _example() -> dict[str, str]:
    pairs = {}
    for line in EXAMPLE.read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip().lower()] = value.strip()
    return pairs


def test_env_example_lists_every_setting() -> None:
    assert set(_example()) == set(Settings.model_fields)


def test_every_value_in_env_example_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    shown = {name: value for name, value in _example().items() if value}
    from_example = Settings(_env_file=None, **shown)  # type: ignore[call-arg]
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    for name in shown:
        assert getattr(from_example, name) == getattr(defaults, name), name
