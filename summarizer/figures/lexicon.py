"""Words that make and unmake figures, per language (data only; `patterns` builds the regexes,
`numbers` reads numbers, `judge` decides).

In the phrase lists an underscore stands for a space ("more_than"); a space in a phrase then
matches any run of whitespace. Quantities are found in every language's words at once (the
patterns are one alternation); the number format alone follows the article's language.
"""

from __future__ import annotations

# Qualifiers before a number ("more than 500"); kept in the figure's text.
QUALIFIERS: dict[str, str] = {
    "en": "more_than less_than fewer_than greater_than at_least at_most up_to as_many_as "
    "as_much_as as_few_as no_fewer_than no_more_than no_less_than nearly almost about around "
    "approximately roughly some over under just_over just_under well_over close_to "
    "an_estimated an_average_of upwards_of in_excess_of only just a_total_of a_record "
    "a_further another",
    "de": "mehr_als weniger_als rund etwa fast knapp über bis_zu mindestens höchstens ungefähr "
    "circa ca. nahezu",
    "fr": "plus_de moins_de près_de environ presque au_moins jusqu'à jusqu’à quelque pas_moins_de",
    "ru": "более менее около почти свыше примерно не_менее не_более порядка более_чем",
}
BETWEEN = "between from zwischen entre от"  # open a range: "between 10 and 20"
RANGE_JOINS = "- – to and und bis et à до и"  # "between 10 and 20", "10-20"
RANGE_DASHES = "to bis à до"  # "10 to 20" without "between"

# English number words: the ones that open a figure, and all of them with their values.
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
# Words before "half" or "third" that make it an ordinal, not a share ("the second half").
ORDINAL_LEADS = "first second third fourth final last latter former opening other the"

# Scale words after digits ("1.2 million", "48 Mio.", "3 млн"); lower-case.
SCALES = {
    "thousand": 1e3, "tausend": 1e3, "k": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6, "mio.": 1e6,
    "millionen": 1e6, "млн": 1e6, "млн.": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "млрд": 1e9, "млрд.": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
# Russian scale words decline (тысяча, миллионов, миллиарда): matched by their stems.
RU_SCALE_STEMS = (("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12))

# Languages that write 1.200,5 (dot or space groups, decimal comma).
DECIMAL_COMMA_LANGS = frozenset({"de", "fr", "ru", "es", "it", "pt", "nl", "pl", "uk", "tr"})

# Currency signs written before the amount, and codes followed by a digit ("USD 5").
CURRENCY_SIGNS = "us$ a$ au$ c$ ca$ nz$ hk$ s$ r$ $ £ € ¥ ₽ ₹"
CURRENCY_CODES = ("usd", "eur", "gbp", "rub", "chf", "inr", "rs.", "rs")

UNITS: dict[str, str] = {
    "en": "square_kilometres square_kilometers square_metres square_meters square_miles sq_km "
    "sq_m km² m² km/h kph mph kilometres kilometers kilometre kilometer km metres meters metre "
    "meter m centimetres cm millimetres mm miles mile feet foot ft inches yards hectares hectare "
    "ha acres acre tonnes tonne tons ton kg kilograms kilogrammes kilos litres liters barrels "
    "bpd megawatts gigawatts MW GW kW kWh MWh GWh TWh degrees °C °F knots storeys floors",
    "de": "Tonnen Grad",
    "fr": "mètres kilomètres",
    "ru": "км кг тонн",
}
DURATIONS: dict[str, str] = {
    "en": "years year months month weeks week days day hours hour minutes minute seconds "
    "decades decade centuries century",
    "de": "Jahre Jahren Jahr Monate Monaten Monat Wochen Tage Tagen Tag Stunden",
    "fr": "ans années mois semaines jours heures",
    "ru": "лет года год месяцев месяца недель дней дня часов",
}
MONTHS_EN = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
)
# Month names of other languages, any case; "*" ends a stem (Russian months decline).
MONTHS_OTHER: dict[str, str] = {
    "de": "januar februar märz juni juli oktober dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ru": "январ* феврал* март* апрел* мая май июн* июл* август* сентябр* октябр* ноябр* декабр*",
}

# A number after one of these is a reference, not a quantity ("page 12", "Seite 4").
REFERENCES = (
    "page pages p. pp. volume vol. chapter section article no. number line room gate platform "
    "route flight version level grade season episode step phase stage paragraph item table "
    "figure fig. exit verse rule clause type category class size model seite band kapitel "
    "artikel nr. страница том"
)
# Capitalised words before a number that do not make it part of a name ("In 2016", "Only 5").
NAME_OK = (
    "the in by at on of for from to with and but or only just all some about around nearly "
    "almost over under up between since until after before during than when while its their "
    "his her our those these another each every per a an as if so yet then there here where "
    "whom who that der die das den dem des um mit für von vor seit bis und le la les des de du "
    "en et à dans pour avec sur в и на с по до из от за"
)
# Words after a number that are no counted noun ("15 of", "300 were").
NOUN_STOP = (
    "of in on at to for from by with and or but were was are is be been had have has will "
    "would could should can may might did do does the a an this that these those last next ago "
    "earlier later each per than more less who which while when after before into over under "
    "about as only also still already then there their its his her our your my said say says "
    "according compared up down out off"
)
IRREGULAR_PLURALS = (
    "people children aircraft staff personnel police sheep fish deer cattle men women feet "
    "teeth mice geese crew livestock data media species series offspring spacecraft troops"
)
# Words right before a number that make it someone's age ("aged 40", "dies at 84"; "_" = space).
AGE_LEADS = (
    "aged age_of ages_of died_at dies_at dying_at turned turns turning im_alter_von "
    "âgé_de âgée_de âgés_de в_возрасте"
)
# Words in a headline that make a story about age: its ages stay key figures ("aged" is no
# such word: "A man, aged 40, ..." only tells who).
AGE_STORY = (
    "oldest youngest age ages ageing aging birthday centenarian centenarians "
    "supercentenarian ältester älteste jüngste doyen doyenne долгожитель"
)
# Words after a number that make a rate ("£950 a month", "3 per person").
RATE_LEADS = "a an per each every pro par"
RATE_UNITS = (
    "year month week day hour night person head capita barrel tonne kilo kg litre Jahr Monat "
    "Tag an mois jour"
)
EMERGENCY_WORDS = "emergency call calls operator dispatcher number"  # "a 911 call"
EMERGENCY_NUMBERS = frozenset({911.0, 999.0, 112.0})

# Context phrases: words that may start a subordinate clause (a soft cut) ...
SOFT_CUTS = (
    "and but while whereas which who whom when where after before because although though "
    "compared according including despite amid unlike und aber während et mais и но"
)
# ... that a phrase should not start with, or end with.
LEADING_JUNK = "and but or while whereas that which who so then also und et и"
DANGLING = (
    "of for by to at from with about in on than as into over under the a an von für um auf de "
    "à en par"
)
REPORTING_VERBS = "said says told added reported announced stated insisted"
# A clause with one of these reports speech: never borrowed to pad a context phrase.
ATTRIBUTION_CUES = ("said", "says", "told", "added", "reported", "according", "sagte", "a déclaré",
                    "заявил")  # fmt: skip
