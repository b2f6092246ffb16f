"""Given names and how often each is a woman's, read from given_names.txt (derived from
nomquamgender's MIT-licensed data by bench/given_names_build.py; notice in the file's header).

Loaded once, on the first look-up, so importing the quote finder costs nothing. Names are
looked up lower-cased, without diacritics ("José" -> "jose"), Cyrillic transliterated as the
source romanised it ("Ольга" -> "olga"). A Cyrillic form in -а/-я whose stem is a man's name
("Владимира", the genitive of Владимир) is no look-up: Russian inflects names, and "vladimira"
is a Czech woman's name.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

# Cyrillic -> Latin as the source's romanisation (unidecode) writes Russian names.
_CYRILLIC = {
    **dict(zip("абвгдезийклмнопрстуфыэі", "abvgdeziiklmnoprstufyei", strict=True)),
    **{"ё": "io", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
    **{"ю": "iu", "я": "ia", "ъ": "", "ь": ""},
}
_CYRILLIC_ENDS = ("а", "я")


@cache
def _table() -> dict[str, float]:
    text = files("summarizer.quotes").joinpath("given_names.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, per_mille = line.split()
            out[name] = int(per_mille) / 1000
    return out


def _latin(word: str) -> str:
    """ "José" -> "jose", "Ольга" -> "olga"."""
    low = word.lower()
    if any(c in _CYRILLIC for c in low):
        low = "".join(_CYRILLIC.get(c, c) for c in low)
    plain = unicodedata.normalize("NFKD", low)
    return "".join(c for c in plain if not unicodedata.combining(c))


def female_share(given: str) -> float | None:
    """How often `given` is a woman's name (0.0 .. 1.0); None for a name not in the list."""
    table = _table()
    key = _latin(given.strip(".,;:"))
    if given.lower().endswith(_CYRILLIC_ENDS) and table.get(_latin(given[:-1]), 1.0) < 0.5:
        return None  # "Владимира": a man's name inflected, not "Vladimira"
    return table.get(key)
