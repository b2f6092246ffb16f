"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries to about 12 words
(`phrase_sets.MAX_WORDS`); mending a cut phrase back to a whole one may take it to 16
(`phrase_sets.SOFT_MAX`).
This module assembles the phrase: it takes the figure's clause (`summarizer.figures.clauses`
finds it), lends it a subject or a neighbouring clause when it says too little, and hands the
words to `summarizer.figures.phrase_trim`, which cuts them to length. What kind of clause the
figure's is (`context_shapes`), which subject it borrows (`context_subjects`), the lists it
finishes or ends (`context_lists`) and the tails it takes on (`context_tails`) are apart, as
are the words of a clause's text (`context_tokens`) and the sizes and sets (`context_sets`).
"""

from __future__ import annotations

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_lists import last_items, list_head, list_tail, named_items
from summarizer.figures.context_sets import (
    ABSOLUTE,
    ANTECEDED,
    ASIDE_SET,
    ASIDES_BACK,
    ATTRIBUTION,
    BASE_CLAUSES,
    LIST_ITEMS,
    OWNER_LEADS,
    OWNER_WORDS,
    PARTIAL_RELATIVES,
    PARTITIVE_SET,
    QUOTES,
    SPAN_SUBJECT_SET,
    SPAN_TAKE_SET,
)
from summarizer.figures.context_shapes import (
    appositive,
    change_apposed,
    changed,
    comparison_base,
    directed,
    gapped,
    modifier,
    needs_host,
    opening_adjunct,
    ranked,
    rate,
    shares_subject,
)
from summarizer.figures.context_subjects import (
    appositive_subject,
    host_subject,
    opening_subject,
    past_predicate,
    predicates_subject,
    shared_subject,
)
from summarizer.figures.context_tails import predicate_after, until_cut
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.mend_subject import antecedent, antecedent_of, person_antecedent
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_names import name_tail, whole_name
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


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was."""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return ""
    a, b = clauses[idx]
    first = clauses[0][0]
    left = clause_words(text[a:f_start], text[first:a])
    right = clause_words(text[f_end:b], text[first:f_end])
    if left and left[0].lower() in ANTECEDED and idx > 0:
        # "in India, | where … were also killed": a relative clause names its noun before it,
        # the whole noun phrase ("The 18-year-old, who"), past an aside ("for instance,").
        j = idx - 1
        if (
            j > 0
            and "_".join(clause_words(text[clauses[j][0] : clauses[j][1]])).lower() in ASIDE_SET
        ):
            j -= 1
        host = text[clauses[0][0] : clauses[j][1]].split()
        before = [w for w in (w.strip(QUOTES) for w in antecedent(host, verb_like)) if w]
        person, head = person_antecedent(host, verb_like) if left[0] == "who" else ([], [])
        before = [w.strip(QUOTES) for w in person] if person else before
        longer = [w for w in (w.strip(QUOTES) for w in antecedent_of(host, verb_like)) if w]
        cut = until_cut(right)
        partial = len(longer) > len(before) and left[0].lower() in PARTIAL_RELATIVES
        if partial and len(longer) + len(left) + cut <= SOFT_MAX:
            # "the poorest two-fifths of the population, | who spend …": the part, not the
            # whole, is the noun the clause is about; the tail up to its first soft cut.
            return trim([*longer[:-1], longer[-1] + ",", *left], right[:cut], True)
        if head and len(before) + len(left) + until_cut(right) > MAX_WORDS:
            before = head  # "a longtime donor in Pennsylvania, | who": "a longtime donor, who"
        elif len(before) + len(left) + until_cut(right) > MAX_WORDS:
            # a noun phrase the cut would split: its head alone, a name whole ("Kanye West")
            before = name_tail(before)
            if len(before) + len(left) + until_cut(right) > MAX_WORDS:
                before = before if whole_name(before, len(left) + len(right)) else before[-1:]
        if before and whole_name(before, len(left) + len(right)):
            # "the Athens Olympics, | where …": a name is not cut, nor its clause's tail
            return trim([*before[:-1], before[-1] + ",", *left], right, True)
        left = [*before[:-1], before[-1] + ",", *left] if before else left
    elif idx > 0 and ranked(left, right) and text[a - 2 : a - 1] == ",":
        # "Clinton said in an interview with the Post, | the first of her … campaign": what is
        # first is what the clause before tells, so it goes whole (its last noun would mislead).
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        opens = bool(host) and (host[0][:1].isupper() or host[0].lower() in OPENERS)
        if opens and len(host) + len(left) + len(right) <= SOFT_MAX:
            return trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
    elif idx > 0 and change_apposed(left):
        # "The body said 965 people died in 2007 -- | a drop of … from the year before": what
        # dropped is the clause before, past who reported it.
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        said = REPORTING_RE.match(" ".join(host) + " ")
        host = " ".join(host)[said.end() :].split() if said else host
        if len(host) >= MIN_WORDS and len(host) + len(left) + len(right) <= SOFT_MAX:
            return trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
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
                    return trim(left, told, True)
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
            return trim([*aside[:-1], aside[-1] + ",", *left], right[:cut], True)
    elif idx > 0 and needs_host(left, right):
        # "Valdoria harvested 9.35m tonnes in 2011, | 17% higher than in 2010": a clause with no
        # verb of its own ("over the next six years, …") says what the clause before does.
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        verbal = any(finite(w) or verb_like(w) for w in host)  # not "That's right – …"
        opens = bool(host) and (host[0][:1].isupper() or host[0].lower() in OPENERS)
        if opens and gapped(host, left) and len(host) + len(left) + len(right) <= SOFT_MAX:
            # "Trump was chosen by 37% of likely voters, | Sanders by … and Bloomberg by 16%":
            # the verb and what the figure counts are the host's, so the host goes whole.
            return trim([*host[:-1], host[-1].rstrip(",") + ",", *left], right, True)
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
                return trim([*change[:-1], change[-1].rstrip(",") + ",", *left], right, True)
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
    if idx > 0 and _owned(left) and text[a - 2 : a - 1] in ",-–—":
        # "National Treasure made … in ticket sales, …, | taking its total to …": whose total
        # is the subject of the nearest clause before that opens with one.
        subjects = (opening_subject(clause_words(text[c:d])) for c, d in clauses[idx - 1 :: -1])
        subject = next((s for s in subjects if s), [])
        if subject and len(subject) + len(left) + until_cut(right) <= SOFT_MAX:
            left = [*subject[:-1], subject[-1] + ",", *left]
    if idx > 0 and left and left[0].lower() in ABSOLUTE and _partitive(text[f_start:f_end]):
        # "… announced that 104,000 jobs would be cut, | with … of those expected in Wales":
        # what "those" are is the host clause's (after its last "that").
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        cut = max((i + 1 for i, w in enumerate(host) if w.lower() == "that"), default=0)
        host = host[cut:]
        whole = bool(host) and host[-1].lower() not in PREPOSITIONS  # not "statement in"
        if (
            whole
            and any(map(finite, host))
            and len(host) + len(left) + until_cut(right) <= SOFT_MAX
        ):
            left = [*host[:-1], host[-1] + ",", *left]
    if idx > 0 and shares_subject(left, right) and text[a - 2 : a - 1] == ",":
        # "the dollar was up …, | and buying … in Tokyo": the verb's subject is the one before.
        subject = opening_subject(clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]]))
        left = [*subject[:-1], subject[-1] + ",", *left[1:]] if subject else left
        back = max(0, idx - ASIDES_BACK - LIST_ITEMS - 1)
        earlier = [clause_words(text[c:d]) for c, d in clauses[back:idx]]
        subject = [] if subject else predicates_subject(earlier, back)
        if subject and len(subject) + len(left) - 1 + until_cut(right) <= SOFT_MAX:
            # "The outbreak, | which began …, | led to …, | devastated …, | and is estimated
            # to have cost …": the subject of the predicates the figure's clause ends.
            left = [*subject, *left[1:]]
    elif idx > 1 and shares_subject(left, right) and finite(left[1]) and text[a - 2] in "-–—,":
        # "The Code is set in Paris - | including the Louvre - | and has sold …": the subject
        # of the first predicate, past the asides after it ("The bank, | which …, | made …,").
        back = max(0, idx - ASIDES_BACK - 2)
        subject = shared_subject([clause_words(text[c:d]) for c, d in clauses[back:idx]], back)
        if subject and len(subject) + len(left) - 1 + until_cut(right) <= SOFT_MAX:
            left = [*subject, *left[1:]]
    if _spanned(left) and right and len(left) + len(right) <= SOFT_MAX:
        # "Typically it takes … from when a decision is taken before a new model hits the
        # streets": what the span measures is the complement after it, kept whole.
        return trim(left, right, True)
    if idx == 0 and len(clauses) > 1 and text[b : b + 1] == "," and opening_adjunct(left, right):
        # "Over the course of the next …, | the word was mentioned in 80 broadcasts": when,
        # with what happened then (the next clause as far as the cut lets it run, the phrase
        # itself uncut; a short phrase borrows the clause below, as any too short one does).
        after = clause_words(text[clauses[1][0] : clauses[1][1]])
        verbal = any(finite(w) or verb_like(w) for w in after)
        if verbal and telling(left, right) >= MIN_WORDS and not ATTRIBUTION.search(" ".join(after)):
            joined = [*right[:-1], right[-1] + ",", *after] if right else after
            phrase = trim(left, joined)
            if (
                phrase.startswith(" ".join(left))
                and len(phrase.split()) > len(left) + len(right) + 1
            ):
                return phrase
    if telling(left, right) >= MIN_WORDS:
        listed = list_tail(text, clauses, idx, len(left), right)
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
        words = clause_words(text[clauses[j][0] : clauses[j][1]])
        if words == left[: len(words)]:
            continue  # "IBM, | according to …, | has …": the subject is in already
        if words and not ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = [*borrowed[j][:-1], borrowed[j][-1] + ",", *left]
    for j in sorted(borrowed):
        if j > idx:
            right = [*right[:-1], right[-1] + ",", *borrowed[j]] if right else borrowed[j]
    return trim(left, right)


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


def _spanned(words: list[str]) -> bool:
    """Whether `words` end with an anticipatory "it" and a form of "take" ("it takes …")."""
    pair = [w.lower() for w in words[-2:]]
    return len(pair) == 2 and pair[0] in SPAN_SUBJECT_SET and pair[1] in SPAN_TAKE_SET


def _owned(words: list[str]) -> bool:
    """Whether `words` open with a participle of OWNER_LEADS and a possessive pronoun ("taking
    its total to"), whose owner is not in them."""
    return len(words) > 1 and words[0].lower() in OWNER_LEADS and words[1].lower() in OWNER_WORDS


def _partitive(figure: str) -> bool:
    """Whether a figure's words end with "of" and a pronoun of PARTITIVE_SET ("6,000 of those")."""
    words = figure.lower().split()
    return len(words) > 2 and words[-2] == "of" and words[-1] in PARTITIVE_SET


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
