"""Infinite-scroll pages: the article asked for, then the next ones the site appends below it.

Such a page holds several stories, each a headline (`<h1>`) with its own `<article>` body, in
the same container; the extractor would take them all for one article. Teaser cards do not
look like this (they carry `<h2>`/`<h3>` headlines and a few lines), and a page whose logo is an
`<h1>` has one story, so the cut happens only with two whole stories, the first of which is the
page's own (its headline shares more words with the page's title than any later one's):
everything after the first story in the container that holds the stories goes.

Other stories' teasers (a heading and one paragraph each: a week's previews, "more news") set
in the story's own container after its last paragraph go too (`drop_teaser_runs`): the
extractor drops their headings but keeps their paragraphs, so the text alone cannot tell them
from the story's.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.text.other_stories import Teasers, other_stories_start

MIN_STORY_WORDS = 100  # an `<article>` body shorter than this is a teaser card, not a story
_FOLD = re.compile(r"\W+")
_HEADING_TAG = re.compile(r"<h[2-6][\s>]", re.IGNORECASE)


def has_several_headlines(html: str) -> bool:
    """A cheap first look: only such a page can hold a second story."""
    low = html.lower()
    return "<article" in low and low.count("<h1") >= 2


def drop_next_stories(tree: Any, title: str | None) -> bool:
    """Remove the stories after the page's own from `tree` (an lxml document); whether any went."""
    stories = _stories(tree)
    if len(stories) < 2 or not title:
        return False
    shared = [_shared_words(headline, title) for headline, _ in stories]
    if not shared[0] or any(later >= shared[0] for later in shared[1:]):
        return False  # the page's own story is not clearly the first one
    first_head, first_body = stories[0]
    for headline, _body in stories[1:]:
        if _words_of(headline.text_content()) == _words_of(first_head.text_content()):
            continue  # the same story again (a print or mobile copy), not the next one
        parent = _common_ancestor(headline, first_body)
        if parent is None:
            continue  # the headline lies inside the first story
        siblings = list(parent)
        own = next(i for i, child in enumerate(siblings) if _holds(child, first_body))
        nxt = next(i for i, child in enumerate(siblings) if _holds(child, headline))
        if nxt <= own:
            continue  # the next headline comes before the first story's body: no scroll
        for later in siblings[own + 1 :]:  # the next stories and what comes with them
            parent.remove(later)
        return True
    return False


def _holds(element: Any, inner: Any) -> bool:
    return element is inner or any(outer is element for outer in inner.iterancestors())


def _stories(tree: Any) -> list[tuple[Any, Any]]:
    """(headline, body) pairs in page order: each `<h1>` with the `<article>` it is in or that
    comes next before another `<h1>`; bodies long enough and none inside another."""
    headlines = tree.xpath("//h1")
    pairs = []
    for index, headline in enumerate(headlines):
        body = next(iter(headline.iterancestors("article")), None)
        if body is None:
            following = headline.xpath("following::article[1]")
            nxt = headlines[index + 1] if index + 1 < len(headlines) else None
            body = (
                following[0] if following and (nxt is None or _before(following[0], nxt)) else None
            )
        if body is not None and _words(body) >= MIN_STORY_WORDS:
            pairs.append((headline, body))
    bodies = [body for _, body in pairs]
    if len(set(bodies)) != len(bodies) or any(
        a is not b and b in a.iterdescendants() for a in bodies for b in bodies
    ):
        return []
    return pairs


def _before(a: Any, b: Any) -> bool:
    """Whether element `a` starts before element `b` in the document."""
    for element in a.getroottree().iter():
        if element is a:
            return True
        if element is b:
            return False
    return False


def _common_ancestor(headline: Any, first_body: Any) -> Any:
    """The lowest element holding both, or None when the headline is inside the first body."""
    ancestors = list(first_body.iterancestors())  # kept alive: lxml proxies compare by identity
    for parent in headline.iterancestors():
        if parent is first_body:
            return None
        if any(parent is ancestor for ancestor in ancestors):
            return parent
    return None


def _words(element: Any) -> int:
    return len(element.text_content().split())


def _words_of(text: str) -> set[str]:
    return set(_FOLD.sub(" ", text).casefold().split())


def _shared_words(headline: Any, title: str) -> int:
    """How many words the headline shares with the page's title (og:title or `<title>`)."""
    return len(_words_of(headline.text_content()) & _words_of(title))


def may_hold_teasers(html: str) -> bool:
    """A cheap first look: only a page with enough sub-headings can hold a run of teasers."""
    return len(_HEADING_TAG.findall(html)) >= Teasers.min_items


def drop_teaser_runs(tree: Any, title: str | None) -> bool:
    """Remove from `tree` each run of other stories' teasers that ends a container of
    paragraphs (`other_stories.other_stories_start` on its children's texts); whether any went."""
    parents = {
        id(p.getparent()): p.getparent() for p in tree.iter("p") if p.getparent() is not None
    }
    dropped = False
    for parent in parents.values():
        children = [c for c in parent if isinstance(c.tag, str)]
        texts = [" ".join(c.text_content().split()) for c in children]
        kept = [(child, text) for child, text in zip(children, texts, strict=True) if text]
        start = other_stories_start([text for _, text in kept], title)
        for child, _ in kept[start:]:
            child.drop_tree()
            dropped = True
    return dropped
