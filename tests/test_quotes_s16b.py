"""Session 16, second quote pass (issue #17): British 'straight single' quotes in text that lost
its paragraph breaks, where each paragraph's quote opens with a spaced mark after a sentence
end ("... late. ' We came back ..."). Texts written here, in the shape of the Daily Mail's."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_quote_after_a_sentence_naming_the_speaker_goes_on_with_them() -> None:
    # No cue of its own: the last sentence before it names the previous speaker, so the words
    # are hers. The plural possessive ("the players' lounge") opens and closes nothing.
    text = (
        "The coach was upbeat before the final. 'We were lucky with injuries this spring,' "
        "said Marta Olsen. The team trained in the rain on Monday. Head coach Olsen also "
        "hopes the players' lounge will reopen by May. ' The squad is fit and the weather "
        "looks kind. We fly out on Thursday.' The final is on Saturday."
    )
    found = _found(text)
    squad = "The squad is fit and the weather looks kind. We fly out on Thursday."
    assert (squad, "Marta Olsen") in found
    assert all("lounge" not in quote for quote, _ in found)


def test_quote_after_a_sentence_about_someone_else_is_not_credited() -> None:
    # The sentence between speaks of another man: the cue-less quote after it is nobody's
    # guess (kept unattributed since session 21; dropped before), while the first part of the
    # speaker's own chain is hers.
    text = (
        "'It was a hard week for the whole village,' said Anna Kovacs. The river rose again "
        "on Sunday. Kovacs thanked the volunteers. ' They worked through the night and nobody "
        "went home. ' Nobody asked to be paid for a single hour.' Her neighbour Tomas Berg was "
        "less sure the river would stay low. ' The banks are weak and the rain is not over.' "
        "The council meets on Monday."
    )
    found = dict(_found(text))
    assert found.get("They worked through the night and nobody went home.") == "Anna Kovacs"
    assert found.get("Nobody asked to be paid for a single hour.") == "Anna Kovacs"
    assert found.get("The banks are weak and the rain is not over.", "absent") is None


def test_spaced_mark_after_a_closed_quote_opens_the_next() -> None:
    # "... this.' ' Next": the first quote closed, the spaced mark after it opens the next
    # paragraph's quote (the same speaker, nothing between).
    text = (
        "Ravi Menon, who built the boat himself, said he would sail again. He said: 'I did not "
        "expect the storm to turn so fast and I lost the mast.' ' It was one of those nights "
        "when you simply hold on and wait for the light.' He reached the harbour at dawn."
    )
    found = _found(text)
    assert (
        "It was one of those nights when you simply hold on and wait for the light.",
        "Ravi Menon",
    ) in found


def test_sang_and_remembers_are_speech_verbs() -> None:
    text = (
        "At the reception the groom's brother took the microphone. 'You found the one and "
        "now you have grown up,' Leo Marsh sang. His aunt Greta Holm was in tears. 'I have "
        "never heard him sing like that in my life,' Greta Holm remembers."
    )
    found = dict(_found(text))
    assert found.get("You found the one and now you have grown up.") == "Leo Marsh"
    assert found.get("I have never heard him sing like that in my life.") == "Greta Holm"


def test_a_title_after_a_comma_is_no_quote_even_with_a_cue() -> None:
    text = (
        'The singer Ida Lund wrote on her website, "Paper Hearts On Fire Tonight." She tours '
        'in June. "We have rehearsed every single night for three months," Lund said.'
    )
    found = [quote for quote, _ in _found(text)]
    assert "Paper Hearts On Fire Tonight." not in found
    assert "We have rehearsed every single night for three months." in found


def test_however_before_a_name_is_no_part_of_it() -> None:
    # "However Brandt has ..." with no comma: "However" opens the clause, the name follows; the
    # scare quote before the cue ('flag dance') is no quote, and the chain after it is his.
    text = (
        "Striker Karl Brandt scored twice on Saturday. Some fans said his dance mocked his old "
        "club, whom he left in 2009. However Brandt has played down the 'flag dance' reading "
        "by telling a radio station: 'That game does not come into it. ' I celebrated like "
        "that because I promised my family.'"
    )
    found = _found(text)
    assert ("That game does not come into it.", "Karl Brandt") in found
    assert ("I celebrated like that because I promised my family.", "Karl Brandt") in found
