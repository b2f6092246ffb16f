"""A review's credits: the fields a film, show, book or album review lists before its text
(data only; `credits` reads them).

"Directed by Ann Lee. Written by Bo Chan. Starring Cy Dunn, Di Eve. Rated PG-13. 112 minutes."
or, with no full stops, "Director: Ann Lee Cast: Cy Dunn, Di Eve". A field is a label and its
value: names (`NAME_LABEL`), a rating (`RATING`), a running time (`RUNTIME`), a star rating
(`STARS`) or a short free value (`OTHER_LABEL`). English only: reviews in other languages that
we have seen print their credits in a box of its own, which `furniture` drops.
"""

from __future__ import annotations

import re

_ROLE = r"(?:written|directed|produced|created|narrated|adapted|edited|photographed|developed)"
# A label whose value is a list of names: "Directed by", "Written and directed by",
# "Screenplay by", "Starring", "Cast:", "Director:".
NAME_LABEL = re.compile(
    rf"""(?:{_ROLE}(?:\s*(?:,|and|&)\s*{_ROLE})*|screenplay|music|story|score|cinematography
    |script|lyrics|book|illustrations|original\s+music)\s+by\b\s*:?
    |(?:also\s+)?starring\b\s*:?
    |(?:cast(?:\s+list)?|stars|featuring|directors?|writers?|screenwriters?|screenplay
    |producers?|executive\s+producers?|composer|music|cinematographer|editor|authors?|creators?
    |voices|voice\s+cast|narrator|artist|band|with)\s*:""",
    re.IGNORECASE | re.VERBOSE,
)
# "Rated PG-13", "Rated: R", "MPAA rating: PG-13", "Certificate: 12A", "(PG-13)"; a reason
# after it ("for some violence and language") is read on by `credits`.
RATING = re.compile(
    r"""(?:rated|mpaa\s+rating|mpaa|certificate|cert\.?|classification|rating)\s*:?\s*
    (?:G|PG|PG-13|R|NC-17|NR|U|12A|12|15|18|TV-(?:Y7|Y|G|PG|14|MA)|unrated|not\s+rated)
    (?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
# "112 minutes", "1 hr. 52 min.", "1 hour, 52 minutes", "Running time: 1:52", "Length: 112 min".
RUNTIME = re.compile(
    r"""(?:(?:running\s+time|run\s*time|length|duration)\s*:?\s*)?
    (?:\d{2,3}\s*(?:minutes|mins?\b\.?)
    |\d\s*(?:hours?|hrs?\b\.?|h)(?:\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:minutes|mins?\b\.?|m\b))?)
    |(?:running\s+time|run\s*time|runtime|length|duration)\s*:?\s*\d:\d\d""",
    re.IGNORECASE | re.VERBOSE,
)
# "3 1/2 out of 4 stars", "Rating: three stars", "★★★½", "Grade: B+".
STARS = re.compile(
    r"""(?:(?:rating|our\s+rating|verdict)\s*:\s*)?
    (?:(?:\d(?:\.\d)?(?:\s+1/2|½)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?
    \s+(?:out\s+of\s+(?:\d|four|five)\s+)?stars?\b
    |[★☆✩✪✫✬✭✮✯✰]+½?)
    |grade\s*:\s*[A-F][+-]?(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# A field with a short value of any words: "Genre: Drama", "Language: French with subtitles".
OTHER_LABEL = re.compile(
    r"""(?:genre|country|language|year|release\s+date|released|opens|opening|studio|distributor
    |label|publisher|network|channel|in\s+(?:theaters
    |theatres|cinemas)|where|when|price|pages|isbn|format|platforms?|developer|running\s+time
    |runtime|length)\s*:""",
    re.IGNORECASE | re.VERBOSE,
)
# A rating in brackets, maybe with the running time: "(PG-13)", "(R, 112 minutes)".
RATING_BRACKETS = re.compile(
    r"\((?:rated\s+)?(?:G|PG|PG-13|R|NC-17|NR|12A|15|18)(?:\s*,\s*\d{2,3}\s*(?:minutes|mins?\.?))?\)"
)
# What may stand between fields: a separator or a full stop.
GAP = re.compile(r"[\s|·•;,/.–—-]*")
# A film's title in capitals or quotation marks before its credits: "THE DIVING BELL Rating:".
TITLE_BEFORE = re.compile(
    r"""(?:[A-Z0-9][A-Z0-9'’:&,!?.-]*\s+){1,12}(?=[A-Z][a-z])
    |[\"“‘'][^\"”’'\n]{1,80}[\"”’']\s*""",
    re.VERBOSE,
)

# Lower-case words a name may hold ("Ana de la Cruz") or a list of names may join on ("Jo Day and
# Al Ray").
_PARTICLES = "de la le du da di dos das del della van von der den ter ten bin al el y and & e"
NAME_PARTICLES = frozenset(_PARTICLES.split())
# Words a full stop after does not end a name with ("Cy Dunn Jr.").
_ABBREVIATIONS = "Jr Sr Dr Mr Mrs Ms St Mt"
NAME_ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
# Capitalised words that open a sentence and are nobody's name: the review starts there
# ("... Shreyas Talpade The movie is about ...").
_OPENERS = """The A An This That These Those It Its In On At As If When While After Before For From
    Without But And Or So Yet There Here He She They We I You His Her Their Our My Your What Who
    Why How Where Once Some Most Few Many Every Each Nothing Not No Set Based Like Unlike Although
    Though Since Despite Even Just Only Still Now Then Over Under To Of Is Was Are Were Do Does
    Did Can Could Will Would Should Imagine Think Picture Forget"""
SENTENCE_OPENERS = frozenset(_OPENERS.split())
