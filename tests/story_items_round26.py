"""A twenty-sixth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 25: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans nearly seven days (2.5 to 162.0
hours). It holds 314 items under 128 labels: 101 stories and 27 hard negatives; 43 labels in
English (107 items, about 34% of them), 13 in German, 12 each in French, Spanish, Italian,
Portuguese, Dutch and Russian. 116 labels have two to four copies (57 two, 48 three, 11 four),
12 are told by one outlet, and 113 stories and hard negatives have a teaser copy whose lead is
under 80 characters beside a fuller one.

What this round stresses: a fast-moving week of developing stories. Copies of one event differ
as real copy does when news moves. Numbers are revised between copies (a coach crash's dead from
two to three and its injured from 19 to 23, a chlorine leak's treated from six to 14, a crush's
injured from 11 to 17, a power cut's homes from 30,000 to 45,000, a storm's from 60,000 to
85,000, a pile of lost containers from 20 to 46, a bomb evacuation from 3.500 to 4200, stranded
gondola passengers from about 50 to 64, schoolchildren taken ill from about sixty to 85, cracked
flats' families from 30 to 34, fishermen on an ice floe from 15 to 23). Headlines move within
48 hours from the event to its cause (a faulty valve, a bird strike, a broken rail, a candle, a
corroded pipe, crumbling concrete), to an arrest or a charge (the coach driver, a teenage arsonist,
a cash-van gang, a hunter, a lorry driver), to a funeral, a vigil or an inquiry, to a reaction
('It was terrifying', «Спасибо врачам», «Senti o chão a fugir»), and some are questions ("Have you
seen Chloe?", "¿Qué falló en la curva de Peñaseca?", "Warum war die Schranke in Mühlhofen
offen?", "Hoe kon de Nordkaap zoveel containers verliezen?"). A wire flash or teaser comes
first, a long piece hours later; 51 labels have a copy 12 or more hours after their first, and
the widest story spans 46 hours, so every story's copies fall inside the 48-hour window.

Hard negatives: nine kinds, none of them on the list earlier rounds used, three each, where the
same people, place or organisation recur in a different event. A bus or coach crash and the same
operator's fare rise (Greyline Travel, Regionalbus Lindenau, Transportes Almendral); a chemical
leak and the same firm's job cuts at that site (Carrow Chemicals, Solvane, Argenta Chemie); a
crowd crush or stand collapse and the next match at that ground (Pellbrook Park, Valsorda, Vale
Formoso); an emergency landing and the same airline's pilots threatening a strike (Skylark Air,
Alpair, «Полярная линия»); a cable car stranding its passengers and an avalanche on the same
mountain (Gramsspitz, Pic de l'Aurande, Monte Tressa); a fishing boat lost and its harbour's
festival or regatta (Mossport, Porto Celeiro, cabo Ortal); a politician hurt in a road crash and
the same politician's plan or bill (Fiona Garside, Sanne Verbeek, Игорь Сомов); a block of flats
evacuated over cracks and a fire in the same empty block (Sainte-Orane, Monteluz, Кременск); a
company boss arrested and the same company opening a new plant (Oleifici Marsani, Construtora
Alvim, Vandermolen Bouw). Fourteen hard negatives fall within 48 hours of their story, thirteen
beyond it. Many name their story as background (a minute's silence for the lost crew, "nog op
krukken", "made no mention of Tuesday's crash", the away end closed while the inquiry goes on),
as real copy does.

What "same story" means here: one event (one crash, one leak, one crush, one landing, one
stranding, one sinking, one collapse, one arrest, one fire, one verdict, one flood, one strike
day, one rescue) in that event's news cycle, including next-day follow-ups with a new fact (a
revised toll, a cause, an arrest, a funeral, an inquiry). Not the same story: another event of
the same kind or with the same actor, firm, ground, mountain, harbour or building. A label with a
suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). The twelve one-outlet stories each sit in a town another story names
(Thornbury's library, Wexcombe's choir, Kilnsey's allotments, Pelham's baker, Orford's carols,
Lindenau's animal shelter, Vernoux's music school, Monteluz's choir, Valsorda's nativity play,
Vila Serrada's book fair, Lindeloo's carillon, Kremensk's museum): they can only be merged
falsely. Other stories share a road or town but not an event (the Kellsway's coach crash and fog
pile-up, Stanmere's scaffolding, Lydbury's found teenager and escaped prisoner, Corran's airport
and the minister's crash on the Corran road, Заозёрск's deputy and its former mayor,
Верхнеборск's market fire and hockey club). No story has more than four copies.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs and boats are invented here; real bodies appear only as backdrop
(the MAIB, the Health and Safety Executive, the Guardia Civil, Salvamento Marítimo, the Guardia
di Finanza, the carabinieri, the PJ, the GNR, the FIOD, the Onderzoeksraad, NL-Alert).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were compared by script for clashing labels and texts), and never run
through the merging code before its one scoring run (`python -m bench.stories --round26`). Once
its errors have been read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-coach-overturn-thornbury",
        "Coach overturns near Thornbury, two dead",
        "A Greyline Travel coach carrying 41 passengers left the Kellsway bypass and rolled "
        "onto its side near Thornbury at about 7.15am on Tuesday; two people died and 19 were "
        "taken to hospital, police said.",
        31.2,
    ),
    (
        "en-coach-overturn-thornbury",
        "BREAKING: Thornbury coach crash",
        "Two killed and 19 hurt as a Greyline coach rolls over near the town.",
        31.6,
    ),
    (
        "en-coach-overturn-thornbury",
        "Thornbury coach crash toll rises to three",
        "A woman in her seventies has died in hospital, bringing the number of dead from "
        "Tuesday's Greyline Travel crash to three; 23 people were injured in all, up from the "
        "19 first reported.",
        39.5,
    ),
    (
        "en-coach-overturn-thornbury",
        "Driver held over fatal Thornbury crash",
        "Police have arrested the 52-year-old driver of the Greyline coach that overturned on "
        "the Kellsway bypass on suspicion of causing death by dangerous driving; he has been "
        "released on bail.",
        55.0,
    ),
    (
        "en-coach-overturn-thornbury/fares",
        "Greyline Travel to raise commuter fares by 8%",
        "The operator said single fares on its eleven commuter routes around Thornbury would "
        "rise by 8 per cent from January, blaming fuel and wage costs; it made no mention of "
        "Tuesday's crash.",
        104.0,
    ),
    (
        "en-coach-overturn-thornbury/fares",
        "Greyline fare rise: what it means for you",
        "A weekly ticket goes up from £31 to £33.50 in January.",
        105.0,
    ),
    (
        "en-chlorine-leak-wexcombe",
        "Residents told to shut windows after chemical leak",
        "Chlorine gas escaped from the Carrow Chemicals plant in Wexcombe on Monday afternoon; "
        "six people were treated for breathing problems and homes within half a mile were told "
        "to stay indoors.",
        14.0,
    ),
    (
        "en-chlorine-leak-wexcombe",
        "Gas leak at Wexcombe plant",
        "Six treated, people nearby told to stay inside.",
        14.3,
    ),
    (
        "en-chlorine-leak-wexcombe",
        "Faulty valve blamed as Wexcombe leak count rises to 14",
        "Carrow Chemicals said a valve on a storage tank failed; the number of people checked "
        "by paramedics after Monday's leak has risen to 14, two of them kept in overnight.",
        26.0,
    ),
    (
        "en-chlorine-leak-wexcombe/jobs",
        "Carrow Chemicals to cut 120 jobs in Wexcombe",
        "The company said on Tuesday that it would close its packaging line at the Wexcombe "
        "site next year, putting 120 posts at risk; it said the decision had been planned for "
        "months.",
        33.0,
    ),
    (
        "en-chlorine-leak-wexcombe/jobs",
        "Job losses at Wexcombe chemical firm",
        "120 posts to go as packaging work moves to the Midlands.",
        33.4,
    ),
    (
        "en-crush-pellbrook",
        "Fans hurt in crush at Pellbrook Park",
        "Eleven supporters were injured when a crowd surged against a barrier in the away end "
        "during Ashby Town's cup replay on Tuesday night; the match was halted for 25 minutes.",
        45.5,
    ),
    (
        "en-crush-pellbrook",
        "Ashby Town cup tie halted after crush",
        "Eleven fans hurt as a barrier gives way at Pellbrook Park.",
        46.0,
    ),
    (
        "en-crush-pellbrook",
        "'It was terrifying': fans describe Pellbrook crush",
        "Supporters said the away turnstiles let in far too many people; the number treated "
        "has risen to 17, and the council's safety officer has opened an inquiry.",
        58.0,
    ),
    (
        "en-crush-pellbrook/next-match",
        "Ashby Town win at half-empty Pellbrook Park",
        "With the away end closed while the safety inquiry goes on, Ashby Town beat Grantley "
        "2-0 in front of 3,100 fans on Saturday afternoon.",
        137.0,
    ),
    (
        "en-crush-pellbrook/next-match",
        "Ashby 2-0 Grantley",
        "Goals from Pryor and Dacey lift Ashby to fifth in the table.",
        137.5,
    ),
    (
        "en-emergency-landing-corran",
        "Skylark Air jet makes emergency landing at Corran",
        "Flight SK412 to Alicante turned back to Corran airport on Wednesday morning after the "
        "crew reported smoke from the left engine; all 162 passengers left by the slides.",
        58.3,
    ),
    (
        "en-emergency-landing-corran",
        "Corran plane lands safely after engine alarm",
        "162 on board, eight minor injuries on the slides.",
        58.7,
    ),
    (
        "en-emergency-landing-corran",
        "Bird strike likely caused Corran engine fire, says airline",
        "Skylark Air said early checks pointed to a flock of geese hitting the engine after "
        "take-off; investigators have taken the aircraft's flight recorders.",
        70.0,
    ),
    (
        "en-emergency-landing-corran/strike-vote",
        "Skylark Air pilots to vote on strike over rosters",
        "The pilots' union said its members at Skylark Air would be balloted on industrial "
        "action over new rosters, with the result due before Christmas.",
        80.2,
    ),
    (
        "en-emergency-landing-corran/strike-vote",
        "Strike ballot at Skylark Air",
        "Pilots angry at longer duty days, union says.",
        80.9,
    ),
    (
        "en-trawler-mossport",
        "Three missing after Mossport trawler sinks",
        "The Ellen Marsh went down in heavy seas 12 miles off Mossport on Thursday morning; "
        "two of her five crew were pulled from a life raft by a lifeboat and three are still "
        "missing.",
        80.0,
    ),
    (
        "en-trawler-mossport",
        "Trawler lost off Mossport",
        "Two crew rescued, search goes on for three more.",
        80.4,
    ),
    (
        "en-trawler-mossport",
        "Search for Ellen Marsh crew stood down",
        "The coastguard ended the search for the three missing fishermen at dusk on Thursday "
        "after 11 hours; their families have been told.",
        88.0,
    ),
    (
        "en-trawler-mossport",
        "Mossport mourns its fishermen",
        "Flowers were left on the quay for skipper Alan Rudd and deckhands Lee Ferrier and "
        "Josh Makin, lost when the Ellen Marsh sank; the MAIB has begun an investigation.",
        104.0,
    ),
    (
        "en-trawler-mossport/festival",
        "Mossport seafood festival draws record crowd",
        "About 20,000 people came to the harbour on Sunday for the winter seafood festival, "
        "which opened with a minute's silence for the crew of the Ellen Marsh.",
        158.0,
    ),
    (
        "en-trawler-mossport/festival",
        "Crowds pack Mossport quay for food festival",
        "Record turnout for the harbour's winter fair.",
        159.0,
    ),
    (
        "en-mp-crash-hadley",
        "MP injured in motorway crash",
        "Fiona Garside, the MP for Hadley West and a junior transport minister, was taken to "
        "hospital after her car was hit by a van on the Corran road on Monday morning.",
        9.0,
    ),
    (
        "en-mp-crash-hadley",
        "Minister hurt in crash",
        "Fiona Garside is in hospital with injuries that are not life-threatening.",
        9.5,
    ),
    (
        "en-mp-crash-hadley",
        "Garside home from hospital with broken wrist",
        "The minister thanked paramedics and said she would be back at work 'within days'; the "
        "van driver, 34, has been questioned by police.",
        33.0,
    ),
    (
        "en-mp-crash-hadley/broadband",
        "Garside sets out £90m rural broadband plan",
        "Back at work two days after her crash, the minister announced money to connect 40,000 "
        "rural homes to faster broadband by 2029.",
        56.5,
    ),
    (
        "en-mp-crash-hadley/broadband",
        "£90m for rural broadband, minister says",
        "40,000 homes to be connected by 2029.",
        56.8,
    ),
    (
        "en-flood-brackenham",
        "Forty homes evacuated as Leddon bursts banks",
        "The river Leddon overtopped its defences in Brackenham on Wednesday afternoon after "
        "two days of heavy rain; firefighters helped residents of Mill Lane leave by boat.",
        62.0,
    ),
    (
        "en-flood-brackenham",
        "Brackenham flooding",
        "Homes evacuated as the river rises.",
        62.4,
    ),
    (
        "en-flood-brackenham",
        "Brackenham flood: 120 homes now empty",
        "The council said the number of evacuated homes had tripled overnight to 120 and a "
        "rest centre at the leisure centre was full.",
        75.0,
    ),
    (
        "en-fire-kilnsey",
        "Huge fire at Kilnsey warehouse",
        "More than 60 firefighters tackled a blaze at a furniture warehouse on the Kilnsey "
        "industrial estate on Thursday night; smoke could be seen ten miles away.",
        92.0,
    ),
    (
        "en-fire-kilnsey",
        "Warehouse ablaze in Kilnsey",
        "Residents told to keep doors and windows shut.",
        92.3,
    ),
    (
        "en-fire-kilnsey",
        "Kilnsey fire 'started deliberately'",
        "Fire investigators said the blaze at the Harbridge Furnishings warehouse was started "
        "at two points inside the building.",
        104.0,
    ),
    (
        "en-fire-kilnsey",
        "Teenager arrested over Kilnsey warehouse blaze",
        "A 16-year-old boy has been arrested on suspicion of arson after the fire that "
        "destroyed the Harbridge store; police are still looking for a second person.",
        118.0,
    ),
    (
        "en-verdict-marrick",
        "Care home owner guilty of £2.3m fraud",
        "Duncan Pell, who ran three care homes in Marrick, was convicted by a jury of taking "
        "£2.3 million from residents' accounts over six years.",
        37.0,
    ),
    (
        "en-verdict-marrick",
        "Pell convicted",
        "The Marrick care home boss faces jail.",
        37.3,
    ),
    (
        "en-verdict-marrick",
        "'He stole from people who trusted him', families say after Pell verdict",
        "Relatives of residents said the fraud had left some of them unable to pay for their "
        "care; Pell will be sentenced next month.",
        48.0,
    ),
    (
        "en-scaffold-stanmere",
        "Three hurt as scaffolding falls in Stanmere",
        "Scaffolding on the front of a shop on Stanmere High Street gave way in strong wind on "
        "Monday morning, hitting three passers-by.",
        11.2,
    ),
    (
        "en-scaffold-stanmere",
        "Scaffolding collapse in Stanmere",
        "High Street is closed and three people were taken to hospital.",
        11.6,
    ),
    (
        "en-scaffold-stanmere",
        "Stanmere collapse: fourth victim named as inquiry opens",
        "A fourth person, a 70-year-old man, was found to have been hurt; the Health and "
        "Safety Executive is looking into how the structure was tied to the building.",
        30.0,
    ),
    (
        "en-missing-orford",
        "Police appeal for missing Orford girl",
        "Chloe Winters, 15, was last seen leaving school in Orford on Wednesday afternoon; "
        "officers said they were growing concerned.",
        64.0,
    ),
    (
        "en-missing-orford",
        "Have you seen Chloe?",
        "The Orford teenager has been missing since Wednesday.",
        64.5,
    ),
    (
        "en-missing-orford",
        "Missing Orford teenager found safe",
        "Chloe Winters was found safe and well at a friend's house in Lydbury on Thursday "
        "morning, police said, thanking the public for sharing the appeal.",
        81.0,
    ),
    (
        "en-bin-strike-carnford",
        "Bin strike begins in Carnford",
        "Refuse collectors in Carnford walked out on Tuesday in a dispute over pay, the first "
        "of 14 planned days of action.",
        24.5,
    ),
    (
        "en-bin-strike-carnford",
        "Carnford bins go uncollected",
        "Strike starts; council urges people to hold on to rubbish.",
        25.0,
    ),
    (
        "en-bin-strike-carnford",
        "Carnford council offers bin crews 5%",
        "Council leaders put a new pay offer to striking refuse collectors on Wednesday; the "
        "union will ballot members on it.",
        58.5,
    ),
    (
        "en-power-eastbury",
        "30,000 homes lose power in Eastbury",
        "A fault at the Ridgeway substation cut electricity to about 30,000 homes and "
        "businesses across Eastbury on Monday evening.",
        18.0,
    ),
    (
        "en-power-eastbury",
        "Eastbury blackout",
        "Tens of thousands without power on a freezing evening.",
        18.3,
    ),
    (
        "en-power-eastbury",
        "Eastbury power cut affected 45,000, network admits",
        "The network operator revised the number of properties hit by the substation fault up "
        "to 45,000 and said most had been reconnected by midnight.",
        23.0,
    ),
    (
        "en-derail-halloway",
        "Freight train derails near Halloway",
        "Six wagons of a freight train came off the tracks near Halloway in the early hours of "
        "Monday; nobody was hurt but the line is closed.",
        4.5,
    ),
    (
        "en-derail-halloway",
        "Halloway line shut",
        "Derailed wagons block both tracks of the line.",
        5.0,
    ),
    (
        "en-derail-halloway",
        "Broken rail caused Halloway derailment",
        "Rail investigators said a cracked rail was the likely cause; engineers expect the "
        "line to reopen on Thursday.",
        20.0,
    ),
    (
        "en-stabbing-norbridge",
        "Man stabbed in Norbridge town centre",
        "A man in his twenties was taken to hospital with stab wounds after a fight outside a "
        "bar on Quay Street in Norbridge late on Wednesday.",
        70.5,
    ),
    (
        "en-stabbing-norbridge",
        "Norbridge stabbing",
        "The victim is in a serious condition and a cordon is in place.",
        70.8,
    ),
    (
        "en-stabbing-norbridge",
        "Man charged after Quay Street stabbing",
        "A 24-year-old from Norbridge has been charged with wounding with intent and will "
        "appear before magistrates on Friday.",
        90.0,
    ),
    (
        "en-syndicate-redfern",
        "Factory workers share £14m jackpot",
        "A syndicate of 22 workers at a biscuit factory in Redfern has won £14 million in "
        "Friday's draw.",
        128.0,
    ),
    (
        "en-syndicate-redfern",
        "Redfern biscuit workers scoop lottery win",
        "Each of the 22 will take home about £636,000.",
        129.0,
    ),
    (
        "en-takeover-brightwell",
        "Brightwell Foods agrees £420m deal for Marlow Dairies",
        "The snack maker will buy the family-owned dairy group, which employs 900 people, "
        "subject to approval by competition officials.",
        8.0,
    ),
    (
        "en-takeover-brightwell",
        "Brightwell buys Marlow",
        "The £420 million deal creates a bigger food group.",
        8.5,
    ),
    (
        "en-church-fire-amblestone",
        "Fire guts roof of medieval church",
        "The roof of St Aldhelm's, a 14th-century church in Amblestone, was destroyed in a "
        "fire on Friday afternoon.",
        112.0,
    ),
    (
        "en-church-fire-amblestone",
        "Amblestone vicar vows to rebuild fire-hit church",
        "The Reverend Kate Orme said the parish would raise whatever was needed after the "
        "blaze, thought to have begun in roofers' equipment.",
        124.0,
    ),
    (
        "en-sacked-carrick",
        "Carrick United sack Tom Keel",
        "The club dismissed its manager on Monday, two days after a 5-0 home defeat left it "
        "bottom of the league.",
        13.0,
    ),
    (
        "en-sacked-carrick",
        "Keel out at Carrick",
        "Manager goes after heavy defeat.",
        13.4,
    ),
    (
        "en-rugby-hartwell",
        "Hartwell edge Sandown to reach cup semi-final",
        "A late penalty from fly-half Rob Leckie gave Hartwell a 24-21 win at Sandown on Saturday.",
        138.0,
    ),
    (
        "en-rugby-hartwell",
        "Leckie kick sends Hartwell through",
        "A 24-21 win at Sandown secures a semi-final place for the club.",
        139.0,
    ),
    (
        "en-cyber-gresham",
        "Gresham council hit by cyberattack",
        "Phone lines, the website and online payments at Gresham council have been down since "
        "Tuesday morning after what the council called a ransomware attack.",
        33.8,
    ),
    (
        "en-cyber-gresham",
        "Gresham council systems down",
        "Residents asked to call in person for urgent help.",
        34.2,
    ),
    (
        "en-cyber-gresham",
        "Gresham hackers may have taken residents' data",
        "The council said files holding names and addresses of about 8,000 people might have "
        "been copied and it had told the data regulator.",
        60.0,
    ),
    (
        "en-storm-orla",
        "Storm Orla brings 90mph gusts",
        "A gust of 92mph was recorded on the coast as Storm Orla swept in on Friday afternoon; "
        "trees fell across roads and several ferry sailings were cancelled.",
        110.0,
    ),
    (
        "en-storm-orla",
        "Storm Orla: latest",
        "Red warning on the coast, trains cancelled.",
        110.4,
    ),
    (
        "en-storm-orla",
        "Man killed by falling tree as Orla batters coast",
        "A 61-year-old driver died when a tree landed on his car; 60,000 homes lost power "
        "overnight.",
        122.0,
    ),
    (
        "en-storm-orla",
        "Orla power cuts: 85,000 homes hit",
        "The number of homes left without electricity by the storm has risen to 85,000, with "
        "some not expected to be reconnected until Monday.",
        134.0,
    ),
    (
        "en-explosion-pelham",
        "One dead after house explodes in Pelham",
        "A semi-detached house on Larch Close in Pelham was destroyed by an explosion on "
        "Tuesday evening; one person died and neighbours were moved out.",
        43.0,
    ),
    (
        "en-explosion-pelham",
        "House blast in Pelham",
        "One killed and neighbouring homes evacuated after the blast.",
        43.3,
    ),
    (
        "en-explosion-pelham",
        "Pelham blast: gas leak suspected",
        "Investigators believe a gas leak caused the explosion that killed a 48-year-old man; "
        "ten nearby homes remain empty.",
        52.5,
    ),
    (
        "en-cliff-rescue-selcombe",
        "Dog walker rescued from cliff ledge",
        "A woman was winched to safety by a coastguard helicopter after falling onto a ledge "
        "below the path at Selcombe Head on Thursday.",
        86.0,
    ),
    (
        "en-cliff-rescue-selcombe",
        "Selcombe Head cliff rescue",
        "Woman and her spaniel brought up safely.",
        87.0,
    ),
    (
        "en-cuts-aldwick",
        "Aldwick University to close three departments",
        "The university plans to shut music, philosophy and modern languages, cutting 200 "
        "jobs, to close a £19m budget gap.",
        16.0,
    ),
    (
        "en-cuts-aldwick",
        "200 jobs to go at Aldwick",
        "University blames falling overseas numbers.",
        16.4,
    ),
    (
        "en-roof-ferrow",
        "School shut after gym roof collapses",
        "Part of the sports hall roof at Ferrow Academy fell in overnight; the building was "
        "empty and nobody was hurt.",
        6.5,
    ),
    (
        "en-roof-ferrow",
        "Ferrow Academy closed",
        "Gym roof fell in overnight and nobody was hurt.",
        7.0,
    ),
    (
        "en-roof-ferrow",
        "Crumbling concrete found in Ferrow school roof",
        "Engineers said lightweight concrete panels had failed; the school will stay shut "
        "until at least Friday.",
        29.0,
    ),
    (
        "en-drone-halbury",
        "Drone sightings shut Halbury airport",
        "The runway at Halbury was closed for two hours on Tuesday evening after pilots "
        "reported drones near the approach.",
        42.0,
    ),
    (
        "en-drone-halbury",
        "Flights halted at Halbury",
        "Drones reported near the runway.",
        42.3,
    ),
    (
        "en-drone-halbury",
        "Halbury drone chaos: 34 flights diverted",
        "The airport said 34 flights were diverted and about 5,000 passengers affected; police "
        "are searching for the operator.",
        55.5,
    ),
    (
        "en-measles-wrenford",
        "Measles cases rise at Wrenford schools",
        "Health officials have confirmed 14 cases linked to two primary schools in Wrenford, "
        "up from nine at the start of the week.",
        88.0,
    ),
    (
        "en-measles-wrenford",
        "Wrenford measles",
        "Parents urged to check children's jabs.",
        89.0,
    ),
    (
        "en-tractors-lindham",
        "Tractor protest blocks Lindham ring road",
        "About 80 tractors drove slowly round the ring road in Lindham on Tuesday morning in a "
        "protest over farm payments.",
        26.5,
    ),
    (
        "en-tractors-lindham",
        "Farmers jam Lindham roads",
        "Go-slow protest over farm payments.",
        27.0,
    ),
    (
        "en-escape-ashgrove",
        "Prisoner escapes during hospital visit",
        "An inmate from Ashgrove prison ran off while being taken to an appointment at Lydbury "
        "General on Friday; police say he should not be approached.",
        112.5,
    ),
    (
        "en-escape-ashgrove",
        "Ashgrove escape: manhunt under way",
        "Public told not to approach the 29-year-old.",
        113.0,
    ),
    (
        "en-escape-ashgrove",
        "Ashgrove escapee caught in barn",
        "The man who fled from guards at Lydbury General was found hiding in a barn eight "
        "miles away on Saturday morning.",
        130.0,
    ),
    (
        "en-collapse-halden",
        "Halden & Pryce falls into administration",
        "The homeware chain, which has 96 shops and 1,400 staff, called in administrators on "
        "Wednesday after a poor autumn.",
        56.0,
    ),
    (
        "en-collapse-halden",
        "Halden & Pryce collapses",
        "1,400 jobs at risk.",
        56.4,
    ),
    (
        "en-collapse-halden",
        "Halden & Pryce to shut 30 stores",
        "Administrators said 30 of the 96 shops would close by January while they looked for a "
        "buyer for the rest.",
        68.0,
    ),
    (
        "en-pileup-kellsway",
        "Twenty vehicles in fog pile-up",
        "Eight people were hurt when about 20 cars and lorries collided in thick fog on the "
        "Kellsway near Stanmere early on Monday.",
        2.5,
    ),
    (
        "en-pileup-kellsway",
        "Kellsway pile-up",
        "Eight hurt in fog crash, road closed.",
        3.0,
    ),
    (
        "en-library-thornbury",
        "Thornbury library reopens after £1.2m revamp",
        "The town's library has reopened with a café, a makerspace and longer opening hours.",
        120.0,
    ),
    (
        "en-choir-marathon-wexcombe",
        "Wexcombe choir sings for 24 hours",
        "The Wexcombe Community Choir raised £6,000 for the hospice by singing through the night.",
        140.0,
    ),
    (
        "en-allotments-kilnsey",
        "Kilnsey allotments win regional prize",
        "The Kilnsey allotment society has been named the best in the region for its work with "
        "schools.",
        45.0,
    ),
    (
        "en-bakery-pelham",
        "Pelham baker wins national pie award",
        "Tom Hesketh's steak pie has been judged the best in the country.",
        100.0,
    ),
    (
        "en-carol-orford",
        "Orford carol service raises record sum",
        "The service at St Mary's in Orford raised £3,400 for the food bank.",
        160.0,
    ),
    # --- German ---
    (
        "de-linienbus-lindenau",
        "Linienbus kracht in Lindenau gegen Hauswand",
        "Ein Bus der Regionalbus Lindenau GmbH ist am Montagmorgen in der Bahnhofstraße von "
        "der Fahrbahn abgekommen und gegen ein Wohnhaus geprallt; zwölf Fahrgäste wurden "
        "verletzt.",
        10.2,
    ),
    (
        "de-linienbus-lindenau",
        "Busunfall in Lindenau",
        "Zwölf Verletzte, die Bahnhofstraße ist gesperrt.",
        10.6,
    ),
    (
        "de-linienbus-lindenau",
        "Nach Busunfall: Zahl der Verletzten auf 18 gestiegen",
        "Die Polizei korrigierte die Bilanz des Unfalls in der Bahnhofstraße nach oben; der 58 "
        "Jahre alte Fahrer soll einen Schwächeanfall erlitten haben.",
        22.0,
    ),
    (
        "de-linienbus-lindenau/tarif",
        "Regionalbus Lindenau erhöht die Preise",
        "Ab Januar kostet eine Einzelfahrt im Stadtgebiet 2,90 statt 2,60 Euro, teilte das "
        "Unternehmen am Dienstag mit; die Monatskarte wird um sieben Prozent teurer.",
        30.5,
    ),
    (
        "de-linienbus-lindenau/tarif",
        "Busfahren in Lindenau wird teurer",
        "Einzelfahrt kostet ab Januar 2,90 Euro.",
        31.0,
    ),
    (
        "de-notlandung-brackfeld",
        "Notlandung in Brackfeld: Rauch in der Kabine",
        "Eine Maschine der Alpair auf dem Weg nach Palma ist am Donnerstagabend kurz nach dem "
        "Start nach Brackfeld zurückgekehrt, weil sich Rauch in der Kabine ausbreitete; 174 "
        "Menschen waren an Bord.",
        90.0,
    ),
    (
        "de-notlandung-brackfeld",
        "Alpair-Jet kehrt um",
        "Rauch an Bord, die Maschine ist sicher in Brackfeld gelandet.",
        90.4,
    ),
    (
        "de-notlandung-brackfeld",
        "Defekter Ofen löste Rauch an Bord aus",
        "Nach der Notlandung in Brackfeld hat die Alpair einen überhitzten Ofen in der "
        "Bordküche als Ursache genannt; drei Passagiere waren wegen Atemproblemen behandelt "
        "worden.",
        104.0,
    ),
    (
        "de-notlandung-brackfeld/urabstimmung",
        "Alpair-Piloten stimmen über Streik ab",
        "Die Pilotengewerkschaft hat bei der Alpair eine Urabstimmung über Streiks "
        "eingeleitet, nachdem die Tarifgespräche über Gehälter gescheitert sind.",
        150.0,
    ),
    (
        "de-notlandung-brackfeld/urabstimmung",
        "Streik bei Alpair droht",
        "Ergebnis der Urabstimmung soll bis Mitte Januar vorliegen.",
        151.0,
    ),
    (
        "de-gondel-gramsspitz",
        "Gondelbahn am Gramsspitz steht still",
        "Wegen eines technischen Defekts sind am Montagmittag rund 50 Fahrgäste in den Kabinen "
        "der Gramsspitzbahn festgesessen; die Bergwacht bereitet eine Bergung vor.",
        12.0,
    ),
    (
        "de-gondel-gramsspitz",
        "Fahrgäste hängen in Gondeln fest",
        "Bergwacht im Einsatz am Gramsspitz.",
        12.5,
    ),
    (
        "de-gondel-gramsspitz",
        "Alle 64 Fahrgäste aus Gramsspitzbahn geborgen",
        "Bis zum Abend haben Bergwacht und Hubschrauber alle Fahrgäste abgeseilt, mehr als "
        "zunächst angenommen; ein gebrochenes Lager am Antrieb war schuld.",
        19.0,
    ),
    (
        "de-gondel-gramsspitz/lawine",
        "Lawine am Gramsspitz: Skifahrer gerettet",
        "Eine Lawine ist am Donnerstag über eine gesperrte Variante am Gramsspitz abgegangen; "
        "zwei Skifahrer wurden leicht verletzt aus dem Schnee geborgen.",
        84.0,
    ),
    (
        "de-gondel-gramsspitz/lawine",
        "Zwei Skifahrer von Lawine erfasst",
        "Beide leicht verletzt, die Abfahrt bleibt gesperrt.",
        85.0,
    ),
    (
        "de-brand-ober-rohrbach",
        "Fachwerkhaus in Ober-Rohrbach brennt nieder",
        "Bei einem Brand in der Altstadt von Ober-Rohrbach ist in der Nacht zu Donnerstag ein "
        "Mann ums Leben gekommen; zwei Nachbarhäuser wurden beschädigt.",
        74.0,
    ),
    (
        "de-brand-ober-rohrbach",
        "Toter bei Brand in Ober-Rohrbach",
        "Feuer zerstört Fachwerkhaus in der Altstadt.",
        74.5,
    ),
    (
        "de-brand-ober-rohrbach",
        "Kerze löste tödlichen Brand aus",
        "Die Kriminalpolizei geht davon aus, dass eine brennende Kerze im Wohnzimmer das Feuer "
        "verursacht hat, bei dem ein 81-Jähriger starb.",
        92.0,
    ),
    (
        "de-urteil-weisental",
        "Ex-Bürgermeister Timmermann wegen Untreue verurteilt",
        "Das Landgericht Weisental hat den früheren Bürgermeister Ralf Timmermann zu zwei "
        "Jahren auf Bewährung verurteilt; er hatte Geld der Stadtwerke für private Reisen "
        "genutzt.",
        34.0,
    ),
    (
        "de-urteil-weisental",
        "Bewährung für Timmermann",
        "Früherer Bürgermeister muss 40.000 Euro zahlen.",
        35.0,
    ),
    (
        "de-bahnuebergang-muehlhofen",
        "Regionalzug rammt Traktor bei Mühlhofen",
        "An einem Bahnübergang bei Mühlhofen ist am Mittwochmorgen ein Zug mit einem Traktor "
        "zusammengestoßen; der Fahrer des Traktors starb, neun Fahrgäste wurden verletzt.",
        57.0,
    ),
    (
        "de-bahnuebergang-muehlhofen",
        "Zugunglück bei Mühlhofen",
        "Ein Toter und neun Verletzte am Bahnübergang.",
        57.4,
    ),
    (
        "de-bahnuebergang-muehlhofen",
        "Warum war die Schranke in Mühlhofen offen?",
        "Die Bahn prüft, ob die Schranke am Unglücksort defekt war; die Strecke ist nach dem "
        "Unfall mit dem Traktor wieder frei.",
        70.0,
    ),
    (
        "de-insolvenz-kranich",
        "Möbelhersteller Kranich stellt Insolvenzantrag",
        "Die Kranich Werke mit 650 Beschäftigten haben beim Amtsgericht einen Antrag auf "
        "Insolvenz in Eigenverwaltung gestellt; die Löhne sind bis Februar gesichert.",
        39.0,
    ),
    (
        "de-insolvenz-kranich",
        "Kranich Werke insolvent",
        "650 Jobs beim Möbelbauer sind in Gefahr.",
        39.5,
    ),
    (
        "de-bombe-ellerstadt",
        "Weltkriegsbombe in Ellerstadt gefunden",
        "Bei Bauarbeiten ist eine 250-Kilo-Bombe aus dem Zweiten Weltkrieg entdeckt worden; "
        "rund 3.500 Menschen müssen ihre Wohnungen verlassen.",
        105.0,
    ),
    (
        "de-bombe-ellerstadt",
        "Evakuierung in Ellerstadt",
        "Fliegerbombe bei Bauarbeiten entdeckt.",
        105.5,
    ),
    (
        "de-bombe-ellerstadt",
        "Ellerstädter Fliegerbombe entschärft",
        "Der Kampfmittelräumdienst hat die Bombe am Abend entschärft; von der Räumung waren am "
        "Ende gut 4200 Anwohner betroffen, mehr als geplant.",
        114.0,
    ),
    (
        "de-pokal-gruenhagen",
        "SV Grünhagen wirft Zweitligisten aus dem Pokal",
        "Der Regionalligist gewann am Mittwochabend mit 2:1 nach Verlängerung gegen den FC "
        "Hallstedt und steht im Viertelfinale.",
        69.0,
    ),
    (
        "de-pokal-gruenhagen",
        "Pokalsensation in Grünhagen",
        "2:1 nach Verlängerung gegen Hallstedt.",
        70.0,
    ),
    (
        "de-tierheim-lindenau",
        "Tierheim Lindenau sucht Paten für alte Hunde",
        "Das Tierheim hat eine Aktion gestartet, bei der Spender die Pflege von zwölf alten "
        "Hunden übernehmen können.",
        140.0,
    ),
    # --- French ---
    (
        "fr-fuite-vernoux",
        "Fuite d'ammoniac à l'usine Solvane de Vernoux-sur-Lize",
        "Une fuite d'ammoniac s'est produite mardi soir dans l'usine Solvane de "
        "Vernoux-sur-Lize; douze salariés ont été pris en charge par les pompiers et les "
        "riverains confinés.",
        43.0,
    ),
    (
        "fr-fuite-vernoux",
        "Vernoux: riverains confinés après une fuite",
        "Douze personnes intoxiquées à l'usine Solvane.",
        43.4,
    ),
    (
        "fr-fuite-vernoux",
        "Fuite chez Solvane: le bilan passe à 23 intoxiqués",
        "La préfecture a revu le bilan à la hausse mercredi; une canalisation corrodée serait "
        "à l'origine de la fuite, selon la direction de l'usine.",
        56.0,
    ),
    (
        "fr-fuite-vernoux/emplois",
        "Solvane va supprimer 85 postes à Vernoux",
        "La direction du chimiste a annoncé vendredi la fermeture d'un atelier de "
        "conditionnement, qui entraînera la suppression de 85 emplois d'ici l'été.",
        110.0,
    ),
    (
        "fr-fuite-vernoux/emplois",
        "Plan social chez Solvane",
        "85 emplois menacés sur le site de Vernoux.",
        111.0,
    ),
    (
        "fr-telepherique-aurande",
        "Téléphérique de l'Aurande: 30 passagers bloqués",
        "Une panne électrique a immobilisé mercredi après-midi les cabines du téléphérique du "
        "Pic de l'Aurande; les secours ont commencé à évacuer les passagers par câble.",
        62.0,
    ),
    (
        "fr-telepherique-aurande",
        "Panne du téléphérique à l'Aurande",
        "Les secouristes évacuent les cabines.",
        62.5,
    ),
    (
        "fr-telepherique-aurande",
        "Les derniers passagers de l'Aurande évacués dans la nuit",
        "Les 38 passagers, et non 30 comme annoncé d'abord, ont tous été descendus vers 2 "
        "heures du matin; une enquête a été ouverte sur la panne.",
        75.0,
    ),
    (
        "fr-telepherique-aurande",
        "Pourquoi le téléphérique de l'Aurande est-il tombé en panne ?",
        "Selon l'exploitant, un disjoncteur du poste électrique a sauté et le moteur de "
        "secours n'a pas démarré; les enquêteurs de la gendarmerie ont saisi les registres de "
        "maintenance.",
        88.0,
    ),
    (
        "fr-telepherique-aurande/avalanche",
        "Avalanche au Pic de l'Aurande: un skieur blessé",
        "Une coulée de neige a emporté jeudi un skieur hors piste sur le versant nord du Pic "
        "de l'Aurande; il a été héliporté à l'hôpital.",
        82.0,
    ),
    (
        "fr-telepherique-aurande/avalanche",
        "Un skieur emporté par une avalanche",
        "Le blessé a été héliporté, la piste est fermée.",
        82.5,
    ),
    (
        "fr-immeuble-sainte-orane",
        "Sainte-Orane: un immeuble évacué en urgence",
        "Des fissures sont apparues lundi soir sur la façade d'un immeuble de la rue des "
        "Tanneurs à Sainte-Orane; 42 habitants ont été évacués par précaution.",
        20.0,
    ),
    (
        "fr-immeuble-sainte-orane",
        "Immeuble fissuré évacué",
        "42 habitants relogés pour la nuit.",
        20.4,
    ),
    (
        "fr-immeuble-sainte-orane",
        "Rue des Tanneurs: 56 habitants relogés, l'immeuble interdit",
        "La mairie a pris un arrêté de péril; les experts évoquent des travaux de terrassement "
        "dans la parcelle voisine.",
        44.0,
    ),
    (
        "fr-immeuble-sainte-orane/incendie",
        "Incendie dans l'immeuble évacué de la rue des Tanneurs",
        "Un feu s'est déclaré mercredi dans une cage d'escalier du bâtiment vide; les pompiers "
        "soupçonnent des squatteurs.",
        60.0,
    ),
    (
        "fr-immeuble-sainte-orane/incendie",
        "Le feu dans un immeuble vide de Sainte-Orane",
        "Aucun blessé, une enquête est ouverte.",
        60.5,
    ),
    (
        "fr-braquage-fourgon",
        "Un fourgon blindé attaqué sur l'A-Lys",
        "Des hommes armés ont bloqué un fourgon de transport de fonds jeudi matin près de la "
        "sortie de Marcieu et sont repartis avec plusieurs sacoches.",
        82.0,
    ),
    (
        "fr-braquage-fourgon",
        "Braquage d'un fourgon près de Marcieu",
        "Les convoyeurs sont indemnes.",
        82.4,
    ),
    (
        "fr-braquage-fourgon",
        "Attaque du fourgon: trois suspects interpellés",
        "Trois hommes ont été arrêtés vendredi à l'aube; le butin, estimé à 1,8 million "
        "d'euros, n'a été retrouvé qu'en partie.",
        104.0,
    ),
    (
        "fr-cantine-lussan",
        "Soixante élèves malades après la cantine à Lussan",
        "Une soixantaine d'enfants de l'école Jean-Rostand de Lussan-les-Prés ont été pris de "
        "vomissements après le repas de lundi midi.",
        15.0,
    ),
    (
        "fr-cantine-lussan",
        "Intoxication à la cantine de Lussan",
        "Une soixantaine d'enfants malades.",
        15.5,
    ),
    (
        "fr-cantine-lussan",
        "Lussan: 85 enfants touchés, la salmonelle en cause",
        "Les analyses confirment une salmonellose; l'agence régionale de santé a fait fermer "
        "la cuisine centrale qui livre l'école.",
        38.0,
    ),
    (
        "fr-rachat-vautrin",
        "Le groupe Delorme rachète les fromageries Vautrin",
        "Le laitier a annoncé mercredi l'acquisition de l'entreprise familiale pour 310 "
        "millions d'euros; les 700 emplois seront maintenus.",
        58.0,
    ),
    (
        "fr-rachat-vautrin",
        "Vautrin passe sous pavillon Delorme",
        "Une opération à 310 M€.",
        58.5,
    ),
    (
        "fr-as-verane",
        "L'AS Vérane s'offre le leader",
        "L'AS Vérane a battu le Racing Club d'Ormel 2-0 samedi soir, grâce à un doublé de son "
        "attaquant Yanis Beloucif.",
        142.0,
    ),
    (
        "fr-as-verane",
        "Beloucif fait tomber Ormel",
        "Doublé de l'attaquant, victoire 2-0 de Vérane.",
        143.0,
    ),
    (
        "fr-chasse-breme",
        "Une promeneuse tuée par un chasseur en forêt de la Brême",
        "Une femme de 54 ans a été mortellement touchée samedi matin lors d'une battue au "
        "sanglier; le tireur a été placé en garde à vue.",
        130.0,
    ),
    (
        "fr-chasse-breme",
        "Accident de chasse mortel",
        "Une promeneuse tuée pendant une battue.",
        130.5,
    ),
    (
        "fr-chasse-breme",
        "Accident de la Brême: le chasseur mis en examen",
        "Le tireur, âgé de 67 ans, est poursuivi pour homicide involontaire; la fédération de "
        "chasse dit vouloir revoir les règles de sécurité des battues.",
        150.0,
    ),
    (
        "fr-ecole-musique-vernoux",
        "L'école de musique de Vernoux fête ses 50 ans",
        "Un concert des anciens élèves est donné à la salle des fêtes pour l'anniversaire.",
        96.0,
    ),
    # --- Spanish ---
    (
        "es-autobus-penaseca",
        "Vuelca un autobús en la carretera de Peñaseca: un muerto",
        "Un autobús de Transportes Almendral con 38 viajeros se salió de la vía y volcó el "
        "miércoles por la mañana en la carretera de Peñaseca; murió una pasajera y hay 25 "
        "heridos.",
        60.0,
    ),
    (
        "es-autobus-penaseca",
        "Accidente de autobús en Peñaseca",
        "Un fallecido y 25 heridos tras volcar el vehículo.",
        60.5,
    ),
    (
        "es-autobus-penaseca",
        "Sube a dos el número de muertos del autobús de Peñaseca",
        "Un hombre de 80 años falleció en el hospital; la Guardia Civil investiga si el "
        "conductor circulaba a más velocidad de la permitida en la curva.",
        73.0,
    ),
    (
        "es-autobus-penaseca",
        "¿Qué falló en la curva de Peñaseca?",
        "Los vecinos llevan años pidiendo un guardarraíl en el tramo donde volcó el autobús de "
        "Almendral; la Diputación promete obras en enero.",
        90.0,
    ),
    (
        "es-autobus-penaseca/tarifas",
        "Transportes Almendral subirá el billete un 6%",
        "La empresa aplicará desde enero la subida autorizada por la comunidad autónoma, que "
        "lleva el trayecto a la capital a 4,75 euros.",
        130.0,
    ),
    (
        "es-autobus-penaseca/tarifas",
        "El billete de Almendral, más caro en enero",
        "La subida media será del seis por ciento.",
        131.0,
    ),
    (
        "es-pesquero-ortal",
        "Naufraga un pesquero frente al cabo Ortal",
        "El 'Nueva Rosalía' se hundió el martes de madrugada a seis millas del cabo Ortal; "
        "Salvamento Marítimo rescató a cuatro de sus siete tripulantes y busca a los otros "
        "tres.",
        28.0,
    ),
    (
        "es-pesquero-ortal",
        "Hundimiento del 'Nueva Rosalía'",
        "Cuatro rescatados y tres desaparecidos.",
        28.4,
    ),
    (
        "es-pesquero-ortal",
        "Hallan el cuerpo de uno de los marineros del 'Nueva Rosalía'",
        "Un helicóptero localizó el cadáver del patrón, Ramiro Costas, mientras continúa la "
        "búsqueda de los otros dos desaparecidos.",
        44.0,
    ),
    (
        "es-pesquero-ortal/regata",
        "El puerto de Ortal celebra su regata de invierno",
        "Medio centenar de embarcaciones tomaron parte el viernes en la regata, que se abrió "
        "con un recuerdo a los marineros del 'Nueva Rosalía'.",
        110.0,
    ),
    (
        "es-pesquero-ortal/regata",
        "Regata de invierno en Ortal",
        "Cincuenta barcos en el agua y ambiente de fiesta.",
        111.0,
    ),
    (
        "es-edificio-monteluz",
        "Desalojan un edificio con grietas en Monteluz",
        "Treinta familias de la calle San Telmo, en Monteluz, tuvieron que salir de sus casas "
        "el jueves al aparecer grietas en los pilares del garaje.",
        85.0,
    ),
    (
        "es-edificio-monteluz",
        "Desalojo en la calle San Telmo",
        "Treinta familias fuera de sus casas por grietas.",
        85.5,
    ),
    (
        "es-edificio-monteluz",
        "Los técnicos apuntalan el edificio de San Telmo",
        "El ayuntamiento cifra ya en 34 las familias desalojadas y atribuye las grietas a una "
        "fuga de agua que socavó los cimientos.",
        98.0,
    ),
    (
        "es-edificio-monteluz/incendio",
        "Incendio en el edificio desalojado de Monteluz",
        "Un fuego declarado en un trastero del inmueble de la calle San Telmo obligó el "
        "viernes a cortar la calle; no había nadie dentro.",
        105.0,
    ),
    (
        "es-edificio-monteluz/incendio",
        "Fuego en el bloque vacío de San Telmo",
        "Los bomberos lo apagaron en media hora.",
        105.5,
    ),
    (
        "es-cercanias-torrealba",
        "Descarrila un tren de cercanías en Torrealba",
        "Un tren con unos 200 viajeros descarriló el lunes a primera hora a la entrada de la "
        "estación de Torrealba; hay 17 heridos leves.",
        8.5,
    ),
    (
        "es-cercanias-torrealba",
        "Descarrilamiento en Torrealba",
        "Diecisiete heridos leves y la línea cortada.",
        9.0,
    ),
    (
        "es-cercanias-torrealba",
        "Torrealba: los heridos ya son 22 y se investiga un desvío",
        "El administrador de la red examina un cambio de agujas como posible causa del "
        "descarrilamiento del lunes.",
        21.0,
    ),
    (
        "es-catalizadores",
        "Cae una red que robaba catalizadores de coches",
        "La Guardia Civil ha detenido a nueve personas acusadas de robar más de 400 "
        "catalizadores en aparcamientos de tres provincias.",
        46.0,
    ),
    (
        "es-catalizadores",
        "Nueve detenidos por robar catalizadores",
        "Más de 400 robos en tres provincias.",
        46.5,
    ),
    (
        "es-cd-riofrio",
        "El CD Riofrío remonta y gana 3-1 al Alcázar",
        "Dos goles de Dani Sepúlveda en la segunda parte dieron la vuelta a un partido que el "
        "Riofrío perdía al descanso.",
        112.0,
    ),
    (
        "es-cd-riofrio",
        "Sepúlveda tumba al Alcázar",
        "El Riofrío suma su quinta victoria seguida.",
        113.0,
    ),
    (
        "es-mina-aurelia",
        "Tres mineros atrapados en el pozo Aurelia",
        "Un derrumbe a 400 metros de profundidad dejó atrapados el lunes a tres trabajadores "
        "en la mina de carbón del pozo Aurelia; los equipos de rescate ya trabajan.",
        14.0,
    ),
    (
        "es-mina-aurelia",
        "Derrumbe en el pozo Aurelia",
        "Tres mineros atrapados a 400 metros.",
        14.5,
    ),
    (
        "es-mina-aurelia",
        "Los rescatadores oyen golpes en el pozo Aurelia",
        "Los equipos han establecido contacto con los tres mineros y calculan que les quedan "
        "unos 15 metros de escombros.",
        26.0,
    ),
    (
        "es-mina-aurelia",
        "Rescatados con vida los tres mineros del pozo Aurelia",
        "Tras 21 horas bajo tierra, los trabajadores salieron por su propio pie; uno fue "
        "trasladado al hospital con una pierna rota.",
        35.0,
    ),
    (
        "es-vidrios-anzar",
        "Vidrios Anzar cerrará su fábrica con 300 empleos",
        "La empresa anunció el miércoles el cierre de la planta en marzo por la caída de "
        "pedidos y el coste de la energía.",
        64.0,
    ),
    (
        "es-vidrios-anzar",
        "Cierre de Vidrios Anzar",
        "Trescientos puestos de trabajo en el aire.",
        64.5,
    ),
    (
        "es-coro-monteluz",
        "El coro de Monteluz canta en la catedral",
        "La coral ofreció el domingo su concierto de Navidad ante un templo lleno.",
        162.0,
    ),
    # --- Italian ---
    (
        "it-calca-valsorda",
        "Calca allo stadio di Valsorda, 14 feriti",
        "Durante il derby di mercoledì sera una transenna della curva sud ha ceduto sotto la "
        "spinta dei tifosi; 14 persone sono state medicate, due sono in ospedale.",
        66.0,
    ),
    (
        "it-calca-valsorda",
        "Paura allo stadio comunale di Valsorda",
        "Cede una transenna, 14 tifosi feriti.",
        66.4,
    ),
    (
        "it-calca-valsorda",
        "Valsorda, sale a 21 il numero dei feriti: la procura apre un'inchiesta",
        "Il pubblico ministero vuole capire quanti biglietti erano stati venduti per la curva "
        "sud, che avrebbe ospitato mille persone più del previsto.",
        80.0,
    ),
    (
        "it-calca-valsorda/partita",
        "Il Valsorda vince con la curva sud chiusa",
        "Sabato pomeriggio la squadra di casa ha battuto 1-0 il Borgo Arsella in uno stadio "
        "per metà vuoto, con la curva sud ancora sotto sequestro.",
        135.0,
    ),
    (
        "it-calca-valsorda/partita",
        "Valsorda-Borgo Arsella 1-0",
        "Decide un rigore di Morandi al 70'.",
        136.5,
    ),
    (
        "it-funivia-tressa",
        "Funivia del Monte Tressa ferma, 40 persone nelle cabine",
        "Per un guasto all'impianto sono rimaste ferme venerdì mattina tutte le cabine della "
        "funivia del Monte Tressa; il soccorso alpino cala i passeggeri che si trovano a "
        "bordo.",
        105.0,
    ),
    (
        "it-funivia-tressa",
        "Bloccati sulla funivia del Tressa",
        "Soccorso alpino al lavoro per liberare le cabine.",
        105.5,
    ),
    (
        "it-funivia-tressa",
        "Tutti in salvo i passeggeri della funivia: erano 47",
        "L'ultimo gruppo è stato portato a terra nel pomeriggio; la società che gestisce "
        "l'impianto parla di un guasto al motore principale.",
        113.0,
    ),
    (
        "it-funivia-tressa/valanga",
        "Valanga sul Monte Tressa, travolto uno sciatore",
        "Sabato mattina una slavina si è staccata sopra la pista nera del Tressa; lo sciatore "
        "è stato estratto vivo dai soccorritori dopo venti minuti.",
        130.0,
    ),
    (
        "it-funivia-tressa/valanga",
        "Sciatore sepolto da una slavina",
        "È stato estratto vivo dopo venti minuti sotto la neve sulla pista nera.",
        130.5,
    ),
    (
        "it-arresto-marsani",
        "Arrestato l'amministratore delegato degli Oleifici Marsani",
        "Giorgio Marsani è stato fermato lunedì dalla Guardia di Finanza con l'accusa di frode "
        "fiscale per 12 milioni di euro.",
        10.0,
    ),
    (
        "it-arresto-marsani",
        "Marsani in manette",
        "L'accusa è di una frode fiscale da 12 milioni.",
        10.5,
    ),
    (
        "it-arresto-marsani",
        "Marsani resta ai domiciliari, il gip convalida l'arresto",
        "Il giudice ha disposto gli arresti domiciliari per l'imprenditore; l'azienda ha "
        "nominato un amministratore ad interim.",
        30.0,
    ),
    (
        "it-arresto-marsani/stabilimento",
        "Gli Oleifici Marsani inaugurano il nuovo frantoio",
        "Mercoledì è stato aperto a Colle Vetro il nuovo stabilimento da 80 posti di lavoro, "
        "con il presidente del consiglio di amministrazione al taglio del nastro.",
        56.0,
    ),
    (
        "it-arresto-marsani/stabilimento",
        "Nuovo frantoio a Colle Vetro",
        "Ottanta posti di lavoro nello stabilimento aperto ieri.",
        56.5,
    ),
    (
        "it-frana-rocca-salvina",
        "Frana su Rocca Salvina, due dispersi",
        "Una colata di fango ha investito martedì mattina tre case alla periferia di Rocca "
        "Salvina; si cercano due anziani coniugi.",
        34.0,
    ),
    (
        "it-frana-rocca-salvina",
        "Frana nel paese di Rocca Salvina",
        "Case travolte dal fango, si scava.",
        34.5,
    ),
    (
        "it-frana-rocca-salvina",
        "Rocca Salvina, trovati senza vita i due coniugi",
        "I vigili del fuoco hanno recuperato i corpi di Elvira e Tonino Brusa sotto le macerie "
        "della loro casa.",
        50.0,
    ),
    (
        "it-frana-rocca-salvina",
        "Oggi l'ultimo saluto ai coniugi Brusa",
        "Tutto il paese di Rocca Salvina si stringerà giovedì attorno ai figli durante i "
        "funerali delle due vittime della frana.",
        80.0,
    ),
    (
        "it-fuochi-san-gavino",
        "Esplosione in una fabbrica di fuochi d'artificio",
        "Due operai sono morti giovedì pomeriggio nello scoppio di un deposito della ditta "
        "Pirotecnica Lenzi a San Gavino Alto.",
        88.0,
    ),
    (
        "it-fuochi-san-gavino",
        "Scoppio alla Pirotecnica Lenzi",
        "Due morti nella fabbrica di San Gavino Alto.",
        88.4,
    ),
    (
        "it-fuochi-san-gavino",
        "San Gavino Alto, morto anche il terzo operaio",
        "È deceduto in ospedale il giovane ferito nello scoppio della fabbrica di fuochi; la "
        "procura ha sequestrato l'area.",
        100.8,
    ),
    (
        "it-sentenza-ferrandi",
        "Condannato a tre anni l'ex assessore Ferrandi",
        "Il tribunale ha ritenuto l'ex assessore ai lavori pubblici di Porto Liviano colpevole "
        "di corruzione per gli appalti delle scuole.",
        62.0,
    ),
    (
        "it-sentenza-ferrandi",
        "Tre anni all'ex assessore di Porto Liviano",
        "Ferrandi annuncia che farà ricorso in appello.",
        62.5,
    ),
    (
        "it-neve-alta-valle",
        "Neve, isolate tre frazioni dell'Alta Valle Crosa",
        "Mezzo metro di neve caduto nella notte ha bloccato le strade per Pian di Ronco, Ca' "
        "Bianca e Soleio; niente corrente in 200 case.",
        124.0,
    ),
    (
        "it-neve-alta-valle",
        "Frazioni isolate per la neve",
        "Strade chiuse e case senza luce nell'Alta Valle Crosa.",
        125.0,
    ),
    (
        "it-truffe-anziani",
        "Truffe agli anziani, arrestati tre falsi tecnici del gas",
        "I carabinieri hanno fermato tre uomini che si presentavano nelle case di persone "
        "anziane per sottrarre gioielli e contanti.",
        18.0,
    ),
    (
        "it-truffe-anziani",
        "Falsi tecnici del gas in manette",
        "Colpi in trenta case di anziani.",
        18.5,
    ),
    (
        "it-presepe-valsorda",
        "Il presepe vivente di Valsorda compie trent'anni",
        "Domenica oltre cento figuranti hanno animato le vie del centro storico.",
        145.0,
    ),
    # --- Portuguese ---
    (
        "pt-bancada-vale-formoso",
        "Bancada cede no Estádio Municipal de Vale Formoso",
        "Parte de uma bancada do estádio cedeu na noite de segunda-feira durante o jogo entre "
        "o Vale Formoso e o Atlético da Ribeira; nove adeptos ficaram feridos.",
        21.5,
    ),
    (
        "pt-bancada-vale-formoso",
        "Feridos em estádio de Vale Formoso",
        "Nove adeptos assistidos após a queda de uma bancada.",
        22.0,
    ),
    (
        "pt-bancada-vale-formoso",
        "Vale Formoso: já são 15 os feridos e a câmara manda fechar a bancada",
        "A autarquia encerrou a bancada nascente até haver uma vistoria; um dos feridos "
        "continua internado em estado grave.",
        33.0,
    ),
    (
        "pt-bancada-vale-formoso",
        "«Senti o chão a fugir», conta adepto ferido em Vale Formoso",
        "Um dos feridos descreve o momento em que a bancada nascente cedeu e diz que os "
        "adeptos já se queixavam das grades há meses.",
        40.0,
    ),
    (
        "pt-bancada-vale-formoso/jogo",
        "Vale Formoso vence com bancada nascente vedada",
        "No sábado, a equipa da casa bateu o Sporting de Alvide por 2-1 num estádio com apenas "
        "metade da lotação.",
        137.2,
    ),
    (
        "pt-bancada-vale-formoso/jogo",
        "Vitória do Vale Formoso sobre o Alvide",
        "Reviravolta na segunda parte, 2-1 no final.",
        138.0,
    ),
    (
        "pt-traineira-celeiro",
        "Traineira naufraga ao largo de Porto Celeiro",
        "A traineira Mar de Lurdes afundou-se na terça-feira à noite a três milhas da barra; "
        "quatro dos seis pescadores foram resgatados e há dois desaparecidos.",
        44.0,
    ),
    (
        "pt-traineira-celeiro",
        "Naufrágio em Porto Celeiro",
        "Dois pescadores desaparecidos no mar.",
        44.5,
    ),
    (
        "pt-traineira-celeiro",
        "Encontrado o corpo de um dos pescadores da Mar de Lurdes",
        "A Polícia Marítima confirmou a descoberta do corpo na praia do Salgueiral; as buscas "
        "pelo outro pescador continuam.",
        58.0,
    ),
    (
        "pt-traineira-celeiro/festa",
        "Porto Celeiro abre a Festa do Peixe",
        "Milhares de pessoas encheram o cais na quinta-feira para a festa anual, que começou "
        "com um minuto de silêncio pelos pescadores da Mar de Lurdes.",
        88.0,
    ),
    (
        "pt-traineira-celeiro/festa",
        "Festa do Peixe enche o cais",
        "Sardinha assada e música até de madrugada.",
        89.0,
    ),
    (
        "pt-detencao-alvim",
        "Presidente da Construtora Alvim detido pela PJ",
        "Rui Alvim foi detido na quarta-feira por suspeitas de corrupção na adjudicação de "
        "obras públicas no valor de 40 milhões de euros.",
        60.0,
    ),
    (
        "pt-detencao-alvim",
        "Rui Alvim detido",
        "Suspeitas de corrupção em obras de 40 milhões.",
        60.5,
    ),
    (
        "pt-detencao-alvim",
        "Rui Alvim fica em prisão preventiva",
        "O juiz de instrução decidiu manter o empresário detido; a construtora garante que as "
        "obras em curso não param.",
        84.0,
    ),
    (
        "pt-detencao-alvim/fabrica",
        "Construtora Alvim inaugura fábrica de pré-fabricados",
        "A nova unidade em Torre de Aves, com 120 trabalhadores, foi aberta na quinta-feira "
        "pela administração da empresa.",
        82.0,
    ),
    (
        "pt-detencao-alvim/fabrica",
        "Nova fábrica da Alvim em Torre de Aves",
        "São 120 postos de trabalho.",
        82.5,
    ),
    (
        "pt-incendio-lar-vila-serrada",
        "Incêndio em lar de idosos em Vila Serrada faz dois mortos",
        "O fogo começou na madrugada de segunda-feira num quarto do Lar de São Bento; vinte "
        "utentes foram retirados pelos bombeiros.",
        4.0,
    ),
    (
        "pt-incendio-lar-vila-serrada",
        "Fogo no lar de São Bento",
        "Dois mortos e vinte idosos retirados.",
        4.5,
    ),
    (
        "pt-incendio-lar-vila-serrada",
        "Sobe para três o número de mortos no lar de Vila Serrada",
        "Uma utente de 91 anos morreu no hospital; a GNR investiga se o fogo teve origem num "
        "aquecedor elétrico.",
        16.0,
    ),
    (
        "pt-greve-estiva-aldeira",
        "Estivadores do porto de Aldeira em greve",
        "Os trabalhadores do porto pararam na sexta-feira contra a contratação de pessoal "
        "temporário; doze navios esperam ao largo.",
        102.0,
    ),
    (
        "pt-greve-estiva-aldeira",
        "Greve para o porto de Aldeira",
        "Doze navios à espera para descarregar.",
        102.5,
    ),
    (
        "pt-cheias-arneiro",
        "Ribeira do Arneiro galga as margens",
        "As cheias inundaram no sábado a baixa da vila do Arneiro; trinta pessoas tiveram de "
        "sair de casa.",
        128.0,
    ),
    (
        "pt-cheias-arneiro",
        "Cheias no Arneiro",
        "Trinta desalojados e lojas inundadas.",
        129.0,
    ),
    (
        "pt-multibanco-lousada-nova",
        "Explodem caixa multibanco em Lousada Nova",
        "Um grupo fez explodir uma caixa automática de uma agência bancária durante a "
        "madrugada de segunda-feira e fugiu com o dinheiro.",
        3.0,
    ),
    (
        "pt-multibanco-lousada-nova",
        "Assalto a multibanco com explosivos",
        "Fachada da agência destruída em Lousada Nova.",
        3.5,
    ),
    (
        "pt-premio-euromilhoes",
        "Primeiro prémio sai numa papelaria de Castro Alvo",
        "O boletim vencedor do sorteio de sexta-feira, de 48 milhões de euros, foi registado "
        "numa papelaria do centro da vila.",
        124.0,
    ),
    (
        "pt-premio-euromilhoes",
        "Castro Alvo festeja prémio de 48 milhões",
        "Dono da papelaria diz que não sabe quem ganhou.",
        125.0,
    ),
    (
        "pt-feira-livro-vila-serrada",
        "Vila Serrada recebe a primeira feira do livro",
        "Trinta editoras trouxeram os seus livros ao jardim municipal no domingo.",
        158.0,
    ),
    # --- Dutch ---
    (
        "nl-ammoniaklek-lindeloo",
        "Ammoniaklek bij Argenta Chemie in Lindeloo",
        "Bij het chemiebedrijf Argenta in Lindeloo is donderdagochtend ammoniak vrijgekomen; "
        "acht werknemers werden door de ambulancedienst nagekeken en omwonenden moesten ramen "
        "en deuren sluiten.",
        80.0,
    ),
    (
        "nl-ammoniaklek-lindeloo",
        "Lek bij chemiebedrijf in Lindeloo",
        "Acht werknemers nagekeken, NL-Alert voor de buurt.",
        80.4,
    ),
    (
        "nl-ammoniaklek-lindeloo",
        "Lindeloo: toch 19 mensen onwel door ammoniak",
        "De veiligheidsregio heeft het aantal slachtoffers van het lek bijgesteld; een "
        "losgeschoten slang bij het vullen van een tankwagen was de oorzaak.",
        93.0,
    ),
    (
        "nl-ammoniaklek-lindeloo/banen",
        "Argenta Chemie schrapt 140 banen",
        "Het bedrijf sluit volgend jaar de verpakkingsafdeling in Lindeloo; volgens de "
        "directie heeft dat niets met het lek van donderdag te maken.",
        105.0,
    ),
    (
        "nl-ammoniaklek-lindeloo/banen",
        "Banenverlies bij Argenta",
        "140 arbeidsplaatsen verdwijnen in Lindeloo.",
        105.5,
    ),
    (
        "nl-kamerlid-ongeluk",
        "Kamerlid Sanne Verbeek gewond bij auto-ongeluk",
        "Verbeek is dinsdagochtend met haar auto op de provinciale weg bij Oosterzand tegen "
        "een vrachtwagen gebotst; ze is met een gebroken been naar het ziekenhuis gebracht.",
        32.0,
    ),
    (
        "nl-kamerlid-ongeluk",
        "Verbeek in ziekenhuis na ongeluk",
        "Kamerlid brak haar been bij Oosterzand.",
        32.5,
    ),
    (
        "nl-kamerlid-ongeluk",
        "Vrachtwagenchauffeur na ongeluk Verbeek aangehouden",
        "De politie heeft de 41-jarige chauffeur aangehouden omdat hij volgens getuigen door "
        "rood reed.",
        47.0,
    ),
    (
        "nl-kamerlid-ongeluk/wetsvoorstel",
        "Verbeek dient wetsvoorstel in tegen lange wachtlijsten",
        "Het Kamerlid, nog op krukken, presenteerde zaterdag haar plan om gemeenten te "
        "verplichten sneller jeugdzorg te regelen.",
        132.0,
    ),
    (
        "nl-kamerlid-ongeluk/wetsvoorstel",
        "Wet tegen wachtlijsten in de jeugdzorg",
        "Verbeek wil dat gemeenten binnen zes weken hulp bieden.",
        133.0,
    ),
    (
        "nl-aanhouding-vandermolen",
        "Directeur Vandermolen Bouw aangehouden",
        "De FIOD heeft woensdag de directeur van het bouwbedrijf aangehouden op verdenking van "
        "belastingfraude; ook het kantoor in Harkum werd doorzocht.",
        57.0,
    ),
    (
        "nl-aanhouding-vandermolen",
        "Inval bij Vandermolen Bouw",
        "De directeur is aangehouden door de FIOD.",
        57.5,
    ),
    (
        "nl-aanhouding-vandermolen",
        "Vandermolen-directeur blijft twee weken vast",
        "De rechter-commissaris heeft de bewaring van Erik Vandermolen verlengd; het bedrijf "
        "zegt dat het werk op de bouwplaatsen doorgaat.",
        80.0,
    ),
    (
        "nl-aanhouding-vandermolen/fabriek",
        "Vandermolen Bouw opent fabriek voor houtbouw",
        "In Harkum is zondag een fabriek geopend waar houten woningen worden gebouwd; er komen "
        "90 banen bij.",
        154.0,
    ),
    (
        "nl-aanhouding-vandermolen/fabriek",
        "Houtbouwfabriek in Harkum open",
        "Negentig nieuwe banen bij Vandermolen.",
        155.0,
    ),
    (
        "nl-stalbrand-veldhoek",
        "Honderden varkens dood bij stalbrand",
        "Bij een brand in een varkensstal aan de Veenweg in Noord-Veldhoek zijn maandagavond "
        "ongeveer 200 dieren omgekomen.",
        22.0,
    ),
    (
        "nl-stalbrand-veldhoek",
        "Grote stalbrand in Noord-Veldhoek",
        "Veel varkens omgekomen, de brandweer is nog bezig.",
        22.4,
    ),
    (
        "nl-stalbrand-veldhoek",
        "Stalbrand Noord-Veldhoek: 350 varkens omgekomen",
        "Het aantal dode dieren is hoger dan eerst gedacht; kortsluiting in een ventilator is "
        "de vermoedelijke oorzaak.",
        36.0,
    ),
    (
        "nl-explosie-woning-dalmeer",
        "Explosie bij woning in Dalmeer",
        "Bij een portiekwoning aan de Kastanjelaan in Dalmeer is in de nacht naar vrijdag een "
        "explosief afgegaan; de voordeur en ramen raakten zwaar beschadigd.",
        99.0,
    ),
    (
        "nl-explosie-woning-dalmeer",
        "Ontploffing aan de Kastanjelaan",
        "Niemand is gewond geraakt; de politie zoekt naar getuigen.",
        99.5,
    ),
    (
        "nl-buschauffeurs-westlijn-staking",
        "Buschauffeurs Westlijn leggen werk neer",
        "Op vrijdag rijden er in de regio geen bussen van Westlijn omdat de chauffeurs staken "
        "voor meer pauzes.",
        106.0,
    ),
    (
        "nl-buschauffeurs-westlijn-staking",
        "Geen bussen door staking",
        "Westlijn ligt de hele dag stil.",
        106.5,
    ),
    (
        "nl-containers-nordkaap",
        "Containerschip verliest lading boven de Wadden",
        "Het schip Nordkaap is in de storm van woensdag ongeveer 20 containers kwijtgeraakt; "
        "de kustwacht waarschuwt scheepvaart in het gebied.",
        66.0,
    ),
    (
        "nl-containers-nordkaap",
        "Containers overboord",
        "Kustwacht waarschuwt voor drijvende lading.",
        66.4,
    ),
    (
        "nl-containers-nordkaap",
        "Nordkaap verloor 46 containers, niet 20",
        "De rederij heeft het aantal verloren containers verhoogd; op de stranden spoelen al "
        "zakken met plastic korrels aan.",
        78.0,
    ),
    (
        "nl-containers-nordkaap",
        "Hoe kon de Nordkaap zoveel containers verliezen?",
        "De Onderzoeksraad kijkt naar de sjorringen aan boord en naar de koers die het schip "
        "in de storm van woensdag koos.",
        90.0,
    ),
    (
        "nl-vonnis-zorgfraude",
        "Celstraf voor zorgfraude van 3 miljoen",
        "De rechtbank heeft een eigenaar van een thuiszorgbureau veroordeeld tot drie jaar cel "
        "omdat hij zorg declareerde die nooit is geleverd.",
        36.5,
    ),
    (
        "nl-vonnis-zorgfraude",
        "Drie jaar cel voor zorgfraudeur",
        "Drie miljoen euro gedeclareerd voor zorg die niet werd gegeven.",
        37.0,
    ),
    (
        "nl-carillon-lindeloo",
        "Beiaard van Lindeloo weer te horen",
        "Na twee jaar restauratie speelde de beiaardier zaterdag weer op de toren van de Grote "
        "Kerk.",
        130.0,
    ),
    # --- Russian ---
    (
        "ru-posadka-polyarnaya",
        "Самолёт «Полярной линии» экстренно сел в Кременске",
        "Лайнер, летевший в Сочи, вернулся в аэропорт Кременска во вторник днём из-за отказа "
        "двигателя; на борту было 148 пассажиров, никто не пострадал.",
        37.0,
    ),
    (
        "ru-posadka-polyarnaya",
        "Экстренная посадка в Кременске",
        "Все 148 пассажиров целы.",
        37.4,
    ),
    (
        "ru-posadka-polyarnaya",
        "Причиной аварийной посадки назвали птицу в двигателе",
        "Специалисты авиакомпании нашли в двигателе остатки птицы; пассажиров отправили в Сочи "
        "резервным бортом.",
        49.0,
    ),
    (
        "ru-posadka-polyarnaya/zabastovka",
        "Пилоты «Полярной линии» грозят забастовкой",
        "Профсоюз лётного состава авиакомпании потребовал поднять зарплаты на 20 процентов и "
        "пригрозил остановить полёты в январе.",
        62.0,
    ),
    (
        "ru-posadka-polyarnaya/zabastovka",
        "Лётчики требуют прибавки",
        "Профсоюз готов к забастовке с января.",
        62.5,
    ),
    (
        "ru-deputat-dtp",
        "Депутат Игорь Сомов пострадал в аварии",
        "Машина депутата областной думы столкнулась в пятницу утром с грузовиком на трассе под "
        "Заозёрском; Сомов госпитализирован с переломом руки.",
        105.0,
    ),
    (
        "ru-deputat-dtp",
        "ДТП с депутатом под Заозёрском",
        "Сомов в больнице, водитель грузовика задержан.",
        105.5,
    ),
    (
        "ru-deputat-dtp",
        "Сомов выписан: «Спасибо врачам»",
        "Депутат вернулся домой на следующий день после аварии и пообещал выйти на работу уже "
        "на следующей неделе.",
        130.0,
    ),
    (
        "ru-deputat-dtp/zakonoproekt",
        "Сомов внёс законопроект о сельских автобусах",
        "Документ обязывает область сохранить рейсы в сёла с населением от ста человек; "
        "депутат внёс его в думу в воскресенье, ещё с гипсом на руке.",
        152.5,
    ),
    (
        "ru-deputat-dtp/zakonoproekt",
        "Законопроект о сельских маршрутах",
        "Сомов хочет спасти автобусы в малые сёла.",
        153.5,
    ),
    (
        "ru-dom-treshchina",
        "Жильцов дома на Лесной выселили из-за трещины",
        "По стене пятиэтажки на улице Лесной в Кременске в понедельник пошла трещина; из дома "
        "вывели 60 человек.",
        15.0,
    ),
    (
        "ru-dom-treshchina",
        "Трещина в доме на Лесной",
        "Жильцов вывели на улицу.",
        15.5,
    ),
    (
        "ru-dom-treshchina",
        "Дом на Лесной признали аварийным",
        "Комиссия решила, что жить в пятиэтажке нельзя; семьям, а их уже 27, дадут временное "
        "жильё.",
        38.0,
    ),
    (
        "ru-dom-treshchina/pozhar",
        "Пожар в расселённом доме на Лесной",
        "В четверг вечером загорелась квартира на третьем этаже пустого аварийного дома; "
        "пожарные подозревают поджог.",
        97.0,
    ),
    (
        "ru-dom-treshchina/pozhar",
        "Горел пустой дом в Кременске",
        "Пострадавших нет, полиция ищет поджигателей.",
        97.5,
    ),
    (
        "ru-teplotrassa-ozerki",
        "Прорыв теплотрассы оставил Озерки без тепла",
        "Во вторник утром в посёлке Озерки лопнула магистральная труба; без отопления остались "
        "40 домов при морозе минус 25.",
        32.0,
    ),
    (
        "ru-teplotrassa-ozerki",
        "Озерки без отопления",
        "Коммунальщики ищут место прорыва.",
        32.5,
    ),
    (
        "ru-teplotrassa-ozerki",
        "В Озерках без тепла уже 120 домов",
        "Отключение оказалось масштабнее, чем сообщалось; прокуратура начала проверку "
        "управляющей компании.",
        44.5,
    ),
    (
        "ru-teplotrassa-ozerki",
        "«Дети спят в куртках»: как Озерки пережили ночь без тепла",
        "Жители посёлка рассказали, как грелись у электроплиток, пока аварийные бригады меняли "
        "лопнувший участок трубы.",
        50.0,
    ),
    (
        "ru-pozhar-rynok-verkhneborsk",
        "Горит крытый рынок в Верхнеборске",
        "В четверг на рассвете загорелся центральный рынок Верхнеборска; огонь охватил 1500 "
        "квадратных метров.",
        80.0,
    ),
    (
        "ru-pozhar-rynok-verkhneborsk",
        "Пожар на рынке Верхнеборска",
        "Площадь возгорания полторы тысячи метров.",
        80.5,
    ),
    (
        "ru-pozhar-rynok-verkhneborsk",
        "Рынок в Верхнеборске сгорел из-за проводки",
        "Следователи назвали причиной пожара короткое замыкание; торговцы оценивают убытки в "
        "90 миллионов рублей.",
        94.0,
    ),
    (
        "ru-hokkey-metallurg",
        "«Металлург» обыграл лидера в овертайме",
        "Хоккеисты из Верхнеборска победили 3:2, победную шайбу забросил Артём Лисицын.",
        64.0,
    ),
    (
        "ru-hokkey-metallurg",
        "Лисицын принёс победу в овертайме",
        "«Металлург» взял верх над лидером со счётом 3:2.",
        65.0,
    ),
    (
        "ru-rybaki-lyod",
        "На Белом озере оторвало льдину с рыбаками",
        "Спасатели в субботу снимают со льдины рыбаков, которых унесло от берега; сначала "
        "сообщали о 15 людях.",
        128.0,
    ),
    (
        "ru-rybaki-lyod",
        "Рыбаки на льдине",
        "Спасатели вышли на лодках.",
        128.5,
    ),
    (
        "ru-rybaki-lyod",
        "Со льдины на Белом озере сняли 23 рыбака",
        "Все люди доставлены на берег, двоих с переохлаждением увезли в больницу.",
        136.0,
    ),
    (
        "ru-prigovor-mer",
        "Бывший мэр Заозёрска получил шесть лет",
        "Суд признал Виктора Гурьева виновным во взятке при продаже городской земли.",
        86.5,
    ),
    (
        "ru-prigovor-mer",
        "Гурьеву дали шесть лет",
        "Экс-мэр Заозёрска осуждён за взятку.",
        87.0,
    ),
    (
        "ru-vystavka-kremensk",
        "В музее Кременска открылась выставка самоваров",
        "В экспозиции больше двухсот самоваров из частных коллекций.",
        120.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a bus or coach crash and the same operator's fare rise days later": (
        "en-coach-overturn-thornbury/fares",
        "de-linienbus-lindenau/tarif",
        "es-autobus-penaseca/tarifas",
    ),
    "a chemical leak at a plant and the same firm's job cuts there days later": (
        "en-chlorine-leak-wexcombe/jobs",
        "fr-fuite-vernoux/emplois",
        "nl-ammoniaklek-lindeloo/banen",
    ),
    "a crowd crush or stand collapse at a ground and the next match played there": (
        "en-crush-pellbrook/next-match",
        "it-calca-valsorda/partita",
        "pt-bancada-vale-formoso/jogo",
    ),
    "an airliner's emergency landing and the same airline's pilots threatening a strike": (
        "en-emergency-landing-corran/strike-vote",
        "de-notlandung-brackfeld/urabstimmung",
        "ru-posadka-polyarnaya/zabastovka",
    ),
    "a cable car stranding its passengers and an avalanche at the same mountain days later": (
        "de-gondel-gramsspitz/lawine",
        "fr-telepherique-aurande/avalanche",
        "it-funivia-tressa/valanga",
    ),
    "a fishing boat lost at sea and its home harbour's festival or regatta days later": (
        "en-trawler-mossport/festival",
        "pt-traineira-celeiro/festa",
        "es-pesquero-ortal/regata",
    ),
    "a politician hurt in a road crash and the same politician's bill or plan days later": (
        "en-mp-crash-hadley/broadband",
        "nl-kamerlid-ongeluk/wetsvoorstel",
        "ru-deputat-dtp/zakonoproekt",
    ),
    "a block of flats evacuated over cracks and a fire in the same empty block days later": (
        "fr-immeuble-sainte-orane/incendie",
        "es-edificio-monteluz/incendio",
        "ru-dom-treshchina/pozhar",
    ),
    "a company boss arrested and the same company opening a new plant days later": (
        "it-arresto-marsani/stabilimento",
        "pt-detencao-alvim/fabrica",
        "nl-aanhouding-vandermolen/fabriek",
    ),
}
