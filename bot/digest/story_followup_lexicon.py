"""Words a follow-up join (bot.digest.story_followup_words) must not take for a story's own
name or for a word of its event: data, no logic.

A follow-up joins its story by a name only that story carries and a word of what happened.
At a daily digest's density the police, the Guardia Civil or the fire brigade of one town
turn up in several stories, as do "a man" and "a woman": a robbery's arrest and a fraud's
arrest the same day share "Policía" and "hombre", and nothing else of their events (round 42
every 24 h, in-sample; docs/digest.md, "Session 16").

- GENERIC_NAMES: capitalised words of institutions any crime or accident story names, folded
  (lower case, no accents) and cut to a name token's letters (story_anchors.ANCHOR_CHARS) when
  used: never a story's own name;
- NO_EVENT_WORDS: generic person nouns (and Spanish "mayor", elder or main: "personas
  mayores", "calle Mayor") by language, stemmed in theirs when used: never a word of the event.
"""

from __future__ import annotations

GENERIC_NAMES: tuple[str, ...] = (
    # police forces and their units
    "police", "policia", "polizei", "polizia", "politie", "полиция", "полиции", "gendarmerie",
    "gendarmes", "carabinieri", "guardia", "civil", "civile", "kripo", "kriminalpolizei",
    "judiciaria",
    # fire and rescue services
    "bomberos", "bombeiros", "pompiers", "feuerwehr", "vigili",
    # prosecution services
    "prosecution", "prosecutors", "prosecutor", "staatsanwaltschaft", "parquet", "procura",
    "fiscalia", "ministerio", "openbaar", "прокуратура", "прокуратуры",
)  # fmt: skip

NO_EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("man", "men", "woman", "women", "person", "people"),
    "de": ("mann", "manner", "frau", "frauen", "person", "personen"),
    "fr": ("homme", "hommes", "femme", "femmes", "personne", "personnes"),
    "es": ("hombre", "hombres", "mujer", "mujeres", "persona", "personas", "mayor", "mayores"),
    "it": ("uomo", "uomini", "donna", "donne", "persona", "persone"),
    "pt": ("homem", "homens", "mulher", "mulheres", "pessoa", "pessoas"),
    "nl": ("man", "mannen", "vrouw", "vrouwen", "persoon", "personen"),
    "ru": ("мужчина", "мужчину", "мужчины", "женщина", "женщину", "женщины", "человек", "люди"),
}
