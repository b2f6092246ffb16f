"""Key quotes: direct speech found by its quotation marks, credited to a speaker, ranked.

`find_quotes` scans paragraph by paragraph with a small stack of quotation marks (straight and
curly doubles, curly singles, «guillemets», „German“), carries a quote over paragraphs that
reopen with a mark, joins a quote split around its attribution, and drops titles, scare quotes
and quoted fragments inside a reporter's sentence. `key_quotes` ranks what is left by speaker
prominence, overlap with the article, and length, and skips what the summary already shows.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache, partial
from itertools import filterfalse

from summarizer.models import Article, Quote
from summarizer.quotes.attribution import attribute
from summarizer.quotes.bodies import named_body
from summarizer.quotes.confidence import unintroduced
from summarizer.quotes.dialogue import dialogue
from summarizer.quotes.honours import bare_name
from summarizer.quotes.lexicon import (
    COURTESY_TITLES,
    FIRST_PERSON,
    OBJECT_PREPOSITIONS,
    THING_NOUNS,
    THING_RELATIVES,
)
from summarizer.quotes.marks import paragraphs, scan
from summarizer.quotes.masking import mask
from summarizer.quotes.merge import join_parts, merge
from summarizer.quotes.names import NameIndex
from summarizer.quotes.partial import mark_partial
from summarizer.quotes.paths import sure
from summarizer.quotes.raw_quote import DASH, RawQuote, raw_text
from summarizer.quotes.redescribe import is_demonym, protagonist_description
from summarizer.quotes.resolve import Resolver
from summarizer.quotes.speakers import (
    count_words,
    is_bare_title,
    is_personal_pronoun,
    words,
)
from summarizer.quotes.titled import TITLE_REACH, cue_title, title_fits_name, title_genders
from summarizer.quotes.trim import trim_quote
from summarizer.quotes.verbs import languages_in
from summarizer.quotes.verdicts import label_giver
from summarizer.text.chars import ascii_alnum_runs
from summarizer.text.language import stop_words

_WORDS_ONLY = re.compile(r"[^\W_]+")
_EDGE_PUNCT = ".,;:!?\"'“”‘’«»()[]—–-…"
CENTRALITY_WEIGHT = 0.4  # how much of the article's content the quote's words carry
PROMINENCE_WEIGHT = 0.3  # mentions of the speaker against the most mentioned speaker
LENGTH_WEIGHT = 0.3  # how well the quote's length reads as a bullet
MIN_CONTENT_CHARS = 3  # shorter words ("to", "it") are no content words
SHORT_QUOTE, LONG_QUOTE = 6, 40  # words: quotes of these lengths and between score best
LENGTH_FADE = 80  # words over LONG_QUOTE at which a long quote's length score hits the floor
LENGTH_FLOOR = 0.3
SAME_SPEAKER = 0.8  # each quote already picked from a speaker scales their next one by this


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One direct quotation: text inside the marks (parts joined), where it is, who said it.

    `spans` are character offsets of the quoted text (without marks), one per part or paragraph;
    `source` is the speaker as written next to the cue ("he", "the head of Iran's government");
    `speaker` is the resolved name (or description), None when nobody could be credited.
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    cue: str | None = None
    source: str | None = None
    partial: bool = False  # a phrase quoted inside the reporter's sentence
    # How the speaker was found, "attribution/resolution" ("after:name-first/pronoun:antecedent"):
    # for benches that weigh each path's record (`bench.realpages --paths`).
    how: str = ""


def _speaker_of(
    raw: RawQuote,
    previous: RawQuote | None,
    text: str,
    paras: list[tuple[int, int]],
    index: NameIndex,
    resolver: Resolver,
    author: str | None,
) -> tuple[str | None, str]:
    """Who said `raw`: its cue's name, pronoun or description resolved; with no cue, the
    previous quote's speaker when this one opens the next paragraph (a continuation). Also
    how the cue's words were resolved ("name", "pronoun:antecedent", ...)."""
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
    elif sp.kind == "name":
        who, how = _named(index, sp.text, raw.cue), "name"
        if who is None and raw.how.startswith("before:colon-label"):  # "EXPERT VERDICT: '"
            who = label_giver(text, index, sp.text)
            how = "verdict-giver" if who else how
        if who is not None and " " not in sp.text and (" " in who or index.others.get(who)):
            who = _titled_surname(text, raw, sp.text, who, index, resolver)
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
        # a bare "the coach" is not Lee when the text named Coach Ray ("the former president"
        # may be another than the one the text calls President)
        holders = resolver.holders(raw, sp.text) if who and len(sp.text.split()) == 2 else set()
        if holders and who not in holders:
            who, how = None, "description:role-conflict"
        if who is None and resolver.described and not _nickname(sp.text):
            who, how = sp.text, "description:kept"
    else:
        who = resolver.role_holder(raw, sp.text, previous)
        how = "description:role-holder" if who else "description:kept"
        body = None if who else named_body(text[: raw.open_pos], sp.text)
        if body:  # '"...," the company said' after the one company the text named
            who, how = body, "description:named-body"
        who = who or sp.text
    if how == "description:kept" and unintroduced(text, sp.text, raw.open_pos):
        return None, "description:unintroduced"  # "his son", "the relieved father": who?
    if who is not None and _WORDS_ONLY.search(who) is None:  # "said the ©", an author "—"
        return None, how
    return who, how


def find_quotes(
    text: str,
    author: str | None = None,
    words: Callable[[], Container[str]] | None = None,
    partial: bool = False,
) -> list[FoundQuote]:
    """Every direct quotation in `text` that reads as speech, in order, with its speaker;
    with `partial`, also the phrases quoted inside a reporter's sentence (`partial` module).

    `words`, if given, returns the text's `_WORDS_ONLY` tokens (computed once, when asked).
    """
    paras = paragraphs(text)
    raws = scan(text, paras)
    if DASH in text or "–" in text:
        raws = sorted(raws + dialogue(text, paras), key=lambda r: r.open_pos)
    masked = mask(text)
    languages = languages_in(text)
    attribute(masked, raws, paras, languages)
    quotes = merge(masked, raws, paras, languages)
    if partial:
        mark_partial(masked, raws, paras, languages)
    if not quotes and not any(r.partial for r in raws):
        return []
    blocked = [(r.open_pos, r.close_pos) for r in raws]
    named = [r.speaker.text for r in quotes if r.speaker and r.speaker.kind == "name"]
    index = NameIndex(text, named, blocked, languages, words)
    closes = sorted(part.close_pos for r in quotes for part in r.parts)
    resolver = Resolver(masked, index, paras, closes, languages)
    out: list[FoundQuote] = []
    previous: RawQuote | None = None
    phrases = [r for r in raws if r.partial]
    for raw in sorted(quotes + phrases, key=lambda r: r.open_pos) if phrases else quotes:
        if raw.partial:
            raw.parts = [raw]
        sp = raw.speaker
        who, how = _speaker_of(raw, previous, text, paras, index, resolver, author)
        who = bare_name(who) if who else who  # "Recorder Alan Pickering QC" (`honours`)
        raw.resolved = who
        spans = tuple(s for part in raw.parts for s in part.spans)
        source = sp.text if sp else None
        how = f"{raw.how or 'no-cue'}/{how}"
        joined = join_parts(text, raw.parts)
        out.append(FoundQuote(joined, spans, who, raw.cue, source, raw.partial, how))
        if not raw.partial:  # a phrase in the narration hands on no speaker
            previous = raw
    return out


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


def _named_inside(text: str, raw: RawQuote, who: str) -> bool:
    """'"I had a chat with Sam Hill about it," he said': the quote speaks of `who` by full
    name after a preposition ("with Sam Hill"; not "Sam Hill, you ...", nor "they say Sam
    Hill should go", a speaker's own name), so "he" is someone else: nobody is credited."""
    if " " not in who:
        return False
    word = re.compile(rf"\b(?:{'|'.join(OBJECT_PREPOSITIONS)}) {re.escape(who)}(?![\w-])")
    return any(word.search(text, s, e) for part in (raw.parts or [raw]) for s, e in part.spans)


def _in_bracket_narration(text: str, paras: list[tuple[int, int]], raw: RawQuote) -> bool:
    """A cue before the quote inside a bracket the reporter opened to bring in someone they
    only describe ("He buys a gun (from a fellow who quotes a film: the gun, he says, "...")):
    "he" is that someone, whom the narration outside cannot name. Not a bracket that goes on
    about the story's people ("(Obama laughs it off; he quipped: '...')")."""
    if raw.cue_end > raw.open_pos:
        return False
    before = text[paras[raw.first_para][0] : raw.open_pos]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    return _DESCRIBED_WHO.search(before, opened) is not None


def _titled_surname(
    text: str, raw: RawQuote, surname: str, who: str, index: NameIndex, resolver: Resolver
) -> str:
    """ "Mrs Smith said" resolved to a full name only when the title fits it: not to the one
    Smith the text calls "his" or "Mr Smith" too (a couple: "Peter Smith and his wife Mary"),
    but to the other Smith the text gives her gender, else as written ("Mrs Smith")."""
    if raw.cue_end > raw.open_pos:  # '," Mrs Smith said'
        start, end = raw.close_pos, raw.cue_end
    else:  # 'Mrs Smith said: "'
        start, end = raw.open_pos - TITLE_REACH, raw.open_pos
    title = cue_title(text, start, end, surname)
    if title is None:
        return who
    gender = COURTESY_TITLES[title]
    told = resolver.gender_of(who) if " " in who else None
    fits = title_fits_name(title, who)  # never "Mrs Farley" for "Thomas Farley" (`titled`)
    if told == gender and fits:
        return who
    if " " in who and told is None and fits and len(title_genders(text, surname)) < 2:
        return who  # one Smith, as far as the text tells, and no "Mrs" for a "James Smith"
    same = {index.full.get(surname, who), *index.others.get(surname, ())} - {who}
    told_of = {f: resolver.gender_of(f) for f in same}
    fitting = [f for f, g in told_of.items() if g == gender]
    if len(fitting) == 1 and None not in told_of.values():
        return fitting[0]  # the one Smith the text gives her gender, every other told apart
    return who if " " not in who else f"{title} {surname}"


BODY_PRONOUN = "it"  # '," it said': an organisation speaking again (`Resolver.body`)


def _named(index: NameIndex, name: str, cue: str | None) -> str | None:
    """The person a name in a cue stands for; None for a word that names no one here: one
    that also occurs in lower case ("Pollsters said"), or a bare title ("Senate said", "King
    said" with no "Charles King" in the text)."""
    who = index.resolve_name(name) if index.plausible(name, cue) else None
    return None if who is None or is_bare_title(who) else who


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


# ---------------------------------------------------------------- ranking


def _chunks(text: str) -> list[str]:
    """`text` split at whitespace and at its common marks: in ASCII text at every character
    that is no letter or digit, so each chunk is a token; otherwise a few chunks ("50%",
    "#tag") may still hold a mark."""
    if text.isascii():
        return ascii_alnum_runs(text)
    for mark in _EDGE_PUNCT:  # replace() returns the text itself when the mark is absent
        text = text.replace(mark, " ")
    return text.split()


def _token_counts(text: str) -> dict[str, int]:
    """`Counter(_WORDS_ONLY.findall(text))`, counted in C for the most part.

    A token is a maximal run of word characters other than "_": a space for a non-word mark
    leaves the runs as they were, as does splitting at whitespace (no word character). So the
    chunks are the tokens, but for the few that are not alphanumeric, which the regex splits.
    """
    counts = Counter(_chunks(text))
    if not text.isascii():
        for chunk in list(filterfalse(str.isalnum, counts)):
            n = counts.pop(chunk)
            for token in _WORDS_ONLY.findall(chunk):
                counts[token] += n
    return counts


def _tokens(text: str) -> list[str]:
    """`_WORDS_ONLY.findall(text)`: the chunks, in order, when every one is a token."""
    chunks = _chunks(text)
    if text.isascii() or all(map(str.isalnum, chunks)):
        return chunks
    return _WORDS_ONLY.findall(text)


def _length_score(n: int) -> float:
    """How well a quote of `n` words reads as a bullet: best from SHORT to LONG words."""
    if n < SHORT_QUOTE:
        return 0.2 + 0.1 * n
    if n <= LONG_QUOTE:
        return 1.0
    return max(LENGTH_FLOOR, 1.0 - (n - LONG_QUOTE) / LENGTH_FADE)


def key_quotes(article: Article, language: str, limit: int = 3, shown: str = "") -> list[Quote]:
    """The best few quotes: attributed first, unattributed only when nothing better is left.

    `language` (an ISO code) chooses the stop words the ranking leaves out; a quote that
    `shown` (the summary) holds in full is left out.
    """
    if limit <= 0:
        return []
    counts = cache(partial(_token_counts, article.text))  # once, maybe first in find_quotes
    found = find_quotes(article.text, author=article.author, words=counts, partial=True)
    if not found:
        return []
    ranking = _Ranking(counts(), stop_words(language, broad=True), found)
    scored: list[tuple[Quote, bool]] = []  # each with whether its speaker is surely right
    phrases: list[Quote] = []
    seen: set[str] = set()
    shown_in = _Shown(shown)
    for q in found:
        qtokens = _tokens(q.text.lower())
        key = " ".join(qtokens)
        if not key or key in seen or shown_in.holds(qtokens, key):
            continue
        seen.add(key)
        score = round(ranking.score(q, qtokens), 4)
        if not q.partial:
            scored.append((Quote(trim_quote(q.text), q.speaker, score), sure(q.how)))
        elif q.speaker:  # an attributed phrase, read as part of a sentence: "… dead on arrival"
            phrases.append(Quote(_as_phrase(q.text), q.speaker, score))
    picked = _pick(scored, limit)
    phrases.sort(key=lambda q: -q.score)
    return picked + phrases[: limit - len(picked)]


def _as_phrase(text: str) -> str:
    """A quoted phrase as a bullet: an ellipsis before it when it starts mid-sentence."""
    text = trim_quote(text)
    return f"… {text}" if text[:1].islower() else text


class _Shown:
    """Whether the summary shows a quote in full (all its words, in a row)."""

    def __init__(self, shown: str) -> None:
        self._lower = shown.lower()
        self._words = ""  # " word word ... ": built once a quote may be in the summary

    def holds(self, qtokens: list[str], key: str) -> bool:
        # A quote the summary shows in full has each of its words in it: test the longest first.
        if max(qtokens, key=len) not in self._lower:
            return False
        self._words = self._words or f" {' '.join(_tokens(self._lower))} "
        return f" {key} " in self._words


class _Ranking:
    """Scores quotes of one article: how central their words are, how prominent the speaker,
    how well their length reads."""

    def __init__(self, tokens: dict[str, int], stop: frozenset[str], found: list[FoundQuote]):
        self._stop = stop
        doc: dict[str, int] = {}  # a plain dict: Counter's __missing__ costs a call per new word
        for token, count in tokens.items():
            low = token.lower()
            if len(low) >= MIN_CONTENT_CHARS and low not in stop:
                doc[low] = doc.get(low, 0) + count
        self._doc = doc
        self._doc_norm = math.sqrt(sum(v * v for v in doc.values())) or 1.0
        mentions: dict[str, int] = {}
        for q in found:
            if q.speaker and q.speaker not in mentions:
                mentions[q.speaker] = tokens.get(_WORDS_ONLY.findall(q.speaker)[-1], 0)
        self._mentions = mentions
        self._top = max(mentions.values(), default=0) or 1

    def score(self, q: FoundQuote, qtokens: list[str]) -> float:
        qwords: dict[str, int] = {}
        for w in qtokens:
            if len(w) >= MIN_CONTENT_CHARS and w not in self._stop:
                qwords[w] = qwords.get(w, 0) + 1
        q_norm = math.sqrt(sum(v * v for v in qwords.values())) or 1.0
        doc = self._doc
        central = sum(v * doc.get(w, 0) for w, v in qwords.items()) / (q_norm * self._doc_norm)
        prominence = self._mentions[q.speaker] / self._top if q.speaker else 0.0
        # SHORT to LONG words score alike. The words are no more than the alphanumeric runs
        # (each starts in a run of its own), and those no more than `qtokens` (lower-casing
        # splits no run), so the full count is needed only past LONG of them.
        n = count_words(q.text, SHORT_QUOTE)
        if n == SHORT_QUOTE and len(qtokens) > LONG_QUOTE:
            n = len(words(q.text))
        return (
            CENTRALITY_WEIGHT * central
            + PROMINENCE_WEIGHT * prominence
            + LENGTH_WEIGHT * _length_score(n)
        )


def _pick(scored: list[tuple[Quote, bool]], limit: int) -> list[Quote]:
    """The best attributed quotes, each speaker's next one scaled down: first those whose
    speaker a cue next to them names (`paths.sure`), then those credited by a weaker path (a
    name on a quote is what users trust; a weak path is wrong several times as often), then
    the best unattributed ones."""
    picked: list[Quote] = []
    counts: Counter[str] = Counter()
    for tier in (True, False):
        attributed = [q for q, certain in scored if q.speaker and certain is tier]
        while attributed and len(picked) < limit:  # one speaker should not fill every slot
            best = max(
                attributed, key=lambda q: q.score * (SAME_SPEAKER ** counts[q.speaker or ""])
            )
            attributed.remove(best)
            picked.append(best)
            counts[best.speaker or ""] += 1
    rest = sorted((q for q, _ in scored if not q.speaker), key=lambda q: -q.score)
    picked.extend(rest[: limit - len(picked)])
    return picked
