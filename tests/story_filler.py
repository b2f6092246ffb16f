"""Other news of the day for story-merging tests: a batch's idf needs common items to tell rare
words from common ones, and the joins of `stories._mostly_linked` and
`story_strays.adopt_strays` need a batch of ten or more. Texts written for these tests."""

from __future__ import annotations

OTHER_NEWS = [
    ("Ferry fares rise on the Lenmouth crossing",
     "Fares on the Lenmouth ferry go up by a tenth from January, the operator said."),
    ("New cycle lanes planned for Ostby high street",
     "The council wants to paint cycle lanes along the high street next spring."),
    ("Brackwater school gets a new head teacher",
     "Mira Osei takes over at Brackwater primary after the summer."),
    ("Dunmore library to open on Sundays",
     "The town library will open on Sunday afternoons from next month."),
    ("Harlow Rovers sign a young goalkeeper",
     "The club signed a keeper from the academy of a rival."),
    ("Storm warning for the Fenn coast",
     "Forecasters expect gales along the Fenn coast on the weekend."),
    ("Price of bread climbs at Pellow bakeries",
     "Bakers in Pellow blame the cost of flour and energy."),
    ("Teller Bank opens branch in Corbridge",
     "The bank's new branch will employ a dozen staff."),
]  # fmt: skip
