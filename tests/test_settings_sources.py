"""Where a setting comes from: keyword arguments, then the environment, then `.env`, then the
default; names match in any case, and other names are ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from config.settings import Settings, SettingsError, load_settings
from tests.child import run_python


@pytest.fixture
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)
    return tmp_path


def test_env_file_then_environment_then_arguments(
    clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (clean / ".env").write_text(
        "# harbour bot\nSUMMARY_QUOTES=5\nexport log_level='DEBUG'\nSUMMARY_FIGURES=2 # two\n"
        "DATABASE_URL=sqlite:///${DATA_ROOT}/bot.db\nNOT_A_SETTING=1\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DATA_ROOT", "/srv/harbour")
    settings = load_settings()
    assert (settings.summary_quotes, settings.log_level, settings.summary_figures) == (
        5,
        "DEBUG",
        2,
    )
    assert settings.database_url == "sqlite:////srv/harbour/bot.db"
    monkeypatch.setenv("summary_quotes", "1")  # any case
    assert load_settings().summary_quotes == 1
    assert load_settings(summary_quotes=0).summary_quotes == 0
    assert Settings(_env_file=None).log_level == "INFO"  # type: ignore[call-arg]


def test_values_are_validated_from_text(clean: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE_NETWORKS", "yes")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot/")
    settings = load_settings()
    assert settings.fetch_allow_private_networks is True
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081/bot"
    monkeypatch.setenv("WEBHOOK_PORT", "0")
    with pytest.raises(SettingsError, match=r"^Invalid setting WEBHOOK_PORT: "):
        load_settings()


def test_loading_settings_imports_no_pydantic_settings() -> None:
    code = "import sys\nfrom config.settings import load_settings\nload_settings()\n" + (
        "print('pydantic_settings' in sys.modules)"
    )
    assert run_python(code) == "False"
