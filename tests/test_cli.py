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
    title = SEED.read_text("utf-8").splitlines()[2]  # the headline under the breadcrumb
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
        assert set(quote) == {"text", "speaker", "score", "lead"}


def test_html_format_escapes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "tags.txt"
    # An unclosed tag is kept as written (a closed pair is page markup, dropped since session
    # 23: summarizer.text.markup_tags), so it reaches the reply and must be escaped there.
    source.write_text(
        "Shop <b>sale ends early\n\n"
        "The corner shop ended its <b>summer sale on Friday after selling out of fans. "
        "The owner said demand was higher than in any year before.",
        "utf-8",
    )
    code, out, err = run(["summarize", str(source), "--format", "html"], capsys)
    assert code == 0, err
    assert "&lt;b&gt;summer" in out or "&lt;b&gt;sale" in out
    assert "<b>summer" not in out and "<b>sale" not in out


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


# -- inputs that are not plain text ------------------------------------------------------------

ALLOTMENT_PAGE = """<!doctype html>
<html lang="en"><head><title>Allotment waiting list halved | Valley Gazette</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Allotment waiting list halved after the council opens two new sites</h1>
<p>The waiting list for an allotment in the valley has fallen by half since the council opened
two new sites beside the railway line in the spring.</p>
<p>Four hundred people were waiting for a plot at the start of the year, some of them for more
than six years, and the list now holds just under two hundred names.</p>
<p>The new sites were once a coal yard and a car park, and volunteers spent the winter carting
in topsoil and building raised beds for gardeners who cannot kneel.</p>
<p>Plot holders pay forty pounds a year, which covers water, a shared shed and a skip for the
rubbish that the old sites used to burn on bonfires every autumn.</p>
<p>The council says it will look for a third site next year if the list grows again, but warns
that land near the town centre has become too expensive to set aside for vegetables.</p>
</article>
<footer>Copyright Valley Gazette. All rights reserved.</footer>
</body></html>
"""


def test_an_html_file_is_extracted_like_a_fetched_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "allotments.html"
    source.write_text(ALLOTMENT_PAGE, "utf-8")
    code, out, err = run(["summarize", str(source), "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["title"] == "Allotment waiting list halved after the council opens two new sites"
    assert data["url"] == source.resolve().as_uri()
    assert "waiting list for an allotment" in data["summary"]
    assert "<" not in data["summary"] and "Copyright" not in data["summary"]


def test_html_on_stdin_is_extracted_like_a_fetched_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"\xef\xbb\xbf\n  " + ALLOTMENT_PAGE.encode("utf-8")  # a BOM and blank space first
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(["summarize", "-"], capsys)
    assert code == 0, err
    assert out.startswith("Allotment waiting list halved after the council opens two new sites\n")
    assert "<p>" not in out and "Home News Sport" not in out


def test_a_pdf_file_is_extracted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.pages import make_pdf

    lines = [
        "The ferry to the island will run every hour from May, twice as often as it does now,",
        "because a second boat has been bought from a company in the north.",
        "The old boat will be kept as a spare for the winter storms, when one of the two",
        "is often in the yard for repairs after a rough crossing.",
        "Islanders have asked for a later last sailing for years, and the timetable now",
        "has a boat back from the mainland at eleven at night on Fridays and Saturdays.",
    ]
    source = tmp_path / "ferry.pdf"
    source.write_bytes(make_pdf(["More ferries to the island from May", "", *lines]))
    code, out, err = run(["summarize", str(source), "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["title"] == "More ferries to the island from May"
    assert "second boat" in data["summary"] or "later last sailing" in data["summary"]


def test_a_text_file_that_mentions_tags_is_read_as_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    text = (ROOT / "examples" / "harbour-bridge.txt").read_text("utf-8")
    source.write_text("<b> is how the old site marked bold type.\n\n" + text, "utf-8")
    code, out, err = run(["summarize", str(source)], capsys)
    assert code == 0, err
    assert out.strip()


def test_an_upper_case_link_is_fetched(
    http_server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.route("/night-buses", body=PAGE)
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE_NETWORKS", "true")
    link = http_server.url("/night-buses").replace("http://", "HTTP://")
    code, out, err = run(["summarize", link, "-f", "json"], capsys)
    assert code == 0, err
    assert "Night buses return to the valley" in json.loads(out)["title"]


@pytest.mark.parametrize("link", ["ftp://example.org/story.txt", "file:///etc/hostname"])
def test_other_link_schemes_are_refused_in_one_line(
    link: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["summarize", link], capsys)
    assert code == 1 and out == ""
    scheme = link.split(":")[0]
    assert err == f"gistbot: Only http and https links can be summarized, not {scheme}:.\n"


@pytest.mark.parametrize("language", ["klingon", "xx", "e1"])
def test_an_unknown_language_is_a_usage_error(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["summarize", str(EXAMPLE), "--language", language])
    assert exit_.value.code == 2
    assert f"unknown language '{language}'" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["pt-BR", "PT", "portuguese", "por"])
def test_language_codes_and_names_are_accepted(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["summarize", str(EXAMPLE), "-f", "json", "-l", language], capsys)
    assert code == 0, err
    assert json.loads(out)["language"] == "pt"


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`gistbot summarize FILE | head -1`: head exits after its line; no "Broken pipe" error."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMARY_")}
    big = tmp_path / "long.txt"
    big.write_text((ROOT / "examples" / "harbour-bridge.txt").read_text("utf-8"), "utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "summarize", str(big), "-f", "json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # `head` gone before the summary is written: every write fails
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    assert err == ""


CHINESE = """港口在周一开放了新的码头。工程花了三年时间，港务长说。现在大约两百艘船可以停靠在那里。

镇上为这项工程支付了四百万元。渔民们欢迎这一变化，他们说冬天的风暴以后不再那么可怕了。

渡轮将继续使用旧码头。港务长说，新码头还会吸引更多游客。

市政府表示，明年还会在港口旁边修建一个小公园。公园里会有长椅和一个儿童游乐场。
"""
JAPANESE = """港の新しい桟橋が月曜日に開かれた。工事には三年かかったと港長は話した。

町はこの工事に四百万円を支払った。「冬の嵐ももう怖くない。」漁師たちはこの変化を歓迎している。

古い桟橋は来年の春に修理される予定だ。フェリーはこれからも古い桟橋を使う。
"""


@pytest.mark.parametrize(("text", "language"), [(CHINESE, "zh"), (JAPANESE, "ja")])
def test_chinese_and_japanese_summaries_have_no_title_and_no_spaces_between_sentences(
    text: str, language: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text(text, "utf-8")
    code, out, err = run(["summarize", str(source), "-n", "3", "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["language"] == language and data["title"] is None
    assert len(data["sentences"]) == 3
    assert data["summary"] == "".join(s["text"] for s in data["sentences"])
    code, out, err = run(["summarize", str(source), "-n", "3"], capsys)
    first = out.splitlines()[0]
    assert first == data["summary"]  # no title line above the summary, no ASCII space in it
    assert " " not in first


def test_sentences_in_other_scripts_are_joined_with_a_space(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["summarize", str(EXAMPLE), "-n", "2", "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["summary"] == " ".join(s["text"] for s in data["sentences"])


def test_a_cp1252_french_file_is_not_garbled(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        "Le port a ouvert lundi une nouvelle jetée après trois ans de travaux. "
        "Environ deux cents bateaux peuvent désormais s’y amarrer, deux fois plus qu’avant.\n\n"
        "La commune a payé quatre millions d’euros pour l’ouvrage. Les pêcheurs saluent ce "
        "changement : les tempêtes d’hiver leur font moins peur.\n\n"
        "Les ferries continueront d’utiliser l’ancien quai, qui sera réparé au printemps.\n"
    )
    source = tmp_path / "jetee.txt"
    source.write_bytes(text.encode("cp1252"))
    code, out, err = run(["summarize", str(source), "-n", "3", "-f", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["language"] == "fr"
    assert "jetée" in data["summary"] and "pêcheurs" in data["summary"]
