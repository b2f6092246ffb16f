"""A learned gate on speakers: "unattributed" when a credited name is probably wrong.

A wrong speaker puts words in someone's mouth; no speaker only loses a name. Hand rules
written from a few dozen errors (`confidence`, `paths`) fixed those errors and little else:
on text nobody tuned on, the wrong-speaker rate stayed several times the dev sets'. So every
found quote with a speaker gets a probability that the speaker is right, from a handful of
general features (how the cue was found and resolved, how far back the speaker's name is,
how many other people the narration names in between, whether the pronoun's gender fits),
and a name whose probability is under `trust_weights.THRESHOLD` is dropped (the quote stays).

The weights are a logistic regression fitted offline by `bench.fit_trust` on the training
data (PolNeAR train, the dev parts of the labelled quote sets) and written to
`trust_weights`; here they are applied with plain Python, a few dozen operations a quote.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.quotes.gender import name_gender, pronoun_gender, word_gender
from summarizer.quotes.marks import RawQuote
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import SENTENCE_END
from summarizer.quotes.trust_weights import BIAS, THRESHOLD, WEIGHTS

UNSURE = "+unsure"  # appended to `FoundQuote.how` when the gate drops the speaker
REACH_BACK = 3000  # characters before a quote read for its speaker's last mention
REACH_AFTER = 400  # ... and after it (a cue after the quote: '," said Lee')
MAX_ENDS = 4  # sentence ends between the mention and the quote, counted up to this
MAX_PEOPLE = 3  # other people counted up to this
LONG_QUOTE_WORDS = 100  # a quote this long or longer scores 1.0 on `quote_words`

# The attribution part of `FoundQuote.how` (before "/"), by its first word: where the cue is.
CUE_GROUPS = {
    "after": "after",
    "before": "before",
    "colon-para": "colon-para",
    "split-follow": "after",
    "sentence-before": "sentence-before",
    "next-sentence": "next-sentence",
    "heading": "heading",
    "no-cue": "no-cue",
}
# The resolution part (after "/"): how the cue's words became a person.
RESOLUTION_GROUPS = {
    "name": "name",
    "pronoun:antecedent": "pronoun",
    "pronoun:previous-speaker": "pronoun-previous",
    "pronoun:previous-among-objects": "pronoun-previous",
    "continuation": "continuation",
    "description:kept": "description-kept",
    "description:role-holder": "role-holder",
    "description:named-body": "named-body",
    "first-person": "first-person",
    "body": "body",
    "body:subject": "body",
}
FLAGS = ("+after-pronoun", "+appositive", "+run-on", "+heading")


@dataclass(frozen=True, slots=True)
class Context:
    """What the gate reads about one credited quote."""

    masked: str
    raw: RawQuote
    how: str  # "attribution/resolution", as `FoundQuote.how`
    who: str  # the speaker credited
    previous: str | None  # the previous quote's speaker (before any gating)
    paras: list[tuple[int, int]]
    index: NameIndex
    gender_of: Callable[[str], str | None]  # the gender the text tells of someone, if any
    english_only: bool
    names: dict[str, str]  # mention as written -> person: a cache shared by one article's quotes


def features(c: Context) -> dict[str, float]:
    """The gate's features of one quote: indicators (1.0) and a few numbers scaled to 0..1."""
    cue, _, resolution = c.how.partition("/")
    out: dict[str, float] = {}
    head = cue.split("+")[0].split(":")[0] if not cue.startswith("run-on") else "run-on"
    out[f"cue:{CUE_GROUPS.get(head, 'other')}"] = 1.0
    if resolution.startswith("pronoun:") and resolution not in RESOLUTION_GROUPS:
        res = "pronoun-other"
    elif resolution.startswith("description:") and resolution not in RESOLUTION_GROUPS:
        res = "description"
    else:
        res = RESOLUTION_GROUPS.get(resolution, "other")
    out[f"res:{res}"] = 1.0
    for flag in FLAGS:
        if flag in cue:
            out[f"flag:{flag[1:]}"] = 1.0
    raw, who = c.raw, c.who
    if " " not in who:
        out["who:one-word"] = 1.0
    if who[:1].islower() or who.lower().startswith("the "):
        out["who:description"] = 1.0
    _gender(c, res, out)
    if c.previous == who:
        out["same-as-previous"] = 1.0
    if not c.english_only:
        out["language:other"] = 1.0
    _distance(c, out)
    n = len(c.masked[raw.open_pos : raw.close_pos].split())
    out["quote-words"] = min(1.0, math.log1p(n) / math.log(LONG_QUOTE_WORDS))
    return out


def _gender(c: Context, res: str, out: dict[str, float]) -> None:
    """Whether the cue's pronoun or description tells the speaker's gender, and whether the
    text (or the given name) gives the person credited the same one."""
    source = c.raw.speaker.text if c.raw.speaker is not None else ""
    if res.startswith("pronoun"):
        said = pronoun_gender(source)
    elif res.startswith("description") or res == "role-holder":
        said = word_gender(source.split())
    else:
        return
    known = c.gender_of(c.who) or (name_gender(c.who) if " " in c.who else None)
    if said is None or known is None:
        out["gender:unknown"] = 1.0
    else:
        out["gender:agrees" if said == known else "gender:conflicts"] = 1.0


def _distance(c: Context, out: dict[str, float]) -> None:
    """How far the nearest mention of the speaker is from the quote (characters, sentence
    ends), and how many other people the narration names in between and in its paragraph."""
    raw, masked, index = c.raw, c.masked, c.index
    end = max(raw.close_pos, *(p.close_pos for p in raw.parts)) if raw.parts else raw.close_pos
    lo, hi = max(0, raw.open_pos - REACH_BACK), min(len(masked), end + REACH_AFTER)
    names = c.names
    mentions = [
        (p, names[n] if n in names else names.setdefault(n, index.resolve_name(n)))
        for p, n in index.mentions_between(lo, hi)
    ]
    last = c.who.split()[-1]
    own = [p for p, n in mentions if n == c.who or n.split()[-1] == last]
    before = [p for p in own if p < raw.open_pos]
    after = [p for p in own if p > end]
    gap: tuple[int, int] | None = None
    if before and (not after or raw.open_pos - before[-1] <= after[0] - end):
        gap = (before[-1], raw.open_pos)
    elif after:
        gap = (end, after[0])
    if gap is None:
        out["no-mention"] = 1.0
        chars, ends, rivals = REACH_BACK, MAX_ENDS, MAX_PEOPLE
    else:
        chars = gap[1] - gap[0]
        ends = sum(1 for _ in SENTENCE_END.finditer(masked, gap[0], gap[1]))
        rivals = len({n for p, n in mentions if gap[0] < p < gap[1] and n != c.who})
    out["near-chars"] = math.log1p(chars) / math.log1p(REACH_BACK)
    out["sentence-ends"] = min(ends, MAX_ENDS) / MAX_ENDS
    out["rivals-between"] = min(rivals, MAX_PEOPLE) / MAX_PEOPLE
    first, stop = c.paras[raw.first_para][0], c.paras[raw.para][1]
    here = {n for p, n in mentions if first <= p < stop and n != c.who}
    out["rivals-in-paragraph"] = min(len(here), MAX_PEOPLE) / MAX_PEOPLE


def probability(feats: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The logistic model's probability that the speaker is right."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def gated() -> bool:
    """Whether the fitted threshold can drop a name at all: at 0.0 (the fit found no kind of
    speaker it could show was wrong often enough) `find_quotes` skips the features."""
    return THRESHOLD > 0.0


def trusted(feats: dict[str, float]) -> bool:
    """Whether the fitted gate keeps the speaker (probability at or over the threshold)."""
    return probability(feats, WEIGHTS, BIAS) >= THRESHOLD
