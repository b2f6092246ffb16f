"""A fifteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Thursday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours apart (a
flash or a teaser first, then a local paper, a business page, a human-angle piece 0.5 to 6 hours
later), and 49 stories have a follow-up 12 to 30 hours after the first copy (the red panda found up
an oak tree, the Skerry Star refloated, the line through Stallbridge reopened, the boy found in Holm
Forest, the Wrenfield survivor named, the Montalbar sauropod sent to the museum).

What is new against round 14: the follow-ups are written as next-day copy is, with a new development
in other words, and many share only one rare name and the event noun (often in another word) with
the first copy: the supermarket Hargreaves dropping Corrin's meals after the profit warning, Dunmoor
naming a head coach after sacking its manager, a regulator questioning Norbury over "Tuesday's
failure" (the app outage), the inquiry into Ravenchem's "escape of gas" (the ammonia leak), shuttle
buses for Tarrow commuters (the bridge closure), an investor for the textile works at Kahlenau
(Vollmer's insolvency), posts on the ice at Kedrovy Log (the fishermen on the floe), the fog on the
Urdal (the climbers' rescue). And four new kinds of hard negative, each placed as far from its story
as the two events really would be: two power cuts in one town in one week from different causes, 90
to 96 hours apart (Merriton's substation fault and a gale, Verkhnelesk's substation and freezing
rain, Almedra's burnt transformer and a storm); a zoo's escaped animal and an unrelated birth at the
same park, 30 to 42 hours apart (Hallam's red panda and a giraffe calf, Montclair's cheetah and two
lion cubs, Hoogmeer's sea eagle and an elephant calf); two robberies in one town within two days, 12
to 36 hours apart (Dunsford's post office and a jeweller, Pontbrun's jeweller and a pharmacy,
Borgoleone's bank and a tobacconist, Zuidermond's supermarket and a petrol station); two incidents
on one ferry route in one week, 70 to 107 hours apart (a grounding in Kellan Sound and another
ferry's engine failure, a grounding on the Kellersee and an engine-room fire on another ferry, a
grounding on the Ameal crossing and another boat adrift). Beside them, kinds from rounds 12 to 14:
two crashes on one road on one day (9 to 9.5 hours apart); a strike announced and the strike day
(142 to 156 hours); a profit warning and the chief executive's resignation days later (98 to 120
hours); two separate fires in one town on one night (2.5 hours). Most hard negatives name their
story as background ("hours after a lorry overturned on the same road", "il giorno dopo la rapina
alla banca", "poucos dias depois do encalhe de outra embarcação"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it: a
flash or teaser, a local paper, a business page, a quote-led piece, an explainer, a next-day
follow-up. Copies share what real coverage shares (a place, a name, the key number, the event noun),
in their own words: numbers change format (18,000 / 18k, £1.3bn / £1.3 billion, £42m / £42 million,
80,000 / 80k, 31% / almost a third, 8000 / 8.000, 1.100 / 1100, mehr als 20 Prozent / gut ein
Fünftel, 60.000 / 60 000, 1.500 / 1500, 40mila / 40 mila, 4000 / vierduizend), names change form
(full name, surname, title: Alan Marsh / Marsh / "Corrin boss", Klaus Reiter / Reiter /
Hallmann-Chef, Javier Lucena / Lucena, the HGV / the sand lorry / the gravel-and-sand truck), and
most stories have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 14: one event (one fire, one crash, one power cut,
one escape, one birth, one robbery, one grounding, one strike call, one strike day, one profit
warning, one resignation, one flood, one rescue, one recall, one theft, one takeover, one vote) in
that event's news cycle, including a next-day follow-up. Not the same story: another event of the
same kind or with the same actor, even in the same town, firm, zoo, road, ferry route or union (the
house fire the night of the mill fire, the gale's outage after the substation's, the giraffe calf
after the red panda's escape, the jeweller's ram raid after the post office raid, the engine failure
after the grounding, the coach crash hours after the lorry crash on the A58, the strike day after
the strike call, the chief executive's resignation after the profit warning). The second event often
names the first as background; it is still another story. A label with a suffix after a slash is a
hard negative of the story before the slash (categories in `HARD_NEGATIVES`). The eleven stories
told by one outlet sit in a town another story names (Carrowby's library, Kestlow's new route,
Ashwold's market, Dunsford's choir, Leitenbach's pool, Pontbrun's media library, Verkhnelesk's
theatre, Almedra's book fair, Borgoleone's theatre, Ribamar's market, Dokkerveen's fair): they can
only be merged falsely. Some pairs of stories share a town or a firm but not an event (Banca Lariana
robbed and Banca Lariana's merger, the Zuidermond canal collision, housing vote and robberies, the
Ribamar ferry and the wreck found off Ribamar, the Kestlow drone and the Kestlow route). No story
has more than four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties, unions, ships and animals' names are invented here; real
bodies appear only as backdrop (the coastguard, the Bergwacht, the Kampfmittelräumdienst, the
gendarmerie, the Guardia Civil, the carabinieri, the Polícia Marítima, the Polícia Judiciária).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging docs'
findings, nor the items of earlier rounds (rounds 13 and 14 were read for their docstrings, format
and a handful of items), and never run through the merging code before its one scoring run
(`python -m bench.stories --round15`). Once its errors have been read it is no longer a clean check:
say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-crash-a58",
        "Lorry overturns on A58 near Farleigh, driver hurt",
        "A lorry carrying building sand overturned on the A58 between Farleigh and Elmbury Cross "
        "at about 6.20am on Thursday, injuring its driver and closing both carriageways for most "
        "of the morning.",
        6.4,
    ),
    (
        "en-crash-a58",
        "A58 shut after lorry crash",
        "Both directions closed near Farleigh; long queues.",
        6.6,
    ),
    (
        "en-crash-a58",
        "Sand lorry cleared from A58 after five-hour closure",
        "Recovery crews righted the overturned HGV near Farleigh and the road reopened shortly "
        "before noon; the 47-year-old driver is in hospital with a broken arm.",
        8.9,
    ),
    (
        "en-crash-a58",
        "Police appeal for dashcam footage after Farleigh HGV smash",
        "Officers want to hear from drivers who were near Elmbury Cross shortly after 6am on "
        "Thursday, when the gravel-and-sand truck tipped onto its side.",
        28.0,
    ),
    (
        "en-crash-a58/coach",
        "Coach and car collide on A58 at Elmbury Cross",
        "Eleven people were treated for minor injuries after a school coach and a hatchback "
        "collided at the Elmbury Cross junction on the A58 on Thursday afternoon, hours after a "
        "lorry overturned on the same road.",
        15.5,
    ),
    (
        "en-crash-a58/coach",
        "A58 coach crash: pupils shaken but unhurt",
        "Children returning from a trip were checked by paramedics.",
        15.9,
    ),
    (
        "en-strike-porters",
        "Hospital porters at Calder Vale to walk out next week",
        "Porters and cleaners at Calder Vale General will strike for 24 hours next Thursday over "
        "unpaid overtime, the Allied Health Workers union said after 82% of members backed "
        "action.",
        20.0,
    ),
    (
        "en-strike-porters",
        "Calder Vale porters vote to strike",
        "One-day walkout set for next Thursday.",
        20.3,
    ),
    (
        "en-strike-porters",
        "Hospital warns of delays as porters plan strike",
        "Calder Vale General said planned operations may be moved if next week's porters' walkout "
        "goes ahead, and urged the union to return to talks.",
        23.5,
    ),
    (
        "en-strike-porters/day",
        "Picket lines outside Calder Vale General as porters strike",
        "Around 150 porters and cleaners stood outside the hospital's main gate from 7am on "
        "Thursday; managers said 40 operations had been postponed.",
        176.0,
    ),
    (
        "en-strike-porters/day",
        "Porters' strike under way",
        "Calder Vale staff picket in the rain.",
        176.4,
    ),
    (
        "en-strike-porters/day",
        "Porters end 24-hour walkout, no new talks set",
        "The strike at Calder Vale General ended at 7pm; the union said members would decide next "
        "month whether to walk out again.",
        188.0,
    ),
    (
        "en-warning-corrin",
        "Corrin Foods shares plunge 31% on profit warning",
        "The ready-meals maker Corrin Foods cut its full-year profit forecast to £42m from £70m, "
        "blaming a lost supermarket contract and higher energy bills; its shares fell almost a "
        "third.",
        33.0,
    ),
    (
        "en-warning-corrin",
        "Corrin cuts its outlook",
        "The ready-meals group now expects £42 million profit.",
        33.2,
    ),
    (
        "en-warning-corrin",
        "Why Corrin's warning spooked the City",
        "Losing the Hargreaves contract takes away about a fifth of Corrin Foods' sales, analysts "
        "said, and the company gave no sign of a replacement.",
        36.0,
    ),
    (
        "en-warning-corrin",
        "Hargreaves confirms it is dropping Corrin meals from its shelves",
        "The supermarket chain said on Friday it would stock its own-brand ready meals from "
        "March, ending a 12-year supply deal.",
        52.0,
    ),
    (
        "en-warning-corrin/ceo",
        "Corrin Foods chief executive Alan Marsh steps down",
        "Alan Marsh is leaving Corrin Foods after nine years as chief executive, the company said "
        "on Wednesday, less than a week after its profit warning; finance director Ruth Okafor "
        "takes over for now.",
        153.0,
    ),
    (
        "en-warning-corrin/ceo",
        "Corrin boss quits",
        "Marsh is out; the finance chief steps in as interim CEO.",
        153.3,
    ),
    (
        "en-warning-corrin/ceo",
        "Investors welcome Marsh exit at Corrin",
        "Corrin's shares rose 6pc after the departure of its boss; two large shareholders had "
        "called for a change at the top.",
        157.0,
    ),
    (
        "en-fire-ashwold",
        "Fire destroys old Ashwold woollen mill",
        "More than 60 firefighters fought a blaze at the derelict Holroyd Mill in Ashwold on "
        "Thursday night; flames could be seen from several miles away.",
        21.5,
    ),
    (
        "en-fire-ashwold",
        "Ashwold mill ablaze",
        "Crews battle fire at disused mill.",
        21.8,
    ),
    (
        "en-fire-ashwold",
        "Holroyd Mill to be demolished after fire",
        "Council engineers said the walls of the burnt-out mill in Ashwold were unsafe and would "
        "come down in the next few days; arson has not been ruled out.",
        27.0,
    ),
    (
        "en-fire-ashwold/house",
        "Family escape house fire in Ashwold",
        "A couple and their two children got out of their terraced house on Pell Street in "
        "Ashwold after a smoke alarm woke them at around midnight, while crews were still at the "
        "mill.",
        24.0,
    ),
    (
        "en-fire-ashwold/house",
        "Pell Street fire",
        "Family of four unhurt after blaze at their home.",
        24.4,
    ),
    (
        "en-fire-ashwold/house",
        "Tumble dryer started Ashwold house fire",
        "The fire on Pell Street began in a tumble dryer in the kitchen, investigators said; it "
        "had nothing to do with the mill blaze.",
        30.0,
    ),
    (
        "en-blackout-merriton",
        "Thousands without power in Merriton after substation fault",
        "About 18,000 homes and businesses across Merriton lost electricity at 9.40am on Thursday "
        "after a fault at the Gorse Lane substation, Northline Networks said.",
        10.0,
    ),
    (
        "en-blackout-merriton",
        "Power cut hits Merriton",
        "18k homes were left without electricity.",
        10.2,
    ),
    (
        "en-blackout-merriton",
        "Merriton power restored after four hours",
        "Northline Networks reconnected the last customers at about 1.45pm; traffic lights and "
        "two schools had been affected.",
        13.5,
    ),
    (
        "en-blackout-merriton/second",
        "Storm leaves Merriton villages in the dark",
        "Gale-force winds brought down power lines across the villages east of Merriton "
        "overnight, cutting supplies to 3,200 homes, four days after a substation fault blacked "
        "out the town.",
        106.0,
    ),
    (
        "en-blackout-merriton/second",
        "Merriton outage again",
        "Fallen cables cut power to 3,200 homes.",
        106.3,
    ),
    (
        "en-zoo-hallam",
        "Red panda escapes from Hallam Wildlife Park",
        "Keepers at Hallam Wildlife Park are searching for a two-year-old red panda called "
        "Juniper, who climbed out of her enclosure on Friday morning; visitors are asked not to "
        "approach her.",
        40.0,
    ),
    (
        "en-zoo-hallam",
        "Red panda on the loose",
        "Hallam park keepers search for Juniper.",
        40.3,
    ),
    (
        "en-zoo-hallam",
        "Juniper the red panda found up an oak tree",
        "The missing red panda was spotted by a dog walker in woods a mile from the park and "
        "coaxed down with grapes on Saturday morning, Hallam Wildlife Park said.",
        58.0,
    ),
    (
        "en-zoo-hallam/birth",
        "Rare giraffe calf born at Hallam Wildlife Park",
        "A Rothschild's giraffe calf was born at Hallam Wildlife Park on Saturday night, only the "
        "second birth of the species there; the female calf stood within an hour.",
        70.0,
    ),
    (
        "en-zoo-hallam/birth",
        "Giraffe born at Hallam",
        "Female calf doing well, keepers say.",
        70.4,
    ),
    (
        "en-zoo-hallam/birth",
        "Visitors queue to see Hallam's new giraffe",
        "The park said it would let the public name the calf, a day after the red panda's escape "
        "ended.",
        80.0,
    ),
    (
        "en-robbery-dunsford",
        "Armed raid on Dunsford post office",
        "Two men with a handgun threatened staff at the post office on Dunsford High Street at "
        "9am on Friday and escaped on a moped with an undisclosed sum of cash.",
        33.0,
    ),
    (
        "en-robbery-dunsford",
        "Post office robbed in Dunsford",
        "Police hunt two men on a moped.",
        33.3,
    ),
    (
        "en-robbery-dunsford",
        "Dunsford post office staff 'terrified' after gunpoint raid",
        "The sub-postmistress, Helen Marley, said her two assistants were unhurt but badly "
        "shaken; detectives are studying CCTV from nearby shops.",
        36.0,
    ),
    (
        "en-robbery-dunsford/jeweller",
        "Thieves smash into Dunsford jeweller overnight",
        "A jewellery shop on Bridge Street in Dunsford was raided at about 3am on Saturday by a "
        "gang who drove a stolen van through its window, police said.",
        54.0,
    ),
    (
        "en-robbery-dunsford/jeweller",
        "Jeweller ram-raided",
        "A van was driven through the front of a Dunsford shop.",
        54.4,
    ),
    (
        "en-robbery-dunsford/jeweller",
        "Police 'keeping open mind' on links between Dunsford raids",
        "Detectives said the ram raid on Keeble's jewellers did not match the post office robbery "
        "a day earlier but were not ruling anything out.",
        60.0,
    ),
    (
        "en-ferry-kellan",
        "Ferry runs aground in Kellan Sound with 140 on board",
        "The Skerry Star ferry ran aground on a sandbank in Kellan Sound on Sunday evening; all "
        "140 passengers were taken off by lifeboat and nobody was injured, the coastguard said.",
        90.0,
    ),
    (
        "en-ferry-kellan",
        "Skerry Star stuck on sandbank",
        "All passengers were taken off by the lifeboat.",
        90.3,
    ),
    (
        "en-ferry-kellan",
        "Skerry Star refloated on high tide",
        "Tugs pulled the stranded ferry off the sandbank early on Monday; the operator Westsea "
        "said divers found only minor damage to the hull.",
        105.0,
    ),
    (
        "en-ferry-kellan/engine",
        "Ferry drifts for hours after engine failure in Kellan Sound",
        "The Brannock Lass lost power on its crossing from Port Aird on Wednesday and drifted for "
        "three hours before a tug towed it in, days after another ferry ran aground on the same "
        "route.",
        160.0,
    ),
    (
        "en-ferry-kellan/engine",
        "Brannock Lass towed to port",
        "62 passengers stuck on stricken ferry.",
        160.4,
    ),
    (
        "en-flood-carrowby",
        "River Oundle bursts its banks in Carrowby",
        "Dozens of homes in low-lying streets of Carrowby were flooded on Sunday morning after "
        "the River Oundle rose 2.4 metres in a day; 70 people spent the night in the leisure "
        "centre.",
        82.0,
    ),
    (
        "en-flood-carrowby",
        "Carrowby flooding",
        "Homes are evacuated as the Oundle rises.",
        82.2,
    ),
    (
        "en-flood-carrowby",
        "Carrowby residents count cost of flood",
        "Shopkeepers on Mill Lane were pumping water out of cellars as the Oundle peaked just "
        "before noon.",
        85.0,
    ),
    (
        "en-flood-carrowby",
        "Floodwater recedes in Carrowby but more rain due",
        "The river fell overnight and most of the 70 evacuated residents went home on Monday, "
        "though forecasters warned of more heavy showers on Wednesday.",
        110.0,
    ),
    (
        "en-library-carrowby",
        "Carrowby library reopens after two-year refit",
        "The town's library reopened on Sunday with a new children's floor, a café and a study "
        "room open until 10pm.",
        260.0,
    ),
    (
        "en-rescue-carrach",
        "Two climbers rescued from Ben Carrach ridge",
        "Mountain rescue volunteers and a coastguard helicopter brought down two climbers who had "
        "been stuck on the icy north ridge of Ben Carrach since Thursday afternoon.",
        45.0,
    ),
    (
        "en-rescue-carrach",
        "Climbers airlifted off Ben Carrach",
        "Pair stranded overnight on icy ridge.",
        45.3,
    ),
    (
        "en-rescue-carrach",
        "Rescued climber thanks team after night on Carrach",
        "One of the men, a 34-year-old teacher from Arnmore, was released from hospital on "
        "Saturday and said the pair had huddled in a bivvy bag for more than a day.",
        62.0,
    ),
    (
        "en-takeover-hollis",
        "Hollis Bank agrees £1.3bn deal for Fenwick Building Society",
        "Hollis Bank will buy the Fenwick Building Society for £1.3 billion, creating the "
        "country's fifth-largest mortgage lender, if Fenwick's members vote in favour.",
        8.0,
    ),
    (
        "en-takeover-hollis",
        "Hollis to buy Fenwick",
        "Bank offers £1.3bn for the building society.",
        8.2,
    ),
    (
        "en-takeover-hollis",
        "What the Hollis takeover means for Fenwick savers",
        "Fenwick's 900,000 members would each get a payout of about £250 and keep their accounts, "
        "Hollis said, but nine branches may close.",
        11.0,
    ),
    (
        "en-takeover-hollis",
        "Fenwick board urges members to back Hollis",
        "The building society's chair, Margaret Lyle, wrote to members recommending the offer, "
        "which needs 75 per cent support at a vote in February.",
        30.0,
    ),
    (
        "en-mayor-lindhurst",
        "Priya Osei wins Lindhurst mayoral by-election",
        "The Civic Alliance candidate Priya Osei won the Lindhurst by-election with 41% of the "
        "vote, taking the post held by the Labour Reform party for 16 years.",
        130.0,
    ),
    (
        "en-mayor-lindhurst",
        "Osei elected Lindhurst mayor",
        "The seat is a Civic Alliance gain, with a turnout of 33 per cent.",
        130.2,
    ),
    (
        "en-mayor-lindhurst",
        "New Lindhurst mayor promises free bus pass review",
        "In her first speech at the town hall, Ms Osei said she would look again at the cut to "
        "pensioners' bus passes.",
        152.0,
    ),
    (
        "en-derail-stallbridge",
        "Freight train derails near Stallbridge",
        "Nine wagons of a goods train carrying gravel came off the tracks near Stallbridge early "
        "on Thursday, closing the main line to the coast; nobody was hurt.",
        12.0,
    ),
    (
        "en-derail-stallbridge",
        "Stallbridge derailment",
        "Line closed after freight wagons leave track.",
        12.3,
    ),
    (
        "en-derail-stallbridge",
        "Rail passengers face buses after Stallbridge derailment",
        "Commuters between Stallbridge and Penmore were put on replacement buses; the rail "
        "operator said the line would stay shut for at least two days.",
        14.5,
    ),
    (
        "en-derail-stallbridge",
        "Line through Stallbridge to reopen after derailment repairs",
        "Engineers replaced 300 metres of track overnight and trains will run again from "
        "Saturday, as planned.",
        34.0,
    ),
    (
        "en-snow-garrow",
        "Drivers stranded overnight on snowbound Garrow Pass",
        "About 200 motorists spent the night in their cars on the Garrow Pass after 40cm of snow "
        "fell on Wednesday; volunteers brought them hot drinks.",
        180.0,
    ),
    (
        "en-snow-garrow",
        "Hundreds stuck on Garrow Pass",
        "Heavy snow traps cars overnight.",
        180.3,
    ),
    (
        "en-snow-garrow",
        "Garrow Pass reopens as last cars towed free",
        "Snowploughs cleared the road by Thursday afternoon; breakdown crews said some cars had "
        "been stuck for 19 hours.",
        196.0,
    ),
    (
        "en-recall-brightwell",
        "Brightwell recalls 80,000 kettles over scald risk",
        "The appliance maker Brightwell is recalling its Aria kettle after reports that the lid "
        "can spring open while boiling water is poured.",
        60.0,
    ),
    (
        "en-recall-brightwell",
        "Kettle recall",
        "The lids of the Brightwell Aria can open, the firm says.",
        60.3,
    ),
    (
        "en-recall-brightwell",
        "Owners of Brightwell Aria told to stop using kettles",
        "Customers should unplug the kettle and return it for a full refund; 80k were sold since "
        "March.",
        63.0,
    ),
    (
        "en-recall-brightwell",
        "Retailers pull Aria kettles after Brightwell alert",
        "Three high-street chains removed the model from sale on Saturday; Brightwell said about "
        "9,000 had already been handed back.",
        80.0,
    ),
    (
        "en-helmet-pellingham",
        "Roman cavalry helmet stolen from Pellingham museum",
        "A bronze Roman helmet found in a field nearby in 2009 was taken from a display case at "
        "the Pellingham Museum overnight; police said a side door had been forced.",
        115.0,
    ),
    (
        "en-helmet-pellingham",
        "Helmet theft",
        "A rare Roman helmet was stolen from the Pellingham display.",
        115.3,
    ),
    (
        "en-helmet-pellingham",
        "Stolen Pellingham helmet found in hedge",
        "The bronze helmet has been recovered, slightly dented, from a hedge a few hundred yards "
        "from the museum after a tip-off, police said on Tuesday.",
        136.0,
    ),
    (
        "en-landslide-marrow",
        "Landslide blocks coast railway at Marrow Cove",
        "Thousands of tonnes of earth and rock slid onto the line below the cliffs at Marrow Cove "
        "after days of rain, cutting off rail services to three seaside towns.",
        140.0,
    ),
    (
        "en-landslide-marrow",
        "Cliff slip closes line",
        "Rocks cover track at Marrow Cove.",
        140.4,
    ),
    (
        "en-landslide-marrow",
        "Marrow Cove line could be closed for weeks",
        "Engineers said the cliff above the track was still moving and they could not start "
        "clearing it until it was stable.",
        143.0,
    ),
    (
        "en-landslide-marrow",
        "Buses replace trains along the Marrow coast",
        "Rail replacement coaches will run between Kelby and Sandmouth until further notice while "
        "engineers watch the cliff.",
        160.0,
    ),
    (
        "en-schools-hatherby",
        "Hatherby council votes to close three primary schools",
        "Councillors voted 28 to 19 to shut three village primaries by 2028 because of falling "
        "pupil numbers, despite a petition signed by 6,000 people.",
        140.0,
    ),
    (
        "en-schools-hatherby",
        "Three schools to close",
        "Hatherby councillors back the plan.",
        140.4,
    ),
    (
        "en-schools-hatherby",
        "Parents vow to fight Hatherby school closures",
        "The parents' campaign said it would seek a judicial review of the vote.",
        142.0,
    ),
    (
        "en-schools-hatherby",
        "Heads warn of long bus rides if Hatherby schools shut",
        "Pupils from Oakley and Brenton villages would face journeys of up to 40 minutes, head "
        "teachers told the county's education committee.",
        170.0,
    ),
    (
        "en-cyber-greyfield",
        "Cyber attack forces Greyfield hospitals to cancel operations",
        "The Greyfield Hospitals Trust postponed all non-urgent surgery on Friday after a "
        "ransomware attack took its patient records offline overnight.",
        200.0,
    ),
    (
        "en-cyber-greyfield",
        "Greyfield trust hit by hackers",
        "Planned operations cancelled at two hospitals.",
        200.3,
    ),
    (
        "en-cyber-greyfield",
        "Greyfield ambulances diverted after IT systems fail",
        "Ambulances were sent to neighbouring Oxbury while the trust's computers were down; the "
        "National Cyber Unit is helping to restore them.",
        203.0,
    ),
    (
        "en-cyber-greyfield",
        "Greyfield surgery resumes as records are restored",
        "The trust said most of its systems came back overnight and it hoped to clear the backlog "
        "of 230 cancelled procedures within a fortnight.",
        222.0,
    ),
    (
        "en-manager-dunmoor",
        "Dunmoor Athletic sack manager Colin Reeve",
        "Dunmoor Athletic have dismissed Colin Reeve after 14 months in charge, with the club "
        "second from bottom of the league after a 4-0 home defeat on Saturday.",
        70.5,
    ),
    (
        "en-manager-dunmoor",
        "Reeve out at Dunmoor",
        "Club part ways with manager after heavy loss.",
        70.8,
    ),
    (
        "en-manager-dunmoor",
        "Reeve's Dunmoor reign: promise turned to slump",
        "The former Bristow City defender won only five of his 30 league games in charge; his "
        "assistant Mick Tolley takes temporary control.",
        73.0,
    ),
    (
        "en-manager-dunmoor",
        "Dunmoor name Gary Lund as head coach",
        "The former club captain, 41, signed an 18-month contract on Sunday and will take charge "
        "for the first time on Tuesday.",
        90.0,
    ),
    (
        "en-lottery-ashwick",
        "Ashwick syndicate of bus drivers wins £38m jackpot",
        "Twelve drivers from the Ashwick depot who have played the same numbers for eleven years "
        "share a £38 million lottery jackpot.",
        230.0,
    ),
    (
        "en-lottery-ashwick",
        "Bus drivers scoop £38m",
        "The Ashwick depot's syndicate has won big.",
        230.3,
    ),
    (
        "en-lottery-ashwick",
        "'We'll still turn up on Monday,' say Ashwick winners",
        "Each of the twelve will take home about £3.2m; most said they would keep working, for "
        "now.",
        234.0,
    ),
    (
        "en-bridge-tarrow",
        "Tarrow Bridge closed after crack found in steel beam",
        "The Tarrow Bridge, which carries 22,000 vehicles a day over the estuary, was shut to all "
        "traffic late on Saturday after inspectors found a crack in a main girder.",
        240.0,
    ),
    (
        "en-bridge-tarrow",
        "Tarrow Bridge shut",
        "A crack is found in a girder; the detour is 60 miles.",
        240.2,
    ),
    (
        "en-bridge-tarrow",
        "Tarrow Bridge closure 'could last months'",
        "The county council said the 1968 bridge would stay closed until engineers knew how deep "
        "the crack ran.",
        244.0,
    ),
    (
        "en-bridge-tarrow",
        "Free shuttle buses for Tarrow commuters",
        "The council will run buses every 15 minutes round the estuary while the crossing stays "
        "shut for repairs.",
        262.0,
    ),
    (
        "en-drone-kestlow",
        "Drone sighting halts Kestlow airport flights",
        "All take-offs and landings at Kestlow airport were suspended for almost two hours on "
        "Sunday morning after two pilots reported a drone near the runway.",
        250.0,
    ),
    (
        "en-drone-kestlow",
        "Kestlow flights stopped",
        "A drone was seen near the runway; 21 flights were diverted.",
        250.3,
    ),
    (
        "en-drone-kestlow",
        "Man, 27, arrested over Kestlow airport drone",
        "Police said they had seized two drones from a house in Bexby and arrested a man on "
        "suspicion of endangering an aircraft.",
        266.0,
    ),
    (
        "en-route-kestlow",
        "Kestlow airport to get summer flights to Serrana",
        "A weekly service to the island's capital, Porto Velas, will run from May, the airport "
        "said, its first new route in three years.",
        300.0,
    ),
    (
        "en-leak-ravensby",
        "Ravensby residents told to stay indoors after chemical leak",
        "A cloud of ammonia escaped from the Ravenchem plant in Ravensby early on Monday; people "
        "within a mile were told to keep doors and windows shut.",
        270.0,
    ),
    (
        "en-leak-ravensby",
        "Chemical leak in Ravensby",
        "Residents within a mile are told to stay inside.",
        270.3,
    ),
    (
        "en-leak-ravensby",
        "All-clear given after Ravensby ammonia leak",
        "Fire crews sealed the leaking valve and the warning was lifted after three hours; six "
        "workers were checked by paramedics.",
        273.5,
    ),
    (
        "en-leak-ravensby",
        "Ravenchem faces safety inquiry",
        "The Health and Safety Board will investigate Monday's escape of gas from the Ravensby "
        "works.",
        290.0,
    ),
    (
        "en-missing-holm",
        "Search for boy, 9, missing in Holm Forest",
        "Police, coastguard teams and volunteers are searching Holm Forest for nine-year-old "
        "Oliver Pryce, who did not return from a bike ride at lunchtime on Monday.",
        280.0,
    ),
    (
        "en-missing-holm",
        "Boy missing in forest",
        "Oliver, 9, last seen on his bike.",
        280.3,
    ),
    (
        "en-missing-holm",
        "Missing Oliver found safe after night in Holm Forest",
        "The nine-year-old was found cold but unhurt by a search dog in a hollow near the "
        "forest's northern edge at 7.30am.",
        296.0,
    ),
    (
        "en-outage-norbury",
        "Norbury Bank customers locked out of app for nine hours",
        "Millions of Norbury Bank customers could not log in to the app or make card payments "
        "online on Tuesday after what the bank called a software update error.",
        310.0,
    ),
    (
        "en-outage-norbury",
        "Norbury app down",
        "Customers unable to pay or log in.",
        310.3,
    ),
    (
        "en-outage-norbury",
        "Norbury Bank promises compensation for outage",
        "The bank said customers who missed bills because of the glitch would be refunded any "
        "charges.",
        313.0,
    ),
    (
        "en-outage-norbury",
        "Regulator to question Norbury over Tuesday's failure",
        "The Financial Conduct Office said it had asked Norbury for a full account of the glitch "
        "that stopped card payments.",
        330.0,
    ),
    (
        "en-sinkhole-pemberly",
        "Sinkhole swallows car in Pemberly street",
        "A parked car dropped into a 5m-deep hole that opened in Clive Road in Pemberly "
        "overnight; ten homes were evacuated.",
        320.0,
    ),
    (
        "en-sinkhole-pemberly",
        "Sinkhole in Pemberly",
        "Car falls into five-metre hole.",
        320.3,
    ),
    (
        "en-sinkhole-pemberly",
        "Old mine workings blamed for Pemberly sinkhole",
        "Surveyors said the hole in Clive Road opened above an uncharted 19th-century lead mine "
        "shaft; residents may be out of their homes for a week.",
        336.0,
    ),
    (
        "en-hoard-grimsall",
        "Metal detectorist finds Viking silver hoard near Grimsall",
        "More than 300 silver coins and arm rings dating from about 900 AD were found in a "
        "ploughed field near Grimsall, the county museum said.",
        330.0,
    ),
    (
        "en-hoard-grimsall",
        "Viking hoard unearthed",
        "300 pieces of silver were found near Grimsall.",
        330.3,
    ),
    (
        "en-hoard-grimsall",
        "Grimsall silver 'could be worth half a million'",
        "A coroner will decide whether the Viking find is treasure; the farmer and the finder "
        "would share any reward.",
        348.0,
    ),
    (
        "en-escape-coldharbour",
        "Two prisoners escape from Coldharbour jail",
        "Police are hunting two inmates who climbed out of Coldharbour prison overnight; the "
        "public was told not to approach Dean Farrow, 31, or Lee Mackie, 44.",
        340.0,
    ),
    (
        "en-escape-coldharbour",
        "Jail escape",
        "Two inmates on the run from Coldharbour.",
        340.3,
    ),
    (
        "en-escape-coldharbour",
        "Coldharbour escape: questions over broken cameras",
        "The prison officers' association said CCTV on the outer wall had been faulty for weeks.",
        343.0,
    ),
    (
        "en-escape-coldharbour",
        "One Coldharbour escapee caught at bus station",
        "Farrow was arrested at a coach station 80 miles away late on Thursday; the search for "
        "Mackie goes on.",
        360.0,
    ),
    (
        "en-oil-penharrow",
        "Oil slick spreads off Penharrow after tanker leak",
        "About 150 tonnes of fuel oil leaked from the tanker Aurelia after it struck rocks off "
        "Penharrow; seabirds covered in oil were found on two beaches.",
        360.5,
    ),
    (
        "en-oil-penharrow",
        "Tanker leaks oil",
        "A slick is spreading off the Penharrow coast.",
        360.8,
    ),
    (
        "en-oil-penharrow",
        "Volunteers clean oiled beaches at Penharrow",
        "Hundreds of volunteers raked oil-soaked seaweed from the sand on Friday as the Aurelia "
        "was towed to port.",
        380.0,
    ),
    (
        "en-explosion-wrenfield",
        "Gas explosion destroys house in Wrenfield",
        "A house in Larch Close, Wrenfield, was flattened by a gas explosion at 5am on Saturday; "
        "a man was pulled alive from the rubble and neighbouring homes were damaged.",
        400.0,
    ),
    (
        "en-explosion-wrenfield",
        "Wrenfield blast",
        "House destroyed, man rescued from rubble.",
        400.3,
    ),
    (
        "en-explosion-wrenfield",
        "Wrenfield neighbours describe 'huge bang'",
        "Windows were blown out along Larch Close; the gas network said it was checking pipes in "
        "the street.",
        403.0,
    ),
    (
        "en-explosion-wrenfield",
        "Wrenfield blast survivor named as retired postman",
        "The man rescued from the ruins, Derek Hale, 71, is in a stable condition; the gas "
        "company said a cracked pipe was to blame.",
        420.0,
    ),
    (
        "en-market-ashwold",
        "Ashwold's Christmas market opens with 60 stalls",
        "The market in the square runs until 23 December, with a skating rink for the first time.",
        430.0,
    ),
    (
        "en-choir-dunsford",
        "Dunsford choir wins national title",
        "The Dunsford Singers beat 40 choirs at the final in Harrowmere on Sunday.",
        450.0,
    ),
    (
        "en-windfarm-selby",
        "Selby Bank offshore wind farm gets go-ahead",
        "Ministers approved the 1.2GW Selby Bank wind farm off the east coast, which its "
        "developer says will power a million homes from 2031.",
        466.0,
    ),
    (
        "en-windfarm-selby",
        "Wind farm approved",
        "Green light for 1.2 gigawatt Selby Bank.",
        466.3,
    ),
    (
        "en-windfarm-selby",
        "Fishermen angry at Selby Bank approval",
        "The Eastern Fishermen's Association said the 90 turbines would close some of its best "
        "grounds.",
        468.0,
    ),
    # --- German ---
    (
        "de-unfall-b212",
        "Tanklaster kippt auf der B212 bei Werstedt um",
        "Auf der B212 zwischen Werstedt und Hollerbrück ist am Donnerstagmorgen ein mit Heizöl "
        "beladener Tanklaster umgekippt; der Fahrer wurde leicht verletzt, die Straße ist voll "
        "gesperrt.",
        7.0,
    ),
    (
        "de-unfall-b212",
        "B212 nach Lkw-Unfall gesperrt",
        "Tanklaster umgekippt, Heizöl läuft aus.",
        7.3,
    ),
    (
        "de-unfall-b212",
        "Heizöl auf der B212: Feuerwehr pumpt 9000 Liter ab",
        "Die Bergung des verunglückten Tanklasters bei Werstedt dauert bis in den Nachmittag, "
        "teilte die Polizei mit; ein Teil des Öls ist in einen Graben gelaufen.",
        10.5,
    ),
    (
        "de-unfall-b212/motorrad",
        "Motorradfahrer stirbt bei Unfall auf der B212",
        "Ein 52 Jahre alter Motorradfahrer ist am Donnerstagnachmittag auf der B212 bei "
        "Hollerbrück gegen einen Baum geprallt und noch an der Unfallstelle gestorben, Stunden "
        "nach dem Tanklasterunfall auf derselben Straße.",
        16.5,
    ),
    (
        "de-unfall-b212/motorrad",
        "Tödlicher Motorradunfall bei Hollerbrück",
        "Der Mann kam in einer Kurve von der Straße ab.",
        16.8,
    ),
    (
        "de-prognose-hallmann",
        "Hallmann Stahl senkt Gewinnprognose drastisch",
        "Der Stahlverarbeiter Hallmann rechnet für das laufende Jahr nur noch mit einem "
        "operativen Gewinn von 85 Mio. Euro statt bisher 160 Millionen; die Aktie verlor mehr als "
        "20 Prozent.",
        30.0,
    ),
    (
        "de-prognose-hallmann",
        "Hallmann kassiert Prognose",
        "Aktie bricht um gut ein Fünftel ein.",
        30.2,
    ),
    (
        "de-prognose-hallmann",
        "Warum Hallmann die Autoindustrie so hart trifft",
        "Zwei große Autobauer haben ihre Bestellungen bei dem Stahlverarbeiter aus Dornfelden "
        "gekürzt, sagen Analysten; Hallmann hängt zu zwei Dritteln von ihnen ab.",
        33.0,
    ),
    (
        "de-prognose-hallmann/chef",
        "Hallmann-Chef Klaus Reiter tritt zurück",
        "Klaus Reiter legt den Vorstandsvorsitz bei Hallmann Stahl mit sofortiger Wirkung nieder, "
        "wenige Tage nach der Gewinnwarnung; Finanzvorständin Petra Lind übernimmt vorübergehend.",
        128.0,
    ),
    (
        "de-prognose-hallmann/chef",
        "Reiter geht bei Hallmann",
        "Vorstandschef nimmt seinen Hut.",
        128.3,
    ),
    (
        "de-prognose-hallmann/chef",
        "Aufsichtsrat drängte Reiter zum Rückzug",
        "Nach Informationen aus Unternehmenskreisen hatte der Aufsichtsrat von Hallmann das "
        "Vertrauen in den Vorstandschef verloren.",
        132.0,
    ),
    (
        "de-faehre-kellersee",
        "Fähre auf dem Kellersee läuft auf Grund",
        "Die Fähre „Seeblick“ mit 85 Fahrgästen an Bord ist am Samstagabend vor Uferbach auf eine "
        "Untiefe gelaufen; die Wasserwacht brachte alle Passagiere an Land.",
        80.0,
    ),
    (
        "de-faehre-kellersee",
        "Kellersee-Fähre festgefahren",
        "Die 85 Fahrgäste wurden mit Booten an Land gebracht.",
        80.3,
    ),
    (
        "de-faehre-kellersee",
        "„Seeblick“ wieder frei – Ursache weiter unklar",
        "Zwei Schlepper haben die Fähre am Sonntagmorgen von der Untiefe gezogen; die Seeaufsicht "
        "ermittelt, ob der Kapitän vom Kurs abgekommen war.",
        98.0,
    ),
    (
        "de-faehre-kellersee/brand",
        "Feuer im Maschinenraum einer Kellersee-Fähre",
        "Auf der Fähre „Uferbach II“ ist am Dienstag auf der Überfahrt nach Lindholz ein Brand im "
        "Maschinenraum ausgebrochen; die Besatzung löschte ihn selbst, niemand wurde verletzt.",
        150.0,
    ),
    (
        "de-faehre-kellersee/brand",
        "Brand auf Fähre gelöscht",
        "40 Passagiere kamen mit dem Schrecken davon.",
        150.4,
    ),
    (
        "de-bombe-leitenbach",
        "Fliegerbombe in Leitenbach gefunden – 8000 Menschen müssen raus",
        "Bei Bauarbeiten am Leitenbacher Bahnhof ist eine 250 Kilogramm schwere Fliegerbombe aus "
        "dem Zweiten Weltkrieg entdeckt worden; die Innenstadt wird am Samstag geräumt.",
        40.0,
    ),
    (
        "de-bombe-leitenbach",
        "Bombenfund in Leitenbach",
        "Evakuierung für Samstag angekündigt.",
        40.3,
    ),
    (
        "de-bombe-leitenbach",
        "Leitenbacher Fliegerbombe entschärft",
        "Der Kampfmittelräumdienst hat die Bombe am Samstagmittag unschädlich gemacht; die rund "
        "8.000 Anwohner durften nach fünf Stunden zurück.",
        60.5,
    ),
    (
        "de-bad-leitenbach",
        "Leitenbacher Hallenbad öffnet wieder",
        "Nach zwei Jahren Sanierung ist das Bad mit neuer Sauna und Rutsche wieder offen.",
        400.0,
    ),
    (
        "de-lawine-kammtal",
        "Lawine im Kammtal verschüttet zwei Skitourengeher",
        "Im Kammtal hat am Mittwoch eine Lawine zwei Skitourengeher erfasst; einer konnte sich "
        "selbst befreien, nach dem zweiten wird mit Hunden und Hubschrauber gesucht.",
        170.0,
    ),
    (
        "de-lawine-kammtal",
        "Lawinenabgang im Kammtal",
        "Ein Tourengeher wird noch vermisst.",
        170.3,
    ),
    (
        "de-lawine-kammtal",
        "Vermisster Tourengeher im Kammtal tot geborgen",
        "Die Bergwacht hat den 38-jährigen Mann aus Lindbrunn am Donnerstagmorgen unter zwei "
        "Metern Schnee gefunden.",
        186.0,
    ),
    (
        "de-insolvenz-vollmer",
        "Textilhersteller Vollmer meldet Insolvenz an",
        "Die Vollmer Textilwerke aus Kahlenau haben beim Amtsgericht Insolvenz in Eigenverwaltung "
        "beantragt; die 1.100 Beschäftigten sollen vorerst weiter bezahlt werden.",
        210.0,
    ),
    (
        "de-insolvenz-vollmer",
        "Vollmer ist pleite",
        "1100 Jobs bei Textilwerk in Gefahr.",
        210.3,
    ),
    (
        "de-insolvenz-vollmer",
        "Vollmer-Beschäftigte bangen um ihre Zukunft",
        "Betriebsrat und Gewerkschaft fordern einen Investor für das traditionsreiche Werk, das "
        "seit 1889 Stoffe herstellt.",
        213.0,
    ),
    (
        "de-insolvenz-vollmer",
        "Investor zeigt Interesse an Textilwerk in Kahlenau",
        "Ein Textilunternehmen aus Bernholm hat beim Insolvenzverwalter von Vollmer ein Angebot "
        "angekündigt; die Belegschaft schöpft Hoffnung.",
        230.0,
    ),
    (
        "de-wahl-feldhagen",
        "Sabine Morr wird Oberbürgermeisterin von Feldhagen",
        "Die parteilose Kandidatin Sabine Morr hat die Stichwahl in Feldhagen mit 54,3 Prozent "
        "gewonnen und löst den langjährigen Amtsinhaber Georg Thaler ab.",
        260.0,
    ),
    (
        "de-wahl-feldhagen",
        "Morr gewinnt Stichwahl",
        "Feldhagen hat eine neue Rathauschefin.",
        260.3,
    ),
    (
        "de-wahl-feldhagen",
        "Neue Oberbürgermeisterin will Verkehrsplan stoppen",
        "Einen Tag nach ihrem Wahlsieg kündigte Morr an, die umstrittene Umgestaltung der "
        "Feldhagener Hauptstraße auf den Prüfstand zu stellen.",
        276.0,
    ),
    # --- French ---
    (
        "fr-greve-tram-bellerive",
        "Tramway de Bellerive : les conducteurs appellent à la grève le 14",
        "Les syndicats des conducteurs du tram de Bellerive ont déposé un préavis de grève pour "
        "le jeudi 14, réclamant des primes de nuit et le remplacement des cabines vétustes.",
        34.0,
    ),
    (
        "fr-greve-tram-bellerive",
        "Préavis de grève au tram de Bellerive",
        "Les conducteurs arrêteront le travail jeudi prochain.",
        34.3,
    ),
    (
        "fr-greve-tram-bellerive",
        "Grève annoncée : la régie des transports de Bellerive dit vouloir négocier",
        "La direction de la régie propose une réunion lundi pour éviter l'arrêt du travail.",
        37.0,
    ),
    (
        "fr-greve-tram-bellerive/jour",
        "À Bellerive, aucun tram ne circule ce jeudi",
        "La grève des conducteurs paralyse le réseau depuis 5 heures ; seuls des bus de "
        "substitution relient la gare à l'hôpital.",
        176.0,
    ),
    (
        "fr-greve-tram-bellerive/jour",
        "Journée sans tram",
        "Le réseau bellerivois à l'arrêt.",
        176.3,
    ),
    (
        "fr-greve-tram-bellerive/jour",
        "Les conducteurs du tram de Bellerive reconduisent le mouvement",
        "Réunis en assemblée générale jeudi midi, les grévistes ont voté la reconduction pour "
        "vendredi.",
        181.0,
    ),
    (
        "fr-zoo-montclair",
        "Un guépard s'échappe du parc animalier de Montclair",
        "Le parc de Montclair a été fermé vendredi matin après la fuite d'une femelle guépard de "
        "son enclos ; la gendarmerie demande aux habitants de rester chez eux.",
        44.0,
    ),
    (
        "fr-zoo-montclair",
        "Guépard en fuite près de Montclair",
        "Le parc animalier est fermé et les habitants sont confinés.",
        44.3,
    ),
    (
        "fr-zoo-montclair",
        "Le guépard de Montclair retrouvé endormi dans un hangar",
        "La femelle, prénommée Nala, a été découverte dans une grange à deux kilomètres du parc "
        "et ramenée après avoir été endormie par un vétérinaire.",
        49.0,
    ),
    (
        "fr-zoo-montclair/naissance",
        "Deux lionceaux voient le jour au parc de Montclair",
        "La lionne Sahel a donné naissance à deux petits dans la nuit de samedi à dimanche, une "
        "première depuis douze ans au parc animalier.",
        84.0,
    ),
    (
        "fr-zoo-montclair/naissance",
        "Naissance de lionceaux",
        "Deux petits lions sont nés dans le parc de Montclair.",
        84.4,
    ),
    (
        "fr-braquage-pontbrun",
        "Braquage à main armée dans une bijouterie de Pontbrun",
        "Deux hommes cagoulés ont menacé le gérant d'une bijouterie de la rue Carnot à Pontbrun "
        "lundi en fin de matinée avant de s'enfuir avec des montres de luxe.",
        110.0,
    ),
    (
        "fr-braquage-pontbrun",
        "Bijouterie braquée à Pontbrun",
        "Deux malfaiteurs en fuite.",
        110.3,
    ),
    (
        "fr-braquage-pontbrun",
        "Pontbrun : le butin du braquage estimé à 200 000 euros",
        "Les enquêteurs ont récupéré les images de vidéosurveillance de la rue Carnot ; le "
        "bijoutier, choqué, n'a pas été blessé.",
        114.0,
    ),
    (
        "fr-braquage-pontbrun/pharmacie",
        "Une pharmacie attaquée au couteau à Pontbrun",
        "Un homme armé d'un couteau a dérobé la caisse d'une pharmacie du quartier de la Gare à "
        "Pontbrun mardi soir, au lendemain du braquage d'une bijouterie dans le centre.",
        138.0,
    ),
    (
        "fr-braquage-pontbrun/pharmacie",
        "Pharmacie braquée",
        "Un homme au couteau repart avec la caisse.",
        138.4,
    ),
    (
        "fr-effondrement-lorvignac",
        "Un immeuble s'effondre en partie à Lorvignac, trois blessés",
        "La façade d'un immeuble ancien de la rue des Tanneurs, à Lorvignac, s'est écroulée dans "
        "la nuit de vendredi à samedi ; trois habitants ont été légèrement blessés.",
        220.0,
    ),
    (
        "fr-effondrement-lorvignac",
        "Effondrement à Lorvignac",
        "Une façade s'écroule rue des Tanneurs.",
        220.3,
    ),
    (
        "fr-effondrement-lorvignac",
        "Lorvignac : 24 familles évacuées après l'effondrement",
        "La mairie a relogé à l'hôtel les habitants de quatre immeubles voisins par précaution.",
        223.0,
    ),
    (
        "fr-effondrement-lorvignac",
        "Rue des Tanneurs : une fuite d'eau aurait miné les fondations",
        "Selon les premiers éléments de l'expertise, une canalisation rompue depuis des mois "
        "aurait fragilisé le bâtiment.",
        240.0,
    ),
    (
        "fr-usine-delmas",
        "Delmas va fermer son usine de Saint-Ferjeux, 340 emplois supprimés",
        "Le fabricant de pièces pour vélos Delmas a annoncé mardi la fermeture de son site de "
        "Saint-Ferjeux d'ici l'été, invoquant la chute des ventes.",
        300.0,
    ),
    (
        "fr-usine-delmas",
        "Delmas ferme Saint-Ferjeux",
        "Les 340 postes du site sont menacés.",
        300.3,
    ),
    (
        "fr-usine-delmas",
        "À Saint-Ferjeux, la colère des salariés de Delmas",
        "Les ouvriers ont bloqué l'entrée de l'usine dans l'après-midi et réclament un repreneur.",
        303.0,
    ),
    (
        "fr-usine-delmas",
        "Le préfet réunit élus et direction sur l'avenir de Saint-Ferjeux",
        "Une table ronde est prévue vendredi ; les élus demandent que le site soit proposé à un "
        "repreneur avant toute fermeture.",
        320.0,
    ),
    (
        "fr-mediatheque-pontbrun",
        "Pontbrun inaugure sa nouvelle médiathèque",
        "Le bâtiment de l'ancienne halle accueille désormais 40 000 livres et un espace de jeux "
        "vidéo.",
        420.0,
    ),
    # --- Russian ---
    (
        "ru-pozhar-zarechensk",
        "В Заречье-Северном горит рынок",
        "Вечером в четверг загорелся крытый рынок на улице Гагарина в Заречье-Северном; к тушению "
        "привлекли 90 пожарных, покупателей и продавцов успели вывести.",
        21.0,
    ),
    (
        "ru-pozhar-zarechensk",
        "Пожар на рынке",
        "Огонь охватил крытый рынок, людей эвакуировали.",
        21.3,
    ),
    (
        "ru-pozhar-zarechensk",
        "Рынок в Заречье-Северном сгорел почти полностью",
        "Площадь пожара достигла 3 тысяч квадратных метров; пострадавших нет, причину возгорания "
        "устанавливают дознаватели.",
        26.0,
    ),
    (
        "ru-pozhar-zarechensk/kvartira",
        "Ночью в Заречье-Северном из горящей квартиры спасли пенсионерку",
        "Пока пожарные тушили рынок, в пятиэтажке на улице Лесной загорелась квартира на третьем "
        "этаже; 80-летнюю хозяйку вынесли на руках.",
        23.5,
    ),
    (
        "ru-pozhar-zarechensk/kvartira",
        "Пожар в пятиэтажке на Лесной",
        "Спасена пожилая женщина.",
        23.9,
    ),
    (
        "ru-svet-verkhnelesk",
        "Половина Верхнелесска осталась без света",
        "В субботу утром из-за аварии на подстанции «Южная» без электричества остались около 40 "
        "тысяч жителей Верхнелесска, не работали светофоры и трамваи.",
        60.0,
    ),
    (
        "ru-svet-verkhnelesk",
        "Блэкаут в Верхнелесске",
        "Авария на подстанции, стоят трамваи.",
        60.3,
    ),
    (
        "ru-svet-verkhnelesk",
        "В Верхнелесске восстановили подачу электроэнергии",
        "Энергетики запитали последние дома к полудню; прокуратура начала проверку подстанции.",
        64.0,
    ),
    (
        "ru-svet-verkhnelesk/vtoroi",
        "Ледяной дождь снова оставил Верхнелесск без электричества",
        "Во вторник обледеневшие провода оборвались в северных районах Верхнелесска, без света "
        "около 6 тысяч квартир; авария не связана с субботней на подстанции.",
        150.0,
    ),
    (
        "ru-svet-verkhnelesk/vtoroi",
        "Обрыв проводов в Верхнелесске",
        "Шесть тысяч квартир без света.",
        150.4,
    ),
    (
        "ru-rybaki-ldina",
        "С оторвавшейся льдины на Крутоярском водохранилище сняли 27 рыбаков",
        "Спасатели на судне на воздушной подушке эвакуировали рыбаков, которых унесло на льдине "
        "от берега у поселка Кедровый Лог.",
        106.0,
    ),
    (
        "ru-rybaki-ldina",
        "Рыбаков унесло на льдине",
        "Спасатели сняли 27 человек.",
        106.3,
    ),
    (
        "ru-rybaki-ldina",
        "Рыбакам грозят штрафы за выход на тонкий лед",
        "В администрации напомнили, что выход на лед Крутоярского водохранилища запрещен с "
        "прошлой недели.",
        109.0,
    ),
    (
        "ru-rybaki-ldina",
        "Под Кедровым Логом снова выставили посты на льду",
        "Полиция и спасатели будут дежурить у водохранилища до конца недели, чтобы не пускать "
        "людей на лед после эвакуации рыбаков.",
        118.0,
    ),
    (
        "ru-metro-novoleisk",
        "В Новолейске открылись две новые станции метро",
        "Станции «Заводская» и «Парковая» продлили первую линию на 4,2 километра; мэр Андрей "
        "Кулагин проехал первым поездом.",
        180.0,
    ),
    (
        "ru-metro-novoleisk",
        "Метро Новолейска стало длиннее",
        "Открыты «Заводская» и «Парковая».",
        180.3,
    ),
    (
        "ru-metro-novoleisk",
        "В первый день новыми станциями воспользовались 30 тысяч человек",
        "Пассажиры жаловались на очереди у турникетов на «Парковой», в метрополитене обещали "
        "открыть еще два входа.",
        198.0,
    ),
    (
        "ru-otstavka-belov",
        "Губернатор Приозерской области Игорь Белов ушел в отставку",
        "Глава региона объявил об отставке по собственному желанию после шести лет работы; "
        "временно исполнять обязанности будет вице-губернатор Ольга Сидоренко.",
        260.0,
    ),
    (
        "ru-otstavka-belov",
        "Белов покинул пост губернатора",
        "Временно регион возглавит Сидоренко.",
        260.3,
    ),
    (
        "ru-otstavka-belov",
        "Сидоренко провела первое совещание в роли врио",
        "Новая глава Приозерской области пообещала не менять команду до выборов в сентябре.",
        278.0,
    ),
    (
        "ru-teatr-verkhnelesk",
        "В драмтеатре Верхнелесска премьера «Чайки»",
        "Спектакль поставил молодой режиссер из столицы, билеты раскуплены на месяц вперед.",
        320.0,
    ),
    # --- Spanish ---
    (
        "es-alerta-terrano",
        "Grupo Terrano rebaja su previsión de beneficios y se hunde en bolsa",
        "La constructora Grupo Terrano espera ganar este año 120 millones de euros, frente a los "
        "210 millones previstos, por retrasos en sus obras en el extranjero; sus acciones cayeron "
        "un 18%.",
        34.0,
    ),
    (
        "es-alerta-terrano",
        "Terrano recorta previsiones",
        "La constructora se desploma un 18 % en bolsa.",
        34.3,
    ),
    (
        "es-alerta-terrano",
        "Los retrasos en dos autopistas pesan sobre las cuentas de Terrano",
        "Los analistas creen que el grupo tendrá que pagar penalizaciones por dos autopistas que "
        "no terminará a tiempo.",
        37.0,
    ),
    (
        "es-alerta-terrano/dimision",
        "Dimite el consejero delegado de Grupo Terrano, Javier Lucena",
        "Javier Lucena abandona la dirección de la constructora tras cinco años, días después de "
        "que la empresa rebajara sus previsiones; el presidente asumirá sus funciones de forma "
        "interina.",
        134.0,
    ),
    (
        "es-alerta-terrano/dimision",
        "Lucena deja Terrano",
        "El consejero delegado presenta su dimisión.",
        134.3,
    ),
    (
        "es-apagon-almedra",
        "Un apagón deja sin luz a 60.000 vecinos de Almedra",
        "Una avería en una subestación dejó sin suministro eléctrico a buena parte de Almedra "
        "durante tres horas el jueves por la tarde; varios ascensores quedaron atrapados con "
        "gente dentro.",
        15.0,
    ),
    (
        "es-apagon-almedra",
        "Apagón en Almedra",
        "60 000 vecinos sin luz por una avería.",
        15.3,
    ),
    (
        "es-apagon-almedra",
        "La eléctrica atribuye el apagón de Almedra a un transformador quemado",
        "La compañía Lumisur repuso el servicio pasadas las siete y abrirá una investigación.",
        18.5,
    ),
    (
        "es-apagon-almedra",
        "El Ayuntamiento de Almedra exigirá explicaciones a Lumisur",
        "La alcaldesa, Carmen Prieto, pedirá a la compañía un plan para renovar las subestaciones "
        "tras el corte del jueves.",
        35.0,
    ),
    (
        "es-apagon-almedra/temporal",
        "El temporal vuelve a dejar sin luz a barrios de Almedra",
        "El viento derribó el lunes varios postes en los barrios altos de Almedra y unas 4.500 "
        "viviendas se quedaron sin electricidad, cuatro días después del gran apagón.",
        110.0,
    ),
    (
        "es-apagon-almedra/temporal",
        "Nuevos cortes de luz en Almedra",
        "El viento tumba postes en los barrios altos.",
        110.4,
    ),
    (
        "es-granizo-vega",
        "Una granizada arrasa los viñedos de la Vega de Orcas",
        "Piedras del tamaño de una nuez cayeron durante veinte minutos el sábado sobre la Vega de "
        "Orcas y destrozaron cerca de 1.500 hectáreas de viña a pocas semanas de la vendimia.",
        70.0,
    ),
    (
        "es-granizo-vega",
        "Granizo en la Vega de Orcas",
        "Los daños alcanzan a 1500 hectáreas de viñedo.",
        70.3,
    ),
    (
        "es-granizo-vega",
        "Los viticultores de Orcas piden ayudas urgentes",
        "Las cooperativas calculan pérdidas de 12 millones y reclaman a la Junta que declare la "
        "zona catastrófica.",
        88.0,
    ),
    (
        "es-fosil-montalbar",
        "Hallan en Montalbar el esqueleto de un dinosaurio de 20 metros",
        "Paleontólogos excavan en Montalbar los restos de un saurópodo de unos 130 millones de "
        "años, uno de los más completos encontrados en la península.",
        160.0,
    ),
    (
        "es-fosil-montalbar",
        "Dinosaurio gigante en Montalbar",
        "Se ha hallado un saurópodo casi completo.",
        160.3,
    ),
    (
        "es-fosil-montalbar",
        "El saurópodo de Montalbar viajará al museo de la provincia",
        "Los huesos, embalados en yeso, se trasladarán este invierno para su estudio; el pueblo "
        "pide que vuelvan a exponerse allí.",
        178.0,
    ),
    (
        "es-rescate-pico",
        "Rescatados dos montañeros atrapados en el Pico Urdal",
        "La Guardia Civil rescató en helicóptero a dos montañeros que pasaron la noche en una "
        "repisa del Pico Urdal tras perder la ruta por la niebla.",
        250.0,
    ),
    (
        "es-rescate-pico",
        "Rescate en el Urdal",
        "Dos montañeros evacuados en helicóptero.",
        250.3,
    ),
    (
        "es-rescate-pico",
        "Los montañeros del Urdal, con hipotermia leve",
        "Los dos hombres, de 29 y 31 años, fueron trasladados al hospital comarcal y se recuperan "
        "sin secuelas.",
        253.0,
    ),
    (
        "es-rescate-pico",
        "La niebla, clave en el rescate del Urdal",
        "Los dos montañeros contaron que dieron la vuelta a doscientos metros de la cima y se "
        "refugiaron en una grieta hasta el amanecer.",
        268.0,
    ),
    (
        "es-feria-almedra",
        "Almedra abre su feria del libro con 70 casetas",
        "La feria se celebra hasta el domingo en el paseo del puerto.",
        380.0,
    ),
    # --- Italian ---
    (
        "it-incidente-ss611",
        "Scontro tra due auto sulla statale 611, un morto",
        "Un uomo di 63 anni è morto giovedì mattina in un frontale sulla statale 611 tra "
        "Roccabella e Monteverde Alto; ferita in modo grave la conducente dell'altra auto.",
        9.0,
    ),
    (
        "it-incidente-ss611",
        "Frontale sulla 611",
        "Un morto e una ferita grave vicino a Roccabella.",
        9.3,
    ),
    (
        "it-incidente-ss611",
        "Statale 611, la vittima era un agricoltore di Roccabella",
        "L'uomo, Giovanni Sardi, tornava dal mercato; la strada è rimasta chiusa per tre ore per "
        "i rilievi.",
        12.0,
    ),
    (
        "it-incidente-ss611/trattore",
        "Trattore si ribalta sulla statale 611, ferito il conducente",
        "Nel pomeriggio di giovedì un trattore è finito nella scarpata sulla statale 611 "
        "all'altezza di Monteverde Alto, poche ore dopo lo scontro mortale del mattino sulla "
        "stessa strada.",
        18.0,
    ),
    (
        "it-incidente-ss611/trattore",
        "Trattore nella scarpata",
        "Soccorso con l'elicottero il conducente.",
        18.4,
    ),
    (
        "it-rapina-borgoleone",
        "Rapina in banca a Borgoleone, bottino di 40mila euro",
        "Tre uomini armati hanno fatto irruzione nella filiale della Banca Lariana in piazza "
        "Garibaldi a Borgoleone venerdì mattina, chiudendo clienti e impiegati in una stanza.",
        34.0,
    ),
    (
        "it-rapina-borgoleone",
        "Assalto alla banca di Borgoleone",
        "Tre banditi in fuga con 40 mila euro.",
        34.3,
    ),
    (
        "it-rapina-borgoleone",
        "Borgoleone, i rapinatori fuggiti su un'auto rubata",
        "I carabinieri hanno trovato l'auto bruciata in un campo a Fossabruna; nessuno dei "
        "clienti è rimasto ferito.",
        38.0,
    ),
    (
        "it-rapina-borgoleone",
        "Rapina alla Lariana, fermato un trentacinquenne",
        "I carabinieri hanno fermato a Fossabruna un uomo sospettato di aver partecipato al colpo "
        "di venerdì in piazza Garibaldi.",
        56.0,
    ),
    (
        "it-rapina-borgoleone/tabaccheria",
        "Colpo in tabaccheria a Borgoleone, rapinatore con il coltello",
        "Un giovane con il volto coperto ha minacciato con un coltello la titolare di una "
        "tabaccheria di via Roma a Borgoleone sabato sera, il giorno dopo la rapina alla banca.",
        70.0,
    ),
    (
        "it-rapina-borgoleone/tabaccheria",
        "Rapina in tabaccheria",
        "La titolare è stata minacciata con il coltello.",
        70.4,
    ),
    (
        "it-frana-valdorso",
        "Frana sulla provinciale a Valdorso, isolate 300 persone",
        "Una frana di fango e roccia ha travolto la strada provinciale che porta a Valdorso "
        "martedì all'alba, isolando tre frazioni dopo due giorni di pioggia.",
        130.0,
    ),
    (
        "it-frana-valdorso",
        "Frana a Valdorso",
        "Tre frazioni sono isolate dalla mattina.",
        130.3,
    ),
    (
        "it-frana-valdorso",
        "Valdorso, aperta una pista provvisoria per le frazioni isolate",
        "I vigili del fuoco e le ruspe del comune hanno liberato una corsia della strada; nelle "
        "frazioni le scuole riaprono mercoledì.",
        146.0,
    ),
    (
        "it-fusione-lariana",
        "Banca Lariana e Credito Adriatico annunciano la fusione",
        "Le due banche daranno vita al sesto gruppo del Paese, con 1,4 milioni di clienti e 620 "
        "sportelli; l'operazione dovrebbe chiudersi entro giugno.",
        200.0,
    ),
    (
        "it-fusione-lariana",
        "Nasce il polo Lariana-Adriatico",
        "Fusione tra le due banche regionali.",
        200.3,
    ),
    (
        "it-fusione-lariana",
        "Fusione Lariana-Adriatico, i sindacati temono 800 esuberi",
        "Le sigle dei bancari chiedono un incontro sul piano di chiusura delle filiali doppie.",
        203.0,
    ),
    (
        "it-fusione-lariana",
        "Lariana e Adriatico corrono in Borsa",
        "Il giorno dopo l'annuncio, i titoli delle due banche hanno guadagnato il 7 e il 9 per "
        "cento.",
        220.0,
    ),
    (
        "it-quadro-ritrovato",
        "Ritrovata la pala d'altare rubata a Santa Lucia di Castelmauro",
        "I carabinieri del nucleo tutela patrimonio hanno recuperato in un garage di Porto "
        "Serrano la tela rubata dalla chiesa di Castelmauro due anni fa.",
        280.0,
    ),
    (
        "it-quadro-ritrovato",
        "Recuperata la tela di Castelmauro",
        "Il dipinto era in un garage.",
        280.3,
    ),
    (
        "it-quadro-ritrovato",
        "Il quadro tornerà a Castelmauro per Natale",
        "Il parroco ha annunciato una messa solenne per il ritorno dell'opera, che sarà prima "
        "restaurata a Valmarina.",
        296.0,
    ),
    (
        "it-teatro-borgoleone",
        "Borgoleone riapre il teatro comunale",
        "Il teatro di piazza Garibaldi torna in attività dopo il restauro con un concerto della "
        "banda cittadina.",
        360.0,
    ),
    # --- Portuguese ---
    (
        "pt-incendio-portoalvar",
        "Incêndio destrói armazém de cortiça em Porto Alvar",
        "Um incêndio de grandes proporções consumiu na noite de quinta-feira um armazém de "
        "cortiça na zona industrial de Porto Alvar; mais de 50 bombeiros estiveram no local.",
        22.0,
    ),
    (
        "pt-incendio-portoalvar",
        "Fogo em armazém de Porto Alvar",
        "Meia centena de bombeiros no combate às chamas.",
        22.3,
    ),
    (
        "pt-incendio-portoalvar",
        "Porto Alvar: prejuízos do incêndio no armazém passam um milhão de euros",
        "O dono da empresa Corticeira Alvarense disse que perdeu o stock de um ano inteiro; a "
        "Polícia Judiciária investiga a origem.",
        27.0,
    ),
    (
        "pt-incendio-portoalvar/casa",
        "Idoso morre em incêndio numa casa em Porto Alvar",
        "Um homem de 84 anos morreu durante a madrugada de sexta-feira num incêndio na sua casa, "
        "no bairro da Fonte, em Porto Alvar, enquanto os bombeiros combatiam outro fogo na zona "
        "industrial.",
        24.5,
    ),
    (
        "pt-incendio-portoalvar/casa",
        "Morte em incêndio doméstico",
        "Vítima tinha 84 anos e vivia sozinha.",
        24.9,
    ),
    (
        "pt-travessia-ameal",
        "Barco da travessia do rio Ameal encalha com 60 passageiros",
        "O barco que liga Barreira a Ribamar encalhou num banco de areia no sábado à tarde; os "
        "passageiros foram retirados por embarcações da Polícia Marítima.",
        63.0,
    ),
    (
        "pt-travessia-ameal",
        "Barco encalhado no Ameal",
        "Sessenta passageiros resgatados.",
        63.3,
    ),
    (
        "pt-travessia-ameal",
        "Travessia do Ameal retomada após encalhe",
        "O barco foi desencalhado com a maré cheia de domingo de manhã e a ligação entre Barreira "
        "e Ribamar voltou ao horário normal.",
        81.0,
    ),
    (
        "pt-travessia-ameal/avaria",
        "Avaria deixa barco à deriva no rio Ameal",
        "Uma avaria no motor deixou na quarta-feira o barco Ribamar II à deriva durante uma hora, "
        "com 35 passageiros, poucos dias depois do encalhe de outra embarcação na mesma "
        "travessia.",
        170.0,
    ),
    (
        "pt-travessia-ameal/avaria",
        "Barco à deriva no Ameal",
        "Avaria no motor, 35 passageiros a bordo.",
        170.4,
    ),
    (
        "pt-naufragio-achado",
        "Arqueólogos encontram naufrágio do século XVI ao largo de Ribamar",
        "Mergulhadores localizaram a 30 metros de profundidade os restos de uma nau com canhões "
        "de bronze, que pode ser a Santa Clara, desaparecida em 1571.",
        210.0,
    ),
    (
        "pt-naufragio-achado",
        "Nau do século XVI descoberta",
        "Destroços com canhões de bronze ao largo de Ribamar.",
        210.3,
    ),
    (
        "pt-naufragio-achado",
        "Santa Clara: primeiras peças retiradas do fundo do mar",
        "A equipa trouxe à superfície uma âncora e pratos de estanho, que vão ser estudados no "
        "museu de Porto Alvar.",
        228.0,
    ),
    (
        "pt-fabrica-sapalto",
        "Fábrica de calçado Sapalto fecha e deixa 210 trabalhadores sem emprego",
        "A administração da Sapalto comunicou aos trabalhadores o encerramento da fábrica de Vale "
        "do Lourel, alegando falta de encomendas.",
        298.0,
    ),
    (
        "pt-fabrica-sapalto",
        "Sapalto fecha portas",
        "210 pessoas perdem o emprego.",
        298.3,
    ),
    (
        "pt-fabrica-sapalto",
        "Trabalhadores da Sapalto exigem salários em atraso",
        "Os operários estão concentrados à porta da fábrica e dizem ter dois meses de salário por "
        "receber.",
        301.0,
    ),
    (
        "pt-fabrica-sapalto",
        "Câmara de Vale do Lourel pede reunião ao ministério",
        "O presidente da câmara quer apoio para os 210 antigos operários do calçado e para atrair "
        "outra empresa para as instalações.",
        310.0,
    ),
    (
        "pt-mercado-ribamar",
        "Ribamar inaugura o novo mercado municipal",
        "O edifício tem 40 bancas de peixe e fruta e um restaurante no último piso.",
        400.0,
    ),
    # --- Dutch ---
    (
        "nl-staking-dokkerveen",
        "Buschauffeurs in Dokkerveen leggen volgende week werk neer",
        "De chauffeurs van vervoerder Stadsnet leggen volgende donderdag 24 uur het werk neer, "
        "heeft vakbond Samen Sterk aangekondigd; ze eisen minder gebroken diensten.",
        28.0,
    ),
    (
        "nl-staking-dokkerveen",
        "Busstaking aangekondigd in Dokkerveen",
        "De chauffeurs van Stadsnet staken volgende donderdag.",
        28.3,
    ),
    (
        "nl-staking-dokkerveen",
        "Stadsnet wil met bond praten om staking te voorkomen",
        "De directie van Stadsnet zegt open te staan voor een gesprek over de roosters voor de "
        "chauffeurs in Dokkerveen.",
        31.0,
    ),
    (
        "nl-staking-dokkerveen/dag",
        "Geen bus in Dokkerveen door staking",
        "Door de staking van de chauffeurs van Stadsnet rijdt vandaag geen enkele stadsbus in "
        "Dokkerveen; scholieren en ouderen zoeken andere vervoer.",
        176.5,
    ),
    (
        "nl-staking-dokkerveen/dag",
        "Busstaking Dokkerveen begonnen",
        "Geen stadsbussen tot vrijdagochtend.",
        176.8,
    ),
    (
        "nl-dierenpark-hoogmeer",
        "Zeearend ontsnapt uit Dierenpark Hoogmeer",
        "Een zeearend is vrijdagochtend uit een kapotte volière van Dierenpark Hoogmeer gevlogen; "
        "het park vraagt mensen die de vogel zien om te bellen en hem niet te benaderen.",
        46.0,
    ),
    (
        "nl-dierenpark-hoogmeer",
        "Zeearend Hoogmeer gevlogen",
        "Het dierenpark zoekt een ontsnapte arend.",
        46.3,
    ),
    (
        "nl-dierenpark-hoogmeer",
        "Ontsnapte arend zit op kerktoren in Wemmeloo",
        "De zeearend is zaterdag gezien op de toren van de kerk in Wemmeloo, zes kilometer van "
        "het park; verzorgers proberen hem met vis te lokken.",
        63.0,
    ),
    (
        "nl-dierenpark-hoogmeer/geboorte",
        "Olifantje geboren in Dierenpark Hoogmeer",
        "Olifant Mali heeft in de nacht van zaterdag op zondag een gezond mannetje ter wereld "
        "gebracht, het eerste olifantje in het park in tien jaar.",
        88.0,
    ),
    (
        "nl-dierenpark-hoogmeer/geboorte",
        "Babyolifant in Hoogmeer",
        "Mannetje van 110 kilo maakt het goed.",
        88.4,
    ),
    (
        "nl-dierenpark-hoogmeer/geboorte",
        "Publiek mag naam kiezen voor olifantje Hoogmeer",
        "Het dierenpark laat bezoekers kiezen uit drie namen; het jong is al buiten gezien met "
        "zijn moeder.",
        92.0,
    ),
    (
        "nl-aanvaring-dorrekanaal",
        "Twee vrachtschepen botsen op het Dorrekanaal",
        "Op het Dorrekanaal bij Zuidermond zijn maandagochtend een tanker en een containerschip "
        "in aanvaring gekomen; er lekt geen lading, maar het kanaal is gestremd.",
        104.0,
    ),
    (
        "nl-aanvaring-dorrekanaal",
        "Aanvaring op Dorrekanaal",
        "Scheepvaart stilgelegd bij Zuidermond.",
        104.3,
    ),
    (
        "nl-aanvaring-dorrekanaal",
        "Dorrekanaal weer open na aanvaring",
        "De beschadigde tanker is naar een werf gesleept; tientallen wachtende schepen konden "
        "dinsdag weer verder.",
        128.0,
    ),
    (
        "nl-woningbouw-zuidermond",
        "Zuidermond stemt in met 4000 woningen op oud haventerrein",
        "De gemeenteraad heeft vrijdagavond ingestemd met de bouw van vierduizend huizen op het "
        "terrein van de oude haven, een derde daarvan sociale huur.",
        230.0,
    ),
    (
        "nl-woningbouw-zuidermond",
        "Raad zegt ja tegen havenwijk",
        "Er komen vierduizend woningen bij de haven van Zuidermond.",
        230.3,
    ),
    (
        "nl-woningbouw-zuidermond",
        "Bewoners oude haven vrezen voor hun bedrijfjes",
        "Ondernemers op het haventerrein zeggen dat ze nog niet weten waar ze naartoe moeten als "
        "de bouw begint.",
        233.0,
    ),
    (
        "nl-kermis-dokkerveen",
        "Kermis in Dokkerveen trekt recordaantal bezoekers",
        "De kermis op de Markt had dit jaar ruim 90.000 bezoekers, meer dan ooit.",
        330.0,
    ),
    (
        "nl-overval-zuidermond",
        "Gewapende overval op supermarkt in Zuidermond",
        "Twee mannen met een vuurwapen hebben zaterdagavond rond sluitingstijd de Buurtmarkt aan "
        "de Havenstraat in Zuidermond overvallen; ze gingen er op een scooter vandoor.",
        250.0,
    ),
    (
        "nl-overval-zuidermond",
        "Overval op Buurtmarkt",
        "Twee mannen met wapen op de vlucht.",
        250.3,
    ),
    (
        "nl-overval-zuidermond",
        "Personeel Buurtmarkt in shock na overval",
        "De eigenaar zegt dat een caissière een pistool tegen haar hoofd kreeg; de politie zoekt "
        "getuigen en camerabeelden.",
        253.0,
    ),
    (
        "nl-overval-zuidermond/tankstation",
        "Tankstation in Zuidermond overvallen",
        "Een man met een mes heeft zondag aan het begin van de middag de kassa van een "
        "tankstation aan de Ringweg in Zuidermond leeggehaald, een dag na de overval op de "
        "supermarkt.",
        262.0,
    ),
    (
        "nl-overval-zuidermond/tankstation",
        "Weer overval in Zuidermond",
        "Man met mes berooft tankstation.",
        262.4,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two power cuts in one town in one week from different causes": (
        "en-blackout-merriton/second",
        "ru-svet-verkhnelesk/vtoroi",
        "es-apagon-almedra/temporal",
    ),
    "a zoo animal's escape and an unrelated birth at the same zoo": (
        "en-zoo-hallam/birth",
        "fr-zoo-montclair/naissance",
        "nl-dierenpark-hoogmeer/geboorte",
    ),
    "two robberies in one town within two days": (
        "en-robbery-dunsford/jeweller",
        "fr-braquage-pontbrun/pharmacie",
        "it-rapina-borgoleone/tabaccheria",
        "nl-overval-zuidermond/tankstation",
    ),
    "two incidents on one ferry route in one week": (
        "en-ferry-kellan/engine",
        "de-faehre-kellersee/brand",
        "pt-travessia-ameal/avaria",
    ),
    "two road crashes on one road on one day": (
        "en-crash-a58/coach",
        "de-unfall-b212/motorrad",
        "it-incidente-ss611/trattore",
    ),
    "a strike announced and the strike day": (
        "en-strike-porters/day",
        "fr-greve-tram-bellerive/jour",
        "nl-staking-dokkerveen/dag",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-corrin/ceo",
        "de-prognose-hallmann/chef",
        "es-alerta-terrano/dimision",
    ),
    "two separate fires in one town on one night": (
        "en-fire-ashwold/house",
        "ru-pozhar-zarechensk/kvartira",
        "pt-incendio-portoalvar/casa",
    ),
}
