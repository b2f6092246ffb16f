"""Session 13, second pass (issue #17): quotes on the third CNN/DM set's dev part. Each test
is one cause from docs/quality.md ("### Session 13, second pass: quotes on the third CNN/DM
set's dev part"); where the text does not make the speaker clear the quote stays
unattributed. All texts are invented.
"""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _speaker_of(text: str, start: str) -> str | None:
    """The speaker of the one quote whose text starts with `start`."""
    found = [q for q in find_quotes(text) if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in find_quotes(text)]
    return found[0].speaker


# ------------------------------------------------- a review label names the verdict's giver

_REVIEW = (
    "Which of the new garden hoses are worth the money? Here, Dr Priya Nandal, a water "
    "engineer at Holbrook University, gives her verdict. Aqua Coil hose, 30m, £24, from "
    "garden centres. CLAIMS: Never kinks. EXPERT VERDICT: 'The coil springs back well. "
    "' I would still store it flat over winter.' 7/10 Drift Pro hose, 20m, £35. CLAIMS: "
    "Light as a feather. EXPERT VERDICT: 'Light, yes, but the fittings leak at full pressure.' "
    "5/10"
)


def test_a_verdict_label_is_the_one_who_gives_the_verdict():
    assert _speaker_of(_REVIEW, "The coil springs back") == "Priya Nandal"
    assert _speaker_of(_REVIEW, "Light, yes") == "Priya Nandal"


def test_a_verdict_label_run_on_quote_keeps_the_giver():
    assert _speaker_of(_REVIEW, "I would still store") == "Priya Nandal"


def test_two_people_giving_verdicts_leave_the_label_unattributed():
    assert _speaker_of(_REVIEW, "Light, yes") == "Priya Nandal"
    text = _REVIEW.replace(
        "gives her verdict.",
        "gives her verdict, and in the second round Tom Ashby offers his verdict.",
    )
    found = [q.speaker for q in find_quotes(text) if q.text.startswith("Light, yes")]
    assert found in ([], [None])


# ------------------------------------------------ a person named with a body in lower case


def test_a_name_with_its_workplace_in_lower_case_is_the_pronouns_person():
    text = (
        "The calf weighed twice the usual. Jean Ardley from the dairy said it was the "
        "biggest they had ever seen. 'Nobody expected a calf like him,' she said."
    )
    assert _speaker_of(text, "Nobody expected") == "Jean Ardley"


def test_a_visitor_named_with_her_role_is_the_pronouns_person():
    text = (
        "The seal swam to the edge of the pool. Aquarium visitor Terra Voss believes it "
        "wanted the fish in the bucket. 'It was looking straight at the keeper,' she said."
    )
    assert _speaker_of(text, "It was looking") == "Terra Voss"


def test_a_witness_role_is_no_part_of_the_name():
    text = (
        "Police closed the road. Witness Louie Maran told the radio that the crash was loud. "
        "'There was glass everywhere,' Maran said."
    )
    assert _speaker_of(text, "There was glass") == "Louie Maran"


# ------------------------------------------------------- an office before its holder's name


def test_an_office_before_an_appositive_name_is_not_the_speaker():
    text = (
        "The store will sell the toy from Monday. 'It is a true classic,' said Harlow Chief "
        "Sales & Brand Officer and Deputy CEO, Daniel Brannock."
    )
    assert _speaker_of(text, "It is a true classic") == "Daniel Brannock"
