"""A thirty-first check set for story merging, written blind: one regional week, scored once.

Written 2026-12-06 in round 25's format: items are (story, title, lead, hours), `hours` being
when the item was published, in hours after the set's start (a Monday, 00:00), so the merging's
48-hour window decides as in production. The set spans one week (3.5 to 167.0 hours) and reads
like the feeds one reader follows for a region (two regional dailies, a broadcaster's regional
page, a wire, two hyperlocal sites), at the density of a real daily digest: 40 to 49 items on
each of the seven days. It holds 307 items under 142 labels: 118 stories and 24 hard negatives;
51 labels in English (119 items), 15 in German (34 items), 13 each in French, Italian, Dutch
and Russian, 12 each in Spanish and Portuguese. Most labels are told once or twice (17 by one
outlet, 90 twice); the big ones three or four times (30 and 5 labels) over a day: a flash or
teaser, the full report, a reaction or quote piece hours later, and often a next-day follow-up
with a new fact (the Ashwick Mill warehouse arson arrest, the Corrowby girl found, the Valley
line strike suspended, the Lark Rise dog owner charged, the Krummfeld pharmacy arrests, the
Oberlausen pensioner found, the Vauclère bin strike settled, the San Ambrosio pass reopened,
the Tihorechensk heating restored, the Staropolsk warehouse fire's cause, the Staropolsk frost
record). Every story's copies fall within 48 hours of each other.

What it stresses: many different events in the same few towns within days. The English county
has six towns (Ashwick Mill, Corrowby, Ludcombe, Pellham Quay, Stainmere, Tarnside) carrying 51
labels, so one town name is shared by up to eight unrelated events in a week (Corrowby's bypass
crash, burst main, missing girl, dog attack, market protest, lights, farm day and barn fire;
Ashwick's warehouse fire, job cuts, stabbing, cyclist death, library and rugby), and each other
language has four or five towns doing the same (Krummfeld's brewery, lorry, pharmacy and
road crash; Sarlanges' pier, boat fire, bakery and Christmas market; Белозёрово's lottery,
kiosk robbery, school and tree). All 17 one-outlet stories sit in a town other stories name,
so they can only be merged falsely. Several towns share a kind of event on different days
(four road crashes in the English county, a Christmas market or tree in five languages, a
derby between two of a region's towns every Sunday), and 123 labels have both a full copy and
a teaser copy whose lead is under 80 characters.

Hard negatives: eight kinds, none in earlier rounds' list, three each, each in its story's
language and placed as far from its story as the two events would really be: a theatre's
premiere and a fire alarm emptying the same theatre (Stainmere, Altenbruck, Vauclère); a farm's
open day and a fire on the same farm (Corrowby, Vila Serrana, Oosterveld); a level crossing's
new barriers and a vehicle struck there (Ludcombe, Torrelaña, Roccafonda); a harbour's new pier
and a boat fire in the same harbour (Pellham Quay, Sarlanges, Ключевск); a brewery's expansion
approved and a lorry overturned beside it (Tarnside, Krummfeld, Bergloo); a library's author
evening and a burst pipe flooding it (Villarcedo, Borgonera, Porto Mourão); a ski lift's opening
day and a skier hurt on the same slope (Hagenried, Montbrac, San Vitale); a lottery jackpot sold
in a town and a robbery at the shop that sold it (Puerto Alcira, Santa Clara da Ribeira,
Белозёрово). Thirteen hard negatives are published within 48 hours of their story (14 to 35
hours), eleven beyond it (49 to 115 hours). Some name their story as background ("two days after a
lambing day that drew hundreds", "installed only a day earlier", "el quiosco que vendió el
premio"), as real copy does.

What "same story" means here: one event (one fire, one crash, one vote, one match, one strike,
one verdict, one opening, one storm or cold snap) in its news cycle, including a next-day
follow-up with a new fact. Not the same story: another event of the same kind or with the same
actor, even in the same town, theatre, farm, crossing, harbour, brewery, library, slope or shop.
A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). Copies share what real coverage shares (a place, a name, the
key number, the event noun) in their own words: numbers change format (£3.2m / £3.2 million,
£12,000 / £12k, 4.99% / 4.99 per cent, 2.000 / 2000, 18 Millionen Euro / 18 Mio. Euro, 120
mètres / 120 m), names change form (Orla Kettering, Kettering; Danny
Okafor, Okafor; Ute Brammer, Brammer; Rui Pestana, Pestana, "o avançado").

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All places,
people, firms, clubs, theatres and libraries are invented here; real bodies appear only as
backdrop (Network Rail, Ofsted, the Met Office, the National Lottery Heritage Fund, Adif, the
Guardia Civil, the GNR, the KNMI).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and never
run through the merging code before its one scoring run (`python -m bench.stories --round31`).
Once its errors have been read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-premiere-stainmere",
        "Stainmere Playhouse opens its winter run with new play",
        'The Playhouse in Stainmere staged the first night of "The Lamplighter\'s Daughter", a '
        "new play by local writer Orla Kettering, to a sold-out house of 420 on Monday.",
        19.5,
    ),
    (
        "en-premiere-stainmere",
        "First night for Kettering play at Stainmere",
        "A full house saw the premiere of The Lamplighter's Daughter.",
        20.1,
    ),
    (
        "en-premiere-stainmere",
        "Review: Kettering's Lamplighter lights up the Playhouse",
        "Orla Kettering's first full-length play, which opened in Stainmere on Monday night, is"
        " a warm and funny portrait of a canal town in the 1950s, says our critic.",
        31.0,
    ),
    (
        "en-premiere-stainmere/alarm",
        "Stainmere Playhouse evacuated during matinee",
        "About 300 people, many of them schoolchildren, were led out of the Playhouse in "
        "Stainmere on Thursday afternoon when a fire alarm went off in the wardrobe store; fire"
        " crews found no fire.",
        87.0,
    ),
    (
        "en-premiere-stainmere/alarm",
        "Playhouse cleared after alarm sounds",
        "Theatregoers stood in the rain for 40 minutes; no one was hurt.",
        87.5,
    ),
    (
        "en-openday-corrowby",
        "Hundreds flock to Hatchett's Farm lambing day",
        "More than 600 visitors, many of them families on the school holiday, came to "
        "Hatchett's Farm near Corrowby on Wednesday to bottle-feed lambs and ride on a tractor "
        "trailer.",
        58.2,
    ),
    (
        "en-openday-corrowby",
        "Lambing open day draws crowds near Corrowby",
        "Hatchett's Farm welcomed over 600 people to its open day.",
        59.0,
    ),
    (
        "en-openday-corrowby/barnfire",
        "Barn blaze at Hatchett's Farm",
        "Firefighters spent five hours on Friday night tackling a fire in a hay barn at "
        "Hatchett's Farm near Corrowby; the farmer, Gil Hatchett, said all the animals had been"
        " moved to safety.",
        117.5,
    ),
    (
        "en-openday-corrowby/barnfire",
        "Hay barn lost to fire outside Corrowby",
        "Livestock safe after five-hour fight, crews say.",
        118.2,
    ),
    (
        "en-openday-corrowby/barnfire",
        "Hatchett's Farm counts cost of barn fire",
        "Gil Hatchett says the fire destroyed about 900 bales and a tractor, a loss he puts at "
        "around £60,000, two days after a lambing day that drew hundreds.",
        128.0,
    ),
    (
        "en-crossing-ludcombe",
        "New barriers switched on at Mill Lane crossing",
        "Network Rail has brought into use full barriers at the Mill Lane level crossing in "
        "Ludcombe, replacing the half barriers that residents had complained about for years.",
        10.3,
    ),
    (
        "en-crossing-ludcombe",
        "Ludcombe crossing gets full barriers",
        "The Mill Lane level crossing upgrade is now complete.",
        10.8,
    ),
    (
        "en-crossing-ludcombe/carhit",
        "Car hit by train at Ludcombe level crossing",
        "A driver escaped with minor injuries when a slow-moving freight train struck the rear "
        "of her car at the Mill Lane crossing in Ludcombe on Tuesday afternoon.",
        40.2,
    ),
    (
        "en-crossing-ludcombe/carhit",
        "Train clips car on Mill Lane",
        "Woman, 61, treated at the scene, line shut for two hours.",
        40.7,
    ),
    (
        "en-crossing-ludcombe/carhit",
        "Crossing crash: investigators look at new barriers",
        "Rail accident investigators are examining whether the car was trapped between the "
        "barriers installed only a day earlier at the Mill Lane crossing.",
        47.5,
    ),
    (
        "en-pier-pellham",
        "Pellham Quay's new pier opens to the public",
        "The £3.2m pier at Pellham Quay, built to replace the storm-damaged jetty, was opened "
        "on Tuesday by the harbour master, Connie Roe, with a brass band and a flotilla of "
        "fishing boats.",
        35.0,
    ),
    (
        "en-pier-pellham",
        "£3.2 million pier opens at Pellham",
        "Harbour master cuts the ribbon on the new structure.",
        35.6,
    ),
    (
        "en-pier-pellham/boatfire",
        "Fishing boat burns out in Pellham harbour",
        "The crabber Morning Gannet caught fire at its mooring in Pellham Quay harbour early on"
        " Wednesday; its two crew were ashore and no one was injured.",
        60.4,
    ),
    (
        "en-pier-pellham/boatfire",
        "Crabber destroyed by fire at Pellham Quay",
        "Morning Gannet lost at her mooring, crew safe ashore.",
        61.0,
    ),
    (
        "en-brewery-tarnside",
        "Tarnside brewery gets go-ahead to double in size",
        "Councillors approved plans by Holt & Varley to build a new brewhouse and bottling hall"
        " at its Tarnside site, creating 45 jobs.",
        15.2,
    ),
    (
        "en-brewery-tarnside",
        "Holt & Varley expansion approved",
        "Planners back a new brewhouse for the Tarnside site, with 45 jobs promised.",
        15.9,
    ),
    (
        "en-brewery-tarnside/tanker",
        "Tanker overturns on road near Tarnside brewery",
        "A tanker carrying malt syrup overturned on Brewery Hill in Tarnside on Saturday "
        "morning, shutting the road for most of the day; the driver was taken to hospital.",
        130.3,
    ),
    (
        "en-brewery-tarnside/tanker",
        "Brewery Hill closed after tanker crash",
        "Sticky clean-up under way, driver in hospital.",
        131.0,
    ),
    (
        "en-fire-ashwick-mill",
        "Huge fire at Ashwick Mill warehouse",
        "Twelve fire engines were sent to a blaze at a furniture warehouse on the Ashwick Mill "
        "industrial estate in the early hours of Monday; smoke could be seen for miles.",
        3.5,
    ),
    (
        "en-fire-ashwick-mill",
        "Warehouse ablaze on Ashwick Mill estate",
        "Residents told to keep windows and doors shut.",
        4.0,
    ),
    (
        "en-fire-ashwick-mill",
        "Ashwick Mill fire: warehouse 'a total loss'",
        "The owners of Denholm Furnishings said stock worth about £2m was destroyed in the "
        "overnight fire, which took 70 firefighters more than six hours to bring under control.",
        11.2,
    ),
    (
        "en-fire-ashwick-mill",
        "Man arrested over Ashwick Mill warehouse fire",
        "A 34-year-old man has been arrested on suspicion of arson after the fire that gutted "
        "the Denholm Furnishings warehouse on Monday, police said on Tuesday.",
        30.5,
    ),
    (
        "en-crash-corrowby-bypass",
        "Lorry crash shuts Corrowby bypass",
        "The Corrowby bypass is closed in both directions after a lorry carrying timber jack-"
        "knifed near the Fenner roundabout during the morning rush hour.",
        7.8,
    ),
    (
        "en-crash-corrowby-bypass",
        "Bypass closed after lorry jack-knifes",
        "Long delays around Corrowby, avoid the area.",
        8.3,
    ),
    (
        "en-crash-corrowby-bypass",
        "Corrowby bypass reopens after nine hours",
        "The timber lorry was lifted clear on Monday afternoon and the road reopened; the "
        "driver had minor injuries.",
        14.0,
    ),
    (
        "en-budget-wexmoor",
        "Wexmoor council tax to rise by 4.99%",
        "Wexmoor County Council's cabinet has proposed the maximum council tax increase, saying"
        " rising care costs leave a £14m hole in next year's budget.",
        26.0,
    ),
    (
        "en-budget-wexmoor",
        "Council tax set for near-5% rise in Wexmoor",
        "Cabinet blames care costs for £14 million gap.",
        26.5,
    ),
    (
        "en-budget-wexmoor",
        "Opposition attacks 'lazy' Wexmoor budget",
        "Liberal Democrat leader Hattie Crane said the 4.99 per cent rise would hit families "
        "already struggling and called for cuts to consultants' fees instead.",
        33.0,
    ),
    (
        "en-parking-stainmere-hospital",
        "Free parking for patients at Stainmere General",
        "Stainmere General Hospital will scrap car park charges for patients and visitors from "
        "January, its trust said, after a campaign by local families.",
        50.0,
    ),
    (
        "en-parking-stainmere-hospital",
        "Hospital parking fees scrapped",
        "Stainmere General to go charge-free in the new year.",
        50.6,
    ),
    (
        "en-school-ludcombe",
        "Ludcombe primary rated outstanding",
        "Inspectors have rated St Aidan's Primary in Ludcombe outstanding in every area, two "
        "years after it was judged to require improvement.",
        74.0,
    ),
    (
        "en-school-ludcombe",
        "St Aidan's leaps to top rating",
        'Head teacher Rhys Amberton said the report was "a tribute to our children" after '
        "Ofsted graded the Ludcombe school outstanding.",
        75.5,
    ),
    (
        "en-football-tarnside",
        "Tarnside Town into county cup semi-final",
        "Two late goals from Danny Okafor gave Tarnside Town a 2-1 win over Pellham Athletic at"
        " the Tarn Road ground on Tuesday night.",
        45.9,
    ),
    (
        "en-football-tarnside",
        "Okafor double sends Tarnside through",
        "Town beat Pellham 2-1 in the county cup.",
        46.3,
    ),
    (
        "en-football-tarnside",
        "Tarnside boss hails 'never-say-die' spirit",
        "Manager Ken Lowery said his side showed real character to come from behind against "
        "Pellham, and Okafor deserved both goals.",
        56.0,
    ),
    (
        "en-missing-corrowby",
        "Appeal for missing Corrowby teenager",
        "Police are asking for help to find Kayleigh Bright, 15, who was last seen leaving a "
        "friend's house in Corrowby on Wednesday afternoon.",
        62.0,
    ),
    (
        "en-missing-corrowby",
        "Police search for missing girl, 15",
        "Kayleigh was last seen in Corrowby on Wednesday.",
        62.5,
    ),
    (
        "en-missing-corrowby",
        "Missing Corrowby girl found safe",
        "Kayleigh Bright, 15, who had been missing for more than 14 hours, was found safe and "
        "well in Stainmere on Thursday morning, police said.",
        77.0,
    ),
    (
        "en-flood-pellham",
        "Flood alert for River Pell",
        "A flood alert is in place for the River Pell between Tarnside and Pellham Quay after a"
        " day of heavy rain, and more is forecast for the weekend.",
        98.0,
    ),
    (
        "en-flood-pellham",
        "Pell could burst its banks, residents warned",
        "Sandbags handed out in low-lying streets of Pellham.",
        98.6,
    ),
    (
        "en-flood-pellham",
        "Flood warning issued as Pell keeps rising",
        "The alert on the River Pell has been upgraded to a flood warning for Pellham Quay's "
        "harbourside streets, where the river is expected to peak early on Saturday.",
        112.0,
    ),
    (
        "en-jobs-ashwick",
        "120 jobs to go at Brennard Plastics",
        "Brennard Plastics will cut 120 jobs at its plant on the Ashwick Mill estate, blaming "
        "falling orders from carmakers and high energy bills.",
        86.0,
    ),
    (
        "en-jobs-ashwick",
        "Ashwick factory to shed 120 posts",
        "Brennard blames weak car orders for the cuts.",
        86.4,
    ),
    (
        "en-jobs-ashwick",
        "'Heartbreaking' day for Ashwick families",
        "Union convenor Sean Petty said many workers at Brennard had been there for 20 years or"
        " more and the town would struggle to absorb the losses.",
        95.0,
    ),
    (
        "en-jobs-ashwick",
        "Council sets up jobs help desk for Brennard workers",
        "Wexmoor County Council will run a drop-in advice centre at Ashwick library from next "
        "week for the 120 staff losing their jobs at Brennard Plastics.",
        110.5,
    ),
    (
        "en-court-stainmere-bowls",
        "Bowls club treasurer jailed for £38,000 fraud",
        "Former treasurer Malcolm Dyer, 67, was jailed for two years at Wexmoor Crown Court "
        "after taking £38,000 from Stainmere Bowling Club over six years.",
        69.0,
    ),
    (
        "en-court-stainmere-bowls",
        "Dyer jailed for stealing from bowls club",
        "Judge said he betrayed friends who trusted him.",
        69.8,
    ),
    (
        "en-bus-ludcombe",
        "Ludcombe's 42 bus to be axed",
        "Valleyline Buses will withdraw the 42 service between Ludcombe and Corrowby in March, "
        "saying passenger numbers have halved since 2019.",
        27.0,
    ),
    (
        "en-bus-ludcombe",
        "Villagers fight to save route 42",
        "People in Ludcombe who rely on the bus to reach hospital appointments say they will be"
        " cut off if the service goes.",
        28.4,
    ),
    (
        "en-bridge-tarnside",
        "Tarn Bridge shut for six weeks of repairs",
        "The Tarn Bridge in Tarnside closed on Monday for six weeks of repairs to its "
        "stonework, with a 9-mile diversion for drivers.",
        6.0,
    ),
    (
        "en-bridge-tarnside",
        "Tarn Bridge closure begins",
        "A nine-mile diversion will be in place until mid-January.",
        6.4,
    ),
    (
        "en-dog-corrowby",
        "Postman bitten in dog attack in Corrowby",
        "A postman needed hospital treatment for bites to his arm and leg after being attacked "
        "by a dog on Lark Rise in Corrowby on Friday morning.",
        104.0,
    ),
    (
        "en-dog-corrowby",
        "Dog attack on Corrowby postie",
        "Postal worker treated for bites, dog seized.",
        104.7,
    ),
    (
        "en-dog-corrowby",
        "Owner charged after Lark Rise dog attack",
        "A 45-year-old woman has been charged with being in charge of a dangerously out-of-"
        "control dog after a postman was bitten in Corrowby on Friday.",
        118.0,
    ),
    (
        "en-swim-pellham",
        "Sea swimmers raise £9,000 for lifeboat",
        "Forty members of the Pellham Dippers swam in the harbour on Sunday morning to raise "
        "money for the town's lifeboat station.",
        156.0,
    ),
    (
        "en-library-ashwick",
        "Ashwick library reopens after refit",
        "Ashwick library has reopened after a four-month refit with a new children's corner, a "
        "café and longer opening hours on Saturdays.",
        39.0,
    ),
    (
        "en-homes-ludcombe",
        "250 homes approved on Greyfield site",
        "Planners have approved 250 homes on the Greyfield site on the edge of Ludcombe despite"
        " more than 400 objections from residents.",
        52.0,
    ),
    (
        "en-homes-ludcombe",
        "Greyfield homes get green light",
        "The Ludcombe development was passed despite hundreds of objections.",
        52.4,
    ),
    (
        "en-homes-ludcombe",
        "Greyfield residents consider legal challenge",
        "The Save Greyfield group said it was taking legal advice after councillors backed the "
        "250-home scheme by six votes to five.",
        64.0,
    ),
    (
        "en-postoffice-stainmere",
        "Post office robbed in Stainmere",
        "A man with a hammer threatened staff at the post office on Crown Street in Stainmere "
        "on Thursday and escaped with about £3,000 in cash.",
        88.5,
    ),
    (
        "en-postoffice-stainmere",
        "Hammer raid at Crown Street post office",
        "Staff shaken but unhurt, police appeal for witnesses.",
        89.0,
    ),
    (
        "en-power-tarnside",
        "3,000 homes lose power in Tarnside",
        "About 3,000 homes and businesses in Tarnside were without electricity for up to four "
        "hours on Friday evening after a cable fault at a substation.",
        120.0,
    ),
    (
        "en-power-tarnside",
        "Power cut hits Tarnside",
        "Substation fault blamed, supply back by midnight.",
        120.5,
    ),
    (
        "en-power-tarnside",
        "Power firm says sorry for Tarnside blackout",
        "Wexmoor Networks has apologised for Friday's four-hour power cut and said customers "
        "who lost supply will get £35 in compensation.",
        128.5,
    ),
    (
        "en-water-corrowby",
        "Burst main floods Corrowby High Street",
        "A burst water main sent water pouring down Corrowby High Street on Monday morning, "
        "closing the road and leaving dozens of homes with low pressure.",
        9.5,
    ),
    (
        "en-water-corrowby",
        "Corrowby High Street shut by burst pipe",
        "Engineers at the scene, homes with low pressure.",
        10.0,
    ),
    (
        "en-rail-strike-valley",
        "Wexmoor Valley line hit by strike",
        "No trains will run on the Wexmoor Valley line on Saturday after conductors voted to "
        "strike over staffing, the operator said.",
        70.0,
    ),
    (
        "en-rail-strike-valley",
        "Valley line trains cancelled on Saturday",
        "Conductors' walkout in dispute over staffing.",
        70.5,
    ),
    (
        "en-rail-strike-valley",
        "Rail bosses and union to hold last-ditch talks",
        "Talks aimed at averting Saturday's conductors' strike on the Wexmoor Valley line will "
        "be held on Friday, both sides confirmed.",
        100.0,
    ),
    (
        "en-rail-strike-valley",
        "Valley line strike suspended after talks",
        "Conductors have suspended Saturday's walkout on the Wexmoor Valley line after Friday's"
        " talks produced a new offer on staffing, so trains will run as normal.",
        108.5,
    ),
    (
        "en-pub-pellham",
        "Pellham pub named county's best",
        "The Anchor and Oar on Pellham Quay has been named Wexmoor pub of the year by a real "
        "ale group, which praised its fish suppers and cosy snug.",
        110.0,
    ),
    (
        "en-pub-pellham",
        "Anchor and Oar crowned pub of the year",
        "Pellham's harbourside inn wins the county title.",
        110.6,
    ),
    (
        "en-stabbing-ashwick",
        "Man charged after Ashwick stabbing",
        "A 27-year-old man has been charged with attempted murder after a man was stabbed "
        "outside a takeaway on Station Road, Ashwick, on Sunday night.",
        22.5,
    ),
    (
        "en-stabbing-ashwick",
        "Charge over Station Road stabbing",
        "The victim is said to be in a stable condition in hospital.",
        23.2,
    ),
    (
        "en-otters-tarn",
        "Otters spotted on the Tarn after 40 years",
        "Volunteers surveying the river through Tarnside have filmed a family of otters, the "
        "first seen on that stretch since the early 1980s.",
        140.0,
    ),
    (
        "en-carehome-ludcombe",
        "Ludcombe care home to close",
        "Beechcroft House in Ludcombe will close in February, leaving 40 residents to find new "
        "homes, its owners said, blaming staff shortages.",
        81.0,
    ),
    (
        "en-carehome-ludcombe",
        "Beechcroft care home closure announced",
        "Forty residents must move by February.",
        81.5,
    ),
    (
        "en-carehome-ludcombe",
        "Families 'devastated' by Beechcroft closure",
        "Relatives of people living at Beechcroft House said they had been given just ten weeks"
        " to find a new place for elderly parents.",
        92.0,
    ),
    (
        "en-carehome-ludcombe",
        "Council pledges help for Beechcroft residents",
        "Social workers will meet every one of the 40 residents of the closing Ludcombe care "
        "home before Christmas to help them choose a new place, the county council said.",
        105.0,
    ),
    (
        "en-cricket-stainmere",
        "Cricket pavilion vandalised in Stainmere",
        "Vandals smashed windows and sprayed graffiti inside the pavilion at Stainmere Cricket "
        "Club overnight into Saturday, causing damage the club puts at £5,000.",
        124.0,
    ),
    (
        "en-cricket-stainmere",
        "Stainmere cricket club targeted by vandals",
        "Pavilion windows smashed, graffiti sprayed.",
        124.6,
    ),
    (
        "en-housefire-pellham",
        "Family escapes house fire in Pellham",
        "A couple and their three children got out safely when fire broke out in the kitchen of"
        " their house on Gull Terrace, Pellham Quay, on Sunday afternoon.",
        159.0,
    ),
    (
        "en-housefire-pellham",
        "Gull Terrace fire: all five safe",
        "A smoke alarm woke the family at the house, crews say.",
        159.5,
    ),
    (
        "en-housefire-pellham",
        "Neighbours rally round fire-hit Pellham family",
        "An online appeal for the family whose Gull Terrace home was gutted on Sunday has "
        "raised more than £4,000 in a few hours.",
        165.0,
    ),
    (
        "en-cyclist-ashwick",
        "Cyclist dies in crash near Ashwick",
        "A cyclist has died after a collision with a van on the Ashwick to Tarnside road on "
        "Tuesday evening.",
        46.0,
    ),
    (
        "en-cyclist-ashwick",
        "Cyclist killed on Ashwick road",
        "Collision with a van, road shut overnight.",
        46.5,
    ),
    (
        "en-cyclist-ashwick",
        "Tributes to cyclist killed near Ashwick",
        "The cyclist who died on Tuesday has been named as Paul Renwick, 52, a teacher and keen"
        " club rider from Ashwick.",
        66.0,
    ),
    (
        "en-cyclist-ashwick",
        "Police appeal for dashcam footage after cyclist's death",
        "Officers investigating the crash that killed Ashwick cyclist Paul Renwick on Tuesday "
        "want to hear from drivers who were on the Tarnside road between 5pm and 6pm.",
        72.5,
    ),
    (
        "en-market-corrowby",
        "Corrowby market traders protest rent rise",
        "Stallholders at Corrowby's outdoor market staged a protest outside the town hall on "
        "Friday against a 30% rise in pitch fees.",
        116.0,
    ),
    (
        "en-market-corrowby",
        "Traders march over market fees",
        "A 30 per cent increase could finish the market, stallholders warn.",
        117.0,
    ),
    (
        "en-cannabis-tarnside",
        "Cannabis farm found in Tarnside house",
        "Police found about 400 cannabis plants in a house on Weir Street, Tarnside, on Monday "
        "and arrested two men.",
        18.0,
    ),
    (
        "en-cannabis-tarnside",
        "Two arrested in Weir Street cannabis raid",
        "Around 400 plants seized by police.",
        18.5,
    ),
    (
        "en-snow-wexmoor",
        "Snow warning for Wexmoor hills",
        "The Met Office has issued a yellow warning for snow over the Wexmoor hills from Sunday"
        " night, with up to 10cm possible on higher roads.",
        134.0,
    ),
    (
        "en-snow-wexmoor",
        "Up to 10cm of snow on the way",
        "Hill roads could be affected from Sunday night.",
        134.5,
    ),
    (
        "en-gp-ludcombe",
        "New doctors' surgery to open in Ludcombe",
        "A new surgery with room for 8,000 patients will open next to Ludcombe's health centre "
        "in the spring, the county's health board said.",
        160.0,
    ),
    (
        "en-museum-stainmere",
        "Lottery grant for Stainmere canal museum",
        "The canal museum in Stainmere has been given £240,000 from the National Lottery "
        "Heritage Fund to restore its last working narrowboat.",
        146.0,
    ),
    (
        "en-walker-fell",
        "Walker rescued from Hob Fell",
        "A walker who fell and broke an ankle on Hob Fell above Tarnside was carried down by "
        "the mountain rescue team on Saturday afternoon.",
        136.0,
    ),
    (
        "en-walker-fell",
        "Hob Fell rescue for injured walker",
        "Team of 14 carried the man off the hill.",
        136.6,
    ),
    (
        "en-scam-pellham",
        "Warning over fake builders in Pellham",
        "Police are warning older people in Pellham Quay after two pensioners were charged "
        "thousands of pounds for roof repairs that were never done.",
        28.0,
    ),
    (
        "en-scam-pellham",
        "Rogue builders target Pellham pensioners",
        "Police urge residents to check traders carefully.",
        28.6,
    ),
    (
        "en-lifeboat-pellham",
        "Lifeboat called to yacht aground off Pellham",
        "Pellham Quay's lifeboat was launched on Saturday morning after a yacht with two people"
        " on board ran aground on the Skate Rocks at the mouth of the harbour.",
        126.0,
    ),
    (
        "en-lifeboat-pellham",
        "Yacht on the rocks at harbour mouth",
        "Two sailors safe after lifeboat launch.",
        126.5,
    ),
    (
        "en-lifeboat-pellham",
        "'We were lucky,' say rescued Pellham sailors",
        "The couple whose yacht struck the Skate Rocks on Saturday thanked the volunteer crew "
        "who towed them off on the rising tide.",
        133.5,
    ),
    (
        "en-lights-corrowby",
        "Christmas lights switched on in Corrowby",
        "Thousands packed Corrowby's Market Square on Friday evening as a local choir and a "
        "fireworks display marked the switch-on of the town's Christmas lights.",
        114.0,
    ),
    (
        "en-lights-corrowby",
        "Corrowby lights up for Christmas",
        "Crowds, a choir and fireworks in the Market Square.",
        114.6,
    ),
    (
        "en-carol-stainmere",
        "Carol concert raises funds for Stainmere hospice",
        "A candlelit carol concert at St Edmund's church in Stainmere on Sunday evening raised "
        "more than £2,600 for the town's hospice.",
        165.5,
    ),
    (
        "en-crash-stainmere-sunday",
        "Three hurt in two-car crash in Stainmere",
        "Three people were taken to hospital after two cars collided on the Ring Road in "
        "Stainmere on Sunday evening.",
        166.5,
    ),
    (
        "en-crash-stainmere-sunday",
        "Ring Road crash injures three",
        "The road was closed for two hours on Sunday night.",
        167.0,
    ),
    (
        "en-bins-ludcombe",
        "Bin collection days to change across Ludcombe",
        "Thousands of households in Ludcombe will have their bin collection day moved from "
        "January as the council redraws its rounds to save £400,000.",
        122.0,
    ),
    (
        "en-bins-ludcombe",
        "New bin days for Ludcombe in January",
        "The council says the change will save £400k a year.",
        122.6,
    ),
    (
        "en-rugby-ashwick",
        "Ashwick rugby club ends losing run",
        "Ashwick RFC won for the first time in seven matches on Sunday, beating Corrowby 22-10 "
        "at the Mill Field.",
        162.0,
    ),
    (
        "en-rugby-ashwick",
        "Ashwick beat Corrowby 22-10",
        "The win is the first for the club in seven games.",
        162.5,
    ),
    (
        "en-tools-ludcombe",
        "Tools stolen from vans in Ludcombe",
        "Thieves broke into five tradesmen's vans parked on Orchard Way in Ludcombe overnight "
        "into Friday and stole tools worth about £12,000.",
        101.0,
    ),
    (
        "en-tools-ludcombe",
        "Van break-ins on Orchard Way",
        "Power tools worth around £12k were taken.",
        101.6,
    ),
    # --- German ---
    (
        "de-premiere-altenbruck",
        "Jubel für „Der Fährmann“ im Stadttheater Altenbruck",
        "Mit minutenlangem Applaus hat das Publikum am Dienstagabend die Uraufführung von „Der "
        "Fährmann“ im Stadttheater Altenbruck gefeiert, einem Stück der Autorin Leni Vosskamp.",
        45.0,
    ),
    (
        "de-premiere-altenbruck",
        "Uraufführung in Altenbruck gefeiert",
        "Das Stadttheater zeigt das neue Stück von Leni Vosskamp.",
        45.6,
    ),
    (
        "de-premiere-altenbruck",
        "Vosskamp: „Ich habe an die Fährleute meines Großvaters gedacht“",
        "Im Gespräch nach der Premiere erzählt die Altenbrucker Autorin, wie die alte Fähre "
        "über die Lauter zum Stoff für ihr Stück wurde.",
        53.0,
    ),
    (
        "de-premiere-altenbruck/alarm",
        "Feueralarm: Stadttheater Altenbruck geräumt",
        "Während einer Schülervorstellung am Mittwochvormittag hat ein Rauchmelder im "
        "Bühnenkeller Alarm ausgelöst; rund 350 Menschen mussten das Stadttheater verlassen, "
        "ein Feuer fand die Feuerwehr nicht.",
        59.0,
    ),
    (
        "de-premiere-altenbruck/alarm",
        "Theater in Altenbruck evakuiert",
        "Der Rauchmelder schlug im Bühnenkeller an, verletzt wurde niemand.",
        59.6,
    ),
    (
        "de-brauerei-krummfeld",
        "Brauerei Hessler will in Krummfeld kräftig wachsen",
        "Die Familienbrauerei Hessler investiert 18 Millionen Euro in ein neues Sudhaus am "
        "Standort Krummfeld und will dort 30 neue Stellen schaffen.",
        12.5,
    ),
    (
        "de-brauerei-krummfeld",
        "Hessler baut neues Sudhaus",
        "18 Mio. Euro und 30 neue Arbeitsplätze für Krummfeld.",
        13.1,
    ),
    (
        "de-brauerei-krummfeld/tanklaster",
        "Tanklaster vor Brauerei umgekippt",
        "Auf der Mühlenstraße in Krummfeld ist am Donnerstagmorgen ein mit Würze beladener "
        "Tanklaster umgekippt; der Fahrer wurde leicht verletzt, die Straße war bis zum "
        "Nachmittag gesperrt.",
        84.3,
    ),
    (
        "de-brauerei-krummfeld/tanklaster",
        "Mühlenstraße in Krummfeld nach Lkw-Unfall gesperrt",
        "Fahrer leicht verletzt, Bergung dauert bis zum Nachmittag.",
        85.0,
    ),
    (
        "de-skilift-hagenried",
        "Saisonstart am Hagenrieder Kogel",
        "Der neue Sechser-Sessellift am Hagenrieder Kogel hat am Samstag seinen Betrieb "
        "aufgenommen; bei Neuschnee kamen mehr als 2.000 Wintersportler zum Saisonauftakt.",
        129.0,
    ),
    (
        "de-skilift-hagenried",
        "Neuer Sessellift in Hagenried läuft",
        "Mehr als 2000 Skifahrer kamen zum Start in die Saison.",
        129.5,
    ),
    (
        "de-skilift-hagenried/skifahrer",
        "Skifahrer am Kogel schwer verletzt",
        "Ein 43-jähriger Urlauber ist am Sonntagnachmittag auf der Talabfahrt des Hagenrieder "
        "Kogels gestürzt und mit dem Rettungshubschrauber in die Klinik geflogen worden.",
        158.0,
    ),
    (
        "de-skilift-hagenried/skifahrer",
        "Hubschraubereinsatz am Hagenrieder Kogel",
        "Urlauber nach Sturz auf der Talabfahrt schwer verletzt.",
        158.6,
    ),
    (
        "de-unfall-oberlausen",
        "Schwerer Unfall auf der Kreisstraße bei Oberlausen",
        "Zwei Autos sind am Dienstagmorgen auf der K 14 zwischen Oberlausen und Krummfeld "
        "frontal zusammengestoßen; drei Menschen wurden schwer verletzt.",
        31.0,
    ),
    (
        "de-unfall-oberlausen",
        "K 14 nach Frontalcrash gesperrt",
        "Drei Schwerverletzte bei Oberlausen.",
        31.4,
    ),
    (
        "de-unfall-oberlausen",
        "Unfall bei Oberlausen: Glätte als Ursache vermutet",
        "Die Polizei geht davon aus, dass überfrierende Nässe zu dem Zusammenstoß auf der "
        "Kreisstraße geführt hat, bei dem drei Menschen schwer verletzt wurden.",
        39.5,
    ),
    (
        "de-hallenbad-wendelsheim",
        "Wendelsheimer Hallenbad wird saniert",
        "Der Gemeinderat hat am Mittwochabend die Sanierung des Hallenbads für 8,4 Millionen "
        "Euro beschlossen; das Bad bleibt dafür ab Mai ein Jahr lang geschlossen.",
        69.0,
    ),
    (
        "de-hallenbad-wendelsheim",
        "Grünes Licht für die Badsanierung",
        "Ein Jahr Schließung, 8,4 Mio. Euro Kosten in Wendelsheim.",
        69.7,
    ),
    (
        "de-apotheke-krummfeld",
        "Einbruch in Apotheke in Krummfeld",
        "Unbekannte sind in der Nacht zum Freitag in die Löwen-Apotheke am Marktplatz in "
        "Krummfeld eingestiegen und haben Bargeld sowie Medikamente gestohlen.",
        98.0,
    ),
    (
        "de-apotheke-krummfeld",
        "Löwen-Apotheke ausgeräumt",
        "Die Polizei sucht Zeugen für den Einbruch am Marktplatz.",
        98.5,
    ),
    (
        "de-apotheke-krummfeld",
        "Festnahme nach Apothekeneinbruch in Krummfeld",
        "Die Polizei hat am Samstag zwei Männer festgenommen, die in der Nacht zum Freitag in "
        "die Löwen-Apotheke eingebrochen sein sollen; ein Teil der Beute wurde gefunden.",
        140.0,
    ),
    (
        "de-weihnachtsmarkt-wendelsheim",
        "Weihnachtsmarkt in Wendelsheim eröffnet",
        "Mit dem Anschneiden eines drei Meter langen Stollens hat Bürgermeisterin Ute Brammer "
        "am Freitagabend den Wendelsheimer Weihnachtsmarkt eröffnet.",
        116.0,
    ),
    (
        "de-weihnachtsmarkt-wendelsheim",
        "Stollenanschnitt zum Auftakt",
        "Der Weihnachtsmarkt auf dem Schlossplatz hat bis zum 23. geöffnet.",
        116.6,
    ),
    (
        "de-weihnachtsmarkt-wendelsheim",
        "Andrang am ersten Samstag auf dem Weihnachtsmarkt",
        "Nach der Eröffnung durch Bürgermeisterin Brammer drängten sich am Samstag tausende "
        "Besucher zwischen den 70 Buden auf dem Wendelsheimer Schlossplatz.",
        135.0,
    ),
    (
        "de-handball-altenbruck",
        "Altenbrucker Handballer siegen im Derby",
        "Der TV Altenbruck hat das Kreisderby gegen die HSG Krummfeld mit 31:27 gewonnen und "
        "ist nun Tabellenzweiter der Landesliga.",
        144.0,
    ),
    (
        "de-handball-altenbruck",
        "Derbysieg für den TV Altenbruck",
        "Mit 31:27 gegen die HSG Krummfeld, der TV ist nun Zweiter.",
        144.8,
    ),
    (
        "de-vermisst-oberlausen",
        "82-Jähriger aus Oberlausen vermisst",
        "Die Polizei sucht mit einem Hubschrauber nach einem 82 Jahre alten Mann, der am "
        "Donnerstagmorgen sein Haus in Oberlausen verlassen hat und nicht zurückgekehrt ist.",
        81.0,
    ),
    (
        "de-vermisst-oberlausen",
        "Suche nach Senior in Oberlausen",
        "Der Mann ist orientierungslos, Hinweise an die Polizei.",
        81.5,
    ),
    (
        "de-vermisst-oberlausen",
        "Vermisster Senior wohlbehalten gefunden",
        "Der seit Donnerstag vermisste 82-Jährige aus Oberlausen ist in der Nacht in einer "
        "Scheune am Ortsrand entdeckt worden; er war unterkühlt, aber unverletzt.",
        96.0,
    ),
    (
        "de-schule-wendelsheim",
        "Gymnasium Wendelsheim bekommt neue Mensa",
        "Der Kreistag hat 2,1 Millionen Euro für eine neue Mensa am Gymnasium Wendelsheim "
        "bewilligt, die zum Schuljahr 2028 fertig sein soll.",
        20.0,
    ),
    (
        "de-stromausfall-hagenried",
        "Stromausfall in Hagenried",
        "Rund 1.500 Haushalte in Hagenried und den umliegenden Ortsteilen waren am "
        "Samstagmorgen zwei Stunden lang ohne Strom, weil ein Baum unter der Schneelast auf "
        "eine Leitung gestürzt war.",
        131.0,
    ),
    (
        "de-stromausfall-hagenried",
        "Baum reißt Leitung ab: Hagenried ohne Strom",
        "Etwa 1500 Haushalte waren für zwei Stunden betroffen.",
        131.6,
    ),
    (
        "de-bahnhof-wendelsheim",
        "Bahnhof Wendelsheim wird barrierefrei",
        "Die Bahn baut ab Januar in Wendelsheim Aufzüge an beiden Bahnsteigen ein; der Umbau "
        "kostet 3,5 Millionen Euro und soll im Herbst fertig sein.",
        106.0,
    ),
    (
        "de-bahnhof-wendelsheim",
        "Aufzüge für den Bahnhof Wendelsheim",
        "Der Umbau soll bis zum Herbst fertig sein.",
        106.6,
    ),
    # --- French ---
    (
        "fr-premiere-vauclere",
        "Triomphe pour « La Maison des Saules » au théâtre de Vauclère",
        "La création de la pièce de Margaux Delorme a été saluée lundi soir par une salle "
        "comble au théâtre municipal de Vauclère.",
        18.0,
    ),
    (
        "fr-premiere-vauclere",
        "Première réussie à Vauclère",
        "Salle comble pour la pièce de Margaux Delorme.",
        18.6,
    ),
    (
        "fr-premiere-vauclere/alarme",
        "Le théâtre de Vauclère évacué en pleine répétition",
        "Une alarme incendie s'est déclenchée jeudi soir dans les loges du théâtre municipal de"
        " Vauclère ; les pompiers n'ont relevé aucune trace de feu et la représentation de "
        "vendredi est maintenue.",
        103.0,
    ),
    (
        "fr-premiere-vauclere/alarme",
        "Alerte incendie au théâtre municipal",
        "Les loges évacuées, aucun feu n'a été trouvé par les pompiers.",
        103.7,
    ),
    (
        "fr-ponton-sarlanges",
        "Le nouveau ponton du port de Sarlanges inauguré",
        "Le maire de Sarlanges, Yves Tanguy-Ruel, a inauguré mardi le ponton de 120 mètres qui "
        "permettra d'accueillir 60 bateaux de plaisance supplémentaires.",
        36.0,
    ),
    (
        "fr-ponton-sarlanges",
        "Sarlanges : 60 places de plus au port",
        "Un ponton de 120 m a été inauguré mardi.",
        36.5,
    ),
    (
        "fr-ponton-sarlanges/incendie",
        "Un voilier détruit par les flammes dans le port de Sarlanges",
        "Un voilier de neuf mètres a pris feu mercredi soir à quai dans le port de Sarlanges ; "
        "le feu a été maîtrisé avant de gagner les bateaux voisins.",
        68.0,
    ),
    (
        "fr-ponton-sarlanges/incendie",
        "Incendie d'un voilier à Sarlanges",
        "Le feu n'a pas gagné les autres bateaux du port.",
        68.6,
    ),
    (
        "fr-telesiege-montbrac",
        "Montbrac ouvre sa saison avec un télésiège neuf",
        "La station de Montbrac a lancé samedi sa saison d'hiver avec la mise en service du "
        "télésiège des Aiguillettes, qui a coûté 9 millions d'euros.",
        128.0,
    ),
    (
        "fr-telesiege-montbrac",
        "Ouverture de la station de Montbrac",
        "Le télésiège des Aiguillettes accueille ses premiers skieurs.",
        128.6,
    ),
    (
        "fr-telesiege-montbrac/collision",
        "Collision entre deux skieurs à Montbrac",
        "Une skieuse de 16 ans a été héliportée dimanche après une collision avec un autre "
        "skieur sur la piste des Aiguillettes, à Montbrac.",
        157.0,
    ),
    (
        "fr-telesiege-montbrac/collision",
        "Une adolescente héliportée à Montbrac",
        "Elle a été percutée par un autre skieur sur la piste.",
        157.7,
    ),
    (
        "fr-greve-vauclere",
        "Grève des éboueurs à Vauclère",
        "Les agents de collecte des déchets de l'agglomération de Vauclère sont en grève depuis"
        " mercredi matin pour réclamer une prime de pénibilité.",
        50.0,
    ),
    (
        "fr-greve-vauclere",
        "Les poubelles s'entassent à Vauclère",
        "Les éboueurs réclament une prime, la grève continue.",
        50.5,
    ),
    (
        "fr-greve-vauclere",
        "Éboueurs : un accord trouvé, la collecte reprend",
        "Après deux jours de grève, un accord sur une prime de 90 euros par mois a été signé "
        "jeudi entre les syndicats et l'agglomération de Vauclère.",
        72.0,
    ),
    (
        "fr-accident-pont-aubin",
        "Un car scolaire sort de la route près de Pont-Aubin",
        "Un car transportant 23 collégiens a glissé dans un fossé lundi matin sur la "
        "départementale près de Pont-Aubin ; quatre enfants ont été légèrement blessés.",
        8.0,
    ),
    (
        "fr-accident-pont-aubin",
        "Car scolaire dans le fossé : quatre blessés légers",
        "Le verglas serait en cause près de Pont-Aubin.",
        8.5,
    ),
    (
        "fr-accident-pont-aubin",
        "Pont-Aubin : les parents réclament le salage de la route",
        "Après l'accident du car scolaire, des parents d'élèves demandent au département de "
        "saler la départementale dès 6 heures.",
        16.0,
    ),
    (
        "fr-boulangerie-sarlanges",
        "Le meilleur croissant du département est à Sarlanges",
        "La boulangerie Le Fournil de Lise, à Sarlanges, a remporté jeudi le concours "
        "départemental du meilleur croissant au beurre.",
        88.0,
    ),
    (
        "fr-boulangerie-sarlanges",
        "Sarlanges : le Fournil de Lise primé",
        "Son croissant au beurre est le meilleur du département.",
        88.5,
    ),
    (
        "fr-vol-mairie-montbrac",
        "Cambriolage à la mairie de Montbrac",
        "Des ordinateurs et la caisse de l'état civil ont été volés dans la nuit de mardi à "
        "mercredi à la mairie de Montbrac, qui reste fermée au public.",
        60.0,
    ),
    (
        "fr-conseil-vauclere",
        "Vauclère votera la gratuité des bus le samedi",
        "Le conseil municipal de Vauclère a adopté vendredi soir la gratuité du réseau de bus "
        "tous les samedis à partir de janvier.",
        122.0,
    ),
    (
        "fr-conseil-vauclere",
        "Bus gratuits le samedi à Vauclère",
        "Le conseil municipal a voté la mesure vendredi.",
        122.6,
    ),
    (
        "fr-conseil-vauclere",
        "Bus gratuits : les commerçants de Vauclère applaudissent",
        "Les commerçants du centre-ville espèrent que la gratuité des bus le samedi, votée "
        "vendredi, ramènera des clients dans les rues piétonnes de Vauclère.",
        134.0,
    ),
    (
        "fr-rugby-pont-aubin",
        "Le RC Pont-Aubin renverse Sarlanges",
        "Menés de dix points à la pause, les rugbymen de Pont-Aubin se sont imposés 24 à 20 "
        "dimanche face à l'US Sarlanges.",
        161.0,
    ),
    (
        "fr-rugby-pont-aubin",
        "Victoire à l'arrachée pour le RC Pont-Aubin",
        "Les locaux ont battu Sarlanges 24-20.",
        161.6,
    ),
    (
        "fr-marche-noel-sarlanges",
        "Le marché de Noël de Sarlanges fait le plein",
        "Pour sa première édition sur le quai du port, le marché de Noël de Sarlanges a "
        "accueilli dimanche des milliers de visiteurs autour de 45 chalets.",
        156.0,
    ),
    (
        "fr-marche-noel-sarlanges",
        "Marché de Noël sur le quai à Sarlanges",
        "Quarante-cinq chalets et des milliers de visiteurs.",
        156.6,
    ),
    # --- Spanish ---
    (
        "es-paso-torrelana",
        "Torrelaña estrena barreras en el paso a nivel de la Vega",
        "Adif ha puesto en servicio este lunes las nuevas barreras automáticas del paso a nivel"
        " de la Vega, en Torrelaña, una reivindicación vecinal de más de diez años.",
        11.0,
    ),
    (
        "es-paso-torrelana",
        "Barreras nuevas en el paso de la Vega",
        "Los vecinos de Torrelaña llevaban una década pidiéndolas.",
        11.5,
    ),
    (
        "es-paso-torrelana/arrollado",
        "Un tren arrolla una furgoneta en el paso a nivel de Torrelaña",
        "El conductor de una furgoneta de reparto salió ileso el viernes por la mañana después "
        "de que un tren regional golpeara su vehículo en el paso de la Vega.",
        108.0,
    ),
    (
        "es-paso-torrelana/arrollado",
        "Susto en el paso de la Vega",
        "El conductor de la furgoneta salió por su propio pie.",
        108.6,
    ),
    (
        "es-biblioteca-villarcedo",
        "La escritora Nuria Olmedilla llena la biblioteca de Villarcedo",
        "Más de 150 personas acudieron el martes por la tarde a la biblioteca municipal de "
        "Villarcedo para escuchar a Nuria Olmedilla presentar su novela sobre el pueblo.",
        43.0,
    ),
    (
        "es-biblioteca-villarcedo",
        "Lleno en la biblioteca con Olmedilla",
        "La autora presentó su nueva novela ante 150 vecinos.",
        43.6,
    ),
    (
        "es-biblioteca-villarcedo/tuberia",
        "Una tubería rota inunda el sótano de la biblioteca de Villarcedo",
        "La rotura de una tubería durante la madrugada del miércoles anegó el archivo del "
        "sótano de la biblioteca municipal, que permanecerá cerrada al menos una semana.",
        67.0,
    ),
    (
        "es-biblioteca-villarcedo/tuberia",
        "Cierra la biblioteca de Villarcedo por una inundación",
        "El agua dañó el archivo del sótano.",
        67.5,
    ),
    (
        "es-loteria-puerto-alcira",
        "El Gordo de la lotería provincial cae en Puerto Alcira",
        "Un único boleto vendido en el quiosco de la plaza del Mercado de Puerto Alcira ha "
        "ganado el premio mayor de 1,2 millones de euros del sorteo provincial del jueves.",
        94.0,
    ),
    (
        "es-loteria-puerto-alcira",
        "1,2 millones para un vecino de Puerto Alcira",
        "El boleto se vendió en el quiosco de la plaza del Mercado.",
        94.5,
    ),
    (
        "es-loteria-puerto-alcira/atraco",
        "Atracan el quiosco que vendió el premio de Puerto Alcira",
        "Un hombre encapuchado amenazó con un cuchillo a la dependienta del quiosco de la plaza"
        " del Mercado el domingo por la noche y se llevó la recaudación del día.",
        164.0,
    ),
    (
        "es-loteria-puerto-alcira/atraco",
        "Atraco con cuchillo en la plaza del Mercado",
        "La dependienta no resultó herida y la Policía Local busca al autor.",
        164.6,
    ),
    (
        "es-incendio-san-ambrosio",
        "Un incendio calcina una nave agrícola en San Ambrosio del Monte",
        "Los bomberos trabajaron durante cinco horas el martes de madrugada para apagar el "
        "fuego de una nave con maquinaria y forraje en San Ambrosio del Monte.",
        26.0,
    ),
    (
        "es-incendio-san-ambrosio",
        "Arde una nave en San Ambrosio",
        "Los bomberos tardaron cinco horas en sofocar las llamas.",
        26.5,
    ),
    (
        "es-pleno-villarcedo",
        "El pleno de Villarcedo aprueba subir el IBI un 3%",
        "Con los votos del equipo de gobierno, el pleno del Ayuntamiento de Villarcedo aprobó "
        "el jueves una subida del impuesto de bienes inmuebles del 3 por ciento.",
        78.0,
    ),
    (
        "es-pleno-villarcedo",
        "Sube el IBI en Villarcedo",
        "La oposición votó en contra de la subida.",
        78.6,
    ),
    (
        "es-futbol-torrelana",
        "El CD Torrelaña golea al Puerto Alcira",
        "El CD Torrelaña se impuso por 4-0 al CF Puerto Alcira en el derbi comarcal del "
        "domingo, con dos goles de Iker Solana.",
        162.5,
    ),
    (
        "es-futbol-torrelana",
        "Doblete de Solana en el derbi",
        "Torrelaña gana 4-0 y sigue líder.",
        163.0,
    ),
    (
        "es-trafico-a-comarcal",
        "Un herido grave en un choque en la carretera de Villarcedo",
        "Un motorista de 29 años resultó herido grave el lunes de madrugada al chocar contra un"
        " turismo en la carretera que une Villarcedo y Torrelaña.",
        5.0,
    ),
    (
        "es-mercado-puerto-alcira",
        "El mercado de abastos de Puerto Alcira reabre tras su reforma",
        "El mercado de abastos ha reabierto el viernes con 32 puestos, nuevo tejado y "
        "aparcamiento, después de catorce meses de obras.",
        118.0,
    ),
    (
        "es-mercado-puerto-alcira",
        "Reabre el mercado de abastos",
        "Treinta y dos puestos y un tejado nuevo en Puerto Alcira.",
        118.6,
    ),
    (
        "es-mercado-puerto-alcira",
        "Colas y buen ambiente en el primer sábado del mercado",
        "Los comerciantes del mercado de abastos de Puerto Alcira hablan de ventas de récord en"
        " su primer fin de semana tras la reforma.",
        133.0,
    ),
    (
        "es-nieve-san-ambrosio",
        "La nieve corta el puerto de San Ambrosio",
        "La Guardia Civil ha cerrado el puerto de montaña de San Ambrosio del Monte a camiones "
        "y exige cadenas a los turismos por la nevada del sábado.",
        135.0,
    ),
    (
        "es-nieve-san-ambrosio",
        "Cadenas obligatorias en San Ambrosio",
        "Camiones embolsados a la entrada del puerto.",
        135.5,
    ),
    (
        "es-nieve-san-ambrosio",
        "Reabierto el puerto de San Ambrosio tras la nevada",
        "La Guardia Civil levantó el domingo al mediodía las restricciones en el puerto de San "
        "Ambrosio del Monte, después de que las quitanieves despejaran la calzada.",
        150.0,
    ),
    # --- Italian ---
    (
        "it-passaggio-roccafonda",
        "Roccafonda, nuove sbarre al passaggio a livello di via dei Mulini",
        "Sono entrate in funzione martedì le nuove sbarre automatiche del passaggio a livello "
        "di via dei Mulini, a Roccafonda, attese da anni dai residenti.",
        34.0,
    ),
    (
        "it-passaggio-roccafonda",
        "Sbarre nuove in via dei Mulini",
        "Il passaggio a livello di Roccafonda è stato messo in sicurezza.",
        34.5,
    ),
    (
        "it-passaggio-roccafonda/auto",
        "Auto travolta dal treno al passaggio a livello di Roccafonda",
        "Un'anziana automobilista è rimasta ferita sabato mattina quando la sua utilitaria è "
        "stata colpita da un treno regionale in via dei Mulini.",
        131.0,
    ),
    (
        "it-passaggio-roccafonda/auto",
        "Incidente in via dei Mulini, ferita una donna",
        "La linea è rimasta chiusa per tre ore.",
        131.6,
    ),
    (
        "it-biblioteca-borgonera",
        "Folla in biblioteca a Borgonera per Sandro Meliconi",
        "Lo scrittore Sandro Meliconi ha presentato mercoledì sera il suo nuovo romanzo nella "
        "biblioteca civica di Borgonera davanti a oltre cento persone.",
        68.0,
    ),
    (
        "it-biblioteca-borgonera",
        "Meliconi presenta il romanzo in biblioteca",
        "Più di cento lettori nella sala di Borgonera.",
        68.6,
    ),
    (
        "it-biblioteca-borgonera/allagamento",
        "Borgonera, si rompe un tubo: allagata la biblioteca civica",
        "La rottura di una tubatura nella notte tra mercoledì e giovedì ha allagato la sala "
        "lettura della biblioteca civica di Borgonera, che resterà chiusa per alcuni giorni.",
        82.0,
    ),
    (
        "it-biblioteca-borgonera/allagamento",
        "Biblioteca civica chiusa per l'allagamento",
        "Danni alla sala lettura, libri messi al sicuro.",
        82.6,
    ),
    (
        "it-seggiovia-san-vitale",
        "San Vitale apre la stagione con la nuova seggiovia",
        "Con l'inaugurazione della seggiovia del Colle Bianco, sabato la stazione sciistica di "
        "San Vitale ha dato il via alla stagione invernale.",
        133.0,
    ),
    (
        "it-seggiovia-san-vitale",
        "Nuova seggiovia al Colle Bianco",
        "Al via la stagione sciistica di San Vitale.",
        133.6,
    ),
    (
        "it-seggiovia-san-vitale/ferito",
        "Sciatore ferito sulle piste del Colle Bianco",
        "Un ragazzo di 19 anni è caduto domenica pomeriggio sulla pista del Colle Bianco, a San"
        " Vitale, ed è stato portato in elicottero all'ospedale.",
        159.0,
    ),
    (
        "it-seggiovia-san-vitale/ferito",
        "Elisoccorso a San Vitale per uno sciatore",
        "Il giovane è caduto sulla pista del Colle Bianco.",
        159.6,
    ),
    (
        "it-sciopero-castelmarino",
        "Castelmarino, sciopero dei bus giovedì",
        "Gli autisti della società di trasporto di Castelmarino si fermeranno per quattro ore "
        "giovedì mattina per protestare contro i turni.",
        73.0,
    ),
    (
        "it-sciopero-castelmarino",
        "Bus fermi per quattro ore a Castelmarino",
        "Sciopero degli autisti contro i nuovi turni.",
        73.5,
    ),
    (
        "it-frana-roccafonda",
        "Frana sulla provinciale per Roccafonda",
        "Una frana ha invaso lunedì mattina la strada provinciale che sale a Roccafonda, "
        "isolando per alcune ore le frazioni alte del paese.",
        14.0,
    ),
    (
        "it-frana-roccafonda",
        "Strada chiusa per una frana a Roccafonda",
        "Isolate per alcune ore le frazioni alte.",
        14.5,
    ),
    (
        "it-frana-roccafonda",
        "Riaperta la provinciale per Roccafonda",
        "Dopo una notte di lavoro delle ruspe, la strada provinciale è stata riaperta martedì "
        "mattina a senso unico alternato.",
        24.0,
    ),
    (
        "it-calcio-castelmarino",
        "Il Castelmarino vince in rimonta",
        "Il Castelmarino ha battuto 3-2 il Borgonera domenica pomeriggio, ribaltando il doppio "
        "svantaggio del primo tempo.",
        163.0,
    ),
    (
        "it-calcio-castelmarino",
        "Rimonta del Castelmarino sul Borgonera",
        "Finisce 3-2 dopo il doppio svantaggio del primo tempo.",
        163.5,
    ),
    (
        "it-sindaco-borgonera",
        "Borgonera, il sindaco presenta il piano per il centro storico",
        "La sindaca Carla Benvenuti ha presentato venerdì un piano da 4,5 milioni di euro per "
        "pedonalizzare il centro storico di Borgonera entro il 2028.",
        100.0,
    ),
    (
        "it-sindaco-borgonera",
        "Centro storico pedonale entro il 2028",
        "Il piano della sindaca vale 4,5 milioni.",
        100.6,
    ),
    (
        "it-furto-san-vitale",
        "Furto nella chiesa di San Vitale",
        "Ignoti hanno rubato nella notte un candelabro d'argento del Settecento dalla chiesa "
        "parrocchiale di San Vitale.",
        40.0,
    ),
    (
        "it-ospedale-castelmarino",
        "Castelmarino, apre il nuovo pronto soccorso",
        "È stato aperto lunedì il nuovo pronto soccorso dell'ospedale di Castelmarino, con "
        "dodici posti letto e una sala per i codici rossi.",
        9.0,
    ),
    (
        "it-ospedale-castelmarino",
        "Nuovo pronto soccorso all'ospedale",
        "Dodici letti e una sala per le emergenze a Castelmarino.",
        9.6,
    ),
    (
        "it-mercatino-castelmarino",
        "Mercatino di Natale in piazza a Castelmarino",
        "Sabato si è aperto in piazza del Duomo il mercatino di Natale di Castelmarino, con "
        "cinquanta bancarelle e una pista di pattinaggio.",
        130.0,
    ),
    # --- Portuguese ---
    (
        "pt-quinta-vila-serrana",
        "Quinta do Souto abre portas aos visitantes em Vila Serrana",
        "Centenas de famílias passaram na sexta-feira pela Quinta do Souto, em Vila Serrana, no"
        " dia aberto que mostrou a apanha da azeitona e o lagar em funcionamento.",
        112.0,
    ),
    (
        "pt-quinta-vila-serrana",
        "Dia aberto na Quinta do Souto",
        "Centenas de visitantes viram o lagar a trabalhar.",
        112.6,
    ),
    (
        "pt-quinta-vila-serrana/incendio",
        "Incêndio destrói armazém da Quinta do Souto",
        "Um incêndio consumiu no domingo à tarde um armazém de alfaias agrícolas da Quinta do "
        "Souto, em Vila Serrana; os bombeiros evitaram que as chamas chegassem ao lagar.",
        161.0,
    ),
    (
        "pt-quinta-vila-serrana/incendio",
        "Fogo num armazém em Vila Serrana",
        "As chamas não chegaram ao lagar da quinta.",
        161.6,
    ),
    (
        "pt-biblioteca-porto-mourao",
        "Escritor Tomás Avelar enche a biblioteca de Porto Mourão",
        "O escritor Tomás Avelar apresentou na terça-feira o seu novo livro na biblioteca "
        "municipal de Porto Mourão perante mais de cem leitores.",
        30.0,
    ),
    (
        "pt-biblioteca-porto-mourao",
        "Tomás Avelar na biblioteca municipal",
        "Sala cheia para a apresentação do novo livro.",
        30.6,
    ),
    (
        "pt-biblioteca-porto-mourao/cano",
        "Rotura de cano inunda biblioteca de Porto Mourão",
        "A rotura de um cano de água durante a madrugada de sábado inundou o piso térreo da "
        "biblioteca municipal de Porto Mourão, que fica fechada até nova ordem.",
        126.0,
    ),
    (
        "pt-biblioteca-porto-mourao/cano",
        "Biblioteca de Porto Mourão fechada após inundação",
        "A água chegou ao piso térreo durante a noite.",
        126.6,
    ),
    (
        "pt-lotaria-santa-clara",
        "Primeiro prémio da lotaria sai em Santa Clara da Ribeira",
        "O primeiro prémio da lotaria de terça-feira, no valor de 500 mil euros, foi vendido na"
        " tabacaria Central, em Santa Clara da Ribeira.",
        47.0,
    ),
    (
        "pt-lotaria-santa-clara",
        "Meio milhão de euros para Santa Clara",
        "A tabacaria Central vendeu o bilhete premiado.",
        47.6,
    ),
    (
        "pt-lotaria-santa-clara/assalto",
        "Tabacaria que vendeu prémio da lotaria assaltada",
        "Dois homens armados assaltaram na quinta-feira de manhã a tabacaria Central, em Santa "
        "Clara da Ribeira, e levaram dinheiro e maços de tabaco; a GNR está a investigar.",
        82.0,
    ),
    (
        "pt-lotaria-santa-clara/assalto",
        "Assalto à mão armada na tabacaria Central",
        "Os dois assaltantes fugiram num carro escuro.",
        82.6,
    ),
    (
        "pt-ponte-aldeia-do-vale",
        "Ponte de Aldeia do Vale fechada ao trânsito",
        "A ponte velha sobre o rio Corvo, em Aldeia do Vale, foi fechada na segunda-feira "
        "depois de uma inspeção ter encontrado fissuras nos pilares.",
        14.0,
    ),
    (
        "pt-ponte-aldeia-do-vale",
        "Fissuras obrigam a fechar a ponte velha",
        "O desvio obriga a mais 12 quilómetros de viagem.",
        14.6,
    ),
    (
        "pt-greve-porto-mourao",
        "Greve na recolha do lixo em Porto Mourão",
        "Os trabalhadores da recolha de resíduos de Porto Mourão fazem greve na quinta-feira e "
        "na sexta-feira por aumentos salariais.",
        82.5,
    ),
    (
        "pt-greve-porto-mourao",
        "Lixo por recolher durante dois dias",
        "Os trabalhadores exigem aumentos no salário.",
        83.0,
    ),
    (
        "pt-futebol-vila-serrana",
        "Vila Serrana vence o dérbi por 2-1",
        "O Vila Serrana FC venceu no domingo o Santa Clara por 2-1, com um golo de Rui Pestana "
        "aos 88 minutos.",
        162.0,
    ),
    (
        "pt-futebol-vila-serrana",
        "Golo tardio de Pestana decide o dérbi",
        "O Vila Serrana bateu o Santa Clara no fim do jogo.",
        162.6,
    ),
    (
        "pt-futebol-vila-serrana",
        "Pestana: «Foi o golo mais importante da minha carreira»",
        "O avançado do Vila Serrana FC falou no fim do dérbi de domingo sobre o golo aos 88 "
        "minutos que deu a vitória por 2-1 sobre o Santa Clara.",
        166.0,
    ),
    (
        "pt-hospital-santa-clara",
        "Centro de saúde de Santa Clara ganha novo médico de família",
        "Mais de 1.800 utentes do centro de saúde de Santa Clara da Ribeira passam a ter médico"
        " de família a partir de segunda-feira.",
        21.0,
    ),
    (
        "pt-acidente-ip",
        "Acidente entre dois camiões corta estrada em Aldeia do Vale",
        "Um choque entre dois camiões na estrada nacional junto a Aldeia do Vale provocou um "
        "ferido ligeiro e cortou o trânsito durante quatro horas na quarta-feira.",
        60.0,
    ),
    (
        "pt-acidente-ip",
        "Acidente corta a estrada nacional em Aldeia do Vale",
        "Dois camiões chocaram na estrada, com um ferido ligeiro.",
        60.6,
    ),
    (
        "pt-feira-aldeia",
        "Feira de Natal de Aldeia do Vale junta 40 artesãos",
        "A feira de Natal de Aldeia do Vale reuniu no domingo 40 artesãos e produtores da serra"
        " no largo da igreja.",
        155.0,
    ),
    # --- Dutch ---
    (
        "nl-boerderij-oosterveld",
        "Honderden bezoekers bij open dag op zorgboerderij in Oosterveld",
        "Zorgboerderij De Hoeve aan de Dorpsweg in Oosterveld trok woensdag ruim 500 bezoekers,"
        " die kalfjes konden voeren en kaas zagen maken.",
        62.0,
    ),
    (
        "nl-boerderij-oosterveld",
        "Open dag bij De Hoeve",
        "Ruim 500 mensen kwamen kijken op de boerderij in Oosterveld.",
        62.6,
    ),
    (
        "nl-boerderij-oosterveld/brand",
        "Schuurbrand bij zorgboerderij De Hoeve",
        "Een schuur met hooi en landbouwmachines is donderdag volledig afgebrand op het erf van"
        " zorgboerderij De Hoeve in Oosterveld; de dieren konden op tijd worden weggehaald.",
        86.0,
    ),
    (
        "nl-boerderij-oosterveld/brand",
        "Grote brand op erf in Oosterveld",
        "De dieren van de boerderij zijn op tijd in veiligheid gebracht.",
        86.6,
    ),
    (
        "nl-brouwerij-bergloo",
        "Brouwerij Klaverblad mag uitbreiden in Bergloo",
        "De gemeenteraad van Bergloo heeft maandagavond ingestemd met de bouw van een nieuwe "
        "brouwhal van Brouwerij Klaverblad aan de Havenweg.",
        22.0,
    ),
    (
        "nl-brouwerij-bergloo",
        "Ja tegen nieuwe brouwhal van Klaverblad",
        "De raad van Bergloo stemde in met de uitbreiding.",
        22.6,
    ),
    (
        "nl-brouwerij-bergloo/vrachtwagen",
        "Vrachtwagen met bierfusten gekanteld op Havenweg",
        "Een vrachtwagen met honderden lege bierfusten is dinsdagochtend op de Havenweg in "
        "Bergloo, vlak bij de brouwerij, op zijn kant beland.",
        38.0,
    ),
    (
        "nl-brouwerij-bergloo/vrachtwagen",
        "Havenweg urenlang dicht na ongeluk",
        "De chauffeur van de vrachtwagen raakte licht gewond.",
        38.6,
    ),
    (
        "nl-dijk-dijkwerd",
        "Waterschap versterkt dijk bij Dijkwerd",
        "Het waterschap begint volgende maand met het versterken van twee kilometer dijk tussen"
        " Dijkwerd en Heemstrand, een project van 22 miljoen euro.",
        90.0,
    ),
    (
        "nl-dijk-dijkwerd",
        "Dijkversterking van 22 miljoen",
        "Twee kilometer dijk wordt aangepakt bij Dijkwerd.",
        90.6,
    ),
    (
        "nl-school-heemstrand",
        "Basisschool in Heemstrand dicht door lekkage",
        "Basisschool De Meeuw in Heemstrand is dinsdag dichtgegaan nadat regenwater door het "
        "dak in drie lokalen was gelopen.",
        45.0,
    ),
    (
        "nl-school-heemstrand",
        "Lekkend dak sluit De Meeuw",
        "De leerlingen zijn voor een paar dagen naar huis gestuurd.",
        45.6,
    ),
    (
        "nl-school-heemstrand",
        "De Meeuw verhuist tijdelijk naar dorpshuis",
        "De leerlingen van basisschool De Meeuw krijgen vanaf donderdag les in het dorpshuis "
        "van Heemstrand zolang het dak wordt gerepareerd.",
        62.0,
    ),
    (
        "nl-inbraak-bergloo",
        "Inbrekers slaan toe bij juwelier in Bergloo",
        "Bij een juwelier aan de Markt in Bergloo is in de nacht van vrijdag op zaterdag "
        "ingebroken; de daders gingen er met sieraden vandoor.",
        128.0,
    ),
    (
        "nl-inbraak-bergloo",
        "Inbraak bij juwelier aan de Markt",
        "De politie zoekt getuigen van de inbraak in Bergloo.",
        128.6,
    ),
    (
        "nl-veerpont-heemstrand",
        "Veerpont Heemstrand vaart weer",
        "De veerpont tussen Heemstrand en de overkant van het kanaal vaart sinds dinsdag weer, "
        "na drie weken stilgelegen te zijn geweest voor onderhoud.",
        25.0,
    ),
    (
        "nl-raad-oosterveld",
        "Oosterveld krijgt geen nieuw zwembad",
        "De gemeenteraad van Oosterveld heeft donderdagavond het plan voor een nieuw zwembad "
        "van tafel geveegd omdat het te duur is.",
        98.0,
    ),
    (
        "nl-raad-oosterveld",
        "Zwembadplan Oosterveld sneuvelt in de raad",
        "Het nieuwe bad is te duur volgens de raad.",
        98.6,
    ),
    (
        "nl-voetbal-dijkwerd",
        "Dijkwerd wint derby van Heemstrand",
        "VV Dijkwerd heeft zondag de derby tegen SV Heemstrand met 2-0 gewonnen door twee "
        "doelpunten van Joris Teeuwen.",
        162.0,
    ),
    (
        "nl-voetbal-dijkwerd",
        "Teeuwen beslist de derby",
        "Twee goals van de spits voor Dijkwerd.",
        162.6,
    ),
    (
        "nl-storm-kust",
        "Code geel voor storm aan de kust",
        "Het KNMI heeft voor zaterdagavond code geel afgegeven voor zware windstoten aan de "
        "kust bij Heemstrand en Dijkwerd.",
        132.0,
    ),
    (
        "nl-storm-kust",
        "Zware windstoten verwacht bij Heemstrand",
        "Code geel voor de kuststreek op zaterdagavond.",
        132.6,
    ),
    (
        "nl-storm-kust",
        "Storm velt bomen in Heemstrand en Dijkwerd",
        "De storm van zaterdagavond heeft in Heemstrand en Dijkwerd tientallen bomen omver "
        "geblazen; de brandweer rukte ruim zestig keer uit, gewonden vielen er niet.",
        150.0,
    ),
    (
        "nl-markt-dijkwerd",
        "Weekmarkt Dijkwerd verhuist naar het Kerkplein",
        "De weekmarkt van Dijkwerd staat vanaf deze week op het Kerkplein omdat de Voorstraat "
        "opnieuw wordt bestraat.",
        7.0,
    ),
    (
        "nl-kerstmarkt-bergloo",
        "Drukte op kerstmarkt in Bergloo",
        "De kerstmarkt op de Markt in Bergloo heeft zondag naar schatting 8.000 bezoekers "
        "getrokken, ruim meer dan vorig jaar.",
        164.0,
    ),
    (
        "nl-kerstmarkt-bergloo",
        "Kerstmarkt Bergloo trekt 8000 mensen",
        "Het was drukker dan vorig jaar op de Markt.",
        164.6,
    ),
    # --- Russian ---
    (
        "ru-prichal-kluchevsk",
        "В Ключевске открыли новый пассажирский причал",
        "Во вторник в Ключевске торжественно открыли новый причал на 80 метров, к которому "
        "будут швартоваться речные трамвайчики и катера.",
        32.0,
    ),
    (
        "ru-prichal-kluchevsk",
        "Новый причал в Ключевске",
        "Его длина 80 метров, первыми пришли катера.",
        32.6,
    ),
    (
        "ru-prichal-kluchevsk/pozhar",
        "В порту Ключевска сгорел катер",
        "В пятницу утром у городского причала Ключевска загорелся прогулочный катер; пожарные "
        "потушили огонь за час, пострадавших нет.",
        104.0,
    ),
    (
        "ru-prichal-kluchevsk/pozhar",
        "Пожар на катере у причала",
        "Огонь потушили за час, никто не пострадал.",
        104.6,
    ),
    (
        "ru-loto-belozerovo",
        "Житель Белозёрова выиграл три миллиона в лотерею",
        "Билет, принёсший выигрыш в три миллиона рублей, был куплен в киоске на улице Садовой в"
        " Белозёрове.",
        41.0,
    ),
    (
        "ru-loto-belozerovo",
        "Три миллиона рублей ушли в Белозёрово",
        "Счастливый билет продали в киоске на Садовой.",
        41.6,
    ),
    (
        "ru-loto-belozerovo/grabezh",
        "Ограблен киоск, где продали выигрышный билет",
        "В среду вечером неизвестный в маске угрожал продавщице киоска на улице Садовой в "
        "Белозёрове и забрал выручку.",
        69.0,
    ),
    (
        "ru-loto-belozerovo/grabezh",
        "Налёт на киоск на Садовой",
        "Продавщица не пострадала, полиция ищет грабителя.",
        69.6,
    ),
    (
        "ru-moroz-staropolsk",
        "В Старопольске морозы до минус 30",
        "Синоптики предупреждают, что в выходные в Старопольске и районе ожидаются морозы до "
        "минус 30 градусов.",
        137.0,
    ),
    (
        "ru-moroz-staropolsk",
        "Сильные морозы в выходные",
        "Ночью до минус 30, днём до минус 22.",
        137.6,
    ),
    (
        "ru-moroz-staropolsk",
        "В Старопольске побит температурный рекорд",
        "В ночь на воскресенье столбик термометра в Старопольске опустился до минус 31,4 "
        "градуса, это самая холодная декабрьская ночь за полвека.",
        156.0,
    ),
    (
        "ru-avaria-tihorechensk",
        "Авария на теплотрассе оставила без тепла часть Тихореченска",
        "Около 40 жилых домов в Тихореченске остались без отопления в понедельник утром после "
        "прорыва трубы на улице Ленина.",
        10.0,
    ),
    (
        "ru-avaria-tihorechensk",
        "Без тепла 40 домов",
        "Прорыв трубы на улице Ленина в Тихореченске.",
        10.6,
    ),
    (
        "ru-avaria-tihorechensk",
        "Отопление в Тихореченске восстановили",
        "Ремонтники устранили прорыв теплотрассы к вечеру понедельника, тепло вернулось во все "
        "40 домов.",
        22.0,
    ),
    (
        "ru-hokkei-kluchevsk",
        "«Сокол» из Ключевска обыграл соседей",
        "Хоккеисты ключевского «Сокола» в воскресенье победили «Торпедо» из Старопольска со "
        "счётом 5:3.",
        161.0,
    ),
    (
        "ru-hokkei-kluchevsk",
        "Победа «Сокола» в дерби",
        "Ключевские хоккеисты выиграли 5:3.",
        161.6,
    ),
    (
        "ru-shkola-belozerovo",
        "В Белозёрове построят новую школу",
        "Областные власти выделили 900 миллионов рублей на строительство школы на 1100 мест в "
        "новом микрорайоне Белозёрова.",
        87.0,
    ),
    (
        "ru-shkola-belozerovo",
        "Школа на 1100 мест",
        "Деньги на стройку в Белозёрове выделили из бюджета области.",
        87.6,
    ),
    (
        "ru-dtp-trassa",
        "На трассе у Старопольска столкнулись автобус и грузовик",
        "Во вторник утром на трассе у Старопольска рейсовый автобус столкнулся с грузовиком, "
        "пострадали семь пассажиров.",
        28.0,
    ),
    (
        "ru-dtp-trassa",
        "Семь пострадавших в аварии с автобусом",
        "Столкновение произошло у въезда в Старопольск.",
        28.6,
    ),
    (
        "ru-muzei-tihorechensk",
        "В Тихореченске открылась выставка старинных самоваров",
        "В краеведческом музее Тихореченска в пятницу открылась выставка из 120 самоваров, "
        "собранных местными жителями.",
        110.0,
    ),
    (
        "ru-most-kluchevsk",
        "Мост через Ключевку закроют на ремонт",
        "С понедельника мост через реку Ключевку закроют для машин на два месяца, объезд "
        "пройдёт через посёлок Заречный.",
        55.0,
    ),
    (
        "ru-most-kluchevsk",
        "Мост через Ключевку закрывают",
        "Объезд через Заречный продлится два месяца.",
        55.6,
    ),
    (
        "ru-pozhar-staropolsk",
        "Пожар на складе в Старопольске",
        "Ночью в четверг в Старопольске загорелся склад стройматериалов; огонь тушили 30 пожарных.",
        75.0,
    ),
    (
        "ru-pozhar-staropolsk",
        "Горел склад стройматериалов",
        "В тушении участвовали 30 пожарных.",
        75.6,
    ),
    (
        "ru-pozhar-staropolsk",
        "Склад в Старопольске загорелся из-за проводки",
        "Причиной ночного пожара на складе стройматериалов, по данным пожарных, стало короткое "
        "замыкание в старой электропроводке.",
        90.0,
    ),
    (
        "ru-elka-belozerovo",
        "В Белозёрове зажгли главную ёлку",
        "В субботу вечером на центральной площади Белозёрова зажгли огни на 15-метровой ёлке, "
        "праздник собрал несколько тысяч горожан.",
        141.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a theatre's premiere and a fire alarm emptying the same theatre days later": (
        "en-premiere-stainmere/alarm",
        "de-premiere-altenbruck/alarm",
        "fr-premiere-vauclere/alarme",
    ),
    "a farm's open day and a fire on the same farm days later": (
        "en-openday-corrowby/barnfire",
        "pt-quinta-vila-serrana/incendio",
        "nl-boerderij-oosterveld/brand",
    ),
    "a level crossing's new barriers and a vehicle struck at the same crossing": (
        "en-crossing-ludcombe/carhit",
        "es-paso-torrelana/arrollado",
        "it-passaggio-roccafonda/auto",
    ),
    "a harbour's new pier opened and a boat fire in the same harbour days later": (
        "en-pier-pellham/boatfire",
        "fr-ponton-sarlanges/incendie",
        "ru-prichal-kluchevsk/pozhar",
    ),
    "a brewery's expansion approved and a lorry overturned beside the same brewery": (
        "en-brewery-tarnside/tanker",
        "de-brauerei-krummfeld/tanklaster",
        "nl-brouwerij-bergloo/vrachtwagen",
    ),
    "a library's author evening and a burst pipe flooding the same library": (
        "es-biblioteca-villarcedo/tuberia",
        "it-biblioteca-borgonera/allagamento",
        "pt-biblioteca-porto-mourao/cano",
    ),
    "a ski lift's opening day and a skier hurt on the same slope the next day": (
        "de-skilift-hagenried/skifahrer",
        "fr-telesiege-montbrac/collision",
        "it-seggiovia-san-vitale/ferito",
    ),
    "a lottery jackpot sold in a town and a robbery at the shop that sold it": (
        "es-loteria-puerto-alcira/atraco",
        "pt-lotaria-santa-clara/assalto",
        "ru-loto-belozerovo/grabezh",
    ),
}
