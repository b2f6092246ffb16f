"""A page's title candidates besides trafilatura's pick: `<title>`, og:title, a headline meta,
the `<h1>`s, elements classed as the headline, short lines of text alone and the last heading
above the story. Read from the raw tree before anything is dropped; `title_names` judges them.
Split from `title_names` (session 25), which re-exports `TitleCandidates` and
`title_candidates`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from summarizer.web.title import key, word_count
from summarizer.web.title_lexicon import HEADLINE_CLASS, LONE_HEADLINE_CLASS, NOT_HEADLINE_CLASS

MIN_CANDIDATE_WORDS = 2  # a headline taken instead of a name has at least this many words
MAX_CANDIDATE_WORDS = 25
MAX_HEADLINE_ELEMENTS = 5  # headline-classed elements looked at, in page order
MIN_STORY_WORDS = 20  # a `<p>` this long is the story's: headlines are above it
MAX_LINE_WORDS = 15
MAX_LINES = 12  # the lines nearest the story
# Tags of a line of text alone; h4-h6 too: old pages print the headline as a low heading
# ("<h4>Night buses return</h4>") with no `<title>` or `<h1>` naming it.
LINE_TAGS = frozenset(("div", "td", "span", "b", "strong", "font", "h4", "h5", "h6"))
# Headings a story's own headline is printed as; a low one (h4-h6) heads a box as often.
HEADING_TAGS = frozenset(("h1", "h2", "h3"))
OPENING_CHARS = 60  # the story's opening words that the extracted text must start with


@dataclass(frozen=True, slots=True)
class TitleCandidates:
    """What a page offers for its title besides trafilatura's pick (raw text, spaces cleaned)."""

    title_tag: str | None = None
    og_title: str | None = None
    meta_headline: str | None = None
    site_names: frozenset[str] = frozenset()  # og:site_name, application-name (`key` form)
    h1s: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()  # elements classed as the headline ("ArticleTitle")
    repeated: frozenset[str] = frozenset()  # headings printed more than once (`key` form)
    lines: tuple[str, ...] = ()  # short text-only blocks above the first story paragraph
    # The last heading (<h1>-<h3>) above the first story paragraph and that paragraph's opening
    # (`key` form, `OPENING_CHARS`): `heading_for_story`'s headline when nothing else is.
    above_story: tuple[str, str] | None = None


def title_candidates(tree: Any) -> TitleCandidates:
    """The page's title candidates, read from the raw tree before anything is dropped."""

    def first(xpath: str) -> str | None:
        found = next(iter(tree.xpath(xpath)), None)
        text = (
            found if isinstance(found, str) else found.text_content() if found is not None else ""
        )
        return " ".join(text.split()) or None

    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1|//h2|//h3")]
    counts = Counter(key(h) for h in headings if h)
    names = tree.xpath(
        "//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']"
        "/@content"
    )
    lines, above = _above_story(tree)
    return TitleCandidates(
        title_tag=first("//title"),
        og_title=first("//meta[@property='og:title' or @name='og:title']/@content"),
        meta_headline=first(
            "//meta[translate(@name, 'HEADLIN', 'headlin')='headline']/@content"
            "|//*[@itemprop='headline']"
        ),
        site_names=frozenset(key(name) for name in names if key(name)),
        h1s=tuple(" ".join(h.text_content().split()) for h in tree.xpath("//h1"))[:5],
        elements=tuple(_headline_elements(tree)),
        repeated=frozenset(k for k, n in counts.items() if n > 1 and k),
        lines=tuple(lines),
        above_story=above,
    )


def _above_story(tree: Any) -> tuple[list[str], tuple[str, str] | None]:
    """Short blocks of text alone (`<div class="sh">Ball game at summit</div>`) above the
    first long `<p>`: where old pages with no `<title>` and no heading print the headline;
    and the last heading above that `<p>` with the `<p>`'s opening (`above_story`)."""
    found: list[str] = []
    heading = None
    for element in tree.xpath("//body//*"):
        if element.tag == "p" and word_count(text := element.text_content()) >= MIN_STORY_WORDS:
            opening = key(text)[:OPENING_CHARS]
            return found[-MAX_LINES:], (heading, opening) if heading else None
        if element.tag in HEADING_TAGS and (text := " ".join(element.text_content().split())):
            heading = text
        if element.tag in LINE_TAGS and len(element) == 0:
            text = " ".join(element.text_content().split())
            if MIN_CANDIDATE_WORDS + 1 <= word_count(text) <= MAX_LINE_WORDS:
                found.append(text)
    return found[-MAX_LINES:], None


def _headline_elements(tree: Any) -> list[str]:
    """Texts of the first elements whose class or id names them the headline, or of the one
    element classed "title" when no other element is."""
    found: list[str] = []
    for element in tree.xpath("//body//*[@class or @id]"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if any(HEADLINE_CLASS.search(n) and not NOT_HEADLINE_CLASS.match(n) for n in names):
            text = " ".join(element.text_content().split())
            if MIN_CANDIDATE_WORDS <= word_count(text) <= MAX_CANDIDATE_WORDS:
                found.append(text)
                if len(found) >= MAX_HEADLINE_ELEMENTS:
                    break
    lone = tree.xpath(f"//body//*[@class='{LONE_HEADLINE_CLASS}']")
    if len(lone) == 1:
        text = " ".join(lone[0].text_content().split())
        if MIN_CANDIDATE_WORDS <= word_count(text) <= MAX_CANDIDATE_WORDS:
            found.append(text)
    return found
