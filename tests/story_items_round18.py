"""An eighteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 17: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans ten days (0 to 246 hours), so
later copies, follow-ups and other events of the same kind arrive in later digests too. Copies of
one event are minutes to eight hours apart (a flash or a teaser first, then a local paper, a
business page, a quote-led piece or an explainer), and 42 stories have a next-day follow-up 12 to
30 hours after the first copy, told as real follow-ups are: some repeat the key name and the event
noun (the Gullhaven trawler inquiry, the Tilbrook blast survivor), some share only one rare name
("Harrigan", "Penhallow", "Idris", "Sampaio"), some name the place only in the lead (the Hester
Crane portrait found in a garage, the trains returning to the Dunmore line, "Улицу Кирова обещают
открыть через неделю").

Hard negatives (28, in 14 kinds, two each): earlier kinds - two road crashes on one road on one
day (the A417 lorry and the Yelford van, 9.4 hours apart; the B312 bus and a motorcyclist, 7
hours), two separate fires in one town on one night (2 and 3 hours), two burglaries on one street
within two days (22 and 30 hours), two outbreaks at one school within two days (30 and 44 hours),
a company's job cuts and its unrelated product launch (40 and 95 hours), a strike announced and
the strike day (144 and 218 hours), a court hearing adjourned and held a week later (168 hours
both), a profit warning and the chief executive's resignation days later (75 and 118 hours); kinds
asked for at a distance of one to five days - a town's second flood warning days after the first
(Lowerby on the Wend, Ossendam on the Lek, 80 hours both), one club's next match (72 and 96
hours), one firm's second recall (70 and 110 hours); and three kinds new here - two sinkholes in
one town within days (Morrowby's Tannery Row and a school car park, 52 hours; Заречинск's улица
Кирова and Садовая, 28 hours), a whale stranding and other animals found dead on the same coast
days later (dolphins at Kervel near Plouzenec, 26 hours; turtles at Areia Funda, 80 hours), and
one airport's two closures from different causes (Kelby's drone and snow, 28 hours; Monteverde's
radar fault and fog, 100 hours). Twelve of the 28 fall within 48 hours of their story, sixteen
beyond it, where the bot must still not take a later item for a repeat of a story it delivered
days before. Most of them name their story as background ("hours after the same road reopened
following a lorry crash", "a day after announcing job cuts", "sans lien selon les
scientifiques", "nessun legame con il deposito di pneumatici").

What "same story" means here, as in rounds 9 to 17: one event (one crash, one fire, one rescue,
one theft, one sinkhole, one stranding, one closure, one recall, one match, one hearing, one
strike call, one strike day, one profit warning, one resignation, one merger, one escape, one
flood warning) in that event's news cycle, including its next-day follow-up. Not the same story:
another event of the same kind or with the same actor, even on the same road, street, school,
beach, club, firm, court, airport or river. A label with a suffix after a slash is a hard negative
of the story before the slash (categories in `HARD_NEGATIVES`). Thirteen stories are told by one
outlet, ten of them in a town another story names (Hollins's library, Brenmouth's marathon,
Haverley's film, Talbach's choir, Saint-Aubrac's cheese, Белоярск's theatre, Almendral's poet,
Roccalba's truffle, Vila Serrana's wine, Zandvoorde's mill): they can only be merged falsely.
Other pairs share a town but not an event (Wexcombe's hospital escape and the Dunmore-Wexcombe
landslip, Ossendam's high water and the dairy merger that threatens its cheese plant, Заречинск's
former head in court and its sinkholes). No story has more than four copies, and every story's
copies fall within 48 hours of each other.

Numbers and names change form across copies (30,000 / 30k, £41m / £41 million, 45.000 / 45 000,
380 millones / 380 M€, 4200 / 4.200, 18 % / dieciocho por ciento, 3.5% / three and a half per
cent; "Sarah Mintoff" / "the chief executive", "Gérard Morvan" / "l'ex-maire", "Костин" / "бывший
мэр"), and 88 stories have a teaser copy whose lead is under 80 characters. Each story is in one
language, its label's prefix: en (44 stories), de (9), fr, ru, es, it, pt, nl (8 each); 303 items
in all. All places, people, firms, clubs, unions and products are invented here; real bodies
appear only as backdrop (the Environment Agency, the Guardia Civil, the GNR, the Enav, the
Protezione civile, IG Metall, the CFDT).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor the items of rounds 15 to 17 (round 14 was read for its docstring, format and
a handful of items), and never run through the merging code before its one scoring run
(`python -m bench.stories --round18`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-crash-a417",
        "Lorry overturns on A417 near Castlebridge, road shut both ways",
        "A lorry carrying animal feed overturned on the A417 between Castlebridge and Yelford at "
        "about 8am on Monday; the driver was freed by firefighters and taken to hospital.",
        8.2,
    ),
    (
        "en-crash-a417",
        "A417 closed after lorry crash",
        "Police say the road will be shut for several hours.",
        8.4,
    ),
    (
        "en-crash-a417",
        "Feed spread across A417 as recovery crews work to lift overturned HGV",
        "Highways staff said tonnes of pellets had spilled over both carriageways near "
        "Castlebridge, and the clean-up would keep the A417 closed until the early afternoon.",
        10.9,
    ),
    (
        "en-crash-a417",
        "Castlebridge lorry driver 'lucky to be alive', says haulage firm",
        "Marek Dabrowski, 52, who was trapped in his cab for an hour on the A417 on Monday "
        "morning, is recovering from a broken arm, his employer Tolland Haulage said.",
        25.0,
    ),
    (
        "en-crash-a417/van",
        "Van and car collide on A417 on evening commute",
        "Three people were hurt when a van and a hatchback collided near the Yelford roundabout "
        "on the A417 at 5.30pm, hours after the same road reopened following a lorry crash.",
        17.6,
    ),
    (
        "en-crash-a417/van",
        "Three hurt in Yelford collision",
        "One of the injured is said to be in a serious condition.",
        18.1,
    ),
    (
        "en-crash-a417/van",
        "A417 crash: woman seriously hurt near Yelford",
        "A woman in her 30s was airlifted to hospital after Monday evening's collision between a "
        "van and a car on the A417.",
        19.0,
    ),
    (
        "en-strike-kestrel",
        "Kestrel Buses drivers to strike next week over pay",
        "Around 420 drivers at Kestrel Buses in Marlow Vale will walk out for 24 hours next "
        "Monday after rejecting a 3.5% pay offer, the Transit Workers' Alliance said.",
        30.0,
    ),
    (
        "en-strike-kestrel",
        "Bus strike called in Marlow Vale",
        "Drivers reject pay offer; walkout set for Monday.",
        30.5,
    ),
    (
        "en-strike-kestrel",
        "Kestrel says it is 'disappointed' by strike vote and urges talks",
        "The operator said its offer of three and a half per cent was fair and that it would "
        "publish a reduced timetable for the day of the walkout.",
        36.0,
    ),
    (
        "en-strike-kestrel/day",
        "No buses in Marlow Vale as Kestrel drivers walk out",
        "Bus stations across Marlow Vale were empty on Monday morning as drivers began a 24-hour "
        "strike over pay; schools reported higher absence.",
        174.5,
    ),
    (
        "en-strike-kestrel/day",
        "Picket lines at Kestrel depots",
        "Drivers gathered at three depots from 4am.",
        175.0,
    ),
    (
        "en-strike-kestrel/day",
        "Commuters share lifts as bus walkout bites",
        "Car parks in Marlow Vale town centre were full by 8am on the day of the Kestrel strike, "
        "and some employers let staff work from home.",
        182.0,
    ),
    (
        "en-jobcuts-orrin",
        "Orrin Systems to cut 600 jobs in restructuring",
        "The Brenmouth-based maker of payment terminals said on Wednesday that it will close its "
        "Fallowfield assembly plant and shed about 600 posts over the next year.",
        50.0,
    ),
    (
        "en-jobcuts-orrin",
        "Orrin to axe 600 roles",
        "Fallowfield plant to close by next autumn.",
        50.2,
    ),
    (
        "en-jobcuts-orrin",
        "'A hammer blow': Fallowfield reacts to Orrin plant closure",
        "Union officials and the local MP said the loss of six hundred jobs at Orrin Systems "
        "would hit a town where the plant is the largest employer.",
        53.5,
    ),
    (
        "en-jobcuts-orrin",
        "Orrin shares rise 4pc as investors welcome cost cuts",
        "Shares in Orrin Systems closed up almost 4 per cent the day after the company said it "
        "would shut its Fallowfield factory.",
        70.0,
    ),
    (
        "en-jobcuts-orrin/launch",
        "Orrin unveils palm-sized card reader for market traders",
        "Orrin Systems launched its Pocket P2 terminal on Thursday, a day after announcing job "
        "cuts, pitching the £49 device at street vendors and small cafés.",
        90.0,
    ),
    (
        "en-jobcuts-orrin/launch",
        "Orrin's Pocket P2 reviewed",
        "A tiny terminal with a battery that lasts a week.",
        91.2,
    ),
    (
        "en-jobcuts-orrin/launch",
        "Orrin Pocket P2 goes on sale at £49",
        "Orrin Systems' new card reader for traders and small shops is on sale from today.",
        92.0,
    ),
    (
        "en-warning-haldane",
        "Haldane Foods issues profit warning as ready-meal sales slump",
        "Haldane Foods said annual profit would be about £38m, well below the £55m expected, "
        "blaming weaker demand for its chilled meals; its shares fell 22%.",
        60.0,
    ),
    (
        "en-warning-haldane",
        "Haldane shares slump on warning",
        "Profit to fall short by about a third.",
        60.3,
    ),
    (
        "en-warning-haldane",
        "Why Haldane's chilled meals have lost their appeal",
        "Analysts say cheaper supermarket own brands have eaten into Haldane Foods' sales, "
        "forcing Wednesday's downgrade to £38 million.",
        64.0,
    ),
    (
        "en-warning-haldane/ceo",
        "Haldane Foods chief executive Sarah Mintoff steps down",
        "Sarah Mintoff is leaving Haldane Foods after six years, the board said on Monday, days "
        "after the group cut its profit forecast; finance chief Owen Treace will take over for "
        "now.",
        178.0,
    ),
    (
        "en-warning-haldane/ceo",
        "Haldane boss quits",
        "Owen Treace is named as the interim chief executive.",
        178.4,
    ),
    (
        "en-warning-haldane/ceo",
        "Mintoff exit leaves Haldane searching for a turnaround",
        "The departure of the chief executive raises questions about who will lead the "
        "ready-meal maker out of its slump, investors said.",
        184.0,
    ),
    (
        "en-burglary-quarry",
        "Burglars take jewellery and cash from Quarry Lane home",
        "Police in Fenbury are appealing for witnesses after a house on Quarry Lane was broken "
        "into on Thursday night while the owners were out at a concert.",
        94.0,
    ),
    (
        "en-burglary-quarry",
        "Quarry Lane break-in",
        "Police ask neighbours to check doorbell cameras.",
        94.6,
    ),
    (
        "en-burglary-quarry",
        "Fenbury couple 'heartbroken' after wedding rings stolen",
        "The pair, whose home on Quarry Lane was burgled on Thursday, said the rings were worth "
        "little but could never be replaced.",
        100.0,
    ),
    (
        "en-burglary-quarry/second",
        "Second Quarry Lane house burgled within a day",
        "A different home on Fenbury's Quarry Lane was broken into on Friday evening; officers "
        "are checking whether the two break-ins are linked.",
        116.0,
    ),
    (
        "en-burglary-quarry/second",
        "Another burglary in Fenbury",
        "Laptop and car keys taken from a home on the same road.",
        116.5,
    ),
    (
        "en-flood-wensley",
        "Flood warning issued for Lowerby as River Wend rises",
        "The Environment Agency has issued a flood warning for riverside homes in Lowerby, "
        "saying the Wend could reach its highest level this year by Monday night.",
        20.0,
    ),
    (
        "en-flood-wensley",
        "Lowerby flood warning",
        "Residents near the Wend told to move valuables upstairs.",
        20.3,
    ),
    (
        "en-flood-wensley",
        "Sandbags handed out on Lowerby quayside",
        "Council staff gave out more than 2,000 sandbags on Monday evening as the river rose "
        "towards the top of its banks.",
        23.5,
    ),
    (
        "en-flood-wensley",
        "Wend peaks just below Lowerby defences",
        "The river crested at 3.9 metres overnight, a few centimetres short of the flood walls, "
        "and the warning was downgraded on Tuesday afternoon.",
        40.0,
    ),
    (
        "en-flood-wensley/second",
        "New flood warning for Lowerby as more rain heads for the Wend",
        "Lowerby is under a flood warning again on Friday, three days after the last one was "
        "lifted, with up to 60mm of rain forecast for the hills upstream.",
        100.0,
    ),
    (
        "en-flood-wensley/second",
        "Lowerby on alert again",
        "Another warning for homes along the River Wend.",
        100.5,
    ),
    (
        "en-match-ashcombe",
        "Ashcombe Rovers beat Dunholt 3-1 to go top",
        "Two goals from Kieran Oduya lifted Ashcombe Rovers to the top of the league on Tuesday "
        "night in front of a sell-out crowd at Mill Park.",
        44.0,
    ),
    (
        "en-match-ashcombe",
        "Rovers go top",
        "Oduya scores twice in 3-1 win over Dunholt.",
        44.3,
    ),
    (
        "en-match-ashcombe",
        "Ashcombe Rovers 3 Dunholt 1: player ratings",
        "Kieran Oduya a nine out of ten after his double at Mill Park.",
        45.0,
    ),
    (
        "en-match-ashcombe",
        "Oduya double sends Ashcombe to summit",
        "The striker's brace ended Dunholt's unbeaten run and Ashcombe Rovers moved a point "
        "clear of Sefton Town.",
        46.0,
    ),
    (
        "en-match-ashcombe/next",
        "Ashcombe held to goalless draw at Sefton Town",
        "Ashcombe Rovers' stay at the top lasted three days: they could only draw 0-0 at Sefton "
        "Town on Friday and slipped back to second on goal difference.",
        116.0,
    ),
    (
        "en-match-ashcombe/next",
        "Sefton 0 Ashcombe 0",
        "Oduya denied by the post late on.",
        116.4,
    ),
    (
        "en-recall-aurora",
        "Brightwell recalls 30,000 kettles over scalding risk",
        "Appliance maker Brightwell has asked customers to stop using its Aurora 1.7-litre "
        "kettle after reports that the lid can spring open while boiling.",
        80.0,
    ),
    (
        "en-recall-aurora",
        "Brightwell kettle recall",
        "Brightwell Aurora owners urged to stop using it.",
        80.4,
    ),
    (
        "en-recall-aurora",
        "Aurora kettle: Brightwell recalls 30k units after lid complaints",
        "The firm said it had received 41 reports of the lid opening during boiling, including "
        "six minor burns.",
        81.5,
    ),
    (
        "en-recall-aurora",
        "How to tell if your Brightwell kettle is affected",
        "Batch numbers starting with AU22 are part of the 30k recall; owners can claim a refund "
        "online.",
        86.0,
    ),
    (
        "en-recall-aurora/second",
        "Brightwell recalls toasters days after kettle alert",
        "Brightwell is recalling about 8,000 two-slice toasters whose crumb tray can overheat, "
        "its second safety recall in under a week.",
        190.0,
    ),
    (
        "en-recall-aurora/second",
        "Second Brightwell recall",
        "Toaster crumb trays can overheat, the firm says.",
        190.6,
    ),
    (
        "en-recall-aurora/second",
        "Brightwell toaster recall: check your crumb tray",
        "Owners of the 8k affected toasters are asked to unplug them and return them for a refund.",
        193.0,
    ),
    (
        "en-sinkhole-morrowby",
        "Sinkhole opens in Morrowby street, swallowing parked car",
        "A hole about five metres wide appeared in Tannery Row in Morrowby early on Saturday, "
        "and a parked hatchback fell into it; nobody was hurt.",
        126.0,
    ),
    (
        "en-sinkhole-morrowby",
        "Car swallowed by sinkhole",
        "Tannery Row sealed off after overnight collapse.",
        126.3,
    ),
    (
        "en-sinkhole-morrowby",
        "Old mine workings blamed for Morrowby collapse",
        "Engineers said the hole in Tannery Row was probably caused by a forgotten 19th-century "
        "lead mine shaft beneath the road.",
        129.0,
    ),
    (
        "en-sinkhole-morrowby",
        "Car lifted out of Tannery Row hole",
        "A crane recovered the hatchback on Sunday morning; six homes stay empty while the "
        "ground is surveyed.",
        150.0,
    ),
    (
        "en-sinkhole-morrowby/second",
        "Second sinkhole in Morrowby closes school car park",
        "A smaller hole, about a metre across, opened in the car park of St Brannoc's primary "
        "school in Morrowby on Monday, two days after the Tannery Row collapse.",
        178.0,
    ),
    (
        "en-sinkhole-morrowby/second",
        "School car park sinkhole",
        "Pupils kept inside while surveyors check the ground.",
        178.8,
    ),
    (
        "en-airport-kelby",
        "Kelby Airport flights halted after drone sighting",
        "Flights at Kelby Airport were suspended for 90 minutes on Saturday evening after a "
        "drone was seen near the runway; eight arrivals were diverted.",
        130.0,
    ),
    (
        "en-airport-kelby",
        "Drone closes Kelby runway",
        "Eight flights diverted to other airports.",
        130.3,
    ),
    (
        "en-airport-kelby",
        "Police search fields around Kelby for drone operator",
        "Officers said the drone had been flown within 200 metres of the runway, and asked "
        "people living near the airport to report anything they saw.",
        135.0,
    ),
    (
        "en-airport-kelby/snow",
        "Snow shuts Kelby Airport for the morning",
        "Heavy overnight snow closed Kelby Airport until midday on Sunday while crews cleared "
        "the runway, the second halt in a day after Saturday's drone scare.",
        158.0,
    ),
    (
        "en-airport-kelby/snow",
        "Kelby runway cleared of snow",
        "Flights resume after a four-hour closure.",
        158.5,
    ),
    (
        "en-lifeboat-gullhaven",
        "Four fishermen rescued after trawler sinks off Gullhaven",
        "The crew of the trawler Morning Star were lifted from a life raft by lifeboat "
        "volunteers eight miles off Gullhaven in the early hours of Monday.",
        12.0,
    ),
    (
        "en-lifeboat-gullhaven",
        "Trawler crew saved",
        "All four pulled from their life raft in heavy seas.",
        12.4,
    ),
    (
        "en-lifeboat-gullhaven",
        "'We thought we'd lost her': skipper on the sinking of the Morning Star",
        "Skipper Donal Pryce said water flooded the engine room within minutes, and the crew had "
        "time only to launch the raft and send a mayday.",
        15.0,
    ),
    (
        "en-lifeboat-gullhaven",
        "Inquiry opens into loss of Gullhaven trawler",
        "Marine accident investigators have begun looking at why the Morning Star took on water "
        "so quickly.",
        33.0,
    ),
    (
        "en-painting-ardley",
        "Painting worth £1.2m stolen from Ardley Gallery",
        "Thieves broke a rear window of the Ardley Gallery overnight and took a portrait by the "
        "18th-century painter Hester Crane, police said on Tuesday.",
        26.0,
    ),
    (
        "en-painting-ardley",
        "Gallery raid",
        "A Hester Crane portrait was taken in the overnight break-in.",
        26.3,
    ),
    (
        "en-painting-ardley",
        "Stolen Crane portrait 'impossible to sell', say art experts",
        "Dealers said the well-known work could not be sold on the open market and may have been "
        "stolen to order.",
        29.0,
    ),
    (
        "en-painting-ardley",
        "Hester Crane portrait found in lock-up garage",
        "Detectives recovered the painting undamaged on Wednesday from a garage on an industrial "
        "estate, and two men have been arrested.",
        48.0,
    ),
    (
        "en-mortgage-northfield",
        "Northfield Building Society raises fixed mortgage rates",
        "Northfield will add 0.3 percentage points to its two- and five-year fixed deals from "
        "Thursday, the first big lender to do so this month.",
        36.0,
    ),
    (
        "en-mortgage-northfield",
        "Northfield lifts mortgage rates",
        "Rises of 0.3 points from Thursday.",
        36.4,
    ),
    (
        "en-mortgage-northfield",
        "Borrowers face higher costs as Northfield moves first",
        "Brokers expect other lenders to follow the building society within days, taking typical "
        "two-year fixes above 5%.",
        40.0,
    ),
    (
        "en-merger-pellan",
        "Pellan Telecom agrees £3.4bn deal to buy Brisk Mobile",
        "Pellan Telecom will pay £3.4 billion for rival network Brisk Mobile, creating the "
        "country's second-largest mobile operator with 19 million customers.",
        98.0,
    ),
    (
        "en-merger-pellan",
        "Pellan to buy Brisk",
        "£3.4bn mobile deal agreed.",
        98.2,
    ),
    (
        "en-merger-pellan",
        "What the Pellan-Brisk merger means for your phone bill",
        "Consumer groups warn that fewer networks could mean higher prices, while Pellan "
        "promises better coverage in rural areas.",
        101.0,
    ),
    (
        "en-merger-pellan",
        "Competition watchdog to examine Brisk takeover",
        "The regulator said it would open a review of the £3.4 billion deal, which could take up "
        "to six months.",
        120.0,
    ),
    (
        "en-escape-coldash",
        "Prisoner escapes from Cold Ash jail during hospital visit",
        "Police are searching for Lee Harrigan, 34, who ran from prison officers while being "
        "taken to Wexcombe General Hospital for an appointment on Sunday.",
        164.0,
    ),
    (
        "en-escape-coldash",
        "Manhunt for escaped prisoner",
        "Public told not to approach Lee Harrigan.",
        164.3,
    ),
    (
        "en-escape-coldash",
        "Harrigan was serving nine years for armed robbery",
        "The escaped inmate had been moved to Cold Ash last year and was not handcuffed at the "
        "time, the prison service confirmed.",
        168.0,
    ),
    (
        "en-escape-coldash",
        "Escaped inmate caught at Wexcombe bus station",
        "Harrigan was arrested on Monday afternoon, about 20 hours after he fled, after a "
        "passenger recognised him.",
        184.5,
    ),
    (
        "en-missing-teen",
        "Missing Hollins teenager found safe",
        "Fourteen-year-old Abby Reeve, who had been missing from her home in Hollins since "
        "Sunday, was found safe and well at a friend's house on Tuesday.",
        202.0,
    ),
    (
        "en-missing-teen",
        "Abby Reeve found",
        "Police thank the public for sharing the appeal.",
        202.4,
    ),
    (
        "en-missing-teen",
        "Relief in Hollins as missing girl, 14, is found",
        "Abby's family said they were overwhelmed by the search efforts of neighbours and "
        "volunteers.",
        203.0,
    ),
    (
        "en-landslip-dunmore",
        "Landslip blocks railway between Dunmore and Wexcombe",
        "Trains between Dunmore and Wexcombe were cancelled on Thursday after heavy rain washed "
        "soil and trees onto the line near Penhallow cutting.",
        80.0,
    ),
    (
        "en-landslip-dunmore",
        "Dunmore line closed",
        "Replacement buses after landslip.",
        80.4,
    ),
    (
        "en-landslip-dunmore",
        "Engineers say Penhallow cutting repairs could take days",
        "Network engineers said about 600 tonnes of earth had to be removed and the slope "
        "stabilised before trains could return.",
        84.0,
    ),
    (
        "en-landslip-dunmore",
        "Trains to return to Dunmore line on Monday",
        "Repair crews cleared the Penhallow landslip faster than expected and services will "
        "resume at the start of next week.",
        102.0,
    ),
    (
        "en-byelection-fellside",
        "Greens win Fellside by-election",
        "Ruth Abara took the Fellside seat for the Greens with a majority of 2,417, overturning "
        "a Liberal Conservative hold that had lasted 30 years.",
        4.0,
    ),
    (
        "en-byelection-fellside",
        "Green gain in Fellside",
        "Ruth Abara wins by more than 2,400 votes.",
        4.3,
    ),
    (
        "en-byelection-fellside",
        "Abara: 'Fellside voted for cleaner rivers'",
        "The new MP said her campaign against sewage spills had won over voters in the market "
        "towns of the constituency.",
        9.0,
    ),
    (
        "en-byelection-fellside",
        "Liberal Conservatives blame low turnout for Fellside defeat",
        "Party officials said only 38% of voters turned out, but admitted that the river "
        "pollution campaign had hurt them.",
        22.0,
    ),
    (
        "en-maternity-aldhelm",
        "St Aldhelm's maternity unit to close to births",
        "Mothers-to-be in Kerrow will have to travel 30 miles to give birth after the health "
        "trust said the unit at St Aldhelm's Hospital cannot be staffed safely.",
        178.0,
    ),
    (
        "en-maternity-aldhelm",
        "Maternity unit closure",
        "Staff shortages blamed at St Aldhelm's.",
        178.5,
    ),
    (
        "en-maternity-aldhelm",
        "Kerrow mothers plan protest over maternity closure",
        "Hundreds have signed up to march to the hospital on Saturday against the trust's "
        "decision.",
        196.0,
    ),
    (
        "en-gale-idris",
        "Storm Idris brings 90mph gusts to west coast",
        "Tens of thousands of homes lost power on Tuesday night as Storm Idris swept in, with "
        "gusts of 90 miles an hour recorded at Carrick Point.",
        200.0,
    ),
    (
        "en-gale-idris",
        "Storm Idris hits",
        "Gusts of up to 90mph on exposed coasts.",
        200.3,
    ),
    (
        "en-gale-idris",
        "Trees down and ferries cancelled as Idris batters coast",
        "Roads were blocked by fallen trees and all ferry crossings cancelled as the storm moved "
        "inland overnight.",
        203.0,
    ),
    (
        "en-gale-idris",
        "Power back for most homes after Storm Idris",
        "Engineers restored supplies to all but about 4,000 properties by Wednesday evening, "
        "after Idris left 61,000 homes in the dark.",
        220.0,
    ),
    (
        "en-uni-caldermouth",
        "Caldermouth University to close languages and music courses",
        "The university plans to end 14 degree courses and cut up to 120 staff to close a £9 "
        "million funding gap.",
        84.0,
    ),
    (
        "en-uni-caldermouth",
        "University course closures",
        "Caldermouth to drop 14 degrees.",
        84.5,
    ),
    (
        "en-uni-caldermouth",
        "Caldermouth cuts: what students need to know",
        "Current students will be allowed to finish their degrees, the university says.",
        86.0,
    ),
    (
        "en-uni-caldermouth",
        "Students protest at Caldermouth over course cuts",
        "About 300 students gathered outside the university's main building on Friday.",
        96.0,
    ),
    (
        "en-explosion-tilbrook",
        "House destroyed in gas explosion in Tilbrook",
        "A semi-detached house on Orchard Rise in Tilbrook was flattened by an explosion at "
        "about 6am on Monday; a man in his 60s was pulled from the rubble.",
        186.0,
    ),
    (
        "en-explosion-tilbrook",
        "Tilbrook explosion",
        "Man rescued from rubble of house.",
        186.3,
    ),
    (
        "en-explosion-tilbrook",
        "Neighbours describe 'earthquake' blast on Orchard Rise",
        "Windows were blown out along the street, and 20 homes were evacuated while engineers "
        "cut off the gas supply.",
        189.0,
    ),
    (
        "en-explosion-tilbrook",
        "Tilbrook blast survivor 'stable' in hospital",
        "The 63-year-old man rescued from the destroyed house is in a stable condition; the "
        "cause is still under investigation.",
        208.0,
    ),
    (
        "en-satellite-orbis",
        "Orbis Lumen's first satellite reaches orbit",
        "The start-up from Haverley says its weather satellite is working after Saturday's "
        "launch and will send back its first images within a week.",
        124.0,
    ),
    (
        "en-satellite-orbis",
        "Orbis satellite in orbit",
        "Start-up confirms contact with spacecraft.",
        124.5,
    ),
    (
        "en-satellite-orbis",
        "Small firm, big launch: how Orbis Lumen got to space",
        "The company was founded four years ago by two former university researchers and employs "
        "45 people.",
        130.5,
    ),
    (
        "en-lottery-harwick",
        "Harwick ticket wins £41m jackpot",
        "A single ticket bought in Harwick has won Saturday's £41 million jackpot, the lottery "
        "operator said.",
        152.0,
    ),
    (
        "en-lottery-harwick",
        "Harwick jackpot",
        "Winner yet to come forward.",
        152.6,
    ),
    (
        "en-lottery-harwick",
        "Harwick jackpot winners are retired couple",
        "Jean and Tom Ashworth, both in their seventies, said they bought the £41m ticket at a "
        "corner shop.",
        160.0,
    ),
    (
        "en-footbridge-coldwater",
        "Footbridge collapses into river in Coldwater",
        "The Marrow footbridge over the River Leck in Coldwater collapsed on Wednesday "
        "afternoon; two walkers who fell into the water were rescued.",
        56.0,
    ),
    (
        "en-footbridge-coldwater",
        "Bridge collapse",
        "Two people rescued from the river.",
        56.3,
    ),
    (
        "en-footbridge-coldwater",
        "Marrow bridge had been due for repairs, council admits",
        "Coldwater council said an inspection last year found corrosion in the bridge's steel "
        "frame, and work had been planned for the spring.",
        59.0,
    ),
    (
        "en-footbridge-coldwater",
        "Coldwater walkers recovering after bridge plunge",
        "The two women who fell into the Leck are out of hospital, and divers have started "
        "removing wreckage from the river.",
        74.0,
    ),
    (
        "en-spill-tamm",
        "Diesel spill turns River Tamm black",
        "Thousands of litres of diesel leaked into the River Tamm from a damaged storage tank at "
        "a depot near Lanbury on Wednesday.",
        226.0,
    ),
    (
        "en-spill-tamm",
        "River Tamm pollution",
        "Anglers asked to stay away.",
        226.5,
    ),
    (
        "en-spill-tamm",
        "Dead fish found along five miles of the Tamm",
        "Volunteers counted hundreds of dead trout downstream of Lanbury on Thursday, a day "
        "after the depot leak.",
        244.0,
    ),
    (
        "en-breach-finch",
        "Finch & Lowe bank says hackers stole customer data",
        "The lender said names, addresses and account numbers of about 200,000 customers were "
        "taken, but no passwords.",
        154.0,
    ),
    (
        "en-breach-finch",
        "Finch & Lowe data breach",
        "Customers warned to watch for scam calls.",
        154.3,
    ),
    (
        "en-breach-finch",
        "Finch and Lowe customers told to expect fraud attempts",
        "Security experts said the stolen details could be used to make convincing scam calls.",
        158.0,
    ),
    (
        "en-breach-finch",
        "Teenager arrested over Finch & Lowe hack",
        "Police arrested a 17-year-old in Haverley on Monday in connection with the theft of "
        "200,000 customer records.",
        178.0,
    ),
    (
        "en-bakery-award",
        "Amblestone bakery named best in the county",
        "Crumb & Co in Amblestone won the county's bakery of the year award on Monday for its "
        "sourdough and seasonal pies.",
        18.0,
    ),
    (
        "en-library-reopens",
        "Hollins library reopens after two-year refit",
        "The Victorian library in Hollins reopened on Friday with a new children's floor and a "
        "café.",
        106.0,
    ),
    (
        "en-marathon-otieno",
        "Runner sets course record at Brenmouth marathon",
        "Kenyan-born Brenmouth resident Faith Otieno won in 2 hours 24 minutes, cutting more "
        "than two minutes off the women's record.",
        126.0,
    ),
    (
        "en-zoo-okapi",
        "Okapi calf born at Thornleigh Zoo",
        "The zoo's first okapi calf, a female, was born on Sunday and is feeding well, keepers "
        "said.",
        158.0,
    ),
    (
        "en-charity-record",
        "Charity shop volunteer retires at 94",
        "Edna Philpott has sorted donations at the Amblestone hospice shop every Wednesday for "
        "41 years.",
        216.0,
    ),
    (
        "en-film-award",
        "Haverley film about fishermen wins festival prize",
        "The documentary Salt Hours won the audience award at the Northgate film festival on "
        "Wednesday.",
        234.0,
    ),
    (
        "en-ferry-skelmore",
        "Ferry runs aground leaving Skelmore harbour",
        "The island ferry Brendan Isle ran onto a sandbank at the mouth of Skelmore harbour on "
        "Monday evening with 140 passengers aboard; nobody was injured.",
        174.0,
    ),
    (
        "en-ferry-skelmore",
        "Ferry stuck on sandbank",
        "Passengers taken off by lifeboat and tugs.",
        174.4,
    ),
    (
        "en-ferry-skelmore",
        "Skelmore ferry passengers spend night on board",
        "About 140 passengers on the Brendan Isle waited hours for the tide as tugs stood by.",
        175.5,
    ),
    (
        "en-ferry-skelmore",
        "Brendan Isle refloated on morning tide",
        "Tugs pulled the stranded ferry clear at high water on Tuesday, and divers found only "
        "minor damage to its hull.",
        192.0,
    ),
    # --- German ---
    (
        "de-unfall-b312",
        "Schwerer Unfall auf der B312: Lastwagen prallt gegen Bus",
        "Bei Hohenau ist am Dienstagmorgen ein Lastwagen auf der B312 mit einem Linienbus "
        "zusammengestoßen; zwölf Fahrgäste wurden verletzt, zwei davon schwer.",
        31.0,
    ),
    (
        "de-unfall-b312",
        "B312 nach Unfall mit Bus gesperrt",
        "Zwölf Verletzte bei Hohenau, die Straße ist voll gesperrt.",
        31.3,
    ),
    (
        "de-unfall-b312",
        "Busunglück bei Hohenau: Lkw-Fahrer war wohl übermüdet",
        "Die Polizei prüft, ob der 47 Jahre alte Fahrer des Lastwagens am Steuer eingeschlafen "
        "ist; die B312 ist seit dem Mittag wieder frei.",
        34.0,
    ),
    (
        "de-unfall-b312",
        "Nach Busunfall auf der B312: Zwei Fahrgäste weiter in der Klinik",
        "Von den zwölf Verletzten aus dem Linienbus liegen noch zwei im Kreiskrankenhaus "
        "Hohenau, ihr Zustand ist stabil.",
        52.0,
    ),
    (
        "de-unfall-b312/motorrad",
        "Motorradfahrer bei Unfall auf der B312 schwer verletzt",
        "Am Dienstagnachmittag ist ein 23-jähriger Motorradfahrer auf der B312 bei Hohenau in "
        "einer Kurve gestürzt, nur Stunden nach dem Busunfall auf derselben Straße.",
        38.0,
    ),
    (
        "de-unfall-b312/motorrad",
        "Motorradfahrer stürzt bei Hohenau",
        "Der junge Mann wurde mit dem Hubschrauber in die Klinik gebracht.",
        38.5,
    ),
    (
        "de-stellen-kessler",
        "Kessler Werkzeugbau streicht 350 Stellen",
        "Der Werkzeughersteller aus Brennstadt will bis Ende nächsten Jahres rund 350 "
        "Arbeitsplätze abbauen und die Fertigung in Obermühl schließen.",
        14.0,
    ),
    (
        "de-stellen-kessler",
        "Kessler baut Stellen ab",
        "Das Werk in Obermühl wird geschlossen.",
        14.3,
    ),
    (
        "de-stellen-kessler",
        "IG-Metall-Bezirk kritisiert Kessler-Pläne scharf",
        "Die Gewerkschaft nennt den Abbau von 350 Jobs bei Kessler in Obermühl einen Schlag für "
        "die ganze Region und kündigt Widerstand an.",
        18.0,
    ),
    (
        "de-stellen-kessler",
        "Obermühler Bürgermeister will um das Kessler-Werk kämpfen",
        "Bürgermeisterin Anja Reuß hat die Geschäftsführung zu einem Gespräch ins Rathaus "
        "eingeladen, um die Schließung doch noch abzuwenden.",
        37.0,
    ),
    (
        "de-stellen-kessler/produkt",
        "Kessler stellt neuen Akku-Schrauber für Handwerker vor",
        "Der Brennstädter Werkzeughersteller Kessler hat auf einer Messe den Akku-Schrauber KX "
        "20 präsentiert, der ab März für 189 Euro im Handel sein soll.",
        109.0,
    ),
    (
        "de-stellen-kessler/produkt",
        "Neuer Schrauber von Kessler",
        "Das Gerät soll ab März erhältlich sein.",
        109.4,
    ),
    (
        "de-rueckruf-faber",
        "Faber ruft Stabmixer wegen Stromschlaggefahr zurück",
        "Der Haushaltsgerätehersteller Faber ruft rund 45.000 Stabmixer vom Typ Vita 600 zurück, "
        "weil sich das Gehäuse lösen und Kabel freilegen kann.",
        72.0,
    ),
    (
        "de-rueckruf-faber",
        "Rückruf bei Faber",
        "Kunden sollen den Stabmixer Vita 600 nicht mehr benutzen.",
        72.4,
    ),
    (
        "de-rueckruf-faber",
        "Stabmixer Vita 600: Faber nimmt 45 000 Geräte zurück",
        "Das Gehäuse des Mixers kann sich lösen, warnt der Hersteller.",
        73.0,
    ),
    (
        "de-rueckruf-faber",
        "Was Besitzer des Faber-Mixers jetzt tun sollten",
        "Wer einen Vita 600 gekauft hat, kann das Gerät im Handel zurückgeben und bekommt den "
        "Kaufpreis von 59,99 € erstattet.",
        78.0,
    ),
    (
        "de-rueckruf-faber/wasserkocher",
        "Faber ruft nun auch Wasserkocher zurück",
        "Wenige Tage nach dem Mixer-Rückruf zieht Faber rund 12 000 Glas-Wasserkocher aus dem "
        "Verkauf, weil der Boden springen kann.",
        142.0,
    ),
    (
        "de-rueckruf-faber/wasserkocher",
        "Zweiter Rückruf bei Faber",
        "Diesmal sind Wasserkocher aus Glas betroffen.",
        142.5,
    ),
    (
        "de-rueckruf-faber/wasserkocher",
        "Glaswasserkocher von Faber: Boden kann springen",
        "Betroffen sind rund 12.000 Geräte, die seit dem Sommer verkauft wurden; Kunden bekommen "
        "ihr Geld zurück.",
        144.0,
    ),
    (
        "de-wahl-talbach",
        "Talbach wählt neuen Bürgermeister: Stichwahl nötig",
        "Bei der Bürgermeisterwahl in Talbach hat keiner der vier Bewerber die absolute Mehrheit "
        "erreicht; Jonas Weidner und Petra Hollstein gehen in die Stichwahl.",
        100.0,
    ),
    (
        "de-wahl-talbach",
        "Stichwahl in Talbach",
        "Weidner und Hollstein liegen vorn.",
        100.3,
    ),
    (
        "de-wahl-talbach",
        "Knappes Rennen in Talbach: Weidner vor Hollstein",
        "Der parteilose Weidner kam auf 38,4 Prozent, die Amtsinhaberin Hollstein auf 35,1 "
        "Prozent, die Wahlbeteiligung lag bei 52 Prozent.",
        104.0,
    ),
    (
        "de-lawine-kargspitze",
        "Lawine an der Kargspitze: Zwei Skitourengeher verschüttet",
        "Am Dienstag hat eine Lawine an der Kargspitze zwei Skitourengeher erfasst; die "
        "Bergwacht konnte einen der beiden lebend bergen, der andere wird noch gesucht.",
        196.0,
    ),
    (
        "de-lawine-kargspitze",
        "Lawinenunglück an der Kargspitze",
        "Die Bergwacht sucht einen Vermissten.",
        196.4,
    ),
    (
        "de-lawine-kargspitze",
        "Suche an der Kargspitze wegen Dunkelheit unterbrochen",
        "Die Retter mussten die Suche nach dem zweiten Verschütteten am Abend abbrechen und "
        "wollen bei Tagesanbruch weitermachen.",
        199.0,
    ),
    (
        "de-lawine-kargspitze",
        "Vermisster Tourengeher tot geborgen",
        "Suchhunde haben den 41-Jährigen am Mittwochvormittag unter zwei Metern Schnee gefunden, "
        "teilte die Bergwacht mit.",
        216.0,
    ),
    (
        "de-chor-preis",
        "Kinderchor aus Talbach gewinnt Landeswettbewerb",
        "Die Talbacher Spatzen haben beim Chorwettbewerb des Landes den ersten Preis in ihrer "
        "Altersklasse gewonnen.",
        226.0,
    ),
    # --- French ---
    (
        "fr-audience-morvan",
        "Procès de l'ancien maire de Saint-Aubrac : l'audience renvoyée",
        "Le tribunal correctionnel de Vernoux a renvoyé d'une semaine le procès de Gérard "
        "Morvan, ancien maire de Saint-Aubrac poursuivi pour favoritisme, à la demande de sa "
        "défense.",
        22.0,
    ),
    (
        "fr-audience-morvan",
        "Le procès Morvan reporté",
        "L'audience est renvoyée à la semaine prochaine.",
        22.3,
    ),
    (
        "fr-audience-morvan",
        "Saint-Aubrac : les opposants de Gérard Morvan déçus par le renvoi",
        "Les élus d'opposition, parties civiles, dénoncent une manœuvre pour gagner du temps "
        "dans cette affaire de marchés publics.",
        26.0,
    ),
    (
        "fr-audience-morvan/proces",
        "Favoritisme : Gérard Morvan devant le tribunal de Vernoux",
        "Le procès de l'ancien maire de Saint-Aubrac s'est ouvert lundi, une semaine après son "
        "renvoi ; il est accusé d'avoir attribué des marchés à une entreprise de son beau-frère.",
        190.0,
    ),
    (
        "fr-audience-morvan/proces",
        "Morvan à la barre",
        "L'ancien maire nie toute faveur dans les marchés publics.",
        190.4,
    ),
    (
        "fr-audience-morvan/proces",
        "Un an de prison avec sursis requis contre l'ex-maire",
        "Le parquet a requis lundi soir un an avec sursis et 20 000 euros d'amende contre Gérard "
        "Morvan.",
        196.0,
    ),
    (
        "fr-avertissement-lumea",
        "Luméa abaisse ses prévisions, l'action plonge",
        "Le fabricant de luminaires Luméa prévoit désormais un bénéfice annuel de 21 millions "
        "d'euros, contre 34 M€ attendus, et son titre a chuté de 18 % mardi.",
        46.0,
    ),
    (
        "fr-avertissement-lumea",
        "Avertissement sur résultats chez Luméa",
        "Le titre perd près de 18 % à la Bourse.",
        46.3,
    ),
    (
        "fr-avertissement-lumea",
        "Pourquoi Luméa a raté ses objectifs",
        "Les ventes aux professionnels du bâtiment ont reculé de près d'un quart en un an, "
        "explique le groupe lyonnais.",
        50.0,
    ),
    (
        "fr-avertissement-lumea",
        "Chez Luméa, les salariés de l'usine de Rivesaltes inquiets",
        "Au lendemain de l'avertissement, la CFDT demande des garanties pour les 230 salariés du "
        "site de production du groupe.",
        67.0,
    ),
    (
        "fr-avertissement-lumea/pdg",
        "Le PDG de Luméa, Thierry Caussade, quitte ses fonctions",
        "Trois jours après l'avertissement sur résultats, le conseil d'administration de Luméa a "
        "annoncé le départ de son président-directeur général, remplacé par intérim par Nadia "
        "Berthier.",
        121.0,
    ),
    (
        "fr-avertissement-lumea/pdg",
        "Départ du patron de Luméa",
        "Nadia Berthier assure l'intérim.",
        121.5,
    ),
    (
        "fr-echouage-plouzenec",
        "Une baleine à bosse échouée sur la plage de Plouzenec",
        "Un jeune rorqual de près de huit mètres s'est échoué mercredi matin sur la grande plage "
        "de Plouzenec ; les secours tentent de le maintenir en vie.",
        58.0,
    ),
    (
        "fr-echouage-plouzenec",
        "Baleine échouée à Plouzenec",
        "Les pompiers arrosent l'animal en attendant la marée.",
        58.3,
    ),
    (
        "fr-echouage-plouzenec",
        "À Plouzenec, des centaines de curieux autour de la baleine",
        "La mairie a installé un périmètre de sécurité sur la plage, où les spécialistes du "
        "réseau d'échouage suivent l'état du cétacé.",
        61.0,
    ),
    (
        "fr-echouage-plouzenec",
        "La baleine de Plouzenec remise à l'eau par la marée haute",
        "Le rorqual a regagné le large dans la nuit de mercredi à jeudi, aidé par les bénévoles "
        "et les pompiers.",
        74.0,
    ),
    (
        "fr-echouage-plouzenec/dauphins",
        "Trois dauphins retrouvés morts sur une plage voisine de Plouzenec",
        "Les carcasses de trois dauphins communs ont été découvertes jeudi à l'anse de Kervel, "
        "au lendemain de l'échouage de la baleine, sans lien selon les scientifiques.",
        84.0,
    ),
    (
        "fr-echouage-plouzenec/dauphins",
        "Dauphins morts à Kervel",
        "Les scientifiques vont pratiquer des autopsies.",
        84.5,
    ),
    (
        "fr-echouage-plouzenec/dauphins",
        "Dauphins échoués à l'anse de Kervel : la pêche mise en cause",
        "Les scientifiques du réseau d'échouage soupçonnent des captures accidentelles dans les "
        "filets de pêche, comme chaque hiver.",
        86.0,
    ),
    (
        "fr-braquage-montreval",
        "Braquage d'une bijouterie en plein centre de Montreval",
        "Deux hommes armés ont dérobé des montres et des bagues dans une bijouterie de la rue "
        "des Tanneurs, à Montreval, samedi en fin d'après-midi.",
        132.0,
    ),
    (
        "fr-braquage-montreval",
        "Bijouterie braquée à Montreval",
        "Les deux malfaiteurs ont pris la fuite à scooter.",
        132.3,
    ),
    (
        "fr-braquage-montreval",
        "Montreval : la bijoutière braquée raconte « dix minutes de terreur »",
        "La commerçante de la rue des Tanneurs a été menacée avec une arme pendant que les "
        "malfaiteurs vidaient les vitrines.",
        133.0,
    ),
    (
        "fr-braquage-montreval",
        "Bijouterie de la rue des Tanneurs : deux suspects interpellés",
        "La police a arrêté dimanche deux jeunes hommes de 19 et 22 ans ; une partie du butin a "
        "été retrouvée.",
        148.0,
    ),
    (
        "fr-tomme-lescure",
        "Un fromager de Saint-Aubrac primé au concours national",
        "La tomme de la ferme Lescure a obtenu la médaille d'or mardi dans la catégorie des "
        "pâtes pressées.",
        210.0,
    ),
    # --- Russian ---
    (
        "ru-slushanie-kostin",
        "Суд отложил слушание по делу бывшего главы Заречинска",
        "Областной суд перенёс на неделю заседание по делу Аркадия Костина, бывшего главы "
        "Заречинска, обвиняемого в растрате, из-за болезни адвоката.",
        20.0,
    ),
    (
        "ru-slushanie-kostin",
        "Дело Костина отложено",
        "Заседание перенесено на неделю.",
        20.4,
    ),
    (
        "ru-slushanie-kostin",
        "Защита Костина попросила отложить суд",
        "Заседание по делу о растрате в Заречинске перенесено из-за болезни адвоката бывшего мэра.",
        24.0,
    ),
    (
        "ru-slushanie-kostin/sud",
        "Бывший глава Заречинска Костин предстал перед судом",
        "В областном суде в понедельник началось слушание по делу Аркадия Костина, отложенное "
        "неделю назад; прокурор зачитал обвинение в растрате 40 миллионов рублей.",
        188.0,
    ),
    (
        "ru-slushanie-kostin/sud",
        "Костин в суде",
        "Бывший мэр не признал вину.",
        188.5,
    ),
    (
        "ru-proval-zarechinsk",
        "В Заречинске в асфальте образовался провал глубиной три метра",
        "На улице Кирова в пятницу утром провалился участок дороги; в яму упал грузовик "
        "коммунальной службы, водитель не пострадал.",
        102.0,
    ),
    (
        "ru-proval-zarechinsk",
        "Провал на улице Кирова",
        "Движение перекрыто, грузовик достают краном.",
        102.3,
    ),
    (
        "ru-proval-zarechinsk",
        "Причиной провала на Кирова назвали старую трубу",
        "По данным мэрии, грунт вымыла вода из прорвавшейся канализации, которую не меняли с "
        "1970-х годов.",
        106.0,
    ),
    (
        "ru-proval-zarechinsk",
        "Улицу Кирова обещают открыть через неделю",
        "Мэрия Заречинска начала замену трубы под дорогой; объезд будет действовать до следующей "
        "пятницы.",
        121.0,
    ),
    (
        "ru-proval-zarechinsk/vtoroy",
        "Второй провал за два дня: в Заречинске ушла под землю часть тротуара",
        "В субботу на Садовой улице образовалась яма глубиной около метра; провал на Кирова ещё "
        "не засыпан.",
        130.0,
    ),
    (
        "ru-proval-zarechinsk/vtoroy",
        "Новая яма на Садовой",
        "Прохожих просят обходить опасный участок.",
        130.4,
    ),
    (
        "ru-teplo-beloyarsk",
        "В Белоярске без тепла остались 60 домов",
        "Прорыв теплотрассы на проспекте Мира в понедельник ночью оставил без отопления около "
        "шестидесяти жилых домов и две школы.",
        170.0,
    ),
    (
        "ru-teplo-beloyarsk",
        "Авария на теплотрассе",
        "Без отопления шестьдесят домов.",
        170.3,
    ),
    (
        "ru-teplo-beloyarsk",
        "Коммунальщики обещают дать тепло в Белоярск к вечеру",
        "Ремонтные бригады работают на проспекте Мира, на улице минус восемнадцать.",
        173.0,
    ),
    (
        "ru-teplo-beloyarsk",
        "Отопление в домах на проспекте Мира восстановлено",
        "Тепло вернулось во все 60 домов во вторник утром, сообщила администрация.",
        196.0,
    ),
    (
        "ru-medved-lesnoe",
        "Медведь вышел к школе в посёлке Лесное",
        "Во вторник утром медведя заметили у забора школы в Лесном; занятия отменили, на место "
        "выехали охотники.",
        40.0,
    ),
    (
        "ru-medved-lesnoe",
        "Медведь у школы",
        "В Лесном отменили уроки.",
        40.3,
    ),
    (
        "ru-medved-lesnoe",
        "Охотники дежурят у школы в Лесном",
        "Медведь ушёл в лес, но родителям советуют не отпускать детей одних.",
        42.0,
    ),
    (
        "ru-medved-lesnoe",
        "Медведя из Лесного увезли в заповедник",
        "Зверя усыпили и вывезли за сто километров от посёлка, сообщили в охотнадзоре.",
        60.0,
    ),
    (
        "ru-posadka-severny",
        "Самолёт экстренно сел в Северном из-за отказа двигателя",
        "Пассажирский самолёт, летевший в столицу, в понедельник вечером вернулся в аэропорт "
        "Северный после отказа одного из двигателей; на борту было 112 человек.",
        176.0,
    ),
    (
        "ru-posadka-severny",
        "Экстренная посадка в Северном",
        "Никто не пострадал.",
        176.3,
    ),
    (
        "ru-posadka-severny",
        "Пассажиров рейса отправят в столицу резервным бортом",
        "Авиакомпания пообещала вылететь утром и выплатить компенсацию всем ста двенадцати "
        "пассажирам.",
        180.0,
    ),
    (
        "ru-posadka-severny",
        "Причиной отказа двигателя могла стать птица",
        "Техники нашли следы столкновения с птицей в двигателе самолёта, который накануне "
        "вернулся в Северный.",
        193.0,
    ),
    (
        "ru-teatr-premera",
        "Драмтеатр Белоярска показал премьеру по пьесе Островского",
        "Спектакль поставил молодой режиссёр Илья Гордеев, зал был полон.",
        228.0,
    ),
    # --- Spanish ---
    (
        "es-incendio-almendral",
        "Arde una nave de muebles en el polígono de Almendral",
        "Un incendio declarado a las once de la noche del lunes calcinó una nave de una fábrica "
        "de muebles en el polígono Los Olivos de Almendral; no hubo heridos.",
        23.0,
    ),
    (
        "es-incendio-almendral",
        "Incendio en el polígono de Almendral",
        "Una gran columna de humo se ve desde la autovía.",
        23.3,
    ),
    (
        "es-incendio-almendral",
        "Un incendio destruye la nave de la fábrica Muebles Robledo en Almendral",
        "El fuego comenzó en la zona de barnizado y se extendió a toda la nave, según los "
        "bomberos.",
        24.0,
    ),
    (
        "es-incendio-almendral",
        "Los bomberos dan por controlado el fuego de la nave de Almendral",
        "Tras casi cinco horas de trabajo, los bomberos extinguieron las llamas de la fábrica de "
        "muebles, que ha quedado destruida.",
        28.0,
    ),
    (
        "es-incendio-almendral/piso",
        "Evacuado un edificio por un incendio en una cocina de Almendral",
        "Un fuego en la cocina de un tercer piso de la calle Mayor obligó a desalojar a doce "
        "vecinos de madrugada, mientras otros bomberos seguían en el polígono.",
        26.0,
    ),
    (
        "es-incendio-almendral/piso",
        "Fuego en un piso de la calle Mayor",
        "Una mujer atendida por inhalación de humo.",
        26.4,
    ),
    (
        "es-brote-villacruz",
        "Brote de gastroenteritis en un colegio de Villacruz",
        "Sanidad investiga un brote que ha afectado a 37 alumnos del colegio San Telmo de "
        "Villacruz, que sufrieron vómitos tras la comida del jueves.",
        102.0,
    ),
    (
        "es-brote-villacruz",
        "37 niños enfermos en el San Telmo",
        "Sanidad analiza el menú del comedor.",
        102.4,
    ),
    (
        "es-brote-villacruz",
        "El comedor del San Telmo, bajo sospecha",
        "Los inspectores han tomado muestras de la tortilla y de la ensalada que se sirvieron el "
        "jueves a los alumnos afectados.",
        106.0,
    ),
    (
        "es-brote-villacruz",
        "Salmonela en la tortilla del comedor del San Telmo",
        "Los análisis confirman que la tortilla servida el jueves causó el brote; la empresa del "
        "comedor queda suspendida.",
        124.0,
    ),
    (
        "es-brote-villacruz/varicela",
        "Casos de varicela en el mismo colegio de Villacruz",
        "El colegio San Telmo ha comunicado a las familias ocho casos de varicela en Infantil, "
        "sin relación con la gastroenteritis de la semana.",
        146.0,
    ),
    (
        "es-brote-villacruz/varicela",
        "Varicela en el San Telmo",
        "Ocho niños de Infantil, en casa.",
        146.5,
    ),
    (
        "es-rescate-alcornia",
        "Rescatados dos montañeros atrapados en el Pico Alcornia",
        "La Guardia Civil rescató en helicóptero a dos montañeros de Sevilla que quedaron "
        "atrapados por la niebla en una repisa del Pico Alcornia el domingo.",
        10.0,
    ),
    (
        "es-rescate-alcornia",
        "Rescate en el Alcornia",
        "Los dos montañeros están bien.",
        10.4,
    ),
    (
        "es-rescate-alcornia",
        "Los montañeros del Alcornia pasaron la noche a dos mil metros",
        "Los dos hombres se refugiaron en una repisa a 2.050 metros hasta que el tiempo permitió "
        "el vuelo del helicóptero.",
        14.0,
    ),
    (
        "es-rescate-alcornia",
        "La Guardia Civil pide prudencia tras el rescate en el Alcornia",
        "El instituto armado recuerda que la niebla puede bajar en minutos en la sierra y pide "
        "consultar la previsión antes de subir.",
        31.0,
    ),
    (
        "es-astillero-navalsur",
        "El astillero Navalsur firma un contrato de 380 millones para construir cuatro ferris",
        "El astillero de Puerto Lumbre construirá cuatro ferris eléctricos para una naviera "
        "noruega, un encargo que dará trabajo a 900 personas durante tres años.",
        62.0,
    ),
    (
        "es-astillero-navalsur",
        "Navalsur gana un gran contrato",
        "Cuatro ferris eléctricos para una naviera noruega.",
        62.3,
    ),
    (
        "es-astillero-navalsur",
        "Puerto Lumbre celebra el contrato de los ferris",
        "Comerciantes y sindicatos de la ciudad aplauden un pedido que asegura la carga de "
        "trabajo del astillero hasta 2029.",
        66.0,
    ),
    (
        "es-astillero-navalsur",
        "Navalsur contratará a 200 soldadores para los ferris noruegos",
        "La empresa abrirá el proceso de selección el mes que viene para cumplir el encargo de "
        "380 M€.",
        84.0,
    ),
    (
        "es-embalse-sequia",
        "El embalse de La Encina baja al 18 % y se restringe el riego",
        "La confederación hidrográfica ha limitado el riego en la vega de La Encina, cuyo "
        "embalse está en su nivel más bajo en veinte años.",
        180.0,
    ),
    (
        "es-embalse-sequia",
        "Restricciones de riego en La Encina",
        "El embalse, al 18 por ciento.",
        180.4,
    ),
    (
        "es-embalse-sequia",
        "La sequía deja el embalse de La Encina en mínimos históricos",
        "Con el agua al dieciocho por ciento, los regantes solo podrán regar dos días por semana.",
        181.0,
    ),
    (
        "es-embalse-sequia",
        "Los regantes de La Encina piden ayudas por la sequía",
        "Los agricultores de la vega calculan pérdidas de varios millones por la falta de agua.",
        198.0,
    ),
    (
        "es-premio-poesia",
        "Una maestra de Almendral gana el premio nacional de poesía joven",
        "Lucía Ferrer, de 29 años, ha sido premiada por su libro sobre la vida en el campo.",
        218.0,
    ),
    # --- Italian ---
    (
        "it-incendio-vallerosa",
        "Incendio in un capannone a Vallerosa, fiamme visibili da chilometri",
        "Un vasto incendio è scoppiato nella notte tra martedì e mercoledì in un deposito di "
        "pneumatici nella zona industriale di Vallerosa; i vigili del fuoco sono al lavoro con "
        "dieci squadre.",
        42.0,
    ),
    (
        "it-incendio-vallerosa",
        "Vallerosa, brucia un deposito di pneumatici",
        "Nube nera sulla zona industriale, finestre chiuse.",
        42.3,
    ),
    (
        "it-incendio-vallerosa",
        "Rogo di Vallerosa, l'Arpa misura l'aria",
        "I tecnici dell'agenzia ambientale hanno installato centraline vicino al deposito di "
        "pneumatici per controllare la diossina.",
        46.0,
    ),
    (
        "it-incendio-vallerosa",
        "Vallerosa, il sindaco revoca l'ordinanza sulle finestre chiuse",
        "Le analisi dell'aria dopo il rogo del deposito di pneumatici sono nella norma, ha detto "
        "il sindaco Carlo Benassi.",
        62.0,
    ),
    (
        "it-incendio-vallerosa/appartamento",
        "Vallerosa, a fuoco un appartamento in centro: salvata un'anziana",
        "Nella stessa notte dell'incendio al deposito, le fiamme hanno avvolto un appartamento "
        "in via Garibaldi; una donna di 84 anni è stata portata fuori dai vicini.",
        44.0,
    ),
    (
        "it-incendio-vallerosa/appartamento",
        "Fiamme in via Garibaldi",
        "Anziana salvata dai vicini di casa.",
        44.5,
    ),
    (
        "it-incendio-vallerosa/appartamento",
        "Incendio in via Garibaldi, la causa è un cortocircuito",
        "Secondo i vigili del fuoco le fiamme sono partite dalla presa della lavatrice in bagno; "
        "nessun legame con il deposito di pneumatici.",
        47.0,
    ),
    (
        "it-focolaio-borgolieto",
        "Salmonella alla scuola di Borgo Lieto, 22 bambini intossicati",
        "Ventidue alunni della scuola primaria Don Milani di Borgo Lieto sono stati male dopo il "
        "pranzo in mensa di venerdì; l'Asl ha chiuso la cucina.",
        118.0,
    ),
    (
        "it-focolaio-borgolieto",
        "Intossicazione a scuola",
        "Chiusa la mensa della Don Milani.",
        118.4,
    ),
    (
        "it-focolaio-borgolieto",
        "Borgo Lieto, genitori in assemblea dopo la salmonella",
        "Le famiglie chiedono chiarezza alla ditta che gestisce la mensa della scuola Don Milani.",
        124.0,
    ),
    (
        "it-focolaio-borgolieto",
        "Salmonella a Borgo Lieto, sospesa la ditta della mensa",
        "Il Comune ha sospeso il contratto con la società di ristorazione dopo che le analisi "
        "hanno trovato il batterio nella maionese.",
        138.0,
    ),
    (
        "it-focolaio-borgolieto/scabbia",
        "Borgo Lieto, alla Don Milani ora anche la scabbia",
        "Due giorni dopo la salmonella, la scuola ha segnalato tre casi di scabbia in una classe "
        "quarta; l'Asl assicura che non c'è legame con la mensa.",
        148.0,
    ),
    (
        "it-focolaio-borgolieto/scabbia",
        "Casi di scabbia alla Don Milani",
        "Tre bambini di una quarta a casa.",
        148.5,
    ),
    (
        "it-aeroporto-monteverde",
        "Aeroporto di Monteverde chiuso per un guasto al radar",
        "Lo scalo di Monteverde è rimasto chiuso per tre ore mercoledì pomeriggio per un guasto "
        "al sistema radar; sei voli sono stati dirottati.",
        54.0,
    ),
    (
        "it-aeroporto-monteverde",
        "Monteverde, stop ai voli",
        "Guasto al radar, sei voli dirottati.",
        54.3,
    ),
    (
        "it-aeroporto-monteverde",
        "Monteverde, voli ripresi dopo il guasto al radar",
        "L'Enav ha riattivato il sistema in serata e i voli sono ripartiti con ritardi fino a "
        "due ore.",
        57.0,
    ),
    (
        "it-aeroporto-monteverde",
        "Guasto al radar, l'Enav apre un'indagine interna",
        "Secondo i primi accertamenti il blocco di Monteverde è stato causato da un "
        "aggiornamento del software.",
        72.0,
    ),
    (
        "it-aeroporto-monteverde/nebbia",
        "Nebbia fitta, aeroporto di Monteverde chiuso all'alba",
        "Lo scalo di Monteverde ha sospeso decolli e atterraggi per quattro ore domenica mattina "
        "a causa della nebbia; quattro voli dirottati su altri aeroporti.",
        154.0,
    ),
    (
        "it-aeroporto-monteverde/nebbia",
        "Nebbia su Monteverde",
        "Decolli e atterraggi sospesi fino alla tarda mattinata.",
        154.4,
    ),
    (
        "it-frana-sp24",
        "Frana sulla provinciale 24, isolate due frazioni di Roccalba",
        "Una frana di fango e massi ha invaso la strada provinciale 24 lunedì notte, isolando le "
        "frazioni di Pietrafonda e Casale.",
        190.0,
    ),
    (
        "it-frana-sp24",
        "Frana sulla Sp24",
        "Pietrafonda e Casale isolate.",
        190.3,
    ),
    (
        "it-frana-sp24",
        "Roccalba, elicottero per portare viveri alle frazioni isolate",
        "La Protezione civile ha organizzato un ponte aereo per le circa 180 persone rimaste "
        "bloccate dalla frana.",
        196.0,
    ),
    (
        "it-frana-sp24",
        "Riaperta a senso unico la provinciale per Pietrafonda",
        "Le ruspe hanno liberato una corsia della Sp 24 martedì sera, dopo un giorno di lavoro.",
        214.0,
    ),
    (
        "it-tartufo-asta",
        "All'asta di Roccalba un tartufo bianco venduto a 9.500 euro",
        "Il tartufo di 820 grammi è stato acquistato da un ristoratore di Milano.",
        206.0,
    ),
    # --- Portuguese ---
    (
        "pt-assalto-oliveiras",
        "Casa assaltada na Rua das Oliveiras em Vila Serrana",
        "Uma moradia da Rua das Oliveiras, em Vila Serrana, foi assaltada na noite de "
        "quarta-feira enquanto os donos jantavam fora; foram levados ouro e dinheiro.",
        64.0,
    ),
    (
        "pt-assalto-oliveiras",
        "Assalto em Vila Serrana",
        "A GNR pede a quem viu algo que se apresente.",
        64.4,
    ),
    (
        "pt-assalto-oliveiras",
        "Moradores da Rua das Oliveiras pedem mais patrulhas",
        "Depois do assalto de quarta-feira, os vizinhos juntaram assinaturas para pedir à câmara "
        "mais iluminação na rua.",
        70.0,
    ),
    (
        "pt-assalto-oliveiras",
        "GNR identifica suspeito do assalto em Vila Serrana",
        "Um homem de 31 anos, já conhecido das autoridades, foi identificado graças às imagens "
        "de uma câmara de um vizinho.",
        84.0,
    ),
    (
        "pt-assalto-oliveiras/segundo",
        "Novo assalto na mesma rua de Vila Serrana",
        "Uma segunda casa da Rua das Oliveiras foi assaltada na noite de quinta-feira, um dia "
        "depois da primeira; desta vez os ladrões levaram um computador e uma bicicleta.",
        94.0,
    ),
    (
        "pt-assalto-oliveiras/segundo",
        "Segunda casa assaltada",
        "Os ladrões entraram pela janela da cozinha.",
        94.5,
    ),
    (
        "pt-vitoria-ribeirense",
        "Atlético Ribeirense vence o Desportivo de Lagoa por 2-0",
        "Com golos de Tiago Sampaio e Rui Mendonça, o Atlético Ribeirense venceu na quinta-feira "
        "à noite e subiu ao terceiro lugar da tabela.",
        88.0,
    ),
    (
        "pt-vitoria-ribeirense",
        "Ribeirense ganha em casa",
        "Vitória por dois a zero frente ao Lagoa.",
        88.3,
    ),
    (
        "pt-vitoria-ribeirense",
        "Ribeirense 2-0 Lagoa: a crónica do jogo",
        "Sampaio e Mendonça marcam e a equipa sobe ao terceiro lugar.",
        89.0,
    ),
    (
        "pt-vitoria-ribeirense",
        "Sampaio decide e o Ribeirense sobe ao pódio",
        "O avançado marcou logo aos seis minutos e deu confiança à equipa, que controlou o resto "
        "do jogo.",
        90.0,
    ),
    (
        "pt-vitoria-ribeirense/proximo",
        "Ribeirense perde em Castro Alvo e sai do pódio",
        "Quatro dias depois da vitória sobre o Lagoa, o Atlético Ribeirense perdeu por 3-1 em "
        "Castro Alvo e caiu para o quinto lugar.",
        184.0,
    ),
    (
        "pt-vitoria-ribeirense/proximo",
        "Derrota do Ribeirense",
        "Três golos sofridos em Castro Alvo.",
        184.4,
    ),
    (
        "pt-baleia-areiafunda",
        "Baleia dá à costa na praia de Areia Funda",
        "Uma baleia-anã com cerca de seis metros foi encontrada viva na praia de Areia Funda na "
        "segunda-feira de manhã; biólogos e bombeiros tentam devolvê-la ao mar.",
        16.0,
    ),
    (
        "pt-baleia-areiafunda",
        "Baleia na praia de Areia Funda",
        "Biólogos tentam salvar o animal.",
        16.3,
    ),
    (
        "pt-baleia-areiafunda",
        "Centenas de pessoas acompanham o resgate da baleia",
        "A Polícia Marítima afastou os curiosos enquanto os biólogos mantinham o animal molhado "
        "à espera da maré.",
        19.0,
    ),
    (
        "pt-baleia-areiafunda",
        "Baleia de Areia Funda morre apesar dos esforços",
        "O animal morreu na madrugada de terça-feira; será feita uma necrópsia para saber a "
        "causa do arrojamento.",
        36.0,
    ),
    (
        "pt-baleia-areiafunda/tartarugas",
        "Duas tartarugas marinhas encontradas mortas em Areia Funda",
        "Quatro dias depois da baleia, duas tartarugas-comuns apareceram mortas na mesma praia, "
        "presas em redes de pesca abandonadas.",
        96.0,
    ),
    (
        "pt-baleia-areiafunda/tartarugas",
        "Tartarugas mortas na praia",
        "As redes de pesca foram retiradas pela câmara.",
        96.5,
    ),
    (
        "pt-avioneta-sorraia",
        "Avioneta aterra de emergência num campo perto de Sorraia",
        "Um pequeno avião de instrução aterrou num campo de milho perto de Sorraia no sábado à "
        "tarde após uma falha no motor; o instrutor e o aluno saíram ilesos.",
        136.0,
    ),
    (
        "pt-avioneta-sorraia",
        "Aterragem de emergência em Sorraia",
        "Os dois ocupantes não ficaram feridos.",
        136.3,
    ),
    (
        "pt-avioneta-sorraia",
        "Avioneta retirada do milheiral, investigação aberta",
        "O gabinete de investigação de acidentes com aeronaves recolheu o motor para perceber a "
        "falha.",
        156.0,
    ),
    (
        "pt-vinho-premio",
        "Tinto de Vila Serrana eleito o melhor do concurso regional",
        "O vinho da Quinta do Lavrador venceu a medalha de ouro entre mais de 300 concorrentes.",
        222.0,
    ),
    # --- Dutch ---
    (
        "nl-staking-dijkmeer",
        "Vuilnismannen in Dijkmeer kondigen staking aan",
        "De medewerkers van de gemeentelijke reinigingsdienst in Dijkmeer leggen volgende week "
        "donderdag het werk neer omdat de onderhandelingen over een nieuwe cao zijn vastgelopen.",
        28.0,
    ),
    (
        "nl-staking-dijkmeer",
        "Staking bij de reiniging in Dijkmeer",
        "Het afval blijft volgende week donderdag staan.",
        28.3,
    ),
    (
        "nl-staking-dijkmeer",
        "Reinigingsdienst Dijkmeer staakt volgende week",
        "De bond zegt dat het loonbod van de gemeente te laag is.",
        29.0,
    ),
    (
        "nl-staking-dijkmeer",
        "Gemeente Dijkmeer vraagt inwoners afval binnen te houden",
        "De gemeente roept bewoners op om hun containers niet buiten te zetten op de dag van de "
        "aangekondigde staking.",
        32.0,
    ),
    (
        "nl-staking-dijkmeer/dag",
        "Containers blijven vol in Dijkmeer op stakingsdag",
        "Op donderdag reed in Dijkmeer geen enkele vuilniswagen uit; de stakers hielden een "
        "bijeenkomst voor het stadhuis.",
        246.0,
    ),
    (
        "nl-staking-dijkmeer/dag",
        "Stakers voor het stadhuis",
        "Geen afval opgehaald in Dijkmeer.",
        246.4,
    ),
    (
        "nl-hoogwater-ossendam",
        "Waterschap waarschuwt voor hoogwater bij Ossendam",
        "Het waterschap verwacht dat de Lek bij Ossendam woensdagnacht tot boven de uiterwaarden "
        "stijgt en heeft de kades laten controleren.",
        48.0,
    ),
    (
        "nl-hoogwater-ossendam",
        "Hoogwater bij Ossendam verwacht",
        "Bewoners van de uiterwaarden moeten hun vee weghalen.",
        48.3,
    ),
    (
        "nl-hoogwater-ossendam",
        "Boeren in de uiterwaarden van Ossendam brengen vee in veiligheid",
        "Zeker dertig boeren hebben hun koeien en schapen naar hoger gelegen weides gebracht "
        "voor het hoogwater.",
        52.0,
    ),
    (
        "nl-hoogwater-ossendam",
        "Waterstand bij Ossendam zakt weer",
        "Het water bereikte donderdagochtend zijn hoogste punt, een halve meter onder de kruin "
        "van de dijk, en daalt nu.",
        78.0,
    ),
    (
        "nl-hoogwater-ossendam/tweede",
        "Opnieuw hoogwater verwacht bij Ossendam",
        "Nog geen drie dagen na de vorige piek waarschuwt het waterschap weer voor hoog water in "
        "de uiterwaarden, na zware regen in het achterland.",
        128.0,
    ),
    (
        "nl-hoogwater-ossendam/tweede",
        "Nieuwe waarschuwing voor Ossendam",
        "Het water stijgt opnieuw door de regen.",
        128.4,
    ),
    (
        "nl-brug-zandvoorde",
        "Draaibrug bij Zandvoorde blijft openstaan door storing",
        "De draaibrug over het kanaal bij Zandvoorde kon donderdagochtend niet meer dicht; "
        "automobilisten moeten een omweg van twintig kilometer maken.",
        76.0,
    ),
    (
        "nl-brug-zandvoorde",
        "Brug Zandvoorde in storing",
        "Het verkeer moet omrijden via de ringweg.",
        76.3,
    ),
    (
        "nl-brug-zandvoorde",
        "Monteurs zoeken naar oorzaak van brugstoring",
        "Volgens de provincie is een onderdeel van de hydrauliek defect en moet het uit "
        "Duitsland komen.",
        80.0,
    ),
    (
        "nl-brug-zandvoorde",
        "Draaibrug Zandvoorde weer dicht na nachtelijke reparatie",
        "Het verkeer kan sinds vrijdagochtend weer over de brug, meldt de provincie.",
        96.0,
    ),
    (
        "nl-fusie-melkland",
        "Zuivelcoöperaties Melkland en De Eendracht gaan fuseren",
        "De twee coöperaties vormen samen het op twee na grootste zuivelbedrijf van het land, "
        "met 4200 leden en een omzet van 2,8 miljard euro.",
        162.0,
    ),
    (
        "nl-fusie-melkland",
        "Melkland en De Eendracht fuseren",
        "Het nieuwe bedrijf telt 4.200 melkveehouders.",
        162.4,
    ),
    (
        "nl-fusie-melkland",
        "Melkland en De Eendracht: fusie van 2,8 miljard",
        "De coöperaties verwachten de fusie volgend jaar af te ronden, na goedkeuring door de "
        "leden.",
        163.0,
    ),
    (
        "nl-fusie-melkland",
        "Boeren positief over zuivelfusie, maar vrezen voor fabriek in Ossendam",
        "De kaasfabriek van De Eendracht in Ossendam kan volgens de vakbond dicht als de fusie "
        "doorgaat.",
        168.0,
    ),
    (
        "nl-vogelgriep-haarveen",
        "Vogelgriep op pluimveebedrijf in Haarveen",
        "Op een legkippenbedrijf in Haarveen is vogelgriep vastgesteld; de 60.000 kippen worden "
        "geruimd.",
        202.0,
    ),
    (
        "nl-vogelgriep-haarveen",
        "Vogelgriep in Haarveen",
        "Zestigduizend kippen worden geruimd op het bedrijf.",
        202.3,
    ),
    (
        "nl-vogelgriep-haarveen",
        "Ophokplicht in de hele regio na vogelgriep Haarveen",
        "Alle pluimveehouders binnen tien kilometer moeten hun dieren binnen houden.",
        220.0,
    ),
    (
        "nl-molen-restauratie",
        "Gerestaureerde molen in Zandvoorde draait weer",
        "Na twee jaar werk maalt de korenmolen De Hoop weer graan voor de plaatselijke bakker.",
        232.0,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two road crashes on one road on one day": (
        "en-crash-a417/van",
        "de-unfall-b312/motorrad",
    ),
    "two separate fires in one town on one night": (
        "es-incendio-almendral/piso",
        "it-incendio-vallerosa/appartamento",
    ),
    "two burglaries on one street within two days": (
        "en-burglary-quarry/second",
        "pt-assalto-oliveiras/segundo",
    ),
    "two outbreaks at one school within two days": (
        "es-brote-villacruz/varicela",
        "it-focolaio-borgolieto/scabbia",
    ),
    "a company's job cuts and its unrelated product launch in one week": (
        "en-jobcuts-orrin/launch",
        "de-stellen-kessler/produkt",
    ),
    "a strike announced and the strike day": (
        "en-strike-kestrel/day",
        "nl-staking-dijkmeer/dag",
    ),
    "a court hearing adjourned and the hearing held a week later": (
        "fr-audience-morvan/proces",
        "ru-slushanie-kostin/sud",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-haldane/ceo",
        "fr-avertissement-lumea/pdg",
    ),
    "a town's second flood warning days after the first": (
        "en-flood-wensley/second",
        "nl-hoogwater-ossendam/tweede",
    ),
    "one club's next match days later": (
        "en-match-ashcombe/next",
        "pt-vitoria-ribeirense/proximo",
    ),
    "one firm's second recall days later": (
        "en-recall-aurora/second",
        "de-rueckruf-faber/wasserkocher",
    ),
    "two sinkholes in one town within days": (
        "en-sinkhole-morrowby/second",
        "ru-proval-zarechinsk/vtoroy",
    ),
    "a whale stranding and other animals found dead on the same coast days later": (
        "fr-echouage-plouzenec/dauphins",
        "pt-baleia-areiafunda/tartarugas",
    ),
    "one airport's two closures from different causes within days": (
        "en-airport-kelby/snow",
        "it-aeroporto-monteverde/nebbia",
    ),
}
