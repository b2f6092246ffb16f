"""Quotes24e: a "he said" after narration about someone the text only describes (ab24's two
wrong speakers on BBC replies); each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _speaker(text: str, words: str) -> str | None:
    found = [q for q in find_quotes(text, partial=True) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in find_quotes(text, partial=True)]
    return found[0].speaker


_KEEPER = (
    "Keeper backs new coach\n\n"
    "Tomas Berglund says the squad is happier than it has been for years. "
    "Berglund has grown in confidence under the coach Pavel Hruska since the spring.\n\n"
    "And the Swedish international goalkeeper thinks Hruska is the right man to lead the "
    "club and says his calm manner keeps the dressing room together. "
    '"When you have a group of strong characters you need someone who listens, and the man '
    'who listens here is a coach like Hruska," he said. "He makes everyone feel part of it."\n'
)


def test_he_after_a_described_subject_is_not_the_object_named() -> None:
    # "the Swedish international goalkeeper" is the subject, Hruska only what he thinks of:
    # "he said" is the keeper named the sentence before, never the coach he praises
    assert _speaker(_KEEPER, "strong characters") == "Tomas Berglund"


def test_description_leads_needs_a_persons_noun() -> None:
    from summarizer.quotes.redescribe import description_leads

    assert description_leads("But the veteran midfielder insists Ruiz deserves more time.")
    assert not description_leads("The Dutch government believes Ruiz is wrong.")
    assert not description_leads("The Leeds midfielder Ana Ruiz thinks Lee is right.")


_CHECKS = (
    "Minister defends stop checks\n\n"
    "The home office minister Carla Denby said the checks were fair.\n\n"
    "Community leader Omar Fairley accused Ms Denby of stirring fear before the election.\n\n"
    '"She is turning neighbours against each other," he said. "This will only help the '
    "extremists.\" Later, the prime minister's official spokesman asked people to read Ms "
    "Denby's words in full. The minister had only said some people felt singled out, the "
    "spokesman said.\n\n"
    '"The checks are aimed at people suspected of planning attacks, not at any one faith. '
    '"Nobody is targeted for who they are," he added. Figures released last month showed '
    "more stops.\n"
)


def test_he_added_after_a_spokesman_spoke_is_not_the_speaker_before() -> None:
    # a described spokesman spoke between Fairley's quote and "he added": not Fairley
    assert _speaker(_CHECKS, "She is turning") == "Omar Fairley"
    assert _speaker(_CHECKS, "aimed at people suspected") != "Omar Fairley"


def test_guard_a_description_tied_to_the_speaker_keeps_him() -> None:
    # guard (passes on the snapshot too): "the minister" is the one named as minister
    text = (
        "Rail fares to rise\n\n"
        '"Fares must pay for the new trains," transport minister Colin Reddaway said. '
        "Later the minister told MPs the rise would be the last for three years.\n\n"
        '"After that, fares will follow inflation and no more," he added.\n'
    )
    assert _speaker(text, "follow inflation") == "Colin Reddaway"


def test_guard_a_name_that_speaks_after_a_description_keeps_the_pronoun() -> None:
    # guard: the sentence opens with "The singer", but a name in it speaks for itself
    # ("... dancer Lina Holt told a radio show"), so "She said" is Holt's
    text = (
        "Tour cancelled after claims\n\n"
        "The singer has been dropped by two labels since the spring and dancer Lina Holt told "
        "a radio show last week that she had kept quiet for ten years.\n\n"
        'She said: "The longer I waited, the harder it became to speak."\n'
    )
    assert _speaker(text, "The longer I waited") == "Lina Holt"


def test_guard_a_name_opening_its_own_clause_after_a_description() -> None:
    # guard: "The mayor herself went on local radio, where Ines Marr said ...": Marr is a
    # subject of her own clause, so "she said" stays hers
    text = (
        "Mayor answers critics\n\n"
        "Ines Marr faced questions over the bridge budget this week.\n\n"
        "The mayor herself went on local radio on Monday, where Marr insisted the bridge "
        "would open on time.\n\n"
        '"The money is there and the work is on schedule," she said.\n'
    )
    assert _speaker(text, "money is there") == "Ines Marr"
