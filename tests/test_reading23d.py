"""Reading23d: faults found reading whole replies to political news (PolNeAR train, read as an
editor would), round 7; each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _speaker_of(quotes: list, words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0].speaker


def test_he_said_after_a_sentence_led_by_a_bare_surname_is_not_an_earlier_persons() -> None:
    text = (
        "Who Will Win the Cup? Candidates Hedge\n\n"
        "At the forum on Friday, the host asked each candidate to pick a winner of the cup "
        "final.\n\n"
        "Senator Tom Brandt picked the favourites, pointing out that his campaign chair was a "
        "lifelong fan.\n\n"
        "Pell openly admitted that his choice was political, with the Denver primary a week "
        'away. "Denver, for the delegates," he said.\n\n'
        'Okafor dodged the question and made no pick at all. "Whoever plays better on the '
        'day will win it," he said.\n'
    )
    quotes = find_quotes(text)
    assert _speaker_of(quotes, "for the delegates") != "Tom Brandt"
    assert _speaker_of(quotes, "Whoever plays better") != "Tom Brandt"


def test_a_bare_place_before_he_said_does_not_stop_the_search() -> None:
    text = (
        "Mayor Tom Brandt spoke to the crowd on Friday. He praised the new bridge. Denver "
        'approved the plan in May. "It will change the city," he said.\n'
    )
    assert _speaker_of(find_quotes(text), "change the city") == "Tom Brandt"


def test_a_possessive_before_a_speech_noun_is_no_speaker() -> None:
    text = (
        "Mayor Jo Lee attacked the harbour plan on Monday, calling it a waste of money.\n\n"
        "Ray Dunn's office dismissed Lee's comments, telling reporters, "
        '"The mayor has never read the plan."\n\n'
        "The council votes on the plan next week.\n"
    )
    assert _speaker_of(find_quotes(text), "never read the plan") != "Jo Lee"


def test_a_colon_after_a_that_clause_does_not_credit_its_subject() -> None:
    text = (
        "Readers in Shanghai followed the race closely.\n\n"
        "Donald Trump spoke in Ohio on Friday. Online, users joked about the campaign. One "
        'wrote that the show was "better than television." Another said she hoped with "all '
        'her might" that Trump wins the election: "Then I can laugh at the news every night."\n'
    )
    assert _speaker_of(find_quotes(text), "laugh at the news") != "Donald Trump"


def test_a_colon_after_a_name_that_opens_its_own_sentence_still_credits_it() -> None:
    text = (
        "Voters packed the hall on Friday.\n\n"
        'Senator Ann Marsh had one message for them: "Go and vote on Tuesday."\n'
    )
    assert _speaker_of(find_quotes(text), "Go and vote") == "Ann Marsh"


def test_she_said_after_a_sentence_she_herself_tags_is_not_the_woman_she_mentions() -> None:
    text = (
        "Mary Oakes has known the senator for forty years and calls her every week.\n\n"
        '"She is like a sister to me," Oakes said. "We grew up on the same street."\n\n'
        "What upset her most, she said, was a forum last week, when a student asked Senator "
        'Jane Pratt why young voters distrusted her. "I was furious," she said. "He should '
        'have shown some respect."\n'
    )
    assert _speaker_of(find_quotes(text), "I was furious") != "Jane Pratt"


def test_a_short_phrase_quoted_inside_a_straight_quote_does_not_end_it() -> None:
    text = (
        "Protest Signs at the Rally\n\n"
        'Jo Dee, head of a Leeds charity, tweeted: "Fans behind @MayorLee holding "Vote Lee '
        'Out" signs at his rally in Hull... awkward. #hullpolitics."\n\n'
        "The mayor did not comment.\n"
    )
    quotes = find_quotes(text)
    assert any("signs at his rally in Hull" in q.text for q in quotes), [q.text for q in quotes]


def test_a_short_phrase_quoted_inside_a_curly_quote_does_not_end_it() -> None:
    text = (
        "Protest Signs at the Rally\n\n"
        "Jo Dee, head of a Leeds charity, tweeted: “Fans behind @MayorLee holding “Vote Lee "
        "Out” signs at his rally in Hull... awkward. #hullpolitics.”\n\n"
        "The mayor did not comment.\n"
    )
    quotes = find_quotes(text)
    assert any("signs at his rally in Hull" in q.text for q in quotes), [q.text for q in quotes]


def test_a_colon_after_later_that_day_still_credits_the_subject() -> None:
    text = (
        "The Race in Florida\n\n"
        "Senator Ann Marsh spoke on the radio in the morning. In a television interview later "
        'that day, Marsh went even further: "If he loses, his career is over."\n'
    )
    assert _speaker_of(find_quotes(text), "his career is over") == "Ann Marsh"


def test_a_phrase_after_a_possessive_and_a_speech_noun_is_not_the_owners() -> None:
    text = (
        "Harbour Plan Row\n\n"
        "Mayor Jo Lee attacked the harbour plan on Monday.\n\n"
        "Councillor Ray Dunn, who chairs the planning board, said Lee's remarks "
        '"have no basis in the figures the board has published."\n'
    )
    found = [q for q in find_quotes(text, partial=True) if "no basis in the figures" in q.text]
    assert all(q.speaker != "Jo Lee" for q in found), [(q.text, q.speaker) for q in found]


def test_a_pronouns_contraction_before_a_speech_verb_is_no_possessive() -> None:
    text = (
        "Mayor Tom Brandt spoke at the depot on Friday.\n\n"
        'He\'s claiming that the new line is "the best deal this city has seen in years."\n'
    )
    found = [q for q in find_quotes(text, partial=True) if "best deal this city" in q.text]
    assert found and found[0].partial, [
        (q.text, q.speaker) for q in find_quotes(text, partial=True)
    ]
