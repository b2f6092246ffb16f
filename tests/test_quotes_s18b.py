"""Session 18, second quote pass (issue #17, on bbc_train12's dev part): a described subject
after a whole quoted sentence reports its own news; a quote right after the reporter's
sentence that quoted a phrase of one person is that person's; "the paper quoted an aide as
saying"; a party label before a name is no part of it; "Acme vice-chairman Jo Lee" is no
subject "Acme". Texts written for these tests."""

from summarizer.quotes.find import find_quotes
from summarizer.quotes.honours import bare_name


def _speaker(text: str, words: str, partial: bool = False) -> str | None:
    found = [q for q in find_quotes(text, partial=partial) if words in q.text]
    assert found, words
    return found[0].speaker


# --- "Name, a description, claimed ..." after a whole quoted sentence is narration -------------


def test_an_appositive_subject_reporting_its_own_news_is_no_cue():
    text = (
        "Club owner Martin Kerr has asked former umpires Dana Ostrowski and Lou Park to study "
        'several of Ray Tully\'s calls. "I want to go through the match with Dana and Lou," Kerr '
        'told the Evening Post. "I want to speak to the FA about it. I think only one team got '
        "a fair hearing.\" Ostrowski, the county board's umpires' manager, claimed Tully made "
        "four big errors which changed the result of Friday's game. The home side lost 3-1."
    )
    assert _speaker(text, "only one team") not in {"Ostrowski", "Dana Ostrowski"}


def test_an_appositive_subject_with_a_short_cue_still_speaks():
    text = (
        'The vote went ahead on Monday. "We are very pleased with the result." Dana Bright, '
        "the league's chief assessor, said."
    )
    assert _speaker(text, "very pleased") == "Dana Bright"


# --- a quote right after a sentence that ends with one person's quoted phrase --------------


def test_a_quote_after_a_sentence_ending_with_a_quoted_phrase_is_its_speakers():
    text = (
        "Council officials have delayed the bridge repairs for a third time. Councillor Ruth "
        'Amberley said the delay was "a slap in the face for every commuter". "People have '
        'waited two years already and nobody has explained why."'
    )
    assert _speaker(text, "People have waited") == "Ruth Amberley"


def test_a_one_word_phrase_ending_the_sentence_is_enough():
    text = (
        "The trade body met in Leeds on Tuesday. Mr Oduya said small studios had to become "
        'more "professional". "Too many of them still run on goodwill and late nights."'
    )
    assert _speaker(text, "Too many of them") in {"Oduya", "Mr Oduya"}


def test_narration_between_the_phrase_and_the_quote_credits_nobody():
    text = (
        "Council officials have delayed the bridge repairs for a third time. Councillor Ruth "
        'Amberley said the delay was "a slap in the face for every commuter". The bridge '
        'carries 40,000 cars a day. "People have waited two years already."'
    )
    assert _speaker(text, "People have waited") is None


# --- "the paper quoted an aide as saying" -------------------------------------------------


def test_the_described_person_a_paper_quotes_is_the_speaker():
    text = (
        'The deal was agreed over the weekend. "They moved faster than anyone thought '
        'possible," the Evening Courier quoted an official at the ministry as saying.'
    )
    assert _speaker(text, "moved faster") == "an official at the ministry"


# --- a party label before a name ---------------------------------------------------------


def test_a_party_label_is_no_part_of_the_name():
    assert bare_name("Lib Dem Jo Hartley") == "Jo Hartley"
    assert bare_name("Labour MP Jo Hartley") == "Jo Hartley"
    assert bare_name("Tory Hartley") == "Tory Hartley"  # no full name would be left


def test_a_party_labelled_speaker_is_credited_clean():
    text = (
        'The bill passed its second reading. "This is a shabby compromise," said Tory Jo '
        "Hartley. Ministers rejected the charge."
    )
    assert _speaker(text, "shabby compromise") == "Jo Hartley"


# --- "Acme vice-chairman Jo Lee": the firm is no subject -------------------------------------


def test_a_firm_before_a_hyphenated_role_is_not_the_he():
    text = (
        "Westbury vice-chairman Colin Parr has said the club may sell its training ground.\n\n"
        'Speaking at a dinner in York, he said a sale was "one of several routes open to us" '
        "after the summer. When Westbury moves to its new ground next year, costs will rise."
    )
    assert _speaker(text, "one of several routes", partial=True) == "Colin Parr"


# --- '"...," it said' after a sentence in which a named body speaks --------------------------


def test_it_said_after_a_body_that_spoke_is_that_body():
    text = (
        "Shares in the exchange rose 2% on Tuesday. Nordbank Holdings said the bid for the "
        'exchange would go ahead. "We remain sure that the offer is fair to our own '
        'shareholders," it said.'
    )
    assert _speaker(text, "remain sure") == "Nordbank Holdings"


def test_it_said_after_a_statement_by_a_body_is_that_body():
    text = (
        "The trial of the scheme began last week. In a statement the KWPS said it had serious "
        'doubts about the plan. "We think the animals will suffer for no good reason," it said.'
    )
    assert _speaker(text, "animals will suffer") == "KWPS"


def test_it_said_after_a_person_who_spoke_credits_nobody():
    text = (
        "The report was published on Monday. Mr Dalby said the report was badly flawed. "
        '"The figures do not add up," it said.'
    )
    assert _speaker(text, "do not add up") is None
