"""A standfirst's bullet points end as sentences: with no full stop, two of them picked for a
summary ran together ("on Friday Riot police pushed"). Short list items stay as they are."""

from __future__ import annotations

from summarizer.models import Page
from summarizer.web.body import bullet_sentence
from summarizer.web.extract import extract_article

URL = "https://gazette.example/news/harbour-storm"
BULLETS = [
    "Fishermen in the harbour town were caught on camera hauling a stranded seal back to sea",
    "Coastguard crews said the storm had pushed more than a dozen seals onto the main beach",
]
STORY = [
    "A group of fishermen carried a young seal back into the water on Saturday morning after "
    "the storm left it stranded on the harbour wall.",
    "The coastguard said the high tide had thrown at least twelve seals onto the beach and the "
    "rocks, and asked walkers to keep their dogs on a lead.",
    "A marine charity sent two volunteers to check the animals, and said most of them were "
    "healthy and would find their own way back once the sea calmed down.",
]


def test_long_bullets_end_with_a_full_stop_and_short_ones_stay() -> None:
    bullets = "".join(f"<li><strong>{text}</strong></li>" for text in BULLETS)
    body = "".join(f"<p>{text}</p>" for text in STORY)
    html = (
        "<html><head><title>Fishermen rescue stranded seal</title></head><body><article>"
        f"<h1>Fishermen rescue stranded seal</h1><ul>{bullets}</ul>{body}"
        "</article></body></html>"
    )
    page = Page(URL, URL, 200, "text/html", html.encode("utf-8"), "utf-8", {})
    paragraphs = extract_article(page).paragraphs
    for text in BULLETS:
        assert f"{text}." in paragraphs


def test_only_a_long_item_with_no_end_mark_gets_a_full_stop() -> None:
    assert bullet_sentence("Seals stranded after storm") == "Seals stranded after storm"
    assert bullet_sentence(BULLETS[0] + "!") == BULLETS[0] + "!"
    assert bullet_sentence("i" + BULLETS[0][1:]) == "i" + BULLETS[0][1:]
    assert bullet_sentence(BULLETS[0]) == BULLETS[0] + "."
