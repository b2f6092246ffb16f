"""A digest's HTML: one self-contained block per story, the "More on earlier stories" lines,
and the plain-text pieces they are made from (short summaries, an article's gist lines).

Every text and URL is escaped with html.escape here, so the planner (bot.digest.build) only
measures and packs finished blocks; Telegram's limits are bot.digest.telegram_size's.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from bot.digest.plan_types import Candidate, DigestOptions, Story, best_copy, best_per_source

if TYPE_CHECKING:
    from summarizer.models import Gist

MAX_TITLE = 250
MAX_SUMMARY = 500
# "More on earlier stories" (`render_later`): a line per earlier story, titles clipped shorter
# than a story's head; the lines past MAX_LATER are counted, not listed (still consumed).
MAX_LATER = 5
MAX_LATER_TITLE = 120


def short_summary(text: str, sentences: int = 2, max_chars: int = 320, language: str = "en") -> str:
    """First sentences of a feed's own text: the fallback when no article gist is available."""
    from summarizer.text.tokenize import OfflineTokenizer

    text = " ".join(text.split())[: max_chars * 3]  # two sentences never need more
    parts = OfflineTokenizer(language).to_sentences(text) if text else ()
    out = ""
    for part in parts[:sentences]:
        candidate = f"{out} {part}".strip()
        if len(candidate) > max_chars and out:
            break
        out = candidate
    return clip(out, max_chars)


def clip(text: str, limit: int) -> str:
    """`text` cut at a word to at most `limit` characters, an ellipsis marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def render_story(story: Story, number: int, options: DigestOptions, summary_limit: int) -> str:
    lead = story.lead
    title = escape(clip(lead.title.strip() or (lead.link or "Untitled"), MAX_TITLE))
    head = (
        f'<a href="{escape(lead.link, quote=True)}">{title}</a>' if lead.link else f"<b>{title}</b>"
    )
    sources = [escape(s) for s in story.sources if s]
    via = f" <i>· {' · '.join(sources)}</i>" if sources else ""
    lines = [f"<b>{number}.</b> {head}{via}"]
    if options.summaries and lead.summary and summary_limit > 0:
        lines.append(escape(clip(lead.summary, summary_limit)))
    if options.highlights and lead.highlight and summary_limit > 0:
        lines.append(f"<i>{escape(clip(lead.highlight, max(40, summary_limit // 2)))}</i>")
    if story.also:
        lines.append(f"<i>{escape(options.also_label)}</i> {_also_links(story.also)}")
    return "\n".join(lines)


def _also_links(copies: Sequence[Candidate]) -> str:
    parts = []
    for copy in copies:
        name = escape(clip(copy.feed_title or copy.title or copy.link or "?", 60))
        link = copy.link
        parts.append(f'<a href="{escape(link, quote=True)}">{name}</a>' if link else name)
    return ", ".join(parts)


def render_later(later: Sequence[Sequence[Candidate]], options: DigestOptions) -> str:
    """The "More on earlier stories" lines: per earlier story, its best new copy's linked
    title and source, the other new copies' sources linked after it; at most MAX_LATER lines,
    then the count of the rest."""
    lines = [f"<b>{escape(options.later_label)}</b>"]
    for copies in later[:MAX_LATER]:
        lead = max(copies, key=best_copy)
        title = escape(clip(lead.title.strip() or (lead.link or "Untitled"), MAX_LATER_TITLE))
        head = f'<a href="{escape(lead.link, quote=True)}">{title}</a>' if lead.link else title
        source = escape(clip(lead.feed_title or "", 60))
        via = f" <i>· {source}</i>" if source else ""
        more = best_per_source((c for c in copies if c is not lead), {lead.feed_title or ""})
        also = f", {_also_links(more[:3])}" if more else ""
        lines.append(f"• {head}{via}{also}")
    if len(later) > MAX_LATER:
        lines.append(f"<i>{escape(options.more_label.format(n=len(later) - MAX_LATER))}</i>")
    return "\n".join(lines)


def gist_lines(gist: Gist, sentences: int = 2, max_chars: int = 320) -> tuple[str, str | None]:
    """An article's gist in digest form: its best sentences (kept in article order) and one
    highlight, an attributed quote if there is one, else the top figure. Plain text."""
    best = sorted(gist.summary.sentences, key=lambda s: -s.score)[:sentences]
    text = " ".join(s.text for s in sorted(best, key=lambda s: s.index))
    highlight = None
    quote = next((q for q in gist.quotes if q.speaker), None)
    if quote is not None:
        said = clip(quote.text.strip("“”\"' "), 200)
        lead = f"{quote.lead} " if quote.lead else ""  # a phrase: the words leading in
        highlight = f"{lead}“{said}” — {quote.speaker}"
    elif gist.figures:
        figure = gist.figures[0]
        line = f"{figure.text} — {figure.context}" if figure.context else figure.text
        highlight = clip(line, 200)
    return clip(text, max_chars), highlight
