"""Words that decide where a figure's context phrase is cut: soft cuts, clause openers,
dangling and function words, reporting verbs (data only; `clauses`, the `context*`, `mend_*`
and `phrase_*` modules apply them, mostly through the sets `context_sets`, `mend_sets` and
`phrase_sets` build from them).

Apart from `lexicon`, whose words find figures: these shape the phrase shown with a figure,
not which figures are found, except `SENTENCE_STARTERS`, which also tells `clues` a lost full
stop from a name. "_" stands for a space.
"""

from __future__ import annotations

# Context phrases: words that may start a subordinate clause (a soft cut) ...
SOFT_CUTS = (
    "and but while whereas which who whom when where after before because although though "
    "compared according including despite amid unlike und aber während et mais и но"
)
# Soft cut words and the preposition each takes with it ("because of", "compared with"): a
# phrase cut at the soft word starts at it, not at the preposition.
HELD_BY_SOFT = "because_of compared_with compared_to according_to"
# Pronouns that are only ever subjects: a cut tail ending on one ends on a clause cut off.
SUBJECT_PRONOUNS = "he she they we i"
# Words that open a subordinate clause: a tail after the figure that opens with one and is too
# long to keep whole goes whole ("… as the workforce continues to age").
SUBORDINATORS = "as because while whereas when if unless although though"
# ... that a phrase should not start with, or end with.
LEADING_JUNK = "and but or while whereas that which who so then also und et и"
DANGLING = (
    "of for by to at from with about in on than as into over under the a an von für um auf de "
    "à en par his her their its my your our this that these those due aged some each every "
    "two three four five six seven eight nine ten such and or but"
)
# Adverbs that modify the words after them ("open just | after midnight", "fell even | lower"):
# a tail cut right after one is stripped of it too, as of a dangling preposition.
DANGLING_TAIL = "just even"
# Words that name nothing: a context phrase of only these (and DANGLING, LEADING_JUNK) is none.
FUNCTION_WORDS = (
    "it its it's he she they we you i me him them us is are was were be been has have had do "
    "does did no not yes so very just only also this there here"
)
# Capitalised words that start sentences, not names: one after a plain word mid-sentence means
# the page lost a full stop ("... 12.6 per cent That share could grow").
SENTENCE_STARTERS = "The That This These Those It He She They We His Her Their But"
# Words a phrase cut short may stop before: a new phrase or clause starts there, so what is
# kept before it ends whole ("after he gave her pills | that left her ...").
PHRASE_STARTS = (
    "of for by to at from with about in on into over under during since until after before "
    "because while when where which who that as than and but or including despite amid "
    "against between among amongst without within across through toward towards via near "
    "behind beyond upon onto along around outside inside per if unless"
)
# Words that open a clause which a phrase must not end in a word or two after ("… of parcels
# into the port | if they are"): relative pronouns and subordinators.
CLAUSE_TAILS = "that which who whom whose where if unless because although though whether"
# Words a phrase cut short may start at, so that it starts a noun phrase ("a Nov. 14 photo that
# showed ...", not "Nov. 14 photo that ..."): determiners and possessives.
PHRASE_OPENERS = "a an the his her their its our my your this these those some every each"
REPORTING_VERBS = "said says told added reported announced stated insisted"
# Days, which a comma parts from a name after them ("On Sunday, Trump, who …"): no list of names.
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
# Verbs that report what a clause after "that" says ("the filmer wrote on the site that the
# injury required …"): the words up to "that" say who told it, not what the figure counts.
REPORTED_THAT = (
    "said says told added reported announced stated insisted wrote writes revealed reveals "
    "claimed claims explained admitted confirmed warned noted argued believes believed "
    "shows showed suggests suggested estimated estimates ruled found finds"
)
# A clause with one of these reports speech: never borrowed to pad a context phrase.
ATTRIBUTION_CUES = ("said", "says", "told", "added", "reported", "according", "sagte", "a déclaré",
                    "заявил")  # fmt: skip
# Adverbs between a dash aside and the verb it parts from its subject ("Munich Re and Swiss Re
# - both insurers - both fell"): `clauses` reads past such an aside.
ASIDE_ADVERBS = "both also now still then just already all each"
# A participle adjunct whose object is owned by a pronoun ("…, taking its total to …", "…, bringing
# their takings to …"): the owner is the sentence's subject, which the phrase borrows (`context`).
OWNER_PARTICIPLES = "taking bringing making pushing lifting raising leaving boosting putting"
OWNER_PRONOUNS = "its their his her"
# Words that open a subordinate clause set between a subject and its verb ("The pledges, | even
# when they are vague, | do not last …"): an aside, like a relative clause (`context_subjects`).
ASIDE_SUBORDINATORS = "even although though"
# Forms of "do" that the verb tests leave open (an infinitive looks the same): after such an
# aside a clause opened by one is a predicate ("… vague, | do not even last …").
DO_FORMS = "do does did"
# Pronouns a partitive figure ends with ("6,000 of those", "half of them"): in an absolute
# "with" clause what they stand for is in the clause before, which the phrase borrows.
PARTITIVE_PRONOUNS = "those them these"

# "965 people died in 2007 -- | a drop of … from the year before": a change's noun after an
# article opens a clause that renames the change the clause before reports; the phrase takes
# that clause in (past who reported it), or the reader learns a drop but not of what.
CHANGE_NOUNS = (
    "drop fall rise increase decrease decline jump gain cut reduction surge climb dip slump "
    "plunge leap loss"
)

# Participles that only follow a finite auxiliary, said or glued on ("Michigan's been here
# … times"): a clause with one has a verb of its own, and borrows no host.
AUXILIARY_PARTICIPLES = "been"
# Heads of a part of a whole before "of" ("the poorest two-fifths | of the population, who"):
# a relative clause after the whole is about the part, which its noun phrase takes in (the last
# part of a hyphened word counts: "two-fifths").
PART_HEADS = (
    "half halves third thirds quarter quarters fifth fifths tenth tenths majority minority "
    "most many some rest share proportion bulk percent cent one none all"
)

# "up from … the year before": the direction word before a change's base says a change is the
# host's, so the host's noun phrase with an amount is what changed (no "to" needed).
BASE_DIRECTIONS = "up down"

# "it takes … to build one", "it took … from when … before …": an anticipatory "it" whose
# span says what it measures only in the complement after the figure, kept whole.
SPAN_TAKES = "takes took take taking taken"
# Words that open a concessive clause; a phrase that is such a clause is shown without them.
CONCESSIVES = "though although"
SPAN_SUBJECTS = "it"

# A run of capitalised words is a name ("Zhang Yimou", "Doctor Who", "the Athens Olympics"): a
# phrase neither opens nor ends inside one (`phrase_names`). These capitalised words are not
# part of a name (the pronoun "I"); a name's determiner comes along.
NAME_BREAKS = "i"
NAME_DETERMINERS = "the"
# How many words a phrase's edge moves to take in a whole name, at most.
NAME_REACH = 4
# A phrase that opens on a noun after its determiner ("a long-term | contract that …") takes in
# the noun phrase: back over at most this many modifiers to the determiner (`phrase_heads`).
HEAD_REACH = 3
# Words that open a time adjunct, not a noun phrase's head ("a lifetime ambition | last August").
NOT_HEADS = "last next"
# Prepositions that are a phrasal verb's particle when a participle has them and another
# preposition follows ("to be handed in | by May"): the phrase does not drop them as dangling.
TAIL_PARTICLES = "in on"

# Words that open a subordinate clause (or, with "that", a reported one): where a stretch of
# words with no verb before an "and" starts (`phrase_joins`).
CLAUSE_OPENERS = "since until once because when while although though whereas if unless that"
# Words after an "and" at most to the verb of the clause the "and" sits in: "The company and |
# its co-founder in 2009 agreed" (5), "since his campaign and | the RNC struck" (3).
JOINED_VERB_GAP = 5
# Words after an "and" that open a clause of their own ("a Spanish manager and | we have got"),
# with SUBJECT_PRONOUNS, and words before it that end a list, not open a subject.
CLAUSE_PRONOUNS = "it you"
LIST_JOINS = "and or"
