"""Word lists of the cue patterns (`cues`, `after`, `before`, `nearby`, `subjects`), apart
from their logic. English: the other languages' cues are speech verbs (`verbs`)."""

from __future__ import annotations

# Sentence adverbs before a subject that opens a sentence with a speech verb ("However, Nyberg
# pointed out that ...").
SENTENCE_OPENERS = ("However", "But", "And", "Still", "Later", "Meanwhile", "Also", "Yet")

# Sentence adverbs that turn to another side after a whole quoted sentence ('"...," the firm
# said. "...off." However, Mr Ray vowed ...'): the sentence they open is no cue of the quote.
CONTRAST_OPENERS = ("However", "But", "Meanwhile", "Yet", "Instead", "Still", "Nevertheless")

# Words that may follow a speech verb after a quote ('," Lee said in a statement'), each read
# as the start of a word ("in" also passes "into"). Any word ending in "day" passes too.
TAIL_WORDS = (
    "in", "on", "at", "during", "to", "as", "after", "when", "while", "before", "of", "from",
    "via", "last", "this", "earlier", "later", "recently", "reporter", "reporters",
    "journalists", "CNN",
)  # fmt: skip

# Words that start a new clause (with a comma, a semicolon or a spaced dash).
CLAUSE_LEADS = ("that", "and", "but", "when", "while", "because", "after", "so")

# Prepositions before "which" / "whom" that lead a relative clause ("to which Lee replies:").
RELATIVE_LEAD_PREPOSITIONS = ("to", "in", "at", "after", "for", "with", "from", "of", "by")

# Speech verbs of a sentence after a quote with no cue that names its speaker ('“We are
# ready.” Lee said the team had trained all winter.').
NEXT_SENTENCE_VERBS = ("said", "says", "told", "tells", "added", "explained", "wrote")

# Words that open a clause reporting what someone else once said to the subject ("Lee recalls
# how Ray once advised him:"), and the object pronouns of the one spoken to.
REPORTED_CLAUSE_LEADS = ("how", "that", "when", "what")
ADDRESSED_PRONOUNS = ("him", "her", "them", "me", "us")
