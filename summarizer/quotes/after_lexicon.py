"""The shapes of a cue after a quote's closing mark (data only; `after` and `after_name_first`
read them): the verb-first, "according to", "quoted as", document and French inverted cues, a
name in apposition, and the marks that tell the reporter's next sentence from the quote's cue.

Apart from their logic, as the other lexicons are: a new cue shape is a change here, and the
word lists they are built from are `cue_words`', `name_lexicon`'s and `speakers`'.
"""

from __future__ import annotations

import re

from summarizer.quotes.cue_words import CONTRAST_OPENERS, TAIL_WORDS
from summarizer.quotes.cues import CUE_GAP
from summarizer.quotes.name_lexicon import NAME_PARTICLES
from summarizer.quotes.speakers import ACCORDING
from summarizer.text.lexicon import UPPER

# A capitalised article after "?" or "!" opens a new sentence ('“Any deal-makers here?” The
# crowd laughed.'); a cue's description after a question is in lower case ('?” the coach said').
NEW_THE = frozenset({"The", "A", "An"})
# A comma or colon, then an opening mark, right after a cue's verb: the cue leads into the next
# quote ('“...done.” He added, “...”'), one adverb may come between ('Ray wrote back, “').
OPENS_NEXT = re.compile(r"\s*[,:]\s*[\"“«„‘]")
ADVERB_OPENS_NEXT = re.compile(r"[ \t]+[a-z]+\s*[,:]\s*[\"“«„‘]")
COLON_NEXT = re.compile(r"\s*:\s*[\"“«„‘]")  # '?" Lee said: "Yes."': Lee's words come next
# The same after a short tail of time, place or audience ('." Jo Lee said on Saturday: "The ...',
# '." Lee told the BBC: "..."'): the colon still leads into the named person's own words, so
# the quote before is not theirs (reading24d, BBC train: a centre manager's words went to the
# director named in the next sentence).
COLON_TAIL_NEXT = re.compile(r"(?:[ \t]+[\w'’-]+){1,4}?[ \t]*:\s*[\"“«„‘]")
# The same with the straight single mark of British pages ("' Jo Lee, ..., said: 'The ..."), read
# after a name only: after "she added:" the quote before is hers as often as not.
COLON_NEXT_SINGLE = re.compile(r"\s*:\s*'")
# What may follow a cue's verb when the cue is a sentence of its own after a whole quoted
# sentence ('"We won." Lee said.', '... said on Monday.'): its end, or a time or place.
CUE_SENTENCE_END = re.compile(r"(?:[.!?;]|\s(?:" + "|".join(TAIL_WORDS) + r"|\w+day)\b|\s*$)", re.I)
CAPITAL_NEXT = re.compile(r"\s[" + UPPER + "]")
# A sentence after a whole quoted sentence that opens by turning to another side: a new
# sentence about someone else, never the quote's cue.
CONTRAST_NEXT = re.compile(r"[ \t]*(?:(?:" + "|".join(CONTRAST_OPENERS) + r"),|But\s)")
# A short quoted title in a cue: capitalised words with no sentence mark, then a word in lower
# case that it describes ("host", "star", "creator").
QUOTED_TITLE = re.compile(
    r"[“\"](?=[" + UPPER + r"])[^\s“”\".,!?;:]+(?:\s[^\s“”\".,!?;:]+){0,5}[”\"](?=\s+[a-z])"
)
# A closing double mark typed as two apostrophes ('...,’’ said Lee').
TWO_APOSTROPHES = ("’’", "''")
# What ends the words inside a quote when a cue follows the mark ('...,” Lee said').
END_PUNCT = ",.!?…—–-:;"
# French inverted cues: '», dit-il', '», a-t-elle ajouté'.
POST_INVERTED = re.compile(
    CUE_GAP + r"(?:a-t-(?P<p2>il|elle)\s+(?P<verb2>[^\W\d_]+)|"
    r"(?P<verb>[^\W\d_]+)-(?:t-)?(?P<p>il|elle))\b"
)
# A verb-first cue whose subject is a document: "read" is no speech verb but here
# ('," read a letter from ...', `documents`).
DOCUMENT_VERB = re.compile(CUE_GAP + r"(?P<verb>read|reads|said|says|stated|states)[ \t]+")
# '," according to X'.
POST_ACCORDING = re.compile(CUE_GAP + ACCORDING + r"\s+(?P<rest>[^\n]{1,160})", re.I)
# A name in apposition after a description, ending its clause: ", Ana Ruiz." / ", Jo de Vos," /
# with a job word before it: ", actress Jo Lee."
NAME_WORD = r"[" + UPPER + r"][\w’'\-]+"
APPOSITIVE_NAME = re.compile(
    r",[ \t]+(?:[a-z][a-z\-]+[ \t]+)?(?P<name>"
    + NAME_WORD
    + r"(?:[ \t]+(?:"
    + NAME_WORD
    + "|"
    + "|".join(NAME_PARTICLES)
    + r")){1,3})(?=[.,;]|[ \t]*$)"
)
# Lower-case words after a firm's name, one of them a job word, before a comma: '," said Acme
# finance director, Jo Lee.', '," said BA head of route planning, Jo Lee.' (the job's holder,
# named next, speaks; not the firm).
ORG_JOB = re.compile(r"(?P<job>(?:[ \t]+[a-z][a-z\-]+){1,4})(?=,)")
# A description's name given after it: "one member, who identified himself only as Rami".
IDENTIFIED_AS = re.compile(
    r",?[ \t]+who[ \t]+(?:would[ \t]+)?(?:only[ \t]+)?(?:identif(?:y|ied)|gave)\b[^.,;:\n]{0,30}?"
    r"[ \t]as[ \t]+(?P<name>" + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r"){0,2})(?=[.,;]|[ \t]*$)"
)
# A passive cue: '," Jo Lee was quoted as saying by the Post', '," Lee is reported to have
# replied'; and '," officials quoted Jo Lee as saying'.
QUOTED_AS = re.compile(
    CUE_GAP + r"(?P<who>[^.!?;:\"“”«»„\n]{1,80}?)\s+(?:was|is|were|has\s+been|had\s+been)\s+"
    r"(?P<verb>(?:quoted|cited)\s+as\s+(?:saying|telling)|reported\s+to\s+have\s+"
    r"(?:said|replied|told|added|stated))\b"
)
QUOTED_NAME_AS = re.compile(
    CUE_GAP
    + r"[^.!?;:\"“”«»„\n]{0,60}?\b(?P<verb>quoted)\s+(?P<who>(?:["
    + UPPER
    + r"][\w’'.\-]*\s+)"
    r"{1,4})as\s+(?:saying|telling)\b"
)
# '," the Post quoted an aide to the mayor as saying': someone described, after an indefinite
# or definite article, whose words the outlet relays (session 18, bbc_train12 dev, read).
QUOTED_DESCRIBED_AS = re.compile(
    CUE_GAP + r"[^.!?;:\"“”«»„\n]{0,60}?\b(?P<verb>quoted)\s+(?P<who>(?:an?|one|the)\s+"
    r"[^.!?;:,\"“”«»„\n]{1,60}?)\s+as\s+(?:saying|telling)\b"
)
# Necessary for `post_name_first`: its verb follows whitespace and comes before the first mark
# its subject cannot cross. The search is cheap; the full pattern fails slowly (lazy subject).
NAME_STOP = re.compile(r"[.!?;:\"“”«»„]")
# The reporter's words that finish the quote's sentence ('"..." if she lost, said Jo Lee.'):
# lower case after the mark, up to the sentence's end; a cue may sit after one of its commas.
TAIL_CLAUSE = re.compile(r"[ \t]+[a-z][^.!?;:\"“”«»„\n]{0,200}")
TAIL_COMMA = re.compile(r",[ \t]")
# What stands right before a quote that opens its own sentence (or its line).
SENTENCE_START = '\n.!?:"”’»'
# What may follow a name-first cue's verb: a mark, or a time or place ('," Lee said in May').
TAIL_OK = re.compile(
    r"(?:[.,;:!?]|\s(?:" + "|".join(TAIL_WORDS) + r"|\w+day)|$)",
    re.I,
)

# An aside between commas after a subject: a relative clause ("Lee, who had three nominations
# before,") or a description in apposition ("Lee, the club's scout,"). Either marks a subject
# the reporter introduces anew, so with a long report after its verb the sentence is
# narration, not a cue (the appositive form added in session 18 on bbc_train12 dev, read:
# '"...." Lee, the union's manager, claimed Ray made three errors' took the last speaker's quote).
ASIDE = re.compile(r",\s+(?:who|whose|which|the|a|an|his|her|its|their)\s")
# The rest of a sentence after a verb, up to its first mark.
SENTENCE_REST = re.compile(r"[^.!?;:\"“”«»„\n]*")
# After an answer verb: a "that" clause ('Lee replied that it was not so'), or a tail of
# audience, place and time ('Lee replied to the crowd').
THAT_CLAUSE = re.compile(r"[ \t]+that[ \t]")
PREP_TAIL = re.compile(r"[ \t]+(?:to|with|in|on|at|by|during|after|before|when|as)\b")
# A word right before the comma or colon that leads into a quote ('Lee replied to Ray with, "').
LEAD_WORD = re.compile(r"[^\W\d_]{2,}$")
