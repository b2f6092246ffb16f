"""Patterns of the line-level furniture `cleanup` drops (data only; `lines` and `cleanup` use
them): breadcrumbs, share and "Advertisement" slugs, photo credits, bylines, date stamps, link
blocks and their headings, one-line teasers. Phrases in English, Russian, German, French, Spanish,
Italian and Portuguese.
"""

from __future__ import annotations

import re

from summarizer.text.lazy import lazy_pattern

# "(?<!\s\s)": a separator starts where its run of whitespace does (a match from inside the run
# ends the same way): without it a long run of spaces no mark follows was read once per space.
CRUMB_SEPARATOR = re.compile(r"\s(?<!\s\s)\s*(?:>|›|»|/|\||→|·|::)\s+")
CRUMB_MARKS = ">›»/|→·:"  # every CRUMB_SEPARATOR match holds one
HOME = frozenset(
    ("home", "home page", "главная", "головна", "startseite", "accueil", "inicio", "portada")
)

# Lines that are furniture wherever they stand.
JUNK_LINE = re.compile(
    r"""^(?:
        advertisement|advertising|sponsored(?:\s+(?:content|links?))?|ad|реклама|anzeige|werbung|publicité
        |publicidad|pubblicità|publicidade|scroll\s+to\s+continue(?:\s+with\s+content)?
        |share|(?:share|print|e-?mail|send)\s+this(?:\s+article|\s+story|\s+page)?|share\s+on\s+\w+
        |report(?:\s+this)?\s+comment|поделиться|teilen
        |partager|compartir|condividi|compartilhar|copy\s+link|copy|print|e-?mail|email|facebook
        |twitter|x|whatsapp|telegram|vk|вконтакте|одноклассники|linkedin|pinterest|reddit
        |messenger|flipboard|comments?|комментарии|kommentare|commentaires|comentarios|commenti
        |comentários|listen(?:\s+to\s+this\s+article)?|слушать|\d+\s*(?:min|мин|minutes?)\.?\s*+(?:read|чтения)?
        |(?:image|photo|picture|video|media)\s+(?:caption|source|copyright)\b.*
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Photo credits and captions: short lines that name a picture or an agency's photographer.
CAPTION = re.compile(
    r"""(?:^(?:photo|photograph|picture|image|foto|фото|bild|imagen|immagine|crédit|credit
        |illustration|иллюстрация|скриншот|screenshot)s?\b\s*[:(/©]
    |\((?:image|photo|picture)\s+credit\b|^\(?(?:©|\(c\)|copyright\b)
    |getty\s+images|shutterstock|\bafp\s*/|\breuters\s*/|/\s*reuters\b|\bap\s+photo\b
    |\bepa\s*/|/\s*getty\b|\bисточ(?:ник)?\s+фото|фото:)""",
    re.IGNORECASE | re.VERBOSE,
)
# A credit in brackets at the end of a real paragraph: cut it, keep the paragraph.
# "(?<!\s)": the match starts where its leading whitespace does (as CRUMB_SEPARATOR).
INLINE_CREDIT = re.compile(
    r"(?<!\s)\s*[(\[](?:(?:image|photo|picture)\s+credit|photo|фото|foto|credit|©)\s*:?"
    r"[^()\[\]]{0,80}[)\]]\s*$",
    re.IGNORECASE,
)
# A byline: "By" and names of one to five words joined by commas, "and" (and the like) or dashes,
# then maybe a short tail ("| Reuters"). As one regex,
#   ^LEAD NAME(?:\s*JOIN\s*NAME)*\s*(?:[,|•·–—-].{0,60})?$ with NAME = WORD(?:\s+WORD){0,4},
# it backtracked exponentially on a line it does not match ("by aeaeae…!": each "e" may be a
# join or part of a word), so `is_byline` walks the same grammar position by position.
BYLINE_LEAD = re.compile(
    r"(?:by|von|par|por|di|автор|текст|written\s+by|reporting\s+by)\s*:?\s+", re.IGNORECASE
)
BYLINE_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")
BYLINE_JOINS = tuple(
    re.compile(re.escape(join), re.IGNORECASE)
    for join in (",", "and", "и", "und", "et", "y", "e", "|", "-", "–", "—")
)
BYLINE_TAIL = re.compile(r"\s*(?:[,|•·–—-].{0,60})?$")
DATELINE = re.compile(
    r"""^(?:published|updated|last\s+updated|posted|опубликовано|обновлено|veröffentlicht
        |aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato
        |atualizado)\b.{0,60}$""",
    re.IGNORECASE | re.VERBOSE,
)
# A lone date or time stamp ("4 March 2025, 09:15", "12.03.2025", "4 марта 2025 г."): at most two
# words of letters, and a year or a clock time.
LETTER_WORD = re.compile(r"[^\W\d_]+")
YEAR_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b")
# Lines that open a block of links or a call to action; the short lines after them go too.
BLOCK_HEADING = re.compile(  # in quotation marks too: '"Related:"' (reading23)
    r"""^["“'‘]?(?:you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|related(?:\s+\w+){0,2}
    |read\s+(?:more|also|next)|(?:read\s+)?more\s+(?:from|on|about|stories|news)\b.*|more\s+in\b.*
    |recommended(?:\s+for\s+you)?
    |most\s+(?:read|popular|viewed|shared|e-?mailed|commented)(?:\s+\w+){0,2}|top\s+stories|trending(?:\s+now)?
    |see\s+also|also\s+read|(?:external|useful|related)\s+links?|don'?t\s+miss|what\s+to\s+read\s+next|explore\s+more|latest\s+news
    |читайте\s+(?:также|ещё|еще)|смотрите\s+также|см\.\s+также|похожие(?:\s+\w+)?|по\s+теме
    |другие\s+новости|главное|самое\s+(?:читаемое|популярное)|вам\s+(?:может|будет)\s+интересно
    |lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren
    |weitere\s+(?:artikel|nachrichten|themen)|meistgelesen|auch\s+interessant
    |(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus
    |voir\s+aussi|lee\s+también|te\s+puede\s+interesar|noticias\s+relacionadas|lo\s+más\s+leído
    |leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|i\s+più\s+letti|leia\s+também
    |veja\s+também|notícias\s+relacionadas|mais\s+lidas|saiba\s+mais
    |(?:sign\s+up|subscribe)\b.*|newsletter\b.*|get\s+(?:our|the)\s+\w+\s+newsletter.*
    |follow\s+us\b.*|подпишитесь\b.*|подписывайтесь\b.*|newsletter\s+abonnieren.*
    |abonnez-vous\b.*|suscr[ií]bete\b.*|iscriviti\b.*|assine\b.*|inscreva-se\b.*
    |share\s+this(?:\s+article|\s+story)?|поделиться|tags?|теги|schlagworte
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# The breadcrumb trail of a page's footer, and how many units above it a link block may start.
YOU_ARE_HERE = re.compile(
    r"^(?:you\s+are\s+here|sie\s+sind\s+hier|vous\s+êtes\s+ici|usted\s+está\s+aquí"
    r"|вы\s+здесь)\s*:",
    re.IGNORECASE,
)
# A news agency's credit alone on a line, signing a wire story off ("The Associated Press",
# "- REUTERS"): what follows it is the page's, not the story's.
WIRE_CREDIT = re.compile(
    r"""^(?:[-–—]+\s*)?(?:the\s+)?(?:associated\s+press|ap|reuters|afp|agence\s+france[-\s]presse
    |(?:canadian|australian\s+associated)\s+press|cp|aap|press\s+association|pa|upi|dpa|xinhua
    |bloomberg(?:\s+news)?|pti|ians|ani)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# One-line teasers: "Read more: ...", "Читайте также: ...".
TEASER = re.compile(
    r"""^(?:read\s+(?:more|also)|see\s+also|related|читайте\s+(?:также|ещё|еще)|смотрите\s+также
    |по\s+теме|lesen\s+sie\s+auch|mehr\s+dazu|lire\s+aussi|à\s+lire\s+aussi|lee\s+también
    |leggi\s+anche|leia\s+também|veja\s+também)\s*[:：\-–—]\s*\S""",
    re.IGNORECASE | re.VERBOSE,
)


# A list item's mark opening a line: a bullet, a dash or a number ("3. ", "2) "); under a link
# block's heading such items are teasers however long, and at a text's end they are no prose.
ITEM_MARK = re.compile(r"^(?:[-–—•*▪►✓]|\d{1,2}[.)])\s")


# A list's glyph opening a paragraph of prose ("• Lee will be sentenced Tuesday. ..."): the
# page's layout, shown as a stray mark mid-paragraph once a summary runs its sentences together.
GLYPH_BULLET = re.compile(r"^[•▪►●◦‣]\s+(?=\S)")
GLYPHS = "•▪►●◦‣"  # the first characters GLYPH_BULLET matches: a cheap test first


# Only a text that ends in headline-like lines needs these two: compiled on first use.
# Lines no article list has: a link, a cut-off teaser headline, a menu ("News · ...").
link_like = lazy_pattern(r"https?://|\bwww\.|\.\.\.|…|(?:\s[·|•]\s.*){2}", re.IGNORECASE)


click_here = lazy_pattern(
    r"\b(?:click\s+here|klicken\s+sie\s+hier|cliquez\s+ici|haga\s+clic\s+aquí"
    r"|clicca\s+qui|нажмите\s+здесь)\b",
    re.IGNORECASE,
)


# -- characters `units.normalize` rewrites --------------------------------------------------------
# Runs of spaces, or any one odd space (tab, no-break, ...); a lone " " is left alone, which
# gives the same text as replacing every run by " " without thousands of no-op substitutions.
ODD_SPACE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
SPACES = re.compile(rf"(?: |{ODD_SPACE}){{2,}}|{ODD_SPACE}")
# The odd spaces outside ASCII, each replaced by " " in a whole text only if it has them.
ODD_NON_ASCII = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")  # deleted from the text
# Two typographic apostrophes for a double mark, as AP and NYT copy writes them ("... ball,’’
# he said"; "‘‘We won"): shown as they are they read as a typo (session 19's fourth reading of
# replies); the quote finder reads both forms (quotes.mark_rules).
DOUBLED_MARKS = re.compile(r"(?<=\S)’’|‘‘(?=\S)")
AS_DOUBLE = {"’’": "”", "‘‘": "“"}
# Two straight apostrophes for a double mark, both ends (''We won,'' he said): archive and
# wire copy of the NYT typed so (reading22: four of 28 political stories lost every quote, and
# their summaries showed the marks). An opening pair stands after a space, a bracket or a dash
# before a word; a closing pair after a word. Read only in a text that opens one so: "the
# players'' " alone is a plural's apostrophe before a single closing mark.
STRAIGHT_DOUBLED_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=[^\s'])", re.M)
# A closing pair typed after a space ('coalitions, '' said Lee': reading23e, a summary showed
# the marks): after a comma or stop, before a space and a lower-case word, it closes; the
# space goes with it.
STRAIGHT_DOUBLED_CLOSE = re.compile(
    r"(?<=[^\s'])''(?=[\s.,;:!?)\]—–-]|$)|(?<=[,.!?]) ''(?= [a-z])", re.M
)
