"""Words of the clause around a speaker: what ends a noun phrase, makes a description, a
thing, a body or a subordinate clause (data only; the rules are in `speakers`, `described`,
`bodies`, `subjects`, `credit` and `redescribe`).

Its own module because these lists read the phrase a name stands in, not the name itself
(`name_lexicon`). Lower-case unless a list is about capitalised words.
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import SPORT_ROLES

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
# Prepositions of a time or place phrase that may open a clause before its subject with no
# comma ("On Friday he walked in, saying: ..."); not "after", "before", "since": they also
# open subordinate clauses ("After he left she said").
FRONTED_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "from", "within"})
# Conjunctions that join a second clause with a subject of its own ("Lee said ..., but Ruiz
# disputed ..."): after one, a second person who acts is a rival antecedent (`antecedent`).
RIVAL_CLAUSE_JOINERS = frozenset({"but", "while", "whereas", "yet"})
# Words that open a clause before its subject ("But Smith said").
CLAUSE_FILLERS = frozenset(
    {"but", "and", "so", "then", "meanwhile", "still", "yet", "also", "now", "later", "however"}
)
# A description of a person as a sentence's subject ("But a party spokesman said ...",
# `described`): the words after its head that run its phrase on to the verb ("a spokesman for
# the firm said"), the adverb allowed before that verb ("also said"), words that are no
# person's head noun, endings of agent nouns that are ("broker", "analyst"), and words that
# cannot end its noun phrase (what starts a clause or a phrase after it: "the man who").
DESCRIPTION_TAIL_LEADS = frozenset({"for", "of", "at", "from", "with"})
# Words that open a relative clause set off by commas inside a description ("a spokesman for
# the board, which runs the trade, said"): the clause is skipped to reach the verb.
RELATIVE_LEADS = frozenset({"which", "who"})
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
    # "Like coach Tom Hale, ...", "Despite objections from ...", "including ..." (Session 16)
    "like", "unlike", "despite", "alongside", "including", "without", "amid", "besides",
    "beside", "within", "upon", "across", "through", "regarding", "concerning",
})  # fmt: skip
# A preposition right before a colon that opens a quote ("... the equivalent of the showbiz
# message of: '...'"): the quote completes the preposition's phrase, words named or cited, not
# said by the sentence's subject (session 20: a stock saying given to the singer it was
# likened to). Not "as" ("He described it as: '...'" is his).
COLON_OBJECT_PREPOSITIONS = frozenset({
    "of", "to", "with", "about", "like", "than", "for", "from", "into", "on", "at", "in",
    "by", "via", "including", "between", "among", "against", "over",
})  # fmt: skip
# A document's label before the colon that opens its text ("Transcript as follows:", "Full
# text below:", "Excerpts from the statement:"): the words are printed, not said by "Transcript"
# (reading22: a victory speech printed after "Transcript as follows:" was credited to
# "Transcript"). Its speaker, if any, was named before the label; the quote stays unattributed.
DOCUMENT_LABEL = re.compile(
    r"(?:(?:the|a|full|partial|complete|edited|official|following|an?\s+excerpt\s+of)\s+)*"
    r"(?:transcript|text|excerpts?|statement|remarks|speech)"
    r"(?:\s+(?:of|from)\s+(?:the|his|her|their)\s+(?:speech|remarks|statement|interview))?"
    r"(?:\s+(?:as\s+follows|follows|below|reads?|here|in\s+full))?\s*:?\s*",
    re.IGNORECASE,
)
# Who may say a line nobody said: "you", "they", "people" (session 20: "some of you are
# probably saying, '...'", "they'd all react the same way: '...'"), with the hedges before
# the verb that make the saying imagined and the verbs of saying or reacting after them.
IMAGINED_SPEAKERS = (
    "you", "they", "people", "everyone", "everybody", "someone", "somebody", "anyone",
    "anybody", "one", "some of you", "many of you", "most of you", "some people",
    "many people", "most people",
)  # fmt: skip
IMAGINED_HEDGES = ("would", "might", "could", "may", "will", "'d", "’d", "are probably",
                   "are likely", "are surely", "will probably")  # fmt: skip
IMAGINED_VERBS = (
    "say", "saying", "ask", "asking", "react", "reacting", "think", "thinking", "wonder",
    "wondering", "reply", "respond", "go", "tell", "exclaim", "complain", "scream", "shout",
    "cry", "object", "protest",
)  # fmt: skip
# Words before a name and its colon that make the name the one spoken to, not the speaker
# ("he once told Mr Hart:", "a letter to Jo Lee:").
ADDRESSEE_WORDS = (
    "told", "tells", "tell", "telling", "asked", "asks", "warned", "warns", "urged", "urges",
    "reminded", "reminds", "assured", "thanked", "to", "for", "with", "at",
)  # fmt: skip
# Prepositions before a full name inside a quote that make it someone the speaker talks of
# ("I had a chat with Sam Hill"): the quote is not that person's. Also "as" of a comparison
# ("did as much as Sam Hill did", "such as Sam Hill") and "of", "by", "at", "on", "over"
# ("the music of Sam Hill", "beaten by Sam Hill").
OBJECT_PREPOSITIONS = (
    "with", "to", "about", "for", "from", "against", "beside", "behind", "than", "like",
    "as", "of", "by", "at", "on", "over",
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
# Plural nouns of a crowd a capitalised word can qualify ("WWE fans react", "Labour voters
# said"): the word before one names what the crowd follows, never the speaker.
CROWD_NOUNS = frozenset({
    "fans", "supporters", "followers", "viewers", "readers", "listeners", "users", "voters",
    "residents", "customers", "shoppers", "members", "workers", "staff", "employees",
    "critics", "parents", "students", "pupils", "players", "officials", "lawmakers",
    "activists", "protesters", "campaigners", "passengers", "commuters", "locals",
})  # fmt: skip
# Nouns a reporter sets right before a body's name to say what kind of body it is ("Mexican
# outfit Red Lions Puebla, who ...", "rival club Harbour Town"): the name after one is no
# person, though British English gives a team "who".
BODY_APPOSITION_NOUNS = frozenset({
    "outfit", "club", "side", "team", "firm", "company", "group", "band", "charity",
    "airline", "broadcaster", "newspaper", "retailer", "carmaker", "insurer", "label",
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
    # court and official papers ("the affidavit said", "the indictment says"; Session 16).
    # Not "documents": a labelled real page keeps "the documents" as the voice of a leak.
    "affidavit", "indictment", "warrant", "subpoena", "summons", "dossier", "filings",
    "obituary", "plaque", "inscription", "verdict", "judgment", "judgement", "guidance",
    "guidelines", "contract", "treaty", "findings", "forecast",
    # works and recordings ("the lyrics go", "the trailer says")
    "lyrics", "song", "film", "trailer", "episode", "novel", "poem", "script", "recording",
    "footage", "clip", "slogan", "motto", "menu", "packaging", "instructions", "manual",
    # what a seller or a page writes ("His sales pitch adds:", "the listing reads"; Session 23)
    "pitch", "listing", "blurb", "profile", "bio", "biography",
})  # fmt: skip
# Heads of a definite description that re-describes someone the story is about ("the keeper",
# "the star", "the 28-year-old"): resolved to the person the narration just spoke of. Roles
# that mostly bring in someone new ("the officer", "the spokesman", "the lawyer") are not here:
# such a quote keeps its description.
PROTAGONIST_HEADS = frozenset({
    "president", "premier", "chancellor", "pontiff", "monarch", "king", "queen", "star",
    "singer", "actor", "actress", "rapper", "comedian", "comic", "keeper", "goalkeeper",
    "striker", "player", "model", "host", "wrestler", "boxer", "fighter", "champion", "skater",
    "musician", "mogul", "billionaire", "businessman", "businesswoman", "superstar", "icon",
    "legend", "frontrunner", "front-runner", "nominee", "candidate", "novelist", "author",
    "veteran", "international", "forward", "defender", "midfielder", "manager", "coach",
    "captain", "youngster", "teenager", "lock", *SPORT_ROLES,
})  # fmt: skip
# Heads of a definite description that speak for a body or stay unnamed by custom ("the
# spokesman", "the insider", "the official"): kept as the speaker however they are modified
# (`confidence.redescribed`).
VOICE_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "source",
    "insider", "representative", "officer", "aide",
})  # fmt: skip
# Endings of a head noun that names a person by what they do or where they are from ("the
# title holder", "the Icelander", "the researcher"): what `confidence.redescribed` reads.
REDESCRIBED_ENDINGS = ("er", "or", "ist", "ian", "ese", "ish")
# Words inside a definite description that tie it to another body or person ("the lawyer
# for the family"): someone new, not a re-description.
DESCRIPTION_LINKS = frozenset({"for", "of", "at", "from", "with", "to", "in", "on"})
# "the head of Norway's cabinet", "the leader of the delegation": a definite description of
# the person who leads a body the story names.
LEADER_HEADS = frozenset({"head", "leader", "chief", "president", "chairman", "chairwoman"})
# Words that open a subordinate clause: its subject is not the one who speaks in the main one.
SUBORDINATORS = frozenset(
    {"after", "when", "while", "because", "before", "if", "although", "since", "until", "as"}
)
# Words that open a phrase fronted before a sentence's subject ("Despite carding a 68, Trahan
# was ...", "After the verdict, analyst Jo Lee said ..."): the name after its comma opens the
# main clause (`placed_names`, `nearby`).
FRONTED_LEADS = frozenset({
    "after", "before", "when", "while", "although", "though", "since", "despite", "during",
    "following", "in", "on", "at", "speaking", "asked", "instead", "earlier", "later", "with",
    "without", "as", "having", "for", "until", "once", "upon", "amid", "writing", "responding",
    "reacting", "talking", "commenting", "addressing",
})  # fmt: skip
# Time adverbs that may open a sentence with no comma before its subject ("Earlier Tony Blair
# defended the plans."): the name after one opens the sentence as much as a bare name does.
TIME_LEADS = frozenset({"earlier", "later", "meanwhile", "yesterday", "today", "now", "then"})
# Playing positions that lead a player's full name at a sentence's start ("Lyon wing Jo Lee
# is ...", "Perpignan centre Jo Lee has ..."): a person, as after a job word (`placed_names`).
# Apart from SPORT_ROLES: "the centre said" is as often a research centre as a player.
PLAYING_POSITIONS = SPORT_ROLES | {
    "wing", "centre", "lock", "number-eight", "centre-back", "half-back", "sweeper",
    "playmaker", "outfielder", "pitcher", "quarterback", "guard", "point-guard",
}  # fmt: skip
# Connectives that open a sentence before its subject, with a comma or none ("Meanwhile, Jo Lee
# is delighted ...", "But Jo Lee said ..."): the name after one opens the sentence as much as a
# bare name does (`placed_names`; reading25: a player so brought in was no person, and "the
# youngster said" went to the coach quoted before).
SENTENCE_CONNECTIVES = CLAUSE_FILLERS | {
    "elsewhere", "separately", "nevertheless", "nonetheless", "indeed", "besides",
}  # fmt: skip
# "with" in the supported languages: a name in apposition right after a clause holding one
# ("Ana Ruiz, in a joint statement with the party's leader, Jo Lee, said") is with's object.
WITH_WORDS = ("with", "mit", "avec", "con", "com", "met", "с", "со")
# Prepositions before a place ("in Leeds", "à Lyon", "в Казани"), per language.
PLACE_PREPOSITIONS = ("in", "at", "from", "near", "outside", "à", "en", "em", "a", "в", "из")
# Nouns that re-describe an organisation after "the" ("But the firm denied ..."): after a
# sentence in which a body named itself spoke ("Acme said ..."), '"...," it said' is that
# body's (reading24e, business-334: unattributed).
BODY_DESCRIPTIONS = frozenset({
    "firm", "company", "group", "bank", "airline", "carrier", "retailer", "business",
    "ministry", "agency", "council", "union", "club", "board", "consortium", "venture",
})  # fmt: skip
