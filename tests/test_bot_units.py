"""The bot's pure parts: rendering, catalogs, rate limit, token redaction, stored rows."""

from __future__ import annotations

import asyncio
import dataclasses
import html
import logging
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import RedactFilter, file_url
from bot.chat.render import render_gist_html, render_gist_text, telegram_length
from bot.i18n import CATALOGS, error_message, pick_language, t
from bot.messages import en, ru
from bot.storage import chats
from summarizer.models import Article, Figure, Gist, GistOptions, Quote, ScoredSentence, Summary
from tests.databases import migrated_database
from tests.fake_telegram import TOKEN, EntityError, FakeTelegram, parse_html

ROOT = Path(__file__).resolve().parents[1]


def make_gist(
    *,
    title: str = "A title",
    sentences: list[str] | None = None,
    quotes: list[tuple[str, str | None]] = (),
    figures: list[tuple[str, str]] = (),
    url: str | None = "https://example.org/a",
) -> Gist:
    sentences = sentences or ["One sentence here.", "Another one follows."]
    n = len(sentences)
    scored = tuple(ScoredSentence(s, i, round(1 - i / (n + 1), 3)) for i, s in enumerate(sentences))
    words = sum(len(s.split()) for s in sentences)
    summary = Summary(
        title=title,
        sentences=scored,
        language="en",
        stemmed=True,
        algorithm="default",
        words_in=words * 5,
        words_out=words,
        sentences_in=n * 5,
    )
    return Gist(
        article=Article(text="\n\n".join(sentences), title=title, url=url),
        summary=summary,
        quotes=tuple(Quote(q, s, score=1 / (i + 1)) for i, (q, s) in enumerate(quotes)),
        figures=tuple(Figure(f, c, score=1 / (i + 1)) for i, (f, c) in enumerate(figures)),
    )


# -- rendering -----------------------------------------------------------------------------------


def test_hostile_text_everywhere_is_escaped_and_parses_like_telegram():
    evil = '<b>Tom & Jerry</script> <a href="x">'
    gist = make_gist(
        title=evil,
        sentences=[f"{evil} said & did <i>things</i>."],
        quotes=[(f"{evil} quoted", f"{evil} person")],
        figures=[(f"{evil} 5%", f"{evil} context")],
        url='https://example.org/?a=1&b="2"',
    )
    out = render_gist_html(gist)
    visible = parse_html(out)  # raises like Telegram would on broken markup
    assert visible.count(evil) == 6  # title, sentence, quote, speaker, figure, context
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in out


def test_non_http_urls_are_not_linked():
    out = render_gist_html(make_gist(url="javascript:alert(1)"))
    assert "<a " not in out and out.startswith("<b>A title</b>")


def test_sections_and_footer():
    gist = make_gist(quotes=[("We will", "Ann Lee"), ("No name", None)], figures=[("5 km", "road")])
    visible = parse_html(render_gist_html(gist))
    assert visible.split("\n\n") == [
        "A title",
        "One sentence here. Another one follows.",
        "Key quotes\n• “We will” — Ann Lee\n• “No name”",
        "Key figures\n• 5 km — road",
        "English · <1 min of reading saved · 80% shorter",
    ]
    assert render_gist_text(gist).split("\n\n")[0] == "A title\nhttps://example.org/a"


def test_russian_interface():
    visible = parse_html(render_gist_html(make_gist(quotes=[("Да", "Иван")]), "ru"))
    assert "Ключевые цитаты" in visible and "Английский · сэкономлено" in visible


def _big_gist(n: int = 40) -> Gist:
    sentences = [f"Sentence number {i} " + "with many words " * 20 + "." for i in range(n)]
    quotes = [(f"quote {i} " + "said loudly " * 20, f"Speaker {i}") for i in range(3)]
    figures = [(f"{i} tonnes", "of cargo " * 10) for i in range(4)]
    return make_gist(sentences=sentences, quotes=quotes, figures=figures)


def test_long_gists_fit_by_dropping_lowest_ranked_items_whole():
    gist = _big_gist()
    out = render_gist_html(gist)
    assert len(out) <= 4096
    visible = parse_html(out)
    kept = [i for i in range(40) if f"Sentence number {i} " in visible]
    # scores fall with the index, so the survivors are the best-ranked, and at least three
    assert len(kept) >= 3 and kept == list(range(len(kept)))
    assert "Key quotes" in visible  # extras are thinned, not all dropped, before sentences go
    assert visible.endswith("shorter")
    assert len(render_gist_text(gist)) <= 4096


def test_limit_counts_utf16_units():
    gist = make_gist(sentences=["😀" * 300 + f" emoji line {i}." for i in range(20)])
    out = render_gist_html(gist, limit=2000)
    assert telegram_length(out) <= 2000 < len(out) * 2
    parse_html(out)


def test_one_giant_sentence_is_clipped_not_cut_mid_tag():
    gist = make_gist(sentences=["word " * 3000 + "end."], title="T" * 1000)
    out = render_gist_html(gist)
    assert len(out) <= 4096
    parse_html(out)
    assert "…" in out


def test_fake_parser_rejects_what_telegram_rejects():
    for bad in ("<b>x", "a & b", "<script>x</script>", "<b><i>x</b></i>", "1 < 2"):
        with pytest.raises(EntityError):
            parse_html(bad)


# -- catalogs ------------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogs_have_the_same_keys_and_placeholders():
    assert set(en.MESSAGES) == set(ru.MESSAGES)
    for key, text in en.MESSAGES.items():
        assert _fields(text) == _fields(ru.MESSAGES[key]), key
    for catalog in CATALOGS.values():
        for text in catalog.values():
            filled = text.format(**dict.fromkeys(_fields(text), "1"))
            parse_html(filled)  # every entry is valid Telegram HTML


def test_every_error_code_has_a_message():
    import summarizer.errors as errors

    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.GistError)
    }
    missing = [code for code in codes if f"error.{code}" not in en.MESSAGES]
    assert not missing
    assert error_message("en", errors.HTTPStatusError(404)) == (
        "The page does not exist (HTTP 404)."
    )
    assert error_message("ru", errors.FetchTimeoutError()) == "Сайт слишком долго не отвечал."


def test_language_choice_and_escaping():
    assert pick_language("ru", "en") == "ru"
    assert pick_language("auto", "ru-RU") == "ru"
    assert pick_language("auto", "fr") == "en"
    assert pick_language(None, None) == "en"
    assert t("en", "error_for_link", url="https://x/?a=<b>", reason="r") == (
        "https://x/?a=&lt;b&gt;: r"
    )


# -- rate limit, logging, urls --------------------------------------------------------------------


def test_token_is_redacted_from_log_lines_and_tracebacks():
    # Built from parts, so no token-shaped literal sits in the repository.
    token = "123456789:" + "AAH" + "secret" * 5 + "12"
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST %s", (f"https://api/bot{token}/getMe",), None
    )
    assert RedactFilter(token).filter(record)
    assert token not in record.getMessage() and "<TOKEN>" in record.getMessage()
    try:
        raise RuntimeError(f"failed calling /bot{token}/sendMessage")
    except RuntimeError:
        exc_record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    RedactFilter(token).filter(exc_record)
    assert token not in logging.Formatter().format(exc_record)


def test_file_url_follows_base_url():
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize("token", ["", "not-a-token"])
def test_python_m_bot_without_a_good_token_prints_one_line(tmp_path, token):
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bot"], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_token_telegram_rejects_is_one_line_too(tmp_path):
    with FakeTelegram(token="999999:" + "B" * 35) as tg:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
            "PYTHONPATH": str(ROOT),
        }
        done = subprocess.run(
            [sys.executable, "-m", "bot"], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "gistbot: TELEGRAM_BOT_TOKEN was rejected by Telegram (check @BotFather)."
    )
    assert "Traceback" not in done.stderr and TOKEN not in done.stderr


# -- storage -------------------------------------------------------------------------------------


async def test_gists_round_trip_and_expire(db_url):
    db = await migrated_database(db_url)
    try:
        gist = make_gist(quotes=[("q", "s")], figures=[("1 km", "road")])
        source = chats.source_key_for_url("https://example.org/a")
        article_id = await chats.save_article(db, source, gist.article)
        key = chats.cache_key(source, GistOptions())
        assert key != chats.cache_key(source, GistOptions(quotes=0))
        await chats.cache_gist(db, key, source, article_id, gist)
        assert await chats.cached_gist(db, key, ttl=60) == (gist, article_id)
        assert await chats.cached_gist(db, key, ttl=-1) is None
        assert await chats.load_article(db, article_id) == gist.article
        assert await chats.save_article(db, source, gist.article) == article_id
        shorter = make_gist(title="Other")
        await chats.cache_gist(db, key, source, article_id, shorter)  # a refresh replaces it
        assert await chats.cached_gist(db, key, ttl=60) == (shorter, article_id)
        prefs = chats.ChatPrefs(length="short", quotes=False, language="ru")
        await chats.save_prefs(db, 42, prefs)
        assert await chats.load_prefs(db, 42) == prefs
        assert await chats.load_prefs(db, 43) == chats.ChatPrefs()
    finally:
        await db.close()


async def test_concurrent_saves_of_one_source_share_a_row(db_url):
    # two engines on one database: two replicas storing and caching the same source at once
    replicas = [await migrated_database(db_url), await migrated_database(db_url)]
    try:
        gist = make_gist()
        source = chats.source_key_for_text("same")
        ids = await asyncio.gather(
            *(chats.save_article(replicas[i % 2], source, gist.article) for i in range(8))
        )
        assert len(set(ids)) == 1
        key = chats.cache_key(source, GistOptions())
        await asyncio.gather(
            *(chats.cache_gist(replicas[i % 2], key, source, ids[0], gist) for i in range(8))
        )
        for db in replicas:
            assert await chats.cached_gist(db, key, ttl=60) == (gist, ids[0])
    finally:
        for db in replicas:
            await db.close()


def test_rendered_text_is_escaped_exactly_once():
    out = render_gist_html(make_gist(title="Q&A"))
    assert "Q&amp;A" in out and html.unescape(out).count("Q&A") == 1


def test_a_quoted_phrase_is_shown_after_the_words_that_lead_into_it() -> None:
    gist = make_gist(quotes=[("a waste of <money>", "Ole Berg")])
    phrase = dataclasses.replace(gist.quotes[0], lead="the plans & costs were")
    gist = dataclasses.replace(gist, quotes=(phrase,))
    visible = parse_html(render_gist_html(gist))
    assert "• the plans & costs were “a waste of <money>” — Ole Berg" in visible
    restored = chats.gist_from_json(chats.gist_to_json(gist))
    assert restored.quotes[0].lead == "the plans & costs were"
    old = chats.gist_to_json(make_gist(quotes=[("Hello there", "Ole Berg")])).replace(
        ', "lead": ""', ""
    )
    assert chats.gist_from_json(old).quotes[0].lead == ""  # cached before leads existed
