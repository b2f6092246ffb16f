"""The feed farm of the scale benchmark: `python -m bench.scale_farm FEEDS [--change 0.1]`.

One process serves FEEDS virtual feeds on loopback and prints its port on the first line of
stdout. Feed `i` lives at `/f/i` (RSS for even `i`, Atom for odd), holds the 20 newest items of
its own, and answers a conditional request with 304 when nothing changed (ETag and
Last-Modified both honoured). `POST /advance` starts the next cycle: a seeded share `--change` of
the feeds gets one new item (`POST /advance?n=96&shift=86400`: a day of 15-minute cycles, dated
a day later). Each item names a made-up guest, so every item is a story of its own. Some
feeds misbehave the way real ones do, chosen by index so every
run is the same: every 50th is slow (2 s), every 100th fails with 500, every 100th (another
one) moves for good with a 301. A fifth of the feeds carry only teasers, so the bot fetches the
article behind each new item from `/a/i/k` (a short synthetic page of bench.load_text, in our
own words). `GET /stats` returns the request counts as JSON.
It runs in its own process so that its CPU and memory are not the bot's or the load
generator's.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.load_text import article_page

ITEMS = 20
SLOW_EVERY, SLOW_SECONDS = 50, 2.0
FAIL_EVERY, FAIL_AT = 100, 13
MOVE_EVERY, MOVE_AT = 100, 29
TEASER_EVERY = 5
ITEM_SPACING = 600  # seconds between two items of a feed; the newest is about as old as the farm

_SYLLABLES = ("ka", "ro", "mi", "sel", "tan", "vo", "lin", "de", "gar", "nu", "bes", "fi")
_LEAD = (
    "The harbour board of feed {i} met {name} on Tuesday and agreed to extend the ferry timetable "
    "by two sailings a day from next month. Board members said about 1,200 people now cross "
    "every morning, a quarter more than last year, and that the longer timetable would cost "
    "the town 85,000 euros a year. The island school welcomed the plan, because pupils often "
    "waited an hour in the cold for the last boat home. Fishermen asked the board to keep the "
    "inner berth free in the early hours, and the harbour master promised to publish a berth "
    "plan before the new timetable starts. Story {k} of this feed, cycle {v}."
)
_TEASER = "The harbour board of feed {i} met {name} on Tuesday. Story {k}. Read more..."


class Farm:
    """The feeds' versions (how many new items each got) and the request counters."""

    def __init__(self, feeds: int, change: float) -> None:
        self.feeds, self.change = feeds, change
        self.versions = [0] * feeds
        self.cycle = 0
        self.started = time.time()
        self.counts = {"feed": 0, "not_modified": 0, "article": 0, "failed": 0, "moved": 0}
        self._lock = threading.Lock()

    def advance(self) -> int:
        """The next cycle: a seeded share of the feeds gets one new item each; returns how many."""
        with self._lock:
            self.cycle += 1
            changed = 0
            for i in range(self.feeds):
                if (i * 7919 + self.cycle * 104_729) % 1000 < self.change * 1000:
                    self.versions[i] += 1
                    changed += 1
            return changed

    def count(self, key: str) -> None:
        with self._lock:
            self.counts[key] += 1


def guest(i: int, k: int) -> str:
    """A made-up name, different for every item: the bot's story detection keeps items with
    no name in common apart, so each new item is a story of its own, as in a real feed."""
    n = i * 7_919 + k * 104_729 + 1
    parts = []
    while n:
        n, digit = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize()


def feed_body(port: int, i: int, version: int, started: float) -> bytes:
    """Feed i at `version`: its 20 newest items, newest first, dated up to the farm's start
    (a digest takes only recent items)."""
    base = f"http://127.0.0.1:{port}"
    epoch = int(started) - ITEMS * ITEM_SPACING
    entries = []
    for k in range(version + ITEMS - 1, version - 1, -1):
        name = guest(i, k)
        text = (_TEASER if i % TEASER_EVERY == 0 else _LEAD).format(i=i, k=k, v=version, name=name)
        link = f"{base}/a/{i}/{k}"
        stamp = epoch + k * ITEM_SPACING
        date = formatdate(stamp, usegmt=True)
        title = f"Harbour board of feed {i} meets {name}"
        if i % 2 == 0:
            entries.append(
                f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
                f"<pubDate>{date}</pubDate><description>{text}</description></item>"
            )
        else:
            iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
            entries.append(
                f"<entry><title>{title}</title><link href='{link}'/><id>{link}</id>"
                f"<updated>{iso}</updated><summary>{text}</summary></entry>"
            )
    if i % 2 == 0:
        head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {i}</title>'
        return f"{head}{''.join(entries)}</channel></rss>".encode()
    head = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Feed {i}</title><id>urn:feed:{i}</id>"
    )
    return f"{head}{''.join(entries)}</feed>".encode()


def handler_class(farm: Farm) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(
            self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_POST(self) -> None:
            path, _, query = self.path.partition("?")
            if path == "/advance":  # ?n=K&shift=S: K cycles at once, S seconds later (a week)
                params = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
                farm.started += float(params.get("shift", 0))  # item dates follow the clock
                cycles = int(params.get("n", 1))
                self._send(200, str(sum(farm.advance() for _ in range(cycles))).encode())
            else:
                self._send(404)

        def do_GET(self) -> None:
            parts = self.path.split("?")[0].strip("/").split("/")
            try:
                if parts[0] == "f" and len(parts) == 2:
                    self._feed(int(parts[1]), moved="moved" in self.path)
                elif parts[0] == "a" and len(parts) == 3:
                    farm.count("article")
                    index = int(parts[1]) * 100_000 + int(parts[2])
                    self._send(200, article_page("short", index), {"Content-Type": "text/html"})
                elif parts[0] == "stats":
                    self._send(200, json.dumps(farm.counts).encode())
                else:
                    self._send(404)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _feed(self, i: int, *, moved: bool) -> None:
            if not 0 <= i < farm.feeds:
                self._send(404)
                return
            farm.count("feed")
            if i % SLOW_EVERY == 0:
                time.sleep(SLOW_SECONDS)
            if i % FAIL_EVERY == FAIL_AT:
                farm.count("failed")
                self._send(500, b"upstream broke")
                return
            if i % MOVE_EVERY == MOVE_AT and not moved:
                farm.count("moved")
                self._send(301, headers={"Location": f"/f/{i}?moved=1"})
                return
            version = farm.versions[i]
            etag = f'"{i}-{version}"'
            modified = formatdate(farm.started + version * ITEM_SPACING, usegmt=True)
            if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-None-Match") is None
                and self.headers.get("If-Modified-Since") == modified
            ):
                farm.count("not_modified")
                self._send(304, headers={"ETag": etag})
                return
            kind = "application/rss+xml" if i % 2 == 0 else "application/atom+xml"
            body = feed_body(self.server.server_address[1], i, version, farm.started)
            self._send(200, body, {"Content-Type": kind, "ETag": etag, "Last-Modified": modified})

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feeds", type=int)
    parser.add_argument("--change", type=float, default=0.1, help="share of feeds per cycle")
    args = parser.parse_args()
    farm = Farm(args.feeds, args.change)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class(farm))
    server.daemon_threads = True
    server.request_queue_size = 1024
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sys.stdout.flush()


if __name__ == "__main__":
    main()
