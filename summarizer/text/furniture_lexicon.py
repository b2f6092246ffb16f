"""Patterns of page furniture that ends up inside a paragraph (data only; `furniture` uses them).

Each was seen glued into real article text: a name's hover-card, a tweet embed's link and
signature, a news agency's dateline, a call to action, a product box's label fields.

The datelines and the product box's label field are tried on every text, so they are compiled
at import; the other patterns run only on text that holds their hint ("MORE", "twitter.com",
"click", ...), so each is compiled on its first use (`lazy_pattern`, or a function under
`functools.cache` where one hint needs several) and a text without them does not pay for
compiling them at start-up.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.lazy import lazy_pattern

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH = _MONTH  # for the other furniture data modules


# A hover-card: the linked name, then (glued on, no space) the card's full name ending in the
# same surname, its job or latest headline, and a "MORE" link: "Ann LeeAnn Marie LeeMayor of
# ... MORE". The name as linked stays; the card goes.
hover_card = lazy_pattern(
    r"\b([A-Z][\w'’-]+)(?:[A-Z][\w'’.-]*\s+){1,4}\1(?=[A-Z0-9(])[^\n]{0,400}?MORE\b"
)


# A tweet embed's picture link and its signature line: "— Name (@handle) May 3, 2018".
# The signature's dash may come through as "???" where the page's encoding was damaged.
TWEET_HANDLE = r"\(@\w{1,15}\)"
_SIGNED = rf"(?:[—–-]++|\?\?\?)\s*+[^()\n]{{1,60}}{TWEET_HANDLE}"  # possessive: one pass
TWEET_DATE = rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
_DATE = TWEET_DATE


# An embed's picture link or short link. A picture link's id is ten letters and digits
# (pic.twitter.com/AbCdEfGhIj), so a word or date glued on after it ("...GhIjJune 9, 2024",
# "...GhIjSIGN UP ...") stays apart from it; a short link's id runs to the next non-alnum.
TWEET_LINK = r"(?:pic\.twitter\.com/[A-Za-z0-9]{10}|https?://t\.co/[A-Za-z0-9]+)"


tweet_link = lazy_pattern(rf"\s*{TWEET_LINK}(?:\s*{_SIGNED})?(?:\s*{_DATE})?")


tweet_signature = lazy_pattern(rf"\s*{_SIGNED}\s*{_DATE}\s*$")


# A dateline opening the first sentence: "WASHINGTON (Reuters) -", "LONDON, May 3 (AP) —",
# "MONROE, La. —", "DOVER, N.H. --", "Reno, Nev.—", "(CBS)". A place in capitals, maybe a state
# or a date, then an agency in brackets, a dash, or both; or a place and a state's abbreviation
# in title case before a dash; or a news agency alone. Not "MUMBAI:": an interview's "LEE:"
# looks the same.
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_AFTER_PLACE = (
    rf"(?:,\s+(?:{_MONTH}\s+\d{{1,2}}|(?:[A-Z]\.){{2,3}}|[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?\.?"
    r"|[A-Z]{2,}(?:\s+[A-Z]{2,})?\.?)"  # "LARKANA, PAKISTAN —": a country in capitals
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?)?"  # a postal state and a date: "ELLIS, IL, Jan. 14 (AP) -"
)
_TITLE_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)"
_AGENCY = r"\((?:(?:[A-Z]|[a-z]+[A-Z])[\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\)"  # "(eValleyNow)"
_WIRE = r"\((?:AP|AFP|CBS|CNN|NBC|ABC|UPI|Reuters|Bloomberg|dpa|IANS|PTI|ANI|Xinhua|AAP|CP)\)"
_DASH = r"(?:-{1,3}|[–—])"  # "--" and "---" stand for a dash on old pages
_NEXT = r"(?=[A-Z0-9\"“‘'])"  # the story's first word
DATELINES = (
    re.compile(
        rf"^(?P<line>{_PLACE}{_AFTER_PLACE}\s*(?:{_AGENCY}(?:\s*{_DASH})?|{_DASH})|{_WIRE})"
        rf"\s+{_NEXT}"
    ),
    re.compile(rf"^(?P<line>{_TITLE_PLACE}\s*{_DASH})\s*{_NEXT}"),
    # No dash, but a state and a date that no sentence opens with: "PORT ELLIS, Ore., Jan. 14
    # The council ...", "Port Ellis, Ore. Jan 14, 2008 The council ...".
    re.compile(
        r"^(?P<line>(?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+)(?:\s+(?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+)){0,3},"
        rf"\s+(?:[A-Z][a-z]{{1,4}}\.|[A-Z]\.[A-Z]\.|[A-Z]{{2}}),?\s+{_MONTH}\s+\d{{1,2}}"
        r"(?:,\s+\d{4})?)\s+(?=[A-Z][a-z]*\s+[a-z])"
    ),
)


# What a wire dateline leaves when its place went on a line of its own (or was dropped as a
# short line): the agency and its dash, "(AP) - The ...", "(Valley News) -- The ...", "Reuters
# - The ..."; or a place, its dash, then the agency: "PORT ELLIS -- (AP) The ...".
_WIRE_NAME = (
    r"(?:AP|AFP|UPI|Reuters|REUTERS|Bloomberg|BLOOMBERG|dpa|DPA|IANS|PTI|ANI|Xinhua|XINHUA)"
)
AGENCY_LEFTOVERS = (
    re.compile(rf"^(?P<line>(?:{_AGENCY}|{_WIRE_NAME})(?:\s*{_AGENCY})?\s*{_DASH})\s*{_NEXT}"),
    re.compile(
        rf"^(?P<line>{_PLACE}{_AFTER_PLACE}\s*{_DASH}\s*{_AGENCY}(?:\s*{_DASH})?)\s*{_NEXT}"
    ),
)


# A post's date and time stamp before its first words ("June 5, 2008 3:14 PM The ...", "12/06/2008
# 10:45 AM The ...", "Posted Thursday, June 5, 2008 at 3:14 p.m. EDT | The ..."): a date, then a
# time with its colon (a date alone may open a sentence: "June 5, 2008 was ..."), maybe a zone.
_STAMP_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})"
)
_ZONE = r"(?:[A-Z]{1,2}[SD]T|GMT|UTC|[ECMP]T|IST|HKT|SGT)\b"  # "EDT", "GMT", "ET"
_STAMP_TIME = rf"\d{{1,2}}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+{_ZONE})?"
date_time_stamp = lazy_pattern(
    r"^(?P<line>(?:(?:Posted|Updated|Published|Last updated)(?:\s+on)?:?\s+)?"
    rf"(?:[A-Z][a-z]+day,?\s+)?(?:{_STAMP_DATE}(?:,|\s+at|\s*[-–—|•@])?\s+{_STAMP_TIME}"
    rf"|{_STAMP_TIME}(?:,|\s*[-–—|•])?\s+{_STAMP_DATE})\.?)(?:\s*[-–—|•:])?\s+"
    rf"(?=[\"“‘]?(?:[A-Z][a-z]|[AI]\s)|{_PLACE}(?:,[^()\n]{{0,20}})?\s*[(–—-])"  # not "AM"
)


# Links to the site's previous and next stories glued after the story's last words ("... 0.65
# seconds back. Previous story: Sports Roundup", "Next story: Ferry fares rise"): from the label
# to the end of the paragraph goes.
story_links = lazy_pattern(
    r"(?:^|(?<=[.!?\"”’)])\s+|\s+(?=(?:Previous|Next)\b))"
    r"(?:Previous|Next|Prev\.?|Older|Newer)\s+(?:story|article|post|item)\s*:\s.*$"
)


# A tags-and-share line glued after the story's last sentence, or a line of its own ("...
# dollars. Tags: harbour, ferries Share this: Facebook Twitter"): the label and the list after
# it go, up to the paragraph's end, where no sentence follows (a list has no full stops).
tags_tail = lazy_pattern(
    r"(?:^|(?<=[.!?\"”’)])\s+)(?:Tags?|Tagged(?:\s+with)?|Filed\s+under|Topics|Keywords"
    r"|Share\s+this(?:\s+(?:article|story|post|page))?)\s*:\s(?:(?![.!?]\s+[A-Z]).){0,300}$"
)


DATELINE_HINTS = '("“'  # the datelines below need a bracket or a quote near the start
_GLUED_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"  # "Port Ellis", "St. Louis", "OREGON"


@cache
def bracketed_datelines() -> tuple[re.Pattern[str], ...]:
    """Rarer datelines, each with a bracket or a quote: tried only where one is near the start."""
    return (
        # Glued on, maybe after a place and its state: "(CNN)Rocker Tom ...", "Port Ellis,
        # Oregon (CNN)Protests that ..." (no sentence glues a bracket to its next word).
        re.compile(
            rf"^(?P<line>(?:{_GLUED_PLACE}(?:,\s+{_GLUED_PLACE})?\s*)?{_WIRE})(?=[A-Z][a-z])"
        ),
        # A title-case place, maybe a province's or state's code, then an agency in brackets
        # and a dash: "Port Ellis, QC (Valley Network) - The ...".
        re.compile(
            rf"^(?P<line>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
            # a state: "Ellis, OR", "Ellis, Ore.", "Ellis, Oregon"
            rf"(?:,\s+(?:[A-Z]{{2}}|[A-Z][a-z]{{1,4}}\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
            rf"\s*{_AGENCY}\s*{_DASH})\s*{_NEXT}"
        ),
        # A title-case place, a date and a wire agency with no dash: "Port Ellis, Jan 14 (IANS)
        # The ..." (a known agency, or any with the date: "Ellis, Jan 14 (Valley News) The").
        re.compile(
            rf"^(?P<line>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
            rf"(?:,\s+{_MONTH}\s+\d{{1,2}}\s*{_AGENCY}|(?:,\s+{_MONTH}\s+\d{{1,2}})?\s*{_WIRE}))"
            rf"\s+{_NEXT}"
        ),
        # The story glued to the dash after an agency: "TORONTO (AP) -Raptors guard ...".
        re.compile(rf"^(?P<line>{_PLACE}{_AFTER_PLACE}\s*{_AGENCY}\s*{_DASH})(?=[A-Z0-9\"“‘'])"),
        # An agency before a title-case place: "(Valley News) _ Port Ellis -- The council ...".
        re.compile(
            rf"^(?P<line>{_AGENCY}\s*[_–—-]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s*{_DASH})"
            rf"\s+{_NEXT}"
        ),
        # A video's speaker caption before the quote: "Ann Lee - Harbour Board "We waited ...".
        re.compile(
            r"^(?P<line>[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,2}\s+[-–—]\s+[A-Z][\w&.]*"
            r"(?:\s+[A-Z][\w&.]*){0,2})\s+(?=[\"“])"
        ),
    )


# An update's label opening a paragraph: "UPDATE: ...", "ORIGINAL: ..." (the text stays).
update_label = lazy_pattern(
    r"^(?:UPDATED?|ORIGINAL(?:\s+STORY)?|EARLIER|CORRECTION)(?:\s*\([^)]{0,40}\))?\s*:\s+(?=[A-Z])"
)


# A dateline in title case, "Washington - The ...", "Port Ellis, Jan 7 - The ...": the story's
# first unit only, where a place and a spaced dash can be nothing else.
FIRST_DATELINE = re.compile(
    rf"^(?P<line>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?:,\s+{_MONTH}\s+\d{{1,2}})?"
    rf"(?:\s+{_WIRE})?\s+{_DASH})\s+{_NEXT}"
)


# A dateline with a colon, "Mumbai: The ...", "MUMBAI: The ...", maybe with a date or an agency
# ("Mumbai, Dec. 30:", "Mumbai (PTI):"): the story's first paragraph only, and only where no
# other paragraph opens with the same label (an interview's "LEE:").
COLON_DATELINE = re.compile(
    r"^(?P<line>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}"
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?(?:\s*{_AGENCY})?):\s+"  # "Port Ellis, Dec. 30 (PTI):"
    r"(?=[A-Z0-9\"“‘'])"
)


# A wire story's byline and its age before the dateline: "By ANN LEE, Associated Press Writer 2
# hours, 15 minutes ago PORT ELLIS - ...".
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
byline_before_dateline = lazy_pattern(
    rf"^By\s+{_BYLINE_NAME}(?:(?:,\s+|\s+and\s+|\s*&\s*){_BYLINE_NAME}){{0,3}},?\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:Writer|Correspondent|Reporter|Editor)s?\b"
    r"(?P<age>\s+(?:\d+|an?)\s+(?:hours?|minutes?|days?)(?:,\s+\d+\s+minutes?)?\s+ago)?\s+"
)


# Script that leaked into the start of a paragraph, glued before the story: an advert's Flash
# embed or tag calls ("Advertisement AC_FL_RunContent('src', 'banner', ...); PORT ELLIS -
# ..."), each a call closed by a semicolon (no sentence opens so), and a player's notice.
leading_script = lazy_pattern(
    r"""^(?:advertisement\s*)?
        (?:(?:[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*\((?:[^()]|\([^()]*\))*\)\s*;|//[^\n]*?\bcode\b
            |(?:this\s+(?:content|video|player)\s+requires|you\s+need|get\s+the\s+latest|get)
                \s+(?:the\s+)?(?:latest\s+)?(?:adobe\s+|macromedia\s+)?flash(?:\s+player)?
                [^.!?]{0,60}[.!]?)\s*)+""",
    re.IGNORECASE | re.VERBOSE,
)


# A photo caption's label: "Much missed: Ann Lee was ..." (with no full stop at the end).
caption_label = lazy_pattern(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+(?=[A-Z\"“‘'])")


# A date glued to the last word of a sub-headline: "... Who Killed Her DaughterDec. 5, 2007".
glued_date_end = lazy_pattern(rf"[a-z]{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*$")


# Between a headline and the dateline it was glued to: an agency's or paper's name, "CanWest
# News Service", a few capitalised words.
credit_words = lazy_pattern(r"[A-Z][\w&.'’-]*\s+")


# A stock-quote widget after a company's name: "Kestrel Mobile (News - Alert) announced",
# "Harbour Ltd (HBR.L: Quote, Profile, Research) said".
quote_widget = lazy_pattern(
    r"\s*\((?:News\s*-\s*Alert|Quote|Stock\s+Quote"
    r"|(?:[A-Z]{1,6}(?:\.[A-Z]{1,2})?:\s*)?Quote,\s*Profile,\s*Research(?:,\s*Stock\s+Buzz)?)\)"
)


# A photo gallery's counter before each caption: "3/55 The terrace ...".
gallery_counter = lazy_pattern(r"^(\d{1,3})\s*/\s*(\d{1,3})\s+(?=[A-Z\"“‘'])")


# A date before a headline glued to the story: "Wednesday, December 26, 2007 ".
date_prefix = lazy_pattern(
    rf"(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)


# A page's header glued to the story's first sentence: words in title case (a section, a menu),
# a date, the headline in title case, then the story ("Home News 08 January 2008 Mill To Close
# As Orders Fall Workers at the mill ..."): the story starts at a capitalised word followed by a
# lower-case one.
_CAP = r"[A-Z0-9][\w'’&.,:-]*"


glued_header = lazy_pattern(
    rf"^(?P<line>(?:{_CAP}\s+){{0,12}}?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    rf"(?:\s+\d{{1,2}}:\d\d)?(?:\s+{_CAP}){{3,15}}?)\s+(?=[A-Z][a-z]+\s+[a-z])"
)


# Links, a date and a byline glued before a story, with no sentence mark among them ("Test Day 1
# Calendar Out 1/9/2008 By Ann Lee The second day ..."), at the start of a paragraph or after a
# sentence: everything from the links to the byline is a header.
dated_byline = lazy_pattern(
    r"(?:^|(?<=[.!?]\s))(?P<line>[A-Z][^.!?]{0,300}?\b\d{1,2}/\d{1,2}/\d{2,4}\s+By\s+[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?=[A-Z][a-z]*\s+[a-z])"
)


# Calls to action: a sentence that opens with one goes; one closing a sentence is cut off. A live
# blog's notes to the reader ("Our live coverage has ended", "scroll through the posts below"),
# a spoiler warning and a pointer to the page's video or box ("Watch her routine above, and see
# what the judges said below") go the same way, as does the reporter's own handle closing a story
# ("Follow Ann Lee on Twitter @annlee": reading22, it was a summary's last sentence). So do a
# pointer to the rest of a story printed in part elsewhere ("Read the rest of the story at The
# Post.") and a newsletter's greeting ("Welcome to ..., a weekly digest of ...") (reading23c), and
# a podcast's plug, in brackets or not ("(Subscribe to the Weekly Cast on iTunes ...)": summary23).
call_to_action = lazy_pattern(
    r"""^\(?(?:please\s+)?(?:
                (?:click|tap)\s+here\b
                |sign\s+up\s+(?:for|to)\s+(?:our|the)\b.{0,60}?\b(?:newsletter|e-?mail|alerts?|updates)\b
                |(?:sign\s+up|register)\s+(?:now|today|here|for\s+free|free)\b
                |(?:sign\s+up|register)\s+to\s+(?:receive|get)\b|don'?t\s+miss\s+out\b
                |let\s+us\s+know\b.{0,80}?\bcomments?(?:\s+section)?\s+below\b
                |to\s+join\s+the\s+(?:conversation|discussion)\b
                |(?:you\s+need|this\s+(?:content|video)\s+requires)\s+(?:the\s+)?(?:adobe\s+)?flash\b
                |subscribe\s+to\s+(?:our|the)\b.{0,40}?\b(?:newsletter|channel|podcast|e-?mail)\b
                |subscribe\s+to\b.{0,60}?\bon\s+(?:itunes|apple\s+podcasts|spotify|soundcloud|stitcher)\b
                |(?:follow|like)\s+us\s+on\b|download\s+(?:our|the)\s+(?:free\s+)?app\b
                |read\s+the\s+(?:rest\s+of\s+the|full)\s+(?:story|article|column|piece)\s+(?:at|on|in)\b
                |welcome\s+to\b[^.!?]{0,80}?,\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,3}?
                    (?:digest|newsletter|round-?up|briefing)\b
                |follow\s+(?:[\w.'’-]+\s+){1,4}?on\s+(?:twitter|instagram|threads)\s*(?:at\s+)?@\w
                |klicken\s+sie\s+hier\b|cliquez\s+ici\b|haga\s+clic\s+aquí\b|clicca\s+qui\b
                |нажмите\s+здесь\b|abonnieren\s+sie\s+unseren\s+newsletter\b
                |(?:click|tap)\s+(?:on\s+)?(?:the\s+)?(?:photo|image|picture)\s+to\s+enlarge
                |our\s+live\s+coverage\s+(?:has\s+ended|is\s+over)\b
                |(?:you\s+can\s+)?scroll\s+(?:down\s+)?(?:through|for)\s+.{0,40}?\b(?:posts|updates)\b
                |(?:warning|spoiler\s+alert)\s*:?\s+this\s+(?:article|story|post)\s+contains\s+spoilers\b
                |(?:watch|listen\s+to|check\s+out|take\s+a\s+look\s+at|see)\b[^.!?]{0,100}?
                    \b(?:above|below)(?=\s*(?:[,.!?:;]|and\b|$))
            )""",
    re.IGNORECASE | re.VERBOSE,
)


# A line in capitals that sends the reader elsewhere: "WATCH ANN LEE'S AUDITION", "GO TO HER BIO
# PAGE", "CLICK FOR MORE PHOTOS" (`furniture.is_shouted_call` checks it is all capitals).
shouted_call = lazy_pattern(
    r"^(?:CLICK|TAP|WATCH|VIEW|GO\s+TO|CHECK\s+OUT|VISIT|LISTEN\s+TO|SIGN\s+UP|FIND\s+OUT\s+MORE"
    r"|LEARN\s+MORE|MORE\s+ON|SEE\s+(?:MORE|ALL|THE\s+(?:VIDEO|PHOTOS|GALLERY))"
    r"|READ\s+(?:MORE|THE\s+FULL))\b"
)


# A call closing a sentence: after a comma or dash, or "click here to read more" with none.
trailing_call = lazy_pattern(
    r"\s*[,;–—-]\s*(?:click|tap)\s+here\b[^.!?]*"
    r"|\s+(?:click|tap)\s+here\s+(?:to\s+(?:read|find\s+out|learn|see)\s+|for\s+)?more\b"
    r"[^.!?]*",
    re.IGNORECASE,
)


sentence_gap = lazy_pattern(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z0-9])")


# A product box's fields: "Tested by:", "RRP:", "More info:", a phone number; a review's info
# box has the same shape ("Rating: 2 out of 5 stars. Rated: 12A. Length: 1:47.").
PRODUCT_FIELD = re.compile(
    r"""(?:^|\s|\|)(?:tested\s+by|reviewed\s+by|rrp|msrp|price|prices?\s+from|more\s+info(?:rmation)?
    |manufacturer|distributor|available\s+from|where\s+to\s+buy|contact|tel|phone|web(?:site)?
    |preis|hersteller|vertrieb|prix
    |rating|rated|starring|stars|running\s+time|length|directed\s+by|director|cast|genre)\s*:""",
    re.IGNORECASE | re.VERBOSE,
)


phone = lazy_pattern(r"\+\d{1,3}\s*(?:\(0\)\s*)?\d[\d\s/-]{5,}\d")


# A section's or blog's blurb between paragraphs: a list of what the section offers, then whose
# or on what, with no verb ("Interviews, insight and analysis from The Herald on ...", "News
# and commentary about ..."). Two offerings at least: one alone may open a real sentence.
_OFFERING = (
    r"(?:(?:the\s+)?latest\s+)?(?:news|interviews?|insights?|analysis|analyses|commentary"
    r"|opinions?|coverage|reviews?|updates?|stories|photos|videos|features|reporting|blogs?"
    r"|tips|advice|ideas|discussions?|debate|scores|results|highlights|previews?|reports?)"
)


section_blurb = lazy_pattern(
    rf"^{_OFFERING}(?:\s*(?:,|\band\b|&|\+)\s*{_OFFERING}){{1,5}},?\s+"
    r"(?:from|on|about|for|of|by|covering)\b[^.!?]*[.!?]?$",
    re.IGNORECASE,
)


# Script or markup that leaked into the text. An HTML comment is cut out of its paragraph (a
# paragraph may go on after it); a unit with a script's statement is code ("var id = 7;",
# "document.write(", "function show(url) {"). A unit dense in braces and semicolons is caught
# by `furniture.is_code`'s count.
html_comment = lazy_pattern(r"\s*<!--.*?(?:-->|$)", re.DOTALL)


script_statement = lazy_pattern(
    r"\bdocument\.write(?:ln)?\(|\bvar\s+[\w$]+\s*=|\bfunction\s*[\w$]*\s*\([^)]*\)\s*\{"
    r"|\bwindow\.\w+\s*[(=]"
)


# A reader-support appeal opening the page's closing block: "... we have a small favour to
# ask", "Please consider supporting our journalism", "Become a member of ...", "Unsere Arbeit
# ist nur mit Ihrer Unterstützung möglich". Searched in a unit's first sentence or so.
support_appeal = lazy_pattern(
    r"""we\s+have\s+a\s+(?:small\s+)?favou?r\s+to\s+ask
            |(?:please\s+)?(?:consider\s+)?support(?:ing)?\s+(?:our|independent|quality|local)
                \s+(?:independent\s+|local\s+)?(?:journalism|reporting|newsroom)
            |(?:become|becoming)\s+a\s+(?:paying\s+)?(?:member|supporter|patron|subscriber)\s+(?:of|to|today)\b
            |if\s+you\s+(?:value|like|enjoy|appreciate)\s+(?:this\s+(?:article|story|journalism)|our\s+(?:journalism|work|reporting)|what\s+we\s+do)
            |(?:make|making)\s+a\s+(?:small\s+)?(?:contribution|donation)\s+to\s+(?:our|the|us)\b
            |(?:our|this)\s+journalism\s+(?:is\s+made\s+possible\s+by|relies\s+on|depends\s+on)\s+(?:readers|you|your)
            |unterstützen\s+sie\s+(?:unseren|unabhängigen)\s+journalismus|soutenez\s+(?:notre|le)\s+journalisme""",
    re.IGNORECASE | re.VERBOSE,
)


# Labels that open teaser lines, not items of an article's own list ("Watch: ...", "Opinion:").
TEASER_LABELS = frozenset(
    (
        "watch",
        "video",
        "videos",
        "opinion",
        "analysis",
        "read",
        "more",
        "photos",
        "photo",
        "gallery",
        "live",
        "listen",
        "podcast",
        "related",
        "sponsored",
        "updated",
        "breaking",
        "exclusive",
        "explainer",
        "quiz",
        "poll",
    )
)


# An item of a list of names: "Harbour Trust: meals for ...", "Ann Lee (Ports): chair of ...".
list_label = lazy_pattern(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.()-]+){0,4}\s*:\s+\S")


# Between a headline and the site's or section's name in a page's <title>: "Storm hits coast -
# The Gazette", "Storm hits coast | News", "The Gazette :: Storm hits coast", "Storm hits coast
# _ The Gazette". A colon with no
# space before it ("Storm: what we know") and an em dash ("Storm Hits — It's Over") belong to
# the headline.
TITLE_SEPARATOR = re.compile(r"\s+(?:[-–|»:]|::|--)\s+|\s*\|\s*|\s*_+\s*")  # also "Storm_Gazette"
# A site's domain before or after the headline: "gazette.example -- Storm hits coast",
# "gazette.example: Storm hits coast", "Storm hits coast | www.gazette.example".
TITLE_DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+\s*(?:--|::|[-–|:»])\s+(?=\S)"
    r"|\s+(?:--|::|[-–|»])\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$",
    re.IGNORECASE,
)

# Small words a site's or section's name may hold in lower case ("News & Gossip", "Voice of
# the Valley", "Le Monde de la Musique"); every other word of a name is capitalised.
NAME_JOINERS = frozenset(("&", "and", "of", "the", "for", "in", "on", "de", "la", "du", "des"))


# A newspaper's correction notice, a paragraph under the story (summary23: NYT notices closed
# summaries): "Correction: An earlier version of this article misstated ...", "An article on
# Thursday about ... misstated ...", "Because of an editing error, an article on April 25 about
# ... misidentified ...", and the dated line over one ("Correction: October 2, 2016, Sunday.").
_FIXED = (
    r"mis(?:stated|identified|spelled|attributed|quoted|reported|named|characterized)"
    r"|incorrectly|erroneously|wrongly|omitted"
)
_PIECE = (
    r"(?:article|story|post|picture\s+caption|caption|headline|graphic|chart|map|review|column)"
)
correction_notice = lazy_pattern(
    rf"^(?:corrections?:\s*(?:[a-z]+day,\s+)?{_MONTH}\s+\d{{1,2}},\s+\d{{4}}(?:,\s+[a-z]+day)?\.?$"
    r"|(?:this\s+(?:article|story|post)\s+(?:has\s+been|was)\s+(?:revised|updated|corrected)\s+to"
    r"\s+reflect\s+the\s+following\s+corrections?:\s*)?(?:corrections?:\s*)?"
    r"(?:because\s+of\s+an?\s+(?:editing|reporting|production)\s+error,\s*)?"
    rf"(?:an?\s+earlier\s+version\s+of\s+(?:this|an?|the)\s+{_PIECE}"
    rf"|an?\s+{_PIECE}\s+(?:in\s+some\s+editions\s+)?(?:on\s+(?:[a-z]+day|{_MONTH}\s+\d{{1,2}})"
    rf"|in\s+some\s+editions)\b[^\n]{{0,300}}?\babout)\b[^\n]{{0,400}}?\b(?:{_FIXED})\b)",
    re.IGNORECASE,
)


# A radio or TV show's air time under a story that quotes it: "Breitbart News Daily airs on
# SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern." (summary23: it ended a
# summary). The whole paragraph, and a short one.
air_time_plug = lazy_pattern(
    r"^(?:[\w.'’&-]+\s+){1,6}?airs\s+(?:live\s+)?(?:on|weekdays|weeknights|weekends|every|daily"
    r"|at|from|mondays?|sundays?)\b[^\n]{0,120}?\b\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)\b[^\n]{0,80}$",
    re.IGNORECASE,
)
