"""Crediting a name in a cue: the person it stands for, and which of two people with one
surname a bare surname or "Mrs Smith" means.

Apart from `credit`, which weighs every kind of cue, because telling people apart by their
names is a job of its own (split out of `credit` in reading24b, behaviour unchanged).
"""

from __future__ import annotations

from summarizer.quotes.names import NameIndex
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.resolve import Resolver
from summarizer.quotes.shared_speaker import likely_gender
from summarizer.quotes.shared_surname import by_role, kin_named, named_last
from summarizer.quotes.titled import TITLE_REACH, cue_title, title_fits_name, title_genders
from summarizer.quotes.word_kinds import is_bare_title


def _cue_span(raw: RawQuote) -> tuple[int, int]:
    """Where a name's courtesy title may stand in the quote's cue."""
    if raw.cue_end > raw.open_pos:  # '," Mrs Smith said'
        return raw.close_pos, raw.cue_end
    return raw.open_pos - TITLE_REACH, raw.open_pos  # 'Mrs Smith said: "'


def title_gender(text: str, raw: RawQuote, surname: str) -> str | None:
    """The gender the courtesy title before `surname` in the quote's cue tells ("Mrs.
    Clinton said": "f"), None with no title."""
    title = cue_title(text, *_cue_span(raw), surname)
    return None if title is None else COURTESY_TITLES[title]


def titled_surname(
    text: str, raw: RawQuote, surname: str, who: str, index: NameIndex, resolver: Resolver
) -> str:
    """ "Mrs Smith said" resolved to a full name only when the title fits it: not to the one
    Smith the text calls "his" or "Mr Smith" too (a couple: "Peter Smith and his wife Mary"),
    but to the other Smith the text gives her gender, else as written ("Mrs Smith")."""
    start, end = _cue_span(raw)
    title = cue_title(text, start, end, surname)
    same = {index.full.get(surname, who), *index.others.get(surname, ())} - {who}
    if " " not in who and len(same) > 1:  # two people go by the surname: the cue's role
        held = by_role(text, text[max(0, start) : end], surname, same)
        if held is not None and (title is None or title_fits_name(title, held)):
            return held  # "Defence Secretary Rajapakse", the one introduced so
    if title is None:
        return who
    gender = COURTESY_TITLES[title]
    told = resolver.gender_of(who) if " " in who else None
    fits = title_fits_name(title, who)  # never "Mrs Farley" for "Thomas Farley" (`titled`)
    if told == gender and fits:
        return who
    if " " in who and told is None and fits and len(title_genders(text, surname)) < 2:
        return who  # one Smith, as far as the text tells, and no "Mrs" for a "James Smith"
    told_of = {f: resolver.gender_of(f) for f in same}
    fitting = [f for f, g in told_of.items() if g == gender]
    if len(fitting) == 1 and None not in told_of.values():
        return fitting[0]  # the one Smith the text gives her gender, every other told apart
    # "Mr. Dunn" among two Dunns the text and their names tell are men: no pick by who was
    # named last (reading24b); `shared_speaker` tells them apart, or credits nobody
    known = [f for f, g in told_of.items() if (g or likely_gender(f)) == gender]
    if " " not in who and fitting and len(known) < 2:  # "Ms. Jean" after "his mother,
        # Allison Jean, said"
        return named_last(text, raw.open_pos, same, gender, resolver.gender_of) or who
    if " " not in who:
        return who
    return kin_named(text, title, surname, who) or f"{title} {surname}"  # "his mother Claire"?


def named(index: NameIndex, name: str, cue: str | None) -> str | None:
    """The person a name in a cue stands for; None for a word that names no one here: one
    that also occurs in lower case ("Pollsters said"), or a bare title ("Senate said", "King
    said" with no "Charles King" in the text)."""
    who = index.resolve_name(name) if index.plausible(name, cue) else None
    return None if who is None or is_bare_title(who) else who
