"""Words that open a phrase's lead (`phrase_lead`) but belong to its cue, not to the lead.

'Clinton acknowledged Sunday that "…"' leads in with "Sunday that", and 'asked Clinton Friday
how the "…"' with "Clinton Friday how the": the cue's time and object, narration that reads
as nonsense before the phrase (reading22 and reading22b, PolNeAR train: three key quotes).
"""

from __future__ import annotations

import re

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PARTS = "morning|afternoon|evening|night"
# One time word or phrase: "Sunday", "on Friday night", "last week", "earlier this month".
TIME = (
    rf"(?:(?:on|late|early|earlier|later)\s+)?(?:{_DAYS})(?:\s+(?:{_PARTS}))?"
    rf"|(?:(?:earlier|later|last|this|that)\s+)?(?:week|month|year|{_PARTS})"
    r"|today|yesterday|tonight|earlier|later|again|also"
)
# Those whom a cue's verb speaks to ("asked Clinton", "told reporters"): a capitalised name
# of up to three words, or one of these.
AUDIENCE = (
    r"(?:[A-Z][\w.'’-]*\s+){1,3}|(?:reporters|supporters|voters|the\s+crowd|the\s+audience"
    r"|him|her|them|us|me)\s+"
)
# What starts the lead proper after a cue's object: a wh-word or "that".
CLAUSE_OPENERS = r"how|what|whether|why|if|that|when|where|who"
# A lead that opens with time words, maybe a comma, then its own text.
LEADING_TIME = re.compile(rf"^(?:(?:{TIME})\b,?\s*)+")
# A cue's object (and time) before the clause: "Clinton Friday how the" -> "how the".
LEADING_OBJECT = re.compile(rf"^(?:{AUDIENCE})(?:(?:{TIME})\s+)*(?=(?:{CLAUSE_OPENERS})\b)")
# "went on to call Cruz": "on to" and the verb are the cue's ("Cruz" leads in); so is "out" of
# "pointed out", with whom it was pointed out to, before "that" ('pointed out to the BBC that
# "..."' led in with "out to the BBC that"; reading24d, BBC train).
LEADING_PARTICLE = re.compile(
    r"^(?:on\s+to\s+\w+\s+|out\s+(?:to\s+[^,;:.\"“]{1,40}?\s+)?(?=that\b))"
)
