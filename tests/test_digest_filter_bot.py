"""Digest filters and merged stories end to end: the real Application against the fake Bot API,
three loopback feeds carrying overlapping stories, a real SQLite file, a hand-moved clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from summarizer.web.opml import parse_opml
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled, document, in_chat, private
from tests.digest_helpers import Clock
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer
from tests.test_digest_bot import ADMIN, OTHER, T0, FeedSite, deliver, item, poll, say, stories

LONER = 503  # manages only their own private chat
DEAD = "http://127.0.0.1:1"  # article pages nobody serves: the feed's own text is the summary

BRIDGE = [
    ("Old swing bridge in Larsvik to close for three months of repairs",
     "The swing bridge over the Larsvik canal will close to traffic from 1 March for three "
     "months while engineers replace its rusted gears, the council said on Thursday. Buses "
     "will detour via the ring road during the works."),
    ("Larsvik swing bridge shuts for three months from March",
     "Engineers will replace the rusted gears of the Larsvik canal swing bridge, which closes "
     "to traffic on 1 March for three months, the council announced Thursday. Bus routes "
     "detour via the ring road."),
    ("Canal bridge closure: Larsvik council sets three-month repair",
     "Larsvik council said on Thursday the canal swing bridge closes on 1 March for three "
     "months of repairs to its rusted gears. Buses will use the ring road."),
]  # fmt: skip
BRIDGE_AGAIN = (
    "Larsvik bridge repairs: swing bridge to close on 1 March",
    "The council confirmed the Larsvik canal swing bridge closes for three months from 1 March "
    "while its rusted gears are replaced. Buses go round by the ring road.",
)
LIBRARY = ("Library opens on Sundays", "The town library opens on Sundays from December. "
           "Volunteers will staff the reading room.")  # fmt: skip
TRANSFER = ("Football transfer: Larsvik striker moves to Bergen", "The club sold its top "
            "scorer on Wednesday. The fee was not disclosed.")  # fmt: skip
PAID = ("Paid post: the best boats of the season", "A boat dealer shows its new models. "
        "Prices start low this winter.")  # fmt: skip
FERRY = ("Night ferry gets a second boat", "The night ferry to the islands will run twice an "
         "hour from January. A second boat joins the route.")  # fmt: skip
MARKET = ("Christmas market opens in the square", "Forty stalls open in the main square on "
          "Friday. The market runs until Christmas Eve.")  # fmt: skip


def is_digest(call: Any) -> bool:
    return (call.visible_text or "").startswith("Digest ·")


def entry(feed: str, n: int, story: tuple[str, str], hours_ago: float) -> dict[str, str]:
    return item(f"{DEAD}/{feed}/{n}", story[0], story[1], T0 - timedelta(hours=hours_ago))


def test_filters_and_one_story_from_three_feeds_survive_a_restart(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    one = site.feed("one", [entry("one", 1, BRIDGE[0], 3), entry("one", 2, LIBRARY, 2),
                            entry("one", 3, TRANSFER, 2)])  # fmt: skip
    two = site.feed("two", [entry("two", 1, BRIDGE[1], 2), entry("two", 2, PAID, 1)])
    three = site.feed("three", [entry("three", 1, BRIDGE[2], 1), entry("three", 2, FERRY, 1)])
    clock = Clock(T0)
    database = tmp_path / "bot.sqlite3"
    with DigestTelegram() as tg:
        group = tg.add_chat(-1002101, "supergroup", "Harbour Town")
        channel = tg.add_chat(-1001700, "channel", "Larsvik Post", "larsvikpost")
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "administrator")
        tg.set_member(channel["id"], BOT_ID, "administrator", can_post_messages=True)
        tg.set_member(channel["id"], ADMIN, "administrator")
        gid = group["id"]
        settings = bot_settings(tg, database, feed_poll_minutes=30)
        with RunningBot(settings, controlled(clock)) as bot:
            # PTB's limiter allows 20 calls a minute that name a group or channel, and every
            # command asks getChatMember: the mistakes are made in a private chat of its own
            text = say(tg, in_chat(group, ADMIN, f"/subscribe {one} {two} {three}"), gid)
            assert text.count("Subscribed Harbour Town") == 3
            say(tg, private(ADMIN, f"/schedule {gid} every 1h"), ADMIN)
            assert "has no filters" in say(tg, private(LONER, "/filter"), LONER)
            assert "Filter 1 added" in say(tg, private(LONER, "/filter exclude weather"), LONER)
            text = say(tg, private(LONER, "/filter exclude /(a)\\1/"), LONER)
            assert "cannot be used" in text and "backreferences" in text
            text = say(tg, private(LONER, f"/filter include {DEAD}/nope ferry"), LONER)
            assert "does not follow" in text
            text = say(tg, private(LONER, "/filter remove 1"), LONER)
            assert "Filter 1 removed: exclude weather" in text
            assert "There is no filter 9" in say(tg, private(LONER, "/filter remove 9"), LONER)
            assert "Filters: /filter lists them" in say(tg, private(LONER, "/filter drop"), LONER)

            # a group's filters, in the group and privately
            assert "Only admins" in say(tg, in_chat(group, OTHER, "/filter exclude boats"), gid)
            text = say(tg, in_chat(group, ADMIN, "/filter exclude transfer"), gid)
            assert "Filter 1 added for Harbour Town: exclude transfer" in text
            text = say(tg, private(ADMIN, f'/filter {gid} exclude {two} "paid post"'), ADMIN)
            assert "Filter 2 added for Harbour Town" in text

            # a channel's filters, managed from a private chat
            text = say(tg, private(ADMIN, "/filter @larsvikpost include ferry"), ADMIN)
            assert "Filter 1 added for Larsvik Post: include ferry" in text
            assert "1. include ferry" in say(tg, private(ADMIN, "/filter @larsvikpost"), ADMIN)
            assert "Only admins" in say(tg, private(OTHER, "/filter @larsvikpost clear"), OTHER)

            poll(bot)
            # /preview: the digest as it will be, and what the filters took out
            before = len(tg.sent_to(ADMIN))
            tg.push(private(ADMIN, f"/preview {gid}"))
            shown = tg.wait_for("sendMessage", before + 3, chat_id=ADMIN)[before:]
            texts = [c.visible_text or "" for c in shown]
            assert texts[1].startswith("Digest · 3 new") and "2 filtered out" in texts[1]
            assert "Filtered out of the next digest (2):" in texts[2]
            assert TRANSFER[0] in texts[2] and "1. exclude transfer" in texts[2]
            assert PAID[0] in texts[2] and '2. exclude "paid post"' in texts[2]

            clock.advance(hours=1)
            poll(bot)
            assert [r.status for r in deliver(bot)] == ["sent"]
            (digest,) = [c for c in tg.sent_to(gid) if is_digest(c)]
            text = digest.visible_text or ""
            assert text.startswith("Digest · 3 new")
            titles = stories(text)
            assert len(titles) == 3 and titles[0] in [b[0] for b in BRIDGE]  # 3 sources first
            assert sum(title in text for title, _ in BRIDGE) == 1  # the story once
            assert "also: " in text and text.endswith("2 filtered out")
            sent_html = digest.params["text"]  # the lead's link and the two others under "also"
            assert all(f'href="{DEAD}/{f}/1"' in sent_html for f in ("one", "two", "three"))
            for title in (LIBRARY[0], FERRY[0]):
                assert title in titles

            # later: the bridge story again under a new URL (not delivered twice), and news
            clock.advance(minutes=30)
            site.items["three"].append(entry("three", 3, BRIDGE_AGAIN, 0))
            site.items["one"].append(entry("one", 4, MARKET, 0))
            poll(bot)
            clock.advance(minutes=30)
            deliver(bot)
            digests = [c.visible_text or "" for c in tg.sent_to(gid) if is_digest(c)]
            assert len(digests) == 2
            assert stories(digests[1]) == [MARKET[0]] and "filtered out" not in digests[1]

            # /export keeps the rules; importing the file elsewhere brings them along
            tg.push(private(ADMIN, f"/export {gid}"))
            tg.wait_for("sendDocument", 1, timeout=30)
            (_, _, data) = tg.documents[0]
            outlines = {o.url: o for o in parse_opml(data)}
            assert outlines[""].exclude == ("transfer",)
            assert outlines[two].exclude == ('"paid post"',)
            tg.files["rules"] = data
            upload = document(None, ADMIN, "rules", "rules.opml", len(data))
            # into the channel (picked by naming it), next to its own rule
            assert "1. include ferry" in say(tg, private(ADMIN, "/filter @larsvikpost"), ADMIN)
            text = say(tg, upload, ADMIN)
            assert "Imported 3 new of 3 feeds into Larsvik Post" in text
            mine = say(tg, private(ADMIN, "/filter"), ADMIN)
            assert "1. include ferry" in mine and "3. exclude transfer" in mine
            assert f'2. exclude "paid post" (only {two})' in mine

        with RunningBot(settings, controlled(clock)) as bot:  # a restart forgets nothing
            listed = say(tg, private(ADMIN, f"/filter {gid}"), ADMIN)
            assert "1. exclude transfer" in listed and '2. exclude "paid post"' in listed
            clock.advance(hours=1)
            poll(bot)
            deliver(bot)
            digests = [c for c in tg.sent_to(gid) if is_digest(c)]
            assert len(digests) == 2  # nothing new: nothing re-sent, no filtered item again
            text = say(tg, private(ADMIN, "/filter clear"), ADMIN)
            assert "Filters removed from Harbour Town: 2." in text
            assert "has no filters" in say(tg, private(ADMIN, "/filter"), ADMIN)


def test_the_best_copy_comes_from_the_feed_subscribed_first(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    """The chat ranks its feeds by the order of /subscribe (as /subscriptions lists them): a
    story's lead is the first feed's clean copy, though another feed's copy is longer."""
    site = FeedSite(http_server)
    longest = site.feed("longest", [entry("longest", 1, BRIDGE[0], 2)])
    first = site.feed("first", [entry("first", 1, BRIDGE[2], 2)])
    assert len(BRIDGE[0][1]) > len(BRIDGE[2][1])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        group = tg.add_chat(-1002102, "supergroup", "Canal Street")
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "administrator")
        gid = group["id"]
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_poll_minutes=30)
        with RunningBot(settings, controlled(clock)) as bot:
            assert "Subscribed" in say(tg, in_chat(group, ADMIN, f"/subscribe {first}"), gid)
            clock.advance(minutes=1)
            assert "Subscribed" in say(tg, in_chat(group, ADMIN, f"/subscribe {longest}"), gid)
            listed = say(tg, in_chat(group, ADMIN, "/subscriptions"), gid)
            assert listed.index(first) < listed.index(longest)
            say(tg, private(ADMIN, f"/schedule {gid} every 1h"), ADMIN)
            poll(bot)
            clock.advance(hours=1)
            poll(bot)
            assert [r.status for r in deliver(bot)] == ["sent"]
            (digest,) = [c for c in tg.sent_to(gid) if is_digest(c)]
            text = digest.visible_text or ""
            assert stories(text) == [BRIDGE[2][0]] and BRIDGE[0][0] not in text
            sent_html = digest.params["text"]
            lead, _, also = sent_html.partition("also:")
            assert f'href="{DEAD}/first/1"' in lead and f'href="{DEAD}/longest/1"' in also
