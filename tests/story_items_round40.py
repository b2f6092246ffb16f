"""A fortieth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours` being
when the item was published, in hours after the set's start (a Monday, 00:00), so the merging's
48-hour window decides as in production. It is a weekend-heavy sport, weather and travel week in
early December as a reader's feeds carry it at daily-digest density: 40 to 51 items a day (42, 44,
40, 40, 43, 51 and 49 from Monday to Sunday), spanning 6.0 to 167.8 hours. League matches and their
reports, injuries, transfers and sackings, a title fight, a jockey's Gold Cup, ski jumping,
biathlon, road races; Storm Corra, an ice storm, Sturm Ilka, tempête Bertille and borrasca Ximena,
snow on the passes, black ice, fog, a record Brazilian heatwave and its evening storm; airports,
rail lines, ferries, motorways to the mountains and the coast, ski resorts opening, festivals of
lights and Christmas markets, and accidents on the holiday routes.

It holds 309 items under 135 labels: 111 stories and 24 hard negatives; 46 labels in English (111
items), 13 labels in Russian (27 items), 13 labels in German (30 items), 12 labels in French (27
items), 14 labels in Spanish (31 items), 12 labels in Italian (27 items), 12 labels in Portuguese
(27 items) and 13 labels in Dutch (29 items). Big stories are carried by two to four outlets over a
day (a wire flash or teaser first, then a fuller copy, then a quote-led or reaction piece hours
later that names the event only by its place, its actor or one detail: "Record-breaker Orrin thanks
his back four", "« Le vent m'a aidé à la fin », sourit Keter"), and thirteen of them have a
next-day follow-up with a new fact 17 to 32 hours after the first copy (the last homes reconnected
after Storm Corra, Brannagh's knee operation, the Hollin Pass reopened, the Wend falling at
Dunmore, the Aurelia Star's delayed sailing, the trunk road to Yasnogorsk reopened, the
long-distance trains running again after the signal-box fire, power back after Bertille, Ximena's
damage bill, Soria's operation, the Valsorda families home, the heat's second day, power back after
the evening storm). Copies: 75 labels have two copies, 48 three, 1 four; 11 stories are told by one
outlet. 120 stories and hard negatives have a teaser copy whose lead is under 80 characters beside
a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language, each placed as far from its story as the two events would
really be. Four kinds are two different events at the same place on the same day, 4.5 to 8 hours
apart: a league match and a fire at the same stadium that night (Millgate Park, the
Kesselberg-Stadion, the stadio Bellaria); a city's road race and a tram derailment in the same city
that evening (Castelbrune, Lemmerveen, Заречинск); a ski resort's opening day and a chairlift
breakdown at the same resort that afternoon (Valdecierzo, Val Cerana, «Белая Круча»); a record
holiday jam on a road to the mountains or the coast and a coach crash on the same road hours later
(the A 97, the autovía del Cierzo, the Rodovia Serra Azul). Four kinds are the same actor or place
days later, 61 to 94 hours apart: a goalkeeper's clean-sheet record and the same goalkeeper's
request to leave (Orrin, Ibarra, Tavares); a storm closing an airport and a baggage system breaking
down there (Stansby, Horstwalde, Eelderhorst); a new ferry's first crossing and an older ferry
running aground on the same route (Orvel, Varra, Schiermoor); a jockey's big-race win and the same
jockey's ban over another race (Fenwick, Duvernay, Ветлугин). Twelve hard negatives fall within 48
hours of their story, twelve beyond it.

The week also sets side by side what a weekend sports and travel digest really carries: several
weather events in one language (Storm Corra's power cuts on Monday, the ice storm at Stansby on
Tuesday, the Wend flood, the Hollin Pass snow, the Kelby fog, the Scar Fell blizzard and the ice on
the Alder pass are seven stories), one club in many stories (Castlemere's captain's knee, the
derby, the women's record crowd; Wexley's keeper, its record signing and its fine; Rovers' sacking
and the cup draw; the Almedón's keeper and the clásico), one airport in several (Stansby's
ice-storm closure, Skylane's route cuts, the baggage fault), and ski openings, snowbound passes and
holiday queues in several languages as separate items.

What "same story" means here: one event (one match, one fire, one race, one opening, one breakdown,
one record, one request to leave, one storm's closure, one crossing, one grounding, one win, one
ban, one jam, one crash, one signing, one sacking) in that event's news cycle, including a next-day
follow-up with a new fact. Not the same story: another event of the same kind, or with the same
actor, or at the same stadium, city, resort, road, airport, route or racecourse, even on the same
day. A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall
within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, clubs, firms, ships, resorts and racecourses are invented here; real bodies and
places appear only as backdrop (England, Tver, Zwolle, Kenya, Spain's December bridge holiday).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and
never run through the merging code before its one scoring run,
`python -m bench.stories --round40`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-millgate-derby",
        "Castlemere City 3-1 Dunmore Athletic",
        "Full time at Millgate Park: City came from behind in the derby.",
        137.0,
    ),
    (
        "en-millgate-derby",
        "Castlemere win derby as Pruitt scores twice",
        "Kai Pruitt struck twice after the break and Castlemere City beat Dunmore Athletic 3-1 at "
        "Millgate Park to go top of the Northern League on goal difference.",
        137.6,
    ),
    (
        "en-millgate-derby",
        "'Best afternoon of my career,' says two-goal Pruitt",
        "The 21-year-old said the noise from the home end at Millgate had carried the side after "
        "Dunmore led at half-time through a header from Ryan Lusk.",
        140.5,
    ),
    (
        "en-millgate-derby/stand-fire",
        "Fire breaks out under stand at Millgate Park",
        "Firefighters were called to Castlemere City's ground late on Saturday after a blaze "
        "started in a food kiosk under the empty east stand, hours after the derby.",
        143.3,
    ),
    (
        "en-millgate-derby/stand-fire",
        "Millgate kiosk blaze put out overnight",
        "No one was hurt; the club says the east stand will be checked.",
        144.7,
    ),
    (
        "en-keeper-orrin-record",
        "Orrin breaks clean-sheet record",
        "Wexley keeper's 15th shutout of the season is a league best.",
        45.8,
    ),
    (
        "en-keeper-orrin-record",
        "Wexley's Orrin sets Northern League clean-sheet record",
        "Goalkeeper Tom Orrin kept his 15th clean sheet of the season in Wexley United's 1-0 win "
        "at Saxton on Tuesday night, beating a record that had stood since 1994.",
        46.3,
    ),
    (
        "en-keeper-orrin-record",
        "Record-breaker Orrin thanks his back four",
        "The 29-year-old said the mark belonged to the defenders in front of him and joked that "
        "he had barely touched the ball in the second half at Saxton.",
        58.5,
    ),
    (
        "en-keeper-orrin-record/transfer-request",
        "Tom Orrin hands in transfer request at Wexley",
        "The goalkeeper has asked to leave Wexley United in January after talks over a new "
        "contract broke down, the club confirmed on Friday morning.",
        107.0,
    ),
    (
        "en-keeper-orrin-record/transfer-request",
        "Wexley keeper Orrin asks to go",
        "Club says it will not sell cheaply after contract talks fail.",
        107.8,
    ),
    (
        "en-keeper-orrin-record/transfer-request",
        "Fans split as Orrin wants out",
        "Supporters' groups said they were stunned that the keeper wanted to leave, days after "
        "many had sung his name in a show of thanks.",
        113.0,
    ),
    (
        "en-stansby-airport-ice-storm",
        "Ice storm shuts Stansby airport",
        "No flights as freezing rain glazes the runway and the planes.",
        30.8,
    ),
    (
        "en-stansby-airport-ice-storm",
        "Freezing rain closes Stansby airport for the morning",
        "No flights left or landed at Stansby until late morning on Tuesday after an ice storm "
        "coated the runway and aircraft, with 130 departures cancelled and passengers told to "
        "stay at home.",
        31.4,
    ),
    (
        "en-stansby-airport-ice-storm",
        "Stansby reopens but travellers face long queues",
        "The airport reopened its runway at 11.50 once the de-icing crews had caught up, but "
        "airlines warned that rebooked passengers could wait until Wednesday.",
        36.8,
    ),
    (
        "en-stansby-airport-ice-storm/baggage",
        "Baggage system breaks down at Stansby airport",
        "Thousands of suitcases were left behind at Stansby on Friday after a computer fault "
        "stopped the conveyor belts in the main terminal during the early rush.",
        102.5,
    ),
    (
        "en-stansby-airport-ice-storm/baggage",
        "Stansby passengers fly without their bags",
        "A software fault halted the belts for three hours.",
        103.6,
    ),
    (
        "en-jockey-fenwick-cup",
        "Fenwick wins Ashcombe Gold Cup on Tallow Moon",
        "Maddie Fenwick rode the 12-1 outsider Tallow Moon to a two-length win in the Ashcombe "
        "Gold Cup on Tuesday, the biggest prize of her career.",
        39.6,
    ),
    (
        "en-jockey-fenwick-cup",
        "Tallow Moon lands Ashcombe Gold Cup",
        "A first Gold Cup for jockey Maddie Fenwick.",
        40.0,
    ),
    (
        "en-jockey-fenwick-cup",
        "Fenwick's Gold Cup win a 'dream', says trainer",
        "Trainer Hugh Maslin said he had nearly withdrawn Tallow Moon after the rain but Fenwick "
        "persuaded him the soft ground would suit the mare.",
        43.6,
    ),
    (
        "en-jockey-fenwick-cup/whip-ban",
        "Fenwick banned for nine days over whip use",
        "Stewards at Larkfield gave jockey Maddie Fenwick a nine-day suspension on Friday for "
        "using the whip above the allowed level in a handicap chase.",
        112.5,
    ),
    (
        "en-jockey-fenwick-cup/whip-ban",
        "Nine-day ban for Maddie Fenwick",
        "Larkfield stewards punish her ride in the 3.10 chase.",
        113.2,
    ),
    (
        "en-rovers-sack-dunstan",
        "Harrowgate Rovers sack manager Phil Dunstan",
        "Rovers have parted company with Phil Dunstan after a run of seven league games without a "
        "win left the club a single point clear of the bottom three.",
        10.0,
    ),
    (
        "en-rovers-sack-dunstan",
        "Dunstan out at Rovers",
        "Seven games without a win cost the manager his job.",
        10.3,
    ),
    (
        "en-rovers-sack-dunstan",
        "Rovers chairman: 'We had to act before it was too late'",
        "Gordon Pask said the board had backed Dunstan in the summer but the slide since October "
        "could not go on; coach Lee Farris takes charge for the weekend.",
        15.0,
    ),
    (
        "en-wexley-sign-kade",
        "Wexley sign striker Joel Kade for £14m",
        "Wexley United have broken their transfer record to sign the Brackwater forward Joel Kade "
        "on a four-and-a-half-year deal that starts when the window opens.",
        61.0,
    ),
    (
        "en-wexley-sign-kade",
        "Record fee takes Kade to Wexley",
        "Striker agrees deal worth £14 million.",
        61.5,
    ),
    (
        "en-brannagh-knee",
        "Castlemere captain Brannagh out for three months",
        "Sean Brannagh has torn a knee ligament in training and is not expected back before "
        "March, Castlemere City said on Monday.",
        14.5,
    ),
    (
        "en-brannagh-knee",
        "Blow for City as Brannagh hurts knee",
        "Captain faces three months out.",
        14.9,
    ),
    (
        "en-brannagh-knee",
        "Brannagh's knee operation a success, says City",
        "The Castlemere captain had surgery in Harbridge on Tuesday morning and the club expects "
        "him to begin rehabilitation within a fortnight.",
        35.5,
    ),
    (
        "en-storm-corra-power",
        "Storm Corra: 60,000 homes without power",
        "Falling trees brought down lines across the north-west overnight.",
        6.0,
    ),
    (
        "en-storm-corra-power",
        "Tens of thousands lose power as Storm Corra sweeps in",
        "About 60,000 homes were cut off by Monday morning as Storm Corra brought gusts above "
        "80mph, uprooting trees and tearing roofs from barns in the Fells and along the coast.",
        7.0,
    ),
    (
        "en-storm-corra-power",
        "Engineers race to reconnect homes after Storm Corra",
        "Crews from three regions have been sent north; the network operator said most customers "
        "should be back on by Monday night.",
        14.0,
    ),
    (
        "en-storm-corra-power",
        "Last homes cut off by Storm Corra reconnected",
        "The network operator said the final 900 properties had power again on Tuesday afternoon, "
        "34 hours after the storm struck.",
        38.0,
    ),
    (
        "en-kelby-bypass-fog-crash",
        "Thirty vehicles in fog crash on Kelby bypass",
        "Eleven people were taken to hospital after about 30 cars and lorries collided in thick "
        "fog on the Kelby bypass during Thursday's morning rush hour.",
        79.8,
    ),
    (
        "en-kelby-bypass-fog-crash",
        "Kelby bypass closed after fog pile-up",
        "Eleven hurt, both carriageways shut.",
        80.2,
    ),
    (
        "en-kelby-bypass-fog-crash",
        "Kelby pile-up: police ask drivers for dashcam footage",
        "Officers said visibility had fallen below 30 metres; the road reopened after seven hours "
        "while lorries were towed away.",
        88.8,
    ),
    (
        "en-merrow-ferries-cancelled",
        "Isle of Merrow ferries cancelled for two days",
        "All sailings between Tarnhaven and the Isle of Merrow are off on Monday and Tuesday "
        "after the island's only ferry, the Merrow Lass, failed an engine inspection.",
        8.0,
    ),
    (
        "en-merrow-ferries-cancelled",
        "Merrow cut off as ferries stay in port",
        "Islanders stock up before two days with no sailings while the engine is repaired.",
        12.0,
    ),
    (
        "en-brantley-overrun",
        "Engineering overrun shuts line at Brantley",
        "Trains between Brantley and Kessock are cancelled this morning.",
        6.4,
    ),
    (
        "en-brantley-overrun",
        "Commuters stranded after Brantley works overrun",
        "Weekend track renewal near Brantley ran eight hours late, cancelling every train between "
        "Brantley and Kessock until after 2pm on Monday.",
        7.2,
    ),
    (
        "en-brantley-overrun",
        "Rail firm apologises for Brantley overrun",
        "Network managers said a broken rail grinder had delayed the work; refunds will be paid "
        "to season ticket holders.",
        13.4,
    ),
    (
        "en-vail-maximum",
        "Kenny Vail makes 147 at Coldmoor Open",
        "The veteran's third maximum of his career came in the last frame of his second-round "
        "match on Wednesday evening.",
        68.0,
    ),
    (
        "en-vail-maximum",
        "Maximum break for Vail",
        "A 147 at the Coldmoor Open.",
        68.3,
    ),
    (
        "en-okonta-title",
        "Okonta stops Brandt to win heavyweight title",
        "Dele Okonta knocked down Viktor Brandt twice and won in the ninth round at the Harbridge "
        "Arena to become world heavyweight champion.",
        144.2,
    ),
    (
        "en-okonta-title",
        "Okonta is champion",
        "Ninth-round stoppage of Brandt in Harbridge.",
        144.4,
    ),
    (
        "en-okonta-title",
        "Okonta dedicates title to late father",
        "The new champion said after the fight that he had promised his father he would win a "
        "belt in front of a home crowd.",
        153.2,
    ),
    (
        "en-saxton-prop-ban",
        "Saxton Hawks prop banned for six weeks",
        "Aled Price was suspended after a disciplinary panel found his tackle on a Redbridge "
        "fly-half in Saturday's match was reckless.",
        36.0,
    ),
    (
        "en-saxton-prop-ban",
        "Six-week ban for Hawks prop Price",
        "Disciplinary panel rules the tackle reckless.",
        37.5,
    ),
    (
        "en-burnell-retires",
        "Fast bowler Ian Burnell retires from Test cricket",
        "The 34-year-old, who took 311 Test wickets, said his back could no longer cope with "
        "five-day matches but he will keep playing one-day games.",
        82.0,
    ),
    (
        "en-burnell-retires",
        "Burnell quits Tests after 311 wickets",
        "Back trouble ends his long-form career.",
        82.3,
    ),
    (
        "en-burnell-retires",
        "Tributes pour in for Burnell",
        "Former team-mates called him the most hostile bowler of his generation and recalled his "
        "seven wickets at Tresham in 2019.",
        88.0,
    ),
    (
        "en-skylane-winter-cuts",
        "Skylane cuts twelve winter routes from Stansby",
        "The budget airline says demand for January and February is too weak on routes to inland "
        "cities and will move three aircraft to its Hallam base.",
        57.0,
    ),
    (
        "en-skylane-winter-cuts",
        "Skylane drops 12 Stansby routes",
        "Airline shifts planes to Hallam for winter.",
        59.0,
    ),
    (
        "en-hollin-pass-snow",
        "Hollin Pass closed by snow",
        "Drivers are being turned back as 20cm falls overnight.",
        54.0,
    ),
    (
        "en-hollin-pass-snow",
        "Snow shuts Hollin Pass and strands lorries",
        "About 40 lorries were stuck for hours on the Hollin Pass before snowploughs cleared a "
        "lane, and the road stayed closed to cars for most of Wednesday.",
        55.0,
    ),
    (
        "en-hollin-pass-snow",
        "Hollin Pass reopens after snowploughs work through the night",
        "Gritting crews cleared both lanes by Thursday morning but police urged drivers to carry "
        "blankets and a shovel.",
        77.0,
    ),
    (
        "en-wend-flood-dunmore",
        "River Wend bursts banks in Dunmore",
        "Homes on the low streets by the river were flooded before dawn on Tuesday as the Wend "
        "rose more than three metres after two days of rain.",
        29.0,
    ),
    (
        "en-wend-flood-dunmore",
        "Dunmore flooded as Wend rises",
        "Families rescued by boat from lower streets.",
        29.5,
    ),
    (
        "en-wend-flood-dunmore",
        "Dunmore residents begin clean-up as Wend falls",
        "The river dropped a metre overnight and about 120 families started pumping out their "
        "homes on Wednesday.",
        55.0,
    ),
    (
        "en-aurelia-star-illness",
        "Hundreds ill on cruise ship docking at Portreay",
        "About 300 passengers on the Aurelia Star have gone down with a stomach bug; the ship "
        "docked at Portreay on Thursday with a medical team waiting.",
        85.0,
    ),
    (
        "en-aurelia-star-illness",
        "Stomach bug hits 300 on Aurelia Star",
        "Cruise ends early in Portreay.",
        85.6,
    ),
    (
        "en-aurelia-star-illness",
        "Aurelia Star to be deep-cleaned before next voyage",
        "The operator said Saturday's sailing would leave a day late and passengers would be "
        "offered a full refund if they chose not to travel.",
        105.0,
    ),
    (
        "en-ashby-lantern-festival",
        "Record 80,000 at Ashby lantern festival",
        "Organisers said the crowd for Saturday's parade of giant paper lanterns was the biggest "
        "in the festival's 22 years.",
        140.0,
    ),
    (
        "en-ashby-lantern-festival",
        "Ashby lantern parade draws record crowd",
        "80,000 line the streets for the procession.",
        141.0,
    ),
    (
        "en-kessock-landslip",
        "Landslip blocks Kessock to Alder rail line",
        "Tonnes of earth slid onto the track near Fellside after heavy rain, and buses will "
        "replace trains until at least Monday.",
        104.0,
    ),
    (
        "en-kessock-landslip",
        "Buses replace trains after Kessock landslip",
        "Line shut until Monday at least.",
        106.5,
    ),
    (
        "en-kessock-landslip",
        "Kessock line slip 'bigger than first thought'",
        "Engineers who walked the cutting said about 2,000 tonnes of clay had moved and the slope "
        "above the track would have to be pinned before trains can run.",
        113.0,
    ),
    (
        "en-glen-tarra-opens",
        "Glen Tarra ski centre opens early",
        "A week of snow means lifts run from Saturday, ten days ahead of plan.",
        108.0,
    ),
    (
        "en-glen-tarra-opens",
        "Early snow lets Glen Tarra open its slopes",
        "The ski centre said 40cm of snow had fallen on the upper runs, allowing it to open its "
        "four lifts this weekend for the first time in early December since 2010.",
        111.0,
    ),
    (
        "en-halden-vireo",
        "Leo Halden joins Vireo for 2027",
        "The 24-year-old driver has signed a two-year contract with the Vireo team after four "
        "seasons with Ostrander.",
        35.0,
    ),
    (
        "en-halden-vireo",
        "Halden moves to Vireo",
        "Two-year deal for the young driver.",
        35.5,
    ),
    (
        "en-crane-coral-bay",
        "Rosa Crane wins Coral Bay Open",
        "The 27-year-old from Kelby holed a long putt on the last green to win by one shot.",
        154.0,
    ),
    (
        "en-crane-coral-bay",
        "Crane holds nerve for first big title at Coral Bay",
        "Rosa Crane finished on 14 under par, one clear of the overnight leader, after a birdie "
        "on the 18th at Coral Bay.",
        155.0,
    ),
    (
        "en-oduya-suspended",
        "Sprinter Marcus Oduya provisionally suspended",
        "The 100m champion has been suspended after missing three drug tests in a year, the "
        "anti-doping body said on Wednesday.",
        64.0,
    ),
    (
        "en-oduya-suspended",
        "Oduya suspended over missed tests",
        "Three missed tests in twelve months.",
        64.2,
    ),
    (
        "en-oduya-suspended",
        "Oduya says he will clear his name",
        "The sprinter said one of the missed tests happened while he was in hospital with his "
        "daughter and that he would appeal.",
        69.0,
    ),
    (
        "en-challenge-cup-draw",
        "Cup draw pairs Rovers with Castlemere",
        "Harrowgate Rovers, without a manager after Monday's sacking, will host Castlemere City "
        "in a Challenge Cup third-round tie.",
        19.5,
    ),
    (
        "en-challenge-cup-draw",
        "Challenge Cup third-round draw made",
        "Rovers v Castlemere is the pick of the ties.",
        19.8,
    ),
    (
        "en-dunmore-stadium-plan",
        "Dunmore Athletic unveil plans for 30,000-seat ground",
        "The club wants to leave its Victorian home for a new stadium on the old gasworks site by "
        "the river, at a cost of about £180 million.",
        87.0,
    ),
    (
        "en-dunmore-stadium-plan",
        "Dunmore plan new stadium on gasworks site",
        "Move would double the club's capacity.",
        88.0,
    ),
    (
        "en-wexley-fined-invasion",
        "Wexley fined £50,000 after pitch invasion",
        "The club was punished by the league after hundreds of fans ran onto the pitch after the "
        "final whistle of the November win over Brackwater.",
        110.0,
    ),
    (
        "en-wexley-fined-invasion",
        "£50k fine for Wexley",
        "Punishment for fans running onto the pitch.",
        110.8,
    ),
    (
        "en-hallam-drone",
        "Drone sighting halts flights at Hallam airport",
        "Take-offs and landings were stopped for 40 minutes on Saturday morning.",
        131.0,
    ),
    (
        "en-hallam-drone",
        "Hallam flights held for 40 minutes after drone seen",
        "A pilot reported a drone close to the runway at Hallam at about 10.50, and 11 arriving "
        "planes were held in the air or sent to other airports.",
        131.5,
    ),
    (
        "en-hallam-drone",
        "Police search fields near Hallam after drone alert",
        "Officers used a helicopter to look for the operator but found nobody; the airport said "
        "schedules were back to normal by the evening.",
        136.0,
    ),
    (
        "en-rail-fares-freeze",
        "Rail fares to be frozen for 2027",
        "Regulated fares in England will not rise in January, the transport secretary said, the "
        "first freeze in six years.",
        55.0,
    ),
    (
        "en-rail-fares-freeze",
        "Fares freeze for rail passengers",
        "No January rise for season tickets.",
        55.2,
    ),
    (
        "en-rail-fares-freeze",
        "Rail unions and passenger groups welcome fares freeze",
        "Campaigners said the freeze was overdue but warned that it would mean little if trains "
        "kept being cancelled.",
        59.0,
    ),
    (
        "en-norland-bookings",
        "Norland Travel reports record January bookings",
        "The tour operator said holidays for the new year were up by a fifth, led by ski trips "
        "and long-haul beach breaks.",
        33.0,
    ),
    (
        "en-norland-bookings",
        "Holiday bookings up a fifth at Norland",
        "Ski and beach trips lead the rise.",
        34.0,
    ),
    (
        "en-alder-pass-coach",
        "Coach overturns on icy Alder pass",
        "Fourteen people were hurt when a tour coach slid off the road and onto its side on the "
        "Alder pass on Sunday morning.",
        152.5,
    ),
    (
        "en-alder-pass-coach",
        "14 hurt as coach tips over on Alder pass",
        "Passengers were on a Christmas market trip.",
        152.8,
    ),
    (
        "en-alder-pass-coach",
        "Alder pass coach driver 'could not stop on the ice'",
        "A passenger said the coach began to slide on a bend just below the summit; two people "
        "remain in hospital with broken bones.",
        159.5,
    ),
    (
        "en-scar-fell-rescue",
        "Walkers rescued from Scar Fell in blizzard",
        "Two men were brought down by the mountain rescue team after they lost the path in "
        "whiteout on Saturday afternoon.",
        138.0,
    ),
    (
        "en-scar-fell-rescue",
        "Scar Fell walkers found safe",
        "Rescuers reach the pair in the whiteout.",
        139.5,
    ),
    (
        "en-castlemere-women-crowd",
        "Record crowd of 28,000 for Castlemere women",
        "The attendance at Millgate Park on Sunday was the highest for a women's league game in "
        "the country.",
        161.0,
    ),
    (
        "en-castlemere-women-crowd",
        "28,000 watch Castlemere women",
        "Record gate for a women's league match.",
        161.5,
    ),
    (
        "en-castlemere-women-crowd",
        "Castlemere women's coach hails 'turning point' after record gate",
        "Jo Hendry said girls in the stands at Millgate would remember the day, and asked the "
        "league to put more women's games in big grounds.",
        165.0,
    ),
    (
        "en-kelby-tourist-tax",
        "Kelby to charge visitors £2 a night",
        "The city council voted to add a tourist levy to hotel bills from April, saying it would "
        "pay for street cleaning in the old town.",
        59.0,
    ),
    (
        "en-velodrome-record",
        "Teenager sets velodrome hour record at Harbridge",
        "Seventeen-year-old Amy Rusk rode 46.2km in an hour, a national junior best, on the "
        "Harbridge track.",
        135.0,
    ),
    (
        "en-kitesurfer-rescue",
        "Kitesurfer plucked from sea off Portreay",
        "A lifeboat crew picked up a kitesurfer whose lines had snapped a mile out in rough water "
        "on Sunday.",
        157.0,
    ),
    (
        "en-darts-teenager",
        "Fifteen-year-old beats world number four at darts",
        "Schoolboy Liam Gaunt won 6-4 at the Brackwater Masters on Friday night, his first "
        "televised match.",
        117.0,
    ),
    (
        "en-brackwater-frozen-pitch",
        "Brackwater v Saxton off after frozen pitch",
        "The referee ruled the ground unsafe after an early inspection on Saturday.",
        132.5,
    ),
    (
        "en-brackwater-frozen-pitch",
        "Frost wipes out Brackwater's home game with Saxton",
        "Undersoil heating failed overnight at Brackwater and the match was called off at 12.30, "
        "leaving travelling fans to turn round on the motorway.",
        133.2,
    ),
    (
        "en-folkham-shuttle-queues",
        "Five-hour queues at Folkham shuttle terminal",
        "Holiday traffic heading to the continent backed up for miles on Friday after a train "
        "fault cut the number of crossings.",
        111.0,
    ),
    (
        "en-folkham-shuttle-queues",
        "Shuttle fault leaves Folkham drivers waiting hours",
        "Only half the usual trains are running.",
        111.5,
    ),
    (
        "en-folkham-shuttle-queues",
        "Folkham queues ease overnight as shuttle repaired",
        "The operator said a faulty power unit had been replaced and all crossings were back on "
        "time by early Saturday.",
        125.0,
    ),
    (
        "en-grit-salt-warning",
        "Councils warn gritting salt could run short",
        "Highway authorities in the north said stocks were down to a week's supply after the "
        "early snow and cold nights.",
        90.0,
    ),
    (
        "en-grit-salt-warning",
        "Salt stocks low as cold snap goes on",
        "Councils ask suppliers to speed up deliveries.",
        92.0,
    ),
    (
        "en-saxton-redbridge-rugby",
        "Saxton Hawks beat Redbridge in bad-tempered rematch",
        "Two yellow cards and a late try gave the Hawks a 24-19 win in the first meeting of the "
        "sides since the tackle that got Aled Price banned.",
        137.2,
    ),
    (
        "en-saxton-redbridge-rugby",
        "Hawks edge Redbridge 24-19",
        "Late try settles a spiky contest at Saxton.",
        137.6,
    ),
    # --- Russian ---
    (
        "ru-polumarafon-zarechinsk",
        "Полумарафон в Заречинске выиграл Илья Корнеев",
        "Бегун из Твери финишировал за 1:04:12 при минус восьми.",
        156.0,
    ),
    (
        "ru-polumarafon-zarechinsk",
        "Морозный полумарафон в Заречинске собрал пять тысяч бегунов",
        "Победителем забега по набережной стал Илья Корнеев, у женщин первой была Дарья "
        "Свиридова; организаторы раздавали горячий чай на каждом пункте питания.",
        156.7,
    ),
    (
        "ru-polumarafon-zarechinsk/tramvai",
        "В Заречинске трамвай сошёл с рельсов",
        "Вечером в воскресенье вагон третьего маршрута сошёл с рельсов на повороте у рынка, "
        "пострадавших нет.",
        164.0,
    ),
    (
        "ru-polumarafon-zarechinsk/tramvai",
        "Сход трамвая в Заречинске: движение по маршруту остановлено",
        "Причиной могла стать наледь на путях.",
        165.0,
    ),
    (
        "ru-belaya-krucha-sezon",
        "Курорт «Белая Круча» открыл горнолыжный сезон",
        "В субботу заработали девять трасс и четыре подъёмника, на склоны вышли около шести тысяч "
        "лыжников.",
        130.0,
    ),
    (
        "ru-belaya-krucha-sezon",
        "«Белая Круча» открыла сезон на неделю раньше",
        "Снега выпало больше, чем ждали.",
        130.5,
    ),
    (
        "ru-belaya-krucha-sezon/podemnik",
        "На «Белой Круче» остановился кресельный подъёмник",
        "Около сорока лыжников больше двух часов провели на морозе в креслах, пока спасатели не "
        "спустили их на землю.",
        135.5,
    ),
    (
        "ru-belaya-krucha-sezon/podemnik",
        "Спасатели сняли лыжников с подъёмника на «Белой Круче»",
        "Подъёмник встал из-за поломки привода.",
        137.0,
    ),
    (
        "ru-zhokei-vetlugin-priz",
        "Жокей Ветлугин выиграл Большой зимний приз",
        "Артём Ветлугин на жеребце Буран привёл его к победе на ипподроме в Ясногорске в "
        "понедельник.",
        16.0,
    ),
    (
        "ru-zhokei-vetlugin-priz",
        "Буран и Ветлугин взяли Большой зимний приз",
        "Победа с отрывом в два корпуса.",
        16.5,
    ),
    (
        "ru-zhokei-vetlugin-priz/diskvalifikaciya",
        "Жокея Ветлугина отстранили от скачек на две недели",
        "Судейская коллегия наказала его в четверг за опасное маневрирование в другом заезде, где "
        "упала лошадь соперника.",
        86.0,
    ),
    (
        "ru-zhokei-vetlugin-priz/diskvalifikaciya",
        "Ветлугин дисквалифицирован на две недели",
        "Судьи сочли его манёвр опасным.",
        87.0,
    ),
    (
        "ru-trener-otstavka-sokol",
        "Главный тренер «Сокола» отправлен в отставку",
        "Клуб расстался с Олегом Бережным после шести поражений подряд.",
        36.0,
    ),
    (
        "ru-trener-otstavka-sokol",
        "«Сокол» уволил Олега Бережного",
        "Руководство клуба объявило во вторник, что команду до конца года возглавит помощник "
        "тренера Сергей Лавров.",
        37.0,
    ),
    (
        "ru-trener-otstavka-sokol",
        "Бережной: «Я не жалею о работе в клубе»",
        "Бывший тренер поблагодарил болельщиков и сказал, что команде не хватило удачи в "
        "концовках матчей.",
        45.0,
    ),
    (
        "ru-metel-trassa-yasnogorsk",
        "Метель закрыла трассу на Ясногорск",
        "На трассе застряли сотни машин, водителям везут горячую еду.",
        54.0,
    ),
    (
        "ru-metel-trassa-yasnogorsk",
        "Из-за снегопада на трассе встали сотни фур",
        "Движение по трассе на Ясногорск перекрыто с утра среды, спасатели развернули пункты "
        "обогрева на заправках.",
        55.5,
    ),
    (
        "ru-metel-trassa-yasnogorsk",
        "Трассу на Ясногорск открыли после суток метели",
        "Снегоуборочная техника расчистила дорогу к утру четверга, ограничения для грузовиков "
        "сняты.",
        78.0,
    ),
    (
        "ru-aeroport-tuman",
        "Туман задержал рейсы в аэропорту Заречинска",
        "Более двадцати рейсов вылетели с опозданием до пяти часов утром в четверг.",
        79.0,
    ),
    (
        "ru-aeroport-tuman",
        "Задержки рейсов в Заречинске из-за тумана",
        "Видимость на полосе упала до ста метров.",
        79.5,
    ),
    (
        "ru-hokkei-obmen",
        "Хоккейный клуб «Металлург-Заречинск» обменял капитана",
        "Нападающий Павел Дёмин переходит в клуб из Сибири в обмен на защитника и денежную "
        "компенсацию.",
        63.0,
    ),
    (
        "ru-hokkei-obmen",
        "Дёмин сменил клуб",
        "Капитан уходит из «Металлурга».",
        65.0,
    ),
    (
        "ru-parom-ostrov",
        "Паром на остров Ладейный отменён из-за шторма",
        "Рейсы с материка отменены на два дня, жителям острова доставят продукты вертолётом.",
        104.0,
    ),
    (
        "ru-parom-ostrov",
        "Ладейный остался без парома",
        "Шторм отменил рейсы на два дня.",
        105.0,
    ),
    (
        "ru-morozy-rekord",
        "В Заречинске побит рекорд холода для декабря",
        "Ночью в воскресенье термометры показали минус тридцать шесть, это самый холодный день "
        "декабря за сто лет наблюдений.",
        152.0,
    ),
    (
        "ru-biatlon-etap-yasnogorsk",
        "Биатлонист Никита Рябов выиграл спринт в Ясногорске",
        "Он не допустил ни одного промаха на двух огневых рубежах и опередил второго призёра на "
        "двадцать секунд.",
        133.0,
    ),
    (
        "ru-biatlon-etap-yasnogorsk",
        "Рябов победил в спринте",
        "Чистая стрельба принесла ему первую победу на этапе.",
        133.6,
    ),
    # --- German ---
    (
        "de-rottal-wendenau-remis",
        "FC Rottal und SV Wendenau trennen sich 2:2",
        "Im Kesselberg-Stadion gleicht Wendenau in der Nachspielzeit aus.",
        161.5,
    ),
    (
        "de-rottal-wendenau-remis",
        "Spätes Tor rettet Wendenau einen Punkt in Rottal",
        "Vor 31.000 Zuschauern im Kesselberg-Stadion glich Mirko Sander in der 94. Minute für den "
        "SV Wendenau aus, nachdem Rottal zweimal geführt hatte.",
        162.3,
    ),
    (
        "de-rottal-wendenau-remis",
        "Rottals Trainer ärgert sich über die Nachspielzeit",
        "Uwe Bellmann sagte nach dem 2:2, fünf Minuten Nachspielzeit seien zu viel gewesen, und "
        "kritisierte die Abwehr bei der letzten Ecke.",
        164.5,
    ),
    (
        "de-rottal-wendenau-remis/brand",
        "Brand am Kesselberg-Stadion in Rottal",
        "Am späten Sonntagabend ist im Fanshop an der Nordseite des Kesselberg-Stadions ein Feuer "
        "ausgebrochen, Stunden nach dem Spiel gegen Wendenau.",
        166.6,
    ),
    (
        "de-rottal-wendenau-remis/brand",
        "Fanshop am Kesselberg-Stadion ausgebrannt",
        "Die Feuerwehr geht von einem technischen Defekt aus.",
        167.8,
    ),
    (
        "de-flughafen-horstwalde-sturm",
        "Sturm Ilka legt Flughafen Horstwalde lahm",
        "Wegen Orkanböen bis 130 km/h hat der Flughafen Horstwalde am Montagmorgen alle Starts "
        "und Landungen gestoppt; 90 Flüge fielen aus.",
        8.0,
    ),
    (
        "de-flughafen-horstwalde-sturm",
        "Horstwalde: kein Flugverkehr wegen Sturm",
        "Passagiere sollen sich bei ihrer Airline melden.",
        8.4,
    ),
    (
        "de-flughafen-horstwalde-sturm",
        "Flughafen Horstwalde nimmt Betrieb wieder auf",
        "Am Nachmittag starteten die ersten Maschinen wieder, doch viele Reisende mussten in "
        "Hotels übernachten.",
        15.5,
    ),
    (
        "de-flughafen-horstwalde-sturm/gepaeck",
        "Gepäckanlage am Flughafen Horstwalde ausgefallen",
        "Tausende Koffer sind am Donnerstag in Horstwalde liegen geblieben, weil ein "
        "Softwarefehler die Förderbänder im Terminal 1 stoppte.",
        81.0,
    ),
    (
        "de-flughafen-horstwalde-sturm/gepaeck",
        "Koffer-Chaos in Horstwalde",
        "Viele Fluggäste sind ohne Gepäck abgeflogen, die Koffer kommen nach.",
        82.0,
    ),
    (
        "de-a97-rekordstau",
        "Rekordstau auf der A 97 zum Skiurlaub",
        "Auf 58 Kilometern stehen die Autos Richtung Berge.",
        129.0,
    ),
    (
        "de-a97-rekordstau",
        "58 Kilometer Stau: Skiurlauber stecken auf der A 97 fest",
        "Zum Start der Wintersaison hat sich am Samstagvormittag auf der A 97 zwischen Ostrach "
        "und dem Brenzpass der längste Stau seit Jahren gebildet.",
        129.7,
    ),
    (
        "de-a97-rekordstau/reisebus",
        "Reisebus kippt auf der A 97 um",
        "Bei Ostrach ist am Samstagnachmittag ein Reisebus mit 38 Skiurlaubern auf die Seite "
        "gestürzt; neun Menschen wurden verletzt.",
        135.5,
    ),
    (
        "de-a97-rekordstau/reisebus",
        "Neun Verletzte bei Busunfall auf der A 97",
        "Der Bus war auf dem Weg in ein Skigebiet.",
        136.1,
    ),
    (
        "de-reitler-harlach",
        "Reitler gewinnt Weltcup-Springen in Harlach",
        "Der 22-Jährige sprang im zweiten Durchgang auf 141 Meter und feierte seinen ersten "
        "Weltcupsieg.",
        158.0,
    ),
    (
        "de-reitler-harlach",
        "Erster Weltcupsieg für Jonas Reitler",
        "Skispringer triumphiert auf der Harlacher Schanze.",
        158.3,
    ),
    (
        "de-reitler-harlach",
        "Reitler nach Sieg in Harlach: „Ich kann es noch nicht glauben“",
        "Der Skispringer sagte, er habe nach dem ersten Durchgang nur auf einen Platz unter den "
        "ersten zehn gehofft.",
        162.0,
    ),
    (
        "de-bahn-stellwerksbrand",
        "Stellwerksbrand legt Fernverkehr im Norden lahm",
        "Ein Kabelbrand in einem Stellwerk bei Lübbenstedt blockiert mehrere Strecken, die Züge "
        "zwischen den Küstenstädten fallen bis mindestens Mittag aus.",
        6.5,
    ),
    (
        "de-bahn-stellwerksbrand",
        "Kabelbrand: Keine Fernzüge im Norden",
        "Die Bahn rät von Reisen in den Norden ab.",
        6.8,
    ),
    (
        "de-bahn-stellwerksbrand",
        "Fernverkehr nach Stellwerksbrand wieder angelaufen",
        "Am Dienstagmorgen fuhren die meisten Züge wieder, das beschädigte Stellwerk wird aber "
        "noch von Hand bedient.",
        30.5,
    ),
    (
        "de-wendenau-verpflichtet-kolar",
        "SV Wendenau verpflichtet Stürmer Kolar",
        "Der Tscheche Petr Kolar kommt im Januar für sechs Millionen Euro vom FC Harlach.",
        60.0,
    ),
    (
        "de-wendenau-verpflichtet-kolar",
        "Kolar wechselt nach Wendenau",
        "Vertrag bis 2030 für den Stürmer.",
        61.5,
    ),
    (
        "de-glatteis-ostrach",
        "Glatteis: Hunderte Unfälle im Landkreis Ostrach",
        "Überfrierender Regen hat die Straßen am Donnerstagmorgen in Rutschbahnen verwandelt, die "
        "Polizei zählte bis zum Mittag 214 Unfälle.",
        78.0,
    ),
    (
        "de-glatteis-ostrach",
        "Blitzeis sorgt für Chaos bei Ostrach",
        "Schulbusse fahren nicht, viele Straßen gesperrt.",
        78.5,
    ),
    (
        "de-glatteis-ostrach",
        "Nach dem Glatteis: Streudienste am Limit",
        "Die Straßenmeistereien im Landkreis Ostrach arbeiten seit zwei Nächten durch, das Salz "
        "wird knapp.",
        89.0,
    ),
    (
        "de-lichterfest-bad-sonnau",
        "Lichterfest in Bad Sonnau lockt 60.000 Besucher",
        "So viele Gäste wie nie kamen am Samstagabend zu den Lichtinstallationen im Kurpark.",
        139.0,
    ),
    (
        "de-lichterfest-bad-sonnau",
        "Besucherrekord beim Sonnauer Lichterfest",
        "Die Stadt musste die Zufahrten zeitweise sperren, weil die Parkplätze am Kurpark schon "
        "am frühen Abend voll waren.",
        141.0,
    ),
    (
        "de-faehre-helmsand",
        "Keine Fähre nach Helmsand wegen Niedrigwasser",
        "Nach tagelangem Ostwind ist das Fahrwasser zur Insel Helmsand zu flach, die Reederei hat "
        "alle Fahrten am Dienstag gestrichen.",
        31.0,
    ),
    (
        "de-brenzpass-lawinengefahr",
        "Brenzpass wegen Lawinengefahr gesperrt",
        "Nach starkem Neuschnee gilt am Freitag die Warnstufe vier, die Passstraße bleibt "
        "mindestens bis Samstagfrüh zu.",
        106.0,
    ),
    (
        "de-brenzpass-lawinengefahr",
        "Lawinenwarnstufe vier: Brenzpass dicht",
        "Skiurlauber müssen einen Umweg über das Tal fahren.",
        107.0,
    ),
    # --- French ---
    (
        "fr-marathon-castelbrune",
        "Marathon de Castelbrune : victoire de Samuel Keter",
        "Le Kényan l'emporte en 2 h 08 min dans le froid.",
        155.5,
    ),
    (
        "fr-marathon-castelbrune",
        "Samuel Keter gagne le marathon de Castelbrune en 2 h 08",
        "Malgré le vent et une température de trois degrés, le Kényan a battu le record de "
        "l'épreuve devant 9 000 coureurs dimanche matin.",
        156.0,
    ),
    (
        "fr-marathon-castelbrune",
        "« Le vent m'a aidé à la fin », sourit Keter",
        "Le vainqueur de Castelbrune a expliqué qu'il avait attaqué au 35e kilomètre, sur les "
        "quais, vent dans le dos.",
        159.5,
    ),
    (
        "fr-marathon-castelbrune/tramway",
        "Un tramway déraille à Castelbrune",
        "Une rame de la ligne B est sortie des rails dimanche en fin d'après-midi près de la "
        "gare, sans faire de blessé grave.",
        162.0,
    ),
    (
        "fr-marathon-castelbrune/tramway",
        "Castelbrune : la ligne B du tram coupée après un déraillement",
        "Des bus assurent le service jusqu'à lundi.",
        163.0,
    ),
    (
        "fr-ferry-orvel-nouveau",
        "Le nouveau ferry de l'île d'Orvel entre en service",
        "Le Kermorvan, navire de 80 mètres qui peut transporter 600 passagers et 120 voitures, a "
        "fait lundi sa première traversée entre Port-Lanier et l'île d'Orvel.",
        10.0,
    ),
    (
        "fr-ferry-orvel-nouveau",
        "Premier voyage pour le Kermorvan",
        "Le ferry relie désormais Port-Lanier à Orvel.",
        10.5,
    ),
    (
        "fr-ferry-orvel-nouveau",
        "Orvel : les îliens saluent un navire « enfin à la hauteur »",
        "Les habitants de l'île espèrent moins d'annulations l'hiver grâce au nouveau bateau, "
        "plus stable par gros temps.",
        16.0,
    ),
    (
        "fr-ferry-orvel-nouveau/echouement",
        "Un ferry s'échoue entre Port-Lanier et Orvel",
        "Le Saint-Guénolé, l'ancien bateau de la liaison, s'est échoué jeudi matin sur un banc de "
        "sable à la sortie du port avec 140 passagers à bord.",
        80.5,
    ),
    (
        "fr-ferry-orvel-nouveau/echouement",
        "Le Saint-Guénolé échoué, les passagers évacués",
        "Aucun blessé, le navire attend la marée haute.",
        81.3,
    ),
    (
        "fr-jockey-duvernay-marsange",
        "Clément Duvernay remporte le Grand Prix de Marsange",
        "Le jockey s'est imposé lundi avec Belle d'Aunis, une pouliche de trois ans que personne "
        "n'attendait à ce niveau.",
        15.5,
    ),
    (
        "fr-jockey-duvernay-marsange",
        "Duvernay gagne à Marsange",
        "Belle d'Aunis surprend les favoris.",
        15.9,
    ),
    (
        "fr-jockey-duvernay-marsange/suspension",
        "Clément Duvernay suspendu huit jours",
        "Les commissaires de l'hippodrome de Vernouillet ont sanctionné jeudi le jockey pour une "
        "monte dangereuse dans la quatrième course.",
        85.0,
    ),
    (
        "fr-jockey-duvernay-marsange/suspension",
        "Huit jours de suspension pour Duvernay",
        "Il a gêné deux concurrents dans la ligne droite.",
        86.0,
    ),
    (
        "fr-sarlat-entraineur-limoge",
        "L'Olympique de Sarlanges limoge son entraîneur",
        "Après une cinquième défaite de suite, le club a mis fin lundi au contrat de Didier "
        "Rouvière, arrivé il y a dix-huit mois.",
        11.0,
    ),
    (
        "fr-sarlat-entraineur-limoge",
        "Rouvière remercié par Sarlanges",
        "Le club est avant-dernier de Ligue 2.",
        11.5,
    ),
    (
        "fr-sarlat-entraineur-limoge",
        "Sarlanges : l'adjoint assure l'intérim",
        "Yannick Pelat dirigera l'équipe samedi contre Montbrézy, le temps de trouver un nouvel "
        "entraîneur.",
        18.0,
    ),
    (
        "fr-tempete-bertille",
        "Tempête Bertille : 45 000 foyers sans électricité",
        "Des rafales à 140 km/h ont balayé la côte dans la nuit.",
        29.0,
    ),
    (
        "fr-tempete-bertille",
        "La tempête Bertille frappe le littoral atlantique",
        "Arbres arrachés, toitures envolées et routes coupées : la tempête a privé d'électricité "
        "45 000 foyers mardi matin, surtout dans les presqu'îles.",
        30.5,
    ),
    (
        "fr-tempete-bertille",
        "Bertille : le courant rétabli dans presque tous les foyers",
        "Mercredi midi, il ne restait que 1 200 clients privés d'électricité, selon le "
        "gestionnaire du réseau.",
        60.0,
    ),
    (
        "fr-col-aubrette-neige",
        "Le col de l'Aubrette fermé par la neige",
        "Trente centimètres de neige fraîche sont tombés dans la nuit de mardi à mercredi, les "
        "chasse-neige ne suffisent pas.",
        55.0,
    ),
    (
        "fr-col-aubrette-neige",
        "Neige : poids lourds bloqués au pied de l'Aubrette",
        "Les chauffeurs attendent la réouverture du col.",
        57.0,
    ),
    (
        "fr-arces-blanches-ouverture",
        "Les Arces-Blanches ouvrent leurs pistes avec une semaine d'avance",
        "Grâce aux chutes de neige de la semaine, la station a ouvert samedi 18 pistes et 9 "
        "remontées mécaniques.",
        129.0,
    ),
    (
        "fr-arces-blanches-ouverture",
        "Ouverture anticipée aux Arces-Blanches",
        "La station lance sa saison ce samedi.",
        129.5,
    ),
    (
        "fr-rugby-transfert-laborde",
        "Le demi de mêlée Laborde signe à Montbrézy",
        "Le Stade montbrézien a recruté pour trois saisons l'international Hugo Laborde, qui "
        "quittera son club à la fin de la saison.",
        88.0,
    ),
    (
        "fr-rugby-transfert-laborde",
        "Laborde rejoint Montbrézy",
        "Contrat de trois ans pour le demi de mêlée.",
        88.7,
    ),
    (
        "fr-carambolage-autoroute-neige",
        "Carambolage de vingt voitures sous la neige près de Valloire-le-Haut",
        "Sept blessés légers sur l'autoroute des vacances vendredi soir, la circulation a été "
        "coupée deux heures vers les stations.",
        113.0,
    ),
    # --- Spanish ---
    (
        "es-valdecierzo-apertura",
        "Valdecierzo abre la temporada de esquí",
        "La estación estrena el invierno con 22 pistas abiertas.",
        129.0,
    ),
    (
        "es-valdecierzo-apertura",
        "La estación de Valdecierzo inaugura la temporada con nieve abundante",
        "Miles de esquiadores llenaron el sábado las pistas de Valdecierzo, que abrió con 22 "
        "pistas y 45 kilómetros esquiables tras las nevadas de la semana.",
        129.6,
    ),
    (
        "es-valdecierzo-apertura/telesilla",
        "Una avería en un telesilla deja a 60 esquiadores colgados en Valdecierzo",
        "Los bomberos evacuaron con cuerdas a los esquiadores atrapados durante casi tres horas "
        "en el telesilla del Collado, el mismo día de la apertura.",
        133.5,
    ),
    (
        "es-valdecierzo-apertura/telesilla",
        "Rescatados los esquiadores del telesilla del Collado",
        "Ninguno resultó herido, según la estación.",
        135.5,
    ),
    (
        "es-portero-ibarra-record",
        "Ibarra bate el récord de imbatibilidad",
        "El portero del Almedón suma 812 minutos sin encajar.",
        22.5,
    ),
    (
        "es-portero-ibarra-record",
        "Iker Ibarra, récord histórico de minutos sin recibir gol",
        "El guardameta del Real Almedón dejó su portería a cero por noveno partido seguido el "
        "lunes y superó la marca de la liga, vigente desde 1989.",
        23.0,
    ),
    (
        "es-portero-ibarra-record",
        "Ibarra: «El récord es de toda la defensa»",
        "El portero vasco agradeció el trabajo de sus compañeros y dijo que no pensaba en la "
        "marca hasta el último minuto.",
        34.5,
    ),
    (
        "es-portero-ibarra-record/traspaso",
        "Ibarra pide salir del Real Almedón",
        "El portero ha comunicado al club que quiere marcharse en enero tras romperse la "
        "negociación para renovar su contrato.",
        84.0,
    ),
    (
        "es-portero-ibarra-record/traspaso",
        "El portero Ibarra quiere irse en enero",
        "El club exige que se pague su cláusula.",
        85.0,
    ),
    (
        "es-portero-ibarra-record/traspaso",
        "La afición del Almedón, dolida con Ibarra",
        "Las peñas del club lamentan la petición del portero, al que homenajearon hace apenas "
        "unos días.",
        91.0,
    ),
    (
        "es-autovia-cierzo-atasco",
        "Retenciones de 40 kilómetros en la autovía del Cierzo por el puente",
        "La salida de vacaciones del puente de diciembre colapsó el viernes por la tarde la "
        "autovía del Cierzo en dirección a la sierra.",
        112.0,
    ),
    (
        "es-autovia-cierzo-atasco",
        "Atasco récord camino de la sierra",
        "40 kilómetros de colas en la autovía del Cierzo.",
        112.5,
    ),
    (
        "es-autovia-cierzo-atasco/autobus",
        "Vuelca un autobús en la autovía del Cierzo: doce heridos",
        "El vehículo, que llevaba a un grupo de jubilados a un balneario, se salió de la calzada "
        "el viernes por la noche cerca de Tordesal.",
        118.0,
    ),
    (
        "es-autovia-cierzo-atasco/autobus",
        "Doce heridos al volcar un autobús cerca de Tordesal",
        "Dos de ellos están en estado grave.",
        118.8,
    ),
    (
        "es-borrasca-ximena",
        "La borrasca Ximena deja olas de nueve metros en el norte",
        "Aviso rojo en la costa por el temporal de viento y mar.",
        6.0,
    ),
    (
        "es-borrasca-ximena",
        "Ximena azota el litoral con rachas de 120 km/h",
        "La borrasca obligó el lunes a cerrar puertos y playas, arrancó árboles en varias "
        "ciudades y dejó sin luz a 30.000 clientes en el norte.",
        7.0,
    ),
    (
        "es-borrasca-ximena",
        "Los daños de Ximena en los paseos marítimos superan los diez millones",
        "Los ayuntamientos costeros hicieron el martes recuento de los destrozos causados por el "
        "temporal.",
        34.0,
    ),
    (
        "es-puerto-lusorio-nieve",
        "Cerrado el puerto de Lusorio por la nieve",
        "La nevada obliga a usar cadenas en toda la zona de montaña y corta el paso a los "
        "camiones.",
        55.0,
    ),
    (
        "es-puerto-lusorio-nieve",
        "Camiones embolsados en el puerto de Lusorio",
        "Más de 200 vehículos pesados esperan en el arcén.",
        56.5,
    ),
    (
        "es-cruceros-record-almirante",
        "El puerto de Almirante bate su récord de cruceristas",
        "Con la llegada de tres barcos el martes, el puerto ha superado el millón de pasajeros de "
        "crucero en un año por primera vez.",
        35.0,
    ),
    (
        "es-cruceros-record-almirante",
        "Récord de cruceristas en Almirante",
        "Ya son más de un millón de pasajeros en lo que va de año.",
        36.0,
    ),
    (
        "es-lesion-delantero-soria",
        "Rotura de ligamentos para el delantero Álex Soria",
        "El atacante del Deportivo Tordesal estará entre seis y ocho meses de baja tras "
        "lesionarse en el entrenamiento del martes.",
        37.0,
    ),
    (
        "es-lesion-delantero-soria",
        "Álex Soria se rompe la rodilla",
        "Baja de hasta ocho meses.",
        37.3,
    ),
    (
        "es-lesion-delantero-soria",
        "Soria, operado con éxito",
        "El delantero pasó el miércoles por el quirófano y comenzará la recuperación la próxima "
        "semana.",
        59.0,
    ),
    (
        "es-alta-velocidad-averia-sierra",
        "Una avería en la catenaria para los trenes de alta velocidad hacia el sur",
        "Miles de viajeros sufrieron retrasos de hasta tres horas el jueves por la mañana en la "
        "línea de alta velocidad.",
        80.0,
    ),
    (
        "es-alta-velocidad-averia-sierra",
        "Retrasos de tres horas en la alta velocidad",
        "La catenaria se averió a primera hora y los trenes se quedaron parados.",
        80.5,
    ),
    (
        "es-festival-luces-tordesal",
        "Tordesal enciende su festival de luces con 50.000 visitantes",
        "El casco antiguo se llenó el sábado para ver las proyecciones en la catedral, que "
        "durarán hasta Reyes.",
        140.0,
    ),
    (
        "es-tordesal-nuevo-entrenador",
        "El Deportivo Tordesal ficha a Julián Oramas como entrenador",
        "El técnico canario firma hasta el final de la temporada con el objetivo de sacar al "
        "equipo de la zona de descenso.",
        109.0,
    ),
    (
        "es-tordesal-nuevo-entrenador",
        "Oramas, nuevo entrenador del Tordesal",
        "Firma con el club hasta junio.",
        109.5,
    ),
    (
        "es-clasico-almedon-tordesal",
        "El Almedón gana el clásico ante el Tordesal",
        "Un gol de cabeza en el minuto 88 decide el partido.",
        163.0,
    ),
    (
        "es-clasico-almedon-tordesal",
        "Almedón 2-1 Tordesal: el clásico se decide en el último suspiro",
        "Ibarra, que quiere irse del club, fue pitado por parte de su afición pese a parar un "
        "penalti, y el Almedón ganó con un cabezazo en el minuto 88.",
        163.7,
    ),
    # --- Italian ---
    (
        "it-derby-castellaro",
        "Il derby di Castellaro finisce 1-1",
        "Allo stadio Bellaria pari tra Castellaro e Virtus Nembro.",
        161.0,
    ),
    (
        "it-derby-castellaro",
        "Castellaro-Virtus Nembro 1-1, il derby resta in equilibrio",
        "Al vantaggio di Ferri per i padroni di casa ha risposto Ghidoni dieci minuti dopo, "
        "davanti a 26.000 spettatori allo stadio Bellaria.",
        161.6,
    ),
    (
        "it-derby-castellaro",
        "Ferri: «Un derby così non si può pareggiare»",
        "L'attaccante del Castellaro ha detto che la squadra ha sprecato troppo nel secondo "
        "tempo, con due pali.",
        164.0,
    ),
    (
        "it-derby-castellaro/incendio",
        "Incendio allo stadio Bellaria dopo il derby",
        "Nella tarda serata di domenica un rogo è divampato in un magazzino sotto la tribuna est "
        "dello stadio, ore dopo la fine della partita.",
        166.0,
    ),
    (
        "it-derby-castellaro/incendio",
        "Fiamme al Bellaria, nessun ferito",
        "I vigili del fuoco hanno spento il rogo in un'ora.",
        166.9,
    ),
    (
        "it-val-cerana-apertura",
        "Val Cerana apre gli impianti",
        "Al via la stagione dello sci: aperte 30 piste e 12 impianti della valle.",
        152.5,
    ),
    (
        "it-val-cerana-apertura",
        "Neve e sole, la Val Cerana inaugura la stagione",
        "Le code alle casse sono iniziate all'alba: domenica il comprensorio ha aperto 30 piste e "
        "12 impianti grazie alle nevicate degli ultimi giorni.",
        153.0,
    ),
    (
        "it-val-cerana-apertura/seggiovia",
        "Seggiovia bloccata in Val Cerana, sciatori evacuati",
        "Un guasto elettrico ha fermato nel pomeriggio di domenica la seggiovia sul Monte Lago: "
        "80 persone sono state calate a terra dal soccorso alpino.",
        158.0,
    ),
    (
        "it-val-cerana-apertura/seggiovia",
        "Evacuati gli 80 sciatori della seggiovia del Monte Lago",
        "Tre ore sospesi al freddo, nessun ferito.",
        160.5,
    ),
    (
        "it-traghetto-varra-nuovo",
        "Il nuovo traghetto per l'isola di Varra entra in servizio",
        "La Città di Porto Sireno, nave da 700 passeggeri, ha compiuto martedì la prima "
        "traversata tra Porto Sireno e l'isola di Varra.",
        34.0,
    ),
    (
        "it-traghetto-varra-nuovo",
        "Prima corsa per la Città di Porto Sireno",
        "Il nuovo traghetto collega Varra al continente.",
        34.6,
    ),
    (
        "it-traghetto-varra-nuovo/incaglio",
        "Traghetto incagliato all'ingresso del porto di Varra",
        "Il vecchio traghetto Marettimo si è incagliato venerdì mattina su una secca con 90 "
        "passeggeri a bordo, fatti scendere con le motovedette.",
        103.0,
    ),
    (
        "it-traghetto-varra-nuovo/incaglio",
        "Si incaglia il Marettimo, passeggeri salvi",
        "Indagine della capitaneria sulle cause.",
        104.0,
    ),
    (
        "it-traghetto-varra-nuovo/incaglio",
        "Varra, il Marettimo liberato con l'alta marea",
        "Il traghetto è stato rimorchiato in porto nel pomeriggio; la linea resta servita dalla "
        "nuova nave.",
        111.0,
    ),
    (
        "it-esonero-pellegrini",
        "Esonerato l'allenatore della Virtus Nembro",
        "Dopo tre sconfitte di fila la società ha sollevato dall'incarico Marco Pellegrini.",
        36.0,
    ),
    (
        "it-esonero-pellegrini",
        "Virtus Nembro, via Pellegrini",
        "Fatale la sconfitta di domenica.",
        36.4,
    ),
    (
        "it-esonero-pellegrini",
        "Nembro, in panchina arriva Sergio Alberti",
        "L'ex tecnico della primavera guiderà la squadra fino a fine stagione, ha annunciato il "
        "presidente in serata.",
        44.0,
    ),
    (
        "it-allerta-valsorda",
        "Allerta rossa in Valsorda per la pioggia",
        "Scuole chiuse e fiumi sorvegliati in tutta la valle.",
        30.0,
    ),
    (
        "it-allerta-valsorda",
        "Maltempo, esondano due torrenti in Valsorda",
        "Strade allagate, famiglie evacuate e scuole chiuse martedì in Valsorda dopo 200 "
        "millimetri di pioggia caduti in meno di un giorno.",
        32.0,
    ),
    (
        "it-allerta-valsorda",
        "Valsorda, rientrano a casa le famiglie evacuate",
        "Il livello dei torrenti è sceso nella notte e l'allerta è stata abbassata a gialla "
        "mercoledì mattina.",
        56.0,
    ),
    (
        "it-infortunio-ghidoni",
        "Lesione muscolare per Ghidoni, out un mese",
        "Gli esami hanno confermato uno stiramento alla coscia per l'attaccante della Virtus "
        "Nembro.",
        62.0,
    ),
    (
        "it-infortunio-ghidoni",
        "Ghidoni ko, salta le prossime partite",
        "Un mese di stop per la punta.",
        62.7,
    ),
    (
        "it-frana-statale-cerana",
        "Frana sulla statale per la Val Cerana",
        "Massi sulla carreggiata: la strada verso le piste è chiusa in entrambi i sensi di marcia "
        "dopo le piogge.",
        81.0,
    ),
    (
        "it-frana-statale-cerana",
        "Statale chiusa per frana, disagi per gli sciatori",
        "Riapertura prevista non prima di sabato.",
        82.0,
    ),
    (
        "it-mercatini-record-san-vitale",
        "Mercatini di Natale, record di visitatori a San Vitale",
        "Oltre 70.000 persone in città sabato, treni straordinari e parcheggi pieni già a metà "
        "mattina.",
        138.0,
    ),
    (
        "it-mercatini-record-san-vitale",
        "San Vitale presa d'assalto per i mercatini",
        "Settantamila visitatori in un solo giorno.",
        139.5,
    ),
    (
        "it-pallavolo-coppa",
        "La Pallavolo Castellaro vince la Supercoppa",
        "Le ragazze di coach Neri hanno battuto 3-1 le campionesse in carica nella finale di "
        "venerdì sera.",
        117.0,
    ),
    # --- Portuguese ---
    (
        "pt-goleiro-tavares-recorde",
        "Goleiro Tavares bate recorde do campeonato",
        "O camisa 1 do Ribeirense chega a 11 jogos sem sofrer gols.",
        70.0,
    ),
    (
        "pt-goleiro-tavares-recorde",
        "Tavares faz história e supera recorde de jogos sem levar gol",
        "O goleiro Lucas Tavares, do Atlético Ribeirense, manteve a meta invicta pela 11.ª "
        "partida seguida na quarta-feira e superou a marca que durava desde 1978.",
        70.6,
    ),
    (
        "pt-goleiro-tavares-recorde/saida",
        "Tavares pede para deixar o Ribeirense",
        "O goleiro comunicou à diretoria que quer sair na próxima janela depois de as conversas "
        "sobre a renovação do contrato terem fracassado.",
        133.0,
    ),
    (
        "pt-goleiro-tavares-recorde/saida",
        "Goleiro recordista quer sair do Ribeirense",
        "Clube diz que só vende pela multa.",
        133.7,
    ),
    (
        "pt-rodovia-serra-azul-fila",
        "Rodovia Serra Azul tem fila recorde rumo ao litoral",
        "São 35 quilômetros de lentidão na descida da serra neste sábado.",
        128.0,
    ),
    (
        "pt-rodovia-serra-azul-fila",
        "Calor leva multidão ao litoral e trava a Rodovia Serra Azul",
        "Com a previsão de 38 graus, milhares de motoristas desceram a serra na manhã de sábado e "
        "formaram a maior fila do ano na rodovia, segundo a concessionária.",
        128.8,
    ),
    (
        "pt-rodovia-serra-azul-fila/onibus",
        "Ônibus tomba na Rodovia Serra Azul e deixa 15 feridos",
        "O veículo, que levava turistas para a praia, saiu da pista numa curva da descida da "
        "serra na tarde de sábado.",
        135.0,
    ),
    (
        "pt-rodovia-serra-azul-fila/onibus",
        "Acidente com ônibus de turistas na Serra Azul",
        "Quinze feridos, três em estado grave.",
        135.7,
    ),
    (
        "pt-rodovia-serra-azul-fila/onibus",
        "Motorista do ônibus tombado diz que os freios falharam",
        "Em depoimento à polícia, ele afirmou que o veículo perdeu os freios na descida; a "
        "empresa nega problemas de manutenção.",
        144.0,
    ),
    (
        "pt-onda-calor-recorde",
        "Capital registra 41 graus, a maior temperatura da história",
        "O recorde anterior, de 39,8 graus, era de 2019.",
        14.0,
    ),
    (
        "pt-onda-calor-recorde",
        "Onda de calor bate recorde e lota hospitais na capital",
        "Os termômetros marcaram 41 graus na tarde de segunda-feira e as unidades de saúde "
        "registraram o dobro de atendimentos por desidratação.",
        15.0,
    ),
    (
        "pt-onda-calor-recorde",
        "Calor continua e governo abre pontos de hidratação nas praças",
        "A prefeitura instalou 40 tendas com água e sombra na terça-feira, quando a temperatura "
        "voltou a passar dos 40 graus.",
        34.0,
    ),
    (
        "pt-temporal-alagamentos",
        "Temporal alaga ruas e derruba árvores no fim da tarde",
        "A chuva forte depois do calor causou estragos em vários bairros.",
        42.0,
    ),
    (
        "pt-temporal-alagamentos",
        "Chuva de granizo e ventos de 90 km/h deixam bairros sem luz",
        "O temporal de terça-feira derrubou 120 árvores, alagou avenidas e deixou 80 mil imóveis "
        "sem energia durante a noite.",
        43.0,
    ),
    (
        "pt-temporal-alagamentos",
        "Energia volta a quase todos os imóveis após o temporal",
        "A distribuidora afirmou na quarta-feira que restavam apenas 3 mil clientes sem luz.",
        59.0,
    ),
    (
        "pt-transferencia-mendes",
        "Atacante Rafael Mendes é vendido para a Europa",
        "O Ribeirense aceitou uma proposta de 15 milhões de euros de um clube espanhol pelo "
        "jogador de 20 anos.",
        60.0,
    ),
    (
        "pt-transferencia-mendes",
        "Mendes de saída do Ribeirense",
        "O clube vai receber 15 milhões de euros pelo jogador.",
        60.5,
    ),
    (
        "pt-aeroporto-atrasos-tempestade",
        "Tempestade fecha aeroporto por duas horas e atrasa 60 voos",
        "Raios e ventos fortes obrigaram a suspensão de pousos e decolagens no fim da tarde de "
        "quinta-feira.",
        91.0,
    ),
    (
        "pt-aeroporto-atrasos-tempestade",
        "Voos atrasados após a tempestade no aeroporto",
        "Os pousos ficaram suspensos por duas horas.",
        91.6,
    ),
    (
        "pt-festival-verao-praia",
        "Festival de verão abre com 100 mil pessoas na praia",
        "O primeiro dia do festival teve shows até a madrugada e reforço no transporte público "
        "para o público voltar para casa.",
        116.0,
    ),
    (
        "pt-festival-verao-praia",
        "Cem mil na abertura do festival de verão",
        "Metrô funcionou durante toda a noite.",
        117.5,
    ),
    (
        "pt-afogamentos-fim-de-semana",
        "Bombeiros registram 9 afogamentos no litoral no domingo",
        "A corporação pede cuidado com as correntes e com o consumo de álcool na praia.",
        162.0,
    ),
    (
        "pt-afogamentos-fim-de-semana",
        "Nove mortes por afogamento no domingo de calor",
        "Com o litoral lotado, os salva-vidas fizeram mais de 300 resgates, e nove pessoas "
        "morreram em praias sem vigilância.",
        163.0,
    ),
    (
        "pt-afogamentos-fim-de-semana",
        "Afogamentos: maioria das vítimas nadava em área sem salva-vidas",
        "O balanço dos bombeiros mostra que sete dos nove casos ocorreram longe dos postos de "
        "vigilância.",
        167.0,
    ),
    (
        "pt-balsa-travessia-filas",
        "Filas de cinco horas na travessia da balsa para a ilha",
        "O movimento do fim de semana de calor fez a espera para embarcar os carros chegar a "
        "cinco horas no sábado.",
        130.0,
    ),
    (
        "pt-balsa-travessia-filas",
        "Balsa para a ilha tem espera de cinco horas",
        "Concessionária colocou mais uma embarcação.",
        131.0,
    ),
    (
        "pt-corrida-rua-calor",
        "Corrida de rua é encurtada por causa do calor",
        "A organização reduziu a prova de 15 para 10 quilômetros e antecipou a largada em uma "
        "hora, com os termômetros em 32 graus às sete da manhã.",
        153.0,
    ),
    # --- Dutch ---
    (
        "nl-winterloop-lemmerveen",
        "Winterloop Lemmerveen gewonnen door Sanne Dijkhuis",
        "De atlete uit Zwolle liep de halve marathon in 1.11.40.",
        132.0,
    ),
    (
        "nl-winterloop-lemmerveen",
        "Dijkhuis wint Winterloop Lemmerveen in parcoursrecord",
        "Ondanks de harde wind liep Sanne Dijkhuis zaterdag de halve marathon door de binnenstad "
        "van Lemmerveen in een recordtijd, voor ruim 7.000 lopers.",
        132.6,
    ),
    (
        "nl-winterloop-lemmerveen/tram",
        "Tram ontspoort in centrum van Lemmerveen",
        "Zaterdagavond is een tram van lijn 2 bij het station uit de rails gelopen; twee "
        "passagiers raakten lichtgewond.",
        138.5,
    ),
    (
        "nl-winterloop-lemmerveen/tram",
        "Tramlijn 2 in Lemmerveen plat na ontsporing",
        "Tot zondagmiddag rijden er bussen.",
        139.5,
    ),
    (
        "nl-eelderhorst-storm",
        "Storm legt vliegveld Eelderhorst stil",
        "Door windstoten tot 120 kilometer per uur zijn maandagochtend alle vluchten van en naar "
        "Eelderhorst geschrapt of uitgeweken.",
        9.0,
    ),
    (
        "nl-eelderhorst-storm",
        "Geen vluchten op Eelderhorst door storm",
        "Reizigers moeten hun vlucht controleren.",
        9.5,
    ),
    (
        "nl-eelderhorst-storm",
        "Eelderhorst weer open, nog lange rijen bij de balies",
        "Na de middag vertrokken de eerste toestellen weer, maar honderden reizigers moesten "
        "omboeken.",
        15.0,
    ),
    (
        "nl-eelderhorst-storm/bagage",
        "Bagagesysteem op Eelderhorst ligt eruit",
        "Door een storing in de software van de bagageband bleven vrijdagochtend honderden "
        "koffers achter op het vliegveld.",
        103.0,
    ),
    (
        "nl-eelderhorst-storm/bagage",
        "Koffers blijven staan op Eelderhorst",
        "Storing aan bagageband treft vroege vluchten.",
        104.2,
    ),
    (
        "nl-veerboot-schiermoor-nieuw",
        "Nieuwe veerboot naar Schiermoor in de vaart",
        "De Vlieree, een elektrische boot voor 500 passagiers, maakte dinsdag haar eerste "
        "overtocht naar Schiermoor.",
        35.0,
    ),
    (
        "nl-veerboot-schiermoor-nieuw",
        "Vlieree vaart voor het eerst naar Schiermoor",
        "Eilanders blij met stillere en schonere boot.",
        35.8,
    ),
    (
        "nl-veerboot-schiermoor-nieuw",
        "Eerste dag Vlieree: boot ruim op tijd",
        "De rederij zegt dat de nieuwe boot de overtocht tien minuten sneller maakt dan het oude "
        "schip.",
        41.0,
    ),
    (
        "nl-veerboot-schiermoor-nieuw/vastgelopen",
        "Veerboot loopt vast op zandbank bij Schiermoor",
        "De oude veerboot Amelstroom zit sinds vrijdagochtend vast in het vaarwater naar "
        "Schiermoor met 200 passagiers aan boord.",
        105.0,
    ),
    (
        "nl-veerboot-schiermoor-nieuw/vastgelopen",
        "Passagiers Amelstroom na uren van boord",
        "Sleepboten trekken de boot bij hoogwater los.",
        108.0,
    ),
    (
        "nl-trainer-ontslag-dalwolde",
        "FC Dalwolde zet trainer Verbeek op straat",
        "Na vijf nederlagen op rij heeft de club maandag afscheid genomen van Henk Verbeek, die "
        "sinds de zomer trainer was.",
        13.0,
    ),
    (
        "nl-trainer-ontslag-dalwolde",
        "Verbeek weg bij Dalwolde",
        "Club na vijf nederlagen op rij zonder trainer.",
        13.5,
    ),
    (
        "nl-trainer-ontslag-dalwolde",
        "Dalwolde: assistent neemt het stokje over",
        "Tot de winterstop staat assistent Joris Kamp voor de groep, meldt de club.",
        19.0,
    ),
    (
        "nl-ijzel-noorden-woensdag",
        "Code oranje: ijzel verwacht in de noordelijke provincies",
        "Het weerinstituut waarschuwt voor spekgladde wegen woensdag.",
        53.0,
    ),
    (
        "nl-ijzel-noorden-woensdag",
        "IJzel: honderden automobilisten en fietsers onderuit in het noorden",
        "Door onderkoelde regen gleden woensdagochtend honderden automobilisten en fietsers uit, "
        "en veel scholen bleven dicht.",
        56.0,
    ),
    (
        "nl-ijzel-noorden-woensdag",
        "Na de ijzel: ziekenhuizen vol met botbreuken",
        "Op de spoedeisende hulp in het noorden kwamen woensdag drie keer zoveel mensen binnen "
        "als normaal.",
        67.0,
    ),
    (
        "nl-schaatser-hoekstra-wereldbeker",
        "Hoekstra wint wereldbeker op de 1500 meter",
        "De Friezin was zondag de snelste in een sterk veld.",
        159.0,
    ),
    (
        "nl-schaatser-hoekstra-wereldbeker",
        "Eerste wereldbekerzege voor schaatsster Lotte Hoekstra",
        "Lotte Hoekstra won zondag de 1500 meter met een voorsprong van drie tienden op de "
        "regerend kampioene.",
        159.5,
    ),
    (
        "nl-transfer-dalwolde-aanvaller",
        "Dalwolde haalt aanvaller Bakker terug",
        "De spits komt in januari over van een Belgische club en tekent voor tweeënhalf jaar.",
        84.0,
    ),
    (
        "nl-transfer-dalwolde-aanvaller",
        "Bakker keert terug bij Dalwolde",
        "Contract tot medio 2029.",
        85.0,
    ),
    (
        "nl-treinstoring-knooppunt",
        "Grote treinstoring rond knooppunt Amersveld",
        "Door een defecte wissel rijden vrijdagmiddag geen treinen tussen Amersveld en het "
        "noorden, juist in de spits.",
        112.0,
    ),
    (
        "nl-treinstoring-knooppunt",
        "Geen treinen via Amersveld door wisselstoring",
        "Reizigers moeten uren omrijden.",
        112.5,
    ),
    (
        "nl-kerstmarkt-drukte",
        "Kerstmarkt in Valkenburcht te druk, toegang gesloten",
        "De gemeente sloot zaterdagmiddag tijdelijk de ingangen van de markt omdat het in de "
        "straten van de binnenstad te vol werd.",
        134.0,
    ),
    (
        "nl-natuurijs-toertocht",
        "Eerste natuurijstocht van de winter gaat zaterdag door",
        "De ijsvereniging in Oudmeerwoude keurde vrijdag het ijs: tien centimeter, genoeg voor "
        "een toertocht van veertig kilometer.",
        110.0,
    ),
    (
        "nl-natuurijs-toertocht",
        "Zaterdag schaatsen op natuurijs in Oudmeerwoude",
        "Toertocht van veertig kilometer gaat door.",
        110.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a league match and a separate fire at the same stadium hours after the final whistle": (
        "en-millgate-derby/stand-fire",
        "de-rottal-wendenau-remis/brand",
        "it-derby-castellaro/incendio",
    ),
    "a city's road race and a separate tram derailment in the same city that evening": (
        "fr-marathon-castelbrune/tramway",
        "nl-winterloop-lemmerveen/tram",
        "ru-polumarafon-zarechinsk/tramvai",
    ),
    "a ski resort's season opening and a chairlift breakdown at the same resort that afternoon": (
        "es-valdecierzo-apertura/telesilla",
        "it-val-cerana-apertura/seggiovia",
        "ru-belaya-krucha-sezon/podemnik",
    ),
    "a goalkeeper's clean-sheet record and the same goalkeeper's request to leave days later": (
        "en-keeper-orrin-record/transfer-request",
        "es-portero-ibarra-record/traspaso",
        "pt-goleiro-tavares-recorde/saida",
    ),
    "a storm closing an airport and a baggage-system breakdown at the same airport days later": (
        "en-stansby-airport-ice-storm/baggage",
        "de-flughafen-horstwalde-sturm/gepaeck",
        "nl-eelderhorst-storm/bagage",
    ),
    "a new ferry's first crossing and an older ferry aground on the same route days later": (
        "fr-ferry-orvel-nouveau/echouement",
        "it-traghetto-varra-nuovo/incaglio",
        "nl-veerboot-schiermoor-nieuw/vastgelopen",
    ),
    "a jockey's big-race win and the same jockey's riding ban over another race days later": (
        "en-jockey-fenwick-cup/whip-ban",
        "fr-jockey-duvernay-marsange/suspension",
        "ru-zhokei-vetlugin-priz/diskvalifikaciya",
    ),
    "a record holiday jam on a motorway and a coach crash on the same road hours later": (
        "de-a97-rekordstau/reisebus",
        "es-autovia-cierzo-atasco/autobus",
        "pt-rodovia-serra-azul-fila/onibus",
    ),
}
