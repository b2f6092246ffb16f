"""A ninth check set for story merging, written blind, with publication times, to be scored once.

Written 2026-12-06. Items are (story, title, lead, hours): `hours` is when the item was published,
in hours after the set's start, so the merging's time window (two items are compared only when
published within 48 hours of each other) decides as it would in production: copies of one event
are minutes to hours apart, a next-day follow-up 20 to 30 hours after the first copy, a hard
negative as far from its story as the two events really were (two firms' results a few minutes
apart on one morning, two fires in one city hours apart, a match preview and its report about a
day apart, a protest called and held two to four days apart, two earthquakes 31 to 140 hours
apart, a weekly bulletin and the next one 168 hours apart, a takeover bid and its completion
three to five weeks apart). The bench scores the set in time order (`bench.stories`).

Items with one story label are one event as different outlets in one language would carry it: a
wire copy, a flash, a local paper, a business page, a human-angle or quote-led piece, a translated
wire headline. Copies share what real coverage shares (the place, a name, the key number, the
event noun), worded in their own way: numbers change format (5.8 / 5.8-magnitude, £184m / £184
million, 4,6 / 4.6, 1,85 Euro / 1,85 €/kg, 412 millions d'euros / 400 M€, 41 per 100,000 / 41 per
100k), names change form (full name, surname, title), and some two in five leads are teasers
under 80 characters.

What "same story" means here: one event (one earthquake, one match, one results statement, one
fire, one week's bulletin, one protest, one bid, one grounding) in that event's news cycle,
including a next-day follow-up that repeats the background and adds a figure or a quote. Not the
same story: another event of the same kind, even in the same place with the same people (the next
quake in the region, the report of the match a preview announced, the other firm's results that
morning, the second fire of the day, next week's bulletin, the protest held after the call, the
completed takeover after the bid), and the same person in an unrelated matter the same day. The
second event often names the first as background; it is still another story. A label with a suffix
after a slash is a hard negative of the story before the slash (categories in `HARD_NEGATIVES`).
The stories told by one outlet only sit next to a paired story's place, club, firm or person (a
fare freeze in the mayor's city, a new fire station in the town of the two fires): they can only
be merged falsely. Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt,
nl. All texts, places, people, firms, clubs and prizes are invented here; real bodies appear only
as backdrop (a préfecture, CCOO and UGT, Piazza Affari, the Damrak, an NL-Alert).

One story's copies are more than 48 hours apart, on purpose: en-theft-marwick, whose third copy is
a weekend paper's reconstruction published 62 hours after the raid. Production never compares it
with the first two copies, so its two pairs with them are a miss no merging inside the window can
avoid (2 of the set's same-story pairs).

Written by an author who read neither the merging code, its rules and lexicon, the merging docs,
nor the items of round 8 (round 7 was read for its format, round 8 for its docstring only), and
never run through the merging code before its one scoring run (`python -m bench.stories
--round9`). Once its errors have been read it is no longer a clean check: say so beside any later
score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- en: two earthquakes in one country four days apart (97 hours)
    (
        "en-quake-varnholt",
        "Magnitude 5.8 earthquake shakes Kessary's Varnholt Valley",
        "A magnitude 5.8 earthquake struck the Varnholt Valley in northern Kessary at 6.12am on "
        "Tuesday, killing two people in the town of Drummel and damaging about 140 homes, the "
        "civil protection agency said.",
        14.0,
    ),
    (
        "en-quake-varnholt",
        "Two dead as quake hits Drummel",
        "Houses cracked and a church tower fell in Drummel after the 5.8-magnitude tremor.",
        14.3,
    ),
    (
        "en-quake-varnholt",
        "'The whole street was swaying': Varnholt residents describe dawn quake",
        "Shopkeeper Mirela Tasch was opening up in Drummel when the earthquake hit. 'I held on "
        "to the counter,' she said, as rescuers checked 140 damaged houses.",
        15.1,
    ),
    (
        "en-quake-varnholt",
        "Varnholt earthquake: 600 still in shelters a day on",
        "A day after Tuesday's 5.8 quake killed two in Drummel, about 600 people spent a second "
        "night in sports halls while engineers inspected damaged homes across the valley.",
        38.0,
    ),
    (
        "en-quake-varnholt/coast",
        "Second quake in a week: 5.1 tremor hits Kessary coast near Port Aldane",
        "A magnitude 5.1 earthquake struck off Port Aldane on Kessary's west coast on Saturday, "
        "four days after the deadly Varnholt Valley quake; no injuries were reported.",
        111.0,
    ),
    (
        "en-quake-varnholt/coast",
        "Port Aldane shaken, no damage reported",
        "Kessary's coast felt a 5.1 tremor on Saturday morning.",
        111.6,
    ),
    (
        "en-quake-varnholt/coast",
        "Kessary: magnitude 5.1 earthquake off west coast",
        "The tremor off Port Aldane comes days after the deadly Varnholt quake.",
        112.0,
    ),
    # --- en: a cup semi-final preview and its report (the next evening)
    (
        "en-cup-ashby",
        "Ashby Rovers v Coldbrook City: semi-final preview, team news and prediction",
        "Ashby Rovers host Coldbrook City at Mill Lane on Wednesday night for a place in the "
        "county cup final, with striker Jon Vael back from a hamstring injury.",
        40.0,
    ),
    (
        "en-cup-ashby",
        "Vael fit for Ashby's cup semi against Coldbrook",
        "Rovers boss Ian Threlfall has his top scorer back for Wednesday.",
        41.5,
    ),
    (
        "en-cup-ashby",
        "Cup semi-final: Ashby v Coldbrook kicks off at 7.45pm",
        "Vael returns for Rovers; Coldbrook unbeaten in nine away games.",
        43.0,
    ),
    (
        "en-cup-ashby/report",
        "Ashby Rovers 2-1 Coldbrook City: Vael double sends Rovers to cup final",
        "Jon Vael scored twice in the second half as Ashby Rovers came from behind to beat "
        "Coldbrook City 2-1 at Mill Lane and reach the county cup final.",
        64.5,
    ),
    (
        "en-cup-ashby/report",
        "Vael brace takes Ashby to the final",
        "Rovers beat Coldbrook 2-1 after trailing at half-time.",
        64.8,
    ),
    (
        "en-cup-ashby/report",
        "Threlfall: 'We never stopped believing' after Coldbrook comeback",
        "Ashby manager Ian Threlfall praised his side's second-half display after a 2-1 "
        "semi-final win over Coldbrook City sealed a first cup final in 19 years.",
        66.0,
    ),
    # --- en: two firms' full-year results on one morning
    (
        "en-results-halvard",
        "Halvard Foods profit falls 12% as ingredient costs bite",
        "Halvard Foods reported a 12% fall in full-year pre-tax profit to £184m on Thursday, "
        "blaming higher cocoa and dairy prices, and kept its dividend at 21p a share.",
        48.0,
    ),
    (
        "en-results-halvard",
        "Halvard shares slide after profit drop",
        "Pre-tax profit down 12% to £184 million at the snacks maker.",
        48.2,
    ),
    (
        "en-results-halvard",
        "Halvard Foods boss: price rises 'behind us'",
        "Chief executive Nadia Orme said Halvard would not raise prices again this year after "
        "annual profit slipped to £184m.",
        49.5,
    ),
    (
        "en-results-halvard/brightmoor",
        "Brightmoor Retail profit jumps 9% on online sales",
        "Department store group Brightmoor Retail posted a 9% rise in annual pre-tax profit to "
        "£97m on Thursday as online orders grew by a fifth, and raised its dividend.",
        48.1,
    ),
    (
        "en-results-halvard/brightmoor",
        "Brightmoor beats forecasts with £97m profit",
        "Shares in the retailer rose 6% in early trading.",
        48.9,
    ),
    (
        "en-results-halvard/brightmoor",
        "Retailer Brightmoor lifts dividend after online boom",
        "Brightmoor Retail's pre-tax profit rose 9% to £97 million in the year to January, with "
        "internet sales up a fifth; the final dividend goes up to 8.4p.",
        50.0,
    ),
    # --- en: one mayor in two unrelated stories on one day
    (
        "en-mayor-okafor",
        "Lindenport's new tram line opens to passengers",
        "Mayor Dara Okafor cut the ribbon on Lindenport's £310m Riverside tram line on Friday, "
        "which links the station with the Harlow Park estate in 14 minutes.",
        70.0,
    ),
    (
        "en-mayor-okafor",
        "First trams run on Riverside line",
        "Lindenport's 6.5km route carries its first passengers after three years of works.",
        70.4,
    ),
    (
        "en-mayor-okafor",
        "Okafor hails tram opening as 'a promise kept'",
        "The mayor rode the first Riverside service with schoolchildren from Harlow Park.",
        71.0,
    ),
    (
        "en-mayor-okafor/fine",
        "Lindenport mayor Dara Okafor fined for speeding",
        "Dara Okafor was fined £420 and given three penalty points by magistrates on Friday "
        "after admitting driving at 47mph in a 30mph zone on the city's ring road in June.",
        72.5,
    ),
    (
        "en-mayor-okafor/fine",
        "Okafor admits speeding, pays £420 fine",
        "The Lindenport mayor says she is 'embarrassed'.",
        73.0,
    ),
    (
        "en-mayor-okafor/fine",
        "Mayor's speeding case: what the court heard",
        "Okafor was caught by a camera at 47mph on the Lindenport ring road in June; she told "
        "magistrates she had been late for a council meeting.",
        75.0,
    ),
    # --- en: two separate fires in one city on one day
    (
        "en-fire-brackwater",
        "Huge blaze destroys warehouse at Brackwater docks",
        "More than 60 firefighters tackled a fire that destroyed a timber warehouse at "
        "Brackwater's North Quay early on Monday; smoke could be seen across the city.",
        120.0,
    ),
    (
        "en-fire-brackwater",
        "Brackwater docks fire: residents told to keep windows shut",
        "A thick plume from the North Quay warehouse drifts over the city centre.",
        120.3,
    ),
    (
        "en-fire-brackwater",
        "North Quay blaze under control after six hours",
        "Fire crews said the timber store at Brackwater docks was a total loss but nobody was "
        "hurt; the cause is being investigated.",
        121.2,
    ),
    (
        "en-fire-brackwater",
        "BRACKWATER: warehouse ablaze at North Quay",
        "Fire service says 12 engines are at the docks; dock road closed.",
        120.1,
    ),
    (
        "en-fire-brackwater/flats",
        "Family rescued from flat fire in Brackwater's Eastgate",
        "Firefighters used a ladder to rescue a couple and their two children from a third-floor"
        " flat on Eastgate's Cobden Road on Monday evening; the mother was treated for smoke "
        "inhalation.",
        131.0,
    ),
    (
        "en-fire-brackwater/flats",
        "Four rescued in Eastgate flat blaze",
        "Second fire of the day for Brackwater crews.",
        131.5,
    ),
    # --- en: a weekly flu bulletin in two consecutive weeks
    (
        "en-flu-northmark",
        "Flu cases rise for third week in Northmark",
        "The Northmark Health Agency's weekly report puts flu consultations at 41 per 100,000 "
        "people, up from 29 a week earlier, with children under five hardest hit.",
        30.0,
    ),
    (
        "en-flu-northmark",
        "Northmark flu rate climbs to 41 per 100,000",
        "GP visits for flu-like illness are up again, the health agency's weekly figures show.",
        30.5,
    ),
    (
        "en-flu-northmark",
        "Flu season is here early, warns the health agency",
        "The weekly bulletin from Northmark shows 41 cases in every 100k.",
        32.0,
    ),
    (
        "en-flu-northmark/week",
        "Northmark flu rate passes 58 per 100,000",
        "Flu consultations rose for a fourth week to 58 per 100,000 people, the Northmark Health"
        " Agency said in its weekly report, and hospital admissions doubled.",
        198.0,
    ),
    (
        "en-flu-northmark/week",
        "Flu admissions to hospital have doubled",
        "The latest Northmark bulletin has 58 cases per 100,000.",
        198.4,
    ),
    # --- en: a teachers' march called, and held three days later (70 hours)
    (
        "en-march-glenmoor",
        "Teachers' union calls march on Glenmoor parliament",
        "The Glenmoor Teachers' Federation has called a national march on parliament for "
        "Saturday in protest at a 3% pay offer, its general secretary Ruth Callan announced.",
        150.0,
    ),
    (
        "en-march-glenmoor",
        "Callan: teachers will march on Saturday",
        "The union rejects the 3% offer and plans a rally outside parliament.",
        150.5,
    ),
    (
        "en-march-glenmoor",
        "Schools brace for weekend pay protest",
        "Glenmoor's teachers are called to the capital over the 3% offer.",
        152.0,
    ),
    (
        "en-march-glenmoor/held",
        "Thousands of teachers march through Glenmoor capital",
        "About 25,000 teachers marched to parliament on Saturday demanding more than the 3% pay "
        "rise on offer, police said; the union put the crowd at 40,000.",
        220.0,
    ),
    (
        "en-march-glenmoor/held",
        "25,000 teachers rally outside parliament",
        "Ruth Callan tells the crowd the 3% offer is 'an insult'.",
        220.3,
    ),
    (
        "en-march-glenmoor/held",
        "Pay march passes off peacefully",
        "Glenmoor police report no arrests at Saturday's teachers' rally.",
        221.0,
    ),
    # --- en: a takeover bid, and the takeover completed five weeks later
    (
        "en-bid-corvane",
        "Talbridge Group bids £2.3bn for Corvane Steel",
        "Industrial conglomerate Talbridge Group has made a £2.3bn cash offer for Corvane Steel,"
        " 38% above Friday's closing price, and says it will keep the Millbeck plant open.",
        5.0,
    ),
    (
        "en-bid-corvane",
        "Corvane shares soar 35% on Talbridge offer",
        "The 410p-a-share bid values the steelmaker at £2.3 billion.",
        5.2,
    ),
    (
        "en-bid-corvane",
        "Corvane board backs Talbridge's £2.3bn approach",
        "Directors will recommend the 410p offer to shareholders.",
        6.0,
    ),
    (
        "en-bid-corvane/done",
        "Talbridge completes £2.3bn Corvane Steel takeover",
        "Talbridge Group has completed its acquisition of Corvane Steel after regulators cleared"
        " the deal, and Corvane's shares were removed from the stock exchange on Monday.",
        845.0,
    ),
    (
        "en-bid-corvane/done",
        "Corvane delisted as Talbridge deal closes",
        "The steelmaker's 120 years as a listed firm end today.",
        846.0,
    ),
    # --- en: a ferry aground, with a next-day follow-up
    (
        "en-ferry-skarra",
        "Ferry runs aground off Skarra Island with 212 on board",
        "The passenger ferry Maren Star ran aground on rocks off Skarra Island on Sunday night; "
        "all 212 passengers and 19 crew were taken off by lifeboats and fishing boats.",
        90.0,
    ),
    (
        "en-ferry-skarra",
        "All 231 safe after Skarra grounding",
        "Lifeboats took passengers and crew off the Maren Star.",
        90.2,
    ),
    (
        "en-ferry-skarra",
        "'We heard a terrible scraping': Maren Star passengers reach shore",
        "Passengers from the stranded Skarra ferry spoke of the moment the hull hit the rocks.",
        91.0,
    ),
    (
        "en-ferry-skarra",
        "Skarra ferry refloated as inquiry opens",
        "Salvage tugs refloated the Maren Star on Monday, a day after it ran aground off Skarra "
        "Island with 212 passengers aboard; marine investigators are questioning the captain.",
        113.0,
    ),
    # --- en: a museum theft, and a weekly's long read on it 62 hours later
    (
        "en-theft-marwick",
        "Thieves steal jewelled crown from Marwick museum",
        "A gold crown set with 300 pearls was stolen from the Marwick City Museum early on "
        "Wednesday by two men who smashed a display case in under four minutes, police said.",
        260.0,
    ),
    (
        "en-theft-marwick",
        "Marwick crown stolen in four-minute raid",
        "Police hunt two men after the 300-pearl crown is taken.",
        260.4,
    ),
    (
        "en-theft-marwick",
        "Four minutes in Marwick: how the crown thieves did it",
        "A reconstruction of Wednesday's raid on the Marwick City Museum, from the ladder at the"
        " back door to the crown with its 300 pearls vanishing into a van.",
        322.0,
    ),
    # --- en: told by one outlet only, next to the paired stories' places
    (
        "en-fares-lindenport",
        "Lindenport freezes bus and tram fares for 2027",
        "Single fares across Lindenport will stay at £1.90 next year after the transport "
        "committee agreed to use parking income to cover the cost.",
        160.0,
    ),
    (
        "en-port-brackwater",
        "Brackwater port handles record 1.4m containers",
        "The port's annual container traffic reached a record 1.4 million boxes, helped by a new"
        " crane at North Quay.",
        240.0,
    ),
    (
        "en-jobs-corvane",
        "Corvane Steel to close Millbeck furnace, 300 jobs at risk",
        "Corvane will shut one of its two furnaces at Millbeck next spring, citing weak demand, "
        "while the Talbridge takeover awaits approval.",
        420.0,
    ),
    # --- ru: two earthquakes in one region 31 hours apart
    (
        "ru-quake-tarkhan",
        "Землетрясение магнитудой 6,1 произошло в Тарханском крае",
        "В среду в 04:40 по местному времени в Тарханском крае произошло землетрясение "
        "магнитудой 6,1; в Верхнеборске повреждены 37 домов, пострадали пять человек, сообщили в"
        " краевом МЧС.",
        20.0,
    ),
    (
        "ru-quake-tarkhan",
        "В Верхнеборске после толчков пострадали пять человек",
        "Жители выбежали на улицу среди ночи, в домах треснули стены.",
        20.3,
    ),
    (
        "ru-quake-tarkhan",
        "«Шкаф упал прямо на кровать»: жители Верхнеборска о ночном землетрясении",
        "Горожане рассказывают, как пережили толчки силой 6,1; в школе № 3 развернут пункт "
        "временного размещения.",
        22.0,
    ),
    (
        "ru-quake-tarkhan",
        "Верхнеборск: число поврежденных домов выросло до 52",
        "Спустя сутки после землетрясения магнитудой 6,1 специалисты обследовали дома в "
        "Верхнеборске; пятеро пострадавших остаются в больнице.",
        45.0,
    ),
    (
        "ru-quake-tarkhan/second",
        "Новое землетрясение магнитудой 4,9 зафиксировано у Каменной Губы",
        "В четверг днем у поселка Каменная Губа на побережье Тарханского края произошло "
        "землетрясение магнитудой 4,9, разрушений нет, сообщили сейсмологи.",
        51.0,
    ),
    (
        "ru-quake-tarkhan/second",
        "Толчки силой 4,9 ощутили в Каменной Губе",
        "Второе землетрясение в крае за два дня, пострадавших нет.",
        51.4,
    ),
    # --- ru: one governor in two unrelated stories on one day
    (
        "ru-governor-zorin",
        "Губернатор Зорин открыл новую областную больницу в Светлогорске",
        "Губернатор Озерской области Олег Зорин открыл в Светлогорске больницу на 420 коек, "
        "строительство которой обошлось в 6,8 млрд рублей.",
        100.0,
    ),
    (
        "ru-governor-zorin",
        "В Светлогорске заработала больница на 420 мест",
        "Первых пациентов примут уже в понедельник.",
        100.5,
    ),
    (
        "ru-governor-zorin",
        "Олег Зорин: «Больше не нужно ехать за помощью в столицу»",
        "Глава Озерской области на открытии больницы в Светлогорске пообещал набрать 300 врачей.",
        101.5,
    ),
    (
        "ru-governor-zorin/election",
        "Зорин объявил, что будет баллотироваться на второй срок",
        "Губернатор Озерской области Олег Зорин заявил, что пойдет на выборы в сентябре как "
        "самовыдвиженец.",
        104.0,
    ),
    (
        "ru-governor-zorin/election",
        "Зорин пойдет на второй срок",
        "Выборы губернатора пройдут в сентябре.",
        104.3,
    ),
    (
        "ru-governor-zorin/election",
        "Олег Зорин подтвердил участие в губернаторских выборах",
        "Глава Озерской области будет выдвигаться самостоятельно, без поддержки партий; "
        "голосование назначено на сентябрь.",
        106.0,
    ),
    # --- ru: a weekly price bulletin in two consecutive weeks
    (
        "ru-prices-week",
        "Цены в Озерской области за неделю выросли на 0,21%",
        "Облстат в среду сообщил, что за неделю с 3 по 9 числа потребительские цены выросли на "
        "0,21%, сильнее всего подорожали огурцы и сливочное масло.",
        40.0,
    ),
    (
        "ru-prices-week",
        "Недельная инфляция ускорилась до 0,21%",
        "Огурцы подорожали сразу на 9%.",
        40.2,
    ),
    (
        "ru-prices-week",
        "Облстат: огурцы и масло дорожают быстрее всего",
        "Недельный рост цен в регионе составил 0,21%.",
        41.0,
    ),
    (
        "ru-prices-week/next",
        "Рост цен в Озерской области замедлился до 0,09% за неделю",
        "По данным облстата, за неделю с 10 по 16 число цены выросли на 0,09%, огурцы подешевели"
        " впервые за месяц.",
        208.0,
    ),
    (
        "ru-prices-week/next",
        "Недельная инфляция снизилась до 0,09%",
        "Облстат зафиксировал замедление роста цен.",
        208.5,
    ),
    # --- ru: told by one outlet only
    (
        "ru-bridge-verkhneborsk",
        "В Верхнеборске открыли мост через Тархань после ремонта",
        "Движение по мосту возобновлено в обе стороны, ремонт занял полтора года.",
        300.0,
    ),
    # --- de: a match preview and its report (the next day)
    (
        "de-derby-kaltenbach",
        "Vorbericht: FC Kaltenbach empfängt den SV Rheinau zum Derby",
        "Vor 18.000 Zuschauern will der FC Kaltenbach am Sonntag gegen den SV Rheinau die "
        "Tabellenführung verteidigen; Trainer Marko Steiner muss auf Kapitän Lenz verzichten.",
        130.0,
    ),
    (
        "de-derby-kaltenbach",
        "Steiner vor dem Derby: „Wir haben keine Angst“",
        "Kaltenbach ohne Kapitän Lenz gegen Rheinau.",
        131.5,
    ),
    (
        "de-derby-kaltenbach/bericht",
        "FC Kaltenbach schlägt SV Rheinau 3:0 und bleibt Tabellenführer",
        "Zwei Tore von Jonas Albers und ein Elfmeter in der Schlussminute brachten dem FC "
        "Kaltenbach am Sonntag einen klaren Derbysieg gegen den SV Rheinau.",
        154.0,
    ),
    (
        "de-derby-kaltenbach/bericht",
        "Albers schießt Kaltenbach zum Derbysieg",
        "3:0 gegen Rheinau vor ausverkauftem Haus.",
        154.3,
    ),
    (
        "de-derby-kaltenbach/bericht",
        "Rheinau nach Derby-Pleite: Trainer stellt sich vor die Mannschaft",
        "Nach dem 0:3 in Kaltenbach sieht Rheinaus Coach trotzdem Fortschritte.",
        155.0,
    ),
    # --- de: a weekly pig price report in two consecutive weeks
    (
        "de-schwein-nordmark",
        "Schweinepreis bleibt bei 1,85 Euro",
        "Die Erzeugerpreisbörse Nordmark hat den Vereinigungspreis für Schlachtschweine am "
        "Mittwoch unverändert bei 1,85 Euro je Kilogramm notiert, obwohl die Schlachthöfe "
        "weniger Tiere abnehmen.",
        60.0,
    ),
    (
        "de-schwein-nordmark",
        "Schlachtschweine: Notierung unverändert",
        "Die Börse hält den Preis bei 1,85 €/kg.",
        60.5,
    ),
    (
        "de-schwein-nordmark",
        "Schweinehalter atmen auf: Kein Preisabschlag diese Woche",
        "Trotz schwacher Nachfrage bleibt es bei 1,85 Euro je Kilo, meldet die "
        "Erzeugerpreisbörse Nordmark.",
        62.0,
    ),
    (
        "de-schwein-nordmark/woche",
        "Schweinepreis fällt um 5 Cent auf 1,80 Euro",
        "Eine Woche nach der unveränderten Notierung hat die Erzeugerpreisbörse Nordmark den "
        "Preis für Schlachtschweine am Mittwoch auf 1,80 Euro je Kilogramm gesenkt.",
        228.0,
    ),
    (
        "de-schwein-nordmark/woche",
        "Minus 5 Cent: Schweinepreis sinkt",
        "Neue Notierung der Börse: 1,80 €/kg.",
        228.3,
    ),
    (
        "de-schwein-nordmark/woche",
        "Schweinepreis: Börse senkt die Notierung",
        "Die Erzeugerpreisbörse Nordmark nimmt 5 Cent zurück, der Vereinigungspreis liegt nun "
        "bei 1,80 Euro je Kilogramm.",
        229.0,
    ),
    # --- de: a derailment, with a next-day follow-up
    (
        "de-zug-lohberg",
        "ICE bei Lohberg entgleist – 14 Verletzte",
        "Ein ICE mit 380 Fahrgästen ist am Dienstagabend kurz vor dem Bahnhof Lohberg entgleist;"
        " 14 Menschen wurden verletzt, zwei davon schwer, teilte die Polizei mit.",
        170.0,
    ),
    (
        "de-zug-lohberg",
        "Zugunglück in Lohberg: zwei Schwerverletzte",
        "Zwei Wagen sprangen aus den Schienen, die Strecke ist gesperrt.",
        170.2,
    ),
    (
        "de-zug-lohberg",
        "„Es gab einen lauten Knall“ – Fahrgäste schildern Entgleisung",
        "Reisende aus dem verunglückten ICE berichten, wie der Zug bei Lohberg aus dem Gleis "
        "sprang.",
        171.0,
    ),
    (
        "de-zug-lohberg",
        "Nach Entgleisung bei Lohberg: Ermittler prüfen Weiche",
        "Einen Tag nach dem Unfall mit 14 Verletzten untersuchen Experten eine Weiche vor dem "
        "Bahnhof Lohberg; die Strecke bleibt bis Freitag gesperrt.",
        194.0,
    ),
    # --- de: told by one outlet only
    (
        "de-trainer-rheinau",
        "SV Rheinau verlängert mit Trainer Bauer bis 2028",
        "Trotz der Derby-Niederlage hält der Verein an seinem Coach fest, der seit zwei Jahren "
        "im Amt ist.",
        250.0,
    ),
    # --- fr: farmers call a blockade of Vessac, and hold it two days later (40 hours)
    (
        "fr-blocage-vessac",
        "Les agriculteurs appellent à bloquer Vessac jeudi",
        "La FDSEA du Haut-Lizon appelle les exploitants à bloquer les accès de Vessac jeudi avec"
        " leurs tracteurs pour protester contre la baisse du prix du lait, a annoncé son "
        "président Étienne Rouvray.",
        80.0,
    ),
    (
        "fr-blocage-vessac",
        "Prix du lait : appel au blocage de Vessac",
        "Les tracteurs sont attendus jeudi aux portes de la préfecture.",
        80.5,
    ),
    (
        "fr-blocage-vessac",
        "Étienne Rouvray : « Nous ne lâcherons rien sur le lait »",
        "Le syndicaliste promet un blocage de Vessac « du matin jusqu'au soir » jeudi.",
        81.5,
    ),
    (
        "fr-blocage-vessac/tenu",
        "Vessac bloquée par quelque 400 tracteurs",
        "Environ 400 tracteurs ont bloqué jeudi dès 6 heures les six entrées de Vessac, selon la"
        " préfecture, provoquant des bouchons de plusieurs kilomètres sur la rocade.",
        120.0,
    ),
    (
        "fr-blocage-vessac/tenu",
        "Journée noire sur les routes de Vessac",
        "Les agriculteurs en colère paralysent la ville, la préfecture les reçoit à midi.",
        120.4,
    ),
    (
        "fr-blocage-vessac/tenu",
        "Blocage de Vessac : le préfet promet une table ronde sur le lait",
        "Après une matinée de blocage par des centaines de tracteurs, le préfet du Haut-Lizon a "
        "reçu une délégation et promis une réunion avec les laiteries.",
        121.0,
    ),
    # --- fr: two firms' results on one morning
    (
        "fr-resultats-marvelle",
        "Marvelle : bénéfice annuel en hausse de 7 %",
        "Le groupe de cosmétiques Marvelle a publié mardi un bénéfice net de 412 millions "
        "d'euros pour l'exercice, en hausse de 7 %, porté par ses ventes en Asie.",
        216.0,
    ),
    (
        "fr-resultats-marvelle",
        "Marvelle dépasse les 400 M€ de bénéfice",
        "Le titre gagne 4 % à l'ouverture de la Bourse.",
        216.2,
    ),
    (
        "fr-resultats-marvelle",
        "La PDG de Marvelle vise une nouvelle croissance en 2027",
        "Après un bénéfice de 412 millions d'euros, Sophie Delacour annonce l'ouverture de 40 "
        "boutiques.",
        217.0,
    ),
    (
        "fr-resultats-marvelle/lusange",
        "Lusange Télécom voit son chiffre d'affaires reculer de 3 %",
        "L'opérateur Lusange Télécom a annoncé mardi un chiffre d'affaires annuel de 2,1 "
        "milliards d'euros, en baisse de 3 %, et la suppression de 600 postes.",
        216.1,
    ),
    (
        "fr-resultats-marvelle/lusange",
        "Lusange supprime 600 postes",
        "Ventes en recul de 3 % pour l'opérateur.",
        216.6,
    ),
    (
        "fr-resultats-marvelle/lusange",
        "Télécoms : Lusange paie la guerre des prix",
        "Le chiffre d'affaires de l'opérateur a reculé de 3 % à 2,1 milliards d'euros ; 600 "
        "postes seront supprimés d'ici 2028.",
        218.0,
    ),
    # --- fr: a sports hall roof collapse
    (
        "fr-toit-orlan",
        "Le toit d'un gymnase s'effondre à Saint-Orlan, aucun blessé",
        "La toiture du gymnase Jean-Moulin de Saint-Orlan s'est effondrée dans la nuit de "
        "vendredi à samedi sous le poids de la neige, quelques heures après un entraînement de "
        "handball.",
        250.0,
    ),
    (
        "fr-toit-orlan",
        "Saint-Orlan : la toiture du gymnase Jean-Moulin cède sous la neige",
        "Le bâtiment était vide au moment de l'effondrement, selon la mairie.",
        250.3,
    ),
    (
        "fr-toit-orlan",
        "« On a eu beaucoup de chance » : le maire de Saint-Orlan après l'effondrement",
        "Une trentaine d'enfants s'entraînaient encore dans le gymnase la veille au soir.",
        251.5,
    ),
    # --- fr: told by one outlet only
    (
        "fr-foire-vessac",
        "Vessac : la foire agricole attire 80 000 visiteurs",
        "Malgré la crise du lait, la foire d'automne a battu son record de fréquentation sur "
        "quatre jours.",
        330.0,
    ),
    # --- es: two separate fires in one city on one day
    (
        "es-incendio-almedra",
        "Un incendio calcina una nave industrial en Almedra",
        "Un incendio declarado de madrugada en una nave de productos de limpieza del polígono "
        "Los Llanos de Almedra obligó a intervenir a 30 bomberos y a cortar la carretera de "
        "acceso.",
        88.0,
    ),
    (
        "es-incendio-almedra",
        "Columna de humo sobre Almedra por el fuego en Los Llanos",
        "El Ayuntamiento pide a los vecinos que no abran las ventanas.",
        88.3,
    ),
    (
        "es-incendio-almedra",
        "Los bomberos controlan el incendio del polígono de Almedra",
        "Tras cinco horas de trabajo, el fuego en la nave de Los Llanos está controlado y no hay"
        " heridos, según el consorcio de bomberos.",
        89.0,
    ),
    (
        "es-incendio-almedra/piso",
        "Dos heridos en el incendio de un piso en el barrio de San Telmo de Almedra",
        "Una mujer y su hijo fueron trasladados al hospital por inhalación de humo tras "
        "declararse un fuego en la cocina de un tercer piso en San Telmo, en Almedra.",
        97.0,
    ),
    (
        "es-incendio-almedra/piso",
        "Fuego en una vivienda de San Telmo, dos heridos",
        "Segundo incendio del día en Almedra.",
        97.5,
    ),
    (
        "es-incendio-almedra/piso",
        "Una mujer y su hijo, heridos en un incendio doméstico en Almedra",
        "El fuego se originó en la cocina de la vivienda, en la calle Cervantes del barrio de "
        "San Telmo.",
        98.5,
    ),
    # --- es: a demonstration called, and held four days later (100 hours)
    (
        "es-marcha-orvieda",
        "Los sindicatos convocan una manifestación en Orvieda por el cierre de la mina",
        "CCOO y UGT han convocado para el domingo una manifestación en Orvieda contra el cierre "
        "de la mina de Valdeperal, que emplea a 850 personas.",
        270.0,
    ),
    (
        "es-marcha-orvieda",
        "Convocada una marcha en defensa de la mina de Valdeperal",
        "La protesta será el domingo al mediodía en el centro de Orvieda.",
        270.3,
    ),
    (
        "es-marcha-orvieda",
        "El alcalde de Orvieda se suma a la protesta por la mina",
        "El regidor anuncia que encabezará la marcha del domingo junto a los 850 trabajadores.",
        271.0,
    ),
    (
        "es-marcha-orvieda/domingo",
        "Miles de personas marchan en Orvieda contra el cierre de la mina",
        "Unas 12.000 personas, según la Policía Local, recorrieron este domingo el centro de "
        "Orvieda para exigir que no se cierre la mina de Valdeperal.",
        370.0,
    ),
    (
        "es-marcha-orvieda/domingo",
        "12.000 personas por la mina de Valdeperal",
        "Los sindicatos cifran la asistencia en 20.000.",
        370.4,
    ),
    (
        "es-marcha-orvieda/domingo",
        "«No nos vamos a rendir»: la voz de los mineros en la marcha de Orvieda",
        "Familias enteras acudieron a la manifestación con cascos y lámparas de minero.",
        371.5,
    ),
    # --- es: a literary prize
    (
        "es-premio-ferran",
        "Lucía Ferrán gana el Premio Arandela de novela",
        "La escritora Lucía Ferrán ha ganado el Premio Arandela de novela, dotado con 60.000 "
        "euros, con «La casa de los relojes», una historia sobre tres generaciones de relojeros.",
        300.0,
    ),
    (
        "es-premio-ferran",
        "El Arandela, para «La casa de los relojes»",
        "Ferrán se impone entre 412 manuscritos presentados.",
        300.2,
    ),
    (
        "es-premio-ferran",
        "Ferrán: «Escribí la novela en las madrugadas»",
        "La ganadora del Arandela, de 38 años, trabaja como enfermera de noche.",
        301.0,
    ),
    # --- es: told by one outlet only
    (
        "es-bomberos-almedra",
        "Almedra comprará dos camiones de bomberos nuevos",
        "El pleno aprobó por unanimidad una partida de 900.000 euros para renovar la flota del "
        "parque municipal.",
        180.0,
    ),
    # --- it: two earthquakes in one valley six days apart (140 hours)
    (
        "it-terremoto-valdorsa",
        "Terremoto di magnitudo 4,6 in Valdorsa, crolli nel centro storico",
        "Una scossa di magnitudo 4,6 ha colpito la Valdorsa alle 22.14 di lunedì: a Roccamena "
        "sono crollati due cornicioni e una decina di famiglie ha passato la notte in auto.",
        180.0,
    ),
    (
        "it-terremoto-valdorsa",
        "Scossa di 4.6 avvertita in tutta la Valdorsa",
        "Paura a Roccamena, nessun ferito secondo i vigili del fuoco.",
        180.2,
    ),
    (
        "it-terremoto-valdorsa",
        "«Il letto si muoveva da solo»: la notte di paura a Roccamena",
        "I racconti degli abitanti dopo la scossa di magnitudo 4,6 che ha colpito la Valdorsa.",
        181.0,
    ),
    (
        "it-terremoto-valdorsa",
        "Valdorsa, il giorno dopo il sisma: 40 case inagibili a Roccamena",
        "A un giorno dalla scossa di magnitudo 4,6 i tecnici hanno dichiarato inagibili 40 "
        "abitazioni nel centro storico di Roccamena; le scuole restano chiuse.",
        204.0,
    ),
    (
        "it-terremoto-valdorsa/seconda",
        "Nuova scossa in Valdorsa: magnitudo 3,9 vicino a Pievelunga",
        "Una scossa di magnitudo 3,9 è stata registrata domenica mattina vicino a Pievelunga, "
        "sei giorni dopo il terremoto di Roccamena; non ci sono danni.",
        320.0,
    ),
    (
        "it-terremoto-valdorsa/seconda",
        "Di nuovo la terra trema a Pievelunga",
        "Scossa di 3.9, tanta paura ma nessun danno.",
        320.5,
    ),
    # --- it: one minister in two unrelated stories on one day
    (
        "it-ministra-benvenuti",
        "La ministra Benvenuti presenta la riforma degli istituti tecnici",
        "La ministra dell'Istruzione Carla Benvenuti ha presentato la riforma che porta a "
        "quattro anni gli istituti tecnici e raddoppia le ore di stage nelle aziende.",
        10.0,
    ),
    (
        "it-ministra-benvenuti",
        "Istituti tecnici, si passa a quattro anni",
        "Benvenuti: «Più laboratorio e più stage».",
        10.4,
    ),
    (
        "it-ministra-benvenuti",
        "Riforma Benvenuti, i sindacati della scuola: «Così si taglia un anno di studio»",
        "Critiche alla riforma degli istituti tecnici presentata dalla ministra.",
        11.5,
    ),
    (
        "it-ministra-benvenuti/furto",
        "Furto nella casa al mare della ministra Benvenuti",
        "Ladri sono entrati nella villetta della ministra Carla Benvenuti a Lido di Sorra e "
        "hanno portato via gioielli e un computer; indagano i carabinieri.",
        15.0,
    ),
    (
        "it-ministra-benvenuti/furto",
        "Ladri nella villetta di Carla Benvenuti",
        "Indagini dei carabinieri a Lido di Sorra.",
        15.3,
    ),
    (
        "it-ministra-benvenuti/furto",
        "Lido di Sorra, svaligiata la casa della ministra dell'Istruzione",
        "Portati via gioielli e un pc; la ministra era a Roma per presentare la riforma della "
        "scuola.",
        16.0,
    ),
    # --- it: a takeover bid, and the deal completed four weeks later
    (
        "it-opa-ferrani",
        "Offerta da 1,2 miliardi per Ferrani Tessile",
        "Il fondo Orsolini Capital ha lanciato un'offerta pubblica di acquisto da 1,2 miliardi "
        "di euro su Ferrani Tessile, con un premio del 31% sul prezzo di chiusura di venerdì.",
        25.0,
    ),
    (
        "it-opa-ferrani",
        "Ferrani vola in Borsa dopo l'opa di Orsolini",
        "Il titolo guadagna il 29% all'apertura.",
        25.4,
    ),
    (
        "it-opa-ferrani",
        "Ferrani, la famiglia fondatrice apre all'offerta del fondo",
        "Gli eredi del fondatore valutano l'opa da 1,2 miliardi.",
        26.0,
    ),
    (
        "it-opa-ferrani/chiusa",
        "Orsolini Capital completa l'acquisto di Ferrani Tessile",
        "Con il 94% delle azioni consegnate si è chiusa l'opa di Orsolini Capital su Ferrani "
        "Tessile, che sarà tolta dal listino di Piazza Affari entro il mese.",
        700.0,
    ),
    (
        "it-opa-ferrani/chiusa",
        "Ferrani lascia la Borsa",
        "Conclusa l'opa del fondo Orsolini.",
        700.5,
    ),
    # --- it: told by one outlet only
    (
        "it-tartufo-valdorsa",
        "Fiera del tartufo in Valdorsa, 30 mila visitatori",
        "Nonostante la paura per le scosse, la fiera di Pievelunga ha registrato un'affluenza "
        "record nel fine settimana.",
        400.0,
    ),
    # --- pt: a takeover bid, and the takeover completed three weeks later
    (
        "pt-opa-ribeira",
        "Grupo Atlântida lança OPA de 850 milhões sobre a Ribeira Energia",
        "O Grupo Atlântida anunciou uma oferta pública de aquisição de 850 milhões de euros "
        "sobre a Ribeira Energia, a 4,10 euros por ação, um prémio de 27% face ao fecho de "
        "sexta-feira.",
        110.0,
    ),
    (
        "pt-opa-ribeira",
        "Ribeira Energia dispara 25% após OPA",
        "Ações sobem na abertura da bolsa de Lisboa.",
        110.3,
    ),
    (
        "pt-opa-ribeira",
        "Atlântida quer ficar com a Ribeira e manter a sede no Porto",
        "O presidente do grupo garante que não haverá despedimentos após a compra.",
        111.0,
    ),
    (
        "pt-opa-ribeira/concluida",
        "Atlântida conclui compra da Ribeira Energia",
        "O Grupo Atlântida passou a deter 91% da Ribeira Energia no fim da oferta de 850 milhões"
        " de euros e vai retirar a empresa da bolsa.",
        560.0,
    ),
    (
        "pt-opa-ribeira/concluida",
        "OPA sobre a Ribeira termina com 91%",
        "A empresa sai da bolsa no próximo mês.",
        560.4,
    ),
    # --- pt: a match preview and its report (the next evening)
    (
        "pt-jogo-alvorada",
        "Antevisão: Alvorada FC recebe o Académico de Valbom em jogo decisivo",
        "O Alvorada FC joga amanhã em casa com o Académico de Valbom e precisa de vencer para "
        "continuar na luta pela subida; o treinador Rui Paixão não conta com o médio Tiago "
        "Serra.",
        280.0,
    ),
    (
        "pt-jogo-alvorada",
        "Rui Paixão: «É uma final»",
        "Alvorada sem Tiago Serra frente ao Académico.",
        281.0,
    ),
    (
        "pt-jogo-alvorada/relato",
        "Alvorada vence Académico de Valbom por 2-0 e sonha com a subida",
        "Golos de Bruno Lemos e Hugo Carvalhal deram ao Alvorada FC uma vitória por 2-0 sobre o "
        "Académico de Valbom, num estádio com 9 mil adeptos.",
        302.0,
    ),
    (
        "pt-jogo-alvorada/relato",
        "Alvorada 2, Académico 0",
        "Bruno Lemos abre o caminho para a vitória.",
        302.3,
    ),
    (
        "pt-jogo-alvorada/relato",
        "Paixão elogia a equipa após vitória sobre o Académico",
        "O treinador do Alvorada diz que a subida «está nas nossas mãos».",
        303.5,
    ),
    # --- pt: floods, with a next-day follow-up
    (
        "pt-cheias-vilaflor",
        "Chuva forte inunda a Baixa de Vilaflor",
        "Mais de 80 milímetros de chuva em três horas inundaram na noite de terça-feira as ruas "
        "da Baixa de Vilaflor, obrigando os bombeiros a retirar 15 pessoas de casas e carros.",
        230.0,
    ),
    (
        "pt-cheias-vilaflor",
        "Vilaflor fica debaixo de água",
        "Os bombeiros retiram 15 pessoas das casas na Baixa.",
        230.2,
    ),
    (
        "pt-cheias-vilaflor",
        "Comerciantes da Baixa de Vilaflor fazem contas aos prejuízos",
        "Lojas ficaram com meio metro de água após a tempestade.",
        231.0,
    ),
    (
        "pt-cheias-vilaflor",
        "Vilaflor limpa as ruas um dia depois das cheias",
        "A câmara estima em 2 milhões de euros os prejuízos da chuva que inundou a Baixa na "
        "terça-feira, quando caíram 80 milímetros em três horas.",
        254.0,
    ),
    # --- pt: told by one outlet only
    (
        "pt-capitao-alvorada",
        "Alvorada FC renova com o capitão até 2029",
        "O defesa central Nuno Freitas prolonga o contrato com o clube por mais três épocas.",
        340.0,
    ),
    # --- nl: two firms' results on one morning
    (
        "nl-cijfers-dorrestein",
        "Winst Dorrestein Bouw daalt met 18 procent",
        "Bouwbedrijf Dorrestein zag de nettowinst vorig jaar dalen tot 64 miljoen euro door "
        "hogere materiaalkosten en vertraagde vergunningen, maakte het donderdag bekend.",
        192.0,
    ),
    (
        "nl-cijfers-dorrestein",
        "Dorrestein: winst 18% lager",
        "Aandeel opent 5 procent lager op het Damrak.",
        192.2,
    ),
    (
        "nl-cijfers-dorrestein",
        "Topman Dorrestein wijst naar trage vergunningen",
        "Volgens Pieter Hoogland liggen er 2.000 woningen stil door procedures.",
        193.0,
    ),
    (
        "nl-cijfers-dorrestein/vanhulst",
        "Van Hulst Logistiek boekt recordomzet",
        "Transportbedrijf Van Hulst Logistiek zette vorig jaar 1,3 miljard euro om, 11 procent "
        "meer dan een jaar eerder, en verhoogt het dividend.",
        192.1,
    ),
    (
        "nl-cijfers-dorrestein/vanhulst",
        "Omzet Van Hulst stijgt 11 procent",
        "Het dividend gaat omhoog naar 0,85 euro.",
        192.5,
    ),
    (
        "nl-cijfers-dorrestein/vanhulst",
        "Van Hulst profiteert van groei webwinkels",
        "Vooral de pakketdivisie van het transportbedrijf groeide hard; de omzet kwam uit op 1,3"
        " miljard euro.",
        193.5,
    ),
    # --- nl: two separate fires in one town on one day
    (
        "nl-brand-zwaneveld",
        "Grote brand in loods op bedrijventerrein Zwaneveld",
        "Op bedrijventerrein De Hoek in Zwaneveld woedt sinds dinsdagochtend een grote brand in "
        "een loods met autobanden; de veiligheidsregio heeft een NL-Alert verstuurd vanwege de "
        "rook.",
        140.0,
    ),
    (
        "nl-brand-zwaneveld",
        "NL-Alert om rook bij brand in Zwaneveld",
        "Houd ramen en deuren gesloten, zegt de veiligheidsregio.",
        140.3,
    ),
    (
        "nl-brand-zwaneveld",
        "Brand De Hoek onder controle, loods verloren",
        "De brandweer blijft nog uren nablussen in de bandenopslag in Zwaneveld.",
        141.5,
    ),
    (
        "nl-brand-zwaneveld/woning",
        "Bewoner gered bij woningbrand in Zwaneveld-Noord",
        "Brandweerlieden hebben dinsdagmiddag een 82-jarige man uit zijn brandende woning aan de"
        " Esdoornlaan in Zwaneveld-Noord gehaald; hij is met brandwonden naar het ziekenhuis "
        "gebracht.",
        146.0,
    ),
    (
        "nl-brand-zwaneveld/woning",
        "Man (82) uit brandend huis gehaald",
        "Tweede brand op één dag in Zwaneveld.",
        146.4,
    ),
    # --- nl: a quay subsides, with a next-day follow-up
    (
        "nl-kade-molenwaarde",
        "Kade verzakt in Molenwaarde, veertig woningen ontruimd",
        "Een deel van de Havenkade in Molenwaarde is zondagnacht over een lengte van 30 meter "
        "weggezakt; de gemeente heeft uit voorzorg 40 woningen laten ontruimen.",
        60.0,
    ),
    (
        "nl-kade-molenwaarde",
        "Havenkade Molenwaarde zakt weg",
        "Bewoners van 40 huizen moeten hun woning uit.",
        60.2,
    ),
    (
        "nl-kade-molenwaarde",
        "'Het water stond ineens in de straat'",
        "Bewoners van de Havenkade in Molenwaarde vertellen over de nacht van de verzakking.",
        61.0,
    ),
    (
        "nl-kade-molenwaarde",
        "Ontruimde bewoners Molenwaarde mogen nog niet terug",
        "Een dag na de verzakking van de Havenkade onderzoeken ingenieurs de funderingen van de "
        "40 ontruimde woningen; de gemeente verwacht een besluit over een week.",
        84.0,
    ),
    # --- nl: told by one outlet only
    (
        "nl-kazerne-zwaneveld",
        "Zwaneveld krijgt nieuwe brandweerkazerne",
        "De gemeenteraad trekt 7 miljoen euro uit voor een kazerne aan de rand van het centrum.",
        380.0,
    ),
)

# Hard negatives by category: each is a story of its own, of the same kind as the story before
# its slash; within 48 hours of it or not as the two events really were (see the docstring).
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two earthquakes in one region within a week": (
        "en-quake-varnholt/coast",
        "ru-quake-tarkhan/second",
        "it-terremoto-valdorsa/seconda",
    ),
    "a match preview and its report": (
        "en-cup-ashby/report",
        "de-derby-kaltenbach/bericht",
        "pt-jogo-alvorada/relato",
    ),
    "two firms' results on one morning": (
        "en-results-halvard/brightmoor",
        "fr-resultats-marvelle/lusange",
        "nl-cijfers-dorrestein/vanhulst",
    ),
    "one person in two unrelated stories on one day": (
        "en-mayor-okafor/fine",
        "ru-governor-zorin/election",
        "it-ministra-benvenuti/furto",
    ),
    "two separate fires in one city on one day": (
        "en-fire-brackwater/flats",
        "es-incendio-almedra/piso",
        "nl-brand-zwaneveld/woning",
    ),
    "one recurring weekly bulletin, the next week": (
        "en-flu-northmark/week",
        "ru-prices-week/next",
        "de-schwein-nordmark/woche",
    ),
    "a protest called and the protest held": (
        "en-march-glenmoor/held",
        "fr-blocage-vessac/tenu",
        "es-marcha-orvieda/domingo",
    ),
    "a takeover bid and the completed takeover": (
        "en-bid-corvane/done",
        "it-opa-ferrani/chiusa",
        "pt-opa-ribeira/concluida",
    ),
}
