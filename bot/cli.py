"""The `gistbot` command: `summarize` prints what the bot would reply; `run` starts the bot.

Errors a user can cause (bad file, unreadable link, text that is not prose, broken settings) end
in one line on stderr and a non-zero exit status, never a traceback.

This module imports almost nothing at the top, and each command imports what it uses when it
runs: `--help` and argument errors load neither settings nor summarizers, and each spawned
worker process, which re-imports the console script that started the bot and with it this
module, pays for none of it. Settings (pydantic: ~9 MB per worker, docs/performance.md) and
Telegram code are imported inside the functions that run only in the bot's own process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import GistError, TextError

if TYPE_CHECKING:
    from config.settings import Settings
    from summarizer.models import Article, Gist

EXIT_ERROR = 1
EXIT_USAGE = 2
FORMATS = ("text", "html", "json")


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _ratio(value: str) -> float:
    number = float(value)
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError("must be above 0 and at most 1 (e.g. 0.2)")
    return number


def build_parser() -> argparse.ArgumentParser:
    from summarizer.summary.algorithms import ALGORITHMS

    parser = argparse.ArgumentParser(prog="gistbot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    summarize = commands.add_parser("summarize", help="summarize a file, a link or stdin")
    summarize.add_argument("source", metavar="FILE|URL|-", help="text file, http(s) link, or -")
    size = summarize.add_mutually_exclusive_group()
    size.add_argument("--sentences", "-n", type=_positive_int, help="sentences in the summary")
    size.add_argument("--ratio", "-r", type=_ratio, help="share of sentences to keep (0-1]")
    summarize.add_argument(
        "--algorithm", "-a", choices=ALGORITHMS, help="summarizer (default: SUMMARY_ALGORITHM)"
    )
    summarize.add_argument(
        "--language", "-l", type=_language, help="ISO code such as en, ru, pt (default: detect)"
    )
    summarize.add_argument("--format", "-f", choices=FORMATS, default="text", help="output format")
    summarize.add_argument(
        "--url",
        type=_page_url,
        help="the page's original address, for a saved page (FILE or -): read as if fetched there",
    )
    commands.add_parser("run", help="start the Telegram bot (long polling)")
    webhook = commands.add_parser("webhook", help="start the bot behind a webhook (docs/deploy.md)")
    webhook.add_argument("--host", help="address to listen on (default: WEBHOOK_HOST)")
    webhook.add_argument("--port", type=int, help="port to listen on (default: WEBHOOK_PORT)")
    return parser


def _language(value: str) -> str:
    from summarizer.text.language import known_code

    if (code := known_code(value)) is None:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}: use an ISO code such as en")
    return code


def _page_url(value: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"not an http(s) address: {value!r}")
    return value.strip()


# "HTTP://x", "ftp://x", "file:///x": a link, never a file name (a path has no "scheme://").
_LINK = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def _read_source(source: str, settings: Settings, url: str | None = None) -> Article | str:
    """The article or text to summarize. `url` (`--url`): a saved page's original address."""
    if link := _LINK.match(source):
        if url is not None:
            raise ValueError("--url is for a saved page (FILE or -); a link is read at its own URL")
        if link[1].lower() not in ("http", "https"):
            from summarizer.errors import InvalidURLError

            raise InvalidURLError(f"Only http and https links can be summarized, not {link[1]}:.")
        import asyncio

        from summarizer.web.fetch import fetch_article

        return asyncio.run(fetch_article(source, settings.fetch_policy()))
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    from summarizer.web.decode import local_sniff  # light: only a page pays for the extractor

    if local_sniff(data, source).kind in ("html", "pdf"):
        from summarizer.web.extract import local_article

        if (article := local_article(data, source, url)) is not None:
            return article
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from summarizer.web.decode import decode

        text, _ = decode(data)
    if len(text) > settings.max_text_chars:
        raise TextError(
            f"The text is too long ({len(text):,} characters; the limit is "
            f"{settings.max_text_chars:,})."
        )
    return text


def gist_to_dict(gist: Gist) -> dict[str, Any]:
    """A stable, JSON-ready view of a Gist (the article body itself is left out)."""
    from summarizer.text.tokenize import join_sentences

    article, summary = gist.article, gist.summary
    return {
        "title": summary.title,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "author": article.author,
        "published": article.published,
        "site_name": article.site_name,
        "language": summary.language,
        "stemmed": summary.stemmed,
        "algorithm": summary.algorithm,
        "summary": join_sentences(s.text for s in summary.sentences),
        "sentences": [
            {"text": s.text, "index": s.index, "score": s.score} for s in summary.sentences
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "score": q.score, "lead": q.lead}
            for q in gist.quotes
        ],
        "figures": [
            {
                "text": f.text,
                "context": f.context,
                "value": f.value,
                "score": f.score,
                "kind": f.kind,
                "unit": f.unit,
                "low": f.low,
                "high": f.high,
                "scale": f.scale,
                "qualifier": f.qualifier,
                "change": f.change,
                "start": f.start,
                "end": f.end,
            }
            for f in gist.figures
        ],
        "stats": {
            "sentences_in": summary.sentences_in,
            "sentences_out": len(summary.sentences),
            "words_in": summary.words_in,
            "words_out": summary.words_out,
            "reduction": round(summary.reduction, 4),
            "reading_minutes": round(summary.reading_minutes, 2),
            "minutes_saved": round(summary.minutes_saved, 2),
        },
    }


def format_text(gist: Gist) -> str:
    """Plain text laid out like the bot's reply: title, summary, key quotes, key figures."""
    from summarizer.text.tokenize import join_sentences

    summary = gist.summary
    lines: list[str] = []
    if summary.title:
        lines += [summary.title, ""]
    lines.append(join_sentences(s.text for s in summary.sentences))
    if gist.quotes:
        lines += ["", "Key quotes"]
        for q in gist.quotes:
            quote = f"{q.lead} “{q.text}”" if q.lead else f"“{q.text}”"
            lines.append(f"• {quote} — {q.speaker}" if q.speaker else f"• {quote}")
    if gist.figures:
        lines += ["", "Key figures"]
        lines += [f"• {f.text} — {f.context}" if f.context else f"• {f.text}" for f in gist.figures]
    saved = summary.minutes_saved
    minutes = "<1" if saved < 1 else f"~{saved:.0f}"
    stemmed = "" if summary.stemmed else ", not stemmed"
    lines += [
        "",
        f"{len(summary.sentences)} of {summary.sentences_in} sentences, "
        f"{summary.reduction:.0%} shorter, {minutes} min saved "
        f"({summary.algorithm}, {summary.language}{stemmed})",
    ]
    return "\n".join(lines)


def _summarize(args: argparse.Namespace) -> int:
    from config.settings import load_settings
    from summarizer.models import GistOptions, SummaryOptions
    from summarizer.pipeline import make_gist

    settings = load_settings()
    source = _read_source(args.source, settings, args.url)
    options = GistOptions(
        summary=SummaryOptions(
            algorithm=args.algorithm or settings.summary_algorithm,
            sentences=args.sentences,
            ratio=args.ratio,
            language=args.language,
            max_sentences=max(settings.summary_max_sentences, args.sentences or 0),
        ),
        quotes=settings.summary_quotes,
        figures=settings.summary_figures,
    )
    gist = make_gist(source, options)
    if args.format == "json":
        output = json.dumps(gist_to_dict(gist), ensure_ascii=False, indent=2)
    elif args.format == "html":
        from bot.chat.render import render_gist_html

        output = render_gist_html(gist)
    else:
        output = format_text(gist)
    _print(output)
    return 0


def _print(output: str) -> None:
    """Print the result; a reader that stops early (`| head`) ends the output, not in an error."""
    try:
        print(output, flush=True)
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at /dev/null.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(args: argparse.Namespace) -> int:
    from config.settings import load_settings

    settings = load_settings()
    settings.token  # noqa: B018  (fail fast, one line, before anything starts)
    from bot.app import run

    run(settings)
    return 0


def _webhook(args: argparse.Namespace) -> int:
    from config.settings import load_settings

    settings = load_settings()
    settings.token  # noqa: B018  (fail fast, one line, before anything starts)
    from bot.webhook import run

    run(settings, host=args.host, port=args.port)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "summarize": _summarize,
    "run": _run,
    "webhook": _webhook,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `gistbot` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except GistError as exc:
        print(f"gistbot: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:  # broken settings (SettingsError), an unknown algorithm name
        print(f"gistbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FileNotFoundError as exc:
        print(f"gistbot: no such file: {exc.filename}", file=sys.stderr)
        return EXIT_ERROR
    except IsADirectoryError as exc:
        print(f"gistbot: is a directory, not a file: {exc.filename}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"gistbot: cannot read {args.source}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
