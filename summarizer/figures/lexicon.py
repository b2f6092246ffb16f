"""Words that make figures, per language: qualifiers, ranges, number words, scales, currencies,
units, durations, months, vague amounts (data only; `patterns` builds the regexes, `numbers`
reads numbers, `judge` decides).

The other word lists live apart by job: `reject_words` (words that unmake or demote a figure),
`context_words` (where a context phrase is cut), `meaning_words` (what a figure means: ISO
currency codes, unit symbols, changes) and `language_words` (number and share words of the
languages other than English).

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
    "nl": "meer_dan minder_dan ongeveer bijna ruim zo'n minstens maximaal",
    "es": "más_de menos_de casi unos unas alrededor_de cerca_de aproximadamente al_menos",
    "it": "più_di meno_di quasi oltre almeno fino_a circa",
    "pt": "mais_de menos_de quase cerca_de aproximadamente pelo_menos",
}
# Verbs whose particle is a qualifier's first word, by qualifier: "the bill added up to £40"
# (totalled), "she handed over £5,000", "30 bands turned up to one show", "the firm took over
# 300 shops" (`particles`). "ran up £2m" and "made up 40%" need none: a lone "up" is no
# qualifier, and "made up to £500 a week", "ran up to 40 miles" do mean "as much as"; nor do
# "faces up to 45 years" and "won over 30 awards", whose figure is the qualified one.
PARTICLE_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "up to": "add adds added adding tot tots totted totting turn turns turned turning",
        "over": "hand hands handed handing turn turns turned turning slot slots slotted "
        "slotting fork forks forked forking take takes took taken taking",
    },
}
# Words after which "about" means "concerning", not "approximately": "a story about two US
# warships", "a caper about three women", "talked about 40 years of marriage" (an editor's reading
# of 30 real pages' replies, session 19: three such figures read as approximations). Nouns that
# tell or show something and verbs of speaking and thinking; not "report(ed)", whose "about 50
# cases" is often a count. ASKING_HEADS take a count as their object ("asked about 1,000
# voters"), so there only a number word is the topic ("asked about two secret meetings").
TOPIC_HEADS = (
    "story stories film films movie movies book books documentary documentaries article articles "
    "caper comedy drama thriller novel novels play plays series show shows song songs joke jokes "
    "question questions concern concerns details information rumour rumours rumor rumors "
    "talk talks talked talking speak speaks spoke speaking know knows knew think thinks thought "
    "thinking worry worries worried care cares cared complain complains complained lie lied lying "
    "learn learned learnt hear heard remember remembered forget forgot dream dreamed dreamt "
    "debate debated argue argued wonder wondered curious"
)
ASKING_HEADS = "ask asks asked asking question questioned questioning"
# Of those, verbs whose qualifier reading holds unless a plain count of what a takeover takes
# follows: "took over 10 hours", "took over £5m at the box office", "took over 40% of the vote",
# "took over 300 wickets" ("took over 300 shops" is a takeover).
PARTICLE_COUNT_ONLY = "take takes took taken taking"
# ... what a takeover takes: businesses, premises and places (the counted noun, or the word after
# it: "took over 300 high-street shops"; English, lower-case).
TAKEOVER_NOUNS = (
    "shop shops store stores garage garages branch branches firm firms company companies "
    "business businesses pub pubs restaurant restaurants cafe cafes outlet outlets site sites "
    "hotel hotels bank banks brand brands franchise franchises station stations venue venues "
    "school schools office offices factory factories plant plants farm farms club clubs "
    "cinema cinemas practice practices pharmacy pharmacies newspaper newspapers title titles "
    "contract contracts route routes territory territories town towns village villages "
    "building buildings"
)
# ... and verbs that mean "as much as" when "to" follows the figure: "would add up to £200 to
# energy bills", "adds up to 40 minutes to the journey" ("costs added up to £40m" is a total).
PARTICLE_NOT_BEFORE_TO = "add adds added adding"
# Before such a verb, a passive: "she was handed over £5,000" was given more than that.
PASSIVE_LEADS = "be is are was were been being get gets got getting"
BETWEEN = "between from zwischen entre от tussen tra fra"  # open a range: "between 10 and 20"
RANGE_JOINS = "- – to and und bis et à до и y e en"  # "between 10 and 20", "entre 3 y 4"
# "10 to 20" without "between"; "six or seven months" is a range too, as rough as "6-7 months"
# (reading23: "seven months" shown, its "six or" lost; not the Dutch "of", an English word).
RANGE_DASHES = "to bis à до or oder ou o или"

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
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125,
}  # fmt: skip
# Words before "half" or "third" that make it an ordinal, not a share ("the second half"), or a
# part by place ("the top half of the income distribution", "the upper half of her body").
ORDINAL_LEADS = (
    "first second third fourth final last latter former opening other the "
    "top bottom upper lower back front better"
)

# Scale words after digits ("1.2 million", "48 Mio.", "3 млн"); lower-case.
SCALES = {
    "hundred": 1e2, "dozen": 12.0,
    "thousand": 1e3, "tausend": 1e3, "k": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6, "mio.": 1e6,
    "millionen": 1e6, "млн": 1e6, "млн.": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "млрд": 1e9, "млрд.": 1e9, "трлн": 1e12,
    "трлн.": 1e12,
    "miljoen": 1e6, "millón": 1e6, "millones": 1e6, "milione": 1e6, "milioni": 1e6,
    "milhão": 1e6, "milhões": 1e6, "miljard": 1e9, "mil millones": 1e9, "miliardo": 1e9,
    "miliardi": 1e9, "bilhão": 1e9, "bilhões": 1e9, "mil": 1e3, "mila": 1e3,
    "mil milhões": 1e9,
    "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
# Thousands words after digits in the languages that write them so ("300 mil famílias", "120
# mil euros", "370 mila persone"; "_" = space): a scale only in these languages (see
# `patterns.SCALE_BY_LANGUAGE`); "mil milhões" is a billion (European Portuguese).
THOUSAND_WORDS = {"es": "mil mil_millones", "pt": "mil mil_milhões", "it": "mila"}
# Russian scale words decline (тысяча, миллионов, миллиарда): matched by their stems.
RU_SCALE_STEMS = (("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12))

# Languages that write 1.200,5 (dot or space groups, decimal comma).
DECIMAL_COMMA_LANGS = frozenset({"de", "fr", "ru", "es", "it", "pt", "nl", "pl", "uk", "tr"})

# Currency signs written before the amount, and codes followed by a digit ("USD 5").
CURRENCY_SIGNS = (
    "us$ $us usd$ a$ au$ aud$ c$ ca$ cad$ nz$ nzd$ hk$ hkd$ s$ sgd$ r$ mx$ mex$ mxn$ $ £ € ¥ ₽ ₹ "
    "₡ ₾ ₭ ₿ ₩ ₦ ₱ ₺ ₴ ₪ ₫"
)
# Dollar signs whose letters may stand apart from the "$" ("c $ 410 million", "hk $ 3.2
# billion"): not "a", "s" or "r", which are words or word ends ("a $5 fee", "its $5 fee").
SPACED_DOLLARS = "au ca c nz hk"
# The one-character signs among them (what the cheap first pass looks for).
SIGN_CHARS = "$£€¥₽₹₡₾₭₿₩₦₱₺₴₪₫"
SIGN_PREFIX = 3  # letters at most before a "$": "mxn$ 15", "nzd$15"
CURRENCY_CODES = ("usd", "eur", "gbp", "rub", "chf", "inr", "rs.", "rs")

# Currency codes and words after an amount ("110 JPY", "115USD", "7.5 million Danish crowns");
# lower-case, "_" = space, a trailing "?" makes the last letter optional.
CURRENCY_CODES_AFTER = (
    "usd eur gbp jpy cny rmb chf cad aud nzd hkd sgd inr rub btc sek nok dkk czk try mxn krw zar"
)
CURRENCY_WORDS_AFTER = (
    "us_dollars? australian_dollars? canadian_dollars? new_zealand_dollars? hong_kong_dollars? "
    "singapore_dollars? taiwan_dollars? danish_crowns? swedish_crowns? norwegian_crowns? "
    "czech_crowns? danish_kroner danish_krone swedish_kronor swedish_krona norwegian_kroner "
    "norwegian_krone finnish_markka markka dutch_guilders? guilders? turkish_lira lira "
    "mexican_pesos? pesos? "
    "chinese_yuan japanese_yen swiss_francs? pence penny cents? bitcoins? de_euros de_dólares "
    "de_reais de_pesos de_libras di_euro di_dollari dólares reais "
    # other languages' words for the common currencies ("500 Franken", "20 livres sterling")
    "franken pfund_sterling pfund rubel livres_sterling libras_esterlinas? libras? sterline "
    "sterlina dollari rubli rublos? francos? franchi yenes yuanes pond frank roebel"
)
# Currency words that make a scale letter glued to the digits a scale ("70m euros", "300k
# dollars"); without a sign before, "70m" alone is metres and "70m people" a count. Pounds only
# when no "of" follows ("5m pounds of beef" is a weight).
GLUED_SCALE_MONEY = "dollars? euros? pounds?(?!\\s+of\\b) yen yuan rupees? francs? roubles? rubles?"
GLUED_SCALES = "m b k"  # "70m", "4b", "300k": a million, a billion, a thousand
# Units written only glued to the number ("100t"; a spaced "5 t" is too often something else).
GLUED_UNITS = "t"
GLUED_MONEY = "p"  # "118.5p": pence

UNITS: dict[str, str] = {
    "en": "square_kilometres square_kilometers square_metres square_meters square_miles sq_km "
    "sq_m km² m² km/h kph mph kilometres kilometers kilometre kilometer km metres meters metre "
    "meter m centimetres cm millimetres mm miles mile feet foot ft inches inch yards hectares "
    "hectare ha acres acre tonnes tonne tons ton kg kilograms kilogrammes kilos litres liters "
    "barrels bpd megawatts gigawatts MW GW kW kWh MWh GWh TWh degrees °C °F knots storeys floors "
    "degrees_celsius degrees_fahrenheit degree_celsius degree_fahrenheit deg_celsius "
    "deg_fahrenheit deg_c deg_f degree deg celsius celcius fahrenheit ° kph km2 m2 dm "
    "micrograms microgram milligrams mg gallons gallon ml lbs lb oz ounces GB MB TB kB Hz kHz "
    "MHz GHz hp horsepower bhp Mbps Gbps rad cups cup tablespoons tablespoon teaspoons "
    "teaspoon carats carat kmph km/hr degrees_f degrees_c degree_f degree_c µg μg "
    "centimeters centimeter centimetre millimeters millimeter millimetre grams gram grammes "
    "gramme microgrammes microgramme milligrammes milligram °_celsius °_fahrenheit farenheit "
    "degrees_farenheit kilobytes kilobyte megabytes megabyte gigabytes gigabyte terabytes "
    "terabyte kilobits kilobit megabits megabit gigabits gigabit metric_tons metric_ton nm "
    "nanometres nanometers nanometre nanometer Mbit/s Gbit/s kbit/s Mb/s Gb/s hectolitres "
    "hectolitre hectoliters hectoliter hl",
    "de": "Hektoliter Tonnen Grad Grad_Celsius Grad_Fahrenheit Liter Kilogramm Gramm Zentimeter "
    "Millimeter Hektar Quadratmeter Quadratkilometer Stundenkilometer",
    "fr": "hectolitres hectolitre mètres kilomètres degrés degré degrés_Celsius degré_Celsius "
    "degrés_Fahrenheit "
    "centimètres millimètres mètres_carrés kilomètres_carrés kilomètres_par_heure",
    "es": "hectómetros_cúbicos hectolitros kilómetros metros toneladas grados grado "
    "grados_Celsius grados_centígrados "
    "grados_Fahrenheit litros kilogramos kilos gramos centímetros milímetros hectáreas "
    "metros_cuadrados kilómetros_cuadrados kilómetros_por_hora",
    "it": "ettolitri chilometri metri tonnellate gradi grado gradi_Celsius gradi_centigradi litri "
    "chilogrammi chili grammi centimetri millimetri ettari metri_quadrati chilometri_quadrati "
    "chilometri_orari",
    "pt": "hectolitros quilômetros quilómetros toneladas graus grau graus_Celsius "
    "graus_centígrados metros "
    "litros quilos quilogramas gramas centímetros milímetros metros_quadrados "
    "quilômetros_quadrados quilômetros_por_hora",
    "nl": "hectoliter graden graad graden_Celsius liter kilogram kilo gram centimeter millimeter "
    "hectare "
    "vierkante_meter vierkante_kilometer kilometer meter",
    "ru": "км кг тонн тонны тонна метров метра метр километров километра сантиметров "
    "миллиметров градусов градуса гектаров градусов_Цельсия градуса_Цельсия литров литра литр "
    "килограммов килограмма килограмм граммов квадратных_метров квадратных_километров км/ч "
    "гектолитров гектолитра см мм",
}
# English abbreviations of time units ("6.67 secs", "3 hrs", "20 mins"); written in capitals
# they are a name's ("12 SEC filings"), not a span of time (`reading.numbers`).
DURATION_ABBREVIATIONS = "hrs hr mins min secs sec"
DURATIONS: dict[str, str] = {
    "en": "years year months month weeks week days day hours hour minutes minute seconds "
    "decades decade centuries century " + DURATION_ABBREVIATIONS,
    "de": "Jahre Jahren Jahr Monate Monaten Monat Wochen Tage Tagen Tag Stunden Nächte Nächten "
    "Minuten Sekunden",
    "fr": "ans années mois semaines jours heures nuits minutes secondes",
    "ru": "лет года год месяцев месяца недель недели дней дня часов часа минут минуты секунд "
    "ночей ночи",
    "nl": "jaar jaren maanden maand weken dagen uur nachten minuten seconden",
    "es": "años meses días semanas horas noches minutos segundos",
    "it": "anni mesi giorni settimane ore notti minuti minuto secondi",
    "pt": "anos meses dias semanas horas noites minutos segundos",
}  # nights are a span of time in the labels' English word ("deux nuits" = 2 night)
# Joins of a compound duration ("3 hours 12 minutes", "8 anni e 4 mesi"), and how many of the
# smaller unit make one of the larger: it is one figure in the smaller unit (192 minutes).
DURATION_JOINS = "and e et y und en и"
# Words that join two amounts the unit after the second names for both ("40m and 65m dollars",
# "40 or 65 metres"), by language: Dutch "of" is "or", English "of" is no join ("22 of 47").
PAIR_JOINS = {
    "en": "and or &", "de": "und oder", "fr": "et ou", "nl": "en of", "es": "y o e", "it": "e o",
    "pt": "e ou", "ru": "и или",
}  # fmt: skip
SMALLER_UNITS = {
    ("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
    ("minute", "second"): 60,
}  # fmt: skip
# Spans of time that are whole numbers of years ("over two decades" = 20 years).
IN_YEARS = {"decade": 10, "century": 100}
MONTHS_EN = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
)
# Month names of other languages, any case; "*" ends a stem (Russian months decline).
MONTHS_OTHER: dict[str, str] = {
    "de": "januar februar märz juni juli oktober dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ru": "январ* феврал* март* апрел* мая май июн* июл* август* сентябр* октябр* ноябр* декабр*",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
# Words right before a time written with a dot ("a las 21.00", "tussen 7.00 en 10.30 uur"; see
# `fixed_patterns.DOT_TIME_RE`, read only in decimal-comma languages).
TIME_LEADS = (
    "las alle dalle às om um tussen vanaf tot bis ab gegen desde hasta entre ore hora uhr vers "
    "omstreeks rond verso fino"
)

# Vague amounts ("dozens of homes"): the word and the scale it names.
VAGUE_AMOUNTS = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3,
    "tens_of_thousands": 1e4, "hundreds_of_thousands": 1e5, "millions": 1e6,
    "tens_of_millions": 1e7, "hundreds_of_millions": 1e8, "billions": 1e9,
}  # fmt: skip
# Verbs before a bare "millions" that make it money ("raised millions", "could lose
# millions"); "millions watched" and "hundreds, thousands, of us" stay no figure.
MONEY_VERBS = (
    "raise raised raises raising make made makes making lose lost loses losing earn earned earns "
    "earning cost costs costing spend spent spends spending pay paid pays paying save saved saves "
    "saving owe owed owes owing pocket pocketed pocketing"
)
# Words before a four-digit number that keep it a year even when a noun follows ("in 2018
# voters ...", "by 2100 seas ...").
YEAR_LEADS = (
    "in by since until till from to of during before after around circa year early late mid "
    "end start spring summer autumn fall winter im seit bis vor nach en depuis avant après "
    "в с до к по"
)
# Of YEAR_LEADS, the ones after which a four-digit number with a plural noun right after it
# counts that noun: "a fleet of 1200 trawlers", "rose to 1500 members" (but "in 2015 officials
# said" is a year, and so is "back to 2008 levels": see YEAR_NOUNS).
COUNT_LEADS = "of to"
# Nouns a year names or dates: after a four-digit number they keep it a year, never a count
# ("back to 2008 levels", "the 2150 target"). Singular ones name a plan or an event; plural
# ones are seldom counted ("1500 attacks" is a count: see YEAR_EVENTS). "the 2500 mark" or
# "level" may be a number and is not here.
YEAR_NOUNS = (
    "levels prices figures standards budgets dollars terms values rates numbers results data "
    "statistics stats estimates forecasts projections earnings profits revenues elections "
    "midterms primaries olympics playoffs championships polls talks accords "
    "target goal deadline plan vision horizon forecast projection scenario agenda strategy "
    "roadmap pledge commitment timeline timeframe date milestone ambition outlook budget "
    "season election census campaign edition version"
)
# Plural nouns a recent year (1900-2099) dates after "of" or "to" ("the summer of 2019 floods"),
# though with another number they count ("a wave of 1500 attacks").
YEAR_EVENTS = (
    "games seasons riots protests attacks floods fires wildfires storms hurricanes bombings "
    "shootings agreements rules regulations laws guidelines reforms sanctions cuts awards "
    "tours events campaigns sales losses accounts graduates targets goals plans models"
)
# Verbs in -s that may follow a year ("the summer of 2019 brings", "back to 2010 shows"): no
# plural noun, so no count.
YEAR_VERBS = (
    "shows means remains includes marks brings sees seems looks says suggests makes gives "
    "begins starts ends follows comes goes becomes represents proves points stands leaves"
)
# After "35m of": words that make the "m" a million ("35m of its devices"; "100m of road" is
# metres).
MILLION_OF = "its the their his her our these those them us all"
# Verbs right before "40m" (a qualifier may come between) that make it money, so a million: "raised
# 40m and 65m", "paid more than 40m" (not "made 40m", "lost 40m": a rugby run, a glacier's ice).
MILLION_VERBS = (
    "raise raised raises raising cost costs costing pay paid pays paying spend spent spends "
    "spending earn earned earns earning owe owed owes owing borrow borrowed borrows borrowing "
    "invest invested invests investing fetch fetched fetches fetching worth"
)
# Nouns right after "400m" that make it money, so a million: "a 400m budget", "a 60m deal"
# ("a 400m tower" stays metres).
MILLION_NOUNS = (
    "budget deal contract fee bid loan debt profit revenue salary takeover fund package "
    "investment deficit windfall payout valuation turnover overspend shortfall bailout grant "
    "sponsorship buyout settlement sale"
)
# Russian units decline ("метров", "метра"): matched by stem, longest first.
RU_UNIT_STEMS = (
    ("гектолитр", "hl"), ("километр", "km"), ("сантиметр", "cm"), ("миллиметр", "mm"),
    ("метр", "m"), ("тонн", "t"),
    ("градус", "°"), ("гектар", "ha"), ("литр", "l"), ("килограмм", "kg"), ("грамм", "g"),
    ("км", "km"), ("кг", "kg"),
)  # fmt: skip
# Fractions written as one character ("½ cup", "1½ miles").
VULGAR_FRACTIONS = {
    "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8,
    "⅝": 5 / 8, "⅞": 7 / 8, "⅕": 1 / 5,
}  # fmt: skip
# A line that opens with one of these links another story ("Read more: 5 ways to ..."): its
# figures are not this article's (lower-case; matched at a line's start).
RELATED_LEADS = (
    "read more", "related:", "related stories", "related story", "see also", "also read",
    "read also", "more:", "recommended:", "watch:", "lesen sie auch", "mehr zum thema",
    "à lire aussi", "lire aussi", "читайте также", "по теме",
)  # fmt: skip
# Words before "25 pounds" that make it a weight, not money (lower-case stems).
WEIGHT_CUES = ("weigh", "weight", "heavy", "heavier", "lighter", "kilo", "lbs", "pounds of",
               "baby", "metric ton", "drop ", "dropped ")  # fmt: skip
# Hyphenated words after a number that count events, not measure ("a three-match ban").
HYPHEN_COUNTS = (  # margins count too: "a one-stroke lead", "a 97-run win", "a two-goal cushion"
    "time game match season round set album film shot stroke run wicket goal vote lap episode "
    "player track man country nation city"
)
# "a 2,700-strong crowd": "strong" after a hyphen says how many the group after it holds, so the
# figure counts that group (the first of these nouns within GROUP_REACH words; "and" may join
# two: "a 40-strong music and theatre troupe"). No such noun: a count with no unit.
STRENGTH_WORD = "strong"
GROUP_NOUNS = (
    "crowd audience squad team side party group workforce staff army force troupe band cast "
    "choir orchestra crew panel jury committee board council cabinet delegation contingent "
    "field list shortlist majority community membership union congregation gathering mob "
    "fleet convoy battalion regiment brigade unit platoon company troop police "
    "line-up roster entourage following fanbase population"
)
GROUP_REACH = 5
# Words right after "N times" that make it a multiplier ("four times more", "three times as
# many", "ten times higher", "three times the size"), not how often; a word in "-er" before
# "than" or a stop does too ("16 times faster than", "will be a million times faster."). After
# "the" only the nouns in MULTIPLIED count ("won it four times the year before" is how often).
MULTIPLIER_AFTER = "more less fewer what"  # "earns three times what he did"
# "three times as many": "as" then a lower-case word; not "four times as a player" (a function
# word) nor "breached four times as Ulster ..." or "as he ..." (a clause: how often).
MULTIPLIER_AS = "as"
NOT_COMPARED = (  # words in "-er" that compare nothing, and pronouns after "as"
    "he she it they we you i ever never either neither rather together however whatever "
    "forever further other another"
)
MULTIPLIED = (
    "size amount number level rate price cost value average figure minimum maximum speed "
    "capacity resolution volume weight height length total sum salary pay wage wages income "
    "budget population area power strength"
)
# Hyphenated words that make "one-X" a way of speaking ("a one-time winner", "a one-man show"),
# not a count; "a two-time winner" and "Nine-man Rovers" count.
ONE_IDIOMS = "time man woman"
# English words that count two, before "of" ("a pair of shoes"). "A couple of weeks" is no
# figure: it means a few, as "a couple of times" does.
PAIR_WORDS = "pair"
# Words right before a bare number that compare it with a figure told just before it in the same
# sentence, so that it counts the same thing ("27 wolves, up from just four", "62 days, against
# a target of 31"; "_" = space; English). Not "total to": "a half-sack in three straight games
# to take his career total to 48" counts sacks.
COMPARE_LEADS = (
    "up_from down_from compared_with compared_to against versus target_of rising_from falling_from"
)
# "of which" in each language read: the number after it counts some of the count before
# ("3.500 Stellen, davon knapp 1.200 in Deutschland").
PARTITIVE_LEADS = (
    "of_which of_whom davon darunter dont parmi_eux di_cui tra_cui de_ellos de_ellas "
    "de_los_cuales de_las_cuales dos_quais das_quais deles delas waarvan van_wie из_них "
    "из_которых"
)
