"""Words of the openings that point back beyond `links_lexicon`'s phrase lists (data only).

Read by `summarizer.summary.openings`. Lower-case words as `openings` splits them ("it's" is
one word, "so-called" too). A language missing from a table has none of that rule.
"""

from __future__ import annotations

# Connectives a summary sentence shown without the one before it may lose: they only tie it
# to that one ("But the agency said ..." reads alone as "The agency said ..."). A comma after
# one goes with it; a row ending in "," is dropped only with its comma ("However, ...", not
# "However hard ..."; "Also, ..." not "Also arrested was ..."). Only a word that takes no part
# in the clause: German "Aber" and "Und" (coordinating, outside the clause) are in,
# "Allerdings" or "Deshalb" (the verb follows them: "Deshalb will die Stadt ...") are not.
DROPPABLE: dict[str, str] = {
    "en": """
        but
        and
        yet,
        however,
        still,
        also,
        meanwhile
        moreover,
        furthermore,
        in addition,
        indeed,
        in fact,
        nevertheless,
        nonetheless,
        even so,
        as a result,
        therefore,
        thus,
        likewise,
        similarly,
        besides,
        instead,
        well,
        again,
    """,
    "de": """
        aber
        und
    """,
    "fr": """
        mais
        et
        cependant,
        pourtant,
        toutefois,
        néanmoins,
        par ailleurs,
        en outre,
        de plus,
        en revanche,
    """,
    "es": """
        pero
        y
        sin embargo,
        no obstante,
        además,
        aun así,
        por otra parte,
        asimismo,
    """,
    "pt": """
        mas
        e
        porém,
        no entanto,
        contudo,
        além disso,
    """,
    "it": """
        ma
        e
        però,
        tuttavia,
        inoltre,
    """,
    "ru": """
        но
        и
        однако
        тем не менее,
        кроме того,
        впрочем,
    """,
    "uk": """
        але
        і
        однак
        проте
        крім того,
    """,
}

# "It" opening a sentence points back to what the sentence before named ("It will save women
# $10 million a year."), unless it is the empty subject of a verb whose real subject follows
# ("It is likely that ...", "It took years to ...", "It now seems clear that ..."): one of
# `IT_VERBS` (after at most one of `IT_ADVERBS`; "it's" holds its verb) with one of
# `IT_COMPLEMENTS` within `IT_REACH` words of "it". A plain "It" was left out in session 20
# for that reason (on CNN/DM as often impersonal as not).
IT_WORDS: dict[str, str] = {"en": "it it's it’s"}
IT_VERBS: dict[str, str] = {
    "en": "is was 's ’s seems seemed appears appeared remains remained becomes became takes "
    "took turns turned will would may might could can must should has had be been isn't wasn't"
}
IT_ADVERBS: dict[str, str] = {"en": "now also still not just already no longer then certainly"}
IT_COMPLEMENTS: dict[str, str] = {"en": "that to whether if how why when what where"}
IT_ALWAYS_EMPTY: dict[str, str] = {"en": "depends depended"}  # "It depends on ..."
IT_REACH = 8

# A short clause opening the sentence with a pronoun in it ("How he answers that question
# ...", "After contemplating it, he added ..."): the pronoun points back unless the clause ends
# at a comma and a name opens the main clause ("In her pursuit of the nomination, Hillary
# Clinton has ..."). The pronoun comes within `CLAUSE_REACH` words of the opener, before any
# capitalised word.
CLAUSE_OPENERS: dict[str, str] = {
    "en": "how why what when where after before while since as despite according for with in "
    "unlike like if although though because during once until unless whether at on by from "
    "to under without upon"
}
CLAUSE_PRONOUNS: dict[str, str] = {"en": "he she they his her their him them"}
# A demonstrative in an "It" sentence before the real subject points back ("It is this vision
# that Clinton ..."). One in an opening clause does not always: "In this forlorn Southern town
# whose factories closed, Rhonda Hughes ..." is a feature's setting (the clauses that point
# back are phrases of `links_lexicon`: "After that", "For this reason").
DEMONSTRATIVES: dict[str, str] = {"en": "this these those"}
CLAUSE_REACH = 3

# A quotation said by a bare pronoun ('"We will build it," he said.', or the end of one that
# began in an earlier sentence: 'Is there a plan?" he said.'): the speaker is in the sentence
# before. The pronoun is one of the first `position` words after the quotation
# closes (English "he said", German "sagte er", French "a-t-il dit", Russian "сказал он").
SPEAKER_PRONOUNS: dict[str, tuple[str, int]] = {
    "en": ("he she they", 1),
    "de": ("er sie", 2),
    "fr": ("il elle ils elles", 2),
    "es": ("él ella ellos ellas", 2),
    "ru": ("он она они", 2),
}
SPEAKER_TAIL_WORDS = 12  # more words after the quotation: it goes on, no bare attribution
