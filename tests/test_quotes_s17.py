"""Session 17 quote pass (issue #17): fewer wrong speakers. A quote left open that ran on over
the reporter's sentence bringing in a spokesman, the words someone once addressed to the
subject ("recalls how X advised him:"), a role with a prefix in an appositive ("ex-head of"),
a profile's subject taken for "he" right after a sentence about someone else, a team led by
"outfit" taken for a person, and a surname misspelt by a doubled letter. Texts written here,
in the shape of BBC articles."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def _speaker_of(text: str, start: str) -> str | None:
    hits = [who for quote, who in _found(text) if quote.startswith(start)]
    assert hits, f"no quote starting {start!r}"
    return hits[0]


# A profile: Tony Blair named often enough to be the person "he" falls back to.
_PROFILE = (
    "Tony Blair faced a studio audience on Wednesday. Mr Blair said he was listening to "
    "voters. Tony Blair has said people complain he does not listen, and Mr Blair wants to "
    "change that.\n\nCritics were not convinced by the format. Many newspapers called it a "
    "stunt.\n\n"
)


def test_run_on_quote_ends_before_a_spokesman_brought_in_by_role() -> None:
    # Paragraph breaks lost: each part of Tariq's quote opens with a mark and none closes,
    # the last one runs on over "Meanwhile, club spokesman Daniel Okafor welcomed ...". That
    # sentence is the reporter's: Tariq's quote ends before it, and Okafor's "said" after his
    # own quote does not reach back to Tariq's words.
    text = (
        "Tariq Aziz has apologised to the club's fans after walking out of training.\n\n"
        'The 24-year-old spoke in Leeds on Monday. Tariq said: "I made a mistake and I want to '
        'say sorry to everybody." He was dropped by manager Colin Reed. Tariq added: "It was '
        'not my place to walk out like that and I regret it. "I think the team is playing with '
        'real confidence now and I just want to help. "I have learned that I cannot do '
        "everything on my own. Meanwhile, club spokesman Daniel Okafor welcomed the apology "
        'and said the matter was closed. "Tariq has shown real maturity here and the manager '
        'is pleased with him," Okafor said.'
    )
    assert _speaker_of(text, "It was not my place") == "Tariq Aziz"
    assert _speaker_of(text, "Tariq has shown real maturity") == "Daniel Okafor"


def test_words_someone_once_addressed_to_the_subject_are_theirs() -> None:
    # "Mr Dunmore recalls how Helen Achebe once advised him:": the quote is what Achebe said
    # to him, not Dunmore's own words ("advised" is no speech verb of the cue patterns).
    text = (
        "The minister spent the week touring factories in the north. Mr Dunmore recalls how "
        'Helen Achebe once advised him: "Never promise a date you cannot keep." He says the '
        "lesson has stayed with him."
    )
    assert _speaker_of(text, "Never promise a date") == "Helen Achebe"
    # The rule needs a verb addressing someone right before the colon: "recalls how the
    # talks ended:" leaves the quote to the subject of "recalls".
    text = (
        "Mr Dunmore spent the week touring factories. Helen Achebe ran the talks. Mr Dunmore "
        'recalls how the talks ended: "We shook hands and went home."'
    )
    assert _speaker_of(text, "We shook hands") == "Dunmore"


def test_an_ex_head_in_an_appositive_is_a_person_for_he() -> None:
    # "Oliver Grant, ex-head of press at the Treasury, says ...": the prefixed role makes
    # Grant a person, so '"...," he says' after it is his, not the profile's subject's.
    text = _PROFILE + (
        "Oliver Grant, ex-head of press at the Treasury, says the plan shows frustration "
        'with reporters. "They think nobody hears them, so they go straight to voters," he '
        "says."
    )
    assert _speaker_of(text, "They think nobody hears them") == "Oliver Grant"


def test_profile_subject_not_taken_for_he_right_after_someone_else_speaks() -> None:
    # Nothing tells that Grant is a person ("in charge of press work" names no role word),
    # but the sentence before the quote opens with his full name and a speech verb: "he" is
    # most likely him, so the profile's subject (Blair) is no answer; nobody is credited.
    text = _PROFILE + (
        "Oliver Grant, in charge of press work at the Treasury for a decade, says the plan "
        'shows frustration with reporters. "They think nobody hears them, so they go straight '
        'to voters," he says.'
    )
    assert _speaker_of(text, "They think nobody hears them") != "Tony Blair"
    # The profile's subject still speaks when the sentence before is about him.
    text = _PROFILE + 'Mr Blair has spent the week on the road. "We must keep talking," he said.'
    assert _speaker_of(text, "We must keep talking") == "Tony Blair"


def test_team_led_by_outfit_is_no_person_for_he() -> None:
    # "Mexican outfit Red Lions Puebla, who also expressed an interest": a team (British
    # English gives it "who"), never the "he" of the quote after the sentence; the sentence
    # speaks of the player's agent only by a description, so nobody is credited.
    text = (
        "Nuno Varela may leave the club this month.\n\n"
        "His agent says a move to Ashford is more likely than one to Mexican outfit Red Lions "
        'Puebla, who also expressed an interest. "It was a thought at one stage," he said.'
    )
    assert _speaker_of(text, "It was a thought") != "Red Lions Puebla"


def test_surname_misspelt_by_a_doubled_letter_is_the_same_person() -> None:
    # "Colin Marrett" in full, then '," said Maret.': a typo for the same agent.
    text = (
        "Colin Marrett says no approach has been received for the striker.\n\n"
        '"He wants to stay in this country and win things here," said Maret.'
    )
    assert _speaker_of(text, "He wants to stay") == "Colin Marrett"
    # A surname the text gives in full to someone is that person's, however close another's.
    text = (
        "Colin Marrett and Anna Maret met the board on Friday.\n\n"
        '"We have agreed nothing yet and the talks go on," said Maret.'
    )
    assert _speaker_of(text, "We have agreed nothing") == "Anna Maret"
