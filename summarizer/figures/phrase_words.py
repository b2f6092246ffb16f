"""Word lists for where a context phrase may start and end (`summarizer.figures.context`).

Without a parser, a few closed classes tell a phrase's edges: auxiliaries and common irregular
past forms mark a finite verb (the start of a predicate), relative pronouns and subordinators
mark embedded clauses, and a few words mark the second of a pair of amounts.
"""

from __future__ import annotations

# Auxiliaries and modals: a finite verb a cut start may begin at ("… Chart | is the most …").
AUXILIARIES = (
    "is are was were has have had will would could can may might shall should must does did"
)
# Common irregular past forms: finite verbs that end in no "-ed". Forms that are as often nouns
# or adjectives are left out ("ten games left", "the cut", "a shot", "hit").
IRREGULAR_PAST = (
    "won lost took made sold bought paid gave got saw went came kept held built spent brought "
    "found told began became ran fell rose grew drew met led chose wrote struck stood sent "
    "lent bore threw caught taught fought sought"
)
# Irregular past forms that are no participle: a clause opened by one is a predicate, never an
# aside after a subject ("The barn, | built in 1880, | was …" is one; "took" opens none).
PAST_ONLY = "took gave saw went came began became ran fell rose grew drew chose wrote threw bore"
# Adverbs a predicate may open with ("but | then lost in …", "| actually managed to sell"): a
# phrase cut before one has still lost its subject.
PREDICATE_ADVERBS = "also then now still never already only just even actually later since"
# Soft cuts and subordinators that are as often prepositions ("As a Kelso Rovers player he …",
# "after 58 minutes"): no clause edge where a lost subject starts.
PREPOSITION_CUTS = "as after before since until despite according including compared amid unlike"
# Reporting verbs that never count anything themselves: a figure right after one opens the
# reported clause ("said | … of the homes were"), unlike "added | … for the visitors".
SAYING_VERBS = "said says stated insisted"
# Verbs a passive reporting verb's infinitive opens with ("was said to | be worth …", "is said
# to | have cost"): the words are no reported clause, and the reporting verb stays.
INFINITIVE_HEADS = "be have"
# Soft cuts a gerund after which takes its subject from the verb before them ("might be
# stepping down after | serving on …"): a phrase cut there keeps that subject (`phrase_hold`).
GERUND_CUTS = "after before while when despite amid"
# Relative words whose clause may sit inside a subject still waiting for its verb ("the share of
# cyclists who ride after | a wet winter has climbed"): `phrase_hold` looks past them.
HOLD_RELATIVES = "who which that"
# Subjects that name nothing ("It is likely that …", "There does not appear …"): no clause a
# cut phrase keeps for its subject starts with one.
EXPLETIVE_SUBJECTS = "it there"
# Prepositions that go on with the figure's noun phrase after it ("… of athletes", "… per
# head"), where other prepositions open an adjunct that gives way first (`phrase_hold`).
NOUN_PREPOSITIONS = "of per"
# Irregular participles that are no past form: they lead on to an object or a phrase ("known
# as", "given to"), like a participle in "-ed", but start no predicate.
IRREGULAR_PARTICIPLES = (
    "known shown given taken seen grown drawn thrown chosen written stolen driven"
)
# Subordinators whose clause may be embedded in the subject ("the man who was his assistant
# when Scotland played … | won …"): a phrase cut at one must not leave that clause's subject
# as the main verb's.
EMBEDDED_CUTS = "when where while whereas after before although though because"
# Relative pronouns a phrase cut at one keeps with its noun when the clause has its own
# subject ("schemes which the mayor says would save …": the schemes would save it).
RELATIVE_CUTS = "which who whom"
# Pronouns and words after which a finite verb opens no new predicate of the figure's clause
# ("it had", "that was", "to be").
NOT_PREDICATE_AFTER = "it he she they we i you that which who this there to not"
# Conjunctions that join two verbs sharing one subject ("…, and buying 98.4 yen"): a clause
# opened by one and then a verb borrows the subject of the clause before it.
SHARED_SUBJECT_JOINS = "and but"
# Words that open a pair of amounts ("both the 200m and 400m"): the second shares what comes
# before them, not them.
PAIR_OPENERS = "both either"
# Words that open a pair closed by "and" ("between July and September", "both the 200m and
# 400m"): that "and" cuts no clause.
PAIR_STARTS = "between both"
# Words that qualify an amount ("about 40 million"): they go with it when it is left out.
APPROXIMATE_WORDS = "about around nearly almost some roughly approximately over under just only"
# Words before a range's end ("between 2010 and 2050", "from 5 to 8"): a number after one is no
# first amount of a pair.
RANGE_LINKS = "and to from"
# Phrase starts that are no preposition with a noun phrase after it ("since", "as", "per cent").
NOT_PREPOSITIONS = "that as than if unless since until per"
# Two-word prepositions whose first word a tail may end on ("in exchange | for agricultural
# goods"): the phrase after them belongs to them, so a tail keeps it or loses them both.
OPEN_PREPOSITIONS = (
    "in_exchange in_return in_addition as_well in_order in_spite in_favour in_favor in_charge "
    "in_front in_terms instead ahead because according due prior regardless"
)
# Particles that finish a phrasal verb ("signed up | for the …"): a preposition after one opens
# the verb's complement, not a new phrase.
PARTICLES = "up out off down away back over"
# Short prepositional asides a relative clause reaches past for its noun ("engineering, for
# instance, where …").
ASIDES = "for_instance for_example in_fact of_course in_turn in_particular in_short"
# Scale words: a number's part, so a start after one is inside its noun phrase ("9.35 | million").
SCALES = "hundred thousand million billion trillion dozen"
# Prepositions a coordinated noun's head may be followed by ("varnish divisions | for …").
HEAD_PREPOSITIONS = "of for in on at from with by"
# Words that open a clause a tail's phrase stops before ("of her mother's arm | as she's …").
CLAUSE_OPENERS = "as if than so since until unless whether"
# Prepositions whose phrase a cut tail may finish ("holders of … or more | of the group's shares").
TAIL_PREPOSITIONS = "of for to in on at from with by about into against"
# Subject pronouns: a clause that has one needs no host clause ("but I see …").
PRONOUNS = "i you he she it we they"
# Words that open a clause, not its subject ("If only a third of council staff | chose …").
SUBORDINATE_OPENERS = "if as unless since until though although because whether"
# Lower-case words inside a name ("The Bank of Norland", "Hale & Sons"): a start after one
# is inside the name.
NAME_LINKS = "of &"
# Words that open a time adverbial after a reporting verb ("said | last month it would refund"): a
# start there reads the time as the reported clause's, so the verb goes with it.
TIME_OPENERS = "last this next yesterday today earlier on"
# Words a noun pair's second half stops before ("… and a corner kick chance | between them").
PAIR_STOPS = (
    "of for to in on at from with by about into against between over after before during "
    "since under"
)
# Comparisons that open an amount ("more than half"): they go with it when it is left out.
COMPARATIVES = "more_than less_than fewer_than"
# Words for a part of a whole ("half of all nurses"): a first part a second is parallel to.
PART_WORDS = "half third quarter majority minority most fifth tenth"
# Words that open a modifier of the noun before them ("The new permits, | worth £120 or
# £240, …"): a clause opened by one says what it describes only with that noun.
NOUN_MODIFIERS = "worth valued priced costing totalling totaling"
# Time units a rate is per ("20 hours of tutoring a week - | worth £3,000"): "a week" is a rate, no
# noun a modifier such as "worth" describes.
TIME_UNITS = (
    "second seconds minute minutes hour hours hour's day days day's week weeks week's month "
    "months month's year years year's night nights session game"
)
# Words a tail never ends on: what they lead to was cut ("… returns are", "… to March up").
TAIL_VERBS = (
    "is are was were has have had will would could can shall should must does did be been being"
)
# Heads a number finishes ("to number six", "at No 10"): the number stays with them.
NUMBERED_HEADS = "number no no."
# Words that run a capitalised name on ("the Northern Institute for Coastal Roads and …").
NAME_RUNS = "for of and &"
# Adverbs that lead to a "from" they need ("up from 4.2%"): without it they go.
FROM_ADVERBS = "up down"
# What an amount's number may end on in a "from … to <amount>" pair ("to 64.3 per cent").
AMOUNT_UNITS = "percent pc points m bn"
TWO_WORD_UNITS = "per_cent percentage_points"
# Prepositions whose phrase a participle or reflexive at a tail's end needs ("had tested | for
# the banned stimulant", "to extricate itself | from the deal").
COMPLEMENT_PREPOSITIONS = "in on for from to into at with by of onto"
REFLEXIVES = "itself themselves himself herself ourselves myself yourself"
# Words that end the phrase a tail takes back: a clause, a conjunction, a comparison.
PHRASE_STOPS = "and or but that which who whom whose where when while as than if because after"
# Determiners besides the articles that open a subject a restrictive relative clause defines
# ("any ranking that puts … | has to be"): the relative clause is inside the subject.
SUBJECT_QUANTIFIERS = "any every each no all"
# Links that join two names into one subject ("Tomas Brevik and | Lena Marsh will …").
NAME_PAIR_LINKS = "and or &"
# Forms of "be" and its kin whose complement a tail must not lose ("… are still | an issue").
COPULAS = "is are was were be been being remain remains remained become becomes became"
# Adverbs between a copula and its complement ("are still", "was not", "is now").
COPULA_ADVERBS = "still now also not never already only just even actually no longer really"
# Verbs and adjectives whose infinitive complement a tail must not lose ("as it continues | to
# emerge …", "is set | to rise").
INFINITIVE_TAKERS = (
    "continue continues continued continuing plan plans planned planning aim aims aimed aiming "
    "want wants wanted hope hopes hoped hoping seek seeks sought seeking try tries tried trying "
    "expect expects expected need needs needed intend intends intended decide decides decided "
    "agree agrees agreed refuse refuses refused fail fails failed manage manages managed "
    "begin begins began start starts started promise promises promised threaten threatens "
    "threatened set likely unlikely able unable due going willing forecast predicted projected "
    "scheduled poised prepared preparing wish wishes wished choose chose chosen attempt attempts "
    "attempted struggle struggles struggled tend tends tended seem seems seemed appear appears "
    "appeared"
)
# Nouns of a period that "to <month>" ends ("the three months | to September").
PERIOD_NOUNS = "months month weeks week quarter half year period days"
