"""The test helpers benchmarks may use, in one public module (bench imports nothing else from
tests/, and tests import nothing from bench): the loopback HTTP server, the fake Bot API (also
with Telegram's speed limits) and the page fixtures, the labelled figures, the real-page labels
and the story sets."""

from tests import (
    fake_telegram,
    story_items,
    story_items_fresh,
    story_items_round3,
    story_items_round4,
    story_items_round5,
    story_items_round6,
    story_items_round7,
)
from tests.databases import scratch_postgres
from tests.fake_telegram import Call, FakeTelegram
from tests.figures_labelled import (
    HELDOUT,
    HELDOUT_2,
    HELDOUT_3,
    HELDOUT_4,
    LABELLED,
    load,
    locate,
    match,
    ours,
    score,
)
from tests.figures_values import readings, value_score
from tests.limited_telegram import LimitedTelegram
from tests.pages import page
from tests.polnear_speakers import strict_speaker
from tests.quote_targets import opens_sentence
from tests.realpages_schema import (
    FRESH,
    FRESH_3,
    SECOND_KEYS,
    SPLITS,
    UNITS,
    label_path,
    report_rows,
    split_of,
)
from tests.realpages_speakers import speaker_verdict
from tests.servers.http import LoopbackHTTPServer, Response
from tests.speaker_kinds import NOT_A_PERSON, speaker_kind

__all__ = [
    "FRESH",
    "FRESH_3",
    "HELDOUT",
    "HELDOUT_2",
    "HELDOUT_3",
    "HELDOUT_4",
    "LABELLED",
    "NOT_A_PERSON",
    "SECOND_KEYS",
    "SPLITS",
    "UNITS",
    "Call",
    "FakeTelegram",
    "LimitedTelegram",
    "LoopbackHTTPServer",
    "Response",
    "fake_telegram",
    "label_path",
    "load",
    "locate",
    "match",
    "opens_sentence",
    "ours",
    "page",
    "readings",
    "report_rows",
    "score",
    "scratch_postgres",
    "speaker_kind",
    "speaker_verdict",
    "split_of",
    "story_items",
    "story_items_fresh",
    "story_items_round3",
    "story_items_round4",
    "story_items_round5",
    "story_items_round6",
    "story_items_round7",
    "strict_speaker",
    "value_score",
]
