"""A forty-first check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one business week in mid-December
(company results, takeovers, strikes, product launches, outages, data breaches, trials and
verdicts, regulators' fines, central banks and currencies, factory openings and closures) as a
reader's feeds carry it at daily-digest density: 39 to 52 items a day (49, 50, 50, 51, 52, 46
and 39 from Monday to Sunday), spanning 5.0 to 163.0 hours. It holds 337 items under 135
labels: 111 stories and 24 hard negatives; 45 labels in English (114 items), 13 in Russian and
German (34 items each), 13 in French and Dutch (33 items each), 13 in Portuguese (31 items), 13
in Spanish (30 items) and 12 in Italian (28 items). Big stories are carried by two to four
outlets over a day (a wire flash or teaser, a fuller page, then a quote-led or reaction piece
hours later that names the event only by its place, its actor or one detail: "'This town was
built on steel': Brackenholm reels", "Union seeks job guarantees after Hollins deal", «Рано
радоваться»), and fourteen have a next-day follow-up with a new fact 8 to 26 hours after the
first copy (the Fellmouth talks at Acas, Lionel Marsh's sentencing date, Pemberton & Lowe's
wages paid, Carrow's pledge on the Hollins factories, the Brackenholm rescue talks, the second
postal strike day, a third of Coinharbour's funds recovered, the Edgecombe strike called off,
Zotov's appeal, the Bank of Russia explaining the payments failure, the Hermelin talks, the
Puerto Alcaudete deal, the Port-Géran refinery restarting, the Schiphol baggage deal). 54
labels have two copies, 59 three, 10 four, and 12 stories are told by one outlet. 114 stories
and hard negatives have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Three of them are two events on the SAME day with the
same actor, 7 to 9.5 hours apart: a firm's quarterly results and a data breach at the same firm
disclosed hours later (Marbury Stores, Kesslinger, Telvar); a central bank's rate decision and
an outage of its own payment system that evening (the Reserve Bank of Kelland and KelPay, the
Bank of Russia and its fast payments system, the Copom and Pix); a tech firm's product launch
and a competition authority's raid on the same firm hours later (Brightloom, Lumio, Vonkel).
The other five: a takeover agreed and a regulator's fine on the bought firm over another matter
days later (74 to 80 hours: Hollins Foods, Ferrante Alimentare, Weidegoud); a carmaker's new
plant opened and a strike at its older plant (30 to 91 hours: Halberg at Oberlauten and
Kirchfeld, Motores Ibarra in Navarra and Casares, Varela at Vila Serrana and São Caetano); a
stock exchange's record close and a trading halt after a glitch at the same exchange (64 to 75
hours: Port Selwyn, the Северная биржа, Piazza Affari); a bank's money-laundering fine and the
same bank's branch closures (22 to 30 hours: Banque Armorique, Banca Valdelsa, Polderbank); a
factory's closure announced and a chemical leak at the same factory (43 to 52 hours: Verrand at
Saint-Aubrac, Conserveira Atlântica at Peniche, завод «Кедр»). Fifteen hard negatives fall
within 48 hours of their story, nine beyond it.

The week also sets side by side what a business digest really carries: several strikes in one
language (the Fellmouth dockers, the postal workers and the Edgecombe baggage handlers; the
Puerto Alcaudete dockers and the Casares walkout), several outages and hacks (Skyreach,
Dunmore Freight, Coinharbour; Nordkonto beside the Kesslinger leak; Orélia; Betaalwijs beside
the Schiphol strike), several fines by different regulators (Ashdale Water, Chatterbox,
Northway; the Kartellamt, the CNMC, the CNIL, the ACM twice on different firms), several
verdicts on former bosses in all eight languages, and inflation, jobs, growth and currency figures
as separate releases.

What "same story" means here: one event (one set of results, one breach, one rate decision,
one outage, one launch, one raid, one takeover, one fine, one opening, one strike, one verdict,
one closure, one leak, one release) in that event's news cycle, including a next-day follow-up
with a new fact. Not the same story: another event with the same firm, bank, exchange, factory
or regulator, even on the same day. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). No story has more than four
copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, firms, banks, exchanges and towns named as actors are invented here; real places and
bodies appear only as backdrop (Southwark Crown Court, Ofgem, the Competition and Markets
Authority, the Information Commissioner, Gatwick, Newport, the Bundeskartellamt, the Ifo index,
the ACPR, the CNIL, the Banque de France, the CNMC, the Audiencia Nacional, the Banca d'Italia,
Consob, Istat, the Copom and Pix, the IBGE, Peniche, the DNB, the ACM, the CBS, Schiphol, the
Bank of Russia and Росстат).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, titles and
categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round41`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    (
        "en-marbury-results",
        "Marbury Stores profit jumps a fifth as shoppers trade up before Christmas",
        (
            "Marbury Stores said first-half profit rose 21% to £412m, helped by premium food "
            "ranges, and raised its dividend for the third year running."
        ),
        7.0,
    ),
    (
        "en-marbury-results",
        "Marbury lifts full-year outlook",
        "Chief executive Dawn Pellow says trading in November was the best in a decade.",
        8.5,
    ),
    (
        "en-marbury-results",
        "Why Marbury's upbeat numbers lifted the whole retail sector",
        (
            "Shares in rival grocers rose after Marbury's bumper half-year figures, which "
            "analysts read as a sign that household budgets are easing."
        ),
        11.0,
    ),
    (
        "en-marbury-results/breach",
        "Marbury Stores says hackers stole loyalty card data of 2.3m customers",
        (
            "The grocer said hours after its results that criminals had accessed names, emails "
            "and partial card numbers linked to its Marbury Plus scheme."
        ),
        15.5,
    ),
    (
        "en-marbury-results/breach",
        "Marbury warns of phishing after loyalty scheme hack",
        "Customers told to ignore emails asking them to confirm card details.",
        17.0,
    ),
    (
        "en-marbury-results/breach",
        "'A bad day to be proud of your loyalty scheme'",
        (
            "Privacy campaigners said the grocer had boasted of Marbury Plus sign-ups in the "
            "morning, only to admit by teatime that the same database had been raided."
        ),
        20.5,
    ),
    (
        "en-fellmouth-dockers",
        "Fellmouth dockers begin three-day strike over pay",
        (
            "About 1,400 workers at the container port walked out at dawn after rejecting a 4% "
            "offer, leaving ships queuing in the estuary."
        ),
        5.5,
    ),
    (
        "en-fellmouth-dockers",
        "Strike halts container traffic at Fellmouth",
        "Dockers reject 4% offer; union says walkout could be extended.",
        9.0,
    ),
    (
        "en-fellmouth-dockers",
        "Retailers fear empty shelves as Fellmouth stands still",
        (
            "Importers of toys and electronics said the walkout at the country's "
            "second-busiest box port could not have come at a worse time in the Christmas "
            "rush."
        ),
        14.0,
    ),
    (
        "en-fellmouth-dockers",
        "Fellmouth port bosses and union agree to talks at Acas",
        (
            "Talks aimed at ending the dockers' strike will start on Wednesday, both sides "
            "said, though pickets stay in place for now."
        ),
        30.0,
    ),
    (
        "en-ashdale-water-fine",
        "Ashdale Water fined record £34m over sewage spills",
        (
            "The regulator said the company had released untreated waste into rivers on more "
            "than 600 days and misled inspectors about the state of its works."
        ),
        10.0,
    ),
    (
        "en-ashdale-water-fine",
        "Ashdale Water hit with £34m penalty",
        "Firm says it accepts the ruling and will not pass the cost to bills.",
        13.5,
    ),
    (
        "en-gold-record",
        "Gold climbs to record above $2,900 an ounce",
        (
            "Bullion gained for the sixth session in a row as investors bet on lower interest "
            "rates and central banks kept buying."
        ),
        16.0,
    ),
    (
        "en-gold-record",
        "Gold hits all-time high for sixth day",
        "Dealers in Hatton Garden report queues of buyers selling old jewellery.",
        19.0,
    ),
    (
        "en-oakhurst-brewery",
        "Oakhurst Brewery to close after 180 years with loss of 240 jobs",
        (
            "The family-owned brewer said soaring energy and barley costs had made its "
            "Victorian site in the town of Lydcombe impossible to run."
        ),
        12.0,
    ),
    (
        "en-oakhurst-brewery",
        "Last orders for Oakhurst as Lydcombe brewery shuts",
        "Drinkers gathered outside the gates as staff were told the news.",
        18.5,
    ),
    (
        "en-tessaly-funding",
        "Tessaly AI raises $400m from US investors",
        (
            "The London start-up, which writes software for insurers, is now valued at $3.1bn "
            "and plans to double its staff to 900 next year."
        ),
        21.0,
    ),
    (
        "en-kelland-rate",
        "Reserve Bank of Kelland cuts rates to 3.75%",
        "The quarter-point cut was the third this year.",
        36.0,
    ),
    (
        "en-kelland-rate",
        "Kelland's central bank trims interest rate as inflation cools",
        (
            "Governor Tomas Ridley said price growth was back near target, allowing the bank "
            "to lower borrowing costs to 3.75% and signal one more cut in spring."
        ),
        36.5,
    ),
    (
        "en-kelland-rate",
        "Kelland homeowners cheer, savers grumble after rate cut",
        (
            "Mortgage brokers said deals would get cheaper within days, while savings groups "
            "warned that deposit rates would now fall faster than loan rates."
        ),
        40.0,
    ),
    (
        "en-kelland-rate/outage",
        "KelPay goes down for three hours, leaving Kelland shoppers unable to pay",
        (
            "The central bank's instant payments system failed on Tuesday evening, stranding "
            "shoppers at tills and delaying wages for thousands of workers."
        ),
        45.0,
    ),
    (
        "en-kelland-rate/outage",
        "Kelland payment network crashes on busy evening",
        "Reserve Bank blames a faulty software update at its data centre.",
        46.5,
    ),
    (
        "en-kelland-rate/outage",
        "Reserve Bank of Kelland apologises for KelPay failure, promises review",
        (
            "The bank said all delayed transfers had now gone through and an outside firm "
            "would examine why the backup system did not take over."
        ),
        50.0,
    ),
    (
        "en-coinvale-verdict",
        "Coinvale founder Lionel Marsh found guilty of fraud",
        (
            "A jury at Southwark Crown Court convicted Marsh of defrauding 11,000 investors in "
            "his crypto lending platform of £220m."
        ),
        27.0,
    ),
    (
        "en-coinvale-verdict",
        "Crypto boss Marsh convicted over £220m collapse",
        "Jury took two days to reach verdicts on all seven counts.",
        30.0,
    ),
    (
        "en-coinvale-verdict",
        "'We finally have an answer': Coinvale savers react",
        (
            "Investors who lost pensions and house deposits wept outside court, though many "
            "said they doubted they would ever see their money again."
        ),
        34.0,
    ),
    (
        "en-coinvale-verdict",
        "Lionel Marsh to be sentenced in February, judge rules",
        (
            "The judge set a sentencing hearing for 14 February and refused bail, saying the "
            "Coinvale founder had access to funds abroad."
        ),
        49.0,
    ),
    (
        "en-skyreach-outage",
        "Skyreach cancels 180 flights after check-in system failure",
        (
            "Passengers at Gatwick and Manchester faced long queues after the airline's "
            "computers went down early on Sunday morning."
        ),
        145.5,
    ),
    (
        "en-skyreach-outage",
        "Skyreach computer failure strands thousands",
        "The airline says its systems are back but delays will last all day.",
        148.0,
    ),
    (
        "en-skyreach-outage",
        "Skyreach chief blames supplier for meltdown",
        (
            "Chief executive Owen Tarrant said a network provider had botched overnight "
            "maintenance and promised compensation to every affected passenger."
        ),
        151.5,
    ),
    (
        "en-inflation",
        "Inflation falls to 2.6% in November",
        "Lower petrol prices and cheaper airfares pulled the rate down.",
        31.0,
    ),
    (
        "en-inflation",
        "UK inflation eases more than expected to 2.6%",
        (
            "Consumer prices rose 2.6% in the year to November, down from 3.0%, official "
            "figures showed, as fuel and air fares fell."
        ),
        31.5,
    ),
    (
        "en-inflation",
        "Chancellor welcomes fall in inflation but says work not done",
        (
            "Treasury ministers said the figure showed the plan was working; business groups "
            "urged the Bank of England to move faster on rates."
        ),
        38.0,
    ),
    (
        "en-pemberton-administration",
        "Pemberton & Lowe falls into administration, putting 3,800 jobs at risk",
        (
            "The 90-year-old department store chain appointed administrators after talks with "
            "a buyer collapsed, though all 41 stores will stay open for now."
        ),
        42.0,
    ),
    (
        "en-pemberton-administration",
        "Department store chain Pemberton & Lowe collapses",
        "Gift cards will be honoured for two weeks, administrators say.",
        44.0,
    ),
    (
        "en-pemberton-administration",
        "Pemberton & Lowe staff told wages will be paid this month",
        (
            "Administrators said December pay was secure and that three bidders had already "
            "shown interest in parts of the business."
        ),
        52.0,
    ),
    (
        "en-chatterbox-fine",
        "Chatterbox app fined £12m over children's data",
        (
            "The Information Commissioner found the messaging app let under-13s sign up and "
            "shared their locations with advertisers."
        ),
        154.0,
    ),
    (
        "en-chatterbox-fine",
        "Watchdog fines Chatterbox for failing to protect children",
        "The app says it will appeal and has already changed its sign-up checks.",
        160.0,
    ),
    (
        "en-selwyn-record",
        "Port Selwyn index closes at record high",
        "Mining and bank shares led the gains.",
        41.0,
    ),
    (
        "en-selwyn-record",
        "Port Selwyn stock exchange hits all-time high on mining rally",
        (
            "The PSX All Shares index ended 1.4% higher at a record 9,412 points as copper "
            "prices surged and banks gained on hopes of lower rates."
        ),
        41.5,
    ),
    (
        "en-selwyn-record",
        "What is driving the boom on the Port Selwyn bourse?",
        (
            "Foreign funds have poured money into the island's miners this year, and brokers "
            "expect the rally to last into the new year."
        ),
        50.0,
    ),
    (
        "en-selwyn-record/halt",
        "Trading halted on Port Selwyn exchange after technical glitch",
        (
            "The exchange suspended all dealing for more than two hours on Friday after its "
            "matching engine stopped processing orders shortly after the open."
        ),
        112.0,
    ),
    (
        "en-selwyn-record/halt",
        "Port Selwyn bourse freezes, dealers left in dark",
        "Exchange says no orders were lost; trading resumed at midday.",
        113.0,
    ),
    (
        "en-selwyn-record/halt",
        "Brokers demand answers after Port Selwyn shutdown",
        (
            "Dealers said the outage on the busiest options expiry day of the year had cost "
            "clients dearly, and asked the regulator to step in."
        ),
        116.0,
    ),
    (
        "en-brightloom-launch",
        "Brightloom unveils folding laptop it says will replace the tablet",
        (
            "The British hardware firm showed off the Fold 1, a 13-inch laptop that bends in "
            "half, at a launch in London, priced from £1,499."
        ),
        57.0,
    ),
    (
        "en-brightloom-launch",
        "Brightloom Fold 1 goes on sale next month",
        "Early reviewers praise screen, question battery life.",
        58.0,
    ),
    (
        "en-brightloom-launch",
        "Can a small British firm take on Apple? Brightloom thinks so",
        (
            "Founder Nadia Okafor told the launch crowd that the Fold 1 was built by 60 "
            "engineers in Bristol and would be made in Wales from 2027."
        ),
        61.0,
    ),
    (
        "en-brightloom-launch/raid",
        "Competition officials raid Brightloom offices hours after launch",
        (
            "Investigators searched the company's Bristol headquarters on Wednesday evening "
            "over suspected price-fixing with screen suppliers, the regulator said."
        ),
        66.5,
    ),
    (
        "en-brightloom-launch/raid",
        "Brightloom confirms visit by competition inspectors",
        "Company says it is cooperating fully and denies any wrongdoing.",
        68.0,
    ),
    (
        "en-brightloom-launch/raid",
        "Brightloom shares slide after price-fixing probe",
        (
            "The stock fell 9% in early trading as investors weighed the risk of a fine "
            "against the buzz around its new laptop."
        ),
        73.0,
    ),
    (
        "en-hollins-takeover",
        "Hollins Foods agrees £2.1bn takeover by Carrow Group",
        (
            "The maker of pies and ready meals backed a cash offer of 310p a share, a premium "
            "of 38% to Tuesday's close."
        ),
        55.0,
    ),
    (
        "en-hollins-takeover",
        "Carrow swoops on Hollins Foods",
        "Board recommends 310p-a-share offer to investors.",
        56.0,
    ),
    (
        "en-hollins-takeover",
        "Union seeks job guarantees after Hollins deal",
        (
            "GMB officials said they would press Carrow for promises on the 5,200 staff at "
            "Hollins' eleven factories before shareholders vote."
        ),
        60.0,
    ),
    (
        "en-hollins-takeover",
        "Carrow pledges to keep Hollins factories open for three years",
        (
            "The buyer said in its formal offer document that no sites would close and the "
            "Hollins brand would stay, easing union fears."
        ),
        75.0,
    ),
    (
        "en-hollins-takeover/fine",
        "Hollins Foods fined £6m over mislabelled allergy warnings",
        (
            "Trading standards officers found peanut traces in ready meals sold as nut-free "
            "over two years; the firm pleaded guilty at Leeds Crown Court."
        ),
        130.0,
    ),
    (
        "en-hollins-takeover/fine",
        "Hollins fined for allergy labelling failures",
        "Judge says it was luck that nobody died.",
        133.0,
    ),
    (
        "en-quorra-plant",
        "Quorra opens £900m chip factory in Newport",
        (
            "The plant will make power chips for electric cars and employ 1,100 people when "
            "fully running in 2027."
        ),
        51.0,
    ),
    (
        "en-quorra-plant",
        "Chipmaker Quorra starts production in south Wales",
        "First wafers leave the line as ministers hail new jobs.",
        53.0,
    ),
    (
        "en-quorra-plant",
        "Newport's chip plant a bet on the car industry's future",
        (
            "Economists said the Quorra factory would only pay off if carmakers kept building "
            "electric models in Britain."
        ),
        63.0,
    ),
    (
        "en-ainsley-trial",
        "Hedge fund manager Rupert Ainsley goes on trial for insider dealing",
        (
            "Prosecutors told the jury that Ainsley made £14m trading ahead of five takeover "
            "bids using tips from a banker friend."
        ),
        54.0,
    ),
    (
        "en-ainsley-trial",
        "Ainsley insider trial opens at Southwark",
        "The fund manager denies all charges; trial expected to last six weeks.",
        59.0,
    ),
    (
        "en-wage-growth",
        "Wage growth slows to 4.1% as jobs market cools",
        (
            "Official figures showed regular pay growth easing for a fourth month while "
            "unemployment edged up to 4.6%."
        ),
        50.5,
    ),
    (
        "en-wage-growth",
        "Pay growth slows again, jobless rate rises",
        "Figures give the Bank of England more room to cut rates.",
        52.5,
    ),
    (
        "en-voltane-recall",
        "Voltane recalls 80,000 e-scooters over battery fire risk",
        (
            "The company said a faulty batch of cells could overheat while charging and urged "
            "owners to stop using the Volt S2 at once."
        ),
        62.0,
    ),
    (
        "en-voltane-recall",
        "E-scooter maker Voltane issues recall after fires",
        "Owners of the Volt S2 can get a refund or a free replacement battery.",
        69.0,
    ),
    (
        "en-redcliffe-closure",
        "Redcliffe Steel to close Brackenholm works with loss of 900 jobs",
        (
            "The steelmaker said its blast furnace was losing £1m a week and that cheap "
            "imports had made the site unviable."
        ),
        74.0,
    ),
    (
        "en-redcliffe-closure",
        "Brackenholm steelworks to shut",
        "Redcliffe blames energy costs and imports for the decision.",
        76.0,
    ),
    (
        "en-redcliffe-closure",
        "'This town was built on steel': Brackenholm reels",
        (
            "Shopkeepers and former furnacemen said the closure would rip the heart out of a "
            "town where one in five jobs depends on the works."
        ),
        80.0,
    ),
    (
        "en-redcliffe-closure",
        "Ministers open rescue talks with Redcliffe over Brackenholm",
        (
            "The business secretary said the government was ready to offer energy support if "
            "the company delayed closure while a buyer is sought."
        ),
        98.0,
    ),
    (
        "en-halden-ceo",
        "Halden Bank names Priya Sandhu as chief executive",
        (
            "Sandhu, head of retail banking, will succeed Gordon Fyfe in April after his nine "
            "years in charge."
        ),
        151.0,
    ),
    (
        "en-halden-ceo",
        "Halden picks insider to lead bank",
        "Priya Sandhu will be the first woman to run the lender.",
        155.0,
    ),
    (
        "en-lyrecast-blocked",
        "Regulator blocks Lyrecast merger with Beamnet",
        (
            "The Competition and Markets Authority said the £4bn deal would leave broadband "
            "customers in rural areas with higher prices and fewer choices."
        ),
        82.0,
    ),
    (
        "en-lyrecast-blocked",
        "Lyrecast-Beamnet deal blocked",
        "Companies say they are considering an appeal.",
        84.5,
    ),
    (
        "en-lyrecast-blocked",
        "Lyrecast boss attacks 'backward' watchdog",
        (
            "Chief executive Hamish Cole said the ruling would deter investment in fibre "
            "networks and that the firms would fight it in the tribunal."
        ),
        90.0,
    ),
    (
        "en-cawley-warning",
        "Cawley Homes issues profit warning as buyers hold back",
        (
            "The housebuilder cut its profit forecast by a quarter, saying sales per site had "
            "fallen sharply since the autumn."
        ),
        77.0,
    ),
    (
        "en-cawley-warning",
        "Cawley shares slump 17% after warning",
        "Housebuilder blames high mortgage rates.",
        78.5,
    ),
    (
        "en-kessara-oil",
        "Oil jumps 6% after blast shuts Kessara pipeline",
        (
            "Brent crude rose above $88 a barrel after an explosion halted flows on a line "
            "carrying a million barrels a day to the coast."
        ),
        13.0,
    ),
    (
        "en-kessara-oil",
        "Pipeline blast sends oil prices soaring",
        "Cause of the explosion is still unknown.",
        15.0,
    ),
    (
        "en-kessara-oil",
        "Drivers warned of dearer petrol after Kessara blast",
        (
            "Motoring groups said pump prices could rise 4p a litre before Christmas if the "
            "pipeline stays shut for more than a week."
        ),
        21.0,
    ),
    (
        "en-dunmore-ransomware",
        "Ransomware attack halts deliveries at Dunmore Freight",
        (
            "The haulier said hackers had locked its route planning systems, leaving 600 "
            "lorries parked and supermarket orders stuck in depots."
        ),
        163.0,
    ),
    (
        "en-postal-strike",
        "Postal workers strike in run-up to Christmas",
        (
            "About 60,000 staff walked out on Friday in a dispute over pay and Sunday working, "
            "the first of four planned strike days."
        ),
        100.0,
    ),
    (
        "en-postal-strike",
        "Union leader: 'We did not want to strike in December'",
        (
            "Kerry Bainbridge said members had been left no choice after managers tore up a "
            "deal on weekend rotas, and urged the company to return to talks."
        ),
        108.0,
    ),
    (
        "en-postal-strike",
        "Second postal strike day as talks fail",
        (
            "The union and the company blamed each other after Friday night's talks broke up "
            "without a deal, and a second walkout went ahead on Saturday."
        ),
        125.5,
    ),
    (
        "en-ferrow-appeal",
        "Ferrow wins appeal in patent fight with Lumetric",
        (
            "The Court of Appeal overturned a ruling that Ferrow's hearing aids copied "
            "Lumetric's noise-cancelling design."
        ),
        104.0,
    ),
    (
        "en-ferrow-appeal",
        "Court sides with Ferrow over hearing aid patent",
        "Lumetric says it will now try its luck at the Supreme Court.",
        106.0,
    ),
    (
        "en-ironquill-layoffs",
        "Ironquill Games to cut 600 jobs after costly flop",
        (
            "The studio behind the Ashen Crown series said it would close its Dundee office "
            "after its latest game sold far below forecasts."
        ),
        5.0,
    ),
    (
        "en-ironquill-layoffs",
        "Games studio Ironquill shuts Dundee office",
        "Six hundred staff to go after disappointing sales.",
        13.0,
    ),
    (
        "en-selkirk-deal",
        "Selkirk Pharma agrees $3bn deal for US biotech Genvale",
        (
            "The British drugmaker will buy the Boston-based developer of an experimental "
            "kidney disease drug for $42 a share in cash."
        ),
        99.0,
    ),
    (
        "en-selkirk-deal",
        "Selkirk buys Genvale in $3bn deal",
        "Drugmaker bets on experimental kidney treatment.",
        102.0,
    ),
    (
        "en-selkirk-deal",
        "Analysts split over Selkirk's big bet on kidney drug",
        (
            "Some said the price was steep for a medicine still in trials, while others saw it "
            "as vital after Selkirk lost patents on two best sellers."
        ),
        110.0,
    ),
    (
        "en-coinharbour-hack",
        "Crypto exchange Coinharbour says $190m stolen in hack",
        (
            "The exchange froze withdrawals on Friday evening after thieves drained a hot "
            "wallet holding ether and stablecoins."
        ),
        115.0,
    ),
    (
        "en-coinharbour-hack",
        "Coinharbour freezes withdrawals after theft",
        "Customers told their balances are safe.",
        117.0,
    ),
    (
        "en-coinharbour-hack",
        "Coinharbour users queue online to ask: where is my money?",
        (
            "Forums filled with complaints overnight as the exchange stayed shut, and some "
            "traders said they could not reach support at all."
        ),
        121.0,
    ),
    (
        "en-coinharbour-hack",
        "Coinharbour recovers a third of stolen funds",
        (
            "The exchange said $64m had been frozen by stablecoin issuers and other platforms, "
            "and that withdrawals would restart on Monday."
        ),
        139.0,
    ),
    (
        "en-energy-cap",
        "Energy price cap to rise 3% from January",
        (
            "Ofgem said the typical household bill would go up by about £50 a year, blaming "
            "higher wholesale gas prices."
        ),
        105.0,
    ),
    (
        "en-energy-cap",
        "Household energy bills to rise in new year",
        "Charities warn of a hard winter for poorer families.",
        107.0,
    ),
    (
        "en-sterling-high",
        "Pound hits 14-month high against the dollar",
        "Sterling rose above $1.34 after weak American jobs data.",
        111.0,
    ),
    (
        "en-sterling-high",
        "Sterling climbs to strongest level since last autumn as dollar slides",
        (
            "Traders said softer US figures had raised bets on American rate cuts, lifting the "
            "pound to $1.342, good news for holidaymakers buying dollars."
        ),
        114.0,
    ),
    (
        "en-footfall",
        "Christmas shopping footfall down 4% on last year",
        (
            "Retail data firms say shoppers are buying online and visiting high streets less "
            "often, though spending per trip is up."
        ),
        128.0,
    ),
    (
        "en-footfall",
        "Fewer shoppers on high streets this December",
        "Retail parks hold up better than town centres.",
        132.0,
    ),
    (
        "en-edgecombe-strike",
        "Baggage handlers at Edgecombe airport strike on busiest weekend",
        (
            "Hundreds of flights face delays after 700 ground staff walked out over pay, with "
            "passengers told to travel with hand luggage only."
        ),
        123.0,
    ),
    (
        "en-edgecombe-strike",
        "Edgecombe airport strike causes long queues",
        "Travellers advised to arrive three hours before departure.",
        126.0,
    ),
    (
        "en-edgecombe-strike",
        "'We're stuck with no bags': travellers at Edgecombe",
        (
            "Families bound for ski resorts said they had waited hours at the carousels, while "
            "the handlers' union said it was sorry but would not back down."
        ),
        131.0,
    ),
    (
        "en-edgecombe-strike",
        "Edgecombe baggage strike called off after new pay offer",
        (
            "Ground staff will return on Monday after accepting a 6% rise, ending a walkout "
            "that left 40,000 bags delayed."
        ),
        146.0,
    ),
    (
        "en-greylings-pay",
        "Greyling's to raise pay for 40,000 supermarket staff",
        "Hourly wages will rise to £13.10 from March, the third increase in two years.",
        127.0,
    ),
    (
        "en-greylings-pay",
        "Supermarket Greyling's gives workers pay rise",
        "Union welcomes move but says it is still below the cost of living.",
        135.0,
    ),
    (
        "en-northway-fine",
        "Northway Trains fined £3m over cancellations",
        (
            "The rail regulator said the operator had cancelled one in eight trains for months "
            "and failed to tell passengers in good time."
        ),
        138.0,
    ),
    (
        "en-asking-prices",
        "Asking prices fall for third month as buyers wait",
        (
            "Sellers cut prices by an average of £3,200 in December, a property website said, "
            "the biggest drop for this time of year since 2018."
        ),
        150.0,
    ),
    (
        "en-asking-prices",
        "House asking prices dip again in December",
        "Agents expect the spring market to be busier if rates fall.",
        153.0,
    ),
    (
        "en-battery-delay",
        "Gigafactory plan for Thornbury delayed by two years",
        (
            "The battery maker Anvara said it would not start building its plant until 2029 "
            "because car companies had slowed their move to electric."
        ),
        156.0,
    ),
    (
        "en-battery-delay",
        "Anvara puts battery plant on hold",
        "Local leaders say they are bitterly disappointed.",
        160.0,
    ),
    (
        "en-shipping-rates",
        "Container rates double on Asia routes before Lunar New Year",
        (
            "Shipping lines raised prices sharply as exporters rushed to send goods, adding to "
            "cost pressures for British retailers."
        ),
        158.0,
    ),
    (
        "en-bakery-sale",
        "Crumbwell bakery chain sold to private equity",
        (
            "The 300-shop chain has been bought by Larchfield Capital for £260m, its founding "
            "family said on Sunday."
        ),
        148.0,
    ),
    (
        "en-bakery-sale",
        "Family sells Crumbwell bakeries for £260m",
        "The new owners plan to open 100 more shops across the north of England.",
        151.0,
    ),
    (
        "ru-key-rate-cut",
        "Банк России снизил ключевую ставку до 15%",
        (
            "Совет директоров впервые за полтора года смягчил политику, сославшись на "
            "замедление инфляции и охлаждение кредитования."
        ),
        106.5,
    ),
    (
        "ru-key-rate-cut",
        "ЦБ снизил ставку на два пункта",
        "Решение оказалось смелее ожиданий большинства аналитиков.",
        107.0,
    ),
    (
        "ru-key-rate-cut",
        "«Рано радоваться»: банкиры о снижении ставки",
        (
            "Руководители крупных банков говорят, что ипотека подешевеет не раньше февраля, а "
            "вклады начнут падать в цене уже на следующей неделе."
        ),
        111.0,
    ),
    (
        "ru-key-rate-cut/outage",
        "Система быстрых платежей не работала почти три часа",
        (
            "Вечером в пятницу переводы по номеру телефона и оплата по куар-коду были "
            "недоступны по всей стране; регулятор сообщил о сбое в своём центре обработки."
        ),
        116.0,
    ),
    (
        "ru-key-rate-cut/outage",
        "Сбой в СБП: покупатели не смогли расплатиться",
        "Очереди на кассах, переводы зависли до ночи.",
        117.5,
    ),
    (
        "ru-key-rate-cut/outage",
        "ЦБ объяснил пятничный сбой платёжной системы",
        (
            "Регулятор заявил, что причиной стала ошибка при обновлении программного "
            "обеспечения, и пообещал проверить резервные мощности."
        ),
        124.0,
    ),
    (
        "ru-exchange",
        "Индекс Северной биржи обновил исторический максимум",
        "Рост обеспечили акции металлургов и портовых компаний.",
        13.0,
    ),
    (
        "ru-exchange",
        "Петербургские торги закрылись рекордом",
        (
            "Индекс Северной товарно-фондовой биржи вырос на 1,8% и закрылся на отметке 3 140 "
            "пунктов, превысив прежний рекорд двухлетней давности."
        ),
        14.0,
    ),
    (
        "ru-exchange",
        "Почему инвесторы скупают бумаги петербургских металлургов",
        (
            "Брокеры объясняют ралли на Северной бирже ростом цен на никель и ожиданием "
            "высоких дивидендов весной."
        ),
        18.0,
    ),
    (
        "ru-exchange/halt",
        "Торги на Северной бирже остановлены из-за технического сбоя",
        (
            "В четверг площадка приостановила все торги на два с половиной часа: торговая "
            "система перестала принимать заявки вскоре после открытия."
        ),
        88.0,
    ),
    (
        "ru-exchange/halt",
        "Северная биржа прервала торги",
        "Биржа уверяет, что заявки клиентов не потеряны.",
        89.5,
    ),
    (
        "ru-kedr",
        "Химический завод «Кедр» в Верхнекамске закроется весной",
        (
            "Владелец предприятия объявил о полной остановке производства удобрений к апрелю; "
            "без работы останутся 1 700 человек."
        ),
        32.0,
    ),
    (
        "ru-kedr",
        "«Кедр» закрывают: 1 700 рабочих ищут работу",
        "В Верхнекамске это крупнейший работодатель.",
        35.0,
    ),
    (
        "ru-kedr",
        "Губернатор пообещал трудоустроить работников «Кедра»",
        (
            "Глава области заявил, что часть сотрудников перейдёт на строящийся в районе "
            "целлюлозный комбинат, а остальным предложат переобучение."
        ),
        40.0,
    ),
    (
        "ru-kedr/leak",
        "На заводе «Кедр» в Верхнекамске произошла утечка аммиака",
        ("Жителей ближайших кварталов попросили закрыть окна; пострадавших нет, сообщили в МЧС."),
        84.0,
    ),
    (
        "ru-kedr/leak",
        "Утечка аммиака на «Кедре»: прокуратура начала проверку",
        "Утечку устранили за час, но горожане жалуются на резкий запах.",
        85.0,
    ),
    (
        "ru-kedr/leak",
        "Экологи требуют проверить остановленные цеха «Кедра»",
        (
            "После утечки активисты заявили, что завод, который готовится к закрытию, экономит "
            "на обслуживании резервуаров."
        ),
        90.0,
    ),
    (
        "ru-hack",
        "Хакеры атаковали авиакомпанию «Полярные крылья»",
        (
            "Перевозчик отменил 46 рейсов после того, как атака вывела из строя систему "
            "бронирования."
        ),
        151.0,
    ),
    (
        "ru-hack",
        "«Полярные крылья» отменяют рейсы после кибератаки",
        "Пассажиров просят не ехать в аэропорт без подтверждения.",
        153.0,
    ),
    (
        "ru-hack",
        "Кто стоит за атакой на «Полярные крылья»",
        (
            "Специалисты по безопасности считают, что злоумышленники проникли в сеть через "
            "подрядчика, обслуживающего сайт компании."
        ),
        158.0,
    ),
    (
        "ru-marketplace",
        "Суд оштрафовал маркетплейс «Корзина» на 40 млн рублей",
        (
            "Арбитражный суд признал, что площадка навязывала продавцам платное продвижение и "
            "задерживала выплаты."
        ),
        9.0,
    ),
    (
        "ru-marketplace",
        "«Корзина» получила крупный штраф",
        "Компания намерена обжаловать решение суда.",
        11.5,
    ),
    (
        "ru-ruble",
        "Рубль укрепился до максимума с лета",
        (
            "Курс доллара опустился ниже 88 рублей на фоне продаж валюты экспортёрами перед "
            "уплатой налогов."
        ),
        43.0,
    ),
    (
        "ru-couriers",
        "Курьеры службы доставки «Мигом» объявили забастовку",
        (
            "В трёх городах сотни курьеров отказались выходить на линию, требуя вернуть "
            "прежние тарифы за заказ."
        ),
        128.0,
    ),
    (
        "ru-couriers",
        "Забастовка курьеров «Мигом» сорвала доставки",
        "Клиенты жалуются на задержки заказов в субботу.",
        130.0,
    ),
    (
        "ru-couriers",
        "«Мигом» пообещал пересмотреть тарифы",
        (
            "Руководство службы доставки заявило, что встретится с курьерами в понедельник и "
            "до этого не будет штрафовать отказавшихся от смен."
        ),
        134.0,
    ),
    (
        "ru-sedan",
        "Волжский автозавод начал выпуск седана «Сокол»",
        (
            "Первая партия из 300 машин сошла с конвейера в Тольятти; цена начинается от 1,9 "
            "млн рублей."
        ),
        60.0,
    ),
    (
        "ru-sedan",
        "«Сокол» пошёл в серию",
        "Завод рассчитывает выпускать до 60 тысяч машин в год.",
        64.0,
    ),
    (
        "ru-verdict",
        "Бывший глава банка «Меридиан» получил девять лет колонии",
        "Суд признал Аркадия Зотова виновным в хищении 12 млрд рублей вкладчиков.",
        75.0,
    ),
    (
        "ru-verdict",
        "Экс-банкир Зотов приговорён к девяти годам",
        "Суд также взыскал с него ущерб в пользу вкладчиков «Меридиана».",
        77.0,
    ),
    (
        "ru-verdict",
        "Вкладчики «Меридиана»: приговор не вернёт наши деньги",
        (
            "Пострадавшие говорят, что за шесть лет получили лишь часть страховки, а имущество "
            "осуждённого давно выведено за рубеж."
        ),
        81.0,
    ),
    (
        "ru-verdict",
        "Защита Зотова обжаловала приговор",
        (
            "Адвокаты бывшего главы «Меридиана» подали апелляцию, назвав наказание чрезмерным "
            "и указав на ошибки следствия."
        ),
        100.0,
    ),
    (
        "ru-inflation",
        "Годовая инфляция замедлилась до 7,1%",
        "Цены за неделю выросли на 0,12%, подешевели овощи и авиабилеты.",
        66.0,
    ),
    (
        "ru-inflation",
        "Инфляция в России продолжает замедляться",
        (
            "Росстат зафиксировал снижение годового роста цен третью неделю подряд; дешевеют "
            "огурцы, помидоры и перелёты."
        ),
        68.0,
    ),
    (
        "de-kesslinger",
        "Kesslinger steigert Gewinn deutlich",
        (
            "Der Industriekonzern aus Mannheim verdiente im dritten Quartal 318 Millionen "
            "Euro, ein Plus von 24 Prozent, und hebt die Jahresprognose an."
        ),
        54.0,
    ),
    (
        "de-kesslinger",
        "Kesslinger hebt Prognose an",
        "Starke Nachfrage nach Pumpen und Ventilen für Rechenzentren.",
        55.0,
    ),
    (
        "de-kesslinger",
        "Anleger feiern Kesslinger: Aktie auf Rekordhoch",
        (
            "Das Papier legte nach den Quartalszahlen um neun Prozent zu; Analysten loben vor "
            "allem das Geschäft mit Kühltechnik für Serverfarmen."
        ),
        58.0,
    ),
    (
        "de-kesslinger/leak",
        "Datenleck bei Kesslinger: Daten von 40.000 Beschäftigten im Netz",
        (
            "Wenige Stunden nach den Zahlen räumte der Konzern ein, dass Unbekannte "
            "Gehaltsdaten, Adressen und Steuer-IDs aus der Personalabteilung erbeutet haben."
        ),
        63.0,
    ),
    (
        "de-kesslinger/leak",
        "Kesslinger meldet Hackerangriff auf Personaldaten",
        "Der Konzern hat Anzeige erstattet und die Datenschutzbehörde informiert.",
        64.5,
    ),
    (
        "de-kesslinger/leak",
        "Betriebsrat wirft Kesslinger Schlamperei vor",
        (
            "Die Arbeitnehmervertreter sagen, sie hätten seit Monaten vor veralteter Software "
            "in der Personalverwaltung gewarnt."
        ),
        70.0,
    ),
    (
        "de-halberg-werk",
        "Halberg Motoren eröffnet neues Werk in Oberlauten",
        (
            "Der Autobauer hat 1,6 Milliarden Euro in die Fabrik für Elektro-Transporter "
            "investiert; 2.300 Menschen sollen dort arbeiten."
        ),
        10.0,
    ),
    (
        "de-halberg-werk",
        "Neues Halberg-Werk startet die Produktion",
        "Der Ministerpräsident und der Vorstandschef schnitten das Band durch.",
        12.0,
    ),
    (
        "de-halberg-werk",
        "Oberlauten hofft auf den Aufschwung durch Halberg",
        (
            "Im Ort freuen sich Bäcker und Vermieter über die neuen Arbeitsplätze, doch manche "
            "fürchten steigende Mieten und mehr Verkehr."
        ),
        16.0,
    ),
    (
        "de-halberg-werk/streik",
        "Streik im Halberg-Stammwerk Kirchfeld",
        (
            "Die IG Metall hat die Beschäftigten im älteren Werk zu einem ganztägigen Ausstand "
            "aufgerufen, weil dort 900 Stellen wegfallen sollen."
        ),
        40.0,
    ),
    (
        "de-halberg-werk/streik",
        "Bänder stehen still im Werk Kirchfeld",
        "Tausende Halberg-Beschäftigte legen die Arbeit nieder.",
        41.5,
    ),
    (
        "de-halberg-werk/streik",
        "Halberg-Chef: Kirchfeld bleibt, aber kleiner",
        (
            "Der Vorstandschef versprach den Streikenden, das Werk nicht zu schließen, hielt "
            "aber am Abbau von 900 Stellen bis 2028 fest."
        ),
        46.0,
    ),
    (
        "de-brenner",
        "Modekette Brenner & Sohn ist insolvent",
        (
            "Das Traditionshaus mit 64 Filialen hat beim Amtsgericht Insolvenz in "
            "Eigenverwaltung beantragt; die Läden bleiben vorerst geöffnet."
        ),
        28.0,
    ),
    (
        "de-brenner",
        "Brenner & Sohn stellt Insolvenzantrag",
        "Rund 1.900 Beschäftigte bangen nun um ihre Jobs bei der Modekette.",
        30.0,
    ),
    (
        "de-kartell",
        "Kartellamt verhängt 210 Millionen Euro Bußgeld gegen Zuckerhersteller",
        (
            "Das Bundeskartellamt wirft der Rübenland AG und zwei kleineren Firmen vor, "
            "jahrelang Preise und Kunden abgesprochen zu haben."
        ),
        76.0,
    ),
    (
        "de-kartell",
        "Bußgeld für Zuckerkartell",
        "Rübenland will die Strafe akzeptieren und hat Rückstellungen gebildet.",
        79.0,
    ),
    (
        "de-kartell",
        "Was das Zuckerkartell die Verbraucher gekostet hat",
        (
            "Nach Schätzungen von Verbraucherschützern zahlten Haushalte über Jahre bis zu "
            "zehn Prozent mehr für Zucker und Süßwaren."
        ),
        83.0,
    ),
    (
        "de-hermelin-warnstreik",
        "Verdi ruft zum Warnstreik bei Paketdienst Hermelin auf",
        (
            "In sechs Verteilzentren legen Beschäftigte am Freitag die Arbeit nieder; die "
            "Gewerkschaft fordert acht Prozent mehr Lohn."
        ),
        101.0,
    ),
    (
        "de-hermelin-warnstreik",
        "Warnstreik bei Hermelin: Pakete verspäten sich",
        "Kurz vor Weihnachten kommen Sendungen bis zu zwei Tage später an.",
        103.0,
    ),
    (
        "de-hermelin-warnstreik",
        "Hermelin nennt Streik unverantwortlich",
        (
            "Der Paketdienst wirft Verdi vor, das Weihnachtsgeschäft als Druckmittel zu "
            "missbrauchen, und verweist auf sein Angebot von fünf Prozent."
        ),
        107.0,
    ),
    (
        "de-hermelin-warnstreik",
        "Hermelin und Verdi vereinbaren neue Verhandlungsrunde",
        (
            "Nach dem Warnstreik wollen sich beide Seiten am Dienstag in Frankfurt treffen; "
            "bis dahin soll es keine weiteren Ausstände geben."
        ),
        124.0,
    ),
    (
        "de-ifo",
        "Ifo-Index: Stimmung in der Wirtschaft trübt sich ein",
        (
            "Der Geschäftsklimaindex sank im Dezember überraschend, vor allem die Industrie "
            "blickt pessimistischer auf das kommende Jahr."
        ),
        9.5,
    ),
    (
        "de-ifo",
        "Geschäftsklima fällt zum zweiten Mal in Folge",
        "Ökonomen rechnen mit einem schwachen Winterhalbjahr.",
        11.0,
    ),
    (
        "de-brixwerk-urteil",
        "Ex-Brixwerk-Chef zu vier Jahren Haft verurteilt",
        (
            "Das Landgericht München sah es als erwiesen an, dass Volker Anstätt die Bilanzen "
            "des Solarkonzerns jahrelang geschönt hat."
        ),
        14.0,
    ),
    (
        "de-brixwerk-urteil",
        "Vier Jahre Haft für Volker Anstätt",
        "Die Verteidigung kündigt Revision an.",
        16.5,
    ),
    (
        "de-brixwerk-urteil",
        "Aktionäre nach dem Brixwerk-Urteil: Genugtuung, aber kein Geld",
        (
            "Kleinanleger, die beim Zusammenbruch des Solarkonzerns ihre Ersparnisse verloren, "
            "hoffen nun auf Schadenersatz aus der Insolvenzmasse."
        ),
        20.0,
    ),
    (
        "de-ortmann",
        "Maschinenbauer Ortmann streicht 1.200 Stellen",
        (
            "Das Familienunternehmen aus Schwaben begründet den Abbau mit schwachen Aufträgen "
            "aus China und den hohen Energiepreisen."
        ),
        98.0,
    ),
    (
        "de-ortmann",
        "Ortmann baut jede fünfte Stelle ab",
        "Betroffen sind vor allem die Werke in Esslingen und Göppingen.",
        100.5,
    ),
    (
        "de-nordkonto",
        "Störung bei Onlinebank Nordkonto: Kunden kommen nicht an ihr Geld",
        (
            "Seit Samstagmorgen funktionieren App, Überweisungen und Kartenzahlungen bei der "
            "Direktbank nicht mehr."
        ),
        126.0,
    ),
    (
        "de-nordkonto",
        "Nordkonto-App fällt aus",
        "Die Bank spricht von einem Fehler bei einem Dienstleister.",
        129.0,
    ),
    (
        "de-nordkonto",
        "Nordkonto-Kunden stehen an der Supermarktkasse ohne Geld da",
        (
            "Viele Kundinnen und Kunden berichten, ihre Karte sei beim Einkauf abgelehnt "
            "worden; die Bank verspricht, entstandene Gebühren zu erstatten."
        ),
        133.0,
    ),
    (
        "de-alsterlinie",
        "Reederei Alsterlinie übernimmt Konkurrenten Weserfracht",
        (
            "Die Hamburger Reederei zahlt rund 800 Millionen Euro und wird damit zur größten "
            "Containerreederei im Familienbesitz in Europa."
        ),
        147.0,
    ),
    (
        "de-alsterlinie",
        "Alsterlinie kauft Weserfracht",
        "Die Kartellbehörden müssen dem Geschäft noch zustimmen.",
        150.0,
    ),
    (
        "de-spielwaren",
        "Spielwarenhändler Kunterbunt meldet Rekordumsatz im Advent",
        (
            "Die Kette verkaufte an den ersten drei Adventswochenenden so viel wie nie zuvor, "
            "vor allem Bausätze und Brettspiele."
        ),
        157.0,
    ),
    (
        "fr-lumio",
        "Lumio présente son premier smartphone pliable",
        (
            "La jeune pousse lyonnaise a dévoilé jeudi à Paris le Lumio Flex, un téléphone qui "
            "se replie en deux, vendu 1 299 euros à partir de janvier."
        ),
        78.0,
    ),
    (
        "fr-lumio",
        "Le Lumio Flex arrive en janvier",
        "Le fabricant lyonnais promet une batterie de deux jours.",
        79.0,
    ),
    (
        "fr-lumio",
        "« Nous voulons prouver que l'Europe sait encore faire des téléphones »",
        (
            "Le patron de Lumio, Bastien Carel, assure que l'écran et la charnière sont conçus "
            "en France et espère vendre 200 000 exemplaires la première année."
        ),
        82.0,
    ),
    (
        "fr-lumio/perquisition",
        "Perquisition de l'Autorité de la concurrence chez Lumio",
        (
            "Quelques heures après le lancement de son smartphone, les enquêteurs ont fouillé "
            "le siège lyonnais de l'entreprise, soupçonnée d'entente sur les prix avec des "
            "revendeurs."
        ),
        86.0,
    ),
    (
        "fr-lumio/perquisition",
        "Lumio visé par une enquête pour entente",
        "L'entreprise dit coopérer pleinement avec les enquêteurs.",
        87.5,
    ),
    (
        "fr-lumio/perquisition",
        "Les distributeurs de Lumio inquiets après la perquisition",
        (
            "Plusieurs enseignes qui vendent les téléphones de la marque craignent d'être "
            "entraînées dans l'enquête sur les prix de revente imposés."
        ),
        93.0,
    ),
    (
        "fr-armorique",
        "La Banque Armorique sanctionnée de 18 millions d'euros",
        (
            "L'ACPR reproche à la banque régionale des failles graves dans la lutte contre le "
            "blanchiment, notamment sur des virements vers l'étranger."
        ),
        26.0,
    ),
    (
        "fr-armorique",
        "Amende de 18 millions pour la Banque Armorique",
        "Le gendarme bancaire pointe des contrôles insuffisants.",
        29.0,
    ),
    (
        "fr-armorique",
        "Blanchiment : la Banque Armorique promet de tout revoir",
        (
            "Le directeur général dit avoir recruté 60 personnes au service conformité et ne "
            "pas contester la sanction."
        ),
        33.0,
    ),
    (
        "fr-armorique/agences",
        "La Banque Armorique va fermer 120 agences d'ici 2027",
        (
            "La banque bretonne annonce la fermeture d'un quart de son réseau, expliquant que "
            "ses clients passent désormais surtout par l'application."
        ),
        56.0,
    ),
    (
        "fr-armorique/agences",
        "Fermetures d'agences à la Banque Armorique",
        "Les syndicats redoutent 400 suppressions de postes.",
        58.0,
    ),
    (
        "fr-armorique/agences",
        "Dans les villages bretons, la fin de l'agence bancaire inquiète",
        (
            "Des maires craignent que les personnes âgées n'aient plus de guichet à moins de "
            "trente kilomètres."
        ),
        64.0,
    ),
    (
        "fr-verrand",
        "L'usine Verrand de Saint-Aubrac va fermer",
        (
            "Le groupe chimique annonce l'arrêt de son site de colles industrielles d'ici "
            "l'été ; 340 salariés sont concernés."
        ),
        8.0,
    ),
    (
        "fr-verrand",
        "Fermeture annoncée de l'usine Verrand",
        "Les salariés ont appris la nouvelle lors d'un comité social.",
        10.5,
    ),
    (
        "fr-verrand",
        "Saint-Aubrac sous le choc après l'annonce de Verrand",
        (
            "Le maire parle d'un « coup de massue » pour une commune où l'usine fait vivre des "
            "dizaines de sous-traitants depuis 1962."
        ),
        15.0,
    ),
    (
        "fr-verrand/fuite",
        "Fuite de solvant à l'usine Verrand de Saint-Aubrac",
        (
            "Un nuage odorant s'est échappé d'une cuve mercredi matin ; la préfecture a "
            "demandé aux habitants de rester chez eux pendant deux heures."
        ),
        55.0,
    ),
    (
        "fr-verrand/fuite",
        "Fuite chimique à Saint-Aubrac : confinement levé",
        "Aucun blessé, selon les pompiers.",
        57.0,
    ),
    (
        "fr-verrand/fuite",
        "Après la fuite, les salariés de Verrand dénoncent le manque d'entretien",
        (
            "Selon les syndicats, la direction a cessé d'investir dans le site depuis qu'elle "
            "a décidé sa fermeture."
        ),
        62.0,
    ),
    (
        "fr-raffinerie",
        "Grève à la raffinerie de Port-Géran : les stations s'inquiètent",
        (
            "Les salariés de la raffinerie ont cessé le travail vendredi pour réclamer des "
            "hausses de salaire ; plusieurs stations de l'Ouest manquent déjà de gazole."
        ),
        98.0,
    ),
    (
        "fr-raffinerie",
        "Le gouvernement appelle au dialogue à Port-Géran",
        (
            "La ministre de l'Énergie exclut pour l'instant toute réquisition et demande à la "
            "direction de rouvrir les négociations salariales."
        ),
        106.0,
    ),
    (
        "fr-raffinerie",
        "Port-Géran : accord trouvé, la raffinerie redémarre",
        (
            "Direction et syndicats ont signé dans la nuit un accord prévoyant 5 % "
            "d'augmentation, mettant fin à la grève."
        ),
        122.0,
    ),
    (
        "fr-solvane-proces",
        "L'ex-PDG de Solvane condamné à trois ans de prison avec sursis",
        (
            "Le tribunal correctionnel de Paris a reconnu Hervé Lestrade coupable d'abus de "
            "biens sociaux au détriment du fabricant de peintures."
        ),
        105.0,
    ),
    (
        "fr-solvane-proces",
        "Hervé Lestrade condamné dans l'affaire Solvane",
        "Il devra aussi verser 2 millions d'euros d'amende.",
        107.0,
    ),
    (
        "fr-rachat",
        "Le groupe Delorme rachète les Maisons Dubreuil",
        (
            "Le constructeur de maisons individuelles passe sous le contrôle de Delorme pour "
            "420 millions d'euros."
        ),
        155.0,
    ),
    (
        "fr-rachat",
        "Delorme s'offre les Maisons Dubreuil pour 420 millions",
        (
            "Le nouveau groupe construira près de 9 000 maisons par an et promet de garder "
            "toutes les agences commerciales."
        ),
        158.0,
    ),
    (
        "fr-cnil",
        "La CNIL inflige 8 millions d'euros d'amende à l'appli Trouvetou",
        (
            "L'application de petites annonces conservait les données de ses utilisateurs sans "
            "limite de durée et les revendait à des courtiers."
        ),
        128.0,
    ),
    (
        "fr-cnil",
        "Amende record de la CNIL pour Trouvetou",
        "L'appli a trois mois pour se mettre en conformité.",
        131.0,
    ),
    (
        "fr-croissance",
        "La croissance française revue à la baisse pour l'an prochain",
        (
            "La Banque de France ne prévoit plus qu'une hausse de 0,7 % du PIB, pénalisée par "
            "la faiblesse de l'industrie et la prudence des ménages."
        ),
        150.0,
    ),
    (
        "fr-croissance",
        "La Banque de France abaisse sa prévision de croissance",
        "Les ménages épargnent toujours autant.",
        153.0,
    ),
    (
        "fr-orelia",
        "Panne géante chez l'opérateur Orélia : des millions d'abonnés privés de réseau",
        (
            "Appels, SMS et données mobiles ont été coupés pendant près de cinq heures samedi "
            "dans une bonne partie du pays."
        ),
        140.0,
    ),
    (
        "fr-orelia",
        "Orélia : le réseau mobile revient peu à peu",
        "L'opérateur évoque une défaillance d'un équipement central.",
        142.0,
    ),
    (
        "fr-orelia",
        "Panne d'Orélia : les abonnés seront dédommagés",
        (
            "L'opérateur offrira une semaine d'abonnement à tous ses clients mobiles et promet "
            "un rapport sur l'incident sous quinze jours."
        ),
        161.0,
    ),
    (
        "fr-cognac",
        "Les exportations de cognac s'effondrent",
        (
            "Les maisons de Cognac ont vu leurs ventes à l'étranger chuter de 20 % en un an, "
            "selon leur interprofession, qui réclame un plan d'aide."
        ),
        159.0,
    ),
    (
        "es-telvar",
        "Telvar gana un 18% más hasta septiembre",
        (
            "El grupo de telecomunicaciones obtuvo un beneficio de 1.240 millones de euros "
            "gracias al tirón de la fibra y de los contratos con empresas."
        ),
        31.0,
    ),
    (
        "es-telvar",
        "Telvar mejora sus previsiones para el año",
        "La operadora eleva el dividendo y anuncia recompra de acciones.",
        32.0,
    ),
    (
        "es-telvar/ciberataque",
        "Telvar sufre un ciberataque que expone datos de 900.000 clientes",
        (
            "Horas después de presentar sus cuentas, la operadora admitió que unos piratas "
            "accedieron a nombres, DNI y cuentas bancarias de sus abonados."
        ),
        39.0,
    ),
    (
        "es-telvar/ciberataque",
        "Filtración masiva de datos en Telvar",
        "La compañía pide a sus clientes que desconfíen de llamadas sospechosas.",
        40.5,
    ),
    (
        "es-telvar/ciberataque",
        "La Agencia de Protección de Datos abre una investigación a Telvar",
        (
            "El organismo quiere saber por qué la operadora tardó tres días en detectar el "
            "acceso a su base de datos de clientes."
        ),
        45.0,
    ),
    (
        "es-ibarra-planta",
        "Motores Ibarra inaugura su nueva planta de coches eléctricos en Navarra",
        (
            "La fábrica, que ha costado 1.100 millones, dará empleo a 2.000 personas y "
            "producirá 150.000 vehículos al año."
        ),
        75.0,
    ),
    (
        "es-ibarra-planta",
        "Ibarra abre su fábrica de eléctricos",
        "El rey y el presidente navarro asistieron a la inauguración.",
        77.0,
    ),
    (
        "es-ibarra-planta",
        "La nueva planta de Ibarra, un salvavidas para la comarca",
        (
            "Los alcaldes de la zona confían en que la fábrica frene la despoblación y atraiga "
            "a proveedores de baterías."
        ),
        81.0,
    ),
    (
        "es-ibarra-planta/huelga",
        "Huelga en la antigua planta de Motores Ibarra en Casares",
        (
            "Los trabajadores de la fábrica más veterana del grupo pararon el domingo contra "
            "el traslado de la línea de motores a la nueva planta navarra."
        ),
        145.0,
    ),
    (
        "es-ibarra-planta/huelga",
        "Paro total en la fábrica de Ibarra en Casares",
        "Los sindicatos anuncian más jornadas de huelga en enero.",
        147.0,
    ),
    (
        "es-estibadores",
        "Los estibadores de Puerto Alcaudete van a la huelga",
        (
            "La plantilla del puerto ha parado por el convenio colectivo y decenas de buques "
            "esperan fondeados para descargar."
        ),
        52.0,
    ),
    (
        "es-estibadores",
        "Huelga de estibadores en Puerto Alcaudete",
        "Las navieras desvían barcos a otros puertos del Mediterráneo.",
        54.0,
    ),
    (
        "es-estibadores",
        "Los exportadores de fruta temen pérdidas por la huelga del puerto",
        (
            "Las cooperativas de cítricos calculan que cada día de paro les cuesta dos "
            "millones de euros en contenedores que no salen."
        ),
        59.0,
    ),
    (
        "es-estibadores",
        "Acuerdo en el puerto: los estibadores desconvocan la huelga",
        (
            "Sindicatos y empresas firmaron de madrugada un convenio con una subida salarial "
            "del 4% durante tres años."
        ),
        76.0,
    ),
    (
        "es-cnmc",
        "La CNMC multa con 65 millones a Electra Sur por facturas abusivas",
        (
            "La comisión concluye que la eléctrica cobró de más a unos 300.000 clientes con "
            "cargos por servicios que no habían pedido."
        ),
        102.0,
    ),
    (
        "es-cnmc",
        "Multa millonaria a Electra Sur",
        "Electra Sur ya ha anunciado que recurrirá la sanción ante la Audiencia Nacional.",
        104.0,
    ),
    (
        "es-euribor",
        "El euríbor cierra el año por debajo del 2,3%",
        ("Las hipotecas variables se abaratarán en la próxima revisión para millones de familias."),
        127.0,
    ),
    (
        "es-euribor",
        "Las cuotas de las hipotecas bajarán con el euríbor en mínimos",
        (
            "Un hipotecado medio ahorrará unos 60 euros al mes en su próxima revisión anual, "
            "según los cálculos de los portales inmobiliarios."
        ),
        130.0,
    ),
    (
        "es-caja-levante",
        "Condenado a seis años el expresidente de Caja Levante",
        (
            "La Audiencia Nacional considera probado que Joaquín Sarrió concedió créditos "
            "ruinosos a empresas de sus socios."
        ),
        56.0,
    ),
    (
        "es-caja-levante",
        "Seis años de cárcel para Joaquín Sarrió",
        "Los preferentistas celebran la sentencia a las puertas del tribunal.",
        58.0,
    ),
    (
        "es-caja-levante",
        "«Llevamos catorce años esperando»: los ahorradores de Caja Levante",
        (
            "Las asociaciones de afectados dicen que la condena llega tarde y reclaman que se "
            "embarguen los bienes del expresidente."
        ),
        63.0,
    ),
    (
        "es-opa",
        "Banco Meseta lanza una opa sobre Banco Duero",
        (
            "La entidad ofrece 3.400 millones en acciones y efectivo para crear el quinto "
            "banco del país."
        ),
        8.0,
    ),
    (
        "es-opa",
        "Banco Meseta quiere comprar Banco Duero",
        "El consejo de Duero estudiará la oferta esta semana.",
        9.0,
    ),
    (
        "es-opa",
        "El Gobierno advierte de que vigilará la opa sobre Banco Duero",
        (
            "El ministro de Economía recuerda que la operación necesita su visto bueno y pide "
            "garantías sobre oficinas y empleo."
        ),
        14.0,
    ),
    (
        "es-galletas",
        "Galletas Ortiz cierra su fábrica de Aranda tras 70 años",
        "El fabricante trasladará la producción a Portugal y despedirá a 260 trabajadores.",
        100.0,
    ),
    (
        "es-galletas",
        "Cierre de la fábrica de Galletas Ortiz",
        "El comité anuncia movilizaciones en la localidad.",
        103.0,
    ),
    (
        "es-paro",
        "El paro baja en 22.000 personas en noviembre",
        (
            "El número de desempleados inscritos queda en su nivel más bajo desde 2008, con la "
            "hostelería y el comercio tirando del empleo."
        ),
        26.0,
    ),
    (
        "es-paro",
        "El paro registrado cae en noviembre",
        "La afiliación a la Seguridad Social marca un nuevo récord.",
        28.0,
    ),
    (
        "es-app-banco",
        "Caída de la aplicación de Banco Duero en pleno fin de semana",
        (
            "Miles de clientes no pudieron hacer transferencias ni consultar su saldo durante "
            "seis horas del domingo."
        ),
        150.0,
    ),
    (
        "es-ferreteria",
        "La cadena de ferreterías Clavo abrirá 40 tiendas en 2027",
        (
            "La empresa familiar gallega prevé contratar a 500 personas y entrar por primera "
            "vez en Madrid y Barcelona."
        ),
        160.0,
    ),
    (
        "it-ferrante",
        "Gruppo Lucerna compra Ferrante Alimentare per 1,4 miliardi",
        (
            "L'accordo, approvato dai consigli delle due società, crea il secondo produttore "
            "italiano di sughi pronti e conserve di pomodoro."
        ),
        30.0,
    ),
    (
        "it-ferrante",
        "Lucerna si prende Ferrante",
        "Offerta da 1,4 miliardi, la famiglia fondatrice esce dal capitale.",
        31.0,
    ),
    (
        "it-ferrante",
        "Ferrante ai nuovi padroni, i sindacati chiedono un incontro",
        (
            "Fai, Flai e Uila vogliono garanzie sui tre stabilimenti campani e sui circa 2.000 "
            "lavoratori stagionali della raccolta."
        ),
        35.0,
    ),
    (
        "it-ferrante/multa",
        "L'Antitrust multa Ferrante Alimentare per 5 milioni",
        (
            "Secondo l'Autorità garante il marchio ha pubblicizzato come italiano al cento per "
            "cento un pomodoro in parte importato."
        ),
        110.0,
    ),
    (
        "it-ferrante/multa",
        "Pomodoro non tutto italiano: sanzione a Ferrante",
        "L'azienda annuncia ricorso al Tar del Lazio.",
        112.0,
    ),
    (
        "it-borsa-record",
        "Piazza Affari chiude ai massimi dal 2000",
        "Il Ftse Mib guadagna l'1,2% trainato dalle banche.",
        16.5,
    ),
    (
        "it-borsa-record",
        "Borsa di Milano da record, le banche spingono il listino",
        (
            "L'indice principale ha chiuso la seduta a 44.980 punti, il livello più alto da un "
            "quarto di secolo, con forti acquisti sui titoli bancari e assicurativi."
        ),
        17.0,
    ),
    (
        "it-borsa-record",
        "Perché Piazza Affari corre più delle altre borse europee",
        (
            "Gli analisti indicano i dividendi generosi delle banche e l'arrivo di fondi "
            "esteri attratti dallo spread in calo."
        ),
        22.0,
    ),
    (
        "it-borsa-record/stop",
        "Guasto tecnico, Borsa di Milano ferma per tre ore",
        (
            "Le contrattazioni sono state sospese giovedì mattina per un problema alla "
            "piattaforma informatica che gestisce gli ordini."
        ),
        80.0,
    ),
    (
        "it-borsa-record/stop",
        "Piazza Affari si blocca per un guasto",
        "Sospese tutte le negoziazioni su azioni e titoli di Stato.",
        81.0,
    ),
    (
        "it-borsa-record/stop",
        "La Consob chiede chiarimenti dopo lo stop di Piazza Affari",
        (
            "L'autorità vuole sapere perché il sistema di riserva non sia entrato in funzione "
            "e quanti ordini siano andati persi."
        ),
        86.0,
    ),
    (
        "it-valdelsa",
        "Banca Valdelsa multata per 12 milioni per antiriciclaggio",
        (
            "La Banca d'Italia ha contestato all'istituto toscano controlli insufficienti su "
            "bonifici verso paesi a rischio."
        ),
        60.0,
    ),
    (
        "it-valdelsa",
        "Sanzione da 12 milioni a Banca Valdelsa",
        "L'istituto annuncia di aver già rafforzato i controlli interni.",
        62.0,
    ),
    (
        "it-valdelsa/filiali",
        "Banca Valdelsa chiude 90 filiali",
        (
            "Il nuovo piano industriale taglia un terzo degli sportelli entro il 2027 e "
            "prevede 350 uscite volontarie incentivate."
        ),
        82.0,
    ),
    (
        "it-valdelsa/filiali",
        "Valdelsa, via 90 sportelli",
        "I sindacati proclamano lo stato di agitazione.",
        84.0,
    ),
    (
        "it-valdelsa/filiali",
        "Nei paesi toscani senza banca: «Ci resta solo il bancomat»",
        (
            "I sindaci della Valdelsa temono per anziani e piccoli commercianti, che dovranno "
            "fare chilometri per un versamento."
        ),
        90.0,
    ),
    (
        "it-sciopero",
        "Sciopero dei metalmeccanici, cortei in venti città",
        (
            "Fim, Fiom e Uilm hanno fermato le fabbriche per otto ore per chiedere il rinnovo "
            "del contratto nazionale scaduto da un anno."
        ),
        99.0,
    ),
    (
        "it-sciopero",
        "Metalmeccanici in piazza per il contratto",
        "Adesione alta negli stabilimenti del Nord secondo i sindacati.",
        101.0,
    ),
    (
        "it-sciopero",
        "Federmeccanica: «Pronti a riaprire il tavolo»",
        (
            "Gli industriali rispondono allo sciopero proponendo una nuova data per la "
            "trattativa già a metà gennaio."
        ),
        106.0,
    ),
    (
        "it-sentenza",
        "Crac Tessiture Borroni, condannato l'ex amministratore",
        (
            "Il tribunale di Como ha inflitto cinque anni e quattro mesi a Silvano Borroni per "
            "bancarotta fraudolenta."
        ),
        88.0,
    ),
    (
        "it-sentenza",
        "Cinque anni all'ex patron delle Tessiture Borroni",
        "I lavoratori rimasti senza liquidazione presenti in aula.",
        90.5,
    ),
    (
        "it-istat",
        "Istat, l'inflazione rallenta all'1,4% a novembre",
        (
            "Pesano il calo dei prezzi dell'energia e dei voli, mentre il carrello della spesa "
            "resta sopra il due per cento."
        ),
        33.0,
    ),
    (
        "it-istat",
        "Inflazione in frenata a novembre",
        "I prezzi dei beni alimentari sono ancora in crescita secondo i dati definitivi.",
        34.0,
    ),
    (
        "it-arcobaleno",
        "Furto di dati a Telefonia Arcobaleno, coinvolti 1,2 milioni di clienti",
        (
            "L'operatore ha scoperto un accesso abusivo ai sistemi di assistenza, da cui sono "
            "stati copiati nomi, numeri e codici fiscali."
        ),
        138.0,
    ),
    (
        "it-arcobaleno",
        "Dati rubati ai clienti di Arcobaleno",
        "Il Garante della privacy apre un'istruttoria.",
        141.0,
    ),
    (
        "it-acciaieria",
        "Acciaieria di Castelvetro, cassa integrazione per 800 operai",
        (
            "L'azienda ferma l'altoforno fino a marzo per il crollo degli ordini dell'edilizia "
            "e dell'auto."
        ),
        126.0,
    ),
    (
        "it-acciaieria",
        "Castelvetro ferma l'altoforno",
        "Cassa integrazione per tre mesi, i sindacati chiedono un tavolo al ministero.",
        129.0,
    ),
    (
        "it-spread",
        "Lo spread scende sotto i cento punti",
        (
            "Il differenziale tra Btp e Bund tedeschi non era così basso dal 2015; pesa il "
            "giudizio migliore delle agenzie di rating."
        ),
        155.0,
    ),
    (
        "pt-selic",
        "Copom corta a Selic para 13,75% ao ano",
        (
            "O Banco Central reduziu os juros pela primeira vez em um ano, citando a "
            "desaceleração da inflação e o real mais forte."
        ),
        80.0,
    ),
    (
        "pt-selic",
        "Banco Central corta juros em 0,5 ponto",
        "Decisão foi unânime e veio em linha com o mercado.",
        80.5,
    ),
    (
        "pt-selic",
        "Comércio e indústria pedem cortes mais rápidos na Selic",
        (
            "Entidades empresariais elogiaram a decisão, mas disseram que os juros ainda "
            "sufocam o crédito para as pequenas empresas."
        ),
        84.0,
    ),
    (
        "pt-selic/pix",
        "Pix fica fora do ar por quase três horas na noite de quinta",
        (
            "Clientes de todos os bancos não conseguiram fazer transferências; o Banco Central "
            "atribuiu a falha a um problema na sua infraestrutura."
        ),
        89.0,
    ),
    (
        "pt-selic/pix",
        "Falha no Pix trava pagamentos em todo o país",
        "Lojas e restaurantes voltaram ao cartão e ao dinheiro.",
        90.0,
    ),
    (
        "pt-selic/pix",
        "Banco Central explica a pane do Pix e promete reforço",
        (
            "Segundo a autoridade monetária, uma atualização de rede causou a queda, e o "
            "sistema de contingência demorou a assumir."
        ),
        96.0,
    ),
    (
        "pt-varela-fabrica",
        "Montadora Varela inaugura fábrica em Vila Serrana",
        (
            "A unidade de caminhões, que custou R$ 3 bilhões, vai gerar 2.500 empregos diretos "
            "no interior paulista."
        ),
        6.0,
    ),
    (
        "pt-varela-fabrica",
        "Varela abre nova fábrica de caminhões",
        (
            "O presidente da empresa promete uma produção de 30 mil unidades por ano na nova "
            "fábrica."
        ),
        8.0,
    ),
    (
        "pt-varela-fabrica",
        "Vila Serrana aposta na Varela para crescer",
        (
            "Prefeito fala em novos bairros e escolas para receber as famílias dos "
            "trabalhadores da montadora."
        ),
        13.0,
    ),
    (
        "pt-varela-fabrica/greve",
        "Operários da Varela em São Caetano entram em greve",
        (
            "Trabalhadores da fábrica mais antiga da montadora cruzaram os braços contra a "
            "transferência de linhas para a nova unidade do interior."
        ),
        96.5,
    ),
    (
        "pt-varela-fabrica/greve",
        "Greve para a fábrica da Varela no ABC",
        "Sindicato diz que 4 mil empregos estão ameaçados.",
        98.0,
    ),
    (
        "pt-varela-fabrica/greve",
        "Varela diz que não vai fechar a fábrica de São Caetano",
        (
            "A montadora afirmou que a unidade do ABC continuará a fazer motores, mas não "
            "descartou um programa de demissões voluntárias."
        ),
        103.0,
    ),
    (
        "pt-atlantica",
        "Conserveira Atlântica vai fechar fábrica em Peniche",
        (
            "A empresa de conservas de peixe anunciou o encerramento da unidade até março, "
            "deixando 210 trabalhadores no desemprego."
        ),
        56.0,
    ),
    (
        "pt-atlantica",
        "Fecho da Conserveira Atlântica em Peniche",
        "Sindicato fala numa notícia devastadora para a terra.",
        58.0,
    ),
    (
        "pt-atlantica",
        "Câmara de Peniche pede ao Governo que salve a Atlântica",
        (
            "O presidente da câmara quer que o ministério da Economia procure um comprador "
            "para a fábrica de conservas."
        ),
        62.0,
    ),
    (
        "pt-atlantica/fuga",
        "Fuga de amoníaco na fábrica da Conserveira Atlântica",
        (
            "Dois trabalhadores foram assistidos no local após uma fuga num sistema de "
            "refrigeração da unidade de Peniche."
        ),
        99.0,
    ),
    (
        "pt-atlantica/fuga",
        "Fuga de gás em fábrica de conservas de Peniche",
        "Os bombeiros controlaram a situação em meia hora.",
        100.5,
    ),
    (
        "pt-dolar",
        "Dólar cai para R$ 5,61 e fecha no menor valor em seis meses",
        (
            "A moeda americana recuou com a entrada de recursos estrangeiros na bolsa e a "
            "expectativa de cortes de juros nos Estados Unidos."
        ),
        42.0,
    ),
    (
        "pt-dolar",
        "Dólar recua e real ganha força",
        "Ibovespa sobe mais de 1% no mesmo dia.",
        43.5,
    ),
    (
        "pt-bancarios",
        "Bancários de Lisboa e Porto param contra fecho de balcões",
        (
            "A greve convocada pelos sindicatos do setor fechou dezenas de agências do Banco "
            "Lusitano neste sábado de compras de Natal."
        ),
        122.0,
    ),
    (
        "pt-bancarios",
        "Greve nos balcões do Banco Lusitano",
        "Adesão ronda os 70%, dizem os sindicatos.",
        124.0,
    ),
    (
        "pt-bancarios",
        "Banco Lusitano lamenta greve e diz que fechos são inevitáveis",
        (
            "A administração garante que não haverá despedimentos e que os trabalhadores dos "
            "balcões encerrados serão recolocados."
        ),
        129.0,
    ),
    (
        "pt-condenacao",
        "Ex-diretor da Construtora Pinheiral é condenado a 12 anos",
        (
            "A Justiça Federal considerou que Roberto Amaral pagou propinas para obter "
            "contratos de obras em rodovias."
        ),
        73.0,
    ),
    (
        "pt-condenacao",
        "Justiça condena ex-diretor da Pinheiral",
        "Defesa diz que vai recorrer da sentença.",
        76.0,
    ),
    (
        "pt-vazamento",
        "Vazamento expõe dados de 4 milhões de clientes da operadora Sintonia",
        (
            "Nomes, CPFs e endereços foram colocados à venda em um fórum na internet, segundo "
            "uma empresa de segurança digital."
        ),
        136.0,
    ),
    (
        "pt-vazamento",
        "Operadora Sintonia confirma vazamento de dados",
        "A empresa diz que as senhas não foram afetadas.",
        139.0,
    ),
    (
        "pt-farmacias",
        "Rede Drogamais compra a concorrente Farmavida por R$ 2 bilhões",
        (
            "Negócio cria a terceira maior rede de farmácias do país, com 1.900 lojas, e ainda "
            "depende do aval do Cade."
        ),
        149.0,
    ),
    (
        "pt-farmacias",
        "Drogamais anuncia compra da Farmavida",
        "As lojas das duas redes seguem funcionando normalmente.",
        152.0,
    ),
    (
        "pt-desemprego",
        "Desemprego cai para 6,2% e renova mínima histórica",
        (
            "Segundo o IBGE, o número de trabalhadores com carteira assinada bateu recorde no "
            "trimestre até outubro."
        ),
        30.0,
    ),
    (
        "pt-desemprego",
        "Taxa de desemprego recua para 6,2% no trimestre",
        (
            "A renda média do trabalhador também subiu e atingiu o maior valor da série, "
            "puxada pelos serviços."
        ),
        31.5,
    ),
    (
        "pt-cafe",
        "Preço do café dispara e torrefadoras anunciam novo aumento",
        (
            "A saca de café arábica passou dos R$ 2.400 e as marcas de supermercado devem "
            "ficar até 15% mais caras em janeiro."
        ),
        162.0,
    ),
    (
        "nl-vonkel",
        "Vonkel onthult slimme thermostaat die zelf de energieprijs volgt",
        (
            "Het Eindhovense bedrijf presenteerde dinsdag de Vonkel Zon, een thermostaat die "
            "de verwarming laat draaien als stroom en gas het goedkoopst zijn."
        ),
        33.0,
    ),
    (
        "nl-vonkel",
        "Vonkel Zon vanaf februari in de winkel",
        "De thermostaat kost 229 euro en werkt met alle gangbare ketels.",
        34.0,
    ),
    (
        "nl-vonkel",
        "'We willen de Philips van de energietransitie worden'",
        (
            "Oprichter Sanne de Wit vertelde bij de presentatie dat Vonkel volgend jaar "
            "honderd mensen aanneemt en naar Duitsland wil uitbreiden."
        ),
        37.0,
    ),
    (
        "nl-vonkel/inval",
        "ACM doet inval bij Vonkel, uren na productlancering",
        (
            "Toezichthouders doorzochten het hoofdkantoor in Eindhoven op verdenking van "
            "prijsafspraken met installateurs over de verkoopprijs van thermostaten."
        ),
        40.0,
    ),
    (
        "nl-vonkel/inval",
        "Mededingingswaakhond valt binnen bij Vonkel",
        "Het bedrijf zegt volledig mee te werken aan het onderzoek.",
        41.5,
    ),
    (
        "nl-vonkel/inval",
        "Installateurs ongerust na inval bij Vonkel",
        (
            "Brancheclubs vrezen dat ook hun leden worden ondervraagd over de adviesprijzen "
            "die Vonkel zou hebben opgelegd."
        ),
        47.0,
    ),
    (
        "nl-weidegoud",
        "Zuivelbedrijf Weidegoud overgenomen door Deense Nordmejeri",
        (
            "De Friese coöperatie wordt voor 1,7 miljard euro verkocht; de boeren stemden "
            "zaterdag in met de overname."
        ),
        11.0,
    ),
    (
        "nl-weidegoud",
        "Weidegoud gaat naar Denemarken",
        "Leden krijgen een vaste melkprijs voor vijf jaar.",
        12.5,
    ),
    (
        "nl-weidegoud",
        "Friese melkveehouders verdeeld over verkoop Weidegoud",
        (
            "Sommige boeren zijn blij met de zekerheid, anderen vrezen dat beslissingen "
            "voortaan in Aarhus worden genomen."
        ),
        17.0,
    ),
    (
        "nl-weidegoud/boete",
        "ACM beboet Weidegoud voor misleidende reclame over weidemelk",
        (
            "De toezichthouder legt een boete van 3 miljoen euro op omdat een groot deel van "
            "de melk van koeien kwam die nooit buiten liepen."
        ),
        85.0,
    ),
    (
        "nl-weidegoud/boete",
        "Boete voor Weidegoud om weidemelk",
        "Het zuivelbedrijf gaat in bezwaar tegen het besluit.",
        87.0,
    ),
    (
        "nl-polderbank",
        "DNB legt Polderbank boete van 9 miljoen op",
        (
            "De Nederlandsche Bank vindt dat de bank jarenlang te weinig deed om witwassen "
            "door zakelijke klanten te ontdekken."
        ),
        100.0,
    ),
    (
        "nl-polderbank",
        "Miljoenenboete voor Polderbank om witwascontrole",
        "De bank zegt de tekortkomingen inmiddels te hebben hersteld.",
        101.5,
    ),
    (
        "nl-polderbank",
        "Polderbank: 'We hebben de waarschuwingen te lang genegeerd'",
        (
            "Topvrouw Marieke Hoekstra erkent in een interview dat de bank te laat investeerde "
            "in klantonderzoek en belooft beterschap."
        ),
        106.0,
    ),
    (
        "nl-polderbank/kantoren",
        "Polderbank sluit de helft van zijn kantoren",
        (
            "Volgend jaar gaan 45 van de 90 vestigingen dicht; klanten kunnen in de supermarkt "
            "nog wel geld opnemen bij een servicepunt."
        ),
        128.0,
    ),
    (
        "nl-polderbank/kantoren",
        "Polderbank sluit 45 kantoren",
        "Vooral dorpen in Zeeland en Drenthe verliezen hun bankkantoor.",
        130.0,
    ),
    (
        "nl-polderbank/kantoren",
        "Ouderenbond boos over kantoorsluiting Polderbank",
        "Volgens de bond worden ouderen die niet digitaal bankieren in de steek gelaten.",
        135.0,
    ),
    (
        "nl-staking",
        "Staking bij bagageafhandelaar op Schiphol leidt tot lange rijen",
        (
            "Medewerkers van AirHandling legden vrijdagnacht het werk neer voor een betere "
            "cao; reizigers moeten urenlang wachten op hun koffers."
        ),
        120.5,
    ),
    (
        "nl-staking",
        "Bagagestaking op Schiphol",
        "Luchthaven adviseert reizigers alleen handbagage mee te nemen.",
        123.0,
    ),
    (
        "nl-staking",
        "Bonden en AirHandling weer aan tafel",
        (
            "Na een dag van chaos in de bagagekelder hebben vakbonden en werkgever afgesproken "
            "maandag opnieuw te praten."
        ),
        128.0,
    ),
    (
        "nl-staking",
        "Bagagestaking Schiphol voorbij: akkoord over nieuwe cao",
        (
            "De medewerkers krijgen 7 procent loonsverhoging in twee jaar; de werkonderbreking "
            "is opgeschort en de achterstand wordt weggewerkt."
        ),
        145.0,
    ),
    (
        "nl-trapvast",
        "Fietsenfabrikant Trapvast failliet",
        (
            "Het bedrijf uit Apeldoorn kreeg na maanden van dalende verkoop geen nieuwe "
            "financiering; 380 banen staan op de tocht."
        ),
        57.0,
    ),
    (
        "nl-trapvast",
        "Trapvast failliet verklaard",
        "Curator zoekt koper voor merk en fabriek.",
        60.0,
    ),
    (
        "nl-uitspraak",
        "Oud-topman Hazelaar Vastgoed krijgt drie jaar cel",
        (
            "De rechtbank in Amsterdam acht bewezen dat Frits Dommering beleggers misleidde "
            "over de waarde van winkelpanden."
        ),
        75.0,
    ),
    (
        "nl-uitspraak",
        "Drie jaar cel voor Frits Dommering",
        "Het OM had vier jaar geëist.",
        77.0,
    ),
    (
        "nl-uitspraak",
        "Gedupeerde beleggers blij met vonnis, maar willen geld terug",
        (
            "Stichting Hazelaar Claim zegt een civiele zaak te beginnen om de schade op de "
            "oud-bestuurder te verhalen."
        ),
        82.0,
    ),
    (
        "nl-cbs",
        "Economie groeit in derde kwartaal met 0,4 procent",
        (
            "Het CBS meldt dat vooral de consumptie van huishoudens en de uitvoer van machines "
            "de groei aanjoegen."
        ),
        109.0,
    ),
    (
        "nl-cbs",
        "Nederlandse economie groeit licht",
        (
            "Consumenten gaven weer meer geld uit, vooral aan diensten en vakanties in het "
            "buitenland."
        ),
        111.0,
    ),
    (
        "nl-betaalwijs",
        "Storing bij Betaalwijs: webwinkels kunnen geen betalingen ontvangen",
        (
            "Urenlang konden klanten van tienduizenden webwinkels niet afrekenen, midden in de "
            "drukste week van het jaar."
        ),
        136.0,
    ),
    (
        "nl-betaalwijs",
        "Betaalwijs na storing weer in de lucht",
        "Oorzaak lag bij een defecte server in een datacenter.",
        138.0,
    ),
    (
        "nl-woningmarkt",
        "Huizenprijzen stijgen naar nieuw record",
        (
            "Een gemiddeld koophuis kostte in november ruim 470.000 euro, meldt de "
            "makelaarsvereniging, ondanks de hogere rente."
        ),
        152.0,
    ),
    (
        "nl-woningmarkt",
        "Koophuis nooit zo duur geweest",
        "Starters moeten steeds vaker overbieden om een huis te kopen.",
        155.0,
    ),
    (
        "nl-strokarton",
        "Strokartonfabriek in Oude Pekela sluit na honderd jaar",
        (
            "Eigenaar Kartonnage Noord stopt met de laatste fabriek in de regio; 110 "
            "medewerkers verliezen hun baan."
        ),
        130.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a firm's quarterly results and a data breach at the same firm disclosed hours later": (
        "en-marbury-results/breach",
        "de-kesslinger/leak",
        "es-telvar/ciberataque",
    ),
    (
        "a central bank's rate decision and an outage of the same central bank's payment "
        "system that evening"
    ): (
        "en-kelland-rate/outage",
        "ru-key-rate-cut/outage",
        "pt-selic/pix",
    ),
    (
        "a tech firm's product launch and a competition authority's raid on the same firm "
        "hours later"
    ): (
        "en-brightloom-launch/raid",
        "fr-lumio/perquisition",
        "nl-vonkel/inval",
    ),
    (
        "a takeover agreed and a regulator's fine on the bought firm over another matter days later"
    ): (
        "en-hollins-takeover/fine",
        "it-ferrante/multa",
        "nl-weidegoud/boete",
    ),
    "a carmaker's new plant opened and a strike at the same carmaker's older plant days later": (
        "de-halberg-werk/streik",
        "es-ibarra-planta/huelga",
        "pt-varela-fabrica/greve",
    ),
    (
        "a stock exchange's record close and a trading halt at the same exchange after a "
        "glitch days later"
    ): (
        "en-selwyn-record/halt",
        "ru-exchange/halt",
        "it-borsa-record/stop",
    ),
    "a bank's money-laundering fine and the same bank's branch closures announced a day later": (
        "fr-armorique/agences",
        "it-valdelsa/filiali",
        "nl-polderbank/kantoren",
    ),
    "a factory's closure announced and a chemical leak at the same factory days later": (
        "ru-kedr/leak",
        "fr-verrand/fuite",
        "pt-atlantica/fuga",
    ),
}
