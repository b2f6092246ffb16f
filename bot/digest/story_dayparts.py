"""Parts of the day by language: the words that place an event in the morning, afternoon,
evening or night (bot.digest.story_days_apart tells another occurrence by them).

Words that mean something else as often, or whose stem is another language's common word,
are left out: German "Morgen" and "morgens" (stem "morg": tomorrow), Spanish "mañana"
(tomorrow) and "noche" (stem "noch", German "still"), Spanish and Portuguese "tarde" (late),
Italian "sera" (stem "ser", Portuguese "to be"), Russian "днём" (by day, any day).
Data only: story_days_apart stems them with each language's stemmer.
"""

from __future__ import annotations

MORNING, AFTERNOON, EVENING, NIGHT = "morning", "afternoon", "evening", "night"

DAY_PARTS: dict[str, dict[str, str]] = {
    "en": {
        "morning": MORNING,
        "afternoon": AFTERNOON,
        "evening": EVENING,
        "night": NIGHT,
        "overnight": NIGHT,
        "tonight": NIGHT,
    },
    "de": {
        "vormittag": MORNING,
        "vormittags": MORNING,
        "nachmittag": AFTERNOON,
        "nachmittags": AFTERNOON,
        "abend": EVENING,
        "abends": EVENING,
        "nacht": NIGHT,
        "nachts": NIGHT,
    },
    "fr": {
        "matin": MORNING,
        "matinée": MORNING,
        "soir": EVENING,
        "soirée": EVENING,
        "nuit": NIGHT,
    },
    "es": {"madrugada": NIGHT},
    "it": {
        "mattina": MORNING,
        "mattino": MORNING,
        "mattinata": MORNING,
        "pomeriggio": AFTERNOON,
        "notte": NIGHT,
        "nottata": NIGHT,
    },
    "pt": {"manhã": MORNING, "noite": NIGHT, "madrugada": NIGHT},
    "nl": {
        "ochtend": MORNING,
        "middag": AFTERNOON,
        "avond": EVENING,
        "nacht": NIGHT,
    },
    "ru": {
        "утро": MORNING,
        "утром": MORNING,
        "вечер": EVENING,
        "вечером": EVENING,
        "ночь": NIGHT,
        "ночью": NIGHT,
    },
}
