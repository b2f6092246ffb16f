"""A summary is always shorter than its article: in the library, the CLI and every length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from summarizer import make_gist
from summarizer.models import Article, GistOptions, SummaryOptions
from summarizer.summary.length import is_already_short, most_sentences, target_sentences
from tests.short_articles import TEN_SENTENCES


def test_most_sentences_is_fewer_than_the_article() -> None:
    assert [most_sentences(n) for n in range(0, 7)] == [0, 1, 1, 2, 2, 3, 4]
    assert most_sentences(10) == 6
    assert all(most_sentences(n) < n for n in range(2, 500))


@pytest.mark.parametrize(
    "options",
    [
        SummaryOptions(sentences=10),
        SummaryOptions(sentences=50, max_sentences=50),
        SummaryOptions(ratio=1.0),
        SummaryOptions(ratio=0.95, max_sentences=50),
    ],
)
def test_no_ask_returns_every_sentence_of_a_ten_sentence_article(options: SummaryOptions) -> None:
    gist = make_gist(Article(text=TEN_SENTENCES), GistOptions(summary=options))
    assert gist.summary.sentences_in == 10
    assert 1 <= len(gist.summary.sentences) <= 6
    assert gist.summary.words_out < gist.summary.words_in
    assert gist.summary.reduction >= 0.25


def test_a_two_sentence_text_keeps_one() -> None:
    assert target_sentences(SummaryOptions(sentences=2), 2) == 1
    assert target_sentences(SummaryOptions(ratio=1.0), 3) == 2


def test_already_short_means_a_default_summary_would_be_all_of_it() -> None:
    assert is_already_short(3) and not is_already_short(4)


def test_cli_long_summary_of_ten_sentences_is_shorter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "library.txt"
    source.write_text(TEN_SENTENCES, encoding="utf-8")
    assert main(["summarize", str(source), "--sentences", "10", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stats"]["sentences_in"] == 10
    assert out["stats"]["sentences_out"] == 6


def _long_sentence(n: int) -> str:
    """One sentence of about 100 words, different for each n."""
    places = ("harbour", "market", "school", "station", "bridge", "library", "mill", "square")
    clauses = [
        f"the {places[(n + k) % len(places)]} committee met for the {k + 2}th time on plan {n}"
        for k in range(8)
    ]
    return "Residents said that " + ", and ".join(clauses) + "."


def test_a_summary_of_very_long_sentences_is_capped_in_words_too() -> None:
    text = "\n\n".join(_long_sentence(n) for n in range(8))
    gist = make_gist(text, GistOptions(summary=SummaryOptions(sentences=4)))
    summary = gist.summary
    assert summary.sentences_in == 8
    assert summary.words_out <= min(4 * most_words_per_sentence(), summary.words_in * 2 / 3)
    assert len(summary.sentences) == 2  # four asked, two fit: each is about 100 words
    assert summary.words_out == sum(len(s.text.split()) for s in summary.sentences)


def most_words_per_sentence() -> int:
    from summarizer.summary.length import WORDS_PER_SENTENCE

    return WORDS_PER_SENTENCE


def test_a_single_sentence_over_the_word_budget_is_still_a_summary() -> None:
    text = "\n\n".join(_long_sentence(n) for n in range(3))
    gist = make_gist(text, GistOptions(summary=SummaryOptions(sentences=1)))
    assert len(gist.summary.sentences) == 1  # the best sentence stays, whatever its length
