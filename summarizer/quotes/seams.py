"""Caption seams inside a capitalised run: Daily Mail pages lose the full stop after a photo
caption, so "... here her friend is dressed as Peter Pan Maisie said that ..." reads as one
run, "Peter Pan Maisie". Kept as a full name, it takes the key "Maisie" and every later
"Maisie said" (and each "she" after it) credits a person who does not exist.
"""

from __future__ import annotations

SEAM_MIN_WORDS = 3  # two words ("Paul Simon" beside "Simon Cowell") are too often a real name


def caption_seam(full: str, known: dict[str, str]) -> bool:
    """A run of SEAM_MIN_WORDS or more words that ends with a word standing before the
    surname in a full name the text already gave ("Peter Pan Maisie" after "Cyclist Maisie
    Holt"), and is not that name: the words before are a caption's end. Why: a
    person's last word is a surname; one that is another person's given name is where a
    caption ran into a sentence about that person."""
    words = full.split()
    if len(words) < SEAM_MIN_WORDS:
        return False
    last = words[-1]
    return any(last in f.split()[:-1] and f != full for f in known.values())
