"""Article extraction: our trafilatura setup vs jusText vs breadability, on our own test pages.

    python -m bench.extraction [--repeats 20]
    python -m bench.extraction --realpages [--limit N]

`--realpages` scores `extract_article` on the 400 real pages of
`../shared/data/realpages_dev.jsonl.gz` (read in place, never copied) against their hand-marked
main text (`text`): precision/recall/F1 of 4-word shingles (multiset, lower-cased word tokens)
and bag-of-words F1, averaged per page; the output scored is the title plus the body, as the bot
shows them. A refused page scores 0 and is listed with its reason. Next to it, plain trafilatura
in three configurations (its title plus its text; `--no-baselines` skips them). The table goes
into the `realpages` section of docs/extraction.md (`--no-write`: print only; `--limit`: never
written).

Gold: the paragraphs inside each page's article container, picked by an XPath written per page
(not by any of the extractors). Scores are word-level (bag of words): precision = share of
extracted words that are article words, recall = share of article words extracted. Also: did the
title leak into the body, and median milliseconds per page. The not-an-article pages (paywall,
consent, app shell, front page) are listed separately: what each extractor returns for them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html

from bench.docs import write_section
from summarizer.errors import FetchError, GistError
from summarizer.models import Article
from summarizer.text.cleanup import clean_article
from summarizer.web.extract import extract_article
from summarizer.web.fetch import Page
from tests.helpers import page

ARTICLES = {
    "article": "//article/p[not(@class='byline')]",
    "cluttered": "//div[@class='story-body']/p",
    "amp": "//article/p",
    "russian": "//article/p",
    "japanese": "//article/p",
}
NOT_ARTICLES = ["paywall", "consent", "app_shell", "front_page"]
TITLES = {name: "//h1" for name in ARTICLES}
REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "realpages_dev.jsonl.gz"


def ours(html: str) -> str:
    url = "https://example.org/story"
    data = html.encode("utf-8")
    return extract_article(Page(url, url, 200, "text/html", data, "utf-8", {})).text


def justext_extract(html: str) -> str:
    import justext

    lang = lxml.html.document_fromstring(html).get("lang", "en")
    names = {"en": "English", "ru": "Russian", "ja": "English"}
    stop = justext.get_stoplist(names.get(lang, "English")) if lang != "ja" else frozenset()
    paragraphs = justext.justext(html.encode("utf-8"), stop, encoding="utf-8")
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def breadability_extract(html: str) -> str:
    from breadability.readable import Article

    doc = lxml.html.document_fromstring(Article(html).readable)
    return "\n\n".join(" ".join(p.text_content().split()) for p in doc.iter("p"))


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura (ours)": ours,
    "jusText": justext_extract,
    "breadability": breadability_extract,
}


def words(text: str) -> Counter[str]:
    # CJK has no spaces: count characters there, words elsewhere
    out: Counter[str] = Counter()
    for token in text.split():
        if any("\u3040" <= ch <= "\u9fff" for ch in token):
            out.update(ch for ch in token if not ch.isspace())
        else:
            out[token.strip(".,;:!?\"'«»()").casefold()] += 1
    return out


def score(extracted: str, gold: str) -> tuple[float, float]:
    got, want = words(extracted), words(gold)
    common = sum((got & want).values())
    return common / max(1, sum(got.values())), common / max(1, sum(want.values()))


def real_pages(path: Path = REALPAGES) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def prf(got: Counter[str] | Counter[tuple[str, ...]], want: Counter) -> tuple[float, float, float]:
    """Multiset precision, recall and F1 (all 0 when either side is empty)."""
    common = sum((got & want).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(got.values()), common / sum(want.values())
    return p, r, 2 * p * r / (p + r)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words_ = tokens(text)
    return Counter(tuple(words_[i : i + n]) for i in range(max(0, len(words_) - n + 1)))


def extract_real(row: dict) -> tuple[Article | None, str | None]:
    """(the extracted article, None), or (None, the refusal as `Class: message`)."""
    url = row.get("url") or "https://example.org/story"
    data = row["html"].encode("utf-8")
    try:
        return extract_article(Page(url, url, 200, "text/html", data, "utf-8", {})), None
    except FetchError as exc:
        return None, f"{type(exc).__name__}: {exc.message}"


def shown(article: Article | None, *, cleaned: bool) -> str:
    """Title and body as extracted, or as the summarizer reads them after `clean_article`."""
    if article is None:
        return ""
    if cleaned:
        try:
            article = clean_article(article)
        except GistError:
            return ""
    return f"{article.title or ''}\n\n{article.text}"


def page_scores(text: str, gold: str) -> tuple[float, float, float, float]:
    """Shingle precision, recall and F1, then bag-of-words F1."""
    bow = prf(Counter(tokens(text)), Counter(tokens(gold)))[2]
    return (*prf(shingles(text), shingles(gold)), bow)


# trafilatura as the benchmark runs it, three ways (the baselines): its title plus its
# text, the same output as ours is scored on.
TRAFILATURA_CONFIGS: dict[str, dict[str, bool]] = {
    "trafilatura default": {},
    "trafilatura favor_precision=True": {"favor_precision": True},
    "trafilatura include_comments=False": {"include_comments": False},
}


def trafilatura_text(row: dict, config: dict[str, bool]) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(row["html"], url=row.get("url"), with_metadata=True, **config)
    if doc is None:
        return ""
    return f"{doc.title or ''}\n\n{doc.text or ''}"


def realpages_main(limit: int | None, *, baselines: bool, write: bool) -> None:
    rows: dict[str, list[tuple[float, float, float, float]]] = {
        "gistbot extraction": [],
        "gistbot extraction + cleanup": [],
    }
    if baselines:
        rows.update({label: [] for label in TRAFILATURA_CONFIGS})
    refusals: list[tuple[str, int, str]] = []
    started = time.perf_counter()
    for i, row in enumerate(real_pages()):
        if limit is not None and i >= limit:
            break
        article, refusal = extract_real(row)
        if refusal:
            refusals.append((row["id"], row["gt_words"], refusal))
        for label, cleaned in zip(list(rows)[:2], (False, True), strict=True):
            rows[label].append(page_scores(shown(article, cleaned=cleaned), row["text"]))
        if baselines:
            for label, config in TRAFILATURA_CONFIGS.items():
                rows[label].append(page_scores(trafilatura_text(row, config), row["text"]))
    elapsed = time.perf_counter() - started
    pages = len(rows["gistbot extraction"])
    lines = [
        f"`python -m bench.extraction --realpages{'' if baselines else ' --no-baselines'}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): {pages} pages, "
        f"{len(refusals)} refused, {elapsed:.0f} s.",
        "",
        "| output | shingle P | shingle R | shingle F1 | bag-of-words F1 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, scores in rows.items():
        p, r, f, bow = (statistics.mean(col) for col in zip(*scores, strict=True))
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {bow:.3f} |")
    lines += ["", "| refused page | ground-truth words | reason |", "| --- | ---: | --- |"]
    lines += [f"| {pid} | {words_} | {reason} |" for pid, words_, reason in refusals]
    if not refusals:
        lines.append("| (none) | | |")
    print("\n".join(lines))
    if write and limit is None:
        write_section("extraction.md", "realpages", "\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--realpages", action="store_true", help="score on ../shared real pages")
    parser.add_argument("--limit", type=int, default=None, help="--realpages: first N pages")
    parser.add_argument(
        "--no-baselines", action="store_true", help="--realpages: skip the trafilatura rows"
    )
    parser.add_argument("--no-write", action="store_true", help="--realpages: print only")
    args = parser.parse_args()
    if args.realpages:
        realpages_main(args.limit, baselines=not args.no_baselines, write=not args.no_write)
        return

    print("| page | extractor | precision | recall | title in body | ms/page |")
    print("| --- | --- | ---: | ---: | --- | ---: |")
    totals: dict[str, list[tuple[float, float]]] = {name: [] for name in EXTRACTORS}
    for name, xpath in ARTICLES.items():
        html = page(name)
        tree = lxml.html.document_fromstring(html)
        gold = "\n\n".join(" ".join(p.text_content().split()) for p in tree.xpath(xpath))
        title = " ".join(tree.xpath(TITLES[name])[0].text_content().split())
        for label, extractor in EXTRACTORS.items():
            text = extractor(html)
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                extractor(html)
                times.append(time.perf_counter() - started)
            precision, recall = score(text, gold)
            totals[label].append((precision, recall))
            leak = "yes" if title in text else "no"
            ms = statistics.median(times) * 1000
            print(f"| {name} | {label} | {precision:.2f} | {recall:.2f} | {leak} | {ms:.1f} |")
    print()
    print("| extractor | mean precision | mean recall |")
    print("| --- | ---: | ---: |")
    for label, pairs in totals.items():
        p = statistics.mean(x for x, _ in pairs)
        r = statistics.mean(y for _, y in pairs)
        print(f"| {label} | {p:.2f} | {r:.2f} |")
    print()
    print("| not-an-article page | extractor | result |")
    print("| --- | --- | --- |")
    for name in NOT_ARTICLES:
        html = page(name)
        for label, extractor in EXTRACTORS.items():
            try:
                text = extractor(html)
                result = f"{sum(words(text).values())} words returned"
            except FetchError as exc:
                result = f"refused: {type(exc).__name__}"
            print(f"| {name} | {label} | {result} |")


if __name__ == "__main__":
    main()
