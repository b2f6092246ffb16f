"""A thirty-sixth blind check set for story merging: business, sport and culture, scored once.

Written 2026-12-06. Items are (story, title, lead, hours) as news outlets' feeds carry them,
`hours` being the publication time in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as it would in production. The week is the other half of a
reader's feeds: company results, takeovers, job cuts, product launches, outages, strikes at
firms, football, tennis, cyclo-cross, boxing and snooker results and transfers, films, music,
books and their prizes, and science. It runs at daily-digest density: 40, 50, 50, 50, 49, 38
and 41 items from Monday to Sunday, spanning 5.0 to 166.0 hours. It holds 318 items under 129
labels: 105 stories and 24 hard negatives; 45 labels in English (113 items), 12 in each of
German, French, Spanish, Italian, Portuguese, Dutch and Russian (28 to 30 items each). A big
story comes as a wire flash or teaser, then a fuller copy, then hours later a quote-led or
reaction piece (a chief executive, a coach, a union, fans, analysts) that shares little more
than a name and one detail with the first copy; thirteen stories have a next-day follow-up with
a new fact, 12 to 22 hours after the first copy (the watchdog's review of the Pettigrew deal,
shopkeepers' claim after the PayStream outage, Harcastle's shortlist, Delaney's rematch call,
the Turnwell winner's sales, the critics on Varoux's and Bassi's films, the Mourão reviews, the
Étoiles audience, the Gouden Kleppen winner's break, Inés Calvo's thanks, Kaltner naming the
two plants, the minimum service for the Aerovía strike). 12 labels have one copy, 53 two, 56
three and 8 four; 116 labels have a teaser copy (lead under 80 characters) beside a fuller one.

What is new: eight kinds of hard negative found in no earlier round, three each, each in its
story's language. Four of them are two different events with the same actor or at the same
place on the same day, 2.5 to 11.5 hours apart, so only the text can keep them apart:
- a firm's results and an outage of its service that evening (Corvane Mobile's half-year and
  its network failure, 10 hours; Zahlwerk's quarter and its card-payment failure, 11.5 hours;
  Lusonet's nine months and its network failure, 11.5 hours);
- a club's coach sacked and its stadium shut for checks the same day (Harcastle United and
  Moorgate Park, 8.5 hours; Virtus Calvena and the Pietro Orsi, 5.5 hours; CD Montesur and La
  Vega, 10 hours);
- an awards night and a theft at the same venue that night (the Étoiles de la chanson and the
  jewels taken at the Palais Orsenne, 2.5 hours; the Gouden Kleppen and the equipment taken from
  the Zuiderhal, 2.5 hours; the «Северная лира» prize and the coats taken at the Дом книги,
  3 hours);
- a product launch and a strike at the same firm's plant the same day (Tessaly's Arc 7 and the
  Dunmore walkout, 9.5 hours; Brandel's Pendler X and the Kessing warning strike, 4 hours;
  «Орбита-Моторс»'s minivan and the Заречинск stoppage, 4 hours).
The other four are the same actor days later, beyond the window:
- a rider's race win and the same rider's withdrawal from another race days later (Castagnet,
  Zubeldía, Ferrandi: 68 to 90 hours);
- a takeover agreed and the same buyer's second purchase days later (Halverson and Roastery
  Lane, Vandermolen and Claes, Almaraz and the Monte Fresco estate: 84 to 96 hours);
- a film's premiere and its director's next project announced days later (Bassi, Mourão,
  Varoux: 60 to 70 hours);
- a tennis title and the same player's injury withdrawal days later (Arrabal, Hoekstra,
  Wilmersdorf: 71 to 97 hours).
Twelve hard negatives fall within 48 hours of their story and twelve beyond it.

The week also puts side by side what a business and sport digest really carries: several
results, several strikes at firms (Routexpress, Cantieri Nardò, Expresso Luso, Versmarkt, the
Aerovía pilots), several outages (Télivo, PayStream, the «Полярная стрела» check-in failure),
several takeovers (Ferrelli and Lapi, Delorme and Cyclor), several transfers and match reports,
prizes in four languages, and stories that mention each other without being one event (Calder
City's win over Wexham after the Okafor sale, the Greenmoor bill naming Juniper Vale).

What "same story" means here: one event (one set of results, one outage, one sacking, one
closure, one launch, one strike, one deal, one race, one final, one premiere, one ceremony, one
theft, one discovery) in that event's news cycle, a next-day follow-up with a new fact included.
Not the same story: another event of the same kind, or with the same actor, or at the same
place, even on the same day. A label with a suffix after a slash is a hard negative of the
story before the slash (categories in `HARD_NEGATIVES`). No story has more than four copies,
and every story's copies fall within 48 hours of each other (the widest spread is 22 hours).

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
firms, products, people, clubs, prizes, venues and labs are invented here; real bodies and
places appear only as backdrop (the FTSE 100, Formula One, the World Cup circuit, IG Metall,
the Damrak, the Opéra de Lyon, San Siro, the Coliseu and São Jorge in Lisbon, cities and
regions).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of any other round (round 34's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and never
run through the merging code before its one scoring run, `python -m bench.stories --round36`.
Score it once; after its errors have been read it is no longer a clean check: say so beside any
later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-single-brewery-rename",
        "Hopsmith brewery renames its winter ale after complaints",
        "The small Derbyshire brewer said the old name, Frostbite, upset a charity for people "
        "who lost limbs to cold injuries.",
        5.0,
    ),
    (
        "en-takeover-halverson-pettigrew",
        "Halverson Foods agrees £1.2bn deal for Pettigrew Bakeries",
        "Halverson Foods will pay 410p a share for Pettigrew, the maker of Sunny Crust bread, a "
        "38% premium on Friday's closing price.",
        8.0,
    ),
    (
        "en-takeover-halverson-pettigrew",
        "Halverson to buy Pettigrew",
        "Bread maker taken over for £1.2 billion.",
        8.3,
    ),
    (
        "en-takeover-halverson-pettigrew",
        "'Pettigrew stays in Wakeley,' says Halverson boss",
        "Chief executive Ruth Halverson promised that the bakery's head office and its 2,300 "
        "jobs would stay in the town for at least five years after the £1.2bn purchase.",
        13.5,
    ),
    (
        "en-takeover-halverson-pettigrew",
        "Watchdog to look at Halverson's Pettigrew purchase",
        "The competition authority said it would open a first review of the £1.2bn bakery deal "
        "in January, after rival millers raised concerns about supermarket bread prices.",
        26.0,
    ),
    (
        "en-music-juniper-tour",
        "Juniper Vale announce reunion tour after 14 years apart",
        "The Bristol band that split in 2012 will play eleven arena dates next autumn, starting "
        "in Glasgow on 3 September.",
        12.0,
    ),
    (
        "en-music-juniper-tour",
        "Juniper Vale are back",
        "Eleven arena shows next autumn for the reunited band.",
        12.2,
    ),
    (
        "en-music-juniper-tour",
        "Fans crash ticket site as Juniper Vale presale opens",
        "More than 400,000 people joined the online queue for the reunion dates, and the band "
        "added two nights in London within an hour.",
        19.0,
    ),
    (
        "en-energy-norwell-fine",
        "Norwell Energy fined £18m for overcharging prepay customers",
        "The energy regulator said 140,000 households on prepayment meters paid too much for "
        "two winters because of a billing error the supplier was slow to fix.",
        14.0,
    ),
    (
        "en-energy-norwell-fine",
        "£18m fine for Norwell Energy",
        "Prepay customers were overcharged for two winters.",
        14.3,
    ),
    (
        "en-energy-norwell-fine",
        "Norwell customers to get £95 each back",
        "The supplier said every household affected by its billing error would receive the "
        "refund automatically before the end of January.",
        20.0,
    ),
    (
        "en-museum-crane-portrait",
        "Gallery says unsigned portrait is by Josiah Crane",
        "The Harlow Gallery in Norwich said X-rays and paint tests showed the portrait of a sea "
        "captain, bought for £300 in 1962, was painted by the Georgian artist.",
        15.0,
    ),
    (
        "en-museum-crane-portrait",
        "Unsigned sea captain portrait was a Crane all along",
        "The Norwich gallery bought the painting for £300 in 1962.",
        20.0,
    ),
    (
        "en-streaming-vireo-prices",
        "Vireo puts up streaming prices for the second time this year",
        "The monthly standard plan will rise from £9.99 to £11.49 in January, the company told "
        "subscribers by email.",
        20.0,
    ),
    (
        "en-streaming-vireo-prices",
        "Vireo subscribers face £1.50 rise",
        "The standard plan goes up in January.",
        22.0,
    ),
    (
        "en-science-kestrel-exoplanet",
        "Astronomers find signs of water clouds on nearby planet",
        "A team at the Kestrel Observatory says light from Hadley-9b, 48 light years away, "
        "carries the mark of water vapour clouds high in its atmosphere.",
        27.0,
    ),
    (
        "en-science-kestrel-exoplanet",
        "Water clouds spotted on distant world",
        "Hadley-9b is 48 light years from Earth.",
        27.5,
    ),
    (
        "en-science-kestrel-exoplanet",
        "'We were not expecting a signal this clear,' says planet hunter",
        "Dr Nia Osei, who led the Kestrel team, said a second telescope would now try to "
        "confirm the finding on Hadley-9b before anyone talks about habitability.",
        36.0,
    ),
    (
        "en-results-corvane-mobile",
        "Corvane Mobile profit up 14% as customers upgrade",
        "The mobile network made £612m in the six months to September, helped by 300,000 more "
        "customers on its top tariff, and raised its dividend.",
        31.0,
    ),
    (
        "en-results-corvane-mobile",
        "Corvane raises dividend",
        "Half-year profit up 14% at the mobile network.",
        31.4,
    ),
    (
        "en-results-corvane-mobile",
        "Corvane shares rise 6% after strong half-year",
        "Analysts at Dunmore Securities said the network's growth in contract customers was "
        "better than expected and lifted their target price.",
        35.0,
    ),
    (
        "en-bank-fenwick-jobs",
        "Fenwick & Rowe to cut 1,100 jobs and shut 60 branches",
        "The high street bank said more customers now used its app than its branches, and the "
        "closures would take place over the next 18 months.",
        33.0,
    ),
    (
        "en-bank-fenwick-jobs",
        "Fenwick & Rowe cuts 1,100 jobs",
        "Sixty branches to close by mid-2028.",
        33.2,
    ),
    (
        "en-bank-fenwick-jobs",
        "Union calls Fenwick & Rowe branch closures 'a betrayal'",
        "The staff union said older customers in small towns would be left with no bank "
        "counter, and asked the bank to keep the 60 branches open as shared hubs.",
        39.0,
    ),
    (
        "en-results-corvane-mobile/outage",
        "Corvane network down across the north of England",
        "Customers of Corvane Mobile could not make calls or use data from about 5pm, with "
        "Leeds, Hull and Newcastle worst hit.",
        41.0,
    ),
    (
        "en-results-corvane-mobile/outage",
        "Corvane outage hits calls and data",
        "Thousands report no signal across the north.",
        41.3,
    ),
    (
        "en-results-corvane-mobile/outage",
        "Corvane restores service after four-hour failure",
        "The network blamed a faulty software update at a data centre near Bradford and said "
        "customers would get a day's credit on their bills.",
        44.5,
    ),
    (
        "en-single-toy-kettle-recall",
        "Pebblo toy kettle recalled over loose battery cover",
        "Parents are asked to return the pink play kettle sold since August, because the cover "
        "can come off and let small children reach the button cells.",
        48.0,
    ),
    (
        "en-rugby-kingsmere-ban",
        "Kingsmere flanker Ross Tait banned for six weeks",
        "The disciplinary panel found the tackle that left a Redbrook player on a stretcher was "
        "dangerous and reckless.",
        50.0,
    ),
    (
        "en-rugby-kingsmere-ban",
        "Six-week ban for Tait",
        "Kingsmere will miss their flanker until February.",
        52.5,
    ),
    (
        "en-cyber-dunstalls-attack",
        "Retailer Dunstall's says hackers took customers' details",
        "The homeware chain said names, emails and the last four digits of cards of up to "
        "900,000 online shoppers may have been taken in an attack last week.",
        52.0,
    ),
    (
        "en-cyber-dunstalls-attack",
        "Dunstall's hit by cyber attack",
        "Details of up to 900,000 shoppers may be exposed.",
        52.3,
    ),
    (
        "en-cyber-dunstalls-attack",
        "Dunstall's shoppers told to watch for fake emails",
        "Security experts said people who bought from the chain online should expect convincing "
        "phishing messages that quote their past orders.",
        60.0,
    ),
    (
        "en-launch-tessaly-phone/factory-strike",
        "Workers walk out at Tessaly's Dunmore plant",
        "About 700 staff at the firm's only British assembly plant stopped work at the start of "
        "the morning shift in a row over night-shift pay.",
        56.5,
    ),
    (
        "en-launch-tessaly-phone/factory-strike",
        "Tessaly plant staff strike over shift pay",
        "Production at Dunmore has stopped.",
        58.5,
    ),
    (
        "en-tech-quillstone-chip",
        "Quillstone unveils its first chip for AI data centres",
        "The Cambridge chip designer said the Q1 processor uses half the power of rival chips "
        "for running large language models, with deliveries from June.",
        57.5,
    ),
    (
        "en-tech-quillstone-chip",
        "Quillstone's Q1 chip aims at data centres",
        "The Cambridge firm says it halves power use.",
        58.5,
    ),
    (
        "en-theatre-ardwick-closure",
        "Ardwick Playhouse to close after 120 years",
        "The Manchester theatre's trustees said rising heating costs and a £2m roof repair left "
        "them no choice but to shut after the panto season.",
        58.0,
    ),
    (
        "en-theatre-ardwick-closure",
        "Ardwick Playhouse will close",
        "The theatre shuts its doors after this winter's panto.",
        58.4,
    ),
    (
        "en-theatre-ardwick-closure",
        "Actors rally to save the Ardwick Playhouse",
        "Dame Celia Rook, who made her debut on the Ardwick stage in 1968, said she would lead "
        "a campaign to raise the £2m needed for the roof.",
        68.0,
    ),
    (
        "en-single-bookshop-award",
        "Yarrow Books named independent bookshop of the year",
        "The shop in Ludlow, run by two former teachers, won for its reading club for teenagers "
        "and its weekly storytelling mornings.",
        64.0,
    ),
    (
        "en-launch-tessaly-phone",
        "Tessaly unveils Arc 7 with folding screen",
        "The British phone maker's new flagship folds into a square and will sell for £1,199 "
        "from 9 January.",
        66.0,
    ),
    (
        "en-launch-tessaly-phone",
        "Tessaly's Arc 7 folds in half",
        "The £1,199 phone goes on sale in January.",
        66.3,
    ),
    (
        "en-launch-tessaly-phone",
        "First look: Tessaly's Arc 7 is light but pricey",
        "Our reviewer found the hinge sturdy and the battery good for a day and a half, but "
        "said the price puts it above most rivals.",
        69.0,
    ),
    (
        "en-launch-tessaly-phone",
        "Tessaly boss shrugs off strike on launch day",
        "Asked about the walkout at Dunmore, chief executive Owen Pryor said the Arc 7 would "
        "reach shops on time because early stock was already built.",
        73.5,
    ),
    (
        "en-athletics-banerji-mile",
        "Priya Banerji breaks British indoor mile record",
        "The 24-year-old ran 4:21.8 in Birmingham, taking almost two seconds off a record that "
        "had stood for nine years.",
        70.0,
    ),
    (
        "en-athletics-banerji-mile",
        "Record mile for Banerji",
        "She ran 4:21.8 in Birmingham.",
        71.5,
    ),
    (
        "en-outage-paystream",
        "Card payments fail in shops as PayStream goes down",
        "Shops, cafés and petrol stations across Britain could not take card payments for about "
        "three hours on Thursday morning.",
        75.0,
    ),
    (
        "en-outage-paystream",
        "PayStream card outage",
        "Shops unable to take cards.",
        75.2,
    ),
    (
        "en-outage-paystream",
        "PayStream apologises for card payment failure",
        "The payments company said a fault in a network switch was to blame and that no money "
        "had been taken twice.",
        79.0,
    ),
    (
        "en-outage-paystream",
        "Shopkeepers ask PayStream to pay for lost sales",
        "The small business federation said members lost up to a morning's takings during "
        "Thursday's outage and asked the company to set up a fund.",
        95.0,
    ),
    (
        "en-housebuilder-ashcombe-warning",
        "Ashcombe Homes warns profits will fall by a third",
        "The housebuilder said buyers were holding back because of high mortgage rates and it "
        "now expects to complete 2,100 homes this year instead of 2,800.",
        78.0,
    ),
    (
        "en-housebuilder-ashcombe-warning",
        "Ashcombe cuts forecast",
        "Fewer homes to be completed this year.",
        78.5,
    ),
    (
        "en-science-lindhurst-antibiotic",
        "New antibiotic found in garden soil bacteria",
        "Researchers at the University of Lindhurst say the compound, named lindomycin, killed "
        "drug-resistant bacteria in lab tests and in mice.",
        82.0,
    ),
    (
        "en-science-lindhurst-antibiotic",
        "Soil yields new antibiotic",
        "Lindomycin worked against resistant bacteria in tests on mice.",
        82.5,
    ),
    (
        "en-science-lindhurst-antibiotic",
        "Lindomycin: why scientists are cautious",
        "Experts said most compounds that work in mice fail in people, and human trials of the "
        "soil antibiotic are at least three years away.",
        89.0,
    ),
    (
        "en-f1-corsair-principal",
        "Corsair Racing names Lena Fischer team principal",
        "The former engineer becomes the first woman to lead a Formula One team, replacing Mark "
        "Doyle, who left last month.",
        84.0,
    ),
    (
        "en-f1-corsair-principal",
        "Fischer to lead Corsair Racing",
        "She takes over from Mark Doyle.",
        87.0,
    ),
    (
        "en-startup-loomfield-collapse",
        "Fintech firm Loomfield collapses into administration",
        "The savings app, which had 240,000 users, stopped trading after failing to raise new "
        "money; customers' deposits are protected by the compensation scheme.",
        88.0,
    ),
    (
        "en-startup-loomfield-collapse",
        "Loomfield goes bust",
        "Savings app users told their money is protected.",
        88.3,
    ),
    (
        "en-startup-loomfield-collapse",
        "Loomfield founder: 'We ran out of road'",
        "Tom Ashby said the app had been weeks from a rescue deal when an investor pulled out, "
        "and apologised to staff who were told on a video call.",
        94.0,
    ),
    (
        "en-football-okafor-transfer",
        "Brennan Athletic sign striker Tunde Okafor for £28m",
        "The 23-year-old joins from Wexham Rovers on a five-year contract, a club record fee "
        "for Brennan.",
        92.0,
    ),
    (
        "en-football-okafor-transfer",
        "Okafor joins Brennan",
        "A £28m record fee for the striker.",
        92.2,
    ),
    (
        "en-football-okafor-transfer",
        "Wexham fans angry at Okafor sale",
        "Supporters' groups said selling the club's top scorer in mid-season showed the owners "
        "had given up on promotion.",
        97.0,
    ),
    (
        "en-award-turnwell-prize",
        "Maud Ellery wins the Turnwell Prize for fiction",
        "Her novel The Salt Ledger, about a family of Norfolk fishermen, was chosen from a "
        "shortlist of six; the prize is worth £50,000.",
        94.0,
    ),
    (
        "en-award-turnwell-prize",
        "Turnwell Prize to Maud Ellery",
        "Her novel The Salt Ledger takes the £50,000 award.",
        94.2,
    ),
    (
        "en-award-turnwell-prize",
        "Salt Ledger sales jump tenfold after Turnwell win",
        "Booksellers said Ellery's novel sold out in many shops on Friday morning and her "
        "publisher ordered a reprint of 80,000 copies.",
        108.0,
    ),
    (
        "en-award-turnwell-prize",
        "Ellery: 'I wrote it at the kitchen table'",
        "The Turnwell winner, a former ferry clerk from Cromer, said she had started the novel "
        "during night shifts and almost gave up twice.",
        97.0,
    ),
    (
        "en-car-marlow-battery-plant",
        "Marlow Motors confirms £900m battery plant at Teesford",
        "The carmaker said the plant will make batteries for 200,000 electric cars a year from "
        "2029 and employ 1,800 people.",
        99.0,
    ),
    (
        "en-car-marlow-battery-plant",
        "Marlow to build battery plant",
        "1,800 jobs at Teesford from 2029.",
        99.3,
    ),
    (
        "en-car-marlow-battery-plant",
        "Teesford council leader hails Marlow plant",
        "Council leader Jan Walsh said the Marlow decision was the biggest investment in the "
        "town since the steelworks closed.",
        103.5,
    ),
    (
        "en-tv-hurrell-leaves",
        "Dan Hurrell to leave breakfast show after 11 years",
        "The presenter said he wanted to stop getting up at 3am and would host his last "
        "programme on 19 December.",
        101.0,
    ),
    (
        "en-tv-hurrell-leaves",
        "Hurrell's breakfast farewell set for 19 December",
        "He has fronted the show for eleven years.",
        107.0,
    ),
    (
        "en-takeover-halverson-pettigrew/coffee-chain",
        "Halverson buys Roastery Lane coffee chain for £140m",
        "The food group is adding 180 coffee shops to its business, days after agreeing to buy "
        "Pettigrew Bakeries.",
        104.0,
    ),
    (
        "en-takeover-halverson-pettigrew/coffee-chain",
        "Roastery Lane sold to Halverson",
        "The food group takes on 180 coffee shops.",
        106.0,
    ),
    (
        "en-football-harcastle-coach",
        "Harcastle United sack manager Glen Mowbray",
        "The club are 19th in the table after one win in ten games; assistant Phil Crewe takes "
        "charge for Saturday's match.",
        106.0,
    ),
    (
        "en-football-harcastle-coach",
        "Mowbray sacked by Harcastle",
        "United are 19th after one win in ten.",
        106.2,
    ),
    (
        "en-football-harcastle-coach",
        "Mowbray: 'I gave this club everything'",
        "The former Harcastle manager thanked the players and fans in a statement and said he "
        "was proud of last season's cup run.",
        108.0,
    ),
    (
        "en-football-harcastle-coach",
        "Harcastle shortlist three for manager's job",
        "The club want a new manager before Christmas and have spoken to two former players and "
        "a coach from the Dutch league, the chairman said.",
        128.0,
    ),
    (
        "en-markets-london-record",
        "London shares close at record high as miners rally",
        "The FTSE 100 rose 1.1% on Friday, led by copper miners after a jump in metal prices.",
        113.0,
    ),
    (
        "en-markets-london-record",
        "FTSE 100 ends at record",
        "Miners led the gains on Friday.",
        114.0,
    ),
    (
        "en-football-harcastle-coach/stadium-closed",
        "Harcastle's Moorgate Park closed after stand roof cracks",
        "Engineers found cracks in the steel of the east stand roof during an inspection, and "
        "the council withdrew the ground's safety certificate for Saturday.",
        114.5,
    ),
    (
        "en-football-harcastle-coach/stadium-closed",
        "Moorgate Park shut for safety checks",
        "Saturday's home match is off.",
        114.8,
    ),
    (
        "en-football-harcastle-coach/stadium-closed",
        "Harcastle fans face long wait for ground to reopen",
        "The council said repairs to the east stand could take weeks and the club is asking "
        "neighbouring Lyle Town to share their ground.",
        117.5,
    ),
    (
        "en-space-aurora-satellite",
        "British-built weather satellite Aurora-2 reaches orbit",
        "The satellite, built by Hexley Space in Stevenage, will measure winds over the "
        "Atlantic to improve storm forecasts.",
        116.0,
    ),
    (
        "en-space-aurora-satellite",
        "Aurora-2 launched",
        "The weather satellite is in orbit.",
        116.4,
    ),
    (
        "en-space-aurora-satellite",
        "Aurora-2 sends its first pictures",
        "Hexley Space said the satellite's radar was working and the first images showed a "
        "storm forming west of Ireland.",
        125.0,
    ),
    (
        "en-music-greenmoor-lineup",
        "Greenmoor Festival names its three headliners",
        "Juniper Vale, the rapper Kez and the singer Orla Finch will top the bill at the "
        "Somerset festival next June.",
        123.0,
    ),
    (
        "en-music-greenmoor-lineup",
        "Greenmoor adds reunion act to bill",
        "Juniper Vale will headline next June.",
        127.0,
    ),
    (
        "en-single-chess-prodigy",
        "Nine-year-old qualifies for national chess final",
        "Arjun Mehta from Leicester is the youngest player ever to reach the final of the "
        "British championship qualifiers.",
        127.0,
    ),
    (
        "en-games-redkite-delay",
        "Redkite Studios delays Ashen Crown to 2028",
        "The Dundee games studio said the fantasy game needed more time to be polished, and "
        "fans who pre-ordered can ask for a refund.",
        130.0,
    ),
    (
        "en-games-redkite-delay",
        "Ashen Crown pushed back a year",
        "Redkite apologises to fans who pre-ordered.",
        132.0,
    ),
    (
        "en-science-fossil-penguin",
        "Fossil of giant penguin the height of a man found in New Zealand",
        "Bones found on a beach belong to a penguin that stood 1.7 metres tall and lived 55 "
        "million years ago, scientists said.",
        134.0,
    ),
    (
        "en-science-fossil-penguin",
        "Giant penguin fossil found",
        "The bird stood 1.7 metres tall.",
        137.0,
    ),
    (
        "en-football-calder-city-wexham",
        "Calder City 3-1 Wexham Rovers",
        "Two goals from Sam Ojo lifted Calder City to second in the table, and Wexham played "
        "their first match since selling Tunde Okafor.",
        139.0,
    ),
    (
        "en-football-calder-city-wexham",
        "Ojo double for Calder City",
        "City beat Wexham 3-1.",
        139.2,
    ),
    (
        "en-football-calder-city-wexham",
        "'We miss Okafor,' admits Wexham manager",
        "Kevin Dale said his side lacked a finisher against Calder City and he would ask the "
        "board for money in January.",
        141.5,
    ),
    (
        "en-boxing-delaney-title",
        "Shay Delaney wins world title on points in Belfast",
        "The 27-year-old beat the American Marcus Reed over twelve rounds to become the WBF "
        "lightweight champion.",
        143.0,
    ),
    (
        "en-boxing-delaney-title",
        "Delaney is world champion",
        "Points win over Reed in Belfast.",
        143.2,
    ),
    (
        "en-boxing-delaney-title",
        "Delaney's mother: 'I couldn't watch the last round'",
        "Delaney's family, who run a gym in west Belfast, watched the title fight from the "
        "front row and were in tears at the decision.",
        154.0,
    ),
    (
        "en-boxing-delaney-title",
        "Delaney calls out Reed for rematch in Las Vegas",
        "A day after his points win, the new champion said he would give the American a second "
        "fight, and named a date in the spring.",
        159.0,
    ),
    (
        "en-ski-grant-downhill",
        "Holly Grant wins her first World Cup downhill",
        "The 22-year-old from Aviemore became the first British woman to win a downhill race on "
        "the circuit, beating the Austrian favourite by 0.08 seconds.",
        147.0,
    ),
    (
        "en-ski-grant-downhill",
        "Historic downhill win for Holly Grant",
        "Britain's first woman to win a World Cup downhill.",
        148.0,
    ),
    (
        "en-film-frostline-box-office",
        "Frostline tops the box office with £9m opening",
        "The British thriller about a stranded Arctic research team took more at the weekend "
        "than the next three films combined.",
        150.0,
    ),
    (
        "en-film-frostline-box-office",
        "£9m start for Frostline",
        "The thriller leads the weekend's box office.",
        154.0,
    ),
    (
        "en-jobs-parcelwise-warehouse",
        "Parcelwise to open robot warehouse with 400 jobs",
        "The delivery firm will build a 60,000 square metre automated hub at Corby, due to open "
        "in spring 2028.",
        152.0,
    ),
    (
        "en-jobs-parcelwise-warehouse",
        "400 jobs at new Parcelwise hub",
        "Robots will sort parcels at the Corby site from 2028.",
        155.0,
    ),
    (
        "en-single-cinema-reopens",
        "Art deco cinema in Halford reopens after 30 years",
        "The Regal, which closed in 1996, was restored by volunteers and showed its first film, "
        "a silent comedy with a live pianist, on Sunday.",
        156.0,
    ),
    (
        "en-tennis-hollis-westbridge",
        "Amy Hollis wins Westbridge Indoor Open",
        "The British number two beat the Czech Eva Malá 6-4 7-5 in the final for her first "
        "title in three years.",
        158.0,
    ),
    (
        "en-tennis-hollis-westbridge",
        "Hollis takes Westbridge title",
        "She beat Malá in straight sets to win the final.",
        158.3,
    ),
    (
        "en-tennis-hollis-westbridge",
        "Hollis: 'This title means more than any other'",
        "She said she had thought about retiring after her knee surgery last year, and thanked "
        "the physio who talked her out of it.",
        161.0,
    ),
    (
        "en-snooker-devlin-masters",
        "Mark Devlin wins Ardley Masters snooker",
        "The Scot beat Liam Furness 10-7 in the final and takes home £250,000.",
        162.0,
    ),
    (
        "en-snooker-devlin-masters",
        "Devlin lifts Ardley Masters trophy",
        "A 10-7 win over Furness in the final earned the Scot £250,000, his biggest prize.",
        163.5,
    ),
    # --- German ---
    (
        "de-kaltner-stellenabbau",
        "Kaltner Automotive streicht 2.400 Stellen",
        "Der Zulieferer aus Schweinfurt will bis 2028 zwei Werke schließen, weil die Aufträge "
        "für Verbrennermotoren einbrechen.",
        10.0,
    ),
    (
        "de-kaltner-stellenabbau",
        "Kaltner baut Stellen ab",
        "2.400 Jobs fallen bei dem Zulieferer weg.",
        10.3,
    ),
    (
        "de-kaltner-stellenabbau",
        "IG Metall kündigt Widerstand gegen Kaltner-Pläne an",
        "Die Gewerkschaft will die Schließung der beiden Werke nicht hinnehmen und fordert "
        "einen Zukunftsplan für die Standorte.",
        16.0,
    ),
    (
        "de-kaltner-stellenabbau",
        "Kaltner nennt die Werke: Bamberg und Sömmerda machen zu",
        "Einen Tag nach der Ankündigung des Stellenabbaus hat der Zulieferer die beiden "
        "Standorte genannt, die bis 2028 geschlossen werden sollen.",
        30.0,
    ),
    (
        "de-wissenschaft-hellbrueck",
        "Forscher entwickeln Akku ohne Kobalt",
        "Ein Team der Universität Hellbrück hat eine Batteriezelle gebaut, die ohne Kobalt "
        "auskommt und nach 3.000 Ladungen noch 90 Prozent Kapazität hat.",
        21.0,
    ),
    (
        "de-wissenschaft-hellbrueck",
        "Kobaltfreier Akku aus Hellbrück",
        "Die Zelle hält auch nach 3.000 Ladungen durch.",
        25.0,
    ),
    (
        "de-zahlwerk-zahlen",
        "Zahlwerk steigert Umsatz um ein Fünftel",
        "Der Münchner Zahlungsdienstleister hat im dritten Quartal 412 Millionen Euro umgesetzt "
        "und erstmals einen Gewinn vor Steuern ausgewiesen.",
        55.0,
    ),
    (
        "de-zahlwerk-zahlen",
        "Zahlwerk erstmals mit Gewinn",
        "Der Umsatz stieg im Quartal um 20 Prozent.",
        55.3,
    ),
    (
        "de-zahlwerk-zahlen",
        "Anleger feiern Zahlwerk-Zahlen",
        "Die Aktie legte zum Handelsstart um neun Prozent zu; Analysten lobten vor allem das "
        "Wachstum bei den Händlern im Ausland.",
        58.0,
    ),
    (
        "de-tennis-wilmersdorf-titel",
        "Wilmersdorf gewinnt das Hallenturnier in Halberg",
        "Jana Wilmersdorf setzte sich im Finale gegen die Französin Chloé Bastide mit 6:3, 6:4 "
        "durch und holt ihren dritten Titel in diesem Jahr.",
        58.0,
    ),
    (
        "de-tennis-wilmersdorf-titel",
        "Titel für Wilmersdorf",
        "Die Berlinerin siegt im Finale von Halberg.",
        58.2,
    ),
    (
        "de-tennis-wilmersdorf-titel",
        "„Ich habe heute fast nichts falsch gemacht“",
        "Jana Wilmersdorf sagte nach dem Sieg in Halberg, ihr Aufschlag sei so gut gewesen wie "
        "nie zuvor in dieser Saison.",
        62.0,
    ),
    (
        "de-zahlwerk-zahlen/ausfall",
        "Störung bei Zahlwerk: Kartenzahlungen scheitern",
        "Am Abend konnten Kunden in vielen Geschäften und Restaurants nicht mit Karten "
        "bezahlen, die über Zahlwerk abgerechnet werden.",
        66.5,
    ),
    (
        "de-zahlwerk-zahlen/ausfall",
        "Zahlwerk-Störung nach drei Stunden behoben",
        "Das Unternehmen nannte einen Fehler bei einem Rechenzentrum in Frankfurt als Ursache.",
        69.0,
    ),
    (
        "de-brandel-ebike/streik",
        "Warnstreik im Brandel-Werk Kessing",
        "Rund 900 Beschäftigte des Fahrradherstellers haben am Morgen die Arbeit niedergelegt; "
        "die Gewerkschaft fordert acht Prozent mehr Lohn.",
        78.0,
    ),
    (
        "de-brandel-ebike/streik",
        "Brandel-Beschäftigte legen Arbeit nieder",
        "Der Warnstreik in Kessing dauert bis zum Abend.",
        79.5,
    ),
    (
        "de-brandel-ebike",
        "Brandel stellt E-Bike mit Automatikschaltung vor",
        "Das neue Modell Pendler X schaltet selbst und soll ab März für 3.499 Euro in den "
        "Handel kommen.",
        82.0,
    ),
    (
        "de-brandel-ebike",
        "Neues E-Bike von Brandel",
        "Der Pendler X kostet 3.499 Euro.",
        82.3,
    ),
    (
        "de-brandel-ebike",
        "Brandel-Chef setzt auf Pendler statt Sportler",
        "Vorstandschef Henrik Brandel sagte, das Geschäft mit Mountainbikes schrumpfe, die "
        "Zukunft liege bei Rädern für den Weg zur Arbeit.",
        87.0,
    ),
    (
        "de-elmtech-werk",
        "Elmtech baut Chipwerk in der Lausitz",
        "Der Halbleiterhersteller investiert 3,2 Milliarden Euro in ein Werk bei Hoyerswerda "
        "und will dort 1.100 Menschen beschäftigen.",
        100.0,
    ),
    (
        "de-elmtech-werk",
        "Elmtech investiert 3,2 Milliarden",
        "Neues Chipwerk in der Lausitz geplant.",
        100.2,
    ),
    (
        "de-elmtech-werk",
        "Lausitz hofft auf Elmtech-Effekt",
        "Bürgermeister und Handwerker in der Region erwarten Zuzug von Fachkräften, warnen aber "
        "vor fehlenden Wohnungen.",
        107.0,
    ),
    (
        "de-filmpreis-vogt",
        "Mila Vogt gewinnt die Goldene Linse",
        "Die Regisseurin wurde für ihr Drama „Nachtfähre“ ausgezeichnet, das von einer Fährfrau "
        "auf der Elbe erzählt.",
        118.0,
    ),
    (
        "de-filmpreis-vogt",
        "Goldene Linse für „Nachtfähre“",
        "Mila Vogt ist die Regisseurin des Jahres.",
        119.0,
    ),
    (
        "de-single-baeckerei",
        "Bäckerei in Görlitz backt den längsten Stollen der Stadt",
        "Zwölf Bäcker haben an einem 38 Meter langen Stollen gearbeitet, der am Samstag auf dem "
        "Weihnachtsmarkt verkauft wurde.",
        130.0,
    ),
    (
        "de-fussball-gruenau-derby",
        "SV Grünau gewinnt das Derby mit 2:0",
        "Vor 31.000 Zuschauern trafen Timo Adler und Kevin Brück für die Gastgeber gegen den "
        "Lokalrivalen Eintracht Wehrbach.",
        141.0,
    ),
    (
        "de-fussball-gruenau-derby",
        "Derbysieg für Grünau",
        "Adler und Brück treffen zum 2:0.",
        141.2,
    ),
    (
        "de-fussball-gruenau-derby",
        "Wehrbach-Trainer: „Wir waren nicht bissig genug“",
        "Nach der Niederlage im Derby kritisierte der Trainer die fehlende Zweikampfstärke "
        "seiner Mannschaft.",
        143.0,
    ),
    (
        "de-tennis-wilmersdorf-titel/absage",
        "Wilmersdorf sagt Start beim Turnier in Ostende ab",
        "Die Berlinerin hat sich im Training an der Schulter verletzt und fällt für mindestens "
        "zwei Wochen aus.",
        155.0,
    ),
    (
        "de-tennis-wilmersdorf-titel/absage",
        "Schulterverletzung: Wilmersdorf fällt aus",
        "Sie verzichtet auf die Reise nach Ostende.",
        156.0,
    ),
    # --- French ---
    (
        "fr-panne-telivo",
        "Panne géante chez l'opérateur Télivo",
        "Des centaines de milliers d'abonnés à internet et au mobile de Télivo ont été privés "
        "de connexion pendant toute la matinée de lundi.",
        13.0,
    ),
    (
        "fr-panne-telivo",
        "Télivo en panne",
        "Internet et mobile coupés pour les abonnés.",
        13.3,
    ),
    (
        "fr-panne-telivo",
        "Télivo promet un geste commercial après la panne",
        "Le directeur général a présenté ses excuses et annoncé une semaine d'abonnement "
        "offerte aux clients touchés.",
        18.0,
    ),
    (
        "fr-greve-routexpress",
        "Grève chez le transporteur Routexpress",
        "Les chauffeurs des douze dépôts du groupe ont cessé le travail mardi pour réclamer une "
        "prime de fin d'année.",
        27.0,
    ),
    (
        "fr-greve-routexpress",
        "Routexpress à l'arrêt",
        "Les chauffeurs réclament une prime.",
        27.4,
    ),
    (
        "fr-greve-routexpress",
        "Colis bloqués : les commerçants s'inquiètent de la grève chez Routexpress",
        "À trois semaines de Noël, plusieurs boutiques en ligne disent ne plus pouvoir livrer "
        "leurs clients à temps.",
        35.0,
    ),
    (
        "fr-science-labo-glace",
        "Des chercheurs percent le secret de la glace qui chante",
        "Une équipe de l'université de Chambéry explique par la physique le sifflement que "
        "produisent les lacs gelés quand on y marche.",
        44.0,
    ),
    (
        "fr-science-labo-glace",
        "Pourquoi les lacs gelés sifflent",
        "L'explication vient d'une équipe de Chambéry.",
        47.0,
    ),
    (
        "fr-cyclocross-castagnet",
        "Cyclo-cross : Julien Castagnet s'impose à Sauzac",
        "Le Breton a remporté la manche de coupe de France devant ses deux coéquipiers, dans la "
        "boue et sous la pluie.",
        60.0,
    ),
    (
        "fr-cyclocross-castagnet",
        "Castagnet gagne à Sauzac",
        "Victoire du Breton dans la boue.",
        60.2,
    ),
    (
        "fr-cyclocross-castagnet",
        "« La boue, c'est mon terrain » : Castagnet savoure",
        "Le coureur a expliqué avoir changé de vélo trois fois pendant la course et remercié "
        "ses mécaniciens.",
        64.0,
    ),
    (
        "fr-film-varoux-premiere",
        "Hélène Varoux présente « Les Nuits de Coutances » en avant-première",
        "Le nouveau film de la réalisatrice, tourné en Normandie avec des comédiens amateurs, a "
        "été projeté mercredi soir à Caen.",
        68.0,
    ),
    (
        "fr-film-varoux-premiere",
        "Avant-première pour Hélène Varoux",
        "Son film a été projeté à Caen.",
        68.5,
    ),
    (
        "fr-film-varoux-premiere",
        "« Les Nuits de Coutances » : la critique est conquise",
        "Les premiers articles saluent le jeu des amateurs et la lumière d'hiver du film de "
        "Varoux, qui sort en salles le 14 janvier.",
        83.0,
    ),
    (
        "fr-rachat-delorme-cyclor",
        "Le groupe Delorme rachète le fabricant de vélos Cyclor",
        "Le fabricant savoyard, en difficulté depuis un an, passe sous le contrôle du groupe "
        "familial pour 45 millions d'euros.",
        86.0,
    ),
    (
        "fr-rachat-delorme-cyclor",
        "Cyclor racheté par Delorme",
        "Le fabricant de vélos est sauvé.",
        86.2,
    ),
    (
        "fr-rachat-delorme-cyclor",
        "Chez Cyclor, les salariés soulagés",
        "Les 380 salariés de l'usine d'Albertville ont appris la nouvelle en fin de matinée ; "
        "le repreneur garde tous les postes.",
        92.0,
    ),
    (
        "fr-single-librairie",
        "Un libraire de Rennes offre un livre à chaque enfant du quartier",
        "Pour ses trente ans, la librairie Le Grain de Sable distribue 600 albums aux écoliers "
        "de Maurepas.",
        101.0,
    ),
    (
        "fr-foot-vaubrun-transfert",
        "L'Olympique de Vaubrun recrute le milieu Adama Sylla",
        "Le joueur de 22 ans arrive du club belge de Rochefort pour 12 millions d'euros et "
        "signe jusqu'en 2030.",
        108.0,
    ),
    (
        "fr-foot-vaubrun-transfert",
        "Sylla signe à Vaubrun",
        "12 millions d'euros pour le milieu.",
        108.3,
    ),
    (
        "fr-foot-vaubrun-transfert",
        "Sylla : « Vaubrun, c'est le club de mon enfance »",
        "Présenté à la presse, le milieu a raconté qu'il allait voir les matches du club avec "
        "son père quand il était petit.",
        113.0,
    ),
    (
        "fr-film-varoux-premiere/projet",
        "Hélène Varoux va mettre en scène un opéra à Lyon",
        "La réalisatrice signera la mise en scène de « Carmen » à l'Opéra de Lyon en 2028, sa "
        "première expérience sur une scène lyrique.",
        128.0,
    ),
    (
        "fr-film-varoux-premiere/projet",
        "Varoux passe à l'opéra",
        "Elle mettra en scène « Carmen » à Lyon.",
        130.0,
    ),
    (
        "fr-etoiles-chanson",
        "Les Étoiles de la chanson : Lina Mercadier sacrée artiste de l'année",
        "La chanteuse a remporté trois trophées samedi soir au Palais Orsenne, dont celui de "
        "l'album de l'année.",
        141.0,
    ),
    (
        "fr-etoiles-chanson",
        "Triplé pour Lina Mercadier",
        "Trois trophées aux Étoiles de la chanson.",
        141.2,
    ),
    (
        "fr-etoiles-chanson",
        "Audience en hausse pour les Étoiles de la chanson",
        "La cérémonie a réuni 3,1 millions de téléspectateurs, soit 400 000 de plus que l'an "
        "dernier.",
        155.0,
    ),
    (
        "fr-etoiles-chanson/vol",
        "Vol de bijoux dans les loges du Palais Orsenne",
        "Des colliers prêtés par un joaillier à des invités ont disparu des loges peu avant "
        "minuit ; la police a ouvert une enquête.",
        143.5,
    ),
    (
        "fr-etoiles-chanson/vol",
        "Bijoux volés au Palais Orsenne",
        "Une enquête est ouverte par la police.",
        145.5,
    ),
    (
        "fr-cyclocross-castagnet/forfait",
        "Castagnet forfait pour le cyclo-cross de Bréval",
        "Malade depuis jeudi, le vainqueur de Sauzac ne prendra pas le départ dimanche et vise "
        "le championnat de France.",
        150.0,
    ),
    (
        "fr-cyclocross-castagnet/forfait",
        "Castagnet renonce à Bréval",
        "Il est malade depuis jeudi.",
        151.0,
    ),
    # --- Spanish ---
    (
        "es-single-turron",
        "Una pastelería de Jijona elabora un turrón sin azúcar",
        "El obrador familiar dice que ha tardado dos años en dar con la receta y ya tiene "
        "pedidos de toda España.",
        7.0,
    ),
    (
        "es-ciclocross-zubeldia",
        "Zubeldía gana la prueba de ciclocross de Igorre",
        "El vizcaíno Álvaro Zubeldía se impuso con medio minuto de ventaja en un circuito lleno "
        "de barro.",
        17.0,
    ),
    (
        "es-ciclocross-zubeldia",
        "Victoria de Zubeldía",
        "El vizcaíno gana en Igorre.",
        17.2,
    ),
    (
        "es-ciclocross-zubeldia",
        "Zubeldía: «Hoy las piernas iban solas»",
        "El ciclista dedicó la victoria a su abuelo, que le llevó a su primera carrera con ocho "
        "años.",
        20.0,
    ),
    (
        "es-futbol-montesur-destitucion",
        "El CD Montesur destituye a su entrenador, Raúl Ordóñez",
        "El club, penúltimo en la tabla, anunció el despido tras la derrota del domingo ante el "
        "Atlético Serrano.",
        34.0,
    ),
    (
        "es-futbol-montesur-destitucion",
        "Montesur despide a Ordóñez",
        "El equipo es penúltimo.",
        34.2,
    ),
    (
        "es-futbol-montesur-destitucion",
        "Ordóñez se despide de la afición del Montesur",
        "El técnico agradeció el apoyo de los aficionados en una carta y dijo que se va con la "
        "conciencia tranquila.",
        38.0,
    ),
    (
        "es-tenis-arrabal-titulo",
        "Lucía Arrabal conquista el torneo de Castellmar",
        "La tenista sevillana ganó la final por 7-6 y 6-2 a la rusa Daria Volkova, aplazada un "
        "día por la lluvia.",
        39.0,
    ),
    (
        "es-tenis-arrabal-titulo",
        "Arrabal, campeona en Castellmar",
        "Gana la final ante Volkova tras el aplazamiento.",
        39.3,
    ),
    (
        "es-tenis-arrabal-titulo",
        "Arrabal entra entre las veinte mejores del mundo",
        "Con el título de Castellmar, la sevillana sube seis puestos en la clasificación y será "
        "la número 19.",
        44.0,
    ),
    (
        "es-futbol-montesur-destitucion/estadio",
        "Clausurado el estadio de La Vega por grietas en la grada",
        "El ayuntamiento ha cerrado el campo del Montesur tras detectar grietas en la grada sur "
        "durante una revisión técnica.",
        44.0,
    ),
    (
        "es-futbol-montesur-destitucion/estadio",
        "La Vega, cerrada por seguridad",
        "El Montesur no podrá jugar en casa el sábado.",
        46.0,
    ),
    (
        "es-banca-ribera-beneficio",
        "Banco Ribera gana un 22% más hasta septiembre",
        "La entidad ganó 1.340 millones de euros en nueve meses gracias a la subida de los "
        "tipos de interés y a menos impagos.",
        56.0,
    ),
    (
        "es-banca-ribera-beneficio",
        "Ribera eleva su beneficio",
        "El banco gana 1.340 millones.",
        56.3,
    ),
    (
        "es-banca-ribera-beneficio",
        "Los analistas ven margen para más dividendo en Ribera",
        "Varias casas de análisis creen que el banco podría repartir más dinero entre los "
        "accionistas el año que viene.",
        61.0,
    ),
    (
        "es-aerovia-huelga",
        "Los pilotos de Aerovía convocan huelga para Navidad",
        "El sindicato de pilotos de la aerolínea ha anunciado paros del 22 al 26 de diciembre "
        "por el bloqueo del convenio.",
        75.0,
    ),
    (
        "es-aerovia-huelga",
        "Huelga de pilotos en Aerovía",
        "Paros del 22 al 26 de diciembre.",
        75.2,
    ),
    (
        "es-aerovia-huelga",
        "Aerovía asegura que mantendrá los vuelos de Navidad",
        "La compañía dice que pedirá servicios mínimos amplios y que ofrecerá cambios de "
        "billete sin coste a los pasajeros.",
        81.0,
    ),
    (
        "es-aerovia-huelga",
        "El ministerio fija servicios mínimos del 80% en la huelga de Aerovía",
        "Los pilotos de la aerolínea tendrán que cubrir ocho de cada diez vuelos entre el 22 y "
        "el 26 de diciembre, y el sindicato recurrirá la decisión.",
        94.0,
    ),
    (
        "es-ciclocross-zubeldia/retirada",
        "Zubeldía se retira de la Clásica de Montalbán",
        "El ciclista vizcaíno tiene una fractura en la muñeca tras una caída en un "
        "entrenamiento y estará un mes de baja.",
        85.0,
    ),
    (
        "es-ciclocross-zubeldia/retirada",
        "Zubeldía no correrá en Montalbán",
        "Una caída le fractura la muñeca.",
        86.0,
    ),
    (
        "es-ciencia-almedra",
        "Investigadores de Almedra descubren una nueva especie de lagartija",
        "La especie vive solo en dos barrancos de la sierra y los científicos piden protegerla "
        "de inmediato.",
        100.0,
    ),
    (
        "es-ciencia-almedra",
        "Nueva lagartija en la sierra de Almedra",
        "Los científicos piden proteger su hábitat.",
        103.0,
    ),
    (
        "es-tenis-arrabal-titulo/baja",
        "Arrabal se da de baja del torneo de Mérida por una lesión",
        "La sevillana sufre una rotura fibrilar en el abdomen y no defenderá su título de la "
        "temporada pasada.",
        110.0,
    ),
    (
        "es-tenis-arrabal-titulo/baja",
        "Baja de Arrabal en Mérida",
        "Lesión en el abdomen para la sevillana.",
        111.0,
    ),
    (
        "es-coche-sierra-electrico",
        "Automóviles Sierra presenta su primer coche eléctrico",
        "El modelo Brisa tiene 420 kilómetros de autonomía y costará menos de 30.000 euros "
        "cuando llegue a los concesionarios en abril.",
        121.0,
    ),
    (
        "es-coche-sierra-electrico",
        "Sierra lanza el Brisa",
        "Un eléctrico por menos de 30.000 euros.",
        123.0,
    ),
    (
        "es-cine-premios-faro",
        "«La casa del faro» arrasa en los Premios Faro del cine",
        "La película de Inés Calvo se llevó seis galardones, entre ellos el de mejor película y "
        "mejor dirección.",
        146.0,
    ),
    (
        "es-cine-premios-faro",
        "Seis premios para «La casa del faro»",
        "Inés Calvo gana mejor dirección.",
        146.2,
    ),
    (
        "es-cine-premios-faro",
        "Inés Calvo: «Este premio es de todo el pueblo»",
        "La directora recordó a los vecinos del pueblo gallego donde rodó, que trabajaron como "
        "extras sin cobrar.",
        158.0,
    ),
    # --- Italian ---
    (
        "it-calcio-calvena-esonero",
        "La Virtus Calvena esonera l'allenatore Bruno Sala",
        "Dopo la quinta sconfitta di fila la società ha deciso di cambiare guida tecnica; la "
        "squadra è al terzultimo posto.",
        10.0,
    ),
    (
        "it-calcio-calvena-esonero",
        "Calvena, esonerato Sala",
        "La squadra è terzultima.",
        10.2,
    ),
    (
        "it-calcio-calvena-esonero",
        "Sala saluta Calvena: «Ho dato tutto per questi colori»",
        "L'ex allenatore ha ringraziato i tifosi in un messaggio sui social e ha detto di non "
        "avere rancore verso il presidente.",
        13.0,
    ),
    (
        "it-calcio-calvena-esonero/stadio",
        "Chiuso lo stadio Pietro Orsi di Calvena per verifiche sulla curva",
        "I vigili del fuoco hanno trovato crepe nel cemento della curva nord e il sindaco ha "
        "firmato l'ordinanza di chiusura.",
        15.5,
    ),
    (
        "it-calcio-calvena-esonero/stadio",
        "Stadio di Calvena chiuso",
        "Crepe nella curva nord dell'impianto.",
        17.5,
    ),
    (
        "it-film-bassi-anteprima",
        "Lorenza Bassi presenta in anteprima «Il fiume d'inverno»",
        "Il nuovo film della regista, girato nel delta del Po, è stato proiettato lunedì sera "
        "al cinema Odeon di Ferrara.",
        20.0,
    ),
    (
        "it-film-bassi-anteprima",
        "Anteprima per Lorenza Bassi",
        "Il film è stato girato nel delta del Po.",
        20.4,
    ),
    (
        "it-film-bassi-anteprima",
        "«Il fiume d'inverno», applausi e qualche dubbio",
        "La critica loda la fotografia del film della Bassi ma trova lento il finale; l'uscita "
        "nelle sale è fissata per gennaio.",
        33.0,
    ),
    (
        "it-moda-ferrelli-acquisizione",
        "Il gruppo Ferrelli compra la maison fiorentina Lapi",
        "L'operazione vale 210 milioni di euro e porta nel gruppo milanese un marchio di borse "
        "con sessanta negozi nel mondo.",
        32.0,
    ),
    (
        "it-moda-ferrelli-acquisizione",
        "Ferrelli rileva Lapi",
        "Affare da 210 milioni nella moda per il gruppo.",
        32.3,
    ),
    (
        "it-moda-ferrelli-acquisizione",
        "Lapi, la famiglia resta con una quota del 20%",
        "Gli eredi del fondatore manterranno una parte del capitale e la direzione creativa "
        "resterà a Firenze.",
        37.0,
    ),
    (
        "it-ciclocross-ferrandi",
        "Ciclocross, Matteo Ferrandi vince a Vittorio Veneto",
        "Il friulano ha staccato tutti nell'ultimo giro e ha conquistato la tappa del Trofeo "
        "delle Prealpi di ciclocross.",
        40.0,
    ),
    (
        "it-ciclocross-ferrandi",
        "Ferrandi vince a Vittorio Veneto",
        "Attacco decisivo nell'ultimo giro.",
        40.2,
    ),
    (
        "it-ciclocross-ferrandi",
        "Ferrandi: «Questa vittoria è per mia figlia»",
        "Il corridore è diventato padre la settimana scorsa e ha dedicato il successo alla "
        "bambina.",
        44.0,
    ),
    (
        "it-sciopero-cantieri-nardo",
        "Sciopero ai Cantieri Nardò contro i turni di notte",
        "Gli operai del cantiere navale di Porto Ercolino si sono fermati per otto ore per "
        "protestare contro i nuovi turni notturni.",
        62.0,
    ),
    (
        "it-sciopero-cantieri-nardo",
        "Cantieri Nardò, operai in sciopero",
        "Stop di otto ore contro i turni di notte.",
        62.3,
    ),
    (
        "it-sciopero-cantieri-nardo",
        "Nardò convoca i sindacati per lunedì",
        "L'azienda ha proposto un incontro sui turni dopo lo sciopero, ma i sindacati chiedono "
        "prima il ritiro del nuovo orario.",
        69.0,
    ),
    (
        "it-single-biblioteca",
        "Un bibliotecario di Bergamo in pensione dona la sua collezione di fumetti",
        "Sono oltre 12.000 albi raccolti in cinquant'anni, che saranno consultabili nella "
        "biblioteca civica dal mese di marzo.",
        84.0,
    ),
    (
        "it-film-bassi-anteprima/serie",
        "Lorenza Bassi dirigerà una serie sulla Serenissima",
        "La regista firmerà gli otto episodi di una produzione sulla Venezia del Settecento, "
        "con le riprese al via in primavera.",
        90.0,
    ),
    (
        "it-film-bassi-anteprima/serie",
        "Una serie per la Bassi",
        "Otto episodi sulla Venezia del Settecento.",
        92.0,
    ),
    (
        "it-auto-immatricolazioni",
        "Mercato dell'auto in calo del 6% a novembre",
        "Le immatricolazioni sono scese a 118.000 vetture, mentre le auto elettriche sono "
        "salite al 7% del totale.",
        97.0,
    ),
    (
        "it-auto-immatricolazioni",
        "Auto, novembre in rosso",
        "Immatricolazioni giù del 6% nel mese.",
        100.0,
    ),
    (
        "it-musica-morandin-tour",
        "Elia Morandin annuncia il primo tour negli stadi",
        "Il cantautore suonerà in sette stadi la prossima estate, con partenza da Bari il 6 "
        "giugno e chiusura a San Siro.",
        125.0,
    ),
    (
        "it-musica-morandin-tour",
        "Morandin negli stadi",
        "Sette date per il tour dell'estate.",
        125.3,
    ),
    (
        "it-musica-morandin-tour",
        "Biglietti di Morandin esauriti in tre ore",
        "La data di Bari è andata esaurita subito e gli organizzatori hanno aggiunto un secondo "
        "concerto nella città pugliese.",
        131.0,
    ),
    (
        "it-ciclocross-ferrandi/ritiro",
        "Ferrandi si ritira dalla Coppa Berlenga",
        "Il friulano ha un'infiammazione al ginocchio e i medici della squadra gli hanno "
        "consigliato dieci giorni di riposo.",
        130.0,
    ),
    (
        "it-ciclocross-ferrandi/ritiro",
        "Coppa Berlenga senza Ferrandi",
        "Il ginocchio gli impone lo stop.",
        131.0,
    ),
    (
        "it-scienza-padova-vulcano",
        "Ricercatori di Padova scoprono un vulcano sottomarino nel Tirreno",
        "La montagna sottomarina è alta 1.200 metri e si trova a 40 chilometri dalla costa "
        "calabrese; non è considerata attiva.",
        150.0,
    ),
    (
        "it-scienza-padova-vulcano",
        "Un nuovo vulcano nel Tirreno",
        "È alto 1.200 metri e non è attivo.",
        153.0,
    ),
    # --- Portuguese ---
    (
        "pt-ciencia-coimbra",
        "Cientistas de Coimbra criam tinta que arrefece os edifícios",
        "A nova tinta branca reflete 97% da luz do sol e baixou em seis graus a temperatura de "
        "um armazém durante o verão.",
        12.0,
    ),
    (
        "pt-ciencia-coimbra",
        "Tinta de Coimbra arrefece edifícios",
        "O teste num armazém baixou a temperatura em seis graus.",
        16.0,
    ),
    (
        "pt-futebol-vilar-venda",
        "Académico de Vilar vende avançado Rúben Paiva por 18 milhões",
        "O jogador de 21 anos vai reforçar um clube inglês e a venda é a maior da história do "
        "Académico.",
        25.0,
    ),
    (
        "pt-futebol-vilar-venda",
        "Paiva vendido por 18 milhões",
        "Venda recorde do Académico de Vilar para um clube inglês.",
        25.2,
    ),
    (
        "pt-futebol-vilar-venda",
        "Presidente do Académico: «A venda de Paiva salva as contas»",
        "Carlos Teixeira disse que o dinheiro vai pagar as dívidas do clube e financiar o novo "
        "centro de treinos.",
        30.0,
    ),
    (
        "pt-filme-mourao-estreia",
        "Estreia de «A Última Maré», de Tiago Mourão, enche o São Jorge",
        "O novo filme do realizador, sobre uma família de pescadores da Nazaré, teve a estreia "
        "numa sala esgotada em Lisboa.",
        45.0,
    ),
    (
        "pt-filme-mourao-estreia",
        "Mourão estreia «A Última Maré»",
        "Sala esgotada em Lisboa para o filme.",
        45.3,
    ),
    (
        "pt-filme-mourao-estreia",
        "«A Última Maré» chega às salas com boas críticas",
        "Os críticos elogiam a interpretação dos atores não profissionais e a banda sonora do "
        "filme de Tiago Mourão.",
        59.0,
    ),
    (
        "pt-almaraz-farmacias",
        "Grupo Almaraz compra cadeia de farmácias Saúde Mais",
        "O grupo do Porto paga 95 milhões de euros pelas 70 farmácias da cadeia e passa a ser o "
        "segundo maior do setor.",
        52.0,
    ),
    (
        "pt-almaraz-farmacias",
        "Almaraz compra Saúde Mais",
        "Negócio de 95 milhões nas farmácias.",
        52.2,
    ),
    (
        "pt-almaraz-farmacias",
        "Concorrência vai analisar compra da Saúde Mais",
        "A autoridade da concorrência disse que vai estudar o negócio por causa do peso do "
        "grupo Almaraz em algumas cidades do norte.",
        58.0,
    ),
    (
        "pt-startup-tilapia-investimento",
        "Startup lisboeta Tilápia levanta 40 milhões de euros",
        "A empresa, que faz software para gerir frotas de camiões, vai usar o dinheiro para "
        "abrir escritórios em Madrid e Berlim.",
        66.0,
    ),
    (
        "pt-startup-tilapia-investimento",
        "Tilápia recebe 40 milhões",
        "A startup de Lisboa vai crescer para Espanha e Alemanha.",
        69.0,
    ),
    (
        "pt-lusonet-resultados",
        "Lusonet aumenta lucro em 11% até setembro",
        "A operadora de telecomunicações ganhou 203 milhões de euros em nove meses, com mais "
        "clientes de fibra e de televisão.",
        80.0,
    ),
    (
        "pt-lusonet-resultados",
        "Lucro da Lusonet sobe 11%",
        "Mais clientes de fibra ajudam as contas.",
        80.3,
    ),
    (
        "pt-lusonet-resultados",
        "Ações da Lusonet sobem após resultados",
        "Os títulos da operadora valorizaram 4% na bolsa de Lisboa e os analistas destacam a "
        "redução da dívida.",
        84.0,
    ),
    (
        "pt-lusonet-resultados/falha",
        "Falha na rede da Lusonet deixa clientes sem internet",
        "Milhares de clientes em Lisboa e Setúbal ficaram sem internet e sem televisão desde o "
        "início da noite de quinta-feira.",
        91.5,
    ),
    (
        "pt-lusonet-resultados/falha",
        "Lusonet repõe serviço após falha",
        "A operadora diz que a avaria foi num equipamento em Lisboa.",
        93.5,
    ),
    (
        "pt-greve-expresso-luso",
        "Trabalhadores da Expresso Luso em greve na época do Natal",
        "Os estafetas da empresa de entregas pararam em todo o país e exigem contratos efetivos "
        "e um aumento do subsídio de refeição.",
        106.0,
    ),
    (
        "pt-greve-expresso-luso",
        "Greve na Expresso Luso",
        "Encomendas atrasadas em todo o país.",
        106.3,
    ),
    (
        "pt-greve-expresso-luso",
        "Expresso Luso diz que a greve tem pouca adesão",
        "A empresa garante que 80% das entregas foram feitas, mas o sindicato fala de armazéns "
        "parados em Lisboa e no Porto.",
        113.0,
    ),
    (
        "pt-filme-mourao-estreia/projeto",
        "Tiago Mourão vai filmar nos Açores a sua próxima longa-metragem",
        "O realizador anunciou um filme sobre os baleeiros do Pico, com rodagem a começar em "
        "setembro do próximo ano.",
        115.0,
    ),
    (
        "pt-filme-mourao-estreia/projeto",
        "Mourão parte para os Açores",
        "O próximo filme é sobre os baleeiros.",
        117.0,
    ),
    (
        "pt-almaraz-farmacias/vinhos",
        "Almaraz compra herdade de vinhos no Alentejo",
        "O grupo portuense adquiriu a Herdade do Monte Fresco, com 300 hectares de vinha, por "
        "um valor que não foi revelado.",
        136.0,
    ),
    (
        "pt-almaraz-farmacias/vinhos",
        "Almaraz entra no negócio do vinho",
        "Compra de uma herdade com 300 hectares.",
        138.0,
    ),
    (
        "pt-single-livraria",
        "Livraria mais antiga de Braga celebra 150 anos com feira do livro",
        "A Livraria Castro abre as portas no domingo com autores, música e descontos em todos "
        "os livros da casa.",
        145.0,
    ),
    (
        "pt-musica-premio-fado",
        "Marta Lobo vence o Prémio Voz de Alfama",
        "A fadista de Alfama, de 23 anos, foi escolhida entre doze finalistas numa gala no "
        "Coliseu de Lisboa.",
        160.0,
    ),
    (
        "pt-musica-premio-fado",
        "Marta Lobo ganha prémio de fado",
        "A fadista de 23 anos vence em Lisboa.",
        160.2,
    ),
    (
        "pt-musica-premio-fado",
        "Marta Lobo: «Cantei para a minha avó»",
        "A jovem fadista contou que aprendeu a cantar com a avó numa tasca de Alfama.",
        164.0,
    ),
    # --- Dutch ---
    (
        "nl-museum-aanwinst",
        "Museum in Zwolle koopt verloren gewaand schilderij van Hendrick Vos",
        "Het Stedelijk Museum Zwolle heeft het winterlandschap voor 1,4 miljoen euro gekocht op "
        "een veiling in Londen.",
        22.0,
    ),
    (
        "nl-museum-aanwinst",
        "Zwols museum koopt winterlandschap",
        "Het schilderij van Vos kost 1,4 miljoen.",
        25.0,
    ),
    (
        "nl-vandermolen-overname",
        "Vandermolen Groep neemt Dekker Installatie over",
        "Het bouwconcern betaalt 260 miljoen euro voor de installateur uit Apeldoorn, die 1.900 "
        "mensen in dienst heeft.",
        30.0,
    ),
    (
        "nl-vandermolen-overname",
        "Vandermolen koopt Dekker",
        "Overname van 260 miljoen in de bouw.",
        30.3,
    ),
    (
        "nl-vandermolen-overname",
        "Dekker-personeel blijft in Apeldoorn",
        "Vandermolen belooft dat het hoofdkantoor en alle banen bij de installateur de komende "
        "drie jaar blijven.",
        35.0,
    ),
    (
        "nl-tennis-hoekstra-titel",
        "Sem Hoekstra wint indoortoernooi van Eindhoven",
        "De 20-jarige Fries versloeg in de finale de Spanjaard Pablo Marín met 7-6 6-4 en pakt "
        "zijn eerste titel op de tour.",
        38.0,
    ),
    (
        "nl-tennis-hoekstra-titel",
        "Eerste titel voor Hoekstra",
        "De Fries wint in Eindhoven.",
        38.2,
    ),
    (
        "nl-tennis-hoekstra-titel",
        "Hoekstra: 'Ik heb de hele week op wolken gelopen'",
        "De jonge tennisser zei na de finale dat hij nog steeds niet kon geloven dat hij het "
        "toernooi had gewonnen.",
        42.0,
    ),
    (
        "nl-optivaal-orders",
        "Optivaal boekt recordaantal orders voor lasermachines",
        "De Brabantse maker van lasers voor de chipindustrie kreeg in het derde kwartaal voor "
        "2,1 miljard euro aan nieuwe orders.",
        57.0,
    ),
    (
        "nl-optivaal-orders",
        "Record aan orders voor Optivaal",
        "Voor 2,1 miljard euro aan nieuwe bestellingen.",
        57.3,
    ),
    (
        "nl-optivaal-orders",
        "Beleggers kopen Optivaal na orderrecord",
        "Het aandeel steeg op het Damrak met 7 procent; analisten wijzen op de vraag uit Azië.",
        62.0,
    ),
    (
        "nl-wetenschap-oosterwolde",
        "Onderzoekers kweken tomaten op zeewater",
        "Een team van de Universiteit van Oosterwolde heeft een tomatenras gevonden dat groeit "
        "met water dat voor een kwart uit zeewater bestaat.",
        78.0,
    ),
    (
        "nl-wetenschap-oosterwolde",
        "Tomaten op zeewater",
        "Het ras groeit met een kwart zout water.",
        81.0,
    ),
    (
        "nl-gouden-klep-uitreiking",
        "Zangeres Fenna Bos grote winnaar bij de Gouden Kleppen",
        "Bos kreeg in de Zuiderhal in Rotterdam de prijzen voor beste album en beste artiest "
        "van het jaar.",
        93.0,
    ),
    (
        "nl-gouden-klep-uitreiking",
        "Twee Gouden Kleppen voor Fenna Bos",
        "De zangeres wint in de Zuiderhal.",
        93.2,
    ),
    (
        "nl-gouden-klep-uitreiking",
        "Fenna Bos wil na de Gouden Kleppen even rust",
        "De zangeres vertelde in een radioprogramma dat ze na de prijzen een half jaar geen "
        "optredens geeft.",
        106.0,
    ),
    (
        "nl-gouden-klep-uitreiking/diefstal",
        "Apparatuur gestolen uit de Zuiderhal na prijsuitreiking",
        "Dieven namen tijdens het afbreken van het podium mengpanelen en gitaren mee ter waarde "
        "van 80.000 euro.",
        95.5,
    ),
    (
        "nl-gouden-klep-uitreiking/diefstal",
        "Diefstal in de Zuiderhal",
        "De politie zoekt getuigen van de inbraak.",
        97.0,
    ),
    (
        "nl-versmarkt-staking",
        "Staking bij distributiecentrum van Versmarkt",
        "Medewerkers van het centrum in Tiel leggen het werk 24 uur neer; in winkels in het "
        "oosten kunnen lege schappen ontstaan.",
        102.0,
    ),
    (
        "nl-versmarkt-staking",
        "Staking bij Versmarkt",
        "Lege schappen dreigen in het oosten.",
        102.3,
    ),
    (
        "nl-versmarkt-staking",
        "Versmarkt: 'Staking kost ons miljoenen'",
        "Een woordvoerder zei dat de supermarktketen een deel van de versproducten heeft moeten "
        "weggooien door de actie in Tiel.",
        108.0,
    ),
    (
        "nl-single-fietsenmaker",
        "Fietsenmaker in Leiden repareert gratis fietsen van studenten",
        "Een week lang kunnen studenten hun fiets laten maken zonder te betalen, als dank voor "
        "veertig jaar klandizie.",
        117.0,
    ),
    (
        "nl-vandermolen-overname/belgie",
        "Vandermolen koopt ook Belgische bouwer Claes",
        "Het concern neemt de aannemer uit Gent over, vier dagen na de aankoop van Dekker "
        "Installatie in Apeldoorn.",
        125.0,
    ),
    (
        "nl-vandermolen-overname/belgie",
        "Vandermolen groeit in België",
        "Overname van aannemer Claes uit Gent.",
        127.0,
    ),
    (
        "nl-tennis-hoekstra-titel/afmelding",
        "Hoekstra meldt zich af voor toernooi in Antwerpen",
        "De tennisser heeft last van een ontstoken pols en wil geen risico nemen voor het "
        "nieuwe seizoen.",
        132.0,
    ),
    (
        "nl-tennis-hoekstra-titel/afmelding",
        "Hoekstra niet naar Antwerpen",
        "Zijn pols is ontstoken.",
        133.0,
    ),
    (
        "nl-voetbal-haveland-topper",
        "Haveland FC wint de topper van Sparta Oostkust",
        "Twee doelpunten van spits Jesse Dijkman in de tweede helft bezorgden Haveland een zege "
        "van 2-1 en de koppositie.",
        148.0,
    ),
    (
        "nl-voetbal-haveland-topper",
        "Haveland wint topper",
        "Dijkman scoort twee keer voor de koploper.",
        148.2,
    ),
    (
        "nl-voetbal-haveland-topper",
        "Trainer Oostkust baalt van de scheidsrechter",
        "Volgens de coach had Haveland bij de stand 1-1 een rode kaart moeten krijgen voor een "
        "harde tackle.",
        151.0,
    ),
    # --- Russian ---
    (
        "ru-orbita-miniven",
        "«Орбита-Моторс» показала электрический минивэн",
        "Новая модель на семь мест проезжает без подзарядки 450 километров и поступит в продажу "
        "весной.",
        12.0,
    ),
    (
        "ru-orbita-miniven",
        "Новый минивэн «Орбиты»",
        "Электромобиль на семь мест выйдет весной.",
        12.3,
    ),
    (
        "ru-orbita-miniven",
        "Глава «Орбиты»: минивэн будет дешевле конкурентов",
        "Генеральный директор Пётр Ершов пообещал, что цена новинки будет ниже, чем у импортных "
        "моделей такого же размера.",
        17.0,
    ),
    (
        "ru-orbita-miniven/zabastovka",
        "Рабочие завода «Орбиты» в Заречинске прекратили работу",
        "Около тысячи сотрудников сборочного цеха остановили конвейер, требуя выплатить "
        "задержанные премии.",
        16.0,
    ),
    (
        "ru-orbita-miniven/zabastovka",
        "Остановка конвейера в Заречинске",
        "Рабочие требуют выплатить премии.",
        18.0,
    ),
    (
        "ru-bank-vershina-pribyl",
        "Банк «Вершина» увеличил прибыль на четверть",
        "За девять месяцев банк заработал 48 миллиардов рублей благодаря росту кредитов малому "
        "бизнесу.",
        33.0,
    ),
    (
        "ru-bank-vershina-pribyl",
        "Прибыль «Вершины» выросла",
        "Банк заработал 48 миллиардов рублей.",
        33.3,
    ),
    (
        "ru-bank-vershina-pribyl",
        "Аналитики: «Вершина» может выплатить рекордные дивиденды",
        "Эксперты считают, что хорошие результаты позволят банку направить акционерам половину "
        "прибыли.",
        39.0,
    ),
    (
        "ru-nauka-mamont",
        "В Якутии нашли почти целого мамонтёнка",
        "Учёные говорят, что у находки сохранились шерсть и часть хобота, а возраст составляет "
        "около 40 тысяч лет.",
        50.0,
    ),
    (
        "ru-nauka-mamont",
        "Мамонтёнок из вечной мерзлоты",
        "Ему около 40 тысяч лет.",
        53.0,
    ),
    (
        "ru-futbol-transfer-kalinin",
        "Полузащитник Денис Калинин перешёл в «Северный луч»",
        "Клуб заплатил за 24-летнего игрока около пяти миллионов евро, контракт рассчитан на "
        "четыре года.",
        70.0,
    ),
    (
        "ru-futbol-transfer-kalinin",
        "Калинин сменил клуб",
        "Полузащитник подписал контракт на четыре года.",
        72.0,
    ),
    (
        "ru-aviakompaniya-strela-sboi",
        "Сбой в системе регистрации задержал рейсы «Полярной стрелы»",
        "Из-за отказа компьютерной системы в аэропортах пассажиры авиакомпании ждали вылета по "
        "несколько часов.",
        86.0,
    ),
    (
        "ru-aviakompaniya-strela-sboi",
        "Задержки рейсов «Полярной стрелы»",
        "Сбой системы регистрации устранён к вечеру.",
        89.0,
    ),
    (
        "ru-kosmos-sputnik-meteo",
        "Новый метеоспутник выведен на орбиту",
        "Ракета стартовала с космодрома рано утром, спутник будет следить за погодой в Арктике.",
        104.0,
    ),
    (
        "ru-kosmos-sputnik-meteo",
        "Метеоспутник на орбите",
        "Он будет наблюдать за Арктикой.",
        106.0,
    ),
    (
        "ru-single-muzei",
        "В Костроме открылся музей старинных ёлочных игрушек",
        "В коллекции более трёх тысяч игрушек, самым старым из них больше ста лет.",
        118.0,
    ),
    (
        "ru-hokkei-ledokoly",
        "«Ледоколы» обыграли «Сталеваров» в овертайме",
        "Победную шайбу забросил нападающий Артём Гусев на третьей минуте дополнительного "
        "времени, матч закончился со счётом 3:2.",
        142.0,
    ),
    (
        "ru-hokkei-ledokoly",
        "Победа «Ледоколов» в овертайме",
        "Гусев принёс команде победу.",
        142.2,
    ),
    (
        "ru-hokkei-ledokoly",
        "Тренер «Сталеваров» недоволен судейством",
        "По словам тренера, арбитры не заметили нарушения перед решающей шайбой.",
        145.0,
    ),
    (
        "ru-kino-prokat-rekord",
        "Фильм «Белая тропа» установил рекорд проката для семейного кино",
        "За первые выходные картина собрала 620 миллионов рублей, больше любого семейного "
        "фильма в истории страны.",
        150.0,
    ),
    (
        "ru-kino-prokat-rekord",
        "Рекорд «Белой тропы»",
        "620 миллионов рублей за выходные.",
        150.3,
    ),
    (
        "ru-kino-prokat-rekord",
        "Режиссёр «Белой тропы» ответил на критику",
        "Он сказал, что снимал фильм для детей и не ожидал таких споров о концовке среди "
        "взрослых зрителей.",
        159.0,
    ),
    (
        "ru-premiya-severnaya-lira",
        "Премию «Северная лира» получила писательница Анна Рябова",
        "Торжественная церемония прошла в воскресенье в Доме книги, роман о жизни рыбацкой "
        "деревни признан лучшим в этом году.",
        161.0,
    ),
    (
        "ru-premiya-severnaya-lira",
        "«Северная лира» у Анны Рябовой",
        "Роман о рыбацкой деревне признан лучшим.",
        161.3,
    ),
    (
        "ru-premiya-severnaya-lira",
        "Рябова передаст часть премии сельской библиотеке",
        "Писательница сказала, что половину денег отдаст библиотеке в деревне, где прошло её "
        "детство.",
        165.0,
    ),
    (
        "ru-premiya-severnaya-lira/krazha",
        "Из гардероба Дома книги пропали шубы гостей",
        "После церемонии вручения премии несколько гостей не нашли свои вещи, полиция ищет "
        "похитителя по записям камер.",
        164.0,
    ),
    (
        "ru-premiya-severnaya-lira/krazha",
        "Кража в Доме книги",
        "Пропали шубы гостей премии.",
        166.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a firm's results and an outage of its service that evening": (
        "en-results-corvane-mobile/outage",
        "de-zahlwerk-zahlen/ausfall",
        "pt-lusonet-resultados/falha",
    ),
    "a club's coach sacked and its stadium shut for checks the same day": (
        "en-football-harcastle-coach/stadium-closed",
        "it-calcio-calvena-esonero/stadio",
        "es-futbol-montesur-destitucion/estadio",
    ),
    "an awards night and a theft at the same venue that night": (
        "fr-etoiles-chanson/vol",
        "nl-gouden-klep-uitreiking/diefstal",
        "ru-premiya-severnaya-lira/krazha",
    ),
    "a product launch and a strike at the same firm's plant the same day": (
        "en-launch-tessaly-phone/factory-strike",
        "de-brandel-ebike/streik",
        "ru-orbita-miniven/zabastovka",
    ),
    "a rider's race win and the same rider's withdrawal from another race days later": (
        "fr-cyclocross-castagnet/forfait",
        "es-ciclocross-zubeldia/retirada",
        "it-ciclocross-ferrandi/ritiro",
    ),
    "a takeover agreed and the same buyer's second purchase days later": (
        "en-takeover-halverson-pettigrew/coffee-chain",
        "nl-vandermolen-overname/belgie",
        "pt-almaraz-farmacias/vinhos",
    ),
    "a film's premiere and its director's next project announced days later": (
        "it-film-bassi-anteprima/serie",
        "pt-filme-mourao-estreia/projeto",
        "fr-film-varoux-premiere/projet",
    ),
    "a tennis title and the same player's injury withdrawal days later": (
        "es-tenis-arrabal-titulo/baja",
        "nl-tennis-hoekstra-titel/afmelding",
        "de-tennis-wilmersdorf-titel/absage",
    ),
}
