"""Summary sentences that read on their own: quotation marks, lead-ins, openings that point back.

Texts written for these tests. The rules: `summarizer.summary.quote_repair` (a sentence cut
from a quotation gets the marks it lacks), `summarizer.summary.links` (a sentence ending in ":"
is no candidate; a lead sentence that points back brings the sentence before it along, or gives
its place to the next), `summarizer.summary.core` (the two stay together).
"""

from __future__ import annotations

import pytest

from summarizer.models import Article, SummaryOptions
from summarizer.summary.algorithms import build_summarizer
from summarizer.summary.core import linked_blocks, summarize, within_words
from summarizer.summary.document import Document, Paragraph, Sentence
from summarizer.summary.links import is_lead_in, points_back
from summarizer.summary.quote_repair import with_marks
from summarizer.text.tokenize import OfflineTokenizer

# -- quotation marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "shown"),
    [
        (  # English: the quote's first sentence is closed, its second opened
            ['"We waited for years.', 'Now the work can begin," the mayor said.'],
            ['"We waited for years."', '"Now the work can begin," the mayor said.'],
        ),
        (  # a sentence from a quotation's middle gets both marks
            ["“One.", "Two.", "Three,” Lee said."],
            ["“One.”", "“Two.”", "“Three,” Lee said."],
        ),
        (  # German „…“ and »…«
            ["Er sagte: „Wir kommen.", "Das ist klar.“ Dann ging er."],
            ["Er sagte: „Wir kommen.“", "„Das ist klar.“ Dann ging er."],
        ),
        (
            ["Sie sagte: »Wir bleiben.", "Bis zum Ende.«"],
            ["Sie sagte: »Wir bleiben.«", "»Bis zum Ende.«"],
        ),
        (  # French « … » with inner spaces, Russian «…»
            ["« Nous venons.", "C'est clair », a-t-il dit."],
            ["« Nous venons.»", "«C'est clair », a-t-il dit."],
        ),
        (
            ["«Это важно.", "Мы победим», — сказал он."],
            ["«Это важно.»", "«Мы победим», — сказал он."],
        ),
        (  # Swedish ”…”, Japanese 「…」, British singles
            ["Han sa: ”Vi kommer.", "Det är klart.”"],
            ["Han sa: ”Vi kommer.”", "”Det är klart.”"],
        ),
        (
            ["彼は「行きます。", "わかった」と言った。"],
            ["彼は「行きます。」", "「わかった」と言った。"],
        ),
        (
            ["‘We are ready.", "We have shown it,’ Lee told reporters."],
            ["‘We are ready.’", "‘We have shown it,’ Lee told reporters."],
        ),
        (  # a quote whose end is unknown is closed where it opens
            ['Lee said: "We see a growing trend among business users.'],
            ['Lee said: "We see a growing trend among business users."'],
        ),
        (  # ... and the sentences after it, maybe the reporter's, are left as they are
            ["“He makes all the throws.", "Jo Lee also praised him.", "“He is great,” Lee said."],
            ["“He makes all the throws.”", "Jo Lee also praised him.", "“He is great,” Lee said."],
        ),
        (  # a closing mark whose opening one the page lost gets it
            ["We won.", 'They lost," he said.'],
            ["We won.", '"They lost," he said.'],
        ),
        (  # a quote reopened after a lost paragraph break is not opened twice
            ['"We will fight.', '"We will win," he said.'],
            ['"We will fight."', '"We will win," he said.'],
        ),
    ],
)
def test_a_sentence_cut_from_a_quotation_gets_the_marks_it_lacks(
    sentences: list[str], shown: list[str]
) -> None:
    assert with_marks(sentences) == shown


def test_a_quote_going_on_in_the_next_paragraph_marks_each_of_its_sentences() -> None:
    sentences = ['Lee said: "We see a trend.', "It grows.", "It is big."]
    shown = ['Lee said: "We see a trend."', '"It grows."', '"It is big."']
    assert with_marks(sentences, runs_on=True) == shown
    assert with_marks(sentences) == [shown[0], *sentences[1:]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rock 'n' roll came back in the '80s, and Iran’s players’ union said so.",
        "I’m sure it's fine, don't worry.",
        "He is 5'10\" tall and won in 3'45.",
        "'s message of hope reached everyone.",
        'He called it "fake" and left.',
        "Il a dit « non » hier.",
    ],
)
def test_apostrophes_and_closed_quotes_are_left_alone(sentence: str) -> None:
    assert with_marks([sentence]) == [sentence]


def test_the_summary_shows_a_quoted_sentence_with_its_marks() -> None:
    text = "\n\n".join(
        [
            "The town council of Port Ellery approved a new budget for the harbour district on "
            "Monday evening after a long debate.",
            '"We waited a long time for this. Now the work on the harbour wall can finally begin '
            'next spring and the fleet will be safe," said the mayor, Anna Berg, after the vote.',
            "The wall collapsed during the January gales, flooding twelve shops on the quayside "
            "and stranding the fishing fleet for a week.",
            "Engineers told the council that the new harbour wall will be two metres higher and "
            "built from reinforced concrete rather than stone.",
            "Work on the harbour wall is due to start in May and should take eighteen months, "
            "the council said in a statement.",
        ]
    )
    article = Article(text=text, title="Port Ellery approves harbour budget")
    summary = summarize(article, SummaryOptions(language="en", sentences=3))
    quoted = [s.text for s in summary.sentences if "mayor" in s.text]
    assert quoted == [
        '"Now the work on the harbour wall can finally begin next spring and the fleet will be '
        'safe," said the mayor, Anna Berg, after the vote.'
    ]


def test_a_quote_that_goes_on_in_the_next_paragraph_is_shown_as_one() -> None:
    text = "\n\n".join(
        [
            "The town council of Port Ellery approved a new budget for the harbour district on "
            "Monday evening after a long debate.",
            'The mayor said: "We waited a long time for this and the whole town knows it well. '
            "Now the work on the harbour wall can finally begin next spring and the fleet will "
            "be safe.",
            '"It will take two years," she added after the meeting on Monday night in the hall.',
            "Engineers told the council that the new harbour wall will be two metres higher and "
            "built from reinforced concrete rather than stone.",
        ]
    )
    article = Article(text=text, title="Port Ellery approves harbour budget")
    summary = summarize(article, SummaryOptions(language="en", sentences=3))
    assert [s.text for s in summary.sentences][1:] == [
        'The mayor said: "We waited a long time for this and the whole town knows it well."',
        '"Now the work on the harbour wall can finally begin next spring and the fleet will be '
        'safe."',
    ]


# -- lead-ins ----------------------------------------------------------------------------------


def _document(paragraphs: list[list[str]], language: str) -> Document:
    tokenizer = OfflineTokenizer(language)
    return Document(Paragraph([Sentence(s, tokenizer) for s in p]) for p in paragraphs)


def _picked(paragraphs: list[list[str]], language: str, count: int) -> list[str]:
    summarizer = build_summarizer("default", language)
    return [str(s) for s in summarizer(_document(paragraphs, language), count)]


LEAD_INS = {
    "en": [
        "Here is the confirmed list of the new players the club has signed for next season:",
        "Anna Berg, a midfielder from Port Ellery who scored eleven goals in the last league.",
        (
            "The club said the new players will join the squad for training in the second week "
            "of July at the latest."
        ),
        (
            "The coach told reporters that he expects at least two more signings before the "
            "transfer window closes in August."
        ),
    ],
    "de": [
        (
            "Diese Spieler hat der Verein für die kommende Saison bereits fest unter Vertrag "
            "genommen:"
        ),
        (
            "Anna Berg, eine Mittelfeldspielerin aus Kiel, die in der letzten Saison elf Tore "
            "erzielt hat."
        ),
        (
            "Der Verein teilte mit, dass die neuen Spieler spätestens in der zweiten Juliwoche "
            "mit dem Training beginnen werden."
        ),
        (
            "Der Trainer sagte, er erwarte vor dem Ende der Transferperiode im August noch "
            "mindestens zwei weitere Verpflichtungen."
        ),
    ],
    "ru": [
        "Вот подтверждённый список новых игроков, которых клуб уже подписал на следующий сезон:",
        (
            "Анна Берг, полузащитница из Казани, которая забила одиннадцать голов в прошлом "
            "сезоне лиги."
        ),
        (
            "В клубе сообщили, что новые игроки присоединятся к команде на тренировках не позднее "
            "второй недели июля."
        ),
        (
            "Тренер сказал журналистам, что ожидает ещё как минимум двух новых игроков до "
            "закрытия трансферного окна."
        ),
    ],
}


@pytest.mark.parametrize("language", sorted(LEAD_INS))
def test_a_sentence_ending_in_a_colon_is_no_summary_sentence(language: str) -> None:
    paragraphs = [[s] for s in LEAD_INS[language]]
    assert is_lead_in(paragraphs[0][0])
    picked = _picked(paragraphs, language, 2)
    assert paragraphs[0][0] not in picked
    assert picked == [paragraphs[1][0], paragraphs[2][0]]


def test_a_text_of_lead_ins_only_still_gets_a_summary() -> None:
    paragraphs = [[f"Item number {i} of the long list that the council published today:"]
                  for i in range(4)]  # fmt: skip
    assert len(_picked(paragraphs, "en", 1)) == 1


# -- openings that point back --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("So said two members of the defence after the game.", "en", True),
        ("But the council has not agreed to it yet.", "en", True),
        ("This was the third closure of the road this winter.", "en", True),
        ("This year the council will spend more on roads.", "en", False),
        ("The council said so.", "en", False),
        ('"But we will not give up," she said.', "en", False),
        ("Deshalb will die Stadt den Hafen erneuern.", "de", True),
        ("Diese Woche beginnt der Bau.", "de", False),
        ("Mais le conseil n'a pas encore voté.", "fr", True),
        ("Il faut agir vite.", "fr", False),
        ("Однако совет ещё не принял решения.", "ru", True),
        ("Sin embargo, el consejo no ha votado.", "es", True),
        ("But the council has not agreed to it yet.", None, False),
        ("But the council has not agreed to it yet.", "ja", False),
    ],
)
def test_openings_that_point_back(text: str, language: str | None, expected: bool) -> None:
    assert points_back(text, language) is expected


FILLER = {
    "en": [
        "The new track will open to the public in the first week of March, the organisers of "
        "the club said in a statement.",
        "Park trained for three years in a small town near Busan before he moved to the "
        "national team in Seoul last spring.",
        "His next race is the indoor meeting in Berlin next month, where he will face the "
        "world champion for the first time.",
    ],
    "de": [
        "Die neue Mauer soll zwei Meter höher werden und aus Stahlbeton statt aus Naturstein "
        "gebaut werden, teilte die Stadt mit.",
        "Die Fischer im Hafen begrüßten die Entscheidung, forderten aber einen provisorischen "
        "Anleger für die Zeit der Bauarbeiten.",
        "Der Bürgermeister dankte den vielen Freiwilligen, die während des Sturms im Januar "
        "Sandsäcke gefüllt hatten.",
    ],
    "fr": [
        "Le nouveau mur sera plus haut de deux mètres et construit en béton armé plutôt qu'en "
        "pierre, a précisé la mairie mardi.",
        "Les pêcheurs du port ont salué la décision, mais ils demandent un quai provisoire "
        "pendant toute la durée des travaux.",
        "Le maire a remercié les nombreux bénévoles qui avaient rempli des sacs de sable pendant "
        "la tempête de janvier.",
    ],
}
# A lede of 8 to 11 words (weak: shorter than the lead's 12) and a sentence that points back
# to it.
PAIRS = {
    "en": (
        "Lee Park is nowhere near as fast as the old champion.",
        "So said two of his rivals on Sunday, although both of them meant it as praise for the "
        "young runner from Busan.",
    ),
    "de": (
        "Die alte Hafenmauer war im Januar beim Sturm vollständig eingestürzt.",
        "Deshalb will die Stadt den Hafen bis zum nächsten Sommer vollständig erneuern und "
        "deutlich erweitern lassen.",
    ),
    "fr": (
        "Le vieux mur du port s'est effondré pendant la tempête.",
        "Mais la mairie veut maintenant reconstruire tout le port avant l'été prochain et "
        "l'agrandir nettement pour les bateaux.",
    ),
}


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_a_lead_sentence_that_points_back_brings_the_one_before_along(language: str) -> None:
    lede, follower = PAIRS[language]
    paragraphs = [[lede], [follower], *([s] for s in FILLER[language])]
    assert _picked(paragraphs, language, 3) == [lede, follower, FILLER[language][0]]


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_after_a_short_sentence_the_one_pointing_back_gives_its_place(language: str) -> None:
    _, follower = PAIRS[language]
    paragraphs = [["Maybe, maybe not."], [follower], *([s] for s in FILLER[language])]
    assert _picked(paragraphs, language, 3) == FILLER[language]


def test_without_a_language_no_opening_points_back() -> None:
    lede, follower = PAIRS["en"]
    paragraphs = [[lede], [follower], *([s] for s in FILLER["en"])]
    summarizer = build_summarizer("default", "en")
    summarizer.language = None
    picked = [str(s) for s in summarizer(_document(paragraphs, "en"), 3)]
    assert picked == [follower, *FILLER["en"][:2]]


def test_the_pair_stays_together_and_ranks_no_higher_than_its_first_sentence() -> None:
    lede, follower = PAIRS["en"]
    article = Article(text="\n\n".join([lede, follower, *FILLER["en"]]), title="Park's speed")
    summary = summarize(article, SummaryOptions(language="en", sentences=3))
    texts = [s.text for s in summary.sentences]
    assert texts[:2] == [lede, follower]
    assert summary.sentences[1].score <= summary.sentences[0].score


def test_the_word_budget_drops_a_pair_together() -> None:
    texts = ["A first sentence.", "So said the second one.", "A third one here."]
    blocks = linked_blocks([0, 1, 2], texts, "en")
    assert blocks == [[0, 1], [2]]
    scores, words = [0.5, 0.9, 0.7], [30, 30, 30]
    assert within_words(blocks, scores, words, 70) == [[0, 1]]
    assert within_words(blocks, [0.5, 0.6, 0.7], words, 70) == [[2]]


def test_a_sentence_whose_start_the_page_cut_off_is_not_chosen() -> None:
    paragraphs = [
        "The council approved the new harbour wall on Monday after a long debate.",
        "where the old wall had stood for a hundred years before the storms of last winter.",
        "Work on the wall will start in the spring and should take two years to finish.",
        "The harbour master said the boats would use the north quay while the work goes on.",
        "iPhone owners in the town can follow the work through the council's new app.",
    ]
    article = Article(text="\n\n".join(paragraphs), title="Harbour wall approved")
    summary = summarize(article, SummaryOptions(language="en", sentences=3))
    texts = [s.text for s in summary.sentences]
    assert not any(t.startswith("where") for t in texts)
    assert len(texts) == 3


def test_a_lower_cased_paste_still_gets_a_summary() -> None:
    paragraphs = [
        "the council approved the new harbour wall on monday after a long debate.",
        "work on the wall will start in the spring and should take two years to finish.",
        "the harbour master said the boats would use the north quay while the work goes on.",
        "the town will pay for the wall with a loan from the regional bank.",
    ]
    article = Article(text="\n\n".join(paragraphs), title=None)
    summary = summarize(article, SummaryOptions(language="en", sentences=2))
    assert len(summary.sentences) == 2
