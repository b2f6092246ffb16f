"""A fifty-first check set for story merging, written blind, with publication times, scored once.

Written in the format of round 50: items are (story, title, lead, hours), `hours` being when the
item was published, in hours after the set's start (a Monday, 00:00), so the merging's 48-hour
window decides as in production. It is one general-news week in mid-September (Monday 14 to Sunday
20 September) as a reader's front-page feeds carry it, everything mixed: national politics and
elections (manifestos, a by-election, a budget day, televised debates, a party conference, a
regional vote, a mayoral runoff), business and jobs (closures, rescues, job cuts, new plants,
bankruptcies, jobless figures, a rate decision), weather and disasters (a storm, cloudbursts, a
Mediterranean downpour, forest and moorland fires, an early snowfall, a landslip), crime and courts
(raids, stabbings, robberies, acquittals, sentences), health and schools (outbreaks, closures of
maternity units, strikes, the first days of term), sport results and science. It runs at front-page
density: 43, 51, 50, 46, 41, 43 and 42 items from Monday to Sunday, spanning 3.5 to 166.0 hours. It
holds 316 items under 144 labels: 120 stories and 24 hard negatives; 47 labels in English (107
items), 16 in German (36 items), 15 in Spanish (33 items), 14 in French (34 items) and Italian (29
items), 13 in Russian (27 items) and Dutch (26 items), and 12 in Portuguese (24 items). Big stories
are carried by two to four outlets over a day (a wire flash or teaser first, then a fuller page, a
quote-led or reaction piece hours later that names the event only by its place, its actor or one
detail: 'It's the heart of the high street': Colnebury shoppers mourn loss of landmark, „Ein Schlag
ins Gesicht“: Belegschaft in Ebersfelde fassungslos, « Vous n'avez jamais mis les pieds dans une
usine » : la pique qui a marqué la soirée, «Я два года ждал этого дня»: Сурин вышел на свободу),
and seventeen of them have a follow-up with a new fact 16 to 25 hours after the first copy (the new
housing minister, the loan to the Kilverton buyer, the storm's death in Pendlecombe, the moor fire
set on purpose, the nine charged after the Colnebury raids, the measles spreading to a kindergarten
in Ключегорск, the Land's help for Ebersfelde, the hail damage in Niederwallach, the farmer held
over the Roquebrac fire, the glassworkers' blockade, the camper found dead near Combemale, the
Almendrejo fire stabilised, Benialtet's disaster-zone request, the legionella death, the Levante
downpour after the red alert, the Montemalhão suspect, the bidders for Van Heeckeren). 93 labels
have two copies, 32 three, 5 four, and 14 stories are told by one outlet. 128 stories and hard
negatives have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Three fall within the window: a
televised election debate and the campaign office of one of its candidates vandalised the same
night (the Gironde by-election's Pontcharreau office, Cantabria Primero's office in Puente Salcedo,
Mendonça Leal's office in Castro Alvar; 3 to 9 hours apart); a school's first day of term in a new
or rebuilt building and a bus carrying its pupils crashing the next morning (Gräfenmoor, Pieve di
Varzo, São Bento do Lameiro; 23 to 24.5 hours); a football club's sponsorship deal and a fine on
the same club over its fans' flares or fireworks (Villamoraña, Sanfelizzo, FC Oosterkamp; 26 to 45
hours). Two straddle it: a party's election programme presented and one of its candidates
withdrawing over old posts or messages (Neue Mitte a day later, 28 hours; Hearthstone and Nieuw
Verbond two and three days later, 53 and 71 hours); an archaeological find announced at a dig and
looters digging up the same site (Marnilly and the Ключегорск kurgan a day or two later, 42 and 26
hours; Hollenbrügge three days later, 72 hours). Three fall days later, beyond it: a retail chain
announcing shop closures and the same chain opening a new flagship shop (Caddick & Vane in
Fernhallow, Casa Biancardi in Montecalvo Brenta, «Домовёнок» in Сосновогорск; 72 to 72.5 hours); a
forest fire and a fatal hunting accident in the same forest or hills (Roquebrac, the sierra de
Almendrejo, the serra de Montemalhão; 66 to 140 hours); a defendant acquitted by a court and the
same person arrested over a new offence (Dean Harrop, Hennie Stoopman, Олег Сурин; 65 to 73 hours).
Twelve hard negatives fall within 48 hours of their story, twelve beyond it.

The week also stresses what a general front page really carries side by side: the same towns,
firms, courts, parties and clubs in several separate stories. Fernhallow has a takeaway murder
sentence, a department store opening, a derby defeat, a boxing champion, a nightclub stabbing and
the governing party's conference; Kilverton a steelworks rescue, a manifesto launch, robotic
surgery, a derby win and a bypass crash; Colnebury dawn raids, an acquittal and a road-rage arrest,
a store closure and an exoplanet study; Marrowby a by-election, an asbestos closure, a missing
schoolgirl and a moor fire; Thornhaugh a derailment, a prison stabbing, a brewery sale, a
cash-machine raid and a withdrawn candidate; Sealcombe Bay a cloudburst, a GP surgery closing and a
rugby coach sacked; Pendlecombe a storm death, a landslip and a fossil. Sandhagen, Hollenbrügge,
Ebersfelde, Pontcharreau, Vaubrecourt, Villamoraña, Puente Salcedo, Sanfelizzo, Montecalvo Brenta,
Castro Alvar, Hoogmeden, Ключегорск, Сосновогорск and Краснотал each carry three to six stories;
several parties publish plans, several courts hand down verdicts, several clubs play, several fires
burn and several elections are held.

What "same story" means here: one event (one vote, one result, one announcement, one closure or
opening, one crash, fire, storm or flood from its warning to its damage, one raid, one verdict or
sentence, one match, one study or find) in that event's news cycle, including a follow-up with a
new fact the next day (a successor named, a suspect held, a death, a damage estimate, a bidder).
Not the same story: another event of the same kind or at the same place or with the same actor,
even one that names the first as background. A label with a suffix after a slash is a hard negative
of the story before the slash (categories in `HARD_NEGATIVES`). No story has more than four copies,
and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, parties, firms, clubs, towns and venues are invented here; real places and bodies appear
only as backdrop (Birmingham, Leeds, the Commons, Downing Street, the Bank of England, the Office
for National Statistics, the UK Health Security Agency, Network Rail, the James Webb Space
Telescope, IG Metall, the Regionalliga, the Gironde, the Var, the Gard, the Marne, the Cantal,
Bercy, Météo-France, Cantabria, Cáceres, Castellón, Madrid, the Picos de Europa, the Guardia Civil,
Liguria, Genoa, Apulia and Bari, Ogliastra, Serie C, Viseu, the Azores, the PSP and the GNR, the
Miljoenennota, the KNVB, Texel and the Wadden Sea, Поволжье and Алтай).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 50's docstring and first lines and its HARD_NEGATIVES
block were read for the format only; earlier sets were only compared by script for clashing labels,
texts, names and categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round51`. Once its errors have been read it is no longer a clean check:
say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-sep-hearthstone-manifesto",
        "Hearthstone pledges free buses for under-22s in Greyfell",
        "The party's mayoral manifesto also promises 5,000 council homes by 2030.",
        10.0,
    ),
    (
        "en-sep-hearthstone-manifesto",
        "Hearthstone launches Greyfell mayoral manifesto with transport and housing promises",
        "Launching the party's programme in Kilverton on Monday, candidate Ruth Okafor-Adair said "
        "free fares for young people would be paid for by a levy on workplace parking across the "
        "combined authority.",
        11.5,
    ),
    (
        "en-sep-hearthstone-manifesto",
        "'We can't keep pricing young people off the buses,' says Okafor-Adair",
        "The Hearthstone hopeful for Greyfell mayor set out a 40-page plan that she said would "
        "'put the region back on the move', and dismissed claims that a parking levy would drive "
        "employers away.",
        15.0,
    ),
    (
        "en-sep-hearthstone-manifesto/candidate-quits",
        "Hearthstone council candidate stands down over old posts",
        "Gavin Tredgold had been due to contest the Thornhaugh East by-election.",
        63.0,
    ),
    (
        "en-sep-hearthstone-manifesto/candidate-quits",
        "Thornhaugh East hopeful Gavin Tredgold withdraws after offensive messages resurface",
        "The party's candidate apologised on Wednesday after screenshots of posts he wrote in "
        "2017 about Travellers were shared online; the party said it had accepted his withdrawal "
        "and would not field a replacement.",
        65.5,
    ),
    (
        "en-sep-marrowby-by-election",
        "Civic Party holds Marrowby",
        "Majority cut to 1,870 on a turnout of 34%.",
        98.5,
    ),
    (
        "en-sep-marrowby-by-election",
        "Civic Party clings on in Marrowby as Heartland surge slashes majority",
        "Joanna Petrakis won the seat with 14,212 votes after a count at Marrowby Leisure Centre "
        "that ran past 2am, with the Heartland Party's candidate second, nearly 9,000 votes up on "
        "the last general election.",
        99.5,
    ),
    (
        "en-sep-marrowby-by-election",
        "'A warning we have to heed': new MP on her narrow win",
        "Joanna Petrakis told supporters her party had 'taken nothing for granted and still "
        "nearly lost' as she promised to fight the planned closure of the town's maternity unit.",
        104.0,
    ),
    (
        "en-sep-marrowby-by-election",
        "Heartland leader says Thursday's vote proves 'we can win anywhere'",
        "Fresh from coming within 1,870 votes of taking the Marrowby seat, the insurgents said "
        "they would now target a dozen Civic-held constituencies at the next general election.",
        108.0,
    ),
    (
        "en-sep-fuel-duty-freeze",
        "Fuel duty frozen for another year, Chancellor confirms",
        "Graham Illingworth said the freeze would cost the Treasury £2.4bn.",
        34.0,
    ),
    (
        "en-sep-fuel-duty-freeze",
        "Illingworth keeps levy on petrol and diesel on hold in pre-budget move",
        "The Chancellor told a business audience in Birmingham that the 5p cut would stay until "
        "next September, a decision motoring groups welcomed and environmental campaigners called "
        "a step backwards.",
        35.5,
    ),
    (
        "en-sep-fuel-duty-freeze",
        "Hauliers welcome 'breathing space' on pump prices",
        "Freight operators said Tuesday's decision would save a typical 40-tonne lorry about "
        "£1,200 a year, though they warned that drivers' wages and insurance were still rising "
        "far faster.",
        40.0,
    ),
    (
        "en-sep-housing-minister-resigns",
        "Housing minister Alan Treharne resigns",
        "He quit hours after emails about a developer's donation emerged.",
        64.0,
    ),
    (
        "en-sep-housing-minister-resigns",
        "Treharne quits over developer emails",
        "The minister stepped down on Wednesday afternoon after a newspaper published messages in "
        "which he appeared to promise a property firm a meeting on planning rules weeks after it "
        "gave £50,000 to his local party.",
        65.5,
    ),
    (
        "en-sep-housing-minister-resigns",
        "Downing Street names new housing minister as standards inquiry opens",
        "Former whip Sunita Varma takes the job, and the ethics adviser confirmed on Thursday "
        "that he would still examine whether her predecessor broke the ministerial code.",
        85.0,
    ),
    (
        "en-sep-rail-fares-cap",
        "MPs back cap on regulated rail fare rises",
        "The Commons voted 312 to 251 on Tuesday evening to limit next year's rise in season "
        "tickets and off-peak returns to the rate of inflation, defeating an amendment that would "
        "have frozen them.",
        44.0,
    ),
    (
        "en-sep-rail-fares-cap",
        "Season-ticket rise to be held to inflation after Commons vote",
        "Commuters face an increase of no more than 3.1% in January.",
        45.0,
    ),
    (
        "en-sep-greyfell-poll",
        "Poll puts Greyfell mayoral race neck and neck",
        "A survey of 1,200 voters for the Greyfell Echo gives Hearthstone's Ruth Okafor-Adair 34% "
        "and the Civic Party's sitting mayor Derek Mottram 33%, with six weeks to polling day.",
        127.0,
    ),
    (
        "en-sep-caddick-vane-closures",
        "Caddick & Vane to shut 14 department stores",
        "About 1,100 jobs are at risk, the retailer said.",
        7.5,
    ),
    (
        "en-sep-caddick-vane-closures",
        "Department store chain Caddick & Vane to close 14 branches with 1,100 jobs at risk",
        "The 160-year-old retailer said on Monday that shops including Colnebury, Sealcombe Bay "
        "and Thornhaugh would shut by January as shoppers moved online and business rates rose.",
        9.0,
    ),
    (
        "en-sep-caddick-vane-closures",
        "'It's the heart of the high street': Colnebury shoppers mourn loss of landmark",
        "Traders fear that losing the five-storey shop on Bridge Street, open since 1931, will "
        "leave a hole at the centre of the town.",
        13.5,
    ),
    (
        "en-sep-caddick-vane-closures/fernhallow-flagship",
        "Caddick & Vane opens new-look Fernhallow store",
        "The retailer's smaller format has a café and a click-and-collect desk.",
        80.0,
    ),
    (
        "en-sep-caddick-vane-closures/fernhallow-flagship",
        "Caddick & Vane bets on smaller shops as Fernhallow branch opens its doors",
        "The department store group opened a 30,000 sq ft shop in the Fernhallow Quays centre on "
        "Thursday, creating 85 jobs, and said it would test the format before deciding where to "
        "open more.",
        82.5,
    ),
    (
        "en-sep-jobless-rate",
        "UK jobless rate rises to 4.9%",
        "Official figures show the highest unemployment in nearly a decade.",
        31.0,
    ),
    (
        "en-sep-jobless-rate",
        "Unemployment climbs as employers cut hiring and vacancies fall again",
        "The Office for National Statistics said the number of people out of work rose by 94,000 "
        "in the three months to July, while payrolled jobs fell for a fourth month and pay growth "
        "slowed to 4.6%.",
        32.0,
    ),
    (
        "en-sep-jobless-rate",
        "Labour market 'cooling faster than expected', economists warn",
        "Tuesday's figures strengthen the case for an interest rate cut, analysts said, though "
        "wage growth remains above inflation.",
        35.0,
    ),
    (
        "en-sep-kilverton-steelworks",
        "Buyer found for Kilverton steelworks, saving 800 jobs",
        "Marsk Metals will take over the plant from administrators, it was announced on "
        "Wednesday, ending months of uncertainty for workers at the town's last blast furnace.",
        57.0,
    ),
    (
        "en-sep-kilverton-steelworks",
        "Kilverton plant rescued",
        "Marsk deal keeps the furnace lit.",
        58.0,
    ),
    (
        "en-sep-kilverton-steelworks",
        "'We can finally plan Christmas': relief at the works gates",
        "Steelworkers coming off the early shift in Kilverton said news of the sale had lifted a "
        "weight after the plant went into administration in June.",
        61.0,
    ),
    (
        "en-sep-kilverton-steelworks",
        "Government lends £90m to new owner of Kilverton works",
        "Ministers confirmed a loan on Thursday to help the buyer reline the furnace, as the sale "
        "completed.",
        79.0,
    ),
    (
        "en-sep-harbourline-outage",
        "Harbourline customers locked out of app and cards",
        "The building society blamed a fault at a data centre.",
        112.0,
    ),
    (
        "en-sep-harbourline-outage",
        "Harbourline Building Society outage leaves thousands unable to pay on Friday",
        "Card payments, cash withdrawals and online banking failed for almost five hours from "
        "late morning; the mutual, which has 1.8 million members, apologised and promised to "
        "refund any charges.",
        113.5,
    ),
    (
        "en-sep-tapwells-brewery-sold",
        "Family brewer Tapwell's sold after 190 years",
        "The Thornhaugh firm, maker of Old Wherry bitter, has agreed a takeover by Dutch group "
        "Brouwerij Van Elsken for an undisclosed sum, with its 46 pubs included.",
        84.0,
    ),
    (
        "en-sep-tapwells-brewery-sold",
        "Van Elsken to buy Thornhaugh ale maker",
        "Brewing will stay in the town, the new owner says.",
        86.0,
    ),
    (
        "en-sep-rates-held",
        "Bank of England holds rates at 4%",
        "Vote is 6-3, with three members wanting a cut.",
        84.0,
    ),
    (
        "en-sep-rates-held",
        "Interest rates unchanged as Bank warns inflation still too high",
        "The Monetary Policy Committee kept Bank Rate at 4% on Thursday but three of its nine "
        "members voted for a quarter-point cut, and the minutes said borrowing costs were likely "
        "to fall 'gradually'.",
        85.0,
    ),
    (
        "en-sep-rates-held",
        "Mortgage holders told to wait as borrowing costs stay put",
        "Brokers said fixed-rate deals had already priced in cuts later in the year, so "
        "Threadneedle Street's decision would change little for new borrowers.",
        89.0,
    ),
    (
        "en-sep-wrexton-battery-plant",
        "Battery plant near Wrexton gets planning go-ahead",
        "Kittering Motors' £1.1bn cell factory on the former airfield will employ 1,400 people, "
        "the council's planning committee heard before voting 9-2 in favour on Tuesday evening.",
        44.5,
    ),
    (
        "en-sep-wrexton-battery-plant",
        "Councillors approve Wrexton gigafactory",
        "Objectors had warned of lorries through nearby villages.",
        46.5,
    ),
    (
        "en-sep-storm-ysolde",
        "Storm Ysolde: amber wind warning for west coast",
        "Gusts of up to 80mph are expected from Thursday evening.",
        88.0,
    ),
    (
        "en-sep-storm-ysolde",
        "Storm Ysolde batters the west with 90mph gusts, cutting power to 60,000 homes",
        "Trees fell across railway lines and ferries were cancelled as the storm swept in "
        "overnight; a lorry blew over on the Sealcombe Bay bypass, injuring its driver.",
        94.0,
    ),
    (
        "en-sep-storm-ysolde",
        "Gales bring down trees and close bridges across the west",
        "Rail lines were blocked and two suspension bridges shut overnight.",
        97.0,
    ),
    (
        "en-sep-storm-ysolde",
        "Thousands still without power a day after the storm",
        "Engineers had restored supplies to all but 11,000 homes by Friday evening; a man in his "
        "seventies died after being struck by a falling branch in Pendlecombe, police said.",
        113.0,
    ),
    (
        "en-sep-sealcombe-flash-flood",
        "Homes flooded in Sealcombe Bay after cloudburst",
        "Firefighters pumped water from about 40 properties on Monday night after a month's rain "
        "fell in two hours, and the seafront road was closed.",
        20.5,
    ),
    (
        "en-sep-sealcombe-flash-flood",
        "Downpour swamps seaside town",
        "Forty houses were flooded when the drains overflowed.",
        22.0,
    ),
    (
        "en-sep-pendlecombe-landslip",
        "Coast road shut after cliff slip at Pendlecombe",
        "No one was hurt when tonnes of rock and earth slid onto the road near the lifeboat "
        "station on Saturday morning.",
        130.0,
    ),
    (
        "en-sep-pendlecombe-landslip",
        "Rockfall cuts off village's only route to its harbour",
        "Pendlecombe residents face a 20-mile diversion for weeks while geologists assess the "
        "unstable cliff, the county council said.",
        133.0,
    ),
    (
        "en-sep-hatherdown-moor-fire",
        "Firefighters tackle large blaze on Hatherdown Moor",
        "Crews from four stations are battling flames on heather near Marrowby.",
        27.0,
    ),
    (
        "en-sep-hatherdown-moor-fire",
        "Moorland fire spreads across 300 acres",
        "Smoke drifted over Marrowby and Kilverton on Tuesday, and residents were told to keep "
        "windows shut while 60 firefighters used beaters and a helicopter to fight the flames.",
        33.0,
    ),
    (
        "en-sep-hatherdown-moor-fire",
        "Hatherdown fire out; police say it was started deliberately",
        "Detectives appealed for witnesses after investigators found the fire had been set in two "
        "places near a car park.",
        47.0,
    ),
    (
        "en-sep-harrop-acquitted",
        "Man cleared of warehouse arson",
        "Jury at Colnebury Crown Court acquits Dean Harrop.",
        38.0,
    ),
    (
        "en-sep-harrop-acquitted",
        "Dean Harrop found not guilty of setting fire to Colnebury carpet warehouse",
        "The 41-year-old had been accused of starting the blaze at Holmwood Carpets in March that "
        "caused £3m of damage; jurors took under four hours to clear him after the prosecution's "
        "CCTV expert admitted he could not identify the figure seen.",
        39.5,
    ),
    (
        "en-sep-harrop-acquitted",
        "'I've lost a year of my life': defendant speaks outside court",
        "Harrop, a former delivery driver, said he would seek compensation and that police had "
        "'decided it was me on day one'.",
        44.0,
    ),
    (
        "en-sep-harrop-acquitted/road-rage-arrest",
        "Dean Harrop held after road-rage assault in Colnebury",
        "The 41-year-old, acquitted of arson on Tuesday, was arrested on Friday after a cyclist "
        "was punched at traffic lights on Station Road, police said.",
        108.0,
    ),
    (
        "en-sep-harrop-acquitted/road-rage-arrest",
        "Cyclist punched at lights; local man, 41, arrested",
        "The victim, a 29-year-old nurse, suffered a broken cheekbone.",
        110.5,
    ),
    (
        "en-sep-fernhallow-takeaway-murder",
        "Life sentence for murder of Fernhallow takeaway owner",
        "Kyle Denshaw must serve at least 24 years.",
        60.0,
    ),
    (
        "en-sep-fernhallow-takeaway-murder",
        "Man who stabbed shopkeeper over £40 debt jailed for at least 24 years",
        "Kyle Denshaw, 27, killed Ahmet Yavuz at his shop on Tanyard Lane, Fernhallow, in "
        "February; the judge said he had gone there 'armed and intent on violence'.",
        61.5,
    ),
    (
        "en-sep-fernhallow-takeaway-murder",
        "'He fed half the street': family pays tribute after killer is jailed",
        "Relatives of Ahmet Yavuz said outside court that no sentence could bring back a man who "
        "gave free meals to rough sleepers.",
        64.5,
    ),
    (
        "en-sep-thornhaugh-prison-officer",
        "Prison officer stabbed at HMP Thornhaugh",
        "The officer was taken to hospital with wounds to his neck and arm after an inmate "
        "attacked him with a makeshift blade on Monday afternoon; the wing was locked down.",
        17.0,
    ),
    (
        "en-sep-thornhaugh-prison-officer",
        "Guard hurt in jail attack",
        "Union says staffing at the category B prison is at crisis point.",
        18.5,
    ),
    (
        "en-sep-thornhaugh-cash-machine",
        "Cash machine blown up at Thornhaugh supermarket",
        "Gang escapes in a dark estate car after an explosion at 2am.",
        147.0,
    ),
    (
        "en-sep-thornhaugh-cash-machine",
        "Thieves use explosives to rip out ATM in overnight raid",
        "The blast early on Sunday shattered the front of the Foodwise store on Lambert Road and "
        "scattered glass across the car park; nearby flats were checked for damage.",
        151.0,
    ),
    (
        "en-sep-wrexton-police-chase",
        "Two teenagers hurt as car fleeing police crashes in Wrexton",
        "The stolen hatchback hit a wall on Ferry Road on Saturday night after officers tried to "
        "stop it; the driver, 17, and a passenger were taken to hospital.",
        143.0,
    ),
    (
        "en-sep-missing-schoolgirl-found",
        "Missing schoolgirl, 14, found safe",
        "Police thanked the public after Maisie Trent was traced in Leeds.",
        66.0,
    ),
    (
        "en-sep-missing-schoolgirl-found",
        "Maisie Trent found well after two days missing",
        "The teenager, who vanished after leaving Marrowby Academy on Monday afternoon, was found "
        "at a friend's flat; officers said there were no suspicious circumstances.",
        67.5,
    ),
    (
        "en-sep-colnebury-drugs-raids",
        "Dawn raids across Colnebury in drugs crackdown",
        "Police forced entry at 21 addresses at 5am on Monday in an operation against a gang "
        "accused of running heroin and crack from the city into coastal towns; 14 people were "
        "arrested.",
        5.5,
    ),
    (
        "en-sep-colnebury-drugs-raids",
        "Fourteen held in county lines swoop",
        "Cash, scales and two machetes seized, police say.",
        7.0,
    ),
    (
        "en-sep-colnebury-drugs-raids",
        "Nine charged after Monday's raids",
        "They will appear before Colnebury magistrates on Wednesday; five others were released on "
        "bail.",
        28.0,
    ),
    (
        "en-sep-paramedics-strike-vote",
        "Paramedics in the north-west vote to strike over pay",
        "Members of the union backed walkouts by 84% on a 61% turnout, the result announced on "
        "Friday showed, raising the prospect of ambulance stoppages in October.",
        102.0,
    ),
    (
        "en-sep-paramedics-strike-vote",
        "Ambulance crews back industrial action",
        "The first walkouts could come within a month.",
        104.5,
    ),
    (
        "en-sep-sealcombe-gp-surgery",
        "Sealcombe Bay's only GP surgery to close in December",
        "The Harbourside Practice, which has 9,800 patients, said it could no longer recruit "
        "doctors; patients will be moved to a surgery eight miles away.",
        70.0,
    ),
    (
        "en-sep-marrowby-academy-asbestos",
        "Marrowby Academy shut after asbestos found",
        "Pupils told to stay home all week.",
        9.5,
    ),
    (
        "en-sep-marrowby-academy-asbestos",
        "Secondary school closes for a week after asbestos discovered during boiler work",
        "About 1,100 pupils will be taught online while specialists remove the material found in "
        "a plant room on Sunday, the trust that runs the school said.",
        12.0,
    ),
    (
        "en-sep-whooping-cough",
        "Whooping cough cases triple, health officials say",
        "Pregnant women urged to get vaccinated.",
        82.0,
    ),
    (
        "en-sep-whooping-cough",
        "Pertussis infections up threefold as agency urges jabs for mothers-to-be",
        "The UK Health Security Agency recorded 2,940 confirmed cases between January and August, "
        "against 960 in the same period last year, and said four babies had died.",
        83.5,
    ),
    (
        "en-sep-kilverton-robotic-surgery",
        "Kilverton hospital performs first robotic knee replacement",
        "Surgeons at Kilverton General used the new £1.5m system on a 68-year-old former bus "
        "driver, who walked the same afternoon.",
        56.0,
    ),
    (
        "en-sep-breakfast-clubs",
        "Breakfast clubs to open in 2,000 more primary schools",
        "The Department for Education said the next wave would start in January, with schools in "
        "coastal towns and former mining areas first in line.",
        24.5,
    ),
    (
        "en-sep-kilverton-derby",
        "Kilverton Rovers 3-1 Fernhallow City",
        "Adebanjo double settles the derby.",
        137.0,
    ),
    (
        "en-sep-kilverton-derby",
        "Adebanjo scores twice as Kilverton win derby to go top",
        "Rovers came from a goal down at Furnace Lane, Tunde Adebanjo heading the equaliser and "
        "curling in the third after Callum Pybus's penalty had restored the lead.",
        138.0,
    ),
    (
        "en-sep-kilverton-derby",
        "'The best night of my career': two-goal hero on beating the neighbours",
        "Tunde Adebanjo, signed from non-league football in the summer, said Saturday's win was "
        "what he had 'dreamed of as a kid in the away end'.",
        140.5,
    ),
    (
        "en-sep-greyfell-cricket-title",
        "Greyfell crowned county champions",
        "Victory over Grisedale seals their first title since 1994.",
        134.0,
    ),
    (
        "en-sep-greyfell-cricket-title",
        "Greyfell win the County Championship with an innings victory at Hallam Road",
        "Spinner Dev Raichura took seven wickets as Grisedale were bowled out for 164 on the "
        "fourth morning, sending his side 23 points clear with one round left.",
        135.0,
    ),
    (
        "en-sep-brereton-golf",
        "Brereton wins Lapwing Trophy by three shots",
        "The 24-year-old from Wrexton closed with a 66 at Carrow Heath to claim her first big "
        "title and a cheque for £180,000, overtaking the overnight leader on the back nine.",
        161.0,
    ),
    (
        "en-sep-brereton-golf",
        "First title for Tasha Brereton",
        "Wrexton golfer wins with a final-round 66.",
        162.0,
    ),
    (
        "en-sep-sealcombe-rugby-coach",
        "Sealcombe sack head coach Ben Sallis",
        "The club have lost their first three league games.",
        154.0,
    ),
    (
        "en-sep-sealcombe-rugby-coach",
        "Sealcombe Bay RFC part company with Sallis after 40-10 home defeat",
        "The club said on Sunday that a run of three heavy losses had left it no choice; forwards "
        "coach Rhys Trevaskis takes charge for next week's trip to Danebury.",
        155.5,
    ),
    (
        "en-sep-wrexton-half-marathon",
        "Course record falls at Wrexton half marathon",
        "Sally Ndegwa crossed the line in 69 minutes 12 seconds on Sunday morning as 6,000 "
        "runners raised money for the town's hospice.",
        156.5,
    ),
    (
        "en-sep-garvey-boxing",
        "Garvey stops Osei-Bonsu in seventh to win lightweight belt",
        "The Fernhallow boxer floored the defending champion twice before the referee waved it "
        "off at the Colnebury Arena on Saturday night.",
        142.5,
    ),
    (
        "en-sep-water-vapour-planet",
        "Colnebury University team detects steam on planet 40 light years away",
        "Using the James Webb Space Telescope, researchers found signs of water vapour above a "
        "rocky world slightly larger than Earth orbiting a red dwarf in the constellation Pisces.",
        16.0,
    ),
    (
        "en-sep-water-vapour-planet",
        "Water in the air of a super-Earth?",
        "Findings on the distant world published in Nature Astronomy.",
        18.0,
    ),
    (
        "en-sep-water-vapour-planet",
        "'It's not proof of life, but it's a start,' says planet hunter",
        "Dr Imogen Carradine, who led the study, said the signal from Hesper-4b would need "
        "confirming with many more hours of observation.",
        23.0,
    ),
    (
        "en-sep-soil-antibiotic",
        "Scientists find new antibiotic in garden soil",
        "Researchers at Wrexton University said the compound killed drug-resistant bacteria in "
        "mice without harming gut microbes, though human trials are years away.",
        64.0,
    ),
    (
        "en-sep-soil-antibiotic",
        "Backyard microbe yields superbug killer",
        "Compound has so far been tested only on mice.",
        66.5,
    ),
    (
        "en-sep-orkadian-rocket",
        "Rocket explodes seconds after launch from Scottish spaceport",
        "Orkadian Launch's first orbital attempt ended in a fireball above the pad on Saturday "
        "morning; nobody was hurt and the company said it had 'learned a huge amount'.",
        130.0,
    ),
    (
        "en-sep-orkadian-rocket",
        "Orkadian rocket lost in launch failure",
        "Debris fell into the sea off Ronasay.",
        130.5,
    ),
    (
        "en-sep-orkadian-rocket",
        "'Gutted but not beaten': launch firm vows to fly again",
        "Chief executive Fraser Macaulay said a second vehicle was being built at the Ronasay "
        "site and could be ready within a year.",
        133.0,
    ),
    (
        "en-sep-pendlecombe-ichthyosaur",
        "Fossil hunter finds 3m ichthyosaur on Pendlecombe beach",
        "Retired teacher Alan Quarrington spotted the snout of the marine reptile in a boulder at "
        "low tide; museum staff say it is one of the most complete found on the coast.",
        129.0,
    ),
    (
        "en-sep-pendlecombe-ichthyosaur",
        "Retired teacher's beach walk turns up 'sea dragon'",
        "Skeleton to go on show at the county museum.",
        130.5,
    ),
    (
        "en-sep-thornhaugh-derailment",
        "Freight train derails near Thornhaugh",
        "The line is closed and no injuries have been reported.",
        3.5,
    ),
    (
        "en-sep-thornhaugh-derailment",
        "Commuters face disruption after wagons come off main line",
        "Twelve wagons carrying stone left the track near Thornhaugh at 3am on Monday, damaging "
        "400 metres of line; Network Rail said the route would stay shut until at least Wednesday.",
        8.0,
    ),
    (
        "en-sep-civic-conference",
        "Civic Party gathers in Fernhallow promising 'a second wind' after by-election scare",
        "Opening the four-day conference on Sunday, party chair Elaine Pargeter admitted the "
        "narrow hold in Marrowby had been 'a jolt' and said ministers would set out plans on "
        "hospital waiting lists and housing this week.",
        155.0,
    ),
    (
        "en-sep-civic-conference",
        "Civic conference: chair concedes Thursday's result was 'a jolt'",
        "Four days of speeches begin at the Quays centre.",
        156.0,
    ),
    (
        "en-sep-civic-conference",
        "'We heard you': party faithful told to win back lost voters",
        "Delegates arriving on the Fernhallow waterfront for the first day of the governing "
        "party's annual gathering were greeted by protesters opposed to the closure of the town's "
        "walk-in centre.",
        159.5,
    ),
    (
        "en-sep-fernhallow-nightclub-stabbing",
        "Teenager stabbed outside Fernhallow nightclub",
        "An 18-year-old is in a serious condition after being attacked on Quay Street at about "
        "2am on Saturday; police have set up a cordon and are reviewing CCTV.",
        124.0,
    ),
    (
        "en-sep-fernhallow-nightclub-stabbing",
        "Man, 18, knifed in town centre after night out",
        "Two men arrested on suspicion of wounding, police say.",
        129.0,
    ),
    (
        "en-sep-kilverton-bypass-crash",
        "Lorry and minibus collide on Kilverton bypass",
        "Six people were taken to hospital, two seriously, after the crash at the Cattle Market "
        "roundabout shortly before 6am on Monday; the road is closed in both directions.",
        7.0,
    ),
    (
        "en-sep-kilverton-bypass-crash",
        "Six hurt in rush-hour smash at Cattle Market roundabout",
        "Bypass shut for investigation, with diversions in place.",
        8.5,
    ),
    # --- Russian ---
    (
        "ru-sep-domovenok-zakrytie",
        "Сеть «Домовёнок» закроет 37 магазинов в Поволжье",
        "Ритейлер товаров для дома объяснил решение падением продаж и ростом аренды; без работы "
        "могут остаться около 600 сотрудников.",
        33.0,
    ),
    (
        "ru-sep-domovenok-zakrytie",
        "«Домовёнок» сокращает сеть",
        "Под закрытие попадут и оба магазина в Ключегорске.",
        34.0,
    ),
    (
        "ru-sep-domovenok-zakrytie/novyj-gipermarket",
        "«Домовёнок» открыл в Сосновогорске самый большой магазин сети",
        "Гипермаркет площадью 6 тысяч квадратных метров в торговом центре «Берёзка» начал работу "
        "в пятницу; компания наняла 120 человек.",
        105.0,
    ),
    (
        "ru-sep-domovenok-zakrytie/novyj-gipermarket",
        "В Сосновогорске открылся новый гипермаркет товаров для дома",
        "В первый час покупателям раздавали скидочные карты.",
        107.0,
    ),
    (
        "ru-sep-surin-opravdan",
        "Присяжные оправдали обвиняемого в убийстве охотника в Краснотале",
        "Коллегия из двенадцати человек признала недоказанной вину 38-летнего Олега Сурина, "
        "которого следствие считало виновным в гибели мужчины на лесной дороге прошлой осенью.",
        84.0,
    ),
    (
        "ru-sep-surin-opravdan",
        "Суд присяжных вынес оправдательный вердикт",
        "Подсудимый освобождён из-под стражи в зале суда.",
        85.0,
    ),
    (
        "ru-sep-surin-opravdan",
        "«Я два года ждал этого дня»: Сурин вышел на свободу",
        "Адвокат заявил, что будет добиваться компенсации, а прокуратура намерена обжаловать "
        "решение коллегии.",
        90.0,
    ),
    (
        "ru-sep-surin-opravdan/novoe-zaderzhanie",
        "В Краснотале задержан Олег Сурин — на этот раз по подозрению в краже",
        "По данным полиции, в ночь на воскресенье он вместе с приятелем вынес из гаража на берегу "
        "реки два лодочных мотора.",
        149.0,
    ),
    (
        "ru-sep-surin-opravdan/novoe-zaderzhanie",
        "Кража лодочных моторов раскрыта за несколько часов",
        "Один из задержанных недавно был оправдан присяжными.",
        151.0,
    ),
    (
        "ru-sep-kurgan-kluchegorsk",
        "Археологи нашли золотую гривну в кургане под Ключегорском",
        "Украшение сарматского времени весом почти полкилограмма обнаружено в нетронутом "
        "погребении знатной женщины; раскопки ведутся перед строительством трассы.",
        40.0,
    ),
    (
        "ru-sep-kurgan-kluchegorsk",
        "Сарматское золото в степи",
        "Находку передадут в областной музей.",
        42.0,
    ),
    (
        "ru-sep-kurgan-kluchegorsk/chernye-kopateli",
        "Ночью на раскопе под Ключегорском побывали грабители",
        "Неизвестные с металлоискателями перекопали два ещё не исследованных погребения; охрану "
        "на объекте не выставляли.",
        66.0,
    ),
    (
        "ru-sep-kurgan-kluchegorsk/chernye-kopateli",
        "«Чёрные копатели» наведались на место находки",
        "Полиция возбудила дело о повреждении объекта наследия.",
        68.5,
    ),
    (
        "ru-sep-trubnyj-zavod-chetyrehdnevka",
        "Трубный завод в Краснотале переводит рабочих на четырёхдневку",
        "С октября около 3 тысяч сотрудников будут работать четыре дня в неделю с сохранением "
        "двух третей зарплаты; руководство ссылается на падение заказов от нефтяников.",
        56.0,
    ),
    (
        "ru-sep-trubnyj-zavod-chetyrehdnevka",
        "Сокращённая неделя на крупнейшем предприятии Краснотала",
        "Режим продлится минимум три месяца.",
        57.5,
    ),
    (
        "ru-sep-pervyj-sneg-sosnovogorsk",
        "В Сосновогорск пришла зима: первый снег и гололёд на дорогах",
        "За ночь выпало до десяти сантиметров, на трассе к аэропорту столкнулись восемь машин, в "
        "части домов пропало электричество из-за упавших на провода деревьев.",
        128.0,
    ),
    (
        "ru-sep-pervyj-sneg-sosnovogorsk",
        "Снегопад в середине сентября",
        "Коммунальщики вывели на улицы всю технику.",
        129.5,
    ),
    (
        "ru-sep-kor-kluchegorsk",
        "Две школы Ключегорска закрыты на карантин из-за кори",
        "Заболели девять детей и учительница; санитарные врачи начали проверку и призвали "
        "родителей проверить прививочные сертификаты.",
        18.0,
    ),
    (
        "ru-sep-kor-kluchegorsk",
        "Корь в Ключегорске: карантин в школах",
        "Число заболевших выросло до десяти.",
        19.0,
    ),
    (
        "ru-sep-kor-kluchegorsk",
        "Вспышка кори в Ключегорске: заболевших уже шестнадцать",
        "Карантин распространён на детский сад, в городе открыты дополнительные прививочные "
        "пункты.",
        41.0,
    ),
    (
        "ru-sep-vice-mer-vzyatka",
        "Экс-вице-мэр Сосновогорска приговорён к восьми годам колонии",
        "Суд признал Виктора Ладейщикова виновным в получении взятки в 12 миллионов рублей от "
        "подрядчика, ремонтировавшего городские дороги.",
        110.0,
    ),
    (
        "ru-sep-vice-mer-vzyatka",
        "Восемь лет строгого режима за взятку",
        "Бывший чиновник вины не признал и обжалует приговор.",
        111.5,
    ),
    (
        "ru-sep-lesorub-overtajm",
        "«Лесоруб» обыграл «Гранит» в овертайме",
        "Победную шайбу на 64-й минуте забросил защитник Артём Клещёв; сосновогорцы одержали "
        "третью победу подряд.",
        139.0,
    ),
    (
        "ru-sep-lesorub-overtajm",
        "Третья победа «Лесоруба» подряд",
        "Хоккеисты дожали соперника в дополнительное время.",
        140.0,
    ),
    (
        "ru-sep-novyj-zhuk-altaj",
        "Новый вид слепого жука найден в пещере на Алтае",
        "Насекомое длиной три миллиметра назвали в честь спелеолога, который первым собрал "
        "образцы, — Григория Пажитнова.",
        155.0,
    ),
    (
        "ru-sep-vybory-gorduma",
        "Явка на выборах в городскую думу Ключегорска к 15 часам составила 19 процентов",
        "Голосование продлится до 20 часов; на 25 мест претендуют 96 кандидатов от шести партий.",
        160.0,
    ),
    (
        "ru-sep-vybory-gorduma",
        "Ключегорск выбирает депутатов",
        "К середине дня проголосовал почти каждый пятый избиратель.",
        161.0,
    ),
    # --- German ---
    (
        "de-sep-neue-mitte-wahlprogramm",
        "Bürgerbündnis Neue Mitte stellt Programm für die Landtagswahl vor",
        "Spitzenkandidatin Helga Brandstätter will mit kostenlosen Kita-Plätzen und einem "
        "Landarztprogramm punkten; die Partei liegt in Umfragen bei sieben Prozent.",
        12.0,
    ),
    (
        "de-sep-neue-mitte-wahlprogramm",
        "Neue Mitte setzt auf Kita und Landärzte",
        "Die Partei beschließt ihr Wahlprogramm in Hollenbrügge.",
        13.0,
    ),
    (
        "de-sep-neue-mitte-wahlprogramm",
        "„Wir sind die Partei der Dörfer“: Brandstätter greift Landesregierung an",
        "Bei der Vorstellung des 80 Seiten starken Papiers warf die Spitzenfrau der Regierung "
        "vor, den ländlichen Raum abgehängt zu haben, und versprach eine Buslinie in jedes Dorf.",
        18.5,
    ),
    (
        "de-sep-neue-mitte-wahlprogramm/kandidat-rueckzug",
        "Neue-Mitte-Kandidat zieht nach alten Chatnachrichten zurück",
        "Der Direktkandidat im Wahlkreis Sandhagen, Jörg Wiesendanger, hatte in einer Chatgruppe "
        "abfällig über Geflüchtete geschrieben; die Parteispitze hatte ihn am Dienstag zum "
        "Rückzug aufgefordert.",
        40.0,
    ),
    (
        "de-sep-neue-mitte-wahlprogramm/kandidat-rueckzug",
        "Wiesendanger gibt Kandidatur auf",
        "Sandhagener Direktkandidat entschuldigt sich für den Chat.",
        42.5,
    ),
    (
        "de-sep-schulstart-graefenmoor",
        "Schulstart im Neubau: Gymnasium Gräfenmoor öffnet seine Türen",
        "Für 920 Schülerinnen und Schüler begann das neue Schuljahr am Dienstag in einem 48 "
        "Millionen Euro teuren Holzbau mit Mensa, Dachgarten und eigener Sternwarte.",
        33.0,
    ),
    (
        "de-sep-schulstart-graefenmoor",
        "Erster Schultag in der neuen Schule",
        "Landrat und Bürgermeister schneiden in Gräfenmoor das Band durch.",
        35.5,
    ),
    (
        "de-sep-schulstart-graefenmoor/schulbus-unfall",
        "Schulbus bei Gräfenmoor im Graben – 14 Kinder leicht verletzt",
        "Der Bus mit Schülern des Gymnasiums kam am Mittwochmorgen auf der Kreisstraße nach "
        "Obertann von der Fahrbahn ab; der Fahrer war nach Angaben der Polizei einem Reh "
        "ausgewichen.",
        57.0,
    ),
    (
        "de-sep-schulstart-graefenmoor/schulbus-unfall",
        "Reh auf der Fahrbahn: Bus mit Gymnasiasten verunglückt",
        "Vierzehn Leichtverletzte, zwei Kinder bleiben zur Beobachtung in der Klinik.",
        59.0,
    ),
    (
        "de-sep-hollenbruegge-reitergrab",
        "Archäologen entdecken Reitergrab aus der Völkerwanderungszeit",
        "Bei Hollenbrügge stießen Fachleute der Landesarchäologie auf das Grab eines Kriegers, "
        "der mit seinem Pferd, einem Schwert und einem vergoldeten Gürtel bestattet wurde.",
        62.0,
    ),
    (
        "de-sep-hollenbruegge-reitergrab",
        "Krieger samt Pferd bestattet: Sensationsfund im Landkreis",
        "Goldene Schnalle aus dem 5. Jahrhundert geborgen.",
        64.0,
    ),
    (
        "de-sep-hollenbruegge-reitergrab/raubgraeber",
        "Raubgräber wüten auf Grabungsfeld bei Hollenbrügge",
        "Unbekannte haben in der Nacht zum Samstag mit Metallsonden mehrere Löcher in die "
        "abgesperrte Fläche gegraben; ob Funde fehlen, prüft das Landesamt noch.",
        134.0,
    ),
    (
        "de-sep-hollenbruegge-reitergrab/raubgraeber",
        "Nächtliche Sondengänger beschädigen Ausgrabung",
        "Polizei sucht Zeugen, die ein Auto am Feldweg gesehen haben.",
        136.5,
    ),
    (
        "de-sep-hartlaub-stellenabbau",
        "Autozulieferer Hartlaub streicht 1.200 Stellen",
        "Das Werk in Ebersfelde wird bis Ende 2027 geschlossen, teilte die Firma mit.",
        9.0,
    ),
    (
        "de-sep-hartlaub-stellenabbau",
        "Hartlaub Antriebstechnik baut jede fünfte Stelle ab und gibt Standort auf",
        "Der Zulieferer begründet den Schritt mit der schwachen Nachfrage nach Getrieben für "
        "Verbrennerautos; die IG Metall kündigte Widerstand an.",
        10.0,
    ),
    (
        "de-sep-hartlaub-stellenabbau",
        "„Ein Schlag ins Gesicht“: Belegschaft in Ebersfelde fassungslos",
        "Vor dem Werkstor versammelten sich am Nachmittag Hunderte Beschäftigte; der "
        "Betriebsratschef sprach von einem Wortbruch der Konzernführung.",
        14.5,
    ),
    (
        "de-sep-hartlaub-stellenabbau",
        "Nach dem Aus für das Werk: Land bietet Ebersfelde Hilfe an",
        "Die Wirtschaftsministerin sagte nach einem Treffen mit dem Betriebsrat eine "
        "Transfergesellschaft und Geld für die Ansiedlung neuer Firmen zu.",
        33.0,
    ),
    (
        "de-sep-niederwallach-unwetter",
        "Unwetter über Niederwallach: Keller voll, Straßen gesperrt",
        "Hagelkörner so groß wie Tischtennisbälle und Starkregen haben am Freitagabend Teile des "
        "Ortes unter Wasser gesetzt; die Feuerwehr zählte mehr als 200 Einsätze.",
        115.0,
    ),
    (
        "de-sep-niederwallach-unwetter",
        "Hagel und Sturzflut: Feuerwehr im Dauereinsatz",
        "Besonders schlimm traf es die Altstadt an der Wallach.",
        116.0,
    ),
    (
        "de-sep-niederwallach-unwetter",
        "Nach dem Gewitter: Schaden geht in die Millionen",
        "Gutachter schätzten am Samstag allein die Schäden an Autos und Dächern auf mehr als zehn "
        "Millionen Euro; die Stadt richtete eine Sammelstelle für Sperrmüll ein.",
        134.5,
    ),
    (
        "de-sep-hollenbruegge-derby",
        "SV Hollenbrügge – Eintracht Langenmoor 2:2",
        "Spätes Ausgleichstor von Akgül in der Nachspielzeit.",
        137.5,
    ),
    (
        "de-sep-hollenbruegge-derby",
        "Akgül rettet der Eintracht einen Punkt",
        "Im Derby der Regionalliga lag Langenmoor bis zur 93. Minute zurück, ehe der "
        "eingewechselte Stürmer Deniz Akgül einen Freistoß aus 20 Metern ins Tor drehte.",
        138.5,
    ),
    (
        "de-sep-hollenbruegge-derby",
        "„Das fühlt sich an wie eine Niederlage“: Trainer hadert nach dem Nachbarduell",
        "Nach dem Gegentor in letzter Sekunde haderte Hollenbrügges Coach Malte Rehbein mit der "
        "Chancenverwertung seiner Mannschaft.",
        141.0,
    ),
    (
        "de-sep-pflegedienst-betrug-urteil",
        "Betrug bei der Pflege: Firmenchef muss ins Gefängnis",
        "Das Landgericht Langenmoor verurteilte den Inhaber eines ambulanten Pflegedienstes zu "
        "vier Jahren und drei Monaten Haft, weil er Leistungen abgerechnet hatte, die nie "
        "erbracht wurden.",
        58.0,
    ),
    (
        "de-sep-pflegedienst-betrug-urteil",
        "Vier Jahre Haft für Abrechnungsbetrug",
        "Schaden für die Kassen: 2,3 Millionen Euro.",
        60.5,
    ),
    (
        "de-sep-sandhagen-geburtsstation",
        "Klinikum Sandhagen schließt Geburtsstation",
        "Ab Januar müssen Schwangere aus der Region bis zu 50 Kilometer nach Langenmoor fahren; "
        "der Träger nennt fehlende Hebammen und Kinderärzte als Grund.",
        80.0,
    ),
    (
        "de-sep-sandhagen-geburtsstation",
        "Keine Geburten mehr im Sandhagener Kreiskrankenhaus ab Januar",
        "Es fehlen Hebammen, sagt der Klinikträger.",
        81.5,
    ),
    (
        "de-sep-weserland-bahn-warnstreik",
        "Weserland-Bahn: Lokführer legen am Donnerstag die Arbeit nieder",
        "Die Gewerkschaft hat zu einem 24-stündigen Warnstreik aufgerufen; betroffen sind die "
        "Regionallinien zwischen Hollenbrügge, Sandhagen und der Küste.",
        36.0,
    ),
    (
        "de-sep-weserland-bahn-warnstreik",
        "Warnstreik bei Privatbahn angekündigt",
        "Pendler müssen sich auf Zugausfälle einstellen.",
        37.0,
    ),
    (
        "de-sep-enzym-plastik",
        "Forscher finden Enzym, das PET in Stunden zerlegt",
        "Ein Team der Universität Ebersfelde hat in einem Bakterium aus einem Komposthaufen ein "
        "Eiweiß entdeckt, das Getränkeflaschen bei 60 Grad binnen eines Tages fast vollständig "
        "abbaut.",
        88.0,
    ),
    (
        "de-sep-enzym-plastik",
        "Mikrobe zersetzt Getränkeflaschen",
        "Ebersfelder Biochemiker hoffen auf ein neues Recycling.",
        90.0,
    ),
    (
        "de-sep-juwelier-ueberfall",
        "Bewaffneter Überfall auf Juwelier in Ebersfelder Innenstadt",
        "Zwei maskierte Männer bedrohten am Samstagmittag eine Verkäuferin mit einer Pistole und "
        "flohen mit Uhren im Wert von rund 200.000 Euro auf einem Motorroller.",
        132.0,
    ),
    (
        "de-sep-stichwahl-sandhagen",
        "Stichwahl in Sandhagen: Parteiloser Kern wird Bürgermeister",
        "Der frühere Feuerwehrchef Tobias Kern setzte sich mit 56,3 Prozent gegen die "
        "Amtsinhaberin durch; die Wahlbeteiligung lag bei nur 38 Prozent.",
        163.0,
    ),
    (
        "de-sep-stichwahl-sandhagen",
        "Machtwechsel im Sandhagener Rathaus",
        "Amtsinhaberin Petra Ohlsen räumt ihre Niederlage gegen Kern ein.",
        164.0,
    ),
    (
        "de-sep-schafe-obertann",
        "Mehr als 20 tote Schafe bei Obertann: War es ein Wolf?",
        "Ein Schäfer fand die Tiere am Montagmorgen auf einer Weide; das Landesamt für Umwelt hat "
        "Genproben genommen, um zu klären, welches Raubtier zugeschlagen hat.",
        11.0,
    ),
    (
        "de-sep-schafe-obertann",
        "Gerissene Schafe bei Obertann: Halter fordern Abschuss",
        "Genproben sollen den Täter überführen.",
        13.0,
    ),
    # --- French ---
    (
        "fr-sep-debat-legislative-partielle",
        "Législative partielle : débat tendu entre Mathilde Ferrandière et Bruno Agnès",
        "Sur la chaîne régionale, les deux finalistes de la 4e circonscription de la Gironde se "
        "sont opposés mardi soir sur la ligne à grande vitesse et la fermeture de la maternité de "
        "Pontcharreau.",
        46.5,
    ),
    (
        "fr-sep-debat-legislative-partielle",
        "Ferrandière-Agnès : ce qu'il faut retenir du face-à-face",
        "Trois moments forts d'un duel à couteaux tirés.",
        47.5,
    ),
    (
        "fr-sep-debat-legislative-partielle",
        "« Vous n'avez jamais mis les pieds dans une usine » : la pique qui a marqué la soirée",
        "La candidate de la majorité a accusé son adversaire de méconnaître le territoire, qui "
        "lui a reproché en retour un bilan « inexistant » sur l'emploi.",
        55.0,
    ),
    (
        "fr-sep-debat-legislative-partielle/permanence-saccagee",
        "La permanence de Bruno Agnès saccagée à Pontcharreau",
        "Vitrine brisée et tags injurieux découverts dans la nuit.",
        49.5,
    ),
    (
        "fr-sep-debat-legislative-partielle/permanence-saccagee",
        "Pontcharreau : le local de campagne du candidat dégradé, une plainte déposée",
        "Des individus ont brisé la vitrine et couvert la façade d'inscriptions dans la nuit de "
        "mardi à mercredi ; le candidat dénonce « un climat de violence » et la préfète a "
        "condamné les faits.",
        57.0,
    ),
    (
        "fr-sep-incendie-roquebrac",
        "Incendie dans le massif de Roquebrac : 300 hectares brûlés",
        "Plus de 400 pompiers et six bombardiers d'eau luttent lundi contre un feu parti en bord "
        "de route près de Roquebrac-le-Vieux, dans le Var ; un lotissement a été évacué.",
        15.0,
    ),
    (
        "fr-sep-incendie-roquebrac",
        "Var : un feu de forêt menace des habitations",
        "Un quartier évacué, l'autoroute coupée dans les deux sens.",
        16.5,
    ),
    (
        "fr-sep-incendie-roquebrac",
        "Le feu de Roquebrac fixé, un agriculteur en garde à vue",
        "Après 480 hectares parcourus, les pompiers ont maîtrisé l'incendie mardi matin ; un "
        "exploitant soupçonné d'avoir brûlé des broussailles a été interpellé.",
        34.0,
    ),
    (
        "fr-sep-incendie-roquebrac/accident-chasse",
        "Un chasseur tué par balle lors d'une battue dans la forêt de Roquebrac",
        "Le sexagénaire a été touché au thorax dimanche matin par le tir d'un autre participant, "
        "lors de la première battue au sanglier de la saison ; les gendarmes ont ouvert une "
        "enquête.",
        155.0,
    ),
    (
        "fr-sep-incendie-roquebrac/accident-chasse",
        "Accident de chasse mortel dans le Var",
        "Un homme de 63 ans tué le week-end de l'ouverture.",
        157.0,
    ),
    (
        "fr-sep-mosaique-marnilly",
        "Une mosaïque gallo-romaine exceptionnelle mise au jour à Marnilly",
        "Les archéologues ont dégagé, sur le terrain d'un futur lotissement, un sol de 60 mètres "
        "carrés représentant Bacchus et des scènes de vendanges.",
        86.0,
    ),
    (
        "fr-sep-mosaique-marnilly",
        "Bacchus sort de terre en Champagne",
        "Une villa antique découverte avant des travaux.",
        88.0,
    ),
    (
        "fr-sep-mosaique-marnilly/pillage",
        "Marnilly : des pilleurs s'en prennent au chantier de fouilles",
        "Plusieurs fragments de la mosaïque ont été arrachés dans la nuit de vendredi à samedi ; "
        "le service d'archéologie porte plainte et demande une surveillance du site.",
        128.0,
    ),
    (
        "fr-sep-mosaique-marnilly/pillage",
        "Vandalisme sur un site archéologique de la Marne",
        "Des tesselles dérobées, le maire se dit « écœuré ».",
        131.0,
    ),
    (
        "fr-sep-budget-collectivites",
        "Projet de budget : Bercy veut 5 milliards d'économies sur les collectivités",
        "Le ministre de l'Économie, Laurent Debrosse, a présenté mercredi les grandes lignes du "
        "projet de loi de finances, qui gèle la dotation des communes et réduit les aides à "
        "l'apprentissage.",
        58.0,
    ),
    (
        "fr-sep-budget-collectivites",
        "Les communes mises à contribution",
        "Les maires dénoncent un « coup de rabot ».",
        59.0,
    ),
    (
        "fr-sep-budget-collectivites",
        "« On nous demande de fermer des écoles » : colère des élus locaux",
        "L'association des maires ruraux a réagi vivement aux annonces du gouvernement, estimant "
        "que le gel des dotations toucherait d'abord les petites communes.",
        63.0,
    ),
    (
        "fr-sep-verrerie-dauphinel",
        "Vaubrecourt : la verrerie Dauphinel va supprimer 310 emplois",
        "Le fabricant de flacons pour la parfumerie invoque la chute des commandes venues d'Asie "
        "et prévoit d'arrêter un de ses deux fours d'ici au printemps.",
        81.0,
    ),
    (
        "fr-sep-verrerie-dauphinel",
        "Plan social chez Dauphinel",
        "Un four sur deux éteint, les syndicats appellent à la grève.",
        82.0,
    ),
    (
        "fr-sep-verrerie-dauphinel",
        "Les verriers bloquent l'usine et obtiennent un rendez-vous à Bercy",
        "Au lendemain de l'annonce des suppressions de postes, les salariés ont bloqué vendredi "
        "l'entrée du site de Vaubrecourt ; une réunion est prévue mardi au ministère de "
        "l'Industrie.",
        101.0,
    ),
    (
        "fr-sep-assises-var",
        "Meurtre de Sainte-Oriane : 22 ans de réclusion pour l'ancien militaire",
        "La cour d'assises du Var a condamné vendredi Frédéric Castagnol pour avoir tué son "
        "voisin d'un coup de fusil lors d'une dispute au sujet d'une haie.",
        108.0,
    ),
    (
        "fr-sep-assises-var",
        "Querelle de voisinage fatale dans le Var : lourde peine pour l'accusé",
        "La défense envisage de faire appel du verdict.",
        110.0,
    ),
    (
        "fr-sep-dengue-pontcharreau",
        "Un cas de dengue autochtone détecté à Pontcharreau",
        "L'agence régionale de santé a lancé une opération de démoustication autour du domicile "
        "du patient, qui n'avait pas voyagé à l'étranger.",
        28.0,
    ),
    (
        "fr-sep-dengue-pontcharreau",
        "Dengue : le moustique tigre a frappé en Gironde",
        "Pulvérisations prévues dans trois rues cette nuit.",
        30.0,
    ),
    (
        "fr-sep-ligue2-pontcharreau",
        "Ligue 2 : l'AS Pontcharreau enchaîne une quatrième victoire",
        "Les hommes de Karim Benaissa se sont imposés 2-0 samedi soir face au Racing Vaubrecourt "
        "grâce à un doublé de leur buteur islandais Einar Sveinsson.",
        142.0,
    ),
    (
        "fr-sep-ligue2-pontcharreau",
        "Sveinsson, l'homme en forme",
        "Deux buts et une série de quatre succès pour les Pontcharrais.",
        143.5,
    ),
    (
        "fr-sep-episode-cevenol",
        "Épisode cévenol : vigilance rouge pluie-inondation dans le Gard",
        "Météo-France prévoit jusqu'à 400 mm de pluie d'ici jeudi matin ; les écoles resteront "
        "fermées et plusieurs routes départementales sont déjà coupées.",
        67.0,
    ),
    (
        "fr-sep-episode-cevenol",
        "Gard : un village coupé du monde après des pluies diluviennes",
        "À Combemale, la rivière est sortie de son lit dans la nuit ; une cinquantaine "
        "d'habitants ont été hélitreuillés et un campeur est porté disparu.",
        74.0,
    ),
    (
        "fr-sep-episode-cevenol",
        "Crues éclair dans le Gard : un disparu et des dizaines d'évacués",
        "Les secours ont mené toute la nuit des opérations par hélicoptère.",
        75.0,
    ),
    (
        "fr-sep-episode-cevenol",
        "Le campeur disparu retrouvé mort près de Combemale",
        "Le corps de l'homme, un Néerlandais de 58 ans, a été découvert jeudi soir à deux "
        "kilomètres en aval du camping emporté par la crue du Gardon.",
        92.0,
    ),
    (
        "fr-sep-meteorite-cantal",
        "Une météorite retrouvée dans un champ du Cantal",
        "Grâce aux caméras d'un réseau de surveillance du ciel, des chercheurs ont localisé un "
        "fragment de 180 grammes tombé la semaine dernière près d'Aurillac.",
        153.0,
    ),
    (
        "fr-sep-meteorite-cantal",
        "Tombée du ciel, une pierre de 4,5 milliards d'années",
        "Un agriculteur l'a trouvée dans son pré.",
        156.0,
    ),
    (
        "fr-sep-journees-patrimoine-vaubrecourt",
        "Journées du patrimoine : le château de Vaubrecourt ouvre ses caves pour la première fois",
        "Ce week-end, les visiteurs peuvent découvrir les souterrains du XIIe siècle, restaurés "
        "pendant quatre ans par une association de bénévoles ; plus de 3 000 réservations ont "
        "déjà été enregistrées.",
        130.0,
    ),
    (
        "fr-sep-journees-patrimoine-vaubrecourt",
        "Foule record dans les souterrains du château",
        "Plus de 5 000 visiteurs en deux jours à Vaubrecourt.",
        161.0,
    ),
    # --- Spanish ---
    (
        "es-sep-debate-cantabria",
        "Debate electoral en Cantabria: vivienda y sanidad centran el cara a cara",
        "La presidenta en funciones, Marta Ocejo, y el aspirante de Cantabria Primero, Íñigo "
        "Sañudo, se acusaron mutuamente de mentir sobre las listas de espera en el debate de la "
        "televisión autonómica.",
        70.5,
    ),
    (
        "es-sep-debate-cantabria",
        "Ocejo y Sañudo chocan en el único debate",
        "Cruce de reproches por las listas de espera.",
        71.0,
    ),
    (
        "es-sep-debate-cantabria/sede-atacada",
        "Atacan la sede de Cantabria Primero en Puente Salcedo",
        "Lanzan piedras y pintura roja contra la fachada de madrugada.",
        73.5,
    ),
    (
        "es-sep-debate-cantabria/sede-atacada",
        "Pintadas y cristales rotos en la oficina del partido de Sañudo",
        "La Guardia Civil investiga el ataque al local de Puente Salcedo, ocurrido horas después "
        "del debate; el candidato culpó al «clima de odio» y la presidenta lo condenó en las "
        "redes.",
        81.0,
    ),
    (
        "es-sep-incendio-almendrejo",
        "Incendio forestal en la sierra de Almendrejo: desalojadas dos aldeas",
        "Más de 200 efectivos y nueve medios aéreos combaten las llamas, que han calcinado unas "
        "600 hectáreas de pinar y matorral en el norte de Cáceres.",
        39.0,
    ),
    (
        "es-sep-incendio-almendrejo",
        "El fuego obliga a evacuar a 300 vecinos en Cáceres",
        "El viento complica las labores de extinción.",
        40.5,
    ),
    (
        "es-sep-incendio-almendrejo",
        "Estabilizado el fuego del norte de Cáceres tras quemar 1.100 hectáreas",
        "Los vecinos de Navalcerro y Valdehigueras regresaron a sus casas el miércoles; la Junta "
        "investiga si el origen fue una cosechadora.",
        60.0,
    ),
    (
        "es-sep-incendio-almendrejo/accidente-caza",
        "Muere un cazador por un disparo accidental en la sierra de Almendrejo",
        "El hombre, de 52 años y vecino de Navalcerro, participaba en una cacería de codornices "
        "cuando recibió un tiro de un compañero; la Guardia Civil ha abierto diligencias.",
        105.0,
    ),
    (
        "es-sep-incendio-almendrejo/accidente-caza",
        "Tragedia en una jornada de caza en Cáceres",
        "Un compañero le alcanzó por error, según los agentes.",
        107.0,
    ),
    (
        "es-sep-villamorana-patrocinio",
        "El Villamoraña bautiza su estadio con el nombre de Lácteos Velasco",
        "El club de Segunda División ingresará 1,8 millones de euros por temporada durante cinco "
        "años; el campo pasará a llamarse Estadio Lácteos Velasco-Las Eras.",
        36.0,
    ),
    (
        "es-sep-villamorana-patrocinio",
        "Las Eras cambia de nombre por 9 millones",
        "Contrato de patrocinio a cinco años con una láctea.",
        37.5,
    ),
    (
        "es-sep-villamorana-patrocinio/multa-bengalas",
        "Competición multa al Villamoraña con 18.000 euros por las bengalas del derbi",
        "El comité sancionó además con el cierre parcial de la grada de animación durante un "
        "partido por los artefactos pirotécnicos lanzados al campo el domingo.",
        78.0,
    ),
    (
        "es-sep-villamorana-patrocinio/multa-bengalas",
        "Cierre parcial de grada y multa para el club",
        "Castigo por la pirotecnia en el derbi de la semana pasada.",
        79.5,
    ),
    (
        "es-sep-astilleros-arrizabal",
        "Astilleros Arrizabal gana un contrato de 420 millones para construir cuatro ferris",
        "El encargo de una naviera noruega garantiza carga de trabajo hasta 2029 para los 900 "
        "empleados del astillero de Puente Salcedo y su industria auxiliar.",
        85.0,
    ),
    (
        "es-sep-astilleros-arrizabal",
        "Carga de trabajo asegurada en la ría",
        "Cuatro buques para una naviera escandinava.",
        86.5,
    ),
    (
        "es-sep-exalcalde-condenado",
        "Condenado a seis años el exalcalde de Villamoraña por amañar contratos",
        "La Audiencia Provincial considera probado que Anselmo Ruipérez adjudicó obras por valor "
        "de 3,2 millones a empresas de su cuñado entre 2015 y 2019.",
        106.0,
    ),
    (
        "es-sep-exalcalde-condenado",
        "Seis años de cárcel para Ruipérez",
        "El exregidor recurrirá al Supremo, anuncia su defensa.",
        108.0,
    ),
    (
        "es-sep-exalcalde-condenado",
        "«Se ha hecho justicia»: la oposición celebra la sentencia",
        "Los concejales que denunciaron las adjudicaciones en 2018 pidieron que el ayuntamiento "
        "reclame el dinero a los condenados.",
        111.0,
    ),
    (
        "es-sep-dana-benialtet",
        "La DANA descarga 180 litros en Benialtet y anega el centro",
        "Decenas de coches arrastrados y bajos inundados tras una tromba de agua de dos horas; el "
        "112 atendió más de 300 llamadas en la comarca.",
        118.0,
    ),
    (
        "es-sep-dana-benialtet",
        "Tromba de agua en Castellón",
        "Coches arrastrados por las calles del pueblo.",
        119.0,
    ),
    (
        "es-sep-dana-benialtet",
        "Benialtet pedirá la declaración de zona catastrófica",
        "El pleno extraordinario aprobó el sábado la petición tras cifrar los daños en siete "
        "millones.",
        138.0,
    ),
    (
        "es-sep-legionela-puente-salcedo",
        "Brote de legionela en Puente Salcedo: once ingresados",
        "Sanidad busca el foco en la zona industrial.",
        54.0,
    ),
    (
        "es-sep-legionela-puente-salcedo",
        "Sanidad precinta dos torres de refrigeración por el brote",
        "Los técnicos de salud pública cerraron el miércoles las instalaciones de una lavandería "
        "y una fábrica de piensos mientras el número de afectados sube a 14, tres de ellos graves.",
        57.0,
    ),
    (
        "es-sep-legionela-puente-salcedo",
        "Muere una de las afectadas por la legionela",
        "La mujer, de 81 años, estaba ingresada en la UCI del hospital comarcal desde el lunes.",
        77.0,
    ),
    (
        "es-sep-nueva-lagartija",
        "Descubren una nueva especie de lagartija en los Picos de Europa",
        "Investigadores de la Universidad de Villamoraña la han llamado Iberolacerta salcedensis; "
        "vive por encima de los 2.000 metros y se distingue por su vientre azul.",
        131.0,
    ),
    (
        "es-sep-garces-titulo",
        "Lucía Garcés conquista su primer título en el circuito",
        "La tenista de Benialtet, de 21 años, derrotó en la final a la checa Petra Vondráčková "
        "por 6-4 y 7-6 y entrará el lunes entre las 60 mejores del mundo.",
        159.0,
    ),
    (
        "es-sep-garces-titulo",
        "Primer trofeo para la castellonense",
        "Garcés se impone en dos sets en la final.",
        160.0,
    ),
    (
        "es-sep-villamorana-derrota",
        "El Villamoraña cae en casa ante el Ceñal y sigue sin ganar",
        "Un gol de cabeza de Iker Urrestarazu en el minuto 78 dio la victoria al Real Ceñal (0-1) "
        "en el estadio recién rebautizado, donde la grada de animación estuvo parcialmente "
        "cerrada.",
        164.0,
    ),
    (
        "es-sep-villamorana-derrota",
        "Urrestarazu hunde a los locales",
        "Cuarta jornada sin victoria para el equipo de Las Eras.",
        165.5,
    ),
    (
        "es-sep-manifestacion-vivienda",
        "Decenas de miles de personas marchan en Madrid por una vivienda digna",
        "Convocados por sindicatos de inquilinos, los manifestantes recorrieron el centro de la "
        "capital para exigir que se limiten los alquileres de temporada y los pisos turísticos.",
        134.0,
    ),
    (
        "es-sep-manifestacion-vivienda",
        "Multitudinaria protesta en Madrid por el precio del alquiler",
        "Los organizadores cifran en 150.000 los asistentes.",
        135.0,
    ),
    (
        "es-sep-huelga-medicos-cantabria",
        "Arranca la huelga indefinida de médicos de familia en Cantabria",
        "El sindicato médico cifra el seguimiento en un 70% en los centros de salud; reclaman un "
        "máximo de 35 pacientes al día y más tiempo por consulta.",
        9.0,
    ),
    (
        "es-sep-huelga-medicos-cantabria",
        "Centros de salud bajo mínimos por el paro de los facultativos",
        "Citas aplazadas en toda la comunidad.",
        10.0,
    ),
    # --- Italian ---
    (
        "it-sep-biancardi-chiusure",
        "Casa Biancardi chiude 22 negozi, a rischio 480 posti",
        "La catena di articoli per la casa ha annunciato ai sindacati un piano che prevede la "
        "chiusura dei punti vendita in perdita entro marzo, soprattutto nel Centro e al Sud.",
        57.0,
    ),
    (
        "it-sep-biancardi-chiusure",
        "Biancardi, piano lacrime e sangue",
        "I sindacati proclamano otto ore di sciopero.",
        58.5,
    ),
    (
        "it-sep-biancardi-chiusure/nuovo-negozio",
        "Casa Biancardi inaugura a Montecalvo Brenta il suo negozio più grande",
        "Duemilaottocento metri quadrati, un bistrot e 40 assunti: la catena ha aperto sabato "
        "mattina il nuovo punto vendita nel centro commerciale Parco Brenta.",
        129.0,
    ),
    (
        "it-sep-biancardi-chiusure/nuovo-negozio",
        "Montecalvo, folla per l'apertura del megastore",
        "Code già alle otto davanti alle porte della catena.",
        131.0,
    ),
    (
        "it-sep-primo-giorno-pieve",
        "Primo giorno di scuola a Pieve di Varzo, riapre la media dopo i lavori antisismici",
        "Dopo tre anni nei container, 310 alunni sono tornati lunedì nell'edificio di via Roma, "
        "ristrutturato con 6 milioni di fondi del Pnrr; presenti il sindaco e l'assessore "
        "regionale.",
        8.5,
    ),
    (
        "it-sep-primo-giorno-pieve",
        "Campanella e palloncini: la scuola torna a casa",
        "Finita l'era dei container a Pieve di Varzo.",
        10.0,
    ),
    (
        "it-sep-primo-giorno-pieve/scuolabus",
        "Scuolabus esce di strada a Pieve di Varzo, sei bambini al pronto soccorso",
        "Il mezzo comunale, che portava gli alunni della media da una frazione, è finito contro "
        "un muretto martedì mattina su una curva resa viscida dalla pioggia; nessuno è grave.",
        31.5,
    ),
    (
        "it-sep-primo-giorno-pieve/scuolabus",
        "Paura sulla provinciale: pulmino contro un muretto",
        "Lievi ferite per sei ragazzi, illeso l'autista.",
        33.0,
    ),
    (
        "it-sep-sanfelizzo-sponsor",
        "Il Sanfelizzo firma con il Pastificio Garruto: accordo da 3 milioni",
        "Il marchio comparirà sulle maglie per tre stagioni; è la sponsorizzazione più ricca "
        "nella storia del club di Serie C, ha detto il presidente Vito Lanzillotta.",
        84.0,
    ),
    (
        "it-sep-sanfelizzo-sponsor",
        "La pasta sulle maglie dei biancorossi",
        "Triennale con l'azienda di famiglia Garruto.",
        85.0,
    ),
    (
        "it-sep-sanfelizzo-sponsor/multa-tifosi",
        "Fumogeni e cori, il giudice sportivo multa il Sanfelizzo",
        "Ammenda di 7.500 euro per il lancio di petardi in campo nella gara di mercoledì.",
        110.0,
    ),
    (
        "it-sep-sanfelizzo-sponsor/multa-tifosi",
        "Serie C, stangata per il club: 7.500 euro e diffida",
        "Il giudice sportivo ha punito la società per i fumogeni accesi in curva e per i cori "
        "contro l'arbitro durante la sfida infrasettimanale persa contro il Montecalvo.",
        112.0,
    ),
    (
        "it-sep-regionali-chiusura",
        "Regionali, ultimo giorno di campagna: comizi finali a Bari per Dell'Orco e Tritto",
        "Domenica e lunedì si vota per il presidente della Regione; i due sfidanti hanno chiuso "
        "in piazze a poche centinaia di metri l'una dall'altra.",
        115.0,
    ),
    (
        "it-sep-regionali-chiusura",
        "Puglia, si chiude la corsa per la Regione",
        "Da domani scatta il silenzio elettorale.",
        117.0,
    ),
    (
        "it-sep-allerta-liguria",
        "Allerta rossa in Liguria, scuole chiuse a Genova e nel Levante",
        "La Protezione civile regionale ha alzato il livello per le piogge intense attese per "
        "tutta la giornata di giovedì; chiusi anche parchi e cimiteri.",
        68.0,
    ),
    (
        "it-sep-allerta-liguria",
        "Maltempo, la Liguria si blinda",
        "Istituti chiusi e treni a rischio per il nubifragio.",
        69.0,
    ),
    (
        "it-sep-allerta-liguria",
        "Bomba d'acqua sul Levante: torrenti esondati, automobilista salvato",
        "Nel pomeriggio di giovedì sono caduti 250 millimetri in sei ore; a Varzanello i vigili "
        "del fuoco hanno recuperato un uomo rimasto intrappolato nel sottopasso.",
        88.0,
    ),
    (
        "it-sep-palestra-roccaverna",
        "Crollo del tetto della palestra, tre condanne a Roccaverna",
        "Il tribunale ha inflitto pene da due a quattro anni al progettista, al direttore dei "
        "lavori e a un funzionario comunale per il cedimento che nel 2021 ferì nove ragazzi.",
        87.0,
    ),
    (
        "it-sep-palestra-roccaverna",
        "Palestra crollata, arrivano le condanne",
        "Fino a quattro anni per progettista e direttore dei lavori.",
        88.0,
    ),
    (
        "it-sep-palestra-roccaverna",
        "«Finalmente qualcuno pagherà»: parlano i genitori dei ragazzi feriti",
        "All'uscita dall'aula le famiglie hanno chiesto che la nuova palestra, ancora chiusa, "
        "venga aperta entro Natale.",
        91.0,
    ),
    (
        "it-sep-west-nile-montecalvo",
        "West Nile, tre ricoveri nel Padovano",
        "Disinfestazione straordinaria contro le zanzare.",
        42.0,
    ),
    (
        "it-sep-west-nile-montecalvo",
        "Virus del Nilo occidentale, salgono a tre i ricoverati a Montecalvo Brenta",
        "Un uomo di 74 anni è in terapia intensiva; l'azienda sanitaria ha disposto interventi "
        "contro le zanzare in tutto il comune e sospeso le donazioni di sangue dei residenti.",
        46.0,
    ),
    (
        "it-sep-centenari-sardi",
        "Centenari sardi, scoperta la variante genetica che protegge il cuore",
        "Uno studio dell'Università di Roccaverna su 1.400 anziani dell'Ogliastra individua una "
        "mutazione che riduce l'infiammazione delle arterie.",
        153.0,
    ),
    (
        "it-sep-centenari-sardi",
        "Il segreto della lunga vita? Anche nel Dna",
        "Ricerca su oltre mille ultranovantenni.",
        155.0,
    ),
    (
        "it-sep-coppa-brenta-ciclismo",
        "Ciclismo, Nicolò Zanettin vince la Coppa Brenta in volata",
        "Il velocista trentino ha battuto allo sprint sul traguardo di Montecalvo un gruppo di "
        "quaranta corridori dopo 190 chilometri sotto la pioggia.",
        160.0,
    ),
    (
        "it-sep-regionali-affluenza",
        "Regionali, alle 19 affluenza al 31 per cento",
        "Il dato è in calo di quattro punti rispetto a cinque anni fa; seggi aperti fino alle 23 "
        "e lunedì dalle 7 alle 15.",
        163.5,
    ),
    (
        "it-sep-regionali-affluenza",
        "Puglia alle urne, partecipazione in calo",
        "Alle sette di sera aveva votato meno di un elettore su tre.",
        164.5,
    ),
    (
        "it-sep-rapina-sanfelizzo",
        "Rapina alla filiale di Sanfelizzo, banditi in fuga con 60mila euro",
        "Tre uomini armati hanno immobilizzato il direttore poco prima dell'apertura e si sono "
        "fatti consegnare il contenuto della cassaforte temporizzata.",
        15.0,
    ),
    (
        "it-sep-rapina-sanfelizzo",
        "Sanfelizzo, colpo in banca all'apertura",
        "Direttore legato, ingente il bottino.",
        16.5,
    ),
    # --- Portuguese ---
    (
        "pt-sep-debate-castro-alvar",
        "Autárquicas: debate em Castro Alvar aquece com habitação e estacionamento",
        "Os quatro candidatos à câmara trocaram acusações num frente a frente na rádio e na "
        "televisão locais, com o presidente em funções, Artur Mendonça Leal, debaixo de fogo por "
        "causa das rendas.",
        93.0,
    ),
    (
        "pt-sep-debate-castro-alvar",
        "Debate a quatro agita corrida autárquica em Castro Alvar",
        "A habitação dominou a noite, com críticas ao autarca.",
        94.5,
    ),
    (
        "pt-sep-debate-castro-alvar/sede-vandalizada",
        "Sede de campanha vandalizada em Castro Alvar",
        "Montra partida e paredes pintadas durante a madrugada.",
        102.0,
    ),
    (
        "pt-sep-debate-castro-alvar/sede-vandalizada",
        "Sede da candidatura de Mendonça Leal atacada na noite do frente a frente",
        "A PSP investiga os danos na sede do movimento independente na Rua Direita, descobertos "
        "ao início da manhã de sexta-feira; todas as candidaturas condenaram o ataque.",
        104.0,
    ),
    (
        "pt-sep-incendio-montemalhao",
        "Incêndio na serra de Montemalhão mobiliza 350 bombeiros",
        "O fogo começou ao início da tarde de quarta-feira numa zona de eucaliptal e obrigou a "
        "cortar a estrada nacional entre duas aldeias do concelho de Ferreirós da Serra.",
        62.0,
    ),
    (
        "pt-sep-incendio-montemalhao",
        "Fogo no distrito de Viseu: duas aldeias ameaçadas",
        "Meios aéreos em ação e estrada cortada.",
        63.0,
    ),
    (
        "pt-sep-incendio-montemalhao",
        "Chamas dominadas após consumirem 2 mil hectares; suspeito detido",
        "Os bombeiros deram o incêndio como dominado na manhã de quinta-feira; a Polícia "
        "Judiciária deteve um homem de 48 anos suspeito de ter ateado o fogo.",
        81.0,
    ),
    (
        "pt-sep-incendio-montemalhao/acidente-caca",
        "Caçador morre atingido a tiro na serra de Montemalhão",
        "O homem, de 57 anos, foi baleado por outro caçador numa montaria aos javalis na manhã de "
        "domingo; a GNR investiga as circunstâncias do acidente.",
        152.0,
    ),
    (
        "pt-sep-incendio-montemalhao/acidente-caca",
        "Acidente de caça mata homem em Ferreirós da Serra",
        "A vítima participava numa batida com amigos.",
        154.0,
    ),
    (
        "pt-sep-escola-sao-bento",
        "Arranque do ano letivo: nova escola de São Bento do Lameiro recebe 600 alunos",
        "O edifício, que substitui os pavilhões pré-fabricados com amianto, abriu na terça-feira "
        "com o ministro da Educação na cerimónia; ainda faltam professores de Matemática e Inglês.",
        32.0,
    ),
    (
        "pt-sep-escola-sao-bento",
        "Primeiro dia de aulas no edifício novo",
        "Em São Bento do Lameiro, adeus aos pavilhões.",
        33.5,
    ),
    (
        "pt-sep-escola-sao-bento/autocarro",
        "Autocarro escolar despista-se e fere oito alunos em São Bento do Lameiro",
        "O veículo, que levava crianças para a escola, saiu da estrada numa descida na "
        "quarta-feira de manhã; três alunos foram levados ao hospital de Viseu.",
        56.5,
    ),
    (
        "pt-sep-escola-sao-bento/autocarro",
        "Oito crianças feridas em despiste de transporte escolar",
        "O motorista terá ficado sem travões, diz a GNR.",
        58.5,
    ),
    (
        "pt-sep-corticeira-sobralinho",
        "Corticeira Sobralinho investe 40 milhões em nova fábrica e cria 250 empregos",
        "A unidade, em Castro Alvar, vai produzir rolhas técnicas e painéis de isolamento e "
        "deverá começar a laborar no fim de 2027.",
        35.0,
    ),
    (
        "pt-sep-corticeira-sobralinho",
        "Cortiça: 250 postos de trabalho no interior",
        "Investimento de 40 milhões anunciado esta terça.",
        36.5,
    ),
    (
        "pt-sep-burla-idosos",
        "Ex-funcionário bancário condenado a sete anos por desviar poupanças de idosos",
        "O tribunal de Castro Alvar deu como provado que o arguido retirou mais de 900 mil euros "
        "das contas de 23 clientes, quase todos com mais de 80 anos.",
        111.0,
    ),
    (
        "pt-sep-burla-idosos",
        "Sete anos de prisão para bancário que burlou clientes",
        "Tribunal ordena a devolução do dinheiro às vítimas.",
        112.5,
    ),
    (
        "pt-sep-castrense-vitoria",
        "Castrense vence em casa e sobe ao terceiro lugar",
        "Um golo de Baptista aos 88 minutos deu a vitória por 1-0 frente ao Desportivo de "
        "Ribadouro, num jogo marcado pela expulsão do guarda-redes visitante.",
        165.0,
    ),
    (
        "pt-sep-castrense-vitoria",
        "Baptista decide no fim",
        "Vitória tangencial do Atlético Castrense na receção aos ribadourenses.",
        166.0,
    ),
    (
        "pt-sep-urgencia-obstetricia",
        "Urgência de obstetrícia do hospital de Castro Alvar fecha no fim de semana",
        "Por falta de médicos, as grávidas serão encaminhadas para Viseu entre sábado e "
        "segunda-feira de manhã, anunciou a administração.",
        114.5,
    ),
    (
        "pt-sep-urgencia-obstetricia",
        "Grávidas desviadas para Viseu",
        "Escala de médicos incompleta para sábado e domingo.",
        115.5,
    ),
    (
        "pt-sep-fontes-hidrotermais",
        "Descoberto novo campo hidrotermal ao largo dos Açores",
        "A bordo de um navio de investigação, uma equipa do Instituto Oceânico do Atlântico "
        "filmou chaminés com mais de dez metros a 1.700 metros de profundidade, rodeadas de "
        "mexilhões.",
        154.0,
    ),
    (
        "pt-sep-fontes-hidrotermais",
        "Chaminés no fundo do mar surpreendem cientistas",
        "Achado feito a grande profundidade.",
        156.5,
    ),
    (
        "pt-sep-orcamento-negociacoes",
        "Ministro das Finanças recebe partidos para negociar o Orçamento do Estado",
        "As reuniões começaram na terça-feira e prolongam-se até quinta; o Governo precisa da "
        "abstenção de pelo menos um partido da oposição para aprovar as contas.",
        40.0,
    ),
    # --- Dutch ---
    (
        "nl-sep-nieuw-verbond-programma",
        "Nieuw Verbond presenteert verkiezingsprogramma: huurbevriezing en meer agenten",
        "Lijsttrekker Femke Oudshoorn wil de huren in de sociale sector drie jaar bevriezen en "
        "5.000 extra wijkagenten aannemen, betaald uit een hogere belasting op de inkoop van "
        "eigen aandelen.",
        81.0,
    ),
    (
        "nl-sep-nieuw-verbond-programma",
        "Oudshoorn: huren drie jaar op slot",
        "De partij zet in op wonen en veiligheid.",
        82.5,
    ),
    (
        "nl-sep-nieuw-verbond-programma/kandidaat-terug",
        "Kandidaat-Kamerlid Nieuw Verbond trekt zich terug na oude tweets",
        "Ruud van Dijkhuizen, nummer 9 op de kieslijst, stapt op nadat zijn berichten over "
        "moslims uit 2015 weer opdoken; hij zegt er 'diep spijt' van te hebben.",
        152.0,
    ),
    (
        "nl-sep-nieuw-verbond-programma/kandidaat-terug",
        "Nummer negen van de kieslijst stapt op",
        "Van Dijkhuizen biedt excuses aan voor zijn berichten.",
        153.5,
    ),
    (
        "nl-sep-stoopman-vrijspraak",
        "Vrijspraak voor Wolderveense aannemer in fraudezaak",
        "De rechtbank acht niet bewezen dat Hennie Stoopman de gemeente met valse facturen voor "
        "1,4 miljoen euro heeft opgelicht; het OM had drie jaar cel geëist.",
        59.0,
    ),
    (
        "nl-sep-stoopman-vrijspraak",
        "Aannemer vrijgesproken van oplichting",
        "Het OM eiste drie jaar, de rechter ziet te weinig bewijs.",
        60.0,
    ),
    (
        "nl-sep-stoopman-vrijspraak/nieuwe-arrestatie",
        "Wolderveense aannemer aangehouden na vechtpartij op de Markt",
        "Hennie Stoopman, woensdag nog vrijgesproken van fraude, zou in de nacht van vrijdag op "
        "zaterdag een portier hebben geslagen; de politie hield hem op straat aan.",
        132.0,
    ),
    (
        "nl-sep-stoopman-vrijspraak/nieuwe-arrestatie",
        "Portier mishandeld in Wolderveen, man (56) vast",
        "Het slachtoffer is met een hoofdwond naar het ziekenhuis gebracht.",
        134.0,
    ),
    (
        "nl-sep-oosterkamp-sponsor",
        "FC Oosterkamp strikt kassenbouwer Verhulst als hoofdsponsor",
        "Het bedrijf tekent voor vier seizoenen en gaat jaarlijks ruim 1 miljoen euro betalen, "
        "het grootste sponsorcontract in de geschiedenis van de club uit de Eerste Divisie.",
        14.0,
    ),
    (
        "nl-sep-oosterkamp-sponsor",
        "Nieuwe shirtsponsor voor de Oosterkampers",
        "Verhulst tekent een contract voor vier jaar.",
        15.5,
    ),
    (
        "nl-sep-oosterkamp-sponsor/boete-vuurwerk",
        "KNVB beboet FC Oosterkamp voor vuurwerk bij bekerduel",
        "De club moet 9.000 euro betalen omdat supporters tijdens het bekerduel tegen Hoogmeden "
        "vorige week fakkels en rookbommen op het veld gooiden; het duel lag acht minuten stil.",
        59.0,
    ),
    (
        "nl-sep-oosterkamp-sponsor/boete-vuurwerk",
        "Boete van 9.000 euro voor de club",
        "De aanklager straft het afsteken van fakkels in het uitvak.",
        61.0,
    ),
    (
        "nl-sep-prinsjesdag",
        "Miljoenennota: koopkracht gaat er volgend jaar gemiddeld 0,8 procent op vooruit",
        "Minister van Financiën Pieter Hoogland presenteerde een begroting met een lagere "
        "inkomstenbelasting in de eerste schijf en hogere accijns op tabak en frisdrank.",
        39.5,
    ),
    (
        "nl-sep-prinsjesdag",
        "Lastenverlichting voor werkenden in de begroting",
        "Wel duurder: sigaretten, frisdrank en vliegtickets.",
        40.5,
    ),
    (
        "nl-sep-prinsjesdag",
        "'Te weinig voor de laagste inkomens', zegt oppositie over kabinetsplannen",
        "De oppositie noemde de plannen 'een sigaar uit eigen doos' en kondigde voor de Algemene "
        "Politieke Beschouwingen van later deze week voorstellen aan voor een hogere huurtoeslag.",
        45.0,
    ),
    (
        "nl-sep-van-heeckeren-failliet",
        "Fietsenmaker Van Heeckeren failliet, 340 banen op de tocht",
        "De rechtbank sprak vrijdag het faillissement uit over het bedrijf uit Hoogmeden, dat na "
        "de coronajaren bleef zitten met volle magazijnen en dure leningen.",
        107.0,
    ),
    (
        "nl-sep-van-heeckeren-failliet",
        "Doek valt voor fietsfabriek in Hoogmeden",
        "Curator zoekt een koper voor merk en fabriek.",
        108.0,
    ),
    (
        "nl-sep-van-heeckeren-failliet",
        "Drie partijen melden zich bij curator van failliete rijwielfabriek",
        "Onder de geïnteresseerden is een Taiwanese fietsenfabrikant, meldt de curator zaterdag.",
        128.0,
    ),
    (
        "nl-sep-windhoos-dekkerswaard",
        "Windhoos trekt spoor van vernieling door Dekkerswaard",
        "Daken werden van huizen geblazen en tientallen bomen knakten donderdagavond in het dorp; "
        "een vrouw raakte lichtgewond door rondvliegend glas.",
        95.0,
    ),
    (
        "nl-sep-windhoos-dekkerswaard",
        "Ravage na windhoos in Zeeuws dorp",
        "De brandweer werkt de hele nacht door.",
        96.5,
    ),
    (
        "nl-sep-vierdaagse-schoolweek",
        "Basisschool in Brakelsloot stapt over op vierdaagse schoolweek",
        "Door het lerarentekort krijgen de kinderen van De Regenboog vanaf oktober op vrijdag "
        "geen les meer; ouders zijn woedend en stappen naar de inspectie.",
        12.5,
    ),
    (
        "nl-sep-vierdaagse-schoolweek",
        "Vrije vrijdag door gebrek aan leraren",
        "Ouders boos over het besluit van de school.",
        14.0,
    ),
    (
        "nl-sep-scheepswrak-waddenzee",
        "Duikers vinden zeventiende-eeuws VOC-schip in de Waddenzee",
        "Het wrak, dat na een storm deels is vrijgespoeld, ligt op zes meter diepte ten noorden "
        "van Texel; archeologen denken dat het om de in 1662 vergane Zeeridder gaat.",
        130.0,
    ),
    (
        "nl-sep-brouwers-record",
        "Inge Brouwers loopt Nederlands record op de 10 kilometer",
        "De atlete uit Oosterkamp finishte zondag in een wegwedstrijd in Hoogmeden in 30.41 en "
        "was daarmee negen seconden sneller dan het oude record.",
        157.0,
    ),
    (
        "nl-sep-hoogmeden-zege",
        "SC Hoogmeden blijft ongeslagen na zege op Dekkerswaard",
        "Spits Tim Schoonbeek maakte twee doelpunten in de 3-1 overwinning, waarmee de ploeg uit "
        "Hoogmeden koploper blijft in de Tweede Divisie.",
        160.5,
    ),
    (
        "nl-sep-hoogmeden-zege",
        "Schoonbeek schiet koploper naar winst",
        "Hoogmeden houdt de leiding met een 3-1 zege.",
        162.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a party's election programme presented and one of the same party's candidates withdrawing "
    "over old posts or messages one to three days later": (
        "de-sep-neue-mitte-wahlprogramm/kandidat-rueckzug",
        "en-sep-hearthstone-manifesto/candidate-quits",
        "nl-sep-nieuw-verbond-programma/kandidaat-terug",
    ),
    "a televised election debate and the campaign office of one of its candidates vandalised "
    "the same night": (
        "es-sep-debate-cantabria/sede-atacada",
        "fr-sep-debat-legislative-partielle/permanence-saccagee",
        "pt-sep-debate-castro-alvar/sede-vandalizada",
    ),
    "a retail chain announcing shop closures and the same chain opening a new flagship shop "
    "days later": (
        "en-sep-caddick-vane-closures/fernhallow-flagship",
        "it-sep-biancardi-chiusure/nuovo-negozio",
        "ru-sep-domovenok-zakrytie/novyj-gipermarket",
    ),
    "a forest fire and a fatal hunting accident in the same forest or hills days later": (
        "es-sep-incendio-almendrejo/accidente-caza",
        "fr-sep-incendie-roquebrac/accident-chasse",
        "pt-sep-incendio-montemalhao/acidente-caca",
    ),
    "a defendant acquitted by a court and the same person arrested over a new offence days later": (
        "en-sep-harrop-acquitted/road-rage-arrest",
        "nl-sep-stoopman-vrijspraak/nieuwe-arrestatie",
        "ru-sep-surin-opravdan/novoe-zaderzhanie",
    ),
    "a school's first day of term in a new or rebuilt building and a crash of a bus carrying "
    "its pupils a day later": (
        "de-sep-schulstart-graefenmoor/schulbus-unfall",
        "it-sep-primo-giorno-pieve/scuolabus",
        "pt-sep-escola-sao-bento/autocarro",
    ),
    "a football club's sponsorship deal and a fine on the same club over its fans' flares or "
    "fireworks within two days": (
        "es-sep-villamorana-patrocinio/multa-bengalas",
        "it-sep-sanfelizzo-sponsor/multa-tifosi",
        "nl-sep-oosterkamp-sponsor/boete-vuurwerk",
    ),
    "an archaeological find announced at a dig and the same dig plundered by looters one to "
    "three days later": (
        "de-sep-hollenbruegge-reitergrab/raubgraeber",
        "fr-sep-mosaique-marnilly/pillage",
        "ru-sep-kurgan-kluchegorsk/chernye-kopateli",
    ),
}
