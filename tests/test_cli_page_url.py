"""`gistbot summarize FILE --url URL`: a saved page read as if fetched from its own address.

A page saved without its address (relative links, no canonical with a host) gives the title
rules no host name, so the site's name stays the title; with `--url` the file is extracted as
the bot extracts the page at that link: same title, relative canonical resolved, the link as
the article's URL.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from bot.cli import main
from summarizer.models import Page
from summarizer.web.extract import extract_article

URL = "https://www.quaysidepost.example/news/night-market"
HEADLINE = "Night market returns to the old fish quay"
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quayside Post Online</title>
<link rel="canonical" href="/news/night-market"></head>
<body><div class="nav"><a href="/">Home</a> <a href="/news/">News</a></div>
<p><b>{HEADLINE}</b></p>
<p>The night market that filled the old fish quay every Friday before the pandemic will return
in June, the harbour trust said on Tuesday, with forty stalls and a stage for local bands.</p>
<p>Traders will pay a smaller fee than before, because the trust wants cooks who are starting
out to be able to afford a pitch beside the established cafes and bakeries.</p>
<p>The quay was resurfaced last winter, and new lights were hung along the sea wall so that
visitors can find their way back to the car park after dark without a torch.</p>
</body></html>
"""


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("SUMMARY_", "MAX_TEXT", "FETCH_")):
            monkeypatch.delenv(name)


def summarize_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    code = main(["summarize", *argv, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_a_saved_page_with_its_url_reads_as_the_page_at_that_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "market.html"
    source.write_text(PAGE, encoding="utf-8")
    at_link = extract_article(Page(URL, URL, 200, "text/html", PAGE.encode(), "utf-8", {}))
    without = summarize_json([str(source)], capsys)
    with_url = summarize_json([str(source), "--url", URL], capsys)
    assert at_link.title == HEADLINE
    assert without["title"] == "Quayside Post Online"  # no host name: the site's name stays
    assert with_url["title"] == at_link.title
    assert with_url["url"] == URL
    assert with_url["canonical_url"] == URL  # "/news/night-market" resolved against --url
    assert with_url["summary"] == without["summary"]


def test_stdin_takes_url_too(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    result = summarize_json(["-", "--url", URL], capsys)
    assert result["title"] == HEADLINE and result["url"] == URL


def test_url_with_a_link_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", URL, "--url", URL]) == 2
    assert "--url is for a saved page" in capsys.readouterr().err


@pytest.mark.parametrize("url", ["ftp://www.quaysidepost.example/x", "quaysidepost", "https://"])
def test_url_must_be_an_http_address(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["summarize", "market.html", "--url", url])
    assert stop.value.code == 2
    assert "not an http(s) address" in capsys.readouterr().err
