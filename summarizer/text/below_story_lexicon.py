"""What sits under a story and is no part of it (data only; `below_story` uses them).

A comment thread prints, for each comment, a user name, an age ("3 hours ago") and a row of
actions ("Reply | Report", "Like · Reply", "12 votes"); a photo gallery of other items prints a
counter on each slide ("Photo 3 of 12", "3/12"). The story prints none.
"""

from __future__ import annotations

import re

# A comment's age: "3 hours ago", "5 mins ago", "a day ago".
_AGE = (
    r"(?:\d{1,3}|an?)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
    r"|years?)\s+ago"
)
COMMENT_AGE = re.compile(rf"\b{_AGE}\b", re.IGNORECASE)
# A comment's row of actions ending the comment or standing alone: "Reply", "Reply Report",
# "Reply | Report abuse | 12 likes", "Like · Reply · 3". Two actions, or one with a count.
_ACTION = (
    r"(?:reply|report(?:\s+(?:abuse|this(?:\s+comment)?))?|flag(?:\s+as\s+inappropriate)?|like"
    r"|recommend|share|permalink|vote\s+up|vote\s+down|\d{1,5}\s+(?:likes?|votes?|points?|replies))"
)
ACTION_ROW = re.compile(
    rf"(?:^|\s){_ACTION}(?:\s*[|·•/]?\s*{_ACTION}|\s*[|·•]?\s*\d{{1,5}})+\W*$|^\W*reply\W*$",
    re.IGNORECASE,
)
# The heading of a comment thread or of a featured readers' comment: "3 comments", "Comments
# (3)", "Reader comments", "Your Say", "Have your say", "Leave a comment".
COMMENTS_HEADING = re.compile(
    r"^(?:\d{1,5}\s+(?:comments?|responses?|replies)|(?:reader'?s?'?|your|user|latest|top"
    r"|featured|recent)\s+comments?(?:\s*\(\d+\))?|comments?\s*\(\d+\)|comments?|your\s+say"
    r"|have\s+your\s+say|leave\s+a\s+(?:comment|reply)|add\s+(?:a|your)\s+comment"
    r"|post\s+a\s+comment|join\s+the\s+(?:discussion|conversation))\W*$",
    re.IGNORECASE,
)

# A gallery slide's counter: "Photo 3 of 12", "Slide 3/12", "3 of 12", "3/12 The terrace ...".
SLIDE_COUNTER = re.compile(
    r"(?:^|\b(?:photo|image|picture|slide|pic)\s+)(?P<at>\d{1,3})\s*(?:of|/)\s*(?P<of>\d{1,3})\b",
    re.IGNORECASE,
)

# A featured readers' comment boxed above the story, under a comments heading ("Your Say"):
# the comment in quotation marks and the user's handle, one word ('"About time ..." -
# harbourfan22'), maybe glued to the story's first sentence.
FEATURED_HEADING = re.compile(
    r"^(?:(?:have\s+)?your\s+say|(?:featured|top|best|reader'?s?'?|editor'?s?'?\s+pick)"
    r"\s+comments?|comment\s+of\s+the\s+day|what\s+(?:you|readers)\s+(?:say|said))\W*$",
    re.IGNORECASE,
)
FEATURED_QUOTE = re.compile(
    r"^[\"“](?P<quote>[^\"“”]{10,600})[\"”]\s*(?:[-–—]\s*)?(?P<name>[\w.'’@-]+)(?:\s+(?=[A-Z\"“])|$)"
)
