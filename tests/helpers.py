"""The test helpers benchmarks may use, in one public module (bench imports nothing else from
tests/, and tests import nothing from bench): the loopback HTTP server, the fake Bot API and
the page fixtures, the labelled figures and the real-page labels."""

from tests import fake_telegram
from tests.databases import scratch_postgres
from tests.fake_telegram import Call, FakeTelegram
from tests.figures_labelled import HELDOUT, LABELLED, load, locate, match, ours, score
from tests.pages import page
from tests.realpages_schema import LABELS, UNITS, split_of
from tests.servers.http import LoopbackHTTPServer, Response

__all__ = [
    "HELDOUT",
    "LABELLED",
    "LABELS",
    "UNITS",
    "Call",
    "FakeTelegram",
    "LoopbackHTTPServer",
    "Response",
    "fake_telegram",
    "load",
    "locate",
    "match",
    "ours",
    "page",
    "score",
    "scratch_postgres",
    "split_of",
]
