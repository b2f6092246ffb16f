"""A thirty-third check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 25: items are (story, title, lead, hours), `hours` being
when the item was published, in hours after the set's start (a Monday, 00:00), so the merging's
48-hour window decides as in production. It is a hyperlocal week at daily-digest density: nine
invented towns (Dunstowe and Wendleford in England, Белоярово, Kirchmaring, Montbrisac,
Villarroble, Casalvento, Azenhal, Wijkerveen), each with ten to twenty-three different events of
its own in one week, so most wrong merges on offer are two events in one small town sharing the
town's name, a street, a square or a school. The set spans a little over seven days (3.1 to 170.4
hours), with 38 to 45 items on each day (Monday 44, Tuesday 44, Wednesday 45, Thursday 40,
Friday 42, Saturday 42, Sunday 38) and one follow-up early the next Monday.

It holds 296 items under 129 labels: 105 stories and 24 hard negatives. 44 labels are English
(104 items), 13 Russian (29 items), 12 German (28), and 12 each in French, Spanish, Italian,
Portuguese and Dutch (27 items each). No label has more than four copies: 9 have four, 34 three,
72 two, and 14 stories are told by one outlet only (a town-page brief, such as Dunstowe's charter
year, Wendleford's chip shop fine, Kirchmaring's Christmas market, Белоярово's library show);
every one of those sits in a town where other stories happen, so it can only be merged falsely.
111 labels have a teaser copy whose lead is under 80 characters beside a fuller copy.

Big local stories come as a flash, a full report, a reaction or quote piece hours later and a
next-day follow-up with a new fact; 17 labels have a copy 12 or more hours after the first (the
Carraway warehouse fire's cause, the Castle Street sewer repairs, Chloe Hartsholme found safe,
the tractor from the cash machine raid found burnt out, the Wendleford flood grants, the
motorcyclist named, the Denton Close arrest, the heating back on Заводская, the cause of the
Kirchmaring gravel lorry crash, the wolf confirmed by DNA, the hay barn's neighbours, the pallet
warehouse without a licence, the olive thieves caught, the Sp 41 reopened, the calamity request
for Azenhal, the getaway car, the snack bar arrest). Later copies often share only the town and
one detail, in other words: numbers change format (£42m / £42 million, £38,000 / £38k /
thirty-eight thousand pounds, 4,8 Millionen Euro / 4,8 Mio. Euro, 3.000 kilos / tres toneladas,
4.000 euro / quattromila euro, 90 тысяч / девяносто тысяч), names change form (Gareth Pickerell,
Pickerell; Malcolm Deyes, the ex-clerk; Anton Strobl, Bäckermeister Strobl; Hélène Castagné,
la nouvelle maire). Every story's copies fall within 48 hours of each other.

Hard negatives: eight kinds, none of them in the earlier rounds' category list, each a new event
at the same small place as its story, three each. A bakery's prize and a fire in the same bakery
(Dunstowe, Kirchmaring, Azenhal); a road's speed limit cut and a crash on the same road
(Dunstowe, Villarroble, Wijkerveen); a post office's closure announced and a robbery at the same
post office (Wendleford, Белоярово, Casalvento); a pub's or bar's licence decision and a fight
outside it (Dunstowe, Kirchmaring, Montbrisac); a care home's good inspection and a resident
missing from it (Wendleford, Casalvento, Wijkerveen); a cinema's reopening and a roof leak
closing it again (Белоярово, Montbrisac, Villarroble); a bus depot's first electric buses and a
fire at the same depot (Белоярово, Azenhal, Wijkerveen); a new mayor taking office and water
flooding the same town hall (Montbrisac, Villarroble, Casalvento). Eleven hard negatives are
published within 48 hours of their story (20 to 43 hours later), thirteen beyond it (67 to 136
hours later). Some name the story as background ("days after winning a county award", "deux
jours après sa réouverture"), as real copy does.

What "same story" means here: one event (one fire, one crash, one robbery, one vote, one
verdict, one match, one flood, one find, one rescue) in its news cycle, including a next-day
follow-up with a new fact. Not the same story: another event of the same kind or with the same
actor or building, even in the same town, street, bakery, pub, cinema, depot or town hall.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
towns, streets, people, firms, clubs, schools and care homes are invented here; real bodies
appear only as backdrop (the RSPCA, the FA Vase, the Guardia Civil, the Nas, the GNR).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were compared by script for clashing labels, texts and town names),
and never run through the merging code before its one scoring run (`python -m bench.stories
--round33`). Once its errors have been read it is no longer a clean check: say so beside any
later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-dunstowe-warehouse-fire",
        "Fire crews at blaze on Dunstowe industrial estate",
        "Six engines were sent to a warehouse on the Fernhollow estate in Dunstowe shortly after"
        " 3am on Monday. Residents nearby were told to keep windows shut.",
        3.5,
    ),
    (
        "en-dunstowe-warehouse-fire",
        "Dunstowe warehouse alight",
        "Smoke can be seen across the town; keep your windows shut.",
        4.1,
    ),
    (
        "en-dunstowe-warehouse-fire",
        "Carraway warehouse gutted in overnight fire",
        "The Carraway Logistics depot on the Fernhollow industrial estate was destroyed in the "
        "early hours, with the roof collapsing before 5am. Nobody was inside, the fire service "
        "said.",
        9.8,
    ),
    (
        "en-dunstowe-warehouse-fire",
        "Arson ruled out at Fernhollow estate fire",
        "Investigators said an electrical fault in a forklift charging bay most likely started "
        "Monday's fire that destroyed the Carraway warehouse in Dunstowe; 40 staff are being "
        "moved to a site in Wendleford.",
        31.0,
    ),
    (
        "en-dunstowe-bakery-prize",
        "Dunstowe loaf named best in the county",
        "Pickerell Bakery on Cooper's Row has won the county food awards' bread category with "
        "its malted rye, beating 60 entries. Owner Gareth Pickerell said the recipe was his "
        "grandmother's.",
        10.4,
    ),
    (
        "en-dunstowe-bakery-prize",
        "Cooper's Row bakers take top bread prize",
        "Pickerell's malted rye wins the county food awards.",
        11.2,
    ),
    (
        "en-dunstowe-bakery-prize/fire",
        "Oven fire closes Pickerell Bakery",
        "Firefighters were called to Pickerell Bakery in Cooper's Row, Dunstowe, before dawn on "
        "Thursday after a bread oven caught fire. The bakery will stay shut for at least a week.",
        80.2,
    ),
    (
        "en-dunstowe-bakery-prize/fire",
        "Cooper's Row bakery hit by early fire",
        "Crews put out an oven fire at Pickerell; no injuries.",
        80.9,
    ),
    (
        "en-dunstowe-bakery-prize/fire",
        "'We'll be baking again by Christmas'",
        "Gareth Pickerell, whose shop was damaged by fire days after winning a county award, "
        "said regulars had already offered to help clear the soot.",
        86.5,
    ),
    (
        "en-dunstowe-speedlimit",
        "Gorsefield Road to become a 20mph zone",
        "Dunstowe's highways committee voted 7-2 on Tuesday to cut the limit on Gorsefield Road "
        "from 30mph to 20mph from February, after residents complained about speeding near the "
        "primary school.",
        30.2,
    ),
    (
        "en-dunstowe-speedlimit",
        "20mph limit approved for Gorsefield Road",
        "Committee backs lower limit near the school.",
        30.9,
    ),
    (
        "en-dunstowe-speedlimit/crash",
        "Van ends up in garden wall on Gorsefield Road",
        "A delivery van left the road and demolished a garden wall on Gorsefield Road in "
        "Dunstowe on Wednesday morning. The driver was treated for minor injuries.",
        56.4,
    ),
    (
        "en-dunstowe-speedlimit/crash",
        "Gorsefield Road crash: van through wall",
        "The driver was hurt and the road was shut for two hours.",
        57.0,
    ),
    (
        "en-dunstowe-speedlimit/crash",
        "Residents say crash shows Gorsefield Road needs cameras",
        "People living on Gorsefield Road said Wednesday's van crash proved a lower speed limit "
        "alone would not be enough, and asked for a speed camera.",
        62.1,
    ),
    (
        "en-dunstowe-pub-licence",
        "Drover's Arms keeps its licence with conditions",
        "Dunstowe's licensing panel allowed the Drover's Arms on Sheep Street to keep trading "
        "but ordered it to close at 11pm at weekends and hire door staff after complaints about "
        "noise.",
        57.6,
    ),
    (
        "en-dunstowe-pub-licence",
        "Panel rules on Drover's Arms licence",
        "Earlier closing and door staff for Sheep Street pub.",
        58.3,
    ),
    (
        "en-dunstowe-pub-licence/fight",
        "Man in hospital after fight outside Sheep Street pub",
        "A 27-year-old man suffered a head injury in a fight outside the Drover's Arms in "
        "Dunstowe at about 11.30pm on Friday. Two men were arrested.",
        124.3,
    ),
    (
        "en-dunstowe-pub-licence/fight",
        "Two held after brawl in Dunstowe",
        "Man, 27, taken to hospital with a head wound.",
        125.0,
    ),
    (
        "en-dunstowe-school-boiler",
        "Dunstowe primary shut after boiler breaks down",
        "St Edburga's CofE Primary School closed on Tuesday because its heating failed overnight"
        " with temperatures below freezing. Parents were told by text at 7am.",
        26.1,
    ),
    (
        "en-dunstowe-school-boiler",
        "No heating, no school at St Edburga's",
        "Pupils sent home as the classrooms froze overnight.",
        26.6,
    ),
    (
        "en-dunstowe-river-rescue",
        "Dog walker pulled from River Lidd",
        "Firefighters in a boat rescued a woman who went into the River Lidd at Dunstowe while "
        "trying to reach her spaniel on Tuesday afternoon. Both were unhurt.",
        40.2,
    ),
    (
        "en-dunstowe-river-rescue",
        "Woman and spaniel saved from the Lidd",
        "Fire crew used a boat near Ferry Meadow.",
        40.9,
    ),
    (
        "en-dunstowe-river-rescue",
        "'Please don't go in after your dog'",
        "Dunstowe's station manager urged owners to call 999 rather than follow pets into the "
        "water after Tuesday's rescue at Ferry Meadow.",
        47.0,
    ),
    (
        "en-dunstowe-market-charter",
        "Dunstowe plans year of events for charter anniversary",
        "The town council will mark 700 years since Dunstowe was granted its market charter with"
        " a medieval fair, a pageant and a new town trail next summer.",
        63.5,
    ),
    (
        "en-dunstowe-bypass",
        "Inspector clears way for Dunstowe bypass",
        "A government planning inspector has approved the £42m eastern bypass around Dunstowe, "
        "rejecting objections from a wildlife group about the Lidd water meadows.",
        16.0,
    ),
    (
        "en-dunstowe-bypass",
        "Bypass gets green light",
        "£42m road around Dunstowe approved after inquiry.",
        16.7,
    ),
    (
        "en-dunstowe-bypass",
        "Water meadow campaigners consider legal challenge",
        "Friends of the Lidd said they would take advice on a judicial review after the "
        "inspector's decision to allow Dunstowe's £42 million eastern relief road.",
        21.5,
    ),
    (
        "en-dunstowe-rugby",
        "Dunstowe win county shield in final minute",
        "A penalty from full-back Owen Tranter with the last kick gave Dunstowe RFC a 24-21 win "
        "over Kestrelmoor in the county shield final on Saturday.",
        137.5,
    ),
    (
        "en-dunstowe-rugby",
        "Dunstowe RFC lift the shield",
        "Tranter's late penalty sinks Kestrelmoor 24-21.",
        138.1,
    ),
    (
        "en-dunstowe-rugby",
        "Tranter: 'I couldn't watch the replay'",
        "The full-back whose kick won the county shield for Dunstowe said he had not slept after"
        " Saturday's final against Kestrelmoor.",
        146.0,
    ),
    (
        "en-dunstowe-sinkhole",
        "Car's wheels sink into hole on Castle Street",
        "A hole about two metres across opened under a parked hatchback on Castle Street in "
        "Dunstowe on Thursday morning. Water engineers are investigating a leaking pipe.",
        85.2,
    ),
    (
        "en-dunstowe-sinkhole",
        "Castle Street sinkhole swallows part of car",
        "Street closed while engineers check the pipe.",
        85.8,
    ),
    (
        "en-dunstowe-sinkhole",
        "Castle Street to stay closed over weekend",
        "Repairs to the collapsed sewer beneath Castle Street in Dunstowe will take until "
        "Monday, the water company said, after Thursday's hole under a parked car.",
        108.4,
    ),
    (
        "en-dunstowe-councillor",
        "Dunstowe councillor quits over expenses",
        "Jean Pettifer has resigned from Dunstowe Town Council after an audit found she claimed "
        "mileage for meetings she did not attend.",
        100.3,
    ),
    (
        "en-dunstowe-councillor",
        "Councillor Pettifer resigns",
        "Audit found mileage claims for missed meetings.",
        101.0,
    ),
    (
        "en-dunstowe-gp",
        "Two Dunstowe GP practices to merge",
        "Gorsefield Medical Centre and the Larchfield practice will join next April, keeping "
        "both buildings open, the partners said.",
        153.2,
    ),
    (
        "en-dunstowe-gp",
        "Gorsefield and Larchfield surgeries to join",
        "Patients need not re-register, practices say.",
        154.0,
    ),
    (
        "en-dunstowe-missing-teen",
        "Police appeal for missing Dunstowe girl, 15",
        "Chloe Hartsholme was last seen leaving her home on Lyneham Road on Monday evening "
        "wearing a green parka. Officers are concerned for her welfare.",
        22.1,
    ),
    (
        "en-dunstowe-missing-teen",
        "Missing: Chloe, 15, from Dunstowe",
        "Last seen Monday evening in a green parka.",
        22.6,
    ),
    (
        "en-dunstowe-missing-teen",
        "Missing Dunstowe teenager found safe",
        "Chloe Hartsholme, 15, who had not been seen since Monday, was found safe and well at a "
        "friend's house in Wendleford on Tuesday morning, police said.",
        33.5,
    ),
    (
        "en-dunstowe-missing-teen",
        "Family thanks town after search for Chloe",
        "The mother of the teenager found in Wendleford said the response from Dunstowe "
        "neighbours who shared the appeal had been overwhelming.",
        36.0,
    ),
    (
        "en-dunstowe-library",
        "Dunstowe library to close on Wednesdays",
        "The county council will shut Dunstowe library every Wednesday from January to save "
        "£18,000 a year, it confirmed on Friday.",
        112.0,
    ),
    (
        "en-dunstowe-cash-machine",
        "Cash machine ripped from Dunstowe shop wall",
        "Thieves used a stolen tractor to tear a cash machine out of the front of a convenience "
        "store on Lyneham Road in the early hours of Thursday.",
        74.3,
    ),
    (
        "en-dunstowe-cash-machine",
        "ATM stolen in Lyneham Road raid",
        "Tractor used to pull machine from store.",
        74.9,
    ),
    (
        "en-dunstowe-cash-machine",
        "Tractor used in cash machine raid found burnt out",
        "The farm tractor taken for Thursday's raid on an Lyneham Road shop in Dunstowe was "
        "found burnt out in a lane near Kestrelmoor, police said.",
        90.0,
    ),
    (
        "en-dunstowe-water-main",
        "Burst main floods Station Road",
        "A burst water main sent water pouring down Station Road in Dunstowe on Tuesday evening,"
        " leaving about 200 homes with low pressure.",
        44.1,
    ),
    (
        "en-dunstowe-water-main",
        "Station Road under water after pipe bursts",
        "200 homes with low pressure overnight.",
        44.7,
    ),
    (
        "en-dunstowe-choir",
        "Dunstowe male voice choir wins festival cup",
        "The 38-strong choir took first place at the West Counties eisteddfod on Sunday, its "
        "first win since 2009.",
        150.2,
    ),
    (
        "en-dunstowe-fraud",
        "Former parish clerk jailed for taking £38,000",
        "Malcolm Deyes, 61, who was clerk to Dunstowe parish council for 12 years, was jailed "
        "for two years on Friday for moving council money into his own account.",
        96.4,
    ),
    (
        "en-dunstowe-fraud",
        "Ex-clerk Deyes jailed",
        "Took £38k from Dunstowe parish funds.",
        97.0,
    ),
    (
        "en-dunstowe-fraud",
        "Parish council 'betrayed' by clerk's theft",
        "Dunstowe parish chairman Ruth Abernethy said the thirty-eight thousand pounds taken by "
        "Malcolm Deyes would have paid for a new playground.",
        99.5,
    ),
    (
        "en-dunstowe-parking-app",
        "Dunstowe car parks go cashless",
        "Pay machines in the town's four council car parks will be removed next month and "
        "drivers will have to pay by phone app.",
        150.5,
    ),
    (
        "en-dunstowe-swan",
        "Swan freed from fishing line at Dunstowe lake",
        "An RSPCA officer waded into Mill Pond to free a swan tangled in fishing line on Friday.",
        117.3,
    ),
    (
        "en-dunstowe-swan",
        "Anglers urged to take lines home after swan rescue",
        "The swan cut free at Dunstowe's Mill Pond had line wrapped around its neck and wing, "
        "and the RSPCA asked anglers to clear up.",
        118.0,
    ),
    (
        "en-wendleford-postoffice",
        "Wendleford's main post office to close in March",
        "The Post Office on Kings Parade will shut on 14 March and services will move to a "
        "counter inside a newsagent, the company said on Tuesday.",
        28.3,
    ),
    (
        "en-wendleford-postoffice",
        "Kings Parade post office closing",
        "Services to move into a newsagent in March.",
        29.0,
    ),
    (
        "en-wendleford-postoffice/robbery",
        "Post office in Wendleford robbed at opening time",
        "A man with a hammer demanded cash at the Kings Parade post office at 9am on Wednesday "
        "and ran off with about £3,000. Staff were not hurt.",
        64.5,
    ),
    (
        "en-wendleford-postoffice/robbery",
        "Kings Parade post office raided",
        "The robber, armed with a hammer, took around £3k.",
        65.0,
    ),
    (
        "en-wendleford-postoffice/robbery",
        "Police release CCTV after post office raid",
        "Detectives investigating Wednesday morning's robbery at the Kings Parade branch in "
        "Wendleford want to trace a man in a grey tracksuit.",
        71.0,
    ),
    (
        "en-wendleford-carehome",
        "Holmcroft care home rated good",
        "Inspectors praised staff at Holmcroft care home in Wendleford for knowing residents "
        "well, rating it good in every area, up from requires improvement.",
        12.2,
    ),
    (
        "en-wendleford-carehome",
        "Wendleford care home moves up to 'good'",
        "Holmcroft praised by inspectors.",
        12.9,
    ),
    (
        "en-wendleford-carehome/missing",
        "Search for care home resident, 84",
        "Police and volunteers searched fields around Wendleford on Friday after Harold "
        "Nethercott, 84, who has dementia, walked out of Holmcroft care home.",
        106.6,
    ),
    (
        "en-wendleford-carehome/missing",
        "Missing Wendleford man, 84, has dementia",
        "Harold Nethercott left Holmcroft care home on Friday.",
        107.3,
    ),
    (
        "en-wendleford-carehome/missing",
        "Harold Nethercott found cold but unhurt",
        "The 84-year-old missing from a Wendleford care home was found in a bus shelter two "
        "miles away on Friday evening by a driver who recognised him from the appeal.",
        114.2,
    ),
    (
        "en-wendleford-flood",
        "River Wend bursts its banks",
        "Water from the River Wend reached houses on Meadow Lane and Quay Street in Wendleford "
        "on Thursday morning after a night of heavy rain.",
        76.2,
    ),
    (
        "en-wendleford-flood",
        "Homes flooded in Wendleford",
        "Quay Street and Meadow Lane under water.",
        76.8,
    ),
    (
        "en-wendleford-flood",
        "Thirty homes flooded as Wend peaks",
        "Fire crews pumped water from about 30 properties in Wendleford and moved elderly "
        "residents of Meadow Lane to the leisure centre, where the council set up a rest centre.",
        82.0,
    ),
    (
        "en-wendleford-flood",
        "Flood clean-up begins on Quay Street",
        "Skips lined Quay Street on Friday as Wendleford families who were flooded on Thursday "
        "began throwing out carpets; the council offered £500 to each household.",
        101.5,
    ),
    (
        "en-wendleford-factory-jobs",
        "Quennell Foods to cut 120 jobs in Wendleford",
        "The ready-meal maker said on Monday it would end its night shift at the Wendleford "
        "plant, putting 120 of its 410 jobs at risk.",
        8.6,
    ),
    (
        "en-wendleford-factory-jobs",
        "120 jobs at risk at Quennell",
        "Night shift to end at Wendleford plant.",
        9.2,
    ),
    (
        "en-wendleford-factory-jobs",
        "'Devastating' Quennell cuts hit whole families",
        "Union rep Kerry Ansell said some couples on the Quennell night shift would both lose "
        "their jobs at the Wendleford factory.",
        15.5,
    ),
    (
        "en-wendleford-motorcyclist",
        "Motorcyclist dies in crash near Wendleford",
        "A man riding a motorbike died after colliding with a car on the B2290 just outside "
        "Wendleford on Monday evening.",
        18.4,
    ),
    (
        "en-wendleford-motorcyclist",
        "Fatal crash on the B2290",
        "Motorcyclist killed; road closed overnight.",
        19.0,
    ),
    (
        "en-wendleford-motorcyclist",
        "Tributes to motorcyclist killed on B2290",
        "The man who died on Monday near Wendleford has been named as Jamie Tremaine, 34, a "
        "mechanic, whose family called him a gentle giant.",
        39.2,
    ),
    (
        "en-wendleford-football",
        "Wendleford Town's FA Vase run ends",
        "Wendleford Town lost 3-1 away at Tullworth United in the FA Vase third round on "
        "Saturday, with both sides down to ten men.",
        138.2,
    ),
    (
        "en-wendleford-football",
        "Tullworth end Wendleford's Vase hopes",
        "3-1 defeat in the third round.",
        138.8,
    ),
    (
        "en-wendleford-minor-injuries",
        "Wendleford minor injuries unit to close at night",
        "From January the unit at Wendleford Community Hospital will close at 8pm instead of "
        "midnight because of a shortage of nurses.",
        54.0,
    ),
    (
        "en-wendleford-minor-injuries",
        "Minor injuries unit's hours cut",
        "Night closures at Wendleford from January.",
        54.6,
    ),
    (
        "en-wendleford-minor-injuries",
        "Campaigners vow to fight injuries unit cuts",
        "A petition to keep Wendleford's minor injuries unit open until midnight gathered 2,000 "
        "names within hours of the cut being announced.",
        60.5,
    ),
    (
        "en-wendleford-dog-attack",
        "Postman bitten by dog in Wendleford",
        "A postman needed hospital treatment after being bitten on the arm by a dog on Clover "
        "Way on Tuesday; deliveries to the street have been suspended.",
        46.3,
    ),
    (
        "en-wendleford-dog-attack",
        "Clover Way post halted after dog bite",
        "Postman taken to hospital with arm wound.",
        47.0,
    ),
    (
        "en-wendleford-lights",
        "Olympic rower switches on Wendleford lights",
        "Tamsin Rushmere, who grew up in the town, pressed the button on Wendleford's Christmas "
        "lights on Sunday evening in front of about 3,000 people.",
        150.4,
    ),
    (
        "en-wendleford-lights",
        "Wendleford lights up with Tamsin Rushmere",
        "Rower's homecoming for the switch-on.",
        151.0,
    ),
    (
        "en-wendleford-academy",
        "Wendleford Academy placed in special measures",
        "Inspectors found pupils' behaviour and attendance at Wendleford Academy inadequate, and"
        " said leaders had been too slow to act.",
        110.3,
    ),
    (
        "en-wendleford-academy",
        "Wendleford Academy rated inadequate",
        "Inspectors criticise behaviour and attendance.",
        110.9,
    ),
    (
        "en-wendleford-academy",
        "Academy trust promises rapid turnaround",
        "The trust that runs Wendleford Academy said a new behaviour policy would start in "
        "January after Friday's inspection verdict.",
        115.0,
    ),
    (
        "en-wendleford-housing",
        "450 homes approved at Copley Farm",
        "Wendleford's planning committee approved 450 homes on farmland at Copley on Tuesday "
        "evening, with 30% of them affordable.",
        34.0,
    ),
    (
        "en-wendleford-housing",
        "Copley Farm estate backed",
        "Councillors approve 450 homes on farmland.",
        34.6,
    ),
    (
        "en-wendleford-housing",
        "Copley residents fear for school places",
        "Neighbours of the Copley Farm site said Wendleford's primary schools were already full,"
        " hours after the four-hundred-and-fifty-home scheme was passed.",
        37.2,
    ),
    (
        "en-wendleford-chip-shop",
        "Wendleford chip shop owner fined £6,000",
        "Magistrates fined the owner of a fish bar on Castle Hill after inspectors found mouse "
        "droppings in the kitchen.",
        88.0,
    ),
    (
        "en-wendleford-pharmacy",
        "Pharmacy broken into overnight",
        "Burglars smashed the rear door of Brakespeare's Pharmacy on Wendleford's Bridge Street "
        "early on Saturday and took medicines from a locked cabinet.",
        122.3,
    ),
    (
        "en-wendleford-pharmacy",
        "Bridge Street chemist burgled",
        "Medicines stolen; police at the scene.",
        122.9,
    ),
    (
        "en-wendleford-tip",
        "Wendleford tip to charge for DIY waste",
        "The county recycling centre at Wendleford will charge £4 a bag for rubble and "
        "plasterboard from January.",
        158.0,
    ),
    (
        "en-wendleford-tip",
        "Rubble charges coming at the tip",
        "£4 a bag for DIY waste from January.",
        158.6,
    ),
    (
        "en-wendleford-lottery-grant",
        "£250,000 grant for Wendleford community centre",
        "The Fairfield community centre will get a new roof and kitchen with money from the "
        "National Lottery, its trustees said.",
        92.5,
    ),
    (
        "en-wendleford-charity-ride",
        "Father cycles 500 miles for son's hospital ward",
        "A Wendleford dad who set off a week ago to ride to every children's ward in the region "
        "finished his challenge on Sunday.",
        160.3,
    ),
    (
        "en-wendleford-car-arson",
        "Three cars set alight on Denton Close",
        "Police are treating a fire that destroyed three cars parked on Denton Close in "
        "Wendleford in the early hours of Saturday as deliberate.",
        122.4,
    ),
    (
        "en-wendleford-car-arson",
        "Cars torched in Wendleford",
        "Three vehicles were destroyed overnight.",
        123.0,
    ),
    (
        "en-wendleford-car-arson",
        "Teenager arrested over Denton Close car fires",
        "A 17-year-old boy has been arrested on suspicion of arson after three cars were burnt "
        "out in Wendleford early on Saturday.",
        144.5,
    ),
    (
        "en-wendleford-hoard",
        "Roman coins found in Wendleford field",
        "A metal detectorist has found about 400 Roman silver coins in a pot buried on farmland "
        "near Wendleford, the coroner's office said.",
        62.2,
    ),
    (
        "en-wendleford-hoard",
        "Detectorist finds Roman hoard",
        "The 400 silver coins were unearthed near Wendleford.",
        62.8,
    ),
    (
        "en-wendleford-hoard",
        "Wendleford museum hopes to keep coin hoard",
        "Curators said they would try to raise money to buy the four hundred coins found near "
        "the town, once a coroner rules them treasure.",
        70.5,
    ),
    (
        "en-wendleford-bins",
        "Wendleford bins to be emptied every three weeks",
        "General rubbish will be collected every three weeks instead of fortnightly from April, "
        "the district council said.",
        128.6,
    ),
    (
        "en-wendleford-bins",
        "Bin collections cut to three-weekly",
        "Change in Wendleford from April.",
        129.2,
    ),
    # --- Russian ---
    (
        "ru-beloyarovo-teplo",
        "В Белоярове без тепла остались 40 домов",
        "Ночью в субботу на улице Заводской прорвало магистральную трубу теплосети, и 40 жилых "
        "домов остались без отопления при минус 18 градусах.",
        127.2,
    ),
    (
        "ru-beloyarovo-teplo",
        "Авария на теплосети в Белоярове",
        "Без отопления сорок домов на Заводской.",
        127.8,
    ),
    (
        "ru-beloyarovo-teplo",
        "Жители Заводской греются у обогревателей",
        "В администрации Белоярова открыли пункт обогрева в школе №2, а управляющая компания "
        "обещает дать тепло к утру; в квартирах уже около плюс 12.",
        133.5,
    ),
    (
        "ru-beloyarovo-teplo",
        "Тепло в дома на Заводской вернули",
        "Ремонтники заменили 16 метров трубы, и к утру воскресенья отопление в сорока домах "
        "Белоярова восстановлено, сообщил глава города Олег Рябцев.",
        147.0,
    ),
    (
        "ru-beloyarovo-pochta",
        "Отделение почты на Садовой закроют",
        "Почтовое отделение на улице Садовой в Белоярове закроется с 1 февраля, жителей будут "
        "обслуживать на вокзальной почте.",
        22.3,
    ),
    (
        "ru-beloyarovo-pochta",
        "Почту на Садовой закрывают",
        "Клиентов переведут в отделение у вокзала.",
        23.0,
    ),
    (
        "ru-beloyarovo-pochta/ograblenie",
        "Почтовое отделение в Белоярове ограбили",
        "В среду утром мужчина в маске пригрозил ножом оператору почты на Садовой и забрал около"
        " 90 тысяч рублей.",
        50.4,
    ),
    (
        "ru-beloyarovo-pochta/ograblenie",
        "Налёт на почту на Садовой",
        "Грабитель с ножом унёс девяносто тысяч.",
        51.0,
    ),
    (
        "ru-beloyarovo-pochta/ograblenie",
        "Подозреваемого в ограблении почты задержали",
        "Полиция задержала 29-летнего местного жителя, который, по версии следствия, в среду "
        "ограбил отделение на Садовой.",
        57.0,
    ),
    (
        "ru-beloyarovo-kino",
        "В Белоярове после ремонта открылся кинотеатр «Рассвет»",
        "Старый кинотеатр на площади Ленина снова принимает зрителей: зал на 220 мест получил "
        "новые кресла и экран.",
        36.1,
    ),
    (
        "ru-beloyarovo-kino",
        "«Рассвет» снова показывает кино",
        "Кинотеатр открыли после двухлетнего ремонта.",
        36.8,
    ),
    (
        "ru-beloyarovo-kino/protechka",
        "Кинотеатр «Рассвет» закрыли из-за протечки крыши",
        "В субботу во время вечернего сеанса с потолка зала потекла вода от тающего снега, "
        "зрителей вывели, показы отменены.",
        139.4,
    ),
    (
        "ru-beloyarovo-kino/protechka",
        "В «Рассвете» потекла крыша",
        "Сеансы отменены до конца выходных.",
        140.0,
    ),
    (
        "ru-beloyarovo-avtobusy",
        "На маршруты Белоярова вышли электробусы",
        "Шесть новых электробусов начали возить пассажиров по маршрутам №3 и №5; заряжают их в "
        "автобусном парке на Промышленной.",
        60.2,
    ),
    (
        "ru-beloyarovo-avtobusy",
        "Первые электробусы в Белоярове",
        "Шесть машин вышли на линию в среду.",
        60.8,
    ),
    (
        "ru-beloyarovo-avtobusy/pozhar",
        "Пожар в автобусном парке на Промышленной",
        "Вечером в четверг загорелся ремонтный бокс автобусного парка в Белоярове, огонь "
        "уничтожил два старых автобуса.",
        98.2,
    ),
    (
        "ru-beloyarovo-avtobusy/pozhar",
        "В автопарке Белоярова сгорели два автобуса",
        "Пострадавших нет, причину выясняют.",
        98.8,
    ),
    (
        "ru-beloyarovo-avtobusy/pozhar",
        "Электробусы при пожаре не пострадали",
        "Директор автопарка Ирина Глухова заверила, что огонь не дошёл до зарядной станции и "
        "маршруты работают.",
        104.0,
    ),
    (
        "ru-beloyarovo-dtp",
        "Лесовоз опрокинулся на въезде в Белоярово",
        "В четверг утром груженый лесовоз съехал в кювет на трассе у поворота на Белоярово, "
        "водитель госпитализирован.",
        84.3,
    ),
    (
        "ru-beloyarovo-dtp",
        "Лесовоз в кювете у Белоярова",
        "Водитель в больнице, движение затруднено.",
        84.9,
    ),
    (
        "ru-beloyarovo-los",
        "Лось забрёл во двор детского сада",
        "В пятницу утром в Белоярове лось вышел к детскому саду «Солнышко»; детей увели в "
        "здание, животное прогнали охотники.",
        112.2,
    ),
    (
        "ru-beloyarovo-los",
        "Лось у детского сада",
        "Сотрудники увели детей, лося выгнали в лес.",
        112.8,
    ),
    (
        "ru-beloyarovo-sud",
        "Бывшего директора коммунального предприятия осудили",
        "Суд приговорил Виктора Ермолаева к четырём годам колонии за взятку в 600 тысяч рублей "
        "от подрядчика.",
        70.1,
    ),
    (
        "ru-beloyarovo-sud",
        "Ермолаев получил четыре года",
        "Бывший глава водоканала брал взятку.",
        70.7,
    ),
    (
        "ru-beloyarovo-hokkey",
        "«Металлург» из Белоярова выиграл областной турнир",
        "Хоккейная команда обыграла в финале «Сосновку» со счётом 5:3.",
        140.3,
    ),
    (
        "ru-beloyarovo-hokkey",
        "Хоккеисты Белоярова — чемпионы области",
        "Финал с «Сосновкой» завершился 5:3.",
        140.9,
    ),
    (
        "ru-beloyarovo-most",
        "Ремонт моста через Белую затянется до весны",
        "Подрядчик не успел заменить пролёт, и мост в Белоярове останется с одной полосой.",
        152.0,
    ),
    (
        "ru-beloyarovo-most",
        "Мост через Белую не откроют до весны",
        "Подрядчик сорвал сроки.",
        152.6,
    ),
    (
        "ru-beloyarovo-biblioteka",
        "В библиотеке открылась выставка фронтовых писем",
        "Жители передали в городскую библиотеку Белоярова более ста писем своих родных.",
        154.0,
    ),
    # --- German ---
    (
        "de-kirchmaring-baeckerei",
        "Kirchmaringer Bäckerei holt Landespreis",
        "Die Bäckerei Strobl am Marktplatz ist für ihr Dinkelbrot mit dem Landespreis für "
        "Backhandwerk ausgezeichnet worden, der Jury gefiel die lange Teigführung.",
        14.0,
    ),
    (
        "de-kirchmaring-baeckerei",
        "Goldenes Brot für Bäckerei Strobl",
        "Landespreis für das Dinkelbrot aus Kirchmaring.",
        14.6,
    ),
    (
        "de-kirchmaring-baeckerei/brand",
        "Brand in Bäckerei am Marktplatz",
        "In der Backstube der Bäckerei Strobl in Kirchmaring ist am Dienstagnachmittag ein Feuer"
        " ausgebrochen, die Feuerwehr war mit 35 Kräften im Einsatz.",
        40.5,
    ),
    (
        "de-kirchmaring-baeckerei/brand",
        "Feuer in Kirchmaringer Backstube",
        "Die Bäckerei Strobl bleibt vorerst geschlossen.",
        41.1,
    ),
    (
        "de-kirchmaring-baeckerei/brand",
        "Bäckermeister Strobl: Schaden geht in die Hunderttausende",
        "Nach dem Brand in seiner Backstube will Anton Strobl in einem Container weiterbacken, "
        "bis die Öfen ersetzt sind.",
        46.0,
    ),
    (
        "de-kirchmaring-gasthof",
        "Gemeinderat verlängert Konzession für Gasthof Hirschen",
        "Der Gasthof Zum Hirschen in Kirchmaring darf weiter bis 1 Uhr ausschenken, muss aber "
        "die Terrasse um 22 Uhr schließen, beschloss der Gemeinderat.",
        32.0,
    ),
    (
        "de-kirchmaring-gasthof",
        "Hirschen behält die Konzession",
        "Auflagen für die Terrasse beschlossen.",
        32.6,
    ),
    (
        "de-kirchmaring-gasthof/schlaegerei",
        "Schlägerei vor dem Gasthof Zum Hirschen",
        "Bei einer Auseinandersetzung vor dem Gasthof in Kirchmaring sind in der Nacht auf "
        "Sonntag zwei Männer verletzt worden, die Polizei ermittelt.",
        152.3,
    ),
    (
        "de-kirchmaring-gasthof/schlaegerei",
        "Zwei Verletzte nach Prügelei in Kirchmaring",
        "Streit vor dem Hirschen eskaliert.",
        152.9,
    ),
    (
        "de-kirchmaring-unfall",
        "Lkw kippt auf der B 304 bei Kirchmaring um",
        "Ein Sattelzug mit Kies ist am Montagnachmittag auf der Bundesstraße zwischen "
        "Kirchmaring und Oberwang umgestürzt, der Fahrer wurde eingeklemmt.",
        17.3,
    ),
    (
        "de-kirchmaring-unfall",
        "B 304 nach Lkw-Unfall gesperrt",
        "Fahrer eingeklemmt, Umleitung über Oberwang.",
        17.8,
    ),
    (
        "de-kirchmaring-unfall",
        "Fahrer nach Unfall mit Kieslaster außer Lebensgefahr",
        "Der 52-jährige Lkw-Fahrer, der auf der B 304 bei Kirchmaring verunglückte, wird im "
        "Klinikum behandelt; die Straße ist wieder frei.",
        23.0,
    ),
    (
        "de-kirchmaring-unfall",
        "Glätte war Ursache des Kieslaster-Unfalls",
        "Die Polizei geht davon aus, dass überfrierende Nässe den Sattelzug bei Kirchmaring ins "
        "Schleudern brachte, und warnt vor der Kurve bei Oberwang.",
        34.4,
    ),
    (
        "de-kirchmaring-feuerwehrhaus",
        "Neues Feuerwehrhaus für Kirchmaring beschlossen",
        "Der Gemeinderat hat den Neubau für 4,8 Millionen Euro am Ortsrand freigegeben, "
        "Baubeginn soll im Herbst sein.",
        56.2,
    ),
    (
        "de-kirchmaring-feuerwehrhaus",
        "4,8 Mio. Euro für Feuerwehrhaus",
        "Neubau in Kirchmaring freigegeben.",
        56.8,
    ),
    (
        "de-kirchmaring-opferstock",
        "Opferstock aus Kirchmaringer Pfarrkirche gestohlen",
        "Unbekannte haben in St. Michael den Opferstock aus der Wand gebrochen, der Pfarrer "
        "schätzt die Beute auf einige hundert Euro.",
        88.5,
    ),
    (
        "de-kirchmaring-opferstock",
        "Diebe brechen Opferstock auf",
        "Einbruch in der Kirche St. Michael in Kirchmaring.",
        89.1,
    ),
    (
        "de-kirchmaring-gymnasium",
        "Gasgeruch: Gymnasium Kirchmaring geräumt",
        "Wegen eines Lecks an einer Gasleitung im Chemieraum mussten am Freitagvormittag rund "
        "700 Schüler das Gebäude verlassen.",
        104.3,
    ),
    (
        "de-kirchmaring-gymnasium",
        "700 Schüler aus Gymnasium evakuiert",
        "Leck im Chemieraum, niemand verletzt.",
        104.9,
    ),
    (
        "de-kirchmaring-gymnasium",
        "Gymnasium ab Montag wieder offen",
        "Die Stadtwerke haben die undichte Leitung im Chemieraum repariert, der Unterricht am "
        "Gymnasium Kirchmaring läuft nach dem Wochenende normal.",
        109.5,
    ),
    (
        "de-kirchmaring-kandidatin",
        "Sabine Reindl will Bürgermeisterin werden",
        "Die Gemeinderätin der Freien Wähler tritt bei der Wahl im März gegen Amtsinhaber Georg "
        "Huber in Kirchmaring an.",
        155.4,
    ),
    (
        "de-kirchmaring-kandidatin",
        "Reindl fordert Huber heraus",
        "Kandidatur für das Bürgermeisteramt.",
        156.0,
    ),
    (
        "de-kirchmaring-eishockey",
        "EV Kirchmaring dreht Derby gegen Oberwang",
        "Mit drei Toren im Schlussdrittel gewann der EV das Nachbarduell am Samstagabend mit 4:2.",
        141.2,
    ),
    (
        "de-kirchmaring-eishockey",
        "Derbysieg für den EV",
        "4:2 gegen Oberwang nach Rückstand.",
        141.8,
    ),
    (
        "de-kirchmaring-wolf",
        "Wolf reißt Schafe bei Kirchmaring",
        "Ein Landwirt hat auf seiner Weide am Moosberg fünf tote Schafe gefunden, das Landesamt "
        "prüft Spuren eines Wolfs.",
        64.0,
    ),
    (
        "de-kirchmaring-wolf",
        "Fünf Schafe am Moosberg gerissen",
        "Verdacht auf Wolf bei Kirchmaring.",
        64.6,
    ),
    (
        "de-kirchmaring-wolf",
        "DNA bestätigt Wolf am Moosberg",
        "Die Proben von den gerissenen Schafen bei Kirchmaring stammen von einem Wolf, teilte "
        "das Landesamt mit; Schäfer fordern Zäune.",
        101.0,
    ),
    (
        "de-kirchmaring-christkindlmarkt",
        "Christkindlmarkt mit Rekordbesuch",
        "Am zweiten Adventswochenende kamen so viele Besucher wie nie auf den Marktplatz in "
        "Kirchmaring.",
        146.0,
    ),
    # --- French ---
    (
        "fr-montbrisac-bar",
        "Le bar Le Central garde sa licence à Montbrisac",
        "La commission municipale a maintenu la licence du bar de la place de l'Église, à "
        "condition qu'il ferme à minuit et installe un sas anti-bruit.",
        20.2,
    ),
    (
        "fr-montbrisac-bar",
        "Licence maintenue pour Le Central",
        "Fermeture à minuit imposée au bar de Montbrisac.",
        20.8,
    ),
    (
        "fr-montbrisac-bar/bagarre",
        "Rixe devant un bar de Montbrisac : un blessé",
        "Un homme de 31 ans a été blessé à l'arcade sourcilière lors d'une bagarre devant Le "
        "Central, place de l'Église, dans la nuit de vendredi à samedi.",
        126.3,
    ),
    (
        "fr-montbrisac-bar/bagarre",
        "Bagarre nocturne place de l'Église",
        "Un blessé, deux personnes interpellées.",
        126.9,
    ),
    (
        "fr-montbrisac-cinema",
        "Le cinéma Le Vox rouvre ses portes",
        "Fermée depuis l'été pour désamiantage, la salle de Montbrisac a rouvert mardi soir avec"
        " 180 fauteuils neufs et un projecteur laser.",
        44.3,
    ),
    (
        "fr-montbrisac-cinema",
        "Réouverture du Vox à Montbrisac",
        "La salle rénovée accueille de nouveau le public.",
        44.9,
    ),
    (
        "fr-montbrisac-cinema/fuite",
        "Fuite d'eau au Vox, les séances annulées",
        "De l'eau s'est infiltrée par la toiture du cinéma de Montbrisac jeudi après-midi, deux "
        "jours après sa réouverture, et a inondé le bas de la salle.",
        87.2,
    ),
    (
        "fr-montbrisac-cinema/fuite",
        "Le Vox à nouveau fermé",
        "Infiltration par le toit, séances annulées.",
        87.8,
    ),
    (
        "fr-montbrisac-maire",
        "Hélène Castagné élue maire de Montbrisac",
        "Après la démission de Jacques Puybaret, le conseil municipal a élu lundi sa première "
        "adjointe, par 19 voix sur 23.",
        10.0,
    ),
    (
        "fr-montbrisac-maire",
        "Montbrisac a une nouvelle maire",
        "Hélène Castagné élue par le conseil.",
        10.6,
    ),
    (
        "fr-montbrisac-maire/degat-des-eaux",
        "Dégât des eaux à la mairie de Montbrisac",
        "Une canalisation a éclaté dans les combles de l'hôtel de ville vendredi matin, l'état "
        "civil est fermé jusqu'à lundi.",
        106.4,
    ),
    (
        "fr-montbrisac-maire/degat-des-eaux",
        "Mairie de Montbrisac : l'accueil fermé",
        "Une canalisation a cédé dans les combles.",
        107.0,
    ),
    (
        "fr-montbrisac-grange",
        "Une grange en feu près de Montbrisac",
        "Les pompiers luttent depuis 2 heures du matin contre l'incendie d'un bâtiment agricole "
        "au lieu-dit Les Bories.",
        3.1,
    ),
    (
        "fr-montbrisac-grange",
        "Incendie aux Bories",
        "Une grange de 800 m² en flammes.",
        3.7,
    ),
    (
        "fr-montbrisac-grange",
        "300 tonnes de foin parties en fumée aux Bories",
        "L'incendie qui a détruit une grange agricole près de Montbrisac dans la nuit de "
        "dimanche à lundi a mobilisé 40 pompiers ; les bêtes ont été évacuées à temps.",
        11.2,
    ),
    (
        "fr-montbrisac-grange",
        "Les voisins se mobilisent pour l'éleveur des Bories",
        "Des agriculteurs de Montbrisac offrent du fourrage à Pierre Vaissière, dont la grange a"
        " brûlé lundi avec tout son stock d'hiver.",
        28.0,
    ),
    (
        "fr-montbrisac-college",
        "Une enseignante agressée devant le collège Jean-Moulin",
        "Une professeure a été frappée par un parent d'élève devant le collège de Montbrisac "
        "mercredi matin ; l'homme a été placé en garde à vue.",
        58.3,
    ),
    (
        "fr-montbrisac-college",
        "Professeure agressée à Montbrisac",
        "Un parent d'élève en garde à vue.",
        58.9,
    ),
    (
        "fr-montbrisac-accident",
        "Collision frontale sur la RD 12 : trois blessés",
        "Deux voitures se sont percutées jeudi soir sur la départementale entre Montbrisac et "
        "Saint-Jory ; un conducteur est dans un état grave.",
        92.1,
    ),
    (
        "fr-montbrisac-accident",
        "Trois blessés sur la RD 12",
        "Un conducteur dans un état grave.",
        92.7,
    ),
    (
        "fr-montbrisac-accident",
        "Accident de la RD 12 : le conducteur grièvement blessé hors de danger",
        "L'automobiliste de 45 ans transporté à Toulouse après le choc de jeudi près de "
        "Montbrisac n'est plus en danger, selon la gendarmerie.",
        96.5,
    ),
    (
        "fr-montbrisac-papeterie",
        "La papeterie de Montbrisac supprime 65 postes",
        "Le groupe Arvelle va arrêter une des deux machines à papier du site, qui emploie 210 "
        "salariés.",
        67.2,
    ),
    (
        "fr-montbrisac-papeterie",
        "65 emplois menacés à la papeterie",
        "Une machine à papier sera arrêtée.",
        67.8,
    ),
    (
        "fr-montbrisac-papeterie",
        "Les salariés de la papeterie débrayent",
        "Une centaine de salariés ont cessé le travail mercredi soir à Montbrisac après "
        "l'annonce de soixante-cinq suppressions de postes.",
        73.0,
    ),
    (
        "fr-montbrisac-rugby",
        "Montbrisac s'impose dans le derby",
        "Le RC Montbrisac a battu Saint-Jory 18 à 12 samedi, grâce à un essai de son demi de "
        "mêlée à la dernière minute.",
        139.4,
    ),
    (
        "fr-montbrisac-rugby",
        "Derby : le RCM bat Saint-Jory",
        "Victoire 18-12 à domicile.",
        140.0,
    ),
    (
        "fr-montbrisac-marche",
        "Le marché de Noël s'installe sous la halle",
        "Une trentaine d'exposants sont attendus dimanche sous la halle de Montbrisac.",
        158.0,
    ),
    # --- Spanish ---
    (
        "es-villarroble-velocidad",
        "Villarroble limita a 30 la avenida de la Constitución",
        "El pleno aprobó el martes reducir la velocidad máxima en la avenida principal del "
        "pueblo, tras las quejas de los vecinos por los coches que circulan deprisa.",
        38.2,
    ),
    (
        "es-villarroble-velocidad",
        "Límite de 30 en la avenida de la Constitución",
        "El pleno de Villarroble lo aprueba por mayoría.",
        38.8,
    ),
    (
        "es-villarroble-velocidad/choque",
        "Un coche se empotra contra una farola en la avenida de la Constitución",
        "El conductor, un joven de 22 años, resultó herido leve en el accidente ocurrido la "
        "madrugada del miércoles en Villarroble.",
        66.5,
    ),
    (
        "es-villarroble-velocidad/choque",
        "Accidente de madrugada en Villarroble",
        "Un joven herido leve tras chocar con una farola.",
        67.1,
    ),
    (
        "es-villarroble-cine",
        "Reabre el cine Avenida de Villarroble",
        "El único cine del pueblo vuelve a abrir este lunes tras dos años cerrado, gestionado "
        "ahora por una cooperativa de vecinos.",
        8.2,
    ),
    (
        "es-villarroble-cine",
        "El cine Avenida vuelve a proyectar",
        "Lo gestiona una cooperativa vecinal.",
        8.8,
    ),
    (
        "es-villarroble-cine/goteras",
        "Las goteras cierran de nuevo el cine Avenida",
        "La lluvia del viernes entró por la cubierta de la sala de Villarroble y obligó a "
        "suspender las sesiones del fin de semana.",
        114.2,
    ),
    (
        "es-villarroble-cine/goteras",
        "El cine Avenida, otra vez cerrado",
        "Goteras en la sala tras la tormenta.",
        114.8,
    ),
    (
        "es-villarroble-alcaldesa",
        "Pilar Orozco toma posesión como alcaldesa",
        "La concejala socialista asumió el miércoles la alcaldía de Villarroble tras la renuncia"
        " de Ramón Gil por motivos de salud.",
        56.0,
    ),
    (
        "es-villarroble-alcaldesa",
        "Villarroble ya tiene alcaldesa",
        "Pilar Orozco sustituye a Ramón Gil.",
        56.6,
    ),
    (
        "es-villarroble-alcaldesa/inundacion",
        "Se inunda el sótano del Ayuntamiento de Villarroble",
        "La rotura de una tubería anegó el jueves el archivo municipal, donde se guardaban "
        "expedientes desde 1950.",
        82.3,
    ),
    (
        "es-villarroble-alcaldesa/inundacion",
        "Agua en el archivo municipal",
        "Rotura de una tubería en el Ayuntamiento.",
        82.9,
    ),
    (
        "es-villarroble-alcaldesa/inundacion",
        "Voluntarios secan a mano los legajos del archivo",
        "Vecinos de Villarroble ayudan a salvar los documentos dañados por la tubería rota en el"
        " sótano del consistorio.",
        88.0,
    ),
    (
        "es-villarroble-nave",
        "Arde una nave de palés en el polígono de Villarroble",
        "Los bomberos trabajan desde la madrugada del domingo en un incendio en el polígono Los "
        "Llanos, que obligó a cortar la carretera de acceso.",
        148.2,
    ),
    (
        "es-villarroble-nave",
        "Incendio en el polígono Los Llanos",
        "Cortada la carretera de acceso.",
        148.8,
    ),
    (
        "es-villarroble-nave",
        "El fuego destruye por completo la nave de palés",
        "Unos 5.000 palés ardieron en el incendio de Villarroble; la columna de humo se veía a "
        "veinte kilómetros.",
        156.0,
    ),
    (
        "es-villarroble-nave",
        "La nave incendiada no tenía licencia de actividad",
        "El Ayuntamiento de Villarroble abrirá expediente a la empresa propietaria de la nave "
        "quemada en Los Llanos.",
        170.4,
    ),
    (
        "es-villarroble-aceituna",
        "Roban 3.000 kilos de aceituna en Villarroble",
        "Los ladrones varearon de noche los olivos de una finca de la carretera de Baeza y se "
        "llevaron tres toneladas de fruto.",
        90.1,
    ),
    (
        "es-villarroble-aceituna",
        "Robo de aceituna en una finca",
        "Tres toneladas, cosechadas de noche.",
        90.7,
    ),
    (
        "es-villarroble-aceituna",
        "Detenidos dos hombres por el robo de aceituna",
        "La Guardia Civil los sorprendió intentando vender en una almazara la aceituna robada en"
        " Villarroble.",
        110.0,
    ),
    (
        "es-villarroble-colegio",
        "Sin calefacción en el colegio San Isidro",
        "Los alumnos del colegio de Villarroble dieron clase con el abrigo puesto el martes por "
        "una avería en la caldera.",
        26.0,
    ),
    (
        "es-villarroble-colegio",
        "Clases con abrigo en San Isidro",
        "La caldera del colegio sigue averiada.",
        26.6,
    ),
    (
        "es-villarroble-futbol",
        "El CD Villarroble gana al líder",
        "El equipo local venció 2-1 al Atlético Mengíbar con un gol en el minuto 88.",
        143.2,
    ),
    (
        "es-villarroble-futbol",
        "Victoria del Villarroble ante el líder",
        "Gol en el minuto 88 para el 2-1.",
        143.8,
    ),
    (
        "es-villarroble-estafa",
        "Estafan 12.000 euros a una vecina de 80 años",
        "Un falso técnico del banco convenció por teléfono a una jubilada de Villarroble para "
        "que le diera sus claves.",
        157.4,
    ),
    (
        "es-villarroble-estafa",
        "Timo telefónico a una jubilada",
        "Le roban doce mil euros con un falso aviso del banco.",
        158.0,
    ),
    (
        "es-villarroble-belen",
        "Inaugurado el belén viviente",
        "Más de cien vecinos participan este año en el belén viviente de Villarroble.",
        162.0,
    ),
    # --- Italian ---
    (
        "it-casalvento-posta",
        "Casalvento, l'ufficio postale di via Roma chiuderà",
        "Dal primo febbraio lo sportello del centro storico sarà chiuso e i servizi passeranno "
        "all'ufficio della frazione Borgonuovo, ha comunicato l'azienda.",
        16.2,
    ),
    (
        "it-casalvento-posta",
        "Chiude la posta di via Roma",
        "I servizi si spostano a Borgonuovo.",
        16.8,
    ),
    (
        "it-casalvento-posta/rapina",
        "Rapina all'ufficio postale di via Roma",
        "Un uomo con il volto coperto ha minacciato l'impiegata con un taglierino martedì sera e"
        " si è fatto consegnare 4.000 euro, poi è fuggito a piedi.",
        46.3,
    ),
    (
        "it-casalvento-posta/rapina",
        "Rapinata la posta di Casalvento",
        "Bottino di quattromila euro, caccia al bandito.",
        46.9,
    ),
    (
        "it-casalvento-rsa",
        "Controllo dei Nas alla Rsa Villa Serena: tutto in regola",
        "I carabinieri hanno ispezionato la residenza per anziani di Casalvento senza trovare "
        "irregolarità nella cucina né nei registri dei farmaci.",
        24.5,
    ),
    (
        "it-casalvento-rsa",
        "Villa Serena promossa dai Nas",
        "Nessuna irregolarità nella Rsa di Casalvento.",
        25.1,
    ),
    (
        "it-casalvento-rsa/scomparso",
        "Anziano si allontana dalla Rsa, ricerche nella notte",
        "Un ospite di 88 anni di Villa Serena è uscito dalla struttura di Casalvento sabato "
        "pomeriggio; lo cercano vigili del fuoco e protezione civile.",
        134.0,
    ),
    (
        "it-casalvento-rsa/scomparso",
        "Casalvento, cercasi ospite di Villa Serena",
        "Ha 88 anni, è uscito sabato pomeriggio.",
        134.6,
    ),
    (
        "it-casalvento-rsa/scomparso",
        "Ritrovato l'anziano uscito da Villa Serena",
        "L'uomo era in un casolare a tre chilometri da Casalvento, infreddolito ma in buone "
        "condizioni.",
        142.0,
    ),
    (
        "it-casalvento-sindaco",
        "Il nuovo sindaco di Casalvento si insedia",
        "Marco Lanfranchi ha giurato martedì nella sala del consiglio comunale e ha presentato "
        "la giunta, che ha tre assessori nuovi su cinque.",
        34.2,
    ),
    (
        "it-casalvento-sindaco",
        "Lanfranchi giura da sindaco",
        "Il sindaco ha presentato anche la giunta, che è tutta della lista civica.",
        34.8,
    ),
    (
        "it-casalvento-sindaco/allagamento",
        "Acqua nel municipio di Casalvento",
        "La rottura di un tubo al primo piano ha allagato gli uffici dell'anagrafe domenica; "
        "lunedì gli sportelli resteranno chiusi.",
        154.3,
    ),
    (
        "it-casalvento-sindaco/allagamento",
        "Allagati gli uffici dell'anagrafe",
        "Lunedì sportelli chiusi in municipio.",
        154.9,
    ),
    (
        "it-casalvento-frana",
        "Frana sulla provinciale per Casalvento",
        "Massi e fango hanno invaso la strada provinciale 41 nella notte tra venerdì e sabato, "
        "il paese è raggiungibile solo da nord.",
        122.0,
    ),
    (
        "it-casalvento-frana",
        "Casalvento, strada chiusa per frana",
        "La Sp 41 è bloccata dai massi.",
        122.6,
    ),
    (
        "it-casalvento-frana",
        "Frana, il sindaco: serve una strada alternativa",
        "Dopo lo smottamento sulla Sp 41 gli abitanti della frazione Pietralunga sono rimasti "
        "isolati, e il primo cittadino di Casalvento chiede fondi alla Regione.",
        130.5,
    ),
    (
        "it-casalvento-frana",
        "Riaperta a senso unico la Sp 41",
        "I tecnici della Provincia hanno liberato una corsia della strada colpita dalla frana, "
        "il senso unico alternato resterà almeno un mese.",
        155.0,
    ),
    (
        "it-casalvento-truffa",
        "Falso carabiniere truffa due anziani",
        "A Casalvento un uomo si è fatto consegnare gioielli e contanti per una finta cauzione "
        "per il figlio.",
        68.0,
    ),
    (
        "it-casalvento-truffa",
        "Truffa del finto carabiniere",
        "Colpiti due coniugi anziani di Casalvento.",
        68.6,
    ),
    (
        "it-casalvento-calcio",
        "Il Casalvento pareggia nel derby",
        "Finisce 1-1 la sfida con la Virtus Pietrasanta, decide un rigore nel recupero.",
        159.4,
    ),
    (
        "it-casalvento-calcio",
        "Derby in parità per il Casalvento",
        "Rigore nel recupero per l'1-1.",
        160.0,
    ),
    (
        "it-casalvento-scuola",
        "Amianto nella palestra, chiusa la scuola media",
        "Durante i lavori sul tetto della palestra della media Dante Alighieri sono state "
        "trovate lastre di amianto; le lezioni proseguono nelle aule del liceo.",
        86.2,
    ),
    (
        "it-casalvento-scuola",
        "Scuola media di Casalvento, palestra chiusa",
        "Trovate lastre di amianto nel tetto.",
        86.8,
    ),
    (
        "it-casalvento-scuola",
        "Amianto, i genitori chiedono analisi dell'aria",
        "Un comitato di famiglie della media di Casalvento vuole conoscere i risultati prima del"
        " rientro in palestra.",
        93.0,
    ),
    (
        "it-casalvento-incidente",
        "Scontro tra auto e trattore, ferito un agricoltore",
        "L'incidente è avvenuto venerdì alle porte di Casalvento; l'uomo, di 67 anni, è stato "
        "portato in elisoccorso all'ospedale.",
        116.4,
    ),
    (
        "it-casalvento-incidente",
        "Trattore ribaltato a Casalvento",
        "Ferito il conducente, trasportato in elicottero.",
        117.0,
    ),
    (
        "it-casalvento-presepe",
        "Il presepe di ghiaccio torna in piazza",
        "Dopo tre anni di pausa la piazza di Casalvento ospita di nuovo le statue scolpite nel "
        "ghiaccio.",
        156.0,
    ),
    # --- Portuguese ---
    (
        "pt-azenhal-padaria",
        "Padaria de Azenhal ganha prémio nacional",
        "A padaria Flor do Vale, no largo da igreja, venceu o concurso nacional de pão de milho "
        "com uma broa cozida em forno a lenha.",
        18.4,
    ),
    (
        "pt-azenhal-padaria",
        "Broa de Azenhal é a melhor do país",
        "Flor do Vale vence o concurso nacional.",
        19.0,
    ),
    (
        "pt-azenhal-padaria/incendio",
        "Incêndio destrói forno da padaria Flor do Vale",
        "As chamas começaram na sexta-feira de madrugada no forno a lenha da padaria de Azenhal;"
        " os bombeiros evitaram que o fogo chegasse às casas vizinhas.",
        102.4,
    ),
    (
        "pt-azenhal-padaria/incendio",
        "Fogo na padaria do largo da igreja",
        "Forno destruído, sem feridos.",
        103.0,
    ),
    (
        "pt-azenhal-autocarros",
        "Azenhal recebe os primeiros autocarros elétricos",
        "A câmara apresentou na quarta-feira quatro autocarros elétricos que vão fazer as linhas"
        " urbanas e carregam no parque da Rua do Moinho.",
        48.6,
    ),
    (
        "pt-azenhal-autocarros",
        "Quatro elétricos nas linhas de Azenhal",
        "Carregamento no parque da Rua do Moinho.",
        49.2,
    ),
    (
        "pt-azenhal-autocarros/incendio",
        "Fogo no parque de autocarros da Rua do Moinho",
        "Um incêndio numa oficina do parque de autocarros de Azenhal destruiu uma carrinha de "
        "manutenção na noite de sábado.",
        141.5,
    ),
    (
        "pt-azenhal-autocarros/incendio",
        "Incêndio na garagem dos autocarros",
        "Uma carrinha ardeu na Rua do Moinho.",
        142.1,
    ),
    (
        "pt-azenhal-cheias",
        "Rio Azenha transborda e inunda baixa de Azenhal",
        "A água entrou em lojas e garagens da rua Direita durante a manhã de quinta-feira, "
        "depois de uma noite de chuva intensa.",
        78.0,
    ),
    (
        "pt-azenhal-cheias",
        "Cheia na baixa de Azenhal",
        "Rua Direita alagada, lojas com água.",
        78.6,
    ),
    (
        "pt-azenhal-cheias",
        "Comerciantes contam prejuízos da cheia",
        "Na rua Direita há lojas com meio metro de lama; a câmara de Azenhal promete apoio para "
        "a limpeza.",
        84.5,
    ),
    (
        "pt-azenhal-cheias",
        "Câmara pede estado de calamidade para Azenhal",
        "O presidente da câmara, Nuno Serrão, quer ajudas do Governo para reparar os estragos da"
        " cheia do rio Azenha.",
        100.0,
    ),
    (
        "pt-azenhal-multibanco",
        "Assaltantes rebentam multibanco em Azenhal",
        "Uma explosão acordou os moradores da avenida da Liberdade às quatro da manhã de "
        "segunda-feira; os autores fugiram num carro escuro.",
        6.0,
    ),
    (
        "pt-azenhal-multibanco",
        "Explosão em caixa multibanco",
        "Avenida da Liberdade acordou com o estrondo.",
        6.6,
    ),
    (
        "pt-azenhal-multibanco",
        "GNR procura carro usado no assalto ao multibanco",
        "A viatura em que fugiram os assaltantes de Azenhal terá sido roubada em Viseu na véspera.",
        20.0,
    ),
    (
        "pt-azenhal-escola",
        "Obras na escola básica atrasadas",
        "A requalificação da escola básica de Azenhal só termina no verão e os alunos continuam "
        "em contentores.",
        150.4,
    ),
    (
        "pt-azenhal-escola",
        "Alunos de Azenhal mais meses em contentores",
        "Obras na escola atrasam.",
        151.0,
    ),
    (
        "pt-azenhal-atropelamento",
        "Idosa atropelada na passadeira em Azenhal",
        "Uma mulher de 79 anos foi colhida por um carro na avenida da Liberdade na quarta-feira "
        "ao fim da tarde e levada para o hospital.",
        60.3,
    ),
    (
        "pt-azenhal-atropelamento",
        "Atropelamento na avenida da Liberdade",
        "Mulher de 79 anos hospitalizada.",
        60.9,
    ),
    (
        "pt-azenhal-atropelamento",
        "Moradores pedem semáforo na passadeira",
        "Depois do atropelamento de quarta-feira, vizinhos da avenida em Azenhal recolhem "
        "assinaturas.",
        66.0,
    ),
    (
        "pt-azenhal-futebol",
        "Azenhal vence e sobe ao segundo lugar",
        "O Grupo Desportivo de Azenhal ganhou por 3-0 ao Vilar Seco e está a dois pontos do líder.",
        142.0,
    ),
    (
        "pt-azenhal-futebol",
        "Três golos do Azenhal",
        "Vitória sobre o Vilar Seco.",
        142.6,
    ),
    (
        "pt-azenhal-centro-saude",
        "Centro de saúde de Azenhal sem médico à tarde",
        "Com a saída de uma médica de família, o centro de saúde deixa de atender à tarde a "
        "partir de janeiro.",
        90.2,
    ),
    (
        "pt-azenhal-centro-saude",
        "Menos horas no centro de saúde",
        "Sem consultas à tarde desde janeiro.",
        90.8,
    ),
    (
        "pt-azenhal-javalis",
        "Javalis passeiam pelo bairro da Estação",
        "Moradores de Azenhal filmaram uma manada de javalis a revirar caixotes do lixo durante "
        "a noite.",
        118.3,
    ),
    (
        "pt-azenhal-javalis",
        "Javalis no bairro da Estação",
        "Vizinhos filmam manada junto aos caixotes.",
        118.9,
    ),
    (
        "pt-azenhal-feira",
        "Feira do fumeiro com mais expositores",
        "A feira de Azenhal tem este ano quarenta produtores de enchidos.",
        164.0,
    ),
    # --- Dutch ---
    (
        "nl-wijkerveen-30km",
        "Wijkerveen voert 30 kilometer in op de Dorpsstraat",
        "De gemeenteraad heeft dinsdagavond besloten de maximumsnelheid op de Dorpsstraat te "
        "verlagen, omdat veel kinderen er naar school fietsen.",
        42.3,
    ),
    (
        "nl-wijkerveen-30km",
        "Dertig kilometer op de Dorpsstraat",
        "Raad van Wijkerveen stemt in.",
        42.9,
    ),
    (
        "nl-wijkerveen-30km/ongeluk",
        "Auto ramt gevel op de Dorpsstraat",
        "Een automobilist is woensdagmiddag op de Dorpsstraat in Wijkerveen tegen de gevel van "
        "een kapsalon gereden; er raakte niemand gewond.",
        62.1,
    ),
    (
        "nl-wijkerveen-30km/ongeluk",
        "Auto in gevel van kapsalon",
        "Geen gewonden bij ongeluk in Wijkerveen.",
        62.7,
    ),
    (
        "nl-wijkerveen-zorgcentrum",
        "Inspectie positief over zorgcentrum De Wilgenhof",
        "Het verpleeghuis in Wijkerveen krijgt lof voor de aandacht voor bewoners met dementie, "
        "staat in een rapport van de inspectie.",
        50.5,
    ),
    (
        "nl-wijkerveen-zorgcentrum",
        "Goed rapport voor De Wilgenhof",
        "Inspectie tevreden over het verpleeghuis.",
        51.1,
    ),
    (
        "nl-wijkerveen-zorgcentrum/vermist",
        "Bewoner van De Wilgenhof vermist",
        "Een 81-jarige man met dementie is donderdagochtend niet teruggekeerd van een wandeling;"
        " politie en drones zoeken in de polder rond Wijkerveen.",
        81.0,
    ),
    (
        "nl-wijkerveen-zorgcentrum/vermist",
        "Zoektocht naar vermiste man (81)",
        "Hij woont in zorgcentrum De Wilgenhof.",
        81.6,
    ),
    (
        "nl-wijkerveen-zorgcentrum/vermist",
        "Vermiste bewoner De Wilgenhof terecht",
        "De 81-jarige man is donderdagmiddag gevonden bij een boerderij aan de Zuiderweg, hij "
        "was onderkoeld maar aanspreekbaar.",
        86.2,
    ),
    (
        "nl-wijkerveen-bussen",
        "Eerste elektrische bussen rijden in Wijkerveen",
        "Vervoerder Veenlijn heeft maandag tien elektrische bussen in gebruik genomen, die laden"
        " in de stalling aan de Havenweg.",
        12.0,
    ),
    (
        "nl-wijkerveen-bussen",
        "Tien e-bussen voor Wijkerveen",
        "Ze laden aan de Havenweg.",
        12.6,
    ),
    (
        "nl-wijkerveen-bussen/brand",
        "Brand in busstalling aan de Havenweg",
        "Zondagochtend is brand uitgebroken in een werkplaats van de busstalling in Wijkerveen; "
        "de rook was in het hele dorp te ruiken.",
        148.0,
    ),
    (
        "nl-wijkerveen-bussen/brand",
        "Rook boven busstalling Wijkerveen",
        "Brand in werkplaats aan de Havenweg.",
        148.6,
    ),
    (
        "nl-wijkerveen-boerderij",
        "Grote brand verwoest boerderij in Wijkerveen",
        "Bij een brand aan de Zuiderweg is maandagavond een stal met tweehonderd varkens in "
        "vlammen opgegaan, de boer kon zelf op tijd weg.",
        22.0,
    ),
    (
        "nl-wijkerveen-boerderij",
        "Stal in vlammen aan de Zuiderweg",
        "Brandweer met groot materieel ter plaatse.",
        22.6,
    ),
    (
        "nl-wijkerveen-boerderij",
        "Boer Van der Kolk: ik heb alles verloren",
        "De veehouder uit Wijkerveen wiens stal maandag afbrandde, wil toch doorgaan en zijn "
        "bedrijf opnieuw opbouwen.",
        30.0,
    ),
    (
        "nl-wijkerveen-dijk",
        "Dijkversterking bij Wijkerveen begint in maart",
        "Het waterschap gaat vier kilometer dijk ophogen, het fietspad op de kruin is twee jaar "
        "dicht.",
        86.0,
    ),
    (
        "nl-wijkerveen-dijk",
        "Fietspad op de dijk twee jaar dicht",
        "Werk aan de dijk begint in het voorjaar.",
        86.6,
    ),
    (
        "nl-wijkerveen-snackbar",
        "Overval op snackbar in Wijkerveen",
        "Twee mannen met een mes hebben vrijdagavond de kassa van een snackbar aan het "
        "Marktplein leeggehaald.",
        116.2,
    ),
    (
        "nl-wijkerveen-snackbar",
        "Snackbar aan het Marktplein overvallen",
        "Twee daders met een mes zijn op de vlucht.",
        116.8,
    ),
    (
        "nl-wijkerveen-snackbar",
        "Politie houdt verdachte aan voor overval op snackbar",
        "Een 19-jarige jongen uit Wijkerveen is zaterdag opgepakt voor de overval van vrijdag.",
        130.0,
    ),
    (
        "nl-wijkerveen-zwembad",
        "Gemeenteraad redt zwembad De Veenhoek",
        "Het overdekte zwembad in Wijkerveen blijft open, de raad trekt er de komende tien jaar "
        "geld voor uit.",
        96.3,
    ),
    (
        "nl-wijkerveen-zwembad",
        "Zwembad De Veenhoek blijft open",
        "Raad van Wijkerveen trekt geld uit.",
        96.9,
    ),
    (
        "nl-wijkerveen-explosie",
        "Explosie bij voordeur van woning in Wijkerveen",
        "Een explosief heeft in de nacht van vrijdag op zaterdag de voordeur van een huis aan de"
        " Lindelaan vernield.",
        122.2,
    ),
    (
        "nl-wijkerveen-explosie",
        "Voordeur opgeblazen aan de Lindelaan",
        "Niemand is gewond geraakt en de politie zoekt getuigen.",
        122.8,
    ),
    (
        "nl-wijkerveen-explosie",
        "Bewoners Lindelaan geschrokken na explosie",
        "Buren vertellen dat het de tweede keer dit jaar is dat er in hun straat in Wijkerveen "
        "iets ontploft.",
        129.5,
    ),
    (
        "nl-wijkerveen-schaatsbaan",
        "IJsbaan op het Marktplein open",
        "De kunstijsbaan in Wijkerveen is zaterdag geopend voor de winter.",
        136.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a bakery's prize and a fire in the same bakery days later": (
        "en-dunstowe-bakery-prize/fire",
        "de-kirchmaring-baeckerei/brand",
        "pt-azenhal-padaria/incendio",
    ),
    "a road's speed limit cut and a crash on the same road days later": (
        "en-dunstowe-speedlimit/crash",
        "es-villarroble-velocidad/choque",
        "nl-wijkerveen-30km/ongeluk",
    ),
    "a post office's closure announced and a robbery at the same post office days later": (
        "en-wendleford-postoffice/robbery",
        "ru-beloyarovo-pochta/ograblenie",
        "it-casalvento-posta/rapina",
    ),
    "a pub's or bar's licence decision and a fight outside the same pub days later": (
        "en-dunstowe-pub-licence/fight",
        "de-kirchmaring-gasthof/schlaegerei",
        "fr-montbrisac-bar/bagarre",
    ),
    "a care home's good inspection and a resident missing from the same care home days later": (
        "en-wendleford-carehome/missing",
        "it-casalvento-rsa/scomparso",
        "nl-wijkerveen-zorgcentrum/vermist",
    ),
    "a cinema's reopening and a roof leak closing the same cinema days later": (
        "ru-beloyarovo-kino/protechka",
        "fr-montbrisac-cinema/fuite",
        "es-villarroble-cine/goteras",
    ),
    "a bus depot's first electric buses and a fire at the same depot days later": (
        "ru-beloyarovo-avtobusy/pozhar",
        "pt-azenhal-autocarros/incendio",
        "nl-wijkerveen-bussen/brand",
    ),
    "a new mayor taking office and water flooding the same town hall days later": (
        "fr-montbrisac-maire/degat-des-eaux",
        "es-villarroble-alcaldesa/inundacion",
        "it-casalvento-sindaco/allagamento",
    ),
}
