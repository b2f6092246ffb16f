"""A seventeenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Thursday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours apart
(a wire flash or a teaser first, then a local paper, a business page, a quote-led piece 0.2 to 12
hours later), and 42 stories have a follow-up 12 to 30 hours after the first copy, told as real
follow-ups are: some repeat the key name and the event noun (the missing Ben Sorrach climber found
alive, the Glenarn road reopened, the Pollard timber yard to be rebuilt), some share only one rare
name (the stolen Eliza Crane painting found in a car boot, Dunmore turning to Ruth Okafor after
Dray's exit, the Tenby branches Halbrook will keep open), and some name the place or the actor only
in the lead (the skipper who clung to the upturned hull off Kilbride, the pop-up jab clinics in
Ostbury, the farm slurry blamed for the Wend's fish, the first pictures from the satellite launched
on Skarra, the fishermen's night on the ice floe).

Hard negatives (26, in ten categories), each placed as far from its story as the two events really
would be. Three kinds are new here: two water-main bursts in one town within two days, 21 to 30
hours apart (Larchester's Queen Street and the Hilltop estate, Ferrano's via Garibaldi and the San
Rocco quarter, Velsum's centre and Velsum-Noord); a hospital's staff shortage and an unrelated
cyberattack on the same hospital within a week, 120 and 165 hours apart (Kingsmoor General's
children's ward and its encrypted records, the Morlanc maternity and the ransom demand at the same
hospital); a signal failure and a landslide on one railway line within two days, 46 and 47 hours
apart (Lahnau to Birkfeld, Sérigny to Paulhac). Beside them, kinds from earlier rounds: two road
crashes on one road on one day (8.5 to 9.5 hours apart: the A418, the RN 87, the statale 412); two
separate fires in one town on one night (1.5 to 2.5 hours: Redmarsh, Kellinghausen, Zarechensk);
two burglaries on one street within two days (14 to 38 hours: Elmfield Avenue, the calle del Olmo,
the Rua das Flores); a company's job cuts and its unrelated product launch in one week (72 and 121
hours); a strike announced and the strike day (110, 146 and 304 hours); a profit warning and the
chief executive's resignation days later (96 and 100 hours); a court hearing adjourned and the
hearing held weeks later (649 to 768 hours). Most hard negatives name their story as background
("hours after a lorry overturned", "a day after the Queen Street flood", "deux jours après la panne
de signalisation", "на заседании, которое в прошлом месяце было отложено"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it.
Copies share what real coverage shares (a place, a name, the key number, the event noun), in their
own words: numbers change format (£9,000 / £9k, 25,000 / 25k, 3.5% / 3.5 per cent / 3.5pc, £240,000
/ £240k, 140 Mio. Euro, 18 Prozent / 18 %, 4,80 Meter / 3,10 m, 2 тыс., 46,2 grados / 46,2 °C,
£1.6bn / £1.6 billion, 3 milhões / 3 M€), names change form (full name, surname, title, "the
ex-mayor", "the operator"), and most stories have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 14: one event (one crash, one fire, one burglary,
one burst main, one ward closure, one cyberattack, one signal failure, one landslide, one set of
job cuts, one launch, one strike call, one strike day, one hearing, one profit warning, one
resignation, one storm, one rescue) in that event's news cycle, including a next-day follow-up. Not
the same story: another event of the same kind or with the same actor, even in the same town,
street, road, railway line, hospital, firm, court or union. The second event often names the first
as background; it is still another story. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). Nine of the twelve stories told by one
outlet sit in a town another story names (Ferriby's gift, Skarra's ferry, Kellinghausen's museum,
Paulhac's library, Zarechensk's park, Villarreja's library, Brentina's fresco, Alverca do Monte's
library, Eemhoek's cycle bridge): they can only be merged falsely. Some two-copy stories also share
a place with another story but not an event (the Porthwen seal pup rescued after Storm Ilsa, the
seal in Haarwijk's marina and Haarwijk's stuck bridge). No story has more than four copies, and
every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties and unions are invented here; real bodies appear only as
backdrop (the environment agency, the SNCF, the ARS, the МЧС, the Guardia Civil, the Polizia
stradale, the Anas, the GNR, the Marinha).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor the items of rounds 15 and 16 (round 14 was read for its format), and never run
through the merging code before its one scoring run (`python -m bench.stories --round17`). Once its
errors have been read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-crash-a418",
        "Lorry overturns on A418 near Calderbridge, road shut both ways",
        "A lorry carrying gravel overturned on the A418 between Calderbridge and Hollin Cross at "
        "about 7.20am on Thursday; the driver was cut free and taken to hospital with leg "
        "injuries.",
        7.5,
    ),
    (
        "en-crash-a418",
        "A418 closed after lorry crash",
        "Gravel lorry on its side near Calderbridge.",
        7.7,
    ),
    (
        "en-crash-a418",
        "A418 reopens after gravel lorry is lifted clear",
        "The A418 reopened at 9.15am once a crane had righted the lorry; the 51-year-old driver is "
        "in a stable condition at Calderbridge Infirmary.",
        9.5,
    ),
    (
        "en-crash-a418/coach",
        "Coach and car collide on A418, eleven hurt",
        "Eleven people were hurt when a coach taking pensioners to a garden show hit a car turning "
        "into a lay-by on the A418 near Hollin Cross on Thursday afternoon.",
        16.0,
    ),
    (
        "en-crash-a418/coach",
        "Coach crash on the A418",
        "Eleven injured near Hollin Cross, hours after a lorry overturned.",
        16.3,
    ),
    (
        "en-crash-a418/coach",
        "Car driver arrested after A418 coach collision",
        "Police arrested the 34-year-old driver of the car on suspicion of careless driving; the "
        "coach passengers, most in their seventies, were treated for cuts and bruises.",
        19.0,
    ),
    (
        "en-fire-pollard",
        "Fire destroys Pollard's timber yard in Redmarsh",
        "Flames up to 20 metres high were seen across Redmarsh late on Thursday as fire swept "
        "through Pollard & Sons timber yard on Quarry Lane; 60 firefighters attended.",
        23.0,
    ),
    (
        "en-fire-pollard",
        "Timber yard ablaze in Redmarsh",
        "Sixty firefighters at Quarry Lane.",
        23.2,
    ),
    (
        "en-fire-pollard",
        "Redmarsh timber yard fire under control",
        "The blaze at Pollard and Sons was brought under control at 2am; the owner, Neil Pollard, "
        "said the family business had stood on the site since 1962.",
        26.0,
    ),
    (
        "en-fire-pollard",
        "Pollard vows to rebuild timber yard after fire",
        "Neil Pollard said on Friday his 28 staff would be paid while the Quarry Lane yard is "
        "cleared, and the fire service said the cause may never be known.",
        41.0,
    ),
    (
        "en-fire-pollard/house",
        "Family escapes house fire on Orchard Lane, Redmarsh",
        "A couple and their two children got out of their semi-detached house on Orchard Lane in "
        "Redmarsh after a smoke alarm woke them at 12.50am, while crews were still busy at the "
        "timber yard.",
        25.0,
    ),
    (
        "en-fire-pollard/house",
        "Orchard Lane house fire",
        "Family of four safe after smoke alarm sounds.",
        25.4,
    ),
    (
        "en-fire-pollard/house",
        "Tumble dryer started Orchard Lane fire",
        "The fire at the house in Redmarsh began in a tumble dryer, the fire service said; it is "
        "not connected to the blaze at the Pollard timber yard.",
        30.0,
    ),
    (
        "en-strike-northline",
        "Northline bus drivers to strike next Thursday",
        "Drivers at Northline Buses in Aldgrave will walk out for 24 hours next Thursday after "
        "rejecting a 3.5% pay offer, the Transport and Road Workers' Guild said.",
        30.0,
    ),
    (
        "en-strike-northline",
        "Aldgrave bus strike called",
        "Northline drivers have rejected the 3.5 per cent offer.",
        30.3,
    ),
    (
        "en-strike-northline",
        "Northline says it cannot afford more than 3.5pc",
        "The operator said the offer was the most it could pay without cutting routes; about 420 "
        "drivers are expected to join the walkout in Aldgrave.",
        33.0,
    ),
    (
        "en-strike-northline",
        "Mayor urges Northline and drivers to talk",
        "Aldgrave's mayor, Colin Tait, offered to host talks between Northline Buses and the "
        "drivers' guild to avert next week's walkout.",
        58.0,
    ),
    (
        "en-strike-northline/day",
        "No buses in Aldgrave as Northline drivers strike",
        "Hardly any buses ran in Aldgrave on Thursday as some 420 Northline drivers stayed out in "
        "their dispute over pay; schools reported late pupils.",
        176.0,
    ),
    (
        "en-strike-northline/day",
        "Aldgrave buses halted",
        "The Northline strike leaves commuters to walk.",
        176.3,
    ),
    (
        "en-strike-northline/day",
        "Pickets at Northline depot say more walkouts will follow",
        "Drivers outside the Mill Road depot said they would strike again next month unless the "
        "company improved on its 3.5 per cent offer.",
        181.0,
    ),
    (
        "en-hearing-kessock",
        "Fraud hearing of ex-council leader Moira Kessock adjourned",
        "Judge Sandra Mbeki adjourned the hearing of Moira Kessock, former leader of Ferrington "
        "council, accused of misusing £240,000 of grant money, because a witness was abroad.",
        35.0,
    ),
    (
        "en-hearing-kessock",
        "Kessock hearing delayed",
        "Key witness is out of the country.",
        35.3,
    ),
    (
        "en-hearing-kessock",
        "New date in Kessock case set for next month",
        "Ms Kessock, 61, who denies fraud, will return to Ferrington Crown Court in four weeks; "
        "the prosecution said its witness would fly back for it.",
        39.0,
    ),
    (
        "en-hearing-kessock/held",
        "Kessock tells court grant money went to youth clubs",
        "Moira Kessock told Ferrington Crown Court on Tuesday that the £240k she is accused of "
        "misusing paid for youth clubs, as her fraud hearing went ahead a month after it was put "
        "off.",
        803.0,
    ),
    (
        "en-hearing-kessock/held",
        "Kessock gives evidence",
        "The former council leader says she is innocent of fraud.",
        803.3,
    ),
    (
        "en-hearing-kessock/held",
        "Witness says Kessock signed off payments herself",
        "A former council finance officer, flown back from Dubai, said Ms Kessock had approved the "
        "grant payments without the usual second signature.",
        808.0,
    ),
    (
        "en-warning-corvane",
        "Corvane Foods shares slump 24% on profit warning",
        "The ready-meals maker Corvane Foods cut its full-year profit forecast to £38m from £55m, "
        "blaming the cost of a failed factory upgrade; its shares fell almost a quarter.",
        103.0,
    ),
    (
        "en-warning-corvane",
        "Corvane warns on profits",
        "Shares fall 24pc.",
        103.2,
    ),
    (
        "en-warning-corvane",
        "Analysts question Corvane's factory upgrade",
        "Brokers said the troubled upgrade at the Hexley plant had cost Corvane Foods £17 million "
        "in lost output since the summer.",
        107.0,
    ),
    (
        "en-warning-corvane",
        "Top investor turns on Corvane board",
        "Hexley-based Corvane's largest shareholder, the fund manager Aldous Capital, said on "
        "Tuesday it had lost confidence in the board after Monday's warning.",
        127.0,
    ),
    (
        "en-warning-corvane/ceo",
        "Corvane Foods chief Adrian Holt steps down",
        "Adrian Holt has resigned as chief executive of Corvane Foods with immediate effect, four "
        "days after the company's profit warning sent its shares tumbling.",
        199.0,
    ),
    (
        "en-warning-corvane/ceo",
        "Holt quits Corvane",
        "Chief executive leaves after profit warning.",
        199.3,
    ),
    (
        "en-warning-corvane/ceo",
        "Corvane names finance chief as interim boss",
        "Corvane's finance director Priya Nair will run the company while the board searches for a "
        "successor to Mr Holt; shares rose 6%.",
        203.0,
    ),
    (
        "en-burglary-elmfield",
        "Jewellery taken in Elmfield Avenue burglary",
        "Burglars forced a back door at a house on Elmfield Avenue in Stanwick on Monday evening "
        "while the owners were out and took jewellery worth about £9,000.",
        117.0,
    ),
    (
        "en-burglary-elmfield",
        "Burglary on Elmfield Avenue",
        "Jewellery worth £9k stolen in Stanwick.",
        117.4,
    ),
    (
        "en-burglary-elmfield/second",
        "Second house burgled on Stanwick's Elmfield Avenue",
        "A laptop and cash were taken from another house on Elmfield Avenue on Tuesday night, a "
        "day after a burglary a few doors away; police are urging neighbours to check their "
        "cameras.",
        152.0,
    ),
    (
        "en-burglary-elmfield/second",
        "Another Elmfield Avenue break-in",
        "Laptop and cash taken in the second Stanwick burglary.",
        152.3,
    ),
    (
        "en-burglary-elmfield/second",
        "Police patrols stepped up on Elmfield Avenue",
        "Officers said it was too early to say whether the two burglaries in Stanwick were linked; "
        "a window was smashed in the latest one.",
        158.0,
    ),
    (
        "en-jobcuts-brightwell",
        "Brightwell Appliances to axe 350 jobs at Tolland plant",
        "Brightwell Appliances will cut 350 jobs at its Tolland factory, about a third of the "
        "workforce, as demand for its ovens and dishwashers falls.",
        200.0,
    ),
    (
        "en-jobcuts-brightwell",
        "Brightwell cuts 350 jobs",
        "The oven maker blames weak demand.",
        200.2,
    ),
    (
        "en-jobcuts-brightwell",
        "Tolland fears for its future after Brightwell cuts",
        "The Brightwell factory is the town's largest employer; the local MP called the loss of "
        "350 posts a hammer blow.",
        205.0,
    ),
    (
        "en-jobcuts-brightwell",
        "Union seeks buyer for threatened Tolland factory lines",
        "The Federated Engineers' union said it would ask rival makers to take over the dishwasher "
        "line rather than see 350 jobs lost.",
        226.0,
    ),
    (
        "en-jobcuts-brightwell/launch",
        "Brightwell launches heat pump for small homes",
        "Brightwell Appliances unveiled its first heat pump, the Ember 5, priced at £4,200 and "
        "aimed at flats and terraced houses, three days after announcing job cuts in Tolland.",
        272.0,
    ),
    (
        "en-jobcuts-brightwell/launch",
        "Brightwell's Ember 5 heat pump",
        "New product priced at £4,200.",
        272.4,
    ),
    (
        "en-jobcuts-brightwell/launch",
        "Ember 5 will be built abroad, Brightwell confirms",
        "The company said its new heat pump would be made by a partner in Poland rather than at "
        "Tolland.",
        278.0,
    ),
    (
        "en-watermain-larch",
        "Burst water main floods Queen Street in Larchester",
        "A 30-inch water main burst under Queen Street in Larchester at 6am, flooding shops and "
        "cutting supplies to about 8,000 homes.",
        296.0,
    ),
    (
        "en-watermain-larch",
        "Queen Street under water",
        "Burst main cuts supply to 8,000 Larchester homes.",
        296.2,
    ),
    (
        "en-watermain-larch",
        "Larchester shops count cost of burst main",
        "Traders on Queen Street said water was knee-deep inside their premises; Larch Valley "
        "Water said the Victorian pipe had simply failed.",
        300.0,
    ),
    (
        "en-watermain-larch",
        "Water back on in Larchester after main repaired",
        "Larch Valley Water restored supplies to the 8,000 homes overnight, but Queen Street will "
        "stay closed to traffic for a week.",
        316.0,
    ),
    (
        "en-watermain-larch/hilltop",
        "Second main bursts in Larchester, Hilltop estate dry",
        "Another water main burst in Larchester on Wednesday, this time under Beacon Road on the "
        "Hilltop estate, leaving 1,500 homes without water a day after the Queen Street flood.",
        326.0,
    ),
    (
        "en-watermain-larch/hilltop",
        "Larchester: new burst on Beacon Road",
        "1,500 homes on the Hilltop estate without water.",
        326.3,
    ),
    (
        "en-watermain-larch/hilltop",
        "Bottled water handed out on Hilltop estate",
        "Larch Valley Water set up a station at the Beacon Road community centre; it said the "
        "Hilltop pipe was newer and the cause of its failure was being examined.",
        331.0,
    ),
    (
        "en-hospital-kingsmoor",
        "Kingsmoor General shuts children's ward at night over nurse shortage",
        "Kingsmoor General Hospital will close its children's ward overnight from Monday because "
        "it cannot find enough nurses, sending young patients 30 miles to Delby.",
        345.0,
    ),
    (
        "en-hospital-kingsmoor",
        "Kingsmoor ward to close at night",
        "Nurse shortage hits children's care.",
        345.3,
    ),
    (
        "en-hospital-kingsmoor",
        "Parents protest outside Kingsmoor General",
        "About 200 parents gathered outside the hospital on Thursday evening demanding the "
        "children's ward stay open around the clock.",
        357.0,
    ),
    (
        "en-hospital-kingsmoor",
        "Health secretary asked to intervene over children's ward",
        "The MP for Kingsmoor, Farid Osei, has written to the health secretary asking for agency "
        "nurses to keep the ward open overnight.",
        368.0,
    ),
    (
        "en-hospital-kingsmoor/cyber",
        "Cyberattack forces Kingsmoor General to cancel operations",
        "Kingsmoor General Hospital cancelled all planned operations on Tuesday after hackers "
        "encrypted its patient records system, the trust said.",
        465.0,
    ),
    (
        "en-hospital-kingsmoor/cyber",
        "Kingsmoor hit by hackers",
        "Planned operations cancelled.",
        465.3,
    ),
    (
        "en-hospital-kingsmoor/cyber",
        "Kingsmoor General ransom demand rejected",
        "The trust said it would not pay the hackers and that its records would be restored from "
        "backups within days.",
        471.0,
    ),
    (
        "en-landslide-glenarn",
        "Landslide cuts off Glenarn village",
        "Hundreds of tonnes of rock and mud came down onto the only road into Glenarn after two "
        "days of heavy rain, leaving 300 residents cut off.",
        80.0,
    ),
    (
        "en-landslide-glenarn",
        "Glenarn cut off by landslide",
        "Only road blocked after heavy rain.",
        80.3,
    ),
    (
        "en-landslide-glenarn",
        "Helicopter brings supplies to Glenarn",
        "The council flew in food and medicine for the 300 villagers while engineers checked "
        "whether more of the hillside might slip.",
        84.0,
    ),
    (
        "en-landslide-glenarn",
        "Glenarn road reopens with single lane",
        "Engineers opened a single lane past the landslide above Glenarn on Monday morning, ending "
        "a day and a night of isolation for the village.",
        102.0,
    ),
    (
        "en-missing-climber",
        "Search for climber missing on Ben Sorrach",
        "Mountain rescue teams are searching Ben Sorrach for a 29-year-old climber who failed to "
        "return from a solo ascent on Saturday.",
        70.0,
    ),
    (
        "en-missing-climber",
        "Climber missing on Ben Sorrach",
        "Search resumes at first light.",
        70.3,
    ),
    (
        "en-missing-climber",
        "Missing Ben Sorrach climber found alive",
        "Tom Elridge was found in a gully on the north face of Ben Sorrach on Sunday with a broken "
        "ankle after a night in the open.",
        88.0,
    ),
    (
        "en-merger-halbrook",
        "Halbrook Bank agrees £1.6bn takeover of Tenby Mutual",
        "Halbrook Bank has agreed to buy the building society Tenby Mutual for £1.6 billion, "
        "creating the country's fifth-largest mortgage lender.",
        151.0,
    ),
    (
        "en-merger-halbrook",
        "Halbrook buys Tenby Mutual",
        "The £1.6bn deal creates a big mortgage lender.",
        151.2,
    ),
    (
        "en-merger-halbrook",
        "Tenby Mutual members to vote on Halbrook deal",
        "The society's 900,000 members must back the sale; each would receive about £1,700 if it "
        "goes through.",
        155.0,
    ),
    (
        "en-merger-halbrook",
        "Tenby branches to stay open for three years, Halbrook pledges",
        "Halbrook's chief executive Simon Achebe promised on Thursday that none of the 64 Tenby "
        "Mutual branches would shut before 2030.",
        178.0,
    ),
    (
        "en-teacher-pay",
        "Teachers accept 5.2% pay offer, ending dispute",
        "Members of the National Teachers' Association voted by 71% to accept a 5.2 per cent rise, "
        "ending a year-long dispute.",
        160.0,
    ),
    (
        "en-teacher-pay",
        "Teachers back pay deal",
        "71 per cent of members vote to accept the offer.",
        160.3,
    ),
    (
        "en-teacher-pay",
        "Heads warn schools must find money for teachers' rise",
        "School leaders said the 5.2% award was only partly funded and some schools would have to "
        "cut spending elsewhere.",
        176.0,
    ),
    (
        "en-storm-ilsa",
        "Storm Ilsa brings 90mph gusts to west coast",
        "Storm Ilsa battered the west coast overnight, with gusts of 90mph at Carrow Point, "
        "bringing down trees and leaving 25,000 homes without power.",
        170.0,
    ),
    (
        "en-storm-ilsa",
        "Storm Ilsa hits",
        "Gusts of 90mph, with 25,000 homes without power.",
        170.2,
    ),
    (
        "en-storm-ilsa",
        "Ferry sailings cancelled as Ilsa sweeps in",
        "All crossings from Carrow were cancelled and several rail lines closed by fallen trees.",
        173.0,
    ),
    (
        "en-storm-ilsa",
        "Clear-up begins after Storm Ilsa",
        "Power was restored to most of the 25k homes by Thursday evening; one man was hurt by a "
        "falling tree in Porthwen.",
        190.0,
    ),
    (
        "en-seal-rescue",
        "Seal pup rescued from Porthwen harbour slipway",
        "A seal pup found exhausted on the slipway at Porthwen after Storm Ilsa was taken to a "
        "sanctuary by volunteers.",
        178.0,
    ),
    (
        "en-seal-rescue",
        "Seal pup saved in Porthwen",
        "Volunteers take pup to sanctuary.",
        178.4,
    ),
    (
        "en-data-leak-marlowes",
        "Marlowe's admits customer data leak",
        "The department store chain Marlowe's said names, addresses and order histories of up to "
        "400,000 online customers may have been exposed by a misconfigured server.",
        210.0,
    ),
    (
        "en-data-leak-marlowes",
        "Marlowe's data exposed",
        "Up to 400,000 customers affected.",
        210.3,
    ),
    (
        "en-data-leak-marlowes",
        "Regulator to examine Marlowe's data breach",
        "The information watchdog said it had opened an inquiry; Marlowe's said no card details "
        "were involved.",
        214.0,
    ),
    (
        "en-data-leak-marlowes",
        "Customers warned of scam emails after store leak",
        "Fraudsters are sending fake refund emails to people whose details were exposed by "
        "Marlowe's, a consumer group warned.",
        234.0,
    ),
    (
        "en-byelection-hartfield",
        "Common Ground wins Hartfield by-election",
        "Common Ground's Dara Whelan won the Hartfield by-election with a majority of 3,112, the "
        "party's first seat in parliament.",
        220.0,
    ),
    (
        "en-byelection-hartfield",
        "Whelan wins Hartfield",
        "Common Ground takes its first seat.",
        220.2,
    ),
    (
        "en-byelection-hartfield",
        "Turnout of 38% in Hartfield vote",
        "Ms Whelan, a former nurse, said her win showed voters wanted local hospitals put first; "
        "turnout was 38 per cent.",
        224.0,
    ),
    (
        "en-byelection-hartfield",
        "Whelan vows to fight for Hartfield's hospital",
        "Dara Whelan spent her first day as an MP on Saturday at Hartfield General, promising to "
        "raise its ambulance waits in her first speech.",
        236.0,
    ),
    (
        "en-fog-bramport",
        "Fog grounds 80 flights at Bramport airport",
        "Thick fog led to the cancellation of about 80 flights at Bramport on Friday morning, with "
        "thousands of passengers stranded.",
        200.0,
    ),
    (
        "en-fog-bramport",
        "Bramport fog chaos",
        "About 80 flights are cancelled at the airport.",
        200.2,
    ),
    (
        "en-fog-bramport",
        "Bramport flights resume as fog lifts",
        "Departures restarted at midday; the airport said it would take until Saturday to clear "
        "the backlog.",
        204.0,
    ),
    (
        "en-theft-ferriby",
        "Painting stolen from Ferriby gallery in night raid",
        "A landscape by the 19th-century painter Eliza Crane, valued at £700,000, was stolen from "
        "Ferriby Art Gallery after thieves cut through a skylight.",
        250.0,
    ),
    (
        "en-theft-ferriby",
        "Crane painting stolen",
        "The Ferriby gallery was raided overnight.",
        250.3,
    ),
    (
        "en-theft-ferriby",
        "Stolen Eliza Crane painting found in car boot",
        "Police recovered the Crane landscape taken from Ferriby Art Gallery from a car stopped on "
        "the motorway; two men were arrested.",
        270.0,
    ),
    (
        "en-trial-lindqvist",
        "Lindqvist Bio's asthma drug cuts attacks by 40%",
        "A late-stage trial of Lindqvist Bio's inhaled drug LB-17 found it reduced severe asthma "
        "attacks by 40 per cent over a year.",
        271.0,
    ),
    (
        "en-trial-lindqvist",
        "LB-17 asthma trial succeeds",
        "Attacks fell by 40 per cent in the trial.",
        271.2,
    ),
    (
        "en-trial-lindqvist",
        "Lindqvist shares jump after asthma trial",
        "Shares in Lindqvist Bio rose 31% as the company said it would seek approval for LB-17 "
        "early next year.",
        275.0,
    ),
    (
        "en-fishkill-wend",
        "Thousands of dead fish found in River Wend",
        "Thousands of dead fish were found along a four-mile stretch of the River Wend below "
        "Marbury, and the environment agency is testing the water.",
        280.0,
    ),
    (
        "en-fishkill-wend",
        "Fish kill on the Wend",
        "Four-mile stretch affected.",
        280.3,
    ),
    (
        "en-fishkill-wend",
        "Farm slurry leak blamed for fish deaths",
        "Slurry from a dairy farm near Marbury leaked into a stream that feeds the Wend, the "
        "environment agency said, and the farmer could face prosecution.",
        300.0,
    ),
    (
        "en-launch-skarra",
        "First satellite launched from Skarra spaceport",
        "Orbis Aerospace launched a small weather satellite from the Skarra spaceport on Sunday, "
        "the first orbital launch from the island.",
        250.5,
    ),
    (
        "en-launch-skarra",
        "Skarra launch succeeds",
        "Orbis puts its weather satellite in orbit.",
        250.7,
    ),
    (
        "en-launch-skarra",
        "Islanders watch Orbis rocket lift off",
        "Hundreds of Skarra residents gathered on the cliffs to see the Orbis rocket climb away at "
        "10.04am.",
        253.5,
    ),
    (
        "en-launch-skarra",
        "Orbis satellite sends back its first pictures",
        "The first images from the weather satellite launched on Sunday show cloud over the "
        "northern isles; Orbis said all systems were working.",
        272.5,
    ),
    (
        "en-sacking-dunmore",
        "Dunmore Athletic sack manager Kevin Dray",
        "Dunmore Athletic have sacked Kevin Dray after eight defeats in ten league games left the "
        "club second from bottom.",
        298.0,
    ),
    (
        "en-sacking-dunmore",
        "Dray sacked by Dunmore",
        "Eight losses in ten games.",
        298.3,
    ),
    (
        "en-sacking-dunmore",
        "Dunmore turn to Ruth Okafor after Dray exit",
        "Dunmore Athletic appointed their under-21 coach Ruth Okafor as interim manager a day "
        "after dismissing Kevin Dray.",
        318.0,
    ),
    (
        "en-lockdown-greyholm",
        "HMP Greyholm locked down after disturbance",
        "Prisoners at HMP Greyholm refused to return to their cells on Saturday evening and "
        "damaged a wing, the prison service said.",
        405.0,
    ),
    (
        "en-lockdown-greyholm",
        "Greyholm prison disturbance",
        "Specialist officers were called in to the jail.",
        405.2,
    ),
    (
        "en-lockdown-greyholm",
        "Greyholm disturbance ends after six hours",
        "Order was restored at the prison shortly after midnight; two officers were treated for "
        "minor injuries.",
        409.0,
    ),
    (
        "en-lockdown-greyholm",
        "Inspectors to visit Greyholm after weekend unrest",
        "The prisons inspectorate will make an unannounced visit to the jail, where staff "
        "shortages had left inmates locked up for 22 hours a day.",
        422.0,
    ),
    (
        "en-tremor-dorran",
        "Magnitude 3.9 tremor felt across Dorran",
        "An earthquake of magnitude 3.9 shook Dorran at 11.41pm, rattling windows but causing no "
        "serious damage, the geological survey said.",
        359.8,
    ),
    (
        "en-tremor-dorran",
        "Earth tremor in Dorran",
        "Windows rattle as the ground shakes, with no serious damage.",
        360.1,
    ),
    (
        "en-capsize-kilbride",
        "Three rescued as fishing boat capsizes off Kilbride",
        "The crew of three were pulled from the water by the Kilbride lifeboat after their trawler "
        "capsized in heavy swell.",
        439.0,
    ),
    (
        "en-capsize-kilbride",
        "Trawler capsizes off Kilbride",
        "All three of the crew were saved.",
        439.2,
    ),
    (
        "en-capsize-kilbride",
        "Skipper tells of 40 minutes clinging to upturned hull",
        "Alan Moffat, whose trawler went over off Kilbride on Monday, said he and his two crewmen "
        "held on to each other until the lifeboat came.",
        463.0,
    ),
    (
        "en-outage-southvale",
        "40,000 homes lose power in Southvale",
        "A fault at the Southvale substation cut power to 40,000 homes on Tuesday evening.",
        475.0,
    ),
    (
        "en-outage-southvale",
        "Southvale blackout",
        "40k homes left without power by the fault.",
        475.2,
    ),
    (
        "en-outage-southvale",
        "Power back in Southvale after four hours",
        "Electricity was restored to all homes by midnight; the network operator blamed a failed "
        "transformer.",
        480.5,
    ),
    (
        "en-outage-southvale",
        "Homes hit by blackout to get £60 each",
        "The network operator said households in Southvale who lost power for four hours on "
        "Tuesday would receive compensation automatically.",
        493.0,
    ),
    (
        "en-pay-renwick",
        "Renwick Mining investors reject chief's pay package",
        "58% of shareholders voted against Renwick Mining's pay report at its annual meeting, "
        "objecting to a £6.8m award for chief executive Lorna Frith.",
        541.0,
    ),
    (
        "en-pay-renwick",
        "Renwick pay revolt",
        "Investors reject the £6.8m award for the chief executive.",
        541.3,
    ),
    (
        "en-measles-ostbury",
        "Measles cases rise to 46 in Ostbury",
        "Health officials in Ostbury confirmed 46 cases of measles and urged parents to check "
        "their children's vaccinations.",
        400.0,
    ),
    (
        "en-measles-ostbury",
        "Ostbury measles outbreak grows",
        "46 cases have been confirmed by the health officials.",
        400.2,
    ),
    (
        "en-measles-ostbury",
        "Pop-up jab clinics open in two shopping centres",
        "Parents queued for MMR jabs on Sunday at clinics opened by Ostbury health officials as "
        "cases reached 51.",
        420.0,
    ),
    (
        "en-sentence-quayle",
        "Solicitor jailed for stealing £1.3m from clients",
        "Former solicitor Martin Quayle was jailed for seven years for taking £1.3 million from "
        "clients' accounts over a decade.",
        326.0,
    ),
    (
        "en-sentence-quayle",
        "Quayle jailed",
        "Seven years for taking clients' money.",
        326.3,
    ),
    (
        "en-sentence-quayle",
        "Victims of solicitor Quayle describe losses",
        "One widow told the court Mr Quayle had taken the £80,000 left by her husband.",
        330.0,
    ),
    (
        "en-rail-fares",
        "Rail fares to rise by 4.6% in March",
        "Regulated rail fares will rise by 4.6 per cent from March, the transport department said "
        "on Wednesday.",
        490.0,
    ),
    (
        "en-council-tax-ashcombe",
        "Ashcombe council approves 6% council tax rise",
        "Councillors in Ashcombe voted for a six per cent rise in council tax to keep libraries "
        "and care services open.",
        440.0,
    ),
    (
        "en-tunnel-merrow",
        "Merrow estuary tunnel opens to traffic",
        "The new road tunnel under the Merrow estuary opened on Monday, cutting the journey "
        "between its two banks to five minutes.",
        444.0,
    ),
    (
        "en-gift-ferriby",
        "Collector leaves 200 paintings to Ferriby gallery",
        "A retired doctor has left his collection of 200 paintings to Ferriby Art Gallery, which "
        "plans a new wing to show them.",
        470.0,
    ),
    (
        "en-ferry-northwind",
        "Skarra ferry sailings cancelled for engine repairs",
        "Northwind Ferries cancelled all sailings to Skarra for three days while an engine on its "
        "only vessel is repaired.",
        500.0,
    ),
    # --- German ---
    (
        "de-brand-kellin",
        "Großbrand in Tischlerei in Kellinghausen",
        "In einer Tischlerei im Gewerbegebiet Am Mühlbach in Kellinghausen ist am späten "
        "Freitagabend ein Großbrand ausgebrochen; rund 90 Einsatzkräfte waren vor Ort.",
        46.0,
    ),
    (
        "de-brand-kellin",
        "Tischlerei in Kellinghausen brennt",
        "Rund 90 Feuerwehrleute im Einsatz.",
        46.2,
    ),
    (
        "de-brand-kellin",
        "Schaden nach Tischlerei-Brand geht in die Millionen",
        "Die Halle der Tischlerei Brandtner ist komplett ausgebrannt; die Polizei schätzt den "
        "Schaden auf mindestens 1,5 Millionen Euro.",
        49.0,
    ),
    (
        "de-brand-kellin",
        "Kripo ermittelt nach Brand bei Brandtner",
        "Brandermittler haben am Samstag die Ruine der Tischlerei in Kellinghausen untersucht; "
        "Hinweise auf Brandstiftung gebe es bisher nicht.",
        66.0,
    ),
    (
        "de-brand-kellin/scheune",
        "Scheune am Ortsrand von Kellinghausen abgebrannt",
        "Noch während der Löscharbeiten an der Tischlerei ist in derselben Nacht eine Scheune mit "
        "Heuballen an der Landstraße nach Odenrode in Flammen aufgegangen.",
        48.5,
    ),
    (
        "de-brand-kellin/scheune",
        "Zweiter Brand in Kellinghausen",
        "Eine Scheune mit Heu steht in Flammen.",
        48.8,
    ),
    (
        "de-brand-kellin/scheune",
        "Scheunenbrand: Polizei prüft Selbstentzündung",
        "Das feuchte Heu in der Scheune könnte sich selbst entzündet haben; ein Zusammenhang mit "
        "dem Feuer in der Tischlerei wird nicht vermutet.",
        53.0,
    ),
    (
        "de-prognose-sandtner",
        "Sandtner senkt Gewinnprognose, Aktie bricht ein",
        "Der Maschinenbauer Sandtner AG rechnet für das laufende Jahr nur noch mit einem "
        "operativen Gewinn von 140 Mio. Euro statt 210 Mio.; die Aktie verlor 18 Prozent.",
        110.0,
    ),
    (
        "de-prognose-sandtner",
        "Sandtner kassiert Prognose",
        "Die Aktie des Konzerns fällt um 18 %.",
        110.3,
    ),
    (
        "de-prognose-sandtner",
        "Schwache Nachfrage aus China belastet Sandtner",
        "Analysten verweisen auf die Flaute bei Verpackungsmaschinen in Asien; Sandtner hatte die "
        "Prognose erst im Sommer bestätigt.",
        114.0,
    ),
    (
        "de-prognose-sandtner",
        "Betriebsrat bei Sandtner fürchtet Stellenabbau",
        "Nach der gesenkten Prognose verlangt der Betriebsrat des Maschinenbauers eine Jobgarantie "
        "für die 3.800 Beschäftigten in Deutschland.",
        132.0,
    ),
    (
        "de-prognose-sandtner/chef",
        "Sandtner-Chef Heiko Marquardt tritt zurück",
        "Vier Tage nach der Gewinnwarnung legt der Vorstandschef des Maschinenbauers Sandtner, "
        "Heiko Marquardt, sein Amt nieder.",
        210.0,
    ),
    (
        "de-prognose-sandtner/chef",
        "Marquardt geht bei Sandtner",
        "Vorstandschef tritt nach Gewinnwarnung ab.",
        210.3,
    ),
    (
        "de-prognose-sandtner/chef",
        "Aufsichtsrat von Sandtner sucht neuen Chef",
        "Bis zur Nachfolge führt Finanzvorständin Petra Kühl das Unternehmen; die Aktie legte um "
        "drei Prozent zu.",
        215.0,
    ),
    (
        "de-stellwerk-lahnau",
        "Stellwerksstörung legt Strecke Lahnau–Birkfeld lahm",
        "Wegen einer Störung im Stellwerk Lahnau fahren seit dem Morgen keine Regionalzüge "
        "zwischen Lahnau und Birkfeld; ein Ersatzverkehr mit Bussen ist eingerichtet.",
        130.0,
    ),
    (
        "de-stellwerk-lahnau",
        "Keine Züge zwischen Lahnau und Birkfeld",
        "Stellwerk gestört, Busse fahren.",
        130.2,
    ),
    (
        "de-stellwerk-lahnau",
        "Züge zwischen Lahnau und Birkfeld rollen wieder",
        "Techniker haben den Fehler im Stellwerk am Mittag behoben; Pendler mussten bis zu einer "
        "Stunde länger fahren.",
        135.0,
    ),
    (
        "de-stellwerk-lahnau/hang",
        "Hangrutsch verschüttet Gleise bei Birkfeld",
        "Nach tagelangem Regen ist bei Birkfeld ein Hang auf die Bahnstrecke nach Lahnau "
        "gerutscht; ein Regionalzug konnte rechtzeitig bremsen.",
        176.0,
    ),
    (
        "de-stellwerk-lahnau/hang",
        "Erdrutsch auf der Strecke nach Lahnau",
        "Zug stoppt kurz vor Geröll.",
        176.3,
    ),
    (
        "de-stellwerk-lahnau/hang",
        "Strecke Lahnau–Birkfeld nach Hangrutsch wochenlang gesperrt",
        "Die Bahn rechnet mit drei Wochen Sperrung, zwei Tage nachdem schon eine Stellwerksstörung "
        "die Strecke lahmgelegt hatte.",
        182.0,
    ),
    (
        "de-hochwasser-ilmach",
        "Ilmach tritt über die Ufer, Altstadt von Sennfeld überflutet",
        "Nach heftigen Regenfällen ist die Ilmach in Sennfeld über die Ufer getreten; Keller und "
        "Straßen in der Altstadt stehen unter Wasser.",
        240.0,
    ),
    (
        "de-hochwasser-ilmach",
        "Hochwasser in Sennfeld",
        "Die Altstadt ist überflutet.",
        240.3,
    ),
    (
        "de-hochwasser-ilmach",
        "Sandsäcke und Pumpen gegen das Ilmach-Hochwasser",
        "Hunderte Helfer füllten in Sennfeld die ganze Nacht Sandsäcke; der Pegel stieg auf 4,80 "
        "Meter.",
        244.0,
    ),
    (
        "de-hochwasser-ilmach",
        "Pegel der Ilmach sinkt, Sennfeld räumt auf",
        "Am Sonntagabend fiel der Wasserstand auf 3,10 m; in der Altstadt begannen die "
        "Aufräumarbeiten.",
        262.0,
    ),
    (
        "de-tarif-handel",
        "Einigung im Einzelhandel: 5,5 Prozent mehr Lohn",
        "Die Gewerkschaft Handel und Dienste und die Arbeitgeber haben sich auf 5,5 % mehr Lohn in "
        "zwei Stufen für die Beschäftigten im Einzelhandel geeinigt.",
        280.0,
    ),
    (
        "de-tarif-handel",
        "Tarifeinigung im Einzelhandel",
        "Beschäftigte bekommen 5,5 Prozent mehr.",
        280.2,
    ),
    (
        "de-tarif-handel",
        "Händler warnen vor höheren Preisen nach Tarifabschluss",
        "Der Handelsverband erklärte, ein Teil der Lohnerhöhung werde an die Kunden weitergegeben.",
        284.0,
    ),
    (
        "de-tarif-handel",
        "Verkäuferinnen: Erhöhung reicht nicht für die Miete",
        "Beschäftigte in Sennfelder Supermärkten sagen, der neue Tarifvertrag gleiche die "
        "Inflation der letzten zwei Jahre kaum aus.",
        298.0,
    ),
    (
        "de-museum-kellin",
        "Heimatmuseum Kellinghausen zeigt Spielzeug aus 100 Jahren",
        "Das Heimatmuseum in Kellinghausen hat eine Ausstellung mit Spielzeug aus einem "
        "Jahrhundert eröffnet, das Familien aus dem Ort gespendet haben.",
        500.0,
    ),
    # --- French ---
    (
        "fr-accident-rn87",
        "Une voiture percute un arbre sur la RN 87 près de Saint-Aulaire, deux blessés",
        "Deux jeunes gens ont été grièvement blessés jeudi vers 7 h 30 quand leur voiture a quitté "
        "la route nationale 87 et percuté un platane à la sortie de Saint-Aulaire.",
        8.0,
    ),
    (
        "fr-accident-rn87",
        "RN 87 : accident à Saint-Aulaire",
        "Deux blessés graves, voiture contre un platane.",
        8.3,
    ),
    (
        "fr-accident-rn87",
        "Accident de la RN 87 : le conducteur avait 19 ans",
        "Le conducteur, un étudiant de 19 ans, et son passager ont été transportés à l'hôpital de "
        "Brémont ; la chaussée était glissante.",
        11.0,
    ),
    (
        "fr-accident-rn87",
        "Le passager blessé sur la RN 87 est décédé",
        "Le jeune homme de 18 ans grièvement blessé jeudi près de Saint-Aulaire est mort vendredi "
        "à l'hôpital de Brémont.",
        34.0,
    ),
    (
        "fr-accident-rn87/camion",
        "Un poids lourd se couche sur la RN 87, circulation coupée",
        "Un camion transportant des palettes s'est renversé jeudi après-midi sur la nationale 87 "
        "entre Saint-Aulaire et Lussac, quelques heures après un autre accident sur le même axe.",
        17.5,
    ),
    (
        "fr-accident-rn87/camion",
        "Camion renversé sur la RN 87",
        "La route est fermée entre Saint-Aulaire et Lussac.",
        17.8,
    ),
    (
        "fr-accident-rn87/camion",
        "RN 87 rouverte après le dépannage du poids lourd",
        "Le chauffeur, légèrement blessé, a été hospitalisé ; la route a rouvert vers 20 heures.",
        21.0,
    ),
    (
        "fr-hopital-morlanc",
        "Faute de sages-femmes, la maternité de Morlanc fermera la nuit",
        "L'hôpital de Morlanc annonce la fermeture de sa maternité de 20 heures à 8 heures à "
        "partir du 1er du mois, faute de sages-femmes en nombre suffisant.",
        106.0,
    ),
    (
        "fr-hopital-morlanc",
        "Maternité de Morlanc : fermeture la nuit",
        "L'hôpital manque de sages-femmes.",
        106.3,
    ),
    (
        "fr-hopital-morlanc",
        "À Morlanc, les futures mamans inquiètes",
        "Les femmes enceintes devront se rendre la nuit à Castelvieux, à 55 km ; une pétition a "
        "déjà recueilli 4 000 signatures.",
        111.0,
    ),
    (
        "fr-hopital-morlanc",
        "Le maire de Morlanc demande à l'ARS de sauver la maternité",
        "Le maire, Jean-Paul Crespin, a écrit mardi à l'agence régionale de santé pour réclamer "
        "des renforts de sages-femmes.",
        128.0,
    ),
    (
        "fr-hopital-morlanc/cyber",
        "L'hôpital de Morlanc paralysé par une cyberattaque",
        "Une attaque informatique a bloqué les logiciels de l'hôpital de Morlanc dans la nuit de "
        "dimanche à lundi ; les urgences fonctionnent en mode dégradé, sur papier.",
        271.0,
    ),
    (
        "fr-hopital-morlanc/cyber",
        "Cyberattaque à l'hôpital de Morlanc",
        "Les urgences travaillent sur papier.",
        271.3,
    ),
    (
        "fr-hopital-morlanc/cyber",
        "Morlanc : une rançon exigée par les pirates",
        "Les pirates réclament une rançon en cryptomonnaie ; la direction a porté plainte et "
        "refuse de payer.",
        277.0,
    ),
    (
        "fr-ligne-serigny",
        "Panne de signalisation sur la ligne Sérigny–Paulhac, trains supprimés",
        "Une panne de signalisation a entraîné la suppression de tous les TER entre Sérigny et "
        "Paulhac mardi matin ; des cars de substitution ont été mis en place.",
        129.0,
    ),
    (
        "fr-ligne-serigny",
        "Ligne Sérigny–Paulhac : trafic interrompu",
        "Panne de signalisation, des cars sont mis en place.",
        129.2,
    ),
    (
        "fr-ligne-serigny",
        "Le trafic reprend entre Sérigny et Paulhac",
        "La SNCF a annoncé la reprise de la circulation en début d'après-midi après la réparation "
        "d'un câble.",
        135.0,
    ),
    (
        "fr-ligne-serigny/eboulement",
        "Un éboulement coupe la ligne Sérigny–Paulhac pour plusieurs semaines",
        "Des rochers se sont détachés de la falaise au-dessus de la voie près de Paulhac jeudi, "
        "deux jours après la panne de signalisation qui avait déjà interrompu la ligne.",
        176.0,
    ),
    (
        "fr-ligne-serigny/eboulement",
        "Éboulement sur la voie près de Paulhac",
        "Ligne coupée pour des semaines.",
        176.3,
    ),
    (
        "fr-ligne-serigny/eboulement",
        "Paulhac : les géologues inspectent la falaise",
        "Des purges de la paroi rocheuse seront nécessaires avant toute reprise du trafic "
        "ferroviaire.",
        182.0,
    ),
    (
        "fr-grele-valmoret",
        "La grêle ravage les vignes de Valmoret",
        "Un orage de grêle d'une vingtaine de minutes a détruit samedi jusqu'à 80 % des raisins "
        "dans certaines parcelles de Valmoret, à quelques semaines des vendanges.",
        236.0,
    ),
    (
        "fr-grele-valmoret",
        "Grêle sur Valmoret",
        "Jusqu'à 80 % de la récolte perdue.",
        236.3,
    ),
    (
        "fr-grele-valmoret",
        "Les vignerons de Valmoret demandent l'état de catastrophe",
        "Le syndicat viticole estime les pertes à 12 millions d'euros pour l'appellation.",
        241.0,
    ),
    (
        "fr-grele-valmoret",
        "Le ministre de l'Agriculture attendu dans les vignes",
        "Le ministre visitera lundi les parcelles de Valmoret hachées par la grêle et promet des "
        "aides d'urgence aux vignerons.",
        258.0,
    ),
    (
        "fr-bibliotheque-paulhac",
        "La médiathèque de Paulhac ouvre le dimanche",
        "La médiathèque de Paulhac sera désormais ouverte le dimanche après-midi, une première "
        "dans le département.",
        520.0,
    ),
    # --- Russian ---
    (
        "ru-pozhar-rynok",
        "В Зареченске ночью сгорел вещевой рынок",
        "Пожар на вещевом рынке на улице Победы в Зареченске вспыхнул около полуночи; огонь "
        "уничтожил больше сотни торговых павильонов.",
        72.5,
    ),
    (
        "ru-pozhar-rynok",
        "Горит рынок в Зареченске",
        "Огонь охватил сотню павильонов.",
        72.7,
    ),
    (
        "ru-pozhar-rynok",
        "Пожар на рынке в Зареченске потушен",
        "Площадь пожара составила 2 тыс. квадратных метров; пострадавших нет, сообщили в МЧС.",
        75.5,
    ),
    (
        "ru-pozhar-rynok",
        "Торговцы Зареченска подсчитывают убытки после пожара",
        "Владельцы павильонов сгоревшего рынка на улице Победы просят администрацию выделить им "
        "временные места для торговли.",
        92.5,
    ),
    (
        "ru-pozhar-rynok/dom",
        "В Зареченске загорелся частный дом, хозяйку спасли соседи",
        "В ту же ночь, когда горел рынок, в частном доме на улице Садовой вспыхнул пожар; соседи "
        "вывели пожилую хозяйку до приезда пожарных.",
        74.0,
    ),
    (
        "ru-pozhar-rynok/dom",
        "Пожар в доме на Садовой",
        "Соседи спасли пенсионерку.",
        74.3,
    ),
    (
        "ru-pozhar-rynok/dom",
        "Причиной пожара на Садовой стала печь",
        "По данным МЧС, дом загорелся из-за неисправной печи; с пожаром на рынке он не связан.",
        79.0,
    ),
    (
        "ru-zasedanie-lipatov",
        "Суд отложил заседание по делу экс-мэра Липатова",
        "Городской суд Верхнекамска отложил слушания по делу бывшего мэра Игоря Липатова, "
        "обвиняемого в превышении полномочий, так как не явился ключевой свидетель.",
        155.0,
    ),
    (
        "ru-zasedanie-lipatov",
        "Дело Липатова отложено",
        "Не явился главный свидетель.",
        155.3,
    ),
    (
        "ru-zasedanie-lipatov",
        "Заседание по делу Липатова перенесено на месяц",
        "Экс-мэр Верхнекамска находится под подпиской о невыезде и вину не признаёт.",
        160.0,
    ),
    (
        "ru-zasedanie-lipatov/sud",
        "Липатов в суде назвал обвинения политической местью",
        "Бывший мэр Верхнекамска Игорь Липатов выступил в городском суде на заседании, которое в "
        "прошлом месяце было отложено, и отверг обвинения.",
        851.0,
    ),
    (
        "ru-zasedanie-lipatov/sud",
        "Липатов выступил в суде",
        "Экс-мэр не признал вину.",
        851.3,
    ),
    (
        "ru-zasedanie-lipatov/sud",
        "Свидетель по делу Липатова рассказал о подписанных договорах",
        "Бывший заместитель мэра заявил, что договоры на ремонт дорог подписывались без конкурса.",
        857.0,
    ),
    (
        "ru-ldina-rybaki",
        "С оторвавшейся льдины на озере Белоярском сняли 27 рыбаков",
        "Спасатели эвакуировали 27 рыбаков, которых унесло на льдине от берега Белоярского озера; "
        "помощь понадобилась вертолёту.",
        106.0,
    ),
    (
        "ru-ldina-rybaki",
        "Рыбаков сняли со льдины",
        "Спасены 27 человек.",
        106.2,
    ),
    (
        "ru-ldina-rybaki",
        "МЧС напоминает об опасности выхода на тонкий лёд",
        "Спасатели предупреждают, что лёд на Белоярском озере ещё не окреп; рыбаков, которых "
        "пришлось снимать со льдины, оштрафуют.",
        110.0,
    ),
    (
        "ru-ldina-rybaki",
        "Рыбаки рассказали, как провели ночь на льдине",
        "Один из спасённых на Белоярском озере, Виктор Семёнов, рассказал, что рыбаки грелись у "
        "костра из ящиков до прилёта вертолёта.",
        126.0,
    ),
    (
        "ru-medved-ustkamenka",
        "В посёлок Усть-Каменка забрёл медведь",
        "Медведь несколько часов бродил по улицам посёлка Усть-Каменка; жителей попросили не "
        "выходить из домов.",
        182.0,
    ),
    (
        "ru-medved-ustkamenka",
        "Медведь в Усть-Каменке",
        "Жителей просят оставаться дома.",
        182.3,
    ),
    (
        "ru-medved-ustkamenka",
        "Медведя из Усть-Каменки увезли в заповедник",
        "Охотоведы усыпили зверя и вывезли его в лес за 80 километров от посёлка.",
        202.0,
    ),
    (
        "ru-teplotrassa-novoberezhsk",
        "Прорыв теплотрассы оставил без тепла 60 домов в Новобережске",
        "Из-за прорыва трубы на улице Гагарина в Новобережске без отопления остались 60 "
        "многоквартирных домов при морозе минус 22.",
        270.0,
    ),
    (
        "ru-teplotrassa-novoberezhsk",
        "Без тепла 60 домов",
        "Прорыв теплотрассы в Новобережске.",
        270.2,
    ),
    (
        "ru-teplotrassa-novoberezhsk",
        "Аварийные бригады меняют трубу на улице Гагарина",
        "Ремонт займёт не меньше суток; в школах Новобережска отменили занятия.",
        275.0,
    ),
    (
        "ru-teplotrassa-novoberezhsk",
        "Отопление в Новобережске восстановлено",
        "Тепло вернулось во все 60 домов утром во вторник; прокуратура проверяет, почему трубу не "
        "заменили летом.",
        296.0,
    ),
    (
        "ru-park-zarechensk",
        "В Зареченске открыли обновлённый парк у реки",
        "После ремонта в Зареченске открылся парк на набережной с новыми дорожками и детской "
        "площадкой.",
        540.0,
    ),
    # --- Spanish ---
    (
        "es-vista-carvajal",
        "Aplazada la vista contra el exalcalde de Montalbán Julio Carvajal",
        "El juzgado de lo penal de Torrelmonte aplazó este martes la vista contra el exalcalde de "
        "Montalbán Julio Carvajal, acusado de prevaricación, por la baja médica de su abogado.",
        131.0,
    ),
    (
        "es-vista-carvajal",
        "Se aplaza la vista de Carvajal",
        "El abogado del exalcalde está de baja.",
        131.3,
    ),
    (
        "es-vista-carvajal",
        "Carvajal, a la espera de nueva fecha",
        "El exalcalde, que niega haber adjudicado a dedo la limpieza viaria, volverá al juzgado "
        "dentro de un mes.",
        135.0,
    ),
    (
        "es-vista-carvajal/juicio",
        "Carvajal defiende ante el juez la adjudicación de la limpieza viaria",
        "El exalcalde de Montalbán declaró este lunes en la vista aplazada el mes pasado y aseguró "
        "que siguió el criterio de los técnicos municipales.",
        780.0,
    ),
    (
        "es-vista-carvajal/juicio",
        "Carvajal declara",
        "El exalcalde niega la prevaricación.",
        780.3,
    ),
    (
        "es-vista-carvajal/juicio",
        "La fiscalía pide nueve años de inhabilitación para Carvajal",
        "La acusación mantiene que el contrato de 2,4 millones se entregó sin concurso a una "
        "empresa de un amigo.",
        785.0,
    ),
    (
        "es-robo-olmo",
        "Roban en una vivienda de la calle del Olmo de Villarreja",
        "Unos ladrones entraron el jueves por la tarde en un piso de la calle del Olmo, en "
        "Villarreja, y se llevaron joyas y 1.500 euros en efectivo.",
        188.0,
    ),
    (
        "es-robo-olmo",
        "Robo en la calle del Olmo",
        "Se llevan joyas y 1.500 euros.",
        188.3,
    ),
    (
        "es-robo-olmo/segundo",
        "Segundo robo en dos días en la calle del Olmo",
        "Otra vivienda de la calle del Olmo de Villarreja fue asaltada la noche del viernes; los "
        "ladrones forzaron la puerta y robaron un ordenador.",
        226.0,
    ),
    (
        "es-robo-olmo/segundo",
        "Otro robo en la calle del Olmo",
        "Asaltan una segunda vivienda en Villarreja.",
        226.3,
    ),
    (
        "es-robo-olmo/segundo",
        "Los vecinos de la calle del Olmo piden más vigilancia",
        "La Guardia Civil investiga si los dos robos de esta semana en Villarreja son obra de la "
        "misma banda.",
        231.0,
    ),
    (
        "es-rescate-barranco",
        "Rescatados tres barranquistas atrapados por una crecida en el barranco de Sorbe",
        "Los bomberos rescataron con helicóptero a tres jóvenes que quedaron atrapados por una "
        "crecida en el barranco de Sorbe.",
        110.0,
    ),
    (
        "es-rescate-barranco",
        "Rescate en el barranco de Sorbe",
        "Tres jóvenes atrapados por la crecida.",
        110.3,
    ),
    (
        "es-rescate-barranco",
        "Los barranquistas rescatados, en buen estado",
        "Los tres jóvenes, de 22, 24 y 25 años, pasaron la noche en el hospital comarcal y ya han "
        "recibido el alta.",
        116.0,
    ),
    (
        "es-rescate-barranco",
        "Sorbe cierra el barranco hasta que bajen las aguas",
        "El ayuntamiento ha prohibido el descenso del barranco tras el rescate del lunes; los "
        "guías piden mejores avisos de crecidas.",
        132.0,
    ),
    (
        "es-calor-torrelmonte",
        "Torrelmonte bate su récord de temperatura con 46,2 grados",
        "El observatorio de Torrelmonte registró este sábado 46,2 °C, la temperatura más alta "
        "desde que hay registros.",
        401.0,
    ),
    (
        "es-calor-torrelmonte",
        "Récord de calor en Torrelmonte",
        "El termómetro marcó 46,2 grados este sábado.",
        401.2,
    ),
    (
        "es-calor-torrelmonte",
        "Los hospitales de Torrelmonte atienden a 40 personas por golpe de calor",
        "La mayoría son personas mayores; el ayuntamiento ha abierto bibliotecas como refugios "
        "climáticos.",
        405.0,
    ),
    (
        "es-calor-torrelmonte",
        "Baja la temperatura en Torrelmonte tras el récord",
        "El domingo los termómetros marcaron 39 grados, siete menos que el sábado, y se levantó la "
        "alerta roja.",
        423.0,
    ),
    (
        "es-mosaico-romano",
        "Hallan un mosaico romano bajo un solar de Castrobajo",
        "Unas obras para un aparcamiento sacaron a la luz un mosaico romano de 60 metros cuadrados "
        "con escenas de caza.",
        350.0,
    ),
    (
        "es-mosaico-romano",
        "Mosaico romano en un solar",
        "Escenas de caza y 60 metros cuadrados bajo los cimientos del aparcamiento.",
        350.3,
    ),
    (
        "es-mosaico-romano",
        "El aparcamiento se rediseñará para conservar el mosaico",
        "El ayuntamiento de Castrobajo anunció que el hallazgo se expondrá bajo un suelo de "
        "cristal.",
        372.0,
    ),
    (
        "es-fichaje-navarrete",
        "El Real Almenara ficha al delantero Iker Navarrete por 18 millones",
        "El Real Almenara ha cerrado el fichaje del delantero Iker Navarrete por 18 millones de "
        "euros para las próximas cinco temporadas.",
        400.0,
    ),
    (
        "es-fichaje-navarrete",
        "Navarrete, nuevo jugador del Almenara",
        "Traspaso de 18 millones.",
        400.2,
    ),
    (
        "es-fichaje-navarrete",
        'Navarrete: "Vengo a ganar títulos"',
        "El delantero fue presentado ante 8.000 aficionados en el estadio del Almenara.",
        405.0,
    ),
    (
        "es-biblioteca-villarreja",
        "Villarreja estrena una biblioteca en la antigua estación",
        "La antigua estación de tren de Villarreja se ha convertido en una biblioteca con 20.000 "
        "libros.",
        560.0,
    ),
    # --- Italian ---
    (
        "it-incidente-ss412",
        "Scontro tra due auto sulla statale 412, un morto a Borgo Calvi",
        "Un uomo di 67 anni è morto giovedì mattina in uno scontro frontale tra due auto sulla "
        "statale 412 all'altezza di Borgo Calvi; ferita la conducente dell'altra vettura.",
        9.0,
    ),
    (
        "it-incidente-ss412",
        "Incidente mortale sulla SS412",
        "Scontro frontale a Borgo Calvi, un morto.",
        9.3,
    ),
    (
        "it-incidente-ss412",
        "Statale 412, la vittima era un pensionato di Orvenna",
        "La Polizia stradale sta ricostruendo la dinamica dello scontro; la donna ferita è "
        "ricoverata a Varenna Alta.",
        12.0,
    ),
    (
        "it-incidente-ss412/tir",
        "Tir finisce fuori strada sulla statale 412",
        "Nel pomeriggio di giovedì un autoarticolato è uscito di strada sulla SS 412 vicino a "
        "Pieve Rossa, poche ore dopo l'incidente mortale di Borgo Calvi.",
        18.0,
    ),
    (
        "it-incidente-ss412/tir",
        "Tir fuori strada sulla 412",
        "Camionista lievemente ferito.",
        18.3,
    ),
    (
        "it-incidente-ss412/tir",
        "Statale 412 riaperta dopo la rimozione del tir",
        "Il camionista, un uomo di 45 anni, ha detto di aver perso il controllo per un colpo di "
        "sonno.",
        21.0,
    ),
    (
        "it-esuberi-colvera",
        "Colvera annuncia 280 esuberi nello stabilimento di Brentina",
        "Il gruppo di elettrodomestici Colvera taglierà 280 posti di lavoro nello stabilimento di "
        "Brentina, citando il calo delle vendite di frigoriferi.",
        130.0,
    ),
    (
        "it-esuberi-colvera",
        "Colvera, 280 esuberi",
        "Tagli nello stabilimento di Brentina.",
        130.3,
    ),
    (
        "it-esuberi-colvera",
        "Sciopero immediato alla Colvera di Brentina",
        "Gli operai hanno fermato le linee per due ore dopo l'annuncio dei 280 esuberi; i "
        "sindacati chiedono un incontro al ministero.",
        135.0,
    ),
    (
        "it-esuberi-colvera",
        "Il ministro convoca Colvera e sindacati",
        "Il tavolo sugli esuberi della fabbrica di Brentina si terrà a Roma la settimana prossima, "
        "ha detto il ministro dell'Industria.",
        154.0,
    ),
    (
        "it-esuberi-colvera/lancio",
        "Colvera presenta il suo primo robot da cucina",
        "Colvera ha lanciato il robot da cucina Cuoco Smart a 699 euro, a pochi giorni "
        "dall'annuncio degli esuberi nello stabilimento di Brentina.",
        251.0,
    ),
    (
        "it-esuberi-colvera/lancio",
        "Arriva il Cuoco Smart",
        "Il robot da cucina costa 699 euro.",
        251.3,
    ),
    (
        "it-esuberi-colvera/lancio",
        "Il Cuoco Smart sarà prodotto in Turchia",
        "Colvera ha confermato che il nuovo robot non sarà fabbricato in Italia.",
        257.0,
    ),
    (
        "it-tubo-ferrano",
        "Si rompe una conduttura, allagato il centro di Ferrano",
        "La rottura di una grossa tubatura dell'acquedotto in via Garibaldi ha allagato all'alba "
        "il centro di Ferrano e lasciato senz'acqua 12.000 abitanti.",
        294.0,
    ),
    (
        "it-tubo-ferrano",
        "Ferrano senz'acqua",
        "Rotta la conduttura di via Garibaldi.",
        294.3,
    ),
    (
        "it-tubo-ferrano",
        "Negozi allagati in via Garibaldi",
        "I commercianti di Ferrano contano i danni; la società dell'acqua promette il ripristino "
        "in serata.",
        299.0,
    ),
    (
        "it-tubo-ferrano/secondo",
        "Nuovo guasto all'acquedotto di Ferrano, a secco il quartiere San Rocco",
        "Un'altra tubatura si è rotta nella notte nel quartiere San Rocco di Ferrano, il giorno "
        "dopo l'allagamento di via Garibaldi; 3.000 persone senz'acqua.",
        319.0,
    ),
    (
        "it-tubo-ferrano/secondo",
        "Ancora un guasto a Ferrano",
        "Il quartiere San Rocco è senz'acqua.",
        319.3,
    ),
    (
        "it-tubo-ferrano/secondo",
        "Ferrano, autobotti nel quartiere San Rocco",
        "Il Comune ha portato autobotti nel quartiere; la società dell'acqua dice che i due guasti "
        "non sono collegati.",
        323.0,
    ),
    (
        "it-neve-corvo",
        "Neve al passo del Corvo, strada chiusa",
        "Quaranta centimetri di neve caduti nella notte hanno costretto l'Anas a chiudere la "
        "strada del passo del Corvo; bloccati una decina di camion.",
        200.0,
    ),
    (
        "it-neve-corvo",
        "Chiuso il passo del Corvo",
        "Quaranta centimetri di neve.",
        200.3,
    ),
    (
        "it-neve-corvo",
        "Riaperta la strada del passo del Corvo",
        "Gli spazzaneve hanno lavorato tutta la notte e la strada è stata riaperta al traffico con "
        "obbligo di catene.",
        220.0,
    ),
    (
        "it-affresco-brentina",
        "Restaurato l'affresco della chiesa di Brentina",
        "Dopo due anni di lavori è tornato visibile l'affresco del Quattrocento nella chiesa di "
        "San Michele a Brentina.",
        580.0,
    ),
    # --- Portuguese ---
    (
        "pt-greve-vilaserena",
        "Estivadores do porto de Vila Serena marcam greve para a próxima semana",
        "O sindicato dos estivadores anunciou uma greve de 48 horas no porto de Vila Serena a "
        "partir da próxima terça-feira, em protesto contra a contratação de trabalhadores "
        "temporários.",
        20.0,
    ),
    (
        "pt-greve-vilaserena",
        "Greve no porto de Vila Serena",
        "Estivadores param 48 horas.",
        20.3,
    ),
    (
        "pt-greve-vilaserena",
        "Operadores do porto dizem que greve custará 3 milhões",
        "A associação dos operadores estima prejuízos de 3 M€ por dia e pede ao Governo que medeie "
        "o conflito.",
        25.0,
    ),
    (
        "pt-greve-vilaserena",
        "Governo chama estivadores e operadores para reunião",
        "O ministro das Infraestruturas quer evitar a paralisação no porto de Vila Serena e marcou "
        "uma reunião para segunda-feira.",
        42.0,
    ),
    (
        "pt-greve-vilaserena/dia",
        "Porto de Vila Serena parado no primeiro dia de greve",
        "Nenhum navio foi carregado ou descarregado esta terça-feira no porto de Vila Serena, onde "
        "os estivadores cumprem uma greve de 48 horas.",
        130.0,
    ),
    (
        "pt-greve-vilaserena/dia",
        "Porto parado",
        "Estivadores cumprem greve em Vila Serena.",
        130.3,
    ),
    (
        "pt-greve-vilaserena/dia",
        "Navios esperam ao largo de Vila Serena",
        "Pelo menos 11 navios aguardam ao largo o fim da greve; o sindicato diz que a adesão é "
        "total.",
        135.0,
    ),
    (
        "pt-assalto-flores",
        "Casa assaltada na Rua das Flores, em Alverca do Monte",
        "Uma moradia da Rua das Flores, em Alverca do Monte, foi assaltada na tarde de "
        "quarta-feira; os ladrões levaram ouro e uma televisão.",
        163.0,
    ),
    (
        "pt-assalto-flores",
        "Assalto na Rua das Flores",
        "Ladrões levam ouro e televisão.",
        163.3,
    ),
    (
        "pt-assalto-flores/segunda",
        "Nova casa assaltada na Rua das Flores",
        "Um dia depois de um assalto na mesma rua, outra moradia da Rua das Flores, em Alverca do "
        "Monte, foi assaltada durante a noite; foram levados dois computadores.",
        177.0,
    ),
    (
        "pt-assalto-flores/segunda",
        "Segundo assalto na mesma rua",
        "Alverca do Monte: levados dois computadores.",
        177.3,
    ),
    (
        "pt-assalto-flores/segunda",
        "GNR reforça patrulhas em Alverca do Monte",
        "Os moradores da Rua das Flores pedem câmaras de vigilância depois dos dois assaltos desta "
        "semana.",
        182.0,
    ),
    (
        "pt-incendio-serra-louro",
        "Incêndio na serra do Louro obriga a cortar autoestrada",
        "Um incêndio florestal que deflagrou ao início da tarde na serra do Louro obrigou a cortar "
        "a autoestrada e a retirar moradores de três aldeias.",
        231.0,
    ),
    (
        "pt-incendio-serra-louro",
        "Fogo na serra do Louro",
        "Três aldeias evacuadas.",
        231.3,
    ),
    (
        "pt-incendio-serra-louro",
        "Mais de 400 bombeiros combatem o fogo do Louro",
        "O incêndio já consumiu 1500 hectares; os meios aéreos voltam ao terreno ao nascer do dia.",
        235.0,
    ),
    (
        "pt-incendio-serra-louro",
        "Incêndio da serra do Louro dado como dominado",
        "O fogo foi dominado na madrugada de domingo, depois de ter queimado cerca de 1.800 "
        "hectares; os moradores regressaram a casa.",
        252.0,
    ),
    (
        "pt-naufragio-pesqueiro",
        "Pesqueiro naufraga ao largo de Porto Alvo, dois desaparecidos",
        "Um barco de pesca com seis tripulantes naufragou esta madrugada ao largo de Porto Alvo; "
        "quatro foram resgatados e dois estão desaparecidos.",
        320.0,
    ),
    (
        "pt-naufragio-pesqueiro",
        "Naufrágio em Porto Alvo",
        "Dois pescadores desaparecidos.",
        320.3,
    ),
    (
        "pt-naufragio-pesqueiro",
        "Encontrado o corpo de um dos pescadores de Porto Alvo",
        "A Marinha encontrou esta manhã o corpo de um dos dois pescadores desaparecidos; as buscas "
        "pelo segundo continuam.",
        342.0,
    ),
    (
        "pt-biblioteca-alverca",
        "Alverca do Monte ganha biblioteca nova",
        "A nova biblioteca municipal de Alverca do Monte abriu no antigo mercado, com uma sala "
        "para crianças.",
        600.0,
    ),
    # --- Dutch ---
    (
        "nl-staking-buschauffeurs",
        "Buschauffeurs in Drechtland staken over twee weken",
        "De buschauffeurs van vervoerder RegioLijn in Drechtland leggen donderdag over twee weken "
        "een dag het werk neer, omdat de werkgever geen beter loonbod doet.",
        40.0,
    ),
    (
        "nl-staking-buschauffeurs",
        "Busstaking in Drechtland aangekondigd",
        "Chauffeurs van RegioLijn leggen het werk een dag neer.",
        40.3,
    ),
    (
        "nl-staking-buschauffeurs",
        "RegioLijn noemt staking onverantwoord",
        "De vervoerder zegt dat het loonbod van 4 procent het maximum is en dat de staking vooral "
        "scholieren treft.",
        44.0,
    ),
    (
        "nl-staking-buschauffeurs/dag",
        "Geen bus in Drechtland door staking",
        "In heel Drechtland reed donderdag geen enkele bus van RegioLijn; de chauffeurs staken "
        "voor een hoger loon.",
        344.0,
    ),
    (
        "nl-staking-buschauffeurs/dag",
        "Staking legt busvervoer Drechtland plat",
        "Reizigers stappen op de fiets.",
        344.3,
    ),
    (
        "nl-staking-buschauffeurs/dag",
        "Chauffeurs dreigen met nieuwe acties",
        "Na de stakingsdag zegt de bond dat er meer acties volgen als RegioLijn niet met een beter "
        "bod komt.",
        349.0,
    ),
    (
        "nl-waterleiding-velsum",
        "Waterleiding gesprongen in Velsum, straten blank",
        "In het centrum van Velsum is vanochtend een grote waterleiding gesprongen; de Kerkstraat "
        "en de Markt stonden urenlang onder water.",
        273.0,
    ),
    (
        "nl-waterleiding-velsum",
        "Straten blank in Velsum",
        "Waterleiding gesprongen in het centrum.",
        273.3,
    ),
    (
        "nl-waterleiding-velsum",
        "Duizenden huizen in Velsum zonder water",
        "Het waterbedrijf zegt dat ongeveer 5000 huishoudens tot de avond zonder water zitten.",
        277.0,
    ),
    (
        "nl-waterleiding-velsum/noord",
        "Weer een lek in Velsum, nu in Velsum-Noord",
        "Een dag na de lekkage in het centrum is ook in Velsum-Noord een waterleiding kapotgegaan; "
        "800 huizen hebben geen water.",
        294.0,
    ),
    (
        "nl-waterleiding-velsum/noord",
        "Opnieuw lek in Velsum",
        "800 huizen in Velsum-Noord zonder water, een dag na het eerste lek.",
        294.3,
    ),
    (
        "nl-waterleiding-velsum/noord",
        "Waterbedrijf: lekken in Velsum hebben niets met elkaar te maken",
        "De leiding in Noord was van plastic en veel jonger dan de oude gietijzeren buis in het "
        "centrum, aldus het waterbedrijf.",
        299.0,
    ),
    (
        "nl-brug-molenvaart",
        "Brug over de Molenvaart blijft openstaan door storing",
        "De draaibrug over de Molenvaart in Haarwijk staat sinds vanochtend vast in open stand, "
        "waardoor auto's en fietsers moeten omrijden.",
        129.0,
    ),
    (
        "nl-brug-molenvaart",
        "Brug Haarwijk zit vast",
        "Omrijden voor auto's en fietsers.",
        129.2,
    ),
    (
        "nl-brug-molenvaart",
        "Draaibrug in Haarwijk weer dicht",
        "Monteurs hebben de Molenvaartbrug vannacht gerepareerd; een kapotte motor was de oorzaak.",
        149.0,
    ),
    (
        "nl-vogelgriep-eemhoek",
        "Vogelgriep op pluimveebedrijf in Eemhoek",
        "Op een pluimveebedrijf in Eemhoek is vogelgriep vastgesteld; de 48.000 kippen worden "
        "geruimd.",
        180.0,
    ),
    (
        "nl-vogelgriep-eemhoek",
        "Vogelgriep in Eemhoek",
        "Op het bedrijf worden 48.000 kippen geruimd.",
        180.3,
    ),
    (
        "nl-vogelgriep-eemhoek",
        "Vervoersverbod rond Eemhoek na vogelgriep",
        "In een straal van tien kilometer rond het bedrijf geldt een vervoersverbod voor pluimvee "
        "en eieren.",
        184.0,
    ),
    (
        "nl-vogelgriep-eemhoek",
        "Ruimen van kippen in Eemhoek afgerond",
        "Alle 48.000 dieren op het bedrijf zijn gedood; de boer mag pas over enkele maanden weer "
        "kippen houden.",
        202.0,
    ),
    (
        "nl-zeehond-haven",
        "Zeehond zwemt haven van Haarwijk binnen",
        "Een jonge zeehond heeft zich in de jachthaven van Haarwijk genesteld en trekt veel "
        "bekijks.",
        380.0,
    ),
    (
        "nl-zeehond-haven",
        "Zeehond in jachthaven",
        "Dier ligt op een steiger in Haarwijk.",
        380.3,
    ),
    (
        "nl-fietsbrug-eemhoek",
        "Nieuwe fietsbrug bij Eemhoek open",
        "De fietsbrug over het kanaal bij Eemhoek is zaterdag geopend; fietsers besparen tien "
        "minuten op weg naar de stad.",
        566.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two water-main bursts in one town within two days": (
        "en-watermain-larch/hilltop",
        "it-tubo-ferrano/secondo",
        "nl-waterleiding-velsum/noord",
    ),
    "a hospital's staff shortage and an unrelated cyberattack on it within a week": (
        "en-hospital-kingsmoor/cyber",
        "fr-hopital-morlanc/cyber",
    ),
    "a signal failure and a landslide on one railway line within two days": (
        "de-stellwerk-lahnau/hang",
        "fr-ligne-serigny/eboulement",
    ),
    "two road crashes on one road on one day": (
        "en-crash-a418/coach",
        "fr-accident-rn87/camion",
        "it-incidente-ss412/tir",
    ),
    "two separate fires in one town on one night": (
        "en-fire-pollard/house",
        "de-brand-kellin/scheune",
        "ru-pozhar-rynok/dom",
    ),
    "two burglaries on one street within two days": (
        "en-burglary-elmfield/second",
        "es-robo-olmo/segundo",
        "pt-assalto-flores/segunda",
    ),
    "a company's job cuts and its unrelated product launch in one week": (
        "en-jobcuts-brightwell/launch",
        "it-esuberi-colvera/lancio",
    ),
    "a strike announced and the strike day": (
        "en-strike-northline/day",
        "nl-staking-buschauffeurs/dag",
        "pt-greve-vilaserena/dia",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-corvane/ceo",
        "de-prognose-sandtner/chef",
    ),
    "a court hearing adjourned and the hearing held weeks later": (
        "en-hearing-kessock/held",
        "es-vista-carvajal/juicio",
        "ru-zasedanie-lipatov/sud",
    ),
}
