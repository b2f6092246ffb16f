"""Word lists of `phrase_subject_far`: what an aside between a subject and its verb opens
with, the words of a time phrase (never a subject), the pronouns that name a person, the
verbs that tell one subject from more."""

from __future__ import annotations

# An aside opens with a capital (a name, "Twitter's chief"), a number (an age) or one of these.
ASIDE_OPENERS = (
    "a an the one his her their its of from in formerly now then however too also both "
    "himself herself themselves"
)
ASIDE_REACH = 14  # words at most of one aside
CHAIN_HOPS = 3  # predicates at most walked back over ("A and B but | C")
# Words of a time phrase that opens a clause ("Last year, …"): never its subject.
TIME_WORDS = (
    "year years week weeks month months day days night morning afternoon evening weekend "
    "today yesterday tonight ago last next earlier later meanwhile however monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)
# Subject pronouns that name a person: "he missed votes and | was among …" -> "he was …".
PERSON_PRONOUNS = "i he she we they"
PLURAL_PRONOUNS = "we they you"
# Auxiliaries of a passive a chain of participles shares ("was banned … and fined …").
PASSIVE_AUXILIARIES = "been being be"
# Verbs that say whether their subject is one or more ("Tom | were greeted" lost "and his wife").
PLURAL_VERBS = "are were have"
SINGULAR_VERBS = "is was has"
PRESENT_BE = "am is are"  # no passive: "Aguero is settled and | signed …" is his own act
# Past participles whose aside names an agent or a place ("owned by Y", "based in Z").
AGENT_LINKS = "by in at"
# Verbs that label a name ("a firm called Tarvo"): no clause verb of a subject.
NAMING = "called named dubbed"
