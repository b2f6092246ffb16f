"""OPML import/export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from summarizer.web.opml import OpmlError, Outline, export_opml, parse_opml

OPML = Path(__file__).parent / "feeds" / "subscriptions.opml"


def test_import_flattens_folders_and_drops_junk() -> None:
    assert parse_opml(OPML.read_bytes()) == [
        Outline("https://gazette.example/rss.xml", "Harbour Town Gazette"),
        Outline("https://cycling.example/atom.xml", "Valley Cycling"),
        Outline("https://orchard.example/feed.json", None),
    ]


def test_import_limit() -> None:
    assert len(parse_opml(OPML.read_bytes(), limit=2)) == 2


def test_export_round_trips_and_escapes() -> None:
    outlines = [
        Outline("https://a.example/feed?x=1&y=2", 'Tom & Jerry "<news>"'),
        Outline("https://b.example/rss", None),
    ]
    data = export_opml(outlines, now=datetime(2026, 11, 5, 12, 0, tzinfo=UTC))
    assert b"&amp;" in data and b"<news>" not in data
    assert b"Thu, 05 Nov 2026 12:00:00" in data
    assert parse_opml(data) == [
        Outline("https://a.example/feed?x=1&y=2", 'Tom & Jerry "<news>"'),
        Outline("https://b.example/rss", "https://b.example/rss"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"not xml",
        b"<html><body/></html>",
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<opml><body><outline xmlUrl="https://x.example/&b;"/></body></opml>',
        b"<opml>" + b" " * 1_000_001 + b"</opml>",
    ],
)
def test_import_rejects_bad_files(data: bytes) -> None:
    with pytest.raises(OpmlError):
        parse_opml(data)
