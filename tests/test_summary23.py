"""Session 23: a summary sentence never starts inside a sentence the splitter cut too early, and
a newspaper's correction notice or a show's plug (air time, podcast) is no part of the story.

The splitter (`text.tokenize`) kept ending a sentence at a quoted "!" or "?" that the sentence
carries on after ('"Out!" (a chant) ...', '"Why?" Mayor Ruiz asked.'), at a full stop before a
dash and a lower-case word, and inside a quotation the narration wraps on both sides; the
summary then opened a sentence mid-way. The notices are dropped as page furniture
(`text.furniture`). All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture
from summarizer.text.tokenize import split_into_sentences


def test_a_quoted_exclamation_followed_by_a_bracket_goes_on() -> None:
    text = (
        "The hall rang with shouts of “Out!” (aimed at the referee) and “Shame” (at the owners). "
        "Nobody left early."
    )
    assert split_into_sentences(text) == [
        "The hall rang with shouts of “Out!” (aimed at the referee) and “Shame” (at the owners).",
        "Nobody left early.",
    ]


def test_a_quoted_question_then_a_named_cue_is_one_sentence_but_not_a_pronoun() -> None:
    asked = '"Who pays for the bridge?" Mayor Ana Ruiz asked the council. It did not answer.'
    assert split_into_sentences(asked) == [
        '"Who pays for the bridge?" Mayor Ana Ruiz asked the council.',
        "It did not answer.",
    ]
    shouted = "“Ring the bell!” Olsen shouted, and the crowd cheered."
    assert split_into_sentences(shouted) == [shouted]
    # A capitalised pronoun opens the answer, a sentence of its own.
    answered = "“Would you build it again?” He answered, “Every time.”"
    assert split_into_sentences(answered) == [
        "“Would you build it again?”",
        "He answered, “Every time.”",
    ]


def test_a_dash_and_a_lower_case_word_carry_a_sentence_on() -> None:
    text = "The final at 8 p.m. - a rematch of last year - will be shown live. Tickets are gone."
    assert split_into_sentences(text) == [
        "The final at 8 p.m. - a rematch of last year - will be shown live.",
        "Tickets are gone.",
    ]
    question = "Can they win twice? — the fans asked all week. They did."
    assert split_into_sentences(question) == [
        "Can they win twice? — the fans asked all week.",
        "They did.",
    ]
    # A shouted heading, a hyphen and a capital: the heading and its paragraph stay apart.
    heading = "WHO WON THE VOTE? - The count ended at noon."
    assert split_into_sentences(heading) == ["WHO WON THE VOTE?", "- The count ended at noon."]


def test_a_quotation_wrapped_in_narration_holds_no_boundary() -> None:
    text = (
        "Ms. Lind said the mill was “never worth saving. It lost money every winter” "
        "when she ran it. The mill closed in May."
    )
    assert split_into_sentences(text) == [
        "Ms. Lind said the mill was “never worth saving. It lost money every winter” when she "
        "ran it.",
        "The mill closed in May.",
    ]
    # A quotation that opens the sentence keeps its sentences, as does one after a colon.
    opened = "“We lost. We will be back,” she said."
    assert split_into_sentences(opened) == ["“We lost.", "We will be back,” she said."]
    colon = "The sign read: “Closed. Come back Monday” in red paint."
    assert split_into_sentences(colon) == [
        "The sign read: “Closed.",
        "Come back Monday” in red paint.",
    ]


def test_a_summary_never_opens_at_a_cue_after_a_quoted_exclamation() -> None:
    text = (
        "Ferry workers walk out in Harbor City\n\n"
        "Ferry workers in Harbor City walked off the job on Monday, halting every ferry crossing "
        "to the islands for the first time in twenty years.\n\n"
        "At the pier, striker Mona Dale raised her sign above the crowd.\n\n"
        '"All the way to the mayor!" Dale shouted, as hundreds of ferry workers marched from the '
        "pier to city hall to demand talks with the mayor on ferry pay and crews.\n\n"
        "The union wants a pay rise of nine percent and two more crew members on each ferry.\n\n"
        "The ferry company says it cannot pay more without raising fares for island families.\n\n"
        "Talks are set to resume on Thursday, a spokesman for the union said.\n\n"
        "Island schools told pupils to stay home until the boats run again.\n\n"
        "Shops on the islands said deliveries of bread and milk had already stopped."
    )
    gist = make_gist(text, GistOptions(SummaryOptions(sentences=3), quotes=0, figures=0))
    shown = [s.text for s in gist.summary.sentences]
    assert not any(s.startswith("Dale shouted") for s in shown)
    assert not any(s == '"All the way to the mayor!"' for s in shown)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this article misstated the year the bridge opened.",
        "An article on Tuesday about the ferry strike misstated the union's demand. It wants "
        "nine percent, not six.",
        "Because of an editing error, an article in some editions on March 3 about the harbor "
        "misidentified the mayor's party.",
        "Correction: June 4, 2019, Tuesday.",
        "Harbor Talk airs on WXYZ 101.5 weekdays from 7 a.m. to 9 a.m. Eastern.",
        "(Subscribe to the Harbor Hour on iTunes or download it from Soundcloud here.)",
    ],
)
def test_a_correction_notice_or_a_show_plug_is_furniture(notice: str) -> None:
    assert strip_furniture(notice) == []


def test_a_story_paragraph_about_a_mistake_stays_and_the_notice_goes() -> None:
    story = (
        "The council misstated the cost of the bridge twice last year, the auditor found.\n\n"
        "The auditor said the error was made in good faith and has since been fixed.\n\n"
        "Correction: An earlier version of this article misstated the auditor's name."
    )
    article = clean_text(story)
    assert "The council misstated the cost" in article.text
    assert "Correction" not in article.text
    assert "earlier version" not in article.text
