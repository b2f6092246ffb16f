"""Nested compression bombs against the real fetcher: memory stays near the cap, the deadline
holds while inflating, and every layer is capped (whatever FETCH_MAX_BYTES is set to)."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc

import pytest

from summarizer.errors import FetchTimeoutError, TooLargeError, UnreachableError
from summarizer.web.fetch import Fetcher, FetchPolicy
from tests.pages import page

MB = 1_000_000


def double_gzip_bomb(megabytes: int) -> bytes:
    """`megabytes` MB of zeros, gzipped twice: the inner layer is one small member repeated
    (concatenated members are valid gzip), so building even gigabytes costs nothing here."""
    member = gzip.compress(b"\0" * MB, compresslevel=9)
    return gzip.compress(member * megabytes, compresslevel=9)


def bomb_route(http_server, megabytes: int) -> str:
    body = double_gzip_bomb(megabytes)
    assert len(body) < 200_000  # what travels on the wire is tiny
    return http_server.route(
        "/bomb", body, headers={"Content-Encoding": "gzip, gzip"}, content_type="text/plain"
    )


async def test_a_double_gzip_bomb_costs_no_more_memory_than_the_cap(http_server) -> None:
    cap = 24 * MB
    url = bomb_route(http_server, 1000)  # 1 GB when fully inflated
    async with Fetcher(FetchPolicy(max_bytes=cap, allow_private_networks=True)) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(TooLargeError):
                await fetcher.fetch(url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < cap + 4 * MB, f"peak {peak / MB:.1f} MB for a {cap / MB:.0f} MB cap"


async def test_the_deadline_holds_while_a_bomb_inflates(http_server) -> None:
    """With the cap at 2 GB the bomb would inflate for seconds: the 0.3 s deadline stops it,
    and the event loop keeps running other work meanwhile."""
    url = bomb_route(http_server, 4000)  # 4 GB
    policy = FetchPolicy(max_bytes=2_000_000_000, timeout=0.3, allow_private_networks=True)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    other = asyncio.create_task(ticker())
    async with Fetcher(policy) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeoutError):
            await fetcher.fetch(url)
        elapsed = time.monotonic() - started
    other.cancel()
    assert elapsed < 2.0, f"fetch outlived its 0.3 s deadline by {elapsed - 0.3:.1f} s"
    assert ticks >= 5, "the event loop was blocked while inflating"


async def test_each_layer_is_capped_on_its_own(http_server) -> None:
    """The outer layer of a nested bomb is stopped at the cap even before the inner one has
    produced anything worth keeping."""
    outer_output = gzip.compress(b"\0" * 3 * MB)  # inner layer: gzip of 3 MB of zeros
    body = gzip.compress(outer_output * 40)  # the outer layer alone inflates to ~120 KB x 40
    url = http_server.route("/layers", body, headers={"Content-Encoding": "gzip, gzip"})
    async with Fetcher(FetchPolicy(max_bytes=1 * MB, allow_private_networks=True)) as fetcher:
        with pytest.raises(TooLargeError):
            await fetcher.fetch(url)


async def test_a_legitimate_double_gzip_page_is_read_whole(http_server) -> None:
    html = page("article").encode()
    body = gzip.compress(gzip.compress(html) + gzip.compress(b"<!-- second member -->"))
    url = http_server.route("/twice", body, headers={"Content-Encoding": "gzip, gzip"})
    async with Fetcher(FetchPolicy(allow_private_networks=True)) as fetcher:
        result = await fetcher.fetch(url)
    assert result.body == html + b"<!-- second member -->"


async def test_a_large_page_inflates_exactly(http_server) -> None:
    """Many slices, pending output flushed between them: nothing lost or repeated."""
    text = b"".join(b"line %07d of a long page\n" % i for i in range(200_000))  # ~5 MB
    url = http_server.route("/long", gzip.compress(text), headers={"Content-Encoding": "gzip"})
    async with Fetcher(FetchPolicy(max_bytes=6 * MB, allow_private_networks=True)) as fetcher:
        result = await fetcher.fetch(url)
    assert result.body == text


async def test_more_than_two_encoding_layers_are_refused(http_server) -> None:
    body = gzip.compress(gzip.compress(gzip.compress(b"<p>hello</p>")))
    url = http_server.route("/thrice", body, headers={"Content-Encoding": "gzip, gzip, gzip"})
    async with Fetcher(FetchPolicy(allow_private_networks=True)) as fetcher:
        with pytest.raises(UnreachableError, match="compression format"):
            await fetcher.fetch(url)
