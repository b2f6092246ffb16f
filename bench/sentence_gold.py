"""Hand-written sentence-boundary gold set: each paragraph is a tuple of its true sentences.

Written for gistbot's tokenizer benchmark; every paragraph packs the traps news text sets for a
splitter in that language (titles, initials, dates, decimals, abbreviations, quotes).
"""

from __future__ import annotations

GOLD: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        (
            "Dr. Hanna Berg joined the U.S. team in Jan. 2021 after years in Oslo.",
            "She earned $4.5 million last year, about 12.5% more than Mr. Olsen.",
            "“It was a fair deal,” she said.",
            "Nobody disagreed.",
        ),
        (
            "The plant opened at 9 a.m. on Monday.",
            "Workers from Acme Corp. and Globex Inc. arrived early!",
            "Was the delay worth it?",
            "Prof. J. R. Smith thinks so.",
        ),
    ),
    "ru": (
        (
            "В 2023 г. завод выпустил 1,5 млн тонн стали.",
            "Это на 12% больше, чем годом ранее.",
            "«Мы довольны итогами», — сказал директор А. С. Петров.",
            "Планы на следующий год пока не раскрываются.",
        ),
        (
            "Совещание прошло в г. Казани, т. е. вдали от столицы.",
            "Участники обсудили тарифы, налоги и т. д.",
            "Решение примут к 1 марта.",
            "Почему так поздно?",
        ),
    ),
    "de": (
        (
            "Die Firma hat z. B. ihre Preise um 3,5 % erhöht.",
            "Laut Dr. Weber ist das nur der Anfang.",
            "Am 3. Oktober wird der neue Bahnhof eröffnet.",
            "„Wir sind bereit“, sagte die Bürgermeisterin.",
        ),
        (
            "Der Umsatz stieg auf 4,2 Mio. Euro.",
            "Das entspricht ca. einem Drittel mehr als im Vorjahr.",
            "Warum wurde das nicht früher gemeldet?",
            "Die Antwort steht noch aus.",
        ),
    ),
    "fr": (
        (
            "M. Dupont a rencontré Mme Martin à Paris le 3 mars.",
            "Le budget atteint 2,5 millions d'euros, soit 10 % de plus.",
            "« C'est une bonne nouvelle », a déclaré le maire.",
            "Les travaux commenceront en été.",
        ),
        (
            "Le Dr Lefèvre travaille à l'hôpital St. Louis depuis 2019.",
            "Pourquoi a-t-il quitté Lyon ?",
            "Il voulait se rapprocher de sa famille !",
            "Son équipe compte aujourd'hui 40 personnes.",
        ),
    ),
    "es": (
        (
            "El Sr. García llegó a Madrid el 5 de mayo.",
            "La inversión fue de 3,2 millones de euros, un 15 % más que en 2022.",
            "«Estamos muy contentos», dijo la alcaldesa.",
            "¿Quién pagará la obra?",
        ),
        (
            "La Dra. López dirige el proyecto desde hace dos años.",
            "Según la empresa, las ventas subieron un 8 % en EE. UU. durante el verano.",
            "Nadie lo esperaba.",
            "¡Fue una sorpresa!",
        ),
    ),
    "it": (
        (
            "Il sig. Rossi è arrivato a Roma il 4 aprile.",
            "Il comune ha speso 1,8 milioni di euro, il 20% in più del previsto.",
            "«Siamo soddisfatti», ha detto il sindaco.",
            "I lavori finiranno entro l'estate.",
        ),
        (
            "Il dott. Bianchi lavora all'ospedale da vent'anni.",
            "Perché ha deciso di lasciare?",
            "Voleva più tempo per la famiglia.",
            "La sua squadra conta 35 persone.",
        ),
    ),
    "pt": (
        (
            "O Sr. Costa chegou a Lisboa no dia 5 de maio.",
            "O investimento foi de 2,7 milhões de euros, 12% a mais do que em 2022.",
            "“Estamos muito satisfeitos”, disse a prefeita.",
            "As obras terminam no verão.",
        ),
        (
            "A Dra. Almeida dirige o projeto há dois anos.",
            "A empresa vendeu 3,5 mil unidades na loja da Av. Paulista, em São Paulo.",
            "Quem vai pagar a conta?",
            "Ninguém sabe ainda.",
        ),
    ),
}
