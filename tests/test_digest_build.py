"""Digest planning: dedup, ranking, rendering and splitting under Telegram's limit."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from bot.digest.build import plan_digest
from bot.digest.plan_types import Candidate, DigestOptions
from bot.digest.render import gist_lines, short_summary
from bot.digest.setting_args import SettingError, parse_setting
from bot.digest.telegram_size import MAX_ENTITIES, MESSAGE_LIMIT, entity_count, visible_length
from summarizer.models import Article, Figure, Gist, Quote, ScoredSentence, Summary

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def cand(
    item_id: int,
    key: str | None = None,
    *,
    hours_ago: float = 1.0,
    title: str | None = None,
    feed: str = "Gazette",
    summary: str = "A short summary.",
    link: str | None = "auto",
    highlight: str | None = None,
) -> Candidate:
    key = key or f"news.example/{item_id}"
    return Candidate(
        item_id=item_id,
        dedup_key=key,
        title=title or f"Story {item_id}",
        link=f"https://{key}" if link == "auto" else link,
        feed_title=feed,
        summary=summary,
        published=NOW - timedelta(hours=hours_ago),
        first_seen=NOW - timedelta(hours=hours_ago) + timedelta(minutes=5),
        highlight=highlight,
    )


class _TagChecker(HTMLParser):
    """Fails on any tag Telegram would reject or that is left open/closed out of order."""

    allowed = frozenset({"b", "i", "a", "blockquote", "code", "pre", "u", "s"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.allowed, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(markup: str) -> str:
    checker = _TagChecker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == []
    return "".join(checker.text)


def test_nothing_new_posts_nothing_by_default() -> None:
    assert plan_digest([], NOW, DigestOptions()).messages == ()
    plan = plan_digest([], NOW, DigestOptions(notify_empty=True))
    assert len(plan.messages) == 1 and "Nothing new" in plan.messages[0].html
    assert plan.empty and plan.consumed_keys == ()


def test_same_story_in_two_feeds_appears_once_and_ranks_higher() -> None:
    items = [
        cand(1, "news.example/ferry", hours_ago=5, feed="Gazette", summary="Short."),
        cand(2, "news.example/ferry", hours_ago=4, feed="Harbour Blog", summary="Longer one."),
        cand(3, "news.example/bakery", hours_ago=1, feed="Gazette"),
    ]
    plan = plan_digest(items, NOW, DigestOptions())
    assert [s.lead.item_id for s in plan.shown] == [2, 3]
    assert plan.shown[0].item_ids == (1, 2)
    html = plan.messages[0].html
    assert html.count("news.example/ferry") == 1
    assert "Harbour Blog · Gazette" in html  # the lead item's feed first
    assert plan.consumed_keys == ("news.example/ferry", "news.example/bakery")


def test_recency_orders_equal_stories() -> None:
    items = [cand(i, hours_ago=h) for i, h in ((1, 30), (2, 2), (3, 10))]
    plan = plan_digest(items, NOW, DigestOptions())
    assert [s.lead.item_id for s in plan.shown] == [2, 3, 1]


def test_future_dates_do_not_jump_the_queue() -> None:
    liar = cand(1, hours_ago=-48)  # claims to be published two days from now
    liar = Candidate(**{**_asdict(liar), "first_seen": NOW - timedelta(hours=20)})
    fresh = cand(2, hours_ago=1)
    plan = plan_digest([liar, fresh], NOW, DigestOptions())
    assert [s.lead.item_id for s in plan.shown] == [2, 1]


def _asdict(c: Candidate) -> dict:
    return {name: getattr(c, name) for name in c.__slots__}


def test_cap_and_more_footer() -> None:
    items = [cand(i, hours_ago=i) for i in range(1, 15)]
    plan = plan_digest(items, NOW, DigestOptions(max_items=10))
    assert len(plan.shown) == 10 and len(plan.overflow) == 4
    assert plan.messages[-1].html.endswith("<i>+4 more</i>")
    assert "14 new" in plan.messages[0].html
    assert len(plan.consumed_keys) == 14


def test_everything_is_escaped() -> None:
    evil = cand(
        1,
        "evil.example/x",
        title='<script>alert("x")</script> & co',
        feed="<b>Feed</b>",
        summary="1 < 2 & 3 > 2",
        highlight="“<i>quoted</i>” — Someone",
        link='https://evil.example/x?a=1&b="><script>',
    )
    html = plan_digest([evil], NOW, DigestOptions()).messages[0].html
    text = check_html(html)
    assert "<script>" not in html
    assert '<script>alert("x")</script> & co' in text
    assert "1 < 2 & 3 > 2" in text
    assert 'href="https://evil.example/x?a=1&amp;b=&quot;&gt;&lt;script&gt;"' in html


def test_item_without_link_is_bold_title() -> None:
    html = plan_digest([cand(1, link=None)], NOW, DigestOptions()).messages[0].html
    assert "<b>Story 1</b>" in html and "<a " not in html


def test_options_hide_summary_and_highlight() -> None:
    item = cand(1, summary="Summary words.", highlight="42 boats")
    shown = plan_digest([item], NOW, DigestOptions()).messages[0].html
    assert "Summary words." in shown and "42 boats" in shown
    hidden = plan_digest([item], NOW, DigestOptions(summaries=False, highlights=False))
    assert "Summary words." not in hidden.messages[0].html
    assert "42 boats" not in hidden.messages[0].html


@pytest.mark.parametrize("char", ["x", "€", "😀", "&"])
def test_split_keeps_messages_under_limit_and_html_whole(char: str) -> None:
    summary = (char * 7 + " ") * 60
    items = [cand(i, title=(char * 5 + " ") * 30, summary=summary) for i in range(1, 31)]
    plan = plan_digest(items, NOW, DigestOptions(max_items=30))
    assert len(plan.messages) > 1
    seen: list[str] = []
    for message in plan.messages:
        assert visible_length(message.html) <= MESSAGE_LIMIT
        assert entity_count(message.html) <= MAX_ENTITIES
        check_html(message.html)
        seen.extend(message.dedup_keys)
    assert seen == [s.lead.dedup_key for s in plan.shown]
    numbers = [f"<b>{n}.</b>" for n in range(1, 31)]
    joined = "".join(m.html for m in plan.messages)
    assert all(joined.count(n) == 1 for n in numbers)


def test_tiny_limit_still_fits_by_trimming_summary() -> None:
    item = cand(1, summary="word " * 300)
    plan = plan_digest([item], NOW, DigestOptions(), limit=300)
    assert all(visible_length(m.html) <= 300 for m in plan.messages)
    assert "…" in plan.messages[-1].html


def test_footer_moves_to_own_message_when_full() -> None:
    # summaries under every cap: no shorter summary can make room for the footer
    items = [cand(i, summary="y" * 100) for i in range(1, 4)]
    block = plan_digest(items[:1], NOW, DigestOptions(max_items=1)).messages[0].html
    limit = visible_length(block) + 3
    plan = plan_digest(items, NOW, DigestOptions(max_items=1), limit=limit)
    assert plan.messages[-1].html == "<i>+2 more</i>"
    assert plan.messages[-1].dedup_keys == ()


def test_short_summary() -> None:
    text = "The ferry adds two crossings. Dr. Vos said it helps. A third sentence follows."
    assert short_summary(text) == "The ferry adds two crossings. Dr. Vos said it helps."
    assert short_summary("word " * 200, max_chars=50).endswith("…")
    assert len(short_summary("word " * 200, max_chars=50)) <= 50


def test_parse_setting() -> None:
    assert parse_setting(["max", "5"]) == ("max_items", 5)
    assert parse_setting(["empty", "ON"]) == ("notify_empty", True)
    assert parse_setting(["quotes", "off"]) == ("highlights", False)
    assert parse_setting(["timezone", "Europe/Berlin"]) == ("timezone", "Europe/Berlin")
    for bad in (["max", "0"], ["max", "x"], ["empty", "maybe"], ["tz", "Nowhere/City"], ["x"]):
        with pytest.raises(SettingError):
            parse_setting(bad)


def _gist(quotes: tuple[Quote, ...], figures: tuple[Figure, ...]) -> Gist:
    sentences = (
        ScoredSentence("First sentence.", 0, 0.2),
        ScoredSentence("Second sentence.", 1, 0.9),
        ScoredSentence("Third sentence.", 2, 0.5),
    )
    summary = Summary(None, sentences, "en", False, "default", 100, 6, 10)
    return Gist(Article("text"), summary, quotes, figures)


def test_gist_lines_prefers_attributed_quote_then_figure() -> None:
    figure = Figure("4,500 tonnes", "apples picked this autumn")
    text, highlight = gist_lines(
        _gist((Quote("Unsourced", None), Quote("We are ready", "Vos")), (figure,))
    )
    assert text == "Second sentence. Third sentence."  # top two, in article order
    assert highlight == "“We are ready” — Vos"
    assert gist_lines(_gist((), (figure,)))[1] == "4,500 tonnes — apples picked this autumn"
    assert gist_lines(_gist((Quote("x", None),), ()))[1] is None


def test_entries_rank_by_sources_then_recency() -> None:
    """Coverage first, whatever the age or a highlight; equal coverage: the newer first."""
    items = [
        cand(1, "a.example/quay", hours_ago=20, feed="Gazette"),
        cand(2, "a.example/quay", hours_ago=20, feed="Radio"),
        cand(3, "a.example/quay", hours_ago=19, feed="Blog"),
        cand(4, "a.example/dam", hours_ago=1, feed="Gazette", highlight="“Safe.” — Mayor"),
        cand(5, "a.example/dam", hours_ago=1, feed="Radio"),
        cand(6, "a.example/mill", hours_ago=9, feed="Gazette"),
        cand(7, "a.example/mill", hours_ago=9, feed="Blog"),
        cand(8, "a.example/fair", hours_ago=0.1, feed="Gazette"),
    ]
    plan = plan_digest(items, NOW, DigestOptions())
    keys = [s.lead.dedup_key for s in plan.shown]
    assert keys == ["a.example/quay", "a.example/dam", "a.example/mill", "a.example/fair"]
    assert [s.coverage for s in plan.shown] == [3, 2, 2, 1]


CLEAN = "The ferry to the islands runs every half hour from January, with a second boat added."


def test_best_copy_is_the_first_ranked_feeds_clean_text() -> None:
    """The chat's first feed (rank 0) leads though another copy is longer; a teaser never leads
    while a clean copy exists."""
    longer = CLEAN + " Tickets keep their price, the company said on Monday."
    items = [
        replace(cand(1, "x.example/1", feed="Second", summary=longer), rank=1),
        replace(cand(2, "x.example/1", feed="First", summary=CLEAN), rank=0),
    ]
    assert plan_digest(items, NOW, DigestOptions()).shown[0].lead.item_id == 2
    teaser = replace(cand(3, "x.example/1", feed="Zeroth", summary="Read more."), rank=0)
    plan = plan_digest([*items, teaser], NOW, DigestOptions())
    assert plan.shown[0].lead.item_id == 2  # the teaser's feed ranks first, its text is no article
    unranked = [replace(c, rank=0) for c in items]
    assert plan_digest(unranked, NOW, DigestOptions()).shown[0].lead.item_id == 1  # the longest


# Telegram's own limits (bot.digest.telegram_size): visible length after entity parsing, and at
# most 100 entities a message, past which links lose their targets.


_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "do", "pe", "zu", "fa")


def _farm_like(n: int, summary_chars: int = 600) -> list[Candidate]:
    """Items whose feed text is a long paragraph, as many news feeds give it; every item
    its own words, so no two are one story."""
    items = []
    for i in range(1, n + 1):
        rng = random.Random(i)
        words = ["".join(rng.choices(_SYLLABLES, k=3)) for _ in range(summary_chars // 4)]
        text = ("harbour " + " ".join(words))[:summary_chars]
        title = " ".join("".join(rng.choices(_SYLLABLES, k=3)) for _ in range(6)).title()
        items.append(cand(i, title=title, summary=text))
    return items


def test_packing_counts_the_visible_text_not_the_markup() -> None:
    # long link targets are markup Telegram does not count: 8 stories whose visible text
    # fits one message, whose raw HTML alone would not
    items = [
        replace(c, link="https://news.example.org/" + "section/" * 60 + str(c.item_id))
        for c in _farm_like(8, 300)
    ]
    plan = plan_digest(items, NOW, DigestOptions(max_items=8))
    assert len(plan.messages) == 1
    assert len(plan.messages[0].html) > MESSAGE_LIMIT
    assert visible_length(plan.messages[0].html) <= MESSAGE_LIMIT


def test_no_message_has_more_than_100_entities() -> None:
    # 30 short stories of four entities each (number, link, sources, highlight): 121 with the
    # header, in well under 4,096 visible characters
    items = [
        cand(n, f"k{n}", title=f"Story {n}", summary="Short.", highlight=f"Figure {n}.")
        for n in range(1, 31)
    ]
    plan = plan_digest(items, NOW, DigestOptions(max_items=30))
    assert sum(entity_count(m.html) for m in plan.messages) > MAX_ENTITIES
    assert len(plan.messages) == 2
    assert all(entity_count(m.html) <= MAX_ENTITIES for m in plan.messages)
    shown = [key for m in plan.messages for key in m.dedup_keys]
    assert sorted(shown) == sorted(f"k{n}" for n in range(1, 31))


def test_summaries_are_shortened_when_that_saves_a_message() -> None:
    # ten stories with 600-character feed texts need two messages at 500 characters each
    plan = plan_digest(_farm_like(10), NOW, DigestOptions())
    assert len(plan.messages) == 1
    summaries = [line for line in plan.messages[0].html.split("\n") if "harbour" in line]
    assert len(summaries) == 10
    assert all(300 <= len(line) <= 320 for line in summaries)  # 400 a story is still two


def test_summaries_stay_long_when_shorter_ones_would_not_save_a_message() -> None:
    # 25 stories need several messages at any cap: the summaries keep their 500 characters,
    # unless a shorter cap needs fewer messages
    plan = plan_digest(_farm_like(25), NOW, DigestOptions(max_items=25))
    lengths = {len(line) for m in plan.messages for line in m.html.split("\n") if "harbour" in line}
    at_500 = len(plan.messages)
    assert at_500 >= 2
    assert max(lengths) in range(300, 501)


def test_a_short_digest_keeps_its_full_summaries() -> None:
    plan = plan_digest(_farm_like(3), NOW, DigestOptions())
    summaries = [line for line in plan.messages[0].html.split("\n") if "harbour" in line]
    assert len(plan.messages) == 1
    assert all(len(line) >= 490 for line in summaries)
