"""A fifty-second check set for story merging, written blind, with publication times, scored once.

Written in the format of round 50: items are (story, title, lead, hours), `hours` being when the
item was published, in hours after the set's start (a Monday, 00:00), so the merging's 48-hour
window decides as in production. It is one week of economy and daily life in early February (Monday
1 to Sunday 7 February: prices and inflation figures, wages and the minimum wage, strikes and
walkouts, housing, rents and mortgages, energy and fuel bills, shops closing and opening, bus and
rail fares and timetables, pensions and benefits, libraries, surgeries and other public services,
company results and job cuts, farmers, fishermen and food) as a reader's feeds carry it at
daily-digest density: 39 to 47 items a day (47, 47, 46, 44, 47, 43 and 39 from Monday to Sunday),
spanning 5.0 to 164.0 hours. It holds 313 items under 131 labels: 107 stories and 24 hard
negatives; 44 labels in English (110 items), 13 in German (32 items), French (31 items) and Italian
(31 items), 12 in Russian (28 items), Spanish (28 items), Dutch (27 items) and Portuguese (26
items). Big stories are carried by two to four outlets over a day (a wire flash or teaser first,
then a fuller page, a quote-led or reaction piece hours later that names the event only by its
place, its actor or one detail: "'Three generations of my family worked on Canal Road,' says shift
leader", „Die alten Leute bleiben auf der Strecke“: Bürgermeisterin bedauert Rückzug, «Llevábamos
seis años viviendo con mis suegros», «Senza la fabbrica questo paese muore»: parla la sindaca), and
thirteen of them have a follow-up with a new fact 16 to 25 hours after the first copy
(Brackenford's private bin contractor, Dellmont's promise of no compulsory redundancies before
July, the Hollinshire library campaigners' lawyers, Coastway's talks at the conciliation service,
the former Hartley's brewers' bid, the governor's orders for the Nizhnebor tractor plant, the
prosecutor's check on the Zarechinsk teachers' pay, the Land's offer to Brenner & Lutz, Belval's
higher milk price, the Ferrisud rotation deal, the ministry's citrus round table, the fuel aid for
the Ribeira Alta fleet, the province postponing its buy-out plan after the farmers' protest). 62
labels have two copies, 51 three, 6 four, and 12 stories are told by one outlet. 119 stories and
hard negatives have a teaser copy whose lead is under 80 characters beside a fuller copy. Copies
differ as outlets differ: other headlines and words ("walkout" and "strike", „ist pleite“ and
„stellt Insolvenzantrag“), a town named in one copy and only its county, region or firm in another
(Hollinshire for Ashcombe, the Crumbleton plant for Dellmont's Brackenford factory).

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four fall within a day of their
story, 7.5 to 14 hours after it: first tenants getting the keys to a new social-housing block and
police evicting squatters from another building in the same town that evening (Wexley, Navalcárcel,
Lindersum); a city's low-emission zone coming into force in the morning and taxi drivers blocking
the same city's centre over ride-hailing cars that afternoon (Kaltenbrück, Valmoreau, Vallombra); a
shop-price or inflation figure and a supermarket chain in the same country freezing prices on
everyday goods within the day (the British shop price monitor and Pennyfield, Portugal's flash
estimate and Cesto Verde, Russia's weekly figure and «Семь полок» the next morning); a tax
authority's new online service for the self-employed, landlords or small firms and the same
authority's raid on a restaurant chain or cleaning firm hours later (the Agencia Tributaria, the
Autoridade Tributária, the Belastingdienst and its FIOD). Four fall days later, 65.5 to 96 hours
after their story: a town's last bank branch closing and a cash machine blown up in the same town
(Thornhallow, Oberweidach, Montréjac); an energy group's record yearly profit and a small rival
supplier's collapse, its customers handed to the same group as fallback supplier (Castrovento and
Luzmar, Lumeria and Energia Chiara, Lusovolt and Solmarés); a protected regional food's record
sales and a seizure of fakes of the same food (Заозерское масло, Lohwalder Schinken, Dijkmeerder
kaas); pensioners' payments raised or topped up and a gang posing as staff of the same pensions
body arrested (the Russian Social Fund's monthly payments, the French heating bonus for small
pensions, the Italian February pensions). Twelve hard negatives fall within 48 hours of their
story, twelve beyond it.

The week also stresses what an economy and local desk really carries side by side: the same towns,
firms and bodies in several separate stories in one week. Brackenford has a bin strike, a bus fare
rise, 420 biscuit-factory jobs at risk, 600 new warehouse jobs, a surgery closing, its market hall
reopening and a £12 cod and chips; Castlemere has a rail strike at its station, a rent strike in
its student halls, a department store closing, a food bank running low and a launderette shut by
its electricity bill; Hollinshire consults on library closures, raises care workers' pay and
council tax and freezes island ferry fares; Wexley has new council homes, an eviction of squatters,
record rents and a post office on short hours; Thornhallow loses its bank, its cash machine and its
nursery; Coastway Rail has a strike and cuts Sunday trains, Harcourt cuts mortgage rates and
publishes its house-price index. Kaltenbrück (Umweltzone, taxi blockade, warning strike, rent
index), Grevenau, Valmoreau, Montréjac, Vallombra, Navalcárcel, Ribeira Alta, Lindersum and
Заречинск each carry three to nine stories, and Ponte Lèvo has both a steelworks on short time and
the arrest of the fake pension staff.

What "same story" means here: one event (one figure's release, one price or fare change taking
effect, one strike day, one closure or opening, one set of results or job cuts, one agreement, one
protest, one raid or arrest) in that event's news cycle, including a follow-up with a new fact the
next day (talks agreed after a strike day, a deal after short-time working is announced, a
minister's meeting after a protest). Not the same story: another event of the same kind or at the
same place or with the same actor, even in the same town or by the same firm or body on the same
day. A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall
within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, firms, towns, venues, products and brands are invented here; real places and bodies appear
only as backdrop (among them Wigan, Poland, the Midlands, the Department for Work and Pensions,
Тверь, Росстат, the Statistisches Bundesamt, IG Metall and Verdi, the Commission de régulation de
l'énergie, Guéret and the Creuse, the Inps, Bologna and Padova, Valencia, the Agencia Tributaria,
CCOO and UGT, Lisbon, Porto and Setúbal, the INE, the Autoridade Tributária, Arnhem, Rotterdam, the
Achterhoek, the Belastingdienst, the FIOD and the NVWA).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 50's docstring, first items and HARD_NEGATIVES block
were read for the format only; a command meant to show that block also printed a part of round 50's
items, crime and culture of another week, and nothing here was taken from them; earlier sets were
only compared by script for clashing labels, texts and categories), and never run through the
merging code before its one scoring run, `python -m bench.stories --round52`. Once its errors have
been read it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-feb-bin-strike-brackenford",
        "Bin strike begins in Brackenford",
        "Rubbish will not be collected for two weeks.",
        5.0,
    ),
    (
        "en-feb-bin-strike-brackenford",
        "Brackenford refuse crews start fortnight-long walkout over pay grading",
        "About 120 loaders and drivers employed by the city council stopped work at 6am on Monday "
        "after talks over a new job-grading scheme broke down, leaving 90,000 homes without "
        "collections.",
        6.0,
    ),
    (
        "en-feb-bin-strike-brackenford",
        "Residents asked to keep rubbish indoors as dustcarts stay in the depot",
        "The city council has told households not to put bags out on pavements during the dispute "
        "and has opened three extra skips at its recycling centres.",
        13.0,
    ),
    (
        "en-feb-bin-strike-brackenford",
        "Council brings in private contractor as bags pile up on day two of Brackenford dispute",
        "The city said on Tuesday that a hired firm would empty street bins in the centre and "
        "outside schools; union officials called the move strike-breaking and said picket lines "
        "would be extended.",
        27.0,
    ),
    (
        "en-feb-brackenford-bus-fares",
        "Bus fares go up in Brackenford today",
        "A single adult ticket now costs £2.40.",
        6.5,
    ),
    (
        "en-feb-brackenford-bus-fares",
        "Brackenford passengers pay 20p more as city bus fare rise takes effect",
        "Greyline Buses' increase, its second in a year, applies to all single tickets within the "
        "city from Monday, while the day ticket goes from £5 to £5.60; the operator blames wages "
        "and fuel.",
        7.5,
    ),
    (
        "en-feb-brackenford-bus-fares",
        "'That's £20 a month more just to get to work,' say Greyline commuters",
        "Cleaners and shop staff waiting at the Broad Street interchange on Monday morning said "
        "the new prices would push them to walk or cycle once the weather improves.",
        12.0,
    ),
    (
        "en-feb-thornhallow-last-bank",
        "Thornhallow's last bank shuts today",
        "Ashdown Bank ends counter services in the town.",
        9.5,
    ),
    (
        "en-feb-thornhallow-last-bank",
        "Market town left without a bank as Ashdown closes Fore Street branch after 140 years",
        "The branch in Thornhallow serves its final customers on Monday, leaving the 9,000 "
        "residents a 14-mile round trip to Pelham to pay in cash or speak to a cashier.",
        10.5,
    ),
    (
        "en-feb-thornhallow-last-bank",
        "'My mother has never used an app in her life': customers say goodbye to Fore Street staff",
        "Dozens queued on the final afternoon to thank the four cashiers, and the town council "
        "said it was still waiting for the shared banking hub it had been promised last year.",
        16.0,
    ),
    (
        "en-feb-thornhallow-last-bank/cash-machine-blown-up",
        "Cash machine blown up in Thornhallow",
        "The gang escaped in a dark estate car, police say.",
        75.0,
    ),
    (
        "en-feb-thornhallow-last-bank/cash-machine-blown-up",
        "Explosion wrecks cash machine outside convenience store in early hours",
        "Residents of a Hollinshire market town were woken by a loud bang at about 3am on "
        "Thursday when thieves used gas to blow open the machine in the wall of Kerrow's store in "
        "Thornhallow and drove off with an unknown sum.",
        76.0,
    ),
    (
        "en-feb-wexley-council-homes",
        "First families move into Wexley's new council flats",
        "Keys handed over at Orchard Court.",
        10.0,
    ),
    (
        "en-feb-wexley-council-homes",
        "Keys handed over as 64 households move into Wexley's first council homes in 30 years",
        "The borough's Orchard Court block, built on the site of a former bus depot, welcomed its "
        "first tenants on Monday morning, with rents set at about half the local market rate.",
        11.0,
    ),
    (
        "en-feb-wexley-council-homes",
        "'I cried when I saw the kitchen,' says mother of three after eight years on waiting list",
        "Danielle Osei, who had lived with her children in a single room in a bed and breakfast, "
        "was among the first to collect her keys at the new block.",
        14.5,
    ),
    (
        "en-feb-wexley-council-homes/squatters-evicted",
        "Squatters removed from empty Wexley office block",
        "Bailiffs and police cleared the building on Monday evening.",
        19.5,
    ),
    (
        "en-feb-wexley-council-homes/squatters-evicted",
        "Police and bailiffs evict about 30 squatters from Crown House in Wexley town centre",
        "The group had occupied the former insurance offices on Sheep Street since November; four "
        "people were arrested after a standoff on the roof, and the owner says the block will be "
        "knocked down for flats.",
        20.3,
    ),
    (
        "en-feb-castlemere-rent-strike",
        "Students vote for rent strike",
        "Castlemere halls residents will withhold payments.",
        140.0,
    ),
    (
        "en-feb-castlemere-rent-strike",
        "Hundreds of Castlemere University students to withhold rent over mould and cold rooms",
        "Around 400 residents of the Riverside halls decided at a meeting on Sunday that they "
        "would not pay this term's instalment, due on Monday, until repairs are made after weeks "
        "without reliable heating.",
        141.0,
    ),
    (
        "en-feb-castlemere-rent-strike",
        "University promises no evictions as Riverside residents refuse to pay",
        "Castlemere's vice-chancellor said on Sunday evening that no student would be barred from "
        "exams over the protest and that engineers would fix the boilers within a week.",
        148.0,
    ),
    (
        "en-feb-energy-debt-record",
        "Energy debt hits record £4bn",
        "Households owe their suppliers more than ever.",
        149.0,
    ),
    (
        "en-feb-energy-debt-record",
        "Households now owe energy suppliers a record £4bn, charity finds",
        "The fuel poverty charity Warmer Homes Trust said on Sunday that 2.3 million electricity "
        "and gas accounts were in arrears at the end of December, a fifth more than a year "
        "earlier.",
        150.0,
    ),
    (
        "en-feb-energy-debt-record",
        "'We run the heating for one hour a night': the families behind the arrears figures",
        "A mother of two in Brackenford who owes her supplier £1,900 told the Warmer Homes Trust "
        "that she puts the children to bed in their coats.",
        155.5,
    ),
    (
        "en-feb-shop-price-index",
        "Shop price inflation slows to 2.1%",
        "Food is still rising faster than other goods.",
        24.1,
    ),
    (
        "en-feb-shop-price-index",
        "Shop prices rise at slowest pace for a year, but food stays stubborn",
        "Prices in British shops were 2.1% higher in January than a year earlier, down from 2.6% "
        "in December, according to the retail industry's monthly monitor, though fresh food was "
        "still up 4.3%.",
        25.0,
    ),
    (
        "en-feb-shop-price-index",
        "'Shoppers will not feel it at the till yet,' says head of retail monitor",
        "Butter, chocolate and beef were still climbing, she said, and most households would "
        "notice no relief in their weekly shop before spring.",
        30.0,
    ),
    (
        "en-feb-shop-price-index/price-freeze",
        "Pennyfield freezes prices on 300 everyday items",
        "The supermarket says the freeze lasts until Easter.",
        34.5,
    ),
    (
        "en-feb-shop-price-index/price-freeze",
        "Grocer Pennyfield locks the price of bread, milk and nappies until April",
        "The 410-store chain said on Tuesday evening that it would hold the shelf price of 300 "
        "own-label lines, paid for by cutting its advertising budget and renegotiating with "
        "suppliers.",
        35.2,
    ),
    (
        "en-feb-dellmont-job-cuts",
        "Biscuit maker to cut 420 jobs",
        "Dellmont Foods plans to close two lines in Brackenford.",
        33.0,
    ),
    (
        "en-feb-dellmont-job-cuts",
        "Dellmont Foods puts 420 jobs at risk at its Brackenford factory",
        "The maker of Crumbleton digestives said on Tuesday it would move its wafer and cream "
        "biscuit lines to Poland by the end of the year, leaving about 380 staff at the Canal "
        "Road site.",
        34.0,
    ),
    (
        "en-feb-dellmont-job-cuts",
        "'Three generations of my family worked on Canal Road,' says shift leader",
        "Workers coming off the afternoon shift at the Crumbleton plant said they had learned of "
        "the cuts from a text message minutes before the company went public.",
        38.5,
    ),
    (
        "en-feb-dellmont-job-cuts",
        "Dellmont rules out compulsory redundancies before July after union talks",
        "Following a meeting with union officials on Wednesday, the biscuit maker agreed a 45-day "
        "consultation and said staff at risk would be offered posts at its depot near Wigan.",
        54.0,
    ),
    (
        "en-feb-hallam-isle-ferry-fares",
        "Island ferry fares frozen for residents",
        "Hallam Isle tickets held for a year.",
        126.0,
    ),
    (
        "en-feb-hallam-isle-ferry-fares",
        "Islanders to pay no more for crossings to Hallam Isle this year after county steps in",
        "Hollinshire will spend £400,000 to keep residents' return fares at £18, while visitors "
        "will pay 6% more from April, the county confirmed on Saturday.",
        127.0,
    ),
    (
        "en-feb-hollinshire-libraries",
        "Six libraries face closure",
        "Hollinshire wants to save £1.2m a year.",
        40.0,
    ),
    (
        "en-feb-hollinshire-libraries",
        "Hollinshire proposes closing six branch libraries and sending vans instead",
        "The county's cabinet will consult until April on shutting libraries in Ashcombe, "
        "Thornhallow and four villages, and moving some services to mobile vans and parish halls.",
        41.0,
    ),
    (
        "en-feb-hollinshire-libraries",
        "Campaigners threaten legal action over county's library cuts",
        "A group of readers said on Wednesday that it had instructed lawyers and would seek a "
        "judicial review if Hollinshire went ahead, arguing the consultation ignored older and "
        "disabled people.",
        60.0,
    ),
    (
        "en-feb-tamar-exe-water-bills",
        "Water bills to rise by 11%",
        "Average bill will pass £600 a year.",
        97.0,
    ),
    (
        "en-feb-tamar-exe-water-bills",
        "Tamar & Exe Water customers face £62 increase from April",
        "The company said on Friday that the average household bill would rise to £624 to pay for "
        "storm tanks that should cut sewage spills into rivers and bathing waters.",
        98.5,
    ),
    (
        "en-feb-coastway-drivers-strike",
        "Coastway drivers walk out",
        "Most trains are cancelled on Wednesday.",
        52.5,
    ),
    (
        "en-feb-coastway-drivers-strike",
        "One train an hour between Pelham Bay and Castlemere as drivers strike over rosters",
        "Drivers at Coastway Rail began the first of three 24-hour stoppages in a dispute over "
        "weekend working, and replacement coaches were full by 7am.",
        53.5,
    ),
    (
        "en-feb-coastway-drivers-strike",
        "Commuters squeeze onto coaches on first day of rail walkout",
        "Passengers at Castlemere station queued in the rain for buses to the coast, and some "
        "said their journey took twice as long as usual.",
        59.0,
    ),
    (
        "en-feb-coastway-drivers-strike",
        "Coastway and drivers' union agree to meet at conciliation service",
        "Both sides said late on Wednesday that talks would be held next week, but the Friday and "
        "Monday stoppages on the Coast Line will still go ahead.",
        70.0,
    ),
    (
        "en-feb-brightwell-refunds",
        "Brightwell Energy to refund overcharged customers",
        "About 40,000 households will get money back.",
        49.5,
    ),
    (
        "en-feb-brightwell-refunds",
        "Supplier to repay £3.1m after billing 40,000 homes the wrong standing charge",
        "Brightwell admitted that a software error had applied a business daily charge to some "
        "domestic accounts since October; refunds will be credited by the end of the month.",
        50.5,
    ),
    (
        "en-feb-brightwell-refunds",
        "'I thought it was the cold weather,' says Brightwell customer owed £118",
        "A retired teacher in Castlemere only spotted the mistake when a neighbour on the same "
        "tariff compared bills with her.",
        55.0,
    ),
    (
        "en-feb-hartleys-brewery-closure",
        "Hollinshire brewery to close",
        "Hartley's ends brewing after 180 years.",
        56.0,
    ),
    (
        "en-feb-hartleys-brewery-closure",
        "Hartley's Brewery in Ashcombe to shut with the loss of 85 jobs",
        "The brewer of Golden Hop bitter, bought two years ago by a national drinks group, said "
        "on Wednesday that production would move to its plant in the Midlands by the summer.",
        57.0,
    ),
    (
        "en-feb-hartleys-brewery-closure",
        "'A town that smells of hops': Ashcombe reacts",
        "Shopkeepers and former brewers said the smell of mashing on brewing days was part of the "
        "market town's identity and would be missed.",
        62.0,
    ),
    (
        "en-feb-hartleys-brewery-closure",
        "Former brewers plan bid to keep Golden Hop brewing in Ashcombe",
        "Five former employees said on Thursday they had backers for an offer to run a small "
        "brewhouse on the site and license the bitter's name from the new owners.",
        77.0,
    ),
    (
        "en-feb-hollinshire-care-pay",
        "Care workers in Hollinshire to get a pay rise",
        "The county will fund an extra £1.50 an hour from April.",
        58.0,
    ),
    (
        "en-feb-hollinshire-care-pay",
        "County agrees £1.50-an-hour uplift for home care staff",
        "Hollinshire councillors voted on Wednesday to add £6m a year to contracts with home care "
        "agencies on condition that the money goes straight into carers' pay, lifting the lowest "
        "rate to £14.20.",
        59.5,
    ),
    (
        "en-feb-ellsmoor-night-shift",
        "Car plant drops its night shift",
        "Ellsmoor factory cuts output.",
        65.0,
    ),
    (
        "en-feb-ellsmoor-night-shift",
        "Ellsmoor car plant to end night working as demand for its small hatchback falls",
        "The factory said on Wednesday that 700 night workers would move to days on shorter "
        "hours; no permanent jobs will go for now, but temporary contracts will not be renewed.",
        66.0,
    ),
    (
        "en-feb-ellsmoor-night-shift",
        "'Short time means short pay,' say Ellsmoor workers",
        "Staff on the night shift said losing the shift premium would cut their take-home pay by "
        "about £300 a month.",
        70.5,
    ),
    (
        "en-feb-ravensdale-steel-loss",
        "Ravensdale Steel falls to a loss",
        "Steelmaker blames cheap imports.",
        74.5,
    ),
    (
        "en-feb-ravensdale-steel-loss",
        "Ravensdale Steel reports £74m half-year loss and puts Port Edrin furnace under review",
        "The company said on Thursday that imported steel sold below its costs had cut orders by "
        "a quarter and that it would decide in March whether to reline the blast furnace.",
        75.5,
    ),
    (
        "en-feb-ravensdale-steel-loss",
        "'Without the furnace this is a ghost town,' says council leader",
        "The leader of Port Edrin council said 2,000 jobs depended directly or indirectly on the "
        "steelworks and called for help with its energy costs.",
        80.5,
    ),
    (
        "en-feb-brackenford-gp-surgery",
        "GP surgery to close in Brackenford",
        "7,000 patients will move to other practices.",
        123.0,
    ),
    (
        "en-feb-brackenford-gp-surgery",
        "Mill Lane surgery to shut in June after failing to recruit doctors",
        "The Brackenford practice told patients in letters arriving on Saturday that two of its "
        "three partners were retiring and no one had applied to replace them.",
        124.0,
    ),
    (
        "en-feb-harcourt-mortgage-cut",
        "Harcourt cuts mortgage rates",
        "Fixed deals down by up to 0.3 points.",
        80.0,
    ),
    (
        "en-feb-harcourt-mortgage-cut",
        "Building society trims five-year fix below 4% as lenders chase spring buyers",
        "Harcourt, Britain's ninth-largest lender, said on Thursday that borrowers with a 40% "
        "deposit could fix at 3.89%, the lowest rate it has offered since 2022.",
        81.0,
    ),
    (
        "en-feb-harcourt-house-prices",
        "House prices rise 0.3% in January",
        "Harcourt index shows a slow start to the year.",
        158.0,
    ),
    (
        "en-feb-harcourt-house-prices",
        "Average home now costs £287,400 as values edge up again, building society says",
        "The Harcourt House Price Index, released on Sunday evening, recorded a fourth monthly "
        "rise in a row, with the biggest annual gains in the north-west and flat prices in "
        "London.",
        159.0,
    ),
    (
        "en-feb-harcourt-house-prices",
        "Buyers are back but 'nobody is overpaying', say estate agents",
        "Agents in the north-west, where values are 5.1% up on a year ago according to Harcourt, "
        "said viewings had risen but sellers were accepting offers below the asking price.",
        164.0,
    ),
    (
        "en-feb-valuco-new-stores",
        "Valuco plans 25 new shops",
        "The discounter says it will create 900 jobs this year.",
        145.0,
    ),
    (
        "en-feb-valuco-new-stores",
        "Discounter Valuco to move into empty department stores and banks in market towns",
        "The chain's chief executive told a Sunday newspaper that it would open 25 branches "
        "selling homeware and groceries at fixed low prices, many in units left empty on high "
        "streets.",
        146.5,
    ),
    (
        "en-feb-petrol-below-130p",
        "Petrol falls below £1.30 a litre",
        "It is the first time in three years, says a motoring group.",
        152.0,
    ),
    (
        "en-feb-petrol-below-130p",
        "Average price of unleaded drops under 130p for the first time since 2023",
        "Figures published on Sunday by the Motorists' Alliance show a litre of unleaded at "
        "129.6p and diesel at 136.2p, after a month of falling wholesale prices.",
        153.0,
    ),
    (
        "en-feb-petrol-below-130p",
        "Drivers urged to shop around as supermarket forecourts lead the way down",
        "The Motorists' Alliance said big supermarkets were now up to 8p a litre cheaper than "
        "motorway services and rural garages.",
        157.0,
    ),
    (
        "en-feb-pension-age-review",
        "Review to consider raising state pension age to 68 sooner",
        "The government has asked a former actuary to report by the autumn on whether the rise to "
        "68 should come forward from the mid-2040s to the late 2030s.",
        154.0,
    ),
    (
        "en-feb-benefit-payments-delayed",
        "Benefit payments delayed for thousands",
        "A computer fault held up Friday's money.",
        101.0,
    ),
    (
        "en-feb-benefit-payments-delayed",
        "60,000 claimants left waiting for Universal Credit after payment system fault",
        "The Department for Work and Pensions said a processing error had held up payments due on "
        "Friday, apologised and promised all money would arrive by Saturday morning.",
        102.0,
    ),
    (
        "en-feb-benefit-payments-delayed",
        "Food banks extend hours for people whose money did not arrive",
        "Charities in Castlemere and Wexley said they stayed open late on Friday for claimants "
        "hit by the DWP's processing error.",
        107.0,
    ),
    (
        "en-feb-calder-dairies-milk-price",
        "Milk price cut for dairy farmers",
        "Calder Dairies will pay 2p a litre less from March.",
        98.0,
    ),
    (
        "en-feb-calder-dairies-milk-price",
        "Calder Dairies cuts what it pays farmers to 36p a litre",
        "The processor, which buys from about 600 farms in the north of England, said on Friday "
        "that a glut of cream and butter on world markets had forced the reduction.",
        99.0,
    ),
    (
        "en-feb-calder-dairies-milk-price",
        "'We are producing milk at a loss again,' says Hollinshire farmer",
        "Tom Bradwell, who milks 180 cows near Ashcombe, said the 2p cut announced by his buyer "
        "would cost the farm £30,000 a year.",
        103.0,
    ),
    (
        "en-feb-freshrun-depot",
        "600 jobs at new depot",
        "Online grocer to open near Brackenford in March.",
        100.0,
    ),
    (
        "en-feb-freshrun-depot",
        "Online grocer FreshRun to open distribution centre near Brackenford",
        "The company said on Friday that the warehouse at Junction 14 would serve 200,000 homes "
        "in the region and would hire 600 pickers, drivers and engineers from March.",
        101.5,
    ),
    (
        "en-feb-coastway-sunday-cuts",
        "Coastway to cut Sunday trains",
        "Fewer services from the May timetable.",
        108.0,
    ),
    (
        "en-feb-coastway-sunday-cuts",
        "Coast Line to go hourly rather than half-hourly on Sundays from May",
        "Coastway Rail said on Friday that Sunday use had not recovered since the pandemic and "
        "the cut would save it £2m a year; councils along the line called it short-sighted.",
        109.0,
    ),
    (
        "en-feb-hollinshire-council-tax",
        "Council tax to rise by 4.99%",
        "Hollinshire budget set for vote.",
        110.0,
    ),
    (
        "en-feb-hollinshire-council-tax",
        "Band D households in Hollinshire face £92 a year more",
        "The county's draft budget, published on Friday, includes the largest rise allowed "
        "without a referendum, with 2% set aside for adult social care.",
        111.0,
    ),
    (
        "en-feb-hollinshire-council-tax",
        "Opposition says county is 'charging more for less'",
        "The Liberal Democrat group leader said Hollinshire residents would pay more next year "
        "while losing libraries and bus routes.",
        116.0,
    ),
    (
        "en-feb-port-edrin-ferry-order",
        "Port Edrin yard wins ferry contract",
        "Two ships for an island operator.",
        112.0,
    ),
    (
        "en-feb-port-edrin-ferry-order",
        "Shipyard secures 500 jobs with £160m order for two hybrid ferries",
        "The yard at Port Edrin, which laid off a third of its workers last year, said on Friday "
        "that it had beaten Polish and Turkish bids for the order from Western Isles Ferries.",
        113.0,
    ),
    (
        "en-feb-thornhallow-nursery",
        "Village nursery closes as funding fails to cover its costs",
        "Little Acorns in Thornhallow will shut at half-term because the funded hours pay £1.20 "
        "an hour less per child than it costs to look after them, its owner said.",
        114.0,
    ),
    (
        "en-feb-castlemere-launderette",
        "Launderette closes after electricity bill triples",
        "The owner of the Soap Bubble on Mill Street in Castlemere said a new business energy "
        "contract had taken her monthly bill from £900 to £2,700.",
        133.0,
    ),
    (
        "en-feb-wexley-rents",
        "Wexley rents pass £1,300 a month",
        "Letting figures show a 9% rise over the year.",
        122.0,
    ),
    (
        "en-feb-wexley-rents",
        "Commuters priced out of London push typical Wexley rent above £1,300",
        "Data from the property website Roomfinder show a two-bedroom flat in the town now costs "
        "£1,310 a month, with more than 20 applicants for each home advertised.",
        123.5,
    ),
    (
        "en-feb-kinlarrie-fishing-fleet",
        "Kinlarrie boats stay tied up",
        "Fishermen say the price for prawns is too low.",
        126.5,
    ),
    (
        "en-feb-kinlarrie-fishing-fleet",
        "Fishing fleet stays in harbour in protest at langoustine prices",
        "Skippers of 22 Kinlarrie boats said on Saturday they would not sail until buyers paid "
        "more than the £3 a kilo now on offer, half last winter's price.",
        127.5,
    ),
    (
        "en-feb-brackenford-market-hall",
        "Market hall reopens",
        "Brackenford's Victorian hall is back after a refit.",
        130.5,
    ),
    (
        "en-feb-brackenford-market-hall",
        "Victorian market hall reopens after £9m restoration with 60 traders",
        "Stalls selling fish, cheese and street food opened in Brackenford on Saturday under the "
        "restored iron and glass roof, two years after the hall closed when panes fell onto a "
        "walkway.",
        131.5,
    ),
    (
        "en-feb-brackenford-market-hall",
        "'It feels like the middle of town again,' say stallholders",
        "Traders at the reopened hall said the first morning was busier than any Saturday they "
        "could remember.",
        136.0,
    ),
    (
        "en-feb-wexley-post-office",
        "Sub-post office cuts opening to three days a week",
        "The postmistress at the Station Road branch in Wexley said falling income from parcels "
        "meant she could no longer pay staff to open six days a week.",
        131.0,
    ),
    (
        "en-feb-castlemere-food-bank",
        "Food bank runs low",
        "Castlemere charity appeals for tins and cereal.",
        144.5,
    ),
    (
        "en-feb-castlemere-food-bank",
        "Castlemere food bank asks for donations after its busiest January",
        "Volunteers said they gave out 2,140 parcels last month, the most since the charity "
        "opened, and that shelves for tinned meat, cereal and long-life milk were empty.",
        145.5,
    ),
    (
        "en-feb-ridgeway-inns-disposals",
        "Ridgeway Inns to sell or shut 60 pubs",
        "The chain's new owner sets out its plans.",
        147.0,
    ),
    (
        "en-feb-ridgeway-inns-disposals",
        "Sixty village pubs to go as investment firm reshapes Ridgeway Inns",
        "Harlan Capital, which bought the 340-pub group last month, confirmed on Sunday that the "
        "sites, mostly in villages, did not earn enough to keep.",
        148.0,
    ),
    (
        "en-feb-ridgeway-inns-disposals",
        "Ashcombe villagers vow to buy the Plough after it appears on disposal list",
        "Residents have started raising money to run their local as a community pub.",
        153.0,
    ),
    (
        "en-feb-skylark-cabin-bags",
        "Skylark Air to charge for cabin bags",
        "Fees of up to £36 each way.",
        156.0,
    ),
    (
        "en-feb-skylark-cabin-bags",
        "Budget airline to charge for wheeled cabin bags from March",
        "Skylark Air passengers will be allowed only a small bag under the seat free of charge; a "
        "trolley case in the locker will cost between £14 and £36 a flight.",
        157.0,
    ),
    (
        "en-feb-skylark-cabin-bags",
        "Passenger watchdog calls new luggage charge 'a stealth fare rise'",
        "The Passengers' Council said Skylark's headline fares were now misleading and urged the "
        "regulator to require airlines to show all-in prices.",
        161.0,
    ),
    (
        "en-feb-brackenford-chip-shop",
        "Brackenford chippy puts cod and chips up to £12",
        "The owner of the Golden Plaice on Broad Street said cod, cooking oil and electricity "
        "left him no choice after three years of holding his prices.",
        150.5,
    ),
    (
        "en-feb-beale-marsh-closure",
        "Beale & Marsh to close",
        "Castlemere's department store shuts in April.",
        150.0,
    ),
    (
        "en-feb-beale-marsh-closure",
        "Castlemere department store to close after 112 years with the loss of 140 jobs",
        "The family that owns Beale & Marsh on Bridge Street said on Sunday that business rates "
        "and the pull of an out-of-town retail park had left the store unable to carry on.",
        151.0,
    ),
    (
        "en-feb-beale-marsh-closure",
        "'Where will we buy school uniforms now?' Shoppers mourn Bridge Street landmark",
        "Customers said the store was the last place in Castlemere selling uniforms, haberdashery "
        "and kitchenware under one roof.",
        156.0,
    ),
    (
        "en-feb-potato-planting-delay",
        "Wet fields delay potato planting",
        "Growers fear a later and smaller crop.",
        160.0,
    ),
    (
        "en-feb-potato-planting-delay",
        "Growers warn chips could cost more after months of rain leave fields waterlogged",
        "The potato growers' association said on Sunday that two-thirds of early-crop land in the "
        "east of England was too wet to work, weeks before planting normally begins.",
        161.0,
    ),
    # --- Russian ---
    (
        "ru-feb-edv-indeksatsiya",
        "С 1 февраля ежемесячные выплаты льготникам выросли на 8,5%",
        "Индексация коснулась ветеранов, инвалидов и чернобыльцев.",
        8.0,
    ),
    (
        "ru-feb-edv-indeksatsiya",
        "Соцфонд проиндексировал ЕДВ: ветераны боевых действий будут получать на 470 рублей больше",
        "Увеличенные выплаты придут вместе с пенсией за февраль; перерасчёт сделан автоматически, "
        "писать заявления не нужно, сообщили в фонде.",
        9.5,
    ),
    (
        "ru-feb-edv-indeksatsiya",
        "«Прибавка небольшая, но на лекарства пригодится»: получатели выплат о новой индексации",
        "Жители Заречинска, получающие ежемесячную выплату по инвалидности, говорят, что надбавка "
        "покроет разве что подорожание в аптеке.",
        14.0,
    ),
    (
        "ru-feb-edv-indeksatsiya/lzhesotrudniki-fonda",
        "В Заречинске задержали лжесотрудников Соцфонда",
        "По версии полиции, они обманули три десятка пенсионеров.",
        84.0,
    ),
    (
        "ru-feb-edv-indeksatsiya/lzhesotrudniki-fonda",
        "Полиция задержала мошенников, звонивших пожилым людям от имени Социального фонда",
        "По данным следствия, четверо жителей Заречинска убеждали пенсионеров, что им положен "
        "перерасчёт, и выманивали коды из сообщений банка; ущерб превысил 6 млн рублей.",
        85.0,
    ),
    (
        "ru-feb-nizhnebor-traktornyj",
        "Нижнеборский тракторный завод переходит на четырёхдневку",
        "Новый режим введут с 1 марта.",
        11.0,
    ),
    (
        "ru-feb-nizhnebor-traktornyj",
        "Завод в Нижнеборске сократит рабочую неделю из-за падения спроса на технику",
        "Предприятие, где трудятся 5,4 тысячи человек, переведёт основные цеха на четыре рабочих "
        "дня в неделю: склады забиты нераспроданными тракторами, а аграрии откладывают покупки.",
        12.0,
    ),
    (
        "ru-feb-nizhnebor-traktornyj",
        "Губернатор пообещал загрузить тракторный завод заказами",
        "Во вторник глава области заявил, что хозяйства получат льготные кредиты на покупку "
        "нижнеборских машин, а предприятие — госзаказ на коммунальную технику.",
        31.0,
    ),
    (
        "ru-feb-zaozerskoe-maslo",
        "Продажи «Заозерского масла» выросли на четверть",
        "Производители подвели итоги прошлого года.",
        34.0,
    ),
    (
        "ru-feb-zaozerskoe-maslo",
        "Ассоциация производителей «Заозерского сливочного масла» сообщила о рекордных продажах",
        "Три молочных завода, имеющих право на это наименование, продали за год 11 тысяч тонн "
        "масла, на 24% больше, чем годом ранее; почти треть ушла в Москву и Петербург.",
        35.0,
    ),
    (
        "ru-feb-zaozerskoe-maslo/poddelka",
        "Изъято четыре тонны поддельного «Заозерского масла»",
        "Подделку нашли на складе под Тверью.",
        127.0,
    ),
    (
        "ru-feb-zaozerskoe-maslo/poddelka",
        "Под Тверью нашли цех, где пальмовый жир фасовали в пачки известного масла",
        "Полиция и ветеринарный надзор изъяли 4,2 тонны продукта в упаковке, копирующей "
        "«Заозерское»; в цеху работали шесть человек, владельца ищут.",
        128.0,
    ),
    (
        "ru-feb-nedelnaya-inflyatsiya",
        "Недельная инфляция в России замедлилась до 0,07%",
        "Росстат опубликовал данные за последнюю неделю января.",
        67.0,
    ),
    (
        "ru-feb-nedelnaya-inflyatsiya",
        "Росстат: цены за неделю выросли на 0,07%, с начала года — на 1,1%",
        "Сильнее всего подорожали огурцы, помидоры и бананы, а сахар, гречка и бензин подешевели; "
        "годовая инфляция, по оценке Минэкономразвития, опустилась до 6,4%.",
        67.8,
    ),
    (
        "ru-feb-nedelnaya-inflyatsiya",
        "Экономисты: замедление роста цен даёт ЦБ повод снизить ставку",
        "Опрошенные аналитики банков считают, что данные среды укрепляют ожидания снижения "
        "ключевой ставки на заседании в середине февраля.",
        72.5,
    ),
    (
        "ru-feb-nedelnaya-inflyatsiya/zamorozka-tsen",
        "Сеть «Семь полок» заморозила цены на 150 товаров",
        "Ценники не изменятся до конца марта.",
        81.0,
    ),
    (
        "ru-feb-nedelnaya-inflyatsiya/zamorozka-tsen",
        "Торговая сеть «Семь полок» обещает не повышать цены на хлеб, молоко и крупы до весны",
        "Ритейлер, у которого 900 магазинов в Поволжье и на Урале, объявил в четверг, что "
        "сохранит цены на 150 товаров первой необходимости за счёт собственной наценки.",
        82.0,
    ),
    (
        "ru-feb-benzin-birzha",
        "Бензин на бирже подорожал до рекорда",
        "Тонна Аи-95 стоит больше 75 тысяч рублей.",
        106.0,
    ),
    (
        "ru-feb-benzin-birzha",
        "Оптовые цены на девяносто пятый обновили исторический максимум",
        "На бирже в пятницу тонна Аи-95 стоила 75,3 тысячи рублей; участники рынка объясняют рост "
        "ремонтами на двух нефтеперерабатывающих заводах.",
        107.0,
    ),
    (
        "ru-feb-benzin-birzha",
        "Владельцы заправок предупреждают: литр подорожает на рубль-два",
        "Независимые АЗС Заречинска и соседних районов говорят, что при нынешнем опте им придётся "
        "поднять цены у колонки уже на следующей неделе.",
        112.0,
    ),
    (
        "ru-feb-zarechinsk-proezd",
        "Проезд в автобусах Заречинска подорожает до 50 рублей",
        "Новый тариф начнёт действовать 15 февраля.",
        129.0,
    ),
    (
        "ru-feb-zarechinsk-proezd",
        "В Заречинске поездка в городском транспорте станет дороже на 8 рублей",
        "Тарифный комитет области в пятницу утвердил 50 рублей за поездку по карте и 55 за "
        "наличные; перевозчики жаловались на дорогое топливо и нехватку водителей.",
        130.0,
    ),
    (
        "ru-feb-ipoteka-severnyj-kapital",
        "Банк «Северный капитал» снизил ставки по ипотеке",
        "Снижение составило до полутора пунктов.",
        99.0,
    ),
    (
        "ru-feb-ipoteka-severnyj-kapital",
        "Ещё один крупный банк удешевил рыночную ипотеку",
        "С пятницы «Северный капитал» выдаёт кредиты на вторичное жильё под 19,9% годовых вместо "
        "21,4%; в банке рассчитывают на снижение ключевой ставки.",
        100.0,
    ),
    (
        "ru-feb-zarechinsk-yarmarka",
        "В Заречинске открылась фермерская ярмарка выходного дня",
        "На площади у Дворца культуры в субботу работают 60 палаток: фермеры из соседних районов "
        "продают мясо, мёд, молоко и соленья дешевле, чем в магазинах.",
        124.0,
    ),
    (
        "ru-feb-zarplata-uchitelyam",
        "Учителям в Заречинском районе задержали зарплату",
        "Деньги за январь так и не пришли.",
        76.0,
    ),
    (
        "ru-feb-zarplata-uchitelyam",
        "Педагоги двенадцати школ не получили январскую зарплату",
        "В администрации Заречинского района объяснили задержку тем, что деньги из областного "
        "бюджета не поступили вовремя, и пообещали расплатиться до конца недели.",
        77.0,
    ),
    (
        "ru-feb-zarplata-uchitelyam",
        "Прокуратура проверит задержку зарплат в школах района",
        "В пятницу надзорное ведомство сообщило, что выяснит, почему учителя Заречинского района "
        "остались без денег; часть долга уже выплачена.",
        97.0,
    ),
    # --- German ---
    (
        "de-feb-umweltzone-kaltenbrueck",
        "Umweltzone in Kaltenbrück gilt ab heute",
        "Ältere Diesel dürfen nicht mehr in die Innenstadt.",
        6.0,
    ),
    (
        "de-feb-umweltzone-kaltenbrueck",
        "Kaltenbrück sperrt die Innenstadt für alte Diesel",
        "Seit Montag dürfen Autos mit der Abgasnorm Euro 4 und älter nicht mehr innerhalb des "
        "Rings fahren; wer erwischt wird, zahlt 100 Euro, Handwerker können Ausnahmen beantragen.",
        7.0,
    ),
    (
        "de-feb-umweltzone-kaltenbrueck",
        "„Ich fahre jetzt mit dem Bus zur Baustelle“: Handwerker hadern mit dem Fahrverbot",
        "Ein Fliesenleger aus dem Umland sagt, sein Transporter sei zwölf Jahre alt und ein neuer "
        "unbezahlbar; die Anträge auf Ausnahmen stapeln sich im Rathaus.",
        11.0,
    ),
    (
        "de-feb-umweltzone-kaltenbrueck/taxi-protest",
        "Taxifahrer legen Kaltenbrücker Innenstadt lahm",
        "Hupkonzert am Hauptbahnhof und auf dem Ring.",
        15.0,
    ),
    (
        "de-feb-umweltzone-kaltenbrueck/taxi-protest",
        "Hunderte Taxis blockieren den Ring aus Protest gegen Fahrdienst-Apps",
        "Die Fahrer fordern, dass die Stadt Kaltenbrück Mindestpreise für Mietwagen mit Fahrer "
        "festlegt; am Montagnachmittag ging rund um den Hauptbahnhof zwei Stunden lang nichts "
        "mehr.",
        15.8,
    ),
    (
        "de-feb-jobcenter-grevenau",
        "Jobcenter Grevenau zieht in das ehemalige Postamt",
        "Ab Montag finden die Termine im umgebauten Postgebäude am Bahnhof statt; das alte Haus "
        "in der Lindenstraße wird abgerissen, weil sich eine Sanierung nicht mehr lohnt.",
        9.0,
    ),
    (
        "de-feb-inflation-januar",
        "Inflation sinkt im Januar auf 2,0 Prozent",
        "Erste Schätzung des Statistischen Bundesamts.",
        13.0,
    ),
    (
        "de-feb-inflation-januar",
        "Teuerung in Deutschland geht zu Jahresbeginn zurück",
        "Die Verbraucherpreise lagen im Januar nach vorläufigen Zahlen um 2,0 Prozent über dem "
        "Vorjahr, nach 2,4 Prozent im Dezember; Energie war billiger, Dienstleistungen wurden "
        "teurer.",
        14.0,
    ),
    (
        "de-feb-inflation-januar",
        "Ökonomen: Für eine Entwarnung bei den Preisen ist es zu früh",
        "Volkswirte verweisen darauf, dass die Kernrate ohne Energie und Lebensmittel bei 2,7 "
        "Prozent verharrt und die Mieten weiter steigen.",
        18.5,
    ),
    (
        "de-feb-brenner-lutz-stellenabbau",
        "Zulieferer Brenner & Lutz streicht 800 Stellen",
        "Das Werk in Grevenau ist besonders betroffen.",
        27.0,
    ),
    (
        "de-feb-brenner-lutz-stellenabbau",
        "Autozulieferer baut in Grevenau jede dritte Stelle ab",
        "Der Hersteller von Kabelbäumen und Steckern will bis Ende nächsten Jahres 800 von 2.400 "
        "Arbeitsplätzen streichen und die Fertigung nach Rumänien verlagern, wie er am Dienstag "
        "mitteilte.",
        28.0,
    ),
    (
        "de-feb-brenner-lutz-stellenabbau",
        "IG Metall kündigt Widerstand gegen Kahlschlag bei Brenner & Lutz an",
        "Der Betriebsrat erfuhr nach eigenen Angaben erst eine Stunde vor der Belegschaft von den "
        "Plänen und will eine Standortgarantie erkämpfen.",
        32.0,
    ),
    (
        "de-feb-brenner-lutz-stellenabbau",
        "Land bietet Kabelbaumhersteller Hilfe an, wenn Grevenau bleibt",
        "Das Wirtschaftsministerium hat dem Unternehmen am Mittwoch Gespräche über Fördergelder "
        "angeboten, falls es auf die Verlagerung nach Rumänien verzichtet.",
        50.0,
    ),
    (
        "de-feb-sparkasse-oberweidach",
        "Letzte Bankfiliale in Oberweidach schließt",
        "Die Sparkasse zieht sich aus dem Ort zurück.",
        30.0,
    ),
    (
        "de-feb-sparkasse-oberweidach",
        "Sparkasse Weidachtal gibt ihre Geschäftsstelle am Marktplatz auf",
        "Am Dienstag hatte die Filiale in Oberweidach zum letzten Mal geöffnet; für eine Beratung "
        "müssen die Kunden künftig ins zwölf Kilometer entfernte Grevenau fahren.",
        31.0,
    ),
    (
        "de-feb-sparkasse-oberweidach",
        "„Die alten Leute bleiben auf der Strecke“: Bürgermeisterin bedauert Rückzug",
        "Oberweidachs Bürgermeisterin Sabine Kehl sagt, viele Senioren im Ort hätten weder ein "
        "Auto noch einen Zugang zum Online-Banking.",
        35.0,
    ),
    (
        "de-feb-sparkasse-oberweidach/automat-gesprengt",
        "Geldautomat in Oberweidach gesprengt",
        "Die Täter flüchten mit einem dunklen Kombi.",
        99.0,
    ),
    (
        "de-feb-sparkasse-oberweidach/automat-gesprengt",
        "Unbekannte sprengen Geldautomaten im Vorraum eines Supermarkts",
        "Die Explosion in der Nacht zum Freitag beschädigte in Oberweidach auch die Wohnung über "
        "dem Markt; die Polizei fahndet nach zwei Männern, die in Richtung Autobahn flohen.",
        100.0,
    ),
    (
        "de-feb-lohwalder-schinken",
        "Lohwalder Schinken verkauft sich so gut wie nie",
        "Der Schutzverband meldet einen Rekordabsatz.",
        58.0,
    ),
    (
        "de-feb-lohwalder-schinken",
        "Rekordjahr für die geräucherte Spezialität aus dem Lohwald",
        "Die 23 Betriebe, die den Schinken mit geschützter geografischer Angabe herstellen "
        "dürfen, verkauften im vergangenen Jahr 9,8 Millionen Stück, 14 Prozent mehr als im "
        "Vorjahr, vor allem dank Ausfuhren nach Frankreich.",
        59.0,
    ),
    (
        "de-feb-lohwalder-schinken/faelschungen",
        "Gefälschter Lohwalder Schinken beschlagnahmt",
        "Der Zoll stellt 3.000 Stück sicher.",
        146.0,
    ),
    (
        "de-feb-lohwalder-schinken/faelschungen",
        "Zoll findet Tausende falsch etikettierte Schinken in einer Halle bei Grevenau",
        "Die Ware stammte nach Angaben der Ermittler aus Osteuropa und trug nachgemachte Siegel "
        "des Lohwalder Schutzverbands; gegen einen Großhändler wird wegen Betrugs ermittelt.",
        147.0,
    ),
    (
        "de-feb-warnstreik-kaltenbrueck",
        "Warnstreik: Busse und Bahnen in Kaltenbrück stehen still",
        "Verdi ruft zum ganztägigen Ausstand auf.",
        76.0,
    ),
    (
        "de-feb-warnstreik-kaltenbrueck",
        "Ganztägiger Warnstreik legt den Nahverkehr lahm",
        "Seit Betriebsbeginn am Donnerstag fahren in Kaltenbrück weder Straßenbahnen noch "
        "Stadtbusse; die Gewerkschaft fordert 350 Euro mehr im Monat für die rund 1.100 "
        "Beschäftigten der Verkehrsbetriebe.",
        77.0,
    ),
    (
        "de-feb-warnstreik-kaltenbrueck",
        "Pendler steigen aufs Rad oder bleiben im Homeoffice",
        "Am Streiktag waren die Radwege und die Parkplätze am Stadtrand voll, viele Arbeitgeber "
        "erlaubten die Arbeit von zu Hause.",
        82.0,
    ),
    (
        "de-feb-kaufhaus-stelling",
        "Kaufhaus Stelling schließt",
        "Das Grevenauer Traditionshaus gibt nach 98 Jahren auf.",
        102.0,
    ),
    (
        "de-feb-kaufhaus-stelling",
        "Traditionskaufhaus in Grevenau macht Ende März dicht – 85 Mitarbeiter betroffen",
        "Die Inhaberfamilie von Stelling begründete das Aus am Freitag mit sinkenden Umsätzen und "
        "den Kosten für die Sanierung des Gebäudes in der Fußgängerzone.",
        103.0,
    ),
    (
        "de-feb-kaufhaus-stelling",
        "„Ein Stück Stadt geht verloren“: Stammkunden trauern um ihr Kaufhaus",
        "Viele erinnern sich an die erste Rolltreppe der Stadt und an die Spielwarenabteilung im "
        "dritten Stock.",
        108.0,
    ),
    (
        "de-feb-kornmeister-insolvenz",
        "Bäckereikette Kornmeister ist pleite",
        "Die 60 Filialen bleiben vorerst geöffnet.",
        104.5,
    ),
    (
        "de-feb-kornmeister-insolvenz",
        "Bäckerei mit 700 Beschäftigten stellt Insolvenzantrag",
        "Das Familienunternehmen Kornmeister aus dem Umland von Kaltenbrück nannte am Freitag die "
        "hohen Energie- und Mehlpreise als Grund; die Löhne sind durch das Insolvenzgeld bis "
        "April gesichert.",
        105.5,
    ),
    (
        "de-feb-mietspiegel-kaltenbrueck",
        "Neuer Mietspiegel: Kaltenbrück wird teurer",
        "Im Schnitt 9,80 Euro pro Quadratmeter.",
        122.5,
    ),
    (
        "de-feb-mietspiegel-kaltenbrueck",
        "Mieten in der Stadt in zwei Jahren um 7 Prozent gestiegen",
        "Laut dem am Freitag vorgestellten Mietspiegel zahlen Mieter in Kaltenbrück im Schnitt "
        "9,80 Euro kalt pro Quadratmeter, in sanierten Altbauten der Innenstadt mehr als 13 Euro.",
        123.5,
    ),
    # --- French ---
    (
        "fr-feb-tarif-electricite",
        "Le tarif réglementé de l'électricité baisse de 4 % ce 1er février",
        "Environ 20 millions de foyers sont concernés.",
        5.5,
    ),
    (
        "fr-feb-tarif-electricite",
        "Électricité : la facture des ménages au tarif bleu recule à partir de lundi",
        "La baisse de 4 %, proposée par la Commission de régulation de l'énergie, représente "
        "environ 60 euros par an pour un foyer chauffé à l'électricité, après deux années de "
        "fortes hausses.",
        6.5,
    ),
    (
        "fr-feb-zfe-valmoreau",
        "ZFE : les Crit'Air 3 interdits à Valmoreau dès ce lundi",
        "Les contrôles seront d'abord pédagogiques.",
        6.7,
    ),
    (
        "fr-feb-zfe-valmoreau",
        "Valmoreau passe à la deuxième étape de sa zone à faibles émissions",
        "Depuis lundi, les voitures classées Crit'Air 3, soit un véhicule sur cinq dans la "
        "métropole, ne peuvent plus circuler à l'intérieur des boulevards ; l'amende de 68 euros "
        "ne sera appliquée qu'à partir de l'été.",
        7.5,
    ),
    (
        "fr-feb-zfe-valmoreau",
        "« On nous pousse à changer de voiture sans en avoir les moyens »",
        "Des habitants de la périphérie de Valmoreau qui travaillent dans le centre disent ne pas "
        "avoir d'autre choix que leur vieux diesel, malgré la prime à la conversion de la "
        "métropole.",
        12.0,
    ),
    (
        "fr-feb-zfe-valmoreau/blocage-taxis",
        "Les taxis bloquent le centre de Valmoreau",
        "Opération escargot contre les VTC.",
        16.0,
    ),
    (
        "fr-feb-zfe-valmoreau/blocage-taxis",
        "Colère des taxis : des centaines de voitures paralysent la gare et la place de la "
        "République",
        "À Valmoreau, les chauffeurs dénoncent les plateformes de VTC qu'ils accusent de prendre "
        "des clients à la gare sans réservation ; la circulation a été bloquée tout l'après-midi "
        "de lundi.",
        16.8,
    ),
    (
        "fr-feb-montrejac-derniere-agence",
        "Montréjac perd sa dernière banque",
        "L'agence du Crédit des Vallées ferme ce mardi.",
        32.0,
    ),
    (
        "fr-feb-montrejac-derniere-agence",
        "La dernière agence bancaire du bourg baisse le rideau",
        "Le Crédit des Vallées ferme ce mardi son agence de la Grand-Rue ; les clients de "
        "Montréjac, 2 400 habitants, devront se rendre à Saint-Gorlan, à 18 kilomètres, pour voir "
        "un conseiller.",
        33.0,
    ),
    (
        "fr-feb-montrejac-derniere-agence",
        "« Les anciens n'ont pas internet » : le maire dénonce un abandon",
        "Le maire de Montréjac, Jean-Paul Ferrand, a écrit à la direction régionale de la banque "
        "pour réclamer au moins une permanence par semaine à la mairie.",
        37.0,
    ),
    (
        "fr-feb-montrejac-derniere-agence/distributeur-explose",
        "Un distributeur de billets explosé à Montréjac",
        "Les malfaiteurs ont pris la fuite.",
        123.0,
    ),
    (
        "fr-feb-montrejac-derniere-agence/distributeur-explose",
        "Des malfaiteurs font sauter le distributeur du supermarché en pleine nuit",
        "Vers 3 heures du matin samedi, une forte détonation a réveillé les habitants de la route "
        "de Saint-Gorlan, à Montréjac ; les gendarmes ont retrouvé la voiture des fuyards "
        "incendiée à une dizaine de kilomètres.",
        124.0,
    ),
    (
        "fr-feb-prime-chauffage-retraites",
        "Une prime de chauffage de 150 euros pour les petites retraites",
        "Le versement commence ce mercredi.",
        62.0,
    ),
    (
        "fr-feb-prime-chauffage-retraites",
        "La caisse de retraite verse 150 euros à 600 000 retraités modestes pour se chauffer",
        "Le coup de pouce, réservé aux pensionnés dont les revenus ne dépassent pas 1 300 euros "
        "par mois, est versé automatiquement, sans démarche, a précisé l'assurance retraite.",
        63.0,
    ),
    (
        "fr-feb-prime-chauffage-retraites",
        "« Ça paiera un mois de fioul » : à Guéret, les bénéficiaires accueillent le geste",
        "Des retraités de la Creuse saluent l'aide tout en la jugeant insuffisante face à la "
        "hausse du prix du fioul et du bois.",
        68.0,
    ),
    (
        "fr-feb-prime-chauffage-retraites/faux-conseillers",
        "Faux conseillers retraite : cinq interpellations",
        "Ils escroquaient des personnes âgées par téléphone.",
        134.0,
    ),
    (
        "fr-feb-prime-chauffage-retraites/faux-conseillers",
        "Un réseau qui se faisait passer pour la caisse de retraite auprès des seniors démantelé",
        "Cinq personnes ont été interpellées vendredi dans la région de Valmoreau ; elles "
        "promettaient un rappel de pension à des retraités pour leur soutirer leurs coordonnées "
        "bancaires. Le préjudice dépasse 400 000 euros.",
        135.0,
    ),
    (
        "fr-feb-blocage-eleveurs-valmoreau",
        "Des tracteurs bloquent la rocade de Valmoreau",
        "Les éleveurs protestent contre le prix du lait.",
        55.0,
    ),
    (
        "fr-feb-blocage-eleveurs-valmoreau",
        "Une centaine d'éleveurs laitiers bloquent la rocade nord et déversent du fumier",
        "Les producteurs dénoncent le prix de 40 centimes le litre proposé par la laiterie Belval "
        "pour cette année ; ils ont aussi vidé des bennes devant la préfecture de Valmoreau "
        "mercredi matin.",
        56.0,
    ),
    (
        "fr-feb-blocage-eleveurs-valmoreau",
        "La laiterie Belval accepte de revoir son prix, les tracteurs se retirent",
        "Après une nuit de négociations à la préfecture, l'industriel s'est engagé jeudi à payer "
        "42 centimes le litre au premier semestre ; le blocage a été levé en fin de matinée.",
        77.0,
    ),
    (
        "fr-feb-soldes-bilan",
        "Soldes d'hiver : un bilan en demi-teinte",
        "La fréquentation a baissé de 5 %.",
        64.0,
    ),
    (
        "fr-feb-soldes-bilan",
        "Les commerçants déçus par des soldes marquées par une baisse de fréquentation",
        "Selon la fédération de l'habillement, le chiffre d'affaires des boutiques a reculé de 3 "
        "% sur les quatre semaines de soldes, qui se sont achevées mardi, malgré des remises plus "
        "fortes.",
        65.0,
    ),
    (
        "fr-feb-texalis-saint-gorlan",
        "L'usine Texalis de Saint-Gorlan va fermer",
        "230 salariés sont concernés.",
        79.0,
    ),
    (
        "fr-feb-texalis-saint-gorlan",
        "Le fabricant de textiles techniques annonce la fermeture de son site de Saint-Gorlan",
        "La direction de Texalis a présenté jeudi au comité social et économique un plan qui "
        "supprimerait les 230 postes d'ici l'automne, en invoquant la concurrence asiatique et le "
        "coût de l'énergie.",
        80.0,
    ),
    (
        "fr-feb-texalis-saint-gorlan",
        "« On a tout donné à cette boîte » : sidération chez les ouvrières",
        "À la sortie de la réunion, des salariées présentes depuis trente ans dans l'usine de "
        "textiles disent avoir appris la nouvelle sans aucun signe avant-coureur.",
        84.0,
    ),
    (
        "fr-feb-greve-controleurs-ter",
        "Grève des contrôleurs : un TER sur deux ce vendredi",
        "Perturbations attendues dans toute la région.",
        96.5,
    ),
    (
        "fr-feb-greve-controleurs-ter",
        "Les contrôleurs des TER Loire-Vallées en grève pour leurs primes",
        "Les syndicats réclament une hausse des primes de travail le week-end ; la région fait "
        "circuler un train sur deux vendredi et des cars de substitution sur les petites lignes.",
        97.5,
    ),
    (
        "fr-feb-greve-controleurs-ter",
        "Gare de Valmoreau : quais bondés et trains supprimés",
        "Les voyageurs ont dû se serrer dans les rares trains maintenus vendredi matin, certains "
        "renonçant à aller au travail.",
        104.0,
    ),
    (
        "fr-feb-baguette-montrejac",
        "À Montréjac, la baguette passe à 1,35 euro",
        "Le boulanger de la place de l'Église, le seul du village, explique que sa facture "
        "d'électricité et le prix de la farine ne lui laissent plus le choix après deux ans sans "
        "augmentation.",
        133.5,
    ),
    (
        "fr-feb-encadrement-loyers-valmoreau",
        "Valmoreau veut encadrer les loyers",
        "La métropole dépose sa candidature.",
        150.0,
    ),
    (
        "fr-feb-encadrement-loyers-valmoreau",
        "Loyers : la métropole candidate pour plafonner les prix dans 14 communes",
        "Le conseil métropolitain de Valmoreau a voté vendredi soir une demande auprès de l'État, "
        "alors qu'un studio s'y loue en moyenne 17 euros le mètre carré.",
        151.0,
    ),
    # --- Italian ---
    (
        "it-feb-pensioni-febbraio",
        "Pensioni di febbraio in pagamento",
        "Con l'aumento dell'1,6% e gli arretrati di gennaio.",
        5.0,
    ),
    (
        "it-feb-pensioni-febbraio",
        "Pensioni, da lunedì l'assegno con la rivalutazione e il conguaglio",
        "L'Inps paga da oggi le pensioni aumentate dell'1,6% per l'inflazione; chi a gennaio "
        "aveva ricevuto il vecchio importo troverà anche gli arretrati, in media una trentina di "
        "euro.",
        6.0,
    ),
    (
        "it-feb-pensioni-febbraio",
        "Code agli uffici postali di Vallombra per ritirare l'assegno",
        "Molti anziani si sono messi in fila già alle otto di lunedì, anche per controllare se "
        "l'aumento fosse davvero arrivato.",
        10.5,
    ),
    (
        "it-feb-pensioni-febbraio/falsi-funzionari",
        "Falsi funzionari Inps, arrestati in tre",
        "Truffavano gli anziani a domicilio.",
        86.0,
    ),
    (
        "it-feb-pensioni-febbraio/falsi-funzionari",
        "Si presentavano come impiegati dell'istituto di previdenza: tre arresti a Ponte Lèvo",
        "Secondo i carabinieri la banda convinceva gli anziani a restituire in contanti un "
        "presunto «aumento pagato per errore»; una quindicina le vittime tra Ponte Lèvo e "
        "Vallombra.",
        87.0,
    ),
    (
        "it-feb-ztl-vallombra",
        "Vallombra, da oggi la nuova zona a basse emissioni",
        "Stop ai diesel fino a Euro 4 dentro i viali.",
        7.0,
    ),
    (
        "it-feb-ztl-vallombra",
        "Scatta la ZTL ambientale: vietato l'ingresso in centro alle auto più inquinanti",
        "Da lunedì le telecamere ai 26 varchi di Vallombra registrano i diesel fino a Euro 4 che "
        "entrano nella cerchia dei viali dalle 7.30 alle 19.30; multe da 83 euro dopo un mese di "
        "tolleranza.",
        8.0,
    ),
    (
        "it-feb-ztl-vallombra",
        "«Chi lavora in centro ora deve cambiare auto?»: la rabbia dei pendolari",
        "Gli automobilisti in arrivo dalla provincia lamentano che i parcheggi scambiatori fuori "
        "dai viali di Vallombra sono pieni già alle otto.",
        12.5,
    ),
    (
        "it-feb-ztl-vallombra/protesta-tassisti",
        "Taxi fermi, centro di Vallombra in tilt",
        "La protesta è contro gli autisti a noleggio.",
        17.0,
    ),
    (
        "it-feb-ztl-vallombra/protesta-tassisti",
        "Auto bianche in piazza Garibaldi: i tassisti bloccano la stazione contro gli abusivi",
        "Circa trecento taxi hanno occupato lunedì pomeriggio la piazza davanti alla stazione di "
        "Vallombra per chiedere controlli sulle auto a noleggio che caricano clienti senza "
        "prenotazione.",
        17.8,
    ),
    (
        "it-feb-ferrisud-cassa-integrazione",
        "Acciaieria di Ponte Lèvo, 600 in cassa integrazione",
        "Si ferma uno dei due forni.",
        29.0,
    ),
    (
        "it-feb-ferrisud-cassa-integrazione",
        "Ferrisud spegne un forno elettrico e chiede la cassa integrazione per 600 addetti",
        "L'azienda siderurgica ha comunicato martedì ai sindacati che la produzione nello "
        "stabilimento di Ponte Lèvo sarà ridotta di un terzo per almeno tredici settimane per il "
        "crollo degli ordini dall'edilizia.",
        30.0,
    ),
    (
        "it-feb-ferrisud-cassa-integrazione",
        "«Senza la fabbrica questo paese muore»: parla la sindaca",
        "Carla Ruggeri, prima cittadina di Ponte Lèvo, ha chiesto un incontro urgente in Regione "
        "e teme per le duecento aziende dell'indotto.",
        34.0,
    ),
    (
        "it-feb-ferrisud-cassa-integrazione",
        "Acciaieria, firmato l'accordo: rotazione tra i lavoratori e integrazione al reddito",
        "Nella notte tra martedì e mercoledì l'azienda e i sindacati hanno concordato turni a "
        "rotazione e un'integrazione di 200 euro al mese per chi resta a casa dallo stabilimento "
        "di Ponte Lèvo.",
        51.0,
    ),
    (
        "it-feb-lumeria-utile",
        "Lumeria, utile record a 1,1 miliardi",
        "Il gruppo alza il dividendo del 15%.",
        36.0,
    ),
    (
        "it-feb-lumeria-utile",
        "Bilancio da primato per il gruppo elettrico: profitti su del 18% e cedola più ricca",
        "Lumeria ha chiuso l'anno con un utile netto di 1,1 miliardi grazie alle rinnovabili e "
        "alle reti, e martedì ha annunciato agli analisti investimenti per 9 miliardi nel "
        "prossimo triennio.",
        37.0,
    ),
    (
        "it-feb-lumeria-utile/fornitore-fallito",
        "Fallisce il fornitore Energia Chiara",
        "I 40mila clienti cambiano gestore.",
        104.0,
    ),
    (
        "it-feb-lumeria-utile/fornitore-fallito",
        "Crac di Energia Chiara: le utenze di luce e gas passano a Lumeria come ultima istanza",
        "Il piccolo venditore di Vallombra ha portato i libri in tribunale venerdì; le forniture "
        "non saranno interrotte e i clienti riceveranno una lettera da Lumeria, che si era "
        "aggiudicata il servizio di ultima istanza nella regione.",
        105.0,
    ),
    (
        "it-feb-benzina-sopra-190",
        "Benzina di nuovo sopra 1,90 euro",
        "Il self torna ai livelli di settembre.",
        152.5,
    ),
    (
        "it-feb-benzina-sopra-190",
        "Carburanti, il prezzo medio della verde al self risale oltre la soglia di 1,90 al litro",
        "Secondo i dati pubblicati domenica dal ministero, la benzina costa in media 1,903 euro e "
        "il gasolio 1,812; le associazioni dei consumatori chiedono di tagliare le accise.",
        153.5,
    ),
    (
        "it-feb-merceria-bonfanti",
        "Chiude dopo 90 anni la merceria Bonfanti di Vallombra",
        "La titolare, 78 anni, abbassa la saracinesca del negozio di via Mazzini: nessuno dei "
        "nipoti vuole proseguire e l'affitto è raddoppiato con il nuovo contratto.",
        63.0,
    ),
    (
        "it-feb-sciopero-treni-regionali",
        "Venerdì sciopero dei treni regionali",
        "Sono garantite le fasce di punta.",
        84.0,
    ),
    (
        "it-feb-sciopero-treni-regionali",
        "Stop di otto ore nel trasporto ferroviario locale: ecco le fasce garantite",
        "Lo sciopero di venerdì, proclamato da tre sigle per il rinnovo del contratto, va dalle 9 "
        "alle 17; circoleranno i treni in partenza tra le 6 e le 9 e tra le 18 e le 21.",
        85.0,
    ),
    (
        "it-feb-sciopero-treni-regionali",
        "Domani treni a rischio, i pendolari di Vallombra si organizzano",
        "Molti lavoratori hanno già chiesto lo smart working per la giornata di venerdì, altri "
        "divideranno l'auto con i colleghi.",
        91.0,
    ),
    (
        "it-feb-mutui-tasso-fisso",
        "Mutui, giù i tassi fissi",
        "Le banche ritoccano le offerte sul tasso fisso per chi compra casa.",
        128.0,
    ),
    (
        "it-feb-mutui-tasso-fisso",
        "Mutui più convenienti: il tasso fisso medio scende sotto il 3%",
        "Secondo l'osservatorio di un comparatore online, le migliori offerte a trent'anni sono "
        "al 2,85%, il livello più basso da due anni, e le richieste di surroga sono in aumento.",
        129.0,
    ),
    (
        "it-feb-trattori-grano",
        "Agricoltori in corteo con i trattori",
        "La protesta è per il prezzo del grano.",
        121.0,
    ),
    (
        "it-feb-trattori-grano",
        "Duecento trattori sfilano a Vallombra contro il prezzo del grano duro",
        "I cerealicoltori della provincia chiedono un prezzo minimo garantito: il grano viene "
        "pagato 28 euro al quintale, meno dei costi di produzione.",
        122.0,
    ),
    (
        "it-feb-trattori-grano",
        "«Lavoriamo in perdita da tre anni»: la voce di chi era in piazza",
        "Giovanni Ferlito, che coltiva 80 ettari in collina, spiega che gasolio e concimi sono "
        "raddoppiati mentre il frumento vale come vent'anni fa.",
        126.0,
    ),
    (
        "it-feb-affitti-studenti",
        "Affitti per studenti, a Vallombra +12%",
        "Una stanza singola costa in media 520 euro.",
        148.0,
    ),
    (
        "it-feb-affitti-studenti",
        "Caro stanze, nella città universitaria una singola arriva a 520 euro al mese",
        "Secondo il rapporto di un portale di annunci pubblicato domenica, a Vallombra i prezzi "
        "sono saliti del 12% in un anno, più che a Bologna e Padova.",
        149.0,
    ),
    # --- Spanish ---
    (
        "es-feb-castrovento-beneficio",
        "Castrovento gana un 12% más",
        "La eléctrica supera los 2.100 millones de beneficio.",
        9.0,
    ),
    (
        "es-feb-castrovento-beneficio",
        "La eléctrica Castrovento cierra el año con un beneficio récord gracias a las redes y la "
        "eólica",
        "El grupo presentó el lunes unas ganancias de 2.130 millones de euros y elevó el "
        "dividendo, mientras las asociaciones de consumidores recuerdan que la factura de los "
        "hogares apenas ha bajado.",
        10.0,
    ),
    (
        "es-feb-castrovento-beneficio/quiebra-comercializadora",
        "Quiebra la comercializadora Luzmar",
        "Sus clientes pasarán a otra compañía.",
        80.0,
    ),
    (
        "es-feb-castrovento-beneficio/quiebra-comercializadora",
        "Luzmar Energía entra en concurso y sus 30.000 clientes pasan a la comercializadora de "
        "referencia de Castrovento",
        "La pequeña empresa, con sede en Valencia, no podía hacer frente a sus pagos al sistema; "
        "los clientes no se quedarán sin suministro, pero tendrán que aceptar la tarifa regulada "
        "o elegir otra compañía.",
        81.0,
    ),
    (
        "es-feb-paro-enero",
        "El paro sube en 51.000 personas en enero",
        "La Seguridad Social pierde 190.000 afiliados.",
        32.0,
    ),
    (
        "es-feb-paro-enero",
        "Enero deja 51.340 desempleados más y la afiliación cae tras la campaña navideña",
        "El número de parados registrados se sitúa en 2,61 millones, según los datos publicados "
        "el martes por el Ministerio de Trabajo; el comercio y la hostelería concentraron la "
        "mayor parte de las bajas.",
        33.0,
    ),
    (
        "es-feb-paro-enero",
        "Los sindicatos piden más contratos fijos tras el mal dato del mes",
        "CCOO y UGT recuerdan que la mitad de los empleos perdidos eran contratos de menos de un "
        "mes ligados a las fiestas y a las rebajas.",
        38.0,
    ),
    (
        "es-feb-hacienda-app-autonomos",
        "Hacienda lanza una app para autónomos",
        "Permite presentar el IVA desde el móvil.",
        33.5,
    ),
    (
        "es-feb-hacienda-app-autonomos",
        "La Agencia Tributaria estrena una aplicación para declarar el IVA y el IRPF desde el "
        "móvil",
        "La herramienta, presentada el martes, permite a los trabajadores por cuenta propia hacer "
        "las declaraciones trimestrales, consultar deudas y aplazar pagos con reconocimiento "
        "facial, sin certificado digital.",
        34.5,
    ),
    (
        "es-feb-hacienda-app-autonomos/inspeccion-asadores",
        "Hacienda registra una cadena de asadores",
        "Investigan pagos en negro a los camareros.",
        41.0,
    ),
    (
        "es-feb-hacienda-app-autonomos/inspeccion-asadores",
        "Inspectores de la Agencia Tributaria entran en 14 locales de El Fogón Real por presunto "
        "fraude",
        "El fisco sospecha que el grupo, con sede en Navalcárcel, ocultaba parte de la caja y "
        "pagaba en efectivo a una parte de la plantilla; la operación se desarrolló el martes por "
        "la tarde en tres provincias.",
        42.0,
    ),
    (
        "es-feb-smi-acuerdo",
        "Acuerdo para subir el salario mínimo",
        "El SMI llegará a 1.240 euros al mes.",
        50.0,
    ),
    (
        "es-feb-smi-acuerdo",
        "Gobierno y sindicatos pactan subir el SMI un 4,4% en 14 pagas",
        "La patronal se ha quedado fuera del acuerdo, que se aplicará con efectos desde el 1 de "
        "enero y beneficiará a unos 2,4 millones de trabajadores.",
        51.0,
    ),
    (
        "es-feb-smi-acuerdo",
        "Los empresarios del campo advierten de que la subida «pone en riesgo empleos»",
        "Las organizaciones agrarias creen que el nuevo salario mínimo encarecerá la recogida de "
        "fruta y hortaliza en plena campaña.",
        56.0,
    ),
    (
        "es-feb-navalcarcel-viviendas-sociales",
        "Entrega de llaves de 120 viviendas protegidas en Navalcárcel",
        "Las familias ya estrenan piso en El Soto.",
        58.0,
    ),
    (
        "es-feb-navalcarcel-viviendas-sociales",
        "Las primeras 120 familias reciben las llaves de los pisos de alquiler social de El Soto",
        "El Ayuntamiento entregó el miércoles por la mañana las viviendas, con alquileres de "
        "entre 250 y 400 euros, tras un sorteo al que se presentaron 3.600 solicitudes.",
        59.0,
    ),
    (
        "es-feb-navalcarcel-viviendas-sociales",
        "«Llevábamos seis años viviendo con mis suegros»",
        "Marta y Rubén, con dos hijos, pagarán 310 euros al mes por su nuevo piso, menos de la "
        "mitad de lo que cuesta uno en el mercado libre de Navalcárcel.",
        63.0,
    ),
    (
        "es-feb-navalcarcel-viviendas-sociales/desalojo-okupas",
        "Desalojan a los okupas de un edificio en Navalcárcel",
        "La Policía Nacional intervino por la tarde.",
        66.0,
    ),
    (
        "es-feb-navalcarcel-viviendas-sociales/desalojo-okupas",
        "La policía desaloja un bloque ocupado de la calle Cervantes tras una orden judicial",
        "Una veintena de personas que vivían desde hace un año en el inmueble del centro de "
        "Navalcárcel lo abandonaron el miércoles por la tarde; el propietario, un fondo, quiere "
        "rehabilitarlo.",
        67.0,
    ),
    (
        "es-feb-protesta-naranjas",
        "Agricultores tiran naranjas ante la Delegación del Gobierno",
        "Protesta por los precios en el campo.",
        76.5,
    ),
    (
        "es-feb-protesta-naranjas",
        "Citricultores descargan 20 toneladas de fruta en Valencia para denunciar que se les paga "
        "por debajo de coste",
        "Los agricultores afirman que la industria les paga 12 céntimos por el kilo de navel "
        "mientras en el supermercado se vende a 1,60 euros.",
        77.5,
    ),
    (
        "es-feb-protesta-naranjas",
        "Agricultura convoca a productores y cadenas de distribución tras la protesta citrícola",
        "El ministerio anunció el viernes una mesa del sector el día 12 para revisar los "
        "contratos y vigilar la venta a pérdidas.",
        97.0,
    ),
    (
        "es-feb-galletas-la-riberena",
        "Cierra la fábrica de galletas La Ribereña",
        "Hay 180 empleos en el aire.",
        100.0,
    ),
    (
        "es-feb-galletas-la-riberena",
        "La galletera anuncia el cierre de su planta de Navalcárcel y el despido de 180 "
        "trabajadores",
        "La Ribereña, comprada hace tres años por un grupo francés, trasladará la producción a "
        "Francia antes del verano, según comunicó el viernes al comité de empresa.",
        101.0,
    ),
    (
        "es-feb-huelga-autobuses-navalcarcel",
        "Huelga de autobuses urbanos en Navalcárcel",
        "Servicios mínimos del 30% en hora punta.",
        121.0,
    ),
    (
        "es-feb-huelga-autobuses-navalcarcel",
        "Los conductores de los autobuses municipales inician una huelga indefinida",
        "La plantilla de Navalcárcel reclama una subida salarial del 6% y la contratación de 40 "
        "conductores; el paro empezó el sábado con unos servicios mínimos fijados por el "
        "Ayuntamiento.",
        122.0,
    ),
    (
        "es-feb-huelga-autobuses-navalcarcel",
        "Colas y esperas de una hora en las paradas",
        "Los usuarios del transporte público de Navalcárcel se quejan de que los pocos autobuses "
        "que circulan van llenos desde la cabecera.",
        128.0,
    ),
    (
        "es-feb-alquiler-navalcarcel",
        "El alquiler en Navalcárcel marca un nuevo récord: 11,4 euros por metro cuadrado",
        "Un piso de 80 metros cuesta ya de media 912 euros al mes, un 10% más que hace un año, "
        "según un portal inmobiliario.",
        152.0,
    ),
    # --- Portuguese ---
    (
        "pt-feb-lusovolt-lucros",
        "Lusovolt lucra 910 milhões",
        "Os resultados sobem 14% num ano.",
        26.0,
    ),
    (
        "pt-feb-lusovolt-lucros",
        "Elétrica Lusovolt apresenta lucro recorde e promete mais investimento na rede",
        "O grupo fechou o ano com um resultado líquido de 910 milhões de euros, impulsionado pela "
        "produção hídrica, e anunciou na terça-feira um dividendo mais alto para os acionistas.",
        27.0,
    ),
    (
        "pt-feb-lusovolt-lucros/insolvencia-comercializadora",
        "Comercializadora Solmarés declara insolvência",
        "Os clientes passam para o fornecedor de último recurso.",
        122.0,
    ),
    (
        "pt-feb-lusovolt-lucros/insolvencia-comercializadora",
        "Clientes da Solmarés vão ser transferidos para o serviço universal da Lusovolt",
        "A pequena comercializadora de eletricidade e gás, com cerca de 25 mil clientes, deixou "
        "de conseguir pagar as garantias exigidas pelo sistema; o regulador assegura que não "
        "haverá cortes no fornecimento.",
        123.0,
    ),
    (
        "pt-feb-inflacao-janeiro",
        "Inflação abranda para 2,3% em janeiro",
        "Estimativa rápida do INE.",
        34.0,
    ),
    (
        "pt-feb-inflacao-janeiro",
        "Preços sobem 2,3% em janeiro, abaixo dos 2,8% de dezembro",
        "A descida deve-se sobretudo aos combustíveis e à eletricidade, segundo a estimativa "
        "divulgada na terça-feira pelo INE; os produtos alimentares não transformados continuaram "
        "a encarecer, com uma subida de 4,1%.",
        35.0,
    ),
    (
        "pt-feb-inflacao-janeiro/congelamento-precos",
        "Cesto Verde congela preços de 200 produtos",
        "A medida dura até ao fim de abril.",
        42.0,
    ),
    (
        "pt-feb-inflacao-janeiro/congelamento-precos",
        "Cadeia de supermercados garante que não mexe nos preços do cabaz básico até abril",
        "A Cesto Verde, com 280 lojas no país, anunciou na terça-feira à noite que vai manter os "
        "preços do pão, do leite, do arroz, dos ovos e de mais 196 artigos, abdicando de parte da "
        "margem.",
        43.0,
    ),
    (
        "pt-feb-greve-transportes-ribeira-alta",
        "Greve nos autocarros de Ribeira Alta",
        "Só circulam os serviços mínimos.",
        55.0,
    ),
    (
        "pt-feb-greve-transportes-ribeira-alta",
        "Motoristas dos transportes urbanos param 24 horas por aumentos salariais",
        "A paralisação, convocada por dois sindicatos, deixou na quarta-feira dezenas de "
        "carreiras de Ribeira Alta sem serviço; os trabalhadores pedem 90 euros de aumento.",
        56.0,
    ),
    (
        "pt-feb-greve-transportes-ribeira-alta",
        "Utentes esperam mais de uma hora nas paragens da cidade",
        "Em Ribeira Alta, estudantes e trabalhadores queixam-se de não terem sido avisados das "
        "carreiras suprimidas durante a greve.",
        61.0,
    ),
    (
        "pt-feb-fabrica-calcado-passo-firme",
        "Fábrica de calçado fecha portas",
        "São 140 trabalhadores que ficam sem emprego na vila.",
        62.0,
    ),
    (
        "pt-feb-fabrica-calcado-passo-firme",
        "Passo Firme encerra em São Romão do Vale e deixa salários de janeiro por pagar",
        "A administração comunicou na quarta-feira aos 140 trabalhadores que a fábrica, que "
        "produzia sapatos para marcas alemãs, não tem encomendas desde o Natal.",
        63.0,
    ),
    (
        "pt-feb-fabrica-calcado-passo-firme",
        "Operárias fazem vigília à porta da fábrica de sapatos",
        "Temem que as máquinas da Passo Firme sejam retiradas durante a noite.",
        68.0,
    ),
    (
        "pt-feb-at-portal-senhorios",
        "Finanças lançam portal para senhorios",
        "Os contratos de arrendamento passam a ser comunicados online.",
        74.0,
    ),
    (
        "pt-feb-at-portal-senhorios",
        "Autoridade Tributária abre plataforma para os proprietários declararem contratos e rendas",
        "O novo portal, disponível desde quinta-feira, permite registar contratos, emitir recibos "
        "eletrónicos e pedir a redução de IRS para rendas acessíveis num só sítio.",
        75.0,
    ),
    (
        "pt-feb-at-portal-senhorios/buscas-marisqueiras",
        "Fisco faz buscas em cadeia de restaurantes",
        "Há suspeitas de fuga ao IVA.",
        82.0,
    ),
    (
        "pt-feb-at-portal-senhorios/buscas-marisqueiras",
        "Inspetores tributários fazem buscas a 11 restaurantes do grupo Marisqueira do Cais",
        "A operação da Autoridade Tributária, que decorreu na quinta-feira à tarde em Ribeira "
        "Alta e Lisboa, investiga faturação omitida e salários pagos por fora que terão lesado o "
        "Estado em 4 milhões de euros.",
        83.0,
    ),
    (
        "pt-feb-rendas-lisboa",
        "Rendas em Lisboa sobem 9%",
        "Novo máximo no último trimestre.",
        90.0,
    ),
    (
        "pt-feb-rendas-lisboa",
        "Novos contratos de arrendamento na capital atingem 17 euros por metro quadrado",
        "Os dados divulgados na quinta-feira mostram uma subida de 9% num ano em Lisboa, com o "
        "Porto e Setúbal também em alta, enquanto o número de contratos assinados caiu.",
        91.0,
    ),
    (
        "pt-feb-acordo-professores",
        "Governo e professores chegam a acordo",
        "A recuperação do tempo de serviço acelera.",
        98.5,
    ),
    (
        "pt-feb-acordo-professores",
        "Ministério da Educação e sindicatos assinam acordo sobre a progressão na carreira",
        "O entendimento, alcançado na sexta-feira ao fim de três rondas, garante aos docentes a "
        "recuperação do tempo de serviço congelado em três anos em vez de cinco.",
        99.5,
    ),
    (
        "pt-feb-pescadores-ribeira-alta",
        "Pescadores de Ribeira Alta em protesto",
        "Os barcos ficam no porto.",
        125.0,
    ),
    (
        "pt-feb-pescadores-ribeira-alta",
        "Frota fica em terra em protesto contra o preço do gasóleo e da lota",
        "Cerca de 40 embarcações de Ribeira Alta não saíram no sábado; os pescadores dizem que o "
        "peixe é vendido na lota a preços de há dez anos enquanto o combustível não para de "
        "subir.",
        126.0,
    ),
    (
        "pt-feb-pescadores-ribeira-alta",
        "Governo promete apoio ao gasóleo da pesca e recebe a frota parada na segunda-feira",
        "O secretário de Estado das Pescas anunciou no domingo um apoio extraordinário e convidou "
        "as associações de Ribeira Alta para uma reunião; os barcos mantêm-se no porto até lá.",
        146.0,
    ),
    (
        "pt-feb-preco-pao-ribeira-alta",
        "Preço do pão sobe dez cêntimos em Ribeira Alta",
        "As padarias da cidade aumentaram o papo-seco para 25 cêntimos, justificando com a "
        "farinha e a eletricidade; é a segunda subida num ano.",
        155.0,
    ),
    # --- Dutch ---
    (
        "nl-feb-dijkmeerder-kaas",
        "Recordjaar voor Dijkmeerder kaas",
        "De export groeit fors.",
        11.0,
    ),
    (
        "nl-feb-dijkmeerder-kaas",
        "Kaas met beschermde herkomst uit de Dijkmeer verkocht nooit zoveel als vorig jaar",
        "De vereniging van kaasmakers meldt dat de 31 boerderijen samen 14 miljoen kilo afzetten, "
        "11 procent meer dan een jaar eerder, vooral dankzij de export naar de Verenigde Staten.",
        12.0,
    ),
    (
        "nl-feb-dijkmeerder-kaas/nepkaas",
        "Nep-Dijkmeerder in beslag genomen",
        "De NVWA vindt 12 ton kaas in een loods.",
        78.0,
    ),
    (
        "nl-feb-dijkmeerder-kaas/nepkaas",
        "Twaalf ton kaas met vals herkomstetiket gevonden in loods bij Rotterdam",
        "Inspecteurs en de politie troffen woensdag een partij goedkope fabriekskaas aan die was "
        "voorzien van nagemaakte Dijkmeerder-zegels; de kaas was bestemd voor markten in "
        "Duitsland.",
        79.0,
    ),
    (
        "nl-feb-kroeze-precisie-banen",
        "Toeleverancier schrapt 300 banen",
        "De vraag uit de chipindustrie valt opnieuw tegen, meldt het bedrijf.",
        99.0,
    ),
    (
        "nl-feb-kroeze-precisie-banen",
        "Machinebouwer Kroeze Precisie in Lindersum schrapt 300 van de 1.100 banen",
        "Het bedrijf, dat onderdelen maakt voor chipmachines, zegt dat de orders uit Azië sinds "
        "de zomer zijn gehalveerd; de ondernemingsraad noemt het besluit een klap.",
        100.0,
    ),
    (
        "nl-feb-kroeze-precisie-banen",
        "Vakbond eist sociaal plan bij de machinebouwer",
        "De bond wil dat gedwongen ontslagen in Lindersum zoveel mogelijk worden voorkomen en dat "
        "oudere werknemers kunnen vertrekken met een regeling.",
        105.0,
    ),
    (
        "nl-feb-belastingdienst-portaal",
        "Belastingdienst opent nieuw portaal voor ondernemers",
        "De btw-aangifte wordt eenvoudiger.",
        30.0,
    ),
    (
        "nl-feb-belastingdienst-portaal",
        "Nieuwe online omgeving moet zzp’ers helpen met btw en betalingsregelingen",
        "De Belastingdienst lanceerde dinsdag een vernieuwd portaal voor kleine ondernemers, "
        "waarin zij ook direct uitstel van betaling kunnen aanvragen; de oude omgeving verdwijnt "
        "in de zomer.",
        31.0,
    ),
    (
        "nl-feb-belastingdienst-portaal/inval-fiod",
        "FIOD valt binnen bij schoonmaakbedrijf",
        "Vier verdachten zijn aangehouden.",
        40.0,
    ),
    (
        "nl-feb-belastingdienst-portaal/inval-fiod",
        "Invallen in Lindersum om zwart betaalde schoonmakers",
        "De opsporingsdienst van de Belastingdienst doorzocht dinsdag acht panden en hield vier "
        "mensen aan die worden verdacht van het ontduiken van 2,5 miljoen euro aan loonheffingen.",
        41.0,
    ),
    (
        "nl-feb-boerenprotest-provinciehuis",
        "Boeren met trekkers naar het provinciehuis",
        "Het protest richt zich tegen de uitkoopplannen.",
        35.5,
    ),
    (
        "nl-feb-boerenprotest-provinciehuis",
        "Honderden boeren protesteren in Arnhem tegen plan om veehouderijen op te kopen",
        "Met trekkers en spandoeken trokken zij dinsdag naar het provinciehuis, waar de Staten "
        "debatteerden over het uitkopen van veehouders rond natuurgebieden.",
        36.5,
    ),
    (
        "nl-feb-boerenprotest-provinciehuis",
        "Provincie stelt besluit over uitkoop veehouders uit na boerenprotest",
        "Gedeputeerde Staten maakten woensdag bekend dat het plan pas in april wordt behandeld, "
        "zodat er eerst met de landbouworganisaties kan worden gepraat.",
        56.0,
    ),
    (
        "nl-feb-lindersum-sociale-huur",
        "Eerste huurders krijgen sleutel in Lindersum",
        "Er zijn 72 sociale huurwoningen opgeleverd.",
        81.0,
    ),
    (
        "nl-feb-lindersum-sociale-huur",
        "Woningcorporatie levert 72 sociale huurwoningen op in nieuwbouwwijk De Populier",
        "Donderdagochtend kregen de eerste bewoners in Lindersum-Zuid de sleutel van hun "
        "appartement; de huur ligt tussen 600 en 800 euro, en er reageerden ruim 2.000 "
        "woningzoekenden.",
        82.0,
    ),
    (
        "nl-feb-lindersum-sociale-huur",
        "‘Eindelijk een eigen voordeur’: jonge moeder na vijf jaar wachten",
        "Samira (28) woonde met haar zoontje bij haar ouders en kreeg donderdag als een van de "
        "eersten de sleutel van een flat in De Populier.",
        86.0,
    ),
    (
        "nl-feb-lindersum-sociale-huur/ontruiming-kraakpand",
        "Kraakpand in Lindersum ontruimd",
        "Zes krakers zijn aangehouden.",
        90.0,
    ),
    (
        "nl-feb-lindersum-sociale-huur/ontruiming-kraakpand",
        "ME ontruimt gekraakt kantoorpand aan de Stationsweg",
        "De krakers zaten sinds de zomer in het lege pand van een verzekeraar in Lindersum; "
        "donderdagavond werden zes van hen aangehouden omdat ze weigerden te vertrekken.",
        91.0,
    ),
    (
        "nl-feb-vriezemolen-supermarkt",
        "Laatste supermarkt in Vriezemolen sluit",
        "Inwoners moeten straks naar Lindersum.",
        127.0,
    ),
    (
        "nl-feb-vriezemolen-supermarkt",
        "Dorp verliest zijn enige supermarkt",
        "De eigenaar van de supermarkt aan de Dorpsstraat in Vriezemolen stopt eind maart omdat "
        "de omzet te laag is; de 1.800 inwoners moeten dan acht kilometer rijden voor "
        "boodschappen.",
        128.0,
    ),
    (
        "nl-feb-staking-streekbussen",
        "Staking in het streekvervoer",
        "Vrijdag rijden er geen bussen in de Achterhoek.",
        97.0,
    ),
    (
        "nl-feb-staking-streekbussen",
        "Buschauffeurs in Gelderland en Overijssel leggen werk neer voor hogere lonen",
        "Vrijdag rijden in grote delen van beide provincies geen streekbussen; de vakbonden eisen "
        "een loonsverhoging van 7 procent en meer pauzes.",
        98.0,
    ),
    (
        "nl-feb-staking-streekbussen",
        "Scholieren zonder bus: ‘Mijn moeder moest vrij nemen om me te brengen’",
        "Op de stations in de Achterhoek stonden vrijdagochtend vooral scholieren en ouderen "
        "tevergeefs te wachten.",
        103.0,
    ),
    (
        "nl-feb-hypotheekrente-daalt",
        "Hypotheekrente daalt verder",
        "De tienjarige rente zakt bij veel banken onder 3,5 procent.",
        129.0,
    ),
    (
        "nl-feb-hypotheekrente-daalt",
        "Banken verlagen de hypotheekrente voor de derde keer dit jaar",
        "Bij meerdere grote geldverstrekkers zakte de tienjarige rente deze week onder 3,5 "
        "procent, wat kopers volgens makelaars meer leenruimte geeft.",
        130.0,
    ),
    (
        "nl-feb-bakker-lindersum-stopt",
        "Bakker Van Veen in Lindersum stopt na zestig jaar",
        "De derde generatie bakte zaterdag de laatste broden; er is geen opvolger en de "
        "energierekening van de ovens is in twee jaar verdubbeld.",
        145.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "first tenants moving into a new social-housing block and police evicting squatters from "
    "another building in the same town hours later": (
        "en-feb-wexley-council-homes/squatters-evicted",
        "es-feb-navalcarcel-viviendas-sociales/desalojo-okupas",
        "nl-feb-lindersum-sociale-huur/ontruiming-kraakpand",
    ),
    "a city's low-emission zone coming into force in the morning and taxi drivers blocking the "
    "same city's centre over another grievance hours later": (
        "de-feb-umweltzone-kaltenbrueck/taxi-protest",
        "fr-feb-zfe-valmoreau/blocage-taxis",
        "it-feb-ztl-vallombra/protesta-tassisti",
    ),
    "a shop-price or inflation figure published and a supermarket chain in the same country "
    "freezing prices on everyday goods within a day": (
        "en-feb-shop-price-index/price-freeze",
        "pt-feb-inflacao-janeiro/congelamento-precos",
        "ru-feb-nedelnaya-inflyatsiya/zamorozka-tsen",
    ),
    "a tax authority's new online service launched and the same tax authority's raid on a firm "
    "over undeclared pay or takings hours later": (
        "es-feb-hacienda-app-autonomos/inspeccion-asadores",
        "nl-feb-belastingdienst-portaal/inval-fiod",
        "pt-feb-at-portal-senhorios/buscas-marisqueiras",
    ),
    "a town's last bank branch closing and a cash machine blown up in the same town days later": (
        "de-feb-sparkasse-oberweidach/automat-gesprengt",
        "en-feb-thornhallow-last-bank/cash-machine-blown-up",
        "fr-feb-montrejac-derniere-agence/distributeur-explose",
    ),
    "an energy group's record yearly profit and a small rival supplier's collapse, its "
    "customers handed to the same group as fallback supplier, days later": (
        "es-feb-castrovento-beneficio/quiebra-comercializadora",
        "it-feb-lumeria-utile/fornitore-fallito",
        "pt-feb-lusovolt-lucros/insolvencia-comercializadora",
    ),
    "a protected regional food's record sales and a seizure of fakes of the same food days later": (
        "de-feb-lohwalder-schinken/faelschungen",
        "nl-feb-dijkmeerder-kaas/nepkaas",
        "ru-feb-zaozerskoe-maslo/poddelka",
    ),
    "pensioners' payments raised or topped up and a gang posing as staff of the same pensions "
    "body arrested days later": (
        "fr-feb-prime-chauffage-retraites/faux-conseillers",
        "it-feb-pensioni-febbraio/falsi-funzionari",
        "ru-feb-edv-indeksatsiya/lzhesotrudniki-fonda",
    ),
}
