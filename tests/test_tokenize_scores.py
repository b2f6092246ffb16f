"""Sentences that end in a score, a number pair or another number, in every supported language.

A score at the end of a sentence ("won 2-1.") once read as an ordinal ("am 3. Mai": its part
after the hyphen is one or two digits before a capital), so two sentences came out as one. The
abbreviations, number signs and ordinals next to them must still hold a sentence together.
"""

from __future__ import annotations

import pytest

from summarizer.text.tokenize import sentence_spans, split_into_sentences

# (language, the sentences as they must come out); the paragraph is them joined by a space.
ENDS_IN_A_NUMBER = [
    ("en", ("Leeds won 2-1.", "Their fans sang for an hour.")),
    ("en", ("Sales dropped to 1-2.", "We closed early.")),
    ("en", ("The bill passed 81-44.", "Critics left the chamber.")),
    ("en", ("The final ended 10-12.", "Nobody expected it.")),
    ("en", ("Leeds won 3–2.", "Their coach smiled.")),
    ("en", ("Leeds won 2 - 1.", "Their coach smiled.")),
    ("en", ("It was a 2-1 win.", "Their coach smiled.")),
    ("en", ("The match ended 1:0.", "Rain fell later.")),
    ("en", ("She finished 3rd.", "Her sister was 5th.")),
    ("en", ("Life changed after 9/11.", "Airports grew strict.")),
    ("en", ("The deal is worth £1.4m.", "Shares rose.")),
    ("en", ("Mortgage rates hit 3.75pc.", "Buyers waited.")),
    ("en", ("The museum shut in 1998-2003.", "It reopened later.")),
    ("en", ("Support stood at 40-45%.", "Few were surprised.")),
    ("en", ("See pp. 12-14.", "The rest is an appendix.")),
    ("en", ("The youth side won 3-0.", "The U-21s play next week.")),
    ("en", ("The old actor died aged 84.", "His family thanked the nurses.")),
    ("en", ("They drove along Route 66.", "Then the car broke down.")),
    ("de", ("Bayern gewann 2-1.", "Die Fans feierten lange.")),
    ("de", ("Bayern gewann 2:1.", "Die Fans feierten lange.")),
    ("ru", ("«Зенит» выиграл 2-1.", "Болельщики пели до утра.")),
    ("ru", ("Ему было 84.", "Семья благодарит врачей.")),
    ("fr", ("Lyon a gagné 2-1.", "Les supporters ont chanté.")),
    ("fr", ("Il habite au n° 5.", "Puis il déménage.")),
    ("es", ("El Betis ganó 2-1.", "Los aficionados cantaron.")),
    ("it", ("Il Napoli ha vinto 2-1.", "I tifosi hanno cantato.")),
    ("it", ("Abita in via Roma 12.", "Poi si è trasferito.")),
    ("pt", ("O Porto venceu 2-1.", "Os adeptos cantaram.")),
    ("nl", ("Ajax won met 2-1.", "De supporters zongen.")),
    ("nl", ("Hij werd 84.", "Zijn familie rouwt.")),
]

# Paragraphs that are one sentence: an abbreviation, number sign or ordinal inside it.
ONE_SENTENCE = [
    ("en", "Striker Kane, the club's No. 9 Player of the Year, won 2-1 on Sunday."),
    ("en", "He was then-No. 1 World Cup pick."),
    ("en", "Bayern beat 1. FC Köln 3-0 at home."),
    ("en", "The Oct. 12 vote went 51-49 in the end."),
    ("de", "Er trägt seit Jahren die Nr. 5 Trikotnummer der Mannschaft."),
    ("de", "Wir treffen uns am 3. Mai in Köln."),
    ("de", "Die Messe läuft vom 3.-5. Mai in Köln."),
    ("de", "Die Messe läuft vom 3.–5. Mai in Köln."),
    ("de", "Der 1. FC Köln verlor am 2. Spieltag mit 0:2."),
    ("de", "Das Projekt kostet 1,5 Mio. Euro mehr als geplant."),
    ("ru", "В 2020 г. было тихо, а в 2021 г. стало шумно."),
    ("ru", "Проект стоил 3 млн руб. и два года работы."),
    ("fr", "Le n° 5 de l'équipe a marqué deux fois."),
    ("fr", "M. Dupont a gagné 6-4 au premier set."),
    ("es", "El Sr. Pérez vive en la Avda. Libertad desde 2010."),
    ("it", "Il sig. Rossi ha giocato al n. 10 per anni."),
    ("pt", "A Sra. Costa mora na Av. Brasil há dez anos."),
    ("nl", "Het kost ca. 5 euro per stuk."),
]


@pytest.mark.parametrize(("language", "sentences"), ENDS_IN_A_NUMBER)
def test_a_sentence_ends_after_a_number(language: str, sentences: tuple[str, ...]) -> None:
    assert split_into_sentences(" ".join(sentences), language) == list(sentences)


@pytest.mark.parametrize(("language", "text"), ONE_SENTENCE)
def test_abbreviations_and_ordinals_hold(language: str, text: str) -> None:
    assert split_into_sentences(text, language) == [text]


def test_a_score_ends_a_sentence_in_a_text_of_unknown_language() -> None:
    # The figures and quotes pass no language: only the shared row of the table applies.
    text = "Leeds won 81-44. Their fans sang. City lost 2 - 1. Nobody cared."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Leeds won 81-44.",
        "Their fans sang.",
        "City lost 2 - 1.",
        "Nobody cared.",
    ]


def test_an_ordinal_holds_in_a_text_of_unknown_language() -> None:
    # Unknown language: "3. Mai" may be German, so the number stays an ordinal.
    text = "Wir treffen uns am 3. Mai in Köln. Dann fahren wir."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Wir treffen uns am 3. Mai in Köln.",
        "Dann fahren wir.",
    ]


def test_list_markers_still_open_sentences() -> None:
    text = "1. Buy bread. 2. Bake it."
    assert split_into_sentences(text, "en") == ["1. Buy bread.", "2. Bake it."]
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == ["Buy bread.", "Bake it."]
