"""The sizes and word sets of the rules that mend a cut phrase's ends, built once from the word
lists in `context_words` and `phrase_words`.

Apart from the modules that mend (`phrase_mend`, `mend_start`, `mend_tail`, `mend_subject`),
so that they share one set of reaches and sets and hold logic only. The cap a mended phrase
may grow to, SOFT_MAX, is the whole cutter's and lives in `phrase_sets`.
"""

from __future__ import annotations

from summarizer.figures.context_words import (
    PART_HEADS,
    PHRASE_OPENERS,
    REPORTED_THAT,
    SOFT_CUTS,
    WEEKDAYS,
)
from summarizer.figures.phrase_sets import AUXILIARY_SET
from summarizer.figures.phrase_words import (
    CLAUSE_OPENERS,
    HEAD_PREPOSITIONS,
    NAME_LINKS,
    NAME_PAIR_LINKS,
    OPEN_PREPOSITIONS,
    PAIR_STOPS,
    PARTICLES,
    PRONOUNS,
    SUBJECT_QUANTIFIERS,
    TAIL_PREPOSITIONS,
    TIME_OPENERS,
)

PAIR_REACH = 4  # words at most of a pair's second half with its "and" ("and Lib Dem opposition")
SUBJECT_PAIR_REACH = 6  # the same for a subject's second half before its verb ("and another man
# from Leeds | have been")
# Besides DETERMINERS, a subject pair's second half may open with these ("and another man")
PAIR_DETERMINERS = frozenset({"another", "one"})
PHRASE_REACH = 7  # words at most a tail takes to finish the phrase it was cut inside
SUBJECT_REACH = 4  # words at most of a subject a verb group takes with it
CONJUNCT_REACH = 4  # words back at most to the determiner of a coordination's first conjunct
ANTECEDENT_REACH = 10  # words at most of a relative clause's noun phrase
RELATIVE_HEAD_WORDS = 3  # words at most of the noun phrase a relative clause defines ("any list")
PART_HEAD_SET = frozenset(PART_HEADS.split())  # "two-fifths | of the population, who"

DETERMINERS = frozenset(PHRASE_OPENERS.split()) - {"some", "every", "each"}
SOFT_OR = frozenset(SOFT_CUTS.split()) | {"or"}  # the soft cuts, and "or"
PRONOUN_SET = frozenset(PRONOUNS.split())
AUXILIARY_FORMS = AUXILIARY_SET | {"been", "be", "being"}
OPEN_PREPOSITION_SET = frozenset(OPEN_PREPOSITIONS.split())
PARTICLE_SET = frozenset(PARTICLES.split())
PAIRED = frozenset({"and", "or"})
VERB_JOINS = PAIRED | {"but"}  # "was criticised … and | could have to": one subject, two verbs
REPORTING = frozenset(REPORTED_THAT.split())
TIME_OPENER_SET = frozenset(TIME_OPENERS.split())
NAME_LINK_SET = frozenset(NAME_LINKS.split())
PAIR_STOP_SET = frozenset(PAIR_STOPS.split())
ADJUNCTS = frozenset({"at", "in", "on", "during", "after", "before", "last", "this"})
RESTRICTIVE = frozenset({"who", "that"})
HEAD_PREPOSITION_SET = frozenset(HEAD_PREPOSITIONS.split())
CLAUSE_OPENER_SET = frozenset(CLAUSE_OPENERS.split())
TAIL_PREPOSITION_SET = frozenset(TAIL_PREPOSITIONS.split())
NAME_PAIR_LINK_SET = frozenset(NAME_PAIR_LINKS.split())
RELATIVE_HEADS = DETERMINERS | frozenset(SUBJECT_QUANTIFIERS.split())
RELATIVE_WORDS = frozenset({"that", "which", "who"})
# Prepositions that place a person ("a donor in Ohio", "an analyst at Ford"): a "who" after
# the noun phrase they open is about the person before them.
PERSON_LINKS = frozenset({"in", "from", "at"})
ARTICLES = frozenset({"a", "an", "the"})  # a participle after one is an adjective ("a retired")
PERSON_WORDS = 6  # words at most of that person's noun phrase ("a longtime Republican donor")
DAY_NAMES = frozenset(WEEKDAYS.split())
PAIR_OPENS = frozenset({"both", "between", "either"})  # "for both the 400m and …"
NOT_RELATIVE_VERBS = RELATIVE_HEADS | PRONOUN_SET | TAIL_PREPOSITION_SET
STOP_NOUN_PHRASE = TAIL_PREPOSITION_SET | {"that", "as", "than"}
SUBJECT_STARTS = PRONOUN_SET | DETERMINERS  # words a verb group's subject may open with
CLAUSE_EDGES = (SOFT_OR - PAIRED) | {"that", "if", "as"}  # words after which a clause starts
PAIR_ENDS = TAIL_PREPOSITION_SET | PAIRED  # words a noun pair's second half closes before
NOT_HEADS = DETERMINERS | TAIL_PREPOSITION_SET | frozenset({"some", "each", "every"})
