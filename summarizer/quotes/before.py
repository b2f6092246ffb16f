"""Attribution before the opening mark: 'X said: "', 'X told reporters, "', 'According to
X, "', '..., saying, "'. A line that ends in a colon with none of these cues is read by
`colon_lines` (a label, a name, a title)."""

from __future__ import annotations

import re

from summarizer.quotes.colon_lines import colon_line
from summarizer.quotes.cue_words import RELATIVE_LEAD_PREPOSITIONS
from summarizer.quotes.cues import CuePatterns
from summarizer.quotes.inverted import inverted_cue
from summarizer.quotes.lead_ins import addressed_clause, named_lead_in
from summarizer.quotes.name_lexicon import SURNAME_WORDS
from summarizer.quotes.noun_phrase import take_np
from summarizer.quotes.open_apposition import open_apposition
from summarizer.quotes.phrase_lexicon import OBJECT_LEAD_INS
from summarizer.quotes.possessive import owner_before
from summarizer.quotes.pronoun_lexicon import (
    NAME_LIKE_PRONOUNS,
    OPENING_PRONOUNS,
    RELATIVE_SUBJECTS,
    SUBJECT_PRONOUNS,
    THIRD_PERSON,
)
from summarizer.quotes.raw_quote import tidy
from summarizer.quotes.speakers import (
    ACCORDING,
    Speaker,
    joint_subject,
    parse_speaker,
    pronoun_not_name,
)
from summarizer.quotes.speech_lexicon import SPEECH_ADVERBS
from summarizer.quotes.spoken_to import reported_document, spoken_to
from summarizer.quotes.subjects import (
    CLAUSE_SPLIT,
    affiliated_role,
    clause_subject,
    last_subject,
    main_clauses,
    own_described_subject,
    trailing_name,
)
from summarizer.quotes.verbs import PARTICIPLES, VERB_SET, lower_capital_verbs
from summarizer.text.language import stop_words
from summarizer.text.lexicon import UPPER
from summarizer.text.tokenize import last_sentence

_PARTICIPLE_SET = frozenset(PARTICIPLES)  # "saying", "adding": a participle ends a cue

# A line break a page's markup left mid-sentence: the next line goes on with it (", Jo Lee,
# said"), so the words before a quote are read as one sentence when the last line holds the
# speech verb.
_BROKEN_LINE = re.compile(r"[ \t]*\n(?=[ \t]*[,;a-z])")
# A line that is the colon alone: the page broke the line between a label and its colon
# ("Bruno Tonioli⏎: “Surreal ...”"), so the label's line and the colon are read as one.
_COLON_LINE = re.compile(r"[ \t]*\n[ \t]*(?=:[ \t]*\Z)")
_LAST_COMMA_PART = re.compile(r"[,;]")  # a lead-in's clauses: its subject is in the last
_PRE_ACCORDING = re.compile(r"(?:^|,\s*)" + ACCORDING + r"\s+(?P<who>[^,]{1,80}),?\s*$", re.I)
# A clause that is a relative pronoun alone ("who", "der", "qui"), maybe with an adverb: the
# name before it is the subject of the speech verb after it.
_RELATIVE_SUBJECT = re.compile(
    r"\s*(?:" + "|".join(RELATIVE_SUBJECTS) + r")(?:\s+(?:also|later|then|\w+ly))?\s*", re.I
)
_RELATIVE_LEAD = re.compile(
    r"^\s*(?:(?:" + "|".join(RELATIVE_LEAD_PREPOSITIONS) + r")\s+)?(?:which|whom)\s+", re.I
)
# Speech adverbs between a name and its verb ("Jo Lee once said"); no "-ly" word, which may
# be a noun ("the Lee family said").
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:" + "|".join(sorted(SPEECH_ADVERBS)) + r"))+\s*$")
# A third-person subject pronoun right before the verb, maybe with an "-ly" adverb ("... in
# a call where she allegedly told him;"): the verb's own subject. Read as no subject, the name that
# opens the sentence ("Marsh posted a call he had with Tilda in which she ...") was
# credited (Session 13). After a pronoun an "-ly" word is an adverb, not a noun ("the Lee
# family"). Not "I" or "we": a speaker's own words quoting someone ("and I said, 'Mrs ...").
_PRONOUN_BEFORE_VERB = re.compile(rf"(?:^|\s)(?P<pronoun>{THIRD_PERSON})(?:\s+[a-z]+ly)?\s*$")
# "Source: Heart Trust She added:": a capital "He"/"She" ending a run is the pronoun of a
# sentence whose stop a caption lost, no part of a name.
_RUN_ON_PRONOUN = re.compile(r"\S\s+(?:He|She)\s*$")
_HAS_CAPITAL = re.compile(r"(?<![\w'’])[" + UPPER + "]")
# A passive lead-in: 'Lee was told by Ray:' - the one "by" names speaks, not the subject.
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:told|asked|warned|informed|"
    r"reminded|assured|urged|questioned|pressed|challenged)\s+by\s+(?P<who>[^:]{1,120})[:,]\s*$"
)
# A number ending a sentence before a subject pronoun ("... on May 3. He said:"): the sentence
# splitter holds a short number's dot before a capital as an ordinal ("am 2. April"), but no
# ordinal comes before "He" or "She". Greedy: the last such end.
_NUMBER_THEN_PRONOUN = re.compile(
    r".*\d\.[ \t]+(?=(?:" + "|".join(OPENING_PRONOUNS) + r")[ \t])", re.S
)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_OWN_STOP_WORDS = 3  # a language's own stop words before a quote that make its words that language
# The verb's own clause opens with a name's thing or person ("..., and Acme's statement to
# the exchange said:", "..., but Lee's lawyer told"): that is the subject, not a name in an
# earlier clause (Session 18: a club's statement given to its bidder).
_OWNED_SUBJECT = re.compile(
    r"^\s*(?:[" + UPPER + r"][\w’'-]*\s+){0,3}[" + UPPER + r"][\w-]*['’]s\s+[a-z]"
)
# "However, as Jo Lee told the AP, “": the subordinator before the subject.
_AS_LEAD = re.compile(r"^\s*as\s+(?=\S)", re.I)
# A time phrase before the subject with no comma after it ("And on Thursday Mr Blair said:",
# "Before he flew out on Tuesday the chancellor told reporters:"): the words up to a weekday,
# at most a few, then the subject (Session 17: read as one name, it named nobody).
_TIME_LEAD = re.compile(
    r"^\s*(?i:(?:and|but|so)\s+)?(?:(?i:before|after|when|while|since)\s+(?:\S+\s+){0,6}?)?"
    r"(?i:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?i:morning|afternoon|evening|night))?\s+(?=[A-Z]|the\s)"
)


def attribute_before(
    segment: str, cues: CuePatterns, quote: str = ""
) -> tuple[Speaker | None, str | None, str]:
    """Speaker, cue and the path that found them (`RawQuote.how`) from the words before an
    opening mark ('Putin said: "'), if any; a capitalised pronoun of another language read as
    a name ("Er sagte:") is the pronoun, one that is also a name ("Elle :") when the words
    before the quote or the `quote` are in its language."""
    sp, cue, how = _attribute_before(segment, cues)
    languages = cues.languages
    if sp is not None and sp.kind == "name" and sp.text.lower() in NAME_LIKE_PRONOUNS:
        languages = languages | _written_in(f"{segment[-600:]} {quote}")  # no French verb
    return pronoun_not_name(sp, languages), cue, how


def _written_in(segment: str) -> frozenset[str]:
    """The languages of `SUBJECT_PRONOUNS` other than English whose own stop words (not
    English ones) outnumber English-only stop words in `segment`, at least `_OWN_STOP_WORDS`
    of them: the words before the quote are in that language."""
    found = [w.lower() for w in _LETTER_WORD.findall(segment)]
    english = stop_words("en")
    out = set()
    for lang in SUBJECT_PRONOUNS.keys() - {"en"}:
        own_words = stop_words(lang)
        own = sum(1 for w in found if w in own_words and w not in english)
        eng = sum(1 for w in found if w in english and w not in own_words)
        if own >= _OWN_STOP_WORDS and own > eng:
            out.add(lang)
    return frozenset(out)


def _attribute_before(segment: str, cues: CuePatterns) -> tuple[Speaker | None, str | None, str]:
    segment = _COLON_LINE.sub("", segment[-600:].rstrip())
    if "\n" in segment and cues.space_verb.search(segment, segment.rfind("\n")):
        segment = _BROKEN_LINE.sub(" ", segment)  # "Jo Lee, with X⏎, Ana Ruiz, said:"
    if not segment or segment[-1] in '.!?"”’»…)':  # the quote starts its own sentence
        return None, None, ""
    sentence = last_sentence(segment.rstrip()) if segment.strip() else ""
    if not sentence:
        return None, None, ""
    m = _TIME_LEAD.match(sentence) or _NUMBER_THEN_PRONOUN.match(sentence)
    if m:  # "On Thursday Mr Blair said:" (the time is no name); "... with her son Tim, 41.
        sentence = sentence[
            m.end() :
        ]  # She said:": the number ended a sentence, as no ordinal does
    sentence = lower_capital_verbs(sentence)  # "Lee, the group's head, Tweeted on Friday:"
    m = _PASSIVE_BY.search(sentence)
    if m:  # the subject is who was spoken to: the agent or nobody
        sp = parse_speaker(take_np(m.group("who")))
        return (sp, ":", "before:passive-by") if sp else (None, ":", "")
    m = _PRE_ACCORDING.search(sentence)
    if m:
        return parse_speaker(take_np(m.group("who"))), "according to", "before:according"
    sp, how = named_lead_in(sentence)
    if sp is not None:  # "with Lee yelling:", "Lee's response was:", "Lee issued a statement,"
        return sp, ":", how
    m = cues.pre_verb_first.match(_verb_lowered(sentence))
    if m:
        sp = parse_speaker(m.group("who"))
        if sp:
            return sp, tidy(m.group("verb")), "before:verb-first"
    m = cues.pre_verb.match(sentence)
    if m and owner_before(m.group("head")):
        m = None  # "Ryan's campaign shrugged off Trump's comments, telling ...": a noun
    if m and spoken_to(m.group("head"), m.group("verb")):
        return None, None, ""  # "Lee was asked, “...?”": the asker's words, not Lee's
    if m:
        tail = m.group("tail").strip()
        document, writer = reported_document(m.group("verb"), tail)
        if document:  # "X reported on an email from Y, "...": the email's words
            return (writer, ":", "before:document") if writer else (None, None, "")
        ok = not tail or tail[-1] in ":," or tail == "that" or len(tail.split()) <= 4
        ok = ok and (len(tail) <= 70 or tail[-1] in ":,")
        inner, verb = addressed_clause(tail)
        if ok and inner is not None:  # "Lee recalls how Ray once advised him:": Ray's words
            return inner, verb, "before:addressed-clause"
        if ok and not (tail and tail[-1] not in ":," and tail != "that" and "," in tail):
            clauses = CLAUSE_SPLIT.split(m.group("head"))
            if len(clauses) > 1 and _RELATIVE_SUBJECT.fullmatch(clauses[-1]):
                if len(clauses) > 2 and affiliated_role(clauses[-2].split()):
                    clauses = clauses[:-2] + clauses[-1:]  # "Jo Lee, professor at X, who"
                sp = parse_speaker(trailing_name(clauses[-2]))  # "..., Jo Lee, who wrote:"
                if sp and sp.kind == "name":
                    return sp, tidy(m.group("verb")), "before:relative"
                return None, None, ""
            joint = joint_subject(_LAST_COMMA_PART.split(m.group("head"))[-1])
            if joint is not None:  # "Police chief Ann Ward and her deputy Tom Gale said:"
                return joint, tidy(m.group("verb")), "before:name-verb"
            last = _RELATIVE_LEAD.sub("", clauses[-1])  # "to which Halloran replies:"
            if "," not in tail[:-1]:  # "However, as Jo Lee told the AP," (not "as Lee
                last = _AS_LEAD.sub("", last)  # explained, the taxes fell, “which ...")
            inverted, sp = inverted_cue(last, m.group("verb"), tail)
            if inverted:  # "Später sagte der Minister:": the subject after the verb, or nobody
                return (sp, tidy(m.group("verb")), "before:name-verb") if sp else (None, None, "")
            last = _TRAILING_ADVERBS.sub("", last)  # "Jo Lee once said:"
            lead = _TIME_LEAD.match(last)
            timed = parse_speaker(last[lead.end() :]) if lead else None
            if timed is not None and timed.kind == "name":  # "..., and on Monday Jo Lee said:"
                last = last[lead.end() :]
            elif timed is not None:  # "..., and before he left on Monday the chancellor told":
                return None, None, ""  # the clause's own subject, whom an earlier name is not
            sp = parse_speaker(last) if last.strip() else None
            if sp is not None and sp.kind == "description":  # "Jo Lee, a spokeswoman said:"
                sp = open_apposition(clauses) or sp
            if sp is not None and sp.kind == "name" and _RUN_ON_PRONOUN.search(last):
                sp = None  # "Source: Heart Trust She added:": a caption's stop lost before "She"
            if sp is None and last.strip() in SURNAME_WORDS:
                # "May said:": a surname that is also a word; the index tells whether the
                # text names someone so ("Ruth May"), as after the quote ('," May said')
                sp = Speaker("name", last.strip())
            how = "before:name-verb"
            own = _PRONOUN_BEFORE_VERB.search(last) if sp is None else None
            if own is not None:  # "... in a call where she allegedly told him;"
                sp, how = Speaker("pronoun", own["pronoun"].lower()), "before:pronoun-verb"
            if sp is None:  # a name only with the verb right before the quote
                sp = _name_before_verb(last, tail in ("", ":", ",") or _colon_tail(tail))
                how = "before:name-before-verb"
            if sp is None and _name_ends(last):
                return None, None, ""  # the verb's own subject is a name we cannot read
            if sp is None and _OWNED_SUBJECT.match(last):  # "..., and Acme's statement said:"
                owned = Speaker("description", last.strip())
                return owned, tidy(m.group("verb")), "before:owned-subject"
            own = own_described_subject(last, tail) if sp is None else False
            if own is not False:  # "..., and later the chancellor told": not the earlier name
                verb = tidy(m.group("verb"))
                return (own, verb, "before:name-verb") if own is not True else (None, None, "")
            if sp is None and (last == clauses[-1] or not _HAS_CAPITAL.search(last)):
                # "Smith, a spokesman for X, said:" - but not "Jo ..., to which Lee replies:",
                # whose clause names its own subject (an earlier one would be a guess)
                sp, how = last_subject(m.group("head")), "before:clause-subject"
            if sp:
                return sp, tidy(m.group("verb")), how
    m = cues.pre_participle.search(sentence)
    if m:
        clauses = main_clauses(sentence[: m.start()])
        for clause in clauses:
            sp = clause_subject(clause)
            if sp:
                return sp, tidy(m.group("verb")), "before:participle"
        sp = _named_before_verb(clauses[0], cues) if clauses else None
        if sp:  # "Firm chief Jo Lee says it works, adding:": the name the verb follows
            return sp, tidy(m.group("verb")), "before:participle"
    if sentence.rstrip().endswith(":"):  # a label, a name or a subject before the colon
        return colon_line(sentence, cues, cues.languages | _written_in(segment))
    return None, None, ""


def _name_before_verb(clause: str, verb_last: bool) -> Speaker | None:
    """ "... in Lisbon where she now lives Iris said:": a text that lost its caption's
    stop runs the caption into the cue, whose verb still follows its subject's name. The name
    must follow a word in lower case that no preposition or article is (`OBJECT_LEAD_INS`:
    not "a spokesman for Acme said"), else None (and the clause's subject is tried). A
    capital "He" or "She" there, or "The" and a description, opened a sentence whose stop
    was lost ("... in Leeds on Monday He said:", "... her cat Tib The retired nurse said:"); that
    "He" holds with more words after the verb too ("... He told supporters in Leeds:"),
    the rest only when the verb comes right before the quote (`verb_last`)."""
    words = clause.split()
    if len(words) > 1 and words[-1] in ("He", "She"):
        return Speaker("pronoun", words[-1].lower())
    if not verb_last:
        return None
    name = trailing_name(clause)
    the = clause.rfind(" The ")
    if the > 0 and not name:  # "... her cat Tib The retired nurse said:"
        sp = parse_speaker(clause[the + 1 :])
        return sp if sp is not None and sp.kind == "description" else None
    if not name or len(words) <= len(name.split()):
        return None
    before = words[-len(name.split()) - 1]
    if not before.isalpha() or not before.islower() or before in OBJECT_LEAD_INS:
        return None
    sp = parse_speaker(name)
    return sp if sp is not None and sp.kind == "name" else None


def _colon_tail(tail: str) -> bool:
    """ "... he was pushed Ortega said on Radio Five:": a short phrase after the verb that
    ends in the colon opening the quote (a time, place or channel) keeps the verb next to its
    quote, as a verb right before it does (Session 13: a caption that lost its stop). A
    speech participle right before that colon ("In a statement Acme vowed to back him
    through it saying:") shares the verb's subject, however long the phrase between."""
    if not tail.endswith(":"):
        return False
    words = tail[:-1].split()
    return len(words) <= 5 or (len(tail) <= 80 and words[-1] in _PARTICIPLE_SET)


def _name_ends(clause: str) -> bool:
    """ "..., but his coach says he was pushed Ortega said ...": a capitalised name after
    a word in lower case (no article or preposition) right before the speech verb is the
    verb's subject, even when the verb is too far from the quote to credit it; the subject of
    an earlier clause ("Hale waved, but ...") would then be a guess, so nobody is
    credited (Session 13: seven quotes given to the player the manager spoke about)."""
    words, name = clause.split(), trailing_name(clause).split()
    if not name or len(words) <= len(name):
        return False
    before = words[-len(name) - 1]
    if not (before.isalpha() and before.islower() and before not in OBJECT_LEAD_INS):
        return False
    sp = parse_speaker(" ".join(name))  # not "Ray early Tuesday told Metro Radio:"
    return sp is not None and sp.kind == "name"


def _verb_lowered(sentence: str) -> str:
    """An inverted cue that opens its sentence ("Said Comey,", "Says Lee:", "Added Lee,")
    with its verb in lower case, as the verb-first pattern reads it."""
    body = sentence.lstrip()
    first = body.split(None, 1)[0] if body else ""
    if first[:1].isupper() and first.lower() in VERB_SET:
        return first.lower() + body[len(first) :]
    return sentence


def _named_before_verb(clause: str, cues: CuePatterns) -> Speaker | None:
    """The name that ends the words before a clause's first speech verb ("Sales head Jo Lee
    says ..." -> Jo Lee), when those words read as a name phrase."""
    m = cues.space_verb.search(clause)
    if m is None or owner_before(clause, m.start() + 1):
        return None  # "Ryan's campaign shrugged off Trump's comments": a noun, no verb
    sp = parse_speaker(clause[: m.start()])
    return sp if sp and sp.kind == "name" else None
