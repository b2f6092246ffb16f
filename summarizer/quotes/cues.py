"""The cue patterns: regular expressions that find a speech verb and its subject next to a
quote, built from the speech verbs of the languages a text is in and compiled on first use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from summarizer.quotes.cue_words import SENTENCE_OPENERS, TAIL_WORDS
from summarizer.quotes.speakers import ADVERBS
from summarizer.quotes.verbs import PARTICIPLES, vocabulary
from summarizer.text.lexicon import UPPER

# The gap before a cue after the closing mark: a comma or so, spaces, maybe a dash. Written
# "\s*+(?:[—–-]\s*+)?", not "\s*[—–-]?\s*": what follows is a letter, so the spaces all go
# first either way, but the second form tried every way of sharing a run of spaces between
# its two \s* (n² for a run of n, up to 240 characters per quote).
CUE_GAP = r"[,.!?]?\s*+(?:[—–-]\s*+)?"


@dataclass(frozen=True)
class CuePatterns:
    """The cue patterns that hold the speech verbs of some languages, each compiled on first
    use (`cue_patterns`)."""

    languages: frozenset[str]

    @cached_property
    def _verb(self) -> str:
        return vocabulary(self.languages).verb

    @cached_property
    def cue_word(self) -> re.Pattern[str]:
        return vocabulary(self.languages).cue_word

    @cached_property
    def post_bare(self) -> re.Pattern[str]:
        """'“... harbours” Tolland said.', '“... again" Merritt said after a debate': a cue with no
        mark of its own, ending its sentence or going on with a time or place."""
        who = r"(?P<who>(?:[^\W\d_][\w'’\u2024-]*\s){1,3}?)"
        tail = r"(?=[.,]|$|\s+(?:" + "|".join(TAIL_WORDS) + r")\b)"
        return re.compile(r"\s" + who + r"(?P<verb>" + self._verb + r")" + tail)

    @cached_property
    def post_verb_first(self) -> re.Pattern[str]:
        return re.compile(CUE_GAP + r"(?P<verb>" + self._verb + r")\s+(?P<rest>[^\n]{1,160})")

    @cached_property
    def post_name_first(self) -> re.Pattern[str]:
        return re.compile(
            r"(?P<lead>[,.!?]?)\s*[—–-]?\s*(?P<who>[^.!?;:\"“”«»„\n]{1,160}?)\s+"
            + ADVERBS
            + r"(?P<verb>"
            + self._verb
            + r")\b(?P<after>.?\s?\w*)"
        )

    @cached_property
    def space_verb(self) -> re.Pattern[str]:
        return re.compile(r"\s" + self._verb + r"\b")

    @cached_property
    def pre_verb(self) -> re.Pattern[str]:
        """The tail ends where the closing run of spaces starts ("(?<!\\s)"): the lazy tail
        then fails at once inside that run instead of reading the rest of it at every one
        of its positions."""
        return re.compile(
            r"^(?P<head>.*)\b(?P<verb>"
            + self._verb
            + r")\b(?P<tail>[^.!?\"“”«»]{0,150}?)(?<!\s)\s*$",
            re.S,
        )

    @cached_property
    def pre_verb_first(self) -> re.Pattern[str]:
        return re.compile(r"^\s*(?P<verb>" + self._verb + r")\s+(?P<who>[^,:.]{1,60})[:,]\s*$")

    @cached_property
    def pre_participle(self) -> re.Pattern[str]:
        return re.compile(
            r"(?:,[”\"’]?|\b(?:upon|by|after|while|before|when))\s*(?P<verb>"
            + "|".join(PARTICIPLES)
            + r")(?:\s+[^,:.\"“”]{1,40})?[,:]?\s*$"
        )

    @cached_property
    def verb_end_reversed(self) -> re.Pattern[str]:
        """A verb, maybe "that", maybe a comma, at the end, read backwards: one anchored match
        instead of a search that tries the long verb alternation at every character."""
        return re.compile(r",?\s*(?:taht\s+)?" + vocabulary(self.languages).verb_reversed)

    @cached_property
    def subject_verb_start(self) -> re.Pattern[str]:
        """A sentence that opens with its subject (a name of up to four words, or a pronoun)
        and a speech verb: "However, Nyberg pointed out that ...", "She added that ..."."""
        name = r"[" + UPPER + r"][\w’'\-\u2024]*"
        return re.compile(
            r"\s*(?:(?:" + "|".join(SENTENCE_OPENERS) + r"),?\s+)?"
            r"(?P<who>" + name + r"(?:\s+" + name + r"){0,3})\s+(?:also\s+|later\s+)?"
            r"(?P<verb>" + self._verb + r")\b"
        )

    @cached_property
    def verb_first_end(self) -> re.Pattern[str]:
        """', said King' ending a sentence."""
        return re.compile(r",\s*(?P<verb>" + self._verb + r")\s+(?P<who>[^,;:]{1,60})$")

    @cached_property
    def pre_as(self) -> re.Pattern[str]:
        return re.compile(
            r"\b(?:As|as)\s+(?P<who>[^,.:;]{1,60}?)\s+(?P<verb>" + self._verb + r")\b"
        )

    @cached_property
    def reported(self) -> re.Pattern[str]:
        """A speech verb then a name and a speech verb: the second name is the speaker ("Lee
        said Ruiz told him", "Lee recalled Ruiz saying")."""
        name = r"[" + UPPER + r"][\w’'\-]+"
        return re.compile(
            r"\s+(?:that\s+)?(?P<who>" + name + r"(?:\s+" + name + r"){0,2})"
            r"\s+(?:had\s+|has\s+)?(?P<verb>" + self._verb + r"|saying|telling)\b"
        )


@cache
def cue_patterns(languages: frozenset[str]) -> CuePatterns:
    """The one `CuePatterns` of `languages` (see `verbs.languages_in`)."""
    return CuePatterns(languages)


def has_cue(text: str, cues: CuePatterns) -> bool:
    """A cue word among the words of `text` (runs of word characters and U+2024)."""
    return cues.cue_word.search(text) is not None
