"""The CPU half of a summary and every parse of fetched or uploaded bytes, run inside the
process pool under a time budget (imports no Telegram code)."""

from __future__ import annotations

import contextlib
import dataclasses
import faulthandler
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from typing import TypeVar

from summarizer.errors import GistError
from summarizer.models import Article, Gist, GistOptions

log = logging.getLogger(__name__)
FALLBACK_ALGORITHM = "default"
T = TypeVar("T")


def within_budget(seconds: float, fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)` in this worker, which exits if the call outlives `seconds` (its time budget).

    faulthandler's timer is a C thread, so it fires even while the call holds the GIL inside C
    code (lxml, expat, a regular expression), where a Python alarm or thread would wait its turn;
    it writes where the worker was stuck to stderr, then ends the process. Ending the process
    is the only stop that leaves no half-updated parser state behind. The pool breaks, and
    `BotResources.run_cpu` replaces it and raises OverBudgetError.
    """
    if multiprocessing.parent_process() is None:  # exiting would end the bot itself
        raise RuntimeError("within_budget runs in a pool worker only")
    faulthandler.dump_traceback_later(seconds, exit=True)
    try:
        return fn(*args)
    finally:
        faulthandler.cancel_dump_traceback_later()


def _capped(article: Article, max_chars: int) -> Article:
    """At most `max_chars` of text, cut at a paragraph break when one is near."""
    if len(article.text) <= max_chars:
        return article
    text = article.text[:max_chars]
    cut = text.rfind("\n\n")
    if cut > max_chars // 2:
        text = text[:cut]
    return dataclasses.replace(article, text=text)


def _gist(source: Article | str, options: GistOptions) -> Gist:
    """make_gist, falling back to our default algorithm when the chosen one cannot handle the
    article (some sumy algorithms fail on a language's resources or on very short texts)."""
    from summarizer.pipeline import make_gist

    try:
        return make_gist(source, options)
    except GistError:
        raise
    except Exception:
        if options.summary.algorithm == FALLBACK_ALGORITHM:
            raise
        log.warning("algorithm %s failed; using %s", options.summary.algorithm, FALLBACK_ALGORITHM)
        summary = dataclasses.replace(options.summary, algorithm=FALLBACK_ALGORITHM)
        return make_gist(source, dataclasses.replace(options, summary=summary))


def gist_from_page(page: object, options: GistOptions, max_chars: int) -> Gist:
    """Extract the article from a fetched page and summarize it."""
    from summarizer.web.extract import extract_article

    return _gist(_capped(extract_article(page), max_chars), options)  # type: ignore[arg-type]


def gist_from_article(article: Article, options: GistOptions, max_chars: int) -> Gist:
    return _gist(_capped(article, max_chars), options)


def gist_from_text(text: str, options: GistOptions) -> Gist:
    return _gist(text, options)


_WARM_TEXT = (
    "The harbour opened a new pier on Monday. “It took three years,” said the harbour master. "
    "About 200 boats can now moor there, twice as many as before.\n\n"
    "The town paid 4 million crowns for the work. Fishermen welcomed the change."
)
# Long enough (over trafilatura's 250-character minimum) that trafilatura's own pass accepts it:
# a shorter page sends trafilatura to its justext fallback, which loads justext's stop lists for
# every language (~30 MB per worker) that real article pages rarely need.
_WARM_PAGE = (
    "<html><head><title>New pier</title></head><body><article>"
    "<p>The harbour opened a new pier on Monday after three years of building work.</p>"
    "<p>About 200 boats can now moor there, twice as many as before, said the harbour master.</p>"
    "<p>The town paid 4 million crowns for the work, and the fishermen welcomed the change.</p>"
    "<p>Ferries to the islands will use the old quay, which is to be repaired next spring.</p>"
    "</article></body></html>"
)


def _exit_with_parent() -> None:
    """Let this worker die with the bot. A pool worker holds its own call queue's write end, so
    it never sees EOF: when the bot is killed (SIGKILL, OOM, os._exit) its workers would wait
    forever, ~250 MB each. The parent's sentinel becomes ready when the parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not a multiprocessing child (called directly)
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def single_thread_blas() -> None:
    """One BLAS thread per worker unless the operator set one: on a busy 2-core box OpenBLAS's
    own threads turned a 0.06 ms mat-vec into 24 ms (docs/performance.md). Call it in the parent
    before the pool starts: spawned workers inherit the environment before numpy loads."""
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


def warm_up() -> None:
    """Pool initializer: exit with the bot, import the heavy modules and fill the per-language
    caches once per worker, so the first users after a start do not wait for them."""
    _exit_with_parent()
    with contextlib.suppress(Exception):  # warming is an optimisation only
        from summarizer.models import Page
        from summarizer.web.extract import extract_article

        page = Page("http://warm.up/", "http://warm.up/", 200, "text/html", _WARM_PAGE.encode())
        extract_article(page)
    with contextlib.suppress(Exception):
        _gist(_WARM_TEXT, GistOptions())
