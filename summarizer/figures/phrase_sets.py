"""The phrase cutter's sizes, word sets and patterns, built once from the word lists in
`lexicon` and `phrase_words`.

Apart from the modules that cut (`phrase_trim`, `phrase_start`, `phrase_tail`, `phrase_soft`),
so that they share one set of sizes and sets and hold logic only.
"""

from __future__ import annotations

import re

from summarizer.figures.context_words import (
    CLAUSE_TAILS,
    DANGLING,
    FUNCTION_WORDS,
    HELD_BY_SOFT,
    LEADING_JUNK,
    PHRASE_OPENERS,
    PHRASE_STARTS,
    REPORTED_THAT,
    REPORTING_VERBS,
    SOFT_CUTS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_words import (
    APPROXIMATE_WORDS,
    AUXILIARIES,
    COMPARATIVES,
    EMBEDDED_CUTS,
    INFINITIVE_HEADS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    NOT_PREDICATE_AFTER,
    NOT_PREPOSITIONS,
    PAIR_OPENERS,
    PAIR_STARTS,
    PART_WORDS,
    PREPOSITION_CUTS,
    RANGE_LINKS,
    RELATIVE_CUTS,
    SAYING_VERBS,
    SCALES,
)

MAX_WORDS = 12
MIN_WORDS = 3
SOFT_MAX = 16  # words a mended phrase may reach (`phrase_mend`; MAX_WORDS is the cut's target)
RIGHT_WHOLE = 5  # words after the figure kept whole when the phrase is too long (the left gives)
RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where"})
# Pronouns a reported clause may open with that stand for who reported it ("Bernie Sanders'
# campaign says | it raised …"), and the words at most of that reporter kept for them.
REPORTED_PRONOUNS = frozenset({"it", "they", "he", "she"})
REPORTER_WORDS = 5
NAME_CUT_WORDS = frozenset({"of", "and", "&"})  # a name goes on past these ("Institute of")
RELATIVE_TAIL = 2  # words after a relative pronoun too few to finish its clause ("that read")
REPORTED_GAP = 6  # words at most between a reporting verb and its "that" ("wrote on the site that")
START_SKIP = 3  # words a cut phrase may skip to start at "the", "a", "his" (not its verb)
BETWEEN_TAIL = 3  # a "between" this near a cut tail's end lost its "and" ("dates | between May")
SCALE_WORDS = word_set(SCALES)
PARTITIVE_SLACK = 1  # words a phrase may run over MAX_WORDS to keep "20% of" with its whole
CONJUNCT_WORDS = 2  # words at most of a second verb ("to write and | executive produce …")
SHARED_HEAD_JOINS = frozenset({"and", "but"})  # "half of graduates but | only 5% of …"
COMPARATIVE_SET = frozenset(c.replace("_", " ") for c in COMPARATIVES.split())
PART_WORD_SET = word_set(PART_WORDS)
PAIR_GAP = 2  # words at most after a first amount before its "and" ("$100m now and another …")

SOFT = word_set(SOFT_CUTS)
REPORTING_SET = word_set(REPORTING_VERBS)  # "said", "says": the verb a reporter's name ends at
SAYING_SET = word_set(SAYING_VERBS)
INFINITIVE_SET = word_set(INFINITIVE_HEADS)
PREPOSITION_CUT_SET = word_set(PREPOSITION_CUTS)  # soft cuts that are as often prepositions
CLAUSE_TAIL_SET = word_set(CLAUSE_TAILS)
OPENERS = word_set(PHRASE_OPENERS)
LEADING_JUNK_SET = word_set(LEADING_JUNK)
DANGLING_SET = word_set(DANGLING)
PHRASE_START_SET = word_set(PHRASE_STARTS)
HELD_BY_SOFT_SET = word_set(HELD_BY_SOFT)
SUBJECTS = word_set(SUBJECT_PRONOUNS)
SUBORDINATOR_SET = word_set(SUBORDINATORS)
FUNCTION_WORD_SET = word_set(FUNCTION_WORDS) | DANGLING_SET | LEADING_JUNK_SET
AUXILIARY_SET = word_set(AUXILIARIES)
IRREGULAR = word_set(IRREGULAR_PAST)
PARTICIPLES = IRREGULAR | word_set(IRREGULAR_PARTICIPLES)  # and every lower-case word in "-ed"
EMBEDDED = word_set(EMBEDDED_CUTS)
RELATIVE_CUT_SET = word_set(RELATIVE_CUTS)
NOT_PREDICATE_AFTER_SET = word_set(NOT_PREDICATE_AFTER)
PAIR_OPENER_SET = OPENERS | word_set(PAIR_OPENERS)
PAIR_START_SET = word_set(PAIR_STARTS)
APPROXIMATE = word_set(APPROXIMATE_WORDS)
RANGE_WORDS = PAIR_START_SET | word_set(RANGE_LINKS)
# Prepositions: a participle cut from one lost its object ("released | from the camp"), a start
# a few words after one is inside its phrase ("in the National | Album Chart").
PREPOSITIONS = PHRASE_START_SET - SOFT - word_set(NOT_PREPOSITIONS)
OBJECT_PREPOSITIONS = PREPOSITIONS - {"of", "to"}  # a lost one takes its phrase's start along
PARTICIPLE_PREPOSITIONS = PREPOSITIONS - {"to"}  # "alleged | to have told" cut no object
GLUED_VERB_RE = re.compile(r"['’]")  # "he's", "they’re": a pronoun with a verb glued on
START_WORDS = OPENERS | SOFT | RELATIVE  # "that | will have": words a phrase starts at
NOT_NOUN_ENDS = FUNCTION_WORD_SET | PHRASE_START_SET  # "to buy | it": no noun phrase before "it"
NO_PREDICATE_AFTER = NOT_PREDICATE_AFTER_SET | PHRASE_START_SET  # "said it | had": no new predicate
REPORTING_RE = re.compile(
    r"^(?:.*\s)?(?:" + "|".join(REPORTING_VERBS.split()) + r")(?:\s+that)?\s+", re.IGNORECASE
)
# The verb, then maybe where or when it was told ("wrote on the site", "revealed last week"),
# then "that": a gap opening with another word may hold a noun that "that" relates to
# ("claimed two bombings that killed …").
REPORTED_THAT_RE = re.compile(
    rf"^(?:.*\s)?(?:{'|'.join(REPORTED_THAT.split())})"
    rf"(?:\s+(?:on|in|at|to|during|last|earlier|yesterday|today|this)(?:\s+\S+){{0,{REPORTED_GAP}}}?)?"
    r"\s+that\s+",
    re.IGNORECASE,
)
