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

# Words that open a quote's sentence leaning on the sentence before it ("It only means ...",
# "This is why ...", "But we ..."): shown alone, it points at nothing (`rank`). English.
LEANING_OPENERS = frozenset({
    "it", "its", "this", "that", "these", "those", "he", "she", "they", "but", "so",
    "and", "also", "yet", "still", "then", "such", "there",
})  # fmt: skip

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

# Verb-second languages (German, Dutch): words that open a clause before its finite verb, the
# subject then after it ("Später sagte der Minister:", "Daarna zei De Vries:"; `inverted`).
# Adverbs and time words, each a whole fronted phrase alone or in a run ("Gestern Abend").
FRONTED_ADVERBS: dict[str, str] = {
    "de": "später dann danach gestern heute morgen vorgestern zuvor vorher außerdem dennoch "
    "trotzdem jedoch allerdings zudem ebenfalls anschließend inzwischen mittlerweile unterdessen "
    "nun jetzt damals bereits schon kürzlich neulich zuletzt zunächst zuerst schließlich "
    "daraufhin darauf deshalb daher darum dabei dazu dort weiterhin ferner gleichzeitig zugleich "
    "ebenso bislang bisher seitdem abends morgens mittags nachts letztlich überdies "
    "abend mittag nachmittag vormittag nacht woche wochenende auch noch erneut nochmals",
    "nl": "later daarna gisteren vandaag eerder toen nu inmiddels ondertussen intussen "
    "vervolgens eerst zojuist onlangs gisteravond gistermiddag gisterochtend vanochtend "
    "vanmorgen vanmiddag vanavond eergisteren destijds echter bovendien daarnaast tevens "
    "desondanks daarom uiteindelijk tenslotte nadien voordien ochtend middag avond ook nog "
    "opnieuw",
}
# Prepositions that open a fronted phrase ("Am Abend", "Nach dem Treffen", "Op maandag").
FRONTED_PREPOSITIONS: dict[str, str] = {
    "de": "am im beim zum vom nach bei vor seit während in auf an um gegen gegenüber",
    "nl": "op in na bij tijdens voor sinds aan rond om tegenover",
}
# Conjunctions before a fronted phrase ("und später sagte", "en daarna zei").
FRONTED_CONJUNCTIONS = frozenset({"und", "aber", "doch", "en", "maar"})
# Capitalised German nouns of those spoken to, right after a name that follows the verb
# ("Dort sagte Weber Reportern:"): no part of the name.
ADDRESSEE_NOUNS = frozenset({
    "Reportern", "Journalisten", "Medien", "Zeitungen", "Zuhörern", "Anhängern", "Zuschauern",
    "Abgeordneten", "Delegierten", "Mitarbeitern", "Gästen", "Besuchern", "Unterstützern",
})  # fmt: skip
# Articles of a subject after the verb ("der Minister", "de burgemeester").
SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "de", "het", "een"})
# Third-person pronouns as a subject after the verb ("Später sagte er:").
INVERTED_PRONOUNS = frozenset({"er", "sie", "hij", "zij"})
# Lower-case words inside a name after the verb ("Jan de Vries", "Ursula von der Leyen"); not
# a lone "der" or "den", the article of an object ("sagte Schulz der Zeitung").
NAME_PARTICLES_AFTER_VERB = frozenset({"von", "van", "de", "ter", "ten", "te", "zu"})
PARTICLE_ARTICLES = frozenset({"der", "den"})
# Finite verbs that are stop words: the auxiliary of "Zuvor hatte Schulz gesagt:".
V2_AUXILIARIES = frozenset({"hat", "hatte", "hätte", "ist", "war", "heeft", "had", "is", "was"})
