"""A one-word name that opens a sentence and acts, though the text never gives it in full:
"Cruz openly admitted his pick was tactical.", "Carson dodged the question." A story about
well-known people often names some only by surname; they are people all the same, so a
'"...," he said' after such a sentence is theirs, not the words of someone named earlier
(reading23d: two candidates' answers went to the one whose full name came a paragraph
before). The antecedent search (`antecedent.Antecedents.names_a_subject`) stops there and
leaves the quote unattributed rather than guess.

Narrow on purpose: one capitalised word, no place, title, demonym or calendar word, never
seen in lower case in the text, then maybe an "-ly" adverb and a speech verb (no outlet's
"reported") or a verb only a person does when asked (`ANSWER_VERBS`: "dodged", "hedged").
Not any past tense: "Denver approved the plan" is a city's act.
"""

from __future__ import annotations

import re
from collections.abc import Container

from summarizer.quotes.name_lexicon import NOT_NAMES
from summarizer.quotes.place_words import PLACE_NAMES
from summarizer.quotes.speech_lexicon import ANSWER_VERBS, OUTLET_VERBS
from summarizer.quotes.word_kinds import TITLE_SET, is_demonym_word

# The verb right after the word, maybe after an "-ly" adverb: "Cruz openly admitted".
_ACTING = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b")
_MIN_LETTERS = 3  # "Li" or "Xi" too short to tell from an abbreviation here


def acts_unnamed(
    sentence: str, start: int, word: str, verbs: Container[str], plausible: bool
) -> bool:
    """Whether `word`, one capitalised word at `start` of `sentence`, is a person's name
    acting as the sentence's subject: a speech verb in `verbs` ("admitted") or an answer verb
    ("dodged") follows it. `plausible`: the text never uses the word in lower case."""
    if " " in word or len(word) < _MIN_LETTERS or word.isupper() or not word[:1].isupper():
        return False
    if not plausible or word in NOT_NAMES or word in PLACE_NAMES or is_demonym_word(word):
        return False
    if word.lower() in TITLE_SET or word.lower().removesuffix("s") in TITLE_SET:
        return False  # "Democrats", "Senators"
    m = _ACTING.match(sentence, start + len(word))
    if m is None:
        return False
    verb = m["verb"]
    return verb in ANSWER_VERBS or (verb in verbs and verb not in OUTLET_VERBS)
