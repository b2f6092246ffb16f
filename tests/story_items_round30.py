"""A thirtieth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 25: items are (story, title, lead, hours),
`hours` being when the item was published, in hours after the set's start (a Monday, 00:00), so
the merging's 48-hour window decides as in production. The set is one national news week as a
reader's five to eight feeds carry it: politics, courts, economy, weather, transport, health,
crime and sport, in eight languages, each language its own country's week. It spans seven days
(0.5 to 168.5 hours) and holds 286 items under 125 labels: 101 stories and 24 hard negatives;
41 labels in English (98 items, about 34%), 12 in each of German, French, Spanish, Italian,
Portuguese, Dutch and Russian (27 items each, 26 in Russian).

Big stories are carried by three or four outlets over a day (a wire flash, a national paper, a
regional paper, a broadcaster or a quote-led piece): the chancellor's budget, Storm Imogen, the
November inflation figure, Sturm Xenia, the Castellar downpour, the Leonor storm. Some have a
next-day copy with a new fact (arrests after the Selbury cash van raid, the lorry driver held
after the M71 crash, custody orders after the German people-smuggling raid, a death after
Tempête Lisandre, one of the escaped prisoners caught at Monteviejo and near Кряжинск, the
Portuguese teachers' strike turnout). Many one-day stories are carried twice, and 12 labels are
told by one outlet only. Every story's copies fall within 48 hours of each other; no story has
more than four copies (3 have four, 42 three, 68 two). 109 labels have both a full copy and a
teaser whose lead is under 80 characters.

Numbers change format between copies (£38,400 / £38k / thirty-eight thousand pounds, 3.1% /
3.1 per cent / 3.1pc, £1.2m / £1.2 million, 14 Monate / ein Jahr und zwei Monate, 2,97
Millionen / fast drei Millionen, 41 minutos, 4.000 / 4,000), names change form (Gareth Pryce,
Pryce, the Wexmoor MP; Jörg Krause, Ex-Minister; Alain Delorme, le maire; Павел Горин, депутат
Горин) and angles differ (the figure, the reaction, the victim's family, the cost to households).

What is new: eight kinds of hard negative drawn from real national news weeks, none of them in
earlier rounds' category list, three each, placed as far from their story as the two events
would really be: one politician's two different court cases in one week (a fraud verdict and a
libel claim, a bribery conviction and an insult trial, a favouritism conviction and a
defamation case); a union's strike called off and another union's strike going ahead (rail
drivers and bus drivers, train drivers and city buses, regional trains and taxis); a ministry's
new policy and an unrelated data or IT failure at the same ministry (a school phone ban and a
results-portal leak, a winter emergency plan and e-prescriptions down, a rent cap and a mailing
leak); a storm and a later frost, ice or snow warning for the same region; a factory closure and
another firm's new jobs in the same town; a motorway pile-up and a planned closure of the same
motorway for works; an ambulance service's response-time figures and a crash of one of its
ambulances; a prison escape and an unrelated fight at the same prison. Ten hard negatives are
first published within 48 hours of their story (20 to 43 hours), fourteen beyond it (54 to 112
hours). Other pairs share an actor or a place without being one event, and are separate stories,
not listed hard negatives: the housing minister's resignation and the mini-reshuffle that
replaced him, Hallam Town's derby defeat and the manager's sacking the next day, a boxing title
and a derby in Brannock, Alvarenga's ambulance figures and its football club.

What "same story" means here, as in earlier rounds: one event (one verdict, one storm, one
figure's release, one closure, one crash, one escape, one strike call, one match) in its news
cycle, including a next-day follow-up with a new fact. Not the same story: another event of the
same kind or with the same actor, even in the same town, court, ministry, prison or motorway. A
label with a suffix after a slash is a hard negative of the story before the slash (categories
in `HARD_NEGATIVES`).

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All places,
people, firms, clubs, hospitals and prisons are invented here; real bodies appear only as
backdrop (the Bank of England, the Office for National Statistics, the Met Office, the NHS,
Border Force, the Deutsche Bahn, the Autobahn GmbH, the Deutsche Wetterdienst, the Bundesagentur
für Arbeit, Météo-France, Santé publique France, the Guardia Civil, the Guardia di Finanza,
Istat, INEM, the CBS, Rijkswaterstaat, the Bank of Russia) along with real regions as weather
backdrop.

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were compared by script for clashing labels and texts), and never run
through the merging code before its one scoring run (`python -m bench.stories --round30`).
Once its errors have been read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-budget-statement-marsh",
        "Chancellor freezes fuel duty and trims income tax by 1p",
        "Helen Marsh told the Commons on Tuesday that fuel duty would stay frozen for a further "
        "year and the basic rate of income tax would fall by a penny from April.",
        37.5,
    ),
    (
        "en-budget-statement-marsh",
        "Marsh budget: fuel duty frozen, basic rate cut",
        "Key points from the chancellor's statement in brief.",
        37.9,
    ),
    (
        "en-budget-statement-marsh",
        "What the Marsh budget means for your household",
        "A family on two average salaries will be about £310 a year better off, the Treasury "
        "says, though economists warned the penny cut would be eaten by frozen thresholds.",
        40.2,
    ),
    (
        "en-budget-statement-marsh",
        "Northern businesses give cautious welcome to budget",
        "Chambers of commerce in the region said the chancellor had done little for small firms "
        "facing higher energy bills, despite the one-pence cut to the basic rate.",
        44.0,
    ),
    (
        "en-pryce-expenses-verdict",
        "MP Gareth Pryce guilty of expenses fraud",
        "A jury at Carden Crown Court found the Wexmoor MP guilty of claiming £38,400 in rent "
        "for a flat he owned through his brother-in-law.",
        15.1,
    ),
    (
        "en-pryce-expenses-verdict",
        "Pryce convicted over £38k expenses claims",
        "Wexmoor MP faces sentencing next month.",
        15.6,
    ),
    (
        "en-pryce-expenses-verdict",
        "Gareth Pryce: the rise and fall of Wexmoor's MP",
        "The 52-year-old, found guilty on Monday afternoon of fiddling thirty-eight thousand "
        "pounds in expenses, once tipped himself as a future minister.",
        19.4,
    ),
    (
        "en-pryce-expenses-verdict/libel",
        "Pryce loses libel claim against Northern Courier",
        "A High Court judge threw out the MP's separate defamation case over a 2025 article "
        "about his constituency office, ordering him to pay the paper's costs.",
        58.3,
    ),
    (
        "en-pryce-expenses-verdict/libel",
        "Judge dismisses Pryce defamation action",
        "Second court blow for the Wexmoor MP this week.",
        59.0,
    ),
    (
        "en-byelection-wexcombe",
        "Greens take Wexcombe in by-election upset",
        "Community campaigner Ruth Adeyemi won the Wexcombe by-election on a 31 per cent "
        "turnout, overturning a majority of more than 9,000.",
        102.4,
    ),
    (
        "en-byelection-wexcombe",
        "Wexcombe by-election: Adeyemi wins by 1,204 votes",
        "Result declared at 3am at the town's leisure centre.",
        102.9,
    ),
    (
        "en-byelection-wexcombe",
        "Wexcombe result 'a warning' to both big parties",
        "Ruth Adeyemi's 1,204-vote win, on a swing of nearly 14 points, was the worst by-"
        "election result for the governing party in a decade, analysts said.",
        108.0,
    ),
    (
        "en-okafor-resigns",
        "Housing minister Paul Okafor resigns over shares",
        "Paul Okafor quit on Monday morning after it emerged he had not declared a stake in a "
        "building firm that won a council contract in his department's gift.",
        12.2,
    ),
    (
        "en-okafor-resigns",
        "Okafor quits as housing minister",
        "He had not declared his shares in a building firm.",
        12.6,
    ),
    (
        "en-okafor-resigns",
        "Okafor: 'I made an error and I take responsibility'",
        "In his resignation letter the former housing minister said he had sold the shares last "
        "month but should have declared them when he took office.",
        15.9,
    ),
    (
        "en-reshuffle-housing",
        "Prime minister names Claire Denholm housing minister",
        "Claire Denholm, a former council leader, was promoted from the backbenches on Monday "
        "evening to replace Paul Okafor in a mini-reshuffle.",
        20.8,
    ),
    (
        "en-reshuffle-housing",
        "Mini-reshuffle: Denholm to housing, Tate to transport",
        "Two other junior posts changed hands.",
        21.3,
    ),
    (
        "en-phone-ban-schools",
        "Mobile phones to be banned in schools in England from September",
        "The Department for Education said on Monday that phones must be handed in at the start "
        "of the school day in all state schools, with heads given powers to confiscate them.",
        6.4,
    ),
    (
        "en-phone-ban-schools",
        "Schools phone ban confirmed for September",
        "Guidance to be made statutory, ministers say.",
        6.8,
    ),
    (
        "en-phone-ban-schools",
        "Heads split over phone ban as unions ask who will store the devices",
        "School leaders welcomed the aim of the new rule but said lockers and staff time would "
        "cost an average secondary about £6,000.",
        18.0,
    ),
    (
        "en-phone-ban-schools/portal-leak",
        "Pupil records exposed in exam results portal glitch",
        "An error on the Department for Education's results portal let parents see the names and"
        " grades of about 9,000 other pupils for four hours on Thursday.",
        98.5,
    ),
    (
        "en-phone-ban-schools/portal-leak",
        "DfE portal shows other pupils' grades",
        "The site was taken offline and the data watchdog was told.",
        99.1,
    ),
    (
        "en-quarry-murder-verdict",
        "Man guilty of murdering climber at Brackwater quarry",
        "Dean Fallow, 34, was convicted of killing Sam Horrocks, whose body was found at the "
        "foot of the disused quarry face in March.",
        60.2,
    ),
    (
        "en-quarry-murder-verdict",
        "Fallow convicted of Brackwater quarry killing",
        "Jury took nine hours to reach its verdict.",
        60.8,
    ),
    (
        "en-quarry-murder-verdict",
        "Brackwater victim's mother: 'Justice at last for Sam'",
        "Speaking outside court, Julie Horrocks said her son had been 'lured to the quarry' and "
        "thanked detectives for refusing to accept it was a fall.",
        65.0,
    ),
    (
        "en-severnmoor-fine",
        "Severnmoor Water fined £12m for sewage spills",
        "The company admitted releasing untreated sewage into the River Alne on 140 days between"
        " 2022 and 2024, a court heard.",
        80.3,
    ),
    (
        "en-severnmoor-fine",
        "Record £12 million penalty for Severnmoor over River Alne spills",
        "Campaigners said the fine was less than a week's profit for the firm.",
        84.6,
    ),
    (
        "en-inflation-november",
        "UK inflation falls to 3.1%",
        "Consumer prices rose 3.1% in the year to November, down from 3.6% in October, the "
        "Office for National Statistics said.",
        79.0,
    ),
    (
        "en-inflation-november",
        "Inflation eases to 3.1 per cent",
        "Lowest rate since the spring.",
        79.2,
    ),
    (
        "en-inflation-november",
        "Cheaper petrol drags inflation down to 3.1pc",
        "Falling fuel prices and smaller rises in food costs pulled the annual rate down by half"
        " a point, the biggest drop in more than a year.",
        80.5,
    ),
    (
        "en-inflation-november",
        "Inflation drop 'opens door' to rate cut next year",
        "Economists said the fall to 3.1 per cent, below forecasts of 3.3, made it more likely "
        "the Bank of England would start trimming rates in February.",
        86.0,
    ),
    (
        "en-rate-hold-december",
        "Bank of England holds rates at 4.25%",
        "The Monetary Policy Committee voted 6-3 to keep Bank Rate unchanged on Thursday, with "
        "three members backing a quarter-point cut.",
        84.0,
    ),
    (
        "en-rate-hold-december",
        "Rates on hold at 4.25pc after 6-3 vote",
        "Three MPC members wanted a cut.",
        84.3,
    ),
    (
        "en-rate-hold-december",
        "Mortgage holders face Christmas with no rate relief",
        "Lenders said fixed deals would stay broadly where they are after the Bank left its base"
        " rate at 4.25 per cent.",
        88.5,
    ),
    (
        "en-felbridge-factory-closure",
        "Biscuit factory in Felbridge to close with loss of 640 jobs",
        "Harcastle Foods said its Felbridge plant, which has made biscuits since 1931, would "
        "shut by next summer as production moves to Poland.",
        30.2,
    ),
    (
        "en-felbridge-factory-closure",
        "640 jobs to go as Harcastle shuts Felbridge site",
        "Union calls closure 'a hammer blow'.",
        30.7,
    ),
    (
        "en-felbridge-factory-closure",
        "Felbridge reels as biscuit works set to close",
        "For three generations the Harcastle factory has been the town's biggest employer; its "
        "closure will take 640 jobs out of a town of 22,000.",
        36.4,
    ),
    (
        "en-felbridge-factory-closure/warehouse-jobs",
        "Battery firm to create 300 jobs in Felbridge",
        "Tavistock Batteries will open a distribution centre on the Moorside estate next spring,"
        " the company said on Friday.",
        104.6,
    ),
    (
        "en-felbridge-factory-closure/warehouse-jobs",
        "300 new jobs for Felbridge at battery warehouse",
        "Hiring to start in March.",
        105.2,
    ),
    (
        "en-pennyfields-administration",
        "Pennyfield's department store chain collapses into administration",
        "All 38 stores will stay open while administrators look for a buyer, but 2,100 jobs are "
        "at risk.",
        60.1,
    ),
    (
        "en-pennyfields-administration",
        "Pennyfield's calls in administrators",
        "2,100 staff at risk across its 38 stores.",
        60.5,
    ),
    (
        "en-pennyfields-administration",
        "Shoppers urged to use Pennyfield's gift cards quickly",
        "Administrators said vouchers would be honoured for now, but consumer groups warned they"
        " could be frozen if no buyer is found.",
        66.3,
    ),
    (
        "en-storm-imogen",
        "Storm Imogen: 90mph gusts batter north-west",
        "Amber wind warnings are in place across Cumbria and Lancashire, with the strongest "
        "gusts recorded at Skelmoor Point overnight.",
        2.5,
    ),
    (
        "en-storm-imogen",
        "Imogen leaves 40,000 homes without power",
        "Engineers working through the night, network says.",
        3.1,
    ),
    (
        "en-storm-imogen",
        "Trees down, trains halted as Imogen sweeps through",
        "Rail lines north of Carlham were closed for most of Monday morning and a lorry was "
        "blown over on an exposed stretch of road near Raisgill.",
        9.8,
    ),
    (
        "en-storm-imogen",
        "Storm Imogen: clean-up begins as power restored to most",
        "About 6,000 homes were still without electricity on Monday night, down from a peak of "
        "forty thousand.",
        22.5,
    ),
    (
        "en-storm-imogen/snow",
        "Snow warning for Cumbria and the Pennines",
        "Up to 15cm could fall on higher ground on Friday night, the Met Office said, with ice "
        "likely on untreated roads.",
        98.0,
    ),
    (
        "en-storm-imogen/snow",
        "Yellow snow warning for north-west hills",
        "Up to 15cm on high ground Friday night.",
        98.7,
    ),
    (
        "en-tarnford-flood",
        "Homes flooded as River Tarne bursts its banks",
        "About 60 properties in Tarnford were flooded on Monday morning and firefighters used "
        "boats to reach residents on Mill Lane.",
        8.1,
    ),
    (
        "en-tarnford-flood",
        "Tarnford residents count cost after flooding",
        "Sixty homes hit; rest centre opened in church hall.",
        11.4,
    ),
    (
        "en-m71-coach-crash",
        "Three killed in coach and lorry crash on M71",
        "The crash happened between junctions 8 and 9 near Ashby Reach at about 6am on "
        "Wednesday; 22 people were taken to hospital.",
        55.4,
    ),
    (
        "en-m71-coach-crash",
        "M71 closed after fatal crash",
        "Three dead, 22 injured near Ashby Reach.",
        55.9,
    ),
    (
        "en-m71-coach-crash",
        "Lorry driver arrested after M71 crash that killed three",
        "The 51-year-old was held on suspicion of causing death by dangerous driving a day after"
        " his lorry jack-knifed in fog near Ashby Reach and was hit by a coach carrying factory "
        "workers.",
        80.5,
    ),
    (
        "en-rail-strike-called-off",
        "Train drivers call off Thursday strike after pay offer",
        "The Rail Drivers' Union suspended the walkout after operators offered a 5.2% rise over "
        "two years, to be put to members in a ballot.",
        62.0,
    ),
    (
        "en-rail-strike-called-off",
        "Thursday rail strike off",
        "Drivers to vote on 5.2% offer.",
        62.4,
    ),
    (
        "en-rail-strike-called-off",
        "Commuters relieved as rail walkout suspended",
        "Services will run normally on Thursday, operators said, after the union's executive "
        "agreed to put the new deal to a vote.",
        65.5,
    ),
    (
        "en-rail-strike-called-off/bus-strike",
        "Bus drivers' strike goes ahead across West Marches",
        "Members of the Transit Workers' Union walked out on Thursday in a dispute over rotas, "
        "with only a handful of routes running.",
        82.1,
    ),
    (
        "en-rail-strike-called-off/bus-strike",
        "Buses off the road as TWU strike begins",
        "Schools warn of late pupils.",
        82.6,
    ),
    (
        "en-kelsham-drone",
        "Kelsham Airport shut by drone sightings",
        "Flights were suspended for almost three hours on Saturday afternoon after two drones "
        "were seen near the runway.",
        136.0,
    ),
    (
        "en-kelsham-drone",
        "Drones close Kelsham Airport",
        "80 flights were diverted or cancelled at the airport.",
        136.4,
    ),
    (
        "en-kelsham-drone",
        "Kelsham drone chaos: police search fields near runway",
        "Officers said they had found a launch site used by the drones that halted 80 flights, "
        "and were examining footage from nearby farms.",
        141.7,
    ),
    (
        "en-freight-derailment",
        "Freight train derails near Moss Lane",
        "Twelve wagons carrying stone left the track at about 1am; nobody was hurt but the line "
        "will be closed all weekend.",
        113.2,
    ),
    (
        "en-freight-derailment",
        "Line shut after freight wagons derail at Moss Lane",
        "Weekend disruption for passengers.",
        116.5,
    ),
    (
        "en-ambulance-response-times",
        "West Marches ambulances slowest in the country",
        "Heart attack and stroke patients waited an average of 52 minutes, more than double the "
        "18-minute target, new figures show.",
        26.5,
    ),
    (
        "en-ambulance-response-times",
        "52-minute waits for 999 patients in West Marches",
        "Target is 18 minutes.",
        27.0,
    ),
    (
        "en-ambulance-response-times",
        "Ambulance chief blames hospital handover delays",
        "West Marches Ambulance Service said crews lost 9,000 hours last month queueing outside "
        "emergency departments.",
        32.3,
    ),
    (
        "en-ambulance-response-times/crash",
        "Paramedic hurt as ambulance hits wall in Ludcombe",
        "The West Marches vehicle was on its way to a call when it left the road on Station Hill"
        " on Wednesday evening.",
        66.8,
    ),
    (
        "en-ambulance-response-times/crash",
        "Ambulance crash in Ludcombe",
        "Paramedic taken to hospital, patient unhurt.",
        67.3,
    ),
    (
        "en-measles-ashmoor",
        "Measles outbreak in Ashmoor reaches 27 cases",
        "Health officials urged parents to check children's vaccinations after cases were "
        "confirmed at four primary schools.",
        48.6,
    ),
    (
        "en-measles-ashmoor",
        "Ashmoor measles: pop-up jab clinics this week",
        "27 children infected so far.",
        52.0,
    ),
    (
        "en-waiting-list",
        "Hospital waiting list falls for third month",
        "The number of people waiting for planned treatment fell to 7.2 million in October, the "
        "NHS said.",
        110.0,
    ),
    (
        "en-waiting-list",
        "Waiting list down again to 7.2m",
        "Third monthly fall.",
        110.5,
    ),
    (
        "en-cash-van-raid",
        "£1.2m stolen in cash van raid near Selbury",
        "Three masked men forced a security van off the road on the A439 and threatened the crew"
        " with a machete.",
        14.0,
    ),
    (
        "en-cash-van-raid",
        "Cash van robbed of £1.2m",
        "The crew were unhurt, police said.",
        14.6,
    ),
    (
        "en-cash-van-raid",
        "Two arrested over Selbury cash van robbery",
        "Police said a burnt-out car found in woodland was used in Monday's raid, in which £1.2 "
        "million was taken.",
        38.0,
    ),
    (
        "en-missing-girl-found",
        "Missing 14-year-old Amy Rudd found safe",
        "Amy, who had not been seen since Monday, was found at a friend's house in Hartley on "
        "Wednesday night, police said.",
        76.2,
    ),
    (
        "en-missing-girl-found",
        "Amy Rudd found safe and well",
        "Police thank public for help.",
        76.5,
    ),
    (
        "en-missing-girl-found",
        "Family 'overjoyed' after missing Amy is found",
        "Her father said the family had barely slept since the schoolgirl vanished after leaving"
        " Hartley Academy.",
        78.0,
    ),
    (
        "en-dunhaven-cocaine",
        "400kg of cocaine found in banana lorry at Dunhaven",
        "Border Force officers found the drugs hidden in a refrigerated trailer arriving from "
        "Rotterdam on Saturday.",
        124.3,
    ),
    (
        "en-dunhaven-cocaine",
        "Dunhaven cocaine seizure worth £32m",
        "The lorry's driver, 41, has been arrested.",
        126.0,
    ),
    (
        "en-canal-murder-charge",
        "Man charged with murder after body found in Wexley canal",
        "Kyle Benson, 29, will appear before magistrates on Saturday charged with murdering a "
        "man whose body was found near Lock 14.",
        116.0,
    ),
    (
        "en-canal-murder-charge",
        "Wexley canal death: murder charge",
        "Accused to appear in court Saturday.",
        118.2,
    ),
    (
        "en-brannock-derby",
        "Brannock United beat Hallam Town 3-1 in derby",
        "Two goals from Jordan Keel sent Brannock top of the table after Hallam had led at half-"
        "time.",
        138.2,
    ),
    (
        "en-brannock-derby",
        "Keel double as Brannock win derby",
        "Hallam beaten 3-1 after leading at the break.",
        138.5,
    ),
    (
        "en-brannock-derby",
        "Hallam fans turn on manager after derby collapse",
        "Chants against Steve Wilde rang round the away end as Hallam threw away a half-time "
        "lead at Brannock.",
        141.0,
    ),
    (
        "en-hallam-sack-wilde",
        "Hallam Town sack manager Steve Wilde",
        "The club confirmed his departure on Sunday afternoon after a run of one win in ten "
        "league games.",
        160.3,
    ),
    (
        "en-hallam-sack-wilde",
        "Wilde out at Hallam",
        "Assistant takes charge for Tuesday's game.",
        160.8,
    ),
    (
        "en-boxing-cready",
        "Liam Cready wins world title in Brannock",
        "The 27-year-old Brannock fighter stopped the champion in the ninth round to take the "
        "WBA super-featherweight belt.",
        143.5,
    ),
    (
        "en-boxing-cready",
        "Cready crowned world champion after ninth-round stoppage",
        "He becomes the town's first world champion.",
        150.0,
    ),
    (
        "en-doctors-ballot",
        "Resident doctors vote for strikes",
        "84% of those voting backed action in a ballot with a 61% turnout, meaning walkouts "
        "could start in January.",
        44.5,
    ),
    (
        "en-doctors-ballot",
        "Doctors back strike action by 84%",
        "Walkouts possible from January.",
        45.0,
    ),
    (
        "en-house-prices",
        "House prices rise 0.6% in November, says Halden",
        "The average price reached £289,400, the Halden Building Society said, the fourth "
        "monthly rise in a row.",
        74.5,
    ),
    (
        "en-house-prices",
        "Halden index: homes up 0.6%",
        "Fourth rise in a row.",
        75.0,
    ),
    (
        "en-inquest-cyclist",
        "Coroner calls for safer junction after cyclist's death",
        "An inquest heard that Maya Trent, 24, was hit by a turning lorry at the Kingsgate "
        "junction, where two riders have died since 2021.",
        90.0,
    ),
    (
        "en-lottery-syndicate",
        "Factory workers share £4m lottery win",
        "Eleven staff at a packaging plant in Orrell each take home about £360,000 after their "
        "weekly syndicate came up.",
        146.0,
    ),
    (
        "en-school-roof",
        "Pupils sent home after school roof partly collapses",
        "Part of the sports hall roof at Greenhill Primary fell in overnight, and the building "
        "will stay closed until engineers have checked it.",
        72.5,
    ),
    (
        "en-library-closures",
        "Council plans to shut six branch libraries",
        "Harborough Vale council says closing the branches would save £1.1m a year; a "
        "consultation runs until February.",
        95.0,
    ),
    (
        "en-zoo-tiger-cubs",
        "Rare tiger cubs born at Hollinsford zoo",
        "Three Amur tiger cubs were born last week and are doing well, keepers said, though "
        "visitors will not see them until spring.",
        152.0,
    ),
    # --- German ---
    (
        "de-urteil-krause-vorteilsnahme",
        "Ex-Minister Krause wegen Vorteilsannahme verurteilt",
        "Das Landgericht Haldenburg hat den früheren Landesbauminister Jörg Krause zu 14 Monaten"
        " auf Bewährung verurteilt, weil er sich Urlaube von einem Bauunternehmer bezahlen ließ.",
        34.4,
    ),
    (
        "de-urteil-krause-vorteilsnahme",
        "Bewährungsstrafe für Jörg Krause",
        "Früherer Bauminister muss zudem 30.000 Euro zahlen.",
        34.9,
    ),
    (
        "de-urteil-krause-vorteilsnahme",
        "Krause-Urteil: Opposition fordert Aufarbeitung im Landtag",
        "Nach der Verurteilung des Ex-Ministers zu einem Jahr und zwei Monaten auf Bewährung "
        "will die Opposition einen Untersuchungsausschuss zu den Bauaufträgen.",
        40.0,
    ),
    (
        "de-urteil-krause-vorteilsnahme/beleidigung",
        "Krause im Beleidigungsprozess freigesprochen",
        "In einem zweiten Verfahren hat das Amtsgericht Haldenburg den Ex-Minister vom Vorwurf "
        "freigesprochen, einen Blogger im Netz als Lügner beschimpft zu haben.",
        112.5,
    ),
    (
        "de-urteil-krause-vorteilsnahme/beleidigung",
        "Freispruch für Krause vor dem Amtsgericht",
        "Es ging um einen Kommentar auf einer Internetseite.",
        113.0,
    ),
    (
        "de-sturm-xenia",
        "Sturm Xenia: Bahn stellt Fernverkehr im Norden ein",
        "Wegen Orkanböen von bis zu 130 km/h hat die Deutsche Bahn am Montagmorgen alle Fernzüge"
        " nördlich von Hannover gestoppt.",
        4.2,
    ),
    (
        "de-sturm-xenia",
        "Orkan Xenia legt Norden lahm",
        "Keine Fernzüge, Schulen in Teilen Frieslands zu.",
        4.8,
    ),
    (
        "de-sturm-xenia",
        "Xenia-Bilanz: zwei Verletzte und umgestürzte Bäume",
        "Der Sturm hat in Niedersachsen und Schleswig-Holstein Hunderte Bäume entwurzelt, "
        "Feuerwehren rückten mehr als 2000 Mal aus.",
        16.5,
    ),
    (
        "de-sturm-xenia/glatteis",
        "Glatteis-Warnung für Niedersachsen und Schleswig-Holstein",
        "Der Deutsche Wetterdienst warnt für die Nacht zum Freitag vor gefrierendem Regen und "
        "spiegelglatten Straßen im Norden.",
        85.0,
    ),
    (
        "de-sturm-xenia/glatteis",
        "Gefahr durch Glatteis im Norden",
        "Wetterdienst rät, Autofahrten zu verschieben.",
        85.6,
    ),
    (
        "de-a79-massenkarambolage",
        "Massenkarambolage auf der A 79 bei Nebel",
        "Bei Sichtweiten unter 50 Metern sind am Mittwochmorgen bei Kettnach-Süd 31 Fahrzeuge "
        "ineinander gefahren, elf Menschen wurden verletzt.",
        54.2,
    ),
    (
        "de-a79-massenkarambolage",
        "31 Autos in Unfall auf A 79 verwickelt",
        "Elf Verletzte, Strecke Richtung Süden gesperrt.",
        54.7,
    ),
    (
        "de-a79-massenkarambolage",
        "A 79: Polizei rekonstruiert Unfallkette im Nebel",
        "Nach dem Unfall mit 31 Fahrzeugen prüfen die Ermittler, ob ein Lkw zu schnell unterwegs"
        " war; die Autobahn war sechs Stunden dicht.",
        60.3,
    ),
    (
        "de-a79-massenkarambolage/vollsperrung",
        "A 79 am Wochenende voll gesperrt",
        "Wegen des Abrisses einer Brücke bei Ostervelde ist die Autobahn von Freitagabend bis "
        "Montagfrüh in beide Richtungen gesperrt, teilte die Autobahn GmbH mit.",
        84.5,
    ),
    (
        "de-a79-massenkarambolage/vollsperrung",
        "Brückenabriss: Sperrung der A 79",
        "Umleitung über die Bundesstraße ist ausgeschildert.",
        85.2,
    ),
    (
        "de-arbeitslosenzahl-november",
        "Zahl der Arbeitslosen steigt auf 2,97 Millionen",
        "Die Bundesagentur für Arbeit meldet für November 42.000 Arbeitslose mehr als vor einem "
        "Jahr; die Quote liegt bei 6,3 Prozent.",
        77.0,
    ),
    (
        "de-arbeitslosenzahl-november",
        "Arbeitsmarkt: fast drei Millionen ohne Job",
        "Quote steigt auf 6,3 Prozent.",
        77.4,
    ),
    (
        "de-klinikum-wessel-insolvenz",
        "Klinikum Wessel stellt Insolvenzantrag",
        "Das kommunale Krankenhaus mit 1.100 Beschäftigten ist zahlungsunfähig; der Betrieb soll"
        " in Eigenverwaltung weiterlaufen.",
        40.0,
    ),
    (
        "de-klinikum-wessel-insolvenz",
        "Insolvenz: Klinikum Wessel versorgt Patienten weiter",
        "Gehälter sind bis Februar über das Insolvenzgeld gesichert.",
        43.5,
    ),
    (
        "de-bundesliga-rotheim",
        "FC Rotheim und Borussia Lehnfeld trennen sich 2:2",
        "In einem turbulenten Spiel glich Lehnfeld zweimal aus, zuletzt in der Nachspielzeit "
        "durch Timo Brandl.",
        141.5,
    ),
    (
        "de-bundesliga-rotheim",
        "Rotheim verspielt Sieg in Nachspielzeit",
        "Brandl trifft spät zum 2:2.",
        142.0,
    ),
    (
        "de-razzia-schleuser",
        "Razzia gegen Schleuserbande in fünf Bundesländern",
        "Mehr als 600 Polizisten durchsuchten am Montagmorgen Wohnungen und Büros, sieben "
        "Verdächtige wurden festgenommen.",
        8.5,
    ),
    (
        "de-razzia-schleuser",
        "Sieben Festnahmen bei Großrazzia gegen Schleuser",
        "Bande soll 300 Menschen eingeschleust haben.",
        8.9,
    ),
    (
        "de-razzia-schleuser",
        "Haftbefehle gegen fünf mutmaßliche Schleuser",
        "Einen Tag nach der Razzia in fünf Bundesländern hat ein Ermittlungsrichter "
        "Untersuchungshaft angeordnet; die Bande soll rund 2,4 Millionen Euro kassiert haben.",
        31.5,
    ),
    (
        "de-rentenpaket-bundestag",
        "Bundestag beschließt Rentenpaket",
        "Das Rentenniveau soll bis 2031 bei 48 Prozent bleiben; 371 Abgeordnete stimmten für das"
        " Gesetz.",
        108.0,
    ),
    (
        "de-rentenpaket-bundestag",
        "Rentenniveau bei 48 Prozent gesichert",
        "Bundestag stimmt mit 371 Ja-Stimmen zu.",
        108.4,
    ),
    (
        "de-bruecke-risse-lindau",
        "Risse in der Talbrücke: Lastwagen müssen Umwege fahren",
        "Bei einer Prüfung der Talbrücke Grevenau wurden Risse entdeckt, die Brücke ist ab "
        "sofort für Fahrzeuge über 7,5 Tonnen gesperrt.",
        66.0,
    ),
    # --- French ---
    (
        "fr-proces-delorme-favoritisme",
        "Le maire de Saint-Varen condamné pour favoritisme",
        "Alain Delorme a été condamné à dix-huit mois de prison avec sursis et cinq ans "
        "d'inéligibilité pour avoir attribué des marchés publics à un ami entrepreneur.",
        32.0,
    ),
    (
        "fr-proces-delorme-favoritisme",
        "Alain Delorme condamné, inéligible cinq ans",
        "Le maire annonce qu'il fait appel.",
        32.4,
    ),
    (
        "fr-proces-delorme-favoritisme",
        "À Saint-Varen, la condamnation du maire sidère les habitants",
        "Élu depuis 2008, Alain Delorme reste en fonction le temps de l'appel, mais son "
        "inéligibilité pèse déjà sur les municipales.",
        37.5,
    ),
    (
        "fr-proces-delorme-favoritisme/diffamation",
        "Diffamation : Delorme débouté face à son opposant",
        "Dans une autre affaire, le tribunal de Vauclair a relaxé l'élu d'opposition que le "
        "maire de Saint-Varen accusait de l'avoir diffamé sur un tract.",
        52.5,
    ),
    (
        "fr-proces-delorme-favoritisme/diffamation",
        "Procès en diffamation perdu pour le maire Delorme",
        "L'opposant relaxé, le tract jugé légitime.",
        53.0,
    ),
    (
        "fr-usine-morvel-fermeture",
        "Morvel va fermer son usine de Castelnoir, 420 emplois supprimés",
        "Le fabricant de radiateurs annonce l'arrêt du site d'ici à juin et le transfert de la "
        "production vers la Slovaquie.",
        10.0,
    ),
    (
        "fr-usine-morvel-fermeture",
        "Castelnoir : l'usine Morvel fermera en juin",
        "420 salariés concernés.",
        10.4,
    ),
    (
        "fr-usine-morvel-fermeture",
        "Colère des salariés de Morvel devant les grilles de l'usine",
        "Les syndicats dénoncent une fermeture « décidée depuis longtemps » et bloquent l'entrée"
        " du site de Castelnoir.",
        15.2,
    ),
    (
        "fr-usine-morvel-fermeture/embauches",
        "Un logisticien va embaucher 150 personnes à Castelnoir",
        "La société Transalp ouvrira en avril un entrepôt sur la zone des Grands Prés, a annoncé"
        " mardi la communauté de communes.",
        36.0,
    ),
    (
        "fr-usine-morvel-fermeture/embauches",
        "150 emplois chez Transalp à Castelnoir",
        "Ouverture de l'entrepôt prévue au printemps.",
        36.6,
    ),
    (
        "fr-evasion-vauclerc",
        "Un détenu s'évade lors d'une extraction à l'hôpital",
        "Karim B., 31 ans, incarcéré à la maison d'arrêt de Vauclerc, a faussé compagnie à ses "
        "deux surveillants lors d'une consultation dimanche soir.",
        6.0,
    ),
    (
        "fr-evasion-vauclerc",
        "Évasion d'un détenu de Vauclerc",
        "Il a pris la fuite lors d'une consultation à l'hôpital.",
        6.5,
    ),
    (
        "fr-evasion-vauclerc",
        "Évadé de Vauclerc : le détenu a pu compter sur un complice",
        "Selon les enquêteurs, une voiture attendait le fugitif sur le parking de l'hôpital ; "
        "les recherches se poursuivent.",
        20.0,
    ),
    (
        "fr-evasion-vauclerc/rixe",
        "Rixe entre détenus à la maison d'arrêt de Vauclerc",
        "Trois prisonniers ont été blessés jeudi lors d'une bagarre dans la cour de promenade, "
        "selon un syndicat pénitentiaire.",
        96.5,
    ),
    (
        "fr-evasion-vauclerc/rixe",
        "Trois blessés dans une bagarre à Vauclerc",
        "Un surveillant a été légèrement touché.",
        97.0,
    ),
    (
        "fr-budget-49-3",
        "Budget : le gouvernement engage sa responsabilité",
        "La Première ministre a utilisé le 49.3 à l'Assemblée pour faire adopter le projet de "
        "loi de finances sans vote.",
        42.0,
    ),
    (
        "fr-budget-49-3",
        "Le 49.3 dégainé pour le budget",
        "Une motion de censure déposée dans la foulée.",
        42.5,
    ),
    (
        "fr-tempete-lisandre",
        "Tempête Lisandre : dix départements en vigilance orange",
        "Des rafales jusqu'à 140 km/h sont attendues lundi sur la façade atlantique, a prévenu "
        "Météo-France.",
        1.5,
    ),
    (
        "fr-tempete-lisandre",
        "Tempête Lisandre : un promeneur tué, 30 000 foyers encore sans courant",
        "Un homme de 67 ans a été tué par la chute d'un arbre en Vendée, et le courant n'était "
        "toujours pas rétabli mardi matin chez 30 000 abonnés.",
        27.0,
    ),
    (
        "fr-grippe-epidemie",
        "La grippe atteint le stade épidémique dans huit régions",
        "Santé publique France relève une forte hausse des passages aux urgences pour syndrome "
        "grippal cette semaine.",
        74.0,
    ),
    (
        "fr-grippe-epidemie",
        "Épidémie de grippe dans huit régions",
        "Les urgences sous pression.",
        74.5,
    ),
    (
        "fr-grippe-epidemie",
        "Grippe : les médecins appellent à se faire vacciner",
        "Avec huit régions désormais en phase épidémique, les généralistes rappellent qu'il "
        "n'est pas trop tard pour le vaccin.",
        79.0,
    ),
    (
        "fr-ligue1-varenne",
        "L'Olympique de Varenne s'impose 2-0 face à Sarlières",
        "Un doublé de Yanis Morel a permis à Varenne de grimper à la troisième place du "
        "classement samedi soir.",
        140.0,
    ),
    (
        "fr-ligue1-varenne",
        "Morel offre la victoire à Varenne",
        "Sarlières battu 2-0.",
        140.6,
    ),
    (
        "fr-car-scolaire-accident",
        "Un car scolaire se renverse sur le plateau de Vernazac, douze enfants blessés",
        "Le car transportait des collégiens vers Vernazac quand il a quitté la route sur une "
        "chaussée verglacée mercredi matin.",
        56.0,
    ),
    (
        "fr-car-scolaire-accident",
        "Car scolaire renversé : douze collégiens blessés",
        "Aucun des enfants n'est dans un état grave, selon les pompiers.",
        57.0,
    ),
    (
        "fr-marche-noel-annule",
        "Le marché de Noël de Bellegarde annulé faute d'exposants",
        "La mairie explique que seuls onze chalets sur quarante avaient trouvé preneur et "
        "préfère reporter l'édition à l'an prochain.",
        120.0,
    ),
    # --- Spanish ---
    (
        "es-huelga-maquinistas-desconvocada",
        "Desconvocada la huelga de maquinistas del jueves",
        "El Sindicato Ferroviario Unido ha retirado el paro tras alcanzar un acuerdo con la "
        "empresa que incluye la contratación de 400 maquinistas en dos años.",
        50.0,
    ),
    (
        "es-huelga-maquinistas-desconvocada",
        "Los maquinistas suspenden la huelga",
        "Acuerdo para contratar 400 conductores.",
        50.4,
    ),
    (
        "es-huelga-maquinistas-desconvocada",
        "Los trenes circularán con normalidad tras el acuerdo con los maquinistas",
        "La compañía recupera todos los servicios del jueves después de que el sindicato "
        "aceptara la oferta de nuevas contrataciones.",
        55.0,
    ),
    (
        "es-huelga-maquinistas-desconvocada/autobuses",
        "Los conductores de autobús de Valdemora mantienen su huelga",
        "La plantilla de Autobuses Urbanos de Valdemora, convocada por otro sindicato, irá al "
        "paro el jueves y el viernes por los turnos de fin de semana.",
        72.0,
    ),
    (
        "es-huelga-maquinistas-desconvocada/autobuses",
        "Huelga de autobuses en Valdemora el jueves",
        "Servicios mínimos del 30 por ciento.",
        72.5,
    ),
    (
        "es-cierre-alcora-torrelinda",
        "Industrias Alcora cerrará su planta de Torrelinda con 380 despidos",
        "La empresa de envases justifica el cierre por la caída de pedidos y trasladará parte de"
        " la producción a Portugal.",
        18.0,
    ),
    (
        "es-cierre-alcora-torrelinda",
        "Cierre de Alcora en Torrelinda: 380 empleos",
        "El comité anuncia movilizaciones.",
        18.5,
    ),
    (
        "es-cierre-alcora-torrelinda",
        "Torrelinda se moviliza contra el cierre de Alcora",
        "Cientos de vecinos se concentraron ante el ayuntamiento para pedir que se mantengan los"
        " 380 puestos de trabajo de la fábrica.",
        23.0,
    ),
    (
        "es-cierre-alcora-torrelinda/empleo",
        "Una empresa logística creará 200 empleos en Torrelinda",
        "Logística Meseta instalará un centro de distribución en el polígono de Las Eras, según "
        "anunció el alcalde el viernes.",
        118.0,
    ),
    (
        "es-cierre-alcora-torrelinda/empleo",
        "200 puestos nuevos en el polígono de Las Eras",
        "Las contrataciones empezarán en primavera.",
        118.6,
    ),
    (
        "es-fuga-monteviejo",
        "Se fugan dos presos de la cárcel de Monteviejo",
        "Los internos escaparon de madrugada por el patio tras cortar una valla; la Guardia "
        "Civil ha montado controles en toda la comarca.",
        34.0,
    ),
    (
        "es-fuga-monteviejo",
        "Fuga de dos reclusos en Monteviejo",
        "Controles policiales en las carreteras.",
        34.4,
    ),
    (
        "es-fuga-monteviejo",
        "Detenido uno de los dos fugados de Monteviejo",
        "El recluso fue localizado en una nave agrícola a quince kilómetros de la prisión; su "
        "compañero sigue en busca y captura.",
        46.0,
    ),
    (
        "es-fuga-monteviejo/pelea",
        "Reyerta en la prisión de Monteviejo con cuatro heridos",
        "Una pelea entre internos en el módulo tres acabó con cuatro heridos leves, informaron "
        "los sindicatos de funcionarios.",
        64.0,
    ),
    (
        "es-fuga-monteviejo/pelea",
        "Cuatro heridos en una pelea en Monteviejo",
        "Los funcionarios piden más personal.",
        64.5,
    ),
    (
        "es-condena-exalcalde-villaseca",
        "Condenado el exalcalde de Villaseca por prevaricación",
        "El Tribunal Superior le impone nueve años de inhabilitación por adjudicar la limpieza "
        "del municipio a una empresa de su cuñado.",
        86.0,
    ),
    (
        "es-condena-exalcalde-villaseca",
        "Nueve años de inhabilitación para el exalcalde",
        "La sentencia puede recurrirse.",
        86.5,
    ),
    (
        "es-lluvias-castellar",
        "Lluvias torrenciales inundan el centro de Castellar",
        "En apenas dos horas cayeron 120 litros por metro cuadrado y los bomberos rescataron a "
        "varios conductores atrapados.",
        24.5,
    ),
    (
        "es-lluvias-castellar",
        "Alerta roja por lluvias en Castellar",
        "Colegios cerrados el martes.",
        25.0,
    ),
    (
        "es-lluvias-castellar",
        "Castellar hace balance de los daños tras la tromba de agua",
        "El ayuntamiento pedirá la declaración de zona catastrófica después de que el agua "
        "anegara más de doscientos locales.",
        31.0,
    ),
    (
        "es-paro-noviembre",
        "El paro baja en 20.300 personas en noviembre",
        "El número de desempleados registrados queda en 2,41 millones, el nivel más bajo desde "
        "2007.",
        30.0,
    ),
    (
        "es-paro-noviembre",
        "El paro cae hasta 2,41 millones",
        "Mínimo desde 2007.",
        30.5,
    ),
    (
        "es-liga-almaden",
        "El Almadén golea 3-0 al Deportivo Sierra",
        "Dos goles de Iker Lasa en la primera parte encarrilaron el partido en el estadio de La "
        "Vega.",
        139.0,
    ),
    (
        "es-liga-almaden",
        "Lasa lidera la goleada del Almadén",
        "Victoria por tres a cero.",
        139.4,
    ),
    (
        "es-incendio-residencia-mayores",
        "Incendio en una residencia de mayores de Puerto Llano",
        "Los bomberos evacuaron a 62 residentes de madrugada; tres de ellos fueron trasladados "
        "al hospital por inhalación de humo.",
        100.0,
    ),
    (
        "es-incendio-residencia-mayores",
        "Evacuados 62 ancianos por un incendio",
        "El fuego empezó en la lavandería.",
        101.0,
    ),
    (
        "es-biblioteca-premio",
        "La biblioteca de Arroyo Seco gana un premio nacional",
        "El jurado valoró su programa de lectura para personas mayores en los pueblos de la "
        "comarca, que ya llega a trescientos lectores.",
        150.0,
    ),
    # --- Italian ---
    (
        "it-sciopero-treni-revocato",
        "Revocato lo sciopero dei treni regionali di venerdì",
        "Il sindacato Ferrotranvieri Uniti ha ritirato la protesta dopo l'intesa raggiunta in "
        "prefettura sulle nuove assunzioni di capotreno.",
        26.0,
    ),
    (
        "it-sciopero-treni-revocato",
        "Treni regionali, niente sciopero venerdì",
        "Accordo raggiunto nella notte sulle assunzioni.",
        26.5,
    ),
    (
        "it-sciopero-treni-revocato",
        "Sciopero dei treni annullato, sollievo per i pendolari",
        "La revoca arriva dopo un incontro di otto ore: l'azienda si impegna ad assumere 250 "
        "capitreno entro la prossima estate.",
        30.0,
    ),
    (
        "it-sciopero-treni-revocato/taxi",
        "Confermato lo sciopero dei taxi a Borgovalle",
        "I tassisti aderenti a un altro sindacato fermeranno le auto mercoledì per protestare "
        "contro le nuove licenze decise dal comune.",
        52.0,
    ),
    (
        "it-sciopero-treni-revocato/taxi",
        "Taxi fermi mercoledì a Borgovalle",
        "Protesta contro il bando per le nuove licenze del comune.",
        52.5,
    ),
    (
        "it-incidente-a37",
        "Tamponamento a catena sull'A37, un morto e otto feriti",
        "L'incidente è avvenuto all'alba tra i caselli di Valbrenta e Santa Rita, in un tratto "
        "avvolto dalla nebbia.",
        58.0,
    ),
    (
        "it-incidente-a37",
        "A37, incidente nella nebbia: una vittima",
        "Otto feriti, traffico bloccato per ore.",
        58.5,
    ),
    (
        "it-incidente-a37",
        "Schianto sull'A37, la vittima è un camionista di 45 anni",
        "Si chiamava Marco Dellera e viaggiava verso il porto quando il suo mezzo è stato "
        "travolto da un altro tir.",
        64.0,
    ),
    (
        "it-incidente-a37/chiusura",
        "A37 chiusa di notte per lavori tra Valbrenta e Santa Rita",
        "La società autostradale ha annunciato la chiusura notturna del tratto per tre notti a "
        "partire da lunedì per il rifacimento del manto.",
        134.0,
    ),
    (
        "it-incidente-a37/chiusura",
        "Lavori notturni sull'A37",
        "Tratto chiuso per tre notti.",
        134.5,
    ),
    (
        "it-sentenza-sindaco-castelpiano",
        "Condannato il sindaco di Castelpiano per abuso d'ufficio",
        "Il tribunale ha inflitto un anno e quattro mesi a Giorgio Menna per le concessioni di "
        "una spiaggia.",
        44.0,
    ),
    (
        "it-sentenza-sindaco-castelpiano",
        "Un anno e quattro mesi al sindaco Menna",
        "La difesa annuncia ricorso in appello.",
        44.5,
    ),
    (
        "it-alluvione-valdarda",
        "Maltempo, esonda il torrente a Valdarda",
        "Decine di famiglie evacuate nella notte dopo che il torrente Arda è uscito dagli argini"
        " nella frazione di Molino.",
        3.0,
    ),
    (
        "it-alluvione-valdarda",
        "Valdarda, famiglie evacuate per l'esondazione",
        "Scuole chiuse lunedì.",
        3.5,
    ),
    (
        "it-alluvione-valdarda",
        "Valdarda conta i danni dopo l'alluvione",
        "Il sindaco chiede lo stato di emergenza: cantine allagate, una strada provinciale "
        "crollata e centoventi sfollati.",
        12.0,
    ),
    (
        "it-istat-pil",
        "Istat, il Pil cresce dello 0,2% nel terzo trimestre",
        "La crescita è spinta dai servizi, mentre l'industria resta in calo per il quinto "
        "trimestre consecutivo.",
        110.0,
    ),
    (
        "it-istat-pil",
        "Pil, più 0,2 per cento nel trimestre",
        "Servizi in crescita, industria in calo.",
        110.4,
    ),
    (
        "it-ospedale-liste-attesa",
        "Liste d'attesa, all'ospedale di Sanmarco fino a un anno per una risonanza",
        "Un rapporto della regione segnala tempi medi di 340 giorni per alcuni esami "
        "nell'ospedale cittadino.",
        80.0,
    ),
    (
        "it-ospedale-liste-attesa",
        "Sanmarco, 340 giorni per una risonanza",
        "La regione annuncia aperture serali.",
        82.0,
    ),
    (
        "it-serie-a-pievese",
        "La Pievese batte il Real Montano 1-0",
        "Decide una punizione di Luca Sarti al novantesimo, che porta la squadra al quarto posto.",
        142.5,
    ),
    (
        "it-serie-a-pievese",
        "Sarti al novantesimo, vince la Pievese",
        "Il gol della vittoria è arrivato su punizione.",
        143.0,
    ),
    (
        "it-truffa-bonus-edilizi",
        "Truffa sui bonus edilizi, sequestri per 40 milioni",
        "La Guardia di Finanza ha scoperto crediti fittizi per lavori mai eseguiti in tre "
        "province.",
        20.0,
    ),
    (
        "it-truffa-bonus-edilizi",
        "Bonus edilizi, frode da 40 milioni",
        "Sono dodici gli indagati per la frode nelle tre province.",
        20.4,
    ),
    (
        "it-truffa-bonus-edilizi",
        "Lavori mai fatti e crediti falsi: così funzionava la frode",
        "Secondo gli investigatori, le dodici persone indagate avevano creato società fantasma "
        "per incassare i bonus.",
        24.0,
    ),
    (
        "it-scossa-montelupo-alto",
        "Scossa di magnitudo 4,1 avvertita a Montelupo Alto",
        "Nessun danno a persone, qualche crepa negli edifici più vecchi del centro storico.",
        94.0,
    ),
    (
        "it-scossa-montelupo-alto",
        "Terremoto di 4,1, paura a Montelupo Alto",
        "Scuole chiuse per verifiche.",
        95.0,
    ),
    (
        "it-museo-restauro",
        "Riapre il museo civico di Torreselva dopo il restauro",
        "Dopo tre anni di lavori le sale tornano visibili con un nuovo percorso dedicato alle "
        "ceramiche locali.",
        156.0,
    ),
    # --- Portuguese ---
    (
        "pt-plano-urgencias-ministerio",
        "Ministério da Saúde anuncia plano de inverno para as urgências",
        "O plano prevê a abertura de mais 600 camas e o alargamento do horário dos centros de "
        "saúde aos fins de semana até março.",
        16.0,
    ),
    (
        "pt-plano-urgencias-ministerio",
        "Mais 600 camas no plano de inverno",
        "Centros de saúde abertos ao sábado.",
        16.5,
    ),
    (
        "pt-plano-urgencias-ministerio",
        "Plano para as urgências recebe críticas dos médicos",
        "A ordem dos médicos considera que as 600 camas anunciadas pelo ministério não resolvem "
        "a falta de profissionais nas urgências.",
        22.0,
    ),
    (
        "pt-plano-urgencias-ministerio/falha-receitas",
        "Falha informática deixa receitas eletrónicas em baixo",
        "Durante quase seis horas não foi possível emitir nem aviar receitas em todo o país, "
        "confirmou o Ministério da Saúde na quarta-feira.",
        70.0,
    ),
    (
        "pt-plano-urgencias-ministerio/falha-receitas",
        "Receitas eletrónicas sem funcionar seis horas",
        "As farmácias só aviaram os casos mais urgentes.",
        70.5,
    ),
    (
        "pt-inem-tempos-alvarenga",
        "Ambulâncias demoram em média 41 minutos no distrito de Alvarenga",
        "Um relatório da entidade reguladora mostra que os tempos de resposta do INEM no "
        "distrito são os piores do país.",
        36.0,
    ),
    (
        "pt-inem-tempos-alvarenga",
        "INEM: 41 minutos de espera em Alvarenga",
        "O pior registo a nível nacional.",
        36.5,
    ),
    (
        "pt-inem-tempos-alvarenga",
        "Autarcas de Alvarenga exigem mais meios de emergência",
        "Depois de conhecidos os tempos de resposta de 41 minutos, os presidentes de câmara "
        "pedem uma nova base de ambulâncias no interior do distrito.",
        41.0,
    ),
    (
        "pt-inem-tempos-alvarenga/despiste",
        "Ambulância do INEM despista-se a caminho de uma emergência",
        "O veículo saiu da estrada numa curva perto de Vila Serrana no sábado; os dois "
        "tripulantes sofreram ferimentos ligeiros.",
        136.0,
    ),
    (
        "pt-inem-tempos-alvarenga/despiste",
        "Dois feridos em despiste de ambulância",
        "Acidente perto de Vila Serrana.",
        136.5,
    ),
    (
        "pt-julgamento-autarca-porto-seco",
        "Ex-presidente da câmara de Porto Seco condenado a quatro anos",
        "O tribunal deu como provado que o antigo autarca recebeu 90 mil euros para aprovar um "
        "loteamento.",
        88.0,
    ),
    (
        "pt-julgamento-autarca-porto-seco",
        "Quatro anos de pena suspensa para ex-autarca",
        "Recebeu 90 mil euros, diz o tribunal.",
        88.5,
    ),
    (
        "pt-depressao-leonor",
        "Depressão Leonor traz aviso vermelho para o litoral",
        "Ondas até nove metros e rajadas de 110 km/h são esperadas na costa norte durante a "
        "manhã de segunda-feira.",
        5.0,
    ),
    (
        "pt-depressao-leonor",
        "Aviso vermelho devido à depressão Leonor",
        "Praias interditas no litoral norte.",
        5.5,
    ),
    (
        "pt-depressao-leonor",
        "Leonor deixa rasto de árvores caídas e casas sem luz",
        "A proteção civil registou mais de 1.500 ocorrências, sobretudo quedas de árvores, e "
        "cerca de 30 mil clientes ficaram sem eletricidade.",
        14.0,
    ),
    (
        "pt-inflacao-precos-novembro",
        "Inflação abranda para 2,2% em novembro",
        "A taxa de variação dos preços ao consumidor desceu pelo terceiro mês seguido, segundo a"
        " estimativa rápida do instituto de estatística.",
        78.0,
    ),
    (
        "pt-inflacao-precos-novembro",
        "Inflação desce para 2,2 por cento",
        "É a terceira descida seguida dos preços.",
        78.5,
    ),
    (
        "pt-greve-nacional-docentes",
        "Professores em greve na sexta-feira",
        "Os sindicatos do ensino convocaram uma greve nacional para exigir a recuperação do "
        "tempo de serviço congelado.",
        60.0,
    ),
    (
        "pt-greve-nacional-docentes",
        "Greve dos professores pode fechar centenas de escolas",
        "Os diretores preveem que muitas escolas não abram na sexta-feira por falta de pessoal "
        "docente e auxiliar.",
        62.0,
    ),
    (
        "pt-greve-nacional-docentes",
        "Adesão à greve dos professores ronda os 70 por cento",
        "Segundo os sindicatos, a greve desta sexta-feira fechou mais de quinhentas escolas em "
        "todo o país.",
        107.5,
    ),
    (
        "pt-futebol-alvarenga-fc",
        "Alvarenga FC vence o Sporting da Ribeira por 2-1",
        "Um golo de Rui Pacheco nos descontos deu a vitória à equipa da casa no sábado à noite.",
        144.0,
    ),
    (
        "pt-futebol-alvarenga-fc",
        "Pacheco decide nos descontos",
        "Vitória por dois a um do Alvarenga FC.",
        144.5,
    ),
    (
        "pt-incendio-fabrica-cortica",
        "Incêndio destrói fábrica de cortiça em Vale de Sobreiros",
        "As chamas começaram de madrugada num armazém e foram precisos 80 bombeiros para as "
        "controlar.",
        46.0,
    ),
    (
        "pt-incendio-fabrica-cortica",
        "Fábrica de cortiça arde em Vale de Sobreiros",
        "Sessenta trabalhadores sem posto de trabalho.",
        47.0,
    ),
    (
        "pt-burla-idosos",
        "Detidos suspeitos de burlar idosos em 300 mil euros",
        "A polícia deteve quatro pessoas que se faziam passar por técnicos da companhia da água "
        "para entrar nas casas de idosos.",
        114.0,
    ),
    (
        "pt-burla-idosos",
        "Quatro detidos por burlas a idosos",
        "O prejuízo das vítimas ascende a 300 mil euros.",
        115.0,
    ),
    (
        "pt-feira-livro-vila-serrana",
        "Feira do livro de Vila Serrana bate recorde de visitantes",
        "A organização contou doze mil visitantes em três dias, o dobro do ano passado, graças "
        "aos encontros com autores.",
        125.0,
    ),
    # --- Dutch ---
    (
        "nl-huurplafond-ministerie",
        "Ministerie wil huurstijging volgend jaar beperken tot 3 procent",
        "De minister van Volkshuisvesting presenteerde maandag een plan om de huren in de vrije "
        "sector in 2027 met maximaal 3 procent te laten stijgen.",
        14.0,
    ),
    (
        "nl-huurplafond-ministerie",
        "Huurstijging maximaal 3 procent",
        "Plan geldt ook voor de vrije sector.",
        14.5,
    ),
    (
        "nl-huurplafond-ministerie",
        "Verhuurders boos over plafond op huurstijging",
        "Volgens de brancheclub van beleggers zet het plan van het ministerie de bouw van nieuwe"
        " huurwoningen op het spel.",
        20.0,
    ),
    (
        "nl-huurplafond-ministerie/datalek",
        "Datalek bij ministerie van Volkshuisvesting",
        "Door een fout in een mailing zijn de e-mailadressen van ruim 4.000 huurders die een "
        "klacht hadden ingediend zichtbaar geworden voor alle ontvangers.",
        104.0,
    ),
    (
        "nl-huurplafond-ministerie/datalek",
        "Mailadressen van 4.000 huurders gelekt",
        "Ministerie meldt het lek bij de toezichthouder.",
        104.5,
    ),
    (
        "nl-a36-kettingbotsing",
        "Kettingbotsing op de A36 bij Heerwaarde",
        "In dichte mist zijn woensdagochtend zeker twintig auto's op elkaar gebotst; negen "
        "mensen raakten gewond.",
        56.5,
    ),
    (
        "nl-a36-kettingbotsing",
        "Twintig auto's betrokken bij botsing op A36",
        "Negen gewonden, weg urenlang dicht.",
        57.0,
    ),
    (
        "nl-a36-kettingbotsing",
        "Mist oorzaak van kettingbotsing op de A36",
        "De politie onderzoekt of weggebruikers te hard reden in de mist bij Heerwaarde.",
        62.0,
    ),
    (
        "nl-a36-kettingbotsing/afsluiting",
        "A36 volgend weekend dicht voor onderhoud",
        "Rijkswaterstaat sluit de snelweg tussen Heerwaarde en Ostrum van vrijdagavond tot "
        "maandagochtend af voor nieuw asfalt.",
        168.0,
    ),
    (
        "nl-a36-kettingbotsing/afsluiting",
        "Weekendafsluiting A36 tussen Heerwaarde en Ostrum",
        "Het verkeer wordt omgeleid over de provinciale wegen.",
        168.5,
    ),
    (
        "nl-rechtszaak-wethouder-dalen",
        "Oud-wethouder van Dalenburg veroordeeld voor omkoping",
        "De rechtbank legt hem een werkstraf van 200 uur op omdat hij geld aannam van een "
        "projectontwikkelaar.",
        90.0,
    ),
    (
        "nl-rechtszaak-wethouder-dalen",
        "Werkstraf voor oud-wethouder",
        "Hij nam geld aan van een ontwikkelaar.",
        90.5,
    ),
    (
        "nl-stormvloed-zeeland",
        "Stormvloedkering dicht vanwege zware storm",
        "De kering in de Oosterschelde is zondagnacht gesloten omdat het water tot ruim drie "
        "meter boven NAP kon stijgen.",
        0.5,
    ),
    (
        "nl-stormvloed-zeeland",
        "Kering dicht, code oranje langs de kust",
        "Hoogwater verwacht in de nacht.",
        1.0,
    ),
    (
        "nl-stormvloed-zeeland",
        "Storm zorgt voor schade in Zeeuwse dorpen",
        "In Westerdijke zijn daken beschadigd en bomen omgewaaid; de kering gaat naar "
        "verwachting dinsdag weer open.",
        8.0,
    ),
    (
        "nl-werkloosheid-cbs",
        "Werkloosheid stijgt naar 4,0 procent",
        "Het aantal werklozen is in november met 12.000 toegenomen tot 405.000, meldt het CBS.",
        82.0,
    ),
    (
        "nl-werkloosheid-cbs",
        "Werkloosheid op 4 procent",
        "12.000 werklozen erbij.",
        82.5,
    ),
    (
        "nl-ziekenhuis-fusie",
        "Ziekenhuizen in Dalenburg en Ostrum gaan fuseren",
        "De twee ziekenhuizen willen samen verder om personeelstekorten op de spoedeisende hulp "
        "op te vangen.",
        48.0,
    ),
    (
        "nl-ziekenhuis-fusie",
        "Fusie van twee ziekenhuizen",
        "De spoedeisende hulp blijft op beide locaties open.",
        49.0,
    ),
    (
        "nl-eredivisie-ostrum",
        "FC Ostrum wint met 3-2 van Sparta Heerwaarde",
        "Met een late goal van Daan Vermeer pakte Ostrum zaterdag de drie punten in een "
        "spannende wedstrijd.",
        145.0,
    ),
    (
        "nl-eredivisie-ostrum",
        "Vermeer beslist derby in blessuretijd",
        "Ostrum wint met 3-2.",
        145.5,
    ),
    (
        "nl-drugslab-boerderij",
        "Groot drugslab ontdekt in schuur bij boerderij",
        "De politie heeft in het buitengebied van Lindewolde een lab gevonden waarin op grote "
        "schaal xtc werd gemaakt.",
        22.0,
    ),
    (
        "nl-drugslab-boerderij",
        "Drugslab in schuur bij Lindewolde opgerold",
        "Twee mannen aangehouden.",
        23.0,
    ),
    (
        "nl-treinstoring-ostrum",
        "Grote treinstoring legt verkeer rond knooppunt Ostrum stil",
        "Door een kapotte bovenleiding reden dinsdagochtend urenlang geen treinen van en naar "
        "Ostrum.",
        28.0,
    ),
    (
        "nl-treinstoring-ostrum",
        "Geen treinen rond Ostrum door storing",
        "Reizigers moeten rekening houden met vertraging.",
        28.5,
    ),
    (
        "nl-treinstoring-ostrum",
        "Treinverkeer Ostrum weer op gang na storing",
        "Na zes uur is de kapotte bovenleiding gerepareerd en rijden de treinen weer volgens de "
        "dienstregeling.",
        34.0,
    ),
    (
        "nl-kerstmarkt",
        "Kerstmarkt in Lindewolde trekt recordaantal bezoekers",
        "Ruim 30.000 mensen bezochten zaterdag en zondag de markt op het plein bij de oude kerk.",
        150.0,
    ),
    # --- Russian ---
    (
        "ru-metel-priozerye",
        "Метель парализовала дороги Приозёрского края",
        "Из-за сильного снегопада и ветра до 25 метров в секунду закрыта трасса между "
        "Приозёрском и Велижском.",
        3.8,
    ),
    (
        "ru-metel-priozerye",
        "Трассу на Велижск перекрыли из-за метели",
        "Автобусы отменены до вечера.",
        4.3,
    ),
    (
        "ru-metel-priozerye",
        "Последствия метели: без света остаются 12 тысяч жителей",
        "Энергетики восстанавливают линии после снегопада, который накрыл Приозёрский край в "
        "понедельник.",
        15.0,
    ),
    (
        "ru-metel-priozerye/moroz",
        "В Приозёрский край идут морозы до минус тридцати пяти",
        "Синоптики предупреждают о резком похолодании в выходные, школьникам младших классов "
        "разрешат не ходить на уроки.",
        92.0,
    ),
    (
        "ru-metel-priozerye/moroz",
        "Аномальные морозы в Приозёрском крае",
        "До минус 35 градусов ночью.",
        92.5,
    ),
    (
        "ru-skoraya-zarechansk",
        "В Заречанске скорая едет к пациентам в среднем 38 минут",
        "По данным областного минздрава, это вдвое дольше норматива; главврач станции объясняет "
        "задержки нехваткой водителей.",
        24.0,
    ),
    (
        "ru-skoraya-zarechansk",
        "Скорая в Заречанске опаздывает вдвое",
        "Среднее время доезда 38 минут.",
        24.5,
    ),
    (
        "ru-skoraya-zarechansk/dtp",
        "Машина скорой помощи попала в ДТП в Заречанске",
        "На перекрёстке улиц Ленина и Садовой в карету скорой врезался внедорожник; пострадали "
        "фельдшер и водитель.",
        54.0,
    ),
    (
        "ru-skoraya-zarechansk/dtp",
        "Столкновение со скорой на перекрёстке",
        "Двое медиков в больнице.",
        54.5,
    ),
    (
        "ru-pobeg-koloniya-4",
        "Из колонии номер четыре под Кряжинском сбежали двое заключённых",
        "Беглецы перелезли через забор ночью; объявлен план «Перехват», полиция проверяет машины"
        " на выездах из района.",
        10.0,
    ),
    (
        "ru-pobeg-koloniya-4",
        "Двое заключённых сбежали из колонии",
        "Введён план «Перехват».",
        10.5,
    ),
    (
        "ru-pobeg-koloniya-4",
        "Одного из беглецов задержали в соседней деревне",
        "Второго заключённого, сбежавшего из колонии под Кряжинском, продолжают искать; его "
        "приметы разосланы по области.",
        30.0,
    ),
    (
        "ru-pobeg-koloniya-4/draka",
        "Массовая драка произошла в колонии под Кряжинском",
        "В пятницу в столовой учреждения подрались около двадцати заключённых, пятеро получили "
        "травмы.",
        106.0,
    ),
    (
        "ru-pobeg-koloniya-4/draka",
        "Драка двадцати заключённых в колонии",
        "Пятеро пострадавших.",
        106.5,
    ),
    (
        "ru-sud-deputat-gorin",
        "Депутата областной думы Горина приговорили к пяти годам",
        "Суд признал Павла Горина виновным в получении взятки в 3 миллиона рублей за помощь в "
        "получении подряда.",
        68.0,
    ),
    (
        "ru-sud-deputat-gorin",
        "Пять лет колонии депутату Горину",
        "Взятка составила три миллиона рублей.",
        68.5,
    ),
    (
        "ru-klyuchevaya-stavka",
        "Банк России снизил ключевую ставку до 15 процентов",
        "Регулятор объяснил решение замедлением инфляции и охлаждением кредитования.",
        132.0,
    ),
    (
        "ru-klyuchevaya-stavka",
        "Ставка снижена до 15 процентов",
        "Третье снижение подряд.",
        132.5,
    ),
    (
        "ru-khokkei-sever",
        "«Северная звезда» обыграла «Металлург Велижска» в овертайме",
        "Победную шайбу забросил Артём Кудрин на третьей минуте дополнительного времени.",
        146.5,
    ),
    (
        "ru-khokkei-sever",
        "Кудрин принёс победу в овертайме",
        "Счёт матча четыре на три.",
        147.0,
    ),
    (
        "ru-avariynaya-posadka",
        "Самолёт экстренно сел в Приозёрске из-за отказа двигателя",
        "Лайнер с 164 пассажирами на борту вернулся в аэропорт вылета через двадцать минут после"
        " взлёта; никто не пострадал.",
        40.0,
    ),
    (
        "ru-avariynaya-posadka",
        "Экстренная посадка в Приозёрске",
        "На борту было 164 человека.",
        40.5,
    ),
    (
        "ru-avariynaya-posadka",
        "Пассажиры рейса рассказали о вспышке над крылом",
        "После экстренной посадки в Приозёрске пассажиров отправили резервным бортом, "
        "авиакомпания начала проверку двигателя.",
        46.0,
    ),
    (
        "ru-pozhar-torgovyy-tsentr",
        "В Велижске горел торговый центр",
        "Площадь пожара составила 800 квадратных метров, из здания эвакуировали более трёхсот "
        "человек.",
        122.0,
    ),
    (
        "ru-pozhar-torgovyy-tsentr",
        "Пожар в торговом центре Велижска потушен",
        "Пострадавших нет.",
        123.0,
    ),
    (
        "ru-teatr-zarechansk-gogol",
        "Драмтеатр Заречанска показал премьеру по Гоголю",
        "Новая постановка «Мёртвых душ» собрала полный зал, билеты на декабрь уже распроданы.",
        128.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "one politician's two different court cases in one week": (
        "en-pryce-expenses-verdict/libel",
        "de-urteil-krause-vorteilsnahme/beleidigung",
        "fr-proces-delorme-favoritisme/diffamation",
    ),
    "a union's strike called off and another union's strike going ahead that week": (
        "en-rail-strike-called-off/bus-strike",
        "es-huelga-maquinistas-desconvocada/autobuses",
        "it-sciopero-treni-revocato/taxi",
    ),
    "a ministry's new policy and an unrelated data or IT failure at the same ministry": (
        "en-phone-ban-schools/portal-leak",
        "pt-plano-urgencias-ministerio/falha-receitas",
        "nl-huurplafond-ministerie/datalek",
    ),
    "a storm and a later frost, ice or snow warning for the same region": (
        "en-storm-imogen/snow",
        "de-sturm-xenia/glatteis",
        "ru-metel-priozerye/moroz",
    ),
    "a factory closure and another firm's new jobs in the same town days later": (
        "en-felbridge-factory-closure/warehouse-jobs",
        "fr-usine-morvel-fermeture/embauches",
        "es-cierre-alcora-torrelinda/empleo",
    ),
    "a motorway pile-up and a planned closure of the same motorway for works": (
        "de-a79-massenkarambolage/vollsperrung",
        "it-incidente-a37/chiusura",
        "nl-a36-kettingbotsing/afsluiting",
    ),
    "an ambulance service's response-time figures and a crash of one of its ambulances": (
        "en-ambulance-response-times/crash",
        "pt-inem-tempos-alvarenga/despiste",
        "ru-skoraya-zarechansk/dtp",
    ),
    "a prison escape and an unrelated fight at the same prison days later": (
        "fr-evasion-vauclerc/rixe",
        "es-fuga-monteviejo/pelea",
        "ru-pobeg-koloniya-4/draka",
    ),
}
