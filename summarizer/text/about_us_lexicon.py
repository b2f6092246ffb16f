"""A site's, a company's or an author's self-description closing a page (data only; `about_us`
reads them): "About Acme Corp." over "Acme Corp. (NYSE: ACM) is a leading ...", "About the
author", "Founded in 1998, Acme serves more than 2 million customers ...".
"""

from __future__ import annotations

import re

# The heading of such a block, on a line of its own: "About Acme Corp.", "About us", "About the
# author", "Über Acme" (German press releases). `what` is whom it is about.
ABOUT_HEADING = re.compile(
    r"^(?:about|über|a\s+propos\s+de|à\s+propos\s+de)\s+(?P<what>\S.{0,79}?)\s*:?$",
    re.IGNORECASE,
)
# Whom an "About ..." heading may name with no name: the page's authors, the site, the company.
# ("About this story", "About the study" head a story's own notes: not here.)
GENERIC_ABOUT = re.compile(
    r"""(?:the\s+)?(?:authors?|writers?|reporters?|contributors?|columnists?|photographers?
    |illustrators?|artists?)
    |us|(?:this|the|our)\s+(?:site|blog|website|newsletter|podcast|company|publisher|magazine
    |network|organi[sz]ation|foundation|charity)""",
    re.IGNORECASE | re.VERBOSE,
)
# A heading glued to its block: "About Acme Corp. Acme Corp. is a ...", "About the author: Jo
# Lee writes ...".
GLUED_HEADING = re.compile(
    r"^(?:About|ABOUT)\s+(?:(?P<name>[A-Z][^.:]{1,60}?\.?)\s+(?P=name)(?!\w)"
    r"|(?:[Tt]he\s+)?[Aa]uthors?\s*:?\s+(?=[A-Z]))"
)
# How a self-description opens: "Acme Corp. (NYSE: ACM) is a ...", "Acme, founded in 1998,
# is ...", "Founded in 1998, Acme ...", "Since 1998, Acme has ...".
_EXCHANGE = r"(?:NYSE|NASDAQ|Nasdaq|LSE|AMEX|TSX|TSX-V|ASX|OTC\w*|FTSE|Euronext|XETRA|AIM)"
TICKER = re.compile(rf"\(\s*{_EXCHANGE}\s*:\s*[A-Z.]{{1,6}}\s*\)")
SELF_DESCRIPTION = re.compile(
    rf"""^(?!(?:It|Its|This|That|These|Those|He|She|They|We|I|You|There|Here|What|Which|Who|The)
    \b)(?P<name>[A-Z0-9][^\s,(]*(?:\s+[A-Z0-9&][^\s,(]*){{0,6}})
    (?:\s*\(\s*{_EXCHANGE}\s*:\s*[A-Z.]{{1,6}}\s*\))?
    (?:,\s*(?:founded|established|based|headquartered)\s+in\s+[^,]{{2,40}},)?
    ,?\s+(?:is|are|has\s+been)\s+(?:a|an|the|one\s+of)\b""",
    re.VERBOSE,
)
FOUNDED = re.compile(
    r"^(?:(?:founded|established|formed|launched|started)\s+in\s+(?:\w+\s+)?\d{4}"
    r"|since\s+(?:its\s+(?:founding|launch|inception)\s+in\s+)?\d{4}),\s+[A-Z]",
    re.IGNORECASE,
)
# What a company writes of itself and a reporter does not: a claim to lead, an invitation to its
# website.
BOILERPLATE_MARK = re.compile(
    r"""\b(?:(?:leading|premier|foremost|award-winning|fastest-growing|largest)\s+(?:[\w-]+\s+){0,4}
    (?:provider|supplier|maker|manufacturer|developer|publisher|company|firm|brand|retailer
    |operator|platform|network|distributor|producer|source|destination|group|bank|insurer)s?\b
    |privately[\s-]held|publicly[\s-]traded|for\s+more\s+information|visit\s+(?:us\s+at\s+)?
    (?:www\.|https?://|[\w-]+\.(?:com|org|net|co\.uk))|www\.[\w-]+\.|https?://)""",
    re.IGNORECASE | re.VERBOSE,
)
