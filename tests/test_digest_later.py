"""Later coverage of a story a chat already had: a line under "More on earlier stories", not a
new entry and not hidden (bot.digest.story_later, bot.digest.build.render_later), on a real
SQLite file and end to end through the real Application and the fake Bot API."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.digest.build import plan_digest
from bot.digest.curate import Curator
from bot.digest.plan_types import Candidate, DigestOptions
from bot.digest.planning import SHOWN, thread_marks
from bot.digest.render import MAX_LATER, render_later
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled, in_chat, private
from tests.digest_helpers import T0, Clock, open_store
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer
from tests.test_digest_bot import ADMIN, FeedSite, deliver, item, poll, say, stories
from tests.test_digest_curate import MARKET, cand

CHAT = -100888
FIRE = (
    "Fire destroys Kelbrook timber yard",
    "A fire destroyed the Ashdown timber yard on Mill Lane in Kelbrook overnight; 40 "
    "firefighters fought the blaze for six hours.",
)
# the same fire a day on, from another angle: too few shared words for a silent repeat, but
# the digest's grouping puts it with the fire (a name only that story has, an event word)
FIRE_CAUSE = (
    "Ashdown timber yard fire started in sawmill, crews say",
    "Investigators said the Kelbrook fire began in the sawmill shed; no one was hurt.",
)


async def test_later_coverage_is_a_line_under_the_stories_and_is_consumed(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    first = await books.plan(CHAT, 0, [cand(1, FIRE, "gazette")], T0, DigestOptions())
    await books.record(CHAT, [(0, first)], T0)
    batch = [cand(2, FIRE_CAUSE, "radio", hours=5), cand(3, MARKET, "radio", hours=5)]
    now = T0 + timedelta(hours=6)
    second = await books.plan(CHAT, 0, batch, now, DigestOptions())
    assert [s.lead.item_id for s in second.shown] == [3]  # the fire is no new story
    assert second.repeats == ()  # ... nor hidden: it is listed under the stories
    assert [[c.item_id for c in copies] for copies in second.later] == [[2]]
    (message,) = second.messages
    html = message.html
    assert html.index(MARKET[0]) < html.index("<b>More on earlier stories:</b>")
    assert f'<a href="https://radio.example/2">{FIRE_CAUSE[0]}</a> <i>· radio</i>' in html
    assert message.dedup_keys == ("radio.example/3",)  # runs deliver stories; marks the rest
    marks = {row["dedup_key"]: row["state"] for row in thread_marks(CHAT, 0, second, now)}
    assert marks == {"radio.example/2": SHOWN, "radio.example/3": SHOWN}
    await books.record(CHAT, [(0, second)], now)
    third = await books.plan(CHAT, 0, batch, now + timedelta(hours=1), DigestOptions())
    assert third.empty and third.later == () and third.messages == ()
    await db.close()


async def test_later_coverage_alone_waits_for_a_digest_that_posts(tmp_path: Path) -> None:
    """A digest that posts nothing consumes no later coverage (it would be seen by nobody);
    one that posts "nothing new" shows it under that note."""
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    first = await books.plan(CHAT, 0, [cand(1, FIRE, "gazette")], T0, DigestOptions())
    await books.record(CHAT, [(0, first)], T0)
    alone = [cand(2, FIRE_CAUSE, "radio", hours=5)]
    now = T0 + timedelta(hours=6)
    quiet = await books.plan(CHAT, 0, alone, now, DigestOptions())
    assert quiet.messages == () and quiet.later == ()
    assert thread_marks(CHAT, 0, quiet, now) == []
    noted = await books.plan(CHAT, 0, alone, now, DigestOptions(notify_empty=True))
    (message,) = noted.messages
    assert message.html.startswith("<i>Nothing new since the last digest.</i>\n\n<b>More on")
    assert FIRE_CAUSE[0] in message.html and [c.item_id for c in noted.later[0]] == [2]
    await db.close()


def test_later_lines_are_escaped_capped_and_name_each_source_once() -> None:
    hostile = Candidate(9, "k9", "<b>Boom</b> & co", "https://a.example/?x=1&y=<2>", "Feed <i>",
                        FIRE[1], T0, T0)  # fmt: skip
    short = (FIRE[0], "Short.")  # a teaser: never the line's lead
    copies = [cand(10 + n, (f"Story {n}", "A lead long enough."), "wire") for n in range(7)]
    later = [[cand(30, short, "Feed <i>"), hostile, cand(31, short, "post")],
             *([c] for c in copies)]  # fmt: skip
    html = render_later(later, DigestOptions())
    assert "<b>Boom</b>" not in html and "&lt;b&gt;Boom&lt;/b&gt; &amp; co" in html
    assert 'href="https://a.example/?x=1&amp;y=&lt;2&gt;"' in html
    first_line = html.splitlines()[1]
    assert first_line.count("Feed &lt;i&gt;") == 1 and ">post</a>" in first_line
    assert html.count("\n• ") == MAX_LATER and html.endswith(
        f"<i>+{len(later) - MAX_LATER} more</i>"
    )


def test_a_plan_without_later_coverage_has_no_later_block() -> None:
    plan = plan_digest([cand(1, MARKET, "radio")], T0, DigestOptions())
    assert "More on earlier stories" not in plan.messages[0].html and plan.later == ()


def test_a_daily_digest_lists_a_follow_up_from_another_feed_once(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    """Two loopback feeds; the fire in the first digest, then its cause from the other feed
    beside a new story: the second digest numbers the new story only and lists the follow-up,
    linked, under "More on earlier stories"; the third has neither again."""
    site = FeedSite(http_server)
    dead = "http://127.0.0.1:1"  # article pages nobody serves: the feed's text is the summary
    gazette = site.feed("gazette", [item(f"{dead}/g/1", *FIRE, T0 - timedelta(hours=1))])
    radio = site.feed("radio", [])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        group = tg.add_chat(-1002301, "supergroup", "Kelbrook Town")
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "administrator")
        gid = group["id"]
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_poll_minutes=30)
        with RunningBot(settings, controlled(clock)) as bot:
            text = say(tg, in_chat(group, ADMIN, f"/subscribe {gazette} {radio}"), gid)
            assert text.count("Subscribed Kelbrook Town") == 2
            say(tg, private(ADMIN, f"/schedule {gid} every 1h"), ADMIN)
            poll(bot)
            clock.advance(hours=1)
            poll(bot)
            deliver(bot)
            clock.advance(hours=4)  # the next day's angle comes hours later
            site.items["radio"] += [
                item(f"{dead}/r/1", *FIRE_CAUSE, clock.now - timedelta(minutes=10)),
                item(f"{dead}/r/2", *MARKET, clock.now - timedelta(minutes=10)),
            ]
            poll(bot)
            clock.advance(hours=1)
            deliver(bot)
            clock.advance(hours=1)
            poll(bot)
            deliver(bot)
        digests = [c for c in tg.sent_to(gid) if (c.visible_text or "").startswith("Digest ·")]
        assert len(digests) == 2
        assert stories(digests[0].visible_text or "") == [FIRE[0]]
        second = digests[1].visible_text or ""
        assert stories(second) == [MARKET[0]]
        assert f"More on earlier stories:\n• {FIRE_CAUSE[0]} · Radio News" in second
        assert f'href="{dead}/r/1"' in digests[1].params["text"]


def test_a_later_line_links_each_other_source_once() -> None:
    teasers = [(2, "Short.", "Radio"), (3, "Short too.", "Radio"), (4, "Brief.", "Post")]
    copies = [cand(1, FIRE, "Gazette"), *(cand(n, (FIRE[0], t), f) for n, t, f in teasers)]
    line = render_later([copies], DigestOptions()).splitlines()[1]
    assert line.count(">Radio</a>") == 1 and line.count(">Post</a>") == 1
    assert "Gazette.example/1" in line.split("</a>")[0]  # the longest copy leads the line
