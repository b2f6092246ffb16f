"""A thirty-eighth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one hyperlocal week as a reader's city
and neighbourhood feeds carry it at daily-digest density: police and fire calls, trams, buses,
road and sewer works, building sites, landlords and rents, schools, parks, shops opening and
closing, council votes, storm damage, missing pets and people, and local sport, in eight
invented towns (Brackenford and Port Elwin, Severogorsk, Lindenau, Valmoreau, Villaseca del
Rio, Castelrocca, Alvarim, Zeveringen). It holds 317 items under 131 labels: 107 stories and 24
hard negatives, spanning 3.5 to 166.0 hours, with 48, 44, 49, 50, 41, 44 and 41 items from
Monday to Sunday. There are 47 labels in English (120 items) and 12 in each other language
(German 30 items, French 29, Italian 29, Russian 28, Spanish 27, Portuguese 27, Dutch 27).
Copies: 57 labels have two, 60 three, 3 four, and 11 stories are told by one outlet. 117
labels have a teaser copy (a short alert, lead under 80 characters) beside a fuller copy.

The texture is that of city feeds: a one-line alert first, a fuller report within the hour,
then a residents' or quote-led piece hours later that names the event only by its street and
one detail ("the Wickham Cross tram fault", "the wall on Rook Street", "le parking des
Acacias"), and next-day follow-ups with a new fact (a cause found, a suspect charged, a missing
person found, a ferry running again, a bridge or water supply restored, surveyors or inspectors
sent). Many different events share a street, district or operator: the Castlegate grill, the
Castlegate food bank, the Castlegate cafe and the Castlegate derby; Line 2's fault and its
crash; the Ashgrove dog, the Ashgrove rent letters and the Ashgrove man charged with a robbery;
Station Road's hit-and-run, student block and pothole bill; the Schillerplatz vote and its burst
main; the Molenkamp cat, dog, rents and bridge detour; San Lazaro's dog, cat and rent letters.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Four are two different events at the same place or
with the same actor on the same day, 4 to 10.5 hours apart: a tram breakdown on a line and a
separate tram collision on the same line hours later (Brackenford Line 2, Lindenau Linie 4,
Zeveringen lijn 6); a snack bar shut by hygiene inspectors and a car driven into the same shop
that night (Sizzle Grill, Chez Momo, Bar Aurora); a landlord's rent-rise letters and a ceiling
collapse in another of its buildings that day (Harlow Homes, Vivalia Rentas, Domostroy-Arenda);
a council vote to redesign a square and a water main bursting under it hours later
(Schillerplatz, place des Tanneurs, Largo do Chafariz). Four are days apart, 63 to 90 hours: a
lost pet found and another pet going missing in the same neighbourhood days later (Ashgrove,
Molenkamp, San Lazaro); a building's topping-out and a worker hurt on the same site days later
(Tanner Street, Severnoe Siyanie, viale dei Tigli); a school's new canteen or hall opened and a
gas smell emptying the same school days later (Goethe-Schule, Erasmuscollege, the Fonteira
school); a park's new skate or play area opened and a storm closing the same park days later
(Hollins Park, parc des Glycines, parque de la Ribera). Twelve hard negatives fall within 48
hours of their story, twelve beyond it.

What "same story" means here: one event (one fire, one breakdown, one collision, one closure by
inspectors, one crash into a shop, one set of rent letters, one ceiling collapse, one council
vote, one burst main, one pet found or lost, one topping-out, one fall from scaffolding, one
opening, one evacuation, one storm closure, one match, one search) in that event's news cycle,
including reaction pieces and next-day follow-ups with a new fact. Not the same story: another
event at the same street, line, shop, square, site, school or park, or by the same landlord,
even on the same day. A label with a suffix after a slash is a hard negative of the story
before the slash (categories in `HARD_NEGATIVES`). No story has more than four copies, and
every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
towns, streets, people, firms, clubs and schools are invented here; real bodies appear only as
backdrop (the Nas carabinieri, the Asl, the PSP, the Junta, a national union, a safety
regulator, parkrun).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the bench, nor the items of other rounds (round 34's docstring and first items were
read for the format only; earlier sets were only compared by script for clashing labels and
texts), and never run through the merging code before its one scoring run,
`python -m bench.stories --round38`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English: Brackenford and Port Elwin ---
    (
        "en-brackenford-tram2-breakdown",
        "Tram breakdown halts Line 2 at rush hour",
        "Line 2 trams stopped between Castlegate and Hollins after a fault.",
        31.2,
    ),
    (
        "en-brackenford-tram2-breakdown",
        "Line 2 commuters walk after tram fails at Wickham Cross",
        "A tram with a power fault stuck at the Wickham Cross stop at 7am stopped Line 2 trams "
        "between Castlegate and Hollins for nearly two hours, and replacement buses ran until "
        "9am.",
        31.9,
    ),
    (
        "en-brackenford-tram2-breakdown",
        "'We just got out and walked': Wickham Cross tram fault leaves hundreds late",
        "Passengers on the stalled Line 2 tram said they waited 40 minutes before staff opened "
        "the doors and let them walk along the track to the next platform.",
        34.5,
    ),
    (
        "en-brackenford-tram2-breakdown/collision",
        "Tram and car collide on Line 2 at Dyer's Bridge",
        "A tram and a car hit each other at the Dyer's Bridge junction this evening.",
        41.7,
    ),
    (
        "en-brackenford-tram2-breakdown/collision",
        "Driver hurt as car turns into Line 2 tram at Dyer's Bridge",
        "A 38-year-old driver was taken to hospital with a leg injury after her car turned "
        "across the tracks into a Line 2 tram at the Dyer's Bridge junction at about 5.40pm.",
        42.3,
    ),
    (
        "en-brackenford-tram2-breakdown/collision",
        "Second Line 2 disruption in a day after Dyer's Bridge crash",
        "Line 2 was closed for the second time on Tuesday after the evening collision at "
        "Dyer's Bridge, hours after the morning fault; the operator said the two were "
        "unrelated.",
        45.0,
    ),
    (
        "en-castlegate-grill-inspectors",
        "Castlegate takeaway shut by food inspectors",
        "Council inspectors closed Sizzle Grill on Castlegate over mouse droppings.",
        60.3,
    ),
    (
        "en-castlegate-grill-inspectors",
        "Sizzle Grill closed with immediate effect after inspectors find mice",
        "Environmental health officers shut the Sizzle Grill takeaway at 41 Castlegate at "
        "lunchtime after finding mouse droppings in the kitchen and raw chicken stored above "
        "salad.",
        61.0,
    ),
    (
        "en-castlegate-grill-inspectors",
        "Owner of shut Castlegate grill says he will reopen within a week",
        "The owner of the Sizzle Grill, Arif Demir, said pest controllers were already at work "
        "and he expected the council to let the takeaway reopen within seven days.",
        66.5,
    ),
    (
        "en-castlegate-grill-inspectors/car-crash",
        "Car ploughs into shop front on Castlegate",
        "A car hit the front of a closed takeaway on Castlegate late on Wednesday.",
        70.5,
    ),
    (
        "en-castlegate-grill-inspectors/car-crash",
        "Car smashes through window of Sizzle Grill hours after inspectors closed it",
        "A small hatchback mounted the pavement and went through the front window of the "
        "Sizzle Grill at about 10.30pm; nobody was inside, and police held the 19-year-old "
        "driver, saying they suspect he had been drinking.",
        71.2,
    ),
    (
        "en-castlegate-grill-inspectors/car-crash",
        "'Not their week': Castlegate traders rally round crashed takeaway",
        "Neighbouring shopkeepers boarded up the broken window at number 41 on Thursday "
        "morning and said the grill's owner had already had a bad enough day.",
        79.0,
    ),
    (
        "en-harlow-homes-rent-letters",
        "Ashgrove tenants told rents will rise 11%",
        "Harlow Homes has written to 320 Ashgrove Estate households about rent rises.",
        81.0,
    ),
    (
        "en-harlow-homes-rent-letters",
        "Harlow Homes to raise Ashgrove Estate rents by 11% from April",
        "Letters from the landlord Harlow Homes reached 320 households on the Ashgrove Estate "
        "on Thursday, telling them their rent will go up by 11% in April, the biggest rise in "
        "a decade.",
        81.6,
    ),
    (
        "en-harlow-homes-rent-letters",
        "Ashgrove residents plan meeting over 11% rent letters",
        "The Ashgrove Tenants' Association said it would hold an open meeting at the community "
        "centre next week and ask councillors to press Harlow Homes to cap the increase.",
        86.0,
    ),
    (
        "en-harlow-homes-rent-letters/ceiling-collapse",
        "Ceiling falls in at Fenwick Court flat",
        "Part of a bedroom ceiling collapsed in a Harlow Homes flat on Fenwick Court.",
        88.5,
    ),
    (
        "en-harlow-homes-rent-letters/ceiling-collapse",
        "Mother and baby escape as ceiling comes down in Fenwick Court flat",
        "A section of plaster ceiling fell onto a cot in a second-floor flat at Fenwick Court, "
        "a Harlow Homes block, minutes after the mother had lifted her baby out; the tenant "
        "says she reported a leak in June.",
        89.3,
    ),
    (
        "en-harlow-homes-rent-letters/ceiling-collapse",
        "Harlow Homes sends surveyors to Fenwick Court after collapse",
        "The landlord said surveyors would inspect every flat in the block later on Friday and "
        "that the family had been moved to a hotel.",
        104.0,
    ),
    (
        "en-ashgrove-dog-found",
        "Missing spaniel Biscuit found after nine days",
        "Biscuit the spaniel, missing from the Ashgrove Estate since the Saturday before last, "
        "has been found safe.",
        14.0,
    ),
    (
        "en-ashgrove-dog-found",
        "Biscuit home: lost spaniel found in railway cutting",
        "Walkers heard barking in the cutting behind Ashgrove and rang the owner.",
        15.2,
    ),
    (
        "en-ashgrove-dog-found",
        "Family thanks hundreds who searched for Biscuit",
        "Jade Corrie said more than 200 neighbours had joined searches and shared posters for "
        "her spaniel Biscuit, who was found thin but unhurt by two walkers on Monday "
        "afternoon.",
        20.5,
    ),
    (
        "en-ashgrove-dog-found/cat-missing",
        "Another Ashgrove pet missing: ginger cat Pumpkin",
        "Ashgrove residents are searching for a ginger cat that vanished on Wednesday.",
        91.0,
    ),
    (
        "en-ashgrove-dog-found/cat-missing",
        "Ashgrove owners appeal for help after cat Pumpkin goes missing",
        "Pumpkin, a six-year-old ginger tom with a blue collar, has not been seen since he "
        "left a house on Larch Walk on Wednesday night; his owners have offered a £200 reward.",
        92.0,
    ),
    (
        "en-tanner-street-flats-topping-out",
        "Tanner Street flats reach full height",
        "The 14-storey block on Tanner Street was topped out on Monday.",
        11.0,
    ),
    (
        "en-tanner-street-flats-topping-out",
        "Topping-out for 160-home Tanner Street block, ahead of schedule",
        "Builders Crane & Marsh marked the highest point of the 14-storey Tanner Street block "
        "with a ceremony on Monday; the first of its 160 flats should be let next autumn.",
        12.5,
    ),
    (
        "en-tanner-street-flats-topping-out/worker-hurt",
        "Worker injured on Tanner Street building site",
        "An ambulance was called to the Tanner Street site on Thursday morning.",
        82.0,
    ),
    (
        "en-tanner-street-flats-topping-out/worker-hurt",
        "Scaffolder hurt in fall at Tanner Street flats site",
        "A 27-year-old scaffolder fell about four metres onto a lower platform at the Crane & "
        "Marsh site on Tanner Street and was taken to hospital with back injuries; the safety "
        "regulator has been told.",
        82.9,
    ),
    (
        "en-tanner-street-flats-topping-out/worker-hurt",
        "Tanner Street site work paused after scaffolder's fall",
        "Crane & Marsh halted work on the block for the rest of the day and said the injured "
        "man was stable.",
        87.0,
    ),
    (
        "en-hollins-park-skate-ramp",
        "Hollins Park skate ramp opens",
        "Skaters queued for the new £90,000 ramp in Hollins Park.",
        40.0,
    ),
    (
        "en-hollins-park-skate-ramp",
        "Teenagers who campaigned for it open Hollins Park skate ramp",
        "The concrete bowl and ramps in Hollins Park, paid for by the council and a lottery "
        "grant after a three-year campaign by local teenagers, opened on Tuesday afternoon.",
        40.8,
    ),
    (
        "en-hollins-park-skate-ramp/storm-closure",
        "Hollins Park shut after gale brings down trees",
        "Gates to Hollins Park were locked on Friday after trees fell.",
        111.0,
    ),
    (
        "en-hollins-park-skate-ramp/storm-closure",
        "Three trees down as Friday's gale closes Hollins Park",
        "Council staff closed Hollins Park after winds of 60mph brought down three beeches "
        "near the bandstand; one crushed a bench and the park will stay shut over the weekend.",
        111.8,
    ),
    (
        "en-hollins-park-skate-ramp/storm-closure",
        "Hollins Park to reopen Monday after tree clear-up",
        "Tree surgeons worked through Saturday to clear the fallen beeches and the council "
        "said the park would open again on Monday.",
        130.0,
    ),
    (
        "en-quarry-lane-house-fire",
        "House fire on Quarry Lane",
        "Fire crews are at a house fire on Quarry Lane.",
        3.5,
    ),
    (
        "en-quarry-lane-house-fire",
        "Family of five escape Quarry Lane house fire",
        "Four fire engines were sent to a terraced house on Quarry Lane at 3.20am; a couple "
        "and their three children got out before flames spread through the ground floor.",
        4.4,
    ),
    (
        "en-quarry-lane-house-fire",
        "Quarry Lane neighbours collect clothes for family after fire",
        "Residents set up a collection at the corner shop for the family whose home burned on "
        "Monday morning, raising £3,000 by the evening.",
        16.0,
    ),
    (
        "en-quarry-lane-house-fire",
        "Phone charger blamed for Quarry Lane fire",
        "Fire investigators said a phone charger left on a sofa most likely started the blaze "
        "that gutted the house on Quarry Lane.",
        27.0,
    ),
    (
        "en-millbank-road-sewer-works",
        "Millbank Road closed for three weeks",
        "Sewer works close Millbank Road between the bridge and Dene Street.",
        8.0,
    ),
    (
        "en-millbank-road-sewer-works",
        "Three-week closure of Millbank Road begins for sewer repairs",
        "Drivers face a diversion of about two miles after Millbank Road closed from the "
        "bridge to Dene Street on Monday while the water company replaces a collapsed sewer.",
        8.6,
    ),
    (
        "en-millbank-road-sewer-works",
        "Millbank Road shops say closure is costing them trade",
        "Traders on the closed stretch of Millbank Road said takings had halved on day one of "
        "the sewer works and asked for the council's help with parking.",
        19.0,
    ),
    (
        "en-night-bus-14-cut",
        "Night bus N14 to be withdrawn",
        "Brackenford's only all-night bus route, the N14, will stop running in March, the "
        "operator Corbel Buses said, blaming falling passenger numbers after midnight.",
        100.0,
    ),
    (
        "en-night-bus-14-cut",
        "Shift workers angry at loss of N14 night bus",
        "Hospital cleaners and bakery staff said they had no other way home.",
        103.5,
    ),
    (
        "en-st-aldric-school-merger",
        "St Aldric's and Kingsmead primaries to merge",
        "The two schools will become one from September.",
        57.0,
    ),
    (
        "en-st-aldric-school-merger",
        "Falling rolls force merger of St Aldric's and Kingsmead primary schools",
        "Governors of St Aldric's and Kingsmead primaries agreed to merge the schools on the "
        "Kingsmead site from September, after pupil numbers fell by a third in five years.",
        57.8,
    ),
    (
        "en-st-aldric-school-merger",
        "Parents worry about walk to Kingsmead after school merger",
        "St Aldric's parents said the new route would mean crossing the Fenwick Road dual "
        "carriageway.",
        63.0,
    ),
    (
        "en-dene-street-shop-robbery",
        "Knife robbery at Dene Street shop",
        "A man with a knife robbed a Dene Street convenience store.",
        21.0,
    ),
    (
        "en-dene-street-shop-robbery",
        "Shopkeeper threatened with knife in Dene Street robbery",
        "A man in a grey hoodie threatened the owner of Dene Street Stores with a knife at "
        "about 8.45pm on Monday and left with cash and cigarettes; nobody was hurt.",
        21.6,
    ),
    (
        "en-dene-street-shop-robbery",
        "Man, 24, charged over Dene Street shop robbery",
        "Police said a man of 24 who lives on the Ashgrove Estate has been charged with "
        "robbery and will appear before magistrates on Thursday.",
        44.0,
    ),
    (
        "en-hollins-missing-teen",
        "Police appeal for missing 15-year-old Elsa Marr",
        "Elsa Marr was last seen leaving school in Hollins on Thursday.",
        104.5,
    ),
    (
        "en-hollins-missing-teen",
        "Missing Hollins girl Elsa Marr found safe",
        "Police said 15-year-old Elsa Marr, who had not been home since Thursday afternoon, "
        "was found safe and well at a friend's house in Port Elwin on Friday evening.",
        115.0,
    ),
    (
        "en-hollins-missing-teen",
        "Thank you for sharing, says family of found teenager",
        "Elsa Marr's family thanked everyone who passed on the police appeal after she was "
        "found safe at a friend's home on Friday.",
        117.5,
    ),
    (
        "en-rovers-castlegate-derby",
        "Rovers win Castlegate derby",
        "Brackenford Rovers beat Castlegate Town 3-1 in the derby at Mill Meadow.",
        137.0,
    ),
    (
        "en-rovers-castlegate-derby",
        "Late double gives Rovers derby win over Castlegate Town",
        "Two goals in the last ten minutes from substitute Kai Oduya gave Brackenford Rovers a "
        "3-1 win over Castlegate Town in front of 1,900 at Mill Meadow on Saturday.",
        137.6,
    ),
    (
        "en-rovers-castlegate-derby",
        "Oduya: 'best day of my football life' after derby double",
        "The 19-year-old apprentice electrician, who came off the bench against Castlegate "
        "Town, said he had dreamed of scoring at Mill Meadow since he was six.",
        142.0,
    ),
    (
        "en-branch-libraries-mondays",
        "Branch libraries to close on Mondays",
        "Five branch libraries will close every Monday from next month under council savings "
        "plans.",
        63.5,
    ),
    (
        "en-branch-libraries-mondays",
        "Library users sign petition over Monday closures",
        "A petition against Monday closures has 2,400 names.",
        88.0,
    ),
    (
        "en-pothole-claims-figures",
        "Council paid £84,000 to drivers over potholes last year",
        "Figures released to a local councillor show Brackenford council settled 412 pothole "
        "claims in the last year, most of them on Fenwick Road and Station Road.",
        150.0,
    ),
    (
        "en-pothole-claims-figures",
        "Fenwick Road tops list of city's costliest potholes",
        "Fenwick Road alone cost the council £19,000 in pothole claims.",
        152.0,
    ),
    (
        "en-kettle-crumb-cafe-opens",
        "New café opens in old Castlegate bank",
        "Kettle & Crumb has opened in the former Midshire Bank building.",
        129.0,
    ),
    (
        "en-kettle-crumb-cafe-opens",
        "Former bank on Castlegate reborn as Kettle & Crumb café",
        "Sisters Nia and Rosa Tellam opened their café in the Victorian banking hall on "
        "Saturday, keeping the old vault door as the entrance to the children's corner.",
        129.5,
    ),
    (
        "en-pells-butchers-closes",
        "Pell's butchers to shut after 62 years",
        "Holloway Rise butcher Pell's will shut its doors when the month ends.",
        107.0,
    ),
    (
        "en-pells-butchers-closes",
        "End of an era as Pell's of Holloway Rise closes after 62 years",
        "Derek Pell, 71, whose father opened the shop in 1964, said rising energy bills and "
        "the lack of anyone to take over meant the butcher's would close on 31 January.",
        107.6,
    ),
    (
        "en-pells-butchers-closes",
        "Customers queue for last orders at Pell's butchers",
        "Regulars on Holloway Rise said they would miss the sausages and the chat.",
        112.0,
    ),
    (
        "en-depot-student-flats",
        "Plans approved for 400 student rooms at old bus depot",
        "Councillors approved a seven-storey block of 400 student rooms on the former Corbel "
        "bus depot off Station Road, despite objections from residents about parking.",
        92.0,
    ),
    (
        "en-depot-student-flats",
        "Station Road residents lose fight over student block",
        "The planning committee voted 7-4 for the depot scheme.",
        93.0,
    ),
    (
        "en-hollins-underpass-flood",
        "Car stuck in flooded Hollins underpass",
        "A driver was rescued from a car in floodwater under the railway at Hollins.",
        103.0,
    ),
    (
        "en-hollins-underpass-flood",
        "Firefighters pull driver from flooded Hollins underpass",
        "Crews waded into waist-deep water to reach a 62-year-old man whose car stalled in the "
        "flooded underpass on Hollins Road during heavy rain before dawn on Friday.",
        103.7,
    ),
    (
        "en-hollins-underpass-flood",
        "Hollins underpass floods 'every time it rains', say residents",
        "People living near the railway underpass said drains had been blocked for months and "
        "warned that sooner or later someone would be hurt there.",
        110.0,
    ),
    (
        "en-rook-street-wall-collapse",
        "Garden wall falls onto cars on Rook Street",
        "A rain-soaked garden wall collapsed onto two parked cars on Rook Street on Friday "
        "night, and police closed the road until it was made safe.",
        117.0,
    ),
    (
        "en-rook-street-wall-collapse",
        "Rook Street wall collapse: owner says it was checked last year",
        "The homeowner whose wall crushed two cars said a builder had told him it was sound.",
        132.0,
    ),
    (
        "en-fenwick-roundabout-cyclist",
        "Cyclist hurt at Fenwick roundabout",
        "A cyclist was hurt in a collision with a lorry at the Fenwick roundabout.",
        56.0,
    ),
    (
        "en-fenwick-roundabout-cyclist",
        "Cyclist in hospital after lorry collision at Fenwick roundabout",
        "A 45-year-old man was taken to hospital with serious injuries after his bicycle and a "
        "lorry collided on the Fenwick roundabout at 7.50am; police closed two exits for three "
        "hours.",
        56.7,
    ),
    (
        "en-council-tax-vote",
        "Council tax to rise 4.9% in Brackenford",
        "Councillors voted through the maximum rise without a referendum.",
        93.5,
    ),
    (
        "en-council-tax-vote",
        "Brackenford approves 4.9% council tax rise after three-hour debate",
        "The council's budget, passed by 31 votes to 22 on Thursday night, raises a Band D "
        "bill by £98 a year and keeps the weekly bin collection.",
        94.0,
    ),
    (
        "en-council-tax-vote",
        "What the council tax rise means for your bill",
        "A Band D home in Brackenford will pay £98 more next year after Thursday's vote.",
        100.0,
    ),
    (
        "en-cobb-lane-allotment-arson",
        "Sheds burned at Cobb Lane allotments",
        "Six sheds were destroyed by fire at the Cobb Lane allotments overnight.",
        146.0,
    ),
    (
        "en-cobb-lane-allotment-arson",
        "Allotment holders lose tools and seeds in Cobb Lane arson",
        "Police are treating as arson a fire that destroyed six sheds at the Cobb Lane "
        "allotments early on Sunday; gardeners said they had lost decades of tools and saved "
        "seed.",
        147.0,
    ),
    (
        "en-orchard-row-van-theft",
        "Electrician's van stolen with £8,000 of tools",
        "Carl Breen says he cannot work after his van was taken from outside his home on "
        "Orchard Row overnight on Tuesday, with every tool he owns inside.",
        50.0,
    ),
    (
        "en-kingsmead-crossing-patrol",
        "Lollipop lady Maureen hangs up her sign after 35 years",
        "Maureen Tilly, who has seen three generations across the road outside Kingsmead "
        "Primary, retired on Friday to a guard of honour of pupils and parents.",
        112.5,
    ),
    (
        "en-mill-meadow-parkrun",
        "Record 640 runners at Mill Meadow parkrun",
        "The Saturday morning 5km in Mill Meadow park had its biggest turnout since it began, "
        "helped by a club relay challenge and dry weather after Friday's storm.",
        131.0,
    ),
    (
        "en-elwin-skerry-ferry",
        "Skerry Island ferry cancelled",
        "All Friday sailings between Port Elwin and Skerry are off due to the gale.",
        102.0,
    ),
    (
        "en-elwin-skerry-ferry",
        "Gale cancels all Port Elwin to Skerry Island ferries",
        "The operator Skerry Link cancelled every sailing on Friday as gusts reached 70mph at "
        "the harbour mouth, leaving about 200 islanders and visitors waiting to cross.",
        102.5,
    ),
    (
        "en-elwin-skerry-ferry",
        "Skerry ferries resume after day-long gale stoppage",
        "The first boat since Thursday night left Port Elwin at 7am on Saturday with a full "
        "car deck.",
        127.0,
    ),
    (
        "en-elwin-lifeboat-kayakers",
        "Lifeboat rescues two kayakers off Port Elwin",
        "Two kayakers were rescued near the Elwin breakwater on Sunday.",
        158.0,
    ),
    (
        "en-elwin-lifeboat-kayakers",
        "Kayakers pulled from sea after capsizing off Elwin breakwater",
        "The Port Elwin inshore lifeboat reached two men who had been in the water for about "
        "20 minutes after their kayaks overturned in a swell near the breakwater on Sunday "
        "afternoon.",
        158.6,
    ),
    (
        "en-elwin-lifeboat-kayakers",
        "Lifeboat crew urge kayakers to carry a radio",
        "The helm of Sunday's rescue said the two men were lucky a dog walker saw them.",
        163.0,
    ),
    (
        "en-elwin-high-walkout",
        "Elwin High teachers walk out",
        "Teachers at Elwin High School are on strike today over staffing.",
        9.0,
    ),
    (
        "en-elwin-high-walkout",
        "Elwin High closes to most pupils as teachers strike over cuts",
        "Only pupils in exam years were taught at Elwin High on Monday as union members walked "
        "out over plans to cut eleven teaching posts, the first of three strike days.",
        9.5,
    ),
    (
        "en-elwin-high-walkout",
        "Elwin High head: 'We had no choice about the posts'",
        "Headteacher Sonia Greer said the school's budget could not carry the posts.",
        15.0,
    ),
    (
        "en-elwin-missing-pensioner",
        "Search for missing Port Elwin man, 81",
        "Police and coastguard are searching for 81-year-old Harold Vesey.",
        66.0,
    ),
    (
        "en-elwin-missing-pensioner",
        "Coastguard joins search for Port Elwin pensioner Harold Vesey",
        "Harold Vesey, who has dementia, left his home on Marine Terrace at about 2pm on "
        "Wednesday; coastguard teams searched the seafront and the harbour into the night.",
        67.0,
    ),
    (
        "en-elwin-missing-pensioner",
        "Harold Vesey found safe in allotment shed",
        "The 81-year-old was found cold but unhurt by an allotment holder on Thursday morning.",
        80.5,
    ),
    (
        "en-carver-street-landlord-ban",
        "Carver Street landlord banned from letting homes",
        "A tribunal banned landlord Graham Lusk for five years over damp and unsafe wiring in "
        "six Carver Street houses.",
        37.0,
    ),
    (
        "en-carver-street-landlord-ban",
        "Tenants welcome ban on Carver Street landlord",
        "Tenants of the six houses said they had reported mould for years.",
        40.5,
    ),
    (
        "en-carver-street-landlord-ban",
        "Banned landlord Lusk to sell Carver Street houses",
        "Graham Lusk's lawyer said the houses would be sold and tenants would not be evicted "
        "before a sale.",
        58.0,
    ),
    (
        "en-brackenford-bin-strike",
        "Bin strike begins",
        "Refuse crews in Brackenford walked out this morning.",
        7.0,
    ),
    (
        "en-brackenford-bin-strike",
        "Brackenford bin collections halted as crews start two-week strike",
        "About 120 refuse workers began a two-week walkout over a new shift pattern on Monday, "
        "and the council told households to keep bins out until crews return.",
        7.5,
    ),
    (
        "en-brackenford-bin-strike",
        "Overflowing bins on Holloway Rise as strike enters second day",
        "Residents on Holloway Rise said foxes had torn open bags left beside full bins.",
        31.5,
    ),
    (
        "en-brackenford-bin-strike",
        "Council and union to meet on Thursday over bin strike",
        "The council said it had agreed to talks with the union on Thursday, the first since "
        "refuse crews walked out on Monday over the shift changes.",
        38.0,
    ),
    (
        "en-orchard-row-gas-leak",
        "Homes evacuated over Orchard Row gas leak",
        "Thirty homes on Orchard Row were cleared after a gas main was damaged.",
        139.0,
    ),
    (
        "en-orchard-row-gas-leak",
        "Digger strikes gas main, 30 Orchard Row homes evacuated",
        "Residents spent three hours in a church hall on Saturday evening after a contractor's "
        "digger hit a gas main on Orchard Row; engineers made the pipe safe by 10pm.",
        139.6,
    ),
    (
        "en-orchard-row-gas-leak",
        "Orchard Row residents back home after gas scare",
        "Families returned after engineers sealed the damaged main.",
        143.0,
    ),
    (
        "en-market-hall-reopens",
        "Market hall reopens after £3m refit",
        "Brackenford's Victorian market hall reopened with 38 stalls on Friday after an "
        "18-month refit that replaced its leaking glass roof and added a food court.",
        104.0,
    ),
    (
        "en-market-hall-reopens",
        "Traders back under new roof in market hall",
        "Fishmonger Alan Roe said he was glad to be back after a year and a half.",
        108.0,
    ),
    (
        "en-market-hall-reopens",
        "Market hall draws 6,000 on reopening day",
        "The council said about 6,000 people visited on the first day.",
        125.0,
    ),
    (
        "en-plough-inn-community-buy",
        "Residents buy the Plough Inn",
        "Holloway Rise residents have bought their local, the Plough Inn.",
        156.0,
    ),
    (
        "en-plough-inn-community-buy",
        "Holloway Rise's Plough Inn saved as 700 residents buy shares",
        "A community share offer raised £410,000 to buy the Plough Inn, which closed last "
        "spring, and volunteers hope to reopen its doors by Easter with a shop in the back "
        "room.",
        156.5,
    ),
    (
        "en-station-road-hit-and-run",
        "Pedestrian hurt in Station Road hit-and-run",
        "A woman was hit by a car that drove off on Station Road overnight.",
        121.0,
    ),
    (
        "en-station-road-hit-and-run",
        "Woman seriously hurt in Station Road hit-and-run",
        "A 33-year-old woman was struck by a dark car that did not stop on Station Road at "
        "12.50am on Saturday; she is in hospital with head injuries and police want dashcam "
        "footage.",
        121.8,
    ),
    (
        "en-station-road-hit-and-run",
        "Station Road hit-and-run: driver arrested",
        "Police arrested a 29-year-old man after the car was found burned out in a lay-by.",
        140.0,
    ),
    (
        "en-station-road-hit-and-run",
        "Station Road crash victim's sister: 'He left her in the road'",
        "The sister of the woman hit on Station Road said she was awake and talking.",
        150.0,
    ),
    (
        "en-brackenford-gritters",
        "Gritters out tonight as frost forecast for Brackenford",
        "The council will treat main routes and bus lanes from 8pm on Sunday, with "
        "temperatures expected to fall to minus three before dawn.",
        164.0,
    ),
    (
        "en-rovers-women-cup-semi",
        "Rovers Women into county cup final",
        "Brackenford Rovers Women beat Elwin Ladies 2-0 in the semi-final.",
        160.0,
    ),
    (
        "en-rovers-women-cup-semi",
        "Rovers Women reach county cup final with 2-0 win at Elwin",
        "Goals from captain Tess Harker and Priya Moss sent Brackenford Rovers Women into "
        "their first county cup final, against Hexley, at the end of the month.",
        160.5,
    ),
    (
        "en-larch-walk-postman-bitten",
        "Postman bitten, deliveries stopped on Larch Walk",
        "Post deliveries to part of Larch Walk are paused after a dog attack.",
        35.0,
    ),
    (
        "en-larch-walk-postman-bitten",
        "Larch Walk residents collect post from depot after dog bites postman",
        "A postman needed stitches to his arm after a dog ran out of an open gate on Larch "
        "Walk on Tuesday morning; residents must collect their post from the Station Road "
        "depot.",
        35.8,
    ),
    (
        "en-castlegate-food-bank",
        "Food bank reports busiest month",
        "The Castlegate food bank gave out 1,900 parcels over the last month.",
        155.0,
    ),
    (
        "en-castlegate-food-bank",
        "Castlegate food bank's record month as rents and bills bite",
        "The food bank at St Luke's church gave out 1,900 food parcels in November, a fifth "
        "more than a year ago, and volunteers said more of those coming were working families.",
        155.5,
    ),
    (
        "en-hollins-memorial-graffiti",
        "War memorial daubed with paint in Hollins",
        "Red paint was sprayed on the Hollins war memorial overnight.",
        153.0,
    ),
    (
        "en-hollins-memorial-graffiti",
        "Volunteers scrub Hollins war memorial after graffiti attack",
        "A group of veterans and scouts spent Sunday cleaning red paint off the names on the "
        "Hollins memorial; police are checking cameras on the nearby shops.",
        154.0,
    ),
    # --- Russian: Severogorsk ---
    (
        "ru-severogorsk-arenda-pisma",
        "Жильцам доходных домов Северогорска поднимут плату на 12%",
        "Компания «Домострой-Аренда» разослала письма арендаторам квартир.",
        58.0,
    ),
    (
        "ru-severogorsk-arenda-pisma",
        "«Домострой-Аренда» повышает плату за съёмные квартиры на 12% с марта",
        "В среду жильцы четырёх доходных домов компании на Лесной улице получили письма о том, "
        "что с первого марта аренда вырастет на 12%, а несогласным предложено съехать до конца "
        "февраля.",
        58.6,
    ),
    (
        "ru-severogorsk-arenda-pisma",
        "Арендаторы с Лесной улицы собирают подписи против повышения",
        "Жильцы хотят обратиться к депутатам городской думы.",
        62.5,
    ),
    (
        "ru-severogorsk-arenda-pisma/potolok",
        "В доме на Заречной обрушился потолок",
        "В съёмной квартире на Заречной улице упала часть потолка.",
        65.0,
    ),
    (
        "ru-severogorsk-arenda-pisma/potolok",
        "На Заречной улице в квартире «Домострой-Аренды» рухнул потолок над кухней",
        "Вечером в среду в доме номер 14 на Заречной улице, принадлежащем той же компании, "
        "обрушилась штукатурка с потолка кухни; жильцы, семья с двумя детьми, в это время были "
        "в комнате и не пострадали.",
        65.7,
    ),
    (
        "ru-severogorsk-arenda-pisma/potolok",
        "Жилинспекция проверит дом на Заречной после обрушения",
        "Семья говорит, что о протечке с чердака сообщала ещё летом.",
        76.0,
    ),
    (
        "ru-severogorsk-zhk-siyanie",
        "Жилой комплекс на проспекте Строителей достиг 17 этажа",
        "На стройке отметили завершение каркаса.",
        13.0,
    ),
    (
        "ru-severogorsk-zhk-siyanie",
        "Строители «Северного сияния» залили последний этаж каркаса",
        "Застройщик жилого комплекса «Северное сияние» на проспекте Строителей в понедельник "
        "объявил о завершении монолитных работ на 17 этаже; сдать дом на 220 квартир обещают "
        "следующей осенью.",
        13.6,
    ),
    (
        "ru-severogorsk-zhk-siyanie/rabochiy",
        "На стройке на проспекте Строителей пострадал рабочий",
        "Рабочего увезли в больницу со стройки «Северного сияния».",
        87.0,
    ),
    (
        "ru-severogorsk-zhk-siyanie/rabochiy",
        "Монтажник упал с лесов на стройке «Северного сияния»",
        "В четверг днём 31-летний монтажник сорвался с лесов на уровне четвёртого этажа и "
        "получил переломы; по факту травмы на производстве следователи начали проверку.",
        87.6,
    ),
    (
        "ru-severogorsk-zhk-siyanie/rabochiy",
        "Прокуратура проверит технику безопасности на стройке на проспекте Строителей",
        "Работы на высоте приостановлены до окончания проверки.",
        100.0,
    ),
    (
        "ru-severogorsk-tramvai-soshel",
        "Трамвай сошёл с рельсов на улице Мира",
        "Утром на улице Мира с рельсов сошёл трамвай седьмого маршрута.",
        104.0,
    ),
    (
        "ru-severogorsk-tramvai-soshel",
        "Трамвай № 7 сошёл с рельсов на повороте у рынка, пассажиры не пострадали",
        "В пятницу около восьми утра задняя тележка вагона седьмого маршрута соскочила с "
        "рельсов на повороте у Центрального рынка; движение по улице Мира было закрыто почти "
        "на три часа.",
        104.6,
    ),
    (
        "ru-severogorsk-tramvai-soshel",
        "Причиной схода трамвая назвали лопнувший рельс",
        "Ремонт пути на повороте у рынка закончат к понедельнику.",
        112.0,
    ),
    (
        "ru-severogorsk-pozhar-garazhi",
        "Ночью в Северогорске горели гаражи",
        "В гаражном кооперативе у реки сгорели шесть боксов.",
        143.0,
    ),
    (
        "ru-severogorsk-pozhar-garazhi",
        "Пожар в гаражном кооперативе «Прибрежный» уничтожил шесть боксов и две машины",
        "Огонь обнаружили около одиннадцати вечера в субботу, пожарные тушили его два часа; "
        "предварительная причина возгорания — неисправный обогреватель в одном из гаражей.",
        143.7,
    ),
    (
        "ru-severogorsk-babushka-naidena",
        "В Северогорске ищут пропавшую пенсионерку",
        "Волонтёры ищут 84-летнюю Анну Соколову.",
        33.0,
    ),
    (
        "ru-severogorsk-babushka-naidena",
        "Пропавшую 84-летнюю Анну Соколову нашли живой",
        "Пенсионерку, которая во вторник утром ушла из дома на Садовой улице и не вернулась, "
        "волонтёры нашли вечером того же дня на скамейке на вокзале, замёрзшей, но невредимой.",
        42.0,
    ),
    (
        "ru-severogorsk-babushka-naidena",
        "Родные Анны Соколовой поблагодарили волонтёров",
        "В поисках участвовали больше семидесяти человек.",
        46.0,
    ),
    (
        "ru-severogorsk-shkola-remont",
        "Школу № 5 закроют на капитальный ремонт",
        "Учеников с весны переведут в другие школы.",
        10.0,
    ),
    (
        "ru-severogorsk-shkola-remont",
        "Школа № 5 на Садовой улице уйдёт на ремонт на полтора года",
        "Городская администрация объявила в понедельник, что с апреля здание школы постройки "
        "1961 года закроют на капитальный ремонт, а 700 учеников будут учиться во вторую смену "
        "в двух соседних школах.",
        10.6,
    ),
    (
        "ru-severogorsk-sosulki",
        "Сосулька пробила крышу машины на Почтовой",
        "С крыши дома на Почтовой улице упала глыба льда.",
        84.0,
    ),
    (
        "ru-severogorsk-sosulki",
        "Глыба льда с крыши пятиэтажки разбила автомобиль на Почтовой улице",
        "Владелец машины, припаркованной у дома номер 9, собирается требовать возмещения с "
        "управляющей компании, которая, по словам жильцов, не чистила крышу с начала оттепели.",
        84.6,
    ),
    (
        "ru-severogorsk-hokkei",
        "Хоккей: «Северянин» обыграл «Металлург» в дерби",
        "Команда Северогорска победила 4:2.",
        162.0,
    ),
    (
        "ru-severogorsk-hokkei",
        "Дубль Кирилла Лаврова принёс «Северянину» победу в городском дерби",
        "В воскресенье на переполненном стадионе «Северянин» обыграл «Металлург» со счётом 4:2 "
        "и поднялся на второе место в областной лиге.",
        162.6,
    ),
    (
        "ru-severogorsk-kofeinya",
        "На Садовой открылась кофейня в бывшей аптеке",
        "Новая кофейня сохранила старинные аптечные шкафы.",
        131.0,
    ),
    (
        "ru-severogorsk-kofeinya",
        "Кофейня «Провизор» открылась в здании аптеки, работавшей с 1912 года",
        "Владельцы, молодая пара из Северогорска, сохранили дубовые шкафы и весы и подают кофе "
        "в аптечных склянках; в субботу у дверей стояла очередь.",
        131.6,
    ),
    (
        "ru-severogorsk-yamy",
        "Мэрия обещает залатать ямы на проспекте Строителей до холодов",
        "В среду городские власти заявили, что ремонт самого разбитого участка проспекта "
        "начнётся на следующей неделе, после сотен жалоб водителей и жителей.",
        56.0,
    ),
    # --- German: Lindenau ---
    (
        "de-lindenau-linie4-stoerung",
        "Straßenbahnlinie 4 steht nach Defekt",
        "Auf der Linie 4 fahren zwischen Hauptbahnhof und Ostviertel keine Bahnen.",
        6.7,
    ),
    (
        "de-lindenau-linie4-stoerung",
        "Defekte Bahn legt Linie 4 im Berufsverkehr lahm",
        "Eine Straßenbahn ist am Montag um 6.30 Uhr an der Haltestelle Gerberstraße mit einem "
        "Schaden an der Stromabnahme liegen geblieben; bis 8.45 Uhr fuhren zwischen "
        "Hauptbahnhof und Ostviertel nur Ersatzbusse.",
        7.2,
    ),
    (
        "de-lindenau-linie4-stoerung",
        "Pendler der Linie 4 kamen am Montag zu spät zur Arbeit",
        "Fahrgäste berichten von überfüllten Ersatzbussen und fehlenden Durchsagen an der "
        "Gerberstraße.",
        11.0,
    ),
    (
        "de-lindenau-linie4-stoerung/unfall",
        "Straßenbahn der Linie 4 stößt mit Lieferwagen zusammen",
        "Am Nachmittag ist an der Kreuzung Ostring eine Bahn mit einem Transporter kollidiert.",
        15.0,
    ),
    (
        "de-lindenau-linie4-stoerung/unfall",
        "Zwei Verletzte bei Zusammenstoß am Ostring",
        "Ein Lieferwagen ist am Montag gegen 14.50 Uhr beim Abbiegen am Ostring in eine "
        "Straßenbahn der Linie 4 gefahren; der Fahrer und eine Fahrgästin kamen leicht "
        "verletzt ins Krankenhaus.",
        15.6,
    ),
    (
        "de-lindenau-linie4-stoerung/unfall",
        "Linie 4 am Montag zum zweiten Mal unterbrochen",
        "Nach dem Unfall am Ostring war die Strecke bis zum Abend gesperrt, die "
        "Verkehrsbetriebe sehen keinen Zusammenhang mit der Panne vom Morgen.",
        17.5,
    ),
    (
        "de-lindenau-schillerplatz-beschluss",
        "Stadtrat: Schillerplatz wird autofrei",
        "Der Stadtrat hat den Umbau des Schillerplatzes beschlossen.",
        66.0,
    ),
    (
        "de-lindenau-schillerplatz-beschluss",
        "Schillerplatz soll bis 2028 Fußgängerzone werden",
        "Mit 29 zu 17 Stimmen hat der Stadtrat von Lindenau am Mittwochabend beschlossen, die "
        "80 Parkplätze auf dem Schillerplatz abzuschaffen und den Platz für 4,2 Millionen Euro "
        "zu begrünen.",
        66.6,
    ),
    (
        "de-lindenau-schillerplatz-beschluss",
        "Händler am Schillerplatz fürchten um ihre Kundschaft",
        "Die Geschäftsleute rund um den Platz kündigen nach dem Beschluss eine "
        "Unterschriftensammlung an.",
        70.0,
    ),
    (
        "de-lindenau-schillerplatz-beschluss/rohrbruch",
        "Wasserrohrbruch unter dem Schillerplatz",
        "In der Nacht ist unter dem Schillerplatz eine Hauptleitung geplatzt.",
        71.5,
    ),
    (
        "de-lindenau-schillerplatz-beschluss/rohrbruch",
        "Rohrbruch setzt Schillerplatz unter Wasser, Häuser ohne Wasser",
        "Eine 60 Jahre alte Hauptleitung ist am späten Mittwochabend unter dem Schillerplatz "
        "gebrochen; das Wasser hob Pflastersteine an, und rund 300 Haushalte in der Altstadt "
        "waren bis zum Morgen ohne Wasser.",
        72.1,
    ),
    (
        "de-lindenau-schillerplatz-beschluss/rohrbruch",
        "Stadtwerke reparieren Leitung am Schillerplatz bis Freitag",
        "Die Baugrube auf dem Platz bleibt bis Freitag offen, teilten die Stadtwerke mit.",
        80.0,
    ),
    (
        "de-lindenau-mensa-eroeffnet",
        "Neue Mensa für die Goethe-Schule",
        "Die Goethe-Gesamtschule im Ostviertel hat eine eigene Mensa bekommen.",
        35.0,
    ),
    (
        "de-lindenau-mensa-eroeffnet",
        "Goethe-Schule eröffnet Mensa für 600 Schüler",
        "Nach zwei Jahren Bauzeit hat die Goethe-Gesamtschule am Dienstag ihre neue Mensa "
        "eröffnet, in der täglich bis zu 600 warme Essen aus der eigenen Küche ausgegeben "
        "werden sollen.",
        35.6,
    ),
    (
        "de-lindenau-mensa-eroeffnet/gasgeruch",
        "Goethe-Schule wegen Gasgeruch geräumt",
        "Die Feuerwehr hat am Freitagmorgen die Goethe-Gesamtschule evakuiert.",
        105.0,
    ),
    (
        "de-lindenau-mensa-eroeffnet/gasgeruch",
        "Gasgeruch: 900 Schüler der Goethe-Schule stehen auf dem Hof",
        "Weil es im Keller des Altbaus nach Gas roch, mussten alle Schüler und Lehrer das "
        "Gebäude am Freitag um 9 Uhr verlassen; die Feuerwehr fand ein undichtes Ventil an der "
        "alten Heizung.",
        105.7,
    ),
    (
        "de-lindenau-mensa-eroeffnet/gasgeruch",
        "Nach Gasalarm: Unterricht an der Goethe-Schule am Montag wie gewohnt",
        "Die Heizung sei repariert, teilte die Stadt am Samstag mit.",
        124.0,
    ),
    (
        "de-gerberstrasse-dachstuhlbrand",
        "Dachstuhlbrand in der Gerberstraße",
        "In der Gerberstraße brennt der Dachstuhl eines Mehrfamilienhauses.",
        74.0,
    ),
    (
        "de-gerberstrasse-dachstuhlbrand",
        "Feuer zerstört Dach eines Wohnhauses in der Gerberstraße",
        "Bei einem Brand in der Nacht zum Donnerstag ist der Dachstuhl eines Altbaus in der "
        "Gerberstraße ausgebrannt; die 14 Bewohner konnten sich ins Freie retten, eine Frau "
        "erlitt eine Rauchvergiftung.",
        74.8,
    ),
    (
        "de-gerberstrasse-dachstuhlbrand",
        "Nach dem Feuer: Bewohner der Gerberstraße kommen bei Nachbarn unter",
        "Das Haus ist vorerst nicht bewohnbar, die Polizei schließt Brandstiftung nicht aus.",
        85.0,
    ),
    (
        "de-lindenau-mietspiegel",
        "Neuer Mietspiegel: Mieten in Lindenau um 7 Prozent gestiegen",
        "Laut dem am Dienstag veröffentlichten Mietspiegel zahlen Mieter in Lindenau im "
        "Schnitt 9,80 Euro pro Quadratmeter, am teuersten ist das Ostviertel mit 11,40 Euro.",
        38.0,
    ),
    (
        "de-lindenau-mietspiegel",
        "Mieterverein kritisiert Anstieg im Mietspiegel",
        "Der Mieterverein fordert eine Mietpreisbremse für die ganze Stadt.",
        42.0,
    ),
    (
        "de-lindenau-baeckerei-korn",
        "Bäckerei Korn schließt nach 90 Jahren",
        "Die Traditionsbäckerei in der Südstadt backt am Samstag zum letzten Mal.",
        130.0,
    ),
    (
        "de-lindenau-baeckerei-korn",
        "Letzter Backtag: Schlange vor der Bäckerei Korn in der Südstadt",
        "Hunderte Kunden standen am Samstag vor der Bäckerei Korn an, die nach 90 Jahren "
        "schließt, weil die Familie keinen Nachfolger gefunden hat und die Energiekosten sich "
        "verdoppelt haben.",
        131.5,
    ),
    (
        "de-lindenau-vermisster-junge",
        "Neunjähriger aus der Südstadt vermisst",
        "Die Polizei sucht nach dem neunjährigen Jonas aus der Südstadt.",
        160.5,
    ),
    (
        "de-lindenau-vermisster-junge",
        "Vermisster Jonas nach drei Stunden im Stadtwald gefunden",
        "Der Neunjährige, der am Sonntagnachmittag nach einem Streit mit seiner Schwester "
        "verschwunden war, wurde von einer Hundestaffel unverletzt im Stadtwald entdeckt.",
        163.5,
    ),
    (
        "de-lindenau-vermisster-junge",
        "Polizei dankt Helfern bei der Suche nach Jonas",
        "Über 80 Nachbarn hatten sich am Sonntag an der Suche beteiligt.",
        165.0,
    ),
    (
        "de-fc-lindenau-pokal",
        "FC Lindenau im Kreispokal-Halbfinale",
        "Der FC Lindenau hat den SV Ostring mit 2:0 geschlagen.",
        136.5,
    ),
    (
        "de-fc-lindenau-pokal",
        "Doppelpack von Yilmaz bringt FC Lindenau ins Pokal-Halbfinale",
        "Vor 700 Zuschauern am Waldsportplatz hat der FC Lindenau am Samstag das Derby gegen "
        "den SV Ostring durch zwei Tore von Deniz Yilmaz gewonnen und steht im Halbfinale des "
        "Kreispokals.",
        137.2,
    ),
    (
        "de-lindenau-turnhalle-sturm",
        "Sturm deckt Dach der Turnhalle in der Südstadt ab",
        "Die Böen am Freitagabend haben Teile des Blechdachs der Turnhalle an der Parkstraße "
        "auf die Straße geweht; die Halle bleibt für den Vereinssport bis auf Weiteres "
        "gesperrt.",
        116.0,
    ),
    # --- French: Valmoreau ---
    (
        "fr-valmoreau-snack-ferme",
        "Rue des Forges : un snack fermé par les services d'hygiène",
        "Le snack Chez Momo a été fermé administrativement ce mardi.",
        35.0,
    ),
    (
        "fr-valmoreau-snack-ferme",
        "Cafards et chaîne du froid rompue : fermeture immédiate du snack Chez Momo",
        "Les inspecteurs de la direction de la protection des populations ont fait fermer "
        "mardi à midi le snack de la rue des Forges, où ils ont trouvé des cafards et de la "
        "viande conservée à température ambiante.",
        35.7,
    ),
    (
        "fr-valmoreau-snack-ferme",
        "Le gérant de Chez Momo promet des travaux",
        "Karim Belaïd dit avoir appelé une entreprise de désinsectisation dès le départ des "
        "inspecteurs.",
        40.0,
    ),
    (
        "fr-valmoreau-snack-ferme/voiture",
        "Une voiture finit dans la vitrine d'un snack rue des Forges",
        "Une voiture a percuté la devanture d'un commerce fermé mardi soir.",
        45.5,
    ),
    (
        "fr-valmoreau-snack-ferme/voiture",
        "Rue des Forges : une conductrice perd le contrôle et défonce la vitrine de Chez Momo",
        "Vers 21 h 30, une automobiliste de 67 ans a confondu les pédales en se garant et sa "
        "voiture a traversé la vitrine du snack, fermé depuis midi ; personne n'a été blessé.",
        46.1,
    ),
    (
        "fr-valmoreau-snack-ferme/voiture",
        "« Une journée noire » pour le snack de la rue des Forges",
        "Les voisins ont aidé le gérant à poser des planches sur la vitrine brisée mercredi matin.",
        56.0,
    ),
    (
        "fr-valmoreau-place-tanneurs-vote",
        "Le conseil municipal vote la piétonnisation de la place des Tanneurs",
        "Par 27 voix contre 8, les élus de Valmoreau ont adopté lundi soir le réaménagement de "
        "la place des Tanneurs, qui perdra ses 60 places de stationnement d'ici 2027.",
        19.0,
    ),
    (
        "fr-valmoreau-place-tanneurs-vote",
        "Place des Tanneurs : les commerçants divisés après le vote",
        "Le boucher craint pour ses livraisons, la fleuriste se réjouit des terrasses.",
        21.0,
    ),
    (
        "fr-valmoreau-place-tanneurs-vote/fuite",
        "Une canalisation cède sous la place des Tanneurs",
        "Une conduite d'eau a rompu lundi en fin de soirée sous la place.",
        23.0,
    ),
    (
        "fr-valmoreau-place-tanneurs-vote/fuite",
        "Place des Tanneurs inondée après la rupture d'une conduite d'eau",
        "La rupture d'une canalisation de 1962 a soulevé les pavés de la place des Tanneurs "
        "vers 22 h 45 et privé d'eau plus de 200 logements du centre jusqu'à mardi matin.",
        23.6,
    ),
    (
        "fr-valmoreau-place-tanneurs-vote/fuite",
        "Rupture de canalisation : l'eau revient dans le centre de Valmoreau",
        "Les techniciens de la régie des eaux ont réparé la conduite mardi à l'aube.",
        31.0,
    ),
    (
        "fr-valmoreau-skatepark-glycines",
        "Le skatepark du parc des Glycines est ouvert",
        "Les jeunes de Valmoreau ont enfin leur skatepark.",
        63.0,
    ),
    (
        "fr-valmoreau-skatepark-glycines",
        "Parc des Glycines : le skatepark réclamé par les ados inauguré",
        "Le maire a inauguré mercredi après-midi le skatepark de 600 mètres carrés du parc des "
        "Glycines, conçu avec un groupe de collégiens qui avait lancé une pétition il y a "
        "trois ans.",
        63.6,
    ),
    (
        "fr-valmoreau-skatepark-glycines/tempete",
        "Tempête : le parc des Glycines fermé au public",
        "Plusieurs arbres sont tombés dans le parc des Glycines cette nuit.",
        126.0,
    ),
    (
        "fr-valmoreau-skatepark-glycines/tempete",
        "Des arbres arrachés par le vent, le parc des Glycines interdit d'accès",
        "Les rafales de la nuit de vendredi à samedi ont couché quatre platanes dans le parc "
        "des Glycines, dont un sur les grilles de l'entrée ; la mairie a fermé le parc tout le "
        "week-end.",
        126.7,
    ),
    (
        "fr-valmoreau-skatepark-glycines/tempete",
        "Les élagueurs à l'œuvre au parc des Glycines",
        "La mairie espère rouvrir les allées lundi après le débitage des platanes.",
        140.0,
    ),
    (
        "fr-tilleuls-voitures-brulees",
        "Cinq voitures incendiées aux Tilleuls",
        "Cinq véhicules ont brûlé dans la nuit sur un parking des Tilleuls.",
        123.0,
    ),
    (
        "fr-tilleuls-voitures-brulees",
        "Quartier des Tilleuls : cinq voitures détruites par un incendie volontaire",
        "Les pompiers sont intervenus vers 2 heures du matin sur le parking de la résidence "
        "Les Acacias, où le feu parti d'une première voiture s'est propagé à quatre autres ; "
        "une enquête est ouverte.",
        123.6,
    ),
    (
        "fr-tilleuls-voitures-brulees",
        "Aux Tilleuls, les habitants excédés après l'incendie du parking",
        "« C'est la troisième fois cette année », raconte une locataire des Acacias.",
        131.0,
    ),
    (
        "fr-valmoreau-ecole-chauffage",
        "Une école de Valmoreau sans chauffage depuis lundi",
        "Les élèves de l'école Jean-Moulin gardent leur manteau en classe.",
        80.0,
    ),
    (
        "fr-valmoreau-ecole-chauffage",
        "École Jean-Moulin : la chaudière en panne, les parents s'inquiètent",
        "La température n'a pas dépassé 14 degrés dans les classes jeudi, et la mairie promet "
        "le remplacement d'une pièce de la chaudière d'ici le début de la semaine prochaine.",
        80.6,
    ),
    (
        "fr-valmoreau-disparue-retrouvee",
        "Appel à témoins : une femme de 82 ans disparue",
        "Les gendarmes recherchent Odette Ferrand, partie de chez elle samedi.",
        154.0,
    ),
    (
        "fr-valmoreau-disparue-retrouvee",
        "Disparue depuis la veille, Odette Ferrand retrouvée saine et sauve",
        "L'octogénaire, atteinte de troubles de la mémoire, a été retrouvée dimanche midi par "
        "un promeneur dans une cabane de jardin au bord du canal, à deux kilomètres de son "
        "domicile.",
        157.0,
    ),
    (
        "fr-valmoreau-disparue-retrouvee",
        "Odette Ferrand retrouvée : sa fille remercie les bénévoles",
        "Une centaine de voisins avaient participé aux recherches le long du canal.",
        160.5,
    ),
    (
        "fr-valmoreau-librairie-ouvre",
        "Une librairie ouvre dans l'ancienne mercerie de la rue Haute",
        "Deux anciennes enseignantes ont ouvert mercredi La Page Blanche, la première "
        "librairie indépendante du centre de Valmoreau depuis la fermeture du Livre d'Or en "
        "2019.",
        58.0,
    ),
    (
        "fr-valmoreau-librairie-ouvre",
        "La Page Blanche, nouvelle librairie rue Haute",
        "Les clients ont été nombreux pour le premier jour.",
        61.0,
    ),
    (
        "fr-valmoreau-rugby-derby",
        "Le RC Valmoreau s'offre le derby",
        "Victoire 24-13 contre l'US Sarlieu dimanche.",
        160.0,
    ),
    (
        "fr-valmoreau-rugby-derby",
        "Rugby : le RC Valmoreau domine l'US Sarlieu dans le derby",
        "Porté par deux essais de son talonneur Mathis Royer, le RC Valmoreau a battu l'US "
        "Sarlieu 24-13 dimanche devant 1 500 spectateurs et reste en tête de sa poule.",
        160.6,
    ),
    (
        "fr-valmoreau-greve-bus",
        "Grève des bus jeudi à Valmoreau : une ligne sur deux",
        "Les chauffeurs du réseau urbain sont en grève jeudi à l'appel de deux syndicats, qui "
        "réclament des renforts sur les lignes du soir après plusieurs agressions.",
        78.0,
    ),
    # --- Spanish: Villaseca del Rio ---
    (
        "es-villaseca-cartas-alquiler",
        "Vivalia Rentas sube un 15% el alquiler en San Lázaro",
        "Los inquilinos de 210 pisos del barrio han recibido la carta.",
        34.0,
    ),
    (
        "es-villaseca-cartas-alquiler",
        "Cartas de Vivalia Rentas anuncian subidas del 15% a 210 familias de San Lázaro",
        "El fondo propietario de los bloques de la avenida del Cerro comunicó el martes por "
        "carta a sus inquilinos que el alquiler subirá un 15% al renovar los contratos, la "
        "mayor subida desde que compró los pisos.",
        34.6,
    ),
    (
        "es-villaseca-cartas-alquiler",
        "El sindicato de inquilinos de San Lázaro llama a no firmar",
        "Los vecinos se reunirán el jueves en la parroquia para preparar una respuesta conjunta.",
        39.0,
    ),
    (
        "es-villaseca-cartas-alquiler/techo",
        "Se desploma el techo de un piso en la calle Alfareros",
        "Parte del techo de una cocina ha caído en un bloque de la calle Alfareros.",
        44.0,
    ),
    (
        "es-villaseca-cartas-alquiler/techo",
        "Una vecina, herida leve al caerle el falso techo en un piso de Vivalia en la calle "
        "Alfareros",
        "Una mujer de 58 años sufrió un golpe en el hombro el martes por la noche cuando se "
        "vino abajo el techo de la cocina de su piso, en un bloque del mismo fondo en la calle "
        "Alfareros; llevaba meses con goteras.",
        44.7,
    ),
    (
        "es-villaseca-cartas-alquiler/techo",
        "Los técnicos municipales revisan el bloque de la calle Alfareros",
        "El ayuntamiento ha desalojado de forma preventiva dos viviendas tras el derrumbe.",
        57.5,
    ),
    (
        "es-san-lazaro-perro-encontrado",
        "Aparece Canelo, el perro perdido de San Lázaro",
        "El perro llevaba cinco días desaparecido.",
        12.0,
    ),
    (
        "es-san-lazaro-perro-encontrado",
        "Canelo vuelve a casa: hallado en una obra tras cinco días perdido",
        "Unos albañiles encontraron el lunes al mestizo de la familia Ortega en el sótano de "
        "una obra de la calle Tejares, con la pata herida pero vivo, después de que el barrio "
        "empapelara las farolas con su foto.",
        12.6,
    ),
    (
        "es-san-lazaro-perro-encontrado/gato",
        "San Lázaro busca a Luna, una gata desaparecida",
        "Otra familia del barrio pide ayuda para encontrar a su gata.",
        89.0,
    ),
    (
        "es-san-lazaro-perro-encontrado/gato",
        "Desaparece la gata Luna en la calle Tejares y sus dueños ofrecen recompensa",
        "La gata, blanca con una mancha gris en la cabeza, salió el miércoles por la ventana "
        "de un bajo de la calle Tejares y no ha vuelto; la familia ofrece 150 euros a quien la "
        "encuentre.",
        89.8,
    ),
    (
        "es-villaseca-parque-ribera-juegos",
        "Abre la nueva zona de juegos del parque de la Ribera",
        "Toboganes, tirolina y columpios adaptados en la Ribera.",
        59.0,
    ),
    (
        "es-villaseca-parque-ribera-juegos",
        "El parque de la Ribera estrena una zona de juegos inclusiva de 300.000 euros",
        "La alcaldesa inauguró el miércoles la nueva área infantil del parque, con columpios "
        "adaptados para sillas de ruedas y una tirolina que pidieron los alumnos de los "
        "colegios del barrio.",
        59.5,
    ),
    (
        "es-villaseca-parque-ribera-juegos/temporal",
        "El temporal obliga a cerrar el parque de la Ribera",
        "El viento ha derribado varios árboles en el parque de la Ribera.",
        127.0,
    ),
    (
        "es-villaseca-parque-ribera-juegos/temporal",
        "Cerrado el parque de la Ribera tras caer tres chopos por el viento",
        "Las rachas de más de 90 kilómetros por hora de la madrugada del sábado tumbaron tres "
        "chopos junto al río y uno de ellos cayó sobre la valla del paseo, por lo que la "
        "policía local cerró el parque.",
        127.8,
    ),
    (
        "es-villaseca-incendio-restaurante",
        "Incendio en un restaurante de la plaza del Rollo",
        "Los bomberos trabajan en un fuego en la cocina de un restaurante.",
        95.0,
    ),
    (
        "es-villaseca-incendio-restaurante",
        "Un incendio en la cocina obliga a desalojar el restaurante Casa Ulpiano",
        "El fuego se originó en la campana extractora del restaurante de la plaza del Rollo el "
        "jueves por la noche, con unos cuarenta clientes dentro; todos salieron a tiempo y "
        "solo un cocinero fue atendido por humo.",
        95.6,
    ),
    (
        "es-villaseca-incendio-restaurante",
        "Casa Ulpiano reabrirá en un mes, según su dueño",
        "El propietario calcula daños de 60.000 euros en la cocina y el comedor.",
        110.0,
    ),
    (
        "es-villaseca-obras-calle-mayor",
        "Comienzan las obras de la calle Mayor",
        "La calle Mayor estará cortada al tráfico durante cuatro meses.",
        8.0,
    ),
    (
        "es-villaseca-obras-calle-mayor",
        "Cuatro meses sin coches en la calle Mayor por la renovación de las tuberías",
        "El ayuntamiento de Villaseca inició el lunes la sustitución de la red de agua y el "
        "nuevo pavimento de la calle Mayor, y los autobuses urbanos se desvían por la ronda "
        "Norte hasta marzo.",
        8.7,
    ),
    (
        "es-villaseca-colegio-barracones",
        "El colegio Miguel Hernández seguirá con barracones otro curso",
        "La ampliación prometida por la Junta no empezará hasta el verano, y 120 alumnos de "
        "infantil seguirán en aulas prefabricadas en el patio del colegio.",
        57.0,
    ),
    (
        "es-villaseca-colegio-barracones",
        "Las familias del Miguel Hernández protestan por los barracones",
        "Unas doscientas personas se concentraron a la puerta del colegio.",
        64.0,
    ),
    (
        "es-villaseca-robos-trasteros",
        "Detenido por robar en 30 trasteros",
        "La policía arresta a un hombre por robos en garajes de Villaseca.",
        108.0,
    ),
    (
        "es-villaseca-robos-trasteros",
        "Cae el ladrón de los trasteros de la avenida del Cerro",
        "La policía nacional ha detenido a un hombre de 41 años acusado de forzar treinta "
        "trasteros en tres bloques de la avenida del Cerro, donde se recuperaron bicicletas y "
        "herramientas robadas.",
        108.6,
    ),
    (
        "es-cd-villaseca-derbi",
        "El CD Villaseca gana el derbi comarcal",
        "El CD Villaseca venció 2-1 al Atlético Sotoluz.",
        163.0,
    ),
    (
        "es-cd-villaseca-derbi",
        "Un gol en el descuento da el derbi al CD Villaseca ante el Sotoluz",
        "El delantero Iker Salcedo marcó de cabeza en el minuto 93 el 2-1 que dio al CD "
        "Villaseca la victoria en el derbi comarcal ante el Atlético Sotoluz, con el campo "
        "lleno.",
        163.5,
    ),
    (
        "es-cd-villaseca-derbi",
        "Salcedo, el héroe del derbi: «Lo soñé toda la semana»",
        "El delantero dedicó el gol a su abuelo, socio del club desde hace sesenta años.",
        166.0,
    ),
    (
        "es-villaseca-mercadillo-traslado",
        "El mercadillo de los sábados se muda al recinto ferial",
        "Los 90 puestos del mercadillo dejaron el sábado la plaza de España por primera vez en "
        "cuarenta años y se instalaron en el recinto ferial, con más sitio y aparcamiento.",
        130.0,
    ),
    # --- Italian: Castelrocca ---
    (
        "it-castelrocca-bar-aurora-chiuso",
        "Via dei Mulini, chiuso il Bar Aurora",
        "Sigilli al bar dopo un controllo igienico sanitario.",
        83.0,
    ),
    (
        "it-castelrocca-bar-aurora-chiuso",
        "Topi in magazzino e cibi scaduti: i carabinieri del Nas chiudono il Bar Aurora",
        "Durante un controllo di giovedì mattina i militari hanno trovato escrementi di topo "
        "nel magazzino e oltre venti chili di dolci scaduti, e il sindaco ha firmato la "
        "sospensione dell'attività del locale di via dei Mulini.",
        83.7,
    ),
    (
        "it-castelrocca-bar-aurora-chiuso",
        "Il titolare del Bar Aurora: «Rimedieremo in pochi giorni»",
        "Il gestore dice di aver già chiamato la ditta della disinfestazione.",
        88.0,
    ),
    (
        "it-castelrocca-bar-aurora-chiuso/auto",
        "Auto contro la vetrina di un bar in via dei Mulini",
        "Un'auto è finita dentro un locale chiuso in via dei Mulini.",
        92.0,
    ),
    (
        "it-castelrocca-bar-aurora-chiuso/auto",
        "Sbanda e sfonda la vetrina del Bar Aurora, chiuso dal mattino",
        "Giovedì verso le 20 un ventenne al volante di una utilitaria ha perso il controllo "
        "sulla curva di via dei Mulini ed è entrato nella vetrina del bar, chiuso dalla "
        "mattina; nessun ferito, patente ritirata.",
        92.6,
    ),
    (
        "it-castelrocca-bar-aurora-chiuso/auto",
        "«Piove sul bagnato»: i vicini del Bar Aurora dopo l'incidente",
        "Il giorno dopo i commercianti della via hanno aiutato a sgomberare i vetri rotti.",
        104.0,
    ),
    (
        "it-castelrocca-cantiere-tigli",
        "Il nuovo palazzo di viale dei Tigli raggiunge il tetto",
        "Completata la struttura dell'edificio da 48 appartamenti.",
        16.0,
    ),
    (
        "it-castelrocca-cantiere-tigli",
        "Viale dei Tigli, festa in cantiere per la fine della struttura del palazzo",
        "L'impresa Bertoli Costruzioni ha festeggiato lunedì con gli operai il completamento "
        "dell'ottavo piano del nuovo edificio di viale dei Tigli, che ospiterà 48 appartamenti "
        "in classe energetica A.",
        16.6,
    ),
    (
        "it-castelrocca-cantiere-tigli/operaio",
        "Operaio ferito nel cantiere di viale dei Tigli",
        "Un operaio è caduto dall'impalcatura nel cantiere di viale dei Tigli.",
        106.0,
    ),
    (
        "it-castelrocca-cantiere-tigli/operaio",
        "Cade da tre metri nel cantiere Bertoli: operaio di 34 anni in ospedale",
        "L'uomo, dipendente di una ditta in subappalto, è precipitato venerdì mattina da un "
        "ponteggio al terzo piano ed è stato portato in ospedale con fratture alle gambe; sul "
        "posto gli ispettori dell'Asl.",
        106.7,
    ),
    (
        "it-castelrocca-cantiere-tigli/operaio",
        "Cantiere di viale dei Tigli sospeso dopo la caduta dell'operaio",
        "I sindacati chiedono più controlli sui subappalti in città.",
        113.0,
    ),
    (
        "it-castelrocca-nuova-linea-bus",
        "Parte la linea 12 tra San Vito e l'ospedale",
        "Da lunedì un autobus ogni venti minuti collega il quartiere San Vito all'ospedale "
        "civile, una richiesta dei residenti da oltre dieci anni.",
        7.0,
    ),
    (
        "it-castelrocca-nuova-linea-bus",
        "Linea 12, primo giorno con passeggeri soddisfatti",
        "Gli anziani di San Vito promuovono la nuova corsa per l'ospedale.",
        13.0,
    ),
    (
        "it-san-vito-rapina-farmacia",
        "Rapina in farmacia a San Vito",
        "Un uomo armato di coltello ha rapinato la farmacia di piazza San Vito.",
        43.0,
    ),
    (
        "it-san-vito-rapina-farmacia",
        "Coltello puntato contro la farmacista: rapina da 600 euro a San Vito",
        "Martedì poco prima della chiusura un uomo con il volto coperto è entrato nella "
        "farmacia Moretti di piazza San Vito e si è fatto consegnare l'incasso, poi è fuggito "
        "a piedi verso la stazione.",
        43.6,
    ),
    (
        "it-san-vito-rapina-farmacia",
        "Preso il rapinatore della farmacia di San Vito",
        "La polizia lo ha fermato mercoledì grazie alle telecamere della piazza.",
        62.0,
    ),
    (
        "it-castelrocca-sfratto-anziana",
        "Sfratto rinviato per la signora Teresa, 91 anni",
        "Il quartiere si è mobilitato per l'anziana di via del Pozzo.",
        58.0,
    ),
    (
        "it-castelrocca-sfratto-anziana",
        "Vicini davanti alla porta, rinviato lo sfratto della novantunenne di via del Pozzo",
        "Una trentina di residenti si è radunata mercoledì mattina davanti alla casa di Teresa "
        "Galli, che vive nello stesso appartamento da sessant'anni, e l'ufficiale giudiziario "
        "ha rinviato lo sfratto di due mesi.",
        58.6,
    ),
    (
        "it-castelrocca-sfratto-anziana",
        "Il Comune cerca una casa per la signora Teresa",
        "L'assessore alle politiche sociali promette un alloggio entro due mesi.",
        75.0,
    ),
    (
        "it-castelrocca-scuola-infiltrazioni",
        "Pioggia dal soffitto, chiuse due aule alla scuola Pascoli",
        "Dopo il temporale della notte, l'acqua è entrata da un lucernario della scuola media "
        "Pascoli e il preside ha spostato due classi in biblioteca.",
        128.0,
    ),
    (
        "it-castelrocca-scuola-infiltrazioni",
        "Scuola Pascoli, i genitori chiedono lavori al tetto",
        "Secondo le famiglie le infiltrazioni nel tetto della scuola si ripetono da tre inverni.",
        134.0,
    ),
    (
        "it-castelrocca-ztl-consiglio",
        "Il consiglio comunale allarga la zona a traffico limitato",
        "Approvata martedì sera la nuova Ztl del centro storico.",
        46.0,
    ),
    (
        "it-castelrocca-ztl-consiglio",
        "Ztl più grande nel centro di Castelrocca: varchi attivi da marzo",
        "Con 18 voti a favore e 11 contrari il consiglio comunale ha esteso la zona a traffico "
        "limitato a via del Pozzo e a piazza Duomo, con telecamere ai varchi a partire da "
        "marzo.",
        46.6,
    ),
    (
        "it-castelrocca-volley-derby",
        "Volley, la Rocca vince il derby al tie-break",
        "Le ragazze della Pallavolo Rocca battono la Vigor per 3-2.",
        163.0,
    ),
    (
        "it-castelrocca-volley-derby",
        "La Pallavolo Rocca rimonta e vince il derby con la Vigor",
        "Sotto di due set, la squadra femminile di Castelrocca ha ribaltato la partita davanti "
        "a ottocento tifosi nel palazzetto di via dei Mulini, chiudendo il tie-break 15-12.",
        163.6,
    ),
    (
        "it-castelrocca-anziano-ritrovato",
        "Scomparso un pensionato di 78 anni",
        "Le ricerche per Aldo Ferri sono in corso sulle colline.",
        115.0,
    ),
    (
        "it-castelrocca-anziano-ritrovato",
        "Ritrovato Aldo Ferri, il pensionato scomparso da venerdì",
        "Il settantottenne, uscito venerdì pomeriggio per cercare funghi, è stato trovato "
        "sabato mattina dai vigili del fuoco in un bosco sopra Castelrocca, infreddolito ma in "
        "buone condizioni.",
        129.0,
    ),
    (
        "it-castelrocca-anziano-ritrovato",
        "Aldo Ferri: «Mi sono perso nella nebbia»",
        "Il pensionato racconta la notte passata sotto un castagno.",
        135.0,
    ),
    (
        "it-castelrocca-libreria-chiude",
        "Chiude la libreria Il Gabbiano dopo quarant'anni",
        "La storica libreria di corso Cavour abbassa la saracinesca sabato: i titolari vanno "
        "in pensione e nessuno ha voluto rilevare l'attività.",
        131.0,
    ),
    # --- Portuguese: Alvarim ---
    (
        "pt-alvarim-largo-chafariz-votacao",
        "Câmara aprova obras no Largo do Chafariz",
        "O largo vai perder o estacionamento e ganhar árvores.",
        41.0,
    ),
    (
        "pt-alvarim-largo-chafariz-votacao",
        "Largo do Chafariz sem carros a partir de 2027, decide a câmara de Alvarim",
        "A câmara municipal aprovou na terça-feira, com os votos contra da oposição, o projeto "
        "de 1,8 milhões de euros que retira os 50 lugares de estacionamento do Largo do "
        "Chafariz e alarga os passeios.",
        41.6,
    ),
    (
        "pt-alvarim-largo-chafariz-votacao",
        "Comerciantes do Largo do Chafariz temem perder clientes com as obras",
        "A associação de comércio pede uma reunião com o presidente da câmara.",
        45.0,
    ),
    (
        "pt-alvarim-largo-chafariz-votacao/rotura",
        "Rotura de conduta inunda o Largo do Chafariz",
        "Uma conduta de água rebentou durante a noite no Largo do Chafariz.",
        48.5,
    ),
    (
        "pt-alvarim-largo-chafariz-votacao/rotura",
        "Largo do Chafariz alagado e centro de Alvarim sem água após rotura",
        "Uma conduta com mais de cinquenta anos rebentou pouco depois da meia-noite sob o "
        "Largo do Chafariz, levantou a calçada e deixou cerca de 400 casas do centro sem água "
        "até ao fim da manhã de quarta-feira.",
        49.1,
    ),
    (
        "pt-alvarim-largo-chafariz-votacao/rotura",
        "Água já corre nas torneiras do centro de Alvarim",
        "Os serviços municipalizados terminaram a reparação da conduta ao meio-dia.",
        60.0,
    ),
    (
        "pt-fonteira-cantina-inaugurada",
        "Escola da Fonteira tem cantina nova",
        "A EB da Fonteira inaugurou a nova cantina.",
        12.0,
    ),
    (
        "pt-fonteira-cantina-inaugurada",
        "Alunos da escola básica da Fonteira já almoçam na cantina nova",
        "A nova cantina da escola básica da Fonteira, com cozinha própria e capacidade para "
        "350 refeições por dia, foi inaugurada na segunda-feira, pondo fim a dez anos de "
        "refeições trazidas em carrinhas.",
        12.6,
    ),
    (
        "pt-fonteira-cantina-inaugurada/gas",
        "Escola da Fonteira evacuada por cheiro a gás",
        "Os bombeiros retiraram os alunos da escola da Fonteira.",
        82.5,
    ),
    (
        "pt-fonteira-cantina-inaugurada/gas",
        "Fuga de gás obriga a evacuar 400 alunos da escola básica da Fonteira",
        "Um funcionário sentiu cheiro a gás num corredor do edifício antigo na quinta-feira de "
        "manhã e a escola foi evacuada; os bombeiros encontraram uma fuga numa botija do "
        "laboratório e as aulas retomaram à tarde.",
        83.1,
    ),
    (
        "pt-alvarim-incendio-armazem",
        "Incêndio num armazém da zona industrial de Alvarim",
        "Fogo num armazém de móveis mobiliza três corporações de bombeiros.",
        53.0,
    ),
    (
        "pt-alvarim-incendio-armazem",
        "Armazém de móveis destruído pelo fogo na zona industrial",
        "O incêndio começou de madrugada num armazém de uma empresa de mobiliário da zona "
        "industrial de Alvarim e consumiu toda a mercadoria; não houve feridos, mas o fumo "
        "obrigou a fechar a estrada nacional.",
        53.7,
    ),
    (
        "pt-alvarim-incendio-armazem",
        "Vinte trabalhadores do armazém ardido sem saber do futuro",
        "O dono da empresa promete manter os salários enquanto decide se reconstrói.",
        66.0,
    ),
    (
        "pt-alvarim-rendas-sobem",
        "Rendas em Alvarim sobem 9% num ano",
        "Segundo os dados do município divulgados na sexta-feira, a renda média de um T2 em "
        "Alvarim passou para 780 euros, e a subida é maior no bairro da Fonteira.",
        105.0,
    ),
    (
        "pt-alvarim-rendas-sobem",
        "Moradores da Fonteira pedem mais habitação pública",
        "A associação de moradores diz que os jovens estão a sair do bairro.",
        112.0,
    ),
    (
        "pt-fonteira-atropelamento",
        "Peão atropelado na Avenida da Fonteira",
        "Uma mulher foi atropelada numa passadeira ao fim da tarde.",
        18.5,
    ),
    (
        "pt-fonteira-atropelamento",
        "Mulher de 70 anos atropelada numa passadeira da Avenida da Fonteira",
        "A vítima atravessava na passadeira em frente ao mercado quando foi colhida por um "
        "carro, na segunda-feira ao fim da tarde, e foi levada para o hospital com ferimentos "
        "graves; o condutor ficou no local.",
        19.0,
    ),
    (
        "pt-fonteira-atropelamento",
        "Moradores pedem semáforo na passadeira onde mulher foi atropelada",
        "É o terceiro atropelamento naquela passadeira em dois anos, dizem os vizinhos.",
        30.0,
    ),
    (
        "pt-alvarim-padaria-abre",
        "Nova padaria abre na antiga drogaria da Rua Direita",
        "Um casal de Alvarim que regressou da Suíça abriu no sábado a padaria Trigo Velho, com "
        "pão de fermentação lenta e forno a lenha, no espaço onde funcionou a drogaria Lopes "
        "durante meio século.",
        129.0,
    ),
    (
        "pt-alvarim-padaria-abre",
        "Filas à porta da padaria Trigo Velho no primeiro dia",
        "O pão esgotou antes das onze da manhã.",
        133.0,
    ),
    (
        "pt-alvarim-jovem-desaparecido",
        "PSP procura jovem de 16 anos desaparecido em Alvarim",
        "Tiago Neves não volta a casa desde sexta-feira.",
        153.0,
    ),
    (
        "pt-alvarim-jovem-desaparecido",
        "Encontrado o jovem de Alvarim que estava desaparecido desde sexta-feira",
        "Tiago Neves, de 16 anos, foi encontrado no domingo à tarde em casa de um amigo numa "
        "aldeia vizinha, de boa saúde, e a família agradeceu a ajuda de quem partilhou o "
        "apelo.",
        159.0,
    ),
    (
        "pt-alvarim-autocarros-eletricos",
        "Alvarim estreia autocarros elétricos",
        "Os primeiros seis autocarros elétricos já circulam na cidade.",
        63.0,
    ),
    (
        "pt-alvarim-autocarros-eletricos",
        "Seis autocarros elétricos entram ao serviço nas linhas urbanas de Alvarim",
        "Os novos veículos, pagos em grande parte com fundos europeus, começaram a circular na "
        "quarta-feira nas linhas 1 e 3, as mais usadas da cidade, e vão substituir autocarros "
        "com mais de vinte anos.",
        63.6,
    ),
    (
        "pt-alvarim-futsal",
        "Futsal: Alvarim vence o dérbi com o Ribafria",
        "O Alvarim Futsal ganhou por 5-3 no domingo.",
        165.0,
    ),
    (
        "pt-alvarim-futsal",
        "Alvarim Futsal dá a volta ao Ribafria e vence o dérbi por 5-3",
        "Num pavilhão municipal cheio, a equipa da casa esteve a perder por 3-1 ao intervalo e "
        "marcou quatro golos na segunda parte, dois deles do pivô Rúben Sá.",
        165.5,
    ),
    (
        "pt-alvarim-arvore-cai",
        "Árvore cai sobre dois carros na Rua das Oliveiras",
        "O vento forte de sexta-feira à noite derrubou um plátano na Rua das Oliveiras, que "
        "esmagou dois carros estacionados; a rua esteve fechada durante a limpeza.",
        118.0,
    ),
    # --- Dutch: Zeveringen ---
    (
        "nl-zeveringen-tramlijn6-storing",
        "Storing legt tramlijn 6 stil",
        "Tussen het station en de Molenkamp rijden geen trams van lijn 6.",
        79.5,
    ),
    (
        "nl-zeveringen-tramlijn6-storing",
        "Tram met kapotte bovenleiding blokkeert lijn 6 in de spits",
        "Een tram van lijn 6 bleef donderdag om 7.20 uur bij de halte Kerkstraat staan met een "
        "defect aan de stroomafnemer, waardoor reizigers tot half tien met pendelbussen naar "
        "het station moesten.",
        80.0,
    ),
    (
        "nl-zeveringen-tramlijn6-storing",
        "Reizigers lijn 6 klagen over pendelbussen",
        "Op de Kerkstraat stonden donderdagochtend honderden mensen te wachten op een bus.",
        84.5,
    ),
    (
        "nl-zeveringen-tramlijn6-storing/aanrijding",
        "Tram lijn 6 botst op auto bij de Havenbrug",
        "Bij de Havenbrug is donderdagavond een tram met een auto in botsing gekomen.",
        90.0,
    ),
    (
        "nl-zeveringen-tramlijn6-storing/aanrijding",
        "Automobilist gewond na aanrijding met tram bij de Havenbrug",
        "Een 52-jarige man uit Zeveringen is donderdag rond zes uur gewond geraakt toen hij "
        "met zijn auto door rood reed en op de kruising bij de Havenbrug door een tram van "
        "lijn 6 werd geraakt.",
        90.6,
    ),
    (
        "nl-zeveringen-tramlijn6-storing/aanrijding",
        "Opnieuw geen trams op lijn 6 na botsing bij de brug",
        "Het trambedrijf zegt dat de aanrijding van donderdagavond niets te maken heeft met de "
        "storing van de ochtend, maar lijn 6 lag wel voor de tweede keer die dag stil.",
        92.0,
    ),
    (
        "nl-molenkamp-kat-gevonden",
        "Vermiste kat Minoes na drie weken terug",
        "Minoes, sinds drie weken weg uit de Molenkamp, is terecht.",
        34.0,
    ),
    (
        "nl-molenkamp-kat-gevonden",
        "Kat Minoes na drie weken gevonden in schuur van buren",
        "De zwart-witte kat van de familie Bakker uit de Molenkamp zat opgesloten in een "
        "tuinschuur twee straten verderop en werd gevonden toen de eigenaar van de schuur zijn "
        "fiets kwam halen.",
        34.8,
    ),
    (
        "nl-molenkamp-kat-gevonden/hond-vermist",
        "Molenkamp zoekt naar vermiste hond Bruno",
        "In de Molenkamp is een bruine labrador weggelopen.",
        109.0,
    ),
    (
        "nl-molenkamp-kat-gevonden/hond-vermist",
        "Labrador Bruno vermist na schrikken van vuurwerk in de Molenkamp",
        "De acht jaar oude labrador van een gezin aan de Lindelaan rende vrijdagmiddag in "
        "paniek weg toen kinderen in het park vuurwerk afstaken; buurtbewoners zoeken met de "
        "eigenaren mee.",
        109.7,
    ),
    (
        "nl-zeveringen-aula-geopend",
        "Nieuwe aula voor het Erasmuscollege",
        "Het Erasmuscollege in Zeveringen heeft een nieuwe aula geopend.",
        15.0,
    ),
    (
        "nl-zeveringen-aula-geopend",
        "Erasmuscollege opent aula met kantine voor 800 leerlingen",
        "Na anderhalf jaar bouwen heeft het Erasmuscollege maandag een nieuwe aula met kantine "
        "en podium in gebruik genomen, betaald door de gemeente en een fonds van "
        "oud-leerlingen.",
        15.5,
    ),
    (
        "nl-zeveringen-aula-geopend/gaslucht",
        "Erasmuscollege ontruimd om gaslucht",
        "De brandweer heeft donderdag het Erasmuscollege laten ontruimen.",
        83.0,
    ),
    (
        "nl-zeveringen-aula-geopend/gaslucht",
        "Gaslucht in scheikundelokaal: 800 leerlingen Erasmuscollege naar buiten",
        "Een docent rook donderdag rond elf uur gas in het scheikundelokaal, waarna de school "
        "werd ontruimd; de brandweer vond een lekkende gaskraan en na twee uur mochten de "
        "leerlingen weer naar binnen.",
        83.6,
    ),
    (
        "nl-kerkstraat-ramkraak-juwelier",
        "Ramkraak bij juwelier in de Kerkstraat",
        "Daders zijn met een auto door de pui van een juwelier in de Kerkstraat gereden.",
        51.0,
    ),
    (
        "nl-kerkstraat-ramkraak-juwelier",
        "Ramkrakers rijden gestolen bestelbus door etalage van juwelier Van Dam",
        "Drie mannen ramden woensdag rond drie uur 's nachts de winkel van juwelier Van Dam in "
        "de Kerkstraat, grepen horloges uit de vitrines en vluchtten in een tweede auto "
        "richting de snelweg.",
        51.7,
    ),
    (
        "nl-kerkstraat-ramkraak-juwelier",
        "Bewoners boven juwelier Van Dam geschrokken van ramkraak",
        "Het gezin dat boven de winkel woont, werd wakker van een harde klap.",
        58.0,
    ),
    (
        "nl-zeveringen-schimmel-huurders",
        "Huurders Molenkamp klagen over schimmel in flats",
        "Bewoners van drie flats van woningcorporatie Woonstede aan de Populierenlaan zeggen "
        "al twee jaar schimmel op de muren te hebben en stappen naar de huurcommissie.",
        146.0,
    ),
    (
        "nl-zeveringen-schimmel-huurders",
        "Woonstede belooft herstel schimmelflats aan de Populierenlaan",
        "De corporatie zegt dat de ventilatie in alle flats wordt vervangen.",
        153.0,
    ),
    (
        "nl-zeveringen-parkeertarief",
        "Parkeren in centrum Zeveringen wordt duurder",
        "De gemeenteraad heeft het uurtarief verhoogd naar 3,20 euro.",
        21.0,
    ),
    (
        "nl-zeveringen-parkeertarief",
        "Raad stemt in met duurder parkeren, winkeliers boos",
        "De gemeenteraad van Zeveringen heeft maandagavond besloten het parkeertarief in het "
        "centrum te verhogen van 2,40 naar 3,20 euro per uur; de winkeliersvereniging vreest "
        "dat klanten wegblijven.",
        21.5,
    ),
    (
        "nl-zeveringen-havenbrug-klem",
        "Havenbrug zit vast in open stand",
        "De Havenbrug in Zeveringen kan niet meer dicht.",
        155.0,
    ),
    (
        "nl-zeveringen-havenbrug-klem",
        "Fietsers en auto's moeten omrijden: Havenbrug klemt na storing",
        "Door een defect aan de hydrauliek bleef de Havenbrug zondagochtend na het doorlaten "
        "van een zeilschip open staan, waardoor verkeer tussen de binnenstad en de Molenkamp "
        "vier kilometer moet omrijden.",
        155.6,
    ),
    (
        "nl-zeveringen-havenbrug-klem",
        "Havenbrug zondagavond weer dicht",
        "Monteurs hebben de hydrauliek hersteld, de brug is weer open voor verkeer.",
        165.0,
    ),
    (
        "nl-vv-zeveringen-derby",
        "VV Zeveringen wint derby van Molenkampse Boys",
        "VV Zeveringen heeft zaterdag met 4-2 gewonnen van de Molenkampse Boys.",
        137.0,
    ),
    (
        "nl-vv-zeveringen-derby",
        "Hattrick van Sem de Wit beslist de derby in Zeveringen",
        "Voor ruim duizend toeschouwers op sportpark De Weide scoorde spits Sem de Wit drie "
        "keer, waarmee VV Zeveringen de derby tegen de Molenkampse Boys met 4-2 won en tweede "
        "staat.",
        137.5,
    ),
    (
        "nl-zeveringen-ijssalon-opent",
        "Italiaanse ijssalon opent midden in de winter aan de Kerkstraat",
        "Broer en zus Rossi openen zaterdag hun ijssalon in het oude postkantoor en verkopen "
        "tot de lente ook warme chocolade en wafels.",
        132.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a tram breakdown on a line and a separate tram collision on the same line hours later": (
        "en-brackenford-tram2-breakdown/collision",
        "de-lindenau-linie4-stoerung/unfall",
        "nl-zeveringen-tramlijn6-storing/aanrijding",
    ),
    "a snack bar shut by hygiene inspectors and a car driven into the same shop that night": (
        "en-castlegate-grill-inspectors/car-crash",
        "fr-valmoreau-snack-ferme/voiture",
        "it-castelrocca-bar-aurora-chiuso/auto",
    ),
    "a landlord's rent-rise letters and a ceiling collapse in another of its buildings that day": (
        "en-harlow-homes-rent-letters/ceiling-collapse",
        "es-villaseca-cartas-alquiler/techo",
        "ru-severogorsk-arenda-pisma/potolok",
    ),
    "a council vote to redesign a square and a water main bursting under it hours later": (
        "de-lindenau-schillerplatz-beschluss/rohrbruch",
        "fr-valmoreau-place-tanneurs-vote/fuite",
        "pt-alvarim-largo-chafariz-votacao/rotura",
    ),
    "a lost pet found and another pet going missing in the same neighbourhood days later": (
        "en-ashgrove-dog-found/cat-missing",
        "nl-molenkamp-kat-gevonden/hond-vermist",
        "es-san-lazaro-perro-encontrado/gato",
    ),
    "a building's topping-out and a worker hurt on the same site days later": (
        "en-tanner-street-flats-topping-out/worker-hurt",
        "ru-severogorsk-zhk-siyanie/rabochiy",
        "it-castelrocca-cantiere-tigli/operaio",
    ),
    "a school's new canteen or hall opened and a gas smell emptying the same school days later": (
        "de-lindenau-mensa-eroeffnet/gasgeruch",
        "nl-zeveringen-aula-geopend/gaslucht",
        "pt-fonteira-cantina-inaugurada/gas",
    ),
    "a park's new skate or play area opened and a storm closing the same park days later": (
        "en-hollins-park-skate-ramp/storm-closure",
        "fr-valmoreau-skatepark-glycines/tempete",
        "es-villaseca-parque-ribera-juegos/temporal",
    ),
}
