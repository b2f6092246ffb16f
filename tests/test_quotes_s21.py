"""Session 21 (issue #17, helper cnndm21): quote detection on Daily Mail text, which sets its
quotes in straight single marks, loses its paragraph breaks and runs photo captions into the
sentences without their full stops. Texts written here, in the shape of those pages."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.speakers import Speaker
from summarizer.quotes.subjects import clause_subject


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_mark_glued_to_a_caption_opens_a_quote() -> None:
    # The caption "... leaving court on Monday" lost its stop: the spaced mark after its last
    # word opened the next paragraph's quote, whose cue names the speaker.
    text = (
        "Dean Pollard, 52, denies the charges. Pollard was pictured leaving court on Monday "
        "' The police have been questioning him for years because they think he knows where "
        "the money went,' his lawyer Ann Bellamy said. The trial resumes in June."
    )
    assert (
        "The police have been questioning him for years because they think he knows where the "
        "money went.",
        "Ann Bellamy",
    ) in _found(text)


def test_curly_mark_glued_to_a_caption_opens_a_quote() -> None:
    text = (
        "The boy scored from the halfway line. The youngster wheels away in celebration ‘ Me "
        "and my dad just looked at each other and we could not believe it,’ said Lucy Marsh, "
        "his mother. The club has invited him back."
    )
    found = _found(text)
    assert any(
        q.startswith("Me and my dad just looked") and who == "Lucy Marsh" for q, who in found
    )


def test_glued_quote_after_a_term_word_is_still_speech() -> None:
    # "campaign" before a mark usually leads into a term ('the "Yes" campaign'); spaced from
    # the quote after a caption it leads into nothing.
    text = (
        "The family started a fundraising campaign ' When Toby was little he would lie on his "
        "tummy and stretch out his arms like a plane,' Mark Hollis told the radio station. The "
        "calendar sells for $20."
    )
    assert (
        "When Toby was little he would lie on his tummy and stretch out his arms like a plane.",
        "Mark Hollis",
    ) in _found(text)


def test_glued_quote_with_no_cue_that_speaks_in_the_first_person_is_kept() -> None:
    text = (
        "The two friends went to work dressed as pirates every day for a month. Jo and Kim "
        "pictured at the office in full costume ' Somebody suggested it as a joke and at first "
        "I laughed, but then we decided to do it for charity.' They raised $3,000."
    )
    found = _found(text)
    assert any(q.startswith("Somebody suggested it as a joke") for q, _ in found)


def test_stray_spaced_mark_inside_a_sentence_opens_nothing() -> None:
    # A spaced mark after a word whose words up to the next paragraph's reopening mark speak
    # of nobody in the first person was a stray one: the reopening mark opens the quote.
    text = (
        "Fans booed the new shirt, which the club had called its ' Home Pride range. Nobody "
        "liked it. ' We got the design badly wrong and we are sorry,' said club chief Nell "
        "Ardley. The shirt goes on sale in May."
    )
    found = _found(text)
    assert all("Home Pride" not in q for q, _ in found)
    assert ("We got the design badly wrong and we are sorry.", "Nell Ardley") in found


def test_closing_mark_after_a_word_before_a_capital() -> None:
    # "... old' Seniors Night ...": the caption after the quote lost the quote's full stop.
    text = (
        "Tom Baker, 81, still goes dancing every week. He admits: 'I am not ready to slow "
        "down just yet' Seniors Night Out is on Channel 9 on Fridays."
    )
    assert ("I am not ready to slow down just yet", "Tom Baker") in _found(text)


def test_title_closed_before_a_word_in_lower_case_swallows_nothing() -> None:
    # 'Woman of the Year' closes before "feature"; before, it ran on to the next quote's
    # opening mark and took the quote with it.
    text = (
        "Ms Kerr, 47, appeared in the paper's 'Woman of the Year' feature and praised her "
        "sister. She added: 'She is so clever on every level. I think it has done so much for "
        "women. ' I will never be forced to look different every time I go out.' The paper "
        "is out on Sunday."
    )
    found = _found(text)
    assert any(q.startswith("She is so clever on every level.") for q, _ in found)
    assert all("Woman of the Year" not in q for q, _ in found)


def test_quote_closed_after_a_plural_before_a_comma() -> None:
    # "forks'," closes the quote (a plural possessive has its noun after it), so the next
    # quote is not run into this one.
    text = (
        "The guard commented on the photo: 'See you tomorrow boys!!! Bring your pitch forks', "
        "the paper reported. Another guard, Sam Ross, posted messages too. ' Do not buy these "
        "products at all,' he posted."
    )
    found = _found(text)
    assert all("Another guard" not in q for q, _ in found)
    assert ("Do not buy these products at all.", "Sam Ross") in found


def test_nested_spaced_quote_does_not_close_the_outer_one() -> None:
    # "match' and" is no title's close (too many words before it): the outer quote goes on.
    text = (
        "Hall retires this summer after 13 years. ' You start telling yourself ' this might be "
        "my last match' and you savour every minute of it,' the 34-year-old said. He joined "
        "the club in 2002."
    )
    found = _found(text)
    assert any(q.startswith("You start telling yourself") and q.endswith("every minute of it.")
               for q, _ in found)  # fmt: skip


def test_apostrophe_before_a_word_in_lower_case_closes_nothing() -> None:
    text = (
        "The striker laughed off the row. 'We were just messin' about with the lads after "
        "training and nobody got hurt,' Dan Kerr said. The club has said nothing."
    )
    assert (
        "We were just messin' about with the lads after training and nobody got hurt.",
        "Dan Kerr",
    ) in _found(text)


def test_quote_ending_on_a_nested_one() -> None:
    # '... been "forgotten."\'.': the closing ' after the nested quote's closing mark.
    text = (
        "The couple mapped 40 old beacons. ' Before our research we knew nothing about them and "
        'we cannot believe all of this has been "forgotten."\'. They hope to map 100 more.'
    )
    found = _found(text)
    assert any(q.startswith("Before our research") for q, _ in found)
    assert all("They hope" not in q for q, _ in found)


def test_spaced_close_after_a_nested_question_before_the_cue() -> None:
    text = (
        "The couple met in 2010. Pictured at a party in June ' I know she asked him after the "
        'party, "Were you with her?" \' an insider told the site. The pair have since split.'
    )
    found = _found(text)
    assert any(q.startswith("I know she asked him") and who == "an insider" for q, who in found)


def test_straight_mark_closed_by_a_curly_one() -> None:
    text = (
        "The author did not hold back. ' I don’t think she has become the style icon her "
        "mother was, and I think she knows it, wouldn’t you say?’ Miss Hart is not the only "
        "writer to say so."
    )
    found = _found(text)
    assert any(q.startswith("I don’t think she has become") for q, _ in found)
    assert all("Miss Hart is not" not in q for q, _ in found)


def test_closing_mark_after_a_colon_in_a_caption() -> None:
    # "'Kai Can Swim:' A father ...": the caption's title closes after its colon, so it does
    # not run on over the text to the next closing mark.
    text = (
        "Scroll down for video 'Kai Can Swim:' A father made a photo series of his son in the "
        "pool. The family started a campaign ' When Kai was small he would kick his legs in "
        "the bath like a frog,' Paul Ennis told the paper."
    )
    assert (
        "When Kai was small he would kick his legs in the bath like a frog.",
        "Paul Ennis",
    ) in _found(text)


def test_glued_quote_of_two_sentences_without_first_person() -> None:
    # No "I" or "we", but two sentences: no phrase of the caption's sentence holds a stop.
    text = (
        "The family went for a walk in the hills on Sunday 'The President left the building 15 "
        "minutes ago on an unplanned trip. Destination unknown,' tweeted reporter Ben Tau. "
        "They were back by lunch."
    )
    assert (
        "The President left the building 15 minutes ago on an unplanned trip. Destination unknown.",
        "Ben Tau",
    ) in _found(text)


def test_quote_in_lower_case_after_a_colon() -> None:
    text = (
        "The video has been watched two million times. One fan commented: 'this girl is so "
        "talented! She can make herself look like anyone at all.' The next video is out soon."
    )
    found = _found(text)
    assert any(q.startswith("this girl is so talented!") for q, _ in found)


def test_written_statement_after_a_colon_is_kept_unattributed() -> None:
    # The colon says a quote comes; the cue's subject is no one the finder reads, and the
    # next paragraph's quote goes on from it.
    text = (
        "The game was abandoned after 60 minutes. A statement from the league's governing body "
        "read: 'The disciplinary panel met today and ruled that the match is forfeited.' ' The "
        "home club must also play its next two games behind closed doors.' Fans were angry."
    )
    found = [q for q, _ in _found(text)]
    assert "The disciplinary panel met today and ruled that the match is forfeited." in found
    assert "The home club must also play its next two games behind closed doors." in found


def test_short_paragraph_a_quote_runs_on_into_is_speech() -> None:
    text = (
        "Her lawyer said the child was well. She said: 'You can see the photos of a sick baby "
        "and think the worst. ' It was a misdiagnosis by a doctor. ' She got over it.' The "
        "hearing is in June."
    )
    found = _found(text)
    assert any(q == "She got over it." for q, _ in found)


def test_title_after_a_colon_is_no_quote() -> None:
    text = (
        'He worked for decades in cartoons. Hollywood Reporter: "Mad Men\'s" return He later '
        'opened an agency with a corporate motto: "Ars Gratia Pecuniae" (Art for Money). He '
        'said: "I loved every minute of it."'
    )
    found = [q for q, _ in _found(text)]
    assert found == ["I loved every minute of it."]


def test_a_crowd_a_name_qualifies_is_no_speaker() -> None:
    # A headline "<Name> fans react to ...:" names what the fans follow, not who speaks.
    assert clause_subject("UK Wrestling fans react to the new champion") is None
    assert clause_subject("Harbour Town supporters said the fee was too high") is None
    assert clause_subject("Anna Berg said the fee was too high") == Speaker("name", "Anna Berg")
