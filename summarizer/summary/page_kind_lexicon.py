"""Patterns that tell a numbered list from news (data only; English).

Read by `summary.page_kind` (which kind a page is). Each cue was chosen to fire on none of the
250 CNN/DM and 2,225 BBC News Summary articles.
"""

from __future__ import annotations

# How a numbered item opens its paragraph: "1.", "2)", "#3", "No. 4:", "5:" (never "8.45am").
ITEM_MARK = r"^\s*(?:#\s*|no\.\s*|number\s+)?(\d{1,2})\s*[.):](?!\d)\s*(?=\S)"
# A title that promises a list: "5 Things To Know", "The Top Five ...", "13 Reasons Why".
_COUNT_WORDS = "three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
LIST_TITLE = (
    rf"(?:^|[:\-–—]\s*|\btop\s+)(?:the\s+)?(?:\d{{1,2}}|{_COUNT_WORDS})\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:things|ways|reasons|tips|facts|questions|lessons|takeaways|moments"
    r"|songs|films|movies|books|albums|games|players|places|ideas|signs|rules|steps|winners"
    r"|picks|stars|shows|episodes|mistakes|secrets|myths|best|biggest|most)\b"
)
