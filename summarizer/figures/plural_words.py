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
# Of those, the ones no plural noun is spelled as: right after a number, such a word is the
# sentence's verb and the number counts nothing written ("a bid at age 78 seems improbable",
# reading22: shown as "78 seems"; figread25: "a reading above 50 indicates growth" shown as "50
# indicates"). Not "marks", "calls", "shows", "ends", "tries", "equals": nouns too.
VERBS_NOT_NOUNS = _words(
    "seems appears becomes remains begins continues means exists occurs happens depends "
    "belongs involves requires includes affects expects allows brings gives makes goes "
    "comes gets sounds feels looks indicates suggests implies signifies denotes represents "
    "reflects exceeds"
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
# Prenominal adjectives of French, Spanish, Italian and Portuguese (and Dutch, German): the
# counted noun comes after them ("25 jeunes ingénieurs", "25 jóvenes ingenieros").
ADJECTIVES_BEFORE = _words(
    "jeunes grands grandes petits petites vieux vieilles anciens anciennes premiers premières "
    "derniers dernières principaux jóvenes pequeños pequeñas viejos viejas antiguos antiguas "
    "primeros primeras últimos últimas principales giovani grandi piccoli piccole vecchi "
    "vecchie primi prime ultimi ultime principali jovens pequenos pequenas velhos velhas "
    "antigos antigas primeiros primeiras principais jonge grote kleine oude eerste laatste"
)
# English adjectives that say what kind or what state, dropped before the counted noun: a
# count's unit is its head noun ("30 young engineers": engineer). Nouns that name a kind
# ("sea turtles", "crew members", "oak trees") stay; so do words with the endings below only
# when they are in this list or have an adjective's ending (ADJECTIVE_ENDINGS).
ADJECTIVES_EN = _words(
    "young old elderly large small big little huge tiny giant vast major minor senior junior "
    "local national international foreign domestic public private federal regional rural "
    "urban armed unarmed innocent empty vacant extra long short full top key main "
    "leading rare common poor rich wealthy homeless jobless unemployed pregnant sick ill dead "
    "alive active real average typical ordinary normal regular young-adult adult underage "
    "black white red green blue yellow brown grey gray pink purple orange golden silver "
    "modern ancient historic original final initial early late recent "
    "good bad best worst great fine nice beautiful rich "
    "cheap expensive paid unpaid safe dangerous male female fellow hot cold warm "
    "wild fresh clean dirty open closed busy quiet key vulnerable illegal legal "
    "undocumented frontline front-line full-time part-time well-known high-profile "
    "low-income high-income middle-class working-class so-called would-be"
)
# Adjective and noun that name one thing together: the adjective stays ("five high school
# games", "9 of 23 free throws", "three first downs", "two red cards").
ADJECTIVE_COMPOUNDS = _words(
    "high_school free_throw free_kick free_agent first_down red_card yellow_card green_card "
    "black_hole high_street short_story long_jump high_jump main_course white_paper old_age "
    "real_estate top_flight free_trade sick_day sick_leave short_film long_weekend full_house "
    "black_box hot_spot cold_case"
)
# Endings that make an English modifier an adjective of state or quality ("affordable homes",
# "suspected smugglers", "dangerous roads", "happiest days"); "-eed" words ("speed") are
# nouns. Adjectives that say what kind ("electric cars", "medical students") stay.
ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ful", "less", "ed", "iest")
MIN_ADJECTIVE = 5  # letters at least for an ending to make an adjective ("armed", not "bed")
NOT_ADJECTIVES = _words("hundred bed shed sled seabed vegetable table cable stable timetable bible")
# Superlatives and their markers dropped with the adjective ("the six largest cities").
SUPERLATIVES = _words(
    "most least largest biggest smallest oldest youngest highest lowest longest shortest "
    "greatest newest latest richest poorest fastest slowest strongest weakest tallest deepest"
)

# Italian plural endings, longest first, and the singular's: "lavoratori" -> "lavoratore",
# "appartamenti" -> "appartamento", "persone" -> "persona"; a plain "-i" is read as "-o".
IT_ENDINGS = (
    ("tori", "tore"), ("menti", "mento"), ("enti", "ente"), ("anti", "ante"), ("oni", "one"),
    ("ali", "ale"), ("ili", "ile"), ("esi", "ese"), ("nti", "nte"),
    ("isti", "ista"), ("ieri", "iere"), ("chi", "co"), ("ghi", "go"), ("che", "ca"),
    ("ghe", "ga"), ("i", "o"), ("e", "a"),
)  # fmt: skip
IT_INVARIANT = _words("città università attività età virtù crisi analisi tesi euro film sport bar")
# Russian plural (genitive) endings after a number and the singular's: "домов" -> "дом",
# "жителей" -> "житель", "случаев" -> "случай"; and nouns whose plural is another word.
RU_ENDINGS = (
    # feminine "-ия" and neuter "-ение" nouns: "9 станций" -> "станция", "5 решений" -> "решение"
    ("ений", "ение"),
    ("ций", "ция"),
    ("сий", "сия"),
    ("гий", "гия"),
    ("рий", "рия"),
    ("лий", "лия"),
    ("иев", "ий"),
    ("аев", "ай"),
    ("еев", "ей"),
    ("ев", ""),
    ("ов", ""),
    ("ей", "ь"),
)
RU_SOFT_SIGNLESS = ("жей", "шей", "чей", "щей")  # "врачей" -> "врач": no soft sign after these
RU_IRREGULAR = {
    "детей": "ребёнок", "людей": "человек", "человек": "человек", "мест": "место",
}  # fmt: skip
RU_ADJECTIVE_ENDINGS = ("ых", "их", "ые", "ие")  # "40 новых домов": the noun comes after it
# German plurals whose singular no ending tells ("Häuser" -> "Haus"), and more safe endings.
DE_IRREGULAR = {
    "kinder": "kind", "länder": "land", "häuser": "haus", "männer": "mann", "frauen": "frau",
    "menschen": "mensch", "städte": "stadt", "dörfer": "dorf", "bäume": "baum", "ärzte": "arzt",
    "gäste": "gast", "züge": "zug", "flüge": "flug", "bücher": "buch", "bilder": "bild",
    "jahre": "jahr", "tage": "tag", "monate": "monat", "euro": "euro",
}  # fmt: skip
# German plurals in "-n" of feminine nouns in "-e", by the letters before the "n" that seldom
# end a plural "-en" of another noun: "Wärmepumpen" -> "Wärmepumpe", "Familien" -> "Familie",
# "Klassen" -> "Klasse", "Kunden" -> "Kunde", "Anlagen" -> "Anlage", "Grenzen" -> "Grenze";
# and the words these endings would misread ("Typen" is "Typ", "Wagen" is one car or many).
DE_E_PLURALS = (
    "pen", "ien", "ssen", "ßen", "nden", "agen", "uten", "cken", "nzen", "rzen", "llen",
)  # fmt: skip
DE_NOT_E_PLURALS = (
    "typen", "wagen", "enzen", "medien", "materialien", "ferien", "kosten", "modellen",
)  # fmt: skip
# Umlaut plurals as the last part of a compound ("Elefantenkälber" -> "Elefantenkalb",
# "Verkehrsunfälle" -> "Verkehrsunfall"), with DE_IRREGULAR; a dative "-n" may follow them
# ("bei 40 Unfällen"). "Ausländer" is no plural of "Land".
DE_IRREGULAR_TAILS = {
    "fälle": "fall", "kälber": "kalb", "bälle": "ball", "wälder": "wald", "dächer": "dach",
    "gärten": "garten", "söhne": "sohn", "töchter": "tochter", "brüder": "bruder",
    "mütter": "mutter", "väter": "vater", "hände": "hand", "wände": "wand", "stühle": "stuhl",
    "höfe": "hof", "plätze": "platz", "sätze": "satz", "flüsse": "fluss", "schüsse": "schuss",
    "schläge": "schlag", "träge": "trag", "stürme": "sturm", "türme": "turm", "wölfe": "wolf",
    "kühe": "kuh", "hühner": "huhn", "lämmer": "lamm", "völker": "volk", "blätter": "blatt",
    "räder": "rad", "gläser": "glas", "störche": "storch",
    "bären": "bär", "füchse": "fuchs", "vögel": "vogel", "äpfel": "apfel", "böden": "boden",
}  # fmt: skip
DE_NOT_TAILS = ("ausländer", "inländer")
DE_MORE_ENDINGS = (("isten", "ist"), ("enten", "ent"), ("anten", "ant"), ("logen", "loge"))
# German words in "-e" that keep it: singulars whose plural is the same word ("Gebäude"), and
# adjectives used as nouns ("12 Tote", "30 Verletzte", "40 Angestellte", "20 Jugendliche").
DE_SAME_E = (
    "gebäude", "gemälde", "gebirge", "getreide", "käse", "ote", "zte", "gte", "llte", "ete",
    "ene", "che", "ose", "ige", "nke",
)  # fmt: skip
