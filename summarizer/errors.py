"""The exceptions gistbot's library raises.

Every error a user can cause carries a short, user-facing `message` (one sentence, no markup) and a
stable `code` that the bot maps to its translated message catalog.

    GistError
    ├── TextError                  the text itself cannot be summarized
    │   ├── EmptyTextError         nothing left after cleanup
    │   ├── NotLanguageError       numbers, code, emoji: not prose
    │   └── UnsupportedLanguageError
    ├── OverBudgetError            work on one input outlived its time budget and was stopped
    │                              (also a TimeoutError: waiters treat it as their own timeout)
    └── FetchError                 a link could not be turned into an article
        ├── InvalidURLError        not an http(s) URL
        │   └── CredentialsInURLError  a user name or password in the link (never sent or kept)
        ├── BlockedAddressError    private, loopback, link-local, metadata ... address
        ├── UnreachableError       DNS failure, refused connection, HTTP error status
        │   └── HTTPStatusError    the site answered 4xx/5xx (`.status` holds the code)
        ├── FetchTimeoutError      connect or total time limit passed
        ├── TooLargeError          body (after decompression) over the cap, or over a parser's
        │                          own size cap (page, PDF, feed)
        ├── UnsupportedContentError   image, video, archive, other binaries
        ├── NotAnArticleError      paywall teaser, consent wall, JS-only app, link list
        ├── ExtractionError        the page parsed but yielded no usable text
        └── NotAFeedError          not RSS/Atom/JSON Feed, and no feed announced on the page
"""

from __future__ import annotations


class GistError(Exception):
    """Base class: an expected failure with a message fit to show a user."""

    code = "error"
    message = "Something went wrong with this text."

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        if message is not None:
            self.message = message
        self.detail = detail
        super().__init__(self.message)


class TextError(GistError):
    code = "text"
    message = "This text cannot be summarized."


class EmptyTextError(TextError):
    code = "empty"
    message = "There is no article text to summarize."


class NotLanguageError(TextError):
    code = "not_language"
    message = "This does not look like prose in a human language."


class UnsupportedLanguageError(TextError):
    code = "unsupported_language"
    message = "This language is not supported."


class OverBudgetError(GistError, TimeoutError):
    """Raised by whoever enforces the budget (the bot's worker pool), never by a parser itself:
    a parser stuck in C code cannot be interrupted, only its process ended."""

    code = "over_budget"
    message = "That took too long to process, so it was stopped. Please try again later."


class FetchError(GistError):
    code = "fetch"
    message = "The link could not be fetched."


class InvalidURLError(FetchError):
    code = "invalid_url"
    message = "That is not a web link (only http and https work)."


class CredentialsInURLError(InvalidURLError):
    """Refused, not stripped: the page behind a password is private to whoever holds it, and
    the summary cache is shared by every user of the bot."""

    code = "url_credentials"
    message = "Links with a user name or password are not supported."


class BlockedAddressError(FetchError):
    code = "blocked_address"
    message = "That link points to a private or local network address, which is not allowed."


class UnreachableError(FetchError):
    code = "unreachable"
    message = "The site could not be reached."


class HTTPStatusError(UnreachableError):
    code = "http_status"

    def __init__(self, status: int, *, url: str | None = None) -> None:
        self.status = status
        if status in (401, 403):
            text = f"The site refused access (HTTP {status})."
        elif status in (404, 410):
            text = f"The page does not exist (HTTP {status})."
        elif status == 429:
            text = "The site is limiting requests right now (HTTP 429); try again later."
        elif status >= 500:
            text = f"The site has a server error (HTTP {status}); try again later."
        else:
            text = f"The site answered with an error (HTTP {status})."
        super().__init__(text, detail=f"HTTP {status} {url or ''}".strip())

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.status,), {"detail": self.detail})


class FetchTimeoutError(FetchError):
    code = "timeout"
    message = "The site took too long to answer."


class TooLargeError(FetchError):
    code = "too_large"
    message = "The page is too large to summarize."


class UnsupportedContentError(FetchError):
    code = "unsupported_content"
    message = "The link does not point to an article."


class NotAnArticleError(FetchError):
    code = "not_article"
    message = "The page has too little article text (paywall, consent wall or a list of links)."


class ExtractionError(FetchError):
    code = "extraction_failed"
    message = "No article text could be extracted from the page."


class NotAFeedError(FetchError):
    code = "not_feed"
    message = "That link is not an RSS, Atom or JSON feed, and the page announces no feed."
