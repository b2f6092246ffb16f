"""A seventh check set for story merging, written blind, to be scored once (2026-12-06).

Same format as `tests.story_items_round6`: (story, title, lead). Items with one story label are one
event as different outlets in one language would carry it in their feeds: a wire copy, a tabloid
headline, a local paper, a business paper, a live blog, an aggregator teaser. Each copy is written
in its own words and order, yet keeps several facts such an outlet would print (the names, the
place, the numbers, now and then a quoted phrase) in its own number format (£4.2m / £4.2 million,
4.25% / 4.25 per cent, 11,000 / 11k, 1.200 / 1200, 7.000 / 7mila, 1,6 M€ / 1,6 million d'euros)
and name form (full name or surname); some two in five leads are teasers under 80 characters. A
label with a suffix after a slash is a hard negative of the story before the slash: same topic,
same place, government, bank, tour or auction house, another event (categories in
`HARD_NEGATIVES`, none of them a category of round 5 or round 6). Topics: resignations, rate
decisions, bridge and road closures, concert cancellations, council budgets, disease outbreaks,
auctions, protests, court rulings, science results, weather, transport, sport. Some stories are
told by one outlet only: they can only be merged falsely. Each story is in one language, its
label's prefix: en, ru, de, fr, es, it, pt, nl. All texts, places, people, firms and countries are
invented here; real countries and public bodies appear only as backdrop (a Swiss bidder, a
Guardia Civil crowd count, a GGD, an ARS, an Asl).

Written by an author who did not read the merging rules, their lexicon, the merging docs or the
items of the other sets, and never run through the merging code before its one scoring run
(`python -m bench.stories --round7`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: two ministers of one government resigning in one month
    (
        "en-resign-estavia",
        "Estavian culture minister Helena Brask resigns over expenses",
        "Helena Brask stepped down as Estavia's culture minister on Tuesday after an audit "
        "found €38,000 of hotel bills charged to her department for private trips.",
    ),
    (
        "en-resign-estavia",
        "Brask quits: 'I will repay every cent'",
        "The culture minister resigned hours after the audit of her hotel claims came out, "
        "telling reporters: 'I will repay every cent.'",
    ),
    (
        "en-resign-estavia",
        "Estavia loses its culture minister in expenses row",
        "Prime Minister Aurel Dansk accepted the resignation of Helena Brask, whose travel "
        "claims of about 38k euros have been passed to prosecutors.",
    ),
    (
        "en-resign-estavia/defence",
        "Second Estavian minister out as defence chief Ullrick resigns",
        "Defence minister Tomas Ullrick resigned on Friday over a delayed €1.1bn helicopter "
        "order, the second departure from Aurel Dansk's cabinet this month.",
    ),
    (
        "en-resign-estavia/defence",
        "Ullrick steps down over helicopter contract",
        "Estavia's defence minister is gone three weeks after the culture minister quit.",
    ),
    # --- en: one central bank's two rate decisions
    (
        "en-rate-pellandia",
        "Pellandia's central bank holds rates at 4.25%",
        "The Reserve Bank of Pellandia left its main rate at 4.25 per cent on Thursday, saying "
        "inflation of 3.6% was still too high to start cutting.",
    ),
    (
        "en-rate-pellandia",
        "Pellandia rates on hold again",
        'Governor Ines Varrocq says it is "too early" to cut with inflation at 3.6%.',
    ),
    (
        "en-rate-pellandia",
        "No change from the Reserve Bank of Pellandia",
        "Markets had expected the hold; the currency slipped after Varrocq's remarks.",
    ),
    (
        "en-rate-pellandia/cut",
        "Reserve Bank of Pellandia cuts its rate to 4%",
        "Pellandia's central bank lowered its benchmark by a quarter point to 4.00% on "
        "Thursday, its first cut in three years, after inflation fell to 2.9 per cent.",
    ),
    (
        "en-rate-pellandia/cut",
        "Varrocq delivers first cut in three years",
        'Pellandia\'s benchmark rate drops to 4%; more cuts are "not promised".',
    ),
    # --- en: a bridge closed and reopened
    (
        "en-bridge-quillford",
        "Quillford Bridge shut after engineers find crack",
        "The Quillford Bridge over the river Tamsey was closed to all traffic on Monday after "
        "inspectors found a 40cm crack in a steel girder, diverting 22,000 vehicles a day.",
    ),
    (
        "en-bridge-quillford",
        "Commuter misery as Quillford Bridge closes",
        "Drivers face a nine-mile detour with the crossing shut indefinitely.",
    ),
    (
        "en-bridge-quillford",
        "Crack in girder closes Tamsey crossing",
        'Quillford Bridge is shut "until further notice", the county council said.',
    ),
    (
        "en-bridge-quillford/reopen",
        "Quillford Bridge reopens after seven weeks of repairs",
        "The Quillford Bridge reopened to cars on Saturday morning, seven weeks after a cracked "
        "girder closed it; lorries over 7.5 tonnes remain banned until spring.",
    ),
    (
        "en-bridge-quillford/reopen",
        "Traffic flows again over the Tamsey",
        "Quillford Bridge is back open, but with a weight limit for lorries.",
    ),
    # --- en: a mountain road closed and reopened
    (
        "en-road-brennock",
        "Landslide closes Brennock Pass road",
        "The road over the Brennock Pass was closed on Wednesday night after a landslide dumped "
        "some 3,000 tonnes of rock and mud across both lanes near the summit.",
    ),
    (
        "en-road-brennock",
        "Rockfall buries Brennock Pass",
        "No one was hurt, but highways officials say the pass will stay shut for weeks while "
        "geologists check the slope above the road.",
    ),
    (
        "en-road-brennock/reopen",
        "Brennock Pass open again after landslide clear-up",
        "Highways crews reopened the Brennock Pass road on Tuesday, a month after the "
        "landslide, with a single lane controlled by traffic lights past the repaired section.",
    ),
    (
        "en-road-brennock/reopen",
        "Brennock Pass reopens with one lane",
        "Traffic lights are in place at the summit after the landslide repairs.",
    ),
    # --- en: two concerts of one tour cancelled
    (
        "en-tour-venn",
        "Marla Venn cancels Kelsmouth Arena show",
        "Singer Marla Venn has called off Friday's sold-out concert at Kelsmouth Arena on "
        "doctors' orders after a throat infection, promoters said; 11,000 tickets will be "
        "refunded.",
    ),
    (
        "en-tour-venn",
        "Marla Venn fans gutted as Kelsmouth gig axed",
        "A throat infection forces the star to pull Friday's show at the 11,000-seat arena; "
        "fans were told only three hours before doors opened.",
    ),
    (
        "en-tour-venn",
        "Kelsmouth concert off: refunds for 11k ticket holders",
        'The promoter says Venn\'s "Glasshouse" tour resumes next week.',
    ),
    (
        "en-tour-venn/harbourfield",
        "Storm forces Marla Venn to scrap Harbourfield open-air date",
        "Marla Venn's outdoor concert at Harbourfield Park on Sunday was cancelled because of "
        "gale warnings, the second date of her Glasshouse tour to be lost this month.",
    ),
    (
        "en-tour-venn/harbourfield",
        "Gales blow away Venn's Harbourfield gig",
        "Sunday's park show is cancelled; tickets are valid for a date in June.",
    ),
    # --- en: one city's two budget votes
    (
        "en-budget-tarrowdene",
        "Tarrowdene council passes budget with 4.9% tax rise",
        "Tarrowdene city council approved its £412m budget for next year on Wednesday by 31 "
        "votes to 24, raising council tax by 4.9 per cent.",
    ),
    (
        "en-budget-tarrowdene",
        "Council tax to go up 4.9% in Tarrowdene",
        "The budget was passed by seven votes after a five-hour debate, with opposition "
        "councillors calling the rise 'a tax on families'.",
    ),
    (
        "en-budget-tarrowdene",
        "Tarrowdene sets £412 million budget",
        "Councillors back a rise in council tax just under the 5% cap.",
    ),
    (
        "en-budget-tarrowdene/emergency",
        "Tarrowdene votes emergency budget closing four libraries",
        "Tarrowdene councillors backed an emergency mid-year budget on Monday that cuts £19m "
        "and closes four branch libraries, after the city warned it could not balance its "
        "books.",
    ),
    (
        "en-budget-tarrowdene/emergency",
        "Four libraries to shut under Tarrowdene cuts",
        "An emergency budget with £19m of savings was approved by councillors.",
    ),
    # --- en: two outbreaks in one province
    (
        "en-outbreak-fennick",
        "Measles outbreak at Fennick Province schools reaches 23 cases",
        "Health officials in Fennick Province have confirmed 23 measles cases linked to three "
        "primary schools in the town of Oxlade, and urged parents to check vaccination records.",
    ),
    (
        "en-outbreak-fennick",
        "Measles cases climb to 23 in Oxlade",
        "Parents in the Fennick Province town are told to check their children's jabs as cases "
        "linked to three schools keep rising.",
    ),
    (
        "en-outbreak-fennick",
        "Fennick measles: vaccination clinics open this weekend",
        "Walk-in clinics open in Oxlade after 23 cases at three schools.",
    ),
    (
        "en-outbreak-fennick/legionella",
        "Legionnaires' disease outbreak traced to Fennick spa hotel",
        "Six guests of a spa hotel near Lake Ambry have been treated in hospital for "
        "Legionnaires' disease, Fennick Province health authorities said, and the hotel's pools "
        "have been closed.",
    ),
    (
        "en-outbreak-fennick/legionella",
        "Spa hotel pools shut after six Legionnaires' cases",
        "Fennick health officials test the water at the Lake Ambry hotel.",
    ),
    # --- en: two sales at one auction house
    (
        "en-auction-brindle",
        "Lost Ashgrove landscape sells for £4.2m at Brindle & Marsh",
        "A river landscape by the painter Edith Ashgrove, unseen for 90 years, sold for £4.2 "
        "million at Brindle & Marsh on Tuesday, three times its estimate.",
    ),
    (
        "en-auction-brindle",
        "Forgotten Ashgrove painting fetches £4.2m",
        "The Edith Ashgrove canvas had hung in a farmhouse hallway for decades before Brindle & "
        "Marsh valued it.",
    ),
    (
        "en-auction-brindle",
        "Brindle & Marsh sale: Ashgrove triples estimate",
        "A telephone bidder pays £4.2m for the river scene.",
    ),
    (
        "en-auction-brindle/watches",
        "Brindle & Marsh watch auction sets £11m record",
        "A sale of 140 wristwatches from one collector's estate raised £11 million at Brindle & "
        "Marsh on Thursday, a record for a single-owner watch auction at the house.",
    ),
    (
        "en-auction-brindle/watches",
        "£11m for one man's watches",
        "Brindle & Marsh's single-owner sale beats its record.",
    ),
    # --- en: a protest called and the protest held
    (
        "en-protest-kelsmouth",
        "Farmers call tractor protest in Kelsmouth for Saturday",
        "The Kelsmouth Growers' Union has called on its members to drive their tractors into "
        "the city centre on Saturday in protest at a planned cut to fuel subsidies.",
    ),
    (
        "en-protest-kelsmouth",
        "Tractor go-slow planned for Kelsmouth",
        "The farmers' union urges members to join Saturday's protest over fuel aid and says up "
        "to 500 tractors could take part.",
    ),
    (
        "en-protest-kelsmouth/held",
        "Hundreds of tractors block Kelsmouth centre",
        "Around 600 tractors brought central Kelsmouth to a standstill on Saturday as farmers "
        "protested against the planned cut to fuel subsidies; police reported no arrests.",
    ),
    (
        "en-protest-kelsmouth/held",
        "Kelsmouth gridlock as 600 tractors roll in",
        "The farmers' fuel protest passed off peacefully, police say.",
    ),
    (
        "en-protest-kelsmouth/held",
        "LIVE: tractor protest in Kelsmouth",
        "The convoy has reached Guildhall Square; union leader Rhona Pask is to speak at 1pm.",
    ),
    # --- en: a court fine
    (
        "en-court-corrinmoor",
        "Corrinmoor Water fined £18m over sewage spills",
        "A judge at Wendlestow Crown Court fined Corrinmoor Water £18 million on Friday for "
        "pumping untreated sewage into the river Lusk on 212 days over four years.",
    ),
    (
        "en-court-corrinmoor",
        "Record fine for Corrinmoor Water",
        'The judge says the firm showed "a culture of concealment" over its spills.',
    ),
    (
        "en-court-corrinmoor",
        "Water firm ordered to pay £18m for river pollution",
        "Corrinmoor admitted 212 days of illegal discharges into the Lusk; the company said it "
        "would not appeal and would spend £60m on new storm tanks.",
    ),
    # --- en: a science result
    (
        "en-science-nylon",
        "Wendlestow scientists find soil microbe that eats nylon",
        "Researchers at the University of Wendlestow have found a soil bacterium that breaks "
        "down nylon fishing line in about six weeks, they report in a paper published on "
        "Wednesday.",
    ),
    (
        "en-science-nylon",
        "Bacterium digests fishing line in six weeks",
        "The University of Wendlestow team hopes the microbe could one day clean up beaches "
        "littered with lost nylon nets.",
    ),
    (
        "en-science-nylon",
        "Nylon-eating bug discovered in compost heap",
        "The University of Wendlestow study names the new strain after the lab's cat.",
    ),
    # --- en: a marathon
    (
        "en-marathon-pellerwick",
        "Harwick smashes Pellerwick Marathon course record",
        "Joss Harwick won the Pellerwick Marathon on Sunday in 2:07:41, cutting 58 seconds off "
        "the course record set in 2019.",
    ),
    (
        "en-marathon-pellerwick",
        "Course record for Joss Harwick in Pellerwick",
        "2hr 7min 41sec for the winner in cool conditions.",
    ),
    (
        "en-marathon-pellerwick",
        "Pellerwick Marathon: Harwick wins, Okafor-Lind first woman",
        "Some 14,000 runners finished the race; Dara Okafor-Lind took the women's title in "
        "2:24:10 and Harwick lowered the course record by 58 seconds.",
    ),
    # --- en: snow
    (
        "en-snow-caddow",
        "Snow shuts 140 schools across the Caddow Hills",
        "Heavy overnight snow of up to 30cm closed 140 schools and cut power to about 8,000 "
        "homes in the Caddow Hills on Thursday.",
    ),
    (
        "en-snow-caddow",
        "8,000 homes without power after Caddow snowfall",
        "Engineers struggle to reach fallen lines on blocked roads in the Caddow Hills, where "
        "30cm of snow fell overnight.",
    ),
    (
        "en-snow-caddow",
        "Caddow snow: 140 schools closed, 30cm on high ground",
        "A weather warning is in force until noon on Friday.",
    ),
    (
        "en-snow-caddow",
        "LIVE: snow in the Caddow Hills",
        "Power is back for half of the 8,000 homes; school closures are rising.",
    ),
    # --- en: job cuts
    (
        "en-jobs-trevane",
        "Trevane Robotics to cut 600 jobs",
        "Warehouse robot maker Trevane Robotics said on Monday it would cut 600 jobs, about a "
        "fifth of its staff, and close its plant in Dunhollow after orders fell by 30%.",
    ),
    (
        "en-jobs-trevane",
        "Dunhollow plant to close as Trevane axes 600",
        'The union calls the cuts "a hammer blow" for the town.',
    ),
    (
        "en-jobs-trevane",
        "Trevane shares jump on cost-cutting plan",
        "Investors cheer the robot maker's 600 job cuts and the closure of its Dunhollow site.",
    ),
    # --- en: told by one outlet
    (
        "en-museum-pellerwick-brooch",
        "Gold brooch stolen from Pellerwick museum",
        "Thieves took a 7th-century gold brooch from a display case at the Pellerwick Town "
        "Museum overnight on Sunday, police said.",
    ),
    (
        "en-ferry-harl",
        "Night ferries to the Harl Isles from April",
        "Skerrow Ferries will run two night crossings a week to the Harl Isles.",
    ),
    # --- ru: two ministers of one government resigning in one month
    (
        "ru-resign-talmir",
        "Министр здравоохранения Тальмирской области ушёл в отставку",
        "Глава регионального минздрава Геннадий Сурков подал в отставку в понедельник после "
        "проверки закупок томографов на 240 млн рублей, сообщил губернатор Олег Бельцов.",
    ),
    (
        "ru-resign-talmir",
        "Сурков покинул пост министра",
        "Отставка главы минздрава Тальмирской области последовала за проверкой закупок "
        "томографов на 240 миллионов.",
    ),
    (
        "ru-resign-talmir",
        "Губернатор Бельцов принял отставку главы минздрава",
        "Проверка нашла завышение цен на томографы почти на четверть миллиарда рублей.",
    ),
    (
        "ru-resign-talmir/education",
        "В Тальмирской области сменился министр образования",
        "Министр образования Тальмирской области Ирина Лаптева ушла в отставку по собственному "
        "желанию — это вторая отставка в правительстве Олега Бельцова за месяц.",
    ),
    (
        "ru-resign-talmir/education",
        "Лаптева оставила пост министра образования",
        "Вторая отставка в областном правительстве за месяц.",
    ),
    # --- ru: one central bank's two rate decisions
    (
        "ru-rate-velmaria",
        "Нацбанк Велмарии поднял ставку до 11%",
        "Национальный банк Велмарии в пятницу повысил учётную ставку на один процентный пункт, "
        "до 11 процентов, чтобы остановить падение национальной валюты.",
    ),
    (
        "ru-rate-velmaria",
        "Велмария: ставка 11%",
        "Регулятор повысил ставку на 1 п.п. из-за слабой валюты.",
    ),
    (
        "ru-rate-velmaria",
        "Велмарийский регулятор ужесточил политику",
        "Председатель нацбанка Раиса Домбровская обещала держать ставку высокой «столько, "
        "сколько потребуется».",
    ),
    (
        "ru-rate-velmaria/hold",
        "Нацбанк Велмарии сохранил ставку на уровне 11%",
        "Через шесть недель после повышения Национальный банк Велмарии оставил учётную ставку "
        "без изменений, сославшись на стабилизацию курса.",
    ),
    (
        "ru-rate-velmaria/hold",
        "Ставка в Велмарии не изменилась",
        "Домбровская: курс стабилизировался, пауза оправдана.",
    ),
    (
        "ru-rate-velmaria/hold",
        "Велмария взяла паузу в повышении ставки",
        "Национальный банк оставил ставку на 11 процентах; председатель Раиса Домбровская не "
        "исключила снижения весной, если курс удержится.",
    ),
    # --- ru: one city's two budget votes
    (
        "ru-budget-krivoyarsk",
        "Гордума Кривоярска приняла бюджет на 2027 год",
        "Депутаты городской думы Кривоярска утвердили бюджет на 2027 год с расходами 18,4 млрд "
        "рублей; за проголосовали 27 из 35 депутатов.",
    ),
    (
        "ru-budget-krivoyarsk",
        "Бюджет Кривоярска: 18,4 миллиарда на следующий год",
        "Больше всего денег пойдёт на ремонт дорог и школ.",
    ),
    (
        "ru-budget-krivoyarsk",
        "Кривоярск утвердил главный финансовый документ",
        "Против бюджета в 18,4 млрд голосовали восемь депутатов.",
    ),
    (
        "ru-budget-krivoyarsk/amend",
        "Дума Кривоярска урезала бюджет на 900 миллионов",
        "Городская дума Кривоярска в среду приняла поправки к бюджету текущего года, сократив "
        "расходы на 900 млн рублей из-за недобора налогов.",
    ),
    (
        "ru-budget-krivoyarsk/amend",
        "Кривоярск сокращает расходы",
        "Поправки в бюджет: минус 900 млн рублей, ремонт стадиона отложен.",
    ),
    # --- ru: two outbreaks in one province
    (
        "ru-outbreak-miroslav",
        "В Мирославском крае вспышка кишечной инфекции: 46 заболевших",
        "Сорок шесть человек, в том числе 19 детей, обратились к врачам с кишечной инфекцией в "
        "посёлке Ключегорье Мирославского края; причиной называют водопровод.",
    ),
    (
        "ru-outbreak-miroslav",
        "В Ключегорье отравились водой 46 человек",
        "Санитарные врачи проверяют водопровод посёлка.",
    ),
    (
        "ru-outbreak-miroslav",
        "Кишечная инфекция в Ключегорье: среди заболевших 19 детей",
        "Жителям раздают бутилированную воду, подача воды из сети приостановлена.",
    ),
    (
        "ru-outbreak-miroslav/flu",
        "В Мирославском крае закрыли школы на карантин по гриппу",
        "Власти Мирославского края закрыли на карантин 37 школ краевого центра после того, как "
        "эпидемический порог по гриппу и ОРВИ был превышен на 28 процентов.",
    ),
    (
        "ru-outbreak-miroslav/flu",
        "Грипп: 37 школ на карантине",
        "Эпидпорог в краевом центре превышен на 28%.",
    ),
    # --- ru: a protest called and the protest held
    (
        "ru-protest-solvensk",
        "Жители Сольвенска объявили митинг против мусорного полигона",
        "Инициативная группа подала уведомление о митинге 14 декабря против строительства "
        "полигона у деревни Липняги; ожидают до трёх тысяч участников.",
    ),
    (
        "ru-protest-solvensk",
        "В Сольвенске согласовали митинг против полигона",
        "Акция против полигона у Липнягов пройдёт 14 декабря в сквере у Дома культуры, мэрия "
        "дала согласие.",
    ),
    (
        "ru-protest-solvensk",
        "Митинг против полигона в Сольвенске назначен на 14 декабря",
        "Организаторы рассчитывают собрать до трёх тысяч человек; строительство полигона у "
        "Липнягов уже начато, несмотря на протесты.",
    ),
    (
        "ru-protest-solvensk/held",
        "В Сольвенске прошёл митинг против полигона",
        "Около двух тысяч человек вышли в воскресенье в сквер у Дома культуры Сольвенска, "
        "выступив против строительства мусорного полигона у Липнягов.",
    ),
    (
        "ru-protest-solvensk/held",
        "Две тысячи человек на митинге в Сольвенске",
        "Участники воскресного митинга против полигона приняли резолюцию к губернатору и "
        "потребовали общественных слушаний.",
    ),
    # --- ru: a court verdict
    (
        "ru-court-pechnikov",
        "Бывшего мэра Кривоярска приговорили к шести годам",
        "Суд признал экс-мэра Кривоярска Валерия Печникова виновным в получении взятки в 4,5 "
        "млн рублей от подрядчика, ремонтировавшего набережную.",
    ),
    (
        "ru-court-pechnikov",
        "Печников получил 6 лет колонии",
        "Экс-градоначальник Кривоярска, осуждённый за взятку от подрядчика, намерен обжаловать "
        "приговор.",
    ),
    (
        "ru-court-pechnikov",
        "Взятка за набережную: приговор экс-мэру",
        "Шесть лет строгого режима и штраф в 9 миллионов рублей.",
    ),
    (
        "ru-court-pechnikov",
        "Суд над Печниковым завершён",
        "Бывший мэр получил шесть лет за взятку в четыре с половиной миллиона.",
    ),
    # --- ru: ice rain
    (
        "ru-weather-ice",
        "Ледяной дождь оставил без света 60 тысяч жителей Сольвенска",
        "Из-за ледяного дождя в ночь на вторник в Сольвенске и пригородах оборвались провода, "
        "без электричества остались около 60 000 человек.",
    ),
    (
        "ru-weather-ice",
        "Сольвенск без света после ледяного дождя",
        "Энергетики обещают к вечеру вернуть электричество всем 60 тысячам жителей, оставшимся "
        "без света ночью.",
    ),
    (
        "ru-weather-ice",
        "Обледенение обрушило провода: 60 тысяч без электричества",
        "В Сольвенске закрыты школы, общественный транспорт ходит с перебоями.",
    ),
    # --- ru: a science find
    (
        "ru-science-taigyl",
        "В озере Тайгыль нашли новый вид рачков",
        "Гидробиологи Тальмирского университета описали новый вид бокоплавов, живущий только на "
        "глубине более 300 метров в озере Тайгыль.",
    ),
    (
        "ru-science-taigyl",
        "Новый вид рачка открыт на дне Тайгыля",
        "Бокоплав, описанный учёными Тальмирского университета, живёт глубже трёхсот метров и "
        "больше нигде не встречается.",
    ),
    (
        "ru-science-taigyl",
        "Тальмирские учёные описали неизвестного бокоплава",
        "Рачка назвали в честь водолаза, поднявшего первые образцы.",
    ),
    # --- ru: told by one outlet
    (
        "ru-metro-opening",
        "В Кривоярске открылась новая станция метро",
        "Станция «Заводская» стала девятой в городе; по ней будут проходить до 40 тысяч "
        "пассажиров в сутки.",
    ),
    (
        "ru-theatre-premiere",
        "Драмтеатр Сольвенска показал «Чайку» без слов",
        "Премьера пластического спектакля прошла с аншлагом.",
    ),
    # --- de: two ministers of one government resigning in one month
    (
        "de-resign-norvalien",
        "Norvaliens Innenminister Brenning tritt zurück",
        "Der Innenminister Norvaliens, Falk Brenning, ist am Mittwoch zurückgetreten, nachdem "
        "bekannt wurde, dass seine Behörde 1.200 Asylakten verloren hatte.",
    ),
    (
        "de-resign-norvalien",
        "Aktenaffäre kostet Brenning das Amt",
        "Regierungschefin Marit Olsvang hat den Rücktritt des Innenministers angenommen, der "
        "die 1.200 verlorenen Asylakten zu spät gemeldet haben soll.",
    ),
    (
        "de-resign-norvalien",
        "Rücktritt in Norvalien: Innenminister geht nach Aktenpanne",
        "1200 verschwundene Akten, ein Minister weniger im Kabinett.",
    ),
    (
        "de-resign-norvalien/finance",
        "Auch Norvaliens Finanzministerin Gerstad gibt auf",
        "Zwei Wochen nach dem Innenminister hat in Norvalien auch Finanzministerin Lene Gerstad "
        "ihren Rücktritt erklärt; sie begründete ihn mit dem Streit um die Steuerreform.",
    ),
    (
        "de-resign-norvalien/finance",
        "Zweiter Rücktritt im Kabinett Olsvang",
        "Finanzministerin Gerstad geht im Streit über die Steuerreform.",
    ),
    (
        "de-resign-norvalien/finance",
        "Olsvang verliert die nächste Ministerin",
        "Mit Lene Gerstad verlässt binnen zwei Wochen das zweite Kabinettsmitglied die "
        "Regierung in Norvalien; eine Nachfolgerin soll am Montag vereidigt werden.",
    ),
    # --- de: a bridge closed and reopened
    (
        "de-bridge-wendelau",
        "Talbrücke Wendelau gesperrt: Risse im Beton",
        "Die Talbrücke bei Wendelau ist seit Dienstag für den gesamten Verkehr gesperrt; Prüfer "
        "hatten Risse in zwei Pfeilern entdeckt. Täglich fahren dort rund 18.000 Fahrzeuge.",
    ),
    (
        "de-bridge-wendelau",
        "Wendelau: Brücke dicht, Umleitung über 14 Kilometer",
        "Pendler müssen sich auf lange Staus einstellen, seit die Talbrücke wegen Rissen in "
        "zwei Pfeilern gesperrt ist.",
    ),
    (
        "de-bridge-wendelau",
        "Risse in Pfeilern – Talbrücke bei Wendelau gesperrt",
        "Die Sperrung gilt bis auf Weiteres, teilte das Landesamt für Straßenbau mit.",
    ),
    (
        "de-bridge-wendelau/reopen",
        "Talbrücke Wendelau wieder frei",
        "Nach elf Wochen Sanierung ist die Talbrücke bei Wendelau seit Freitagmittag wieder "
        "befahrbar, allerdings nur mit Tempo 60 und ohne schwere Lkw.",
    ),
    (
        "de-bridge-wendelau/reopen",
        "Nach 11 Wochen: Wendelauer Brücke geöffnet",
        "Tempo 60 und das Lkw-Verbot bleiben vorerst bestehen.",
    ),
    # --- de: two concerts of one tour cancelled
    (
        "de-tour-sellwig",
        "Ronja Sellwig sagt Konzert in Hallbrunn ab",
        "Die Sängerin Ronja Sellwig hat ihr Konzert am Samstag in der Hallbrunner Stadthalle "
        "wegen einer Stimmbandentzündung abgesagt; die 4.500 Karten behalten ihre Gültigkeit "
        "für einen Nachholtermin.",
    ),
    (
        "de-tour-sellwig",
        "Stimmband entzündet: Sellwig-Konzert fällt aus",
        "Fans in Hallbrunn müssen auf einen Nachholtermin warten, die 4.500 Karten bleiben "
        "gültig, teilt der Veranstalter mit.",
    ),
    (
        "de-tour-sellwig",
        "Hallbrunn: Absage in letzter Minute",
        "Sellwig ist heiser, die Stadthalle bleibt am Samstag zu.",
    ),
    (
        "de-tour-sellwig/tannried",
        "Nächste Absage: Sellwig-Open-Air in Tannried fällt aus",
        "Auch das Open-Air-Konzert von Ronja Sellwig in Tannried ist abgesagt – diesmal, weil "
        "die Genehmigung für die Festwiese fehlte, wie der Veranstalter mitteilte.",
    ),
    (
        "de-tour-sellwig/tannried",
        "Tannried ohne Sellwig: Genehmigung fehlt",
        "Das Open-Air auf der Festwiese findet nicht statt.",
    ),
    # --- de: one city's two budget votes
    (
        "de-budget-ebersklingen",
        "Ebersklingen beschließt Doppelhaushalt",
        "Der Stadtrat von Ebersklingen hat am Donnerstag den Doppelhaushalt 2027/28 mit einem "
        "Volumen von 1,3 Milliarden Euro verabschiedet; die Grundsteuer steigt um zehn Prozent.",
    ),
    (
        "de-budget-ebersklingen",
        "Haushalt steht: Grundsteuer in Ebersklingen steigt",
        "Der Stadtrat billigt den 1,3-Milliarden-Etat mit knapper Mehrheit.",
    ),
    (
        "de-budget-ebersklingen",
        "Ebersklingen: 1,3 Mrd. Euro für zwei Jahre",
        "Grundsteuer plus 10 Prozent, das Hallenbad wird saniert.",
    ),
    (
        "de-budget-ebersklingen/freeze",
        "Ebersklingen verhängt Haushaltssperre",
        "Wegen der eingebrochenen Gewerbesteuer hat der Stadtrat von Ebersklingen eine "
        "Haushaltssperre beschlossen; die Sanierung des Hallenbads wird verschoben.",
    ),
    (
        "de-budget-ebersklingen/freeze",
        "Haushaltssperre: Hallenbad-Sanierung auf Eis",
        "Die Gewerbesteuer bricht ein, der Stadtrat stoppt die Ausgaben.",
    ),
    # --- de: two outbreaks in one district
    (
        "de-outbreak-rottenfeld",
        "Norovirus in Pflegeheimen im Kreis Rottenfeld",
        "In drei Pflegeheimen im Kreis Rottenfeld sind 64 Bewohner und Pflegekräfte am "
        "Norovirus erkrankt; das Gesundheitsamt hat Besuchsverbote verhängt.",
    ),
    (
        "de-outbreak-rottenfeld",
        "Besuchsverbot nach Noro-Ausbruch",
        "In drei Heimen im Kreis Rottenfeld sind 64 Menschen erkrankt, darunter auch "
        "Pflegekräfte; das Amt prüft die Küchen.",
    ),
    (
        "de-outbreak-rottenfeld",
        "Magen-Darm-Welle in Rottenfelder Heimen",
        "Das Gesundheitsamt zählt 64 Fälle und sperrt die Häuser für Besucher.",
    ),
    (
        "de-outbreak-rottenfeld/tb",
        "Tuberkulose-Fälle an Berufsschule im Kreis Rottenfeld",
        "Das Gesundheitsamt des Kreises Rottenfeld hat bei vier Schülern einer Berufsschule "
        "Tuberkulose festgestellt und lässt 180 Kontaktpersonen testen.",
    ),
    (
        "de-outbreak-rottenfeld/tb",
        "Tbc an Berufsschule: 180 Tests angeordnet",
        "Vier Schüler im Kreis Rottenfeld sind erkrankt.",
    ),
    # --- de: two sales at one auction house
    (
        "de-auction-wernecke",
        "Expressionisten-Gemälde bringt 2,8 Millionen Euro",
        "Ein Gemälde des Expressionisten Arno Freyling ist beim Auktionshaus Wernecke für 2,8 "
        "Millionen Euro versteigert worden, fast das Dreifache des Schätzpreises.",
    ),
    (
        "de-auction-wernecke",
        "Freyling-Bild für 2,8 Mio. versteigert",
        "Rekord für den Maler bei Wernecke.",
    ),
    (
        "de-auction-wernecke",
        "Bieterduell um Freyling: Zuschlag bei 2,8 Millionen",
        "Ein Sammler aus der Schweiz erhielt am Telefon den Zuschlag für das Bild.",
    ),
    (
        "de-auction-wernecke/coins",
        "Münzsammlung bei Wernecke für 640.000 Euro versteigert",
        "Eine Sammlung von 900 mittelalterlichen Münzen ist beim Auktionshaus Wernecke für "
        "insgesamt 640.000 Euro versteigert worden.",
    ),
    (
        "de-auction-wernecke/coins",
        "Mittelalter-Münzen erzielen 640.000 Euro",
        "Die Wernecke-Auktion übertrifft die Erwartungen.",
    ),
    # --- de: a train derailment
    (
        "de-train-kornheide",
        "Regionalzug bei Kornheide entgleist – zwölf Verletzte",
        "Ein Regionalzug ist am Montagmorgen bei Kornheide entgleist; zwölf Fahrgäste wurden "
        "leicht verletzt, die Strecke bleibt bis mindestens Mittwoch gesperrt.",
    ),
    (
        "de-train-kornheide",
        "Zugunglück bei Kornheide: 12 Leichtverletzte",
        "Ein umgestürzter Baum soll auf den Gleisen gelegen haben, als der Regionalzug am "
        "Montagmorgen entgleiste.",
    ),
    (
        "de-train-kornheide",
        "Strecke nach Entgleisung gesperrt",
        "Zwischen Kornheide und Hallbrunn fahren Ersatzbusse.",
    ),
    # --- de: a science result
    (
        "de-science-bienen",
        "Bienen merken sich Gesichter länger als gedacht",
        "Honigbienen können sich menschliche Gesichter mindestens zwei Wochen lang merken, "
        "berichten Forscher der Universität Hallbrunn in einer neuen Studie.",
    ),
    (
        "de-science-bienen",
        "Studie aus Hallbrunn: Bienen erkennen Gesichter",
        "Die Tiere behalten menschliche Gesichter mindestens zwei Wochen im Gedächtnis, "
        "schreiben die Forscher der Universität.",
    ),
    (
        "de-science-bienen",
        "Das Gedächtnis der Honigbiene",
        "Hallbrunner Biologen trainierten 120 Bienen mit Zuckerwasser.",
    ),
    # --- de: told by one outlet
    (
        "de-zoo-okapi",
        "Okapi-Nachwuchs im Tierpark Hallbrunn",
        "Das Jungtier kam in der Nacht zum Sonntag zur Welt und ist wohlauf.",
    ),
    # --- fr: two ministers of one government resigning in one month
    (
        "fr-resign-calverie",
        "Calvérie : la ministre de l'Agriculture Odile Ferrand démissionne",
        "La ministre calvérienne de l'Agriculture, Odile Ferrand, a remis sa démission lundi, "
        "après l'échec au Parlement de sa réforme des retraites agricoles.",
    ),
    (
        "fr-resign-calverie",
        "Démission d'Odile Ferrand, ministre de l'Agriculture",
        "Le Premier ministre Basile Arnoux a accepté lundi le départ de la ministre, désavouée "
        "sur sa réforme des retraites agricoles.",
    ),
    (
        "fr-resign-calverie",
        "Le gouvernement Arnoux perd sa ministre de l'Agriculture",
        "Odile Ferrand part après le rejet de sa réforme des retraites agricoles.",
    ),
    (
        "fr-resign-calverie/justice",
        "Calvérie : le ministre de la Justice quitte à son tour le gouvernement",
        "Trois semaines après Odile Ferrand, le ministre de la Justice Lucien Daubrac a "
        "démissionné jeudi, mis en cause dans une affaire d'emplois fictifs.",
    ),
    (
        "fr-resign-calverie/justice",
        "Daubrac démissionne, deuxième départ en un mois",
        "Le garde des Sceaux est visé par une enquête pour emplois fictifs.",
    ),
    # --- fr: one central bank's two rate decisions
    (
        "fr-rate-serance",
        "La Banque nationale de Sérance relève son taux à 6,5 %",
        "La Banque nationale de Sérance a relevé mardi son taux directeur d'un demi-point, à "
        "6,5 %, pour freiner une inflation de 8,2 %.",
    ),
    (
        "fr-rate-serance",
        "Sérance : hausse du taux directeur à 6,5 %",
        "L'inflation à 8,2 % pousse la banque centrale à agir.",
    ),
    (
        "fr-rate-serance",
        "Taux : la Sérance serre la vis",
        "Le gouverneur Hervé Maillac juge la hausse d'un demi-point « nécessaire ».",
    ),
    (
        "fr-rate-serance/second",
        "Nouvelle hausse : la Banque nationale de Sérance porte son taux à 7 %",
        "Six semaines après une première hausse, la Banque nationale de Sérance a relevé à "
        "nouveau son taux directeur, à 7 %, l'inflation restant au-dessus de 8 %.",
    ),
    (
        "fr-rate-serance/second",
        "Sérance : le taux directeur passe à 7 %",
        "Deuxième hausse d'un demi-point en six semaines.",
    ),
    (
        "fr-rate-serance/second",
        "Sérance : la banque centrale frappe encore",
        "Le gouverneur Hervé Maillac a relevé le taux à 7 % et n'exclut pas une troisième "
        "hausse si l'inflation ne recule pas sous 8 %.",
    ),
    # --- fr: two concerts of one tour cancelled
    (
        "fr-tour-vareille",
        "Sidonie Vareille annule son concert à l'Arena de Montebrac",
        "La chanteuse Sidonie Vareille a annulé son concert de samedi à l'Arena de Montebrac, "
        "souffrante d'une laryngite ; les 6 000 billets seront remboursés ou reportés.",
    ),
    (
        "fr-tour-vareille",
        "Laryngite : Vareille contrainte d'annuler Montebrac",
        "Les 6 000 spectateurs de l'Arena devront attendre une nouvelle date, annoncée « dans "
        "les prochains jours » par le producteur.",
    ),
    (
        "fr-tour-vareille",
        "Pas de concert samedi à Montebrac",
        "Sidonie Vareille promet de revenir « très vite ».",
    ),
    (
        "fr-tour-vareille/festival",
        "Sidonie Vareille déprogrammée du festival Sable d'Orvelle",
        "Le concert de Sidonie Vareille au festival Sable d'Orvelle, prévu en juillet, est "
        "annulé après la faillite de l'organisateur, deuxième date de sa tournée à tomber.",
    ),
    (
        "fr-tour-vareille/festival",
        "Sable d'Orvelle : pas de Vareille cet été",
        "L'organisateur est en faillite, le concert de juillet est annulé.",
    ),
    # --- fr: two outbreaks in one department
    (
        "fr-outbreak-vauniere",
        "Salmonellose : 31 cas dans la Vaunière",
        "Trente et un cas de salmonellose, dont neuf hospitalisations, ont été recensés dans la "
        "Vaunière ; l'agence régionale de santé soupçonne un fromage au lait cru d'une ferme "
        "locale.",
    ),
    (
        "fr-outbreak-vauniere",
        "Fromage au lait cru suspecté : 31 malades",
        "L'ARS rappelle les lots vendus sur les marchés de la Vaunière et demande aux clients "
        "de ne pas les consommer.",
    ),
    (
        "fr-outbreak-vauniere",
        "Intoxication alimentaire : neuf personnes hospitalisées",
        "Dans la Vaunière, 31 cas sont liés à un fromage de ferme.",
    ),
    (
        "fr-outbreak-vauniere/rougeole",
        "Épidémie de rougeole dans les crèches de la Vaunière",
        "Douze enfants ont contracté la rougeole dans trois crèches de la Vaunière ; l'ARS "
        "appelle les parents à vérifier les vaccinations.",
    ),
    (
        "fr-outbreak-vauniere/rougeole",
        "Rougeole : douze enfants touchés",
        "Trois crèches sont concernées dans la Vaunière.",
    ),
    # --- fr: two sales at one auction house
    (
        "fr-auction-lacombe",
        "Un vase Art nouveau adjugé 1,6 million d'euros",
        "Un vase signé du verrier Paul Méridor a été adjugé 1,6 million d'euros dimanche par la "
        "maison Lacombe-Ardouin, huit fois son estimation.",
    ),
    (
        "fr-auction-lacombe",
        "Record pour le verrier Méridor chez Lacombe-Ardouin",
        "1,6 M€ pour un vase découvert dans un grenier.",
    ),
    (
        "fr-auction-lacombe",
        "Enchères : le vase du grenier s'envole",
        "Le Méridor vendu par Lacombe-Ardouin multiplie par huit son estimation.",
    ),
    (
        "fr-auction-lacombe/bijoux",
        "Lacombe-Ardouin disperse les bijoux d'une comtesse",
        "La vente des bijoux de la comtesse d'Aubrelle a totalisé 3,4 millions d'euros mardi "
        "chez Lacombe-Ardouin, portée par un collier de saphirs à 890 000 euros.",
    ),
    (
        "fr-auction-lacombe/bijoux",
        "Bijoux de la comtesse : 3,4 M€",
        "Un collier de saphirs part à 890 000 € chez Lacombe-Ardouin.",
    ),
    # --- fr: a protest called and the protest held
    (
        "fr-protest-orvelle",
        "Les enseignants de Port-Orvelle appellent à manifester jeudi",
        "L'intersyndicale de l'enseignement de Port-Orvelle appelle à une manifestation jeudi "
        "contre la fermeture de 14 classes à la rentrée.",
    ),
    (
        "fr-protest-orvelle",
        "Fermetures de classes : appel à manifester",
        "Départ prévu jeudi à 10 h place de la Halle à Port-Orvelle, où l'intersyndicale "
        "dénonce la fermeture de 14 classes.",
    ),
    (
        "fr-protest-orvelle/held",
        "Près de 3 000 manifestants à Port-Orvelle contre les fermetures de classes",
        "Enseignants et parents ont défilé jeudi dans le centre de Port-Orvelle pour protester "
        "contre la fermeture de 14 classes.",
    ),
    (
        "fr-protest-orvelle/held",
        "Port-Orvelle : la manif des profs fait le plein",
        "3 000 personnes selon les syndicats, 1 800 selon la police.",
    ),
    (
        "fr-protest-orvelle/held",
        "En direct : le cortège arrive à la préfecture",
        "Les manifestants de Port-Orvelle attendent d'être reçus par le préfet.",
    ),
    # --- fr: a fossil find
    (
        "fr-science-fossile",
        "Un crocodile géant fossile découvert dans une carrière de la Vaunière",
        "Des paléontologues de l'université de Montebrac ont mis au jour le squelette presque "
        "complet d'un crocodile marin de 7 mètres, vieux de 160 millions d'années.",
    ),
    (
        "fr-science-fossile",
        "Un crocodile de 7 mètres sort de la carrière",
        "Le fossile a 160 millions d'années, selon l'université de Montebrac, qui le présentera "
        "au public l'an prochain.",
    ),
    (
        "fr-science-fossile",
        "Paléontologie : une découverte « exceptionnelle »",
        "Le squelette du crocodile marin est complet à 90 %.",
    ),
    # --- fr: cycling
    (
        "fr-cyclisme-lebrassac",
        "Cyclisme : Théo Lebrassac s'impose au sommet du col de la Sarrauge",
        "Le Français Théo Lebrassac a remporté dimanche la cinquième étape du Tour des Cévaudes "
        "en solitaire, avec 42 secondes d'avance.",
    ),
    (
        "fr-cyclisme-lebrassac",
        "Lebrassac en patron au col de la Sarrauge",
        "Victoire en solitaire et maillot de leader pour le grimpeur au Tour des Cévaudes, avec "
        "42 secondes d'avance.",
    ),
    (
        "fr-cyclisme-lebrassac",
        "Tour des Cévaudes : le col de la Sarrauge sourit à Lebrassac",
        "Parti à neuf kilomètres du sommet, Théo Lebrassac a résisté au retour des favoris et "
        "s'empare du maillot de leader.",
    ),
    # --- fr: told by one outlet
    (
        "fr-ferry-ile",
        "Un nouveau bac pour l'île d'Aurive",
        "Le bateau électrique transportera 200 passagers dès le printemps.",
    ),
    # --- es: one central bank's two rate decisions
    (
        "es-rate-tarcania",
        "El Banco Central de Tarcania baja los tipos al 5,75%",
        "El Banco Central de Tarcania recortó el jueves su tasa de referencia en 50 puntos "
        "básicos, hasta el 5,75%, ante la caída de la inflación al 3,1%.",
    ),
    (
        "es-rate-tarcania",
        "Tarcania recorta su tasa de interés medio punto",
        "La inflación baja al 3,1 % y el banco central se mueve.",
    ),
    (
        "es-rate-tarcania",
        "Primer recorte del año en Tarcania",
        "La presidenta del banco, Lucía Orbaneja, no descarta más bajadas.",
    ),
    (
        "es-rate-tarcania/pausa",
        "El Banco Central de Tarcania mantiene la tasa en el 5,75%",
        "Un mes después del recorte, el Banco Central de Tarcania dejó sin cambios su tasa de "
        "referencia, a la espera de nuevos datos de precios.",
    ),
    (
        "es-rate-tarcania/pausa",
        "Pausa en Tarcania: la tasa sigue en 5,75%",
        "Orbaneja pide «paciencia» y dice que ya no habrá otro recorte hasta el verano.",
    ),
    # --- es: a bridge closed and reopened
    (
        "es-bridge-torrecorvo",
        "Cortado el puente de Torrecorvo por grietas en un pilar",
        "La Diputación cerró el lunes al tráfico el puente de Torrecorvo sobre el río Albarra "
        "tras detectar grietas en uno de sus pilares; lo cruzaban 9.000 vehículos al día.",
    ),
    (
        "es-bridge-torrecorvo",
        "Torrecorvo se queda sin puente",
        "Desvío de 25 kilómetros para los vecinos de la comarca mientras la Diputación estudia "
        "las grietas del pilar.",
    ),
    (
        "es-bridge-torrecorvo",
        "Grietas en el puente del Albarra obligan a cerrarlo",
        "Los técnicos de la Diputación no dan fecha para la reapertura.",
    ),
    (
        "es-bridge-torrecorvo/reapertura",
        "Reabre el puente de Torrecorvo tras cuatro meses de obras",
        "El puente de Torrecorvo volvió a abrirse al tráfico el viernes después de una "
        "reparación de 1,2 millones de euros, aunque con un límite de 12 toneladas.",
    ),
    (
        "es-bridge-torrecorvo/reapertura",
        "Vuelve el tráfico al puente sobre el Albarra",
        "Reapertura con límite de peso para los camiones.",
    ),
    (
        "es-bridge-torrecorvo/reapertura",
        "El puente de Torrecorvo reabre con límite de 12 toneladas",
        "Las obras han costado 1,2 millones de euros y los camiones pesados seguirán desviados "
        "por la carretera comarcal.",
    ),
    # --- es: two concerts of one tour cancelled
    (
        "es-tour-azcoaga",
        "Julián Azcoaga suspende su concierto en Villanclara",
        "El cantante Julián Azcoaga suspendió el sábado su concierto en el estadio de "
        "Villanclara por una lesión en la rodilla; las 20.000 entradas se devolverán.",
    ),
    (
        "es-tour-azcoaga",
        "Azcoaga se lesiona y cancela en Villanclara",
        "Devolución de entradas para los 20.000 asistentes al estadio; el cantante se hizo daño "
        "en la rodilla durante el ensayo.",
    ),
    (
        "es-tour-azcoaga",
        "Sin concierto de Azcoaga en el estadio",
        "El cantante sufrió una lesión de rodilla en el ensayo.",
    ),
    (
        "es-tour-azcoaga/puertomar",
        "Azcoaga cancela también Puertomar por la ola de calor",
        "El concierto de Julián Azcoaga en Puertomar queda cancelado por la alerta roja por "
        "calor, el segundo de su gira suspendido este mes.",
    ),
    (
        "es-tour-azcoaga/puertomar",
        "Calor extremo: fuera la fecha de Puertomar",
        "Es la segunda cancelación en la gira de Azcoaga, que ya suspendió Villanclara.",
    ),
    # --- es: one city's two budget votes
    (
        "es-budget-sotoviejo",
        "El pleno de Sotoviejo aprueba los presupuestos de 2027",
        "El Ayuntamiento de Sotoviejo aprobó el martes unos presupuestos de 286 millones de "
        "euros con los votos del gobierno municipal y la abstención de la oposición.",
    ),
    (
        "es-budget-sotoviejo",
        "Sotoviejo ya tiene presupuestos: 286 millones",
        "Más dinero para vivienda y autobuses urbanos.",
    ),
    (
        "es-budget-sotoviejo",
        "Luz verde a las cuentas municipales de Sotoviejo",
        "La oposición se abstiene y el alcalde celebra «unos presupuestos sociales».",
    ),
    (
        "es-budget-sotoviejo/modificacion",
        "Sotoviejo aprueba un recorte de 14 millones",
        "El pleno de Sotoviejo aprobó el jueves una modificación presupuestaria que recorta 14 "
        "millones de euros por la caída de los ingresos del impuesto de construcciones.",
    ),
    (
        "es-budget-sotoviejo/modificacion",
        "Tijera en Sotoviejo: 14 millones menos",
        "El gobierno local aplaza el nuevo polideportivo para compensar la caída de ingresos "
        "del impuesto de construcciones.",
    ),
    # --- es: a protest called and the protest held
    (
        "es-protest-albenda",
        "Convocan en Albenda una marcha contra la mina de litio",
        "La plataforma vecinal de Albenda ha convocado una manifestación para el domingo contra "
        "el proyecto de mina de litio a cielo abierto en la sierra del Cuervo.",
    ),
    (
        "es-protest-albenda",
        "Albenda sale a la calle el domingo",
        "La plataforma «Sierra Viva» llama a protestar contra la mina de litio a cielo abierto "
        "en la sierra del Cuervo.",
    ),
    (
        "es-protest-albenda/marcha",
        "Miles de personas marchan en Albenda contra la mina de litio",
        "Unas 5.000 personas, según los organizadores, recorrieron el domingo las calles de "
        "Albenda contra la mina prevista en la sierra del Cuervo.",
    ),
    (
        "es-protest-albenda/marcha",
        "«Sierra Viva» llena las calles de Albenda",
        "5.000 manifestantes según la plataforma, 2.800 según la Guardia Civil.",
    ),
    (
        "es-protest-albenda/marcha",
        "Marcha masiva contra la mina en Albenda",
        "La manifestación del domingo terminó ante el ayuntamiento con la lectura de un "
        "manifiesto contra la explotación de litio en la sierra del Cuervo.",
    ),
    # --- es: a fraud conviction
    (
        "es-court-berrocal",
        "Condenado a ocho años el empresario Anselmo Berrocal por estafa",
        "La Audiencia Provincial condenó a Anselmo Berrocal a ocho años de prisión por estafar "
        "11 millones de euros a 600 inversores con falsos pisos turísticos.",
    ),
    (
        "es-court-berrocal",
        "Ocho años de cárcel para Berrocal",
        "El empresario engañó a 600 inversores con pisos turísticos que no existían, según la "
        "sentencia de la Audiencia.",
    ),
    (
        "es-court-berrocal",
        "La estafa de los pisos turísticos: 11 millones y 600 víctimas",
        "El tribunal obliga a Berrocal a devolver el dinero a los inversores.",
    ),
    # --- es: a volcano study
    (
        "es-science-volcan",
        "El volcán de Isla Calima se hincha 12 centímetros",
        "Los vulcanólogos del instituto insular han medido una deformación del terreno de 12 "
        "centímetros en seis meses en Isla Calima, aunque descartan una erupción inminente.",
    ),
    (
        "es-science-volcan",
        "Isla Calima: el suelo sube 12 cm en medio año",
        "Los científicos piden calma, aumentan la vigilancia del volcán y descartan por ahora "
        "una erupción inminente.",
    ),
    (
        "es-science-volcan",
        "Vigilancia reforzada en Isla Calima",
        "El terreno se ha elevado 12 centímetros, sin riesgo de erupción a corto plazo.",
    ),
    # --- es: hail
    (
        "es-weather-granizo",
        "Una granizada arrasa viñedos en la comarca de Valdecárcavas",
        "Una tormenta de granizo destrozó el martes unas 3.000 hectáreas de viñedo en la "
        "comarca de Valdecárcavas, a pocas semanas de la vendimia.",
    ),
    (
        "es-weather-granizo",
        "Granizo en Valdecárcavas: 3.000 hectáreas de viña dañadas",
        "Los viticultores piden ayudas urgentes.",
    ),
    (
        "es-weather-granizo",
        "Los viticultores de Valdecárcavas piden ayudas tras el granizo",
        "La tormenta del martes dañó unas 3.000 hectáreas de viña y en algunas parcelas se ha "
        "perdido toda la cosecha.",
    ),
    # --- es: told by one outlet
    (
        "es-tren-nocturno",
        "Vuelve el tren nocturno entre Sotoviejo y la costa",
        "Circulará los viernes y domingos desde junio.",
    ),
    (
        "es-museo-llaves",
        "El museo de Albenda expone 400 llaves antiguas",
        "La colección, donada por un cerrajero, se podrá ver hasta marzo.",
    ),
    # --- it: one central bank's two rate decisions
    (
        "it-rate-sarvonia",
        "La Banca centrale di Sarvonia alza i tassi al 4,5%",
        "La Banca centrale di Sarvonia ha alzato mercoledì il tasso di riferimento di un quarto "
        "di punto, al 4,5%, per contrastare un'inflazione salita al 5,3%.",
    ),
    (
        "it-rate-sarvonia",
        "Sarvonia, tassi su di un quarto di punto",
        "Il governatore Ettore Bracalenti: «Scelta inevitabile».",
    ),
    (
        "it-rate-sarvonia",
        "Stretta monetaria a Sarvonia",
        "Con l'inflazione al 5,3% la banca centrale porta il tasso al 4,5 per cento.",
    ),
    (
        "it-rate-sarvonia/taglio",
        "La Banca centrale di Sarvonia taglia i tassi al 4,25%",
        "Tre mesi dopo il rialzo, la Banca centrale di Sarvonia ha ridotto il tasso di "
        "riferimento al 4,25%, con l'inflazione scesa al 3,4%.",
    ),
    (
        "it-rate-sarvonia/taglio",
        "Sarvonia, primo taglio dei tassi",
        "Bracalenti: l'inflazione al 3,4% consente una riduzione.",
    ),
    # --- it: a bridge closed and reopened
    (
        "it-bridge-castelbruno",
        "Chiuso il ponte sull'Arsella a Castelbruno",
        "Il ponte sul torrente Arsella a Castelbruno è stato chiuso al traffico lunedì dopo che "
        "una verifica ha rilevato la corrosione dei cavi di acciaio; passavano 12mila veicoli "
        "al giorno.",
    ),
    (
        "it-bridge-castelbruno",
        "Castelbruno, stop al ponte: cavi corrosi",
        "Traffico deviato sulla provinciale e code in centro dopo la chiusura del ponte "
        "sull'Arsella, attraversato da 12mila veicoli al giorno.",
    ),
    (
        "it-bridge-castelbruno",
        "Ponte chiuso, Castelbruno divisa in due",
        "I commercianti temono un calo degli affari per la chiusura sull'Arsella.",
    ),
    (
        "it-bridge-castelbruno/riapertura",
        "Riaperto il ponte sull'Arsella dopo cinque mesi",
        "Il ponte di Castelbruno è stato riaperto sabato dopo cinque mesi di lavori da 3,4 "
        "milioni di euro; la sindaca Piera Lucchetti ha tagliato il nastro.",
    ),
    (
        "it-bridge-castelbruno/riapertura",
        "Castelbruno festeggia il ponte riaperto",
        "Taglio del nastro con la sindaca Lucchetti e tutto il paese sul ponte.",
    ),
    # --- it: two concerts of one tour cancelled
    (
        "it-tour-branchetti",
        "Branchetti annulla il concerto di Valmerana",
        "Il cantautore Nicolò Branchetti ha annullato il concerto di venerdì al palazzetto di "
        "Valmerana per una bronchite; i 7.000 biglietti saranno rimborsati.",
    ),
    (
        "it-tour-branchetti",
        "Bronchite, salta il concerto di Branchetti",
        "Rimborso per i 7mila spettatori di Valmerana: il cantautore è a letto con la febbre e "
        "ha dovuto fermarsi.",
    ),
    (
        "it-tour-branchetti",
        "Valmerana senza Branchetti venerdì",
        "Il palazzetto resta chiuso, la nuova data è in arrivo.",
    ),
    (
        "it-tour-branchetti/arena",
        "Branchetti, annullato anche il concerto all'arena di Lidomare",
        "Dopo Valmerana salta anche la data di Lidomare: l'arena all'aperto non ha ottenuto il "
        "via libera della commissione di vigilanza, ha comunicato l'organizzatore.",
    ),
    (
        "it-tour-branchetti/arena",
        "Lidomare, niente concerto di Branchetti",
        "Manca il permesso della commissione di vigilanza.",
    ),
    (
        "it-tour-branchetti/arena",
        "Seconda data cancellata per Nicolò Branchetti",
        "Il concerto all'arena di Lidomare non si farà per la mancanza del permesso; i "
        "biglietti saranno rimborsati entro trenta giorni.",
    ),
    # --- it: two outbreaks in one province
    (
        "it-outbreak-serravento",
        "Legionella, 9 casi in provincia di Serravento",
        "Nove persone sono state ricoverate per legionellosi in provincia di Serravento; l'Asl "
        "sospetta le torri di raffreddamento di un centro commerciale.",
    ),
    (
        "it-outbreak-serravento",
        "Legionellosi: nove ricoveri, chiuso un centro commerciale",
        "L'Asl di Serravento analizza l'impianto di raffreddamento del centro commerciale, "
        "sospettato di aver diffuso il batterio.",
    ),
    (
        "it-outbreak-serravento",
        "Serravento, focolaio di legionella: indagini sul centro commerciale",
        "Sono nove i pazienti in ospedale, due in terapia intensiva.",
    ),
    (
        "it-outbreak-serravento/epatite",
        "Epatite A, focolaio tra i ristoranti della provincia di Serravento",
        "L'Asl di Serravento ha registrato 17 casi di epatite A legati a frutti di bosco "
        "surgelati serviti in alcuni ristoranti della provincia.",
    ),
    (
        "it-outbreak-serravento/epatite",
        "Frutti di bosco sotto accusa: 17 casi di epatite A",
        "Richiamati i lotti surgelati nel Serraventino.",
    ),
    # --- it: two sales at one auction house
    (
        "it-auction-fabbrizzi",
        "Tela del Seicento venduta per 2,1 milioni da Fabbrizzi",
        "Una tela del pittore seicentesco Giovan Battista Orlacchi è stata aggiudicata per 2,1 "
        "milioni di euro dalla casa d'aste Fabbrizzi, quasi dieci volte la stima.",
    ),
    (
        "it-auction-fabbrizzi",
        "Orlacchi da record: 2,1 milioni",
        "Dieci volte la stima per il dipinto ritrovato in una villa e venduto dalla casa d'aste "
        "Fabbrizzi.",
    ),
    (
        "it-auction-fabbrizzi",
        "Asta Fabbrizzi, il quadro di Orlacchi vola",
        "Aggiudicato al telefono a un collezionista straniero.",
    ),
    (
        "it-auction-fabbrizzi/vini",
        "Da Fabbrizzi all'asta la cantina di un conte: 780mila euro",
        "La casa d'aste Fabbrizzi ha venduto per 780mila euro le 2.400 bottiglie della cantina "
        "del conte Ruggero Valdambra, superando di un terzo le previsioni.",
    ),
    (
        "it-auction-fabbrizzi/vini",
        "Vini da collezione, incasso da 780mila euro",
        "Sono state vendute tutte le 2.400 bottiglie della cantina del conte Valdambra.",
    ),
    # --- it: a court ruling
    (
        "it-court-discarica",
        "Discarica di Valmerana, condannati tre dirigenti",
        "Il tribunale ha condannato a quattro anni ciascuno tre dirigenti della società "
        "Ambrelli Servizi per lo smaltimento illegale di 30mila tonnellate di rifiuti nella "
        "discarica di Valmerana.",
    ),
    (
        "it-court-discarica",
        "Rifiuti illegali a Valmerana: quattro anni ai dirigenti",
        "La società dovrà pagare la bonifica dell'area dove sono state sepolte 30mila "
        "tonnellate di rifiuti.",
    ),
    (
        "it-court-discarica",
        "Sentenza Ambrelli, i comitati esultano",
        "Tre condanne per le 30mila tonnellate sepolte nella discarica.",
    ),
    # --- it: cycling
    (
        "it-sport-ciclismo",
        "Giro delle Colline, Sandrelli vince la tappa regina",
        "Matteo Sandrelli ha vinto in solitaria la tappa del passo Ghiaccione al Giro delle "
        "Colline, staccando i rivali di un minuto e dodici secondi.",
    ),
    (
        "it-sport-ciclismo",
        "Sandrelli re del Ghiaccione",
        "Attacco a cinque chilometri dalla vetta e maglia di leader al Giro delle Colline per "
        "Matteo Sandrelli.",
    ),
    (
        "it-sport-ciclismo",
        "Tappa regina a Sandrelli, crollano i favoriti",
        "Un minuto e 12 secondi di vantaggio sul passo Ghiaccione.",
    ),
    # --- it: fog on the motorway
    (
        "it-weather-nebbia",
        "Nebbia, maxi tamponamento sulla tangenziale di Lidomare",
        "Trenta veicoli sono rimasti coinvolti in un tamponamento a catena nella nebbia sulla "
        "tangenziale di Lidomare; sei i feriti, nessuno in gravi condizioni.",
    ),
    (
        "it-weather-nebbia",
        "Trenta auto coinvolte nella nebbia a Lidomare",
        "Sei feriti lievi, tangenziale chiusa per ore.",
    ),
    (
        "it-weather-nebbia",
        "Tamponamento a catena nella nebbia, tangenziale chiusa",
        "Sulla tangenziale di Lidomare si sono scontrati trenta veicoli; i sei feriti sono "
        "stati portati in ospedale con ferite lievi.",
    ),
    # --- it: told by one outlet
    (
        "it-museo-mosaico",
        "Castelbruno, il mosaico romano torna visibile",
        "Il pavimento restaurato sarà aperto al pubblico da domenica.",
    ),
    (
        "it-treno-storico",
        "Un treno storico per le terme di Serravento",
        "Le carrozze d'epoca viaggeranno ogni prima domenica del mese.",
    ),
    # --- pt: two ministers of one government resigning in one month
    (
        "pt-resign-luzela",
        "Ministra da Saúde de Santa Luzela demite-se",
        "A ministra da Saúde de Santa Luzela, Graça Mourisca, apresentou a demissão na "
        "segunda-feira após o colapso das urgências do hospital central da capital.",
    ),
    (
        "pt-resign-luzela",
        "Graça Mourisca deixa o governo",
        "O primeiro-ministro Rui Fagundes aceitou o pedido de demissão da ministra da Saúde "
        "após o colapso das urgências.",
    ),
    (
        "pt-resign-luzela",
        "Urgências em colapso custam o cargo à ministra",
        "Mourisca sai após semanas de críticas ao hospital central.",
    ),
    (
        "pt-resign-luzela/financas",
        "Ministro das Finanças de Santa Luzela também se demite",
        "Três semanas depois da ministra da Saúde, o ministro das Finanças, Tiago Brandoa, "
        "demitiu-se na sexta-feira por divergências com o primeiro-ministro Rui Fagundes sobre "
        "o orçamento.",
    ),
    (
        "pt-resign-luzela/financas",
        "Segunda baixa no governo de Fagundes",
        "Tiago Brandoa sai das Finanças por divergências sobre o orçamento.",
    ),
    # --- pt: one central bank's two rate decisions
    (
        "pt-rate-solano",
        "Banco Central de Monte Solano mantém juros em 9,25%",
        "O Banco Central de Monte Solano manteve a taxa básica de juros em 9,25% ao ano na "
        "quarta-feira, pela terceira reunião seguida.",
    ),
    (
        "pt-rate-solano",
        "Juros ficam em 9,25% em Monte Solano",
        "Decisão unânime do comitê, diz o banco central.",
    ),
    (
        "pt-rate-solano",
        "Monte Solano: taxa básica sem mudança pela terceira vez",
        "O mercado já esperava a manutenção dos juros em 9,25 por cento.",
    ),
    (
        "pt-rate-solano/alta",
        "Monte Solano sobe juros para 9,75%",
        "O Banco Central de Monte Solano elevou a taxa básica em meio ponto, para 9,75%, "
        "surpreendendo o mercado depois da alta do dólar.",
    ),
    (
        "pt-rate-solano/alta",
        "Surpresa: juros sobem meio ponto",
        "A taxa básica vai a 9,75% com a pressão do câmbio em Monte Solano.",
    ),
    # --- pt: one city's two budget votes
    (
        "pt-budget-ancelim",
        "Assembleia Municipal de Ancelim aprova orçamento de 96 milhões",
        "A Assembleia Municipal de Ancelim aprovou na terça-feira o orçamento para 2027, de 96 "
        "milhões de euros, com os votos contra da oposição.",
    ),
    (
        "pt-budget-ancelim",
        "Ancelim: orçamento de 96 milhões aprovado",
        "Habitação e transportes levam a maior fatia do orçamento municipal para 2027, aprovado "
        "com os votos contra da oposição.",
    ),
    (
        "pt-budget-ancelim",
        "Orçamento de Ancelim passa com votos contra da oposição",
        "O presidente da câmara, Nuno Esteireiro, fala em «contas certas».",
    ),
    (
        "pt-budget-ancelim/revisao",
        "Ancelim aprova revisão orçamental para pagar cheias",
        "A Assembleia Municipal de Ancelim aprovou uma revisão do orçamento que desvia 4,5 "
        "milhões de euros para reparar os estragos das cheias de novembro.",
    ),
    (
        "pt-budget-ancelim/revisao",
        "Cheias obrigam a rever orçamento de Ancelim",
        "São 4,5 milhões para estradas e pontes danificadas.",
    ),
    # --- pt: a protest called and the protest held
    (
        "pt-protest-ribaverde",
        "Taxistas convocam marcha lenta em Ribaverde",
        "A associação de taxistas de Ribaverde convocou uma marcha lenta para sexta-feira "
        "contra a nova licença municipal, que custa 1.800 euros.",
    ),
    (
        "pt-protest-ribaverde",
        "Marcha lenta de táxis marcada para sexta",
        "Protesto contra a licença de 1800 euros em Ribaverde deve juntar centenas de carros, "
        "diz a associação de taxistas.",
    ),
    (
        "pt-protest-ribaverde/marcha",
        "Centenas de táxis param o centro de Ribaverde",
        "Cerca de 400 táxis participaram na sexta-feira na marcha lenta que bloqueou o centro "
        "de Ribaverde durante três horas.",
    ),
    (
        "pt-protest-ribaverde/marcha",
        "Marcha lenta bloqueia Ribaverde durante três horas",
        "São 400 táxis nas ruas do centro contra a licença municipal.",
    ),
    (
        "pt-protest-ribaverde/marcha",
        "Táxis em marcha lenta contra licença de 1800 euros",
        "A marcha lenta de sexta-feira juntou cerca de 400 táxis e bloqueou o centro de "
        "Ribaverde durante três horas, sem incidentes.",
    ),
    # --- pt: two sales at one auction house
    (
        "pt-auction-veloso",
        "Azulejos do século XVII vendidos por 380 mil euros",
        "Um painel de azulejos do século XVII foi arrematado por 380 mil euros na leiloeira "
        "Veloso Macedo, no sábado, quase o dobro da estimativa.",
    ),
    (
        "pt-auction-veloso",
        "Painel de azulejos arrematado por 380 mil",
        "O leilão da Veloso Macedo supera a estimativa com um painel do século XVII.",
    ),
    (
        "pt-auction-veloso",
        "Leilão de azulejos rende 380 mil euros",
        "O painel do século XVII, vendido na leiloeira Veloso Macedo no sábado, foi comprado "
        "por um museu estrangeiro.",
    ),
    (
        "pt-auction-veloso/livros",
        "Primeira edição rara vendida na Veloso Macedo",
        "Uma primeira edição de um livro de viagens de 1612 foi arrematada por 210 mil euros na "
        "leiloeira Veloso Macedo, um recorde da casa para um livro.",
    ),
    (
        "pt-auction-veloso/livros",
        "Livro de 1612 arrematado por 210 mil euros",
        "Recorde para um livro antigo na leiloeira.",
    ),
    (
        "pt-auction-veloso/livros",
        "Livro de viagens de 1612 bate recorde",
        "A primeira edição vendida por 210 mil euros é o livro mais caro alguma vez leiloado "
        "pela Veloso Macedo.",
    ),
    # --- pt: a science find
    (
        "pt-science-tartaruga",
        "Tartaruga marinha rara volta a desovar na praia da Areacha",
        "Biólogos da Universidade de Ancelim registaram 14 ninhos de tartaruga-de-couro na "
        "praia da Areacha, a primeira desova da espécie ali em 30 anos.",
    ),
    (
        "pt-science-tartaruga",
        "Tartarugas-de-couro regressam à Areacha",
        "São 14 ninhos, os primeiros em trinta anos, registados por biólogos da Universidade de "
        "Ancelim.",
    ),
    (
        "pt-science-tartaruga",
        "Desova histórica na Areacha",
        "A equipa da universidade vai vigiar os ninhos até à eclosão.",
    ),
    # --- pt: football
    (
        "pt-futebol-ribaverde",
        "Atlético Ribaverde conquista a Taça da Liga Insular",
        "O Atlético Ribaverde venceu o Sporting da Serra por 3-1 na final da Taça da Liga "
        "Insular, com dois golos do avançado Duarte Valim.",
    ),
    (
        "pt-futebol-ribaverde",
        "Valim bisa e dá a Taça ao Ribaverde",
        "Final decidida na segunda parte: o Atlético Ribaverde bateu o Sporting da Serra por 3-1.",
    ),
    (
        "pt-futebol-ribaverde",
        "Festa em Ribaverde: a Taça é nossa",
        "Milhares de adeptos na praça do município para receber a equipa.",
    ),
    # --- pt: a storm at sea
    (
        "pt-tempo-ondulacao",
        "Ondas de oito metros fecham portos no litoral norte de Santa Luzela",
        "A capitania fechou cinco portos devido à agitação marítima, com ondas de até oito "
        "metros previstas para quinta-feira.",
    ),
    (
        "pt-tempo-ondulacao",
        "Mar agitado: cinco portos fechados",
        "Ondas podem chegar aos 8 metros na quinta-feira no litoral norte de Santa Luzela, "
        "avisa a capitania.",
    ),
    (
        "pt-tempo-ondulacao",
        "Aviso vermelho para a costa norte",
        "Pescadores ficam em terra com ondas de oito metros.",
    ),
    # --- pt: told by one outlet
    (
        "pt-metro-linha",
        "Metro de Ancelim abre linha até ao aeroporto",
        "A nova linha tem seis estações e 9 quilómetros.",
    ),
    (
        "pt-festival-jazz",
        "Festival de jazz de Ribaverde anuncia programa",
        "São 22 concertos em quatro palcos, de 3 a 6 de julho.",
    ),
    # --- nl: two ministers of one government resigning in one month
    (
        "nl-resign-kesvaria",
        "Minister van Onderwijs van Kesvaria treedt af",
        "Minister van Onderwijs Mies Hulshorst van Kesvaria is dinsdag afgetreden na ophef over "
        "een fraudezaak bij de studiefinanciering van 60 miljoen euro.",
    ),
    (
        "nl-resign-kesvaria",
        "Hulshorst weg na fraude met studiefinanciering",
        "Premier Joost Verbaan aanvaardt het ontslag van de minister van Onderwijs, die de "
        "fraude van 60 miljoen te laat meldde.",
    ),
    (
        "nl-resign-kesvaria",
        "Kesvaria zoekt nieuwe onderwijsminister",
        "Hulshorst stapt op om de fraude van 60 miljoen bij de studiefinanciering.",
    ),
    (
        "nl-resign-kesvaria/landbouw",
        "Tweede minister in Kesvaria stapt op",
        "Twee weken na haar collega van Onderwijs is ook minister van Landbouw Anke Rozendaal "
        "van Kesvaria afgetreden, na kritiek op de aanpak van de vogelgriep.",
    ),
    (
        "nl-resign-kesvaria/landbouw",
        "Rozendaal treedt af na vogelgriepcrisis",
        "Het kabinet-Verbaan verliest binnen een maand twee ministers.",
    ),
    # --- nl: a bridge closed and reopened
    (
        "nl-bridge-bremmelo",
        "Brug over Hoefkanaal bij Bremmelo dicht na aanvaring",
        "De ophaalbrug over het Hoefkanaal bij Bremmelo is sinds zaterdag afgesloten nadat een "
        "vrachtschip ertegen voer; de brug kan niet meer open of dicht.",
    ),
    (
        "nl-bridge-bremmelo",
        "Vrachtschip ramt brug bij Bremmelo",
        "Omleiding van 11 kilometer voor fietsers en auto's nu de ophaalbrug over het "
        "Hoefkanaal niet meer werkt.",
    ),
    (
        "nl-bridge-bremmelo",
        "Bremmelo zonder brug: reparatie duurt weken",
        "De provincie onderzoekt de schade aan het brugdek.",
    ),
    (
        "nl-bridge-bremmelo/open",
        "Brug bij Bremmelo weer open na aanvaring",
        "Zes weken na de aanvaring door een vrachtschip is de ophaalbrug over het Hoefkanaal "
        "bij Bremmelo weer open voor verkeer.",
    ),
    (
        "nl-bridge-bremmelo/open",
        "Bremmelo heeft zijn brug terug",
        "Na zes weken rijdt het verkeer weer over het Hoefkanaal.",
    ),
    # --- nl: one city's two budget votes
    (
        "nl-budget-harlewoude",
        "Gemeenteraad Harlewoude stemt in met begroting",
        "De gemeenteraad van Harlewoude heeft donderdag de begroting voor 2027 aangenomen; de "
        "ozb stijgt met 6 procent en er komt 2,5 miljoen euro extra voor jeugdzorg.",
    ),
    (
        "nl-budget-harlewoude",
        "Ozb in Harlewoude 6 procent omhoog",
        "De raad neemt de begroting voor 2027 aan met 21 tegen 12 stemmen; jeugdzorg krijgt 2,5 "
        "miljoen euro extra.",
    ),
    (
        "nl-budget-harlewoude",
        "Harlewoude trekt 2,5 miljoen extra uit voor jeugdzorg",
        "De begroting voor 2027 is aangenomen, inwoners betalen meer ozb.",
    ),
    (
        "nl-budget-harlewoude/voorjaar",
        "Harlewoude schrapt zwembad in voorjaarsnota",
        "De gemeenteraad van Harlewoude heeft de voorjaarsnota aangenomen, waarin de bouw van "
        "een nieuw zwembad van 14 miljoen euro wordt geschrapt.",
    ),
    (
        "nl-budget-harlewoude/voorjaar",
        "Geen nieuw zwembad in Harlewoude",
        "De raad stemt in met de bezuinigingen in de voorjaarsnota.",
    ),
    (
        "nl-budget-harlewoude/voorjaar",
        "Zwembad van 14 miljoen sneuvelt in Harlewoude",
        "De gemeenteraad stemde donderdag in met de voorjaarsnota en schrapt daarmee het nieuwe "
        "zwembad uit de plannen.",
    ),
    # --- nl: two outbreaks in one province
    (
        "nl-outbreak-zuidermark",
        "Uitbraak van Q-koorts in Zuidermark",
        "In de provincie Zuidermark zijn 15 mensen ziek geworden door Q-koorts; de GGD vermoedt "
        "een besmette geitenhouderij bij Oldenhaar.",
    ),
    (
        "nl-outbreak-zuidermark",
        "GGD: 15 Q-koortsgevallen rond geitenbedrijf",
        "Besmette geiten bij Oldenhaar worden onderzocht; de GGD in Zuidermark waarschuwt "
        "omwonenden met longklachten.",
    ),
    (
        "nl-outbreak-zuidermark",
        "Q-koorts terug in Zuidermark",
        "Vijftien zieken, van wie drie in het ziekenhuis.",
    ),
    (
        "nl-outbreak-zuidermark/kinkhoest",
        "Kinkhoest rukt op in Zuidermark",
        "De GGD in Zuidermark telt dit jaar al 240 gevallen van kinkhoest, vier keer zoveel als "
        "vorig jaar, en roept zwangeren op zich te laten vaccineren.",
    ),
    (
        "nl-outbreak-zuidermark/kinkhoest",
        "Viermaal zoveel kinkhoest in Zuidermark",
        "De GGD wil dat zwangeren zich laten inenten.",
    ),
    # --- nl: a protest called and the protest held
    (
        "nl-protest-dorrewaard",
        "Demonstratie tegen sluiting ziekenhuis Dorrewaard aangekondigd",
        "Het actiecomité 'Houd Sint Wendelijn open' roept inwoners op zaterdag te demonstreren "
        "tegen de sluiting van de spoedeisende hulp van het ziekenhuis in Dorrewaard.",
    ),
    (
        "nl-protest-dorrewaard",
        "Zaterdag protest voor spoedeisende hulp",
        "Het comité verwacht duizenden mensen op de Markt in Dorrewaard.",
    ),
    (
        "nl-protest-dorrewaard/demo",
        "Duizenden demonstreren in Dorrewaard voor ziekenhuis",
        "Zo'n 4.000 mensen liepen zaterdag door Dorrewaard om te protesteren tegen de sluiting "
        "van de spoedeisende hulp van het Sint Wendelijn-ziekenhuis.",
    ),
    (
        "nl-protest-dorrewaard/demo",
        "4000 mensen op de been voor Sint Wendelijn",
        "Het actiecomité biedt een petitie aan de burgemeester aan.",
    ),
    (
        "nl-protest-dorrewaard/demo",
        "Mars voor Sint Wendelijn trekt 4000 mensen",
        "De demonstranten eisen dat de spoedeisende hulp van het ziekenhuis in Dorrewaard "
        "openblijft; de burgemeester nam de petitie in ontvangst.",
    ),
    # --- nl: a court ruling
    (
        "nl-court-windpark",
        "Rechter stopt bouw windpark Oldenhaar",
        "De rechtbank heeft de vergunning voor het windpark van zeven turbines bij Oldenhaar "
        "vernietigd omdat de gemeente de geluidsoverlast onvoldoende had onderzocht.",
    ),
    (
        "nl-court-windpark",
        "Streep door windpark bij Oldenhaar",
        "Omwonenden krijgen gelijk bij de rechtbank: het geluid van de zeven turbines is niet "
        "goed onderzocht.",
    ),
    (
        "nl-court-windpark",
        "Vergunning zeven windmolens vernietigd",
        "De gemeente moet het geluidsonderzoek overdoen.",
    ),
    # --- nl: a science result
    (
        "nl-science-komeet",
        "Sterrenkundigen Bremmelo ontdekken komeet met twee staarten",
        "Astronomen van de sterrenwacht in Bremmelo hebben een nieuwe komeet ontdekt die in "
        "maart met een verrekijker te zien zal zijn.",
    ),
    (
        "nl-science-komeet",
        "Nieuwe komeet in maart zichtbaar",
        "De sterrenwacht van Bremmelo deed de ontdekking.",
    ),
    (
        "nl-science-komeet",
        "Komeet Bremmelo krijgt naam van amateur",
        "De eerste waarneming kwam van een gepensioneerde leraar.",
    ),
    # --- nl: speed skating
    (
        "nl-sport-schaatsen",
        "Lotte Brinkhorst schaatst baanrecord op 1500 meter",
        "Lotte Brinkhorst heeft zondag op de ijsbaan van Harlewoude het baanrecord op de 1500 "
        "meter verbeterd tot 1.53,04.",
    ),
    (
        "nl-sport-schaatsen",
        "Baanrecord voor Brinkhorst in Harlewoude",
        "Ze reed de 1500 meter zondag in 1.53,04 en verbeterde daarmee het oude baanrecord met "
        "bijna een seconde.",
    ),
    (
        "nl-sport-schaatsen",
        "Brinkhorst verrast op de 1500 meter",
        "De schaatsster was de favorieten ruim een seconde te snel.",
    ),
    # --- nl: told by one outlet
    (
        "nl-dierentuin-ijsbeer",
        "Ijsbeertweeling in dierentuin Dorrewaard",
        "De jongen zijn voor het eerst buiten gezien.",
    ),
    (
        "nl-trein-nachttrein",
        "Nachttrein stopt voortaan in Bremmelo",
        "Vanaf december stopt de trein er drie keer per week, ook in het weekend.",
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two ministers of one government resigning in one month": (
        "en-resign-estavia/defence",
        "ru-resign-talmir/education",
        "de-resign-norvalien/finance",
        "fr-resign-calverie/justice",
        "pt-resign-luzela/financas",
        "nl-resign-kesvaria/landbouw",
    ),
    "one central bank's two rate decisions": (
        "en-rate-pellandia/cut",
        "ru-rate-velmaria/hold",
        "fr-rate-serance/second",
        "es-rate-tarcania/pausa",
        "it-rate-sarvonia/taglio",
        "pt-rate-solano/alta",
    ),
    "a bridge or road closed and reopened": (
        "en-bridge-quillford/reopen",
        "en-road-brennock/reopen",
        "de-bridge-wendelau/reopen",
        "es-bridge-torrecorvo/reapertura",
        "it-bridge-castelbruno/riapertura",
        "nl-bridge-bremmelo/open",
    ),
    "two concerts of one tour cancelled": (
        "en-tour-venn/harbourfield",
        "de-tour-sellwig/tannried",
        "fr-tour-vareille/festival",
        "es-tour-azcoaga/puertomar",
        "it-tour-branchetti/arena",
    ),
    "one city's two budget votes": (
        "en-budget-tarrowdene/emergency",
        "ru-budget-krivoyarsk/amend",
        "de-budget-ebersklingen/freeze",
        "es-budget-sotoviejo/modificacion",
        "pt-budget-ancelim/revisao",
        "nl-budget-harlewoude/voorjaar",
    ),
    "two outbreaks in one province or district": (
        "en-outbreak-fennick/legionella",
        "ru-outbreak-miroslav/flu",
        "de-outbreak-rottenfeld/tb",
        "fr-outbreak-vauniere/rougeole",
        "it-outbreak-serravento/epatite",
        "nl-outbreak-zuidermark/kinkhoest",
    ),
    "two sales at one auction house": (
        "en-auction-brindle/watches",
        "de-auction-wernecke/coins",
        "fr-auction-lacombe/bijoux",
        "it-auction-fabbrizzi/vini",
        "pt-auction-veloso/livros",
    ),
    "a protest called and the protest held": (
        "en-protest-kelsmouth/held",
        "ru-protest-solvensk/held",
        "fr-protest-orvelle/held",
        "es-protest-albenda/marcha",
        "pt-protest-ribaverde/marcha",
        "nl-protest-dorrewaard/demo",
    ),
}
