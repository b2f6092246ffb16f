"""What the digest end-to-end tests add to the fake Bot API and the bot harness.

`DigestTelegram` knows chats (getChat by id or @username), member rights (channel admins with or
without can_post_messages), takes documents (multipart sendDocument, kept as bytes) and serves
uploaded files (getFile + GET /file/bot<token>/<path>); it can also hold one call of a method
until released, which is how a test freezes the bot between two messages of a digest, and
answer sends to a group upgraded to a supergroup the way Telegram does (400 with
`migrate_to_chat_id`).
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import html
import itertools
import json
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from telegram.ext import Application

from tests.bot_articles import article_html
from tests.bot_harness import RunningBot
from tests.fake_telegram import _STRING_PARAMS, BOT_ID, Call, FakeTelegram, decode_params, user

ADMIN_RIGHTS = dict.fromkeys(
    [
        "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
        "can_manage_video_chats", "can_restrict_members", "can_promote_members",
        "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
        "can_delete_stories",
    ],
    False,
)  # fmt: skip

_ids = itertools.count(1)


@dataclass
class Hold:
    """Hold the `nth` call of a method: it waits for `release`, then fails with a 502."""

    method: str
    nth: int
    arrived: threading.Event
    release: threading.Event
    seen: int = 0
    timeout: float = 30.0  # released by itself after this long
    arrived_at: float = 0.0  # time.monotonic() when the held call came in
    # set once the held call was answered (released, or its timeout over): what must not wait
    # for the held call is checked against this, not against a wall-clock budget
    answered: threading.Event = field(default_factory=threading.Event)


class DigestTelegram(FakeTelegram):
    def __init__(self) -> None:
        super().__init__()
        self.chats: dict[int, dict[str, Any]] = {}
        self.member_rights: dict[tuple[int, int], dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.documents: list[tuple[int, str, bytes]] = []  # chat, filename, data
        self.holds: list[Hold] = []
        self.upgraded: dict[int, int] = {}  # old group id -> its supergroup's id

    # -- test set-up ----------------------------------------------------------------------

    def add_chat(self, chat_id: int, kind: str, title: str, username: str | None = None,
                 forum: bool = False) -> dict[str, Any]:  # fmt: skip
        chat: dict[str, Any] = {"id": chat_id, "type": kind, "title": title}
        if username:
            chat["username"] = username
        if forum:
            chat["is_forum"] = True
        self.chats[chat_id] = chat
        self.chat_types[chat_id] = kind
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, **rights: Any) -> None:
        self.chat_members[(chat_id, user_id)] = status
        self.member_rights[(chat_id, user_id)] = rights

    def hold(self, method: str, nth: int, timeout: float = 30.0) -> Hold:
        hold = Hold(method, nth, threading.Event(), threading.Event(), timeout=timeout)
        self.holds.append(hold)
        return hold

    def sent_to(self, chat_id: int) -> list[Call]:
        return self.calls_to("sendMessage", chat_id=chat_id)

    # -- the API --------------------------------------------------------------------------

    def _dispatch(self, path: str, content_type: str | None, body: str):  # type: ignore[override]
        method = path.rsplit("/", 1)[-1]
        for hold in self.holds:
            if hold.method == method:
                hold.seen += 1
                if hold.seen == hold.nth:
                    hold.arrived_at = time.monotonic()
                    hold.arrived.set()
                    hold.release.wait(hold.timeout)
                    hold.answered.set()
                    return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        if method == "sendMessage" and self.upgraded:
            old = decode_params(content_type or "", body).get("chat_id")
            if old is not None and int(old) in self.upgraded:
                moved = {"migrate_to_chat_id": self.upgraded[int(old)]}
                description = "Bad Request: group chat was upgraded to a supergroup chat"
                return 400, {"ok": False, "error_code": 400, "description": description,
                             "parameters": moved}  # fmt: skip
        if (content_type or "").startswith("multipart/form-data"):
            params = _multipart(content_type or "", body)
            return super()._dispatch(path, "application/json", json.dumps(params))
        return super()._dispatch(path, content_type, body)

    def _api_getChat(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        from tests.fake_telegram import _BadRequest

        ref = params.get("chat_id")
        for chat in self.chats.values():
            if str(chat["id"]) == str(ref) or f"@{chat.get('username')}" == str(ref):
                return {**chat, "accent_color_id": 0, "max_reaction_count": 11,
                        "accepted_gift_types": {"unlimited_gifts": False,
                                                "limited_gifts": False, "unique_gifts": False,
                                                "premium_subscription": False,
                                                "gifts_from_channels": False}}  # fmt: skip
        raise _BadRequest("chat not found")

    def _api_getChatMember(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        member = super()._api_getChatMember(params, call)
        key = (int(params["chat_id"]), int(params["user_id"]))
        if member["status"] == "administrator" and key[0] in self.chats:
            member.setdefault("can_post_messages", False)
        member.update(self.member_rights.get(key, {}))
        if key[1] == BOT_ID:
            member["user"] = {**self.me()}
        return member

    def _api_sendDocument(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        document = params["document"]
        chat_id = int(params["chat_id"])
        self.documents.append((chat_id, document["filename"], document["data"].encode()))
        message = self._message(chat_id, "", params)
        message.pop("text")
        message["document"] = {"file_id": f"doc{len(self.documents)}",
                               "file_unique_id": f"u{len(self.documents)}",
                               "file_name": document["filename"]}  # fmt: skip
        if params.get("caption"):
            message["caption"] = self._visible(params, call, "caption")
        return message

    def _api_getFile(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        file_id = str(params["file_id"])
        data = self.files[file_id]
        return {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": len(data),
                "file_path": f"documents/{file_id}.opml"}  # fmt: skip

    def _handler_class(self):  # type: ignore[override]
        base = super()._handler_class()
        fake = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                prefix = f"/file/bot{fake.token}/documents/"
                path = unquote(self.path)  # PTB quotes the ':' of the token
                if not path.startswith(prefix):
                    return base.do_POST(self)
                file_id = path[len(prefix) :].removesuffix(".opml")
                data = fake.files.get(file_id)
                self.send_response(200 if data is not None else 404)
                self.send_header("Content-Length", str(len(data or b"")))
                self.end_headers()
                self.wfile.write(data or b"")

        return Handler


def _multipart(content_type: str, body: str) -> dict[str, Any]:
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + body.encode()
    parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    params: dict[str, Any] = {}
    for part in parsed.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename:
            params[name] = {"filename": filename, "data": payload.decode()}
            continue
        value: Any = payload.decode()
        if name not in _STRING_PARAMS:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[name] = value
    return params


# -- updates ----------------------------------------------------------------------------------


def _chat(chat: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in chat.items() if k in ("id", "type", "title", "username", "is_forum")}


def private(uid: int, text: str, **extra: Any) -> dict[str, Any]:
    msg = {"message_id": next(_ids), "date": int(time.time()),
           "chat": {"id": uid, "type": "private", "first_name": f"User{uid}"},
           "from": user(uid), **extra}  # fmt: skip
    if text:
        msg["text"] = text
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0,
                                "length": len(text.split()[0])}]  # fmt: skip
    return {"message": msg}


def in_chat(chat: dict[str, Any], uid: int, text: str, **extra: Any) -> dict[str, Any]:
    update = private(uid, text, **extra)
    update["message"]["chat"] = _chat(chat)
    return update


def forwarded_from(channel: dict[str, Any], uid: int, text: str) -> dict[str, Any]:
    origin = {"type": "channel", "chat": _chat(channel), "message_id": 77,
              "date": int(time.time())}  # fmt: skip
    return private(uid, text, forward_origin=origin)


def document(chat: dict[str, Any] | None, uid: int, file_id: str, name: str, size: int):
    doc = {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_name": name,
           "mime_type": "text/x-opml", "file_size": size}  # fmt: skip
    update = private(uid, "", document=doc)
    if chat is not None:
        update["message"]["chat"] = _chat(chat)
    return update


def upgraded(old: dict[str, Any], new: dict[str, Any], by: int) -> list[dict[str, Any]]:
    """What Telegram sends when a group becomes a supergroup: a service message in each."""
    return [in_chat(old, by, "", migrate_to_chat_id=new["id"]),
            in_chat(new, by, "", migrate_from_chat_id=old["id"])]  # fmt: skip


def membership(chat: dict[str, Any], by: int, old: str, new: str) -> dict[str, Any]:
    bot_user = FakeTelegram.me()

    def member(status: str) -> dict[str, Any]:
        m: dict[str, Any] = {"status": status, "user": bot_user}
        if status == "kicked":
            m["until_date"] = 0
        return m

    return {"my_chat_member": {"chat": _chat(chat), "from": user(by), "date": int(time.time()),
                               "old_chat_member": member(old),
                               "new_chat_member": member(new)}}  # fmt: skip


# -- driving the bot --------------------------------------------------------------------------


def run_in_bot(bot: RunningBot, job: Callable[[Application], Awaitable[Any]], timeout=60) -> Any:
    """Run `job(app)` on the bot's own event loop (as a JobQueue callback would) and wait."""
    assert bot._loop is not None and bot.app is not None
    future = asyncio.run_coroutine_threadsafe(job(bot.app), bot._loop)
    return future.result(timeout)


def patient(setup: Callable[[Application], None]) -> Callable[[Application], None]:
    """`setup`, and the bot waits 60 s (not PTB's 5 s) for Telegram's answers, so a held call
    stays in flight for as long as the test holds it."""

    def both(app: Application) -> None:
        import httpx

        setup(app)
        app.bot.request._client.timeout = httpx.Timeout(60.0)  # type: ignore[attr-defined]

    return both


def caught_up(bot: RunningBot, timeout: float = 10.0) -> bool:
    """The start-up catch-up (bot.digest.jobs.catch_up, a background task) has run and ended."""
    from bot.digest import jobs as digest_jobs

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if digest_jobs.catch_up_ended(bot.app):  # type: ignore[arg-type]
            return True
        time.sleep(0.02)
    return False


def controlled(clock: Callable[[], Any]) -> Callable[[Application], None]:
    """RunningBot setup: the bot reads time from `clock` and runs no timers of its own."""

    def setup(app: Application) -> None:
        app.bot_data.clock = clock
        app.bot_data.digest_jobs = False

    return setup


# -- feeds and articles -----------------------------------------------------------------------


def rss(title: str, items: list[dict[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{html.escape(i['title'])}</title><link>{html.escape(i['link'])}</link>"
        f"<guid>{html.escape(i.get('guid', i['link']))}</guid>"
        f"<description>{html.escape(i['text'])}</description>"
        f"<pubDate>{i['date']}</pubDate></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.test/</link>"
        f"<description>{html.escape(title)}</description>{entries}</channel></rss>"
    )


LIBRARY_PARAGRAPHS = [
    "The town library of Larsvik will stay open until midnight on weekdays from January, the "
    "council decided on Tuesday after a petition signed by 2,300 students.",
    "Students had complained that the reading rooms closed at six in the evening, just when "
    "lectures at the nearby college ended and the buses back to the villages stopped running.",
    "“A quiet room and a warm light are what many of our students lack at home,” said Marta "
    "Lind, the head librarian. “We want them to have both for as long as they need.”",
    "The longer hours will cost about 900,000 crowns a year, mostly for two extra staff and "
    "for heating. The college has offered to pay a third of the bill.",
    "Night visitors will need a library card, and the children's floor will still close at "
    "eight. A security guard will be on duty after ten.",
    "The council will review the change after six months and count how many people use the "
    "late hours before it decides whether to keep them.",
]
LIBRARY_TITLE = "Larsvik library to stay open until midnight"
LIBRARY_PAGE = article_html(LIBRARY_TITLE, LIBRARY_PARAGRAPHS)

BRIDGE_PARAGRAPHS = [
    "Repairs to the old road bridge over the Holm sound will begin in March and close one lane "
    "for eleven weeks, the roads agency said on Thursday.",
    "Engineers found rust in 14 of the bridge's steel cables during an inspection last summer, "
    "and heavy lorries have been limited to 30 kilometres an hour since then.",
    "“The bridge is safe, but it will not stay safe without this work,” said Erik Dahl, the "
    "agency's chief engineer. “Every winter we wait makes the job bigger.”",
    "Traffic lights will let cars cross in turns during the day, and the bridge will close "
    "completely on four nights for the heaviest lifts.",
    "The agency put the cost at 48 million crowns. Island businesses asked for the work to be "
    "finished before the summer tourist season, and the agency promised to try.",
    "Buses will keep their timetable, the agency said, but drivers should plan for delays of up "
    "to twenty minutes at the busiest hours.",
]
BRIDGE_TITLE = "Holm bridge repairs to close one lane for eleven weeks"
BRIDGE_PAGE = article_html(BRIDGE_TITLE, BRIDGE_PARAGRAPHS)
