"""Patterns of the page's boxes that end up as or inside paragraphs: photo captions, text
adverts, a comment form's notes (data only; `furniture_boxes` uses them).

Each was seen in real pages' summaries or key figures: an agency's photo caption that ends in a
full stop ("Ann Lee (C) waves ... in Port Ellis, January 8."), a text advert ("Harbour
BrokersOnly £4.95 per trade, get a free trial now."), "Limit: 1000 characters".
"""

from __future__ import annotations

import re

from summarizer.text.furniture_lexicon import MONTH
from summarizer.text.lazy import lazy_pattern

# A photographer's or agency's credit closing a caption: "REUTERS/Ann Lee", "(AP Photo/Ann
# Lee)", "AFP PHOTO/Ann Lee", "AFP/Getty Images", "Photo: Ann Lee/Valley Press".
photo_credit = lazy_pattern(
    r"""(?:
        \b(?:REUTERS|Reuters|AFP|EPA|AAP|ANP|DPA|dpa|AP|PA|Xinhua|KYODO)(?:\s+(?:PHOTO|Photo))?\s*/\s*
            (?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|Getty\s+Images|Files?|Handout|Pool)
        |\bGetty\s+Images\b|\bShutterstock\b
        |\b(?:Photo|Photograph|Picture|Image)s?\s*(?:by|credit\s*:?|:|/|courtesy\s+of)\s*
            [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?
        |\b(?:Staff\s+photo(?:\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?
            |(?:Photo\s+)?courtesy\s+(?:of\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})
        |\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*/\s*
            (?:AP|AFP|Reuters|EPA|PA|Getty\s+Images|(?:[A-Z][\w.'’-]*\s+){0,2}(?:Photos?|Images|Photographer))
    )\s*\)?\s*\.?\s*$""",
    flags=re.VERBOSE,
)


# Where a person stands in the picture: "Ann Lee (C) waves", "(2nd L)", "(L-R)", "(centre)".
# A lone "(R)" or "(D)" after a name is also a US party's: the picture's needs the verb that
# describes it ("(R) clashes with"), never one that reports ("(R) said").
position_marker = lazy_pattern(
    r"""\b[A-Z][a-z][\w'’.-]*\s+\((?:(?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|F|B)(?:\s*-\s*(?:L|R))?
            |L\s*to\s*R|left|right|centre|center|front|top|bottom|back\s+row|front\s+row)\)
        \s+(?:and\s+[^()]{1,60}\([^)]{1,12}\)\s+)?
        (?!(?:says|said|is|was|has|had|does|did|who|which|and)\b)[a-z]{3,}s\b""",
    flags=re.VERBOSE,
)


# An agency caption's close: what the picture shows, "in Port Ellis, January 8." or "in Port
# Ellis January 8, 2008." (prose says "on January 8").
caption_close = lazy_pattern(
    rf"\bin\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}},?\s+{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?\.$"
)


# A caption's present tense: a name (maybe with a role, "Valley manager Ann Lee"), then a verb
# in -s ("Ann Lee waves", "Valley's Ann Lee (2nd L) controls the ball").
present_subject = lazy_pattern(
    r"^(?:(?:[A-Z][\w.'’-]*|[a-z]+(?=\s+[A-Z]))\s+){1,8}(?:\([^)]{1,12}\)\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:says|is|was|has|does|who|which)\b)[a-z]{3,}s\b"
)


# A text advert's call: "get a free trial now", "book now", "request a free quote", "apply
# online today"; and an offer's price with no sentence around it ("Fly to Ellis from £99").
advert_call = lazy_pattern(
    r"""\b(?:(?:get|start|claim|request|try|take)\s+(?:a|your|our)\s+free\s+(?:trial|quote|demo|sample)
        |free\s+trial\s+now|free\s+quotes?\s+and\s+advice|(?:buy|order|book|shop|apply|call|bid|join|sign\s+up)\s+(?:now|today|online\s+today)
        |prize\s+draw|for\s+sale\s+or\s+rent
        |advertis(?:e|ing)\s+(?:with\s+us|team|enquiries|and\s+sponsorship))\b""",
    flags=re.VERBOSE | re.IGNORECASE,
)
price_offer = lazy_pattern(r"\b(?:from|only|just)\s+[£$€]\s?\d", flags=re.IGNORECASE)


# A unit that is only a web address: an advert's display link ("www.harbourbrokers.example").
bare_address = lazy_pattern(
    r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$", flags=re.I
)


# A comment form's or a paywall snippet's note: "Limit: 1000 characters", "500 characters
# left", "Comment entries are limited to 100 words", "The full article contains 335 words and
# appears in ...".
form_note = lazy_pattern(
    r"""^(?:(?:character\s+|word\s+)?limit\s*:?\s*\d[\d,]*\s+(?:characters|words)
        |\d[\d,]*\s+(?:characters|words)\s+(?:left|remaining|max(?:imum)?)
        |(?:maximum|max\.?)\s+\d[\d,]*\s+(?:characters|words)
        |the\s+full\s+(?:article|story|text)\s+(?:contains|is)\s+\d[\d,]*\s+words\b
        |(?:comments?|comment\s+entries|entries|posts|replies)\s+(?:are\s+)?limited\s+to
            \s+\d[\d,]*\s+(?:characters|words))""",
    flags=re.VERBOSE | re.IGNORECASE,
)
