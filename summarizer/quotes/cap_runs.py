"""What one capitalised run of an article tells: the surname key, the full name, a lead title.

Apart from `names` because reading a run is a job of its own (a regex tuned against
backtracking, and the fast path for plain names), done once per distinct run, before
`NameIndex` weighs what the run's context says (`person_context`).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.name_lexicon import (
    CAPTION_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORIGIN_ENDINGS,
    RESIDENT_DEMONYMS,
)
from summarizer.quotes.name_phrase import (
    AGENT_COMPOUND,
    DESCRIPTOR_COMPOUND,
    OF_COMPOUND,
    affiliation_in_run,
    clean_name,
    demonym_lead,
    job_lead,
)
from summarizer.quotes.name_words import surname_word
from summarizer.quotes.speech_lexicon import SPEECH_ADVERBS
from summarizer.quotes.verbs import VERB_SET, alternation, vocabulary
from summarizer.quotes.word_kinds import CONNECTORS, TITLE_SET, bare_token, is_abbreviation, is_job
from summarizer.text.lexicon import UPPER

_LEAD_TITLES = frozenset(TITLE_SET - {"the", "a"})

_GAP = r"[ \t\u00a0]+"
_ADVERB = alternation(sorted(SPEECH_ADVERBS))


@cache
def cap_run(languages: frozenset[str]) -> re.Pattern[str]:
    """A capitalised run of two or more words, or of one word that `speaks` (the speech verb
    ahead is tested in the pattern, as `speaks` would on groups "next" and "after"), and
    (those groups, looked ahead, not consumed) the two words after it.

    A lone capitalised word that is no speaker (most are sentence-initial) makes no match, so
    Python never sees it: `NameIndex` would skip it anyway. The capital comes first, its
    lookbehind after it, so the engine skips to capitals in C. The first word is taken whole
    (possessive: giving characters back could only leave a word character before the space
    that must follow), which spares the engine retries at every lone capitalised word. A lone
    hyphenated word does match, as group "chain" (NameIndex skips it): a retry after each
    hyphen would read on to the same end and fail the same way, so "A-A-A-…" would cost n².
    """
    # speaks(first, second): a verb next (a whole word), or a speech adverb and then a verb.
    one_word_verb = vocabulary(languages).one_word_verb
    speaks_ahead = rf"(?={_GAP}(?:{_ADVERB}{_GAP})?{one_word_verb}(?![^\W\d_]))"
    initials = r"(?:\.[" + UPPER + r"](?![\w'’]))*+"  # "R.J." is one word
    return re.compile(
        r"[" + UPPER + r"](?<![\w'’].)[\w'’]*+" + initials + r"(?:(?P<hyphen>-)[\w'’\-]*+)?+\.?+"
        r"(?:(?:" + _GAP + r"(?:[" + UPPER + r"][\w'’\-]*" + initials + r"\.?|"
        r"(?:"
        + "|".join(NAME_PARTICLES)
        + r")\b-?))+|"
        + speaks_ahead
        + r"|(?(hyphen)(?P<chain>)|(?!)))"
        r"(?:(?=" + _GAP + r"(?P<next>[^\W\d_]+)(?:" + _GAP + r"(?P<after>[^\W\d_]+))?)|)"
    )


def speaks(nxt: str, after: str) -> bool:
    """The words after a capitalised run make it a speaker: "Putin said", "Putin also said"."""
    return nxt in VERB_SET or (nxt in SPEECH_ADVERBS and after in VERB_SET)


# What a capitalised run tells `NameIndex`: the surname key, the full name (None for a single
# word), whether a title leads it ("Sen. ..."), and whether the name starts where the run does.
RunFacts = tuple[str, str | None, bool, bool]
_MARKED = frozenset(",\u2024'’")  # marks that clean_name or bare_token strip or cut at (dots aside)


def _after_full_stop(tokens: list[str]) -> int:
    """Where the last sentence inside a run starts ("... fan Dai Probert. Hollis joined ..."):
    after a word ending in "." that is no initial ("B.B."), abbreviation or title. 0: none."""
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i]
        if token.endswith(".") and not is_abbreviation(token):
            core = token.rstrip(".").lower()
            if "." not in core and core not in TITLE_SET:
                return i + 1
    return 0


def head_before_stop(run: str) -> str | None:
    """The full name a run holds before a sentence's full stop inside it ("star Laurie Daley.
    It also ..." runs on to "It"): its words up to that stop, when there are two or more.
    `run_facts` reads only the run's last sentence, so without this the name that ends a
    sentence is lost whenever the next sentence opens with a capital (session 20: "Daley"
    met no full name, and a rugby player's words were shown under a shortened "Daley" beside
    the singer Troy Cassar-Daley)."""
    if ". " not in run:
        return None
    tokens = run.split()
    start = _after_full_stop(tokens)
    if start < 2:
        return None
    head = tokens[:start]
    if _after_full_stop(head):
        return None  # "Jo Lee. Ann Bell. It": more than one sentence, read no further
    return " ".join(head)[:-1]


def run_facts(run: str) -> RunFacts | None:
    """The facts of a capitalised run; None when it names nobody (so it records nothing)."""
    tokens = run.split()
    if " " in run and (cut := affiliation_in_run(tokens)):
        tokens = tokens[:cut]  # "Peter Maier von der Nordbank": Peter Maier
        run = " ".join(tokens)
    surname_last = surname_word(tokens)
    if tokens[-1] in NOT_NAMES and not surname_last:  # "Jordan. The": no word names anyone
        return None
    last = tokens[-1]
    if last.endswith(".") and "." not in last[:-1] and not is_abbreviation(last):
        tokens[-1] = last[:-1]  # the full stop of a sentence that ends with the name
        run = " ".join(tokens)
    start = _after_full_stop(tokens) if "." in run else 0
    if start:  # a name never runs on over a full stop
        tokens = tokens[start:]
        run = " ".join(tokens)
    whole = not start
    if not _MARKED.intersection(run):  # most runs: maybe a plain name, test it in C
        lows = run.lower().split()  # lower() keeps spaces and marks: the tokens, lowered
        bare = [w.rstrip(".") for w in lows] if "." in run else lows  # as clean_name tests
        if (
            TITLE_SET.isdisjoint(bare)
            and not (len(tokens) > 2 and is_job(tokens[0]))
            and lows[-1] not in CONNECTORS
            and NOT_NAMES.isdisjoint(tokens[:-1] if surname_last else tokens)
            and not (len(tokens) > 2 and demonym_lead(tokens[0]))
            and not (len(tokens) > 1 and lows[0].endswith(ORIGIN_ENDINGS))
            and tokens[0] not in RESIDENT_DEMONYMS
            and "-of-" not in lows[0]  # "Mother-of-two Jo" (`clean_name`)
            and not (len(tokens) > 2 and DESCRIPTOR_COMPOUND.fullmatch(tokens[0]))
            and not job_lead(tokens)
        ):
            # No possessive, title, connector or demonym for clean_name to drop, nor a comma
            # to strip, nor a lead title: all of the run names someone.
            return tokens[-1], " ".join(tokens) if len(tokens) >= 2 else None, False, whole
    # A title or a job word before a full name: "Sen. ...", "Goalkeeper Piet Oudman".
    lead_title = (
        tokens[0].lower().rstrip(".") in _LEAD_TITLES
        or (len(tokens) > 2 and is_job(tokens[0]))
        or (len(tokens) > 1 and OF_COMPOUND.fullmatch(tokens[0]) is not None)
        or (len(tokens) > 2 and AGENT_COMPOUND.fullmatch(tokens[0]) is not None)
        or job_lead(tokens)
    )
    name = clean_name(tokens)
    if not name or not NOT_NAMES.isdisjoint(name[:-1] if surname_word(name) else name):
        return None
    full = " ".join(map(bare_token, name)) if len(name) >= 2 else None
    return bare_token(name[-1]), full, lead_title, whole


def messy(full: str) -> bool:
    """A full name with more glued to it than a name holds: over three capitalised words
    (initials, "Jr." and numerals aside), a caption word ("Getty Images Jo Lee") or a
    word in capitals ("JUST WATCHED Trump")."""
    words = [w for w in full.split() if w[:1].isupper() and not w.endswith(".")]
    words = [w for w in words if w.strip("IVX")]  # "III"
    return (
        len(words) > 3
        or any(w.isupper() and len(w) > 2 for w in words)
        or any(w.lower() in CAPTION_WORDS for w in words)
    )


def trimmed(full: str) -> str:
    """A messy full name cut to its last two words: the name a caption ran into."""
    return " ".join(full.split()[-2:])
