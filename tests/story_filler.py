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

# A day's other news with its hours (after the batch's start), 18 items: enough for a day's
# batch (stories.BIG_BATCH) beside a story and its reaction, none about the tests' own towns.
DAY_NEWS = [
    ("Quilter Lane bakery wins county pie award", "Judges praised the family's pork pies.", 1.0),
    ("New bus shelter for Danby Green", "The council fitted a glass shelter by the shop.", 1.5),
    ("Otters spotted again on the River Meel", "Volunteers filmed otters near the weir.", 2.0),
    ("Pellingham choir records a carol album", "The singers spent a weekend in a studio.", 2.5),
    ("Hollins Athletic appoint a youth coach", "The former winger will run the under-14s.", 3.0),
    ("Farm shop opens near Castle Morden", "Local cheese and apples fill the shelves.", 3.5),
    ("Knitters make blankets for the hospice", "Members in Wrenby knitted sixty blankets.", 4.0),
    ("Tennis courts resurfaced at Jubilee Park", "Players can book the courts from Friday.", 4.5),
    ("Telford Road to get speed cameras", "Two cameras will watch the long straight.", 5.0),
    ("Museum in Gatcombe shows Victorian toys", "Dolls and tin soldiers go on display.", 5.5),
    ("Orchard replanted at Merrow Hall", "Sixty apple trees went into the walled garden.", 6.0),
    ("Allotment waiting list grows in Hebley", "More than a hundred people want a plot.", 6.5),
    ("Beekeepers in Sallow report a good year", "Hives made more honey than last summer.", 7.5),
    ("Cinema in Ravensby shows silent films", "A pianist plays along on Sunday evenings.", 8.0),
    ("Chess club in Upton Moor turns fifty", "Founding members played a celebration match.", 8.5),
    ("Wildflower verges planned for Lissing", "Mowing stops on six verges until autumn.", 9.0),
    ("Fernby dancers reach the national finals", "Twelve pupils qualified for the final.", 9.5),
    ("Canal towpath repaired near Stoke Ferris", "Walkers can use the path again.", 10.0),
]  # fmt: skip
