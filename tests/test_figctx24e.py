"""Context phrases (helper figctx24e, issue #18): a phrase that opens at a bare verb in a
sentence too long for a whole clause gets its subject's head (`context_head`); the fallback's
run may skip a middle clause that says who said it, and may open at a number word; a tail cut
short is mended (`context_tail_cut`: a colon kept, a cut head noun put back, a dangling
infinitive dropped, an intransitive verb's place kept). Texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # a relative clause on the noun a copula gives the subject: the subject's name
            "Editor's note: Maria Lopez regularly mocks her rivals and is a reckless gambler, "
            "fierce brawler, liar and cheat who has repeatedly vowed to shut all the ports ― "
            "2,300 harbours of an entire coastline ― to foreign ships.",
            "2,300 harbours",
            "Maria Lopez has repeatedly vowed to shut all the ports ― … of an entire coastline",
        ),
        (  # a participle after a comma: the opening clause's subject, comma kept
            "Oslo answered by bypassing its neighbours in the old treaty, founding a Nordic "
            "Green Energy Fund in March with a $40 billion capital base.",
            "$40 billion",
            "Oslo, founding a Nordic Green Energy Fund in March with a … capital base",
        ),
        (  # a second predicate after "and also": the sentence's subject, its modifier dropped
            "The mining firm from the north paid $2.1 billion in royalties abroad in 2019, "
            "including in Chile, and also paid more than $600 million in other regional, city "
            "and national fees.",
            "more than $600 million",
            "The mining firm paid … in other regional, city and national fees",
        ),
        (  # a run may open at a lower-case number word
            "As the finance minister explained on the radio, three levies were delayed in the "
            'spending bill, leaving the treasury short of $12 billion, "which is a lot."',
            "$12 billion",
            "three levies were delayed in the spending bill, leaving the treasury short of …",
        ),
        (  # a middle "according to" clause skipped to fit the run
            "Ticket sales have doubled since spring, according to the small riverside theatre, "
            "with 4,000 seats booked in May and sales still rising.",
            "4,000 seats",
            "Ticket sales have doubled since spring, with … booked in May and sales still rising",
        ),
        (  # a middle "he said" skipped
            "The harbour board approved the new quay on Monday, he said, handing the builders a "
            "contract worth $30 million.",
            "$30 million",
            "The harbour board approved the new quay on Monday, handing the builders a contract "
            "worth …",
        ),
        (  # a colon after the figure is kept
            "It spans three broad fields: safety rules aimed at smugglers, money checks "
            "designed to stop their funding, and work to end recruiting in clubs, schools and "
            "other venues.",
            "three broad fields",
            "It spans …: safety rules aimed at smugglers",
        ),
        (  # a dangling infinitive whose object was cut is dropped
            "Pine Press is now running a crowdfunding drive to raise $7,000 to pay for a short "
            'print run of the novel: "Print the novel that the mayor does not want you to see," '
            "the pitch on the site says.",
            "$7,000",
            "Pine Press is now running a crowdfunding drive to raise …",
        ),
        (  # a verb with the figure as its subject keeps its place
            "(Some 31 inmates belong to that group.)",
            "31 inmates",
            "Some … belong to that group",
        ),
    ],
)
def test_context(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


def test_participle_of_another_subject_gets_no_head() -> None:
    """Guard: a participle after "and the office finished …" is not the city's."""
    text = (
        "The city screened more than 4,100 tenants and the housing office finished about "
        "1,900 final visits with tenants, approving about 1,850 families for new flats, she said."
    )
    assert not _context(text, "about 1,850 families").startswith("The city")


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (["Editor's", "note:", "Donna", "Reyes", "regularly", "says", "that"], ["Donna", "Reyes"]),
        (["Black", "voters", "have", "formed", "a", "bloc"], ["Black", "voters"]),
        (["Counting", "the", "four", "shops", "that", "closed"], []),
        (["Even", "here", "she", "was"], []),
        (["Ted", "Cruz’s", "preferred", "candidates", "won"], []),
    ],
)
def test_subject_head(words: list[str], head: list[str]) -> None:
    from summarizer.figures.context_head import subject_head

    assert subject_head(words) == head


def test_attribution() -> None:
    from summarizer.figures.context_head import attribution

    assert attribution(["according", "to", "the", "theatre"])
    assert attribution(["he", "said"])
    assert not attribution(["with", "4,000", "seats", "booked"])


def test_a_capitalised_name_is_no_article_and_adjective() -> None:
    # "… through her Reach For The Top" ends a programme's name: no next word glued on (lead,
    # after fresh reading 26 showed "… Race To The Top competitive")
    from summarizer.figures.context_tail_cut import mended_tail

    text = "The council gave schools $5 million through its Reach For The Top grant scheme."
    f_end = text.index("$5 million") + len("$5 million")
    phrase = "The council gave schools … through its Reach For The Top"
    assert mended_tail(phrase, text, len(text), f_end) == phrase
    # a lower-case article and adjective still get their cut noun back
    text = "The storm cost $5 million across an entire coastline last winter."
    f_end = text.index("$5 million") + len("$5 million")
    phrase = "The storm cost … across an entire"
    assert mended_tail(phrase, text, len(text), f_end) == phrase + " coastline"


def test_within_is_a_function_word_and_no_cut_head_noun() -> None:
    # "… to the region within" must not read "within" as the head noun it waits for
    from summarizer.figures.context_tail_cut import mended_tail

    text = "The club will send six trainers to the region within weeks of the vote."
    f_end = text.index("six trainers") + len("six trainers")
    phrase = "The club will send … to the region within"
    assert mended_tail(phrase, text, len(text), f_end) != phrase + " weeks"
