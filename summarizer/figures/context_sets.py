"""The sizes, word sets and patterns with which `context` assembles a figure's phrase, built
once from the word lists in `context_words`, `phrase_words` and `reject_words`.

Apart from the modules that assemble (`context`, `context_relative`, `context_hosts`,
`context_referents`, `context_borrow`, `context_tokens`, `context_shapes`, `context_subjects`,
`context_lists`, `context_tails`), so that they share one set of sizes, sets and patterns and
hold logic only.
"""

from __future__ import annotations

import re

from summarizer.figures.context_words import (
    ASIDE_SUBORDINATORS,
    ATTRIBUTION_CUES,
    AUXILIARY_PARTICIPLES,
    BASE_DIRECTIONS,
    CHANGE_NOUNS,
    CONCESSIVES,
    DO_FORMS,
    OWNER_PARTICIPLES,
    OWNER_PRONOUNS,
    PARTITIVE_PRONOUNS,
    SPAN_SUBJECTS,
    SPAN_TAKES,
)
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    OPENERS,
    PREPOSITIONS,
    RELATIVE,
    SOFT,
)
from summarizer.figures.phrase_words import (
    ASIDES,
    NOUN_MODIFIERS,
    PAST_ONLY,
    PRONOUNS,
    SHARED_SUBJECT_JOINS,
    SUBORDINATE_OPENERS,
    TIME_UNITS,
)
from summarizer.figures.reject_words import CLAUSE_OPENERS
from summarizer.text.lexicon import ABBREVIATIONS, ANY, TITLE

ANTECEDED = RELATIVE - {"that"}  # "India, where …" (a clause after "that" may be reported speech)
PARTIAL_RELATIVES = frozenset({"who", "whom", "whose", "which"})  # not "where": a place
HOST_SUBJECT_WORDS = 7  # words at most of the subject a verbless clause borrows
SUBJECT_WORDS = 4  # words at most of a subject a clause opened by "and" + verb borrows
BASE_WORDS = 4  # words at most after a change's base ("from … a year earlier")
BASE_DIRECTION_SET = frozenset(BASE_DIRECTIONS.split())  # "up from …": a change's base
CHANGE_NOUN_SET = frozenset(CHANGE_NOUNS.split())  # "a drop of …": which change?
CHANGE_OF = frozenset({"of", "in"})  # "a drop of …", "a rise in … of"
BASE_CLAUSES = 4  # clauses back at most to the change a base belongs to ("($1bn; £550m) in 2004")
LIST_ITEMS = 3  # clauses back at most to the verb of a list whose later items hold a figure
LIST_ITEM_WORDS = 3  # words at most of one item of a list a tail finishes ("trade, aid")
NAME_ITEM_WORDS = 3  # words at most of one name in a list of names ("Charles Ehrlich")
ASIDES_BACK = 3  # asides at most between a subject and the verb a figure's clause starts at
APPOSED_WORDS = 6  # words at most of that subject ("Irishmen Mo Dunne and Pat Rourke")
APPOSED_NOUN_WORDS = 8  # words at most of a verbless appositive ("a … signing from Parma")

SHARED_JOINS = frozenset(SHARED_SUBJECT_JOINS.split())
ASIDE_SET = frozenset(ASIDES.split())
PRONOUN_SET = frozenset(PRONOUNS.split())
SUBORDINATE_SET = frozenset(SUBORDINATE_OPENERS.split())
NO_ITEM_STARTS = FUNCTION_WORD_SET | PREPOSITIONS | SOFT  # a list item opens with none
NO_NOUN_WORDS = FUNCTION_WORD_SET - OPENERS  # "he", "so far": in no subject noun phrase
CLAUSE_OPENS = SOFT | SUBORDINATE_SET  # "If just half …": a clause, no subject, opens
CLAUSE_WORDS = SOFT | {"that"}  # "Joking that he": a clause inside the subject
GLUED_VERB = re.compile(r"['’]")  # "I've", "they're": a pronoun with a verb glued on
NOUN_MODIFIER_SET = frozenset(NOUN_MODIFIERS.split())
TIME_UNIT_SET = frozenset(TIME_UNITS.split())
INDEFINITE = frozenset({"a", "an"})
# "the first of her … campaign", "the last of …": a rank out of a set renames the noun before
# it as one of that set (an appositive as "a …" is).
RANK_WORDS = "first second third fourth fifth last latest final only biggest largest smallest"
RANK_APPOSED = frozenset(RANK_WORDS.split())
ASIDE_RELATIVES = frozenset({"which", "who"})  # a non-restrictive clause between subject and verb
ASIDE_SUBORDINATE = frozenset(ASIDE_SUBORDINATORS.split())  # "even when …": an aside too
DO_SET = frozenset(DO_FORMS.split())  # "do not last": a predicate
AUXILIARY_PARTICIPLE_SET = frozenset(AUXILIARY_PARTICIPLES.split())  # "Michigan's been"
ADVERB_OPENS = frozenset(CLAUSE_OPENERS.split())  # "However, | a recut version …": no subject
NAME_JOINS = frozenset({"and", "&"})  # "Mo Dunne and Pat Rourke": one subject
PAST_ONLY_SET = frozenset(PAST_ONLY.split())  # "took", "fell": no participles (`IRREGULAR` are)
ABSOLUTE = frozenset({"with", "without"})  # "with figures expected to reach …": no finite verb
OWNER_LEADS = frozenset(OWNER_PARTICIPLES.split())  # "taking its total to …": whose total?
OWNER_WORDS = frozenset(OWNER_PRONOUNS.split())
SPAN_TAKE_SET = frozenset(SPAN_TAKES.split())  # "it takes … to …": the span's complement
SPAN_SUBJECT_SET = frozenset(SPAN_SUBJECTS.split())
CONCESSIVE_SET = frozenset(CONCESSIVES.split())  # "Though Delaware has …": the clause alone
PARTITIVE_SET = frozenset(PARTITIVE_PRONOUNS.split())  # "with 6,000 of those …": of what?
# Not after a possessive or "the": "Mrs Clinton's reported contributions" is no attribution;
# "added" after "have/has/had" is a perfect ("we have added 1 million jobs"), no reporting.
ATTRIBUTION = re.compile(
    r"\b(?<!['’]s )(?<!\bthe )(?:"
    + "|".join(
        c if c != "added" else r"(?<!\bhave )(?<!\bhas )(?<!\bhad )added" for c in ATTRIBUTION_CUES
    )
    + r")\b",
    re.IGNORECASE,
)
# Words that keep their full stop (`context_tokens.clause_words`): the titles, ranks and place
# words before a name, read from the splitter's one table (`text.lexicon`: the row of every
# language and the English row: "Mr. Sanders", "Atty. Gen.", "Sens. Paul", "St. Louis"), and
# initials ("U.S.", "H.W.", "a.m.": `INITIALS`).
ABBREVIATED = frozenset([*ABBREVIATIONS[ANY][TITLE].split(), *ABBREVIATIONS["en"][TITLE].split()])
INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
QUOTES = "\"“”«»'‘’()[]"
STRIP = "\"“”«»'‘’.,;:()[]—– "

# A word is a whitespace-separated token with STRIP characters stripped off both ends (tokens
# of only those characters drop out); one findall does it in C: first to last non-STRIP char.
_NOT_STRIP = rf"[^\s{re.escape(STRIP)}]"
WORD = re.compile(rf"{_NOT_STRIP}(?:\S*{_NOT_STRIP})?")

# A plural's possessive apostrophe ("two weeks' wages", "the Theatregoers' Choice Awards"):
# kept on its word when the word after it may be what it owns (no function word: "'… full of
# Iranians' in comments" closes a quotation) and no single quote opened before it in the
# clause ("the 'Lost Boys' tour").
POSSESSIVE = re.compile(r"(?<=s)['’][ \t]+(?P<next>[\w£$€][\w'’-]*)")
OPEN_SINGLE = re.compile(r"(?:^|[\s(\[\"“])['‘](?=\w)")
NOT_OWNED = FUNCTION_WORD_SET | PREPOSITIONS | SOFT | frozenset(ATTRIBUTION_CUES)

# `context_dash_pair`: what opens a list between dashes ("— including a deputy mayor, … —"),
# and the words a predicate borrowed from after the pair never ends on.
DASH_LIST_OPENERS = "including among notably mostly mainly"
DASH_TAIL_STOPS = "a an the of to in on at for by from with and or but as that which who whose"
# A spaced dash that sets an aside off ("The Incredibles - now in its fourth week - which
# took …"; `context_relative`): a hyphen with spaces, an en or an em dash.
DASHES = frozenset({"-", "–", "—"})
# What a partitive aside after a counted subject is "of" ("Four people, two of them users,
# moved …"; `context_borrow`): the aside is passed over for the clause that says what they did.
PARTITIVE_HEADS = frozenset({"them", "whom", "which", "those", "these"})
# Words that open a sentence with a subordinate clause whose closing comma news copy may drop
# ("After Smith fired … out Jones showed him how"; `context_run_on`).
RUN_ON_WORDS = "after when before once until since although though while because unless"
RUN_ON_OPENERS = frozenset(RUN_ON_WORDS.split())
