"""Interviews printed as transcripts (#17): the interviewee's answers are quotes credited to
them, the interviewer's questions are nobody's quotes (`summarizer.quotes.transcript`)."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes

NAMED = """Potter Ines Calloway has fired her kiln in the same barn for twenty years. We met her \
before the autumn fair.

What made you start with clay?

INES CALLOWAY: A broken teapot. I tried to mend it and ended up making a worse one. Then a \
better one.

Do you still sell at the fair?

CALLOWAY: Every year. The fair pays for the glaze, and the glaze is the expensive part.

You once said pottery is patience. Is that still true?

CALLOWAY: Less than it was. The new kiln forgives a lot of mistakes.
"""

Q_AND_A = """Lighthouse keeper Bruno Salvi retired this spring after forty winters on the rock.

Q: What will you miss?
A: The quiet at four in the morning. Nobody phones a lighthouse at four.

Q: And what won't you miss?
A: Carrying coal up ninety steps. My knees have opinions about those steps.
"""

RUSSIAN = """Библиотекарь Вера Соколова рассказала о ночных чтениях.

В: Кто приходит на чтения?
О: В основном студенты. Иногда пенсионеры, которые не могут уснуть.

В: Что читают вслух?
О: Всё подряд, от сказок до инструкций к стиральным машинам.
"""

GERMAN = """Die Imkerin Greta Halvorsen über ein schwieriges Jahr.

Frage: Wie geht es den Bienen?
Antwort: Besser als im Frühling. Der Regen hat uns fast alle Völker gekostet.

Frage: Und der Honig?
Antwort: Wenig, aber sehr dunkel. Die Kunden mögen ihn trotzdem.
"""

FAQ = """Council leader Mara Quinn introduced the new parking zone on Monday.

Frequently asked questions

Q: Who needs a parking permit?
A: Every resident of the zone who parks on the street in the day. Visitors need a day pass.

Q: How much does a permit cost?
A: Forty pounds a year. The council reviews the price every spring.

Q: Can I park outside my own house?
A: Only in a marked bay. A dropped kerb is no bay.
"""

NOTES = """The parish council voted to repaint the bus shelter on Monday.

Note: The council's minutes have not yet been published.

Councillor Dev Anand said the old paint was peeling badly.

Note: This story was updated to add the cost of the paint.
"""

GLUED = """Cyclist Tamsin Orr finished second in the mountain stage.
TAMSIN ORR: The last climb hurt more than I expected. My legs were empty. I still wanted the win. \
Did you think about attacking earlier?
ORR: Never. The wind was in our faces the whole way up. Whoever went first was going to lose. \
What comes next for you?
ORR: Rest, then the time trial.
"""

CONVERSATION = """The court heard a recording of the phone call.

Colin Marsh: Where are you now?
Petra Lind: At the station. The train is late.
Colin Marsh: Then wait there.
Petra Lind: I always wait.
"""


def _transcript(text: str, **kwargs: str) -> list:
    return [q for q in find_quotes(text, **kwargs) if q.how.startswith("transcript")]


def test_name_labels_credit_the_full_name_and_leave_the_questions_out() -> None:
    found = _transcript(NAMED)
    assert [q.speaker for q in found] == ["Ines Calloway"] * 3
    assert found[0].text.startswith("A broken teapot.")
    assert found[1].text == (
        "Every year. The fair pays for the glaze, and the glaze is the expensive part."
    )
    assert not any("CALLOWAY" in q.text or "?" in q.text for q in found)
    assert all(q.speaker != "Ines Calloway" for q in find_quotes(NAMED) if "?" in q.text)


def test_answer_spans_point_at_the_words_after_the_label() -> None:
    found = _transcript(NAMED)
    (start, end), *_ = found[2].spans
    assert NAMED[start:end] == "Less than it was. The new kiln forgives a lot of mistakes."


def test_q_and_a_credit_the_interviewee_of_the_intro() -> None:
    found = _transcript(Q_AND_A)
    assert [q.speaker for q in found] == ["Bruno Salvi", "Bruno Salvi"]
    assert found[0].text == "The quiet at four in the morning. Nobody phones a lighthouse at four."
    assert not any("miss" in q.text for q in found)  # the questions are nobody's quotes


def test_q_and_a_with_no_one_named_gives_nothing_unless_the_title_names_one() -> None:
    body = Q_AND_A.split("\n", 2)[2]  # the intro line gone: nobody gives the answers
    assert _transcript(body) == []
    titled = _transcript(body, title="Q&A: Bruno Salvi on forty winters")
    assert [q.speaker for q in titled] == ["Bruno Salvi", "Bruno Salvi"]


def test_russian_and_german_labels() -> None:
    russian = _transcript(RUSSIAN)
    assert [q.speaker for q in russian] == ["Вера Соколова"] * 2
    assert russian[0].text.startswith("В основном студенты.")
    german = _transcript(GERMAN)
    assert [q.speaker for q in german] == ["Greta Halvorsen"] * 2
    assert german[1].text == "Wenig, aber sehr dunkel. Die Kunden mögen ihn trotzdem."


def test_two_note_lines_make_no_transcript() -> None:
    assert _transcript(NOTES) == []


def test_a_conversation_where_nobody_interviews_is_no_transcript() -> None:
    assert _transcript(CONVERSATION) == []


def test_a_question_glued_to_an_answer_is_cut_off() -> None:
    found = _transcript(GLUED)
    assert [q.speaker for q in found] == ["Tamsin Orr"] * 3
    assert not any("?" in q.text for q in found)
    assert found[1].text == "Never. The wind was in our faces the whole way up."
    assert found[2].text == "Rest, then the time trial."


def test_a_quote_inside_an_answer_is_part_of_it() -> None:
    text = NAMED.replace("Every year.", "Every year. My mother told me, “Never miss the fair.”")
    found = find_quotes(text)
    assert not any(q.text == "Never miss the fair." for q in found)
    assert any("Never miss the fair." in q.text and q.speaker == "Ines Calloway" for q in found)


def test_bold_labels_and_an_interviewer_label() -> None:
    text = (
        "Baker Jonah Pike opened at dawn.\n\n**Interviewer:** Why so early?\n\n"
        "**Jonah Pike:** Bread waits for nobody. The ovens are hot by four.\n\n"
        "**Interviewer:** Do you ever sleep in?\n\n**Pike:** On Mondays, when we are shut."
    )
    found = _transcript(text)
    assert [q.speaker for q in found] == ["Jonah Pike"] * 2
    assert found[1].text == "On Mondays, when we are shut."


def test_key_quotes_show_answers_without_labels() -> None:
    shown = key_quotes(Article(NAMED, title="A potter's barn"), "en")
    assert shown and all(q.speaker == "Ines Calloway" for q in shown)
    assert not any("CALLOWAY" in q.text for q in shown)


def test_key_quotes_read_the_interviewee_from_the_title() -> None:
    body = Q_AND_A.split("\n", 2)[2]
    shown = key_quotes(Article(body, title="Q&A: Bruno Salvi on forty winters"), "en")
    assert [q.speaker for q in shown] == ["Bruno Salvi", "Bruno Salvi"]


def test_an_faq_under_its_heading_gives_no_quotes() -> None:
    assert _transcript(FAQ) == []  # though the intro names one person
    assert not any(q.text.startswith("Forty pounds") for q in find_quotes(FAQ))
    body = FAQ.replace("Frequently asked questions\n\n", "")
    assert _transcript(body, title="Parking permits: FAQ") == []
    assert _transcript(body, title="Parking permits: questions and answers") == []
    assert [q.speaker for q in _transcript(body)] == ["Mara Quinn"] * 3  # no FAQ: an interview


def test_key_quotes_of_an_faq_are_none() -> None:
    body = FAQ.split("\n", 2)[2]  # no one named: the heading alone, and nobody to give them
    assert key_quotes(Article(body, title="Parking permits"), "en") == []
    assert key_quotes(Article(FAQ, title="Parking permits"), "en") == []
