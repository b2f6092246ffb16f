"""Patterns of page furniture that ends up inside a paragraph (data only; `furniture` uses them).

Each was seen glued into real article text: a name's hover-card, a tweet embed's link and
signature, a news agency's dateline, a call to action, a product box's label fields.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# A hover-card: the linked name, then (glued on, no space) the card's full name ending in the
# same surname, its job or latest headline, and a "MORE" link: "Ann LeeAnn Marie LeeMayor of
# ... MORE". The name as linked stays; the card goes.
HOVER_CARD = re.compile(
    r"\b([A-Z][\w'’-]+)(?:[A-Z][\w'’.-]*\s+){1,4}\1(?=[A-Z0-9(])[^\n]{0,400}?MORE\b"
)

# A tweet embed's picture link and its signature line: "— Name (@handle) May 3, 2018".
# The signature's dash may come through as "???" where the page's encoding was damaged.
_SIGNED = r"(?:[—–-]+|\?\?\?)\s*[^()\n]{1,60}\(@\w{1,15}\)"
_DATE = rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
TWEET_LINK = re.compile(
    rf"\s*(?:pic\.twitter\.com/[A-Za-z0-9]{{10}}|https?://t\.co/[A-Za-z0-9]+)"
    rf"(?:\s*{_SIGNED})?(?:\s*{_DATE})?"
)
TWEET_SIGNATURE = re.compile(rf"\s*{_SIGNED}\s*{_DATE}\s*$")

# A dateline opening the first sentence: "WASHINGTON (Reuters) -", "LONDON, May 3 (AP) —",
# "MONROE, La. —", "Reno, Nev.—", "(CBS)". A place in capitals, maybe a state or a date, then
# an agency in brackets, a dash, or both; or a place and a state's abbreviation in title case
# before a dash; or a news agency alone. Not "MUMBAI:": an interview's "LEE:" looks the same.
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_AFTER_PLACE = rf"(?:,\s+(?:{_MONTH}\s+\d{{1,2}}|[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?\.?))?"
_TITLE_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z][a-z]{1,4}\."
_AGENCY = r"\((?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\)"
_WIRE = r"\((?:AP|AFP|CBS|CNN|NBC|ABC|UPI|Reuters|Bloomberg|dpa|IANS|PTI|ANI|Xinhua|AAP|CP)\)"
_DASH = r"(?:--?|[–—])"
_NEXT = r"(?=[A-Z0-9\"“‘'])"  # the story's first word
DATELINES = (
    re.compile(
        rf"^(?P<line>{_PLACE}{_AFTER_PLACE}\s*(?:{_AGENCY}(?:\s*{_DASH})?|{_DASH})|{_WIRE})"
        rf"\s+{_NEXT}"
    ),
    re.compile(rf"^(?P<line>{_TITLE_PLACE}\s*{_DASH})\s*{_NEXT}"),
)
# A dateline in title case, "Washington - The ...": the story's first unit only, where a place
# and a spaced dash can be nothing else.
FIRST_DATELINE = re.compile(
    rf"^(?P<line>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?:\s+{_WIRE})?\s+{_DASH})\s+{_NEXT}"
)
# A stock-quote widget after a company's name: "Sprint Nextel (News - Alert) announced".
QUOTE_WIDGET = re.compile(r"\s*\((?:News\s*-\s*Alert|Quote|Stock\s+Quote)\)")
# A photo gallery's counter before each caption: "3/55 The terrace ...".
GALLERY_COUNTER = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s+(?=[A-Z\"“‘'])")
# A date before a headline glued to the story: "Wednesday, December 26, 2007 ".
DATE_PREFIX = re.compile(
    rf"(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)

# Calls to action: a sentence that opens with one goes; one closing a sentence is cut off.
CALL_TO_ACTION = re.compile(
    r"""^(?:please\s+)?(?:
        (?:click|tap)\s+here\b
        |sign\s+up\s+(?:for|to)\s+(?:our|the)\b.{0,60}?\b(?:newsletter|e-?mail|alerts?|updates)\b
        |subscribe\s+to\s+(?:our|the)\b.{0,40}?\b(?:newsletter|channel|podcast|e-?mail)\b
        |(?:follow|like)\s+us\s+on\b|download\s+(?:our|the)\s+(?:free\s+)?app\b
        |klicken\s+sie\s+hier\b|cliquez\s+ici\b|haga\s+clic\s+aquí\b|clicca\s+qui\b
        |нажмите\s+здесь\b|abonnieren\s+sie\s+unseren\s+newsletter\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
TRAILING_CALL = re.compile(r"\s*[,;–—-]\s*(?:click|tap)\s+here\b[^.!?]*", re.IGNORECASE)
SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z0-9])")

# A product box's fields: "Tested by:", "RRP:", "More info:", a phone number.
PRODUCT_FIELD = re.compile(
    r"""(?:^|\s|\|)(?:tested\s+by|reviewed\s+by|rrp|msrp|price|prices?\s+from|more\s+info(?:rmation)?
    |manufacturer|distributor|available\s+from|where\s+to\s+buy|contact|tel|phone|web(?:site)?
    |preis|hersteller|vertrieb|prix)\s*:""",
    re.IGNORECASE | re.VERBOSE,
)
PHONE = re.compile(r"\+\d{1,3}\s*(?:\(0\)\s*)?\d[\d\s/-]{5,}\d")
