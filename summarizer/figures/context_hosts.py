"""A clause that says too little alone borrows its host: the clause before it that it hangs on.

Apart from `context` (which assembles every phrase) because each shape names its host its own
way: a ranking after a comma ("…, | the first of her … campaign") takes the clause before whole,
a change in apposition ("-- | a drop of …") the clause past who reported it, a modifier or
appositive ("The new permits, | worth …") the noun it describes, a base of a change ("| from …
a year earlier") what changed, a verbless clause the verb it leaves out, a list's last items the
verb whose objects they are, and a predicate after an appositive its subject. What kind of
clause the figure's is comes from `context_shapes`, the subject borrowed from `context_subjects`.
"""

from __future__ import annotations

from summarizer.figures.context_lists import last_items, list_head, named_items
from summarizer.figures.context_sets import ASIDES_BACK, ATTRIBUTION, BASE_CLAUSES, LIST_ITEMS
from summarizer.figures.context_shapes import (
    appositive,
    change_apposed,
    changed,
    comparison_base,
    directed,
    gapped,
    modifier,
    needs_host,
    ranked,
    rate,
)
from summarizer.figures.context_subjects import appositive_subject, host_subject, past_predicate
from summarizer.figures.context_tails import predicate_after, until_cut
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.mend_subject import antecedent
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import (
    HELD_BY_SOFT_SET,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    PREPOSITIONS,
    REPORTING_RE,
    SOFT_MAX,
)
from summarizer.figures.phrase_trim import telling, trim


def host_left(
    text: str, clauses: list[tuple[int, int]], idx: int, left: list[str], right: list[str]
) -> tuple[list[str], str | None]:
    """The words before the figure with what its host clause lends them put in front, or the
    finished phrase when the host goes whole; the first shape that fits decides."""
    a = clauses[idx][0]
    if idx > 0 and ranked(left, right) and text[a - 2 : a - 1] == ",":
        # "Clinton said in an interview with the Post, | the first of her … campaign": what is
        # first is what the clause before tells, so it goes whole (its last noun would mislead).
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        opens = bool(host) and (host[0][:1].isupper() or host[0].lower() in OPENERS)
        if opens and len(host) + len(left) + len(right) <= SOFT_MAX:
            return left, trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
    elif idx > 0 and change_apposed(left):
        # "The body said 965 people died in 2007 -- | a drop of … from the year before": what
        # dropped is the clause before, past who reported it.
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        said = REPORTING_RE.match(" ".join(host) + " ")
        host = " ".join(host)[said.end() :].split() if said else host
        if len(host) >= MIN_WORDS and len(host) + len(left) + len(right) <= SOFT_MAX:
            return left, trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
    elif idx > 0 and (modifier(left) or appositive(left, right)):
        # "The new permits, | worth £120 or …": the noun the modifier describes; "Norland's
        # 41,000 beekeepers - | a group that is shrinking by …": the noun the appositive renames.
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        before = antecedent(host, verb_like) if host else []
        whole = bool(before) and (before[0][:1].isupper() or before[0].lower() in OPENERS)
        whole = whole and not rate(before)  # "20 hours of tutoring a week, | worth …"
        if whole and len(before) + len(left) + until_cut(right) <= SOFT_MAX:
            left = [*before[:-1], before[-1].rstrip(",") + ",", *left]
            if before == host and idx == 1 and not modifier(left[len(before) :]):
                # "Primer, | a … tale of discovery, | won top prize at …": the name's predicate
                told = predicate_after(text, clauses, idx, len(left), right)
                if len(told) > len(right) and telling(left, told) >= MIN_WORDS:
                    return left, trim(left, told, True)
    elif idx > 0 and comparison_base(left, right) and not directed(left):
        # "net profits rose to $312.6m, | from … a year earlier": the base of a change says
        # nothing without the change (the host's words from the noun phrase after its verb).
        change = _change(text, clauses, idx, True)
        if change and len(change) + len(left) + len(right) <= SOFT_MAX:
            left = [*change[:-1], change[-1].rstrip(",") + ",", *left]
    elif idx == 2 and (aside := _aside_host(text, clauses, left)):
        # "The Senators lost Heatley, | Spezza's linemate, | for … on Saturday": a phrase that
        # opens with a preposition hangs on the clause before the aside, told with the aside
        # (it names whom), up to the tail's first cut, whole or not at all.
        cut = until_cut(right)
        if len(aside) + len(left) + cut <= SOFT_MAX:
            return left, trim([*aside[:-1], aside[-1] + ",", *left], right[:cut], True)
    elif idx > 0 and needs_host(left, right):
        # "Valdoria harvested 9.35m tonnes in 2011, | 17% higher than in 2010": a clause with no
        # verb of its own ("over the next six years, …") says what the clause before does.
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        verbal = any(finite(w) or verb_like(w) for w in host)  # not "That's right – …"
        opens = bool(host) and (host[0][:1].isupper() or host[0].lower() in OPENERS)
        if opens and gapped(host, left) and len(host) + len(left) + len(right) <= SOFT_MAX:
            # "Trump was chosen by 37% of likely voters, | Sanders by … and Bloomberg by 16%":
            # the verb and what the figure counts are the host's, so the host goes whole.
            return left, trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
        if verbal and opens and not ATTRIBUTION.search(" ".join(host)):  # not "to encourage …"
            whole = len(left) + len(right) <= MAX_WORDS  # a whole phrase is not cut for it
            own = len(left) + (len(right) if whole else until_cut(right))
            cap = MAX_WORDS if whole else SOFT_MAX
            subject = host if len(host) + own <= cap else host_subject(host)
            if subject and len(subject) + own <= cap:
                left = [*subject[:-1], subject[-1].rstrip(",") + ",", *left]
        if directed(left) and comparison_base(left, right):
            # "WMC made net profits of A$1.33bn ($1bn) in 2004, | up from … the year before":
            # no host clause to borrow whole, so what changed, uncut.
            change = _change(text, clauses, idx, False)
            if change and len(change) + len(left) + len(right) <= SOFT_MAX:
                return left, trim([*change[:-1], change[-1].rstrip(",") + ",", *left], right, True)
    elif idx > 0 and last_items(left, right) and text[a - 2 : a - 1] == ",":
        # "winning the high jump, | the shot put and the …": the list's later items say what
        # they are only with the verb whose object list they end
        head = list_head(
            [clause_words(text[c:d]) for c, d in clauses[max(0, idx - LIST_ITEMS) : idx]]
        )
        if head and len(head) + len(left) + len(right) <= MAX_WORDS:  # no cut it would undo
            left = [*head, *left]
    elif items := _named_before(text, clauses, idx, left):
        # "ruled that Simpson, | Stewart and Charles Ehrlich should stand trial on …": the
        # list of names is the subject, and its first items are in the clause before.
        if len(items) + len(left) + until_cut(right) <= SOFT_MAX:
            left = [*items, *left]
    elif idx > 0 and left and past_predicate(left[0]) and not _held(left):
        # "Corvell, the region's largest paint maker, | has agreed to buy …", "The show, | the
        # first episode of which …, | pulled in …": the subject is before an appositive.
        back = max(0, idx - ASIDES_BACK - 1)
        subject = appositive_subject([clause_words(text[c:d]) for c, d in clauses[back:idx]], back)
        if subject and len(subject) + len(left) + until_cut(right) <= SOFT_MAX:
            left = [*subject, *left]
    return left, None


def _aside_host(text: str, clauses: list[tuple[int, int]], left: list[str]) -> list[str]:
    """The sentence's first clause and the verbless aside after it, when the figure's clause
    (the third) opens with a preposition and no verb; the first clause opens with a capital
    and has a verb and no attribution. Else nothing."""
    if not left or left[0].lower() not in PREPOSITIONS or any(map(verb_like, left)):
        return []
    if text[clauses[0][1] : clauses[0][1] + 1] != ",":
        return []
    first, aside = (clause_words(text[c:d]) for c, d in clauses[:2])
    if not first or not aside or not first[0][:1].isupper():
        return []
    if any(finite(w) or verb_like(w) for w in aside) or ATTRIBUTION.search(" ".join(first)):
        return []
    if not any(finite(w) or verb_like(w) for w in first):
        return []
    return [*first[:-1], first[-1] + ",", *aside]


def _named_before(
    text: str, clauses: list[tuple[int, int]], idx: int, left: list[str]
) -> list[str]:
    """The first names of a list of names that the comma before the figure's clause parts
    from its last ones (`named_items`); none when no comma parts the clauses."""
    a = clauses[idx][0]
    if idx == 0 or text[a - 2 : a - 1] != ",":
        return []
    return named_items(clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]]), left)


def _held(words: list[str]) -> bool:
    """Whether `words` open with a preposition spelt as a participle ("compared with")."""
    return "_".join(w.lower() for w in words[:2]) in HELD_BY_SOFT_SET


def _change(text: str, clauses: list[tuple[int, int]], idx: int, landed: bool) -> list[str]:
    """What changed, for a base clause ("from … a year earlier"): the host's words from the
    noun phrase after its verb (`changed`), found back past a bracketed conversion ("to drop to
    $2.4bn (£1.3bn), | from …") and an adjunct ("… (£75m) during July to September")."""
    parts = [clause_words(text[c:d]) for c, d in clauses[max(0, idx - BASE_CLAUSES) : idx]]
    host: list[str] = []
    for part in reversed(parts):
        if any(w.isalpha() for w in part):
            host = [*part, *host]
        if any(verb_like(w) and w.lower() not in PREPOSITIONS for w in part):
            break  # not "during"
    return changed(host, landed)
