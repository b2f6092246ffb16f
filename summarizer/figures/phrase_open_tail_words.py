"""Words for `phrase_open_tail` (a cut tail whose phrase is still open): data only. English."""

from __future__ import annotations

# Nouns that take an infinitive of purpose ("in an attempt to", "in a bid to"): a tail ending on
# one, cut before its "to", says nothing of what was tried.
INFINITIVE_NOUNS = "attempt attempts effort efforts bid bids push drive"
# Object pronouns a transitive verb at a tail's end was cut from ("don't like | her").
OBJECT_PRONOUNS = "her him them us me"
# Determiners a grown noun group may hold past its first word.
DETERMINERS = "the a an its his her their our this that these those"
# Words a grown noun group ends before (besides prepositions and the soft cuts).
GROUP_STOPS = "and or but who which that while as when where because if than"
# Nouns that say nothing without their "of" ("in the face | of", "in the wake | of"): a tail
# ending "in the face" that cannot take the "of" phrase along loses the phrase.
OF_NOUNS = """face wake midst middle introduction heart rest course brink verge eve
aftermath run-up height depths onset outset"""
