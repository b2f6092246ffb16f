"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries to about 12 words
(`phrase_sets.MAX_WORDS`); mending a cut phrase back to a whole one may take it to 16
(`phrase_mend.SOFT_MAX`).
This module assembles the phrase: it takes the figure's clause (`summarizer.figures.clauses`
finds it), lends it a subject or a neighbouring clause when it says too little, and hands the
words to `summarizer.figures.phrase_trim`, which cuts them to length.
"""

from __future__ import annotations

import re

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_words import ATTRIBUTION_CUES, SOFT_CUTS
from summarizer.figures.phrase_kinds import alnum, finite, verb_like
from summarizer.figures.phrase_mend import SOFT_MAX, antecedent
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    LEADING_JUNK_SET,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    PREPOSITIONS,
    RELATIVE,
)
from summarizer.figures.phrase_trim import telling, trim
from summarizer.figures.phrase_words import (
    ASIDES,
    IRREGULAR_PAST,
    NOUN_MODIFIERS,
    PAST_ONLY,
    PRONOUNS,
    SHARED_SUBJECT_JOINS,
    SUBORDINATE_OPENERS,
    TIME_UNITS,
)
from summarizer.figures.reject_words import CLAUSE_OPENERS

ANTECEDED = RELATIVE - {"that"}  # "India, where …" (a clause after "that" may be reported speech)
HOST_SUBJECT_WORDS = 7  # words at most of the subject a verbless clause borrows
SUBJECT_WORDS = 4  # words at most of a subject a clause opened by "and" + verb borrows
_SHARED_JOINS = frozenset(SHARED_SUBJECT_JOINS.split())
_ASIDES = frozenset(ASIDES.split())
_PRONOUNS = frozenset(PRONOUNS.split())
_SUBORDINATE = frozenset(SUBORDINATE_OPENERS.split())
_SOFT_WORDS = frozenset(SOFT_CUTS.split())
_NO_ITEM_STARTS = FUNCTION_WORD_SET | PREPOSITIONS | _SOFT_WORDS  # a list item opens with none
_NO_NOUN_WORDS = FUNCTION_WORD_SET - OPENERS  # "he", "so far": in no subject noun phrase
_CLAUSE_OPENS = _SOFT_WORDS | _SUBORDINATE  # "If just half …": a clause, no subject, opens
_CLAUSE_WORDS = _SOFT_WORDS | {"that"}  # "Joking that he": a clause inside the subject
_GLUED_VERB = re.compile(r"['’]")  # "I've", "they're": a pronoun with a verb glued on
_NOUN_MODIFIERS = frozenset(NOUN_MODIFIERS.split())
_TIME_UNITS = frozenset(TIME_UNITS.split())
_INDEFINITE = frozenset({"a", "an"})
BASE_WORDS = 4  # words at most after a change's base ("from … a year earlier")
BASE_CLAUSES = 3  # clauses back at most to the change a base belongs to
LIST_ITEMS = 3  # clauses back at most to the verb of a list whose later items hold a figure
LIST_ITEM_WORDS = 3  # words at most of one item of a list a tail finishes ("trade, aid")
_ASIDE_RELATIVES = frozenset({"which", "who"})  # a non-restrictive clause between subject and verb
ASIDES_BACK = 3  # asides at most between a subject and the verb a figure's clause starts at
APPOSED_WORDS = 6  # words at most of that subject ("Irishmen Mo Dunne and Pat Rourke")
APPOSED_NOUN_WORDS = 8  # words at most of a verbless appositive ("a … signing from Parma")
_ADVERB_OPENS = frozenset(CLAUSE_OPENERS.split())  # "However, | a recut version …": no subject
_NAME_JOINS = frozenset({"and", "&"})  # "Mo Dunne and Pat Rourke": one subject
_IRREGULAR = frozenset(IRREGULAR_PAST.split())  # "built", "sold": also participles …
_PAST_ONLY = frozenset(PAST_ONLY.split())  # … but "took", "fell" are not
_ABSOLUTE = frozenset({"with", "without"})  # "with figures expected to reach …": no finite verb
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_CUES) + r")\b", re.IGNORECASE)
_QUOTES = "\"“”«»'‘’()[]"
_STRIP = "\"“”«»'‘’.,;:()[]—– "


# A word is a whitespace-separated token with _STRIP characters stripped off both ends (tokens
# of only those characters drop out); one findall does it in C: first to last non-_STRIP char.
_NOT_STRIP = rf"[^\s{re.escape(_STRIP)}]"
_WORD = re.compile(rf"{_NOT_STRIP}(?:\S*{_NOT_STRIP})?")


# A plural's possessive apostrophe ("two weeks' wages", "the Theatregoers' Choice Awards"):
# kept on its word when the word after it may be what it owns (no function word: "'… full of
# Iranians' in comments" closes a quotation) and no single quote opened before it in the
# clause ("the 'Lost Boys' tour").
_POSSESSIVE = re.compile(r"(?<=s)['’][ \t]+(?P<next>[\w£$€][\w'’-]*)")
_OPEN_SINGLE = re.compile(r"(?:^|[\s(\[\"“])['‘](?=\w)")
_NOT_OWNED = FUNCTION_WORD_SET | PREPOSITIONS | _SOFT_WORDS | frozenset(ATTRIBUTION_CUES)


def _words(s: str, before: str = "") -> list[str]:
    """The words of `s`; `before`: the sentence's text before it, where a single quotation
    mark may open."""
    if _POSSESSIVE.search(s) is None:
        return _WORD.findall(s)
    if _OPEN_SINGLE.search(before):
        return _WORD.findall(s)
    out = []
    for m in _WORD.finditer(s):
        word = m.group()
        owned = _POSSESSIVE.match(s, m.end())
        if owned and owned["next"].lower() not in _NOT_OWNED and not _quoted(s, m.start()):
            word += s[m.end()]
        out.append(word)
    return out


def _quoted(s: str, pos: int) -> bool:
    """Whether a single quotation mark opens before `pos` (its closing mark looks like a
    plural's apostrophe)."""
    return _OPEN_SINGLE.search(s, 0, pos) is not None


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was."""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return ""
    a, b = clauses[idx]
    first = clauses[0][0]
    left = _words(text[a:f_start], text[first:a])
    right = _words(text[f_end:b], text[first:f_end])
    if left and left[0].lower() in ANTECEDED and idx > 0:
        # "in India, | where … were also killed": a relative clause names its noun before it,
        # the whole noun phrase ("The 18-year-old, who"), past an aside ("for instance,").
        j = idx - 1
        if j > 0 and "_".join(_words(text[clauses[j][0] : clauses[j][1]])).lower() in _ASIDES:
            j -= 1
        before = antecedent(text[clauses[0][0] : clauses[j][1]].split(), verb_like)
        before = [w for w in (w.strip(_QUOTES) for w in before) if w]
        if len(before) + len(left) + _until_cut(right) > MAX_WORDS:
            before = before[-1:]  # a noun phrase the cut would split: its head alone
        left = [*before[:-1], before[-1] + ",", *left] if before else left
    elif idx > 0 and (_modifier(left) or _appositive(left, right)):
        # "The new permits, | worth £120 or …": the noun the modifier describes; "Norland's
        # 41,000 beekeepers - | a group that is shrinking by …": the noun the appositive renames.
        host = _words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        before = antecedent(host, verb_like) if host else []
        whole = bool(before) and (before[0][:1].isupper() or before[0].lower() in OPENERS)
        whole = whole and not _rate(before)  # "20 hours of tutoring a week, | worth …"
        if whole and len(before) + len(left) + _until_cut(right) <= SOFT_MAX:
            left = [*before[:-1], before[-1].rstrip(",") + ",", *left]
            if before == host and idx == 1 and not _modifier(left[len(before) :]):
                # "Primer, | a … tale of discovery, | won top prize at …": the name's predicate
                told = _predicate_after(text, clauses, idx, len(left), right)
                if len(told) > len(right) and telling(left, told) >= MIN_WORDS:
                    return trim(left, told, True)
    elif idx > 0 and _comparison_base(left, right):
        # "net profits rose to $312.6m, | from … a year earlier": the base of a change says
        # nothing without the change (the host's words from the noun phrase after its verb),
        # found back past a bracketed conversion ("to drop to $2.4bn (£1.3bn), | from …") and
        # an adjunct ("… (£75m) during July to September").
        parts = [_words(text[c:d]) for c, d in clauses[max(0, idx - BASE_CLAUSES) : idx]]
        host: list[str] = []
        for part in reversed(parts):
            if any(w.isalpha() for w in part):
                host = [*part, *host]
            if any(verb_like(w) and w.lower() not in PREPOSITIONS for w in part):
                break  # not "during"
        change = _changed(host)
        if change and len(change) + len(left) + len(right) <= SOFT_MAX:
            left = [*change[:-1], change[-1].rstrip(",") + ",", *left]
    elif idx > 0 and _needs_host(left, right):
        # "Valdoria harvested 9.35m tonnes in 2011, | 17% higher than in 2010": a clause with no
        # verb of its own ("over the next six years, …") says what the clause before does.
        host = _words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        verbal = any(finite(w) or verb_like(w) for w in host)  # not "That's right – …"
        opens = bool(host) and (host[0][:1].isupper() or host[0].lower() in OPENERS)
        if verbal and opens and not _ATTRIBUTION.search(" ".join(host)):  # not "to encourage …"
            whole = len(left) + len(right) <= MAX_WORDS  # a whole phrase is not cut for it
            own = len(left) + (len(right) if whole else _until_cut(right))
            cap = MAX_WORDS if whole else SOFT_MAX
            subject = host if len(host) + own <= cap else _host_subject(host)
            if subject and len(subject) + own <= cap:
                left = [*subject[:-1], subject[-1].rstrip(",") + ",", *left]
    elif idx > 0 and _last_items(left, right) and text[a - 2 : a - 1] == ",":
        # "winning the high jump, | the shot put and the …": the list's later items say what
        # they are only with the verb whose object list they end
        head = _list_head([_words(text[c:d]) for c, d in clauses[max(0, idx - LIST_ITEMS) : idx]])
        if head and len(head) + len(left) + len(right) <= MAX_WORDS:  # no cut it would undo
            left = [*head, *left]
    elif idx > 0 and left and finite(left[0]) and left[0].islower():
        # "Corvell, the region's largest paint maker, | has agreed to buy …": the subject is
        # before an appositive.
        back = max(0, idx - ASIDES_BACK - 1)
        subject = _appositive_subject([_words(text[c:d]) for c, d in clauses[back:idx]], back)
        if subject and len(subject) + len(left) + _until_cut(right) <= SOFT_MAX:
            left = [*subject, *left]
    if idx > 0 and _shares_subject(left, right) and text[a - 2 : a - 1] == ",":
        # "the dollar was up …, | and buying … in Tokyo": the verb's subject is the one before.
        subject = _subject(_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]]))
        left = [*subject[:-1], subject[-1] + ",", *left[1:]] if subject else left
    elif idx > 1 and _shares_subject(left, right) and finite(left[1]) and text[a - 2] in "-–—,":
        # "The Code is set in Paris - | including the Louvre - | and has sold …": the subject
        # of the first predicate, past the asides after it ("The bank, | which …, | made …,").
        back = max(0, idx - ASIDES_BACK - 2)
        subject = _shared_subject([_words(text[c:d]) for c, d in clauses[back:idx]], back)
        if subject and len(subject) + len(left) - 1 + _until_cut(right) <= SOFT_MAX:
            left = [*subject, *left[1:]]
    if telling(left, right) >= MIN_WORDS:
        listed = _list_tail(text, clauses, idx, len(left), right)
        return trim(left, listed, len(listed) > len(right))
    # Too short: borrow the clause just before (what the figure's clause goes on from: "sued
    # her in 2005, | settling for $3.4m"), then the sentence's opening clause (usually the
    # subject), then the rest, nearest first.
    order = [*range(idx - 1, -1, -1), *range(idx + 1, len(clauses))]
    # A figure alone between commas ("app owners, 42%, check the weather daily") is an aside: the
    # clause before names what it counts, the clause after what they do; both are borrowed.
    aside = not left and not right and 0 < idx < len(clauses) - 1
    aside = aside and text[a - 2 : a - 1] == "," and text[b : b + 1] == ","
    if aside:
        order = [idx - 1, idx + 1, *(j for j in order if j not in (idx - 1, idx + 1))]
    borrowed: dict[int, list[str]] = {}
    for j in order:
        enough = telling(left, right) + sum(map(len, borrowed.values())) >= MIN_WORDS
        # "over the next six years, | … ;": a clause of no verb says what a verb does
        words = [*left, *right, *(w for ws in borrowed.values() for w in ws)]
        verbal = any(verb_like(w) for w in words) or len(words) >= MAX_WORDS
        verbal |= any(ws[0].lower() not in PREPOSITIONS for ws in borrowed.values())
        enough = enough and verbal
        if enough and not (aside and j == idx + 1 and idx - 1 in borrowed):
            break
        words = _words(text[clauses[j][0] : clauses[j][1]])
        if words == left[: len(words)]:
            continue  # "IBM, | according to …, | has …": the subject is in already
        if words and not _ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = [*borrowed[j][:-1], borrowed[j][-1] + ",", *left]
    for j in sorted(borrowed):
        if j > idx:
            right = [*right[:-1], right[-1] + ",", *borrowed[j]] if right else borrowed[j]
    return trim(left, right)


def _modifier(left: list[str]) -> bool:
    """A clause opened by a word that modifies the noun before it ("worth £250 or …")."""
    return bool(left) and left[0].lower() in _NOUN_MODIFIERS


def _appositive(left: list[str], right: list[str] = ()) -> bool:
    """A clause that renames the noun before it: "a group that is shrinking by …" (an indefinite
    noun phrase, then its relative clause), or an indefinite noun phrase alone, with no verb
    ("a … tale of discovery", "a … signing from Parma")."""
    if not left or left[0].lower() not in _INDEFINITE:
        return False
    words = [*left, *right]
    verbless = not any(finite(w) or verb_like(w) or w.lower() in RELATIVE for w in words)
    if right and len(words) <= APPOSED_NOUN_WORDS and verbless:
        return True
    if len(left) < 3:
        return False
    rel = next((i for i, w in enumerate(left[:5]) if w.lower() in RELATIVE), None)
    return rel is not None and rel >= 2 and not any(map(verb_like, left[1:rel]))


def _predicate_after(
    text: str, clauses: list[tuple[int, int]], idx: int, before: int, right: list[str]
) -> list[str]:
    """The tail with the clause after an appositive when that clause is the predicate of the
    name the appositive renames (it opens at a finite verb): "Primer, a … tale, | won top
    prize at …", up to its first soft cut and within SOFT_MAX words (kept whole by `trim`);
    else the tail as it is."""
    if idx + 1 >= len(clauses) or not right:
        return right
    c, d = clauses[idx + 1]
    nxt = _words(text[c:d])
    if not nxt or not (finite(nxt[0]) and nxt[0].islower()):
        return right
    nxt = nxt[: _until_cut(nxt)]
    if before + len(right) + len(nxt) > SOFT_MAX:
        return right
    return [*right[:-1], right[-1].rstrip(",") + ",", *nxt]


def _list_tail(
    text: str, clauses: list[tuple[int, int]], idx: int, before: int, right: list[str]
) -> list[str]:
    """The tail with the rest of the list its last word starts ("a plan on water supply, | roads,
    schools, clinics and housing"; with no "and" when a list of three or more ends the
    sentence: "… | roads, schools, clinics."); without the list (from its preposition) when the
    whole list would run past SOFT_MAX words; the tail as it is when no list follows."""
    b = clauses[idx][1]
    if not right or text[b : b + 1] != "," or not right[-1].isalpha() or idx + 1 >= len(clauses):
        return right
    items: list[list[str]] = []
    for j in range(idx + 1, len(clauses)):
        c, d = clauses[j]
        ws = _words(text[c:d])
        conj = next((i for i, w in enumerate(ws) if w.lower() in ("and", "or")), None)
        end = len(ws) if conj is None else conj + 1
        while end < len(ws) and end - conj <= LIST_ITEM_WORDS:  # the last item, after "and"
            low = ws[end].lower()
            if low in PREPOSITIONS or low in FUNCTION_WORD_SET or not _list_word(ws[end]):
                break
            end += 1
        last = end < len(ws) and ws[end].lower() not in PREPOSITIONS
        first = ws[:conj] if conj is not None else ws
        if not ws or len(first) > LIST_ITEM_WORDS or not all(map(_list_word, ws[:end])) or last:
            return right  # "…, his cousins Mark and Lena, who": a clause, no list item
        if first and first[0].lower() in _NO_ITEM_STARTS:
            return right  # "…, including fevers", "…, the Harbour Queen": no item
        if conj is None and text[d : d + 1] != ",":
            if not items or j + 1 < len(clauses):
                return right
            items.append(ws)  # "on water supply, | roads, schools, clinics.": no "and"
            break
        if (conj == 0 and not items) or (conj is not None and end == conj + 1):
            return right
        items.append(ws[:end])
        if conj is not None:
            after = clauses[j + 1] if j + 1 < len(clauses) else (d, d)
            nxt = _words(text[after[0] : after[1]])
            if nxt[:1] and nxt[0].lower() in ("and", "or"):
                return right  # "a bruised and swollen left knee, and …": "and" in an item
            break
    else:
        return right
    listed = [*right[:-1], right[-1] + ","]
    for item in items[:-1]:
        listed += [*item[:-1], item[-1] + ","]
    listed += items[-1]
    if before + len(listed) <= SOFT_MAX:
        return listed
    prep = max((i for i, w in enumerate(right) if w.lower() in PREPOSITIONS), default=None)
    return right[:prep] if prep and len(right) - prep <= LIST_ITEM_WORDS + 1 else right


def _rate(words: list[str]) -> bool:
    """A rate's "a week", "per hour": no noun a modifier describes."""
    bare = [w.lower().rstrip(",") for w in words]
    return len(bare) == 2 and bare[0] in ("a", "an", "per") and bare[1] in _TIME_UNITS


def _list_word(word: str) -> bool:
    """A word a list item may hold: letters, no finite verb or participle ("collapsed")."""
    return word.isalpha() and not finite(word) and not (word.islower() and word.endswith("ed"))


def _needs_host(left: list[str], right: list[str]) -> bool:
    """A clause with no verb ("… higher than in 2003", "over the next six years, …"), or an
    absolute "with" clause with no finite verb: what it says hangs on the clause before."""
    words = [*left, *right]
    if not words or any(finite(w) or _pronoun(w) for w in words):
        return False  # "but I see …": a subject of its own
    if words[0].lower() in OPENERS:
        return False  # "His car was found …, | a small village … north-east of Tarvik": an aside
    absolute = bool(left) and left[0].lower() in _ABSOLUTE
    return absolute or not any(verb_like(w) for w in words)


def _comparison_base(left: list[str], right: list[str]) -> bool:
    """A clause that is only the base of a change ("from … a year earlier"): no verb."""
    short = len(right) <= BASE_WORDS and not any(map(verb_like, right))
    return [w.lower() for w in left] == ["from"] and short


def _changed(host: list[str]) -> list[str]:
    """What changed in a host clause: from the noun phrase after its last verb to its end,
    when that holds the new amount ("caused | the group's earnings to drop to $2.4bn",
    "seeing | net profits rise by 31% to $312.6m"); else nothing."""
    for k in range(len(host) - 2, -1, -1):
        word, nxt = host[k], host[k + 1]
        if not (verb_like(word) and word.islower()) or word in PREPOSITIONS:
            continue
        noun = nxt.lower() in OPENERS or nxt[:1].isupper() or nxt.endswith(("'s", "’s"))
        noun |= nxt.isalpha() and nxt.islower() and not verb_like(nxt)
        noun = noun and nxt.lower() not in _NO_ITEM_STARTS - OPENERS
        rest = host[k + 1 :]
        if noun and any(c.isdigit() for w in rest for c in w) and "to" in rest:
            return rest
    return []


def _pronoun(word: str) -> bool:
    """A subject pronoun, also with a verb glued on ("I've", "they're")."""
    return _GLUED_VERB.split(word.lower())[0] in _PRONOUNS


def _host_subject(words: list[str]) -> list[str]:
    """The subject of a host clause, up to its first finite verb ("Seat bookings at the city's
    theatres | are expected"), when it opens the clause and is no pronoun."""
    k = next((i for i, w in enumerate(words[: HOST_SUBJECT_WORDS + 1]) if finite(w)), 0)
    opener = words[0].lower()
    if k == 0 or opener in _NO_NOUN_WORDS or opener in _CLAUSE_OPENS:
        return []  # "If only a third of council staff | chose": no subject
    if any(verb_like(w) or _pronoun(w) or w.lower() in _CLAUSE_WORDS for w in words[:k]):
        return []  # "Joking that he | could": a clause, no subject
    return words[:k] if words[0][:1].isupper() or words[0].lower() in OPENERS else []


def _appositive_subject(earlier: list[list[str]], first: int) -> list[str]:
    """A short name or noun phrase before the asides that part it from the figure's clause,
    which starts at its verb: an appositive ("Corvell, | the region's largest paint maker, |
    has …"), a relative clause ("The programme, | which starred …, | was shown in …"), a
    participle phrase ("The work, | written for a wedding, | was missing for …") or an age
    ("Mr Dale, | 28, | a baker, | was arrested …"), up to ASIDES_BACK of them; else nothing.
    `first`: the index in the sentence of `earlier[0]` (a subject after another clause is no
    list's last items: "Shares in Alder, | Birch and Cope, | who …")."""
    if len(earlier) < 2:
        return []
    if len(earlier) == 2 and _named_appositive(*earlier):
        # "The subsidiary, | Norvex, | was sold": a noun phrase, then the name it goes by
        subject, aside = earlier
        return [*subject[:-1], subject[-1] + ",", *aside[:-1], aside[-1] + ","]
    k = len(earlier) - 1
    while k > 0 and len(earlier) - k <= ASIDES_BACK and _aside(earlier[k]):
        k -= 1
    if k == len(earlier) - 1 or not _aside(earlier[k + 1]):
        return []
    subject = earlier[k]
    while subject and subject[0].lower() in LEADING_JUNK_SET:
        subject = subject[1:]  # "But Gomis": the subject is "Gomis"
    if not subject or len(subject) > APPOSED_WORDS or any(map(verb_like, subject)):
        return []
    opener = subject[0].lower()
    if opener in _NO_NOUN_WORDS or opener in _CLAUSE_OPENS or opener in _ADVERB_OPENS:
        return []  # "However", "In 2003 the firm": no noun phrase alone
    if any(map(_pronoun, subject)) or (first + k > 0 and _NAME_JOINS & {*subject}):
        return []
    return subject if subject[0][:1].isupper() and all(map(alnum, subject)) else []


def _aside(words: list[str]) -> bool:
    """A clause between a subject and its verb that names nothing the verb needs: a relative
    clause ("which starred …"), a noun phrase with no verb ("the region's largest paint
    maker"), a participle phrase ("written for a wedding", "known as …") or a number (an age)."""
    if not words:
        return False
    first = words[0]
    if first.lower() in _ASIDE_RELATIVES:
        return True
    if len(words) == 1 and first.isdigit():
        return True  # "Mr Dale, | 28, |": an age
    if first.lower() in OPENERS:
        return not any(map(verb_like, words))
    participle = not finite(first) or (first in _IRREGULAR and first not in _PAST_ONLY)
    return first.islower() and verb_like(first) and participle


def _shared_subject(earlier: list[list[str]], first: int) -> list[str]:
    """The subject of the predicate a clause opened by "and" + a finite verb shares: that of the
    clause before it, past asides ("including the Louvre"), or, when that clause opens at its
    verb, the one before its own asides; else nothing. `first` as in `_appositive_subject`."""
    j = len(earlier) - 1
    while j > 0 and _aside(earlier[j]):
        j -= 1
    if j == len(earlier) - 1:
        return []  # no aside between: the comma rule above reads that case
    subject = _subject(earlier[j])
    if subject or not earlier[j] or not (finite(earlier[j][0]) and earlier[j][0].islower()):
        return subject
    return _appositive_subject(earlier[:j], first)


def _named_appositive(subject: list[str], aside: list[str]) -> bool:
    """A short noun phrase opened by a determiner ("The subsidiary") and, between commas after
    it, a short name ("Norvex"): the name renames the noun phrase, both are the subject."""
    if not subject or not aside or len(subject) > SUBJECT_WORDS or len(aside) > SUBJECT_WORDS:
        return False
    if subject[0].lower() not in OPENERS or any(map(verb_like, subject)):
        return False
    return all(w[:1].isupper() and alnum(w) for w in aside) and all(map(alnum, subject))


def _last_items(left: list[str], right: list[str]) -> bool:
    """A clause that is a list's last items ("the shot put and the …"): noun phrases opened by
    a determiner and joined by "and"/"or", no verb."""
    words = [*left, *right]
    if (
        not left
        or left[0].lower() not in OPENERS
        or not any(w.lower() in ("and", "or") for w in left)
    ):
        return False
    if any(finite(w) or _pronoun(w) for w in words):
        return False
    return not any(map(verb_like, left))  # a tail may end on a noun in "-ing" ("meeting")


def _list_head(earlier: list[list[str]]) -> list[str]:
    """From the verb of the clause that opens a list to the end of the list's earlier items
    ("winning the high jump,"), when the clauses between are noun phrases (items); else
    nothing."""
    items: list[list[str]] = []
    for words in reversed(earlier):
        if not words:
            return []
        verbs = [i for i, w in enumerate(words) if w.islower() and (verb_like(w) or finite(w))]
        if not verbs:
            if words[0].lower() not in OPENERS or len(words) > LIST_ITEM_WORDS + 1:
                return []
            items.insert(0, words)
            continue
        v = verbs[-1]
        first = words[v + 1 :]
        if not first or first[0].lower() not in OPENERS or len(first) > LIST_ITEM_WORDS + 1:
            return []  # "was sold, | the …": no object list opened after the verb
        head = [*words[v:-1], words[-1] + ","]
        for item in items:
            head += [*item[:-1], item[-1] + ","]
        return head
    return []


def _until_cut(right: list[str]) -> int:
    """Words of the tail up to its first soft cut ("higher than in 2010 | and 12% more …")."""
    return next((i for i, w in enumerate(right) if w.lower() in _SOFT_WORDS), len(right))


def _shares_subject(left: list[str], right: list[str]) -> bool:
    """A clause opened by "and" and a verb ("and buying … in Tokyo"), long enough to stand as a
    phrase: its subject is the clause's before."""
    opens = len(left) >= 2 and left[0].lower() in _SHARED_JOINS and verb_like(left[1])
    return opens and telling(left, right) >= MIN_WORDS


def _subject(words: list[str]) -> list[str]:
    """The subject that opens a clause, up to its first finite verb ("the dollar | was up"), or
    nothing when it is not a short noun phrase."""
    k = next((i for i, w in enumerate(words[: SUBJECT_WORDS + 1]) if finite(w)), 0)
    if k == 0 or not (words[0].lower() in OPENERS or words[0][:1].isupper()):
        return []
    if any(w.lower() in _NO_NOUN_WORDS for w in words[:k]):
        return []  # "He | was", "So far they | have": a pronoun, no noun phrase
    return words[:k] if all(alnum(w) for w in words[:k]) else []
