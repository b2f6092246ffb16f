"""A twenty-fifth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 20: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans a little over seven days (4.0
to 176.6 hours). It holds 279 items under 121 labels: 94 stories and 27 hard negatives; 45
labels in English (107 items, about 38% of them), 12 in German, 11 in French, Spanish, Italian
and Russian, 10 in Portuguese and Dutch. Copies of one event are minutes to hours apart (a flash
or teaser first, then a local paper, a trade or national page, a quote-led piece), and 20 labels
have a copy 12 or more hours after the first, most of them a follow-up with a new fact (the
Tarrant brooch thief on camera, the Coxford flood grants, the Redmouth minister's meeting, the
Albury boy found, the Brenning robber's e-fit, the Valdeoro fire stabilised, the Castel Rupe car
park moved, the Dorsum ferry out for weeks, the Verkhnedolsk schools shut by frost).

What is new: nine kinds of hard negative, none of them taken from round 20, three each, each
placed as far from its story as the two events would really be. A robbery and a second robbery
at another shop in the same town days later (77 to 98 hours: Halsey's jeweller and bookmaker,
Brenning's petrol station and supermarket, Olmeda's bank and pharmacy); a ferry's breakdown or
collision and another incident on the same crossing (29 to 55 hours: Skerrow, Sant'Elvo,
Dorsum); a museum theft and the same museum's exhibition opening (40 to 74 hours: Tarrant,
Beaucel, Vila Alvorada); a club's cup win and its coach sacked days later (39 to 70 hours:
Dunmore Rovers, CD Castrillo, «Заречье»); a factory fined for pollution and a fire at the same
factory (18 to 90 hours: Harnell at Kelgate, the Belfiore tannery, Polyvex at Velsum); a
mountain pass closed by snow and closed again (80 to 100 hours: Hochjoch, Pierre-Haute, Croce
Alta); a drug seizure at a port and another at the same port (45 to 110 hours: Portmarr,
Almarén, Setimar); a line's new timetable announced and a signal failure on the same line (9.5
to 30 hours: the Northline, the Talbahn, the Озёрск line); a hospital's new wing or ward opened
and a breakdown at the same hospital (42 to 74 hours: Brackley, Lormes, Озёрск). Twelve hard
negatives fall within 48 hours of their story, fifteen beyond it. Several name their story as
background ("no sign of a link to Monday's jewellery raid", "two days after the county cup
win", "dos días después de la incautación de hachís", "хотя два дня назад команда выиграла
кубок"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it.
Copies share what real coverage shares (a place, a name, the key number, the event noun), in
their own words: numbers change format (£450,000 / £450k, 150kg / 150 kg, 3.5% / 3.5 per cent /
3.5pc, £30m / £30 million, £10,000 / £10k, 2.000 kilos / 2 t, 1.200 / 1200, 500 quilos / meia
tonelada), names change form (Denise Osborne, Osborne; Kyle Ashworth, Ashworth, "the striker";
Dieter Feller, Feller; Marco Ferri, Ferri), and 107 stories and hard negatives have a teaser
copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 20: one event (one robbery, one breakdown, one
theft, one cup final, one fine, one fire, one pass closure, one seizure, one timetable change,
one signal failure, one opening, one flood, one budget plan, one sale, one verdict, one strike
day, one find) in that event's news cycle, including a next-day follow-up. Not the same story:
another event of the same kind or with the same actor, even in the same town, club, factory,
port, pass, line, museum or hospital. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). Twelve stories are told by one
outlet; eleven of them sit in a town another story names (Coxford's pool, Garrow's choir,
Merrow's market, Dunmore's footbridge, Eschdorf's Christmas market, Beaucel's jazz festival,
Olmeda's library, Valmarina's surgeon, Setimar's library, Velsum's museum, Озёрск's theatre):
they can only be merged falsely. Other pairs share a town but not an event (Halsey's robberies
and its electric buses, the Almarén seizures and its taxi strike, the Heerloo ram raid and the
Dorsum-Heerloo ferry, Верхнедольск's bridge, warehouse fire and frost). No story has more than
four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, hospitals and museums are invented here; real bodies appear only
as backdrop (the Guardia Civil, the Policía Nacional, the Polícia Judiciária, the GNR, the
Anas, NL-Alert).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of rounds 21 to 24 (round 20 was read for its format; earlier sets were only
compared by script for clashing labels and texts), and never run through the merging code before
its one scoring run (`python -m bench.stories --round25`). Once its errors have been read it is
no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-robbery-halsey",
        "Jeweller's robbed at knifepoint in Halsey",
        "Two men threatened staff at Orrin & Daughters on Market Row in Halsey at about 2pm on "
        "Monday and fled with watches worth an estimated £80,000, police said.",
        14.2,
    ),
    (
        "en-robbery-halsey",
        "Armed raid on Halsey jeweller",
        "Staff unhurt, two men sought by police.",
        14.6,
    ),
    (
        "en-robbery-halsey",
        "Halsey jeweller 'shaken but open' after raid",
        "Owner Miriam Orrin said her team had done everything right during the robbery and the "
        "shop would open as usual on Tuesday.",
        22.0,
    ),
    (
        "en-robbery-halsey/second",
        "Second Halsey shop targeted as betting office robbed",
        "A man demanded cash from a cashier at a bookmaker's on Fleet Street in Halsey on "
        "Thursday evening; police said there was no sign of a link to Monday's jewellery raid.",
        91.5,
    ),
    (
        "en-robbery-halsey/second",
        "Bookmaker's held up in Halsey",
        "Cashier handed over about £1,200 in notes.",
        92.1,
    ),
    (
        "en-ferry-skerrow",
        "Skerrow ferry stranded after engine failure",
        "The Islander, carrying 140 passengers to Skerrow, lost power two miles out of Cullen "
        "harbour on Monday morning and was towed back by a tug.",
        8.3,
    ),
    (
        "en-ferry-skerrow",
        "Skerrow ferry towed back to Cullen",
        "140 passengers on board, no one hurt.",
        8.9,
    ),
    (
        "en-ferry-skerrow",
        "Engine part flown in for Skerrow ferry",
        "The operator said a replacement fuel pump for the Islander would arrive overnight and "
        "sailings to Skerrow should resume on Wednesday.",
        19.5,
    ),
    (
        "en-ferry-skerrow/second",
        "Skerrow crossing hit again as relief vessel cancelled in gales",
        "The relief boat covering the Skerrow route stayed in Cullen on Tuesday afternoon "
        "because of 60mph gusts, leaving islanders without a crossing for a second day.",
        38.0,
    ),
    (
        "en-ferry-skerrow/second",
        "Gales halt Skerrow relief boat",
        "No sailings until the wind drops, the operator says.",
        38.7,
    ),
    (
        "en-museum-tarrant",
        "Medieval brooch stolen from Tarrant museum",
        "A gold ring-brooch dating from about 1300 was taken from a display case at the Tarrant "
        "Town Museum during opening hours on Tuesday, curators said.",
        27.0,
    ),
    (
        "en-museum-tarrant",
        "Tarrant museum theft",
        "Gold brooch taken from a case in broad daylight.",
        27.5,
    ),
    (
        "en-museum-tarrant",
        "Tarrant brooch thief caught on camera, police say",
        "Officers released images of a man in a grey cap they want to trace after the theft of "
        "the 14th-century brooch from the town museum.",
        45.2,
    ),
    (
        "en-museum-tarrant/exhibition",
        "Tarrant museum opens shipbuilding exhibition",
        "More than 200 photographs of the town's old yards go on show at the Tarrant Town "
        "Museum from Friday, a show two years in the making.",
        88.0,
    ),
    (
        "en-museum-tarrant/exhibition",
        "Shipyard photos on show in Tarrant",
        "Free entry until the end of January.",
        88.4,
    ),
    (
        "en-cup-dunmore",
        "Dunmore Rovers lift the county cup",
        "Two goals from Kyle Ashworth gave Dunmore Rovers a 2-1 win over Pelham Town in the "
        "county cup final on Saturday afternoon at a packed Moor Park.",
        137.0,
    ),
    (
        "en-cup-dunmore",
        "Cup glory for Dunmore",
        "Rovers beat Pelham 2-1 in the final.",
        137.3,
    ),
    (
        "en-cup-dunmore",
        "Ashworth double brings the cup home to Dunmore",
        "The striker, 19, scored twice in ten minutes as Rovers won their first county cup for "
        "23 years.",
        139.5,
    ),
    (
        "en-cup-dunmore/sacked",
        "Dunmore Rovers sack manager Lee Carver",
        "Rovers parted company with Carver on Monday after a run of six league defeats, two "
        "days after the county cup win that the board said had not changed its mind.",
        176.0,
    ),
    (
        "en-cup-dunmore/sacked",
        "Carver out at Dunmore",
        "Board cites league form.",
        176.6,
    ),
    (
        "en-fine-kelgate",
        "Kelgate chemical plant fined £450,000 over river spill",
        "Harnell Chemicals was ordered to pay £450k after admitting that solvent from its "
        "Kelgate works had leaked into the river Lode in 2025, killing thousands of fish.",
        10.0,
    ),
    (
        "en-fine-kelgate",
        "Kelgate plant fined over fish kill",
        "Harnell admits polluting the Lode.",
        10.5,
    ),
    (
        "en-fine-kelgate",
        "'A careless failure': judge fines Harnell for Lode spill",
        "The magistrate said the chemical firm had ignored warnings about a corroded tank at "
        "Kelgate for months before the leak.",
        13.0,
    ),
    (
        "en-fine-kelgate/fire",
        "Fire at Kelgate chemical works",
        "Crews wearing breathing apparatus tackled a fire in a storage shed at Harnell "
        "Chemicals in Kelgate on Tuesday night; nearby residents were told to keep doors shut.",
        44.5,
    ),
    (
        "en-fine-kelgate/fire",
        "Kelgate fire: residents told to stay indoors",
        "Smoke from Harnell works drifts over homes.",
        45.1,
    ),
    (
        "en-fine-kelgate/fire",
        "Kelgate shed fire started by electrical fault",
        "Fire officers said the blaze at the Harnell site on Tuesday began in a faulty heater "
        "and no chemicals had escaped.",
        58.0,
    ),
    (
        "en-seizure-portmarr",
        "Cocaine worth £12m found in banana crates at Portmarr",
        "Border officers found about 150kg of cocaine hidden in a container of bananas from "
        "South America at Portmarr docks on Monday, the agency said on Tuesday.",
        30.0,
    ),
    (
        "en-seizure-portmarr",
        "£12m drugs haul at Portmarr docks",
        "150kg found among fruit crates.",
        30.4,
    ),
    (
        "en-seizure-portmarr",
        "Portmarr port workers praised after record seizure",
        "The docks' union said the 150 kg find was a sign that scanning at the Portmarr "
        "terminal was working.",
        34.0,
    ),
    (
        "en-seizure-portmarr/second",
        "Cannabis found in lorry at Portmarr ferry terminal",
        "A driver was arrested at Portmarr on Saturday after officers found 400kg of cannabis "
        "behind a load of tiles, five days after the cocaine seizure at the container docks.",
        140.0,
    ),
    (
        "en-seizure-portmarr/second",
        "Lorry driver held at Portmarr",
        "400kg of cannabis behind tiles.",
        140.5,
    ),
    (
        "en-timetable-northline",
        "New Northline timetable from Sunday",
        "Trains between Aldbury and Cressfield will run every 20 minutes instead of every half "
        "hour from next Sunday, the operator announced on Monday.",
        6.5,
    ),
    (
        "en-timetable-northline",
        "More trains on the Northline",
        "Every 20 minutes from next Sunday.",
        7.0,
    ),
    (
        "en-timetable-northline/signal",
        "Signal failure halts Northline trains",
        "No trains ran between Aldbury and Cressfield for three hours on Monday afternoon after "
        "a signal fault near Wexley junction.",
        16.0,
    ),
    (
        "en-timetable-northline/signal",
        "Northline signal fault",
        "Buses replace the trains, with delays into the evening.",
        16.4,
    ),
    (
        "en-timetable-northline/signal",
        "Commuters stranded by Wexley signal fault",
        "Hundreds waited at Aldbury station as the Northline stopped during the evening rush; "
        "engineers fixed the fault by 7pm.",
        19.5,
    ),
    (
        "en-hospital-brackley",
        "Brackley hospital opens £30m children's wing",
        "The new wing at Brackley General, with 48 beds and its own emergency department, took "
        "its first patients on Wednesday morning.",
        54.0,
    ),
    (
        "en-hospital-brackley",
        "New children's wing opens in Brackley",
        "48 beds and a dedicated A&E.",
        54.5,
    ),
    (
        "en-hospital-brackley",
        "'A building made for children': families tour Brackley wing",
        "Parents praised the bright wards and the play garden at the £30 million wing, the "
        "first new building at the hospital since 1998.",
        60.0,
    ),
    (
        "en-hospital-brackley/outage",
        "Power failure at Brackley General",
        "Operations were postponed at Brackley General on Thursday night after a fault on the "
        "mains supply; backup generators kept wards running.",
        96.0,
    ),
    (
        "en-hospital-brackley/outage",
        "Brackley hospital power fault",
        "Generators kick in and operations are postponed.",
        96.6,
    ),
    (
        "en-flood-wendle",
        "River Wendle bursts banks at Coxford",
        "Dozens of homes were flooded on Tuesday as the Wendle rose more than two metres after "
        "36 hours of rain, and a rest centre opened at the Coxford leisure centre.",
        33.0,
    ),
    (
        "en-flood-wendle",
        "Coxford flooded as Wendle rises",
        "Rest centre open at the leisure centre.",
        33.5,
    ),
    (
        "en-flood-wendle",
        "Coxford clean-up begins as Wendle falls",
        "Residents pulled out carpets and furniture on Wednesday; the council said 61 homes had "
        "been flooded.",
        57.0,
    ),
    (
        "en-flood-wendle",
        "£500 grants for flooded Coxford households",
        "The council will pay each of the 61 homes hit by the Wendle flood £500 towards the "
        "clean-up, its leader said on Wednesday night.",
        70.0,
    ),
    (
        "en-council-tax-garrow",
        "Garrow council proposes 4.9% council tax rise",
        "Band D bills in Garrow would go up by about £92 a year under budget plans published on "
        "Monday, which also close two libraries.",
        20.0,
    ),
    (
        "en-council-tax-garrow",
        "Garrow bills set to rise 4.9pc",
        "Two libraries face closure in budget plan.",
        22.0,
    ),
    (
        "en-council-tax-garrow",
        "Library users protest at Garrow budget plans",
        "About 150 people gathered outside Garrow civic centre on Tuesday evening against the "
        "closure of the Hobb Lane and Tilling libraries.",
        44.0,
    ),
    (
        "en-strike-binmen-oxley",
        "Oxley bin workers vote to strike",
        "Refuse collectors in Oxley will walk out for two weeks from 20 December after 87% "
        "backed action in a pay dispute, their union said.",
        62.0,
    ),
    (
        "en-strike-binmen-oxley",
        "Oxley bin strike over Christmas",
        "Two-week walkout from December 20.",
        62.4,
    ),
    (
        "en-rescue-cliff-penhale",
        "Dog walker rescued from Penwarne cliff ledge",
        "A woman who climbed down to reach her spaniel was lifted from a ledge 30 metres above "
        "the sea at Penwarne Point by a coastguard helicopter on Wednesday.",
        64.0,
    ),
    (
        "en-rescue-cliff-penhale",
        "Cliff rescue at Penwarne",
        "Woman and spaniel winched to safety.",
        64.5,
    ),
    (
        "en-rescue-cliff-penhale",
        "'Never climb after a dog', coastguard warns after Penwarne rescue",
        "Both the walker, in her sixties, and her dog were unhurt, the Penwarne coastguard team "
        "said.",
        66.0,
    ),
    (
        "en-school-ofsted-linton",
        "Linton primary rated outstanding",
        "Linton Church Primary was graded outstanding in every area by inspectors, a year after "
        "being told it required improvement.",
        47.0,
    ),
    (
        "en-school-ofsted-linton",
        "Top marks for Linton primary",
        "Outstanding in every area.",
        47.6,
    ),
    (
        "en-bakery-closure-merrow",
        "Merrow bakery to close after 112 years",
        "Hallam's Bakery on Church Street will shut on Christmas Eve, its owners said, blaming "
        "energy bills that had tripled in two years.",
        80.0,
    ),
    (
        "en-bakery-closure-merrow",
        "End of an era for Hallam's",
        "The Merrow bakery closes after 112 years.",
        81.0,
    ),
    (
        "en-bakery-closure-merrow",
        "Queues round the block at Hallam's",
        "Customers lined up on Church Street in Merrow on Thursday to buy a last loaf from the "
        "bakery.",
        85.0,
    ),
    (
        "en-rates-bank",
        "Central bank holds rates at 3.5%",
        "The rate-setting committee voted 6-3 to keep borrowing costs at 3.5 per cent, with "
        "three members backing a cut.",
        112.0,
    ),
    (
        "en-rates-bank",
        "Rates stay on hold",
        "Three of nine members wanted a cut.",
        112.2,
    ),
    (
        "en-rates-bank",
        "Split vote keeps rates at 3.5pc as cut 'edges closer'",
        "Economists said the 6-3 decision pointed to a cut in February.",
        113.0,
    ),
    (
        "en-results-tillbrook",
        "Tillbrook profits fall 18% as shoppers cut back",
        "The department store group made a pre-tax profit of £41.2m in the half-year, down from "
        "£50.3m, and said Christmas trading had started slowly.",
        9.0,
    ),
    (
        "en-results-tillbrook",
        "Tillbrook profits down 18pc",
        "Slow start to Christmas.",
        9.3,
    ),
    (
        "en-results-tillbrook",
        "Tillbrook shares slide after profit drop",
        "Shares in the retailer fell 7% by midday after it reported a fall in half-year profit "
        "to £41m.",
        11.5,
    ),
    (
        "en-takeover-brindle",
        "Brindle Foods agrees £620m takeover by Osgard",
        "The maker of frozen pies has accepted an offer of 310p a share from the Danish group "
        "Osgard, valuing it at about £620 million.",
        101.0,
    ),
    (
        "en-takeover-brindle",
        "Osgard to buy Brindle for £620m",
        "310p a share, board recommends offer.",
        101.5,
    ),
    (
        "en-planning-windfarm-scarth",
        "Scarth Moor wind farm approved on appeal",
        "A planning inspector overturned the council's refusal of 12 turbines on Scarth Moor, "
        "saying the benefits outweighed the harm to the landscape.",
        128.0,
    ),
    (
        "en-planning-windfarm-scarth",
        "Scarth wind farm goes ahead",
        "The inspector overrules the council.",
        129.0,
    ),
    (
        "en-planning-windfarm-scarth",
        "Scarth villagers consider court challenge to turbines",
        "The Save Scarth Moor group said it would take legal advice after the inspector "
        "approved the 12-turbine wind farm.",
        140.0,
    ),
    (
        "en-weather-fog",
        "Fog warning for the Midlands and East",
        "Forecasters issued a yellow warning for dense fog from 10pm on Saturday to 11am on "
        "Sunday, with visibility below 100 metres in places.",
        140.5,
    ),
    (
        "en-weather-fog",
        "Dense fog warning tonight",
        "Yellow alert until the late morning on Sunday.",
        141.0,
    ),
    (
        "en-theatre-grafton",
        "Grafton's Lyric theatre saved by £2m grant",
        "The 1902 theatre, closed since a roof collapse in spring, will reopen in 2028 after "
        "the arts council awarded it £2 million.",
        130.0,
    ),
    (
        "en-theatre-grafton",
        "Lifeline for Grafton Lyric",
        "£2m grant to repair the roof.",
        131.0,
    ),
    (
        "en-theatre-grafton",
        "Actors celebrate Grafton Lyric rescue",
        "Former cast members gathered on the theatre's steps on Saturday to mark the grant that "
        "will fix the collapsed roof.",
        142.0,
    ),
    (
        "en-science-comet",
        "Amateur astronomer in Fennick discovers comet",
        "Retired teacher Alan Dewar spotted the faint comet from his garden observatory in "
        "Fennick, and it now bears his name.",
        66.0,
    ),
    (
        "en-science-comet",
        "Comet Dewar: Fennick teacher's find confirmed",
        "The object is too faint to see without a telescope.",
        67.0,
    ),
    (
        "en-trial-fraud-osborne",
        "Former charity boss jailed for £300,000 fraud",
        "Denise Osborne, 54, who ran the Eastholm Hospice appeal, was jailed for four years for "
        "taking donations to pay for holidays and a car.",
        36.0,
    ),
    (
        "en-trial-fraud-osborne",
        "Hospice fraudster jailed",
        "Four years for former appeal chief.",
        36.5,
    ),
    (
        "en-trial-fraud-osborne",
        "'She betrayed dying patients': Osborne sentenced",
        "The judge said Osborne had stolen from the Eastholm hospice over six years while "
        "posing as its most devoted fundraiser.",
        40.0,
    ),
    (
        "en-roadworks-a61",
        "A61 Tarrow bypass closes for three weeks",
        "The road will shut overnight from Monday for resurfacing, with diversions through "
        "Tarrow town centre.",
        4.5,
    ),
    (
        "en-roadworks-a61",
        "A61 overnight closures",
        "Diversion through the town centre.",
        5.0,
    ),
    (
        "en-cricket-captain",
        "Mercia name Priya Dhillon as captain",
        "The 27-year-old batter will lead the county's women's team next season after Sarah "
        "Kemp retired.",
        58.0,
    ),
    (
        "en-cricket-captain",
        "Dhillon to captain Mercia",
        "Succeeds Kemp.",
        58.5,
    ),
    (
        "en-library-wendham",
        "Wendham library moves into old bank",
        "The town's library reopened on Wednesday in the former bank on the High Street, with "
        "longer opening hours.",
        70.0,
    ),
    (
        "en-pool-coxford",
        "Coxford pool reopens after refit",
        "The leisure centre pool has new changing rooms and a ramp, and is open from 6am on "
        "Friday.",
        92.0,
    ),
    (
        "en-choir-garrow",
        "Garrow choir wins national title",
        "The Garrow Male Voice Choir won the national amateur choir contest in its category for "
        "the first time.",
        150.5,
    ),
    (
        "en-market-merrow",
        "Merrow Christmas market opens",
        "Forty stalls fill the square in Merrow until 23 December, with a new ice rink.",
        160.0,
    ),
    (
        "en-bridge-dunmore",
        "Dunmore footbridge repainted",
        "The iron footbridge over the railway has been repainted in its original green.",
        26.0,
    ),
    (
        "en-bus-halsey",
        "Halsey to get electric buses",
        "Twelve electric buses will run on Halsey's town routes from March after a government "
        "grant.",
        45.0,
    ),
    (
        "en-bus-halsey",
        "Electric buses for Halsey routes",
        "Twelve vehicles from March.",
        46.0,
    ),
    (
        "en-jobs-corran",
        "Corran Steel to cut 380 jobs at Redmouth",
        "The steelmaker said it would close one of two furnaces at its Redmouth plant next "
        "year, blaming cheap imports and energy costs.",
        84.0,
    ),
    (
        "en-jobs-corran",
        "380 jobs to go at Redmouth steelworks",
        "One furnace to close.",
        84.3,
    ),
    (
        "en-jobs-corran",
        "Redmouth 'devastated' by steel job cuts",
        "Union officials and the town's MP called on the government to step in after Corran "
        "announced 380 redundancies.",
        86.0,
    ),
    (
        "en-jobs-corran",
        "Minister to meet Corran bosses over Redmouth cuts",
        "The business secretary will meet the steelmaker on Friday to discuss the loss of 380 "
        "jobs.",
        108.0,
    ),
    (
        "en-missing-teen-albury",
        "Police appeal for missing Albury teenager",
        "Jake Morley, 15, was last seen leaving school in Albury on Thursday afternoon wearing "
        "a blue coat.",
        105.0,
    ),
    (
        "en-missing-teen-albury",
        "Missing Albury boy found safe",
        "Jake Morley, who had been missing since Thursday, was found well at a friend's house "
        "in a nearby town on Friday.",
        118.0,
    ),
    (
        "en-heritage-mill",
        "Derelict Lynford mill to become flats",
        "Plans to turn the listed Lynford flax mill into 64 homes were approved, ending 20 "
        "years of decay.",
        172.0,
    ),
    (
        "en-heritage-mill",
        "Lynford mill homes approved",
        "64 flats in the listed building.",
        173.0,
    ),
    (
        "en-tennis-hale",
        "Hale wins indoor title in Stenbury",
        "Maddie Hale beat the top seed 6-4 6-3 to win the Stenbury indoor tournament, her first "
        "tour-level title.",
        164.0,
    ),
    (
        "en-tennis-hale",
        "First title for Maddie Hale",
        "Straight-sets win in Stenbury final.",
        164.5,
    ),
    (
        "en-recall-toaster-aldwick",
        "Aldwick recalls toasters over fire risk",
        "The appliance maker asked owners of 22,000 toasters sold since June to stop using them "
        "after reports of overheating.",
        24.0,
    ),
    (
        "en-recall-toaster-aldwick",
        "Toaster recall: 22,000 units",
        "Stop using them, says the maker Aldwick.",
        24.5,
    ),
    (
        "en-pier-saltby",
        "Saltby pier closed after storm rips away decking",
        "Sections of the Victorian pier's deck were torn off by waves overnight into Sunday, "
        "and the town council shut it until engineers can check the structure.",
        154.0,
    ),
    (
        "en-pier-saltby",
        "Saltby pier shut",
        "Storm damage to the deck overnight.",
        154.5,
    ),
    (
        "en-pier-saltby",
        "'Heartbreaking': Saltby counts cost of pier damage",
        "Pier trust chairman Ron Beddow said repairs could cost £250,000 and take until the "
        "summer season.",
        160.0,
    ),
    (
        "en-award-novel-kemsworth",
        "Kemsworth author wins first-novel prize",
        "Former nurse Ruth Ainsley has won the £10,000 Harwood prize for a first novel with The "
        "Salt Orchard, set in her home town of Kemsworth.",
        98.0,
    ),
    (
        "en-award-novel-kemsworth",
        "Prize for Ruth Ainsley's debut",
        "The Salt Orchard wins the £10k Harwood award.",
        99.0,
    ),
    # --- German ---
    (
        "de-ueberfall-brenning",
        "Überfall auf Tankstelle in Brenning",
        "Ein maskierter Mann hat am Montagabend die Tankstelle an der Lindenallee in Brenning "
        "überfallen und ist mit der Tageskasse geflohen, teilte die Polizei mit.",
        18.0,
    ),
    (
        "de-ueberfall-brenning",
        "Tankstelle in Brenning überfallen",
        "Der Täter ist auf der Flucht, die Polizei sucht Zeugen.",
        18.5,
    ),
    (
        "de-ueberfall-brenning",
        "Brenninger Tankstellenräuber: Polizei veröffentlicht Phantombild",
        "Die Kassiererin beschrieb den Mann als etwa 30 Jahre alt; erbeutet wurden rund 2.300 "
        "Euro.",
        30.0,
    ),
    (
        "de-ueberfall-brenning/zweiter",
        "Erneut Überfall in Brenning: Supermarkt ausgeraubt",
        "Zwei Männer haben am Freitagmorgen einen Supermarkt am Brenninger Bahnhof überfallen; "
        "einen Zusammenhang mit der Tankstelle sieht die Polizei nicht.",
        103.0,
    ),
    (
        "de-ueberfall-brenning/zweiter",
        "Supermarkt in Brenning überfallen",
        "Zwei Täter, keine Verletzten bei dem Überfall.",
        103.6,
    ),
    (
        "de-pass-hochjoch",
        "Hochjochpass nach Schneefall gesperrt",
        "Nach bis zu 50 Zentimetern Neuschnee ist die Straße über den Hochjochpass seit "
        "Dienstagabend für den Verkehr gesperrt.",
        43.0,
    ),
    (
        "de-pass-hochjoch",
        "Hochjoch zu",
        "Die Passstraße ist wegen Schnee gesperrt.",
        43.5,
    ),
    (
        "de-pass-hochjoch",
        "Hochjochpass wieder frei",
        "Die Räumdienste haben die Passstraße am Mittwochnachmittag wieder für den Verkehr "
        "geöffnet, Schneeketten sind aber Pflicht.",
        64.0,
    ),
    (
        "de-pass-hochjoch/zweiter",
        "Neuer Schnee: Hochjoch erneut dicht",
        "Zum zweiten Mal in dieser Woche ist der Hochjochpass gesperrt, diesmal wegen "
        "Lawinengefahr nach starkem Schneefall am Samstag.",
        136.0,
    ),
    (
        "de-pass-hochjoch/zweiter",
        "Hochjochpass wieder gesperrt",
        "Die Lawinengefahr ist zu hoch für den Verkehr.",
        136.5,
    ),
    (
        "de-fahrplan-talbahn",
        "Talbahn fährt ab Sonntag im Halbstundentakt",
        "Die Züge zwischen Auerbach und Steinhöfen verkehren mit dem neuen Fahrplan alle 30 "
        "Minuten statt stündlich, kündigte der Verkehrsverbund an.",
        12.0,
    ),
    (
        "de-fahrplan-talbahn",
        "Neuer Fahrplan für die Talbahn",
        "Die Züge fahren jede halbe Stunde.",
        12.5,
    ),
    (
        "de-fahrplan-talbahn/stellwerk",
        "Stellwerksstörung legt Talbahn lahm",
        "Wegen einer Störung im Stellwerk Kirnach fielen am Dienstagmorgen alle Züge der "
        "Talbahn zwischen Auerbach und Steinhöfen aus.",
        32.0,
    ),
    (
        "de-fahrplan-talbahn/stellwerk",
        "Talbahn: Störung im Stellwerk",
        "Ersatzbusse sind für die Pendler im Einsatz.",
        32.4,
    ),
    (
        "de-hochwasser-lauter",
        "Hochwasser an der Lauter: Keller in Eschdorf überflutet",
        "Nach Dauerregen ist die Lauter in Eschdorf über die Ufer getreten; die Feuerwehr "
        "pumpte in der Nacht mehr als 40 Keller aus.",
        28.0,
    ),
    (
        "de-hochwasser-lauter",
        "Lauter tritt über die Ufer",
        "Die Feuerwehr ist in Eschdorf im Dauereinsatz.",
        28.5,
    ),
    (
        "de-hochwasser-lauter",
        "Eschdorf: Pegel der Lauter sinkt",
        "Die Lage habe sich entspannt, sagte der Bürgermeister am Mittwoch; der Schaden wird "
        "auf eine Million Euro geschätzt.",
        50.0,
    ),
    (
        "de-insolvenz-kramer",
        "Möbelhersteller Kramer meldet Insolvenz an",
        "Der Familienbetrieb aus Wallstett mit 420 Beschäftigten hat beim Amtsgericht einen "
        "Insolvenzantrag gestellt; die Löhne sind bis Februar gesichert.",
        76.0,
    ),
    (
        "de-insolvenz-kramer",
        "Kramer Möbel ist insolvent",
        "Die 420 Jobs in Wallstett sind in Gefahr.",
        76.4,
    ),
    (
        "de-insolvenz-kramer",
        "„Wir kämpfen um jeden Arbeitsplatz“",
        "Der Insolvenzverwalter von Kramer Möbel will für den Betrieb in Wallstett einen "
        "Investor suchen.",
        79.0,
    ),
    (
        "de-derby-fussball",
        "Holzbach gewinnt das Derby gegen Rhenstadt",
        "Der SV Holzbach hat das Derby gegen den FC Rhenstadt am Samstag mit 3:1 gewonnen und "
        "ist nun Tabellenzweiter.",
        140.0,
    ),
    (
        "de-derby-fussball",
        "Derbysieg für Holzbach",
        "Das 3:1 gegen Rhenstadt bringt den zweiten Platz.",
        141.0,
    ),
    (
        "de-wolf-grunau",
        "Wolf bei Grunau gesichtet",
        "Ein Jäger hat am Donnerstag einen Wolf in einem Waldstück bei Grunau fotografiert; das "
        "Landesamt prüft die Aufnahmen.",
        95.0,
    ),
    (
        "de-wolf-grunau",
        "Wolf im Grunauer Wald?",
        "Das Landesamt prüft die Fotos des Jägers.",
        96.0,
    ),
    (
        "de-weihnachtsmarkt-eschdorf",
        "Eschdorfer Weihnachtsmarkt trotz Hochwasser eröffnet",
        "Mit einer Woche Verspätung hat der Weihnachtsmarkt auf dem Eschdorfer Marktplatz am "
        "Samstag seine Buden geöffnet.",
        150.0,
    ),
    (
        "de-gericht-betrug-feller",
        "Ex-Bürgermeister Feller zu Bewährungsstrafe verurteilt",
        "Das Landgericht hat den früheren Bürgermeister von Auerbach, Dieter Feller, wegen "
        "Untreue zu einem Jahr und acht Monaten auf Bewährung verurteilt.",
        60.0,
    ),
    (
        "de-gericht-betrug-feller",
        "Bewährung für Feller",
        "Der Ex-Bürgermeister ist wegen Untreue verurteilt.",
        60.5,
    ),
    # --- French ---
    (
        "fr-musee-beaucel",
        "Vol d'un tableau au musée de Beaucel",
        "Une petite huile du XVIIIe siècle a été dérobée mardi au musée des Beaux-Arts de "
        "Beaucel, pendant les heures d'ouverture, selon la mairie.",
        34.0,
    ),
    (
        "fr-musee-beaucel",
        "Un tableau volé à Beaucel",
        "La toile du XVIIIe a disparu en plein jour.",
        34.5,
    ),
    (
        "fr-musee-beaucel",
        "Vol au musée de Beaucel : la gendarmerie lance un appel à témoins",
        "Les enquêteurs recherchent un couple vu près de la salle des portraits peu avant la "
        "disparition du tableau.",
        48.0,
    ),
    (
        "fr-musee-beaucel/expo",
        "Le musée de Beaucel inaugure une exposition sur la faïence",
        "Plus de 300 pièces de faïence locale sont présentées à partir de jeudi dans la grande "
        "galerie du musée des Beaux-Arts.",
        74.0,
    ),
    (
        "fr-musee-beaucel/expo",
        "Faïences à l'honneur à Beaucel",
        "L'exposition ouvre jeudi au musée.",
        74.5,
    ),
    (
        "fr-col-pierrehaute",
        "Le col de la Pierre-Haute fermé par la neige",
        "La route du col est coupée depuis lundi soir après des chutes de neige de 40 cm, a "
        "annoncé la préfecture.",
        20.0,
    ),
    (
        "fr-col-pierrehaute",
        "Neige : le col de la Pierre-Haute fermé",
        "La route est coupée depuis lundi.",
        20.5,
    ),
    (
        "fr-col-pierrehaute/deuxieme",
        "Nouvelle fermeture du col de la Pierre-Haute",
        "Le col est de nouveau fermé jeudi soir à cause de congères et de vents violents, trois "
        "jours après sa réouverture.",
        100.0,
    ),
    (
        "fr-col-pierrehaute/deuxieme",
        "Le col à nouveau coupé",
        "Les congères bloquent la route jeudi.",
        100.5,
    ),
    (
        "fr-hopital-lormes",
        "L'hôpital de Lormes ouvre un nouveau service de cardiologie",
        "Le service, qui compte 24 lits et une salle de cathétérisme, a accueilli ses premiers "
        "patients mardi, après deux ans de travaux.",
        44.0,
    ),
    (
        "fr-hopital-lormes",
        "Cardiologie : nouveau service à Lormes",
        "24 lits et une salle de cathétérisme.",
        44.5,
    ),
    (
        "fr-hopital-lormes",
        "« On n'enverra plus nos patients à 80 km »",
        "Le chef du service de cardiologie de Lormes salue la fin des transferts vers la "
        "métropole.",
        47.0,
    ),
    (
        "fr-hopital-lormes/panne",
        "Panne informatique à l'hôpital de Lormes",
        "Les consultations ont été perturbées vendredi matin à l'hôpital de Lormes après une "
        "panne du système informatique, réparée en fin de journée.",
        118.0,
    ),
    (
        "fr-hopital-lormes/panne",
        "Lormes : l'hôpital en panne informatique",
        "Les consultations sont perturbées.",
        118.5,
    ),
    (
        "fr-greve-profs-vasselay",
        "Grève des enseignants : un professeur sur trois en grève",
        "Selon le ministère, 33 % des enseignants du primaire étaient en grève mercredi contre "
        "la réforme des rythmes scolaires ; les syndicats annoncent 45 %.",
        60.0,
    ),
    (
        "fr-greve-profs-vasselay",
        "Écoles : forte mobilisation",
        "Un tiers des professeurs en grève selon le ministère.",
        60.4,
    ),
    (
        "fr-greve-profs-vasselay",
        "Des milliers d'enseignants défilent à Vasselay",
        "Le cortège a réuni 4 000 personnes selon la police, 9 000 selon les syndicats.",
        63.0,
    ),
    (
        "fr-vendanges-cidre",
        "La cidrerie Le Guellec rachetée par un groupe breton",
        "La cidrerie familiale de Plouvran, fondée en 1921, passe sous le contrôle du groupe "
        "Armor Boissons, qui garde les 35 salariés.",
        86.0,
    ),
    (
        "fr-vendanges-cidre",
        "Le Guellec change de mains",
        "La cidrerie de Plouvran est rachetée par Armor Boissons.",
        87.0,
    ),
    (
        "fr-rugby-valmont",
        "Valmont s'impose à Castelrou",
        "Le RC Valmont a battu Castelrou 27-19 samedi, grâce à deux essais en fin de match.",
        142.0,
    ),
    (
        "fr-rugby-valmont",
        "Victoire du RC Valmont",
        "Un succès 27 à 19 à l'extérieur.",
        143.0,
    ),
    (
        "fr-incendie-tressan",
        "Incendie dans une usine de Tressan",
        "Un feu s'est déclaré dans la nuit de dimanche à lundi dans un entrepôt de la zone "
        "d'activités de Tressan ; 50 pompiers sont intervenus.",
        8.0,
    ),
    (
        "fr-incendie-tressan",
        "Tressan : un entrepôt en feu",
        "Les pompiers ont maîtrisé le feu au matin.",
        8.5,
    ),
    (
        "fr-festival-beaucel",
        "Le festival de jazz de Beaucel dévoile son affiche",
        "La 20e édition accueillera une trentaine de concerts en juillet dans la vieille ville.",
        155.0,
    ),
    # --- Spanish ---
    (
        "es-atraco-olmeda",
        "Atraco a una sucursal bancaria en Olmeda",
        "Dos encapuchados asaltaron el lunes por la tarde la oficina de la Caja Rural en la "
        "plaza Mayor de Olmeda y huyeron con unos 15.000 euros.",
        22.0,
    ),
    (
        "es-atraco-olmeda",
        "Atraco en un banco de Olmeda",
        "Los dos ladrones huyeron en un coche blanco.",
        22.5,
    ),
    (
        "es-atraco-olmeda",
        "La Guardia Civil busca a los atracadores de Olmeda",
        "Los agentes creen que los autores del atraco del lunes a la Caja Rural conocían bien "
        "el pueblo.",
        36.0,
    ),
    (
        "es-atraco-olmeda/segundo",
        "Nuevo atraco en Olmeda, ahora en una farmacia",
        "Un hombre armado con un cuchillo robó la caja de una farmacia de la calle Real el "
        "viernes; la Guardia Civil no lo relaciona con el asalto al banco.",
        120.0,
    ),
    (
        "es-atraco-olmeda/segundo",
        "Olmeda: roban en una farmacia",
        "El ladrón iba armado con un cuchillo.",
        120.5,
    ),
    (
        "es-copa-castrillo",
        "El Castrillo gana la Copa regional",
        "El CD Castrillo venció 1-0 al Real Almenar en la final de la Copa regional el jueves "
        "con un gol de Sergio Pardo en el minuto 88.",
        92.0,
    ),
    (
        "es-copa-castrillo",
        "Copa para el Castrillo",
        "Un gol de Pardo en el 88 decide la final.",
        92.5,
    ),
    (
        "es-copa-castrillo/entrenador",
        "El Castrillo destituye a su entrenador",
        "El club ha cesado a Julián Ortega tras la derrota del domingo en la liga, pese a haber "
        "ganado la Copa regional hace tres días.",
        162.0,
    ),
    (
        "es-copa-castrillo/entrenador",
        "Ortega, destituido en el Castrillo",
        "La mala racha en la liga le cuesta el puesto.",
        162.5,
    ),
    (
        "es-alijo-puerto",
        "Incautan 2 toneladas de hachís en el puerto de Almarén",
        "La Policía Nacional interceptó el lunes un camión con 2.000 kilos de hachís ocultos "
        "entre cajas de naranjas en el puerto de Almarén.",
        15.0,
    ),
    (
        "es-alijo-puerto",
        "Alijo de hachís en Almarén",
        "Los agentes hallaron dos toneladas entre las naranjas.",
        15.5,
    ),
    (
        "es-alijo-puerto",
        "Detenido el conductor del camión del hachís",
        "El camionero, de 41 años, pasó a disposición judicial tras el hallazgo de 2 t de "
        "hachís en el puerto.",
        18.0,
    ),
    (
        "es-alijo-puerto/segundo",
        "Otro alijo en el puerto de Almarén: 300 kilos de cocaína",
        "Los agentes hallaron el miércoles la droga en un contenedor de plátanos, dos días "
        "después de la incautación de hachís.",
        80.0,
    ),
    (
        "es-alijo-puerto/segundo",
        "Cocaína en un contenedor en Almarén",
        "300 kilos ocultos entre los plátanos del contenedor.",
        80.5,
    ),
    (
        "es-incendio-forestal",
        "Un incendio forestal quema 200 hectáreas en la sierra de Valdeoro",
        "El fuego, declarado el martes a mediodía, obligó a desalojar dos urbanizaciones y a "
        "cortar la carretera comarcal.",
        46.0,
    ),
    (
        "es-incendio-forestal",
        "Incendio en la sierra de Valdeoro",
        "Desalojadas dos urbanizaciones por el fuego.",
        46.5,
    ),
    (
        "es-incendio-forestal",
        "Estabilizado el incendio de Valdeoro",
        "Los bomberos dan por estabilizado el fuego, que ha calcinado unas 230 hectáreas, y los "
        "vecinos vuelven a casa.",
        64.0,
    ),
    (
        "es-paro-taxis-almaren",
        "Los taxistas de Almarén paran el jueves",
        "Los taxistas convocan un paro de 24 horas contra las nuevas licencias de vehículos con "
        "conductor.",
        104.0,
    ),
    (
        "es-paro-taxis-almaren",
        "Paro de taxis en Almarén",
        "Los taxistas paran un día y la ciudad se queda sin taxis.",
        104.5,
    ),
    (
        "es-vivienda-ley",
        "El Gobierno aprueba el plan de vivienda joven",
        "El Consejo de Ministros aprobó el viernes ayudas de hasta 250 euros al mes para el "
        "alquiler de menores de 35 años.",
        130.0,
    ),
    (
        "es-vivienda-ley",
        "Ayudas al alquiler para jóvenes",
        "Hasta 250 euros al mes para los menores de 35.",
        130.5,
    ),
    (
        "es-vivienda-ley",
        "Los inquilinos ven insuficiente el plan de vivienda",
        "Las asociaciones de inquilinos dicen que los 250 euros no compensan la subida de los "
        "alquileres.",
        133.0,
    ),
    (
        "es-tormenta-granizo",
        "Granizo en la vega de Ribera",
        "Una tormenta de granizo arrasó el sábado los cultivos de hortalizas de la vega de "
        "Ribera del Tajuelo.",
        150.0,
    ),
    (
        "es-tormenta-granizo",
        "La granizada destroza cosechas en Ribera",
        "Los agricultores piden ayudas tras la tormenta del sábado.",
        151.0,
    ),
    (
        "es-biblioteca-olmeda",
        "Olmeda estrena biblioteca",
        "La nueva biblioteca municipal abre el miércoles en el antiguo cuartel con 12.000 libros.",
        60.0,
    ),
    # --- Italian ---
    (
        "it-traghetto-isola",
        "Traghetto in avaria, 300 passeggeri bloccati al largo di Sant'Elvo",
        "Il traghetto per l'isola di Sant'Elvo si è fermato lunedì mattina per un guasto al "
        "motore ed è stato trainato in porto da due rimorchiatori.",
        10.0,
    ),
    (
        "it-traghetto-isola",
        "Sant'Elvo, traghetto fermo in mare",
        "I passeggeri sono tutti in salvo e la nave è stata trainata in porto.",
        10.5,
    ),
    (
        "it-traghetto-isola",
        "Guasto al traghetto, la compagnia: «Corse regolari da domani»",
        "La compagnia ha noleggiato una nave sostitutiva per la linea di Sant'Elvo.",
        26.0,
    ),
    (
        "it-traghetto-isola/secondo",
        "Sant'Elvo, aliscafo urta la banchina",
        "Un aliscafo della linea per Sant'Elvo ha urtato la banchina martedì pomeriggio durante "
        "l'attracco: cinque passeggeri lievemente feriti.",
        39.0,
    ),
    (
        "it-traghetto-isola/secondo",
        "Aliscafo contro la banchina",
        "Cinque feriti lievi nell'urto: l'aliscafo della linea per Sant'Elvo.",
        39.5,
    ),
    (
        "it-multa-conceria",
        "Conceria multata per gli scarichi nel torrente",
        "La conceria Belfiore di Valmarina dovrà pagare 200mila euro per aver scaricato acque "
        "non depurate nel torrente Serio, ha deciso il tribunale.",
        14.0,
    ),
    (
        "it-multa-conceria",
        "Multa da 200mila euro alla conceria Belfiore",
        "Scarichi inquinanti nel torrente.",
        14.5,
    ),
    (
        "it-multa-conceria/incendio",
        "Incendio alla conceria Belfiore di Valmarina",
        "Le fiamme sono divampate giovedì notte nel magazzino delle pelli della conceria; "
        "nessun ferito, ma una densa colonna di fumo nero.",
        104.0,
    ),
    (
        "it-multa-conceria/incendio",
        "Valmarina, fiamme alla conceria",
        "Una colonna di fumo nero sulla città.",
        104.5,
    ),
    (
        "it-multa-conceria/incendio",
        "Conceria Belfiore, l'incendio partito da un muletto",
        "Secondo i vigili del fuoco il rogo di giovedì è stato causato dalla batteria di un "
        "carrello elevatore.",
        116.0,
    ),
    (
        "it-passo-croce",
        "Neve, chiuso il passo della Croce Alta",
        "Dopo 60 centimetri di neve la strada del passo è stata chiusa martedì sera dall'Anas.",
        42.0,
    ),
    (
        "it-passo-croce",
        "Passo della Croce Alta chiuso",
        "Troppa neve sulla strada.",
        42.5,
    ),
    (
        "it-passo-croce/secondo",
        "Il passo della Croce Alta di nuovo chiuso",
        "Una nuova nevicata ha chiuso la strada sabato, a quattro giorni dalla riapertura.",
        142.0,
    ),
    (
        "it-passo-croce/secondo",
        "Di nuovo chiuso il passo",
        "Nuova nevicata sulla Croce Alta.",
        142.5,
    ),
    (
        "it-derby-pietravena",
        "Il Pietravena vince il derby con il Lucaro",
        "Il Pietravena ha battuto il Lucaro per 2-0 sabato con una doppietta di Marco Ferri.",
        138.0,
    ),
    (
        "it-derby-pietravena",
        "Derby al Pietravena",
        "Doppietta di Ferri, 2-0 al Lucaro.",
        139.0,
    ),
    (
        "it-derby-pietravena",
        "Ferri: «Il gol più bello della mia vita»",
        "L'attaccante del Pietravena racconta la doppietta nel derby vinto contro il Lucaro.",
        140.0,
    ),
    (
        "it-scavi-villa",
        "Scoperta una villa romana a Castel Rupe",
        "Durante i lavori per un parcheggio sono emersi i mosaici di una villa romana del II "
        "secolo, ha annunciato la Soprintendenza.",
        52.0,
    ),
    (
        "it-scavi-villa",
        "Mosaici romani a Castel Rupe",
        "Sorpresa nel cantiere del parcheggio.",
        52.5,
    ),
    (
        "it-scavi-villa",
        "Castel Rupe, il parcheggio si farà altrove",
        "Il Comune sposterà il cantiere per salvare i mosaici della villa romana scoperti "
        "mercoledì.",
        70.0,
    ),
    (
        "it-sciopero-regionali",
        "Sciopero dei treni regionali venerdì",
        "I sindacati hanno confermato lo sciopero di 8 ore dei treni regionali per venerdì, "
        "dalle 9 alle 17.",
        86.0,
    ),
    (
        "it-sciopero-regionali",
        "Treni, venerdì sciopero di 8 ore",
        "Garantite solo le fasce per i pendolari.",
        86.5,
    ),
    (
        "it-primario-valmarina",
        "Ospedale di Valmarina, nuovo primario di chirurgia",
        "Il professor Andrea Lodi guiderà la chirurgia dell'ospedale di Valmarina dal primo "
        "gennaio.",
        100.0,
    ),
    (
        "it-neve-pianura",
        "Neve in pianura, scuole chiuse in quindici comuni",
        "Dopo la nevicata di martedì notte, le scuole sono rimaste chiuse mercoledì in quindici "
        "comuni della bassa.",
        56.0,
    ),
    (
        "it-neve-pianura",
        "Scuole chiuse per la neve",
        "Chiuse le scuole in quindici comuni della pianura.",
        57.0,
    ),
    # --- Portuguese ---
    (
        "pt-museu-alvorada",
        "Furto de estatueta no museu de Vila Alvorada",
        "Uma estatueta de prata do século XVII foi roubada na terça-feira do Museu Municipal de "
        "Vila Alvorada, durante o horário de visita.",
        38.0,
    ),
    (
        "pt-museu-alvorada",
        "Museu de Vila Alvorada assaltado",
        "Estatueta de prata desaparece de uma vitrine.",
        38.5,
    ),
    (
        "pt-museu-alvorada",
        "PJ investiga furto no museu de Vila Alvorada",
        "A Polícia Judiciária recolheu imagens das câmaras da sala onde estava a estatueta.",
        52.0,
    ),
    (
        "pt-museu-alvorada/exposicao",
        "Museu de Vila Alvorada abre exposição de azulejos",
        "A mostra reúne 150 painéis de azulejos de casas demolidas da cidade e abre ao público "
        "na sexta-feira.",
        112.0,
    ),
    (
        "pt-museu-alvorada/exposicao",
        "Azulejos em exposição na Vila Alvorada",
        "Mostra no museu a partir de sexta.",
        112.5,
    ),
    (
        "pt-apreensao-porto",
        "Apreendidos 500 quilos de cocaína no porto de Setimar",
        "A Polícia Judiciária encontrou a droga num contentor de ananás vindo da América do "
        "Sul, no porto de Setimar, na segunda-feira.",
        20.0,
    ),
    (
        "pt-apreensao-porto",
        "Cocaína num contentor em Setimar",
        "500 quilos escondidos entre ananases.",
        20.5,
    ),
    (
        "pt-apreensao-porto",
        "Meia tonelada de cocaína apreendida em Setimar",
        "Dois estivadores foram detidos pela PJ no âmbito da apreensão, a maior do ano naquele "
        "porto.",
        24.0,
    ),
    (
        "pt-apreensao-porto/segunda",
        "Nova apreensão no porto de Setimar: 2 toneladas de haxixe",
        "A GNR intercetou na quarta-feira uma lancha carregada de haxixe à entrada do porto de "
        "Setimar.",
        65.0,
    ),
    (
        "pt-apreensao-porto/segunda",
        "Haxixe numa lancha em Setimar",
        "Duas toneladas apreendidas pela GNR.",
        65.5,
    ),
    (
        "pt-incendio-clarinha",
        "Incêndio num prédio em Santa Clarinha",
        "Um incêndio num prédio de quatro andares em Santa Clarinha obrigou à retirada de 20 "
        "moradores na madrugada de segunda-feira.",
        6.0,
    ),
    (
        "pt-incendio-clarinha",
        "Prédio a arder em Santa Clarinha",
        "Vinte moradores retirados durante a noite.",
        6.5,
    ),
    (
        "pt-incendio-clarinha",
        "Curto-circuito na origem do incêndio em Santa Clarinha",
        "Os bombeiros dizem que o fogo começou num quadro elétrico no rés-do-chão.",
        12.0,
    ),
    (
        "pt-greve-enfermagem",
        "Enfermeiros em greve esta quarta-feira",
        "A greve nacional dos enfermeiros levou ao adiamento de centenas de cirurgias, segundo "
        "o sindicato, que fala numa adesão de 80%.",
        70.0,
    ),
    (
        "pt-greve-enfermagem",
        "Greve dos enfermeiros adia cirurgias",
        "Adesão de 80% segundo o sindicato.",
        70.5,
    ),
    (
        "pt-greve-enfermagem",
        "Ministério fala em adesão de 55% na greve dos enfermeiros",
        "O governo contesta os números do sindicato e diz que os serviços mínimos foram cumpridos.",
        73.0,
    ),
    (
        "pt-futebol-taca",
        "Ribeirense elimina o campeão na Taça",
        "O Ribeirense, da terceira divisão, venceu o campeão nacional por 2-1 e segue para os "
        "quartos de final da Taça.",
        118.0,
    ),
    (
        "pt-futebol-taca",
        "Surpresa na Taça: Ribeirense vence",
        "O clube da terceira divisão elimina o campeão.",
        118.5,
    ),
    (
        "pt-futebol-taca",
        "«Foi a noite mais feliz do clube»",
        "O treinador do Ribeirense, Nuno Varela, elogia a coragem dos jogadores na vitória "
        "sobre o campeão.",
        121.0,
    ),
    (
        "pt-vinho-douro",
        "Quinta da Serra Alta vende vinhas a grupo francês",
        "A quinta de Vale Sousel vendeu 40 hectares de vinha a um grupo de Bordéus por 12 "
        "milhões de euros.",
        92.0,
    ),
    (
        "pt-vinho-douro",
        "Grupo francês compra vinhas em Vale Sousel",
        "Negócio de 12 milhões de euros.",
        93.0,
    ),
    (
        "pt-chuva-aviso",
        "Aviso laranja para chuva forte no litoral",
        "O instituto meteorológico emitiu aviso laranja para os distritos do litoral entre "
        "sábado à noite e domingo de manhã.",
        140.0,
    ),
    (
        "pt-chuva-aviso",
        "Chuva forte: aviso laranja",
        "Aviso para o litoral até domingo.",
        140.5,
    ),
    (
        "pt-biblioteca-setimar",
        "Setimar inaugura biblioteca no antigo mercado",
        "A nova biblioteca municipal ocupa o edifício do antigo mercado do peixe e abre ao "
        "público no domingo.",
        160.0,
    ),
    # --- Dutch ---
    (
        "nl-veerpont-dorsum",
        "Veerpont Dorsum uit de vaart na aanvaring met steiger",
        "De veerpont tussen Dorsum en Heerloo is maandagochtend tegen de steiger gevaren; er "
        "raakte niemand gewond, maar de pont ligt voorlopig stil.",
        11.0,
    ),
    (
        "nl-veerpont-dorsum",
        "Pont Dorsum vaart niet",
        "Aanvaring met steiger, geen gewonden.",
        11.5,
    ),
    (
        "nl-veerpont-dorsum",
        "Veerpont Dorsum weken uit de vaart",
        "De schade aan de pont is groter dan gedacht; reizigers moeten tot half januari "
        "omrijden via de brug bij Heerloo.",
        28.0,
    ),
    (
        "nl-veerpont-dorsum/tweede",
        "Vervangende pont bij Dorsum ligt stil door storing",
        "Ook de pont die de beschadigde veerboot vervangt, kon woensdag niet varen door een "
        "kapotte motor.",
        66.0,
    ),
    (
        "nl-veerpont-dorsum/tweede",
        "Ook vervangende pont Dorsum stil",
        "Storing aan de motor.",
        66.5,
    ),
    (
        "nl-boete-fabriek",
        "Kunststoffabriek Velsum krijgt boete van 300.000 euro",
        "De provincie legt de fabriek van Polyvex in Velsum een boete op wegens te hoge "
        "uitstoot van stikstof in het afgelopen jaar.",
        26.0,
    ),
    (
        "nl-boete-fabriek",
        "Boete voor Polyvex",
        "Te veel stikstof uitgestoten in Velsum.",
        26.5,
    ),
    (
        "nl-boete-fabriek",
        "Polyvex gaat in beroep tegen boete",
        "Het bedrijf zegt dat de metingen van de provincie niet kloppen en dat de 300.000 euro "
        "onterecht is.",
        29.0,
    ),
    (
        "nl-boete-fabriek/brand",
        "Brand bij Polyvex in Velsum",
        "In een opslagloods van de kunststoffabriek brak dinsdagavond brand uit; omwonenden "
        "kregen een NL-Alert vanwege de rook.",
        44.0,
    ),
    (
        "nl-boete-fabriek/brand",
        "NL-Alert na brand bij fabriek Velsum",
        "Ramen en deuren dicht vanwege de rook.",
        44.5,
    ),
    (
        "nl-dijk-schouw",
        "Waterschap versterkt dijk bij Oudewaard",
        "Het waterschap begint in januari aan de versterking van vier kilometer dijk langs de "
        "Aalse Vliet bij Oudewaard.",
        50.0,
    ),
    (
        "nl-dijk-schouw",
        "Dijkversterking bij Oudewaard",
        "Werk aan vier kilometer dijk vanaf januari.",
        50.5,
    ),
    (
        "nl-schaatsen-ijs",
        "Eerste natuurijs op de Kalverse Plas",
        "Op de Kalverse Plas is zaterdag voor het eerst deze winter geschaatst, na drie nachten "
        "strenge vorst.",
        130.0,
    ),
    (
        "nl-schaatsen-ijs",
        "Schaatsen op de Kalverse Plas",
        "Het eerste natuurijs van de winter.",
        130.5,
    ),
    (
        "nl-schaatsen-ijs",
        "IJsmeester: 'Blijf van het ijs bij de rietkraag'",
        "De ijsvereniging waarschuwt dat het ijs langs de randen van de Kalverse Plas nog te "
        "dun is.",
        134.0,
    ),
    (
        "nl-voetbal-trainer",
        "Trainer Van Dalen stopt bij FC Wenkum",
        "Henk van Dalen vertrekt aan het eind van het seizoen bij FC Wenkum, na vijf jaar als "
        "hoofdtrainer.",
        88.0,
    ),
    (
        "nl-voetbal-trainer",
        "Van Dalen weg bij Wenkum",
        "Na vijf seizoenen stopt de trainer.",
        88.5,
    ),
    (
        "nl-woningen-plan",
        "Zevenhoven bouwt 1.200 woningen op oud bedrijventerrein",
        "De gemeenteraad stemde donderdag in met het plan voor 1200 huizen op het terrein van "
        "de oude suikerfabriek.",
        110.0,
    ),
    (
        "nl-woningen-plan",
        "Raad stemt in met 1.200 woningen",
        "Nieuwe wijk op de oude suikerfabriek.",
        110.5,
    ),
    (
        "nl-woningen-plan",
        "Omwonenden bezorgd over verkeer in nieuwe wijk Zevenhoven",
        "Bewoners van de Fabrieksweg vrezen voor meer drukte door de nieuwe woningen.",
        113.0,
    ),
    (
        "nl-inbraak-juwelier",
        "Ramkraak op juwelier in Heerloo",
        "Daders reden woensdagnacht met een auto door de pui van een juwelier in de Kerkstraat "
        "in Heerloo en gingen er met sieraden vandoor.",
        76.0,
    ),
    (
        "nl-inbraak-juwelier",
        "Ramkraak in Heerloo",
        "Auto door de pui van een juwelier.",
        76.5,
    ),
    (
        "nl-museum-velsum",
        "Velsum krijgt een nieuw streekmuseum",
        "Het streekmuseum verhuist naar de oude kerk aan de Markt en gaat in het voorjaar open.",
        150.0,
    ),
    # --- Russian ---
    (
        "ru-kubok-zarechye",
        "«Заречье» выиграло областной кубок",
        "Футбольный клуб «Заречье» в среду обыграл «Металлург» со счётом 2:0 и впервые за "
        "десять лет завоевал областной кубок.",
        66.0,
    ),
    (
        "ru-kubok-zarechye",
        "Кубок у «Заречья»",
        "В финале «Металлург» проиграл 0:2.",
        66.5,
    ),
    (
        "ru-kubok-zarechye/trener",
        "«Заречье» уволило главного тренера",
        "Клуб расстался с Игорем Седовым после поражения в чемпионате, хотя два дня назад "
        "команда выиграла кубок области.",
        106.0,
    ),
    (
        "ru-kubok-zarechye/trener",
        "Седов больше не тренер «Заречья»",
        "Клуб объявил об отставке тренера.",
        106.5,
    ),
    (
        "ru-raspisanie-elektrichki",
        "Новое расписание электричек с воскресенья",
        "На линии от Верхнедольска до Озёрска с воскресенья добавят шесть пар поездов, сообщила "
        "пригородная компания.",
        4.0,
    ),
    (
        "ru-raspisanie-elektrichki",
        "Больше электричек до Озёрска",
        "Шесть новых пар поездов.",
        4.5,
    ),
    (
        "ru-raspisanie-elektrichki/sboi",
        "Сбой в работе светофоров остановил электрички",
        "Во вторник утром поезда на линии до Озёрска стояли два часа из-за неисправности на "
        "станции Берёзовка.",
        34.0,
    ),
    (
        "ru-raspisanie-elektrichki/sboi",
        "Электрички до Озёрска задерживаются",
        "На станции Берёзовка сломались светофоры.",
        34.5,
    ),
    (
        "ru-raspisanie-elektrichki/sboi",
        "Пассажиры два часа ждали поездов в Берёзовке",
        "Причиной задержек стал сбой на станции, его устранили к девяти утра.",
        36.0,
    ),
    (
        "ru-bolnitsa-ozersk",
        "В Озёрске открыли новый корпус больницы",
        "Новый хирургический корпус на 120 коек начал принимать пациентов в понедельник.",
        18.0,
    ),
    (
        "ru-bolnitsa-ozersk",
        "Новый корпус больницы в Озёрске",
        "На 120 коек.",
        18.5,
    ),
    (
        "ru-bolnitsa-ozersk/avaria",
        "В больнице Озёрска прорвало трубу",
        "В четверг из-за прорыва трубы отопления в старом корпусе больницы пришлось перевести "
        "30 пациентов в другие отделения.",
        90.0,
    ),
    (
        "ru-bolnitsa-ozersk/avaria",
        "Авария в больнице Озёрска",
        "Пациентов перевели в другие отделения.",
        90.5,
    ),
    (
        "ru-moroz-verkhnedolsk",
        "В Верхнедольске ожидаются морозы до минус 40",
        "Синоптики предупредили о сильных морозах в конце недели, школы могут перейти на "
        "дистанционное обучение.",
        80.0,
    ),
    (
        "ru-moroz-verkhnedolsk",
        "Морозы до минус сорока",
        "Школы готовятся к дистанту.",
        80.5,
    ),
    (
        "ru-moroz-verkhnedolsk",
        "Занятия в школах Верхнедольска отменены из-за мороза",
        "В пятницу утром столбик термометра опустился до минус 41 градуса.",
        106.0,
    ),
    (
        "ru-most-zakryt",
        "Мост через Каменку закроют на ремонт",
        "С понедельника движение по мосту через реку Каменку в Верхнедольске будет перекрыто на "
        "три месяца.",
        50.0,
    ),
    (
        "ru-most-zakryt",
        "Мост через Каменку закроют",
        "Ремонт продлится три месяца.",
        50.5,
    ),
    (
        "ru-most-zakryt",
        "Водители боятся пробок из-за ремонта моста",
        "Объезд по Заводской улице займёт на двадцать минут больше, подсчитали в мэрии.",
        60.0,
    ),
    (
        "ru-sud-chinovnik",
        "Бывшего замглавы района осудили за взятку",
        "Суд приговорил Олега Плотникова к пяти годам колонии за взятку в 3 млн рублей от "
        "подрядчика.",
        80.0,
    ),
    (
        "ru-sud-chinovnik",
        "Пять лет за взятку",
        "Экс-чиновник получил срок.",
        80.5,
    ),
    (
        "ru-teatr-premiera",
        "Премьера «Чайки» в драмтеатре Озёрска",
        "Театр покажет новую постановку в субботу, режиссёр спектакля Анна Белова.",
        145.0,
    ),
    (
        "ru-pozhar-sklad-verkhnedolsk",
        "В Верхнедольске горел склад стройматериалов",
        "Пожар на складе на Промышленной улице тушили всю ночь, площадь возгорания составила "
        "800 квадратных метров.",
        12.0,
    ),
    (
        "ru-pozhar-sklad-verkhnedolsk",
        "Пожар на складе в Верхнедольске",
        "Огонь потушили утром.",
        12.5,
    ),
)

# Hard negatives by category: each is a different event from the story before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a robbery and a second robbery at another shop in the same town days later": (
        "en-robbery-halsey/second",
        "de-ueberfall-brenning/zweiter",
        "es-atraco-olmeda/segundo",
    ),
    "a ferry's breakdown or collision and another incident on the same crossing days later": (
        "en-ferry-skerrow/second",
        "it-traghetto-isola/secondo",
        "nl-veerpont-dorsum/tweede",
    ),
    "a museum theft and the same museum's exhibition opening days later": (
        "en-museum-tarrant/exhibition",
        "fr-musee-beaucel/expo",
        "pt-museu-alvorada/exposicao",
    ),
    "a club's cup win and its coach sacked days later": (
        "en-cup-dunmore/sacked",
        "es-copa-castrillo/entrenador",
        "ru-kubok-zarechye/trener",
    ),
    "a factory fined for pollution and a fire at the same factory days later": (
        "en-fine-kelgate/fire",
        "it-multa-conceria/incendio",
        "nl-boete-fabriek/brand",
    ),
    "a mountain pass closed by snow and closed again days later": (
        "de-pass-hochjoch/zweiter",
        "fr-col-pierrehaute/deuxieme",
        "it-passo-croce/secondo",
    ),
    "a drug seizure at a port and another seizure at the same port days later": (
        "en-seizure-portmarr/second",
        "es-alijo-puerto/segundo",
        "pt-apreensao-porto/segunda",
    ),
    "a line's new timetable announced and a signal failure on the same line within two days": (
        "en-timetable-northline/signal",
        "de-fahrplan-talbahn/stellwerk",
        "ru-raspisanie-elektrichki/sboi",
    ),
    "a hospital's new wing or ward opened and a breakdown at the same hospital days later": (
        "en-hospital-brackley/outage",
        "fr-hopital-lormes/panne",
        "ru-bolnitsa-ozersk/avaria",
    ),
}
