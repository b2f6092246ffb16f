"""Phrases by which a lead dates its event by another, earlier one (data for
bot.digest.story_another's `counts_second`).

Copy about a second event at one place names the first as its reference: "Three hurt in a
collision on the A58, hours after a lorry overturned on the same road", "while most of the
town's crews were busy at the timber yard", "pocas horas después del vuelco de un camión",
"uren na het ongeluk met de vrachtwagen". Its lead then shares the first event's words (the
lorry, the timber yard, the road) and links to its copies. A copy of the first event itself, or
its follow-up, gives the time since it as a count ("reopened three hours after the crash",
"arrested about 20 hours after he fled", "drifted for hours after engine failure"): a count,
"for" or "an hour" before the phrase is no reference to another event, so only a vague
quantity ("only", "a few") or a clause's start (after a comma) counts. Regular expressions,
matched on folded text (lower case, no accents: bot.digest.filters.fold).
"""

from __future__ import annotations

# "hours after" with nothing but a vague quantity or a clause's start before it, by language
_START = r"(?:^|[,;:(–—]\s*)"
EARLIER_EVENT: tuple[str, ...] = (
    # English
    _START + r"(?:only |just |mere |barely |a few |some )?hours after\b",
    r"\b(?:only|just|mere|barely|a few|several) hours after\b",
    r"\bwhile (?:[\w'’]+ ){1,5}(?:were|was) (?:still )?(?:busy|battling|tackling|fighting)\b",
    r"\bon the same (?:road|street|stretch|motorway|line)\b",
    # German
    _START + r"(?:nur |wenige |kaum )?stunden nach\b",
    r"\b(?:nur|wenige|wenigen|kaum) stunden nach\b",
    r"\b(?:auf|an) (?:derselben|der gleichen) (?:strasse|strecke|autobahn|bundesstrasse)\b",
    # French
    r"\b(?:quelques|peu d'|peu d’) ?heures apres\b",
    _START + r"heures apres\b",
    r"\bsur (?:le meme axe|la meme route|la meme voie|la meme rue)\b",
    # Spanish
    r"\b(?:pocas|unas) horas despues\b",
    _START + r"horas despues\b",
    r"\ben la misma (?:via|carretera|autovia|autopista|calle)\b",
    # Italian
    r"\b(?:poche|alcune) ore dopo\b",
    r"\ba poche ore (?:da|dal|dallo|dalla|dall'|dall’|dai|dagli|dalle)\b",
    r"\bsulla stessa (?:strada|statale|provinciale|via|autostrada)\b",
    # Portuguese
    r"\b(?:poucas|algumas) horas (?:depois|apos)\b",
    _START + r"horas (?:depois|apos)\b",
    r"\bna mesma (?:estrada|via|rua|autoestrada)\b",
    # Dutch
    r"\b(?:enkele|een paar|luttele|slechts) uur na\b",
    r"\buren na\b",  # plural "uren" is vague; a count says "uur" ("drie uur na")
    r"\bop dezelfde (?:weg|snelweg|straat)\b",
    # Russian
    r"\b(?:через|спустя) (?:несколько|считанные) час\w* после\b",
    r"\bна (?:той же|этой же) (?:трассе|дороге|улице)\b",
)
# Headline openings meaning "again" that count the word after them as a second event ("Weer
# ongeluk op de A29", "Erneut Brand in ..."): at the start only, where they qualify the noun
# after them; inside a headline they mostly tell a state regained ("A29 weer open").
AGAIN_AT_START: tuple[str, ...] = ("weer", "wieder", "erneut", "opnieuw")
