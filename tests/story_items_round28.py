"""A twenty-eighth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 25: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans almost seven days (2.5 to
166.5 hours). It holds 328 items under 132 labels: 108 stories and 24 hard negatives; 42 labels
in English (106 items, about a third of them), 14 in Spanish, 13 each in French, Italian,
Portuguese and Russian, 12 each in German and Dutch. 12 labels are told by one outlet, 53 by
two, 58 by three and 9 by four; 118 labels have both a full copy and a teaser whose lead is
under 80 characters. Copies of one event are minutes to hours apart (a wire flash or teaser
first, then a business or sports page, a quote-led piece, a reaction), and 14 labels have a
copy 12 or more hours after the first, each a next-day follow-up with a new fact (the Cartwell
hack inquiry, the Veltrin filing plan, the Grand Lyceum donor, Comet Pennock's orbit, the
Voltaro subsidy, the Halvor first trading day, the Marrick founder's stake, the Morand
timetable, the Volzhanka workshop to close, the Sapatos Rocha order, the Valtorre buy-out
offer, the Maasdelta security review, the olive growers' plea, the Monte Orfeo evacuation plan).

What is new: the desks. Almost nothing here is local news; the stories come from business, sport,
science, technology and culture pages (results, deals, listings, job cuts, fines, transfers, match
reports, races, launches, outages, studies, preprints, prizes, festivals, auctions), where two
copies of one event often share only a firm's or a player's name and one number written another
way: £1.2bn / £1,200 million, £4.5m / £4,500,000 / 4.5 million pound, £12m / £12,000,000, £9.2m /
£9,200,000, £2bn / two-billion-pound, 2.3m / 2,300,000, 1.200 Stellen / 1200 Jobs, 850 millions /
850 M€ / 0,85 milliard, medio punto / 0,5 %, 1.200 millones / 1,2 mil millones, 18 milioni /
diciotto milioni, 540 milioni / mezzo miliardo, 25 milhões / vinte e cinco milhões, 1,2 miljard /
1200 miljoen, 100.000 euro / een ton, 1500 / полторы тысячи / 1,5 тыс., 1,3 тонны / 1300
килограммов, 12,4 млрд / двенадцать с лишним миллиардов. Names change form (Dean Okafor-Hale,
Okafor-Hale, "the Brinsford City striker"; Jordan Ekwueme, Ekwueme; Nerea Olaizola, Olaizola; Вера
Лаптева, Лаптева).

Eight kinds of hard negative, none of them in the list of categories earlier rounds used, three
each: one firm's job cuts and its quarterly figures in the same week (Harwick Steel, Kessler,
Dekker Chemie: 21 to 69 hours apart); one team's league match and its cup tie days later (Ashcombe
Town, CD Valdelosa, Virtus Castelmora: just under 48 to 91 hours); one space firm's satellite
launch and another of its missions in the same week (Albion Orbital's lander, Orbitalys's capsule,
«Северная орбита»'s cargo ship: 38 to 76 hours); one festival's first prize night and its closing
awards (Holloway, Lagorosso, Ribamar: 73 to 97 hours); one lab's preprint and a different published
study by the same lab (Ellsworth, Grauwald, Нижнегорск: 30 to 91 hours); a payment app's launch and
its outage days later (Pagaya, Pronto, Kwik: 29 to 75 hours); one statistics office's two different
releases in one week (Nordmark, Val-d'Orme, Castilnuevo: 46 to 73 hours); a player's transfer and
his first match for the new club (Okafor-Hale, Scarpellini, Mourão: 31 to 119 hours). Eleven hard
negatives fall within 48 hours of their story, thirteen beyond it. Several name their story as
background ("four days after their league win over Pellow", "tres días después del lanzamiento",
"the £12m striker"), as real copy does, and share its firm, club, lab or festival name and often
its place.

What "same story" means here: one event (one results release, one deal, one listing, one job
cuts announcement, one fine, one match, one race, one transfer, one launch, one outage, one
study, one prize, one festival's prize night, one sale) in that event's news cycle, including a
next-day follow-up with a new fact. Not the same story: another event of the same kind or with
the same actor, even at the same firm, club, lab, festival or agency. A label with a suffix
after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). The twelve one-outlet stories each share a firm, club, university or prize
with another story (Quillon's bakery, Ledworth's new stand, Fenmoor's library, Norvik's repair
hub, the Hawthorne judges, Halvor's training centre, Vignal's dessert plant, Telmar's offices,
Brembana's solar park, Lusopapel's forest, Oosterveld's branch, the Krasnolesk works museum):
they can only be merged falsely. Other stories share a town but not an event (Sainte-Orle's
rugby and jazz festival, Brélac's bees and comics prize, Puerto Cantil's shipyard and marathon,
Serrazes's sardines, half marathon and satellite, Mühlbach's battery plant and robot listing,
Ольховец's theatre festival, lake, smartphone and chess). No story has more than four copies,
and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, labs, festivals and prizes are invented here; real bodies and
places appear only as backdrop (Ofgem, the Information Commissioner's Office, IG Metall, the EU
Commission, Kourou, Heerenveen, the Azores).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were compared by script only, for clashing labels and texts), and
never run through the merging code before its one scoring run (`python -m bench.stories
--round28`). Once its errors have been read it is no longer a clean check: say so beside any
later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-cuts-harwick-steel",
        "Harwick Steel to cut 650 jobs at Marlbridge works",
        "Harwick Steel said on Tuesday it would shed 650 of the 2,100 posts at its Marlbridge "
        "rolling mill by next summer, blaming cheap imports and energy costs.",
        34.2,
    ),
    (
        "en-cuts-harwick-steel",
        "Marlbridge mill: 650 jobs to go",
        "Harwick Steel blames imports and power bills.",
        34.6,
    ),
    (
        "en-cuts-harwick-steel",
        "'A body blow for the town': union reacts to Harwick cuts",
        "Steelworkers' organiser Bev Stannard said almost a third of the Marlbridge workforce "
        "faced redundancy and called on ministers to step in before the spring.",
        37.9,
    ),
    (
        "en-cuts-harwick-steel/results",
        "Harwick Steel swings to first-half loss",
        "The steelmaker reported a pre-tax loss of £38.6m for the six months to September, "
        "against a profit of £21m a year earlier, as sales fell 14%.",
        55.1,
    ),
    (
        "en-cuts-harwick-steel/results",
        "Harwick shares slide after £38.6 million loss",
        "Investors sold the stock down 9 per cent on Wednesday morning as the group scrapped its "
        "interim dividend and warned that prices had yet to bottom out.",
        56.0,
    ),
    (
        "en-match-ashcombe-pellow",
        "Ashcombe Town 3-1 Pellow United",
        "Two goals in four minutes from Jordan Ekwueme turned the game on Tuesday night and "
        "lifted Ashcombe to third in the table.",
        45.8,
    ),
    (
        "en-match-ashcombe-pellow",
        "Ekwueme double sinks Pellow",
        "Ashcombe climb to third with a 3-1 home win.",
        46.1,
    ),
    (
        "en-match-ashcombe-pellow",
        "Pellow boss fumes at 'soft' goals in Ashcombe defeat",
        "Pellow United manager Graham Tully said his side gave away two goals in four minutes and "
        "deserved nothing from the trip to Ashcombe.",
        47.5,
    ),
    (
        "en-match-ashcombe-pellow/cup",
        "Ashcombe Town crash out of the FA Trophy",
        "A late header from Stanford Vale's Luke Merriman knocked Ashcombe out of the Trophy on "
        "Saturday, four days after their league win over Pellow.",
        137.0,
    ),
    (
        "en-match-ashcombe-pellow/cup",
        "Stanford Vale stun Ashcombe in Trophy tie",
        "Merriman's 88th-minute header is the winner in a 1-0 upset.",
        137.4,
    ),
    (
        "en-launch-kestrel",
        "Albion Orbital puts Kestrel-3 weather satellite in orbit",
        "The 1.2-tonne spacecraft lifted off from Saxby Point spaceport at 6.18am on Wednesday "
        "and sent its first signals 40 minutes later, the company said.",
        54.3,
    ),
    (
        "en-launch-kestrel",
        "Kestrel-3 launch a success",
        "Weather satellite calls home 40 minutes after lift-off.",
        54.9,
    ),
    (
        "en-launch-kestrel",
        "First weather satellite launched from Saxby Point",
        "Albion Orbital's chief executive Nadia Farrant said the Kestrel-3 launch proved a "
        "British spaceport could handle 1,200kg payloads.",
        58.2,
    ),
    (
        "en-launch-kestrel/lander",
        "Albion Orbital's Tern lander reaches lunar orbit",
        "The small robotic lander fired its engine for 11 minutes on Thursday evening to slip "
        "into orbit around the Moon, ahead of a touchdown attempt next month.",
        92.0,
    ),
    (
        "en-launch-kestrel/lander",
        "Tern enters orbit around the Moon",
        "Engine burn of 11 minutes goes to plan, firm says.",
        93.1,
    ),
    (
        "en-festival-holloway-shorts",
        "Holloway Film Festival hands out short film prizes",
        "Ruth Adebayo's 14-minute drama Low Tide took the best short award on Tuesday night, the "
        "first of the festival's two prize evenings.",
        46.5,
    ),
    (
        "en-festival-holloway-shorts",
        "Low Tide wins at Holloway",
        "Best short prize for Ruth Adebayo's 14-minute drama.",
        47.0,
    ),
    (
        "en-festival-holloway-shorts/closing",
        "Swedish-Welsh drama takes Holloway's top prize",
        "The Golden Heron for best feature went to Morwen Lind's Kettle Island at the closing "
        "ceremony on Saturday, ending the festival's eighth edition.",
        140.5,
    ),
    (
        "en-festival-holloway-shorts/closing",
        "Golden Heron goes to Kettle Island",
        "Director Morwen Lind accepted the Holloway festival's top award on stage.",
        141.2,
    ),
    (
        "en-festival-holloway-shorts/closing",
        "Holloway festival closes with record 61,000 admissions",
        "Organisers said attendance was up a fifth on last year as the Golden Heron was presented "
        "to Kettle Island on the final night.",
        144.0,
    ),
    (
        "en-preprint-ellsworth-sleep",
        "Gut bacteria may shape how deeply we sleep, preprint suggests",
        "Researchers at the University of Ellsworth found that 312 volunteers with more varied "
        "gut microbes spent longer in deep sleep, in a paper not yet peer reviewed.",
        9.0,
    ),
    (
        "en-preprint-ellsworth-sleep",
        "Microbes and sleep: early findings from Ellsworth",
        "Unreviewed study of 312 adults links gut variety to deep sleep.",
        11.5,
    ),
    (
        "en-preprint-ellsworth-sleep",
        "Sleep scientists urge caution over gut bacteria claims",
        "Independent experts said the Ellsworth preprint showed an association only, and that Dr "
        "Priya Nandakumar's team had not yet tested cause and effect.",
        20.3,
    ),
    (
        "en-preprint-ellsworth-sleep/infants",
        "Antibiotics in first month alter babies' gut for a year",
        "A study of 1,040 infants by the Nandakumar lab at Ellsworth, published in a paediatrics "
        "journal on Friday, found microbial diversity still lower at 12 months.",
        100.4,
    ),
    (
        "en-preprint-ellsworth-sleep/infants",
        "Early antibiotics leave lasting mark on infant microbiome",
        "The peer-reviewed Ellsworth study followed just over a thousand babies from birth.",
        102.0,
    ),
    (
        "en-transfer-okafor-hale",
        "Kelham Rovers sign Okafor-Hale for £12m",
        "Striker Dean Okafor-Hale has joined Kelham Rovers from Brinsford City on a four-year "
        "deal for a fee of £12 million, both clubs confirmed on Monday.",
        15.0,
    ),
    (
        "en-transfer-okafor-hale",
        "Okafor-Hale completes Kelham move",
        "Four-year deal for the Brinsford City striker.",
        15.4,
    ),
    (
        "en-transfer-okafor-hale",
        "Brinsford cash in on top scorer",
        "City's chairman Alan Pruett said the £12,000,000 fee for their 19-goal forward was too "
        "good to refuse with the club's debts in mind.",
        18.8,
    ),
    (
        "en-transfer-okafor-hale/debut",
        "Okafor-Hale scores on Kelham debut",
        "The new signing needed 23 minutes to open his account as Kelham Rovers beat Oxley 2-0 on "
        "Tuesday night.",
        45.9,
    ),
    (
        "en-transfer-okafor-hale/debut",
        "Kelham 2-0 Oxley",
        "Debut goal for the £12m striker, then a second from Harding.",
        46.3,
    ),
    (
        "en-results-quillon",
        "Quillon Foods profit rises 8.4%",
        "The maker of Harvest Crown biscuits posted an annual operating profit of £312m, up 8.4 "
        "per cent, helped by price rises and lower wheat costs.",
        7.1,
    ),
    (
        "en-results-quillon",
        "Quillon profit up to £312m",
        "Biscuit maker beats forecasts.",
        7.5,
    ),
    (
        "en-results-quillon",
        "Quillon chief: 'Shoppers are trading up again'",
        "Chief executive Fiona Harker said sales of premium ranges had recovered, as the group's "
        "profit climbed to £312 million for the year.",
        9.9,
    ),
    (
        "en-deal-marrick-fenwick",
        "Marrick Telecom agrees £1.2bn swoop for Fenwick Fibre",
        "The mobile operator will pay 410p a share in cash for the broadband builder, a premium "
        "of 38% to Monday's close, the two boards announced.",
        31.0,
    ),
    (
        "en-deal-marrick-fenwick",
        "Marrick to buy Fenwick Fibre",
        "Cash offer values the network builder at £1.2bn.",
        31.3,
    ),
    (
        "en-deal-marrick-fenwick",
        "Why Marrick paid up for Fenwick's rural network",
        "At £1,200 million, the deal hands Marrick 900,000 homes passed by full fibre in market "
        "towns, analysts said, though competition officials may look closely.",
        35.6,
    ),
    (
        "en-deal-marrick-fenwick",
        "Fenwick founder to walk away with £140m",
        "Sasha Fenwick, who started the company in a barn in 2014, holds about 11 per cent of the "
        "shares being bought by Marrick Telecom.",
        50.2,
    ),
    (
        "en-ipo-lumenpay",
        "Lumenpay prices shares at 340p in London listing",
        "The payments firm raised £420m and will be valued at about £2.9bn when trading starts on "
        "Thursday, it said.",
        78.0,
    ),
    (
        "en-ipo-lumenpay",
        "Lumenpay jumps 17% on debut",
        "Shares opened at 398p against the 340p offer price.",
        81.5,
    ),
    (
        "en-cuts-calder-insurance",
        "Calder Insurance to shut 40 branches",
        "The insurer said 900 roles would go as it moved customers online, with the branch "
        "closures taking place over the next 18 months.",
        79.0,
    ),
    (
        "en-cuts-calder-insurance",
        "900 jobs at risk as Calder closes branches",
        "Forty high-street offices to go over a year and a half.",
        79.6,
    ),
    (
        "en-fine-portwell",
        "Portwell Energy fined £4.5m over billing errors",
        "The regulator Ofgem said the supplier overcharged about 38,000 households after a "
        "computer upgrade and had been slow to pay them back.",
        56.9,
    ),
    (
        "en-fine-portwell",
        "Ofgem penalty for Portwell",
        "£4,500,000 fine over wrong bills.",
        57.3,
    ),
    (
        "en-fine-portwell",
        "Portwell apologises to 38,000 customers",
        "The supplier said every overcharged household had now been refunded in full and the 4.5 "
        "million pound penalty would go to a hardship fund.",
        60.0,
    ),
    (
        "en-warning-tresk",
        "Tresk Homes cuts profit forecast as buyers hold back",
        "The housebuilder now expects annual profit of about £95m, down from £130m, after "
        "reservations fell 22% in the autumn.",
        104.6,
    ),
    (
        "en-warning-tresk",
        "Tresk slashes outlook",
        "Housebuilder now sees profit of about £95m.",
        105.1,
    ),
    (
        "en-warning-tresk",
        "Tresk shares fall by a quarter on warning",
        "The stock lost 25 per cent, its worst day since listing, after the group said mortgage "
        "rates had kept first-time buyers away.",
        110.8,
    ),
    (
        "en-merger-skylark-brightwing",
        "Skylark and Brightwing agree to merge",
        "The two regional airlines will combine into a group flying 6.4 million passengers a "
        "year, with Skylark shareholders owning 60 per cent.",
        103.0,
    ),
    (
        "en-merger-skylark-brightwing",
        "Regional airlines tie up",
        "Skylark and Brightwing to fly as one.",
        103.6,
    ),
    (
        "en-merger-skylark-brightwing",
        "Skylark-Brightwing deal 'will not mean route cuts'",
        "Brightwing's boss Tom Ellery told a press call that all 48 routes would stay, though the "
        "merged carrier would drop one of the two brands.",
        107.2,
    ),
    (
        "en-draw-ledworth-caxton",
        "Ledworth Rangers 2-2 Caxton Albion",
        "Caxton came from two goals down in the last 15 minutes to grab a point at Kingsmead on "
        "Saturday afternoon.",
        137.2,
    ),
    (
        "en-draw-ledworth-caxton",
        "Late Caxton comeback stuns Ledworth",
        "Two goals in the final quarter of an hour earn a draw.",
        137.6,
    ),
    (
        "en-draw-ledworth-caxton",
        "Ledworth manager blames fatigue for collapse",
        "Rangers' Steve Colley said his players ran out of legs after leading 2-0 at Kingsmead, "
        "but praised Caxton's spirit.",
        139.0,
    ),
    (
        "en-cricket-westmarch",
        "Westmarch beat Farrow by six wickets",
        "Captain Imran Lodhi's unbeaten 88 saw Westmarch chase down 271 with 11 balls to spare in "
        "the one-day semi-final on Thursday.",
        90.5,
    ),
    (
        "en-cricket-westmarch",
        "Lodhi steers Westmarch into final",
        "Skipper's 88 not out does the job against Farrow.",
        91.0,
    ),
    (
        "en-tennis-hartfield",
        "Castellane wins Hartfield Open",
        "Mia Castellane beat the top seed Elena Varga 6-4, 3-6, 7-5 in the final on Sunday to "
        "claim her first tour title.",
        158.0,
    ),
    (
        "en-tennis-hartfield",
        "First title for Castellane",
        "Teenager beats top seed in three sets.",
        158.4,
    ),
    (
        "en-tennis-hartfield",
        "'I still can't believe it,' says Hartfield champion",
        "The 19-year-old Castellane, who came through qualifying, collects £96,000 and will rise "
        "about 40 places in the rankings.",
        161.0,
    ),
    (
        "en-marathon-corran",
        "Course record falls at Corran Marathon",
        "Kenyan runner Daniel Kiprotich won in 2hrs 5mins 41secs on Sunday morning, more than a "
        "minute inside the old mark.",
        155.0,
    ),
    (
        "en-marathon-corran",
        "Kiprotich smashes Corran record",
        "Winning time of 2:05:41 is over a minute faster.",
        155.5,
    ),
    (
        "en-marathon-corran",
        "19,000 finish Corran Marathon in cold sunshine",
        "Organisers said a record field took part, with Daniel Kiprotich setting a new course "
        "best and local runner Hannah Voss first woman home.",
        158.8,
    ),
    (
        "en-coach-harlequins",
        "Tamsin Harlequins sack head coach Rhys Morgan",
        "The rugby club parted company with Morgan after eight straight league defeats left them "
        "bottom of the table.",
        62.0,
    ),
    (
        "en-coach-harlequins",
        "Morgan out at Tamsin",
        "Eight defeats in a row cost coach his job.",
        62.4,
    ),
    (
        "en-snooker-grandholm",
        "Pryce lifts Grandholm Masters",
        "Owen Pryce beat Liam Chao 10-7 in Sunday night's final to win his second ranking title "
        "and £150,000.",
        165.0,
    ),
    (
        "en-snooker-grandholm",
        "Pryce beats Chao 10-7",
        "Welshman takes the Grandholm crown.",
        165.6,
    ),
    (
        "en-study-coffee-fenmoor",
        "Three cups of coffee a day linked to lower heart risk",
        "A Fenmoor University study of 210,000 adults found those drinking two to three cups "
        "daily had a 12% lower chance of heart disease over 10 years.",
        24.5,
    ),
    (
        "en-study-coffee-fenmoor",
        "Coffee and your heart: what the Fenmoor study found",
        "Researchers tracked more than 200,000 people for a decade.",
        25.0,
    ),
    (
        "en-study-coffee-fenmoor",
        "Coffee study 'no licence to overdo it', warns lead author",
        "Professor Gwen Hollis said the Fenmoor data showed no extra benefit above three cups and "
        "could not rule out other habits of coffee drinkers.",
        30.1,
    ),
    (
        "en-footprints-ravensholm",
        "Dinosaur footprints exposed by storms at Ravensholm Bay",
        "A geologist walking her dog found 30 three-toed prints in a slab of sandstone uncovered "
        "by last week's high tides.",
        82.0,
    ),
    (
        "en-footprints-ravensholm",
        "30 dinosaur tracks found on beach",
        "Prints are around 165 million years old.",
        82.8,
    ),
    (
        "en-footprints-ravensholm",
        "Race to record Ravensholm tracks before the sea returns",
        "Museum staff used drones and plaster casts to record the 165-million-year-old "
        "footprints, which may be covered again within weeks.",
        88.5,
    ),
    (
        "en-comet-pennock",
        "Amateur astronomer discovers new comet",
        "Retired teacher Colin Pennock spotted the faint object from his garden observatory in "
        "Dalehurst, and it has been named after him.",
        116.0,
    ),
    (
        "en-comet-pennock",
        "Comet Pennock confirmed",
        "Garden telescope find verified by professionals.",
        117.2,
    ),
    (
        "en-comet-pennock",
        "Comet Pennock may be seen with binoculars in February",
        "Astronomers who worked out the orbit of the comet found by Colin Pennock on Friday say "
        "it will pass closest to the Sun in early February.",
        138.0,
    ),
    (
        "en-vaccine-veltrin",
        "Malaria vaccine shows 77% efficacy in trial",
        "Veltrin Bio said its two-dose vaccine prevented 77 per cent of clinical cases among "
        "4,800 children in a year-long study.",
        2.5,
    ),
    (
        "en-vaccine-veltrin",
        "Veltrin malaria jab hits 77%",
        "Results from a trial in 4,800 children.",
        3.0,
    ),
    (
        "en-vaccine-veltrin",
        "Veltrin shares double on malaria data",
        "The biotech's stock rose 104% after the trial, which researchers called one of the "
        "strongest results for a malaria shot so far.",
        8.4,
    ),
    (
        "en-vaccine-veltrin",
        "Veltrin to seek approval for malaria vaccine in Ghana and Kenya",
        "A day after its trial results, the company said it would file in both countries in the "
        "spring and could make 30 million doses a year from 2028.",
        27.0,
    ),
    (
        "en-phone-norvik",
        "Norvik unveils Aero 9 with week-long battery",
        "The handset goes on sale on 18 December for £899 and the company claims seven days of "
        "use between charges.",
        33.0,
    ),
    (
        "en-phone-norvik",
        "Norvik's Aero 9 costs £899",
        "Seven-day battery is the headline feature.",
        33.5,
    ),
    (
        "en-phone-norvik",
        "Hands-on: Norvik Aero 9 is thick but lasts",
        "Our first impressions of the £899 phone, whose battery is bigger than any rival's, are "
        "good, though it weighs 240g.",
        40.0,
    ),
    (
        "en-chip-semtrel",
        "Semtrel to build £2bn chip plant in South Wales",
        "The chipmaker will create 1,500 jobs at a site near Pontcaer, with production due to "
        "start in 2029.",
        76.2,
    ),
    (
        "en-chip-semtrel",
        "1,500 jobs at Semtrel plant",
        "The chip factory near Pontcaer is due to open by 2029.",
        76.7,
    ),
    (
        "en-chip-semtrel",
        "Pontcaer celebrates two-billion-pound chip factory",
        "Council leader Sian Rowlands said the Semtrel plant was the biggest private investment "
        "the valley had seen in 50 years.",
        80.4,
    ),
    (
        "en-breach-cartwell",
        "Cartwell warns 2.3 million customers after data breach",
        "The retailer said names, addresses and partial card numbers had been taken by hackers "
        "who got into a supplier's system.",
        96.5,
    ),
    (
        "en-breach-cartwell",
        "Cartwell hack hits 2.3m shoppers",
        "Card details partly exposed, the retailer says.",
        97.0,
    ),
    (
        "en-breach-cartwell",
        "How the Cartwell hackers got in",
        "The breach of 2,300,000 accounts began at a delivery contractor, Cartwell's technology "
        "chief said, adding that passwords were not taken.",
        102.5,
    ),
    (
        "en-breach-cartwell",
        "Data watchdog opens inquiry into Cartwell hack",
        "The Information Commissioner's Office said on Saturday it was investigating how details "
        "of 2.3 million Cartwell customers were taken, and whether the retailer told them quickly "
        "enough.",
        122.0,
    ),
    (
        "en-outage-halberd",
        "Halberd Bank app down for six hours",
        "Customers were unable to log in or make payments from 7am to 1pm on Sunday after what "
        "the bank called a faulty update.",
        157.5,
    ),
    (
        "en-outage-halberd",
        "Halberd customers locked out of app",
        "Faulty update blamed for the failure.",
        158.1,
    ),
    (
        "en-prize-hawthorne",
        "Adaeze Moor wins Hawthorne Prize for The Salt Ledger",
        "The debut novel, set among dockworkers in 1890s Liverpool, took the £50,000 award at a "
        "ceremony in London on Wednesday.",
        69.0,
    ),
    (
        "en-prize-hawthorne",
        "Hawthorne Prize to debut novelist",
        "Moor's The Salt Ledger takes £50k award.",
        69.5,
    ),
    (
        "en-prize-hawthorne",
        "'I wrote it on night shifts': Hawthorne winner Moor",
        "The former nurse said she finished the novel in hospital canteens and would spend her "
        "prize money on time to write the next one.",
        73.0,
    ),
    (
        "en-auction-pellhams",
        "Lost Grimshaw seascape fetches £9.2m",
        "A painting missing for a century sold at Pellham's in London on Friday to a telephone "
        "bidder, three times its estimate.",
        112.5,
    ),
    (
        "en-auction-pellhams",
        "Grimshaw sells for £9.2 million",
        "Rediscovered seascape triples its estimate.",
        113.0,
    ),
    (
        "en-auction-pellhams",
        "Family found £9,200,000 painting behind wardrobe",
        "The owners said the canvas had hung in a spare bedroom in Whitby-on-Tees before an "
        "expert spotted it during a valuation.",
        115.5,
    ),
    (
        "en-theatre-lyceum",
        "Brockhurst's Grand Lyceum to close after 120 years",
        "The trust running the theatre said repairs costing £14m were beyond it and the final "
        "show would be the pantomime in January.",
        21.0,
    ),
    (
        "en-theatre-lyceum",
        "Grand Lyceum curtain to fall",
        "Brockhurst theatre cannot afford £14m repairs.",
        21.5,
    ),
    (
        "en-theatre-lyceum",
        "Anonymous donor offers £2m to save Grand Lyceum",
        "The trust that announced the closure of Brockhurst's theatre on Monday said a pledge "
        "received overnight covered a seventh of the £14m repair bill.",
        44.0,
    ),
    (
        "en-tickets-fernbank",
        "Fernbank festival sells out in 40 minutes",
        "All 80,000 tickets for next summer's event went on Monday morning, with resale sites "
        "already asking double.",
        12.0,
    ),
    (
        "en-tickets-fernbank",
        "Fernbank sold out",
        "80,000 tickets gone in under an hour.",
        12.6,
    ),
    (
        "en-single-quillon-bakery",
        "Quillon opens bakery in Leamore",
        "Quillon Foods has started production at a new bread plant in Leamore that will employ "
        "220 people when it reaches full output next year.",
        60.5,
    ),
    (
        "en-single-ledworth-stand",
        "Ledworth Rangers get go-ahead for new stand",
        "Councillors approved plans to add 4,000 seats to Kingsmead's east side, taking the "
        "ground's capacity to 19,500 by 2028.",
        90.0,
    ),
    (
        "en-single-fenmoor-library",
        "Fenmoor University opens £30m science library",
        "The five-storey building on the Westgate campus houses 400,000 books and study space for "
        "1,800 students.",
        112.0,
    ),
    (
        "en-single-norvik-repair",
        "Norvik opens repair hub in Bracknell",
        "The phone maker's new centre will fix up to 3,000 handsets a week and cut waits for "
        "screen repairs to two days.",
        129.0,
    ),
    (
        "en-single-hawthorne-judges",
        "Hawthorne Prize names next year's judges",
        "Broadcaster Kemi Lawal will chair a five-strong panel that includes a bookseller and a "
        "former prize winner.",
        160.0,
    ),
    # --- German ---
    (
        "de-stellenabbau-kessler-hohenwald",
        "Kessler Antriebstechnik streicht 1.200 Stellen",
        "Der Getriebehersteller aus Hohenwald will bis Ende 2027 rund 1.200 seiner 5.400 "
        "Arbeitsplätze abbauen, vor allem in der Fertigung, wie das Unternehmen am Montag "
        "mitteilte.",
        11.0,
    ),
    (
        "de-stellenabbau-kessler-hohenwald",
        "Kessler baut 1200 Jobs ab",
        "Der Getriebebauer aus Hohenwald kündigt ein Sparprogramm an.",
        11.4,
    ),
    (
        "de-stellenabbau-kessler-hohenwald",
        "IG Metall kündigt Widerstand gegen Kessler-Pläne an",
        "Die Gewerkschaft nannte den Abbau von 1.200 Stellen in Hohenwald einen Schlag ins "
        "Gesicht der Belegschaft und kündigte Warnstreiks für die kommende Woche an.",
        16.0,
    ),
    (
        "de-stellenabbau-kessler-hohenwald/zahlen",
        "Kessler rutscht im dritten Quartal in die Verlustzone",
        "Der Getriebehersteller meldete am Donnerstag einen Verlust von 42 Millionen Euro nach "
        "einem Gewinn von 18 Millionen im Vorjahreszeitraum, der Umsatz sank um elf Prozent.",
        79.5,
    ),
    (
        "de-stellenabbau-kessler-hohenwald/zahlen",
        "Kessler: 42 Mio. Euro Minus im Quartal",
        "Umsatz des Getriebebauers fällt um elf Prozent.",
        80.1,
    ),
    (
        "de-preprint-grauwald",
        "Regenwürmer schleppen Mikroplastik in tiefe Bodenschichten",
        "Forscher des Instituts für Bodenökologie in Grauwald haben beobachtet, dass Würmer "
        "Plastikteilchen bis in 60 Zentimeter Tiefe tragen; die Arbeit ist als "
        "Vorabveröffentlichung erschienen und noch nicht begutachtet.",
        30.0,
    ),
    (
        "de-preprint-grauwald",
        "Würmer verteilen Plastik im Boden",
        "Noch nicht begutachtete Studie aus Grauwald.",
        31.2,
    ),
    (
        "de-preprint-grauwald",
        "„Der Boden ist kein Endlager“",
        "Studienleiterin Anke Vossberg über ihre Vorabstudie zu Regenwürmern und Mikroplastik und "
        "warum sie nun Felder in drei Bundesländern untersuchen will.",
        36.5,
    ),
    (
        "de-preprint-grauwald/pilze",
        "Pilznetzwerke helfen Buchen durch Dürrejahre",
        "Eine im Fachjournal veröffentlichte Studie des Grauwalder Instituts für Bodenökologie "
        "zeigt, dass Buchen mit dichtem Pilzgeflecht im Trockensommer 30 Prozent weniger Laub "
        "verloren.",
        60.0,
    ),
    (
        "de-preprint-grauwald/pilze",
        "Pilze als Dürrehelfer für Buchen",
        "Grauwalder Forscher werteten 900 Bäume aus.",
        61.0,
    ),
    (
        "de-inflation-nordmark",
        "Inflation in Nordmark sinkt auf 2,3 Prozent",
        "Die Verbraucherpreise lagen im November um 2,3 Prozent über dem Vorjahresmonat, teilte "
        "das Statistische Landesamt am Dienstag mit; im Oktober waren es noch 2,7 Prozent.",
        34.0,
    ),
    (
        "de-inflation-nordmark",
        "Teuerung in Nordmark bei 2,3 %",
        "Landesamt meldet Rückgang gegenüber Oktober.",
        34.3,
    ),
    (
        "de-inflation-nordmark",
        "Heizöl billiger, Butter teurer: Die Preise im November",
        "Vor allem Energie drückte die Teuerungsrate in Nordmark auf 2,3 Prozent, Lebensmittel "
        "kosteten dagegen 4,1 Prozent mehr als vor einem Jahr.",
        38.0,
    ),
    (
        "de-inflation-nordmark/arbeitslose",
        "Arbeitslosenquote in Nordmark steigt auf 6,1 Prozent",
        "Im November waren nach Angaben des Statistischen Landesamts 88.400 Menschen ohne Arbeit, "
        "3.200 mehr als im Vormonat.",
        80.5,
    ),
    (
        "de-inflation-nordmark/arbeitslose",
        "Mehr Arbeitslose in Nordmark",
        "Quote klettert im November auf 6,1 %.",
        81.0,
    ),
    (
        "de-boerse-halvor",
        "Halvor Robotik legt Ausgabepreis bei 24 Euro fest",
        "Der Roboterbauer aus Mühlbach nimmt bei seinem Börsengang rund 600 Millionen Euro ein, "
        "die Aktie soll am Donnerstag erstmals gehandelt werden.",
        58.0,
    ),
    (
        "de-boerse-halvor",
        "Halvor: Börsengang zu 24 Euro",
        "Roboterbauer sammelt 600 Mio. Euro ein.",
        58.5,
    ),
    (
        "de-boerse-halvor",
        "Halvor-Aktie startet mit Kurssprung",
        "Das erste Papier wechselte am Donnerstag für 27,80 Euro den Besitzer, knapp 16 Prozent "
        "über dem Ausgabepreis von 24 Euro.",
        83.0,
    ),
    (
        "de-spiel-rabenau",
        "FC Rabenau dreht Spiel gegen SV Eichtal",
        "Nach 0:2-Rückstand zur Pause gewann Rabenau am Samstag noch mit 3:2, den Siegtreffer "
        "erzielte Jonas Petersik in der Nachspielzeit.",
        140.0,
    ),
    (
        "de-spiel-rabenau",
        "Rabenau schlägt Eichtal 3:2",
        "Petersik trifft in der Nachspielzeit.",
        140.4,
    ),
    (
        "de-spiel-rabenau",
        "Eichtal-Trainer: „Wir haben uns selbst geschlagen“",
        "Nach der 2:3-Niederlage in Rabenau haderte Trainer Uwe Klingbeil mit zwei Fehlern seines "
        "Torwarts in der zweiten Hälfte.",
        143.0,
    ),
    (
        "de-preis-sommerfeld",
        "Lea Sommerfeld erhält den Brenner-Buchpreis",
        "Die Berliner Autorin wird für ihren Roman „Die Fährfrau“ ausgezeichnet, der mit 25.000 "
        "Euro dotierte Preis wird im Februar verliehen.",
        66.0,
    ),
    (
        "de-preis-sommerfeld",
        "Brenner-Preis für „Die Fährfrau“",
        "25.000 Euro für Lea Sommerfeld.",
        66.6,
    ),
    (
        "de-preis-sommerfeld",
        "Sommerfeld: „Ich habe nicht mit dem Preis gerechnet“",
        "Die Preisträgerin sprach im Interview über ihren Roman, der von einer Fährfrau an der "
        "Elbe im Jahr 1945 erzählt.",
        72.0,
    ),
    (
        "de-asteroid-falkenstein",
        "Sternwarte Falkenstein entdeckt erdnahen Asteroiden",
        "Der etwa 140 Meter große Brocken wird im März in rund vier Millionen Kilometern "
        "Entfernung an der Erde vorbeifliegen, eine Gefahr besteht nicht.",
        100.0,
    ),
    (
        "de-asteroid-falkenstein",
        "Neuer Asteroid von Falkenstein aus gesichtet",
        "Rund 140 m groß, keine Gefahr für die Erde.",
        100.8,
    ),
    (
        "de-werk-voltaro",
        "Voltaro baut Batteriewerk für 2,1 Milliarden Euro",
        "Der Batteriehersteller will in Mühlbach ab 2028 Zellen für Elektroautos fertigen und "
        "dort 1.800 Arbeitsplätze schaffen.",
        9.0,
    ),
    (
        "de-werk-voltaro",
        "1.800 Jobs: Voltaro kommt nach Mühlbach",
        "Batteriewerk für 2,1 Mrd. Euro geplant.",
        9.5,
    ),
    (
        "de-werk-voltaro",
        "Mühlbach jubelt über Voltaro-Fabrik",
        "Bürgermeisterin Petra Hallmann sprach von der größten Ansiedlung in der Geschichte der "
        "Stadt und rechnet mit Hunderten weiteren Stellen bei Zulieferern.",
        14.0,
    ),
    (
        "de-werk-voltaro",
        "Land Nordmark gibt 300 Millionen für Voltaro-Werk",
        "Einen Tag nach der Ankündigung der Batteriefabrik in Mühlbach hat das Kabinett "
        "Fördergeld für die Ansiedlung zugesagt, die EU-Kommission muss noch zustimmen.",
        33.0,
    ),
    (
        "de-single-halvor-azubi",
        "Halvor Robotik eröffnet Ausbildungszentrum",
        "Der Roboterbauer hat in Mühlbach eine Lehrwerkstatt für 120 Auszubildende eingeweiht, "
        "sie kostete nach Angaben des Unternehmens acht Millionen Euro.",
        120.5,
    ),
    # --- French ---
    (
        "fr-lancement-heron",
        "Orbitalys met en orbite le satellite Héron-2",
        "Le satellite d'observation de 800 kilos a décollé mardi soir de Kourou et a transmis ses "
        "premiers signaux une heure plus tard, a annoncé la société toulousaine.",
        42.0,
    ),
    (
        "fr-lancement-heron",
        "Héron-2 est en orbite",
        "Premier signal reçu une heure après le décollage.",
        42.5,
    ),
    (
        "fr-lancement-heron",
        "Héron-2 : un succès attendu pour Orbitalys",
        "Pour son patron Hugo Delmas, le lancement du satellite prouve que l'entreprise peut "
        "tenir le rythme de quatre tirs par an.",
        46.0,
    ),
    (
        "fr-lancement-heron/capsule",
        "La capsule Mistral d'Orbitalys rentre avec ses échantillons",
        "L'engin a amerri vendredi au large des Açores après 40 jours en orbite, avec à bord des "
        "cristaux de protéines cultivés en apesanteur.",
        118.0,
    ),
    (
        "fr-lancement-heron/capsule",
        "Retour réussi pour la capsule Mistral",
        "Amerrissage au large des Açores après 40 jours.",
        118.6,
    ),
    (
        "fr-chomage-val-dorme",
        "Le chômage recule à 7,4 % dans le Val-d'Orme",
        "Selon l'Observatoire économique régional, le taux de chômage a baissé de 0,3 point au "
        "troisième trimestre, une première depuis deux ans.",
        28.0,
    ),
    (
        "fr-chomage-val-dorme",
        "Val-d'Orme : chômage à 7,4 %",
        "Baisse de 0,3 point sur le trimestre.",
        28.5,
    ),
    (
        "fr-chomage-val-dorme/immobilier",
        "Les prix des logements baissent de 2 % dans le Val-d'Orme",
        "L'Observatoire économique régional constate un recul des prix des appartements anciens "
        "sur un an, plus marqué à Brélac qu'à la campagne.",
        74.0,
    ),
    (
        "fr-chomage-val-dorme/immobilier",
        "Immobilier : les prix reculent dans le Val-d'Orme",
        "Deux pour cent de moins en un an pour l'ancien.",
        75.0,
    ),
    (
        "fr-rachat-vignal",
        "Le groupe Vignal rachète Lactéa pour 850 millions d'euros",
        "Le géant de l'agroalimentaire met la main sur le fabricant de yaourts bio, qui emploie 1 "
        "300 personnes dans l'Ouest.",
        8.0,
    ),
    (
        "fr-rachat-vignal",
        "Vignal s'offre Lactéa",
        "Une opération à 850 M€ dans les produits laitiers.",
        8.4,
    ),
    (
        "fr-rachat-vignal",
        "Rachat de Lactéa : les salariés veulent des garanties",
        "Les syndicats demandent à Vignal de s'engager sur le maintien des trois usines de Lactéa "
        "après une transaction de 0,85 milliard d'euros.",
        13.0,
    ),
    (
        "fr-rugby-sainte-orle",
        "Le Stade Sainte-Orle renverse Montclar",
        "Menés de onze points à la mi-temps, les Orlois se sont imposés 27-24 samedi grâce à un "
        "essai de Baptiste Ferrand à la dernière minute.",
        136.0,
    ),
    (
        "fr-rugby-sainte-orle",
        "Sainte-Orle s'impose 27 à 24",
        "Essai de Ferrand à la dernière minute.",
        136.5,
    ),
    (
        "fr-rugby-sainte-orle",
        "Ferrand, le héros du Stade",
        "L'ailier de 21 ans raconte l'essai qui a offert la victoire à Sainte-Orle contre "
        "Montclar, son premier en championnat.",
        139.0,
    ),
    (
        "fr-prix-bd-brelac",
        "Le festival de la BD de Brélac couronne Inès Marchetti",
        "Son album « Les Nuits de la Verrerie » a reçu dimanche le Grand Prix du festival, qui a "
        "attiré 45 000 visiteurs en trois jours.",
        160.0,
    ),
    (
        "fr-prix-bd-brelac",
        "Grand Prix de Brélac pour Inès Marchetti",
        "Son album sur une verrerie ouvrière est primé.",
        160.5,
    ),
    (
        "fr-plan-morand",
        "Textiles Morand annonce 430 suppressions de postes",
        "L'entreprise de linge de maison va fermer son site de Saint-Véran et réduire l'activité "
        "à Lordes, invoquant la concurrence asiatique.",
        55.0,
    ),
    (
        "fr-plan-morand",
        "430 emplois menacés chez Morand",
        "La fermeture du site de Saint-Véran est prévue pour l'an prochain.",
        55.5,
    ),
    (
        "fr-plan-morand",
        "À Saint-Véran, la colère après l'annonce de Morand",
        "Devant l'usine, les salariés ont appris mercredi que le site fermerait l'an prochain, "
        "une partie des 430 postes supprimés.",
        60.0,
    ),
    (
        "fr-plan-morand",
        "Morand précise le calendrier des suppressions de postes",
        "Au lendemain de l'annonce, la direction a indiqué que les départs volontaires seraient "
        "proposés d'abord et que 120 salariés pourraient être reclassés à Lordes.",
        80.0,
    ),
    (
        "fr-etude-abeilles",
        "Les abeilles des villes vivent plus longtemps, selon une étude",
        "Des chercheurs de l'université de Brélac ont suivi 2 000 ruches pendant trois ans et "
        "constaté une mortalité hivernale inférieure de 18 % en ville.",
        78.0,
    ),
    (
        "fr-etude-abeilles",
        "Abeilles : la ville plus sûre que les champs ?",
        "Étude sur 2 000 ruches pendant trois ans.",
        78.5,
    ),
    (
        "fr-etude-abeilles",
        "Pourquoi les abeilles urbaines résistent mieux",
        "Moins de pesticides et plus de fleurs variées expliqueraient l'écart observé par "
        "l'équipe de Brélac, estime l'entomologiste Claire Aubin.",
        84.0,
    ),
    (
        "fr-levee-nuvea",
        "La start-up Nuvéa lève 120 millions d'euros",
        "La jeune pousse lyonnaise, qui développe des logiciels de prévision météo pour les "
        "agriculteurs, boucle l'une des plus grosses levées de l'année.",
        101.0,
    ),
    (
        "fr-levee-nuvea",
        "Nuvéa boucle un tour de table de 120 M€",
        "La météo agricole attire les investisseurs.",
        101.5,
    ),
    (
        "fr-cyclisme-arnaud",
        "Mathis Arnaud s'impose au sommet du col de la Brèche",
        "Le grimpeur de 23 ans a remporté vendredi la troisième étape du Tour des "
        "Cévennes-Orientales avec 42 secondes d'avance.",
        111.0,
    ),
    (
        "fr-cyclisme-arnaud",
        "Arnaud gagne au col de la Brèche",
        "42 secondes d'avance pour le jeune grimpeur.",
        111.5,
    ),
    (
        "fr-cyclisme-arnaud",
        "Arnaud, nouveau maillot jaune des Cévennes-Orientales",
        "Grâce à son succès d'étape, le coureur prend la tête du classement général avec 31 "
        "secondes sur son dauphin.",
        114.0,
    ),
    (
        "fr-single-vignal-usine",
        "Vignal inaugure une usine de desserts à Pontlieu",
        "Le groupe a investi 60 millions d'euros dans ce site qui emploiera 150 personnes d'ici "
        "la fin de l'année prochaine.",
        130.0,
    ),
    (
        "fr-festival-jazz-orle",
        "Le festival Jazz en Orle dévoile sa programmation",
        "Trente concerts sont prévus en juillet à Sainte-Orle, avec en tête d'affiche la pianiste "
        "Amélie Roux et le trompettiste Idris Kané.",
        15.0,
    ),
    (
        "fr-festival-jazz-orle",
        "Jazz en Orle : l'affiche est connue",
        "Amélie Roux et Idris Kané en vedette cet été.",
        15.4,
    ),
    # --- Spanish ---
    (
        "es-liga-valdelosa",
        "El CD Valdelosa gana 2-0 al Atlético Rivera",
        "Dos goles de Iker Salcedo en la segunda parte dieron al Valdelosa su tercera victoria "
        "seguida en la liga el miércoles por la noche.",
        71.0,
    ),
    (
        "es-liga-valdelosa",
        "Salcedo tumba al Rivera",
        "Doblete del delantero para el 2-0 del Valdelosa.",
        71.4,
    ),
    (
        "es-liga-valdelosa",
        "El Valdelosa ya mira a los puestos de ascenso",
        "Con el triunfo por dos a cero ante el Rivera, el equipo de Ramón Iturbe se coloca a un "
        "punto del cuarto clasificado.",
        73.5,
    ),
    (
        "es-liga-valdelosa/copa",
        "El Valdelosa cae en la Copa ante un equipo de Tercera",
        "El CD Valdelosa perdió 1-0 el sábado en el campo del modesto UD Salinetas y quedó "
        "eliminado en la segunda ronda del torneo.",
        139.0,
    ),
    (
        "es-liga-valdelosa/copa",
        "Sorpresa copera: el Salinetas elimina al Valdelosa",
        "Un gol de penalti en el minuto 80 decide la eliminatoria.",
        139.5,
    ),
    (
        "es-app-liria",
        "Banco Liria lanza Pagaya, su aplicación de pagos entre amigos",
        "La nueva app permite enviar hasta 1.000 euros al día con el número de móvil y estará "
        "disponible para los 3,2 millones de clientes del banco.",
        10.0,
    ),
    (
        "es-app-liria",
        "Llega Pagaya, la app de Banco Liria",
        "Pagos de hasta mil euros diarios con el móvil.",
        10.4,
    ),
    (
        "es-app-liria",
        "Pagaya, la apuesta de Liria para ganar clientes jóvenes",
        "El consejero delegado, Álvaro Quintana, explicó que el banco ha invertido 40 millones en "
        "la aplicación y espera un millón de usuarios en un año.",
        15.0,
    ),
    (
        "es-app-liria/caida",
        "Caída de la app Pagaya durante cinco horas",
        "Miles de clientes de Banco Liria no pudieron hacer pagos el jueves por la mañana por un "
        "fallo en los servidores, tres días después del lanzamiento.",
        80.0,
    ),
    (
        "es-app-liria/caida",
        "Pagaya deja de funcionar",
        "El banco atribuye la avería a un fallo de servidores.",
        80.6,
    ),
    (
        "es-paro-castilnuevo",
        "El paro baja medio punto en Castilnuevo",
        "El Instituto de Estadística regional situó la tasa de desempleo en el 11,2 % en el "
        "tercer trimestre, frente al 11,7 % del trimestre anterior.",
        35.0,
    ),
    (
        "es-paro-castilnuevo",
        "Castilnuevo: el desempleo cae un 0,5 %",
        "La tasa se queda en el 11,2 por ciento.",
        35.5,
    ),
    (
        "es-paro-castilnuevo/ipc",
        "Los precios suben un 2,8 % en Castilnuevo",
        "El Instituto de Estadística regional publicó el viernes el dato de inflación de "
        "noviembre, impulsado por la electricidad y los alimentos frescos.",
        108.0,
    ),
    (
        "es-paro-castilnuevo/ipc",
        "La inflación de Castilnuevo llega al 2,8 %",
        "Electricidad y alimentos tiran de los precios.",
        108.4,
    ),
    (
        "es-resultados-telmar",
        "Telmar gana 1.200 millones hasta septiembre",
        "La operadora de telecomunicaciones elevó su beneficio un 6 % en los nueve primeros meses "
        "del año gracias a la fibra y los contratos de empresas.",
        7.0,
    ),
    (
        "es-resultados-telmar",
        "Telmar: beneficio de 1.200 millones",
        "Sus ganancias crecen un 6 % tras nueve meses del año.",
        7.5,
    ),
    (
        "es-resultados-telmar",
        "Telmar mantiene el dividendo pese a la deuda",
        "La compañía pagará 0,30 euros por acción, aunque su deuda neta sigue por encima de los "
        "20.000 millones tras ganar 1,2 mil millones hasta septiembre.",
        12.0,
    ),
    (
        "es-fichaje-basket-duarte",
        "El Baloncesto Alhama ficha a Marcos Duarte",
        "El base internacional firma por dos temporadas tras salir del Club Náutico Verdemar, que "
        "recibirá 400.000 euros por su traspaso.",
        83.0,
    ),
    (
        "es-fichaje-basket-duarte",
        "Duarte, nuevo base del Alhama",
        "Dos temporadas y traspaso de 400.000 euros.",
        83.5,
    ),
    (
        "es-premio-alcaravan",
        "«La sal del norte» gana el Premio Alcaraván de cine",
        "La película de Nerea Olaizola se llevó el sábado el galardón principal del certamen, "
        "dotado con 60.000 euros, y el de mejor actriz.",
        141.0,
    ),
    (
        "es-premio-alcaravan",
        "Olaizola triunfa en el Alcaraván",
        "Su película «La sal del norte» logra dos premios.",
        141.5,
    ),
    (
        "es-premio-alcaravan",
        "Nerea Olaizola: «Este premio es para las mujeres del puerto»",
        "La directora dedicó el Alcaraván a las rederas que inspiraron su filme y anunció que "
        "rodará en Galicia su próximo proyecto.",
        145.0,
    ),
    (
        "es-estudio-olivos",
        "Los olivos pierden un 30 % de cosecha por la sequía, según un estudio",
        "Investigadores de la Universidad de Sierra Parda analizaron 500 fincas y calculan que "
        "las lluvias escasas de tres años recortaron casi un tercio la producción.",
        52.0,
    ),
    (
        "es-estudio-olivos",
        "La sequía se lleva un tercio de la aceituna",
        "Estudio en 500 fincas de la Universidad de Sierra Parda.",
        52.5,
    ),
    (
        "es-estudio-olivos",
        "Los olivareros piden ayudas tras el estudio de Sierra Parda",
        "Las cooperativas reclaman a la Junta un fondo de emergencia después de que la "
        "universidad cifrara en un 30 % la caída de la cosecha por la sequía.",
        75.0,
    ),
    (
        "es-ere-astillero",
        "Astilleros del Cantil plantea 300 despidos",
        "La empresa naval presentó el viernes un expediente de regulación de empleo que afecta a "
        "casi la mitad de su plantilla en Puerto Cantil.",
        106.0,
    ),
    (
        "es-ere-astillero",
        "ERE en Astilleros del Cantil",
        "La propuesta afecta a 300 trabajadores.",
        106.5,
    ),
    (
        "es-ere-astillero",
        "Los sindicatos convocan paros contra el ERE del Cantil",
        "Comisiones y la plantilla del astillero anuncian cuatro jornadas de huelga en diciembre "
        "contra los trescientos despidos.",
        112.0,
    ),
    (
        "es-single-telmar-sede",
        "Telmar estrena sede en Valdemoro Norte",
        "La operadora ha trasladado a 2.500 empleados a un nuevo campus de oficinas con placas "
        "solares en la cubierta.",
        150.0,
    ),
    (
        "es-maraton-hidalgo",
        "Lucía Hidalgo bate el récord del maratón de Puerto Cantil",
        "La atleta ganó el domingo con 2 horas, 21 minutos y 9 segundos, casi dos minutos menos "
        "que la marca anterior.",
        158.0,
    ),
    (
        "es-maraton-hidalgo",
        "Récord para Hidalgo en Puerto Cantil",
        "La corredora para el reloj en 2:21:09.",
        158.5,
    ),
    (
        "es-lanzamiento-coche-aurea",
        "Áurea presenta su primer coche eléctrico por 24.900 euros",
        "El fabricante de Vitoria quiere vender 40.000 unidades al año del Áurea Uno, con 420 "
        "kilómetros de autonomía.",
        57.0,
    ),
    (
        "es-lanzamiento-coche-aurea",
        "Áurea Uno: eléctrico por menos de 25.000 euros",
        "Autonomía de 420 km y ventas desde marzo.",
        57.5,
    ),
    # --- Italian ---
    (
        "it-campionato-castelmora",
        "Il Castelmora batte la Pro Serravalle 2-1",
        "Nel posticipo di lunedì sera la Virtus Castelmora ha vinto in rimonta grazie a un colpo "
        "di testa di Davide Rinaldi all'ultimo minuto.",
        22.5,
    ),
    (
        "it-campionato-castelmora",
        "Rinaldi salva il Castelmora",
        "Gol di testa al 94' per il 2-1 sulla Pro Serravalle.",
        22.9,
    ),
    (
        "it-campionato-castelmora",
        "Castelmora, rimonta e secondo posto",
        "Con la vittoria per due a uno sulla Serravalle la squadra di mister Gatti sale al "
        "secondo posto in classifica.",
        25.0,
    ),
    (
        "it-campionato-castelmora/coppa",
        "Coppa Italia di Serie C: il Castelmora esce ai rigori",
        "Dopo l'1-1 nei tempi regolamentari, la Virtus Castelmora è stata eliminata dal "
        "Sangiorgio dal dischetto mercoledì sera.",
        70.4,
    ),
    (
        "it-campionato-castelmora/coppa",
        "Castelmora fuori dalla coppa",
        "Decisivi i rigori contro il Sangiorgio.",
        70.8,
    ),
    (
        "it-festival-lagorosso",
        "Al festival di Lagorosso il premio del pubblico a «Terra bassa»",
        "Il film di Giulia Marchetti ha vinto mercoledì il premio del pubblico nella prima serata "
        "di premiazioni del festival del cinema.",
        69.0,
    ),
    (
        "it-festival-lagorosso",
        "«Terra bassa» piace al pubblico di Lagorosso",
        "Primo riconoscimento per Giulia Marchetti.",
        69.5,
    ),
    (
        "it-festival-lagorosso/chiusura",
        "Il Gabbiano d'oro di Lagorosso va a un film argentino",
        "La giuria ha assegnato sabato il premio principale a «El río quieto» di Tomás Ferreyra "
        "nella serata di chiusura del festival.",
        142.0,
    ),
    (
        "it-festival-lagorosso/chiusura",
        "Gabbiano d'oro a Ferreyra",
        "Chiusura del festival di Lagorosso con il film argentino.",
        142.6,
    ),
    (
        "it-festival-lagorosso/chiusura",
        "Lagorosso chiude con 38 mila spettatori",
        "Il direttore del festival Enrico Valli ha annunciato il record di presenze durante la "
        "cerimonia del Gabbiano d'oro.",
        145.0,
    ),
    (
        "it-trasferimento-scarpellini",
        "Scarpellini all'Atletico Sanvito per 18 milioni",
        "Il centrocampista lascia la Virtus Castelmora dopo tre stagioni, con un contratto fino "
        "al 2030 firmato lunedì.",
        13.0,
    ),
    (
        "it-trasferimento-scarpellini",
        "Ufficiale: Scarpellini al Sanvito",
        "Affare da 18 milioni di euro.",
        13.5,
    ),
    (
        "it-trasferimento-scarpellini",
        "Sanvito, il presidente: «Scarpellini è il nostro futuro»",
        "Il numero uno del club Franco Lodi ha spiegato che i diciotto milioni spesi per il "
        "centrocampista sono il più grande investimento della storia del Sanvito.",
        18.0,
    ),
    (
        "it-trasferimento-scarpellini/esordio",
        "Esordio amaro per Scarpellini: il Sanvito perde 0-2",
        "Il nuovo acquisto è uscito al 60' nella sconfitta casalinga contro il Vallerossa di "
        "martedì sera.",
        46.8,
    ),
    (
        "it-trasferimento-scarpellini/esordio",
        "Sanvito battuto all'esordio di Scarpellini",
        "Il Vallerossa vince 2-0 in trasferta.",
        47.2,
    ),
    (
        "it-conti-brembana",
        "Brembana Energia, utile a 540 milioni",
        "Nei primi nove mesi dell'anno la multiutility ha registrato un utile netto in crescita "
        "del 12 per cento, spinto dalle rinnovabili.",
        31.0,
    ),
    (
        "it-conti-brembana",
        "Brembana: utile +12%",
        "Nei nove mesi l'utile della multiutility sale a 540 milioni.",
        31.5,
    ),
    (
        "it-conti-brembana",
        "Brembana alza le stime per fine anno",
        "Dopo un utile di mezzo miliardo abbondante nei nove mesi, l'amministratore delegato "
        "Paola Crespi prevede di superare i 700 milioni a dicembre.",
        36.0,
    ),
    (
        "it-esuberi-casa-valtorre",
        "Casa Valtorre annuncia 280 esuberi",
        "La maison di moda fiorentina ridurrà il personale della sede e chiuderà il laboratorio "
        "di Prato entro giugno.",
        76.0,
    ),
    (
        "it-esuberi-casa-valtorre",
        "Moda, 280 esuberi da Valtorre",
        "Chiude il laboratorio di Prato.",
        76.5,
    ),
    (
        "it-esuberi-casa-valtorre",
        "Valtorre, i sindacati chiedono un tavolo in Regione",
        "Dopo l'annuncio dei 280 tagli, le sigle del tessile chiedono l'intervento della Toscana "
        "per salvare il laboratorio pratese.",
        82.0,
    ),
    (
        "it-esuberi-casa-valtorre",
        "Valtorre apre alle uscite volontarie",
        "Il giorno dopo l'annuncio dei 280 esuberi, l'azienda ha proposto ai sindacati un "
        "incentivo fino a 40 mila euro per chi lascia volontariamente il posto.",
        100.0,
    ),
    (
        "it-studio-montefosco",
        "Studio: il vulcano Monte Orfeo si gonfia di 4 centimetri l'anno",
        "I geologi dell'Università di Montefosco hanno misurato con i satelliti un lento "
        "sollevamento del suolo, che secondo loro non indica un'eruzione imminente.",
        103.0,
    ),
    (
        "it-studio-montefosco",
        "Monte Orfeo si solleva di 4 cm l'anno",
        "Studio dell'Università di Montefosco.",
        103.5,
    ),
    (
        "it-studio-montefosco",
        "Monte Orfeo, il sindaco di Roccafonda: «Nessun allarme»",
        "Dopo lo studio sul sollevamento di 4 centimetri l'anno, il comune ai piedi del vulcano "
        "ha comunque aggiornato il piano di evacuazione per le scuole.",
        126.0,
    ),
    (
        "it-lancio-ferroni",
        "Ferroni lancia la Lira elettrica a 32.900 euro",
        "La casa automobilistica torinese presenta la prima utilitaria a batteria della sua "
        "storia, con 380 chilometri di autonomia e consegne dalla primavera.",
        125.0,
    ),
    (
        "it-lancio-ferroni",
        "Lira, la prima elettrica di Ferroni",
        "Prezzo di 32.900 euro e 380 km di autonomia.",
        125.5,
    ),
    (
        "it-lancio-ferroni",
        "Abbiamo guidato la Lira di Ferroni",
        "Prima prova su strada per l'utilitaria elettrica da quasi trentatremila euro: comoda in "
        "città, meno in autostrada.",
        129.0,
    ),
    (
        "it-ciclismo-valdarno",
        "Bertolini vince il Gran Premio della Valdarna",
        "Il corridore toscano ha battuto in volata il belga Van Rooij domenica pomeriggio, al "
        "termine di 198 chilometri.",
        162.0,
    ),
    (
        "it-ciclismo-valdarno",
        "Volata vincente per Bertolini",
        "Van Rooij secondo nel Gran Premio della Valdarna.",
        162.5,
    ),
    (
        "it-single-brembana-parco",
        "Brembana inaugura un parco solare a Rovello",
        "Il nuovo impianto della multiutility produrrà energia per 25 mila famiglie e occupa 60 "
        "ettari di terreni agricoli dismessi.",
        147.0,
    ),
    (
        "it-premio-lanterna-dellorto",
        "Il premio Lanterna alla poetessa Anna Dell'Orto",
        "La giuria ha premiato la raccolta «Le ore salate», giudicata la migliore opera di poesia "
        "dell'anno, con un assegno di 15 mila euro.",
        88.0,
    ),
    (
        "it-premio-lanterna-dellorto",
        "Lanterna d'oro ad Anna Dell'Orto",
        "Premiata la raccolta «Le ore salate» della poetessa.",
        88.5,
    ),
    # --- Portuguese ---
    (
        "pt-festival-ribamar",
        "Festival de Curtas de Ribamar entrega prémio do júri jovem",
        "A curta-metragem «Maré Vazia», de Beatriz Lobo, foi distinguida na terça-feira pelo júri "
        "de estudantes, na primeira noite de prémios do festival.",
        46.0,
    ),
    (
        "pt-festival-ribamar",
        "«Maré Vazia» vence júri jovem em Ribamar",
        "Beatriz Lobo distinguida na primeira noite de prémios.",
        46.5,
    ),
    (
        "pt-festival-ribamar/grande-premio",
        "Grande Prémio de Ribamar para realizador cabo-verdiano",
        "O filme «Ilhéu», de Nuno Tavares Semedo, venceu no sábado o prémio principal do Festival "
        "de Curtas de Ribamar, no valor de 10 mil euros.",
        142.5,
    ),
    (
        "pt-festival-ribamar/grande-premio",
        "«Ilhéu» leva o Grande Prémio",
        "Nuno Tavares Semedo vence em Ribamar.",
        143.0,
    ),
    (
        "pt-app-lusocel",
        "Lusocel lança carteira digital para pagar com o telemóvel",
        "A operadora apresentou na terça-feira a aplicação Pronto, que permite pagar em 90 mil "
        "lojas e transferir até 2.500 euros por dia.",
        33.0,
    ),
    (
        "pt-app-lusocel",
        "Pronto: a nova carteira da Lusocel",
        "Pagamentos em 90 mil lojas a partir de hoje.",
        33.5,
    ),
    (
        "pt-app-lusocel",
        "Lusocel quer um milhão de utilizadores na Pronto até ao verão",
        "O presidente executivo, Rui Calado, disse que a carteira digital custou 25 milhões de "
        "euros e será gratuita para os clientes.",
        38.0,
    ),
    (
        "pt-app-lusocel/falha",
        "Falha deixa aplicação Pronto em baixo durante a manhã",
        "Os utilizadores da carteira digital da Lusocel não conseguiram pagar nem transferir "
        "dinheiro entre as 8h00 e as 11h30 desta quarta-feira.",
        62.0,
    ),
    (
        "pt-app-lusocel/falha",
        "Pronto em baixo: Lusocel pede desculpa",
        "Falha de três horas e meia na carteira digital.",
        62.5,
    ),
    (
        "pt-transferencia-mourao",
        "Tiago Mourão vendido ao Deportivo Salinas por 25 milhões",
        "O Sporting Clube de Alvarinho confirmou na segunda-feira a venda do extremo de 21 anos, "
        "a maior da história do clube.",
        20.0,
    ),
    (
        "pt-transferencia-mourao",
        "Mourão sai do Alvarinho por 25 milhões",
        "Venda recorde do clube minhoto.",
        20.5,
    ),
    (
        "pt-transferencia-mourao",
        "Alvarinho recebe vinte e cinco milhões por Mourão",
        "O presidente do clube, Fernando Abreu, garantiu que parte do dinheiro da venda será "
        "usada no novo centro de treinos.",
        24.0,
    ),
    (
        "pt-transferencia-mourao/estreia",
        "Mourão marca na estreia pelo Deportivo Salinas",
        "O extremo português precisou de 15 minutos para marcar o primeiro golo pelo novo clube, "
        "na vitória por 3-1 no sábado.",
        139.0,
    ),
    (
        "pt-transferencia-mourao/estreia",
        "Golo de estreia para Tiago Mourão",
        "Salinas vence por 3-1 com o reforço em destaque.",
        139.5,
    ),
    (
        "pt-lucro-lusopapel",
        "Lusopapel lucra 140 milhões até setembro",
        "A papeleira aumentou os lucros em 9% nos primeiros nove meses do ano, graças à subida "
        "dos preços da pasta de papel.",
        8.0,
    ),
    (
        "pt-lucro-lusopapel",
        "Lusopapel com lucro de 140 milhões",
        "Subida de 9% nos nove meses.",
        8.5,
    ),
    (
        "pt-lucro-lusopapel",
        "Lusopapel vai distribuir dividendo extraordinário",
        "Depois de lucrar 140 milhões de euros até setembro, a empresa propõe pagar 0,25 euros "
        "por ação aos acionistas no início do ano.",
        12.5,
    ),
    (
        "pt-despedimento-calcado",
        "Fábrica de calçado de Felgar vai despedir 220 trabalhadores",
        "A Sapatos Rocha, maior empregador do concelho, anunciou um despedimento coletivo por "
        "falta de encomendas do norte da Europa.",
        56.0,
    ),
    (
        "pt-despedimento-calcado",
        "Sapatos Rocha despede 220",
        "A falta de encomendas atinge a fábrica do concelho de Felgar.",
        56.5,
    ),
    (
        "pt-despedimento-calcado",
        "Felgar em choque com despedimento na Sapatos Rocha",
        "O presidente da câmara disse que as 220 pessoas afetadas representam quase um décimo da "
        "população ativa do concelho.",
        61.0,
    ),
    (
        "pt-despedimento-calcado",
        "Sapatos Rocha admite salvar 60 dos 220 postos",
        "A administração da fábrica de Felgar disse na quinta-feira que uma nova encomenda da "
        "Alemanha pode evitar parte do despedimento coletivo anunciado na véspera.",
        79.0,
    ),
    (
        "pt-estudo-sardinha",
        "Sardinha está a migrar para norte, revela estudo",
        "Investigadores da Universidade de Serrazes concluíram que os cardumes se deslocaram 150 "
        "quilómetros para norte em vinte anos devido ao aquecimento do mar.",
        86.0,
    ),
    (
        "pt-estudo-sardinha",
        "Sardinha foge para norte",
        "Estudo da Universidade de Serrazes aponta 150 km em 20 anos.",
        86.5,
    ),
    (
        "pt-estudo-sardinha",
        "Pescadores confirmam: a sardinha está mais longe",
        "Os mestres de Ribamar dizem gastar mais gasóleo para chegar aos cardumes, como mostra o "
        "estudo da universidade.",
        92.0,
    ),
    (
        "pt-premio-poesia-vidal",
        "Prémio de Poesia Serra da Luz para Marta Vidal",
        "A poetisa de Braga venceu com o livro «Casa de Sal», e vai receber 20 mil euros em "
        "cerimónia marcada para março.",
        105.0,
    ),
    (
        "pt-premio-poesia-vidal",
        "Marta Vidal vence Prémio Serra da Luz",
        "Livro «Casa de Sal» é o escolhido do júri.",
        105.5,
    ),
    (
        "pt-corrida-serrazes",
        "Ana Frade vence Meia Maratona de Serrazes com recorde",
        "A atleta do clube local cortou a meta em 1h08m12s, batendo por 40 segundos o recorde da "
        "prova, que juntou 6 mil corredores.",
        156.0,
    ),
    (
        "pt-corrida-serrazes",
        "Recorde para Ana Frade em Serrazes",
        "Meia maratona ganha em 1:08:12.",
        156.5,
    ),
    (
        "pt-single-lusopapel-floresta",
        "Lusopapel compra 3 mil hectares de floresta no Alentejo",
        "A papeleira vai plantar sobreiros e pinheiros nos terrenos, numa operação que não foi "
        "avaliada publicamente.",
        152.0,
    ),
    (
        "pt-satelite-aeon",
        "Satélite português Aeon-1 lançado com sucesso",
        "O pequeno satélite de 60 quilos, construído por uma empresa de Serrazes, vai medir a "
        "temperatura do mar ao largo dos Açores.",
        110.0,
    ),
    (
        "pt-satelite-aeon",
        "Aeon-1 já está em órbita",
        "Satélite de 60 kg vai vigiar o mar dos Açores.",
        110.5,
    ),
    # --- Dutch ---
    (
        "nl-banen-dekker",
        "Dekker Chemie schrapt 450 banen in Terwolde",
        "Het chemiebedrijf sluit een van zijn drie fabrieken in Terwolde omdat de vraag naar "
        "kunststofkorrels al twee jaar daalt, meldde het concern dinsdag.",
        29.0,
    ),
    (
        "nl-banen-dekker",
        "450 banen weg bij Dekker Chemie",
        "Fabriek in Terwolde gaat dicht.",
        29.5,
    ),
    (
        "nl-banen-dekker",
        "Terwolde geschrokken van sluiting Dekker-fabriek",
        "Wethouder Marieke Snijders noemt het verlies van 450 arbeidsplaatsen een zware klap voor "
        "de regio en wil met het bedrijf om tafel.",
        34.0,
    ),
    (
        "nl-banen-dekker/cijfers",
        "Dekker Chemie draait verlies in derde kwartaal",
        "Het bedrijf leed van juli tot en met september een nettoverlies van 31 miljoen euro, "
        "tegen een winst van 12 miljoen een jaar eerder.",
        55.0,
    ),
    (
        "nl-banen-dekker/cijfers",
        "Dekker in de rode cijfers",
        "Kwartaalverlies van 31 miljoen euro.",
        55.5,
    ),
    (
        "nl-app-oosterveld",
        "Bank Oosterveld lanceert betaalapp Kwik",
        "Met de nieuwe app kunnen klanten vanaf woensdag geld overmaken via een QR-code, tot 750 "
        "euro per dag.",
        57.0,
    ),
    (
        "nl-app-oosterveld",
        "Kwik: nieuwe app van Oosterveld",
        "Betalen met een QR-code tot 750 euro.",
        57.5,
    ),
    (
        "nl-app-oosterveld/storing",
        "Storing bij Kwik: betalen urenlang onmogelijk",
        "Klanten van Bank Oosterveld konden zaterdag bijna vier uur lang niet betalen met de app "
        "Kwik door een storing bij een leverancier.",
        132.0,
    ),
    (
        "nl-app-oosterveld/storing",
        "Kwik vier uur plat",
        "Oosterveld wijst naar een leverancier.",
        132.5,
    ),
    (
        "nl-overname-haven",
        "Havenbedrijf Maasdelta overgenomen voor 1,2 miljard",
        "Het Amerikaanse investeringsfonds Harbor Ridge betaalt 1,2 miljard euro voor de "
        "overslagbedrijven van Maasdelta in Rotterdam en Vlissingen.",
        9.0,
    ),
    (
        "nl-overname-haven",
        "Maasdelta in buitenlandse handen",
        "Het fonds betaalt 1200 miljoen euro voor de overslag.",
        9.5,
    ),
    (
        "nl-overname-haven",
        "Vakbond wil garanties na verkoop Maasdelta",
        "De bond vreest voor de 1.600 banen bij het havenbedrijf nu een investeringsfonds de "
        "eigenaar wordt.",
        14.0,
    ),
    (
        "nl-overname-haven",
        "Kabinet laat verkoop Maasdelta toetsen op veiligheid",
        "De minister van Economische Zaken wil weten of de overname door het fonds de haven "
        "kwetsbaar maakt, een dag nadat de deal van 1,2 miljard bekend werd.",
        32.0,
    ),
    (
        "nl-schaatsen-record",
        "Sanne de Wilde schaatst wereldrecord op de 3000 meter",
        "De Friezin reed zondag in Heerenveen 3.51,70, bijna een seconde sneller dan het oude "
        "record.",
        159.0,
    ),
    (
        "nl-schaatsen-record",
        "Wereldrecord voor De Wilde",
        "3.51,70 op de 3 kilometer.",
        159.5,
    ),
    (
        "nl-schaatsen-record",
        "De Wilde: 'Ik voelde het al na twee rondes'",
        "De wereldrecordhouder vertelt hoe ze na haar rit van 3.51,70 nauwelijks kon geloven wat "
        "er op het scorebord stond.",
        162.0,
    ),
    (
        "nl-studie-dijken",
        "Studie: oude dijken sterker dan gedacht",
        "Onderzoekers van de Hogeschool Dorrevelde testten 40 kilometer klei-dijk en concluderen "
        "dat veel versterkingen jaren later kunnen.",
        99.0,
    ),
    (
        "nl-studie-dijken",
        "Klei-dijken blijken sterker",
        "Onderzoek van Hogeschool Dorrevelde naar 40 km dijk.",
        99.5,
    ),
    (
        "nl-studie-dijken",
        "Waterschappen reageren voorzichtig op dijkstudie",
        "Het waterschap Lage Venen wil de resultaten uit Dorrevelde eerst zelf controleren "
        "voordat het werk aan dijken wordt uitgesteld.",
        104.0,
    ),
    (
        "nl-museumprijs-veendam",
        "Museum De Turfschuur wint museumprijs",
        "Het kleine museum in Veenhoven krijgt 100.000 euro voor de manier waarop het kinderen de "
        "geschiedenis van het veen laat beleven.",
        64.0,
    ),
    (
        "nl-museumprijs-veendam",
        "Turfschuur in de prijzen",
        "Museum uit Veenhoven krijgt een ton.",
        64.5,
    ),
    (
        "nl-voetbal-waalburg",
        "FC Waalburg wint ruim van VV Lemsterland",
        "Met twee doelpunten van Youssef Amrani won Waalburg vrijdagavond met 4-1 en staat het nu "
        "tweede in de eerste divisie.",
        118.0,
    ),
    (
        "nl-voetbal-waalburg",
        "Amrani leidt Waalburg naar 4-1",
        "Waalburg stijgt naar de tweede plaats.",
        118.5,
    ),
    (
        "nl-boot-elektrisch",
        "Scheepswerf De Vries presenteert elektrische veerboot",
        "De veerboot voor 300 passagiers vaart volledig op accu's en gaat in het voorjaar varen "
        "tussen Harlingerzijl en het eiland Oosterzand.",
        80.0,
    ),
    (
        "nl-boot-elektrisch",
        "Eerste elektrische veerboot van De Vries",
        "Plaats voor 300 passagiers, vaart vanaf het voorjaar.",
        80.5,
    ),
    (
        "nl-boot-elektrisch",
        "Oosterzanders blij met stille veerboot",
        "Eilandbewoners zijn tevreden dat de nieuwe elektrische boot van werf De Vries geen "
        "lawaai en dieselgeur meer geeft.",
        85.0,
    ),
    (
        "nl-single-oosterveld-kantoor",
        "Bank Oosterveld sluit kantoor in Dalfsen",
        "Het laatste bankkantoor van het dorp gaat in februari dicht, klanten kunnen terecht in "
        "een servicepunt in de bibliotheek.",
        160.0,
    ),
    (
        "nl-concert-orkest",
        "Kamerorkest Twentezoom kondigt afscheid dirigent aan",
        "Chef-dirigent Lotte van Rijn stopt na twaalf jaar bij het orkest, haar laatste concert "
        "is in juni in Enschede.",
        20.0,
    ),
    (
        "nl-concert-orkest",
        "Van Rijn stopt als dirigent",
        "Afscheid van het orkest na twaalf jaar.",
        20.5,
    ),
    # --- Russian ---
    (
        "ru-zapusk-sokol",
        "Компания «Северная орбита» вывела на орбиту спутник «Сокол-4»",
        "Спутник связи массой 450 килограммов стартовал в среду утром с космодрома под "
        "Мирноозёрском, через час с ним установили связь.",
        52.0,
    ),
    (
        "ru-zapusk-sokol",
        "«Сокол-4» на орбите",
        "Связь со спутником установлена через час после старта.",
        52.5,
    ),
    (
        "ru-zapusk-sokol",
        "Глава «Северной орбиты»: «Сокол-4» заработает через месяц",
        "Генеральный директор Артём Величко рассказал, что спутник обеспечит интернетом 200 "
        "посёлков на севере.",
        57.0,
    ),
    (
        "ru-zapusk-sokol/gruzovik",
        "Грузовой корабль «Северной орбиты» пристыковался к станции",
        "Беспилотный корабль «Вега-2» доставил в четверг вечером 1,3 тонны груза, в том числе "
        "оборудование для опытов с растениями.",
        91.0,
    ),
    (
        "ru-zapusk-sokol/gruzovik",
        "«Вега-2» у станции",
        "Корабль привёз 1300 килограммов грузов.",
        91.5,
    ),
    (
        "ru-preprint-pshenica",
        "Нижнегорские генетики вывели засухоустойчивую пшеницу",
        "Учёные Института генетики растений сообщили в препринте, что новый сорт даёт на 20% "
        "больше зерна в засуху; работа ещё не прошла рецензирование.",
        26.0,
    ),
    (
        "ru-preprint-pshenica",
        "Пшеница, которой не страшна засуха",
        "Препринт нижнегорских генетиков: урожай выше на пятую часть.",
        26.5,
    ),
    (
        "ru-preprint-pshenica",
        "Специалисты осторожно оценили работу о новой пшенице",
        "Независимые агрономы напомнили, что результаты лаборатории Ольги Каминской получены на "
        "опытных делянках и пока не проверены другими учёными.",
        31.0,
    ),
    (
        "ru-preprint-pshenica/kartofel",
        "Статья нижнегорских генетиков о картофеле вышла в научном журнале",
        "Лаборатория Ольги Каминской показала, что сорта с двумя изменёнными генами почти не "
        "поражаются фитофторой; исследование заняло четыре года.",
        113.0,
    ),
    (
        "ru-preprint-pshenica/kartofel",
        "Картофель против фитофторы",
        "Лаборатория Каминской опубликовала итоги четырёхлетней работы.",
        113.5,
    ),
    (
        "ru-pribyl-krasnolesk",
        "Краснолесский металлургический завод увеличил прибыль до 12,4 млрд рублей",
        "Чистая прибыль предприятия за девять месяцев выросла на 15%, сообщила пресс-служба "
        "завода в понедельник.",
        6.0,
    ),
    (
        "ru-pribyl-krasnolesk",
        "Прибыль завода в Краснолесске выросла на 15%",
        "За девять месяцев заработано 12,4 миллиарда.",
        6.5,
    ),
    (
        "ru-pribyl-krasnolesk",
        "Краснолесский завод направит прибыль на новый цех",
        "Генеральный директор Сергей Бельский сообщил, что часть из двенадцати с лишним "
        "миллиардов рублей пойдёт на цех по выпуску труб.",
        11.0,
    ),
    (
        "ru-sokrashchenie-volzhanka",
        "Автозавод «Волжанка» сократит 1500 рабочих",
        "Предприятие переходит на четырёхдневку и уволит до полутора тысяч человек из-за падения "
        "продаж, сообщили в профсоюзе.",
        75.0,
    ),
    (
        "ru-sokrashchenie-volzhanka",
        "На «Волжанке» уволят полторы тысячи",
        "Автозавод также вводит четырёхдневную неделю.",
        75.5,
    ),
    (
        "ru-sokrashchenie-volzhanka",
        "Власти области пообещали помочь уволенным с «Волжанки»",
        "Областной центр занятости откроет на заводе пункт переобучения для 1,5 тыс. работников, "
        "попавших под сокращение.",
        80.0,
    ),
    (
        "ru-sokrashchenie-volzhanka",
        "На «Волжанке» назвали цеха, где пройдут сокращения",
        "Как выяснилось на следующий день после объявления, полностью закроют сборочный цех номер "
        "два, где работают около 600 человек.",
        99.0,
    ),
    (
        "ru-hokkey-ledokol",
        "«Ледокол» обыграл «Тайфун» в овертайме",
        "Березовская команда победила со счётом 4:3, решающую шайбу на 63-й минуте забросил "
        "Кирилл Осадчий.",
        142.0,
    ),
    (
        "ru-hokkey-ledokol",
        "Осадчий принёс «Ледоколу» победу",
        "4:3 в овертайме против «Тайфуна».",
        142.5,
    ),
    (
        "ru-hokkey-ledokol",
        "Тренер «Тайфуна» недоволен судейством",
        "После поражения от «Ледокола» со счётом 3:4 наставник Игорь Рябов заявил, что победная "
        "шайба была заброшена из положения вне игры.",
        145.0,
    ),
    (
        "ru-premiya-roman",
        "Премию «Северное слово» получила Вера Лаптева",
        "Писательница из Архангельска награждена за роман «Зимник», премия составляет 1,5 млн "
        "рублей.",
        104.0,
    ),
    (
        "ru-premiya-roman",
        "Лаптева — лауреат «Северного слова»",
        "Роман «Зимник» получил полтора миллиона рублей.",
        104.5,
    ),
    (
        "ru-premiya-roman",
        "Вера Лаптева: «Зимник» я писала десять лет",
        "Лауреат премии рассказала о романе про дальнобойщиков на ледовых дорогах Севера.",
        108.0,
    ),
    (
        "ru-festival-teatr",
        "В Ольховце открылся театральный фестиваль «Белые ночи Ольховца»",
        "За девять дней на сценах города покажут 24 спектакля из 15 городов, первой сыграла "
        "труппа из Казани.",
        10.0,
    ),
    (
        "ru-festival-teatr",
        "Фестиваль театров стартовал в Ольховце",
        "24 спектакля за девять дней.",
        10.5,
    ),
    (
        "ru-issledovanie-ozero",
        "Учёные: озеро Светлое мелеет на 3 сантиметра в год",
        "Гидрологи Ольховецкого университета сравнили замеры за полвека и выяснили, что уровень "
        "воды в озере упал почти на полтора метра.",
        65.0,
    ),
    (
        "ru-issledovanie-ozero",
        "Озеро Светлое мелеет",
        "За полвека уровень упал почти на полтора метра.",
        65.5,
    ),
    (
        "ru-issledovanie-ozero",
        "Жители берега Светлого подтверждают: вода уходит",
        "Рыбаки рассказали, что старые мостки теперь стоят на суше, как и показало исследование "
        "университета.",
        70.0,
    ),
    (
        "ru-smartfon-zarya",
        "Компания «Заря» представила смартфон за 19 990 рублей",
        "Новый аппарат собран на заводе в Ольховце, продажи начнутся в январе, батареи хватит на "
        "два дня.",
        124.0,
    ),
    (
        "ru-smartfon-zarya",
        "Смартфон «Заря» дешевле двадцати тысяч",
        "Продажи начнутся в январе.",
        124.5,
    ),
    (
        "ru-single-krasnolesk-muzey",
        "При Краснолесском заводе открыли музей",
        "В экспозиции собраны 2 тысячи предметов, от первых слитков 1902 года до формы сталеваров "
        "советских лет.",
        155.0,
    ),
    (
        "ru-shahmaty-turnir",
        "Шахматистка Дарья Мельник выиграла турнир в Ольховце",
        "Восемнадцатилетняя спортсменка набрала 7,5 очка из 9 и на пол-очка опередила "
        "гроссмейстера Павла Зуева.",
        166.0,
    ),
    (
        "ru-shahmaty-turnir",
        "Мельник первая в Ольховце",
        "7,5 очка из девяти у юной шахматистки.",
        166.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "one firm's job cuts and its quarterly figures in the same week": (
        "en-cuts-harwick-steel/results",
        "de-stellenabbau-kessler-hohenwald/zahlen",
        "nl-banen-dekker/cijfers",
    ),
    "one team's league match and its cup tie days later": (
        "en-match-ashcombe-pellow/cup",
        "es-liga-valdelosa/copa",
        "it-campionato-castelmora/coppa",
    ),
    "one space firm's satellite launch and another of its missions in the same week": (
        "en-launch-kestrel/lander",
        "fr-lancement-heron/capsule",
        "ru-zapusk-sokol/gruzovik",
    ),
    "one festival's first prize night and its closing awards": (
        "en-festival-holloway-shorts/closing",
        "it-festival-lagorosso/chiusura",
        "pt-festival-ribamar/grande-premio",
    ),
    "one lab's preprint and a different published study by the same lab": (
        "en-preprint-ellsworth-sleep/infants",
        "de-preprint-grauwald/pilze",
        "ru-preprint-pshenica/kartofel",
    ),
    "a payment app's launch and its outage days later": (
        "es-app-liria/caida",
        "pt-app-lusocel/falha",
        "nl-app-oosterveld/storing",
    ),
    "one statistics office's two different releases in one week": (
        "de-inflation-nordmark/arbeitslose",
        "fr-chomage-val-dorme/immobilier",
        "es-paro-castilnuevo/ipc",
    ),
    "a player's transfer and his first match for the new club": (
        "en-transfer-okafor-hale/debut",
        "it-trasferimento-scarpellini/esordio",
        "pt-transferencia-mourao/estreia",
    ),
}
