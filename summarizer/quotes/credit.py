"""Crediting a found quote: whose name, pronoun or description its cue holds, resolved.

Apart from `find`, which locates the quotes: this is the one place that turns a cue's words
into the person credited, and records how (`FoundQuote.how`, weighed by `paths`).
"""

from __future__ import annotations

import re

from summarizer.quotes.ages import aged_person
from summarizer.quotes.bodies import named_body
from summarizer.quotes.confidence import redescribed, unintroduced
from summarizer.quotes.credit_names import named, title_gender, titled_surname
from summarizer.quotes.cues import cue_patterns
from summarizer.quotes.gender import pronoun_gender
from summarizer.quotes.merge import SENTENCE_GAP as _SENTENCE_GAP
from summarizer.quotes.merge import other_speaks_last
from summarizer.quotes.names import NameIndex
from summarizer.quotes.office_holders import office_holder
from summarizer.quotes.paths import SHARED
from summarizer.quotes.phrase_lexicon import OBJECT_PREPOSITIONS, THING_NOUNS, THING_RELATIVES
from summarizer.quotes.pronoun_lexicon import (
    COURTESY_TITLES,
    FEMININE_FORMS,
    FIRST_PERSON,
    MASCULINE_FORMS,
)
from summarizer.quotes.raw_quote import RawQuote, raw_text
from summarizer.quotes.redescribe import is_demonym, protagonist_description
from summarizer.quotes.resolve import Resolver
from summarizer.quotes.role_ties import tied_speaker
from summarizer.quotes.shared_speaker import UNTOLD_AS_WRITTEN, shared, shared_speaker
from summarizer.quotes.speakers import Speaker
from summarizer.quotes.tokens import WORDS_ONLY
from summarizer.quotes.verbs import VERB_SET
from summarizer.quotes.verdicts import label_giver
from summarizer.quotes.word_kinds import is_bare_title, is_personal_pronoun
from summarizer.text.lexicon import UPPER

_CUE_END = " \t.,;:!?…"  # what may stand between a cue and the next quote
# "The 55-year-old also revealed ...": an age in place of a name, then (after up to two
# adverbs) a speech verb, opens the sentence before a cue-less ' quote (`_speaks_on_single`)
_AGE_SUBJECT = re.compile(
    r"The \d{1,3}-year-old\s+(?:[a-z]+ly\s+|also\s+|then\s+){0,2}(?P<verb>[a-z]+)\b"
)
BODY_PRONOUN = "it"  # '," it said': an organisation speaking again (`Resolver.body`)


def speaker_of(
    raw: RawQuote,
    previous: RawQuote | None,
    text: str,
    paras: list[tuple[int, int]],
    index: NameIndex,
    resolver: Resolver,
    author: str | None,
    lead: Speaker | None = None,
    title: str | None = None,
) -> tuple[str | None, str]:
    """Who said `raw`: its cue's name, pronoun or description resolved; with no cue, the
    previous quote's speaker when this one opens the next paragraph (a continuation), else
    `lead`, the name whose quoted phrase ends the sentence just before (`lead_phrase`). Also
    how the cue's words were resolved ("name", "pronoun:antecedent", ...). `title`: the
    article's headline, when known (`shared_speaker`)."""
    sp = raw.speaker
    who: str | None = None
    how = "none"
    if sp is None:
        starts_para = not text[paras[raw.first_para][0] : raw.open_pos].strip()
        if (
            previous is not None
            and previous.resolved
            and (
                (starts_para and raw.first_para - previous.para == 1)
                or _runs_on(text, previous, raw)
            )
        ):
            who, how = previous.resolved, "continuation"
            cues = cue_patterns(resolver.languages)
            if starts_para and other_speaks_last(text, paras[previous.para], previous, cues):
                who, how = None, "continuation:other-speaks"
        elif raw.needs_credit and _speaks_on_single(text, previous, raw, resolver):
            who, how = previous.resolved, "continuation:single"
        elif lead is not None and lead.kind == "name":
            who = named(index, lead.text, None)
            how = "lead-phrase" if who else how
    elif sp.kind == "name":
        who, how = named(index, sp.text, raw.cue), "name"
        if who is None and raw.how.startswith("before:colon-label"):  # "EXPERT VERDICT: '"
            who = label_giver(text, index, sp.text)
            how = "verdict-giver" if who else how
        if who is not None and " " not in sp.text and (" " in who or index.others.get(who)):
            who = titled_surname(text, raw, sp.text, who, index, resolver)
    elif sp.kind == "pronoun":
        how = "pronoun"
        if is_personal_pronoun(sp.text) and _in_bracket_narration(text, paras, raw):
            how = "pronoun:bracket"  # "(from a fellow who ...: the gun, he says, "...")"
        elif is_personal_pronoun(sp.text):
            who = resolver.pronoun(raw, sp.text, previous)
            far = resolver.how == "far-antecedent"  # named too far back: a guess, not shown
            how = f"pronoun:{resolver.how}" if who or far else "pronoun:unresolved"
            if who is not None and _named_inside(text, raw, who):
                who, how = None, "pronoun:named-inside"
            elif who is not None and resolver.only_about and _speaks_of(text, raw, sp.text):
                who, how = None, "pronoun:spoken-of"
        elif sp.text in FIRST_PERSON:
            who, how = author, "first-person"
        elif sp.text == BODY_PRONOUN:
            who, how = resolver.body(raw, previous), "body"
            if who is None and raw.cue_end > raw.open_pos:  # '," it said': after the quote
                who = resolver.body_subject(raw)
                how = "body:subject" if who else how
    elif _names_a_thing(sp.text):
        how = "description:thing"  # "the statement": checked first, as the words may re-describe
    elif protagonist_description(sp.text):
        # "the keeper", "the Greek" re-describe someone in the story. Unresolved, the words
        # stand for a person the story names (nobody is credited), unless the narration just
        # spoke of someone it only describes ("The former governor, who ..."): then it's them.
        who = resolver.description(raw, sp.text, previous)
        how = f"description:{resolver.how}" if who else "description:unresolved"
        who, tied = tied_speaker(text, index, raw.open_pos, sp.text, who)
        how = ("description:tied" if who else "description:other-role") if tied else how
        # a bare "the coach" is not Lee when the text named Coach Ray ("the former president"
        # may be another than the one the text calls President)
        holders = resolver.holders(raw, sp.text) if who and len(sp.text.split()) == 2 else set()
        if holders and who not in holders:
            who, how = None, "description:role-conflict"
        if who is not None and _surname_inside(text, raw, who):
            who, how = None, "description:named-inside"  # '"I'm sure Oliver ...," the keeper'
        if who is not None and _subject_of_own_sentence(text, raw, sp.text, who):
            who, how = None, "description:own-sentence"  # "Blair denied it, and the chancellor"
        if who is None and how != "description:role-conflict":  # the one person the text
            # named with the role, spoken of just now (a role the last subject was not given
            # stays unattributed: tests/test_quotes_transfer.py)
            who = resolver.role_holder(raw, sp.text, previous)
            how = "description:role-holder" if who else how
        if who is None and resolver.described and not _nickname(sp.text):
            who, how = sp.text, "description:kept"
    else:
        who, how = office_holder(text, index, raw.open_pos, sp.text), "description:office-holder"
        if who is None:
            who = resolver.role_holder(raw, sp.text, previous)
            how = "description:role-holder" if who else "description:kept"
        body = None if who else named_body(text[: raw.open_pos], sp.text)
        if body:  # '"...," the company said' after the one company the text named
            who, how = body, "description:named-body"
        who = who or sp.text
    if how in ("description:kept", "description:unresolved") and (
        aged := aged_person(text, sp.text, raw.open_pos)
    ):  # "said the 28-year-old" after "Rory McIlroy, 28,": the one person of that age
        who, how = named(index, aged, None) or aged, "description:age"
    if how == "description:kept" and unintroduced(text, sp.text, raw.open_pos):
        return None, "description:unintroduced"  # "his son", "the relieved father": who?
    if how == "description:kept" and redescribed(text, sp.text, raw.open_pos):
        return None, "description:redescribed"  # "the nine-time title winner": a named one
    if shared(index, who):  # "— Clinton" among Hillary and Bill: which one, or nobody
        kind = sp.kind if sp is not None else None
        gender = pronoun_gender(sp.text) if sp is not None and kind == "pronoun" else None
        gender = title_gender(text, raw, who or "") if kind == "name" else gender
        surname, told = who or "", resolver.gender_of
        who = shared_speaker(text, index, raw, surname, gender, told, kind == "pronoun", title)
        how += SHARED if who else f"{SHARED}-unclear"
        who = surname if who is None and UNTOLD_AS_WRITTEN else who
    if who is not None and WORDS_ONLY.search(who) is None:  # "said the ©", an author "—"
        return None, how
    return who, how


def _subject_of_own_sentence(text: str, raw: RawQuote, description: str, who: str) -> bool:
    """Whether `who` is named earlier in the sentence whose cue holds `description` ("Mr Blair
    denied the claim, and later the chancellor told reporters:"): a sentence does not describe
    again the person it has just named, so the description means someone else (issue #17)."""
    if raw.cue_end > raw.open_pos:
        return False  # '"...," the chancellor said': the cue's sentence is the quote's
    lead = text[: raw.open_pos]
    at = lead.lower().rfind(description.lower())
    if at < 0:
        return False
    start = max(lead.rfind(end, 0, at) for end in (". ", "! ", "? ", "\n")) + 1
    return re.search(rf"\b{re.escape(who.split()[-1])}\b", lead[start:at]) is not None


# Someone described and brought in by a relative clause: "a fellow who", "one old friend who".
_DESCRIBED_WHO = re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+who\b")


def _runs_on(text: str, previous: RawQuote, raw: RawQuote) -> bool:
    """'He added: "I will be back." "I have to stay positive."': a quote with no cue right
    after a closed one that ended its sentence, nothing but a space between (a text that
    lost its paragraph breaks): the same speaker goes on."""
    last = previous.parts[-1] if previous.parts else previous
    if not last.closed or last.close_pos >= raw.open_pos:
        return False
    gap = text[last.close_pos + 1 : raw.open_pos]
    return not gap.strip() and "\n" not in gap and raw_text(text, last).rstrip()[-1:] in ".!?…"


def _speaks_on_single(
    text: str, previous: RawQuote | None, raw: RawQuote, resolver: Resolver
) -> bool:
    """ "' A,' Lee recalls. ' B.'" or "' A,' she said. Lee also hopes to return. ' B.'": in a
    Daily Mail text that lost its paragraph breaks, a ' quote with no cue
    (`single_marks.sentence_single`) goes on with the previous quote's speaker when only that
    quote's cue comes between, or when the last sentence between names that speaker near its
    start, or opens by describing them by age with a speech verb ("The 41-year-old also
    revealed ..."); a sentence about anyone else, even "he", may bring in another speaker."""
    if previous is None or not previous.resolved:
        return False
    last = previous.parts[-1] if previous.parts else previous
    if last.run_on is raw:
        return True  # "... ready. ' We play ...": the part it runs on from, mark to mark
    if last.para != raw.first_para or last.close_pos >= raw.open_pos:
        return False
    gap = text[max(previous.cue_end, last.close_pos + 1) : raw.open_pos]
    if not gap.strip(_CUE_END):
        return previous.speaker is not None  # only the end of the previous quote's cue
    ends = [m.end() for m in _SENTENCE_GAP.finditer(gap)]
    sentence = gap[ends[-1] :] if ends else gap.lstrip(_CUE_END)
    surname = re.escape(previous.resolved.split()[-1])
    if re.match(rf"(?:\S+\s+){{0,3}}{surname}\b", sentence) is not None:
        return True
    age = _AGE_SUBJECT.match(sentence)  # "The 41-year-old also revealed he ...": the speaker
    return age is not None and age["verb"] in VERB_SET  # described, the cue her own words


def _named_inside(text: str, raw: RawQuote, who: str) -> bool:
    """'"I had a chat with Sam Hill about it," he said': the quote speaks of `who` by full
    name after a preposition ("with Sam Hill"; not "Sam Hill, you ...", nor "they say Sam
    Hill should go", a speaker's own name), so "he" is someone else: nobody is credited. A
    person the text calls by one name counts with a given name before it ("as much as Ray
    Charles did" for "Charles"). A full name counts by its given name alone too ("a quiet
    word with Olof" after "Olof Mellberg spoke of ...": bbc_train14 dev, session 23)."""
    given = "" if " " in who else rf"(?:[{UPPER}][\w'’-]+ )?"
    preps = "|".join(OBJECT_PREPOSITIONS)
    forms = "|".join(re.escape(f) for f in _name_forms(who))
    word = re.compile(rf"\b(?:{preps}) {given}(?:{forms})(?![\w'’-])")
    return any(word.search(text, s, e) for part in (raw.parts or [raw]) for s, e in part.spans)


def _name_forms(who: str) -> list[str]:
    """`who` itself, then for a full name of two words its given name alone (not a title:
    "Mr", "President"). Not the surname: a candidate asks voters to try "something new like
    Trump" (PolNeAR dev), speaking of himself by the name on the ballot."""
    words = who.split()
    if len(words) != 2 or words[0].strip(".") in COURTESY_TITLES or is_bare_title(words[0]):
        return [who]
    return [who, words[0]]


_SUBJECT_VERBS = "will|would|is|was|has|had|should|could|can|did|does|needs|lacks|made"


def _surname_inside(text: str, raw: RawQuote, who: str) -> bool:
    """'"I'm sure Oliver will have a great career," the goalkeeper added': the quote speaks of
    `who` by surname as the subject of a verb, so the description re-describes someone else
    (people seldom speak of themselves so): nobody is credited."""
    surname = re.compile(rf"(?<![\w-]){re.escape(who.split()[-1])} (?:{_SUBJECT_VERBS})\b")
    return any(surname.search(text, s, e) for part in (raw.parts or [raw]) for s, e in part.spans)


def _speaks_of(text: str, raw: RawQuote, pronoun: str) -> bool:
    """'Coach Bob Dee warned that Ray Lee needed a rest. Lee, 21, was crowned player of the
    year. "It's his first year and he was phenomenal," he said': the sentence "he" goes back
    to only speaks about Lee, right after another man spoke of him (`Resolver.only_about`),
    and the quote speaks of a "he" (his, him) of the pronoun's gender too: the one it speaks
    of is not the one speaking. Dee is likelier, but nobody is credited (a guess either way)."""
    forms = {"m": MASCULINE_FORMS, "f": FEMININE_FORMS}.get(pronoun_gender(pronoun) or "")
    if not forms:
        return False
    words = " ".join(raw_text(text, part) for part in (raw.parts or [raw])).lower()
    return any(w in forms for w in re.findall(r"[^\W\d_]+", words))


def _in_bracket_narration(text: str, paras: list[tuple[int, int]], raw: RawQuote) -> bool:
    """A cue before the quote inside a bracket the reporter opened to bring in someone they
    only describe ("She rents a boat (from a man who cites a poem: the boat, he says, "...")):
    "he" is that someone, whom the narration outside cannot name. Not a bracket that goes on
    about the story's people ("(Obama laughs it off; he quipped: '...')")."""
    if raw.cue_end > raw.open_pos:
        return False
    before = text[paras[raw.first_para][0] : raw.open_pos]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    return _DESCRIBED_WHO.search(before, opened) is not None


def _nickname(description: str) -> bool:
    """ "the Pacman", "the Donald": one capitalised word after "the" that is no demonym (not
    "the Texan") is a nickname of someone the story names; kept as the speaker, it tells the
    reader no one, and may well be the wrong one."""
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    head = words[1].strip(".,")
    return not is_demonym(head)


# A word after a description's head noun that starts what modifies it: a participle, an adverb,
# a preposition or a relative ("a textbook just published for ...", "the letter sent by ...").
_ENDS_HEAD = re.compile(
    r"\w+(?:ed|ly)$|(?:sent|written|given|shown|just|by|for|from|of|on|in|to|with|that|which)$"
)


def _names_a_thing(description: str) -> bool:
    """A description whose head noun is an object ("the website"): no speaker, as a quote
    credited to a thing misleads more than an unattributed one."""
    words = description.lower().replace("’", "'").split()
    if words and words[-1].strip(".,") in THING_RELATIVES:
        return True  # "the rules, one of which states"
    cut = next((i for i, w in enumerate(words) if i >= 2 and _ENDS_HEAD.match(w)), len(words))
    words = words[:cut]  # "a court document filed by ...": the head comes before the participle
    # a possessive's "'s" off the head, not every "s" at its ends ("statement", "sites")
    return bool(words) and words[-1].strip(".,").removesuffix("'s") in THING_NOUNS
