"""Pronouns and the words that tell a person's gender, per language (data only; the rules
are in `word_kinds`, `gender`, `merge`, `run_ons` and the cue readers).

Its own module because pronouns are read in one way (who "he" points back to) that the name
and speech word lists are not. Lower-case unless a list is about capitalised words.
"""

from __future__ import annotations

SUBJECT_PRONOUNS: dict[str, str] = {
    "en": "he she they i we it",
    "ru": "он она они я мы",
    "de": "er sie ich wir",
    "fr": "il elle ils elles je nous on",
    "es": "él ella",
    "it": "lui lei",
    "pt": "ele ela",
    "nl": "hij zij ik wij",
}
# Third-person pronouns of one person, by the gender they tell ("sie" is also "they": read as
# she only next to a singular verb, which these rules cannot see, so it tells no gender).
MASCULINE_PRONOUNS = frozenset({"he", "он", "er", "il", "él", "lui", "ele", "hij"})
FEMININE_PRONOUNS = frozenset({"she", "она", "elle", "ella", "lei", "ela", "zij"})
PERSONAL_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS | {"sie"}
# Subject pronouns that are also given names or surnames ("Ella", "Lei", "Lui", "Elle"): one
# capitalised before a cue is read as the pronoun only in a text of the pronoun's language; the
# rest of `SUBJECT_PRONOUNS` never name anyone ("Er sagte:", "Il a déclaré :", "Она сказала:").
NAME_LIKE_PRONOUNS = frozenset({"ella", "lei", "lui", "elle", "ele", "ela"})
# Words that tell a person's gender next to their name: titles ("Ms. Jean") and kinship or
# role nouns in an appositive ("Allison Jean, his mother"); English object/possessive pronouns
# after a mention count too (see `gender`).
MASCULINE_WORDS = frozenset({
    "mr", "he", "him", "his", "himself", "father", "fr", "husband", "son", "brother", "man", "boy",
    "actor", "king", "prince", "sir", "lord", "herr", "monsieur", "m", "señor", "signor",
    "sr", "uncle", "grandfather", "widower", "businessman", "spokesman", "chairman",
    "congressman", "councilman", "boyfriend",
})  # fmt: skip
FEMININE_WORDS = frozenset({
    "ms", "mrs", "miss", "she", "her", "hers", "herself", "mother", "wife", "daughter",
    "sister", "woman", "girl", "actress", "queen", "princess", "dame", "lady", "frau",
    "madame", "mme", "señora", "signora", "sra", "aunt", "grandmother", "widow",
    "businesswoman", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
    "girlfriend",
})  # fmt: skip
# Courtesy titles before a surname alone ("Mr Smith", "Mrs Smith"), with the gender they tell.
COURTESY_TITLES: dict[str, str] = {
    "Mr": "m", "Mister": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f",
}  # fmt: skip
FIRST_PERSON = frozenset({"i", "я", "ich", "je"})  # the article's author speaks
# English subject pronouns of people as a sentence opens with them ("She replied to him"); the
# first three speak of someone already named ("He said", "she added": `THIRD_PERSON`).
OPENING_PRONOUNS = ("He", "She", "They", "We", "I")
THIRD_PERSON = "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in OPENING_PRONOUNS[:3])
# English words of speech in the first or second person: a speaker's, not a reporter's.
FIRST_OR_SECOND_PERSON_WORDS = ("I", "me", "my", "we", "us", "our", "you", "your")
# English words of a third person, one man or woman: a sentence that names someone and goes on
# with these and no `FIRST_OR_SECOND_PERSON_WORDS` is the reporter's ("Lee joined in 2003 and
# at first he struggled").
THIRD_PERSON_WORDS = ("he", "his", "him", "she", "her")
# English possessives that own no person by name: a name right after one is a thing's, a
# product's or a club's ("Under My Quick Find people can ...", "our City"), no subject.
# Not "his", "her": "her Jo" is no English, and they may end a role phrase.
OWNING_DETERMINERS = frozenset({"my", "our", "your", "its", "their"})
# Pronouns that open a clause without naming the speaker of a quote ("it said", "on dit").
IMPERSONAL_SUBJECTS = frozenset({"it", "we", "they", "on"})
# Pronoun forms (any case) that, read after a person's mention in the same sentence, tell
# that person's gender ("Nagasu made comments ... and now she's ...").
MASCULINE_FORMS = frozenset(
    {"he", "him", "his", "himself", "он", "его", "ему", "ним", "hij", "hem", "él", "ele"}
)
FEMININE_FORMS = frozenset(
    {"she", "her", "hers", "herself", "она", "её", "ее", "ей", "elle", "ella", "ela", "zij"}
)
# English object pronouns after a name: in its clause they are someone else ("Lee thanked
# him"); "her" only where no noun follows it ("identified her,", "told her that": `gender`).
OBJECT_PRONOUNS = frozenset({"him"})
OBJECT_HER_NEXT = frozenset({
    "to", "that", "a", "an", "the", "and", "as", "with", "for", "in", "on", "at", "from",
    "about", "of", "into", "up", "out", "off", "back", "down", "over", "again", "too", "so",
    "because", "if", "when", "after", "before", "by", "this", "these", "those", "how", "what",
    "why", "where", "who", "not", "but", "or",
})  # fmt: skip
# Relative pronouns that are a clause's subject ("Jo Lee, who tweeted: ..."), per language.
RELATIVE_SUBJECTS = (
    "who", "der", "die", "qui", "quien", "quienes", "che", "que", "который", "которая",
)  # fmt: skip
# Speakers that say only that someone spoke ("..., one said.", "another said", "a person
# commented"): no name a reader could use, so a key quote shows them as unattributed, as the
# issue asks of a guess (session 19's third reading of replies: "— one", "— another").
ANONYMOUS_SPEAKERS = frozenset({
    "one", "another", "another one", "one person", "another person", "a person", "someone",
    "somebody", "one of them", "others",
})  # fmt: skip
# Words that may open a sentence before its subject pronoun with no comma ("Now she's ...",
# "But he wants ..."): the sentence is still the pronoun's own (`word_patterns.led_pronoun`).
PRONOUN_LEADS = (
    "now", "but", "and", "so", "then", "yet", "still", "later", "today", "instead", "also",
)  # fmt: skip
# Words whose "'s" is "is" or "has", no possessive ("He's claiming", "that's said"):
# `possessive.owner_before`.
CONTRACTED = frozenset({
    "he", "she", "it", "that", "there", "here", "who", "what", "where", "when", "how", "let",
    "everyone", "everybody", "nobody", "somebody", "someone", "this",
})  # fmt: skip
