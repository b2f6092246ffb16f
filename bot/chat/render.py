"""Turn a Gist into one Telegram message: HTML (escaped) or plain text, always under the limit.

Fitting works on whole items: the message is rebuilt from complete, escaped pieces after dropping
the lowest-ranked figure, quote or sentence, so a cut can never fall inside a tag or an entity.
Pieces are also capped in length (as plain text, before escaping) so one giant sentence cannot
crowd out everything else.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.i18n import language_name, t
from summarizer.models import Gist

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


def _build(gist: Gist, lang: str, dropped: set[_Key], as_html: bool) -> str:
    esc = html.escape if as_html else (lambda s: s)

    def bold(s: str) -> str:
        return f"<b>{s}</b>" if as_html else s

    def italic(s: str) -> str:
        return f"<i>{s}</i>" if as_html else s

    article = gist.article
    title = esc(clip(article.title or gist.summary.title or t(lang, "untitled"), TITLE_CHARS))
    url = _safe_url(article.canonical_url or article.url)
    if as_html:
        link = html.escape(url, quote=True) if url else ""
        head = f'<b><a href="{link}">{title}</a></b>' if url else bold(title)
    else:
        head = f"{title}\n{url}" if url else title
    blocks = [head]

    sentences = [
        esc(clip(s.text, SENTENCE_CHARS))
        for i, s in enumerate(gist.summary.sentences)
        if _Key("s", i) not in dropped
    ]
    if sentences:
        blocks.append(" ".join(sentences))

    quotes = []
    for i, q in enumerate(gist.quotes):
        if _Key("q", i) in dropped:
            continue
        line = f"• “{esc(clip(q.text, QUOTE_CHARS))}”"
        if q.speaker:
            line += f" — {italic(esc(clip(q.speaker, SPEAKER_CHARS)))}"
        quotes.append(line)
    if quotes:
        blocks.append("\n".join([bold(t(lang, "key_quotes")), *quotes]))

    figures = []
    for i, f in enumerate(gist.figures):
        if _Key("f", i) in dropped:
            continue
        line = f"• {bold(esc(clip(f.text, FIGURE_CHARS)))}"
        if f.context:
            line += f" — {esc(clip(f.context, CONTEXT_CHARS))}"
        figures.append(line)
    if figures:
        blocks.append("\n".join([bold(t(lang, "key_figures")), *figures]))

    summary = gist.summary
    name = language_name(lang, summary.language) if summary.language else "?"
    footer = t(
        lang,
        "footer",
        escape=as_html,
        language=name[:1].upper() + name[1:],
        minutes=_minutes(summary.minutes_saved),
        percent=round(summary.reduction * 100),
    )
    blocks.append(italic(footer))
    return "\n\n".join(blocks)


def _render(gist: Gist, lang: str, limit: int, as_html: bool) -> str:
    dropped: set[_Key] = set()
    text = _build(gist, lang, dropped, as_html)
    for key in _removal_order(gist):
        if telegram_length(text) <= limit:
            break
        dropped.add(key)
        text = _build(gist, lang, dropped, as_html)
    return text


def render_gist_html(gist: Gist, lang: str = "en", *, limit: int = MESSAGE_LIMIT) -> str:
    """The reply in Telegram HTML: every piece of article text escaped, at most `limit` long."""
    return _render(gist, lang, limit, as_html=True)


def render_gist_text(gist: Gist, lang: str = "en", *, limit: int = MESSAGE_LIMIT) -> str:
    """The same reply without markup, for when Telegram refuses the HTML entities."""
    return _render(gist, lang, limit, as_html=False)
