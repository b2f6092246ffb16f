"""Words by which a headline or lead says its event is another, or a second one of a kind.

Data, no logic, for bot.digest.story_another (split from bot.digest.story_lexicon, session 13):
folded (lower case, no accents), in the supported languages.
"""

from __future__ import annotations

# also recalls mixers"): weak evidence (shared rare names, tf-idf) never links such an item.
# German adjectives declined before a noun count too ("Zweiter Brand in Kellinghausen", round 17;
# not "zweiten", "am zweiten Tag" being a story's own second day).
ANOTHER_EVENT: tuple[str, ...] = (
    "another", "second", "also", "too", "new", "weitere", "zweite", "auch", "erneut",
    "weiterer", "weiteres", "zweiter", "zweites", "erneuter", "erneutes",
    "ещё", "еще", "второй", "вторая", "тоже", "также", "новый", "новая",
    "autre", "deuxieme", "second", "seconde", "aussi", "nouveau", "nouvelle",
    "otro", "otra", "segundo", "segunda", "tambien", "nuevo", "nueva",
    "altro", "altra", "secondo", "seconda", "anche", "nuovo", "nuova",
    "outro", "outra", "tambem", "novo", "nova",
    "andere", "tweede", "ook", "nieuwe",
    "again", "wieder", "encore", "ancora", "opnieuw",
)  # fmt: skip
# Words counting an event as the second of its kind ("Zweiter Brand in einer Nacht", "Segundo
# accidente del día", "dies hours after another crash"), folded: ANOTHER_EVENT's strict part,
# without "new", "also", "again" (a follow-up's words too) or words that mostly mean "other"
# ("weitere Details", "tra l'altro", "с другой стороны"). Read in the headline and the lead's
# first words (bot.digest.story_another.counts_second).
SECOND_EVENT: tuple[str, ...] = (
    "another", "second", "zweite", "zweiter", "zweites", "zweiten", "weiterer", "weiteres",
    "второй", "вторая", "второе", "autre", "deuxieme", "seconde",
    "otro", "otra", "segundo", "segunda", "secondo", "seconda",
    "outro", "outra", "tweede",
)  # fmt: skip
# ... but not when the word after it counts a part of one event (a runoff, a strike's second
# day, a second term, a match's second half), folded: "segundo turno", "второй тур", "second
# day", "zweite Halbzeit". A stop word after it ("Secondo la polizia", "Segundo a PSP": according
# to) is no count either (bot.digest.story_another.counts_second).
SECOND_PARTS: tuple[str, ...] = (
    "round", "rounds", "runoff", "turn", "turno", "tour", "тур", "туре", "ronde", "runde",
    "wahlgang", "ballot", "vuelta",
    "day", "days", "tag", "tages", "dia", "день", "дня", "jour", "journee", "giorno", "giornata",
    "dag", "week", "woche", "semana", "неделю", "неделя", "semaine", "settimana",
    "term", "срок", "mandat", "mandato", "amtszeit", "termijn",
    "half", "halbzeit", "tempo", "mitad", "тайм", "mi", "leg", "place", "platz", "lugar",
    "posto", "место", "plaats", "time",
)  # fmt: skip
# The same at a headline's start only ("After Ondine, storm Pascaline...", "Depois de Rio
# Escuro, ..."): inside a headline they mostly date the event ("killed after a crash").
ANOTHER_AT_START: tuple[str, ...] = (
    "after", "nach", "после", "apres", "tras", "despues", "dopo", "depois",
)  # fmt: skip
