"""A twenty-ninth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 25: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans a week (2.0 to 160.0 hours).
It holds 292 items under 127 labels: 103 stories and 24 hard negatives; 43 labels in English
(104 items, about 36% of them) and 12 in each of Russian, German, French, Spanish, Italian,
Portuguese and Dutch. 114 labels have two to four copies (64 two, 49 three, one four), 13 are
told by one outlet, and 114 stories and hard negatives have a full copy beside a teaser copy
whose lead is under 80 characters. Every story's copies fall within 48 hours of each other.

What it stresses: hyperlocal and regional feeds, as a daily digest of town news would see them.
Nine invented places carry the whole set, each with a dozen or more events in the week: the
seaside town of Ashcombe and the city district of Brindle Heath (English), Кряжин (Russian),
Kirchwald (German), Saint-Aubry-sur-Lède (French), Villabruma (Spanish), Monteverzi (Italian),
Ribafria (Portuguese) and Hoogmolen (Dutch). The busiest days are Tuesday (56 items) and
Thursday (54); Monday has 46, Wednesday 44, Friday 40, Saturday 33, Sunday 19. Against
precision, several different events happen at one street, beach, park, school, church, pool,
quay or market within hours or days: in Ashcombe an oak across Quarry Road, a house fire on
Quarry Road and a car into a garden wall on Quarry Road; a sewage warning at Gull Sands, two
paddleboarders rescued off Gull Sands and beach huts burned on the Gull Sands promenade; the
lifeboat towing a yacht, a seal pup on the lifeboat slipway and the lifeboat station's open day;
a cliff fall at Hobb's Point and a collie found near Hobb's Point. In Brindle Heath the Kettle
Lane cycle lane, a stabbing on Kettle Lane, a cyclist hit on the lane and the Kettle Lane GP
surgery's merger; the Cotter Park playground, its slide set alight, a fun run in Cotter Park and
a burst main on Cotter Road; a ram raid on Mill Street and the main burst at the Mill Street
junction. Elsewhere: two events on the Lindenstraße and two at St. Veit in Kirchwald, the halles
and the avenue de la Gare in Saint-Aubry, the piscina and the playa de Levante in Villabruma,
San Martino and the liceo Fermi in Monteverzi, the Jardim do Coreto and the praia da Concha in
Ribafria, the Molenstraat, the Vaart and the Kerkplein in Hoogmolen, the pool «Волна» and
gymnasium No 2 in Кряжин. The thirteen one-outlet stories all sit in one of these towns (the
Ashcombe fishmonger, mayor's portrait, lost collie and lifeboat open day, the Brindle Heath
mural and fun run, the Kirchwald fire brigade, the Aubry baker, the Villabruma fish auction, the
Monteverzi night pharmacy, the Ribafria fair, the Hoogmolen windmill, the Кряжин hockey boys):
they can only be merged falsely. Against recall, many copies share only the place and one
specific detail, told in other words (seventy homes losing landlines near the quarry after the
oak came down; young swimmers "all fine" after the pump fault; foxes tearing at rubbish sacks
while the bin lorries are grounded; the yacht skipper's "the rudder just snapped"; owners
arguing over who pays for the two crushed cars; the council having every chestnut on the
Molenstraat checked). Six labels have a copy 12 or more hours after the first, each a follow-up
with a new fact (the Kettle Lane teenager charged, the pier toll petition, the Larch House lifts
fixed, the bin bags and foxes, the seal pup named, the Kita parents' collection); others get
theirs within hours (the beach-hut arrest, the fresh crack at Hobb's Point, the tractor found
burned out, the Villabruma robber arrested, the Hoogmolen ram-raid arrests, the heater behind
the Lindenstraße fire). Numbers change format (£1.2m / £1.2 million, £5,000 / £5k, 1,8
Millionen / 1,8 Mio., 48 mila / 48.000, diez hectáreas / 10 ha, quase quatro mil / 4.000, 1,5
миллиона / полтора миллиона), names change form (Ruth Allardyce, Mrs Allardyce; Luca Ardenghi,
Ardenghi; Ольга Сомова, Сомова; Dev Marsh, Marsh; Miriam Stoll, Stoll; Kieran Doyle, Doyle).

Eight kinds of hard negative, none in the lists of earlier rounds, three each, each one "same
place, different event" at hyperlocal scale: a fallen tree blocking a street and a house fire on
the same street (21 to 34 hours later: Quarry Road, Lindenstraße, Molenstraat); a playground
opened and the same playground vandalised (83 to 99 hours: Cotter Park, square des Tilleuls,
Jardim do Coreto); a church's bells or clock restored and metal stolen from its roof (73 to 97
hours: St Aldhelm's, St. Veit, San Martino); a chemical leak at a town pool and a child saved
from drowning there (72 to 95 hours: Ashcombe, Villabruma, «Волна»); a new cycle lane opened
and a cyclist hit on it (24 to 110 hours: Kettle Lane, avenue de la Gare, the Vaart); a beach
closed over pollution and a rescue off the same beach (23 to 32 hours: Gull Sands, Levante,
Concha); a school's national prize and its head teacher's departure (33 to 45 hours: St
Oswin's, the liceo Fermi, gymnasium No 2); a market's first day in a new place and a fire at
one of its stalls (5.5 to 17 hours: Harbour Square, the halles, the Kerkplein). Fourteen hard
negatives fall within 48 hours of their story, ten beyond it.

What "same story" means here, as in earlier rounds: one event (one fallen tree, one fire, one
leak, one rescue, one opening, one theft, one vote, one crash, one robbery, one prize, one
resignation) in that event's news cycle, including a next-day follow-up with a new fact. Not the
same story: another event of the same kind or with the same actor, even in the same town,
street, park, church, pool, school, beach or market. A label with a suffix after a slash is a
hard negative of the story before the slash (categories in `HARD_NEGATIVES`).

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, schools and churches are invented here; real bodies appear only as
backdrop (the Guardia Civil, the GNR, the gendarmerie).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and
never run through the merging code before its one scoring run, made once with
`python -m bench.stories --round29`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-ashcombe-harbour-dredging",
        "Dredger arrives to clear Ashcombe harbour mouth",
        "A dredging barge began work at the mouth of Ashcombe harbour on Monday morning, the "
        "first clearance in eleven years, with 30,000 tonnes of silt to be lifted by the end of "
        "March.",
        4.0,
    ),
    (
        "en-ashcombe-harbour-dredging",
        "Silt work under way in Ashcombe",
        "Harbour mouth to be cleared by spring, boats warned.",
        4.4,
    ),
    (
        "en-ashcombe-tree-fell",
        "Oak crashes down across Quarry Road",
        "An oak thought to be two centuries old fell across Quarry Road in Ashcombe shortly "
        "after 7am on Monday, bringing down a phone line and blocking the road in both "
        "directions.",
        7.5,
    ),
    (
        "en-ashcombe-tree-fell",
        "Quarry Road shut by fallen tree",
        "Avoid the area, Ashcombe drivers told.",
        7.9,
    ),
    (
        "en-ashcombe-tree-fell",
        "Seventy homes lose landlines near the quarry",
        "Engineers say a telephone cable dragged down by a falling trunk in Ashcombe has cut off"
        " about 70 households, and repairs could take until Wednesday.",
        8.6,
    ),
    (
        "en-ashcombe-tree-fell",
        "Chainsaw crews work to reopen Ashcombe route",
        "Contractors spent the morning cutting up the old tree on Quarry Road; residents said it"
        " had leaned towards the houses for years and nobody listened.",
        10.0,
    ),
    (
        "en-brindle-cycle-lane",
        "Kettle Lane cycle lane opens in Brindle Heath",
        "The protected two-way cycle lane on Kettle Lane opened to riders on Monday after nine "
        "months of roadworks and a cost of £1.2m, the city council said.",
        9.0,
    ),
    (
        "en-brindle-cycle-lane",
        "Brindle Heath bike lane now open",
        "The £1.2 million scheme is finally finished after the roadworks.",
        9.3,
    ),
    (
        "en-brindle-cycle-lane",
        "Shopkeepers wary as Kettle Lane loses parking",
        "Traders along the street say the new kerb-separated route for bikes has taken away 22 "
        "loading bays and want the council to think again.",
        12.0,
    ),
    (
        "en-brindle-playground",
        "New playground for Cotter Park",
        "Children in Brindle Heath got their first go on a £180,000 play area in Cotter Park on "
        "Monday, with a rope pyramid, a wheelchair swing and a long metal slide.",
        11.0,
    ),
    (
        "en-brindle-playground",
        "Cotter Park play area unveiled",
        "Rope pyramid and accessible swing among new kit.",
        11.4,
    ),
    (
        "en-brindle-playground",
        "'We campaigned four years for this'",
        "Parents who raised the first £20k for the Cotter Park playground through cake sales "
        "said the opening was the best day the park had seen in a decade.",
        14.0,
    ),
    (
        "en-brindle-bin-lorries",
        "Bin rounds missed across Brindle Heath",
        "Six refuse lorries were taken off the road on Monday after failing safety checks, "
        "leaving about 4,000 homes in Brindle Heath without a collection.",
        15.0,
    ),
    (
        "en-brindle-bin-lorries",
        "Brindle Heath bins not emptied",
        "Lorries failed checks, council says catch-up by Thursday.",
        15.5,
    ),
    (
        "en-brindle-bin-lorries",
        "Rubbish bags pile up on Brindle Heath pavements",
        "With the refuse fleet grounded after failed brake tests, residents of the Foundry "
        "Street estate say foxes have been tearing open their sacks overnight.",
        30.5,
    ),
    (
        "en-ashcombe-pool-leak",
        "Nine treated after chlorine leak at Ashcombe pool",
        "Swimmers were led out of Ashcombe Leisure Pool on Monday afternoon when a chemical pump"
        " failed; nine people, most of them children from a swimming club, were treated for sore"
        " throats.",
        17.0,
    ),
    (
        "en-ashcombe-pool-leak",
        "Leisure pool evacuated",
        "Nine people checked by paramedics in Ashcombe.",
        17.3,
    ),
    (
        "en-ashcombe-pool-leak",
        "Young Otters swimmers 'all fine' after pump fault",
        "The head coach of the Ashcombe Otters said every child checked at the leisure centre on"
        " Monday had been sent home the same evening and training would resume once the plant "
        "room is signed off.",
        19.0,
    ),
    (
        "en-brindle-stabbing",
        "Man stabbed on Kettle Lane",
        "A 34-year-old man was taken to hospital with stab wounds after a fight outside a "
        "takeaway on Kettle Lane in Brindle Heath late on Monday night.",
        25.0,
    ),
    (
        "en-brindle-stabbing",
        "Brindle Heath stabbing",
        "Victim in hospital, his injuries not thought to be life-threatening.",
        25.3,
    ),
    (
        "en-brindle-stabbing",
        "Teenager charged after takeaway knife attack",
        "A 17-year-old boy has been charged with wounding over the late-night attack near the "
        "Brindle Heath takeaway and will appear before youth magistrates on Wednesday.",
        37.0,
    ),
    (
        "en-ashcombe-beach-sewage",
        "Do not swim at Gull Sands, Ashcombe warned",
        "The water company has warned against bathing at Gull Sands after an overflow pipe "
        "released storm sewage into the bay overnight; signs have gone up along the promenade.",
        26.0,
    ),
    (
        "en-ashcombe-beach-sewage",
        "Sewage warning for Ashcombe beach",
        "Overflow pipe discharged overnight, swimmers told to stay out.",
        26.4,
    ),
    (
        "en-ashcombe-beach-sewage",
        "Sea swimmers angry at third spill this year",
        "Members of the Gull Sands dawn dippers group said they were tired of checking an app "
        "before every swim and demanded the overflow be fixed.",
        30.0,
    ),
    (
        "en-brindle-school-award",
        "St Oswin's pupils win national maths prize",
        "A team of four Year 10 pupils from St Oswin's Academy in Brindle Heath beat 300 schools"
        " to win a national mathematics challenge, taking home £5,000 for their school.",
        27.0,
    ),
    (
        "en-brindle-school-award",
        "Maths title for Brindle Heath academy",
        "Four pupils beat 300 schools for the £5k prize.",
        27.5,
    ),
    (
        "en-ashcombe-pier-toll",
        "Ashcombe pier toll set at £1.50",
        "Walkers will pay £1.50 to go on Ashcombe pier from April after councillors voted on "
        "Tuesday to bring in a charge to pay for repairs to its rotting deck.",
        28.0,
    ),
    (
        "en-ashcombe-pier-toll",
        "Pier charge approved",
        "Ashcombe councillors back a fee for the pier from April.",
        28.5,
    ),
    (
        "en-ashcombe-pier-toll",
        "'A tax on a stroll by the sea'",
        "Pensioner Gwen Pardoe, who has walked the length of the pier every morning for forty "
        "years, says she will not pay the new toll and has started a petition.",
        44.0,
    ),
    (
        "en-ashcombe-school-roof",
        "Roof leak shuts classrooms at Harbour Primary",
        "Three classrooms at Harbour Primary School in Ashcombe were closed on Tuesday after "
        "rain came through the flat roof overnight; pupils are being taught in the hall.",
        31.0,
    ),
    (
        "en-ashcombe-school-roof",
        "Harbour Primary rooms closed",
        "Rain came through the roof; lessons moved to the hall.",
        31.6,
    ),
    (
        "en-ashcombe-lifeboat-yacht",
        "Lifeboat tows yacht into Ashcombe",
        "Ashcombe's all-weather lifeboat brought in a 30ft yacht with three people aboard on "
        "Tuesday morning after its rudder broke five miles offshore in a strong south-westerly.",
        35.0,
    ),
    (
        "en-ashcombe-lifeboat-yacht",
        "Yacht with broken rudder towed in",
        "Three sailors safe after lifeboat shout off Ashcombe.",
        35.3,
    ),
    (
        "en-ashcombe-lifeboat-yacht",
        "'The rudder just snapped clean off'",
        "The skipper of the yacht brought into Ashcombe by the lifeboat crew says the volunteers"
        " reached them in under forty minutes as the swell built.",
        38.0,
    ),
    (
        "en-ashcombe-tree-fell/housefire",
        "Family escape house fire on Quarry Road",
        "A couple and their two children got out of their terraced home on Quarry Road in "
        "Ashcombe on Tuesday evening as fire spread from the kitchen; the house was badly "
        "damaged.",
        41.0,
    ),
    (
        "en-ashcombe-tree-fell/housefire",
        "Ashcombe house gutted by fire",
        "Four people got out unhurt; the kitchen fire is not thought suspicious.",
        41.6,
    ),
    (
        "en-brindle-church-bells",
        "St Aldhelm's bells ring again",
        "The eight bells of St Aldhelm's church in Brindle Heath rang out on Tuesday evening for"
        " the first time since 2019, after a £95,000 restoration at a foundry.",
        42.0,
    ),
    (
        "en-brindle-church-bells",
        "Church bells back after five years",
        "Brindle Heath ringers mark the return of all eight bells.",
        42.4,
    ),
    (
        "en-brindle-cycle-lane/cyclist-hit",
        "Cyclist hurt by van on new Kettle Lane route",
        "A woman riding on the Kettle Lane cycle lane was taken to hospital with a broken wrist "
        "on Tuesday night after a van turning into a side road struck her.",
        45.0,
    ),
    (
        "en-brindle-cycle-lane/cyclist-hit",
        "Van hits rider in Brindle Heath",
        "Woman, 29, has a broken wrist after a collision at a side road.",
        45.5,
    ),
    (
        "en-brindle-flats-lift",
        "Tower residents trapped by three-week lift failure",
        "Older tenants on the upper floors of Larch House in Brindle Heath say they have not "
        "left their flats since both lifts broke down three weeks ago.",
        50.0,
    ),
    (
        "en-brindle-flats-lift",
        "Larch House lifts still broken",
        "Tenants on the 14th floor stuck for weeks.",
        50.4,
    ),
    (
        "en-brindle-flats-lift",
        "Lifts fixed at Larch House after outcry",
        "The housing association said both lifts in the Brindle Heath tower were working again "
        "on Wednesday evening and apologised to the families who were stuck.",
        66.0,
    ),
    (
        "en-ashcombe-bus-route",
        "Ashcombe's 41 bus cut to hourly",
        "The operator will run the 41 between Ashcombe and the hospital once an hour instead of "
        "every 30 minutes from next month, blaming a shortage of drivers.",
        52.0,
    ),
    (
        "en-ashcombe-bus-route",
        "Fewer buses on route 41",
        "Hourly service from next month, drivers short.",
        52.6,
    ),
    (
        "en-ashcombe-bus-route",
        "Patients fear being stranded by route 41 cut",
        "A patients' group says halving the service to the hospital will leave visitors from "
        "Ashcombe with no way home after evening visiting hours.",
        56.0,
    ),
    (
        "en-brindle-library-hours",
        "Brindle Heath library to close on Mondays and Fridays",
        "The branch library will open three days a week instead of five from January under "
        "savings of £40,000 announced by the council on Wednesday.",
        55.0,
    ),
    (
        "en-brindle-library-hours",
        "Library hours cut",
        "Brindle Heath branch to open only three days a week.",
        55.5,
    ),
    (
        "en-ashcombe-beach-sewage/rescue",
        "Two paddleboarders rescued off Gull Sands",
        "Two men clinging to their boards were pulled from the water off Gull Sands in Ashcombe "
        "on Wednesday morning after being blown out by an offshore wind.",
        58.0,
    ),
    (
        "en-ashcombe-beach-sewage/rescue",
        "Paddleboard pair saved",
        "The Ashcombe inshore boat reached them about half a mile out.",
        58.5,
    ),
    (
        "en-ashcombe-beach-sewage/rescue",
        "Offshore wind catches out paddleboarders",
        "Coastguards renewed their warning about offshore breezes after two men had to be pulled"
        " from the sea near the Ashcombe promenade on Wednesday.",
        61.0,
    ),
    (
        "en-brindle-school-award/head-leaves",
        "St Oswin's head teacher to step down",
        "Ruth Allardyce, head of St Oswin's Academy in Brindle Heath for twelve years, told "
        "parents in a letter on Wednesday that she will leave at Easter to run a trust in "
        "Yorkshire.",
        60.0,
    ),
    (
        "en-brindle-school-award/head-leaves",
        "Brindle Heath academy head leaving",
        "Mrs Allardyce to go at Easter after twelve years.",
        60.4,
    ),
    (
        "en-brindle-housing-plan",
        "120 homes approved on old dairy site",
        "Planners gave the go-ahead on Wednesday night for 120 homes, a third of them "
        "affordable, on the derelict Marlow Dairy site in Brindle Heath.",
        68.0,
    ),
    (
        "en-brindle-housing-plan",
        "Dairy site homes get green light",
        "The Brindle Heath scheme includes 40 affordable homes.",
        68.4,
    ),
    (
        "en-brindle-housing-plan",
        "Neighbours fear for school places as dairy plan passes",
        "Residents who objected to the Marlow Dairy scheme said the primary schools nearby were "
        "already full and the decision would be challenged.",
        70.0,
    ),
    (
        "en-ashcombe-beach-huts",
        "Three beach huts burned at Gull Sands",
        "Firefighters were called to the Gull Sands promenade in Ashcombe in the early hours of "
        "Thursday when three wooden beach huts caught fire; police are treating it as arson.",
        74.0,
    ),
    (
        "en-ashcombe-beach-huts",
        "Beach huts set on fire",
        "Police say the Ashcombe blaze was started deliberately.",
        74.4,
    ),
    (
        "en-ashcombe-beach-huts",
        "Boy, 15, arrested over Ashcombe hut fires",
        "A teenager has been arrested on suspicion of arson after doorbell footage showed a "
        "group near the huts shortly before they went up in flames.",
        80.0,
    ),
    (
        "en-ashcombe-seal-pup",
        "Seal pup found on Ashcombe slipway",
        "A young grey seal, underweight and with a cut flipper, was found on the lifeboat "
        "slipway on Thursday and taken to a rescue centre.",
        76.0,
    ),
    (
        "en-ashcombe-seal-pup",
        "Grey seal pup taken to sanctuary",
        "Found hurt on the slipway, it is said to be feeding.",
        76.3,
    ),
    (
        "en-ashcombe-seal-pup",
        "Slipway seal pup named Quay by rescuers",
        "The pup found hurt by the Ashcombe lifeboat crew has gained a kilogram and been named "
        "Quay; staff hope to release it in about six weeks.",
        96.0,
    ),
    (
        "en-ashcombe-cliff-fall",
        "Cliff fall closes coast path at Hobb's Point",
        "Hundreds of tonnes of rock fell onto the beach below Hobb's Point east of Ashcombe on "
        "Thursday morning; the coast path has been shut and walkers are being diverted inland.",
        83.0,
    ),
    (
        "en-ashcombe-cliff-fall",
        "Hobb's Point path shut",
        "Rockfall onto the beach, walkers diverted.",
        83.5,
    ),
    (
        "en-ashcombe-cliff-fall",
        "More of Hobb's Point could go, geologists warn",
        "A fresh crack about three metres back from the cliff edge means the diversion on the "
        "coastal path is likely to stay for months.",
        86.5,
    ),
    (
        "en-brindle-gp-surgery",
        "Two Brindle Heath GP practices to merge",
        "The Kettle Lane and Foundry Street surgeries will combine into one practice of 18,000 "
        "patients from the summer, the local health board said on Thursday.",
        85.0,
    ),
    (
        "en-brindle-gp-surgery",
        "Surgeries merging in Brindle Heath",
        "18,000 patients to be served by one practice.",
        85.5,
    ),
    (
        "en-brindle-gp-surgery",
        "Patients' worries over surgery merger",
        "Some patients at the Foundry Street practice fear longer waits for appointments once it"
        " joins Kettle Lane, though the health board promises more nurses.",
        89.0,
    ),
    (
        "en-brindle-nightclub",
        "Nightclub licence under review after fights",
        "Police have asked for a review of the licence of the Velvet Room in Brindle Heath after"
        " four violent incidents outside the club since October.",
        86.0,
    ),
    (
        "en-brindle-nightclub",
        "Velvet Room licence review",
        "Police cite four fights outside the club since October.",
        86.3,
    ),
    (
        "en-ashcombe-car-wall",
        "Driver hurt as car hits wall on Quarry Road",
        "A man in his seventies was cut free from his car after it left Quarry Road in Ashcombe "
        "and hit a garden wall on Thursday afternoon.",
        88.0,
    ),
    (
        "en-ashcombe-car-wall",
        "Car crashes into garden wall",
        "Elderly Ashcombe driver freed by firefighters.",
        88.4,
    ),
    (
        "en-ashcombe-fishmonger",
        "Ashcombe fishmonger named best in the south west",
        "Tom Keverne's stall on the quay, run by his family since 1968, beat 40 others in a "
        "regional food award announced on Thursday.",
        90.0,
    ),
    (
        "en-brindle-playground/vandalised",
        "Cotter Park slide set alight days after opening",
        "The long metal slide and rubber matting at the new Cotter Park playground in Brindle "
        "Heath were badly damaged by fire late on Thursday, four days after the play area "
        "opened.",
        94.0,
    ),
    (
        "en-brindle-playground/vandalised",
        "Vandals torch new play area",
        "Police appeal after fire damages Brindle Heath slide.",
        94.5,
    ),
    (
        "en-brindle-water-main",
        "Burst main floods Cotter Road",
        "Water poured along Cotter Road in Brindle Heath on Friday morning after a 12-inch main "
        "burst under the junction with Mill Street, leaving 600 homes with low pressure.",
        99.0,
    ),
    (
        "en-brindle-water-main",
        "Cotter Road under water",
        "600 homes hit by low pressure after a main burst.",
        99.4,
    ),
    (
        "en-brindle-water-main",
        "Pressure restored after Mill Street junction burst",
        "Water engineers finished repairing the burst main in Brindle Heath on Friday afternoon,"
        " though Cotter Road stays shut while the road surface is relaid.",
        103.0,
    ),
    (
        "en-ashcombe-pool-leak/rescue",
        "Lifeguard saves boy at Ashcombe Leisure Pool",
        "A boy of eight was pulled from the deep end of Ashcombe Leisure Pool by a lifeguard "
        "during a public session on Friday and was breathing by the time paramedics arrived.",
        101.0,
    ),
    (
        "en-ashcombe-pool-leak/rescue",
        "Boy pulled from pool",
        "Lifeguard praised for quick work in Ashcombe.",
        101.4,
    ),
    (
        "en-ashcombe-pool-leak/rescue",
        "Pool lifeguard, 19, 'just did her job'",
        "Lifeguard Amber Kitto, who pulled an eight-year-old from the deep end at Ashcombe on "
        "Friday, said she had practised that rescue a hundred times.",
        104.0,
    ),
    (
        "en-brindle-mural",
        "Railway bridge mural finished in Brindle Heath",
        "Local artist Priya Nandra and thirty volunteers have finished a 40-metre mural of the "
        "area's old foundries under the railway bridge on Foundry Street.",
        106.0,
    ),
    (
        "en-ashcombe-mayor-portrait",
        "Ashcombe unveils portrait of first woman mayor",
        "A painting of Edith Rowse, who became the town's first woman mayor in 1931, was hung in"
        " the council chamber on Friday.",
        110.0,
    ),
    (
        "en-brindle-councillor",
        "Brindle Heath councillor suspended by party",
        "Councillor Dev Marsh has been suspended by his party while it looks into complaints "
        "about messages he posted on social media, the group leader said on Friday.",
        113.0,
    ),
    (
        "en-brindle-councillor",
        "Councillor Marsh suspended",
        "Party investigates complaints over his posts.",
        113.4,
    ),
    (
        "en-brindle-councillor",
        "Marsh says his posts were 'taken out of context'",
        "The suspended Brindle Heath councillor said he would cooperate with the inquiry and "
        "would keep helping constituents as an independent in the meantime.",
        116.0,
    ),
    (
        "en-brindle-shop-raid",
        "Cash machine ripped from Brindle Heath shop",
        "Thieves used a stolen tractor to pull a cash machine out of the wall of a convenience "
        "store on Mill Street at about 3am on Saturday.",
        123.0,
    ),
    (
        "en-brindle-shop-raid",
        "Ram raid on Mill Street",
        "Tractor used to tear out ATM, shop front wrecked.",
        123.5,
    ),
    (
        "en-brindle-shop-raid",
        "Tractor used in Mill Street raid found burned out",
        "The tractor stolen for the ram raid in Brindle Heath was found burned out in a lay-by "
        "two miles away on Saturday afternoon.",
        128.0,
    ),
    (
        "en-brindle-church-bells/lead-theft",
        "Lead stripped from St Aldhelm's roof",
        "Thieves took about 200 square metres of lead from the north aisle roof of St Aldhelm's "
        "church in Brindle Heath overnight into Saturday, letting rain into the nave.",
        126.0,
    ),
    (
        "en-brindle-church-bells/lead-theft",
        "Church roof lead stolen",
        "Rain gets into Brindle Heath nave, vicar says.",
        126.4,
    ),
    (
        "en-ashcombe-farmers-market",
        "Farmers' market opens on Harbour Square",
        "Thirty stalls selling cheese, cider, fish and bread filled Harbour Square in Ashcombe "
        "on Saturday for the first of a new weekly farmers' market.",
        129.0,
    ),
    (
        "en-ashcombe-farmers-market",
        "Ashcombe market's first Saturday",
        "Thirty stalls on Harbour Square for the launch.",
        129.5,
    ),
    (
        "en-ashcombe-farmers-market",
        "Busy start for Ashcombe's new weekly market",
        "Stallholders said they had sold out of much of their stock by lunchtime, and the "
        "harbour car park was full by 10am.",
        131.0,
    ),
    (
        "en-ashcombe-farmers-market/stall-fire",
        "Gas stove blaze at harbour food stall",
        "A gas burner at a street-food stall on Harbour Square caught fire on Saturday "
        "afternoon, scorching a gazebo; one stallholder was treated for minor burns.",
        134.5,
    ),
    (
        "en-ashcombe-farmers-market/stall-fire",
        "Stall fire on Harbour Square",
        "One trader with minor burns in Ashcombe.",
        135.0,
    ),
    (
        "en-brindle-football",
        "Brindle Heath FC reach county cup final",
        "A late header by Kieran Doyle gave Brindle Heath FC a 2-1 semi-final win over Stanmoor "
        "on Saturday and a first county cup final in 31 years.",
        140.0,
    ),
    (
        "en-brindle-football",
        "Doyle header sends Heath to final",
        "2-1 over Stanmoor, first final since the 1990s.",
        140.3,
    ),
    (
        "en-brindle-football",
        "'These lads have made history'",
        "Brindle Heath FC manager Sean Pryce said the semi-final win over Stanmoor was the "
        "proudest day of his eleven seasons in charge.",
        146.0,
    ),
    (
        "en-ashcombe-lost-dog",
        "Collie found on cliffs after four days",
        "Meg, a border collie who bolted during fireworks, was found on a ledge near Hobb's "
        "Point by coastguards on Sunday, thin but unhurt.",
        145.0,
    ),
    (
        "en-ashcombe-carnival",
        "Ashcombe carnival moves to August bank holiday",
        "Organisers said on Sunday that next year's carnival will be held over the August bank "
        "holiday weekend instead of July to avoid a clash with the regatta.",
        150.0,
    ),
    (
        "en-ashcombe-carnival",
        "New date for carnival",
        "Ashcombe event to avoid regatta clash.",
        150.5,
    ),
    (
        "en-brindle-fun-run",
        "Fun run raises £3,200 for hospice",
        "More than 200 runners, some in fancy dress, took part in a 5km run around Cotter Park "
        "on Sunday morning, raising £3,200 for the local hospice.",
        155.0,
    ),
    (
        "en-ashcombe-lifeboat-open-day",
        "Lifeboat station throws open its doors",
        "Hundreds of visitors toured Ashcombe lifeboat station on Sunday as the crew showed off "
        "their new inshore boat and raised money for its upkeep.",
        160.0,
    ),
    # --- Russian ---
    (
        "ru-kryazhin-teplotrassa",
        "В Кряжине прорвало теплотрассу на улице Заводской",
        "В ночь на понедельник на улице Заводской в Кряжине лопнула магистральная труба "
        "отопления, без тепла остались 46 домов и две школы.",
        2.0,
    ),
    (
        "ru-kryazhin-teplotrassa",
        "Кряжин: 46 домов без отопления",
        "Авария на теплотрассе, ремонт идёт.",
        2.4,
    ),
    (
        "ru-kryazhin-teplotrassa",
        "Тепло в дома на Заводской вернули к обеду",
        "Аварийные бригады заменили участок трубы, и к полудню батареи в домах снова стали "
        "горячими; уроки в двух школах отменили на один день.",
        9.5,
    ),
    (
        "ru-kryazhin-bassein-hlor",
        "В бассейне «Волна» произошла утечка хлора",
        "Вечером в понедельник из бассейна «Волна» в Кряжине эвакуировали около сорока человек; "
        "у семерых детей из секции плавания врачи зафиксировали раздражение глаз.",
        21.0,
    ),
    (
        "ru-kryazhin-bassein-hlor",
        "Эвакуация из бассейна «Волна»",
        "Семерым детям понадобилась помощь медиков.",
        21.4,
    ),
    (
        "ru-kryazhin-bassein-hlor",
        "Бассейн «Волна» закрыт на проверку",
        "После утечки хлора в бассейне работает комиссия, занятия спортивных секций в Кряжине "
        "перенесены минимум до среды.",
        24.0,
    ),
    (
        "ru-kryazhin-poliklinika",
        "В поликлинике Кряжина появился свой томограф",
        "Городская поликлиника получила аппарат МРТ стоимостью 60 миллионов рублей, и жителям "
        "больше не придётся ездить на обследование в областной центр.",
        26.5,
    ),
    (
        "ru-kryazhin-poliklinika",
        "Томограф за 60 млн рублей",
        "Больше не нужно ездить в область.",
        27.0,
    ),
    (
        "ru-kryazhin-gimnaziya",
        "Кряжинская гимназия взяла первое место на олимпиаде",
        "Команда гимназии № 2 заняла первое место на всероссийской олимпиаде по истории среди "
        "школ малых городов, сообщили во вторник в управлении образования.",
        43.0,
    ),
    (
        "ru-kryazhin-gimnaziya",
        "Гимназисты Кряжина лучшие в стране",
        "Первое место на олимпиаде по истории.",
        43.5,
    ),
    (
        "ru-kryazhin-most",
        "Мост через Кряжу закроют на ремонт",
        "С понедельника движение по мосту через реку Кряжу будет перекрыто на два месяца, "
        "автобусы пойдут в объезд через Сосновку.",
        48.5,
    ),
    (
        "ru-kryazhin-most",
        "Два месяца без моста",
        "Автобусы пустят через Сосновку.",
        49.0,
    ),
    (
        "ru-kryazhin-sneg",
        "Жители Кряжина жалуются на неубранный снег",
        "После снегопада во вторник тротуары на улицах Ленина и Садовой так и не расчистили; в "
        "администрацию поступило больше двухсот жалоб.",
        67.0,
    ),
    (
        "ru-kryazhin-sneg",
        "Двести жалоб на сугробы",
        "Тротуары на Ленина и Садовой не чистят.",
        67.4,
    ),
    (
        "ru-kryazhin-sneg",
        "Мэрия пообещала расчистить тротуары за сутки",
        "После жалоб жителей администрация Кряжина вывела на улицы дополнительную технику и "
        "наняла дворников.",
        70.0,
    ),
    (
        "ru-kryazhin-gimnaziya/direktor",
        "Директор гимназии № 2 уходит в отставку",
        "Директор кряжинской гимназии № 2 Ольга Сомова, руководившая школой пятнадцать лет, "
        "написала заявление об уходе, сообщила она в четверг на собрании учителей.",
        82.0,
    ),
    (
        "ru-kryazhin-gimnaziya/direktor",
        "Сомова покидает гимназию",
        "Директор проработала пятнадцать лет.",
        82.4,
    ),
    (
        "ru-kryazhin-bassein-hlor/spasenie",
        "Тренер спас тонувшего мальчика в бассейне «Волна»",
        "В четверг вечером тренер по плаванию вытащил из воды девятилетнего мальчика, который "
        "ушёл под воду на глубокой дорожке бассейна; ребёнок в больнице.",
        93.0,
    ),
    (
        "ru-kryazhin-bassein-hlor/spasenie",
        "Мальчика вытащили со дна бассейна",
        "Ребёнок в больнице, его жизни ничего не угрожает.",
        93.4,
    ),
    (
        "ru-kryazhin-avtobus",
        "Автобус столкнулся с грузовиком на въезде в Кряжин",
        "В пятницу утром рейсовый автобус врезался в грузовик на перекрёстке у въезда в город; "
        "пятеро пассажиров получили ушибы.",
        103.0,
    ),
    (
        "ru-kryazhin-avtobus",
        "Пятеро пострадали в ДТП с автобусом",
        "Столкновение на перекрёстке у въезда.",
        103.4,
    ),
    (
        "ru-kryazhin-avtobus",
        "Водителя грузовика проверяют после аварии с автобусом",
        "Следователи выясняют, не проехал ли водитель грузовика на красный свет на перекрёстке у"
        " въезда в Кряжин.",
        107.0,
    ),
    (
        "ru-kryazhin-glava",
        "Глава Кряжинского района ушёл в отставку",
        "Глава района Сергей Лапин в субботу объявил о досрочном сложении полномочий по "
        "состоянию здоровья; обязанности временно исполняет его заместитель.",
        131.0,
    ),
    (
        "ru-kryazhin-glava",
        "Лапин сложил полномочия",
        "Обязанности главы исполняет заместитель.",
        131.5,
    ),
    (
        "ru-kryazhin-hokkey",
        "Юные хоккеисты Кряжина выиграли областной турнир",
        "Команда мальчиков 2012 года рождения в субботу обыграла в финале сверстников из "
        "областного центра со счётом 4:2.",
        142.0,
    ),
    (
        "ru-kryazhin-moshenniki",
        "Мошенники выманили у пенсионеров Кряжина полтора миллиона",
        "За выходные шестеро пожилых жителей города перевели мошенникам, представлявшимся "
        "сотрудниками банка, в общей сложности 1,5 миллиона рублей.",
        151.0,
    ),
    (
        "ru-kryazhin-moshenniki",
        "Шесть пенсионеров обмануты по телефону",
        "Ущерб составил полтора миллиона.",
        151.5,
    ),
    # --- German ---
    (
        "de-kirchwald-bahnuebergang",
        "Bahnübergang in Kirchwald für zwei Wochen gesperrt",
        "Der Bahnübergang an der Mühlenstraße in Kirchwald ist seit Montag für zwei Wochen "
        "dicht, weil die Bahn dort die Schranken und die Gleise erneuert; der Verkehr wird über "
        "die Umgehung geleitet.",
        6.0,
    ),
    (
        "de-kirchwald-bahnuebergang",
        "Mühlenstraße: Schranken bleiben unten",
        "Umleitung über die Umgehung, Arbeiten dauern bis Mitte des Monats.",
        6.5,
    ),
    (
        "de-kirchwald-glocken",
        "St. Veit hat ihre Glocken wieder",
        "Nach einer Sanierung in einer Gießerei für 140.000 Euro hängen die drei Glocken der "
        "Pfarrkirche St. Veit in Kirchwald wieder im Turm und haben am Montagabend zum ersten "
        "Mal geläutet.",
        18.0,
    ),
    (
        "de-kirchwald-glocken",
        "Glocken läuten wieder in Kirchwald",
        "Drei Glocken für 140.000 Euro saniert.",
        18.5,
    ),
    (
        "de-kirchwald-glocken",
        "„Da hatten viele Tränen in den Augen“",
        "Pfarrer Anselm Reiter über den Moment, als das Geläut von St. Veit nach vier stummen "
        "Jahren über den Marktplatz klang.",
        22.0,
    ),
    (
        "de-kirchwald-einbruch-kita",
        "Einbrecher verwüsten Kita in Kirchwald",
        "Unbekannte sind in der Nacht zum Dienstag in die Kita „Sonnenblume“ eingestiegen, haben"
        " Schränke aufgebrochen und einen Laptop sowie die Kaffeekasse mitgenommen.",
        33.0,
    ),
    (
        "de-kirchwald-einbruch-kita",
        "Einbruch in die Kita „Sonnenblume“",
        "Die Polizei sucht Zeugen, der Schaden ist hoch.",
        33.4,
    ),
    (
        "de-kirchwald-einbruch-kita",
        "Eltern sammeln für die Kita „Sonnenblume“",
        "Nach dem Einbruch haben Eltern in zwei Tagen 2.300 Euro gesammelt, damit die "
        "Erzieherinnen einen neuen Laptop kaufen können.",
        45.0,
    ),
    (
        "de-kirchwald-haushalt",
        "Kirchwald beschließt Haushalt mit Millionenloch",
        "Der Gemeinderat hat am Dienstagabend einen Haushalt verabschiedet, der ein Defizit von "
        "1,8 Millionen Euro ausweist; die Grundsteuer steigt im nächsten Jahr.",
        40.0,
    ),
    (
        "de-kirchwald-haushalt",
        "Grundsteuer in Kirchwald steigt",
        "Rat stimmt dem Etat mit 1,8 Mio. Euro Minus zu.",
        40.3,
    ),
    (
        "de-kirchwald-baum",
        "Linde kracht auf die Lindenstraße",
        "Eine alte Linde ist am Mittwochmorgen in Kirchwald auf die Lindenstraße gestürzt und "
        "hat zwei geparkte Autos unter sich begraben; verletzt wurde niemand.",
        49.0,
    ),
    (
        "de-kirchwald-baum",
        "Baum begräbt zwei Autos",
        "Lindenstraße in Kirchwald bis zum Mittag gesperrt.",
        49.4,
    ),
    (
        "de-kirchwald-baum",
        "Nach Baumsturz: Wer zahlt die Autos?",
        "Die Besitzer der beiden zerdrückten Wagen in der Lindenstraße streiten mit der Gemeinde"
        " Kirchwald, ob der Baum schon lange als morsch bekannt war.",
        53.0,
    ),
    (
        "de-kirchwald-wolf",
        "Wolf am Ortsrand von Kirchwald gesichtet",
        "Ein Landwirt hat am Mittwoch einen Wolf am Waldrand hinter dem Sportplatz gefilmt; das "
        "Landesamt prüft das Video und rät, Hunde an der Leine zu führen.",
        57.0,
    ),
    (
        "de-kirchwald-wolf",
        "Video zeigt Wolf hinter dem Sportplatz",
        "Behörde prüft die Aufnahme eines Landwirts.",
        57.4,
    ),
    (
        "de-kirchwald-wolf",
        "Landesamt: Es war tatsächlich ein Wolf",
        "Die Experten haben das Video vom Kirchwalder Sportplatz ausgewertet und bestätigen, "
        "dass es sich um einen jungen Wolf auf Durchreise handelt.",
        65.0,
    ),
    (
        "de-kirchwald-baum/brand",
        "Wohnhaus in der Lindenstraße brennt aus",
        "In der Nacht zum Donnerstag ist in Kirchwald ein Einfamilienhaus in der Lindenstraße "
        "bis auf die Grundmauern abgebrannt; die Bewohner waren im Urlaub.",
        70.0,
    ),
    (
        "de-kirchwald-baum/brand",
        "Großbrand in Kirchwald",
        "Haus ausgebrannt, Bewohner nicht zu Hause, Ursache unklar.",
        70.5,
    ),
    (
        "de-kirchwald-baum/brand",
        "Heizlüfter löste Brand in der Lindenstraße aus",
        "Die Kriminalpolizei geht davon aus, dass ein eingeschalteter Heizlüfter im Keller das "
        "Feuer in dem Kirchwalder Wohnhaus verursacht hat; der Schaden liegt bei 400.000 Euro.",
        76.0,
    ),
    (
        "de-kirchwald-unfall-umgehung",
        "Drei Verletzte auf der Umgehung Kirchwald",
        "Beim Zusammenstoß eines Transporters mit einem Auto an der Einmündung zur Umgehung sind"
        " am Donnerstag drei Menschen verletzt worden, einer davon schwer.",
        79.0,
    ),
    (
        "de-kirchwald-unfall-umgehung",
        "Schwerer Unfall an der Umgehung",
        "Transporter und Auto prallen zusammen, drei Verletzte.",
        79.4,
    ),
    (
        "de-kirchwald-unfall-umgehung",
        "Nach Unfall: Anwohner fordern Ampel",
        "Die Einmündung an der Kirchwalder Umgehung gilt seit Jahren als gefährlich; nach dem "
        "Crash mit drei Verletzten wird der Ruf nach einer Ampel lauter.",
        84.0,
    ),
    (
        "de-kirchwald-freibad",
        "Freibad-Sanierung wird teurer",
        "Die Erneuerung des Kirchwalder Freibads kostet nach neuen Schätzungen 2,3 Millionen "
        "Euro statt der geplanten 1,6 Millionen, teilte die Verwaltung am Freitag mit.",
        104.0,
    ),
    (
        "de-kirchwald-freibad",
        "Freibad kostet 2,3 Mio.",
        "Kirchwald muss bei der Sanierung deutlich nachlegen.",
        104.5,
    ),
    (
        "de-kirchwald-glocken/bleidiebstahl",
        "Diebe stehlen Kupfer vom Dach von St. Veit",
        "Von der Pfarrkirche in Kirchwald sind in der Nacht zum Freitag Kupferbleche und "
        "Regenrinnen im Wert von rund 15.000 Euro abmontiert worden.",
        115.0,
    ),
    (
        "de-kirchwald-glocken/bleidiebstahl",
        "Kupferklau an der Kirche",
        "Der Schaden an der Kirche St. Veit liegt bei etwa 15.000 Euro.",
        115.6,
    ),
    (
        "de-kirchwald-feuerwehrfest",
        "Feuerwehr Kirchwald feiert 125 Jahre",
        "Mit einem Umzug durch den Ort und einer Übung auf dem Marktplatz hat die Freiwillige "
        "Feuerwehr am Samstag ihr Jubiläum gefeiert.",
        132.0,
    ),
    (
        "de-kirchwald-buergermeisterwahl",
        "Zweite Kandidatin für das Bürgermeisteramt",
        "Die Apothekerin Miriam Stoll will im März gegen Amtsinhaber Georg Pfeiffer antreten und"
        " wurde am Samstag von einer Wählergruppe nominiert.",
        137.0,
    ),
    (
        "de-kirchwald-buergermeisterwahl",
        "Stoll fordert Pfeiffer heraus",
        "Wählergruppe nominiert die Apothekerin für die Wahl im März.",
        137.4,
    ),
    # --- French ---
    (
        "fr-aubry-crue-lede",
        "La Lède en vigilance jaune à Saint-Aubry",
        "Après deux jours de pluie, la Lède est montée de 1,40 mètre à Saint-Aubry-sur-Lède et "
        "la préfecture a placé la rivière en vigilance jaune crues lundi après-midi.",
        13.0,
    ),
    (
        "fr-aubry-crue-lede",
        "Vigilance crue sur la Lède",
        "Le niveau a pris 1,40 m en deux jours.",
        13.4,
    ),
    (
        "fr-aubry-crue-lede",
        "La Lède amorce sa décrue",
        "Le niveau de la rivière a commencé à baisser dans la nuit à Saint-Aubry, mais la "
        "vigilance jaune est maintenue jusqu'à mardi midi.",
        20.0,
    ),
    (
        "fr-aubry-aire-de-jeux",
        "Une nouvelle aire de jeux au square des Tilleuls",
        "Les enfants de Saint-Aubry-sur-Lède ont inauguré mardi l'aire de jeux du square des "
        "Tilleuls, avec une tyrolienne et une cabane en bois, pour un coût de 85 000 euros.",
        29.0,
    ),
    (
        "fr-aubry-aire-de-jeux",
        "Square des Tilleuls : les jeux sont ouverts",
        "Tyrolienne et cabane pour les petits Aubrois.",
        29.4,
    ),
    (
        "fr-aubry-college-greve",
        "Grève au collège Jean-Moulin de Saint-Aubry",
        "La moitié des enseignants du collège ont cessé le travail mardi pour protester contre "
        "la suppression de deux classes à la rentrée prochaine.",
        32.0,
    ),
    (
        "fr-aubry-college-greve",
        "Les profs du collège en grève",
        "Ils refusent la fermeture de deux classes.",
        32.5,
    ),
    (
        "fr-aubry-college-greve",
        "Jean-Moulin : le rectorat reçoit les enseignants",
        "Une délégation de professeurs du collège aubrois a été reçue mardi soir au rectorat, "
        "sans obtenir le maintien des deux classes menacées.",
        36.0,
    ),
    (
        "fr-aubry-piste-cyclable",
        "La piste cyclable de l'avenue de la Gare est ouverte",
        "Longue de 1,8 kilomètre, la nouvelle piste reliant la gare au centre de "
        "Saint-Aubry-sur-Lède a été inaugurée mercredi par le maire, Bernard Lavoie.",
        51.0,
    ),
    (
        "fr-aubry-piste-cyclable",
        "Vélo : 1,8 km de piste en plus",
        "Inauguration avenue de la Gare par le maire.",
        51.5,
    ),
    (
        "fr-aubry-boulangerie",
        "La meilleure baguette du département est aubroise",
        "Le boulanger Théo Marchal, installé rue du Pont, a remporté mercredi le concours "
        "départemental de la baguette de tradition devant 46 concurrents.",
        64.0,
    ),
    (
        "fr-aubry-piste-cyclable/cycliste-renverse",
        "Une cycliste renversée sur la nouvelle piste",
        "Une lycéenne de 16 ans a été blessée jeudi matin avenue de la Gare, percutée par une "
        "voiture qui sortait d'un parking en traversant la piste cyclable.",
        75.0,
    ),
    (
        "fr-aubry-piste-cyclable/cycliste-renverse",
        "Lycéenne blessée avenue de la Gare",
        "Une voiture l'a percutée en sortant d'un parking.",
        75.4,
    ),
    (
        "fr-aubry-piste-cyclable/cycliste-renverse",
        "Après l'accident, les parents demandent des plots",
        "Les parents d'élèves du lycée réclament des séparateurs à la sortie du parking où une "
        "adolescente à vélo a été percutée jeudi.",
        79.0,
    ),
    (
        "fr-aubry-marche-couvert",
        "Les halles de Saint-Aubry rouvrent après deux ans de travaux",
        "Le marché couvert de la place du Champ-de-Foire a rouvert ses portes jeudi avec "
        "vingt-deux commerçants, après une rénovation de 3,2 millions d'euros.",
        80.0,
    ),
    (
        "fr-aubry-marche-couvert",
        "Réouverture des halles",
        "Vingt-deux commerçants sous la halle rénovée.",
        80.4,
    ),
    (
        "fr-aubry-marche-couvert",
        "« On attendait ce jour depuis deux ans »",
        "Fromagers et maraîchers racontent leur retour sous la charpente refaite du "
        "Champ-de-Foire, où la foule s'est pressée toute la matinée.",
        82.0,
    ),
    (
        "fr-aubry-marche-couvert/incendie-etal",
        "Un feu dans un étal des halles",
        "Un incendie s'est déclaré vendredi à l'aube dans l'étal d'un rôtisseur du marché "
        "couvert de Saint-Aubry ; les pompiers l'ont maîtrisé avant qu'il ne gagne la charpente.",
        97.0,
    ),
    (
        "fr-aubry-marche-couvert/incendie-etal",
        "Début d'incendie aux halles",
        "Le stand d'un rôtisseur a brûlé, la halle est sauve.",
        97.5,
    ),
    (
        "fr-aubry-stationnement",
        "Le stationnement devient payant en centre-ville",
        "Le conseil municipal de Saint-Aubry-sur-Lède a voté vendredi soir le passage au "
        "stationnement payant sur la place de la Mairie, à un euro de l'heure.",
        107.0,
    ),
    (
        "fr-aubry-stationnement",
        "Parking payant place de la Mairie",
        "Un euro de l'heure à partir du printemps.",
        107.5,
    ),
    (
        "fr-aubry-accident-rd",
        "Deux blessés dans une collision sur la départementale",
        "Deux voitures se sont percutées vendredi soir sur la route de Vernay, à la sortie de "
        "Saint-Aubry ; un conducteur a été transporté à l'hôpital dans un état grave.",
        118.0,
    ),
    (
        "fr-aubry-accident-rd",
        "Choc frontal route de Vernay",
        "Un blessé grave et un blessé léger.",
        118.5,
    ),
    (
        "fr-aubry-aire-de-jeux/degradee",
        "L'aire de jeux du square des Tilleuls saccagée",
        "La cabane en bois a été taguée et la tyrolienne arrachée dans la nuit de vendredi à "
        "samedi, moins d'une semaine après l'inauguration ; la mairie a porté plainte.",
        128.0,
    ),
    (
        "fr-aubry-aire-de-jeux/degradee",
        "Tyrolienne arrachée, cabane taguée",
        "La mairie porte plainte pour dégradations.",
        128.3,
    ),
    (
        "fr-aubry-aire-de-jeux/degradee",
        "Square des Tilleuls : un appel à témoins lancé",
        "La gendarmerie cherche les auteurs des dégradations ; la mairie chiffre la réparation "
        "de la tyrolienne à 12 000 euros.",
        131.0,
    ),
    (
        "fr-aubry-pharmacie",
        "Braquage à la pharmacie de la place du Marché",
        "Un homme armé d'un couteau s'est fait remettre la caisse de la pharmacie de la place du"
        " Marché dimanche matin avant de s'enfuir à pied.",
        146.0,
    ),
    (
        "fr-aubry-pharmacie",
        "Pharmacie braquée au couteau",
        "Le voleur s'est enfui à pied avec la caisse.",
        146.3,
    ),
    # --- Spanish ---
    (
        "es-villabruma-colegio-calefaccion",
        "Sin calefacción en el colegio San Roque de Villabruma",
        "Los alumnos del colegio San Roque pasaron la mañana del lunes con el abrigo puesto "
        "porque la caldera se averió durante el fin de semana y no hay fecha para la reparación.",
        8.0,
    ),
    (
        "es-villabruma-colegio-calefaccion",
        "Clases con abrigo en San Roque",
        "La caldera del colegio sigue rota.",
        8.4,
    ),
    (
        "es-villabruma-fiestas",
        "Villabruma presenta el cartel de sus fiestas",
        "El ayuntamiento desveló el lunes el cartel de las fiestas de la Virgen del Mar, obra de"
        " la ilustradora local Nerea Coll, que muestra una barca entre farolillos.",
        10.0,
    ),
    (
        "es-villabruma-fiestas",
        "Una barca entre farolillos para las fiestas",
        "Nerea Coll firma el cartel de este año.",
        10.5,
    ),
    (
        "es-villabruma-piscina-cloro",
        "Fuga de cloro en la piscina municipal de Villabruma",
        "Doce personas fueron atendidas el martes por irritación en los ojos y la garganta tras "
        "una fuga de cloro en la piscina cubierta, que fue desalojada durante tres horas.",
        30.0,
    ),
    (
        "es-villabruma-piscina-cloro",
        "Desalojan la piscina cubierta",
        "Doce atendidos por la fuga de cloro.",
        30.4,
    ),
    (
        "es-villabruma-piscina-cloro",
        "Una válvula defectuosa, causa de la fuga de cloro",
        "El ayuntamiento de Villabruma atribuye el escape de la piscina cubierta a una válvula "
        "del depósito de cloro y asegura que reabrirá el jueves.",
        33.0,
    ),
    (
        "es-villabruma-terrazas",
        "El pleno aprueba la nueva ordenanza de terrazas",
        "Los bares del paseo podrán ocupar hasta el 50 % de la acera con sus mesas según la "
        "ordenanza aprobada el martes por el pleno de Villabruma con los votos del gobierno "
        "local.",
        38.0,
    ),
    (
        "es-villabruma-terrazas",
        "Terrazas hasta la mitad de la acera",
        "Luz verde del pleno a la ordenanza.",
        38.5,
    ),
    (
        "es-villabruma-playa-vertido",
        "Prohibido el baño en la playa de Levante por un vertido",
        "Sanidad ha cerrado al baño la playa de Levante de Villabruma este miércoles después de "
        "que los análisis detectaran bacterias fecales tras la rotura de un colector.",
        54.0,
    ),
    (
        "es-villabruma-playa-vertido",
        "Bandera roja en Levante por aguas fecales",
        "Se rompió un colector junto a la playa.",
        54.3,
    ),
    (
        "es-villabruma-playa-vertido",
        "Los vecinos de Levante denuncian el olor del colector",
        "La asociación de vecinos asegura que el colector roto llevaba semanas soltando agua "
        "sucia y que avisaron al ayuntamiento en octubre.",
        56.0,
    ),
    (
        "es-villabruma-lonja",
        "Récord en la lonja de Villabruma",
        "Una caja de cigalas se pagó a 180 euros el kilo en la subasta del miércoles, el precio "
        "más alto que se recuerda en la lonja del puerto.",
        62.0,
    ),
    (
        "es-villabruma-playa-vertido/rescate",
        "Rescatados dos bañistas en la playa de Levante",
        "Dos turistas que se bañaban pese a la prohibición fueron rescatados el jueves por los "
        "socorristas de la playa de Levante, arrastrados por una corriente.",
        77.0,
    ),
    (
        "es-villabruma-playa-vertido/rescate",
        "Socorristas sacan a dos turistas del agua",
        "Los arrastró la corriente en Levante.",
        77.4,
    ),
    (
        "es-villabruma-incendio-monte",
        "Un incendio quema diez hectáreas de monte en Villabruma",
        "Un fuego declarado el jueves por la tarde en la sierra del Cuervo, sobre Villabruma, ha"
        " calcinado unas diez hectáreas de matorral y obligó a cortar la carretera del faro.",
        87.0,
    ),
    (
        "es-villabruma-incendio-monte",
        "Fuego en la sierra del Cuervo",
        "Cortada la carretera del faro.",
        87.3,
    ),
    (
        "es-villabruma-incendio-monte",
        "Estabilizado el fuego de la sierra del Cuervo",
        "Los bomberos dan por estabilizado el incendio, que afectó a 10 ha, y la Guardia Civil "
        "investiga si lo originó una quema de rastrojos.",
        90.0,
    ),
    (
        "es-villabruma-atraco-estanco",
        "Atracan el estanco de la calle Mayor",
        "Un hombre con el rostro tapado amenazó con una navaja a la dueña del estanco de la "
        "calle Mayor de Villabruma el viernes y se llevó unos 600 euros.",
        102.0,
    ),
    (
        "es-villabruma-atraco-estanco",
        "Atraco con navaja en un estanco",
        "El ladrón se llevó 600 euros de la caja.",
        102.4,
    ),
    (
        "es-villabruma-atraco-estanco",
        "Detenido el atracador del estanco",
        "La Guardia Civil ha detenido a un vecino de 27 años como presunto autor del atraco con "
        "navaja en la calle Mayor de Villabruma.",
        108.0,
    ),
    (
        "es-villabruma-piscina-cloro/rescate",
        "Un socorrista salva a un niño en la piscina municipal",
        "Un niño de seis años fue reanimado el sábado por el socorrista de la piscina cubierta "
        "de Villabruma después de hundirse en la zona honda.",
        125.0,
    ),
    (
        "es-villabruma-piscina-cloro/rescate",
        "Reanimado un niño en la piscina cubierta",
        "El socorrista actuó en segundos.",
        125.5,
    ),
    (
        "es-villabruma-paseo-obras",
        "Empiezan las obras del paseo marítimo",
        "Las máquinas entraron el sábado en el paseo marítimo de Villabruma para renovar el "
        "pavimento y el alumbrado en unas obras de 1,4 millones que durarán hasta junio.",
        133.0,
    ),
    (
        "es-villabruma-paseo-obras",
        "Máquinas en el paseo marítimo",
        "Obras de 1,4 millones hasta junio.",
        133.5,
    ),
    (
        "es-villabruma-perro-pozo",
        "Rescatan a un perro caído en un pozo",
        "Los bomberos sacaron el domingo a un perro que llevaba dos días atrapado en un pozo "
        "seco de una finca en las afueras de Villabruma.",
        152.0,
    ),
    (
        "es-villabruma-perro-pozo",
        "Dos días en un pozo seco",
        "El perro está sano y ya con su familia.",
        152.4,
    ),
    # --- Italian ---
    (
        "it-monteverzi-trattore",
        "Trattore si ribalta a Monteverzi, ferito un agricoltore",
        "Un agricoltore di 61 anni è rimasto ferito lunedì mattina quando il suo trattore si è "
        "ribaltato in un campo in pendenza lungo la strada per la frazione di Colle Alto.",
        12.0,
    ),
    (
        "it-monteverzi-trattore",
        "Ribaltamento a Colle Alto",
        "L'agricoltore è stato portato in ospedale con l'elisoccorso.",
        12.4,
    ),
    (
        "it-monteverzi-campanile",
        "Torna a battere l'orologio del campanile",
        "Dopo sei anni di silenzio l'orologio del campanile della chiesa di San Martino a "
        "Monteverzi ha ripreso a segnare le ore, grazie a un restauro da 48 mila euro.",
        16.0,
    ),
    (
        "it-monteverzi-campanile",
        "San Martino, l'orologio riparte",
        "Restauro da 48.000 euro per il campanile.",
        16.5,
    ),
    (
        "it-monteverzi-liceo-premio",
        "Il liceo Fermi di Monteverzi vince la gara di robotica",
        "Una squadra di cinque studenti del liceo scientifico Fermi ha vinto martedì la finale "
        "nazionale di robotica con un robot che raccoglie la plastica sulle spiagge.",
        36.0,
    ),
    (
        "it-monteverzi-liceo-premio",
        "Robot raccogli-plastica, il Fermi è primo",
        "Cinque studenti sul podio nazionale.",
        36.4,
    ),
    (
        "it-monteverzi-liceo-premio",
        "«Abbiamo costruito il robot nel garage di un compagno»",
        "I cinque ragazzi del Fermi di Monteverzi raccontano i mesi passati a programmare il "
        "loro raccoglitore di plastica dopo la scuola.",
        40.0,
    ),
    (
        "it-monteverzi-imu",
        "Il consiglio comunale alza l'aliquota dell'Imu",
        "La maggioranza ha approvato martedì sera l'aumento dell'Imu sulle seconde case di "
        "Monteverzi, che porterà nelle casse del Comune circa 300 mila euro.",
        46.0,
    ),
    (
        "it-monteverzi-imu",
        "Seconde case, sale l'Imu",
        "Il Comune conta di incassare 300.000 euro.",
        46.5,
    ),
    (
        "it-monteverzi-frana",
        "Frana sulla provinciale, Monteverzi isolata a metà",
        "Un fronte di fango e sassi è sceso mercoledì sulla strada provinciale tra Monteverzi e "
        "il fondovalle, che è chiusa al traffico; si passa solo dalla strada del Passo.",
        53.0,
    ),
    (
        "it-monteverzi-frana",
        "Provinciale chiusa per una frana",
        "Unico accesso dalla strada del Passo.",
        53.4,
    ),
    (
        "it-monteverzi-frana",
        "Frana, la provinciale riaprirà a senso unico",
        "La Provincia ha annunciato che entro venerdì la strada sarà riaperta con un semaforo, "
        "mentre i geologi della Regione controllano il versante sopra il paese.",
        59.0,
    ),
    (
        "it-monteverzi-liceo-premio/preside-lascia",
        "Il preside del Fermi lascia dopo nove anni",
        "Il professor Luca Ardenghi, dirigente del liceo Fermi di Monteverzi, ha comunicato "
        "giovedì che a gennaio passerà a guidare un istituto di Bologna.",
        81.0,
    ),
    (
        "it-monteverzi-liceo-premio/preside-lascia",
        "Ardenghi va a Bologna",
        "Il liceo Fermi cerca un nuovo dirigente.",
        81.5,
    ),
    (
        "it-monteverzi-campanile/furto-rame",
        "Rubato il rame dal tetto di San Martino",
        "Ladri sono saliti nella notte sul tetto della chiesa di San Martino a Monteverzi e "
        "hanno portato via le grondaie di rame, per un danno di circa 20 mila euro.",
        89.0,
    ),
    (
        "it-monteverzi-campanile/furto-rame",
        "Grondaie sparite dalla chiesa",
        "Furto di rame da 20.000 euro.",
        89.5,
    ),
    (
        "it-monteverzi-cinghiali",
        "Cinghiali in piazza a Monteverzi",
        "Una famiglia di sei cinghiali ha attraversato giovedì sera piazza Garibaldi rovesciando"
        " i bidoni; il sindaco chiede alla Regione un piano di contenimento.",
        92.0,
    ),
    (
        "it-monteverzi-cinghiali",
        "Sei cinghiali tra i bidoni",
        "Il sindaco scrive alla Regione.",
        92.4,
    ),
    (
        "it-monteverzi-cinghiali",
        "Cinghiali, la Regione manda i guardiacaccia",
        "Dopo le immagini degli animali in piazza Garibaldi, la Regione ha promesso a Monteverzi"
        " una squadra di guardiacaccia già dalla prossima settimana.",
        95.0,
    ),
    (
        "it-monteverzi-farmacia",
        "Nasce il turno di notte della farmacia",
        "Da venerdì la farmacia comunale di Monteverzi resterà aperta anche di notte nei fine "
        "settimana, una richiesta che i residenti facevano da anni.",
        100.0,
    ),
    (
        "it-monteverzi-acquedotto",
        "Acqua sospesa domani in mezzo paese",
        "Per la sostituzione di una condotta, venerdì mancherà l'acqua dalle 8 alle 17 nelle vie"
        " del centro storico di Monteverzi, comunica il gestore.",
        108.0,
    ),
    (
        "it-monteverzi-acquedotto",
        "Centro storico senz'acqua per un giorno",
        "Lavori alla condotta dalle 8 alle 17.",
        108.5,
    ),
    (
        "it-monteverzi-sagra",
        "Al via la sagra della polenta",
        "Migliaia di persone sono attese nel fine settimana a Monteverzi per la sagra della "
        "polenta, giunta alla quarantesima edizione, con stand in tutto il borgo.",
        130.0,
    ),
    (
        "it-monteverzi-sagra",
        "Quarant'anni di sagra della polenta",
        "Stand in tutto il borgo per il fine settimana.",
        130.4,
    ),
    (
        "it-monteverzi-furto-bar",
        "Ladri nel bar della piazza, spaccata nella notte",
        "Hanno sfondato la vetrina del bar Centrale con un tombino e svuotato le slot machine: "
        "il colpo è avvenuto all'alba di domenica a Monteverzi.",
        149.0,
    ),
    (
        "it-monteverzi-furto-bar",
        "Spaccata al bar Centrale",
        "La vetrina è stata sfondata con un tombino e le slot sono state svuotate.",
        149.5,
    ),
    # --- Portuguese ---
    (
        "pt-ribafria-escola-obras",
        "Obras na escola básica de Ribafria atrasam seis meses",
        "A requalificação da Escola Básica do Outeiro, em Ribafria, só deverá ficar concluída no"
        " final do ano letivo, e os alunos continuam em contentores no recreio.",
        5.0,
    ),
    (
        "pt-ribafria-escola-obras",
        "Alunos do Outeiro mais tempo nos contentores",
        "Obra da escola atrasa meio ano.",
        5.5,
    ),
    (
        "pt-ribafria-parque-infantil",
        "Ribafria inaugura parque infantil no Jardim do Coreto",
        "O novo parque infantil do Jardim do Coreto, com escorregas, baloiços e um piso de "
        "borracha, foi inaugurado na segunda-feira e custou 110 mil euros à câmara.",
        19.0,
    ),
    (
        "pt-ribafria-parque-infantil",
        "Parque novo no Jardim do Coreto",
        "Obra de 110 mil euros aberta às crianças.",
        19.5,
    ),
    (
        "pt-ribafria-incendio-armazem",
        "Incêndio destrói armazém de redes no porto de Ribafria",
        "Um incêndio consumiu na terça-feira um armazém de apetrechos de pesca junto ao porto de"
        " Ribafria; os bombeiros estiveram três horas no local e ninguém ficou ferido.",
        34.0,
    ),
    (
        "pt-ribafria-incendio-armazem",
        "Fogo num armazém junto ao porto",
        "Redes e apetrechos de pesca perdidos.",
        34.4,
    ),
    (
        "pt-ribafria-incendio-armazem",
        "Pescadores fazem contas ao prejuízo do incêndio",
        "Os armadores que guardavam as redes no armazém ardido estimam perdas de 250 mil euros e"
        " pedem apoio à câmara para voltar ao mar.",
        39.0,
    ),
    (
        "pt-ribafria-camara-orcamento",
        "Câmara de Ribafria aprova orçamento de 38 milhões",
        "O orçamento municipal para o próximo ano, de 38 milhões de euros, foi aprovado na "
        "quarta-feira com os votos contra da oposição, que critica o aumento das taxas.",
        61.0,
    ),
    (
        "pt-ribafria-camara-orcamento",
        "Orçamento aprovado com votos contra",
        "Ribafria terá 38 milhões para gastar.",
        61.5,
    ),
    (
        "pt-ribafria-feira",
        "Feira mensal muda-se para o largo da estação",
        "A partir do próximo mês, a feira mensal de Ribafria passa a realizar-se no largo da "
        "estação, por causa das obras na avenida, anunciou a câmara na quarta-feira.",
        65.0,
    ),
    (
        "pt-ribafria-praia-interdita",
        "Praia da Concha interdita a banhos",
        "A autoridade de saúde proibiu na quinta-feira os banhos na praia da Concha, em "
        "Ribafria, depois de as análises à água revelarem valores elevados de bactérias.",
        73.0,
    ),
    (
        "pt-ribafria-praia-interdita",
        "Bandeira vermelha na Concha",
        "Análises à água acusaram bactérias.",
        73.4,
    ),
    (
        "pt-ribafria-praia-interdita",
        "Concha: câmara culpa ribeira poluída",
        "O presidente da câmara de Ribafria diz que a contaminação que fechou a praia vem da "
        "ribeira que desagua no areal e pede à agência do ambiente que investigue.",
        76.0,
    ),
    (
        "pt-ribafria-atropelamento",
        "Idosa atropelada na avenida da República",
        "Uma mulher de 82 anos foi atropelada na quinta-feira à tarde numa passadeira da avenida"
        " da República, em Ribafria, e levada para o hospital com ferimentos graves.",
        91.0,
    ),
    (
        "pt-ribafria-atropelamento",
        "Atropelamento numa passadeira",
        "Mulher de 82 anos em estado grave.",
        91.4,
    ),
    (
        "pt-ribafria-atropelamento",
        "Moradores pedem semáforo na avenida",
        "Depois do atropelamento da idosa, os moradores da avenida da República em Ribafria "
        "entregaram à câmara um abaixo-assinado com 600 nomes.",
        95.0,
    ),
    (
        "pt-ribafria-praia-interdita/salvamento",
        "Nadador-salvador resgata surfista na Concha",
        "Um surfista de 19 anos foi retirado do mar na sexta-feira na praia da Concha, em "
        "Ribafria, depois de a prancha se partir junto às rochas.",
        98.0,
    ),
    (
        "pt-ribafria-praia-interdita/salvamento",
        "Surfista salvo junto às rochas",
        "A prancha partiu-se e o jovem não conseguia sair.",
        98.5,
    ),
    (
        "pt-ribafria-parque-infantil/vandalizado",
        "Parque infantil do Coreto vandalizado",
        "Os baloiços do parque infantil do Jardim do Coreto foram arrancados e o piso de "
        "borracha queimado na madrugada de sexta-feira, dias depois da inauguração.",
        111.0,
    ),
    (
        "pt-ribafria-parque-infantil/vandalizado",
        "Baloiços arrancados no Coreto",
        "Câmara apresenta queixa na GNR.",
        111.4,
    ),
    (
        "pt-ribafria-centro-saude",
        "Centro de saúde de Ribafria recebe três novos médicos",
        "Três médicos de família começam a trabalhar no centro de saúde de Ribafria na "
        "segunda-feira, o que dará médico a quase quatro mil utentes que não tinham.",
        117.0,
    ),
    (
        "pt-ribafria-centro-saude",
        "Mais três médicos de família",
        "Quase 4.000 utentes deixam de estar sem médico.",
        117.4,
    ),
    (
        "pt-ribafria-traineira",
        "Traineira à deriva rebocada para o porto",
        "Uma traineira com sete pescadores a bordo ficou sem motor no sábado a quatro milhas da "
        "costa de Ribafria e foi rebocada pela lancha da estação salva-vidas.",
        127.0,
    ),
    (
        "pt-ribafria-traineira",
        "Sete pescadores rebocados",
        "A traineira ficou sem motor ao largo.",
        127.4,
    ),
    (
        "pt-ribafria-greve-recolha",
        "Greve deixa lixo por recolher em Ribafria",
        "Os trabalhadores da recolha de resíduos da câmara de Ribafria estão em greve desde "
        "domingo e os contentores já transbordam em vários bairros.",
        147.0,
    ),
    (
        "pt-ribafria-greve-recolha",
        "Contentores a transbordar",
        "Greve da recolha de lixo na câmara.",
        147.4,
    ),
    # --- Dutch ---
    (
        "nl-hoogmolen-noodlokalen",
        "Basisschool in Hoogmolen krijgt noodlokalen",
        "De Klimop in Hoogmolen krijgt na de zomer vier noodlokalen op het schoolplein, omdat "
        "het aantal leerlingen in twee jaar met een derde is gegroeid.",
        3.0,
    ),
    (
        "nl-hoogmolen-noodlokalen",
        "Vier noodlokalen voor De Klimop",
        "School groeit uit haar jasje.",
        3.5,
    ),
    (
        "nl-hoogmolen-fietspad",
        "Nieuw fietspad langs de Vaart geopend",
        "Het vrijliggende fietspad langs de Vaart tussen Hoogmolen en het station is maandag "
        "geopend door wethouder Sanne de Wit; de aanleg kostte 2,1 miljoen euro.",
        14.0,
    ),
    (
        "nl-hoogmolen-fietspad",
        "Fietspad Vaart is open",
        "Wethouder De Wit knipt het lint.",
        14.5,
    ),
    (
        "nl-hoogmolen-boom",
        "Boom valt op de Molenstraat",
        "Door de harde wind is in de nacht van maandag op dinsdag een grote kastanje op de "
        "Molenstraat in Hoogmolen gevallen; een bestelbus raakte zwaar beschadigd.",
        24.5,
    ),
    (
        "nl-hoogmolen-boom",
        "Kastanje op bestelbus in Hoogmolen",
        "Molenstraat urenlang dicht.",
        25.0,
    ),
    (
        "nl-hoogmolen-boom",
        "Gemeente laat kastanjes aan de Molenstraat keuren",
        "Na het omvallen van de kastanje wil de gemeente Hoogmolen alle bomen in de straat laten"
        " controleren, want meer bomen zouden ziek zijn.",
        29.0,
    ),
    (
        "nl-hoogmolen-boom/woningbrand",
        "Woning aan de Molenstraat uitgebrand",
        "Een tussenwoning aan de Molenstraat in Hoogmolen is dinsdagavond uitgebrand; de "
        "bewoners en hun kat konden op tijd naar buiten.",
        47.0,
    ),
    (
        "nl-hoogmolen-boom/woningbrand",
        "Brand in tussenwoning",
        "Bewoners en kat op tijd buiten.",
        47.5,
    ),
    (
        "nl-hoogmolen-parkeervergunning",
        "Parkeervergunning in Hoogmolen bijna twee keer zo duur",
        "De gemeenteraad heeft woensdag besloten dat een parkeervergunning in het centrum "
        "volgend jaar 180 euro kost in plaats van 95 euro.",
        62.5,
    ),
    (
        "nl-hoogmolen-parkeervergunning",
        "Vergunning naar 180 euro",
        "Raad stemt in met forse stijging.",
        63.0,
    ),
    (
        "nl-hoogmolen-weekmarkt",
        "Weekmarkt voor het eerst op het Kerkplein",
        "De donderdagmarkt van Hoogmolen stond vandaag voor het eerst op het vernieuwde "
        "Kerkplein, met 35 kramen en een draaiorgel.",
        72.5,
    ),
    (
        "nl-hoogmolen-weekmarkt",
        "Markt verhuisd naar het Kerkplein",
        "35 kramen op de nieuwe plek.",
        73.0,
    ),
    (
        "nl-hoogmolen-weekmarkt/kraambrand",
        "Brand in oliebollenkraam op het Kerkplein",
        "Een frituurpan in een oliebollenkraam op de markt in Hoogmolen vatte donderdagmiddag "
        "vlam; de kraam brandde uit, niemand raakte gewond.",
        78.0,
    ),
    (
        "nl-hoogmolen-weekmarkt/kraambrand",
        "Oliebollenkraam in vlammen",
        "De frituurpan vatte vlam, er is niemand gewond.",
        78.5,
    ),
    (
        "nl-hoogmolen-plofkraak",
        "Plofkraak op geldautomaat aan de Dorpsstraat",
        "Bewoners van de Dorpsstraat in Hoogmolen werden vrijdag rond 4 uur wakker van een harde"
        " knal: criminelen bliezen de geldautomaat van de supermarkt op.",
        100.5,
    ),
    (
        "nl-hoogmolen-plofkraak",
        "Knal in de nacht in Hoogmolen",
        "Geldautomaat opgeblazen, daders gevlucht.",
        101.0,
    ),
    (
        "nl-hoogmolen-plofkraak",
        "Twee verdachten aangehouden na plofkraak",
        "De politie heeft vrijdagmiddag twee mannen van 22 en 25 jaar aangehouden voor het "
        "opblazen van de geldautomaat in Hoogmolen; de buit is nog niet gevonden.",
        106.0,
    ),
    (
        "nl-hoogmolen-fietspad/fietser-aangereden",
        "Fietser aangereden op fietspad langs de Vaart",
        "Een 54-jarige man is zaterdag gewond geraakt toen hij op het fietspad langs de Vaart "
        "werd geschept door een auto die de oversteek bij de sluis negeerde.",
        124.0,
    ),
    (
        "nl-hoogmolen-fietspad/fietser-aangereden",
        "Auto schept fietser bij de sluis",
        "Man van 54 gewond naar het ziekenhuis.",
        124.4,
    ),
    (
        "nl-hoogmolen-dijk",
        "Dijkweg maanden dicht voor versterking",
        "Het waterschap sluit de Dijkweg bij Hoogmolen vanaf zaterdag tot de zomer af om de dijk"
        " te versterken; verkeer moet via de Polderweg.",
        139.0,
    ),
    (
        "nl-hoogmolen-dijk",
        "Dijkweg dicht tot de zomer",
        "Het verkeer moet om via de Polderweg.",
        139.4,
    ),
    (
        "nl-hoogmolen-molen",
        "Molen De Hoop draait weer",
        "Na een restauratie van anderhalf jaar draaien de wieken van molen De Hoop, waaraan het "
        "dorp zijn naam ontleent, sinds zondag weer.",
        153.0,
    ),
    (
        "nl-hoogmolen-kampioen",
        "VV Hoogmolen kampioen na zege in de derby",
        "Door een 3-1 overwinning op buurclub Sluisdorp is VV Hoogmolen zondag met nog drie "
        "duels te gaan kampioen geworden in de vierde klasse.",
        158.0,
    ),
    (
        "nl-hoogmolen-kampioen",
        "Hoogmolen pakt de titel",
        "3-1 in de derby en de titel is binnen.",
        158.4,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a fallen tree blocking a street and a house fire on the same street within two days": (
        "en-ashcombe-tree-fell/housefire",
        "de-kirchwald-baum/brand",
        "nl-hoogmolen-boom/woningbrand",
    ),
    "a playground opened in a park and the same playground vandalised days later": (
        "en-brindle-playground/vandalised",
        "fr-aubry-aire-de-jeux/degradee",
        "pt-ribafria-parque-infantil/vandalizado",
    ),
    "a church's bells or clock restored and metal stolen from its roof days later": (
        "en-brindle-church-bells/lead-theft",
        "de-kirchwald-glocken/bleidiebstahl",
        "it-monteverzi-campanile/furto-rame",
    ),
    "a chemical leak at a town pool and a child saved from drowning there days later": (
        "en-ashcombe-pool-leak/rescue",
        "es-villabruma-piscina-cloro/rescate",
        "ru-kryazhin-bassein-hlor/spasenie",
    ),
    "a new cycle lane opened and a cyclist hit on the same lane days later": (
        "en-brindle-cycle-lane/cyclist-hit",
        "fr-aubry-piste-cyclable/cycliste-renverse",
        "nl-hoogmolen-fietspad/fietser-aangereden",
    ),
    "a beach closed to bathers over pollution and a rescue off the same beach within two days": (
        "en-ashcombe-beach-sewage/rescue",
        "es-villabruma-playa-vertido/rescate",
        "pt-ribafria-praia-interdita/salvamento",
    ),
    "a school's national prize and its head teacher's departure within days": (
        "en-brindle-school-award/head-leaves",
        "it-monteverzi-liceo-premio/preside-lascia",
        "ru-kryazhin-gimnaziya/direktor",
    ),
    "a market's first day in a new place and a fire at one of its stalls within a day": (
        "en-ashcombe-farmers-market/stall-fire",
        "fr-aubry-marche-couvert/incendie-etal",
        "nl-hoogmolen-weekmarkt/kraambrand",
    ),
}
