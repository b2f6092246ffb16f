"""The `gistbot` command: summarize files and stdin, formats, and one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-bridge.txt"
SEED = ROOT.parent / "shared" / "seed" / "article-putin-rouhani.txt"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No developer .env or SUMMARY_* variables leak into these runs."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("SUMMARY_", "MAX_TEXT", "FETCH_")):
            monkeypatch.delenv(name)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_readme_quick_start(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["summarize", str(EXAMPLE)], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Harbour bridge reopens after two-year repair"
    assert out.count("Harbour bridge reopens after two-year repair") == 1
    assert "Northgate harbour bridge reopened" in out
    for junk in (
        "Home >",
        "Share this article",
        "Facebook",
        "You may also like",
        "City council approves",
        "parking rules",
    ):
        assert junk not in out


@pytest.mark.skipif(not SEED.exists(), reason="shared seed folder absent")
def test_seed_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["summarize", str(SEED)], capsys)
    assert code == 0, err
    title = "Iran good neighbour, reliable partner: Putin"
    assert out.splitlines()[0] == title
    assert out.count(title) == 1
    assert "Home >" not in out and "Globe" not in out
    assert "You may also like" not in out
    for related in (
        "Poor US leadership",
        "Syrian national dialogue",
        "military ties",
        "contrary to international law",
    ):
        assert related not in out
    summary = out.split("\n\n")[1]
    assert "Putin" in summary


def test_sections_and_footer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["summarize", str(EXAMPLE), "--sentences", "2", "-a", "lexrank"], capsys)
    assert code == 0
    assert "2 of 14 sentences" in out
    assert "(lexrank, en)" in out
    blocks = out.split("\n\n")
    assert blocks[0] == "Harbour bridge reopens after two-year repair"
    headings = [b.splitlines()[0] for b in blocks[2:-1]]
    assert set(headings) <= {"Key quotes", "Key figures"}


def test_json_format_is_stable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["summarize", str(EXAMPLE), "--format", "json", "--ratio", "0.5"], capsys)
    assert code == 0
    data = json.loads(out)
    assert list(data) == [
        "title",
        "url",
        "canonical_url",
        "author",
        "published",
        "site_name",
        "language",
        "stemmed",
        "algorithm",
        "summary",
        "sentences",
        "quotes",
        "figures",
        "stats",
    ]
    assert data["title"] == "Harbour bridge reopens after two-year repair"
    assert data["stats"]["sentences_in"] == 14
    assert len(data["sentences"]) == data["stats"]["sentences_out"] == 7
    assert data["summary"] == " ".join(s["text"] for s in data["sentences"])
    for quote in data["quotes"]:
        assert set(quote) == {"text", "speaker", "score"}


def test_html_format_escapes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "tags.txt"
    source.write_text(
        "Shop <b>sale</b> ends early\n\n"
        "The corner shop ended its <b>summer</b> sale on Friday after selling out of fans. "
        "The owner said demand was higher than in any year before.",
        "utf-8",
    )
    code, out, err = run(["summarize", str(source), "--format", "html"], capsys)
    assert code == 0, err
    assert "&lt;b&gt;summer&lt;/b&gt;" in out or "&lt;b&gt;sale&lt;/b&gt;" in out


def test_language_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["summarize", str(EXAMPLE), "-f", "json", "--language", "de"], capsys)
    assert code == 0
    assert json.loads(out)["language"] == "de"


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "tests" / "texts" / "ru.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code, out, _ = run(["summarize", "-", "-f", "json"], capsys)
    assert code == 0
    assert json.loads(out)["language"] == "ru"


def test_non_utf8_file_is_decoded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "cp1251.txt"
    source.write_bytes((ROOT / "tests" / "texts" / "ru.txt").read_text("utf-8").encode("cp1251"))
    code, out, err = run(["summarize", str(source)], capsys)
    assert code == 0, err
    assert "мост" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", "does not look like prose"),
        ("", "no article text"),
        ("Advertisement\n\nShare this article", "no article text"),
    ],
)
def test_bad_text_is_one_line_on_stderr(
    content: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.txt"
    source.write_text(content, "utf-8")
    code, out, err = run(["summarize", str(source)], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["summarize", "no-such-file.txt"], capsys)
    assert code == 1
    assert err == "gistbot: no such file: no-such-file.txt\n"


def test_bad_settings_are_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARY_MAX_SENTENCES", "zero")
    code, _, err = run(["summarize", str(EXAMPLE)], capsys)
    assert code == 2
    assert err.startswith("gistbot: Invalid setting SUMMARY_MAX_SENTENCES")


def test_too_long_text_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAX_TEXT_CHARS", "100")
    code, _, err = run(["summarize", str(EXAMPLE)], capsys)
    assert code == 1
    assert "too long" in err


@pytest.mark.parametrize(
    "argv", [["summarize", "x", "--ratio", "2"], ["summarize", "x", "-a", "nope"]]
)
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_run_without_token_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code, _, err = run(["run"], capsys)
    assert code == 2
    assert err == "gistbot: TELEGRAM_BOT_TOKEN is not set (see .env.example).\n"


def test_console_script_has_no_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMARY_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "summarize", str(tmp_path / "missing.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("gistbot: no such file")


PAGE = (ROOT / "tests" / "texts" / "night-buses.html").read_text("utf-8")


def test_url_is_fetched_and_summarized(
    http_server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.route("/night-buses", body=PAGE)
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE_NETWORKS", "true")
    code, out, err = run(["summarize", http_server.url("/night-buses"), "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert "Night buses return to the valley" in data["title"]
    assert data["url"]
    assert "Night buses will run again" in data["summary"]
    assert "tram" not in data["summary"]


def test_private_url_is_refused_in_one_line(
    http_server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.route("/night-buses", body=PAGE)
    monkeypatch.delenv("FETCH_ALLOW_PRIVATE_NETWORKS", raising=False)
    code, out, err = run(["summarize", http_server.url("/night-buses")], capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("gistbot: ") and err.count("\n") == 1
    assert "private or local" in err


# What pip writes for `gistbot = "bot.cli:main"`, plus a probe: a worker of the bot's process pool,
# spawned from this script, reports which heavy modules it holds (spawn re-imports the script).
CONSOLE_SCRIPT = """\
import re
import sys
from bot.cli import main


def held():
    heavy = ("pydantic", "pydantic_settings", "config.settings", "telegram", "sqlalchemy")
    return " ".join(name for name in heavy if name in sys.modules) or "none"


if __name__ == '__main__':
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        print(pool.submit(held).result())
"""


def test_workers_spawned_by_the_console_script_load_no_settings_or_telegram(
    tmp_path: Path,
) -> None:
    # Each would cost every worker memory for nothing (the settings, i.e. pydantic: ~9 MB).
    script = tmp_path / "gistbot"
    script.write_text(CONSOLE_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


def test_help_imports_no_summarizer_nltk_or_settings() -> None:
    # `gistbot summarize --help` pays only for argparse: sumy's summarizers bring all of NLTK
    # (~0.2 s, ~60 MB) and the settings bring pydantic.
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot.cli", "summarize", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "--algorithm" in result.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "argparse" in imported and "summarizer.summary.algorithms" in imported
    heavy = {"nltk", "sumy.summarizers", "pydantic", "pydantic_settings", "config.settings"}
    assert heavy.isdisjoint(imported)
