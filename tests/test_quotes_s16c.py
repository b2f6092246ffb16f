"""Session 16, third quote pass (issue #17): more quotes that open a sentence in Daily Mail
text. A participle cue far from its subject, an age standing for the speaker before a
cue-less ' quote, a ‘ quote closed by a straight '. Texts
written here, in the shape of the Daily Mail's."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_participle_colon_after_a_long_phrase_keeps_the_verbs_subject() -> None:
    # "In a statement Harlow promised ... saying:": the participle shares the verb's subject
    # however long the phrase before it, and the chain after goes on with Harlow.
    text = (
        "Harlow were fined on Monday. In a statement Harlow promised to help their goalkeeper "
        "through his troubles saying: 'The club will not excuse what happened here. ' We "
        "accept the ruling of the court and will stand by the player. ' The club will say "
        "nothing more.' His lawyer spoke later."
    )
    found = _found(text)
    assert ("The club will not excuse what happened here.", "Harlow") in found
    assert any(q.startswith("We accept the ruling") and who == "Harlow" for q, who in found)


def test_age_for_the_speaker_before_a_cueless_quote_goes_on_with_them() -> None:
    # "The 44-year-old also revealed ...": the sentence between the quotes describes the
    # previous speaker by age and gives a speech verb, so the next ' quote is still his.
    text = (
        "Smith lost the final. 'We were beaten by a better side,' Smith said. The 44-year-old "
        "also revealed he has every player fit for the next round on Friday. ' I am glad to "
        "have the whole group to pick from. The plan stays the same.' He left early."
    )
    found = dict(_found(text))
    quote = "I am glad to have the whole group to pick from. The plan stays the same."
    assert found.get(quote) == "Smith"


def test_curly_single_quote_closed_by_a_straight_mark_before_its_cue() -> None:
    # "‘...,' continued Mr Vance.": careless typing closes the ‘ with a '; the cue after it
    # names the speaker, and the quote does not run on to a ’ much later.
    text = (
        "Critics have been harsh. ‘I think he is guarding his words,' continued Mr Vance. "
        "Others in the party agree with him."
    )
    found = _found(text)
    assert ("I think he is guarding his words.", "Vance") in found
