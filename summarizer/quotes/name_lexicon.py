"""Words inside and next to a person's name: titles, roles, particles, demonyms, and the
capitalised words that are no name (data only; the rules are in `names`, `name_phrase` and
`word_kinds`).

Its own module because these lists decide what a run of capitalised words is, a job apart
from reading a clause (`phrase_lexicon`). Lower-case unless a list is about capitalised words.
"""

from __future__ import annotations

# Words that may come before a name inside a name phrase: titles and offices, and the
# function words that lead into them ("the former", "as president").
TITLES: dict[str, str] = {
    "en": "president vice prime minister secretary state senator sen rep representative gov "
    "governor mayor chancellor king queen prince princess pope general gen col lt sgt capt adm "
    "chairman chairwoman chair director ceo spokesman spokeswoman spokesperson judge justice "
    "attorney speaker leader ambassador commissioner chief mr mrs ms miss dr sir lord dame former "
    "house senate democrat democratic republican gop sheriff officer detective agent professor "
    "prof rev reverend fr bishop archbishop coach candidate nominee foreign defense defence deputy "
    "acting press white u.s us federal attorney-general sheikh ayatollah premier rabbi cardinal "
    "father frontrunner front-runner congressman congresswoman councilman councilwoman assemblyman "
    "lawmaker presidential const constable inspector insp sergeant supt corporal cpl",
    "de": "herr frau bundeskanzlerin bundeskanzler kanzlerin der die das ministerin präsident "
    "präsidentin bürgermeister bürgermeisterin",
    "fr": "monsieur madame m mme ministre président présidente maire directeur directrice "
    "porte-parole",
    "ru": "президент премьер министр глава госсекретарь канцлер премьер-министр мэр губернатор "
    "директор представитель пресс-секретарь председатель",
    # No "don": capitalised, it is a given name ("Mayor Don Guardian"); the Spanish and Italian
    # honorific is written in lower case ("don Antonio") and so is no part of a name anyway.
    "es": "ministro ministra presidente presidenta alcalde alcaldesa señor señora doña",
    "it": "ministro ministra presidente sindaco signor signora onorevole",
    "pt": "ministro ministra presidente prefeito prefeita senhor senhora",
    "nl": "minister premier burgemeester wethouder staatssecretaris meneer mevrouw",
}
# Police and church ranks written with a dot before a name ("Const. Dan Wood", "Det. Supt.
# Ann Lee") that the shared abbreviation list leaves out: quote cues read the dot as none.
RANK_ABBREVIATIONS = frozenset({"Const", "Det", "Insp", "Supt", "Cpl", "Cmdr", "Fr"})
TITLE_LEAD_INS = (
    "the a an his her their its as but and so meanwhile still yet then now when while after "
    "before if though although because since unless until"
)
# Relatives that are also roles a description names someone by ("the widow", "his son").
_KIN_ROLES = (
    "widow", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
    "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather",
)  # fmt: skip
# Relatives the narration may speak of ("his older brother"): `shared_speaker`.
KIN_WORDS = (
    "wife", "husband", "spouse", "widow", "brother", "sister", "son", "daughter", "father",
    "mother", "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt",
    "nephew", "niece", "cousin", "stepfather", "stepmother", "stepson", "stepdaughter",
    "brother-in-law", "sister-in-law", "father-in-law", "mother-in-law",
)  # fmt: skip
# Head nouns of a description that names a person's role ("the head of Norway's cabinet").
ROLES = frozenset({
    "president", "leader", "head", "minister", "premier", "chief", "senator", "governor", "coroner",
    "candidate", "nominee", "spokesman", "spokeswoman", "secretary", "mayor", "chancellor",
    "king", "queen", "congressman", "congresswoman", "lawmaker", "businessman", "billionaire",
    "official", "ambassador", "director", "chairman", "chairwoman", "founder", "ceo", "judge",
    "general", "commander", "frontrunner", "front-runner", "democrat", "republican", "author",
    "politician", "host", "star", "actor", "actress", "singer", "officer", "diplomat", "envoy",
    "pontiff", "monarch", "mogul", "executive", "coach", "rapper", "comedian",
    "senior", "veteran", "prosecutor", "sheriff", "counterpart", "man", "woman", "clerk",
    "pollster", "analyst", "strategist", "adviser", "advisor", "aide", "attorney", "lawyer",
    "economist", "professor", "activist", "organizer", "owner", "manager", "editor", "reporter",
    "writer", "columnist", "commentator", "treasurer", "resident", "teacher", "doctor", "pastor",
    "delegate", "councillor", "councilor", "superintendent", "expert", "researcher",
    "scientist", "historian", "consultant", "operative", "donor", "spokesperson",
    "designer", "architect", "engineer", "nurse", "botanist", "farmer", "photographer",
    "goalkeeper", "striker", "captain", "comic", "novelist", "poet", "chemist", "physicist",
    "creator", "producer", "psychologist", "psychiatrist", "organiser", "member", "student",
    "freshman", "keeper", "player", "boss", "champion", "boxer", "wrestler", "model",
    "skater", "skier", "swimmer", "runner", "cyclist", "athlete", "musician", "guitarist",
    "dean", "coordinator", "pilot", "surgeon", "paramedic", "firefighter", "volunteer",
    "neighbour", "neighbor", "assistant", "deputy", "presenter", "investor",
    "predecessor", "successor",  # "his predecessor Roger Wright" (Session 13)
    "visitor", "witness", "bystander", "onlooker",  # "Zoo visitor Jo Lee believes" (13b)
    *_KIN_ROLES,
})  # fmt: skip
KIN_ROLES = frozenset(_KIN_ROLES)  # "stepsister", "half-brother" name these (`person_context`)
# Prefixes a role takes with a hyphen and stays a role ("ex-head", "co-founder").
ROLE_PREFIXES = frozenset({"ex", "co", "vice", "acting", "deputy", "assistant", "joint"})
# Trades and callings a reporter writes capitalised before a full name at a sentence's start
# ("Painter Bo Rand said"): no part of the name (`word_kinds.is_job`). Not in ROLES, which
# also says who a "he" or "the ..." may be; words that are common given names or surnames
# ("Baker", "Potter", "Mason") are left out, as a run they open may be a name.
LEAD_JOBS = frozenset({
    "painter", "sculptor", "artist", "illustrator", "cartoonist", "butcher", "plumber",
    "builder", "carpenter", "electrician", "mechanic", "chef", "gardener", "florist",
    "jeweller", "jeweler", "hairdresser", "barber", "winemaker", "shopkeeper", "publican",
    "bartender", "waiter", "waitress", "cabbie", "fisherman", "beekeeper", "vet",
    "veterinarian", "dentist", "pharmacist", "midwife", "carer", "caretaker", "cleaner",
    "labourer", "laborer", "miner", "welder", "blacksmith", "stonemason", "bricklayer",
    "decorator", "curator", "composer", "pianist", "violinist", "cellist", "drummer",
    "bassist", "vocalist", "songwriter", "dancer", "choreographer", "filmmaker",
    "film-maker", "playwright", "screenwriter", "journalist", "blogger", "broadcaster",
    "presenter", "magician", "restaurateur", "entrepreneur", "inventor", "programmer",
    "astronaut", "astronomer", "biologist", "geologist", "ecologist", "archaeologist",
    "zoologist", "meteorologist", "forecaster", "banker", "trader", "investor", "accountant",
    "lecturer", "headteacher", "headmaster", "headmistress", "tutor", "librarian", "trainer",
    "referee", "umpire", "climber", "mountaineer", "sailor", "rower", "surfer", "gymnast",
    "footballer", "cricketer", "photojournalist", "landlord", "landlady", "campaigner",
    # callings that lead a name in entertainment and sports copy ("Rocker Tom Petty died"):
    # shown as part of the name otherwise (session 20)
    "rocker", "crooner", "songstress", "hitmaker", "frontman", "frontwoman", "socialite",
    "heiress", "supermodel", "starlet", "influencer", "vlogger", "youtuber", "golfer",
    "jockey", "sprinter", "tycoon", "magnate", "dj", "mc", "emcee",
})  # fmt: skip
# Kinship heads: "the relieved father", "his son" re-describe a relative of someone the story
# names, often named too; kept as the speaker, which of them is a guess (`confidence`).
KIN_NOUNS = frozenset({
    *_KIN_ROLES, "parent", "parents", "grandson", "granddaughter", "widower", "boyfriend",
    "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "mum", "mom", "dad", "stepfather",
    "stepmother", "partner",
})  # fmt: skip
# Callings said of people only that name a role in an appositive ("Al Roe, skipper for the
# night", "Jo Vos, a Labour peer and a lawyer"), besides ROLES and SPORT_ROLES
# (`person_context`): "peer" added in session 18 (a Labour peer left unnamed).
APPOSITIVE_CALLINGS = frozenset({"skipper", "specialist", "peer"})
# Role words after which "of", "for" or "at" and a name give someone's firm, team or body
# ("spokesman for Quick Find", "co-founder of Seekwell", "analyst at Brell"): that name, with no
# given name first, is no person (`cast.Cast.firm`). Chosen on bbc_train10 dev, read in
# session 18: in-sample (roles that head a body, not kin nor a person's aides).
FIRM_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "founder", "head", "boss", "chief", "director",
    "chairman", "chairwoman", "president", "manager", "executive", "analyst", "editor", "owner",
    "economist",
})  # fmt: skip
# Before capitalised words, no name: "a New Hampshire Republican", "one Iowa Democrat".
INDEFINITES = frozenset({"a", "an", "another", "one"})
# Role words that can lead a name phrase ("presidential nominee Donald Trump").
TITLE_ADJECTIVES = frozenset({"presidential", "former", "vice", "prime"})
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three"}
)
# Those of them that stand for a speaker alone ("One said", "Another added"); "The" or "His"
# alone is a sentence's first word whose noun the cue pattern did not take ("His comments come
# as Jo Lee called him "..."": reading24d, BBC train), never a speaker.
ALONE_DETERMINERS = frozenset({"one", "another", "two", "three"})
AUXILIARIES = frozenset({
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "to", "can", "did",
    "does", "do", "not", "could", "should", "may", "might", "must",
})  # fmt: skip
# Lower-case particles inside names ("Abu Bakr al Baghdadi", "Ursula von der Leyen").
# "and" joining two speakers of one cue ("Orton and Pike wrote"): the first named speaks.
JOINT_WORDS = frozenset({"and", "und", "et", "y", "e", "и"})
NAME_PARTICLES = (
    "al", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
)  # fmt: skip
# Words between a person's name and the body they speak for ("Jo Vos of the Zoo Institute",
# "Peter Maier vom Verband", "Marco Rossi della Regione"), and particle pairs with an article
# that do so after a full name ("Peter Maier von der Nordbank"; not "Ursula von der Leyen").
# (Not "van der", "de la", "del": names carry them after two given names, "José María del Pino".)
AFFILIATION_LINKS = frozenset({
    "of", "from", "vom", "beim", "della", "dello", "dei", "degli", "delle", "aus",
})  # fmt: skip
AFFILIATION_PAIRS = frozenset({"von der", "von den", "von dem", "bei der", "van het"})
# "of" as other languages write it after a role ("presidente del Gobierno", "ministre de
# l'Économie", "Chef des Verbands"): what follows is the body the role belongs to.
OF_WORDS = frozenset({
    "del", "de", "della", "dello", "dei", "degli", "delle", "dell'", "des", "du", "do", "da",
    "dos", "das", "van", "von", "vom", "der",
})  # fmt: skip
# A particle that, after a surname with a particle of its own ("Jan de Vries van Financiën",
# "Karl von Berg von der Post"), starts the body the person is with, not more of the name.
# Not Romance "de": Spanish names join two surnames so ("María de los Ángeles de la Torre").
AFFILIATION_PARTICLES = frozenset({"van", "von"})
# Capitalised words that start sentences but never names.
NOT_NAMES = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "As", "After", "Before",
    "His", "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "What", "Why", "How",
    "Yes", "No", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "From", "Of", "For", "With",
    "By", "To", "Because", "Although", "Even", "Still", "Yet", "Now", "Then", "According",
    "Asked", "During", "Since", "Until", "Under", "Over", "Some", "Many", "Most", "All", "Both",
    "Neither", "Either", "Nor",  # "Neither Ann Lee nor her rivals ..." (reading23)
    "Stated", "Continued", "Added", "Wrote", "Noted", "Explained", "Declared",  # "Stated Lee:"
    "However", "Meanwhile", "Instead", "Indeed", "Also", "Moreover", "Furthermore", "Later",
    "Earlier", "Today", "Yesterday", "Tonight", "Last", "Next", "Afterward", "Afterwards",
    "Nevertheless", "Otherwise", "Finally", "Overall", "Again", "Once", "Only", "Just",
    # interjections and imperatives that open a reporter's lead-in ("Wait, it gets better:")
    "Wait", "Look", "Listen", "Well", "Imagine", "Consider", "Remember",
    "Other", "Others", "Another", "Several", "Few",  # "Other Republicans' reaction:"
    "One",  # "One Club for Growth ad argues that": a determiner, as "A" (reading23b)
    # "Fellow guard Jo Lee - whose ... - posted": an adjective before a role (Session 13)
    "Fellow", "Fellows",
    # a page's "Scroll down for video" run into the next sentence (Session 16)
    "Scroll", "Click", "Swipe",
    # connective and stance adverbs set off by a comma before a sentence's subject
    # ("Likewise, a paper from the institute had this to say:"; reading23e: credited to
    # "Likewise"). No -ly rule: "Kelly,", "Reilly," and "Beverly," open sentences as names.
    "Likewise", "Similarly", "Conversely", "Additionally", "Separately", "Consequently",
    "Accordingly", "Therefore", "Thus", "Hence", "Besides", "Notably", "Importantly",
    "Ironically", "Interestingly", "Surprisingly", "Unsurprisingly", "Predictably",
    "Fortunately", "Unfortunately", "Sadly", "Clearly", "Obviously", "Specifically",
    "Ultimately", "Eventually", "Subsequently", "Previously", "Initially", "Originally",
    "Apparently", "Evidently", "Admittedly", "Frankly", "Nonetheless", "Alternatively",
    "Elsewhere", "Hopefully", "Understandably", "Curiously", "Tellingly", "Oddly",
    "Strangely", "Privately", "Publicly", "Increasingly", "Perhaps",
    # prepositions that open a sentence before its subject ("Alongside BLM calls for action,
    # even a top strategist said, saying: '"; reading24b: credited to "Alongside BLM")
    "Alongside", "Amid", "Amidst", "Despite", "Among", "Amongst", "Against", "Beyond",
    "Toward", "Towards", "Throughout", "Unlike", "Upon", "Within", "Without", "Following",
    # parts of a document, not people ("Article 33 affirms:"; reading24b: "— Article")
    "Article", "Articles", "Section", "Clause", "Chapter", "Paragraph",
    # German and Dutch adverbs that open a sentence before its verb ("Heute sagte er:",
    # "Daarna zei hij:"; Session 17: credited as speakers)
    "Später", "Danach", "Gestern", "Heute", "Zuvor", "Vorher", "Außerdem", "Dennoch",
    "Trotzdem", "Jedoch", "Allerdings", "Zudem", "Anschließend", "Inzwischen", "Mittlerweile",
    "Damals", "Bereits", "Zunächst", "Schließlich", "Daraufhin", "Deshalb", "Daher", "Bisher",
    "Bislang", "Daarna", "Gisteren", "Vandaag", "Eerder", "Inmiddels", "Ondertussen",
    "Intussen", "Vervolgens", "Bovendien", "Daarnaast", "Desondanks", "Daarom", "Uiteindelijk",
    "Gisteravond", "Vanavond", "Vanochtend", "Vanmorgen",
})  # fmt: skip
# Where someone lives, glued before their name ("Londoner Jade", "Texan Ray Bell"): never part
# of it. Only words that are no given names or surnames themselves.
RESIDENT_DEMONYMS = frozenset({
    "Londoner", "Dubliner", "Berliner", "Muscovite", "Glaswegian", "Mancunian", "Liverpudlian",
    "Scouser", "Geordie", "Brummie", "Texan", "Parisian", "Floridian", "Californian",
    "Bostonian", "Chicagoan", "Aussie", "Kiwi", "Briton", "Brit", "Yorkshireman",
    "Yorkshirewoman", "Cornishman", "Ulsterman", "Zealander", "Yorker", "Corkman", "Kerryman",
    "Frenchman", "Englishman", "Irishman", "Welshman", "Dutchman", "Scotsman", "Frenchwoman",
    "Englishwoman", "Irishwoman", "Welshwoman", "Dutchwoman", "Scotswoman",
    # nationality nouns that are no names either ("fellow Spaniard Ana Ruiz": bbc_train11 dev,
    # read in session 18: in-sample)
    "Spaniard", "Serb", "Croat", "Slovene", "Kazakh", "Uzbek",
})  # fmt: skip
# An appositive that gives a described person's name: "the boy's mother, named Ana Lima,". Not
# "also called" / "also named": a namesake of someone in the story ("the girl's uncle, also
# named Tomas"), whom the name index would take the name for.
NAMING_LEAD_INS = ("also known as", "called", "named", "known as")
# Words of NOT_NAMES that are also surnames ("Al From", "Theresa May"): a name's last word
# after a capitalised given name, and a speaker mid-sentence before a speech verb (', From said').
SURNAME_WORDS = frozenset({"From", "May", "Still"})
# Words before a month ("in May", "since May", "early May"): no person's surname follows them.
MONTH_LEADS = frozenset({
    "in", "since", "until", "till", "by", "from", "on", "of", "last", "next", "early", "late",
    "mid", "through", "during", "this", "that", "before", "after", "between", "and",
})  # fmt: skip
ORIGIN_ENDINGS = ("-born", "-based", "-raised")  # "Leeds-born Tom Ray": no part of his name
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can", "ch", "i")  # "Russian", "Israeli"
# Endings of job words written as one word before a name, mostly German compounds
# ("Verbandssprecher Karl-Peter Naumann", "Finanzministerin ..."): dropped from the name.
JOB_ENDINGS = (
    "sprecher", "sprecherin", "leiter", "leiterin", "chef", "chefin", "minister", "ministerin",
    "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
    "experte", "expertin", "ökonom", "ökonomin", "forscher", "forscherin", "trainer",
    "trainerin", "anwalt", "anwältin", "meister", "meisterin",
)  # fmt: skip
# Words of photo credits and video captions that a page runs into a name ("Getty Images
# Jo Lee", "Image Ana Ruiz"): a full name holding one has a caption glued to it.
CAPTION_WORDS = frozenset({
    "image", "images", "photo", "photos", "photograph", "credit", "getty", "reuters", "afp",
    "watch", "watched", "video", "caption", "pictured", "file", "shutterstock",
})  # fmt: skip
# Endings of Russian patronymics ("Сергеевич", "Сахиповна"): the middle word of a full name.
PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "чна", "ьич")
# Nationality nouns that "-an", "-ese", "-ish" miss: "the Greek said" re-describes a player named
# before (sports reports name people by nationality), as "the American" does.
DEMONYM_NOUNS = frozenset({
    "greek", "dane", "swede", "czech", "pole", "scot", "swiss", "thai", "briton", "brit",
    "finn", "serb", "croat", "slovak", "slovene", "turk", "kiwi", "aussie", "kazakh", "uzbek",
    "iraqi", "israeli", "pakistani", "saudi", "kuwaiti", "qatari", "somali", "yemeni",
    "argentine", "spaniard", "frenchwoman", "dutchwoman", "welshwoman", "irishwoman",
    "scotswoman", "englishwoman",
    # adjectives in "-an" that DEMONYM_ENDINGS miss, glued before a full name ("Kenyan Jo Lee")
    "kenyan", "ugandan", "rwandan", "cuban", "venezuelan", "uruguayan", "paraguayan", "tongan",
    "samoan", "andorran", "filipino",
})  # fmt: skip
# Nationality nouns that are given names as well ("Finn Russell", "Scot Gemmill"): kept before
# a name, which they may begin (the given-name list is too loose to tell: it holds "Argentine").
DEMONYM_GIVEN_NAMES = frozenset({"finn", "dane", "scot", "brit", "kiwi"})
# Players' positions and sports before a name ("England prop Jo Lee": a person, as after a
# job word) and as a description of someone named before ("The prop said:").
SPORT_ROLES = frozenset({
    "prop", "hooker", "flanker", "winger", "fly-half", "scrum-half", "full-back", "batsman",
    "bowler", "spinner", "all-rounder", "golfer", "sprinter", "swimmer", "cyclist", "jockey",
})  # fmt: skip
# Words right before an office ("former Archbishop of Canterbury Lord Carey", "the then Mayor
# of Leeds"): someone who held it once, not the one "the Archbishop of Canterbury" means now.
OFFICE_QUALIFIERS = frozenset({
    "former", "ex", "then", "late", "deputy", "vice", "assistant", "acting", "shadow", "next",
    "previous", "outgoing", "incoming", "future", "new",
})  # fmt: skip
# Titles written between an office and its holder's name ("The Archbishop of Canterbury, Dr
# Rowan Williams"), each with an optional full stop (summarizer.quotes.office_holders).
OFFICE_HONORIFICS = (
    "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Dame", "Rev", "Revd", "Professor", "Prof",
)  # fmt: skip
# British parties written before a member's name as a label ("Fellow Lib Dem Jo Lee", "Tory
# Jo Lee", "Labour MP Jo Lee"): no part of the name (`honours.bare_name`). As written, each a
# tuple of words, the longer labels first. Not "Green": also a surname. (session 18,
# bbc_train12 dev, read: in-sample)
PARTY_LABELS = (
    ("Liberal", "Democrat"),
    ("Plaid", "Cymru"),
    ("Lib", "Dem"),
    ("Labour",),
    ("Tory",),
    ("Conservative",),
    ("SNP",),
    ("UKIP",),
    ("Plaid",),
    ("DUP",),
    ("Unionist",),
)
