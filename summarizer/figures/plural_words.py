"""Word lists for a counted noun's singular (`summarizer.figures.meaning.singular`) and for
the words before and after it that are no part of it ("such", "more"; "begins")."""

from __future__ import annotations


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# English plurals that do not lose an "s" (the rest: "-ies" -> "-y", "-ses"/"-xes"/"-ches" lose
# "es", else the "s"). A word ending in one of the compound keys ("grandchildren",
# "businessmen", "housewives") takes its singular the same way.
SINGULARS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
    "data": "data", "media": "media", "series": "series", "species": "species",
    "aircraft": "aircraft", "spacecraft": "spacecraft", "crew": "crew", "personnel": "personnel",
    "livestock": "livestock", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "cattle": "cattle", "offspring": "offspring", "troops": "troop", "news": "news",
    "lice": "louse", "oxen": "ox", "criteria": "criterion", "phenomena": "phenomenon",
    "bacteria": "bacterium", "indices": "index", "matrices": "matrix", "vertices": "vertex",
    "appendices": "appendix", "cacti": "cactus", "fungi": "fungus", "nuclei": "nucleus",
    "stimuli": "stimulus", "alumni": "alumnus", "radii": "radius", "dice": "die",
}  # fmt: skip
COMPOUND_ENDINGS = ("children", "people", "women", "men", "wives", "knives", "feet", "teeth")
# Words ending in "men" that are no plural of "man".
NOT_MEN = _words(
    "specimen abdomen omen regimen stamen semen acumen hymen yemen amen lumen ramen cyclamen "
    "bitumen albumen foramen dolmen"
)
# "-ves" plurals whose singular ends in "f"/"fe" (the rest lose the "s": "archives", "waves").
VES_SINGULARS = {
    "wolves": "wolf", "knives": "knife", "lives": "life", "wives": "wife", "leaves": "leaf",
    "halves": "half", "shelves": "shelf", "thieves": "thief", "calves": "calf",
    "loaves": "loaf", "selves": "self", "elves": "elf", "hooves": "hoof", "scarves": "scarf",
    "wharves": "wharf",
}  # fmt: skip
# Latin and Greek "-is" nouns: "crises" -> "crisis" ("-yses" -> "-ysis" needs no entry).
IS_SINGULARS = {
    "crises": "crisis", "theses": "thesis", "hypotheses": "hypothesis",
    "diagnoses": "diagnosis", "prognoses": "prognosis", "syntheses": "synthesis",
    "oases": "oasis", "emphases": "emphasis", "parentheses": "parenthesis",
    "synopses": "synopsis", "ellipses": "ellipsis", "neuroses": "neurosis",
    "psychoses": "psychosis", "metastases": "metastasis", "axes": "axis",
}  # fmt: skip
# Singulars ending in "us"/"as"/"s" whose plural adds "es": "buses" -> "bus", "gases" -> "gas".
ES_AFTER_S = _words(
    "bus bonus virus campus status census circus focus surplus nexus prospectus apparatus "
    "chorus walrus sinus hiatus syllabus octopus thesaurus fetus foetus uterus consensus "
    "gas atlas alias bias canvas lens iris"
)
# Singular words that only look plural: kept as written.
LOOK_PLURAL = _words(
    "news gas bus status bias atlas alias canvas lens chaos series species means corps "
    "headquarters diabetes measles physics economics politics mathematics athletics ethics "
    "gymnastics logistics whereabouts crossroads barracks"
)
# Words before the counted noun that say which or how many, not what: "14 such operations",
# "12 more engineers", "30 other countries", "5 new features" count operations, engineers,
# countries, features. Adjectives that say what kind ("empty houses", "large contracts") stay,
# as in the public quantity set's gold.
NOT_THE_NOUN = _words(
    "such more other others further additional extra new fewer several many various same own "
    "different separate individual remaining entire whole total existing current former "
    "previous possible potential estimated reported known confirmed registered so-called "
    "mehr weitere andere neue neuen weiteren anderen zusätzliche zusätzlichen "
    "autres nouveaux nouvelles nouveau nouvelle supplémentaires "
    "otros otras nuevos nuevas más altri altre nuovi nuove outros outras novos novas mais "
    "andere nieuwe meer"
)
# English verbs in the third person that may follow a counted noun whose sentence has another
# subject: "work on 1.8 million homes begins next year" counts homes.
VERBS_AFTER = _words(
    "begins starts remains continues seems appears becomes comes goes gets makes takes gives "
    "shows means stands sits lies keeps includes involves requires follows opens closes "
    "happens occurs exists depends belongs contains represents affects faces expects hopes "
    "wants tries helps allows brings holds leads meets puts sets tells asks calls stays waits "
    "reaches turns marks ends rises falls grows increases decreases jumps climbs drops "
    "declines gains loses doubles triples"
)
# French: "-s"/"-x" endings that are no plural; "-aux" nouns whose singular is no "-al".
FR_INVARIANT = _words(
    "pays mois fois prix cas corps temps poids bras voix croix fils avis bus virus cours "
    "concours discours parcours secours recours succès procès accès progrès excès décès abus "
    "os dos bois repas tas puits souris noix choix taux gaz nez riz paix refus jus plus campus "
    "consensus corpus permis colis tapis devis paradis"
)
FR_AUX = {"travaux": "travail", "vitraux": "vitrail", "coraux": "corail", "émaux": "émail"}
# Spanish/Portuguese singulars ending in "s".
IBERIAN_INVARIANT = _words(
    "crisis análisis tesis dosis lunes martes miércoles jueves viernes virus país mes "
    "oasis síntesis ônibus vírus lápis tênis"
)
# German plural endings, longest first, and what the singular ends in; only the safe ones:
# "Wohnungen" -> "Wohnung", "Studentinnen" -> "Studentin", "Ergebnisse" -> "Ergebnis".
DE_ENDINGS = (
    ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
    ("ionen", "ion"), ("innen", "in"), ("nisse", "nis"), ("täten", "tät"),
)  # fmt: skip
