"""Reading24e: speakers from round 13 of whole replies, to British news (BBC copy: "X said
... adding:" with no comma, "Earlier Tony Blair defended ...", "Commenting on Mr X's case, he
said:", "..., the OECD said." before an "it added"); each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.placed_names import placements


def _one(text: str, words: str):
    found = [q for q in find_quotes(text, partial=True) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in find_quotes(text, partial=True)]
    return found[0]


def test_adding_without_a_comma_goes_to_the_one_who_said() -> None:
    text = (
        "Party meeting turns stormy\n\n"
        "The leaders faced their backbenchers on Monday evening. Labour MP Jo Pell said Mr "
        'Hart and Mr Dune had a "roasting" from colleagues adding: "It was a party meeting '
        'unlike any before it."\n'
    )
    assert _one(text, "unlike any before").speaker == "Jo Pell"


def test_adding_without_a_subject_credits_no_one_spoken_of() -> None:
    text = (
        "Party meeting turns stormy\n\n"
        "The leaders faced their backbenchers on Monday evening. It was said that Mr Hart "
        'had a "roasting" from colleagues adding: "It was a party meeting unlike any before '
        'it."\n'
    )
    # guard (passes on the snapshot too): the rule never credits a name spoken of
    assert _one(text, "unlike any before").speaker != "Hart"


def test_a_time_adverb_before_a_full_name_leaves_it_a_person() -> None:
    text = (
        "Licensing plans defended\n\n"
        "Ministers say later opening hours will end the rush at closing time. Earlier Toby "
        "Marsh defended the plans against one of his own backbenchers.\n\n"
        '"We should have the flexibility other countries have and come down hard on those '
        'who abuse it," he told MPs.\n'
    )
    assert _one(text, "flexibility other countries").speaker == "Toby Marsh"
    assert "Toby Marsh" in placements("Earlier Toby Marsh defended the plans.").timed


def test_a_participle_phrase_before_he_names_no_antecedent() -> None:
    text = (
        "Defector on hunger strike\n\n"
        "A former intelligence officer has refused food for six weeks outside the ministry.\n\n"
        "Ivan Petrov, a former officer who became an agent for the British, said he was "
        "content with the way he had been treated since 1990. Commenting on Mr Orlov's case, "
        'he said: "The state is not a cash machine for anyone who asks."\n'
    )
    assert _one(text, "cash machine").speaker == "Ivan Petrov"


def test_participle_lead_reads_only_a_participle_phrase() -> None:
    # a subordinate clause keeps its own subject ("After Lee scored, he said")
    from summarizer.quotes.fronted_participle import participle_lead  # new in reading24e

    text = "Ray won. After Lee scored, he said"
    assert participle_lead(text, 0, text.index("he said")) == text.index("he said")
    text = "Ray won. Speaking about Lee, he said"
    assert participle_lead(text, 0, text.index("he said")) == text.index("Speaking")


def test_a_body_that_tags_the_sentence_before_is_the_it_of_it_added() -> None:
    text = (
        "Growth forecast trimmed\n\n"
        "The outlook for the eurozone was cut to 1.8%. Cheaper oil and a recovery in Asia "
        "would lift trade next year, the IMF said.\n\n"
        '"Firm balance sheets should keep investment growing through the winter," it added.\n'
    )
    assert _one(text, "balance sheets").speaker == "IMF"


def test_a_person_tagging_the_sentence_before_is_no_it() -> None:
    # guard: "it" never goes to a person's name
    text = (
        "Growth forecast trimmed\n\n"
        "The outlook for the eurozone was cut to 1.8%. Cheaper oil would lift trade next "
        "year, Mr Lukas Brenner said.\n\n"
        '"Firm balance sheets should keep investment growing through the winter," it added.\n'
    )
    assert _one(text, "balance sheets").speaker is None
