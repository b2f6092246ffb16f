"""Summary sentences whose opening leans on an article sentence the summary dropped.

    python -m bench.openers                      # CNN/DM sample + BBC validation, both paths
    python -m bench.openers --sets polnear --ids FILE --show 40

A summary sentence "dangles" when its article predecessor was not picked and it opens with:
a third-person pronoun ("He added ...", "It will save ..."), a demonstrative ("That figure ...",
"This comes as ...", not "This year"), a discourse connective ("But", "However,", "Still,",
"Also", "Meanwhile", "That is why"), a reference to things named before ("Both", "The two",
"Another"), a short clause that holds a pronoun ("How he answers that question ..."), or a
quotation whose speaker is only a pronoun ('"...," he said.'). The word lists are this bench's
own, wider than the summarizer's (`summary.links_lexicon`), so that a fix is not graded by its
own lists. A quotation with no speaker after it is read inside its marks ("quoted it": '"It will
save ..."'). A sentence whose predecessor is in the summary never counts.

Three paths: `bench` runs `DefaultSummarizer` as `bench.quality` does (CNN/DM: 3 sentences; BBC:
the reference's count), `bot` runs the reply's path (`pipeline.make_gist`, adaptive length) and
reads each sentence as the reply shows it, `bot-ref` the reply's path at the bench's length.
PolNeAR (bot path only) reads the ids in `--ids` from the shared train/dev file.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence

from bench.data import DATA_DIR, build_document, load_bbc, load_cnndm, split_sentences
from summarizer.errors import GistError
from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist
from summarizer.summary.algorithms import build_summarizer
from summarizer.text.tokenize import OfflineTokenizer

POLNEAR_PATH = DATA_DIR / "polnear_attributions_traindev.jsonl"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in text.split("|"))


PRONOUNS = _words("he she they his her their him them it its it's it’s")
DEMONSTRATIVES = _words("this that these those such")
TIME_WORDS = _words(
    "year week month season summer winter spring autumn fall weekend morning afternoon evening "
    "time monday tuesday wednesday thursday friday saturday sunday"
)
CONNECTIVES = _phrases(
    "but|however|still|also|meanwhile|yet|instead|moreover|furthermore|nevertheless|"
    "nonetheless|and|so|thus|therefore|hence|indeed|otherwise|likewise|similarly|besides|"
    "plus|then|again|anyway|regardless|rather|in fact|in addition|as a result|even so|"
    "in turn|by contrast|in contrast|on the other hand|at the same time|for his part|"
    "for her part|for their part|in response|as well|that is why|this is why|not only"
)
REFERENCES = _phrases(
    "both|the two|the pair|the latter|the former|another|the other|neither|either|"
    "the same|the rest|others|the others"
)
# a short clause opener with a pronoun or demonstrative right after ("How he answers that ...")
CLAUSE_OPENERS = _words(
    "how why what when where after before while since as despite according for with "
    "in unlike like if although though because"
)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PRONOUN_SPEAKER = re.compile(
    r"[,?!][\"”’']?\s+(?:he|she|they)\s+(?:said|says|added|adds|told|explained|wrote|"
    r"continued|noted|argued|insisted|recalled|asked)\b",
    re.IGNORECASE,
)
_OPENS_QUOTE = re.compile(r"^\s*[\"“‘']+")
_CLOSING = "\"”“’'"
_BRACKETS = re.compile(r"\[[^\]]*\]")


def _starts(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


def opener_kind(text: str) -> str | None:
    """Which kind of back-pointing opening `text` has, or None."""
    if _OPENS_QUOTE.match(text):
        if _PRONOUN_SPEAKER.search(text):
            return "pronoun speaker"
        # a whole quotation (no speaker after it) that opens by pointing back
        tail = _BRACKETS.sub("", text[max(text.rfind(m) for m in _CLOSING) + 1 :])
        inner = opener_kind(_OPENS_QUOTE.sub("", text)) if not _WORD.search(tail) else None
        return f"quoted {inner}" if inner and inner != "pronoun speaker" else None
    words = [w.lower() for w in _WORD.findall(text[:200])]
    if not words:
        return None
    first = words[0]
    if _starts(words, CONNECTIVES):
        return "connective"
    if first in DEMONSTRATIVES:
        return None if len(words) > 1 and words[1] in TIME_WORDS else "demonstrative"
    if first in PRONOUNS:
        return "it" if first in ("it", "its", "it's", "it’s") else "pronoun"
    if _starts(words, REFERENCES):
        return "reference"
    if first in CLAUSE_OPENERS and any(
        w in PRONOUNS - {"it", "its"} or w in DEMONSTRATIVES for w in words[1:4]
    ):
        return "clause"
    return None


def dangling(
    texts: Sequence[str], picked: Sequence[int], shown: dict[int, str] | None = None
) -> list[tuple[int, str]]:
    """(index, kind) of each picked sentence that opens by pointing back while the sentence
    before it in the article is not picked; `shown`: a picked sentence's text as shown."""
    chosen = set(picked)
    out = []
    for i in sorted(chosen):
        if i == 0 or i - 1 in chosen:
            continue
        kind = opener_kind((shown or {}).get(i, texts[i]))
        if kind is not None:
            out.append((i, kind))
    return out


def _bench_summaries(samples, fixed):  # type: ignore[no-untyped-def]
    tokenizer = OfflineTokenizer("en")
    summarizer = build_summarizer("default", "en")
    for sample in samples:
        document = build_document(split_sentences(sample.text, tokenizer), tokenizer)
        sentences = list(document.sentences)
        index = {id(s): i for i, s in enumerate(sentences)}
        chosen = summarizer(document, fixed or sample.n_ref)
        yield sample.id, [str(s) for s in sentences], sorted(index[id(s)] for s in chosen), {}


def _bot_summaries(rows):  # type: ignore[no-untyped-def]
    """Each row: (id, pasted text, sentences asked for or None for the adaptive length)."""
    for key, text, count in rows:
        options = GistOptions(SummaryOptions(sentences=count), quotes=0, figures=0)
        try:
            summary = make_gist(text, options).summary
        except GistError:  # nothing left to summarize: no summary to read
            continue
        texts = _all_sentences(text, summary)
        shown = {s.index: s.text for s in summary.sentences}
        yield key, texts, sorted(shown), shown


def _all_sentences(text: str, summary) -> list[str]:  # type: ignore[no-untyped-def]
    """The article's sentences as the summarizer split them (for the predecessor's text)."""
    from summarizer.summary.core import build_document as core_document
    from summarizer.text.cleanup import clean_text

    article = clean_text(text)
    document = core_document(article, OfflineTokenizer(summary.language))
    return [str(s) for s in document.sentences]


def _polnear(ids_file: str) -> list[tuple[str, str]]:
    with open(ids_file, encoding="utf-8") as handle:
        wanted = [line.strip() for line in handle if line.strip()]
    rows = {}
    with POLNEAR_PATH.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = (r.get("title") or "").strip() + "\n\n" + r["text"]
    return [(i, rows[i]) for i in wanted if i in rows]


def _paste(sample) -> str:  # type: ignore[no-untyped-def]
    return "\n\n".join(p.strip() for p in sample.text.splitlines() if p.strip())


def report(name: str, summaries, show: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    kinds: Counter[str] = Counter()
    total = 0
    examples = []
    for key, texts, picked, shown in summaries:
        total += len(picked)
        for i, kind in dangling(texts, picked, shown):
            kinds[kind] += 1
            examples.append(f"  [{kind}] {key} #{i}: {shown.get(i, texts[i])[:140]}")
    found = sum(kinds.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"| {name} | {total} | {found} | {100 * found / max(total, 1):.2f}% | {detail} |")
    for line in examples[:show]:
        print(line)
    return found, total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="cnndm,bbc", help="comma list: cnndm, bbc, polnear")
    parser.add_argument("--paths", default="bench,bot,bot-ref", help="bench, bot, bot-ref")
    parser.add_argument("--ids", help="PolNeAR ids file (one id a line)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print this many examples a row")
    args = parser.parse_args(argv)
    print("| set, path | summary sentences | dangling | share | by kind |")
    print("|---|---:|---:|---:|---|")
    paths = args.paths.split(",")
    for key in args.sets.split(","):
        if key == "polnear":
            rows = [(key, text, None) for key, text in _polnear(args.ids)]
            report("polnear, bot", _bot_summaries(rows), args.show)
            continue
        samples = load_cnndm(args.limit) if key == "cnndm" else load_bbc("validation", args.limit)
        fixed = 3 if key == "cnndm" else None
        if "bench" in paths:
            report(f"{key}, bench", _bench_summaries(samples, fixed), args.show)
        if "bot" in paths:
            rows = [(s.id, _paste(s), None) for s in samples]
            report(f"{key}, bot", _bot_summaries(rows), args.show)
        if "bot-ref" in paths:  # the reply's path at the bench's length (shown texts)
            rows = [(s.id, _paste(s), fixed or s.n_ref) for s in samples]
            report(f"{key}, bot at bench length", _bot_summaries(rows), args.show)


if __name__ == "__main__":
    main()
