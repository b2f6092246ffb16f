"""The blind story check sets (rounds 3 to 7) have the shape their scoring rows will claim.

Their counts (items, stories, languages, one-outlet stories, teasers, hard negatives per
category), that their items are unique and not borrowed from the earlier sets, and that every
story is written in the language its label names: a mislabelled language would make a set score
something else.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from types import ModuleType

import pytest

from tests import (
    story_items,
    story_items_fresh,
    story_items_round3,
    story_items_round4,
    story_items_round5,
    story_items_round6,
    story_items_round7,
)

LANGUAGES = ("en", "ru", "de", "fr", "es", "it", "pt", "nl")


@dataclass(frozen=True)
class CheckSet:
    """What one blind set promises: its size, its hard-negative categories, the sets before it."""

    module: ModuleType
    flag: str
    items: int
    stories: int
    stories_per_language: dict[str, int]
    categories: frozenset[str]
    hard_negatives: int
    per_category: int
    earlier: tuple[ModuleType, ...]
    several_outlets: int = 0


ROUND3 = CheckSet(
    module=story_items_round3,
    flag="--round3",
    items=200,
    stories=80,
    stories_per_language={"en": 15} | dict.fromkeys(LANGUAGES[1:], 8),
    categories=frozenset(
        {
            "a match preview and its report",
            "two storms or fires in one week, different places",
            "two central-bank decisions",
            "one company's two announcements",
            "one politician's two speeches",
            "two recalls",
            "a trial's opening and its verdict",
            "two strikes in different sectors",
        }
    ),
    hard_negatives=25,
    per_category=3,
    earlier=(story_items, story_items_fresh),
)
ROUND4 = CheckSet(
    module=story_items_round4,
    flag="--round4",
    items=300,
    stories=120,
    stories_per_language={"en": 20} | dict.fromkeys(LANGUAGES[1:], 12),
    categories=frozenset(
        {
            "a match preview and its report",
            "two earthquakes or storms in one week",
            "a trial's opening and its verdict",
            "a strike and its end",
            "one company's two announcements",
            "one politician on two days",
            "two accidents on one road or railway line",
            "one council's or central bank's two decisions",
        }
    ),
    hard_negatives=40,
    per_category=4,
    earlier=(story_items, story_items_fresh, story_items_round3),
    several_outlets=100,
)
ROUND5 = CheckSet(
    module=story_items_round5,
    flag="--round5",
    items=320,
    stories=130,
    stories_per_language={"en": 25} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two earthquakes in one region in one week",
            "two storms in one season, different places",
            "a match preview and its report",
            "one firm's two product recalls",
            "one politician's two speeches",
            "a trial's opening and its verdict",
            "one company's two quarterly results",
            "a strike announced and the strike ended",
        }
    ),
    hard_negatives=45,
    per_category=5,
    earlier=(story_items, story_items_fresh, story_items_round3, story_items_round4),
    several_outlets=115,
)
ROUND6 = CheckSet(
    module=story_items_round6,
    flag="--round6",
    items=328,
    stories=135,
    stories_per_language={"en": 26} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two fires in one city in one week",
            "two rounds of one election",
            "a deal announced and the deal closed",
            "two launches by one space agency",
            "an award's shortlist and its winner",
            "two flights diverted at one airport",
            "two studies by one lab",
            "one club's two transfers",
        }
    ),
    hard_negatives=45,
    per_category=5,
    earlier=(
        story_items,
        story_items_fresh,
        story_items_round3,
        story_items_round4,
        story_items_round5,
    ),
    several_outlets=119,
)
ROUND7 = CheckSet(
    module=story_items_round7,
    flag="--round7",
    items=324,
    stories=130,
    stories_per_language={"en": 25} | dict.fromkeys(LANGUAGES[1:], 15),
    categories=frozenset(
        {
            "two ministers of one government resigning in one month",
            "one central bank's two rate decisions",
            "a bridge or road closed and reopened",
            "two concerts of one tour cancelled",
            "one city's two budget votes",
            "two outbreaks in one province or district",
            "two sales at one auction house",
            "a protest called and the protest held",
        }
    ),
    hard_negatives=46,
    per_category=5,
    earlier=(
        story_items,
        story_items_fresh,
        story_items_round3,
        story_items_round4,
        story_items_round5,
        story_items_round6,
    ),
    several_outlets=116,
)
SETS = pytest.mark.parametrize(
    "spec",
    [ROUND3, ROUND4, ROUND5, ROUND6, ROUND7],
    ids=["round3", "round4", "round5", "round6", "round7"],
)
LATER_SETS = pytest.mark.parametrize(
    "spec", [ROUND4, ROUND5, ROUND6, ROUND7], ids=["round4", "round5", "round6", "round7"]
)

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


Item = tuple[str, str, str]


def labels(items: tuple[Item, ...]) -> Counter[str]:
    return Counter(label for label, _, _ in items)


def language(label: str) -> str:
    return label.split("-", 1)[0]


def word_weights() -> dict[str, dict[str, float]]:
    """Per language, each listed word's weight: 1 over the number of languages listing it."""
    words = {lang: set(text.split()) for lang, text in FUNCTION_WORDS.items()}
    seen = Counter(word for ws in words.values() for word in ws)
    return {lang: {w: 1 / seen[w] for w in ws} for lang, ws in words.items()}


@SETS
def test_size(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    assert len(items) >= spec.items
    assert len(labels(items)) >= spec.stories


@SETS
def test_stories_per_language(spec: CheckSet) -> None:
    per_language = Counter(language(label) for label in labels(spec.module.ITEMS))
    assert set(per_language) == set(LANGUAGES)
    for lang, least in spec.stories_per_language.items():
        assert per_language[lang] >= least, lang


@SETS
def test_items_are_unique_and_filled(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    assert all(label and title.strip() and lead.strip() for label, title, lead in items)
    titles = [title for _, title, _ in items]
    leads = [lead for _, _, lead in items]
    assert len(set(titles)) == len(titles)
    assert len(set(leads)) == len(leads)


@LATER_SETS
def test_each_story_is_listed_in_one_block(spec: CheckSet) -> None:
    """Copies of a story sit together, so a reader checks a story in one place."""
    order = [label for label, _, _ in spec.module.ITEMS]
    blocks = [label for i, label in enumerate(order) if i == 0 or order[i - 1] != label]
    assert len(blocks) == len(set(blocks))


@SETS
def test_labels_are_new_to_this_set_and_no_text_is_borrowed(spec: CheckSet) -> None:
    items = spec.module.ITEMS
    other_items = [item for module in spec.earlier for item in module.ITEMS]
    other_labels = {label for label, _, _ in other_items}
    other_texts = {text for _, title, lead in other_items for text in (title, lead)}
    assert not set(labels(items)) & other_labels
    assert not {text for _, title, lead in items for text in (title, lead)} & other_texts


@SETS
def test_at_least_ten_stories_told_by_one_outlet(spec: CheckSet) -> None:
    assert sum(1 for n in labels(spec.module.ITEMS).values() if n == 1) >= 10


@LATER_SETS
def test_most_stories_are_told_by_several_outlets(spec: CheckSet) -> None:
    counts = labels(spec.module.ITEMS).values()
    assert sum(1 for n in counts if n >= 2) >= spec.several_outlets
    assert max(counts) <= 4


@SETS
def test_some_stories_have_a_teaser_copy(spec: CheckSet) -> None:
    """A copy whose lead is a teaser under 80 characters, beside a fuller copy of the story."""
    items = spec.module.ITEMS
    full = {label for label, _, lead in items if len(lead) >= 80}
    teased = {label for label, _, lead in items if len(lead) < 80}
    assert len(full & teased) >= 40


@SETS
def test_hard_negatives_cover_every_category(spec: CheckSet) -> None:
    hard = spec.module.HARD_NEGATIVES
    assert set(hard) == spec.categories
    listed = [label for negatives in hard.values() for label in negatives]
    assert len(listed) == len(set(listed)) >= spec.hard_negatives
    counts = labels(spec.module.ITEMS)
    for category, negatives in hard.items():
        assert len(negatives) >= spec.per_category, category
        for negative in negatives:
            story, _, suffix = negative.partition("/")
            assert suffix, negative
            assert counts[story] >= 2 and counts[negative] >= 2, negative
            assert language(story) == language(negative), negative


@SETS
def test_every_slashed_label_is_a_listed_hard_negative(spec: CheckSet) -> None:
    slashed = {label for label in labels(spec.module.ITEMS) if "/" in label}
    listed = {label for negatives in spec.module.HARD_NEGATIVES.values() for label in negatives}
    assert slashed == listed


@SETS
def test_every_item_is_written_in_its_label_language(spec: CheckSet) -> None:
    weights = word_weights()
    wrong = []
    for label, title, lead in spec.module.ITEMS:
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


@SETS
def test_the_module_names_the_command_that_scores_it_once(spec: CheckSet) -> None:
    doc = spec.module.__doc__ or ""
    assert spec.flag in doc and "once" in doc
