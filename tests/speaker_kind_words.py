"""Word lists for the bench's speaker-kind judge (`tests/speaker_kinds.py`): nouns that head a
description of a person, of a body or of a place, words that end a body's name, titles that open
a person's name, and place names. Lower case; written for the judge, not taken from the finder
(a judge that shares the finder's lexicon forgives the finder's own blind spots).
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Heads of a description of a person ("his son", "a party spokesman", "one commenter"); agent
# nouns ending in PERSON_ENDINGS count too, unless listed in THING_HEADS.
PERSON_HEADS = _words("""
    aide aides accused actor actress adult adults adviser advisor ally ambassador analyst
    anchor athlete attorney aunt author baby batsman bishop boss boy boyfriend bride brother
    campaigner candidate captain celebrity ceo champion chef chief child children citizen
    client coach colleague comic commander comedian congressman congresswoman constable cop
    councillor councilor cousin critic customer dad daughter defendant delegate deputy
    diplomat director doctor duchess duke economist editor employee entrepreneur envoy
    executive expert eyewitness family fan fans father fiance fiancee fiancé fiancée friend
    general girl girlfriend governor grandfather grandmother granddaughter grandson groom
    guard guest guy head hero heroine host husband icon immigrant inspector insider investor
    journalist judge kid king lady lawmaker lawyer leader legend lieutenant local locals man
    manager mate mayor medic member men migrant minister model mom mother mp mps mum
    musician native neighbour neighbor nephew niece nominee nun nurse official officials
    opponent owner parent parents partner passenger patient pensioner people person pilot
    player politician pope president priest prince princess professor
    prosecutor protester psychologist queen rabbi rapper refugee relative representative
    resident residents rival scientist secretary senator sergeant sheriff sister soldier son
    source sources spokesperson spouse staff staffer star student students suspect surgeon
    survivor teacher teen teenager tourist trustee twin uncle veteran victim visitor voter
    widow widower wife witness woman women worker youngster one someone everyone anyone
    somebody everybody nobody fellow masses pundit pundits crowd audience agent
    agents jury panel others
""")
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "woman", "men",
                  "women", "person", "ee", "ees", "ant", "ants")  # fmt: skip
# Words with a person ending that name a thing or a body.
THING_HEADS = _words("""
    banner border center centre chapter computer corner counter cover document flyer folder
    headquarter headquarters header letter manner matter meter number order
    paper paperwork plant poster power restaurant river shelter sticker tower trailer twitter
    water wrapper report reports statement website site tweet video book study survey poll
    article memo note message email
""")
# Heads of a description of a body ("the company", "the Google team", "The Times").
BODY_HEADS = _words("""
    administration agency alliance army association authorities authority bank board bureau
    cabinet campaign channel charity church club coalition college commission committee
    company congress corporation council court department embassy federation firm force
    foundation government group hospital institute league magazine management ministry
    movement navy network newspaper office organisation organization outlet paper parliament
    party police publisher regime school senate service side squad station studio team times
    tribunal union university
""")
# Heads of a description of a place ("the city", "the country").
PLACE_HEADS = _words("""
    area capital city continent country county island nation province region republic state
    town village
""")
# Last words of a body's name ("Acme Holdings", "Ministry" ends a "Health Ministry").
BODY_NAME_ENDS = BODY_HEADS | _words("""
    academy agency airlines airways bbc broadcasting centre center co corp entertainment
    express fc fund guardian herald holdings inc industries international journal labs llc ltd
    media motors museum news plc post press radio records reserve review society systems
    technologies telegraph trust tv
""")
# Words that open a person's name: honorifics, titles, family words ("Uncle Joe").
PERSON_TITLES = _words("""
    mr mrs ms miss mx dr sir dame lord lady prof professor rev president senator sen gov
    governor rep mayor judge justice coach captain capt gen general col sgt det inspector
    officer chancellor minister premier king queen prince princess uncle aunt auntie father
    sister brother pope saint st nurse doctor
""")
# Words that open a description though capitalised ("One commenter", "His son").
DESCRIPTION_OPENERS = _words("""
    a an the one another some his her their its our my your many several two three four both
    each every everyone someone anyone nobody somebody others
""")
# Capitalised words before a name that are no first name ("The Scroll", "In Paris").
NOT_FIRST_NAMES = DESCRIPTION_OPENERS | _words("""
    in at on of for and but or when if as by from to with that this these those said says
    according after before while where what who how why so yet also then there here new
""")
# Places a speaker may be mistaken for: countries, states and regions, big cities.
PLACES = frozenset(
    line.strip().lower()
    for line in """
    Afghanistan
    Albania
    Algeria
    Angola
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahrain
    Bangladesh
    Belarus
    Belgium
    Bolivia
    Bosnia
    Brazil
    Britain
    Bulgaria
    Cambodia
    Cameroon
    Canada
    Chile
    China
    Colombia
    Congo
    Croatia
    Cuba
    Cyprus
    Czech Republic
    Denmark
    Ecuador
    Egypt
    England
    Estonia
    Ethiopia
    Europe
    Africa
    Asia
    America
    Finland
    France
    Georgia
    Germany
    Ghana
    Greece
    Hong Kong
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Japan
    Jordan
    Kazakhstan
    Kenya
    Korea
    North Korea
    South Korea
    Kosovo
    Kuwait
    Latvia
    Lebanon
    Libya
    Lithuania
    Luxembourg
    Malaysia
    Mexico
    Moldova
    Morocco
    Nepal
    Netherlands
    New Zealand
    Nigeria
    Norway
    Pakistan
    Palestine
    Peru
    Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia
    Rwanda
    Saudi Arabia
    Scotland
    Serbia
    Singapore
    Slovakia
    Slovenia
    Somalia
    South Africa
    Spain
    Sri Lanka
    Sudan
    Sweden
    Switzerland
    Syria
    Taiwan
    Thailand
    Tunisia
    Turkey
    Uganda
    Ukraine
    United Kingdom
    United States
    UK
    US
    USA
    Uruguay
    Venezuela
    Vietnam
    Wales
    Yemen
    Zambia
    Zimbabwe
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Washington
    West Virginia
    Wisconsin
    Wyoming
    Amsterdam
    Athens
    Baghdad
    Bangkok
    Beijing
    Beirut
    Berlin
    Boston
    Brussels
    Cairo
    Chicago
    Damascus
    Dublin
    Edinburgh
    Geneva
    Hollywood
    Istanbul
    Jerusalem
    Kabul
    Kiev
    Kyiv
    Lagos
    London
    Los Angeles
    Madrid
    Manchester
    Miami
    Moscow
    Mumbai
    New Delhi
    Delhi
    Paris
    Rome
    San Francisco
    Seoul
    Shanghai
    Sydney
    Tehran
    Tokyo
    Toronto
    Vienna
    Warsaw
    Westminster
    Whitehall
""".splitlines()
    if line.strip()
)
