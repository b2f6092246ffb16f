"""A real HTTP/1.1 server on 127.0.0.1 for tests: register routes, point clients at `server.url()`.

It runs its own asyncio loop in a daemon thread, so sync tests, async tests and code with its own
event loop (PTB's Application) can all use it. Typical use, through the `http_server` fixture:

    http_server.route("/a", body="<html>...</html>")                        # 200 text/html
    http_server.route("/feed.xml", body=xml, content_type="application/rss+xml",
                      headers={"ETag": '"v1"'})
    http_server.route("/slow", body="late", delay=3)                       # before the headers
    http_server.route("/drip", chunks=[b"a"] * 50, chunk_delay=0.2)        # chunked, slowly
    http_server.route("/endless", stream=lambda: itertools.repeat(b"x" * 65536))
    http_server.redirect("/old", "/new", status=301)
    http_server.route("/dyn", handler=lambda req: Response(304) if req.headers.get(
        "if-none-match") == '"v1"' else Response(200, body=xml))
    url = http_server.url("/a")
    http_server.requests  # every Request received, in order

Every response is sent as given: `headers` are not second-guessed (a test may send a wrong
Content-Length or Content-Encoding on purpose). Content-Length is added for plain bodies unless the
test set one; chunked encoding is used for `chunks`/`stream`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

_REASONS = {
    200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
    303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone",
    429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
    503: "Service Unavailable",
}  # fmt: skip


@dataclass
class Request:
    method: str
    path: str  # without the query string
    query: dict[str, list[str]]
    headers: dict[str, str]  # lowercase names
    body: bytes = b""

    @property
    def target(self) -> str:
        return self.path


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before the status line
    chunks: Iterable[bytes] | None = None  # sent with chunked encoding
    chunk_delay: float = 0.0  # seconds between chunks
    stream: Callable[[], Iterable[bytes]] | None = None  # fresh chunk iterator per request


Handler = Callable[[Request], Response]


class LoopbackHTTPServer:
    """The server; start()/stop() or use as a context manager."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        """`ssl_context` (a server context with a certificate) makes it an HTTPS server."""
        self._ssl = ssl_context
        self.sni_names: list[str | None] = []  # TLS server names clients asked for
        if ssl_context is not None:
            ssl_context.sni_callback = lambda _sock, name, _ctx: self.sni_names.append(name)
        self._routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- routes -------------------------------------------------------------------------------

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = "text/html; charset=utf-8",
        delay: float = 0.0,
        chunks: Iterable[bytes] | None = None,
        chunk_delay: float = 0.0,
        stream: Callable[[], Iterable[bytes]] | None = None,
        handler: Handler | None = None,
    ) -> str:
        """Serve `path` (no query string); returns its full URL."""
        if handler is None:
            chunk_list = list(chunks) if chunks is not None else None
            fixed = dict(
                status=status, body=body, headers=dict(headers or {}), content_type=content_type,
                delay=delay, chunk_delay=chunk_delay, stream=stream,
            )  # fmt: skip

            def handler(_request: Request) -> Response:
                return Response(chunks=chunk_list, **fixed)  # type: ignore[arg-type]

        self._routes[path] = handler
        return self.url(path)

    def redirect(self, path: str, location: str, *, status: int = 302) -> str:
        return self.route(path, status=status, headers={"Location": location}, content_type=None)

    def reset(self) -> None:
        self._routes.clear()
        self.requests.clear()

    def url(self, path: str = "/") -> str:
        scheme = "https" if self._ssl is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> LoopbackHTTPServer:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            self._server = loop.run_until_complete(
                asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._ssl)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            self._server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="loopback-http", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("loopback HTTP server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop = None

    def __enter__(self) -> LoopbackHTTPServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- protocol -----------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                self.requests.append(request)
                keep_alive = request.headers.get("connection", "").lower() != "close"
                handler = self._routes.get(request.path)
                response = handler(request) if handler else Response(404, body="not found")
                await self._write_response(writer, request, response, keep_alive)
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass  # the client hung up (cap reached, timeout): that is what some tests want
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = b""
        if headers.get("content-length", "").isdigit():
            body = await reader.readexactly(int(headers["content-length"]))
        parts = urlsplit(target)
        return Request(method, parts.path, parse_qs(parts.query), headers, body)

    async def _write_response(
        self, writer: asyncio.StreamWriter, request: Request, response: Response, keep_alive: bool
    ) -> None:
        if response.delay:
            await asyncio.sleep(response.delay)
        body = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
        headers = dict(response.headers)
        names = {k.lower() for k in headers}
        if response.content_type and "content-type" not in names:
            headers["Content-Type"] = response.content_type
        chunks = response.stream() if response.stream else response.chunks
        if chunks is not None:
            headers.setdefault("Transfer-Encoding", "chunked")
        elif "content-length" not in names and response.status not in (204, 304):
            headers["Content-Length"] = str(len(body))
        headers.setdefault("Connection", "keep-alive" if keep_alive else "close")
        reason = _REASONS.get(response.status, "Status")
        head = f"HTTP/1.1 {response.status} {reason}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        writer.write(head.encode("latin-1"))
        if request.method == "HEAD":
            await writer.drain()
            return
        if chunks is None:
            writer.write(body)
            await writer.drain()
            return
        for chunk in chunks:
            if not chunk:
                continue
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()
            if response.chunk_delay:
                await asyncio.sleep(response.chunk_delay)
        writer.write(b"0\r\n\r\n")
        await writer.drain()


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll until `predicate()` is true (e.g. a request arrived); True if it did in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


class FakeDNS:
    """A resolver for `Fetcher(resolver=...)`: names -> addresses from a dict, no outside DNS.

    Pair it with `LoopbackDialer` to test the SSRF guard switched ON: a name "resolves" to a
    public-looking address, the guard approves it, and the dialer quietly connects to this
    server on 127.0.0.1 instead, so no packet ever leaves the machine.
    """

    def __init__(self, names: dict[str, list[str] | str]) -> None:
        self.names = {k.lower(): [v] if isinstance(v, str) else list(v) for k, v in names.items()}
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        from summarizer.errors import UnreachableError

        self.asked.append(host)
        try:
            return self.names[host.lower().rstrip(".")]
        except KeyError:
            raise UnreachableError("The site's name could not be found.", detail=host) from None


def loopback_dialer(server: LoopbackHTTPServer, public_ip: str = "93.184.216.34"):
    """An httpcore network backend that dials `server` when asked for `public_ip`, else fails.

    (`public_ip` only has to be what FakeDNS returns; the guard vets it before we get here, so
    pick a truly public address such as 93.184.216.34 when the guard is on.)
    """
    import httpcore

    class _Dialer(httpcore.AnyIOBackend):
        def __init__(self) -> None:
            self.dialed: list[tuple[str, int]] = []

        async def connect_tcp(self, host, port, timeout=None, local_address=None,  # noqa: ASYNC109
                              socket_options=None):  # fmt: skip
            self.dialed.append((host, port))
            if host != public_ip:
                raise httpcore.ConnectError(f"test dialer refuses {host}: not {public_ip}")
            return await super().connect_tcp(
                "127.0.0.1", server.port, timeout, local_address, socket_options
            )

    return _Dialer()
