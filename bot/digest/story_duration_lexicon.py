"""Words of a span of time in years and months, folded, for reading a sentence or a term in
any of its forms (bot.digest.story_duration): "18 months", "anderhalf jaar", "a year and a
half", "dreieinhalb Jahre", "tres años y medio", "полтора года". Data only."""

from __future__ import annotations

# unit word -> months
UNITS: dict[str, int] = {
    "year": 12, "years": 12, "jahr": 12, "jahre": 12, "jahren": 12, "jaar": 12, "jaren": 12,
    "an": 12, "ans": 12, "annees": 12, "ano": 12, "anos": 12, "anno": 12, "anni": 12,
    "год": 12, "года": 12, "лет": 12,
    "month": 1, "months": 1, "monat": 1, "monate": 1, "monaten": 1, "maand": 1, "maanden": 1,
    "mois": 1, "mes": 1, "meses": 1, "mese": 1, "mesi": 1,
    "месяц": 1, "месяца": 1, "месяцев": 1,
}  # fmt: skip
# "... and a half" after the count or after the unit ("two and a half years", "a year and a
# half", "deux ans et demi", "tres años y medio", "три с половиной года").
AND_HALF: tuple[str, ...] = (
    "and a half", "und ein halb", "en een half", "et demi", "et demie", "y medio", "y media",
    "e mezzo", "e mezza", "e meio", "e meia", "с половиной",
)  # fmt: skip
# One word for "one and a half" ("anderthalb Jahre", "anderhalf jaar", "полтора года").
ONE_AND_HALF: tuple[str, ...] = ("anderthalb", "eineinhalb", "anderhalf", "полтора")
# A count glued to "half" ("dreieinhalb", "tweeënhalf"): the glued ending.
GLUED_HALF: tuple[str, ...] = ("einhalb", "enhalf")
