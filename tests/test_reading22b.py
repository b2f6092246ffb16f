"""Reading22b: faults found reading whole replies to political news (PolNeAR train, read as an
editor would, second round); each test on text written for it."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes
from summarizer.text.cleanup import clean_text

_HARBOUR = "The harbour board met on Monday to vote on the new pier.\n\n"
_CLOSE = "\n\nThe board voted for the pier by five votes to two."


def _phrase(sentence: str) -> tuple[str, str | None]:
    (quote,) = key_quotes(Article(_HARBOUR + sentence + _CLOSE, title="Board backs pier"), "en")
    return quote.lead, quote.speaker


def test_a_day_and_that_after_the_verb_are_no_lead() -> None:
    # was "Sunday that": narration shown before the phrase as if it were its sentence
    lead, speaker = _phrase(
        'Ole Berg admitted Sunday that "the plans were a waste of money and years of work".'
    )
    assert (lead, speaker) == ("", "Ole Berg")


def test_the_asked_persons_name_and_day_are_no_lead() -> None:
    # was "Ann Lee Friday how the": the cue's object and time before the clause
    lead, _ = _phrase(
        'A fisherman asked Ann Lee Friday how the "town could pay for a pier nobody uses?"'
    )
    assert lead == "how the"


def test_went_on_to_call_leaves_only_the_named_thing() -> None:
    # was "on to call Cruz"
    lead, speaker = _phrase(
        'Ole Berg went on to call the mayor "the very worst planner in the whole county."'
    )
    assert (lead, speaker) == ("the mayor", "Ole Berg")


def test_a_subject_lead_is_kept() -> None:
    lead, _ = _phrase(
        'Ole Berg said on Friday that the plans were "a waste of the money and years of work".'
    )
    assert lead == "the plans were"


def test_a_capitalised_tweeted_is_a_verb_not_the_speaker() -> None:
    # "Tweeted" was read as a name and credited with the quote
    text = (
        "The race tightened on Friday.\n\n"
        "Mike Doyle, the head of the Keep Moving PAC, Tweeted on Friday: “Rivera has had the "
        "best week of any candidate in this race so far.”\n\n"
        "The tweet was shared widely."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.speaker == "Mike Doyle"


def test_a_heights_inch_mark_does_not_close_the_quote() -> None:
    # "5’2”" closed the quote there: its second sentence and (in the first) the cue were lost
    text = (
        "Jo Ray spoke in Leeds on Sunday.\n\n"
        "“He is always calling me names. He is taller than me; he is like 6’2”,” Ray said as "
        "the crowd roared.\n\n"
        "“Which is why I do not understand why his feet are the size of someone who is 5’2”. "
        "You know what they say about men with small feet.”\n\n"
        "The rally ended at nine."
    )
    first, second = find_quotes(text, "en")
    assert first.speaker == "Jo Ray"
    assert second.text.endswith("men with small feet.")
    assert second.speaker == "Jo Ray"


def test_a_cueless_quote_after_a_phrase_and_its_cue_is_the_cues_speaker() -> None:
    # was unattributed: the phrase before it is no speech, so no continuation carried over
    text = (
        "Lee Smith spoke to the union on Monday.\n\n"
        "The country needs leaders “who understand that loud talk in hard times can cause "
        "more trouble,” Smith said.\n\n"
        "“And that is why calm, tested leadership matters so much at times like these.”\n\n"
        "Smith later met the mayors."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.speaker == "Lee Smith"


def test_narration_after_the_phrases_cue_hands_on_nobody() -> None:
    text = (
        "Lee Smith spoke to the union on Monday.\n\n"
        "The country needs leaders “who understand that loud talk in hard times can cause "
        "more trouble,” Smith said, and Ann Cole, the mayor, nodded.\n\n"
        "“And that is why calm, tested leadership matters so much at times like these.”\n\n"
        "Smith later met the mayors."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.speaker is None


def test_a_nested_quotes_comma_before_a_cut_cue_ends_the_sentence() -> None:
    # was "… live in,’ Erica, it is …": the comma kept where the cue and its full stop were
    text = (
        "Jo Ray met voters in Ohio.\n\n"
        "“As a woman told me, ‘I cannot afford the town I live in,’” Ray said. “Erica, it is "
        "not your fault, and we will fix it.”\n\n"
        "The event ended."
    )
    (quote,) = find_quotes(text, "en")
    assert "live in.’ Erica, it is" in quote.text


def test_a_straight_nested_quote_too() -> None:
    text = (
        "The court met on Monday.\n\n"
        '"No one is \'above the president,\' " said Ann Cole, a judge. "That is not how the '
        'law works."\n\n'
        "The court rose."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.text == "No one is 'above the president.' That is not how the law works."


def test_a_capitalised_tweeted_after_the_quote_is_a_cue_too() -> None:
    # was unattributed: "Doyle, …, Tweeted" was no cue
    text = (
        "Mike Doyle praised the ads on Friday.\n\n"
        "“Not us but we cannot argue with it!” Doyle, the head of Keep Moving PAC, Tweeted on "
        "Friday with an image of the ads.\n\n"
        "The ads ran for a week."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.speaker == "Mike Doyle"


def test_a_headline_ending_in_a_full_stop_and_printed_twice_is_the_title() -> None:
    # the title was lost and "Much rests on her answer." led the summary
    text = (
        "What is next for the mayor? Much rests on her answer.\n\n"
        "What is next for the mayor? Much rests on her answer.\n\n"
        "The mayor lost the vote on Tuesday, which has brought her one step closer to a hard "
        "choice.\n\n"
        "How she answers will decide how united the council will be in the autumn. Her "
        "campaign has been more successful than anyone had predicted.\n"
    )
    article = clean_text(text)
    assert article.title == "What is next for the mayor? Much rests on her answer."
    assert article.text.startswith("The mayor lost the vote")


def test_a_first_sentence_ending_in_a_full_stop_alone_stays_prose() -> None:
    text = (
        "The mayor lost the vote on Tuesday.\n\n"
        "How she answers will decide how united the council will be in the autumn. Her "
        "campaign has been more successful than anyone had predicted.\n"
    )
    assert clean_text(text).title is None


def test_a_nested_quotes_comma_before_a_lower_case_half_stays() -> None:
    # the sentence goes on past the cue: "’House of Cards,’ although ..." keeps its comma
    text = (
        "Ann Lee named a favourite.\n\n"
        "“’House of Cards,’” she said, “although I have not had time to watch the last "
        "season!” The drama is long.\n\n"
        "The list ended there."
    )
    (quote,) = find_quotes(text, "en")
    assert quote.text.startswith("’House of Cards,’ although")
