"""Turn a Gist into one Telegram message: HTML (escaped) or plain text, always under the limit.

Fitting works on whole items: the message is rebuilt from complete, escaped pieces after dropping
the lowest-ranked figure, quote or sentence, so a cut can never fall inside a tag or an entity.
Pieces are also capped in length (as plain text, before escaping) so one giant sentence cannot
crowd out everything else.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from bot.i18n import language_name, t
from summarizer.models import Gist
from summarizer.text.tokenize import join_sentences

MESSAGE_LIMIT = 4096
TITLE_CHARS = 256
SENTENCE_CHARS = 1500
QUOTE_CHARS = 500
SPEAKER_CHARS = 100
FIGURE_CHARS = 120
CONTEXT_CHARS = 200
KEEP_SENTENCES = 3
KEEP_EXTRAS = 2


def telegram_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


@dataclass(frozen=True, slots=True)
class _Key:
    kind: str  # "s" sentence, "q" quote, "f" figure
    index: int


def _removal_order(gist: Gist) -> list[_Key]:
    """Lowest-ranked first: extra figures/quotes, extra sentences, then the rest."""

    def ranked(kind: str, scores: list[float]) -> list[_Key]:
        order = sorted(range(len(scores)), key=lambda i: (scores[i], -i))
        return [_Key(kind, i) for i in order]

    sentences = ranked("s", [s.score for s in gist.summary.sentences])
    quotes = ranked("q", [q.score for q in gist.quotes])
    figures = ranked("f", [f.score for f in gist.figures])
    return (
        figures[:-KEEP_EXTRAS]
        + quotes[:-KEEP_EXTRAS]
        + sentences[:-KEEP_SENTENCES]
        + figures[-KEEP_EXTRAS:]
        + quotes[-KEEP_EXTRAS:]
        + sentences[-KEEP_SENTENCES:-1]
    )


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _minutes(value: float) -> str:
    return "<1" if value < 1 else f"{value:.0f}"


@dataclass(frozen=True, slots=True)
class _Markup:
    """How pieces are escaped and emphasised: Telegram HTML, or plain text as it is."""

    as_html: bool

    def esc(self, text: str) -> str:
        return html.escape(text) if self.as_html else text

    def bold(self, text: str) -> str:
        return f"<b>{text}</b>" if self.as_html else text

    def italic(self, text: str) -> str:
        return f"<i>{text}</i>" if self.as_html else text


def _build(gist: Gist, lang: str, dropped: set[_Key], as_html: bool) -> str:
    """The whole message from the pieces not `dropped`: head, summary, quotes, figures, footer."""
    markup = _Markup(as_html)
    optional = (
        _summary_block(gist, dropped, markup),
        _quotes_block(gist, lang, dropped, markup),
        _figures_block(gist, lang, dropped, markup),
    )
    blocks = [_head(gist, lang, markup), *(block for block in optional if block is not None)]
    blocks.append(markup.italic(_footer(gist, lang, as_html)))
    return "\n\n".join(blocks)


def _head(gist: Gist, lang: str, markup: _Markup) -> str:
    """The title, linked to the article in HTML, followed by its address in plain text."""
    article = gist.article
    title = markup.esc(
        clip(article.title or gist.summary.title or t(lang, "untitled"), TITLE_CHARS)
    )
    url = _safe_url(article.canonical_url or article.url)
    if not markup.as_html:
        return f"{title}\n{url}" if url else title
    if not url:
        return markup.bold(title)
    return f'<b><a href="{html.escape(url, quote=True)}">{title}</a></b>'


def _summary_block(gist: Gist, dropped: set[_Key], markup: _Markup) -> str | None:
    sentences = [
        markup.esc(clip(s.text, SENTENCE_CHARS))
        for i, s in enumerate(gist.summary.sentences)
        if _Key("s", i) not in dropped
    ]
    return join_sentences(sentences) if sentences else None


def _quotes_block(gist: Gist, lang: str, dropped: set[_Key], markup: _Markup) -> str | None:
    quotes = []
    for i, q in enumerate(gist.quotes):
        if _Key("q", i) in dropped:
            continue
        lead = f"{markup.esc(q.lead)} " if q.lead else ""  # a phrase: the words leading in
        line = f"• {lead}“{markup.esc(clip(q.text, QUOTE_CHARS))}”"
        if q.speaker:
            line += f" — {markup.italic(markup.esc(clip(q.speaker, SPEAKER_CHARS)))}"
        quotes.append(line)
    return "\n".join([markup.bold(t(lang, "key_quotes")), *quotes]) if quotes else None


def _figures_block(gist: Gist, lang: str, dropped: set[_Key], markup: _Markup) -> str | None:
    figures = []
    for i, f in enumerate(gist.figures):
        if _Key("f", i) in dropped:
            continue
        line = f"• {markup.bold(markup.esc(clip(f.text, FIGURE_CHARS)))}"
        if f.context:
            line += f" — {markup.esc(clip(f.context, CONTEXT_CHARS))}"
        figures.append(line)
    return "\n".join([markup.bold(t(lang, "key_figures")), *figures]) if figures else None


def _footer(gist: Gist, lang: str, as_html: bool) -> str:
    """Language, reading time saved and how much shorter, from the catalog."""
    summary = gist.summary
    name = language_name(lang, summary.language) if summary.language else "?"
    return t(
        lang,
        "footer",
        escape=as_html,
        language=name[:1].upper() + name[1:],
        minutes=_minutes(summary.minutes_saved),
        percent=round(summary.reduction * 100),
    )


def _render(gist: Gist, lang: str, limit: int, as_html: bool) -> str:
    dropped: set[_Key] = set()
    text = _build(gist, lang, dropped, as_html)
    for key in _removal_order(gist):
        if telegram_length(text) <= limit:
            break
        dropped.add(key)
        text = _build(gist, lang, dropped, as_html)
    # Title, one sentence and footer still too long: escaping made them so ('"' is six
    # characters in HTML, an emoji two UTF-16 units), or a giant address. Shorter pieces first,
    # then no address: the first that fits, else the shortest.
    for factor, link in _LAST_RESORTS:
        if telegram_length(text) <= limit:
            break
        text = _build(_shrunk(gist, factor, link), lang, dropped, as_html)
    return text


# (factor, link) for `_shrunk`, in the order `_render` tries them.
_LAST_RESORTS = (
    *((factor, True) for factor in (2, 4, 8, 16, 32, 64)),
    *((factor, False) for factor in (1, 2, 4, 8, 16, 32, 64)),
)


def _shrunk(gist: Gist, factor: int, link: bool) -> Gist:
    """The gist with its title and sentences cut to 1/`factor` of their caps, and without its
    address unless `link` (`_render`'s last resort)."""
    article = gist.article
    title = article.title or gist.summary.title
    article = replace(
        article,
        title=clip(title, TITLE_CHARS // factor) if title else None,
        url=article.url if link else None,
        canonical_url=article.canonical_url if link else None,
    )
    sentences = tuple(
        replace(s, text=clip(s.text, SENTENCE_CHARS // factor)) for s in gist.summary.sentences
    )
    return replace(gist, article=article, summary=replace(gist.summary, sentences=sentences))


def render_gist_html(gist: Gist, lang: str = "en", *, limit: int = MESSAGE_LIMIT) -> str:
    """The reply in Telegram HTML: every piece of article text escaped, at most `limit` long."""
    return _render(gist, lang, limit, as_html=True)


def render_gist_text(gist: Gist, lang: str = "en", *, limit: int = MESSAGE_LIMIT) -> str:
    """The same reply without markup, for when Telegram refuses the HTML entities."""
    return _render(gist, lang, limit, as_html=False)
