"""Phrase tails from issue #18's eleventh by-eye reading (session 16, fourth pass): a tail cut
inside a pair of modifiers before their shared head noun ("the Welsh coal | and steel
trade"), and a tail cut inside a "from … to …" span. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from tests.figure_helpers import containing as _one


@pytest.mark.parametrize(
    ("text", "core", "tail"),
    [
        (
            "The £41.2m purchase hands Northvale Mining a way into the Welsh coal and steel trade.",
            "41.2m",
            "the Welsh coal and steel trade",
        ),
        (
            "The £6.5m grant will pay for repairs to the old chapel roof and bell tower walls.",
            "6.5m",
            "roof and bell tower walls",
        ),
    ],
)
def test_a_modifier_pair_keeps_its_shared_head(text: str, core: str, tail: str) -> None:
    assert _one(text, core).context.endswith(tail)


@pytest.mark.parametrize(
    ("text", "core", "tail"),
    [
        (
            "The boxed edition holds no fewer than 27 Ferrow albums spanning from the folk records"
            " and early demos to The Last Harbour.",
            "27",
            "from the folk records and early demos to The Last Harbour",
        ),
        (
            "Inspectors watched the Kestrel depot for 19 nights running"
            " from 4 June to 22 June 2003.",
            "19",
            "from 4 June to 22 June 2003",
        ),
    ],
)
def test_a_span_keeps_its_far_end(text: str, core: str, tail: str) -> None:
    assert _one(text, core).context.endswith(tail)


@pytest.mark.parametrize(
    ("text", "core", "head"),
    [
        (
            "The flood, which struck in 2009, closed two bridges, swamped many shops and homes,"
            " and is thought to have cost the county about £310m.",
            "310m",
            "The flood is thought",
        ),
        (
            "The 29-year-old, who has 41 caps, was the club's top scorer in 2008, but has missed"
            " most of the last three of his nine seasons at Harwick.",
            "nine",
            "The 29-year-old has missed",
        ),
    ],
)
def test_a_last_predicate_takes_the_subject_of_the_run(text: str, core: str, head: str) -> None:
    assert _one(text, core).context.startswith(head)


@pytest.mark.parametrize(
    ("text", "core", "head"),
    [
        (
            "It grants the public a full right of appeal against rulings made by about 4,000"
            " panels.",
            "4,000",
            "It grants the public",
        ),
        (
            "Wardley Foods said it expects to close around 2,300 stores following its £4bn merger"
            " with rival chain Okes.",
            "4bn",
            "it expects to close",
        ),
    ],
)
def test_an_object_start_takes_its_verb_back(text: str, core: str, head: str) -> None:
    assert _one(text, core).context.startswith(head)


@pytest.mark.parametrize(
    "text",
    [
        "Six women from North Devon and another woman from Bristol have been charged and bailed.",
        "Four boys from the Hill Estate and one girl from Tarn Road were rescued after the flood.",
    ],
)
def test_a_subject_pair_keeps_its_verb(text: str) -> None:
    context = find_figures(text, "en")[0].context
    assert context.endswith(("have been charged", "were rescued"))
