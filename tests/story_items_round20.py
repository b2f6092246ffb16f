"""A twentieth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans a little under eight days (6.5
to 182.4 hours). It holds 262 items under 105 labels: 81 stories and 24 hard negatives; 44
labels in English (about 44% of the items), 11 in German, 9 in French, Italian and Dutch, 8 in
Spanish and Portuguese, 7 in Russian. Copies of one event are minutes to hours apart (a wire
flash or teaser first, then a local paper, a business page, a quote-led piece), and 28 stories
have a follow-up 12 to 30 hours after the first copy (the timber yard's arson inquiry, the
Sandwick whale refloated, the Harrow Fell walker found, Penmoor Academy reopened, the Castelbon
bear gone back to the mountain, the Kessler kettles returned, the Lousinha fire under control).

What is new against round 14: four new kinds of hard negative, each placed as far from its story
as the two events really would be. A power cut and a second one in the same district from
another cause (a substation fault, then a digger through a cable), 42.5 to 72 hours apart
(Brisford's Eastgate, Pontelungo, Dalsum); a bridge shut for inspection and a boat striking the
closed bridge the next day, 16 and 22 hours apart (Kelby's swing bridge, the ponte da Ribeira);
a birth at a zoo and another animal's escape from the same zoo days later, 96 and 100 hours
apart (Harwell's tapir calf and capuchin, Weilerbach's polar bear cub and zebra); a mayor's
resignation and the by-election set for his or her seat, 25 and 76 hours apart (Stannick,
Vernet-les-Bains). Beside them, kinds from rounds 8 to 14: two separate fires in one town on
one night (2.2 to 2.5 hours apart: Corrick's timber yard and a house on Quarry Road,
Ostwiesen's warehouse and a flat on the Kirchgasse, Saint-Aulnay's tyre warehouse and a flat on
the rue des Tanneurs); two road crashes on one road on one day (8 to 9.6 hours: the A94, the
A-57, the A29); a company's job cuts and its unrelated product launch in one week (72 hours:
Halvern's plant-based meals, Valtorre's steam oven); a strike announced and the strike day (118
to 138 hours); a court hearing adjourned and held a week later (168 hours: a former councillor,
a former vice-mayor); one minister's two announcements in one week (68 and 73 hours). Eleven
hard negatives fall within 48 hours of their story, six of them within 12 hours in the same
town or on the same road. Several name their story as background ("while most of the town's
crews were busy at the timber yard", "days after announcing 450 job cuts", "Días después de
anunciar nuevas plazas de médico", "неделю назад слушание было отложено"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it.
Copies share what real coverage shares (a place, a name, the key number, the event noun), in
their own words: numbers change format (£1.4m, 40,000 / 40k, £1.9bn / £1.9 billion, 3.75% /
3.75 per cent / 3.75pc, 1.200 / 1200, 45.000 / 45 000, 3,5 Mio. Euro, 8mila / 8.000, 5.000 /
5000, 50 mil / 50.000 euros, 2,4 млн рублей), names change form (Gillian Roper, Roper, "the
mayor"; Jörg Haas, Haas, "der Minister"; Jean-Luc Faure, M. Faure), and 94 stories and hard
negatives have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 14: one event (one fire, one crash, one set of
job cuts, one launch, one hearing, one announcement, one strike day, one power cut, one bridge
closure, one birth, one escape, one resignation, one by-election date, one flood, one rescue,
one recall, one find) in that event's news cycle, including a next-day follow-up. Not the same
story: another event of the same kind or with the same actor, even in the same town, firm,
court, road, union, ministry, zoo or district. A label with a suffix after a slash is a hard
negative of the story before the slash (categories in `HARD_NEGATIVES`). Eleven stories are
told by one outlet; ten of them sit in a town another story names (Corrick's museum, Ashby's
library, Tidworth's pool, Fenmouth's buses, Brisford's choir, Ostwiesen's pool, Vilaverde's
book fair, Dalsum's library, Sanbruno's exhibition, Ключевск's theatre): they can only be
merged falsely. Other pairs share a town but not an event (the Kelby bridge and the Kelby band's
tour, the Saint-Aulnay fires and its cycle path, the A-57 crash and Villarejo's railway museum,
the Ribeira bridge and the Porto Calvo shark, the A29 crash and Hoeveburg's cycle bridge, the
Lavrin hearing and Зареченск's bridge, the Roccabruna landslide and the Roccabruna tomb, the
Valtorre cuts and the Pontelungo-Sanbruno derby). No story has more than four copies, and every
story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, unions, choirs and bands are invented here; real bodies appear
only as backdrop (the Guardia Civil, the 112, the polícia marítima, SUD-Rail).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of rounds 15 to 19 (round 14 was read for its docstring, hard-negative
categories and a handful of items), and never run through the merging code before its one
scoring run (`python -m bench.stories --round20`). Once its errors have been read it is no
longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-fire-corrick",
        "Fire rips through Corrick timber yard",
        "Around 60 firefighters were sent to Pellow Lane in Corrick at 9.10pm on Monday after "
        "flames took hold of the Ashdown Timber yard; residents were asked to keep windows "
        "closed.",
        21.4,
    ),
    (
        "en-fire-corrick",
        "Corrick timber yard ablaze",
        "Large plume of smoke seen across the town.",
        21.7,
    ),
    (
        "en-fire-corrick",
        "Ashdown Timber fire: stacks still smouldering at dawn",
        "Crews were at the Pellow Lane site in Corrick all night; the owner said the yard's "
        "stock, worth about £1.4m, was lost.",
        24.9,
    ),
    (
        "en-fire-corrick",
        "Arson not ruled out in Corrick timber fire",
        "Fire investigators began sifting the ruins of the Ashdown yard on Tuesday and said they "
        "had not ruled out a deliberate cause.",
        37.5,
    ),
    (
        "en-fire-corrick/house",
        "Family escapes house fire in Corrick",
        "A couple and their two children got out of their terraced home on Quarry Road in "
        "Corrick late on Monday while most of the town's crews were busy at the timber yard.",
        23.6,
    ),
    (
        "en-fire-corrick/house",
        "Quarry Road house fire",
        "Four people treated for smoke inhalation.",
        24.2,
    ),
    (
        "en-fire-corrick/house",
        "Tumble dryer caused Quarry Road blaze",
        "The fire at a house in Corrick began in a tumble dryer in the kitchen, the fire service "
        "said; it had nothing to do with the timber yard fire.",
        33.0,
    ),
    (
        "en-crash-a94",
        "Lorry overturns on A94 near Maddox Cross",
        "The A94 was shut in both directions near Maddox Cross after an articulated lorry "
        "carrying gravel rolled onto its side at about 7am; the driver was taken to hospital.",
        7.2,
    ),
    (
        "en-crash-a94",
        "A94 closed after lorry crash",
        "Delays expected near Maddox Cross for most of the morning.",
        7.5,
    ),
    (
        "en-crash-a94",
        "A94 reopens after overturned gravel lorry cleared",
        "Highways crews reopened the road at Maddox Cross three hours after the crash; the lorry "
        "driver's injuries are not serious.",
        10.3,
    ),
    (
        "en-crash-a94/car",
        "Two hurt as cars collide on A94",
        "Two drivers were hurt in a head-on collision on the A94 south of Maddox Cross on Monday "
        "afternoon, hours after the same road was closed for an overturned lorry.",
        16.8,
    ),
    (
        "en-crash-a94/car",
        "Second A94 crash of the day",
        "Two cars in collision south of Maddox Cross.",
        17.1,
    ),
    (
        "en-jobs-halvern",
        "Halvern Foods to cut 450 jobs",
        "The frozen-meal maker Halvern Foods will shed 450 of its 1,900 staff and shut its "
        "Tidworth packing site, blaming higher energy and ingredient costs.",
        33.0,
    ),
    (
        "en-jobs-halvern",
        "Halvern to shed 450 posts",
        "Frozen-meal maker to close Tidworth site.",
        33.3,
    ),
    (
        "en-jobs-halvern",
        "Tidworth workers shocked by Halvern closure",
        "Staff at the Halvern packing plant in Tidworth, which employs about 300 of the 450 "
        "people losing their jobs, were told at a meeting on Tuesday morning.",
        36.0,
    ),
    (
        "en-jobs-halvern/launch",
        "Halvern Foods launches plant-based ready meals",
        "Halvern unveiled a range of eight plant-based ready meals on Friday, days after "
        "announcing 450 job cuts, and said they would be in supermarkets by February.",
        105.0,
    ),
    (
        "en-jobs-halvern/launch",
        "Halvern's new vegan range",
        "Eight meals will be in the shops by February.",
        105.4,
    ),
    (
        "en-strike-tramdrivers",
        "Tram drivers in Fenmouth vote to strike",
        "Members of the Transit Workers' Guild in Fenmouth voted by 82% to walk out on Monday "
        "next week in a row over rosters and pay.",
        58.0,
    ),
    (
        "en-strike-tramdrivers",
        "Fenmouth trams face walkout",
        "Drivers back strike action by 82 per cent of the vote.",
        58.6,
    ),
    (
        "en-strike-tramdrivers",
        "Fenmouth tram operator 'disappointed' by strike vote",
        "Fenline said it had offered a 4.5% pay rise and would keep talking to the guild before "
        "next Monday's planned walkout.",
        61.0,
    ),
    (
        "en-strike-tramdrivers/day",
        "No trams in Fenmouth as drivers strike",
        "Not a single tram ran in Fenmouth on Monday as drivers walked out over rosters; buses "
        "were packed and roads into the centre were jammed.",
        176.0,
    ),
    (
        "en-strike-tramdrivers/day",
        "Fenmouth tram strike: live",
        "Commuters squeeze onto buses as the network stands still.",
        176.5,
    ),
    (
        "en-strike-tramdrivers/day",
        "Tram strike talks to resume on Wednesday",
        "Fenline and the Transit Workers' Guild will meet again after Monday's 24-hour strike "
        "shut the whole network.",
        182.0,
    ),
    (
        "en-hearing-tolley",
        "Ex-councillor's fraud hearing adjourned",
        "The hearing of former Westby councillor Martin Tolley, accused of taking £38,000 from a "
        "community fund, was adjourned for a week after his lawyer fell ill.",
        12.0,
    ),
    (
        "en-hearing-tolley",
        "Tolley case put back a week",
        "The defence lawyer is unwell, the court was told.",
        12.4,
    ),
    (
        "en-hearing-tolley/held",
        "Tolley denies taking £38k from community fund",
        "Martin Tolley, a former Westby councillor, pleaded not guilty at Dunholm Crown Court on "
        "Monday, a week after his first hearing was adjourned.",
        180.0,
    ),
    (
        "en-hearing-tolley/held",
        "Former councillor pleads not guilty",
        "Martin Tolley's trial set for next spring.",
        180.6,
    ),
    (
        "en-power-brisford",
        "Thousands without power in Brisford",
        "About 6,200 homes in the Eastgate area of Brisford lost power at 7.30pm on Monday after "
        "a fault at a substation on Mill Street.",
        19.5,
    ),
    (
        "en-power-brisford",
        "Brisford blackout",
        "Eastgate homes in the dark after substation fault.",
        19.9,
    ),
    (
        "en-power-brisford",
        "Power back in Brisford's Eastgate",
        "Engineers restored supplies to all 6,200 homes shortly after 11pm; the network operator "
        "apologised for the outage.",
        23.2,
    ),
    (
        "en-power-brisford/second",
        "Eastgate loses power again",
        "Around 1,500 homes in Brisford's Eastgate were cut off on Wednesday afternoon when a "
        "digger struck an underground cable on Orchard Way, two days after the substation fault.",
        62.0,
    ),
    (
        "en-power-brisford/second",
        "Second Brisford power cut",
        "Digger hits cable on Orchard Way.",
        62.4,
    ),
    (
        "en-bridge-kelby",
        "Kelby swing bridge shut for inspection",
        "The swing bridge over the river Lune at Kelby will be closed to traffic until Friday "
        "while engineers check corroded bearings, the county council said.",
        8.0,
    ),
    (
        "en-bridge-kelby",
        "Kelby bridge closed",
        "Drivers face a 12-mile detour until the end of the week.",
        8.4,
    ),
    (
        "en-bridge-kelby/collision",
        "Boat hits closed Kelby bridge",
        "A pleasure cruiser struck a pier of the Kelby swing bridge on Tuesday morning; the "
        "bridge was already shut to traffic for an inspection and no one was hurt.",
        30.0,
    ),
    (
        "en-bridge-kelby/collision",
        "Cruiser strikes Kelby bridge pier",
        "Skipper blamed a strong current on the Lune.",
        30.5,
    ),
    (
        "en-zoo-harwell",
        "Rare tapir calf born at Harwell Zoo",
        "A Malayan tapir calf, the first born at Harwell Zoo in 14 years, arrived on Sunday "
        "night and is feeding well, keepers said.",
        40.0,
    ),
    (
        "en-zoo-harwell",
        "Baby tapir at Harwell",
        "Striped calf born to mother Suri.",
        40.5,
    ),
    (
        "en-zoo-harwell",
        "Harwell tapir calf to go on show next month",
        "The calf and its mother will stay in their indoor house until January, Harwell Zoo "
        "said; visitors can watch on a webcam.",
        44.0,
    ),
    (
        "en-zoo-harwell/escape",
        "Monkey escapes from Harwell Zoo enclosure",
        "A capuchin monkey slipped out of its enclosure at Harwell Zoo on Saturday and spent "
        "three hours in trees near the car park before keepers caught it.",
        140.0,
    ),
    (
        "en-zoo-harwell/escape",
        "Harwell capuchin on the loose",
        "Visitors asked to stay inside the cafe.",
        140.3,
    ),
    (
        "en-mayor-stannick",
        "Stannick mayor resigns over expenses",
        "Gillian Roper stood down as mayor of Stannick on Wednesday after a report found she had "
        "claimed £6,400 in travel she could not account for.",
        55.0,
    ),
    (
        "en-mayor-stannick",
        "Stannick mayor quits",
        "Roper steps down after expenses report.",
        55.3,
    ),
    (
        "en-mayor-stannick",
        "'I made mistakes', says ex-mayor Roper",
        "Gillian Roper apologised to Stannick residents in a statement and said she would repay "
        "the money in full.",
        58.5,
    ),
    (
        "en-mayor-stannick/byelection",
        "Stannick to elect new mayor on 14 January",
        "Stannick council set a by-election for 14 January to replace Gillian Roper; three "
        "candidates have already said they will stand.",
        80.0,
    ),
    (
        "en-mayor-stannick/byelection",
        "Date set for Stannick mayoral vote",
        "Polls open on 14 January.",
        80.4,
    ),
    (
        "en-rescue-ferngill",
        "Climber rescued from Ferngill crag",
        "A 34-year-old climber was winched off Ferngill crag by coastguard helicopter on "
        "Wednesday afternoon after falling about ten metres and breaking his leg.",
        62.0,
    ),
    (
        "en-rescue-ferngill",
        "Helicopter lifts injured climber",
        "Man hurt in fall at Ferngill.",
        62.3,
    ),
    (
        "en-rescue-ferngill",
        "Ferngill climber 'lucky to be alive'",
        "The man rescued from Ferngill crag thanked the mountain rescue team from hospital on "
        "Thursday; he faces surgery on his leg.",
        78.0,
    ),
    (
        "en-flood-wend-ashby",
        "Flood warning for river Wend at Ashby",
        "The Environment Office issued a flood warning for the river Wend at Ashby after 60mm of "
        "rain fell in 24 hours; sandbags are being handed out at the leisure centre.",
        70.0,
    ),
    (
        "en-flood-wend-ashby",
        "Ashby flood alert",
        "River Wend expected to peak tonight.",
        70.4,
    ),
    (
        "en-flood-wend-ashby",
        "River Wend bursts banks at Ashby",
        "Water flooded the riverside car park and a dozen gardens in Ashby overnight; no homes "
        "were entered.",
        73.5,
    ),
    (
        "en-flood-wend-ashby",
        "Ashby flood warning lifted as Wend falls",
        "The river at Ashby dropped back below its banks on Thursday and the warning was "
        "downgraded to an alert.",
        92.0,
    ),
    (
        "en-recall-brightbake",
        "Brightbake recalls toasters over fire risk",
        "Brightbake is recalling 120,000 toasters sold since March after reports of the pop-up "
        "mechanism jamming and the element overheating.",
        25.0,
    ),
    (
        "en-recall-brightbake",
        "Toaster recall",
        "120k of the Brightbake models are affected.",
        25.3,
    ),
    (
        "en-recall-brightbake",
        "How to check if your Brightbake toaster is recalled",
        "Owners should look for model numbers beginning BT4 on the base and can get a refund or "
        "a replacement.",
        28.0,
    ),
    (
        "en-results-marlow",
        "Marlow Telecom profits beat forecasts",
        "Marlow Telecom posted a first-half profit of £412 million, up 9 per cent, helped by "
        "more customers moving to full-fibre broadband.",
        80.5,
    ),
    (
        "en-results-marlow",
        "Marlow profit up 9%",
        "Full-fibre switch lifts telecom group.",
        80.8,
    ),
    (
        "en-results-marlow",
        "Marlow shares jump after results",
        "Shares in Marlow Telecom rose 6% on Thursday after its half-year profit of £412m beat "
        "analysts' estimates.",
        84.0,
    ),
    (
        "en-school-penmoor",
        "Penmoor school closed after roof leak",
        "Penmoor Academy shut for the day on Monday after heavy rain came through the roof of "
        "its sports hall and flooded two classrooms.",
        9.5,
    ),
    (
        "en-school-penmoor",
        "Penmoor Academy shut",
        "Pupils sent home after roof leak.",
        9.8,
    ),
    (
        "en-school-penmoor",
        "Penmoor Academy reopens after emergency roof repairs",
        "Pupils returned to Penmoor Academy on Tuesday after contractors patched the sports hall "
        "roof overnight; the two flooded classrooms stay shut until January.",
        30.0,
    ),
    (
        "en-whale-sandwick",
        "Minke whale stranded at Sandwick beach",
        "A minke whale about seven metres long was found stranded at Sandwick on Thursday "
        "morning; marine rescuers are keeping it wet until the tide turns.",
        82.0,
    ),
    (
        "en-whale-sandwick",
        "Whale stranded at Sandwick",
        "Rescuers work to keep it alive.",
        82.3,
    ),
    (
        "en-whale-sandwick",
        "Sandwick whale refloated on night tide",
        "The minke whale stranded at Sandwick swam free on the night tide after rescuers used "
        "pontoons to lift it, the Marine Rescue Trust said.",
        100.0,
    ),
    (
        "en-airport-corby",
        "Flights diverted as fog shuts Corby airport",
        "Eleven flights were diverted from Corby airport on Friday morning as thick fog cut "
        "visibility to under 100 metres.",
        104.0,
    ),
    (
        "en-airport-corby",
        "Fog closes Corby airport",
        "Eleven flights were sent to other airports.",
        104.4,
    ),
    (
        "en-airport-corby",
        "Corby airport reopens after fog delays",
        "The runway reopened at midday; passengers faced waits of up to five hours.",
        108.0,
    ),
    (
        "en-theft-hollins",
        "Paintings stolen from Hollins gallery",
        "Two landscapes by the Victorian painter Edith Carrow, valued at £250,000, were stolen "
        "from the Hollins Gallery overnight, police said.",
        31.0,
    ),
    (
        "en-theft-hollins",
        "Gallery raid in Hollins",
        "Two Carrow landscapes were taken from the walls.",
        31.3,
    ),
    (
        "en-theft-hollins",
        "Hollins gallery offers reward for stolen Carrows",
        "The gallery is offering £10,000 for information leading to the return of the two Edith "
        "Carrow landscapes taken on Monday night.",
        54.0,
    ),
    (
        "en-plan-housing",
        "Minister promises 40,000 homes on brownfield land",
        "Housing minister Daniel Okafor said the government would fund 40,000 homes on former "
        "industrial sites over five years.",
        36.5,
    ),
    (
        "en-plan-housing",
        "40k brownfield homes pledge",
        "Okafor sets out the five-year plan.",
        36.8,
    ),
    (
        "en-plan-housing",
        "Builders welcome brownfield homes plan",
        "Developers said Mr Okafor's £3.2bn plan would help, but warned that cleaning up old "
        "sites is slow and costly.",
        39.0,
    ),
    (
        "en-plan-housing",
        "Councils say brownfield homes plan lacks detail",
        "Local councils said on Wednesday that the housing minister's promise of 40,000 homes on "
        "former industrial land did not say which sites would be cleaned up first.",
        57.0,
    ),
    (
        "en-hospital-radford",
        "Radford hospital declares critical incident",
        "Radford General Hospital declared a critical incident on Friday after 90 patients "
        "waited more than 12 hours in its emergency department.",
        115.5,
    ),
    (
        "en-hospital-radford",
        "Critical incident at Radford",
        "Patients urged to avoid A&E unless urgent.",
        115.9,
    ),
    (
        "en-hospital-radford",
        "Radford hospital stands down critical incident",
        "Pressure eased on Saturday and the hospital said it had returned to normal running.",
        134.0,
    ),
    (
        "en-derail-thorne",
        "Freight train derails near Thorne",
        "Six wagons of a freight train came off the tracks near Thorne on Friday night, closing "
        "the line between Thorne and Eastry.",
        119.0,
    ),
    (
        "en-derail-thorne",
        "Thorne line shut",
        "Freight wagons derail on the line to Eastry.",
        119.3,
    ),
    (
        "en-derail-thorne",
        "Thorne line to stay shut until Tuesday",
        "Network engineers said repairs to 400 metres of track would take three days after "
        "Friday's derailment.",
        137.0,
    ),
    (
        "en-missing-aldous",
        "Search for missing walker on Harrow Fell",
        "Mountain rescue teams searched Harrow Fell overnight for a 61-year-old man who failed "
        "to return from a walk on Thursday.",
        100.0,
    ),
    (
        "en-missing-aldous",
        "Walker missing on Harrow Fell",
        "Teams search through the night.",
        100.4,
    ),
    (
        "en-missing-aldous",
        "Missing Harrow Fell walker found safe",
        "The man sheltered in a stone hut after losing his way in cloud and was found cold but "
        "unhurt on Friday.",
        112.0,
    ),
    (
        "en-festival-brook",
        "Brookfield winter market opens",
        "More than 80 stalls opened in Brookfield's market square on Saturday for the town's "
        "winter market, which runs until 23 December.",
        130.5,
    ),
    (
        "en-festival-brook",
        "Brookfield winter market",
        "80 stalls in the square until 23 December.",
        130.8,
    ),
    (
        "en-bank-rates",
        "Central bank holds rates at 3.75%",
        "The central bank kept its main interest rate at 3.75 per cent on Wednesday but said "
        "cuts could come in the spring if inflation keeps falling.",
        60.0,
    ),
    (
        "en-bank-rates",
        "Rates on hold",
        "Bank keeps 3.75% but hints at spring cut.",
        60.2,
    ),
    (
        "en-bank-rates",
        "What the rate hold means for mortgages",
        "Lenders are unlikely to change fixed deals after the decision to hold at 3.75pc, "
        "brokers said.",
        62.5,
    ),
    (
        "en-court-dunmore",
        "Builder jailed for Dunmore roof collapse",
        "A builder whose faulty work led to a roof collapse at a Dunmore shop in which two "
        "people died was jailed for four years on Monday.",
        20.0,
    ),
    (
        "en-court-dunmore",
        "Dunmore builder jailed",
        "Four years over fatal roof collapse.",
        20.4,
    ),
    (
        "en-sinkhole-prior",
        "Sinkhole swallows car in Priory Road",
        "A hole about four metres wide opened in Priory Road, Welbeck, on Thursday evening and a "
        "parked car fell into it; no one was hurt.",
        93.0,
    ),
    (
        "en-sinkhole-prior",
        "Welbeck sinkhole",
        "Car falls into hole on Priory Road.",
        93.3,
    ),
    (
        "en-sinkhole-prior",
        "Old mine working blamed for Welbeck sinkhole",
        "Engineers said the Priory Road hole was caused by a collapsed 19th-century mine shaft; "
        "the street will be closed for a fortnight.",
        115.0,
    ),
    (
        "en-club-redmere",
        "Redmere United sack manager after eighth defeat",
        "Redmere United dismissed manager Callum Price on Saturday night after a 3-0 home defeat "
        "left them bottom of the league.",
        140.5,
    ),
    (
        "en-club-redmere",
        "Price sacked by Redmere",
        "United bottom after eighth loss.",
        140.8,
    ),
    (
        "en-club-redmere",
        "Redmere turn to youth coach after Price exit",
        "Under-21 coach Tom Delaney will take charge for the next two matches while United look "
        "for a new manager.",
        158.0,
    ),
    (
        "en-merger-norland",
        "Norland and Bayridge water firms to merge",
        "The water suppliers Norland Water and Bayridge Water agreed a £1.9bn merger that would "
        "serve 4.5 million customers.",
        57.0,
    ),
    (
        "en-merger-norland",
        "Water firms agree merger",
        "The Norland-Bayridge deal is worth £1.9 billion.",
        57.3,
    ),
    (
        "en-merger-norland",
        "Regulator to scrutinise Norland-Bayridge deal",
        "The water regulator said it would review whether the merger of Norland and Bayridge "
        "would harm customers.",
        59.5,
    ),
    (
        "en-merger-norland",
        "Unions seek job guarantees in water merger",
        "Unions representing 3,000 staff at Norland Water and Bayridge Water asked for a promise "
        "of no compulsory redundancies after the two firms agreed to merge.",
        78.0,
    ),
    (
        "en-storm-ivo",
        "Storm Ivo brings 80mph gusts to west coast",
        "Gusts of up to 80mph hit the west coast on Saturday evening, bringing down trees and "
        "cutting power to 20,000 homes.",
        141.0,
    ),
    (
        "en-storm-ivo",
        "Storm Ivo arrives",
        "80mph gusts and power cuts.",
        141.3,
    ),
    (
        "en-storm-ivo",
        "Ivo: ferries cancelled and roads blocked by trees",
        "All ferries from Port Kennet were cancelled and dozens of roads were blocked as Storm "
        "Ivo moved inland overnight.",
        145.0,
    ),
    (
        "en-storm-ivo",
        "Clean-up begins after Storm Ivo",
        "Power was back for most of the 20,000 homes by Sunday afternoon as councils cleared "
        "fallen trees.",
        160.0,
    ),
    (
        "en-museum-corrick",
        "Corrick museum reopens after refit",
        "Corrick's town museum reopened on Thursday after an 18-month refit costing £2.3m, with "
        "a new gallery on the town's timber trade.",
        90.0,
    ),
    (
        "en-library-ashby-sundays",
        "Ashby library to open on Sundays",
        "Ashby library will open on Sunday afternoons from January after the council found money "
        "for two extra staff.",
        26.0,
    ),
    (
        "en-choir-brisford",
        "Brisford choir wins national title",
        "The Brisford Community Choir won the national amateur choir championship in Lexham on "
        "Saturday, beating 24 other choirs.",
        132.0,
    ),
    (
        "en-pool-tidworth",
        "Tidworth pool closes for repairs",
        "Tidworth leisure pool will close for six weeks from Monday while its cracked tiles and "
        "old filters are replaced.",
        76.0,
    ),
    (
        "en-bus-fenmouth",
        "Fenmouth to trial free Saturday buses",
        "Fenmouth council will make buses free on Saturdays in January to draw shoppers back to "
        "the town centre.",
        102.0,
    ),
    (
        "en-study-sleep",
        "Teenagers who use phones late sleep an hour less",
        "A study of 3,400 teenagers by Ravensworth University found those who used phones after "
        "11pm slept an hour less on average.",
        64.0,
    ),
    (
        "en-study-sleep",
        "Late phone use costs teens sleep",
        "Study finds an hour lost a night.",
        64.3,
    ),
    (
        "en-gig-kelby",
        "Kelby band announces reunion tour",
        "The Kelby indie band The Lantern Room will play 12 reunion dates next summer, their "
        "first shows together in nine years.",
        118.0,
    ),
    (
        "en-gig-kelby",
        "Lantern Room reunite",
        "Twelve dates for the band next summer.",
        118.4,
    ),
    # --- German ---
    (
        "de-brand-lindau",
        "Großbrand in Lagerhalle in Ostwiesen",
        "In der Nacht zum Dienstag ist eine Lagerhalle der Spedition Brenner im Gewerbegebiet "
        "von Ostwiesen in Brand geraten; rund 90 Einsatzkräfte waren vor Ort.",
        22.0,
    ),
    (
        "de-brand-lindau",
        "Feuer in Ostwiesen",
        "Die Lagerhalle steht in Flammen, Anwohner sollen die Fenster schließen.",
        22.3,
    ),
    (
        "de-brand-lindau",
        "Lagerhalle in Ostwiesen komplett zerstört",
        "Die Halle der Spedition Brenner ist nach dem nächtlichen Feuer eingestürzt; der Schaden "
        "wird auf 3,5 Mio. Euro geschätzt, verletzt wurde niemand.",
        26.0,
    ),
    (
        "de-brand-lindau/wohnung",
        "Wohnungsbrand in der Altstadt von Ostwiesen",
        "Während die Feuerwehr noch an der Lagerhalle löschte, brach in einer Wohnung an der "
        "Kirchgasse ein Feuer aus; eine Frau wurde mit einer Rauchvergiftung ins Krankenhaus "
        "gebracht.",
        24.5,
    ),
    (
        "de-brand-lindau/wohnung",
        "Brand in der Kirchgasse",
        "Eine Bewohnerin mit Rauchvergiftung in der Klinik.",
        24.8,
    ),
    (
        "de-minister-haas",
        "Verkehrsminister Haas will Bahnstrecken reaktivieren",
        "Bundesverkehrsminister Jörg Haas hat angekündigt, bis 2030 insgesamt 1.200 Kilometer "
        "stillgelegter Bahnstrecken wieder in Betrieb zu nehmen.",
        30.0,
    ),
    (
        "de-minister-haas",
        "Haas plant 1200 km neue alte Strecken",
        "Der Minister will die stillgelegten Bahnlinien wieder nutzen.",
        30.4,
    ),
    (
        "de-minister-haas",
        "Verbände loben Haas' Bahnpläne, Länder zweifeln",
        "Fahrgastverbände begrüßen die Pläne des Ministers, die Länder fragen, wer die Kosten "
        "von rund 8 Mrd. Euro tragen soll.",
        33.0,
    ),
    (
        "de-minister-haas/maut",
        "Haas kündigt höhere Lkw-Maut an",
        "Verkehrsminister Haas will die Lkw-Maut ab Juli um 12 Prozent anheben; wenige Tage nach "
        "seinen Plänen für stillgelegte Bahnstrecken sorgt das bei Spediteuren für Ärger.",
        103.0,
    ),
    (
        "de-minister-haas/maut",
        "Lkw-Maut soll steigen",
        "Plus 12 % ab Juli, die Spediteure sind empört.",
        103.5,
    ),
    (
        "de-zoo-weiler",
        "Eisbärbaby im Tierpark Weilerbach geboren",
        "Im Tierpark Weilerbach ist zum ersten Mal seit 20 Jahren ein Eisbär zur Welt gekommen; "
        "Mutter Nanuk kümmert sich in der Wurfhöhle um das Junge.",
        54.0,
    ),
    (
        "de-zoo-weiler",
        "Nachwuchs bei den Eisbären",
        "Tierpark Weilerbach meldet Geburt.",
        54.3,
    ),
    (
        "de-zoo-weiler",
        "Eisbärbaby: Besucher müssen bis März warten",
        "Das Junge bleibt mit seiner Mutter bis zum Frühjahr in der Höhle, teilte der Tierpark "
        "mit; eine Kamera überträgt Bilder ins Besucherzentrum.",
        58.0,
    ),
    (
        "de-zoo-weiler/ausbruch",
        "Zebra büxt aus Tierpark Weilerbach aus",
        "Ein Zebra ist am Samstag aus seinem Gehege im Tierpark Weilerbach entwischt und lief "
        "eine halbe Stunde über den Parkplatz, bevor Pfleger es einfingen.",
        150.0,
    ),
    (
        "de-zoo-weiler/ausbruch",
        "Zebra auf dem Parkplatz",
        "Ausreißer im Tierpark wieder eingefangen.",
        150.4,
    ),
    (
        "de-hochwasser-sellbach",
        "Hochwasser an der Sellbach: Altstadt gesperrt",
        "Nach tagelangem Regen ist die Sellbach in Grünau über die Ufer getreten; die Feuerwehr "
        "hat die Uferstraße gesperrt und Sandsäcke verteilt.",
        66.0,
    ),
    (
        "de-hochwasser-sellbach",
        "Sellbach tritt über die Ufer",
        "Uferstraße in Grünau gesperrt.",
        66.4,
    ),
    (
        "de-hochwasser-sellbach",
        "Pegel sinkt, Grünau räumt auf",
        "Am Donnerstag ist der Pegel der Sellbach um 60 Zentimeter gefallen; die Bewohner pumpen "
        "ihre Keller aus.",
        86.0,
    ),
    (
        "de-streik-kita",
        "Kita-Beschäftigte in Marlingen streiken",
        "In Marlingen blieben am Mittwoch 34 städtische Kitas geschlossen, weil die "
        "Erzieherinnen für mehr Personal streikten.",
        58.0,
    ),
    (
        "de-streik-kita",
        "Kitas in Marlingen zu",
        "Erzieherinnen im Warnstreik.",
        58.3,
    ),
    (
        "de-rueckruf-kessler",
        "Kessler ruft Wasserkocher zurück",
        "Der Haushaltsgerätehersteller Kessler ruft rund 45.000 Wasserkocher zurück, weil sich "
        "der Griff lösen kann.",
        96.0,
    ),
    (
        "de-rueckruf-kessler",
        "Rückruf bei Kessler",
        "45 000 Wasserkocher betroffen.",
        96.4,
    ),
    (
        "de-rueckruf-kessler",
        "Kessler-Rückruf: So erkennen Kunden die betroffenen Geräte",
        "Betroffen sind Modelle mit der Seriennummer KW-22 am Boden; Käufer bekommen ihr Geld "
        "zurück.",
        99.0,
    ),
    (
        "de-rueckruf-kessler",
        "Kessler: Schon 9000 Wasserkocher zurückgegeben",
        "Einen Tag nach dem Rückruf haben Kunden bereits rund 9.000 der betroffenen Wasserkocher "
        "in die Geschäfte gebracht, teilte Kessler am Freitag mit.",
        118.0,
    ),
    (
        "de-fund-roemer",
        "Römischer Schatz bei Bauarbeiten in Tannfeld gefunden",
        "Bauarbeiter haben in Tannfeld rund 300 römische Silbermünzen entdeckt; Archäologen "
        "sprechen von einem seltenen Fund.",
        120.0,
    ),
    (
        "de-fund-roemer",
        "Römermünzen in Tannfeld",
        "300 Silbermünzen auf Baustelle entdeckt.",
        120.5,
    ),
    (
        "de-fund-roemer",
        "Tannfelder Münzfund soll ins Landesmuseum",
        "Die etwa 300 Münzen sollen nach der Reinigung im Landesmuseum gezeigt werden, sagte die "
        "Landesarchäologin am Samstag.",
        138.0,
    ),
    (
        "de-bad-ostwiesen",
        "Hallenbad in Ostwiesen schließt für ein Jahr",
        "Das Hallenbad in Ostwiesen wird ab Januar für zwölf Monate saniert; die Stadt "
        "investiert 6,8 Millionen Euro.",
        12.0,
    ),
    # --- French ---
    (
        "fr-incendie-morvan",
        "Incendie d'un entrepôt à Saint-Aulnay",
        "Un violent incendie s'est déclaré lundi soir dans un entrepôt de pneus de la zone "
        "artisanale de Saint-Aulnay ; une centaine de pompiers sont mobilisés.",
        23.0,
    ),
    (
        "fr-incendie-morvan",
        "EN DIRECT - Saint-Aulnay : un entrepôt en feu",
        "Un épais panache de fumée noire visible à des kilomètres.",
        23.3,
    ),
    (
        "fr-incendie-morvan",
        "Saint-Aulnay : l'entrepôt de pneus entièrement détruit",
        "Le feu a été maîtrisé vers 3 heures ; aucun blessé n'est à déplorer, mais les 4 000 m² "
        "du bâtiment sont partis en fumée.",
        27.0,
    ),
    (
        "fr-incendie-morvan/appartement",
        "Saint-Aulnay : un appartement en feu dans le centre",
        "Dans la même nuit, un feu s'est déclaré dans un appartement de la rue des Tanneurs ; "
        "deux habitants ont été évacués par la grande échelle.",
        25.5,
    ),
    (
        "fr-incendie-morvan/appartement",
        "Feu rue des Tanneurs",
        "Deux personnes évacuées par la grande échelle.",
        25.8,
    ),
    (
        "fr-greve-cheminots",
        "Les contrôleurs de la région Aquilène appellent à la grève",
        "Le syndicat SUD-Rail Aquilène appelle les contrôleurs à cesser le travail le lundi "
        "suivant pour protester contre la suppression de 80 postes.",
        44.0,
    ),
    (
        "fr-greve-cheminots",
        "Préavis de grève chez les contrôleurs",
        "Le mouvement est prévu pour lundi prochain.",
        44.5,
    ),
    (
        "fr-greve-cheminots/jour",
        "Grève des contrôleurs : un train sur trois en Aquilène",
        "Lundi, seuls un tiers des trains régionaux ont circulé en Aquilène, où les contrôleurs "
        "protestent contre la suppression de 80 postes.",
        176.0,
    ),
    (
        "fr-greve-cheminots/jour",
        "Trafic très perturbé en Aquilène",
        "Un TER sur trois ce lundi.",
        176.4,
    ),
    (
        "fr-maire-vernet",
        "Le maire de Vernet-les-Bains démissionne",
        "Jean-Luc Faure, maire de Vernet-les-Bains depuis 2014, a annoncé sa démission mardi, "
        "invoquant des raisons de santé.",
        34.0,
    ),
    (
        "fr-maire-vernet",
        "Démission du maire de Vernet",
        "Jean-Luc Faure quitte ses fonctions.",
        34.4,
    ),
    (
        "fr-maire-vernet",
        "Vernet-les-Bains : après Faure, l'opposition réclame des élections",
        "L'opposition municipale demande un retour aux urnes après le départ de M. Faure, qui "
        "dirigeait la ville depuis 2014.",
        38.0,
    ),
    (
        "fr-maire-vernet/election",
        "Vernet-les-Bains : élection municipale partielle le 25 janvier",
        "La préfecture a fixé au 25 janvier l'élection partielle qui désignera le successeur de "
        "Jean-Luc Faure.",
        110.0,
    ),
    (
        "fr-maire-vernet/election",
        "Partielle fixée au 25 janvier",
        "Vernet-les-Bains retourne aux urnes.",
        110.3,
    ),
    (
        "fr-ours-castelbon",
        "Un ours aperçu près d'un village de l'Ariège",
        "Un ours brun a été filmé mercredi matin à moins de 200 mètres des premières maisons de "
        "Castelbon, une première depuis dix ans.",
        58.0,
    ),
    (
        "fr-ours-castelbon",
        "Un ours près de Castelbon",
        "La vidéo d'un habitant fait le tour des réseaux.",
        58.4,
    ),
    (
        "fr-ours-castelbon",
        "Ours de Castelbon : la mairie appelle au calme",
        "Le maire de Castelbon demande aux habitants de ne pas laisser de nourriture dehors "
        "après la visite de l'ours.",
        62.0,
    ),
    (
        "fr-ours-castelbon",
        "L'ours de Castelbon est reparti vers la montagne",
        "Les agents de l'Office de la biodiversité ont suivi jeudi les traces de l'ours, qui "
        "s'est éloigné de Castelbon vers les estives.",
        79.0,
    ),
    (
        "fr-rappel-lait",
        "Rappel de laits infantiles Bellenfant",
        "Le fabricant Bellenfant rappelle trois lots de lait en poudre pour nourrissons en "
        "raison d'une possible contamination.",
        85.0,
    ),
    (
        "fr-rappel-lait",
        "Rappel de lait infantile",
        "Trois lots de la marque Bellenfant sont concernés.",
        85.3,
    ),
    (
        "fr-rappel-lait",
        "Laits Bellenfant : aucun bébé malade selon l'agence sanitaire",
        "L'agence sanitaire indique jeudi qu'aucun cas de maladie n'a été signalé après le "
        "rappel des trois lots.",
        94.0,
    ),
    (
        "fr-piste-aulnay",
        "Saint-Aulnay inaugure sa piste cyclable le long du canal",
        "Une piste de 7 km le long du canal relie désormais le centre de Saint-Aulnay à la gare.",
        124.0,
    ),
    (
        "fr-piste-aulnay",
        "Nouvelle piste cyclable",
        "7 km le long du canal.",
        124.3,
    ),
    # --- Russian ---
    (
        "ru-zasedanie-lavrin",
        "Заседание по делу бывшего вице-мэра Зареченска отложено",
        "Суд в Зареченске отложил на неделю заседание по делу бывшего вице-мэра Олега Лаврина, "
        "обвиняемого во взятке в 2,4 млн рублей.",
        14.0,
    ),
    (
        "ru-zasedanie-lavrin",
        "Дело Лаврина отложено",
        "Адвокат не явился в суд.",
        14.4,
    ),
    (
        "ru-zasedanie-lavrin/sud",
        "Бывший вице-мэр Лаврин не признал вину",
        "Олег Лаврин, бывший вице-мэр Зареченска, на заседании в понедельник не признал вину во "
        "взятке; неделю назад слушание было отложено.",
        182.0,
    ),
    (
        "ru-zasedanie-lavrin/sud",
        "Лаврин не признал вину",
        "Следующее заседание назначено на январь.",
        182.4,
    ),
    (
        "ru-metel-sibir",
        "Метель парализовала движение в Ключевске",
        "Сильная метель в Ключевске остановила автобусы и закрыла трассу на Белогорск; за ночь "
        "выпало 40 сантиметров снега.",
        52.0,
    ),
    (
        "ru-metel-sibir",
        "Метель в Ключевске",
        "Трасса на Белогорск закрыта.",
        52.4,
    ),
    (
        "ru-metel-sibir",
        "Трассу на Белогорск открыли после метели",
        "Дорожники за сутки расчистили трассу, автобусы в Ключевске снова ходят по расписанию.",
        70.0,
    ),
    (
        "ru-khlebozavod-belogorsk",
        "В Белогорске запустили новый хлебозавод",
        "В Белогорске открылся хлебозавод, который будет выпускать 30 тонн хлеба в сутки и даст "
        "работу 150 жителям.",
        84.0,
    ),
    (
        "ru-khlebozavod-belogorsk",
        "Новый хлебозавод",
        "30 тонн хлеба в сутки.",
        84.4,
    ),
    (
        "ru-tigr-primorye",
        "Тигра заметили у окраины посёлка Кедровый",
        "Жители посёлка Кедровый сняли на видео тигра, который вышел к огородам; охотинспекторы "
        "дежурят у посёлка.",
        106.0,
    ),
    (
        "ru-tigr-primorye",
        "Тигр у посёлка",
        "Охотинспекторы дежурят ночью.",
        106.4,
    ),
    (
        "ru-tigr-primorye",
        "Тигра из Кедрового отпугнули в тайгу",
        "Специалисты с помощью шумовых ракет отогнали хищника от посёлка, он ушёл в тайгу.",
        124.0,
    ),
    (
        "ru-most-vyunka",
        "В Зареченске открыли мост через Вьюнку",
        "После двух лет ремонта в Зареченске открыли движение по мосту через реку Вьюнку.",
        136.0,
    ),
    (
        "ru-most-vyunka",
        "Мост через Вьюнку открыт",
        "Ремонт шёл два года.",
        136.4,
    ),
    (
        "ru-teatr-klyuchevsk",
        "Театр Ключевска показал премьеру",
        "Драмтеатр Ключевска показал премьеру спектакля о первых жителях города; билеты "
        "раскуплены до февраля.",
        156.0,
    ),
    # --- Spanish ---
    (
        "es-choque-a57",
        "Un camión vuelca en la autovía A-57 a la altura de Villarejo",
        "Un camión cargado de naranjas volcó a primera hora del lunes en la A-57 cerca de "
        "Villarejo; el conductor resultó herido leve y se cortó un carril.",
        6.5,
    ),
    (
        "es-choque-a57",
        "Atasco en la A-57 por un camión volcado",
        "Retenciones de 8 kilómetros junto a Villarejo.",
        6.8,
    ),
    (
        "es-choque-a57",
        "Reabierta la A-57 tras retirar el camión de naranjas",
        "La Guardia Civil reabrió todos los carriles pasadas las nueve; el conductor ya ha "
        "recibido el alta.",
        9.0,
    ),
    (
        "es-choque-a57/turismos",
        "Tres heridos en una colisión entre dos coches en la A-57",
        "Dos turismos chocaron el lunes por la tarde en la A-57 cerca de Villarejo, pocas horas "
        "después del vuelco de un camión en la misma vía.",
        14.5,
    ),
    (
        "es-choque-a57/turismos",
        "Otro accidente en la A-57",
        "Tres heridos en un choque entre dos turismos por la tarde.",
        14.8,
    ),
    (
        "es-ministra-rubio",
        "La ministra Rubio anuncia 5.000 plazas de médico",
        "La ministra de Sanidad, Elena Rubio, ha anunciado la creación de 5.000 nuevas plazas de "
        "formación para médicos en los próximos tres años.",
        28.0,
    ),
    (
        "es-ministra-rubio",
        "Sanidad creará 5000 plazas MIR",
        "Rubio presenta su plan para tres años.",
        28.3,
    ),
    (
        "es-ministra-rubio/urgencias",
        "Rubio promete reducir a la mitad las esperas en urgencias",
        "Días después de anunciar nuevas plazas de médico, la ministra Rubio presentó un plan "
        "para que ningún paciente espere más de cuatro horas en urgencias.",
        96.0,
    ),
    (
        "es-ministra-rubio/urgencias",
        "Plan de urgencias de Sanidad",
        "Un máximo de cuatro horas de espera para los pacientes.",
        96.4,
    ),
    (
        "es-rescate-picos",
        "Rescatados dos montañeros en la sierra de Albuera",
        "El helicóptero del 112 rescató el martes a dos montañeros atrapados por la niebla en la "
        "sierra de Albuera.",
        44.0,
    ),
    (
        "es-rescate-picos",
        "Rescate en Albuera",
        "Los dos montañeros, a salvo tras la niebla.",
        44.4,
    ),
    (
        "es-rescate-picos",
        "Los montañeros de Albuera pasaron la noche en una cueva",
        "Los dos jóvenes rescatados contaron que se refugiaron en una cueva hasta que se levantó "
        "la niebla.",
        58.0,
    ),
    (
        "es-fraude-oliva",
        "Detenidos 14 por un fraude de aceite de oliva",
        "La policía ha detenido a 14 personas acusadas de vender aceite de girasol teñido como "
        "aceite de oliva virgen extra.",
        72.0,
    ),
    (
        "es-fraude-oliva",
        "Fraude con aceite",
        "14 detenidos por vender girasol como oliva.",
        72.4,
    ),
    (
        "es-fraude-oliva",
        "La cooperativa de Torreblanca niega su implicación en el fraude del aceite",
        "La cooperativa de Torreblanca asegura que no tiene relación con la red desarticulada, "
        "aunque dos de los detenidos trabajaron allí.",
        90.0,
    ),
    (
        "es-lluvias-murcia",
        "Alerta naranja por lluvias en la costa de Almares",
        "La agencia de meteorología activó la alerta naranja por lluvias de hasta 120 litros por "
        "metro cuadrado en la costa de Almares.",
        110.0,
    ),
    (
        "es-lluvias-murcia",
        "Alerta naranja en Almares",
        "Se esperan hasta 120 l/m² en la costa y los ríos ya suben.",
        110.4,
    ),
    (
        "es-lluvias-murcia",
        "Calles inundadas y clases suspendidas en Almares",
        "Las lluvias de la noche inundaron decenas de calles y obligaron a suspender las clases "
        "el sábado en seis municipios.",
        130.0,
    ),
    (
        "es-museo-villarejo",
        "Villarejo estrena museo del ferrocarril",
        "El antiguo depósito de locomotoras de Villarejo abre como museo con once trenes "
        "restaurados.",
        40.0,
    ),
    (
        "es-museo-villarejo",
        "Museo del tren en Villarejo",
        "Once locomotoras restauradas.",
        40.3,
    ),
    # --- Italian ---
    (
        "it-esuberi-valtorre",
        "Valtorre Elettrodomestici taglia 380 posti",
        "Il gruppo Valtorre ha annunciato 380 esuberi e la chiusura dello stabilimento di "
        "Sanbruno, citando il calo delle vendite di frigoriferi.",
        26.0,
    ),
    (
        "it-esuberi-valtorre",
        "Valtorre, 380 esuberi",
        "Chiude lo stabilimento di Sanbruno.",
        26.3,
    ),
    (
        "it-esuberi-valtorre",
        "Sanbruno, i sindacati proclamano otto ore di sciopero contro Valtorre",
        "Dopo l'annuncio dei 380 esuberi, i sindacati metalmeccanici hanno indetto uno sciopero "
        "nello stabilimento di Sanbruno.",
        29.0,
    ),
    (
        "it-esuberi-valtorre/lancio",
        "Valtorre presenta il nuovo forno a vapore",
        "A pochi giorni dall'annuncio degli esuberi, Valtorre ha presentato a Milano un forno a "
        "vapore che sarà in vendita da marzo a 899 euro.",
        98.0,
    ),
    (
        "it-esuberi-valtorre/lancio",
        "Il forno a vapore di Valtorre",
        "In vendita da marzo a 899 euro.",
        98.4,
    ),
    (
        "it-blackout-ponte",
        "Blackout a Pontelungo, 8mila famiglie al buio",
        "Un guasto in una cabina elettrica ha lasciato al buio circa 8.000 famiglie nei "
        "quartieri nord di Pontelungo lunedì sera.",
        18.0,
    ),
    (
        "it-blackout-ponte",
        "Pontelungo al buio",
        "Guasto nella cabina, 8mila utenze sono senza luce.",
        18.4,
    ),
    (
        "it-blackout-ponte",
        "Pontelungo, tornata la corrente",
        "I tecnici hanno riparato la cabina in tre ore; il gestore si scusa con i residenti.",
        21.5,
    ),
    (
        "it-blackout-ponte/secondo",
        "Di nuovo senza luce a Pontelungo",
        "Mercoledì pomeriggio un nuovo guasto, stavolta sul cavo sotterraneo tranciato dalla "
        "ruspa di un cantiere, ha lasciato senza corrente 2.000 utenze.",
        64.0,
    ),
    (
        "it-blackout-ponte/secondo",
        "Secondo blackout in due giorni",
        "Una ruspa tranci un cavo a Pontelungo.",
        64.4,
    ),
    (
        "it-frana-valdinoce",
        "Frana sulla provinciale per Valdinoce, strada chiusa",
        "Una frana ha invaso la strada provinciale 14 tra Valdinoce e Roccabruna martedì; nessun "
        "ferito, ma tre frazioni sono isolate.",
        42.0,
    ),
    (
        "it-frana-valdinoce",
        "Frana a Valdinoce",
        "Tre frazioni sono isolate dalla frana.",
        42.4,
    ),
    (
        "it-frana-valdinoce",
        "Valdinoce, riaperta una corsia della provinciale",
        "Dopo due giorni di lavori, la provinciale 14 è di nuovo percorribile a senso alternato.",
        64.0,
    ),
    (
        "it-scoperta-etruschi",
        "Tomba etrusca scoperta a Roccabruna",
        "Durante i lavori per una cantina a Roccabruna è emersa una tomba etrusca intatta con "
        "vasi e gioielli del VI secolo a.C.",
        80.0,
    ),
    (
        "it-scoperta-etruschi",
        "Scoperta a Roccabruna",
        "Una tomba etrusca intatta sotto la cantina di una casa del paese.",
        80.4,
    ),
    (
        "it-scoperta-etruschi",
        "Roccabruna, la soprintendenza: una delle tombe più ricche della zona",
        "Gli archeologi hanno catalogato 40 oggetti nella tomba etrusca trovata sotto la cantina.",
        84.0,
    ),
    (
        "it-scoperta-etruschi",
        "Tomba etrusca di Roccabruna, i reperti andranno al museo di Sanbruno",
        "Il giorno dopo la scoperta, la soprintendenza ha deciso che vasi e gioielli saranno "
        "restaurati ed esposti nel museo civico.",
        104.0,
    ),
    (
        "it-derby-calcio",
        "Il Pontelungo batte il Sanbruno nel derby",
        "Il Pontelungo ha vinto 2-1 il derby con il Sanbruno grazie a un gol di Mattia Ferri al "
        "novantesimo.",
        159.0,
    ),
    (
        "it-derby-calcio",
        "Derby al Pontelungo",
        "Ferri decide il derby al 90'.",
        159.3,
    ),
    (
        "it-derby-calcio",
        "Ferri, l'eroe del derby: un sogno che si avvera",
        "Il centravanti del Pontelungo ha dedicato il gol della vittoria per 2 a 1 al padre.",
        162.0,
    ),
    (
        "it-neve-corvara",
        "Neve al passo Corvara, obbligo di catene",
        "La prima neve dell'inverno ha imbiancato il passo Corvara; dalle 18 è scattato "
        "l'obbligo di catene.",
        132.0,
    ),
    (
        "it-mostra-sanbruno",
        "Sanbruno, apre la mostra sulle fornaci",
        "Il museo civico di Sanbruno ospita fino a marzo una mostra sulle antiche fornaci della "
        "valle, con 120 oggetti in ceramica.",
        112.0,
    ),
    # --- Portuguese ---
    (
        "pt-greve-metro-vilaverde",
        "Trabalhadores do metro de Vilaverde anunciam greve",
        "O sindicato dos trabalhadores do metro de Vilaverde marcou uma greve de 24 horas para a "
        "próxima segunda-feira, em protesto contra os horários.",
        38.0,
    ),
    (
        "pt-greve-metro-vilaverde",
        "Greve no metro de Vilaverde",
        "Paralisação marcada para segunda-feira.",
        38.4,
    ),
    (
        "pt-greve-metro-vilaverde",
        "Empresa do metro diz que a greve é injustificada",
        "A administração do metro de Vilaverde afirmou que propôs um aumento de 3,5% e lamentou "
        "a greve anunciada.",
        41.0,
    ),
    (
        "pt-greve-metro-vilaverde/dia",
        "Metro de Vilaverde parado durante todo o dia",
        "Nenhuma composição circulou nesta segunda-feira em Vilaverde, onde os trabalhadores "
        "cumpriram a greve de 24 horas.",
        176.0,
    ),
    (
        "pt-greve-metro-vilaverde/dia",
        "Dia de greve no metro",
        "Autocarros cheios e trânsito intenso.",
        176.4,
    ),
    (
        "pt-ponte-ribeira",
        "Ponte da Ribeira fechada para obras de inspeção",
        "A ponte da Ribeira, em Porto Calvo, vai estar fechada ao trânsito até sexta-feira para "
        "a inspeção dos pilares.",
        20.0,
    ),
    (
        "pt-ponte-ribeira",
        "Ponte da Ribeira fechada",
        "Desvios até sexta-feira.",
        20.4,
    ),
    (
        "pt-ponte-ribeira/barco",
        "Barco de pesca embate num pilar da ponte da Ribeira",
        "Um barco de pesca embateu na terça-feira num pilar da ponte da Ribeira, já fechada para "
        "inspeção; os três pescadores saíram ilesos.",
        36.0,
    ),
    (
        "pt-ponte-ribeira/barco",
        "Embate na ponte da Ribeira",
        "Pescadores ilesos.",
        36.4,
    ),
    (
        "pt-incendio-cabecais",
        "Incêndio na serra da Lousinha obriga a evacuar aldeia",
        "Um incêndio na serra da Lousinha obrigou a retirar 40 moradores da aldeia de Cabeçais "
        "durante a noite.",
        60.0,
    ),
    (
        "pt-incendio-cabecais",
        "Fogo na Lousinha",
        "A aldeia de Cabeçais foi evacuada com os moradores levados para o pavilhão.",
        60.4,
    ),
    (
        "pt-incendio-cabecais",
        "Incêndio da Lousinha dado como dominado",
        "Os bombeiros dominaram o fogo na manhã de quinta-feira; os moradores de Cabeçais já "
        "voltaram a casa.",
        78.0,
    ),
    (
        "pt-premio-escritora",
        "Escritora Marta Seixas vence prémio literário",
        'A romancista Marta Seixas venceu o Prémio Castelar com o livro "A Casa das Marés", no '
        "valor de 50 mil euros.",
        90.0,
    ),
    (
        "pt-premio-escritora",
        "Prémio Castelar para Seixas",
        'Romance "A Casa das Marés" distinguido.',
        90.4,
    ),
    (
        "pt-premio-escritora",
        "Marta Seixas: o prémio é para a minha avó",
        "A vencedora do Prémio Castelar dedicou os 50.000 euros à avó que lhe contava histórias "
        "do mar.",
        94.0,
    ),
    (
        "pt-tubarao-praia",
        "Tubarão avistado na praia de Porto Calvo",
        "A polícia marítima interditou a praia de Porto Calvo a banhos depois de um tubarão-azul "
        "ter sido avistado perto da costa.",
        122.0,
    ),
    (
        "pt-tubarao-praia",
        "Tubarão em Porto Calvo",
        "Banhos proibidos.",
        122.4,
    ),
    (
        "pt-feira-vilaverde",
        "Feira do livro de Vilaverde abre portas",
        "A feira do livro de Vilaverde abriu com 60 pavilhões e vai estar no jardim municipal "
        "até domingo.",
        10.0,
    ),
    # --- Dutch ---
    (
        "nl-ongeluk-a29",
        "Vrachtwagen gekanteld op de A29 bij Hoeveburg",
        "Op de A29 bij Hoeveburg is maandagochtend een vrachtwagen met bloembollen gekanteld; de "
        "chauffeur raakte lichtgewond en de weg is richting het zuiden dicht.",
        8.0,
    ),
    (
        "nl-ongeluk-a29",
        "A29 dicht na ongeluk",
        "Vrachtwagen gekanteld bij Hoeveburg.",
        8.3,
    ),
    (
        "nl-ongeluk-a29",
        "A29 bij Hoeveburg weer open",
        "De bergers hadden ruim drie uur nodig om de gekantelde vrachtwagen en de bloembollen "
        "weg te halen.",
        11.0,
    ),
    (
        "nl-ongeluk-a29/auto",
        "Twee gewonden bij botsing op A29",
        "Bij een aanrijding tussen twee auto's op de A29 bij Hoeveburg zijn maandagmiddag twee "
        "mensen gewond geraakt, uren na het ongeluk met de vrachtwagen.",
        17.5,
    ),
    (
        "nl-ongeluk-a29/auto",
        "Weer ongeluk op de A29",
        "Twee gewonden bij botsing.",
        17.8,
    ),
    (
        "nl-stroom-delden",
        "Stroomstoring in Dalsum: 5000 huishoudens zonder stroom",
        "Door een storing in een verdeelstation zaten dinsdagavond ongeveer 5.000 huishoudens in "
        "Dalsum zonder stroom.",
        44.0,
    ),
    (
        "nl-stroom-delden",
        "Storing in Dalsum",
        "Duizenden huizen zitten zonder stroom na een storing.",
        44.4,
    ),
    (
        "nl-stroom-delden",
        "Stroom in Dalsum weer terug",
        "Na drie uur hadden monteurs het verdeelstation gerepareerd; de netbeheerder biedt "
        "excuses aan.",
        47.0,
    ),
    (
        "nl-stroom-delden/tweede",
        "Opnieuw stroomstoring in Dalsum",
        "Vrijdag zaten in Dalsum opnieuw 1200 huishoudens zonder stroom, nu omdat een "
        "graafmachine een kabel raakte bij de aanleg van een fietspad.",
        116.0,
    ),
    (
        "nl-stroom-delden/tweede",
        "Graafmachine raakt kabel in Dalsum",
        "Weer 1200 huizen zonder stroom door een kabelbreuk.",
        116.4,
    ),
    (
        "nl-fraude-gemeente",
        "Ambtenaar van Westerkerk verdacht van fraude",
        "Een ambtenaar van de gemeente Westerkerk wordt ervan verdacht 210.000 euro aan "
        "subsidies naar eigen bedrijfjes te hebben doorgesluisd.",
        64.0,
    ),
    (
        "nl-fraude-gemeente",
        "Fraude bij gemeente Westerkerk",
        "Ambtenaar aangehouden.",
        64.4,
    ),
    (
        "nl-fraude-gemeente",
        "Westerkerk laat alle subsidies van vijf jaar onderzoeken",
        "Na de arrestatie van een ambtenaar laat de gemeente een accountant alle subsidies sinds "
        "2021 controleren.",
        86.0,
    ),
    (
        "nl-zeehond-wad",
        "Zieke zeehondjes opgevangen na storm",
        "Na de storm van donderdag zijn 14 jonge zeehonden naar de opvang in Harlingerzijl "
        "gebracht.",
        100.0,
    ),
    (
        "nl-zeehond-wad",
        "Veertien zeehondjes in opvang",
        "De storm spoelt jonge dieren aan op het wad.",
        100.4,
    ),
    (
        "nl-brug-sluis",
        "Nieuwe brug over het Zwanekanaal geopend",
        "In Hoeveburg is zaterdag de nieuwe fietsbrug over het Zwanekanaal geopend, een jaar "
        "later dan gepland.",
        126.0,
    ),
    (
        "nl-brug-sluis",
        "Fietsbrug Hoeveburg open",
        "Een jaar te laat, maar klaar.",
        126.4,
    ),
    (
        "nl-brug-sluis",
        "Fietsers blij met brug, omwonenden klagen over kosten",
        "De brug kostte 4,2 miljoen euro, bijna twee keer zoveel als begroot.",
        129.0,
    ),
    (
        "nl-kaas-markt",
        "Kaasmakerij Van Dijkhuis overgenomen door Frans concern",
        "Het Franse zuivelbedrijf Lactalon neemt de kaasmakerij Van Dijkhuis uit Westerkerk over "
        "voor ongeveer 90 miljoen euro.",
        30.0,
    ),
    (
        "nl-kaas-markt",
        "Van Dijkhuis in Franse handen",
        "Overname voor 90 miljoen.",
        30.4,
    ),
    (
        "nl-kaas-markt",
        "Personeel Van Dijkhuis houdt baan na overname",
        "De 240 medewerkers van kaasmakerij Van Dijkhuis in Westerkerk blijven in dienst, heeft "
        "Lactalon een dag na de overname beloofd.",
        52.0,
    ),
    (
        "nl-bieb-dalsum",
        "Bibliotheek Dalsum gaat ook op zondag open",
        "Vanaf januari is de bibliotheek in Dalsum ook op zondagmiddag open, omdat de gemeente "
        "geld vrijmaakt voor twee extra medewerkers.",
        74.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two separate fires in one town on one night": (
        "en-fire-corrick/house",
        "de-brand-lindau/wohnung",
        "fr-incendie-morvan/appartement",
    ),
    "two road crashes on one road on one day": (
        "en-crash-a94/car",
        "es-choque-a57/turismos",
        "nl-ongeluk-a29/auto",
    ),
    "a company's job cuts and its unrelated product launch in one week": (
        "en-jobs-halvern/launch",
        "it-esuberi-valtorre/lancio",
    ),
    "a strike announced and the strike day": (
        "en-strike-tramdrivers/day",
        "fr-greve-cheminots/jour",
        "pt-greve-metro-vilaverde/dia",
    ),
    "a court hearing adjourned and the hearing held a week later": (
        "en-hearing-tolley/held",
        "ru-zasedanie-lavrin/sud",
    ),
    "one minister's two announcements in one week": (
        "de-minister-haas/maut",
        "es-ministra-rubio/urgencias",
    ),
    "a power cut and a second one from another cause in the same district days later": (
        "en-power-brisford/second",
        "it-blackout-ponte/secondo",
        "nl-stroom-delden/tweede",
    ),
    "a bridge closed for inspection and a boat striking the closed bridge a day later": (
        "en-bridge-kelby/collision",
        "pt-ponte-ribeira/barco",
    ),
    "a birth at a zoo and an animal's escape from the same zoo days later": (
        "en-zoo-harwell/escape",
        "de-zoo-weiler/ausbruch",
    ),
    "a mayor's resignation and the by-election set days later": (
        "en-mayor-stannick/byelection",
        "fr-maire-vernet/election",
    ),
}
