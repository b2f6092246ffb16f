"""A fake Telegram Bot API on loopback, for the real PTB Application to talk to over HTTP.

It serves updates that tests push (long-polling getUpdates), answers the methods gistbot calls,
records every call so tests can assert on what the user got, checks message HTML the way Telegram
does (allowed tags, balanced, entities, length after parsing), and can be told to fail a method
once: 429 with retry_after, or 400 "can't parse entities".
"""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

TOKEN = "123456789:" + "AAH" + "fake" * 8 + "1"  # from parts: no token-shaped literal committed
BOT_ID = 123456789
BOT_USERNAME = "gist_test_bot"

# parameters that are plain strings on the wire (everything else is JSON-encoded by PTB)
_STRING_PARAMS = {
    "text",
    "caption",
    "query",
    "callback_query_id",
    "inline_query_id",
    "inline_message_id",
    "parse_mode",
    "action",
    "language_code",
    "url",
    "description",
}
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre"}
_TAGS |= {"tg-spoiler", "span", "blockquote", "tg-emoji"}
_URL_RE = re.compile(r"https?://[^\s<>\"]+")


class EntityError(ValueError):
    """What Telegram answers as `Bad Request: can't parse entities: ...`."""


class _TelegramHTML(HTMLParser):
    """Telegram's HTML subset: known tags only, properly nested; returns the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            raise EntityError(f'Unsupported start tag "{tag}"')
        if tag == "a" and not dict(attrs).get("href"):
            raise EntityError("Can't find href in a tag")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise EntityError(f'Can\'t find end tag corresponding to start tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(message: str) -> str:
    """The visible text of a Telegram-HTML message, or EntityError like Telegram's."""
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", message):
        raise EntityError("Character '&' is reserved and must be escaped")
    if re.search(r"<(?![a-zA-Z/])", message):
        raise EntityError("Character '<' is reserved and must be escaped")
    parser = _TelegramHTML()
    parser.feed(message)
    parser.close()
    if parser.stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
    return "".join(parser.text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    visible_text: str | None = None  # text after HTML parsing (for text-bearing methods)
    result: Any = None
    at: float = field(default_factory=time.monotonic)


class FakeTelegram:
    """Run with `with FakeTelegram() as tg:`; PTB's base_url is `tg.base_url`."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.chat_members: dict[tuple[int, int], str] = {}
        self.chat_types: dict[int, str] = {}
        self._updates: list[dict[str, Any]] = []
        self._failures: dict[str, list[tuple[int, str, int | None]]] = {}
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> FakeTelegram:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    # -- what tests do -------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (update_id assigned here); returns the update_id."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            for key in ("message", "edited_message"):
                if key in update:
                    chat = update[key]["chat"]
                    self.chat_types[chat["id"]] = chat["type"]
            self._updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def push_all(self, updates: list[dict[str, Any]]) -> list[int]:
        """Queue several updates at once: the bot gets them in one getUpdates answer."""
        with self._cond:  # re-entrant: push takes it again
            return [self.push(update) for update in updates]

    def fail_next(
        self, method: str, status: int, description: str, retry_after: int | None = None
    ) -> None:
        """Make the next call of `method` fail once with this error."""
        with self._cond:
            self._failures.setdefault(method, []).append((status, description, retry_after))

    def calls_to(self, method: str, *, ok_only: bool = True, **match: Any) -> list[Call]:
        with self._cond:
            return [
                c
                for c in self.calls
                if c.method == method
                and (c.status == 200 or not ok_only)
                and all(c.params.get(k) == v for k, v in match.items())
            ]

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 60.0,
        where: Callable[[Call], bool] | None = None,
        **match: Any,
    ) -> list[Call]:
        """Block until `count` successful calls of `method` (matching) were made; return them."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls_to(method, **match) if where is None or where(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.status) for c in self.calls[-15:]]
                    raise AssertionError(f"no {count}x {method} {match} within {timeout}s: {seen}")
                self._cond.wait(left)

    # -- the API ---------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out in two writes: with Nagle on, the body waits for the
            # client's delayed ACK (~40 ms on Linux loopback), on every Bot API call
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                status, payload = fake._dispatch(self.path, self.headers.get("Content-Type"), body)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the bot stopped while a long poll was open

            do_GET = do_POST

        return Handler

    def _dispatch(
        self, path: str, content_type: str | None, body: str
    ) -> tuple[int, dict[str, Any]]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix) :].split("?")[0]
        params = decode_params(content_type or "", body)
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._cond:
            failures = self._failures.get(method)
            failure = failures.pop(0) if failures else None
            if failure is not None:
                status, description, retry_after = failure
                self._record(Call(method, params, status=status))
                error: dict[str, Any] = {
                    "ok": False,
                    "error_code": status,
                    "description": description,
                }
                if retry_after is not None:
                    error["parameters"] = {"retry_after": retry_after}
                return status, error
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            self._record(Call(method, params, status=404))
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method"}
        call = Call(method, params)
        try:
            result = handler(params, call)
        except EntityError as exc:
            call.status = 400
            self._record(call)
            description = f"Bad Request: can't parse entities: {exc}"
            return 400, {"ok": False, "error_code": 400, "description": description}
        except _BadRequest as exc:
            call.status = 400
            self._record(call)
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
        call.result = result
        self._record(call)
        return 200, {"ok": True, "result": result}

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + min(timeout, 2.0)
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            limit = int(params.get("limit") or 100)
            return list(self._updates[:limit])

    def _visible(self, params: dict[str, Any], call: Call, key: str = "text") -> str:
        text = str(params.get(key, ""))
        visible = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if utf16_len(visible) > 4096:
            raise _BadRequest("message is too long")
        if not visible.strip():
            raise _BadRequest("message text is empty")
        call.visible_text = visible
        return visible

    def _message(self, chat_id: int, text: str, params: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": self.chat_types.get(chat_id, "private")},
            "from": self.me(),
            "text": text,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    @staticmethod
    def me() -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Gist",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def _api_getMe(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        return self.me()

    def _api_deleteWebhook(self, params: dict[str, Any], call: Call) -> bool:
        return True

    def _api_setMyCommands(self, params: dict[str, Any], call: Call) -> bool:
        return True

    def _api_sendChatAction(self, params: dict[str, Any], call: Call) -> bool:
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any], call: Call) -> bool:
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any], call: Call) -> bool:
        for result in params.get("results") or []:
            content = result.get("input_message_content") or {}
            self._visible(content, call, "message_text")
        return True

    def _api_sendMessage(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        visible = self._visible(params, call)
        return self._message(int(params["chat_id"]), visible, params)

    def _api_editMessageText(self, params: dict[str, Any], call: Call) -> Any:
        visible = self._visible(params, call)
        if params.get("inline_message_id"):
            return True
        message = self._message(int(params["chat_id"]), visible, params)
        message["message_id"] = int(params["message_id"])
        message["edit_date"] = int(time.time())
        return message

    def _api_getChatMember(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        status = self.chat_members.get((chat_id, user_id), "member")
        member: dict[str, Any] = {"status": status, "user": user(user_id)}
        if status == "administrator":
            member |= dict.fromkeys(
                [
                    "can_be_edited",
                    "is_anonymous",
                    "can_manage_chat",
                    "can_delete_messages",
                    "can_manage_video_chats",
                    "can_restrict_members",
                    "can_promote_members",
                    "can_change_info",
                    "can_invite_users",
                    "can_post_stories",
                    "can_edit_stories",
                    "can_delete_stories",
                ],
                False,
            )
        elif status == "creator":
            member["is_anonymous"] = False
        return member

    def _api_getChatAdministrators(self, params: dict[str, Any], call: Call) -> list[Any]:
        chat_id = int(params["chat_id"])
        return [
            self._api_getChatMember({"chat_id": chat_id, "user_id": uid}, call)
            for (cid, uid), status in self.chat_members.items()
            if cid == chat_id and status in ("administrator", "creator")
        ]


class _BadRequest(Exception):
    pass


def decode_params(content_type: str, body: str) -> dict[str, Any]:
    """A Bot API request's parameters, JSON or form-encoded, as PTB sends them."""
    if content_type.startswith("application/json"):
        return json.loads(body or "{}")
    params: dict[str, Any] = {}
    for key, values in parse_qs(body, keep_blank_values=True).items():
        value = values[-1]
        if key not in _STRING_PARAMS:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[key] = value
    return params


# -- building updates the way Telegram would send them ------------------------------------------


def user(user_id: int, language_code: str = "en") -> dict[str, Any]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": f"User{user_id}",
        "language_code": language_code,
    }


def _entities(text: str, extra: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """URL, mention and bot_command entities as Telegram's server would detect them (UTF-16)."""

    def offset(i: int) -> int:
        return utf16_len(text[:i])

    found = []
    for m in _URL_RE.finditer(text):
        found.append({"type": "url", "offset": offset(m.start()), "length": utf16_len(m.group())})
    for m in re.finditer(r"(?<!\w)@\w{4,}", text):
        found.append(
            {"type": "mention", "offset": offset(m.start()), "length": utf16_len(m.group())}
        )
    m = re.match(r"/\w+(@\w+)?", text)
    if m:
        found.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group())})
    found += extra or []
    return sorted(found, key=lambda e: e["offset"])


_message_ids = itertools.count(1)


def message(
    text: str,
    *,
    chat_id: int,
    user_id: int,
    chat_type: str = "private",
    language_code: str = "en",
    reply_to: dict[str, Any] | None = None,
    caption: bool = False,
    extra_entities: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A message update body: `{"message": {...}}`."""
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = f"User{user_id}"
    else:
        chat["title"] = f"Group {chat_id}"
    msg: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": user(user_id, language_code),
    }
    entities = _entities(text, extra_entities)
    if caption:
        msg["photo"] = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
        msg["caption"] = text
        if entities:
            msg["caption_entities"] = entities
    else:
        msg["text"] = text
        if entities:
            msg["entities"] = entities
    if reply_to is not None:
        msg["reply_to_message"] = reply_to
    return {"message": msg}


def callback(data: str, *, bot_message: dict[str, Any], user_id: int) -> dict[str, Any]:
    """A button press on one of the bot's messages."""
    return {
        "callback_query": {
            "id": str(next(_message_ids)),
            "from": user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": bot_message,
        }
    }


def inline(query: str, *, user_id: int) -> dict[str, Any]:
    return {
        "inline_query": {
            "id": str(next(_message_ids)),
            "from": user(user_id),
            "query": query,
            "offset": "",
        }
    }


def visible(text: str) -> str:
    """Unescape helper for assertions on raw HTML parameters."""
    return html.unescape(text)
