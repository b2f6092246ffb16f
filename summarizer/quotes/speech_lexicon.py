"""Speech verbs and the words around them in a cue, per language (data only; the rules are
in `verbs`, `speakers`, `before` and `nearby`).

Quote finding reads every language's words at once: an article quotes people in other
languages ("», a-t-il dit" in an English report), and the marks around a quote are no clue.
Lower-case unless a list is about capitalised words. Apart from the other word lists
(`pronoun_lexicon`, `name_lexicon`, `phrase_lexicon`) by topic, each small enough to read.
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
    "growl mutter reveal confide gush chime react exhort assure fume press remember"
)
SPEECH_IRREGULAR_EN = "said says say told tells wrote writes write sang sings"
SPEECH_IRREGULAR_PARTICIPLES_EN = "saying telling writing"
# Verbs of a written message, in the past only: "texts" and "mails" are nouns as often as verbs
# ('"We are safe," she texted.', 'he emailed': the sender's words, as "wrote" gives them).
WRITTEN_MESSAGE_EN = "texted emailed e-mailed messaged"
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
# Speech verbs whose subject is mostly a news outlet ("The Hill reported."): the sentence
# they end hands no speaker on to the quote after it.
OUTLET_VERBS = frozenset({"reported", "reports", "report", "berichtete", "berichtet"})
# Words of a news outlet's name ("the Daily Courier", "Sky News", "Reuters"): such a subject of
# `OUTLET_VERBS` after a quote printed someone else's words (`outlet`).
OUTLET_NAME_WORDS = frozenset({
    "News", "Post", "Times", "Press", "Daily", "Herald", "Guardian", "Telegraph", "Mail",
    "Courier", "Journal", "Tribune", "Gazette", "Chronicle", "Independent", "Mirror", "Express",
    "Observer", "Standard", "Reuters", "AFP", "AP", "BBC", "CNN", "Bloomberg", "Agency",
    "Radio", "TV", "Television", "Broadcasting", "Newspaper", "Magazine",
})  # fmt: skip
# Speech verbs whose next words are an object, not the speaker ("..., told CBS News."), in a
# sentence that ends "verb + name".
OBJECT_VERBS = frozenset({"told", "tells", "asked", "asks", "answered", "answers"})
# Finite auxiliaries: one in the words before a speech verb makes them a clause of their own
# ("The vote would come in May and, later, Lee said"), not a speaker's name or description.
FINITE_AUXILIARIES = frozenset({
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "did", "does",
    "could", "should", "may", "might", "must",
})  # fmt: skip
# Speech verbs of an answer: "Lee replied that ..." after a whole quoted sentence answers the
# quote (someone else's question or charge) in the reporter's words; it is not its cue.
REPLY_VERBS = frozenset({
    "replied", "replies", "responded", "responds", "answered", "answers", "retorted",
    "retorts", "countered", "counters",
})  # fmt: skip
# Verbs only a person does when asked something, in the past: a one-word name before one
# opens a sentence about a person the text never names in full ("Carson dodged the question.",
# `bare_subject`). Not "approved", "voted", "won": a city, a board or a team does those.
ANSWER_VERBS = frozenset({
    "dodged", "ducked", "defied", "hedged", "demurred", "sidestepped", "shrugged", "smiled",
    "nodded", "grinned", "balked", "declined", "refused", "deflected", "evaded", "picked",
    "chose", "opted",
})  # fmt: skip
