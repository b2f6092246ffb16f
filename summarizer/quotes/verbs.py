"""Speech verbs per language, as regex alternations built only for the languages a text uses.

Every cue pattern holds one alternation of all speech verbs (2,500 characters for the eight
languages), and compiling the dozen such patterns at import was most of the quote finder's
start-up. So a text is read with `vocabulary(languages_in(text))`: English, plus each language
one of whose speech verbs is a word of the text. That changes no match: the patterns find a
verb only between non-letters, where it is such a word, except "a lead-in ends with a verb",
which also matches the end of a longer word ("credit" ends in French "dit");
`ends_in_other_verb` tells when that test needs all the languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from summarizer.quotes.speech_lexicon import (
    ACCORDING_PHRASES,
    DOUBLED_FINAL_EN,
    SPEECH_IRREGULAR_EN,
    SPEECH_IRREGULAR_PARTICIPLES_EN,
    SPEECH_LEMMAS_EN,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    WRITTEN_MESSAGE_EN,
)


def _inflect(lemma: str) -> list[str]:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ied", lemma[:-1] + "ies"]
    past = lemma + ("d" if lemma.endswith("e") else "ed")
    if lemma in DOUBLED_FINAL_EN:
        past = lemma + lemma[-1] + "ed"
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s")
    return [past, third]


def _present(lemma: str) -> str:
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    return lemma + ("ting" if lemma in DOUBLED_FINAL_EN else "ing")


def longest_first(words: Iterable[str]) -> list[str]:
    """Longest first (an alternation takes the first that fits); the order of equal lengths
    does not change what matches, but a fixed one makes the same pattern in every process."""
    return sorted(words, key=lambda w: (-len(w), w))


def alternation(phrases: list[str]) -> str:
    """`(?:p1|p2|...)` with the phrases grouped under their first letter, order kept in a group.

    The engine then tests one letter per group instead of every phrase at each position it
    tries (phrases with different first letters never match at the same place, so the match
    is the same). Spaces in a phrase match any run of whitespace.
    """
    by_first: dict[str, list[str]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(re.escape(p[1:]).replace(r"\ ", r"\s+"))
    groups = (re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items())
    return "(?:" + "|".join(groups) + ")"


ENGLISH = "en"
_VERBS_EN = [
    *SPEECH_IRREGULAR_EN.split(),
    *WRITTEN_MESSAGE_EN.split(),
    *(form for lemma in SPEECH_LEMMAS_EN.split() for form in _inflect(lemma)),
]
# Each language's speech verbs, of one word or several (a space matches any run of spaces).
VERBS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    ENGLISH: frozenset([*_VERBS_EN, *SPEECH_PHRASES[ENGLISH]]),
    **{
        language: frozenset(
            [*SPEECH_VERBS.get(language, "").split(), *SPEECH_PHRASES.get(language, ())]
        )
        for language in sorted((SPEECH_VERBS.keys() | SPEECH_PHRASES.keys()) - {ENGLISH})
    },
}
ALL_LANGUAGES = frozenset(VERBS_BY_LANGUAGE)
_ALL_VERBS = longest_first(set().union(*VERBS_BY_LANGUAGE.values()))
VERB_SET = frozenset(v for v in _ALL_VERBS if " " not in v)
PARTICIPLES = sorted(
    {_present(lemma) for lemma in SPEECH_LEMMAS_EN.split()}
    | set(SPEECH_IRREGULAR_PARTICIPLES_EN.split())
)
# Cue words of every vocabulary: a phrase's first word ("a" of "a déclaré") is tested in every
# language, so the cue test passes wherever it did with all of them (see `Vocabulary.cue_word`).
_SHARED_CUE_WORDS = frozenset(
    {v.split()[0] for v in _ALL_VERBS if " " in v}
    | {p.split()[0] for p in ACCORDING_PHRASES.values()}
    | {"Said", "Says"}  # opening a sentence: "Said Smith: ..."
)


# A past-tense speech verb written with a capital inside its sentence ("Lee, the group's
# head, Tweeted on Friday"): read as a name, it was credited with the quote (reading22b).
_CAPITAL_PAST_VERB = re.compile(r"(?<=[\w,] )[A-Z][a-z]+ed\b")


def _lower_verb(m: re.Match[str]) -> str:
    word = m.group()
    return word.lower() if word.lower() in VERB_SET else word


def lower_capital_verbs(text: str) -> str:
    """`text` with each capitalised speech verb in "-ed" inside a sentence in lower case (the
    same length: offsets into it still hold)."""
    return _CAPITAL_PAST_VERB.sub(_lower_verb, text) if "ed" in text else text


def _marker(verb: str) -> str:
    """The word of a verb that `languages_in` looks for: a phrase's longest word."""
    return max(verb.split(), key=len)


def _markers() -> dict[str, frozenset[str]]:
    """The words that bring a language other than English into a text's vocabulary."""
    out: dict[str, frozenset[str]] = {}
    for language, verbs in VERBS_BY_LANGUAGE.items():
        for verb in verbs if language != ENGLISH else ():
            out[_marker(verb)] = out.get(_marker(verb), frozenset()) | {language}
    return out


_MARKERS = _markers()
_OTHER_LAST_WORDS = tuple(
    sorted({v.split()[-1] for lang, vs in VERBS_BY_LANGUAGE.items() if lang != ENGLISH for v in vs})
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ENGLISH_ONLY = frozenset({ENGLISH})


def languages_in(text: str) -> frozenset[str]:
    """English, and each language whose speech verb (a phrase: its longest word) is a run of
    letters in `text`: the languages whose verbs a cue pattern can find there."""
    found = _MARKERS.keys() & set(_LETTER_RUN.findall(text))
    if not found:
        return _ENGLISH_ONLY
    return _ENGLISH_ONLY.union(*(_MARKERS[w] for w in found))


def ends_in_other_verb(text: str) -> bool:
    """`text` may end with a verb of a language other than English, maybe followed by "that"
    and a comma (as `Vocabulary.verb_reversed` reads it): a verb at the end of a longer word
    counts, which `languages_in` does not see."""
    tail = (text[:-1] if text.endswith(",") else text).rstrip()
    if tail.endswith(_OTHER_LAST_WORDS):
        return True
    head = tail.removesuffix("that")
    return head != tail and head != head.rstrip() and head.rstrip().endswith(_OTHER_LAST_WORDS)


@dataclass(frozen=True)
class Vocabulary:
    """The speech verbs of some languages as pattern pieces, each built on first use."""

    languages: frozenset[str]

    @cached_property
    def verbs(self) -> list[str]:
        return longest_first(set().union(*(VERBS_BY_LANGUAGE[lang] for lang in self.languages)))

    @cached_property
    def verb(self) -> str:
        """Any speech verb (the longest that fits)."""
        return alternation(self.verbs)

    @cached_property
    def verb_reversed(self) -> str:
        """`verb` spelled backwards, to test "ends with a verb" by one anchored match on the
        reversed text."""
        return alternation([v[::-1] for v in self.verbs])

    @cached_property
    def one_word_verb(self) -> str:
        return alternation([v for v in self.verbs if " " not in v])

    @cached_property
    def cue_word(self) -> re.Pattern[str]:
        """A verb's first word or an "according to" word, whole: no word character or U+2024
        (a masked dot) next to it. The lookahead sends the engine on to the other words (in
        the group of the first letter), so a search finds a cue word wherever one is a word
        of the text. A one-word verb of another language is no whole word where that
        language is not read, so leaving it out changes no answer."""
        words = {v.split()[0] for v in self.verbs} | _SHARED_CUE_WORDS
        return re.compile(
            r"(?<![\w\u2024])" + alternation(longest_first(words)) + r"(?![\w\u2024])"
        )


@cache
def vocabulary(languages: frozenset[str]) -> Vocabulary:
    """The one `Vocabulary` of `languages` (its patterns compile once per process)."""
    return Vocabulary(languages)
