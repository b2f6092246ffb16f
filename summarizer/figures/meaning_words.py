"""What a figure means (`summarizer.figures.meaning`): currencies as written -> ISO 4217
codes, unit words -> symbols, duration words -> units, and the words that make a figure a
change ("rose by 3%") or negative ("minus 5") (data only).

Apart from `lexicon` because these read a figure already found (`MINUS_WORDS` also lets
`fixed_patterns.MINUS` find a sign in words).
"""

from __future__ import annotations

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
    ("nacht", "night"), ("ноч", "night"), ("hr", "hour"), ("min", "minute"), ("sec", "second"),
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
# Qualifiers that bound a change ("lost more than $2 to $43.25"): after a change verb, the
# number "to" leads to is the level reached, no range's top ("about 50 to 60" stays a range).
BOUND_QUALIFIERS = "more_than less_than fewer_than nearly almost over under"
# Verbs whose particle comes after their object, by qualifier: "the meeting pushed rates up to
# 2.25%" raised them to 2.25%, "drove prices up to £40" (`particles`; one or two words between).
SPLIT_PARTICLE_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "up to": "push pushes pushed pushing drive drives drove driven driving bump bumps bumped "
        "bumping nudge nudges nudged nudging force forces forced forcing send sends sent sending "
        "ratchet ratchets ratcheted ratcheting put puts putting",
    },
}
