"""Word lists of the summary algorithms, per language (data only).

Edmundson's cue method: words that flag a sentence as central (bonus) or as hedging or aside
(stigma). Short generic lists; the article's own title words are added as bonus words per call.
"""

from __future__ import annotations

BONUS_WORDS: dict[str, str] = {
    "en": "important significant key main major first new record announced confirmed decided "
    "agreed result results because therefore conclusion",
    "ru": "важный главный основной ключевой первый новый рекорд объявил заявил подтвердил решил "
    "итог результат поэтому",
    "de": "wichtig wichtigste zentral haupt erste neue rekord angekündigt bestätigt beschlossen "
    "ergebnis deshalb",
    "fr": "important principal majeur clé premier nouveau record annoncé confirmé décidé "
    "résultat donc",
    "es": "importante principal clave mayor primero nuevo récord anunció confirmó decidió "
    "resultado porque",
    "it": "importante principale chiave primo nuovo record annunciato confermato deciso "
    "risultato perché",
    "pt": "importante principal chave primeiro novo recorde anunciou confirmou decidiu "
    "resultado porque",
}
STIGMA_WORDS: dict[str, str] = {
    "en": "maybe perhaps possibly reportedly allegedly hardly unclear rumour rumor meanwhile "
    "incidentally advertisement subscribe click",
    "ru": "возможно наверное якобы вероятно слухи кстати впрочем реклама подписывайтесь",
    "de": "vielleicht möglicherweise angeblich vermutlich gerücht übrigens werbung abonnieren",
    "fr": "peut-être éventuellement prétendument rumeur d'ailleurs publicité abonnez",
    "es": "quizás quizá posiblemente supuestamente rumor publicidad suscríbete",
    "it": "forse probabilmente presumibilmente voce pubblicità iscriviti",
    "pt": "talvez possivelmente supostamente boato publicidade assine",
}
# Edmundson refuses an empty null-word set; for a language without stop words this token (which
# no tokenizer produces) stands in for "ignore nothing".
NO_NULL_WORDS = frozenset({"\x00"})
# A credit line under an epigraph or a picture: a dash, then a name of at most four capitalised
# words ("— Mark Twain", "- REUTERS") or a source ending in a year ("—Statement of ... to the
# Parole Board, 3 October 2000"), and no full stop (`summary.epigraph`).
CREDIT_LINE = (
    r"^(?:[—–―]|--?)\s*(?=\w)"
    r"(?:(?:[A-Z][\w.'’-]*\s*){1,4}|[A-Z][^.!?\"”]{0,160}\b(?:1[5-9]|20)\d\d)$"
)
