"""Words by which outlets write figures: scales, shares, spelled numbers, units, currencies.

Data, no logic, for bot.digest.story_figures and bot.digest.story_duration (split from
bot.digest.story_lexicon, session 13): folded (lower case, no accents), in the supported
languages.
"""

from __future__ import annotations

# Words that scale the number before them ("1,5 Mio", "2.3 million", "12 тыс."), folded.
MAGNITUDES: dict[float, tuple[str, ...]] = {
    1e3: ("thousand", "tausend", "тыс", "тысяч", "тысячи", "mille", "mil", "mila", "duizend", "k"),
    1e6: (
        "million", "millions", "mio", "mn", "млн", "миллион", "миллиона", "миллионов",
        "millionen", "millones", "millon", "milioni", "milione", "milhoes", "milhao", "miljoen",
    ),
    1e9: (
        "billion", "billions", "bn", "mrd", "milliarde", "milliarden", "млрд", "миллиард",
        "миллиарда", "milliard", "milliards", "mil millones", "miliardi", "miliardo", "bilhoes",
        "bilhao", "miljard",
    ),
}  # fmt: skip

# Words that make the number before them a share ("16 per cent" = "16%"), folded.
PERCENT_WORDS: tuple[str, ...] = (
    "per cent", "percent", "prozent", "процент", "процента", "процентов", "pour cent",
    "por ciento", "per cento", "por cento", "procent",
)  # fmt: skip

# Units one outlet converts for its readers ("94mph" / "151 km/h", "six nautical miles" / "11
# km"): folded unit -> its factor to km/h or km. Such a measure is kept as its value in km/h or km,
# rounded to the whole, so both spellings are one figure (and a measure two items give alike in
# mph counts once). Round 5 ("87mph" / "140 km/h") and round 8 (read in session 10) had them.
UNIT_CONVERSIONS: dict[str, float] = {
    "mph": 1.609344,
    "knots": 1.852, "knoten": 1.852, "noeuds": 1.852, "nudos": 1.852, "nodi": 1.852,
    "knopen": 1.852, "узлов": 1.852,
    "miles": 1.609344, "mile": 1.609344, "meilen": 1.609344,
    "nautical miles": 1.852, "milles": 1.852, "milles nautiques": 1.852, "seemeilen": 1.852,
    "zeemijl": 1.852, "millas nauticas": 1.852, "miglia nautiche": 1.852, "морских миль": 1.852,
}  # fmt: skip

# Number words that a magnitude may follow ("twelve thousand" = 12,000, "три тысячи" = 3 000),
# folded; alone, only those of SPELLED_FIGURES are a figure (too common: "one of", "two days").
SPELLED_NUMBERS: dict[int, tuple[str, ...]] = {
    1: ("one", "a", "ein", "eine", "одна", "один", "un", "une", "uno", "una", "um", "uma", "een"),
    2: ("two", "zwei", "две", "два", "deux", "dos", "due", "dois", "duas", "twee"),
    3: ("three", "drei", "три", "trois", "tres", "tre", "drie"),
    4: ("four", "vier", "четыре", "quatre", "cuatro", "quattro", "quatro"),
    5: ("five", "funf", "пять", "cinq", "cinco", "cinque", "vijf"),
    6: ("six", "sechs", "шесть", "seis", "sei", "zes"),
    7: ("seven", "sieben", "семь", "sept", "siete", "sette", "sete", "zeven"),
    8: ("eight", "acht", "восемь", "huit", "ocho", "otto", "oito"),
    9: ("nine", "neun", "девять", "neuf", "nueve", "nove", "negen"),
    10: ("ten", "zehn", "десять", "dix", "diez", "dieci", "dez", "tien"),
    12: ("twelve", "zwolf", "двенадцать", "douze", "doce", "dodici", "doze", "twaalf"),
    20: ("twenty", "zwanzig", "двадцать", "vingt", "veinte", "venti", "vinte", "twintig"),
    30: ("thirty", "dreissig", "тридцать", "trente", "treinta", "trenta", "trinta", "dertig"),
    40: ("forty", "vierzig", "сорок", "quarante", "cuarenta", "quaranta", "quarenta", "veertig"),
    50: ("fifty", "funfzig", "пятьдесят", "cinquante", "cincuenta", "cinquanta", "cinquenta",
         "vijftig"),
    60: ("sixty", "sechzig", "шестьдесят", "soixante", "sesenta", "sessanta", "sessenta", "zestig"),
    70: ("seventy", "siebzig", "семьдесят", "setenta", "settanta", "zeventig"),
    80: ("eighty", "achtzig", "восемьдесят", "ochenta", "ottanta", "oitenta", "tachtig"),
    90: ("ninety", "neunzig", "девяносто", "noventa", "novanta", "negentig"),
    100: ("hundred", "hundert", "сто", "cent", "cien", "cento", "cem", "honderd"),
}  # fmt: skip

# Number words that are a figure on their own, not only before a magnitude: the tens from 40
# and the hundreds ("cerca de quarenta animais", "seiscientas hectáreas", "пятьсот домов");
# smaller ones are too common ("two days") and no specific figure anyway.
SPELLED_FIGURES: dict[int, tuple[str, ...]] = {
    **{value: SPELLED_NUMBERS[value] for value in (40, 50, 60, 70, 80, 90)},
    200: ("doscientos", "doscientas", "duzentos", "duzentas", "duecento", "двести"),
    300: ("trescientos", "trescientas", "trezentos", "trezentas", "trecento", "триста"),
    400: ("cuatrocientos", "cuatrocientas", "quatrocentos", "quatrocentas", "quattrocento",
          "четыреста"),
    500: ("quinientos", "quinientas", "quinhentos", "quinhentas", "cinquecento", "пятьсот"),
    600: ("seiscientos", "seiscientas", "seiscentos", "seiscentas", "seicento", "шестьсот"),
    700: ("setecientos", "setecientas", "setecentos", "setecentas", "settecento", "семьсот"),
    800: ("ochocientos", "ochocientas", "oitocentos", "oitocentas", "ottocento", "восемьсот"),
    900: ("novecientos", "novecientas", "novecentos", "novecentas", "novecento", "девятьсот"),
}  # fmt: skip
# Magnitudes written as one word with the number before them ("ventimila", "dertigduizend").
GLUED_MAGNITUDES: dict[float, tuple[str, ...]] = {1e3: ("mila", "duizend", "tausend")}
# After a currency sign, "m" scales the number ("£310m"); elsewhere it is a metre.
CURRENCY_SIGNS = "$£€¥₽"
CURRENCY_MAGNITUDES: dict[str, float] = {"m": 1e6}
# Before a currency sign, these scale the number: "400 M€", "1,2 Md€", "3 Mrd. €" (French and
# German business pages); folded.
MAGNITUDES_BEFORE_CURRENCY: dict[str, float] = {"m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9}
