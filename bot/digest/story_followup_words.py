"""The words a follow-up shares with its story that count as evidence of one story.

A follow-up (bot.digest.story_followup) joins its story by little else than a name only that
story carries ("Carrick" of the museum raid: `own_names`) and a word of what happened
("raiders", "flood": `event_words`). Both are read from the tokens the two share
(story_score.BatchEvidence), and both must leave out what any other story has too: the town's
police, "a man", a weekday, a stop word, a word of the actor's name. Those choices, and the
switches measured on the story rounds, live here, apart from the joining pass that weighs them.
Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.digest.filters import fold, stemmer
from bot.digest.story_anchors import ANCHOR_CHARS, weekdays
from bot.digest.story_anchors_lexicon import WEEKDAY_SUFFIXED, WEEKDAYS
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_followup_lexicon import GENERIC_NAMES, NO_EVENT_WORDS
from bot.digest.story_score import MARKS, NAME_MARK, BatchEvidence
from summarizer.text.language import stop_words

# Names carried by more items of the batch and its context than this are never a story's own,
# nor are such stems its event's words (`event_words`): a bound on the pairs looked at.
FOLLOW_NAME_DF = 8
# The word of the event a follow-up shares with its story (story_followup.EVENT_WORD) is no
# stop word of any STOP_LANGUAGES language (`any_stops`): the stop list
# a fingerprint drops is its own language's, and sumy's Spanish one lacks "de", "del" and
# "que", so a street market's closure followed up a hailstorm in its town 19 h before by "de"
# and "del" (round 35's later coverage every 6 and 24 h, in-sample; docs/digest.md, "Session
# 15: daily precision"). Rounds 9, 10, 12-23, 27, 35, 37 (read): no true join lost. False:
# any shared stem.
EVENT_STOPS = True
# ... and no word of a name the two share, when neither item's language capitalises its nouns
# (Fingerprint.capital_nouns): a name is the actor, not what happened; most false merges of
# rounds 35 and 37 every 24 h were follow-ups sharing only the actor's name (in-sample;
# docs/digest.md, "Session 15: daily precision"). False: a name's words count.
EVENT_NOT_NAME = True
STOP_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru")
# A story's own name is one word the two share, not two words opening alike: a name token is
# the first letters of a capitalised word (NAME_MARK), so "Busunglück" and "Busunfall", "Brand"
# and "Brandtner" meet on it. With NAME_WORD a token is no own name when the words it opens in
# the single item and in the story differ by more than an ending (`_words_apart`). Round 18
# (in-sample since, docs/digest.md, "Session 12, fifth pass"): a bus crash's follow-up
# ("Busunglück bei Hohenau") joined the motorcycle crash on the same road, whose lead named
# "dem Busunfall" (2 false pairs every 24 h). Asking for one stem in common instead lost true
# pairs on rounds 9, 11-13 and 15-17 (a name's declined forms differ by their ending).
NAME_WORD = True
NAME_WORD_ENDING = 2  # letters of an ending that two words of one name may differ by
# A concept a follow-up shares with its story (story_score.CONCEPTS: "flooded" / "swamps") is no
# word of its event either, nor a stray's shared stem (story_strays): as those, unread decide
# rounds every 24 h 4 true and 2 false pairs more, read rounds every 6 h 5 and 2. Names and
# figures are no event words either: only unmarked stems are (story_score.MARKS).
# The police, the Guardia Civil, the fire brigade (story_followup_lexicon.GENERIC_NAMES) are
# never a story's own name, nor are "man", "woman", "people" (NO_EVENT_WORDS) a word of its
# event: at a daily digest's density one town's police arrest two men the same day for two
# crimes (round 42 every 24 h, in-sample: a street assault's arrest and a fraud's, joined by
# "Policía" and "hombre"; a prisoner's escape and a winery's robbery by "Guardia Civil";
# docs/digest.md, "Session 16"): 4 false pairs fewer every 24 h, no true pair lost on the read
# rounds at 3-24 h. Roles ("mayor", "Bürgermeister", "мэр") stay words of an event: as such
# they cost 2 true pairs every 24 h (a mayor's trial and its follow-up) and removed no false
# one. False: any such word counts.
GENERIC_OFF = True
# A weekday's stem ("juev" of "jueves", "sext" and "feir" of "sexta-feira") is no word of the
# event, as the weekday itself is not: story_anchors.weekdays reads whole words, and an
# event word is a stem (`_weekday_stems`). A fix: no pair of the read rounds changes at 6 or
# 24 h (round 42's "juev" join also had "rob"). False: only what story_anchors.weekdays reads.
WEEKDAY_STEMS = True


@cache
def _weekday_stems() -> frozenset[str]:
    """The stems of every weekday name (and "feira" of "sexta-feira") in every STOP_LANGUAGES
    language: what a weekday leaves among an item's words (WEEKDAY_STEMS)."""
    names = [w for words in WEEKDAYS.values() for w in words] + [*WEEKDAY_SUFFIXED, "feira"]
    return frozenset(stemmer(language)(w) for language in STOP_LANGUAGES for w in names)


@cache
def _no_event_stems() -> frozenset[str]:
    """NO_EVENT_WORDS, each stemmed in its language (GENERIC_OFF)."""
    return frozenset(
        stemmer(language)(fold(w)) for language, words in NO_EVENT_WORDS.items() for w in words
    )


@cache
def _generic_names() -> frozenset[str]:
    """GENERIC_NAMES as name tokens (NAME_MARK and their first ANCHOR_CHARS letters)."""
    return frozenset(NAME_MARK + fold(w)[:ANCHOR_CHARS] for w in GENERIC_NAMES)


@cache
def _generic_stems() -> frozenset[str]:
    """GENERIC_NAMES stemmed in every STOP_LANGUAGES language: a name's word as a plain stem
    ("policia" -> "polici")."""
    return frozenset(
        stemmer(language)(fold(w)) for language in STOP_LANGUAGES for w in GENERIC_NAMES
    )


def says_nothing(token: str) -> bool:
    """Whether a token two items share says nothing of which story they tell: the police or
    "a man" (GENERIC_OFF), a weekday's stem (WEEKDAY_STEMS), a stop word of any language
    (EVENT_STOPS), as `own_names` and `event_words` leave them out (bot.digest.story_reactions
    asks too)."""
    if GENERIC_OFF and (
        token in _generic_names() or token in _generic_stems() or token in _no_event_stems()
    ):
        return True
    if WEEKDAY_STEMS and token in _weekday_stems():
        return True
    return EVENT_STOPS and token in any_stops()


@cache
def any_stops() -> frozenset[str]:
    """The stop words of every STOP_LANGUAGES language, folded (EVENT_STOPS)."""
    return frozenset(fold(w) for language in STOP_LANGUAGES for w in stop_words(language))


def own_names(
    prints: Sequence[Fingerprint],
    batch: BatchEvidence,
    single: int,
    story: set[int],
    headline: bool = True,
) -> set[str]:
    """The name tokens (NAME_MARK) the single item shares with the story that no other item of
    the batch or its context carries, named inside a sentence by one of them and (`headline`)
    in the single item's headline."""
    ids = story | {single}
    shared = _shared(batch, single, story)
    anchors = {NAME_MARK + c for i in ids for c in prints[i].anchors}
    title = prints[single].title_words
    out = set()
    for token in shared:
        if token[0] != NAME_MARK or token not in anchors:
            continue
        if GENERIC_OFF and token in _generic_names():
            continue  # the police, the fire brigade: in many stories
        if headline and not any(w.startswith(token[1:]) for w in title):
            continue
        if NAME_WORD and _words_apart(batch, single, story, token[1:]):
            continue  # two words opening alike ("Busunglück", "Busunfall"), no name in common
        if batch.carriers(token) <= sum(token in batch.tokens(i) for i in ids):
            out.add(token)
    return out


def _shared(batch: BatchEvidence, single: int, story: set[int]) -> set[str]:
    """The tokens the single item shares with any of the story's copies."""
    return batch.tokens(single) & set().union(*(batch.tokens(i) for i in story))


def _words_apart(batch: BatchEvidence, single: int, story: set[int], head: str) -> bool:
    """Whether the words a name token opens differ between the single item and the story by
    more than an ending (NAME_WORD_ENDING letters): "busungluck" against "busunfall", not
    "белоярске" against "белоярск"."""
    mine = {w for w in batch.tokens(single) if w[0] not in MARKS and w.startswith(head)}
    theirs = {w for i in story for w in batch.tokens(i) if w[0] not in MARKS and w.startswith(head)}
    if not mine or not theirs:
        return False
    return not any(
        _opening(a, b) >= min(len(a), len(b)) - NAME_WORD_ENDING for a in mine for b in theirs
    )


def _opening(a: str, b: str) -> int:
    """How many first letters two words have in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def event_words(
    batch: BatchEvidence,
    single: int,
    story: set[int],
    names: set[str],
    prints: Sequence[Fingerprint] = (),
) -> set[str]:
    """The stems the single item shares with the story besides its own `names`, figures and
    weekdays, carried by at most FOLLOW_NAME_DF items of the batch and its context: what the two
    say happened ("flood", "carambolage", "raiders"), which the baker of the flooded town's
    prize lacks. No stop word of any language (EVENT_STOPS), person noun (GENERIC_OFF) or
    weekday's stem (WEEKDAY_STEMS); given the `prints`, no word of a name the two share unless
    an item's language capitalises its nouns (EVENT_NOT_NAME)."""
    heads = tuple(t[1:] for t in names)
    stops = any_stops() if EVENT_STOPS else frozenset()
    generic = _no_event_stems() if GENERIC_OFF else frozenset()
    days = _weekday_stems() if WEEKDAY_STEMS else frozenset()
    shared = _shared(batch, single, story)
    named = (
        {t[1:] for t in shared if t[0] == NAME_MARK}
        if EVENT_NOT_NAME and prints and not any(prints[i].capital_nouns for i in (single, *story))
        else set()
    )
    return {
        t
        for t in shared
        if t[0] not in MARKS
        and t not in stops
        and t not in generic
        and t not in days
        and not any(n.startswith(t[:ANCHOR_CHARS]) for n in named)
        and not t.startswith(heads)
        and not weekdays(t)
        and batch.carriers(t) <= FOLLOW_NAME_DF
    }
