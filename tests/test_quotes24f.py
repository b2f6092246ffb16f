"""Quotes24f: two speakers round 13 of whole replies left unattributed (a web address in a
cue's subject, "the firm" after a firm that spoke); each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.masking import mask


def _one(text: str, words: str):
    found = [q for q in find_quotes(text, partial=True) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in find_quotes(text, partial=True)]
    return found[0]


def test_a_web_address_in_the_subject_does_not_end_the_cue() -> None:
    text = (
        "Console sales recover\n\n"
        "Shops had feared a slump after a weak autumn for new machines. "
        '"Buyers came back in numbers nobody had planned for," Ada Quill, editor of '
        'Pixelpost.com told BBC News. "Two big titles carried the market," she added.\n'
    )
    assert _one(text, "nobody had planned for").speaker == "Ada Quill"


def test_a_web_address_dot_is_masked_and_a_sentence_end_is_not() -> None:
    # the second assert is a guard (true on the snapshot too): a stop before a capital stays one
    assert mask("editor of Pixelpost.com told") == "editor of Pixelpost\u2024com told"
    assert mask("He left. Com Ltd said") == "He left. Com Ltd said"


def test_the_firm_after_a_firm_that_spoke_is_that_firm() -> None:
    text = (
        "Builder quits road contract\n\n"
        'Stonebridge Works said the job "could not be done at the agreed price". But the '
        'firm denied rumours that it was leaving the country. "We remain committed to our '
        'other projects there and will bid for new ones," it said in a statement. Officials '
        "said the work would pass to a rival bidder once Stonebridge Works left.\n"
    )
    assert _one(text, "bid for new ones").speaker == "Stonebridge Works"


def test_the_firm_after_a_common_noun_that_spoke_credits_no_one() -> None:
    text = (
        "Builder accused of overcharging\n\n"
        "Auditors said Stonebridge Works billed for stone it never delivered. But the firm "
        'denied any wrongdoing on Tuesday. "We kept to every term of the contract and will '
        'show it," it said in a statement.\n'
    )
    # guard (passes on the snapshot too): "Auditors" opens a sentence, it names no body
    assert _one(text, "every term of the contract").speaker != "Auditors"
