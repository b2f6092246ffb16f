"""`gistbot summarize FILE` on a saved web page reads it as the bot reads the same page at its
link: no refusal as "not prose" for a page whose first bytes do not look like HTML, no garbled
letters from a stale charset label, and the same title where the site's name is the page's
`<title>` (the host-name rules need an address: the page's own, or the site its links go to).
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
from summarizer.web.decode import local_sniff
from summarizer.web.extract import extract_article, local_article

URL = "https://www.quaysidepost.example/news/night-market"
SITE_LINKS = """<div class="nav"><a href="https://www.quaysidepost.example/">Home</a>
<a href="https://www.quaysidepost.example/news/">News</a>
<a href="https://www.quaysidepost.example/sport/">Sport</a></div>"""
BODY = """<p><b>Night market returns to the old fish quay</b></p>
<p>The night market that filled the old fish quay every Friday before the pandemic will return
in June, the harbour trust said on Tuesday, with forty stalls and a stage for local bands.</p>
<p>Traders will pay a smaller fee than before, because the trust wants cooks who are starting
out to be able to afford a pitch beside the established caf\u00e9s and bakeries.</p>
<p>The quay was resurfaced last winter, and new lights were hung along the sea wall so that
visitors can find their way back to the car park after dark without a torch.</p>
<p>Residents of the flats above the quay asked for the music to stop at ten, and the trust has
agreed, although the stalls may stay open until eleven on the last Friday of each month.</p>"""
HEADLINE = "Night market returns to the old fish quay"


def saved_page(opening: str = '<!DOCTYPE html>\n<html lang="en">', head: str = "") -> str:
    """The page as a browser or a crawler saved it: `opening` is what comes before `<head>`."""
    return (
        f'{opening}\n<head><meta charset="iso-8859-1"><title>Quayside Post Online</title>'
        f"{head}</head>\n<body>\n{SITE_LINKS}\n{BODY}\n</body></html>\n"
    )


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


# Openings seen on saved pages: a doctype cut short, a section comment and a script before
# `<html>`, a damaged byte-order mark left as "?", a stylesheet link before `<html>`.
OPENINGS = {
    "broken doctype": "<!DOCTYPE htm\n<html>",
    "comment then script": "<!--section:news--->\n<script>var section = 'news';</script>\n<html>",
    "damaged mark": "?\n<!DOCTYPE html>\n<html>",
    "stylesheet first": '\t<link href="/site.css" rel="stylesheet" type="text/css" />\n<html>',
}


@pytest.mark.parametrize("opening", OPENINGS.values(), ids=OPENINGS.keys())
def test_a_saved_page_is_a_page_however_it_opens(
    opening: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = saved_page(opening).encode("utf-8")
    source = tmp_path / "market.html"
    source.write_bytes(data)
    from_file = summarize_json([str(source)], capsys)
    assert "<" not in from_file["summary"] and "night market" in from_file["summary"]
    unnamed = tmp_path / "market"  # no suffix to go by: the markup itself says HTML
    unnamed.write_bytes(data)
    assert summarize_json([str(unnamed)], capsys)["summary"] == from_file["summary"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert summarize_json(["-"], capsys)["summary"] == from_file["summary"]


def test_the_file_s_name_or_its_markup_says_html_a_note_about_tags_is_text() -> None:
    page = saved_page("<!DOCTYPE htm\n<html>").encode()
    assert local_sniff(page, "market.htm").kind == "html"
    assert local_sniff(b"Notes on the <b> tag.\n\nBold text.", "notes.html").kind == "html"
    assert local_sniff(b"Notes on the <b> tag.\n\nBold text.", "notes.txt").kind == "text"
    assert local_sniff(b"Notes on the <b> tag and the <i> tag.\n", "-").kind == "text"
    assert local_sniff(b"%PDF-1.4\n", "paper.pdf").kind == "pdf"


def test_utf8_bytes_under_a_latin1_label_are_read_as_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The page says iso-8859-1 but was saved as UTF-8: "cafés", not "cafÃ©s"."""
    source = tmp_path / "market.html"
    source.write_bytes(saved_page().encode("utf-8"))
    article = local_article(source.read_bytes(), str(source))
    assert article is not None and "cafés" in article.text and "Ã" not in article.text
    latin1 = saved_page().encode("cp1252")  # the label is true: still Windows-1252
    article = local_article(latin1, str(source))
    assert article is not None and "cafés" in article.text


@pytest.mark.parametrize("head", ["", f'<link rel="canonical" href="{URL}">'])
def test_a_saved_page_gets_the_title_its_link_gets(head: str, tmp_path: Path) -> None:
    """The `<title>` is only the site's name, known as one by the host name: the file uses the
    page's own address (canonical link) or, without one, the site its links go to."""
    data = saved_page(head=head).encode("utf-8")
    at_link = extract_article(Page(URL, URL, 200, "text/html", data, "utf-8", {}))
    source = tmp_path / "market.html"
    source.write_bytes(data)
    from_file = local_article(data, str(source))
    assert at_link.title == HEADLINE
    assert from_file is not None and from_file.title == at_link.title
    assert from_file.text == at_link.text
    assert from_file.url == source.resolve().as_uri()
    assert from_file.canonical_url == (URL if head else None)
