"""Session 19: a quoted sentence interrupted by its cue is one quote (an editor's reading of
30 real pages' replies: the first half shown as a sentence of its own, the second as a
lower-case fragment)."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes

LEAD = "The harbour master spoke on Monday about the new pier and the boats.\n\n"


def test_one_sentence_split_by_its_cue_clause_is_one_quote() -> None:
    text = LEAD + (
        '"If the fishermen are happy with that," Ole Berg said of the pier, "that is fine with '
        'us. Myself, I would have liked a longer one, but the money was not there."'
    )
    quotes = find_quotes(text, "en")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("If the fishermen are happy with that, that is fine with us.")
    assert not quote.text.startswith("If the fishermen are happy with that.")
    assert str(quote.speaker) == "Ole Berg"
    assert len(quote.spans) == 2


def test_the_cues_comma_goes_when_the_halves_join_but_a_clauses_stays() -> None:
    text = LEAD + '"We are," Ole Berg said of the crews, "going home before the storm comes in."'
    assert find_quotes(text, "en")[0].text.startswith("We are going home before the storm")


def test_a_second_quote_opening_a_new_sentence_is_no_continuation() -> None:
    text = LEAD + (
        '"The pier is long enough," Ole Berg said of the plans, adding that the boats were '
        'small. "We will see in spring whether the storms agree with us."'
    )
    quotes = find_quotes(text, "en")
    assert quotes and quotes[0].text.startswith("The pier is long enough.")
    assert not any("enough We" in q.text or "enough we" in q.text for q in quotes)


def test_someone_elses_quote_after_a_comma_is_not_joined() -> None:
    text = LEAD + (
        '"The pier is long enough," Ole Berg said, while the skipper Ida Lund, asked the same, '
        'replied "only for small boats, as far as I can see from here."'
    )
    quotes = find_quotes(text, "en")
    assert not any("enough" in q.text and "small boats" in q.text for q in quotes)


def test_a_key_quote_of_an_anonymous_one_shows_no_speaker() -> None:
    text = (
        "Hundreds of fans queued outside the stadium on Saturday for tickets to the final.\n\n"
        '"We have been here since five in the morning and nobody told us anything," one said.\n\n'
        '"It is the same every year, they never learn," another said.\n\n'
        '"We sold every ticket we had by noon," the club\'s spokeswoman Ada Vos said.'
    )
    quotes = key_quotes(Article(text, title="Fans queue for the final"), "en")
    speakers = {" ".join(q.text.split()[:3]): q.speaker for q in quotes}
    assert speakers["We have been"] is None
    assert speakers["It is the"] is None
    assert speakers["We sold every"] == "Ada Vos"


def test_a_quoted_phrase_shows_the_words_that_lead_into_it() -> None:
    text = (
        "The harbour board met on Monday to vote on the new pier.\n\n"
        'Ole Berg said the plans were "a waste of the town\'s money and years of work" and '
        "walked out.\n\n"
        "The board voted for the pier by five votes to two."
    )
    (quote,) = key_quotes(Article(text, title="Board backs pier"), "en")
    assert quote.speaker == "Ole Berg"
    assert quote.text == "a waste of the town's money and years of work"
    assert quote.lead == "the plans were"


def test_a_whole_quote_has_no_lead() -> None:
    text = LEAD + '"The pier is long enough for every boat we have," Ole Berg said.'
    (quote,) = key_quotes(Article(text, title="Pier"), "en")
    assert quote.lead == ""


def test_a_lead_starts_at_a_word_not_at_the_cues_comma() -> None:
    text = (
        "The harbour board met on Monday to vote on the new pier.\n\n"
        'In his view, Ole Berg said, the town "does not want another year of building work" '
        "and will say so.\n\n"
        "The board voted for the pier by five votes to two."
    )
    (quote,) = key_quotes(Article(text, title="Board backs pier"), "en")
    assert quote.lead == "the town"
