"""Lists around a figure: a clause that is a list's last items borrows the verb and the earlier
items ("winning the high jump, | the shot put and the …"); a tail whose last word starts a list
takes the rest of it ("a plan on water supply, | roads, schools, clinics and housing").

Apart from `context` because telling a list's items from a clause ("…, his cousins Mark and
Lena, who") reads several clauses after or before the figure's.
"""

from __future__ import annotations

from summarizer.figures.context_sets import LIST_ITEM_WORDS, NAME_ITEM_WORDS, NO_ITEM_STARTS
from summarizer.figures.context_shapes import pronoun
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import FUNCTION_WORD_SET, OPENERS, PREPOSITIONS, SOFT_MAX


def last_items(left: list[str], right: list[str]) -> bool:
    """A clause that is a list's last items ("the shot put and the …"): noun phrases opened by
    a determiner and joined by "and"/"or", no verb."""
    words = [*left, *right]
    if (
        not left
        or left[0].lower() not in OPENERS
        or not any(w.lower() in ("and", "or") for w in left)
    ):
        return False
    if any(finite(w) or pronoun(w) for w in words):
        return False
    return not any(map(verb_like, left))  # a tail may end on a noun in "-ing" ("meeting")


def list_head(earlier: list[list[str]]) -> list[str]:
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


def named_items(earlier: list[str], left: list[str]) -> list[str]:
    """The earlier names of a list of names whose last ones open the figure's clause ("ruled
    that Simpson, | Stewart and Charles Ehrlich should stand trial on …"): the name run that
    ends the clause before, after a word that is no preposition ("that", a verb); else
    nothing (not "On Monday, | Smith and Jones said …")."""
    join = next((i for i, w in enumerate(left[: NAME_ITEM_WORDS + 1]) if w in ("and", "or")), 0)
    named = join > 0 and all(w[:1].isupper() for w in left[:join])
    if not named or len(left) <= join + 1 or not left[join + 1][:1].isupper():
        return []
    k = len(earlier)
    while k > 0 and earlier[k - 1][:1].isupper() and len(earlier) - k < NAME_ITEM_WORDS:
        k -= 1
    if k == len(earlier) or k == 0 or not earlier[k - 1].islower():
        return []
    if earlier[k - 1] != "that" and (
        earlier[k - 1] in PREPOSITIONS or earlier[k - 1] in FUNCTION_WORD_SET
    ):
        return []  # "in London, | Paris and Rome": a place list, its preposition before
    return [*earlier[k:-1], earlier[-1] + ","]


def list_tail(
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
        ws = clause_words(text[c:d])
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
        if first and first[0].lower() in NO_ITEM_STARTS:
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
            nxt = clause_words(text[after[0] : after[1]])
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


def _list_word(word: str) -> bool:
    """A word a list item may hold: letters, no finite verb or participle ("collapsed")."""
    return word.isalpha() and not finite(word) and not (word.islower() and word.endswith("ed"))
