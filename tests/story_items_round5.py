"""A fifth check set for story merging, written blind, to be scored once (2026-12-06).

Same format as `tests.story_items_round4`: (story, title, lead). Items with one story label are one
event as different outlets in one language would carry it in their feeds: a wire copy, a tabloid
headline, a local paper, a business paper, a live blog, an aggregator teaser. Each copy is written
in its own words and order, yet keeps the facts such an outlet would print (the names, the place,
the numbers, now and then a quoted phrase) in its own number format (40,000 / forty thousand, 18,000
/ 18k, 5,4 / 5.4, 2 000 / deux mille) and name form (full name or surname; ё and е in Russian); some
two in five copies are teasers or short leads under 80 characters. A label with a suffix after a
slash is a hard negative of the story before the slash: same topic, same place or people, another
event (categories in `HARD_NEGATIVES`). Some stories are told by one outlet only: they can only be
merged falsely. Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl.
All texts, places, people and firms are invented here.

Written by an author who did not read the merging rules, their lexicon, the merging docs or the
items of the other sets, and never run through the merging code before its one scoring run
(`python -m bench.stories --round5`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: two earthquakes in one week in the Halvard Highlands
    (
        "en-quake-brennock",
        "Magnitude 5.8 earthquake kills three in Halvard Highlands",
        "A magnitude 5.8 earthquake struck the Brennock valley in the Halvard Highlands early on "
        "Tuesday, killing three people and damaging about 60 buildings, the regional emergency "
        "office said.",
    ),
    (
        "en-quake-brennock",
        "Three dead as quake rocks Brennock",
        "Residents of Brennock spent the night outdoors after Tuesday's 5.8-magnitude tremor "
        "brought down part of the old grain market, where two of the three victims were found.",
    ),
    (
        "en-quake-brennock",
        "Brennock earthquake: what we know so far",
        "Three deaths, some 60 damaged buildings and a school closed: the latest on the Halvard "
        "quake.",
    ),
    (
        "en-quake-brennock/second",
        "New 5.2 quake shakes Halvard Highlands, landslide shuts A19",
        "A second earthquake in three days, of magnitude 5.2, hit near Ostry Falls in the Halvard "
        "Highlands on Thursday, injuring 12 people and triggering a landslide that closed the A19.",
    ),
    (
        "en-quake-brennock/second",
        "Ostry Falls tremor injures 12 days after deadly Brennock quake",
        "Thursday's magnitude 5.2 shock was centred 40 km north of Brennock; no one was killed, "
        "officials said.",
    ),
    # --- en: two storms in one season
    (
        "en-storm-petra",
        "Storm Petra leaves 40,000 homes without power on west coast",
        "Storm Petra brought gusts of up to 140 km/h to the west coast overnight, cutting power to "
        "about 40,000 homes and halting all ferries out of Port Ellery.",
    ),
    (
        "en-storm-petra",
        "PETRA BATTERS COAST: 87mph gusts, ferries axed",
        "Forty thousand households were left in the dark as Petra tore roofs off in Port Ellery "
        "and nearby villages.",
    ),
    (
        "en-storm-petra",
        "Port Ellery counts the cost after Petra",
        "Fallen trees blocked the harbour road and the ferry terminal stayed shut on Sunday, a day "
        "after Storm Petra hit.",
    ),
    (
        "en-storm-petra/quinn",
        "Storm Quinn floods Dunhallow, 300 homes evacuated",
        "Ten days after Petra, Storm Quinn pushed the river Aske over its banks in Dunhallow on "
        "Wednesday, forcing the evacuation of some 300 homes.",
    ),
    (
        "en-storm-petra/quinn",
        "Quinn: Dunhallow under water as river Aske bursts banks",
        "Rescue boats ferried residents from 300 flooded homes; the town's bridge is closed.",
    ),
    (
        "en-storm-petra/quinn",
        "Dunhallow evacuated as Quinn follows Petra",
        "Some 300 households left their homes overnight as the river Aske rose two metres in "
        "Dunhallow.",
    ),
    # --- en: a cup tie preview and its report
    (
        "en-cup-kestrel",
        "Kestrel Town 2-0 Harlow Vale: Mbeki and Akers send Kestrel through",
        "Idris Mbeki and Tom Akers scored either side of half-time as Kestrel Town beat Harlow "
        "Vale 2-0 at Linden Park to reach the County Cup semi-finals.",
    ),
    (
        "en-cup-kestrel",
        "Kestrel ease past ten-man Harlow Vale",
        "Harlow Vale had Ross Tindall sent off before the break and Kestrel Town made them pay, "
        "winning 2-0 in front of 6,100 at Linden Park.",
    ),
    (
        "en-cup-kestrel",
        "Kestrel into cup semis",
        "Goals from Mbeki and Akers did it at Linden Park.",
    ),
    (
        "en-cup-kestrel/preview",
        "Pryce: Kestrel must be patient against Harlow Vale",
        "Kestrel Town manager Sian Pryce said on Friday her side would need patience against a "
        "well-drilled Harlow Vale in Saturday's County Cup quarter-final at Linden Park.",
    ),
    (
        "en-cup-kestrel/preview",
        "Kestrel Town v Harlow Vale: County Cup quarter-final preview",
        "Idris Mbeki returns from suspension; kick-off 3pm at Linden Park.",
    ),
    # --- en: a rugby decider preview and its report
    (
        "en-rugby-ardlow",
        "Ardlow Blues clinch title with 27-19 win over Pennick",
        "Ardlow Blues won the Western League on Saturday, beating Pennick 27-19 at the Marsh Road "
        "ground with two tries from winger Jack Oduya.",
    ),
    (
        "en-rugby-ardlow",
        "Oduya double hands Ardlow the Western League crown",
        "Jack Oduya crossed twice as the Blues held off a late Pennick fightback to win 27-19 and "
        "lift the title.",
    ),
    (
        "en-rugby-ardlow/preview",
        "Ardlow v Pennick: winner takes the Western League title",
        "Saturday's game at Marsh Road decides the title: a draw would be enough for Ardlow Blues, "
        "coach Martin Keyes said.",
    ),
    (
        "en-rugby-ardlow/preview",
        "Keyes names unchanged Ardlow side for title decider",
        "Jack Oduya keeps his place on the wing for the visit of Pennick.",
    ),
    # --- en: one firm's two recalls
    (
        "en-recall-homefield",
        "Homefield Foods recalls granola bars over undeclared peanuts",
        "Homefield Foods is recalling two batches of its nut-free granola bars, about 18,000 "
        "packs, because they may contain peanuts, the food standards agency said.",
    ),
    (
        "en-recall-homefield",
        "Peanut alert: 18,000 packs of 'nut-free' bars pulled",
        "Shoppers with a peanut allergy are told not to eat Homefield granola bars with "
        "best-before dates in March.",
    ),
    (
        "en-recall-homefield",
        "Homefield pulls 18k packs of granola bars",
        "Two batches affected; refunds in store.",
    ),
    (
        "en-recall-homefield/fishpie",
        "Homefield Foods recalls frozen fish pies over plastic pieces",
        "Homefield Foods has recalled its 400g frozen fish pies after customers found pieces of "
        "hard plastic in them, three weeks after its granola bar recall.",
    ),
    (
        "en-recall-homefield/fishpie",
        "Second Homefield recall this month: fish pies off the shelves",
        "Blue plastic fragments were found in the pies, the company said; about 7,500 packs are "
        "affected.",
    ),
    # --- en: another firm's two recalls
    (
        "en-recall-voltaro",
        "Voltaro recalls 22,000 e-scooters over battery fire risk",
        "Electric scooter maker Voltaro is recalling 22,000 of its V3 scooters after seven battery "
        "fires, the product safety office said on Monday.",
    ),
    (
        "en-recall-voltaro",
        "Seven fires prompt Voltaro V3 scooter recall",
        "Owners of Voltaro's V3 model should stop charging it at once; the firm will replace the "
        "battery pack free of charge.",
    ),
    (
        "en-recall-voltaro",
        "Voltaro V3 recall: stop charging now",
        "22,000 scooters affected after seven fires.",
    ),
    (
        "en-recall-voltaro/charger",
        "Voltaro recalls 9,500 wall chargers that can overheat",
        "Voltaro is recalling 9,500 wall chargers sold with its older V2 scooters because the plug "
        "can overheat, the company said.",
    ),
    (
        "en-recall-voltaro/charger",
        "Voltaro V2 charger recall: check your plug",
        "About 9,500 chargers sold since 2024 can overheat, the company says.",
    ),
    # --- en: one minister's two speeches
    (
        "en-speech-hadley",
        "Hadley promises 2p cut in small business tax",
        "Finance minister Ruth Hadley told the Glasford Chamber of Commerce on Tuesday that the "
        "small business tax rate would fall by two points next April.",
    ),
    (
        "en-speech-hadley",
        "Ruth Hadley woos Glasford firms with tax cut pledge",
        "In a speech to business leaders in Glasford, the finance minister said the rate for small "
        "companies would drop to 17% from April.",
    ),
    (
        "en-speech-hadley",
        "Minister: small firms' tax to fall to 17pc",
        "Hadley's Glasford speech set out the cut but no date for the wider reform.",
    ),
    (
        "en-speech-hadley/unions",
        "Hadley offers public sector workers 3.5% in union speech",
        "Finance minister Ruth Hadley told the public sector unions' conference in Marlow on "
        "Friday that next year's pay rise would be 3.5%.",
    ),
    (
        "en-speech-hadley/unions",
        "Unions heckle Hadley over 3.5% pay offer",
        "Delegates in Marlow booed as the finance minister said 3.5% was 'as far as we can go'.",
    ),
    (
        "en-speech-hadley/unions",
        "Hadley in Marlow: 3.5% is the limit",
        "The finance minister told union delegates no more money was available for public sector "
        "pay.",
    ),
    # --- en: a fraud trial's opening and its verdict
    (
        "en-trial-corrigan",
        "Former hospital manager Neil Corrigan jailed for seven years over £4.2m fraud",
        "Neil Corrigan, the former finance manager of St Aldric's Hospital, was jailed for seven "
        "years at Wexley Crown Court on Thursday after a jury found him guilty of a £4.2 million "
        "fraud.",
    ),
    (
        "en-trial-corrigan",
        "Corrigan guilty: hospital fraudster gets 7 years",
        "A jury at Wexley took five hours to convict the former St Aldric's manager who spent "
        "hospital money on racehorses.",
    ),
    (
        "en-trial-corrigan",
        "Seven-year term for St Aldric's fraud",
        "Neil Corrigan was convicted on all counts at Wexley Crown Court.",
    ),
    (
        "en-trial-corrigan/opening",
        "Hospital manager 'siphoned £4.2m to buy racehorses', court told",
        "The trial of Neil Corrigan, former finance manager at St Aldric's Hospital, opened at "
        "Wexley Crown Court on Monday; he denies fraud.",
    ),
    (
        "en-trial-corrigan/opening",
        "Corrigan fraud trial opens at Wexley",
        "Prosecutors say the ex-St Aldric's manager moved £4.2m into his own accounts over six "
        "years.",
    ),
    # --- en: one company's two quarterly results
    (
        "en-results-larkspur",
        "Larkspur Telecom third-quarter profit rises 12% to £310m",
        "Larkspur Telecom said on Wednesday its third-quarter operating profit rose 12% to £310 "
        "million as it added 180,000 broadband customers, taking the total to 6.4 million.",
    ),
    (
        "en-results-larkspur",
        "Larkspur beats forecasts as broadband base tops 6.4m",
        "Shares in Larkspur jumped 6% after quarterly profit came in at £310m, ahead of analysts' "
        "£290m.",
    ),
    (
        "en-results-larkspur",
        "Larkspur Q3: profit up 12pc",
        "Broadband growth lifts the telecom group's quarter.",
    ),
    (
        "en-results-larkspur/q2",
        "Larkspur Telecom profit slips 4% in second quarter",
        "Larkspur Telecom's operating profit fell 4% to £265 million in the April-June quarter, "
        "hit by higher energy costs, the company said.",
    ),
    (
        "en-results-larkspur/q2",
        "Energy bills dent Larkspur's Q2 profit",
        "The telecom group earned £265m in the quarter and kept its full-year outlook.",
    ),
    # --- en: a rail strike announced and ended
    (
        "en-strike-northway",
        "Northway Rail drivers to strike for 48 hours on 14 and 15 December",
        "Train drivers at Northway Rail will walk out for 48 hours on 14 and 15 December after "
        "rejecting a 4% pay offer, their union, the DRTU, said on Monday.",
    ),
    (
        "en-strike-northway",
        "Christmas rail chaos looms as Northway drivers vote to strike",
        "Commuters face two days without trains in mid-December after 88% of DRTU members backed "
        "action.",
    ),
    (
        "en-strike-northway",
        "Northway strike dates set",
        "Drivers walk out on 14-15 December.",
    ),
    (
        "en-strike-northway/ended",
        "Northway Rail strike called off after 6.2% pay deal",
        "The DRTU has called off next week's 48-hour strike at Northway Rail after drivers "
        "accepted a 6.2% pay rise, the union said on Thursday.",
    ),
    (
        "en-strike-northway/ended",
        "Trains will run: Northway drivers accept deal",
        "Services on 14 and 15 December will run as normal after the union agreed a 6.2% rise.",
    ),
    # --- en: other stories
    (
        "en-bridge-saltmarsh",
        "Saltmarsh Bridge in Corwen to close for six weeks",
        "The Saltmarsh Bridge, the main crossing into Corwen town centre, will close for six weeks "
        "from 5 January for repairs to its steel supports, the county council said.",
    ),
    (
        "en-bridge-saltmarsh",
        "Corwen drivers face 12-mile detour as bridge shuts",
        "A 12-mile diversion will be in place while the council repairs corroded supports on the "
        "Saltmarsh crossing from January 5.",
    ),
    (
        "en-bridge-saltmarsh",
        "Six-week closure for Saltmarsh Bridge",
        "Work on the Corwen crossing starts in January.",
    ),
    (
        "en-zoo-alderbrook",
        "Twin red panda cubs born at Alderbrook Zoo",
        "Alderbrook Zoo has announced the birth of twin red panda cubs, the first born there in 14 "
        "years, to mother Suki.",
    ),
    (
        "en-zoo-alderbrook",
        "Double delight at Alderbrook as Suki has twins",
        "Keepers say the two red panda cubs, born in late October, are feeding well and will be on "
        "show in the spring.",
    ),
    (
        "en-zoo-alderbrook",
        "Alderbrook Zoo: red panda twins",
        "First red panda births at the zoo in 14 years.",
    ),
    (
        "en-museum-harrowgate",
        "Gold brooches stolen in night raid on Harrowgate Museum",
        "Thieves broke into the Harrowgate Museum overnight and took six Saxon gold brooches worth "
        "an estimated £1.5 million, police said on Saturday.",
    ),
    (
        "en-museum-harrowgate",
        "Police hunt Harrowgate museum raiders",
        "Six Saxon brooches were taken from a display case after the burglars cut through a "
        "skylight, detectives said.",
    ),
    (
        "en-museum-harrowgate",
        "£1.5m Saxon gold snatched from museum",
        "The six brooches had been on show at Harrowgate since 1962.",
    ),
    (
        "en-drone-raventhorpe",
        "Drone sighting halts flights at Raventhorpe Airport",
        "Flights at Raventhorpe Airport were suspended for 90 minutes on Friday evening after a "
        "drone was seen near the runway, and 34 flights were diverted.",
    ),
    (
        "en-drone-raventhorpe",
        "Raventhorpe drone chaos: 34 flights diverted",
        "Thousands of passengers were stranded as planes were sent to other airports after the "
        "drone sighting.",
    ),
    (
        "en-drone-raventhorpe",
        "LIVE: Raventhorpe runway reopens after drone scare",
        "The airport says flights resumed at 21:40 after a 90-minute halt.",
    ),
    (
        "en-drone-raventhorpe",
        "Airport shut for 90 minutes by drone",
        "Police are searching the area around Raventhorpe.",
    ),
    (
        "en-library-pellham",
        "Pellham library reopens eight months after flood",
        "Pellham's town library reopened on Saturday after an eight-month repair following the "
        "flood that ruined 20,000 books.",
    ),
    (
        "en-meals-fenwick",
        "Fenwick extends free school meals to all primary pupils",
        "Fenwick council voted on Tuesday to give free lunches to every primary school pupil from "
        "September, at a cost of £2.8 million a year.",
    ),
    # --- ru: two earthquakes in one week near Lake Sarma
    (
        "ru-quake-sarma",
        "Землетрясение магнитудой 6,0 произошло у озера Сарма",
        "Землетрясение магнитудой 6,0 произошло в ночь на среду у озера Сарма, в посёлке Каменный "
        "Брод повреждены 45 домов, пострадали девять человек, сообщили в региональном МЧС.",
    ),
    (
        "ru-quake-sarma",
        "В Каменном Броде после толчков повреждены 45 домов",
        "Жители посёлка у Сармы ночевали на улице: девять человек получили травмы, двое "
        "госпитализированы.",
    ),
    (
        "ru-quake-sarma",
        "Подземные толчки у Сармы: главное к утру",
        "Магнитуда 6,0, девять пострадавших, 45 повреждённых домов.",
    ),
    (
        "ru-quake-sarma/second",
        "Новое землетрясение у Сармы: магнитуда 4,7, без пострадавших",
        "В субботу у северного берега озера Сарма, возле села Верхние Ключи, произошло "
        "землетрясение магнитудой 4,7; пострадавших нет, сообщили спасатели.",
    ),
    (
        "ru-quake-sarma/second",
        "Верхние Ключи тряхнуло второй раз за неделю",
        "Толчки силой 4,7 ощущались в субботу днём, в школе треснула стена, занятия отменены.",
    ),
    # --- ru: a football match preview and its report
    (
        "ru-match-metallurg",
        "«Металлург» обыграл «Звезду» со счётом 3:2",
        "Тихоборский «Металлург» в воскресенье победил дома «Звезду» со счётом 3:2, победный мяч "
        "на 88-й минуте забил Артём Гладышев.",
    ),
    (
        "ru-match-metallurg",
        "Гладышев спас «Металлург» на последних минутах",
        "Форвард тихоборцев Артем Гладышев забил на 88-й минуте, и хозяева вырвали победу над "
        "«Звездой» — 3:2.",
    ),
    (
        "ru-match-metallurg",
        "«Металлург» — «Звезда» — 3:2",
        "Победный гол Гладышева в концовке матча.",
    ),
    (
        "ru-match-metallurg/preview",
        "Тренер «Металлурга»: со «Звездой» будет тяжело",
        "Главный тренер «Металлурга» Олег Саввин перед воскресным матчем со «Звездой» заявил, что "
        "ждёт упорной игры и рассчитывает на Артёма Гладышева.",
    ),
    (
        "ru-match-metallurg/preview",
        "«Металлург» принимает «Звезду»: анонс тура",
        "Матч в Тихоборске начнётся в воскресенье в 15:00, билеты ещё есть.",
    ),
    # --- ru: a trial's opening and its verdict
    (
        "ru-trial-lopatin",
        "Бывшего мэра Заречинска Лопатина приговорили к шести годам",
        "Суд в Заречинске приговорил бывшего мэра города Виктора Лопатина к шести годам колонии за "
        "взятку в 12 миллионов рублей от подрядчика.",
    ),
    (
        "ru-trial-lopatin",
        "Экс-мэр Лопатин получил шесть лет за взятку",
        "Виктор Лопатин, руководивший Заречинском восемь лет, признан виновным; защита будет "
        "обжаловать приговор.",
    ),
    (
        "ru-trial-lopatin",
        "Лопатину дали 6 лет",
        "Приговор бывшему главе Заречинска огласили в пятницу.",
    ),
    (
        "ru-trial-lopatin/opening",
        "В Заречинске начался суд над бывшим мэром Лопатиным",
        "В суде Заречинска в понедельник начался процесс над бывшим мэром Виктором Лопатиным, "
        "обвиняемым в получении взятки в 12 млн рублей; свою вину он не признаёт.",
    ),
    (
        "ru-trial-lopatin/opening",
        "Лопатин на первом заседании назвал дело заказным",
        "Бывший мэр Заречинска заявил, что деньги подрядчика были спонсорской помощью городу.",
    ),
    # --- ru: a strike announced and ended
    (
        "ru-strike-avtobus",
        "Водители автобусов Озерянска объявили забастовку с понедельника",
        "Водители городского автопарка Озерянска с понедельника прекращают работу из-за задержки "
        "зарплаты за два месяца, сообщил профсоюз транспортников.",
    ),
    (
        "ru-strike-avtobus",
        "Озерянск может остаться без автобусов",
        "Около 300 водителей автопарка не получали зарплату с сентября и грозят остановить все 40 "
        "маршрутов.",
    ),
    (
        "ru-strike-avtobus",
        "Забастовка водителей в Озерянске с понедельника",
        "Профсоюз требует погасить долг по зарплате.",
    ),
    (
        "ru-strike-avtobus/ended",
        "В Озерянске закончилась забастовка водителей автобусов",
        "Водители автопарка Озерянска в четверг вернулись на линии после того, как мэрия выплатила "
        "долг по зарплате за два месяца.",
    ),
    (
        "ru-strike-avtobus/ended",
        "Автобусы в Озерянске снова ходят",
        "Все 40 маршрутов работают, долги по зарплате погашены.",
    ),
    # --- ru: one company's two quarterly results
    (
        "ru-results-severles",
        "«Северный лес» увеличил прибыль за третий квартал на 18%",
        "Лесопромышленная компания «Северный лес» получила в третьем квартале чистую прибыль 4,2 "
        "млрд рублей, на 18% больше, чем годом ранее, благодаря экспорту фанеры.",
    ),
    (
        "ru-results-severles",
        "Прибыль «Северного леса» выросла до 4,2 миллиарда",
        "Компания объяснила рост спросом на фанеру в Азии; акции подорожали на 3%.",
    ),
    (
        "ru-results-severles",
        "«Северный лес»: прибыль 4,2 млрд",
        "Рост на 18% за квартал на фоне экспорта фанеры.",
    ),
    (
        "ru-results-severles/q2",
        "«Северный лес» во втором квартале сократил прибыль на 9%",
        "Чистая прибыль «Северного леса» за апрель—июнь снизилась на 9%, до 3,1 млрд рублей, из-за "
        "дорогой логистики.",
    ),
    (
        "ru-results-severles/q2",
        "Логистика съела прибыль «Северного леса»",
        "Во втором квартале компания заработала 3,1 млрд рублей.",
    ),
    # --- ru: other stories
    (
        "ru-fire-sklad",
        "В Новоборске сгорел склад стройматериалов",
        "В промзоне Новоборска ночью загорелся склад строительных материалов площадью 2 тысячи "
        "квадратных метров, пожар потушили к утру, никто не пострадал.",
    ),
    (
        "ru-fire-sklad",
        "Пожар на складе в Новоборске тушили семь часов",
        "Огонь охватил 2000 кв. м; на месте работали 60 пожарных и 18 единиц техники.",
    ),
    (
        "ru-fire-sklad",
        "Ночной пожар в промзоне Новоборска",
        "Сгорел склад, пострадавших нет.",
    ),
    (
        "ru-most-ilma",
        "Мост через Ильму в Берёзовке откроют к Новому году",
        "Новый мост через реку Ильму в селе Берёзовка откроют для движения 28 декабря, сообщил "
        "глава района Сергей Котов.",
    ),
    (
        "ru-most-ilma",
        "Котов: мост в Березовке достроят к 28 декабря",
        "Строительство моста длиной 220 метров обошлось в 640 миллионов рублей.",
    ),
    (
        "ru-most-ilma",
        "Мост в Берёзовке — к празднику",
        "Движение откроют 28 декабря.",
    ),
    (
        "ru-rys-zapovednik",
        "В заповеднике «Кедровая падь» родились три рысёнка",
        "Три рысёнка появились на свет в вольере заповедника «Кедровая падь», их мать Вьюга — "
        "спасённая три года назад самка.",
    ),
    (
        "ru-rys-zapovednik",
        "Рысь Вьюга стала мамой тройни",
        "Сотрудники «Кедровой пади» показали первые снимки котят.",
    ),
    (
        "ru-rys-zapovednik",
        "Тройня у рыси в «Кедровой пади»",
        "Котята здоровы и набирают вес, рассказали в заповеднике.",
    ),
    (
        "ru-shkola-ladozhsk",
        "В Ладожске открыли школу на 1100 мест",
        "Первую новую школу за 30 лет открыли в Ладожске: здание на 1100 учеников построили за два "
        "года.",
    ),
    (
        "ru-teatr-remont",
        "Драмтеатр Сосновоярска закрывается на ремонт на два года",
        "Областной драматический театр в Сосновоярске закроется на капитальный ремонт с 1 февраля; "
        "спектакли перенесут в Дом культуры.",
    ),
    # --- ru: fog at an airport
    (
        "ru-avia-tuman",
        "Туман парализовал аэропорт Белозерья",
        "Из-за густого тумана аэропорт Белозерья утром в понедельник не принимал самолёты почти "
        "пять часов, 23 рейса задержаны или ушли на запасные аэродромы.",
    ),
    (
        "ru-avia-tuman",
        "В Белозерье из-за тумана задержаны 23 рейса",
        "Пассажиры провели в терминале по нескольку часов, к полудню видимость улучшилась.",
    ),
    # --- de: two storms in one season
    (
        "de-sturm-hedda",
        "Sturmtief „Hedda“ deckt Dächer ab: 25.000 Haushalte ohne Strom",
        "Orkanböen von bis zu 130 km/h haben in der Nacht zum Montag im Landkreis Ahrenfeld Dächer "
        "abgedeckt und Bäume entwurzelt; rund 25.000 Haushalte waren stundenlang ohne Strom.",
    ),
    (
        "de-sturm-hedda",
        "„Hedda“ wütet im Kreis Ahrenfeld – Bahnstrecke gesperrt",
        "Ein umgestürzter Baum blockiert die Strecke zwischen Ahrenfeld und Kolbing, der "
        "Zugverkehr ruht bis mindestens Dienstag.",
    ),
    (
        "de-sturm-hedda",
        "Sturm „Hedda“: Die Lage am Morgen",
        "25 000 Haushalte ohne Strom, Bahn gesperrt, Schulen bleiben zu.",
    ),
    (
        "de-sturm-hedda/ilka",
        "Sturm „Ilka“ setzt Altstadt von Kolbing unter Wasser",
        "Zwei Wochen nach „Hedda“ hat Sturm „Ilka“ am Donnerstag die Kolbe über die Ufer treten "
        "lassen; in der Kolbinger Altstadt stehen 120 Keller unter Wasser.",
    ),
    (
        "de-sturm-hedda/ilka",
        "Hochwasser nach „Ilka“: Kolbing pumpt Keller aus",
        "Feuerwehr im Dauereinsatz, die Altstadt ist für Autos gesperrt.",
    ),
    # --- de: one firm's two recalls
    (
        "de-rueckruf-brenner",
        "Brenner ruft Kinderautositze zurück",
        "Der Hersteller Brenner Kindersicherheit ruft rund 31.000 Kindersitze des Modells „Flocke "
        "2“ zurück, weil sich der Gurtverschluss bei einem Unfall öffnen kann.",
    ),
    (
        "de-rueckruf-brenner",
        "Gefährlicher Gurt: 31.000 Kindersitze müssen zurück",
        "Eltern sollen den „Flocke 2“ von Brenner nicht mehr benutzen; der Händler tauscht das "
        "Gurtschloss kostenlos.",
    ),
    (
        "de-rueckruf-brenner",
        "Rückruf: Brenner „Flocke 2“",
        "Der Gurtverschluss ist fehlerhaft, 31 000 Sitze sind betroffen.",
    ),
    (
        "de-rueckruf-brenner/kinderwagen",
        "Brenner ruft auch Kinderwagen zurück",
        "Nach den Kindersitzen ruft Brenner Kindersicherheit nun 8.400 Kinderwagen des Modells "
        "„Wolke“ zurück, weil die Feststellbremse versagen kann.",
    ),
    (
        "de-rueckruf-brenner/kinderwagen",
        "Bremse defekt: Rückruf für 8400 „Wolke“-Kinderwagen",
        "Es ist der zweite Rückruf des Herstellers in diesem Herbst.",
    ),
    # --- de: one politician's two speeches
    (
        "de-rede-vosskamp",
        "Vosskamp verspricht 500 neue Lehrerstellen",
        "Kultusministerin Anja Vosskamp hat auf dem Landeselterntag in Reinsburg 500 zusätzliche "
        "Lehrerstellen ab dem nächsten Schuljahr angekündigt.",
    ),
    (
        "de-rede-vosskamp",
        "Ministerin: 500 Lehrer mehr an die Schulen",
        "In ihrer Rede vor Eltern in Reinsburg sagte Anja Vosskamp, das Geld sei im Haushalt "
        "bereits eingeplant.",
    ),
    (
        "de-rede-vosskamp",
        "Vosskamp: „Kein Kind soll vor leerer Tafel sitzen“",
        "Die Ministerin sprach in Reinsburg über Unterrichtsausfall.",
    ),
    (
        "de-rede-vosskamp/landtag",
        "Vosskamp verteidigt Schulreform im Landtag",
        "Kultusministerin Anja Vosskamp hat am Mittwoch im Landtag die umstrittene Reform der "
        "Grundschulnoten verteidigt und der Opposition Panikmache vorgeworfen.",
    ),
    (
        "de-rede-vosskamp/landtag",
        "Notenreform: Vosskamp hält an Plänen fest",
        "Im Landtag wies die Ministerin die Kritik der Opposition zurück.",
    ),
    # --- de: one company's two quarterly results
    (
        "de-quartal-halberg",
        "Halberg Maschinenbau steigert Gewinn im dritten Quartal um 15 Prozent",
        "Der Maschinenbauer Halberg hat im dritten Quartal einen Gewinn von 84 Millionen Euro "
        "erzielt, 15 Prozent mehr als im Vorjahr, und die Jahresprognose angehoben.",
    ),
    (
        "de-quartal-halberg",
        "Halberg hebt Prognose an – Aktie springt um 7 Prozent",
        "Dank voller Auftragsbücher verdiente der Maschinenbauer zwischen Juli und September 84 "
        "Mio. Euro.",
    ),
    (
        "de-quartal-halberg",
        "Halberg: Quartalsgewinn bei 84 Millionen",
        "Der Konzern ist für das Gesamtjahr zuversichtlicher.",
    ),
    (
        "de-quartal-halberg/q2",
        "Halberg: Gewinn bricht im zweiten Quartal ein",
        "Der Maschinenbauer Halberg hat im zweiten Quartal nur 52 Millionen Euro verdient, ein "
        "Minus von 22 Prozent, weil Aufträge aus China ausblieben.",
    ),
    (
        "de-quartal-halberg/q2",
        "Schwaches China-Geschäft drückt Halbergs Gewinn",
        "Zwischen April und Juni fiel das Ergebnis auf 52 Mio. Euro.",
    ),
    # --- de: a strike announced and ended
    (
        "de-streik-kitas",
        "Warnstreik: Kitas in Lorsbach bleiben am Donnerstag zu",
        "Die Gewerkschaft GEB hat die Beschäftigten der städtischen Kitas in Lorsbach für "
        "Donnerstag zu einem ganztägigen Warnstreik aufgerufen; 38 Einrichtungen bleiben "
        "geschlossen.",
    ),
    (
        "de-streik-kitas",
        "Eltern in Lorsbach müssen Betreuung selbst organisieren",
        "38 städtische Kitas sind am Donnerstag wegen des Warnstreiks dicht, nur eine Notbetreuung "
        "wird angeboten.",
    ),
    (
        "de-streik-kitas",
        "Kita-Streik in Lorsbach am Donnerstag",
        "38 Einrichtungen betroffen.",
    ),
    (
        "de-streik-kitas/einigung",
        "Tarifeinigung: Kita-Streiks in Lorsbach sind vorbei",
        "Stadt und Gewerkschaft haben sich auf 5,5 Prozent mehr Lohn für die Erzieherinnen "
        "geeinigt; weitere Streiks in den 38 Kitas sind damit vom Tisch.",
    ),
    (
        "de-streik-kitas/einigung",
        "Einigung in Lorsbach: 5,5 Prozent mehr für Erzieher",
        "Die Kitas öffnen ab Montag wieder normal.",
    ),
    (
        "de-streik-kitas/einigung",
        "Kita-Streik in Lorsbach beendet",
        "Stadt und Gewerkschaft einigen sich auf 5,5 Prozent mehr Lohn.",
    ),
    # --- de: other stories
    (
        "de-bruecke-sperrung",
        "Talbrücke bei Grauenstein wird ein Jahr lang gesperrt",
        "Die marode Talbrücke der B 427 bei Grauenstein wird ab März für zwölf Monate voll "
        "gesperrt; Autofahrer müssen einen Umweg von 18 Kilometern fahren.",
    ),
    (
        "de-bruecke-sperrung",
        "Zwölf Monate Sperrung: Grauensteiner ärgern sich über Umleitung",
        "Der Umweg über Dohlenbach kostet Pendler täglich fast eine halbe Stunde.",
    ),
    (
        "de-bruecke-sperrung",
        "B 427 bei Grauenstein ab März dicht",
        "Die Brücke wird ein Jahr lang saniert.",
    ),
    (
        "de-wolf-sichtung",
        "Wolf im Stadtpark von Mehrenbach gesichtet",
        "Ein Wolf ist am Sonntagmorgen im Stadtpark von Mehrenbach gesichtet und von mehreren "
        "Spaziergängern gefilmt worden; das Umweltamt rät zur Ruhe.",
    ),
    (
        "de-wolf-sichtung",
        "Spaziergänger filmen Wolf mitten in Mehrenbach",
        "Das Tier lief am Sonntag über die Wiese am Schwanenteich und verschwand im Wald.",
    ),
    (
        "de-wolf-sichtung",
        "Wolf in Mehrenbach: Was Spaziergänger jetzt wissen müssen",
        "Das Umweltamt gibt Tipps nach der Sichtung im Stadtpark.",
    ),
    (
        "de-museum-eroeffnung",
        "Neues Bergbaumuseum in Kupferau öffnet am Samstag",
        "Nach vier Jahren Bauzeit öffnet am Samstag das Bergbaumuseum in Kupferau; der Umbau der "
        "alten Zeche hat 23 Millionen Euro gekostet.",
    ),
    (
        "de-museum-eroeffnung",
        "23 Millionen für die alte Zeche: Kupferau feiert sein Museum",
        "Zur Eröffnung am Wochenende ist der Eintritt frei.",
    ),
    (
        "de-museum-eroeffnung",
        "Bergbaumuseum Kupferau eröffnet",
        "Der Eintritt ist am ersten Wochenende frei.",
    ),
    (
        "de-freibad-preise",
        "Freibad Hollerstedt erhöht Eintritt auf fünf Euro",
        "Der Gemeinderat von Hollerstedt hat beschlossen, den Eintritt ins Freibad zur nächsten "
        "Saison von 3,50 auf fünf Euro zu erhöhen.",
    ),
    (
        "de-glocke-diebstahl",
        "Kirchenglocke aus Dorfkirche in Weilerbach gestohlen",
        "Unbekannte haben aus dem Turm der Dorfkirche in Weilerbach eine 90 Kilogramm schwere "
        "Bronzeglocke gestohlen, teilte die Polizei mit.",
    ),
    # --- de: a cycle highway opened
    (
        "de-radweg-eroeffnung",
        "Radschnellweg zwischen Ahrenberg und Lindstadt eröffnet",
        "Der 14 Kilometer lange Radschnellweg zwischen Ahrenberg und Lindstadt ist am Freitag "
        "freigegeben worden; der Bau hat 19 Millionen Euro gekostet.",
    ),
    (
        "de-radweg-eroeffnung",
        "14 Kilometer ohne Ampel: Neuer Radweg nach Lindstadt ist offen",
        "Pendler aus Ahrenberg sollen mit dem Rad künftig in 35 Minuten in der Lindstädter "
        "Innenstadt sein.",
    ),
    # --- fr: two storms in one season
    (
        "fr-tempete-gaelle",
        "La tempête Gaëlle prive 60 000 foyers d'électricité en Vendrelle",
        "La tempête Gaëlle a balayé la côte de la Vendrelle dans la nuit de lundi à mardi avec des "
        "rafales à 150 km/h, privant d'électricité quelque 60 000 foyers.",
    ),
    (
        "fr-tempete-gaelle",
        "Gaëlle : soixante mille foyers sans courant, le port de Saint-Aubrac fermé",
        "Les rafales ont arraché des toitures à Saint-Aubrac, où le port restera fermé jusqu'à "
        "mercredi.",
    ),
    (
        "fr-tempete-gaelle",
        "Tempête Gaëlle : le point sur la situation",
        "60 000 foyers privés de courant et des routes coupées sur le littoral.",
    ),
    (
        "fr-tempete-gaelle/hugo",
        "La tempête Hugo provoque des inondations à Lormes-sur-Aude",
        "Une semaine après Gaëlle, la tempête Hugo a fait déborder l'Aude à Lormes, où 200 "
        "habitants ont été évacués jeudi.",
    ),
    (
        "fr-tempete-gaelle/hugo",
        "Hugo : Lormes les pieds dans l'eau",
        "Deux cents habitants évacués et le centre-ville inondé après le passage de la tempête.",
    ),
    # --- fr: one minister's two speeches
    (
        "fr-discours-mercadier",
        "Mercadier annonce 2 000 places de crèche supplémentaires",
        "La ministre des Familles, Hélène Mercadier, a annoncé samedi au congrès des maires ruraux "
        "à Valmont la création de 2 000 places de crèche d'ici 2028.",
    ),
    (
        "fr-discours-mercadier",
        "Devant les maires ruraux, Hélène Mercadier promet des crèches",
        "« Aucune commune ne doit être un désert pour les jeunes parents », a lancé la ministre à "
        "Valmont.",
    ),
    (
        "fr-discours-mercadier",
        "Crèches : la promesse de Mercadier à Valmont",
        "Deux mille places d'ici 2028, selon la ministre.",
    ),
    (
        "fr-discours-mercadier/senat",
        "Au Sénat, Mercadier défend la réforme du congé parental",
        "La ministre des Familles Hélène Mercadier a défendu mardi au Sénat l'allongement du congé "
        "parental à six mois, face à une droite sceptique sur son coût.",
    ),
    (
        "fr-discours-mercadier/senat",
        "Congé parental : Mercadier tient bon face aux sénateurs",
        "La ministre a chiffré la mesure à 1,2 milliard d'euros par an.",
    ),
    (
        "fr-discours-mercadier/senat",
        "Le congé parental de six mois devant le Sénat",
        "Hélène Mercadier a défendu sa réforme face aux sénateurs.",
    ),
    # --- fr: a trial's opening and its verdict
    (
        "fr-proces-fauvel",
        "Le promoteur Didier Fauvel condamné à quatre ans de prison",
        "Le tribunal correctionnel de Montbrison-sur-Lys a condamné jeudi le promoteur immobilier "
        "Didier Fauvel à quatre ans de prison, dont deux ferme, pour escroquerie au détriment de "
        "140 acheteurs.",
    ),
    (
        "fr-proces-fauvel",
        "Escroquerie immobilière : quatre ans pour Didier Fauvel",
        "Les 140 victimes du promoteur, qui avaient payé des appartements jamais construits, "
        "seront indemnisées.",
    ),
    (
        "fr-proces-fauvel",
        "Fauvel condamné, les acheteurs soulagés",
        "Le promoteur écope de quatre ans, dont deux avec sursis.",
    ),
    (
        "fr-proces-fauvel/ouverture",
        "Ouverture du procès du promoteur Didier Fauvel",
        "Le procès de Didier Fauvel, accusé d'avoir escroqué 140 acheteurs d'appartements jamais "
        "livrés, s'est ouvert lundi devant le tribunal de Montbrison-sur-Lys.",
    ),
    (
        "fr-proces-fauvel/ouverture",
        "Au premier jour de son procès, Fauvel nie toute escroquerie",
        "Le promoteur a parlé d'une « faillite, pas d'un vol ».",
    ),
    # --- fr: a strike announced and ended
    (
        "fr-greve-tram",
        "Grève des tramways à Castelnoir à partir de mardi",
        "Les conducteurs du réseau de tramway de Castelnoir seront en grève à partir de mardi pour "
        "réclamer une prime de 150 euros, a annoncé l'intersyndicale.",
    ),
    (
        "fr-greve-tram",
        "Castelnoir : le tram à l'arrêt dès mardi",
        "Les syndicats réclament 150 euros de prime mensuelle ; la régie ne prévoit qu'un tram sur "
        "quatre.",
    ),
    (
        "fr-greve-tram",
        "Grève du tram à Castelnoir mardi",
        "Trafic très perturbé sur les trois lignes.",
    ),
    (
        "fr-greve-tram/fin",
        "Fin de la grève des tramways à Castelnoir",
        "Après neuf jours de grève, les conducteurs du tram de Castelnoir ont voté la reprise du "
        "travail samedi, après avoir obtenu une prime de 110 euros.",
    ),
    (
        "fr-greve-tram/fin",
        "Les trams de Castelnoir roulent de nouveau",
        "Accord trouvé sur une prime de 110 euros, le trafic reprend lundi.",
    ),
    # --- fr: a match preview and its report
    (
        "fr-match-vireux",
        "Vireux s'impose 2-1 face à Saint-Ormel",
        "L'AS Vireux a battu le Stade Saint-Ormel 2-1 samedi au stade des Tanneurs, grâce à un "
        "doublé de Karim Belhadj, et prend la tête du championnat.",
    ),
    (
        "fr-match-vireux",
        "Belhadj offre la première place à Vireux",
        "Auteur des deux buts, Karim Belhadj a porté l'AS Vireux contre Saint-Ormel (2-1) devant 4 "
        "300 spectateurs.",
    ),
    (
        "fr-match-vireux",
        "Vireux bat Saint-Ormel et prend la tête",
        "Doublé de Belhadj aux Tanneurs.",
    ),
    (
        "fr-match-vireux/avant",
        "Vireux – Saint-Ormel : le choc pour la première place",
        "Samedi au stade des Tanneurs, l'AS Vireux reçoit le Stade Saint-Ormel avec la tête du "
        "championnat en jeu, et Karim Belhadj de retour de blessure.",
    ),
    (
        "fr-match-vireux/avant",
        "L'entraîneur de Vireux se méfie de Saint-Ormel",
        "« Un match piège pour les nôtres », prévient Paul Garnier avant samedi.",
    ),
    # --- fr: other stories
    (
        "fr-pont-chaumes",
        "Le pont de Chaumes fermé pour trois mois de travaux",
        "Le pont suspendu de Chaumes, qui relie les deux rives de la Sèvrette, sera fermé à la "
        "circulation du 6 janvier au 6 avril pour des travaux de 2,4 millions d'euros.",
    ),
    (
        "fr-pont-chaumes",
        "Chaumes : trois mois sans pont, les commerçants s'inquiètent",
        "Les commerçants redoutent une baisse de fréquentation pendant la fermeture du pont de "
        "janvier à avril.",
    ),
    (
        "fr-pont-chaumes",
        "Fermeture du pont de Chaumes en janvier",
        "Une déviation de 15 km sera mise en place.",
    ),
    (
        "fr-loup-alpage",
        "Un loup attaque un troupeau à Saint-Bénin, 23 brebis tuées",
        "Vingt-trois brebis ont été tuées dans la nuit de vendredi à samedi sur un alpage de "
        "Saint-Bénin, une attaque attribuée au loup par les services de l'État.",
    ),
    (
        "fr-loup-alpage",
        "Saint-Bénin : un éleveur perd 23 brebis",
        "L'éleveur Jean Roumat réclame des tirs de défense après l'attaque de son troupeau.",
    ),
    (
        "fr-loup-alpage",
        "Attaque de loup à Saint-Bénin",
        "Vingt-trois bêtes tuées sur l'alpage.",
    ),
    (
        "fr-festival-mireval",
        "Le festival des Lanternes de Mireval attire 90 000 visiteurs",
        "La troisième édition du festival des Lanternes de Mireval a accueilli 90 000 visiteurs en "
        "dix jours, un record, selon les organisateurs.",
    ),
    (
        "fr-festival-mireval",
        "Mireval : record pour les Lanternes",
        "Quatre-vingt-dix mille personnes sont venues voir les installations lumineuses.",
    ),
    (
        "fr-festival-mireval",
        "Lanternes de Mireval : un record de 90 000 visiteurs en dix jours",
        "Les organisateurs de la troisième édition annoncent déjà les dates de l'an prochain.",
    ),
    (
        "fr-boulangerie-prix",
        "À Sorbiers, la dernière boulangerie ferme ses portes",
        "La dernière boulangerie de Sorbiers, tenue par la famille Perrot depuis 1974, a fermé "
        "samedi faute de repreneur.",
    ),
    (
        "fr-collision-train",
        "Un TER percute un tracteur à Villedieu-les-Prés, quatre blessés",
        "Un train régional a percuté un tracteur sur un passage à niveau de Villedieu-les-Prés "
        "mercredi matin ; quatre passagers ont été légèrement blessés.",
    ),
    # --- es: two earthquakes in one week in the sierra de Tolvera
    (
        "es-sismo-almoral",
        "Un terremoto de magnitud 5,6 sacude Almoral y deja un muerto",
        "Un terremoto de magnitud 5,6 sacudió la madrugada del lunes la comarca de Almoral, en la "
        "sierra de Tolvera, y causó la muerte de una mujer y daños en 80 viviendas, según "
        "Protección Civil.",
    ),
    (
        "es-sismo-almoral",
        "Almoral despierta entre escombros tras el seísmo",
        "La iglesia de San Lucas perdió parte de su campanario y 80 casas sufrieron daños en el "
        "terremoto de 5,6 grados.",
    ),
    (
        "es-sismo-almoral",
        "Sismo en Almoral: lo que se sabe",
        "Una fallecida, 80 viviendas dañadas y los colegios cerrados.",
    ),
    (
        "es-sismo-almoral/replica",
        "Nuevo terremoto de 4,9 en la sierra de Tolvera",
        "Un segundo terremoto, de magnitud 4,9, se registró el viernes cerca de Valdecuervos, a 30 "
        "kilómetros de Almoral, sin víctimas pero con cortes de carretera por desprendimientos.",
    ),
    (
        "es-sismo-almoral/replica",
        "Valdecuervos tiembla cuatro días después de Almoral",
        "El seísmo de 4,9 provocó desprendimientos en la carretera de la sierra.",
    ),
    # --- es: one firm's two recalls
    (
        "es-retirada-lacteos",
        "Lácteos Pradera retira 40.000 yogures por posible presencia de vidrio",
        "Lácteos Pradera ha retirado del mercado 40.000 unidades de yogur natural de su planta de "
        "Ribazo tras detectar posibles fragmentos de vidrio, informó la agencia de seguridad "
        "alimentaria.",
    ),
    (
        "es-retirada-lacteos",
        "Alerta alimentaria: retiran yogures Pradera con restos de vidrio",
        "Los lotes afectados caducan en enero; los consumidores pueden devolverlos en la tienda.",
    ),
    (
        "es-retirada-lacteos",
        "Pradera retira 40 mil yogures",
        "Posibles fragmentos de vidrio en el producto.",
    ),
    (
        "es-retirada-lacteos/queso",
        "Lácteos Pradera retira ahora un queso fresco por listeria",
        "Un mes después de los yogures, Lácteos Pradera retira 12.000 tarrinas de queso fresco por "
        "la posible presencia de listeria.",
    ),
    (
        "es-retirada-lacteos/queso",
        "Segunda retirada de Pradera en un mes: queso fresco con listeria",
        "Afectadas 12.000 tarrinas distribuidas en cinco comunidades.",
    ),
    # --- es: one company's two quarterly results
    (
        "es-resultados-navalia",
        "Navalia gana un 21% más en el tercer trimestre",
        "La naviera Navalia obtuvo un beneficio neto de 96 millones de euros en el tercer "
        "trimestre, un 21% más que un año antes, gracias al aumento de los fletes.",
    ),
    (
        "es-resultados-navalia",
        "Los fletes disparan el beneficio de Navalia hasta 96 millones",
        "La compañía eleva su previsión anual y sus acciones suben un 5% en bolsa.",
    ),
    (
        "es-resultados-navalia",
        "Navalia: 96 millones de beneficio",
        "Récord trimestral para la naviera.",
    ),
    (
        "es-resultados-navalia/segundo",
        "Navalia reduce su beneficio un 8% en el segundo trimestre",
        "La naviera Navalia ganó 71 millones de euros entre abril y junio, un 8% menos, por el "
        "encarecimiento del combustible.",
    ),
    (
        "es-resultados-navalia/segundo",
        "El combustible lastra las cuentas de Navalia",
        "Beneficio de 71 millones en el segundo trimestre.",
    ),
    # --- es: one politician's two speeches
    (
        "es-discurso-olmedo",
        "Olmedo promete 10.000 viviendas públicas en Valdoria",
        "El presidente regional, Andrés Olmedo, prometió el domingo ante la asamblea de su partido "
        "en Valdoria construir 10.000 viviendas públicas de alquiler en cuatro años.",
    ),
    (
        "es-discurso-olmedo",
        "Andrés Olmedo: «La vivienda será la prioridad»",
        "En un discurso ante su partido, el presidente regional anunció diez mil pisos de alquiler "
        "público.",
    ),
    (
        "es-discurso-olmedo",
        "Olmedo anuncia 10.000 pisos",
        "El plan costará 1.300 millones.",
    ),
    (
        "es-discurso-olmedo/parlamento",
        "Olmedo defiende en el parlamento regional su plan de sanidad",
        "El presidente regional Andrés Olmedo defendió el miércoles en el parlamento de Valdoria "
        "su plan para reducir las listas de espera quirúrgicas a 60 días.",
    ),
    (
        "es-discurso-olmedo/parlamento",
        "Listas de espera: Olmedo se compromete a 60 días",
        "La oposición calificó el plan de «propaganda».",
    ),
    # --- es: a match preview and its report
    (
        "es-partido-teruela",
        "El Teruela remonta y gana 2-1 al Puerto Alcor",
        "El CD Teruela remontó el domingo el gol inicial del Puerto Alcor y ganó 2-1 en el estadio "
        "San Juan, con un tanto de Óscar Berrocal en el minuto 85.",
    ),
    (
        "es-partido-teruela",
        "Berrocal rescata al Teruela en el final",
        "El delantero marcó en el 85 y el Teruela sumó tres puntos ante el Puerto Alcor (2-1).",
    ),
    (
        "es-partido-teruela",
        "Teruela 2-1 Puerto Alcor",
        "Remontada local con gol de Berrocal.",
    ),
    (
        "es-partido-teruela/previa",
        "El Teruela recibe al Puerto Alcor con la baja de Berrocal en duda",
        "El entrenador del CD Teruela, Luis Carmona, no sabe si podrá contar con Óscar Berrocal "
        "para el partido del domingo ante el Puerto Alcor.",
    ),
    (
        "es-partido-teruela/previa",
        "Carmona: «Ante el Puerto Alcor no valen excusas»",
        "Previa del partido del domingo en el estadio San Juan.",
    ),
    # --- es: other stories
    (
        "es-incendio-sierra",
        "Un incendio forestal quema 600 hectáreas en la sierra de Montejaque",
        "Un incendio declarado el sábado en la sierra de Montejaque ha quemado unas 600 hectáreas "
        "de pinar y obligó a desalojar a 150 vecinos de la aldea de Los Higuerales.",
    ),
    (
        "es-incendio-sierra",
        "Desalojados 150 vecinos por el fuego de Montejaque",
        "Los vecinos de Los Higuerales pasaron la noche en el polideportivo mientras los bomberos "
        "frenaban las llamas.",
    ),
    (
        "es-incendio-sierra",
        "Estabilizado el incendio de Montejaque",
        "Las llamas han arrasado unas seiscientas hectáreas.",
    ),
    (
        "es-metro-linea",
        "La línea 4 del metro de Castrobela abrirá en marzo",
        "La nueva línea 4 del metro de Castrobela, con nueve estaciones y 11 kilómetros, abrirá al "
        "público el 15 de marzo, anunció la consejería de Transportes.",
    ),
    (
        "es-metro-linea",
        "Castrobela tendrá su línea 4 de metro el 15 de marzo",
        "La obra, con nueve estaciones, ha costado 820 millones de euros.",
    ),
    (
        "es-metro-linea",
        "Fecha para la línea 4 del metro",
        "Apertura prevista el 15 de marzo.",
    ),
    (
        "es-tortugas-calanova",
        "Nacen 70 tortugas bobas en una playa de Calanova",
        "Unas 70 crías de tortuga boba salieron del nido vigilado en la playa del Faro de Calanova "
        "y llegaron al mar la noche del martes.",
    ),
    (
        "es-tortugas-calanova",
        "Calanova celebra el nacimiento de 70 tortugas",
        "Voluntarios vigilaron el nido durante 55 días.",
    ),
    (
        "es-tortugas-calanova",
        "Tortugas bobas en Calanova",
        "Setenta crías llegan al mar desde la playa del Faro.",
    ),
    (
        "es-museo-robo",
        "Roban un cuadro del siglo XVII del museo de Sotoalbo",
        "Ladrones robaron la madrugada del jueves un retrato del siglo XVII del museo municipal de "
        "Sotoalbo tras forzar una ventana.",
    ),
    (
        "es-mercado-cierre",
        "Cierra el mercado de abastos de Villarrasa tras 90 años",
        "El mercado de abastos de Villarrasa cerró el sábado sus puertas después de 90 años por "
        "falta de puestos abiertos.",
    ),
    # --- es: fog at an airport
    (
        "es-aeropuerto-niebla",
        "La niebla obliga a desviar 19 vuelos en el aeropuerto de Puertollano del Mar",
        "La densa niebla obligó el martes a desviar 19 vuelos con destino al aeropuerto de "
        "Puertollano del Mar, que estuvo cerrado a los aterrizajes durante cuatro horas.",
    ),
    (
        "es-aeropuerto-niebla",
        "Cuatro horas sin aterrizajes por la niebla en Puertollano del Mar",
        "Los pasajeros de los 19 vuelos desviados llegaron en autobús desde otros aeropuertos.",
    ),
    # --- it: two earthquakes in one week in the same valley
    (
        "it-terremoto-valcerna",
        "Terremoto di magnitudo 5,4 in Valcerna, crolli a San Desiderio",
        "Una scossa di magnitudo 5,4 ha colpito la Valcerna alle 3.12 di martedì: a San Desiderio "
        "è crollato il campanile della chiesa e una trentina di case sono inagibili, ma non ci "
        "sono vittime.",
    ),
    (
        "it-terremoto-valcerna",
        "Valcerna, paura nella notte: crolla il campanile",
        "A San Desiderio trenta famiglie sono senza casa dopo la scossa di 5.4.",
    ),
    (
        "it-terremoto-valcerna",
        "Scossa in Valcerna, nessuna vittima",
        "Trenta case inagibili nella frazione di San Desiderio.",
    ),
    (
        "it-terremoto-valcerna/seconda",
        "Nuova scossa di magnitudo 4,6 in Valcerna, evacuata una scuola",
        "Una scossa di magnitudo 4,6 è stata avvertita venerdì mattina a Roccapiana, in Valcerna, "
        "tre giorni dopo quella di San Desiderio; una scuola è stata evacuata per precauzione.",
    ),
    (
        "it-terremoto-valcerna/seconda",
        "Roccapiana, di nuovo la terra trema",
        "Scossa di 4,6 alle 10.40, studenti in cortile e nessun danno grave.",
    ),
    # --- it: two storms in one season
    (
        "it-maltempo-portolungo",
        "Tempesta Bianca sulla costa di Portolungo: mareggiata e 20.000 senza luce",
        "La tempesta Bianca ha colpito nella notte la costa di Portolungo con raffiche a 120 km/h "
        "e onde di sei metri, lasciando senza corrente circa 20.000 utenze.",
    ),
    (
        "it-maltempo-portolungo",
        "Portolungo devastata dalla mareggiata, distrutti gli stabilimenti",
        "Onde di sei metri hanno spazzato il lungomare; ventimila utenze senza elettricità.",
    ),
    (
        "it-maltempo-portolungo",
        "Tempesta Bianca, Portolungo al buio",
        "Ventimila utenze senza luce dopo la mareggiata della notte.",
    ),
    (
        "it-maltempo-portolungo/secondo",
        "Dopo Bianca arriva Ciro: alluvione a Fontecava",
        "A nove giorni dalla tempesta Bianca, il ciclone Ciro ha fatto esondare il torrente Lerca "
        "a Fontecava, dove 250 persone sono state evacuate.",
    ),
    (
        "it-maltempo-portolungo/secondo",
        "Fontecava sott'acqua, 250 evacuati per il ciclone Ciro",
        "Il torrente Lerca è uscito dagli argini nella notte.",
    ),
    # --- it: a trial's opening and its verdict
    (
        "it-processo-mancuso",
        "Crollo del ponte di Serralta, condannato l'ingegnere Mancuso",
        "Il tribunale di Serralta ha condannato a cinque anni l'ingegnere Paolo Mancuso per il "
        "crollo del ponte sul Vezzano, in cui morirono due automobilisti nel 2023.",
    ),
    (
        "it-processo-mancuso",
        "Ponte crollato, cinque anni al progettista",
        "Paolo Mancuso giudicato colpevole di omicidio colposo: la sentenza letta dopo sei ore di "
        "camera di consiglio.",
    ),
    (
        "it-processo-mancuso",
        "Serralta, la sentenza sul ponte",
        "Cinque anni a Mancuso, i familiari delle vittime in lacrime.",
    ),
    (
        "it-processo-mancuso/apertura",
        "Al via il processo per il crollo del ponte di Serralta",
        "Si è aperto lunedì davanti al tribunale di Serralta il processo all'ingegnere Paolo "
        "Mancuso, accusato del crollo del ponte sul Vezzano che nel 2023 costò la vita a due "
        "persone.",
    ),
    (
        "it-processo-mancuso/apertura",
        "Ponte sul Vezzano, prima udienza per Mancuso",
        "L'ingegnere si dichiara innocente: «Il progetto era corretto».",
    ),
    # --- it: one firm's two recalls
    (
        "it-richiamo-dolciaria",
        "Dolciaria Aurelia richiama panettoni per allergene non dichiarato",
        "Dolciaria Aurelia ha richiamato 15.000 panettoni da un chilo perché potrebbero contenere "
        "nocciole non indicate in etichetta, ha comunicato il ministero della Salute.",
    ),
    (
        "it-richiamo-dolciaria",
        "Panettoni Aurelia ritirati dai supermercati: rischio per gli allergici",
        "Il lotto coinvolto è di 15 mila pezzi; chi è allergico alla frutta a guscio non deve "
        "consumarli.",
    ),
    (
        "it-richiamo-dolciaria",
        "Richiamo dei panettoni Aurelia",
        "Le nocciole non sono dichiarate in etichetta.",
    ),
    (
        "it-richiamo-dolciaria/pandori",
        "Aurelia richiama anche i pandori: possibili frammenti metallici",
        "Dopo i panettoni, Dolciaria Aurelia ha richiamato 6.000 pandori per la possibile presenza "
        "di frammenti di metallo.",
    ),
    (
        "it-richiamo-dolciaria/pandori",
        "Secondo richiamo per Aurelia, tocca ai pandori",
        "Seimila confezioni ritirate per frammenti metallici.",
    ),
    # --- it: one minister's two speeches
    (
        "it-discorso-ferrante",
        "Ferrante: «Alta velocità fino a Capo Serra entro il 2030»",
        "Il ministro dei Trasporti Giulio Ferrante ha promesso sabato, parlando agli industriali "
        "di Capo Serra, che l'alta velocità arriverà in città entro il 2030.",
    ),
    (
        "it-discorso-ferrante",
        "Il ministro Ferrante agli industriali: treni veloci nel 2030",
        "Nel suo intervento a Capo Serra ha citato un investimento di 4 miliardi.",
    ),
    (
        "it-discorso-ferrante",
        "Alta velocità a Capo Serra nel 2030, promette il ministro",
        "Giulio Ferrante parla agli industriali.",
    ),
    (
        "it-discorso-ferrante/camera",
        "Ferrante alla Camera difende il taglio dei treni regionali",
        "Il ministro Giulio Ferrante ha difeso mercoledì alla Camera la riduzione di 120 corse dei "
        "treni regionali, contestata da sindaci e pendolari.",
    ),
    (
        "it-discorso-ferrante/camera",
        "Treni regionali, Ferrante non arretra",
        "Alla Camera il ministro ha confermato il taglio di 120 corse.",
    ),
    # --- it: other stories
    (
        "it-lupo-parco",
        "Un branco di lupi avvistato alle porte di Roccalba",
        "Un branco di cinque lupi è stato ripreso da una fototrappola a meno di un chilometro "
        "dalle case di Roccalba, ha reso noto il parco dei Monti Ardesi.",
    ),
    (
        "it-lupo-parco",
        "Roccalba, cinque lupi vicino al paese",
        "Le immagini della fototrappola del parco dei Monti Ardesi.",
    ),
    (
        "it-lupo-parco",
        "Lupi a un passo dalle case di Roccalba: il parco rassicura",
        "Per gli esperti del parco dei Monti Ardesi il branco non rappresenta un pericolo per gli "
        "abitanti.",
    ),
    (
        "it-museo-riapertura",
        "Riapre il museo archeologico di Torre Vigna dopo cinque anni",
        "Il museo archeologico di Torre Vigna riapre sabato dopo cinque anni di restauri costati 7 "
        "milioni di euro, con due nuove sale dedicate ai bronzi.",
    ),
    (
        "it-museo-riapertura",
        "Torre Vigna ritrova il suo museo",
        "Dopo cinque anni di lavori, riapertura sabato con ingresso gratuito.",
    ),
    (
        "it-museo-riapertura",
        "Museo di Torre Vigna, nuove sale per i bronzi",
        "I restauri sono costati 7 milioni.",
    ),
    (
        "it-ospedale-pronto",
        "Pronto soccorso di Vallombra chiuso di notte da gennaio",
        "Da gennaio il pronto soccorso dell'ospedale di Vallombra resterà chiuso dalle 20 alle 8 "
        "per mancanza di medici, ha annunciato l'azienda sanitaria.",
    ),
    (
        "it-ospedale-pronto",
        "Vallombra, stop notturno al pronto soccorso",
        "Mancano medici: chiusura dalle 20 alle 8.",
    ),
    (
        "it-ospedale-pronto",
        "Vallombra, il pronto soccorso chiude la notte: protestano i sindaci",
        "I sindaci della valle chiedono all'azienda sanitaria di rinviare la chiusura notturna "
        "prevista da gennaio.",
    ),
    (
        "it-sagra-record",
        "Sagra della castagna di Montepiano, 40 mila presenze",
        "La sagra della castagna di Montepiano ha chiuso domenica con 40 mila visitatori, un "
        "record.",
    ),
    (
        "it-funivia-guasto",
        "Guasto alla funivia del Monte Ciroa, 60 persone bloccate",
        "Sessanta sciatori sono rimasti bloccati per due ore sulla funivia del Monte Ciroa per un "
        "guasto al motore; nessun ferito.",
    ),
    # --- pt: two storms in one season
    (
        "pt-tempestade-ines",
        "Tempestade Inês deixa 35 mil casas sem luz no litoral de Vila Serena",
        "A tempestade Inês atingiu o litoral de Vila Serena na madrugada de domingo com rajadas de "
        "130 km/h, deixando cerca de 35 mil casas sem eletricidade e derrubando centenas de "
        "árvores.",
    ),
    (
        "pt-tempestade-ines",
        "Inês derruba árvores e corta luz a 35.000 clientes",
        "Em Vila Serena, a queda de uma árvore esmagou dois carros na avenida marginal; não houve "
        "feridos.",
    ),
    (
        "pt-tempestade-ines",
        "Tempestade Inês: o ponto da situação",
        "Milhares de casas sem luz e estradas cortadas em Vila Serena.",
    ),
    (
        "pt-tempestade-ines/jorge",
        "Depressão Jorge provoca cheias em Alvorada de Cima",
        "Oito dias depois da Inês, a depressão Jorge fez transbordar o rio em Alvorada, obrigando "
        "a retirar 180 pessoas das suas casas na quinta-feira.",
    ),
    (
        "pt-tempestade-ines/jorge",
        "Cheias em Alvorada: 180 desalojados com a passagem do Jorge",
        "A baixa da cidade ficou submersa e as escolas fecharam.",
    ),
    (
        "pt-tempestade-ines/jorge",
        "Depressão Jorge: cheias em Alvorada de Cima",
        "Cento e oitenta pessoas retiradas de casa.",
    ),
    # --- pt: a match preview and its report
    (
        "pt-jogo-ribeirense",
        "Ribeirense vence Atlético de Monforte por 3-0 e sobe ao segundo lugar",
        "O Ribeirense venceu no sábado o Atlético de Monforte por 3-0 no Estádio das Laranjeiras, "
        "com dois golos de Tiago Vasconcelos, e subiu ao segundo lugar da tabela.",
    ),
    (
        "pt-jogo-ribeirense",
        "Vasconcelos bisa e Ribeirense goleia Monforte",
        "Tiago Vasconcelos marcou duas vezes na vitória por três a zero que leva a equipa ao "
        "segundo posto.",
    ),
    (
        "pt-jogo-ribeirense",
        "Ribeirense 3-0 Monforte",
        "Bis de Vasconcelos nas Laranjeiras.",
    ),
    (
        "pt-jogo-ribeirense/antevisao",
        "Ribeirense recebe Monforte com Vasconcelos em dúvida",
        "O treinador do Ribeirense, Rui Falcão, disse na sexta-feira que Tiago Vasconcelos só será "
        "avaliado no dia do jogo com o Atlético de Monforte, sábado, nas Laranjeiras.",
    ),
    (
        "pt-jogo-ribeirense/antevisao",
        "Rui Falcão: «Monforte é uma equipa perigosa»",
        "Antevisão do jogo de sábado no Estádio das Laranjeiras.",
    ),
    # --- pt: a strike announced and ended
    (
        "pt-greve-enfermeiros",
        "Enfermeiros do Hospital de Santa Clara em greve a partir de segunda",
        "Os enfermeiros do Hospital de Santa Clara, em Porto Arcos, vão fazer greve de cinco dias "
        "a partir de segunda-feira para exigir a contratação de 120 profissionais, anunciou o "
        "sindicato.",
    ),
    (
        "pt-greve-enfermeiros",
        "Santa Clara: cinco dias de greve dos enfermeiros",
        "O sindicato exige mais 120 enfermeiros e só garante serviços mínimos nas urgências.",
    ),
    (
        "pt-greve-enfermeiros",
        "Greve de enfermeiros em Porto Arcos",
        "Cinco dias de paralisação a partir de segunda.",
    ),
    (
        "pt-greve-enfermeiros/fim",
        "Enfermeiros de Santa Clara suspendem greve após acordo",
        "Os enfermeiros do Hospital de Santa Clara suspenderam a greve ao terceiro dia, depois de "
        "a administração se comprometer a contratar 80 profissionais até março.",
    ),
    (
        "pt-greve-enfermeiros/fim",
        "Acordo põe fim à greve em Santa Clara",
        "A administração promete 80 contratações até março.",
    ),
    # --- pt: one company's two quarterly results
    (
        "pt-resultados-lusocabo",
        "Lusocabo aumenta lucro em 14% no terceiro trimestre",
        "A operadora Lusocabo registou um lucro líquido de 48 milhões de euros no terceiro "
        "trimestre, mais 14% do que há um ano, impulsionado pela fibra ótica.",
    ),
    (
        "pt-resultados-lusocabo",
        "Fibra ótica leva lucro da Lusocabo a 48 milhões",
        "As ações da operadora subiram 4% depois de apresentar contas acima do esperado.",
    ),
    (
        "pt-resultados-lusocabo",
        "Lusocabo lucra 48 milhões",
        "Trimestre acima das previsões dos analistas.",
    ),
    (
        "pt-resultados-lusocabo/segundo",
        "Lucro da Lusocabo cai 6% no segundo trimestre",
        "A Lusocabo lucrou 39 milhões de euros entre abril e junho, menos 6% do que no mesmo "
        "período do ano passado, devido aos custos de energia.",
    ),
    (
        "pt-resultados-lusocabo/segundo",
        "Custos de energia penalizam contas da Lusocabo",
        "Lucro de 39 milhões no segundo trimestre.",
    ),
    # --- pt: a trial's opening and its verdict
    (
        "pt-julgamento-barros",
        "Antigo autarca de Montemuro condenado a cinco anos por corrupção",
        "O tribunal de Vale do Sorraia condenou esta quinta-feira o antigo presidente da câmara de "
        "Montemuro, Fernando Barros, a cinco anos de prisão por corrupção passiva em contratos de "
        "2,3 milhões de euros.",
    ),
    (
        "pt-julgamento-barros",
        "Fernando Barros condenado a cinco anos de prisão",
        "O ex-autarca de Montemuro vai recorrer da sentença, disse o seu advogado à saída do "
        "tribunal.",
    ),
    (
        "pt-julgamento-barros",
        "Barros condenado",
        "Cinco anos para o antigo presidente da câmara de Montemuro.",
    ),
    (
        "pt-julgamento-barros/inicio",
        "Começa julgamento de Fernando Barros, ex-autarca de Montemuro",
        "Arrancou esta segunda-feira no tribunal de Vale do Sorraia o julgamento de Fernando "
        "Barros, antigo presidente da câmara de Montemuro, acusado de corrupção em contratos de "
        "2,3 milhões.",
    ),
    (
        "pt-julgamento-barros/inicio",
        "Barros nega tudo no primeiro dia de julgamento",
        "O ex-autarca diz que os contratos «foram todos legais».",
    ),
    # --- pt: other stories
    (
        "pt-ponte-fecho",
        "Ponte velha de Águas Belas fecha ao trânsito durante quatro meses",
        "A ponte velha de Águas Belas vai estar fechada ao trânsito entre janeiro e abril para "
        "obras de reforço que custam 1,8 milhões de euros, anunciou a câmara municipal.",
    ),
    (
        "pt-ponte-fecho",
        "Águas Belas: quatro meses sem a ponte velha",
        "Os condutores terão de dar uma volta de 12 quilómetros durante as obras.",
    ),
    (
        "pt-ponte-fecho",
        "Obras fecham ponte em Águas Belas",
        "Encerramento de janeiro a abril.",
    ),
    (
        "pt-golfinhos-baia",
        "Grupo de 40 golfinhos entra na baía de São Romão",
        "Cerca de 40 golfinhos foram avistados na terça-feira dentro da baía de São Romão, um "
        "fenómeno raro que atraiu centenas de curiosos ao cais.",
    ),
    (
        "pt-golfinhos-baia",
        "Golfinhos na baía de São Romão enchem o cais de curiosos",
        "Os biólogos contaram cerca de quarenta animais.",
    ),
    (
        "pt-golfinhos-baia",
        "Golfinhos em São Romão",
        "Cerca de quarenta animais na baía.",
    ),
    (
        "pt-feira-livro",
        "Feira do Livro de Castelo Alvo bate recorde com 75 mil visitantes",
        "A Feira do Livro de Castelo Alvo terminou no domingo com 75 mil visitantes, mais 20% do "
        "que no ano passado.",
    ),
    (
        "pt-feira-livro",
        "Castelo Alvo: recorde na Feira do Livro",
        "Setenta e cinco mil visitantes em dez dias.",
    ),
    (
        "pt-escola-nova",
        "Nova escola básica abre em Pinhal do Conde",
        "A nova escola básica de Pinhal do Conde, com capacidade para 400 alunos, abriu as portas "
        "na segunda-feira.",
    ),
    (
        "pt-incendio-fabrica",
        "Incêndio destrói fábrica de cortiça em Santo Amaro da Serra",
        "Um incêndio destruiu na madrugada de sábado uma fábrica de cortiça em Santo Amaro da "
        "Serra; os 60 trabalhadores ficam sem emprego.",
    ),
    # --- nl: one firm's two recalls
    (
        "nl-terugroep-vlietman",
        "Vlietman roept 26.000 waterkokers terug wegens brandgevaar",
        "Huishoudmerk Vlietman roept 26.000 waterkokers van het type WK-20 terug, omdat de "
        "schakelaar kan doorsmelten en brand kan veroorzaken.",
    ),
    (
        "nl-terugroep-vlietman",
        "Brandgevaar: gebruik deze waterkoker van Vlietman niet meer",
        "Klanten met een WK-20 krijgen hun geld terug; er zijn vier meldingen van smeulende "
        "apparaten.",
    ),
    (
        "nl-terugroep-vlietman",
        "Vlietman haalt waterkoker terug",
        "Het gaat om 26.000 exemplaren van de WK-20.",
    ),
    (
        "nl-terugroep-vlietman/strijkijzer",
        "Vlietman roept nu ook stoomstrijkijzers terug",
        "Een maand na de waterkokers roept Vlietman 11.000 stoomstrijkijzers terug, omdat het "
        "snoer bij de voet kan loskomen en een schok kan geven.",
    ),
    (
        "nl-terugroep-vlietman/strijkijzer",
        "Tweede terugroepactie van Vlietman: strijkijzers",
        "Het gaat om 11.000 strijkijzers die sinds maart zijn verkocht.",
    ),
    # --- nl: one minister's two speeches
    (
        "nl-toespraak-brouwer",
        "Minister Brouwer belooft 30.000 extra studentenkamers",
        "Minister van Wonen Sanne Brouwer heeft zaterdag op het congres van de studentenbond in "
        "Leeuwstad 30.000 extra studentenkamers voor 2029 beloofd.",
    ),
    (
        "nl-toespraak-brouwer",
        "Brouwer tegen studenten: 'Er komen kamers bij'",
        "In Leeuwstad zei de minister dat gemeenten geld krijgen voor dertigduizend kamers.",
    ),
    (
        "nl-toespraak-brouwer",
        "Brouwer belooft kamers",
        "30.000 erbij voor 2029, zegt de minister.",
    ),
    (
        "nl-toespraak-brouwer/kamer",
        "Brouwer verdedigt huurplafond in de Tweede Kamer",
        "Minister Sanne Brouwer heeft woensdag in de Tweede Kamer haar plan verdedigd om de huren "
        "in de middenhuur twee jaar te bevriezen.",
    ),
    (
        "nl-toespraak-brouwer/kamer",
        "Huurbevriezing: Brouwer houdt voet bij stuk",
        "De minister wees de kritiek van verhuurders in het debat van de hand.",
    ),
    # --- nl: two earthquakes in one week in the gas field region
    (
        "nl-beving-oldermeer",
        "Aardbeving met kracht 3,4 bij Oldermeer, schade aan huizen",
        "Bij Oldermeer is dinsdagavond een aardbeving met een kracht van 3,4 gevoeld; er kwamen "
        "ruim 300 schademeldingen binnen, meldt het meldpunt.",
    ),
    (
        "nl-beving-oldermeer",
        "Zware beving schudt Oldermeer wakker",
        "Scheuren in muren en gevallen serviesgoed: ruim 300 meldingen na de beving van 3,4.",
    ),
    (
        "nl-beving-oldermeer",
        "Beving bij Oldermeer gevoeld",
        "Kracht 3,4, honderden schademeldingen.",
    ),
    (
        "nl-beving-oldermeer/tweede",
        "Tweede beving in een week: kracht 2,8 bij Wessemerdijk",
        "Vier dagen na Oldermeer is zaterdag bij Wessemerdijk een aardbeving met een kracht van "
        "2,8 geregistreerd; er zijn 40 schademeldingen.",
    ),
    (
        "nl-beving-oldermeer/tweede",
        "Wessemerdijk opgeschrikt door nieuwe beving",
        "Een beving van 2,8 zorgde voor 40 schademeldingen.",
    ),
    # --- nl: a strike announced and ended
    (
        "nl-staking-schoonmaak",
        "Schoonmakers op Schiphaven leggen werk donderdag neer",
        "Schoonmakers op luchthaven Schiphaven staken donderdag 24 uur voor een hoger cao-loon, "
        "heeft vakbond SVB aangekondigd; reizigers moeten rekening houden met vieze toiletten en "
        "langere rijen.",
    ),
    (
        "nl-staking-schoonmaak",
        "Schoonmaakstaking op Schiphaven: 'Vuilnis zal zich ophopen'",
        "Ruim 700 schoonmakers leggen donderdag het werk neer, zegt de bond.",
    ),
    (
        "nl-staking-schoonmaak",
        "Staking van schoonmakers op Schiphaven",
        "Donderdag 24 uur actie.",
    ),
    (
        "nl-staking-schoonmaak/akkoord",
        "Akkoord bereikt: geen nieuwe acties schoonmakers Schiphaven",
        "Vakbond SVB en de schoonmaakbedrijven op Schiphaven hebben een akkoord bereikt over 7 "
        "procent loonsverhoging, waarmee verdere stakingen van de baan zijn.",
    ),
    (
        "nl-staking-schoonmaak/akkoord",
        "Schoonmakers Schiphaven krijgen 7 procent erbij",
        "De acties zijn voorbij na een akkoord met de bond.",
    ),
    # --- nl: one company's two quarterly results
    (
        "nl-cijfers-dekamp",
        "Dekamp Groep boekt 19 procent meer winst in derde kwartaal",
        "Bouwbedrijf Dekamp Groep heeft in het derde kwartaal een nettowinst van 37 miljoen euro "
        "geboekt, 19 procent meer dan een jaar eerder, dankzij grote infrastructuurprojecten.",
    ),
    (
        "nl-cijfers-dekamp",
        "Dekamp profiteert van wegenwerk: winst naar 37 miljoen",
        "Het aandeel steeg 5 procent op de beurs na de kwartaalcijfers.",
    ),
    (
        "nl-cijfers-dekamp",
        "Dekamp: winst 37 miljoen",
        "Het derde kwartaal is 19 procent beter dan vorig jaar.",
    ),
    (
        "nl-cijfers-dekamp/tweede",
        "Winst Dekamp Groep daalt in tweede kwartaal",
        "Dekamp Groep zag de nettowinst in het tweede kwartaal dalen met 11 procent naar 28 "
        "miljoen euro, door vertraging bij woningbouwprojecten.",
    ),
    (
        "nl-cijfers-dekamp/tweede",
        "Dekamp lijdt onder trage woningbouw",
        "De bouwer verdiende 28 miljoen euro in het tweede kwartaal.",
    ),
    # --- nl: other stories
    (
        "nl-brug-afsluiting",
        "Hefbrug in Zwanenburgh drie maanden dicht voor onderhoud",
        "De hefbrug over het Zwanendiepkanaal in Zwanenburgh gaat vanaf 13 januari drie maanden "
        "dicht voor groot onderhoud, meldt de provincie.",
    ),
    (
        "nl-brug-afsluiting",
        "Omrijden in Zwanenburgh: hefbrug tot april dicht",
        "Automobilisten moeten 9 kilometer omrijden zolang de brug in onderhoud is.",
    ),
    (
        "nl-brug-afsluiting",
        "Brug Zwanenburgh dicht vanaf januari",
        "De provincie sluit de brug drie maanden voor groot onderhoud.",
    ),
    (
        "nl-zeehond-opvang",
        "Zeehondencentrum in Harlinghoek vangt recordaantal pups op",
        "Het zeehondencentrum in Harlinghoek heeft dit jaar 410 zeehondenpups opgevangen, meer dan "
        "ooit, door de zware stormen in de zomer.",
    ),
    (
        "nl-zeehond-opvang",
        "Record in Harlinghoek: 410 zeehondjes opgevangen",
        "De opvang zit vol, zegt de directeur van het centrum.",
    ),
    (
        "nl-zeehond-opvang",
        "Drukte in de zeehondenopvang van Harlinghoek",
        "Een recordjaar met 410 pups.",
    ),
    (
        "nl-bibliotheek-sluiting",
        "Bibliotheek in Rijsveen sluit na 60 jaar",
        "De bibliotheek in Rijsveen sluit eind december na 60 jaar de deuren, omdat de gemeente de "
        "subsidie stopt.",
    ),
    (
        "nl-bibliotheek-sluiting",
        "Rijsveen verliest zijn bibliotheek",
        "De gemeente stopt de subsidie; eind december gaat de deur dicht.",
    ),
    (
        "nl-bibliotheek-sluiting",
        "Bibliotheek Rijsveen gaat dicht",
        "Na 60 jaar stopt de gemeente met het geld voor de bieb.",
    ),
    (
        "nl-molen-brand",
        "Brand verwoest korenmolen De Hoop in Aldewolde",
        "Een brand heeft in de nacht van zondag op maandag de historische korenmolen De Hoop in "
        "Aldewolde verwoest; de wieken stortten in.",
    ),
    (
        "nl-kermis-ongeluk",
        "Kind gewond bij ongeluk met draaimolen op kermis Veenhuizerveld",
        "Een meisje van 9 is zaterdag lichtgewond geraakt toen een gondel van de draaimolen op de "
        "kermis van Veenhuizerveld losraakte.",
    ),
)

# Each hard-negative label is another event of the story before its slash, same language.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two earthquakes in one region in one week": (
        "en-quake-brennock/second",
        "ru-quake-sarma/second",
        "es-sismo-almoral/replica",
        "it-terremoto-valcerna/seconda",
        "nl-beving-oldermeer/tweede",
    ),
    "two storms in one season, different places": (
        "en-storm-petra/quinn",
        "de-sturm-hedda/ilka",
        "fr-tempete-gaelle/hugo",
        "it-maltempo-portolungo/secondo",
        "pt-tempestade-ines/jorge",
    ),
    "a match preview and its report": (
        "en-cup-kestrel/preview",
        "en-rugby-ardlow/preview",
        "ru-match-metallurg/preview",
        "fr-match-vireux/avant",
        "es-partido-teruela/previa",
        "pt-jogo-ribeirense/antevisao",
    ),
    "one firm's two product recalls": (
        "en-recall-homefield/fishpie",
        "en-recall-voltaro/charger",
        "de-rueckruf-brenner/kinderwagen",
        "es-retirada-lacteos/queso",
        "it-richiamo-dolciaria/pandori",
        "nl-terugroep-vlietman/strijkijzer",
    ),
    "one politician's two speeches": (
        "en-speech-hadley/unions",
        "de-rede-vosskamp/landtag",
        "fr-discours-mercadier/senat",
        "es-discurso-olmedo/parlamento",
        "it-discorso-ferrante/camera",
        "nl-toespraak-brouwer/kamer",
    ),
    "a trial's opening and its verdict": (
        "en-trial-corrigan/opening",
        "ru-trial-lopatin/opening",
        "fr-proces-fauvel/ouverture",
        "it-processo-mancuso/apertura",
        "pt-julgamento-barros/inicio",
    ),
    "one company's two quarterly results": (
        "en-results-larkspur/q2",
        "ru-results-severles/q2",
        "de-quartal-halberg/q2",
        "es-resultados-navalia/segundo",
        "pt-resultados-lusocabo/segundo",
        "nl-cijfers-dekamp/tweede",
    ),
    "a strike announced and the strike ended": (
        "en-strike-northway/ended",
        "ru-strike-avtobus/ended",
        "de-streik-kitas/einigung",
        "fr-greve-tram/fin",
        "pt-greve-enfermeiros/fim",
        "nl-staking-schoonmaak/akkoord",
    ),
}
