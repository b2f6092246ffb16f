"""Fetch a link safely: SSRF-checked hops, manual redirects, time and size caps.

One `Fetcher` owns one pooled `httpx.AsyncClient`. Every hop is checked twice (URL on its face, then
the resolved address at connect time, see netguard), redirects are followed by hand so each one is
checked (a user name or password in any hop is refused, never sent), and the whole fetch runs
under one deadline (slow-drip bodies included). The body is decompressed here in small slices,
each layer and the total under `max_bytes`, yielding to the loop between slices: a nested gzip
bomb costs at most the cap in memory and cannot outlive the deadline. No cookies are kept: the
client is shared by every user of the bot.
"""

from __future__ import annotations

import asyncio
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING

import httpx

from summarizer.errors import (
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    TooLargeError,
    UnreachableError,
    UnsupportedContentError,
)
from summarizer.models import Page
from summarizer.web.decode import (
    ARTICLE_KINDS,
    SNIFF_BYTES,
    header_charset,
    media_type,
    unsupported_message,
)
from summarizer.web.decode import sniff as sniff_body
from summarizer.web.netguard import GuardedTransport, Resolver, check_url, system_resolve
from summarizer.web.urls import redact_url

if TYPE_CHECKING:
    from summarizer.models import Article

DEFAULT_USER_AGENT = "gistbot/0.1 (Telegram article summarizer bot)"
ARTICLE_ACCEPT = (
    "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.1"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
__all__ = ["ARTICLE_ACCEPT", "FetchPolicy", "Fetcher", "Page", "fetch_article"]


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for one fetch. Plain data: build it from config.Settings in bot/, not here."""

    connect_timeout: float = 5.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_networks: bool = False


class Fetcher:
    """Shared HTTP client with the guard built in; use `async with Fetcher(policy) as f`.

    `resolver` replaces DNS (tests); `transport` replaces the whole guarded transport (then the
    per-hop URL checks still apply but address pinning is the transport's business).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.policy = policy = policy or FetchPolicy()
        if transport is None:
            transport = GuardedTransport(
                resolver=resolver or system_resolve, allow_private=policy.allow_private_networks
            )
        self._client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(policy.timeout, connect=policy.connect_timeout),
            follow_redirects=False,
            trust_env=False,
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        accept: str | None = None,
        headers: dict[str, str] | None = None,
        only_articles: bool = False,
    ) -> Page:
        """GET `url` within the policy. 2xx and 304 come back as a Page; the rest raise FetchError.

        `only_articles` refuses images, video, archives ... as soon as the first bytes show them,
        instead of downloading up to the cap first.
        """
        try:
            async with asyncio.timeout(self.policy.timeout):
                return await self._fetch(url, accept, headers or {}, only_articles)
        except (TimeoutError, httpx.TimeoutException):
            raise FetchTimeoutError(detail=url) from None

    async def _fetch(
        self, url: str, accept: str | None, headers: dict[str, str], only_articles: bool
    ) -> Page:
        try:
            current = httpx.URL(url.strip())
        except (httpx.InvalidURL, TypeError, ValueError):
            raise InvalidURLError(detail=redact_url(url)) from None
        request_headers = dict(headers)
        if accept:
            request_headers["Accept"] = accept
        allow_private = self.policy.allow_private_networks
        hops: list[tuple[int, str]] = []
        for hop in range(self.policy.max_redirects + 1):
            check_url(current, allow_private=allow_private)
            try:
                request = self._client.build_request("GET", current, headers=request_headers)
                response = await self._client.send(request, stream=True)
            except httpx.TimeoutException:
                raise
            except httpx.UnsupportedProtocol:
                raise InvalidURLError(detail=str(current)) from None
            except httpx.HTTPError as exc:
                raise UnreachableError(detail=f"{current}: {exc!r}") from None
            try:
                status = response.status_code
                location = response.headers.get("location")
                if status in _REDIRECTS and location:
                    if hop == self.policy.max_redirects:
                        raise UnreachableError(
                            "The link redirects too many times.", detail=str(current)
                        )
                    try:
                        current = current.join(location.strip()).copy_with(fragment=None)
                    except (httpx.InvalidURL, ValueError):
                        raise UnreachableError(
                            "The site redirected to a broken link.", detail=redact_url(location)
                        ) from None
                    hops.append((status, str(current)))
                    continue
                page = await self._page(url, current, response, only_articles)
                return replace(page, redirects=tuple(hops)) if hops else page
            finally:
                await response.aclose()
        raise AssertionError("unreachable")  # pragma: no cover

    async def _page(
        self, requested: str, final: httpx.URL, response: httpx.Response, only_articles: bool
    ) -> Page:
        status = response.status_code
        if status >= 400:
            raise HTTPStatusError(status, url=str(final))
        if status != 304 and not 200 <= status < 300:
            raise UnreachableError(detail=f"unexpected HTTP {status} from {final}")
        content_type_header = response.headers.get("content-type", "")
        body = b""
        if status != 304:
            body = await self._read_body(response, content_type_header, only_articles)
        return Page(
            url=requested,
            final_url=str(final),
            status=status,
            content_type=media_type(content_type_header),
            body=body,
            charset=header_charset(content_type_header),
            headers={k.lower(): v for k, v in response.headers.items()},
        )

    async def _read_body(
        self, response: httpx.Response, content_type: str, only_articles: bool
    ) -> bytes:
        cap = self.policy.max_bytes
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            raise TooLargeError(detail=f"Content-Length {length} > {cap}")
        layers = _decoders(response.headers.get("content-encoding", ""), cap)
        body = io.BytesIO()  # getvalue() hands its buffer over: no second copy of a big body
        raw_total = 0
        checked = not only_articles
        try:
            async for raw in response.aiter_raw():
                raw_total += len(raw)
                if raw_total > cap:
                    raise TooLargeError(detail=f"more than {cap} bytes on the wire")
                for piece in _decode(layers, raw):
                    if body.tell() + len(piece) > cap:
                        raise TooLargeError(detail=f"more than {cap} bytes")
                    body.write(piece)
                    if not checked and body.tell() >= SNIFF_BYTES:
                        _refuse_non_article(content_type, body.getvalue()[:SNIFF_BYTES])
                        checked = True
                    if layers:
                        await asyncio.sleep(0)  # let the fetch deadline interrupt inflation
        except httpx.TimeoutException:
            raise
        except httpx.HTTPError as exc:
            raise UnreachableError(
                "The connection broke while the page was loading.", detail=repr(exc)
            ) from None
        if not checked:
            _refuse_non_article(content_type, body.getvalue())
        return body.getvalue()


def _refuse_non_article(content_type: str, head: bytes) -> None:
    sniffed = sniff_body(content_type, head)
    if sniffed.kind not in ARTICLE_KINDS:
        raise UnsupportedContentError(unsupported_message(sniffed.kind, sniffed.mime))


class _Inflater:
    """One Content-Encoding layer, inflated in slices of at most `SLICE` bytes.

    Small slices keep memory flat (a layer never holds more than one slice of output) and give
    the event loop a turn between them, so the fetch deadline holds during decompression; the
    layer's own output is capped too, so a nested bomb stops at the first layer that overflows.
    """

    SLICE = 64 * 1024

    def __init__(self, encoding: str, cap: int) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._wbits = zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False
        self._cap = cap
        self._produced = 0

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Inflate `data`, yielding slices; stops with TooLargeError past the layer's cap."""
        while True:
            chunk = self._inflate(data)
            self._produced += len(chunk)
            if self._produced > self._cap:
                raise TooLargeError(detail="decompressed body over the cap")
            if chunk:
                yield chunk
            data = self._obj.unconsumed_tail
            if self._obj.eof:
                data = self._obj.unused_data if self._gzip else b""
                if not data:
                    return
                self._obj = zlib.decompressobj(self._wbits)  # concatenated gzip members
            elif not data and len(chunk) < self.SLICE:
                return  # input used up and no output pending

    def _inflate(self, data: bytes) -> bytes:
        try:
            chunk = self._obj.decompress(data, self.SLICE)
        except zlib.error as exc:
            if self._started or self._gzip:
                raise UnreachableError(
                    "The site sent a corrupt compressed page.", detail=str(exc)
                ) from None
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent as raw deflate
            self._started = True
            return self._inflate(data)
        self._started = True
        return chunk


MAX_ENCODING_LAYERS = 2


def _decoders(header: str, cap: int) -> list[_Inflater]:
    """Decoders in the order to apply them (reverse of the header's list)."""
    names = [n.strip().lower() for n in header.split(",") if n.strip()]
    names = [n for n in names if n != "identity"]
    if len(names) > MAX_ENCODING_LAYERS or any(
        name not in ("gzip", "x-gzip", "deflate") for name in names
    ):
        raise UnreachableError(
            "The site sent the page in a compression format gistbot cannot read.",
            detail=f"Content-Encoding: {header[:200]}",
        )
    return [_Inflater(name, cap) for name in reversed(names)]


def _decode(layers: list[_Inflater], data: bytes) -> Iterator[bytes]:
    """`data` through every layer in turn, one slice at a time (identity when there are none)."""
    if not layers:
        if data:
            yield data
        return
    first, rest = layers[0], layers[1:]
    for piece in first.feed(data):
        yield from _decode(rest, piece)


async def fetch_article(
    url: str, policy: FetchPolicy | None = None, fetcher: Fetcher | None = None
) -> Article:
    """Fetch and extract in one call (CLI). The bot instead runs extract_article in its pool."""
    from summarizer.web.extract import extract_article

    if fetcher is None:
        async with Fetcher(policy) as own:
            page = await own.fetch(url, accept=ARTICLE_ACCEPT, only_articles=True)
    else:
        page = await fetcher.fetch(url, accept=ARTICLE_ACCEPT, only_articles=True)
    return await asyncio.to_thread(extract_article, page)
