"""Abbreviations written with a full stop: the one table, by what they shorten (data only).

A dot after one of these does not end a sentence or a clause. Four rules read the table, each
the groups it was tuned with on the benchmarks (a union of all of them changes what each
finds): the summary's sentence splitter (`SENTENCE_ABBREVIATIONS`, per language), the figures'
sentence spans (`SPAN_ABBREVIATIONS`), the quote attribution's clause mask
(`CLAUSE_ABBREVIATIONS`) and speaker name phrases (`NAME_ABBREVIATIONS`). The groups keep case
where a rule reads it ("No." is a number sign, "no." ends a sentence).
"""

from __future__ import annotations

# Upper-case letters of the Latin, Greek and Cyrillic blocks, for regex character classes.
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())


def _lower(*groups: str) -> frozenset[str]:
    return frozenset(w.lower() for group in groups for w in group.split())


# Titles before a name ("Dr. Berg", "Sen. Warren") that every rule knows.
TITLES = "Dr Prof St Mr Mrs Ms Gen Col Lt Gov Sen Rep Jr Sr"
RANKS = "Sgt Capt Rev"  # military and church ranks before a name
US_TITLES = "Sens Reps Adm Atty"  # plural and rarer titles of US political news
PLACES = "Ft Mt"  # Fort, Mount before a place name
COMPANIES = "Corp Inc Ltd Co"
NUMBER_SIGNS = "No Nr"
MONTHS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
DOTTED_EN = "U.S U.N U.K"  # country initials, dotted
# US states as news style shortens them ("Monroe, La.", "Albany, N.Y.").
US_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nebr Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va "
    "Wis Wyo"
)
LATIN = "vs ca etc approx e.g i.e a.m p.m"
REFERENCES = "Fig Vol pp p Dept est"

# Per language: titles and units before a name or number, where simplemma's splitter cuts.
_SPLIT_COMMON = f"{TITLES} {RANKS} Av {NUMBER_SIGNS} vs ca"
SENTENCE_ABBREVIATIONS: dict[str, str] = {
    "en": _SPLIT_COMMON + f" {COMPANIES} Fig Mt Dept approx",
    "de": _SPLIT_COMMON + " bzw ca Hr Fr Mio Mrd Nr Str Tel vgl z.B u.a o.ä",
    "fr": _SPLIT_COMMON + " M Mme Mlle MM Me Pr Ste cf env",
    "es": _SPLIT_COMMON + " Sra Srta Dra Dña D Lic Ing EE UU Avda pág núm Sta",
    "it": _SPLIT_COMMON + " sig sigg sig.ra dott dott.ssa prof.ssa ing avv on arch geom pag",
    "pt": _SPLIT_COMMON + " Sra Srta Dra Av pág Eng Arq",
    "ru": "г гг т тыс млн млрд руб коп им ул пр д кв стр рис см напр проф акад",
    "uk": "г гг т тис млн млрд грн ім вул пр д кв стр рис див напр проф",
}
SENTENCE_ABBREVIATIONS_OTHER = _SPLIT_COMMON  # for languages without a row above
# Per language: abbreviations that also end sentences ("in Oct.", "lives in Tulsa, Okla."), so
# their dot holds the sentence together only before a number ("an Oct. 12 interview", "Nov. 3").
SENTENCE_ABBREVIATIONS_BEFORE_NUMBER: dict[str, str] = {"en": f"{MONTHS} {US_STATES}"}

# Russian and Ukrainian abbreviations that do end a sentence ("и т. д.", "и др.").
SENTENCE_FINAL_CYRILLIC = r"т\. ?д|т\. ?п|и др"

# Lower-case; a token ending in one of these (or a lone letter) holds a span boundary back.
SPAN_ABBREVIATIONS = _lower(
    TITLES, "Sgt", COMPANIES, LATIN, NUMBER_SIGNS, MONTHS, REFERENCES, "mio mrd bzw z.b u.a"
)
# Capitalised words of up to four letters whose dot the clause mask keeps inside the clause.
CLAUSE_ABBREVIATIONS = frozenset(f"{TITLES} {RANKS} {US_TITLES} {PLACES} No".split())
# Lower-case; a name phrase runs on over a dot after one of these (or a lone letter).
NAME_ABBREVIATIONS = _lower(TITLES, "Capt Rev", DOTTED_EN)
