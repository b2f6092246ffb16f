"""Figures of issue #18: the quantities once missed, the false ones, and what each figure means
(unit, range ends, scale, qualifier, change). Every text is written for these tests."""

from __future__ import annotations

import dataclasses
import json

import pytest

from summarizer.figures.judge import find_figures, key_figures
from summarizer.figures.meaning import currency, singular
from summarizer.models import Article, Figure
from tests.figure_helpers import one, texts


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The tablet ships with 64GB of storage.", "64GB", 64, "GB"),
        ("Shares closed at 118.5p on Friday.", "118.5p", 118.5, "GBX"),
        ("The fund raised EUR50m from pensions.", "EUR50m", 50e6, "EUR"),
        ("Its revenue was $US8,672,823 last year.", "$US8,672,823", 8672823, "USD"),
        ("A 185-hp engine drives the boat.", "185-hp", 185, "hp"),
        ("The grid ran at 49.55 HZ overnight.", "49.55 HZ", 49.55, "Hz"),
        ("A ticket costs 110 JPY at the gate.", "110 JPY", 110, "JPY"),
        ("The deal is worth 7.5 million Danish crowns.", "7.5 million Danish crowns", 7.5e6, "DKK"),
        ("They paid USD115 for the part.", "USD115", 115, "USD"),
        ("The new crane lifts 100t with ease.", "100t", 100, "t"),
    ],
)
def test_numbers_glued_to_units_and_currencies_after_them(
    text: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_four_digit_counts_are_no_years_when_a_qualifier_and_a_noun_make_them_counts() -> None:
    figure = one("The shop now has more than 1000 customers.", "more than 1000 customers")
    assert (figure.value, figure.unit, figure.qualifier) == (1000, "customer", "more than")
    assert one("About 1500 workers joined.", "About 1500 workers").kind == "count"
    assert texts("The 2018 midterm elections came and went.") == []
    assert texts("Around 2010, the firm moved.") == []


def test_a_year_then_a_count_is_no_range() -> None:
    figure = one("Sales grew from 2018 to 3.9 million headsets.", "3.9 million headsets")
    assert figure.value == pytest.approx(3.9e6)
    assert figure.unit == "headset"
    assert figure.low is None and figure.high is None


def test_a_year_past_2099_after_by_is_a_year() -> None:
    assert texts("By 2100 the coast will look different.") == []


@pytest.mark.parametrize(
    ("text", "part", "low", "high", "unit"),
    [
        ("Analysts expect $89 to $93 billion in sales.", "$89 to $93 billion", 89e9, 93e9, "USD"),
        ("Warming of 1.5 to 2 degrees is likely.", "1.5 to 2 degrees", 1.5, 2, "°"),
        ("She is about 30 - 35 years old.", "about 30 - 35 years old", 30, 35, "year"),
        ("Between 2 and 3 million visitors came.", "Between 2 and 3 million visitors", 2e6, 3e6,
         "visitor"),
    ],
)  # fmt: skip
def test_ranges_carry_both_ends_with_the_scale_applied_to_both(
    text: str, part: str, low: float, high: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.low, figure.high) == (pytest.approx(low), pytest.approx(high))
    assert figure.value == pytest.approx(low)
    assert figure.unit == unit


def test_negative_numbers_keep_their_sign() -> None:
    cold = one("Its surface sits at minus-260 degrees.", "minus-260 degrees")
    assert cold.value == -260
    assert one("Output shrank -1.3% in March.", "-1.3%").value == pytest.approx(-1.3)
    assert one("A reading of −40 degrees was logged.", "−40 degrees").value == -40


def test_dashes_inside_names_and_plus_or_minus_are_no_signs() -> None:
    assert one("The COVID-19 ward had 30 beds.", "30 beds").value == 30
    assert one("A term of plus or minus 12 months applies.", "12 months").value == 12


def test_vague_amounts_are_approximate_counts() -> None:
    homes = one("The storm left dozens of homes without power.", "dozens of homes")
    assert (homes.value, homes.unit, homes.qualifier) == (12, "home", "dozens of")
    crowd = one("Tens of thousands of people marched on Sunday.", "Tens of thousands of people")
    assert crowd.value == 10000 and crowd.unit == "person"


def test_small_number_words_count_what_the_story_is_about() -> None:
    story = "The two trials lasted a month. Both trials ended in a hung jury."
    assert one(story, "two trials").unit == "trial"
    assert texts("The two sides met in Geneva on Tuesday.") == []


def test_a_number_word_before_a_capitalised_plural_counts_it() -> None:
    assert one("She has won three Grammys so far.", "three Grammys").unit == "grammy"
    assert texts("Part Three: Five Acts Of Courage") == []


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 slipped on Monday.",
        "The S&P/ASX 200 closed lower.",
        "The Stoxx 50 was flat.",
        "She lives with type 2 diabetes.",
        "A Boeing 737 landed late.",
        "The Model 3 sold well.",
        "Under § 630f a patient may see the file.",
        "The game ended in a 89-89 tie.",
        "Traffic on Highway 35 was slow.",
        "He has not won since ’83, fans say.",
        "Live blog: 12 hr 33 min ago the court adjourned.",
    ],
)
def test_numbers_inside_names_scores_and_stamps_are_no_figures(text: str) -> None:
    assert texts(text) == []


def test_m_after_a_number_is_million_or_metres_by_what_follows() -> None:
    text = "The firm recalled 35m of its phones, shipped 1.2m tons of ore and built a 48m mast."
    recalled = one(text, "35m")
    assert recalled.value == pytest.approx(35e6) and recalled.scale == 1e6
    ore = one(text, "1.2m tons")
    assert ore.value == pytest.approx(1.2e6) and ore.unit == "ton"
    mast = one(text, "48m")
    assert (mast.value, mast.unit) == (48, "m")
    assert one("I'm 1.8m tall.", "1.8m").unit == "m"


def test_a_share_needs_a_part_no_bigger_than_the_whole() -> None:
    text = "He hopes to save $12000 in 4 years."
    assert one(text, "$12000").value == 12000
    assert one(text, "4 years").unit == "year"
    assert one("Seven in ten voters agree.", "Seven in ten").value == pytest.approx(0.7)


def test_lower_case_month_abbreviations_make_dates() -> None:
    assert texts("the notes are due oct. 25, priced at par") == []


def test_each_figure_says_what_it_means() -> None:
    text = "Profit rose by 12% to $4.5 billion, while staff numbers fell to about 900 people."
    share = one(text, "12%")
    assert (share.kind, share.unit, share.change) == ("percent", "%", "rose by")
    money = one(text, "$4.5 billion")
    assert (money.kind, money.unit, money.scale) == ("money", "USD", 1e9)
    staff = one(text, "about 900 people")
    assert (staff.unit, staff.qualifier, staff.change) == ("person", "about", "fell to")
    assert text[staff.start : staff.end] == staff.text


def test_key_figures_carry_the_meaning_too() -> None:
    article = Article(text="The city will spend €2.5 million on 40 new buses next year.")
    top = key_figures(article, "en")[0]
    assert (top.text, top.unit, top.scale) == ("€2.5 million", "EUR", 1e6)


def test_a_cached_figure_without_the_new_fields_still_loads() -> None:
    old = {"text": "70 per cent", "context": "of voters", "value": 70.0, "score": 1.0}
    figure = Figure(**old)
    assert figure.unit is None and figure.low is None and figure.start == -1


@pytest.mark.parametrize(
    ("text", "language", "part", "value", "unit"),
    [
        ("Der Umsatz lag bei 1.234,5 Euro im Jahr.", "de", "1.234,5 Euro", 1234.5, "EUR"),
        ("Das kostet 2,5 Millionen Euro.", "de", "2,5 Millionen Euro", 2.5e6, "EUR"),
        ("La facture atteint 1 234,5 euros.", "fr", "1 234,5 euros", 1234.5, "EUR"),
        ("Le projet coûte 2,5 millions d'euros.", "fr", "2,5 millions d'euros", 2.5e6, "EUR"),
        ("Бюджет составил 1,2 млн рублей.", "ru", "1,2 млн рублей", 1.2e6, "RUB"),
        ("Длина трассы 1200 метров.", "ru", "1200 метров", 1200, "m"),
    ],
)
def test_number_formats_and_units_by_language(
    text: str, language: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part, language)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_russian_figures_stay_whole() -> None:
    figure = one("На заводе работают около 200 рабочих.", "около 200 рабочих", "ru")
    assert (figure.value, figure.qualifier) == (200, "около")


def test_meaning_helpers() -> None:
    assert currency("Danish crowns") == "DKK"
    assert currency("рублей") == "RUB"
    assert singular("sea turtles", "en") == "turtle"  # session 11: the head noun
    assert singular("people", "en") == "person"
    assert singular("companies", "en") == "company"


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The cable run is 10 1/2 miles long.", "10 1/2 miles", 10.5, "mile"),
        ("The notes pay 7 3/4% a year.", "7 3/4%", 7.75, "%"),
        ("Stir in ½ cup of milk.", "½ cup", 0.5, "cup"),
        ("The gap was 1/32 of an inch.", "1/32", 1 / 32, None),
        ("The track is a 1/4 mile oval.", "1/4 mile", 0.25, "mile"),
        ("Light covers 2.998×10−8 m in no time.", "2.998×10−8 m", 2.998e-8, "m"),
        ("There are about 6.02 x 10^23 atoms in a mole.", "about 6.02 x 10^23", 6.02e23, None),
    ],
)
def test_written_fractions_and_powers_of_ten_stay_whole(
    text: str, part: str, value: float, unit: str | None
) -> None:
    figure = one(text, part)
    assert figure.value == pytest.approx(value)
    if unit is not None:
        assert figure.unit == unit
    found = find_figures(text, "en")
    inside = [f for f in found if figure.start <= f.start < figure.end and f != figure]
    assert inside == []  # never split into pieces


@pytest.mark.parametrize(
    "text",
    ["The shop is open 24/7 now.", "A bare 1/32 says little.", "The room is 5 x 10 metres."],
)
def test_slashes_and_products_that_are_no_fractions_or_powers(text: str) -> None:
    assert all(f.value != pytest.approx(5e10) for f in find_figures(text, "en"))
    assert [f.text for f in find_figures(text, "en") if "/" in f.text] == []


def test_figures_in_a_related_story_line_are_left_out() -> None:
    text = (
        "The council approved a budget of $3.2 million on Monday.\n\n"
        "Read more: Five things to know about the 40 new parks\n\n"
        "Work starts in spring."
    )
    assert [f.text for f in find_figures(text, "en")] == ["$3.2 million"]


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The fund pays $2 a share this year.", "$2 a share", 2, "USD/share"),
        ("The field yields 500,000 barrels a day.", "500,000 barrels a day", 5e5, "barrel/day"),
        ("The train reached 188 miles an hour.", "188 miles an hour", 188, "mile/hour"),
        ("The parcel weighed 25 pounds at the depot.", "25 pounds", 25, "lb"),
        ("The ticket cost 25 pounds at the door.", "25 pounds", 25, "GBP"),
        ("The puppy is 3 months old.", "3 months old", 3, "month"),
        ("A 90-day-old invoice is late.", "90-day-old", 90, "day"),
        ("He took a loan of 35 lakh rupees.", "35 lakh rupees", 3.5e6, "INR"),
        ("The bill came to 12,34,567 rupees.", "12,34,567 rupees", 1234567, "INR"),
        ("Lunch cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        ("It came to thirteen dollars and ten cents", "thirteen dollars and ten cents", 13.1,
         "USD"),
    ],
)  # fmt: skip
def test_rates_weights_ages_and_compound_amounts(
    text: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_dollars_and_a_count_after_them_stay_apart() -> None:
    found = texts("She paid 15 dollars and 30 people came.")
    assert found == ["15 dollars", "30 people"]


def test_a_name_before_a_number_word_does_not_make_it_part_of_the_name() -> None:
    assert one("They sacked Fitzpatrick three times.", "three times").unit == "time"
    assert one("Police took Jayce. Three men were held.", "Three men").value == 3
    assert texts("Chapter Seven begins here.") == []


def test_a_figure_survives_the_cache_round_trip() -> None:
    figure = one("Profit rose by 12% to $4.5 billion.", "$4.5 billion")
    back = Figure(**json.loads(json.dumps(dataclasses.asdict(figure))))
    assert back == figure


def test_a_verb_after_two_is_no_counted_noun_the_story_repeats() -> None:
    text = "The friendship between the two is still close. Both teams remained calm."
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "language", "part", "value", "unit"),
    [
        ("De brug kost ongeveer 60 miljoen euro.", "nl", "ongeveer 60 miljoen euro", 6e7, "EUR"),
        ("La obra costará 2,5 millones de euros.", "es", "2,5 millones de euros", 2.5e6, "EUR"),
        ("Se gastaron 3 mil millones de dólares.", "es", "3 mil millones de dólares", 3e9, "USD"),
        ("Il ponte costa 1,2 milioni di euro.", "it", "1,2 milioni di euro", 1.2e6, "EUR"),
        ("A obra custou 2,5 milhões de reais.", "pt", "2,5 milhões de reais", 2.5e6, "BRL"),
        ("De bouw duurt 3 jaar.", "nl", "3 jaar", 3, "year"),
        ("Las obras duran 4 años.", "es", "4 años", 4, "year"),
        ("La strada è lunga circa 300 chilometri.", "it", "circa 300 chilometri", 300, "km"),
    ],
)
def test_dutch_spanish_italian_portuguese_scales_currencies_and_units(
    text: str, language: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part, language)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_hundred_and_dozen_after_digits_scale_the_number() -> None:
    homes = one("They built 4 hundred homes.", "4 hundred homes")
    assert (homes.value, homes.scale, homes.unit) == (400, 100, "home")
    assert one("She bought 3 dozen eggs.", "3 dozen eggs").value == 36
    assert one("Three million people voted.", "Three million people").scale == 1e6


def test_a_season_of_two_years_is_no_figure() -> None:
    assert texts("Numbers fell in 2013-14, the report said.") == []
    assert texts("The 2018 to 19 season was long.") == []


def test_a_capitalised_plural_that_starts_a_name_is_no_counted_noun() -> None:
    # The name goes on to the noun it counts: the goals, not "Champions".
    goals = one("He has eight Champions League goals.", "eight Champions League goals")
    assert goals.unit == "goal"  # session 11: the head noun
    assert one("A three-match ban ended.", "three-match").kind == "count"


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("На митинг вышли сто тысяч человек.", "сто тысяч человек", 1e5, "человек"),
        ("Городу уже двести пятьдесят лет.", "двести пятьдесят лет", 250, "year"),
        ("Пять человек пострадали.", "Пять человек", 5, "человек"),
        ("Ремонт займёт три года.", "три года", 3, "year"),
    ],
)
def test_russian_number_words(text: str, part: str, value: float, unit: str) -> None:
    figure = one(text, part, "ru")
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_russian_words_that_only_start_like_numbers_are_no_figures() -> None:
    assert texts("Это просто стоит своих денег, сказала девушка.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "part", "value"),
    [
        ("Die Gemeinde baut zwölf neue Brücken am Fluss.", "de", "zwölf neue Brücken", 12),
        ("Der Verein hat fünfzehn Boote und zwanzig Mitglieder.", "de", "zwanzig Mitglieder", 20),
        ("Die Stadt zahlt zwölf Millionen Euro für den Hafen.", "de", "zwölf Millionen Euro", 12e6),
        ("Le port compte vingt-deux quais.", "fr", "vingt-deux quais", 22),
        ("Le stade offre deux cents places de plus.", "fr", "deux cents places", 200),
        ("Il y a quatre-vingt-dix bateaux au port.", "fr", "quatre-vingt-dix bateaux", 90),
        ("Er liggen twaalf nieuwe boten in de haven.", "nl", "twaalf nieuwe boten", 12),
        ("El puerto tiene treinta y cinco muelles.", "es", "treinta y cinco muelles", 35),
        ("La ciudad vendió dos mil entradas.", "es", "dos mil entradas", 2000),
        ("Il porto ha dodici moli nuovi.", "it", "dodici moli", 12),
        ("O porto tem doze barcos novos.", "pt", "doze barcos", 12),
    ],
)
def test_number_words_of_other_languages(text: str, language: str, part: str, value: float) -> None:
    assert one(text, part, language).value == value


@pytest.mark.parametrize(
    ("text", "language", "part", "value", "unit"),
    [
        ("Die Sanierung kostet 2,5 Millionen Euro.", "de", "2,5 Millionen Euro", 2.5e6, "EUR"),
        ("La rénovation coûte 2,5 millions d'euros.", "fr", "2,5 millions d'euros", 2.5e6, "EUR"),
        ("De gemeente trekt ongeveer 60 miljoen euro uit.", "nl", "ongeveer 60 miljoen euro",
         60e6, "EUR"),
        ("La obra cuesta 2,5 millones de euros.", "es", "2,5 millones de euros", 2.5e6, "EUR"),
        ("Il cantiere costa 2,5 milioni di euro.", "it", "2,5 milioni di euro", 2.5e6, "EUR"),
        ("A obra custa 2,5 milhões de euros.", "pt", "2,5 milhões de euros", 2.5e6, "EUR"),
    ],
)  # fmt: skip
def test_scales_and_currencies_of_other_languages(
    text: str, language: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part, language)
    assert (figure.value, figure.unit) == (value, unit)


def test_words_of_other_languages_read_only_in_their_language() -> None:
    # "sei" is six in Italian, "you are" in a question; "once" is eleven only in Spanish.
    assert texts("Sei stato al porto?", "it") == []
    assert texts("The ferry once carried twelve hundred people.", "en") == ["twelve hundred people"]
    assert texts("El ferry once veces cruzó.", "en") == []
    assert texts("Il porto ha dodici moli.", "pl") == []  # no Italian words in a Polish page
    assert texts("Il porto ha dodici moli.", "it") == ["dodici moli"]


def test_each_word_has_one_value_across_languages() -> None:
    from summarizer.figures.language_words import OTHER_NUMBER_WORDS

    seen: dict[str, int] = {}
    for words in OTHER_NUMBER_WORDS.values():
        for word, value in words.items():
            assert seen.setdefault(word, value) == value, word


def test_every_other_language_number_word_is_found_by_the_fast_scan() -> None:
    from summarizer.figures.language_words import OTHER_NUMBER_WORDS
    from summarizer.figures.starts import stems

    for language, words in OTHER_NUMBER_WORDS.items():
        prefixes = stems(language)
        assert [w for w in words if not any(w.startswith(p) for p in prefixes)] == []


def test_a_big_count_before_a_capitalised_name_counts_the_named_thing() -> None:
    figure = one("The maker shipped 27000 Model S in the spring.", "27000 Model S")
    assert (figure.kind, figure.value, figure.unit) == ("count", 27000, "Model S")
    cars = one("The maker shipped 27,000 Model S cars in May.", "27,000 Model S cars")
    assert (cars.kind, cars.unit) == ("count", "car")
    # An address, a small number before a name, a code: no count.
    assert texts("The office moved to 1600 Harbour Road last week.") == []
    assert texts("The club met at 23 Essex Street on Friday.") == []
    assert texts("The part number is 24703 L-202 on the invoice.") == []


def test_a_pair_of_counts_two_of_what_the_story_is_about() -> None:
    text = "Rescuers freed a pair of seals from the nets. The seals swam off at dusk."
    figure = one(text, "a pair of seals")
    assert (figure.kind, figure.value, figure.unit) == ("count", 2, "seal")
    assert texts("She bought a pair of gloves at the market.") == []  # said once: prose


def test_ages_brackets_scores_and_emergency_calls_are_no_figures() -> None:
    assert texts("The show gained viewers among adults 18-49 this week.") == []
    assert texts("A neighbour called 911 when the smoke rose.") == []
    assert texts("The hosts lost a 27?6 game at home.") == []
    assert [f.kind for f in find_figures("She won at only 16 years of age.", "en")] == ["age"]


def test_a_name_after_a_quotation_mark_still_names_the_number() -> None:
    assert texts('The studio wrote: "Season 6 teasers come next week."') == []


def test_key_figures_leave_out_small_bare_numbers_and_weak_figures() -> None:
    text = (
        "The harbour board met on Monday. Inspectors counted 12 on the pier. "
        "The board said repairs will cost $4.2 million and take 18 months."
    )
    assert "12" in texts(text)  # a figure, but a bare "12" tells a reader nothing
    picks = [f.text for f in key_figures(Article(text=text), "en")]
    assert picks == ["$4.2 million", "18 months"]


def test_a_number_word_before_a_name_and_a_plural_counts_the_plural() -> None:
    figure = one(
        "Officials charged a dozen Danish harbour pilots.", "a dozen Danish harbour pilots"
    )
    assert (figure.kind, figure.value) == ("count", 12)
    assert one("The band said four Oscar winners will sing.", "four Oscar winners").value == 4


def test_a_share_of_an_amount_is_one_figure() -> None:
    figure = one("The stunt cost the studio a quarter of a million dollars.",
                 "a quarter of a million dollars")  # fmt: skip
    assert (figure.kind, figure.value, figure.unit) == ("money", 250_000, "USD")


def test_carats_comment_stamps_and_age_gaps() -> None:
    assert one("She wore a 3-carat ring to the gala.", "3-carat").unit == "ct"
    stamps = "Comments: lenapost 40 days ago nice one. harbourfan 41 days ago agreed."
    assert texts(stamps) == []
    assert [f.kind for f in find_figures("He is 18 months older than his cousin.", "en")] == ["age"]
    assert one("The storm hit 41 days ago, officials said.", "41 days").value == 41


def test_a_page_of_weak_figures_still_shows_its_best_one() -> None:
    text = (
        "Rescuers worked through the night in the gorge. They pulled dozens of hikers from the "
        "river at dawn, and hundreds of sheep later. The path stays closed."
    )
    assert texts(text) == ["dozens of hikers", "hundreds of sheep"]
    # Vague amounts both score below a key figure's bar; the page still shows the better one,
    # alone.
    assert [f.text for f in key_figures(Article(text=text), "en")] == ["hundreds of sheep"]
    lead = "The path above the gorge stays closed. It floods twice a year, the rangers said."
    assert key_figures(Article(text=lead), "en") == []  # nothing that counts at all


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The refit cost a quarter million us dollars.", "a quarter million us dollars",
         250_000, "USD"),
        ("The port spent half million usd on cranes.", "half million usd", 500_000, "USD"),
        ("The plan costs three quarters billion dollars.", "three quarters billion dollars",
         750e6, "USD"),
        ("The port lost 75 USD million last year.", "75 USD million", 75e6, "USD"),
        ("The fare will rise to 17 USD 25.", "17 USD 25", 17.25, "USD"),
        ("Set the oven to 180 degrees C first.", "180 degrees C", 180, "°C"),
        ("The water was 70 degrees F at noon.", "70 degrees F", 70, "°F"),
        ("The newborn baby is just over seven pounds.", "just over seven pounds", 7, "lb"),
        ("Turn the wheel 90° to the left.", "90°", 90, "°"),
        ("Boats keep to 10kmph in the harbour.", "10kmph", 10, "km/h"),
        ("The board booked 120 MEUR of orders.", "120 MEUR", 120e6, "EUR"),
        ("Nights fell to - 5°C in the hills.", "- 5°C", -5, "°C"),
    ],
)  # fmt: skip
def test_shares_of_scales_codes_before_scales_and_written_units(
    text: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_three_quarters_of_is_a_share_not_three_quarters() -> None:
    figure = one("Three quarters of the crew stayed ashore.", "Three quarters")
    assert (figure.kind, figure.value) == ("fraction", 0.75)
    assert [f.kind for f in find_figures("At 6 weeks of age the pups swim.", "en")] == ["age"]
