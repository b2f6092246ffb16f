"""A thirteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 12: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours
apart (a flash, a live-blog line or a teaser first, fuller copies 0.5 to 6 hours later), a
follow-up 12 to 40 hours after the first copy (the lynx recaptured, the ship refloated, the
village hall opened for stranded drivers, the ferries running again after the strike day).

What is new against round 12: the hard negatives are other shapes of "same actor, another
event", and several sit weeks away. A court verdict and its appeal five to seven weeks later
(840 to 1165 hours); one carmaker's two separate recalls 22 hours, 43 hours and three weeks
(500 hours) apart; a transfer rumour and the signed transfer 40 hours, 6 days and 9 days later;
a strike announced and the strike day itself 19 hours, 44 hours, 6 days and 8 days later; one
hospital's two separate outbreaks 30 hours, 36 hours and three weeks apart; a company's
quarterly results and its shareholders' meeting 30 hours, 46 hours, three weeks and six weeks
later; a volcano's eruption and, the same morning, an airline's cancellations for another cause
(a cabin-crew walkout, controllers' strike, fog) 1 to 2 hours apart; two searches in one national
park 20 hours, 30 hours and 5 days apart. New positive shapes: an eruption's story includes the
airline cancellations that its own ash causes (Northwind Air's 140 flights, Islaire's 36, the 48
flights to Serpa), and a local paper's copy (the Ashcombe Echo, the Oxley Advertiser, the Havell
Mercury) sits beside national copies of the same event.

Items with one story label are one event as different outlets in one language would carry it:
a wire flash or live line, a local paper, a business page, a quote-led or human-angle piece, an
explainer, a next-day follow-up that repeats the background. Copies share what real coverage
shares (a place, a name, the key number, the event noun), in their own words: numbers change
format (48,000 / 48k, 72 000 / 72.000, £1.4m / £1.4 million, 4.1% / 4.1 per cent / 4.1pc,
1,8 Milliarden Euro / 1,8 Mrd. Euro, 40,000 / 40k, 9km / nine kilometres), names change form
(full name, surname, title, club nickname), and most stories have a teaser copy whose lead is
under 80 characters.

What "same story" means here, as in rounds 9 to 12: one event (one eruption, one verdict, one
recall, one transfer, one strike, one outbreak, one set of results, one search, one crash, one
fire, one announcement) in that event's news cycle, including a next-day follow-up. Not the
same story: another event of the same kind or with the same actor, even at the same court,
carmaker, club, union, hospital, firm, park or airport (the appeal weeks after the verdict, the
van recall after the hatchback recall, the signing after the rumour of talks, the strike day
after the strike call, the flu quarantine after the gut infection, the shareholders' meeting
after the quarterly results, the controllers' strike on the morning of the eruption, the second
search in the park). The second event often names the first as background; it is still another
story. An eruption and the flight cancellations its ash causes that day are one story; flight
cancellations that day for another cause are another story. A label with a suffix after a slash
is a hard negative of the story before the slash (categories in `HARD_NEGATIVES`). The fourteen
stories told by one outlet sit next to a paired story's place, firm, club or hospital
(Ashcombe's market, Corvane's paint shop, Kestrel City's stadium, St Aldric's car park, Dunmere's
college, Marvigny's pool, Lindenau's buses, Montelupo's stadium, Westlijn's buses, Olkhovsk's
school): they can only be merged falsely. No story has more than four copies, and every story's
copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties, unions and volcanoes are invented here; real bodies
appear only as backdrop (the Court of Appeal, the Kraftfahrt-Bundesamt, the Protezione civile,
the KNMI, the Força Aérea).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor the items of earlier rounds (round 12 was read for its docstring, format and
a handful of items), and never run through the merging code before its one scoring run
(`python -m bench.stories --round13`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-eruption-vardholm",
        "Mount Skarva erupts on Vardholm, sending ash 9km into the sky",
        "The volcano on the northern island of Vardholm erupted shortly before 6am on Tuesday, "
        "throwing an ash column about nine kilometres high; the 400 residents of Skarvik were "
        "moved to the south of the island.",
        30.0,
    ),
    (
        "en-eruption-vardholm",
        "LIVE: Skarva volcano eruption",
        "Ash plume reported over Vardholm; villagers evacuated.",
        30.3,
    ),
    (
        "en-eruption-vardholm",
        "Northwind Air grounds 140 flights as Skarva ash drifts south",
        "Northwind Air cancelled 140 flights to and from its northern bases on Tuesday because "
        "of the ash cloud from the Vardholm eruption, stranding about 15,000 passengers.",
        33.0,
    ),
    (
        "en-eruption-vardholm",
        "Skarva quietens as northern airports reopen",
        "The eruption on Vardholm eased overnight and the ash cloud thinned, letting Northwind "
        "Air restart most flights on Wednesday morning; Skarvik residents are still not allowed "
        "home.",
        56.0,
    ),
    (
        "en-eruption-vardholm/walkout",
        "Bluecrest cancels 90 flights at Carrow as cabin crew walk out",
        "Bluecrest Airways scrapped 90 departures from Carrow airport on Tuesday after cabin "
        "crew staged an unannounced walkout over rosters, on a day when volcanic ash had already "
        "grounded flights in the north.",
        31.5,
    ),
    (
        "en-eruption-vardholm/walkout",
        "Crew walkout hits Bluecrest at Carrow",
        "Ninety flights cancelled as cabin staff stop work over rosters.",
        32.0,
    ),
    (
        "en-eruption-vardholm/walkout",
        "Bluecrest and union to meet after day of chaos at Carrow",
        "Bluecrest said it would meet the cabin crew union on Wednesday; the airline blamed the "
        "sudden stoppage, not the weather or the ash, for the 90 lost flights.",
        36.5,
    ),
    (
        "en-eruption-vardholm/walkout",
        "Bluecrest crew return to work after talks",
        "Flights at Carrow back to normal on Wednesday.",
        46.0,
    ),
    (
        "en-verdict-holloway",
        "Former council leader Dennis Holloway guilty of £1.4m fraud",
        "A jury at Marbridge Crown Court found Dennis Holloway, who led Elmshire County Council "
        "for nine years, guilty of defrauding the council of £1.4m through sham consultancy "
        "contracts.",
        10.0,
    ),
    (
        "en-verdict-holloway",
        "Holloway convicted",
        "Ex-Elmshire leader guilty of fraud after seven-week trial.",
        10.4,
    ),
    (
        "en-verdict-holloway",
        "Elmshire council 'betrayed' by former leader, says chief executive",
        "After the guilty verdict against Dennis Holloway, the council's chief executive said "
        "the £1.4 million would be pursued through the courts and that contract checks had been "
        "rewritten.",
        12.5,
    ),
    (
        "en-verdict-holloway",
        "How Holloway's consultancy scam went unnoticed for six years",
        "The fraud that ended with Monday's conviction of Elmshire's former leader relied on "
        "invoices just under the threshold for a second signature, the trial at Marbridge heard.",
        26.0,
    ),
    (
        "en-verdict-holloway/appeal",
        "Court of Appeal upholds Holloway fraud conviction",
        "Three judges rejected Dennis Holloway's appeal against his conviction for the £1.4m "
        "fraud on Elmshire County Council, ruling the trial judge had directed the jury "
        "correctly.",
        1010.0,
    ),
    (
        "en-verdict-holloway/appeal",
        "Holloway loses appeal",
        "Judges reject former Elmshire leader's challenge to fraud verdict.",
        1010.4,
    ),
    (
        "en-verdict-holloway/appeal",
        "Holloway's lawyers weigh Supreme Court bid after appeal fails",
        "Lawyers for the former council leader said they were studying the judgment and might "
        "seek permission to go to the Supreme Court; he is serving six years.",
        1013.0,
    ),
    (
        "en-recall-corvane",
        "Corvane recalls 48,000 Aster hatchbacks over fuel leak risk",
        "Corvane Motors is recalling 48,000 Aster hatchbacks built between 2023 and 2025 because "
        "a fuel-line clip can crack and leak near the exhaust, the carmaker said on Wednesday.",
        55.0,
    ),
    (
        "en-recall-corvane",
        "Corvane Aster recall",
        "48k cars affected by fuel-line fault, owners to be contacted.",
        55.3,
    ),
    (
        "en-recall-corvane",
        "Aster owners told to book free repair as Corvane admits three fires",
        "Corvane said three Aster hatchbacks had caught fire after the fuel-line fault, with no "
        "one hurt; dealers will fit a new clip in about an hour.",
        58.0,
    ),
    (
        "en-recall-corvane",
        "Corvane shares slip as Aster recall bill estimated at £30m",
        "Analysts put the cost of the 48,000-car recall at around £30 million; the shares fell 2 "
        "per cent in early trading on Thursday.",
        80.0,
    ),
    (
        "en-recall-corvane/vans",
        "Corvane recalls 6,500 Tarn electric vans over seatbelt anchors",
        "Corvane Motors has recalled 6,500 Tarn electric vans because the rear seatbelt anchors "
        "may not have been tightened at the factory, in a separate action from the Aster recall.",
        98.0,
    ),
    (
        "en-recall-corvane/vans",
        "Second Corvane recall: Tarn vans",
        "Seatbelt anchor fault found on 6,500 electric vans.",
        98.5,
    ),
    (
        "en-recall-corvane/vans",
        "Fleet operators check Tarn vans after Corvane seatbelt warning",
        "Delivery firms using the Tarn said they had taken some vans off the road until the "
        "seatbelt anchors are inspected; Corvane said the fix takes twenty minutes.",
        103.0,
    ),
    (
        "en-transfer-okafor",
        "Kestrel City in talks to sign Lindeburg striker Okafor",
        "Kestrel City have opened talks with the Belgian club RFC Lindeburg over striker Tunde "
        "Okafor, 24, who scored 19 league goals last season, according to people close to the "
        "club.",
        80.0,
    ),
    (
        "en-transfer-okafor",
        "Kestrel want Okafor",
        "City chase the 19-goal striker from Lindeburg.",
        80.5,
    ),
    (
        "en-transfer-okafor",
        "Lindeburg set £20m price for Okafor as Kestrel circle",
        "The Belgian club want about £20m for Tunde Okafor; Kestrel City's first offer is said "
        "to be well short of that.",
        85.0,
    ),
    (
        "en-transfer-okafor/signed",
        "Okafor signs four-year Kestrel City deal for £18m",
        "Tunde Okafor has joined Kestrel City from RFC Lindeburg on a four-year contract, with "
        "the fee reported at £18m rising to £21m with add-ons.",
        224.0,
    ),
    (
        "en-transfer-okafor/signed",
        "Done deal: Okafor is a Kestrel player",
        "Striker completes move from Lindeburg.",
        224.2,
    ),
    (
        "en-transfer-okafor/signed",
        "'I wanted to play in England': Okafor on his Kestrel move",
        "Unveiled at the club's training ground, the new signing said he had turned down offers "
        "from France because Kestrel City promised him a starting place.",
        226.0,
    ),
    (
        "en-transfer-okafor/signed",
        "Okafor could make Kestrel debut against Penhallow",
        "Kestrel City's manager said the £18m signing would be in the squad for Saturday's game "
        "if his registration clears in time.",
        240.0,
    ),
    (
        "en-strike-merrow",
        "Ferry crews on Merrow Strait to strike next Tuesday",
        "The seafarers' union MSU said its members at Strait Link would strike for 24 hours from "
        "6am on Saturday week in a dispute over crewing levels, halting crossings to the Merrow "
        "islands.",
        106.0,
    ),
    (
        "en-strike-merrow",
        "Merrow ferry strike called",
        "24-hour stoppage at Strait Link set for Saturday week.",
        106.3,
    ),
    (
        "en-strike-merrow",
        "Island businesses fear lost trade as ferry strike date set",
        "Shops and hotels on the Merrow islands said a one-day stoppage on Saturday week would "
        "cost them bookings; Strait Link said it hoped talks would avert the strike.",
        110.0,
    ),
    (
        "en-strike-merrow/day",
        "No ferries across Merrow Strait as crews strike",
        "Strait Link cancelled all 34 crossings on Saturday as ferry crews began a 24-hour "
        "strike over crewing levels; islanders relied on a single charter boat for medical "
        "trips.",
        294.0,
    ),
    (
        "en-strike-merrow/day",
        "Merrow ferries halted",
        "Crews walk out for 24 hours and all crossings are cancelled.",
        294.3,
    ),
    (
        "en-strike-merrow/day",
        "Picket line at Portmerrow as ferry strike bites",
        "Around sixty crew members stood at the harbour gates; the union said a second strike "
        "would follow if Strait Link did not hire more staff.",
        298.0,
    ),
    (
        "en-strike-merrow/day",
        "Merrow crossings resume after strike ends",
        "The first Strait Link ferry left Portmerrow at 6am on Sunday as the 24-hour strike "
        "ended, with queues of lorries waiting at both ports.",
        318.0,
    ),
    (
        "en-hospital-aldric",
        "Norovirus outbreak closes three wards at St Aldric's in Penmoor",
        "St Aldric's Hospital has shut three wards to new admissions after 41 patients and staff "
        "fell ill with norovirus, and asked visitors to stay away for now.",
        129.0,
    ),
    (
        "en-hospital-aldric",
        "Winter vomiting bug closes Penmoor wards",
        "Visitors asked to stay away from St Aldric's.",
        129.5,
    ),
    (
        "en-hospital-aldric",
        "Operations postponed at St Aldric's as norovirus spreads",
        "Twenty-two planned operations were cancelled as the norovirus outbreak at the Penmoor "
        "hospital reached 41 cases, the hospital trust said.",
        135.0,
    ),
    (
        "en-hospital-aldric/cdiff",
        "Four patients infected in C. difficile cluster at St Aldric's",
        "St Aldric's Hospital in Penmoor is investigating a cluster of four C. difficile "
        "infections on its elderly care ward, weeks after a norovirus outbreak there had ended.",
        633.0,
    ),
    (
        "en-hospital-aldric/cdiff",
        "C. diff cluster at Penmoor hospital",
        "Four patients on elderly care ward infected.",
        633.4,
    ),
    (
        "en-hospital-aldric/cdiff",
        "St Aldric's deep-cleans ward after C. diff cases",
        "The trust said the elderly care ward would close for a deep clean and that all four "
        "patients with C. difficile were responding to treatment.",
        638.0,
    ),
    (
        "en-quarter-harrowgate",
        "Harrowgate Foods lifts sales 4.1% in third quarter",
        "Harrowgate Foods said third-quarter sales rose 4.1 per cent to £612m, helped by its "
        "chilled ready meals, and kept its full-year profit forecast.",
        175.0,
    ),
    (
        "en-quarter-harrowgate",
        "Harrowgate sales up 4.1pc",
        "Ready meals drive quarter; outlook kept.",
        175.2,
    ),
    (
        "en-quarter-harrowgate",
        "Harrowgate shares rise as chilled meals offset bakery slump",
        "Shares in the food maker gained 3% after the quarterly update, though sales at its "
        "bakery arm fell for a third quarter running.",
        178.0,
    ),
    (
        "en-quarter-harrowgate/agm",
        "Harrowgate shareholders rebel over chief executive's pay at AGM",
        "Thirty-eight per cent of votes cast at Harrowgate Foods' annual meeting went against "
        "the pay report, after the chief executive's bonus was raised to 150% of salary.",
        1183.0,
    ),
    (
        "en-quarter-harrowgate/agm",
        "Pay revolt at Harrowgate AGM",
        "38% vote against remuneration report.",
        1183.4,
    ),
    (
        "en-quarter-harrowgate/agm",
        "Harrowgate chairman promises pay talks after AGM protest",
        "The chairman said the board would consult large investors before next year's meeting; "
        "the pay report still passed with 62 per cent.",
        1186.0,
    ),
    (
        "en-search-brenfell",
        "Missing walker found alive after night on Brenfell moor",
        "A 61-year-old woman missing overnight in Brenfell National Park was found cold but "
        "alive near Hagg Tor in the early hours of Monday by a mountain rescue team and a search "
        "dog.",
        170.0,
    ),
    (
        "en-search-brenfell",
        "Brenfell walker found",
        "Woman safe after overnight search on moor.",
        170.4,
    ),
    (
        "en-search-brenfell",
        "Dog called Moss found missing walker, says Brenfell rescue team",
        "The rescue team said its search dog picked up the woman's scent in a gully below Hagg "
        "Tor; more than 50 volunteers had been out through the night.",
        175.0,
    ),
    (
        "en-search-brenfell",
        "Rescued Brenfell walker thanks volunteers from hospital bed",
        "Jean Pascoe, 61, said she had slipped and lost her map in fog; she is expected to be "
        "discharged after treatment for hypothermia.",
        190.0,
    ),
    (
        "en-search-brenfell/students",
        "Search for two students missing in Brenfell National Park",
        "Two university students who set out to walk the Langstone ridge on Monday had not "
        "returned by Tuesday morning, and rescue teams were searching the western side of the "
        "park.",
        200.0,
    ),
    (
        "en-search-brenfell/students",
        "Two students missing on Langstone ridge",
        "New search launched in Brenfell park.",
        200.5,
    ),
    (
        "en-search-brenfell/students",
        "Missing students found sheltering in bothy on Langstone",
        "The two students were found safe in a mountain hut on Tuesday afternoon; they had lost "
        "their way in snow, the second search in the park in two days.",
        206.0,
    ),
    (
        "en-explosion-ashcombe",
        "Two houses destroyed in gas explosion in Ashcombe",
        "A gas explosion destroyed two terraced houses on Mill Lane in Ashcombe on Tuesday "
        "evening; three people were taken to hospital and 30 homes were evacuated.",
        210.0,
    ),
    (
        "en-explosion-ashcombe",
        "Ashcombe blast",
        "Gas explosion flattens two homes on Mill Lane; three hurt.",
        210.2,
    ),
    (
        "en-explosion-ashcombe",
        "'The windows came in': Mill Lane neighbours on Ashcombe blast",
        "The Ashcombe Echo spoke to neighbours who heard the explosion across the town; a woman "
        "pulled from the rubble is in a serious but stable condition.",
        212.0,
    ),
    (
        "en-explosion-ashcombe",
        "Gas network checks pipes as Ashcombe families wait to go home",
        "Engineers were testing the mains on Mill Lane on Wednesday after the explosion; most of "
        "the 30 evacuated households may return by the evening.",
        230.0,
    ),
    (
        "en-ashcombe-market",
        "Ashcombe Christmas market opens with record stalls",
        "Eighty stalls are lining the high street this weekend.",
        330.0,
    ),
    (
        "en-rail-oxley",
        "Freight train derails near Oxley Junction, blocking main line",
        "Eight wagons of a stone train came off the track near Oxley Junction on Tuesday night; "
        "no one was hurt but the line between Oxley and Durnford will be closed for days.",
        45.0,
    ),
    (
        "en-rail-oxley",
        "Oxley line shut",
        "Freight derailment blocks the route; buses replace trains.",
        45.5,
    ),
    (
        "en-rail-oxley",
        "Oxley derailment: stone wagons block both tracks",
        "Eight wagons left the rails on the curve north of Oxley Junction late on Tuesday, the "
        "Oxley Advertiser reports; residents on Station Road heard a long screech, then a crash.",
        46.5,
    ),
    (
        "en-rail-oxley",
        "Commuters face week of buses after Oxley derailment",
        "The rail operator said cranes would lift the wagons on Thursday and track repairs would "
        "follow; rail replacement buses will run between Oxley and Durnford.",
        60.0,
    ),
    (
        "en-steel-dunmere",
        "Bramwell Steel to close Dunmere plant with 600 jobs lost",
        "Bramwell Steel said it would close its rolling mill at Dunmere by next summer, blaming "
        "energy costs and cheap imports, with the loss of about 600 jobs.",
        60.5,
    ),
    (
        "en-steel-dunmere",
        "600 jobs to go at Dunmere",
        "Bramwell to shut rolling mill next summer.",
        60.8,
    ),
    (
        "en-steel-dunmere",
        "'A hammer blow': Dunmere reacts to steelworks closure",
        "Local MP Carys Pugh said the town had been given no warning; the mill is the largest "
        "private employer in the valley.",
        64.0,
    ),
    (
        "en-steel-dunmere",
        "Ministers to meet Bramwell over Dunmere closure",
        "The business secretary will meet Bramwell Steel's owners on Friday to discuss whether "
        "the Dunmere mill can be sold rather than shut.",
        88.0,
    ),
    (
        "en-outage-northgate",
        "Northgate Bank customers locked out of app for six hours",
        "Millions of Northgate Bank customers could not log into the mobile app or make card "
        "payments online for six hours on Wednesday, which the bank blamed on a failed software "
        "update.",
        66.0,
    ),
    (
        "en-outage-northgate",
        "Northgate app down",
        "Customers unable to log in or pay online.",
        66.4,
    ),
    (
        "en-outage-northgate",
        "Northgate apologises and promises refunds after outage",
        "The bank said customers charged late fees during the six-hour outage would be refunded; "
        "the regulator said it was in contact with Northgate.",
        70.0,
    ),
    (
        "en-outage-northgate",
        "What to do if the Northgate outage left you out of pocket",
        "Customers who missed a bill payment during Wednesday's six-hour failure of the bank's "
        "app should keep records and ask Northgate to cover any charges.",
        76.5,
    ),
    (
        "en-frog-leeford",
        "New species of tree frog found in Andean cloud forest",
        "Researchers from Leeford University have described a new species of tree frog, smaller "
        "than a thumbnail, found in cloud forest at 2,800 metres.",
        88.5,
    ),
    (
        "en-frog-leeford",
        "Thumb-sized frog is new to science",
        "Leeford team names tiny cloud-forest species.",
        89.0,
    ),
    (
        "en-frog-leeford",
        "Tiny frog named after the guide who first heard its call",
        "The Leeford scientists named the frog after a local guide who led them to the stream "
        "where its high whistle had been heard for years.",
        95.0,
    ),
    (
        "en-final-carrick",
        "Carrick Lions beat Thornbury 24-18 to lift Challenge Cup",
        "Carrick Lions won the rugby Challenge Cup for the first time in 31 years, beating "
        "Thornbury 24-18 at the national stadium with a late try from wing Sam Obi.",
        136.0,
    ),
    (
        "en-final-carrick",
        "Lions win the cup",
        "Late Obi try settles final against Thornbury.",
        136.3,
    ),
    (
        "en-final-carrick",
        "Thornbury coach: 'We gave them the final ten minutes'",
        "The Thornbury coach said his side lost their discipline after leading 18-17; two "
        "penalties conceded in the last ten minutes gave Carrick the field position for the "
        "winning try.",
        138.0,
    ),
    (
        "en-final-carrick",
        "Thousands line Carrick streets for cup parade",
        "An open-top bus carried the Challenge Cup through the town on Sunday, a day after the "
        "Lions' 24-18 win.",
        158.0,
    ),
    (
        "en-lynx-bratton",
        "Lynx escapes from Bratton wildlife park",
        "A Eurasian lynx got out of its enclosure at Bratton Wildlife Park overnight; police "
        "asked people nearby to keep pets indoors and not approach the animal.",
        180.0,
    ),
    (
        "en-lynx-bratton",
        "Bratton lynx on the loose",
        "Public told not to approach escaped cat.",
        180.3,
    ),
    (
        "en-lynx-bratton",
        "Escaped lynx recaptured in garden near Bratton",
        "Keepers caught the lynx, named Tova, in a garden two miles from the park using a trap "
        "baited with chicken; she was unhurt.",
        188.0,
    ),
    (
        "en-lynx-bratton",
        "Wildlife park to review fences after lynx escape",
        "Bratton Wildlife Park said a fallen tree had damaged the enclosure fence and all its "
        "big-cat pens would be checked.",
        200.2,
    ),
    (
        "en-housing-nandakumar",
        "Government pledges 90,000 homes on former industrial sites",
        "Housing Secretary Priya Nandakumar said 90,000 homes would be built on brownfield land "
        "over five years, backed by a £4bn fund for clearing contaminated sites.",
        230.5,
    ),
    (
        "en-housing-nandakumar",
        "£4bn for brownfield homes",
        "Nandakumar sets 90,000-home target.",
        230.8,
    ),
    (
        "en-housing-nandakumar",
        "Builders welcome brownfield fund but warn of planning delays",
        "The builders' federation said the £4 billion fund was a start, but that planning "
        "departments lacked staff to approve the homes quickly.",
        236.0,
    ),
    (
        "en-housing-nandakumar",
        "Councils ask who will pay for roads and schools on brownfield sites",
        "Local authority leaders said Nandakumar's 90,000-home plan said little about the "
        "schools, surgeries and roads the new estates would need.",
        248.0,
    ),
    (
        "en-powercut-kelbrook",
        "Substation fire leaves 40,000 homes without power in Kelbrook",
        "A fire at the Kelbrook grid substation on Tuesday evening cut electricity to about "
        "40,000 homes and businesses across the town.",
        235.0,
    ),
    (
        "en-powercut-kelbrook",
        "Kelbrook blackout",
        "Substation fire cuts power to 40k homes.",
        235.3,
    ),
    (
        "en-powercut-kelbrook",
        "Most Kelbrook homes back on as engineers reroute supply",
        "The network operator said power had been restored to all but 3,000 properties by "
        "midnight after the substation blaze.",
        241.0,
    ),
    (
        "en-powercut-kelbrook",
        "Kelbrook fire: investigators look at transformer fault",
        "Fire investigators said a transformer fault was the likely cause of the substation fire "
        "that blacked out much of Kelbrook on Tuesday.",
        262.0,
    ),
    (
        "en-drone-ferncastle",
        "Drone sighting halts flights at Ferncastle airport",
        "Ferncastle airport suspended take-offs and landings for almost two hours on Thursday "
        "morning after a drone was seen near the runway; 18 flights were diverted.",
        274.0,
    ),
    (
        "en-drone-ferncastle",
        "Ferncastle runway closed",
        "Drone seen near the airport; flights diverted.",
        274.4,
    ),
    (
        "en-drone-ferncastle",
        "Police question man over Ferncastle airport drone",
        "A 29-year-old man was being questioned after officers found a drone in a car parked "
        "near the airport perimeter.",
        280.0,
    ),
    (
        "en-drone-ferncastle",
        "Man charged over drone that closed Ferncastle airport",
        "The 29-year-old was charged with endangering an aircraft after Thursday's drone "
        "sighting stopped flights for nearly two hours.",
        296.0,
    ),
    (
        "en-ship-tamsin",
        "Container ship runs aground in Tamsin estuary",
        "The 280-metre container ship Orla Bay ran aground on a sandbank in the Tamsin estuary "
        "at low tide on Saturday, blocking the channel to Port Havell.",
        300.0,
    ),
    (
        "en-ship-tamsin",
        "Ship stuck in Tamsin",
        "Orla Bay aground, channel to Port Havell blocked.",
        300.3,
    ),
    (
        "en-ship-tamsin",
        "Port Havell waits as grounded Orla Bay blocks estuary",
        "Six ships were queuing off the Tamsin bar on Saturday while the stranded container "
        "vessel sat on the sandbank, the Havell Mercury reported.",
        301.5,
    ),
    (
        "en-ship-tamsin",
        "Tugs refloat Orla Bay on evening tide",
        "Five tugs pulled the container ship free on Saturday evening; the harbour master said "
        "no fuel had leaked and the channel reopened.",
        310.0,
    ),
    (
        "en-actor-voss",
        "Gerald Voss, stage and screen actor, dies aged 88",
        "Gerald Voss, known for forty years of Shakespeare at the Harbour Theatre and the TV "
        "detective series Fenner, has died at his home aged 88, his family said.",
        320.0,
    ),
    (
        "en-actor-voss",
        "Actor Gerald Voss dies",
        "Star of TV's Fenner was 88.",
        320.3,
    ),
    (
        "en-actor-voss",
        "Tributes to Gerald Voss: 'the kindest man in any rehearsal room'",
        "Actors who worked with Voss recalled his generosity to young performers; the Harbour "
        "Theatre will dim its lights on Friday.",
        326.0,
    ),
    (
        "en-actor-voss",
        "Voss's Lear remembered as his finest hour",
        "Critics looked back on the late actor's King Lear of 2004, which played for a year at "
        "the Harbour Theatre.",
        340.0,
    ),
    (
        "en-snow-calder",
        "Snow closes roads across Calder Fells",
        "Heavy snow closed three A-roads over the Calder Fells on Monday and left dozens of "
        "drivers stranded overnight at Wythe summit.",
        345.0,
    ),
    (
        "en-snow-calder",
        "Drivers stuck at Wythe",
        "Snow shuts Calder Fells roads.",
        345.3,
    ),
    (
        "en-snow-calder",
        "Stranded drivers spend night in Wythe village hall",
        "Volunteers opened the hall and served soup to about 60 people stuck on the snowbound "
        "road over the Calder Fells.",
        352.0,
    ),
    (
        "en-snow-calder",
        "Calder Fells roads reopen as thaw begins",
        "Gritters and snowploughs cleared the last of the three closed A-roads by Tuesday "
        "afternoon; the Wythe summit road is open with care.",
        380.0,
    ),
    (
        "en-breach-pinewood",
        "Pinewood Home says data of 2 million customers stolen",
        "The homeware retailer Pinewood Home said hackers had stolen names, addresses and "
        "partial card details of about two million online customers.",
        360.0,
    ),
    (
        "en-breach-pinewood",
        "Pinewood hack",
        "The details of 2m customers have been taken.",
        360.4,
    ),
    (
        "en-breach-pinewood",
        "Pinewood customers warned of scam emails after hack",
        "Security experts said customers of the retailer should expect convincing phishing "
        "messages using their stolen details.",
        366.0,
    ),
    (
        "en-breach-pinewood",
        "Pinewood breach came through supplier's account, retailer says",
        "The retailer said attackers logged in with a password stolen from a delivery "
        "contractor; it has reported the breach to the data regulator.",
        380.0,
    ),
    (
        "en-church-fire-wenna",
        "Fire destroys roof of St Wenna's church in Trelask",
        "The medieval roof of St Wenna's church in Trelask was destroyed by fire overnight; "
        "firefighters saved the tower and the bells.",
        390.0,
    ),
    (
        "en-church-fire-wenna",
        "Trelask church fire",
        "The roof of St Wenna's is lost but the tower was saved.",
        390.3,
    ),
    (
        "en-church-fire-wenna",
        "'Six hundred years gone in a night': Trelask mourns its church roof",
        "The rector of St Wenna's said the congregation would hold Sunday's service in the "
        "churchyard; the cause of the fire is not yet known.",
        392.0,
    ),
    (
        "en-church-fire-wenna",
        "Villagers launch appeal to rebuild St Wenna's",
        "Within hours of the fire, Trelask residents had raised £40,000 towards a new roof for "
        "the church.",
        400.0,
    ),
    (
        "en-tractors-halmer",
        "Hundreds of tractors block Halmer ring road in farm protest",
        "Farmers drove about 400 tractors onto the ring road in Halmer on Tuesday to protest "
        "against cuts to farm payments, causing tailbacks for miles.",
        370.0,
    ),
    (
        "en-tractors-halmer",
        "Tractor protest in Halmer",
        "Farmers block ring road over payments.",
        370.3,
    ),
    (
        "en-tractors-halmer",
        "Halmer gridlocked by tractor protest",
        "Commuters in Halmer were stuck for up to two hours as farmers' tractors crawled around "
        "the ring road in a slow-moving protest.",
        371.5,
    ),
    (
        "en-tractors-halmer",
        "Farm minister agrees to meet protesting farmers",
        "After the Halmer protest, the farm minister said she would meet farmers' leaders next "
        "week but would not reverse the payment cuts.",
        376.0,
    ),
    (
        "en-museum-halsey",
        "Gold torc stolen from Halsey Museum in night raid",
        "Thieves broke through a skylight at the Halsey Museum overnight and took an Iron Age "
        "gold torc valued at more than £1m.",
        8.0,
    ),
    (
        "en-museum-halsey",
        "Halsey torc stolen",
        "Iron Age gold piece taken in a break-in at the museum.",
        8.4,
    ),
    (
        "en-museum-halsey",
        "Police release images of men wanted over Halsey torc theft",
        "Detectives issued CCTV stills of two men seen on the museum roof shortly after 2am.",
        15.0,
    ),
    (
        "en-museum-halsey",
        "Archaeologists fear stolen torc will be melted down",
        "Experts said the gold torc's value as metal is a fraction of its worth as an object, "
        "but thieves often melt such pieces quickly.",
        32.0,
    ),
    (
        "en-corvane-plant",
        "Corvane opens new paint shop at Lenford factory",
        "The £120m facility will paint 300 bodies a day.",
        500.0,
    ),
    (
        "en-kestrel-stadium",
        "Kestrel City's stadium expansion approved",
        "Councillors back 6,000 extra seats at the ground.",
        400.5,
    ),
    (
        "en-aldric-parking",
        "St Aldric's scraps parking charges for night staff",
        "Penmoor hospital ends fees for night-shift workers.",
        260.0,
    ),
    (
        "en-brenfell-visitors",
        "Brenfell National Park records busiest year",
        "Visitor numbers passed 3 million for the first time.",
        420.0,
    ),
    (
        "en-merrow-bridge",
        "Study looks again at bridge over Merrow Strait",
        "The council will pay for a new feasibility report.",
        470.0,
    ),
    (
        "en-dunmere-college",
        "Dunmere college opens engineering centre",
        "New workshop will train 200 apprentices a year.",
        480.0,
    ),
    # --- French ---
    (
        "fr-proces-marchal",
        "L'ancien maire de Saint-Ombreval condamné pour favoritisme",
        "Le tribunal correctionnel de Verlac a condamné mardi Philippe Marchal, maire de "
        "Saint-Ombreval pendant douze ans, à trois ans de prison dont un ferme pour "
        "l'attribution truquée de marchés publics.",
        40.0,
    ),
    (
        "fr-proces-marchal",
        "Philippe Marchal condamné à trois ans dont un ferme",
        "L'ex-maire de Saint-Ombreval fait appel, annonce son avocat.",
        40.3,
    ),
    (
        "fr-proces-marchal",
        "Favoritisme à Saint-Ombreval : les entreprises amies du maire également sanctionnées",
        "Deux dirigeants d'entreprises de travaux publics ont été condamnés à des amendes de 50 "
        "000 euros pour avoir profité des marchés attribués par Philippe Marchal.",
        43.0,
    ),
    (
        "fr-proces-marchal",
        "À Saint-Ombreval, le jugement contre Marchal divise les habitants",
        "Au marché du mercredi, certains défendent un maire « qui a tout construit », d'autres "
        "parlent d'un système enfin mis au jour par le tribunal de Verlac.",
        58.0,
    ),
    (
        "fr-proces-marchal/appel",
        "Favoritisme : la cour d'appel réduit la peine de Philippe Marchal",
        "La cour d'appel de Verlac a ramené à deux ans avec sursis la peine de l'ancien maire de "
        "Saint-Ombreval, jugeant qu'un des trois marchés n'avait pas été truqué.",
        880.0,
    ),
    (
        "fr-proces-marchal/appel",
        "Marchal échappe à la prison en appel",
        "Deux ans avec sursis pour l'ex-maire de Saint-Ombreval.",
        880.3,
    ),
    (
        "fr-proces-marchal/appel",
        "Après l'appel, Philippe Marchal n'exclut pas de se représenter",
        "L'ancien élu, qui reste inéligible pendant trois ans selon l'arrêt, a dit vouloir « "
        "laisser passer le temps » avant de revenir à la vie locale.",
        884.0,
    ),
    (
        "fr-rappel-orvane",
        "Orvane rappelle 72 000 Célia pour un airbag défaillant",
        "Le constructeur Orvane rappelle 72 000 berlines Célia fabriquées entre 2022 et 2024, "
        "dont l'airbag passager risque de ne pas se déclencher en cas de choc.",
        140.0,
    ),
    (
        "fr-rappel-orvane",
        "Rappel massif chez Orvane",
        "72.000 Célia concernées par un défaut d'airbag.",
        140.3,
    ),
    (
        "fr-rappel-orvane",
        "Airbag des Célia : ce que doivent faire les propriétaires",
        "Les conducteurs recevront un courrier ; l'intervention en concession dure environ 45 "
        "minutes et est gratuite, précise Orvane.",
        144.0,
    ),
    (
        "fr-rappel-orvane",
        "Rappel de la Célia : les concessionnaires Orvane débordés",
        "Dans plusieurs garages de la région lyonnaise, les rendez-vous pour changer l'airbag "
        "sont déjà pris jusqu'en février.",
        160.0,
    ),
    (
        "fr-rappel-orvane/freins",
        "Orvane rappelle aussi 9 400 utilitaires Boréal pour leurs freins",
        "Au lendemain du rappel de la Célia, Orvane annonce un second rappel, sans lien, de 9 "
        "400 fourgons Boréal dont les flexibles de frein arrière peuvent s'user prématurément.",
        162.0,
    ),
    (
        "fr-rappel-orvane/freins",
        "Nouveau rappel Orvane : les fourgons Boréal",
        "Un défaut de freins sur 9 400 utilitaires.",
        162.4,
    ),
    (
        "fr-rappel-orvane/freins",
        "Les artisans inquiets pour leurs fourgons Boréal",
        "Plombiers et livreurs, gros clients du Boréal, craignent d'être privés de leur véhicule "
        "pendant la réparation des freins.",
        167.0,
    ),
    (
        "fr-rappel-orvane/freins",
        "Rappel des Boréal : Orvane promet des pièces sous quinze jours",
        "Le constructeur assure que les flexibles de frein seront disponibles dans tout le "
        "réseau avant la fin du mois, un délai jugé trop long par les artisans.",
        180.0,
    ),
    (
        "fr-eboulement-ansonne",
        "Un éboulement coupe la route du col de la Brèche",
        "Plusieurs centaines de mètres cubes de roche sont tombés sur la départementale dans la "
        "vallée de l'Ansonne dans la nuit, isolant le village de Praz-Haut et ses 300 habitants.",
        78.0,
    ),
    (
        "fr-eboulement-ansonne",
        "Praz-Haut isolé par un éboulement",
        "La route du col est fermée jusqu'à nouvel ordre.",
        78.3,
    ),
    (
        "fr-eboulement-ansonne",
        "Vallée de l'Ansonne : une navette par hélicoptère pour Praz-Haut",
        "La préfecture a mis en place des rotations d'hélicoptère pour les soins et le "
        "ravitaillement du village coupé par l'éboulement.",
        83.0,
    ),
    (
        "fr-eboulement-ansonne",
        "Éboulement du col de la Brèche : la route rouvrira dans dix jours",
        "Les géologues estiment la paroi stabilisée ; les travaux de déblaiement commencent pour "
        "rendre la route aux habitants de Praz-Haut.",
        100.0,
    ),
    (
        "fr-incendie-marvigny",
        "Incendie d'un entrepôt à Marvigny : les habitants invités à rester chez eux",
        "Un important incendie a ravagé un entrepôt de 20 000 m² dans la zone d'activités de "
        "Marvigny ; la préfecture demande aux riverains de fermer portes et fenêtres à cause des "
        "fumées.",
        236.0,
    ),
    (
        "fr-incendie-marvigny",
        "Feu géant dans une zone d'activités",
        "Un entrepôt de Marvigny en flammes, fumée visible à 30 km.",
        236.3,
    ),
    (
        "fr-incendie-marvigny",
        "Marvigny : l'incendie de l'entrepôt est maîtrisé",
        "Plus de 150 pompiers ont lutté toute la nuit ; aucun blessé n'est à déplorer et les "
        "premières analyses de l'air sont rassurantes.",
        247.0,
    ),
    (
        "fr-incendie-marvigny",
        "Après l'incendie de Marvigny, 200 salariés au chômage technique",
        "Le logisticien propriétaire de l'entrepôt a annoncé que ses 200 employés seraient payés "
        "pendant la reconstruction.",
        262.0,
    ),
    (
        "fr-marvigny-piscine",
        "Marvigny inaugure sa nouvelle piscine",
        "Le bassin de 50 mètres ouvre au public samedi.",
        420.0,
    ),
    # --- German ---
    (
        "de-warnstreik-lindenau",
        "NVG ruft zu Warnstreik im Lindenauer Nahverkehr auf",
        "Die Gewerkschaft NVG hat die Beschäftigten der Lindenauer Verkehrsbetriebe für "
        "Donnerstag ab 3 Uhr zu einem ganztägigen Warnstreik aufgerufen; Busse und Straßenbahnen "
        "sollen im Depot bleiben.",
        60.0,
    ),
    (
        "de-warnstreik-lindenau",
        "Warnstreik in Lindenau angekündigt",
        "Am Donnerstag fahren keine Busse und Bahnen.",
        60.3,
    ),
    (
        "de-warnstreik-lindenau",
        "Eltern und Pendler suchen Alternativen für den Streiktag",
        "Schulen in Lindenau haben die Anwesenheitspflicht für Donnerstag gelockert; die Stadt "
        "rät zu Fahrgemeinschaften.",
        63.0,
    ),
    (
        "de-warnstreik-lindenau/streiktag",
        "Stillstand in Lindenau: Busse und Bahnen bleiben im Depot",
        "Seit 3 Uhr legt der Warnstreik der NVG den Nahverkehr in Lindenau lahm; auf den "
        "Einfallstraßen stauten sich am Morgen die Autos.",
        79.0,
    ),
    (
        "de-warnstreik-lindenau/streiktag",
        "Warnstreik legt Lindenau lahm",
        "Kein Bus und keine Bahn fährt, Staus in der Innenstadt.",
        79.3,
    ),
    (
        "de-warnstreik-lindenau/streiktag",
        "Kundgebung vor dem Rathaus: 800 Streikende fordern mehr Lohn",
        "Zur Mittagszeit versammelten sich die Beschäftigten der Verkehrsbetriebe vor dem "
        "Lindenauer Rathaus; die NVG fordert 9 Prozent mehr.",
        84.0,
    ),
    (
        "de-warnstreik-lindenau/streiktag",
        "Nach dem Warnstreik: Busse in Lindenau fahren wieder",
        "Am Freitagmorgen rollte der Verkehr wieder an; Arbeitgeber und NVG treffen sich in der "
        "kommenden Woche zur dritten Verhandlungsrunde.",
        103.0,
    ),
    (
        "de-rueckruf-kaltwerk",
        "Kaltwerk ruft 31.000 Terra wegen Lenkungsproblem zurück",
        "Der Autobauer Kaltwerk ruft weltweit 31.000 SUV des Modells Terra zurück, weil sich "
        "eine Schraube an der Lenksäule lösen kann; Unfälle seien nicht bekannt.",
        110.0,
    ),
    (
        "de-rueckruf-kaltwerk",
        "Rückruf bei Kaltwerk",
        "Lenkung der Terra kann ausfallen.",
        110.4,
    ),
    (
        "de-rueckruf-kaltwerk",
        "Kaltwerk-Rückruf: Terra-Fahrer müssen in die Werkstatt",
        "Die Reparatur der Lenksäule dauert laut Hersteller eine Stunde; Halter werden vom "
        "Kraftfahrt-Bundesamt angeschrieben.",
        116.0,
    ),
    (
        "de-rueckruf-kaltwerk",
        "Kaltwerk: Ursache für Terra-Rückruf liegt bei Zulieferer",
        "Die fehlerhaften Schrauben an der Lenksäule stammen von einem Zulieferer aus "
        "Tschechien, teilte Kaltwerk mit.",
        130.0,
    ),
    (
        "de-rueckruf-kaltwerk/vela",
        "Kaltwerk ruft 12.000 Elektroautos Vela wegen Brandgefahr zurück",
        "Drei Wochen nach dem Terra-Rückruf muss Kaltwerk erneut in die Werkstätten: Bei 12.000 "
        "Vela können Zellen der Batterie überhitzen, Halter sollen nur bis 80 Prozent laden.",
        610.0,
    ),
    (
        "de-rueckruf-kaltwerk/vela",
        "Neuer Kaltwerk-Rückruf: Vela-Batterie",
        "Brandgefahr bei 12.000 Elektroautos.",
        610.3,
    ),
    (
        "de-rueckruf-kaltwerk/vela",
        "Vela-Besitzer sollen nicht in der Garage laden",
        "Kaltwerk rät Haltern, das Auto bis zum Austausch der Batteriemodule im Freien zu parken "
        "und nicht über Nacht zu laden.",
        615.0,
    ),
    (
        "de-quartal-soerensen",
        "Sörensen Chemie: Umsatz sinkt im dritten Quartal um 6 Prozent",
        "Der Spezialchemiekonzern Sörensen hat im dritten Quartal 1,8 Milliarden Euro umgesetzt, "
        "6 Prozent weniger als vor einem Jahr; das operative Ergebnis brach um ein Viertel ein.",
        250.0,
    ),
    (
        "de-quartal-soerensen",
        "Sörensen mit schwachem Quartal",
        "Umsatz 1,8 Mrd. Euro, Ergebnis deutlich unter Vorjahr.",
        250.3,
    ),
    (
        "de-quartal-soerensen",
        "Sörensen-Aktie fällt nach Quartalszahlen um 5 %",
        "Anleger reagierten enttäuscht auf die Zahlen des Chemiekonzerns; Analysten bemängeln "
        "die schwache Nachfrage aus der Autoindustrie.",
        254.0,
    ),
    (
        "de-quartal-soerensen/hv",
        "Sörensen-Hauptversammlung: Protest gegen Schließung des Werks Ohlstedt",
        "Auf der Hauptversammlung von Sörensen Chemie demonstrierten Beschäftigte des Werks "
        "Ohlstedt vor der Halle; die Aktionäre billigten die Dividende von 1,10 Euro je Aktie.",
        296.0,
    ),
    (
        "de-quartal-soerensen/hv",
        "Aktionäre billigen Dividende bei Sörensen",
        "Hauptversammlung begleitet von Protest.",
        296.3,
    ),
    (
        "de-quartal-soerensen/hv",
        "Sörensen-Chefin verteidigt auf der Hauptversammlung den Sparkurs",
        "Vorstandschefin Katrin Albers sagte vor den Aktionären, ohne die Schließung von "
        "Ohlstedt sei das Geschäft mit Lacken nicht zu halten.",
        300.0,
    ),
    (
        "de-vermisst-rinne",
        "Vermisster Wanderer im Nationalpark Hohe Rinne lebend gefunden",
        "Ein 72-jähriger Wanderer aus Tellbach, der seit Sonntagabend im Nationalpark Hohe Rinne "
        "vermisst wurde, ist am Montag von der Bergwacht unterkühlt, aber lebend gefunden "
        "worden.",
        344.0,
    ),
    (
        "de-vermisst-rinne",
        "Vermisster Senior gefunden",
        "Bergwacht findet 72-Jährigen in der Hohen Rinne.",
        344.3,
    ),
    (
        "de-vermisst-rinne",
        "Wärmebildkamera führte Retter zu vermisstem Wanderer",
        "Ein Polizeihubschrauber mit Wärmebildkamera entdeckte den Mann in einem Bachtal abseits "
        "der Wege, sagte ein Sprecher der Bergwacht.",
        348.0,
    ),
    (
        "de-vermisst-rinne",
        'Geretteter Wanderer aus der Hohen Rinne: "Ich hatte mich verlaufen"',
        "Der 72-Jährige erzählte nach seiner Entlassung aus dem Krankenhaus, er sei einer "
        "falschen Markierung gefolgt und habe die Nacht unter einer Fichte verbracht.",
        364.0,
    ),
    (
        "de-vermisst-rinne/kletterer",
        "Zwei Kletterer aus Felswand in der Hohen Rinne gerettet",
        "Die Bergwacht hat zwei Kletterer aus Bayern geborgen, die am Falkenstein im "
        "Nationalpark Hohe Rinne festsaßen; die beiden hatten per Handy Hilfe gerufen.",
        464.0,
    ),
    (
        "de-vermisst-rinne/kletterer",
        "Kletterer am Falkenstein geborgen",
        "Nächtlicher Einsatz der Bergwacht in der Hohen Rinne.",
        464.3,
    ),
    (
        "de-vermisst-rinne/kletterer",
        "Bergwacht warnt nach Einsatz am Falkenstein vor Vereisung",
        "Nach der Rettung der zwei Kletterer mahnt die Bergwacht, bei Frost auf Touren in den "
        "Felswänden des Nationalparks zu verzichten.",
        469.0,
    ),
    (
        "de-stellwerk-weissenfeld",
        "Brand im Stellwerk legt Bahnverkehr bei Weißenfeld lahm",
        "Ein Kabelbrand im Stellwerk Weißenfeld hat am Samstagmorgen den Zugverkehr auf der "
        "Strecke zwischen Haldern und Roth gestoppt; Fernzüge werden umgeleitet.",
        150.0,
    ),
    (
        "de-stellwerk-weissenfeld",
        "Stellwerksbrand in Weißenfeld",
        "Keine Züge zwischen Haldern und Roth.",
        150.3,
    ),
    (
        "de-stellwerk-weissenfeld",
        "Polizei prüft Brandstiftung am Stellwerk Weißenfeld",
        "Ermittler untersuchen, ob der Kabelbrand gelegt wurde; an einem Kabelschacht wurden "
        "Spuren gefunden.",
        156.0,
    ),
    (
        "de-stellwerk-weissenfeld",
        "Nach Stellwerksbrand: Reparatur dauert bis Mitte nächster Woche",
        "Die Bahn richtet einen Ersatzverkehr mit Bussen zwischen Haldern und Roth ein, bis die "
        "Kabel im Stellwerk erneuert sind.",
        174.0,
    ),
    (
        "de-lindenau-busse",
        "Lindenau bestellt 20 neue Elektrobusse",
        "Die ersten Fahrzeuge sollen im Herbst auf die Straße.",
        500.0,
    ),
    # --- Spanish ---
    (
        "es-fichaje-ruiz",
        "El Atlético Sierramar negocia el fichaje de Diego Ruiz",
        "El Atlético Sierramar ha abierto conversaciones con el CD Valdeluz para hacerse con el "
        "delantero Diego Ruiz, autor de 14 goles esta temporada, según fuentes del club.",
        90.0,
    ),
    (
        "es-fichaje-ruiz",
        "Sierramar quiere a Diego Ruiz",
        "El delantero del Valdeluz, objetivo para el mercado de invierno.",
        90.3,
    ),
    (
        "es-fichaje-ruiz",
        "El Valdeluz pide 15 millones por su goleador",
        "El club no dejará salir a Diego Ruiz por menos de su cláusula, y el Sierramar ofrece "
        "por ahora 10 millones más variables.",
        95.0,
    ),
    (
        "es-fichaje-ruiz/firma",
        "Diego Ruiz firma con el Atlético Sierramar hasta 2030",
        "El delantero ha firmado este sábado por cuatro temporadas y media con el Atlético "
        "Sierramar, que pagará al CD Valdeluz 12 millones de euros más 2 en variables.",
        130.0,
    ),
    (
        "es-fichaje-ruiz/firma",
        "Ruiz ya es del Sierramar",
        "Doce millones para cerrar el fichaje con el Valdeluz.",
        130.3,
    ),
    (
        "es-fichaje-ruiz/firma",
        'Diego Ruiz, en su presentación: "Vengo a ganar títulos"',
        "Ante unos 3.000 aficionados, el nuevo delantero del Sierramar se despidió de la afición "
        "del Valdeluz y prometió goles.",
        133.0,
    ),
    (
        "es-fichaje-ruiz/firma",
        "Ruiz podría debutar el domingo ante el Puerto Lagos",
        "El entrenador del Sierramar confirmó que el nuevo fichaje viajará con el equipo si "
        "llega a tiempo el transfer internacional.",
        150.0,
    ),
    (
        "es-erupcion-ferrera",
        "Entra en erupción el volcán Cumbre Negra, en la isla de Ferrera",
        "El volcán Cumbre Negra, en el norte de la isla de Ferrera, entró en erupción a las 4.20 "
        "de la madrugada; unas 1.500 personas de los barrios de Las Lomas y El Peñón han sido "
        "evacuadas.",
        244.5,
    ),
    (
        "es-erupcion-ferrera",
        "Erupción en Ferrera",
        "Evacuadas 1.500 personas por el volcán.",
        244.7,
    ),
    (
        "es-erupcion-ferrera",
        "Islaire cancela todos sus vuelos a Ferrera por la ceniza del volcán",
        "La aerolínea regional Islaire suspendió los 36 vuelos previstos con la isla por la nube "
        "de ceniza de Cumbre Negra, y el aeropuerto de Ferrera permanece cerrado.",
        247.5,
    ),
    (
        "es-erupcion-ferrera",
        "La lava de Cumbre Negra alcanza la carretera del norte de Ferrera",
        "La colada cortó la carretera que une Las Lomas con el puerto; los evacuados pasaron la "
        "noche en un pabellón y en casas de familiares.",
        264.5,
    ),
    (
        "es-erupcion-ferrera/huelga",
        "La huelga de controladores cancela 120 vuelos en Valdemora",
        "Un paro de los controladores aéreos del aeropuerto de Valdemora obligó a cancelar 120 "
        "vuelos este jueves, en una jornada ya complicada por la erupción en Ferrera.",
        246.5,
    ),
    (
        "es-erupcion-ferrera/huelga",
        "Huelga en la torre de Valdemora",
        "Los controladores paran y caen 120 vuelos.",
        246.9,
    ),
    (
        "es-erupcion-ferrera/huelga",
        "Miles de pasajeros atrapados en Valdemora por el paro de controladores",
        "Las colas en los mostradores de las aerolíneas se alargaron durante toda la mañana; el "
        "sindicato de controladores exige más plantilla en la torre.",
        250.5,
    ),
    (
        "es-erupcion-ferrera/huelga",
        "Los controladores de Valdemora desconvocan los paros tras un acuerdo",
        "El sindicato de controladores y el gestor aeroportuario alcanzaron un preacuerdo por la "
        "noche; los vuelos del viernes operarán con normalidad.",
        260.5,
    ),
    (
        "es-derrumbe-montemayor",
        "Dos muertos al derrumbarse un edificio en Montemayor de Campos",
        "Un edificio de cuatro plantas se derrumbó la pasada noche en el centro de Montemayor de "
        "Campos; los bomberos han rescatado a cinco personas con vida y hay dos fallecidos.",
        200.0,
    ),
    (
        "es-derrumbe-montemayor",
        "Se derrumba un edificio en Montemayor",
        "Dos fallecidos y cinco rescatados con vida.",
        200.3,
    ),
    (
        "es-derrumbe-montemayor",
        "Los vecinos del edificio derrumbado habían denunciado grietas",
        "Varios residentes del inmueble de Montemayor de Campos dijeron que habían avisado al "
        "ayuntamiento de grietas en la fachada hace un año.",
        206.0,
    ),
    (
        "es-derrumbe-montemayor",
        "El juzgado abre diligencias por el derrumbe de Montemayor",
        "Un juzgado de Montemayor de Campos investiga si hubo negligencia en el mantenimiento "
        "del edificio que se vino abajo el lunes.",
        222.0,
    ),
    (
        "es-loteria-villaserena",
        "El Gordo cae en Villaserena y reparte 80 millones",
        "El primer premio del sorteo extraordinario ha caído íntegramente en una administración "
        "de Villaserena, que ha vendido 200 series del número ganador.",
        350.0,
    ),
    (
        "es-loteria-villaserena",
        "El Gordo, en Villaserena",
        "Una administración del pueblo vende el primer premio.",
        350.2,
    ),
    (
        "es-loteria-villaserena",
        "Champán en la calle Mayor: Villaserena celebra el Gordo",
        "Vecinos y dueños de bares se abrazaron ante la administración de lotería de la calle "
        "Mayor, que ha repartido 80 millones.",
        353.0,
    ),
    (
        "es-loteria-villaserena",
        "El club de fútbol de Villaserena, entre los agraciados con el Gordo",
        "El modesto equipo del pueblo vendió participaciones del número premiado para pagar los "
        "viajes de la temporada.",
        365.0,
    ),
    (
        "es-ferrera-turismo",
        "Ferrera bate su récord de turistas",
        "La isla recibió más de un millón de visitantes en el año.",
        520.0,
    ),
    # --- Italian ---
    (
        "it-eruzione-serpa",
        "Eruzione del Monte Caldaro sull'isola di Serpa, chiuso l'aeroporto",
        "Il Monte Caldaro è entrato in eruzione nella notte con una fontana di lava e una "
        "colonna di cenere alta 6 chilometri; l'aeroporto di Serpa è stato chiuso per "
        "precauzione.",
        175.0,
    ),
    (
        "it-eruzione-serpa",
        "Caldaro in eruzione, cenere su Serpa",
        "Lo scalo dell'isola resta chiuso fino a nuovo avviso.",
        175.3,
    ),
    (
        "it-eruzione-serpa",
        "Cenere del Caldaro: cancellati 48 voli da e per Serpa",
        "Le compagnie hanno cancellato 48 voli a causa della nube di cenere del vulcano; a Porto "
        "Serpa i traghetti sono presi d'assalto dai passeggeri rimasti a terra.",
        178.0,
    ),
    (
        "it-eruzione-serpa",
        "Caldaro, l'attività si attenua: riapre lo scalo di Serpa",
        "Dopo una notte più tranquilla, la pista dell'aeroporto è stata ripulita dalla cenere e "
        "i primi voli sono ripartiti nel pomeriggio.",
        195.0,
    ),
    (
        "it-eruzione-serpa/nebbia",
        "Nebbia fitta a Borgonera, cancellati 60 voli",
        "Una nebbia con visibilità sotto i 50 metri ha bloccato l'aeroporto di Borgonera per "
        "tutta la mattina: 60 voli cancellati e altri 30 dirottati sugli scali vicini.",
        176.0,
    ),
    (
        "it-eruzione-serpa/nebbia",
        "Borgonera nella nebbia",
        "Scalo bloccato per la scarsa visibilità.",
        176.4,
    ),
    (
        "it-eruzione-serpa/nebbia",
        "Passeggeri bloccati a Borgonera, la nebbia si dirada solo a mezzogiorno",
        "Code ai banchi delle compagnie e notte in albergo per centinaia di viaggiatori; nessun "
        "legame con la cenere che nel frattempo chiudeva lo scalo di Serpa.",
        181.0,
    ),
    (
        "it-eruzione-serpa/nebbia",
        "Borgonera, il giorno dopo la nebbia: voli in ritardo fino a sera",
        "Anche nella giornata successiva lo scalo ha smaltito con fatica i voli cancellati per "
        "la nebbia, con ritardi medi di due ore.",
        190.0,
    ),
    (
        "it-mercato-bernardi",
        "Il Montelupo tratta Luca Bernardi con l'US Ceravolo",
        "Il Montelupo ha avviato i contatti con l'US Ceravolo per il centrocampista Luca "
        "Bernardi, 22 anni, considerato uno dei migliori giovani della Serie B.",
        60.0,
    ),
    (
        "it-mercato-bernardi",
        "Montelupo su Bernardi",
        "Il centrocampista del Ceravolo piace ai biancoverdi.",
        60.3,
    ),
    (
        "it-mercato-bernardi",
        "Bernardi, il Ceravolo chiede 8 milioni al Montelupo",
        "Il presidente del Ceravolo non vuole sconti per il suo centrocampista; il Montelupo "
        "offre 5 milioni più il prestito di un giovane.",
        64.0,
    ),
    (
        "it-mercato-bernardi/firma",
        "Ufficiale: Luca Bernardi è del Montelupo",
        "Il centrocampista ha firmato un contratto fino al 2029; al Ceravolo vanno 7 milioni di "
        "euro più bonus, annuncia il club biancoverde.",
        276.0,
    ),
    (
        "it-mercato-bernardi/firma",
        "Bernardi firma per il Montelupo",
        "Contratto fino al 2029, al Ceravolo 7 milioni.",
        276.3,
    ),
    (
        "it-mercato-bernardi/firma",
        'Bernardi si presenta: "Al Montelupo per giocare con continuità"',
        "Nella conferenza stampa di presentazione il nuovo acquisto ha ringraziato i tifosi del "
        "Ceravolo e indicato la maglia numero 8.",
        280.0,
    ),
    (
        "it-trimestrale-fornasari",
        "Fornasari Meccanica, utile trimestrale in crescita del 12%",
        "Il gruppo di Valdesca ha chiuso il terzo trimestre con ricavi per 410 milioni di euro e "
        "un utile netto in aumento del 12%, grazie agli ordini dell'aerospazio.",
        330.0,
    ),
    (
        "it-trimestrale-fornasari",
        "Fornasari, conti in crescita",
        "Utile +12% nel terzo trimestre.",
        330.3,
    ),
    (
        "it-trimestrale-fornasari",
        "Fornasari vola in Borsa dopo la trimestrale",
        "Il titolo ha guadagnato il 6% nella seduta dopo i conti, con gli analisti che alzano il "
        "prezzo obiettivo.",
        333.0,
    ),
    (
        "it-trimestrale-fornasari/assemblea",
        "L'assemblea di Fornasari approva il riacquisto di azioni e il nuovo cda",
        "I soci di Fornasari Meccanica riuniti a Valdesca hanno approvato un piano di acquisto "
        "di azioni proprie fino a 50 milioni e nominato tre nuovi consiglieri.",
        360.0,
    ),
    (
        "it-trimestrale-fornasari/assemblea",
        "Fornasari, sì dei soci al buyback",
        "L'assemblea approva anche il rinnovo del cda.",
        360.3,
    ),
    (
        "it-trimestrale-fornasari/assemblea",
        "In assemblea il fondatore Fornasari lascia la presidenza alla figlia",
        "Carlo Fornasari, 79 anni, ha ceduto la presidenza del gruppo alla figlia Elena, con il "
        "voto unanime dei soci.",
        363.0,
    ),
    (
        "it-frana-valdossa",
        "Frana sulla statale della Val d'Ossa, isolato il paese di Rocca Alta",
        "Una frana di circa 5.000 metri cubi è scesa sulla strada statale nella notte, tagliando "
        "fuori Rocca Alta; nessun ferito, ma 400 abitanti restano senza collegamenti.",
        100.0,
    ),
    (
        "it-frana-valdossa",
        "Frana in Val d'Ossa",
        "Rocca Alta è isolata e la strada è chiusa.",
        100.3,
    ),
    (
        "it-frana-valdossa",
        "Rocca Alta, navetta in elicottero per malati e scolari",
        "La Protezione civile ha organizzato voli per portare a valle chi ha bisogno di cure e "
        "per il rifornimento del paese isolato dalla frana.",
        106.0,
    ),
    (
        "it-frana-valdossa",
        "Val d'Ossa, aperta una pista provvisoria accanto alla frana",
        "Dopo un giorno e mezzo di lavori, le ruspe hanno aperto un passaggio a senso unico "
        "alternato per Rocca Alta.",
        122.0,
    ),
    (
        "it-montelupo-stadio",
        "Montelupo, via libera al restyling dello stadio",
        "Il comune approva il progetto per la nuova curva.",
        450.0,
    ),
    # --- Dutch ---
    (
        "nl-staking-westlijn",
        "Vakbond kondigt staking aan bij streekvervoerder Westlijn",
        "Vakbond VBO legt donderdag de hele dag het busvervoer van Westlijn in de regio Meerveld "
        "stil; de bond wil een hogere toeslag voor onregelmatige diensten.",
        33.0,
    ),
    (
        "nl-staking-westlijn",
        "Donderdag staking bij Westlijn",
        "Geen bussen in de regio Meerveld.",
        33.3,
    ),
    (
        "nl-staking-westlijn",
        "Scholen in Meerveld zoeken vervoer voor de stakingsdag",
        "Middelbare scholen vragen ouders om donderdag zelf voor vervoer te zorgen; sommige "
        "lessen gaan online.",
        37.0,
    ),
    (
        "nl-staking-westlijn/dag",
        "Geen bus in Meerveld: staking bij Westlijn begonnen",
        "Sinds vier uur vanochtend rijden er geen bussen van Westlijn in de regio Meerveld; de "
        "staking duurt tot morgenochtend.",
        77.0,
    ),
    (
        "nl-staking-westlijn/dag",
        "Westlijn legt werk neer",
        "Bussen blijven de hele dag in de stalling.",
        77.3,
    ),
    (
        "nl-staking-westlijn/dag",
        "Drukte op de fietspaden en in de trein tijdens busstaking",
        "Reizigers in Meerveld weken uit naar fiets en trein; de NS zette langere treinen in op "
        "het traject naar de stad.",
        81.0,
    ),
    (
        "nl-staking-westlijn/dag",
        "Westlijn en VBO na stakingsdag weer aan tafel",
        "De vervoerder en de vakbond hebben na de staking van donderdag afgesproken volgende "
        "week opnieuw te praten over de toeslagen.",
        93.0,
    ),
    (
        "nl-kwartaal-brinkhorst",
        "Brinkhorst Logistiek ziet omzet met 8 procent stijgen",
        "Het transportbedrijf boekte in het derde kwartaal een omzet van 520 miljoen euro, 8 "
        "procent meer dan een jaar eerder, vooral door de groei van de koelopslag.",
        150.0,
    ),
    (
        "nl-kwartaal-brinkhorst",
        "Brinkhorst groeit door",
        "Omzet in het kwartaal 8% hoger.",
        150.3,
    ),
    (
        "nl-kwartaal-brinkhorst",
        "Aandeel Brinkhorst hoger na kwartaalcijfers",
        "Beleggers reageerden positief op de cijfers van de logistieke dienstverlener; het "
        "aandeel won 4 procent.",
        153.0,
    ),
    (
        "nl-kwartaal-brinkhorst",
        "Brinkhorst wil koelopslag verder uitbreiden na sterk kwartaal",
        "Topvrouw Ilse Brinkhorst zegt na de kwartaalcijfers te zoeken naar overnames in de "
        "koelopslag.",
        158.0,
    ),
    (
        "nl-kwartaal-brinkhorst/ava",
        "Aandeelhouders Brinkhorst stemmen in met overname van Koelhuis Noord",
        "Op een buitengewone aandeelhoudersvergadering heeft Brinkhorst Logistiek groen licht "
        "gekregen voor de overname van Koelhuis Noord voor 140 miljoen euro.",
        650.0,
    ),
    (
        "nl-kwartaal-brinkhorst/ava",
        "Ja van aandeelhouders voor Brinkhorst-overname",
        "Koelhuis Noord gaat voor 140 miljoen over.",
        650.3,
    ),
    (
        "nl-kwartaal-brinkhorst/ava",
        "Kritiek op de vergadering van Brinkhorst over de prijs van Koelhuis Noord",
        "Een beleggersvereniging vond de overnameprijs te hoog, maar stemde uiteindelijk toch "
        "voor; 91 procent van de stemmen was voor.",
        654.0,
    ),
    (
        "nl-brug-meerkerk",
        "Binnenvaartschip ramt brug in Meerkerk, brug voor weken dicht",
        "Een vrachtschip is vannacht tegen de Hefbrug in Meerkerk gevaren; de brug is zwaar "
        "beschadigd en blijft volgens de gemeente minstens drie weken dicht voor al het verkeer.",
        200.0,
    ),
    (
        "nl-brug-meerkerk",
        "Hefbrug Meerkerk geramd",
        "Een schip vaart tegen de brug, die weken dicht is.",
        200.3,
    ),
    (
        "nl-brug-meerkerk",
        "Omleiding van twintig minuten voor inwoners van Meerkerk",
        "Automobilisten moeten omrijden via de brug bij Sluisdam; voor fietsers zet de gemeente "
        "een pontje in.",
        205.0,
    ),
    (
        "nl-brug-meerkerk",
        "Schipper van vrachtschip Meerkerk had te veel gedronken",
        "De politie meldt dat de schipper die tegen de Hefbrug voer een blaastest had geweigerd "
        "en later positief testte op alcohol.",
        220.0,
    ),
    (
        "nl-ijzel-noorden",
        "IJzel zorgt voor honderden ongelukken in het noorden",
        "Door ijzel zijn vanochtend in het noorden van het land honderden auto's en fietsers "
        "onderuit gegaan; het KNMI had code oranje afgegeven.",
        298.0,
    ),
    (
        "nl-ijzel-noorden",
        "Code oranje voor ijzel",
        "Spekgladde wegen in het noorden.",
        298.3,
    ),
    (
        "nl-ijzel-noorden",
        "Spoedeisende hulp druk met gevallen fietsers door gladheid",
        "Ziekenhuizen in het noorden zagen de hele ochtend botbreuken binnenkomen van mensen die "
        "op de ijzel waren uitgegleden.",
        303.0,
    ),
    (
        "nl-ijzel-noorden",
        "Na de ijzel: strooiwagens kregen niet alles op tijd gestrooid",
        "Provincies verklaren dat de regen te snel bevroor om alle fietspaden op tijd te strooien.",
        318.0,
    ),
    (
        "nl-westlijn-bussen",
        "Westlijn rijdt vanaf januari met waterstofbussen",
        "Tien nieuwe bussen op de lijn naar de stad.",
        530.0,
    ),
    # --- Portuguese ---
    (
        "pt-greve-metro",
        "Sindicato anuncia greve no Metro de Vale Formoso para dia 12",
        "O sindicato dos trabalhadores do Metro de Vale Formoso marcou uma greve de 24 horas "
        "para o próximo dia 12, em protesto contra a falta de maquinistas.",
        58.0,
    ),
    (
        "pt-greve-metro",
        "Greve no metro marcada",
        "Paralisação de 24 horas no dia 12.",
        58.3,
    ),
    (
        "pt-greve-metro",
        "Empresa do metro pede serviços mínimos para o dia da greve",
        "A administração do Metro de Vale Formoso vai pedir ao tribunal arbitral serviços "
        "mínimos de 30% na greve anunciada pelo sindicato.",
        62.0,
    ),
    (
        "pt-greve-metro/dia",
        "Greve fecha o Metro de Vale Formoso durante todo o dia",
        "Nenhuma composição circulou esta terça-feira na rede do metro, parada por uma greve de "
        "24 horas dos trabalhadores; os autocarros registaram grande afluência.",
        200.0,
    ),
    (
        "pt-greve-metro/dia",
        "Metro parado em Vale Formoso",
        "Adesão total à greve, diz o sindicato.",
        200.3,
    ),
    (
        "pt-greve-metro/dia",
        "Trânsito caótico na cidade no dia da greve do metro",
        "As entradas da cidade registaram filas de quilómetros desde as sete da manhã, com "
        "muitos utentes a recorrer ao carro.",
        204.0,
    ),
    (
        "pt-greve-metro/dia",
        "Metro de Vale Formoso retoma a circulação após a greve",
        "As estações reabriram às seis da manhã de quarta-feira; o sindicato admite novas greves "
        "se não houver contratações.",
        222.0,
    ),
    (
        "pt-hospital-brigida",
        "Surto de gripe A obriga a suspender visitas no Hospital de Santa Brígida",
        "O Hospital de Santa Brígida, em Castro Alvo, suspendeu as visitas no serviço de "
        "medicina interna depois de 19 doentes terem contraído gripe A no internamento.",
        230.0,
    ),
    (
        "pt-hospital-brigida",
        "Visitas suspensas em Castro Alvo",
        "Surto de gripe no hospital com 19 doentes.",
        230.3,
    ),
    (
        "pt-hospital-brigida",
        "Gripe em Santa Brígida: hospital reforça a vacinação dos profissionais",
        "A administração do hospital vai vacinar os profissionais que ainda não o fizeram e "
        "isolou os doentes numa ala própria.",
        234.0,
    ),
    (
        "pt-hospital-brigida/legionela",
        "Legionela detetada na água do edifício novo do Hospital de Santa Brígida",
        "Dois doentes do edifício novo do hospital de Castro Alvo contraíram a doença dos "
        "legionários; as análises encontraram a bactéria na rede de água quente.",
        266.0,
    ),
    (
        "pt-hospital-brigida/legionela",
        "Legionela no hospital de Castro Alvo",
        "Dois doentes infetados no edifício novo.",
        266.3,
    ),
    (
        "pt-hospital-brigida/legionela",
        "Santa Brígida fecha chuveiros e desinfeta a rede de água",
        "O hospital proibiu os banhos de chuveiro no edifício novo até à desinfeção da "
        "canalização, um caso sem relação com o surto de gripe.",
        271.0,
    ),
    (
        "pt-naufragio-cabo",
        "Traineira naufraga ao largo de Vila do Cabo, um pescador desaparecido",
        "A traineira Nova Esperança afundou-se de madrugada a seis milhas de Vila do Cabo; três "
        "pescadores foram resgatados por uma embarcação vizinha e um continua desaparecido.",
        120.0,
    ),
    (
        "pt-naufragio-cabo",
        "Naufrágio em Vila do Cabo",
        "Três resgatados e um desaparecido no mar.",
        120.3,
    ),
    (
        "pt-naufragio-cabo",
        "Buscas pelo pescador desaparecido continuam com helicóptero da Força Aérea",
        "A Marinha e a Força Aérea mantêm as buscas ao largo de Vila do Cabo, com o mar agitado "
        "a dificultar o trabalho.",
        126.0,
    ),
    (
        "pt-naufragio-cabo",
        "Vila do Cabo de luto pelo naufrágio da Nova Esperança",
        "A comunidade piscatória juntou-se no porto numa vigília pelo pescador ainda "
        "desaparecido, de 44 anos.",
        140.0,
    ),
    (
        "pt-derbi-ribamar",
        "Sporting de Ribamar vence o dérbi por 2-1 no último minuto",
        "O Sporting de Ribamar venceu o Atlético da Foz por 2-1, com um golo de cabeça de Tiago "
        "Moura aos 90 minutos, e subiu ao terceiro lugar da liga.",
        340.0,
    ),
    (
        "pt-derbi-ribamar",
        "Ribamar ganha o dérbi",
        "Moura decide no último minuto.",
        340.2,
    ),
    (
        "pt-derbi-ribamar",
        "Treinador da Foz queixa-se da arbitragem depois do dérbi",
        "O técnico do Atlético da Foz disse que o golo do Ribamar nasceu de uma falta não "
        "assinalada sobre o seu guarda-redes.",
        342.0,
    ),
    (
        "pt-derbi-ribamar",
        "Tiago Moura, o herói do dérbi que quase deixou o futebol",
        "O avançado do Ribamar, autor do golo da vitória, trabalhou dois anos numa fábrica antes "
        "de voltar aos relvados.",
        358.0,
    ),
    (
        "pt-castro-alvo-saude",
        "Castro Alvo vai ter um novo centro de saúde",
        "Obra começa em março com verba do município.",
        480.0,
    ),
    # --- Russian ---
    (
        "ru-prigovor-lebedev",
        "Бывшего директора завода в Северогорске приговорили к пяти годам",
        "Суд в Северогорске приговорил бывшего директора механического завода Олега Лебедева к "
        "пяти годам колонии за растрату 80 миллионов рублей.",
        15.0,
    ),
    (
        "ru-prigovor-lebedev",
        "Лебедев получил пять лет",
        "Экс-директор завода осуждён за растрату.",
        15.3,
    ),
    (
        "ru-prigovor-lebedev",
        "Защита Лебедева обжалует приговор",
        "Адвокат бывшего директора заявил, что суд не учёл показания главного бухгалтера, и "
        "пообещал подать апелляцию в течение десяти дней.",
        18.0,
    ),
    (
        "ru-prigovor-lebedev",
        "Рабочие завода в Северогорске о приговоре бывшему директору",
        "Работники предприятия, которым годами задерживали зарплату, сказали, что ждут возврата "
        "похищенных денег, а не только срока.",
        33.0,
    ),
    (
        "ru-prigovor-lebedev/apellyatsiya",
        "Апелляционный суд сократил срок экс-директору завода Лебедеву",
        "Областной суд снизил наказание Олегу Лебедеву с пяти до четырёх лет, признав смягчающим "
        "обстоятельством частичное возмещение ущерба.",
        1180.0,
    ),
    (
        "ru-prigovor-lebedev/apellyatsiya",
        "Срок Лебедеву снижен до четырёх лет",
        "Областной суд рассмотрел апелляцию.",
        1180.3,
    ),
    (
        "ru-prigovor-lebedev/apellyatsiya",
        "Прокуратура не согласна со смягчением приговора Лебедеву",
        "В прокуратуре области заявили, что изучат решение апелляционного суда и могут "
        "обжаловать его в кассации.",
        1184.0,
    ),
    (
        "ru-bolnitsa-olkhovsk",
        "Четырнадцать детей заболели кишечной инфекцией в больнице Ольховска",
        "В детском отделении городской больницы номер два в Ольховске выявлена кишечная инфекция "
        "у 14 пациентов; отделение закрыто на приём.",
        140.0,
    ),
    (
        "ru-bolnitsa-olkhovsk",
        "Вспышка инфекции в Ольховске",
        "В детском отделении заболели 14 детей.",
        140.3,
    ),
    (
        "ru-bolnitsa-olkhovsk",
        "Роспотребнадзор проверяет пищеблок больницы в Ольховске",
        "Специалисты взяли пробы еды и воды; по предварительной версии, источником инфекции мог "
        "стать творог от одного поставщика.",
        145.0,
    ),
    (
        "ru-bolnitsa-olkhovsk",
        "В Ольховске нашли источник кишечной инфекции",
        "Проверка подтвердила, что детей заразил творог одного поставщика; его продукцию изъяли "
        "из школ и детских садов.",
        160.0,
    ),
    (
        "ru-bolnitsa-olkhovsk/gripp",
        "В той же больнице Ольховска ввели карантин из-за гриппа",
        "В терапевтическом корпусе городской больницы номер два гриппом заболели девять "
        "пациентов и четверо сотрудников; посещения запрещены.",
        170.0,
    ),
    (
        "ru-bolnitsa-olkhovsk/gripp",
        "Карантин по гриппу в больнице",
        "В Ольховске закрыли терапевтический корпус.",
        170.3,
    ),
    (
        "ru-bolnitsa-olkhovsk/gripp",
        "Главврач: грипп в терапии не связан с кишечной инфекцией у детей",
        "Главный врач больницы подчеркнул, что два случая никак не связаны, и попросил горожан "
        "не приходить к родственникам до конца недели.",
        175.0,
    ),
    (
        "ru-poisk-kryazh",
        "В нацпарке Таёжный кряж нашли пропавшего лыжника",
        "Спасатели нашли живым 45-летнего лыжника, который накануне не вернулся с маршрута в "
        "национальном парке Таёжный кряж; у него обморожение рук.",
        260.0,
    ),
    (
        "ru-poisk-kryazh",
        "Пропавший лыжник найден живым",
        "Поиски в Таёжном кряже завершены.",
        260.3,
    ),
    (
        "ru-poisk-kryazh",
        "Лыжник провёл ночь в снежной яме, рассказали спасатели",
        "По словам спасателей, мужчина сбился с лыжни в метель и выкопал укрытие в сугробе, что "
        "спасло ему жизнь.",
        264.0,
    ),
    (
        "ru-poisk-kryazh/gruppa",
        "В Таёжном кряже ищут группу из четырёх туристов",
        "Группа туристов из Ольховска, ушедшая в поход к Медвежьему перевалу, второй день не "
        "выходит на связь; на поиски вышли 30 спасателей.",
        280.0,
    ),
    (
        "ru-poisk-kryazh/gruppa",
        "Пропала группа туристов",
        "Четверо не вышли на связь у Медвежьего перевала.",
        280.3,
    ),
    (
        "ru-poisk-kryazh/gruppa",
        "Туристов нашли у Медвежьего перевала: все живы",
        "Группу обнаружили с вертолёта у охотничьей избушки; у туристов сломалась рация, и они "
        "пережидали непогоду.",
        290.0,
    ),
    (
        "ru-avaria-zaozyorsk",
        "Авария на теплотрассе оставила без отопления 12 тысяч жителей Заозёрска",
        "В Заозёрске прорвало магистральную теплотрассу; без отопления при морозе минус 28 "
        "остались около 12 тысяч человек в сорока домах.",
        300.0,
    ),
    (
        "ru-avaria-zaozyorsk",
        "Без тепла в мороз",
        "В Заозёрске прорвало теплотрассу.",
        300.3,
    ),
    (
        "ru-avaria-zaozyorsk",
        "В Заозёрске открыли пункты обогрева после аварии",
        "В школах и доме культуры развернули пункты обогрева; жителям раздают обогреватели.",
        306.0,
    ),
    (
        "ru-avaria-zaozyorsk",
        "Тепло вернулось в дома Заозёрска спустя сутки",
        "Аварийные бригады заменили лопнувший участок трубы; прокуратура начала проверку "
        "состояния теплосетей.",
        320.0,
    ),
    (
        "ru-olkhovsk-shkola",
        "В Ольховске открылась новая школа",
        "Здание рассчитано на 1100 учеников.",
        470.0,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a court verdict and its appeal weeks later": (
        "en-verdict-holloway/appeal",
        "fr-proces-marchal/appel",
        "ru-prigovor-lebedev/apellyatsiya",
    ),
    "one carmaker's two separate recalls": (
        "en-recall-corvane/vans",
        "de-rueckruf-kaltwerk/vela",
        "fr-rappel-orvane/freins",
    ),
    "a transfer rumour and the signed transfer": (
        "en-transfer-okafor/signed",
        "es-fichaje-ruiz/firma",
        "it-mercato-bernardi/firma",
    ),
    "a strike announced and the strike day": (
        "en-strike-merrow/day",
        "de-warnstreik-lindenau/streiktag",
        "nl-staking-westlijn/dag",
        "pt-greve-metro/dia",
    ),
    "one hospital's two separate outbreaks": (
        "en-hospital-aldric/cdiff",
        "ru-bolnitsa-olkhovsk/gripp",
        "pt-hospital-brigida/legionela",
    ),
    "a company's quarterly results and its shareholders' meeting": (
        "en-quarter-harrowgate/agm",
        "de-quartal-soerensen/hv",
        "nl-kwartaal-brinkhorst/ava",
        "it-trimestrale-fornasari/assemblea",
    ),
    "an eruption and flight cancellations for another cause on the same day": (
        "en-eruption-vardholm/walkout",
        "es-erupcion-ferrera/huelga",
        "it-eruzione-serpa/nebbia",
    ),
    "two searches in one national park within days": (
        "en-search-brenfell/students",
        "de-vermisst-rinne/kletterer",
        "ru-poisk-kryazh/gruppa",
    ),
}
