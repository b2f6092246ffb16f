"""The round-3 story check set has the shape its scoring row will claim.

Its counts (items, stories, languages, one-outlet stories, hard negatives per category), that its
items are unique and not borrowed from the other sets, and that every story is written in the
language its label names: a mislabelled language would make the set score something else.
"""

from __future__ import annotations

import re
from collections import Counter

from tests import story_items, story_items_fresh, story_items_round3
from tests.story_items_round3 import HARD_NEGATIVES, ITEMS

LANGUAGES = ("en", "ru", "de", "fr", "es", "it", "pt", "nl")
MIN_STORIES = {"en": 15, "ru": 8, "de": 8, "fr": 8, "es": 8, "it": 8, "pt": 8, "nl": 8}
CATEGORIES = {
    "a match preview and its report",
    "two storms or fires in one week, different places",
    "two central-bank decisions",
    "one company's two announcements",
    "one politician's two speeches",
    "two recalls",
    "a trial's opening and its verdict",
    "two strikes in different sectors",
}

# Common short words per Latin-script language; a word listed for k languages counts 1/k for
# each of them, so shared words ("de", "la", "in") weigh little.
FUNCTION_WORDS = {
    "en": "the of and to on as after for with is by from at was were has have their his her its "
    "will be an up over who that this said into than more s",
    "de": "der die das und ist im den dem des mit von auf sich nach nicht ein eine einer wird zu "
    "für am bei aus auch nun sind wurden hat haben zum zur über",
    "fr": "le la les des du et est une un dans pour sur au aux par qui ont été à ne pas sont l d "
    "n s qu plus de en",
    "es": "el la los las del y en con por para un una que se su al tras ya ha sus ante es lo le "
    "ninguno de",
    "it": "il lo gli della delle dei di e è nel nella alla alle dalla sul sulla per che sono ci "
    "si ai dai tutto tutte un una in l la del al dell all dal nell sull",
    "pt": "o os as da do das dos em no na nos nas um uma e é com para pelo pela ao à não que se "
    "mais seu sua d de",
    "nl": "de het een van en in op is met voor niet zijn naar door bij te ook dat er nu hun weer "
    "geen na",
}
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")


def labels() -> Counter[str]:
    return Counter(label for label, _, _ in ITEMS)


def language(label: str) -> str:
    return label.split("-", 1)[0]


def word_weights() -> dict[str, dict[str, float]]:
    """Per language, each listed word's weight: 1 over the number of languages listing it."""
    words = {lang: set(text.split()) for lang, text in FUNCTION_WORDS.items()}
    seen = Counter(word for ws in words.values() for word in ws)
    return {lang: {w: 1 / seen[w] for w in ws} for lang, ws in words.items()}


def test_at_least_200_items_in_80_stories() -> None:
    assert len(ITEMS) >= 200
    assert len(labels()) >= 80


def test_stories_per_language() -> None:
    per_language = Counter(language(label) for label in labels())
    assert set(per_language) == set(LANGUAGES)
    for lang, least in MIN_STORIES.items():
        assert per_language[lang] >= least, lang


def test_items_are_unique_and_filled() -> None:
    assert all(label and title.strip() and lead.strip() for label, title, lead in ITEMS)
    titles = [title for _, title, _ in ITEMS]
    leads = [lead for _, _, lead in ITEMS]
    assert len(set(titles)) == len(titles)
    assert len(set(leads)) == len(leads)


def test_labels_are_new_to_this_set_and_no_text_is_borrowed() -> None:
    other_items = (*story_items.ITEMS, *story_items_fresh.ITEMS)
    other_labels = {label for label, _, _ in other_items}
    other_texts = {text for _, title, lead in other_items for text in (title, lead)}
    assert not set(labels()) & other_labels
    assert not {text for _, title, lead in ITEMS for text in (title, lead)} & other_texts


def test_at_least_ten_stories_told_by_one_outlet() -> None:
    assert sum(1 for n in labels().values() if n == 1) >= 10


def test_some_stories_have_a_teaser_copy() -> None:
    """A copy whose lead is a teaser under 80 characters, beside a fuller copy of the story."""
    full = {label for label, _, lead in ITEMS if len(lead) >= 80}
    teased = {label for label, _, lead in ITEMS if len(lead) < 80}
    assert len(full & teased) >= 40


def test_hard_negatives_cover_every_category_with_25_stories() -> None:
    assert set(HARD_NEGATIVES) == CATEGORIES
    listed = [label for negatives in HARD_NEGATIVES.values() for label in negatives]
    assert len(listed) == len(set(listed)) >= 25
    counts = labels()
    for category, negatives in HARD_NEGATIVES.items():
        assert len(negatives) >= 3, category
        for negative in negatives:
            story, _, suffix = negative.partition("/")
            assert suffix, negative
            assert counts[story] >= 2 and counts[negative] >= 2, negative
            assert language(story) == language(negative), negative


def test_every_slashed_label_is_a_listed_hard_negative() -> None:
    slashed = {label for label in labels() if "/" in label}
    listed = {label for negatives in HARD_NEGATIVES.values() for label in negatives}
    assert slashed == listed


def test_every_item_is_written_in_its_label_language() -> None:
    weights = word_weights()
    wrong = []
    for label, title, lead in ITEMS:
        text = f"{title} {lead}".lower()
        lang = language(label)
        if lang == "ru":
            if not CYRILLIC.search(text) or re.search(r"[a-z]{3,}", text):
                wrong.append((title, {}))
            continue
        if CYRILLIC.search(text):
            wrong.append((title, {}))
            continue
        words = WORD.findall(text.replace("'", " ").replace("’", " "))
        hits = {code: sum(ws.get(w, 0.0) for w in words) for code, ws in weights.items()}
        rival = max(n for code, n in hits.items() if code != lang)
        if not hits[lang] > max(rival, 0):
            wrong.append((title, hits))
    assert not wrong


def test_the_module_names_the_command_that_scores_it_once() -> None:
    doc = story_items_round3.__doc__ or ""
    assert "--round3" in doc and "once" in doc
