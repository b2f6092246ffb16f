"""Session 17, second quote pass (issue #17): a curly ‘ spaced from its words after a
sentence end opens a quote, as the straight ' and the double marks already did, in Daily Mail
text that lost its paragraph breaks ("... the squad. ‘ He is ...,’ Lee added."). Texts written
here, in the shape of the Daily Mail's."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_spaced_curly_single_after_a_sentence_end_opens_a_quote() -> None:
    # The ‘ keeps a space after it where the paragraph break was lost; the cue after the
    # closing ’ names the speaker, and the next paragraph's ‘ quote goes on with him.
    text = (
        "Rovers are four points clear but Dale Pryce says coach Ivo Marsh has lifted the whole "
        "dressing room. ‘ He’s so calm around the training ground, lifts everyone before a "
        "match and you can see it on the pitch,’ Pryce added. ‘He gave me my first game in "
        "a big cup tie and I will not forget that.’ Rovers play again on Sunday."
    )
    found = _found(text)
    assert any(q.startswith("He’s so calm around") and who == "Dale Pryce" for q, who in found)
    assert all("Rovers play again" not in q for q, _ in found)


def test_spaced_curly_single_inside_a_sentence_opens_nothing() -> None:
    # The limit: a ‘ spaced from its words that follows a word, not a sentence end, is no
    # opening mark, while the spaced one after the full stop is.
    text = (
        "Fans booed the new kit, which the club had called its ‘ Home Glory range. Nobody "
        "liked it at all. ‘ We got it badly wrong with the design and we are sorry for that,’ "
        "said club chief Nell Ardley. The kit goes on sale in May."
    )
    found = _found(text)
    assert all("Home Glory" not in q for q, _ in found)
    assert ("We got it badly wrong with the design and we are sorry for that.", "Nell Ardley") in (
        found
    )


def test_curly_single_quote_looks_past_a_phrase_in_double_marks() -> None:
    # British style nests double marks in a ‘ quote: the “...” phrase inside ends nothing,
    # the closing ’ after it does.
    text = (
        "The winger has started one league game this year. But Dunmore said: ‘You can see "
        "what a talent he is. I watched him score twice at home and I thought, “What a "
        "player he is”. He is a fine lad and we must be patient.’ The club meet on Friday."
    )
    found = _found(text)
    assert any(
        q.startswith("You can see what a talent")
        and q.endswith("we must be patient.")
        and who == "Dunmore"
        for q, who in found
    )


def test_curly_single_quote_closed_by_a_straight_mark_before_the_next_sentence() -> None:
    # Careless typing closes a ‘ quote with a straight ' after its full stop; the reporter's
    # sentence after it is no part of the quote.
    text = (
        "Brook was taken off at half-time. In his comments after the match, Varga added: "
        "‘Brook is not injured, but I felt he was tired. In games like this you must act "
        "fast.' Belgium's coach Tom Varga said the player agreed with him."
    )
    found = _found(text)
    quote = "Brook is not injured, but I felt he was tired. In games like this you must act fast."
    assert (quote, "Tom Varga") in found
