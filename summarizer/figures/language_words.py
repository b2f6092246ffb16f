"""Number words of the languages other than English (Russian, French, Spanish, German,
Italian, Portuguese, Dutch): number words, shares in words, "one in N", round-number nouns
("une vingtaine") and how number words join (data only; `patterns`, `language_patterns`,
`shapes` and `numbers` apply them).

Apart from `lexicon` (the English words and those every language shares) so that each can be
read on its own. "_" stands for a space.
"""

from __future__ import annotations

# Russian number words (lower-case, the forms news text uses) and their values; "один" is left
# out, as "one" is in English: it counts nothing worth a figure. Scale words after them
# ("сто тысяч") are read by RU_SCALE_STEMS.
RU_NUMBER_WORDS = {
    "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4,
    "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "ста": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900,
}  # fmt: skip
# The first three letters of every RU_NUMBER_WORDS word: where `starts` looks for them.
RU_NUMBER_STARTS = "два две дву три трё тре чет пят шес сем вос дев дес оди сор сто ста"
# Number words of the other languages the bot reads (lower-case) and their values; "one" is
# left out in each, as in English. "hundred" and "thousand" words multiply what comes before
# them ("deux cents", "dos mil"); joined words add up ("vingt-deux", "treinta y cinco").
OTHER_NUMBER_WORDS: dict[str, dict[str, float]] = {
    "de": {
        "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
        "viereinhalb": 4.5, "fünfeinhalb": 5.5, "sechseinhalb": 6.5, "siebeneinhalb": 7.5,
        "achteinhalb": 8.5, "neuneinhalb": 9.5, "zehneinhalb": 10.5,
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
        "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
        "dutzend": 12,
    },
    "fr": {
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100,
        "cents": 100, "mille": 1000, "douzaine": 12,
    },
    "nl": {
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
        "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
        "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
        "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
        "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000, "dozijn": 12,
    },
    "es": {
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
        "doscientos": 200, "trescientos": 300, "quinientos": 500, "mil": 1000, "docena": 12,
    },
    "it": {
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
        "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
        "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
        "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
        "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100, "mille": 1000,
        "mila": 1000, "dozzina": 12,
    },
    "pt": {
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
        "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
        "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezessete": 17, "dezoito": 18,
        "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
        "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
        "mil": 1000, "dúzia": 12,
    },
}  # fmt: skip
# Shares in words in the other languages read (lower-case): the fraction words and their values,
# the words that count them ("trois quarts"; an article counts one: "ein Viertel", "la mitad"),
# the words for "of" after them, and the words for "by" before them ("um ein Drittel", "на
# треть"). A half takes an article or none; another fraction needs its count ("les quarts de
# finale" is no share), except in Russian ("Треть урожая"). See `shapes.shares`.
SHARE_WORDS: dict[str, dict[str, float]] = {
    "fr": {"moitié": 0.5, "tiers": 1 / 3, "quart": 0.25, "quarts": 0.25, "cinquième": 0.2,
           "cinquièmes": 0.2, "dixième": 0.1, "dixièmes": 0.1},
    "es": {"mitad": 0.5, "tercio": 1 / 3, "tercios": 1 / 3, "cuarto": 0.25, "cuartos": 0.25,
           "cuarta parte": 0.25, "cuartas partes": 0.25, "tercera parte": 1 / 3,
           "terceras partes": 1 / 3, "quinta parte": 0.2},
    "it": {"metà": 0.5, "terzo": 1 / 3, "terzi": 1 / 3, "quarto": 0.25, "quarti": 0.25,
           "quinto": 0.2, "quinti": 0.2},
    "pt": {"metade": 0.5, "terço": 1 / 3, "terços": 1 / 3, "quarto": 0.25, "quartos": 0.25,
           "quinto": 0.2, "quintos": 0.2},
    "nl": {"helft": 0.5, "derde": 1 / 3, "kwart": 0.25, "driekwart": 0.75, "vijfde": 0.2,
           "tiende": 0.1},
    "de": {"hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "dreiviertel": 0.75,
           "fünftel": 0.2, "zehntel": 0.1},
    "ru": {"половина": 0.5, "половину": 0.5, "половины": 0.5, "треть": 1 / 3, "трети": 1 / 3,
           "четверть": 0.25, "четверти": 0.25},
}  # fmt: skip
SHARE_COUNTS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "la": 1, "deux": 2, "trois": 3, "quatre": 4},
    "es": {"un": 1, "una": 1, "la": 1, "dos": 2, "tres": 3, "cuatro": 4},
    "it": {"un": 1, "una": 1, "la": 1, "due": 2, "tre": 3, "quattro": 4},
    "pt": {"um": 1, "uma": 1, "a": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4},
    "nl": {"een": 1, "de": 1, "twee": 2, "drie": 3, "vier": 4},
    "de": {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "die": 1, "der": 1, "zwei": 2,
           "drei": 3, "vier": 4},
    "ru": {"две": 2, "три": 3},
}  # fmt: skip
SHARE_OF = {
    "fr": "de des du d' d’",
    "es": "de del",
    "it": "di dei degli delle della del dello dell' dell’",
    "pt": "de dos das do da",
    "nl": "van",
    "de": "der des aller von ihrer seiner unserer dieser",
}
SHARE_BY = {
    "fr": "de d' d’",
    "es": "en a",
    "it": "di",
    "pt": "em pela",
    "nl": "met",
    "de": "um zur",
    "ru": "на",
}
# Words after "of" that make a fraction word a time or a name ("un quart d'heure", "quarts de
# finale", "un cuarto de baño"), and words before a half that make it an ordinal ("la segunda
# mitad", "в первой половине").
SHARE_NOT_AFTER = (
    "heure heures hora horas ora ore uur stunde часа siècle siglo secolo século eeuw "
    "jahrhunderts века finale finales final finali baño baños"
)
# "Of it" in one word after a share ("een derde daarvan", "ein Drittel davon").
SHARE_OF_IT = "daarvan hiervan ervan davon"
# One in N in the other languages read: "un TGV sur trois", "uno su tre", "uno de cada tres",
# "um em cada três", "een op de drie" (a noun may sit after the first number; "_" = space), and
# one N-th as "jedes dritte Opfer", "каждый третий" (ordinal stems). See `shapes.one_in`.
# Not Russian "один из десяти": as often "one of the ten" (a count) as "one in ten".
ONE_IN_JOINS = {"fr": "sur", "it": "su", "es": "de_cada", "pt": "em_cada", "nl": "op_de"}
ONE_IN_NUMBERS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
    "it": {"uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
           "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10},
    "es": {"uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
           "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10},
    "nl": {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
           "zeven": 7, "acht": 8, "negen": 9, "tien": 10},
}  # fmt: skip
EVERY_NTH: dict[str, tuple[str, dict[str, int]]] = {
    "de": ("jede jeder jedes jeden jedem",
           {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "zehnt": 10}),
    "ru": ("каждый каждая каждое каждого каждую каждой каждому",
           {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "десят": 10}),
}  # fmt: skip
SHARE_ORDINALS = (
    "première premier deuxième seconde dernière primera segunda última prima seconda ultima "
    "primeira segunda última eerste tweede laatste ersten zweiten letzten первая первой первую "
    "вторая второй вторую последней последнюю"
)
# Nouns of a round number in the other languages read, after "a" ("une vingtaine de
# personnes" is about 20 people, "un migliaio di" about 1,000): a count with its noun.
APPROX_NUMBERS: dict[str, dict[str, int]] = {
    "fr": {
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
        "millier": 1000,
    },
    "es": {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
           "millar": 1000},
    "it": {
        "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
        "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100, "migliaio": 1000,
    },
    "pt": {"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    "nl": {"tiental": 10, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50,
           "honderdtal": 100},
}  # fmt: skip
APPROX_LEADS = "une un una uno uma um een"  # "a" before them
APPROX_OF = "de d' d’ di van"  # "of" after them ("een tiental" may go on to its noun)
# What joins two number words into one number, by language ("_" = space): "vingt-deux",
# "treinta y cinco", "trinta e cinco".
NUMBER_JOINS: dict[str, str] = {"fr": "-", "es": "_y_", "pt": "_e_"}
MULTIPLIERS = frozenset({100, 1000})  # "deux cents" is 200, "dos mil" 2000
