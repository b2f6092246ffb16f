"""Which attribution paths are sure enough to put a name on what the bot shows.

`FoundQuote.how` is "attribution/resolution". A quote is credited surely when the cue sits
right next to it and names the person ('," Lee said', '," said Jo Lee', 'Lee said: "'): on the
real pages nobody tuned on (`python -m bench.quote_paths`, round-4 dev) and on PolNeAR train
those paths name the wrong person about once in 70. Every other path (a pronoun or a
description resolved through the narration, the previous speaker going on, a speaker taken
from the sentence before or after, a colon paragraph) is right less often, and `key_quotes`
shows such quotes only after the sure ones.
"""

from __future__ import annotations

# Cues next to the quote that carry the speaker's name ("after:name-first", ...), ending at
# "/" or "+" (the "+appositive" and "+after-pronoun" variants name a person too).
SURE_CUES = (
    "after:name-first",
    "after:verb-first",
    "after:according",
    "after:quoted-as",
    "before:name-verb",
    "before:clause-subject",
    "before:colon-subject",
    "before:participle",
    "before:according",
    "split-follow",
)
SURE_RESOLUTION = "name"  # the cue's words are the person's name, not a pronoun or description
SHARED = ":shared"  # added to a path whose bare surname was told apart (`credit.speaker_of`)


def sure(how: str) -> bool:
    """Whether `how` is a path whose speaker is seldom wrong: a name in a cue next to the
    quote."""
    cue, _, resolution = how.partition("/")
    # "name:shared": a surname two people bear, told apart (`shared_speaker`): still named
    resolution = resolution.removesuffix(SHARED)
    return resolution == SURE_RESOLUTION and cue.split("+")[0] in SURE_CUES
