"""Words that tell speech and speakers apart, per language (data only; the rules are in
`speakers` and `attribution`).

Quote finding reads every language's words at once: an article quotes people in other
languages ("», a-t-il dit" in an English report), and the marks around a quote are no clue.
Lower-case unless a list is about capitalised words.
"""

from __future__ import annotations

# English speech verbs: lemmas inflected by `speakers` (past, third person, -ing), plus the
# irregular forms.
SPEECH_LEMMAS_EN = (
    "add warn insist stress note explain argue reply declare announce claim continue state "
    "comment recall observe remark respond answer acknowledge admit suggest predict promise vow "
    "urge caution concede counter quip joke shout yell emphasize emphasise conclude post report "
    "testify complain boast lament muse charge allege assert maintain contend confirm deny "
    "exclaim opine proclaim reiterate recount whisper cry plead demand thunder scoff snap sigh "
    "laugh agree disagree wonder boom chant tweet ask echo retort recall insist interject bark "
    "growl mutter reveal confide gush chime react exhort assure fume press"
)
SPEECH_IRREGULAR_EN = "said says say told tells wrote writes write"
SPEECH_IRREGULAR_PARTICIPLES_EN = "saying telling writing"
DOUBLED_FINAL_EN = frozenset({"snap", "quip", "admit"})  # snapped, quipping, admitted
# Speech verbs in other languages, as written (one word each).
SPEECH_VERBS: dict[str, str] = {
    "ru": "сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил "
    "добавила добавили подчеркнул подчеркнула пояснил пояснила сообщил сообщила написал "
    "написала говорит говорил говорила ответил ответила признал признала уточнил уточнила "
    "рассказал рассказала заметил заметила считает",
    "de": "sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte schrieb "
    "ergänzte berichtete kritisierte forderte",
    "fr": "déclare dit affirme ajoute souligne explique estime déclarait expliquait raconte "
    "précise insiste confie",
    "es": "dijo afirmó declaró aseguró explicó añadió señaló agregó indicó sostuvo advirtió "
    "comentó destacó subrayó dice afirma asegura explica",
    "it": "detto dichiarato affermato spiegato aggiunto sottolineato afferma spiega "
    "aggiunge sottolinea dichiara",
    "pt": "disse afirmou declarou explicou acrescentou destacou ressaltou garantiu diz afirma "
    "explica",
    "nl": "zei zegt zeggen verklaarde vertelde stelde benadrukte schreef aldus",
}
# Speech verbs of several words; a space matches any run of whitespace.
SPEECH_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "pointed out",
        "shot back",
        "fired back",
        "chimed in",
        "weighed in",
        "went on",
        "went on to say",
        "added that",
    ),
    "fr": (
        "a déclaré",
        "a dit",
        "a affirmé",
        "a ajouté",
        "a souligné",
        "a expliqué",
        "a estimé",
        "a indiqué",
        "a précisé",
        "a assuré",
    ),
    "de": ("fügte hinzu",),
    "it": ("ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto"),
    "pt": ("disse que",),
    "nl": ("voegde toe",),
}
# "according to X" and its kin; a space matches any run of whitespace.
ACCORDING_PHRASES: dict[str, str] = {
    "en": "according to",
    "ru": "по словам",
    "de": "laut",
    "fr": "selon",
    "es": "según",
    "it": "secondo",
    "pt": "segundo",
    "nl": "volgens",
}
# Words that may stand between a speaker and the verb ("Putin has also said"); any "-ly" too.
CUE_ADVERBS = "has had have would will also later then once again previously earlier simply further"
# Words between a capitalised name and its speech verb that still make it a speaker.
SPEECH_ADVERBS = frozenset(
    ["also", "later", "then", "once", "again", "previously", "earlier", "has", "had"]
)

SUBJECT_PRONOUNS: dict[str, str] = {
    "en": "he she they i we it",
    "ru": "он она они я мы",
    "de": "er sie ich wir",
    "fr": "il elle ils elles je nous on",
    "es": "él ella",
    "it": "lui lei",
    "pt": "ele ela",
    "nl": "hij zij ik wij",
}
# Third-person pronouns of one person, by the gender they tell ("sie" is also "they": read as
# she only next to a singular verb, which these rules cannot see, so it tells no gender).
MASCULINE_PRONOUNS = frozenset({"he", "он", "er", "il", "él", "lui", "ele", "hij"})
FEMININE_PRONOUNS = frozenset({"she", "она", "elle", "ella", "lei", "ela", "zij"})
PERSONAL_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS | {"sie"}
# Subject pronouns that are also given names or surnames ("Ella", "Lei", "Lui", "Elle"): one
# capitalised before a cue is read as the pronoun only in a text of the pronoun's language; the
# rest of `SUBJECT_PRONOUNS` never name anyone ("Er sagte:", "Il a déclaré :", "Она сказала:").
NAME_LIKE_PRONOUNS = frozenset({"ella", "lei", "lui", "elle", "ele", "ela"})
# Words that tell a person's gender next to their name: titles ("Ms. Jean") and kinship or
# role nouns in an appositive ("Allison Jean, his mother"); English object/possessive pronouns
# after a mention count too (see `gender`).
MASCULINE_WORDS = frozenset({
    "mr", "he", "him", "his", "himself", "father", "fr", "husband", "son", "brother", "man", "boy",
    "actor", "king", "prince", "sir", "lord", "herr", "monsieur", "m", "señor", "signor",
    "sr", "uncle", "grandfather", "widower", "businessman", "spokesman", "chairman",
    "congressman", "councilman", "boyfriend",
})  # fmt: skip
FEMININE_WORDS = frozenset({
    "ms", "mrs", "miss", "she", "her", "hers", "herself", "mother", "wife", "daughter",
    "sister", "woman", "girl", "actress", "queen", "princess", "dame", "lady", "frau",
    "madame", "mme", "señora", "signora", "sra", "aunt", "grandmother", "widow",
    "businesswoman", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
    "girlfriend",
})  # fmt: skip
# Courtesy titles before a surname alone ("Mr Smith", "Mrs Smith"), with the gender they tell.
COURTESY_TITLES: dict[str, str] = {
    "Mr": "m", "Mister": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f",
}  # fmt: skip
FIRST_PERSON = frozenset({"i", "я", "ich", "je"})  # the article's author speaks
# English subject pronouns of people as a sentence opens with them ("She replied to him"); the
# first three speak of someone already named ("He said", "she added": `THIRD_PERSON`).
OPENING_PRONOUNS = ("He", "She", "They", "We", "I")
THIRD_PERSON = "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in OPENING_PRONOUNS[:3])
# English words of speech in the first or second person: a speaker's, not a reporter's.
FIRST_OR_SECOND_PERSON_WORDS = ("I", "me", "my", "we", "us", "our", "you", "your")
# Pronouns that open a clause without naming the speaker of a quote ("it said", "on dit").
IMPERSONAL_SUBJECTS = frozenset({"it", "we", "they", "on"})

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
    "präsidentin",
    "fr": "monsieur madame m mme ministre président présidente maire directeur directrice "
    "porte-parole",
    "ru": "президент премьер министр глава госсекретарь канцлер премьер-министр мэр губернатор "
    "директор представитель пресс-секретарь председатель",
    # No "don": capitalised, it is a given name ("Mayor Don Guardian"); the Spanish and Italian
    # honorific is written in lower case ("don Antonio") and so is no part of a name anyway.
    "es": "ministro ministra presidente presidenta alcalde alcaldesa señor señora doña",
    "it": "ministro ministra presidente sindaco signor signora onorevole",
    "pt": "ministro ministra presidente prefeito prefeita senhor senhora",
    "nl": "minister premier burgemeester staatssecretaris meneer mevrouw",
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
# Head nouns of a description that names a person's role ("the head of Iran's government").
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
    "neighbour", "neighbor", "assistant", "deputy",
    "predecessor", "successor",  # "his predecessor Roger Wright" (Session 13)
    "visitor", "witness", "bystander", "onlooker",  # "Zoo visitor Jo Lee believes" (13b)
    *_KIN_ROLES,
})  # fmt: skip
# Kinship heads: "the relieved father", "his son" re-describe a relative of someone the story
# names, often named too; kept as the speaker, which of them is a guess (`confidence`).
KIN_NOUNS = frozenset({
    *_KIN_ROLES, "parent", "parents", "grandson", "granddaughter", "widower", "boyfriend",
    "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "mum", "mom", "dad", "stepfather",
    "stepmother", "partner",
})  # fmt: skip
# Before capitalised words, no name: "a New Hampshire Republican", "one Iowa Democrat".
INDEFINITES = frozenset({"a", "an", "another", "one"})
# Role words that can lead a name phrase ("presidential nominee Donald Trump").
TITLE_ADJECTIVES = frozenset({"presidential", "former", "vice", "prime"})
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three"}
)
AUXILIARIES = frozenset({
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "to", "can", "did",
    "does", "do", "not", "could", "should", "may", "might", "must",
})  # fmt: skip
# Lower-case particles inside names ("Abu Bakr al Baghdadi", "Ursula von der Leyen").
# "and" joining two speakers of one cue ("Waxman and Davis wrote"): the first named speaks.
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
    "However", "Meanwhile", "Instead", "Indeed", "Also", "Moreover", "Furthermore", "Later",
    "Earlier", "Today", "Yesterday", "Tonight", "Last", "Next", "Afterward", "Afterwards",
    "Nevertheless", "Otherwise", "Finally", "Overall", "Again", "Once", "Only", "Just",
    # interjections and imperatives that open a reporter's lead-in ("Wait, it gets better:")
    "Wait", "Look", "Listen", "Well", "Imagine", "Consider", "Remember",
    "Other", "Others", "Another", "Several", "Few",  # "Other Republicans' reaction:"
    # "Fellow guard Jo Lee - whose ... - posted": an adjective before a role (Session 13)
    "Fellow", "Fellows",
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
})  # fmt: skip
# An appositive that gives a described person's name: "the boy's mother, named Ana Lima,". Not
# "also called" / "also named": a namesake of someone in the story ("the boy's father, also
# called Carlos"), whom the name index would take the name for.
NAMING_LEAD_INS = ("also known as", "called", "named", "known as")
# Words of NOT_NAMES that are also surnames ("Al From", "Theresa May"): a name's last word
# after a capitalised given name, and a speaker mid-sentence before a speech verb (', From said').
SURNAME_WORDS = frozenset({"From", "May", "Still"})
# Words before a month ("in May", "since May", "early May"): no person's surname follows them.
MONTH_LEADS = frozenset({
    "in", "since", "until", "till", "by", "from", "on", "of", "last", "next", "early", "late",
    "mid", "through", "during", "this", "that", "before", "after", "between", "and",
})  # fmt: skip


# Words that end the noun phrase after a verb-first cue ("said Smith in a statement").
NOUN_PHRASE_STOPS = frozenset({
    "in", "on", "at", "during", "when", "while", "after", "before", "as", "who", "which",
    "to", "from", "via", "because", "since", "with", "about", "last", "this", "by",
    "earlier", "later", "recently", "told", "that", "und", "в", "на",
    "am", "im", "bei", "vor", "nach", "auf", "gegenüber", "ante", "en", "durante", "ai",
    "alla", "em", "ao", "op", "tegen", "tijdens", "lors", "devant", "à", "au", "aux",
})  # fmt: skip
# Prepositions that make a name the object inside a description of someone else: "a spokesman
# for Jo Lee", "an aide to Lee", "sources close to Lee" speak for Lee, they are not Lee.
NAME_OBJECT_LINKS = frozenset({
    "for", "to", "with", "at", "by", "on", "about", "against", "behind", "near", "under",
    "alongside", "beside", "than", "toward", "towards", "like", "representing",
})  # fmt: skip
# Words that make the words before a name a clause, not a description ("uploaded to X").
CLAUSE_WORDS = frozenset({
    "to", "by", "from", "with", "in", "on", "at", "into", "than", "as", "was", "is", "were",
    "are", "had", "has", "have", "but", "that", "this", "when", "while", "will",
})  # fmt: skip
ORIGIN_ENDINGS = ("-born", "-based", "-raised")  # "Leeds-born Tom Ray": no part of his name
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can", "ch", "i")  # "Russian", "Israeli"
# Words that open a clause before its subject ("But Smith said").
# Prepositions of a time or place phrase that may open a clause before its subject with no
# comma ("On Friday he walked in, saying: ..."); not "after", "before", "since": they also
# open subordinate clauses ("After he left she said").
FRONTED_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "from", "within"})
CLAUSE_FILLERS = frozenset(
    {"but", "and", "so", "then", "meanwhile", "still", "yet", "also", "now", "later"}
)
# A description of a person as a sentence's subject ("But a party spokesman said ...",
# `described`): the words after its head that run its phrase on to the verb ("a spokesman for
# the firm said"), the adverb allowed before that verb ("also said"), words that are no
# person's head noun, endings of agent nouns that are ("broker", "analyst"), and words that
# cannot end its noun phrase (what starts a clause or a phrase after it: "the man who").
DESCRIPTION_TAIL_LEADS = frozenset({"for", "of", "at", "from", "with"})
DESCRIPTION_ADVERBS = frozenset({"also", "then", "later", "again", "too", "once"})
NOT_DESCRIPTION_HEADS = frozenset({
    "his", "her", "him", "he", "she", "men", "women", "people", "number", "lot", "couple",
    "pair", "other", "others", "letter", "paper", "order", "quarter", "matter", "water",
})  # fmt: skip
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
NOT_IN_DESCRIPTION = frozenset({"who", "which", "that", "of", "for", "from", "at", "in", "with"})
# Words that end a lead-in to a title or a term, not to speech ("the so-called", "his book").
TERM_LEAD_INS = (
    "so-called", "dubbed", "called", "calls", "call", "titled", "entitled", "named", "nicknamed",
    "labelled", "labeled", "branded", "known as", "word", "words", "term", "phrase", "slogan",
    "hashtag", "motto", "headline", "book", "film", "movie", "song", "show", "programme",
    "programe", "series", "album", "article", "column", "op-ed", "essay", "documentary",
    "campaign", "as", "the", "a", "an", "of", "his", "her", "their", "its", "our", "my", "your",
    "this", "that", "these", "those", "by", "for", "with", "to", "in", "on", "and", "or",
)  # fmt: skip
# Words before a name that make it an object, not a clause's subject ("the lyrics of Dylan",
# "she thanked the Jones family"): such a name is no antecedent for "he said".
OBJECT_LEAD_INS = frozenset({
    "of", "to", "with", "by", "for", "from", "about", "at", "on", "in", "into", "against",
    "than", "over", "under", "between", "among", "behind", "toward", "towards", "via",
    "the", "a", "an", "versus", "vs", "is", "was", "as", "named", "called",
})  # fmt: skip
# Words before a name and its colon that make the name the one spoken to, not the speaker
# ("he once told Mr Hart:", "a letter to Jo Lee:").
ADDRESSEE_WORDS = (
    "told", "tells", "tell", "telling", "asked", "asks", "warned", "warns", "urged", "urges",
    "reminded", "reminds", "assured", "thanked", "to", "for", "with", "at",
)  # fmt: skip
# Prepositions before a full name inside a quote that make it someone the speaker talks of
# ("I had a chat with Sam Hill"): the quote is not that person's.
OBJECT_PREPOSITIONS = (
    "with", "to", "about", "for", "from", "against", "beside", "behind", "than", "like",
)  # fmt: skip
# Words after a capitalised "-ing" word that open its participle clause ("Speaking after the
# vote Jo Lee said:"): the "-ing" word is no name ("Manning said" is).
PARTICIPLE_FOLLOWERS = frozenset({
    "after", "before", "outside", "during", "ahead", "following", "afterwards", "later",
    "earlier", "shortly", "exclusively", "today", "yesterday", "inside", "alongside",
})  # fmt: skip
# Last words of a capitalised run that names a place, a body or an event, not a person
# ("Miami-Dade County", "the Democratic Party", "the Winter Olympics"): never the person a
# "he said" points back to.
NON_PERSON_HEADS = frozenset({
    "county", "state", "states", "party", "university", "college", "school", "house",
    "department", "ministry", "committee", "council", "commission", "association", "league",
    "olympics", "games", "city", "news", "times", "post", "street", "avenue", "court", "church",
    "club", "company", "group", "institute", "center", "centre", "foundation", "agency",
    "office", "bank", "fund", "airport", "hospital", "museum", "senate", "congress", "army",
    "police", "network", "channel", "magazine", "journal", "show", "festival", "award",
    "awards", "cup", "championship", "series", "island", "islands", "river", "valley", "park",
    "square", "bridge", "hall", "stadium", "republic", "kingdom", "union", "coalition",
    "organization", "organisation", "corporation", "inc", "ltd", "media", "press", "tv",
    "radio", "images", "twitter", "facebook", "instagram", "youtube", "board",
})  # fmt: skip
# Last words of an organisation's name besides `NON_PERSON_HEADS` ("Northwind Airlines"):
# a sentence opening with one may be what '," it said' points back to.
BODY_NAME_ENDS = frozenset({
    "Airlines", "Airways", "Corp", "Corporation", "Inc", "Ltd", "Group", "Bank", "Ministry",
    "Council", "Authority", "Trust", "Service", "Services", "Institute", "Federation",
})  # fmt: skip
# "the company said": the kind words a reporter uses for a body the text named before, each
# with the last words of a name that make it one of that kind ("Norvik Foods Ltd", "Harbour
# Town FC"; "Ministry of Health" opens with its head); a name the text itself calls "the firm
# X" counts too (`bodies`).
COMPANY_NAME_ENDS = ("Ltd", "plc", "PLC", "Inc", "Corp", "Corporation", "LLC", "GmbH", "AG")
BODY_KIND_NAME_ENDS: dict[str, tuple[str, ...]] = {
    "company": COMPANY_NAME_ENDS,
    "firm": COMPANY_NAME_ENDS,
    "club": ("FC", "AFC"),
    "ministry": ("Ministry",),
}
BODY_HEADS_BEFORE_OF = ("Ministry",)  # a head that may open the name too: "Ministry of Health"
# Endings of job words written as one word before a name, mostly German compounds
# ("Verbandssprecher Karl-Peter Naumann", "Finanzministerin ..."): dropped from the name.
JOB_ENDINGS = (
    "sprecher", "sprecherin", "leiter", "leiterin", "chef", "chefin", "minister", "ministerin",
    "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
    "experte", "expertin", "ökonom", "ökonomin", "forscher", "forscherin", "trainer",
    "trainerin", "anwalt", "anwältin", "meister", "meisterin",
)  # fmt: skip
# Words of photo credits and video captions that a page runs into a name ("Getty Images
# Matt Lauer", "Image Ajit Pai"): a full name holding one has a caption glued to it.
CAPTION_WORDS = frozenset({
    "image", "images", "photo", "photos", "photograph", "credit", "getty", "reuters", "afp",
    "watch", "watched", "video", "caption", "pictured", "file", "shutterstock",
})  # fmt: skip
# A description ending in a relative word only things take ("one of which states"): no one.
THING_RELATIVES = frozenset({"which"})
# Head nouns of a description that names a thing, not a speaker ("the website said", "the
# statement read"): the quote stays unattributed rather than credited to an object.
THING_NOUNS = frozenset({
    "website", "site", "page", "statement", "report", "letter", "post", "tweet", "video",
    "sign", "banner", "button", "document", "filing", "complaint", "lawsuit", "study",
    "survey", "poll", "book", "article", "release", "email", "message", "note", "ad",
    "advert", "advertisement", "memo", "bill", "map", "photo", "caption", "label",
    "headline", "story", "poster", "placard", "card", "sticker", "screen", "app", "blog",
    "posting", "announcement", "notice", "ruling", "petition", "manifesto", "leaflet",
    "flyer", "brochure", "transcript", "slide", "chart", "graphic", "text", "textbook",
    "editorial",
})  # fmt: skip
# Endings of Russian patronymics ("Сергеевич", "Сахиповна"): the middle word of a full name.
PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "чна", "ьич")
# Pronoun forms (any case) that, read after a person's mention in the same sentence, tell
# that person's gender ("Nagasu made comments ... and now she's ...").
MASCULINE_FORMS = frozenset(
    {"he", "him", "his", "himself", "он", "его", "ему", "ним", "hij", "hem", "él", "ele"}
)
FEMININE_FORMS = frozenset(
    {"she", "her", "hers", "herself", "она", "её", "ее", "ей", "elle", "ella", "ela", "zij"}
)
# Heads of a definite description that re-describes someone the story is about ("the keeper",
# "the star", "the 28-year-old"): resolved to the person the narration just spoke of. Roles
# that mostly bring in someone new ("the officer", "the spokesman", "the lawyer") are not here:
# such a quote keeps its description.
# Nationality nouns that "-an", "-ese", "-ish" miss: "the Greek said" re-describes a player named
# before (sports reports name people by nationality), as "the American" does.
DEMONYM_NOUNS = frozenset({
    "greek", "dane", "swede", "czech", "pole", "scot", "swiss", "thai", "briton", "brit",
    "finn", "serb", "croat", "slovak", "slovene", "turk", "kiwi", "aussie", "kazakh", "uzbek",
    "iraqi", "israeli", "pakistani", "saudi", "kuwaiti", "qatari", "somali", "yemeni",
    "argentine", "spaniard", "frenchwoman", "dutchwoman", "welshwoman", "irishwoman",
    "scotswoman", "englishwoman",
})  # fmt: skip
# Players' positions and sports before a name ("England prop Jo Lee": a person, as after a
# job word) and as a description of someone named before ("The prop said:").
SPORT_ROLES = frozenset({
    "prop", "hooker", "flanker", "winger", "fly-half", "scrum-half", "full-back", "batsman",
    "bowler", "spinner", "all-rounder", "golfer", "sprinter", "swimmer", "cyclist", "jockey",
})  # fmt: skip
PROTAGONIST_HEADS = frozenset({
    "president", "premier", "chancellor", "pontiff", "monarch", "king", "queen", "star",
    "singer", "actor", "actress", "rapper", "comedian", "comic", "keeper", "goalkeeper",
    "striker", "player", "model", "host", "wrestler", "boxer", "fighter", "champion", "skater",
    "musician", "mogul", "billionaire", "businessman", "businesswoman", "superstar", "icon",
    "legend", "frontrunner", "front-runner", "nominee", "candidate", "novelist", "author",
    "veteran", "international", "forward", "defender", "midfielder", "manager", "coach",
    "captain", "youngster", "teenager", "lock", *SPORT_ROLES,
})  # fmt: skip
# "the head of Iran's government", "the leader of the delegation": a definite description of
# the person who leads a body the story names.
LEADER_HEADS = frozenset({"head", "leader", "chief", "president", "chairman", "chairwoman"})
# Words that open a subordinate clause: its subject is not the one who speaks in the main one.
SUBORDINATORS = frozenset(
    {"after", "when", "while", "because", "before", "if", "although", "since", "until", "as"}
)
# "with" in the supported languages: a name in apposition right after a clause holding one
# ("Ana Ruiz, in a joint statement with the party's leader, Jo Lee, said") is with's object.
WITH_WORDS = ("with", "mit", "avec", "con", "com", "met", "с", "со")
# Speech verbs whose subject is mostly a news outlet ("The Hill reported."): the sentence
# they end hands no speaker on to the quote after it.
OUTLET_VERBS = frozenset({"reported", "reports", "report", "berichtete", "berichtet"})
# Speech verbs whose next words are an object, not the speaker ("..., told CBS News."), in a
# sentence that ends "verb + name".
OBJECT_VERBS = frozenset({"told", "tells", "asked", "asks", "answered", "answers"})
# Relative pronouns that are a clause's subject ("Jo Lee, who tweeted: ..."), per language.
RELATIVE_SUBJECTS = (
    "who", "der", "die", "qui", "quien", "quienes", "che", "que", "который", "которая",
)  # fmt: skip
# Prepositions before a place ("in Leeds", "à Lyon", "в Казани"), per language.
PLACE_PREPOSITIONS = ("in", "at", "from", "near", "outside", "à", "en", "em", "a", "в", "из")
