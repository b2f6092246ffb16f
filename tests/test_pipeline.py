"""make_gist decides the language once and every stage (summary, quotes, figures) reads it."""

from __future__ import annotations

from summarizer.models import Article, Gist, GistOptions, SummaryOptions
from summarizer.pipeline import make_gist

# Russian news: guillemets and Russian speech verbs around the quotes, and Russian number
# format ("1,5" is one and a half, "1.200" is twelve hundred).
RUSSIAN = """Завод в Казани за год выпустил 1,5 млн тонн стали, сообщила компания в понедельник.

«Мы довольны итогами года и будем расти дальше, потому что спрос на сталь не падает», — \
сказал директор завода Алексей Петров.

На заводе сейчас работают 1.200 человек. В прошлом году компания вложила в ремонт цехов \
3 млрд рублей.

«Это только начало, и мы не собираемся останавливаться на достигнутом», — заявил Петров \
журналистам.

Власти города обещают построить к заводу новую дорогу длиной 12 км."""


def gist(tag: str | None, requested: str | None = None) -> Gist:
    options = GistOptions(summary=SummaryOptions(language=requested, sentences=1))
    return make_gist(Article(text=RUSSIAN, language=tag), options)


def figures(result: Gist) -> dict[str, float | None]:
    return {f.text: f.value for f in result.figures}


def test_a_requested_language_reaches_quotes_and_figures() -> None:
    overridden = gist("en", requested="ru")  # `gistbot summarize --language ru` on an en page
    assert overridden.summary.language == "ru"
    found = figures(overridden)
    assert found["1,5 млн тонн"] == 1.5e6
    assert found["1.200 человек"] == 1200  # Russian groups: an English reading gives 1.2
    assert overridden.quotes[0].speaker == "Алексей Петров"
    # The same answer as for a page that says it is Russian: same stop words, same format.
    tagged = gist("ru")
    assert overridden.quotes == tagged.quotes
    assert overridden.figures == tagged.figures


def test_a_page_tag_the_text_clearly_contradicts_is_overruled_for_every_stage() -> None:
    """Issue 16: an `<html lang="en">` over a Russian article is the site's default, not the
    article's language; every stage reads Russian, as for a page tagged "ru"."""
    mistagged = gist("en")
    assert mistagged.summary.language == "ru"
    assert figures(mistagged)["1.200 человек"] == 1200  # an English reading gives 1.2
    russian = gist("ru")
    assert mistagged.quotes == russian.quotes
    assert mistagged.figures == russian.figures
    assert mistagged.article.language == "ru"


def test_an_untagged_text_gets_the_detected_language_everywhere() -> None:
    detected = gist(None)
    assert detected.summary.language == detected.article.language == "ru"
    assert detected.quotes == gist("ru").quotes
    assert detected.figures == gist("ru").figures


# A meeting transcript pasted without punctuation or capitals: the splitter finds no sentence.
TRANSCRIPT_TURNS = [
    "so the first thing on the list tonight is the car park behind the library which floods "
    "every winter and the council says the drain was never connected to anything",
    "we asked the engineers to come and look at it in october and they said it would cost "
    "about twelve thousand to dig it up and lay a new pipe down to the river",
    "the other option is to close the lower half of the car park from november to march and "
    "put the market stalls there in the summer when it is dry",
    "several people at the last meeting said they would rather pay for the pipe once than "
    "lose the spaces every year so we will put both options to a vote next month",
    "after that we have the bus shelter on the hill road where the glass has been broken "
    "three times since the spring and the bus company wants us to pay for a steel one",
]
TRANSCRIPT = " ".join(
    f"{turn} and {speaker} said that was all for now"
    for speaker in ("ann", "tom", "the chair", "mrs lee")
    for turn in TRANSCRIPT_TURNS
)


def test_unpunctuated_text_is_summarized_by_length_not_returned_whole() -> None:
    """No sentence marks at all: the text is cut into pieces by length, so a summary of it is
    much shorter than the text instead of the whole text "0% shorter"."""
    assert len(TRANSCRIPT) > 3500 and "." not in TRANSCRIPT
    result = make_gist(TRANSCRIPT)
    summary = result.summary
    assert summary.sentences_in >= 10
    assert summary.words_out <= summary.words_in / 3
    assert all(len(s.text) <= 400 for s in summary.sentences)
    assert summary.reduction >= 0.6
