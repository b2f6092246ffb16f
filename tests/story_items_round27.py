"""A twenty-seventh check set for story merging: hyperlocal feeds, written blind, scored once.

Written 2026-12-06 in the format of round 25: items are (story, title, lead, hours), `hours` being
when the item was published, in hours after the set's start (a Monday, 00:00), so the merging's
48-hour window decides as in production. The set spans a week (3.0 to 170.0 hours). It holds 322
items under 127 labels: 103 stories and 24 hard negatives; 43 labels in English (114 items, about
35% of them) and 12 in each of German, French, Spanish, Italian, Portuguese, Dutch and Russian (29
to 31 items each). 116 labels have two to four copies (44 with two, 65 with three, 7 with four), 11
are told by one outlet only, and 115 have a teaser copy whose lead is under 80 characters beside a
fuller copy.

What it stresses: local news. Nearly every story sits in one of nine invented towns, one per
language and two in English (Wexley, a market town, and Cranmoor, a seaside town; Hollberg,
Saint-Ombre, Almenarrosa, Borgoreale, Vila Serrada, Marwoude, Каменноборск), each with many stories
in the week: council votes, police, schools, buses and roads, weather, sport, shops, health. A few
English stories sit in other invented places (Pellham Cross, Ashcombe Magna, Dunsby Vale,
Norlinghurst, Brackenfold, Sallowby, Marsham Ford, Harbridge).

The hard side for precision: different events in one town within hours or days share the town, a
street and often an official's name. Wexley's Mill Lane is closed for resurfacing, has a gas leak
the same evening and pushes the Saturday market to Church Square; Sheep Street has a new bakery,
its break-in and a chemist's closure; council leader Jean Pryor speaks on the parking fees, the
roadworks and the station ticket office. Hollberg's Bürgermeisterin Karin Stoll appears in the
bus-route and the budget stories, and its Marktplatz in the bus route and the Christmas tree;
Almenarrosa's calle Mayor carries the bus diversion, the bus crash and a new all-night pharmacy;
Borgoreale's sindaco Paolo Ferrante, via Garibaldi and piazza Duomo recur; Vila Serrada's largo do
Mercado and parque da Cerca, Marwoude's Voorstraat and its bridge to Sloten, Каменноборск's площадь
Труда and улица Горняков each hold two or three separate events. Ten of the eleven one-outlet
stories sit in a town that other stories name, so they can only be merged falsely.

The hard side for recall: several stories have a copy that shares only the place and one specific
detail, in other words (the Wexley robot built from dead printers, the children's room of the
Station Road library, the Cranmoor beach huts as seafront cabins, the three boats of the north
quay, the Hollberg school's containers on the sports ground, the twelve degrees at the San Blas
school, the two trombones and the sax of the Borgoreale band, the Ribeira da Vila over its banks).
Numbers change format (£1.2m / £1,200,000; £62,000 / sixty-two thousand pounds; 1:02:41 / 1hr 2min
41sec; 24 per cent / 24%; 4,2 Millionen Euro / 4,2 Mio. Euro; 11,4 millions d'euros / 11,4 M€; 0,90
euros / noventa céntimos; 200 километров / 200 км) and names change form (Owen Tillard, the baker;
Kieran Mayhew, the sub; Sandra Whitlow, the clerk; Karin Stoll, Stoll; Julián Ortega, el alcalde;
Matteo Rinaldi, Rinaldi; Bram van Dijken, Van Dijken, the keeper). Thirteen labels have a copy 12
or more hours after the first, most of them a follow-up with a new fact (the Wexley girl found
safe, the Wenn peaking, the Saint-Ombre water drinkable again, the oaks on Marwoude's Kerklaan to
be checked, the Marwoude bikes found, the Каменноборск heating back on).

Hard negatives: eight kinds, none of them in the earlier rounds' list of categories, three each,
all set in the towns above: a shop's opening and a break-in at it days later; a school's good
inspection report and the school's evacuation the next day; a street closed for resurfacing and a
gas leak on it within a day; a bus route moved and a bus crash on the new route days later; a
club's home win and a break-in at its clubhouse or changing room that night; a health centre's
walk-in flu jab day and a burst pipe flooding it days later; new fees for a car park and a car fire
in it; an animal rescued in a town park and a dog attack in the same park days later. Eleven hard
negatives fall within 48 hours of their story (10 to 29 hours), thirteen beyond it (67 to 94
hours). Several name their story's place or say there is no link ("not caused by the resurfacing",
"Il cantiere non c'entra", "утечка не связана с ремонтом дороги"), as real copy does.

What "same story" means here: one event (one opening, one break-in, one inspection report, one
evacuation, one closure, one leak, one route change, one crash, one match, one vote, one fire, one
rescue, one attack, one flood, one verdict, one theft) in that event's news cycle, including a
next-day follow-up with a new fact. Not the same story: another event of the same kind or with the
same actor, even in the same town, street, school, park, car park, health centre or club. A label
with a suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall within 48
hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, schools and health centres are invented here; real bodies appear only
as backdrop (the Environment Agency, the Green Party, the Guardia Civil, the Policía Local, the
GNR, the Proteção Civil, the МЧС) and real cities only as places named in passing.

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (only the docstring and first items of round 25 were read, for
the format; earlier sets were compared by script for clashing labels and texts), and never run
through the merging code before its one scoring run, done once with `python -m bench.stories
--round27`. Once its errors have been read it is no longer a clean check: say so beside any later
score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-wexley-shop",
        "New bakery opens its doors on Wexley's Sheep Street",
        "Hearth & Crumb, run by former hotel pastry chef Owen Tillard, opened on Monday morning "
        "in the old shoe shop at 14 Sheep Street, with a queue outside before 8am.",
        9.5,
    ),
    (
        "en-wexley-shop",
        "Queue for croissants as Wexley bakery opens",
        "Hearth & Crumb draws a crowd on its first morning.",
        10.1,
    ),
    (
        "en-wexley-shop",
        "Chef swaps hotel kitchen for his own Wexley shop",
        "Owen Tillard said he had wanted to bake for his home town for twenty years, and that "
        "the Sheep Street unit had stood empty since 2023.",
        15.0,
    ),
    (
        "en-wexley-shop/breakin",
        "Wexley bakery broken into days after opening",
        "Thieves forced the back door of Hearth & Crumb on Sheep Street overnight into Friday "
        "and took a till drawer and a coffee grinder, Wexley police said.",
        103.0,
    ),
    (
        "en-wexley-shop/breakin",
        "Break-in at Sheep Street bakery",
        "Police want to hear from anyone who was on Sheep Street after midnight.",
        103.6,
    ),
    (
        "en-wexley-shop/breakin",
        "'Gutted but we'll open tomorrow,' says baker",
        "Owen Tillard said the break-in at his new shop had cost him about £900 and a day of "
        "trading.",
        108.5,
    ),
    (
        "en-wexley-roadworks",
        "Mill Lane in Wexley shut for three weeks of resurfacing",
        "The county council closed Mill Lane between the station and the Wenn bridge on Tuesday "
        "for resurfacing, with a signed diversion along Tanners Way until the 28th.",
        31.0,
    ),
    (
        "en-wexley-roadworks",
        "Wexley roadworks begin",
        "Mill Lane is closed to traffic for the next three weeks.",
        31.4,
    ),
    (
        "en-wexley-roadworks",
        "Diversion anger as Mill Lane work starts",
        "Shopkeepers said trade had halved on the first day of the closure, and council leader "
        "Jean Pryor promised the work would not overrun.",
        38.0,
    ),
    (
        "en-wexley-roadworks/gasleak",
        "Twenty homes evacuated after gas leak in Wexley",
        "Residents of Mill Lane were led from their homes on Tuesday evening after engineers "
        "smelt gas from a cracked main beside the terraces; the network operator said it was not "
        "caused by the resurfacing.",
        42.5,
    ),
    (
        "en-wexley-roadworks/gasleak",
        "Gas leak on Mill Lane",
        "Families spent the night at the leisure centre while the main was repaired.",
        43.0,
    ),
    (
        "en-wexley-roadworks/gasleak",
        "Mill Lane residents allowed home after gas scare",
        "Engineers finished the repair to the fractured pipe at 2am and the last of the 20 "
        "households returned early on Wednesday.",
        50.0,
    ),
    (
        "en-wexley-football",
        "Wexley Town come from behind to beat Harford",
        "Two goals in the last quarter of an hour from substitute Kieran Mayhew gave Wexley Town "
        "a 3-1 win over Harford United at Fennel Road on Saturday.",
        137.0,
    ),
    (
        "en-wexley-football",
        "Mayhew double lifts Wexley",
        "The sub scored twice as the Town beat Harford 3-1.",
        137.3,
    ),
    (
        "en-wexley-football",
        "Manager hails bench after Harford win",
        "Wexley boss Lorna Quist said her changes won the game and the 3-1 result puts the club "
        "fourth in the league.",
        140.0,
    ),
    (
        "en-wexley-football/breakin",
        "Thieves raid Wexley Town clubhouse a day after win",
        "The bar at Fennel Road was broken into late on Saturday night and cash from the "
        "match-day takings, about £1,400, was taken from a safe, the club said on Sunday.",
        153.5,
    ),
    (
        "en-wexley-football/breakin",
        "Wexley Town clubhouse burgled",
        "Match-day takings taken from the Fennel Road bar.",
        154.0,
    ),
    (
        "en-wexley-carpark",
        "Wexley council votes to raise Abbey Walk parking fees",
        "Councillors voted 14 to 9 on Wednesday night to charge £1.80 an hour at the Abbey Walk "
        "car park from January, up from £1.20, and to end free parking after 6pm.",
        68.0,
    ),
    (
        "en-wexley-carpark",
        "Parking charges up in Wexley",
        "Abbey Walk car park will cost £1.80 an hour from January.",
        68.4,
    ),
    (
        "en-wexley-carpark",
        "Pryor defends parking rise as traders protest",
        "Council leader Jean Pryor said the extra income would keep the town's public toilets "
        "open; the chamber of trade called the vote a blow to the high street.",
        71.0,
    ),
    (
        "en-wexley-carpark/fire",
        "Car destroyed by fire in Wexley car park",
        "Firefighters put out a blaze in a hatchback on the top deck of Abbey Walk car park "
        "shortly after 10pm on Thursday; nobody was hurt and two nearby cars were scorched.",
        94.0,
    ),
    (
        "en-wexley-carpark/fire",
        "Abbey Walk car fire",
        "One car gutted, two damaged, cause being looked into.",
        94.5,
    ),
    (
        "en-wexley-flood",
        "Flood alert for the River Wenn at Wexley",
        "The Environment Agency issued a flood alert on Monday afternoon as the Wenn rose by "
        "almost a metre after a day of rain, warning that Riverside Walk and the water meadows "
        "may go under.",
        15.5,
    ),
    (
        "en-wexley-flood",
        "Wenn rising, alert issued",
        "Riverside Walk at risk of flooding overnight, say officials.",
        16.0,
    ),
    (
        "en-wexley-flood",
        "Water meadows under water as Wenn peaks",
        "The river topped out at 2.9 metres at Wexley bridge overnight; no homes were flooded "
        "and the alert was lifted by Tuesday lunchtime.",
        36.0,
    ),
    (
        "en-wexley-scam",
        "Fake water board caller tricks Wexley pensioner out of £2,000",
        "A man wearing a hi-vis jacket talked his way into the home of an 84-year-old woman on "
        "Orchard Close on Wednesday, saying he had to test the taps, and took £2,000 in cash "
        "from a drawer.",
        58.0,
    ),
    (
        "en-wexley-scam",
        "Warning after doorstep con on Orchard Close",
        "Police say no real water worker will ask to come in without an appointment.",
        59.0,
    ),
    (
        "en-wexley-scam",
        "'He was so polite,' says victim of doorstep thief",
        "The 84-year-old told officers the man had chatted about her garden for ten minutes "
        "before asking to check the kitchen taps.",
        64.0,
    ),
    (
        "en-wexley-robotics",
        "Wexley pupils win national robotics final",
        "A team of four from St Aldric's Primary in Wexley beat 40 schools at the national "
        "junior robotics final in Birmingham on Thursday with a robot that sorts recycling.",
        84.0,
    ),
    (
        "en-wexley-robotics",
        "St Aldric's robot takes first prize",
        "The Wexley school's recycling robot won the junior final.",
        84.5,
    ),
    (
        "en-wexley-robotics",
        "Recycling robot made from old printer parts",
        "Teacher Hannah Greaves said the pupils, all aged ten and eleven, built the winning "
        "machine from two broken printers and a lunchbox.",
        90.0,
    ),
    (
        "en-wexley-robotics",
        "Ten-year-olds' sorting machine beats forty schools",
        "The Wexley primary's entry, pieced together from a pair of dead printers, was judged "
        "the best of the day.",
        97.0,
    ),
    (
        "en-wexley-ticketoffice",
        "Wexley station ticket office to close in spring",
        "The rail operator said on Friday that the booking office at Wexley station will shut in "
        "April and staff will move onto the platforms to help passengers with machines.",
        98.0,
    ),
    (
        "en-wexley-ticketoffice",
        "Ticket office closure at Wexley",
        "Rail firm says staff will be moved to the platforms.",
        98.6,
    ),
    (
        "en-wexley-ticketoffice",
        "Council leader to fight station office closure",
        "Jean Pryor said she would write to the operator, saying older passengers in Wexley "
        "relied on the window at the station.",
        104.0,
    ),
    (
        "en-wexley-library",
        "Wexley library shut after rain comes through roof",
        "The Station Road library closed on Thursday morning after water poured through the "
        "ceiling of the children's room overnight, soaking around 300 picture books.",
        77.0,
    ),
    (
        "en-wexley-library",
        "Books damaged at Station Road",
        "Staff found puddles on the carpet and boxes of wet picture books when they arrived.",
        78.0,
    ),
    (
        "en-wexley-library",
        "Children's room closed until further notice",
        "Wexley's reading room on Station Road will stay shut while the roof over the "
        "picture-book corner is patched.",
        92.0,
    ),
    (
        "en-wexley-minorinjuries",
        "Wexley minor injuries unit to close overnight",
        "The health trust said the unit at Wexley Community Hospital will stop taking patients "
        "between 10pm and 8am from next month because it cannot fill night shifts.",
        11.0,
    ),
    (
        "en-wexley-minorinjuries",
        "Night closure for Wexley injuries unit",
        "Patients after 10pm will be sent to the hospital in Harford.",
        11.5,
    ),
    (
        "en-wexley-barnfire",
        "Two hundred hay bales lost in barn fire near Wexley",
        "Crews from three stations spent six hours at Coldharbour Farm on the Harford road on "
        "Sunday night as fire tore through a barn holding about 200 bales of hay.",
        164.0,
    ),
    (
        "en-wexley-barnfire",
        "Barn blaze at Coldharbour Farm",
        "Six hours to bring the fire under control; no animals were hurt.",
        164.5,
    ),
    (
        "en-wexley-barnfire",
        "Farmer counts cost of Sunday night barn fire",
        "Tom Ferris said the hay was meant to feed his cattle until March and the loss was worth "
        "around £12,000.",
        170.0,
    ),
    (
        "en-wexley-missing",
        "Appeal for missing Wexley teenager",
        "Police are asking for help to find Ellie Maddox, 15, who was last seen at the bus "
        "station in Wexley on Tuesday afternoon wearing a green parka.",
        40.0,
    ),
    (
        "en-wexley-missing",
        "Wexley girl, 15, missing",
        "Ellie was last seen at the bus station on Tuesday.",
        40.6,
    ),
    (
        "en-wexley-missing",
        "Missing Wexley girl found safe",
        "Ellie Maddox was found safe and well at a friend's home in Harford on Wednesday "
        "morning, police said, thanking the public for sharing the appeal.",
        57.0,
    ),
    (
        "en-wexley-market",
        "Wexley Saturday market moves to Church Square",
        "With Mill Lane shut, the 30 stalls of the weekly market set up around the war memorial "
        "on Church Square this Saturday and will stay there until the works end.",
        128.0,
    ),
    (
        "en-cranmoor-school",
        "Cranmoor Academy rated good by inspectors",
        "The report published on Monday praises the academy's reading scheme and sixth form, a "
        "step up from the 'requires improvement' grade it was given three years ago.",
        16.0,
    ),
    (
        "en-cranmoor-school",
        "Good grade for Cranmoor Academy",
        "Inspectors praise reading and the sixth form at the school.",
        16.5,
    ),
    (
        "en-cranmoor-school",
        "Head 'proud of every pupil' after inspection",
        "Principal Nadia Forde said the whole of Cranmoor had helped turn the school round since "
        "the last visit.",
        20.0,
    ),
    (
        "en-cranmoor-school/evacuation",
        "Cranmoor Academy evacuated over smell in science block",
        "About 900 pupils were led onto the playing fields on Tuesday morning after a chemical "
        "smell was reported in a lab; firefighters found a leaking bottle of cleaning fluid.",
        34.5,
    ),
    (
        "en-cranmoor-school/evacuation",
        "Pupils cleared from Cranmoor school",
        "A leaking bottle in a lab was to blame, firefighters said.",
        35.0,
    ),
    (
        "en-cranmoor-school/evacuation",
        "Lessons resume after Cranmoor lab scare",
        "Nadia Forde thanked staff for the calm evacuation and said all 900 pupils were back in "
        "class before lunch.",
        38.5,
    ),
    (
        "en-cranmoor-bus",
        "Route 7 bus to leave Harbour Road from next week",
        "The bus company said on Monday that its number 7 service in Cranmoor will run along "
        "Cliff Road instead of Harbour Road from Monday, to avoid delays at the swing bridge.",
        12.0,
    ),
    (
        "en-cranmoor-bus",
        "Route change for the 7",
        "Buses in Cranmoor will use Cliff Road from next week.",
        12.5,
    ),
    (
        "en-cranmoor-bus",
        "Harbour Road traders fear loss of bus stop",
        "Shops near the swing bridge said the route 7 change would cost them customers who "
        "arrive by bus.",
        22.0,
    ),
    (
        "en-cranmoor-bus/crash",
        "Three hurt as bus hits wall on Cranmoor's Cliff Road",
        "A number 7 bus carrying 12 passengers struck a garden wall on Cliff Road on Thursday "
        "afternoon; three people were taken to hospital with minor injuries.",
        89.0,
    ),
    (
        "en-cranmoor-bus/crash",
        "Cliff Road bus crash",
        "Three passengers taken to hospital, none of them badly hurt.",
        89.5,
    ),
    (
        "en-cranmoor-bus/crash",
        "Driver of the 7 'swerved to miss a van'",
        "The bus company said its driver had swerved to avoid a van pulling out of a driveway; "
        "police are appealing for dashcam footage.",
        95.0,
    ),
    (
        "en-cranmoor-clinic",
        "Saturday flu jab clinic at Quay Street",
        "The Quay Street health centre in Cranmoor will give flu jabs without appointment from "
        "9am to 1pm this Saturday for anyone over 65.",
        33.0,
    ),
    (
        "en-cranmoor-clinic",
        "Walk-in flu jabs in Cranmoor",
        "Over-65s can turn up on Saturday morning at the health centre.",
        33.5,
    ),
    (
        "en-cranmoor-clinic/flood",
        "Burst pipe floods Cranmoor health centre",
        "A pipe in the loft of the Quay Street health centre burst overnight into Friday, "
        "bringing down part of the ceiling in the waiting room; appointments have been moved to "
        "the hospital.",
        104.0,
    ),
    (
        "en-cranmoor-clinic/flood",
        "Quay Street centre closed by water damage",
        "Patients will be seen at the hospital until repairs are done.",
        104.5,
    ),
    (
        "en-cranmoor-clinic/flood",
        "Health centre shut 'for at least a week'",
        "The practice manager said drying out the waiting room and two consulting rooms would "
        "take at least seven days.",
        110.0,
    ),
    (
        "en-cranmoor-lifeboat",
        "Lifeboat rescues two kayakers off Cranmoor",
        "The Cranmoor inshore lifeboat picked up two men clinging to an upturned kayak half a "
        "mile off Gull Point on Wednesday afternoon.",
        62.0,
    ),
    (
        "en-cranmoor-lifeboat",
        "Kayakers saved near Gull Point",
        "Two men were taken from the water by the lifeboat crew.",
        62.5,
    ),
    (
        "en-cranmoor-lifeboat",
        "'They'd been in the water 40 minutes,' says helm",
        "Helmsman Rob Keddie said the pair, both in their fifties, were very cold but well "
        "enough to walk up the slipway.",
        66.0,
    ),
    (
        "en-cranmoor-pier",
        "Cranmoor pier wins £1.2m restoration grant",
        "The heritage fund has awarded £1.2 million to repair the Victorian pier's rusting legs "
        "and reopen its end to anglers by 2028, the pier trust announced on Thursday.",
        80.0,
    ),
    (
        "en-cranmoor-pier",
        "Pier trust gets £1,200,000",
        "The money will pay for new legs and decking at the end of the pier.",
        80.5,
    ),
    (
        "en-cranmoor-pier",
        "Anglers welcome pier grant",
        "Cranmoor Sea Angling Club said it had not been able to fish from the pier head since "
        "2019.",
        86.0,
    ),
    (
        "en-cranmoor-huts",
        "Storm wrecks 40 beach huts at Cranmoor",
        "Gusts of 70mph overnight into Saturday tore roofs off and flattened about 40 of the "
        "wooden huts along the east promenade.",
        124.0,
    ),
    (
        "en-cranmoor-huts",
        "Beach huts flattened",
        "Dozens of huts on the east promenade were damaged by the gale.",
        124.5,
    ),
    (
        "en-cranmoor-huts",
        "Hut owners count cost after gale",
        "Some owners said their huts were insured but many had only just been repainted for next "
        "season.",
        131.0,
    ),
    (
        "en-cranmoor-huts",
        "Insurers brace for claims from the seafront",
        "Dozens of wooden cabins along Cranmoor's east prom were torn apart by the weekend's "
        "gale, with repair bills expected to run into thousands.",
        140.0,
    ),
    (
        "en-cranmoor-arson",
        "Man jailed for burning down Cranmoor beach café",
        "Darren Pike, 31, was jailed for four years at the crown court on Tuesday for setting "
        "fire to the Sandbar café on the seafront in June after a row with its owner.",
        37.0,
    ),
    (
        "en-cranmoor-arson",
        "Four years for café arson",
        "Pike admitted the fire at the Sandbar on the seafront.",
        37.5,
    ),
    (
        "en-cranmoor-fishmarket",
        "Cranmoor fish market to close after 90 years",
        "The harbour board said on Sunday the market hall by the north quay will shut at "
        "Christmas because only three boats still land their catch there.",
        150.0,
    ),
    (
        "en-cranmoor-fishmarket",
        "End of an era for the fish market",
        "Only three boats still sell their catch at the north quay hall.",
        150.5,
    ),
    (
        "en-cranmoor-fishmarket",
        "Fishermen angry at market hall decision",
        "Skipper Alan Brice said the board had let the hall run down and the town would lose the "
        "last of its fishing trade.",
        157.0,
    ),
    (
        "en-cranmoor-fishmarket",
        "Last three boats lose their quay hall",
        "Cranmoor skippers will have to truck their catch inland from January after the harbour "
        "board's decision on the north quay market.",
        165.0,
    ),
    (
        "en-cranmoor-seal",
        "Seal pup found on Cranmoor promenade",
        "A grey seal pup was found lying by the shelters on the promenade early on Monday and "
        "taken to a rescue centre by volunteers.",
        7.0,
    ),
    (
        "en-cranmoor-seal",
        "Pup taken to rescue centre",
        "Volunteers carried the seal pup from the prom in a towel.",
        7.5,
    ),
    (
        "en-cranmoor-sewage",
        "Swimmers told to stay out of the sea at Cranmoor",
        "The water company discharged storm sewage from the outfall by West Beach on Tuesday "
        "after heavy rain, and the council put up warning signs on the sand.",
        29.0,
    ),
    (
        "en-cranmoor-sewage",
        "Sewage warning for West Beach",
        "Signs are up on the beach after a discharge from the outfall.",
        29.5,
    ),
    (
        "en-cranmoor-sewage",
        "Sea swimmers angry over outfall",
        "The Cranmoor Bluetits group said it was the fourth time this year its members had been "
        "kept out of the water.",
        33.0,
    ),
    (
        "en-cranmoor-harbourmaster",
        "Cranmoor harbour master retires after 32 years",
        "Jim Tregear, who started on the quay as a deckhand at 16, hands over the harbour office "
        "to his deputy at the end of the month.",
        55.0,
    ),
    (
        "en-cranmoor-cinema",
        "Regal cinema reopens in Cranmoor",
        "The 1930s picture house on Fore Street showed its first film in four years on Friday "
        "night after volunteers raised £300,000 to fix its roof.",
        118.0,
    ),
    (
        "en-pellham-fire",
        "Warehouse fire in Pellham Cross",
        "Eight fire engines were sent to a blaze at a carpet warehouse on the Brook Lane estate "
        "in Pellham Cross early on Wednesday; smoke could be seen for miles.",
        51.0,
    ),
    (
        "en-pellham-fire",
        "Smoke over Pellham Cross",
        "Residents told to close the windows while crews tackle the blaze.",
        51.5,
    ),
    (
        "en-pellham-fire",
        "Carpet warehouse destroyed, 25 jobs at risk",
        "The owner of Dunstan Floors said the Brook Lane unit was a total loss and he did not "
        "know where his 25 staff would work.",
        60.0,
    ),
    (
        "en-ashcombe-verdict",
        "Parish clerk guilty of stealing £62,000 from council",
        "A jury found Sandra Whitlow, 58, clerk of Ashcombe Magna parish council for 11 years, "
        "guilty on Thursday of taking £62,000 of its money.",
        82.0,
    ),
    (
        "en-ashcombe-verdict",
        "Ashcombe clerk convicted",
        "Whitlow took sixty-two thousand pounds over six years, the jury found.",
        82.5,
    ),
    (
        "en-ashcombe-verdict",
        "Village 'betrayed' by clerk, says chairman",
        "Parish chairman Geoff Lamb said the money had been meant for the playground and the "
        "village hall roof.",
        88.0,
    ),
    (
        "en-dunsby-halfmarathon",
        "Course record at Dunsby Vale half marathon",
        "Kenyan-born club runner Peter Kiplagat won the Dunsby Vale half in 1:02:41 on Sunday, "
        "taking almost a minute off the record set in 2011.",
        153.0,
    ),
    (
        "en-dunsby-halfmarathon",
        "Record falls at Dunsby",
        "Kiplagat won in 1hr 2min 41sec on Sunday morning.",
        153.5,
    ),
    (
        "en-norling-bridge",
        "New footbridge lifted over the A-road at Norlinghurst",
        "A 60-tonne steel footbridge was craned into place over the bypass at Norlinghurst "
        "overnight into Sunday, linking the estate to the school.",
        148.0,
    ),
    (
        "en-norling-bridge",
        "Norlinghurst footbridge in place",
        "The bypass reopens after the overnight lift of the bridge.",
        148.5,
    ),
    (
        "en-norling-bridge",
        "Parents welcome safe crossing to school",
        "Mothers who campaigned for the bridge after a boy was hit in 2022 watched the lift from "
        "the verge.",
        152.0,
    ),
    (
        "en-brackenfold-brewery",
        "Brackenfold brewery to close with loss of 40 jobs",
        "The owners of Old Fold Brewery said on Tuesday they will stop brewing in Brackenfold in "
        "March and move production to their plant in Leeds.",
        30.0,
    ),
    (
        "en-brackenfold-brewery",
        "Forty jobs to go at Old Fold",
        "Brewing will move out of the town in March, the firm said.",
        30.5,
    ),
    (
        "en-brackenfold-brewery",
        "'Heart of the town,' says MP of brewery",
        "The local MP said the site had brewed beer since 1842 and she would meet the owners to "
        "ask them to think again.",
        41.0,
    ),
    (
        "en-sallowby-breakfast",
        "Free breakfast club for every Sallowby primary pupil",
        "Sallowby's three primary schools will open a free breakfast club at 8am each day from "
        "January, paid for by a local housing association.",
        74.0,
    ),
    (
        "en-marsham-powercut",
        "Three thousand homes lose power in Marsham Ford",
        "A fault at a substation cut electricity to around 3,000 homes in Marsham Ford for five "
        "hours on Friday evening.",
        113.0,
    ),
    (
        "en-marsham-powercut",
        "Power cut in Marsham Ford",
        "Supply back for most homes before midnight, the network says.",
        113.5,
    ),
    (
        "en-harbridge-byelection",
        "Greens take Harbridge county seat in by-election",
        "The Green Party won the Harbridge East seat on the county council by 212 votes on "
        "Thursday night, on a turnout of 24 per cent.",
        93.0,
    ),
    (
        "en-harbridge-byelection",
        "Harbridge East goes Green",
        "Turnout was 24% and the margin was 212 votes.",
        93.5,
    ),
    (
        "en-harbridge-byelection",
        "New councillor promises to fight quarry plan",
        "Winner Amy Calder said her first job would be to oppose the extension of the quarry "
        "above the village.",
        99.0,
    ),
    (
        "en-wexley-pharmacy",
        "Wexley's late-night chemist to shut",
        "The Medway Pharmacy chain said its branch on the corner of Sheep Street and Bell Lane, "
        "the only one in Wexley open until 10pm, will close on 31 January.",
        86.0,
    ),
    (
        "en-wexley-pharmacy",
        "Last late chemist in town to close",
        "Medway's Bell Lane corner branch shuts at the end of January.",
        86.5,
    ),
    (
        "en-cranmoor-dredging",
        "Dredger arrives to clear Cranmoor harbour mouth",
        "A dredger began removing about 20,000 tonnes of silt from the harbour entrance on "
        "Wednesday so that boats can leave at low tide again.",
        52.0,
    ),
    (
        "en-cranmoor-dredging",
        "Harbour dredging under way",
        "The work to remove twenty thousand tonnes of silt will take a fortnight.",
        52.5,
    ),
    (
        "en-ashcombe-pub",
        "Ashcombe villagers buy their pub",
        "More than 300 residents of Ashcombe Magna have bought shares to take over the Plough, "
        "which closed last year, and hope to pull the first pint by Easter.",
        130.0,
    ),
    (
        "en-ashcombe-pub",
        "The Plough saved by its drinkers",
        "Over 300 villagers bought shares in the Ashcombe pub.",
        130.5,
    ),
    (
        "en-ashcombe-pub",
        "Community pub plan 'a lifeline' for Ashcombe",
        "Share group chair Meg Oduya said the Plough would also run a small shop and post office "
        "counter.",
        136.0,
    ),
    # --- German ---
    (
        "de-hollberg-laden",
        "Neuer Unverpacktladen in der Hollberger Altstadt eröffnet",
        "In der Kirchgasse 7 in Hollberg hat am Montag der Laden „Füllhorn“ eröffnet, in dem "
        "Kunden Nudeln, Reis und Waschmittel in mitgebrachte Dosen und Gläser abfüllen.",
        10.0,
    ),
    (
        "de-hollberg-laden",
        "„Füllhorn“ öffnet in der Kirchgasse",
        "Ohne Plastik einkaufen: der neue Laden ist ab sofort geöffnet.",
        10.5,
    ),
    (
        "de-hollberg-laden",
        "Gründerin will Hollberg zum Abfüllen bringen",
        "Inhaberin Sabine Reuter sagte zur Eröffnung, sie habe zwei Jahre nach einem passenden "
        "Ladenlokal in der Altstadt gesucht.",
        16.0,
    ),
    (
        "de-hollberg-laden/einbruch",
        "Einbruch in neuen Laden in der Kirchgasse",
        "Unbekannte haben in der Nacht zum Freitag die Tür des Unverpacktladens „Füllhorn“ in "
        "Hollberg aufgehebelt und die Kasse mit rund 600 Euro gestohlen, teilte die Polizei mit.",
        102.0,
    ),
    (
        "de-hollberg-laden/einbruch",
        "Hollberg: Einbrecher im „Füllhorn“",
        "Die Polizei sucht Zeugen für die Nacht zum Freitag in der Altstadt.",
        102.5,
    ),
    (
        "de-hollberg-buslinie",
        "Linie 4 fährt ab Montag nicht mehr über den Marktplatz",
        "Die Stadtwerke Hollberg leiten die Buslinie 4 ab kommender Woche über die Bahnhofstraße "
        "um, weil der Marktplatz zur Fußgängerzone wird.",
        13.0,
    ),
    (
        "de-hollberg-buslinie",
        "Neue Route für die Linie 4",
        "Die Busse umfahren den Marktplatz ab nächster Woche.",
        13.5,
    ),
    (
        "de-hollberg-buslinie",
        "Senioren kritisieren Umleitung der Linie 4",
        "Der Seniorenbeirat beklagt, dass die nächste Haltestelle zum Rathaus nun 400 Meter "
        "entfernt sei; Bürgermeisterin Karin Stoll will das prüfen.",
        20.0,
    ),
    (
        "de-hollberg-buslinie/unfall",
        "Bus der Linie 4 prallt in Hollberg gegen Laterne",
        "Ein Linienbus ist am Donnerstagnachmittag in der Bahnhofstraße gegen einen Laternenmast "
        "gefahren; zwei Fahrgäste wurden leicht verletzt.",
        87.0,
    ),
    (
        "de-hollberg-buslinie/unfall",
        "Zwei Leichtverletzte bei Busunfall",
        "Der Bus kam in der Bahnhofstraße von der Fahrbahn ab.",
        87.5,
    ),
    (
        "de-hollberg-buslinie/unfall",
        "Busfahrer erlitt am Steuer einen Schwächeanfall",
        "Nach Angaben der Polizei wurde dem 58 Jahre alten Fahrer kurz vor dem Unfall übel; der "
        "Schaden wird auf 15.000 Euro geschätzt.",
        93.0,
    ),
    (
        "de-hollberg-reh",
        "Feuerwehr befreit Reh aus Teich im Stadtpark",
        "Ein junges Reh ist am Dienstag im Hollberger Stadtpark in den Schwanenteich gestürzt "
        "und kam wegen der Ufermauer nicht mehr heraus; die Feuerwehr zog es mit einer Schlinge "
        "an Land.",
        35.0,
    ),
    (
        "de-hollberg-reh",
        "Reh im Schwanenteich gerettet",
        "Das Tier lief nach der Rettung zurück in den Wald.",
        35.5,
    ),
    (
        "de-hollberg-reh/hund",
        "Hund beißt Jogger im Stadtpark",
        "Ein freilaufender Schäferhund hat am Samstagmorgen im Hollberger Stadtpark einen Jogger "
        "ins Bein gebissen; der Halter ging danach einfach weiter, so die Polizei.",
        129.0,
    ),
    (
        "de-hollberg-reh/hund",
        "Jogger im Park gebissen – Halter gesucht",
        "Die Polizei bittet um Hinweise zu dem Mann mit dem Schäferhund.",
        129.5,
    ),
    (
        "de-hollberg-reh/hund",
        "Stadt prüft Leinenpflicht für den Stadtpark",
        "Nach dem Biss vom Samstag will die Stadtverwaltung über eine Leinenpflicht im ganzen "
        "Park beraten.",
        138.0,
    ),
    (
        "de-hollberg-schule",
        "Schimmel: Grundschule Am Hang bleibt bis Weihnachten zu",
        "In drei Klassenzimmern der Hollberger Grundschule Am Hang ist Schimmel gefunden worden; "
        "die 180 Kinder werden ab Mittwoch in Containern auf dem Sportplatz unterrichtet.",
        49.0,
    ),
    (
        "de-hollberg-schule",
        "Schule wegen Schimmel geschlossen",
        "Unterricht für 180 Kinder ab Mittwoch in Containern.",
        49.5,
    ),
    (
        "de-hollberg-schule",
        "Eltern fordern schnelle Sanierung der Schule",
        "Bei einer Versammlung am Abend kritisierten Eltern, dass Feuchtigkeit im Keller seit "
        "Jahren bekannt gewesen sei.",
        58.0,
    ),
    (
        "de-hollberg-schule",
        "Unterricht im Provisorium auf dem Sportplatz",
        "Für die Kinder der Grundschule Am Hang in Hollberg stehen nun Container neben dem "
        "Fußballfeld, nachdem die Klassenräume feucht geworden sind.",
        66.0,
    ),
    (
        "de-hollberg-raser",
        "Mit 112 km/h durch die Hollberger Innenstadt",
        "Die Polizei hat in der Nacht zum Mittwoch einen 19-Jährigen gestoppt, der auf der "
        "Ringstraße bei erlaubten 50 mit 112 Stundenkilometern geblitzt worden war.",
        55.0,
    ),
    (
        "de-hollberg-raser",
        "Führerschein weg nach Raserfahrt",
        "Der junge Fahrer war mehr als doppelt so schnell wie erlaubt.",
        55.5,
    ),
    (
        "de-hollberg-handball",
        "TV Hollberg gewinnt Derby gegen Grünstadt",
        "Die Handballer des TV Hollberg haben am Samstagabend das Derby gegen die HSG Grünstadt "
        "mit 31:27 gewonnen und sind nun Tabellenzweiter.",
        140.0,
    ),
    (
        "de-hollberg-handball",
        "Derbysieg für den TV",
        "Mit 31 zu 27 schlägt Hollberg die Gäste aus Grünstadt.",
        140.5,
    ),
    (
        "de-hollberg-handball",
        "Torwart Brandt hält das Derby fest",
        "Keeper Jonas Brandt parierte in der Schlussphase zwei Siebenmeter und wurde von den 900 "
        "Zuschauern gefeiert.",
        143.0,
    ),
    (
        "de-hollberg-glatteis",
        "Glatteis: Zwölf Unfälle am Morgen rund um Hollberg",
        "Überfrierende Nässe hat am Donnerstagmorgen auf den Straßen um Hollberg zu zwölf "
        "Unfällen geführt; verletzt wurde nach Angaben der Polizei niemand schwer.",
        78.0,
    ),
    (
        "de-hollberg-glatteis",
        "Glätte sorgt für Blechschäden",
        "Ein Dutzend Unfälle bis zum Mittag, meist auf der Kreisstraße.",
        78.5,
    ),
    (
        "de-hollberg-haushalt",
        "Hollberg beschließt Haushalt mit neuem Hallenbad",
        "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr verabschiedet; "
        "darin sind 4,2 Millionen Euro für den Neubau des Hallenbads vorgesehen.",
        44.0,
    ),
    (
        "de-hollberg-haushalt",
        "Geld für das Hallenbad",
        "Der Rat gibt 4,2 Mio. Euro für den Neubau frei.",
        44.5,
    ),
    (
        "de-hollberg-haushalt",
        "Stoll: „Das Bad ist für die Kinder“",
        "Bürgermeisterin Karin Stoll sagte nach der Abstimmung, ohne ein eigenes Bad könnten "
        "viele Kinder der Stadt nicht schwimmen lernen.",
        48.0,
    ),
    (
        "de-hollberg-weihnachtsbaum",
        "Weihnachtsbaum für den Marktplatz kommt aus dem Stadtwald",
        "Eine 18 Meter hohe Fichte aus dem Hollberger Stadtwald ist am Montag mit einem Kran auf "
        "dem Marktplatz aufgestellt worden.",
        12.0,
    ),
    # --- French ---
    (
        "fr-saintombre-college",
        "Le collège des Tilleuls de Saint-Ombre salué par l'inspection",
        "Le rapport d'évaluation publié lundi souligne la baisse du décrochage et le travail sur "
        "la lecture au collège des Tilleuls, à Saint-Ombre, qui accueille 540 élèves.",
        14.0,
    ),
    (
        "fr-saintombre-college",
        "Bon bulletin pour les Tilleuls",
        "L'évaluation du collège met en avant la lecture et le suivi des élèves.",
        14.5,
    ),
    (
        "fr-saintombre-college",
        "« Une reconnaissance pour toute l'équipe »",
        "Le principal, Marc Delorme, estime que le rapport récompense trois ans d'efforts des "
        "professeurs de Saint-Ombre.",
        19.0,
    ),
    (
        "fr-saintombre-college/evacuation",
        "Saint-Ombre : le collège des Tilleuls évacué pour une odeur de gaz",
        "Les 540 élèves ont été rassemblés dans la cour mardi vers 10 heures après une odeur "
        "suspecte près de la chaufferie ; les pompiers n'ont relevé aucune fuite.",
        34.0,
    ),
    (
        "fr-saintombre-college/evacuation",
        "Évacuation au collège des Tilleuls",
        "Les élèves sont rentrés en classe après une heure dans la cour.",
        34.5,
    ),
    (
        "fr-saintombre-college/evacuation",
        "Fausse alerte à la chaufferie du collège",
        "Selon les pompiers, l'odeur venait d'un produit de nettoyage utilisé par une entreprise "
        "dans le local technique.",
        39.0,
    ),
    (
        "fr-saintombre-vaccin",
        "Journée de vaccination contre la grippe à la maison de santé",
        "La maison de santé de la rue des Forges, à Saint-Ombre, organise samedi une journée de "
        "vaccination sans rendez-vous pour les plus de 65 ans et les personnes fragiles.",
        30.0,
    ),
    (
        "fr-saintombre-vaccin",
        "Grippe : vaccination sans rendez-vous samedi",
        "Rendez-vous à la maison de santé de la rue des Forges dès 9 heures.",
        30.5,
    ),
    (
        "fr-saintombre-vaccin/fuite",
        "Dégât des eaux à la maison de santé de Saint-Ombre",
        "Une canalisation a cédé dans la nuit de jeudi à vendredi à la maison de santé de la rue "
        "des Forges ; la salle d'attente et deux cabinets sont inondés.",
        101.0,
    ),
    (
        "fr-saintombre-vaccin/fuite",
        "La maison de santé fermée après une fuite",
        "Les consultations sont déplacées à la mairie annexe jusqu'à nouvel ordre.",
        101.5,
    ),
    (
        "fr-saintombre-vaccin/fuite",
        "Les médecins reçoivent à la mairie annexe",
        "Après l'inondation de vendredi, les trois généralistes de Saint-Ombre consultent dans "
        "deux salles prêtées par la commune.",
        110.0,
    ),
    (
        "fr-saintombre-budget",
        "Saint-Ombre vote un budget sans hausse d'impôts",
        "Le conseil municipal a adopté mercredi soir un budget de 11,4 millions d'euros, sans "
        "augmentation de la taxe foncière, a annoncé la maire Hélène Vasseur.",
        69.0,
    ),
    (
        "fr-saintombre-budget",
        "Budget adopté, impôts inchangés",
        "Le conseil de Saint-Ombre a voté les 11,4 M€ mercredi soir.",
        69.5,
    ),
    (
        "fr-saintombre-budget",
        "L'opposition dénonce un budget « sans ambition »",
        "Le groupe minoritaire reproche à Hélène Vasseur de repousser encore la rénovation de la "
        "piscine.",
        74.0,
    ),
    (
        "fr-saintombre-passage",
        "Une voiture percutée par un TER au passage à niveau de Saint-Ombre",
        "Un automobiliste de 47 ans a été grièvement blessé mardi soir quand sa voiture a été "
        "heurtée par un train régional au passage à niveau de la route de Bellac.",
        43.0,
    ),
    (
        "fr-saintombre-passage",
        "Collision au passage à niveau",
        "Le conducteur a été héliporté, la ligne coupée deux heures.",
        43.5,
    ),
    (
        "fr-saintombre-passage",
        "Passage à niveau : les riverains réclament un pont",
        "Les habitants de la route de Bellac rappellent que c'est le troisième accident en cinq "
        "ans à cet endroit.",
        54.0,
    ),
    (
        "fr-saintombre-rugby",
        "L'US Saint-Ombre s'impose dans le derby",
        "Les rugbymen de l'US Saint-Ombre ont battu Aubrac XV 24 à 17 dimanche après-midi au "
        "stade Pierre-Lafon, grâce à un essai en fin de match de l'ailier Lucas Fabre.",
        158.0,
    ),
    (
        "fr-saintombre-rugby",
        "Derby gagné pour l'USSO",
        "Victoire 24-17 contre Aubrac au stade Pierre-Lafon.",
        158.5,
    ),
    (
        "fr-saintombre-eau",
        "Eau non potable dans trois quartiers de Saint-Ombre",
        "La mairie demande aux habitants des Ormeaux, du Moulin et de la Gare de ne pas boire "
        "l'eau du robinet après la détection de bactéries jeudi, et distribue des bouteilles.",
        79.0,
    ),
    (
        "fr-saintombre-eau",
        "Ne buvez pas l'eau du robinet",
        "Trois quartiers concernés, des bouteilles distribuées au gymnase.",
        79.5,
    ),
    (
        "fr-saintombre-eau",
        "L'eau de nouveau potable samedi",
        "Les nouvelles analyses sont bonnes : l'interdiction a été levée samedi matin pour les "
        "trois quartiers, après la purge du réseau.",
        125.0,
    ),
    (
        "fr-saintombre-boulangerie",
        "La dernière boulangerie du centre baisse le rideau",
        "Après 38 ans derrière son comptoir de la place du Marché, Jean-Paul Lestrade ferme "
        "samedi sa boulangerie, faute de repreneur.",
        120.0,
    ),
    (
        "fr-saintombre-boulangerie",
        "Plus de pain place du Marché",
        "La boulangerie Lestrade ferme samedi, sans repreneur.",
        120.5,
    ),
    (
        "fr-saintombre-incendie",
        "Un hangar agricole détruit par le feu près de Saint-Ombre",
        "Un incendie a ravagé dans la nuit de dimanche à lundi un hangar contenant 150 tonnes de "
        "paille au lieu-dit la Brande ; une quarantaine de pompiers sont intervenus.",
        3.0,
    ),
    (
        "fr-saintombre-incendie",
        "Incendie à la Brande",
        "150 tonnes de paille parties en fumée, pas de blessé.",
        3.5,
    ),
    (
        "fr-saintombre-marche",
        "Le marché de Noël de Saint-Ombre ouvre vendredi",
        "Trente chalets seront installés sur la place du Marché du 11 au 24 décembre, avec une "
        "patinoire et une crèche vivante le dimanche.",
        96.0,
    ),
    (
        "fr-saintombre-marche",
        "Trente chalets pour le marché de Noël",
        "La patinoire et les chalets arrivent vendredi sur la place.",
        96.5,
    ),
    (
        "fr-saintombre-mediatheque",
        "La médiathèque ouvrira le dimanche",
        "À partir de janvier, la médiathèque de Saint-Ombre sera ouverte le dimanche de 14 "
        "heures à 18 heures, une première dans le département.",
        61.0,
    ),
    # --- Spanish ---
    (
        "es-almenarrosa-autobus",
        "La línea 2 de Almenarrosa dejará de pasar por la avenida del Río",
        "El Ayuntamiento de Almenarrosa anunció el lunes que el autobús urbano de la línea 2 "
        "circulará desde el día 14 por la calle Mayor para evitar las obras del puente.",
        11.0,
    ),
    (
        "es-almenarrosa-autobus",
        "Cambio de recorrido en la línea 2",
        "El autobús irá por la calle Mayor mientras duren las obras del puente.",
        11.5,
    ),
    (
        "es-almenarrosa-autobus",
        "Vecinos del Río piden que no les quiten la parada",
        "La asociación vecinal del barrio del Río ha recogido 300 firmas para que la línea 2 "
        "mantenga una parada junto al centro de salud.",
        21.0,
    ),
    (
        "es-almenarrosa-autobus/choque",
        "Un autobús de la línea 2 choca con un turismo en la calle Mayor",
        "Cuatro personas resultaron heridas leves el jueves por la tarde en Almenarrosa al "
        "chocar el autobús urbano con un coche que salía de un garaje.",
        88.0,
    ),
    (
        "es-almenarrosa-autobus/choque",
        "Cuatro heridos leves en la calle Mayor",
        "El choque entre el autobús y un coche cortó la calle una hora.",
        88.5,
    ),
    (
        "es-almenarrosa-parking",
        "Almenarrosa cobrará por aparcar en la plaza de Abastos",
        "El pleno aprobó el miércoles la zona azul en el aparcamiento de la plaza de Abastos, "
        "con una tarifa de 0,90 euros la hora a partir de enero y la primera media hora gratis.",
        67.0,
    ),
    (
        "es-almenarrosa-parking",
        "Zona azul en la plaza de Abastos",
        "Noventa céntimos la hora desde enero, con media hora gratis.",
        67.5,
    ),
    (
        "es-almenarrosa-parking",
        "El alcalde defiende la zona azul ante los comerciantes",
        "Julián Ortega aseguró que la medida busca que los coches roten y que los clientes del "
        "mercado encuentren sitio.",
        72.0,
    ),
    (
        "es-almenarrosa-parking/incendio",
        "Arde una furgoneta en el aparcamiento de la plaza de Abastos",
        "Los bomberos sofocaron el domingo de madrugada el incendio de una furgoneta aparcada en "
        "la plaza de Abastos de Almenarrosa; las llamas dañaron otros dos vehículos.",
        147.0,
    ),
    (
        "es-almenarrosa-parking/incendio",
        "Incendio de madrugada en la plaza de Abastos",
        "Una furgoneta calcinada y dos coches dañados, sin heridos.",
        147.5,
    ),
    (
        "es-almenarrosa-parking/incendio",
        "La Policía Local investiga la furgoneta quemada",
        "Los agentes no descartan que el fuego fuera intencionado, ya que el vehículo llevaba "
        "días sin moverse.",
        155.0,
    ),
    (
        "es-almenarrosa-ciguena",
        "Rescatan a una cigüeña enredada en el parque de la Alameda",
        "Los bomberos de Almenarrosa liberaron el martes a una cigüeña que había quedado "
        "atrapada en un cable de luces navideñas en lo alto de un chopo del parque de la "
        "Alameda.",
        36.0,
    ),
    (
        "es-almenarrosa-ciguena",
        "Una cigüeña atrapada en las luces de Navidad",
        "Los bomberos la soltaron con la autoescala en la Alameda.",
        36.5,
    ),
    (
        "es-almenarrosa-ciguena/perro",
        "Un perro muerde a un niño en el parque de la Alameda",
        "Un niño de seis años sufrió mordeduras en un brazo el viernes por la tarde en el parque "
        "de la Alameda de Almenarrosa; el dueño del perro, un podenco suelto, ha sido "
        "denunciado.",
        112.0,
    ),
    (
        "es-almenarrosa-ciguena/perro",
        "Niño mordido por un perro suelto",
        "El menor fue atendido en el centro de salud y ya está en casa.",
        112.5,
    ),
    (
        "es-almenarrosa-colegio",
        "Suspendidas las clases en el colegio San Blas por la calefacción",
        "El colegio público San Blas de Almenarrosa ha suspendido las clases el martes y el "
        "miércoles porque la caldera se averió y las aulas no pasaban de 12 grados.",
        30.0,
    ),
    (
        "es-almenarrosa-colegio",
        "Sin calefacción en el San Blas",
        "Dos días sin clases hasta que se repare la caldera.",
        30.5,
    ),
    (
        "es-almenarrosa-colegio",
        "Doce grados en las aulas",
        "En el San Blas de Almenarrosa los niños se quedan en casa hasta que el técnico arregle "
        "el viejo calentador del sótano.",
        33.0,
    ),
    (
        "es-almenarrosa-colegio",
        "Los padres del San Blas exigen una caldera nueva",
        "El AMPA recuerda que es la tercera avería del invierno y pide a la Junta que cambie la "
        "caldera, que tiene más de 30 años.",
        40.0,
    ),
    (
        "es-almenarrosa-futsal",
        "El CD Almenarrosa gana en la prórroga",
        "El equipo de fútbol sala del CD Almenarrosa venció 5-4 al Calzadilla el sábado en el "
        "pabellón municipal con un gol en el último minuto de la prórroga.",
        139.0,
    ),
    (
        "es-almenarrosa-futsal",
        "Victoria agónica del CD Almenarrosa",
        "Un gol en el último minuto de la prórroga decidió el partido.",
        139.5,
    ),
    (
        "es-almenarrosa-niebla",
        "La niebla obliga a cerrar la carretera de la sierra",
        "La Guardia Civil cortó el lunes durante cuatro horas la carretera que une Almenarrosa "
        "con la sierra por una niebla que dejaba menos de diez metros de visibilidad.",
        8.0,
    ),
    (
        "es-almenarrosa-niebla",
        "Niebla cerrada en la carretera de la sierra",
        "Corte de cuatro horas por la falta de visibilidad.",
        8.5,
    ),
    (
        "es-almenarrosa-farmacia",
        "Abre una farmacia de guardia 24 horas en Almenarrosa",
        "Desde este jueves, la farmacia de la calle Mayor abrirá todas las noches, de modo que "
        "los vecinos ya no tendrán que ir a la capital de madrugada.",
        76.0,
    ),
    (
        "es-almenarrosa-fiestas",
        "Almenarrosa presenta el programa de la Inmaculada",
        "El concejal de Cultura, Rubén Salas, presentó el miércoles las fiestas del 8 de "
        "diciembre, con una verbena en la plaza y una ruta de belenes por las calles del casco "
        "antiguo.",
        56.0,
    ),
    (
        "es-almenarrosa-fiestas",
        "Verbena y belenes para la Inmaculada",
        "El Ayuntamiento presenta las fiestas de diciembre en la plaza.",
        56.5,
    ),
    (
        "es-almenarrosa-fiestas",
        'Salas promete unas fiestas "para las familias"',
        "El concejal aseguró que la verbena acabará a la una y que habrá hinchables para los "
        "niños por la tarde.",
        60.0,
    ),
    (
        "es-almenarrosa-robo",
        "Detenido un joven por robar cobre en la estación de Almenarrosa",
        "La Guardia Civil detuvo el viernes a un vecino de 23 años que había robado 200 metros "
        "de cable de cobre de la vía férrea, lo que retrasó varios trenes.",
        100.0,
    ),
    (
        "es-almenarrosa-robo",
        "Robo de cable en la estación",
        "Doscientos metros de cobre robados y trenes con retraso.",
        100.5,
    ),
    # --- Italian ---
    (
        "it-borgoreale-lavori",
        "Borgoreale, via Garibaldi chiusa per il rifacimento dell'asfalto",
        "Da mercoledì via Garibaldi resterà chiusa al traffico per due settimane tra piazza "
        "Duomo e la stazione per il rifacimento del manto stradale, con deviazione sul viale dei "
        "Tigli.",
        50.0,
    ),
    (
        "it-borgoreale-lavori",
        "Lavori in via Garibaldi",
        "Strada chiusa per due settimane, si passa dal viale dei Tigli.",
        50.5,
    ),
    (
        "it-borgoreale-lavori",
        "I negozianti di via Garibaldi contro il cantiere",
        "I commercianti della via lamentano il calo dei clienti e chiedono al sindaco Paolo "
        "Ferrante di lavorare anche di notte.",
        58.0,
    ),
    (
        "it-borgoreale-lavori/gas",
        "Fuga di gas in via Garibaldi, evacuate quindici famiglie",
        "Nella serata di mercoledì una tubatura del gas si è rotta sotto il marciapiede di via "
        "Garibaldi a Borgoreale; i vigili del fuoco hanno fatto uscire quindici famiglie dalle "
        "case.",
        66.0,
    ),
    (
        "it-borgoreale-lavori/gas",
        "Evacuazione per una fuga di gas",
        "Quindici famiglie fuori casa per alcune ore in via Garibaldi.",
        66.5,
    ),
    (
        "it-borgoreale-lavori/gas",
        "L'azienda del gas: \"Il cantiere non c'entra\"",
        "Secondo il gestore della rete, il tubo si è spezzato per la corrosione e non per i "
        "lavori dell'asfalto, iniziati la mattina stessa.",
        72.0,
    ),
    (
        "it-borgoreale-vaccini",
        "Open day per il vaccino antinfluenzale alla Casa della salute",
        "Sabato la Casa della salute di Borgoreale, in via Roma, vaccinerà contro l'influenza "
        "senza prenotazione tutti gli over 60 e i malati cronici, dalle 8 alle 14.",
        27.0,
    ),
    (
        "it-borgoreale-vaccini",
        "Vaccino senza prenotazione sabato",
        "Alla Casa della salute di via Roma, per gli over 60.",
        27.5,
    ),
    (
        "it-borgoreale-vaccini/tubo",
        "Si rompe un tubo, allagata la Casa della salute",
        "Nella notte tra giovedì e venerdì un tubo dell'acqua è scoppiato al primo piano della "
        "Casa della salute di Borgoreale, allagando gli ambulatori e la sala d'attesa.",
        100.0,
    ),
    (
        "it-borgoreale-vaccini/tubo",
        "Ambulatori allagati in via Roma",
        "Visite spostate all'ospedale fino alla fine dei lavori.",
        100.5,
    ),
    (
        "it-borgoreale-vaccini/tubo",
        "Casa della salute chiusa per dieci giorni",
        "L'azienda sanitaria ha spiegato che servono almeno dieci giorni per asciugare i locali "
        "e rifare gli impianti elettrici.",
        107.0,
    ),
    (
        "it-borgoreale-consiglio",
        "Borgoreale approva il bilancio con la nuova mensa scolastica",
        "Il consiglio comunale ha approvato lunedì sera il bilancio di previsione, che prevede "
        "1,8 milioni di euro per la nuova mensa della scuola elementare Carducci.",
        21.0,
    ),
    (
        "it-borgoreale-consiglio",
        "Via libera al bilancio",
        "Nel documento ci sono 1,8 milioni per la mensa della Carducci.",
        21.5,
    ),
    (
        "it-borgoreale-consiglio",
        'Ferrante: "La mensa sarà pronta a settembre"',
        "Il sindaco Paolo Ferrante ha detto che i lavori partiranno in primavera e che la mensa "
        "servirà 320 bambini.",
        26.0,
    ),
    (
        "it-borgoreale-furto",
        "Ladri nella sede della banda musicale",
        "Nella notte di martedì qualcuno è entrato nella sede della banda di Borgoreale, in "
        "vicolo del Forno, e ha portato via due tromboni e un sassofono del valore di 7.000 "
        "euro.",
        38.0,
    ),
    (
        "it-borgoreale-furto",
        "Rubati gli strumenti della banda",
        "Presi due tromboni e un sax, la banda chiede aiuto ai cittadini.",
        38.5,
    ),
    (
        "it-borgoreale-furto",
        'Il maestro della banda: "Ci hanno tolto la voce"',
        "Il direttore Aldo Pirri spera che gli strumenti vengano ritrovati prima del concerto di "
        "Natale del 20 dicembre.",
        45.0,
    ),
    (
        "it-borgoreale-furto",
        "Concerto di Natale a rischio",
        "Senza i due tromboni e il sax spariti dalla sede di vicolo del Forno, la banda di "
        "Borgoreale rischia di restare muta il 20 dicembre.",
        50.0,
    ),
    (
        "it-borgoreale-calcio",
        "La Borgorealese vince il derby con il Castelfranco",
        "Con un gol di testa di Matteo Rinaldi al 78' la Borgorealese ha battuto domenica per "
        "1-0 il Castelfranco davanti a 1.200 spettatori allo stadio comunale.",
        159.0,
    ),
    (
        "it-borgoreale-calcio",
        "Derby alla Borgorealese",
        "Decide il colpo di testa di Rinaldi nel finale.",
        159.5,
    ),
    (
        "it-borgoreale-neve",
        "Prima neve a Borgoreale, scuole aperte ma bus in ritardo",
        "Dieci centimetri di neve sono caduti nella notte tra giovedì e venerdì; le scuole sono "
        "rimaste aperte ma gli scuolabus delle frazioni sono arrivati con un'ora di ritardo.",
        104.0,
    ),
    (
        "it-borgoreale-neve",
        "Neve nella notte, scuolabus in ritardo",
        "Dieci centimetri sulle strade delle frazioni.",
        104.5,
    ),
    (
        "it-borgoreale-neve",
        "Spazzaneve in ritardo, protestano le frazioni",
        "Gli abitanti di San Vito e di Poggiolo lamentano che le loro strade sono state pulite "
        "solo a mezzogiorno.",
        112.0,
    ),
    (
        "it-borgoreale-negozio",
        "Chiude dopo 70 anni la ferramenta di piazza Duomo",
        "La ferramenta Bellini, aperta nel 1955 dal nonno dell'attuale titolare, chiuderà a fine "
        "anno per l'affitto troppo alto.",
        75.0,
    ),
    (
        "it-borgoreale-negozio",
        "Addio alla ferramenta Bellini",
        "Il negozio di piazza Duomo chiude alla fine dell'anno.",
        75.5,
    ),
    (
        "it-borgoreale-frana",
        "Frana sulla strada per San Vito, frazione isolata",
        "Una frana di terra e sassi ha bloccato lunedì mattina la provinciale per San Vito, "
        "lasciando isolate per sei ore circa 200 persone.",
        9.0,
    ),
    (
        "it-borgoreale-frana",
        "San Vito isolata per sei ore",
        "Una frana ha chiuso nella mattina di lunedì la strada provinciale.",
        9.5,
    ),
    (
        "it-borgoreale-frana",
        "Riaperta la provinciale per San Vito",
        "La strada è stata liberata nel pomeriggio, ma resterà a senso unico alternato per "
        "alcune settimane.",
        17.0,
    ),
    (
        "it-borgoreale-biblioteca",
        "La biblioteca comunale cerca volontari per la lettura ai bambini",
        "La biblioteca di Borgoreale cerca dieci volontari per leggere storie ai bambini il "
        "sabato mattina, nella nuova sala ragazzi al piano terra.",
        85.0,
    ),
    (
        "it-borgoreale-incidente",
        "Scontro frontale sulla circonvallazione, due feriti",
        "Due automobilisti sono rimasti feriti nello scontro tra due auto avvenuto sabato sera "
        "sulla circonvallazione di Borgoreale, all'altezza del distributore.",
        141.0,
    ),
    (
        "it-borgoreale-incidente",
        "Incidente sulla circonvallazione",
        "Due feriti nello scontro di sabato sera vicino al distributore.",
        141.5,
    ),
    # --- Portuguese ---
    (
        "pt-vilaserrada-loja",
        "Nova livraria abre na Rua Direita de Vila Serrada",
        "A livraria Papel Pardo, de Inês Valadares, abriu na segunda-feira no antigo armazém de "
        "tecidos da Rua Direita, com uma sala de leitura para crianças no primeiro andar.",
        10.0,
    ),
    (
        "pt-vilaserrada-loja",
        "Papel Pardo abre portas",
        "Vila Serrada volta a ter uma livraria na Rua Direita.",
        10.5,
    ),
    (
        "pt-vilaserrada-loja",
        '"Uma vila sem livraria não é uma vila"',
        "Inês Valadares conta que a última livraria do concelho fechou em 2016 e que decidiu "
        "arriscar com as poupanças da família.",
        18.0,
    ),
    (
        "pt-vilaserrada-loja/assalto",
        "Livraria da Rua Direita assaltada durante a noite",
        "A livraria Papel Pardo, inaugurada há quatro dias em Vila Serrada, foi assaltada na "
        "madrugada de sexta-feira; os ladrões partiram a montra e levaram o computador e a "
        "caixa.",
        99.0,
    ),
    (
        "pt-vilaserrada-loja/assalto",
        "Assalto à Papel Pardo",
        "Montra partida e caixa levada, a GNR está a investigar.",
        99.5,
    ),
    (
        "pt-vilaserrada-estacionamento",
        "Câmara aprova parquímetros no largo do Mercado",
        "A Câmara Municipal de Vila Serrada aprovou na terça-feira a instalação de parquímetros "
        "no parque do largo do Mercado, com a primeira hora a custar 60 cêntimos.",
        40.0,
    ),
    (
        "pt-vilaserrada-estacionamento",
        "Parquímetros no largo do Mercado",
        "Primeira hora a 60 cêntimos a partir de fevereiro.",
        40.5,
    ),
    (
        "pt-vilaserrada-estacionamento",
        "Comerciantes temem perder clientes com os parquímetros",
        "A associação comercial diz que os clientes das aldeias vão preferir o hipermercado da "
        "cidade, onde o parque é gratuito.",
        47.0,
    ),
    (
        "pt-vilaserrada-estacionamento/incendio",
        "Carro arde no parque do largo do Mercado",
        "Um automóvel ligeiro ficou destruído pelas chamas na noite de quarta-feira no parque do "
        "largo do Mercado, em Vila Serrada; os bombeiros evitaram que o fogo passasse aos carros "
        "ao lado.",
        69.0,
    ),
    (
        "pt-vilaserrada-estacionamento/incendio",
        "Incêndio num carro estacionado",
        "Os bombeiros apagaram as chamas em vinte minutos.",
        69.5,
    ),
    (
        "pt-vilaserrada-estacionamento/incendio",
        "Curto-circuito na origem do fogo no largo do Mercado",
        "Segundo os bombeiros voluntários, o incêndio começou no motor, por causa de uma avaria "
        "elétrica, e o dono não estava no carro.",
        75.0,
    ),
    (
        "pt-vilaserrada-cao",
        "Bombeiros resgatam cão de poço no parque da Cerca",
        "Um cão que tinha caído num poço antigo do parque da Cerca, em Vila Serrada, foi "
        "resgatado na terça-feira pelos bombeiros, depois de ter passado a noite no fundo.",
        33.0,
    ),
    (
        "pt-vilaserrada-cao",
        "Cão salvo de poço na Cerca",
        "Animal passou a noite no fundo do poço e está bem.",
        33.5,
    ),
    (
        "pt-vilaserrada-cao/ataque",
        "Mulher mordida por dois cães no parque da Cerca",
        "Uma mulher de 62 anos foi mordida nas pernas por dois cães soltos no sábado de manhã no "
        "parque da Cerca, em Vila Serrada, e foi levada ao centro de saúde.",
        127.0,
    ),
    (
        "pt-vilaserrada-cao/ataque",
        "Ataque de cães no parque",
        "Uma mulher de 62 anos foi tratada no centro de saúde.",
        127.5,
    ),
    (
        "pt-vilaserrada-cao/ataque",
        "Dono dos cães identificado pela GNR",
        "A GNR identificou o dono dos dois animais, que tinham fugido de um quintal junto ao "
        "parque, e levantou um auto.",
        134.0,
    ),
    (
        "pt-vilaserrada-escola",
        "Escola básica de Vila Serrada fecha por falta de funcionários",
        "A escola básica n.º 2 de Vila Serrada não abriu na quinta-feira porque sete dos nove "
        "assistentes operacionais estavam de baixa com gripe.",
        79.0,
    ),
    (
        "pt-vilaserrada-escola",
        "Escola fechada por falta de pessoal",
        "Sete dos nove funcionários estão doentes com gripe.",
        79.5,
    ),
    (
        "pt-vilaserrada-escola",
        "Pais pedem mais funcionários para a escola n.º 2",
        "A associação de pais diz que a escola já trabalhava com o mínimo e que bastou uma gripe "
        "para a fechar.",
        86.0,
    ),
    (
        "pt-vilaserrada-futebol",
        "Serradense vence e sobe ao segundo lugar",
        "O Sport Clube Serradense venceu no domingo o Atlético da Ponte por 2-0, com golos de "
        "Rúben Tomé, e está agora em segundo lugar na distrital.",
        159.0,
    ),
    (
        "pt-vilaserrada-futebol",
        "Vitória do Serradense por dois a zero",
        "Bis de Rúben Tomé no campo da Várzea.",
        159.5,
    ),
    (
        "pt-vilaserrada-chuva",
        "Chuva forte inunda a Baixa de Vila Serrada",
        "A ribeira da Vila galgou as margens na segunda-feira à tarde e a água entrou em dez "
        "lojas da Baixa, segundo a Proteção Civil municipal.",
        16.0,
    ),
    (
        "pt-vilaserrada-chuva",
        "Baixa inundada depois da chuva",
        "A água da ribeira entrou em dez lojas.",
        16.5,
    ),
    (
        "pt-vilaserrada-chuva",
        "Ribeira da Vila galga as margens na Baixa",
        "Dez lojistas da Baixa de Vila Serrada passaram a noite a tirar a água das lojas depois "
        "de a ribeira sair do leito.",
        20.0,
    ),
    (
        "pt-vilaserrada-chuva",
        "Lojistas limpam a lama da Baixa",
        "Na terça-feira de manhã os comerciantes estavam a tirar lama das lojas e a contar os "
        "prejuízos da cheia.",
        32.0,
    ),
    (
        "pt-vilaserrada-centrosaude",
        "Centro de saúde passa a ter médico ao sábado",
        "O centro de saúde de Vila Serrada vai ter consultas ao sábado de manhã a partir de "
        "janeiro, anunciou o presidente da Câmara, Artur Meireles.",
        53.0,
    ),
    (
        "pt-vilaserrada-centrosaude",
        "Consultas ao sábado no centro de saúde",
        "O horário alargado começa em janeiro.",
        53.5,
    ),
    (
        "pt-vilaserrada-feira",
        "Feira do fumeiro traz 40 produtores a Vila Serrada",
        "A feira do fumeiro e do queijo decorre no sábado e no domingo no pavilhão municipal, "
        "com 40 produtores do concelho e das aldeias vizinhas.",
        121.0,
    ),
    (
        "pt-vilaserrada-acidente",
        "Trator capota em estrada municipal perto de Vila Serrada",
        "Um agricultor de 71 anos ficou ferido com gravidade na sexta-feira quando o trator que "
        "conduzia capotou numa curva da estrada para Vale de Mós.",
        110.0,
    ),
    (
        "pt-vilaserrada-acidente",
        "Agricultor ferido em capotamento",
        "O homem de 71 anos foi levado de helicóptero para o hospital.",
        110.5,
    ),
    # --- Dutch ---
    (
        "nl-marwoude-school",
        "Inspectie positief over basisschool De Klimop in Marwoude",
        "De onderwijsinspectie noemt het onderwijs op De Klimop in Marwoude in een maandag "
        "verschenen rapport 'goed', vooral vanwege de aandacht voor taal en de sfeer in de "
        "klassen.",
        15.0,
    ),
    (
        "nl-marwoude-school",
        "Goed rapport voor De Klimop",
        "De inspectie is te spreken over het taalonderwijs op de school.",
        15.5,
    ),
    (
        "nl-marwoude-school",
        "Directeur blij met oordeel inspectie",
        "Directeur Sanne Hoekstra zegt dat het team na de slechte beoordeling van 2022 hard "
        "heeft gewerkt aan de lessen taal en lezen.",
        20.0,
    ),
    (
        "nl-marwoude-school/ontruiming",
        "Basisschool De Klimop ontruimd na brandalarm",
        "Ruim 300 leerlingen van De Klimop in Marwoude stonden dinsdagochtend een half uur op "
        "het schoolplein nadat het brandalarm afging door rook uit een wasdroger in het "
        "personeelslokaal.",
        33.0,
    ),
    (
        "nl-marwoude-school/ontruiming",
        "Brandalarm op De Klimop",
        "Leerlingen een half uur op het plein, rook kwam van een wasdroger.",
        33.5,
    ),
    (
        "nl-marwoude-voetbal",
        "VV Marwoude wint na strafschoppen van Oosterzand",
        "De voetballers van VV Marwoude hebben zaterdag de bekerwedstrijd tegen Oosterzand "
        "gewonnen na strafschoppen, nadat het na negentig minuten 2-2 stond.",
        136.0,
    ),
    (
        "nl-marwoude-voetbal",
        "Marwoude door in de beker",
        "De ploeg won de strafschoppenreeks met 4-3 van Oosterzand.",
        136.5,
    ),
    (
        "nl-marwoude-voetbal",
        "Keeper Van Dijken held van Marwoude",
        "Doelman Bram van Dijken stopte twee penalty's en werd na afloop op de schouders van "
        "zijn ploeggenoten van het veld gedragen.",
        139.0,
    ),
    (
        "nl-marwoude-voetbal/inbraak",
        "Inbraak in kantine van VV Marwoude",
        "In de nacht van zaterdag op zondag is ingebroken in de kantine van VV Marwoude aan de "
        "Dijkweg; de daders namen de geldkist en een paar kratten bier mee.",
        152.0,
    ),
    (
        "nl-marwoude-voetbal/inbraak",
        "Kantine van voetbalclub leeggeroofd",
        "De politie zoekt getuigen van de inbraak aan de Dijkweg.",
        152.5,
    ),
    (
        "nl-marwoude-brug",
        "Brug over het Wijde Diep weken dicht voor onderhoud",
        "De provincie sluit de ophaalbrug over het Wijde Diep bij Marwoude vanaf woensdag vijf "
        "weken voor al het verkeer om het bewegingswerk te vervangen.",
        52.0,
    ),
    (
        "nl-marwoude-brug",
        "Ophaalbrug Marwoude vijf weken dicht",
        "Fietsers en auto's moeten omrijden via de brug bij Sloten.",
        52.5,
    ),
    (
        "nl-marwoude-brug",
        "Ondernemers vrezen klantenverlies door brugsluiting",
        "Winkeliers aan de Voorstraat zeggen dat veel klanten uit de dorpen aan de overkant nu "
        "wegblijven.",
        61.0,
    ),
    (
        "nl-marwoude-storm",
        "Boom op huis aan de Kerklaan in Marwoude",
        "Door de harde wind is donderdagavond een grote eik op een woning aan de Kerklaan "
        "gevallen; de bewoners zaten in de achterkamer en bleven ongedeerd.",
        91.0,
    ),
    (
        "nl-marwoude-storm",
        "Eik valt op woning in Marwoude",
        "Bewoners ongedeerd, het dak is zwaar beschadigd.",
        91.5,
    ),
    (
        "nl-marwoude-storm",
        "Gemeente kapt bomen aan de Kerklaan",
        "Na het ongeluk van donderdag laat de gemeente nog vier oude eiken in de straat "
        "controleren en misschien kappen.",
        112.0,
    ),
    (
        "nl-marwoude-raad",
        "Marwoude krijgt er 120 woningen bij aan de rand van het dorp",
        "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van 120 woningen in het "
        "weiland achter de sporthal; een derde wordt sociale huur.",
        45.0,
    ),
    (
        "nl-marwoude-raad",
        "Raad zegt ja tegen nieuwe wijk",
        "Honderdtwintig huizen achter de sporthal, een derde sociale huur.",
        45.5,
    ),
    (
        "nl-marwoude-raad",
        "Wethouder Bakker: 'Eindelijk plek voor jongeren'",
        "Wethouder Jolanda Bakker zegt dat jongeren nu niet meer naar de stad hoeven te "
        "verhuizen om een huis te vinden.",
        49.0,
    ),
    (
        "nl-marwoude-supermarkt",
        "Supermarkt in Marwoude gaat weer open na verbouwing",
        "De enige supermarkt van het dorp, aan de Voorstraat, opent vrijdag weer de deuren na "
        "zes weken verbouwing, met een grotere versafdeling.",
        97.0,
    ),
    (
        "nl-marwoude-supermarkt",
        "Supermarkt Voorstraat weer open",
        "Na zes weken verbouwen kunnen inwoners weer in het dorp boodschappen doen.",
        97.5,
    ),
    (
        "nl-marwoude-huisarts",
        "Huisartsenpraktijk Marwoude neemt geen nieuwe patiënten meer aan",
        "De enige huisartsenpraktijk van Marwoude heeft een patiëntenstop ingesteld omdat een "
        "van de drie huisartsen met pensioen gaat en er nog geen opvolger is.",
        62.0,
    ),
    (
        "nl-marwoude-huisarts",
        "Patiëntenstop bij huisarts in Marwoude",
        "Nieuwe inwoners moeten een huisarts zoeken in een ander dorp.",
        62.5,
    ),
    (
        "nl-marwoude-diefstal",
        "Fietsen gestolen uit stalling bij het station",
        "Uit de bewaakte fietsenstalling bij het station van Marwoude zijn in de nacht van "
        "maandag op dinsdag zeventien fietsen gestolen, waaronder twaalf e-bikes.",
        26.0,
    ),
    (
        "nl-marwoude-diefstal",
        "Zeventien fietsen weg uit stalling",
        "Twaalf e-bikes gestolen bij het station van Marwoude.",
        26.5,
    ),
    (
        "nl-marwoude-diefstal",
        "Politie vindt gestolen e-bikes in loods",
        "Een deel van de fietsen uit de stalling bij het station is woensdag teruggevonden in "
        "een loods op het industrieterrein; twee mannen zijn aangehouden.",
        58.0,
    ),
    (
        "nl-marwoude-ijsbaan",
        "IJsbaan van Marwoude gaat open bij eerste vorst",
        "De ijsvereniging heeft de baan achter het dorpshuis onder water gezet en verwacht dat "
        "er zondag voor het eerst geschaatst kan worden.",
        142.0,
    ),
    (
        "nl-marwoude-bus",
        "Buurtbus naar Sloten rijdt weer",
        "Na een maand zonder chauffeurs rijdt de buurtbus tussen Marwoude en Sloten vanaf "
        "maandag weer elk uur, dankzij acht nieuwe vrijwilligers.",
        5.0,
    ),
    (
        "nl-marwoude-bus",
        "Weer een buurtbus naar Sloten",
        "Acht nieuwe vrijwillige chauffeurs hebben zich gemeld.",
        5.5,
    ),
    # --- Russian ---
    (
        "ru-kamennoborsk-remont",
        "В Каменноборске на три недели перекрыли улицу Литейную",
        "С понедельника на улице Литейной от площади Труда до моста через Боровку меняют "
        "асфальт; автобусы пустили в объезд по Заводскому проезду.",
        9.0,
    ),
    (
        "ru-kamennoborsk-remont",
        "Ремонт на Литейной",
        "Улица закрыта для машин до конца месяца.",
        9.5,
    ),
    (
        "ru-kamennoborsk-remont",
        "Жители Литейной жалуются на пыль и объезд",
        "Глава города Сергей Ладыгин пообещал, что подрядчик будет работать по ночам, чтобы "
        "закончить ремонт раньше срока.",
        20.0,
    ),
    (
        "ru-kamennoborsk-remont/gaz",
        "Утечка газа на Литейной: эвакуированы два дома",
        "Вечером в понедельник жильцов двух пятиэтажек на улице Литейной в Каменноборске вывели "
        "на улицу из-за запаха газа в подъездах; аварийная служба нашла трещину в трубе.",
        19.0,
    ),
    (
        "ru-kamennoborsk-remont/gaz",
        "Эвакуация на Литейной из-за газа",
        "Около ста жильцов провели вечер в соседней школе.",
        19.5,
    ),
    (
        "ru-kamennoborsk-remont/gaz",
        "Газовики: утечка не связана с ремонтом дороги",
        "В горгазе заявили, что трубу повредила коррозия, а не дорожная техника, и что газ в "
        "дома вернули к полуночи.",
        25.0,
    ),
    (
        "ru-kamennoborsk-hokkei",
        "«Металлург» обыграл соперников из Заречного",
        "Хоккеисты каменноборского «Металлурга» в субботу победили «Энергию» из Заречного со "
        "счётом 5:2 на домашнем льду; дубль оформил нападающий Илья Конев.",
        138.0,
    ),
    (
        "ru-kamennoborsk-hokkei",
        "«Металлург» взял верх над «Энергией»",
        "Пять шайб в ворота гостей, два гола у Конева.",
        138.5,
    ),
    (
        "ru-kamennoborsk-hokkei",
        "Тренер «Металлурга»: мы наконец сыграли в свой хоккей",
        "Виктор Сомов после матча похвалил молодых защитников и сказал, что команда вышла на "
        "третье место в турнире.",
        141.0,
    ),
    (
        "ru-kamennoborsk-hokkei/vzlom",
        "Из раздевалки «Металлурга» украли форму и клюшки",
        "В ночь на воскресенье неизвестные взломали дверь раздевалки ледовой арены в "
        "Каменноборске и вынесли 20 клюшек и комплекты формы; ущерб оценивают в 300 тысяч "
        "рублей.",
        150.0,
    ),
    (
        "ru-kamennoborsk-hokkei/vzlom",
        "Кража на ледовой арене",
        "Клюшки и форма хоккеистов пропали в ночь на воскресенье.",
        150.5,
    ),
    (
        "ru-kamennoborsk-moroz",
        "Морозы до минус 35 в Каменноборске: школьники остаются дома",
        "В четверг из-за мороза до минус 35 градусов в школах Каменноборска отменили занятия для "
        "учеников с первого по девятый класс.",
        75.0,
    ),
    (
        "ru-kamennoborsk-moroz",
        "Занятия в школах отменены из-за холода",
        "Младшим и средним классам разрешили не приходить.",
        75.5,
    ),
    (
        "ru-kamennoborsk-teplo",
        "В двух кварталах Каменноборска пропало отопление",
        "Из-за аварии на теплотрассе во вторник без тепла остались 40 домов в районе улицы "
        "Горняков; температура в квартирах опустилась до 14 градусов.",
        28.0,
    ),
    (
        "ru-kamennoborsk-teplo",
        "Без тепла 40 домов на Горняков",
        "Аварийная бригада работает на теплотрассе.",
        28.5,
    ),
    (
        "ru-kamennoborsk-teplo",
        "Отопление на Горняков вернули к утру",
        "Теплотрассу починили ночью, к утру среды во всех 40 домах батареи снова были горячими, "
        "сообщили в мэрии.",
        54.0,
    ),
    (
        "ru-kamennoborsk-rynok",
        "На центральном рынке Каменноборска закрывают мясной павильон",
        "Санитарная проверка нашла нарушения в мясном павильоне рынка на площади Труда; павильон "
        "закрыт на месяц, 12 продавцов остались без мест.",
        60.0,
    ),
    (
        "ru-kamennoborsk-rynok",
        "Мясной павильон рынка закрыт на месяц",
        "Проверка нашла нарушения у продавцов на площади Труда.",
        60.5,
    ),
    (
        "ru-kamennoborsk-dtp",
        "Автобус с рабочими съехал в кювет под Каменноборском",
        "Вахтовый автобус с 18 рабочими комбината съехал в кювет на трассе у поворота на посёлок "
        "Сосновка в пятницу утром; трое пострадавших в больнице.",
        98.0,
    ),
    (
        "ru-kamennoborsk-dtp",
        "Трое в больнице после аварии вахтовки",
        "Автобус с рабочими комбината оказался в кювете у Сосновки.",
        98.5,
    ),
    (
        "ru-kamennoborsk-dtp",
        "Причиной аварии вахтового автобуса назвали гололёд",
        "В полиции считают, что водитель не справился с управлением на обледеневшем участке "
        "дороги у Сосновки.",
        106.0,
    ),
    (
        "ru-kamennoborsk-bolnitsa",
        "В горбольнице Каменноборска открыли новый томограф",
        "В городской больнице в среду начал работать новый компьютерный томограф; теперь жителям "
        "не придётся ездить на обследование в областной центр за 200 километров.",
        56.0,
    ),
    (
        "ru-kamennoborsk-bolnitsa",
        "Томограф в горбольнице",
        "Больше не нужно ездить за 200 км на обследование.",
        56.5,
    ),
    (
        "ru-kamennoborsk-bolnitsa",
        "Главврач: очередь на томограф уйдёт за месяц",
        "Главный врач Наталья Бойко рассказала, что аппарат будет работать в две смены и "
        "принимать до 40 человек в день.",
        61.0,
    ),
    (
        "ru-kamennoborsk-sobaki",
        "Стая бездомных собак напугала школьников на улице Горняков",
        "В понедельник утром несколько бродячих собак набросились на детей у школы № 4; никто не "
        "пострадал, но родители требуют от мэрии отловить стаю.",
        7.0,
    ),
    (
        "ru-kamennoborsk-sobaki",
        "Бродячие собаки у школы № 4",
        "Родители просят мэрию убрать стаю от школы.",
        7.5,
    ),
    (
        "ru-kamennoborsk-yolka",
        "Главную ёлку Каменноборска поставят на площади Труда",
        "Мэрия сообщила, что 15-метровую ёлку установят на площади Труда к 20 декабря, а рядом "
        "зальют каток.",
        82.0,
    ),
    (
        "ru-kamennoborsk-pozhar",
        "Пожар в гаражном кооперативе на окраине Каменноборска",
        "В ночь на субботу в гаражном кооперативе «Восток» сгорели шесть гаражей; огонь, по "
        "данным МЧС, начался в одном из боксов.",
        122.0,
    ),
    (
        "ru-kamennoborsk-pozhar",
        "Шесть гаражей сгорели в «Востоке»",
        "Пожар тушили три часа, никто не пострадал.",
        122.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a shop's opening and a break-in at the same shop days later": (
        "en-wexley-shop/breakin",
        "de-hollberg-laden/einbruch",
        "pt-vilaserrada-loja/assalto",
    ),
    "a school's good inspection report and an evacuation of the same school the next day": (
        "en-cranmoor-school/evacuation",
        "fr-saintombre-college/evacuation",
        "nl-marwoude-school/ontruiming",
    ),
    "a street closed for resurfacing and a gas leak on the same street within a day": (
        "en-wexley-roadworks/gasleak",
        "it-borgoreale-lavori/gas",
        "ru-kamennoborsk-remont/gaz",
    ),
    "a town bus route moved and a crash of a bus on the new route days later": (
        "en-cranmoor-bus/crash",
        "de-hollberg-buslinie/unfall",
        "es-almenarrosa-autobus/choque",
    ),
    "a local club's home win and a break-in at its clubhouse or changing room the night after": (
        "en-wexley-football/breakin",
        "nl-marwoude-voetbal/inbraak",
        "ru-kamennoborsk-hokkei/vzlom",
    ),
    "a health centre's walk-in flu jab day and a burst pipe flooding the same centre days later": (
        "en-cranmoor-clinic/flood",
        "fr-saintombre-vaccin/fuite",
        "it-borgoreale-vaccini/tubo",
    ),
    "a council's new parking fees for a car park and a car fire in the same car park": (
        "en-wexley-carpark/fire",
        "es-almenarrosa-parking/incendio",
        "pt-vilaserrada-estacionamento/incendio",
    ),
    "an animal rescued in a town park and a dog attack in the same park days later": (
        "de-hollberg-reh/hund",
        "es-almenarrosa-ciguena/perro",
        "pt-vilaserrada-cao/ataque",
    ),
}
