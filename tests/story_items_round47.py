"""A forty-seventh check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 46: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one week of world news in late August
(disasters and weather abroad: wildfires, floods, earthquakes, landslides, heatwaves and storms;
transport accidents and rescues at sea and in the mountains; migration and border crossings;
humanitarian aid and appeals; wars, ceasefires and prisoner swaps) as a reader's world-news
feeds carry it at daily-digest density: 41 to 50 items a day (48, 49, 50, 50, 42, 43 and 41 from
Monday to Sunday), spanning 2.0 to 166.0 hours. It holds 323 items under 134 labels: 110 stories
and 24 hard negatives; 45 labels in English (113 items), 14 in French (33 items) and German (32
items), 13 in Russian (31 items), 12 in Spanish (31 items), Italian (29 items), Portuguese (27
items) and Dutch (27 items). Big stories are carried by two to four outlets over a day (a wire
flash or teaser first, then a fuller page, then a reaction or aid piece hours later that names
the event only by its place, its actor or one detail: "'Our children can sleep tonight,' says
Sorel's mayor", "Red Cross sends water and tarpaulins to San Aurelio", "Dravicas
Bürgermeisterin: „So etwas hat hier noch keiner erlebt“", «Ojalá esta vez sea de verdad», "Il
sindaco di Santa Nera chiede più navi per i trasferimenti"), and fifteen of them have a next-day
follow-up with a new fact 16 to 24 hours after the first copy (Typhoon Lumen's toll at 19, the
farmer held over the Crete blaze, the first quiet day on the Sorel front, the woman pulled alive
in Yesilkale, the bus wreck found in the Marsa river, St Auberon's four dead, the Hollis Creek
fire held short of Kelso Bay, Linshuj's toll at 21, Slovenia asking the EU for help after
Dravica, water bombers for Lac-aux-Brumes, the Kalvaro truce's first night, San Telmo de las
Flores' toll at 19, Valea Mare's toll at nine, Vale Dourado's seven dead, the Var fire under
control). 62 labels have two copies, 44 three, 13 four, and 15 stories are told by one outlet.
119 stories and hard negatives have a teaser copy whose lead is under 80 characters beside a
fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four are two events on the
SAME day at the same place or actor, 5 to 10.5 hours apart: a prisoner exchange at a border
crossing and shelling of a village near the same crossing (Harvel and Dornitsa, «Гранное» and
Лесовое, Kysyl-Bel and Aktasch); a migrant boat landing at an island harbour and an engine-room
fire on a ferry in the same harbour (Port-Kalos on Tilonos, La Caleta de Tamarco on El Hierro,
Santa Nera); a charity's appeal for one crisis and an attack on the same charity's staff in
another country (Lichtblick for Garessa and its convoy in Kadessa, Mãos Unidas for Tambara and
its jeep in Sarpal, Waterbron for Kessaly and its car in Morvala); a mountain rescue of stranded
climbers and a landslide or mudflow cutting the valley road below the same mountain (the aiguille
du Praz, the Monte Cervale, the пик Каракая). Four fall days later, 66 to 98.5 hours apart: a
ceasefire agreed between two sides and a prisoner swap between the same two sides (Ashkar and
Belvane, Kalvaro and the Frente del Sur, Арвения and Салдар); a border crossing reopened after a
closure and a lorry with hidden migrants found at the same crossing (Halbturn-Süd, Rábaszeg,
Pacaruna); an earthquake in a region and a wildfire in the same region (the Maule, the
Peloponnese around Kastrakia, the province of Granada); a minister's or UN official's visit to a
refugee camp and a fire in the same camp (Tarsa on Kyros, Oum Sélé, Wadi Safra). Twelve hard
negatives fall within 48 hours of their story, twelve beyond it.

The week also stresses what a world desk really carries side by side: six prisoner swaps in five
wars, several ceasefires, one war (Ostrenia and Vardania) in many stories and languages (the
Harvel swap and the Dornitsa shelling, the Vienna donors, the Lenbruk power station, the Mirsk
corridor, the Selin port, two mine clearers killed near Kolvy, a Portuguese reporter wounded),
one crisis country in many (Garessa's refugees, its freed Canadian nurse, its airdrops on
Kabiro, two French engineers freed, an Italian aid worker kidnapped, Lichtblick's appeal), the
Kessaly floods in three aid stories in three languages, nine wildfires, eight heat records or
heat warnings, several migrant boats, ferry and cruise-ship accidents, and several mountain
rescues.

What "same story" means here: one event (one fire, flood, quake, storm, landslide or heat
record, one crash or sinking, one rescue, one boat's arrival, one appeal, one attack, one truce,
one swap, one visit) in that event's news cycle, including the aid and reaction pieces hours
later that name only its place or one detail, and a next-day follow-up with a new fact. Not the
same story: another event of the same kind or at the same place or with the same actor, even on
the same day, and two events in two languages are never one story here. A label with a suffix
after a slash is a hard negative of the story before the slash (categories in `HARD_NEGATIVES`).
No story has more than four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, charities, firms, ships, towns, camps, crossings, peaks and countries (Ostrenia,
Vardania, Ashkar, Belvane, Garessa, Nour-Tamba, Kessaly, Kalvaro, Tarsistan, Bolkar, Арвения,
Салдар, Kadessa, Tambara, Sarpal, Morvala, Dravia, St Auberon) are invented here; real places
and bodies appear only as backdrop (Crete, Cagayan, Valletta, Valais, Andalusia, Chamonix,
Vienna, Majorca, Cyprus, the Faroe Islands, El Hierro, the Maule, the Darién, the Peloponnese,
Goa, Rio Grande do Sul, the Var, Tirol, the Red Cross, the UN agencies, Frontex).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 46's docstring and first lines and its
HARD_NEGATIVES block were read for the format only; earlier sets were only compared by script
for clashing labels, texts and categories), and never run through the merging code before its
one scoring run, `python -m bench.stories --round47`. Once its errors have been read it is no
longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-typhoon-lumen-luzon",
        "Typhoon Lumen makes landfall in northern Philippines",
        "The storm hit the Cagayan coast with winds of 175 km/h.",
        2.0,
    ),
    (
        "en-typhoon-lumen-luzon",
        "Typhoon Lumen tears roofs off homes in San Aurelio as 40,000 flee",
        "The storm came ashore before dawn near the fishing town of San Aurelio, cutting power to "
        "most of the province and leaving at least seven people dead, the national disaster "
        "agency said.",
        6.0,
    ),
    (
        "en-typhoon-lumen-luzon",
        "Red Cross sends water and tarpaulins to San Aurelio",
        "The aid group said its first trucks had reached the battered fishing town by the "
        "afternoon, with more stuck behind fallen trees on the coast road.",
        17.0,
    ),
    (
        "en-typhoon-lumen-luzon",
        "Typhoon death toll rises to 19 as Lumen heads out over the sea",
        "Rescuers found twelve more bodies in flooded villages along the Cagayan river overnight "
        "while the weakening storm moved away towards the Taiwan Strait.",
        25.5,
    ),
    (
        "en-wildfire-crete-villages",
        "Wildfire forces evacuation of villages on Crete",
        "Four villages above Sfakiano were emptied overnight as the flames spread.",
        3.0,
    ),
    (
        "en-wildfire-crete-villages",
        "Crete wildfire: 1,200 people moved out as winds push flames towards the coast",
        "Firefighting planes from Athens joined the crews at dawn after the blaze, which began in "
        "scrubland near Sfakiano on Sunday evening, jumped a ravine and reached the olive groves "
        "on the edge of Ano Melissa.",
        4.5,
    ),
    (
        "en-wildfire-crete-villages",
        "'We left with the clothes we wore,' say Ano Melissa villagers",
        "Residents sheltering in a school gym in the port town describe a night of smoke and "
        "sirens as the fire reached their olive terraces.",
        11.0,
    ),
    (
        "en-wildfire-crete-villages",
        "Farmer arrested over Crete blaze as the winds ease",
        "Police on the island said early on Tuesday that a 58-year-old man was being held on "
        "suspicion of burning stubble that set off the fire near Sfakiano; crews now have two of "
        "its three fronts under control.",
        25.0,
    ),
    (
        "en-ferry-aground-pelonisi",
        "Ferry runs aground off Greek island with 600 aboard",
        "No injuries reported after the Nissos Elpida struck rocks near Pelonisi.",
        8.0,
    ),
    (
        "en-ferry-aground-pelonisi",
        "Passengers taken off ferry stuck on rocks near Pelonisi",
        "Coastguard boats carried 612 passengers and crew to the island's harbour after the "
        "vessel hit a reef in calm seas on Monday morning; the captain has been questioned by "
        "port police.",
        9.0,
    ),
    (
        "en-refugees-flee-into-nour-tamba",
        "Thousands flee into Nour-Tamba as fighting spreads in Garessa",
        "The UN refugee agency counts 30,000 arrivals in a single week.",
        10.0,
    ),
    (
        "en-refugees-flee-into-nour-tamba",
        "Refugee agency says 30,000 have crossed into Nour-Tamba in seven days",
        "Families from Garessa's eastern provinces are arriving on foot and by donkey cart at the "
        "border town of Bir Kassa, the agency said, many of them women and children who walked "
        "for days without food.",
        10.8,
    ),
    (
        "en-climbers-rescued-piz-dulan",
        "Three climbers plucked from Swiss peak after a night on a ledge",
        "A helicopter crew lifted the stranded party off Piz Dulan.",
        12.0,
    ),
    (
        "en-climbers-rescued-piz-dulan",
        "Rescue helicopter lifts three British climbers off Piz Dulan",
        "The climbers, caught by a storm near the summit ridge on Sunday, spent the night on a "
        "narrow ledge at 3,600 metres before the weather cleared enough for a winch rescue, "
        "Valais police said.",
        13.5,
    ),
    (
        "en-ceasefire-ashkar-belvane",
        "Ashkar and Belvane agree ceasefire in border war",
        "The truce is to take effect at midnight after talks in Valletta.",
        14.0,
    ),
    (
        "en-ceasefire-ashkar-belvane",
        "Ashkar and Belvane sign truce to end six weeks of fighting over the Sorel valley",
        "Negotiators from both governments signed the deal in Valletta on Monday afternoon; it "
        "freezes the front line in the disputed valley and opens a corridor for aid to the town "
        "of Sorel.",
        14.6,
    ),
    (
        "en-ceasefire-ashkar-belvane",
        "'Our children can sleep tonight,' says Sorel's mayor",
        "Mayor Idris Banaya said residents were cautious but hopeful as the hour of the truce "
        "approached in the valley town.",
        21.0,
    ),
    (
        "en-ceasefire-ashkar-belvane",
        "Observers report a quiet first day along the Sorel front",
        "A team of 40 monitors from neutral states began patrols on Tuesday and said neither side "
        "had fired since midnight, the first full day without shelling since early July.",
        36.5,
    ),
    (
        "en-heatwave-record-alcarez",
        "Spanish town sets national heat record of 47.6C",
        "Alcarez in Andalusia beat the old record by 0.2 degrees.",
        16.0,
    ),
    (
        "en-heatwave-record-alcarez",
        "Spain records its hottest day as thermometers in Alcarez hit 47.6C",
        "The state weather agency confirmed the reading on Monday evening and kept red warnings "
        "in force for six provinces, with outdoor work banned in the afternoons.",
        18.5,
    ),
    (
        "en-dinghy-rescue-pelagra",
        "Coastguard rescues 48 from sinking dinghy south of Pelagra",
        "Italian crews pulled the migrants from the water overnight.",
        27.0,
    ),
    (
        "en-dinghy-rescue-pelagra",
        "48 rescued and two missing after dinghy deflates off Pelagra",
        "The rubber boat, which left the Libyan coast on Sunday, began taking on water 30 "
        "nautical miles south of the island; a woman and a child are still missing, the "
        "coastguard said.",
        28.5,
    ),
    (
        "en-dinghy-rescue-pelagra",
        "Charity ship Sea Lantern joins search for the missing pair",
        "The rescue vessel was diverted to the waters south of Pelagra on Tuesday afternoon at "
        "the coastguard's request, its crew said.",
        34.0,
    ),
    (
        "en-wildfire-kalemli-bay",
        "Tourists evacuated by boat as wildfire nears Turkish resort",
        "Hotels at Kalemli Bay were emptied as the flames reached the pines.",
        29.0,
    ),
    (
        "en-wildfire-kalemli-bay",
        "Wildfire on Turkey's Aegean coast forces evacuation of Kalemli Bay hotels",
        "Around 3,000 holidaymakers were taken off the beaches by coastguard and fishing boats on "
        "Tuesday as a fire that started in forest inland swept down towards the resort.",
        30.0,
    ),
    (
        "en-wildfire-kalemli-bay",
        "Holidaymakers describe fleeing Kalemli by fishing boat",
        "'We could see the flames from the pool,' one guest said after landing at a neighbouring "
        "town with her two sons.",
        38.0,
    ),
    (
        "en-un-appeal-kessaly-floods",
        "UN appeals for $120m to help Kessaly flood victims",
        "Its aid chief says 900,000 people need food and clean water.",
        31.0,
    ),
    (
        "en-un-appeal-kessaly-floods",
        "UN launches $120m flash appeal as Kessaly floodwaters stay high a month on",
        "The UN humanitarian office said on Tuesday that more than 900,000 people in the "
        "low-lying delta still needed food aid, with cholera cases rising in the camps along the "
        "embankments.",
        32.5,
    ),
    (
        "en-refugee-camp-visit-tarsa",
        "UN refugee chief visits overcrowded Tarsa camp",
        "The camp on Kyros holds four times the people it was built for.",
        34.5,
    ),
    (
        "en-refugee-camp-visit-tarsa",
        "UN refugee chief calls conditions at Greek island's Tarsa camp 'unacceptable'",
        "Helene Marchetti toured the camp on Kyros on Tuesday, where 5,200 asylum seekers live in "
        "containers and tents built for 1,300, and urged EU states to take in unaccompanied "
        "children.",
        35.5,
    ),
    (
        "en-refugee-camp-visit-tarsa",
        "'Not a place for children,' Marchetti says on Kyros",
        "The head of the refugee agency met teenagers who said they had waited eight months for "
        "an asylum interview.",
        44.0,
    ),
    (
        "en-train-derailment-sonakhet",
        "Express train derails in eastern India",
        "Several of the coaches overturned near Sonakhet station.",
        43.0,
    ),
    (
        "en-train-derailment-sonakhet",
        "At least 14 dead as Howrah-bound express derails near Sonakhet",
        "Nine coaches left the tracks at speed on Tuesday evening; rescuers were cutting through "
        "the overturned carriages through the night, railway officials said.",
        44.0,
    ),
    (
        "en-train-derailment-sonakhet",
        "Railway minister orders inquiry into the Sonakhet crash",
        "Signal records from the junction will be examined first, the minister told reporters at "
        "the scene as cranes lifted the wreckage.",
        47.5,
    ),
    (
        "en-climbers-missing-baltar-kangri",
        "Two Spanish climbers missing on Karakoram peak",
        "Pakistani army helicopters were due to search the upper slopes of Baltar Kangri at first "
        "light after the pair failed to return to their high camp on Monday.",
        45.0,
    ),
    (
        "en-quake-yesilkale",
        "Magnitude 6.1 earthquake strikes eastern Turkey",
        "Buildings have collapsed in the town of Yesilkale.",
        50.0,
    ),
    (
        "en-quake-yesilkale",
        "Quake kills at least 11 in the eastern Turkish town of Yesilkale",
        "The tremor struck at 1.40am local time at a depth of 10 km, bringing down two apartment "
        "blocks and a minaret as people slept, the disaster agency said.",
        51.0,
    ),
    (
        "en-quake-yesilkale",
        "Rescue dogs and teams from Azerbaijan arrive in Yesilkale",
        "Search teams worked through the afternoon in the rubble of the two flattened blocks, "
        "listening for signs of life.",
        60.5,
    ),
    (
        "en-quake-yesilkale",
        "Woman pulled alive from rubble 20 hours after Turkish quake",
        "Rescuers in Yesilkale cheered as a 34-year-old was lifted out of the ruins of a block on "
        "Wednesday night; the death toll now stands at 23.",
        70.0,
    ),
    (
        "en-migrant-caravan-tapalco",
        "Migrant caravan of 3,000 sets out from southern Mexico",
        "The group left Tapalco heading for the US border.",
        52.0,
    ),
    (
        "en-migrant-caravan-tapalco",
        "Thousands of migrants leave Tapalco on foot in a new caravan north",
        "Most of the walkers are from Central America and Venezuela and say they are tired of "
        "waiting months for papers in the border town; police escorted them along the highway.",
        53.5,
    ),
    (
        "en-prisoner-swap-harvel-crossing",
        "Ostrenia and Vardania swap 90 prisoners each",
        "The exchange took place at the Harvel border crossing.",
        56.0,
    ),
    (
        "en-prisoner-swap-harvel-crossing",
        "Ninety soldiers from each side freed in Ostrenia-Vardania prisoner exchange",
        "The captives crossed on foot at the Harvel checkpoint on Wednesday morning under the "
        "eyes of Swiss mediators, in the third such swap since the war began.",
        57.0,
    ),
    (
        "en-prisoner-swap-harvel-crossing",
        "Freed Vardanian soldiers tell of hunger in captivity",
        "Men handed back at Harvel said they had lost up to 20 kg in the prison camps and had not "
        "been allowed to write home.",
        63.0,
    ),
    (
        "en-prisoner-swap-harvel-crossing/shelling",
        "Shelling kills four in village near Harvel crossing",
        "Dornitsa was hit hours after the swap at the nearby checkpoint.",
        61.0,
    ),
    (
        "en-prisoner-swap-harvel-crossing/shelling",
        "Four civilians killed as shells hit Dornitsa, near the Harvel crossing",
        "Artillery fire struck the village's market street on Wednesday afternoon, Vardanian "
        "officials said, hours after the prisoner exchange at the checkpoint 6 km away; Ostrenia "
        "denied firing.",
        62.0,
    ),
    (
        "en-cruise-ship-fire-lysvik",
        "Fire on cruise ship in Norwegian fjord; 900 evacuated",
        "Aurora Vale passengers were taken ashore at Lysvik.",
        55.0,
    ),
    (
        "en-cruise-ship-fire-lysvik",
        "Cruise ship Aurora Vale evacuated after engine-room fire near Lysvik",
        "All 912 passengers and 400 crew were taken off by lifeboats and local ferries on "
        "Wednesday morning; two crew members were treated for smoke inhalation, Norwegian "
        "rescuers said.",
        56.0,
    ),
    (
        "en-cruise-ship-fire-lysvik",
        "Cruise line cancels the rest of the Aurora Vale's Arctic voyage",
        "Passengers stranded in Lysvik will be flown home from Bergen at the company's cost, "
        "Meridian Cruises said.",
        64.0,
    ),
    (
        "en-migrants-stranded-dravia-border",
        "Dozens of migrants stuck in forest on the Dravia border",
        "Neither side lets the group of 60 pass, aid workers say.",
        58.0,
    ),
    (
        "en-migrants-stranded-dravia-border",
        "Sixty migrants trapped for a week between Dravian and Lithuanian border guards",
        "Aid workers who reached the group near the village of Kalnava said several were ill "
        "after drinking swamp water; Lithuania says the crossing was irregular and Dravia refuses "
        "to take them back.",
        59.5,
    ),
    (
        "en-flash-floods-swarni-valley",
        "Flash floods sweep through Pakistan's Swarni valley",
        "At least 30 are dead after streams burst in a cloudburst.",
        62.0,
    ),
    (
        "en-flash-floods-swarni-valley",
        "Cloudburst triggers floods that kill 34 in northern Pakistan valley",
        "Torrents of mud and boulders swept away houses and a bridge in the Swarni valley on "
        "Wednesday afternoon; the army sent helicopters to reach villages cut off by the water.",
        63.5,
    ),
    (
        "en-flash-floods-swarni-valley",
        "Pakistani army lifts 400 tourists out of cut-off Swarni resort",
        "Holidaymakers stranded in hotels since the bridge collapsed were flown to the district "
        "town overnight.",
        71.0,
    ),
    (
        "en-serac-fall-mont-vallet",
        "Two climbers killed by falling ice in French Alps",
        "A serac on Mont Vallet collapsed onto a roped party.",
        66.0,
    ),
    (
        "en-serac-fall-mont-vallet",
        "Ice tower collapse on Mont Vallet kills two Italian climbers",
        "The serac gave way at around 7am as the four-member party crossed a glacier below the "
        "summit; the two survivors were flown to hospital in Chamonix, the gendarmerie said.",
        67.0,
    ),
    (
        "en-hailstorm-castelrosso-vineyards",
        "Hailstorm flattens vineyards in northern Italy weeks before the harvest",
        "Growers around the Piedmont village of Castelrosso said hailstones the size of walnuts "
        "stripped the vines on Wednesday evening, destroying up to 80% of some crops.",
        69.0,
    ),
    (
        "en-landslide-bus-tharkot",
        "Landslide buries bus on Nepal highway",
        "Dozens are feared trapped near Tharkot.",
        78.0,
    ),
    (
        "en-landslide-bus-tharkot",
        "Bus carrying 38 swept into river by landslide near Tharkot",
        "The hillside gave way after days of monsoon rain on Thursday morning, pushing the bus "
        "and a lorry into the swollen Marsa river; soldiers and divers are searching downstream.",
        79.5,
    ),
    (
        "en-landslide-bus-tharkot",
        "Divers find bus wreck in the Marsa river; 21 bodies recovered",
        "Nepalese rescuers located the vehicle 2 km downstream of Tharkot late on Thursday but "
        "say the fast current is hampering the recovery of the rest.",
        95.0,
    ),
    (
        "en-aid-worker-freed-dalla",
        "Kidnapped Canadian aid worker freed in Garessa",
        "The nurse was released after 11 weeks in captivity.",
        80.0,
    ),
    (
        "en-aid-worker-freed-dalla",
        "Canadian nurse Marie Okafor freed by gunmen in Garessa after 11 weeks",
        "She was handed to local elders in the northern town of Dalla on Thursday and flown to "
        "the capital; Ottawa denied paying a ransom to her captors.",
        82.0,
    ),
    (
        "en-sightseeing-plane-kereru-glacier",
        "Five killed as sightseeing plane crashes near glacier",
        "A small aircraft went down in New Zealand's Southern Alps.",
        87.5,
    ),
    (
        "en-sightseeing-plane-kereru-glacier",
        "Sightseeing plane crashes into snowfield near Kereru Glacier, killing pilot and four "
        "tourists",
        "The single-engine aircraft went down in cloud on Thursday afternoon on a scenic flight "
        "from the town of Haupiri; a mountain guide reached the wreck on foot.",
        88.5,
    ),
    (
        "en-hurricane-delphine-st-auberon",
        "Hurricane Delphine slams into St Auberon",
        "The category 3 storm hit the Caribbean island's east coast.",
        86.0,
    ),
    (
        "en-hurricane-delphine-st-auberon",
        "Hurricane Delphine cuts power to all of St Auberon as it crosses the island",
        "The storm made landfall near Port Mathis with sustained winds of 190 km/h on Thursday, "
        "tearing roofs off homes and flooding the airport; no deaths have yet been confirmed.",
        87.0,
    ),
    (
        "en-hurricane-delphine-st-auberon",
        "'The wind screamed for six hours,' Port Mathis residents say",
        "Families leaving the shelters found streets strewn with sheets of corrugated iron and "
        "palm fronds.",
        91.0,
    ),
    (
        "en-hurricane-delphine-st-auberon",
        "St Auberon counts four dead as Delphine weakens over the Atlantic",
        "The island's government declared a state of emergency on Friday and asked Britain and "
        "France for ships carrying water and generators.",
        104.5,
    ),
    (
        "en-donor-conference-vardania-grid",
        "Donors pledge $4bn to rebuild Vardania's power grid",
        "The conference in Vienna ended with pledges from 41 states.",
        88.0,
    ),
    (
        "en-donor-conference-vardania-grid",
        "Vienna donor conference raises $4bn for Vardanian energy repairs",
        "The money will go to transformers, gas turbines and repairs to the hydropower dam at "
        "Kostel, the organisers said on Thursday, with the EU and Japan the biggest donors.",
        89.0,
    ),
    (
        "en-ferry-capsize-lake-ombara",
        "Dozens missing after ferry capsizes on Lake Ombara",
        "A boat carrying traders overturned off Tanzania's Kisiri island.",
        90.0,
    ),
    (
        "en-ferry-capsize-lake-ombara",
        "Overloaded ferry capsizes on Lake Ombara; 17 dead and dozens missing",
        "The wooden ferry, licensed for 80, was carrying around 150 market traders and sacks of "
        "maize when it tipped over in high winds off Kisiri island on Thursday, police said.",
        90.8,
    ),
    (
        "en-ferry-capsize-lake-ombara",
        "Tanzanian president orders arrest of the Kisiri ferry's owner",
        "He said the boat had been dangerously overloaded and ordered checks on every passenger "
        "vessel on the lake.",
        94.5,
    ),
    (
        "en-smugglers-jailed-kalamata",
        "Greek court jails six smugglers over boat that sank last year",
        "Judges in Kalamata gave the men sentences of up to 14 years for their part in a crossing "
        "from Tobruk in which 38 people drowned off the Peloponnese.",
        93.0,
    ),
    (
        "en-storm-port-darena",
        "Sudden storm sinks yachts off Majorca",
        "Winds of 120 km/h struck the island's marinas.",
        105.5,
    ),
    (
        "en-storm-port-darena",
        "Freak storm sinks boats and uproots trees across Majorca resort of Port d'Arena",
        "The squall hit the bay within minutes on Friday morning, tearing 30 yachts from their "
        "moorings; a German sailor is missing and 14 people were treated in hospital.",
        106.5,
    ),
    (
        "en-storm-port-darena",
        "Port d'Arena's harbourmaster: 'Nobody warned us'",
        "Skippers asked why no alert was sent before the squall tore through the marina, as "
        "divers searched the harbour for the missing sailor.",
        112.0,
    ),
    (
        "en-refugee-camp-visit-tarsa/camp-fire",
        "Fire sweeps through Tarsa camp on Kyros",
        "Hundreds of tents burned; no deaths have been reported.",
        100.5,
    ),
    (
        "en-refugee-camp-visit-tarsa/camp-fire",
        "Fire destroys a third of Tarsa camp, leaving 1,800 asylum seekers without shelter",
        "The blaze broke out in the camp's southern section late on Thursday and was fanned by "
        "strong winds; police on the Greek island are investigating whether it was set "
        "deliberately.",
        101.5,
    ),
    (
        "en-heatwave-cyprus-sites",
        "Cyprus shuts archaeological sites in 45C heat",
        "Ancient sites will close from noon until Sunday.",
        108.0,
    ),
    (
        "en-heatwave-cyprus-sites",
        "Heatwave forces Cyprus to close ancient sites and send civil servants home",
        "The island's government ordered archaeological parks shut from noon as temperatures "
        "passed 45C inland on Friday, and hospitals reported dozens of heatstroke cases.",
        109.0,
    ),
    (
        "en-ceasefire-ashkar-belvane/prisoner-swap",
        "Ashkar and Belvane swap 212 prisoners",
        "The exchange took place at a checkpoint on the Sorel valley road.",
        104.0,
    ),
    (
        "en-ceasefire-ashkar-belvane/prisoner-swap",
        "Ashkar and Belvane exchange 212 prisoners of war four days into truce",
        "Buses carrying the captured soldiers met at a checkpoint in the valley on Friday "
        "morning; the Red Cross, which arranged the swap, said it was the largest since the war "
        "began.",
        105.0,
    ),
    (
        "en-ceasefire-ashkar-belvane/prisoner-swap",
        "Freed soldiers greeted with flowers in Belvane's capital",
        "Families waited for hours outside a military hospital in Tirenna for the 106 men handed "
        "back by Ashkar.",
        113.0,
    ),
    (
        "en-shipwreck-ras-marsa",
        "Boat capsizes off Libya; 61 migrants feared dead",
        "Survivors were brought ashore at Ras Marsa.",
        110.0,
    ),
    (
        "en-shipwreck-ras-marsa",
        "At least 61 feared drowned as migrant boat capsizes off Ras Marsa",
        "The UN migration agency said 23 survivors were brought ashore on Friday after the wooden "
        "boat, carrying mostly Sudanese and Eritrean passengers, overturned in rough seas.",
        111.0,
    ),
    (
        "en-shipwreck-ras-marsa",
        "Smugglers crammed 90 onto the boat, say Ras Marsa survivors",
        "Aid workers who met the 23 people pulled from the water said the boat had set off "
        "despite warnings of high waves.",
        118.0,
    ),
    (
        "en-missile-strike-lenbruk-power",
        "Missile strike knocks out power plant in Vardania",
        "Half of the city of Lenbruk is without electricity.",
        122.0,
    ),
    (
        "en-missile-strike-lenbruk-power",
        "Ostrenian missiles hit Lenbruk power station, cutting power to 300,000",
        "Vardania's energy ministry said on Saturday that two of the plant's turbines were "
        "destroyed, two days after donors pledged money to rebuild the country's grid.",
        123.0,
    ),
    (
        "en-bus-plunge-huaracocha",
        "Bus plunges into ravine in Peruvian Andes; 23 dead",
        "The coach fell 200 metres off a mountain road near Huaracocha.",
        124.0,
    ),
    (
        "en-bus-plunge-huaracocha",
        "Bus crash in Peru's Andes kills 23 as coach leaves mountain road",
        "The overnight bus from Lima to Huaracocha came off a bend and fell into a gorge early on "
        "Saturday; police said the driver may have fallen asleep.",
        124.8,
    ),
    (
        "en-evacuation-corridor-mirsk",
        "Civilians leave besieged Mirsk through corridor",
        "The first buses in three weeks got out, the Red Cross says.",
        128.0,
    ),
    (
        "en-evacuation-corridor-mirsk",
        "Red Cross convoy brings 1,100 civilians out of besieged Mirsk",
        "The 40 buses left the frontline town under a local truce on Saturday morning, carrying "
        "mostly elderly people and mothers with children to Vardanian-held Kolvy.",
        129.0,
    ),
    (
        "en-evacuation-corridor-mirsk",
        "'We lived in the cellar since June,' says woman brought out of Mirsk",
        "Evacuees arriving at a reception centre in Kolvy described weeks without running water "
        "or medicine.",
        136.0,
    ),
    (
        "en-wildfire-kelso-bay",
        "Wildfire forces 8,000 from Canadian lakeside town",
        "Kelso Bay was ordered out as the flames crossed the highway.",
        136.5,
    ),
    (
        "en-wildfire-kelso-bay",
        "British Columbia orders evacuation of Kelso Bay as wildfire jumps highway",
        "The Hollis Creek fire grew to 14,000 hectares on Saturday afternoon, driven by gusts of "
        "60 km/h, and cut the only road south, officials said; residents were sent north to "
        "Prince George.",
        137.5,
    ),
    (
        "en-wildfire-kelso-bay",
        "Rain helps crews hold the Hollis Creek fire; residents may return on Monday",
        "Officials said on Sunday that cooler weather had stopped the fire one kilometre short of "
        "the town's first houses.",
        155.0,
    ),
    (
        "en-gold-pit-collapse-asomakrom",
        "Illegal gold pit collapses in Ghana, trapping dozens",
        "Miners were buried near the village of Asomakrom.",
        133.0,
    ),
    (
        "en-gold-pit-collapse-asomakrom",
        "At least 18 miners killed as illegal gold pit caves in near Asomakrom",
        "The walls of the open pit collapsed after heavy rain on Saturday while dozens of men "
        "were digging inside, police said; villagers dug with their hands before excavators "
        "arrived.",
        134.0,
    ),
    (
        "en-mediterranean-crossings-july",
        "Mediterranean crossings fell by a third in July, EU border agency says",
        "Frontex counted 9,400 irregular arrivals by sea last month, with the sharpest fall on "
        "the route from Tunisia, while crossings to Spain's Canary Islands rose.",
        139.0,
    ),
    (
        "en-trawler-nordhav-sinks",
        "Trawler sinks off Faroe Islands; seven crew rescued",
        "One fisherman from the Nordhav is missing.",
        151.0,
    ),
    (
        "en-trawler-nordhav-sinks",
        "Seven rescued from life raft as trawler Nordhav sinks in North Atlantic gale",
        "A Danish patrol ship reached the raft before dawn on Sunday after the trawler took on "
        "water in 6-metre waves; the search for the eighth crew member goes on.",
        152.0,
    ),
    (
        "en-trawler-nordhav-sinks",
        "Missing Nordhav deckhand named as 19-year-old from Klaksvik",
        "Islanders gathered at the harbour church as the coastguard widened its search for the "
        "young fisherman.",
        157.0,
    ),
    (
        "en-eruption-mount-serapi",
        "Indonesia's Mount Serapi erupts, sending ash 6 km high",
        "Flights were diverted as the alert was raised to the top level.",
        150.5,
    ),
    (
        "en-eruption-mount-serapi",
        "Thousands evacuated as Mount Serapi erupts on Indonesian island of Lembak",
        "Ash fell on villages within 15 km of the crater on Sunday and the island's airport "
        "closed, the volcanology agency said, after weeks of small tremors.",
        151.5,
    ),
    (
        "en-eruption-mount-serapi",
        "Serapi's ash turns Lembak's villages grey",
        "Farmers covered their faces with cloth as they tried to save their chilli crops under "
        "the falling ash.",
        160.0,
    ),
    (
        "en-food-airdrop-kabiro",
        "WFP begins airdrops of food in Garessa",
        "Sacks of sorghum were dropped near the besieged town of Kabiro.",
        155.0,
    ),
    (
        "en-food-airdrop-kabiro",
        "UN food agency drops 40 tonnes of sorghum on besieged Kabiro",
        "The World Food Programme said on Sunday that its first flights over the town, cut off by "
        "fighting since May, had been a success and that it would repeat them daily.",
        156.0,
    ),
    (
        "en-food-airdrop-kabiro",
        "Sorghum from the sky: Kabiro's residents queue at drop zone",
        "Local volunteers carried the sacks on carts to a school where women and children waited "
        "for rations.",
        164.0,
    ),
    (
        "en-canyon-flash-flood-red-mesa",
        "Hikers rescued after flash flood in Utah canyon",
        "Nine were pulled from ledges in Red Mesa Canyon.",
        158.0,
    ),
    (
        "en-canyon-flash-flood-red-mesa",
        "Nine hikers winched from Red Mesa Canyon after flash flood",
        "The group scrambled onto ledges when a wall of water roared through the narrow slot "
        "canyon on Sunday afternoon; a helicopter lifted them out one by one before dusk.",
        159.0,
    ),
    (
        "en-canyon-flash-flood-red-mesa",
        "Park rangers close slot canyons after Red Mesa rescue",
        "All narrow canyons in the park will stay shut until the storm warning is lifted, the "
        "park service said.",
        165.5,
    ),
    (
        "en-tsunami-warning-vailua",
        "Tsunami warning lifted after strong quake off Vailua",
        "Pacific warning centres called off the alert two hours after the magnitude 7.0 tremor, "
        "which caused no damage beyond a small wave in Vailua's main harbour.",
        163.0,
    ),
    # --- Russian ---
    (
        "ru-obmen-plennymi-kpp-grannoe",
        "Острения и Вардания обменялись пленными",
        "На КПП «Гранное» передали по 50 военных с каждой стороны.",
        7.5,
    ),
    (
        "ru-obmen-plennymi-kpp-grannoe",
        "На КПП «Гранное» прошёл обмен пленными между Остренией и Варданией",
        "Обмен по схеме 50 на 50 состоялся утром в понедельник при посредничестве Красного "
        "Креста; среди освобождённых есть раненые, их сразу увезли в госпитали.",
        8.5,
    ),
    (
        "ru-obmen-plennymi-kpp-grannoe",
        "«Мама узнала меня по голосу»: вернувшиеся из плена рассказали о первых часах свободы",
        "Солдаты, которых передали на «Гранном», говорят, что почти год не получали писем из дома.",
        14.0,
    ),
    (
        "ru-obmen-plennymi-kpp-grannoe/obstrel",
        "Обстрел посёлка у КПП «Гранное»: трое погибших",
        "Снаряды легли в Лесовом через несколько часов после обмена.",
        16.5,
    ),
    (
        "ru-obmen-plennymi-kpp-grannoe/obstrel",
        "В посёлке Лесовое рядом с пунктом пропуска «Гранное» при обстреле погибли трое мирных "
        "жителей",
        "По данным властей Вардании, днём в понедельник снаряды попали в жилые дома и магазин; "
        "утром на этом же участке границы проходил обмен пленными.",
        18.0,
    ),
    (
        "ru-peremirie-arveniya-saldar",
        "Арвения и Салдар объявили перемирие",
        "Огонь в Карасуйской долине прекратится в полночь.",
        32.0,
    ),
    (
        "ru-peremirie-arveniya-saldar",
        "Арвения и Салдар договорились о прекращении огня в Карасуйской долине",
        "Соглашение подписали во вторник министры обороны двух стран; наблюдатели займут высоты "
        "вдоль линии соприкосновения, а беженцы смогут вернуться в сёла долины.",
        33.0,
    ),
    (
        "ru-peremirie-arveniya-saldar",
        "Жители Карасуйской долины встретили новость о перемирии со сдержанной надеждой",
        "«Мы уже дважды слышали такие обещания», — говорит глава села Ортакент.",
        39.5,
    ),
    (
        "ru-peremirie-arveniya-saldar/obmen-plennymi",
        "Арвения и Салдар обменялись пленными",
        "Домой вернулись 64 военнослужащих.",
        127.5,
    ),
    (
        "ru-peremirie-arveniya-saldar/obmen-plennymi",
        "Через четыре дня после перемирия Арвения и Салдар провели первый обмен пленными",
        "В субботу на мосту через реку Карасу стороны передали друг другу по 32 военнослужащих; "
        "обмен согласовали министры обороны двух стран.",
        129.5,
    ),
    (
        "ru-spasenie-alpinistov-pik-karakaya",
        "Спасатели сняли альпинистов с пика Каракая",
        "Четверо провели две ночи на высоте 4 200 метров.",
        79.5,
    ),
    (
        "ru-spasenie-alpinistov-pik-karakaya",
        "С пика Каракая эвакуированы четверо альпинистов, застрявших из-за непогоды",
        "Вертолёт забрал группу из Москвы и Казани утром в четверг, когда над вершиной рассеялась "
        "облачность; у двоих обморожения, их доставили в районную больницу.",
        80.5,
    ),
    (
        "ru-spasenie-alpinistov-pik-karakaya",
        "«Спасибо лётчикам»: альпинисты с Каракаи записали видеообращение",
        "Руководитель группы рассказал, как они двое суток грели воду на последнем баллоне газа.",
        86.5,
    ),
    (
        "ru-spasenie-alpinistov-pik-karakaya/sel-doroga",
        "Сель перекрыл дорогу в ущелье под Каракаей",
        "Отрезаны два села и турбаза.",
        88.5,
    ),
    (
        "ru-spasenie-alpinistov-pik-karakaya/sel-doroga",
        "Селевой поток отрезал сёла в ущелье у подножия пика Каракая",
        "В четверг днём после ливня сошёл сель, который снёс мост и завалил дорогу на протяжении "
        "300 метров; в селах Верхний Джалгы и Учкулак остаются около 600 человек.",
        90.0,
    ),
    (
        "ru-navodnenie-linshuj",
        "В Китае из-за ливней затопило город Линьшуй",
        "Эвакуированы более 60 тысяч жителей.",
        51.5,
    ),
    (
        "ru-navodnenie-linshuj",
        "Наводнение в провинции Хунань: в Линьшуе вода поднялась до второго этажа",
        "За сутки выпала трёхмесячная норма осадков, река вышла из берегов и затопила центр "
        "города; по данным властей, погибли девять человек, еще пятеро пропали без вести.",
        52.5,
    ),
    (
        "ru-navodnenie-linshuj",
        "Жители Линьшуя спасаются на крышах и ждут лодок",
        "Военные на надувных лодках всю ночь вывозили людей из затопленных кварталов.",
        61.5,
    ),
    (
        "ru-navodnenie-linshuj",
        "Число погибших при наводнении в Линьшуе выросло до 21",
        "В четверг вода начала отступать, и спасатели нашли тела в подвалах и на подземной "
        "парковке торгового центра; власти объявили трёхдневный траур.",
        73.0,
    ),
    (
        "ru-avtobus-palomniki-ushchele",
        "Автобус с паломниками упал в ущелье",
        "Погибли не менее 17 человек.",
        100.0,
    ),
    (
        "ru-avtobus-palomniki-ushchele",
        "В горах Ирана автобус с паломниками сорвался в ущелье: 17 погибших",
        "Автобус, следовавший в святой город Мешхед, на спуске потерял управление и упал с высоты "
        "60 метров; местные власти называют причиной отказ тормозов.",
        101.0,
    ),
    (
        "ru-gumanitarnyj-gruz-kessaliya",
        "Самолёт с гуманитарным грузом вылетел в Кессалию",
        "На борту 40 тонн продуктов и палатки для пострадавших от наводнения.",
        112.0,
    ),
    (
        "ru-gumanitarnyj-gruz-kessaliya",
        "В Кессалию доставлены 40 тонн помощи для жертв наводнения",
        "Грузовой борт приземлился в пятницу вечером в аэропорту столицы; продукты, палатки и "
        "бутилированную воду передадут в лагеря беженцев в дельте реки.",
        113.5,
    ),
    (
        "ru-yakhtsmeny-spaseny-barencevo",
        "В Баренцевом море спасли двух яхтсменов",
        "Их яхта перевернулась во время шторма.",
        140.0,
    ),
    (
        "ru-yakhtsmeny-spaseny-barencevo",
        "Норвежские спасатели подняли из воды двух яхтсменов, чья яхта перевернулась в шторм",
        "Мужчины провели в спасательном плоту почти сутки, прежде чем их заметил вертолёт "
        "береговой охраны в субботу днём; оба в сознании.",
        141.0,
    ),
    (
        "ru-yakhtsmeny-spaseny-barencevo",
        "Спасённые в Баренцевом море яхтсмены рассказали о сутках в плоту",
        "Они по очереди вычерпывали воду и экономили последнюю бутылку.",
        146.5,
    ),
    (
        "ru-pozhary-tashdibek-turisty",
        "Туристов эвакуируют из отелей в Ташдибеке",
        "Лесной пожар подошёл к курорту на юге Турции.",
        152.0,
    ),
    (
        "ru-pozhary-tashdibek-turisty",
        "Из-за лесного пожара из отелей турецкого Ташдибека вывезли 2 тысячи туристов",
        "Огонь, начавшийся в сосновом лесу в воскресенье утром, ветер погнал к побережью; среди "
        "эвакуированных — несколько сотен российских отдыхающих, сообщает консульство.",
        153.0,
    ),
    (
        "ru-pozhary-tashdibek-turisty",
        "Российские туристы провели ночь в спортзале после эвакуации из Ташдибека",
        "Туроператоры обещают вернуть деньги за неиспользованные дни или перевезти отдыхающих в "
        "другие отели.",
        159.0,
    ),
    (
        "ru-zhara-rekord-kom-safra",
        "В египетском городе Ком-Сафра зафиксирована рекордная жара",
        "Столбик термометра поднялся до 51 градуса, власти закрыли рынки и школы до вечера, а "
        "туристам советуют не выходить из отелей днём.",
        47.0,
    ),
    (
        "ru-shtorm-sudno-chernoe-more",
        "Грузовое судно дрейфует без хода у побережья Болгарии",
        "Шторм лишил сухогруз «Амур-7» хода в 20 милях от берега; болгарские спасатели взяли его "
        "на буксир, экипаж из 14 человек не пострадал.",
        162.0,
    ),
    # --- German ---
    (
        "de-spendenaufruf-lichtblick-garessa",
        "Hilfswerk Lichtblick bittet um Spenden für die Dürregebiete in Garessa",
        "Die Organisation will 2,5 Millionen Euro für Wasser und Nahrung sammeln; in drei "
        "Provinzen seien die Brunnen ausgetrocknet und das Vieh verendet, sagte die "
        "Geschäftsführerin in Bonn.",
        7.0,
    ),
    (
        "de-spendenaufruf-lichtblick-garessa",
        "Lichtblick startet Nothilfe-Appell für Garessa",
        "Das Hilfswerk sucht 2,5 Millionen Euro für die Opfer der Dürre.",
        9.5,
    ),
    (
        "de-spendenaufruf-lichtblick-garessa/ueberfall-kadessa",
        "Helfer von Lichtblick in Kadessa überfallen",
        "Bewaffnete stoppen einen Konvoi, zwei Fahrer sind verletzt.",
        15.0,
    ),
    (
        "de-spendenaufruf-lichtblick-garessa/ueberfall-kadessa",
        "Bewaffnete überfallen Konvoi des Hilfswerks Lichtblick im Norden Kadessas",
        "Die Angreifer raubten am Montagnachmittag zwei Lastwagen mit Medikamenten und verletzten "
        "zwei einheimische Fahrer, teilte die Organisation mit; die Arbeit in der Region ruhe "
        "vorerst.",
        16.5,
    ),
    (
        "de-hitzewelle-griechenland-inseln",
        "Hitzewelle in Griechenland: Akropolis-Besuche nur noch am Morgen",
        "Bei bis zu 44 Grad schließen die Behörden die antiken Stätten ab Mittag; auf den Inseln "
        "der Ägäis fällt wegen der Überlastung der Klimaanlagen immer wieder der Strom aus.",
        20.0,
    ),
    (
        "de-grenzuebergang-halbturn-sued",
        "Grenzübergang Halbturn-Süd wieder offen",
        "Nach drei Monaten rollt der Verkehr nach Ungarn wieder.",
        26.0,
    ),
    (
        "de-grenzuebergang-halbturn-sued",
        "Österreich öffnet den Grenzübergang Halbturn-Süd nach der Sanierung der Brücke",
        "Seit Mai mussten Pendler und Lastwagen einen Umweg von 40 Kilometern über Nickelsberg "
        "fahren; ab Dienstag ist der Übergang an der ungarischen Grenze wieder rund um die Uhr "
        "geöffnet.",
        27.5,
    ),
    (
        "de-grenzuebergang-halbturn-sued/lkw-migranten",
        "Lkw mit 27 Migranten am Grenzübergang Halbturn entdeckt",
        "Die Menschen saßen hinter einer Ladung Fliesen.",
        98.5,
    ),
    (
        "de-grenzuebergang-halbturn-sued/lkw-migranten",
        "27 Migranten in Sattelzug an der Grenze zu Ungarn gefunden",
        "Beamte entdeckten die Männer und Jugendlichen aus Syrien und Afghanistan in der Nacht "
        "auf Freitag bei einer Kontrolle am Übergang Halbturn-Süd; der rumänische Fahrer wurde "
        "festgenommen.",
        99.5,
    ),
    (
        "de-unwetter-kroatien-camping",
        "Unwetter trifft Campingplatz in Kroatien",
        "Mehrere deutsche Urlauber sind durch umstürzende Bäume verletzt.",
        44.0,
    ),
    (
        "de-unwetter-kroatien-camping",
        "Sturm verwüstet Campingplatz bei Porat: Elf Verletzte, darunter Urlauber aus Bayern",
        "Orkanböen von bis zu 130 Stundenkilometern rissen am Dienstagabend Vorzelte weg und "
        "warfen Bäume auf Wohnwagen; ein Kind aus Regensburg liegt mit einer Kopfverletzung im "
        "Krankenhaus.",
        45.0,
    ),
    (
        "de-unwetter-kroatien-camping",
        "Nach dem Sturm: Camper in Porat packen ihre Sachen",
        "Viele Familien brechen den Urlaub ab, der Platzbetreiber will bis zum Wochenende "
        "aufräumen.",
        52.0,
    ),
    (
        "de-hochwasser-dravica",
        "Hochwasser in Slowenien: Altstadt von Dravica überflutet",
        "Nach Starkregen steht das Wasser zwei Meter hoch in den Gassen.",
        49.0,
    ),
    (
        "de-hochwasser-dravica",
        "Fluss Sava tritt über die Ufer: Slowenische Kleinstadt Dravica steht unter Wasser",
        "In der Nacht auf Mittwoch fielen mehr als 150 Liter Regen pro Quadratmeter; die Armee "
        "brachte 900 Menschen mit Booten in Sicherheit, zwei ältere Männer werden vermisst.",
        50.5,
    ),
    (
        "de-hochwasser-dravica",
        "Dravicas Bürgermeisterin: „So etwas hat hier noch keiner erlebt“",
        "Mojca Zupan kämpft mit den Tränen, als sie durch den Schlamm vor dem Rathaus watet.",
        57.0,
    ),
    (
        "de-hochwasser-dravica",
        "Slowenien bittet die EU nach der Flut in Dravica um Hilfe",
        "Die Regierung in Ljubljana hat am Donnerstag den EU-Katastrophenschutz aktiviert und "
        "Pumpen sowie Trocknungsgeräte angefordert; die beiden vermissten Männer wurden tot "
        "gefunden.",
        71.5,
    ),
    (
        "de-reisebus-schueler-frankreich",
        "Reisebus mit deutschen Schülern in Frankreich verunglückt",
        "Zwölf Jugendliche aus Kassel sind leicht verletzt.",
        65.0,
    ),
    (
        "de-reisebus-schueler-frankreich",
        "Bus mit Kasseler Schulklasse kommt bei Lyon von der Autobahn ab",
        "Der Fahrer wich nach Angaben der Polizei am Mittwochnachmittag einem Wildschwein aus; "
        "der Bus kippte in den Graben, zwölf Schüler und eine Lehrerin wurden leicht verletzt.",
        66.5,
    ),
    (
        "de-gefangenenaustausch-kysyl-bel",
        "Tarsistan und Bolkar tauschen Gefangene aus",
        "Je 35 Soldaten kommen am Grenzposten Kysyl-Bel frei.",
        77.0,
    ),
    (
        "de-gefangenenaustausch-kysyl-bel",
        "Gefangenenaustausch am Grenzposten Kysyl-Bel: 70 Soldaten wieder frei",
        "Unter Vermittlung des Roten Kreuzes übergaben Tarsistan und Bolkar am Donnerstagmorgen "
        "je 35 Kriegsgefangene; es ist der erste Austausch seit dem Ausbruch der Kämpfe im "
        "Frühjahr.",
        78.0,
    ),
    (
        "de-gefangenenaustausch-kysyl-bel",
        "„Endlich zu Hause“: Mütter empfangen ihre Söhne in Bolkar",
        "In der Hauptstadt Ardas warteten die Familien stundenlang vor dem Militärkrankenhaus auf "
        "die Rückkehrer.",
        83.0,
    ),
    (
        "de-gefangenenaustausch-kysyl-bel/beschuss-aktasch",
        "Granaten treffen ein Dorf nahe Kysyl-Bel",
        "Drei Tote in Aktasch, wenige Kilometer vor dem Grenzposten.",
        86.0,
    ),
    (
        "de-gefangenenaustausch-kysyl-bel/beschuss-aktasch",
        "Drei Zivilisten sterben bei Beschuss von Aktasch an der Grenze",
        "Am Donnerstagnachmittag schlugen Granaten in dem Dorf nahe dem Grenzposten ein, an dem "
        "am Morgen Gefangene ausgetauscht worden waren; Bolkar macht Tarsistan verantwortlich.",
        87.5,
    ),
    (
        "de-klettersteig-dolomiten-rettung",
        "Deutsche Wanderer aus Klettersteig in den Dolomiten gerettet",
        "Ein Gewitter überraschte die Gruppe aus Freiburg.",
        108.0,
    ),
    (
        "de-klettersteig-dolomiten-rettung",
        "Bergrettung holt sechs Freiburger aus dem Klettersteig am Sass de Mezdì",
        "Die Wanderer waren am Freitag in ein Gewitter geraten und hatten sich an einem Felsband "
        "festgehalten, bis der Hubschrauber sie nacheinander mit der Seilwinde aufnahm; alle sind "
        "unverletzt.",
        109.0,
    ),
    (
        "de-zugunglueck-szentmark",
        "Zugunglück in Ungarn: Regionalzug prallt auf Güterzug",
        "Bei Szentmárk gibt es mindestens vier Tote.",
        127.0,
    ),
    (
        "de-zugunglueck-szentmark",
        "Vier Tote bei Zusammenstoß von Personenzug und Güterzug in Westungarn",
        "Der Regionalzug fuhr am Samstagmorgen bei Szentmárk auf einen stehenden Güterzug auf, 30 "
        "Fahrgäste wurden verletzt; die Bahn prüft, ob ein Signal falsch gestellt war.",
        128.0,
    ),
    (
        "de-zugunglueck-szentmark",
        "Nach dem Unglück von Szentmárk: Lokführer schweigt",
        "Der Mann, der den Regionalzug steuerte, ist leicht verletzt und wurde von der Polizei "
        "noch nicht vernommen.",
        133.0,
    ),
    (
        "de-minenraeumer-vardania",
        "Zwei Minenräumer einer Hilfsorganisation in Vardania getötet",
        "Die Männer arbeiteten auf einem Feld bei Kolvy, als eine Panzermine explodierte; die "
        "Organisation setzt die Räumung in der Gegend für eine Woche aus.",
        137.0,
    ),
    (
        "de-drohnenangriff-hafen-selin",
        "Drohnenangriff auf den Hafen von Selin",
        "In Vardania brennt ein Getreidesilo.",
        145.0,
    ),
    (
        "de-drohnenangriff-hafen-selin",
        "Drohnen treffen Getreideterminal im vardanischen Hafen Selin",
        "Bei dem Angriff in der Nacht auf Sonntag geriet ein Silo mit 20.000 Tonnen Weizen in "
        "Brand, zwei Hafenarbeiter wurden verletzt; Ostrenia äußerte sich zunächst nicht.",
        146.0,
    ),
    (
        "de-drohnenangriff-hafen-selin",
        "Selin: Reeder lassen ihre Schiffe auf Reede warten",
        "Drei Frachter, die am Montag Weizen laden sollten, bleiben nach dem Angriff vorerst vor "
        "der Küste liegen.",
        152.0,
    ),
    # --- French ---
    (
        "fr-visite-camp-oum-sele",
        "La ministre de la Solidarité visite le camp d'Oum Sélé",
        "Le camp du Nour-Tamba accueille 60 000 réfugiés venus de Garessa.",
        11.5,
    ),
    (
        "fr-visite-camp-oum-sele",
        "Au camp d'Oum Sélé, la ministre promet 15 millions d'euros pour les réfugiés de Garessa",
        "En visite lundi dans ce camp de l'est du Nour-Tamba, où s'entassent 60 000 personnes "
        "sous des bâches, Claire Vautrin a annoncé une aide pour l'eau et les cliniques mobiles.",
        12.5,
    ),
    (
        "fr-visite-camp-oum-sele",
        "« Nous n'avons plus de savon depuis un mois » : les femmes d'Oum Sélé interpellent la "
        "ministre",
        "Devant la tente de la clinique, une sage-femme a décrit les accouchements à même le sol "
        "faute de lits.",
        19.0,
    ),
    (
        "fr-visite-camp-oum-sele/incendie-camp",
        "Incendie dans le camp d'Oum Sélé",
        "Des centaines d'abris sont partis en fumée.",
        86.5,
    ),
    (
        "fr-visite-camp-oum-sele/incendie-camp",
        "Un incendie ravage un quartier du camp d'Oum Sélé, au Nour-Tamba",
        "Le feu, parti d'un brasero jeudi en début d'après-midi, a détruit 700 abris et la "
        "distribution de vivres; deux enfants sont soignés pour des brûlures, selon le HCR.",
        88.0,
    ),
    (
        "fr-randonneur-disparu-picos",
        "Un randonneur français porté disparu dans les Picos de Europa",
        "Parti seul samedi pour une boucle de deux jours, ce Lyonnais de 62 ans n'a pas donné de "
        "nouvelles ; la garde civile espagnole a engagé un hélicoptère et des chiens.",
        22.0,
    ),
    (
        "fr-alpinistes-secourus-aiguille-du-praz",
        "Trois alpinistes secourus sur l'aiguille du Praz",
        "Ils étaient bloqués depuis la veille par le mauvais temps.",
        30.5,
    ),
    (
        "fr-alpinistes-secourus-aiguille-du-praz",
        "Massif du Mont-Blanc : trois alpinistes hélitreuillés sur l'aiguille du Praz après une "
        "nuit à 3 500 mètres",
        "Les gendarmes du peloton de haute montagne ont pu décoller mardi matin à la faveur d'une "
        "éclaircie ; les trois Belges, en hypothermie légère, ont été conduits à l'hôpital de "
        "Sallanches.",
        31.5,
    ),
    (
        "fr-alpinistes-secourus-aiguille-du-praz",
        "Les secouristes du Praz racontent un hélitreuillage « à la limite »",
        "Le pilote a dû s'y reprendre à trois fois à cause des rafales sur l'arête.",
        37.0,
    ),
    (
        "fr-alpinistes-secourus-aiguille-du-praz/glissement-route",
        "Un glissement de terrain coupe la route de la vallée du Praz",
        "Le hameau des Granges est isolé depuis mardi soir.",
        40.5,
    ),
    (
        "fr-alpinistes-secourus-aiguille-du-praz/glissement-route",
        "Sous l'aiguille du Praz, un pan de montagne s'effondre sur la route départementale",
        "Des milliers de mètres cubes de terre et de roche ont enseveli la chaussée mardi en fin "
        "d'après-midi, après les orages; personne n'a été blessé mais 80 habitants sont coupés du "
        "reste de la vallée.",
        42.0,
    ),
    (
        "fr-canicule-tiznar",
        "Canicule au Maroc : 49 °C à Tiznar",
        "Un record absolu pour la ville du sud du pays.",
        43.0,
    ),
    (
        "fr-canicule-tiznar",
        "Le Maroc étouffe sous la canicule, Tiznar bat son record de chaleur",
        "La ville a relevé 49 °C mardi après-midi, un degré de plus que le précédent record ; les "
        "autorités ont avancé les horaires des marchés et ouvert des salles climatisées pour les "
        "personnes âgées.",
        44.5,
    ),
    (
        "fr-incendie-lac-aux-brumes",
        "Québec : la ville de Lac-aux-Brumes évacuée face à un feu de forêt",
        "Les 4 000 habitants doivent partir avant la nuit.",
        56.5,
    ),
    (
        "fr-incendie-lac-aux-brumes",
        "Feux de forêt au Québec : Lac-aux-Brumes vidée de ses habitants",
        "Le brasier, qui couvre déjà 22 000 hectares, s'est approché à moins de cinq kilomètres "
        "de la ville mercredi ; les résidents ont été dirigés vers Chibougamau par l'unique route "
        "encore ouverte.",
        57.5,
    ),
    (
        "fr-incendie-lac-aux-brumes",
        "« On a juste pris les chats » : à Chibougamau, les évacués de Lac-aux-Brumes attendent",
        "Dans l'aréna transformée en centre d'accueil, les familles guettent les nouvelles du feu "
        "sur leurs téléphones.",
        63.0,
    ),
    (
        "fr-incendie-lac-aux-brumes",
        "Lac-aux-Brumes : des bombardiers d'eau venus de France et d'Espagne en renfort",
        "Quatre avions sont arrivés jeudi ; la pluie annoncée pour le week-end pourrait aider les "
        "pompiers, qui n'ont encore aucun front maîtrisé.",
        76.5,
    ),
    (
        "fr-typhon-archipel-kotara",
        "Un typhon frappe l'archipel japonais de Kotara",
        "Les vents ont atteint 200 km/h sur les îles du sud ; 30 000 foyers sont privés "
        "d'électricité et les ferries vers le continent sont suspendus jusqu'à vendredi.",
        68.0,
    ),
    (
        "fr-naufrage-pirogue-mbarene",
        "Naufrage d'une pirogue de migrants au large de Mbarène",
        "Au moins 27 morts, selon les secours sénégalais.",
        78.0,
    ),
    (
        "fr-naufrage-pirogue-mbarene",
        "Sénégal : une pirogue chavire au large de Mbarène, au moins 27 morts",
        "L'embarcation, partie pour les Canaries avec plus de 150 personnes à bord, s'est "
        "retournée jeudi à quelques kilomètres de la côte ; la marine a repêché 61 survivants.",
        79.0,
    ),
    (
        "fr-seisme-ait-ouzal",
        "Séisme dans l'Atlas : des maisons effondrées à Aït Ouzal",
        "La secousse de magnitude 5,8 a eu lieu avant l'aube.",
        97.0,
    ),
    (
        "fr-seisme-ait-ouzal",
        "Un séisme de magnitude 5,8 fait au moins 12 morts dans un village de l'Atlas",
        "Les maisons en pisé d'Aït Ouzal n'ont pas résisté à la secousse survenue vendredi peu "
        "après minuit ; les secours progressent à pied sur une piste endommagée par des "
        "éboulements.",
        97.8,
    ),
    (
        "fr-seisme-ait-ouzal",
        "Aït Ouzal : les villageois dorment dehors par crainte des répliques",
        "Des tentes de l'armée ont été montées sur le terrain de football, seul espace plat du "
        "village.",
        106.0,
    ),
    (
        "fr-inondations-zinkara",
        "Inondations au Niger : Zinkara sous les eaux",
        "Des pluies diluviennes ont détruit 3 000 maisons.",
        114.0,
    ),
    (
        "fr-inondations-zinkara",
        "Au Niger, les crues du fleuve submergent Zinkara et chassent 20 000 habitants",
        "Après trois jours de pluies torrentielles, le fleuve a rompu une digue vendredi ; les "
        "sinistrés sont hébergés dans les écoles et le gouvernement a demandé l'aide des agences "
        "de l'ONU.",
        115.0,
    ),
    (
        "fr-bateau-migrants-port-kalos",
        "Un voilier avec 70 migrants accoste à Port-Kalos",
        "Le bateau est arrivé seul sur l'île grecque de Tilonos.",
        129.0,
    ),
    (
        "fr-bateau-migrants-port-kalos",
        "Île de Tilonos : un voilier chargé de 70 migrants entre dans le port de Port-Kalos",
        "Le voilier, parti des côtes turques, a accosté samedi à l'aube sous les yeux des "
        "pêcheurs ; les passagers, dont 20 enfants, ont été conduits dans un centre d'accueil.",
        130.0,
    ),
    (
        "fr-bateau-migrants-port-kalos",
        "À Port-Kalos, les habitants apportent de l'eau et des vêtements aux nouveaux arrivants",
        "Le maire de Tilonos réclame à Athènes des places d'hébergement sur le continent.",
        134.5,
    ),
    (
        "fr-bateau-migrants-port-kalos/incendie-ferry",
        "Incendie à bord d'un ferry dans le port de Port-Kalos",
        "Les passagers ont été évacués sur le quai.",
        136.0,
    ),
    (
        "fr-bateau-migrants-port-kalos/incendie-ferry",
        "Un feu se déclare dans la salle des machines d'un ferry amarré à Port-Kalos",
        "Les 300 passagers de l'Agios Stefanos, sur le point de partir pour le Pirée samedi "
        "après-midi, ont été débarqués sans blessé ; les pompiers de l'île ont maîtrisé le feu en "
        "une heure.",
        137.5,
    ),
    (
        "fr-otages-liberes-garessa",
        "Deux otages français libérés au Garessa",
        "Ces deux ingénieurs étaient détenus depuis mars.",
        148.0,
    ),
    (
        "fr-otages-liberes-garessa",
        "Les deux ingénieurs français enlevés au Garessa ont été libérés",
        "Retenus depuis cinq mois par un groupe armé dans le nord du pays, Thomas Régnier et Paul "
        "Aubanel ont été remis dimanche aux autorités du Nour-Tamba voisin, a annoncé l'Élysée.",
        149.0,
    ),
    (
        "fr-otages-liberes-garessa",
        "« Une immense joie » : la famille de Thomas Régnier s'exprime",
        "Le frère de l'ingénieur remercie les diplomates et demande le respect de leur intimité.",
        157.0,
    ),
    # --- Spanish ---
    (
        "es-terremoto-san-ramon-maule",
        "Un terremoto de magnitud 6,4 sacude la región chilena del Maule",
        "San Ramón del Maule registra casas caídas y cortes de luz.",
        5.5,
    ),
    (
        "es-terremoto-san-ramon-maule",
        "Terremoto en el Maule: dos muertos y decenas de casas de adobe derrumbadas en San Ramón",
        "El sismo, con epicentro a 30 kilómetros de la costa, se sintió a las 2.10 de la "
        "madrugada del lunes hasta Santiago; el Gobierno decretó zona de catástrofe para tres "
        "comunas.",
        6.5,
    ),
    (
        "es-terremoto-san-ramon-maule",
        "Los vecinos de San Ramón pasan la noche en la plaza por miedo a las réplicas",
        "El alcalde pidió carpas y agua potable para las familias que perdieron su casa.",
        13.0,
    ),
    (
        "es-terremoto-san-ramon-maule/incendio-forestal",
        "Incendio forestal en el Maule obliga a evacuar dos pueblos",
        "Las llamas avanzan por plantaciones de pino.",
        82.5,
    ),
    (
        "es-terremoto-san-ramon-maule/incendio-forestal",
        "Un incendio forestal arrasa 3.000 hectáreas en el Maule y amenaza a Villa Pencahue",
        "El fuego comenzó el jueves por la mañana en un fundo de eucaliptos y, empujado por el "
        "viento, obligó a desalojar dos pueblos; Conaf trabaja con seis aviones y 200 "
        "brigadistas.",
        83.5,
    ),
    (
        "es-ola-calor-alentejo",
        "Ola de calor en el Alentejo: Portugal activa la alerta roja",
        "Las temperaturas superan los 46 grados en el interior del país y las autoridades piden a "
        "los mayores que no salgan a la calle entre el mediodía y las seis de la tarde.",
        23.0,
    ),
    (
        "es-alto-el-fuego-kalvaro",
        "Gobierno de Kalvaro y el Frente del Sur pactan un alto el fuego",
        "La tregua empieza a regir este mismo martes.",
        28.0,
    ),
    (
        "es-alto-el-fuego-kalvaro",
        "Kalvaro firma un alto el fuego con la guerrilla del Frente del Sur tras dos años de "
        "combates",
        "El acuerdo, negociado en La Habana, prevé una tregua de 90 días, el retiro de tropas de "
        "cuatro municipios y la vuelta de los desplazados, anunció el presidente por la "
        "televisión.",
        29.5,
    ),
    (
        "es-alto-el-fuego-kalvaro",
        "«Ojalá esta vez sea de verdad», dicen los desplazados de Río Blanco",
        "En el coliseo donde viven desde hace un año, las familias escucharon el anuncio por la "
        "radio.",
        36.0,
    ),
    (
        "es-alto-el-fuego-kalvaro",
        "La tregua en Kalvaro supera su primera noche sin combates",
        "Los observadores de la ONU no registraron disparos en los cuatro municipios, aunque "
        "denunciaron un incendio en un puesto militar abandonado.",
        48.5,
    ),
    (
        "es-alto-el-fuego-kalvaro/canje-prisioneros",
        "Kalvaro y el Frente del Sur canjean prisioneros",
        "Salen libres 45 soldados y 38 guerrilleros.",
        125.0,
    ),
    (
        "es-alto-el-fuego-kalvaro/canje-prisioneros",
        "Primer canje de prisioneros entre el Gobierno de Kalvaro y el Frente del Sur",
        "El intercambio se hizo el sábado en una pista rural de Río Blanco con la mediación de la "
        "Cruz Roja, cuatro días después de la entrada en vigor de la tregua.",
        126.5,
    ),
    (
        "es-espeleologos-cueva-chachapoyas",
        "Rescatan a cuatro espeleólogos atrapados en una cueva de Perú",
        "Pasaron tres días bajo tierra por una crecida.",
        62.0,
    ),
    (
        "es-espeleologos-cueva-chachapoyas",
        "Salen con vida los cuatro espeleólogos españoles atrapados en la cueva de Uyumbe",
        "La lluvia inundó la galería de salida y los dejó aislados a 600 metros de la entrada; "
        "buzos de la policía peruana los sacaron el miércoles por la tarde, agotados pero sanos.",
        63.0,
    ),
    (
        "es-espeleologos-cueva-chachapoyas",
        "«Racionamos las barritas y rezamos», cuenta uno de los rescatados de Uyumbe",
        "El grupo, de un club de Oviedo, volverá a España el fin de semana.",
        70.0,
    ),
    (
        "es-cayuco-la-caleta-tamarco",
        "Llega un cayuco con 190 personas a La Caleta de Tamarco",
        "Entre los ocupantes hay 30 menores.",
        77.0,
    ),
    (
        "es-cayuco-la-caleta-tamarco",
        "Un cayuco con 190 migrantes llega por sus propios medios al puerto de La Caleta de "
        "Tamarco, en El Hierro",
        "La embarcación, que salió de Mauritania hace nueve días, atracó el jueves por la mañana; "
        "dos de los ocupantes fueron trasladados al hospital por deshidratación.",
        78.5,
    ),
    (
        "es-cayuco-la-caleta-tamarco",
        "Los voluntarios de Tamarco, desbordados",
        "Cruz Roja pide más manos para atender a los recién llegados en el muelle del pueblo.",
        85.0,
    ),
    (
        "es-cayuco-la-caleta-tamarco/incendio-ferry",
        "Arde la sala de máquinas de un ferri en el puerto de Tamarco",
        "Los pasajeros bajan a tierra sin heridos.",
        87.5,
    ),
    (
        "es-cayuco-la-caleta-tamarco/incendio-ferry",
        "Evacuado un ferri en La Caleta de Tamarco por un incendio en la sala de máquinas",
        "El barco de la ruta a Los Cristianos tenía 140 pasajeros a bordo cuando salió humo del "
        "motor el jueves por la tarde; los bomberos apagaron el fuego en media hora.",
        88.5,
    ),
    (
        "es-inundaciones-san-telmo-flores",
        "Inundaciones en México: San Telmo de las Flores, bajo el agua",
        "Miles de familias han perdido sus casas.",
        103.5,
    ),
    (
        "es-inundaciones-san-telmo-flores",
        "El desbordamiento del río Coyame inunda San Telmo de las Flores y deja 11 muertos",
        "Las lluvias de la tormenta tropical Hilda dejaron en pocas horas más de 300 litros por "
        "metro cuadrado; el Ejército evacuó a 8.000 personas en lanchas y camiones.",
        104.5,
    ),
    (
        "es-inundaciones-san-telmo-flores",
        "En San Telmo, los vecinos sacan el lodo con cubetas",
        "La iglesia y la escuela sirven de albergue para quienes perdieron todo.",
        111.5,
    ),
    (
        "es-inundaciones-san-telmo-flores",
        "Suben a 19 los muertos por la inundación de San Telmo de las Flores",
        "El gobernador pidió al Gobierno federal declarar la zona de desastre para liberar fondos "
        "para la reconstrucción de puentes y viviendas.",
        124.5,
    ),
    (
        "es-avioneta-beni",
        "Cae una avioneta en la Amazonía boliviana",
        "Mueren el piloto y tres pasajeros.",
        116.0,
    ),
    (
        "es-avioneta-beni",
        "Mueren cuatro personas al estrellarse una avioneta en el Beni",
        "La aeronave cubría la ruta entre Trinidad y una estancia ganadera cuando perdió contacto "
        "con la torre el viernes; los restos aparecieron en un pantano.",
        117.0,
    ),
    (
        "es-tormenta-ismael-centroamerica",
        "La tormenta tropical Ismael toca tierra en Honduras",
        "Se esperan lluvias torrenciales en toda la región.",
        149.5,
    ),
    (
        "es-tormenta-ismael-centroamerica",
        "Ismael llega a la costa caribeña de Honduras con vientos de 95 kilómetros por hora",
        "El centro de huracanes prevé que la tormenta cruce Honduras y Guatemala hasta el martes "
        "con riesgo de deslaves en las zonas de montaña; ya hay 3.000 personas en albergues.",
        150.5,
    ),
    (
        "es-tormenta-ismael-centroamerica",
        "Honduras abre albergues en La Ceiba por Ismael",
        "Las autoridades piden a los vecinos de los barrios junto al río que se vayan antes de la "
        "noche.",
        156.0,
    ),
    (
        "es-migrantes-rio-darien",
        "Mueren seis migrantes al cruzar un río en el Darién",
        "La corriente arrastró a un grupo de venezolanos.",
        161.0,
    ),
    (
        "es-migrantes-rio-darien",
        "Una crecida arrastra a migrantes que cruzaban el río en la selva del Darién: seis muertos",
        "Entre las víctimas hay dos niños, informó el servicio de fronteras de Panamá, que "
        "rescató a otras 14 personas agarradas a las ramas de la orilla.",
        162.5,
    ),
    # --- Italian ---
    (
        "it-terremoto-kastrakia",
        "Terremoto in Grecia, crolli nel Peloponneso",
        "Una scossa di magnitudo 5,9 ha colpito il paese di Kastrakia.",
        17.5,
    ),
    (
        "it-terremoto-kastrakia",
        "Scossa di magnitudo 5,9 nel Peloponneso: a Kastrakia crollano la chiesa e due case",
        "Il sisma è stato avvertito lunedì pomeriggio fino ad Atene; tre persone sono rimaste "
        "ferite e i turisti italiani in vacanza nella zona sono stati fatti uscire dagli alberghi "
        "per precauzione.",
        18.5,
    ),
    (
        "it-terremoto-kastrakia/incendio-boschivo",
        "Incendio nel Peloponneso, evacuati tre villaggi",
        "Le fiamme sono spinte dal vento sulle colline.",
        91.0,
    ),
    (
        "it-terremoto-kastrakia/incendio-boschivo",
        "Un vasto incendio divora le pinete del Peloponneso: evacuati tre villaggi sopra Kastrakia",
        "Il rogo è partito giovedì sera da una discarica abusiva e durante la notte ha raggiunto "
        "gli uliveti; la protezione civile greca ha chiesto aiuto ai Canadair italiani.",
        92.5,
    ),
    (
        "it-pullman-turisti-croazia",
        "Pullman di turisti italiani esce di strada in Croazia",
        "Quindici feriti, nessuno in pericolo di vita.",
        20.5,
    ),
    (
        "it-pullman-turisti-croazia",
        "Incidente in Croazia: pullman con 48 pensionati di Vicenza finisce nella scarpata",
        "Il mezzo, diretto a Spalato, è uscito di strada lunedì sera su una curva dell'entroterra "
        "dalmata; quindici passeggeri sono stati ricoverati all'ospedale di Sinj.",
        21.5,
    ),
    (
        "it-pullman-turisti-croazia",
        "La Farnesina segue i feriti di Vicenza",
        "Il console è andato in ospedale per incontrare i pensionati e i loro familiari.",
        23.5,
    ),
    (
        "it-sbarco-santa-nera",
        "Sbarco a Santa Nera: arrivano in 120 su un barchino",
        "I migranti sono stati portati nell'hotspot dell'isola.",
        29.0,
    ),
    (
        "it-sbarco-santa-nera",
        "Un barchino con 120 migranti attracca da solo nel porto di Santa Nera",
        "L'imbarcazione, partita dalla Tunisia due giorni fa, è entrata nel porto all'alba di "
        "martedì; tra i passeggeri ci sono 18 minori non accompagnati, tutti in buone condizioni.",
        30.0,
    ),
    (
        "it-sbarco-santa-nera",
        "Il sindaco di Santa Nera chiede più navi per i trasferimenti",
        "L'hotspot dell'isola ha superato di tre volte la capienza e servono traghetti per la "
        "Sicilia.",
        35.0,
    ),
    (
        "it-sbarco-santa-nera/incendio-traghetto",
        "Fiamme a bordo di un traghetto nel porto di Santa Nera",
        "I passeggeri sono stati fatti scendere sulla banchina.",
        38.5,
    ),
    (
        "it-sbarco-santa-nera/incendio-traghetto",
        "Incendio nella sala macchine del traghetto per Porto Empedocle, evacuati 200 passeggeri",
        "Il fumo è uscito dal motore poco prima della partenza da Santa Nera, martedì pomeriggio; "
        "i vigili del fuoco hanno spento le fiamme e non ci sono feriti, la corsa è stata "
        "annullata.",
        39.5,
    ),
    (
        "it-alluvione-valea-mare",
        "Alluvione in Romania, villaggio di Valea Mare travolto dal fango",
        "Almeno cinque morti dopo una notte di temporali.",
        60.0,
    ),
    (
        "it-alluvione-valea-mare",
        "Romania, il fiume esonda a Valea Mare: cinque morti e decine di case distrutte",
        "La pioggia caduta nella notte tra martedì e mercoledì ha gonfiato il torrente che "
        "attraversa il paese; i soccorritori hanno salvato 40 persone rimaste sui tetti.",
        61.0,
    ),
    (
        "it-alluvione-valea-mare",
        "Le immagini di Valea Mare dopo l'alluvione",
        "Strade coperte di fango e auto ammassate contro il ponte della chiesa.",
        67.5,
    ),
    (
        "it-alluvione-valea-mare",
        "Sale a nove il numero dei morti nell'alluvione di Valea Mare",
        "Giovedì sono stati trovati i corpi di quattro dispersi; Bucarest ha chiesto l'intervento "
        "del meccanismo europeo di protezione civile.",
        81.0,
    ),
    (
        "it-caldo-record-tunisi",
        "Caldo record in Tunisia, 50 gradi a Kairouan",
        "Il servizio meteorologico segnala il valore più alto mai registrato in agosto nel centro "
        "del paese e raccomanda di restare in casa nelle ore più calde.",
        95.5,
    ),
    (
        "it-peschereccio-affondato-mazara",
        "Affonda un peschereccio di Mazara del Vallo",
        "Salvi i sette uomini dell'equipaggio.",
        105.5,
    ),
    (
        "it-peschereccio-affondato-mazara",
        "Peschereccio di Mazara affonda al largo di Malta: salvati dalla guardia costiera i sette "
        "marinai",
        "Lo scafo del Nuovo Sirio ha cominciato a imbarcare acqua venerdì mattina durante la "
        "pesca del gambero rosso; l'equipaggio è stato recuperato da una zattera dopo due ore.",
        106.5,
    ),
    (
        "it-soccorso-alpinisti-monte-cervale",
        "Soccorso sul Monte Cervale, salvati due alpinisti",
        "Erano bloccati da ieri su una cengia a 3.000 metri di quota.",
        123.5,
    ),
    (
        "it-soccorso-alpinisti-monte-cervale",
        "Monte Cervale, l'elicottero del soccorso alpino recupera due alpinisti milanesi",
        "I due, sorpresi dalla nebbia durante la discesa, hanno passato la notte di venerdì sulla "
        "cengia; sabato mattina il Soccorso alpino valdostano li ha portati a valle illesi.",
        124.5,
    ),
    (
        "it-soccorso-alpinisti-monte-cervale",
        "«Ci siamo legati alla roccia e abbiamo aspettato»: parla uno dei salvati del Cervale",
        "Il giovane ringrazia i tecnici del soccorso e promette di tornare in vetta.",
        131.0,
    ),
    (
        "it-soccorso-alpinisti-monte-cervale/frana-strada",
        "Frana sulla strada della valle sotto il Monte Cervale",
        "Isolati due villaggi e un rifugio.",
        133.5,
    ),
    (
        "it-soccorso-alpinisti-monte-cervale/frana-strada",
        "Una frana chiude la strada regionale ai piedi del Monte Cervale dopo il temporale",
        "Sabato pomeriggio massi e detriti hanno invaso la carreggiata per 200 metri; nessuna "
        "auto coinvolta, ma 150 persone restano isolate nei villaggi più in alto della valle.",
        134.5,
    ),
    (
        "it-crollo-passerella-albania",
        "Crolla una passerella sul fiume in Albania",
        "Feriti sei turisti italiani.",
        141.5,
    ),
    (
        "it-crollo-passerella-albania",
        "Albania, cede la passerella pedonale sul fiume vicino a Berat: sei italiani feriti",
        "La struttura in legno è crollata sabato sera mentre un gruppo di turisti la "
        "attraversava; i feriti sono stati trasportati all'ospedale di Tirana per accertamenti.",
        142.5,
    ),
    (
        "it-cooperante-rapita-garessa",
        "Rapita una cooperante italiana",
        "La donna lavorava per una ong in Garessa.",
        153.5,
    ),
    (
        "it-cooperante-rapita-garessa",
        "Garessa, rapita una cooperante italiana di una ong di Torino",
        "Uomini armati hanno fermato domenica il fuoristrada della donna, 41 anni, sulla strada "
        "per Kabiro; la Farnesina ha attivato l'unità di crisi e chiede il silenzio stampa.",
        154.5,
    ),
    (
        "it-cooperante-rapita-garessa",
        "La ong torinese: «Lavorava per portare l'acqua nei villaggi»",
        "I colleghi descrivono la donna come una veterana con dieci anni di missioni in Africa.",
        161.5,
    ),
    # --- Portuguese ---
    (
        "pt-naufragio-traineira-larache",
        "Traineira portuguesa naufraga ao largo de Marrocos",
        "Os nove pescadores foram salvos por um cargueiro.",
        2.5,
    ),
    (
        "pt-naufragio-traineira-larache",
        "Nove pescadores de Peniche resgatados após naufrágio da traineira Mar de Fátima",
        "A embarcação meteu água durante a noite de domingo para segunda-feira a 20 milhas de "
        "Larache; os homens passaram duas horas numa balsa até serem recolhidos por um navio de "
        "carga.",
        3.5,
    ),
    (
        "pt-fronteira-pacaruna-reaberta",
        "Fronteira de Pacaruna reabre ao fim de cinco meses",
        "Venezuelanos voltam a atravessar a pé.",
        18.0,
    ),
    (
        "pt-fronteira-pacaruna-reaberta",
        "Brasil e Venezuela reabrem o posto de fronteira de Pacaruna",
        "O posto esteve fechado desde março por causa de uma disputa sobre o controlo sanitário; "
        "na segunda-feira, centenas de pessoas fizeram fila desde a madrugada para passar.",
        19.5,
    ),
    (
        "pt-fronteira-pacaruna-reaberta/camiao-migrantes",
        "Camião com 31 migrantes escondidos apanhado em Pacaruna",
        "Estavam atrás de sacos de arroz.",
        99.5,
    ),
    (
        "pt-fronteira-pacaruna-reaberta/camiao-migrantes",
        "Polícia encontra 31 migrantes escondidos num camião no posto de Pacaruna",
        "Os agentes ouviram pancadas na caixa do camião durante uma inspeção na sexta-feira; o "
        "motorista foi detido e os migrantes, entre eles oito crianças, estão num abrigo.",
        100.5,
    ),
    (
        "pt-sismo-albunar-granada",
        "Sismo de 5,1 abala a província de Granada",
        "A vila de Albuñar tem casas com fendas.",
        41.5,
    ),
    (
        "pt-sismo-albunar-granada",
        "Sismo no sul de Espanha deixa feridos na vila de Albuñar",
        "O abalo, sentido às 16h40 de terça-feira em toda a Andaluzia, provocou a queda de telhas "
        "e de uma parede da igreja; quatro pessoas foram assistidas no hospital.",
        42.5,
    ),
    (
        "pt-sismo-albunar-granada",
        "Emigrantes portugueses em Albuñar contam o susto",
        "Uma família de Viseu estava no café da praça quando o chão tremeu.",
        46.5,
    ),
    (
        "pt-sismo-albunar-granada/incendio-florestal",
        "Incêndio florestal na província de Granada",
        "Mais de 400 pessoas foram retiradas de casa.",
        120.5,
    ),
    (
        "pt-sismo-albunar-granada/incendio-florestal",
        "Fogo na serra de Granada obriga a retirar 400 pessoas de três aldeias",
        "O incêndio começou na madrugada de sábado numa zona de pinhal de difícil acesso, a 15 "
        "quilómetros de Albuñar; meios aéreos portugueses foram enviados para ajudar.",
        121.5,
    ),
    (
        "pt-jornalista-ferida-vardania",
        "Jornalista portuguesa ferida na Vardania",
        "Foi atingida por estilhaços perto da frente.",
        44.0,
    ),
    (
        "pt-jornalista-ferida-vardania",
        "Repórter portuguesa ferida por estilhaços de um obus na Vardania",
        "Ana Ribeiro, enviada de uma rádio de Lisboa, estava a entrevistar soldados numa aldeia "
        "junto à frente quando caiu a granada; está estável num hospital de Kolvy.",
        45.0,
    ),
    (
        "pt-apelo-maos-unidas-fome",
        "Fundação Mãos Unidas lança apelo para a fome em Tambara",
        "A organização pede um milhão de euros para alimentar crianças.",
        52.0,
    ),
    (
        "pt-apelo-maos-unidas-fome",
        "Mãos Unidas pede um milhão de euros para combater a fome no norte de Tambara",
        "A fundação diz que uma em cada três crianças da região está malnutrida após duas "
        "colheitas perdidas e quer abrir mais dez centros de nutrição até ao fim do ano.",
        53.0,
    ),
    (
        "pt-apelo-maos-unidas-fome/ataque-sarpal",
        "Trabalhadores da Mãos Unidas atacados em Sarpal",
        "Um motorista morreu na emboscada.",
        61.5,
    ),
    (
        "pt-apelo-maos-unidas-fome/ataque-sarpal",
        "Emboscada a uma viatura da Fundação Mãos Unidas em Sarpal mata um motorista",
        "Homens armados dispararam contra o jipe da organização na quarta-feira à tarde numa "
        "estrada do leste de Sarpal; dois enfermeiros ficaram feridos e a fundação suspendeu as "
        "deslocações.",
        62.5,
    ),
    (
        "pt-barco-turistico-rio-negro",
        "Barco turístico afunda no Amazonas",
        "Quatro desaparecidos após temporal.",
        93.5,
    ),
    (
        "pt-barco-turistico-rio-negro",
        "Barco com 40 turistas naufraga no rio Negro durante temporal; quatro desaparecidos",
        "A embarcação de dois andares virou na quinta-feira à tarde perto de Novo Airão quando "
        "uma ventania atingiu o rio; os bombeiros resgataram 36 pessoas.",
        94.5,
    ),
    (
        "pt-cheias-vale-dourado",
        "Cheias no sul do Brasil: Vale Dourado isolada",
        "O rio subiu seis metros em 24 horas.",
        131.5,
    ),
    (
        "pt-cheias-vale-dourado",
        "Cheias em Vale Dourado obrigam a retirar 12 mil pessoas no Rio Grande do Sul",
        "A chuva que cai desde quinta-feira fez transbordar o rio Taquari-Mirim; a cidade ficou "
        "sem acesso por estrada e o exército usa helicópteros para levar água e comida.",
        132.5,
    ),
    (
        "pt-cheias-vale-dourado",
        "Em Vale Dourado, os moradores esperam nos telhados",
        "Voluntários com barcos de pesca juntaram-se às equipas de resgate.",
        138.5,
    ),
    (
        "pt-cheias-vale-dourado",
        "Cheias de Vale Dourado já fizeram sete mortos",
        "No domingo a água começou a baixar e as equipas encontraram os corpos de duas pessoas na "
        "zona ribeirinha; o governo federal promete verbas para a reconstrução.",
        152.5,
    ),
    (
        "pt-deslizamento-salvador-do-monte",
        "Deslizamento de terras soterra casas numa aldeia de Goa",
        "Pelo menos oito mortos após a chuva da monção.",
        158.5,
    ),
    (
        "pt-deslizamento-salvador-do-monte",
        "Chuvas da monção provocam deslizamento de terras na aldeia de Salvador do Monte, em Goa",
        "Uma encosta cedeu no domingo depois de uma noite de chuva intensa e soterrou uma dúzia "
        "de casas; os bombeiros retiraram oito corpos e procuram mais vítimas na lama.",
        159.5,
    ),
    (
        "pt-deslizamento-salvador-do-monte",
        "Salvador do Monte chora os seus mortos",
        "Os moradores da aldeia goesa dizem que a encosta já tinha dado sinais de perigo no ano "
        "passado.",
        166.0,
    ),
    (
        "pt-calor-sevilha-record",
        "Calor: Sevilha bate o recorde de agosto com 46,8 graus",
        "A Agência de Meteorologia de Espanha prolonga o aviso vermelho na Andaluzia até "
        "terça-feira e pede cuidados com os idosos e as crianças.",
        165.0,
    ),
    # --- Dutch ---
    (
        "nl-klimmer-omgekomen-zwitserland",
        "Nederlandse klimmer omgekomen in Zwitserse Alpen",
        "De 34-jarige man uit Utrecht viel bij de afdaling.",
        8.5,
    ),
    (
        "nl-klimmer-omgekomen-zwitserland",
        "Utrechtse bergbeklimmer verongelukt op de Weisshorn-Nord bij Zermatt",
        "De man viel zondagavond tijdens de afdaling zo'n 200 meter in een gletsjerspleet; zijn "
        "klimpartner werd maandagochtend ongedeerd met een helikopter van de berg gehaald.",
        9.0,
    ),
    (
        "nl-grensovergang-rabaszeg-open",
        "Grensovergang Rábaszeg weer open",
        "Servië en Hongarije laten het verkeer weer door.",
        21.0,
    ),
    (
        "nl-grensovergang-rabaszeg-open",
        "Hongarije opent de grensovergang bij Rábaszeg na vier maanden weer voor vrachtverkeer",
        "De overgang met Servië was sinds april dicht vanwege werkzaamheden aan de weg en het "
        "hek; vrachtwagenchauffeurs stonden maandagavond al in een rij van drie kilometer.",
        22.5,
    ),
    (
        "nl-grensovergang-rabaszeg-open/vrachtwagen-migranten",
        "Migranten gevonden in vrachtwagen bij Rábaszeg",
        "Het gaat om achttien mensen, onder wie vier kinderen.",
        89.5,
    ),
    (
        "nl-grensovergang-rabaszeg-open/vrachtwagen-migranten",
        "Achttien migranten verstopt in koelwagen bij de grensovergang Rábaszeg ontdekt",
        "Hongaarse douaniers hoorden donderdag geklop in een koelwagen met fruit; de mensen, van "
        "wie twee onderkoeld waren, zijn naar een ziekenhuis gebracht en de chauffeur is "
        "aangehouden.",
        91.0,
    ),
    (
        "nl-bezoek-kamp-wadi-safra",
        "Minister Van Dijk bezoekt vluchtelingenkamp Wadi Safra",
        "Ze belooft extra geld voor scholen in het kamp.",
        42.0,
    ),
    (
        "nl-bezoek-kamp-wadi-safra",
        "Minister Van Dijk trekt 12 miljoen euro uit voor onderwijs in kamp Wadi Safra in Libanon",
        "Tijdens haar bezoek aan het kamp, waar 40.000 Syriërs wonen, sprak de minister voor "
        "Ontwikkelingshulp dinsdag met leraren die les geven in tenten zonder stroom.",
        43.0,
    ),
    (
        "nl-bezoek-kamp-wadi-safra",
        "'Onze kinderen zijn al vier jaar niet naar school geweest'",
        "Een moeder in Wadi Safra vertelt de minister over het leven in het kamp.",
        46.5,
    ),
    (
        "nl-bezoek-kamp-wadi-safra/brand-kamp",
        "Brand in vluchtelingenkamp Wadi Safra",
        "Tientallen tenten zijn in vlammen opgegaan.",
        140.5,
    ),
    (
        "nl-bezoek-kamp-wadi-safra/brand-kamp",
        "Grote brand verwoest tientallen tenten in kamp Wadi Safra, drie gewonden",
        "Het vuur ontstond zaterdagavond bij een gasfles in een keukentent en sloeg door de harde "
        "wind snel over naar de rest van de rij; hulporganisaties delen dekens uit.",
        142.0,
    ),
    (
        "nl-bosbrand-camping-var",
        "Bosbrand in Zuid-Frankrijk: campings ontruimd",
        "Ook honderden Nederlanders moesten weg.",
        64.5,
    ),
    (
        "nl-bosbrand-camping-var",
        "Bosbrand in de Var dwingt 5.000 toeristen tot vertrek, onder wie veel Nederlanders",
        "Het vuur brak woensdagmiddag uit langs een snelweg bij Le Cannet-des-Oliviers en werd "
        "door de mistral richting de kust geblazen; vier campings werden in allerijl ontruimd.",
        65.5,
    ),
    (
        "nl-bosbrand-camping-var",
        "Nederlandse kampeerders slapen in sporthal na vlucht voor de vlammen",
        "'We hebben alleen de paspoorten gepakt', vertelt een gezin uit Zwolle.",
        69.5,
    ),
    (
        "nl-bosbrand-camping-var",
        "Bosbrand in de Var onder controle, campinggasten mogen terug",
        "De brandweer meldt donderdag dat het vuur na 900 hectare is ingedamd; twee van de vier "
        "campings zijn verwoest, de andere gaan vrijdag weer open.",
        84.0,
    ),
    (
        "nl-zeilers-gered-atlantische-oceaan",
        "Nederlandse zeilers gered op de Atlantische Oceaan",
        "Hun jacht was lek geslagen op weg naar de Azoren.",
        92.5,
    ),
    (
        "nl-zeilers-gered-atlantische-oceaan",
        "Vrachtschip pikt twee Friese zeilers op na lek op de Atlantische Oceaan",
        "Het echtpaar uit Harlingen stuurde donderdagochtend een noodsignaal toen hun zeiljacht "
        "water maakte, 400 zeemijl ten westen van Portugal; een tanker nam hen aan boord.",
        93.0,
    ),
    (
        "nl-noodoproep-waterbron-kessaly",
        "Stichting Waterbron doet noodoproep voor Kessaly",
        "De organisatie wil waterfilters sturen naar de delta.",
        106.5,
    ),
    (
        "nl-noodoproep-waterbron-kessaly",
        "Waterbron vraagt 800.000 euro voor schoon drinkwater in de overstroomde delta van Kessaly",
        "Volgens de stichting uit Leeuwarden dreigt een cholera-uitbraak in de kampen langs de "
        "dijken; met het geld wil ze 5.000 filters en drie pompinstallaties leveren.",
        107.5,
    ),
    (
        "nl-noodoproep-waterbron-kessaly/aanval-medewerkers",
        "Medewerkers van Waterbron beschoten in Morvala",
        "Een lokale ingenieur is gewond.",
        116.0,
    ),
    (
        "nl-noodoproep-waterbron-kessaly/aanval-medewerkers",
        "Auto van Waterbron in het oosten van Morvala onder vuur genomen",
        "Gewapende mannen schoten vrijdagavond op een terreinwagen van de stichting bij een put "
        "in aanbouw; een lokale ingenieur raakte gewond aan zijn arm en de bouw ligt stil.",
        117.5,
    ),
    (
        "nl-aardverschuiving-noorwegen",
        "Aardverschuiving in Noorwegen sleurt huizen mee",
        "Zes woningen in het dorp Holmvik zijn in de fjord gegleden.",
        114.5,
    ),
    (
        "nl-aardverschuiving-noorwegen",
        "Zes huizen in Noors dorp Holmvik door aardverschuiving de fjord in",
        "Na dagen van regen kwam vrijdag een helling in beweging; de bewoners waren op tijd "
        "geëvacueerd, maar een man wordt vermist, meldt de Noorse politie.",
        115.5,
    ),
    (
        "nl-noodweer-tirol-camping",
        "Noodweer in Tirol: camping overstroomd",
        "Nederlandse vakantiegangers zijn met trekkers weggehaald.",
        160.0,
    ),
    (
        "nl-noodweer-tirol-camping",
        "Modderstroom overspoelt camping in Tirol, tientallen Nederlanders geëvacueerd",
        "Na een zware onweersbui zondagmiddag kwam een beek bij Oberfeld met modder en stenen "
        "naar beneden; de brandweer haalde 200 kampeerders met trekkers van het terrein.",
        161.0,
    ),
    (
        "nl-noodweer-tirol-camping",
        "Oberfeld: 'Onze tent dreef gewoon weg'",
        "Een gezin uit Apeldoorn zag vanuit de auto hoe het water hun spullen meenam.",
        164.5,
    ),
    (
        "nl-noodlanding-heraklion-toeristen",
        "Vliegtuig met Nederlandse vakantiegangers maakt noodlanding op Kreta",
        "Het toestel van een chartermaatschappij op weg naar Eindhoven keerde zaterdag kort na de "
        "start terug naar Heraklion met rook in de cabine; de 180 passagiers verlieten het "
        "toestel via de glijbanen.",
        143.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a prisoner exchange at a border crossing and shelling of a village near the same "
    "crossing hours later": (
        "en-prisoner-swap-harvel-crossing/shelling",
        "ru-obmen-plennymi-kpp-grannoe/obstrel",
        "de-gefangenenaustausch-kysyl-bel/beschuss-aktasch",
    ),
    "a migrant boat landing at an island harbour and an engine-room fire on a ferry in the "
    "same harbour hours later": (
        "fr-bateau-migrants-port-kalos/incendie-ferry",
        "es-cayuco-la-caleta-tamarco/incendio-ferry",
        "it-sbarco-santa-nera/incendio-traghetto",
    ),
    "a charity's appeal for one crisis and an attack on the same charity's staff in another "
    "country hours later": (
        "de-spendenaufruf-lichtblick-garessa/ueberfall-kadessa",
        "pt-apelo-maos-unidas-fome/ataque-sarpal",
        "nl-noodoproep-waterbron-kessaly/aanval-medewerkers",
    ),
    "a mountain rescue of stranded climbers and a landslide or mudflow cutting the valley "
    "road below the same mountain hours later": (
        "fr-alpinistes-secourus-aiguille-du-praz/glissement-route",
        "it-soccorso-alpinisti-monte-cervale/frana-strada",
        "ru-spasenie-alpinistov-pik-karakaya/sel-doroga",
    ),
    "a ceasefire agreed between two sides and a prisoner swap between the same two sides "
    "days later": (
        "en-ceasefire-ashkar-belvane/prisoner-swap",
        "es-alto-el-fuego-kalvaro/canje-prisioneros",
        "ru-peremirie-arveniya-saldar/obmen-plennymi",
    ),
    "a border crossing reopened after a closure and a lorry with hidden migrants found at "
    "the same crossing days later": (
        "de-grenzuebergang-halbturn-sued/lkw-migranten",
        "nl-grensovergang-rabaszeg-open/vrachtwagen-migranten",
        "pt-fronteira-pacaruna-reaberta/camiao-migrantes",
    ),
    "an earthquake in a region and a wildfire in the same region days later": (
        "es-terremoto-san-ramon-maule/incendio-forestal",
        "it-terremoto-kastrakia/incendio-boschivo",
        "pt-sismo-albunar-granada/incendio-florestal",
    ),
    "a minister's or UN official's visit to a refugee camp and a fire in the same camp days "
    "later": (
        "en-refugee-camp-visit-tarsa/camp-fire",
        "fr-visite-camp-oum-sele/incendie-camp",
        "nl-bezoek-kamp-wadi-safra/brand-kamp",
    ),
}
