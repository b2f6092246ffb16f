"""A page's own damage undone before anything reads it: mojibake (text.mojibake), doubled marks."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.mojibake import fix_mojibake

BROKEN = (
    "The weather officeâ€™s top story of the year was the ice storm, which cost the town "
    "Â£5 million and closed the harbourâ€”for a week."
)


def test_utf8_read_as_windows_1252_is_undone() -> None:
    assert fix_mojibake(BROKEN) == (
        "The weather office’s top story of the year was the ice storm, which cost the town "
        "£5 million and closed the harbour—for a week."
    )


def test_text_that_only_looks_odd_is_left_alone() -> None:
    for text in ("SÃO PAULO — a cidade de São Paulo", "naïve café déjà vu", "Привет, мир"):
        assert fix_mojibake(text) == text


def test_cleanup_repairs_the_title_and_the_text() -> None:
    body = "\n\n".join([BROKEN, "Crews worked through the night to clear the roads.", BROKEN])
    article = clean_article(Article(text=body, title="Ice stormâ€™s bill"))
    assert article.title == "Ice storm’s bill"
    assert "â€" not in article.text and "office’s" in article.text
    pasted = clean_text("Ice stormâ€™s bill\n\n" + body)
    assert "â€" not in pasted.text


def test_two_typographic_apostrophes_become_one_double_mark() -> None:
    body = (
        "‘‘We played the best football we have played all season,’’ the coach said after the "
        "game on Sunday.\n\nThe team travels to the coast next week for the final."
    )
    article = clean_article(Article(text=body, title="Coach pleased"))
    assert article.text.startswith("“We played the best football")
    assert "all season,” the coach said" in article.text
    assert "’’" not in article.text and "‘‘" not in article.text
