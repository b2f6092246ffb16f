"""What kind of word a phrase word is: a finite verb, a participle, a number, a clause's
subject, a clause boundary, a content word.

Apart from the cutting modules: every one of them asks these questions of single words (and
the `context_*` modules ask a few of them too), without a parser.
"""

from __future__ import annotations

from summarizer.figures.phrase_sets import (
    AUXILIARY_SET,
    FUNCTION_WORD_SET,
    GLUED_VERB_RE,
    IRREGULAR,
    OPENERS,
    PAIR_START_SET,
    PARTICIPLES,
    RELATIVE,
    SCALE_WORDS,
    SOFT,
    SUBJECTS,
)


def between_open(words: list[str], i: int) -> bool:
    """Whether `words[i]` ("and") closes a "between X and Y" or "both X and Y" opened just
    before it."""
    opened = {w.lower() for w in words[max(0, i - 3) : i]} & PAIR_START_SET
    if "both" in opened and i + 1 < len(words) and not numeric(words[i + 1]):
        opened.discard("both")  # "from both teams and | eventually be": a determiner, no pair
    return bool(opened)


def content_word(word: str) -> bool:
    """A word that can name something: letters only, no pronoun, article or auxiliary; "US"
    in capitals is a country, not "us"."""
    bare = word.removesuffix("'s").removesuffix("’s")  # "Grande's", "It's"
    return bare.isalpha() and (bare.lower() not in FUNCTION_WORD_SET or _acronym(bare))


def names_something(phrase: str, counted: bool = False) -> bool:
    """Whether a context phrase says something of what is counted: a content word ("Oakland
    had … of violent crime", "Bob Dole won …"), a main clause's verb ("Harlow Bay had … in
    2015"), or a name after a figure that names what it counts itself (`counted`: "10 judges"
    in "… of the Court of Appeals"); names and function words alone ("Bob Dole in 1996 …") or
    a relative clause's bare verb ("Acapulco, which has …") say whose, not what."""
    if counted and phrase.startswith("…"):
        return True
    words = [w.strip(".,;:!?\"“”‘’'()") for w in phrase.split()]
    # not capitalised rather than lower-case: a script with no case (Chinese) names with any word
    named = any(
        not w[:1].isupper() and content_word(w) and w.lower() not in AUXILIARY_SET for w in words
    )
    bare = {w.lower() for w in words}
    verb = bool(bare & AUXILIARY_SET) and not bare & RELATIVE
    return named or verb


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def clause_subject(word: str) -> bool:
    """A subject pronoun, also with a verb glued on ("he's", "they’re")."""
    bare = GLUED_VERB_RE.split(word.lower())[0]
    return bare in SUBJECTS or bare == "it"


def boundary(word: str) -> bool:
    """A word that opens or closes a clause: "that", "which", "and", a word before a comma."""
    low = word.lower()
    return low in SOFT or low in RELATIVE or word.endswith(",")


def opens_clause(word: str) -> bool:
    """A subject after "that": a pronoun, a determiner or a name (not a verb: "that had")."""
    low = word.lower()
    return low in SUBJECTS or low == "it" or low in OPENERS or word[:1].isupper()


def numeric(word: str) -> bool:
    """A number or a scale word: "a" after it is a rate ("£1,100 a year", "$7 million a year")."""
    return any(c.isdigit() for c in word) or word.lower() in SCALE_WORDS


def participle(word: str) -> bool:
    return word.islower() and word.endswith("ed")


def finite(word: str) -> bool:
    """An auxiliary or a common irregular past form: a finite verb without a parser."""
    low = word.lower()
    return low in AUXILIARY_SET or low in IRREGULAR


def verb_like(word: str) -> bool:
    """A finite verb, or a lower-case word ending as a participle ("played", "buying")."""
    if finite(word) or word.lower() in PARTICIPLES:
        return True
    return word.islower() and len(word) > 4 and word.endswith(("ed", "ing"))


def plain(word: str) -> bool:
    """A content word with nothing attached: "write", "proposals" (not "in", not "it,")."""
    return word.isalpha() and word.lower() not in FUNCTION_WORD_SET


def clean_noun(word: str) -> bool:
    """A word a noun phrase may start with: a determiner, a number, a name."""
    return word.lower() in OPENERS or numeric(word) or word[:1].isupper()
