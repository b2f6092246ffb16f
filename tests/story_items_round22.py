"""A twenty-second check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 20: items are (story, title, lead, hours), `hours` being
when the item was published, in hours after the set's start (a Monday, 00:00), so the merging's
48-hour window decides as in production. The set spans seven and a half days (7.0 to 180.0 hours).
It holds 284 items under 119 labels: 89 stories and 30 hard negatives; 42 labels in English (111
items, 39% of the set), 13 in Dutch, 11 each in German, French, Russian and Portuguese, 10 each in
Spanish and Italian. Its topics are ones round 20 left alone: courts (a jury verdict, an assize
trial, corruption and fraud sentences), science and health (a walking and dementia study, an
amateur's comet, a sepsis blood test, an antibiotic from garden soil, measles, an RSV jab, weekly
flu figures), rail timetables, football transfers, culture prizes, farming (bird flu, swine fever,
milk protests, drought, the olive harvest), house prices, weather warnings, technology outages (card
payments, a mobile network, airport check-in, signalling, ticket validators, a hospital's servers, a
council cyber attack) and elections in small towns.

What is new: weight on one event told very differently by several outlets over a day. Copies of a
story often share few words: one headline leads on a quote ("'They were left hungry and cold':
Ellery convicted", "«Ce prix vient des lecteurs, c'est le plus beau»"), one on a number ("£4,500,000
man signs three-and-a-half-year deal", "2.3 million customers hit by five-hour payments failure",
"91 Prozent der Fälle erkannt"), one on the place ("Isle of Marra cut off"), one on a role in place
of the name ("Care boss guilty of neglect", "Verdict à Valbonne", "Приговор экс-мэру Северогорска",
"Sei anni all'ex primario"). Ten stories have four copies; 65 stories and hard negatives have a copy
whose lead is six words or fewer, 90 a teaser under 80 characters beside a fuller copy, and two wire
teasers are followed by a long feature about 20 hours later (Tomás Vidal's transfer, the walking
study). Numbers change format (£4.5m / £4,500,000, 2.3 million / 2.3m, 32,000 / 32k, £3.6m / £3.6
million, 18,000 / 18k, 48,000 / 48k, 2,1 Mio. Euro / 2.100.000 Euro, trois millions / 3 000 000, 3,2
millones / 3.200.000, 380.000 / 380 mil, 900mila / 900.000, 2.400 / 2400, 4 milhões / 4 M€, 45.000 /
45 duizend, 120 млн / 120 миллионов), names change form (Margaret Ellery, Ellery, "the former
manager"; Ada Nwosu, Nwosu, "the nurse who won the Fenwick"; Bernard Latour, M. Latour, "l'ancien
notaire"; Олег Демидов, Демидов, "экс-мэр"), and 54 stories have a copy 12 to 40 hours after their
first: a verdict after the closing speeches (Ellery, Vollmer, Latour), found after going missing
(Kyle Barnett, the Gillan Pot cavers, the Port-Lucas kayaker, the Arcedo climber, the Kedrovka
hunter, the Lagoa fisherman, the Hoornwijk pensioner), a warning followed by its damage (Hallam,
Kaltenbach, Приозёрск, Val Serena, Serrinha, Drenterland, Almoral, Haute-Valoise), a failure
followed by its cause or fix (PayLink, Orvéa, Meridia, Haldenau, Valmora, Новоозёрск, Hartsmere, the
Marra ferry), a notice lifted (Pelham's boil-water notice).

Hard negatives, 30 in nine kinds, each placed as far from its story as the two events really would
be. The same place and another event within hours (0.2 to 9 hours between nearest copies): a second
case at Coldbridge Crown Court minutes after the Larkhill verdict, a signal fault on the Kestrel
Line the evening its timetable cut was announced, a drone at Wexley the day its check-in failed, a
suitcase at Haldenau station the day its S-Bahn signalling failed, a yacht aground at Port-Lucas
during the kayak search, a nurse assaulted at Valmora hospital the day its servers failed, a fire at
Новоозёрск's tram depot the morning its validators failed. A club's signing or sale and its next
sale or sacking three days later (Harlow Rovers, «Металлург», Atlético Vianense). A company's
failure or fine and its unrelated announcement days later (PayLink's data fine, Teal Water's bill
rise, Orvéa's price rise). One institution's two announcements in one week (the statistics office's
inflation and jobless figures, Lemmerveen university's antibiotic and its new rector). The same kind
of event in a neighbouring town (bird flu at Hensley and swine fever at Vicolungo four days after
the first outbreak, Kirchrode's run-off called half an hour after Oberfelden's new mayor). A preview
or shortlist and its report, 9 to 83 hours before it (the Fenwick shortlist, Lowther's polling day,
the County Cup final, Covelo's election). A new service announced and its first day, four to six
days later (Solana's all-night metro, Oosterveld's new station). Two bodies' house-price figures for
one month, three days apart (the Thornbury and Northway indices; the estate agents' and the
Woningregister's figures). A recurring event, one week's or one draw's and the next (weekly flu
figures, the Monday markets of Lenzbach and Veendorp a week apart, the Thursday and Saturday draws
of the Lotería Regional). Several name their story as background ("hours after a check-in failure
caused long queues", "days after a rival index showed a fall", "trois jours après sa panne géante",
"Через несколько дней после покупки Карпова"), as real copy does.

What "same story" means here, as in round 20: one event (one verdict, one trial's last days, one
transfer, one prize, one outage, one warning and the weather it warned of, one timetable change, one
study, one outbreak, one election result, one search and its end, one fine, one protest, one draw,
one market day, one monthly or weekly figure) in that event's news cycle, including a next-day
follow-up. Not the same story: another event of the same kind or with the same actor, even in the
same town, court, club, company, hospital, station, harbour, market or week; a preview or shortlist
and the event it previews; one week's figures or one draw and the next. A label with a suffix after
a slash is a hard negative of the story before the slash (categories in `HARD_NEGATIVES`). Eleven
stories are told by one outlet; ten of them sit in a town another story names (Tarnby's school,
Pelham's park, Lowther's panto, Wexley's roadworks, Valbonne's library, Северогорск's theatre,
Alvarães's museum, Lavega's and Zwaanburg's football signings, Pieve's timetable): they can only be
merged falsely. Other pairs share a place but not an event (Kaltenbach's fraud trial and its storm,
Lenzbach's market and the Weißach valley timetable, Valmora's hospital outage and its former chief
surgeon's sentence, Almoral's court and its cold snap, Covelo's photographer and its election,
Hoornwijk's former alderman and its missing pensioner, Zwaanburg's hospital on the icy morning and
its new trains). No story has more than four copies, and every story's copies fall within 48 hours
of each other.

Each story is in one language, its label's prefix: en, de, fr, ru, es, it, pt, nl. All texts,
places, people, firms, clubs, prizes, lotteries and courts are invented here; real bodies appear
only as backdrop (the carabinieri, the Proteção Civil).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging docs,
nor the items of rounds 15 to 19 and 21 (round 20 was read for its format, docstring, hard-negative
categories and items; the earlier sets were only compared by a script for clashing labels and
texts), and never run through the merging code before its one scoring run
(`python -m bench.stories --round22`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-verdict-ellery",
        "Jury sent out in Larkhill care home trial",
        "Jurors at Coldbridge Crown Court began considering their verdicts on Tuesday in the "
        "case of care home manager Margaret Ellery, accused of wilfully neglecting 11 residents.",
        38.5,
    ),
    (
        "en-verdict-ellery",
        "Care boss guilty of neglect",
        "Larkhill manager convicted.",
        58.2,
    ),
    (
        "en-verdict-ellery",
        "'They were left hungry and cold': Ellery convicted",
        "A jury took under five hours to find the former manager of Larkhill House guilty of "
        "wilfully neglecting eleven elderly people in her care.",
        59.0,
    ),
    (
        "en-verdict-ellery",
        "Families of Larkhill residents say justice has been done",
        "Relatives wept in the public gallery in Coldbridge as the verdict was read out; the "
        "manager will be sentenced in January.",
        64.5,
    ),
    (
        "en-verdict-ellery/court",
        "Driver jailed for killing cyclist on Coldbridge ring road",
        "A van driver who was looking at his phone when he hit and killed a cyclist was jailed "
        "for six years at Coldbridge Crown Court on Wednesday.",
        58.8,
    ),
    (
        "en-verdict-ellery/court",
        "Phone driver jailed for six years",
        "Cyclist was killed on the ring road.",
        59.4,
    ),
    (
        "en-transfer-vidal",
        "Harlow Rovers break transfer record for Vidal",
        "Harlow Rovers have signed the Uruguayan striker Tomás Vidal from Atlético Rivera for "
        "£4.5m, more than double the club's previous record fee.",
        33.0,
    ),
    (
        "en-transfer-vidal",
        "Rovers land striker",
        "Club-record fee agreed for the Uruguayan.",
        33.3,
    ),
    (
        "en-transfer-vidal",
        "£4,500,000 man signs three-and-a-half-year deal",
        "The 23-year-old forward passed a medical on Tuesday morning and will wear the number "
        "nine shirt at Harlow.",
        35.0,
    ),
    (
        "en-transfer-vidal",
        "Who is Tomás Vidal? Inside the Rovers' record buy",
        "He scored 19 goals last season in Uruguay's second division, grew up on a cattle farm "
        "and learned English by watching Harlow on television: the story of the 23-year-old the "
        "Rovers have paid a club-record fee for.",
        53.0,
    ),
    (
        "en-transfer-vidal/sale",
        "Harlow Rovers captain Dean Ashworth joins Corfield City",
        "Harlow have sold their captain Dean Ashworth to Corfield City for an undisclosed fee, "
        "three days after breaking their transfer record to sign Tomás Vidal.",
        104.0,
    ),
    (
        "en-transfer-vidal/sale",
        "Ashworth leaves Rovers",
        "Captain moves to Corfield after eight years.",
        104.4,
    ),
    (
        "en-prize-fenwick/shortlist",
        "Fenwick Prize shortlist: six novels in the running",
        "Three debut novels are among the six books shortlisted for this year's Fenwick Prize "
        "for fiction, announced on Monday; the £30,000 winner will be named on Thursday.",
        11.0,
    ),
    (
        "en-prize-fenwick/shortlist",
        "Fenwick shortlist announced",
        "Six books in the running for £30k prize.",
        11.3,
    ),
    (
        "en-prize-fenwick",
        "Ada Nwosu wins Fenwick Prize with debut novel",
        "The Salt Orchard, Ada Nwosu's first novel, set in a fishing village during a drought, "
        "won the £30,000 Fenwick Prize for fiction on Thursday night.",
        93.5,
    ),
    (
        "en-prize-fenwick",
        "The Salt Orchard takes the Fenwick",
        "First novel wins £30k award.",
        93.8,
    ),
    (
        "en-prize-fenwick",
        "'I wrote it on night shifts': the nurse who won the Fenwick",
        "Nwosu, who works nights on a hospital ward, said she wrote most of her prize-winning "
        "book between 3am and 5am during her breaks.",
        110.0,
    ),
    (
        "en-outage-paylink",
        "Card payments fail for millions as PayLink goes down",
        "Shoppers were unable to pay by card or phone across the country since lunchtime on "
        "Wednesday after a failure at the payments firm PayLink.",
        61.2,
    ),
    (
        "en-outage-paylink",
        "PayLink outage",
        "Tills and apps hit nationwide.",
        61.5,
    ),
    (
        "en-outage-paylink",
        "2.3 million customers hit by five-hour payments failure",
        "Services were restored shortly after 6pm; the company said about 2.3m people had "
        "payments declined while its systems were down.",
        66.5,
    ),
    (
        "en-outage-paylink",
        "Botched software update caused card chaos, firm admits",
        "PayLink's chief executive, Rachel Imrie, apologised on Thursday and said traders who "
        "lost sales on Wednesday afternoon would be compensated.",
        81.0,
    ),
    (
        "en-outage-paylink/fine",
        "Regulator fines PayLink £1.8m over customer data leak",
        "The data watchdog fined PayLink £1.8m on Friday for a leak of 40,000 customers' home "
        "addresses two years ago, days after the firm's nationwide payments outage.",
        106.0,
    ),
    (
        "en-outage-paylink/fine",
        "PayLink fined",
        "Watchdog penalty over old data leak.",
        106.4,
    ),
    (
        "en-ice-hallam",
        "Amber ice warning for Hallam Dales",
        "Forecasters issued an amber warning for ice across the Hallam Dales from 6pm on Monday "
        "to noon on Tuesday, with temperatures expected to fall to -9C.",
        17.0,
    ),
    (
        "en-ice-hallam",
        "Gritters out as big freeze arrives",
        "Minus nine forecast in the Dales tonight.",
        17.4,
    ),
    (
        "en-ice-hallam",
        "Dozens of Hallam schools shut by ice",
        "Forty-two schools across the Dales stayed closed on Tuesday after freezing rain turned "
        "roads to sheet ice overnight.",
        31.0,
    ),
    (
        "en-timetable-kestrel",
        "Kestrel Line to lose direct trains to the capital",
        "From 14 December, passengers from Ambridge Vale will have to change at Sorley to reach "
        "the capital, under the rail operator's new winter timetable.",
        34.0,
    ),
    (
        "en-timetable-kestrel",
        "Timetable shake-up",
        "14 fewer trains a day on Kestrel Line.",
        34.3,
    ),
    (
        "en-timetable-kestrel",
        "'A kick in the teeth': commuters' anger over new rail timings",
        "Season ticket holders in Ambridge Vale said changing at Sorley would add half an hour "
        "to each journey; the operator said the direct services ran half-empty.",
        41.0,
    ),
    (
        "en-timetable-kestrel/signal",
        "Signal fault delays Kestrel Line trains",
        "Trains between Sorley and Ambridge Vale were delayed by up to 50 minutes on Tuesday "
        "evening after a signal failed near Horn Bridge.",
        38.5,
    ),
    (
        "en-timetable-kestrel/signal",
        "Kestrel Line delays",
        "Signal failure at Horn Bridge in the evening rush.",
        38.8,
    ),
    (
        "en-study-walking",
        "Brisk 20-minute walk a day cuts dementia risk by a third, study finds",
        "Researchers at Marshfield University followed 48,000 adults for 12 years and found "
        "those who walked briskly for 20 minutes a day were 33% less likely to develop dementia.",
        72.1,
    ),
    (
        "en-study-walking",
        "Daily walk linked to lower dementia risk",
        "Large study of 48k adults.",
        72.4,
    ),
    (
        "en-study-walking",
        "'You don't need a gym': the scientist behind the walking study",
        "Professor Helen Achebe, who led the Marshfield research, says the benefit showed up "
        "even in people who only started walking in their seventies.",
        76.0,
    ),
    (
        "en-study-walking",
        "Walking and dementia: what the new research can and cannot tell us",
        "The 12-year study found a strong link but cannot prove that walking itself protects the "
        "brain, independent experts cautioned; people who walk more may also eat better, sleep "
        "better and see friends more often.",
        92.0,
    ),
    (
        "en-measles-dunsford",
        "Measles outbreak in Dunsford: 14 children ill",
        "Health officials confirmed 14 cases of measles linked to two primary schools in "
        "Dunsford and urged parents to check their children's vaccinations.",
        14.0,
    ),
    (
        "en-measles-dunsford",
        "Measles cases confirmed",
        "Dunsford parents told to check jabs.",
        14.3,
    ),
    (
        "en-measles-dunsford",
        "Walk-in MMR clinic opens after outbreak",
        "More than 300 children were vaccinated on Tuesday at a pop-up clinic in Dunsford's "
        "community centre, as the number of measles cases in the town rose to 17.",
        38.0,
    ),
    (
        "en-flu-weekly",
        "Flu cases climb for fourth week",
        "The weekly surveillance report showed flu rates rising to 38 per 100,000 people in the "
        "week to Sunday, with children under five the worst hit.",
        11.5,
    ),
    (
        "en-flu-weekly",
        "Flu rate up again",
        "38 cases for every 100,000 people, the weekly figures show.",
        11.9,
    ),
    (
        "en-flu-weekly/next",
        "Flu rate nearly doubles in a week",
        "GP consultations for flu reached 71 per 100,000 people in the week to Sunday, the "
        "highest at this point in winter for six years, the weekly report showed.",
        179.0,
    ),
    (
        "en-flu-weekly/next",
        "Weekly flu figures",
        "Rate rises to 71 in every 100,000, the highest this winter.",
        179.5,
    ),
    (
        "en-election-lowther/preview",
        "Lowther goes to the polls in mayoral by-election",
        "Voters in Lowther choose a new mayor on Thursday from four candidates, after the death "
        "of Mayor Alan Pryce in October; polls close at 10pm.",
        78.0,
    ),
    (
        "en-election-lowther/preview",
        "Polling day in Lowther",
        "Four candidates are standing and the count is overnight.",
        78.3,
    ),
    (
        "en-election-lowther",
        "Independent Sue Marchetti wins Lowther by 41 votes",
        "Sue Marchetti, a retired headteacher standing as an independent, was elected mayor of "
        "Lowther after a recount, beating the Civic Party candidate by 41 votes.",
        99.2,
    ),
    (
        "en-election-lowther",
        "Lowther has a new mayor",
        "Recount decides tight race.",
        99.5,
    ),
    (
        "en-election-lowther",
        "Recount, then a 41-vote win: a long night at the town hall",
        "Counting ran until 3am and a recount was called before the returning officer declared "
        "the result; turnout in Lowther was 29.4%.",
        102.0,
    ),
    (
        "en-election-lowther",
        "'I'll be a mayor for the whole town,' says Marchetti",
        "The new mayor said her first job would be to reopen the public toilets in the market "
        "square, a promise supporters said had won her the vote.",
        118.0,
    ),
    (
        "en-eggfarm-whitcombe",
        "Bird flu confirmed at Whitcombe egg farm",
        "Avian influenza has been found at a free-range egg farm near Whitcombe, and all 32,000 "
        "hens there will be culled, the chief veterinary officer said.",
        44.0,
    ),
    (
        "en-eggfarm-whitcombe",
        "32k hens to be culled",
        "Bird flu found near Whitcombe.",
        44.3,
    ),
    (
        "en-eggfarm-whitcombe",
        "Protection zone set up around infected farm",
        "Poultry keepers within 3km of the Whitcombe site must keep their birds indoors; a wider "
        "10km surveillance zone covers most of the vale.",
        56.0,
    ),
    (
        "en-eggfarm-whitcombe/hensley",
        "Bird flu found at turkey farm in Hensley",
        "Avian influenza has been confirmed at a turkey farm in Hensley, eleven miles from "
        "Whitcombe; tests show a different strain from the one found there earlier in the week, "
        "and 9,000 turkeys will be killed.",
        140.0,
    ),
    (
        "en-eggfarm-whitcombe/hensley",
        "Hensley turkeys culled",
        "9,000 birds to be killed.",
        140.4,
    ),
    (
        "en-missing-kyle",
        "Police appeal for missing Brantwood boy",
        "Kyle Barnett, 15, was last seen leaving Brantwood High School at 3.20pm on Monday; "
        "police say they are increasingly concerned for him.",
        30.0,
    ),
    (
        "en-missing-kyle",
        "Have you seen Kyle?",
        "Teenager missing since Monday afternoon.",
        30.4,
    ),
    (
        "en-missing-kyle",
        "Missing 15-year-old found safe in Carston",
        "A teenager from Brantwood who had been missing for almost two days was found safe and "
        "well at a friend's house in Carston, police said.",
        56.0,
    ),
    (
        "en-missing-kyle",
        "Kyle is home, family says",
        "The Barnetts thanked volunteers who had searched woods and fields around Brantwood "
        "through the night.",
        60.0,
    ),
    (
        "en-ferry-marra",
        "Marra ferry out of action for a week",
        "The only car ferry to the Isle of Marra has been withdrawn after an engine fault, "
        "leaving 1,100 islanders with a small passenger launch for at least seven days.",
        55.0,
    ),
    (
        "en-ferry-marra",
        "Isle of Marra cut off",
        "Car ferry breaks down.",
        55.4,
    ),
    (
        "en-ferry-marra",
        "Replacement vessel found for Marra crossing",
        "A chartered landing craft will carry cars and lorries to the island from Friday while "
        "the ferry's engine is repaired, the island council said.",
        79.0,
    ),
    (
        "en-fine-tealwater",
        "Teal Water fined £3.6m for sewage spills",
        "Teal Water was fined £3.6m at Ashdale Crown Court for pumping untreated sewage into the "
        "River Teal on 212 days over three years.",
        15.0,
    ),
    (
        "en-fine-tealwater",
        "Record river pollution fine",
        "£3.6 million penalty for water firm.",
        15.3,
    ),
    (
        "en-fine-tealwater",
        "'Shameful': judge condemns water company",
        "Judge Patricia Lomax said the firm had put profit ahead of the river and ignored its "
        "own staff's warnings about the overflow at Millbeck.",
        17.0,
    ),
    (
        "en-fine-tealwater",
        "Anglers say fine is 'a drop in the ocean'",
        "The Teal Valley Angling Association said the penalty was less than the company's "
        "directors were paid last year.",
        33.0,
    ),
    (
        "en-fine-tealwater/bills",
        "Teal Water bills to rise 8% from April",
        "Households supplied by Teal Water will pay an average of £41 more a year from April, "
        "the company said on Wednesday, two days after it was fined for sewage spills.",
        58.0,
    ),
    (
        "en-fine-tealwater/bills",
        "Water bills up 8%",
        "Teal customers to pay £41 more.",
        58.3,
    ),
    (
        "en-cyber-hartsmere",
        "Cyber attack takes Hartsmere council offline",
        "Hartsmere district council shut its website, phone lines and payment systems on "
        "Thursday after what it called a serious cyber incident.",
        85.0,
    ),
    (
        "en-cyber-hartsmere",
        "Hartsmere council hit by hackers",
        "Services down across the district.",
        85.3,
    ),
    (
        "en-cyber-hartsmere",
        "No sign residents' data was stolen, says council",
        "Hartsmere's phone lines were back on Friday but its website will stay down into next "
        "week while specialists check the servers.",
        110.0,
    ),
    (
        "en-comet-pegg",
        "Retired teacher discovers comet from his garden",
        "Harold Pegg, 71, spotted a faint smudge through his 30cm telescope in Carnbrae last "
        "week; astronomers have now confirmed it is a comet never seen before.",
        31.0,
    ),
    (
        "en-comet-pegg",
        "New comet found by amateur",
        "Named after Carnbrae stargazer.",
        31.4,
    ),
    (
        "en-comet-pegg",
        "Comet Pegg: where and when to look",
        "The newly found comet should be visible in binoculars low in the east before dawn until "
        "Christmas, the Northern Astronomy Circle said.",
        47.0,
    ),
    (
        "en-cavers-gillan",
        "Two cavers trapped by floodwater in Gillan Pot",
        "Two men have been cut off about 300 metres inside Gillan Pot after heavy rain flooded a "
        "passage behind them, the cave rescue team said.",
        36.5,
    ),
    (
        "en-cavers-gillan",
        "Gillan Pot: cavers trapped",
        "Rain floods the passage behind them.",
        37.0,
    ),
    (
        "en-cavers-gillan",
        "Pair freed after 26 hours underground",
        "Rescuers pumped water out of the flooded passage overnight and brought both men to the "
        "surface at Gillan Pot, cold but unhurt, on Wednesday afternoon.",
        62.5,
    ),
    (
        "en-cavers-gillan",
        "'We sang to keep warm': rescued caver tells of ordeal",
        "One of the two men brought out of the flooded cave said they sat on a rock ledge above "
        "the water and shared a single bar of chocolate.",
        76.0,
    ),
    (
        "en-tax-tarnby",
        "Tarnby council tax to go up 4.99%",
        "Tarnby borough council will raise council tax by the maximum allowed, 4.99 per cent, "
        "its cabinet agreed on Tuesday.",
        40.0,
    ),
    (
        "en-tax-tarnby",
        "Band D bills up £87",
        "Tarnby approves top rise.",
        40.3,
    ),
    (
        "en-tax-tarnby",
        "'We have no choice', says leader as bills rise",
        "Council leader Ravi Seth blamed the cost of adult social care, which now takes 61p of "
        "every pound Tarnby spends.",
        44.0,
    ),
    (
        "en-checkin-wexley",
        "Check-in system failure causes chaos at Wexley airport",
        "Passengers queued for up to three hours on Friday morning after the airport's check-in "
        "and baggage computers failed at 4.30am.",
        103.0,
    ),
    (
        "en-checkin-wexley",
        "Wexley airport queues",
        "A computer fault hits check-in at the airport.",
        103.3,
    ),
    (
        "en-checkin-wexley",
        "Airlines write boarding passes by hand as IT fails",
        "Staff at Wexley filled in boarding passes with pens and 14 flights left late; the "
        "system was restored at 8.40am.",
        106.0,
    ),
    (
        "en-checkin-wexley/drone",
        "Drone sighting halts Wexley flights",
        "Flights at Wexley were suspended for 40 minutes on Friday evening after a pilot "
        "reported a drone near the runway, hours after a check-in failure caused long queues.",
        115.0,
    ),
    (
        "en-checkin-wexley/drone",
        "Drone stops flights at Wexley",
        "Runway shut for 40 minutes.",
        115.3,
    ),
    (
        "en-prices-twopointsix",
        "Inflation falls to 2.6%",
        "Consumer prices rose 2.6% in the year to November, down from 3.0% in October, the "
        "statistics office said.",
        55.0,
    ),
    (
        "en-prices-twopointsix",
        "Inflation lowest since spring",
        "Prices up 2.6% in the year to November.",
        55.2,
    ),
    (
        "en-prices-twopointsix",
        "Food prices still rising faster than wages",
        "Even as headline inflation eased to 2.6 per cent, food and drink prices were up 4.1% on "
        "a year earlier, the official figures showed.",
        57.5,
    ),
    (
        "en-prices-twopointsix/jobs",
        "Unemployment rises to 4.4%",
        "The jobless rate rose to 4.4% in the three months to October, the statistics office "
        "said on Friday, two days after it reported a fall in inflation.",
        103.0,
    ),
    (
        "en-prices-twopointsix/jobs",
        "Jobless rate up",
        "The rate is 4.4%, the highest in three years.",
        103.2,
    ),
    (
        "en-buscrash-thirlby",
        "School bus overturns near Thirlby",
        "Eleven children were taken to hospital after a school bus left the B6420 and rolled "
        "onto its side near Thirlby at about 8am on Monday.",
        8.3,
    ),
    (
        "en-buscrash-thirlby",
        "Eleven pupils hurt",
        "School bus on its side near Thirlby.",
        8.6,
    ),
    (
        "en-buscrash-thirlby",
        "Bus driver charged with careless driving",
        "The 58-year-old driver of the school bus that overturned near Thirlby was charged on "
        "Tuesday; all but one of the pupils have gone home.",
        30.0,
    ),
    (
        "en-jab-rsv",
        "New RSV jab approved for over-75s",
        "The medicines regulator has approved a single-dose vaccine against respiratory "
        "syncytial virus for people over 75, to be offered from January.",
        50.0,
    ),
    (
        "en-jab-rsv",
        "RSV vaccine gets go-ahead",
        "Over-75s to be offered jab.",
        50.3,
    ),
    (
        "en-jab-rsv",
        "One jab could prevent 9,000 hospital stays a winter",
        "Health officials estimate the vaccine, made by the drugmaker Corveth, will keep "
        "thousands of older people out of hospital each year.",
        53.0,
    ),
    (
        "en-boilwater-pelham",
        "Boil water notice for 18,000 Pelham homes",
        "Residents in Pelham and two nearby villages were told to boil tap water before drinking "
        "it after routine tests found bacteria at a treatment works.",
        126.0,
    ),
    (
        "en-boilwater-pelham",
        "Boil your water, Pelham told",
        "18k homes are affected by the notice.",
        126.4,
    ),
    (
        "en-boilwater-pelham",
        "Notice lifted after clean samples",
        "Tap water in Pelham is safe to drink again after a day of clear samples, the water "
        "company said on Sunday; bottled water stations will close.",
        150.0,
    ),
    (
        "en-cupfinal-ravensby/preview",
        "Ravensby and Stockfield meet in County Cup final",
        "Ravensby Town, who have not won a trophy since 1987, face league leaders Stockfield "
        "Athletic at Carlow Park at 3pm.",
        128.0,
    ),
    (
        "en-cupfinal-ravensby/preview",
        "Cup final day",
        "Ravensby face Stockfield at 3pm for the trophy.",
        128.3,
    ),
    (
        "en-cupfinal-ravensby",
        "Ravensby win County Cup on penalties",
        "Ravensby Town beat Stockfield Athletic 4-3 on penalties after a 1-1 draw at Carlow Park "
        "to lift their first trophy in 38 years.",
        137.0,
    ),
    (
        "en-cupfinal-ravensby",
        "Cup for Ravensby",
        "Shoot-out win ends 38-year wait.",
        137.3,
    ),
    (
        "en-cupfinal-ravensby",
        "Oduya the hero as long wait ends",
        "Goalkeeper Ben Oduya saved two spot-kicks and said he had studied videos of every "
        "Stockfield penalty taker this season.",
        152.0,
    ),
    (
        "en-school-tarnby",
        "Tarnby primary promotes deputy to head",
        "Fernhill Primary in Tarnby has appointed its deputy, Claire Ince, as headteacher, the "
        "first time the school has promoted from within.",
        86.0,
    ),
    (
        "en-park-pelham",
        "Pelham's Victoria Park reopens after £2m revamp",
        "A new playground, a cafe and a restored bandstand opened in Pelham's Victoria Park on "
        "Wednesday after 18 months of work.",
        64.0,
    ),
    (
        "en-play-lowther",
        "Lowther players stage panto in old cinema",
        "Lowther Amateur Players will perform Aladdin in the town's former Regal cinema, closed "
        "since 2009, for ten nights from Sunday.",
        134.0,
    ),
    (
        "en-roadworks-wexley",
        "Wexley bypass roadworks to last until March",
        "Overnight closures of the Wexley bypass for resurfacing will continue until March, the "
        "highways authority said.",
        20.0,
    ),
    (
        "en-houseprices-thornbury",
        "House prices fall 0.4% in November, says Thornbury",
        "The average home cost £281,400 last month, down 0.4% on October, according to the "
        "Thornbury Building Society's monthly index.",
        31.5,
    ),
    (
        "en-houseprices-thornbury",
        "House prices dip",
        "The Thornbury index is down 0.4%.",
        31.8,
    ),
    (
        "en-houseprices-thornbury/northway",
        "Northway index shows prices edging up in November",
        "House prices rose 0.1% in November to an average of £276,900, the lender Northway said "
        "on Friday, days after a rival index showed a fall.",
        103.5,
    ),
    (
        "en-houseprices-thornbury/northway",
        "House prices up 0.1%",
        "Northway says the market is steady.",
        103.8,
    ),
    # --- German ---
    (
        "de-urteil-vollmer",
        "Subventionsbetrug: Staatsanwalt fordert vier Jahre für Bauunternehmer",
        "Im Prozess gegen den Kaltenbacher Bauunternehmer Dieter Vollmer hat die "
        "Staatsanwaltschaft vier Jahre Haft gefordert; er soll 2,1 Mio. Euro Fördergeld "
        "erschlichen haben.",
        35.0,
    ),
    (
        "de-urteil-vollmer",
        "Dreieinhalb Jahre Haft für Vollmer",
        "Das Landgericht Kaltenbach verurteilte den 61-Jährigen am Mittwoch wegen "
        "Subventionsbetrugs in 14 Fällen.",
        58.0,
    ),
    (
        "de-urteil-vollmer",
        "Urteil im Fördergeld-Prozess",
        "Firmenchef muss ins Gefängnis.",
        58.3,
    ),
    (
        "de-urteil-vollmer",
        "„Er hat die Steuerzahler betrogen“: Richterin rechnet mit Firmenchef ab",
        "2.100.000 Euro für Wohnungen, die nie gebaut wurden: Die Vorsitzende Richterin fand "
        "deutliche Worte für den Chef der Vollmer Bau GmbH.",
        63.0,
    ),
    (
        "de-fahrplan-weissach",
        "Weißachtalbahn fährt ab Dezember im Stundentakt",
        "Mit dem Fahrplanwechsel am 14. Dezember fahren die Züge zwischen Lenzbach und "
        "Oberweißach jede Stunde statt alle zwei Stunden, teilte der Verkehrsverbund mit.",
        13.0,
    ),
    (
        "de-fahrplan-weissach",
        "Pendler freuen sich über mehr Züge – doch der letzte fährt um 21 Uhr",
        "Im Weißachtal gibt es künftig doppelt so viele Verbindungen; Kritik gibt es am frühen "
        "Betriebsschluss.",
        20.0,
    ),
    (
        "de-wochenmarkt-lenzbach",
        "Lenzbacher Wochenmarkt startet Christbaumverkauf",
        "Auf dem Montagsmarkt in Lenzbach verkaufen zwei Förster aus dem Weißachtal ab heute "
        "Nordmanntannen aus der Region.",
        9.5,
    ),
    (
        "de-wochenmarkt-lenzbach",
        "Lenzbach: Christbäume auf dem Markt",
        "Tannen direkt vom Förster.",
        9.8,
    ),
    (
        "de-wochenmarkt-lenzbach/naechste",
        "Wochenmarkt Lenzbach: Händler protestieren gegen höhere Standgebühren",
        "Beim Montagsmarkt in Lenzbach blieben am Morgen sechs Stände aus Protest leer; die "
        "Stadt will die Gebühren ab Januar um 30 Prozent anheben.",
        177.0,
    ),
    (
        "de-wochenmarkt-lenzbach/naechste",
        "Leere Stände am Markt",
        "Protest gegen höhere Gebühren.",
        177.4,
    ),
    (
        "de-sturm-kaltenbach",
        "Unwetterwarnung: Orkanböen bis 120 km/h im Kaltenbacher Land",
        "Der Wetterdienst warnt für Donnerstagabend vor Orkanböen in den Höhenlagen; die Stadt "
        "Kaltenbach hat ihren Weihnachtsmarkt vorsorglich geschlossen.",
        80.0,
    ),
    (
        "de-sturm-kaltenbach",
        "Sturmnacht: Bäume auf Straßen, Dach einer Turnhalle abgedeckt",
        "Die Feuerwehren im Landkreis Kaltenbach rückten in der Nacht zu Freitag zu 140 "
        "Einsätzen aus; verletzt wurde niemand.",
        103.0,
    ),
    (
        "de-studie-sepsis",
        "Bluttest erkennt Sepsis Stunden früher",
        "Forschende der Uniklinik Morsbach haben einen Schnelltest entwickelt, der eine "
        "Blutvergiftung bis zu zwölf Stunden vor den ersten Symptomen anzeigen soll.",
        30.0,
    ),
    (
        "de-studie-sepsis",
        "91 Prozent der Fälle erkannt",
        "In der Studie mit 3200 Patienten schlug der neue Test bei fast allen späteren "
        "Sepsis-Fällen an, sagt die Morsbacher Studienleiterin Prof. Katrin Wendt.",
        49.0,
    ),
    (
        "de-stellwerk-haldenau",
        "Stellwerksstörung legt S-Bahn in Haldenau lahm",
        "Wegen eines Computerfehlers im Stellwerk Haldenau-Nord fuhren am Mittwochmorgen keine "
        "S-Bahnen; Zehntausende Pendler kamen zu spät zur Arbeit.",
        56.0,
    ),
    (
        "de-stellwerk-haldenau",
        "S-Bahn-Chaos in Haldenau",
        "Stillstand im Berufsverkehr.",
        56.3,
    ),
    (
        "de-stellwerk-haldenau",
        "Fehlerhaftes Software-Update war schuld am Stillstand",
        "Die Bahn hat die Ursache für den dreistündigen Ausfall am Mittwoch gefunden und "
        "entschuldigt sich bei den Fahrgästen in Haldenau.",
        78.0,
    ),
    (
        "de-stellwerk-haldenau/koffer",
        "Herrenloser Koffer: Hauptbahnhof Haldenau geräumt",
        "Die Polizei sperrte am Mittwochnachmittag für zwei Stunden die Bahnhofshalle; in dem "
        "Koffer fanden Sprengstoffexperten nur Kleidung.",
        65.0,
    ),
    (
        "de-stellwerk-haldenau/koffer",
        "Bahnhof gesperrt",
        "Verdächtiges Gepäckstück im Hauptbahnhof von Haldenau.",
        65.3,
    ),
    (
        "de-wahl-oberfelden",
        "Sabine Kranz neue Bürgermeisterin von Oberfelden",
        "Die parteilose Verwaltungsjuristin setzte sich am Sonntag mit 54,3 Prozent gegen "
        "Amtsinhaber Gerd Möller durch.",
        164.0,
    ),
    (
        "de-wahl-oberfelden",
        "Machtwechsel im Rathaus von Oberfelden",
        "Herausforderin Kranz gewinnt klar.",
        164.3,
    ),
    (
        "de-wahl-oberfelden",
        "Nach 16 Jahren abgewählt: Möller gratuliert seiner Nachfolgerin",
        "Der scheidende Oberfeldener Bürgermeister räumte seine Niederlage noch am Wahlabend "
        "ein; die Wahlbeteiligung lag bei 61 Prozent.",
        180.0,
    ),
    (
        "de-wahl-oberfelden/nachbarort",
        "Kirchrode: Stichwahl zwischen Bauer und Yilmaz",
        "Im Nachbarort Kirchrode erreichte bei der Bürgermeisterwahl am Sonntag keiner der vier "
        "Bewerber die absolute Mehrheit; in zwei Wochen kommt es zur Stichwahl.",
        164.5,
    ),
    (
        "de-wahl-oberfelden/nachbarort",
        "Kirchrode muss noch mal wählen",
        "Die Stichwahl ist in zwei Wochen.",
        165.0,
    ),
    (
        "de-transfer-albers",
        "FC Rietberg holt Stürmer Jonas Albers",
        "Der Zweitligist zahlt für den 21-Jährigen vom SV Hellwald rund 1,8 Mio. Euro Ablöse.",
        100.0,
    ),
    # --- French ---
    (
        "fr-proces-latour",
        "Procès du notaire de Valbonne : 15 ans requis",
        "L'avocat général a requis mardi quinze ans de réclusion contre Bernard Latour, jugé "
        "pour avoir empoisonné sa tante, dont il devait hériter.",
        40.0,
    ),
    (
        "fr-proces-latour",
        "Bernard Latour condamné à 12 ans de réclusion",
        "La cour d'assises de Valbonne a reconnu l'ancien notaire coupable d'avoir empoisonné sa "
        "tante à l'arsenic en 2023.",
        62.0,
    ),
    (
        "fr-proces-latour",
        "Verdict à Valbonne",
        "Douze ans pour l'ancien notaire.",
        62.3,
    ),
    (
        "fr-proces-latour",
        "« Je n'ai tué personne » : M. Latour va faire appel",
        "Au lendemain du verdict, l'avocate de l'accusé a annoncé qu'il contestait sa "
        "condamnation devant une autre cour.",
        80.0,
    ),
    (
        "fr-lait-chaussin",
        "Prix du lait : les éleveurs bloquent la laiterie de Chaussin",
        "Une centaine d'éleveurs ont garé leurs tracteurs devant la laiterie Valmorin lundi "
        "après-midi pour réclamer un meilleur prix du litre.",
        18.0,
    ),
    (
        "fr-lait-chaussin",
        "Lait : accord trouvé, les agriculteurs lèvent le camp",
        "Après vingt heures de blocage, Valmorin a accepté de payer 0,45 euro le litre, soit "
        "trois centimes de plus, selon le syndicat agricole.",
        40.0,
    ),
    (
        "fr-prix-brossard",
        "Le prix des Lecteurs de Montclar à Léa Brossard",
        "La romancière de 34 ans est récompensée pour « La Maison des courants d'air », choisi "
        "par 1 200 lecteurs des bibliothèques de la ville.",
        90.0,
    ),
    (
        "fr-prix-brossard",
        "« Ce prix vient des lecteurs, c'est le plus beau »",
        "Lauréate jeudi soir à Montclar, Léa Brossard raconte avoir écrit son roman dans un "
        "ancien moulin.",
        108.0,
    ),
    (
        "fr-panne-orvea",
        "Panne géante chez Orvéa : trois millions d'abonnés privés de réseau",
        "Appels, SMS et internet mobile ont été coupés pendant près de six heures mardi matin "
        "chez l'opérateur, qui évoque un incident technique.",
        37.0,
    ),
    (
        "fr-panne-orvea",
        "Orvéa en panne",
        "Plus de réseau mobile.",
        37.3,
    ),
    (
        "fr-panne-orvea",
        "3 000 000 de clients touchés : l'opérateur promet un geste",
        "Le patron d'Orvéa, Marc Delval, a présenté ses excuses mercredi et promis un mois "
        "d'abonnement gratuit aux clients privés de réseau.",
        50.0,
    ),
    (
        "fr-panne-orvea/forfaits",
        "Orvéa augmente ses forfaits de 2 euros",
        "À partir de février, les forfaits mobiles d'Orvéa coûteront 2 euros de plus par mois, a "
        "annoncé l'opérateur vendredi, trois jours après sa panne géante.",
        104.0,
    ),
    (
        "fr-panne-orvea/forfaits",
        "Hausse chez Orvéa",
        "Forfaits plus chers en février.",
        104.4,
    ),
    (
        "fr-neige-valoise",
        "Vigilance orange neige en Haute-Valoise",
        "Jusqu'à 30 centimètres de neige sont attendus jeudi au-dessus de 400 mètres ; les "
        "transports scolaires seront suspendus.",
        64.0,
    ),
    (
        "fr-neige-valoise",
        "2 000 foyers sans électricité, des camions bloqués au col de la Fage",
        "En Haute-Valoise, la neige tombée jeudi a coupé des lignes électriques et immobilisé "
        "des dizaines de poids lourds.",
        86.0,
    ),
    (
        "fr-ter-brevine",
        "TER Brévine–Sorgues : un train toutes les demi-heures dès dimanche",
        "Le nouveau service annuel ajoute 18 trains par jour sur la ligne, mais supprime l'arrêt "
        "de Vaux-le-Pont.",
        7.0,
    ),
    (
        "fr-ter-brevine",
        "Les habitants de Vaux-le-Pont privés de train",
        "La petite gare ne sera plus desservie avec la nouvelle grille horaire régionale ; le "
        "maire dénonce « un abandon ».",
        26.0,
    ),
    (
        "fr-kayak-portlucas",
        "Un kayakiste porté disparu au large de Port-Lucas",
        "Les secours en mer recherchent depuis samedi midi un homme de 52 ans parti seul en "
        "kayak de mer.",
        133.0,
    ),
    (
        "fr-kayak-portlucas",
        "Port-Lucas : recherches en mer",
        "Un kayakiste manque à l'appel.",
        133.4,
    ),
    (
        "fr-kayak-portlucas",
        "Retrouvé vivant sur un îlot après une nuit en mer",
        "Disparu depuis samedi, le quinquagénaire a été repéré dimanche matin par un "
        "hélicoptère, en hypothermie mais conscient, à six kilomètres de Port-Lucas.",
        153.0,
    ),
    (
        "fr-kayak-portlucas/voilier",
        "Un voilier s'échoue à l'entrée du port de Port-Lucas",
        "Le skipper et ses deux équipiers ont été hélitreuillés samedi soir ; le bateau gît sur "
        "les rochers de la digue.",
        139.0,
    ),
    (
        "fr-kayak-portlucas/voilier",
        "Voilier échoué",
        "Trois marins hélitreuillés sur la digue.",
        139.3,
    ),
    (
        "fr-partielle-erme",
        "Municipale partielle : la liste de Claire Dumas l'emporte à Saint-Erme",
        "Avec 52 % des voix, la liste sans étiquette remporte le scrutin organisé après la "
        "démission de la moitié du conseil municipal.",
        165.0,
    ),
    (
        "fr-partielle-erme",
        "Saint-Erme a une nouvelle maire",
        "Claire Dumas élue dimanche.",
        166.0,
    ),
    (
        "fr-mediatheque-valbonne",
        "Valbonne : la médiathèque ouvrira le dimanche",
        "À partir de janvier, la médiathèque de Valbonne accueillera le public le dimanche "
        "après-midi, une première dans le département.",
        70.0,
    ),
    # --- Russian ---
    (
        "ru-prigovor-demidov",
        "Бывшему мэру Северогорска дали семь лет",
        "Суд признал Олега Демидова виновным в получении взятки в 12 млн рублей от строительной "
        "фирмы.",
        84.0,
    ),
    (
        "ru-prigovor-demidov",
        "Приговор экс-мэру Северогорска",
        "Семь лет колонии.",
        84.3,
    ),
    (
        "ru-prigovor-demidov",
        "«Я не брал ни рубля»: Демидов обжалует приговор",
        "Адвокаты бывшего главы города заявили, что подадут апелляцию; суд также назначил ему "
        "штраф в 24 000 000 рублей.",
        98.0,
    ),
    (
        "ru-shtorm-priozersk",
        "Штормовое предупреждение в Приозёрске: ветер до 30 м/с",
        "Спасатели просят жителей не оставлять машины под деревьями и не выходить на лёд озера.",
        10.0,
    ),
    (
        "ru-shtorm-priozersk",
        "Ураган оборвал провода: без света остались 9 тысяч приозёрцев",
        "Ночью ветер повалил около сорока деревьев, энергетики восстанавливают линии.",
        34.0,
    ),
    (
        "ru-elektrichki-zarechnoe",
        "С 14 декабря меняется расписание электричек на Заречном направлении",
        "Утренний поезд в 6:12 отменят, зато вечером добавят два рейса до станции Луговая.",
        33.0,
    ),
    (
        "ru-elektrichki-zarechnoe",
        "Жители Луговой просят вернуть утреннюю электричку",
        "Под обращением к перевозчику против нового расписания за сутки подписались 800 человек.",
        45.0,
    ),
    (
        "ru-transfer-karpov",
        "«Металлург» купил Артёма Карпова",
        "Полузащитник перешёл из «Волны» за 120 млн рублей и подписал контракт на три года.",
        57.0,
    ),
    (
        "ru-transfer-karpov",
        "Карпов в «Металлурге»",
        "Сумма сделки — 120 миллионов.",
        57.3,
    ),
    (
        "ru-transfer-karpov",
        "Самый дорогой новичок в истории клуба: что известно о Карпове",
        "23-летний хавбек отдал 11 голевых передач в прошлом сезоне и начинал в детской школе "
        "Краснодольска.",
        72.0,
    ),
    (
        "ru-transfer-karpov/prodazha",
        "«Металлург» продал вратаря Игоря Ленского",
        "Через несколько дней после покупки Карпова клуб расстался с основным вратарём, который "
        "перешёл в «Звезду».",
        128.0,
    ),
    (
        "ru-transfer-karpov/prodazha",
        "Ленский уходит",
        "Вратарь сменил клуб.",
        128.4,
    ),
    (
        "ru-premiya-belsky",
        "Премию «Северная звезда» получил Иван Бельский",
        "Роман о смотрителе маяка признан лучшей книгой года; премия составляет 1 млн рублей.",
        112.0,
    ),
    (
        "ru-premiya-belsky",
        "Бельский: «Этот роман я писал десять лет»",
        "Лауреат рассказал, что придумал героя, когда работал радистом на Севере.",
        114.0,
    ),
    (
        "ru-validatory-novoozersk",
        "Сбой в системе оплаты проезда в Новоозёрске",
        "Утром в четверг валидаторы в автобусах и трамваях перестали принимать карты; пассажиров "
        "возили бесплатно.",
        80.0,
    ),
    (
        "ru-validatory-novoozersk",
        "Новоозёрск: проезд бесплатный",
        "Валидаторы не работают.",
        80.3,
    ),
    (
        "ru-validatory-novoozersk",
        "Перевозчик назвал причину сбоя валидаторов",
        "По словам директора «Новоозёрсктранса», из строя вышел сервер; оплату картами "
        "восстановили к полудню.",
        92.0,
    ),
    (
        "ru-validatory-novoozersk/pozhar",
        "Пожар в трамвайном депо Новоозёрска",
        "Огонь повредил два вагона, пострадавших нет; движение по трём маршрутам изменено.",
        86.0,
    ),
    (
        "ru-validatory-novoozersk/pozhar",
        "Горит депо",
        "Два трамвая повреждены.",
        86.3,
    ),
    (
        "ru-zasukha-kamensk",
        "Засуха: урожай зерна в Каменском районе упал на треть",
        "Аграрии собрали 410 тысяч тонн против 620 тысяч годом ранее.",
        21.0,
    ),
    (
        "ru-zasukha-kamensk",
        "Каменские фермеры просят помощи",
        "Из-за засухи районные хозяйства недобрали 210 000 тонн зерна.",
        22.0,
    ),
    (
        "ru-okhotnik-kedrovka",
        "В тайге под Кедровкой ищут пропавшего охотника",
        "62-летний мужчина ушёл проверять капканы в среду и не вернулся.",
        134.0,
    ),
    (
        "ru-okhotnik-kedrovka",
        "Пропавшего охотника нашли живым",
        "Спасатели обнаружили мужчину в зимовье в 18 км от деревни; он пережил четыре ночи при "
        "минус 25.",
        155.0,
    ),
    (
        "ru-okhotnik-kedrovka",
        "Охотник из Кедровки нашёлся",
        "Жив, обморожены пальцы.",
        155.3,
    ),
    (
        "ru-teatr-severogorsk",
        "Театр Северогорска покажет новогоднюю сказку на льду",
        "Драматический театр откроет сезон новогодних спектаклей 20 декабря на городском катке; "
        "билеты уже раскуплены на треть.",
        60.0,
    ),
    # --- Spanish ---
    (
        "es-loteria-villacres",
        "Un boleto vendido en Villacrés gana 3,2 millones en la Lotería Regional",
        "El acertante del sorteo del jueves compró su boleto en el estanco de la plaza Mayor de "
        "Villacrés.",
        94.0,
    ),
    (
        "es-loteria-villacres",
        "Premio gordo en Villacrés",
        "3.200.000 euros para un solo acertante.",
        94.3,
    ),
    (
        "es-loteria-villacres",
        "«Vendemos suerte desde 1962»: el estanco del boleto ganador lo celebra con cava",
        "La dueña, Pilar Ordóñez, sacó botellas a la puerta para festejar el primer gran premio "
        "que reparte su negocio de Villacrés.",
        110.0,
    ),
    (
        "es-loteria-villacres/sabado",
        "Nadie acierta el sorteo del sábado de la Lotería Regional",
        "El premio mayor se acumula hasta 1,8 millones para el jueves; en Villacrés se vendió un "
        "segundo premio de 40.000 euros.",
        142.0,
    ),
    (
        "es-loteria-villacres/sabado",
        "Sin acertante",
        "El bote sube a 1,8 millones.",
        142.3,
    ),
    (
        "es-juicio-carrasco",
        "Condenado a tres años el exalcalde de Torrejoncillo por malversación",
        "La Audiencia de Almoral considera probado que Julián Carrasco desvió 380.000 euros de "
        "fondos municipales a empresas de su cuñado.",
        12.0,
    ),
    (
        "es-juicio-carrasco",
        "Tres años para Carrasco",
        "La Audiencia da por probada la malversación.",
        12.3,
    ),
    (
        "es-juicio-carrasco",
        "El Ayuntamiento reclamará los 380 mil euros desviados",
        "La actual alcaldesa de Torrejoncillo anunció que pedirá al exregidor condenado que "
        "devuelva el dinero.",
        30.0,
    ),
    (
        "es-frio-almoral",
        "Aviso rojo por frío extremo en la sierra de Almoral: hasta -12 grados",
        "La agencia de meteorología activa el nivel máximo para la noche del miércoles; los "
        "ayuntamientos abren albergues para personas sin hogar.",
        41.0,
    ),
    (
        "es-frio-almoral",
        "La sierra registra -13,4 grados, récord en 30 años",
        "El termómetro de Puerto Alto marcó la temperatura más baja desde 1994; varias "
        "carreteras siguen cortadas por el hielo.",
        80.0,
    ),
    (
        "es-fichaje-mendes",
        "El Sporting Lavega ficha al central brasileño Caio Mendes",
        "El club paga 2,5 millones de euros al Ituaçu por el defensa de 24 años, que firma hasta "
        "2029.",
        60.0,
    ),
    (
        "es-caida-meridia",
        "Caída del sistema de Banco Meridia: cuatro millones de clientes sin tarjetas",
        "Durante tres horas del lunes por la tarde los clientes no pudieron pagar con tarjeta ni "
        "entrar en la aplicación del banco.",
        19.0,
    ),
    (
        "es-caida-meridia",
        "Meridia, caído",
        "Tarjetas y app sin servicio.",
        19.3,
    ),
    (
        "es-caida-meridia",
        "El banco atribuye el apagón informático a un fallo de un proveedor",
        "Meridia asegura que ningún dato se vio comprometido y devolverá las comisiones de los "
        "pagos fallidos del lunes.",
        38.0,
    ),
    (
        "es-aceituna-jaraiz",
        "La cosecha de aceituna en Jaraíz caerá un 40 % por la sequía",
        "La cooperativa calcula recoger 18 millones de kilos, frente a los 30 de la campaña "
        "pasada.",
        98.0,
    ),
    (
        "es-aceituna-jaraiz",
        "Menos aceite y más caro",
        "Los olivareros de Jaraíz prevén 18.000 toneladas y precios al alza.",
        99.0,
    ),
    (
        "es-montanero-arcedo",
        "Buscan a un montañero desaparecido en el pico Arcedo",
        "El hombre, de 45 años y vecino de Lavega, salió el lunes para hacer cumbre y no regresó.",
        28.0,
    ),
    (
        "es-montanero-arcedo",
        "Desaparecido en el Arcedo",
        "Rescate activado.",
        28.3,
    ),
    (
        "es-montanero-arcedo",
        "Hallan con vida al montañero",
        "Los guardias del servicio de montaña lo localizaron en una cabaña bajo el Arcedo, donde "
        "pasó dos noches con un tobillo roto.",
        58.0,
    ),
    (
        "es-metro-solana",
        "El metro de Solana abrirá toda la noche los sábados",
        "Desde este sábado, las líneas 1 y 3 funcionarán sin interrupción la noche del sábado al "
        "domingo, con un tren cada 20 minutos.",
        16.0,
    ),
    (
        "es-metro-solana",
        "Metro nocturno en Solana",
        "Los sábados, toda la noche.",
        16.3,
    ),
    (
        "es-metro-solana/primera",
        "Primera noche del metro abierto en Solana: 14.000 viajeros",
        "Unos 14.000 pasajeros usaron las líneas 1 y 3 entre la medianoche y las seis de la "
        "mañana del domingo, en el estreno del servicio nocturno.",
        152.0,
    ),
    (
        "es-metro-solana/primera",
        "Estreno del metro nocturno",
        "Catorce mil viajeros en la primera noche del servicio.",
        152.3,
    ),
    # --- Italian ---
    (
        "it-sentenza-ferrante",
        "Condannato a 6 anni l'ex primario di Valmora",
        "Il tribunale ha riconosciuto Aldo Ferrante colpevole di aver intascato 900mila euro di "
        "tangenti per favorire un fornitore di protesi.",
        43.0,
    ),
    (
        "it-sentenza-ferrante",
        "Sei anni all'ex primario",
        "Tangenti sulle protesi.",
        43.3,
    ),
    (
        "it-sentenza-ferrante",
        "Tangenti sulle protesi, l'ospedale chiede i danni all'ex chirurgo",
        "Il giorno dopo la sentenza, l'azienda sanitaria di Valmora annuncia che chiederà "
        "900.000 euro al medico condannato.",
        60.0,
    ),
    (
        "it-allerta-serena",
        "Allerta rossa in Val Serena: domani scuole chiuse",
        "La protezione civile prevede fino a 250 millimetri di pioggia in 24 ore; i sindaci "
        "della valle hanno chiuso scuole e parchi.",
        18.0,
    ),
    (
        "it-allerta-serena",
        "Esonda il torrente Serra, evacuate 60 famiglie",
        "Il torrente è uscito dagli argini a Borgo Serena nel pomeriggio di martedì; nessun "
        "ferito.",
        40.0,
    ),
    (
        "it-portiere-bonetti",
        "Il Castelvetro acquista il portiere Luca Bonetti",
        "Affare da 3 milioni di euro con la Pro Lanzo per il numero uno dell'Under 21.",
        58.0,
    ),
    (
        "it-portiere-bonetti",
        "Bonetti al Castelvetro",
        "Tre milioni per il portiere.",
        58.3,
    ),
    (
        "it-portiere-bonetti",
        "«Sogno la Nazionale»: le prime parole di Bonetti in gialloblù",
        "Il ventenne si è presentato ai tifosi allo stadio Comunale e ha promesso di restare a "
        "lungo.",
        76.0,
    ),
    (
        "it-premio-orsenigo",
        "Premio Lanterna alla poetessa Giulia Orsenigo",
        "La raccolta «Acque basse» vince la quarantesima edizione del premio di poesia di "
        "Castelnuovo.",
        138.0,
    ),
    (
        "it-premio-orsenigo",
        "A Orsenigo il Lanterna",
        "Premiata «Acque basse».",
        139.0,
    ),
    (
        "it-peste-taverna",
        "Peste suina in un allevamento di Borgo Taverna: abbattuti 2.400 maiali",
        "Il focolaio è stato scoperto dopo la morte di alcuni animali; zona rossa di 3 "
        "chilometri intorno all'azienda.",
        36.0,
    ),
    (
        "it-peste-taverna",
        "Focolaio di peste suina",
        "2400 capi abbattuti.",
        36.3,
    ),
    (
        "it-peste-taverna",
        "Stop a fiere e mercati del bestiame in tutta la provincia",
        "Dopo il caso di peste suina a Borgo Taverna, il prefetto vieta per un mese ogni raduno "
        "di animali.",
        55.0,
    ),
    (
        "it-peste-taverna/vicolungo",
        "Nuovo focolaio di peste suina a Vicolungo",
        "Positivi alcuni maiali di un piccolo allevamento familiare a 8 chilometri da Borgo "
        "Taverna; saranno abbattuti 120 capi.",
        130.0,
    ),
    (
        "it-peste-taverna/vicolungo",
        "Peste suina, secondo caso",
        "A Vicolungo abbattuti 120 maiali dell'allevamento.",
        130.3,
    ),
    (
        "it-orario-pieve",
        "Dal 14 dicembre nuovo orario: tagliati otto regionali sulla Pieve–Monteaperto",
        "I pendolari perdono le corse delle 7.40 e delle 18.10; la Regione parla di lavori sulla "
        "linea.",
        84.0,
    ),
    (
        "it-guasto-valmora",
        "Guasto informatico all'ospedale di Valmora: rinviati 60 interventi",
        "Un blackout dei server ha bloccato cartelle cliniche e prenotazioni dalle 7 di lunedì.",
        9.0,
    ),
    (
        "it-guasto-valmora",
        "Valmora, ospedale in tilt",
        "Sessanta operazioni rinviate per il guasto.",
        9.3,
    ),
    (
        "it-guasto-valmora",
        "Tornano i computer in corsia: «Nessun dato perso»",
        "Il direttore sanitario Fabio Rinaldi ha detto che gli interventi saltati a Valmora "
        "saranno recuperati entro due settimane.",
        30.0,
    ),
    (
        "it-guasto-valmora/aggressione",
        "Valmora, infermiera aggredita al pronto soccorso",
        "Un uomo in attesa da ore ha colpito un'infermiera lunedì pomeriggio; è stato arrestato "
        "dai carabinieri.",
        16.0,
    ),
    (
        "it-guasto-valmora/aggressione",
        "Aggressione in ospedale",
        "Infermiera ferita al pronto soccorso di Valmora.",
        16.3,
    ),
    (
        "it-sindaco-pieve",
        "Ballottaggio a Pieve: vince Marta Giordano",
        "La candidata civica diventa sindaca con il 55,8 per cento dei voti.",
        166.0,
    ),
    (
        "it-sindaco-pieve",
        "Pieve, per la prima volta una sindaca",
        "Giordano batte l'uscente al ballottaggio con il 55,8 per cento.",
        167.0,
    ),
    # --- Portuguese ---
    (
        "pt-julgamento-baptista",
        "Tribunal de Alvarães condena ex-presidente do Desportivo a cinco anos",
        "Carlos Baptista foi condenado por desviar 650 mil euros das contas do clube entre 2019 "
        "e 2022.",
        62.0,
    ),
    (
        "pt-julgamento-baptista",
        "Cinco anos de prisão para Baptista",
        "O ex-presidente do clube vai cumprir pena efetiva.",
        62.3,
    ),
    (
        "pt-julgamento-baptista",
        "«Justiça foi feita», dizem os sócios do clube",
        "Dezenas de adeptos do Desportivo de Alvarães esperaram à porta do tribunal pela leitura "
        "do acórdão.",
        64.0,
    ),
    (
        "pt-aviso-serrinha",
        "Aviso vermelho para agitação marítima: ondas de 9 metros",
        "O instituto de meteorologia prevê ondas até nove metros na sexta-feira; a praia de "
        "Serrinha e o paredão foram interditados.",
        80.0,
    ),
    (
        "pt-aviso-serrinha",
        "Ondas galgam o paredão de Serrinha e inundam restaurantes",
        "A Proteção Civil retirou 30 pessoas de casas junto à marginal durante a preia-mar de "
        "sexta-feira.",
        110.0,
    ),
    (
        "pt-transferencia-canelas",
        "Atlético Vianense vende Rui Canelas por 4 milhões",
        "O avançado de 22 anos muda-se para o Royal Dalem; é a maior venda da história do clube.",
        20.0,
    ),
    (
        "pt-transferencia-canelas",
        "Canelas de saída",
        "Quatro milhões pelo avançado.",
        20.3,
    ),
    (
        "pt-transferencia-canelas",
        "«O Vianense será sempre a minha casa»",
        "O avançado vendido ao Royal Dalem por 4 M€ despediu-se dos adeptos com uma carta aos "
        "sócios.",
        38.0,
    ),
    (
        "pt-transferencia-canelas/treinador",
        "Atlético Vianense despede treinador Nuno Pires",
        "Três dias depois de vender o melhor marcador, o clube afastou o técnico após a quarta "
        "derrota seguida.",
        90.0,
    ),
    (
        "pt-transferencia-canelas/treinador",
        "Pires despedido",
        "O Vianense procura um novo treinador.",
        90.3,
    ),
    (
        "pt-premio-furtado",
        "Fotógrafa de Covelo vence Prémio Atlântico",
        "Inês Furtado foi distinguida com 25 mil euros por uma série sobre as mulheres da apanha "
        "do sargaço.",
        45.0,
    ),
    (
        "pt-premio-furtado",
        "«Fotografei a minha avó e as vizinhas»",
        "A vencedora do Prémio Atlântico de fotografia trabalhou durante quatro anos na série "
        "premiada.",
        46.0,
    ),
    (
        "pt-leite-terraalta",
        "Produtores de leite de Terra Alta protestam com tratores",
        "Cerca de 200 agricultores cortaram a estrada regional durante a manhã contra o preço de "
        "38 cêntimos por litro.",
        15.0,
    ),
    (
        "pt-leite-terraalta",
        "Governo regional promete 3 M€ aos produtores de leite",
        "Um dia depois do protesto em Terra Alta, o secretário da Agricultura anunciou 3 milhões "
        "de euros para compensar a descida do preço.",
        36.0,
    ),
    (
        "pt-falha-pagamentos",
        "Falha na rede de pagamentos deixa multibancos em baixo durante 3 horas",
        "Entre as 17h e as 20h de sexta-feira não foi possível levantar dinheiro nem pagar com "
        "cartão em grande parte do país.",
        117.0,
    ),
    (
        "pt-falha-pagamentos",
        "Cartões recusados",
        "Falha geral nos pagamentos.",
        117.4,
    ),
    (
        "pt-pescador-lagoa",
        "Pescador desaparecido na Praia da Lagoa",
        "Buscas por um homem de 60 anos que saiu de madrugada num pequeno barco e não regressou.",
        154.0,
    ),
    (
        "pt-pescador-lagoa",
        "Buscas no mar",
        "Pescador da Lagoa desaparecido.",
        154.3,
    ),
    (
        "pt-pescador-lagoa",
        "Pescador encontrado com vida ao largo",
        "O homem foi resgatado por um arrastão espanhol a 20 milhas da costa, à deriva com o "
        "motor avariado.",
        176.0,
    ),
    (
        "pt-eleicao-covelo/preview",
        "Covelo vai a votos no domingo para escolher nova junta",
        "Três listas disputam a eleição intercalar marcada depois da demissão em bloco do "
        "executivo.",
        112.0,
    ),
    (
        "pt-eleicao-covelo/preview",
        "Eleições em Covelo",
        "Intercalar no domingo.",
        112.3,
    ),
    (
        "pt-eleicao-covelo",
        "Lista de Helena Cordeiro vence intercalar em Covelo",
        "A lista independente ficou com 47 % dos votos e elege quatro dos sete membros da junta.",
        165.0,
    ),
    (
        "pt-eleicao-covelo",
        "Covelo escolhe Cordeiro",
        "Lista independente com maioria absoluta na junta.",
        165.4,
    ),
    (
        "pt-museu-alvaraes",
        "Museu de Alvarães reabre após obras",
        "O museu municipal de Alvarães reabriu ao público no sábado, com uma nova sala dedicada "
        "à olaria da região.",
        126.0,
    ),
    # --- Dutch ---
    (
        "nl-rechtszaak-brouwer",
        "Oud-wethouder Hoornwijk krijgt 18 maanden cel",
        "De rechtbank in Lemmerveen acht bewezen dat Henk Brouwer steekpenningen van 45.000 euro "
        "aannam van een projectontwikkelaar.",
        88.0,
    ),
    (
        "nl-rechtszaak-brouwer",
        "Celstraf voor Brouwer",
        "Anderhalf jaar voor omkoping.",
        88.3,
    ),
    (
        "nl-rechtszaak-brouwer",
        "Gemeenteraad wil erepenning van veroordeelde oud-wethouder terug",
        "Een dag na de uitspraak stelt de raad van Hoornwijk voor Brouwer de erepenning van de "
        "gemeente af te nemen.",
        104.0,
    ),
    (
        "nl-weekmarkt-veendorp",
        "Weekmarkt Veendorp voortaan op het Kerkplein",
        "Vanaf vandaag staan de 35 kramen niet meer op de Brink maar op het Kerkplein, omdat de "
        "Brink wordt heringericht.",
        10.0,
    ),
    (
        "nl-weekmarkt-veendorp",
        "Markt Veendorp verhuisd",
        "Kramen op het Kerkplein.",
        10.3,
    ),
    (
        "nl-weekmarkt-veendorp/volgende",
        "Marktmeester Veendorp stopt na 30 jaar",
        "Op de maandagmarkt in Veendorp nam Jan Hoekstra afscheid; hij deelde de kramen in sinds "
        "1995.",
        178.0,
    ),
    (
        "nl-weekmarkt-veendorp/volgende",
        "Afscheid op de markt",
        "Hoekstra stopt.",
        178.3,
    ),
    (
        "nl-gladheid-drenterland",
        "Code oranje voor gladheid in Drenterland",
        "Door ijzel kunnen wegen en fietspaden dinsdagochtend spiegelglad zijn; het "
        "weerinstituut raadt aan thuis te werken.",
        28.0,
    ),
    (
        "nl-gladheid-drenterland",
        "Honderden valpartijen door ijzel: spoedeisende hulp overvol",
        "In het ziekenhuis van Zwaanburg werden dinsdag ruim 120 mensen met gebroken polsen en "
        "heupen behandeld.",
        37.0,
    ),
    (
        "nl-dienstregeling-oosterveld",
        "Sprinter Zwaanburg–Lemmerveen rijdt vanaf zondag vier keer per uur",
        "Met de nieuwe dienstregeling krijgt de lijn er dagelijks 40 treinen bij; station "
        "Oosterveld gaat eindelijk open.",
        56.0,
    ),
    (
        "nl-dienstregeling-oosterveld",
        "Oosterveld krijgt na twintig jaar wachten een station",
        "Bewoners van de nieuwbouwwijk kunnen vanaf zondag met de sprinter naar Zwaanburg.",
        70.0,
    ),
    (
        "nl-dienstregeling-oosterveld/eerste",
        "Eerste reizigers op station Oosterveld",
        "Zondagochtend om 6.12 uur stopte de eerste sprinter op het nieuwe station; ruim honderd "
        "buurtbewoners stonden op het perron.",
        152.0,
    ),
    (
        "nl-dienstregeling-oosterveld/eerste",
        "Station Oosterveld open",
        "De eerste trein stopte er om 6.12 uur, op tijd.",
        152.4,
    ),
    (
        "nl-vogelgriep-ellerhoek",
        "Vogelgriep bij pluimveebedrijf in Ellerhoek: 45.000 kippen geruimd",
        "Het bedrijf aan de Veenweg is afgesloten; in een straal van 10 kilometer geldt een "
        "vervoersverbod.",
        106.0,
    ),
    (
        "nl-vogelgriep-ellerhoek",
        "Vogelgriep Ellerhoek",
        "45.000 kippen op het bedrijf gedood.",
        106.3,
    ),
    (
        "nl-vogelgriep-ellerhoek",
        "«We zijn alles kwijt»",
        "Pluimveehouder Gerrit Mulder zag zaterdag hoe de laatste van zijn 45 duizend legkippen "
        "werden afgevoerd.",
        134.0,
    ),
    (
        "nl-transfer-storm",
        "FC Zwaanburg haalt Deense spits Mikkel Storm",
        "De club betaalt ongeveer 1,2 miljoen euro aan Vejrby IF voor de 25-jarige aanvaller.",
        40.0,
    ),
    (
        "nl-antibioticum-lemmerveen",
        "Nieuw antibioticum gevonden in bodembacterie uit volkstuin",
        "Microbiologen van de Universiteit Lemmerveen ontdekten een stof die resistente "
        "ziekenhuisbacteriën doodt; de bacterie zat in de grond van een volkstuin.",
        14.0,
    ),
    (
        "nl-antibioticum-lemmerveen",
        "Antibioticum uit de moestuin",
        "Vondst van onderzoekers in Lemmerveen.",
        14.3,
    ),
    (
        "nl-antibioticum-lemmerveen",
        "«Het begon met een schepje aarde»",
        "Promovenda Sanne de Wit nam de grondmonsters in de volkstuin van haar opa; de nieuwe "
        "stof moet nog jaren getest worden.",
        34.0,
    ),
    (
        "nl-antibioticum-lemmerveen/rector",
        "Universiteit Lemmerveen krijgt nieuwe rector",
        "Hoogleraar sterrenkunde Pieter Vos volgt per 1 februari rector Anneke Bos op, maakte de "
        "universiteit donderdag bekend.",
        84.0,
    ),
    (
        "nl-antibioticum-lemmerveen/rector",
        "Nieuwe rector",
        "Vos volgt Bos op.",
        84.3,
    ),
    (
        "nl-vermist-hoornwijk",
        "Vermiste 78-jarige man uit Hoornwijk",
        "De politie zoekt met een drone naar een man met dementie die zaterdagmiddag van huis "
        "wegliep.",
        136.0,
    ),
    (
        "nl-vermist-hoornwijk",
        "Vermiste Hoornwijker terecht",
        "De 78-jarige man werd zaterdagavond ongedeerd gevonden in een schuur twee kilometer van "
        "zijn huis.",
        141.0,
    ),
    (
        "nl-huizenprijzen-makelaars",
        "Makelaars: huizen in november 1,2 procent duurder",
        "Een gemiddelde woning kostte vorige maand 412.000 euro, meldt de Vereniging van "
        "Woningmakelaars op basis van ruim 9000 verkopen.",
        35.0,
    ),
    (
        "nl-huizenprijzen-makelaars",
        "Huizenprijzen stijgen door",
        "Plus 1,2 procent in een maand, zeggen de makelaars.",
        35.3,
    ),
    (
        "nl-huizenprijzen-makelaars/register",
        "Woningregister: prijzen in november 0,8 procent hoger",
        "Volgens de cijfers van het Woningregister, die op de overdrachten bij de notaris zijn "
        "gebaseerd, stegen de prijzen minder hard dan de makelaars eerder deze week meldden.",
        100.0,
    ),
    (
        "nl-huizenprijzen-makelaars/register",
        "Woningregister ziet kleinere stijging",
        "Volgens het register zijn de prijzen 0,8 procent hoger.",
        100.3,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "the same place (court, line, airport, station, harbour), another event within hours": (
        "en-verdict-ellery/court",
        "en-timetable-kestrel/signal",
        "en-checkin-wexley/drone",
        "de-stellwerk-haldenau/koffer",
        "fr-kayak-portlucas/voilier",
        "it-guasto-valmora/aggressione",
        "ru-validatory-novoozersk/pozhar",
    ),
    "a club's transfer and its next sale or sacking days later": (
        "en-transfer-vidal/sale",
        "ru-transfer-karpov/prodazha",
        "pt-transferencia-canelas/treinador",
    ),
    "a company's failure or fine and its unrelated announcement days later": (
        "en-outage-paylink/fine",
        "en-fine-tealwater/bills",
        "fr-panne-orvea/forfaits",
    ),
    "one institution's two announcements in one week": (
        "en-prices-twopointsix/jobs",
        "nl-antibioticum-lemmerveen/rector",
    ),
    "the same kind of event in a neighbouring town": (
        "en-eggfarm-whitcombe/hensley",
        "it-peste-taverna/vicolungo",
        "de-wahl-oberfelden/nachbarort",
    ),
    "a preview (or shortlist) and its report": (
        "en-prize-fenwick/shortlist",
        "en-election-lowther/preview",
        "en-cupfinal-ravensby/preview",
        "pt-eleicao-covelo/preview",
    ),
    "a new service announced and its first day": (
        "es-metro-solana/primera",
        "nl-dienstregeling-oosterveld/eerste",
    ),
    "two bodies' house-price figures for one month, days apart": (
        "en-houseprices-thornbury/northway",
        "nl-huizenprijzen-makelaars/register",
    ),
    "a recurring event: one week's or one draw's and the next": (
        "en-flu-weekly/next",
        "de-wochenmarkt-lenzbach/naechste",
        "nl-weekmarkt-veendorp/volgende",
        "es-loteria-villacres/sabado",
    ),
}
