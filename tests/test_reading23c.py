"""Reading23c: faults found reading whole replies to political news (PolNeAR train, read as an
editor would), round 6; each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.text.cleanup import clean_text


def _speaker_of(quotes: list, words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0].speaker


def test_a_block_quoted_report_is_not_credited_to_the_person_it_quotes() -> None:
    text = (
        "Harbour Council Defends Ferry Cuts\n\n"
        "The council is still refusing to explain the cuts, as the Daily Courier reported on "
        "Friday:\n\n"
        '"The council has not said how many crossings will go, pointing to a review that is '
        "still under way at the port.\n\n"
        '"At the town hall on Thursday, residents pressed council leader Mara Quill about the '
        "winter timetable.\n\n"
        '“We will not cut a single crossing before the review is done,” Quill said."\n\n'
        "Ferry users say the review has dragged on for a year.\n"
    )
    quotes = find_quotes(text)
    assert _speaker_of(quotes, "We will not cut a single crossing") == "Mara Quill"
    report = [q for q in quotes if "has not said how many crossings" in q.text]
    assert report and report[0].speaker != "Mara Quill"
    assert "We will not cut" not in report[0].text


def test_a_quote_after_another_person_cuts_in_is_not_the_first_speakers() -> None:
    text = (
        "The Ardens drove six hours to help at the food bank on Saturday.\n\n"
        "“We wanted to be here for the families,” Lena Arden said, and her husband cut in. "
        "“Tell them about the bread van, too.”\n\n"
        "The food bank hands out about 400 parcels a week.\n"
    )
    quotes = find_quotes(text)
    assert _speaker_of(quotes, "We wanted to be here") == "Lena Arden"
    assert _speaker_of(quotes, "Tell them about the bread van") != "Lena Arden"


def test_a_quote_after_a_sentence_about_a_relative_is_not_the_first_speakers() -> None:
    text = (
        "The Ardens drove six hours to help at the food bank on Saturday.\n\n"
        "“It goes in one ear and out the other,” Paul Arden said, shrugging. Lena Arden "
        "shook her head. “Paul is far calmer about the critics than I am.”\n\n"
        "The food bank hands out about 400 parcels a week.\n"
    )
    quotes = find_quotes(text)
    assert _speaker_of(quotes, "It goes in one ear") == "Paul Arden"
    assert _speaker_of(quotes, "far calmer about the critics") != "Paul Arden"


def test_a_phrase_in_a_who_clause_is_the_words_of_whom_the_clause_is_about() -> None:
    text = (
        "On his weekly show, host Ned Corrow praised the farmer Alma Voss, who has publicly "
        "vowed to stop selling to the chain because of its “contempt for small growers and "
        "their families.”\n\n"
        "The chain did not answer questions on Monday.\n"
    )
    quotes = find_quotes(text, partial=True)
    assert _speaker_of(quotes, "contempt for small growers") == "Alma Voss"


def test_a_sentence_opening_speech_verb_is_no_given_name() -> None:
    text = (
        "The vote count is far too slow, the party's veteran organiser Hugh Garland stated.\n\n"
        "Garland was speaking on a local radio show on Monday.\n\n"
        "Stated Garland:\n\n"
        "“Every county should have its results in by midnight, and most of them could.”\n"
    )
    quotes = find_quotes(text)
    assert _speaker_of(quotes, "Every county should have") == "Hugh Garland"


def test_a_pointer_to_the_rest_of_the_story_and_a_newsletter_greeting_are_dropped() -> None:
    text = (
        "Harbour Council Defends Ferry Cuts\n\n"
        "Welcome to the Harbour Weekly, a weekly digest of news from the island's towns.\n\n"
        "The council defended its ferry cuts on Tuesday, saying the port could not carry the "
        "cost of winter crossings.\n\n"
        "Ferry users say the review has dragged on for a year.\n\n"
        "Read the rest of the story at The Daily Courier.\n"
    )
    body = clean_text(text).text
    assert "Welcome to" not in body
    assert "Read the rest" not in body
    assert "defended its ferry cuts" in body and "dragged on for a year" in body


def test_a_which_clause_with_a_subject_of_its_own_names_no_place() -> None:
    text = (
        "Jo May praised the mayor's speech at the harbour fair in Portmore, Kent, which "
        "May claims affirmed “the plain belief that small towns deserve their own ferry "
        "service.”\n\n"
        "The mayor did not comment.\n"
    )
    quotes = find_quotes(text, partial=True)
    # "May" (a surname that is also an auxiliary) is the clause's subject: the phrase is not
    # the words of the place the clause before ends with
    assert all(q.speaker != "Kent" for q in quotes if "small towns deserve" in q.text)


def test_a_stop_typed_again_after_a_nested_quote_is_dropped() -> None:
    text = (
        "“Donors are nervous,” Lena Arden said. “They keep telling me, 'We have to keep the "
        "council.'.”\n\n"
        'Ned Corrow asked the hall: “Does that sound like a leader to you?’.’"\n'
    )
    quotes = find_quotes(text)
    donors = [q.text for q in quotes if "Donors are nervous" in q.text]
    assert donors and donors[0].endswith("keep the council.'")
    leader = [q.text for q in quotes if "sound like a leader" in q.text]
    assert leader and leader[0].endswith("a leader to you?")
