"""Headline figures: two headlines quoting figures none of which the other item gives.

Split from bot.digest.story_compare (session 17): one of the rules in `ruled_out` ("Part 1" and
"Part 2"; "dépasse les 400 M€" and "412 millions" are one figure, story_figures.roughly), with
what it lets pass: a year against a count (YEARS_APART) and a share against a count
(SHARES_APART) measure other things. Pure: no I/O.
"""

from __future__ import annotations

from bot.digest.story_figures import YEAR, roughly
from bot.digest.story_fingerprint import Fingerprint

# A year in one headline and a count in the other are no other figures ("vise une croissance en
# 2027" / "bénéfice en hausse de 7 %"): YEARS_APART compares years with years and the rest with
# the rest; False: any headline figures.
YEARS_APART = True
# ... and a share in one against a count in the other neither (session 11, round 12's 6-hour
# digests: a strike's minimum service "del 30 %" and its "esperas de 25 minutos").
SHARES_APART = True


def other_headline_figures(a: Fingerprint, b: Fingerprint) -> bool:
    """Figures in both headlines, and none of either's in the other item, not even roughly
    ("dépasse les 400 M€" and "412 millions" are one figure)."""
    ta, tb = a.title_numbers, b.title_numbers
    if not (ta and tb) or ta & b.numbers or tb & a.numbers:
        return False
    if YEARS_APART and not _one_kind(ta, tb):
        return False
    if SHARES_APART and _shares_against_counts(a, b):
        return False
    return not roughly(a.title_rough, b.rough) and not roughly(b.title_rough, a.rough)


def _one_kind(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether both headlines give a year, or both give another figure."""
    years_a, years_b = {n for n in ta if n[0] == YEAR}, {n for n in tb if n[0] == YEAR}
    return bool(years_a and years_b) or bool(ta - years_a and tb - years_b)


def _shares_against_counts(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one item gives only shares (16%) and the other no share at all, years aside:
    their figures measure other things ("servicios mínimos del 30 %" / "esperas de 25
    minutos"), so neither headline's figure is missing from the other. A results item giving
    "7 %" and "412 millions" still compares with "500 M€" (SHARES_APART)."""
    return (_only_shares(a) and _no_share(b)) or (_only_shares(b) and _no_share(a))


def _only_shares(fp: Fingerprint) -> bool:
    return bool(fp.shares) and not fp.counts


def _no_share(fp: Fingerprint) -> bool:
    return bool(fp.counts) and not fp.shares
