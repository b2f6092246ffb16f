"""A forty-third check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one week of energy, transport and
infrastructure news in early April (airlines and airport strikes, rail works and derailments,
power-plant outages and grid failures, pipelines and fuel prices, ports and shipping, bridges and
tunnels, wind and solar parks, ministers and regulators) as a reader's feeds carry it at
daily-digest density: 39 to 50 items a day (48, 50, 44, 49, 41, 43 and 39 from Monday to
Sunday), spanning 6.4 to 167.0 hours. It holds 314 items under 138 labels: 114 stories and 24
hard negatives; 46 labels in English (107 items), 14 in German (32 items), 13 in French (30),
Spanish (30), Italian (29), Dutch (30), Portuguese (27) and Russian (29). Big stories are
carried by two to four outlets over a day (a wire flash or teaser first, then a fuller page, then
a quote-led or reaction piece that names the event only by its place, its actor or one detail),
and thirteen have a follow-up with a new fact: twelve next-day copies 20 to 25 hours after the
first (the Kestrel rail found cracked, the Brenmoor relay, the Grangeford fire out, the air
traffic fault's one flight plan, the Aurora Belle refloated, the Lindenau line reopened and its
broken wheel, the Vernac shutdown extended, the Valdemora points, the Valtorta reopening date,
the Eemsdijk lock repaired, the CP strike's second day, the Заречье criminal case) and the
ferry strike held on Sunday, 47 hours after it was called. 88 labels have two copies, 29 three,
10 four, and 11 stories are told by one outlet. 127 stories and hard negatives have a teaser copy
whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language, each placed as far from its story as the two events
would really be. Three are two events on the same day at the same place or by the same actor,
8 to 10 hours apart: an airline's new route launched in the morning and a cabin-crew walkout at
the same airline that afternoon or evening (8.4 to 9.5 hours: SkyMerrow, Alpenflug, Brisal); an
energy minister opening a solar park in the morning and the same minister's fuel-price measure
that evening (9.1 to 9.3 hours: Calloway at Fennick Moor and the heating-oil cap, Vasseur at
Puyrenard and the diesel margins, Ferrandi at Borgo Serrano and the accise cut); a port's new
container terminal opened and a dockers' blockade of the same port hours later (8.1 to 9.2
hours: Westerhaven, Vilamar, Северомысск). The others: an airport's strike and a drone sighting
halting flights at the same airport the next day (22.4 to 23.4 hours: Ashgrove, Lorvieux,
Vallese); a power plant's unit tripping off the grid without cutting homes and a blackout from a
separate line or substation fault in the same area days later (61.1 to 73.8 hours: Weißach and
the Oberried substation fire, Almarcha and the fallen line, the Приреченск ГРЭС and the broken
wires); a bridge reopened after repairs and a protest over another matter blocking the same
bridge days later (70.5 to 74.0 hours: Tolland and the dairy farmers, the Kolkbrug and the
skippers, Valdeira and the health centre); an energy regulator's tariff cut and the same
regulator's fine on a supplier days later (73.1 to 74.2 hours: Gridwatch and Hallam Power, the
Italian authority and Lumenia Energia, Energietoezicht and Warmland); a pipeline's transport
tariff raised and a leak on the same pipeline days later (62.9 to 92.1 hours: Nordgas Transit,
Transgás Atlântico, the Северный нефтепровод). Twelve hard negatives fall within 48 hours of
their story, twelve beyond it.

The week also stresses what an infrastructure-heavy digest really carries side by side: fuel
prices in seven languages as seven separate releases, beside fuel measures and protests that are
other events (the English petrol high and Calloway's heating-oil cap on one Tuesday, the hauliers'
go-slow, Albion Wings' fuel bill, the Italian accise cut the day before the benzina high); four
derailments in four languages (Kestrel, Lindenau, Valdemora, Заречье); eight bridges (Tolland,
Ashby, the Morge viaduct, Ribazo, Wendelbach, Valdeira, the Kolkbrug, the Сылва bridge), most of
them closed for a different reason; English airports with unrelated news in one week (the
Ashgrove strike and drone, the air traffic fault, the Marbury runway, the Dunmore sale); two
unregistered stories at one Russian airport (the Озёрск fog and a plane returning to Озёрск);
and wind, solar and grid stories that share their nouns (Fennick Moor, the Solvik link, the
wind auction, Greyhaven, Glen Arrick's pylons, Brévaut, Hohe Geest, the Hollandse Bank, the
Serra da Lousa, Tierra Blanca's fire).

What "same story" means here: one event (one derailment, one strike, one outage, one opening,
one route, one price release, one ruling, one fine, one leak, one protest, one closure) in that
event's news cycle, including a next-day follow-up with a new fact. Not the same story: another
event at the same airline, airport, port, bridge, plant, pipeline, regulator or minister, even on
the same day. A label with a suffix after a slash is a hard negative of the story before the
slash (categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's
copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
the places where events happen, people, firms, airlines, plants, regulators and pipelines are
invented here; real places and bodies appear only as backdrop (Lisbon, Dakar, Tromsø, Munich,
Norway, the M62, Zwolle and Meppel, Sines, Bologna, Sardinia, the Zêzere and Tormes rivers, Red
Eléctrica, Rijkswaterstaat, the CP, Bison Futé, the Proteção Civil).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, texts and category
strings), and never run through the merging code before its one scoring run,
`python -m bench.stories --round43`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    (
        "en-kestrel-derailment",
        "Passenger train derails near Kestrel Junction",
        "Fourteen people hurt as a morning commuter service leaves the track.",
        7.2,
    ),
    (
        "en-kestrel-derailment",
        "Fourteen injured as commuter train comes off the rails at Kestrel Junction",
        "Three carriages of the 06:40 Marlow to Dunstead service left the track just outside"
        " Kestrel Junction on Monday morning, and fourteen passengers were taken to hospital, two"
        " of them with serious injuries.",
        8.9,
    ),
    (
        "en-kestrel-derailment",
        "'We were thrown against the windows': passengers describe the Kestrel crash",
        "Commuters on the 06:40 from Marlow said the carriage lurched twice before tipping, and"
        " praised a guard who led them along the embankment to safety.",
        13.5,
    ),
    (
        "en-kestrel-derailment",
        "Broken rail blamed for Kestrel derailment as line stays shut",
        "Investigators said on Tuesday that a cracked rail, reported by a driver on Friday but"
        " not yet replaced, is the most likely cause of Monday's derailment; the line will stay"
        " closed until Thursday.",
        29.0,
    ),
    (
        "en-northway-rail-works",
        "Northway line to close for nine days of engineering works",
        "Trains between Halbury and Fenwick will be replaced by buses from Saturday while"
        " engineers renew two miles of track and a signal box, the operator said.",
        9.4,
    ),
    (
        "en-northway-rail-works",
        "Nine-day Northway closure: what passengers need to know",
        "Replacement buses, longer journeys and no through trains to the coast.",
        12.1,
    ),
    (
        "en-skymerrow-route",
        "SkyMerrow opens Castlebridge to Lisbon route",
        "The budget carrier's first flight to Portugal took off at dawn.",
        8.0,
    ),
    (
        "en-skymerrow-route",
        "SkyMerrow launches its first Portuguese route with Castlebridge-Lisbon flights",
        "The regional airline will fly four times a week to Lisbon and says bookings for the"
        " summer are ahead of forecast, as it bets on leisure travel from the north-west.",
        10.6,
    ),
    (
        "en-skymerrow-route/walkout",
        "SkyMerrow cabin crew walk out over rosters",
        "Flights from Castlebridge were cancelled on Monday evening after cabin crew at SkyMerrow"
        " walked out in a dispute over rest days and rosters.",
        17.5,
    ),
    (
        "en-skymerrow-route/walkout",
        "Evening flights grounded as SkyMerrow crew stop work",
        "Union says staff were rostered for seven early starts in a row.",
        19.2,
    ),
    (
        "en-skymerrow-route/walkout",
        "SkyMerrow walkout: union and airline trade blame as passengers stranded",
        "The union said the rosters broke the contract; the airline called the stoppage unlawful"
        " and said it would seek damages, while about 1,800 passengers waited for rebooking.",
        22.8,
    ),
    (
        "en-tolland-bridge-reopens",
        "Tolland Bridge reopens after 14 months",
        "Cars are back on the crossing after repairs to corroded cables.",
        11.0,
    ),
    (
        "en-tolland-bridge-reopens",
        "Tolland Bridge reopens to traffic after £48m repair",
        "The suspension bridge over the Wyre estuary reopened on Monday after fourteen months of"
        " work to replace corroded cables, ending a 30-mile detour for drivers.",
        12.9,
    ),
    (
        "en-tolland-bridge-reopens",
        "Traders on both banks welcome the end of the Tolland detour",
        "Shopkeepers in Tolland said trade fell by a third while the crossing was shut and hoped"
        " customers from the south bank would now return.",
        16.3,
    ),
    (
        "en-tolland-bridge-reopens/protest",
        "Farmers' tractors block Tolland Bridge in milk price protest",
        "About forty tractors parked across both carriageways of Tolland Bridge on Thursday"
        " morning as dairy farmers protested at a cut in the price paid for their milk; police"
        " let them stay until noon.",
        81.5,
    ),
    (
        "en-tolland-bridge-reopens/protest",
        "Tractor protest halts traffic on Tolland Bridge",
        "Dairy farmers say the milk price no longer covers their costs.",
        84.0,
    ),
    (
        "en-ev-sales-record",
        "Electric car sales hit record in March",
        "One in four new cars sold in March was fully electric, the highest share yet, according"
        " to figures from the motor trade body.",
        10.2,
    ),
    (
        "en-ev-sales-record",
        "Record month for electric cars as prices fall",
        "Dealers say discounts and cheaper leasing drove March sales.",
        14.4,
    ),
    (
        "en-ev-charger-plan",
        "Ministers promise 10,000 new roadside chargers by next spring",
        "Transport officials said on Sunday that a £400m fund would pay for rapid chargers at"
        " motorway services and in rural towns where drivers say gaps remain.",
        157.0,
    ),
    (
        "en-level-crossing-review",
        "Review ordered into 200 level crossings after near misses",
        "The rail safety regulator has told the network operator to review 200 user-worked level"
        " crossings after eleven near misses with farm vehicles since January.",
        157.2,
    ),
    (
        "en-bills-arrears-survey",
        "One in five households behind on energy bills, charity finds",
        "A survey by the debt charity Clearway found that 21% of households were in arrears on"
        " gas or electricity at the end of winter, up from 16% a year earlier.",
        159.1,
    ),
    (
        "en-bills-arrears-survey",
        "Energy debt rising after long winter, survey says",
        "Clearway says arrears rose most among renters and families.",
        162.7,
    ),
    (
        "en-energy-regulator-cap-cut",
        "Gridwatch cuts energy price cap by 6%",
        "The regulator says lower wholesale gas prices will be passed on from July.",
        31.0,
    ),
    (
        "en-energy-regulator-cap-cut",
        "Household energy bills to fall 6% from July as regulator lowers cap",
        "Gridwatch said the typical dual-fuel bill would drop by about £105 a year, though"
        " campaigners said bills remained well above their level of five years ago.",
        32.4,
    ),
    (
        "en-energy-regulator-cap-cut",
        "'Not nearly enough': campaigners greet the Gridwatch cut",
        "Fuel poverty groups said a 6% fall would barely dent arrears built up over the winter"
        " and asked for a social tariff.",
        37.8,
    ),
    (
        "en-energy-regulator-cap-cut/fine",
        "Gridwatch fines Hallam Power £12m over billing errors",
        "The regulator said Hallam Power overcharged 90,000 customers on prepayment meters for"
        " two years and must repay them on top of the fine.",
        105.2,
    ),
    (
        "en-energy-regulator-cap-cut/fine",
        "Hallam Power hit with £12m fine",
        "Supplier overcharged prepayment customers, the regulator says.",
        107.9,
    ),
    (
        "en-fuel-price-high",
        "Petrol climbs to highest price in 18 months",
        "Average price of unleaded reaches 152.4p a litre.",
        30.2,
    ),
    (
        "en-fuel-price-high",
        "Petrol prices reach 18-month high as crude rises",
        "The average price of a litre of unleaded reached 152.4p on Tuesday, motoring groups"
        " said, and diesel rose to 158.9p, adding about £5 to the cost of filling a family car.",
        33.5,
    ),
    (
        "en-fuel-price-high",
        "Drivers urged to shop around as forecourt prices climb",
        "Motoring groups said supermarket forecourts were up to 6p cheaper a litre than motorway"
        " services.",
        41.0,
    ),
    (
        "en-energy-minister-solar",
        "Energy Secretary opens Fennick Moor solar park",
        "Ruth Calloway switched on the 300 MW park, the largest in England.",
        34.0,
    ),
    (
        "en-energy-minister-solar",
        "Calloway opens England's largest solar park on Fennick Moor",
        "The Energy Secretary opened the 300-megawatt Fennick Moor park on Tuesday morning,"
        " saying it would power 90,000 homes and that two more parks of its size would be"
        " approved this year.",
        35.6,
    ),
    (
        "en-energy-minister-solar/fuel-cap",
        "Calloway announces cap on heating oil prices for rural homes",
        "The Energy Secretary said on Tuesday evening that heating oil prices for off-grid homes"
        " would be capped for six months after complaints of profiteering by suppliers.",
        43.2,
    ),
    (
        "en-energy-minister-solar/fuel-cap",
        "Heating oil price cap for off-grid homes",
        "Six-month cap follows complaints from rural households.",
        44.5,
    ),
    (
        "en-energy-minister-solar/fuel-cap",
        "Oil distributors warn heating cap could mean shortages",
        "The federation of fuel distributors said small firms would stop deliveries to remote"
        " villages if the cap did not cover their costs.",
        50.3,
    ),
    (
        "en-bus-fare-cap-extended",
        "Bus fare cap of £2.50 extended to end of next year",
        "Ministers said the cap on single bus fares in England would stay until December next"
        " year, costing about £150m.",
        131.3,
    ),
    (
        "en-bus-fare-cap-extended",
        "Single bus fares stay capped for another year",
        "The £2.50 cap had been due to end in June.",
        135.6,
    ),
    (
        "en-felsham-port-queue",
        "Thirty ships wait off Felsham as port backlog grows",
        "A crane shortage and fog have left about thirty vessels anchored off the port of"
        " Felsham, and shippers warn of delays to retail goods.",
        38.1,
    ),
    (
        "en-felsham-port-queue",
        "Felsham backlog: retailers warn of gaps on shelves",
        "Importers say containers are taking up to nine days to land.",
        42.6,
    ),
    (
        "en-corran-nuclear-delay",
        "Corran Sands nuclear plant delayed again, cost rises to £38bn",
        "The developer of the Corran Sands plant said the first reactor would not start until"
        " 2033, two years later than planned, and put the total cost at £38bn.",
        40.0,
    ),
    (
        "en-corran-nuclear-delay",
        "Corran Sands start pushed back to 2033",
        "Developer blames welding faults and a shortage of skilled staff.",
        41.4,
    ),
    (
        "en-corran-nuclear-delay",
        "MPs demand answers after another Corran Sands overrun",
        "The chair of the energy committee said she would call the developer's chief executive to"
        " explain why the plant's budget had risen for the fourth time.",
        46.9,
    ),
    (
        "en-pellow-landslip",
        "Landslip shuts coast road at Pellow",
        "The B3410 will stay closed while geologists assess the cliff.",
        164.3,
    ),
    (
        "en-pellow-landslip",
        "Coast road at Pellow closed indefinitely after landslip",
        "A section of cliff collapsed onto the B3410 near Pellow overnight, and the county"
        " council said the road could stay shut for months while the slope is stabilised.",
        167.0,
    ),
    (
        "en-ashgrove-airport-strike",
        "Baggage handlers strike at Ashgrove Airport",
        "Passengers told to travel with hand luggage only as a 48-hour stoppage begins.",
        54.0,
    ),
    (
        "en-ashgrove-airport-strike",
        "Ashgrove Airport baggage handlers begin two-day strike over pay",
        "Handlers employed by the contractor Swiftside walked out at 4am on Wednesday, and"
        " airlines asked passengers to bring hand luggage only; about a fifth of flights were"
        " cancelled.",
        55.8,
    ),
    (
        "en-ashgrove-airport-strike",
        "'I had to leave my suitcase at home': Ashgrove travellers make do",
        "Families flying to Spain repacked at check-in desks as the handlers' picket line grew"
        " outside the terminal.",
        60.2,
    ),
    (
        "en-ashgrove-airport-strike/drone",
        "Drone sighting halts flights at Ashgrove",
        "The runway was shut for 50 minutes on Thursday morning.",
        76.4,
    ),
    (
        "en-ashgrove-airport-strike/drone",
        "Flights diverted after drone spotted over Ashgrove runway",
        "Ashgrove Airport closed its runway for 50 minutes on Thursday after a pilot reported a"
        " drone near the approach path, and eleven arrivals were sent to other airports; police"
        " are searching the area.",
        78.0,
    ),
    (
        "en-albion-wings-warning",
        "Albion Wings warns on profits as fuel bill soars",
        "The airline cut its annual profit forecast by a quarter on Wednesday, blaming jet fuel"
        " prices and higher airport charges, and its shares fell 14%.",
        55.1,
    ),
    (
        "en-albion-wings-warning",
        "Albion Wings shares slide after profit warning",
        "Carrier says fuel costs will be £90m higher than planned.",
        57.4,
    ),
    (
        "en-brenmoor-outage",
        "Brenmoor power station trips, 40,000 homes lose supply",
        "A fault at the Brenmoor gas-fired plant cut power across three towns.",
        58.2,
    ),
    (
        "en-brenmoor-outage",
        "Power cut hits 40,000 homes after Brenmoor plant fault",
        "The Brenmoor gas-fired power station tripped at 9.40am on Wednesday, and a chain of"
        " protective switches left about 40,000 homes in Ashby Vale and neighbouring towns"
        " without power for up to four hours.",
        59.5,
    ),
    (
        "en-brenmoor-outage",
        "Schools and a hospital ran on generators during the Brenmoor blackout",
        "Ashby Vale's hospital switched to its backup supply and three schools sent pupils home"
        " as the lights went out across the valley.",
        64.0,
    ),
    (
        "en-brenmoor-outage",
        "Brenmoor blackout traced to faulty transformer relay",
        "The grid operator said on Thursday that a relay fitted during maintenance last month"
        " failed, and that the plant would stay offline until it is replaced.",
        79.5,
    ),
    (
        "en-hydrogen-buses",
        "Aberlow puts first hydrogen buses on its streets",
        "Twenty buses that run on hydrogen started carrying passengers in Aberlow on Wednesday,"
        " filled at a depot fed by a nearby wind farm.",
        60.5,
    ),
    (
        "en-dunmore-airport-sale",
        "Dunmore Airport sold to infrastructure fund for £410m",
        "The council-owned airport will pass to Harcastle Infrastructure Partners, which promised"
        " to keep routes to Amsterdam and Dublin and to expand the terminal.",
        62.0,
    ),
    (
        "en-dunmore-airport-sale",
        "Council sells Dunmore Airport",
        "Harcastle fund pays £410m and promises a bigger terminal.",
        66.1,
    ),
    (
        "en-solar-panel-tariff",
        "Import tariff of 20% on solar panels from next month",
        "Trade officials say the duty will protect a small domestic industry.",
        64.3,
    ),
    (
        "en-solar-panel-tariff",
        "Solar installers warn new panel tariff will push up prices",
        "The installers' association said the 20% duty on imported panels would add about £600 to"
        " a home system and could slow rooftop installations by a third.",
        68.2,
    ),
    (
        "en-grangeford-refinery-fire",
        "Fire breaks out at Grangeford refinery",
        "Residents told to keep windows shut as smoke drifts over town.",
        77.0,
    ),
    (
        "en-grangeford-refinery-fire",
        "Large fire at Grangeford oil refinery, two workers hurt",
        "A fire broke out in a distillation unit at the Grangeford refinery on Thursday morning,"
        " sending a column of black smoke over the town; two workers were treated for burns.",
        78.8,
    ),
    (
        "en-grangeford-refinery-fire",
        "Grangeford fire put out after 20 hours as inquiry begins",
        "Firefighters extinguished the last flames on Friday morning, and the safety regulator"
        " said it would investigate why a valve in the distillation unit failed.",
        97.3,
    ),
    (
        "en-carrow-signal-failure",
        "Signal failure at Carrow brings evening chaos",
        "Trains through Carrow were cancelled or delayed by up to two hours on Thursday evening"
        " after a signalling computer failed at the height of the rush hour.",
        79.2,
    ),
    (
        "en-carrow-signal-failure",
        "Carrow signals back but delays linger",
        "Network says the fault was in a power supply unit.",
        81.9,
    ),
    (
        "en-solvik-interconnector",
        "Power starts flowing through Solvik link to Norway",
        "The 720km undersea cable can carry enough electricity for 1.4 million homes.",
        80.3,
    ),
    (
        "en-solvik-interconnector",
        "Solvik undersea link to Norway begins carrying power",
        "The Solvik interconnector, a 720km cable between the Northumbrian coast and western"
        " Norway, began commercial operation on Thursday, letting Britain import hydropower when"
        " wind output is low.",
        83.7,
    ),
    (
        "en-offshore-wind-auction",
        "Government awards 5 GW of offshore wind in latest auction",
        "Nine projects won contracts at an average strike price of £61 per megawatt-hour,"
        " officials said, enough to power about five million homes when built.",
        82.0,
    ),
    (
        "en-offshore-wind-auction",
        "Offshore wind auction result: 5 GW and lower prices",
        "Nine projects won, mostly in the North Sea.",
        84.4,
    ),
    (
        "en-offshore-wind-auction",
        "Developers say wind auction prices are too low to build",
        "Two firms that won contracts said they would need higher prices or tax relief to reach a"
        " final decision on building.",
        88.9,
    ),
    (
        "en-marbury-runway",
        "Second runway at Marbury Airport approved",
        "Planning inspectors back the expansion; campaigners vow to fight on.",
        84.2,
    ),
    (
        "en-marbury-runway",
        "Marbury Airport wins approval for second runway",
        "The planning secretary approved a second runway at Marbury on Thursday, allowing the"
        " airport to grow to 45 million passengers a year by 2040, against the advice of the"
        " climate advisers.",
        85.9,
    ),
    (
        "en-marbury-runway",
        "'A betrayal of every family under the flight path': Marbury residents react",
        "The residents' group said it would seek a judicial review, while local business leaders"
        " welcomed the decision.",
        91.0,
    ),
    (
        "en-smart-meter-blank",
        "200,000 smart meters go blank after software update",
        "Customers of two suppliers found their in-home displays empty on Thursday after an"
        " overnight update failed, though meters kept recording usage.",
        86.1,
    ),
    (
        "en-smart-meter-blank",
        "Smart meter displays fail across the north",
        "Suppliers say bills are not affected.",
        89.4,
    ),
    (
        "en-calder-tunnel-flood",
        "Calder tunnel closed after flooding",
        "A burst water main flooded the road tunnel overnight.",
        100.2,
    ),
    (
        "en-calder-tunnel-flood",
        "Calder road tunnel shut after burst main floods carriageway",
        "The Calder tunnel under the river was closed in both directions on Friday after a burst"
        " water main sent a metre of water into the carriageway, causing long queues in the city"
        " centre.",
        101.7,
    ),
    (
        "en-calder-tunnel-flood",
        "Calder closure: commuters face weekend of diversions",
        "The council said pumps had cleared most of the water but the tunnel's electrics needed"
        " checking.",
        106.0,
    ),
    (
        "en-haulier-fuel-protest",
        "Hauliers stage fuel price go-slow on the M62",
        "Dozens of lorries drove at 30mph in the inside lanes on Friday morning.",
        103.0,
    ),
    (
        "en-haulier-fuel-protest",
        "Lorry drivers' go-slow over diesel prices causes M62 tailbacks",
        "About sixty hauliers drove in convoy at 30mph between two junctions on Friday morning to"
        " protest at diesel prices, causing queues of eight miles; police escorted the convoy.",
        104.3,
    ),
    (
        "en-atc-computer-fault",
        "Air traffic control fault delays hundreds of flights",
        "Flights across the country were held on the ground for up to three hours on Friday after"
        " a fault in the air traffic control flight-planning system.",
        104.0,
    ),
    (
        "en-atc-computer-fault",
        "Flights grounded nationwide by air traffic computer glitch",
        "About 600 flights delayed; airlines warn of knock-on disruption.",
        105.5,
    ),
    (
        "en-atc-computer-fault",
        "Airlines demand compensation after air traffic meltdown",
        "Carriers said the controllers' service should pay the costs of rebooking and hotels"
        " after Friday's delays.",
        110.8,
    ),
    (
        "en-atc-computer-fault",
        "Air traffic fault caused by faulty data from one flight plan",
        "The air traffic service said on Saturday that a single flight plan with a duplicate"
        " waypoint crashed its planning system, and it apologised to passengers.",
        124.6,
    ),
    (
        "en-corvane-surcharge",
        "Corvane adds container surcharge as fuel costs rise",
        "The shipping line Corvane said it would add $180 per container on Europe to Asia routes"
        " from May, citing the cost of low-sulphur fuel and longer routes.",
        108.1,
    ),
    (
        "en-corvane-surcharge",
        "Shipping line Corvane raises rates",
        "Surcharge of $180 per box from May on Asian routes.",
        112.0,
    ),
    (
        "en-hollins-dam-level",
        "Engineers order Hollins reservoir level cut after dam inspection",
        "Water in the Hollins reservoir will be lowered by four metres after an inspection found"
        " seepage near the dam's spillway, the water company said; residents below the dam are"
        " not at risk.",
        111.2,
    ),
    (
        "en-linford-cable-theft",
        "Cable theft stops trains out of Linford",
        "Thieves took the signalling cable overnight; no trains until midday.",
        122.1,
    ),
    (
        "en-linford-cable-theft",
        "Overnight cable theft halts Saturday trains from Linford",
        "Thieves cut and stole 200 metres of copper signalling cable near Linford station"
        " overnight, halting all services on Saturday morning until engineers could replace it.",
        123.6,
    ),
    (
        "en-sennock-tanker",
        "Oil tanker runs aground off Sennock Head",
        "The tanker Aurora Belle is stuck on rocks; no oil leak reported.",
        126.2,
    ),
    (
        "en-sennock-tanker",
        "Tanker aground off Sennock Head as coastguard checks for leaks",
        "The 80,000-tonne tanker Aurora Belle ran aground on rocks off Sennock Head on Saturday"
        " morning in heavy swell; the coastguard said no oil had leaked and the crew of 22 were"
        " safe.",
        127.8,
    ),
    (
        "en-sennock-tanker",
        "Fishermen fear for Sennock waters as salvage teams arrive",
        "Crab and lobster fishermen said a spill would ruin the season, as tugs waited for the"
        " tide.",
        133.0,
    ),
    (
        "en-sennock-tanker",
        "Aurora Belle refloated on high tide without spill",
        "Salvage tugs pulled the tanker off the rocks on Sunday morning, and divers found a"
        " dented hull but no breach.",
        146.5,
    ),
    (
        "en-greyhaven-cable-fault",
        "Greyhaven offshore wind farm offline after export cable fault",
        "The 1.2 GW Greyhaven wind farm stopped sending power ashore on Saturday after a fault in"
        " one of its two export cables, and repairs could take weeks.",
        128.4,
    ),
    (
        "en-greyhaven-cable-fault",
        "Cable fault cuts Greyhaven wind output",
        "Half the farm's turbines stopped, the operator says.",
        131.0,
    ),
    (
        "en-pilot-shortage-warning",
        "Pilots' union warns of summer cancellations over staff shortage",
        "The pilots' union said airlines were short of 600 captains and that summer timetables"
        " could not be flown without cancellations or longer duty hours.",
        132.2,
    ),
    (
        "en-wexley-canal-breach",
        "Canal breach drains mile-long stretch near Wexley",
        "Narrowboats stranded in mud after the bank gave way.",
        138.0,
    ),
    (
        "en-wexley-canal-breach",
        "Narrowboats stranded as canal bank bursts at Wexley",
        "A 20-metre breach in the bank of the canal near Wexley drained a mile-long stretch on"
        " Saturday, leaving narrowboats in the mud and flooding two fields.",
        140.2,
    ),
    (
        "en-glen-arrick-pylons",
        "Gale brings down pylons in Glen Arrick",
        "Seven of the pylons toppled, and 6,000 homes are without power.",
        148.0,
    ),
    (
        "en-glen-arrick-pylons",
        "Six thousand homes cut off as gale topples Glen Arrick pylons",
        "Gusts of 90mph brought down seven pylons on the line through Glen Arrick on Sunday, and"
        " the network operator said some remote homes could be without power until Tuesday.",
        149.3,
    ),
    (
        "en-glen-arrick-pylons",
        "Glen Arrick crofters face days without power after pylon collapse",
        "Community halls opened as warm spaces while generators were flown in by helicopter.",
        154.0,
    ),
    (
        "en-ashby-viaduct-cracks",
        "Ashby Viaduct closed after cracks found",
        "Inspectors found cracks in two of the viaduct's piers during a routine survey, and the"
        " highways authority shut it to all traffic on Sunday.",
        150.4,
    ),
    (
        "en-ashby-viaduct-cracks",
        "Cracks close Ashby Viaduct",
        "Diversion of 12 miles for drivers.",
        152.2,
    ),
    (
        "en-rail-fare-freeze-next-year",
        "Rail fares frozen for a year, transport secretary says",
        "Regulated fares, including season tickets, will not rise next January, the transport"
        " secretary said on Sunday, the first freeze in five years.",
        152.0,
    ),
    (
        "en-rail-fare-freeze-next-year",
        "Season ticket prices frozen",
        "It is the first freeze in five years, and unions call it a start.",
        156.1,
    ),
    (
        "en-ridehail-logoff",
        "Ride-hail drivers log off for 24 hours over fares",
        "Drivers for three ride-hailing apps switched off from Sunday morning to demand a minimum"
        " fare per mile, leaving few cars in city centres.",
        155.0,
    ),
    (
        "en-ridehail-logoff",
        "App drivers switch off in pay protest",
        "Waits of up to an hour reported across cities.",
        158.5,
    ),
    (
        "de-riedtal-sperrung",
        "Strecke Riedtal–Hollfeld ab heute fünf Monate gesperrt",
        "Die Bahn saniert die Strecke zwischen Riedtal und Hollfeld von Grund auf; bis Anfang"
        " September fahren auf der Pendlerstrecke nur Ersatzbusse, die bis zu 40 Minuten länger"
        " brauchen.",
        6.4,
    ),
    (
        "de-riedtal-sperrung",
        "Generalsanierung: Pendler im Riedtal steigen auf Busse um",
        "Am ersten Tag der Sperrung waren die Ersatzbusse überfüllt.",
        9.8,
    ),
    (
        "de-weissach-kraftwerk",
        "Kraftwerk Weißach unplanmäßig vom Netz",
        "Ein Defekt am Kessel legt den Block A des Kohlekraftwerks still.",
        14.2,
    ),
    (
        "de-weissach-kraftwerk",
        "Kohlekraftwerk Weißach fällt nach Kesseldefekt aus",
        "Der Block A des Kohlekraftwerks Weißach ist am Montag nach einem Riss in einer"
        " Kesselleitung unplanmäßig vom Netz gegangen; der Betreiber rechnet mit einem Ausfall"
        " von mindestens drei Wochen.",
        15.9,
    ),
    (
        "de-weissach-kraftwerk",
        "Netzbetreiber: Versorgung trotz Ausfall in Weißach gesichert",
        "Für den fehlenden Block springen Reservekraftwerke im Süden ein, teilte der"
        " Netzbetreiber mit.",
        20.5,
    ),
    (
        "de-weissach-kraftwerk/netzausfall",
        "Stromausfall im Weißachtal nach Brand im Umspannwerk",
        "Rund 35.000 Haushalte im Weißachtal waren am Donnerstagmorgen bis zu fünf Stunden ohne"
        " Strom, nachdem ein Transformator im Umspannwerk Oberried in Brand geraten war.",
        75.3,
    ),
    (
        "de-weissach-kraftwerk/netzausfall",
        "Umspannwerk brennt, Weißachtal ohne Strom",
        "Ampeln fielen aus, Schulen schickten die Kinder nach Hause.",
        77.1,
    ),
    (
        "de-lkw-maut",
        "Lkw-Maut steigt im Juli um acht Prozent",
        "Das Verkehrsministerium hat eine Erhöhung der Lkw-Maut auf Autobahnen und Bundesstraßen"
        " zum 1. Juli beschlossen; der Speditionsverband warnt vor höheren Preisen für"
        " Verbraucher.",
        16.4,
    ),
    (
        "de-alpenflug-strecke",
        "Alpenflug fliegt erstmals nach Tromsø",
        "Die Airline eröffnet ihre neue Verbindung ab München.",
        31.0,
    ),
    (
        "de-alpenflug-strecke",
        "Alpenflug startet Direktverbindung von München nach Tromsø",
        "Die Regionalfluggesellschaft Alpenflug hat am Dienstag ihre neue Strecke nach"
        " Nordnorwegen eröffnet und will die Stadt zweimal pro Woche anfliegen, im Winter"
        " dreimal.",
        32.7,
    ),
    (
        "de-alpenflug-strecke/streik",
        "Kabinenpersonal von Alpenflug legt die Arbeit nieder",
        "Die Flugbegleiter der Alpenflug sind am Dienstagnachmittag überraschend in einen"
        " Warnstreik getreten; 23 Flüge ab München und Nürnberg wurden gestrichen.",
        39.4,
    ),
    (
        "de-alpenflug-strecke/streik",
        "Warnstreik bei Alpenflug: 23 Flüge gestrichen",
        "Die Gewerkschaft fordert zwölf Prozent mehr Lohn.",
        41.0,
    ),
    (
        "de-alpenflug-strecke/streik",
        "Alpenflug nennt Warnstreik unverhältnismäßig",
        "Der Vorstand will am Donnerstag mit der Gewerkschaft verhandeln, kündigte aber Klage"
        " gegen künftige Ausstände an.",
        45.8,
    ),
    (
        "de-nordgas-entgelt",
        "Nordgas Transit erhöht die Netzentgelte deutlich",
        "Der Betreiber der Ostsee-Anbindungsleitung verlangt ab Juli 18 Prozent mehr für den"
        " Transport von Gas; Stadtwerke warnen vor höheren Preisen für ihre Kunden.",
        33.1,
    ),
    (
        "de-nordgas-entgelt",
        "Gas-Transport wird teurer: 18 Prozent mehr ab Juli",
        "Stadtwerke wollen die Erhöhung an die Kunden weitergeben.",
        36.2,
    ),
    (
        "de-nordgas-entgelt/leck",
        "Leck an der Ostsee-Anbindungsleitung: Abschnitt gesperrt",
        "Wegen eines Lecks an einer Schieberstation bei Gützkow hat Nordgas Transit am Samstag"
        " einen Abschnitt der Leitung abgesperrt; Anwohner mussten ihre Häuser kurz verlassen.",
        125.2,
    ),
    (
        "de-nordgas-entgelt/leck",
        "Gasleck bei Gützkow, Anwohner evakuiert",
        "Die Feuerwehr sperrte ein Gebiet von 500 Metern ab.",
        127.0,
    ),
    (
        "de-spritpreise",
        "Diesel wieder über zwei Euro",
        "Der ADAC meldet den höchsten Stand seit dem Herbst.",
        57.0,
    ),
    (
        "de-spritpreise",
        "Spritpreise steigen: Diesel kostet wieder mehr als zwei Euro",
        "Der Liter Diesel kostet im bundesweiten Schnitt 2,01 Euro, Super E10 1,93 Euro; Grund"
        " sind der höhere Ölpreis und der schwache Euro, hieß es am Mittwoch.",
        58.6,
    ),
    (
        "de-e-auto-praemie",
        "Koalition einigt sich auf neue Prämie für E-Autos",
        "Käufer eines Elektroautos mit einem Listenpreis unter 40.000 Euro sollen ab Juli 3000"
        " Euro Zuschuss erhalten, wenn ihr Haushaltseinkommen unter einer Grenze liegt.",
        82.3,
    ),
    (
        "de-e-auto-praemie",
        "E-Auto-Prämie kommt zurück",
        "3000 Euro für Haushalte mit kleinem und mittlerem Einkommen.",
        86.0,
    ),
    (
        "de-lindenau-gueterzug",
        "Güterzug bei Lindenau entgleist",
        "Mehrere Kesselwagen sind aus den Schienen gesprungen.",
        88.1,
    ),
    (
        "de-lindenau-gueterzug",
        "Güterzug mit Kesselwagen entgleist bei Lindenau – Strecke gesperrt",
        "Bei Lindenau sind am Donnerstagabend sechs Kesselwagen eines Güterzugs entgleist; sie"
        " waren leer, verletzt wurde niemand, die Strecke nach Leipzig bleibt vorerst gesperrt.",
        89.5,
    ),
    (
        "de-lindenau-gueterzug",
        "Nach Entgleisung: Anwohner in Lindenau fordern Lärmschutz und Kontrollen",
        "Die Bürgerinitiative klagt seit Jahren über marode Gleise und den nächtlichen"
        " Güterverkehr.",
        93.2,
    ),
    (
        "de-lindenau-gueterzug",
        "Strecke bei Lindenau wieder frei – Ursache war ein gebrochenes Rad",
        "Die Bahn hat die Strecke am Freitagmittag wieder freigegeben; nach ersten Erkenntnissen"
        " war ein gebrochenes Rad an einem Kesselwagen schuld.",
        108.4,
    ),
    (
        "de-hohe-geest-windpark",
        "Windpark Hohe Geest genehmigt",
        "Mit 42 Anlagen wird es der größte Windpark an Land im Norden.",
        100.5,
    ),
    (
        "de-hohe-geest-windpark",
        "Genehmigung für den Windpark Hohe Geest nach sechs Jahren",
        "Das Landesamt hat den Bau von 42 Windrädern auf der Hohen Geest genehmigt; eine"
        " Bürgerinitiative kündigte an, gegen den Bescheid vor Gericht zu ziehen.",
        103.2,
    ),
    (
        "de-ladenetz-ausfall",
        "Ladenetz Voltaro fällt bundesweit aus",
        "An 4000 Schnellladesäulen konnten Fahrer nicht bezahlen.",
        132.1,
    ),
    (
        "de-ladenetz-ausfall",
        "Störung bei Voltaro: Tausende E-Autofahrer stehen an Ladesäulen ohne Strom",
        "Ein Fehler im Bezahlsystem des Ladenetzbetreibers Voltaro hat am Samstag an rund 4000"
        " Schnellladesäulen das Laden unmöglich gemacht; am Abend lief das System wieder.",
        134.0,
    ),
    (
        "de-wendelbach-sprengung",
        "Talbrücke Wendelbach gesprengt",
        "Tausende Zuschauer verfolgten die Sprengung am Sonntagmorgen.",
        150.0,
    ),
    (
        "de-wendelbach-sprengung",
        "Marode Talbrücke Wendelbach mit 180 Kilo Sprengstoff gesprengt",
        "Die 60 Jahre alte Autobahnbrücke über das Wendelbachtal ist am Sonntag gesprengt worden;"
        " der Neubau soll in drei Jahren fertig sein, bis dahin bleibt die Umleitung.",
        151.3,
    ),
    (
        "de-wendelbach-sprengung",
        "Nach der Sprengung: Staub, Applaus und ein langer Abschied",
        "Viele Anwohner hatten Stühle mitgebracht, als die Brücke in sechs Sekunden in sich"
        " zusammensackte.",
        155.6,
    ),
    (
        "fr-rocheval-travaux",
        "La ligne Rocheval–Saint-Aubrac fermée pour trois semaines de travaux",
        "Aucun train ne circulera entre Rocheval et Saint-Aubrac jusqu'au 27 avril, le temps de"
        " remplacer les rails et le ballast ; des cars assurent la liaison avec une heure de"
        " plus.",
        8.2,
    ),
    (
        "fr-rocheval-travaux",
        "Travaux : trois semaines sans train vers Saint-Aubrac",
        "Les usagers dénoncent des cars bondés dès le premier matin.",
        11.5,
    ),
    (
        "fr-tarifs-electricite",
        "Électricité : les tarifs réglementés augmentent de 4 % en août",
        "La hausse proposée par le régulateur représente environ 70 euros par an pour un foyer"
        " chauffé à l'électricité, selon les associations de consommateurs.",
        12.3,
    ),
    (
        "fr-tarifs-electricite",
        "Hausse de 4 % des tarifs de l'électricité cet été",
        "Les associations de consommateurs dénoncent une mauvaise surprise.",
        15.0,
    ),
    (
        "fr-vernac-reacteur",
        "Le réacteur 2 de Vernac à l'arrêt après une fissure",
        "Une fissure a été découverte sur une tuyauterie du circuit de refroidissement.",
        30.1,
    ),
    (
        "fr-vernac-reacteur",
        "Centrale de Vernac : un réacteur arrêté après la découverte d'une fissure",
        "L'exploitant a mis à l'arrêt le réacteur numéro 2 de la centrale de Vernac mardi, après"
        " la découverte d'une fissure de quatre millimètres sur une tuyauterie du circuit de"
        " refroidissement.",
        31.8,
    ),
    (
        "fr-vernac-reacteur",
        "Vernac : l'arrêt du réacteur prolongé au moins jusqu'en juin",
        "L'autorité de sûreté a demandé mercredi de contrôler les mêmes soudures sur les trois"
        " autres réacteurs du site avant tout redémarrage.",
        53.5,
    ),
    (
        "fr-vacances-bouchons",
        "Départs en vacances : 700 km de bouchons en début d'après-midi",
        "Bison Futé avait classé la journée rouge dans le sens des départs.",
        129.3,
    ),
    (
        "fr-vacances-bouchons",
        "Premier samedi des vacances de printemps : des bouchons record sur les routes du Sud",
        "Le cumul des ralentissements a atteint 700 kilomètres samedi en début d'après-midi,"
        " notamment sur l'autoroute vers la Méditerranée, où il fallait deux heures de plus pour"
        " passer le péage.",
        130.8,
    ),
    (
        "fr-taxe-kerosene",
        "Le gouvernement envisage une taxe sur le kérosène des vols intérieurs",
        "La mesure, à l'étude pour le prochain budget, rapporterait 600 millions d'euros par an ;"
        " les compagnies aériennes dénoncent un coup porté aux lignes régionales.",
        137.2,
    ),
    (
        "fr-ministre-solaire",
        "Hélène Vasseur inaugure la centrale solaire de Puyrenard",
        "La ministre a mis en service la plus grande centrale au sol du pays.",
        58.0,
    ),
    (
        "fr-ministre-solaire",
        "La ministre de la Transition énergétique inaugure la centrale solaire géante de Puyrenard",
        "Hélène Vasseur a inauguré mercredi matin la centrale de Puyrenard, 280 hectares de"
        " panneaux capables d'alimenter 120 000 foyers, et promis d'accélérer les autorisations.",
        59.7,
    ),
    (
        "fr-ministre-solaire/carburant",
        "Carburants : Hélène Vasseur annonce un plafonnement des marges",
        "Invitée du journal du soir, la ministre a annoncé mercredi que les marges des"
        " distributeurs sur le gazole seraient plafonnées pendant trois mois, le litre ayant"
        " dépassé deux euros.",
        67.3,
    ),
    (
        "fr-ministre-solaire/carburant",
        "Gazole : les marges des stations plafonnées trois mois",
        "Les distributeurs dénoncent une mesure prise sans concertation.",
        68.9,
    ),
    (
        "fr-ministre-solaire/carburant",
        "Plafonnement des marges : les stations rurales craignent la fermeture",
        "Les petits pompistes estiment qu'ils vendront à perte si le plafond est fixé trop bas.",
        74.0,
    ),
    (
        "fr-lorvieux-greve",
        "Grève des agents de sûreté à l'aéroport de Lorvieux",
        "Les files d'attente dépassent deux heures aux contrôles.",
        78.2,
    ),
    (
        "fr-lorvieux-greve",
        "Aéroport de Lorvieux : grève des agents de sûreté et longues files aux contrôles",
        "Les agents de sûreté de l'aéroport de Lorvieux sont en grève depuis jeudi matin pour"
        " réclamer une prime ; des passagers ont raté leur vol après deux heures d'attente.",
        79.6,
    ),
    (
        "fr-lorvieux-greve",
        "« On nous demande de contrôler plus vite avec moins de monde » : à Lorvieux, les"
        " grévistes s'expliquent",
        "Les agents dénoncent des équipes réduites et des plannings changés la veille.",
        84.1,
    ),
    (
        "fr-lorvieux-greve/drone",
        "Un drone survole les pistes : trafic suspendu à Lorvieux",
        "Le trafic de l'aéroport de Lorvieux a été interrompu pendant une heure vendredi matin"
        " après le signalement d'un drone près des pistes ; huit vols ont été déroutés.",
        101.3,
    ),
    (
        "fr-lorvieux-greve/drone",
        "Drone à Lorvieux : huit vols déroutés",
        "La gendarmerie a ouvert une enquête.",
        103.0,
    ),
    (
        "fr-saint-malin-remorqueurs",
        "Port de Saint-Malin : les remorqueurs en grève, des navires bloqués",
        "La grève des équipages de remorqueurs empêche depuis jeudi l'entrée des grands navires"
        " dans le port de Saint-Malin ; une dizaine de cargos attendent au large.",
        85.0,
    ),
    (
        "fr-saint-malin-remorqueurs",
        "Saint-Malin : dix cargos attendent au large",
        "Les remorqueurs réclament des renforts d'effectifs.",
        88.6,
    ),
    (
        "fr-brevaut-eolien",
        "Le parc éolien en mer de Brévaut mis en service",
        "Ses 62 éoliennes produisent désormais de l'électricité.",
        106.1,
    ),
    (
        "fr-brevaut-eolien",
        "Le parc éolien en mer de Brévaut produit ses premiers mégawatts",
        "Le parc de 62 éoliennes installé à 20 kilomètres des côtes de Brévaut a été raccordé au"
        " réseau vendredi ; il doit couvrir la consommation de 800 000 habitants.",
        107.7,
    ),
    (
        "fr-brevaut-eolien",
        "À Brévaut, les pêcheurs toujours inquiets face aux éoliennes",
        "Les pêcheurs disent avoir perdu des zones de pêche et attendent encore les"
        " indemnisations promises.",
        112.5,
    ),
    (
        "fr-morge-viaduc",
        "Le viaduc de la Morge fermé après la découverte de fissures",
        "Le département a fermé samedi le viaduc de la Morge à la circulation après qu'une"
        " inspection a révélé des fissures sur deux piles ; la déviation rallonge le trajet de 25"
        " minutes.",
        130.0,
    ),
    (
        "fr-morge-viaduc",
        "Fissures : le viaduc de la Morge fermé",
        "Les poids lourds étaient déjà interdits depuis l'hiver.",
        133.4,
    ),
    (
        "fr-tgv-tunnel",
        "Un TGV bloqué cinq heures dans un tunnel",
        "Les 600 passagers ont été évacués à pied vers la sortie.",
        148.2,
    ),
    (
        "fr-tgv-tunnel",
        "Panne d'un TGV dans le tunnel de Sérigny : 600 passagers évacués à pied",
        "Un TGV reliant Paris à Marseille est resté bloqué cinq heures dimanche dans le tunnel de"
        " Sérigny après une panne d'alimentation ; les passagers ont été évacués à pied.",
        149.6,
    ),
    (
        "fr-tgv-tunnel",
        "« Ni lumière ni eau pendant des heures » : les voyageurs de Sérigny racontent",
        "Des passagers décrivent une rame plongée dans le noir et des annonces rares.",
        156.0,
    ),
    (
        "es-almarcha-central",
        "Avería en la central de ciclo combinado de Almarcha",
        "La planta queda parada al menos dos semanas.",
        10.3,
    ),
    (
        "es-almarcha-central",
        "La central de ciclo combinado de Almarcha, parada por una avería en la turbina",
        "La central de Almarcha, una de las mayores de ciclo combinado del país, se paró el lunes"
        " por una avería en una de sus turbinas de gas y no volverá a funcionar en al menos dos"
        " semanas, según la empresa.",
        12.0,
    ),
    (
        "es-almarcha-central",
        "Red Eléctrica garantiza el suministro pese a la parada de Almarcha",
        "El operador asegura que la eólica y las importaciones cubren la potencia que falta.",
        17.4,
    ),
    (
        "es-almarcha-central/apagon",
        "Apagón en la comarca de Almarcha por la caída de una línea",
        "Unos 60.000 vecinos de la comarca de Almarcha se quedaron sin luz el jueves durante tres"
        " horas por la caída de una línea de alta tensión derribada por el viento.",
        84.1,
    ),
    (
        "es-almarcha-central/apagon",
        "Tres horas sin luz en la comarca de Almarcha",
        "El viento derribó una torre de alta tensión.",
        86.5,
    ),
    (
        "es-gasolina-precio",
        "La gasolina marca su precio más alto desde el verano",
        "El litro de gasolina sube a 1,72 euros y el de gasóleo a 1,68 euros, según los datos"
        " publicados el viernes por el Ministerio, tras cuatro semanas de subidas.",
        114.2,
    ),
    (
        "es-gasolina-precio",
        "Llenar el depósito cuesta ya cinco euros más que en enero",
        "Cuatro semanas seguidas de subidas en las gasolineras.",
        117.0,
    ),
    (
        "es-valdemora-descarrilamiento",
        "Descarrila un tren de Cercanías en Valdemora",
        "Doce heridos leves tras salirse de la vía dos vagones.",
        37.2,
    ),
    (
        "es-valdemora-descarrilamiento",
        "Doce heridos leves al descarrilar un tren de Cercanías en Valdemora",
        "Dos vagones de un tren de Cercanías se salieron de la vía el martes por la mañana a la"
        " entrada de la estación de Valdemora; doce viajeros sufrieron heridas leves.",
        38.5,
    ),
    (
        "es-valdemora-descarrilamiento",
        "Los vecinos de Valdemora denuncian años de retrasos y averías en la línea",
        "La asociación de usuarios dice que había avisado del mal estado de las vías.",
        43.0,
    ),
    (
        "es-valdemora-descarrilamiento",
        "Un cambio de agujas mal ajustado, causa probable del descarrilamiento de Valdemora",
        "La comisión de investigación apunta a un desvío revisado la semana pasada; la"
        " circulación se restablece este miércoles.",
        61.5,
    ),
    (
        "es-hidrogeno-verde",
        "Aprobada la mayor planta de hidrógeno verde del país en Campo de Yeltes",
        "El Gobierno ha dado luz verde a una planta de hidrógeno verde de 500 megavatios que"
        " alimentará una fábrica de fertilizantes y creará 300 empleos.",
        45.3,
    ),
    (
        "es-brisal-ruta",
        "Brisal estrena su ruta Valencia-Dakar",
        "La aerolínea vuela por primera vez a África Occidental.",
        52.0,
    ),
    (
        "es-brisal-ruta",
        "La aerolínea Brisal inaugura su primera ruta a África con vuelos entre Valencia y Dakar",
        "Brisal operará tres vuelos semanales entre Valencia y Dakar, su primer destino africano,"
        " y prevé transportar 60.000 pasajeros en el primer año.",
        53.4,
    ),
    (
        "es-brisal-ruta/huelga",
        "Los tripulantes de cabina de Brisal, en huelga por sorpresa",
        "Los tripulantes de cabina de Brisal iniciaron el miércoles por la tarde una huelga de 24"
        " horas por los descansos; la compañía canceló 40 vuelos en Valencia y Palma.",
        61.2,
    ),
    (
        "es-brisal-ruta/huelga",
        "Huelga en Brisal: 40 vuelos cancelados",
        "Los sindicatos denuncian jornadas de hasta trece horas.",
        63.0,
    ),
    (
        "es-brisal-ruta/huelga",
        "Brisal acusa a los sindicatos de romper la negociación",
        "La aerolínea asegura que había una reunión prevista para el viernes y que pedirá"
        " servicios mínimos.",
        69.5,
    ),
    (
        "es-castrelo-camiones",
        "Colas de camiones de diez kilómetros en el puerto de Castrelo",
        "Los transportistas esperan hasta doce horas para cargar.",
        66.0,
    ),
    (
        "es-castrelo-camiones",
        "El colapso en el puerto de Castrelo deja colas de diez kilómetros de camiones",
        "Un fallo en el sistema informático de las aduanas del puerto de Castrelo ha provocado"
        " colas de hasta doce horas para los camiones, según las asociaciones de transportistas.",
        67.8,
    ),
    (
        "es-abono-transporte",
        "El Gobierno prorroga seis meses el abono gratuito de Cercanías",
        "El Consejo de Ministros aprobará la próxima semana la prórroga de los abonos gratuitos"
        " de Cercanías y Media Distancia hasta diciembre, con un coste de 400 millones.",
        80.2,
    ),
    (
        "es-abono-transporte",
        "Los abonos gratuitos de tren seguirán hasta diciembre",
        "La medida beneficia a un millón y medio de viajeros.",
        83.5,
    ),
    (
        "es-tierra-blanca-incendio",
        "Incendio en el parque solar de Tierra Blanca",
        "Las llamas han calcinado 30 hectáreas de paneles y matorral.",
        102.0,
    ),
    (
        "es-tierra-blanca-incendio",
        "Un incendio calcina parte del parque solar de Tierra Blanca",
        "El fuego, que empezó en un transformador, se extendió el viernes por 30 hectáreas de la"
        " planta fotovoltaica de Tierra Blanca; no hubo heridos.",
        104.1,
    ),
    (
        "es-aeropuerto-colas",
        "Colas de hasta dos horas en los controles del aeropuerto de Son Verd",
        "Falta de vigilantes en el primer sábado de vacaciones.",
        122.0,
    ),
    (
        "es-aeropuerto-colas",
        "Esperas de dos horas en el control de seguridad del aeropuerto de Son Verd",
        "La falta de vigilantes de seguridad en el primer sábado de las vacaciones de Semana"
        " Santa provocó colas de hasta dos horas, y una veintena de pasajeros perdieron su vuelo.",
        123.7,
    ),
    (
        "es-ribazo-puente",
        "Cerrado el puente de Ribazo por grietas",
        "Los técnicos detectan grietas en dos pilares.",
        124.3,
    ),
    (
        "es-ribazo-puente",
        "Cortado el puente de Ribazo al detectarse grietas en dos pilares",
        "La diputación ha cerrado al tráfico el puente de Ribazo sobre el río Tormes, que usan a"
        " diario 12.000 vehículos, después de que una inspección detectara grietas en dos"
        " pilares.",
        125.9,
    ),
    (
        "es-ribazo-puente",
        "Comerciantes de Ribazo temen perder clientes con el corte del puente",
        "El desvío alarga el trayecto veinte minutos y los vecinos piden una pasarela provisional.",
        131.2,
    ),
    (
        "es-ordiales-tunel",
        "Las obras del túnel de Ordiales cortarán la autovía durante dos meses",
        "A partir del lunes los conductores tendrán que desviarse por la carretera nacional"
        " mientras se renueva la ventilación del túnel de Ordiales.",
        146.0,
    ),
    (
        "es-ordiales-tunel",
        "Dos meses de desvíos por las obras del túnel de Ordiales",
        "Tráfico pesado por la nacional a partir del lunes.",
        149.8,
    ),
    (
        "it-valtorta-frana",
        "Frana sulla ferrovia della Valtorta, linea interrotta",
        "Massi sui binari dopo la pioggia della notte.",
        7.0,
    ),
    (
        "it-valtorta-frana",
        "Una frana invade i binari in Valtorta: circolazione sospesa",
        "Una colata di fango e massi ha invaso la linea ferroviaria della Valtorta all'alba di"
        " lunedì; il treno delle 6.10 si è fermato in tempo e nessuno è rimasto ferito.",
        8.7,
    ),
    (
        "it-valtorta-frana",
        "Valtorta isolata: i pendolari chiedono bus sostitutivi più frequenti",
        "Gli studenti hanno impiegato due ore per arrivare a scuola.",
        14.1,
    ),
    (
        "it-valtorta-frana",
        "Valtorta, la linea riaprirà entro venerdì",
        "Le squadre hanno rimosso 800 metri cubi di fango e stanno posando le reti paramassi: la"
        " linea riaprirà entro la fine della settimana, ha detto martedì l'assessore ai"
        " Trasporti.",
        31.3,
    ),
    (
        "it-ministro-agrivoltaico",
        "Il ministro Ferrandi inaugura l'agrivoltaico di Borgo Serrano",
        "Pannelli sopra i vigneti per 40.000 famiglie.",
        10.0,
    ),
    (
        "it-ministro-agrivoltaico",
        "Ferrandi inaugura a Borgo Serrano il più grande impianto agrivoltaico d'Italia",
        "Il ministro della Sicurezza energetica Massimo Ferrandi ha inaugurato lunedì mattina"
        " l'impianto di Borgo Serrano, con pannelli montati sopra i vigneti, che fornirà energia"
        " a 40.000 famiglie.",
        11.6,
    ),
    (
        "it-ministro-agrivoltaico/accise",
        "Carburanti, Ferrandi annuncia il taglio delle accise per tre mesi",
        "In serata il ministro ha annunciato un taglio di dieci centesimi al litro delle accise"
        " su benzina e gasolio per tre mesi, dopo settimane di rincari alla pompa.",
        19.1,
    ),
    (
        "it-ministro-agrivoltaico/accise",
        "Accise giù di dieci centesimi fino a luglio",
        "Il taglio costerà allo Stato un miliardo e mezzo.",
        20.8,
    ),
    (
        "it-ministro-agrivoltaico/accise",
        "Taglio delle accise, i consumatori: «Misura tardiva»",
        "Le associazioni chiedono che il taglio arrivi subito ai distributori e non solo a maggio.",
        27.5,
    ),
    (
        "it-vallese-sciopero",
        "Sciopero dell'handling all'aeroporto di Vallese",
        "Bagagli fermi e voli in ritardo per tutta la mattina.",
        32.0,
    ),
    (
        "it-vallese-sciopero",
        "Aeroporto di Vallese, sciopero degli addetti ai bagagli: ritardi e voli cancellati",
        "Gli addetti all'handling dell'aeroporto di Vallese hanno incrociato le braccia per otto"
        " ore martedì; cancellati 18 voli e bagagli consegnati con ore di ritardo.",
        33.5,
    ),
    (
        "it-vallese-sciopero/drone",
        "Drone sopra le piste, chiuso per un'ora l'aeroporto di Vallese",
        "Mercoledì mattina un pilota ha segnalato un drone in fase di avvicinamento e lo scalo di"
        " Vallese ha sospeso decolli e atterraggi per un'ora; sei voli dirottati.",
        55.4,
    ),
    (
        "it-vallese-sciopero/drone",
        "Vallese, drone avvistato: scalo chiuso un'ora",
        "Indaga la polizia di frontiera.",
        57.2,
    ),
    (
        "it-benzina-prezzo",
        "Benzina, prezzo ai massimi da un anno",
        "La media della self sale a 1,94 euro al litro.",
        36.1,
    ),
    (
        "it-benzina-prezzo",
        "Carburanti, la benzina in self torna sopra 1,94 euro",
        "Il prezzo medio della benzina self service ha raggiunto martedì 1,94 euro al litro, il"
        " livello più alto da un anno, e il gasolio è a 1,89, secondo i dati dell'osservatorio"
        " del ministero.",
        38.0,
    ),
    (
        "it-autorita-bollette",
        "L'Autorità per l'energia taglia le bollette del gas del 4%",
        "Il taglio vale per i clienti vulnerabili dal primo maggio.",
        56.0,
    ),
    (
        "it-autorita-bollette",
        "Bollette del gas in calo del 4% per i clienti vulnerabili",
        "L'Autorità di regolazione per l'energia ha annunciato mercoledì un calo del 4% della"
        " bolletta del gas per i clienti vulnerabili da maggio, grazie ai prezzi più bassi"
        " all'ingrosso.",
        57.9,
    ),
    (
        "it-autorita-bollette/multa",
        "Multa da 8 milioni a Lumenia Energia per bollette sbagliate",
        "L'Autorità di regolazione per l'energia ha multato il fornitore Lumenia Energia per otto"
        " milioni di euro dopo migliaia di reclami su bollette di conguaglio errate.",
        129.1,
    ),
    (
        "it-autorita-bollette/multa",
        "Lumenia Energia multata: bollette di conguaglio errate",
        "Il fornitore dovrà anche rimborsare i clienti.",
        131.5,
    ),
    (
        "it-a1-cantieri",
        "Cantieri sull'autostrada, code di 15 chilometri verso Bologna",
        "Un restringimento di carreggiata per lavori su un viadotto ha provocato giovedì code"
        " fino a 15 chilometri in direzione di Bologna, con tempi di attesa di due ore.",
        79.4,
    ),
    (
        "it-a1-cantieri",
        "Code record per i cantieri sul viadotto",
        "Gli autotrasportatori chiedono di lavorare di notte.",
        82.2,
    ),
    (
        "it-metro-linea-nuova",
        "Apre la nuova linea della metropolitana di Torreforte",
        "Dopo dodici anni di lavori è entrata in servizio giovedì la linea 3 della metropolitana"
        " di Torreforte, undici stazioni dal centro all'ospedale.",
        88.3,
    ),
    (
        "it-traghetti-sciopero",
        "Sciopero dei marittimi, a rischio i traghetti per la Sardegna",
        "Domenica si fermano i collegamenti per 24 ore.",
        103.1,
    ),
    (
        "it-traghetti-sciopero",
        "Traghetti, sciopero dei marittimi domenica: a rischio le corse per la Sardegna",
        "I sindacati dei marittimi hanno confermato uno sciopero di 24 ore per domenica sulle"
        " linee per la Sardegna, per il rinnovo del contratto scaduto da due anni.",
        105.0,
    ),
    (
        "it-traghetti-sciopero",
        "Traghetti fermi per lo sciopero, centinaia di passeggeri a terra nei porti",
        "Domenica le navi per la Sardegna sono rimaste in porto: garantite solo due corse per le"
        " isole minori, mentre l'armatore Marenostra Linee ha annunciato rimborsi e un incontro"
        " con i sindacati martedì.",
        150.0,
    ),
    (
        "it-eolico-galleggiante",
        "Via libera al parco eolico galleggiante al largo di Capo Salvo",
        "Il governo ha approvato il primo parco eolico galleggiante del Mediterraneo, 25 turbine"
        " a 30 chilometri dalla costa; i pescatori annunciano ricorso.",
        125.4,
    ),
    (
        "it-eolico-galleggiante",
        "Eolico galleggiante, arriva l'approvazione",
        "Venticinque turbine a trenta chilometri dalla costa.",
        128.0,
    ),
    (
        "it-regionale-galleria",
        "Treno regionale fermo in galleria, passeggeri al buio per tre ore",
        "Un guasto alla linea elettrica ha bloccato domenica pomeriggio un treno regionale nella"
        " galleria di Monte Arsiccio; i 200 passeggeri sono rimasti al buio per tre ore.",
        151.1,
    ),
    (
        "it-regionale-galleria",
        "Tre ore al buio nella galleria di Monte Arsiccio",
        "I passeggeri: «Nessuno ci diceva niente».",
        153.0,
    ),
    (
        "nl-spoor-werkzaamheden",
        "Negen dagen geen treinen tussen Zwolle en Meppel door werkzaamheden",
        "Door werk aan het spoor en een nieuwe brug rijden er tot en met volgende week dinsdag"
        " geen treinen tussen Zwolle en Meppel; reizigers moeten de bus nemen.",
        7.3,
    ),
    (
        "nl-spoor-werkzaamheden",
        "Reizigers in de bus tijdens werk aan het spoor",
        "De bussen zijn in de spits voller dan verwacht.",
        10.1,
    ),
    (
        "nl-kolkbrug-heropend",
        "Kolkbrug bij Ravensdam weer open",
        "Na een jaar renovatie kan het verkeer weer over de brug.",
        12.2,
    ),
    (
        "nl-kolkbrug-heropend",
        "Kolkbrug bij Ravensdam na een jaar renovatie weer open voor verkeer",
        "De Kolkbrug over het kanaal bij Ravensdam is maandag weer opengesteld, nadat de brug een"
        " jaar dicht was voor de vervanging van het val en de bediening; fietsers kunnen pas"
        " vrijdag over.",
        13.8,
    ),
    (
        "nl-kolkbrug-heropend/protest",
        "Schippers blokkeren het kanaal bij de Kolkbrug uit protest",
        "Beroepsschippers hebben donderdag met hun schepen het kanaal bij de Kolkbrug in"
        " Ravensdam versperd, uit protest tegen de nieuwe regel dat de provincie 's nachts geen"
        " bruggen meer bedient.",
        86.2,
    ),
    (
        "nl-kolkbrug-heropend/protest",
        "Protest van schippers bij Ravensdam legt vaart en verkeer stil",
        "De schippers willen dat de bruggen ook 's nachts open gaan.",
        88.0,
    ),
    (
        "nl-terminal-westerhaven",
        "Nieuwe containerterminal in Westerhaven geopend",
        "Het havenbedrijf verwacht er twee miljoen containers per jaar te verwerken.",
        34.1,
    ),
    (
        "nl-terminal-westerhaven",
        "Westerhaven opent geautomatiseerde containerterminal",
        "In de haven van Westerhaven is dinsdag een nieuwe containerterminal geopend, waar kranen"
        " op afstand worden bediend; de haven verwacht er twee miljoen containers per jaar te"
        " kunnen verwerken.",
        35.7,
    ),
    (
        "nl-terminal-westerhaven/blokkade",
        "Havenarbeiders blokkeren toegang tot Westerhaven",
        "Sjorders en chauffeurs van de haven van Westerhaven hebben dinsdagavond de toegangswegen"
        " geblokkeerd uit protest tegen de cao, waardoor honderden vrachtwagens vaststaan.",
        42.3,
    ),
    (
        "nl-terminal-westerhaven/blokkade",
        "Blokkade in Westerhaven: vrachtwagens staan stil",
        "De vakbond eist een loonsverhoging van negen procent.",
        44.0,
    ),
    (
        "nl-terminal-westerhaven/blokkade",
        "Havenbedrijf wil met vakbond praten na blokkade",
        "Het havenbedrijf vraagt de bonden de acties op te schorten en woensdag aan tafel te"
        " komen.",
        49.5,
    ),
    (
        "nl-netcongestie",
        "Ruim negenhonderd bedrijven wachten op aansluiting op het stroomnet",
        "Netbeheerders melden dat het stroomnet in grote delen van het land vol zit; bedrijven in"
        " Gelderland en Brabant moeten tot 2030 wachten op een zwaardere aansluiting.",
        39.2,
    ),
    (
        "nl-netcongestie",
        "Stroomnet vol: bedrijven moeten jaren wachten",
        "Vooral in Gelderland en Brabant is de wachtrij lang.",
        41.6,
    ),
    (
        "nl-netcongestie",
        "Ondernemers boos over wachtrij voor stroom: ‘We kunnen niet uitbreiden’",
        "Een bakkerij en een koelhuis vertellen dat ze hun plannen in de ijskast moeten zetten.",
        46.0,
    ),
    (
        "nl-energietoezicht-warmte",
        "Energietoezicht verlaagt maximumtarief voor stadswarmte",
        "Huishoudens met stadswarmte betalen vanaf 1 juli gemiddeld 120 euro per jaar minder, nu"
        " de toezichthouder het maximumtarief met acht procent heeft verlaagd.",
        57.1,
    ),
    (
        "nl-energietoezicht-warmte",
        "Stadswarmte wordt acht procent goedkoper",
        "Het lagere tarief geldt vanaf 1 juli.",
        60.4,
    ),
    (
        "nl-energietoezicht-warmte/boete",
        "Boete van 3 miljoen voor warmteleverancier Warmland",
        "Energietoezicht heeft warmteleverancier Warmland een boete van drie miljoen euro"
        " opgelegd, omdat klanten na storingen dagenlang zonder verwarming zaten en geen"
        " vergoeding kregen.",
        130.2,
    ),
    (
        "nl-energietoezicht-warmte/boete",
        "Warmland beboet om storingen zonder vergoeding",
        "De leverancier gaat in bezwaar tegen de boete.",
        132.6,
    ),
    (
        "nl-windpark-hollandse-bank",
        "Windpark op zee bij de Hollandse Bank officieel geopend",
        "Het windpark van 70 turbines op 50 kilometer uit de kust levert donderdag voor het eerst"
        " volledig stroom, genoeg voor een miljoen huishoudens.",
        81.3,
    ),
    (
        "nl-windpark-hollandse-bank",
        "Windpark Hollandse Bank draait volledig",
        "Zeventig turbines leveren stroom voor een miljoen huizen.",
        84.7,
    ),
    (
        "nl-benzineprijs",
        "Benzine voor het eerst dit jaar boven 2,20 euro",
        "De adviesprijs voor een liter Euro95 is vrijdag gestegen naar 2,21 euro, het hoogste"
        " niveau sinds de zomer, door de duurdere olie en een zwakkere euro.",
        105.1,
    ),
    (
        "nl-benzineprijs",
        "Tanken wordt duurder: benzine boven 2,20 euro",
        "Pomphouders aan de grens zien klanten naar Duitsland gaan.",
        108.0,
    ),
    (
        "nl-sluis-storing",
        "Storing bij sluis Eemsdijk: scheepvaart ligt stil",
        "Een kapotte sluisdeur stremt het verkeer op het kanaal.",
        110.1,
    ),
    (
        "nl-sluis-storing",
        "Schepen in de rij door storing aan sluisdeur in Eemsdijk",
        "Door een defecte sluisdeur kan vanaf vrijdagochtend geen schip door de sluis bij"
        " Eemsdijk; meer dan zestig binnenvaartschepen liggen te wachten.",
        111.6,
    ),
    (
        "nl-sluis-storing",
        "Schippers bij Eemsdijk verliezen duizenden euro's per dag",
        "De binnenvaartbond vraagt Rijkswaterstaat om een noodplan voor de oude sluis.",
        116.0,
    ),
    (
        "nl-sluis-storing",
        "Sluis Eemsdijk weer open na nachtelijke reparatie",
        "Monteurs hebben zaterdag een nieuw scharnier geplaatst; de wachtende schepen worden de"
        " hele dag geschut.",
        131.8,
    ),
    (
        "nl-streekvervoer-staking",
        "Zondag geen streekbussen in Drenthe en Groningen door staking",
        "Buschauffeurs in het streekvervoer leggen zondag het werk neer voor een hogere"
        " werkdrukvergoeding; alleen de stadsbussen rijden.",
        147.1,
    ),
    (
        "nl-streekvervoer-staking",
        "Staking in het streekvervoer: bushaltes leeg",
        "Reizigers op het platteland zijn aangewezen op de auto.",
        149.5,
    ),
    (
        "nl-pont-storing",
        "Veerpont bij Schoonrijp uit de vaart door motorstoring",
        "Door een motorstoring vaart de pont over de rivier bij Schoonrijp sinds zondagochtend"
        " niet meer; fietsers en auto's moeten twintig kilometer omrijden via de brug bij Hemmen.",
        152.1,
    ),
    (
        "nl-pont-storing",
        "Pont Schoonrijp ligt stil",
        "Een nieuwe motor is pas volgende week klaar.",
        154.4,
    ),
    (
        "pt-greve-cp",
        "Greve na CP suprime centenas de comboios",
        "Os maquinistas param durante dois dias por aumentos salariais.",
        7.1,
    ),
    (
        "pt-greve-cp",
        "Greve dos maquinistas da CP: mais de 600 comboios suprimidos na segunda-feira",
        "A greve de dois dias convocada pelo sindicato dos maquinistas levou à supressão de mais"
        " de 600 comboios urbanos e regionais, deixando milhares de passageiros sem transporte.",
        8.5,
    ),
    (
        "pt-greve-cp",
        "Passageiros apanhados de surpresa nas estações de Lisboa e do Porto",
        "Muitos só souberam da greve ao chegar às plataformas vazias.",
        13.9,
    ),
    (
        "pt-greve-cp",
        "Segundo dia de greve na CP termina com acordo para nova reunião",
        "Sindicato e administração marcaram uma reunião para a próxima semana, depois de a greve"
        " ter suprimido quase 1.300 comboios em dois dias.",
        30.4,
    ),
    (
        "pt-terminal-vilamar",
        "Porto de Vilamar inaugura novo terminal de contentores",
        "O terminal duplica a capacidade do porto.",
        9.2,
    ),
    (
        "pt-terminal-vilamar",
        "Novo terminal de contentores duplica a capacidade do porto de Vilamar",
        "O terminal, inaugurado esta segunda-feira pelo secretário de Estado das Infraestruturas,"
        " custou 240 milhões de euros e permite receber os maiores navios de contentores do"
        " mundo.",
        10.8,
    ),
    (
        "pt-terminal-vilamar/bloqueio",
        "Estivadores bloqueiam o porto de Vilamar",
        "Os estivadores do porto de Vilamar bloquearam os acessos na tarde de segunda-feira, em"
        " protesto contra o recurso a trabalhadores temporários no novo terminal.",
        17.3,
    ),
    (
        "pt-terminal-vilamar/bloqueio",
        "Bloqueio no porto de Vilamar: camiões parados à entrada",
        "O sindicato exige contratos permanentes.",
        18.9,
    ),
    (
        "pt-portagens-desconto",
        "Governo anuncia desconto de 30% nas portagens do interior",
        "O desconto nas antigas autoestradas sem custos para o utilizador entra em vigor em junho"
        " e vai abranger camiões e carros ligeiros, anunciou o ministro das Infraestruturas no"
        " sábado.",
        123.2,
    ),
    (
        "pt-portagens-desconto",
        "Portagens do interior mais baratas a partir de junho",
        "O desconto chega aos 30% para quem usa a via todos os dias.",
        126.0,
    ),
    (
        "pt-combustiveis",
        "Gasóleo sobe pela quarta semana seguida",
        "O litro deve ultrapassar 1,75 euros a partir de amanhã.",
        160.1,
    ),
    (
        "pt-combustiveis",
        "Combustíveis voltam a subir: gasóleo ultrapassa 1,75 euros por litro",
        "O preço do gasóleo sobe mais dois cêntimos esta semana, a quarta subida consecutiva, e a"
        " gasolina aumenta um cêntimo, segundo as previsões do setor.",
        163.5,
    ),
    (
        "pt-transgas-tarifa",
        "Transgás Atlântico aumenta tarifa do gasoduto em 11%",
        "A empresa que gere o gasoduto entre Sines e a fronteira vai cobrar mais 11% pelo"
        " transporte de gás a partir de julho, um aumento que deverá chegar às faturas.",
        36.3,
    ),
    (
        "pt-transgas-tarifa",
        "Transporte de gás mais caro a partir de julho",
        "A tarifa do gasoduto sobe 11%.",
        39.0,
    ),
    (
        "pt-transgas-tarifa/fuga",
        "Fuga de gás no gasoduto da Transgás Atlântico obriga a cortar estrada",
        "Uma fuga num troço do gasoduto perto de Ferreira do Alentejo levou ao corte da estrada"
        " nacional e à retirada de vinte moradores durante a manhã de sexta-feira.",
        99.2,
    ),
    (
        "pt-transgas-tarifa/fuga",
        "Fuga no gasoduto perto de Ferreira do Alentejo",
        "Vinte moradores retirados por precaução.",
        101.4,
    ),
    (
        "pt-ponte-valdeira",
        "Ponte de Valdeira reaberta após dois anos de obras",
        "A travessia sobre o rio volta a ter carros.",
        56.2,
    ),
    (
        "pt-ponte-valdeira",
        "Reaberta a ponte de Valdeira depois de dois anos fechada para obras",
        "A ponte de Valdeira, sobre o rio Zêzere, reabriu ao trânsito esta quarta-feira, após uma"
        " reparação de oito milhões de euros aos pilares e ao tabuleiro.",
        58.0,
    ),
    (
        "pt-ponte-valdeira/protesto",
        "Moradores cortam a ponte de Valdeira contra o fecho do centro de saúde",
        "Cerca de trezentos moradores cortaram a ponte de Valdeira durante duas horas no sábado"
        " de manhã, em protesto contra o encerramento do centro de saúde da vila ao fim de"
        " semana.",
        127.1,
    ),
    (
        "pt-ponte-valdeira/protesto",
        "Protesto corta a ponte de Valdeira durante duas horas",
        "A população exige que o centro de saúde abra aos sábados.",
        129.3,
    ),
    (
        "pt-metro-avaria",
        "Avaria no metro deixa linha azul parada durante duas horas",
        "Uma avaria na sinalização parou a linha azul do metro na hora de ponta da manhã de"
        " quarta-feira; os passageiros tiveram de sair dos túneis a pé.",
        63.1,
    ),
    (
        "pt-lusavia-cancela",
        "Lusavia cancela 90 voos em abril por falta de aviões",
        "A companhia aérea Lusavia cancelou 90 voos para o resto do mês porque dois dos seus"
        " aviões estão parados à espera de peças para os motores.",
        80.1,
    ),
    (
        "pt-lusavia-cancela",
        "Lusavia sem aviões cancela voos",
        "Os passageiros vão ser reembolsados ou colocados noutros voos da companhia.",
        83.0,
    ),
    (
        "pt-barragem-descargas",
        "Barragem do Alto Sorraia faz descargas e alerta populações",
        "A barragem do Alto Sorraia começou a fazer descargas na sexta-feira depois das chuvas"
        " fortes, e a Proteção Civil pediu às populações junto ao rio que retirem carros e"
        " animais.",
        104.2,
    ),
    (
        "pt-barragem-descargas",
        "Descargas no Alto Sorraia: alerta junto ao rio",
        "Caudal do rio deve subir durante a noite.",
        106.8,
    ),
    (
        "pt-parque-eolico-serra",
        "Parque eólico da Serra da Lousa começa a produzir",
        "Vinte e duas turbinas abastecem 50 mil casas.",
        149.0,
    ),
    (
        "pt-parque-eolico-serra",
        "Entra em funcionamento o parque eólico da Serra da Lousa",
        "O parque eólico da Serra da Lousa, com 22 turbinas, começou este domingo a injetar"
        " energia na rede, o suficiente para abastecer cerca de 50 mil habitações.",
        150.9,
    ),
    (
        "ru-truboprovod-tarif",
        "Тариф на прокачку нефти по Северному нефтепроводу вырастет на 9%",
        "С июля транспортировка нефти по Северному нефтепроводу подорожает на девять процентов;"
        " нефтяники предупреждают, что это скажется на цене топлива.",
        11.2,
    ),
    (
        "ru-truboprovod-tarif",
        "Прокачка нефти подорожает с июля",
        "Рост тарифа составит девять процентов.",
        14.0,
    ),
    (
        "ru-truboprovod-tarif/utechka",
        "Утечка на Северном нефтепроводе: перекачка остановлена",
        "На Северном нефтепроводе у села Ключевое обнаружена утечка нефти; перекачку остановили,"
        " на месте работают аварийные бригады.",
        78.1,
    ),
    (
        "ru-truboprovod-tarif/utechka",
        "Нефть из трубы попала в ручей у села Ключевое",
        "Жители жалуются на запах, экологи берут пробы воды.",
        80.6,
    ),
    (
        "ru-elektrichka-shod",
        "Под Заречьем с рельсов сошли вагоны электрички",
        "Пострадавших нет, движение поездов остановлено.",
        135.2,
    ),
    (
        "ru-elektrichka-shod",
        "Два вагона электрички сошли с рельсов у станции Заречье",
        "В субботу днём у станции Заречье с рельсов сошли два вагона пригородной электрички;"
        " пассажиров вывели, пострадавших нет, движение закрыто до утра.",
        136.7,
    ),
    (
        "ru-elektrichka-shod",
        "Пассажиры электрички у Заречья: «Сначала был удар, потом свет погас»",
        "Люди рассказали, как полчаса ждали в темноте, пока их выведут из вагонов.",
        141.3,
    ),
    (
        "ru-elektrichka-shod",
        "По факту схода электрички у Заречья возбуждено уголовное дело",
        "Следователи проверяют, проводился ли ремонт пути, о котором железная дорога отчиталась в"
        " марте; движение восстановлено в воскресенье утром.",
        158.4,
    ),
    (
        "ru-gres-energoblok",
        "На Приреченской ГРЭС аварийно отключился энергоблок",
        "Потребители не пострадали, нагрузку взяли другие станции.",
        29.2,
    ),
    (
        "ru-gres-energoblok",
        "Энергоблок Приреченской ГРЭС остановлен из-за повреждения турбины",
        "Во вторник утром на Приреченской ГРЭС сработала защита и отключился третий энергоблок"
        " мощностью триста мегаватт; по словам энергетиков, отключений у потребителей не было.",
        30.6,
    ),
    (
        "ru-gres-energoblok",
        "Ремонт турбины на Приреченской ГРЭС займёт не меньше месяца",
        "На станцию уже вылетели специалисты завода, который поставил турбину.",
        35.9,
    ),
    (
        "ru-gres-energoblok/otklyuchenie",
        "В Приреченске отключили свет из-за обрыва линии электропередачи",
        "В пятницу утром половина Приреченска осталась без света: ветер оборвал провода"
        " высоковольтной линии на подстанции у северной окраины города.",
        100.3,
    ),
    (
        "ru-gres-energoblok/otklyuchenie",
        "Полгорода без света: в Приреченске оборвало провода",
        "Энергетики обещают восстановить питание за несколько часов.",
        102.5,
    ),
    (
        "ru-benzin-birzha",
        "Цена бензина на бирже обновила рекорд",
        "Аи-95 подорожал на торгах во вторник ещё на два процента.",
        40.2,
    ),
    (
        "ru-benzin-birzha",
        "Биржевые цены на бензин Аи-95 достигли исторического максимума",
        "Во вторник стоимость тонны бензина Аи-95 на бирже выросла на два процента и обновила"
        " рекорд; независимые заправки предупреждают о росте цен у колонки.",
        42.9,
    ),
    (
        "ru-port-terminal",
        "В порту Северомысска открыли новый контейнерный терминал",
        "Терминал рассчитан на полмиллиона контейнеров в год.",
        54.1,
    ),
    (
        "ru-port-terminal",
        "Северомысский порт запустил контейнерный терминал на полмиллиона контейнеров",
        "В среду в морском порту Северомысска открылся новый контейнерный терминал; губернатор"
        " назвал его самым крупным проектом области за десять лет.",
        55.6,
    ),
    (
        "ru-port-terminal/blokada",
        "Докеры Северомысского порта перекрыли ворота",
        "В среду вечером докеры перекрыли въезд в Северомысский порт, требуя выплатить"
        " задолженность по зарплате за два месяца.",
        63.3,
    ),
    (
        "ru-port-terminal/blokada",
        "Докеры в Северомысске требуют зарплату",
        "Очередь грузовиков у ворот растянулась на несколько километров.",
        65.0,
    ),
    (
        "ru-port-terminal/blokada",
        "Администрация порта обещает докерам расчёт до пятницы",
        "Профсоюз пока не снимает пикет у ворот порта.",
        71.8,
    ),
    (
        "ru-aeroport-ogranicheniya",
        "В аэропорту Озёрска ввели ограничения на прилёт и вылет",
        "Из-за тумана рейсы задерживаются на несколько часов.",
        83.2,
    ),
    (
        "ru-aeroport-ogranicheniya",
        "Туман парализовал аэропорт Озёрска: задержаны два десятка рейсов",
        "В четверг утром аэропорт Озёрска ограничил приём и выпуск самолётов из-за густого"
        " тумана; задержаны около двадцати рейсов, пять отправлены на запасные аэродромы.",
        85.0,
    ),
    (
        "ru-ges-agregat",
        "На Верхнекамской ГЭС запустили новый гидроагрегат",
        "В пятницу на Верхнекамской ГЭС ввели в работу новый гидроагрегат после трёхлетней"
        " реконструкции, мощность станции выросла на сто мегаватт.",
        108.2,
    ),
    (
        "ru-ges-agregat",
        "Верхнекамская ГЭС прибавила сто мегаватт",
        "Новый агрегат заменил машину, проработавшую полвека.",
        111.5,
    ),
    (
        "ru-most-remont",
        "Мост через Сылву закроют на ремонт на полгода",
        "С понедельника движение по мосту через Сылву в посёлке Берёзовка будет закрыто на"
        " полгода; объезд займёт около сорока километров.",
        128.3,
    ),
    (
        "ru-most-remont",
        "Берёзовка на полгода без моста",
        "Жители просят пустить паром на время ремонта.",
        130.7,
    ),
    (
        "ru-samolet-vozvrat",
        "Самолёт вернулся в аэропорт вылета из-за неисправности двигателя",
        "Пассажирский самолёт, летевший из Озёрска в Сочи, в воскресенье вернулся в аэропорт"
        " вылета через двадцать минут после взлёта из-за неисправности двигателя; никто не"
        " пострадал.",
        150.2,
    ),
    (
        "ru-pavodok-doroga",
        "Паводок размыл дорогу к трём сёлам",
        "Сёла Верхняя Ельня, Каменка и Луговое отрезаны от райцентра.",
        153.2,
    ),
    (
        "ru-pavodok-doroga",
        "Талые воды размыли трассу: три села остались без сообщения с райцентром",
        "В воскресенье утром паводок размыл участок дороги у моста через речку Ельню; в сёла"
        " Верхняя Ельня, Каменка и Луговое продукты доставляют на вездеходах.",
        155.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "an airline's new route launched and a cabin-crew walkout at the same airline hours later": (
        "en-skymerrow-route/walkout",
        "de-alpenflug-strecke/streik",
        "es-brisal-ruta/huelga",
    ),
    (
        "an energy minister opening a solar park in the morning and the same minister's"
        " fuel-price measure announced that evening"
    ): (
        "en-energy-minister-solar/fuel-cap",
        "fr-ministre-solaire/carburant",
        "it-ministro-agrivoltaico/accise",
    ),
    (
        "a port's new container terminal opened and a dockers' blockade of the same port hours"
        " later"
    ): (
        "nl-terminal-westerhaven/blokkade",
        "pt-terminal-vilamar/bloqueio",
        "ru-port-terminal/blokada",
    ),
    "an airport's strike and a drone sighting halting flights at the same airport the next day": (
        "en-ashgrove-airport-strike/drone",
        "fr-lorvieux-greve/drone",
        "it-vallese-sciopero/drone",
    ),
    (
        "a power plant's unit tripping off the grid and a blackout from a separate line or"
        " substation fault in the same area days later"
    ): (
        "de-weissach-kraftwerk/netzausfall",
        "es-almarcha-central/apagon",
        "ru-gres-energoblok/otklyuchenie",
    ),
    (
        "a bridge reopened after repairs and a protest over another matter blocking the same"
        " bridge days later"
    ): (
        "en-tolland-bridge-reopens/protest",
        "nl-kolkbrug-heropend/protest",
        "pt-ponte-valdeira/protesto",
    ),
    "an energy regulator's tariff cut and the same regulator's fine on a supplier days later": (
        "en-energy-regulator-cap-cut/fine",
        "it-autorita-bollette/multa",
        "nl-energietoezicht-warmte/boete",
    ),
    "a pipeline's transport tariff raised and a leak on the same pipeline days later": (
        "de-nordgas-entgelt/leck",
        "pt-transgas-tarifa/fuga",
        "ru-truboprovod-tarif/utechka",
    ),
}
