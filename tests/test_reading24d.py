"""Reading24d: speakers and quote shapes from round 12 of whole replies, to British news (BBC
style: "said Mr Lee", "told the BBC", a job between a firm's name and the holder's); each test
on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.phrase_lead import lead_cues, phrase_lead


def _one(text: str, words: str):
    found = [q for q in find_quotes(text, partial=True) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in find_quotes(text, partial=True)]
    return found[0]


_SHOPS = (
    "Record weekend for shopping centres\n\n"
    "Shopping centres across the north reported their busiest weekend of the year.\n\n"
    "At the Riverside centre in Hull more than 90,000 shoppers were expected by closing "
    'time. Operations manager Nils Garvey said: "It has been packed from the moment we '
    'opened. "The car parks were full by ten." Harbour Traders Association director Ruth '
    'Penhale said on Saturday: "The high street had its best day since the summer."\n'
)


def test_a_cue_with_a_colon_after_its_tail_leads_into_the_next_quote() -> None:
    # "... ten." Ruth Penhale said on Saturday: "...": the colon leads into Penhale's words,
    # so the quote before stays Garvey's
    assert _one(_SHOPS, "packed from the moment").speaker == "Nils Garvey"
    assert _one(_SHOPS, "best day since").speaker == "Ruth Penhale"


def test_a_job_of_several_words_between_firm_and_name() -> None:
    text = (
        "Airline drops two routes\n\n"
        "Northwind Air is to stop flying to Bergen and Tromso from April.\n\n"
        '"The routes have not paid their way for three winters now," said Northwind head '
        "of network planning, Sofia Lind. The airline will offer refunds.\n"
    )
    assert _one(text, "paid their way").speaker == "Sofia Lind"


def test_an_of_phrase_after_the_name_says_what_was_spoken_of() -> None:
    text = (
        "Theatre funding review published\n\n"
        "Regional theatres need steadier funding, a review has found.\n\n"
        '"Our theatres are the first place many children see live drama," said Culture '
        "minister Helen Marsh of the review. The report was three years in the making.\n"
    )
    assert _one(text, "live drama").speaker == "Helen Marsh"


def test_an_of_phrase_naming_a_body_stays_part_of_the_cue() -> None:
    # guard: "Jo Lee of the Bank of X" is still read as before (passes on the snapshot too)
    text = (
        "Rates held\n\n"
        "Interest rates were left unchanged on Thursday.\n\n"
        '"We see no case for a move yet," said Tamsin Ord of the Bank of Weldon. Markets '
        "barely moved.\n"
    )
    assert _one(text, "no case for a move").speaker == "Tamsin Ord"


def test_a_quote_split_by_a_cue_with_an_aside_and_i_after_is_one_sentence() -> None:
    text = (
        "Former finance chief ends his evidence\n\n"
        "A former finance chief has finished giving evidence at the fraud trial of his old "
        "boss.\n\n"
        '"By that stage," Mr Pell said, referring to the first false entries of 2001, "I '
        'knew it was against the rules, but I hoped we could mend it within a quarter." He '
        "has already pleaded guilty.\n"
    )
    q = _one(text, "By that stage")
    assert q.text.startswith("By that stage, I knew it was against the rules")


def test_a_lone_possessive_is_no_speaker_of_a_phrase() -> None:
    text = (
        "Leader says he will fight on\n\n"
        "The party leader says he will fight the next election.\n\n"
        "His remarks come as the party chairman, Ewan Roath, on Sunday called him "
        '"a leader past his best" in a newspaper interview.\n'
    )
    speakers = [q.speaker for q in find_quotes(text, partial=True)]
    assert "His" not in speakers and "The" not in speakers


def test_pointed_out_leaves_no_particle_in_a_phrase_lead() -> None:
    text = (
        "Both societies are saying little, but one member pointed out to the Gazette that "
        '"no one has ruled a merger out" before the vote.'
    )
    lead = phrase_lead(text, text.index("no one"), lead_cues(frozenset({"en"})))
    assert not lead.startswith("out")


def test_a_second_utterance_after_a_speech_participle_stays_apart() -> None:
    # guard: "before asking her, “I ...”" brings in a new question (passes on the snapshot too)
    text = (
        "Singer's new show previewed\n\n"
        "“Keep your head up and your eyes open,” Ama sings to the senator before asking her, "
        "“I only want to know, what happens to us now?”\n"
    )
    assert _one(text, "Keep your head up").text.endswith("open.")


def test_a_phrase_whose_sentence_subject_is_no_one_takes_the_cue_after_it() -> None:
    text = (
        "Care for veterans under strain\n\n"
        "Clinics have added staff, but the waiting lists grow. The answers so far are "
        '"nowhere near the need," says Colm Rafter, who runs a veterans\' charity. "We see '
        'it every week," he said.\n'
    )
    assert _one(text, "nowhere near").speaker == "Colm Rafter"


def test_a_comma_ended_quote_keeps_its_cue_before_a_colon() -> None:
    # guard: '," Lee said before adding: "...' is still Lee's (passes on the snapshot too)
    text = (
        "Mayor jokes about rival\n\n"
        '"If he wins the seat, there is nothing you can do," Mayor Ann Kett said before '
        'adding: "Maybe there is, I do not know."\n'
    )
    assert _one(text, "nothing you can do").speaker == "Ann Kett"
