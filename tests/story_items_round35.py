"""A thirty-fifth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one REGIONAL week as a reader who
follows local and regional outlets in eight countries sees it at daily-digest density: councils,
local courts, police, fires, roads, schools, hospitals, shops, weather, local sport and
festivals, 41 to 48 items a day (48, 47, 44, 43, 41, 41 and 42 from Monday to Sunday),
spanning 1.0 to 167.5 hours. It holds 306 items under 142 labels: 118 stories and 24 hard
negatives; 46 labels in English (103 items), 14 in Russian (30), German (31), French (29),
Italian (30) and Portuguese (27), 13 in Spanish (29) and Dutch (27). Big local stories are
carried by two to four outlets over a day: a wire flash or teaser first, then the fuller
regional page, then a quote-led or reaction piece hours later; six have a next-day follow-up
with a new fact 16 to 21 hours after the first copy (the River Callow peaking below the town
wall, the bus firms' warning on Mayor Adebayo's fare cap, the Heddon Moor road reopened after
snow, the Valbrune storm's downed trees and power cuts, the Sierra road reopened after the
mudslide, the Roccalba road reopened after the landslide), and several have a same-day
follow-up (the missing Otterbury girl found, the converter thieves remanded, the Heddon crash
victim named, the Market Street stabbing charge). Many one-day stories are told once or twice:
99 labels have two copies, 31 three, 1 four, and 11 stories are told by one outlet. 88 stories
and hard negatives have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Four of them are two different events at the same
place or with the same actor on the same day, 7 to 10 hours apart, which only the facts tell
apart: a school shut for a building fault in the morning and a separate fight at its gates that
evening (St Aldric's burst pipe, the Wellingen Gymnasium's fallen ceiling, the San Blas short
circuit); a shop fined by inspectors in the morning and burgled that night (Doyle's Minimart in
Kelsworth, the Montclerc bakery, the Castelvero minimarket); a hospital ward shut by a bug and a
separate evacuation of the same hospital hours later (Otterbury Royal's norovirus and canteen
fire, the Serrães gastroenteritis and gas leak, the Hilstede bacterium and car park fire); a
mayor's morning announcement and a separate matter about the same mayor that evening (Ruth
Adebayo's fare cap and the standards panel, мэр Савельев's tram line and his car crash, Jean-Luc
Fabre's swimming pool and the assault on him). The other four are days apart (56 to 101
hours): a town festival's opening and a separate accident at it (Pellow Bay Folk Week's
marquee, the Villarejo fiestas' vaquilla, the Arcelos medieval fair's joust); one council
approving a housing plan and refusing another (Ashcombe's Fairlow Farm and Mill Lane,
Новоборск's Заречный and the square on Лесная, Oosterwaarde's De Kampen and the station
tower); a local club's cup win and its ground closed by inspectors (Stanmere Town, SV
Grünstedt, the Roccalbese); a bridge reopened after repairs and struck by a boat (the Callow
bridge at Hadleigh Cross, the Altwerden bridge, the Leme bridge). Twelve hard negatives fall
within 48 hours of their story, twelve beyond it.

The week also stresses what a regional digest carries side by side: many events of one kind in
different towns (fires at a warehouse, a market, a block of flats, a pallet store, a shoe
factory, a barn, a hay barn and a cheese farm; six local derbies on one Saturday; several
road closures, crashes and weather warnings in one county), places that recur across unrelated
stories (Otterbury's fire, hospital, missing girl, lights and half marathon; the B3150's snow
and its fatal crash; Brenton's school, library, arson verdict and stabbing), and schools,
hospitals and shops in stories that are not hard negatives of each other.

What "same story" means here: one event (one fire, one verdict, one closure, one vote, one
raid, one storm, one match, one opening, one accident) in that event's news cycle, including a
follow-up the same or the next day with a new fact. Not the same story: another event at the
same school, shop, hospital, town hall, festival, council, ground or bridge, or with the same
mayor, even on the same day. A label with a suffix after a slash is a hard negative of the
story before the slash (categories in `HARD_NEGATIVES`). No story has more than four copies,
and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
towns, people, firms, schools, hospitals, clubs and councils are invented here; real bodies
appear only as backdrop (Ofsted, the Environment Agency, the Met Office, the Crown Court, МЧС,
the préfecture and the agence régionale de santé, the Guardia Civil, the Nas, the GNR, the
Raad van State).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and
never run through the merging code before its one scoring run,
`python -m bench.stories --round35`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-fire-otterbury-warehouse",
        "Large fire at Otterbury warehouse",
        "Crews were called to the Fenwick Road industrial estate shortly after 3am.",
        3.5,
    ),
    (
        "en-fire-otterbury-warehouse",
        "Twelve fire engines fight blaze at Otterbury storage depot",
        "Residents of Fenwick Road were told to keep windows shut as smoke from a burning "
        "furniture store drifted over the east of Otterbury before dawn on Monday.",
        4.2,
    ),
    (
        "en-fire-otterbury-warehouse",
        "Otterbury depot fire: roof collapsed but nobody hurt",
        "Marlshire Fire and Rescue said the building, used by a flat-pack furniture firm, was a "
        "total loss; an investigation into the cause will start once it is safe.",
        9.0,
    ),
    (
        "en-bridge-hadleigh-reopens",
        "Hadleigh Cross river bridge reopens after eight months",
        "The Victorian bridge over the Callow, closed since March for repairs to its cracked "
        "piers, opened to cars again at 7am, ending a 14-mile detour for commuters.",
        7.0,
    ),
    (
        "en-bridge-hadleigh-reopens",
        "Callow bridge open again",
        "Drivers cheered as the barriers came down at Hadleigh Cross.",
        7.6,
    ),
    (
        "en-bridge-hadleigh-reopens",
        "Traders hope reopened bridge brings shoppers back",
        "Shopkeepers on Hadleigh Cross high street said takings had fallen by a third while the "
        "bridge was shut and asked the county for a parking holiday to win customers back.",
        12.5,
    ),
    (
        "en-bin-strike-kelsworth",
        "Kelsworth bin crews vote for strike",
        "Refuse collectors in Kelsworth backed a walkout over pay by 81 per cent; the union said "
        "six days of action would begin later this month unless the council improved its offer.",
        8.0,
    ),
    (
        "en-bin-strike-kelsworth",
        "Bin strike looms in Kelsworth",
        "Union members back six days of walkouts over pay.",
        8.7,
    ),
    (
        "en-roads-a614-closure",
        "A614 to close for six weeks of resurfacing",
        "The road between Ashcombe and Stanmere will shut overnight from Monday for six weeks, "
        "with a signed diversion through Lowfield adding about 20 minutes.",
        9.5,
    ),
    (
        "en-roads-a614-closure",
        "Overnight closures start on the A614",
        "Six weeks of night works between Ashcombe and Stanmere begin.",
        10.1,
    ),
    (
        "en-carpark-pellow-bay",
        "Pellow Bay to charge for seafront parking all year",
        "Drivers will pay at the harbour and promenade car parks in winter as well as summer from "
        "January, the town council decided, saying the £90,000 would fund toilets and lifeguards.",
        12.0,
    ),
    (
        "en-court-brenton-arson",
        "Man guilty of setting fire to ex-partner's flat",
        "A jury at Marlshire Crown Court convicted Dean Holloway, 36, of arson with intent to "
        "endanger life after a fire at a block of flats in Brenton in May.",
        14.0,
    ),
    (
        "en-court-brenton-arson",
        "Brenton flat arsonist convicted",
        "Dean Holloway will be sentenced next month.",
        14.6,
    ),
    (
        "en-court-brenton-arson",
        "Neighbour who carried children from burning Brenton flats praised",
        "The judge commended Stacey Munro, who carried two children down a smoke-filled "
        "stairwell, as Dean Holloway was found guilty of arson.",
        19.5,
    ),
    (
        "en-festival-pellow-bay-opens",
        "Pellow Bay Folk Week opens with harbour parade",
        "Thousands lined the quay as pipers, dancers and a brass band led the opening parade of "
        "the 48th Pellow Bay Folk Week, which runs for nine days.",
        17.0,
    ),
    (
        "en-festival-pellow-bay-opens",
        "Folk Week under way in Pellow Bay",
        "Nine days of music begin with a harbour parade.",
        17.8,
    ),
    (
        "en-council-ashcombe-homes-approved",
        "Ashcombe councillors approve 400 homes at Fairlow Farm",
        "The planning committee voted nine to four for the Fairlow Farm estate on the edge of "
        "Ashcombe, which will include a primary school and 120 affordable homes.",
        20.0,
    ),
    (
        "en-council-ashcombe-homes-approved",
        "400-home Fairlow Farm plan approved",
        "Opponents say they will ask for a judicial review.",
        20.6,
    ),
    (
        "en-police-kelsworth-drugs-raid",
        "Six arrested in dawn drugs raids across Kelsworth",
        "Marlshire Police said officers searched nine addresses and seized cannabis, cash and two "
        "imitation firearms in an operation aimed at a county lines gang.",
        27.0,
    ),
    (
        "en-police-kelsworth-drugs-raid",
        "Dawn raids in Kelsworth: six held",
        "Cannabis, cash and fake guns seized at nine homes.",
        27.8,
    ),
    (
        "en-police-kelsworth-drugs-raid",
        "'We will keep knocking on doors,' says Kelsworth police chief",
        "Superintendent Owen Marsh said the raids followed months of complaints from residents of "
        "the Greenhill estate about dealing near a play park.",
        33.0,
    ),
    (
        "en-gp-surgery-hadleigh",
        "Hadleigh Cross GP surgery to close next spring",
        "The Riverside Practice, which serves 6,200 patients, will shut in April after its two "
        "partners retire and no new doctors could be found, the health board said.",
        29.0,
    ),
    (
        "en-gp-surgery-hadleigh",
        "Riverside Practice to shut",
        "Patients will be moved to surgeries in Brenton.",
        29.6,
    ),
    (
        "en-school-brenton-pipe",
        "Brenton academy closed after burst pipe",
        "St Aldric's Academy shut for the day after water flooded the ground floor.",
        31.0,
    ),
    (
        "en-school-brenton-pipe",
        "Pupils sent home as burst pipe floods St Aldric's Academy",
        "A water main under the science block failed before 7am, flooding eight classrooms and "
        "the main hall at the Brenton school; parents were told by text that it would stay shut "
        "for the day.",
        31.5,
    ),
    (
        "en-school-brenton-pipe",
        "St Aldric's to reopen on Wednesday after pipe repair",
        "The head teacher said engineers had fixed the burst main and the school would open as "
        "normal, with exams moved out of the flooded hall.",
        36.0,
    ),
    (
        "en-school-brenton-pipe/gate-fight",
        "Two hurt in fight outside Brenton academy gates",
        "Police were called to St Aldric's Academy at about 7pm after a fight among adults at the "
        "end of a youth football session on its pitches.",
        39.5,
    ),
    (
        "en-school-brenton-pipe/gate-fight",
        "Man arrested after brawl at St Aldric's gates",
        "Two men were treated for head injuries after the evening fight in Brenton.",
        40.2,
    ),
    (
        "en-school-ashcombe-ofsted",
        "Ashcombe primary rated inadequate by Ofsted",
        "Inspectors found pupils at Greenway Primary were not kept safe during break times and "
        "that reading standards had fallen, placing the school in special measures.",
        32.0,
    ),
    (
        "en-school-ashcombe-ofsted",
        "Greenway Primary in special measures",
        "The school's governors say an action plan is already in place.",
        32.7,
    ),
    (
        "en-power-cut-stanmere",
        "Thousands without power in Stanmere",
        "About 3,800 homes lost electricity after a fault at a substation.",
        42.0,
    ),
    (
        "en-power-cut-stanmere",
        "Stanmere power restored after substation fault",
        "Electricity returned to all 3,800 homes by 11pm, the network operator said, after a "
        "cable failure at the Mill Hill substation left the town dark for three hours.",
        42.9,
    ),
    (
        "en-football-stanmere-cup",
        "Stanmere Town reach county cup final",
        "A late header by Josh Kerr beat Otterbury Rovers 2-1 on Tuesday night.",
        45.0,
    ),
    (
        "en-football-stanmere-cup",
        "Kerr header sends Stanmere Town into county cup final",
        "The non-league side came from a goal down to beat Otterbury Rovers 2-1 at Brook Meadow "
        "and will meet Pellow Bay in the final in April.",
        45.8,
    ),
    (
        "en-weather-callow-flood",
        "Flood warnings on the River Callow",
        "Three warnings issued after a night of heavy rain across Marlshire.",
        50.0,
    ),
    (
        "en-weather-callow-flood",
        "River Callow expected to burst its banks at Hadleigh Cross",
        "The Environment Agency issued three flood warnings after 40mm of rain fell overnight and "
        "told riverside homes to move valuables upstairs.",
        50.6,
    ),
    (
        "en-weather-callow-flood",
        "Sandbags handed out as Callow rises",
        "Volunteers filled 2,000 sandbags at Hadleigh Cross fire station as the river rose a "
        "metre in six hours.",
        56.0,
    ),
    (
        "en-weather-callow-flood",
        "Callow peaks below flood defences",
        "The river crested 20cm short of the town wall overnight and the warnings were lifted on "
        "Thursday morning.",
        70.5,
    ),
    (
        "en-hospital-stanmere-waits",
        "Stanmere A&E waits worst in the region",
        "Patients at Stanmere General waited on average six hours to be seen in the last month, "
        "the highest figure of any emergency department in Marlshire, new figures show.",
        54.0,
    ),
    (
        "en-hospital-stanmere-waits",
        "Six-hour waits at Stanmere General's A&E",
        "The hospital says it has opened a new assessment unit.",
        54.8,
    ),
    (
        "en-shop-kelsworth-fine",
        "Kelsworth shop fined for selling vapes to children",
        "Doyle's Minimart on Station Road was fined £4,000 by magistrates after trading standards "
        "sent two 15-year-olds in to test it.",
        57.0,
    ),
    (
        "en-shop-kelsworth-fine",
        "Minimart fined £4,000 over vape sales",
        "The test purchase was made by two 15-year-olds.",
        57.7,
    ),
    (
        "en-shop-kelsworth-fine/burglary",
        "Kelsworth minimart broken into overnight",
        "Thieves smashed the front window of Doyle's Minimart and took cigarettes and the till "
        "shortly before midnight, police said.",
        66.5,
    ),
    (
        "en-shop-kelsworth-fine/burglary",
        "Station Road shop burgled",
        "Police want to trace two men seen running towards the station.",
        67.3,
    ),
    (
        "en-bus-cuts-marlshire",
        "Eleven rural bus routes to be axed",
        "Marlshire County Council will stop funding eleven village routes in April to save £1.2 "
        "million, leaving some villages with no bus at all.",
        60.0,
    ),
    (
        "en-bus-cuts-marlshire",
        "Rural bus cuts: eleven routes go in April",
        "Villages around Stanmere and Lowfield are the worst hit.",
        60.7,
    ),
    (
        "en-bus-cuts-marlshire",
        "Pensioners fear being cut off by bus cuts",
        "Residents of Lowfield said the Tuesday market bus was their only way to reach a bank, a "
        "chemist and the doctor.",
        64.0,
    ),
    (
        "en-sinkhole-ashcombe",
        "Sinkhole opens on Ashcombe street",
        "A hole two metres wide appeared on Tanners Lane early on Wednesday.",
        62.0,
    ),
    (
        "en-sinkhole-ashcombe",
        "Homes evacuated as sinkhole swallows part of Tanners Lane",
        "Six families spent the night with relatives after a hole opened outside their houses in "
        "Ashcombe; engineers think an old mine shaft has given way.",
        62.8,
    ),
    (
        "en-shop-hadleigh-butcher",
        "Hadleigh Cross butcher closes after 90 years",
        "Fenner's, run by the same family since 1934, served its last customers on Thursday.",
        77.0,
    ),
    (
        "en-shop-hadleigh-butcher",
        "Last day for Fenner's after four generations",
        "Queues formed outside the Hadleigh Cross butcher's as Tom Fenner, 68, said rising rents "
        "and supermarket competition left him no choice but to retire.",
        77.6,
    ),
    (
        "en-pub-licence-kelsworth",
        "Kelsworth pub's licence under review after brawl",
        "Police have asked for a review of the Crown and Anchor's licence after a fight in which "
        "a man lost the sight of one eye.",
        80.0,
    ),
    (
        "en-pub-licence-kelsworth",
        "Crown and Anchor faces licence hearing",
        "Police cite a brawl that left a man badly hurt.",
        80.6,
    ),
    (
        "en-hospital-otterbury-norovirus",
        "Otterbury hospital closes two wards to visitors",
        "Norovirus has spread among patients on the Elm and Cedar wards.",
        81.0,
    ),
    (
        "en-hospital-otterbury-norovirus",
        "Norovirus shuts wards at Otterbury Royal",
        "Twenty-two patients have fallen ill and visiting on the Elm and Cedar wards is "
        "suspended; the hospital asked anyone with sickness to stay away.",
        81.7,
    ),
    (
        "en-hospital-otterbury-norovirus/kitchen-fire",
        "Otterbury Royal outpatients evacuated after kitchen fire",
        "About 200 patients and staff left the outpatients building when a fryer caught fire in "
        "the staff canteen on Thursday afternoon.",
        88.0,
    ),
    (
        "en-hospital-otterbury-norovirus/kitchen-fire",
        "Canteen fire at Otterbury Royal",
        "Clinics were back to normal within two hours.",
        88.5,
    ),
    (
        "en-bridge-hadleigh-reopens/barge-strike",
        "Barge hits newly reopened Hadleigh Cross bridge",
        "A gravel barge struck one of the piers of the Callow bridge, repaired only this week.",
        84.0,
    ),
    (
        "en-bridge-hadleigh-reopens/barge-strike",
        "Callow bridge shut again for checks after barge collision",
        "Engineers were inspecting the Hadleigh Cross bridge after a barge carrying gravel "
        "drifted into a pier in the strong current; no one was hurt.",
        84.9,
    ),
    (
        "en-festival-pellow-bay-opens/marquee",
        "Three hurt as marquee blows down at Folk Week",
        "A gust of wind lifted a beer tent on the Pellow Bay harbour green on Thursday evening.",
        87.0,
    ),
    (
        "en-festival-pellow-bay-opens/marquee",
        "Folk Week marquee collapse: organisers review safety",
        "Three people were taken to hospital with cuts after the tent came down; evening concerts "
        "moved into the town hall.",
        87.9,
    ),
    (
        "en-council-ashcombe-homes-approved/mill-lane",
        "Ashcombe council turns down Mill Lane homes",
        "The planning committee refused 120 homes beside the river, citing flood risk.",
        91.0,
    ),
    (
        "en-council-ashcombe-homes-approved/mill-lane",
        "Mill Lane housing refused over flood fears",
        "Ashcombe's planning committee rejected a 120-home scheme on meadows by the river after "
        "the Environment Agency objected, against officers' advice.",
        91.8,
    ),
    (
        "en-council-tax-kelsworth",
        "Kelsworth plans maximum council tax rise",
        "Band D households would pay £96 more a year under the draft budget, which the council "
        "leader said was needed to protect care for the elderly.",
        95.0,
    ),
    (
        "en-council-tax-kelsworth",
        "Council tax up 4.99% in Kelsworth draft budget",
        "Leader blames care costs for the maximum increase.",
        95.6,
    ),
    (
        "en-library-brenton-reopens",
        "Brenton library reopens after £2m makeover",
        "The Carnegie building now has a café, a makerspace and longer opening hours.",
        100.0,
    ),
    (
        "en-library-brenton-reopens",
        "Children first through the doors of renewed Brenton library",
        "The Grade II library, closed for 18 months, reopened with a storytelling session and a "
        "new children's floor in the former basement.",
        100.8,
    ),
    (
        "en-mayor-marlshire-fares",
        "Mayor caps Marlshire bus fares at £1.50",
        "Ruth Adebayo said the single fare cap will start in February and be paid for from the "
        "transport levy.",
        106.0,
    ),
    (
        "en-mayor-marlshire-fares",
        "£1.50 bus fares across Marlshire from February",
        "Mayor Ruth Adebayo said the cap would save regular commuters hundreds of pounds a year "
        "and bring passengers back to buses.",
        106.7,
    ),
    (
        "en-mayor-marlshire-fares",
        "Bus firms warn £1.50 cap will need more cash",
        "Operators in Marlshire welcomed Mayor Adebayo's fare plan but said the transport levy "
        "would not cover the lost income beyond its first year.",
        126.0,
    ),
    (
        "en-mayor-marlshire-fares/standards",
        "Standards panel clears Mayor Adebayo over hospitality",
        "A panel found Ruth Adebayo had declared a football box invitation correctly and "
        "dismissed a complaint by an opposition councillor.",
        115.5,
    ),
    (
        "en-mayor-marlshire-fares/standards",
        "Mayor cleared in hospitality complaint",
        "The panel found no breach of the code of conduct.",
        116.2,
    ),
    (
        "en-football-stanmere-cup/ground-closed",
        "Stanmere Town's ground shut over safety",
        "Brook Meadow failed a safety inspection ahead of Saturday's league game.",
        104.0,
    ),
    (
        "en-football-stanmere-cup/ground-closed",
        "Inspectors close Brook Meadow stand",
        "Stanmere Town must play Saturday's game behind closed doors after the council found "
        "rotten timbers in the main stand.",
        104.8,
    ),
    (
        "en-court-ashcombe-dog",
        "Dog owner banned after attack on postman",
        "An Ashcombe man was given a suspended sentence and banned from keeping dogs after his "
        "two dogs bit a postman on his round.",
        110.0,
    ),
    (
        "en-court-ashcombe-dog",
        "Owner of dogs that bit postman sentenced",
        "The court ordered the dogs to be destroyed.",
        110.6,
    ),
    (
        "en-thefts-hadleigh-converters",
        "Three charged over catalytic converter thefts",
        "Police say the gang stole converters from 60 cars in Hadleigh Cross and Brenton since "
        "the summer.",
        118.0,
    ),
    (
        "en-thefts-hadleigh-converters",
        "Catalytic converter gang charged",
        "Three men will appear before magistrates in Marlshire on Saturday accused of stealing "
        "parts from about 60 cars.",
        118.7,
    ),
    (
        "en-thefts-hadleigh-converters",
        "Converter theft accused remanded in custody",
        "The three men, from Brenton and Hadleigh Cross, were told by magistrates they would stay "
        "in custody until a Crown Court hearing in January; police say more arrests are likely.",
        129.0,
    ),
    (
        "en-weather-moors-snow",
        "Snow warning for the Marlshire moors",
        "Up to 10cm expected above 300 metres tonight.",
        124.0,
    ),
    (
        "en-weather-moors-snow",
        "Drivers told to avoid moor roads as snow arrives",
        "The Met Office yellow warning covers high ground across Marlshire until Sunday morning, "
        "with the B3150 over Heddon Moor likely to be impassable.",
        124.6,
    ),
    (
        "en-weather-moors-snow",
        "Heddon Moor road reopens after snow",
        "Gritters cleared the B3150 by Sunday afternoon.",
        141.0,
    ),
    (
        "en-missing-teen-otterbury",
        "Appeal to find missing Otterbury girl, 15",
        "Police say Leah Carver was last seen at the bus station on Friday night.",
        122.0,
    ),
    (
        "en-missing-teen-otterbury",
        "Police concerned for missing teenager Leah Carver",
        "The 15-year-old was last seen in Otterbury bus station wearing a green coat, and "
        "officers said she might have travelled to Brenton.",
        122.8,
    ),
    (
        "en-missing-teen-otterbury",
        "Missing Otterbury girl found safe",
        "Leah Carver was found at a friend's home in Brenton, police said.",
        131.0,
    ),
    (
        "en-farm-fire-stanmere",
        "Barn fire near Stanmere destroys 500 hay bales",
        "Crews fought the blaze at Upper Holt Farm for six hours.",
        128.0,
    ),
    (
        "en-farm-fire-stanmere",
        "Hay barn fire lights up sky over Stanmere",
        "A farmer saved his cattle from a burning barn at Upper Holt Farm early on Saturday; "
        "firefighters let the bales burn out under control.",
        128.7,
    ),
    (
        "en-rugby-pellow-bay-derby",
        "Pellow Bay win coast derby",
        "Pellow Bay beat Kelsworth 24-17 with a late try from Sam Oduya.",
        137.0,
    ),
    (
        "en-rugby-pellow-bay-derby",
        "Oduya try settles derby for Pellow Bay",
        "The winger crossed in the 78th minute to give Pellow Bay their first derby win over "
        "Kelsworth in three seasons in front of 2,100 fans.",
        137.8,
    ),
    (
        "en-lights-otterbury",
        "Otterbury lights switched on by lifeboat crew",
        "The town's Christmas lights were turned on by the crew of the Otterbury lifeboat, "
        "watched by some 5,000 people on the quay.",
        139.0,
    ),
    (
        "en-stabbing-brenton",
        "Man stabbed in Brenton town centre",
        "A 24-year-old was taken to hospital after an attack on Market Street early on Sunday.",
        145.0,
    ),
    (
        "en-stabbing-brenton",
        "Teenager arrested after Market Street stabbing",
        "An 18-year-old is in custody after a man was stabbed outside a takeaway in Brenton; "
        "police said the victim's injuries were not life-threatening.",
        145.8,
    ),
    (
        "en-stabbing-brenton",
        "Market Street stabbing: 18-year-old charged",
        "The Brenton teenager is accused of wounding with intent and will appear before "
        "magistrates on Monday.",
        153.0,
    ),
    (
        "en-lifeboat-pellow-bay",
        "Lifeboat rescues two paddleboarders off Pellow Bay",
        "The pair were swept out by an offshore wind and found clinging to one board.",
        147.0,
    ),
    (
        "en-lifeboat-pellow-bay",
        "Paddleboarders rescued off Pellow Bay",
        "The coastguard has warned against going out in offshore winds.",
        147.7,
    ),
    (
        "en-crash-b3150",
        "Motorcyclist dies in crash near Heddon",
        "The rider, in his fifties, collided with a car on the B3150.",
        150.0,
    ),
    (
        "en-crash-b3150",
        "Heddon crash: police appeal for dashcam footage",
        "A motorcyclist died after a collision with a car on the B3150 near Heddon on Sunday "
        "morning; the road was closed for seven hours.",
        150.9,
    ),
    (
        "en-crash-b3150",
        "Heddon crash victim named as retired teacher",
        "Police named the motorcyclist who died on the B3150 as Graham Ellery, 57, of Stanmere, a "
        "former head of science at Greenway Primary.",
        158.0,
    ),
    (
        "en-marathon-otterbury",
        "Record field for Otterbury half marathon",
        "More than 3,000 runners took part, raising £200,000 for the hospice.",
        156.0,
    ),
    (
        "en-marathon-otterbury",
        "Local nurse wins Otterbury half marathon",
        "Anna Pryor, who works at Otterbury Royal, won the women's race in a course record of "
        "1:14:52 as a record 3,000 runners raised money for St Clare's Hospice.",
        156.8,
    ),
    (
        "en-cinema-ashcombe",
        "Ashcombe's Regal cinema to be restored",
        "The 1930s cinema, empty for twelve years, has been bought by a community trust that "
        "hopes to screen films again within two years.",
        160.0,
    ),
    (
        "en-church-lead-theft",
        "Lead stripped from Kelsworth church roof",
        "Thieves took about a third of the lead from St Michael's during Saturday night.",
        163.0,
    ),
    (
        "en-church-lead-theft",
        "Rain pours into St Michael's after lead theft",
        "The vicar of the Kelsworth church said Sunday services were held under buckets and asked "
        "for help to pay for a temporary cover.",
        163.7,
    ),
    # --- Russian ---
    (
        "ru-fire-market-verkhnerechinsk",
        "В Верхнереченске горит центральный рынок",
        "Пожар начался в торговом павильоне около пяти утра, на месте работают девять расчётов.",
        5.0,
    ),
    (
        "ru-fire-market-verkhnerechinsk",
        "Пожар на рынке Верхнереченска: сгорели сорок торговых мест",
        "Огонь охватил крытый павильон площадью 1200 квадратных метров, пострадавших нет, "
        "сообщили в областном управлении МЧС.",
        5.8,
    ),
    (
        "ru-fire-market-verkhnerechinsk",
        "Торговцы сгоревшего рынка просят помощи у города",
        "Предприниматели Верхнереченска говорят, что потеряли товар к праздникам, и просят мэрию "
        "о временных местах на площади.",
        13.0,
    ),
    (
        "ru-council-novoborsk-homes",
        "Дума Новоборска одобрила микрорайон Заречный",
        "Депутаты проголосовали за застройку на 3000 квартир на правом берегу.",
        11.0,
    ),
    (
        "ru-council-novoborsk-homes",
        "В Новоборске утвердили проект микрорайона на три тысячи квартир",
        "Городская дума одобрила планировку Заречного: в нём появятся две школы, детский сад и "
        "поликлиника, первые дома сдадут через три года.",
        11.7,
    ),
    (
        "ru-road-bridge-repair",
        "На въезде в Ключанск сузят мост через Тару",
        "С понедельника движение по мосту будет идти по одной полосе до конца месяца.",
        22.0,
    ),
    (
        "ru-road-bridge-repair",
        "Мост через Тару закроют на ремонт по полосам",
        "Дорожники предупредили о пробках на въезде в Ключанск.",
        22.6,
    ),
    (
        "ru-mayor-kluchansk-tram",
        "Мэр Ключанска пообещал новую трамвайную линию",
        "Игорь Савельев объявил, что линия до района Сосновка будет построена за два года.",
        34.0,
    ),
    (
        "ru-mayor-kluchansk-tram",
        "Трамвай до Сосновки: мэр Савельев назвал сроки и стоимость",
        "По словам мэра Ключанска, линия длиной шесть километров обойдётся в четыре миллиарда "
        "рублей, деньги выделят из областного бюджета.",
        34.8,
    ),
    (
        "ru-mayor-kluchansk-tram/car-crash",
        "Служебная машина мэра Ключанска попала в аварию",
        "Вечером автомобиль, в котором ехал Игорь Савельев, столкнулся с маршруткой на проспекте "
        "Мира.",
        42.0,
    ),
    (
        "ru-mayor-kluchansk-tram/car-crash",
        "Мэр Савельев не пострадал в ДТП с маршруткой",
        "В аварии на проспекте Мира легко ранены двое пассажиров микроавтобуса, сообщила полиция.",
        42.7,
    ),
    (
        "ru-court-kluchansk-bribe",
        "Бывший замглавы Ключанска получил шесть лет за взятку",
        "Суд признал Олега Малинина виновным в получении двух миллионов рублей от подрядчика, "
        "ремонтировавшего дороги.",
        55.0,
    ),
    (
        "ru-court-kluchansk-bribe",
        "Экс-чиновник Малинин осуждён за взятку",
        "Шесть лет колонии строгого режима и штраф.",
        55.7,
    ),
    (
        "ru-snow-novoborsk",
        "Новоборск засыпало снегом",
        "За ночь выпало до тридцати сантиметров, городские автобусы ходят с опозданием.",
        64.0,
    ),
    (
        "ru-snow-novoborsk",
        "Снегопад в Новоборске: отменены занятия в младших классах",
        "Мэрия вывела на улицы сто двадцать единиц техники, в школах отменили уроки для учеников "
        "с первого по четвёртый класс.",
        64.6,
    ),
    (
        "ru-snow-novoborsk",
        "Жители Новоборска жалуются на нечищеные дворы",
        "В управляющих компаниях обещают вывезти снег к выходным.",
        71.0,
    ),
    (
        "ru-school-heating",
        "В школе Верхнереченска отключили отопление",
        "В школе номер семь лопнула труба в котельной.",
        78.0,
    ),
    (
        "ru-school-heating",
        "Ученики школы номер семь переведены на дистанционное обучение",
        "В здании в Верхнереченске температура упала до двенадцати градусов после аварии в "
        "котельной, ремонт займёт не меньше трёх дней.",
        78.8,
    ),
    (
        "ru-council-novoborsk-homes/square",
        "Дума Новоборска отказалась застраивать сквер на Лесной",
        "Депутаты отклонили проект жилого комплекса после протестов жителей.",
        85.0,
    ),
    (
        "ru-council-novoborsk-homes/square",
        "Сквер на улице Лесной сохранят",
        "Против застройки собрали больше пяти тысяч подписей, и городская дума не поддержала "
        "проект застройщика.",
        85.7,
    ),
    (
        "ru-clinic-kluchansk",
        "В Ключанске открылась новая поликлиника",
        "Здание на улице Гагарина рассчитано на пятьсот посещений в смену.",
        101.0,
    ),
    (
        "ru-clinic-kluchansk",
        "Новая поликлиника в Сосновке приняла первых пациентов",
        "В ней работают сорок врачей, есть кабинеты УЗИ и рентгена.",
        101.8,
    ),
    (
        "ru-hockey-kluchansk",
        "Хоккеисты Ключанска выиграли дерби у Новоборска",
        "Местный клуб «Металлург» победил соседей со счётом четыре — два.",
        133.0,
    ),
    (
        "ru-hockey-kluchansk",
        "«Металлург» взял дерби",
        "Две шайбы забросил капитан Денис Журавлёв.",
        133.8,
    ),
    (
        "ru-theft-church",
        "Из храма в Верхнереченске украли старинную икону",
        "Полиция ищет мужчину, который вынес икону девятнадцатого века во время вечерней службы.",
        150.0,
    ),
    (
        "ru-dog-shelter",
        "Приют для собак в Новоборске просит о помощи",
        "После снегопада у приюта провалилась крыша вольера, волонтёры собирают деньги на ремонт.",
        158.0,
    ),
    (
        "ru-dog-shelter",
        "Волонтёры собрали деньги на новый вольер",
        "Жители Новоборска за выходные перечислили приюту больше трёхсот тысяч рублей.",
        164.0,
    ),
    (
        "ru-vzryv-gaza-verkhnerechinsk",
        "В Верхнереченске в жилом доме взорвался газ",
        "Взрыв произошёл в субботу утром в пятиэтажке на улице Строителей.",
        125.0,
    ),
    (
        "ru-vzryv-gaza-verkhnerechinsk",
        "Взрыв газа на улице Строителей: трое пострадавших",
        "Обрушились перекрытия двух квартир на третьем этаже, жильцов подъезда эвакуировали в "
        "школу.",
        125.7,
    ),
    (
        "ru-vzryv-gaza-verkhnerechinsk",
        "Причиной взрыва в Верхнереченске могла стать самодельная подводка к плите",
        "Следователи возбудили уголовное дело, жильцам обещают временное жильё.",
        132.0,
    ),
    # --- German ---
    (
        "de-schule-wellingen-decke",
        "Wellinger Gymnasium nach Deckeneinsturz geschlossen",
        "Im Lessing-Gymnasium ist in der Nacht ein Teil der Decke in der Aula heruntergekommen.",
        7.0,
    ),
    (
        "de-schule-wellingen-decke",
        "Deckenteile stürzen in Aula: Lessing-Gymnasium bleibt heute zu",
        "Der Hausmeister entdeckte den Schaden am Montagmorgen; verletzt wurde niemand, die 900 "
        "Schüler wurden per App nach Hause geschickt, ein Statiker prüft das Gebäude.",
        7.6,
    ),
    (
        "de-schule-wellingen-decke",
        "Stadt Wellingen: Unterricht ab Mittwoch in Containern",
        "Bis die Aula saniert ist, sollen die Klassen auf den Sportplatz ausweichen.",
        12.0,
    ),
    (
        "de-schule-wellingen-decke/schlaegerei",
        "Schlägerei vor dem Lessing-Gymnasium",
        "Am Montagabend sind vor dem Schultor mehrere junge Männer aufeinander losgegangen.",
        17.0,
    ),
    (
        "de-schule-wellingen-decke/schlaegerei",
        "Drei Verletzte nach Streit am Wellinger Schultor",
        "Die Polizei nahm zwei Männer fest; der Streit soll nach einem Basketballspiel auf dem "
        "Schulhof begonnen haben, das Gymnasium war zu diesem Zeitpunkt geschlossen.",
        17.7,
    ),
    (
        "de-bruecke-altwerden-frei",
        "Mainbrücke in Altwerden wieder offen",
        "Nach vierzehn Monaten Sanierung rollt der Verkehr wieder über die Brücke.",
        28.0,
    ),
    (
        "de-bruecke-altwerden-frei",
        "Altwerdener Brücke freigegeben: Pendler sparen täglich eine halbe Stunde",
        "Die Stadt hat die marode Brücke für 11 Millionen Euro instand gesetzt; der Umweg über "
        "Kleinhausen entfällt ab sofort.",
        28.7,
    ),
    (
        "de-gericht-grunstedt-betrug",
        "Pflegedienst-Chefin aus Grünstedt verurteilt",
        "Das Landgericht verhängte vier Jahre Haft wegen Abrechnungsbetrugs bei der Krankenkasse.",
        37.0,
    ),
    (
        "de-gericht-grunstedt-betrug",
        "Vier Jahre Haft für falsche Pflege-Abrechnungen",
        "Die 52-Jährige hatte nach Überzeugung des Gerichts für Besuche kassiert, die nie "
        "stattfanden; der Schaden liegt bei 1,3 Millionen Euro.",
        37.8,
    ),
    (
        "de-glaette-landkreis",
        "Blitzeis im Landkreis: viele Unfälle am Morgen",
        "Die Polizei zählte bis acht Uhr mehr als dreißig Glätteunfälle.",
        50.0,
    ),
    (
        "de-glaette-landkreis",
        "Glatteis legt Berufsverkehr rund um Wellingen lahm",
        "Auf der B27 stellte sich ein Lastwagen quer, mehrere Schulbusse fuhren nicht, ein "
        "Autofahrer wurde schwer verletzt.",
        50.7,
    ),
    (
        "de-glaette-landkreis",
        "Streudienst in der Kritik nach Glätte-Chaos",
        "Die Straßenmeisterei sagt, der Regen sei schneller gefroren als vorhergesagt.",
        58.0,
    ),
    (
        "de-fussball-grunstedt-pokal",
        "Grünstedt steht im Kreispokal-Finale",
        "Der SV Grünstedt schlug den FC Ebersheim mit 3:1 nach Verlängerung.",
        68.0,
    ),
    (
        "de-fussball-grunstedt-pokal",
        "Verlängerung, Jubel, Finale: SV Grünstedt wirft Ebersheim raus",
        "Zwei Tore von Kapitän Lukas Brenner in der Verlängerung brachten den Bezirksligisten vor "
        "800 Zuschauern ins Endspiel.",
        68.8,
    ),
    (
        "de-krankenhaus-ebersheim",
        "Kreisklinik Ebersheim schließt Geburtsstation",
        "Ab Januar werden in der Kreisklinik keine Kinder mehr geboren, weil die Hebammen fehlen.",
        75.0,
    ),
    (
        "de-krankenhaus-ebersheim",
        "Aus für Geburtsstation: Schwangere müssen nach Wellingen",
        "Der Landkreis begründet die Schließung mit Personalmangel; Eltern sammeln Unterschriften "
        "gegen die Entscheidung.",
        75.8,
    ),
    (
        "de-scheunenbrand-muehlbach",
        "Scheune in Mühlbach abgebrannt",
        "Rund 150 Feuerwehrleute waren in der Nacht im Einsatz, der Schaden liegt bei 400.000 "
        "Euro.",
        92.0,
    ),
    (
        "de-scheunenbrand-muehlbach",
        "Großbrand in Mühlbach: Polizei schließt Brandstiftung nicht aus",
        "Es ist bereits der zweite Scheunenbrand im Ort seit dem Sommer.",
        92.8,
    ),
    (
        "de-bruecke-altwerden-frei/schiff",
        "Frachtschiff rammt Altwerdener Brücke",
        "Ein Binnenschiff ist am Freitag gegen einen Pfeiler der gerade erst sanierten Brücke "
        "gefahren.",
        110.0,
    ),
    (
        "de-bruecke-altwerden-frei/schiff",
        "Brücke in Altwerden nach Schiffsunfall wieder gesperrt",
        "Der Kapitän des mit Kies beladenen Schiffes wurde bei dem Aufprall leicht verletzt; "
        "Gutachter prüfen den Pfeiler.",
        110.8,
    ),
    (
        "de-weihnachtsmarkt-wellingen",
        "Wellinger Weihnachtsmarkt eröffnet",
        "Der Oberbürgermeister hat am Freitagabend den Markt mit 80 Buden auf dem Rathausplatz "
        "eröffnet.",
        116.0,
    ),
    (
        "de-weihnachtsmarkt-wellingen",
        "Glühwein wird teurer: Weihnachtsmarkt in Wellingen startet",
        "Die Tasse kostet nun 4,50 Euro, dafür gibt es erstmals eine Eisbahn.",
        116.7,
    ),
    (
        "de-weihnachtsmarkt-wellingen",
        "Andrang an der neuen Eisbahn auf dem Weihnachtsmarkt",
        "Am ersten Abend standen die Besucher in Wellingen bis zu einer Stunde an, die Stadt will "
        "nun Zeitfenster für die Eisbahn einführen.",
        121.0,
    ),
    (
        "de-fussball-grunstedt-pokal/stadion",
        "Stadion in Grünstedt gesperrt",
        "Das Bauamt hat die Tribüne am Waldstadion aus Sicherheitsgründen geschlossen.",
        124.0,
    ),
    (
        "de-fussball-grunstedt-pokal/stadion",
        "Grünstedt muss Heimspiel ohne Zuschauer austragen",
        "Bei einer Prüfung wurden Risse in der Tribüne gefunden; der Verein hofft, bis zum "
        "Pokalfinale wieder spielen zu dürfen.",
        124.8,
    ),
    (
        "de-wolf-muehlbach",
        "Wolf reißt Schafe bei Mühlbach",
        "Ein Schäfer fand am Samstag sieben tote Tiere auf seiner Weide.",
        138.0,
    ),
    (
        "de-wolf-muehlbach",
        "Schäfer in Mühlbach fordert Abschuss des Wolfs",
        "Das Landesamt prüft, ob ein Wolf die sieben Schafe gerissen hat, die Ergebnisse der "
        "Proben kommen in zwei Wochen.",
        138.8,
    ),
    (
        "de-unfall-b27",
        "Zwei Tote bei Unfall auf der B27",
        "Ein Auto ist am Sonntagmorgen bei Ebersheim frontal mit einem Transporter "
        "zusammengestoßen; die Straße blieb fünf Stunden gesperrt.",
        152.0,
    ),
    (
        "de-unfall-b27",
        "B27 bei Ebersheim: Frontalunfall mit zwei Toten",
        "Die Unfallursache ist noch unklar.",
        152.8,
    ),
    (
        "de-pilzsammler-gefunden",
        "Vermisster Pilzsammler bei Mühlbach gefunden",
        "Der 74-Jährige war seit Samstag im Wald verschwunden.",
        146.0,
    ),
    (
        "de-pilzsammler-gefunden",
        "Nach Suche mit Hubschrauber: Pilzsammler lebt",
        "Ein Spürhund fand den Mann aus Mühlbach unterkühlt in einer Senke; er kam ins "
        "Krankenhaus nach Wellingen.",
        146.8,
    ),
    # --- French ---
    (
        "fr-incendie-immeuble-montclerc",
        "Incendie dans un immeuble de Montclerc : 40 habitants évacués",
        "Le feu a pris dans une cave de la résidence des Tilleuls vers une heure du matin.",
        2.0,
    ),
    (
        "fr-incendie-immeuble-montclerc",
        "Montclerc : un incendie de cave chasse les habitants des Tilleuls",
        "Les pompiers ont évacué quarante personnes, dont deux ont été hospitalisées après avoir "
        "respiré des fumées ; la piste criminelle n'est pas écartée.",
        2.8,
    ),
    (
        "fr-incendie-immeuble-montclerc",
        "Les sinistrés des Tilleuls relogés au gymnase",
        "La mairie de Montclerc a ouvert le gymnase Jean-Moulin pour la nuit et promet des "
        "logements d'urgence pour les six familles dont l'appartement est inhabitable.",
        10.0,
    ),
    (
        "fr-tribunal-chauffard-lere",
        "Deux ans de prison pour le chauffard de Saint-Aubin",
        "Le tribunal correctionnel a condamné un conducteur ivre qui avait renversé une joggeuse "
        "en septembre.",
        15.0,
    ),
    (
        "fr-tribunal-chauffard-lere",
        "Joggeuse renversée : le conducteur condamné à deux ans ferme",
        "Le prévenu, 29 ans, roulait avec 1,8 gramme d'alcool dans le sang ; la victime, toujours "
        "en rééducation, était présente à l'audience.",
        15.8,
    ),
    (
        "fr-vent-cote-valbrune",
        "Vigilance orange aux vents violents sur le littoral",
        "Des rafales à 120 km/h sont attendues mardi soir sur la côte autour de Valbrune.",
        30.0,
    ),
    (
        "fr-vent-cote-valbrune",
        "Tempête sur la côte : la digue de Valbrune fermée au public",
        "La préfecture a interdit l'accès aux plages et au port de plaisance jusqu'à mercredi "
        "midi.",
        30.7,
    ),
    (
        "fr-vent-cote-valbrune",
        "Des arbres arrachés et 9 000 foyers privés d'électricité",
        "Au lendemain des rafales, les équipes du réseau électrique s'activaient encore autour de "
        "Valbrune mercredi.",
        46.0,
    ),
    (
        "fr-greve-cantine-montclerc",
        "Grève des agents de cantine à Montclerc",
        "Les enfants devront apporter un pique-nique jeudi.",
        40.0,
    ),
    (
        "fr-greve-cantine-montclerc",
        "Cantines fermées jeudi : les agents municipaux de Montclerc en grève",
        "Le personnel des écoles réclame des remplaçants pour les postes vacants et une prime "
        "pour les repas servis à plus de 300 élèves.",
        40.8,
    ),
    (
        "fr-maire-valbrune-piscine",
        "Valbrune aura sa piscine couverte en 2028",
        "Le maire, Jean-Luc Fabre, a présenté mercredi matin le projet du centre aquatique sur le "
        "site de l'ancien stade.",
        57.0,
    ),
    (
        "fr-maire-valbrune-piscine",
        "Un centre aquatique de 14 millions d'euros pour Valbrune",
        "Le maire a annoncé un bassin de 25 mètres et un espace pour les bébés nageurs, financés "
        "pour moitié par la communauté de communes.",
        57.8,
    ),
    (
        "fr-maire-valbrune-piscine/agression",
        "Le maire de Valbrune agressé à la sortie du conseil municipal",
        "Jean-Luc Fabre a reçu un coup de poing mercredi soir, un homme a été interpellé.",
        65.0,
    ),
    (
        "fr-maire-valbrune-piscine/agression",
        "Agression du maire de Valbrune : l'auteur présumé en garde à vue",
        "L'homme, un riverain en conflit avec la mairie sur un permis de construire, s'en est "
        "pris à l'élu sur le parking ; Jean-Luc Fabre a porté plainte.",
        65.8,
    ),
    (
        "fr-boulangerie-montclerc-amende",
        "Une boulangerie de Montclerc sanctionnée pour défaut d'hygiène",
        "Les inspecteurs ont relevé des souris dans le fournil et infligé une amende de 6 000 "
        "euros.",
        74.0,
    ),
    (
        "fr-boulangerie-montclerc-amende",
        "Amende de 6 000 euros pour la boulangerie du Marché",
        "Le gérant a deux semaines pour mettre ses locaux aux normes.",
        74.8,
    ),
    (
        "fr-boulangerie-montclerc-amende/cambriolage",
        "La boulangerie du Marché cambriolée dans la nuit",
        "Des voleurs ont forcé la porte arrière et emporté la caisse, quelques heures après le "
        "contrôle sanitaire.",
        83.0,
    ),
    (
        "fr-boulangerie-montclerc-amende/cambriolage",
        "Montclerc : le fond de caisse d'une boulangerie dérobé",
        "La police cherche des témoins ; les caméras de la place montrent deux silhouettes vers "
        "23 heures.",
        83.7,
    ),
    (
        "fr-urgences-lere-nuit",
        "Les urgences de Saint-Aubin fermées la nuit",
        "Faute de médecins, le service fermera de 20 heures à 8 heures tout le mois.",
        88.0,
    ),
    (
        "fr-urgences-lere-nuit",
        "Urgences fermées la nuit à Saint-Aubin-sur-Lère : les élus inquiets",
        "Les patients seront orientés vers l'hôpital de Montclerc, à quarante minutes ; le maire "
        "demande une réunion avec l'agence régionale de santé.",
        88.8,
    ),
    (
        "fr-rugby-montclerc",
        "Montclerc s'impose dans le derby face à Valbrune",
        "Le club local a gagné 27 à 13 devant 4 000 spectateurs.",
        135.0,
    ),
    (
        "fr-rugby-montclerc",
        "Derby : Montclerc domine Valbrune et reste en tête",
        "Deux essais de l'ailier Hugo Lacaze ont fait la différence en seconde période.",
        135.8,
    ),
    (
        "fr-foire-saint-aubin",
        "La foire aux santons attire les foules à Saint-Aubin",
        "Plus de 60 artisans exposent leurs figurines jusqu'à dimanche soir sur la place de "
        "l'église.",
        142.0,
    ),
    (
        "fr-accident-tracteur",
        "Un agriculteur tué dans un accident de tracteur",
        "L'homme de 58 ans a été écrasé par son engin qui s'est renversé dans un champ en pente "
        "près de Valbrune, dimanche matin.",
        155.0,
    ),
    (
        "fr-accident-tracteur",
        "Valbrune : décès d'un agriculteur sous son tracteur",
        "Les secours n'ont rien pu faire.",
        155.8,
    ),
    (
        "fr-cambriolages-valbrune",
        "Série de cambriolages dans les villas de Valbrune",
        "Sept maisons ont été visitées en une semaine sur la route de la corniche.",
        113.0,
    ),
    (
        "fr-cambriolages-valbrune",
        "Valbrune : les gendarmes appellent les habitants à la vigilance",
        "Les voleurs profitent de l'absence des propriétaires de résidences secondaires pour "
        "emporter bijoux et matériel électronique.",
        113.8,
    ),
    (
        "fr-marche-noel-valbrune",
        "Le marché de Noël de Valbrune s'installe sur le port",
        "Une soixantaine de chalets accueillent les visiteurs jusqu'au 24 décembre, avec une "
        "patinoire pour la première fois.",
        147.0,
    ),
    (
        "fr-marche-noel-valbrune",
        "Valbrune : ouverture du marché de Noël sur le port",
        "La patinoire est gratuite pour les enfants.",
        147.8,
    ),
    # --- Spanish ---
    (
        "es-nave-incendio-puerto",
        "Arde una nave de palés en el polígono de Puerto Alcázar",
        "Los bomberos trabajan desde las seis de la mañana para evitar que el fuego salte a las "
        "naves vecinas.",
        6.0,
    ),
    (
        "es-nave-incendio-puerto",
        "Incendio en el polígono: la columna de humo se ve desde toda la comarca",
        "El ayuntamiento pide a los vecinos que cierren las ventanas.",
        6.7,
    ),
    (
        "es-nave-incendio-puerto",
        "Controlado el incendio de la nave de Puerto Alcázar",
        "Tras ocho horas de trabajo, los bomberos dieron por controlado el fuego, que destruyó "
        "unos 20.000 palés; no hubo heridos.",
        14.0,
    ),
    (
        "es-fiestas-villarejo-inicio",
        "Villarejo del Campo abre sus fiestas con el pregón",
        "La actriz local Marta Gil leyó el pregón desde el balcón del ayuntamiento ante una plaza "
        "llena.",
        21.0,
    ),
    (
        "es-fiestas-villarejo-inicio",
        "Empiezan las fiestas de Villarejo: diez días de música y vaquillas",
        "El programa incluye orquestas cada noche, una feria de artesanía y, el jueves, la "
        "tradicional suelta de vaquillas por el casco antiguo.",
        21.8,
    ),
    (
        "es-juzgado-torremira-okupas",
        "El juzgado ordena desalojar el antiguo cine de Torremira",
        "Una jueza dio diez días a las personas que ocupan el edificio desde el verano para "
        "abandonarlo.",
        26.0,
    ),
    (
        "es-juzgado-torremira-okupas",
        "Desalojo del cine Avenida en diez días",
        "La propiedad quiere derribarlo para construir pisos.",
        26.8,
    ),
    (
        "es-colegio-torremira-cierre",
        "Cerrado un colegio de Torremira por un cortocircuito",
        "El colegio San Blas amaneció sin luz ni calefacción y suspendió las clases.",
        49.0,
    ),
    (
        "es-colegio-torremira-cierre",
        "Sin clases en el San Blas tras un cortocircuito en el cuadro eléctrico",
        "La dirección envió un mensaje a las familias a primera hora; los técnicos del "
        "ayuntamiento creen que el centro podrá abrir el jueves.",
        49.8,
    ),
    (
        "es-colegio-torremira-cierre/pelea",
        "Un joven herido en una pelea a la puerta del colegio San Blas",
        "La reyerta, entre varios jóvenes del barrio, ocurrió por la tarde junto a la verja del "
        "centro.",
        58.0,
    ),
    (
        "es-colegio-torremira-cierre/pelea",
        "Detenidos dos jóvenes por la pelea junto al colegio de Torremira",
        "El herido, de 19 años, sufrió un corte en el brazo; la Policía Local investiga si la "
        "pelea tuvo que ver con una deuda.",
        58.7,
    ),
    (
        "es-lluvia-carretera-cortada",
        "Cortada la carretera de la sierra por un desprendimiento",
        "Las lluvias de la noche han arrastrado piedras y barro sobre la comarcal entre Torremira "
        "y Villarejo.",
        62.0,
    ),
    (
        "es-lluvia-carretera-cortada",
        "Un alud de barro corta la comarcal de la sierra",
        "La Guardia Civil desvía el tráfico por la autovía.",
        62.7,
    ),
    (
        "es-lluvia-carretera-cortada",
        "Reabierta la carretera de la sierra tras retirar el barro",
        "Las máquinas trabajaron toda la noche y la vía volvió a abrirse el jueves por la mañana "
        "con un solo carril.",
        80.0,
    ),
    (
        "es-hospital-puerto-camas",
        "El hospital de Puerto Alcázar suma 40 camas",
        "La nueva planta, cerrada desde su construcción por falta de personal, abrirá por fin en "
        "enero.",
        72.0,
    ),
    (
        "es-hospital-puerto-camas",
        "Cuarenta camas más para el hospital comarcal",
        "La consejería ha contratado a 35 enfermeras para abrir la planta que llevaba dos años "
        "vacía.",
        72.8,
    ),
    (
        "es-fiestas-villarejo-inicio/vaquilla",
        "Un herido por una vaquilla en las fiestas de Villarejo",
        "Un vecino de 45 años fue corneado en el muslo durante la suelta del jueves.",
        90.0,
    ),
    (
        "es-fiestas-villarejo-inicio/vaquilla",
        "Cogida en Villarejo: el herido, estable tras ser operado",
        "El hombre fue trasladado en ambulancia al hospital de Puerto Alcázar; los organizadores "
        "dicen que se cumplieron todas las medidas de seguridad.",
        90.8,
    ),
    (
        "es-farmacia-robo",
        "Atracan una farmacia de Puerto Alcázar con un cuchillo",
        "El ladrón se llevó la recaudación del día y huyó a pie.",
        98.0,
    ),
    (
        "es-farmacia-robo",
        "La policía busca al atracador de la farmacia del paseo",
        "La farmacéutica no resultó herida.",
        98.7,
    ),
    (
        "es-futbol-torremira",
        "El Torremira gana el derbi comarcal",
        "El equipo local venció 2-0 al Puerto Alcázar con goles de Raúl Nieto y Dani Sáez.",
        136.0,
    ),
    (
        "es-futbol-torremira",
        "Derbi para el Torremira, que se acerca al ascenso",
        "Más de 3.000 personas vieron en el estadio municipal la victoria por dos a cero sobre su "
        "gran rival.",
        136.8,
    ),
    (
        "es-futbol-torremira",
        "El técnico del Torremira: «El ascenso todavía está muy lejos»",
        "Tras el derbi, el entrenador pidió calma a la afición a pesar de la racha de seis "
        "victorias seguidas.",
        140.0,
    ),
    (
        "es-mercado-villarejo-cierre",
        "Cierra el último puesto del mercado de abastos de Villarejo",
        "La frutera Lola Ruiz se jubila tras 41 años y el mercado se queda vacío; el ayuntamiento "
        "estudia convertirlo en un centro cultural.",
        148.0,
    ),
    (
        "es-atropello-paso",
        "Muere un peatón atropellado en Torremira",
        "Un hombre de 80 años murió la noche del domingo al ser arrollado por un coche en un paso "
        "de peatones.",
        162.0,
    ),
    (
        "es-atropello-paso",
        "Atropello mortal en la avenida de la Constitución",
        "El conductor dio negativo en alcohol.",
        162.7,
    ),
    (
        "es-atropello-paso",
        "Los vecinos de la avenida piden un semáforo tras el atropello",
        "La asociación de vecinos recuerda que en ese paso de peatones hubo otros dos accidentes "
        "este año.",
        167.5,
    ),
    (
        "es-granizo-villarejo",
        "Una granizada arrasa los huertos de Villarejo",
        "La tormenta de la tarde del sábado dejó piedras del tamaño de una nuez.",
        128.0,
    ),
    (
        "es-granizo-villarejo",
        "Los agricultores de Villarejo piden ayudas tras el granizo",
        "La cooperativa calcula que se ha perdido la mitad de la cosecha de alcachofa de la vega.",
        128.8,
    ),
    # --- Italian ---
    (
        "it-frana-roccalba",
        "Frana sulla provinciale per Roccalba, paese isolato",
        "Dopo le piogge della notte una colata di fango ha chiuso l'unica strada che porta al "
        "paese.",
        9.0,
    ),
    (
        "it-frana-roccalba",
        "Roccalba isolata dalla frana: in arrivo le ruspe della Provincia",
        "Circa 600 residenti non possono scendere a valle; il sindaco ha chiesto un elicottero "
        "per i malati che devono fare la dialisi.",
        9.7,
    ),
    (
        "it-frana-roccalba",
        "Riaperta a senso unico la strada per Roccalba",
        "Dopo un giorno di lavori la provinciale è di nuovo percorribile, ma solo con il semaforo.",
        30.0,
    ),
    (
        "it-calcio-roccalba-coppa",
        "La Roccalbese vince la Coppa provinciale",
        "Battuto il Castelvero 2-1 nella finale di lunedì sera.",
        22.0,
    ),
    (
        "it-calcio-roccalba-coppa",
        "Coppa provinciale, festa a Roccalba: decide un rigore al novantesimo",
        "Il capitano Matteo Serra ha trasformato il penalty davanti a 1.500 tifosi, regalando "
        "alla squadra il primo trofeo della sua storia.",
        22.8,
    ),
    (
        "it-tribunale-usura-sandonato",
        "Usura, condannato un commerciante di San Donato",
        "Il tribunale gli ha inflitto cinque anni per prestiti a tassi del 120 per cento.",
        35.0,
    ),
    (
        "it-tribunale-usura-sandonato",
        "Prestiti a strozzo a San Donato al Piano: cinque anni al commerciante",
        "Le vittime, una decina di piccoli imprenditori, avevano denunciato minacce e pagamenti "
        "di interessi fino a tre volte il debito.",
        35.8,
    ),
    (
        "it-ospedale-castelvero-ps",
        "Pronto soccorso di Castelvero, attese fino a dodici ore",
        "I sindacati denunciano barelle nei corridoi e turni scoperti.",
        52.0,
    ),
    (
        "it-ospedale-castelvero-ps",
        "Castelvero, il pronto soccorso scoppia",
        "Dodici ore di attesa e pazienti sulle barelle.",
        52.8,
    ),
    (
        "it-calcio-roccalba-coppa/stadio-chiuso",
        "Chiuso lo stadio della Roccalbese",
        "La commissione di vigilanza ha bocciato la tribuna: la squadra giocherà fuori casa.",
        79.0,
    ),
    (
        "it-calcio-roccalba-coppa/stadio-chiuso",
        "Stadio di Roccalba inagibile, la festa per la Coppa è già finita",
        "I tecnici hanno trovato ferri arrugginiti nei gradoni e hanno vietato l'ingresso al "
        "pubblico fino ai lavori.",
        79.8,
    ),
    (
        "it-incidente-statale",
        "Scontro frontale sulla statale, due feriti gravi",
        "L'incidente è avvenuto all'alba tra Castelvero e San Donato.",
        86.0,
    ),
    (
        "it-incidente-statale",
        "Statale chiusa per tre ore dopo lo scontro tra un'auto e un furgone",
        "I due conducenti sono stati portati in elicottero all'ospedale del capoluogo.",
        86.8,
    ),
    (
        "it-negozio-castelvero-multa",
        "Alimenti scaduti, multato un minimarket di Castelvero",
        "I Nas hanno sequestrato 200 chili di merce e inflitto una sanzione di 3.000 euro.",
        99.0,
    ),
    (
        "it-negozio-castelvero-multa",
        "Minimarket di via Roma sanzionato dai Nas",
        "Sequestrati latticini e carne conservati male.",
        99.8,
    ),
    (
        "it-negozio-castelvero-multa/furto",
        "Furto nella notte al minimarket di via Roma",
        "I ladri sono entrati dal retro del negozio di Castelvero già multato in mattinata.",
        108.0,
    ),
    (
        "it-negozio-castelvero-multa/furto",
        "Castelvero, ladri nel minimarket: portati via sigarette e gratta e vinci",
        "Il titolare ha scoperto l'effrazione poco dopo la mezzanotte; i carabinieri stanno "
        "esaminando le immagini delle telecamere.",
        108.7,
    ),
    (
        "it-neve-passo-serro",
        "Neve sul passo del Monte Serro, obbligo di catene",
        "Dalla sera di venerdì sono caduti 25 centimetri sopra i mille metri.",
        119.0,
    ),
    (
        "it-neve-passo-serro",
        "Prima neve in quota: catene obbligatorie sul passo",
        "Gli spazzaneve della Provincia sono al lavoro dalla notte e la strada resta aperta.",
        119.8,
    ),
    (
        "it-sagra-castagne",
        "Sagra della castagna, a San Donato attese 20mila persone",
        "La festa del paese torna con stand, musica e caldarroste in piazza per tutto il fine "
        "settimana.",
        130.0,
    ),
    (
        "it-furto-rame",
        "Furto di rame, treni fermi tra Castelvero e San Donato",
        "I ladri hanno tagliato i cavi della linea nella notte.",
        144.0,
    ),
    (
        "it-furto-rame",
        "Cavi rubati sulla ferrovia: ritardi fino a due ore",
        "Bus sostitutivi per i pendolari della domenica.",
        144.8,
    ),
    (
        "it-furto-rame",
        "Ripristinata la linea tra Castelvero e San Donato",
        "I tecnici hanno sostituito i cavi rubati e i treni viaggiano di nuovo regolarmente dal "
        "pomeriggio di domenica.",
        151.0,
    ),
    (
        "it-scuola-amianto",
        "Amianto nel tetto, scuola chiusa a Roccalba",
        "Il sindaco ha firmato l'ordinanza dopo le analisi: le lezioni della primaria si terranno "
        "nel municipio da lunedì.",
        164.0,
    ),
    (
        "it-sciopero-bus-provincia",
        "Sciopero dei bus provinciali, corse ridotte venerdì",
        "Garantite solo le fasce per gli studenti.",
        104.0,
    ),
    (
        "it-sciopero-bus-provincia",
        "Autisti in sciopero: a Castelvero e Roccalba pendolari a piedi",
        "La protesta dei sindacati riguarda i turni troppo lunghi e le aggressioni a bordo; "
        "l'adesione è stata dell'80 per cento.",
        104.8,
    ),
    (
        "it-sciopero-bus-provincia",
        "L'azienda dei trasporti convoca i sindacati dopo lo sciopero",
        "L'incontro è fissato per martedì in Provincia.",
        111.0,
    ),
    (
        "it-nebbia-tamponamento",
        "Nebbia, tamponamento a catena sulla provinciale",
        "Coinvolte dodici auto nella mattina di domenica vicino a San Donato.",
        158.0,
    ),
    (
        "it-nebbia-tamponamento",
        "Dodici auto coinvolte nella nebbia: cinque feriti",
        "La visibilità era sotto i 50 metri quando il primo veicolo ha frenato.",
        158.8,
    ),
    (
        "it-nebbia-tamponamento",
        "San Donato, il sindaco chiede nuovi cartelli contro la nebbia",
        "Dopo l'incidente a catena di domenica il comune vuole segnalatori luminosi lungo il "
        "rettilineo.",
        165.0,
    ),
    # --- Portuguese ---
    (
        "pt-ponte-leme-reabre",
        "Ponte de Póvoa do Leme reaberta ao trânsito",
        "A travessia sobre o rio Leme esteve fechada dez meses para obras no tabuleiro.",
        16.0,
    ),
    (
        "pt-ponte-leme-reabre",
        "Fim do desvio: ponte sobre o Leme volta a abrir aos carros",
        "A câmara investiu 3,2 milhões de euros na reparação e os moradores deixam de dar uma "
        "volta de 25 quilómetros para chegar à sede do concelho.",
        16.8,
    ),
    (
        "pt-incendio-fabrica-arcelos",
        "Incêndio destrói armazém de uma fábrica de calçado em Arcelos",
        "O fogo começou de madrugada e mobilizou 60 bombeiros de cinco corporações.",
        24.5,
    ),
    (
        "pt-incendio-fabrica-arcelos",
        "Fábrica de calçado ardeu em Vila Nova de Arcelos",
        "A produção para 200 trabalhadores está em risco.",
        25.2,
    ),
    (
        "pt-incendio-fabrica-arcelos",
        "Trabalhadores da fábrica ardida em Arcelos temem pelo emprego",
        "A administração garante que os salários serão pagos e que a produção poderá retomar numa "
        "nave alugada dentro de um mês.",
        33.0,
    ),
    (
        "pt-hospital-serraes-surto",
        "Surto de gastroenterite fecha enfermaria no hospital de Serrães",
        "Dezanove doentes e quatro enfermeiros ficaram doentes na medicina interna.",
        38.0,
    ),
    (
        "pt-hospital-serraes-surto",
        "Hospital de Serrães suspende visitas na medicina interna",
        "A direção clínica diz que o surto está controlado.",
        38.8,
    ),
    (
        "pt-hospital-serraes-surto/evacuacao",
        "Fuga de gás obriga a evacuar a urgência do hospital de Serrães",
        "Cerca de 80 pessoas saíram do edifício na noite de terça-feira por causa de um cheiro "
        "intenso vindo da cozinha.",
        45.0,
    ),
    (
        "pt-hospital-serraes-surto/evacuacao",
        "Urgência de Serrães evacuada durante uma hora",
        "Os doentes foram levados para o bloco de consultas.",
        45.7,
    ),
    (
        "pt-tribunal-arcelos-autarca",
        "Antigo presidente da junta de Arcelos condenado por peculato",
        "O tribunal aplicou uma pena suspensa de três anos ao ex-autarca, que usou dinheiro da "
        "freguesia em obras na sua casa.",
        53.0,
    ),
    (
        "pt-tribunal-arcelos-autarca",
        "Ex-autarca de Arcelos com pena suspensa por peculato",
        "Terá de devolver 48 mil euros à freguesia.",
        53.8,
    ),
    (
        "pt-chuva-serraes-inundacoes",
        "Chuva forte inunda baixa de Serrães",
        "Lojas e garagens ficaram alagadas depois de uma noite de aguaceiros.",
        66.0,
    ),
    (
        "pt-chuva-serraes-inundacoes",
        "Serrães debaixo de água: comerciantes fazem contas aos prejuízos",
        "A proteção civil registou 70 ocorrências e o rio transbordou junto ao mercado municipal.",
        66.8,
    ),
    (
        "pt-ponte-leme-reabre/barco",
        "Embarcação de areia embate na ponte de Póvoa do Leme",
        "A ponte reaberta há poucos dias foi fechada de novo para inspeção.",
        93.0,
    ),
    (
        "pt-ponte-leme-reabre/barco",
        "Barco embate em pilar da ponte sobre o Leme",
        "Os técnicos da câmara estão a avaliar os danos; o mestre da embarcação disse que perdeu "
        "o controlo por causa da corrente forte.",
        93.8,
    ),
    (
        "pt-festa-arcelos-abertura",
        "Feira medieval de Arcelos abre portas",
        "Mais de cem tendas enchem o centro histórico até ao fim do mês.",
        102.0,
    ),
    (
        "pt-festa-arcelos-abertura",
        "Arcelos volta à Idade Média com a feira mais concorrida da região",
        "A organização espera 150 mil visitantes nos dez dias de cortejos, torneios a cavalo e "
        "mercado de artesãos.",
        102.8,
    ),
    (
        "pt-escola-leme-obras",
        "Escola básica de Póvoa do Leme vai ser ampliada",
        "O ministério aprovou a obra, que dará mais oito salas ao agrupamento.",
        112.0,
    ),
    (
        "pt-escola-leme-obras",
        "Mais oito salas para a escola de Póvoa do Leme",
        "Os alunos deixam de ter aulas em contentores a partir de setembro.",
        112.8,
    ),
    (
        "pt-futebol-serraes",
        "Serrães vence dérbi e sobe à liderança",
        "A equipa da casa bateu o Arcelos por 3-1 no sábado à tarde.",
        139.0,
    ),
    (
        "pt-futebol-serraes",
        "Dérbi do distrito é do Serrães",
        "Dois golos de Tiago Mendes deram a vitória sobre o Arcelos perante 2.500 adeptos.",
        139.8,
    ),
    (
        "pt-loja-fecho-serraes",
        "Fecha a mais antiga livraria de Serrães",
        "A Livraria Central, aberta em 1921, encerra as portas no fim do mês por causa da subida "
        "da renda.",
        146.0,
    ),
    (
        "pt-festa-arcelos-abertura/queda",
        "Cavaleiro ferido em torneio da feira medieval de Arcelos",
        "O homem caiu do cavalo durante uma justa no domingo e foi levado para o hospital.",
        160.0,
    ),
    (
        "pt-festa-arcelos-abertura/queda",
        "Queda em justa na feira de Arcelos: cavaleiro em estado estável",
        "A organização suspendeu os torneios até ao fim do dia.",
        160.8,
    ),
    (
        "pt-atropelamento-leme",
        "Criança atropelada numa passadeira em Póvoa do Leme",
        "A menina de nove anos teve ferimentos ligeiros.",
        166.0,
    ),
    (
        "pt-multibanco-serraes",
        "Assalto a multibanco com explosivos em Serrães",
        "Os ladrões rebentaram a caixa durante a madrugada de sábado e fugiram num carro escuro.",
        126.0,
    ),
    (
        "pt-multibanco-serraes",
        "Explosão de multibanco acorda moradores de Serrães",
        "A frente da agência bancária ficou destruída e a GNR procura três suspeitos.",
        126.8,
    ),
    # --- Dutch ---
    (
        "nl-overval-supermarkt-bremmeloo",
        "Overval op supermarkt in Bremmeloo",
        "Twee gewapende mannen hebben zondagavond laat de kassa's van een supermarkt aan de "
        "Kerkstraat leeggehaald.",
        1.0,
    ),
    (
        "nl-overval-supermarkt-bremmeloo",
        "Medewerkers bedreigd bij overval op Bremmelose supermarkt",
        "De daders vluchtten op een scooter; de politie zoekt getuigen.",
        1.8,
    ),
    (
        "nl-gemeente-oosterwaarde-woningen",
        "Oosterwaarde zegt ja tegen 600 woningen in De Kampen",
        "De gemeenteraad stemde dinsdag in met de nieuwe wijk aan de oostkant van de stad.",
        26.0,
    ),
    (
        "nl-gemeente-oosterwaarde-woningen",
        "Groen licht voor woonwijk De Kampen in Oosterwaarde",
        "Een derde van de 600 huizen wordt sociale huur; de eerste bewoners kunnen er over vier "
        "jaar terecht, als er geen bezwaren bij de Raad van State komen.",
        26.8,
    ),
    (
        "nl-rechtbank-hilstede-brandstichting",
        "Celstraf voor brandstichter van Hilstede",
        "De rechtbank legde een 23-jarige man drie jaar cel op voor vijf autobranden in de wijk "
        "Noordveld.",
        36.0,
    ),
    (
        "nl-rechtbank-hilstede-brandstichting",
        "Drie jaar voor autobranden in Noordveld",
        "De man zei uit verveling te hebben gehandeld.",
        36.8,
    ),
    (
        "nl-weg-n348-afsluiting",
        "N348 tussen Bremmeloo en Hilstede drie weken dicht",
        "Vanaf woensdag gaat de weg op de schop voor nieuw asfalt en een rotonde.",
        47.0,
    ),
    (
        "nl-weg-n348-afsluiting",
        "Omleiding voor drie weken op de N348",
        "Verkeer moet via Oosterwaarde rijden, wat een kwartier extra kost.",
        47.8,
    ),
    (
        "nl-storm-dijk-oosterwaarde",
        "Storm beschadigt kade in Oosterwaarde",
        "Door de harde wind en hoog water is een deel van de oude kade bij de haven afgebrokkeld.",
        60.0,
    ),
    (
        "nl-storm-dijk-oosterwaarde",
        "Kade in Oosterwaarde afgezet na stormschade",
        "Het waterschap controleert de dijken in de omgeving en bewoners van de havenbuurt mogen "
        "hun auto niet meer aan het water parkeren.",
        60.8,
    ),
    (
        "nl-storm-dijk-oosterwaarde",
        "Waterschap: dijken rond Oosterwaarde houden het",
        "Na een nacht controleren zijn er geen zwakke plekken gevonden.",
        69.0,
    ),
    (
        "nl-school-bremmeloo-fusie",
        "Twee basisscholen in Bremmeloo gaan samen",
        "Door het dalende aantal leerlingen fuseren De Wilg en De Regenboog volgend schooljaar.",
        76.0,
    ),
    (
        "nl-school-bremmeloo-fusie",
        "Fusie van De Wilg en De Regenboog is rond",
        "Ouders van De Regenboog vrezen een langere fietstocht voor hun kinderen, omdat het "
        "gebouw aan de Dorpsstraat dichtgaat.",
        76.8,
    ),
    (
        "nl-ziekenhuis-hilstede-bacterie",
        "Afdeling van ziekenhuis Hilstede dicht door bacterie",
        "Bij zes patiënten op de afdeling chirurgie is een resistente bacterie gevonden.",
        103.0,
    ),
    (
        "nl-ziekenhuis-hilstede-bacterie",
        "Ziekenhuis Hilstede neemt geen nieuwe patiënten op bij chirurgie",
        "Alle patiënten en verpleegkundigen van de afdeling worden getest en geplande operaties "
        "worden verschoven naar het ziekenhuis in Oosterwaarde.",
        103.8,
    ),
    (
        "nl-ziekenhuis-hilstede-bacterie/ontruiming",
        "Ziekenhuis Hilstede deels ontruimd na brand in parkeergarage",
        "Een auto vloog vrijdagavond in brand onder de poliklinieken.",
        112.0,
    ),
    (
        "nl-ziekenhuis-hilstede-bacterie/ontruiming",
        "Rook in ziekenhuis Hilstede: poliklinieken en hal ontruimd",
        "Niemand raakte gewond, de brandweer had het vuur snel onder controle.",
        112.8,
    ),
    (
        "nl-gemeente-oosterwaarde-woningen/nee",
        "Raad Oosterwaarde stemt tegen appartementen bij het station",
        "De plannen voor een woontoren van 14 verdiepingen zijn van tafel.",
        127.0,
    ),
    (
        "nl-gemeente-oosterwaarde-woningen/nee",
        "Geen woontoren bij station Oosterwaarde",
        "Een meerderheid van de raad vond het gebouw te hoog voor het oude centrum en vroeg de "
        "ontwikkelaar om met een lager plan te komen.",
        127.8,
    ),
    (
        "nl-voetbal-bremmeloo",
        "Bremmeloo wint streekderby van Hilstede",
        "De amateurs van VV Bremmeloo wonnen zaterdag met 3-0 op eigen veld.",
        134.0,
    ),
    (
        "nl-voetbal-bremmeloo",
        "Derby in Bremmeloo eindigt in feest voor thuisploeg",
        "Spits Joost Timmer scoorde twee keer voor 1.200 toeschouwers.",
        134.8,
    ),
    (
        "nl-kerstmarkt-hilstede",
        "Duizenden bezoekers bij kerstmarkt in Hilstede",
        "De markt in de oude kerk en op het plein trok meer mensen dan ooit, met 120 kramen en "
        "een levende kerststal.",
        140.0,
    ),
    (
        "nl-kaasboerderij-brand",
        "Brand verwoest kaasboerderij bij Bremmeloo",
        "De koeien konden op tijd uit de stal worden gehaald, maar de kaasmakerij is verloren.",
        157.0,
    ),
    (
        "nl-kaasboerderij-brand",
        "Kaasboer in Bremmeloo na brand: we gaan door",
        "Buren boden meteen hulp aan; het vee staat tijdelijk bij een collega.",
        157.8,
    ),
    (
        "nl-kaasboerderij-brand",
        "Inzamelingsactie voor afgebrande kaasboerderij groot succes",
        "In een dag werd 40.000 euro opgehaald voor de familie Verhoef, die de kaasmakerij in "
        "Bremmeloo wil herbouwen.",
        165.0,
    ),
    (
        "nl-hilstede-afval",
        "Hilstede gaat betalen per vuilniszak",
        "Vanaf volgend jaar kost elke zak met restafval 1,50 euro, heeft de gemeenteraad van "
        "Hilstede besloten.",
        97.0,
    ),
    (
        "nl-hilstede-afval",
        "Diftar in Hilstede: wie minder weggooit, betaalt minder",
        "De gemeente verwacht dat er een kwart minder restafval komt; de oppositie vreest dat "
        "mensen hun afval in de natuur gaan dumpen.",
        97.8,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a school shut for a building fault and a separate fight at its gates that evening": (
        "en-school-brenton-pipe/gate-fight",
        "de-schule-wellingen-decke/schlaegerei",
        "es-colegio-torremira-cierre/pelea",
    ),
    "a shop fined by inspectors in the morning and burgled the same night": (
        "en-shop-kelsworth-fine/burglary",
        "fr-boulangerie-montclerc-amende/cambriolage",
        "it-negozio-castelvero-multa/furto",
    ),
    "a hospital ward shut by a bug and a separate evacuation of the same hospital hours later": (
        "en-hospital-otterbury-norovirus/kitchen-fire",
        "pt-hospital-serraes-surto/evacuacao",
        "nl-ziekenhuis-hilstede-bacterie/ontruiming",
    ),
    "a mayor's morning announcement and a separate matter about the same mayor that evening": (
        "en-mayor-marlshire-fares/standards",
        "ru-mayor-kluchansk-tram/car-crash",
        "fr-maire-valbrune-piscine/agression",
    ),
    "a town festival's opening and a separate accident at the same festival days later": (
        "en-festival-pellow-bay-opens/marquee",
        "es-fiestas-villarejo-inicio/vaquilla",
        "pt-festa-arcelos-abertura/queda",
    ),
    "one council approving one housing plan and refusing another days later": (
        "en-council-ashcombe-homes-approved/mill-lane",
        "ru-council-novoborsk-homes/square",
        "nl-gemeente-oosterwaarde-woningen/nee",
    ),
    "a local club's cup win and its ground closed by inspectors days later": (
        "en-football-stanmere-cup/ground-closed",
        "de-fussball-grunstedt-pokal/stadion",
        "it-calcio-roccalba-coppa/stadio-chiuso",
    ),
    "a bridge reopened after repairs and struck by a boat days later": (
        "en-bridge-hadleigh-reopens/barge-strike",
        "de-bruecke-altwerden-frei/schiff",
        "pt-ponte-leme-reabre/barco",
    ),
}
