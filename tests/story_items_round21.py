"""A twenty-first check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14 and 20: items are (story, title, lead, hours),
`hours` being when the item was published, in hours after the set's start (a Monday, 00:00), so
the merging's 48-hour window decides as in production; the file lists each story's copies
together, not in time order (`blind_round` sorts them). The set spans a little under eight days
(2.5 to 186.5 hours). It holds 278 items under 112 labels: 81 stories and 31 hard negatives; 41
labels in English (109 items, about 39%), 13 in German, 11 in Spanish, 10 in French, Italian and
Russian, 9 in Dutch, 8 in Portuguese. Copies of one event are minutes to hours apart (a wire
flash or teaser first, then a local paper, a business page, a quote-led piece), and 28 stories
have a follow-up 12 to 30 hours after the first copy (the Holbeck baker's plans, the Dunlow
raiders' CCTV pictures, Ridgeway High reopened, the Lydbrook clean-up, the Ashcombe girl found,
the Kerlann surfer out of hospital, the Valdecorza families home, the Valserena schools shut for
checks, the Vale Formoso getaway car found burnt, the Ruinerveen wolf confirmed by DNA).

What is new against round 20: weight on the hardest kind of hard negative, two different events
at one place within hours, in six kinds, 22 of the 31 hard negatives first published within 12
hours of their story. Two fires in one town on one night, 2.1 to 2.4 hours apart (Holbeck's
Tanner Street bakery and a garage on Linden Close, Hollfeld's barn and a kitchen on the
Bahnhofstraße, Robledal's furniture works and a flat on the calle Mayor, Oosterlo's hay barn and
a house on the Kerkstraat); two crashes on one road on one day, 9.1 to 10.2 hours apart (the
B4120 at Ellerby, the B 27 at Kornwestal, the statale 612 at Pievelunga, the Верхнелесье —
Сосновка road); new: a robbery and an unrelated arrest in the same street, 4.5 to 5.2 hours
apart (Market Street in Dunlow, the rue des Cordiers in Montbrizon, the Rua Direita in Vale
Formoso); new: a council vote and a protest about something else outside the same town hall
that evening, 1.0 to 3.0 hours apart (Wexham's parking charges and a nursery closure,
Grünbach's property tax and wind turbines, Castelmarzio's parking plan and a maternity unit);
new: two separate rescues on one beach in one afternoon, 1.7 to 2.5 hours apart (a kayaker and
a dog walker at Polvean, a surfer and two walkers at Kerlann, a surfer and an angler at the
Cerrado); new: a school shut by a burst pipe and the same school's sports win that day, 9.5 to
11.7 hours apart (Ridgeway High's netball team, the Miralvalle's basketball team, Het Baken's
futsal team). Most of these name the other event as background, as real copy does ("while most
of the town's crews were still at the bakery blaze", "not connected to the morning's jewellery
raid", "as councillors arrived for a meeting on parking", "the lifeboat's second call-out to the
beach that afternoon", "on a day their school was shut by a burst pipe", "Noch während die
Feuerwehr an der brennenden Scheune löschte", "aucun lien avec le braquage du matin", "el mismo
día en que el centro cerró", "horas depois do salvamento de um surfista", "на той же трассе").
Beside them: new, two floods in one region on one day in different towns, 3.2 and 4.0 hours
apart (the Aske at Lydbrook and the Caddon at Amberley, the Tormal at Valdecorza and the
Cárcavo at Olmedal); a company's results and its product recall one to three days later (27,
50.5 and 63 hours: Calder's dryers, Varenne's hair dryers, Lanzoni's coffee makers); a match
preview and its report (33 and 74.5 hours: Castlebridge Rovers v Hallam Town, «Сокол» v
«Буревестник»); a trial's opening and its verdict days later (72 and 96 hours: Karl Mettler,
Frank van Ree); a strike announced and the strike day (65 and 139 hours: Озёрск's buses,
Valdecorza's buses). Seven hard negatives fall outside the window.

Story shapes: one story told by four outlets with very different headlines, one leading on the
number, one on the number written out another way, one on a quote, one on the firm's town
("Palmer Energy hack exposes 1.2m customers", "1,200,000 Palmer customers hit by data theft",
"'We are deeply sorry', says Palmer Energy chief", "Bexford firm at the centre of a data
breach"); quote-led copies elsewhere (the Dunlow jeweller, the Holbeck baker, the Stenford
winner, the Valserena night, the Vale Formoso jeweller, Гусев). Numbers change format (1.2m /
1,200,000 / 1.2 million, £4.5m / £4.5 million, 38,000 / 38k, 30,000 / 30k, 18,000 / 18k, 2.8% /
2.8 per cent / 2.8pc, 1.200 / 1200, 4,1 / 4.1, 3,2% / 3,2 por cento, 700 /
Zevenhonderd, 1 500 / 1500), names change form (Pat and Glenys Hardacre, the Hardacres, Mrs
Hardacre; Lorraine Harker, Harker, "the former manager";
Bernard Lachaume, M. Lachaume, l'ex-édile; José Manuel Ibarra, Ibarra, el regidor; Sabine
Voigt, Voigt, "eine neue Rathauschefin"), and 97 labels have a teaser copy whose lead is under
80 characters beside a fuller copy.

What "same story" means here, as in rounds 9 to 14 and 20: one event (one fire, one crash, one
robbery, one arrest, one vote, one protest, one rescue, one closure, one match, one set of
results, one recall, one flood, one hearing, one verdict, one strike call, one strike day, one
breach, one quake) in that event's news cycle, including a next-day follow-up (the nursery kept
open after the Wexham protest belongs to the protest, not to the parking vote). Not the same
story: another event of the same kind or with the same actor, even in the same town, street,
beach, road, school, town hall, firm, court or club. A label with a suffix after a slash is a
hard negative of the story before the slash (categories in `HARD_NEGATIVES`). Fourteen stories
are told by one outlet, most in a town or street another story names (Tanner Street's new
crossing, Dunlow's library, Wexham's trees, Polvean's new lifeboat, Ellerby's eco award,
Hollfeld's Christmas market, Grünbach's library, Montbrizon's médiathèque, Kerlann's
lighthouse, Robledal's library, Castelmarzio's covered market, Vale Formoso's market, Oosterlo's
ice rink, Верхнелесье's rink): they can only be merged falsely. Other pairs share a place or an
actor but not an event and are not labelled as hard negatives (Hallam Town's stadium plan and
its cup tie, the Stenford lottery win and the Stenford courier fraud, the Marston boil-water
notice and the Marston care home verdict, Castelmarzio's theatre appointment and its council
vote, Valdecorza's floods and its bus strike, Озёрск's warehouse fire and its bus strike,
Alcorvo's mosaic and its club's election, Sosnovka's moose and its crashes). No story has more
than four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, schools and teams are invented here; real bodies appear only as
backdrop (the coastguard, the Bergwacht, the carabinieri, the polícia marítima).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items or error discussion of rounds 15 to 19 (round 20 was read in full for its
format), and never run through the merging code before its one scoring run (`python -m
bench.stories --round21`). Once its errors have been read it is no longer a clean check: say so
beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-fire-holbeck",
        "Holbeck bakery on fire",
        "Flames seen through the roof on Tanner Street.",
        47.9,
    ),
    (
        "en-fire-holbeck",
        "Fire guts Tanner Street bakery in Holbeck",
        "Crews from four stations fought a fire at Marsh's Bakery on Tanner Street, Holbeck, from "
        "shortly before midnight on Tuesday; families in the flats above were led out.",
        48.6,
    ),
    (
        "en-fire-holbeck",
        "'Thirty-one years of work gone in a night', says Holbeck baker",
        "Ray Marsh, whose family has run the Tanner Street bakery since 1993, said he hoped to "
        "bake again from a rented unit by the spring after the fire destroyed his shop.",
        62.0,
    ),
    (
        "en-fire-holbeck/garage",
        "Car destroyed in Holbeck garage fire",
        "A car and a garage on Linden Close, Holbeck, were destroyed by fire at about 1.50am on "
        "Wednesday, while most of the town's crews were still at the bakery blaze.",
        50.3,
    ),
    (
        "en-fire-holbeck/garage",
        "Linden Close garage fire",
        "A car was lost in the second fire of the night.",
        50.6,
    ),
    (
        "en-fire-holbeck/garage",
        "Police treat Linden Close garage fire as arson",
        "Officers said the garage fire in Holbeck was started on purpose and was not linked to the "
        "fire at the Tanner Street bakery two hours earlier.",
        58.5,
    ),
    (
        "en-crash-b4120",
        "Tractor and van collide on the B4120",
        "The B4120 was closed near Ellerby after a tractor and a delivery van collided at about "
        "7.40am on Thursday; the van driver was cut free by firefighters.",
        79.8,
    ),
    (
        "en-crash-b4120",
        "B4120 shut at Ellerby",
        "Tractor and van in collision; avoid the area.",
        80.1,
    ),
    (
        "en-crash-b4120",
        "Ellerby road reopens after tractor crash",
        "The B4120 reopened just before 11am; the van driver, a man in his thirties, is in "
        "hospital with a broken arm.",
        82.9,
    ),
    (
        "en-crash-b4120/cyclist",
        "Cyclist seriously hurt in hit-and-run near Ellerby",
        "A cyclist was left with serious injuries after being struck by a car that did not stop on "
        "the B4120 at Ellerby at 5.20pm on Thursday, hours after the same road was closed by "
        "another crash.",
        89.4,
    ),
    (
        "en-crash-b4120/cyclist",
        "Hit-and-run on the B4120",
        "Police hunt the driver who left a cyclist hurt.",
        89.7,
    ),
    (
        "en-crash-b4120/cyclist",
        "Police appeal for dashcam footage after Ellerby hit-and-run",
        "Officers want to trace a dark hatchback seen on the B4120 before a 47-year-old cyclist "
        "was knocked down on Thursday evening.",
        104.0,
    ),
    (
        "en-robbery-dunlow",
        "Armed raid on Dunlow jewellers",
        "Two men with knives robbed Farrant's jewellers on Market Street, Dunlow, at about 10.15am "
        "on Friday and escaped on a moped with watches and rings.",
        106.4,
    ),
    (
        "en-robbery-dunlow",
        "Market Street jewellers robbed",
        "Staff threatened with knives; no one is hurt.",
        106.7,
    ),
    (
        "en-robbery-dunlow",
        "'They had a knife to my colleague's throat', says Dunlow shop owner",
        "Helen Farrant said her staff were shaken but unhurt after the raid on her Market Street "
        "shop, in which about £60,000 of watches were taken.",
        108.5,
    ),
    (
        "en-robbery-dunlow",
        "CCTV images released of Dunlow jewellery raiders",
        "Police released pictures of the two men who robbed Farrant's jewellers on Friday morning "
        "and of the moped they rode away on.",
        127.0,
    ),
    (
        "en-robbery-dunlow/arrest",
        "Man arrested after drugs found in car on Market Street",
        "A 24-year-old man was arrested on Market Street in Dunlow on Friday afternoon after "
        "officers found cannabis in his car; police said it was not connected to the morning's "
        "jewellery raid.",
        111.6,
    ),
    (
        "en-robbery-dunlow/arrest",
        "Man held over drugs in Dunlow",
        "Cannabis was found in his car on Market Street.",
        111.9,
    ),
    (
        "en-council-wexham",
        "Wexham to double town-centre parking charges",
        "Wexham councillors voted 21 to 14 on Tuesday evening to double the cost of parking in the "
        "town centre from April, saying the money would keep bus routes running.",
        43.6,
    ),
    (
        "en-council-wexham",
        "Parking charges doubled",
        "Wexham council backs the rise from April.",
        43.9,
    ),
    (
        "en-council-wexham",
        "Wexham traders fear for shops after parking vote",
        "Shop owners said Tuesday's decision to double car park fees would drive customers to the "
        "retail park, where parking is free.",
        46.0,
    ),
    (
        "en-council-wexham/protest",
        "Parents protest outside Wexham town hall over nursery closure",
        "About 150 parents gathered outside Wexham town hall on Tuesday evening to oppose the "
        "closure of the Brook Lane nursery, as councillors arrived for a meeting on parking.",
        42.2,
    ),
    (
        "en-council-wexham/protest",
        "Nursery protest at Wexham town hall",
        "Parents with banners and buggies on the steps.",
        42.5,
    ),
    (
        "en-council-wexham/protest",
        "Wexham nursery to stay open until the summer after protest",
        "Council leaders agreed on Wednesday to keep the Brook Lane nursery open until July while "
        "parents try to find a charity to run it, a day after the protest outside the town hall.",
        66.0,
    ),
    (
        "en-rescue-polvean",
        "Kayaker rescued after capsizing off Polvean",
        "A kayaker who capsized in a strong offshore wind off Polvean beach was picked up by the "
        "lifeboat at about 2.10pm on Saturday and treated for cold.",
        134.6,
    ),
    (
        "en-rescue-polvean",
        "Lifeboat saves kayaker",
        "He was in the water off Polvean for 20 minutes.",
        134.9,
    ),
    (
        "en-rescue-polvean",
        "Polvean kayaker thanks lifeboat crew",
        "The 52-year-old man who spent 20 minutes in the sea off Polvean visited the lifeboat "
        "station on Sunday to thank the volunteers who pulled him out.",
        156.0,
    ),
    (
        "en-rescue-polvean/tide",
        "Dog walker cut off by tide at Polvean",
        "A woman and her dog were lifted from rocks at the north end of Polvean beach at 4.30pm on "
        "Saturday, the lifeboat's second call-out to the beach that afternoon.",
        136.9,
    ),
    (
        "en-rescue-polvean/tide",
        "Woman and dog stranded by the tide",
        "The pair were brought off the rocks by the inshore boat.",
        137.2,
    ),
    (
        "en-school-ridgeway",
        "Ridgeway High shut after burst pipe",
        "Ridgeway High School in Castlebridge closed for the day on Wednesday after a burst pipe "
        "flooded the ground floor overnight; parents were told by text at 6.45am.",
        54.8,
    ),
    (
        "en-school-ridgeway",
        "Ridgeway High closed today",
        "Burst pipe floods the ground floor.",
        55.1,
    ),
    (
        "en-school-ridgeway",
        "Ridgeway High reopens after flood clean-up",
        "Pupils were back on Thursday after cleaners and plumbers worked through the night; three "
        "ground-floor classrooms will stay closed until after Christmas.",
        74.5,
    ),
    (
        "en-school-ridgeway/netball",
        "Ridgeway netball team crowned county champions",
        "On a day their school was shut by a burst pipe, Ridgeway High's under-16 netball team "
        "still went to the county finals on Wednesday and beat St Oswin's 28-19.",
        66.5,
    ),
    (
        "en-school-ridgeway/netball",
        "County title for Ridgeway netballers",
        "The under-16s win the final by nine goals.",
        66.8,
    ),
    (
        "en-school-ridgeway/netball",
        "'They were brilliant', says Ridgeway netball coach",
        "Coach Karen Doyle said her players had met at a car park at 7am to travel to the county "
        "finals because they could not gather at their flooded school.",
        69.0,
    ),
    (
        "en-results-calder",
        "Calder Appliances profits fall 12%",
        "The kitchen appliance maker Calder reported a half-year profit of £84.6m on Tuesday, down "
        "12 per cent, as shoppers put off buying new ovens and fridges.",
        31.0,
    ),
    (
        "en-results-calder",
        "Calder profit down by 12%",
        "The appliance maker blames cautious shoppers.",
        31.3,
    ),
    (
        "en-results-calder",
        "Calder shares slide after profit drop",
        "Shares in Calder Appliances fell 8% by midday after the group warned that sales would "
        "stay weak until the spring.",
        34.0,
    ),
    (
        "en-results-calder/recall",
        "Calder recalls 38,000 tumble dryers",
        "Calder Appliances is recalling 38,000 tumble dryers made in 2024 after a fault in the "
        "door switch caused two small fires, a day after reporting a fall in profits.",
        58.0,
    ),
    (
        "en-results-calder/recall",
        "Calder dryer recall",
        "38k machines affected by a faulty switch.",
        58.3,
    ),
    (
        "en-results-calder/recall",
        "How to tell if your Calder dryer is part of the recall",
        "Owners should check for a serial number starting TD24 inside the door and stop using the "
        "machine until an engineer has fitted a new switch.",
        60.5,
    ),
    (
        "en-flood-lydbrook",
        "River Aske floods Lydbrook high street",
        "The river Aske burst its banks at Lydbrook before dawn on Sunday, sending water into 30 "
        "shops and homes along the high street.",
        149.0,
    ),
    (
        "en-flood-lydbrook",
        "Lydbrook flooded",
        "The Aske is over its banks and into the high street.",
        149.4,
    ),
    (
        "en-flood-lydbrook",
        "Lydbrook flood: shopkeepers count the cost",
        "Traders on Lydbrook's high street said they had lost Christmas stock worth thousands of "
        "pounds after the Aske flooded 30 properties.",
        153.0,
    ),
    (
        "en-flood-lydbrook",
        "Clean-up under way in Lydbrook as Aske falls",
        "Volunteers and council crews shovelled mud from the high street on Monday as the river "
        "dropped back below its banks.",
        178.0,
    ),
    (
        "en-flood-lydbrook/amberley",
        "Homes evacuated as the Caddon floods Amberley",
        "Twelve homes in Amberley, 12 miles from Lydbrook, were evacuated on Sunday morning when "
        "the Caddon brook rose a metre in two hours.",
        152.2,
    ),
    (
        "en-flood-lydbrook/amberley",
        "Amberley families leave homes",
        "The Caddon is up a metre after the heavy rain.",
        152.6,
    ),
    (
        "en-match-rovers",
        "Castlebridge Rovers v Hallam Town: cup tie preview",
        "Rovers, who play two divisions below Hallam, host them in the third round on Saturday "
        "with striker Dean Okoro back from a hamstring injury.",
        62.5,
    ),
    (
        "en-match-rovers",
        "'We fear no one', says Rovers boss ahead of Hallam tie",
        "Castlebridge Rovers manager Steve Aldred said his side would attack Hallam Town from the "
        "first whistle in Saturday's cup tie.",
        65.0,
    ),
    (
        "en-match-rovers/report",
        "Rovers stun Hallam 2-1 in the cup",
        "Dean Okoro scored twice as Castlebridge Rovers knocked Hallam Town out of the cup at a "
        "packed Mill Road on Saturday afternoon.",
        137.0,
    ),
    (
        "en-match-rovers/report",
        "Castlebridge Rovers 2-1 Hallam Town",
        "Okoro double sends Rovers into round four.",
        137.3,
    ),
    (
        "en-match-rovers/report",
        "Aldred hails 'the best day of my career' after cup upset",
        "The Castlebridge manager said his players had earned a home draw after beating Hallam, "
        "who sit two divisions above them.",
        139.0,
    ),
    (
        "en-breach-palmer",
        "Palmer Energy hack exposes 1.2m customers",
        "Names, addresses and bank details of about 1.2 million Palmer Energy customers were "
        "stolen in a cyber attack last week, the supplier said on Monday.",
        15.0,
    ),
    (
        "en-breach-palmer",
        "1,200,000 Palmer customers hit by data theft",
        "Energy firm tells account holders to watch for scam calls.",
        15.4,
    ),
    (
        "en-breach-palmer",
        "'We are deeply sorry', says Palmer Energy chief",
        "Ruth Ilsley, chief executive of Palmer Energy, apologised to customers and said the firm "
        "had called in outside experts after the breach of 1.2m accounts.",
        17.5,
    ),
    (
        "en-breach-palmer",
        "Bexford firm at the centre of a data breach",
        "Staff at Palmer Energy's head office in Bexford spent Monday answering calls from worried "
        "customers after the supplier admitted hackers had stolen account details.",
        21.0,
    ),
    (
        "en-quake-dunmere",
        "Earthquake felt across the Dunmere valley",
        "A magnitude 3.4 earthquake shook homes across the Dunmere valley at 11.02pm on Wednesday; "
        "there were no reports of damage.",
        71.1,
    ),
    (
        "en-quake-dunmere",
        "Dunmere tremor",
        "Residents report rattling windows and a loud bang.",
        71.4,
    ),
    (
        "en-quake-dunmere",
        "'The whole house shook': Dunmere residents describe quake",
        "People across the valley said the 3.4 tremor sounded like a lorry hitting their homes; "
        "geologists said it was the area's largest in 20 years.",
        80.0,
    ),
    (
        "en-lottery-stenford",
        "Stenford couple win £4.5m on the lottery",
        "Pat and Glenys Hardacre, retired teachers from Stenford, won £4.5 million in Saturday's "
        "draw with numbers taken from their grandchildren's birthdays.",
        158.0,
    ),
    (
        "en-lottery-stenford",
        "Hardacres scoop £4.5 million",
        "Retired Stenford teachers plan a trip to New Zealand.",
        158.4,
    ),
    (
        "en-lottery-stenford",
        "'We'll still shop at the market', says Stenford winner",
        "Mrs Hardacre said the couple would help their three children buy homes but would not move "
        "from the terraced house they have lived in for 40 years.",
        161.0,
    ),
    (
        "en-surgery-kirkton",
        "Kirkton hospital carries out its first robotic knee operation",
        "Surgeons at Kirkton Royal Infirmary used a robotic arm to replace a patient's knee on "
        "Monday, the first such operation in the region.",
        184.0,
    ),
    (
        "en-surgery-kirkton",
        "Robot-assisted knee op at Kirkton",
        "A first for the region, the infirmary says.",
        184.4,
    ),
    (
        "en-surgery-kirkton",
        "Surgeon says robot arm will cut waits for new knees",
        "Dr Amara Nwosu, the consultant who led Monday's operation at Kirkton, said the robot "
        "would let her team fit eight more knees a week.",
        186.5,
    ),
    (
        "en-inflation-nov",
        "Inflation falls to 2.8% in November",
        "Consumer prices rose 2.8 per cent in the year to November, down from 3.1 per cent in "
        "October, as petrol and food prices eased.",
        55.0,
    ),
    (
        "en-inflation-nov",
        "Prices rising at slowest pace in two years",
        "Cheaper fuel pulls the annual rate down to 2.8pc.",
        55.2,
    ),
    (
        "en-inflation-nov",
        "Lower inflation boosts hopes of an early rate cut",
        "Economists said November's fall to 2.8% made a cut in interest rates in February more "
        "likely.",
        57.5,
    ),
    (
        "en-missing-ashcombe",
        "Police appeal to find missing Ashcombe girl, 15",
        "Officers are searching for Mia Clarke, 15, who was last seen leaving Ashcombe bus station "
        "at 4pm on Thursday in a green coat.",
        91.0,
    ),
    (
        "en-missing-ashcombe",
        "Missing Ashcombe teenager",
        "Mia, 15, was last seen at the bus station.",
        91.3,
    ),
    (
        "en-missing-ashcombe",
        "Missing Ashcombe girl found safe and well",
        "Police thanked the public after Mia Clarke was found at a friend's home in Lexford on "
        "Friday afternoon.",
        110.0,
    ),
    (
        "en-containers-skelness",
        "Cargo ship loses 40 containers off Skelness",
        "The container ship Baltic Heron lost about 40 boxes overboard in heavy seas off Skelness "
        "in the early hours of Monday; the coastguard warned boats to keep clear.",
        2.5,
    ),
    (
        "en-containers-skelness",
        "Containers lost overboard",
        "Coastguard warning for shipping off Skelness.",
        2.8,
    ),
    (
        "en-containers-skelness",
        "Containers wash up on Skelness beaches",
        "Trainers, nappies and plastic toys were strewn along two miles of shore on Tuesday after "
        "boxes from the Baltic Heron broke open.",
        33.0,
    ),
    (
        "en-byelection-harnley",
        "Greens take Harnley council seat in by-election",
        "The Green candidate Tom Redfern won the Harnley ward by 212 votes on Thursday night, "
        "taking a seat held by the same party for 30 years.",
        94.5,
    ),
    (
        "en-byelection-harnley",
        "Harnley by-election result",
        "Redfern wins by 212 votes on a low turnout.",
        94.8,
    ),
    (
        "en-byelection-harnley",
        "'Harnley wanted change', says new Green councillor",
        "Tom Redfern said voters in Harnley were tired of waiting for the ward's park and library "
        "to be repaired after his by-election win.",
        106.0,
    ),
    (
        "en-water-marston",
        "Boil water notice for 9,000 homes in Marston",
        "Households in Marston were told on Tuesday morning to boil their tap water before "
        "drinking it after tests found bacteria at the Hillside reservoir.",
        30.0,
    ),
    (
        "en-water-marston",
        "Marston told to boil tap water",
        "Notice covers 9,000 homes after reservoir tests.",
        30.3,
    ),
    (
        "en-water-marston",
        "Marston boil-water notice lifted",
        "Tap water is safe to drink again in Marston after two clear sets of tests at the Hillside "
        "reservoir, the water company said on Wednesday.",
        60.0,
    ),
    (
        "en-fraud-stenford",
        "Stenford pensioners lose £90,000 to courier fraudsters",
        "Three pensioners in Stenford handed over bank cards and cash worth £90,000 to callers "
        "posing as police officers, detectives said.",
        45.0,
    ),
    (
        "en-fraud-stenford",
        "Courier fraud warning in Stenford",
        "Police say officers will never collect cards or cash from homes.",
        45.3,
    ),
    (
        "en-snow-blackstone",
        "Snow shuts the road over Blackstone Moor",
        "The A684 over Blackstone Moor was closed on Saturday morning after 20cm of snow fell "
        "overnight and several cars got stuck near the summit.",
        128.0,
    ),
    (
        "en-snow-blackstone",
        "Blackstone Moor road closed",
        "Cars stuck in 20cm of snow near the top.",
        128.3,
    ),
    (
        "en-snow-blackstone",
        "Blackstone Moor road open again after snow",
        "Gritters and snowploughs cleared the moor road by Sunday lunchtime, a day after it was "
        "closed.",
        157.0,
    ),
    (
        "en-jobs-vantor",
        "Vantor Games to cut 300 jobs at Leamington studio",
        "The video game maker Vantor will close its Leamington studio next year with the loss of "
        "300 jobs after its latest title sold poorly.",
        103.0,
    ),
    (
        "en-jobs-vantor",
        "300 jobs go at games studio",
        "Vantor blames weak sales of its latest game.",
        103.3,
    ),
    (
        "en-stadium-hallam",
        "Hallam Town unveil plans for 18,000-seat stadium",
        "Hallam Town want to leave their 90-year-old ground for an 18,000-seat stadium on the edge "
        "of the town, with a planning application due in the spring.",
        70.0,
    ),
    (
        "en-stadium-hallam",
        "Hallam's new ground",
        "Club reveals designs for an 18k-seat stadium.",
        70.3,
    ),
    (
        "en-explosion-stourley",
        "Gas explosion destroys house in Stourley",
        "A house on Pelham Road in Stourley was destroyed by an explosion at 6.20am on Friday; a "
        "man was pulled from the rubble by neighbours.",
        102.8,
    ),
    (
        "en-explosion-stourley",
        "Blast flattens Stourley home",
        "Neighbours pull a man from the rubble on Pelham Road.",
        103.1,
    ),
    (
        "en-explosion-stourley",
        "Stourley blast victim named as gas checks continue",
        "The man hurt in Friday's explosion on Pelham Road was named as Alan Brice, 58; gas "
        "engineers checked every house in the street.",
        125.0,
    ),
    (
        "en-verdict-harker",
        "Former care home manager guilty of neglect",
        "Lorraine Harker, who ran the Elmfield care home in Marston, was found guilty of wilful "
        "neglect of six residents by a jury on Thursday.",
        86.0,
    ),
    (
        "en-verdict-harker",
        "Harker guilty",
        "Ex-Elmfield manager to be sentenced in January.",
        86.3,
    ),
    (
        "en-verdict-harker",
        "Families welcome Elmfield verdict",
        "Relatives of the residents said the former manager's conviction was only the start and "
        "called for an inquiry into how the home was inspected.",
        89.0,
    ),
    (
        "en-orchestra-aldermoor",
        "Aldermoor Philharmonic to close after 70 years",
        "The Aldermoor Philharmonic will give its last concert in June after losing its council "
        "grant of £400,000 a year, the orchestra's board said.",
        38.0,
    ),
    (
        "en-orchestra-aldermoor",
        "Aldermoor orchestra to fold",
        "The loss of a £400k grant ends 70 years of concerts.",
        38.3,
    ),
    (
        "en-birdflu-whitcombe",
        "Bird flu confirmed at Whitcombe poultry farm",
        "About 30,000 hens will be culled after avian flu was found at a farm near Whitcombe; a "
        "3km protection zone has been set up around it.",
        112.0,
    ),
    (
        "en-birdflu-whitcombe",
        "Whitcombe bird flu",
        "30k hens to be culled and a 3km zone set up.",
        112.4,
    ),
    (
        "en-birdflu-whitcombe",
        "Farmers near Whitcombe told to keep birds indoors",
        "Keepers within 10km of the infected farm must house their poultry from Sunday, officials "
        "said.",
        130.0,
    ),
    (
        "en-airline-skyline",
        "Skyline Air cancels 140 flights after IT failure",
        "Skyline Air grounded 140 flights on Wednesday after a computer fault stopped it checking "
        "in passengers at all its airports.",
        57.0,
    ),
    (
        "en-airline-skyline",
        "Skyline Air chaos",
        "An IT failure grounds 140 flights.",
        57.3,
    ),
    (
        "en-airline-skyline",
        "'We slept on the floor by gate 12', say stranded Skyline passengers",
        "Travellers caught up in Skyline Air's computer failure described a night at the airport "
        "with no hotel rooms and one cafe left open.",
        80.0,
    ),
    (
        "en-airline-skyline",
        "Skyline Air says systems restored after day of cancellations",
        "The airline said flights would run normally on Thursday and passengers whose flights "
        "were cancelled could claim refunds.",
        77.0,
    ),
    (
        "en-library-dunlow",
        "Dunlow library to open late on Thursdays",
        "Dunlow library will stay open until 8pm on Thursdays from January so that people who work "
        "in the day can use its computers.",
        76.0,
    ),
    (
        "en-trees-wexham",
        "Wexham to plant 2,000 trees along its ring road",
        "Wexham council will plant 2,000 oaks, limes and birches along the ring road this winter "
        "with help from school volunteers.",
        8.0,
    ),
    (
        "en-lifeboat-polvean",
        "New lifeboat arrives at Polvean",
        "Polvean's volunteer crew took delivery of a new all-weather lifeboat on Thursday, paid "
        "for by a local family's bequest.",
        84.0,
    ),
    (
        "en-award-ellerby",
        "Ellerby primary wins national eco award",
        "Pupils at Ellerby primary school won a national award for their school garden, which "
        "grows vegetables for the school kitchen.",
        122.0,
    ),
    (
        "en-crossing-tannerstreet",
        "New pedestrian crossing for Tanner Street in Holbeck",
        "A zebra crossing will be painted on Tanner Street in Holbeck in the new year after "
        "parents of children at the nearby primary school collected 900 signatures.",
        70.0,
    ),
    # --- German ---
    (
        "de-brand-hollfeld",
        "Scheune in Hollfeld brennt nieder",
        "Am Samstagabend ist gegen 22.30 Uhr eine Scheune am Ortsrand von Hollfeld in Brand "
        "geraten; rund 70 Feuerwehrleute aus fünf Wehren waren im Einsatz.",
        142.6,
    ),
    (
        "de-brand-hollfeld",
        "Großeinsatz in Hollfeld",
        "Eine Scheune mit Heu und Maschinen steht in Flammen.",
        142.9,
    ),
    (
        "de-brand-hollfeld",
        "Scheunenbrand in Hollfeld: 400.000 Euro Schaden",
        "Die Polizei schätzt den Schaden nach dem Feuer in der Scheune eines Landwirts auf rund "
        "400.000 Euro; die Ursache ist noch unklar, Tiere kamen nicht zu Schaden.",
        156.0,
    ),
    (
        "de-brand-hollfeld/wohnhaus",
        "Küchenbrand in der Bahnhofstraße in Hollfeld",
        "Noch während die Feuerwehr an der brennenden Scheune löschte, brach kurz nach Mitternacht "
        "in einer Wohnung in der Bahnhofstraße ein Feuer aus; zwei Bewohner kamen in die Klinik.",
        144.8,
    ),
    (
        "de-brand-hollfeld/wohnhaus",
        "Zweites Feuer in der Nacht in Hollfeld",
        "In der Bahnhofstraße brennt eine Küche, zwei Verletzte.",
        145.1,
    ),
    (
        "de-unfall-kornwestal",
        "Lkw-Unfall auf der B 27 bei Kornwestal",
        "Auf der B 27 bei Kornwestal ist am Dienstagmorgen ein Sattelzug mit Holz umgekippt; der "
        "Fahrer wurde leicht verletzt, die Straße ist voll gesperrt.",
        30.5,
    ),
    (
        "de-unfall-kornwestal",
        "B 27 gesperrt",
        "Ein Sattelzug ist bei Kornwestal umgekippt.",
        30.8,
    ),
    (
        "de-unfall-kornwestal",
        "B 27 bei Kornwestal wieder frei",
        "Nach gut drei Stunden hatten die Bergungskräfte das Holz von der Fahrbahn geräumt und den "
        "Sattelzug aufgerichtet.",
        33.2,
    ),
    (
        "de-unfall-kornwestal/motorrad",
        "Motorradfahrer auf der B 27 schwer verletzt",
        "Ein 19-jähriger Motorradfahrer ist am Dienstagnachmittag auf der B 27 bei Kornwestal "
        "gestürzt und schwer verletzt worden, wenige Stunden nach dem Unfall mit dem Sattelzug.",
        39.8,
    ),
    (
        "de-unfall-kornwestal/motorrad",
        "Erneut Unfall auf der B 27",
        "Ein junger Motorradfahrer kommt mit dem Hubschrauber in die Klinik.",
        40.1,
    ),
    (
        "de-rat-gruenbach",
        "Gemeinderat Grünbach erhöht die Grundsteuer",
        "Der Gemeinderat von Grünbach hat am Donnerstagabend mit 17 zu 9 Stimmen beschlossen, den "
        "Hebesatz der Grundsteuer ab Januar um ein Viertel anzuheben.",
        92.0,
    ),
    (
        "de-rat-gruenbach",
        "Grundsteuer steigt in Grünbach",
        "Der Rat stimmt mit 17 zu 9 Stimmen für die Erhöhung.",
        92.3,
    ),
    (
        "de-rat-gruenbach",
        "Hausbesitzer in Grünbach empört über höhere Grundsteuer",
        "Der Verein der Haus- und Grundbesitzer nennt den Beschluss des Rates einen Griff in die "
        "Taschen der Bürger und kündigt Widerstand an.",
        94.5,
    ),
    (
        "de-rat-gruenbach/demo",
        "Protest vor dem Rathaus in Grünbach gegen Windräder",
        "Rund 200 Menschen haben am Donnerstagabend vor dem Grünbacher Rathaus gegen die geplanten "
        "Windräder am Eichberg demonstriert, während drinnen der Rat über die Grundsteuer beriet.",
        91.0,
    ),
    (
        "de-rat-gruenbach/demo",
        "Demo gegen Windräder am Eichberg",
        "Etwa 200 Gegner vor dem Rathaus.",
        91.3,
    ),
    (
        "de-prozess-mettler",
        "Prozess gegen Bauunternehmer Mettler beginnt",
        "Vor dem Landgericht Sankt Alben hat am Montag der Prozess gegen den Bauunternehmer Karl "
        "Mettler begonnen, der Kommunen um 2,3 Mio. Euro betrogen haben soll.",
        10.0,
    ),
    (
        "de-prozess-mettler",
        "Mettler schweigt zum Auftakt",
        "Der 61-Jährige äußert sich nicht zu den Vorwürfen.",
        10.4,
    ),
    (
        "de-prozess-mettler/urteil",
        "Bauunternehmer Mettler zu vier Jahren Haft verurteilt",
        "Das Landgericht Sankt Alben hat Karl Mettler am Freitag wegen Betrugs an mehreren "
        "Gemeinden verurteilt; der Prozess hatte am Montag begonnen.",
        106.0,
    ),
    (
        "de-prozess-mettler/urteil",
        "Vier Jahre für Mettler",
        "Das Gericht sieht den Betrug als erwiesen an.",
        106.3,
    ),
    (
        "de-stellen-nordstahl",
        "Nordstahl streicht 1.200 Stellen",
        "Der Stahlhersteller Nordstahl will bis 2028 insgesamt 1.200 Arbeitsplätze abbauen und "
        "einen Hochofen in Brakenfeld stilllegen.",
        56.0,
    ),
    (
        "de-stellen-nordstahl",
        "Stellenabbau bei Nordstahl",
        "1200 Jobs fallen weg, ein Hochofen geht vom Netz.",
        56.3,
    ),
    (
        "de-stellen-nordstahl",
        "Brakenfeld bangt um seinen Hochofen",
        "In Brakenfeld, wo fast jede Familie jemanden bei Nordstahl kennt, sorgt der geplante "
        "Abbau von 1200 Stellen für Wut und Angst.",
        59.0,
    ),
    (
        "de-lawine-rotkogel",
        "Lawine erfasst zwei Skitourengeher am Rotkogel",
        "Am Rotkogel hat am Sonntagmittag eine Lawine zwei Skitourengeher mitgerissen; die "
        "Bergwacht ist mit einem Hubschrauber im Einsatz.",
        157.0,
    ),
    (
        "de-lawine-rotkogel",
        "Lawinenabgang am Rotkogel",
        "Zwei Tourengeher sind verschüttet worden.",
        157.4,
    ),
    (
        "de-lawine-rotkogel",
        "Verschüttete am Rotkogel lebend geborgen",
        "Die beiden Männer aus Sankt Alben wurden nach knapp einer Stunde unter dem Schnee "
        "gefunden und mit Unterkühlung ins Krankenhaus geflogen.",
        160.0,
    ),
    (
        "de-wahl-altmuehlen",
        "Sabine Voigt wird Bürgermeisterin von Altmühlen",
        "Die parteilose Kandidatin Sabine Voigt hat die Stichwahl in Altmühlen am Sonntag mit 54,2 "
        "Prozent der Stimmen gewonnen.",
        163.0,
    ),
    (
        "de-wahl-altmuehlen",
        "Voigt gewinnt Stichwahl",
        "Altmühlen hat eine neue Rathauschefin.",
        163.3,
    ),
    (
        "de-markt-hollfeld",
        "Weihnachtsmarkt in Hollfeld eröffnet",
        "Mit 40 Buden und einer Krippe mit lebenden Schafen hat am Freitag der Hollfelder "
        "Weihnachtsmarkt auf dem Marktplatz eröffnet.",
        114.0,
    ),
    (
        "de-buecherei-gruenbach",
        "Grünbacher Bücherei zieht ins alte Postamt",
        "Die Stadtbücherei von Grünbach bekommt im Sommer mehr Platz: Sie zieht in das leere "
        "Postamt am Marktplatz.",
        20.0,
    ),
    # --- French ---
    (
        "fr-braquage-montbrizon",
        "Braquage d'une bijouterie à Montbrizon",
        "Deux hommes armés ont braqué mardi vers 11 heures la bijouterie Delorme, rue des Cordiers "
        "à Montbrizon, avant de prendre la fuite à scooter.",
        35.4,
    ),
    (
        "fr-braquage-montbrizon",
        "Montbrizon : une bijouterie braquée",
        "Les deux braqueurs ont pris la fuite à scooter.",
        35.7,
    ),
    (
        "fr-braquage-montbrizon",
        "« Ils ont tout raflé en deux minutes », raconte la bijoutière de Montbrizon",
        "Sylvie Delorme décrit le braquage de sa boutique de la rue des Cordiers, où les "
        "malfaiteurs ont emporté une quarantaine de montres.",
        37.0,
    ),
    (
        "fr-braquage-montbrizon",
        "Braquage de la rue des Cordiers : un appel à témoins lancé",
        "La police de Montbrizon recherche deux hommes d'une vingtaine d'années vus sur un scooter "
        "noir après le vol à main armée de mardi.",
        55.0,
    ),
    (
        "fr-braquage-montbrizon/interpellation",
        "Montbrizon : un homme interpellé rue des Cordiers avec de la cocaïne",
        "Un homme de 31 ans a été interpellé mardi après-midi rue des Cordiers en possession de "
        "cocaïne ; le parquet précise qu'il n'a aucun lien avec le braquage du matin.",
        40.0,
    ),
    (
        "fr-braquage-montbrizon/interpellation",
        "Interpellation rue des Cordiers",
        "Un homme est arrêté avec de la drogue sur lui.",
        40.4,
    ),
    (
        "fr-sauvetage-kerlann",
        "Un surfeur secouru au large de la plage de Kerlann",
        "Un surfeur de 27 ans, emporté par le courant, a été hélitreuillé samedi vers 15 heures "
        "au large de la plage de Kerlann, en hypothermie.",
        135.5,
    ),
    (
        "fr-sauvetage-kerlann",
        "Kerlann : sauvetage d'un surfeur",
        "Il a été hélitreuillé et conduit à l'hôpital.",
        135.8,
    ),
    (
        "fr-sauvetage-kerlann",
        "Le surfeur de Kerlann remercie ses sauveteurs",
        "Sorti de l'hôpital dimanche, le jeune homme a salué l'équipage de l'hélicoptère qui l'a "
        "repêché après quarante minutes dans l'eau.",
        158.0,
    ),
    (
        "fr-sauvetage-kerlann/maree",
        "Kerlann : deux promeneurs piégés par la marée",
        "Deux randonneurs surpris par la marée montante sur les rochers de la pointe de Kerlann "
        "ont été ramenés à terre samedi vers 17 heures par les pompiers, deux heures après le "
        "sauvetage d'un surfeur.",
        137.2,
    ),
    (
        "fr-sauvetage-kerlann/maree",
        "Piégés par la marée à Kerlann",
        "Deux promeneurs ramenés sur la plage par les pompiers.",
        137.5,
    ),
    (
        "fr-resultats-varenne",
        "Le groupe Varenne voit son chiffre d'affaires progresser de 4,1 %",
        "Le fabricant de petit électroménager Varenne a réalisé un chiffre d'affaires de 1,34 "
        "milliard d'euros sur neuf mois, en hausse de 4,1 %, porté par ses ventes en Asie.",
        55.5,
    ),
    (
        "fr-resultats-varenne",
        "Varenne en hausse",
        "Les ventes en Asie portent le groupe sur neuf mois.",
        55.8,
    ),
    (
        "fr-resultats-varenne",
        "La Bourse salue les ventes de Varenne",
        "L'action Varenne a gagné 5 % mercredi après la publication d'un chiffre d'affaires "
        "supérieur aux attentes des analystes.",
        58.0,
    ),
    (
        "fr-resultats-varenne/rappel",
        "Varenne rappelle 26 000 sèche-cheveux",
        "Deux jours après avoir publié ses ventes, le groupe Varenne rappelle les 26 000 "
        "sèche-cheveux dont la prise peut surchauffer, un risque pour les clients.",
        106.0,
    ),
    (
        "fr-resultats-varenne/rappel",
        "Rappel de sèche-cheveux Varenne",
        "Les clients sont invités à rapporter le produit en magasin.",
        106.4,
    ),
    (
        "fr-resultats-varenne/rappel",
        "Sèche-cheveux Varenne : quels modèles sont concernés par le rappel",
        "Le rappel porte sur les modèles vendus entre mars et octobre, reconnaissables à leur "
        "poignée bleue, précise le fabricant.",
        109.0,
    ),
    (
        "fr-neige-hautverdier",
        "Neige : 12 000 foyers privés d'électricité dans le Haut-Verdier",
        "De fortes chutes de neige ont fait tomber des arbres sur les lignes dans la nuit de "
        "mercredi à jeudi ; 12 000 foyers du Haut-Verdier sont sans courant.",
        78.0,
    ),
    (
        "fr-neige-hautverdier",
        "Le Haut-Verdier sous la neige",
        "Des milliers de foyers privés de courant au réveil.",
        78.3,
    ),
    (
        "fr-neige-hautverdier",
        "Haut-Verdier : le courant rétabli dans la plupart des foyers",
        "Vendredi matin, il ne restait plus que 800 foyers sans électricité, selon le gestionnaire "
        "du réseau, qui a mobilisé 150 techniciens.",
        96.5,
    ),
    (
        "fr-condamne-lachaume",
        "L'ancien maire de Saint-Véran-sur-Loue condamné pour favoritisme",
        "Bernard Lachaume, maire de Saint-Véran-sur-Loue de 2008 à 2020, a été condamné lundi à 18 "
        "mois de prison avec sursis pour avoir favorisé l'entreprise de son beau-frère.",
        16.0,
    ),
    (
        "fr-condamne-lachaume",
        "18 mois avec sursis pour l'ex-maire",
        "M. Lachaume va faire appel.",
        16.3,
    ),
    (
        "fr-condamne-lachaume",
        "Saint-Véran-sur-Loue : l'ex-édile annonce qu'il fait appel",
        "Condamné lundi, l'ancien maire affirme qu'il n'a « jamais touché un centime » et qu'il "
        "va faire appel de la décision.",
        19.0,
    ),
    (
        "fr-mediatheque-montbrizon",
        "Montbrizon : la médiathèque rouvre après un an de travaux",
        "La médiathèque de Montbrizon a rouvert samedi avec une salle de jeux vidéo et une "
        "terrasse de lecture sur le toit.",
        126.0,
    ),
    (
        "fr-phare-kerlann",
        "Le phare de Kerlann ouvert aux visiteurs l'été prochain",
        "La commune a obtenu le droit d'ouvrir le phare de Kerlann au public à partir de juillet, "
        "après des travaux de mise en sécurité.",
        28.0,
    ),
    # --- Spanish ---
    (
        "es-incendio-robledal",
        "Arde una nave de muebles en el polígono de Robledal",
        "Un incendio declarado el domingo a las once de la noche ha destruido una nave de la "
        "fábrica de muebles Hermanos Sarrió en el polígono de Robledal.",
        167.4,
    ),
    (
        "es-incendio-robledal",
        "Incendio en Robledal",
        "Una columna de humo se ve desde toda la comarca.",
        167.7,
    ),
    (
        "es-incendio-robledal",
        "El incendio de la nave de Robledal deja a 60 trabajadores en el aire",
        "La empresa Hermanos Sarrió calcula daños de 2 millones de euros y no sabe cuándo podrá "
        "volver a fabricar tras el fuego del domingo.",
        181.0,
    ),
    (
        "es-incendio-robledal/vivienda",
        "Evacuado un edificio de la calle Mayor de Robledal por un incendio",
        "Mientras los bomberos seguían en la nave del polígono, un fuego en una cocina obligó a "
        "desalojar de madrugada un edificio de la calle Mayor; un vecino fue atendido por el humo.",
        169.5,
    ),
    (
        "es-incendio-robledal/vivienda",
        "Fuego en la calle Mayor",
        "Desalojado un edificio de madrugada y un herido leve.",
        169.8,
    ),
    (
        "es-colegio-miralvalle",
        "Cerrado el colegio Miralvalle de Fuentelisa por la rotura de una tubería",
        "El colegio Miralvalle de Fuentelisa suspendió las clases el lunes después de que la "
        "rotura de una tubería inundara la planta baja durante la noche.",
        7.5,
    ),
    (
        "es-colegio-miralvalle",
        "Sin clases en el Miralvalle",
        "La planta baja del colegio se inundó de noche.",
        7.8,
    ),
    (
        "es-colegio-miralvalle",
        "El colegio Miralvalle reabre tras reparar la tubería",
        "Los 420 alumnos volvieron a las aulas el martes; el comedor seguirá cerrado hasta el "
        "viernes por los daños del agua.",
        33.0,
    ),
    (
        "es-colegio-miralvalle/baloncesto",
        "El Miralvalle gana el torneo provincial de baloncesto",
        "El equipo infantil del colegio Miralvalle de Fuentelisa se proclamó el lunes campeón "
        "provincial, el mismo día en que el centro cerró por la rotura de una tubería.",
        19.0,
    ),
    (
        "es-colegio-miralvalle/baloncesto",
        "Título de baloncesto para el Miralvalle",
        "Los infantiles ganan la final por 54 a 48.",
        19.3,
    ),
    (
        "es-inundacion-valdecorza",
        "El río Tormal se desborda en Valdecorza",
        "El Tormal se salió de su cauce de madrugada en Valdecorza e inundó bajos y garajes de "
        "tres calles; 40 vecinos fueron desalojados.",
        53.0,
    ),
    (
        "es-inundacion-valdecorza",
        "Riada en Valdecorza",
        "Desalojados 40 vecinos por el Tormal.",
        53.4,
    ),
    (
        "es-inundacion-valdecorza",
        "Los vecinos desalojados en Valdecorza vuelven a sus casas",
        "El jueves por la mañana los 40 vecinos pudieron regresar y el ayuntamiento pidió ayudas "
        "para los daños de la riada.",
        80.0,
    ),
    (
        "es-inundacion-valdecorza/olmedal",
        "El arroyo Cárcavo inunda el centro de Olmedal",
        "A 30 kilómetros de Valdecorza, el arroyo Cárcavo se desbordó el miércoles por la mañana e "
        "inundó la plaza y el mercado de Olmedal.",
        57.0,
    ),
    (
        "es-inundacion-valdecorza/olmedal",
        "Olmedal, bajo el agua",
        "El Cárcavo anega la plaza y el mercado.",
        57.4,
    ),
    (
        "es-huelga-autobuses",
        "Los conductores de autobús de Valdecorza convocan huelga",
        "El comité de empresa de Autobuses del Tormal ha convocado una huelga de 24 horas para el "
        "lunes que viene por los turnos y los descansos.",
        36.0,
    ),
    (
        "es-huelga-autobuses",
        "Huelga de autobuses el lunes",
        "Los conductores paran por los turnos.",
        36.4,
    ),
    (
        "es-huelga-autobuses",
        "La empresa de autobuses ofrece servicios mínimos del 30%",
        "Autobuses del Tormal asegura que negociará con el comité antes del paro de 24 horas "
        "convocado para el lunes.",
        38.5,
    ),
    (
        "es-huelga-autobuses/jornada",
        "Jornada de huelga en los autobuses de Valdecorza",
        "Solo circularon los servicios mínimos este lunes en Valdecorza, donde los conductores de "
        "Autobuses del Tormal cumplen la huelga convocada la semana pasada.",
        175.0,
    ),
    (
        "es-huelga-autobuses/jornada",
        "Paradas llenas por la huelga",
        "Largas esperas con los servicios mínimos.",
        175.4,
    ),
    (
        "es-despidos-arrieta",
        "Textiles Arrieta despedirá a 250 trabajadores",
        "La empresa Textiles Arrieta ha presentado un expediente para despedir a 250 de sus 900 "
        "empleados por la caída de los pedidos.",
        82.0,
    ),
    (
        "es-despidos-arrieta",
        "ERE en Arrieta",
        "250 despidos en la textil por la caída de pedidos.",
        82.3,
    ),
    (
        "es-despidos-arrieta",
        "Los sindicatos convocan concentraciones contra los despidos de Arrieta",
        "Los trabajadores de la textil protestarán cada mañana a las puertas de la fábrica hasta "
        "que la empresa retire los 250 despidos.",
        85.0,
    ),
    (
        "es-detenido-ibarra",
        "Detenido el alcalde de Peñaforte por cobrar comisiones",
        "La policía ha detenido al alcalde de Peñaforte, José Manuel Ibarra, acusado de cobrar "
        "comisiones por adjudicar obras a dos constructoras.",
        104.0,
    ),
    (
        "es-detenido-ibarra",
        "Cae el alcalde de Peñaforte",
        "Ibarra, detenido por presuntas comisiones.",
        104.3,
    ),
    (
        "es-detenido-ibarra",
        "El regidor de Peñaforte pasa la noche en el calabozo",
        "El alcalde detenido será puesto a disposición del juez el sábado; la oposición pide su "
        "dimisión inmediata.",
        107.0,
    ),
    (
        "es-biblioteca-robledal",
        "Robledal estrena biblioteca en la antigua estación",
        "La antigua estación de tren de Robledal se ha convertido en una biblioteca con 30.000 "
        "libros y una sala de estudio abierta hasta medianoche.",
        60.0,
    ),
    # --- Italian ---
    (
        "it-scontro-ss612",
        "Scontro frontale sulla statale 612, due feriti gravi",
        "Due auto si sono scontrate frontalmente martedì alle 7.15 sulla statale 612 della Val "
        "Mora, all'altezza di Pievelunga; i due conducenti sono in ospedale.",
        31.6,
    ),
    (
        "it-scontro-ss612",
        "Incidente sulla 612",
        "Statale chiusa a Pievelunga per lo scontro tra due auto.",
        31.9,
    ),
    (
        "it-scontro-ss612",
        "Pievelunga, riaperta la statale dopo lo scontro",
        "La strada è tornata percorribile alle dieci; uno dei due feriti è stato trasferito in "
        "elicottero al policlinico.",
        34.0,
    ),
    (
        "it-scontro-ss612/tir",
        "Tir fuori strada sulla statale 612",
        "Un tir carico di mangimi è finito nella scarpata martedì pomeriggio sulla statale 612 "
        "vicino a Pievelunga, poche ore dopo lo scontro frontale della mattina.",
        40.7,
    ),
    (
        "it-scontro-ss612/tir",
        "Un tir nella scarpata",
        "L'autista è illeso, la statale a senso alternato.",
        41.0,
    ),
    (
        "it-consiglio-castelmarzio",
        "Castelmarzio, il consiglio approva il piano dei parcheggi",
        "Il consiglio comunale di Castelmarzio ha approvato giovedì sera con 14 voti a favore il "
        "piano che porta la sosta a pagamento in tutto il centro storico.",
        93.0,
    ),
    (
        "it-consiglio-castelmarzio",
        "Sosta a pagamento in centro",
        "Sì del consiglio di Castelmarzio al piano.",
        93.3,
    ),
    (
        "it-consiglio-castelmarzio",
        "Piano parcheggi, i commercianti di Castelmarzio: una mazzata",
        "L'associazione dei negozianti del centro teme che la sosta a pagamento allontani i "
        "clienti verso il centro commerciale.",
        95.0,
    ),
    (
        "it-consiglio-castelmarzio/protesta",
        "Presidio davanti al municipio contro la chiusura del punto nascite",
        "Circa 300 persone hanno manifestato giovedì pomeriggio davanti al municipio di "
        "Castelmarzio contro la chiusura del punto nascite dell'ospedale, prima della seduta del "
        "consiglio.",
        90.0,
    ),
    (
        "it-consiglio-castelmarzio/protesta",
        "In piazza per il punto nascite",
        "In 300 davanti al municipio di Castelmarzio.",
        90.4,
    ),
    (
        "it-conti-lanzoni",
        "Lanzoni, utile semestrale in crescita del 7%",
        "Il gruppo Lanzoni, noto per le sue caffettiere, ha chiuso il semestre con un utile di 42 "
        "milioni di euro, in crescita del 7%, grazie all'export.",
        18.0,
    ),
    (
        "it-conti-lanzoni",
        "Lanzoni, conti in crescita",
        "Utile a 42 milioni nel semestre.",
        18.3,
    ),
    (
        "it-conti-lanzoni",
        "Lanzoni vola in Borsa dopo i conti",
        "Il titolo ha guadagnato il 4% il giorno dopo la semestrale, che ha battuto le stime "
        "degli analisti.",
        34.5,
    ),
    (
        "it-conti-lanzoni/richiamo",
        "Lanzoni richiama 15.000 caffettiere elettriche",
        "A tre giorni dalla semestrale, Lanzoni ha avviato il richiamo di 15mila caffettiere "
        "elettriche per un difetto della base che può surriscaldarsi.",
        81.0,
    ),
    (
        "it-conti-lanzoni/richiamo",
        "Richiamo di caffettiere Lanzoni",
        "Il modello elettrico va riportato al negozio.",
        81.4,
    ),
    (
        "it-terremoto-valserena",
        "Scossa di terremoto di magnitudo 4,1 in Valserena",
        "Una scossa di magnitudo 4,1 è stata avvertita alle 3.10 di sabato in tutta la Valserena; "
        "molte persone sono scese in strada, ma non si segnalano danni.",
        123.4,
    ),
    (
        "it-terremoto-valserena",
        "Terremoto, paura in Valserena",
        "La gente in strada nella notte, nessun danno.",
        123.7,
    ),
    (
        "it-terremoto-valserena",
        "«Sembrava che crollasse tutto»: la notte della scossa in Valserena",
        "Gli abitanti raccontano il boato e le ore passate in auto dopo il terremoto di "
        "magnitudo 4.1.",
        126.0,
    ),
    (
        "it-terremoto-valserena",
        "Valserena, scuole chiuse lunedì per le verifiche dopo il terremoto",
        "I sindaci della valle hanno deciso di tenere chiuse le scuole per controllare gli edifici "
        "dopo la scossa di sabato notte.",
        141.0,
    ),
    (
        "it-arresti-portoalcide",
        "Blitz antidroga a Porto Alcide, 23 arresti",
        "All'alba di mercoledì i carabinieri hanno arrestato 23 persone accusate di gestire lo "
        "spaccio di cocaina nel porto di Porto Alcide.",
        53.0,
    ),
    (
        "it-arresti-portoalcide",
        "Porto Alcide, 23 arresti",
        "Smantellata una rete di spaccio nel porto.",
        53.4,
    ),
    (
        "it-nomina-marchetti",
        "Giulia Marchetti nuova sovrintendente del teatro di Castelmarzio",
        "Il consiglio di amministrazione del Teatro Comunale di Castelmarzio ha nominato Giulia "
        "Marchetti, finora direttrice artistica a Vellano, alla guida del teatro.",
        108.0,
    ),
    (
        "it-nomina-marchetti",
        "Marchetti alla guida del Comunale",
        "La nuova sovrintendente arriva da Vellano.",
        108.4,
    ),
    (
        "it-mercato-castelmarzio",
        "Castelmarzio, riapre il mercato coperto",
        "Dopo due anni di lavori il mercato coperto di Castelmarzio riapre con 28 banchi e un "
        "ristorante al piano superiore.",
        150.0,
    ),
    # --- Portuguese ---
    (
        "pt-assalto-valeformoso",
        "Ourivesaria assaltada na Rua Direita de Vale Formoso",
        "Dois homens encapuzados assaltaram na quarta-feira de manhã uma ourivesaria na Rua "
        "Direita, em Vale Formoso, e fugiram de carro com joias e relógios.",
        58.5,
    ),
    (
        "pt-assalto-valeformoso",
        "Assalto a ourivesaria em Vale Formoso",
        "Os dois assaltantes fugiram de carro.",
        58.8,
    ),
    (
        "pt-assalto-valeformoso",
        "«Apontaram-me uma pistola à cabeça», conta o dono da ourivesaria",
        "Joaquim Teles, dono da loja da Rua Direita, diz que os assaltantes levaram cerca de 80 "
        "mil euros em ouro em menos de três minutos.",
        60.5,
    ),
    (
        "pt-assalto-valeformoso",
        "Carro usado no assalto de Vale Formoso encontrado queimado",
        "A polícia encontrou na quinta-feira, num pinhal perto da cidade, o carro em que fugiram "
        "os autores do assalto à ourivesaria.",
        82.0,
    ),
    (
        "pt-assalto-valeformoso/detencao",
        "Homem detido na Rua Direita por conduzir sem carta",
        "Um homem de 38 anos foi detido na tarde de quarta-feira na Rua Direita, em Vale Formoso, "
        "por conduzir sem carta; a polícia diz que não tem ligação com o assalto da manhã.",
        63.0,
    ),
    (
        "pt-assalto-valeformoso/detencao",
        "Detido sem carta em Vale Formoso",
        "A detenção não tem relação com o assalto.",
        63.4,
    ),
    (
        "pt-salvamento-cerrado",
        "Surfista salvo na praia do Cerrado",
        "Um surfista de 22 anos foi retirado da água inconsciente na praia do Cerrado, no domingo "
        "à tarde, e reanimado pelos nadadores-salvadores.",
        158.5,
    ),
    (
        "pt-salvamento-cerrado",
        "Salvamento no Cerrado",
        "O surfista foi reanimado na areia.",
        158.8,
    ),
    (
        "pt-salvamento-cerrado",
        "Surfista salvo no Cerrado já saiu do hospital",
        "O jovem agradeceu aos nadadores-salvadores que o reanimaram e disse que vai voltar ao mar "
        "quando os médicos deixarem.",
        178.0,
    ),
    (
        "pt-salvamento-cerrado/pescador",
        "Pescador arrastado por uma onda nas rochas do Cerrado",
        "Um pescador foi arrastado por uma onda nas rochas da praia do Cerrado ao fim da tarde de "
        "domingo e resgatado pela polícia marítima, horas depois do salvamento de um surfista.",
        161.0,
    ),
    (
        "pt-salvamento-cerrado/pescador",
        "Pescador resgatado no Cerrado",
        "Foi levado para o hospital com uma perna partida.",
        161.3,
    ),
    (
        "pt-luz-precos",
        "Preço da eletricidade sobe 3,2% em janeiro",
        "A entidade reguladora anunciou que as tarifas da eletricidade para as famílias vão subir "
        "3,2% a partir de janeiro.",
        38.0,
    ),
    (
        "pt-luz-precos",
        "Luz mais cara em janeiro",
        "As tarifas sobem 3,2 por cento.",
        38.3,
    ),
    (
        "pt-luz-precos",
        "Quanto vai pagar a mais pela luz a partir de janeiro",
        "Para uma família com uma fatura de 60 euros por mês, a subida de 3,2% representa cerca de "
        "dois euros a mais.",
        41.0,
    ),
    (
        "pt-mosaico-alcorvo",
        "Arqueólogos descobrem mosaico romano em Alcorvo",
        "Um mosaico romano com cerca de 40 metros quadrados foi descoberto nas obras de um parque "
        "de estacionamento no centro de Alcorvo.",
        83.0,
    ),
    (
        "pt-mosaico-alcorvo",
        "Mosaico romano em Alcorvo",
        "Obras do parque de estacionamento param.",
        83.4,
    ),
    (
        "pt-mosaico-alcorvo",
        "Mosaico de Alcorvo vai ficar à vista dos visitantes",
        "A câmara de Alcorvo decidiu mudar o projeto do parque de estacionamento para que o "
        "mosaico romano fique visível sob um piso de vidro.",
        101.0,
    ),
    (
        "pt-eleicao-magalhaes",
        "Rui Magalhães eleito presidente do Atlético de Alcorvo",
        "O empresário Rui Magalhães venceu no sábado as eleições do Atlético de Alcorvo com 61% "
        "dos votos dos sócios.",
        143.0,
    ),
    (
        "pt-eleicao-magalhaes",
        "Magalhães é o novo presidente",
        "O Atlético de Alcorvo já tem um líder.",
        143.3,
    ),
    (
        "pt-mercado-valeformoso",
        "Vale Formoso inaugura o novo mercado municipal",
        "O novo mercado municipal de Vale Formoso abriu as portas no sábado com 45 bancas de "
        "fruta, peixe e flores.",
        130.0,
    ),
    # --- Dutch ---
    (
        "nl-brand-oosterlo",
        "Grote brand in hooischuur in Oosterlo",
        "Een schuur vol hooi aan de Veenweg in Oosterlo is vrijdagavond rond 23.00 uur volledig "
        "afgebrand; de brandweer liet het vuur gecontroleerd uitbranden.",
        119.4,
    ),
    (
        "nl-brand-oosterlo",
        "Schuurbrand in Oosterlo",
        "De rook is tot in de wijde omtrek te ruiken.",
        119.7,
    ),
    (
        "nl-brand-oosterlo",
        "Boer uit Oosterlo verliest al zijn wintervoer bij schuurbrand",
        "Melkveehouder Gert Jan Wolters moet voor zijn 90 koeien nieuw voer kopen nu de 400 balen "
        "hooi in zijn schuur aan de Veenweg zijn verbrand.",
        134.0,
    ),
    (
        "nl-brand-oosterlo/woning",
        "Brand in rijtjeshuis aan de Kerkstraat in Oosterlo",
        "Terwijl de brandweer nog bij de schuur aan de Veenweg bezig was, brak rond 01.20 uur "
        "brand uit in een woning aan de Kerkstraat; de bewoners konden op tijd naar buiten.",
        121.6,
    ),
    (
        "nl-brand-oosterlo/woning",
        "Woningbrand Kerkstraat",
        "De bewoners zijn op tijd uit het huis gekomen.",
        121.9,
    ),
    (
        "nl-school-westmeer",
        "Basisschool Het Baken in Westmeer dicht door gesprongen leiding",
        "Basisschool Het Baken in Westmeer blijft donderdag dicht nadat 's nachts een waterleiding "
        "is gesprongen en de gang en drie lokalen onder water liepen.",
        79.5,
    ),
    (
        "nl-school-westmeer",
        "Het Baken dicht",
        "Er staat water in de gang en in drie lokalen.",
        79.8,
    ),
    (
        "nl-school-westmeer",
        "Het Baken vrijdag weer open na lekkage",
        "De leerlingen van de basisschool in Westmeer kunnen vrijdag terug; de drie natte lokalen "
        "worden tot de kerstvakantie niet gebruikt.",
        100.0,
    ),
    (
        "nl-school-westmeer/zaalvoetbal",
        "Het Baken wint regiofinale schoolzaalvoetbal",
        "Het team van basisschool Het Baken uit Westmeer heeft donderdagmiddag de regiofinale van "
        "het schoolzaalvoetbal gewonnen, op de dag dat de school dicht was door een lekkage.",
        89.0,
    ),
    (
        "nl-school-westmeer/zaalvoetbal",
        "Zaalvoetbaltitel voor Het Baken",
        "De leerlingen van groep 8 winnen de finale met 3-1.",
        89.3,
    ),
    (
        "nl-proces-vanree",
        "Proces tegen oud-wethouder Van Ree van start",
        "In de rechtbank van Zuidermeer is dinsdag het proces begonnen tegen oud-wethouder Frank "
        "van Ree, die smeergeld zou hebben aangenomen van een projectontwikkelaar.",
        34.0,
    ),
    (
        "nl-proces-vanree",
        "Van Ree ontkent omkoping",
        "De oud-wethouder zegt nooit geld te hebben gekregen.",
        34.4,
    ),
    (
        "nl-proces-vanree/vonnis",
        "Oud-wethouder Van Ree krijgt werkstraf",
        "De rechtbank in Zuidermeer heeft Frank van Ree vrijdag veroordeeld tot 200 uur "
        "werkstraf; zijn proces was dinsdag begonnen.",
        106.0,
    ),
    (
        "nl-proces-vanree/vonnis",
        "Werkstraf voor Van Ree",
        "De rechter acht de omkoping bewezen.",
        106.4,
    ),
    (
        "nl-ontslagen-veldmark",
        "Chipfabrikant Veldmark schrapt 700 banen",
        "Veldmark, maker van chips voor auto's, gaat 700 van de 4.100 banen schrappen omdat de "
        "vraag uit de auto-industrie is ingezakt.",
        57.0,
    ),
    (
        "nl-ontslagen-veldmark",
        "Banen weg bij Veldmark",
        "Zevenhonderd banen verdwijnen bij de chipmaker.",
        57.3,
    ),
    (
        "nl-ontslagen-veldmark",
        "Vakbonden geschrokken van banenverlies bij Veldmark",
        "De bonden eisen een sociaal plan voor de 700 medewerkers die hun baan verliezen en willen "
        "volgende week met de directie praten.",
        60.0,
    ),
    (
        "nl-wolf-ruinerveen",
        "Wolf doodt zeven schapen bij Ruinerveen",
        "Een schapenhouder bij Ruinerveen heeft dinsdagochtend zeven dode schapen in zijn wei "
        "gevonden; volgens de provincie gaat het om een wolf.",
        32.0,
    ),
    (
        "nl-wolf-ruinerveen",
        "Schapen gedood door wolf",
        "Zeven dieren dood in een wei bij Ruinerveen.",
        32.4,
    ),
    (
        "nl-wolf-ruinerveen",
        "DNA bevestigt: wolf doodde schapen bij Ruinerveen",
        "Onderzoek van speeksel op de schapen wijst uit dat een jonge mannetjeswolf de zeven "
        "dieren heeft gedood, meldt de provincie woensdag.",
        60.0,
    ),
    (
        "nl-ijsbaan-oosterlo",
        "Oosterlo krijgt een eigen kunstijsbaan",
        "De ijsvereniging van Oosterlo legt deze winter voor het eerst een kunstijsbaan aan op het "
        "sportpark, voor zes weken.",
        44.0,
    ),
    # --- Russian ---
    (
        "ru-dtp-sosnovka",
        "Автобус съехал в кювет на трассе Верхнелесье — Сосновка",
        "В среду около восьми утра рейсовый автобус с 18 пассажирами съехал в кювет на трассе "
        "Верхнелесье — Сосновка; пятеро получили травмы.",
        56.3,
    ),
    (
        "ru-dtp-sosnovka",
        "ДТП с автобусом под Сосновкой",
        "Пятеро пассажиров в больнице.",
        56.6,
    ),
    (
        "ru-dtp-sosnovka",
        "Водитель автобуса, съехавшего в кювет, не справился с управлением на гололёде",
        "Следователи выяснили, что автобус занесло на обледеневшем участке трассы; пострадавших "
        "пассажиров выписывают из больницы.",
        59.0,
    ),
    (
        "ru-dtp-sosnovka/gruzovik",
        "Грузовик и легковушка столкнулись на трассе у Сосновки",
        "Вечером в среду на той же трассе Верхнелесье — Сосновка, где утром в кювет съехал "
        "автобус, столкнулись грузовик и легковой автомобиль; водитель легковушки погиб.",
        66.5,
    ),
    (
        "ru-dtp-sosnovka/gruzovik",
        "Второе ДТП за день на трассе",
        "Погиб водитель легковушки.",
        66.8,
    ),
    (
        "ru-match-sokol",
        "«Сокол» примет «Буревестник» в главном матче тура",
        "В субботу хоккеисты «Сокола» из Верхнелесья сыграют дома с лидером лиги «Буревестником»; "
        "в команду вернулся нападающий Илья Гусев.",
        108.0,
    ),
    (
        "ru-match-sokol",
        "Перед матчем с лидером",
        "Гусев снова в составе «Сокола».",
        108.4,
    ),
    (
        "ru-match-sokol/report",
        "«Сокол» обыграл «Буревестник» в овертайме",
        "Хоккеисты «Сокола» в субботу победили лидера лиги со счётом 3:2; победную шайбу в "
        "овертайме забросил Илья Гусев.",
        141.0,
    ),
    (
        "ru-match-sokol/report",
        "«Сокол» — «Буревестник» — 3:2 ОТ",
        "Гусев решил исход матча в овертайме.",
        141.3,
    ),
    (
        "ru-match-sokol/report",
        "Гусев: «Эту шайбу посвящаю отцу»",
        "Автор победного гола в матче с «Буревестником» рассказал, что отец приехал на игру "
        "впервые за три года.",
        143.0,
    ),
    (
        "ru-zabastovka-ozyorsk",
        "Водители автобусов Озёрска объявили забастовку",
        "Водители городских автобусов Озёрска в понедельник объявили, что в четверг не выйдут на "
        "линии из-за задержки зарплаты.",
        15.0,
    ),
    (
        "ru-zabastovka-ozyorsk",
        "Забастовка водителей в Озёрске",
        "В четверг автобусы могут не выйти на линии.",
        15.4,
    ),
    (
        "ru-zabastovka-ozyorsk/den",
        "В Озёрске не вышли на линии городские автобусы",
        "В четверг водители автобусов Озёрска начали забастовку, объявленную в понедельник; "
        "жители добираются на работу пешком и на такси.",
        80.0,
    ),
    (
        "ru-zabastovka-ozyorsk/den",
        "Озёрск без автобусов",
        "Водители бастуют из-за долгов по зарплате.",
        80.4,
    ),
    (
        "ru-zavod-kamenka",
        "Завод в Каменке сократит 800 рабочих",
        "Каменский машиностроительный завод в понедельник объявил о сокращении 800 из 3 200 "
        "работников из-за падения заказов.",
        11.0,
    ),
    (
        "ru-zavod-kamenka",
        "Сокращения в Каменке",
        "Без работы останутся 800 человек.",
        11.4,
    ),
    (
        "ru-zavod-kamenka",
        "Власти Каменки обещают помочь уволенным с завода",
        "Глава района пообещал найти работу для 800 сокращённых работников и открыть курсы "
        "переобучения.",
        14.0,
    ),
    (
        "ru-pozhar-ozyorsk",
        "В Озёрске горит склад стройматериалов",
        "Ночью в четверг в промзоне Озёрска загорелся склад стройматериалов площадью 1 500 "
        "квадратных метров; пострадавших нет.",
        75.0,
    ),
    (
        "ru-pozhar-ozyorsk",
        "Пожар на складе в Озёрске",
        "Огонь охватил 1500 квадратных метров.",
        75.4,
    ),
    (
        "ru-pozhar-ozyorsk",
        "Пожар на складе в Озёрске потушили к утру",
        "Пожарные ликвидировали открытое горение к шести утра; причиной могла стать неисправная "
        "проводка.",
        78.5,
    ),
    (
        "ru-los-sosnovka",
        "Лось вышел на улицы Сосновки",
        "Во вторник утром по центральной улице Сосновки прогуливался лось; полиция перекрыла "
        "движение, пока зверь не ушёл в лес.",
        33.0,
    ),
    (
        "ru-los-sosnovka",
        "Лось в центре Сосновки",
        "Зверь ушёл в лес сам.",
        33.4,
    ),
    (
        "ru-katok-verkhnelesye",
        "В Верхнелесье открыли новый каток",
        "На стадионе в Верхнелесье залили каток с освещением и прокатом коньков; вход бесплатный.",
        150.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two separate fires in one town on one night": (
        "en-fire-holbeck/garage",
        "de-brand-hollfeld/wohnhaus",
        "es-incendio-robledal/vivienda",
        "nl-brand-oosterlo/woning",
    ),
    "two road crashes on one road on one day": (
        "en-crash-b4120/cyclist",
        "de-unfall-kornwestal/motorrad",
        "it-scontro-ss612/tir",
        "ru-dtp-sosnovka/gruzovik",
    ),
    "a robbery and an unrelated arrest in the same street hours later": (
        "en-robbery-dunlow/arrest",
        "fr-braquage-montbrizon/interpellation",
        "pt-assalto-valeformoso/detencao",
    ),
    "a council vote and a protest about something else at the same town hall that evening": (
        "en-council-wexham/protest",
        "de-rat-gruenbach/demo",
        "it-consiglio-castelmarzio/protesta",
    ),
    "two separate rescues on one beach in one afternoon": (
        "en-rescue-polvean/tide",
        "fr-sauvetage-kerlann/maree",
        "pt-salvamento-cerrado/pescador",
    ),
    "a school closed by a burst pipe and the same school's sports win that day": (
        "en-school-ridgeway/netball",
        "es-colegio-miralvalle/baloncesto",
        "nl-school-westmeer/zaalvoetbal",
    ),
    "a company's results and its product recall one to three days later": (
        "en-results-calder/recall",
        "fr-resultats-varenne/rappel",
        "it-conti-lanzoni/richiamo",
    ),
    "two floods in one region on one day, in different towns": (
        "en-flood-lydbrook/amberley",
        "es-inundacion-valdecorza/olmedal",
    ),
    "a match preview and its report": (
        "en-match-rovers/report",
        "ru-match-sokol/report",
    ),
    "a trial's opening and its verdict days later": (
        "de-prozess-mettler/urteil",
        "nl-proces-vanree/vonnis",
    ),
    "a strike announced and the strike day": (
        "es-huelga-autobuses/jornada",
        "ru-zabastovka-ozyorsk/den",
    ),
}
