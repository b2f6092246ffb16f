"""Openings that point back to the sentence before, per language (data only).

A summary sentence that opens with one of these ("So said two members ...", "But he ...",
"This was ...") reads as the second half of something; `summarizer.summary.links` finds them
and the default ranking takes such a lead sentence only with the sentence before it. One
phrase per line, lower-case words as `links` splits them; a sentence opens with a phrase when
its first words are the phrase's. Personal pronouns are in, though about half the English
lead sentences they catch on BBC train name their person in the article's first sentence (the
lead shows it anyway; such a sentence then gives its place, or brings a short one along).
`NOT_AFTER` lists words that, after a one-word phrase, make it no link: a time phrase pointing
at the present ("This year", "Diese Woche"), an impersonal subject ("Il y a", "Il faut").
A phrase ending in "," links only with a comma after it ("Well, ..." not "Well over ...").
Session 20 added English "And", "It's", "Its", "In fact", "Indeed", "Well,", "Again," (a
skipped lede's follower: "And the TV star celebrated ...", "It's the team's first mascot
since ..."). "It" and "It's" are read by `summary.openings`, which tells the empty subject
("It is likely that ...") from the one that stands for something named before. Session 23
moved the connectives to `CONNECTIVES` (the time words undid "But Monday night ...") and added
"So" (not "So far", "So many"), "Then", "Others", "After that", "For this reason" ...
"""

from __future__ import annotations

BACK_POINTING: dict[str, str] = {
    "en": """
        so said
        so
        he
        she
        they
        his
        her
        their
        this
        that
        these
        those
        such
        others
        after that
        after this
        before that
        despite this
        despite that
        because of this
        because of that
        for this reason
        for that reason
        in this case
        in that case
        at that point
        at that time
        since then
        by then
        the latter
        the former
        the pair
        the two
        both men
        both women
        its
    """,
    "de": """
        er
        sie
        dies
        diese
        dieser
        dieses
        diesen
        so sagte
        so der
        so die
    """,
    "fr": """
        il
        elle
        ils
        elles
        ce
        cet
        cette
        cela
        ceci
        ça
        ces
        celui-ci
        celle-ci
    """,
    "es": """
        él
        ella
        ellos
        ellas
        esto
        eso
        este
        esta
        estos
        estas
        ese
        esa
        esos
        esas
    """,
    "pt": """
        ele
        ela
        eles
        elas
        isso
        isto
        este
        esta
        estes
        estas
        esse
        essa
        esses
        essas
    """,
    "it": """
        lui
        lei
        loro
        egli
        ciò
        questo
        questa
        questi
        queste
        quello
        quella
    """,
    "nl": """
        hij
        zij
        ze
        dit
        dat
        deze
        die
    """,
    "ru": """
        он
        она
        они
        оно
        это
        этот
        эта
        эти
        тот
        та
        те
    """,
    "uk": """
        він
        вона
        вони
        воно
        це
        цей
        ця
        ці
    """,
}
# Discourse connectives, per language: a sentence opening with one goes on from the one before
# it, as with `BACK_POINTING`, but the time words of `NOT_AFTER` do not undo them ("But Monday's
# results ...", "And Friday's game ..." point back).
CONNECTIVES: dict[str, str] = {
    "en": """
        then
        but
        however
        yet
        still
        instead
        also
        thus
        therefore
        hence
        moreover
        furthermore
        nevertheless
        nonetheless
        likewise
        similarly
        otherwise
        in addition
        as a result
        in turn
        even so
        and
        in fact
        indeed
        well,
        again,
    """,
    "de": """
        damit
        deshalb
        deswegen
        daher
        darum
        dabei
        dazu
        davor
        danach
        trotzdem
        dennoch
        allerdings
        aber
        doch
        jedoch
        zudem
        außerdem
        ebenso
        auch
    """,
    "fr": """
        mais
        pourtant
        cependant
        toutefois
        néanmoins
        ainsi
        donc
        aussi
        de plus
        en outre
        en revanche
        par conséquent
    """,
    "es": """
        pero
        sin embargo
        no obstante
        además
        así
        por eso
        por ello
        también
        aun así
    """,
    "pt": """
        mas
        porém
        no entanto
        contudo
        além disso
        assim
        por isso
        também
    """,
    "it": """
        ma
        però
        tuttavia
        inoltre
        così
        quindi
        perciò
        anche
    """,
    "nl": """
        maar
        toch
        daarom
        daardoor
        bovendien
        echter
        ook
    """,
    "ru": """
        но
        однако
        также
        поэтому
        тем не менее
        кроме того
        при этом
        впрочем
    """,
    "uk": """
        але
        однак
        проте
        також
        тому
        крім того
        при цьому
    """,
}
# Words after a one-word phrase that make it no link ("This week", "Cette année", "Il faut").
NOT_AFTER: dict[str, str] = {
    "en": "year week month season summer winter spring autumn fall weekend morning afternoon "
    "far much many long "
    "evening weekday monday tuesday wednesday thursday friday saturday sunday",
    "de": "jahr woche monat saison sommer winter frühjahr frühling herbst wochenende morgen "
    "nachmittag abend",
    "fr": "année semaine mois saison été hiver printemps automne week-end matin soir y faut "
    "s'agit semble",
    "es": "año semana mes temporada verano invierno primavera otoño fin mañana tarde",
    "pt": "ano semana mês temporada verão inverno primavera outono fim manhã tarde",
    "it": "anno settimana mese stagione estate inverno primavera autunno fine mattina sera",
    "nl": "jaar week maand seizoen zomer winter lente voorjaar herfst najaar weekend ochtend "
    "middag avond",
    "ru": "год году года неделе неделю месяце месяц сезоне сезон летом зимой весной осенью "
    "утром вечером",
    "uk": "рік року тижня тиждень місяця місяць сезону сезон влітку взимку навесні восени "
    "вранці ввечері",
}

# Openings that announce what comes after the sentence ("Here are the five biggest winners.",
# "Here's what we know so far."): a lead-in though it ends in a full stop. Lower-case, as
# `links.is_lead_in` compares a sentence's start; every language's rows are read.
ANNOUNCING = (
    "here are ", "here's ", "here’s ", "here is what", "here is how", "here is why",
    "below are ", "below is ", "read on ", "voici ", "hier sind ", "hier ist, was",
    "estos son los ", "estas son las ", "ecco ", "вот что ", "вот как ",
)  # fmt: skip
