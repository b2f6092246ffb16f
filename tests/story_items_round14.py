"""A fourteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 13: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Wednesday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours
apart (a wire flash, a live line or a teaser first, then a local paper, a business page, an
analysis 0.5 to 6 hours later), and 39 stories have a follow-up 12 to 30 hours after the first
copy (the cavers brought out, the whale refloated, the red panda found in a shed, the boil
notice lifted, the Albarca fire stabilised, the third skier found alive).

What is new against rounds 12 and 13: four new kinds of hard negative, each placed as far from
its story as the two events really would be. Two separate fires in one city on one night, 1.8
to 4.5 hours apart (Brackwater's warehouse and a flat on Market Street, Halden's tyre store and
a flat in the old town, Vernac's block of flats and a warehouse at the port); a company's job
cuts and its unrelated product launch in the same week, 22, 70 and 100 hours apart (Tamsin
Audio's earbuds, Van der Laan's e-bike, Ferrante's washing machine); a court hearing adjourned
and the same hearing held four weeks later, 672 to 720 hours apart (a former mayor, a former
regional minister, a former vice-governor); an event announced and the event itself five to
six weeks later, 806 to 1065 hours apart (a folk festival's line-up and the festival, a concert
announced and the concert, a beach festival announced and held). Beside them, kinds from rounds
12 and 13: two crashes on one motorway or road on one day (8.5 to 10 hours apart); a strike
announced and the strike day (40, 150 and 190 hours later); one minister's two announcements in
one week (44, 73 and 75 hours apart); a profit warning and the chief executive's resignation
days later (50, 98 and 144 hours). Several hard negatives name their story as background ("days
after announcing job cuts", "while other crews were still at the warehouse fire", "en la
vista que se aplazó el mes pasado"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it:
a wire flash ("EN DIRECT - ...", "LIVE"-style short lines), a local paper, a business page, a
quote-led or human-angle piece, an explainer or review, a next-day follow-up that repeats the
background. Copies share what real coverage shares (a place, a name, the key number, the event
noun), in their own words: numbers change format (40,000 / 40k, £2.1bn / £2.1 billion, 4.99% /
4.99 per cent / almost 5pc, 15.000 / 15 000, 4,5 Mio. Euro / Millionenhöhe, 400 millions
d'euros / 400 M€, 1.200 / 1200, 5,2 Prozent / 5,2 %), names change form (full name, surname,
title, "the mayor", "the vice-governor"), and most stories have a teaser copy whose lead is
under 80 characters.

What "same story" means here, as in rounds 9 to 13: one event (one fire, one crash, one set of job
cuts, one launch, one hearing, one announcement, one festival or concert, one strike day, one
profit warning, one resignation, one flood, one rescue, one escape, one derailment) in that event's
news cycle, including a next-day follow-up. Not the same story: another event of the same kind or
with the same actor, even in the same city, firm, court, road, union, ministry or town (the flat
fire the night of the warehouse fire, the earbuds launch after the job cuts, the hearing held after
the hearing adjourned, the festival after its line-up announcement, the car crash hours after the
lorry crash on the M71, the strike day after the strike call, the rent cap after the homes plan,
the chief executive's resignation days after the profit warning). The second event often names the
first as background; it is still another story. A label with a suffix after a slash is a hard
negative of the story before the slash (categories in `HARD_NEGATIVES`). Seven of the eleven
stories told by one outlet sit in a town another story names (Velden's pool, Ruelle's museum,
Valdemora's library, Castelrosso's bridge, Harlo's museum, Praia Serena's market, Severogorsk's
exhibition): they can only be merged falsely. Some pairs of stories share a town but not an event
(the Vernac flats fire and the Vernac jewellery raid two weeks later, the Zwolde bicycle maker and
the Zwolde jeweller's raid, the Harlo factory and the Harlo museum). No story has more than four
copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties, unions and bands are invented here; real bodies appear
only as backdrop (the navy, the Polizia stradale, the Protezione civile, Salvamento Marítimo,
the Cruz Roja, the Força Aérea, the GCSE).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor the items of earlier rounds (rounds 12 and 13 were read for their
docstrings, format and a handful of items), and never run through the merging code before its
one scoring run (`python -m bench.stories --round14`). Once its errors have been read it is no
longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-blaze-brackwater",
        "Huge blaze tears through Brackwater furniture warehouse",
        "About 70 firefighters were called to the Kelsall Road industrial estate in Brackwater at "
        "10.20pm on Wednesday after fire broke out in a furniture warehouse; nearby homes were "
        "told to keep windows shut.",
        22.5,
    ),
    (
        "en-blaze-brackwater",
        "Smoke over Brackwater as warehouse burns",
        "Crews tackle a large fire on the Kelsall Road estate.",
        22.8,
    ),
    (
        "en-blaze-brackwater",
        "Brackwater warehouse fire: roof collapses, no one hurt",
        "The roof of the Hendry Furnishings warehouse in Brackwater fell in shortly after "
        "midnight; the fire service said all staff had left the building before the blaze began.",
        25.5,
    ),
    (
        "en-blaze-brackwater",
        "Cause of Kelsall Road blaze still unknown as crews damp down",
        "Firefighters were still damping down the ruins of the Hendry Furnishings warehouse in "
        "Brackwater on Thursday morning; investigators will enter the site once it is safe.",
        34.0,
    ),
    (
        "en-blaze-brackwater/flat",
        "Two rescued from flat fire in Brackwater town centre",
        "Two people were carried down a ladder from a second-floor flat above a shop on "
        "Brackwater's Market Street early on Thursday, while other crews were still at the "
        "warehouse fire across town.",
        24.3,
    ),
    (
        "en-blaze-brackwater/flat",
        "Flat fire on Market Street",
        "Two residents taken to hospital with smoke inhalation.",
        24.9,
    ),
    (
        "en-blaze-brackwater/flat",
        "Faulty heater blamed for Market Street flat fire",
        "The fire in a flat above a bakery in Brackwater was started by an electric heater left "
        "too close to a sofa, the fire service said; it is not linked to the warehouse blaze.",
        31.0,
    ),
    (
        "en-jobcuts-tamsin",
        "Tamsin Audio to cut 600 jobs as sales slump",
        "The headphone and speaker maker Tamsin Audio will cut 600 of its 2,400 jobs and close "
        "its Harbridge assembly plant, blaming a sharp drop in sales since the spring.",
        9.0,
    ),
    (
        "en-jobcuts-tamsin",
        "Tamsin to shed 600 posts",
        "Speaker maker to close its Harbridge plant.",
        9.2,
    ),
    (
        "en-jobcuts-tamsin",
        "Harbridge stunned by Tamsin plant closure",
        "Workers at the Tamsin Audio site in Harbridge learned of the closure at a morning "
        "meeting; the plant, open since 1987, employs 410 of the 600 people whose jobs will go.",
        11.5,
    ),
    (
        "en-jobcuts-tamsin",
        "Union demands talks over Tamsin's 600 job cuts",
        "The Unified Workers' Union asked Tamsin Audio to delay the Harbridge closure by a year "
        "and said a quarter of the affected staff had worked there for more than 20 years.",
        27.0,
    ),
    (
        "en-jobcuts-tamsin/launch",
        "Tamsin Audio unveils its first noise-cancelling earbuds",
        "Tamsin Audio launched the Pulse One earbuds on Saturday at £149, its first product with "
        "noise cancelling, days after announcing job cuts at its Harbridge plant.",
        79.0,
    ),
    (
        "en-jobcuts-tamsin/launch",
        "Tamsin launches Pulse One",
        "New earbuds from the speaker maker go on sale at £149.",
        79.4,
    ),
    (
        "en-jobcuts-tamsin/launch",
        "Review: Tamsin's Pulse One earbuds are worth the wait",
        "The Pulse One sound rich and the noise cancelling works well on trains, though the "
        "battery life of six hours lags behind the rivals.",
        84.0,
    ),
    (
        "en-hearing-pellow",
        "Hearing in ex-mayor Gareth Pellow's assault case adjourned",
        "Magistrates in Wexley adjourned the hearing of former mayor Gareth Pellow, accused of "
        "assaulting a council officer, after his lawyer said key video evidence had not been "
        "disclosed.",
        14.0,
    ),
    (
        "en-hearing-pellow",
        "Pellow case put off",
        "Court adjourns ex-mayor's hearing over missing video.",
        14.3,
    ),
    (
        "en-hearing-pellow",
        "Pellow's lawyer wins delay over CCTV footage",
        "The court gave prosecutors until next month to hand over CCTV from Wexley town hall; Mr "
        "Pellow, 58, denies the charge and was granted unconditional bail.",
        17.0,
    ),
    (
        "en-hearing-pellow/held",
        "Former Wexley mayor Pellow tells court he acted in self-defence",
        "Gareth Pellow told Wexley magistrates on Wednesday that he pushed the council officer "
        "away only after being grabbed by the arm, as his assault hearing finally went ahead.",
        686.0,
    ),
    (
        "en-hearing-pellow/held",
        "Pellow gives his evidence",
        "The ex-mayor says he acted in self-defence.",
        686.5,
    ),
    (
        "en-hearing-pellow/held",
        "CCTV shown as Pellow assault hearing goes ahead",
        "Magistrates watched town hall footage of the scuffle between Gareth Pellow and the "
        "officer; the verdict is expected on Thursday.",
        693.0,
    ),
    (
        "en-lineup-glenmoor",
        "Glenmoor Folk Festival reveals its summer line-up",
        "The Glenmoor Folk Festival announced on Thursday that the Hallam Sisters and the fiddler "
        "Owen Marsh will headline its three days in the grounds of Glenmoor Hall; tickets go on "
        "sale next week at £95.",
        40.0,
    ),
    (
        "en-lineup-glenmoor",
        "Glenmoor line-up out",
        "Hallam Sisters to headline the folk festival.",
        40.3,
    ),
    (
        "en-lineup-glenmoor",
        "Why Glenmoor's organisers went back to their roots",
        "After two years of pop-leaning bills, the festival's director said this year's line-up "
        "was a return to traditional music, with 40 acts on three stages.",
        46.0,
    ),
    (
        "en-lineup-glenmoor/festival",
        "Hallam Sisters close a muddy Glenmoor Folk Festival",
        "About 12,000 people braved rain at Glenmoor Hall for the festival's final night, when "
        "the Hallam Sisters played for almost two hours.",
        1105.0,
    ),
    (
        "en-lineup-glenmoor/festival",
        "Rain fails to stop Glenmoor",
        "Thousands at the folk festival's last night.",
        1105.4,
    ),
    (
        "en-lineup-glenmoor/festival",
        "Glenmoor festival ends with record crowd despite the rain",
        "Organisers said 31,000 tickets were sold over the three days, the most in the festival's "
        "history, though car parks were closed on Sunday because of the mud.",
        1111.0,
    ),
    (
        "en-crash-m71",
        "Lorry overturns on M71, closing motorway for hours",
        "A lorry carrying steel pipes overturned on the southbound M71 between junctions 8 and 9 "
        "at about 7am on Wednesday; the driver was taken to hospital with serious injuries.",
        7.0,
    ),
    (
        "en-crash-m71",
        "M71 shut after lorry crash",
        "Southbound carriageway closed at junction 8.",
        7.3,
    ),
    (
        "en-crash-m71",
        "Drivers stuck for three hours after M71 lorry crash",
        "Hundreds of drivers were trapped between junctions 8 and 9 as crews cleared steel pipes "
        "spread across all three lanes; the road reopened shortly before 11am.",
        9.0,
    ),
    (
        "en-crash-m71",
        "M71 lorry driver named as police appeal for witnesses",
        "Police named the driver of the overturned lorry as Keith Dobney, 49, who remains in a "
        "serious condition, and asked drivers with dashcam footage to come forward.",
        30.0,
    ),
    (
        "en-crash-m71/car",
        "Three hurt as car hits barrier on M71",
        "Three people were injured when a car hit the central barrier on the northbound M71 near "
        "junction 12 on Wednesday afternoon, hours after the lorry crash further south.",
        15.5,
    ),
    (
        "en-crash-m71/car",
        "Second crash on M71",
        "Car hits barrier near junction 12, three injured.",
        15.8,
    ),
    (
        "en-crash-m71/car",
        "Northbound M71 reopens after afternoon crash",
        "The northbound carriageway near junction 12 reopened at 5.30pm; the driver of the car, a "
        "woman in her 30s, was said to be in a stable condition.",
        18.0,
    ),
    (
        "en-strike-ridgeway",
        "Ridgeway Rail drivers to strike on the 14th over pay",
        "The train drivers' union RDU announced a 24-hour strike at Ridgeway Rail for Thursday "
        "the 14th after rejecting a 3.5% pay offer; the operator said most services would be "
        "cancelled.",
        50.0,
    ),
    (
        "en-strike-ridgeway",
        "Ridgeway drivers call strike",
        "One-day walkout set for the 14th over pay.",
        50.3,
    ),
    (
        "en-strike-ridgeway",
        "Commuters face a day without trains as Ridgeway strike called",
        "Passengers on the Ridgeway lines were told to work from home on the 14th; the union says "
        "the 3.5 per cent offer is well below inflation.",
        54.0,
    ),
    (
        "en-strike-ridgeway/day",
        "Ridgeway Rail strike halts almost all trains",
        "Only eight of Ridgeway Rail's 640 daily services ran on Thursday as train drivers walked "
        "out over pay, leaving stations across the network empty.",
        200.0,
    ),
    (
        "en-strike-ridgeway/day",
        "Strike day on Ridgeway",
        "Just eight trains running as drivers walk out.",
        200.4,
    ),
    (
        "en-strike-ridgeway/day",
        "Ridgeway and drivers' union agree to new talks after strike",
        "After a day of almost no trains, Ridgeway Rail and the RDU said they would meet at the "
        "conciliation service on Friday.",
        206.0,
    ),
    (
        "en-minister-voss",
        "Housing minister Clara Voss pledges 50,000 new homes on brownfield land",
        "Clara Voss announced a £2.1bn fund to build 50,000 homes on old industrial sites over "
        "five years, the first big policy since she took the housing brief.",
        60.0,
    ),
    (
        "en-minister-voss",
        "Voss unveils homes plan",
        "Minister promises 50k homes on brownfield sites.",
        60.3,
    ),
    (
        "en-minister-voss",
        "Builders welcome Voss's £2.1 billion brownfield fund",
        "The builders' federation said the fund for 50,000 homes was a start, but warned that "
        "cleaning up polluted sites often costs more than the land is worth.",
        63.0,
    ),
    (
        "en-minister-voss/rents",
        "Clara Voss announces cap on rent rises",
        "The housing minister said rent increases for private tenants would be limited to 5% a "
        "year from April, two days after setting out her brownfield homes plan.",
        104.0,
    ),
    (
        "en-minister-voss/rents",
        "Voss caps rent rises",
        "Private rents to rise by at most 5 per cent a year.",
        104.3,
    ),
    (
        "en-minister-voss/rents",
        "Landlords warn Voss rent cap will shrink the market",
        "The landlords' association said the 5pc cap would push owners to sell up; tenants' "
        "groups said it did not go far enough.",
        108.0,
    ),
    (
        "en-warning-pellbrook",
        "Pellbrook Foods shares plunge 23% after profit warning",
        "The ready-meals group Pellbrook Foods cut its profit forecast for the year to £48m from "
        "£70m, blaming higher ingredient costs and the loss of a supermarket contract.",
        33.0,
    ),
    (
        "en-warning-pellbrook",
        "Pellbrook warns on profit",
        "Shares down 23% as forecast is cut to £48m.",
        33.2,
    ),
    (
        "en-warning-pellbrook",
        "What went wrong at Pellbrook?",
        "The loss of its biggest supermarket contract has left the ready-meals maker exposed, our "
        "business editor writes.",
        36.0,
    ),
    (
        "en-warning-pellbrook/ceo",
        "Pellbrook Foods chief executive Ian Ferrers quits",
        "Ian Ferrers stepped down as chief executive of Pellbrook Foods on Monday, days after the "
        "ready-meals group cut its profit forecast; the finance director will run the firm for "
        "now.",
        131.0,
    ),
    (
        "en-warning-pellbrook/ceo",
        "Pellbrook boss resigns",
        "Ferrers leaves days after the profit warning.",
        131.3,
    ),
    (
        "en-warning-pellbrook/ceo",
        "Investors cheer Ferrers exit as Pellbrook shares rise 6%",
        "Shares in Pellbrook rose 6 per cent after the departure of Ian Ferrers; one top-ten "
        "shareholder said new leadership was overdue.",
        135.0,
    ),
    (
        "en-flood-dunhaven",
        "River Lode bursts its banks in Dunhaven, flooding 200 homes",
        "About 200 homes in the lower town of Dunhaven were flooded overnight after the River "
        "Lode rose by more than two metres; residents were taken to the leisure centre.",
        78.0,
    ),
    (
        "en-flood-dunhaven",
        "Dunhaven under water",
        "The Lode floods 200 homes overnight.",
        78.3,
    ),
    (
        "en-flood-dunhaven",
        "'It came in through the floorboards': Dunhaven residents count the cost",
        "Families in Dunhaven's Mill Lane described waking to water in their kitchens; many had "
        "no flood insurance.",
        81.0,
    ),
    (
        "en-flood-dunhaven",
        "Dunhaven flood waters recede as clean-up begins",
        "The River Lode fell back below its banks on Saturday; the council brought in skips for "
        "ruined furniture in the 200 flooded homes.",
        108.0,
    ),
    (
        "en-bridge-ashby",
        "Footbridge collapses into canal at Ashby Wharf",
        "A 40-metre footbridge over the canal at Ashby Wharf collapsed on Saturday afternoon; two "
        "walkers fell into the water and were pulled out by passers-by.",
        111.0,
    ),
    (
        "en-bridge-ashby",
        "Ashby footbridge falls",
        "Two walkers rescued from canal after collapse.",
        111.4,
    ),
    (
        "en-bridge-ashby",
        "Ashby bridge had failed safety check last year, documents show",
        "An inspection report seen by this paper says the footbridge at Ashby Wharf was marked as "
        "needing urgent repairs to its supports in March.",
        115.0,
    ),
    (
        "en-rescue-tarrow",
        "Four cavers trapped by flood water in Tarrow Pot",
        "Four cavers were cut off by rising water 300 metres inside Tarrow Pot on Saturday; cave "
        "rescue teams from three counties were called.",
        118.0,
    ),
    (
        "en-rescue-tarrow",
        "Cavers trapped",
        "Four are stuck under the ground at Tarrow Pot.",
        118.3,
    ),
    (
        "en-rescue-tarrow",
        "All four Tarrow Pot cavers brought out safely after 18 hours",
        "The four men trapped in Tarrow Pot were led out on Sunday afternoon once the water fell; "
        "they were cold but unhurt.",
        136.0,
    ),
    (
        "en-rescue-tarrow",
        "Tarrow Pot rescue: 'We just sat and waited on a ledge'",
        "One of the four cavers told of the long night spent on a dry ledge, sharing chocolate "
        "and waiting for the water to drop.",
        138.0,
    ),
    (
        "en-storm-fenna",
        "Storm Fenna leaves 40,000 homes without power",
        "Winds of up to 90mph hit the west coast on Tuesday night, bringing down trees and power "
        "lines and cutting electricity to 40,000 homes.",
        170.0,
    ),
    (
        "en-storm-fenna",
        "Storm Fenna hits",
        "40k homes lose power as gales batter the coast.",
        170.3,
    ),
    (
        "en-storm-fenna",
        "Roads blocked and trains stopped as Storm Fenna sweeps in",
        "Fallen trees closed dozens of roads and the coastal railway was shut after debris hit "
        "the line at Porthallow.",
        173.0,
    ),
    (
        "en-storm-fenna",
        "Power back for most after Storm Fenna",
        "All but 3,000 of the 40,000 homes cut off by Storm Fenna had their power back by "
        "Wednesday evening.",
        190.0,
    ),
    (
        "en-transfer-adeyemi",
        "Kingsmoor Rovers sign striker Tunde Adeyemi for £32m",
        "Rovers completed the signing of the 23-year-old forward from Ostrava Lions on a "
        "five-year contract, a club record fee.",
        180.0,
    ),
    (
        "en-transfer-adeyemi",
        "Adeyemi joins Rovers",
        "Club-record £32m deal for the striker.",
        180.2,
    ),
    (
        "en-transfer-adeyemi",
        "Adeyemi: 'Kingsmoor was the only club I wanted'",
        "The new signing said he turned down two other offers to join Rovers, where he will wear "
        "the number nine shirt.",
        184.0,
    ),
    (
        "en-norovirus-lansdale",
        "Lansdale primary closes after 80 pupils fall ill",
        "St Brannock's primary school in Lansdale shut on Thursday after about 80 children and 12 "
        "staff fell ill with vomiting, thought to be norovirus.",
        200.5,
    ),
    (
        "en-norovirus-lansdale",
        "Sickness shuts school",
        "Norovirus suspected at St Brannock's.",
        200.8,
    ),
    (
        "en-norovirus-lansdale",
        "St Brannock's to reopen after deep clean",
        "Health officials confirmed norovirus at the Lansdale school and said it could reopen on "
        "Monday after cleaning.",
        228.0,
    ),
    (
        "en-whale-selby",
        "Humpback whale stranded on Selby Sands",
        "A young humpback whale about eight metres long was found stranded on Selby Sands on "
        "Thursday morning; marine medics are keeping it wet until high tide.",
        201.0,
    ),
    (
        "en-whale-selby",
        "Whale on the beach",
        "Humpback stranded at Selby Sands.",
        201.3,
    ),
    (
        "en-whale-selby",
        "Stranded humpback refloated at Selby",
        "Rescuers used pontoons to float the whale off at high tide on Thursday night; it was "
        "seen swimming out to sea.",
        222.0,
    ),
    (
        "en-heist-carrick",
        "Jewels worth £3m stolen from Carrick museum",
        "Thieves broke into the Carrick County Museum overnight and took a display of Georgian "
        "jewellery valued at about £3 million.",
        240.0,
    ),
    (
        "en-heist-carrick",
        "Raid on the Carrick museum",
        "Georgian jewels worth £3m taken.",
        240.3,
    ),
    (
        "en-heist-carrick",
        "Carrick raiders knew where the alarms were, police believe",
        "Detectives said the thieves entered through a skylight and cut a single cable, "
        "suggesting they had studied the building.",
        244.0,
    ),
    (
        "en-heist-carrick",
        "Two men arrested over Carrick museum jewel raid",
        "Police arrested two men, aged 34 and 41, over the theft of £3m of jewellery from the "
        "Carrick County Museum; none of the items has been found.",
        262.0,
    ),
    (
        "en-derail-brindle",
        "Freight train derails at Brindle Junction",
        "Eleven wagons of a freight train carrying gravel came off the track at Brindle Junction "
        "early on Saturday; no one was hurt but the main line is closed.",
        250.0,
    ),
    (
        "en-derail-brindle",
        "Derailment closes line",
        "Eleven wagons off the track at Brindle.",
        250.3,
    ),
    (
        "en-derail-brindle",
        "Brindle line to stay shut until the weekend",
        "Network engineers said 600 metres of track damaged in the derailment must be replaced; "
        "buses will replace trains.",
        256.0,
    ),
    (
        "en-derail-brindle",
        "Brindle derailment blamed on a broken rail",
        "Investigators said a cracked rail was the most likely cause of the derailment of the "
        "gravel train at Brindle Junction.",
        270.0,
    ),
    (
        "en-ferry-aground",
        "Ferry with 300 on board runs aground off Calloway Point",
        "The ferry Saint Ivor ran aground on a sandbank off Calloway Point on Friday evening; its "
        "300 passengers were kept on board as tugs were sent.",
        260.0,
    ),
    (
        "en-ferry-aground",
        "Ferry aground",
        "300 passengers wait on the stranded Saint Ivor.",
        260.2,
    ),
    (
        "en-ferry-aground",
        "Saint Ivor refloated and towed to harbour",
        "The ferry was pulled off the sandbank at high tide early on Saturday and its passengers "
        "came ashore at Calloway after 11 hours on board.",
        272.0,
    ),
    (
        "en-waiting-lists",
        "Hospital waiting lists in the east reach 410,000",
        "Figures from the health board show 410,000 patients waiting for planned treatment in the "
        "eastern region, up 8 per cent on last year.",
        280.0,
    ),
    (
        "en-breach-halcyon",
        "Halcyon Energy says data of 1.2 million customers stolen",
        "The energy supplier Halcyon said hackers had taken names, addresses and bank details of "
        "1.2 million customers and urged them to watch for fraud.",
        300.0,
    ),
    (
        "en-breach-halcyon",
        "Halcyon hacked",
        "Bank details of 1.2m customers stolen.",
        300.3,
    ),
    (
        "en-breach-halcyon",
        "Halcyon breach: what customers should do now",
        "Customers should check their bank statements and be wary of calls claiming to be from "
        "Halcyon, the supplier said.",
        304.0,
    ),
    (
        "en-breach-halcyon",
        "Regulator opens inquiry into Halcyon data breach",
        "The information regulator said it would look at whether Halcyon Energy had protected the "
        "data of the 1.2 million customers properly.",
        326.0,
    ),
    (
        "en-drone-fenmouth",
        "Drone sightings close Fenmouth airport",
        "Flights at Fenmouth airport were halted for two hours on Sunday evening after two drones "
        "were seen near the runway; 24 flights were diverted.",
        320.0,
    ),
    (
        "en-drone-fenmouth",
        "Fenmouth runway shut",
        "Drones spotted near the airport, 24 flights diverted.",
        320.3,
    ),
    (
        "en-drone-fenmouth",
        "Fenmouth passengers stranded after drone alert",
        "Passengers spent the night in the terminal after flights to Fenmouth were sent to other "
        "airports; police are searching for the drone operators.",
        323.0,
    ),
    (
        "en-gas-linton",
        "Gas explosion destroys house in Linton",
        "A gas explosion destroyed a terraced house on Linton's Orchard Row on Monday morning; a "
        "man in his 60s was pulled from the rubble.",
        330.0,
    ),
    (
        "en-gas-linton",
        "Blast in Linton",
        "A house is destroyed by a gas explosion.",
        330.2,
    ),
    (
        "en-gas-linton",
        "Orchard Row neighbours evacuated after Linton blast",
        "Residents of 14 houses on Orchard Row spent the day at a church hall while engineers "
        "checked the gas mains.",
        334.0,
    ),
    (
        "en-gas-linton",
        "Linton explosion victim in stable condition",
        "The man pulled from the ruins of his home on Orchard Row is recovering in hospital; the "
        "gas network has begun an investigation.",
        352.0,
    ),
    (
        "en-exam-leak",
        "Exam board scraps maths paper after leak",
        "The Central Exams Board cancelled a GCSE maths paper sat by 90,000 pupils after the "
        "questions were shared online the night before.",
        340.0,
    ),
    (
        "en-exam-leak",
        "Maths exam cancelled",
        "Paper leaked online the night before.",
        340.3,
    ),
    (
        "en-exam-leak",
        "Pupils angry at having to resit leaked maths paper",
        "Pupils said they felt punished for someone else's cheating; the board said the resit "
        "would be on the 22nd.",
        346.0,
    ),
    (
        "en-exam-leak",
        "Teacher suspended over leaked maths exam paper",
        "The exam board said a teacher at a school in the Midlands had been suspended after an "
        "inquiry into the leak of the GCSE maths paper.",
        362.0,
    ),
    (
        "en-marathon-harbour",
        "Kenji Mori breaks the course record at the Harbour City Marathon",
        "Japan's Kenji Mori won the Harbour City Marathon in 2:05:41, taking 38 seconds off the "
        "course record.",
        360.0,
    ),
    (
        "en-marathon-harbour",
        "Record at the Harbour City Marathon",
        "Mori wins in a time of 2:05:41.",
        360.2,
    ),
    (
        "en-marathon-harbour",
        "22,000 runners finish the Harbour City Marathon on a record day",
        "Kenji Mori's course record led a day when 22,000 runners crossed the line and raised £4m "
        "for charity.",
        364.0,
    ),
    (
        "en-pier-reopens",
        "Southholm pier reopens after a two-year restoration",
        "The Victorian pier at Southholm reopened to visitors this week after £6m of repairs.",
        370.0,
    ),
    (
        "en-library-closure",
        "Three village libraries to close in council budget",
        "Stowford, Haddon and Kirkby libraries will close next year under the district council's "
        "plans.",
        380.0,
    ),
    (
        "en-sinkhole-morley",
        "Sinkhole swallows car on Morley high street",
        "A sinkhole about six metres wide opened on Morley's high street on Thursday night, "
        "swallowing a parked car; no one was hurt.",
        390.0,
    ),
    (
        "en-sinkhole-morley",
        "Car falls into sinkhole",
        "Six-metre hole opens on Morley high street.",
        390.3,
    ),
    (
        "en-sinkhole-morley",
        "Morley sinkhole caused by old mine workings, engineers say",
        "Engineers said the hole was caused by a collapse in 19th-century mine workings; the high "
        "street will stay shut for weeks.",
        410.0,
    ),
    (
        "en-mayor-arrest",
        "Mayor of Kestrelford arrested in bribery inquiry",
        "Police arrested Kestrelford's mayor, Alan Tebbit, on suspicion of taking bribes from a "
        "developer; he was released on bail after questioning.",
        400.0,
    ),
    (
        "en-mayor-arrest",
        "Kestrelford mayor held",
        "Alan Tebbit arrested over bribery claims.",
        400.2,
    ),
    (
        "en-mayor-arrest",
        "Tebbit denies wrongdoing after arrest",
        "Kestrelford's mayor said he would clear his name and would not step down while the "
        "inquiry into the planning deal goes on.",
        404.0,
    ),
    (
        "en-battery-plant",
        "Voltera to build £900m battery factory at Garth",
        "The battery maker Voltera will build a £900m plant at the former Garth steelworks, "
        "creating 1,200 jobs by 2030.",
        420.0,
    ),
    (
        "en-battery-plant",
        "Voltera picks Garth",
        "Battery factory to bring 1,200 jobs.",
        420.2,
    ),
    (
        "en-battery-plant",
        "Garth celebrates as Voltera jobs promise revives steel town",
        "Former steelworkers in Garth said the Voltera factory was the best news the town had "
        "heard in two decades.",
        425.0,
    ),
    (
        "en-battery-plant",
        "Voltera's Garth plant won £150m in state aid",
        "Papers seen by this newspaper show that the government will give Voltera £150 million "
        "towards the £900m factory.",
        444.0,
    ),
    (
        "en-prison-escape",
        "Inmate escapes from Hallowmoor prison",
        "A 29-year-old prisoner serving a sentence for robbery escaped from Hallowmoor prison on "
        "Saturday night; police warned the public not to approach him.",
        430.0,
    ),
    (
        "en-prison-escape",
        "Hallowmoor escape",
        "Robbery convict on the run.",
        430.3,
    ),
    (
        "en-prison-escape",
        "Hallowmoor escaped prisoner caught in Lendon",
        "The prisoner who escaped from Hallowmoor was arrested at a friend's flat in Lendon on "
        "Sunday evening.",
        455.0,
    ),
    (
        "en-snow-schools",
        "Snow closes 300 schools across the north",
        "Heavy overnight snow closed more than 300 schools and cut off villages on the moors on "
        "Monday.",
        462.0,
    ),
    (
        "en-snow-schools",
        "Snow shuts schools",
        "More than 300 closed across the north.",
        462.3,
    ),
    (
        "en-snow-schools",
        "Drivers stranded on the A680 as snow sweeps the moors",
        "Dozens of drivers spent hours stuck on the A680 over Blackstone Moor before gritters got "
        "through.",
        466.0,
    ),
    (
        "en-bus-fares",
        "Bus fares in the city to rise by 10p",
        "The city's bus company said single fares will rise to £2.10 from next month.",
        460.0,
    ),
    (
        "en-zoo-wexham",
        "Red panda escapes from Wexham Zoo",
        "A red panda called Tibbs slipped out of its enclosure at Wexham Zoo on Monday morning; "
        "keepers asked residents to check their gardens and trees.",
        468.0,
    ),
    (
        "en-zoo-wexham",
        "Panda on the loose",
        "Wexham Zoo asks locals to look up in the trees.",
        468.3,
    ),
    (
        "en-zoo-wexham",
        "Sightings of Tibbs the red panda pour in from across Wexham",
        "The zoo said it had received more than 200 calls about the runaway red panda, most of "
        "them about cats and squirrels.",
        472.0,
    ),
    (
        "en-zoo-wexham",
        "Tibbs found safe in a garden shed after a night out",
        "Keepers recaptured the red panda in a shed two streets from Wexham Zoo on Tuesday "
        "morning; he was said to be hungry but well.",
        490.0,
    ),
    (
        "en-cliff-holcombe",
        "Huge cliff fall closes the beach at Holcombe Bay",
        "Thousands of tonnes of rock fell from the cliffs at Holcombe Bay overnight, burying part "
        "of the beach; no one is thought to have been hurt.",
        490.0,
    ),
    (
        "en-cliff-holcombe",
        "Cliff falls at Holcombe",
        "Part of the beach buried under tonnes of rock.",
        490.3,
    ),
    (
        "en-cliff-holcombe",
        "Coastguard warns walkers to stay away from the Holcombe cliffs",
        "After the rock fall, the coastguard said the cliff top path would stay closed because "
        "more of the cliff could come down.",
        495.0,
    ),
    (
        "en-shipyard-order",
        "Harland Quay shipyard wins £1.1bn frigate order",
        "The Harland Quay yard will build four frigates for the navy in a £1.1 billion deal that "
        "secures 2,000 jobs for a decade.",
        510.0,
    ),
    (
        "en-shipyard-order",
        "Frigate deal for Harland Quay",
        "Four warships and 2,000 jobs secured.",
        510.2,
    ),
    (
        "en-shipyard-order",
        "Harland Quay workers celebrate the £1.1 billion frigate contract",
        "Welders and fitters at the yard said the order had ended years of worry about its "
        "future; the first steel will be cut next year.",
        514.0,
    ),
    (
        "en-water-thornby",
        "30,000 homes in Thornby told to boil their water",
        "Severn Vale Water told 30,000 households in Thornby to boil tap water before drinking it "
        "after a parasite was found at a treatment works.",
        530.0,
    ),
    (
        "en-water-thornby",
        "Boil water notice in Thornby",
        "30k homes affected after a parasite is found.",
        530.3,
    ),
    (
        "en-water-thornby",
        "Shops in Thornby run out of bottled water",
        "Supermarkets in Thornby sold out of bottled water within hours of the boil notice; the "
        "water company is handing out bottles at two sites.",
        534.0,
    ),
    (
        "en-water-thornby",
        "Thornby boil water notice lifted for most homes",
        "The notice was lifted for all but 2,000 homes on Friday after tests at the treatment "
        "works came back clear.",
        556.0,
    ),
    # --- French ---
    (
        "fr-incendie-vernac",
        "Incendie dans un immeuble de Vernac : 14 blessés",
        "Un violent incendie s'est déclaré mercredi vers 22 heures dans un immeuble de six étages "
        "du quartier des Tilleuls à Vernac ; quatorze personnes ont été blessées, dont deux "
        "grièvement.",
        22.0,
    ),
    (
        "fr-incendie-vernac",
        "EN DIRECT - Feu aux Tilleuls",
        "Un immeuble en flammes à Vernac, les habitants évacués.",
        22.3,
    ),
    (
        "fr-incendie-vernac",
        "Vernac : les habitants des Tilleuls relogés dans un gymnase",
        "La mairie a ouvert le gymnase Jean-Mermoz pour les 60 familles de l'immeuble incendié ; "
        "l'origine du feu reste inconnue.",
        25.0,
    ),
    (
        "fr-incendie-vernac",
        "Incendie des Tilleuls : une enquête ouverte pour incendie volontaire",
        "Le parquet de Vernac a ouvert une enquête après la découverte de traces d'essence dans "
        "le local à poubelles où le feu a pris.",
        38.0,
    ),
    (
        "fr-incendie-vernac/entrepot",
        "Vernac : un entrepôt de la zone du Port en feu dans la nuit",
        "Quelques heures après l'incendie des Tilleuls, les pompiers ont été appelés pour un "
        "entrepôt de pièces auto en flammes dans la zone du Port, à l'autre bout de la ville.",
        25.5,
    ),
    (
        "fr-incendie-vernac/entrepot",
        "Deuxième feu à Vernac",
        "Un entrepôt du Port brûle dans la nuit.",
        25.8,
    ),
    (
        "fr-incendie-vernac/entrepot",
        "Entrepôt du Port : un court-circuit à l'origine du feu",
        "Selon les pompiers, l'incendie de l'entrepôt est dû à un court-circuit ; il n'a aucun "
        "lien avec le feu de l'immeuble des Tilleuls.",
        33.0,
    ),
    (
        "fr-carambolage-n214",
        "Carambolage sur la N214 : une trentaine de véhicules impliqués",
        "Une trentaine de voitures et trois poids lourds se sont percutés vendredi matin dans le "
        "brouillard sur la N214 près de Saint-Alvert ; on compte neuf blessés.",
        55.0,
    ),
    (
        "fr-carambolage-n214",
        "Carambolage dans le brouillard",
        "30 véhicules impliqués sur la N214, neuf blessés.",
        55.3,
    ),
    (
        "fr-carambolage-n214",
        "N214 : la route rouverte après le carambolage de Saint-Alvert",
        "La circulation a repris en fin de matinée sur la nationale ; les neuf blessés ont été "
        "transportés à l'hôpital de Ruelle.",
        59.0,
    ),
    (
        "fr-carambolage-n214/moto",
        "Un motard tué sur la N214 dans l'après-midi",
        "Un motard de 42 ans a perdu la vie vendredi après-midi sur la N214 à hauteur de Brissac, "
        "quelques heures après le carambolage du matin plus au nord.",
        64.0,
    ),
    (
        "fr-carambolage-n214/moto",
        "Accident mortel sur la N214",
        "Un motard de 42 ans tué près de Brissac.",
        64.3,
    ),
    (
        "fr-carambolage-n214/moto",
        "Motard tué sur la N214 : la gendarmerie lance un appel à témoins",
        "Les gendarmes recherchent le conducteur d'une camionnette blanche qui aurait doublé le "
        "motard juste avant l'accident près de Brissac.",
        70.0,
    ),
    (
        "fr-sante-durieux",
        "La ministre Hélène Durieux annonce 3 000 postes d'infirmiers",
        "La ministre de la Santé a annoncé samedi la création de 3 000 postes d'infirmiers dans "
        "les hôpitaux publics d'ici deux ans, pour un coût de 400 millions d'euros.",
        85.0,
    ),
    (
        "fr-sante-durieux",
        "Santé : 3000 infirmiers de plus",
        "Hélène Durieux annonce un plan pour les hôpitaux.",
        85.3,
    ),
    (
        "fr-sante-durieux",
        "Plan infirmiers : les syndicats jugent l'effort insuffisant",
        "Pour les syndicats, les 3 000 postes promis par la ministre ne comblent pas les départs "
        "; le plan de 400 M€ sera voté au printemps.",
        90.0,
    ),
    (
        "fr-sante-durieux/urgences",
        "Durieux veut fermer la nuit les petites urgences",
        "Trois jours après son plan pour les infirmiers, la ministre de la Santé a proposé de "
        "fermer la nuit les services d'urgences qui reçoivent moins de 20 patients.",
        158.0,
    ),
    (
        "fr-sante-durieux/urgences",
        "Urgences : la nuit en question",
        "La ministre propose de fermer les petites urgences la nuit.",
        158.3,
    ),
    (
        "fr-sante-durieux/urgences",
        "Les maires ruraux vent debout contre la réforme des urgences",
        "L'association des maires ruraux dénonce un projet qui éloignerait les malades des soins "
        "; la ministre promet une concertation.",
        164.0,
    ),
    (
        "fr-tempete-olive",
        "Tempête Olive : 120 000 foyers privés d'électricité en Bretagne",
        "La tempête Olive a balayé la côte bretonne dans la nuit de dimanche à lundi avec des "
        "rafales à 150 km/h ; 120 000 foyers étaient privés de courant au matin.",
        300.0,
    ),
    (
        "fr-tempete-olive",
        "Tempête Olive",
        "Rafales à 150 km/h sur la côte, des foyers sans courant.",
        300.3,
    ),
    (
        "fr-tempete-olive",
        "Après la tempête Olive, les arbres bloquent les routes du Finistère",
        "Des dizaines de routes étaient coupées lundi matin par des arbres tombés ; les écoles "
        "sont fermées dans une centaine de communes.",
        304.0,
    ),
    (
        "fr-tempete-olive",
        "Tempête Olive : le courant rétabli chez la plupart des foyers",
        "Les techniciens ont rétabli l'électricité chez 110 000 des 120 000 foyers touchés ; les "
        "derniers devront attendre vendredi.",
        322.0,
    ),
    (
        "fr-musee-rouvre",
        "Le musée des Beaux-Arts de Ruelle rouvre ses portes",
        "Après quatre ans de travaux, le musée accueille de nouveau le public depuis vendredi.",
        400.0,
    ),
    (
        "fr-vol-bijouterie",
        "Braquage d'une bijouterie à Vernac : deux suspects en fuite",
        "Deux hommes armés ont braqué mardi une bijouterie de la rue Gambetta à Vernac et se sont "
        "enfuis à scooter avec des montres d'une valeur de 200 000 euros.",
        340.0,
    ),
    (
        "fr-vol-bijouterie",
        "Braquage rue Gambetta",
        "Deux hommes armés volent des montres pour 200 000 euros.",
        340.3,
    ),
    (
        "fr-vol-bijouterie",
        "Bijouterie braquée à Vernac : les commerçants de la rue Gambetta inquiets",
        "Après le braquage de mardi, les commerçants demandent plus de patrouilles de police dans "
        "le centre-ville.",
        346.0,
    ),
    (
        "fr-vol-bijouterie",
        "Braquage de la rue Gambetta : un suspect interpellé",
        "Un homme de 24 ans a été interpellé jeudi à Ruelle ; une partie des montres volées a été "
        "retrouvée chez lui.",
        360.0,
    ),
    # --- German ---
    (
        "de-brand-halden",
        "Großbrand in Lagerhalle in Halden: Rauchsäule über der Stadt",
        "In einer Lagerhalle eines Reifenhändlers im Gewerbegebiet Halden-Ost ist am "
        "Donnerstagabend gegen 20 Uhr ein Großbrand ausgebrochen; die Feuerwehr ist mit mehr als "
        "120 Kräften im Einsatz.",
        44.5,
    ),
    (
        "de-brand-halden",
        "Großbrand im Gewerbegebiet Halden-Ost",
        "Reifenlager steht in Flammen, die Anwohner sollen die Fenster schließen.",
        44.8,
    ),
    (
        "de-brand-halden",
        "Reifenlager in Halden-Ost brennt nieder – Schaden in Millionenhöhe",
        "Die Halle des Reifenhändlers Brauer ist nach dem Feuer vom Donnerstagabend vollständig "
        "zerstört; verletzt wurde niemand, der Schaden wird auf 4,5 Mio. Euro geschätzt.",
        47.0,
    ),
    (
        "de-brand-halden",
        "Nach dem Großbrand in Halden: Kripo prüft Brandstiftung",
        "Die Kriminalpolizei hat die Brandruine im Gewerbegebiet Halden-Ost beschlagnahmt; ein "
        "Zeuge will vor dem Ausbruch des Feuers zwei Männer an der Halle gesehen haben.",
        60.0,
    ),
    (
        "de-brand-halden/wohnung",
        "Wohnungsbrand in der Halder Altstadt: Familie gerettet",
        "In der Nacht zum Freitag hat es auch in einem Mehrfamilienhaus in der Altstadt von "
        "Halden gebrannt; die Feuerwehr holte eine Familie mit zwei Kindern über die Drehleiter "
        "aus dem dritten Stock.",
        49.0,
    ),
    (
        "de-brand-halden/wohnung",
        "Zweites Feuer in Halden",
        "Familie aus brennendem Haus in der Altstadt gerettet.",
        49.3,
    ),
    (
        "de-brand-halden/wohnung",
        "Brand in der Altstadt: Ursache war ein Adventskranz",
        "Das Feuer in der Wohnung in der Kirchgasse ist nach Angaben der Polizei durch eine "
        "brennende Kerze ausgelöst worden; mit dem Brand im Reifenlager hat es nichts zu tun.",
        55.0,
    ),
    (
        "de-konzert-rosenau",
        "Die Band Nordlicht spielt im Sommer im Rosenauer Schlosspark",
        "Die Stadt Rosenau hat am Montag bekannt gegeben, dass die Band Nordlicht am 12. Juli ein "
        "Open-Air-Konzert im Schlosspark geben wird; der Vorverkauf beginnt am Freitag.",
        130.0,
    ),
    (
        "de-konzert-rosenau",
        "Nordlicht kommt nach Rosenau",
        "Konzert im Schlosspark am 12. Juli angekündigt.",
        130.3,
    ),
    (
        "de-konzert-rosenau",
        "Rosenau hofft auf 15.000 Besucher beim Nordlicht-Konzert",
        "Die Stadt rechnet mit rund 15 000 Gästen im Schlosspark und will Sonderbusse einsetzen, "
        "sagte der Bürgermeister bei der Ankündigung.",
        138.0,
    ),
    (
        "de-konzert-rosenau/abend",
        "Nordlicht begeistert 16.000 Fans im Rosenauer Schlosspark",
        "Bei lauem Sommerwetter hat die Band Nordlicht am Samstagabend vor rund 16 000 Zuschauern "
        "im Schlosspark von Rosenau gespielt; das Konzert war seit Wochen ausverkauft.",
        936.5,
    ),
    (
        "de-konzert-rosenau/abend",
        "Ausverkauftes Konzert in Rosenau",
        "Nordlicht spielt vor 16.000 Fans im Schlosspark.",
        936.9,
    ),
    (
        "de-konzert-rosenau/abend",
        "Nach dem Nordlicht-Konzert: Rosenau zieht positive Bilanz",
        "Polizei und Stadt melden einen friedlichen Abend; die Sonderbusse seien bis nach "
        "Mitternacht voll gewesen.",
        950.0,
    ),
    (
        "de-prognose-brueckner",
        "Brückner Maschinenbau senkt Gewinnprognose – Aktie bricht ein",
        "Der Maschinenbauer Brückner aus Velden erwartet für das laufende Jahr nur noch einen "
        "Gewinn von 80 Millionen Euro statt 130 Millionen; die Aktie fiel um 18 Prozent.",
        75.0,
    ),
    (
        "de-prognose-brueckner",
        "Brückner kappt die Prognose",
        "Aktie verliert 18 Prozent nach Gewinnwarnung.",
        75.2,
    ),
    (
        "de-prognose-brueckner",
        "Warum bei Brückner die Aufträge ausbleiben",
        "Die Kunden aus der Autoindustrie halten sich mit Bestellungen zurück, das trifft den "
        "Maschinenbauer aus Velden besonders hart.",
        78.0,
    ),
    (
        "de-prognose-brueckner/chef",
        "Brückner-Chef Hartmut Seidel tritt zurück",
        "Zwei Tage nach der Gewinnwarnung hat der Vorstandschef des Maschinenbauers Brückner, "
        "Hartmut Seidel, seinen Rücktritt erklärt; Finanzchefin Ulrike Wenz übernimmt vorerst.",
        125.0,
    ),
    (
        "de-prognose-brueckner/chef",
        "Seidel geht bei Brückner",
        "Vorstandschef tritt nach der Gewinnwarnung zurück.",
        125.3,
    ),
    (
        "de-prognose-brueckner/chef",
        "Aufsichtsrat sucht einen Nachfolger für Seidel",
        "Der Aufsichtsrat von Brückner will bis zum Frühjahr einen neuen Vorstandschef finden; "
        "Anleger begrüßten den Wechsel, die Aktie stieg um 4 %.",
        129.0,
    ),
    (
        "de-zug-elbau",
        "Zwei Regionalzüge stoßen bei Elbau zusammen – 23 Verletzte",
        "Auf der eingleisigen Strecke zwischen Elbau und Kessin sind am Donnerstagmorgen zwei "
        "Regionalzüge zusammengestoßen; 23 Fahrgäste wurden verletzt, drei davon schwer.",
        210.0,
    ),
    (
        "de-zug-elbau",
        "Zugunglück bei Elbau",
        "Zwei Regionalzüge auf der Strecke nach Kessin zusammengestoßen.",
        210.3,
    ),
    (
        "de-zug-elbau",
        "Zugunglück bei Elbau: Ermittler prüfen das Signal",
        "Die Bundesstelle für Eisenbahnunfälle untersucht, ob einer der Lokführer ein rotes "
        "Signal übersehen hat; die Strecke bleibt bis auf Weiteres gesperrt.",
        216.0,
    ),
    (
        "de-zug-elbau",
        "Nach dem Unglück bei Elbau: Strecke nach Kessin wieder frei",
        "Die Bahnstrecke zwischen Elbau und Kessin ist seit Freitagmittag wieder befahrbar; zwei "
        "der schwer verletzten Fahrgäste liegen noch im Krankenhaus.",
        236.0,
    ),
    (
        "de-tarif-chemie",
        "Tarifeinigung in der Chemie: 5,2 Prozent mehr Lohn",
        "Gewerkschaft und Arbeitgeber der Chemiebranche im Land haben sich in der dritten Runde "
        "auf 5,2 Prozent mehr Lohn in zwei Stufen geeinigt; der Vertrag läuft 24 Monate.",
        290.0,
    ),
    (
        "de-tarif-chemie",
        "Einigung für die Chemie",
        "5,2 % mehr Geld für die Beschäftigten.",
        290.2,
    ),
    (
        "de-tarif-chemie",
        "Was der Chemie-Abschluss für die 180.000 Beschäftigten bedeutet",
        "Die erste Stufe von 3 Prozent kommt im April, die zweite im nächsten Jahr; dazu gibt es "
        "eine Einmalzahlung von 1.000 Euro.",
        294.0,
    ),
    (
        "de-tarif-chemie",
        "Arbeitgeber nennen den Chemie-Abschluss schmerzhaft, aber tragbar",
        "Der Verband der Chemie-Arbeitgeber sagte, die 5,2 Prozent seien für viele kleinere "
        "Betriebe eine große Last.",
        306.0,
    ),
    (
        "de-hallenbad-velden",
        "Neues Hallenbad in Velden ist eröffnet",
        "Nach drei Jahren Bauzeit ist das Hallenbad am Stadtpark seit Samstag für die Besucher "
        "geöffnet.",
        380.0,
    ),
    (
        "de-wolf-heide",
        "Wolf reißt zwölf Schafe in der Lessiner Heide",
        "Ein Wolf hat in der Nacht zum Montag auf einer Weide bei Lessin zwölf Schafe getötet; "
        "der Schäfer fordert die Entnahme des Tieres.",
        470.0,
    ),
    (
        "de-wolf-heide",
        "Wolf tötet Schafe",
        "Zwölf Tiere auf einer Weide bei Lessin gerissen.",
        470.3,
    ),
    (
        "de-wolf-heide",
        "Gentest bestätigt: Wolf hat die Schafe bei Lessin gerissen",
        "Das Landesamt für Umwelt hat den Wolf als Täter bestätigt; der Schäfer soll eine "
        "Entschädigung bekommen.",
        490.0,
    ),
    # --- Spanish ---
    (
        "es-vista-ortega",
        "Aplazada la vista del caso del exconsejero Ortega",
        "La Audiencia de Valdemora aplazó este lunes la vista contra el exconsejero de Obras "
        "Públicas Ramón Ortega, acusado de amañar contratos, porque faltaba un informe pericial.",
        130.0,
    ),
    (
        "es-vista-ortega",
        "Aplazada la vista de Ortega",
        "Falta un informe pericial en el caso de los contratos.",
        130.3,
    ),
    (
        "es-vista-ortega",
        "La defensa de Ortega celebra el aplazamiento",
        "El abogado del exconsejero dijo que el informe pericial demostrará que los contratos se "
        "adjudicaron según la ley; la nueva fecha se fijará en las próximas semanas.",
        134.0,
    ),
    (
        "es-vista-ortega/juicio",
        "Ortega niega ante el tribunal haber amañado contratos",
        "El exconsejero Ramón Ortega declaró este miércoles en la Audiencia de Valdemora, en la "
        "vista que se aplazó el mes pasado, y negó haber favorecido a ninguna empresa.",
        850.0,
    ),
    (
        "es-vista-ortega/juicio",
        "Ortega declara",
        "El exconsejero niega los amaños ante la Audiencia.",
        850.3,
    ),
    (
        "es-vista-ortega/juicio",
        "El perito sostiene que los contratos de Ortega tenían sobrecostes",
        "El informe pericial presentado en la vista cifra en 6,3 millones de euros los "
        "sobrecostes de las obras adjudicadas por la consejería.",
        856.0,
    ),
    (
        "es-alerta-navalia",
        "Navalia rebaja su previsión de beneficios y se hunde en bolsa",
        "El grupo de astilleros Navalia recortó su previsión de beneficio anual a 95 millones de "
        "euros desde 140 millones; sus acciones cayeron un 21 % en la sesión.",
        120.0,
    ),
    (
        "es-alerta-navalia",
        "Navalia se desploma",
        "Las acciones caen un 21% tras el aviso sobre beneficios.",
        120.2,
    ),
    (
        "es-alerta-navalia",
        "Los retrasos en dos buques explican el aviso de Navalia",
        "Los problemas en la entrega de dos buques a una naviera noruega obligan al astillero a "
        "asumir penalizaciones, según los analistas.",
        124.0,
    ),
    (
        "es-alerta-navalia",
        "El Gobierno pide explicaciones a Navalia por los retrasos en los buques",
        "El ministerio de Industria quiere saber si el aviso sobre beneficios pone en riesgo los "
        "empleos del astillero.",
        140.0,
    ),
    (
        "es-alerta-navalia/dimision",
        "Dimite la presidenta de Navalia, Carmen Ibarra",
        "Carmen Ibarra ha dimitido como presidenta ejecutiva del grupo Navalia, seis días después "
        "del aviso sobre beneficios que hundió las acciones del astillero.",
        264.0,
    ),
    (
        "es-alerta-navalia/dimision",
        "Ibarra deja Navalia",
        "La presidenta dimite tras el aviso sobre beneficios.",
        264.3,
    ),
    (
        "es-alerta-navalia/dimision",
        "El consejo de Navalia busca un sustituto para Ibarra",
        "El consejero delegado asumirá de forma interina las funciones de la presidenta; la bolsa "
        "recibió la dimisión con una subida del 3 por ciento.",
        268.0,
    ),
    (
        "es-incendio-albarca",
        "Un incendio forestal obliga a desalojar dos pueblos en la sierra de Albarca",
        "Un incendio declarado el miércoles en la sierra de Albarca ha quemado 1.200 hectáreas y "
        "ha obligado a desalojar a 900 vecinos de Almedina y Fuentecilla.",
        180.0,
    ),
    (
        "es-incendio-albarca",
        "Fuego en Albarca",
        "Desalojados dos pueblos por el incendio.",
        180.3,
    ),
    (
        "es-incendio-albarca",
        "Los vecinos de Almedina pasan la noche en el polideportivo",
        "Más de 900 personas duermen en el polideportivo de Villacastro mientras los bomberos "
        "luchan contra el fuego de la sierra.",
        184.0,
    ),
    (
        "es-incendio-albarca",
        "Estabilizado el incendio de la sierra de Albarca",
        "El fuego, que ha arrasado 1200 hectáreas, está estabilizado y los vecinos de Almedina y "
        "Fuentecilla pueden volver a sus casas.",
        206.0,
    ),
    (
        "es-rescate-cayuco",
        "Rescatadas 64 personas de un cayuco al sur de la isla de Tabira",
        "Salvamento Marítimo rescató el miércoles a 64 personas, entre ellas nueve menores, que "
        "viajaban en un cayuco a 40 millas al sur de Tabira.",
        350.0,
    ),
    (
        "es-rescate-cayuco",
        "Rescate en el mar",
        "64 personas a bordo de un cayuco, entre ellos nueve menores.",
        350.3,
    ),
    (
        "es-rescate-cayuco",
        "Los 64 rescatados del cayuco llegan al puerto de Tabira",
        "Cruz Roja atendió en el muelle a los ocupantes del cayuco; dos de ellos fueron llevados "
        "al hospital por deshidratación.",
        356.0,
    ),
    (
        "es-rescate-cayuco",
        "Los menores rescatados del cayuco, acogidos en un centro de Tabira",
        "Los nueve menores que viajaban en el cayuco rescatado al sur de la isla quedan bajo la "
        "tutela del gobierno insular.",
        372.0,
    ),
    (
        "es-biblioteca-nueva",
        "Valdemora estrena su nueva biblioteca central",
        "La biblioteca, con 80.000 libros, abre sus puertas este domingo en el antiguo mercado.",
        450.0,
    ),
    # --- Italian ---
    (
        "it-esuberi-ferrante",
        "Elettrodomestici Ferrante, 450 esuberi e chiusura dello stabilimento di Castelrosso",
        "Il gruppo Ferrante ha annunciato 450 esuberi e la chiusura entro l'estate dello "
        "stabilimento di lavatrici di Castelrosso, per il calo delle vendite in Europa.",
        35.0,
    ),
    (
        "it-esuberi-ferrante",
        "Ferrante, 450 esuberi",
        "Chiude la fabbrica di lavatrici di Castelrosso.",
        35.3,
    ),
    (
        "it-esuberi-ferrante",
        "Castelrosso, sciopero immediato dopo l'annuncio di Ferrante",
        "Gli operai dello stabilimento hanno incrociato le braccia appena saputo della chiusura; "
        "i sindacati chiedono un tavolo al ministero.",
        40.0,
    ),
    (
        "it-esuberi-ferrante",
        "Ferrante, il ministero convoca l'azienda sugli esuberi",
        "Il tavolo sui 450 esuberi di Castelrosso si terrà lunedì; la Regione offre aiuti se il "
        "gruppo rinuncia alla chiusura.",
        58.0,
    ),
    (
        "it-esuberi-ferrante/lancio",
        "Ferrante presenta la lavatrice che consuma la metà dell'acqua",
        "Il gruppo Ferrante ha presentato a Milano la nuova lavatrice Aria, che secondo l'azienda "
        "consuma la metà dell'acqua dei modelli attuali.",
        135.0,
    ),
    (
        "it-esuberi-ferrante/lancio",
        "Ferrante lancia Aria",
        "La nuova lavatrice sarà in vendita dal mese di marzo.",
        135.3,
    ),
    (
        "it-esuberi-ferrante/lancio",
        "Aria, la scommessa di Ferrante sul risparmio dell'acqua",
        "Il modello sarà prodotto nello stabilimento polacco del gruppo; l'amministratore "
        "delegato parla di un prodotto per tutta l'Europa.",
        140.0,
    ),
    (
        "it-incidente-a39",
        "Tamponamento sull'A39, tre feriti e code di 8 chilometri",
        "Un camion ha tamponato due auto sull'autostrada A39 tra Vallorba e Santa Lucia nella "
        "mattina di martedì; tre persone sono rimaste ferite.",
        150.0,
    ),
    (
        "it-incidente-a39",
        "Incidente sull'A39",
        "Tamponamento tra Vallorba e Santa Lucia, tre feriti.",
        150.3,
    ),
    (
        "it-incidente-a39",
        "A39, riaperta la carreggiata dopo il tamponamento",
        "La Polizia stradale ha riaperto la carreggiata verso sud a metà mattina; i feriti sono "
        "stati portati all'ospedale di Vallorba.",
        153.0,
    ),
    (
        "it-incidente-a39/furgone",
        "A39, furgone si ribalta vicino a Montescuro",
        "Nel pomeriggio di martedì un furgone si è ribaltato sull'A39 all'altezza di Montescuro; "
        "l'autista è rimasto ferito in modo lieve.",
        160.0,
    ),
    (
        "it-incidente-a39/furgone",
        "Furgone ribaltato sull'A39",
        "Un secondo incidente nel pomeriggio, ferito l'autista.",
        160.3,
    ),
    (
        "it-incidente-a39/furgone",
        "Montescuro, l'autista del furgone ribaltato dimesso dall'ospedale",
        "L'uomo, 51 anni, se l'è cavata con qualche contusione; secondo la Polizia stradale ha "
        "perso il controllo per un colpo di sonno.",
        163.0,
    ),
    (
        "it-frana-valtesa",
        "Frana in Val Tesa, isolato il paese di Roccapiana",
        "Una frana caduta nella notte ha bloccato l'unica strada per Roccapiana; i 300 abitanti "
        "del paese sono isolati.",
        250.0,
    ),
    (
        "it-frana-valtesa",
        "Frana su Roccapiana",
        "Il paese è isolato dalla notte.",
        250.3,
    ),
    (
        "it-frana-valtesa",
        "Roccapiana, la Protezione civile porta viveri con l'elicottero",
        "Gli elicotteri hanno portato acqua e medicine ai 300 abitanti del paese, isolato dalla "
        "frana della Val Tesa.",
        255.0,
    ),
    (
        "it-frana-valtesa",
        "Riaperta la strada per Roccapiana dopo la frana",
        "Le ruspe hanno liberato la provinciale della Val Tesa in un giorno; la strada è aperta a "
        "senso unico alternato.",
        275.0,
    ),
    (
        "it-derby-vallorba",
        "Il derby è dell'Atletico Vallorba: 3-1 al Santa Lucia",
        "L'Atletico Vallorba ha vinto il derby contro il Santa Lucia per 3 a 1 con una doppietta "
        "di Marco Gentile.",
        310.0,
    ),
    (
        "it-derby-vallorba",
        "Derby al Vallorba",
        "Doppietta di Gentile, 3-1 al Santa Lucia.",
        310.2,
    ),
    (
        "it-derby-vallorba",
        'Gentile, il re del derby: "Un sogno da bambino"',
        "L'attaccante dell'Atletico ha segnato due gol nel derby e ha dedicato la vittoria al "
        "padre.",
        314.0,
    ),
    (
        "it-derby-vallorba",
        'Santa Lucia, l\'allenatore dopo il derby perso: "Abbiamo regalato due gol"',
        "Il tecnico del Santa Lucia ha criticato la difesa dopo il 3-1 subito dall'Atletico "
        "Vallorba nel derby di lunedì.",
        330.0,
    ),
    (
        "it-ponte-restauro",
        "Riapre il ponte romano di Castelrosso",
        "Dopo due anni di restauro il ponte sul fiume è di nuovo aperto ai pedoni.",
        420.0,
    ),
    # --- Dutch ---
    (
        "nl-ontslagen-vanderlaan",
        "Van der Laan Fietsen schrapt 350 banen",
        "Fietsenmaker Van der Laan uit Zwolde schrapt 350 van de 1.100 banen en sluit de fabriek "
        "in Harlo, omdat de verkoop van e-bikes sterk is gedaald.",
        95.0,
    ),
    (
        "nl-ontslagen-vanderlaan",
        "350 banen weg bij Van der Laan",
        "Fietsenfabriek in Harlo gaat dicht.",
        95.3,
    ),
    (
        "nl-ontslagen-vanderlaan",
        "Harlo geschokt door sluiting van de fietsenfabriek",
        "Voor het dorp is Van der Laan de grootste werkgever; de burgemeester vraagt het bedrijf "
        "om een sociaal plan voor de 350 medewerkers.",
        99.0,
    ),
    (
        "nl-ontslagen-vanderlaan",
        "Vakbond wil gesprek met Van der Laan over sluiting fabriek Harlo",
        "De bond eist een goed sociaal plan voor de 350 mensen die hun baan verliezen bij de "
        "fietsenmaker.",
        113.0,
    ),
    (
        "nl-ontslagen-vanderlaan/lancering",
        "Van der Laan presenteert lichtste e-bike ooit",
        "Een dag na het nieuws over de ontslagen heeft Van der Laan Fietsen een nieuwe e-bike van "
        "14 kilo gepresenteerd, de Veer, die in het voorjaar in de winkel ligt.",
        117.0,
    ),
    (
        "nl-ontslagen-vanderlaan/lancering",
        "Nieuwe e-bike van Van der Laan",
        "De Veer weegt maar 14 kilo.",
        117.3,
    ),
    (
        "nl-ontslagen-vanderlaan/lancering",
        "Review: de Veer van Van der Laan is licht maar duur",
        "Met 2.899 euro is de nieuwe fiets van het merk niet goedkoop, maar de accu gaat wel 90 "
        "kilometer mee.",
        122.0,
    ),
    (
        "nl-staking-zeehaven",
        "Havenwerkers Zeehaven leggen op 20 maart het werk neer",
        "De Havenbond HBZ heeft aangekondigd dat de havenwerkers in Zeehaven op 20 maart 24 uur "
        "staken voor een betere cao.",
        140.0,
    ),
    (
        "nl-staking-zeehaven",
        "Staking in de haven aangekondigd",
        "Havenwerkers leggen op 20 maart het werk neer.",
        140.3,
    ),
    (
        "nl-staking-zeehaven",
        "Rederijen vrezen vertraging door staking in Zeehaven",
        "Volgens de rederijen liggen tijdens de staking zeker veertig schepen stil in de haven "
        "van Zeehaven.",
        145.0,
    ),
    (
        "nl-staking-zeehaven/dag",
        "Haven van Zeehaven ligt stil door staking",
        "Op de terminals in Zeehaven wordt vandaag niet gewerkt; zeker 38 schepen wachten op zee "
        "tot de staking voorbij is.",
        330.0,
    ),
    (
        "nl-staking-zeehaven/dag",
        "Stakingsdag in de haven",
        "Geen enkele container gaat van boord in Zeehaven.",
        330.3,
    ),
    (
        "nl-staking-zeehaven/dag",
        "Werkgevers en bond na staking weer aan tafel",
        "Na de stakingsdag in de haven van Zeehaven praten werkgevers en bond vrijdag verder over "
        "de cao.",
        336.0,
    ),
    (
        "nl-dijk-lekdorp",
        "Dijk bij Lekdorp lekt, honderd huizen geëvacueerd",
        "Bij Lekdorp is een dijk van de rivier de Mare gaan lekken; uit voorzorg zijn honderd "
        "huizen ontruimd.",
        230.0,
    ),
    (
        "nl-dijk-lekdorp",
        "Dijk lekt bij Lekdorp",
        "Honderd huizen ontruimd uit voorzorg.",
        230.3,
    ),
    (
        "nl-dijk-lekdorp",
        "Zandzakken moeten dijk bij Lekdorp redden",
        "Honderden vrijwilligers vulden de hele nacht zandzakken; het waterschap zegt dat de dijk "
        "het houdt.",
        234.0,
    ),
    (
        "nl-dijk-lekdorp",
        "Bewoners Lekdorp mogen weer naar huis",
        "Het waterschap heeft de dijk bij Lekdorp gerepareerd; de evacuatie van de honderd huizen "
        "is opgeheven.",
        252.0,
    ),
    (
        "nl-overval-juwelier",
        "Overval op juwelier in Zwolde, daders gevlucht",
        "Twee gewapende mannen hebben donderdagmiddag een juwelier in de Hoogstraat in Zwolde "
        "overvallen en zijn op een scooter gevlucht.",
        380.0,
    ),
    (
        "nl-overval-juwelier",
        "Overval in de Hoogstraat",
        "Juwelier in Zwolde overvallen, daders op de vlucht.",
        380.3,
    ),
    (
        "nl-overval-juwelier",
        "Verdachte van overval op juwelier in Zwolde opgepakt",
        "De politie heeft een 22-jarige man uit Harlo aangehouden voor de overval in de "
        "Hoogstraat.",
        398.0,
    ),
    (
        "nl-museum-open",
        "Vernieuwd museum in Harlo weer open",
        "Na een jaar verbouwing is het streekmuseum van Harlo weer open voor het publiek.",
        480.0,
    ),
    # --- Portuguese ---
    (
        "pt-anuncio-festival",
        "Festival do Mar volta a Praia Serena com 40 concertos",
        "A câmara de Praia Serena anunciou que o Festival do Mar regressa em julho, com 40 "
        "concertos em três dias e a cantora Inês Valadares como cabeça de cartaz.",
        65.0,
    ),
    (
        "pt-anuncio-festival",
        "Festival do Mar anunciado",
        "Inês Valadares é a cabeça de cartaz em julho.",
        65.3,
    ),
    (
        "pt-anuncio-festival",
        "Bilhetes para o Festival do Mar à venda na sexta-feira",
        "O passe para os três dias custa 65 euros; a câmara espera 50 mil visitantes na praia.",
        70.0,
    ),
    (
        "pt-anuncio-festival/festival",
        "Inês Valadares encerra o Festival do Mar perante 25 mil pessoas",
        "A cantora fechou no domingo à noite o Festival do Mar, em Praia Serena, perante cerca de "
        "25 mil pessoas no areal.",
        962.0,
    ),
    (
        "pt-anuncio-festival/festival",
        "Noite de festa em Praia Serena",
        "Valadares fecha o Festival do Mar.",
        962.3,
    ),
    (
        "pt-anuncio-festival/festival",
        "Festival do Mar bate recorde com 60 mil visitantes",
        "A organização fez um balanço positivo dos três dias do festival, que recebeu 60 mil "
        "pessoas, mais 10 mil do que no ano passado.",
        975.0,
    ),
    (
        "pt-greve-docentes",
        "Professores anunciam greve nacional para dia 9",
        "Os sindicatos de professores anunciaram uma greve nacional para o dia 9, em protesto "
        "contra o congelamento das carreiras.",
        160.0,
    ),
    (
        "pt-greve-docentes",
        "Greve de professores no dia 9",
        "Sindicatos marcam paralisação nacional.",
        160.3,
    ),
    (
        "pt-greve-docentes",
        "Pais preocupados com a greve dos professores",
        "As associações de pais pedem ao governo que negoceie antes do dia 9 para evitar o fecho "
        "das escolas.",
        165.0,
    ),
    (
        "pt-greve-docentes/dia",
        "Greve fecha metade das escolas do país",
        "A greve nacional de professores fechou hoje cerca de metade das escolas, segundo os "
        "sindicatos; o ministério fala em 35 por cento.",
        200.0,
    ),
    (
        "pt-greve-docentes/dia",
        "Dia de greve nas escolas",
        "Metade das escolas fechadas, dizem os sindicatos.",
        200.3,
    ),
    (
        "pt-greve-docentes/dia",
        "Ministro da Educação admite reabrir negociações após a greve",
        "No fim do dia de greve, o ministro disse estar disponível para voltar a negociar com os "
        "sindicatos na próxima semana.",
        214.0,
    ),
    (
        "pt-cheias-ribeira",
        "Cheias no vale da Ribeira obrigam a retirar 150 pessoas",
        "O rio Alvor saiu do leito durante a noite e inundou casas em três aldeias do vale da "
        "Ribeira; 150 pessoas foram retiradas.",
        240.0,
    ),
    (
        "pt-cheias-ribeira",
        "Cheias na Ribeira",
        "O rio Alvor inunda três aldeias, 150 pessoas retiradas.",
        240.3,
    ),
    (
        "pt-cheias-ribeira",
        "Aldeias da Ribeira contam os prejuízos das cheias",
        "Os moradores voltam às casas inundadas e encontram móveis destruídos; a câmara pede "
        "apoio ao governo.",
        246.0,
    ),
    (
        "pt-cheias-ribeira",
        "Governo declara calamidade nas aldeias inundadas da Ribeira",
        "O governo vai apoiar a reconstrução das casas inundadas pelo rio Alvor nas três aldeias "
        "do vale.",
        262.0,
    ),
    (
        "pt-resgate-serra",
        "Caminhantes resgatados na serra do Caramelo",
        "Dois caminhantes perdidos na serra do Caramelo foram resgatados pela Força Aérea na "
        "madrugada de sexta-feira.",
        400.0,
    ),
    (
        "pt-resgate-serra",
        "Resgate na serra",
        "Dois caminhantes salvos pelo helicóptero da Força Aérea.",
        400.3,
    ),
    (
        "pt-resgate-serra",
        "Caminhantes resgatados na serra estavam perdidos há dois dias",
        "Os dois homens, de 30 e 34 anos, tinham saído para um passeio de um dia e perderam-se no "
        "nevoeiro.",
        404.0,
    ),
    (
        "pt-mercado-obras",
        "Mercado municipal de Praia Serena em obras até ao verão",
        "O mercado fecha para obras de renovação a partir de segunda-feira.",
        470.0,
    ),
    # --- Russian ---
    (
        "ru-pozhar-sklad",
        "Пожар на складе в Новоозёрске потушили через пять часов",
        "Пожарные пять часов тушили склад стройматериалов площадью две тысячи квадратных метров; "
        "пострадавших нет.",
        300.0,
    ),
    (
        "ru-pozhar-sklad",
        "Горел склад",
        "В Новоозёрске потушили крупный пожар.",
        300.3,
    ),
    (
        "ru-pozhar-sklad",
        "Склад в Новоозёрске загорелся из-за неисправной проводки",
        "Пожарные дознаватели назвали причиной пожара короткое замыкание в старой проводке.",
        306.0,
    ),
    (
        "ru-zasedanie-gorin",
        "Суд отложил заседание по делу бывшего вице-губернатора Горина",
        "Областной суд в Северогорске отложил рассмотрение дела бывшего вице-губернатора Олега "
        "Горина, обвиняемого во взятке, из-за болезни адвоката.",
        20.0,
    ),
    (
        "ru-zasedanie-gorin",
        "Дело Горина отложено",
        "Адвокат бывшего вице-губернатора заболел.",
        20.3,
    ),
    (
        "ru-zasedanie-gorin",
        "Заседание по делу Горина перенесли на месяц",
        "Следующее заседание назначено на середину следующего месяца; Горин находится под "
        "домашним арестом.",
        24.0,
    ),
    (
        "ru-zasedanie-gorin/sud",
        "Горин в суде отверг обвинения во взятке",
        "На заседании в областном суде бывший вице-губернатор Олег Горин заявил, что не получал "
        "денег от строительной компании.",
        740.0,
    ),
    (
        "ru-zasedanie-gorin/sud",
        "Горин не признал вину",
        "Бывший вице-губернатор выступил в суде.",
        740.3,
    ),
    (
        "ru-zasedanie-gorin/sud",
        "Свидетель на процессе Горина рассказал о передаче денег",
        "Директор строительной фирмы заявил в суде, что передал чиновнику пять миллионов рублей.",
        746.0,
    ),
    (
        "ru-ministr-sokolova",
        "Министр транспорта Соколова объявила о бесплатном проезде для школьников",
        "Министр транспорта Анна Соколова объявила, что с сентября школьники будут ездить в "
        "городских автобусах бесплатно.",
        90.0,
    ),
    (
        "ru-ministr-sokolova",
        "Школьники поедут бесплатно",
        "Соколова объявила о новой льготе.",
        90.3,
    ),
    (
        "ru-ministr-sokolova",
        "Перевозчики просят компенсацию за бесплатный проезд школьников",
        "Частные перевозчики опасаются убытков и просят министерство покрыть расходы.",
        95.0,
    ),
    (
        "ru-ministr-sokolova/trassa",
        "Соколова пообещала отремонтировать трассу до Северогорска",
        "Через три дня после заявления о проезде для школьников министр транспорта объявила о "
        "ремонте трассы до Северогорска за четыре миллиарда рублей.",
        165.0,
    ),
    (
        "ru-ministr-sokolova/trassa",
        "Ремонт трассы",
        "Министр Соколова обещает новую дорогу.",
        165.3,
    ),
    (
        "ru-ministr-sokolova/trassa",
        "Жители сомневаются в обещаниях Соколовой о ремонте дороги",
        "Водители говорят, что трассу обещают отремонтировать уже десять лет.",
        170.0,
    ),
    (
        "ru-lavina-hibiny",
        "Лавина накрыла лыжников в горах у Кировского",
        "В горах у посёлка Кировский сошла лавина; под снегом оказались трое лыжников, двоих "
        "удалось откопать.",
        260.0,
    ),
    (
        "ru-lavina-hibiny",
        "Сход лавины",
        "Под снегом оказались трое лыжников.",
        260.3,
    ),
    (
        "ru-lavina-hibiny",
        "Спасатели нашли третьего лыжника, попавшего под лавину",
        "Третьего лыжника нашли живым спустя девять часов поисков; он доставлен в больницу с "
        "переохлаждением.",
        270.0,
    ),
    (
        "ru-lavina-hibiny",
        "После схода лавины у Кировского закрыли склоны для лыжников",
        "Власти запретили катание вне трасс до конца недели; двое из трёх пострадавших уже "
        "выписаны из больницы.",
        284.0,
    ),
    (
        "ru-most-reka",
        "В Северогорске открыли новый мост через реку",
        "Мост длиной 800 метров соединил два района города; раньше жителям приходилось ехать в "
        "объезд.",
        360.0,
    ),
    (
        "ru-most-reka",
        "Открыт новый мост",
        "Мост длиной 800 метров соединил районы.",
        360.3,
    ),
    (
        "ru-most-reka",
        "Пробки в центре Северогорска сократились после открытия моста",
        "В первый день по мосту проехали около двадцати тысяч машин.",
        366.0,
    ),
    (
        "ru-vystavka-muzei",
        "В музее Северогорска открылась выставка икон",
        "В областном музее показывают сорок икон из частных собраний.",
        440.0,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two separate fires in one city on one night": (
        "en-blaze-brackwater/flat",
        "de-brand-halden/wohnung",
        "fr-incendie-vernac/entrepot",
    ),
    "a company's job cuts and its unrelated product launch in one week": (
        "en-jobcuts-tamsin/launch",
        "it-esuberi-ferrante/lancio",
        "nl-ontslagen-vanderlaan/lancering",
    ),
    "a court hearing adjourned and the hearing held weeks later": (
        "en-hearing-pellow/held",
        "es-vista-ortega/juicio",
        "ru-zasedanie-gorin/sud",
    ),
    "an event announced and the event itself": (
        "en-lineup-glenmoor/festival",
        "de-konzert-rosenau/abend",
        "pt-anuncio-festival/festival",
    ),
    "two road crashes on one motorway on one day": (
        "en-crash-m71/car",
        "fr-carambolage-n214/moto",
        "it-incidente-a39/furgone",
    ),
    "a strike announced and the strike day": (
        "en-strike-ridgeway/day",
        "nl-staking-zeehaven/dag",
        "pt-greve-docentes/dia",
    ),
    "one minister's two announcements in one week": (
        "en-minister-voss/rents",
        "fr-sante-durieux/urgences",
        "ru-ministr-sokolova/trassa",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-pellbrook/ceo",
        "de-prognose-brueckner/chef",
        "es-alerta-navalia/dimision",
    ),
}
