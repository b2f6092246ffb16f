"""Words and marks that keep a quotation's end mark from ending the sentence around it (data only;
the rules are in `summarizer.text.tokenize_runs_on`).

A question or an exclamation quoted inside a sentence carries its own "?" or "!", and the
sentence goes on after the closing mark: with a cue ('"All the way!" Dawson shouted, ...'), a
dash ('"... for you!" — the balloons ...') or a bracket ('"Liar!" (a chant) ...'). Cut there, a
summary shows the rest as a sentence that starts mid-way (reading23c, summary23).
"""

from __future__ import annotations

# Speech verbs after a speaker's name that follows a quoted question or exclamation ('?" Trump
# asked'). English only: other languages' news put a comma after the mark or invert the cue
# ("fragte Merkel", "a-t-il dit"), which never opens with a capital; read in every language,
# since the figures' and the quotes' callers pass none.
CUE_VERBS = (
    "said says asked asks shouted shouts yelled yells told tells added adds replied replies "
    "wrote writes cried cries exclaimed exclaims screamed screams chanted chant chants "
    "declared declares insisted insists tweeted tweets responded responds answered answers "
    "joked jokes quipped quips demanded demands wondered wonders continued continues "
    "recalled recalls warned warns shot fired interjected retorted bellowed roared"
)
# Capitalised words that open a new sentence after a quoted question, although a cue follows:
# the answer's speaker ('"... a good idea?" He answered, "..."').
NOT_NAMES = "He She They We I It You This That There Then"
# Words a name may hold before the cue ("Sen. Ted Cruz asked", "Mr. de Blasio said").
MAX_NAME_WORDS = 4
# Dashes that carry a sentence on after an end mark ('right? — and ...', 'p.m. - will air'); a
# hyphen after a question only before a lower-case word: "A HEADING? - A paragraph" is two.
DASHES = "-–—"
LONG_DASHES = ("—", "–", "--")
# The marks that end a sentence in scripts that write a space after it.
END_MARKS = ".!?…"
# How far a quotation opened inside a sentence may run on before its closing mark.
MAX_QUOTE_CHARS = 600
