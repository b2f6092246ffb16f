"""A thirty-fourth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 25: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one national and international week
(politics, economy, courts, weather, health, science, transport) as a reader's feeds carry it
at daily-digest density: 38 to 51 items a day (40, 51, 48, 45, 41, 43 and 38 from Monday to
Sunday), spanning 6.0 to 167.8 hours. It holds 306 items under 129 labels: 105 stories and 24
hard negatives; 47 labels in English (114 items), 12 in German, French, Spanish, Italian and
Dutch (28 items each), 11 in Portuguese and Russian (26 items each). Big stories are carried by
three or four outlets over a day (a wire flash or teaser first, then a national page, a
quote-led or reaction piece), and eleven of them have a next-day follow-up with a new fact 16
to 23 hours after the first copy (Storm Edda's last homes reconnected, Gareth Vane's successor
named, the Kesh earthquake toll raised to 31, the Wernau level falling, the Lokführer talks set,
the Théodora power restored, the doctors' strike talks, the Valdorso missing man found, the
Havenmond barrier open again, the teachers' second strike day, the Belogorsk airport reopened).
Many one-day stories are told once or twice: 68 labels have two copies, 38 three, 11 four, and
12 stories are told by one outlet. 115 stories and hard negatives have a teaser copy whose lead
is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language, each placed as far from its story as the two events
would really be: a judge's sentence in one case and the same judge's sentence in another case
(24 to 121 hours: Judge Pryce at Harwick, Judge Marchais at Valrennes, судья Лаптева); a
medicines regulator's approval of one drug and its warning about another (22 to 72 hours:
Velotrex and Sorvane, Memorin and Dolexan, Glicorin and Amoxel); an observatory's discovery
and a breakdown closing the same telescope days later (23 to 72 hours: Pico Tardón, Monte
Cerreto, Hoogeveld); a new rail line opened and a freight derailment on the same line days
later (46 to 74 hours: Kallbach-Steinau, Brévanne-Saint-Orcel, Lemsterwoud-Dalwijk); a trade
agreement signed and a separate tariff row between the same two countries (88 to 116 hours:
Britain and Varnia, Rioseco and Arandia, Távora and Lindemar); a budget passed and a
no-confidence motion over another matter against the same government (30 to 73 hours: the
Italian manovra, the Dutch cuts, the Приозёрная oblast); floods in one part of a country and a
drought emergency in another part the same week (46 to 50 hours: Wernau and Sandow, the Suero
valley and Almedra, Valdorso and Sarenza); a port's record cargo figures and a crane collapse
at the same port (34 to 56 hours: Lanvez, Alvaredo, Усть-Ланск). Twelve hard negatives fall
within 48 hours of their story, twelve beyond it.

The week also stresses what a national digest really carries side by side: releases of one
kind that are different events (inflation, jobless, growth and export figures; in Russian the
central bank's rate hold beside the inflation release, both about slowing prices), several
weather events in one language (Storm Edda and the northern snow warning, the Wernau flood and
the black ice, the Havenmond surge and the ice warning, the Suero floods and the snow on the
passes), transport stories that share a noun (the Spanish telescope's avería and the
high-speed line's avería, the Westlink strike and the Wrenford cable theft, the Kallbach line
and the Lokführer strike), one government's many actors (Vane's resignation, the Stanwick
by-election, Harrow's reshuffle, the prime minister's defence pledge, the housing, pensions
and nurses' pay plans), and flu in six languages as six separate items.

What "same story" means here: one event (one verdict, one approval, one discovery, one opening,
one signing, one budget vote, one flood, one record, one storm, one strike, one release) in
that event's news cycle, including a next-day follow-up with a new fact. Not the same story:
another event of the same kind or with the same actor, even at the same court, regulator,
observatory, line, port or government. A label with a suffix after a slash is a hard negative
of the story before the slash (categories in `HARD_NEGATIVES`). No story has more than four
copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, countries, courts and observatories are invented here; real bodies
appear only as backdrop (the High Court, the Court of Appeal, the Bundesrechnungshof, the
Statistische Bundesamt, Infarmed, Istat, the Consiglio dei ministri, the Tweede Kamer, the Bank of
Russia, England and Westminster).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and
never run through the merging code before its one scoring run,
`python -m bench.stories --round34`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-court-harwick-fraud",
        "Fund manager jailed for seven years over £12m fraud",
        "Colin Dreyer, 54, who ran the Greyvale income fund, was jailed for seven years at "
        "Harwick Crown Court for taking £12 million from 900 savers over a decade.",
        11.0,
    ),
    (
        "en-court-harwick-fraud",
        "Greyvale fund boss Dreyer jailed",
        "Seven years for the £12m fraud on savers.",
        11.4,
    ),
    (
        "en-court-harwick-fraud",
        "'You betrayed people who trusted you,' judge tells Dreyer",
        "Judge Alan Pryce said the former fund manager had spent savers' money on a villa and "
        "racehorses; investors in the public gallery applauded the sentence.",
        15.0,
    ),
    (
        "en-court-harwick-fraud/other-case",
        "Drink-driver who killed cyclist jailed for eight years",
        "A van driver who was three times over the limit when he struck and killed a cyclist "
        "near Harwick in March was jailed by Judge Alan Pryce on Thursday.",
        86.0,
    ),
    (
        "en-court-harwick-fraud/other-case",
        "Eight years for Harwick drink-driver",
        "The judge said the cyclist's family had been left with a lifelong loss.",
        87.2,
    ),
    (
        "en-regulator-migraine-drug",
        "Regulator approves first daily migraine pill",
        "The Medicines Standards Agency has approved Velotrex, a daily tablet that cut migraine "
        "days by half in trials, for adults who have tried at least two other treatments.",
        30.0,
    ),
    (
        "en-regulator-migraine-drug",
        "Migraine tablet Velotrex approved",
        "It will be offered to adults for whom two treatments failed.",
        30.5,
    ),
    (
        "en-regulator-migraine-drug",
        "Migraine sufferers welcome Velotrex decision",
        "Charities said the approval was a turning point for the estimated 190,000 people with "
        "chronic migraine, though the price of the drug is still to be agreed.",
        35.0,
    ),
    (
        "en-regulator-migraine-drug/warning",
        "Heart warning issued over weight-loss injection",
        "The Medicines Standards Agency told doctors to check the heart rhythm of patients "
        "before prescribing Sorvane, after 41 reports of palpitations.",
        52.0,
    ),
    (
        "en-regulator-migraine-drug/warning",
        "Sorvane users told to see GP if heart races",
        "Regulator adds a warning to the weight-loss jab.",
        53.1,
    ),
    (
        "en-trade-deal-varnia",
        "Britain and Varnia sign trade deal cutting tariffs",
        "Trade minister Priya Castell signed an agreement in the Varnian capital that removes "
        "duties on nine in ten goods traded between the two countries by 2029.",
        14.0,
    ),
    (
        "en-trade-deal-varnia",
        "UK-Varnia trade pact signed",
        "Duties go on 90% of goods over five years.",
        14.3,
    ),
    (
        "en-trade-deal-varnia",
        "Whisky and cars the winners from Varnia agreement, say exporters",
        "Exporters said scrapping the 30 per cent duty on spirits and the tariff on cars could "
        "add £1.1bn a year to sales, Castell told reporters.",
        19.5,
    ),
    (
        "en-trade-deal-varnia/tariff-row",
        "Varnia slaps 25% tariff on British steel",
        "The Varnian government said the levy on steel imports would start in February, accusing "
        "British mills of dumping; London called the move unjustified.",
        130.0,
    ),
    (
        "en-trade-deal-varnia/tariff-row",
        "Steel row with Varnia as 25 per cent duty announced",
        "Mills in the north say the tariff puts 1,500 jobs at risk.",
        131.0,
    ),
    (
        "en-storm-edda",
        "Storm Edda leaves 40,000 homes without power",
        "Gusts of up to 90mph hit the west coast overnight, bringing down lines and trees and "
        "closing two bridges, the network operator said.",
        6.0,
    ),
    (
        "en-storm-edda",
        "Storm Edda: 40k homes in the dark",
        "Gusts hit 90mph on the west coast overnight.",
        6.5,
    ),
    (
        "en-storm-edda",
        "Trees down and trains cancelled as Edda batters coast",
        "Rail services on three lines were suspended on Monday morning while crews cleared "
        "fallen trees; a lorry was blown over on the coast road.",
        9.0,
    ),
    (
        "en-storm-edda",
        "Power back for most after Storm Edda, but 3,000 wait",
        "Engineers had reconnected all but about 3,000 homes by the early hours of Tuesday, with "
        "the last expected back by the evening.",
        26.0,
    ),
    (
        "en-inflation-3-1",
        "Inflation rises to 3.1% as food prices climb",
        "Consumer price inflation rose to 3.1% in November from 2.8% in October, driven by the "
        "cost of food and energy, official figures showed.",
        55.0,
    ),
    (
        "en-inflation-3-1",
        "Inflation up to 3.1pc",
        "It rose from 2.8 per cent in October on food costs.",
        55.2,
    ),
    (
        "en-inflation-3-1",
        "Rate cut hopes fade after inflation jump",
        "Economists said the rise to 3.1 per cent made it unlikely the central bank would lower "
        "borrowing costs before the spring.",
        60.0,
    ),
    (
        "en-rail-strike-westlink",
        "Westlink Rail drivers vote for three days of strikes",
        "Drivers at the Westlink Rail operator backed walkouts by 89% in a row over rest days, "
        "with strikes planned for three days in January.",
        33.0,
    ),
    (
        "en-rail-strike-westlink",
        "Westlink drivers to strike in January",
        "89% of them backed the walkouts on a 71% turnout.",
        34.5,
    ),
    (
        "en-bridge-corran-closed",
        "Corran estuary bridge shut after crack found in cable",
        "The bridge carrying 28,000 vehicles a day was closed to all traffic after inspectors "
        "found a crack in one of its main support cables.",
        40.0,
    ),
    (
        "en-bridge-corran-closed",
        "Corran bridge closed to traffic",
        "Inspectors found a crack in a main cable.",
        40.4,
    ),
    (
        "en-bridge-corran-closed",
        "Corran bridge closure adds an hour to journeys",
        "Drivers face a 40-mile detour and the bridge may stay shut for weeks while engineers "
        "test the cables, the operator said.",
        45.0,
    ),
    (
        "en-measles-dunholt",
        "Measles outbreak in Dunholt reaches 23 cases",
        "Health officials have confirmed 23 cases of measles in Dunholt, most of them in "
        "unvaccinated children, and urged parents to check their records.",
        149.0,
    ),
    (
        "en-measles-dunholt",
        "Dunholt parents urged to vaccinate as measles spreads",
        "Pop-up clinics open in the town after 23 children and adults fall ill.",
        153.0,
    ),
    (
        "en-comet-find-teller",
        "Amateur astronomer discovers new comet from her garden",
        "Ruth Teller, a retired teacher, spotted the faint comet with a 30cm telescope; it has "
        "now been confirmed and will carry her name.",
        127.0,
    ),
    (
        "en-comet-find-teller",
        "Comet Teller confirmed by astronomers",
        "The retired teacher found it from her back garden.",
        129.0,
    ),
    (
        "en-minister-resigns-transport",
        "Transport minister Gareth Vane resigns over expenses",
        "Gareth Vane quit on Thursday after it emerged he had claimed £18,000 for a flat rented "
        "from his brother-in-law.",
        84.0,
    ),
    (
        "en-minister-resigns-transport",
        "Gareth Vane quits as transport minister",
        "He resigned over an £18k expenses claim.",
        84.3,
    ),
    (
        "en-minister-resigns-transport",
        "Vane's resignation letter: 'I made a mistake'",
        "The former minister said he would repay the money in full and stay on as an MP; the "
        "prime minister thanked him for his service.",
        88.0,
    ),
    (
        "en-minister-resigns-transport",
        "Sonia Achebe named transport minister after Vane exit",
        "The prime minister appointed Sonia Achebe, a former rail engineer, to replace Gareth "
        "Vane on Friday morning.",
        105.0,
    ),
    (
        "en-airport-fog-brisling",
        "Fog grounds 120 flights at Brisling airport",
        "Thick fog led to the cancellation of about 120 departures and arrivals at Brisling on "
        "Friday morning, with passengers told to check before travelling.",
        104.0,
    ),
    (
        "en-airport-fog-brisling",
        "Brisling flights cancelled in fog",
        "About 120 of them cancelled by mid-morning.",
        104.4,
    ),
    (
        "en-airport-fog-brisling",
        "Stranded at Brisling: passengers queue for hours",
        "Hundreds waited in the terminal all day as the fog lifted too late for most morning "
        "flights to be rebooked.",
        112.0,
    ),
    (
        "en-verdict-libel-okafor",
        "TV host Dana Okafor wins libel case against tabloid",
        "The High Court awarded Okafor £150,000 in damages over an article that falsely claimed "
        "she had cheated on a quiz show she presented.",
        106.0,
    ),
    (
        "en-verdict-libel-okafor",
        "Okafor awarded £150k in libel win",
        "The judge found the tabloid's claims were false.",
        108.0,
    ),
    (
        "en-gdp-q3-revision",
        "Growth revised down to 0.2% for the third quarter",
        "The economy grew by 0.2% between July and September, down from a first estimate of "
        "0.4%, after weaker figures for construction.",
        103.0,
    ),
    (
        "en-gdp-q3-revision",
        "Third-quarter growth cut to 0.2pc",
        "The first estimate had shown 0.4 per cent.",
        104.0,
    ),
    (
        "en-floods-coldbrook",
        "200 homes evacuated as River Coldbrook bursts its banks",
        "Firefighters used boats to reach residents in Ashby Vale after the river rose by two "
        "metres in six hours on Saturday.",
        125.0,
    ),
    (
        "en-floods-coldbrook",
        "Ashby Vale flooded by River Coldbrook",
        "Two hundred homes evacuated by boat and on foot.",
        125.3,
    ),
    (
        "en-floods-coldbrook",
        "'The water came up through the floor': Ashby Vale residents count cost",
        "Families returned to find carpets ruined; the council opened the village hall as a rest "
        "centre for 200 households.",
        129.0,
    ),
    (
        "en-waiting-list-figure",
        "Hospital waiting list rises to 6.4 million",
        "The number of people waiting for planned treatment rose for a third month to 6.4 "
        "million in October, the health service said.",
        82.0,
    ),
    (
        "en-waiting-list-figure",
        "Waiting list hits 6.4m as winter begins",
        "Doctors warn the figure will rise further over the coldest months.",
        86.0,
    ),
    (
        "en-housebuilding-plan",
        "Housing minister pledges 50,000 homes on brownfield sites",
        "Leah Brandt said councils would get £2bn to clear old industrial land and build 50,000 "
        "homes by 2030.",
        154.0,
    ),
    (
        "en-housebuilding-plan",
        "Brandt's brownfield plan 'too small', say builders",
        "Builders welcomed the £2 billion fund but said 50,000 homes would barely dent the "
        "shortage.",
        156.0,
    ),
    (
        "en-tax-portal-outage",
        "Online tax portal down for nine hours",
        "Taxpayers were unable to log in to file returns or pay bills for nine hours on Tuesday "
        "after a failed software update, the tax authority said.",
        44.0,
    ),
    (
        "en-tax-portal-outage",
        "Tax portal back after nine-hour outage",
        "No one will be fined for paying late, officials said.",
        45.0,
    ),
    (
        "en-nurses-pay-offer",
        "Government offers nurses a 4.5% pay rise",
        "Health ministers offered nurses in England a 4.5 per cent rise from April, and the main "
        "nursing union said it would ballot its members.",
        62.0,
    ),
    (
        "en-nurses-pay-offer",
        "Nurses offered 4.5pc rise",
        "The union will put it to members in a ballot.",
        62.3,
    ),
    (
        "en-nurses-pay-offer",
        "Nurses' leaders say 4.5% offer 'falls short'",
        "The union's general secretary said the offer was below what staff had lost to inflation "
        "but the ballot would let members decide.",
        66.0,
    ),
    (
        "en-tanker-aground-fenmouth",
        "Oil tanker runs aground off Fenmouth",
        "The tanker Marisol, carrying 80,000 tonnes of crude, ran aground on a sandbank off "
        "Fenmouth early on Sunday; coastguards said no oil had leaked.",
        146.0,
    ),
    (
        "en-tanker-aground-fenmouth",
        "Tanker aground off Fenmouth, no leak",
        "The Marisol is stuck on a sandbank.",
        146.3,
    ),
    (
        "en-tanker-aground-fenmouth",
        "Tugs wait for high tide to free Marisol",
        "Salvage crews plan to refloat the tanker on the evening tide, with booms placed around "
        "the hull as a precaution.",
        152.0,
    ),
    (
        "en-coach-crash-hollin",
        "Twelve pupils hurt as school coach overturns on Hollin Pass road",
        "A coach carrying 38 pupils back from a ski trip overturned on an icy bend; twelve were "
        "taken to hospital, two with serious injuries.",
        134.0,
    ),
    (
        "en-coach-crash-hollin",
        "School coach overturns on icy Hollin road",
        "Twelve pupils hurt, two of them seriously.",
        134.4,
    ),
    (
        "en-coach-crash-hollin",
        "Head teacher praises pupils after Hollin coach crash",
        "The head said the older students had helped the younger ones out of the coach before "
        "the ambulances arrived.",
        140.0,
    ),
    (
        "en-snow-warning-north",
        "Amber warning as 20cm of snow forecast for northern hills",
        "Forecasters issued an amber warning for snow from Monday night, with up to 20cm on high "
        "ground and travel disruption likely.",
        150.0,
    ),
    (
        "en-snow-warning-north",
        "Snow warning for the northern hills",
        "Up to 20 centimetres of snow on high ground.",
        151.0,
    ),
    (
        "en-rsv-trial-calder",
        "RSV jab cut hospital admissions by 71% in over-75s",
        "A trial led by Calder University of 24,000 older adults found the vaccine prevented "
        "most serious cases of the respiratory virus over one winter.",
        120.0,
    ),
    (
        "en-rsv-trial-calder",
        "Calder study backs RSV vaccine for older people",
        "Researchers said the results should shape next year's programme.",
        123.0,
    ),
    (
        "en-satellite-launch-orin",
        "First satellite built by Orin Space reaches orbit",
        "The weather satellite, built at the firm's factory in Kilbride, was launched on a "
        "rocket from a spaceport abroad and sent its first signal an hour later.",
        65.0,
    ),
    (
        "en-satellite-launch-orin",
        "Orin Space satellite in orbit",
        "The first signal arrived an hour after launch.",
        65.5,
    ),
    (
        "en-satellite-launch-orin",
        "Kilbride celebrates as its satellite goes into space",
        "Staff at Orin Space watched the launch on a big screen in the factory canteen; the firm "
        "plans eleven more satellites.",
        70.0,
    ),
    (
        "en-by-election-stanwick",
        "Opposition wins Stanwick by-election",
        "Mark Ellery took the seat with a majority of 4,212, overturning a government majority "
        "of more than 9,000 at the last general election.",
        96.0,
    ),
    (
        "en-by-election-stanwick",
        "Stanwick falls to opposition",
        "Mark Ellery wins by 4,212 votes.",
        96.2,
    ),
    (
        "en-by-election-stanwick",
        "Stanwick result a 'warning shot' for government, say MPs",
        "Government backbenchers said the 14-point swing in the by-election showed voters were "
        "angry about the cost of living.",
        98.0,
    ),
    (
        "en-by-election-stanwick",
        "New Stanwick MP Ellery promises to fight for local hospital",
        "In his victory speech Mark Ellery said saving the town's maternity unit would be his "
        "first task at Westminster.",
        101.0,
    ),
    (
        "en-unemployment-4-6",
        "Unemployment rises to 4.6%",
        "The jobless rate rose to 4.6% in the three months to October, the highest for three "
        "years, while wage growth slowed to 4.9%.",
        31.0,
    ),
    (
        "en-unemployment-4-6",
        "Jobless rate up to 4.6pc, highest in three years",
        "Wage growth slowed to 4.9 per cent.",
        32.0,
    ),
    (
        "en-appeal-carers-cap",
        "Benefit cap unlawful for unpaid carers, appeal court rules",
        "Three judges said applying the cap to people caring for a disabled relative for more "
        "than 35 hours a week breached equality law.",
        78.0,
    ),
    (
        "en-appeal-carers-cap",
        "Carers win benefit cap appeal",
        "Judges said the rule broke equality law.",
        79.5,
    ),
    (
        "en-pm-defence-pledge",
        "Prime minister pledges to raise defence spending to 2.5%",
        "Catherine Rowe told a defence conference that spending would rise to 2.5% of national "
        "income by 2030, an extra £9bn a year.",
        20.0,
    ),
    (
        "en-pm-defence-pledge",
        "Rowe promises 2.5% of GDP on defence",
        "An extra £9 billion a year by 2030.",
        20.3,
    ),
    (
        "en-pm-defence-pledge",
        "Where will Rowe's extra £9bn for defence come from?",
        "The prime minister did not say which budgets would be cut or which taxes raised to pay "
        "for the higher spending.",
        23.0,
    ),
    (
        "en-energy-price-cap",
        "Energy price cap to rise 6% in January",
        "A typical household bill will go up to £1,820 a year from January, the energy regulator "
        "said, blaming higher wholesale gas prices.",
        56.0,
    ),
    (
        "en-energy-price-cap",
        "Energy bills up 6% from January",
        "Typical annual bill rises to £1,820.",
        56.3,
    ),
    (
        "en-energy-price-cap",
        "Charities fear winter hardship as price cap rises",
        "Fuel poverty campaigners said the £100 a year increase would push another 300,000 homes "
        "into hardship.",
        61.0,
    ),
    (
        "en-fossil-tracks-carrick",
        "Dinosaur footprints found on Carrick Bay shore",
        "A dog walker spotted a line of 15 three-toed prints in a rock slab uncovered by storms, "
        "which experts say are 165 million years old.",
        122.0,
    ),
    (
        "en-fossil-tracks-carrick",
        "Storms uncover dinosaur tracks at Carrick Bay",
        "15 footprints found by a dog walker on the shore.",
        124.0,
    ),
    (
        "en-bird-flu-holme",
        "Bird flu confirmed at turkey farm near Holme St Giles",
        "All 18,000 birds at the farm will be culled and a 3km protection zone has been set up, "
        "the agriculture department said.",
        90.0,
    ),
    (
        "en-bird-flu-holme",
        "18,000 turkeys to be culled in Holme bird flu case",
        "A 3km zone is in place around the farm.",
        91.0,
    ),
    (
        "en-cable-theft-wrenford",
        "Cable theft halts trains between Wrenford and Oakhurst",
        "Thieves stole 200 metres of signalling cable overnight, causing cancellations for most "
        "of Friday; repairs are expected to be finished by the evening.",
        110.0,
    ),
    (
        "en-cable-theft-wrenford",
        "Trains hit by cable theft near Wrenford",
        "Services to Oakhurst cancelled for most of the day.",
        110.5,
    ),
    (
        "en-council-tarnby-s114",
        "Tarnby council declares itself effectively bankrupt",
        "Tarnby issued a section 114 notice after finding a £38m gap in its budget, halting all "
        "but essential spending.",
        42.0,
    ),
    (
        "en-council-tarnby-s114",
        "Tarnby council issues section 114 notice",
        "A £38 million hole in its budget.",
        42.3,
    ),
    (
        "en-council-tarnby-s114",
        "Tarnby leader blames commercial property losses for £38m gap",
        "The council leader said shopping centres bought in 2018 had lost half their value; "
        "ministers will send in commissioners.",
        47.0,
    ),
    (
        "en-pension-age-review",
        "Review backs rise in pension age to 68 by 2039",
        "An independent review said the state pension age should go up from 67 to 68 between "
        "2037 and 2039, years earlier than planned.",
        144.0,
    ),
    (
        "en-pension-age-review",
        "Pension age of 68 should come sooner, says review",
        "Unions said people in manual jobs would lose out.",
        146.0,
    ),
    (
        "en-wildfire-ostrel",
        "Wildfires in Ostrel force 6,000 from their homes",
        "Fires fanned by strong winds spread across hills north of the Ostrel capital on "
        "Saturday, and the government asked neighbouring countries for planes.",
        140.0,
    ),
    (
        "en-wildfire-ostrel",
        "Ostrel wildfires: 6,000 evacuated",
        "Strong winds spread the fires north of the capital.",
        140.3,
    ),
    (
        "en-wildfire-ostrel",
        "Water bombers arrive to fight Ostrel fires",
        "Four aircraft from neighbouring countries joined the effort as firefighters said two "
        "villages had been saved.",
        145.0,
    ),
    (
        "en-earthquake-kesh",
        "Earthquake kills 14 in Tarbia's Kesh province",
        "A magnitude 6.2 earthquake struck the mountainous Kesh province on Thursday morning, "
        "collapsing houses in at least six villages.",
        76.0,
    ),
    (
        "en-earthquake-kesh",
        "Tarbia earthquake: 14 dead",
        "The 6.2 quake hit Kesh province on Thursday.",
        76.2,
    ),
    (
        "en-earthquake-kesh",
        "Rescuers dig through rubble after Kesh quake",
        "Teams worked by hand in villages cut off by landslides; the Tarbian government declared "
        "three days of mourning.",
        80.0,
    ),
    (
        "en-earthquake-kesh",
        "Kesh earthquake death toll rises to 31",
        "Officials in Tarbia said 31 people were confirmed dead and 200 injured, and that aid "
        "had reached all the affected villages.",
        96.0,
    ),
    (
        "en-summit-lumen-methane",
        "Forty nations sign methane pledge at Lumen summit",
        "Countries meeting in Lumen agreed to cut methane leaks from oil and gas sites by 60% by "
        "2032, with checks by satellite.",
        112.0,
    ),
    (
        "en-summit-lumen-methane",
        "Lumen summit ends with methane deal",
        "Campaigners said the pledge had no penalties for those who miss it.",
        116.0,
    ),
    (
        "en-library-closures-fenshire",
        "Fenshire to close nine libraries to save £1.4m",
        "Fenshire county council said nine branch libraries would shut in April, with volunteers "
        "invited to take over some of the buildings.",
        10.0,
    ),
    (
        "en-pothole-fund",
        "£200m fund for potholes announced",
        "Councils will share £200 million to repair roads damaged by last winter's frost, the "
        "transport department said on Tuesday.",
        46.0,
    ),
    (
        "en-rare-orchid-found",
        "Orchid thought lost for 60 years found in a quarry",
        "A botanist found eight flowering plants of the ghost orchid in a disused quarry in the "
        "Ellan hills, the first record since the 1960s.",
        92.0,
    ),
    (
        "en-juror-jailed",
        "Juror jailed for researching defendant online",
        "A juror who looked up a defendant's past convictions and told other jurors was jailed "
        "for two months for contempt, forcing a retrial.",
        128.0,
    ),
    (
        "en-bus-fare-cap",
        "£2 bus fare cap extended for another year",
        "Single bus fares outside London will stay capped at £2 until the end of next year, "
        "ministers announced on Sunday.",
        155.0,
    ),
    (
        "en-landslip-penhallow-railway",
        "Landslip blocks coastal railway at Penhallow",
        "Hundreds of tonnes of earth and rock slid onto the line below the cliffs at Penhallow "
        "after heavy rain, and no trains will run to the far west until at least Tuesday.",
        136.0,
    ),
    (
        "en-landslip-penhallow-railway",
        "Penhallow line shut by landslip",
        "No trains to the far west until Tuesday at the earliest.",
        136.4,
    ),
    (
        "en-landslip-penhallow-railway",
        "Engineers abseil down Penhallow cliff to check landslip",
        "Rail engineers said the slope was still moving and buses would replace trains between "
        "Penhallow and the end of the line.",
        141.0,
    ),
    (
        "en-shadow-cabinet-reshuffle",
        "Opposition leader Tom Harrow reshuffles his top team",
        "Harrow moved his shadow chancellor to foreign affairs and promoted two MPs elected last "
        "year, in the biggest shake-up since he became leader.",
        147.0,
    ),
    (
        "en-shadow-cabinet-reshuffle",
        "Harrow reshuffle: new shadow chancellor named",
        "Two of the new MPs elected last year get top jobs.",
        147.3,
    ),
    (
        "en-shadow-cabinet-reshuffle",
        "Winners and losers in Tom Harrow's reshuffle",
        "The opposition leader rewarded allies who backed his tax plans, while a critic of his "
        "defence policy was left out of the new team.",
        151.0,
    ),
    (
        "en-hospital-beds-flu-warning",
        "Flu patients now fill one in ten hospital beds, leaders warn",
        "Hospital chiefs said about 9,000 people with flu were in beds across the country and "
        "urged those eligible to get a jab before Christmas.",
        160.0,
    ),
    (
        "en-hospital-beds-flu-warning",
        "Hospitals under strain as flu cases climb",
        "One bed in ten is taken by a flu patient, chiefs say.",
        162.0,
    ),
    # --- German ---
    (
        "de-zulassung-memorin",
        "Arzneimittelbehörde lässt neues Alzheimer-Mittel Memorin zu",
        "Das Medikament soll das Fortschreiten der Krankheit im frühen Stadium um etwa ein "
        "Drittel bremsen; es wird als Infusion alle vier Wochen gegeben.",
        28.0,
    ),
    (
        "de-zulassung-memorin",
        "Alzheimer-Mittel Memorin zugelassen",
        "Die Infusion ist für Patienten im frühen Stadium gedacht.",
        28.4,
    ),
    (
        "de-zulassung-memorin",
        "Ärzte dämpfen Erwartungen an Memorin",
        "Neurologen begrüßen die Zulassung, warnen aber vor Hirnschwellungen als Nebenwirkung "
        "und vor Kosten von rund 25.000 Euro im Jahr.",
        33.0,
    ),
    (
        "de-zulassung-memorin/warnung",
        "Behörde warnt vor Leberschäden durch Schmerzmittel Dolexan",
        "Patienten sollen das rezeptfreie Mittel nicht länger als drei Tage einnehmen, nachdem "
        "17 Fälle von Leberversagen gemeldet wurden.",
        100.0,
    ),
    (
        "de-zulassung-memorin/warnung",
        "Warnhinweis für Dolexan: nicht länger als drei Tage",
        "Apotheken sollen Kunden beim Kauf auf das Risiko hinweisen.",
        102.0,
    ),
    (
        "de-bahnstrecke-kallbach-steinau",
        "Neue Bahnstrecke zwischen Kallbach und Steinau eröffnet",
        "Nach neun Jahren Bauzeit fahren seit Montag Züge auf der 34 Kilometer langen Strecke; "
        "die Fahrzeit sinkt von 50 auf 18 Minuten.",
        9.0,
    ),
    (
        "de-bahnstrecke-kallbach-steinau",
        "Kallbach–Steinau: Neue Strecke in Betrieb",
        "Die Fahrt dauert nun 18 statt 50 Minuten.",
        9.3,
    ),
    (
        "de-bahnstrecke-kallbach-steinau",
        "1,2 Milliarden Euro für 34 Kilometer: Kritik an Kosten der Steinau-Strecke",
        "Der Bundesrechnungshof hatte die Verdoppelung der Baukosten gerügt; der "
        "Verkehrsminister sprach bei der Eröffnung dennoch von einem Gewinn für die Region.",
        14.0,
    ),
    (
        "de-bahnstrecke-kallbach-steinau/entgleisung",
        "Güterzug auf neuer Strecke bei Steinau entgleist",
        "Zwei Waggons eines mit Schotter beladenen Güterzugs sprangen am Mittwochmorgen aus den "
        "Gleisen; verletzt wurde niemand, die Strecke ist gesperrt.",
        55.0,
    ),
    (
        "de-bahnstrecke-kallbach-steinau/entgleisung",
        "Entgleisung bei Steinau: Strecke gesperrt",
        "Zwei Güterwaggons sind aus den Gleisen gesprungen.",
        56.5,
    ),
    (
        "de-hochwasser-wernau",
        "Hochwasser an der Wernau: 1500 Menschen müssen ihre Häuser verlassen",
        "Nach tagelangem Regen ist der Pegel der Wernau auf 6,40 Meter gestiegen; in Ortschaften "
        "am Fluss wurden Straßen überflutet.",
        74.0,
    ),
    (
        "de-hochwasser-wernau",
        "Wernau-Hochwasser: 1.500 Menschen evakuiert",
        "Der Pegel liegt bei 6,40 Metern.",
        74.4,
    ),
    (
        "de-hochwasser-wernau",
        "Wernau-Pegel sinkt, Aufräumen beginnt",
        "Am Donnerstagabend fiel der Pegel unter fünf Meter; Bewohner durften in ihre Häuser "
        "zurück, die Schäden werden auf zehn Millionen Euro geschätzt.",
        90.0,
    ),
    (
        "de-hochwasser-wernau/duerre",
        "Landkreis Sandow ruft Trinkwasser-Notstand aus",
        "Weil das Grundwasser nach dem trockenen Jahr so niedrig ist wie nie, dürfen Gärten im "
        "Kreis nicht mehr bewässert und Pools nicht befüllt werden.",
        121.0,
    ),
    (
        "de-hochwasser-wernau/duerre",
        "Wasser wird knapp: Notstand im Kreis Sandow",
        "Das Grundwasser ist so niedrig wie nie zuvor gemessen.",
        123.0,
    ),
    (
        "de-mindestlohn-kommission",
        "Mindestlohn steigt auf 13,40 Euro",
        "Die Mindestlohnkommission hat eine Erhöhung um 58 Cent zum 1. Juli beschlossen; "
        "Gewerkschaften hatten 14 Euro gefordert.",
        38.0,
    ),
    (
        "de-mindestlohn-kommission",
        "Gewerkschaften enttäuscht von 13,40 Euro Mindestlohn",
        "Die Erhöhung gleiche nicht einmal die Preissteigerung aus, sagte eine Sprecherin des "
        "Gewerkschaftsbundes.",
        40.0,
    ),
    (
        "de-warnstreik-lokfuehrer",
        "Warnstreik der Lokführer legt Regionalverkehr lahm",
        "Die Gewerkschaft Schiene hat für Mittwoch ab drei Uhr zu einem 24-stündigen Warnstreik "
        "aufgerufen; neun von zehn Regionalzügen fallen aus.",
        50.0,
    ),
    (
        "de-warnstreik-lokfuehrer",
        "Lokführer streiken 24 Stunden",
        "Neun von zehn Regionalzügen fallen am Mittwoch aus.",
        50.3,
    ),
    (
        "de-warnstreik-lokfuehrer",
        "Pendler steigen wegen Lokführerstreik aufs Auto um",
        "Auf den Autobahnen rund um die großen Städte bildeten sich am Morgen lange Staus, die "
        "Bahnsteige blieben leer.",
        54.0,
    ),
    (
        "de-warnstreik-lokfuehrer",
        "Nach Warnstreik: Bahn und Lokführer verhandeln am Montag weiter",
        "Ab Donnerstagfrüh soll der Verkehr wieder normal laufen; beide Seiten wollen sich zu "
        "einer neuen Verhandlungsrunde treffen.",
        72.0,
    ),
    (
        "de-urteil-mietpreisbremse",
        "Landgericht Hallstedt: Vermieter muss 9.000 Euro Miete zurückzahlen",
        "Das Gericht entschied, dass die Miete einer Altbauwohnung die Grenze der "
        "Mietpreisbremse um 40 Prozent überschritten hatte.",
        104.0,
    ),
    (
        "de-urteil-mietpreisbremse",
        "Mieterin erstreitet 9000 Euro zurück",
        "Urteil in Hallstedt zur Mietpreisbremse.",
        106.0,
    ),
    (
        "de-exporte-oktober",
        "Exporte im Oktober um 2,3 Prozent gesunken",
        "Die Ausfuhren gingen vor allem in Länder außerhalb der Europäischen Union zurück, "
        "teilte das Statistische Bundesamt mit.",
        99.0,
    ),
    (
        "de-exporte-oktober",
        "Exporte brechen im Oktober ein",
        "Ein Minus von 2,3 Prozent gegenüber dem Vormonat.",
        100.5,
    ),
    (
        "de-grippeimpfung-quote",
        "Nur jeder dritte Ältere gegen Grippe geimpft",
        "Die Impfquote bei den über 60-Jährigen liegt in diesem Winter bei 34 Prozent, deutlich "
        "unter dem Ziel von 75 Prozent.",
        148.0,
    ),
    (
        "de-blitzeis-unfaelle",
        "Blitzeis: Mehr als 200 Unfälle in einer Nacht",
        "Gefrierender Regen hat Straßen und Gehwege in der Nacht zum Samstag in spiegelglatte "
        "Bahnen verwandelt; die Polizei zählte über 200 Unfälle, meist mit Blechschaden.",
        125.0,
    ),
    (
        "de-blitzeis-unfaelle",
        "Glatteis sorgt für Unfallserie und volle Notaufnahmen",
        "Viele Fußgänger sind auf den Gehwegen gestürzt.",
        127.0,
    ),
    # --- French ---
    (
        "fr-proces-lacombe-valrennes",
        "L'ancien maire de Valrennes condamné pour corruption",
        "Didier Lacombe a été condamné à trois ans de prison dont un ferme pour avoir favorisé "
        "une entreprise de travaux publics en échange de 200 000 euros.",
        15.0,
    ),
    (
        "fr-proces-lacombe-valrennes",
        "Didier Lacombe condamné à trois ans",
        "L'ex-maire de Valrennes fera appel de la décision.",
        15.4,
    ),
    (
        "fr-proces-lacombe-valrennes",
        "Corruption à Valrennes : la juge Marchais fustige un « système »",
        "La présidente du tribunal, Hélène Marchais, a décrit des marchés publics truqués "
        "pendant dix ans ; l'avocat de Lacombe a annoncé un appel.",
        19.0,
    ),
    (
        "fr-proces-lacombe-valrennes/autre-affaire",
        "Trafic de cigarettes : quatre hommes condamnés à Valrennes",
        "La juge Hélène Marchais a prononcé des peines de huit à dix-huit mois contre un réseau "
        "qui revendait des cartouches achetées à l'étranger.",
        39.0,
    ),
    (
        "fr-proces-lacombe-valrennes/autre-affaire",
        "Valrennes : peines de prison pour un trafic de tabac",
        "Plus de 2 000 cartouches avaient été saisies dans un garage.",
        40.5,
    ),
    (
        "fr-ligne-brevanne-saint-orcel",
        "La ligne nouvelle Brévanne–Saint-Orcel inaugurée",
        "Le trajet entre les deux villes passe de 2 h 10 à 1 h 05 grâce à cette ligne à grande "
        "vitesse de 140 kilomètres, ouverte mercredi.",
        54.0,
    ),
    (
        "fr-ligne-brevanne-saint-orcel",
        "Brévanne–Saint-Orcel en une heure",
        "La ligne à grande vitesse est ouverte depuis mercredi.",
        54.3,
    ),
    (
        "fr-ligne-brevanne-saint-orcel",
        "À Saint-Orcel, les élus attendent des emplois de la nouvelle ligne",
        "Le maire espère attirer des entreprises grâce à la gare, mais des riverains se "
        "plaignent du bruit des trains.",
        58.0,
    ),
    (
        "fr-ligne-brevanne-saint-orcel/deraillement",
        "Un wagon de fret déraille sur la ligne Brévanne–Saint-Orcel",
        "Le wagon, chargé de céréales, est sorti des rails samedi matin ; la circulation des TGV "
        "est interrompue pour la journée.",
        126.0,
    ),
    (
        "fr-ligne-brevanne-saint-orcel/deraillement",
        "Déraillement d'un train de fret près de Brévanne",
        "Aucun blessé, mais la ligne est coupée jusqu'au soir.",
        127.0,
    ),
    (
        "fr-port-lanvez-record",
        "Le port de Lanvez bat son record de trafic",
        "Avec 42 millions de tonnes de marchandises sur onze mois, le port dépasse déjà son "
        "record annuel de 2019, porté par les conteneurs.",
        34.0,
    ),
    (
        "fr-port-lanvez-record",
        "Lanvez : 42 Mt, un record",
        "Le trafic du port dépasse son niveau de 2019.",
        34.5,
    ),
    (
        "fr-port-lanvez-record",
        "Le directeur du port de Lanvez veut un nouveau terminal",
        "Fort du record de trafic, Marc Tellier réclame 300 millions d'euros pour agrandir le "
        "quai à conteneurs.",
        38.0,
    ),
    (
        "fr-port-lanvez-record/grue",
        "Une grue s'effondre sur le quai du port de Lanvez",
        "Le bras d'une grue de 60 mètres s'est abattu sur des conteneurs jeudi ; un grutier a "
        "été légèrement blessé et une enquête est ouverte.",
        79.0,
    ),
    (
        "fr-port-lanvez-record/grue",
        "Port de Lanvez : chute d'une grue, un blessé léger",
        "Le quai à conteneurs est fermé pendant l'enquête.",
        80.0,
    ),
    (
        "fr-tempete-theodora-littoral",
        "Tempête Théodora : 60 000 foyers privés d'électricité",
        "Des rafales à 130 km/h ont balayé le littoral dans la nuit de mardi à mercredi, "
        "arrachant toitures et arbres.",
        60.0,
    ),
    (
        "fr-tempete-theodora-littoral",
        "Théodora : rafales à 130 km/h sur la côte",
        "Des dizaines de milliers de foyers sont sans courant.",
        60.3,
    ),
    (
        "fr-tempete-theodora-littoral",
        "Après Théodora, les pompiers ont mené 1 200 interventions",
        "Une femme a été blessée par la chute d'un arbre sur sa voiture ; plusieurs routes "
        "restent coupées.",
        63.0,
    ),
    (
        "fr-tempete-theodora-littoral",
        "Tempête Théodora : le courant rétabli dans presque tous les foyers",
        "Il restait jeudi matin environ 2 000 foyers sans électricité, contre 60 000 au plus "
        "fort de la tempête.",
        78.0,
    ),
    (
        "fr-greve-controleurs-aeriens",
        "Grève des contrôleurs aériens : un vol sur trois annulé vendredi",
        "Les compagnies ont dû supprimer des centaines de vols au départ des aéroports du pays à "
        "la demande de l'aviation civile.",
        98.0,
    ),
    (
        "fr-greve-controleurs-aeriens",
        "Vols annulés : les passagers bloqués par la grève des contrôleurs",
        "Les syndicats protestent contre un projet de réforme des horaires.",
        100.0,
    ),
    (
        "fr-chomage-hausse",
        "Le taux de chômage remonte à 7,6 %",
        "Le chômage a progressé de 0,2 point au troisième trimestre, selon les chiffres publiés "
        "jeudi, sa plus forte hausse depuis trois ans.",
        86.0,
    ),
    (
        "fr-chomage-hausse",
        "Chômage : hausse à 7,6 % au troisième trimestre",
        "Les jeunes sont les plus touchés par la hausse.",
        87.0,
    ),
    (
        "fr-epidemie-grippe",
        "La grippe atteint le stade épidémique dans cinq régions",
        "Les médecins généralistes ont vu le nombre de consultations pour syndrome grippal "
        "doubler en une semaine, selon les autorités sanitaires.",
        142.0,
    ),
    (
        "fr-epidemie-grippe",
        "Épidémie de grippe déclarée dans cinq régions",
        "Les consultations ont doublé en une semaine.",
        144.0,
    ),
    (
        "fr-senat-amendement-carburant",
        "Le Sénat vote une baisse de la taxe sur le carburant à la campagne",
        "Un amendement adopté lundi soir réduirait de cinq centimes par litre la taxe pour les "
        "habitants des communes rurales ; le gouvernement y est opposé.",
        19.0,
    ),
    (
        "fr-agriculteurs-blocage-autoroute",
        "Des agriculteurs bloquent l'autoroute avec des tracteurs",
        "Quelque 300 tracteurs ont coupé l'autoroute dans les deux sens samedi pour protester "
        "contre la baisse des prix du lait et les normes.",
        129.0,
    ),
    (
        "fr-agriculteurs-blocage-autoroute",
        "Blocage de l'autoroute par les agriculteurs : des bouchons sur 20 km",
        "Les manifestants promettent de rester jusqu'au soir.",
        130.5,
    ),
    # --- Spanish ---
    (
        "es-observatorio-tardon-exoplaneta",
        "El Observatorio del Pico Tardón descubre un planeta en zona habitable",
        "Un equipo del observatorio ha detectado un planeta algo mayor que la Tierra que orbita "
        "una estrella enana a 40 años luz, a la distancia justa para tener agua líquida.",
        29.0,
    ),
    (
        "es-observatorio-tardon-exoplaneta",
        "Hallado un exoplaneta desde el Pico Tardón",
        "Está a 40 años luz y podría tener agua líquida.",
        29.5,
    ),
    (
        "es-observatorio-tardon-exoplaneta",
        "«Es el hallazgo de nuestra vida», dice la astrónoma Lucía Ferrán",
        "La investigadora que dirigió el estudio explicó que el planeta tarda 19 días en dar una "
        "vuelta a su estrella.",
        34.0,
    ),
    (
        "es-observatorio-tardon-exoplaneta/averia",
        "Una avería deja parado el gran telescopio del Pico Tardón",
        "El fallo en el motor que mueve la cúpula obligará a cerrar el telescopio principal del "
        "observatorio durante al menos tres semanas.",
        61.0,
    ),
    (
        "es-observatorio-tardon-exoplaneta/averia",
        "El telescopio del Tardón, cerrado por una avería",
        "La reparación de la cúpula durará unas tres semanas.",
        62.0,
    ),
    (
        "es-acuerdo-rioseco-arandia",
        "Rioseco y Arandia firman un acuerdo de libre comercio",
        "Los presidentes de ambos países firmaron el tratado, que eliminará los aranceles sobre "
        "el 95% de los productos en un plazo de siete años.",
        12.0,
    ),
    (
        "es-acuerdo-rioseco-arandia",
        "Acuerdo comercial entre Rioseco y Arandia",
        "Eliminará aranceles al 95% de los productos.",
        12.4,
    ),
    (
        "es-acuerdo-rioseco-arandia",
        "Los ganaderos de Rioseco, los grandes ganadores del tratado con Arandia",
        "La carne de vacuno dejará de pagar un arancel del 20% en Arandia, lo que según los "
        "productores podría duplicar las ventas.",
        18.0,
    ),
    (
        "es-acuerdo-rioseco-arandia/aranceles",
        "Arandia impone un arancel del 30% al aguacate de Rioseco",
        "El gobierno arandés alega problemas sanitarios en los envíos; el ministerio de Comercio "
        "de Rioseco lo califica de represalia política.",
        108.0,
    ),
    (
        "es-acuerdo-rioseco-arandia/aranceles",
        "Disputa por el aguacate entre Arandia y Rioseco",
        "El nuevo arancel del 30% entra en vigor el lunes.",
        109.0,
    ),
    (
        "es-inundaciones-valle-suero",
        "Dos muertos por las inundaciones en el valle del Suero",
        "Las lluvias torrenciales han desbordado el río Suero, y los bomberos han rescatado a "
        "más de 80 personas atrapadas en sus casas y coches.",
        51.0,
    ),
    (
        "es-inundaciones-valle-suero",
        "Inundaciones en el valle del Suero: dos muertos",
        "Más de 80 personas fueron rescatadas por los bomberos.",
        51.4,
    ),
    (
        "es-inundaciones-valle-suero",
        "Los vecinos del Suero limpian el barro tras la riada",
        "El agua alcanzó un metro y medio en algunas calles; el Gobierno estudia declarar la "
        "zona catastrófica.",
        56.0,
    ),
    (
        "es-inundaciones-valle-suero/sequia",
        "La provincia de Almedra declara la emergencia por sequía",
        "Los embalses de la provincia están al 14% de su capacidad y se prohíbe el riego de "
        "jardines y el llenado de piscinas.",
        101.0,
    ),
    (
        "es-inundaciones-valle-suero/sequia",
        "Almedra, en emergencia por la sequía",
        "Los embalses apenas llegan al 14% de su capacidad.",
        103.0,
    ),
    (
        "es-huelga-medicos-atencion-primaria",
        "Los médicos de atención primaria inician una huelga indefinida",
        "El sindicato reclama un máximo de 30 pacientes al día por médico; el primer día, el "
        "seguimiento fue del 70% según los convocantes.",
        77.0,
    ),
    (
        "es-huelga-medicos-atencion-primaria",
        "Huelga indefinida de médicos de familia",
        "El seguimiento fue del 70% según el sindicato.",
        77.3,
    ),
    (
        "es-huelga-medicos-atencion-primaria",
        "La consejería cifra en un 38% el seguimiento de la huelga médica",
        "La administración rebaja las cifras del sindicato y pide volver a la mesa de negociación.",
        82.0,
    ),
    (
        "es-huelga-medicos-atencion-primaria",
        "Médicos y consejería pactan una reunión el lunes",
        "La huelga sigue mientras tanto, con miles de citas aplazadas en los centros de salud.",
        98.0,
    ),
    (
        "es-ipc-noviembre",
        "El IPC sube al 2,9% en noviembre",
        "La inflación se aceleró tres décimas por el encarecimiento de la electricidad y los "
        "alimentos, según el dato adelantado.",
        35.0,
    ),
    (
        "es-ipc-noviembre",
        "La inflación repunta hasta el 2,9%",
        "Suben la luz y los alimentos en noviembre.",
        36.0,
    ),
    (
        "es-multa-obras-larren",
        "Multa de 3 millones a la constructora Obras Larrén por cártel",
        "La autoridad de competencia concluye que la empresa se repartió contratos de carreteras "
        "con otras cuatro firmas durante seis años.",
        124.0,
    ),
    (
        "es-multa-obras-larren",
        "Obras Larrén, sancionada con tres millones de euros",
        "La empresa anuncia que recurrirá la sanción ante los tribunales.",
        126.0,
    ),
    (
        "es-averia-tren-alta-velocidad",
        "Una avería deja a 2.000 viajeros atrapados cinco horas en la línea de alta velocidad",
        "Un fallo en la catenaria paró seis trenes el domingo por la tarde; los pasajeros se "
        "quedaron sin luz ni aire acondicionado.",
        161.0,
    ),
    (
        "es-averia-tren-alta-velocidad",
        "Cinco horas atrapados en el tren por un fallo de la catenaria",
        "Unos 2.000 viajeros afectados el domingo.",
        162.0,
    ),
    (
        "es-pensiones-revalorizacion",
        "Las pensiones subirán un 2,8% en enero",
        "El Gobierno aprobará en el próximo Consejo de Ministros la revalorización, que afecta a "
        "más de diez millones de pensionistas.",
        158.0,
    ),
    (
        "es-nieve-puertos-cadenas",
        "La nieve obliga a usar cadenas en una docena de puertos de montaña",
        "Las primeras nevadas del invierno han dejado hasta 30 centímetros en las carreteras del "
        "norte y Tráfico ha cortado el paso a los camiones.",
        155.0,
    ),
    (
        "es-nieve-puertos-cadenas",
        "Nevadas: cadenas obligatorias en doce puertos",
        "Los camiones no pueden circular por las carreteras del norte.",
        156.0,
    ),
    # --- Italian ---
    (
        "it-osservatorio-cerreto-supernova",
        "L'osservatorio di Monte Cerreto scopre una supernova",
        "Gli astronomi hanno individuato l'esplosione di una stella in una galassia a 60 milioni "
        "di anni luce, visibile anche con piccoli telescopi.",
        16.0,
    ),
    (
        "it-osservatorio-cerreto-supernova",
        "Supernova avvistata da Monte Cerreto",
        "Il fenomeno si vede anche con i telescopi amatoriali.",
        16.4,
    ),
    (
        "it-osservatorio-cerreto-supernova",
        "Supernova di Cerreto: «Una fortuna averla vista nelle prime ore»",
        "Il direttore dell'osservatorio, Paolo Righi, spiega che i dati delle prime ore aiutano "
        "a capire che tipo di stella è esplosa.",
        21.0,
    ),
    (
        "it-osservatorio-cerreto-supernova/guasto",
        "Guasto al telescopio di Monte Cerreto, osservazioni sospese",
        "Un corto circuito nel sistema di raffreddamento ha fermato lo strumento principale "
        "dell'osservatorio, che resterà chiuso fino a gennaio.",
        88.0,
    ),
    (
        "it-osservatorio-cerreto-supernova/guasto",
        "Monte Cerreto, il telescopio resta fermo fino a gennaio",
        "Un corto circuito nel raffreddamento ha fermato lo strumento.",
        89.0,
    ),
    (
        "it-manovra-consiglio-ministri",
        "Il Consiglio dei ministri approva la manovra da 24 miliardi",
        "La legge di bilancio prevede il taglio del cuneo fiscale e fondi per la sanità; ora "
        "passa al Parlamento per l'esame.",
        37.0,
    ),
    (
        "it-manovra-consiglio-ministri",
        "Via libera alla manovra da 24 miliardi",
        "Ora la legge di bilancio passa al Parlamento.",
        37.3,
    ),
    (
        "it-manovra-consiglio-ministri",
        "Manovra, le opposizioni: «Nulla per i giovani»",
        "I partiti di minoranza criticano i 24 miliardi di spesa per l'assenza di misure sugli "
        "affitti e sul lavoro dei giovani.",
        42.0,
    ),
    (
        "it-manovra-consiglio-ministri/sfiducia",
        "Mozione di sfiducia contro il governo sul caso degli appalti portuali",
        "Le opposizioni hanno depositato la mozione dopo l'inchiesta sugli appalti nei porti che "
        "coinvolge un sottosegretario; il voto è fissato per martedì.",
        83.0,
    ),
    (
        "it-manovra-consiglio-ministri/sfiducia",
        "Sfiducia al governo, la mozione depositata alla Camera",
        "Si vota martedì sul caso degli appalti nei porti.",
        84.0,
    ),
    (
        "it-alluvione-valdorso",
        "Alluvione in Valdorso, tre morti",
        "Il torrente Orso è esondato nella notte travolgendo auto e case; tre persone sono morte "
        "e centinaia sono state evacuate.",
        7.0,
    ),
    (
        "it-alluvione-valdorso",
        "Valdorso, tre vittime per l'alluvione",
        "Il torrente è esondato nella notte.",
        7.3,
    ),
    (
        "it-alluvione-valdorso",
        "Valdorso sott'acqua, i soccorritori cercano un disperso",
        "Vigili del fuoco e volontari scavano nel fango alla ricerca di un uomo di 70 anni "
        "trascinato via con la sua auto.",
        11.0,
    ),
    (
        "it-alluvione-valdorso",
        "Valdorso, ritrovato senza vita il disperso dell'alluvione",
        "Il corpo dell'uomo è stato trovato martedì a due chilometri dal paese: le vittime "
        "salgono a quattro.",
        30.0,
    ),
    (
        "it-alluvione-valdorso/siccita",
        "Siccità, la provincia di Sarenza chiede lo stato di emergenza",
        "Nelle campagne del sud non piove da sette mesi e gli invasi sono quasi vuoti; la "
        "Regione ha chiesto aiuto al governo.",
        53.0,
    ),
    (
        "it-alluvione-valdorso/siccita",
        "Sarenza a secco, chiesto lo stato di emergenza",
        "Non piove da sette mesi nelle campagne.",
        54.0,
    ),
    (
        "it-sciopero-treni-venerdi",
        "Sciopero dei treni di 24 ore, cancellati regionali e Intercity",
        "I sindacati dei ferrovieri protestano per la sicurezza del personale a bordo dopo "
        "diverse aggressioni; garantite solo le fasce di punta.",
        102.0,
    ),
    (
        "it-sciopero-treni-venerdi",
        "Treni, venerdì nero per lo sciopero",
        "Garantite soltanto le fasce del mattino e della sera.",
        103.0,
    ),
    (
        "it-sentenza-viadotto-sarco",
        "Crollo del viadotto di Sarco, condannati sei dirigenti",
        "Il tribunale ha inflitto pene fino a sei anni per il cedimento del 2019 in cui morirono "
        "due automobilisti.",
        64.0,
    ),
    (
        "it-sentenza-viadotto-sarco",
        "Sarco, sei condanne per il viadotto crollato",
        "I familiari delle vittime: «Giustizia a metà».",
        66.0,
    ),
    (
        "it-pil-terzo-trimestre",
        "Il Pil cresce dello 0,1% nel terzo trimestre",
        "L'Istat conferma la stima preliminare: l'economia è quasi ferma, frenata dall'industria "
        "e dal calo delle esportazioni.",
        80.0,
    ),
    (
        "it-pil-terzo-trimestre",
        "Pil, crescita allo 0,1 per cento",
        "La stima preliminare è stata confermata.",
        81.0,
    ),
    (
        "it-scossa-valcerna",
        "Scossa di magnitudo 4.1 in Valcerna, paura ma nessun danno",
        "La terra ha tremato alle 14.20 di sabato; molti abitanti sono scesi in strada ma non "
        "risultano feriti né crolli.",
        135.0,
    ),
    (
        "it-scossa-valcerna",
        "Terremoto in Valcerna, magnitudo 4.1",
        "Tanta paura ma nessun danno alle case.",
        135.5,
    ),
    (
        "it-vaccini-over80",
        "Vaccino antinfluenzale, solo un anziano su due si è protetto",
        "La copertura tra gli over 80 si ferma al 52%, lontana dall'obiettivo del 75% fissato "
        "dal ministero della Salute.",
        152.0,
    ),
    (
        "it-elezioni-altavalle",
        "Elezioni in Altavalle, affluenza al 41%",
        "Si è votato domenica per il presidente della regione Altavalle: alle 23 l'affluenza era "
        "al 41%, otto punti meno di cinque anni fa.",
        167.1,
    ),
    (
        "it-elezioni-altavalle",
        "Altavalle al voto, cala l'affluenza",
        "Alle 23 aveva votato il 41% degli elettori.",
        167.3,
    ),
    (
        "it-elezioni-altavalle",
        "Altavalle, exit poll: avanti la sindaca Chiara Bonetti",
        "Secondo i primi sondaggi all'uscita dai seggi la candidata del centrosinistra sarebbe "
        "in vantaggio di quattro punti sul presidente uscente.",
        167.8,
    ),
    # --- Dutch ---
    (
        "nl-sterrenwacht-hoogeveld-planetoide",
        "Sterrenwacht Hoogeveld ontdekt planetoïde die dicht langs de aarde scheert",
        "De rots van zo'n 300 meter komt in 2031 op vier keer de afstand tot de maan langs de "
        "aarde, maar er is geen gevaar voor een inslag.",
        17.0,
    ),
    (
        "nl-sterrenwacht-hoogeveld-planetoide",
        "Hoogeveld vindt nieuwe planetoïde",
        "Het brok van 300 meter passeert de aarde in 2031.",
        17.4,
    ),
    (
        "nl-sterrenwacht-hoogeveld-planetoide",
        "Student zag de planetoïde van Hoogeveld als eerste",
        "Masterstudent Jelle Brink viel de bewegende stip op tijdens een nachtdienst in de "
        "sterrenwacht.",
        22.0,
    ),
    (
        "nl-sterrenwacht-hoogeveld-planetoide/storing",
        "Storing legt telescoop van Sterrenwacht Hoogeveld stil",
        "Door een defecte besturingscomputer kan de grote telescoop niet meer draaien; het "
        "herstel duurt naar verwachting twee weken.",
        40.0,
    ),
    (
        "nl-sterrenwacht-hoogeveld-planetoide/storing",
        "Telescoop Hoogeveld twee weken buiten gebruik",
        "Een defecte computer is de oorzaak van de storing.",
        41.0,
    ),
    (
        "nl-spoorlijn-lemsterwoud-dalwijk",
        "Nieuwe spoorlijn tussen Lemsterwoud en Dalwijk geopend",
        "Na zes jaar bouwen rijden er vanaf woensdag elk half uur treinen over de 22 kilometer "
        "lange lijn, die 800 miljoen euro kostte.",
        59.0,
    ),
    (
        "nl-spoorlijn-lemsterwoud-dalwijk",
        "Eerste trein rijdt van Lemsterwoud naar Dalwijk",
        "Er gaat nu elk half uur een trein over de nieuwe lijn.",
        59.3,
    ),
    (
        "nl-spoorlijn-lemsterwoud-dalwijk",
        "Dalwijk hoopt op nieuwe bewoners dankzij de spoorlijn",
        "De wethouder verwacht dat de reistijd van 19 minuten naar Lemsterwoud jonge gezinnen "
        "naar het dorp trekt.",
        63.0,
    ),
    (
        "nl-spoorlijn-lemsterwoud-dalwijk/ontsporing",
        "Goederentrein ontspoord op nieuwe lijn bij Dalwijk",
        "Een wagon met grind is zaterdag bij een wissel uit de rails gelopen; er vielen geen "
        "gewonden, maar de lijn is tot maandag dicht.",
        133.0,
    ),
    (
        "nl-spoorlijn-lemsterwoud-dalwijk/ontsporing",
        "Ontsporing bij Dalwijk, geen treinen tot maandag",
        "Een wagon met grind liep bij een wissel uit de rails.",
        134.0,
    ),
    (
        "nl-kabinet-bezuinigingen",
        "Kabinet presenteert bezuinigingen van 6 miljard euro",
        "Het geld wordt vooral gevonden bij subsidies en ontwikkelingshulp; de zorgpremie gaat "
        "volgend jaar niet omhoog.",
        32.0,
    ),
    (
        "nl-kabinet-bezuinigingen",
        "Kabinet wil 6 miljard bezuinigen",
        "Het kabinet wil vooral op subsidies en ontwikkelingshulp besparen.",
        32.3,
    ),
    (
        "nl-kabinet-bezuinigingen",
        "Gemeenten boos over kabinetsplan van zes miljard",
        "De vereniging van gemeenten zegt dat de korting op het gemeentefonds leidt tot het "
        "sluiten van zwembaden en bibliotheken.",
        36.0,
    ),
    (
        "nl-kabinet-bezuinigingen/motie-wantrouwen",
        "Oppositie dient motie van wantrouwen in tegen minister van Asiel",
        "Aanleiding is het mislukte plan voor een groot aanmeldcentrum; de motie wordt dinsdag "
        "in de Tweede Kamer in stemming gebracht.",
        105.0,
    ),
    (
        "nl-kabinet-bezuinigingen/motie-wantrouwen",
        "Motie van wantrouwen tegen asielminister ingediend",
        "De stemming in de Kamer is volgende week dinsdag.",
        107.0,
    ),
    (
        "nl-stormvloedkering-dicht",
        "Stormvloedkering gesloten voor zware storm",
        "Voor het eerst in drie jaar is de kering bij Havenmond dichtgegaan omdat het water tot "
        "3,10 meter boven normaal kon stijgen.",
        73.0,
    ),
    (
        "nl-stormvloedkering-dicht",
        "Kering bij Havenmond dicht",
        "Het water kan tot 3,10 meter boven normaal stijgen.",
        73.3,
    ),
    (
        "nl-stormvloedkering-dicht",
        "Storm zorgt voor omgewaaide bomen en vertraging op het spoor",
        "De brandweer rukte honderden keren uit en op verschillende trajecten reden geen treinen "
        "door bomen op het spoor.",
        76.0,
    ),
    (
        "nl-stormvloedkering-dicht",
        "Kering bij Havenmond weer open na stormnacht",
        "De deuren gingen donderdagavond weer open; het hoogste water werd gemeten op 2,87 meter.",
        92.0,
    ),
    (
        "nl-huizenprijzen-november",
        "Huizenprijzen stijgen met 8,1 procent",
        "Een koopwoning kostte in november gemiddeld 8,1 procent meer dan een jaar eerder, meldt "
        "het statistiekbureau.",
        11.0,
    ),
    (
        "nl-huizenprijzen-november",
        "Woning weer duurder: plus 8,1 procent",
        "De prijsstijging is de grootste in twee jaar.",
        12.0,
    ),
    (
        "nl-rechter-veldmaat-uitstoot",
        "Rechter: Veldmaat Chemie moet uitstoot met een derde verminderen",
        "De rechtbank geeft milieuorganisaties gelijk en verplicht het chemiebedrijf zijn "
        "CO2-uitstoot voor 2030 met 33 procent te verlagen.",
        109.0,
    ),
    (
        "nl-rechter-veldmaat-uitstoot",
        "Veldmaat Chemie verliest klimaatzaak",
        "Het bedrijf gaat in hoger beroep tegen het vonnis.",
        111.0,
    ),
    (
        "nl-staking-streekbussen",
        "Staking bij streekbussen in het oosten",
        "Chauffeurs leggen zondag en maandag het werk neer voor een hoger loon en betere "
        "roosters, waardoor in tientallen dorpen geen bus rijdt.",
        143.0,
    ),
    (
        "nl-staking-streekbussen",
        "Geen bus in dorpen door staking chauffeurs",
        "De staking duurt tot en met maandag.",
        144.0,
    ),
    (
        "nl-griepgolf-begonnen",
        "Griepgolf officieel begonnen",
        "Het aantal mensen met griepachtige klachten bij de huisarts ligt twee weken boven de "
        "drempel, meldt het instituut voor volksgezondheid.",
        153.0,
    ),
    (
        "nl-ijzel-code-oranje",
        "Code oranje voor ijzel in het noorden",
        "Door ijzel kunnen wegen en fietspaden zaterdagavond spiegelglad worden; het "
        "weerinstituut raadt aan om niet de weg op te gaan.",
        138.0,
    ),
    (
        "nl-ijzel-code-oranje",
        "Waarschuwing voor gladheid door ijzel",
        "Het weerinstituut geeft code oranje af voor het noorden.",
        139.0,
    ),
    # --- Portuguese ---
    (
        "pt-infarmed-glicorin",
        "Infarmed aprova novo medicamento para a diabetes",
        "O Glicorin, um comprimido tomado uma vez por semana, foi aprovado para adultos com "
        "diabetes tipo 2 e vai ser comparticipado pelo Estado a 90%.",
        41.0,
    ),
    (
        "pt-infarmed-glicorin",
        "Glicorin aprovado pelo Infarmed",
        "É um comprimido semanal para a diabetes tipo 2.",
        41.3,
    ),
    (
        "pt-infarmed-glicorin",
        "Diabéticos vão poder tomar um comprimido por semana",
        "Os médicos de família dizem que o Glicorin pode ajudar quem se esquece da medicação "
        "diária, mas pedem cautela com o custo.",
        46.0,
    ),
    (
        "pt-infarmed-glicorin/alerta",
        "Infarmed alerta para lotes falsificados de antibiótico",
        "A autoridade do medicamento detetou à venda na internet caixas falsas de Amoxel sem "
        "qualquer substância ativa e pede que não sejam compradas.",
        84.0,
    ),
    (
        "pt-infarmed-glicorin/alerta",
        "Alerta do Infarmed: Amoxel falso vendido na internet",
        "As caixas não têm substância ativa.",
        85.0,
    ),
    (
        "pt-acordo-tavora-lindemar",
        "Távora e Lindemar assinam acordo comercial",
        "O tratado acaba com as tarifas sobre o vinho, o azeite e a cortiça e foi assinado pelos "
        "dois primeiros-ministros na capital de Lindemar.",
        63.0,
    ),
    (
        "pt-acordo-tavora-lindemar",
        "Acordo entre Távora e Lindemar acaba com tarifas",
        "Vinho, azeite e cortiça são os produtos abrangidos.",
        63.4,
    ),
    (
        "pt-acordo-tavora-lindemar",
        "Produtores de vinho de Távora festejam acordo com Lindemar",
        "A associação dos exportadores calcula que as vendas para Lindemar possam subir 40 "
        "milhões de euros por ano.",
        68.0,
    ),
    (
        "pt-acordo-tavora-lindemar/tarifas",
        "Lindemar impõe tarifa de 20% ao calçado de Távora",
        "O governo de Lindemar acusa as fábricas de Távora de vender abaixo do custo; a medida "
        "nada tem a ver com o acordo assinado esta semana, diz Lindemar.",
        151.0,
    ),
    (
        "pt-acordo-tavora-lindemar/tarifas",
        "Calçado de Távora castigado com tarifa de 20%",
        "As fábricas de sapatos temem perder encomendas.",
        152.0,
    ),
    (
        "pt-porto-alvaredo-recorde",
        "Porto de Alvaredo bate recorde de contentores",
        "O porto movimentou 1,9 milhões de contentores até novembro, mais 12% do que no ano "
        "passado, e já ultrapassou o recorde de 2022.",
        10.0,
    ),
    (
        "pt-porto-alvaredo-recorde",
        "Alvaredo: recorde de contentores no porto",
        "Mais 12% do que no ano passado.",
        10.5,
    ),
    (
        "pt-porto-alvaredo-recorde",
        "Presidente do porto de Alvaredo quer novo cais",
        "Com o recorde de 1,9 milhões de contentores, Rui Paiva defende um investimento de 250 "
        "milhões num terminal novo.",
        15.0,
    ),
    (
        "pt-porto-alvaredo-recorde/grua",
        "Grua cai no porto de Alvaredo e fere dois trabalhadores",
        "A lança de uma grua de pórtico partiu-se durante a descarga de um navio; os feridos "
        "foram levados ao hospital e o cais foi fechado.",
        44.0,
    ),
    (
        "pt-porto-alvaredo-recorde/grua",
        "Queda de grua no porto de Alvaredo",
        "Dois estivadores ficaram feridos, um deles com gravidade.",
        45.0,
    ),
    (
        "pt-greve-professores-dois-dias",
        "Greve de professores fecha centenas de escolas",
        "Os sindicatos dizem que a adesão foi de 80% no primeiro dia de uma greve de dois dias "
        "pela recuperação do tempo de serviço.",
        75.0,
    ),
    (
        "pt-greve-professores-dois-dias",
        "Professores em greve, escolas fechadas",
        "A adesão foi de 80% segundo os sindicatos.",
        75.3,
    ),
    (
        "pt-greve-professores-dois-dias",
        "Ministério fala em adesão de 45% à greve dos professores",
        "O ministro da Educação diz que a maioria das escolas abriu e convida os sindicatos para "
        "uma reunião.",
        79.0,
    ),
    (
        "pt-greve-professores-dois-dias",
        "Segundo dia de greve dos professores termina sem acordo",
        "Os sindicatos admitem novas paralisações em janeiro se o ministério não apresentar uma "
        "proposta.",
        96.0,
    ),
    (
        "pt-cheias-vila-sargo",
        "Chuva forte inunda baixa de Vila Nova do Sargo",
        "A ribeira galgou as margens durante a madrugada e a água chegou a um metro nas ruas do "
        "centro; os bombeiros retiraram 30 pessoas.",
        97.0,
    ),
    (
        "pt-cheias-vila-sargo",
        "Cheias no Sargo obrigam a retirar 30 pessoas",
        "A água chegou a um metro nas ruas da baixa.",
        99.0,
    ),
    (
        "pt-desemprego-ine",
        "Taxa de desemprego sobe para 6,4%",
        "O desemprego aumentou duas décimas no trimestre, segundo o instituto de estatística, "
        "com mais jovens sem trabalho.",
        56.0,
    ),
    (
        "pt-desemprego-ine",
        "Desemprego em 6,4% no trimestre",
        "Os jovens são os mais afetados pela subida.",
        57.0,
    ),
    (
        "pt-tribunal-banqueiro",
        "Antigo presidente do Banco Atlântida condenado a oito anos",
        "O tribunal deu como provado que Artur Mendes desviou 45 milhões de euros do banco para "
        "empresas da família.",
        127.0,
    ),
    (
        "pt-tribunal-banqueiro",
        "Artur Mendes condenado a oito anos de prisão",
        "A defesa do ex-banqueiro vai recorrer da sentença.",
        129.0,
    ),
    (
        "pt-metro-linha-circular",
        "Nova linha circular do metro abre no próximo ano",
        "A obra está 90% concluída e os primeiros comboios vão circular em junho, anunciou a "
        "empresa do metro no domingo.",
        157.0,
    ),
    # --- Russian ---
    (
        "ru-sud-somov-vzyatka",
        "Бывший вице-губернатор Олег Сомов получил девять лет за взятку",
        "Суд признал Сомова виновным в получении 40 миллионов рублей от строительной компании за "
        "контракт на ремонт дорог в Заречной области.",
        26.0,
    ),
    (
        "ru-sud-somov-vzyatka",
        "Сомову дали девять лет колонии",
        "Экс-чиновник получил взятку в 40 млн рублей.",
        26.4,
    ),
    (
        "ru-sud-somov-vzyatka",
        "Судья Ирина Лаптева: «Сомов действовал из корысти»",
        "Оглашение приговора заняло четыре часа; защита бывшего вице-губернатора заявила, что "
        "обжалует решение.",
        31.0,
    ),
    (
        "ru-sud-somov-vzyatka/drugoe-delo",
        "Судья Лаптева вынесла приговор по делу о квартирах-призраках",
        "Трое организаторов схемы, продававших одни и те же квартиры нескольким покупателям, "
        "получили от пяти до семи лет.",
        147.0,
    ),
    (
        "ru-sud-somov-vzyatka/drugoe-delo",
        "Мошенники с квартирами получили до семи лет",
        "Пострадали более сорока покупателей жилья.",
        148.0,
    ),
    (
        "ru-byudzhet-priozernaya",
        "Заксобрание Приозёрной области приняло бюджет с дефицитом",
        "Бюджет на следующий год предусматривает расходы 180 миллиардов рублей и дефицит 12 "
        "миллиардов, покрыть его планируют кредитами.",
        13.0,
    ),
    (
        "ru-byudzhet-priozernaya",
        "Приозёрная область приняла бюджет",
        "Дефицит составит 12 млрд рублей.",
        13.4,
    ),
    (
        "ru-byudzhet-priozernaya",
        "Депутаты спорили о бюджете Приозёрной области восемь часов",
        "Оппозиция требовала больше денег на сельские больницы, но поправки не прошли.",
        18.0,
    ),
    (
        "ru-byudzhet-priozernaya/nedoverie",
        "Депутаты требуют отставки правительства Приозёрной области",
        "Оппозиция внесла предложение о недоверии из-за массовых отключений тепла в трёх "
        "городах, голосование пройдёт в пятницу.",
        43.0,
    ),
    (
        "ru-byudzhet-priozernaya/nedoverie",
        "Вотум недоверия правительству области из-за отключений тепла",
        "Голосование назначено на пятницу.",
        44.0,
    ),
    (
        "ru-port-ust-lansk-rekord",
        "Порт Усть-Ланск установил рекорд грузооборота",
        "За одиннадцать месяцев через порт прошло 31 миллион тонн грузов, больше, чем за весь "
        "прошлый год.",
        76.0,
    ),
    (
        "ru-port-ust-lansk-rekord",
        "Рекорд порта Усть-Ланск: 31 млн тонн",
        "Это больше, чем за весь прошлый год.",
        76.4,
    ),
    (
        "ru-port-ust-lansk-rekord",
        "Глава порта Усть-Ланск рассказал о планах расширения",
        "Директор порта Виктор Гусев сказал, что к рекорду помогли выйти угольные перевозки, и "
        "пообещал построить новый причал.",
        81.0,
    ),
    (
        "ru-port-ust-lansk-rekord/kran",
        "В порту Усть-Ланск обрушился портальный кран",
        "Кран упал на причал во время разгрузки судна, пострадал крановщик; прокуратура начала "
        "проверку.",
        132.0,
    ),
    (
        "ru-port-ust-lansk-rekord/kran",
        "Обрушение крана в Усть-Ланске, один пострадавший",
        "Причал закрыт на время проверки.",
        133.0,
    ),
    (
        "ru-snegopad-belogorsk-aeroport",
        "Снегопад парализовал аэропорт Белогорска",
        "Более шестидесяти рейсов задержаны или отменены, снегоуборочная техника не успевает "
        "чистить полосу.",
        49.0,
    ),
    (
        "ru-snegopad-belogorsk-aeroport",
        "Аэропорт Белогорска закрыт из-за снега",
        "Задержаны более шестидесяти рейсов.",
        49.3,
    ),
    (
        "ru-snegopad-belogorsk-aeroport",
        "Пассажиры ночевали в аэропорту Белогорска",
        "Сотни людей провели ночь в терминале, раскладушки привезли только к утру.",
        53.0,
    ),
    (
        "ru-snegopad-belogorsk-aeroport",
        "Аэропорт Белогорска возобновил работу после снегопада",
        "Полосу расчистили к вечеру среды, первые рейсы вылетели с опозданием на сутки.",
        68.0,
    ),
    (
        "ru-tsentrobank-stavka-bez-izmeneniy",
        "Центробанк сохранил ключевую ставку",
        "Банк России оставил ставку без изменений, сославшись на замедление инфляции и слабый "
        "рост кредитования.",
        107.0,
    ),
    (
        "ru-tsentrobank-stavka-bez-izmeneniy",
        "Ставка осталась прежней",
        "Регулятор сослался на замедление роста цен.",
        108.0,
    ),
    (
        "ru-gripp-svetlogorsk",
        "В Светлогорске превышен эпидемический порог по гриппу",
        "Заболеваемость за неделю выросла на треть, в школах вводят карантин в классах, где "
        "болеют больше пятой части учеников.",
        150.0,
    ),
    (
        "ru-gripp-svetlogorsk",
        "Грипп в Светлогорске: в школах карантин",
        "Заболеваемость выросла на треть за неделю.",
        151.0,
    ),
    (
        "ru-inflyatsiya-noyabr",
        "Годовая инфляция в ноябре замедлилась до 7,1%",
        "Цены на овощи снизились, но подорожали услуги ЖКХ и авиабилеты, сообщила статистическая "
        "служба.",
        67.0,
    ),
    (
        "ru-inflyatsiya-noyabr",
        "Инфляция замедлилась до 7,1 процента",
        "Подешевели овощи, подорожали авиабилеты.",
        68.5,
    ),
    (
        "ru-muzei-restavratsiya",
        "Краеведческий музей Кедровска открылся после реставрации",
        "Здание купеческого дома девятнадцатого века восстанавливали три года, в экспозиции "
        "появились залы о первых переселенцах.",
        135.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a judge's sentence in one case and the same judge's sentence in another case": (
        "en-court-harwick-fraud/other-case",
        "fr-proces-lacombe-valrennes/autre-affaire",
        "ru-sud-somov-vzyatka/drugoe-delo",
    ),
    "a medicines regulator's approval of one drug and its warning about another": (
        "en-regulator-migraine-drug/warning",
        "de-zulassung-memorin/warnung",
        "pt-infarmed-glicorin/alerta",
    ),
    "an observatory's discovery and a breakdown closing the same telescope days later": (
        "es-observatorio-tardon-exoplaneta/averia",
        "it-osservatorio-cerreto-supernova/guasto",
        "nl-sterrenwacht-hoogeveld-planetoide/storing",
    ),
    "a new rail line opened and a freight derailment on the same line days later": (
        "de-bahnstrecke-kallbach-steinau/entgleisung",
        "fr-ligne-brevanne-saint-orcel/deraillement",
        "nl-spoorlijn-lemsterwoud-dalwijk/ontsporing",
    ),
    "a trade agreement signed and a separate tariff row between the same two countries": (
        "en-trade-deal-varnia/tariff-row",
        "es-acuerdo-rioseco-arandia/aranceles",
        "pt-acordo-tavora-lindemar/tarifas",
    ),
    "a budget passed and a no-confidence motion over another matter against the same government": (
        "it-manovra-consiglio-ministri/sfiducia",
        "nl-kabinet-bezuinigingen/motie-wantrouwen",
        "ru-byudzhet-priozernaya/nedoverie",
    ),
    "floods in one part of a country and a drought emergency in another part the same week": (
        "de-hochwasser-wernau/duerre",
        "es-inundaciones-valle-suero/sequia",
        "it-alluvione-valdorso/siccita",
    ),
    "a port's record cargo figures and a crane collapse at the same port": (
        "fr-port-lanvez-record/grue",
        "pt-porto-alvaredo-recorde/grua",
        "ru-port-ust-lansk-rekord/kran",
    ),
}
