"""Article extraction: our trafilatura setup vs jusText vs breadability, on our own test pages.

    python -m bench.extraction [--repeats 20]

Gold: the paragraphs inside each page's article container, picked by an XPath written per page
(not by any of the extractors). Scores are word-level (bag of words): precision = share of
extracted words that are article words, recall = share of article words extracted. Also: did the
title leak into the body, and median milliseconds per page. The not-an-article pages (paywall,
consent, app shell, front page) are listed separately: what each extractor returns for them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable

import lxml.html

from summarizer.errors import FetchError
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

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
