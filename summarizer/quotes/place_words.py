"""Places a news text names as if they acted ("Portugal has said it will pay", "Moscow warned"):
countries, the capitals that stand for their governments, and continents. Such a name is
never the person a "he" or "she" points back to (`cast.Cast.fits`): with a caption run into
the next sentence ("... to pay its bills He said:") or a country named between a person and
their quote, the country was taken for the speaker (Session 16).

English short forms only, as reporters write them. Left out on purpose: names that are also
common given names a text may use bare for a person ("Jordan", "Chad", "Georgia", "India"),
and cities that are given names or surnames ("Paris", "Sydney", "Washington", "Florence")."""

from __future__ import annotations

COUNTRIES = frozenset({
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana",
    "Brazil", "Britain", "Brunei", "Bulgaria", "Burma", "Burundi", "Cambodia", "Cameroon",
    "Canada", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Denmark", "Djibouti", "Ecuador", "Egypt", "England", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece",
    "Greenland", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Holland", "Honduras",
    "Hungary", "Iceland", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica",
    "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
    "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway",
    "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Scotland", "Senegal",
    "Serbia", "Seychelles", "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan",
    "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
    "Thailand", "Tibet", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Uganda",
    "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia",
    "Zimbabwe",
})  # fmt: skip
# Capitals a report uses for the government that sits there ("Moscow warned", "Beijing said").
GOVERNMENT_SEATS = frozenset({
    "Moscow", "Beijing", "Tehran", "Kyiv", "Kiev", "Brussels", "Pyongyang", "Damascus",
    "Ankara", "Tokyo", "Seoul", "Delhi", "Islamabad", "Kabul", "Baghdad", "Riyadh", "Cairo",
    "Jerusalem", "Athens", "Madrid", "Berlin", "Westminster", "Whitehall", "Kremlin",
    "Caracas", "Havana", "Minsk", "Tripoli", "Khartoum", "Nairobi", "Pretoria", "Canberra",
    "Ottawa",
})  # fmt: skip
REGIONS = frozenset({
    "Europe", "Asia", "Africa", "America", "Antarctica", "Arctic", "Balkans", "Caribbean",
})  # fmt: skip
# US states and other regions a report treats as actors ("Texas has sued", "Ohio voted").
# Not "Virginia", "Carolina", "Dakota", "Montana", "Georgia": given names too.
STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Wisconsin", "Wyoming", "Quebec",
    "Ontario", "Catalonia", "Crimea", "Gaza", "Kashmir", "Yorkshire", "Cornwall", "Ulster",
    "Queensland", "Bavaria", "Sicily",
})  # fmt: skip
# Places of more than one word, as the name index keeps them ("New York", "North Korea").
PLACES_OF_WORDS = frozenset({
    "New York", "Los Angeles", "San Francisco", "Hong Kong", "New Delhi", "Buenos Aires",
    "Rio de Janeiro", "Cape Town", "Tel Aviv", "Abu Dhabi", "South Africa", "North Korea",
    "South Korea", "Saudi Arabia", "United States", "United Kingdom", "New Zealand",
    "Sri Lanka", "El Salvador", "Costa Rica", "Puerto Rico", "Northern Ireland",
    "Czech Republic", "Dominican Republic", "Ivory Coast", "Sierra Leone", "South Sudan",
    "Burkina Faso", "Papua New Guinea", "Middle East", "European Union", "Downing Street",
    "White House", "New Jersey", "New Mexico", "New Hampshire", "Rhode Island",
    "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
    "Washington DC", "Scottish Highlands",
})  # fmt: skip
PLACE_NAMES = COUNTRIES | GOVERNMENT_SEATS | REGIONS | STATES | PLACES_OF_WORDS
