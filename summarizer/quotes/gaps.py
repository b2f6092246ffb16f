"""A quote's kept sentences joined around the ones left out ("A … C"): one ellipsis marks a
gap, also where the speaker's own ellipsis already stands at it."""

from __future__ import annotations

_ELLIPSES = ("…", "...")


def join_gaps(kept: list[str]) -> str:
    """`kept` (runs of a quote's sentences, in order) joined by " … ". A run that ends with an
    ellipsis, or one that opens with it, already marks the gap: a second read "Syria … … We"
    (reading23b: a sentence the summary showed was cut out of a quote right after the
    speaker's own "…")."""
    out = ""
    for run in kept:
        if not out:
            out = run
        elif out.rstrip().endswith(_ELLIPSES) or run.lstrip().startswith(_ELLIPSES):
            out = f"{out.rstrip()} {run.lstrip()}"
        else:
            out = f"{out} … {run}"
    return out
