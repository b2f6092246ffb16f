"""Attribution in the sentence next to a quote with no cue of its own: the sentence before
names its speaker ('..., King said. "Backing up is hard."') or the one after does ('“We are
ready.” Lee said the team had trained all winter.')."""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.cue_words import NEXT_SENTENCE_VERBS
from summarizer.quotes.cues import CuePatterns
from summarizer.quotes.phrase_lexicon import FRONTED_LEADS, NON_PERSON_HEADS
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.quotes.raw_quote import RawQuote, tidy
from summarizer.quotes.relative_aside import without_relative_aside
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import OBJECT_VERBS, OUTLET_VERBS
from summarizer.quotes.subjects import (
    CLAUSE_SPLIT,
    affiliated_role,
    appositive_role,
    last_subject,
)
from summarizer.quotes.verbs import vocabulary
from summarizer.quotes.word_kinds import is_job, is_personal_pronoun
from summarizer.text.lexicon import UPPER
from summarizer.text.tokenize import last_sentence

# After a closing mark: a new sentence that opens with a name (or he / she) and a speech verb.
_NEXT_SENTENCE = re.compile(
    r"[ \t]+(?P<who>(?:[" + UPPER + r"][\w’'\-]+[ \t]+){0,2}[" + UPPER + r"][\w’'\-]+)"
    r"[ \t]+(?:also[ \t]+)?(?P<verb>" + "|".join(NEXT_SENTENCE_VERBS) + r")\b"
)
_CAP = r"[" + UPPER + r"][\w’'\-]+"
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»„]")
# A signature line after a quote that fills its paragraph: '"..."⏎⏎- Jo Lee.' or '—Jo Lee,
# tweeting after the speech.' (an epigraph's or a list's attribution).
_DASH_LINE = re.compile(
    r"[ \t]*\n\s*[-—–][ \t]*(?P<who>[" + UPPER + r"][^\n,.;:\"“”]{1,50}?)"
    r"(?:,[^\n\"“”]{0,80})?\.?[ \t]*(?:\n|$)"
)


def sentence_before(segment: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """'... will be mended, Nyberg said. "Starting over is slow."': a quote right after a sentence
    (in its paragraph, or ending the paragraph before) that names its speaker with a speech
    verb goes on in that speaker's voice. Not after narration that holds a quote (a quote
    split around its cue is `_merge`'s), nor after "The Hill reported." (an outlet)."""
    segment = segment.rstrip()
    if not segment.endswith(".") or segment.endswith(".."):
        return None, None
    marked = _ANY_QUOTE_MARK.search(segment) is not None
    if marked:
        segment = segment[-PARTIAL_WINDOW:]  # a sentence's length, not the paragraph's
    sentence = last_sentence(segment[:-1])
    if marked and not (_partial_only(sentence, segment) or _whole_after_quote(sentence, segment)):
        return None, None  # maybe a quote split around its cue: `_merge` joins its parts
    sp, verb = _speaker_of_sentence(sentence, cues)
    fronted = _FRONTED.match(sentence) if sp is None else None
    if fronted is not None and fronted["lead"].lower() in FRONTED_LEADS:
        # "After the verdict, CNN legal analyst Jo Lee said ...": the main clause's speaker
        sp, verb = _speaker_of_sentence(sentence[fronted.end() :], cues)
    if sp is None or verb in OUTLET_VERBS or _a_body(sp):
        return None, None
    return sp, verb


# A phrase fronted before the subject: a lead word, up to 80 characters with no comma nor a
# sentence's end or quote mark, a comma ("After the verdict, ", "Speaking on Monday, ").
_FRONTED = re.compile(r"\s*(?P<lead>[" + UPPER + r"][a-z]+)\b[^,\"“”«»;:.!?]{0,80}?,\s+(?=\S)")


def _a_body(sp: Speaker) -> bool:
    """A one-word name that is a body, not a person: an acronym ("ACME says ...") or a
    site, firm or place word ("Facebook says ..."). What a body said in the sentence before
    is reported speech; the quote after it is a person's, and which one the text does not
    say there."""
    if sp.kind != "name" or " " in sp.text:
        return False
    word = sp.text.strip(".,")
    return (word.isupper() and len(word) > 1) or word.lower() in NON_PERSON_HEADS


# A short phrase quoted inside the reporter's sentence ('said gamers were "hungry" for'): a
# mark after a letter or space, at most PARTIAL_WORDS words, a mark, then narration goes on.
PARTIAL_WORDS = 5
PARTIAL_WINDOW = 400  # characters before a quote read for the sentence that leads into it
# A short phrase quoted inside a sentence; a comma and a space may follow it ('"clean up their
# savings", Lee stressed.': bbc_train11 dev, read in session 18: in-sample).
_PARTIAL = re.compile(r"(?<=[\w ])[\"“](?P<inner>[^\"“”\n]{1,60})[\"”](?=[ ,;:][ \t]?\w)")


# A phrase quoted at the end of the reporter's sentence, its full stop outside the marks ('Lee
# said it was of "importance to the town, and the region".'): opened after a word in lower
# case, no stop inside; up to FINAL_PHRASE_WORDS words (bbc_train14 dev, session 23: in-sample).
FINAL_PHRASE_WORDS = 30
_FINAL_PHRASE = re.compile(r"(?<=[a-z] )[\"“](?P<inner>[^\"“”\n.!?]{1,300})[\"”]$")


def _partial_only(sentence: str, segment: str) -> bool:
    """The last sentence of `segment` holds quote marks, only around short phrases of its
    own, none at its start ('Lee said fans were "hungry" for more.'), and the last mark
    before it closes a quote: no quote runs into it."""
    if not sentence.strip() or _ANY_QUOTE_MARK.match(sentence.lstrip()):
        return False
    before = segment[: segment.rfind(sentence)].rstrip()
    final = _FINAL_PHRASE.search(sentence)
    if final is not None and len(final["inner"].split()) <= FINAL_PHRASE_WORDS:
        sentence = sentence[: final.start()]  # its stop after the mark: 'was of "... world".'
    else:
        final = None
    phrases = list(_PARTIAL.finditer(sentence))
    if not (phrases or final) or any(len(m["inner"].split()) > PARTIAL_WORDS for m in phrases):
        return False  # no phrase of its own: a quote before may go on (`_merge`)
    if _ANY_QUOTE_MARK.search(_PARTIAL.sub("", sentence)):
        return False
    return _closes_last(before)


def _whole_after_quote(sentence: str, segment: str) -> bool:
    """'"...," he said. Mr Ray added that firms differ. "..."': the last sentence holds no
    mark at all and comes after a quote that closed before it, so it is the reporter's own
    whole sentence, not the cue of a quote split around it; the speaker it names speaks next
    (the join in `merge` took that for someone else speaking, and left the quote to nobody)."""
    if not sentence.strip() or _ANY_QUOTE_MARK.search(sentence):
        return False
    before = segment[: segment.rfind(sentence)].rstrip()
    if not before or before[-1] not in ".!?\"”’'»":
        return False
    return _closes_last(before)


def _closes_last(before: str) -> bool:
    """The last quotation mark in `before` closes a quote (none at all counts as closed)."""
    marks = list(_ANY_QUOTE_MARK.finditer(before))
    if not marks:
        return True
    last = marks[-1]
    if last.group() in "“«„":
        return False
    return last.group() in "”»" or (last.start() > 0 and not before[last.start() - 1].isspace())


def _speaker_of_sentence(sentence: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """The speaker a sentence names with its speech verb: its opening subject ("Lee added that
    ..."), or its closing one ("..., Lee said", "..., said Lee")."""
    m = cues.subject_verb_start.match(without_relative_aside(sentence) or sentence)
    if m:  # "King added that the deal helped both firms.": the quote after it is King's
        sp = parse_speaker(m.group("who"))
        if sp and (sp.kind == "name" or is_personal_pronoun(sp.text)):
            return sp, tidy(m.group("verb"))
    sp, verb = _role_led_subject(sentence, cues)
    if sp is not None:
        return sp, verb
    sp, verb = _appositive_subject(sentence, cues)
    if sp is not None:
        return sp, verb
    m = cues.verb_first_end.search(sentence)
    if m and m.group("verb") not in OBJECT_VERBS:
        sp = parse_speaker(m.group("who"))
        if sp and sp.kind == "name":
            return sp, tidy(m.group("verb"))
        if not _THAT.match(sentence, m.end("verb")):
            return None, None  # ", said that ...": the subject comes before the verb
    m = cues.pre_verb.match(sentence)
    if m is None or m.group("tail").strip():
        return _fronted_subject(sentence, cues)
    last = CLAUSE_SPLIT.split(m.group("head"))[-1]
    sp = parse_speaker(last) if last.strip() else None
    if sp is None or sp.kind not in ("name", "pronoun"):
        return None, None
    if not last.strip()[:1].isupper() and not is_personal_pronoun(last.strip()):
        return None, None  # ", he said." ends the sentence: the quote after goes on (session 23)
    return sp, tidy(m.group("verb"))


# Longest role read between the commas after a name ("development director at Acme"): a
# phrase of a few words; chosen on bbc_train10 dev, read in session 18: in-sample.
APPOSITIVE_ROLE_CHARS = 80


@cache
def _appositive_start(languages: frozenset[str]) -> re.Pattern[str]:
    """A full name, a role between commas, then a speech verb: "Jo Lee, development director
    at Acme, said ..."."""
    role = r"(?P<role>[^,;:.]{3," + str(APPOSITIVE_ROLE_CHARS) + r"})"
    return re.compile(
        r"\s*(?P<who>" + _CAP + r"(?:[ \t]+" + _CAP + r"){1,3}),[ \t]+" + role + r","
        r"[ \t]+(?:also[ \t]+)?(?P<verb>" + vocabulary(languages).verb + r")\b"
    )


def _appositive_subject(sentence: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """ "Jo Lee, development director at Acme, said the firm ...": the sentence opens with a
    full name and a role in apposition (a role at a body, or a body's role: `affiliated_role`,
    `appositive_role`), then its speech verb. The quote after it is that person's (Session
    18: a director's words left to nobody after such a sentence)."""
    m = _appositive_start(cues.languages).match(sentence)
    if m is None or m["verb"] in OBJECT_VERBS:
        return None, None
    role = m["role"].split()
    if not (affiliated_role(role) or appositive_role(role)):
        return None, None
    sp = parse_speaker(m["who"])
    if sp is None or sp.kind != "name" or sp.text != m["who"]:
        return None, None
    return sp, tidy(m["verb"])


def _role_led_subject(sentence: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """ "Party health spokesman Jo Lee said the plan ...": the sentence opens with its subject,
    a full name after a job word in lower case (`_ROLE_NAME`), and its first speech verb
    follows the name; `subject_verb_start` reads only capitalised words before the verb."""
    m = cues.space_verb.search(sentence)
    if m is None:
        return None, None
    head = sentence[: m.start()]
    role = _ROLE_NAME.search(head)
    if role is None or "," in head or not is_job(role["role"]):
        return None, None
    sp = parse_speaker(head)
    if sp is None or sp.kind != "name" or sp.text != role["name"]:
        return None, None
    return sp, tidy(m.group().strip())


def _fronted_subject(sentence: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """ "On Monday, Jo Lee, head of X, said that ...": a speech verb with "that" after a
    subject that a time phrase or an apposition keeps from opening the sentence; the subject
    of its last clause that has one (a full name or a pronoun, never a lone word). With no
    "that", only a clause that is the name alone, right before the verb ("After the talks,
    Mr Okoro said the ..."; `_NAME_CLAUSE`), a courtesy title making a surname a person."""
    m = cues.space_verb.search(sentence)
    if m is None:
        return None, None
    head = sentence[: m.start()]
    if "," not in head:  # "Bramble Foods recently announced that": no fronted phrase to pass
        return None, None
    if not _THAT.match(sentence, m.end()):
        named = _NAME_CLAUSE.search(head)
        sp = last_subject(head) if named else None
        if sp is None or sp.kind != "name" or not named["name"].endswith(sp.text):
            return None, None
        return sp, tidy(m.group().strip())
    sp = last_subject(head)
    for _ in range(APPOSITION_CLAUSES):  # "Jo Lee, head of X and also Commissioner for Y,"
        if sp is None or " " in sp.text or is_personal_pronoun(sp.text) or "," not in head:
            break
        head = head[: head.rstrip(", ").rfind(",")]
        sp = last_subject(head)
    if sp is None or not (" " in sp.text or is_personal_pronoun(sp.text)):
        return None, None
    if re.search(rf"\band\b[^,]*{re.escape(sp.text)}", head):
        return None, None  # "Ray, Ann Bell and Jo Lee argued that": a joint subject
    return sp, tidy(m.group().strip())


_THAT = re.compile(r"[ \t]+that\b")
# The last clause of a fronted head that is only a name: a courtesy title and a surname, or a
# full name of two or three capitalised words ("After the hearing, Mr Okoro", ", Jo Lee").
_TITLED = rf"(?:{'|'.join(COURTESY_TITLES)})[ \t]+{_CAP}"
_FULL_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{1,2}}"
_NAME_CLAUSE = re.compile(rf",[ \t]+(?P<name>{_TITLED}|{_FULL_NAME})[ \t]*$")
# A job word in lower case, then a full name ending the words before the verb.
_ROLE_NAME = re.compile(rf"(?:^|\s)(?P<role>[a-z]+)[ \t]+(?P<name>{_FULL_NAME})[ \t]*$")
APPOSITION_CLAUSES = 3  # clauses of an apposition passed over for the full name before them


def next_sentence(text: str, raw: RawQuote) -> tuple[Speaker | None, str | None]:
    """A quote that opens its paragraph with no cue, then a sentence whose subject speaks
    ('“We are ready.” Lee said the team had trained all winter.'): the quote is theirs."""
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    if not raw.closed or inner[-1:] not in ".!?":
        return None, None
    m = _NEXT_SENTENCE.match(text, raw.close_pos + 1)
    if m is None:
        return None, None
    return parse_speaker(m.group("who")), tidy(m.group("verb"))


def dash_line(text: str, raw: RawQuote) -> Speaker | None:
    """'"We are ready."⏎⏎- Jo Lee.': a quote alone in its paragraph signed on the next line
    with a dash and a name (not a description) is that person's."""
    if not raw.closed:
        return None
    m = _DASH_LINE.match(text, raw.close_pos + 1)
    sp = parse_speaker(m.group("who")) if m else None
    return sp if sp is not None and sp.kind == "name" else None


# The last line inside a pull quote's marks that signs it: a name of two to four words, maybe an
# affiliation after a comma, and nothing else ('...cuts.⏎Dean Ray, Policy Research Center."').
_SIGNATURE = re.compile(
    r"\n[ \t]*(?P<who>[" + UPPER + r"][\w’'\-]+(?:[ \t]+[" + UPPER + r"][\w’'\-.]*){1,3})"
    r"(?:,[ \t]+[" + UPPER + r"][^\n\"“”.!?]{0,80})?\.?[ \t]*$"
)


def signed_inside(text: str, raw: RawQuote) -> tuple[Speaker, int] | None:
    """A pull quote that carries its signature inside its marks, on its last line: the
    person named there, and where the quoted words end (before the signature)."""
    if not raw.closed or not raw.spans:
        return None
    start, end = raw.spans[-1]
    m = _SIGNATURE.search(text, start, end)
    if m is None or not text[start : m.start()].strip():
        return None
    sp = parse_speaker(m.group("who").rstrip("."))  # "Jo Lee." ends the quote's sentence
    if sp is None or sp.kind != "name" or len(sp.text.split()) < 2:
        return None
    return sp, len(text[: m.start()].rstrip())
