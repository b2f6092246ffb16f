"""Words of an interview printed as a transcript: the labels that mark a question or an answer
("Q:", "A:", "Frage:", "В:", "Interviewer:"), by language, and the headings of an FAQ, which is
no interview (data only; the rules are in `transcript_layout`).

Its own module so that a new language's labels are a line here. Lower-case.
"""

from __future__ import annotations

import re

# A label that opens the interviewer's line: a letter that needs its answer letter on the page
# too ("Q:" with "A:"), or a word that says so alone ("Frage:", "Interviewer:").
QUESTION_LETTERS = frozenset({"q", "f", "в", "p", "d"})
ANSWER_LETTERS = frozenset({"a", "о", "r"})
QUESTION_WORDS = frozenset(
    {
        # en
        "question", "interviewer", "interviewers", "reporter", "journalist", "moderator",
        # de
        "frage", "interviewerin", "journalistin", "reporterin", "moderatorin",
        # ru
        "вопрос", "корреспондент", "журналист", "интервьюер", "корр",
        # fr, es, it, pt
        "journaliste", "pregunta", "periodista", "entrevistador", "entrevistadora", "domanda",
        "giornalista", "intervistatore", "pergunta", "jornalista",
    }
)  # fmt: skip
ANSWER_WORDS = frozenset(
    {"answer", "antwort", "ответ", "réponse", "reponse", "respuesta", "risposta", "resposta"}
)

# A page of frequently asked questions, by its title or a heading above its "Q: ... A: ..."
# pairs: the answers are the publisher's, no interviewee's words.
FAQ_HEADING = re.compile(
    r"\bFAQs?\b|(?i:\bfrequently[\s-]+asked\s+questions\b|\bquestions\s+(?:and|&)\s+answers\b"
    r"|\bhäufig\s+gestellte\s+fragen\b|\bquestions\s+fréquentes\b|\bpreguntas\s+frecuentes\b"
    r"|\bчасто\s+задаваемые\s+вопросы\b)"
)
