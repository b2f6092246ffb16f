"""The dataclasses that flow through the pipeline.

They are frozen and picklable so they can cross the process-pool boundary unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.text.tokenize import join_sentences

WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response, picklable so extraction can run in a worker process (which needs
    no fetching code: `summarizer.web.fetch` makes Pages and re-exports the class).

    `content_type` is the bare media type from the header ("" if none); `charset` the header's
    charset parameter; `headers` the final response's headers with lowercase names.
    """

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    charset: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    redirects: tuple[tuple[int, str], ...] = ()  # (status, target URL) per redirect hop


@dataclass(frozen=True, slots=True)
class Article:
    """Article text ready to summarize: a body of paragraphs plus whatever metadata is known.

    `text` holds paragraphs separated by blank lines and never includes the title.
    """

    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    language: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """How to summarize: `sentences` wins over `ratio`; neither means "adapt to the length"."""

    algorithm: str = "default"
    sentences: int | None = None
    ratio: float | None = None
    language: str | None = None
    max_sentences: int = 12


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    text: str
    index: int
    score: float


@dataclass(frozen=True, slots=True)
class Summary:
    """Chosen sentences in article order, plus what a reader wants to know about the cut."""

    title: str | None
    sentences: tuple[ScoredSentence, ...]
    language: str
    stemmed: bool
    algorithm: str
    words_in: int
    words_out: int
    sentences_in: int

    @property
    def text(self) -> str:
        return join_sentences(s.text for s in self.sentences)

    @property
    def reduction(self) -> float:
        """Share of words removed, 0..1."""
        return 0.0 if self.words_in == 0 else max(0.0, 1.0 - self.words_out / self.words_in)

    @property
    def reading_minutes(self) -> float:
        return self.words_in / WORDS_PER_MINUTE

    @property
    def minutes_saved(self) -> float:
        return max(0.0, (self.words_in - self.words_out) / WORDS_PER_MINUTE)


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct speech; `speaker` is None when nobody could be credited. `lead`: for a phrase
    quoted inside the reporter's sentence, the words that lead into it ("the settlements
    were"), shown before it; "" for a quote that stands alone."""

    text: str
    speaker: str | None
    score: float = 0.0
    lead: str = ""

    @property
    def attributed(self) -> bool:
        return self.speaker is not None


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity as written ("more than 500 years") and what it counts (short context phrase).

    `value` has the scale applied (1.2e9 for "$1.2bn") and is the low end of a range, whose
    ends are `low` and `high` (both None for a single number). `unit` is normalised: "%" ("pp"
    for percentage points), a currency code ("USD"), a unit symbol ("km", "°C"), "year" for
    durations and ages, or the counted noun's head in the singular ("customer"). `kind` says
    which ("money", "percent", "count", "measure", "duration", "age", "ratio", "fraction",
    "number"); `scale` is the multiplier a
    scale word applied (1e6 for "million"); `qualifier` ("more than", "about") and `change`
    ("rose by", "fell to") are as the sentence words them, lower-cased. `start`/`end` locate
    `text` in the article (-1 when unknown). Every field after `score` has a default, so a
    cached figure from before they existed still loads.
    """

    text: str
    context: str
    value: float | None = None
    score: float = 0.0
    kind: str = ""
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    scale: float | None = None
    qualifier: str | None = None
    change: str | None = None
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class GistOptions:
    """Everything one reply needs: summary options plus how many quotes and figures."""

    summary: SummaryOptions = field(default_factory=SummaryOptions)
    quotes: int = 3
    figures: int = 4


@dataclass(frozen=True, slots=True)
class Gist:
    """The full answer for one article: what the bot replies and the CLI prints."""

    article: Article
    summary: Summary
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
