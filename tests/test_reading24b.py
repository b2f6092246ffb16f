"""Reading24b: wrong and unclear speakers found reading whole replies to political news
(PolNeAR train, round 10, and two shapes round 9's check set showed); each test on text
written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _one(text: str, words: str):
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in find_quotes(text)]
    return found[0]


def test_a_contraction_opening_a_sentence_is_no_given_name() -> None:
    # "Don’t" is no "Don" for "Don Mercer": the "he said" after the reporter's questions is
    # the professor's or nobody's, never a spokesman's from paragraphs back
    text = (
        "Harbour board delays the vote\n\n"
        "Board spokesman Don Mercer would not say when the harbour board will vote.\n\n"
        "The dredging plan has waited two years. Shipping firms say the channel silts up "
        "every winter, and the port lost three lines to rival harbours last spring.\n\n"
        "Engineers have drawn up four versions of the plan since then.\n\n"
        "Ines Barlow, an engineering professor at Coastal State, was not hopeful.\n\n"
        "“They will wait for the election and hope the problem goes away,” Barlow said.\n\n"
        "But what if Maria Ostend wins the mayor's race? Don’t board members fear a new chair?\n\n"
        "“Then the whole plan starts over,” he said.\n"
    )
    assert _one(text, "whole plan starts over").speaker != "Don Mercer"


def test_a_document_article_is_no_speaker() -> None:
    text = (
        "Treaty limits returns\n\n"
        "The treaty was signed in 1951 by most of Europe. Article 12 affirms: “No party "
        "shall send a person back to a land where his life would be in danger.”\n\n"
        "Officials said the new deal broke that rule.\n"
    )
    assert _one(text, "No party shall").speaker is None


def test_a_preposition_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Mayor faces calls to quit\n\n"
        "The council met on Monday. Amid CLU calls for a vote, even a senior party adviser "
        "said the mayor must choose a side, saying, “Sooner or later she has to tell us "
        "where she stands on the harbour deal.”\n"
    )
    assert _one(text, "Sooner or later").speaker != "Amid CLU"


def test_a_curly_mark_typed_the_wrong_way_ends_the_question() -> None:
    text = (
        "Host presses the mayor\n\n"
        "Host Rita Vance pressed the mayor on the deal.\n\n"
        "“Do you want to be seen with those people?“ she asked.\n\n"
        "“No, I want to be seen with people who build things,” Mayor Tom Guthrie said.\n"
    )
    asked = _one(text, "seen with those people")
    assert asked.speaker == "Rita Vance"
    assert "build things" not in asked.text
    assert _one(text, "build things").speaker == "Tom Guthrie"


def test_the_show_told_is_no_part_of_the_quote() -> None:
    text = (
        "Hale backs the levy\n\n"
        '"The levy is fair. It pays for the roads," Nora Hale told "Morning Desk," '
        "reminding the hosts that Mayor Frank Dobbs had fought every levy since 2004. "
        '"But you do not win by shouting at voters," she said.\n'
    )
    first = _one(text, "The levy is fair")
    assert "Morning Desk" not in first.text
    assert _one(text, "do not win by shouting").speaker == "Nora Hale"


_COUPLE = (
    "Hale says the budget is a mess\n\n"
    "Senator Nora Hale spoke to farmers in Ames on Friday. She and her husband, former "
    "Governor Victor Hale, toured a dairy in the morning.\n\n"
)


def test_a_relative_brought_in_by_kin_tells_no_one_apart() -> None:
    # the story may be the husband's or the senator's: no full name is guessed; the cue's
    # own word is shown as the text wrote it (shared_speaker.UNTOLD_AS_WRITTEN)
    text = _COUPLE + "“The budget is a mess and the farmers pay for it,” Hale said.\n"
    assert _one(text, "farmers pay for it").speaker == "Hale"


def test_a_shared_surname_is_the_one_named_in_full_so_far() -> None:
    text = (
        "Hale says the budget is a mess\n\n"
        "Senator Nora Hale spoke to farmers in Ames on Friday.\n\n"
        "“The budget is a mess and the farmers pay for it,” Hale said.\n\n"
        "Victor Hale, a cousin who runs a feed store, listened from the back.\n"
    )
    assert _one(text, "farmers pay for it").speaker == "Nora Hale"


def test_a_shared_surname_the_text_does_not_tell_apart_stays_as_written() -> None:
    text = (
        "Hales split on the budget\n\n"
        "Senator Nora Hale and Governor Victor Hale spoke in Ames on Friday.\n\n"
        "“The budget is a mess and the farmers pay for it,” Hale said.\n"
    )
    assert _one(text, "farmers pay for it").speaker == "Hale"


def test_a_shared_surname_after_a_relative_spoken_of_stays_as_written() -> None:
    # the speaker praises "his younger brother": the relative may be the one speaking
    text = (
        "The Dunns rally in Akron\n\n"
        "Carl Dunn brought his older brother, Walter Dunn, to a rally in Akron on Monday.\n\n"
        "Mr. Dunn also praised his younger brother's patience and argued for a candidate who "
        "can win. “All the talk means nothing if we lose in the fall,” Mr. Dunn said.\n"
    )
    assert _one(text, "All the talk means nothing").speaker == "Dunn"


def test_the_last_speaker_in_full_does_not_tell_which_one_a_bare_surname_means() -> None:
    # a father quoted in full, then "Hale said" of his son: the last speaker is no evidence
    text = (
        "A son comes home\n\n"
        "Victor Hale last spoke to his son, Owen Hale, in March, before the boat left port.\n\n"
        "“He is strong, and he never gave up,” Victor Hale told reporters.\n\n"
        "The younger Hale spent 60 days adrift.\n\n"
        "“Everything on board was broken,” Hale said.\n"
    )
    assert _one(text, "Everything on board").speaker == "Hale"  # not "Victor Hale"


def test_a_pronoun_that_fits_one_of_two_sharers_names_her_in_full() -> None:
    text = (
        "Hales split on the budget\n\n"
        "Senator Nora Hale and Governor Victor Hale spoke in Ames on Friday. Hale told the "
        "crowd the budget would pass.\n\n"
        "“The farmers pay for it,” she said.\n"
    )
    # "she" fits only Nora; the pronoun's search found the bare "Hale": never "Victor Hale"
    assert _one(text, "farmers pay for it").speaker in ("Hale", "Nora Hale")


def test_a_shared_surname_is_the_one_the_headline_names() -> None:
    text = (
        "Nora Hale says the budget is a mess\n\n"
        "Senator Nora Hale spoke in Ames on Friday.\n\n"
        "Governor Victor Hale, who signed the last budget, was in Des Moines.\n\n"
        "“The budget is a mess and the farmers pay for it,” Hale said.\n"
    )
    assert _one(text, "farmers pay for it").speaker == "Nora Hale"


def test_a_shared_surname_first_named_in_a_list_is_no_guess() -> None:
    # the son is named first, among the victims; the words are his mother's
    text = (
        "Families answer the minister\n\n"
        "The blast killed three workers: foreman Ray Tolland, welder Owen Marsh and "
        "driver Luis Pena.\n\n"
        "Jane Marsh, mother of Owen Marsh, rejected the minister's account.\n\n"
        "“Nobody told us the truth that night,” Marsh said.\n"
    )
    assert _one(text, "Nobody told us the truth").speaker in ("Marsh", "Jane Marsh")


def test_a_shared_surname_is_the_one_the_article_title_names() -> None:
    # the bot's text has no headline line: the title comes apart (`find_quotes(title=...)`)
    text = (
        "Senator Nora Hale spoke in Ames on Friday, a day after her husband, former Governor "
        "Victor Hale, was in Des Moines.\n\n"
        "“The budget is a mess and the farmers pay for it,” Hale said.\n"
    )
    title = "Nora Hale says the budget is a mess"
    found = [q for q in find_quotes(text, title=title) if "farmers pay" in q.text]
    assert [q.speaker for q in found] == ["Nora Hale"]
