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
    "nl": "meer_dan minder_dan ongeveer bijna ruim zo'n minstens maximaal",
    "es": "más_de menos_de casi unos unas alrededor_de cerca_de aproximadamente al_menos",
    "it": "più_di meno_di quasi oltre almeno fino_a circa",
    "pt": "mais_de menos_de quase cerca_de aproximadamente pelo_menos",
}
# Verbs whose particle is a qualifier's first word, by qualifier: "the bill added up to £40"
# (totalled), "she handed over £5,000", "40 labels turned up to one gig", "the firm took over
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
# Of those, verbs whose qualifier reading holds unless a plain count follows: "took over 10
# hours", "took over £5m at the box office", "took over 40% of the vote" ("took over 300 shops"
# is a takeover).
PARTICLE_COUNT_ONLY = "take takes took taken taking"
# ... and verbs that mean "as much as" when "to" follows the figure: "would add up to £200 to
# energy bills", "adds up to 40 minutes to the journey" ("costs added up to £40m" is a total).
PARTICLE_NOT_BEFORE_TO = "add adds added adding"
# Before such a verb, a passive: "she was handed over £5,000" was given more than that.
PASSIVE_LEADS = "be is are was were been being get gets got getting"
BETWEEN = "between from zwischen entre от tussen tra fra"  # open a range: "between 10 and 20"
RANGE_JOINS = "- – to and und bis et à до и y e en"  # "between 10 and 20", "entre 3 y 4"
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
    "meter m centimetres cm millimetres mm miles mile feet foot ft inches yards hectares hectare "
    "ha acres acre tonnes tonne tons ton kg kilograms kilogrammes kilos litres liters barrels "
    "bpd megawatts gigawatts MW GW kW kWh MWh GWh TWh degrees °C °F knots storeys floors "
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
DURATIONS: dict[str, str] = {
    "en": "years year months month weeks week days day hours hour minutes minute seconds "
    "decades decade centuries century",
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
# `patterns.DOT_TIME_RE`, read only in decimal-comma languages).
TIME_LEADS = (
    "las alle dalle às om um tussen vanaf tot bis ab gegen desde hasta entre ore hora uhr vers "
    "omstreeks rond verso fino"
)

# A number after one of these is a reference, not a quantity ("page 12", "Seite 4").
REFERENCES = (
    "page pages p. pp. volume vol. chapter section article no. number line room gate platform "
    "highway interstate road § §§ art. para. update patch "
    "route flight version level grade season episode step phase stage paragraph item table "
    "figure fig. exit verse rule clause type category class size model seite band kapitel "
    "artikel nr. страница том "
    # the same in the other languages read ("la ligne 13", "la línea 5", "Linie 7")
    "ligne linea línea linha lijn linie линия линии numéro número numero nummer номер página "
    "pagina capítulo capitolo chapitre hoofdstuk artículo articolo artigo"
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
    "according compared up down out off without within through across against between among "
    "during since until because "
    "und oder mit von für im auf et ou de des du avec pour y o del con para e em com di tra met "
    "voor van"
)
IRREGULAR_PLURALS = (
    "people children aircraft staff personnel police sheep fish deer cattle men women feet "
    "teeth mice geese crew livestock data media species series offspring spacecraft troops"
)
# Words right before a number that make it someone's age ("aged 40", "dies at 84"; "_" = space).
# Words between "of" and the count a part belongs to: "16 of their past 19 games".
PART_OF_WORDS = "the their his her its our my your past last first next final previous latest"
# Words before a number that make it a name ("day four of the tour", "round two of five") or a
# place in a row ("after the first two of five one-day internationals"): no part of the count
# after it.
PART_NAMES = (
    "day round game stage week chapter part phase leg act episode season number no "
    "first last next final opening"
)
# Words before "N of M X" that make the N members of a group, not a part: "it is one of 200
# ports" tells the 200; "made one of two free throws" is a part.
MEMBER_LEADS = "is was are were be been being as becomes became remains"
AGE_LEADS = (
    "aged age age_of ages_of died_at dies_at dying_at turned turns turning im_alter_von "
    "âgé_de âgée_de âgés_de в_возрасте"
)
# Words in a headline that make a story about a record age: its ages stay key figures.
AGE_RECORD = (
    "oldest youngest centenarian centenarians supercentenarian ältester älteste jüngste doyen "
    "doyenne долгожитель"
)
# Words in a headline that make a story about age ("aged" is no such word: "A man, aged 40,
# ..." only tells who); without a record, only the age the headline gives is key ("her 100th
# birthday": 100, not "her son, aged nine months").
AGE_STORY = "age ages ageing aging birthday " + AGE_RECORD
# Words after a number that make a rate ("£950 a month", "3 per person").
RATE_LEADS = "a an per each every pro par"
RATE_UNITS = (
    "year annum month week day hour minute second millisecond night person head capita barrel "
    "tonne kilo kg gram gramme litre share dozen Jahr Monat Tag an mois jour"
)
RATE_NOT_BEFORE = "earlier ago before later after"  # "a year earlier" is a time, no rate
# "a 911 call", "Dean's 911 phone call", "the 999 line"
EMERGENCY_WORDS = "emergency call calls operator dispatcher number phone line tape tapes recording"
EMERGENCY_NUMBERS = frozenset({911.0, 999.0, 112.0})
# Words before a bare number that make it a golfer's round ("shot a 67", "carded a 68", "a
# 9-under 64", "a round of 69"): a score, like a match result.
ROUND_LEADS = "shot shoots shooting carded carding cards card fired firing posted posting"
ROUND_TAILS = ("-under", "-over", "-par", "-round")  # "a 9-under 64", "a third-round 67"
# Words after "a 67" that leave it with nothing counted, as a score is ("needs a 66 to reach the
# weekend", "closed with a 69 and"); "a 14,200 crowd" counts.
SCORE_FOLLOW = "and to in on at with for but was is as before after from or that which"
# A page's furniture counted: "(Guest writer) 3 comments" ending its line, "the full
# article contains 412 words" (singular nouns; see `rejects.furniture`).
FURNITURE_NOUNS = "comment talkback reply view"
# Currency words that, capitalised after a number other than one, make a name: "50 Cent".
NAMED_MONEY = "cent dollar pound euro penny buck"
# Cricket's formats, named by their length: "the one-day series", "a One-Day International".
GAME_FORMATS = (
    "international internationals series match matches game games cup side squad format "
    "cricket team tournament competition"
)
# Places on a pitch named by their distance: "the 5-yard line", "the six-yard box".
PITCH_UNITS = "yard metre meter"
PITCH_PLACES = "line box area mark"
# "the $64,000 question": a way of speaking (the amount, in dollars, before "question").
QUESTION_AMOUNTS = (64.0, 64_000.0, 64_000_000.0)
# Words after "100%" that make it a way of speaking ("100% sure"), not a share.
INTENSIFIED = "no yes sure certain true right behind committed agree confident not honest correct"
# A gap in a table or a ranking ("two places higher than Hull", "three spots behind
# Leeds"): a difference of ranks, which are no figures (as ordinals are not); a move ("climbed
# three spots") is a change the labels count. Counted nouns (singular) and the words after them.
RANK_UNITS = "place spot position rung notch"
RANK_AFTER = "higher lower above below behind ahead clear adrift better worse"
# Words after a distance that make it a race's name ("the 100m final", "took 400m gold", "the
# 60m hurdles"), and before it ("the men's 800m"): an event, as "Season 6" is a name.
EVENT_AFTER = (
    "final finals title titles gold silver bronze hurdles relay freestyle butterfly backstroke "
    "breaststroke medley champion champions championship heat heats semi-final semi-finals "
    "semifinal semifinals steeplechase medal medals"
)
EVENT_BEFORE = "men's women's boys' girls' mens womens men’s women’s"
# Verbs before "two ways" that make it a saying ("the tariff cuts two ways", "it can
# go two ways"), not a count of ways ("two ways to save" counts).
TWO_WAYS_LEADS = "go goes going went gone cut cuts cutting work works working swing swings swung"
# Words after a span of time that make it a point in time, as a date is ("more than a decade
# ago", "14 years after the trial"): true, but seldom the figure a story turns on.
WHEN_WORDS = "ago after before prior later earlier since"
# Words before "two" that make "two X" a pair the story has named already ("the two sides"):
# without one, "two" and a counted noun is a figure (the labels count "her two daughters").
PAIR_TOLD = "the both these those all or"  # "or": "one or two things" is vague
# "Two" in the other languages read, and the words before it that make it a pair already named
# ("les deux camps", "die beiden"): "deux nuits", "dos goles" count as "two kids" does.
TWO_WORDS = "two deux dos zwei due twee dois duas два две"
PAIR_TOLD_OTHER = {
    "fr": "les ces tous",
    "es": "los las estos estas ambos ambas",
    "de": "die diese alle",
    "it": "i gli le questi queste entrambi",
    "nl": "de deze die alle",
    "pt": "os as estes estas",
    "ru": "эти все",
}
# Words after minutes or seconds that make them a point on a game's clock ("with 8 minutes
# left", "25 minutes gone"), and words before them that do ("a goal on 63 minutes").
CLOCK_AFTER = "left gone remaining elapsed played"
CLOCK_BEFORE = "on"
# Words after "N-year" that describe someone ("a 12-year veteran"), as "10-time" does.
DESCRIBING_AFTER = "veteran pro professional"
# Hyphenated measures of a document ("a 40-page memo"): its size, seldom the news.
DOCUMENT_UNITS = "page"
# Words next to a count of people that make it news however small ("eight people were killed",
# "injuring three"): a small number word that counts these keeps its full rank.
HARM_WORDS = (
    "killed kill kills killing dead died die dies injured injuring injure hurt wounded "
    "missing arrested rescued evacuated"
)
# Words around a bare number that make it a count of people killed or hurt: before it "a car bomb
# killed seven", after it "the nine dead", "14 injured" (not "hurt": "the putt on 7 hurt").
VICTIMS_BEFORE = "killed killing kills kill injured injuring injures wounded wounding"
VICTIMS_AFTER = "dead injured wounded missing"
# Counted nouns of someone's family ("married with four children", "his two daughters"): like
# an age, they tell who someone is, so they rank low (as a count's unit is: singular, but
# "grandchildren" stays as written).
KIN = (
    "child kid son daughter sibling brother sister grandchild grandson granddaughter "
    "stepchild stepson stepdaughter wife husband parent grandchildren stepchildren"
)
DIAL_WORDS = "called call calling calls dial dialed dialled dialing dialling"  # "called 911"
# Words before a range of two ages that make it an age bracket ("adults 18-49"), a group's name
# that counts nothing; after "aged" or "ages" (AGE_LEADS) the range is an age ("aged 18 to 34").
BRACKET_LEADS = "adults adult viewers voters women men people demo demographic"
# Words before "under 30" / "over 65" that make it an age bracket ("women over 40").
BRACKET_QUALS = "under over"
# Words before a lower-case "under 14" that make it a team's or a category's name, not "fewer
# than 14": "the under 14 boys", "his under 12 side" (no one writes "the fewer than 14 boys").
AGE_BAND_LEADS = "the a an his her their our its my your this that these those whose"
# Words before "21-58" that make it a win-loss record, not a range ("the side went 21-58").
RECORD_LEADS = "went go goes going gone finished finish"
# Words after "three-point" that make it the name of a shot ("from three-point range").
SHOT_NAMES = "range stripe shot shots shooting line attempt attempts play plays conversion basket"

# Context phrases: words that may start a subordinate clause (a soft cut) ...
SOFT_CUTS = (
    "and but while whereas which who whom when where after before because although though "
    "compared according including despite amid unlike und aber während et mais и но"
)
# Soft cut words and the preposition each takes with it ("because of", "compared with"): a
# phrase cut at the soft word starts at it, not at the preposition.
HELD_BY_SOFT = "because_of compared_with compared_to according_to"
# Pronouns that are only ever subjects: a cut tail ending on one ends on a clause cut off.
SUBJECT_PRONOUNS = "he she they we i"
# Words that open a subordinate clause: a tail after the figure that opens with one and is too
# long to keep whole goes whole ("… as the workforce continues to age").
SUBORDINATORS = "as because while whereas when if unless although though"
# ... that a phrase should not start with, or end with.
LEADING_JUNK = "and but or while whereas that which who so then also und et и"
DANGLING = (
    "of for by to at from with about in on than as into over under the a an von für um auf de "
    "à en par his her their its my your our this that these those due aged some each every "
    "two three four five six seven eight nine ten such and or but"
)
# Words that name nothing: a context phrase of only these (and DANGLING, LEADING_JUNK) is none.
FUNCTION_WORDS = (
    "it its it's he she they we you i me him them us is are was were be been has have had do "
    "does did no not yes so very just only also this there here"
)
# Capitalised words that start sentences, not names: one after a plain word mid-sentence means
# the page lost a full stop ("... 14.8 per cent That number could rise").
SENTENCE_STARTERS = "The That This These Those It He She They We His Her Their But"
# Words a phrase cut short may stop before: a new phrase or clause starts there, so what is
# kept before it ends whole ("after he gave her pills | that left her ...").
PHRASE_STARTS = (
    "of for by to at from with about in on into over under during since until after before "
    "because while when where which who that as than and but or including despite amid "
    "against between among amongst without within across through toward towards via near "
    "behind beyond upon onto along around outside inside per if unless"
)
# Words that open a clause which a phrase must not end in a word or two after ("… of fins
# into the country | if they are"): relative pronouns and subordinators.
CLAUSE_TAILS = "that which who whom whose where if unless because although though whether"
# Words a phrase cut short may start at, so that it starts a noun phrase ("a Sept. 8 video that
# showed ...", not "Sept. 8 video that ..."): determiners and possessives.
PHRASE_OPENERS = "a an the his her their its our my your this these those some every each"
REPORTING_VERBS = "said says told added reported announced stated insisted"
# Verbs that report what a clause after "that" says ("the filmer wrote on the site that the
# injury required …"): the words up to "that" say who told it, not what the figure counts.
REPORTED_THAT = (
    "said says told added reported announced stated insisted wrote writes revealed reveals "
    "claimed claims explained admitted confirmed warned noted argued believes believed "
    "shows showed suggests suggested estimated estimates ruled"
)
# A clause with one of these reports speech: never borrowed to pad a context phrase.
ATTRIBUTION_CUES = ("said", "says", "told", "added", "reported", "according", "sagte", "a déclaré",
                    "заявил")  # fmt: skip

# -- what a figure means (`summarizer.figures.meaning`) -----------------------------------------
# Currency as written (sign, code or word, lower-case; words by their stem) -> ISO 4217 code.
# GBX and USX are the market codes for pence and cents.
CURRENCY_UNITS = {
    "$": "USD", "us$": "USD", "$us": "USD", "usd": "USD", "dollar": "USD", "us dollar": "USD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollar": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollar": "CAD",
    "nz$": "NZD", "nzd$": "NZD", "nzd": "NZD", "new zealand dollar": "NZD", "usd$": "USD",
    "aud$": "AUD", "cad$": "CAD", "hkd$": "HKD", "sgd$": "SGD", "sgd": "SGD",
    "mx$": "MXN", "mex$": "MXN", "mxn$": "MXN", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC",
    "₩": "KRW", "₦": "NGN", "₱": "PHP", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₫": "VND",
    "markka": "FIM", "finnish markka": "FIM", "hk$": "HKD", "hkd": "HKD",
    "hong kong dollar": "HKD", "s$": "SGD",
    "r$": "BRL", "real": "BRL", "reais": "BRL",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "d'euro": "EUR", "d’euro": "EUR", "евро": "EUR",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "cny": "CNY", "rmb": "CNY", "yuan": "CNY",
    "元": "CNY", "₽": "RUB", "rub": "RUB", "rouble": "RUB", "ruble": "RUB", "рубл": "RUB",
    "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR", "rupee": "INR",
    "chf": "CHF", "franc": "CHF", "swiss franc": "CHF", "btc": "BTC", "bitcoin": "BTC",
    "sek": "SEK", "swedish crown": "SEK", "swedish krona": "SEK", "swedish kronor": "SEK",
    "nok": "NOK", "norwegian crown": "NOK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
    "dkk": "DKK", "danish crown": "DKK", "danish krone": "DKK", "danish kroner": "DKK",
    "czech crown": "CZK", "czk": "CZK", "guilder": "NLG", "dutch guilder": "NLG",
    "mark": "DEM", "lira": "TRY", "turkish lira": "TRY", "try": "TRY", "peso": "MXN",
    "mexican peso": "MXN", "mxn": "MXN", "won": "KRW", "krw": "KRW", "rand": "ZAR", "zar": "ZAR",
    "долл": "USD", "dólar": "USD", "dólares": "USD", "dollari": "USD", "libras": "GBP",
    "cent": "USX", "penny": "GBX", "pence": "GBX", "p": "GBX",
    # the common currencies in the other languages read ("Franken", "sterline", "юаней")
    "pfund": "GBP", "libra": "GBP", "esterlina": "GBP", "sterlina": "GBP", "sterline": "GBP",
    "pond": "GBP", "фунт": "GBP", "franken": "CHF", "franco": "CHF", "franchi": "CHF",
    "frank": "CHF", "франк": "CHF", "rubel": "RUB", "rublo": "RUB", "rubli": "RUB",
    "roebel": "RUB", "юан": "CNY", "иен": "JPY",
}  # fmt: skip
# Unit words (lower-case, as the UNITS pattern matches them) -> the unit's symbol.
UNIT_SYMBOLS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km",
    "километр": "km", "kilomètres": "km", "m": "m", "metre": "m", "meter": "m", "metres": "m",
    "meters": "m", "mètres": "m", "метр": "m", "cm": "cm", "centimetres": "cm", "mm": "mm",
    "millimetres": "mm", "mile": "mile", "miles": "mile", "feet": "ft", "foot": "ft", "ft": "ft",
    "inch": "inch", "inches": "inch", "yards": "yard", "hectares": "ha", "hectare": "ha",
    "ha": "ha", "acres": "acre", "acre": "acre", "tonnes": "t", "tonne": "t", "t": "t",
    "tonnen": "t", "тонн": "t", "tons": "ton", "ton": "ton", "kg": "kg", "kilograms": "kg",
    "kilogram": "kg", "kilogrammes": "kg", "kilos": "kg", "kilo": "kg", "кг": "kg", "lb": "lb",
    "lbs": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz", "g": "g", "gram": "g",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "ml": "ml", "gallon": "gal",
    "gallons": "gal", "barrels": "barrel", "bpd": "barrel/day", "megawatts": "MW",
    "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
    "kilowatt": "kW", "kw": "kW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "degrees": "°", "degree": "°", "grad": "°",
    "°": "°", "°c": "°C", "c": "°C", "°f": "°F", "f": "°F", "celsius": "°C",
    "fahrenheit": "°F", "knots": "knot", "storeys": "storey", "storey": "storey",
    "floors": "floor", "floor": "floor", "story": "storey", "km/h": "km/h", "kph": "km/h",
    "mph": "mph", "km²": "km²", "m²": "m²", "m2": "m²", "km2": "km²", "square kilometres": "km²",
    "square kilometers": "km²", "square metres": "m²", "square meters": "m²",
    "square miles": "mile²", "sq km": "km²", "sq m": "m²", "kb": "kB", "mb": "MB", "gb": "GB",
    "tb": "TB", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "hp": "hp",
    "horsepower": "hp", "bhp": "hp", "mbps": "Mbit/s", "gbps": "Gbit/s", "bit": "bit",
    "rad": "rad", "mg": "mg", "µg": "µg", "kilómetros": "km", "chilometri": "km",
    "quilômetros": "km", "quilómetros": "km", "metros": "m", "metri": "m", "toneladas": "t",
    "tonnellate": "t", "degrees celsius": "°C", "degree celsius": "°C",
    "deg celsius": "°C", "deg c": "°C", "celcius": "°C", "degrees fahrenheit": "°F",
    "degree fahrenheit": "°F", "deg fahrenheit": "°F", "deg f": "°F", "deg": "°",
    "dm": "dm", "microgram": "µg", "micrograms": "µg", "milligrams": "mg",
    "oz.": "oz", "cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "carat": "ct", "carats": "ct", "kmph": "km/h",
    "km/hr": "km/h", "degrees f": "°F", "degree f": "°F", "degrees c": "°C", "degree c": "°C",
    "μg": "µg",  # Greek mu for the micro sign
    "nm": "nm", "nanometre": "nm", "nanometer": "nm", "nanometres": "nm", "nanometers": "nm",
    "centimeters": "cm", "centimeter": "cm", "centimetre": "cm", "millimeters": "mm",
    "millimeter": "mm", "millimetre": "mm", "grams": "g", "grammes": "g", "gramme": "g",
    "microgrammes": "µg", "microgramme": "µg", "milligrammes": "mg", "milligram": "mg",
    "° celsius": "°C", "° fahrenheit": "°F", "farenheit": "°F", "degrees farenheit": "°F",
    "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "kilobit": "kbit",
    "megabit": "Mbit", "gigabit": "Gbit", "metric tons": "t", "metric ton": "t",
    # degrees in the other languages read: "35 grados", "minus 5 Grad Celsius"
    "grad celsius": "°C", "grad fahrenheit": "°F", "degrés": "°", "degré": "°",
    "degrés celsius": "°C", "degré celsius": "°C", "degrés fahrenheit": "°F", "grados": "°",
    "grado": "°", "grados celsius": "°C", "grados centígrados": "°C",
    "grados fahrenheit": "°F", "gradi": "°", "gradi celsius": "°C", "gradi centigradi": "°C",
    "graus": "°", "grau": "°", "graus celsius": "°C", "graus centígrados": "°C",
    "graden": "°", "graad": "°", "graden celsius": "°C", "градусов цельсия": "°C",
    "градуса цельсия": "°C",
    # measures in the other languages read ("50 Liter", "12 chilogrammi", "300 metros
    # quadrados"; Russian ones decline and are read by RU_UNIT_STEMS)
    "kilogramm": "kg", "gramm": "g", "zentimeter": "cm",
    "hektar": "ha", "quadratmeter": "m²", "quadratkilometer": "km²", "stundenkilometer": "km/h",
    "centimètres": "cm", "millimètres": "mm", "mètres carrés": "m²", "kilomètres carrés": "km²",
    "kilomètres par heure": "km/h", "litros": "l", "kilogramos": "kg", "gramos": "g",
    "centímetros": "cm", "milímetros": "mm", "hectáreas": "ha", "metros cuadrados": "m²",
    "kilómetros cuadrados": "km²", "kilómetros por hora": "km/h", "litri": "l",
    "chilogrammi": "kg", "chili": "kg", "grammi": "g", "centimetri": "cm", "millimetri": "mm",
    "ettari": "ha", "metri quadrati": "m²", "chilometri quadrati": "km²",
    "chilometri orari": "km/h", "quilos": "kg", "quilogramas": "kg", "gramas": "g",
    "metros quadrados": "m²", "quilômetros quadrados": "km²", "quilômetros por hora": "km/h",
    "vierkante meter": "m²", "vierkante kilometer": "km²",
    "квадратных метров": "m²", "квадратных километров": "km²", "км/ч": "km/h",
    # bit rates and hectolitres ("310 Mbit/s", "1,45 million d'hectolitres")
    "mbit/s": "Mbit/s", "gbit/s": "Gbit/s", "kbit/s": "kbit/s", "mb/s": "Mbit/s",
    "см": "cm", "мм": "mm", "hectómetros cúbicos": "hm³", "hectómetro cúbico": "hm³",
    "gb/s": "Gbit/s", "hectolitres": "hl", "hectolitre": "hl", "hectoliters": "hl",
    "hectoliter": "hl", "hl": "hl", "hektoliter": "hl", "hectolitros": "hl", "ettolitri": "hl",
}  # fmt: skip
# Duration words (as the DURATIONS pattern matches them, by stem) -> the unit.
DURATION_UNITS = (
    ("year", "year"), ("jahr", "year"), ("an", "year"), ("ann", "year"), ("лет", "year"),
    ("год", "year"), ("month", "month"), ("monat", "month"), ("mois", "month"),
    ("месяц", "month"), ("минут", "minute"), ("секунд", "second"), ("week", "week"),
    ("woche", "week"), ("semaine", "week"),
    ("недел", "week"), ("day", "day"), ("tag", "day"), ("jour", "day"), ("дн", "day"),
    ("hour", "hour"), ("stunde", "hour"), ("heure", "hour"), ("час", "hour"),
    ("minute", "minute"), ("second", "second"), ("decade", "decade"), ("centur", "century"),
    ("minut", "minute"), ("sekund", "second"), ("segund", "second"),
    ("jaar", "year"), ("jaren", "year"), ("maand", "month"), ("weken", "week"), ("dag", "day"),
    ("uur", "hour"), ("año", "year"), ("ano", "year"), ("mes", "month"), ("día", "day"),
    ("dia", "day"), ("semana", "week"), ("hora", "hour"), ("giorn", "day"),
    ("settiman", "week"), ("ore", "hour"), ("night", "night"), ("nuit", "night"),
    ("noche", "night"), ("nott", "night"), ("noite", "night"), ("nächt", "night"),
    ("nacht", "night"), ("ноч", "night"),
)  # fmt: skip
# English singulars of counted nouns: see `summarizer.figures.plural_words`.
# Words for "minus" before a number, by language ("minus 5 Grad", "moins 12 °C", "минус 3").
MINUS_WORDS = "minus moins menos meno минус"
# Words right before a figure that say it is a change: "rose by 3%", "fell to $12" (the
# preposition is kept when the text has it; "_" = space).
CHANGE_VERBS = (
    "rose risen rise rises rising fell fallen fall falls falling increased increase increases "
    "decreased decrease decreases grew grown grow grows jumped jumps climbed climbs dropped "
    "drops declined declines slipped slips plunged plunges surged surges soared soars slumped "
    "slumps gained gains lost loses cut cuts raised raises lowered lowers tumbled tumbles "
    "shrank shrunk expanded expands doubled tripled up down stieg stiegen sank sanken wuchs "
    "augmenté baissé progressé reculé вырос выросла выросли упал упала упали снизился "
    "снизилась увеличился увеличилась сократился сократилась"
)
CHANGE_PREPOSITIONS = "by to from um auf de à на до"
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
    "begins starts ends follows comes goes becomes represents proves points stands"
)
# After "35m of": words that make the "m" a million ("35m of its devices"; "100m of road" is
# metres).
MILLION_OF = "its the their his her our these those them us all"
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
# Hyphenated words that make "one-X" a way of speaking ("a one-time winner", "a one-man show"),
# not a count; "a two-time winner" and "Nine-man Rovers" count.
ONE_IDIOMS = "time man woman"
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
# Words right before a bare number that compare it with a figure told just before it in the same
# sentence, so that it counts the same thing ("27 wolves, up from just four", "62 days, against
# a target of 31"; "_" = space; English). Not "total to": "a half-sack in each of two games to
# bring his career total to 62" counts sacks.
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
# English words that count two, before "of" ("a pair of shoes"). "A couple of weeks" is no
# figure: it means a few, as "a couple of times" does.
PAIR_WORDS = "pair"
# Capitalised words after a number that start a clause, never a name ("64m Without a ...").
CLAUSE_OPENERS = "without with within despite although however meanwhile while when if after before"
# Words that end a street name: "1600 Pennsylvania Avenue" is an address, not 1600 of a thing.
STREET_WORDS = (
    "street st avenue ave road rd lane drive boulevard blvd square place way court terrace "
    "highway parkway strasse straße"
)
