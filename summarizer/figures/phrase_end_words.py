"""Words that tell where a context phrase's tail may end (data only; `phrase_ends` applies
them): conjunctions that join two conjuncts, prepositions a second conjunct may repeat, words
that open a comparison's base or a relative clause, and words that cannot end a noun phrase.

Lower-case, space-separated, in the eight languages the bot reads (en, de, fr, nl, es, it, pt,
ru) where the rule keys on a word.
"""

from __future__ import annotations

# "and"/"or": a tail cut just before one may leave a pair half-said ("in Iraq | and in Syria").
PAIR_CONJUNCTIONS = "and or und oder et ou en of y o e и или"
# Prepositions a coordinated second phrase repeats ("spent in Iraq and in Syria").
PAIR_PREPOSITIONS = (
    "in on at for to from with by into "
    "im an am auf für mit von bei nach zu "
    "dans à au aux pour avec par sur "
    "op aan voor met door bij naar "
    "en para con por sobre "
    "nel nella nei per su da "
    "em no na nos nas com "
    "в во на для с к по из от"
)
# Words after which a tail is the first word of a conjunct it did not finish ("… and both"):
# determiners, quantifiers and subject pronouns.
CONJUNCT_OPENERS = (
    "the a an both all some each many most its their his her this these those they we he she it "
    "der die das den dem ein eine beide alle sie er es wir "
    "le la les un une des tous ils elle elles il "
    "de het een beide alle zij hij "
    "el los las uno una todos ambos ellos ella "
    "il lo gli uno tutti entrambi loro "
    "o os as um uma todos ambos eles ela "
    "все оба они он она оно"
)
# The word that opens a comparison's base ("cheaper | than those sold abroad").
THAN_WORDS = "than als que dan di che чем"
# Words that make the word after them a comparative ("more expensive | than"); English,
# German and Dutch comparatives also end in "-er" ("cheaper", "billiger", "goedkoper").
COMPARATIVE_LEADS = (
    "more less fewer mehr weniger plus moins meer minder más menos più meno mais более менее"
)
COMPARATIVE_ENDINGS = "er"
# Relative pronouns that open a restrictive clause after a definite noun ("the team | which
# started …"): the clause says which one.
RELATIVE_OPENERS = (
    "which that who der die das welche welcher qui dat wie que che который которая которые"
)
# Definite determiners: "the <noun>" before a relative clause is defined by it.
DEFINITE = (
    "the this that these those der die das den dem le la les de het el los las il lo gli i o os as "
    "a тот та то те той тем"
)
# Verbs (by stem) that pair two things, and the prepositions that bring in the second:
# "contrast X | with Y", "compare X | to Y" ("stem:prep/prep").
VERB_FRAMES = (
    "contrast:with compar:with/to/avec/con/com/met distinguish:from separat:from "
    "vergleich:mit vergelijk:met сравн:с"
)
# Verbs before "that" besides the reporting ones (`context_words.REPORTED_THAT`) whose words up
# to "that" frame the clause after it ("The result is that …", "it is clear that …").
FRAME_COPULAS = "is was clear likely true"
# English relative words whose next word must be a verb for a clause to open ("the accounts
# | that day" opens none); other languages' relatives are read as opening one.
ENGLISH_RELATIVES = "that which who"
# Function words that may still open a relative clause's verb group ("the side | which was …").
RELATIVE_AUXILIARIES = "is was are were has had have"
