"""Reading24: wrong speakers and quote flaws found reading whole replies to political news
(PolNeAR train, round 9, and shapes left from session 23's check sets); each test on text
written for it."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes
from summarizer.quotes.trim import trim_quote


def _one(text: str, words: str):
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [q.text for q in find_quotes(text)]
    return found[0]


_VISIT = (
    "Mayor Carl Ostrander, who met her at the gate, praised the visit. "
    '"We are glad to have anyone who cares about this town," Ostrander said.\n\n'
    '"This plant shows what the state can build when it invests in people," the Green Party '
    "nominee said.\n"
)


def test_a_description_goes_to_the_one_the_text_gave_it_not_the_last_named() -> None:
    text = (
        "Whitfield tours the bottling plant\n\n"
        "Dana Whitfield, the Green Party nominee for governor, spent Tuesday in Riverton. "
        "She toured a bottling plant and spoke to workers about wages.\n\n" + _VISIT
    )
    assert _one(text, "This plant shows").speaker == "Dana Whitfield"
    assert _one(text, "glad to have anyone").speaker == "Carl Ostrander"


def test_a_description_before_the_name_ties_it_too() -> None:
    text = (
        "Whitfield tours the bottling plant\n\n"
        "The Green Party nominee, Dana Whitfield, spent Tuesday in Riverton. "
        "She toured a bottling plant and spoke to workers about wages.\n\n" + _VISIT
    )
    assert _one(text, "This plant shows").speaker == "Dana Whitfield"


def test_a_description_the_last_named_was_not_given_is_unattributed() -> None:
    # the text never ties "the Green Party nominee" to anyone, and the mayor is a mayor
    text = (
        "Whitfield tours the bottling plant\n\n"
        "Dana Whitfield spent Tuesday in Riverton. "
        "She toured a bottling plant and spoke to workers about wages.\n\n" + _VISIT
    )
    assert _one(text, "This plant shows").speaker is None


def test_guard_a_description_of_the_role_the_last_named_holds_stays() -> None:
    # guard (passes on the snapshot too): the text gave Whitfield the role it names
    text = (
        "Whitfield tours the bottling plant\n\n"
        "Green Party nominee Dana Whitfield toured a bottling plant in Riverton on Tuesday and "
        'spoke to workers. "This plant shows what the state can build when it invests in '
        'people," the Green Party nominee said.\n'
    )
    assert _one(text, "This plant shows").speaker == "Dana Whitfield"


def test_a_name_inside_a_who_clause_is_not_the_subject_before_a_colon() -> None:
    text = (
        "Lawyers weigh the court list\n\n"
        "The list of names grew longer on Friday. Helena M. Strand, who worked as chief of staff "
        "under Ms. Ortiz's brother, Ramon Ortiz, went through the names: \"Each of them has "
        'written on the Commerce Clause, and each of them has been confirmed before."\n'
    )
    assert _one(text, "Commerce Clause").speaker == "Helena M. Strand"


def test_a_couple_sharing_a_surname_credits_the_first_by_full_name() -> None:
    text = (
        "The general who lost his party\n\n"
        "Historians have not been kind to him. His biographers, Ruth and Oscar Lindqvist, wrote "
        'that the general "never understood why the delegates he had scorned would not vote for '
        'him" in the spring.\n'
    )
    (quote,) = key_quotes(Article(text, title="The general who lost his party"), "en")
    assert quote.speaker == "Ruth Lindqvist"


def test_a_phrase_lead_is_not_cut_after_the_article_a() -> None:
    # "a" opens the French verb phrase "a déclaré": no English cue word
    text = (
        "Ruiz pledges to close the camps\n\n"
        "The candidate spoke for an hour. Ana Ruiz promised Sunday at a Reno rally to end "
        '"the cruel and costly detention system that shames us all." She gave no date.\n'
    )
    (quote,) = key_quotes(Article(text, title="Ruiz pledges to close the camps"), "en")
    assert quote.lead.startswith("at a Reno rally"), quote.lead


def test_a_cut_after_the_writers_own_ellipsis_shows_one_mark() -> None:
    text = (
        "We have seen nothing like this in a generation, and the members know it very well. "
        "Their numbers have been hidden for months because the other side was worse still, and "
        "nobody looked. The noise of the race drew every camera away from what ought to have "
        "been the story of the spring. . . . The numbers went from poor to historic, and the "
        "party will pay for that in the fall, when the voters who stayed home this time come "
        "back to the polls and ask what their members did about it all."
    )
    trimmed = trim_quote(text)
    assert trimmed.endswith("of the spring. …"), trimmed[-40:]


def test_a_two_word_quote_is_no_key_quote() -> None:
    text = (
        "Council backs the pier\n\n"
        "The council voted for the pier on Monday after a long debate about its cost. "
        'Asked whether the cost worried him, council member Tom Hale shrugged. "Not really," '
        "Hale said.\n"
    )
    assert not key_quotes(Article(text, title="Council backs the pier"), "en")
