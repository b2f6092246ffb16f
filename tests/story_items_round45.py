"""A forty-fifth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one week of health, science,
environment and farming news in early October as a reader's feeds carry it at daily-digest
density: 40 to 52 items a day (40, 52, 49, 49, 49, 45 and 40 from Monday to Sunday), spanning
4.0 to 166.0 hours. Hospitals and doctors' strikes, outbreaks and vaccines, research results and
launches, wildfires and drought, harvests and farm protests, pollution fines and spills, zoos
and wild animals. It holds 324 items under 129 labels: 105 stories and 24 hard negatives; 45
labels in English (112 items), 12 in each other language (German 31 items, Spanish 31, Russian
31, French 30, Italian 30, Dutch 30, Portuguese 29). Big stories are carried by three or four
outlets over a day (a flash or teaser first, then a fuller page, then a quote-led or reaction
piece hours later that names the event only by its place, its actor or one detail), and twelve
of them have a next-day follow-up with a new fact 22 to 24 hours after the first copy (the
junior doctors offered talks, the Coldhurst measles cases up to 19, the Ashcombe Moor fire under
control, the Dunhallow trust's chief executive gone, the Haddon spill traced to a corroded pipe,
the Treuenfeld villagers home, twenty more beds at the Montclar emergency unit, the Castilla
health department's offer to the striking doctors, the Vesano lake closed to irrigation, the
nurses called to talks in Portugal, the Dutch cabinet inviting the farmers, more grain wagons
asked for after the Приволжская record harvest). Many stories are told once or twice: 52 labels
have two copies, 52 three, 13 four, and 12 stories are told by one outlet. 113 stories and hard
negatives have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Three are two events at the same place or with the
same actor on the same day, 6 to 12 hours apart: a hospital's new wing or ward opened in the
morning and a doctors' walkout at the same hospital that afternoon (Marbeck General, the
Klinikum Hohenau, the San Giorgio at Verolla); a university's research breakthrough and a fire
in a lab of the same university hours later (Brackenmoor's malaria test, Valmont's molecule,
Eemsdal's plastic); an agriculture minister's drought aid in the morning and the same minister
booed over a pesticide ban that evening (Ocaña at Zafrilla, Vreeswijk at Emmeloord, Полетаев at
the farmers' congress). Two are a day apart (21 to 28 hours): an environment agency's fine on a
firm for polluting a river and a separate fuel spill in the same river (the Kelbach, the
Mardello, the Сельга); a health minister's vaccination campaign and a protest against the same
minister's plan to close a hospital or maternity unit (Almadrón, Roccalba, Alvarinhos). Three
are days apart (68 to 84 hours): a farm cooperative's record harvest and its members blocking a
road in a price protest (Terres du Vernois, Valdehornos, Vale Fundo); a rocket launch and a
wildfire near the same spaceport (Saltmere, Ponta do Facho, Северный Яр); a zoo's newborn shown
to the public and a bird-flu closure of the same zoo (Lindenau's elephant calf, Saint-Aurel's
giraffe, Hoogerzand's okapi). Fifteen hard negatives fall within 48 hours of their story, nine
beyond it.

The week also puts side by side what one topic's digest really carries: several strikes of
health workers that are different events (the national junior doctors' ballot and the Marbeck
walkout, the Montclar emergency staff, the Castilla family doctors, the Portuguese nurses, the
Dutch GPs' day of action, the nurses' pay deal), several fires (Ashcombe Moor, Prestwell
landfill, the Saltmere heath, Treuenfeld, Alcorva, Lousinha, the Заболотский peat), several
bird-flu, measles and vaccine items in different places, zoos and wild animals (a bear, a wolf,
bison, a whale, otters), several launches (Saltmere, Kourou, Himmelsfeld, Cierzo-2, the Delft
students' satellite) and several spills and fines on different rivers and coasts.

What "same story" means here: one event (one opening, one walkout, one discovery, one fire, one
launch, one fine, one spill, one harvest report, one blockade, one campaign, one protest, one
outbreak, one release of figures) in that event's news cycle, including a next-day follow-up
with a new fact. Not the same story: another event of the same kind or with the same actor, even
at the same hospital, university, ministry, cooperative, spaceport, river or zoo. A label with a
suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall within 48
hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, places, firms, hospitals, universities, cooperatives, zoos and spaceports are invented
here; real places and bodies appear only as backdrop (England, London, Whitehall, Stevenage,
Andøya, Kourou, the Azores, Lisbon, Porto, Moerdijk, the Hollands Diep, the Wadden islands,
Delft, Drenthe, Emmeloord, the Areia Branca beach, the bassa padovana, the Levante coast,
California, Vallecas, Tres Cantos, the Blayais, the High Court, the Bundesrat, Santé publique
France, Росприроднадзор).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels, texts and
categories), and never run through the merging code before its one scoring run, `python -m
bench.stories --round45`. Once its errors have been read it is no longer a clean check: say so
beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-hospital-marbeck-wing",
        "Marbeck General opens £40m cancer wing",
        "Health secretary cuts the ribbon on a 60-bed unit.",
        9.0,
    ),
    (
        "en-hospital-marbeck-wing",
        "New cancer wing opens at Marbeck General Hospital",
        "A £40 million wing with 60 beds and two radiotherapy suites opened at Marbeck General "
        "Hospital on Monday morning, the trust said, cutting waits for treatment in the county.",
        9.8,
    ),
    (
        "en-hospital-marbeck-wing",
        "'It will save lives': patients welcome Marbeck cancer unit",
        "Patients who had travelled two hours for radiotherapy said the new wing at the town's "
        "hospital would change their lives, as the first appointments were booked.",
        11.5,
    ),
    (
        "en-hospital-marbeck-wing/walkout",
        "Junior doctors walk out at Marbeck General over rotas",
        "Around 80 junior doctors left their shifts at Marbeck General on Monday afternoon in a "
        "row over rotas that they say leave wards unsafe at night.",
        15.5,
    ),
    (
        "en-hospital-marbeck-wing/walkout",
        "Marbeck doctors stage afternoon walkout",
        "Consultants cover wards as juniors leave for four hours.",
        16.4,
    ),
    (
        "en-hospital-marbeck-wing/walkout",
        "Trust 'disappointed' as Marbeck juniors strike hours after wing opening",
        "The hospital trust said it regretted the sudden action by its junior doctors and that "
        "emergency care had continued throughout the four-hour stoppage.",
        19.0,
    ),
    (
        "en-junior-doctors-ballot",
        "Junior doctors vote for five-day national strike",
        "Members of the Doctors' Union backed strike action by 89% on a turnout of 64%, with a "
        "first walkout possible in November.",
        7.0,
    ),
    (
        "en-junior-doctors-ballot",
        "Doctors back national strike",
        "A five-day walkout could start in November, the union says.",
        7.6,
    ),
    (
        "en-junior-doctors-ballot",
        "Health secretary urges doctors to 'come back to the table' after strike vote",
        "Maria Ellwood said the government's door was open, but that the union's demand for a "
        "26% rise could not be met in a single year.",
        12.0,
    ),
    (
        "en-junior-doctors-ballot",
        "Ministers offer talks on Thursday to avert doctors' strike",
        "The government has invited union leaders to talks on Thursday, a day after junior "
        "doctors voted by a wide margin for a national strike in November.",
        30.5,
    ),
    (
        "en-measles-coldhurst",
        "Measles outbreak confirmed at Coldhurst primary schools",
        "Eleven children at three primary schools in Coldhurst have caught measles, health "
        "officials said, urging parents to check their children's vaccination records.",
        27.0,
    ),
    (
        "en-measles-coldhurst",
        "Measles: 11 cases in Coldhurst",
        "Three of the town's primary schools are affected.",
        27.8,
    ),
    (
        "en-measles-coldhurst",
        "Coldhurst parents queue for jabs after measles cases",
        "Pop-up clinics at the town's library gave more than 300 doses of the MMR vaccine in "
        "one afternoon, as parents rushed to protect their children.",
        33.0,
    ),
    (
        "en-measles-coldhurst",
        "Coldhurst measles cases rise to 19 as baby taken to hospital",
        "A seven-month-old baby was admitted to hospital as the number of measles cases in the "
        "town rose to 19, officials said on Wednesday.",
        50.0,
    ),
    (
        "en-flu-jab-rollout",
        "Flu jabs open to over-50s from today",
        "Pharmacies and GP surgeries began offering free flu vaccines to everyone aged 50 and "
        "over on Monday, two weeks earlier than last year.",
        8.0,
    ),
    (
        "en-flu-jab-rollout",
        "Flu vaccine season begins early for over-50s",
        "Pharmacies start free jabs two weeks ahead of last year.",
        13.0,
    ),
    (
        "en-dairy-milk-price-cut",
        "Dairy farmers hit by second milk price cut in a month",
        "Farmers supplying Westvale Dairies will be paid 2p a litre less from November, the "
        "processor said, blaming a glut of butter and cheese on world markets.",
        10.5,
    ),
    (
        "en-dairy-milk-price-cut",
        "Westvale cuts milk price again",
        "Farmers to lose 2p a litre from November.",
        11.0,
    ),
    (
        "en-dairy-milk-price-cut",
        "'We can't keep going': farmers react to Westvale milk cut",
        "Dairy farmers in the west said a second cut in a month would push small herds out of "
        "business before the winter.",
        17.5,
    ),
    (
        "en-whale-stranding-pellworth",
        "Sperm whale stranded on Pellworth beach",
        "A 12-metre sperm whale was found stranded on the beach at Pellworth on Monday, and "
        "marine rescuers said it was unlikely to survive.",
        14.0,
    ),
    (
        "en-whale-stranding-pellworth",
        "Whale stranded at Pellworth",
        "Rescuers fear the 12-metre whale will not survive.",
        14.5,
    ),
    (
        "en-whale-stranding-pellworth",
        "Pellworth whale dies despite rescue effort",
        "The sperm whale stranded on the beach died on Monday evening after rescuers spent "
        "seven hours trying to keep it cool with water.",
        21.0,
    ),
    (
        "en-antarctic-ice-study",
        "Antarctic sea ice slow to recover, scientists find",
        "A study by researchers at the University of Eastmoor found that winter sea ice around "
        "Antarctica has grown back more slowly each year since 2016.",
        18.0,
    ),
    (
        "en-sewage-fine-lenn",
        "Water firm fined £4m for sewage spills into River Lenn",
        "Severnmoor Water was fined £4 million at Harnmoor Crown Court for pumping untreated "
        "sewage into the River Lenn on 240 days over three years.",
        25.0,
    ),
    (
        "en-sewage-fine-lenn",
        "Severnmoor Water fined £4m",
        "Record penalty for sewage spills into the River Lenn.",
        25.4,
    ),
    (
        "en-sewage-fine-lenn",
        "Campaigners say £4m sewage fine 'a drop in the ocean'",
        "River groups said the penalty on the water company was small beside its profits and "
        "called for its bosses to be barred from bonuses.",
        31.0,
    ),
    (
        "en-ambulance-waits-heart-attacks",
        "Ambulances take 47 minutes to reach heart attack patients",
        "Average response times for heart attacks and strokes rose to 47 minutes in September, "
        "the worst for that month since records began.",
        20.0,
    ),
    (
        "en-ambulance-waits-heart-attacks",
        "Ambulance waits for strokes worst on record for September",
        "Paramedics said queues outside hospitals were to blame for the 47-minute average wait.",
        28.5,
    ),
    (
        "en-bison-release-ashwood",
        "Bison return to Ashwood Forest in rewilding scheme",
        "Four European bison were released into Ashwood Forest on Tuesday, the first to roam "
        "there in thousands of years, as part of a rewilding project.",
        29.0,
    ),
    (
        "en-bison-release-ashwood",
        "Bison released in Ashwood Forest",
        "Four animals will help thin the dense woodland.",
        35.0,
    ),
    (
        "en-adhd-drug-shortage",
        "ADHD medicine shortage to last until spring, patients told",
        "Supplies of two common ADHD drugs will stay short until at least March, the health "
        "department said, after a factory in Europe cut its output.",
        32.0,
    ),
    (
        "en-adhd-drug-shortage",
        "Families say ADHD drug shortage is 'chaos' at the pharmacy",
        "Parents described visiting six pharmacies to find their children's tablets as the "
        "shortage of ADHD medicines drags on.",
        40.0,
    ),
    (
        "en-spaceport-saltmere-launch",
        "First rocket launched from Saltmere spaceport",
        "A small rocket carrying two weather satellites lifted off from Saltmere on the north "
        "coast on Tuesday morning, the first launch from British soil this year.",
        30.0,
    ),
    (
        "en-spaceport-saltmere-launch",
        "Saltmere launch: rocket lifts off",
        "Two weather satellites on board the first launch.",
        30.3,
    ),
    (
        "en-spaceport-saltmere-launch",
        "Satellites reach orbit after Saltmere launch",
        "Both weather satellites were working in orbit, the launch firm Northlight said, hours "
        "after its rocket left the pad at Saltmere.",
        34.0,
    ),
    (
        "en-spaceport-saltmere-launch",
        "Crowds cheer as rocket leaves Saltmere on a clear morning",
        "Hundreds watched from the cliffs as the rocket rose from the launch pad, with local "
        "people saying the spaceport had put their town on the map.",
        41.0,
    ),
    (
        "en-wildfire-ashcombe-moor",
        "Wildfire spreads across Ashcombe Moor after dry summer",
        "More than 60 firefighters were tackling a wildfire that had burnt 200 hectares of "
        "Ashcombe Moor by Wednesday morning, the fire service said.",
        49.0,
    ),
    (
        "en-wildfire-ashcombe-moor",
        "Ashcombe Moor fire: 200 hectares burnt",
        "Sixty firefighters at the scene, homes not at risk.",
        49.5,
    ),
    (
        "en-wildfire-ashcombe-moor",
        "Villagers watch smoke cloud from Ashcombe fire",
        "People in the villages below the moor were told to keep windows shut as a cloud of "
        "smoke drifted over their homes.",
        55.0,
    ),
    (
        "en-wildfire-ashcombe-moor",
        "Ashcombe Moor wildfire under control after two days",
        "The fire on the moor was under control on Thursday, the fire service said, after "
        "burning 340 hectares of heather and peat.",
        72.0,
    ),
    (
        "en-uni-brackenmoor-malaria",
        "Brackenmoor scientists develop 10-minute malaria test",
        "Researchers at Brackenmoor University have developed a paper test that detects malaria "
        "from a drop of blood in ten minutes, for less than 20p.",
        50.5,
    ),
    (
        "en-uni-brackenmoor-malaria",
        "Cheap malaria test made at Brackenmoor",
        "Paper strip gives a result in ten minutes.",
        51.0,
    ),
    (
        "en-uni-brackenmoor-malaria",
        "Brackenmoor malaria test could reach clinics in two years",
        "The team behind the test said trials in three countries would start next year, and "
        "that it could be in clinics by 2029.",
        56.0,
    ),
    (
        "en-uni-brackenmoor-malaria/lab-fire",
        "Fire breaks out in Brackenmoor University chemistry block",
        "Staff and students were evacuated from the chemistry building at Brackenmoor "
        "University on Wednesday afternoon after a fire started in a lab on the top floor.",
        62.0,
    ),
    (
        "en-uni-brackenmoor-malaria/lab-fire",
        "Fire at Brackenmoor chemistry labs",
        "Building evacuated, no one is hurt.",
        62.5,
    ),
    (
        "en-uni-brackenmoor-malaria/lab-fire",
        "Brackenmoor lab fire caused by faulty fridge, university says",
        "A fridge that stored solvents caught fire and spread to a fume cupboard, the "
        "university said, adding that nobody was hurt.",
        67.0,
    ),
    (
        "en-coffee-heart-study",
        "Two cups of coffee a day linked to healthier hearts",
        "People who drank two or three cups of coffee a day had a lower risk of heart failure, "
        "a study of 90,000 adults by researchers in Eastmoor found.",
        52.0,
    ),
    (
        "en-coffee-heart-study",
        "Coffee drinkers have lower heart failure risk, study says",
        "The Eastmoor team said the link held after smoking and weight were taken into account.",
        60.0,
    ),
    (
        "en-apple-harvest-hollins",
        "Hollins Valley growers pick record apple crop",
        "Orchards in the Hollins Valley expect their biggest apple harvest in 20 years after a "
        "warm spring, but growers say they are short of pickers.",
        54.0,
    ),
    (
        "en-apple-harvest-hollins",
        "Bumper apple crop but not enough pickers",
        "Growers in the Hollins Valley say fruit may rot on the trees.",
        62.0,
    ),
    (
        "en-hedgehog-survey",
        "Hedgehogs return to towns as countryside numbers fall",
        "Hedgehog numbers in towns have grown after ten years of decline, a survey by two "
        "wildlife charities found, while they keep falling on farmland.",
        57.0,
    ),
    (
        "en-cancer-drug-approval",
        "Regulator approves new drug for advanced bowel cancer",
        "A tablet that slowed the growth of advanced bowel cancer in trials has been approved "
        "for use, the medicines regulator said on Wednesday.",
        53.0,
    ),
    (
        "en-cancer-drug-approval",
        "Bowel cancer drug approved",
        "Tablet for advanced cases cleared by regulator.",
        53.5,
    ),
    (
        "en-cancer-drug-approval",
        "Bowel cancer charity hails approval but warns over price",
        "The charity said the new tablet gave patients months more of life, but that its £6,000 "
        "monthly price could keep it from many of them.",
        65.0,
    ),
    (
        "en-mpox-new-strain-traveller",
        "New mpox strain confirmed in patient in the north",
        "A case of a new strain of mpox has been confirmed in a patient who returned from "
        "travel abroad, health officials said, adding that the risk to the public was low.",
        61.0,
    ),
    (
        "en-mpox-new-strain-traveller",
        "Mpox case confirmed, risk to the public 'low'",
        "Contacts of the patient are being traced.",
        66.0,
    ),
    (
        "en-hosepipe-ban-tillingford",
        "Hosepipe ban stays in force in Tillingford into winter",
        "Tillingford Water said its reservoirs were at 31% and the hosepipe ban in place since "
        "July would stay until at least December.",
        73.0,
    ),
    (
        "en-hosepipe-ban-tillingford",
        "Tillingford hosepipe ban to stay",
        "Reservoirs only 31% full, water firm says.",
        73.5,
    ),
    (
        "en-hosepipe-ban-tillingford",
        "Tillingford gardeners angry as hosepipe ban runs into winter",
        "Allotment holders said they had lost crops and asked why the firm had not fixed leaks "
        "that waste a fifth of its water.",
        80.0,
    ),
    (
        "en-nhs-waiting-list",
        "Hospital waiting list falls for third month in a row",
        "The number of people waiting for planned hospital treatment in England fell to 7.2 "
        "million in August, figures showed on Thursday.",
        76.0,
    ),
    (
        "en-nhs-waiting-list",
        "Waiting list down again, but cancer targets still missed",
        "Fewer patients are waiting, but only 68% started their cancer treatment within two "
        "months of referral.",
        83.0,
    ),
    (
        "en-bird-flu-wexham",
        "Bird flu found at Wexham turkey farm weeks before Christmas",
        "About 20,000 turkeys will be culled at a farm near Wexham after bird flu was "
        "confirmed, and a 3km protection zone has been set up around it.",
        74.0,
    ),
    (
        "en-bird-flu-wexham",
        "Bird flu at Wexham farm",
        "20,000 turkeys to be culled.",
        74.5,
    ),
    (
        "en-bird-flu-wexham",
        "Poultry keepers told to house birds after Wexham bird flu case",
        "All poultry in the county must be kept indoors from Friday, the chief vet said, after "
        "the outbreak at the turkey farm.",
        86.0,
    ),
    (
        "en-maternity-dunhallow",
        "Inquiry finds 30 baby deaths could have been avoided at Dunhallow",
        "An independent review of the maternity unit at Dunhallow Hospital found that 30 babies "
        "might have lived with better care between 2017 and 2024.",
        78.0,
    ),
    (
        "en-maternity-dunhallow",
        "Dunhallow maternity: 30 deaths 'avoidable'",
        "Review finds failings over seven years.",
        78.5,
    ),
    (
        "en-maternity-dunhallow",
        "Dunhallow families: 'We were not listened to'",
        "Parents whose babies died at the hospital said the report confirmed what they had told "
        "the trust for years.",
        84.0,
    ),
    (
        "en-maternity-dunhallow",
        "Dunhallow hospital chief steps down after maternity report",
        "The chief executive of the trust that runs Dunhallow Hospital resigned on Friday, a "
        "day after a review found 30 baby deaths could have been avoided.",
        100.0,
    ),
    (
        "en-antibiotic-resistance-report",
        "Drug-resistant infections up by a fifth, says health agency",
        "Infections that do not respond to antibiotics rose by 21% last year, the health "
        "security agency said, urging doctors to prescribe fewer of them.",
        77.0,
    ),
    (
        "en-antibiotic-resistance-report",
        "Warning over rise in infections resistant to antibiotics",
        "The agency said 66,000 people had such an infection last year.",
        88.0,
    ),
    (
        "en-lunar-lander-test",
        "British-built lunar lander passes vibration test",
        "A lander built by Orbis Dynamics in Stevenage passed its last shaking test, putting it "
        "on course for a launch to the Moon next year.",
        81.0,
    ),
    (
        "en-lunar-lander-test",
        "Moon lander clears final test before launch",
        "Orbis Dynamics says it will ship the craft in the spring.",
        90.0,
    ),
    (
        "en-tree-felling-row",
        "Council halts felling of 40 street trees after protest",
        "Harnley council stopped work to cut down 40 lime trees after residents stood in front "
        "of the chainsaws on Thursday morning.",
        85.0,
    ),
    (
        "en-spaceport-saltmere-launch/wildfire",
        "Heath fire near Saltmere spaceport forces road closure",
        "A fire on the heath a mile from the Saltmere spaceport burnt 50 hectares on Friday and "
        "closed the coast road, firefighters said.",
        100.5,
    ),
    (
        "en-spaceport-saltmere-launch/wildfire",
        "Saltmere heath fire closes coast road",
        "Fifty hectares burnt a mile from the spaceport.",
        101.0,
    ),
    (
        "en-spaceport-saltmere-launch/wildfire",
        "Spaceport staff evacuated as Saltmere heath fire spreads",
        "Around 40 staff were sent home as smoke from the heath fire drifted over the site, "
        "though the fire service said buildings were not at risk.",
        108.0,
    ),
    (
        "en-potato-yields",
        "Potato yields down a quarter after dry summer",
        "Farmers have lifted about 25% fewer potatoes than usual this autumn, the growers' "
        "association said, warning of higher prices for chips and crisps.",
        97.0,
    ),
    (
        "en-potato-yields",
        "Chip prices may rise as potato harvest falls short",
        "Growers say small potatoes from a dry summer are no use to chip shops.",
        106.0,
    ),
    (
        "en-badger-cull-ruling",
        "High Court rejects challenge to badger cull in the west",
        "A wildlife group lost its challenge to the licence for a badger cull in three "
        "counties, the High Court ruled on Friday.",
        98.0,
    ),
    (
        "en-badger-cull-ruling",
        "Badger cull can go ahead, judge rules",
        "Wildlife group says it will appeal the decision.",
        104.0,
    ),
    (
        "en-comet-rydal-bay-teacher",
        "Retired teacher discovers new comet from his garden",
        "A retired science teacher in Rydal Bay found a new comet with a telescope in his back "
        "garden, and it now bears his name.",
        99.0,
    ),
    (
        "en-comet-rydal-bay-teacher",
        "Comet found in Rydal Bay garden confirmed by astronomers",
        "The comet will be visible with binoculars in early December.",
        110.0,
    ),
    (
        "en-covid-booster-uptake",
        "Only one in three care home residents had autumn Covid jab",
        "Uptake of the autumn Covid booster in care homes is well below last year's level, "
        "figures show, with a month of the campaign left.",
        102.0,
    ),
    (
        "en-covid-booster-uptake",
        "Care home Covid booster uptake lags behind last year",
        "Health officials urge homes to book vaccination visits.",
        112.0,
    ),
    (
        "en-landfill-fire-prestwell",
        "Landfill fire sends smoke over Prestwell homes",
        "Residents of Prestwell were told to keep doors and windows shut as a fire at the "
        "town's landfill site sent thick smoke across the estate.",
        103.0,
    ),
    (
        "en-landfill-fire-prestwell",
        "Prestwell landfill on fire",
        "Residents told to keep windows shut.",
        103.5,
    ),
    (
        "en-landfill-fire-prestwell",
        "Prestwell landfill fire may burn for days, firefighters say",
        "Crews said the fire was deep inside the waste, and the site operator could face a fine.",
        115.0,
    ),
    (
        "en-farmers-tractor-protest",
        "Hundreds of tractors drive into London over farm tax",
        "Farmers drove about 400 tractors along Whitehall on Saturday in protest at inheritance "
        "tax on farms, bringing central London to a halt.",
        122.0,
    ),
    (
        "en-farmers-tractor-protest",
        "Tractors fill Whitehall",
        "Farmers protest over inheritance tax on farms.",
        122.5,
    ),
    (
        "en-farmers-tractor-protest",
        "'This is our children's future': farmers at the tractor rally",
        "Farmers who drove through the night said the tax would force families to sell land "
        "they had worked for generations.",
        128.0,
    ),
    (
        "en-oil-spill-haddon",
        "Oil spill blackens Haddon estuary",
        "Oil from a leaking tanker berth has spread along 3km of the Haddon estuary, home to "
        "thousands of wading birds, the harbour authority said.",
        121.0,
    ),
    (
        "en-oil-spill-haddon",
        "Oil spill in Haddon estuary",
        "Birds at risk along a 3km stretch.",
        121.4,
    ),
    (
        "en-oil-spill-haddon",
        "Volunteers clean oiled birds after Haddon estuary spill",
        "A wildlife charity said it had taken in 60 oiled birds, mostly ducks and geese, from "
        "the estuary.",
        127.0,
    ),
    (
        "en-oil-spill-haddon",
        "Haddon spill came from corroded pipe, harbour says",
        "The oil that spread along the estuary came from a corroded pipe at the tanker berth, "
        "the harbour authority said on Sunday, as the clean-up continued.",
        145.0,
    ),
    (
        "en-gp-surgery-closures",
        "Three GP surgeries in Fenwold to close next year",
        "Some 18,000 patients in Fenwold will have to register elsewhere after the firm that "
        "runs three surgeries said it would hand back its contract.",
        124.0,
    ),
    (
        "en-gp-surgery-closures",
        "Fenwold patients fear long waits as surgeries close",
        "The health board says nearby practices will take on the patients.",
        131.0,
    ),
    (
        "en-dementia-blood-test",
        "Blood test spots Alzheimer's years before symptoms, trial finds",
        "A simple blood test picked out Alzheimer's disease in nine out of ten people up to ten "
        "years before symptoms, a trial by Eastmoor and Harland universities found.",
        125.0,
    ),
    (
        "en-dementia-blood-test",
        "Blood test for Alzheimer's",
        "Trial finds it works years before symptoms.",
        125.5,
    ),
    (
        "en-dementia-blood-test",
        "Alzheimer's blood test could be used by GPs, researchers say",
        "The researchers said the test would cost less than a brain scan and could be offered "
        "by GPs within five years.",
        133.0,
    ),
    (
        "en-satellite-reentry",
        "Old weather satellite to fall to Earth this weekend",
        "A disused weather satellite will re-enter the atmosphere on Sunday, and most of it "
        "will burn up, the space agency said.",
        126.0,
    ),
    (
        "en-satellite-reentry",
        "Old satellite burns up over the Atlantic",
        "Space agency says no pieces reached land.",
        150.0,
    ),
    (
        "en-hospital-parking-charges",
        "Hospital parking charges to rise at four sites in the north",
        "Parking at four hospitals will cost up to £4 an hour from November, which unions said "
        "was a tax on staff and patients.",
        130.0,
    ),
    (
        "en-nurse-pay-deal",
        "Nurses accept pay deal, ending threat of winter strike",
        "Members of the nurses' union voted by 61% to accept a 5.4% pay rise, ending the threat "
        "of strikes over the winter.",
        146.0,
    ),
    (
        "en-nurse-pay-deal",
        "Nurses accept pay offer",
        "Vote ends threat of winter strikes.",
        146.5,
    ),
    (
        "en-nurse-pay-deal",
        "Health secretary welcomes nurses' vote on pay",
        "Maria Ellwood said the deal showed that talks worked, and urged junior doctors to follow.",
        152.0,
    ),
    (
        "en-otter-survey",
        "Otters found on every river in the county for first time",
        "A survey by volunteers found signs of otters on all 22 rivers in the county, the first "
        "time since records began in the 1970s.",
        148.0,
    ),
    (
        "en-mackerel-quota",
        "Fishermen angry at cut in mackerel quota",
        "The mackerel catch will be cut by 22% next year under a deal between fishing nations, "
        "which skippers said would cost them their living.",
        150.0,
    ),
    (
        "en-mackerel-quota",
        "Mackerel quota cut by 22% for next year",
        "Scientists say stocks have fallen after years of overfishing.",
        158.0,
    ),
    (
        "en-school-air-pollution",
        "Traffic-free school streets cut pollution by a third, study finds",
        "Closing roads outside schools at drop-off time cut levels of nitrogen dioxide by up to "
        "33%, a study of 40 schools found.",
        149.0,
    ),
    (
        "en-school-air-pollution",
        "School street closures clear the air, researchers say",
        "Councils urged to close more roads at the school gates.",
        160.0,
    ),
    (
        "en-wheat-price-rise",
        "Wheat price hits two-year high after poor harvests",
        "The price of wheat rose to its highest in two years after poor harvests in Europe and "
        "the Black Sea region, traders said.",
        151.0,
    ),
    (
        "en-wheat-price-rise",
        "Bread may cost more as wheat price climbs",
        "Millers warn of higher prices in the new year.",
        162.0,
    ),
    # --- German ---
    (
        "de-zoo-lindenau-elefant",
        "Elefantenbaby im Zoo Lindenau vorgestellt",
        "Der Zoo Lindenau hat am Montag sein erstes Elefantenkalb seit 30 Jahren gezeigt. Das "
        "Weibchen wiegt 110 Kilo und ist nach Angaben der Pfleger gesund.",
        11.0,
    ),
    (
        "de-zoo-lindenau-elefant",
        "Lindenau: Elefantenkalb ist da",
        "Der Zoo zeigt das Jungtier erstmals den Besuchern.",
        12.0,
    ),
    (
        "de-zoo-lindenau-elefant/vogelgrippe",
        "Vogelgrippe im Zoo Lindenau: Tierpark geschlossen",
        "Nach dem Nachweis der Vogelgrippe bei zwei Pelikanen hat der Zoo Lindenau am "
        "Donnerstag bis auf Weiteres geschlossen. Die Vögel wurden getötet.",
        82.0,
    ),
    (
        "de-zoo-lindenau-elefant/vogelgrippe",
        "Zoo Lindenau schließt wegen Vogelgrippe",
        "Zwei Pelikane sind an dem Virus erkrankt.",
        82.5,
    ),
    (
        "de-zoo-lindenau-elefant/vogelgrippe",
        "Vogelgrippe: Lindenauer Zoo bleibt mindestens zwei Wochen zu",
        "Das Veterinäramt hat eine Sperrzone um den Zoo eingerichtet, alle Vögel müssen in den "
        "Ställen bleiben.",
        90.0,
    ),
    (
        "de-klinikum-hohenau-neubau",
        "Klinikum Hohenau eröffnet neues Herzzentrum",
        "Mit einem Festakt hat das Klinikum Hohenau am Dienstagvormittag sein neues Herzzentrum "
        "für 85 Millionen Euro eröffnet. Die Landesgesundheitsministerin war dabei.",
        33.0,
    ),
    (
        "de-klinikum-hohenau-neubau",
        "Neues Herzzentrum in Hohenau eröffnet",
        "Das Land hat den Bau mit 60 Millionen Euro gefördert.",
        33.6,
    ),
    (
        "de-klinikum-hohenau-neubau",
        "Patienten in Hohenau freuen sich über kürzere Wege zur Herz-OP",
        "Bisher mussten Herzpatienten aus der Region bis in die Uniklinik fahren. Das ändert "
        "sich nun mit dem Neubau.",
        37.0,
    ),
    (
        "de-klinikum-hohenau-neubau/warnstreik",
        "Ärzte am Klinikum Hohenau legen Arbeit nieder",
        "Nur Stunden nach der Eröffnung des Herzzentrums haben Assistenzärzte am Klinikum "
        "Hohenau am Dienstagnachmittag einen Warnstreik begonnen. Sie fordern mehr Personal auf "
        "den Stationen.",
        41.0,
    ),
    (
        "de-klinikum-hohenau-neubau/warnstreik",
        "Warnstreik der Ärzte in Hohenau",
        "Notfälle werden weiter versorgt, sagt die Klinik.",
        41.5,
    ),
    (
        "de-klinikum-hohenau-neubau/warnstreik",
        "Hohenauer Ärzte: „Feiern auf der einen Seite, Überstunden auf der anderen“",
        "Die streikenden Ärzte warfen der Klinikleitung vor, Geld in Beton statt in Personal zu "
        "stecken.",
        46.0,
    ),
    (
        "de-waldbrand-treuenfeld",
        "Waldbrand bei Treuenfeld: Feuerwehr kämpft gegen die Flammen",
        "Nach Wochen ohne Regen brennt bei Treuenfeld ein Kiefernwald auf 80 Hektar. Rund 200 "
        "Einsatzkräfte sind vor Ort, ein Dorf wurde geräumt.",
        52.0,
    ),
    (
        "de-waldbrand-treuenfeld",
        "Waldbrand bei Treuenfeld",
        "Ein Dorf ist geräumt, 80 Hektar stehen in Flammen.",
        52.4,
    ),
    (
        "de-waldbrand-treuenfeld",
        "Löschhubschrauber der Bundeswehr über Treuenfeld im Einsatz",
        "Zwei Hubschrauber werfen Wasser über dem brennenden Wald ab, weil die Einsatzkräfte "
        "wegen alter Munition im Boden nicht in den Wald dürfen.",
        58.0,
    ),
    (
        "de-waldbrand-treuenfeld",
        "Treuenfelder dürfen in ihre Häuser zurück",
        "Der Waldbrand ist nach Angaben des Landkreises unter Kontrolle, die Bewohner des "
        "geräumten Dorfes konnten am Donnerstag zurückkehren.",
        75.0,
    ),
    (
        "de-umweltamt-bussgeld-kelbach",
        "Umweltamt verhängt 900.000 Euro Bußgeld gegen Chemiewerk",
        "Das Landesumweltamt hat gegen die Verlon Chemie ein Bußgeld von 900.000 Euro verhängt. "
        "Die Firma hatte über Monate Abwasser mit zu viel Ammonium in die Kelbach geleitet.",
        55.0,
    ),
    (
        "de-umweltamt-bussgeld-kelbach",
        "Verlon Chemie muss wegen Einleitungen in die Kelbach zahlen",
        "Das Werk will gegen den Bescheid Widerspruch einlegen.",
        63.0,
    ),
    (
        "de-umweltamt-bussgeld-kelbach/oelfilm",
        "Ölfilm auf der Kelbach: Hunderte tote Fische",
        "Auf mehreren Kilometern der Kelbach treibt seit Donnerstag ein Ölfilm. Anwohner fanden "
        "Hunderte tote Fische, die Polizei sucht nach dem Verursacher.",
        76.0,
    ),
    (
        "de-umweltamt-bussgeld-kelbach/oelfilm",
        "Öl in der Kelbach",
        "Hunderte Fische sind tot, die Ursache ist unklar.",
        76.6,
    ),
    (
        "de-umweltamt-bussgeld-kelbach/oelfilm",
        "Ölfilm auf der Kelbach stammt aus undichtem Heizöltank",
        "Nach Angaben der Polizei ist das Öl aus dem Tank eines Autohauses in den Fluss "
        "gelaufen, nicht aus dem Chemiewerk.",
        85.0,
    ),
    (
        "de-krankenhausreform-bundesrat",
        "Bundesrat stimmt Krankenhausreform zu",
        "Die Länderkammer hat am Freitag die umstrittene Krankenhausreform gebilligt. Kleine "
        "Kliniken auf dem Land fürchten nun um ihre Zukunft.",
        98.0,
    ),
    (
        "de-krankenhausreform-bundesrat",
        "Krankenhausreform passiert den Bundesrat",
        "Die Länder geben grünes Licht für die Reform.",
        98.5,
    ),
    (
        "de-krankenhausreform-bundesrat",
        "Kliniken auf dem Land fürchten nach Reform die Schließung",
        "Die Krankenhausgesellschaft rechnet damit, dass bis zu 150 Häuser in den nächsten "
        "Jahren schließen müssen.",
        107.0,
    ),
    (
        "de-kartoffelernte-bilanz",
        "Kartoffelernte fällt wegen Trockenheit mager aus",
        "Die Bauern haben in diesem Jahr rund ein Fünftel weniger Kartoffeln geerntet als im "
        "Schnitt, teilte der Bauernverband mit. Schuld ist der trockene Sommer.",
        101.0,
    ),
    (
        "de-kartoffelernte-bilanz",
        "Weniger Kartoffeln: Preise für Pommes könnten steigen",
        "Der Verband der Kartoffelverarbeiter warnt vor höheren Preisen im Winter.",
        113.0,
    ),
    (
        "de-traktorenkorso-ostrau",
        "Hunderte Traktoren legen Innenstadt von Ostrau lahm",
        "Mit rund 500 Traktoren haben Landwirte am Sonntag in Ostrau gegen niedrige "
        "Erzeugerpreise und neue Auflagen für Dünger protestiert.",
        148.0,
    ),
    (
        "de-traktorenkorso-ostrau",
        "Bauernprotest in Ostrau: Verkehr in der Innenstadt steht still",
        "Die Polizei spricht von einem friedlichen Protest, aber langen Staus.",
        156.0,
    ),
    (
        "de-raketenstart-himmelsfeld",
        "Erste Rakete von Himmelsfeld Aerospace erreicht die Umlaufbahn",
        "Das Start-up Himmelsfeld Aerospace aus Bayern hat am Samstag seine erste Rakete vom "
        "Weltraumbahnhof Andøya in Norwegen gestartet und einen Satelliten ausgesetzt.",
        142.0,
    ),
    (
        "de-raketenstart-himmelsfeld",
        "Himmelsfeld-Rakete gestartet",
        "Der erste Start des Start-ups ist geglückt.",
        142.5,
    ),
    (
        "de-raketenstart-himmelsfeld",
        "Jubel in Bayern nach erstem Raketenstart von Himmelsfeld",
        "Die Gründer sprachen von einem historischen Tag für die deutsche Raumfahrt und "
        "kündigten drei weitere Starts für das nächste Jahr an.",
        149.0,
    ),
    (
        "de-masern-schule-wernigsdorf",
        "Masern an Grundschule in Wernigsdorf: 40 Kinder müssen zu Hause bleiben",
        "Nach drei Masernfällen an einer Grundschule hat das Gesundheitsamt allen Kindern ohne "
        "Impfnachweis den Schulbesuch bis auf Weiteres untersagt.",
        160.0,
    ),
    # --- French ---
    (
        "fr-cooperative-vernois-recolte",
        "Récolte record de maïs pour la coopérative Terres du Vernois",
        "La coopérative Terres du Vernois a annoncé lundi une récolte record de 410 000 tonnes "
        "de maïs, grâce à un été chaud mais assez arrosé dans la vallée.",
        14.0,
    ),
    (
        "fr-cooperative-vernois-recolte",
        "Terres du Vernois : une récolte de maïs jamais vue",
        "La coopérative parle d'une année exceptionnelle pour ses 2 300 adhérents.",
        20.0,
    ),
    (
        "fr-cooperative-vernois-recolte/blocage",
        "Les tracteurs de Terres du Vernois bloquent la rocade de Blémont",
        "Plusieurs centaines d'agriculteurs de la coopérative ont bloqué jeudi la rocade de "
        "Blémont pour protester contre le prix du lait payé par les laiteries.",
        86.0,
    ),
    (
        "fr-cooperative-vernois-recolte/blocage",
        "Rocade de Blémont bloquée par des tracteurs",
        "Les éleveurs dénoncent le prix du lait.",
        86.5,
    ),
    (
        "fr-cooperative-vernois-recolte/blocage",
        "Blocage à Blémont : les éleveurs promettent de revenir",
        "Les agriculteurs ont levé le barrage en fin de journée, mais disent qu'ils reviendront "
        "si le prix n'est pas relevé.",
        94.0,
    ),
    (
        "fr-zoo-saint-aurel-girafon",
        "Un girafon est né au parc zoologique de Saint-Aurel",
        "Le parc zoologique de Saint-Aurel a annoncé mardi la naissance d'un girafon, le "
        "premier depuis sept ans. Il mesure déjà 1,80 mètre.",
        36.0,
    ),
    (
        "fr-zoo-saint-aurel-girafon",
        "Naissance d'un girafon à Saint-Aurel",
        "Le petit sera visible par le public dès le week-end.",
        44.0,
    ),
    (
        "fr-zoo-saint-aurel-girafon/grippe-aviaire",
        "Grippe aviaire : le zoo de Saint-Aurel ferme ses portes",
        "Un cas de grippe aviaire a été confirmé chez un flamant rose du parc zoologique de "
        "Saint-Aurel, qui a fermé vendredi pour au moins quinze jours.",
        110.0,
    ),
    (
        "fr-zoo-saint-aurel-girafon/grippe-aviaire",
        "Le zoo de Saint-Aurel fermé pour grippe aviaire",
        "Un flamant rose a été testé positif.",
        110.5,
    ),
    (
        "fr-zoo-saint-aurel-girafon/grippe-aviaire",
        "Grippe aviaire à Saint-Aurel : les oiseaux du zoo confinés",
        "La préfecture a demandé de mettre à l'abri tous les oiseaux du parc et des élevages "
        "voisins.",
        118.0,
    ),
    (
        "fr-greve-urgences-montclar",
        "Grève aux urgences du CHU de Montclar",
        "Les infirmiers et les aides-soignants des urgences du CHU de Montclar sont en grève "
        "depuis mardi pour réclamer plus de lits et de personnel.",
        26.0,
    ),
    (
        "fr-greve-urgences-montclar",
        "Urgences de Montclar en grève",
        "Le personnel réclame des lits et des renforts.",
        26.5,
    ),
    (
        "fr-greve-urgences-montclar",
        "À Montclar, des patients attendent douze heures sur des brancards",
        "Les grévistes racontent des nuits où plus de trente patients attendent dans les "
        "couloirs faute de lits.",
        32.0,
    ),
    (
        "fr-greve-urgences-montclar",
        "Montclar : le CHU promet vingt lits de plus aux urgences",
        "Au lendemain du début de la grève, la direction a promis d'ouvrir vingt lits et "
        "d'embaucher huit infirmiers d'ici janvier.",
        50.0,
    ),
    (
        "fr-secheresse-arrete-doubeyre",
        "Sécheresse : la Doubeyre passe en alerte renforcée",
        "Le préfet de la Doubeyre a placé tout le département en alerte renforcée sécheresse "
        "mercredi. L'arrosage des jardins et le lavage des voitures sont interdits.",
        60.0,
    ),
    (
        "fr-secheresse-arrete-doubeyre",
        "Arrosage interdit dans toute la Doubeyre",
        "Les nappes sont au plus bas pour un mois d'octobre.",
        68.0,
    ),
    (
        "fr-kourou-lancement-satellite",
        "Un satellite de météo lancé depuis Kourou",
        "Une fusée a décollé jeudi depuis le centre spatial de Kourou avec à son bord Méteor-4, "
        "un satellite qui doit améliorer les prévisions des orages.",
        74.0,
    ),
    (
        "fr-kourou-lancement-satellite",
        "Décollage réussi à Kourou",
        "Le satellite Méteor-4 est en orbite.",
        74.5,
    ),
    (
        "fr-kourou-lancement-satellite",
        "Méteor-4 : les premières images attendues en décembre",
        "Les ingénieurs ont confirmé que le satellite avait déployé ses panneaux solaires et "
        "répondait aux commandes.",
        80.0,
    ),
    (
        "fr-universite-valmont-molecule",
        "Une molécule contre les bactéries résistantes découverte à Valmont",
        "Des chercheurs de l'université de Valmont ont découvert une molécule capable de tuer "
        "des bactéries qui résistent à tous les antibiotiques connus, selon une étude parue "
        "vendredi.",
        104.0,
    ),
    (
        "fr-universite-valmont-molecule",
        "Découverte à l'université de Valmont",
        "Une molécule tue des bactéries résistantes.",
        104.6,
    ),
    (
        "fr-universite-valmont-molecule",
        "Bactéries résistantes : « un espoir, mais pas encore un médicament »",
        "La chercheuse qui a dirigé l'équipe de Valmont prévient qu'il faudra au moins huit ans "
        "avant un traitement.",
        108.0,
    ),
    (
        "fr-universite-valmont-molecule/incendie-labo",
        "Incendie dans un laboratoire de l'université de Valmont",
        "Un incendie s'est déclaré vendredi après-midi dans un laboratoire de physique de "
        "l'université de Valmont. Deux cents étudiants ont été évacués.",
        110.0,
    ),
    (
        "fr-universite-valmont-molecule/incendie-labo",
        "Feu dans un labo à Valmont",
        "Deux cents étudiants évacués, pas de blessé.",
        110.7,
    ),
    (
        "fr-universite-valmont-molecule/incendie-labo",
        "Valmont : l'incendie du labo de physique parti d'un court-circuit",
        "Les pompiers ont maîtrisé le feu en une heure. Le bâtiment restera fermé plusieurs "
        "semaines.",
        116.0,
    ),
    (
        "fr-bronchiolite-epidemie",
        "Bronchiolite : l'épidémie commence plus tôt que prévu",
        "Santé publique France a déclaré dimanche le début de l'épidémie de bronchiolite dans "
        "cinq régions, avec deux semaines d'avance sur l'an dernier.",
        144.0,
    ),
    (
        "fr-bronchiolite-epidemie",
        "Les pédiatres débordés par la bronchiolite",
        "Les services d'urgences pédiatriques sont déjà pleins dans plusieurs villes.",
        157.0,
    ),
    (
        "fr-vendanges-precoces",
        "Vendanges terminées avec un mois d'avance dans le Blayais",
        "Les viticulteurs ont fini de cueillir le raisin dès début octobre après un été très "
        "chaud, avec des volumes en baisse de 15 %.",
        138.0,
    ),
    (
        "fr-vendanges-precoces",
        "Des vendanges précoces et maigres",
        "Les viticulteurs craignent pour leurs revenus.",
        147.0,
    ),
    (
        "fr-frelon-asiatique-ruchers",
        "Le frelon asiatique décime les ruchers de la vallée de l'Osse",
        "Les apiculteurs de la vallée de l'Osse disent avoir perdu près d'un tiers de leurs "
        "ruches cette saison à cause du frelon asiatique.",
        155.0,
    ),
    # --- Spanish ---
    (
        "es-sanidad-campana-gripe",
        "Sanidad arranca la campaña de vacunación contra la gripe y el covid",
        "La ministra de Sanidad, Lucía Berrocal, ha dado este lunes el pistoletazo de salida a "
        "la campaña de vacunación contra la gripe y el covid, que se dirige a los mayores de 60 "
        "años.",
        10.0,
    ),
    (
        "es-sanidad-campana-gripe",
        "Empieza la campaña de la gripe",
        "Berrocal pide a los mayores que se vacunen ya.",
        10.5,
    ),
    (
        "es-sanidad-campana-gripe",
        "Berrocal se vacuna en público para dar ejemplo",
        "La ministra recibió la dosis en un centro de salud de Vallecas y recordó que la gripe "
        "llenó los hospitales el invierno pasado.",
        16.0,
    ),
    (
        "es-sanidad-campana-gripe/protesta-cierre",
        "Miles de vecinos protestan contra el cierre del hospital de Almadrón",
        "Unas 6.000 personas se manifestaron el martes en Almadrón contra el plan del "
        "Ministerio de Sanidad de cerrar el hospital comarcal y trasladar sus servicios a la "
        "capital.",
        34.0,
    ),
    (
        "es-sanidad-campana-gripe/protesta-cierre",
        "Protesta en Almadrón por el hospital",
        "Miles de vecinos contra el cierre.",
        34.5,
    ),
    (
        "es-sanidad-campana-gripe/protesta-cierre",
        "Los alcaldes de la comarca de Almadrón piden a Berrocal que rectifique",
        "Los regidores de catorce pueblos entregaron una carta a la ministra para que retire el "
        "plan de cierre del hospital.",
        42.0,
    ),
    (
        "es-cooperativa-valdehornos-cosecha",
        "La cooperativa de Valdehornos prevé una cosecha récord de aceituna",
        "La cooperativa San Isidro de Valdehornos espera recoger este año 95 millones de kilos "
        "de aceituna, un récord, gracias a las lluvias de la primavera.",
        40.0,
    ),
    (
        "es-cooperativa-valdehornos-cosecha",
        "Récord de aceituna en Valdehornos",
        "El aceite podría bajar de precio este invierno.",
        48.0,
    ),
    (
        "es-cooperativa-valdehornos-cosecha/tractorada",
        "Tractorada de los socios de la cooperativa de Valdehornos en la A-44",
        "Cientos de agricultores de la cooperativa de Valdehornos cortaron el sábado la autovía "
        "A-44 con sus tractores para protestar por los bajos precios en origen.",
        124.0,
    ),
    (
        "es-cooperativa-valdehornos-cosecha/tractorada",
        "Tractores cortan la A-44",
        "Los olivareros de Valdehornos protestan por los precios.",
        124.5,
    ),
    (
        "es-cooperativa-valdehornos-cosecha/tractorada",
        "Los olivareros de Valdehornos amenazan con más cortes",
        "Los agricultores dicen que las grandes envasadoras pagan menos de lo que cuesta "
        "producir el aceite.",
        131.0,
    ),
    (
        "es-ministro-sequia-ayudas",
        "Ocaña anuncia 300 millones en ayudas a los agricultores por la sequía",
        "El ministro de Agricultura, Ramiro Ocaña, ha anunciado este miércoles por la mañana un "
        "paquete de 300 millones de euros para los agricultores y ganaderos afectados por la "
        "sequía.",
        56.0,
    ),
    (
        "es-ministro-sequia-ayudas",
        "300 millones contra la sequía",
        "Ocaña anuncia ayudas para el campo.",
        56.5,
    ),
    (
        "es-ministro-sequia-ayudas",
        "Las organizaciones agrarias ven «insuficientes» las ayudas de Ocaña",
        "Los sindicatos del campo calculan que las pérdidas por la sequía superan los 2.000 "
        "millones de euros.",
        60.0,
    ),
    (
        "es-ministro-sequia-ayudas/abucheo-pesticida",
        "Abuchean a Ocaña en la feria agrícola de Zafrilla por la prohibición de un herbicida",
        "Decenas de agricultores abuchearon el miércoles por la tarde al ministro de "
        "Agricultura en la feria de Zafrilla por la prohibición de un herbicida muy usado en el "
        "olivar.",
        66.0,
    ),
    (
        "es-ministro-sequia-ayudas/abucheo-pesticida",
        "Pitada a Ocaña en Zafrilla",
        "Los agricultores protestan por el veto a un herbicida.",
        66.5,
    ),
    (
        "es-ministro-sequia-ayudas/abucheo-pesticida",
        "Ocaña defiende el veto al herbicida tras los abucheos",
        "El ministro dijo que la prohibición se basa en informes científicos europeos y que no "
        "dará marcha atrás.",
        72.0,
    ),
    (
        "es-huelga-medicos-castilla",
        "Los médicos de atención primaria de Castilla van a la huelga",
        "Los médicos de familia de los centros de salud de Castilla secundaron el jueves una "
        "huelga indefinida para pedir menos pacientes por consulta.",
        76.0,
    ),
    (
        "es-huelga-medicos-castilla",
        "Huelga de médicos de familia",
        "Los centros de salud funcionan con servicios mínimos.",
        76.5,
    ),
    (
        "es-huelga-medicos-castilla",
        "Pacientes sin cita por la huelga de médicos en Castilla",
        "En muchos centros de salud solo se atendieron las urgencias durante la jornada de huelga.",
        82.0,
    ),
    (
        "es-huelga-medicos-castilla",
        "Sanidad de Castilla ofrece limitar a 30 los pacientes por médico",
        "Un día después del inicio de la huelga, la consejería propuso un máximo de 30 "
        "pacientes al día por médico; el sindicato estudiará la oferta.",
        98.0,
    ),
    (
        "es-incendio-sierra-alcorva",
        "Un incendio forestal en la sierra de Alcorva obliga a desalojar dos pueblos",
        "Más de 400 vecinos de dos pueblos han sido desalojados por un incendio que ha quemado "
        "900 hectáreas en la sierra de Alcorva.",
        100.0,
    ),
    (
        "es-incendio-sierra-alcorva",
        "Incendio en la sierra de Alcorva",
        "Dos pueblos desalojados y 900 hectáreas quemadas.",
        100.4,
    ),
    (
        "es-incendio-sierra-alcorva",
        "Los vecinos de Alcorva vuelven a casa tras el incendio",
        "Los bomberos dan por estabilizado el fuego, que ha arrasado 1.200 hectáreas de pinar.",
        108.0,
    ),
    (
        "es-vertido-rio-tinares",
        "Un vertido de una mina tiñe de naranja el río Tinares",
        "Un vertido de agua ácida de una mina abandonada ha teñido de naranja varios kilómetros "
        "del río Tinares y ha matado a cientos de peces.",
        146.0,
    ),
    (
        "es-vertido-rio-tinares",
        "La Confederación investiga el vertido en el Tinares",
        "Los ecologistas piden sellar la mina cuanto antes.",
        154.0,
    ),
    (
        "es-satelite-lanzamiento-cierzo",
        "Despega el satélite español de observación Cierzo-2",
        "El satélite de observación de la Tierra Cierzo-2, construido por una empresa de Tres "
        "Cantos, fue lanzado el domingo desde California.",
        146.5,
    ),
    (
        "es-satelite-lanzamiento-cierzo",
        "Cierzo-2 ya envía sus primeras señales",
        "El satélite vigilará incendios y sequías desde el espacio.",
        155.0,
    ),
    (
        "es-dengue-caso-autoctono",
        "Confirmado un caso de dengue autóctono en la costa de Levante",
        "Sanidad ha confirmado un caso de dengue contraído en España por un hombre que no había "
        "viajado, en un pueblo de la costa de Levante.",
        150.0,
    ),
    (
        "es-dengue-caso-autoctono",
        "Fumigan el pueblo del caso de dengue",
        "Las autoridades buscan al mosquito tigre.",
        158.0,
    ),
    (
        "es-lince-cachorros-record",
        "El lince ibérico supera por primera vez los 2.500 ejemplares",
        "El censo anual muestra que el lince ibérico ha superado los 2.500 ejemplares, una "
        "cifra que hace veinte años parecía imposible.",
        164.0,
    ),
    # --- Italian ---
    (
        "it-ospedale-sangiorgio-reparto",
        "Inaugurato il nuovo reparto di pediatria dell'ospedale San Giorgio",
        "È stato inaugurato giovedì mattina il nuovo reparto di pediatria dell'ospedale San "
        "Giorgio di Verolla, con 40 posti letto e una terapia intensiva neonatale.",
        81.0,
    ),
    (
        "it-ospedale-sangiorgio-reparto",
        "San Giorgio, nuova pediatria",
        "Quaranta letti e una terapia intensiva per i neonati.",
        81.5,
    ),
    (
        "it-ospedale-sangiorgio-reparto",
        "Il sindaco di Verolla: «Un giorno di festa per le famiglie»",
        "Alla cerimonia per il nuovo reparto c'erano il presidente della Regione e decine di "
        "genitori con i loro bambini.",
        84.0,
    ),
    (
        "it-ospedale-sangiorgio-reparto/sciopero-medici",
        "Sciopero dei medici al San Giorgio di Verolla nel pomeriggio",
        "Poche ore dopo l'inaugurazione della pediatria, i medici del pronto soccorso del San "
        "Giorgio hanno incrociato le braccia per protestare contro i turni e la carenza di "
        "personale.",
        87.0,
    ),
    (
        "it-ospedale-sangiorgio-reparto/sciopero-medici",
        "Medici in sciopero al San Giorgio",
        "Protesta contro i turni al pronto soccorso.",
        87.5,
    ),
    (
        "it-ospedale-sangiorgio-reparto/sciopero-medici",
        "I medici del San Giorgio: «Tagli i nastri, non i turni»",
        "Il sindacato chiede venti assunzioni entro la fine dell'anno nel pronto soccorso "
        "dell'ospedale.",
        93.0,
    ),
    (
        "it-multa-arpa-conceria-mardello",
        "Multa da 600 mila euro a una conceria per gli scarichi nel Mardello",
        "L'agenzia regionale per l'ambiente ha multato la conceria Bellandi per 600 mila euro "
        "per aver scaricato nel fiume Mardello acque con cromo oltre i limiti.",
        100.0,
    ),
    (
        "it-multa-arpa-conceria-mardello",
        "Scarichi nel Mardello, la conceria Bellandi farà ricorso",
        "L'azienda sostiene che i campioni siano stati presi nel punto sbagliato.",
        108.0,
    ),
    (
        "it-multa-arpa-conceria-mardello/sversamento",
        "Gasolio nel Mardello, pesci morti per chilometri",
        "Una chiazza di gasolio si è allargata sabato per diversi chilometri nel fiume "
        "Mardello. I vigili del fuoco hanno steso barriere galleggianti.",
        126.0,
    ),
    (
        "it-multa-arpa-conceria-mardello/sversamento",
        "Gasolio nel fiume Mardello",
        "Barriere dei vigili del fuoco per fermare la chiazza.",
        126.5,
    ),
    (
        "it-multa-arpa-conceria-mardello/sversamento",
        "Sversamento nel Mardello, il gasolio veniva da un camion ribaltato",
        "Il carburante è uscito dal serbatoio di un camion finito in un canale che si getta nel "
        "fiume.",
        135.0,
    ),
    (
        "it-ministro-salute-vaccini",
        "Il ministro Ferrandi lancia la campagna per i vaccini degli anziani",
        "Il ministro della Salute Paolo Ferrandi ha presentato sabato la campagna per i vaccini "
        "contro influenza, covid e polmonite per gli over 65.",
        122.0,
    ),
    (
        "it-ministro-salute-vaccini",
        "Vaccini per gli over 65, al via la campagna di Ferrandi",
        "Le dosi sono disponibili dai medici di famiglia e nelle farmacie.",
        130.0,
    ),
    (
        "it-ministro-salute-vaccini/protesta-ospedale",
        "In piazza a Roccalba contro la chiusura del punto nascite",
        "Migliaia di persone hanno manifestato domenica a Roccalba contro il piano del ministro "
        "Ferrandi che prevede la chiusura del punto nascite dell'ospedale.",
        150.0,
    ),
    (
        "it-ministro-salute-vaccini/protesta-ospedale",
        "Roccalba in piazza per l'ospedale",
        "No alla chiusura del punto nascite.",
        150.5,
    ),
    (
        "it-ministro-salute-vaccini/protesta-ospedale",
        "Roccalba, i sindaci scrivono al ministro della Salute",
        "I sindaci della valle chiedono un incontro a Ferrandi per salvare il reparto.",
        157.0,
    ),
    (
        "it-siccita-lago-vesano",
        "Lago di Vesano mai così basso, a secco le barche",
        "Il livello del lago di Vesano è sceso di due metri sotto la media e molte barche sono "
        "rimaste all'asciutto nei porticcioli.",
        28.0,
    ),
    (
        "it-siccita-lago-vesano",
        "Siccità, il lago di Vesano in secca",
        "Due metri sotto la media.",
        28.6,
    ),
    (
        "it-siccita-lago-vesano",
        "I pescatori del lago di Vesano: «Mai visto niente del genere»",
        "Con il lago così basso, i pesci si concentrano in poche zone e molti muoiono per il "
        "caldo.",
        36.0,
    ),
    (
        "it-siccita-lago-vesano",
        "Vesano, stop ai prelievi per l'irrigazione dal lago",
        "Il giorno dopo l'allarme, la Regione ha vietato i prelievi d'acqua dal lago per i "
        "campi fino a nuova ordinanza.",
        52.0,
    ),
    (
        "it-vendemmia-calo",
        "Vendemmia in calo del 12 per cento, colpa della siccità",
        "La produzione di vino in Italia quest'anno scenderà del 12 per cento secondo le stime "
        "delle associazioni agricole, ma la qualità sarà buona.",
        58.0,
    ),
    (
        "it-vendemmia-calo",
        "Meno vino ma di qualità",
        "Le stime sulla vendemmia nelle regioni del Sud.",
        70.0,
    ),
    (
        "it-west-nile-casi",
        "West Nile, salgono a 14 i casi nella bassa padovana",
        "I casi di febbre del Nilo occidentale nella bassa padovana sono saliti a 14, tre dei "
        "quali gravi, secondo l'azienda sanitaria.",
        88.0,
    ),
    (
        "it-west-nile-casi",
        "Febbre del Nilo, disinfestazione nei comuni della bassa",
        "I comuni chiedono di svuotare i sottovasi per fermare le zanzare.",
        96.0,
    ),
    (
        "it-orso-avvistamento-valdiro",
        "Un orso a spasso tra le case di Valdiro",
        "Un orso è stato filmato di notte mentre camminava tra le case di Valdiro, a pochi "
        "metri dalla scuola elementare.",
        6.0,
    ),
    (
        "it-orso-avvistamento-valdiro",
        "Orso tra le case a Valdiro",
        "Il video fa il giro dei social.",
        6.5,
    ),
    (
        "it-orso-avvistamento-valdiro",
        "Orso a Valdiro, il sindaco chiede di catturarlo",
        "Il sindaco ha scritto alla Provincia chiedendo di spostare l'animale lontano dal paese.",
        13.0,
    ),
    (
        "it-ricerca-alzheimer-monteluce",
        "Scoperto a Monteluce un gene che protegge dall'Alzheimer",
        "I ricercatori dell'università di Monteluce hanno individuato una variante genetica che "
        "sembra ritardare di anni la comparsa dell'Alzheimer.",
        140.0,
    ),
    (
        "it-ricerca-alzheimer-monteluce",
        "Alzheimer, lo studio di Monteluce pubblicato su una rivista internazionale",
        "La scoperta potrebbe aprire la strada a nuovi farmaci, dicono gli autori.",
        148.0,
    ),
    (
        "it-lupo-gregge-sbranato",
        "Lupi sbranano trenta pecore in un allevamento dell'alta valle",
        "Un branco di lupi ha ucciso trenta pecore in una notte in un allevamento dell'alta "
        "valle, e gli allevatori chiedono rimborsi più veloci.",
        166.0,
    ),
    # --- Dutch ---
    (
        "nl-minister-landbouw-droogte",
        "Minister trekt 80 miljoen uit voor boeren met droogteschade",
        "Landbouwminister Jorien Vreeswijk heeft dinsdagochtend een steunpakket van 80 miljoen "
        "euro gepresenteerd voor boeren die door de droge zomer oogst zijn misgelopen.",
        32.0,
    ),
    (
        "nl-minister-landbouw-droogte",
        "80 miljoen voor droogteschade",
        "Vreeswijk komt boeren tegemoet na de droge zomer.",
        32.5,
    ),
    (
        "nl-minister-landbouw-droogte",
        "Boeren blij maar kritisch over droogtesteun van Vreeswijk",
        "Volgens de boerenorganisatie dekt het bedrag maar een klein deel van de schade.",
        36.0,
    ),
    (
        "nl-minister-landbouw-droogte/uitgejouwd",
        "Vreeswijk uitgejouwd op boerendag om verbod op gewasmiddel",
        "Op een boerendag in Emmeloord is minister Vreeswijk dinsdagavond uitgejouwd door "
        "boeren die boos zijn over het verbod op een veelgebruikt middel tegen schimmels.",
        43.0,
    ),
    (
        "nl-minister-landbouw-droogte/uitgejouwd",
        "Minister uitgejouwd in Emmeloord",
        "Boeren boos over verbod op schimmelmiddel.",
        43.5,
    ),
    (
        "nl-minister-landbouw-droogte/uitgejouwd",
        "Vreeswijk houdt vast aan verbod ondanks boegeroep",
        "De minister zei na afloop dat het middel schadelijk is voor het grondwater en dat het "
        "verbod blijft.",
        47.0,
    ),
    (
        "nl-dierentuin-hoogerzand-okapi",
        "Okapi geboren in Dierenpark Hoogerzand",
        "In Dierenpark Hoogerzand is een okapi geboren, de eerste in de geschiedenis van het "
        "park. Moeder en jong maken het goed.",
        52.0,
    ),
    (
        "nl-dierentuin-hoogerzand-okapi",
        "Jonge okapi in Hoogerzand",
        "Het dier is vanaf het weekend te zien.",
        60.0,
    ),
    (
        "nl-dierentuin-hoogerzand-okapi/vogelgriep",
        "Dierenpark Hoogerzand dicht na vogelgriep bij ooievaars",
        "Dierenpark Hoogerzand is zaterdag gesloten nadat bij twee ooievaars vogelgriep is "
        "vastgesteld. Alle vogels van het park zijn opgehokt.",
        128.0,
    ),
    (
        "nl-dierentuin-hoogerzand-okapi/vogelgriep",
        "Vogelgriep in Dierenpark Hoogerzand",
        "Het park is voorlopig dicht.",
        128.5,
    ),
    (
        "nl-dierentuin-hoogerzand-okapi/vogelgriep",
        "Hoogerzand: vogels in het dierenpark blijven binnen",
        "Het park hoopt over twee weken weer open te gaan als er geen nieuwe besmettingen zijn.",
        136.0,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak",
        "Onderzoekers Eemsdal maken plastic dat in zeewater afbreekt",
        "Onderzoekers van de Universiteit Eemsdal hebben een plastic ontwikkeld dat binnen een "
        "jaar volledig afbreekt in zeewater, meldt het vakblad waarin zij publiceren.",
        128.0,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak",
        "Afbreekbaar plastic uit Eemsdal",
        "Het materiaal verdwijnt binnen een jaar in zee.",
        128.7,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak",
        "Eemsdal-onderzoekers: ‘Nog jaren voor het in de winkel ligt’",
        "De onderzoekers waarschuwen dat het nieuwe plastic nog veel te duur is voor verpakkingen.",
        132.0,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak/brand-lab",
        "Brand in laboratorium van Universiteit Eemsdal",
        "In een scheikundelab van de Universiteit Eemsdal is zaterdagmiddag brand uitgebroken. "
        "Het gebouw is ontruimd, er raakte niemand gewond.",
        136.0,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak/brand-lab",
        "Brand in lab Eemsdal",
        "Gebouw ontruimd, geen gewonden.",
        136.5,
    ),
    (
        "nl-universiteit-eemsdal-doorbraak/brand-lab",
        "Brand in Eemsdal-lab begon bij een oven voor proeven",
        "De schade aan het gebouw is groot, het lab blijft weken dicht.",
        143.0,
    ),
    (
        "nl-boerenprotest-a28",
        "Boeren met trekkers op de A28 tegen nieuwe mestregels",
        "Honderden boeren zijn donderdag met hun trekkers over de A28 gereden uit protest tegen "
        "de nieuwe mestregels. Het verkeer liep urenlang vast.",
        74.0,
    ),
    (
        "nl-boerenprotest-a28",
        "Trekkers op de A28",
        "Boeren protesteren tegen mestregels.",
        74.5,
    ),
    (
        "nl-boerenprotest-a28",
        "Politie beboet boeren na trekkerprotest op de A28",
        "De politie heeft tientallen bekeuringen uitgeschreven aan boeren die op de snelweg "
        "bleven staan.",
        80.0,
    ),
    (
        "nl-boerenprotest-a28",
        "Kabinet nodigt boeren uit na trekkerprotest",
        "Een dag na het protest op de A28 heeft het kabinet de boerenorganisaties uitgenodigd "
        "voor overleg over de mestregels.",
        97.0,
    ),
    (
        "nl-huisartsen-actiedag",
        "Huisartsen in het noorden dicht voor actiedag",
        "Huisartsenpraktijken in het noorden van het land zijn maandag dicht omdat de "
        "huisartsen actievoeren voor minder papierwerk en meer tijd voor de patiënt.",
        4.0,
    ),
    (
        "nl-huisartsen-actiedag",
        "Actiedag huisartsen: alleen spoedzorg",
        "Patiënten kunnen alleen met spoed terecht bij de post.",
        12.0,
    ),
    (
        "nl-lozing-chemie-boete",
        "Chemiebedrijf krijgt boete voor lozing in het Hollands Diep",
        "Een chemiebedrijf uit Moerdijk moet 450.000 euro betalen omdat het afvalwater met te "
        "veel zware metalen in het Hollands Diep heeft geloosd.",
        24.0,
    ),
    (
        "nl-lozing-chemie-boete",
        "Boete van 450.000 euro voor lozing Hollands Diep",
        "Het bedrijf gaat niet in beroep.",
        34.0,
    ),
    (
        "nl-zeehonden-sterfte",
        "Tientallen dode zeehonden aangespoeld op de Wadden",
        "Op de Waddeneilanden zijn de afgelopen week tientallen dode zeehonden aangespoeld. "
        "Onderzoekers vermoeden een virus.",
        106.0,
    ),
    (
        "nl-zeehonden-sterfte",
        "Virus mogelijk oorzaak van dode zeehonden",
        "Het zeehondencentrum onderzoekt de dieren.",
        114.0,
    ),
    (
        "nl-satelliet-delftse-studenten",
        "Satelliet van Delftse studenten gelanceerd",
        "Een kleine satelliet die door studenten in Delft is gebouwd, is zondag gelanceerd en "
        "gaat vanuit de ruimte het smelten van het ijs meten.",
        144.0,
    ),
    (
        "nl-satelliet-delftse-studenten",
        "Studentensatelliet stuurt eerste foto’s",
        "De satelliet werkt zoals gepland, zegt het team.",
        152.0,
    ),
    (
        "nl-wolf-schapen-drenthe",
        "Wolf doodt opnieuw schapen bij een boer in Drenthe",
        "Bij een boer in Drenthe zijn in één nacht elf schapen doodgebeten, vermoedelijk door "
        "een wolf. De provincie onderzoekt de zaak.",
        158.0,
    ),
    # --- Portuguese ---
    (
        "pt-cooperativa-valefundo-colheita",
        "Cooperativa de Vale Fundo com colheita recorde de arroz",
        "A Cooperativa Agrícola de Vale Fundo anunciou uma colheita recorde de 48 mil toneladas "
        "de arroz, graças à água que não faltou nos campos este ano.",
        62.0,
    ),
    (
        "pt-cooperativa-valefundo-colheita",
        "Arroz: ano de recorde em Vale Fundo",
        "Os sócios da cooperativa celebram a melhor colheita de sempre.",
        70.0,
    ),
    (
        "pt-cooperativa-valefundo-colheita/bloqueio",
        "Agricultores de Vale Fundo bloqueiam a estrada nacional com tratores",
        "Dezenas de sócios da cooperativa de Vale Fundo bloquearam no domingo a estrada "
        "nacional com tratores em protesto contra o preço do gasóleo agrícola.",
        146.0,
    ),
    (
        "pt-cooperativa-valefundo-colheita/bloqueio",
        "Tratores cortam a estrada em Vale Fundo",
        "Protesto contra o preço do gasóleo agrícola.",
        146.5,
    ),
    (
        "pt-cooperativa-valefundo-colheita/bloqueio",
        "Bloqueio em Vale Fundo levantado ao fim da tarde",
        "Os agricultores prometem voltar à estrada se o Governo não baixar o imposto sobre o "
        "gasóleo.",
        153.0,
    ),
    (
        "pt-lancamento-ponta-facho",
        "Primeiro foguetão parte do porto espacial da Ponta do Facho",
        "Um pequeno foguetão com um satélite de uma universidade portuguesa foi lançado na "
        "segunda-feira do porto espacial da Ponta do Facho, nos Açores.",
        20.0,
    ),
    (
        "pt-lancamento-ponta-facho",
        "Lançamento nos Açores",
        "Primeiro foguetão sai da Ponta do Facho.",
        20.5,
    ),
    (
        "pt-lancamento-ponta-facho",
        "Satélite lançado da Ponta do Facho já comunica com a Terra",
        "A equipa da universidade recebeu os primeiros sinais do satélite na madrugada de "
        "terça-feira.",
        26.0,
    ),
    (
        "pt-lancamento-ponta-facho/incendio",
        "Incêndio no mato junto ao porto espacial da Ponta do Facho",
        "Um incêndio no mato queimou na quinta-feira cerca de 30 hectares junto ao porto "
        "espacial da Ponta do Facho, sem chegar às instalações.",
        88.0,
    ),
    (
        "pt-lancamento-ponta-facho/incendio",
        "Fogo perto do porto espacial",
        "As chamas não chegaram às instalações.",
        88.5,
    ),
    (
        "pt-ministra-saude-vacinacao",
        "Ministra da Saúde lança campanha de vacinação de outono",
        "A ministra da Saúde, Helena Cordeiro, deu início na terça-feira à campanha de "
        "vacinação contra a gripe e a covid, que este ano chega às farmácias mais cedo.",
        30.0,
    ),
    (
        "pt-ministra-saude-vacinacao",
        "Arranca a vacinação de outono",
        "Vacinas já estão nas farmácias.",
        30.5,
    ),
    (
        "pt-ministra-saude-vacinacao",
        "Helena Cordeiro quer vacinar dois milhões até ao Natal",
        "A ministra apelou aos idosos e aos doentes crónicos para que não esperem pelo frio.",
        38.0,
    ),
    (
        "pt-ministra-saude-vacinacao/protesto-maternidade",
        "Protesto contra o fecho da maternidade de Alvarinhos",
        "Centenas de pessoas manifestaram-se na quarta-feira em Alvarinhos contra o plano do "
        "Ministério da Saúde de fechar a maternidade do hospital da cidade.",
        58.0,
    ),
    (
        "pt-ministra-saude-vacinacao/protesto-maternidade",
        "Alvarinhos não quer perder a maternidade",
        "Autarcas pedem reunião com a ministra da Saúde.",
        66.0,
    ),
    (
        "pt-greve-nacional-enfermeiros-cirurgias",
        "Greve dos enfermeiros adia centenas de cirurgias",
        "A greve nacional dos enfermeiros levou ao adiamento de centenas de cirurgias na "
        "sexta-feira, segundo os sindicatos, que falam de uma adesão de 80%.",
        102.0,
    ),
    (
        "pt-greve-nacional-enfermeiros-cirurgias",
        "Enfermeiros em greve",
        "Centenas de cirurgias adiadas no país.",
        102.5,
    ),
    (
        "pt-greve-nacional-enfermeiros-cirurgias",
        "Hospitais funcionam com serviços mínimos durante a greve",
        "Nos grandes hospitais de Lisboa e do Porto só as urgências funcionaram normalmente.",
        108.0,
    ),
    (
        "pt-greve-nacional-enfermeiros-cirurgias",
        "Governo chama os enfermeiros para negociar na próxima semana",
        "Um dia depois da greve, o Ministério da Saúde marcou uma reunião com os sindicatos "
        "para discutir a carreira.",
        124.0,
    ),
    (
        "pt-incendio-serra-lousinha",
        "Incêndio na serra da Lousinha obriga a cortar a autoestrada",
        "Um incêndio florestal na serra da Lousinha obrigou a cortar a autoestrada durante três "
        "horas e a retirar os moradores de duas aldeias.",
        44.0,
    ),
    (
        "pt-incendio-serra-lousinha",
        "Fogo na serra da Lousinha",
        "Autoestrada cortada e duas aldeias retiradas.",
        44.5,
    ),
    (
        "pt-incendio-serra-lousinha",
        "Fogo da Lousinha dominado ao fim de 12 horas",
        "Os bombeiros dominaram as chamas, que consumiram 500 hectares de pinhal e eucalipto.",
        50.0,
    ),
    (
        "pt-seca-barragem-montargil-velho",
        "Barragem de Montargil-Velho abaixo dos 20% deixa regantes em alerta",
        "A barragem que abastece os regantes do vale está abaixo de 20% da capacidade, e os "
        "agricultores temem não ter água para a próxima campanha.",
        112.0,
    ),
    (
        "pt-seca-barragem-montargil-velho",
        "Seca: regantes pedem obras urgentes",
        "A água na barragem é a mais baixa em 30 anos.",
        120.0,
    ),
    (
        "pt-derrame-oleo-porto-leixa",
        "Derrame de óleo no porto de Leixa suja praias vizinhas",
        "Um derrame de óleo de um navio no porto de Leixa sujou duas praias vizinhas, onde "
        "foram proibidos os banhos e a pesca.",
        132.0,
    ),
    (
        "pt-derrame-oleo-porto-leixa",
        "Capitania abre inquérito ao derrame no porto de Leixa",
        "O navio foi impedido de sair do porto até pagar a limpeza.",
        140.0,
    ),
    (
        "pt-dengue-ilha",
        "Casos de dengue na ilha das Garças sobem para 12",
        "As autoridades de saúde confirmaram 12 casos de dengue na ilha das Garças e pedem à "
        "população que elimine água parada nos quintais.",
        8.0,
    ),
    (
        "pt-dengue-ilha",
        "Dengue: doze casos confirmados",
        "Campanha contra o mosquito na ilha das Garças.",
        16.0,
    ),
    (
        "pt-baleia-encalhada",
        "Baleia-anã encalha na praia da Areia Branca e é devolvida ao mar",
        "Uma baleia-anã encalhou na praia da Areia Branca e foi devolvida ao mar por biólogos e "
        "nadadores-salvadores ao fim de quatro horas.",
        162.0,
    ),
    # --- Russian ---
    (
        "ru-shtraf-kombinat-reka",
        "Комбинат оштрафовали на 12 миллионов рублей за загрязнение реки Сельги",
        "Росприроднадзор оштрафовал Верхнесельгинский металлургический комбинат на 12 миллионов "
        "рублей за сброс неочищенных стоков в реку Сельгу.",
        22.0,
    ),
    (
        "ru-shtraf-kombinat-reka",
        "Штраф за грязную Сельгу",
        "Комбинат заплатит 12 миллионов рублей.",
        22.5,
    ),
    (
        "ru-shtraf-kombinat-reka",
        "На комбинате пообещали построить новые очистные к 2028 году",
        "Руководство комбината заявило, что оспаривать штраф не будет и вложит деньги в "
        "очистные сооружения.",
        29.0,
    ),
    (
        "ru-shtraf-kombinat-reka/razliv",
        "В Сельгу попал мазут: на реке нефтяное пятно длиной три километра",
        "В реку Сельгу во вторник вечером попал мазут из прорванного трубопровода котельной. "
        "Пятно растянулось на три километра, рыбакам запретили ловить рыбу.",
        44.0,
    ),
    (
        "ru-shtraf-kombinat-reka/razliv",
        "Мазут в Сельге",
        "Пятно растянулось на три километра.",
        44.5,
    ),
    (
        "ru-shtraf-kombinat-reka/razliv",
        "Разлив на Сельге: спасатели поставили боновые заграждения",
        "К ликвидации разлива привлекли сто человек, виновником назвали местную котельную.",
        51.0,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk",
        "С космодрома Северный Яр запустили ракету с метеоспутником",
        "В среду с космодрома Северный Яр стартовала ракета-носитель с новым метеорологическим "
        "спутником, который будет следить за погодой в Арктике.",
        48.0,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk",
        "Пуск с Северного Яра прошёл успешно",
        "Метеоспутник выведен на орбиту.",
        48.5,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk",
        "Новый метеоспутник передал первые снимки облаков над Арктикой",
        "Специалисты центра управления сообщили, что все системы спутника работают в штатном "
        "режиме.",
        54.0,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk/pozhar",
        "Лесной пожар подобрался к космодрому Северный Яр",
        "В субботу лесной пожар площадью 400 гектаров подошёл на пять километров к космодрому "
        "Северный Яр. На тушение направили самолёты.",
        130.0,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk/pozhar",
        "Пожар у Северного Яра",
        "Огонь в пяти километрах от космодрома.",
        130.5,
    ),
    (
        "ru-kosmodrom-severny-yar-zapusk/pozhar",
        "Пожар возле космодрома локализован",
        "Угрозы для стартовых площадок нет, сообщили в лесной охране.",
        138.0,
    ),
    (
        "ru-minselhoz-zasuha-subsidii",
        "Минсельхоз выделит аграриям 20 миллиардов рублей из-за засухи",
        "Министр сельского хозяйства Андрей Полетаев в пятницу утром объявил о выделении 20 "
        "миллиардов рублей хозяйствам, пострадавшим от засухи в южных регионах.",
        104.0,
    ),
    (
        "ru-minselhoz-zasuha-subsidii",
        "Аграриям дадут деньги из-за засухи",
        "Полетаев обещал 20 миллиардов рублей.",
        104.5,
    ),
    (
        "ru-minselhoz-zasuha-subsidii",
        "Фермеры юга: субсидий хватит только на семена",
        "Главы хозяйств говорят, что потери от засухи в несколько раз больше обещанной помощи.",
        109.0,
    ),
    (
        "ru-minselhoz-zasuha-subsidii/osvistali",
        "Министра Полетаева освистали на съезде фермеров из-за запрета пестицида",
        "В пятницу вечером на съезде фермеров министр сельского хозяйства Андрей Полетаев был "
        "освистан из-за решения запретить популярный пестицид для подсолнечника.",
        114.0,
    ),
    (
        "ru-minselhoz-zasuha-subsidii/osvistali",
        "Полетаева освистали фермеры",
        "Недовольство вызвал запрет пестицида.",
        114.5,
    ),
    (
        "ru-minselhoz-zasuha-subsidii/osvistali",
        "Полетаев: от запрета пестицида не откажемся",
        "После съезда министр сказал журналистам, что препарат опасен для пчёл и останется под "
        "запретом.",
        119.0,
    ),
    (
        "ru-urozhay-zerno-rekord",
        "Аграрии Приволжской области собрали рекордный урожай пшеницы",
        "В Приволжской области завершили уборку: собрано 4,8 миллиона тонн пшеницы, это рекорд "
        "за всю историю области.",
        6.0,
    ),
    (
        "ru-urozhay-zerno-rekord",
        "Рекордный урожай пшеницы",
        "Собрано 4,8 миллиона тонн.",
        6.5,
    ),
    (
        "ru-urozhay-zerno-rekord",
        "Элеваторы переполнены: зерно хранят под открытым небом",
        "Из-за рекордного урожая элеваторы области не могут принять всё зерно, часть пшеницы "
        "лежит на площадках.",
        14.0,
    ),
    (
        "ru-urozhay-zerno-rekord",
        "Власти области просят железную дорогу дать больше вагонов для зерна",
        "На следующий день после отчёта об урожае губернатор попросил выделить дополнительно "
        "тысячу вагонов.",
        30.0,
    ),
    (
        "ru-gripp-epidporog",
        "В Заречье превышен эпидпорог по гриппу и ОРВИ",
        "В Заречье заболеваемость гриппом и ОРВИ превысила эпидемический порог на 18 процентов, "
        "в школах вводят карантин.",
        76.0,
    ),
    (
        "ru-gripp-epidporog",
        "Школы Заречья закрывают на карантин",
        "Заболеваемость гриппом выше порога.",
        84.0,
    ),
    (
        "ru-lesnye-pozhary-zabolotye",
        "В Заболотском районе горят торфяники",
        "В Заболотском районе горят торфяники на площади 150 гектаров, дым накрыл несколько "
        "посёлков.",
        120.0,
    ),
    (
        "ru-lesnye-pozhary-zabolotye",
        "Дым от торфяников накрыл посёлки Заболотского района",
        "Жителям советуют не открывать окна и реже выходить на улицу.",
        128.0,
    ),
    (
        "ru-zoopark-slonenok",
        "В Кедроградском зоопарке показали слонёнка",
        "Зоопарк Кедрограда впервые показал посетителям слонёнка, родившегося в конце лета. "
        "Малыш весит уже 150 килограммов.",
        134.0,
    ),
    (
        "ru-zoopark-slonenok",
        "Слонёнку из Кедроградского зоопарка выбирают имя",
        "Посетители могут предложить кличку на сайте зоопарка.",
        142.0,
    ),
    (
        "ru-vaktsina-kleshch",
        "Учёные из Новоборска создали вакцину от клещевого энцефалита для детей",
        "Институт вирусологии в Новоборске завершил испытания детской вакцины от клещевого "
        "энцефалита, её могут зарегистрировать весной.",
        66.0,
    ),
    (
        "ru-vaktsina-kleshch",
        "Детская вакцина от энцефалита прошла испытания",
        "Регистрация ожидается весной.",
        78.0,
    ),
    (
        "ru-medved-v-gorode",
        "Медведь вышел к жилым домам в Усть-Кедровске",
        "Медведя заметили у жилых домов в Усть-Кедровске, полиция просит жителей не выходить на "
        "улицу вечером.",
        156.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a hospital's new wing or ward opened in the morning and a doctors' walkout at the same "
    "hospital that afternoon": (
        "en-hospital-marbeck-wing/walkout",
        "de-klinikum-hohenau-neubau/warnstreik",
        "it-ospedale-sangiorgio-reparto/sciopero-medici",
    ),
    "a university's research breakthrough and a fire in a lab of the same university hours later": (
        "en-uni-brackenmoor-malaria/lab-fire",
        "fr-universite-valmont-molecule/incendie-labo",
        "nl-universiteit-eemsdal-doorbraak/brand-lab",
    ),
    "a farm cooperative's record harvest and the same cooperative's members blocking a road in "
    "a price protest days later": (
        "fr-cooperative-vernois-recolte/blocage",
        "es-cooperativa-valdehornos-cosecha/tractorada",
        "pt-cooperativa-valefundo-colheita/bloqueio",
    ),
    "an agriculture minister's drought aid announced in the morning and the same minister booed "
    "over a pesticide ban that evening": (
        "es-ministro-sequia-ayudas/abucheo-pesticida",
        "nl-minister-landbouw-droogte/uitgejouwd",
        "ru-minselhoz-zasuha-subsidii/osvistali",
    ),
    "a rocket launch from a spaceport and a wildfire near the same spaceport days later": (
        "en-spaceport-saltmere-launch/wildfire",
        "pt-lancamento-ponta-facho/incendio",
        "ru-kosmodrom-severny-yar-zapusk/pozhar",
    ),
    "an environment agency's fine on a firm for polluting a river and a separate oil or fuel "
    "spill in the same river a day later": (
        "de-umweltamt-bussgeld-kelbach/oelfilm",
        "it-multa-arpa-conceria-mardello/sversamento",
        "ru-shtraf-kombinat-reka/razliv",
    ),
    "a zoo's newborn animal shown to the public and a bird-flu closure of the same"
    " zoo days later": (
        "de-zoo-lindenau-elefant/vogelgrippe",
        "fr-zoo-saint-aurel-girafon/grippe-aviaire",
        "nl-dierentuin-hoogerzand-okapi/vogelgriep",
    ),
    "a health minister's vaccination campaign launched and a protest against the same "
    "minister's plan to close a hospital or maternity unit a day later": (
        "es-sanidad-campana-gripe/protesta-cierre",
        "it-ministro-salute-vaccini/protesta-ospedale",
        "pt-ministra-saude-vacinacao/protesto-maternidade",
    ),
}
