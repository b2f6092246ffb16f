"""A twelfth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 11: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Tuesday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours
apart (a flash or live-blog entry first, fuller copies 0.5 to 6 hours later), a follow-up 12 to
40 hours after the first copy (the arrest after the crash, the clean-up after the storm, the
fire declared out, the loser's reaction to the result). A hard negative sits as far from its
story as the two events really were: a second crash on the same motorway or road 7 to 12 hours
after the first; one minister's second announcement 24, 50 or 72 hours after the first; another
union's strike in the same city 4 to 36 hours after the first; a profit warning and the chief
executive's resignation 2 to 6 days later (50, 71 and 144 hours); one club's league match and
its cup tie 3 to 4 days apart (75 to 101 hours); a storm and the river floods in another region
2 to 3 days later (48 to 72 hours); two wildfires in one country 1.5 to 4 hours apart; an
election poll and the result 6.5 to 8 days later. The bench scores the set in time order, once:
`python -m bench.stories --round12`.

Items with one story label are one event as different outlets in one language would carry it:
a wire flash ("FT: ...", "EN DIRECT - ...", "LIVE: ..."), a local paper, a business page, a
quote-led or human-angle piece, an analysis or comment, a next-day follow-up that repeats the
background. Copies share what real coverage shares (a place, a name, the key number, the event
noun), in their own words: numbers change format (£2.3bn / £2.3 billion, 23% / 23 per cent,
40,000 / 40k, 400 millions d'euros / 400 M€, 1.200 / 1200, 8.000 / 8 mil, 18 Prozent / 18 %),
names change form (full name, surname, title), and most stories have a teaser copy whose lead
is under 80 characters.

What "same story" means here, as in rounds 9 to 11: one event (one crash, one announcement, one
strike, one profit warning, one resignation, one match, one storm, one flood, one wildfire, one
poll, one election result, one rescue) in that event's news cycle, including a next-day
follow-up. Not the same story: another event of the same kind or with the same actor, even on
the same road, in the same city, firm, club or country (the van crash hours after the coach
crash on the M47, the minister's pothole fund after her rail plan, the nurses' strike vote
beside the bus drivers' strike, the chief executive's resignation days after the profit
warning, the cup tie after the league match, the second wildfire that afternoon). A storm and
the river floods it feeds days later in another region are two stories: the flood is its own
event (another place, another day, its own evacuations and its own follow-ups), though its
copies name the storm as background; the storm's own clean-up and power cuts a day later are
the storm's story. An election poll and the election's result are two stories. The second
event often names the first as background; it is still another story. A label with a suffix
after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). The twelve stories told by one outlet sit next to a paired story's place,
firm or club (Haddleton's footbridge, Fenwick's Lydbrook homes, Kedrovsk's park, Eichstädt's
floodlights, Harlinge's pitch, Porto Esmeril's hospital): they can only be merged falsely. The
Port Selby lifeboat rescue happens the day after Storm Idris in the town the storm's live blog
names, but the trawler's engine failed: another story. No story has more than four copies, and
every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties and unions are invented here; real bodies appear only as
backdrop (the Damrak, the Proteção Civil, the Polizia stradale, the second Liga).

Written by an author who read neither the merging code, its rules and lexicon, the merging docs'
findings, nor the items of rounds 8 to 11 (round 11 was read for its format and one item, the
docstrings of rounds 10 and 11), and never run through the merging code before its one scoring
run (`python -m bench.stories --round12`). Once its errors have been read it is no longer a
clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-crash-m47",
        "Eleven hurt as lorry hits coach on M47 near Haddleton",
        "A lorry ploughed into the back of a coach carrying a works party on the southbound M47 "
        "near Haddleton at 4.40am; eleven people were taken to hospital and the road was shut "
        "for five hours.",
        5.0,
    ),
    (
        "en-crash-m47",
        "M47 closed after coach crash",
        "Eleven injured in lorry-coach smash on the M47 at Haddleton.",
        5.2,
    ),
    (
        "en-crash-m47",
        "'It was like a bomb went off': coach passengers recall M47 crash",
        "Passengers on the coach hit by a lorry near Haddleton described being thrown from "
        "their seats; two of the 11 injured remain in a serious condition.",
        7.5,
    ),
    (
        "en-crash-m47",
        "Lorry driver arrested after M47 Haddleton coach collision",
        "Police said a 52-year-old man from Wexby was held on suspicion of dangerous driving "
        "after Tuesday's crash on the M47 that left 11 people injured.",
        20.0,
    ),
    (
        "en-crash-m47/van",
        "Man dies as van overturns on M47 at junction 14",
        "A van driver died when his vehicle left the northbound M47 near Kessock junction 14 "
        "late on Tuesday morning, hours after a separate coach crash further south.",
        12.5,
    ),
    (
        "en-crash-m47/van",
        "Fatal crash: M47 northbound shut at Kessock",
        "One man has died after a van overturned near Kessock.",
        13.4,
    ),
    (
        "en-crash-m47/van",
        "Tributes paid to father of three killed in M47 van crash",
        "The family of Ryan Mercer, 34, from Kessock, said he was a devoted dad; he died when "
        "his van overturned on the M47 on Tuesday.",
        28.0,
    ),
    (
        "en-minister-halloran",
        "Halloran unveils £2.3bn plan to electrify northern rail lines",
        "Transport Secretary Maeve Halloran said on Wednesday that £2.3bn would be spent "
        "electrifying the lines between Corbridge and Askern by 2031.",
        30.0,
    ),
    (
        "en-minister-halloran",
        "£2.3 billion for rail electrification",
        "Maeve Halloran confirms the Corbridge–Askern wires will go up.",
        30.4,
    ),
    (
        "en-minister-halloran",
        "Rail electrification pledge: what the £2.3 billion will and won't buy",
        "Analysis: the Transport Secretary's promise covers 140 miles of track, but rolling "
        "stock and the Askern depot are left for a later budget.",
        33.0,
    ),
    (
        "en-minister-halloran/potholes",
        "Halloran pledges £500m to fill a million potholes",
        "Maeve Halloran told councils on Saturday they would share a £500m fund for road "
        "repairs, three days after her rail announcement.",
        102.0,
    ),
    (
        "en-minister-halloran/potholes",
        "Councils get £500 million pothole fund",
        "The Transport Secretary says the money arrives in April.",
        103.5,
    ),
    (
        "en-minister-halloran/potholes",
        "Is £500m enough to fix England's roads? Councils doubt it",
        "Council leaders said the Transport Secretary's pothole money would cover barely a "
        "tenth of the repair backlog they face.",
        110.0,
    ),
    (
        "en-strike-brackwell",
        "Brackwell bus drivers walk out in 48-hour strike over pay",
        "Around 600 drivers at Brackwell City Buses, members of the Transit Workers' Alliance, "
        "began a 48-hour strike on Wednesday after rejecting a 4% pay offer.",
        40.0,
    ),
    (
        "en-strike-brackwell",
        "LIVE: No buses in Brackwell as drivers strike",
        "Commuters queue for taxis as the bus strike begins in Brackwell.",
        41.0,
    ),
    (
        "en-strike-brackwell",
        "'We can't live on 4 per cent': Brackwell drivers on the picket line",
        "Drivers outside the Farley Road depot said rising rents had pushed them to strike; the "
        "company said its offer was the best in the region.",
        44.0,
    ),
    (
        "en-strike-brackwell",
        "Brackwell bus strike enters second day as talks are set for Monday",
        "City Buses and the Transit Workers' Alliance agreed to meet at the conciliation "
        "service on Monday as the 48-hour walkout went into its second day.",
        64.0,
    ),
    (
        "en-strike-brackwell/nurses",
        "Brackwell nurses to strike next month over staffing",
        "Members of the Allied Nursing Union at Brackwell General Hospital voted by 81% to "
        "strike on 14 and 15 January over staffing levels on wards.",
        58.0,
    ),
    (
        "en-strike-brackwell/nurses",
        "Nurses back strike at Brackwell General",
        "81 per cent of nurses voted for two days of action in January.",
        59.2,
    ),
    (
        "en-warning-fenwick",
        "Fenwick Homes shares plunge 23% after profit warning",
        "Housebuilder Fenwick Homes said full-year profit would be about £61m, well below the "
        "£90m expected, as buyers were put off by mortgage rates.",
        8.0,
    ),
    (
        "en-warning-fenwick",
        "Fenwick Homes cuts profit outlook",
        "Housebuilder now sees £61 million, down from £90 million.",
        8.1,
    ),
    (
        "en-warning-fenwick",
        "Why Fenwick's warning spooked the whole housebuilding sector",
        "Rivals fell as much as 6 per cent after Fenwick Homes said completions would drop by a "
        "fifth this year and cut its profit forecast to £61 million.",
        10.0,
    ),
    (
        "en-warning-fenwick/ceo",
        "Fenwick Homes chief executive Graham Tolley steps down",
        "Graham Tolley has resigned as chief executive of Fenwick Homes after eleven years, the "
        "company said on Monday, six days after it cut its profit forecast.",
        152.0,
    ),
    (
        "en-warning-fenwick/ceo",
        "Tolley quits Fenwick",
        "Finance chief Anita Burrows will run the housebuilder for now.",
        152.5,
    ),
    (
        "en-warning-fenwick/ceo",
        "Investors welcome Tolley exit as Fenwick shares rise 5%",
        "Shares in Fenwick Homes rose after Graham Tolley's resignation, which one top-ten "
        "shareholder said was overdue after last week's warning.",
        154.0,
    ),
    (
        "en-match-ashby",
        "Ashby Rovers 3-1 Calder Town: Okafor double seals win",
        "Two goals from Dele Okafor after the break gave Ashby Rovers a 3-1 win over Calder "
        "Town at Mill Lane on Saturday, lifting them to fourth.",
        113.0,
    ),
    (
        "en-match-ashby",
        "FT: Ashby 3 Calder 1",
        "Okafor scores twice as Rovers come from behind.",
        113.3,
    ),
    (
        "en-match-ashby",
        "Ashby manager hails 'character' after comeback against Calder",
        "Rovers boss Lee Harte said his side showed character to recover from going a goal down "
        "to Calder Town, winning 3-1 in front of 7,412 fans.",
        115.0,
    ),
    (
        "en-match-ashby/cup",
        "Ashby Rovers knocked out of the cup by Penfold",
        "Ashby Rovers lost 2-0 at home to Penfold Athletic in the county cup third round on "
        "Tuesday night, days after beating Calder Town.",
        190.0,
    ),
    (
        "en-match-ashby/cup",
        "Cup exit for Ashby at Mill Lane",
        "Penfold win 2-0 to end Rovers' cup run.",
        190.4,
    ),
    (
        "en-match-ashby/cup",
        "Harte takes the blame for Ashby's cup defeat to Penfold",
        "The Ashby Rovers manager said he had rested too many players for the tie, which his "
        "side lost 2-0.",
        192.0,
    ),
    (
        "en-storm-idris",
        "Storm Idris: 90mph gusts leave 40,000 homes without power",
        "Storm Idris battered the coast of Marrow county overnight with gusts of up to 90mph, "
        "bringing down trees and cutting power to 40,000 homes.",
        60.0,
    ),
    (
        "en-storm-idris",
        "Idris knocks out power to 40k homes",
        "Engineers work to reconnect homes across Marrow county.",
        60.5,
    ),
    (
        "en-storm-idris",
        "Storm Idris live: ferries cancelled and Marrow sea front closed",
        "All ferries from Port Selby were cancelled and the sea front was closed as Storm Idris "
        "brought waves of eight metres.",
        63.0,
    ),
    (
        "en-storm-idris",
        "Storm Idris clean-up begins as 6,000 homes still cut off",
        "Crews in Marrow county were still restoring power to about 6,000 homes on Friday "
        "morning, a day after the storm's 90mph winds.",
        78.0,
    ),
    (
        "en-storm-idris/floods",
        "River Tain bursts its banks in Ormsby, 200 homes flooded",
        "The River Tain burst its banks in Ormsby on Sunday, flooding about 200 homes, after "
        "rain from this week's storm drained down from the hills.",
        130.0,
    ),
    (
        "en-storm-idris/floods",
        "Ormsby floods: 200 homes under water",
        "Residents evacuated as the Tain reaches a record height.",
        131.0,
    ),
    (
        "en-storm-idris/floods",
        "Ormsby flood victims ask why defences were never built",
        "A £14m flood wall for Ormsby was shelved in 2022; residents bailing out their homes on "
        "Sunday said they had warned of this for years.",
        134.0,
    ),
    (
        "en-wildfire-carnmore",
        "Wildfire tears across Carnmore moor as crews battle flames",
        "Firefighters are tackling a wildfire that has spread across three square miles of "
        "Carnmore moor, with walkers told to stay away.",
        150.0,
    ),
    (
        "en-wildfire-carnmore",
        "Carnmore moor fire: three square miles burnt",
        "Smoke can be seen twenty miles away, fire crews say.",
        150.6,
    ),
    (
        "en-wildfire-carnmore",
        "Gamekeeper describes 'wall of fire' on Carnmore moor",
        "Gamekeeper Alasdair Rennie said the flames on the moor moved faster than a man could "
        "run; crews expect to be on site for two days.",
        153.0,
    ),
    (
        "en-wildfire-carnmore",
        "Carnmore moor wildfire finally out after two days",
        "Fire crews left Carnmore moor on Tuesday evening after putting out the last of the "
        "wildfire, which burnt about 2,000 hectares of heather.",
        190.0,
    ),
    (
        "en-wildfire-carnmore/forest",
        "Second wildfire breaks out in Dalreoch forest",
        "A separate wildfire broke out in Dalreoch forest, 120 miles south of Carnmore, on "
        "Monday morning, stretching fire crews across the country.",
        154.0,
    ),
    (
        "en-wildfire-carnmore/forest",
        "Homes evacuated near Dalreoch forest fire",
        "Twelve homes have been cleared as another blaze spreads through the pines.",
        155.0,
    ),
    (
        "en-wildfire-carnmore/forest",
        "Dalreoch residents allowed home as forest blaze is contained",
        "The twelve households evacuated from the edge of Dalreoch forest returned on Monday "
        "afternoon after crews stopped the fire at the firebreak.",
        158.0,
    ),
    (
        "en-poll-westhaven",
        "Poll puts Civic Alliance six points ahead in Westhaven mayoral race",
        "Dana Orr of the Civic Alliance leads on 38% to 32% for the Progress Party's Martin "
        "Lisle, a poll of 1,004 Westhaven voters finds.",
        20.0,
    ),
    (
        "en-poll-westhaven",
        "Orr leads Lisle by 6 points",
        "New Westhaven poll nine days before the mayoral vote.",
        21.0,
    ),
    (
        "en-poll-westhaven/result",
        "Dana Orr elected mayor of Westhaven by 4,312 votes",
        "The Civic Alliance's Dana Orr won the Westhaven mayoralty in Thursday's vote with "
        "41.2% of the vote, beating Martin Lisle by 4,312 votes.",
        217.0,
    ),
    (
        "en-poll-westhaven/result",
        "Orr wins Westhaven",
        "Civic Alliance takes the mayoralty on a 34% turnout.",
        217.2,
    ),
    (
        "en-poll-westhaven/result",
        "Westhaven's new mayor promises free buses for under-18s",
        "Speaking at the count, Dana Orr said her first act would be to scrap fares for young "
        "people.",
        219.0,
    ),
    (
        "en-poll-westhaven/result",
        "How Orr won Westhaven: a closer race than the polls said",
        "The new mayor's margin of 4,312 votes was narrower than her six-point poll lead "
        "suggested, with Lisle strong in the eastern wards.",
        232.0,
    ),
    (
        "en-bridge-haddleton",
        "Haddleton footbridge reopens after repairs",
        "The Victorian footbridge over the canal in Haddleton reopened on Wednesday after eight "
        "months of repairs costing £1.1m.",
        34.0,
    ),
    (
        "en-bakery-brackwell",
        "Brackwell bakery named best in the region",
        "Crumb & Co on Brackwell High Street has won the regional bakery of the year title for "
        "its sourdough.",
        70.0,
    ),
    (
        "en-stadium-ashby",
        "Plans for new Mill Lane stand approved",
        "Councillors approved Ashby Rovers' plans for a 3,000-seat stand at Mill Lane, to open "
        "in 2028.",
        140.0,
    ),
    (
        "en-homes-fenwick",
        "Fenwick Homes submits plans for 300 homes at Lydbrook",
        "Fenwick Homes has applied to build 300 homes on farmland at Lydbrook, including 90 "
        "affordable homes and a primary school.",
        200.0,
    ),
    (
        "en-rescue-selby",
        "Lifeboat crew rescues four fishermen off Port Selby",
        "The Port Selby lifeboat was launched on Friday morning after the trawler Mary Ellen "
        "suffered engine failure three miles offshore; all four crew were brought ashore "
        "safely.",
        84.0,
    ),
    (
        "en-rescue-selby",
        "Four saved as trawler drifts off Port Selby",
        "The Mary Ellen suffered engine failure three miles out.",
        84.6,
    ),
    (
        "en-rescue-selby",
        "'We thought we were done for': Mary Ellen skipper thanks lifeboat volunteers",
        "Skipper Tom Pascoe said the volunteers reached his drifting trawler within 25 minutes.",
        87.0,
    ),
    (
        "en-museum-westhaven",
        "Westhaven maritime museum to close for two years",
        "The Westhaven maritime museum will shut in March for a £6m refurbishment, its trustees "
        "said.",
        120.0,
    ),
    # --- Russian ---
    (
        "ru-dtp-kedrovsk",
        "Под Кедровском автобус столкнулся с фурой: девять пострадавших",
        "Утром на трассе Р-404 у поворота на Кедровск рейсовый автобус врезался в грузовик; "
        "девять человек доставлены в больницу, движение перекрыто.",
        7.0,
    ),
    (
        "ru-dtp-kedrovsk",
        "ДТП с автобусом на Р-404",
        "Девять человек пострадали у Кедровска.",
        7.3,
    ),
    (
        "ru-dtp-kedrovsk",
        "Водитель фуры, в которую врезался автобус под Кедровском, задержан",
        "Следователи возбудили дело после аварии на трассе Р-404; по данным областного "
        "минздрава, двое из девяти пострадавших в тяжёлом состоянии.",
        10.0,
    ),
    (
        "ru-dtp-kedrovsk/gazel",
        "На трассе Р-404 «Газель» вылетела в кювет, погибли двое",
        "Вечером того же дня на трассе Р-404 в районе села Луговое микроавтобус съехал в кювет "
        "и перевернулся; два человека погибли.",
        18.5,
    ),
    (
        "ru-dtp-kedrovsk/gazel",
        "Вторая авария за день на Р-404",
        "Двое погибших у Лугового.",
        19.2,
    ),
    (
        "ru-zabastovka-orekhovsk",
        "Курьеры «Быстрика» в Ореховске объявили забастовку",
        "Около 300 курьеров сервиса доставки «Быстрик» в Ореховске не вышли на смены, требуя "
        "вернуть прежние тарифы за заказ.",
        44.0,
    ),
    (
        "ru-zabastovka-orekhovsk",
        "В Ореховске бастуют курьеры",
        "Три сотни курьеров требуют повысить оплату.",
        45.0,
    ),
    (
        "ru-zabastovka-orekhovsk",
        "«Нам урезали оплату вдвое»: почему курьеры Ореховска отказались работать",
        "Курьеры рассказали, что за месяц плата за заказ упала со 180 до 95 рублей; в "
        "«Быстрике» обещают пересмотреть тарифы.",
        47.0,
    ),
    (
        "ru-zabastovka-orekhovsk/taxi",
        "Таксисты Ореховска отключили приложение в знак протеста",
        "Водители такси Ореховска, объединённые в профсоюз «Свободный водитель», на сутки "
        "прекратили принимать заказы из-за новой комиссии агрегатора.",
        80.0,
    ),
    (
        "ru-zabastovka-orekhovsk/taxi",
        "Такси в Ореховске не приезжает: водители бастуют",
        "Профсоюз таксистов объявил суточную акцию.",
        81.0,
    ),
    (
        "ru-zabastovka-orekhovsk/taxi",
        "Агрегатор пообещал снизить комиссию после забастовки таксистов в Ореховске",
        "После суточной акции водителей компания заявила, что вернёт прежнюю комиссию в 15% для "
        "такси Ореховска.",
        98.0,
    ),
    (
        "ru-opros-zarechensk",
        "Опрос: Лебедев лидирует на выборах губернатора Зареченской области",
        "По данным опроса, за действующего губернатора Аркадия Лебедева готовы проголосовать "
        "41% избирателей, за его соперника Олега Сомова — 23%.",
        12.0,
    ),
    (
        "ru-opros-zarechensk",
        "Лебедев — 41%, Сомов — 23%",
        "Свежий опрос перед губернаторскими выборами.",
        13.0,
    ),
    (
        "ru-opros-zarechensk/itogi",
        "Лебедев переизбран губернатором Зареченской области с 52,7%",
        "Избирком подвёл итоги голосования: Аркадий Лебедев набрал 52,7% голосов, Олег Сомов — "
        "28,1%, явка составила 38%.",
        170.0,
    ),
    (
        "ru-opros-zarechensk/itogi",
        "Лебедев побеждает в первом туре",
        "Итоги выборов в Зареченской области.",
        170.5,
    ),
    (
        "ru-opros-zarechensk/itogi",
        "Сомов не признал поражение на выборах в Зареченской области",
        "Кандидат, набравший 28,1%, заявил о нарушениях на сорока участках и намерен обратиться "
        "в суд.",
        172.0,
    ),
    (
        "ru-park-kedrovsk",
        "В Кедровске открыли новый парк у реки",
        "На набережной Кедровска открылся парк площадью шесть гектаров с велодорожками и "
        "детскими площадками.",
        100.0,
    ),
    # --- German ---
    (
        "de-waldbrand-grellin",
        "Waldbrand bei Grellin: 40 Hektar in Flammen",
        "Im Landkreis Sandow brennt seit dem frühen Morgen ein Kiefernwald nahe Grellin; die "
        "Feuerwehr ist mit mehr als 200 Kräften im Einsatz.",
        150.0,
    ),
    (
        "de-waldbrand-grellin",
        "Großbrand im Kreis Sandow",
        "Rund 40 Hektar Wald bei Grellin stehen in Flammen.",
        150.5,
    ),
    (
        "de-waldbrand-grellin",
        "Munition im Boden erschwert Löscharbeiten bei Grellin",
        "Weil auf dem früheren Übungsplatz alte Munition liegt, können die Einsatzkräfte den "
        "Waldbrand nur aus der Ferne bekämpfen.",
        152.0,
    ),
    (
        "de-waldbrand-grellin/heide",
        "Zweiter Brand am selben Tag: Feuer in der Mossauer Heide",
        "Nur Stunden nach dem Waldbrand bei Grellin ist in der Mossauer Heide, rund 150 "
        "Kilometer entfernt, ein weiteres Feuer ausgebrochen; zwei Dörfer wurden gewarnt.",
        152.5,
    ),
    (
        "de-waldbrand-grellin/heide",
        "Heidebrand bei Mossau: Dörfer gewarnt",
        "Auch in der Mossauer Heide brennt es nun auf zwölf Hektar.",
        153.5,
    ),
    (
        "de-gewinnwarnung-hellmar",
        "Hellmar senkt Prognose – Aktie bricht um 18 Prozent ein",
        "Der Maschinenbauer Hellmar AG erwartet für das Jahr nur noch ein operatives Ergebnis "
        "von 140 Millionen Euro statt bisher 210 Millionen.",
        8.2,
    ),
    (
        "de-gewinnwarnung-hellmar",
        "Gewinnwarnung bei Hellmar",
        "Die Aktie fällt im frühen Handel um 18 %.",
        8.5,
    ),
    (
        "de-gewinnwarnung-hellmar",
        "Warum Hellmar die Prognose kappen musste",
        "Schwache Aufträge aus China und teure Rückrufe belasten den Maschinenbauer; Analysten "
        "rechnen mit einem Stellenabbau.",
        11.0,
    ),
    (
        "de-gewinnwarnung-hellmar/chef",
        "Hellmar-Chef Jürgen Wessel tritt zurück",
        "Zwei Tage nach der Gewinnwarnung verlässt Vorstandschef Jürgen Wessel die Hellmar AG; "
        "der Aufsichtsrat hat Finanzvorständin Katrin Oberle zur Interimschefin ernannt.",
        58.0,
    ),
    (
        "de-gewinnwarnung-hellmar/chef",
        "Wessel geht, Oberle übernimmt",
        "Der Führungswechsel bei Hellmar ist nun offiziell.",
        58.3,
    ),
    (
        "de-gewinnwarnung-hellmar/chef",
        "Nach dem Rücktritt von Wessel: Was Hellmar jetzt braucht",
        "Kommentar: Der Abgang des Chefs war überfällig, doch die Probleme bei Aufträgen und "
        "Rückrufen löst ein neuer Name allein nicht.",
        61.0,
    ),
    (
        "de-spiel-eichstaedt",
        "FC Eichstädt und SV Ammerfeld trennen sich 2:2",
        "Im Derby der zweiten Liga hat der FC Eichstädt am Samstag eine 2:0-Führung gegen den "
        "SV Ammerfeld noch aus der Hand gegeben.",
        113.5,
    ),
    (
        "de-spiel-eichstaedt",
        "2:2 im Derby",
        "Eichstädt verspielt die Führung gegen Ammerfeld.",
        113.9,
    ),
    (
        "de-spiel-eichstaedt",
        "Eichstädt-Trainer ärgert sich über späten Ausgleich",
        "Nach dem 2:2 gegen Ammerfeld sprach Trainer Uwe Brammer von einem „gefühlten Verlust“; "
        "der Ausgleich fiel in der 90. Minute.",
        127.0,
    ),
    (
        "de-spiel-eichstaedt/pokal",
        "Eichstädt scheidet im Pokal gegen Kelmsdorf aus",
        "Der FC Eichstädt hat am Dienstagabend im Pokal-Achtelfinale mit 1:3 gegen Borussia "
        "Kelmsdorf verloren und ist ausgeschieden.",
        189.0,
    ),
    (
        "de-spiel-eichstaedt/pokal",
        "Pokal-Aus für Eichstädt",
        "1:3 gegen Kelmsdorf im Achtelfinale.",
        189.5,
    ),
    (
        "de-stadion-eichstaedt",
        "Eichstädt bekommt neue Flutlichtanlage",
        "Der Stadtrat hat für das Stadion des FC Eichstädt eine neue Flutlichtanlage für 2,4 "
        "Millionen Euro bewilligt.",
        90.0,
    ),
    # --- French ---
    (
        "fr-ministre-dumesnil",
        "Claire Dumesnil débloque 400 millions d'euros pour les maraîchers",
        "La ministre de l'Agriculture a annoncé mercredi une enveloppe de 400 millions d'euros "
        "pour aider les maraîchers touchés par la sécheresse de l'été.",
        33.0,
    ),
    (
        "fr-ministre-dumesnil",
        "Sécheresse : 400 M€ pour les maraîchers",
        "Annonce de la ministre Dumesnil à l'issue du conseil.",
        33.3,
    ),
    (
        "fr-ministre-dumesnil",
        "Aide aux maraîchers : les syndicats jugent l'enveloppe insuffisante",
        "Pour la Fédération des producteurs, les 400 millions promis par Claire Dumesnil ne "
        "couvrent qu'un tiers des pertes de la saison.",
        36.0,
    ),
    (
        "fr-ministre-dumesnil/pesticide",
        "La ministre Dumesnil annonce l'interdiction du carbéthrine",
        "Au lendemain de son plan pour les maraîchers, Claire Dumesnil a annoncé que "
        "l'insecticide carbéthrine serait interdit dès le 1er juillet.",
        57.0,
    ),
    (
        "fr-ministre-dumesnil/pesticide",
        "Le carbéthrine interdit en juillet",
        "La ministre de l'Agriculture tranche après l'avis de l'agence.",
        58.0,
    ),
    (
        "fr-tempete-albane",
        "Tempête Albane : 60 000 foyers privés d'électricité dans le Finistrel",
        "Des rafales jusqu'à 150 km/h ont balayé la côte du Finistrel dans la nuit, arrachant "
        "des toitures et privant 60 000 foyers de courant.",
        56.0,
    ),
    (
        "fr-tempete-albane",
        "EN DIRECT - La tempête Albane frappe le Finistrel",
        "Rafales à 150 km/h et routes coupées sur le littoral.",
        56.4,
    ),
    (
        "fr-tempete-albane",
        "Après la tempête Albane, les habitants de Kerlaouen comptent les dégâts",
        "Dans ce port du Finistrel, des bateaux ont été jetés sur les quais et la digue est "
        "fissurée ; le maire demande l'état de catastrophe naturelle.",
        59.0,
    ),
    (
        "fr-tempete-albane/crue",
        "Crue de la Vauclère : 300 habitants évacués",
        "Trois jours après le passage de la tempête, la Vauclère est sortie de son lit dans "
        "l'intérieur du pays, inondant les quartiers bas de Saint-Aubrac.",
        128.0,
    ),
    (
        "fr-tempete-albane/crue",
        "La Vauclère déborde à Saint-Aubrac",
        "Vigilance rouge crues sur la vallée de la Vauclère.",
        129.0,
    ),
    (
        "fr-tempete-albane/crue",
        "Inondations à Saint-Aubrac : « l'eau est montée en une heure »",
        "Les sinistrés de la rue des Tanneurs racontent la montée de la Vauclère, qui a atteint "
        "4,20 mètres, un record depuis 1982.",
        132.0,
    ),
    (
        "fr-port-kerlaouen",
        "Kerlaouen inaugure sa nouvelle criée",
        "La nouvelle halle à marée du port de Kerlaouen a ouvert ses portes après deux ans de "
        "travaux.",
        140.0,
    ),
    # --- Spanish ---
    (
        "es-incendio-almoran",
        "Un incendio forestal arrasa 300 hectáreas en la sierra de Almorán",
        "El fuego, declarado a mediodía en la sierra de Almorán, en la provincia de Valdeluz, "
        "ha obligado a desalojar una urbanización y sigue sin control.",
        156.0,
    ),
    (
        "es-incendio-almoran",
        "Incendio en Almorán: 300 hectáreas",
        "Desalojada la urbanización Los Pinares por las llamas.",
        156.4,
    ),
    (
        "es-incendio-almoran",
        "Los vecinos de Los Pinares pasan la noche en el polideportivo",
        "Un centenar de desalojados por el incendio de la sierra de Almorán duermen en el "
        "pabellón municipal mientras los medios aéreos esperan al amanecer.",
        159.0,
    ),
    (
        "es-incendio-almoran",
        "Estabilizado el incendio de Almorán tras quemar 412 hectáreas",
        "Los bomberos de Valdeluz dan por estabilizado el fuego, que calcinó 412 hectáreas de "
        "pinar; los vecinos desalojados ya han vuelto a casa.",
        173.0,
    ),
    (
        "es-incendio-almoran/monteluna",
        "Otro incendio obliga a cortar la autovía en Monteluna",
        "Un segundo fuego declarado por la tarde en Monteluna, en otra provincia, ha obligado a "
        "cortar la autovía y a desalojar una granja.",
        157.5,
    ),
    (
        "es-incendio-almoran/monteluna",
        "Segundo incendio del día, ahora en Monteluna",
        "Cortada la autovía por el humo del fuego de Monteluna.",
        158.5,
    ),
    (
        "es-huelga-alcoran",
        "Huelga de maquinistas paraliza el metro de Alcorán",
        "Los maquinistas del metro de Alcorán, convocados por el Sindicato Ferroviario Unido, "
        "secundan la huelga y solo circulan los servicios mínimos del 30%.",
        36.0,
    ),
    (
        "es-huelga-alcoran",
        "Metro de Alcorán: servicios mínimos del 30 %",
        "Primer día de huelga de los maquinistas.",
        36.5,
    ),
    (
        "es-huelga-alcoran",
        "Andenes abarrotados y esperas de 25 minutos en el metro de Alcorán",
        "Los usuarios del metro de Alcorán esperaron hasta 25 minutos en los andenes por el "
        "paro de los maquinistas, que piden más personal.",
        39.0,
    ),
    (
        "es-huelga-alcoran/limpieza",
        "Las limpiadoras de Alcorán convocan huelga indefinida",
        "La plantilla de la contrata de limpieza viaria de Alcorán, afiliada a Comisiones "
        "Laborales, irá a la huelga indefinida desde el lunes por el convenio.",
        40.0,
    ),
    (
        "es-huelga-alcoran/limpieza",
        "Huelga indefinida de la limpieza en Alcorán",
        "La basura puede acumularse en las calles desde el lunes.",
        41.0,
    ),
    (
        "es-huelga-alcoran/limpieza",
        "Sin acuerdo en la mediación: la huelga de la limpieza sigue en pie",
        "La empresa y Comisiones Laborales no lograron un acuerdo en la reunión de este jueves, "
        "por lo que la huelga indefinida de la limpieza de Alcorán arrancará el lunes.",
        62.0,
    ),
    (
        "es-metro-alcoran",
        "El metro de Alcorán tendrá una nueva línea hasta el aeropuerto",
        "El ayuntamiento ha aprobado el proyecto de la línea 4, que unirá el centro con el "
        "aeropuerto en 2030.",
        190.0,
    ),
    # --- Italian ---
    (
        "it-incidente-valdora",
        "Tamponamento sull'autostrada dei Colli, sei feriti tra Valdora e Serralta",
        "Quattro auto e un furgone coinvolti stamattina nel tamponamento sulla carreggiata nord "
        "dell'autostrada dei Colli; sei i feriti, uno è grave.",
        7.0,
    ),
    (
        "it-incidente-valdora",
        "Incidente tra Valdora e Serralta: 6 feriti",
        "Code di dieci chilometri sull'autostrada dei Colli.",
        7.3,
    ),
    (
        "it-incidente-valdora",
        "Maxi tamponamento, la nebbia all'origine dello schianto",
        "Secondo la Polizia stradale, la nebbia fitta nel tratto tra Valdora e Serralta ha "
        "causato il tamponamento a catena che ha ferito sei persone.",
        10.0,
    ),
    (
        "it-incidente-valdora/camion",
        "Camion in fiamme sull'autostrada dei Colli, tratto chiuso",
        "Nel pomeriggio un autoarticolato ha preso fuoco dopo aver urtato il guardrail vicino "
        "all'uscita di Monte Ardo; l'autista è salvo.",
        14.0,
    ),
    (
        "it-incidente-valdora/camion",
        "Tir a fuoco vicino a Monte Ardo",
        "Secondo incidente della giornata sull'autostrada dei Colli.",
        14.8,
    ),
    (
        "it-incidente-valdora/camion",
        "Riaperto il tratto di Monte Ardo dopo l'incendio del camion",
        "Dopo cinque ore di chiusura è stata riaperta la carreggiata dell'autostrada dei Colli "
        "dove un tir aveva preso fuoco nel pomeriggio.",
        19.5,
    ),
    (
        "it-sondaggio-valserena",
        "Regionali in Val Serena, il sondaggio: Rinaldi al 44%",
        "A una settimana dal voto il candidato del centrodestra Paolo Rinaldi è al 44%, la "
        "sfidante Giulia Ferrante al 39%, secondo un sondaggio per il quotidiano locale.",
        16.0,
    ),
    (
        "it-sondaggio-valserena",
        "Rinaldi avanti di cinque punti",
        "L'ultimo sondaggio prima delle regionali in Val Serena.",
        17.0,
    ),
    (
        "it-sondaggio-valserena/risultato",
        "Paolo Rinaldi è il nuovo presidente della Val Serena",
        "Con il 49,3% dei voti il candidato del centrodestra ha battuto Giulia Ferrante, ferma "
        "al 42,1%; l'affluenza è stata del 51%.",
        184.0,
    ),
    (
        "it-sondaggio-valserena/risultato",
        "Val Serena, vince Rinaldi",
        "Il centrodestra conquista la regione con il 49,3%.",
        184.4,
    ),
    (
        "it-sondaggio-valserena/risultato",
        "Ferrante: «Sconfitta netta, ora un'opposizione seria»",
        "La candidata del centrosinistra ha riconosciuto la vittoria di Rinaldi e annunciato "
        "che resterà in consiglio regionale.",
        187.0,
    ),
    (
        "it-casello-valdora",
        "Nuovo casello a Valdora, apertura a marzo",
        "Il nuovo casello autostradale di Valdora entrerà in servizio a marzo e ridurrà il "
        "traffico nel centro del paese.",
        110.0,
    ),
    # --- Portuguese ---
    (
        "pt-ministra-vasconcelos",
        "Ministra da Saúde anuncia 1.200 novos médicos de família",
        "Helena Vasconcelos anunciou esta quarta-feira a contratação de 1.200 médicos de "
        "família até ao fim do ano, para dar médico a mais 1,5 milhões de utentes.",
        34.0,
    ),
    (
        "pt-ministra-vasconcelos",
        "Mais 1200 médicos de família até dezembro",
        "Anúncio da ministra Helena Vasconcelos no parlamento.",
        34.5,
    ),
    (
        "pt-ministra-vasconcelos",
        "Sindicatos duvidam dos 1.200 médicos prometidos pela ministra",
        "Os sindicatos médicos dizem que não há especialistas suficientes no mercado para "
        "cumprir a meta anunciada por Vasconcelos.",
        37.0,
    ),
    (
        "pt-ministra-vasconcelos/urgencias",
        "Vasconcelos anuncia fecho noturno de seis urgências",
        "A ministra da Saúde anunciou que seis serviços de urgência do interior vão fechar "
        "entre a meia-noite e as oito da manhã a partir de fevereiro.",
        84.0,
    ),
    (
        "pt-ministra-vasconcelos/urgencias",
        "Seis urgências fecham à noite",
        "Autarcas do interior contestam a decisão da ministra.",
        84.5,
    ),
    (
        "pt-ministra-vasconcelos/urgencias",
        "Autarcas prometem lutar contra o fecho das urgências à noite",
        "Os presidentes de câmara das seis cidades afetadas vão pedir uma audiência à ministra "
        "da Saúde para travar o encerramento noturno.",
        87.0,
    ),
    (
        "pt-tempestade-irene",
        "Tempestade Irene deixa 8.000 casas sem luz no litoral norte",
        "Ventos de 120 km/h e ondas de sete metros atingiram a costa na madrugada; em Porto "
        "Esmeril caíram árvores e 8.000 casas ficaram sem eletricidade.",
        58.0,
    ),
    (
        "pt-tempestade-irene",
        "Irene: 8 mil casas sem luz",
        "A Proteção Civil pede cuidado na orla costeira e junto ao mar.",
        58.5,
    ),
    (
        "pt-tempestade-irene",
        "Em Porto Esmeril, pescadores perdem barcos com a tempestade",
        "A tempestade Irene destruiu doze embarcações no porto de pesca; os pescadores pedem "
        "apoio urgente à câmara municipal.",
        61.0,
    ),
    (
        "pt-tempestade-irene/cheias",
        "Cheias do rio Alvelo obrigam a retirar 150 pessoas",
        "Dois dias depois da tempestade, o rio Alvelo galgou as margens no interior sul e "
        "inundou a baixa de Vila Seca; 150 pessoas foram retiradas.",
        106.0,
    ),
    (
        "pt-tempestade-irene/cheias",
        "Alvelo inunda a baixa de Vila Seca",
        "Água chegou a um metro e meio nas ruas junto ao rio.",
        107.0,
    ),
    (
        "pt-hospital-esmeril",
        "Porto Esmeril vai ter novo hospital em 2029",
        "O governo aprovou a construção de um hospital com 200 camas em Porto Esmeril, com "
        "abertura prevista para 2029.",
        200.0,
    ),
    # --- Dutch ---
    (
        "nl-winstwaarschuwing-vanderhoek",
        "Vanderhoek Groep geeft winstwaarschuwing, aandeel keldert 15 procent",
        "De installatietechnicus verwacht voor dit jaar een bedrijfsresultaat van 96 miljoen "
        "euro, tegen eerder 130 miljoen, door vertraagde projecten.",
        9.0,
    ),
    (
        "nl-winstwaarschuwing-vanderhoek",
        "Vanderhoek verlaagt winstverwachting",
        "Aandeel daalt op het Damrak met 15%.",
        9.3,
    ),
    (
        "nl-winstwaarschuwing-vanderhoek",
        "Analisten: winstwaarschuwing Vanderhoek is pas het begin",
        "Volgens analisten zijn de problemen bij de grote projecten van Vanderhoek Groep niet "
        "in een paar maanden opgelost; zij verlagen hun koersdoel.",
        12.0,
    ),
    (
        "nl-winstwaarschuwing-vanderhoek/topman",
        "Topman Joost Verbrugge van Vanderhoek stapt op",
        "Drie dagen na de winstwaarschuwing vertrekt bestuursvoorzitter Joost Verbrugge bij "
        "Vanderhoek Groep; financieel directeur Sanne Bos neemt het tijdelijk over.",
        80.5,
    ),
    (
        "nl-winstwaarschuwing-vanderhoek/topman",
        "Verbrugge weg bij Vanderhoek",
        "Sanne Bos wordt interim-topman van het bedrijf.",
        80.8,
    ),
    (
        "nl-winstwaarschuwing-vanderhoek/topman",
        "Beleggers blij met vertrek Verbrugge: aandeel Vanderhoek 6 procent hoger",
        "Het aandeel Vanderhoek Groep steeg na het nieuws dat de topman opstapt; "
        "grootaandeelhouders hadden al op zijn vertrek aangedrongen.",
        83.0,
    ),
    (
        "nl-wedstrijd-harlinge",
        "SC Harlinge wint met 3-0 van VV Dommelen",
        "SC Harlinge heeft zaterdag in eigen huis met 3-0 gewonnen van VV Dommelen; spits Milan "
        "de Vries scoorde twee keer.",
        113.0,
    ),
    (
        "nl-wedstrijd-harlinge",
        "Harlinge te sterk voor Dommelen",
        "De Vries is met twee goals de man van de middag.",
        113.3,
    ),
    (
        "nl-wedstrijd-harlinge",
        "Trainer Harlinge na ruime zege: 'Dit was onze beste helft'",
        "Trainer Erik Smit was na de 3-0 tegen Dommelen vooral tevreden over de eerste helft "
        "van zijn ploeg.",
        115.5,
    ),
    (
        "nl-wedstrijd-harlinge/beker",
        "Harlinge na strafschoppen uit de beker",
        "SC Harlinge is woensdagavond in de tweede ronde van de beker uitgeschakeld door Go "
        "Ahead Wierden, dat na strafschoppen won.",
        214.0,
    ),
    (
        "nl-wedstrijd-harlinge/beker",
        "Bekeravontuur Harlinge voorbij",
        "Wierden wint na strafschoppen in het stadion van Harlinge.",
        214.5,
    ),
    (
        "nl-stadion-harlinge",
        "Gemeente Harlinge investeert in nieuw kunstgras",
        "De gemeente trekt 800.000 euro uit voor een nieuw kunstgrasveld bij het stadion van SC "
        "Harlinge.",
        160.0,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two road crashes on one motorway on one day": (
        "en-crash-m47/van",
        "ru-dtp-kedrovsk/gazel",
        "it-incidente-valdora/camion",
    ),
    "one minister's two announcements in one week": (
        "en-minister-halloran/potholes",
        "fr-ministre-dumesnil/pesticide",
        "pt-ministra-vasconcelos/urgencias",
    ),
    "two strikes by different unions in one city": (
        "en-strike-brackwell/nurses",
        "ru-zabastovka-orekhovsk/taxi",
        "es-huelga-alcoran/limpieza",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-fenwick/ceo",
        "de-gewinnwarnung-hellmar/chef",
        "nl-winstwaarschuwing-vanderhoek/topman",
    ),
    "one club's two matches in one week": (
        "en-match-ashby/cup",
        "de-spiel-eichstaedt/pokal",
        "nl-wedstrijd-harlinge/beker",
    ),
    "a storm and the floods it feeds days later in another region": (
        "en-storm-idris/floods",
        "fr-tempete-albane/crue",
        "pt-tempestade-irene/cheias",
    ),
    "two wildfires in one country on one day": (
        "en-wildfire-carnmore/forest",
        "de-waldbrand-grellin/heide",
        "es-incendio-almoran/monteluna",
    ),
    "an election poll and the election result": (
        "en-poll-westhaven/result",
        "ru-opros-zarechensk/itogi",
        "it-sondaggio-valserena/risultato",
    ),
}
