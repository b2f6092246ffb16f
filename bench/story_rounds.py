"""The story sets written blind after the first ones, as the story benchmark scores them: each
round's row name and when its errors may be listed (`BLIND_ROUNDS`), and its items
(`blind_round`, from tests/story_items_roundN.py).

A round's errors are listed only once it has been scored blind and may be read: "always"
(round 3), "mistakes" (with `--mistakes`: read since, in-sample) or "never" (rows only: blind,
or scored to decide switches). A new round is one line here; bench/stories.py (the command
line and the set tables, which re-exports these names) gives it its `--roundN` flag, and
bench/story_cadence.py scores its digests every H hours. Items and fingerprints:
bench/story_prints.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from bench.story_prints import Item, chronological

# The sets written blind after the first ones: (round, row name, when their errors are listed).
# A set's errors are listed only once it has been scored blind and may be read; round 7 was read
# in session 10 (in-sample since), round 8 in session 10's second pass, round 9 in its third,
# round 10 in its fourth (in-sample since), round 12 in session 11.
BLIND_ROUNDS = (
    (3, "round 3 (written blind, in-sample since)", "always"),
    (4, "round 4 (written blind, in-sample since)", "mistakes"),
    (5, "round 5 (written blind, in-sample since)", "mistakes"),
    (6, "round 6 (written blind, in-sample since)", "mistakes"),
    (7, "round 7 (written blind, in-sample since)", "mistakes"),
    (8, "round 8 (written blind, in-sample since)", "mistakes"),
    (9, "round 9 (written blind, with times, in-sample since)", "mistakes"),
    (10, "round 10 (written blind, with times, in-sample since)", "mistakes"),
    (11, "round 11 (written blind, with times, scored to decide switches)", "never"),
    (12, "round 12 (written blind, with times, in-sample since)", "mistakes"),
    (13, "round 13 (written blind, with times, in-sample since)", "mistakes"),
    (14, "round 14 (written blind, with times, in-sample since)", "mistakes"),
    (15, "round 15 (written blind, with times, in-sample since)", "mistakes"),
    (16, "round 16 (written blind, with times, in-sample since)", "mistakes"),
    (17, "round 17 (written blind, with times, in-sample since)", "mistakes"),
    (18, "round 18 (written blind, with times, in-sample since)", "mistakes"),
    (19, "round 19 (written blind, with times, in-sample since)", "mistakes"),
    (20, "round 20 (written blind, with times, in-sample since)", "mistakes"),
    (21, "round 21 (written blind, with times, in-sample since)", "mistakes"),
    (22, "round 22 (written blind, with times, in-sample since)", "mistakes"),
    (23, "round 23 (written blind, with times, in-sample since)", "mistakes"),
    (24, "round 24 (written blind, with times, scored to decide switches)", "never"),
    (25, "round 25 (written blind, with times, scored to decide switches)", "never"),
    (26, "round 26 (written blind, with times, scored to decide switches)", "never"),
    (27, "round 27 (written blind, with times, in-sample since)", "mistakes"),
    (28, "round 28 (written blind, with times, scored to decide switches)", "never"),
    (29, "round 29 (written blind, with times, scored to decide switches)", "never"),
    (30, "round 30 (written blind, with times, scored to decide switches)", "never"),
    (31, "round 31 (written blind, with times, scored to decide switches)", "never"),
    (32, "round 32 (written blind, with times, scored to decide switches)", "never"),
    (33, "round 33 (written blind, with times, in-sample since)", "mistakes"),
    (34, "round 34 (written blind, with times, in-sample since)", "mistakes"),
    (35, "round 35 (written blind, with times, in-sample since)", "mistakes"),
    (36, "round 36 (written blind, with times, scored to decide switches)", "never"),
    (37, "round 37 (written blind, with times, in-sample since)", "mistakes"),
    (38, "round 38 (written blind, with times, scored to decide switches)", "never"),
    (39, "round 39 (written blind, with times, scored to decide switches)", "never"),
    (40, "round 40 (written blind, with times, scored to decide switches)", "never"),
    (41, "round 41 (written blind, with times, scored to decide switches)", "never"),
    (42, "round 42 (written blind, with times, its false merges read in session 16)", "mistakes"),
    (43, "round 43 (written blind, with times, scored to decide switches)", "never"),
    (44, "round 44 (written blind, with times, its errors read in session 16)", "mistakes"),
    (45, "round 45 (written blind, with times)", "never"),
    (46, "round 46 (written blind, with times)", "never"),
    (47, "round 47 (written blind, with times, its false merges read in session 17)", "mistakes"),
    (48, "round 48 (written blind, with times, its false merges read in session 17)", "mistakes"),
    (49, "round 49 (written blind, with times, its errors read in session 18)", "mistakes"),
    (50, "round 50 (written blind, with times, its errors read in session 18)", "mistakes"),
    (51, "round 51 (written blind, with times, its misses read in session 18)", "mistakes"),
    (52, "round 52 (written blind, with times)", "never"),
)


def blind_round(number: int) -> Sequence[Item]:
    """A blind round's items, in time order when they carry hours (round 9 on)."""
    return chronological(importlib.import_module(f"tests.story_items_round{number}").ITEMS)
