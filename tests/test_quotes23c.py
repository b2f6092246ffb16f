"""Quotes23c: the general causes behind the wrong speakers a whole-reply reading of political
news found (reading23d's check set); each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [q.text for q in find_quotes(text)]
    return found[0].speaker


_HOST = (
    "Senator Ann Cole spoke to the host on Tuesday night about her running mate.\n\n"
    'Host Ray Dunn asked, "Would you pick a cowboy to calm the voters?"\n\n'
    '"Well, I will look at a lot of different people," Cole said. '
    '"You would pick a real cowboy for the job?" Dunn parroted.\n'
)


def test_a_quote_whose_own_cue_names_someone_else_is_not_joined_on() -> None:
    quotes = find_quotes(_HOST)  # "parroted": a verb no speech list holds
    cole = [q for q in quotes if q.speaker == "Ann Cole"]
    assert cole and all("cowboy" not in q.text for q in cole), [q.text for q in quotes]
    assert all(q.speaker != "Ann Cole" for q in quotes if "real cowboy" in q.text)


def test_a_name_quoted_as_words_is_nobody_full_name() -> None:
    text = (
        "The Network Takes Steps Against Extremists\n\n"
        "Some accounts linked to the group put the location on their profile as "
        "“Province Vimeo,” or “the land of Vimeo.”\n\n"
        "“Our work in this area has changed,” Vimeo said in a statement on Friday.\n"
    )
    assert _speaker_of(text, "Our work in this area") == "Vimeo"


def test_the_end_of_a_body_name_cut_at_and_is_no_speaker() -> None:
    text = (
        "Experts doubted the server was safe.\n\n"
        "Mark B. Hollis, a former analyst who now studies the networks of nations at the "
        "Institute for Peace and Conflict Studies, said, “If she used it abroad, they almost "
        "certainly read it.”\n"
    )
    assert _speaker_of(text, "almost certainly read it") == "Mark B. Hollis"


def test_an_office_field_is_no_part_of_the_name() -> None:
    text = (
        "In a message released Friday, White House Chief of Staff Dan Morrow praised the envoy "
        "for his work.\n\n"
        "“The envoy is the greatest!!!” Morrow wrote in an email to officials.\n"
    )
    assert _speaker_of(text, "The envoy is the greatest") == "Dan Morrow"


def test_an_office_field_of_two_words_goes_too() -> None:
    text = (
        "Secretary of Veterans Affairs Maria Tarrant visited the port on Monday.\n\n"
        "“The port is safe,” Tarrant told reporters.\n\n"
        "Director of Research John A. Smith spoke next. “It works,” Smith said.\n"
    )
    assert _speaker_of(text, "It works") == "John A. Smith"
    assert _speaker_of(text, "The port is safe") == "Maria Tarrant"


def test_an_office_field_before_a_cue_name_goes() -> None:
    text = (
        "The plan was published on Monday.\n\n"
        "Professor of Law Ann Bell, a critic of the plan, said, “It will fail in court.”\n"
    )
    assert _speaker_of(text, "fail in court") == "Ann Bell"
