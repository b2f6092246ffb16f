"""Fuzzing the reply renderer (bot/chat/render.py) with hostile article text.

Whatever the article says, the HTML reply must be HTML Telegram accepts (its tags only, nested
properly, every "&" starting an entity) and no longer than a message may be. The renderer's own
contract is stricter than Telegram's: the raw HTML, tags and entities included, stays within
4,096 UTF-16 code units, so the text Telegram counts (after entity parsing) does too. Gists are
built here directly, from text Hypothesis makes up.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser

from hypothesis import example, given
from hypothesis import strategies as st

from bot.chat.render import (
    MESSAGE_LIMIT,
    render_gist_html,
    render_gist_text,
    telegram_length,
)
from bot.digest.build import Candidate, DigestOptions, plan_digest
from summarizer.models import Article, Figure, Gist, Quote, ScoredSentence, Summary

# Telegram's HTML: these tags and no others (https://core.telegram.org/bots/api#html-style).
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span",
     "tg-spoiler", "tg-emoji", "blockquote"}
)  # fmt: skip
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class TelegramHTMLError(AssertionError):
    """The message would come back as "Bad Request: can't parse entities"."""


class _Checker(HTMLParser):
    """Telegram's rules on top of html.parser: known tags, balanced, links with http(s) href."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # entities come one by one, apart from text
        self.stack: list[str] = []
        self.visible: list[str] = []
        self.entities = 0  # one per formatting tag; Telegram applies the first 100

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            raise TelegramHTMLError(f"unsupported tag <{tag}>")
        href = (dict(attrs).get("href") or "").lower()
        if tag == "a" and not href.startswith(("http://", "https://")):
            raise TelegramHTMLError(f"link without an http(s) href: {attrs}")
        self.stack.append(tag)
        self.entities += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise TelegramHTMLError(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            raise TelegramHTMLError(f"</{tag}> closes nothing open")

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            raise TelegramHTMLError(f"unescaped < or > in {data[:20]!r}")
        self.visible.append(data)

    def handle_entityref(self, name: str) -> None:
        self.visible.append(_NAMED[name])  # only these pass _ENTITY

    def handle_charref(self, name: str) -> None:
        self.visible.append(chr(int(name[1:], 16) if name[0] in "xX" else int(name)))

    def handle_comment(self, data: str) -> None:
        raise TelegramHTMLError("comment")

    def handle_decl(self, decl: str) -> None:
        raise TelegramHTMLError("declaration")

    def handle_pi(self, data: str) -> None:
        raise TelegramHTMLError("processing instruction")


def telegram_entities(message: str) -> int:
    """How many entities Telegram makes of an HTML message (it applies at most 100)."""
    checker = _Checker()
    checker.feed(message)
    checker.close()
    return checker.entities


def telegram_visible_text(message: str) -> str:
    """The text Telegram shows for an HTML message; TelegramHTMLError where it would refuse it."""
    for amp in re.finditer("&", message):
        if not _ENTITY.match(message, amp.start()):
            raise TelegramHTMLError(f"broken entity: {message[amp.start() :][:12]!r}")
    checker = _Checker()
    checker.feed(message)
    checker.close()
    if checker.stack:
        raise TelegramHTMLError(f"unclosed <{checker.stack[-1]}>")
    return "".join(checker.visible)


def test_the_checker_refuses_what_telegram_refuses() -> None:
    """Guards the guard: each of these is a message Telegram answers with a 400."""
    for bad in ("<b>x", "a & b", "&amp", "<script>x</script>", "<b><i>x</b></i>", "1 < 2", "<br/>",
                '<a href="javascript:x">y</a>', "<!-- c -->"):  # fmt: skip
        try:
            telegram_visible_text(bad)
        except TelegramHTMLError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    assert telegram_visible_text('<b><a href="https://x">&lt;&amp;&#39;</a></b>') == "<&'"


# -- gists from hostile text -------------------------------------------------------------------

HOSTILE = "<>&\"'&amp;&#x27;</b><a href=x>😀\u202e\u200d\u0301 \n\t"
_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])  # all of Unicode, no surrogates
texts = st.one_of(
    st.text(_CHARS, max_size=60),
    st.text(st.sampled_from(HOSTILE), max_size=60),
    # huge: a short piece many times over (cheap to draw, heavy to render)
    st.builds(lambda piece, times: piece * times, st.text(_CHARS, min_size=1, max_size=5),
              st.integers(1, 2500)),
    st.builds(lambda piece, times: piece * times, st.sampled_from(['"', "&", "<", "😀", "'"]),
              st.integers(1, 2500)),
)  # fmt: skip
scores = st.floats(allow_nan=True, allow_infinity=True)
urls = st.one_of(
    st.none(),
    st.just("https://example.org/story"),
    texts.map(lambda path: "https://example.org/" + path),
    st.sampled_from(["javascript:alert(1)", "HTTP://EXAMPLE.ORG/A?a=1&b=<2>", "ftp://x/y"]),
)


@st.composite
def gists(draw: st.DrawFn) -> Gist:
    sentences = draw(st.lists(st.tuples(texts, scores), min_size=1, max_size=12))
    title = draw(st.none() | texts)
    summary = Summary(
        title=draw(st.none() | texts),
        sentences=tuple(ScoredSentence(t, i, s) for i, (t, s) in enumerate(sentences)),
        language=draw(st.sampled_from(["en", "ru", "de", "xx", ""])),
        stemmed=True,
        algorithm="default",
        words_in=draw(st.integers(0, 10**7)),
        words_out=draw(st.integers(0, 10**4)),
        sentences_in=len(sentences),
    )
    quotes = draw(st.lists(st.builds(Quote, texts, st.none() | texts, scores), max_size=5))
    figures = draw(st.lists(st.builds(Figure, texts, texts, st.none(), scores), max_size=6))
    url, canonical = draw(urls), draw(st.none() | urls)
    article = Article(text="", title=title, url=url, canonical_url=canonical)
    return Gist(article, summary, tuple(quotes), tuple(figures))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shows_start_of(shown: str, text: str) -> bool:
    """`shown` is `text` on one line, or its start cut with an ellipsis (clip's contract)."""
    full = _one_line(text)
    return shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))


_LONG = Gist(
    Article(text="", title='"' * 300, url="https://example.org/" + "a" * 5000),
    Summary("t", (ScoredSentence("&" * 2000, 0, 1.0), ScoredSentence("😀" * 2000, 1, 0.5)),
            "en", True, "default", 10, 5, 2),
    (Quote("<" * 600, ">" * 200, 1.0),),
    (Figure("&" * 200, "'" * 300, None, 1.0),),
)  # fmt: skip


@given(gists(), st.sampled_from(["en", "ru"]))
@example(_LONG, "en")
def test_html_reply_is_valid_telegram_html_within_the_limit(gist: Gist, lang: str) -> None:
    message = render_gist_html(gist, lang)
    visible = telegram_visible_text(message)
    assert telegram_length(message) <= MESSAGE_LIMIT  # the renderer's contract: raw HTML
    assert telegram_length(visible) <= MESSAGE_LIMIT  # Telegram's: after entity parsing
    shown_title = visible.split("\n\n", 1)[0]
    title = gist.article.title or gist.summary.title
    if title:  # escaped exactly once: what Telegram shows is the title, maybe cut short
        assert _shows_start_of(shown_title, title), (shown_title, title)


@given(gists(), st.sampled_from(["en", "ru"]))
@example(_LONG, "en")
def test_plain_reply_is_within_the_limit_and_unescaped(gist: Gist, lang: str) -> None:
    message = render_gist_text(gist, lang)
    assert telegram_length(message) <= MESSAGE_LIMIT
    title = gist.article.title or gist.summary.title
    if title and _one_line(title):
        assert _shows_start_of(message.split("\n", 1)[0], title)


@given(texts, texts.filter(lambda s: _one_line(s) != ""))
def test_a_sentence_that_fits_is_shown_whole(title: str, sentence: str) -> None:
    """Fitting drops or shortens only what does not fit (6 is the most one character can take
    escaped, so these fit with room to spare)."""
    gist = Gist(
        Article(text="", title=title),
        Summary(None, (ScoredSentence(sentence, 0, 1.0),), "en", True, "default", 9, 3, 1),
    )
    visible = telegram_visible_text(render_gist_html(gist))
    if 6 * (len(sentence) + len(title)) < MESSAGE_LIMIT - 200:
        assert _one_line(sentence) in visible


@given(scores)
def test_any_score_renders(score: float) -> None:
    """NaN and infinite scores (a bad ranking) still give a complete reply."""
    gist = Gist(
        Article(text="", title="T"),
        Summary(None, (ScoredSentence("A sentence.", 0, score),), "en", True, "x", 9, 3, 1),
        (Quote("Words", "Ann", score),),
        (Figure("5 km", "road", None, score),),
    )
    visible = telegram_visible_text(render_gist_html(gist))
    assert all(piece in visible for piece in ("A sentence.", "Words", "Ann", "5 km", "road"))


# -- digests (bot/digest/build.py): feed items from strangers, packed into messages ------------

_WHEN = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC)
)
candidates = st.builds(
    Candidate,
    item_id=st.integers(0, 10**6),
    dedup_key=st.sampled_from(["a", "b", "c", "d"]) | texts,  # shared keys: one story, many feeds
    title=texts,
    link=st.none() | texts.map(lambda path: "https://example.org/" + path),  # as parse_feed keeps
    feed_title=st.none() | texts,
    summary=texts,
    published=st.none() | _WHEN,
    first_seen=_WHEN,
    highlight=st.none() | texts,
)


@given(st.lists(candidates, max_size=25), st.integers(1, 30), st.booleans(), st.booleans())
def test_digest_messages_are_valid_telegram_html_within_the_limit(
    items: list[Candidate], max_items: int, summaries: bool, highlights: bool
) -> None:
    options = DigestOptions(max_items=max_items, summaries=summaries, highlights=highlights)
    plan = plan_digest(items, datetime(2030, 1, 2, tzinfo=UTC), options)
    for message in plan.messages:  # Telegram's limits: after entity parsing, 100 entities
        visible = telegram_visible_text(message.html)
        assert telegram_length(visible) <= MESSAGE_LIMIT
        assert telegram_entities(message.html) <= 100
    shown = [key for message in plan.messages for key in message.dedup_keys]
    assert sorted(shown) == sorted(story.lead.dedup_key for story in plan.shown)
