"""What `lost_chars` reads around a run of "?" that stands for a lost character (data only).

The marks are those a page's lost quote marks and dashes stood next to; the suffixes those of
English contractions and possessives, the one place a lost character sits between two letters
of a word that could be nothing but an apostrophe ("can???t", "Lacy?s").
"""

from __future__ import annotations

import re

# After the mark the run stands for: a contraction's or possessive's end ("n't", "'s", "'ll").
CONTRACTION_TAIL = re.compile(r"(?:s|t|m|d|ll|re|ve)(?![^\W_]|[=&/%#])", re.IGNORECASE)
# Where the text proves one "?" per lost character: "doesn?t", "Lacy?s", "I?m". A web
# address's "?s=", "?t=" or "?d/" is no proof. The "?" comes first, the letter before it in a
# look-behind: a pattern that opens with a literal is searched for as fast as str.find.
ONE_MARK_PROOF = re.compile(
    r"\?(?:(?<=n\?)t|(?<=[^\W\d_]\?)(?:s|m|d|ll|re|ve))(?![^\W_]|[=&/%#?])", re.IGNORECASE
)
# Three marks between two letters of a word, "can???t", or around a phrase on one line, "the
# ???car passing by??? effect" (searched for as `ONE_MARK_PROOF`).
THREE_MARK_PROOF = re.compile(
    r"\?\?\?(?:(?<=[^\W\d_]\?\?\?)(?=[^\W\d_])|(?<=[\s(]\?\?\?)(?=\w)[^?\n]{1,80}\w\?\?\?(?=[\s.,;:!)]))"
)
# A decade with its apostrophe lost: "the ?70s", "the ???90s".
DECADE = re.compile(r"\d0s(?![^\W_])")

OPENING_BEFORE = frozenset(" \t([{/-–—'\"")  # an opening quote mark follows these
CLOSING_AFTER = frozenset(" \t.,;:!?)]}-–—")  # a closing quote mark comes before these
# Punctuation a closing quote mark follows (",???" in "decaf,??? said"); with one "?" a
# character, only a comma: "D.C.?" and "What!?" are real questions.
CLOSES_AFTER = frozenset(".,;:!?'")
ONE_MARK_CLOSES_AFTER = frozenset(",")
# A word that ends so is a plural's or a dropped g's ("lawyers’ case", "scootin’ round").
APOSTROPHE_ENDINGS = ("s", "S", "in")

APOSTROPHE = "’"
OPENING_QUOTE = "“"
CLOSING_QUOTE = "”"
INNER_OPENING_QUOTE = "‘"  # a quote inside a quote
INNER_CLOSING_QUOTE = "’"
DASH = "—"  # between spaces, or between two words ("victims—even")
BULLET = "•"  # at a line's start: a list's or a box's item ("??? Better glider sounds")
RANGE_DASH = "–"  # between two numbers ("27–6", "22 – 36")
ELLIPSIS = "…"  # after a word at a line's end with no quote open ("a volcanic eruption…")


# Words whose one two-byte letter (UTF-8) a bad conversion wrote as two "?" ("fianc??e"): each
# damaged spelling reads one way only, so the word itself proves the loss and the letter. Not
# any "??" inside a word: on the 400 real pages the letter lost between two letters was "é" in
# about half the words (fiancée, Beyoncé, risqué, éclair), "ü", "ö", "ä", "ß", "ñ" or "è" in
# the rest (German pages, "Espa??ol", "Lagard??re"): "é" everywhere would misspell those.
TWO_BYTE_WORDS = (
    "fiancé fiancée fiancés fiancées café cafés cliché clichés clichéd résumé résumés protégé "
    "protégée protégés décor entrée entrées exposé exposés rosé sauté sautéed soufflé touché "
    "attaché communiqué matinée soirée soirées débutante débutantes émigré émigrés éclair "
    "éclairs risqué naïve naïvety passé Pokémon Beyoncé Pelé piñata piñatas jalapeño "
    "jalapeños señor señora mañana Niño Niña Zürich"
)  # split on spaces
TWO_BYTE_MARKS = "??"  # one two-byte letter lost
