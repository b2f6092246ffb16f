"""A thirty-ninth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one health, science, education and
environment week (hospitals and health services, outbreaks, medical research, space and
astronomy, universities, schools and exams, climate and pollution, wildlife, energy) as a
reader's feeds carry it at daily-digest density: 44 to 51 items a day (49, 46, 50, 48, 51, 44
and 47 from Monday to Sunday), spanning 2.0 to 167.0 hours. It holds 335 items under 129
labels: 105 stories and 24 hard negatives; 45 labels in English (118 items), 12 in each other
language (German and French 32 items, Spanish, Italian, Portuguese and Russian 31, Dutch 29).
Big stories are carried by three or four outlets over a day (a wire flash or teaser first, a
fuller national copy, then a quote-led or reaction piece hours later that names the event only
by its place, actor or one detail), and eight have a next-day follow-up with a new fact 19 to
24 hours after the first copy (the Harbridge measles count at 31, the Lydcombe waters falling,
the doctors' strike dates, the Ostermoor takeover plan, the Mistral-2 gas plume, San Ermo
taking ambulances again, the Кременск smog regime extended, the Vilar de Cima discharges
halted). 36 labels have two copies, 73 three, 8 four, and 12 stories are told by one outlet.
116 stories and hard negatives have a teaser copy whose lead is under 80 characters beside a
fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category
list, three each, each in its story's language. Four are two different events with the same
actor or at the same place on the same day, 6.5 to 11.5 hours apart: a hospital turning away
ambulances and a separate medication error revealed at the same hospital hours later (Kestlow
General, Klinikum Feldhagen, San Ermo in Villacerva); a university's fee rise announced and a
separate lab fire on the same campus hours later (Marbury, Montbrézet, Oosterveld); a health
secretary's morning vaccine plan and a separate row over the same minister's remarks that
evening (Ruth Callander, Carlo Venturelli, Ирина Сомова); a spill killing fish in a river and
a separate rescue from the same river hours later (the Tessow, the Auel, the Alvorel). Four
are days apart: a space agency's probe reaching its target and the same agency's rocket
failing days later (58 to 81 hours: Halcyon and Skyrail, Mistral-2 and Céleste, «Радуга-Л»
and «Сокол-5»); an exam board's leaked paper and the same board's results published days later
(72 to 78 hours: Northmoor, the Valdemora teaching exams, Castelvaro's medicine exams); a rare
bird's arrival at a nature reserve and a poisoning or poaching case on the same reserve days
later (33 to 50 hours: Saltmere Marshes, De Kromme Weerd, Paul de Arcela); a wind farm's
opening and a blade falling from a turbine at the same wind farm days later (27 to 92 hours:
Dunraven Bank, Hohe Geest, Serra do Carvoal). Fifteen hard negatives fall within 48 hours of
their story, nine beyond it.

The week also puts side by side, as a subject digest does, stories of one kind that are
different events: flu in six languages (the German, French, Portuguese and Dutch flu seasons,
the Spanish masks, the Russian school closures) beside the Italian and Russian flu-jab plans;
several hospitals under strain (Kestlow, Feldhagen, San Ermo, Montemor, Castelbrun, Ostermoor,
Drommel); several exams and school reforms (the Northmoor leak and resits, the French maths
test, the Italian oral, the Portuguese computer exams, the Russian literature exam); several
space items (Halcyon, Tarsel-4b, Comet Rafferty, the Ashcombe meteorite, Mistral-2, Tajara's
gamma-ray burst, the Vilaronda satellite, the Приозёрск fireball, the Wiesenau minor planet);
three fish kills in rivers beside the Calder sewage fine; and energy in several forms (the
price cap, the Italian bills, Pontarel's reactor, the Vlietmonde nuclear site, three wind
farms).

What "same story" means here: one event (one diversion, one error, one fee decision, one fire,
one plan, one remark, one spill, one rescue, one arrival, one launch, one leak, one results
release, one sighting, one poisoning, one opening, one breakage, one outbreak, one study) in
that event's news cycle, including a next-day follow-up with a new fact. Not the same story:
another event of the same kind or with the same actor, even at the same hospital, campus,
ministry, river, agency, exam body, reserve or wind farm on the same day. A label with a
suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall within
48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, hospitals, universities, agencies, probes and reserves are invented
here; real bodies appear only as backdrop (the Environment Agency, the Commons and the Lords,
Westminster, the Robert Koch-Institut, the Umweltbundesamt, the Unef, the Direção-Geral da
Saúde, the GNR, the Nivel, Рособрнадзор).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs or bench code, nor the items of other rounds (round 34's docstring and first items were
read for the format only; earlier sets were only compared by script for clashing labels and
texts), and never run through the merging code before its one scoring run,
`python -m bench.stories --round39`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-hospital-ambulance-divert",
        "Kestlow General stops taking ambulances as A&E fills up",
        "Kestlow General Hospital declared a critical incident on Monday morning and asked "
        "crews to take patients to Dunmere and Rowley instead, with 94 people waiting in its "
        "emergency department.",
        9.0,
    ),
    (
        "en-hospital-ambulance-divert",
        "Kestlow hospital diverts ambulances",
        "Critical incident declared; crews sent to Dunmere and Rowley.",
        9.4,
    ),
    (
        "en-hospital-ambulance-divert",
        "'Corridors full since Saturday', say Kestlow paramedics",
        "Crews described queues of ambulances outside the emergency entrance before the "
        "diversion, and one patient waited eleven hours for a bed.",
        13.0,
    ),
    (
        "en-hospital-ambulance-divert/insulin-error",
        "Patient given ten times insulin dose at Kestlow General",
        "An 81-year-old man is in intensive care after a nurse on a surgical ward at Kestlow "
        "General gave him ten times the insulin on his chart; the hospital has apologised and "
        "reported itself to the regulator.",
        16.5,
    ),
    (
        "en-hospital-ambulance-divert/insulin-error",
        "Insulin overdose inquiry at Kestlow ward",
        "Family told of decimal-point slip on a drug chart.",
        17.2,
    ),
    (
        "en-university-fees",
        "Marbury University raises overseas fees by 18%",
        "Students from outside the UK starting at Marbury next autumn will pay up to £31,400 a "
        "year, the university said, blaming a £40m deficit and falling visa numbers.",
        33.0,
    ),
    (
        "en-university-fees",
        "Marbury lifts international fees",
        "Rise of 18% for overseas students from next autumn.",
        33.3,
    ),
    (
        "en-university-fees",
        "Marbury students' union calls fee rise 'a cash grab'",
        "The union said it would lobby the university council, while the vice-chancellor "
        "insisted the money would protect 200 teaching posts.",
        38.0,
    ),
    (
        "en-university-fees/lab-fire",
        "Fire breaks out in Marbury chemistry building",
        "About 300 people were led out of the Priestley Building on Marbury's main campus on "
        "Tuesday evening after a fume cupboard caught fire on the third floor; nobody was "
        "hurt.",
        41.0,
    ),
    (
        "en-university-fees/lab-fire",
        "Campus evacuated after lab blaze",
        "Fire crews spent two hours at the Priestley Building.",
        41.6,
    ),
    (
        "en-minister-vaccine-plan",
        "Pharmacies to give RSV and shingles jabs, says Callander",
        "Health Secretary Ruth Callander announced that from April community pharmacies in "
        "England will be paid to vaccinate over-75s against RSV and shingles, to free up GP "
        "time.",
        55.0,
    ),
    (
        "en-minister-vaccine-plan",
        "Jabs move to the chemist's counter",
        "Callander: RSV and shingles vaccines at pharmacies from April.",
        55.5,
    ),
    (
        "en-minister-vaccine-plan",
        "GPs wary of losing vaccine income",
        "Family doctors said the pharmacy plan could cost surgeries £9,000 a year each in fees "
        "and warned that records might not be updated.",
        60.0,
    ),
    (
        "en-minister-vaccine-plan/greedy-remark",
        "Callander under fire for calling physiotherapists 'greedy'",
        "A recording from a private dinner on Wednesday evening caught the health secretary "
        "describing striking physiotherapists as greedy, and unions demanded an apology.",
        65.0,
    ),
    (
        "en-minister-vaccine-plan/greedy-remark",
        "Physios demand apology from health secretary",
        "The leaked recording was made at a dinner in Westminster.",
        66.0,
    ),
    (
        "en-minister-vaccine-plan/greedy-remark",
        "Callander says remark was 'clumsy', refuses to resign",
        "In a late statement she said she valued every physiotherapist but stood by her view "
        "that the pay claim was unaffordable.",
        67.5,
    ),
    (
        "en-river-spill",
        "Thousands of fish dead after slurry spill in River Tessow",
        "A tank failure on a dairy farm near Brackenford sent slurry into the Tessow "
        "overnight, killing trout and salmon parr along a four-mile stretch, the Environment "
        "Agency said.",
        80.0,
    ),
    (
        "en-river-spill",
        "Slurry kills the fish in the Tessow",
        "Four-mile stretch affected below Brackenford.",
        80.4,
    ),
    (
        "en-river-spill",
        "Anglers 'heartbroken' by Tessow fish kill",
        "Members of the Brackenford angling club collected dead fish by the bucketful and said "
        "the river had only just recovered from a spill in 2019.",
        86.0,
    ),
    (
        "en-river-spill/teen-rescue",
        "Teenager pulled from the Tessow at Pellham weir",
        "A 16-year-old who fell from the bank while walking home was rescued from the swollen "
        "river at Pellham by two off-duty firefighters on Thursday afternoon.",
        88.0,
    ),
    (
        "en-river-spill/teen-rescue",
        "Off-duty firefighters save boy in river",
        "He was taken to hospital with hypothermia.",
        88.5,
    ),
    (
        "en-probe-arrival",
        "Halcyon probe slips into orbit around asteroid Veyra",
        "The Anglo-Nordic Space Consortium's Halcyon spacecraft fired its engine for 41 "
        "minutes and is now circling the asteroid Veyra, six years after leaving Earth.",
        20.0,
    ),
    (
        "en-probe-arrival",
        "Halcyon reaches asteroid",
        "Orbit confirmed after six-year trip.",
        20.5,
    ),
    (
        "en-probe-arrival",
        "First close-up pictures of Veyra show boulders and a crater",
        "The images sent back overnight show a rubble-strewn surface, and the mission's "
        "scientists said they would choose a landing site for the sampler by March.",
        27.0,
    ),
    (
        "en-probe-arrival/rocket-failure",
        "Skyrail rocket lost two minutes after lift-off",
        "The Anglo-Nordic Space Consortium's Skyrail launcher broke apart over the sea on "
        "Thursday shortly after leaving Sollan Head, destroying two weather satellites.",
        90.0,
    ),
    (
        "en-probe-arrival/rocket-failure",
        "Skyrail launch fails off the coast",
        "Two weather satellites lost off Sollan Head.",
        90.6,
    ),
    (
        "en-probe-arrival/rocket-failure",
        "Consortium grounds Skyrail after failure",
        "An inquiry will look at the second stage, and the next flight in February is unlikely "
        "to go ahead, the consortium's director said.",
        95.0,
    ),
    (
        "en-northmoor-chem-leak",
        "Chemistry paper leaked online the night before the exam",
        "Northmoor Examinations Board replaced its November chemistry paper at dawn after the "
        "questions were shared on social media, and 41,000 candidates sat a reserve paper.",
        30.0,
    ),
    (
        "en-northmoor-chem-leak",
        "Northmoor swaps leaked exam",
        "Reserve chemistry paper used after overnight leak.",
        30.3,
    ),
    (
        "en-northmoor-chem-leak",
        "Police called in over Northmoor leak",
        "The board said a copy appeared to have been photographed in a school, and it had "
        "asked police to trace the first account that posted it.",
        35.0,
    ),
    (
        "en-northmoor-chem-leak/resit-results",
        "Only 38% pass November maths resits",
        "Northmoor Examinations Board published results of its autumn maths resits on Friday, "
        "with fewer than four in ten adult and sixth-form candidates reaching a grade 4.",
        104.0,
    ),
    (
        "en-northmoor-chem-leak/resit-results",
        "Pass rate for the maths resits falls",
        "Northmoor figures show 38% reached grade 4.",
        104.5,
    ),
    (
        "en-northmoor-chem-leak/resit-results",
        "Colleges call for rethink of compulsory maths resits",
        "Further education leaders said Friday's results showed that repeated resits were "
        "failing students and asked ministers for a different route.",
        110.0,
    ),
    (
        "en-reserve-rare-bird",
        "Snowy owl spotted at Saltmere Marshes",
        "The first snowy owl seen in the county for four decades has been roosting on the "
        "dunes of Saltmere Marshes nature reserve, wardens said.",
        12.0,
    ),
    (
        "en-reserve-rare-bird",
        "Rare owl draws birdwatchers",
        "Hundreds of visitors expected at Saltmere.",
        12.6,
    ),
    (
        "en-reserve-rare-bird",
        "Wardens ask owl watchers to keep to the paths",
        "With cars lining the coast road by afternoon, the reserve asked visitors to stay "
        "behind the fences so the bird could feed in peace.",
        18.0,
    ),
    (
        "en-reserve-rare-bird/poisoned-kites",
        "Two red kites found poisoned at Saltmere",
        "Police are investigating after the birds were found dead beside a bait of rabbit meat "
        "laced with a banned pesticide on the edge of the reserve.",
        62.0,
    ),
    (
        "en-reserve-rare-bird/poisoned-kites",
        "Kites poisoned on nature reserve",
        "Banned pesticide found in bait, police say.",
        63.0,
    ),
    (
        "en-windfarm-opening",
        "Dunraven Bank wind farm officially opened",
        "The 64-turbine farm 20 miles off the coast was opened on Tuesday and can supply "
        "400,000 homes, its owner Westhaven Energy said.",
        36.0,
    ),
    (
        "en-windfarm-opening",
        "The offshore wind farm is open",
        "Dunraven Bank can power 400,000 homes.",
        36.5,
    ),
    (
        "en-windfarm-opening",
        "Dunraven Bank brings 300 jobs to Corwen port",
        "The maintenance base in the harbour will employ technicians for the 25-year life of "
        "the farm, and local colleges have added training courses.",
        41.0,
    ),
    (
        "en-windfarm-opening/blade-falls",
        "Turbine blade snaps off at Dunraven Bank",
        "A 90-metre blade fell into the sea from one of the turbines on Saturday morning, and "
        "Westhaven Energy stopped all 64 machines for checks.",
        128.0,
    ),
    (
        "en-windfarm-opening/blade-falls",
        "Blade falls from an offshore turbine into the sea",
        "All Dunraven Bank turbines halted.",
        128.5,
    ),
    (
        "en-windfarm-opening/blade-falls",
        "Fishermen warned to keep clear of broken blade",
        "The coastguard set up a two-mile exclusion zone while divers look for the wreckage "
        "near the turbine.",
        134.0,
    ),
    (
        "en-measles-outbreak",
        "Measles outbreak at Harbridge primary schools",
        "Health officials have confirmed 23 cases of measles among children at four primary "
        "schools in Harbridge, where fewer than 80% of pupils have had both doses.",
        28.0,
    ),
    (
        "en-measles-outbreak",
        "Harbridge measles cases reach 23 at the schools",
        "Four schools affected, officials say.",
        28.4,
    ),
    (
        "en-measles-outbreak",
        "Parents queue for MMR jabs in Harbridge",
        "A walk-in clinic at the library gave 180 vaccinations by teatime as families rushed "
        "to protect younger siblings.",
        33.0,
    ),
    (
        "en-measles-outbreak",
        "Harbridge measles cases rise to 31, two children in hospital",
        "The outbreak has now reached a fifth school, and a second walk-in clinic opens at the "
        "leisure centre on Wednesday.",
        50.0,
    ),
    (
        "en-planned-care-list",
        "England's waiting list for planned treatment shrinks for a third straight month",
        "The number of people waiting for planned treatment in England fell to 7.38 million in "
        "October, the lowest since spring 2023.",
        81.0,
    ),
    (
        "en-planned-care-list",
        "Waiting list down to 7.38m",
        "Third monthly fall in a row.",
        81.3,
    ),
    (
        "en-planned-care-list",
        "Cancer targets still missed despite shorter waiting list",
        "Only 68% of patients started treatment within two months of referral, against a "
        "target of 85%.",
        85.0,
    ),
    (
        "en-resident-doctors-vote",
        "Resident doctors vote for January strikes",
        "Members of the Doctors in Training Union backed walkouts by 88% on a 61% turnout, and "
        "the union said dates would be named next week.",
        106.0,
    ),
    (
        "en-resident-doctors-vote",
        "Doctors back a strike after the union vote",
        "88% yes vote in resident doctors' ballot.",
        106.4,
    ),
    (
        "en-resident-doctors-vote",
        "Hospital bosses fear winter walkout",
        "Trust leaders said strikes in January, the busiest month, would cancel tens of "
        "thousands of operations.",
        111.0,
    ),
    (
        "en-resident-doctors-vote",
        "Doctors' union names six January strike days",
        "The Doctors in Training Union said resident doctors would walk out from 7am on 6 "
        "January for six days, and invited the health secretary to talks before Christmas.",
        128.0,
    ),
    (
        "en-cancer-blood-test",
        "Blood test picks up 12 cancers before symptoms",
        "A trial of 26,000 adults at the Harwood Institute found the test spotted cancers of "
        "the pancreas, ovary and stomach at an early stage in six out of ten cases.",
        50.5,
    ),
    (
        "en-cancer-blood-test",
        "Early cancer test shows promise in the trial",
        "Harwood trial finds 12 cancer types.",
        51.0,
    ),
    (
        "en-cancer-blood-test",
        "Doctors urge caution over cancer test",
        "Experts said false alarms, which affected one in 200 people, could lead to needless "
        "scans.",
        57.0,
    ),
    (
        "en-dementia-trial",
        "Antibody slows memory loss by 30% in trial",
        "Patients with early Alzheimer's disease who received cerulimab every month declined "
        "30% more slowly than those on a dummy drip over 18 months.",
        122.0,
    ),
    (
        "en-dementia-trial",
        "Dementia drug trial is a success, says the maker",
        "Cerulimab slows decline, maker says.",
        122.4,
    ),
    (
        "en-exoplanet-water",
        "Water vapour found on planet 120 light years away",
        "Astronomers using a space telescope have detected water vapour in the air of "
        "Tarsel-4b, a rocky world twice the size of Earth.",
        100.0,
    ),
    (
        "en-exoplanet-water",
        "Steam spotted on distant planet",
        "Tarsel-4b's air holds water vapour.",
        100.6,
    ),
    (
        "en-exoplanet-water",
        "Tarsel-4b 'too hot for life', lead author says",
        "The researchers said the planet's surface was probably above 200C, but the result "
        "showed such air could be measured.",
        106.0,
    ),
    (
        "en-meteorite-field",
        "Meteorite fragments found in Ashcombe field",
        "A farmer found three blackened stones in a sheep field near Ashcombe after Sunday "
        "night's fireball was seen across the north.",
        7.0,
    ),
    (
        "en-meteorite-field",
        "Fireball leaves meteorites",
        "Fragments picked up by Ashcombe farmer.",
        7.5,
    ),
    (
        "en-meteorite-field",
        "Scientists confirm Ashcombe stones are from space",
        "Tests at the university found metal grains typical of a rare type of stony meteorite, "
        "and a search of nearby fields continues.",
        14.0,
    ),
    (
        "en-school-concrete",
        "Greyholt Primary closes after crumbling concrete found",
        "The school's 240 pupils will learn at home from Friday after surveyors found weak "
        "concrete panels in the roof of two classrooms.",
        75.0,
    ),
    (
        "en-school-concrete",
        "Greyholt school shut over roof",
        "Pupils to learn at home from Friday.",
        75.5,
    ),
    (
        "en-teacher-pay-offer",
        "Teachers offered 3.5% pay rise for next year",
        "The education secretary told the pay review body that schools could afford 3.5% from "
        "September, below the 5% unions want.",
        52.0,
    ),
    (
        "en-teacher-pay-offer",
        "3.5% offer for teachers",
        "Unions had asked for 5%.",
        52.3,
    ),
    (
        "en-teacher-pay-offer",
        "Heads say pay offer must be fully funded",
        "School leaders said they would have to cut staff if the rise came out of existing "
        "budgets.",
        58.0,
    ),
    (
        "en-air-quality",
        "Fourteen towns break air pollution limits",
        "The annual air quality report found nitrogen dioxide above the legal limit on main "
        "roads in 14 towns last year, down from 19.",
        97.0,
    ),
    (
        "en-air-quality",
        "Fewer towns breach air limits",
        "14 towns over the nitrogen dioxide limit.",
        97.5,
    ),
    (
        "en-flood-warnings",
        "Forty flood warnings after heavy rain in the south-west",
        "Rivers rose quickly overnight after 60mm of rain fell on saturated ground, and the "
        "Environment Agency urged people not to drive through flood water.",
        121.0,
    ),
    (
        "en-flood-warnings",
        "Flood warnings issued",
        "Forty in force after overnight rain.",
        121.4,
    ),
    (
        "en-flood-warnings",
        "Homes flooded in Lydcombe as river bursts banks",
        "Residents of Mill Lane were helped from their houses by boat, and a rest centre has "
        "been opened at the village hall.",
        127.0,
    ),
    (
        "en-flood-warnings",
        "Lydcombe flood waters recede, 12 homes damaged",
        "Clean-up began on Sunday as the river fell, and the council said families could apply "
        "for grants of £500.",
        145.0,
    ),
    (
        "en-price-cap",
        "Energy price cap to rise 2% in January",
        "The average household bill will go up by £34 a year to £1,755 from January, the "
        "energy regulator said.",
        57.0,
    ),
    (
        "en-price-cap",
        "Energy bills up £34",
        "New cap announced for January.",
        57.5,
    ),
    (
        "en-price-cap",
        "Charities warn of cold homes as energy cap rises",
        "Fuel poverty groups said a million more households would go without heating this winter.",
        62.0,
    ),
    (
        "en-bird-flu-farm",
        "Bird flu found at turkey farm, 30,000 birds to be culled",
        "The disease was confirmed at a farm near Stowley, and a three-kilometre protection "
        "zone has been set up around it.",
        146.0,
    ),
    (
        "en-bird-flu-farm",
        "Bird flu at turkey farm",
        "30,000 birds culled near Stowley.",
        146.5,
    ),
    (
        "en-bird-flu-farm",
        "Christmas turkey supply 'not at risk', say farmers",
        "Producers said the Stowley cull was less than one percent of the seasonal flock.",
        152.0,
    ),
    (
        "en-antibiotic-soil",
        "New antibiotic found in churchyard soil",
        "Researchers have isolated a compound from bacteria in soil taken from a village "
        "churchyard that killed drug-resistant bacteria in mice.",
        77.0,
    ),
    (
        "en-antibiotic-soil",
        "Churchyard soil yields an antibiotic",
        "Compound works against resistant bugs in mice.",
        77.6,
    ),
    (
        "en-antibiotic-soil",
        "Antibiotic find 'ten years from the pharmacy'",
        "The team said human trials could start in 2028 if funding is found.",
        84.0,
    ),
    (
        "en-university-job-cuts",
        "Leckford University to cut 300 jobs",
        "The university said it must save £28m by 2027 and would close its music and modern "
        "languages departments.",
        109.0,
    ),
    (
        "en-university-job-cuts",
        "Leckford cuts 300 posts",
        "Music and languages to close.",
        109.4,
    ),
    (
        "en-school-phone-ban",
        "Phones to be banned in all schools from September",
        "New guidance will require pupils to hand in mobile phones at the school gate or keep "
        "them locked away during the day, ministers said.",
        149.0,
    ),
    (
        "en-school-phone-ban",
        "Schools phone ban announced",
        "Rule to apply from September.",
        149.5,
    ),
    (
        "en-school-phone-ban",
        "Heads welcome phone ban but ask who will pay for lockers",
        "Some schools said pouches cost up to £30 a pupil.",
        155.0,
    ),
    (
        "en-norovirus-cruise",
        "200 ill with norovirus on cruise ship",
        "The Aurora Bay docked at Portheath on Friday with about 200 passengers and crew sick "
        "with vomiting, and a deep clean was ordered.",
        112.0,
    ),
    (
        "en-norovirus-cruise",
        "Cruise ship docks with sick passengers",
        "Norovirus outbreak on the Aurora Bay.",
        112.5,
    ),
    (
        "en-norovirus-cruise",
        "Next Aurora Bay sailing delayed by a day",
        "The operator offered refunds to passengers booked on Saturday's trip.",
        117.0,
    ),
    (
        "en-smoking-law",
        "Tobacco age bill clears the Commons",
        "MPs passed the bill that will stop anyone born after 2010 from ever legally buying "
        "cigarettes by 390 votes to 61.",
        45.0,
    ),
    (
        "en-smoking-law",
        "Smoking age law passes",
        "Bill goes to the Lords.",
        45.3,
    ),
    (
        "en-smoking-law",
        "Shopkeepers fear black market after tobacco vote",
        "Corner shops said they would need clear rules to check the age of customers in their "
        "thirties in years to come.",
        47.0,
    ),
    (
        "en-comet-discovery",
        "Retired teacher in Cullen finds a comet from his garden",
        "A retired teacher in Cullen spotted the faint comet in images from his garden "
        "telescope, and it has been named after him.",
        158.0,
    ),
    (
        "en-comet-discovery",
        "Garden telescope finds comet",
        "It may be visible with binoculars in March.",
        158.5,
    ),
    (
        "en-comet-discovery",
        "Comet Rafferty may brighten in spring",
        "Astronomers said the comet will pass closest to the sun in April.",
        163.0,
    ),
    (
        "en-iceberg-calves",
        "Iceberg twice the size of Greater London breaks off Antarctica",
        "Satellite images show the berg split from the Halvard ice shelf over the weekend.",
        4.0,
    ),
    (
        "en-iceberg-calves",
        "Giant iceberg breaks away",
        "3,000 square kilometres of ice.",
        4.5,
    ),
    (
        "en-iceberg-calves",
        "Halvard berg 'natural', but shelf thinning, say glaciologists",
        "Scientists said the calving was expected, but warm water under the shelf had made it "
        "weaker.",
        10.0,
    ),
    (
        "en-pterosaur-fossil",
        "Pterosaur skull found on Isle of Carn",
        "Fossil hunters found an almost complete skull of a flying reptile in a sea cliff, the "
        "best found in Britain for a century.",
        138.0,
    ),
    (
        "en-pterosaur-fossil",
        "Skull of a flying reptile found",
        "Carn fossil is 168 million years old.",
        138.5,
    ),
    (
        "en-pterosaur-fossil",
        "Carn fossil to go on show in Edinburgh",
        "The skull will be cleaned and displayed next year.",
        144.0,
    ),
    (
        "en-sewage-fine",
        "Calder Water fined £9m over sewage spills",
        "The water company admitted releasing raw sewage into rivers on 1,200 days at six "
        "works between 2019 and 2022.",
        114.0,
    ),
    (
        "en-sewage-fine",
        "£9m fine for Calder Water",
        "Sewage spills at six works.",
        114.5,
    ),
    (
        "en-sewage-fine",
        "Campaigners say Calder fine is too small",
        "River groups said the penalty was less than two weeks of the firm's profits.",
        118.0,
    ),
    (
        "en-beaver-release",
        "Beavers released into the wild in Wessmoor",
        "Two families of beavers were let go on the River Arle, the first licensed wild "
        "release in the county.",
        140.0,
    ),
    (
        "en-beaver-release",
        "Beavers return to Wessmoor",
        "First licensed wild release.",
        140.5,
    ),
    (
        "en-mpox-case",
        "Single mpox case confirmed in Radford",
        "Health officials said the risk to the public was low and close contacts had been "
        "offered vaccination.",
        142.0,
    ),
    (
        "en-lunar-eclipse",
        "Partial lunar eclipse visible tonight",
        "The moon will be partly shadowed from 9.10pm, with clear skies forecast in the east.",
        119.0,
    ),
    (
        "en-school-meals",
        "Holmshire to give free lunches to all primary pupils",
        "The county council said the £6m scheme will start after Easter, funded by a rise in "
        "parking charges.",
        140.0,
    ),
    (
        "en-badger-vaccination",
        "Badger vaccination to replace culling in Wessmoor",
        "Farmers and wildlife groups agreed a five-year plan to vaccinate badgers against "
        "bovine TB.",
        166.0,
    ),
    (
        "en-midwife-award",
        "Kirkby midwife named nurse of the year",
        "Alison Turvey was honoured for setting up a home-visit service for new mothers in "
        "rural villages.",
        22.0,
    ),
    (
        "en-hospital-night-parking",
        "Free hospital parking for night-shift staff in Northfold",
        "The health board will scrap charges for nurses, porters and cleaners who start work "
        "after 7pm, from the new year.",
        162.0,
    ),
    (
        "en-hospital-night-parking",
        "Night staff to park free",
        "Northfold health board drops fees after 7pm.",
        162.5,
    ),
    # --- German ---
    (
        "de-klinikum-rettungswagen",
        "Klinikum Feldhagen meldet sich bei der Leitstelle ab",
        "Wegen überfüllter Notaufnahme nimmt das Klinikum Feldhagen seit Dienstagmorgen keine "
        "Rettungswagen mehr an; die Patienten werden nach Gronau und Weißbach gebracht.",
        31.0,
    ),
    (
        "de-klinikum-rettungswagen",
        "Feldhagen: Notaufnahme voll, Rettungswagen werden umgeleitet",
        "Das Klinikum ist bis auf Weiteres abgemeldet.",
        31.4,
    ),
    (
        "de-klinikum-rettungswagen",
        "Rettungsdienst klagt über lange Wege nach Weißbach",
        "Die Fahrt in die Nachbarstadt dauere bis zu 40 Minuten, sagte der Leiter der "
        "Rettungswache; die Kliniken im Kreis seien seit Wochen am Limit.",
        34.5,
    ),
    (
        "de-klinikum-rettungswagen/infusion-verwechselt",
        "Falsche Infusion: Patientin im Klinikum Feldhagen auf der Intensivstation",
        "Einer 67-jährigen Frau ist auf der Kardiologie des Klinikums Feldhagen eine für einen "
        "anderen Patienten bestimmte Infusion gegeben worden; die Klinik hat die "
        "Staatsanwaltschaft eingeschaltet.",
        38.0,
    ),
    (
        "de-klinikum-rettungswagen/infusion-verwechselt",
        "Verwechslung im Klinikum Feldhagen",
        "Die Frau ist nach Angaben der Klinik stabil.",
        38.6,
    ),
    (
        "de-fluss-fischsterben",
        "Fischsterben in der Auel nach Chemieunfall",
        "Aus einem Galvanikbetrieb in Brambach sind in der Nacht Reinigungsmittel in die Auel "
        "gelaufen; auf sechs Kilometern treiben tote Forellen und Äschen im Wasser.",
        74.0,
    ),
    (
        "de-fluss-fischsterben",
        "Tote Fische in der Auel",
        "Chemikalien aus einem Betrieb in Brambach.",
        74.5,
    ),
    (
        "de-fluss-fischsterben",
        "Angler in Brambach: „Die Auel ist für Jahre geschädigt“",
        "Der Fischereiverein hat Anzeige erstattet, und das Landratsamt prüft, ob das "
        "Unternehmen seine Auflagen verletzt hat.",
        79.0,
    ),
    (
        "de-fluss-fischsterben/kanu-rettung",
        "Kanufahrer aus der Auel gerettet",
        "Die Feuerwehr hat am Donnerstagvormittag einen 52-jährigen Kanuten bei Haldorf aus "
        "dem Hochwasser führenden Fluss gezogen, nachdem sein Boot an einem Wehr gekentert "
        "war.",
        83.0,
    ),
    (
        "de-fluss-fischsterben/kanu-rettung",
        "Rettung am Wehr bei Haldorf",
        "Der Mann kam unterkühlt ins Krankenhaus.",
        83.5,
    ),
    (
        "de-windpark-einweihung",
        "Windpark Hohe Geest offiziell eingeweiht",
        "Die 22 Anlagen zwischen Lüttensee und Marnholt liefern Strom für rund 60.000 "
        "Haushalte; die Gemeinden sind mit 20 Prozent am Park beteiligt.",
        16.0,
    ),
    (
        "de-windpark-einweihung",
        "Hohe Geest: Windpark am Netz",
        "Strom für 60.000 Haushalte.",
        16.5,
    ),
    (
        "de-windpark-einweihung",
        "Bürger verdienen am Windpark Hohe Geest mit",
        "Jeder Einwohner von Lüttensee bekommt einen Rabatt auf den Strompreis, sagte der "
        "Bürgermeister bei der Einweihung.",
        21.0,
    ),
    (
        "de-windpark-einweihung/rotorblatt",
        "Rotorblatt im Windpark Hohe Geest abgebrochen",
        "Ein 60 Meter langes Rotorblatt ist am Dienstagabend von einer der neuen Anlagen auf "
        "einen Acker gestürzt; verletzt wurde niemand.",
        43.0,
    ),
    (
        "de-windpark-einweihung/rotorblatt",
        "Abgebrochenes Rotorblatt bei Marnholt",
        "Alle Anlagen des Parks stehen still.",
        43.4,
    ),
    (
        "de-windpark-einweihung/rotorblatt",
        "Hersteller prüft Bolzen nach Schaden im Windpark",
        "Die Anlagen bleiben abgeschaltet, bis die Ursache für den Bruch des Rotorblatts "
        "geklärt ist.",
        48.0,
    ),
    (
        "de-grippewelle",
        "Grippewelle beginnt früher als sonst",
        "Das Robert Koch-Institut meldet für die vergangene Woche mehr als 9.000 bestätigte "
        "Fälle von Influenza und damit den Beginn der Grippewelle.",
        49.0,
    ),
    (
        "de-grippewelle",
        "RKI: Die Grippewelle hat begonnen",
        "Mehr als 9.000 Fälle in einer Woche.",
        49.5,
    ),
    (
        "de-grippewelle",
        "Kinderärzte raten zur Grippeimpfung noch vor Weihnachten",
        "Die Praxen seien voll, aber für eine Impfung sei es nicht zu spät, sagte der Verband.",
        54.0,
    ),
    (
        "de-lehrermangel",
        "Studie: Bis 2030 fehlen 25.000 Lehrkräfte",
        "Vor allem an Grundschulen und in Mathematik werde der Mangel wachsen, heißt es in "
        "einer Studie der Bildungsstiftung Lindner.",
        101.0,
    ),
    (
        "de-lehrermangel",
        "25.000 Lehrer fehlen bis 2030",
        "Grundschulen am stärksten betroffen.",
        101.5,
    ),
    (
        "de-lehrermangel",
        "Lehrerverband fordert mehr Studienplätze",
        "Quereinsteiger allein könnten die Lücke nicht schließen, sagte der Verbandschef.",
        106.0,
    ),
    (
        "de-klimabilanz",
        "Treibhausgase in Deutschland um drei Prozent gesunken",
        "Nach Zahlen des Umweltbundesamts ist der Ausstoß im vergangenen Jahr vor allem wegen "
        "weniger Kohlestrom zurückgegangen.",
        11.0,
    ),
    (
        "de-klimabilanz",
        "Emissionen sinken um drei Prozent",
        "Verkehr und Gebäude verfehlen die Ziele.",
        11.5,
    ),
    (
        "de-wolf-abschuss",
        "Wolf bei Lindhorst zum Abschuss freigegeben",
        "Der Landkreis hat den Abschuss eines Wolfs genehmigt, der in zwei Wochen mehr als 30 "
        "Schafe gerissen haben soll.",
        126.0,
    ),
    (
        "de-wolf-abschuss",
        "Der Abschuss eines Wolfs ist genehmigt",
        "Mehr als 30 Schafe gerissen.",
        126.5,
    ),
    (
        "de-wolf-abschuss",
        "Naturschützer wollen gegen Wolfsabschuss klagen",
        "Der Verband hält die Schutzzäune der Schäfer für nicht ausreichend geprüft.",
        131.0,
    ),
    (
        "de-klinik-insolvenz",
        "Kreisklinik Ostermoor ist zahlungsunfähig",
        "Das Krankenhaus mit 320 Betten hat Insolvenz in Eigenverwaltung beantragt; der "
        "Betrieb läuft weiter.",
        148.0,
    ),
    (
        "de-klinik-insolvenz",
        "Klinik in Ostermoor insolvent",
        "Die Patienten werden weiter versorgt.",
        148.5,
    ),
    (
        "de-klinik-insolvenz",
        "Ostermoor: Beschäftigte bangen um ihre Stellen",
        "Rund 900 Mitarbeiter haben sich vor dem Krankenhaus zu einer Mahnwache versammelt.",
        153.0,
    ),
    (
        "de-klinik-insolvenz",
        "Landkreis will insolvente Klinik in Ostermoor übernehmen",
        "Der Kreistag soll am Mittwoch beschließen, das Krankenhaus als kommunale Gesellschaft "
        "weiterzuführen; die Notaufnahme bleibt geöffnet.",
        167.0,
    ),
    (
        "de-kleinplanet-schuelerin",
        "Kleinplanet nach Schülerin aus Wiesenau benannt",
        "Die 15-Jährige hatte in einem Schulprojekt den Asteroiden in alten Aufnahmen einer "
        "Sternwarte gefunden.",
        160.0,
    ),
    # --- French ---
    (
        "fr-universite-frais",
        "L'université de Montbrézet relève les frais des étudiants étrangers",
        "Les étudiants venus de pays hors de l'Union européenne paieront 3 200 euros par an en "
        "licence à la rentrée prochaine, a annoncé lundi la présidence de l'université.",
        10.0,
    ),
    (
        "fr-universite-frais",
        "Montbrézet : hausse des frais pour les étudiants étrangers",
        "3 200 euros par an en licence dès la rentrée.",
        10.5,
    ),
    (
        "fr-universite-frais",
        "Les syndicats étudiants dénoncent une « sélection par l'argent »",
        "À Montbrézet, l'Unef locale appelle à un rassemblement jeudi devant la présidence "
        "contre la hausse des droits.",
        15.0,
    ),
    (
        "fr-universite-frais/incendie-labo",
        "Incendie dans un laboratoire de chimie du campus de Montbrézet",
        "Un feu s'est déclaré lundi en fin d'après-midi au deuxième étage du bâtiment des "
        "sciences ; 400 personnes ont été évacuées et deux chercheurs ont été légèrement "
        "intoxiqués.",
        17.0,
    ),
    (
        "fr-universite-frais/incendie-labo",
        "Feu de laboratoire à Montbrézet",
        "Le bâtiment des sciences a été évacué.",
        17.5,
    ),
    (
        "fr-sonde-comete",
        "La sonde Mistral-2 a rejoint la comète Hennequin",
        "Après sept ans de voyage, la sonde de l'Agence spatiale australe s'est placée mardi à "
        "80 kilomètres du noyau de la comète.",
        29.0,
    ),
    (
        "fr-sonde-comete",
        "Mistral-2 au rendez-vous de la comète",
        "Sept ans de voyage pour la sonde.",
        29.5,
    ),
    (
        "fr-sonde-comete",
        "Les premières images du noyau d'Hennequin dévoilées",
        "Le noyau, long de quatre kilomètres, est couvert de falaises et de jets de gaz, selon "
        "l'équipe de la mission.",
        35.5,
    ),
    (
        "fr-sonde-comete",
        "Mistral-2 repère un panache de gaz de trente kilomètres",
        "Au lendemain de son arrivée, la sonde a photographié un jet de vapeur d'eau sortant "
        "d'une fissure du noyau d'Hennequin.",
        50.0,
    ),
    (
        "fr-sonde-comete/echec-lanceur",
        "Échec du lanceur Céleste, deux satellites perdus",
        "La fusée de l'Agence spatiale australe a dévié de sa trajectoire vendredi, trois "
        "minutes après son décollage, et a été détruite en vol.",
        110.0,
    ),
    (
        "fr-sonde-comete/echec-lanceur",
        "Le lanceur Céleste détruit en vol",
        "Deux satellites d'observation perdus.",
        110.5,
    ),
    (
        "fr-sonde-comete/echec-lanceur",
        "Après l'échec de Céleste, une commission d'enquête",
        "L'agence a suspendu les vols du lanceur en attendant les conclusions, attendues au "
        "printemps.",
        115.0,
    ),
    (
        "fr-grippe-nordouest",
        "La grippe passe au stade épidémique dans le Nord-Ouest",
        "Les passages aux urgences pour syndrome grippal ont doublé en une semaine, selon les "
        "données publiées mercredi.",
        56.0,
    ),
    (
        "fr-grippe-nordouest",
        "Épidémie de grippe déclarée",
        "Les urgences du Nord-Ouest sous pression.",
        56.5,
    ),
    (
        "fr-grippe-nordouest",
        "Grippe : les généralistes appellent les seniors à la vaccination",
        "Seul un tiers des plus de 65 ans a reçu le vaccin cette année, regrettent les "
        "généralistes.",
        61.0,
    ),
    (
        "fr-bac-maths",
        "Une épreuve anticipée de mathématiques en première dès juin",
        "Le ministère de l'Éducation confirme que les élèves de première passeront une épreuve "
        "de maths de deux heures à la fin de l'année.",
        79.0,
    ),
    (
        "fr-bac-maths",
        "Bac : les maths en première",
        "Épreuve anticipée dès juin.",
        79.5,
    ),
    (
        "fr-bac-maths",
        "Les professeurs de maths craignent un programme trop chargé",
        "Les enseignants disent ne pas avoir reçu les sujets d'exemple promis pour préparer "
        "les élèves.",
        85.0,
    ),
    (
        "fr-pic-pollution",
        "Pic de pollution aux particules fines à Vérandon",
        "La préfecture a instauré la circulation différenciée samedi et abaissé la vitesse de "
        "20 km/h sur les rocades.",
        129.0,
    ),
    (
        "fr-pic-pollution",
        "Vérandon : circulation différenciée",
        "Pic de pollution aux particules fines.",
        129.5,
    ),
    (
        "fr-pic-pollution",
        "À Vérandon, les transports en commun gratuits pendant le pic",
        "La métropole a rendu les bus et le tram gratuits jusqu'à lundi.",
        134.0,
    ),
    (
        "fr-loup-banlieue",
        "Un loup filmé dans un lotissement de Sarlève",
        "Un habitant a filmé l'animal samedi à l'aube près des jardins, à moins de dix "
        "kilomètres du centre-ville.",
        134.0,
    ),
    (
        "fr-loup-banlieue",
        "Un loup aux portes de Sarlève",
        "La vidéo d'un habitant authentifiée par l'Office de la biodiversité.",
        134.5,
    ),
    (
        "fr-urgences-nuit",
        "Les urgences de Castelbrun fermées la nuit faute de médecins",
        "Jusqu'à la fin de janvier, les patients devront appeler le 15 avant de se présenter "
        "entre 20 heures et 8 heures.",
        151.0,
    ),
    (
        "fr-urgences-nuit",
        "Castelbrun : les urgences ferment la nuit",
        "Il faudra appeler le 15.",
        151.5,
    ),
    (
        "fr-urgences-nuit",
        "Manifestation devant l'hôpital de Castelbrun",
        "Plusieurs centaines d'habitants ont défilé dimanche pour réclamer la réouverture des "
        "urgences la nuit.",
        156.0,
    ),
    (
        "fr-centrale-redemarrage",
        "Le réacteur 2 de la centrale de Pontarel redémarre",
        "Arrêté depuis huit mois pour une fissure sur une tuyauterie, le réacteur a été "
        "reconnecté au réseau vendredi.",
        111.0,
    ),
    (
        "fr-centrale-redemarrage",
        "Pontarel : le réacteur 2 reconnecté",
        "Après huit mois d'arrêt.",
        111.6,
    ),
    (
        "fr-greve-postes-ecoles",
        "Grève dans les écoles : un enseignant sur trois absent",
        "Les syndicats protestent contre la suppression de 4 000 postes dans le budget de l'an "
        "prochain.",
        78.0,
    ),
    (
        "fr-greve-postes-ecoles",
        "Les écoles en grève jeudi",
        "Un professeur sur trois en grève.",
        78.5,
    ),
    (
        "fr-greve-postes-ecoles",
        "Des cortèges d'enseignants dans quarante villes",
        "À Vérandon comme ailleurs, les professeurs ont défilé contre les suppressions de postes.",
        83.0,
    ),
    (
        "fr-grotte-ornee",
        "Une grotte ornée découverte dans la vallée de la Sorne",
        "Des spéléologues ont trouvé des dessins de chevaux et de bisons vieux d'environ 20 "
        "000 ans.",
        19.0,
    ),
    # --- Spanish ---
    (
        "es-hospital-ambulancias",
        "El hospital de San Ermo desvía las ambulancias por el colapso de urgencias",
        "El hospital de Villacerva pidió el jueves por la mañana al servicio de emergencias "
        "que llevara a los pacientes a otros centros, con 130 personas esperando en urgencias "
        "y sin camas libres.",
        78.0,
    ),
    (
        "es-hospital-ambulancias",
        "San Ermo cierra la puerta a las ambulancias",
        "Urgencias colapsadas en Villacerva.",
        78.4,
    ),
    (
        "es-hospital-ambulancias",
        "Los sanitarios de San Ermo denuncian pacientes en los pasillos",
        "Los enfermeros aseguran que algunos enfermos llevaban dos días en una camilla antes "
        "de que se desviaran las ambulancias.",
        82.0,
    ),
    (
        "es-hospital-ambulancias",
        "San Ermo vuelve a recibir ambulancias tras abrir 40 camas",
        "El hospital de Villacerva reabrió el viernes una planta cerrada desde el verano y "
        "avisó al servicio de emergencias de que ya admite pacientes.",
        100.0,
    ),
    (
        "es-hospital-ambulancias/error-dosis",
        "Un niño recibe una dosis diez veces mayor de morfina en San Ermo",
        "El menor, de seis años, está en la UCI pediátrica del hospital de Villacerva tras un "
        "error en la preparación del fármaco, según confirmó la gerencia el jueves por la "
        "tarde.",
        89.5,
    ),
    (
        "es-hospital-ambulancias/error-dosis",
        "Error de medicación con un niño en Villacerva",
        "La gerencia abre una investigación interna.",
        90.0,
    ),
    (
        "es-oposiciones-filtrado",
        "Filtrado el examen de las oposiciones a maestro en Valdemora",
        "La Consejería de Educación anuló la prueba de este lunes después de que las preguntas "
        "circularan por grupos de mensajería la noche anterior.",
        14.0,
    ),
    (
        "es-oposiciones-filtrado",
        "Anulado el examen de oposiciones filtrado",
        "Las preguntas circularon la víspera.",
        14.5,
    ),
    (
        "es-oposiciones-filtrado",
        "Los opositores de Valdemora exigen que se repita la prueba cuanto antes",
        "Más de 9.000 aspirantes se presentaron al examen y muchos viajaron desde otras "
        "provincias.",
        20.0,
    ),
    (
        "es-oposiciones-filtrado/notas-secundaria",
        "Valdemora publica las notas de las oposiciones de secundaria",
        "La Consejería de Educación ha colgado las calificaciones de la primera prueba para "
        "profesores de secundaria: aprueba el 31% de los aspirantes.",
        92.0,
    ),
    (
        "es-oposiciones-filtrado/notas-secundaria",
        "Notas de secundaria: aprueba el 31%",
        "Las reclamaciones, hasta el martes.",
        92.5,
    ),
    (
        "es-embalses",
        "Los embalses del sur, al 38% de su capacidad",
        "Las lluvias de otoño apenas han aliviado la sequía en las cuencas del sur, según el "
        "boletín hidrológico del lunes.",
        5.0,
    ),
    (
        "es-embalses",
        "Reservas de agua al 38% en el sur",
        "El otoño no alivia la sequía.",
        5.5,
    ),
    (
        "es-embalses",
        "Los regantes piden ayudas ante otra campaña de sequía",
        "Los agricultores temen que no haya agua para los cultivos de primavera.",
        12.0,
    ),
    (
        "es-mascarilla-centros",
        "Vuelve la mascarilla a los centros de salud de Valdemora",
        "La Consejería de Sanidad la hace obligatoria en salas de espera a partir del "
        "miércoles por el aumento de casos de gripe.",
        39.0,
    ),
    (
        "es-mascarilla-centros",
        "Mascarilla obligatoria en centros de salud",
        "Medida por la gripe en Valdemora.",
        39.4,
    ),
    (
        "es-mascarilla-centros",
        "Los médicos de familia apoyan la vuelta de la mascarilla",
        "La sociedad científica recuerda que la gripe llena las consultas cada diciembre.",
        44.0,
    ),
    (
        "es-lince-censo",
        "El censo del lince ibérico supera los 2.400 ejemplares",
        "La población de linces creció un 19% en un año y ya vive en siete núcleos de la "
        "península.",
        161.0,
    ),
    (
        "es-lince-censo",
        "Más de 2.400 linces ibéricos",
        "Récord en el censo anual.",
        161.5,
    ),
    (
        "es-resultados-matematicas",
        "Los alumnos de cuarto bajan en matemáticas",
        "La evaluación nacional de cuarto de primaria registra la peor nota en matemáticas "
        "desde que se mide, mientras la lectura se mantiene.",
        102.0,
    ),
    (
        "es-resultados-matematicas",
        "Peores notas de los alumnos en matemáticas",
        "Evaluación de cuarto de primaria.",
        102.4,
    ),
    (
        "es-resultados-matematicas",
        "Los docentes piden más horas de matemáticas",
        "Los sindicatos culpan a la falta de profesores de apoyo del descenso.",
        108.0,
    ),
    (
        "es-huelga-medicos",
        "Los médicos van a la huelga contra el estatuto marco",
        "Miles de consultas y operaciones se han aplazado en la primera jornada de huelga de "
        "médicos de hospital y de atención primaria.",
        103.5,
    ),
    (
        "es-huelga-medicos",
        "Huelga de médicos: consultas aplazadas",
        "Primera jornada contra el estatuto.",
        104.0,
    ),
    (
        "es-huelga-medicos",
        "Sanidad cifra el seguimiento de la huelga en el 22%",
        "Los sindicatos médicos elevan la cifra al 60% y amenazan con más paros en enero.",
        108.0,
    ),
    (
        "es-observatorio-rayos-gamma",
        "El observatorio del Roque de Tajara capta un estallido de rayos gamma",
        "Los telescopios del observatorio registraron el destello más energético medido por "
        "sus instrumentos, procedente de una galaxia lejana.",
        153.0,
    ),
    (
        "es-observatorio-rayos-gamma",
        "El estallido de rayos gamma desde Tajara",
        "Un destello récord.",
        153.5,
    ),
    (
        "es-observatorio-rayos-gamma",
        "El estallido de Tajara pudo nacer en una estrella gigante",
        "Los astrónomos creen que la explosión fue el colapso de una estrella mucho mayor que "
        "el Sol.",
        159.0,
    ),
    (
        "es-incendio-vertedero",
        "Humo tóxico por el incendio de un vertedero en Torrelaguna",
        "Los vecinos deben cerrar las ventanas mientras los bomberos luchan contra el fuego en "
        "los residuos plásticos.",
        87.0,
    ),
    (
        "es-incendio-vertedero",
        "Arde el vertedero de Torrelaguna",
        "Recomiendan cerrar las ventanas.",
        87.5,
    ),
    (
        "es-trasplante-pionero",
        "Primer trasplante de útero de donante viva en el hospital de Almedrillo",
        "La paciente y la donante, su hermana, se recuperan bien, según el equipo médico.",
        138.0,
    ),
    # --- Italian ---
    (
        "it-ministro-vaccini",
        "Vaccini antinfluenzali in farmacia per tutti, il piano di Venturelli",
        "Il ministro della Salute Carlo Venturelli ha presentato martedì mattina un piano per "
        "somministrare i vaccini contro l'influenza in tutte le farmacie, anche agli under 60.",
        31.0,
    ),
    (
        "it-ministro-vaccini",
        "Venturelli: vaccino antinfluenzale in farmacia",
        "Il piano vale anche per gli under 60.",
        31.5,
    ),
    (
        "it-ministro-vaccini",
        "I farmacisti accolgono il piano del ministro",
        "Le farmacie chiedono però una formazione pagata per il personale e regole chiare "
        "sulle dosi.",
        36.0,
    ),
    (
        "it-ministro-vaccini/frase-medici",
        "Bufera su Venturelli per la frase sui medici di base",
        "Durante un convegno martedì sera il ministro ha detto che molti medici di famiglia "
        "«lavorano tre ore al giorno», e i sindacati ne chiedono le dimissioni.",
        42.0,
    ),
    (
        "it-ministro-vaccini/frase-medici",
        "Medici contro il ministro dopo la frase",
        "I sindacati chiedono le dimissioni di Venturelli.",
        42.5,
    ),
    (
        "it-ministro-vaccini/frase-medici",
        "Venturelli si scusa: «Frase infelice»",
        "In serata il ministro ha detto di non voler offendere i medici, ma i sindacati "
        "confermano lo stato di agitazione.",
        46.5,
    ),
    (
        "it-test-medicina",
        "Tracce dell'esame di Medicina diffuse online a Castelvaro",
        "L'università di Castelvaro ha annullato la prova di chimica del semestre filtro dopo "
        "che le domande sono comparse sui social mezz'ora prima dell'inizio.",
        56.0,
    ),
    (
        "it-test-medicina",
        "Castelvaro, annullato l'esame di Medicina",
        "Domande finite sui social prima della prova.",
        56.5,
    ),
    (
        "it-test-medicina",
        "Gli studenti di Castelvaro: «Anni di studio buttati»",
        "Molti candidati chiedono che la prova sia ripetuta prima delle vacanze di Natale.",
        61.5,
    ),
    (
        "it-test-medicina/risultati-fisica",
        "Castelvaro, pubblicati i risultati della prova di fisica",
        "L'università ha diffuso sabato gli esiti dell'esame di fisica del semestre filtro di "
        "Medicina: lo supera il 41% degli iscritti.",
        128.0,
    ),
    (
        "it-test-medicina/risultati-fisica",
        "Medicina, passa il 41% a fisica",
        "Esiti online a Castelvaro.",
        128.5,
    ),
    (
        "it-smog-diesel",
        "Smog, a Valdora stop ai diesel Euro 5",
        "Da lunedì le auto diesel fino a Euro 5 non potranno circolare in città dalle 8.30 "
        "alle 18.30 per i livelli di polveri sottili.",
        2.0,
    ),
    (
        "it-smog-diesel",
        "Valdora blocca i diesel nel centro della città",
        "Polveri sottili oltre i limiti da dieci giorni.",
        2.5,
    ),
    (
        "it-smog-diesel",
        "Commercianti di Valdora contro il blocco del traffico",
        "Secondo le associazioni i clienti dalla provincia non riescono più a raggiungere il "
        "centro.",
        9.0,
    ),
    (
        "it-maturita-orale",
        "Maturità, l'orale torna obbligatorio per tutti",
        "Il ministero dell'Istruzione ha firmato il decreto: chi si rifiuta di sostenere il "
        "colloquio non sarà promosso.",
        82.0,
    ),
    (
        "it-maturita-orale",
        "Maturità, colloquio obbligatorio",
        "Firmato il decreto.",
        82.5,
    ),
    (
        "it-maturita-orale",
        "Studenti divisi sulla nuova maturità",
        "I collettivi parlano di un esame punitivo, mentre i presidi approvano la regola.",
        88.0,
    ),
    (
        "it-orso-scuola",
        "Orso avvistato vicino a una scuola in Val di Sorte",
        "Il sindaco ha vietato ai bambini di uscire in cortile dopo che l'animale è stato "
        "visto all'alba vicino all'edificio.",
        105.0,
    ),
    (
        "it-orso-scuola",
        "Orso vicino alla scuola",
        "In Val di Sorte vietata l'uscita in cortile.",
        105.5,
    ),
    (
        "it-aggressione-pronto-soccorso",
        "Infermiera aggredita al pronto soccorso di Castelnuovo Alto",
        "Un uomo in attesa da quattro ore ha colpito al volto un'infermiera nella notte di "
        "venerdì; è stato denunciato.",
        127.0,
    ),
    (
        "it-aggressione-pronto-soccorso",
        "Aggressione nella sala del pronto soccorso",
        "Infermiera colpita al volto.",
        127.4,
    ),
    (
        "it-aggressione-pronto-soccorso",
        "Presidio dei sanitari dopo l'aggressione",
        "I colleghi chiedono una guardia giurata fissa al pronto soccorso dell'ospedale.",
        133.0,
    ),
    (
        "it-legionella",
        "Casi di legionella a Borgo Santa Lucia, sei ricoverati",
        "L'azienda sanitaria sta controllando le torri di raffreddamento degli edifici del "
        "quartiere.",
        145.0,
    ),
    (
        "it-legionella",
        "Legionella, sei persone in ospedale",
        "Controlli sugli impianti del quartiere.",
        145.5,
    ),
    (
        "it-legionella",
        "Legionella, chiuse due palestre a Borgo Santa Lucia",
        "Le analisi hanno trovato il batterio nelle docce di due impianti sportivi.",
        150.0,
    ),
    (
        "it-studio-alzheimer",
        "Alzheimer, una proteina nel sangue anticipa la malattia",
        "Uno studio dell'Istituto Belforte su 1.800 anziani mostra che il livello di una "
        "proteina cresce fino a dieci anni prima dei sintomi.",
        67.0,
    ),
    (
        "it-studio-alzheimer",
        "Alzheimer, il segnale nel sangue",
        "Studio su 1.800 anziani.",
        67.5,
    ),
    (
        "it-studio-alzheimer",
        "Neurologi prudenti sulla scoperta del Belforte",
        "Serviranno altri studi prima di usare il test negli ambulatori, dicono gli esperti.",
        72.0,
    ),
    (
        "it-bollette-luce",
        "Bollette della luce in calo del 6% da gennaio",
        "L'autorità per l'energia ha fissato i nuovi prezzi per i clienti vulnerabili, grazie "
        "al calo del gas all'ingrosso.",
        46.5,
    ),
    (
        "it-bollette-luce",
        "Luce, bollette giù del 6% per le famiglie dal primo gennaio",
        "Nuove tariffe da gennaio.",
        47.0,
    ),
    (
        "it-aurora",
        "Aurora boreale vista sulle montagne della Val Brenzone",
        "Cielo rosso sopra le cime nella notte di lunedì per una forte tempesta solare; "
        "centinaia di foto sui social.",
        23.0,
    ),
    # --- Portuguese ---
    (
        "pt-urgencias-obstetricia",
        "Urgência de obstetrícia de Montemor fecha durante o fim de semana",
        "O serviço de urgência de ginecologia e obstetrícia do hospital de Santa Iria, em "
        "Montemor, vai estar fechado de sexta a domingo por falta de médicos, anunciou a "
        "administração.",
        3.0,
    ),
    (
        "pt-urgencias-obstetricia",
        "Montemor sem urgência de obstetrícia no fim de semana",
        "Grávidas encaminhadas para outros hospitais.",
        3.5,
    ),
    (
        "pt-urgencias-obstetricia",
        "Grávidas de Montemor terão de viajar 70 quilómetros",
        "As utentes da região serão encaminhadas para o hospital de Vale Escuro, e a câmara "
        "pede uma solução ao ministério da Saúde.",
        9.5,
    ),
    (
        "pt-rio-derrame",
        "Derrame de fábrica de papel mata milhares de peixes no rio Alvorel",
        "Uma descarga de efluentes de uma fábrica de celulose em Vilar de Cima deixou o rio "
        "coberto de espuma e de peixes mortos ao longo de cinco quilómetros, na madrugada de "
        "sábado.",
        123.0,
    ),
    (
        "pt-rio-derrame",
        "Peixes mortos no Alvorel",
        "Descarga de fábrica em Vilar de Cima.",
        123.5,
    ),
    (
        "pt-rio-derrame",
        "Ambientalistas pedem fecho da fábrica de Vilar de Cima",
        "A associação de defesa do rio diz que é a terceira descarga em dois anos e exige que "
        "a licença seja suspensa.",
        128.0,
    ),
    (
        "pt-rio-derrame",
        "Inspeção suspende descargas da fábrica de Vilar de Cima",
        "A inspeção do ambiente mandou parar a linha de produção até a estação de tratamento "
        "ser reparada, um dia depois da morte dos peixes no Alvorel.",
        146.0,
    ),
    (
        "pt-rio-derrame/canoista-resgatado",
        "Canoísta resgatado do rio Alvorel perto de Ponte da Lousa",
        "Os bombeiros retiraram da água um canoísta de 34 anos que tinha ficado preso numa "
        "árvore caída, no sábado de manhã; foi levado para o hospital com hipotermia.",
        130.0,
    ),
    (
        "pt-rio-derrame/canoista-resgatado",
        "Bombeiros salvam canoísta no Alvorel",
        "O homem ficou preso numa árvore caída.",
        130.5,
    ),
    (
        "pt-reserva-ave-rara",
        "Ave rara avistada no Paul de Arcela",
        "Um íbis-eremita, espécie quase extinta na natureza, foi visto na reserva natural do "
        "Paul de Arcela, o primeiro registo em Portugal em mais de um século.",
        35.0,
    ),
    (
        "pt-reserva-ave-rara",
        "Íbis-eremita no Paul de Arcela",
        "Primeiro registo no país em cem anos.",
        35.5,
    ),
    (
        "pt-reserva-ave-rara",
        "Observadores de aves chegam de todo o país ao Paul de Arcela",
        "Os vigilantes da reserva pedem aos visitantes que não se aproximem da ave e que "
        "deixem os carros no parque.",
        40.0,
    ),
    (
        "pt-reserva-ave-rara/caca-ilegal",
        "Caçadores apanhados a abater patos no Paul de Arcela",
        "A GNR identificou três homens que caçavam dentro da reserva natural, onde a caça é "
        "proibida, e apreendeu duas espingardas e 40 patos.",
        76.0,
    ),
    (
        "pt-reserva-ave-rara/caca-ilegal",
        "Caça ilegal na reserva de Arcela",
        "Apreendidas duas espingardas e 40 patos.",
        76.5,
    ),
    (
        "pt-parque-eolico",
        "Inaugurado o parque eólico da Serra do Carvoal",
        "Os 18 aerogeradores produzem energia para cerca de 45 mil casas, e o município recebe "
        "uma renda anual pela ocupação dos terrenos baldios.",
        59.0,
    ),
    (
        "pt-parque-eolico",
        "Serra do Carvoal com parque eólico",
        "Energia para 45 mil casas.",
        59.5,
    ),
    (
        "pt-parque-eolico",
        "Baldios do Carvoal vão receber 300 mil euros por ano",
        "Os compartes dizem que o dinheiro vai servir para limpar a floresta e arranjar caminhos.",
        64.0,
    ),
    (
        "pt-parque-eolico/pa-caida",
        "Pá de aerogerador cai na Serra do Carvoal",
        "Uma das pás de uma turbina do parque eólico inaugurado esta semana partiu-se e caiu "
        "junto a um caminho florestal, na sexta-feira, sem causar feridos.",
        115.0,
    ),
    (
        "pt-parque-eolico/pa-caida",
        "Pá partida no parque do Carvoal",
        "Turbinas paradas para inspeção.",
        115.5,
    ),
    (
        "pt-parque-eolico/pa-caida",
        "Autarca do Carvoal exige explicações à empresa",
        "O presidente da câmara quer saber se a pá tinha defeito e se os caminhos são seguros "
        "para quem passeia na serra.",
        120.0,
    ),
    (
        "pt-gripe-pico",
        "Gripe: pico de casos esperado antes do Natal",
        "A Direção-Geral da Saúde diz que a atividade gripal está a subir e pede aos mais "
        "velhos que se vacinem.",
        58.0,
    ),
    (
        "pt-gripe-pico",
        "Gripe a subir, pico antes do Natal",
        "Apelo à vacinação dos mais velhos.",
        58.5,
    ),
    (
        "pt-exames-nacionais",
        "Exames nacionais do secundário passam a ser feitos em computador",
        "O ministério da Educação anunciou que a partir de 2027 as provas serão digitais em "
        "todas as escolas.",
        84.0,
    ),
    (
        "pt-exames-nacionais",
        "Exames em computador a partir de 2027",
        "Anúncio do ministério da Educação.",
        84.5,
    ),
    (
        "pt-exames-nacionais",
        "Diretores duvidam que as escolas tenham computadores suficientes",
        "A associação de diretores diz que muitas salas não têm rede nem tomadas para todos os "
        "alunos.",
        89.0,
    ),
    (
        "pt-seca-barragem",
        "Barragem do Alcaide abaixo de 20%",
        "A reserva de água que abastece seis concelhos está no nível mais baixo da década, e a "
        "câmara pede poupança.",
        113.0,
    ),
    (
        "pt-seca-barragem",
        "Alcaide com menos de 20% de água",
        "Pedida poupança a seis concelhos.",
        113.5,
    ),
    (
        "pt-satelite-universidade",
        "Primeiro satélite da Universidade de Vilaronda já está em órbita",
        "O pequeno satélite, construído por estudantes, vai medir a temperatura do mar ao "
        "largo da costa.",
        154.0,
    ),
    (
        "pt-satelite-universidade",
        "Satélite de estudantes em órbita",
        "Construído na Universidade de Vilaronda.",
        154.5,
    ),
    (
        "pt-satelite-universidade",
        "Estudantes de Vilaronda recebem o primeiro sinal do satélite",
        "A estação da universidade captou os primeiros dados na noite de domingo.",
        160.0,
    ),
    (
        "pt-golfinhos-estuario",
        "Grupo de golfinhos volta ao estuário do Sorval",
        "Os biólogos contaram 28 animais, o maior grupo visto no estuário nos últimos dez anos.",
        162.0,
    ),
    # --- Dutch ---
    (
        "nl-universiteit-collegegeld",
        "Universiteit Oosterveld verhoogt collegegeld voor studenten van buiten de EU",
        "Studenten van buiten Europa betalen vanaf september 18.500 euro per jaar, een "
        "stijging van 14 procent, heeft het college van bestuur woensdag bekendgemaakt.",
        57.0,
    ),
    (
        "nl-universiteit-collegegeld",
        "Oosterveld: hoger collegegeld voor niet-EU-studenten",
        "Stijging van 14 procent vanaf september.",
        57.5,
    ),
    (
        "nl-universiteit-collegegeld",
        "Studenten in Oosterveld boos over hoger collegegeld",
        "De studentenraad vindt dat de universiteit de tekorten afwentelt op buitenlandse "
        "studenten en wil een gesprek met het bestuur.",
        61.0,
    ),
    (
        "nl-universiteit-collegegeld/brand-lab",
        "Brand in laboratorium op campus Oosterveld",
        "In een scheikundelab in het Van Slootengebouw is woensdagmiddag brand uitgebroken; "
        "zo'n 250 studenten en medewerkers zijn geëvacueerd, er raakte niemand gewond.",
        63.5,
    ),
    (
        "nl-universiteit-collegegeld/brand-lab",
        "Lab op campus in brand",
        "Van Slootengebouw ontruimd.",
        64.0,
    ),
    (
        "nl-natuurgebied-zeldzame-vogel",
        "Zeldzame kraanvogel overwintert in De Kromme Weerd",
        "Voor het eerst sinds 1987 is er een Siberische witte kraanvogel gezien in het "
        "natuurgebied bij Ommelo, tot grote vreugde van vogelaars.",
        27.0,
    ),
    (
        "nl-natuurgebied-zeldzame-vogel",
        "Witte kraanvogel in De Kromme Weerd",
        "Eerste waarneming sinds 1987.",
        27.5,
    ),
    (
        "nl-natuurgebied-zeldzame-vogel",
        "Boswachters leiden vogelaars in goede banen",
        "Er komen zoveel bezoekers naar De Kromme Weerd dat er een extra parkeerplaats is "
        "ingericht bij de boerderij.",
        32.0,
    ),
    (
        "nl-natuurgebied-zeldzame-vogel/vergiftigde-buizerds",
        "Vergiftigde buizerds gevonden in De Kromme Weerd",
        "Boswachters vonden drie dode buizerds naast een stuk vlees met een verboden gif aan "
        "de rand van het natuurgebied; de politie doet onderzoek.",
        60.0,
    ),
    (
        "nl-natuurgebied-zeldzame-vogel/vergiftigde-buizerds",
        "Dode buizerds in natuurgebied",
        "Gif gevonden bij Ommelo, politie zoekt daders.",
        60.5,
    ),
    (
        "nl-griep-epidemie",
        "Griepepidemie in Nederland vroeg begonnen",
        "Het aantal mensen met griepklachten bij de huisarts ligt voor de tweede week boven de "
        "grens van een epidemie, meldt het Nivel.",
        91.0,
    ),
    (
        "nl-griep-epidemie",
        "Griepepidemie is begonnen",
        "Twee weken boven de grens.",
        91.5,
    ),
    (
        "nl-lerarentekort",
        "Lerarentekort in grote steden loopt op",
        "Op basisscholen in de vier grote steden staan ruim 1.400 klassen zonder vaste leraar, "
        "blijkt uit nieuwe cijfers van het ministerie van Onderwijs.",
        6.5,
    ),
    (
        "nl-lerarentekort",
        "1.400 klassen zonder vaste leraar",
        "Tekort groeit in de grote steden.",
        7.0,
    ),
    (
        "nl-lerarentekort",
        "Scholen sturen klassen naar huis door lerarentekort",
        "Sommige scholen in de stad hebben een vierdaagse schoolweek ingevoerd, zeggen de "
        "schoolbesturen.",
        13.5,
    ),
    (
        "nl-fusie-veenhoven-drommel",
        "De ziekenhuizen van Veenhoven en Drommel gaan samen",
        "De twee ziekenhuizen worden vanaf 2026 één organisatie; de spoedeisende hulp in "
        "Drommel gaat 's nachts dicht.",
        103.0,
    ),
    (
        "nl-fusie-veenhoven-drommel",
        "Fusie van de twee ziekenhuizen in de regio",
        "Spoedeisende hulp Drommel 's nachts dicht.",
        103.5,
    ),
    (
        "nl-fusie-veenhoven-drommel",
        "Inwoners van Drommel protesteren tegen sluiting van nachtelijke SEH",
        "Bij het gemeentehuis werden 6.000 handtekeningen aangeboden.",
        108.5,
    ),
    (
        "nl-zeespiegel-rapport",
        "Zeespiegel stijgt sneller dan verwacht",
        "Volgens een nieuw rapport van het weerinstituut kan de zee voor de Nederlandse kust "
        "in 2100 een meter hoger staan.",
        125.0,
    ),
    (
        "nl-zeespiegel-rapport",
        "De zeespiegel stijgt sneller",
        "Meter hoger in 2100 mogelijk.",
        125.5,
    ),
    (
        "nl-zeespiegel-rapport",
        "Waterschappen willen eerder dijken versterken",
        "De waterschappen vragen het kabinet om extra geld voor dijken en duinen.",
        132.0,
    ),
    (
        "nl-zieke-zeehonden",
        "Zieke zeehonden aangespoeld op Schiervlinder",
        "Op het strand zijn dit weekend twaalf zieke en uitgeputte zeehonden gevonden; het "
        "opvangcentrum haalt ze op.",
        157.0,
    ),
    (
        "nl-zieke-zeehonden",
        "Twaalf zieke zeehonden op het strand",
        "Opvang zit vol.",
        157.5,
    ),
    (
        "nl-studiefinanciering",
        "Basisbeurs gaat volgend jaar omhoog",
        "Studenten krijgen vanaf september 40 euro per maand meer, maakt de minister van "
        "Onderwijs bekend.",
        137.0,
    ),
    (
        "nl-studiefinanciering",
        "Studenten krijgen een hogere basisbeurs",
        "Er komt 40 euro per maand bij voor alle studenten.",
        137.5,
    ),
    (
        "nl-kerncentrale-locatie",
        "Kabinet kiest Vlietmonde voor nieuwe kerncentrales",
        "De twee nieuwe kerncentrales komen naast het bestaande industrieterrein, heeft het "
        "kabinet besloten.",
        69.0,
    ),
    (
        "nl-kerncentrale-locatie",
        "Nieuwe kerncentrales naar Vlietmonde",
        "Besluit van het kabinet.",
        69.5,
    ),
    (
        "nl-kerncentrale-locatie",
        "Inwoners van Vlietmonde verdeeld over kerncentrales",
        "De één ziet banen, de ander is bang voor de veiligheid en de bouw van jaren.",
        75.0,
    ),
    (
        "nl-school-schimmel",
        "Basisschool De Regenboog in Oudkerkwerd tijdelijk dicht door schimmel",
        "De kinderen krijgen tot de kerstvakantie les in een buurthuis.",
        142.0,
    ),
    # --- Russian ---
    (
        "ru-ministr-vakcinaciya",
        "Сомова представила план прививок от гриппа в школах",
        "Министр здравоохранения Заречной области Ирина Сомова в пятницу утром объявила, что с "
        "понедельника прививочные бригады будут работать прямо в школах, чтобы привить 60 "
        "тысяч детей до каникул.",
        104.0,
    ),
    (
        "ru-ministr-vakcinaciya",
        "Прививки от гриппа придут в школы",
        "План министра Сомовой.",
        104.5,
    ),
    (
        "ru-ministr-vakcinaciya",
        "Родители Заречной области спорят о прививках в школах",
        "Часть родителей приветствует план, другие боятся, что детей привьют без их согласия; "
        "министерство обещает спрашивать письменное разрешение.",
        108.0,
    ),
    (
        "ru-ministr-vakcinaciya/slova-o-feldsherah",
        "Сомову обвинили в оскорблении сельских фельдшеров",
        "В пятницу вечером на встрече с депутатами министр сказала, что фельдшеры в сёлах "
        "«умеют только мерить давление», и профсоюз потребовал извинений.",
        114.0,
    ),
    (
        "ru-ministr-vakcinaciya/slova-o-feldsherah",
        "Фельдшеры ждут извинений от министра",
        "Слова Сомовой возмутили медиков.",
        114.5,
    ),
    (
        "ru-zond-luna",
        "Зонд «Радуга-Л» вышел на орбиту Луны",
        "Аппарат Восточного космического агентства после пяти суток полёта включил двигатель и "
        "стал спутником Луны, сообщили в центре управления.",
        6.0,
    ),
    (
        "ru-zond-luna",
        "«Радуга-Л» на окололунной орбите",
        "Манёвр прошёл успешно.",
        6.5,
    ),
    (
        "ru-zond-luna",
        "«Радуга-Л» прислала первые снимки лунных полюсов",
        "На снимках видны кратеры, где учёные надеются найти лёд.",
        13.0,
    ),
    (
        "ru-zond-luna/avariya-rakety",
        "Ракета «Сокол-5» упала вскоре после старта",
        "Ракета Восточного космического агентства потеряла управление на 40-й секунде полёта в "
        "среду и упала в тайгу в безлюдном районе; спутник связи уничтожен.",
        64.0,
    ),
    (
        "ru-zond-luna/avariya-rakety",
        "Авария «Сокола-5» на старте",
        "Потерян спутник связи.",
        64.5,
    ),
    (
        "ru-zond-luna/avariya-rakety",
        "Агентство приостановило пуски «Сокола-5»",
        "Комиссия проверит двигатели первой ступени, пуски отложены как минимум на два месяца.",
        70.0,
    ),
    (
        "ru-karantin-shkoly",
        "В Новоозёрске школы закрыли на карантин по гриппу",
        "Из-за вспышки гриппа и простуды занятия в 14 школах города отменены на всю следующую "
        "неделю, дети будут учиться дистанционно.",
        150.0,
    ),
    (
        "ru-karantin-shkoly",
        "Карантин в школах Новоозёрска",
        "Занятия отменены с понедельника.",
        150.5,
    ),
    (
        "ru-karantin-shkoly",
        "В поликлиниках Новоозёрска очереди из детей с температурой",
        "Врачи просят родителей вызывать врача на дом и не вести больных детей в поликлинику.",
        156.0,
    ),
    (
        "ru-ege-izmeneniya",
        "В экзамене по литературе станет меньше заданий",
        "Рособрнадзор опубликовал проект экзаменов следующего года: в литературе убрали два "
        "задания с кратким ответом.",
        53.0,
    ),
    (
        "ru-ege-izmeneniya",
        "Экзамен по литературе изменят",
        "Проект заданий на следующий год.",
        53.5,
    ),
    (
        "ru-zapovednik-tigritsa",
        "В заповеднике «Кедровая падь» родились три тигрёнка",
        "Фотоловушки сняли тигрицу с тремя детёнышами, это первое потомство в заповеднике за "
        "шесть лет.",
        147.0,
    ),
    (
        "ru-zapovednik-tigritsa",
        "Тигрята в «Кедровой пади»",
        "Тигрицу с детёнышами сняли фотоловушки.",
        147.5,
    ),
    (
        "ru-zapovednik-tigritsa",
        "Учёные дали имена тигрятам из «Кедровой пади»",
        "Имена выбирали школьники соседнего посёлка в конкурсе рисунков.",
        153.5,
    ),
    (
        "ru-chernoe-nebo",
        "В Кременске объявили режим «чёрного неба»",
        "Из-за безветрия выбросы заводов висят над городом, жителям советуют не открывать окна "
        "и меньше гулять.",
        133.0,
    ),
    (
        "ru-chernoe-nebo",
        "«Чёрное небо» над Кременском",
        "Заводы обязаны снизить выбросы.",
        133.5,
    ),
    (
        "ru-chernoe-nebo",
        "Жители Кременска жалуются на запах гари",
        "Экологи требуют штрафовать предприятия, которые не снизили выбросы.",
        139.0,
    ),
    (
        "ru-chernoe-nebo",
        "Режим «чёрного неба» в Кременске продлили до вторника",
        "Синоптики не ждут ветра до начала недели, поэтому ограничения для заводов останутся "
        "ещё на два дня.",
        152.0,
    ),
    (
        "ru-onkocentr",
        "В Лесногорске открылся новый онкологический центр",
        "В центре на 200 коек будут лечить жителей трёх районов, раньше им приходилось ездить "
        "в областной центр.",
        155.0,
    ),
    (
        "ru-onkocentr",
        "Новый онкоцентр в Лесногорске",
        "Центр на 200 коек.",
        155.5,
    ),
    (
        "ru-bolid",
        "Над Приозёрском пролетел яркий болид",
        "Вспышку в ночном небе сняли видеорегистраторы, жители слышали хлопок.",
        21.0,
    ),
    (
        "ru-bolid",
        "Болид над Приозёрском",
        "Вспышку сняли видеорегистраторы.",
        21.5,
    ),
    (
        "ru-bolid",
        "Учёные ищут осколки болида под Приозёрском",
        "Экспедиция университета обследует поля к северу от города.",
        26.0,
    ),
    (
        "ru-zarplata-uchiteley",
        "Учителям Заречной области повысят зарплату на 8%",
        "Губернатор объявил, что повышение начнётся с января и коснётся всех школ области.",
        116.0,
    ),
    (
        "ru-zarplata-uchiteley",
        "Учителям прибавят 8%",
        "Повышение с января.",
        116.5,
    ),
    (
        "ru-les-posadka",
        "Студенты высадили тысячу кедров у Лесногорска",
        "Волонтёры университета посадили молодые деревья на месте прошлогоднего пожара.",
        164.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a hospital turning away ambulances and a separate medication error revealed at the same "
    "hospital hours later": (
        "en-hospital-ambulance-divert/insulin-error",
        "de-klinikum-rettungswagen/infusion-verwechselt",
        "es-hospital-ambulancias/error-dosis",
    ),
    "a university's fee rise announced and a separate lab fire on the same campus hours later": (
        "en-university-fees/lab-fire",
        "fr-universite-frais/incendie-labo",
        "nl-universiteit-collegegeld/brand-lab",
    ),
    "a health secretary's morning vaccine plan and a separate row over the same minister's "
    "remarks that evening": (
        "en-minister-vaccine-plan/greedy-remark",
        "it-ministro-vaccini/frase-medici",
        "ru-ministr-vakcinaciya/slova-o-feldsherah",
    ),
    "a spill killing fish in a river and a separate rescue from the same river hours later": (
        "en-river-spill/teen-rescue",
        "de-fluss-fischsterben/kanu-rettung",
        "pt-rio-derrame/canoista-resgatado",
    ),
    "a space agency's probe reaching its target and the same agency's rocket failing days later": (
        "en-probe-arrival/rocket-failure",
        "fr-sonde-comete/echec-lanceur",
        "ru-zond-luna/avariya-rakety",
    ),
    "an exam board's leaked paper and the same board's results published days later": (
        "en-northmoor-chem-leak/resit-results",
        "es-oposiciones-filtrado/notas-secundaria",
        "it-test-medicina/risultati-fisica",
    ),
    "a rare bird's arrival at a nature reserve and a poisoning or poaching case on the same "
    "reserve days later": (
        "en-reserve-rare-bird/poisoned-kites",
        "pt-reserva-ave-rara/caca-ilegal",
        "nl-natuurgebied-zeldzame-vogel/vergiftigde-buizerds",
    ),
    "a wind farm's opening and a blade falling from a turbine at the same wind farm days later": (
        "en-windfarm-opening/blade-falls",
        "de-windpark-einweihung/rotorblatt",
        "pt-parque-eolico/pa-caida",
    ),
}
