"""A twenty-third check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 20: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans seven and a half days (7.0 to 180.0
hours, Monday morning to the next Monday noon). It holds 278 items under 124 labels: 94 stories and
30 hard negatives; 47 labels in English (111 items, 40% of the items), 15 in German, 11 in Spanish
and Italian, 10 in French, Portuguese, Dutch and Russian. Copies of one event are minutes to hours
apart (a wire flash or teaser first, then a local paper, a business or sport page, a quote-led
piece), and 12 labels have a follow-up 12 to 29 hours after the first copy (the Lenfield bug easing,
the Tarrow clean-up in Melbury, the Ellbridge boil notice lifted, talks on the Calder strike's
second day, the Wrenford girl found, Hagenau counting its hail damage, Claire Mounier's interview,
the Montferrand jeweller's account, the Villacastro children out of danger, the Hardewier lock
reopened, heating back on the Садовая, the Северогорск frost lasting to the weekend).

What is new against round 20: the hard negatives are grouped by how the two events relate, not by
one kind of event, so each category mixes event types, and each negative is placed as far from its
story as the two events really would be. The same place, another event within hours (9 to 14 hours:
a signal failure and an unattended bag at Harcross station, a trawler sunk in Porthallow harbour and
a boy pulled from the same harbour, a derailed wagon and a burnt-out kiosk at Kesselbach's station,
a burst heating main and a shop fire on one Красноборский street). The same place, another event
days later (79 to 103 hours: Lenfield Primary's norovirus outbreak and its robotics title, a trawler
fire and a diesel slick in Ambrac's port, a ship ramming the Hardewier lock and a cyclist rescued
there). The same actor, another event (9 to 99 hours: Corvane Airways' results and its fine,
Pellingham's mayor opening a library and her car hit by a van that evening, a Navalcruz mayor's
health centre and his retirement, Ferraluce's new plant and its advertising fine). The same kind of
event in another town on the same day (1 to 9 hours: floods at Melbury and Hexley, petrol-station
robberies at Kestwick and Dunmore, hail at Hagenau and a cloudburst at Tiefenbach, brazier
poisonings at Villacastro and Toral del Campo, cash machines blown up at Vila Formosa and
Carvalhal). A preview or shortlist and its report (30 to 78 hours: Ashvale v Brinford, the
Castelferro-Montalbo derby, the Saint-Alvère readers' prize). A recurring figure or draw, one
period's and another's (47.5 to 168 hours: one week's petrol survey and the next, Wednesday's
lottery draw and Saturday's, October's unemployment rate and November's registered jobless). An
announcement and its implementation (129 to 161 hours: the X9 airport bus, Rendorf's Tempo 30, a
dockers' strike at Alvarinho, Северогорск's bus fare). A story and an unrelated story that mentions
it as background (26 to 58 hours: Redline's winter timetable after its depot fire, Dunvale Water's
bill rise after the Ellbridge boil notice, a provincial snow plan after the statale 9 closure, a
refused barn permit near Oosterveld after a pig-shed fire), as real copy does ("the cuts were
planned before Monday's depot fire", "il giorno dopo la nevicata", "staat los van de stalbrand van
donderdag"). Seventeen hard negatives fall within 48 hours of their story, thirteen beyond it.

Items with one story label are one event as different outlets in one language would carry it. Copies
share what real coverage shares (a place, a name, the key number, the event noun), in their own
words: numbers change format (£318m / £318 million, 14.2 million / 14.2m, 3.5% / 3.5 per cent, 12
Millionen / 12 Mio. Euro, 4000 / 4.000, 2,1 milliards / 2,1 Md€, 200 000 euros / 200 000 €, 3,9 /
3.9, 2,1% / 2,1 por cento, 6 млн / шесть миллионов), names change form (Rosalind Achebe, Achebe,
"the mayor"; Deborah Oakes, Mrs Oakes; Claire Mounier, "la lauréate"; Tomás Bermejo, "el alcalde";
Сергей Ильин, Ильин), and 110 stories and hard negatives have a teaser copy whose lead is under 80
characters.

What "same story" means here, as in rounds 9 to 20: one event (one fire, one crash, one flood, one
robbery, one result, one fine, one opening, one verdict, one strike, one draw, one weekly or monthly
figure, one announcement, one first day, one find) in that event's news cycle, including a next-day
follow-up. Not the same story: another event of the same kind or with the same actor, even in the
same town, station, harbour, firm, council, club or series; a plan and the day it takes effect; a
preview and the match. A label with a suffix after a slash is a hard negative of the story before
the slash (categories in `HARD_NEGATIVES`). Fourteen stories are told by one outlet, each in a town
another story names (Garrowby's market, Melbury's roadworks, Lenfield's pool, Kestwick's bakery,
Harcross's film festival, Pellingham's choir, Moosbach's pool, Rendorf's Christmas market, Lussac's
pool, Toral's library, Castelferro's theatre, Vila Formosa's market, Oosterveld's museum,
Северогорск's theatre): they can only be merged falsely. Other pairs share a place or an actor but
not an event and are not listed as hard negatives (Brinford Rovers' cup tie and stadium, Lanbury
airport's X9 bus and drone, the Oakes trial at Calder and the Calder nurses' strike, the Montalbo
derby and the Montalbo school ceiling, the Eltzheim lottery winner and the Eltzheim maternity ward,
the Brenner cuts and the Ostheim verdict, Hardewier's lock and its skater, Westerlo's godwits and
its rail fault, the Ilyin verdict and the meteorite in the same district). No story has more than
four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs and teams are invented here; real bodies appear only as backdrop (the
Guardia di Finanza, the Antitrust, the Anas, the GNR, Rijkswaterstaat, Gedeputeerde Staten, British
Transport Police).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging docs,
nor the items of rounds 21 and 22 (round 20 was read in full for its format, and a scratch script
only checked that no label or text here repeats an earlier set's), and never run through the merging
code before its one scoring run (`python -m bench.stories --round23`). Once its errors have been
read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-signal-harcross",
        "Signal failure brings Harcross rush hour to a halt",
        "A signalling fault just outside Harcross station stopped all trains on the Coast Line "
        "from 6.40am on Monday, leaving thousands of commuters stranded on platforms.",
        7.0,
    ),
    (
        "en-signal-harcross",
        "Harcross trains halted",
        "Signal fault stops the Coast Line at rush hour.",
        7.3,
    ),
    (
        "en-signal-harcross",
        "Coast Line running again after Harcross signal fault",
        "Engineers replaced a burnt-out relay and services through Harcross resumed at 9.15am, "
        "though some trains were still up to an hour late.",
        9.6,
    ),
    (
        "en-signal-harcross/package",
        "Harcross station evacuated over unattended bag",
        "Police cleared Harcross station and its forecourt at about 5pm on Monday after a "
        "rucksack was found left by the ticket barriers.",
        17.5,
    ),
    (
        "en-signal-harcross/package",
        "Harcross station cleared",
        "A suspect bag was found by the barriers.",
        17.8,
    ),
    (
        "en-signal-harcross/package",
        "Bag at Harcross station 'contained gym kit'",
        "The rucksack that led to the station being cleared for an hour and a half was harmless, "
        "British Transport Police said; it had been forgotten by a student.",
        19.4,
    ),
    (
        "en-boat-porthallow",
        "Fishing boat sinks at its mooring in Porthallow",
        "The 12-metre trawler Morwenna went down in Porthallow harbour overnight into Wednesday; "
        "nobody was on board and the harbour master has put out booms to hold back diesel.",
        54.0,
    ),
    (
        "en-boat-porthallow",
        "Trawler sinks in Porthallow harbour",
        "Booms laid to contain fuel from the Morwenna.",
        54.4,
    ),
    (
        "en-boat-porthallow",
        "Porthallow skipper 'heartbroken' as salvage begins",
        "Skipper Alan Tregear, who has fished from the Morwenna for 20 years, said a failed "
        "seacock was the likely cause; divers will try to raise the boat on Friday.",
        58.0,
    ),
    (
        "en-boat-porthallow/swimmer",
        "Teenager pulled from water in Porthallow harbour",
        "A 16-year-old boy who jumped from the pier in Porthallow on Wednesday afternoon was "
        "pulled out by lifeboat crew suffering from cold shock.",
        63.0,
    ),
    (
        "en-boat-porthallow/swimmer",
        "Pier jumper rescued",
        "Lifeboat crew pull a boy from the harbour.",
        63.4,
    ),
    (
        "en-school-lenfield",
        "Vomiting bug closes classes at Lenfield Primary",
        "Almost 60 pupils and six staff at Lenfield Primary School are off sick with a norovirus "
        "outbreak, and the school has merged classes while it is deep-cleaned.",
        32.0,
    ),
    (
        "en-school-lenfield",
        "Norovirus at Lenfield school",
        "About 60 children are off with the bug.",
        32.3,
    ),
    (
        "en-school-lenfield",
        "Lenfield Primary says bug outbreak is easing",
        "Fewer than 20 pupils were absent on Wednesday, down from almost 60 the day before, "
        "after cleaners worked through the night.",
        60.0,
    ),
    (
        "en-school-lenfield/robotics",
        "Lenfield pupils win national robotics final",
        "A team of five ten-year-olds from Lenfield Primary beat 40 schools to win the junior "
        "robotics championship with a robot that sorts recycling.",
        111.0,
    ),
    (
        "en-school-lenfield/robotics",
        "Robot champions from Lenfield",
        "The recycling robot wins the junior title.",
        111.4,
    ),
    (
        "en-results-corvane",
        "Corvane Airways profit soars on record summer",
        "Corvane Airways made a pre-tax profit of £318 million in the six months to September, "
        "up from £241 million, after carrying a record 14.2 million passengers.",
        79.0,
    ),
    (
        "en-results-corvane",
        "Corvane profit up to £318m",
        "The airline carried a record 14.2m passengers.",
        79.3,
    ),
    (
        "en-results-corvane",
        "Corvane chief warns of higher fares next summer",
        "Chief executive Helen Brough said fares would rise because of airport charges, even as "
        "the airline reported a half-year profit of £318m.",
        82.0,
    ),
    (
        "en-results-corvane/fine",
        "Corvane Airways fined £2.3m over slow refunds",
        "The aviation regulator fined Corvane £2.3 million on Monday for taking up to five "
        "months to refund passengers whose flights were cancelled last winter.",
        178.0,
    ),
    (
        "en-results-corvane/fine",
        "Corvane fined by regulator",
        "The airline was too slow with refunds, watchdog says.",
        178.4,
    ),
    (
        "en-library-pellingham",
        "Pellingham opens its new library",
        "Mayor Rosalind Achebe cut the ribbon on Pellingham's £4.5m library on Tuesday morning, "
        "a glass building on Canal Street with a makerspace and 30,000 books.",
        35.0,
    ),
    (
        "en-library-pellingham",
        "New library for Pellingham",
        "The £4.5 million building opens on Canal Street.",
        35.3,
    ),
    (
        "en-library-pellingham/mayorcar",
        "Pellingham mayor unhurt after van hits her car",
        "A delivery van ran into the back of a car carrying Mayor Rosalind Achebe at traffic "
        "lights on the ring road on Tuesday evening; she was checked by paramedics and went "
        "home.",
        44.0,
    ),
    (
        "en-library-pellingham/mayorcar",
        "Mayor's car hit by van",
        "Achebe shaken but not hurt in the ring road collision.",
        44.3,
    ),
    (
        "en-flood-tarrow",
        "Homes evacuated as the Tarrow floods Melbury",
        "About 40 homes in Melbury were evacuated on Thursday morning after the river Tarrow "
        "rose almost two metres overnight and spilled into Bridge Street.",
        77.0,
    ),
    (
        "en-flood-tarrow",
        "Melbury flooding",
        "The river Tarrow is over its banks; 40 homes emptied.",
        77.3,
    ),
    (
        "en-flood-tarrow",
        "Tarrow falls and Melbury starts the clean-up",
        "Residents of Bridge Street returned on Friday to mud and ruined carpets as the river "
        "dropped back; the council will collect damaged furniture free of charge.",
        106.0,
    ),
    (
        "en-flood-tarrow/hexley",
        "Flash flood hits Hexley after culvert blocks",
        "Water poured down the high street in Hexley on Thursday afternoon when a culvert under "
        "the market square choked with leaves, flooding eight shops.",
        86.0,
    ),
    (
        "en-flood-tarrow/hexley",
        "Hexley high street is under water",
        "A blocked culvert floods eight shops in the town.",
        86.4,
    ),
    (
        "en-robbery-kestwick",
        "Armed robbers raid Kestwick petrol station",
        "Two men with a knife and a hammer threatened a cashier at the Moorside filling station "
        "in Kestwick at about 9pm on Saturday and escaped with cash and cigarettes.",
        141.5,
    ),
    (
        "en-robbery-kestwick",
        "Kestwick garage robbery",
        "Two men threatened a cashier with a knife.",
        141.8,
    ),
    (
        "en-robbery-kestwick",
        "Police release CCTV after Kestwick robbery",
        "Officers published images of two men in dark hoodies and asked drivers who passed the "
        "Moorside garage on Saturday night to check their dashcams.",
        150.0,
    ),
    (
        "en-robbery-kestwick/dunmore",
        "Shop worker threatened in Dunmore petrol station raid",
        "A man wearing a balaclava demanded money from the till of a petrol station on the "
        "Dunmore bypass late on Saturday; the worker was not hurt.",
        143.0,
    ),
    (
        "en-robbery-kestwick/dunmore",
        "Dunmore garage raided",
        "Police say the robbery is not linked to Kestwick.",
        143.4,
    ),
    (
        "en-cup-ashvale",
        "Ashvale ready for Brinford in cup tie, says Doyle",
        "Ashvale Town manager Steve Doyle says his side are fit and ready for Saturday's county "
        "cup quarter-final against Brinford Rovers at Mill Meadow.",
        106.0,
    ),
    (
        "en-cup-ashvale",
        "Ashvale v Brinford preview",
        "Doyle has a full squad for the quarter-final.",
        106.4,
    ),
    (
        "en-cup-ashvale/report",
        "Ashvale beat Brinford to reach cup semi-finals",
        "Two goals from Callum Reid helped Ashvale Town to a 3-1 win over Brinford Rovers at "
        "Mill Meadow on Saturday.",
        137.0,
    ),
    (
        "en-cup-ashvale/report",
        "Ashvale 3 Brinford 1",
        "Reid scores twice and Ashvale go through to the semis.",
        137.3,
    ),
    (
        "en-cup-ashvale/report",
        "Doyle hails 'best performance of the season'",
        "The Ashvale manager said his players had earned their county cup semi-final after "
        "beating Brinford 3-1.",
        140.0,
    ),
    (
        "en-fuel-weekly",
        "Petrol price falls for third week running",
        "The average price of a litre of unleaded fell to 141.2p this week, from 142.0p, "
        "according to the motoring group Roadwise's Monday survey.",
        11.0,
    ),
    (
        "en-fuel-weekly",
        "Petrol down to 141.2p",
        "Roadwise's weekly price check shows a third fall.",
        11.4,
    ),
    (
        "en-fuel-weekly/next",
        "Petrol prices rise again after three weeks of falls",
        "Unleaded went up to 142.6p a litre this week, from 141.2p, as the cost of crude rose, "
        "Roadwise's weekly survey found on Monday.",
        179.0,
    ),
    (
        "en-fuel-weekly/next",
        "Petrol back up to 142.6p",
        "The weekly survey ends three weeks of falls.",
        179.4,
    ),
    (
        "en-bus-x9",
        "Express bus to link Tollbridge and the airport",
        "Tollbridge council said on Tuesday that a new X9 express bus will run every 20 minutes "
        "between the town centre and Lanbury airport from next Monday.",
        38.0,
    ),
    (
        "en-bus-x9",
        "X9 airport bus announced",
        "The service starts next Monday, every 20 minutes.",
        38.3,
    ),
    (
        "en-bus-x9",
        "X9 airport bus will cost £4.50 a trip",
        "Fares on Tollbridge's new airport express will be £4.50 single, and the council is "
        "paying for it for two years with a £1.8m grant.",
        41.0,
    ),
    (
        "en-bus-x9/first",
        "First X9 buses roll out to Lanbury airport",
        "The first X9 express left Tollbridge bus station at 5.40am on Monday, with 11 "
        "passengers on board for the 25-minute run to the airport.",
        175.0,
    ),
    (
        "en-bus-x9/first",
        "X9 on the road",
        "Tollbridge's airport bus runs for the first time.",
        175.4,
    ),
    (
        "en-fire-garrowby",
        "Fire destroys buses at Garrowby depot",
        "Twelve buses were destroyed when fire swept through the Redline bus depot on Station "
        "Road in Garrowby on Monday night; no one was injured.",
        22.0,
    ),
    (
        "en-fire-garrowby",
        "Garrowby bus depot on fire",
        "Smoke seen across the town.",
        22.4,
    ),
    (
        "en-fire-garrowby",
        "Electrical fault blamed for Garrowby depot fire",
        "Fire investigators said a charging cable on an electric bus was the likely cause of the "
        "blaze that destroyed 12 vehicles at Redline's depot.",
        31.0,
    ),
    (
        "en-fire-garrowby/timetable",
        "Redline to cut evening buses in winter timetable",
        "Redline will stop running buses after 8pm on four Garrowby routes from January; the "
        "company said the cuts were planned before Monday's depot fire and follow falling "
        "passenger numbers.",
        80.0,
    ),
    (
        "en-fire-garrowby/timetable",
        "Redline evening cuts",
        "Four routes lose buses after 8pm in January.",
        80.4,
    ),
    (
        "en-water-ellbridge",
        "Boil water notice for 9,000 Ellbridge homes",
        "Dunvale Water told about 9,000 households in Ellbridge to boil tap water before "
        "drinking it after routine tests found bacteria at the Hollow Lane reservoir.",
        33.0,
    ),
    (
        "en-water-ellbridge",
        "Ellbridge told to boil water",
        "Bacteria found in routine tests at a reservoir.",
        33.4,
    ),
    (
        "en-water-ellbridge",
        "Ellbridge boil notice lifted",
        "Dunvale Water said tap water was safe to drink again from Wednesday morning after "
        "repeated clear tests.",
        57.0,
    ),
    (
        "en-water-ellbridge/tariff",
        "Dunvale Water bills to rise by 7%",
        "Dunvale Water will put its average bill up by 7 per cent in April to pay for new pipes, "
        "hours after lifting a boil-water notice in Ellbridge.",
        63.0,
    ),
    (
        "en-water-ellbridge/tariff",
        "Water bills up 7%",
        "Dunvale says the rise pays for pipes.",
        63.4,
    ),
    (
        "en-trial-oakes",
        "Care home manager goes on trial over neglect",
        "Deborah Oakes, 54, who ran the Beechgrove care home in Ludwell, denies five counts of "
        "wilful neglect of residents at the start of her trial at Calder Crown Court.",
        10.0,
    ),
    (
        "en-trial-oakes",
        "Beechgrove trial opens",
        "The former manager, Deborah Oakes, denies neglect.",
        10.4,
    ),
    (
        "en-trial-oakes",
        "Jury told of residents left for hours without water",
        "Prosecutors told the jury in Mrs Oakes's trial that residents at Beechgrove were left "
        "unfed and unwashed when staff shifts went unfilled.",
        15.0,
    ),
    (
        "en-strike-calder",
        "Calder nurses begin 48-hour strike",
        "Nurses at Calder Royal Infirmary walked out at 7am on Wednesday in a row over unpaid "
        "overtime, and the hospital postponed 140 planned operations.",
        55.5,
    ),
    (
        "en-strike-calder",
        "Nurses strike in Calder",
        "140 operations put off as the walkout begins.",
        55.8,
    ),
    (
        "en-strike-calder",
        "Calder hospital trust offers talks on second day of strike",
        "The trust offered to pay overtime on time and to hold talks next week, on the second "
        "day of the 48-hour walkout by nurses.",
        82.0,
    ),
    (
        "en-recall-halden",
        "Halden Dairies recalls yoghurts over plastic pieces",
        "Halden Dairies is recalling four flavours of its 500g yoghurt pots after customers "
        "found small pieces of blue plastic in them.",
        39.0,
    ),
    (
        "en-recall-halden",
        "Yoghurt recall",
        "Halden pulls four flavours of 500g pots.",
        39.4,
    ),
    (
        "en-rates-cut",
        "Central bank cuts interest rates to 3.5%",
        "The central bank lowered its main rate by a quarter point to 3.5 per cent on Thursday, "
        "the first cut in eight months, as inflation slowed to 2.4 per cent.",
        84.0,
    ),
    (
        "en-rates-cut",
        "Rates cut to 3.5%",
        "The first cut since the spring.",
        84.2,
    ),
    (
        "en-rates-cut",
        "Bank governor: further cuts 'not guaranteed'",
        "Governor Anthony Wyle told reporters that Thursday's cut to 3.5% did not mean the bank "
        "had begun a run of cuts.",
        87.0,
    ),
    (
        "en-missing-wrenford",
        "Police appeal to find missing Wrenford girl",
        "Officers are searching for 15-year-old Amy Collard, who was last seen leaving school in "
        "Wrenford on Thursday afternoon.",
        104.0,
    ),
    (
        "en-missing-wrenford",
        "Wrenford teenager missing",
        "Amy, 15, was last seen leaving school.",
        104.4,
    ),
    (
        "en-missing-wrenford",
        "Missing Wrenford girl found safe",
        "Amy Collard was found safe and well at a friend's flat in Lanbury on Friday evening, "
        "police said, thanking the public.",
        118.0,
    ),
    (
        "en-stadium-brinford",
        "Brinford Rovers win approval for new stadium",
        "Brinford council's planning committee voted 7-2 on Tuesday for Rovers' 12,000-seat "
        "stadium on the old gasworks site.",
        43.0,
    ),
    (
        "en-stadium-brinford",
        "Brinford stadium approved",
        "Planners back the 12,000-seat ground.",
        43.3,
    ),
    (
        "en-comet-castleford",
        "Castleford astronomers discover new comet",
        "A comet spotted by a telescope at Castleford University's observatory will be named "
        "after the two PhD students who found it, Ruth Amadi and Tom Greaves.",
        62.0,
    ),
    (
        "en-comet-castleford",
        "Comet found in Castleford",
        "Two students spot it on the observatory's images.",
        62.3,
    ),
    (
        "en-comet-castleford",
        "New comet could be seen with binoculars in March",
        "The comet found at Castleford is heading towards the Sun and may brighten enough for "
        "amateur astronomers in spring, the observatory's director said.",
        66.0,
    ),
    (
        "en-snow-fells",
        "Snow closes 30 schools across the Fells",
        "Up to 15cm of snow fell overnight in the Fells district, closing 30 schools on Friday "
        "and leaving several hill roads impassable.",
        102.0,
    ),
    (
        "en-snow-fells",
        "Fells snow shuts schools",
        "30 schools closed after 15cm overnight.",
        102.4,
    ),
    (
        "en-snow-fells",
        "Gritters out all night as more snow forecast for the Fells",
        "The county council said its 18 gritters would work through Friday night, with another "
        "5cm expected on the hills.",
        110.0,
    ),
    (
        "en-cable-ryeford",
        "Cable thieves stop trains at Ryeford",
        "Thieves cut out 200 metres of signalling cable near Ryeford overnight, and no trains "
        "could run between Ryeford and Pelton on Sunday morning.",
        150.0,
    ),
    (
        "en-cable-ryeford",
        "Ryeford line closed by cable theft",
        "No trains between Ryeford and Pelton.",
        150.4,
    ),
    (
        "en-cable-ryeford",
        "Ryeford line reopens after cable replaced",
        "Engineers laid new cable by early afternoon; police are asking scrap dealers to report "
        "anyone selling copper wire.",
        158.0,
    ),
    (
        "en-nhs-lal",
        "£400m to cut hospital waiting lists, says Lal",
        "Health Secretary Priya Lal promised £400 million to pay for evening and weekend "
        "operating sessions in England's 20 busiest hospital trusts.",
        82.0,
    ),
    (
        "en-nhs-lal",
        "Lal's £400m waiting list plan",
        "Extra evening and weekend operations promised.",
        82.3,
    ),
    (
        "en-nhs-lal",
        "Surgeons doubt Lal can find staff for weekend operations",
        "The College of Surgeons said the £400m plan would founder without more anaesthetists "
        "and theatre nurses.",
        86.0,
    ),
    (
        "en-museum-waverton",
        "Waverton Museum reopens after three-year refit",
        "The town's museum reopened on Saturday with a new gallery on the Waverton lace industry "
        "and a café in the old courtyard.",
        130.0,
    ),
    (
        "en-museum-waverton",
        "Waverton Museum opens its doors again",
        "The £6m refit took three years.",
        130.4,
    ),
    (
        "en-museum-waverton",
        "Queues for Waverton Museum's lace gallery",
        "About 2,000 visitors came on the first day, the museum said, many of them former lace "
        "workers and their families.",
        140.0,
    ),
    (
        "en-fraud-jailed",
        "Trader jailed for £2.1m VAT fraud",
        "Mobile phone dealer Gary Pinnock was jailed for six years at Southby Crown Court on "
        "Friday for a VAT scam worth £2.1 million.",
        110.0,
    ),
    (
        "en-fraud-jailed",
        "Pinnock gets six years",
        "The phone dealer's fraud cost the taxpayer £2.1m.",
        110.4,
    ),
    (
        "en-brewery-grindle",
        "Harrowgate Ales buys Grindle Brewery for £86m",
        "Harrowgate Ales has agreed to buy the family-owned Grindle Brewery and its 48 pubs for "
        "£86 million, the companies said on Monday.",
        7.5,
    ),
    (
        "en-brewery-grindle",
        "Grindle sold for £86m",
        "Harrowgate gets 48 pubs in the deal.",
        7.8,
    ),
    (
        "en-brewery-grindle",
        "Grindle family say brewery will keep its name",
        "The Grindle family, who have run the brewery for five generations, said Harrowgate had "
        "promised to keep the brand and the brewhouse open.",
        11.0,
    ),
    (
        "en-cannabis-ottery",
        "Police find £3m cannabis farm in Ottery Vale barns",
        "Officers found about 4,000 cannabis plants in two barns on a farm outside Ottery Vale "
        "on Wednesday and arrested three men.",
        59.0,
    ),
    (
        "en-cannabis-ottery",
        "Cannabis farm raid",
        "4,000 plants were found in the Ottery Vale barns.",
        59.4,
    ),
    (
        "en-drone-lanbury",
        "Drone sighting halts flights at Lanbury",
        "Flights in and out of Lanbury airport were suspended for 40 minutes on Saturday "
        "afternoon after a pilot reported a drone near the runway.",
        137.0,
    ),
    (
        "en-drone-lanbury",
        "Lanbury flights halted",
        "A drone was seen near the runway.",
        137.3,
    ),
    (
        "en-drone-lanbury",
        "Nine flights diverted after Lanbury drone scare",
        "Nine arriving planes were sent to other airports during the 40-minute stoppage; police "
        "searched fields around the airport but found no one.",
        141.0,
    ),
    (
        "en-measles-crossley",
        "Measles cases in Crossley rise to 14",
        "Health officials confirmed 14 measles cases in Crossley, most of them in unvaccinated "
        "children, and opened walk-in vaccination clinics.",
        156.0,
    ),
    (
        "en-measles-crossley",
        "Crossley measles outbreak grows",
        "14 cases are confirmed and clinics open.",
        156.4,
    ),
    (
        "en-measles-crossley",
        "Parents queue for MMR jabs in Crossley",
        "More than 300 children were vaccinated at Crossley's walk-in clinics on Sunday "
        "afternoon as the outbreak reached 14 cases.",
        160.0,
    ),
    (
        "en-actor-penrose",
        "Actor Maurice Penrose dies aged 88",
        "Maurice Penrose, the stage and screen actor best known as the butler in the "
        "long-running drama Ashcombe Hall, has died at 88, his family said.",
        33.0,
    ),
    (
        "en-actor-penrose",
        "Maurice Penrose dies",
        "The Ashcombe Hall star was 88.",
        33.3,
    ),
    (
        "en-choir-pellingham",
        "Pellingham Male Voice Choir wins regional contest",
        "The 40-strong choir took first prize at the regional eisteddfod on Sunday with a "
        "programme of sea shanties and hymns.",
        159.0,
    ),
    (
        "en-market-garrowby",
        "Garrowby Christmas market opens",
        "Sixty wooden chalets went up on Garrowby's market square on Saturday for the Christmas "
        "market, which runs until 23 December.",
        129.0,
    ),
    (
        "en-roadworks-melbury",
        "Melbury high street to close for roadworks in January",
        "The council will resurface Melbury's high street over three weeks from 8 January, with "
        "a diversion through Park Road.",
        37.0,
    ),
    (
        "en-pool-lenfield",
        "Lenfield leisure centre pool to shut for repairs",
        "The pool at Lenfield leisure centre will close for six weeks from January so its "
        "leaking filter tanks can be replaced.",
        180.0,
    ),
    (
        "en-bakery-kestwick",
        "Kestwick bakery marks 100 years",
        "Hollis & Sons, the bakery on Kestwick's Market Street, celebrated its centenary on "
        "Wednesday by selling loaves at 1925 prices.",
        58.0,
    ),
    (
        "en-festival-harcross",
        "Harcross film festival unveils its line-up",
        "The Harcross film festival will open in February with a documentary about the town's "
        "last coal mine, the organisers said.",
        87.0,
    ),
    # --- German ---
    (
        "de-lotto-mittwoch",
        "Lotto am Mittwoch: Jackpot wieder nicht geknackt",
        "Bei der Mittwochsziehung hat niemand sechs Richtige mit Superzahl getippt; im Jackpot "
        "liegen nun rund 12 Millionen Euro.",
        67.0,
    ),
    (
        "de-lotto-mittwoch",
        "Jackpot steigt auf 12 Mio. Euro",
        "Niemand hatte am Mittwoch den Sechser mit Superzahl.",
        67.4,
    ),
    (
        "de-lotto-mittwoch/samstag",
        "Lotto-Jackpot am Samstag geknackt",
        "Ein Tipper aus dem Kreis Eltzheim hat bei der Samstagsziehung sechs Richtige mit "
        "Superzahl und gewinnt 14,3 Millionen Euro.",
        140.0,
    ),
    (
        "de-lotto-mittwoch/samstag",
        "14,3 Millionen für Lottospieler aus Eltzheim",
        "Der Jackpot ist nach elf Ziehungen geknackt.",
        140.5,
    ),
    (
        "de-tempo30-rendorf",
        "Rendorf führt Tempo 30 in der ganzen Innenstadt ein",
        "Der Stadtrat von Rendorf hat am Dienstagabend mit 24 zu 15 Stimmen beschlossen, dass "
        "innerhalb des Altstadtrings ab kommendem Montag nur noch 30 km/h gelten.",
        45.0,
    ),
    (
        "de-tempo30-rendorf",
        "Tempo 30 für Rendorfs Innenstadt",
        "Der Stadtrat stimmt mit 24 zu 15 Stimmen zu.",
        45.4,
    ),
    (
        "de-tempo30-rendorf/gilt",
        "Ab heute gilt Tempo 30 in Rendorf",
        "Seit Montagmorgen dürfen Autos innerhalb des Altstadtrings nur noch 30 fahren; die "
        "Stadt hat am Wochenende 85 neue Schilder aufgestellt.",
        174.0,
    ),
    (
        "de-tempo30-rendorf/gilt",
        "Rendorf: Tempo 30 gilt",
        "Die Polizei will in den ersten Wochen nur verwarnen.",
        174.4,
    ),
    (
        "de-bahnhof-kesselbach",
        "Güterwagen am Bahnhof Kesselbach entgleist",
        "Beim Rangieren ist am Donnerstagmorgen ein mit Holz beladener Güterwagen am "
        "Hauptbahnhof Kesselbach aus den Schienen gesprungen; zwei Gleise sind gesperrt.",
        78.0,
    ),
    (
        "de-bahnhof-kesselbach",
        "Entgleisung in Kesselbach",
        "Zwei Gleise am Hauptbahnhof sind gesperrt.",
        78.4,
    ),
    (
        "de-bahnhof-kesselbach",
        "Kesselbach: Gleise nach Entgleisung wieder frei",
        "Ein Kran hob den Holzwagen am Nachmittag zurück auf die Schienen; Regionalzüge fahren "
        "wieder nach Fahrplan.",
        87.0,
    ),
    (
        "de-bahnhof-kesselbach/kiosk",
        "Kiosk im Kesselbacher Hauptbahnhof ausgebrannt",
        "Am Donnerstagabend ist ein Zeitungskiosk in der Bahnhofshalle von Kesselbach in Brand "
        "geraten; die Halle wurde geräumt, verletzt wurde niemand.",
        92.0,
    ),
    (
        "de-bahnhof-kesselbach/kiosk",
        "Brand im Bahnhof Kesselbach",
        "Die Halle wurde am Abend geräumt.",
        92.4,
    ),
    (
        "de-unwetter-hagenau",
        "Hagelsturm deckt in Hagenau Dächer ab",
        "Ein heftiges Gewitter mit Hagelkörnern so groß wie Tischtennisbälle hat am "
        "Dienstagnachmittag in Hagenau Dutzende Dächer und Autos beschädigt.",
        40.0,
    ),
    (
        "de-unwetter-hagenau",
        "Unwetter über Hagenau",
        "Hagel beschädigt Dächer und Autos in der Stadt.",
        40.4,
    ),
    (
        "de-unwetter-hagenau",
        "Hagenau zählt die Schäden nach dem Hagelsturm",
        "Die Versicherer schätzen den Schaden in Hagenau auf rund 3 Mio. Euro; Dachdecker sind "
        "auf Wochen ausgebucht.",
        58.0,
    ),
    (
        "de-unwetter-hagenau/tiefenbach",
        "Keller in Tiefenbach nach Starkregen überflutet",
        "Im 60 Kilometer entfernten Tiefenbach hat ein Wolkenbruch am Dienstagabend rund 50 "
        "Keller unter Wasser gesetzt; die Feuerwehr pumpte bis Mitternacht.",
        44.0,
    ),
    (
        "de-unwetter-hagenau/tiefenbach",
        "Starkregen in Tiefenbach",
        "Rund 50 Keller stehen nach dem Wolkenbruch unter Wasser.",
        44.4,
    ),
    (
        "de-stellen-brenner",
        "Brenner Technik streicht 600 Stellen",
        "Der Autozulieferer Brenner Technik baut bis 2028 rund 600 seiner 2.100 Arbeitsplätze in "
        "Ostheim ab und verlagert die Fertigung von Bremsteilen nach Polen.",
        9.0,
    ),
    (
        "de-stellen-brenner",
        "600 Jobs bei Brenner weg",
        "Der Zulieferer verlagert Fertigung nach Polen.",
        9.4,
    ),
    (
        "de-urteil-ostheim",
        "Drei Jahre Haft für Bauunternehmer wegen Schwarzarbeit",
        "Das Landgericht Ostheim hat einen 51-jährigen Bauunternehmer verurteilt, der "
        "Sozialabgaben von 1,8 Millionen Euro hinterzogen haben soll.",
        83.0,
    ),
    (
        "de-urteil-ostheim",
        "Bauunternehmer muss in Haft",
        "Urteil am Landgericht Ostheim: drei Jahre.",
        83.4,
    ),
    (
        "de-wolf-moosbach",
        "Wolf läuft durch Vorgarten in Moosbach",
        "Eine Anwohnerin hat am Freitagmorgen einen Wolf gefilmt, der seelenruhig durch ihren "
        "Vorgarten am Ortsrand von Moosbach trabte.",
        105.0,
    ),
    (
        "de-wolf-moosbach",
        "Wolf im Wohngebiet",
        "Video aus Moosbach zeigt das Tier im Vorgarten.",
        105.4,
    ),
    (
        "de-klinik-eltzheim",
        "Kreisklinik Eltzheim schließt ihre Geburtsstation",
        "Ab Februar werden in Eltzheim keine Kinder mehr zur Welt kommen: Der Klinik fehlen "
        "Hebammen, die nächste Geburtsstation ist 40 Kilometer entfernt.",
        58.0,
    ),
    (
        "de-klinik-eltzheim",
        "Keine Geburten mehr in Eltzheim",
        "Der Kreisklinik fehlen die Hebammen.",
        58.4,
    ),
    (
        "de-akku-halstedt",
        "Halstedter Forscher bauen Akku aus Kochsalz",
        "Ein Team der Universität Halstedt hat eine Natrium-Batterie entwickelt, die ohne "
        "Lithium und Kobalt auskommt und 4000 Ladezyklen schafft.",
        34.0,
    ),
    (
        "de-akku-halstedt",
        "Akku ohne Lithium aus Halstedt",
        "Die Natrium-Zelle schafft 4.000 Ladezyklen.",
        34.4,
    ),
    (
        "de-bad-moosbach",
        "Hallenbad Moosbach öffnet nach Sanierung",
        "Nach zwei Jahren Bauzeit ist das Moosbacher Hallenbad am Samstag mit neuer Rutsche und "
        "einem Lehrschwimmbecken wieder eröffnet worden.",
        133.0,
    ),
    (
        "de-markt-rendorf",
        "Rendorfer Weihnachtsmarkt eröffnet",
        "Mit 70 Buden und einer Eisbahn auf dem Marktplatz hat am Freitagabend der "
        "Weihnachtsmarkt in Rendorf begonnen.",
        115.0,
    ),
    # --- French ---
    (
        "fr-prix-alvere",
        "Prix des lecteurs de Saint-Alvère : quatre romans en finale",
        "Le jury du prix des lecteurs de Saint-Alvère a retenu quatre romans pour sa sélection "
        "finale, dont le premier livre de l'institutrice Claire Mounier.",
        16.0,
    ),
    (
        "fr-prix-alvere",
        "Saint-Alvère dévoile ses finalistes",
        "Quatre romans restent en lice pour le prix.",
        16.4,
    ),
    (
        "fr-prix-alvere/laureat",
        "Claire Mounier remporte le prix des lecteurs de Saint-Alvère",
        "L'institutrice a été couronnée jeudi soir pour « Le Jardin d'hiver », son premier "
        "roman, devant trois auteurs confirmés.",
        94.0,
    ),
    (
        "fr-prix-alvere/laureat",
        "Le prix de Saint-Alvère à Claire Mounier",
        "Un premier roman couronné par les lecteurs.",
        94.4,
    ),
    (
        "fr-prix-alvere/laureat",
        "« Je n'y croyais pas » : Claire Mounier, lauréate surprise",
        "La lauréate raconte avoir écrit son roman le soir, après ses journées de classe, "
        "pendant quatre ans.",
        106.0,
    ),
    (
        "fr-chalutier-ambrac",
        "Un chalutier en feu dans le port d'Ambrac",
        "Un chalutier de 20 mètres a pris feu mardi à l'aube le long du quai des Pêcheurs à "
        "Ambrac ; les six marins à bord ont pu quitter le navire à temps.",
        29.0,
    ),
    (
        "fr-chalutier-ambrac",
        "Incendie au port d'Ambrac",
        "Les six marins sont sains et saufs.",
        29.4,
    ),
    (
        "fr-chalutier-ambrac",
        "Le chalutier incendié d'Ambrac remorqué hors du port",
        "Le bateau, dont la salle des machines a été détruite, a été tiré vers le chantier naval "
        "; une enquête sur la cause du feu est ouverte.",
        34.0,
    ),
    (
        "fr-chalutier-ambrac/gasoil",
        "Nappe de gazole dans le port d'Ambrac",
        "Une nappe d'environ 300 mètres s'est formée samedi dans le port d'Ambrac après une "
        "fuite sur un cargo en cours de déchargement.",
        130.0,
    ),
    (
        "fr-chalutier-ambrac/gasoil",
        "Pollution au port d'Ambrac",
        "Un cargo est à l'origine de la fuite de gazole.",
        130.4,
    ),
    (
        "fr-greve-enseignants",
        "Grève des enseignants : 40 % de grévistes dans l'académie",
        "Près de quatre enseignants sur dix ont cessé le travail jeudi dans l'académie pour "
        "protester contre la suppression de 120 postes à la rentrée prochaine.",
        80.0,
    ),
    (
        "fr-greve-enseignants",
        "Les enseignants en grève",
        "Près de 40 % de grévistes jeudi.",
        80.4,
    ),
    (
        "fr-car-lussac",
        "Un car scolaire dans le fossé près de Lussac-le-Vieux",
        "Douze collégiens ont été légèrement blessés vendredi matin quand leur car a glissé sur "
        "la chaussée verglacée et fini dans un fossé.",
        104.0,
    ),
    (
        "fr-car-lussac",
        "Accident de car scolaire à Lussac",
        "Douze élèves légèrement blessés sur une route verglacée.",
        104.4,
    ),
    (
        "fr-car-lussac",
        "Les douze collégiens blessés à Lussac sont rentrés chez eux",
        "Tous les élèves ont quitté l'hôpital dans l'après-midi ; le conducteur, testé négatif à "
        "l'alcool, a été entendu par les gendarmes.",
        112.0,
    ),
    (
        "fr-budget-region",
        "La région adopte un budget de 2,1 milliards d'euros",
        "Les élus régionaux ont voté vendredi un budget de 2,1 Md€ pour l'an prochain, en hausse "
        "de 3 %, porté par les transports et les lycées.",
        110.0,
    ),
    (
        "fr-budget-region",
        "Budget régional voté",
        "2,1 milliards d'euros pour l'an prochain.",
        110.4,
    ),
    (
        "fr-bijouterie-montferrand",
        "Braquage d'une bijouterie à Montferrand-sur-Loue",
        "Deux hommes armés ont dérobé des bijoux d'une valeur de 200 000 euros samedi en fin "
        "d'après-midi dans une bijouterie du centre de Montferrand-sur-Loue.",
        138.0,
    ),
    (
        "fr-bijouterie-montferrand",
        "Bijouterie braquée à Montferrand",
        "Le butin est estimé à 200 000 €.",
        138.4,
    ),
    (
        "fr-bijouterie-montferrand",
        "Braquage de Montferrand : la bijoutière raconte",
        "« Ils avaient tout préparé », dit la gérante, qui a été enfermée dans "
        "l'arrière-boutique pendant que les deux hommes vidaient les vitrines.",
        152.0,
    ),
    (
        "fr-grotte-verlhac",
        "Des peintures préhistoriques découvertes dans une grotte du causse de Verlhac",
        "Des spéléologues ont découvert une trentaine de figures d'animaux peintes il y a "
        "environ 20 000 ans dans une grotte jusque-là inconnue.",
        60.0,
    ),
    (
        "fr-grotte-verlhac",
        "Découverte majeure à Verlhac",
        "Une trentaine de peintures d'animaux dans une grotte.",
        60.4,
    ),
    (
        "fr-grotte-verlhac",
        "Grotte de Verlhac : l'accès sera interdit au public",
        "La préfecture a fait fermer l'entrée de la grotte ornée pour protéger les peintures de "
        "l'humidité et des visiteurs.",
        64.0,
    ),
    (
        "fr-piscine-lussac",
        "La piscine de Lussac-le-Vieux fermée pour l'hiver",
        "La piscine municipale de Lussac-le-Vieux fermera ses portes jusqu'en mars pour des "
        "travaux sur la toiture et le chauffage.",
        36.0,
    ),
    # --- Spanish ---
    (
        "es-paro-octubre",
        "La tasa de paro baja al 11,2% en octubre",
        "El Instituto de Estadística situó la tasa de desempleo de octubre en el 11,2%, dos "
        "décimas menos que en septiembre, gracias al empleo en la hostelería.",
        33.0,
    ),
    (
        "es-paro-octubre",
        "El paro de octubre, en el 11,2%",
        "Baja dos décimas respecto a septiembre.",
        33.4,
    ),
    (
        "es-paro-octubre/noviembre",
        "El paro registrado cae en 18.400 personas en noviembre",
        "El Servicio de Empleo contabilizó en noviembre 18.400 parados menos que en octubre, la "
        "mayor bajada para ese mes en diez años.",
        80.5,
    ),
    (
        "es-paro-octubre/noviembre",
        "Noviembre cierra con 18.400 parados menos",
        "Es la mayor bajada para el mes en una década.",
        80.9,
    ),
    (
        "es-salud-navalcruz",
        "Navalcruz estrena su nuevo centro de salud",
        "El alcalde de Navalcruz, Tomás Bermejo, inauguró el lunes el centro de salud del barrio "
        "de La Vega, que atenderá a 14.000 vecinos.",
        11.0,
    ),
    (
        "es-salud-navalcruz",
        "Nuevo centro de salud en Navalcruz",
        "Atenderá a 14.000 vecinos del barrio de La Vega.",
        11.4,
    ),
    (
        "es-salud-navalcruz/bermejo",
        "Bermejo no se presentará a la reelección en Navalcruz",
        "El alcalde de Navalcruz anunció el jueves que dejará la política al final del mandato, "
        "tras doce años en el cargo.",
        85.0,
    ),
    (
        "es-salud-navalcruz/bermejo",
        "El alcalde Bermejo se retira",
        "No optará a un cuarto mandato en Navalcruz.",
        85.4,
    ),
    (
        "es-monoxido-villacastro",
        "Una familia intoxicada por monóxido de carbono en Villacastro",
        "Cuatro miembros de una familia, entre ellos dos niños, fueron trasladados al hospital "
        "el miércoles por la tarde tras inhalar humo de un brasero en su casa de Villacastro.",
        66.0,
    ),
    (
        "es-monoxido-villacastro",
        "Intoxicación en Villacastro",
        "Cuatro personas en el hospital por un brasero.",
        66.4,
    ),
    (
        "es-monoxido-villacastro",
        "Los niños intoxicados en Villacastro, fuera de peligro",
        "Los dos menores y sus padres evolucionan favorablemente y podrían recibir el alta este "
        "viernes, según el hospital.",
        84.0,
    ),
    (
        "es-monoxido-villacastro/toral",
        "Dos ancianos intoxicados por un brasero en Toral del Campo",
        "Un matrimonio de 82 y 79 años fue atendido el miércoles en Toral del Campo, a 50 "
        "kilómetros de Villacastro, tras quedarse dormido junto a un brasero.",
        68.0,
    ),
    (
        "es-monoxido-villacastro/toral",
        "Intoxicación en Toral del Campo",
        "Un matrimonio mayor, al hospital por un brasero.",
        68.4,
    ),
    (
        "es-futbol-almedina",
        "El Deportivo Almedina gana 2-0 y se acerca al ascenso",
        "El Deportivo Almedina venció el domingo por dos goles a cero al Unión Marbella gracias "
        "a los tantos de Iker Sola y Dani Prats.",
        164.0,
    ),
    (
        "es-futbol-almedina",
        "Victoria del Almedina por 2-0",
        "Sola y Prats marcan para el líder.",
        164.3,
    ),
    (
        "es-cercanias-valdemora",
        "Una avería en la catenaria deja sin cercanías a 30.000 viajeros en Valdemora",
        "Los trenes de cercanías entre Valdemora y la capital estuvieron parados más de tres "
        "horas el martes por la mañana por la rotura de un cable de la catenaria.",
        35.0,
    ),
    (
        "es-cercanias-valdemora",
        "Caos en los cercanías de Valdemora",
        "La avería afecta a unos 30.000 viajeros.",
        35.4,
    ),
    (
        "es-pecio-cardenas",
        "Hallan un pecio del siglo XVII frente a Puerto Cárdenas",
        "Arqueólogos submarinos han localizado a 25 metros de profundidad los restos de un "
        "galeón con cañones de bronce y vasijas.",
        107.0,
    ),
    (
        "es-pecio-cardenas",
        "Un galeón hundido en Puerto Cárdenas",
        "Los cañones de bronce siguen en el fondo.",
        107.4,
    ),
    (
        "es-pecio-cardenas",
        "El galeón de Puerto Cárdenas podría ser el San Telmo",
        "Los investigadores creen que el pecio es el de un barco hundido en una tormenta en "
        "1641, según los archivos del puerto.",
        111.0,
    ),
    (
        "es-vivienda-plan",
        "El Gobierno aprueba un plan para 20.000 viviendas de alquiler",
        "El Consejo de Ministros dio luz verde el martes a un plan de 1.500 millones para "
        "construir 20.000 pisos de alquiler asequible en cinco años.",
        37.0,
    ),
    (
        "es-vivienda-plan",
        "Plan para 20.000 viviendas",
        "Alquiler asequible en cinco años.",
        37.4,
    ),
    (
        "es-biblioteca-toral",
        "Toral del Campo estrena biblioteca en la antigua escuela",
        "El municipio ha abierto una biblioteca con 6.000 libros en el edificio de la antigua "
        "escuela, cerrada desde hace veinte años.",
        132.0,
    ),
    # --- Italian ---
    (
        "it-derby-castelferro",
        "Vigilia del derby, il Castelferro ritrova Gallo",
        "Domani al Comunale il Castelferro ospita il Montalbo: l'allenatore Renzo Bassi recupera "
        "il capitano Luca Gallo dopo tre settimane di stop.",
        131.0,
    ),
    (
        "it-derby-castelferro",
        "Castelferro-Montalbo, domani il derby",
        "Gallo torna a disposizione.",
        131.4,
    ),
    (
        "it-derby-castelferro/partita",
        "Il Montalbo espugna Castelferro nel derby",
        "Il Montalbo ha vinto 1-0 il derby di domenica al Comunale di Castelferro con un gol di "
        "testa di Nicola Parodi nel secondo tempo.",
        161.0,
    ),
    (
        "it-derby-castelferro/partita",
        "Derby al Montalbo",
        "Parodi di testa, Castelferro battuto 1-0.",
        161.3,
    ),
    (
        "it-derby-castelferro/partita",
        'Bassi dopo il derby perso: "Abbiamo regalato il primo tempo"',
        "L'allenatore del Castelferro ha ammesso che la squadra è stata troppo timida contro il "
        "Montalbo.",
        164.0,
    ),
    (
        "it-ferraluce",
        "Ferraluce apre un nuovo stabilimento a Borgo Terreno: 200 assunzioni",
        "Il gruppo di illuminazione Ferraluce investirà 45 milioni di euro in una fabbrica di "
        "lampade a led a Borgo Terreno.",
        14.0,
    ),
    (
        "it-ferraluce",
        "Ferraluce, 200 posti a Borgo Terreno",
        "Nella nuova fabbrica di lampade a led saranno investiti 45 milioni.",
        14.4,
    ),
    (
        "it-ferraluce/multa",
        "L'Antitrust multa Ferraluce per 4 milioni",
        "L'Autorità garante ha sanzionato Ferraluce per 4 milioni di euro per aver pubblicizzato "
        "una durata delle lampadine superiore a quella reale.",
        60.0,
    ),
    (
        "it-ferraluce/multa",
        "Multa da 4 milioni a Ferraluce",
        "Pubblicità ingannevole sulla durata delle lampadine.",
        60.4,
    ),
    (
        "it-terremoto-sesta",
        "Scossa di magnitudo 3,9 in Val di Sesta",
        "Una scossa di magnitudo 3,9 è stata avvertita alle 3.12 di giovedì in tutta la Val di "
        "Sesta; nessun danno, molta paura.",
        75.5,
    ),
    (
        "it-terremoto-sesta",
        "Terremoto in Val di Sesta",
        "Magnitudo 3.9, nessun danno segnalato.",
        75.8,
    ),
    (
        "it-prontosoccorso-sanlorio",
        "Pronto soccorso di San Lorio al collasso, 60 pazienti in attesa",
        "Venerdì mattina nel pronto soccorso dell'ospedale di San Lorio c'erano 60 persone in "
        "attesa, alcune sulle barelle da più di un giorno.",
        108.0,
    ),
    (
        "it-prontosoccorso-sanlorio",
        "San Lorio, pronto soccorso in tilt",
        "Sessanta pazienti in attesa nella sala dell'ospedale.",
        108.4,
    ),
    (
        "it-controsoffitto-montalbo",
        "Crolla il controsoffitto in una scuola media di Montalbo",
        "Martedì mattina una parte del controsoffitto è caduta in un'aula vuota della scuola "
        "media Pascoli di Montalbo; nessun ferito.",
        35.0,
    ),
    (
        "it-controsoffitto-montalbo",
        "Crollo in una scuola a Montalbo",
        "Aula vuota, nessun ferito.",
        35.4,
    ),
    (
        "it-controsoffitto-montalbo",
        "Montalbo, la scuola Pascoli resta chiusa fino a lunedì",
        "Il Comune ha disposto la verifica di tutti i soffitti dell'edificio dopo il crollo di "
        "martedì.",
        39.0,
    ),
    (
        "it-giocattoli-marisella",
        "Sequestrate due tonnellate di giocattoli contraffatti al porto di Marisella",
        "La Guardia di Finanza ha bloccato un container con 40.000 giocattoli falsi e pericolosi "
        "per i bambini.",
        82.0,
    ),
    (
        "it-giocattoli-marisella",
        "Giocattoli falsi al porto",
        "Due tonnellate sequestrate dalla Guardia di Finanza a Marisella.",
        82.4,
    ),
    (
        "it-neve-appennino",
        "Neve sull'Appennino, chiusa per tre ore la statale 9",
        "Una nevicata improvvisa ha bloccato mercoledì mattina decine di camion sul valico di "
        "Monte Corvo; la statale è stata riaperta a mezzogiorno.",
        61.0,
    ),
    (
        "it-neve-appennino",
        "Statale 9 chiusa per neve",
        "Camion bloccati sul valico di Monte Corvo.",
        61.4,
    ),
    (
        "it-neve-appennino/piano",
        "La provincia approva il piano neve da 3 milioni",
        "Il consiglio provinciale ha votato giovedì il piano invernale con 20 nuovi spazzaneve, "
        "il giorno dopo la nevicata che ha bloccato la statale 9.",
        87.0,
    ),
    (
        "it-neve-appennino/piano",
        "Piano neve approvato",
        "Venti spazzaneve nuovi per la provincia.",
        87.4,
    ),
    (
        "it-teatro-castelferro",
        "Castelferro, riapre il teatro Verdi dopo il restauro",
        "Il teatro comunale di Castelferro torna ad aprire le porte con un concerto della banda "
        "cittadina.",
        180.0,
    ),
    # --- Portuguese ---
    (
        "pt-greve-doqueiros",
        "Estivadores do porto de Alvarinho marcam greve para a próxima semana",
        "O sindicato dos estivadores anunciou uma greve de 24 horas para a próxima "
        "segunda-feira, em protesto contra a contratação de trabalhadores temporários.",
        15.0,
    ),
    (
        "pt-greve-doqueiros",
        "Greve no porto de Alvarinho",
        "Estivadores param na próxima segunda-feira.",
        15.4,
    ),
    (
        "pt-greve-doqueiros/dia",
        "Porto de Alvarinho parado pela greve dos estivadores",
        "Nenhum navio foi carregado ou descarregado nesta segunda-feira em Alvarinho, onde a "
        "adesão à greve chegou aos 95%.",
        176.0,
    ),
    (
        "pt-greve-doqueiros/dia",
        "Dia de greve no porto",
        "Adesão de 95% em Alvarinho.",
        176.4,
    ),
    (
        "pt-multibanco-formosa",
        "Assaltantes rebentam multibanco em Vila Formosa",
        "Um grupo de três homens fez explodir uma caixa multibanco na avenida principal de Vila "
        "Formosa pelas quatro da madrugada de quinta-feira.",
        77.0,
    ),
    (
        "pt-multibanco-formosa",
        "Explosão em multibanco de Vila Formosa",
        "Três homens fugiram num carro escuro.",
        77.4,
    ),
    (
        "pt-multibanco-formosa",
        "Moradores de Vila Formosa acordaram com o estrondo",
        "A explosão partiu os vidros de quatro prédios da avenida; a GNR não revela quanto "
        "dinheiro foi levado.",
        82.0,
    ),
    (
        "pt-multibanco-formosa/carvalhal",
        "Outro multibanco explodido em Carvalhal",
        "Na mesma madrugada, uma caixa multibanco foi rebentada no centro de Carvalhal, a 40 "
        "quilómetros de Vila Formosa; a GNR investiga se há ligação.",
        78.0,
    ),
    (
        "pt-multibanco-formosa/carvalhal",
        "Carvalhal: multibanco rebentado",
        "Segundo ataque da madrugada na região.",
        78.4,
    ),
    (
        "pt-urgencia-santaluzia",
        "Urgência pediátrica do hospital de Santa Luzia fecha à noite",
        "A partir de janeiro, a urgência pediátrica de Santa Luzia só vai funcionar entre as "
        "8h00 e as 20h00 por falta de pediatras.",
        42.0,
    ),
    (
        "pt-urgencia-santaluzia",
        "Santa Luzia sem urgência pediátrica à noite",
        "Falta de pediatras obriga ao fecho.",
        42.4,
    ),
    (
        "pt-treinador-ribamar",
        "Atlético de Ribamar despede o treinador",
        "O Atlético de Ribamar despediu o treinador Rui Baptista depois de cinco derrotas "
        "seguidas no campeonato.",
        178.0,
    ),
    (
        "pt-treinador-ribamar",
        "Ribamar sem treinador",
        "Rui Baptista sai do clube após cinco derrotas.",
        178.4,
    ),
    (
        "pt-pegadas-lagoinha",
        "Pegadas de dinossauro descobertas na praia da Lagoinha",
        "Um geólogo amador encontrou numa laje da praia da Lagoinha 23 pegadas de um dinossauro "
        "carnívoro com 150 milhões de anos.",
        59.0,
    ),
    (
        "pt-pegadas-lagoinha",
        "Dinossauro na Lagoinha",
        "São 23 pegadas numa laje da praia.",
        59.4,
    ),
    (
        "pt-pegadas-lagoinha",
        "Câmara quer proteger as pegadas da Lagoinha antes das marés de inverno",
        "A autarquia pediu aos paleontólogos um molde das pegadas, que o mar pode apagar em "
        "poucos meses.",
        63.0,
    ),
    (
        "pt-linha-vale",
        "Linha do Vale reabre após dois anos de obras",
        "Os comboios voltaram a circular no sábado na Linha do Vale, agora eletrificada, com "
        "ligações de hora a hora.",
        130.0,
    ),
    (
        "pt-linha-vale",
        "Comboios de volta à Linha do Vale",
        "Há ligações de hora a hora.",
        130.4,
    ),
    (
        "pt-inflacao-novembro",
        "Inflação desce para 2,1% em novembro",
        "A estimativa rápida do instituto de estatística aponta para uma inflação de 2,1% em "
        "novembro, contra 2,5% em outubro, com a descida dos combustíveis.",
        34.0,
    ),
    (
        "pt-inflacao-novembro",
        "Inflação nos 2,1%",
        "Combustíveis mais baratos travam os preços.",
        34.4,
    ),
    (
        "pt-inflacao-novembro",
        "Alimentos continuam a subir apesar da inflação mais baixa",
        "Os preços dos alimentos subiram 3,4% em novembro, bem acima da inflação geral de 2,1 "
        "por cento.",
        37.0,
    ),
    (
        "pt-mercado-formosa",
        "Mercado municipal de Vila Formosa reabre renovado",
        "Depois de um ano de obras, o mercado de Vila Formosa reabriu com 30 bancas e um espaço "
        "para produtores locais.",
        106.0,
    ),
    # --- Dutch ---
    (
        "nl-sluis-hardewier",
        "Vrachtschip ramt sluisdeur in Hardewier",
        "Een binnenvaartschip met zand is maandagochtend tegen de deur van de sluis in Hardewier "
        "gevaren; de sluis is voorlopig dicht voor alle scheepvaart.",
        13.0,
    ),
    (
        "nl-sluis-hardewier",
        "Sluis Hardewier dicht",
        "Een schip ramde de sluisdeur.",
        13.4,
    ),
    (
        "nl-sluis-hardewier",
        "Tientallen schepen wachten bij sluis Hardewier",
        "Voor en achter de beschadigde sluis liggen zo'n 40 schepen te wachten; Rijkswaterstaat "
        "verwacht dat een noodreparatie twee dagen duurt.",
        17.0,
    ),
    (
        "nl-sluis-hardewier",
        "Sluis Hardewier weer open na noodreparatie",
        "De eerste schepen konden dinsdagmiddag weer door de sluis, waarvan de deur met stalen "
        "platen is gerepareerd.",
        40.0,
    ),
    (
        "nl-sluis-hardewier/drenkeling",
        "Man uit het water gered bij sluis Hardewier",
        "Een voorbijganger heeft vrijdagavond een 45-jarige man uit het water bij de sluis in "
        "Hardewier gehaald die met zijn fiets te water was geraakt.",
        116.0,
    ),
    (
        "nl-sluis-hardewier/drenkeling",
        "Fietser gered bij sluis",
        "Voorbijganger haalt man uit het water.",
        116.4,
    ),
    (
        "nl-veldmark-prognose",
        "Chipmachinebouwer Veldmark verhoogt omzetprognose",
        "Veldmark verwacht dit jaar een omzet van 2,8 miljard euro, 200 miljoen meer dan eerder "
        "gedacht, door grote bestellingen uit Azië.",
        56.0,
    ),
    (
        "nl-veldmark-prognose",
        "Veldmark rekent op meer omzet",
        "Prognose omhoog naar 2,8 miljard.",
        56.4,
    ),
    (
        "nl-stal-oosterveld",
        "Honderden varkens dood bij stalbrand in Oosterveld",
        "Bij een grote brand in een varkensstal aan de Veenweg in Oosterveld zijn in de nacht "
        "naar donderdag zo'n 800 varkens omgekomen.",
        74.0,
    ),
    (
        "nl-stal-oosterveld",
        "Stalbrand in Oosterveld",
        "Ongeveer 800 varkens komen om bij de brand.",
        74.4,
    ),
    (
        "nl-stal-oosterveld",
        "Kortsluiting oorzaak van stalbrand Oosterveld",
        "De brandweer denkt dat een defecte ventilator de brand heeft veroorzaakt waarbij 800 "
        "dieren stierven.",
        80.0,
    ),
    (
        "nl-stal-oosterveld/vergunning",
        "Provincie weigert vergunning voor megastal bij Oosterveld",
        "Gedeputeerde Staten wijzen de uitbreiding van een melkveebedrijf bij Oosterveld af "
        "vanwege stikstof; de aanvraag loopt al sinds 2022 en staat los van de stalbrand van "
        "donderdag.",
        107.0,
    ),
    (
        "nl-stal-oosterveld/vergunning",
        "Geen vergunning voor megastal",
        "Provincie wijst uitbreiding af om stikstof.",
        107.4,
    ),
    (
        "nl-storing-amersveld",
        "Storing legt treinverkeer rond Amersveld plat",
        "Door een defecte wissel reden maandagochtend geen treinen tussen Amersveld en Westerlo; "
        "reizigers moesten met bussen verder.",
        176.0,
    ),
    (
        "nl-storing-amersveld",
        "Geen treinen rond Amersveld",
        "Een defecte wissel legt het verkeer stil.",
        176.4,
    ),
    (
        "nl-grutto-westerlo",
        "Aantal grutto's in tien jaar gehalveerd",
        "Onderzoekers van de Universiteit Westerlo tellen nog maar de helft van het aantal "
        "broedparen grutto's van tien jaar geleden.",
        35.0,
    ),
    (
        "nl-grutto-westerlo",
        "Grutto in de problemen",
        "De helft van de broedparen is verdwenen.",
        35.4,
    ),
    (
        "nl-zorgdirecteur-vonnis",
        "Oud-directeur zorginstelling krijgt twee jaar cel",
        "De rechtbank veroordeelde de voormalige directeur van zorggroep De Linde tot twee jaar "
        "cel voor het wegsluizen van 1,3 miljoen euro.",
        109.0,
    ),
    (
        "nl-zorgdirecteur-vonnis",
        "Twee jaar cel voor oud-directeur De Linde",
        "Hij sluisde 1,3 miljoen weg.",
        109.4,
    ),
    (
        "nl-bosman-record",
        "Femke Bosman rijdt wereldrecord op de 3000 meter",
        "Schaatsster Femke Bosman heeft zaterdag in Calgary het wereldrecord op de 3000 meter "
        "met bijna een seconde verbeterd.",
        143.0,
    ),
    (
        "nl-bosman-record",
        "Wereldrecord voor Bosman",
        "Een seconde van het oude record af.",
        143.4,
    ),
    (
        "nl-bosman-record",
        "Bosman na record: 'Ik kon het zelf niet geloven'",
        "De schaatsster uit Hardewier vertelde na haar race dat ze halverwege dacht dat ze te "
        "hard was gestart.",
        146.0,
    ),
    (
        "nl-museum-oosterveld",
        "Streekmuseum Oosterveld krijgt nieuwe vleugel",
        "Het museum bouwt een nieuwe zaal voor de collectie turfgereedschap, die nu nog in een "
        "depot ligt.",
        63.0,
    ),
    # --- Russian ---
    (
        "ru-tarif-severogorsk",
        "В Северогорске подорожает проезд в автобусах",
        "Мэрия Северогорска объявила во вторник, что с понедельника поездка в городском автобусе "
        "будет стоить 55 рублей вместо 48.",
        36.0,
    ),
    (
        "ru-tarif-severogorsk",
        "Проезд в Северогорске подорожает до 55 рублей",
        "Новый тариф начнёт действовать с понедельника.",
        36.4,
    ),
    (
        "ru-tarif-severogorsk/vstupil",
        "В Северогорске вступил в силу новый тариф на проезд",
        "С понедельника пассажиры городских автобусов платят 55 рублей; кондукторы говорят, что "
        "многие узнали о повышении только в салоне.",
        177.0,
    ),
    (
        "ru-tarif-severogorsk/vstupil",
        "Проезд по 55 рублей",
        "Новый тариф в автобусах действует с утра.",
        177.4,
    ),
    (
        "ru-teplotrassa-krasnobor",
        "В Красноборе прорвало теплотрассу, 40 домов без отопления",
        "Утром в среду на Садовой улице в Красноборе лопнула труба теплотрассы; без тепла "
        "остались около 40 домов и две школы.",
        55.0,
    ),
    (
        "ru-teplotrassa-krasnobor",
        "Авария на теплотрассе в Красноборе",
        "Без отопления остались 40 домов.",
        55.4,
    ),
    (
        "ru-teplotrassa-krasnobor",
        "Отопление на Садовой дали к вечеру",
        "Ремонтники заменили участок трубы, и к шести часам вечера тепло вернулось во все дома.",
        67.0,
    ),
    (
        "ru-teplotrassa-krasnobor/magazin",
        "На Садовой улице в Красноборе горел магазин",
        "Вечером в среду в продуктовом магазине на Садовой улице загорелась проводка; "
        "покупателей и продавцов успели вывести.",
        68.0,
    ),
    (
        "ru-teplotrassa-krasnobor/magazin",
        "Пожар в магазине на Садовой",
        "Людей успели вывести.",
        68.4,
    ),
    (
        "ru-vzyatka-ilyin",
        "Бывшего главу района Ильина приговорили к пяти годам",
        "Суд признал бывшего главу Озёрского района Сергея Ильина виновным в получении взятки в "
        "6 млн рублей от подрядчика.",
        82.0,
    ),
    (
        "ru-vzyatka-ilyin",
        "Ильин получил пять лет",
        "Взятка от подрядчика составила шесть миллионов.",
        82.4,
    ),
    (
        "ru-vzyatka-ilyin",
        "Защита Ильина обжалует приговор",
        "Адвокат бывшего главы района заявил, что приговор основан на показаниях одного свидетеля.",
        86.0,
    ),
    (
        "ru-hokkei-zvezda",
        "«Северная звезда» обыграла гостей в овертайме",
        "Хоккеисты «Северной звезды» победили со счётом 3:2, решающую шайбу забросил Артём Лыков.",
        162.0,
    ),
    (
        "ru-hokkei-zvezda",
        "Победа «Звезды» в овертайме",
        "Лыков принёс победу со счётом 3:2.",
        162.3,
    ),
    (
        "ru-meteorit-ozersk",
        "В Озёрском районе нашли осколки метеорита",
        "Учёные университета нашли на поле под деревней Липовка 11 осколков метеорита, упавшего "
        "в ноябре.",
        105.0,
    ),
    (
        "ru-meteorit-ozersk",
        "Осколки метеорита в Липовке",
        "Найдено 11 фрагментов.",
        105.4,
    ),
    (
        "ru-moroz-severogorsk",
        "В Северогорске отменили занятия в школах из-за мороза",
        "В четверг температура опустилась до минус 37 градусов, и ученики младших классов "
        "остались дома.",
        78.0,
    ),
    (
        "ru-moroz-severogorsk",
        "Мороз до минус 37",
        "Младшие школьники сидят дома.",
        78.4,
    ),
    (
        "ru-moroz-severogorsk",
        "Морозы в Северогорске продержатся до выходных",
        "Синоптики обещают потепление только в воскресенье; в пятницу школы снова могут закрыть.",
        90.0,
    ),
    (
        "ru-zavod-krasnobor",
        "Завод в Красноборе вложит 2 млрд рублей в новую линию",
        "Красноборский машиностроительный завод построит линию по выпуску насосов и наберёт 150 "
        "рабочих.",
        38.0,
    ),
    (
        "ru-zavod-krasnobor",
        "Два миллиарда на новую линию",
        "Завод наберёт 150 рабочих.",
        38.4,
    ),
    (
        "ru-premiera-severogorsk",
        "Северогорский театр покажет премьеру по Чехову",
        "В субботу драматический театр Северогорска представит «Дядю Ваню» в постановке молодого "
        "режиссёра.",
        130.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "the same place, another event within hours": (
        "en-signal-harcross/package",
        "en-boat-porthallow/swimmer",
        "de-bahnhof-kesselbach/kiosk",
        "ru-teplotrassa-krasnobor/magazin",
    ),
    "the same place, another event days later": (
        "en-school-lenfield/robotics",
        "fr-chalutier-ambrac/gasoil",
        "nl-sluis-hardewier/drenkeling",
    ),
    "the same actor, another event": (
        "en-results-corvane/fine",
        "en-library-pellingham/mayorcar",
        "es-salud-navalcruz/bermejo",
        "it-ferraluce/multa",
    ),
    "the same kind of event in another town on the same day": (
        "en-flood-tarrow/hexley",
        "en-robbery-kestwick/dunmore",
        "de-unwetter-hagenau/tiefenbach",
        "es-monoxido-villacastro/toral",
        "pt-multibanco-formosa/carvalhal",
    ),
    "a preview (or shortlist) and its report": (
        "en-cup-ashvale/report",
        "fr-prix-alvere/laureat",
        "it-derby-castelferro/partita",
    ),
    "a recurring figure or draw: one period's and another's": (
        "en-fuel-weekly/next",
        "de-lotto-mittwoch/samstag",
        "es-paro-octubre/noviembre",
    ),
    "an announcement and its implementation": (
        "en-bus-x9/first",
        "de-tempo30-rendorf/gilt",
        "pt-greve-doqueiros/dia",
        "ru-tarif-severogorsk/vstupil",
    ),
    "a story and an unrelated story that mentions it as background": (
        "en-fire-garrowby/timetable",
        "en-water-ellbridge/tariff",
        "it-neve-appennino/piano",
        "nl-stal-oosterveld/vergunning",
    ),
}
