"""Word lists with which `phrase_fragment` tells a phrase that opens or ends as a fragment.

Apart from the check's logic, so that the lists can grow without touching it.
"""

from __future__ import annotations

# Conjunctions a phrase cut inside a sentence may open or end with ("and rising …", "… or").
CONJUNCTIONS = "and or but nor"
# Lower-case words that open a clause about a noun the phrase does not show ("whose …").
RELATIVES = "which who whom whose than"
# Words ending in "-ing"/"-ed" that work as prepositions or nouns, not as a participle whose
# subject was cut off ("during the first …", "including …", "nothing", "the morning").
NOT_PARTICIPLES = (
    "during according including excluding regarding concerning following notwithstanding "
    "pending nothing something everything anything morning evening wedding building meeting "
    "ceiling bedding funding spending hearing ruling rating offering"
)
# Prepositions an adjunct cut from its clause opens with ("with … and rising", "to a crowd
# of …"): a phrase that opens so and has no verb says where or how, not what is counted.
# "from …" with no "to" is a change's base alone ("from … the year before"): `context_hosts`
# chose what it shows, so it is no adjunct here.
OPEN_PREPOSITIONS = (
    "with without to in on at from for of by about around between over among against into "
    "outside inside through toward towards across amid under during including according "
    "following"
)
# Words a phrase must not end on: they wait for a noun, clause or verb that was cut off.
END_WAITING = (
    "the a an this these those its their his our my your of to for with from by at in into "
    "about than between among because whether that which who whom whose is are was were has "
    "have had will would could can may might shall should must does did be been being"
)
# Lower-case words a whole clause the fallback takes may open with: a determiner or pronoun
# that starts its subject ("the senator ...", "they estimated ...").
RUN_OPENERS = (
    "the a an this these those his her its their our my your he she it they we i there some "
    "many most few all each every both two three four five six seven eight nine ten eleven "
    "twelve dozens hundreds thousands millions"  # "three taxes were postponed …"
)
# Particles a verb may end a phrase with ("when she was breaking in"): no preposition waiting.
END_PARTICLES = "in on off out up over back down away"
# Verbs that end a reporting clause ("he said, | was even more popular"): a verb after one
# has its subject before it, not in the reporting clause.
REPORTING = "said says told added noted wrote argued explained"
# Words that open a short verbless opener the check passes ("On Tuesday,", "Eventually,"),
# besides the prepositions above and adverbs in "-ly"; a name before a comma is no opener
# ("Apple, which …").
OPENER_STARTS = (
    "last this next earlier later meanwhile still instead however indeed now then yesterday "
    "today tonight so yet also again"
)
# Words that open a sentence's first clause but no subject ("Even here, she …").
HEAD_OPENERS = "as if when while after before even once"
# Subordinators between a subject and a participle: the participle may be another clause's.
SUBORDINATORS = "that which who whom when as because while after before if since until though"
# Words that open like participles but work as prepositions or take no subject's head.
NOT_HEADED = (
    "compared followed judging counting starting based given according leading going caring "
    "beginning ending ranging"
)
# Lower-case words in "-s" that are no plural nouns (a tail's head noun is a plural).
NOT_PLURAL = (
    "does goes says thus always perhaps unless whereas besides towards afterwards sometimes "
    "yours ours hers theirs news series species"
)
