"""A figure candidate as the finders see it, and the word-level readings they share: where a
figure really starts (before "more than"), where its counted noun ends, and the Figure it makes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from summarizer.figures.fixed_patterns import NEXT_WORDS
from summarizer.figures.language_words import RU_NUMBER_WORDS
from summarizer.figures.lexicon import BETWEEN, QUALIFIERS
from summarizer.figures.meaning import change_before
from summarizer.figures.plural_words import (
    ADJECTIVES_BEFORE,
    COMPOUND_ENDINGS,
    IT_INVARIANT,
    NOT_MEN,
    NOT_THE_NOUN,
    RU_ADJECTIVE_ENDINGS,
    VERBS_AFTER,
    VERBS_NOT_NOUNS,
)
from summarizer.figures.reject_words import IRREGULAR_PLURALS, NOUN_STOP
from summarizer.models import Figure

STEP_BACK = 48  # characters searched before a number for a qualifier or "between"
QUALIFIER_WORDS = 4  # qualifiers of up to this many words are looked for ("no more than")
NEARBY_BLOCKS = 3  # blocked spans (dates, times, phones) that can overlap one figure


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


QUAL_SET = frozenset(w.replace("_", " ") for w in " ".join(QUALIFIERS.values()).split())
QUAL_LAST = frozenset(w.split()[-1] for w in QUAL_SET)
BETWEEN_SET = word_set(BETWEEN)
NOUN_STOP_SET = word_set(NOUN_STOP)
IRREGULAR_PLURAL_SET = word_set(IRREGULAR_PLURALS)
NOUN_FIRST = frozenset({"fr", "es", "it", "pt"})  # the noun, then its adjectives
ADJECTIVES_FIRST = NOUN_FIRST | {"nl"}  # where a few adjectives come before the noun
# Where the counted noun is one word that ends at the first plural: Dutch verbs end as plurals
# do ("500 mensen kwamen"), and so does "en" (and); a German noun is one capitalised word
# ("1.500 Bauwerke am Fluss").
ONE_NOUN = NOUN_FIRST | {"nl", "de"}
RU_VOWELS = "аеёиоуыэюя"  # a genitive plural ends in none ("домов", "машин", "детей")
PLURAL_ENDINGS = {"nl": ("en", "s"), "it": ("i", "e", "à"), "es": ("s",), "pt": ("s",)}
MORE_FIRST = frozenset({"more", "fewer"})  # "12 more engineers": the noun comes after it


@dataclass(slots=True)
class Hit:
    """A figure found: `value` is the number with its scale, the bottom of a range."""

    start: int
    end: int
    core: tuple[int, int]  # the number itself, as the headline would repeat it
    kind: str
    value: float | None
    qualified: bool
    unit: str | None = None
    scale: float | None = None
    high: float | None = None  # the top of a range
    qual: str | None = None
    penalty: float = 0.0  # ranks below its kind: a small number word, a vague amount


def to_figure(text: str, hit: Hit, context: str, score: float = 0.0) -> Figure:
    ranged = hit.high is not None
    return Figure(
        text=text[hit.start : hit.end],
        context=context,
        value=hit.value,
        score=score,
        kind=hit.kind,
        unit=hit.unit,
        low=hit.value if ranged else None,
        high=hit.high,
        scale=hit.scale,
        qualifier=hit.qual,
        change=change_before(text, hit.start),
        start=hit.start,
        end=hit.end,
    )


def step_back(low: str, pos: int, floor: int, between: bool = True) -> int:
    """Where a figure starting at `pos` really starts: before "more than", "between", ...."""
    lo = max(floor, pos - STEP_BACK)
    if pos == lo or not low[pos - 1].isspace():
        return pos
    last = low[max(lo, low.rfind(" ", lo, pos - 1) + 1) : pos].strip()
    if last not in QUAL_LAST and not (between and last in BETWEEN_SET):
        return pos
    seg = low[lo:pos]
    words = seg.split()
    keep = len(words)  # the words before the qualifier and "between"
    for k in range(QUALIFIER_WORDS, 0, -1):
        if keep >= k and " ".join(words[-k:]) in QUAL_SET:
            keep -= k
            break
    if between and keep and words[keep - 1] in BETWEEN_SET:
        keep -= 1
    if keep == len(words):
        return pos
    # Where words[keep] starts: each word is the last occurrence of itself before the next one
    # (a word has no spaces, and only spaces lie between it and the next).
    j = len(seg)
    for word in reversed(words[keep:]):
        j = seg.rfind(word, 0, j)
    return lo + j


def noun_end(text: str, pos: int, language: str, words: bool = False) -> int | None:
    """End of the counted noun right after a number ("1,024 sea turtles"), if there is one;
    after a number word a capitalised plural counts too ("three Grammys")."""
    m = NEXT_WORDS.match(text, pos)
    if not m:
        return None
    best = None
    offset = pos
    tokens = m.group().split()
    for i, token in enumerate(tokens):
        start = text.index(token, offset)
        offset = start + len(token)
        low = token.lower()
        if language == "en" and token[0].isupper():
            # "three Grammys"; "eight Champions League goals" counts the goals (a name goes on,
            # but not into the next sentence: "2.1 million Kurds But it's ...").
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            named = after[:1].isupper() and after.lower() not in NOUN_STOP_SET
            goes_on = named or (bool(after) and plural(after, language))  # "4,100 Hull fans"
            if words and best is None and token[1:].islower() and plural(low, language):
                if not goes_on:
                    best = offset
                    break
                continue  # "five Davis Cup campaigns": the name goes on to its noun
            if words and best is None and i + 1 < len(tokens):
                continue  # "a dozen Russian officials", "three Resident cast members"
            break
        if i == 0 and low in MORE_FIRST and language == "en":
            continue  # "12 more engineers"; "12 more than" stops at "than"
        if low in NOUN_STOP_SET:
            break
        if i == 0 and low in VERBS_NOT_NOUNS and language == "en":
            break  # "at age 78 seems improbable": the verb, no noun counted
        if best is not None and low in VERBS_AFTER and language == "en":
            break  # "work on 1.8 million homes begins": a verb, not a noun
        if best is not None and low.endswith("ed") and language == "en":
            break  # "308,000 students received results": a verb in the past
        if language in ADJECTIVES_FIRST and (low in NOT_THE_NOUN or low in ADJECTIVES_BEFORE):
            continue  # "30 autres pays", "25 jeunes ingénieurs": the noun comes after it
        if language == "ru" and low in RU_NUMBER_WORDS:
            if i == 0 and token[0].isupper() and len(tokens) > 1:
                best = text.index(tokens[1], offset) + len(tokens[1])  # "четыре Шесть наций"
            break  # a name that opens with a number word counts; a lower-case one is another
        if language == "ru" and i == 0 and low.endswith(RU_ADJECTIVE_ENDINGS):
            best = offset  # "200 рабочих": an adjective may be the noun itself ...
            after = tokens[1] if len(tokens) > 1 else ""
            if after[:1].islower() and after[-1] not in RU_VOWELS:
                continue  # ... or come before it: "40 новых домов" ("рабочих завода": no)
            break
        if plural(token, language):
            best = offset
            if language in ONE_NOUN:
                break  # "doze barcos novos": the adjectives after the noun are no part of it
        if language == "ru":
            break  # Russian counted nouns follow the number directly: "300 человек"
    return best


def plural(token: str, language: str) -> bool:
    low = token.lower()
    if language == "de":
        return token[0].isupper()
    if language == "ru":
        return True
    if language == "fr":
        return low.endswith(("s", "x"))
    if language in PLURAL_ENDINGS:  # "bruggen", "ponti", "puentes", "pontes"
        invariant = language == "it" and low in IT_INVARIANT  # "132.000 bar", "40 film"
        return token[0].islower() and (invariant or low.endswith(PLURAL_ENDINGS[language]))
    if low in IRREGULAR_PLURAL_SET:
        return True
    if low.endswith(COMPOUND_ENDINGS) and low not in NOT_MEN:
        return token[0].islower()  # "grandchildren", "businessmen", "housewives"
    if "'" in low or "’" in low:
        return False  # "it's", "Jones's"
    return token[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def overlaps(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    if not blocked:
        return False
    i = bisect_right(blocked, (span[1], span[1]))  # spans starting before the end of `span`
    for _, e in blocked[max(0, i - NEARBY_BLOCKS) : i]:  # noqa: SIM110 (any() on a generator: slower)
        if span[0] < e:
            return True
    return False
