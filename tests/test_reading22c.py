"""Reading22c: faults found reading whole replies to political news (PolNeAR train, a third
round, read as an editor would); each test on text written for it."""

from __future__ import annotations

import unicodedata

from summarizer.figures.judge import find_figures
from summarizer.quotes.find import find_quotes
from summarizer.text.cleanup import clean_text
from summarizer.text.mojibake import fix_mojibake


def test_decomposed_mojibake_is_undone() -> None:
    # "PeÃ±a" put through NFD: "A" and a combining tilde hide the "Ã" marker
    garbled = unicodedata.normalize("NFD", "The talks with President Juan PeÃ±a went well.")
    assert "Peña" in fix_mojibake(garbled)
    assert "Peña" in clean_text("Talks in the capital\n\n" + garbled).text


def test_composed_letters_without_mojibake_stay() -> None:
    plain = "cafe\u0301 na\u0303o"  # no marker once composed: left as it is
    assert fix_mojibake(plain) == plain
    assert "SÃO PAULO" in fix_mojibake(unicodedata.normalize("NFD", "SÃO PAULO fell"))


def test_a_relative_named_in_the_speakers_appositive_is_not_the_speaker() -> None:
    text = (
        "Nora Vale announced on Monday that she and her husband are expecting a second child.\n\n"
        "Vale, 31, the daughter of former Governor Tom Vale and Democratic state senator "
        "Ruth Vale, "
        "wrote on Twitter on Monday, “Next spring, our son is going to be a big brother!”\n\n"
        "Ruth Vale soon posted a message of her own, saying, “We can’t wait to meet the baby!”\n"
    )
    quotes = find_quotes(text, "en")
    assert str(quotes[0].speaker) != "Ruth Vale"
    assert str(quotes[1].speaker) == "Ruth Vale"


def test_a_joint_subject_after_an_appositive_keeps_its_last_name() -> None:
    # the comma before "and" makes it a second subject, no object of "of"
    text = "Jo Lee, the head of Acme, and Tom Gale said on Monday, “We will not sell.”\n"
    assert str(find_quotes(text, "en")[0].speaker) == "Tom Gale"


def _figures(text: str) -> list[str]:
    return [f.text for f in find_figures(text, "en")]


def test_a_whole_per_cent_said_as_an_answer_is_no_figure() -> None:
    assert _figures("“We will build the bridge. Yeah, 100 percent. It is simple,” he said.") == []
    assert _figures("“They will pay for the bridge! One-hundred percent. Believe me.”") == []


def test_a_whole_per_cent_in_a_sentence_stays_a_figure() -> None:
    assert _figures("Profits at the mill rose 100 percent.") == ["100 percent"]
    assert _figures("Turnout was 100%. Officials were pleased.") == ["100%"]


def test_a_count_of_sayings_is_a_way_of_speaking() -> None:
    assert _figures("He made the cadets repeat, 10,000 times, “order before speed.”") == []
    assert _figures("I have told him a thousand times to lock the gate.") == []


def test_a_count_of_tests_stays_a_figure() -> None:
    assert _figures("The pump was tested 10,000 times in the lab.") == ["10,000 times"]
