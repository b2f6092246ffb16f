"""Abbreviations written with a full stop: the one table, per language, by kind (data only).

`ABBREVIATIONS[language][kind]` holds the words as written (case matters: "No." is a number
sign, "no." ends a sentence); the row `ANY` is read in every language. A kind says what the
dot after the word means:

- `TITLE`: a title, rank or place word before a name ("Dr. Berg", "Mt. Everest"): never the end.
- `INSIDE`: a word that stands inside a sentence (units, Latin, company forms): never the end.
- `BEFORE_NUMBER`: ends a sentence ("in Oct.", "Tulsa, Okla.") except before a number
  ("Oct. 12", "Nov. 3"), where it is part of a date.
- `BEFORE_TIME_WORD`: ends a sentence ("at 7 p.m. He said") except before a word of
  `TIME_WORDS` ("at 7 p.m. Tuesday", "at 9 a.m. ET"), where it is part of the time.
- `FINAL`: ends a sentence although it ends in a lone letter ("и т. д."); regex fragments.

Every rule reads a view of this table, built below or in `summarizer.text.tokenize_holds`:
the sentence splitter the whole library uses (`TITLE` and `INSIDE` hold a boundary back,
`BEFORE_NUMBER` only before a digit, `FINAL` opens one), and the quote attribution's two views
of the English titles (`CLAUSE_ABBREVIATIONS`, `NAME_ABBREVIATIONS`), whose reasons differ and
are given with them.
"""

from __future__ import annotations

# Upper-case letters of the Latin, Greek and Cyrillic blocks, for regex character classes.
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())

TITLE = "title"
INSIDE = "inside"
BEFORE_NUMBER = "before_number"
BEFORE_TIME_WORD = "before_time_word"
FINAL = "final"
ANY = "*"  # the row every language reads, and the only one for a text of unknown language

# Titles before a name ("Dr. Berg", "Sen. Warren") in every Latin-script language's news.
TITLES = "Dr Prof St Mr Mrs Ms Gen Col Lt Gov Sen Rep Jr Sr Sgt Capt Rev"
# US states as news style shortens them ("Monroe, La.", "Albany, N.Y."), and the capital.
US_TITLES = "Adm Atty Cmdr Maj"  # rarer titles of US politics, and ranks
US_PLURAL_TITLES = "Sens Reps Messrs"  # "Sens. Paul and Cruz": a title of several people
PLACES = "Ft Mt"  # Fort, Mount before a place name
DOTTED_COUNTRIES = "U.S U.N U.K"
# What may follow "p.m."/"a.m." inside one sentence: a time zone, a weekday, a month.
TIME_WORDS = (
    "ET EST EDT CT CST CDT MT MST PT PST PDT GMT UTC BST CET CEST "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December"
)
US_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nebr Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va "
    "Wis Wyo D.C"
)

ABBREVIATIONS: dict[str, dict[str, str]] = {
    ANY: {
        TITLE: TITLES,
        # number signs, Latin, references, and German units no other language writes as words
        INSIDE: "No Nr vs ca approx e.g i.e Fig Vol pp Mio Mrd bzw z.B u.a",
        BEFORE_NUMBER: "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",  # a date
    },
    "en": {
        TITLE: f"{US_TITLES} {US_PLURAL_TITLES} {PLACES}",
        INSIDE: f"Corp Inc Ltd Co Dept est {DOTTED_COUNTRIES}",
        BEFORE_NUMBER: US_STATES,
        BEFORE_TIME_WORD: "a.m p.m",
    },
    "de": {
        TITLE: "Hr Fr",
        INSIDE: "Str Tel vgl o.ä",
    },
    "fr": {TITLE: "M Mme Mlle MM Me Pr Ste", INSIDE: "cf env"},
    "es": {TITLE: "Sra Srta Dra Dña D Lic Ing Av Avda Sta", INSIDE: "EE UU pág núm"},
    "it": {
        TITLE: "sig sigg sig.ra dott dott.ssa prof.ssa ing avv on arch geom",
        INSIDE: "pag",
    },
    "pt": {TITLE: "Sra Srta Dra Av Eng Arq", INSIDE: "pág"},
    "ru": {
        TITLE: "им ул пр проф акад",
        INSIDE: "г гг т тыс млн млрд руб коп д кв стр рис см напр",
        FINAL: r"т\. ?д|т\. ?п|и др",
    },
    "uk": {
        TITLE: "ім вул пр проф",
        INSIDE: "г гг т тис млн млрд грн д кв стр рис див напр",
        FINAL: r"т\. ?д|т\. ?п|и др",
    },
}

# Nouns that name a thing by a letter ("Group C", "Plan B", "Vitamin D"): the letter after one
# is a label, not an initial, so its dot may end a sentence ("... from January 22 in Group C.
# Mali face ..."). Compared capitalised, so "plan B." reads the same.
_LETTER_LABELS = """Group Pool Plan Vitamin Type Class Category Grade Section Gate Terminal
Platform Zone Block Division Stage Level Exhibit Appendix Annex Phase Option Tier Wing Ward
Hepatitis Gruppe Groupe Grupo Gruppo Girone Poule Groep"""
LETTER_LABELS = frozenset(_LETTER_LABELS.split())

# Languages that write no ordinal as a number and a dot ("3rd", "3e", "3.º", "3°", "3-й"): there
# a one- or two-digit number before a capital ends a sentence ("He died aged 84. His ..."). In
# every other language, and in a text of unknown language, it may be an ordinal ("am 3. Mai").
NO_DOT_ORDINALS = frozenset({"en", "fr", "es", "it", "pt", "nl", "ru", "uk"})
# Names a dotted ordinal opens in every language's news ("1. FC Köln", "1. FSV Mainz 05").
ORDINAL_NAMES = "FC FSV"

# The quote attribution masks a dot after these so that "." can end a clause in its patterns
# ("said Sen. Warren" stays one clause): the capitalised English titles and the number sign
# (short words only; the mask reads at most four letters).
CLAUSE_ABBREVIATIONS = frozenset(
    [*ABBREVIATIONS[ANY][TITLE].split(), *ABBREVIATIONS["en"][TITLE].split(), "No"]
)
# A speaker's name phrase runs on over a dot after these ("Gov. Jay Inslee", "the U.S. Rep."),
# lower-cased as the name reader compares them: the titles of one person and dotted country
# names. Not a plural title (it names several people), a place word or the number sign.
NAME_ABBREVIATIONS = frozenset(
    w.lower() for w in f"{ABBREVIATIONS[ANY][TITLE]} {US_TITLES} {DOTTED_COUNTRIES}".split()
)
