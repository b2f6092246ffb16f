"""Reading23e: faults found reading whole replies to political news (PolNeAR train, read as an
editor would), round 8; each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _with(quotes: list, words: str) -> list:
    return [q for q in quotes if words in q.text]


def test_a_connective_adverb_before_a_colon_quote_is_no_speaker() -> None:
    text = (
        "Free buses are a gift to the rich\n\n"
        "The mayor wants free buses for everyone. The Daily Star recently ran a piece that "
        'noted the plan "would help drivers more than riders." Likewise, a study from the '
        'centrist Harbor Institute had this to say about the fare plan: "Households in the top '
        'third of incomes would save more from free fares than households in the bottom third."\n'
    )
    found = _with(find_quotes(text), "Households in the top third")
    assert len(found) == 1
    assert found[0].speaker != "Likewise"


def test_separately_opening_a_sentence_is_no_name() -> None:
    text = (
        "Council splits on the harbour plan\n\n"
        "Mayor Jo Lee backed the plan on Monday.\n\nSeparately, a report by the harbour board "
        'had this to say: "The plan is the best chance the port has had in decades."\n'
    )
    found = _with(find_quotes(text), "best chance the port")
    assert len(found) == 1
    assert found[0].speaker != "Separately"


def test_a_bare_surname_with_a_comma_still_speaks() -> None:
    # guard: a name set off by a comma opens the sentence as the adverbs do
    text = (
        "Harbour plan passes\n\n"
        "Council member Ann Kelly voted for the plan on Monday.\n\n"
        'Kelly, a former dock worker, said: "The port will be busy again by the summer."\n'
    )
    found = _with(find_quotes(text), "port will be busy")
    assert len(found) == 1
    assert found[0].speaker == "Ann Kelly"


def test_a_that_clause_in_the_cue_does_not_join_the_two_quotes() -> None:
    text = (
        "Lee weighs a run for governor\n\n"
        '"I regard Tom as an old friend," Jo Lee told the radio host, noting that she and her '
        'husband, Sam, "have talked with him every month for the last ten years. We mostly '
        'write letters. We have spoken about the race with his family."\n'
    )
    quotes = find_quotes(text)
    assert not any("old friend have talked" in q.text for q in quotes), [q.text for q in quotes]
    assert _with(quotes, "I regard Tom as an old friend")


def test_a_sentence_split_by_its_cue_is_still_joined() -> None:
    # guard: "that" before a noun in the cue ("of that pier") opens no clause
    text = (
        "Pier reopens\n\n"
        '"If the fishermen are happy with the new rules," Jo Lee said of that pier, "the '
        'council will be happy too."\n'
    )
    found = _with(find_quotes(text), "the council will be happy too")
    assert len(found) == 1
    assert found[0].text.startswith("If the fishermen are happy")


def test_a_doubled_straight_closer_typed_after_a_space_becomes_a_mark() -> None:
    from summarizer.text.units import normalize

    text = "''The harbour has never been busier, '' said Ms. Lee. ''We are proud,'' she said."
    out = normalize(text)
    assert "''" not in out
    assert "busier,” said Ms. Lee" in out
