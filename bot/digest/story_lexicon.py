"""Stage words for bot.digest.stories: data, no logic.

Two reports of one topic that name different stages of it (a rate cut and a hold, a match
preview and its result, a trial opening and its verdict, a strike and its end) are two events,
however many names they share. Each dimension maps a stage to its marker words in the supported
languages (folded: lower case, no accents); bot.digest.story_stages stems them with the item's
language. Phrases of several words (STAGE_PHRASES) are matched whole. The words of figures,
of another event and of dates and places are in bot.digest.story_figures_lexicon,
story_another_lexicon and story_anchors_lexicon.
"""

from __future__ import annotations

STAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "rate": {
        "down": (
            "cut",
            "cuts",
            "lowers",
            "lowered",
            "reduces",
            "reduced",
            "senkt",
            "gesenkt",
            "снизил",
            "понизил",
            "снижение",
            "baisse",
            "abaisse",
            "baja",
            "rebaja",
        ),
        "up": (
            "hike",
            "hikes",
            "raises",
            "raised",
            "lifts",
            "lifted",
            "erhoht",
            "angehoben",
            "hebt",
            "повысил",
            "повышение",
            "releve",
            "augmente",
            "sube",
            "subida",
            "eleva",
            "elevo",
        ),
        "hold": (
            "holds",
            "held",
            "keeps",
            "kept",
            "unchanged",
            "steady",
            "belasst",
            "belassen",
            "unverandert",
            "zinspause",
            "сохранил",
            "сохранение",
            "maintient",
            "inchange",
            "mantiene",
            "mantuvo",
            "pausa",
        ),
    },
    "match": {
        "preview": (
            "preview",
            "voorbeschouwing",
            "vorbericht",
            "avant-match",
            "antevisao",
            "host",
            "hosts",
            "doubt",
            "doubtful",
            "vorschau",
            "empfangt",
            "fraglich",
            "анонс",
            "примет",
            "сыграет",
            "avant",
            "recoit",
            "previa",
            "recibe",
            "duda",
            "dubbio",
            "ospita",
            "recebe",
            "ontvangt",
        ),
        "result": (
            "beat",
            "draw",
            "drew",
            "remis",
            "unentschieden",
            "ничья",
            "ничью",
            "nul",
            "empate",
            "empato",
            "pareggio",
            "pareggia",
            "gelijkspel",
            "derrota",
            "sconfitta",
            "nederlaag",
            "beats",
            "win",
            "wins",
            "won",
            "victory",
            "defeat",
            "edge",
            "crush",
            "humbled",
            "thrashed",
            "sieg",
            "siegt",
            "siegte",
            "gewinnt",
            "gewann",
            "schlagt",
            "niederlage",
            "победила",
            "обыграла",
            "победу",
            "уступил",
            "проиграл",
            "impose",
            "battu",
            "victoire",
            "gana",
            "gano",
            "vence",
            "vencio",
            "triunfo",
            "victoria",
            "vince",
            "battuto",
            "vittoria",
            "venceu",
            "vitoria",
            "wint",
            "verslaat",
            "zege",
        ),
    },
    "trial": {
        "opens": (
            "begins",
            "opens",
            "opened",
            "opening",
            "denies",
            "pleads",
            "prozessauftakt",
            "beginnt",
            "begonnen",
            "начался",
            "начинается",
            "стартовал",
            "ouvre",
            "ouvert",
            "ouverture",
            "comienza",
            "comenzo",
            "arranca",
            "arranco",
            "comeca",
            "comecou",
            "arrancou",
            "inizia",
            "iniziato",
            "aperto",
            "apertura",
            "begint",
        ),
        "verdict": (
            "verdict",
            "jugement",
            "vonnis",
            "verdetto",
            "sentenza",
            "sentenca",
            "sentencia",
            "приговорил",
            "приговорен",
            "оправдан",
            "оправдал",
            "convicted",
            "guilty",
            "acquitted",
            "sentenced",
            "verurteilt",
            "freigesprochen",
            "urteil",
            "осужден",
            "приговор",
            "condamne",
            "condenado",
            "absuelto",
            "absolve",
            "absolvido",
            "assolto",
            "condannato",
            "veroordeeld",
            "vrijgesproken",
        ),
    },
    "strike": {
        # the strike named, no stage of it: as alike a call as a strike day (STAGE_EITHER)
        "named": (
            "huelga",
            "paros",
            "strike",
            "strikes",
            "streik",
            "streiken",
            "greve",
            "sciopero",
            "staking",
            "забастовка",
            "забастовку",
            "walkout",
            "ausstand",
        ),
        # the strike held: people stop work, passengers are stranded
        "on": (
            "picket",
            "streikt",
            "бастуют",
            "walk",
            "walked",
            "stranded",
            "stranden",
            "lahm",
            "paralyse",
            "бастуют",
        ),
        "over": (
            "ends",
            "vorbei",
            "завершили",
            "окончена",
            "закончилась",
            "levee",
            "terminee",
            "finaliza",
            "terminan",
            "revocato",
            "accordo",
            "encerram",
            "encerrada",
            "acordo",
            "fim",
            "voorbij",
            "beeindigd",
            "akkoord",
            "ended",
            "deal",
            "agreement",
            "einigung",
            "geeinigt",
            "beendet",
            "accord",
            "fin",
            "соглашение",
            "acuerdo",
            "desconvocan",
        ),
        # a strike called, not yet held: its announcement and the strike day are two stories
        # (round 13, read in session 11: "kondigt staking aan" merged with "staking begonnen").
        # Not Russian "объявили забастовку": it is how a strike starts (rounds 3, 5, 10, 12).
        "called": (
            "announces",
            "announced",
            "ruft",
            "aufgerufen",
            "angekundigt",
            "droht",
            "annonce",
            "annoncee",
            "preavis",
            "anuncia",
            "anuncian",
            "proclamato",
            "indetto",
            "annuncia",
            "marcada",
            "marcou",
            "convocou",
            "kondigt",
            "aangekondigd",
            "dreigt",
        ),
    },
}
# Stages named by phrases of several words (folded, matched on whole words in any language): a
# preview says what is coming, the report does not.
STAGE_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "match": {
        "preview": (
            "ahead of", "to meet", "will meet", "will face", "set to face", "face off",
            "vor dem", "trifft am", "bangen um",
            "перед матчем", "перед игрой", "сыграет с", "встретится с", "примет",
            "avant le", "avant la", "affrontera", "recevra",
            "listo para", "antes del", "se enfrentara", "se mediran",
            "alla vigilia", "in vista", "affrontera", "sfidera",
            "antes do", "vai enfrentar", "defronta",
            "neemt het op tegen",
        ),
    },
    "trial": {
        "opens": (
            "trial opens", "first day of trial", "erster prozesstag", "первый день процесса",
            "s'ouvre", "premier jour du proces", "al via il processo", "primer dia del juicio",
            "prima udienza",
            "primeira sessao", "van start",
        ),
    },
    "strike": {
        # Russian "прекратили" alone is no end: "прекратили работу" (they stopped work) is
        # how a strike starts (rounds 3, 4, 10 and 12 wrote it so; session 11)
        "on": ("прекратили работу", "прекратил работу", "прекратили принимать заказы"),
        "called": (
            "to strike next", "to strike for", "to strike on", "to strike from", "will strike",
            "vote to strike", "voted to strike", "strike date", "gaan staken",
            "zullen staken", "wollen streiken", "zum streik auf", "zu einem streik",
            "strike called", "calls strike", "calls a strike", "called a strike",
            "appellent a la greve", "appelle a la greve",
            "convocan huelga", "convoca huelga", "convocan una huelga", "convoca una huelga",
            "sciopero proclamato", "greve marcada",
        ),
        "over": (
            "called off", "back to work", "zuruck an die arbeit", "reprise du travail",
            "прекратили забастовку", "прекратил забастовку", "прекратили стачку",
        ),
    },
}  # fmt: skip

# Stage words matched whole, unstemmed and not after a hyphen (folded, any language), read where
# STAGE_PHRASES are. An award's nominations or shortlist come before its winners as a preview
# before a result ("wins" is match:result): the same show, the same award, the same day (round
# 44, session 16). Unstemmed: "nominal" stems as "nominations" does; not after a hyphen: an
# obituary's lead calls a film "Oscar-nominated" (a credential; round 44: 2 true pairs every
# 24 h). "nommé", "nombrado", "nominato", "nomeado" are left out (also "appointed"), Russian
# "номинации" too (also "in the category" a winner won).
STAGE_WHOLE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "match": {
        "preview": (
            "nomination", "nominations", "nominated", "nominee", "nominees", "shortlist",
            "shortlisted", "nominiert", "nominierung", "nominierungen", "nomine", "nomines",
            "nominado", "nominada", "nominados", "nominadas", "nominacion", "nominaciones",
            "genomineerd", "nominatie", "nominaties",
            "номинирован", "номинирована", "номинированы", "номинант", "номинанты",
        ),
    },
}  # fmt: skip

# The kind of event a dimension's stages belong to, as folded word starts (INNER_KINDS: anywhere
# in a word, for compounds: "Leitzins", "Warnstreik", "Landgericht"). A stage word counts only
# when its item names the kind too: "cut" is a rate cut in a central bank's news, not in "a
# planned cut to fuel subsidies"; "opens" is a trial's start only near a court, not for
# "clinics open" or "doors opened"; "deal", "ends", "called off" end a strike only when a strike
# is named, not a cancelled concert. Round 7 (read in session 10): 9 stages of the 20 its missed
# pairs named were of another kind. The match dimension has no such word (a report names teams).
STAGE_KINDS: dict[str, tuple[str, ...]] = {
    "rate": (
        "rate", "interest", "monetary", "bank", "fed", "ecb", "inflation",
        "zins", "notenbank", "ezb", "geldpolitik",
        "ставк", "ставок", "банк", "цб", "инфляц", "денежно",
        "taux", "banque", "bce", "monetaire",
        "tasa", "tipo", "interes", "banco", "monetari", "inflacion",
        "tasso", "tassi", "banca", "inflazion",
        "taxa", "juro", "selic",
        "rente", "centrale", "dnb",
    ),
    "trial": (
        "trial", "court", "judge", "jury", "prosecut", "accused", "defendant", "verdict",
        "convict", "sentenc", "acquit", "guilty", "charged",
        "prozess", "gericht", "richter", "angeklagt", "anklage", "urteil", "verurteil",
        "freigesproch",
        "суд", "процесс", "обвин", "прокур", "приговор", "осужд", "оправда", "подсудим",
        "proces", "tribunal", "juge", "accuse", "condamn",
        "juicio", "juez", "acusad", "fiscal", "condenad", "absuel",
        "processo", "giudic", "imputat", "assolt", "condannat", "sentenz", "corte",
        "julgamento", "juiz", "absolvid",
        "rechtbank", "rechter", "verdacht", "veroordeel", "vrijgesproken", "vonnis",
    ),
    "strike": (
        "strike", "walkout", "picket", "union",
        "streik", "ausstand", "gewerkschaft",
        "забастов", "бастую", "стачк", "профсоюз",
        "greve", "grev", "syndicat",
        "huelga", "paro", "sindicat",
        "sciopero", "scioper", "sindacat",
        "staking", "staak", "vakbond",
    ),
}  # fmt: skip
INNER_KINDS: tuple[str, ...] = ("zins", "streik", "gericht", "prozess", "staking", "staak")

# A report that names two stages of one dimension is about the later one: "strike ends with a
# deal", "won after a preview that doubted them".
# A stage that may be any of several ("strike" alone: the call or the strike day): never apart
# from them (bot.digest.story_contradict._stages_differ), while they are apart from each other.
STAGE_EITHER: dict[str, tuple[str, ...]] = {"strike:named": ("strike:on", "strike:called")}
# Stages one for the weighed evidence (bot.digest.story_compare.stages_alike): before session 11
# all three were "strike:on", and the call and the strike day are told apart by STAGE_EITHER.
STAGE_ALIKE: dict[str, str] = {"strike:named": "strike:on", "strike:called": "strike:on"}

# A plea is no verdict: "guilty" right after these (or after them and "not") names the trial's
# opening ("pleads not guilty"), which "pleads" marks itself; "found guilty" stays a verdict.
PLEA_WORDS: tuple[str, ...] = ("plead", "pleads", "pleaded", "pleading", "pled")
# A strike's announcement names the strike too ("union calls strike"): it is about the call
# unless it names the end (the stages in order of precedence).
LATER_STAGE: dict[str, tuple[str, ...]] = {
    "strike": ("over", "called", "on"),
    "match": ("result",),
    "trial": ("verdict",),
}
