"""The whole pipeline runs with no network and no NLTK data (a fresh machine, offline)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from summarizer.summary.algorithms import ALGORITHMS
from tests.child import run_python

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter: every way out to the network raises, and NLTK data lookups fail
# loudly instead of finding a copy somebody downloaded once.
PRELUDE = r"""
import socket

def _no_network(*args, **kwargs):
    raise OSError("network disabled in this test")

socket.socket.connect = _no_network
socket.socket.connect_ex = _no_network
socket.create_connection = _no_network
socket.getaddrinfo = _no_network

import nltk.data

def _no_nltk_data(*args, **kwargs):
    raise LookupError("NLTK data disabled in this test")

nltk.data.find = _no_nltk_data
nltk.data.load = _no_nltk_data
"""

SCRIPT = r"""
import json, sys
from pathlib import Path
from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist
from summarizer.summary.algorithms import ALGORITHMS

out = {}
for name in ("examples/harbour-bridge.txt", "tests/texts/ru.txt", "tests/texts/pt.txt"):
    gist = make_gist(Path(name).read_text("utf-8"))
    out[name] = [gist.summary.language, gist.summary.text, gist.article.title]
for algorithm in ALGORITHMS:
    gist = make_gist(Path("tests/texts/de.txt").read_text("utf-8"),
                     GistOptions(summary=SummaryOptions(algorithm=algorithm, sentences=2)))
    out[algorithm] = len(gist.summary.sentences)
print(json.dumps(out))
"""


def test_pipeline_runs_offline_without_nltk_data(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path), "NO_PROXY": "*"}
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    language, text, title = out["examples/harbour-bridge.txt"]
    assert language == "en"
    assert title == "Harbour bridge reopens after two-year repair"
    assert "Northgate harbour bridge" in text
    assert out["tests/texts/ru.txt"][0] == "ru" and out["tests/texts/ru.txt"][1]
    assert out["tests/texts/pt.txt"][0] == "pt" and out["tests/texts/pt.txt"][1]
    assert all(out[name] == 2 for name in ALGORITHMS)


# What a summary imports: NLTK (~0.2 s and ~60 MB per process) only where a stock sumy stemmer
# is really used, and sumy's summarizer classes only for the algorithms built on them.
IMPORTS = r"""
import sys
from pathlib import Path
from bot.work import warm_up
from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist

def held():
    return [name for name in ("nltk", "sumy.summarizers") if name in sys.modules]

warm_up()
print(held())
make_gist(Path("examples/harbour-bridge.txt").read_text("utf-8"))
make_gist(Path("tests/texts/en.txt").read_text("utf-8"))
print(held())
make_gist("The ministers met again. " * 3 + "A realization came late in sensationally long talks.")
print(held())
make_gist(Path("tests/texts/de.txt").read_text("utf-8"))
print(held())
make_gist(Path("tests/texts/en.txt").read_text("utf-8"),
          GistOptions(summary=SummaryOptions(algorithm="lexrank")))
print(held())
"""


def test_english_summaries_import_nltk_only_for_the_words_that_need_it() -> None:
    lines = run_python(IMPORTS).splitlines()
    assert lines == [
        "[]",  # a warmed pool worker
        "[]",  # English news with the default algorithm: every word stemmed in C
        "['nltk']",  # words whose stem only NLTK gives
        "['nltk']",  # German: NLTK's Snowball is the stemmer
        "['nltk', 'sumy.summarizers']",  # an algorithm built on sumy's classes
    ]


def test_prelude_really_blocks_the_network(tmp_path: Path) -> None:
    probe = (
        "import socket\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9))\n"
        "except OSError as e:\n    print(e)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + probe], capture_output=True, text=True, timeout=60
    )
    assert "network disabled" in result.stdout
