"""A sixth check set for story merging, written blind, to be scored once (2026-12-06).

Same format as `tests.story_items_round5`: (story, title, lead). Items with one story label are one
event as different outlets in one language would carry it in their feeds: a wire copy, a tabloid
headline, a local paper, a business paper, a live blog, an aggregator teaser. Each copy is written
in its own words and order, yet keeps several of the facts such an outlet would print (the names,
the place, the numbers, now and then a quoted phrase) in its own number format (£1.2 billion /
£1.2bn, 51.9% / 51.9 per cent, 14 000 / quatorze mille, 7,5 millones / siete millones y medio)
and name form (full name or surname); some two in five copies are teasers or short leads under 80
characters. A label with a suffix after a slash
is a hard negative of the story before the slash: same topic, same place, firm, lab or people,
another event (categories in `HARD_NEGATIVES`, none of them a category of round 5). Topics reach
past quakes and recalls: election counts, court rulings, transport accidents, science results,
cultural awards, company deals, weather, health, local government. Some stories are told by one
outlet only: they can only be merged falsely. Each story is in one language, its label's prefix:
en, ru, de, fr, es, it, pt, nl. All texts, places, people and firms are invented here.

Written by an author who did not read the merging rules, their lexicon, the merging docs or the
items of the other sets, and never run through the merging code before its one scoring run
(`python -m bench.stories --round6`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: two fires in one city in one week
    (
        "en-fire-dunmarrow",
        "Huge blaze destroys paint warehouse in Dunmarrow",
        "About 80 firefighters fought a fire that destroyed a paint and solvent warehouse on the "
        "Kelvey Road industrial estate in Dunmarrow on Monday night; nobody was hurt, the fire "
        "service said.",
    ),
    (
        "en-fire-dunmarrow",
        "Black smoke over Dunmarrow as warehouse burns",
        "Residents near Kelvey Road were told to keep windows shut while 80 firefighters tackled "
        "the warehouse fire.",
    ),
    (
        "en-fire-dunmarrow",
        "LIVE: Dunmarrow warehouse fire under control",
        "Crews say Monday's blaze at the Kelvey Road paint store is contained; no injuries "
        "reported.",
    ),
    (
        "en-fire-dunmarrow/tannery",
        "Fourteen rescued from flats fire at old Dunmarrow tannery",
        "Firefighters rescued 14 people by ladder when fire broke out in the converted tannery "
        "flats on Mill Wharf in Dunmarrow on Thursday; two were taken to hospital with smoke "
        "inhalation.",
    ),
    (
        "en-fire-dunmarrow/tannery",
        "Ladder rescue at Mill Wharf flats",
        "Two in hospital after Thursday's fire in Dunmarrow's tannery building.",
    ),
    # --- en: two rounds of one election
    (
        "en-vote-caldmoor",
        "Caldmoor mayoral race heads to runoff as no candidate wins majority",
        "Ines Hallorby led the first round of the Caldmoor mayoral election with 38.2% of the "
        "vote against 31.5% for Tobias Wrenfield, and the two will meet in a runoff on 14 "
        "December; turnout was 44%.",
    ),
    (
        "en-vote-caldmoor",
        "Hallorby ahead, Wrenfield second: Caldmoor goes to second round",
        "With all 212 polling stations counted, Hallorby has 38.2 per cent and Wrenfield 31.5 per "
        "cent.",
    ),
    (
        "en-vote-caldmoor",
        "Caldmoor vote: runoff on December 14",
        "Hallorby and Wrenfield go through; four other candidates are out.",
    ),
    (
        "en-vote-caldmoor/runoff",
        "Wrenfield wins Caldmoor runoff in comeback",
        "Tobias Wrenfield was elected mayor of Caldmoor on Sunday, taking 51.9% in the runoff "
        "after trailing Ines Hallorby by almost seven points in the first round.",
    ),
    (
        "en-vote-caldmoor/runoff",
        "Caldmoor's new mayor is Tobias Wrenfield",
        "Wrenfield beat Ines Hallorby with 51.9 per cent of the vote in Sunday's second round, "
        "overturning her first-round lead; he takes office on January 2.",
    ),
    (
        "en-vote-caldmoor/runoff",
        "Hallorby concedes as Wrenfield takes Caldmoor",
        '"The city has chosen," Hallorby told supporters after losing Sunday\'s runoff by fewer '
        "than 2,000 votes.",
    ),
    # --- en: a deal announced and the deal closed
    (
        "en-deal-pellworth",
        "Pellworth Foods agrees £1.2bn takeover of Greyloch Dairies",
        "Pellworth Foods has agreed to buy Greyloch Dairies for £1.2 billion in cash, creating "
        "the country's second-largest dairy group, the companies said on Tuesday; the deal needs "
        "approval from the competition regulator.",
    ),
    (
        "en-deal-pellworth",
        "Greyloch shares jump 22% on Pellworth bid",
        "Greyloch Dairies investors are offered 410p a share, a 22% premium, in the £1.2bn agreed "
        "deal.",
    ),
    (
        "en-deal-pellworth",
        "Pellworth to swallow Greyloch",
        "The £1.2bn dairy deal still needs the regulator's nod.",
    ),
    (
        "en-deal-pellworth/closed",
        "Pellworth completes Greyloch Dairies purchase after regulator clears deal",
        "Pellworth Foods said on Friday it had completed its £1.2 billion acquisition of Greyloch "
        "Dairies, two weeks after the competition regulator approved the deal on condition it "
        "sell three creameries.",
    ),
    (
        "en-deal-pellworth/closed",
        "Greyloch delisted as Pellworth deal closes",
        "Greyloch Dairies shares stopped trading on Friday after the takeover went through.",
    ),
    # --- en: a deal announced and the deal closed (a merger of two lenders)
    (
        "en-merger-kestwick",
        "Kestwick Mutual and Ardenholt Building Society agree to merge",
        "Two regional lenders, Kestwick Mutual and Ardenholt Building Society, plan to merge into "
        "a group with 1.4 million members and 96 branches, they announced on Wednesday, promising "
        "no branch closures for two years.",
    ),
    (
        "en-merger-kestwick",
        "Kestwick-Ardenholt merger: no branch closures for two years",
        "Members of both societies will vote on the tie-up in the spring.",
    ),
    (
        "en-merger-kestwick/closed",
        "Kestwick Ardenholt opens for business as merger completes",
        "The merger of Kestwick Mutual and Ardenholt Building Society took effect on Monday, "
        "after members of both approved it in April; the combined lender keeps all 96 branches.",
    ),
    (
        "en-merger-kestwick/closed",
        "Merged Kestwick Ardenholt starts trading",
        "1.4 million members now belong to one society.",
    ),
    # --- en: two launches by one space agency
    (
        "en-launch-corrie",
        "Varrel Space Agency launches Corrie-3 weather satellite",
        "A Skellan rocket carrying the Corrie-3 weather satellite lifted off from Skellan Point "
        "at 06:42 on Wednesday, and the Varrel Space Agency said the satellite had reached its "
        "planned orbit.",
    ),
    (
        "en-launch-corrie",
        "Corrie-3 safely in orbit, says VSA",
        "The weather satellite will sharpen storm warnings from next spring, the agency says.",
    ),
    (
        "en-launch-corrie",
        "Skellan Point launch puts new weather eye in orbit",
        "Wednesday's dawn launch of Corrie-3 went to plan, officials at the Varrel agency said, "
        "with the satellite's solar panels unfolding an hour after lift-off.",
    ),
    (
        "en-launch-corrie/moth",
        "Varrel agency sends Moth-1 lander towards the Moon",
        "The Varrel Space Agency launched its first lunar lander, Moth-1, from Skellan Point on "
        "Saturday; it is due to touch down near the crater Brannach in 19 days.",
    ),
    (
        "en-launch-corrie/moth",
        "Moth-1 on its way: 19 days to the Moon",
        "VSA's first lander left Skellan Point on Saturday.",
    ),
    # --- en: two launches by one space agency (crew and cargo)
    (
        "en-launch-lantern",
        "Three astronauts lift off in Lantern capsule",
        "The Tavish Space Directorate launched three astronauts, led by commander Ruth "
        "Abernay-Hale, aboard the Lantern capsule on Tuesday for a 30-day stay at the Cairnmoor "
        "orbital station.",
    ),
    (
        "en-launch-lantern",
        "Lantern crew on its way to Cairnmoor station",
        "Commander Abernay-Hale and two crewmates will spend 30 days in orbit.",
    ),
    (
        "en-launch-lantern",
        "Tavish crew launch goes smoothly",
        "The Lantern capsule is to dock with Cairnmoor station on Wednesday.",
    ),
    (
        "en-launch-lantern/cargo",
        "Uncrewed Tavish freighter brings 2.5 tonnes to Cairnmoor",
        "A Tavish Space Directorate cargo ship carrying 2.5 tonnes of food, water and experiments "
        "launched on Friday towards the Cairnmoor station, where it will meet the Lantern crew.",
    ),
    (
        "en-launch-lantern/cargo",
        "Supply ship heads for Cairnmoor",
        "2.5 tonnes of food and kit for the station crew launched on Friday.",
    ),
    # --- en: an award's shortlist and its winner
    (
        "en-prize-fennick",
        "Fennick Prize shortlist names six novels",
        'Debut author Maud Orrinshaw\'s "The Salt Ledger" is among six novels shortlisted for '
        "this year's Fennick Prize for fiction, the judges announced on Thursday; the winner will "
        "receive £50,000.",
    ),
    (
        "en-prize-fennick",
        "Orrinshaw debut makes Fennick shortlist",
        "Six books are in the running for the £50,000 fiction award.",
    ),
    (
        "en-prize-fennick",
        "Who's on the Fennick list?",
        "Six novels, one debut, and a winner due next month.",
    ),
    (
        "en-prize-fennick/winner",
        'Desmond Ayleworth wins Fennick Prize for "The Glass Orchard"',
        'Desmond Ayleworth won the £50,000 Fennick Prize for fiction on Tuesday night for "The '
        "Glass Orchard\", beating five other shortlisted novels including Maud Orrinshaw's debut.",
    ),
    (
        "en-prize-fennick/winner",
        '"The Glass Orchard" takes the Fennick',
        "Ayleworth's third novel wins the £50,000 prize.",
    ),
    # --- en: two flights diverted at one airport
    (
        "en-divert-brackenvale",
        "Sulvane Air flight diverts to Brackenvale after passenger falls ill",
        "A Sulvane Air flight from Port Aldane to Lisgarve made an unscheduled landing at "
        "Brackenvale Airport on Sunday when a passenger fell seriously ill; the man was taken to "
        "hospital.",
    ),
    (
        "en-divert-brackenvale",
        "Medical emergency forces Sulvane jet down at Brackenvale",
        "The Port Aldane to Lisgarve service landed at 14:10 and continued after a two-hour delay.",
    ),
    (
        "en-divert-brackenvale/birds",
        "Bird strike sends Merrowin Airways jet back to Brackenvale",
        "A Merrowin Airways plane bound for Ostvale returned to Brackenvale Airport on Tuesday "
        "after birds hit its left engine shortly after take-off; none of the 164 passengers was "
        "hurt.",
    ),
    (
        "en-divert-brackenvale/birds",
        "Brackenvale: jet returns after bird strike",
        "164 passengers safe after Merrowin Airways engine was hit.",
    ),
    # --- en: two studies by one lab
    (
        "en-study-hollin",
        "Gut bacterium linked to lower blood pressure, Hollin study finds",
        "Adults carrying high levels of the gut bacterium Rendella parva had blood pressure on "
        "average 6 points lower, researchers at the Hollin Institute reported after following "
        "1,200 people for five years.",
    ),
    (
        "en-study-hollin",
        "Could a gut microbe protect the heart?",
        "Hollin Institute scientists tracked 1,200 adults for five years.",
    ),
    (
        "en-study-hollin",
        "Hollin researchers tie gut microbe to blood pressure",
        "The five-year study of 1,200 people found readings about six points lower in those with "
        "more of the bacterium.",
    ),
    (
        "en-study-hollin/sleep",
        "Teenagers who sleep in remember more, Hollin Institute says",
        "Pupils allowed to start school an hour later scored 11% higher on memory tests, "
        "according to a study of 640 teenagers by the same Hollin Institute team.",
    ),
    (
        "en-study-hollin/sleep",
        "Late school start boosts memory in Hollin trial",
        "640 pupils were given an extra hour in bed, and their recall was 11% better.",
    ),
    # --- en: one club's two transfers
    (
        "en-transfer-ashcrove",
        "Ashcrove Rovers sign striker Kofi Mendall for £18m",
        "Ashcrove Rovers have signed striker Kofi Mendall from Lintmere Athletic for a "
        "club-record fee of £18 million on a five-year contract.",
    ),
    (
        "en-transfer-ashcrove",
        "Mendall joins Ashcrove in record deal",
        "The 24-year-old forward arrives from Lintmere Athletic for £18m and has signed a "
        "contract running until the summer of 2031.",
    ),
    (
        "en-transfer-ashcrove",
        "Rovers break bank for Mendall",
        "Ashcrove pay Lintmere a record eighteen million pounds for the 24-year-old striker.",
    ),
    (
        "en-transfer-ashcrove/larrowby",
        "Ashcrove sell captain Piet Larrowby to Harvale City",
        "Ashcrove Rovers have sold defender and captain Piet Larrowby to Harvale City for £9 "
        "million, ending his seven years at the club.",
    ),
    (
        "en-transfer-ashcrove/larrowby",
        "Larrowby leaves Ashcrove for £9m",
        "The captain moves to Harvale City after seven seasons.",
    ),
    # --- en: a court ruling
    (
        "en-court-tolhurst",
        "Court rules Tolhurst Bay council acted unlawfully in closing library",
        "The High Court ruled on Wednesday that Tolhurst Bay council failed to consult residents "
        "before closing the Quayside library, and ordered the decision to be taken again.",
    ),
    (
        "en-court-tolhurst",
        "Tolhurst library campaigners win in High Court",
        "Judge says the council skipped a proper consultation on the Quayside branch.",
    ),
    (
        "en-court-tolhurst",
        "Quayside library closure quashed",
        "A judge ruled that Tolhurst Bay council must take its decision on the Quayside branch "
        "again after a proper consultation with residents.",
    ),
    # --- en: a transport accident
    (
        "en-rail-pennistoke",
        "Freight train derails at Pennistoke Junction, line closed",
        "Eleven wagons of a freight train carrying gravel left the track at Pennistoke Junction "
        "early on Friday, closing the main line north for at least two days; the driver was "
        "unhurt.",
    ),
    (
        "en-rail-pennistoke",
        "Pennistoke derailment: 11 wagons off the rails",
        "Passengers face bus replacements until Sunday while the track is repaired.",
    ),
    (
        "en-rail-pennistoke",
        "Gravel train comes off the track near Pennistoke",
        "Engineers say the main line could stay shut through the weekend.",
    ),
    # --- en: weather
    (
        "en-snow-glenharrow",
        "Snow shuts 200 schools across Glenharrow",
        "More than 200 schools in Glenharrow county closed on Thursday after up to 25 cm of snow "
        "fell overnight, and the county council warned of more on Friday.",
    ),
    (
        "en-snow-glenharrow",
        "Glenharrow buried under 25cm of snow",
        "Over 200 schools shut and most county buses cancelled after a night of heavy snow; "
        "forecasters expect another 10 cm on Friday.",
    ),
    # --- en: health
    (
        "en-measles-kelderby",
        "Measles cases in Kelderby rise to 47",
        "Health officials in Kelderby said 47 people, most of them children under five, have now "
        "caught measles, and opened two walk-in vaccination clinics.",
    ),
    (
        "en-measles-kelderby",
        "Kelderby outbreak: vaccine clinics open as cases climb",
        "There have been 47 measles cases so far, most of them in children under five, officials "
        "said as walk-in clinics opened in the town.",
    ),
    (
        "en-measles-kelderby",
        "Parents urged to check jabs as measles spreads in Kelderby",
        "Two drop-in clinics open this weekend after the count reached 47.",
    ),
    # --- en: one outlet only
    (
        "en-comet-skerrow",
        "Retired teacher spots new comet from her garden",
        "An amateur astronomer in Skerrowmoor, Jean Maddoway, has had a new comet named after her "
        "after spotting it with a 20 cm telescope in her back garden.",
    ),
    (
        "en-bins-wexenby",
        "Wexenby to collect bins every two weeks from April",
        "Wexenby district council voted on Monday to move household rubbish collection from "
        "weekly to fortnightly to save £1.1 million a year.",
    ),
    # --- ru: two fires in one city in one week
    (
        "ru-pozhar-verhnelomsk",
        "В Верхнеломске сгорел рынок стройматериалов",
        "Пожар на рынке стройматериалов на улице Заречной в Верхнеломске тушили 60 пожарных, "
        "площадь возгорания составила 1800 квадратных метров, пострадавших нет, сообщили в "
        "региональном управлении МЧС.",
    ),
    (
        "ru-pozhar-verhnelomsk",
        "Крупный пожар на Заречной: горит строительный рынок",
        "В Верхнеломске огонь охватил 1,8 тыс. кв. м, на месте работают шестьдесят пожарных.",
    ),
    (
        "ru-pozhar-verhnelomsk",
        "Верхнеломск: рынок на Заречной выгорел полностью",
        "Продавцов и покупателей успели вывести, пострадавших нет; причину пожара устанавливают "
        "дознаватели.",
    ),
    (
        "ru-pozhar-verhnelomsk/obshchezhitie",
        "В Верхнеломске из горящего общежития эвакуировали 90 человек",
        "В пятницу загорелось общежитие колледжа на проспекте Строителей в Верхнеломске: "
        "эвакуированы 90 студентов, двое госпитализированы с отравлением дымом.",
    ),
    (
        "ru-pozhar-verhnelomsk/obshchezhitie",
        "Пожар в общежитии на проспекте Строителей",
        "Двое студентов в больнице, остальных вывели.",
    ),
    (
        "ru-pozhar-verhnelomsk/obshchezhitie",
        "Студентов эвакуировали из горящего общежития колледжа в Верхнеломске",
        "Девяносто человек вывели по лестницам, двоих увезли врачи.",
    ),
    # --- ru: two rounds of one election
    (
        "ru-vybory-ustkamsk",
        "Выборы главы Усть-Камска: второй тур неизбежен",
        "По итогам подсчета всех бюллетеней Ольга Тимашова набрала 41,3% голосов, Геннадий "
        "Брусняков — 33,7%; они встретятся во втором туре 15 декабря, сообщила избирательная "
        "комиссия Усть-Камска.",
    ),
    (
        "ru-vybory-ustkamsk",
        "Тимашова лидирует, Брусняков второй",
        "В Усть-Камске назначен второй тур выборов мэра, явка составила 39%.",
    ),
    (
        "ru-vybory-ustkamsk",
        "Усть-Камск: Тимашова и Брусняков выходят во второй тур",
        "У Тимашовой 41,3 процента, у Бруснякова 33,7.",
    ),
    (
        "ru-vybory-ustkamsk/vtoroi",
        "Брусняков победил во втором туре выборов в Усть-Камске",
        "Геннадий Брусняков избран главой Усть-Камска: во втором туре он получил 52,4% голосов, "
        "обойдя Ольгу Тимашову, которая лидировала в первом туре.",
    ),
    (
        "ru-vybory-ustkamsk/vtoroi",
        "Новый мэр Усть-Камска — Геннадий Брусняков",
        "Во втором туре Брусняков набрал 52,4 процента голосов, Тимашова признала поражение и "
        "поздравила соперника.",
    ),
    # --- ru: two launches by one space agency
    (
        "ru-zapusk-sever",
        "Агентство «Орбиталь» вывело на орбиту спутник связи «Сполох-2»",
        "Ракета-носитель с космодрома Кречет вывела на расчетную орбиту спутник связи «Сполох-2», "
        "сообщило агентство «Орбиталь»; спутник обеспечит связь в северных районах.",
    ),
    (
        "ru-zapusk-sever",
        "«Сполох-2» на орбите",
        "Пуск с Кречета прошел штатно, сообщили в «Орбитали».",
    ),
    (
        "ru-zapusk-sever",
        "С космодрома Кречет запущен новый спутник связи",
        "Аппарат «Сполох-2» должен обеспечить интернетом поселки на севере.",
    ),
    (
        "ru-zapusk-sever/grunt",
        "«Орбиталь» отправила зонд за грунтом астероида",
        "Через девять дней после запуска спутника связи агентство «Орбиталь» отправило с "
        "космодрома Кречет зонд «Искатель», который должен доставить на Землю образцы астероида "
        "Терция-12 в 2031 году.",
    ),
    (
        "ru-zapusk-sever/grunt",
        "Зонд «Искатель» стартовал к астероиду",
        "Возвращение образцов ожидается в 2031 году.",
    ),
    (
        "ru-zapusk-sever/grunt",
        "«Искатель» полетел за образцами астероида Терция-12",
        "Зонд стартовал с Кречета через девять дней после «Сполоха-2».",
    ),
    # --- ru: two studies by one lab
    (
        "ru-issledovanie-kedrov",
        "Ученые из Кедрогорска нашли белок, замедляющий старение мышц",
        "Лаборатория клеточной биологии Кедрогорского университета под руководством Марии "
        "Ветлугиной сообщила, что белок КРП-7 на 30% замедлял потерю мышечной массы у старых "
        "мышей.",
    ),
    (
        "ru-issledovanie-kedrov",
        "Белок против дряхлости: открытие Кедрогорского университета",
        "Команда Ветлугиной проверила КРП-7 на мышах.",
    ),
    (
        "ru-issledovanie-kedrov",
        "В Кедрогорске замедлили старение мышц у мышей на 30%",
        "Исследование лаборатории Ветлугиной опубликовано в журнале «Клетка и ткань».",
    ),
    (
        "ru-issledovanie-kedrov/son",
        "Та же лаборатория из Кедрогорска: недосып ослабляет иммунитет",
        "Группа Марии Ветлугиной показала, что у 300 добровольцев, спавших меньше шести часов, "
        "уровень защитных клеток был на 18% ниже.",
    ),
    (
        "ru-issledovanie-kedrov/son",
        "Недосып бьет по иммунитету, выяснили в Кедрогорске",
        "300 добровольцев, меньше шести часов сна — минус 18% защитных клеток.",
    ),
    # --- ru: two flights diverted at one airport
    (
        "ru-posadka-talnikovo",
        "Самолет «Северного курса» экстренно сел в Тальниково из-за пассажира",
        "Лайнер авиакомпании «Северный курс», летевший из Крайгорода в Мирноморск, совершил "
        "вынужденную посадку в аэропорту Тальниково: пассажиру стало плохо, его увезли в больницу.",
    ),
    (
        "ru-posadka-talnikovo",
        "Экстренная посадка в Тальниково: пассажиру потребовался врач",
        "Рейс «Северного курса» продолжил полет через два часа.",
    ),
    (
        "ru-posadka-talnikovo/tuman",
        "Из-за тумана три рейса ушли на запасной аэродром в Тальниково",
        "Три самолета, следовавших в Крайгород, в среду были перенаправлены в аэропорт Тальниково "
        "из-за густого тумана; около 450 пассажиров ждали в терминале.",
    ),
    (
        "ru-posadka-talnikovo/tuman",
        "Туман в Крайгороде: рейсы сели в Тальниково",
        "Около 450 пассажиров рейсов в Крайгород несколько часов провели в аэропорту Тальниково, "
        "пока не рассеялся туман.",
    ),
    (
        "ru-posadka-talnikovo/tuman",
        "Крайгород закрыт туманом, самолеты уходят в Тальниково",
        "В среду на запасной аэродром сели три рейса.",
    ),
    # --- ru: a court ruling
    (
        "ru-sud-zavod",
        "Суд обязал завод в Ольхвинске выплатить жителям 40 млн рублей",
        "Арбитражный суд постановил, что металлургический завод «Ольхвинсталь» должен выплатить "
        "40 млн рублей жителям поселка Ольхвинск за загрязнение реки Светлянки.",
    ),
    (
        "ru-sud-zavod",
        "«Ольхвинсталь» заплатит за грязную Светлянку",
        "Суд присудил жителям Ольхвинска сорок миллионов рублей, завод намерен обжаловать решение "
        "в апелляционной инстанции.",
    ),
    (
        "ru-sud-zavod",
        "Жители Ольхвинска выиграли суд у металлургов",
        "Завод признан виновным в загрязнении реки.",
    ),
    # --- ru: a transport accident
    (
        "ru-dtp-avtobus",
        "Под Лесоярском перевернулся рейсовый автобус, 14 пострадавших",
        "На трассе Лесоярск — Ключеград рейсовый автобус съехал в кювет и опрокинулся, 14 "
        "пассажиров получили травмы, трое в тяжелом состоянии, сообщили в полиции.",
    ),
    (
        "ru-dtp-avtobus",
        "Автобус опрокинулся на трассе Лесоярск — Ключеград",
        "Трое пассажиров в тяжелом состоянии.",
    ),
    (
        "ru-dtp-avtobus",
        "ДТП с автобусом под Лесоярском: водитель не справился с управлением на гололеде",
        "Пострадали четырнадцать человек, водитель автобуса задержан; на трассе в момент аварии "
        "был сильный гололед.",
    ),
    # --- ru: weather
    (
        "ru-pogoda-ledyanoy",
        "Ледяной дождь оставил без света 30 тысяч жителей Тихоозерья",
        "Из-за ледяного дождя в Тихоозерском районе оборваны провода, без электричества остаются "
        "около 30 тыс. человек, энергетики обещают восстановить подачу к вечеру четверга.",
    ),
    (
        "ru-pogoda-ledyanoy",
        "Тихоозерье без света после ледяного дождя",
        "Около тридцати тысяч человек в районе ждут электричества, в поселках открыты пункты "
        "обогрева.",
    ),
    (
        "ru-pogoda-ledyanoy",
        "Энергетики Тихоозерья работают круглосуточно",
        "После ледяного дождя восстанавливают оборванные линии, без света 30 000 жителей.",
    ),
    # --- ru: one outlet only
    (
        "ru-muzei-fresk",
        "В монастыре под Старой Вельмой нашли старинные фрески",
        "Реставраторы обнаружили под слоем штукатурки в Покровском храме Старовельминского "
        "монастыря фрески, которые датируют шестнадцатым веком.",
    ),
    (
        "ru-duma-proezd",
        "Гордума Лесоярска подняла цену проезда до 48 рублей",
        "Депутаты Лесоярска проголосовали за повышение стоимости проезда в городском транспорте с "
        "42 до 48 рублей с 1 февраля.",
    ),
    # --- de: two fires in one city in one week
    (
        "de-brand-lorbach",
        "Großbrand in Lorbachshain: Lagerhalle eines Möbelhauses zerstört",
        "In Lorbachshain ist in der Nacht zum Dienstag die Lagerhalle des Möbelhauses Sennwitz "
        "abgebrannt; rund 120 Feuerwehrleute waren im Einsatz, verletzt wurde niemand, der "
        "Schaden liegt bei mehreren Millionen Euro.",
    ),
    (
        "de-brand-lorbach",
        "Möbellager in Flammen: 120 Einsatzkräfte in Lorbachshain",
        "Die Rauchwolke war kilometerweit zu sehen, die Polizei sperrte die B 41.",
    ),
    (
        "de-brand-lorbach",
        "Lagerhalle von Möbel Sennwitz niedergebrannt",
        "Keine Verletzten, aber ein Schaden in Millionenhöhe: Die Halle in Lorbachshain ist "
        "komplett ausgebrannt, die Kripo ermittelt zur Ursache.",
    ),
    (
        "de-brand-lorbach/altstadt",
        "Feuer in Lorbachshainer Altstadt: 23 Bewohner gerettet",
        "Beim Brand eines Wohn- und Geschäftshauses am Marktplatz von Lorbachshain hat die "
        "Feuerwehr am Samstag 23 Menschen in Sicherheit gebracht; drei Bewohner kamen mit "
        "Rauchvergiftung ins Krankenhaus.",
    ),
    (
        "de-brand-lorbach/altstadt",
        "Erneut Großeinsatz in Lorbachshain: Wohnhaus am Markt brennt",
        "Drei Verletzte, 23 Menschen gerettet, wenige Tage nach dem Brand im Möbellager.",
    ),
    (
        "de-brand-lorbach/altstadt",
        "Lorbachshain: Brand am Marktplatz",
        "Drei Menschen mit Rauchvergiftung in der Klinik.",
    ),
    # --- de: a deal announced and the deal closed
    (
        "de-deal-talvion",
        "Talvion übernimmt Moorbeck Logistik für 780 Millionen Euro",
        "Der Maschinenbauer Talvion kauft den Logistikdienstleister Moorbeck für 780 Millionen "
        "Euro, teilten beide Unternehmen am Montag mit; das Kartellamt muss noch zustimmen.",
    ),
    (
        "de-deal-talvion",
        "Talvion greift nach Moorbeck",
        "780 Mio. Euro für den Logistiker, Kartellamt muss zustimmen.",
    ),
    (
        "de-deal-talvion",
        "Moorbeck-Aktie springt nach Übernahmeangebot um 18 Prozent",
        "Talvion zahlt 780 Millionen Euro und will die 2.400 Moorbeck-Jobs erhalten.",
    ),
    (
        "de-deal-talvion/abschluss",
        "Talvion schließt Moorbeck-Kauf ab",
        "Nach der Freigabe durch das Kartellamt hat Talvion die Übernahme des Logistikers "
        "Moorbeck am Donnerstag vollzogen; Moorbeck wird als eigene Sparte weitergeführt.",
    ),
    (
        "de-deal-talvion/abschluss",
        "Moorbeck gehört jetzt zu Talvion",
        "Die 780-Millionen-Übernahme ist abgeschlossen.",
    ),
    # --- de: an award's shortlist and its winner
    (
        "de-preis-ammerwald",
        "Sechs Romane auf der Shortlist für den Ammerwald-Literaturpreis",
        "Die Jury des mit 30.000 Euro dotierten Ammerwald-Literaturpreises hat sechs Romane "
        "nominiert, darunter das Debüt „Salzwiesen“ von Lene Hörnighaus.",
    ),
    (
        "de-preis-ammerwald",
        "Ammerwald-Preis: Das sind die sechs Nominierten",
        "Mit dabei ist Lene Hörnighaus mit ihrem ersten Roman.",
    ),
    (
        "de-preis-ammerwald/sieger",
        "Konrad Issleben gewinnt den Ammerwald-Literaturpreis",
        "Der Schriftsteller Konrad Issleben erhält für seinen Roman „Die Fährmannstochter“ den "
        "mit 30.000 Euro dotierten Ammerwald-Literaturpreis, wie die Jury am Sonntagabend "
        "bekanntgab.",
    ),
    (
        "de-preis-ammerwald/sieger",
        "„Die Fährmannstochter“ siegt: Ammerwald-Preis an Issleben",
        "Der Autor setzte sich gegen fünf Mitbewerber durch.",
    ),
    (
        "de-preis-ammerwald/sieger",
        "Issleben holt 30.000 Euro Literaturpreis",
        "Jury lobt den „stillen, genauen Ton“ des Romans.",
    ),
    # --- de: one club's two transfers
    (
        "de-transfer-gruenfurt",
        "SV Grünfurt holt Mittelfeldspieler Jonas Amrehn",
        "Der SV Grünfurt verpflichtet Mittelfeldspieler Jonas Amrehn vom FC Wessmar für eine "
        "Ablöse von rund sechs Millionen Euro; der 23-Jährige unterschreibt bis 2030.",
    ),
    (
        "de-transfer-gruenfurt",
        "Amrehn wechselt für 6 Mio. nach Grünfurt",
        "Vertrag bis 2030 für den Mittelfeldmann aus Wessmar.",
    ),
    (
        "de-transfer-gruenfurt",
        "Grünfurt-Coup: Amrehn kommt aus Wessmar!",
        "Sechs Millionen Euro Ablöse fließen an den FC Wessmar, der Mittelfeldspieler "
        "unterschreibt beim SV Grünfurt einen Vertrag bis 2030.",
    ),
    (
        "de-transfer-gruenfurt/abgang",
        "Grünfurt verkauft Torjäger Milan Drescovic nach England",
        "Stürmer Milan Drescovic verlässt den SV Grünfurt für zwölf Millionen Euro und wechselt "
        "zu Harrowmede Albion, bestätigte der Verein am Freitag.",
    ),
    (
        "de-transfer-gruenfurt/abgang",
        "Drescovic geht: 12 Millionen für Grünfurt",
        "Der Torjäger spielt künftig für Harrowmede Albion in England, der SV Grünfurt kassiert "
        "rund zwölf Millionen Euro.",
    ),
    # --- de: two flights diverted at one airport
    (
        "de-flug-sennwaldau",
        "Halvia-Maschine landet wegen Rauch im Cockpit in Sennwaldau",
        "Eine Maschine der Halvia auf dem Weg von Korvenstedt nach Palmara ist am Mittwoch wegen "
        "Rauchentwicklung im Cockpit außerplanmäßig in Sennwaldau gelandet; die 176 Passagiere "
        "blieben unverletzt.",
    ),
    (
        "de-flug-sennwaldau",
        "Rauch im Cockpit: Notlandung in Sennwaldau",
        "Alle 176 Menschen an Bord sind wohlauf, die Halvia-Maschine aus Korvenstedt wird in "
        "Sennwaldau untersucht.",
    ),
    (
        "de-flug-sennwaldau/unwetter",
        "Gewitter über Korvenstedt: Vier Flüge weichen nach Sennwaldau aus",
        "Wegen heftiger Gewitter über Korvenstedt sind am Samstagabend vier Maschinen nach "
        "Sennwaldau umgeleitet worden; rund 600 Reisende mussten mit Bussen weiterfahren.",
    ),
    (
        "de-flug-sennwaldau/unwetter",
        "600 Fluggäste stranden in Sennwaldau",
        "Unwetter zwang vier Maschinen zur Landung, Busse brachten sie nach Korvenstedt.",
    ),
    # --- de: a court ruling
    (
        "de-gericht-windpark",
        "Gericht kippt Genehmigung für Windpark am Hessler Kamm",
        "Das Verwaltungsgericht Frohmersdorf hat die Genehmigung für zwölf Windräder am Hessler "
        "Kamm aufgehoben, weil der Schutz des Rotmilans nicht ausreichend geprüft worden sei.",
    ),
    (
        "de-gericht-windpark",
        "Windpark Hessler Kamm: Naturschützer siegen vor Gericht",
        "Zwölf Anlagen dürfen vorerst nicht gebaut werden.",
    ),
    (
        "de-gericht-windpark",
        "Urteil in Frohmersdorf: Rotmilan stoppt zwölf Windräder",
        "Das Verwaltungsgericht sieht den Schutz des Rotmilans als nicht ausreichend geprüft an; "
        "der Betreiber kann Berufung einlegen.",
    ),
    # --- de: a transport accident
    (
        "de-tram-wendelsau",
        "Straßenbahn und Lkw stoßen in Wendelsau zusammen – 17 Verletzte",
        "An der Kreuzung Ringstraße/Auenweg in Wendelsau ist am Montagmorgen eine Straßenbahn der "
        "Linie 4 mit einem Lkw kollidiert; 17 Menschen wurden verletzt, zwei davon schwer.",
    ),
    (
        "de-tram-wendelsau",
        "Tram-Unfall in Wendelsau: zwei Schwerverletzte",
        "Die Linie 4 ist nach dem Zusammenstoß mit dem Lkw bis Dienstag unterbrochen.",
    ),
    (
        "de-tram-wendelsau",
        "Wendelsau: Lkw rammt Straßenbahn an der Ringstraße",
        "Siebzehn Fahrgäste wurden verletzt, als ein Lkw die Bahn der Linie 4 an der Kreuzung mit "
        "dem Auenweg rammte.",
    ),
    # --- de: weather
    (
        "de-hochwasser-saulbe",
        "Hochwasser an der Saulbe: Ortsteile von Gräveried evakuiert",
        "Nach tagelangem Regen ist die Saulbe in Gräveried über die Ufer getreten; rund 350 "
        "Bewohner mussten ihre Häuser verlassen, der Pegel lag am Abend bei 5,80 Metern.",
    ),
    (
        "de-hochwasser-saulbe",
        "Saulbe-Pegel bei 5,80 Meter: 350 Menschen evakuiert",
        "In Gräveried steht das Wasser in den Straßen, die Feuerwehr brachte rund 350 Anwohner in "
        "Turnhallen unter.",
    ),
    (
        "de-hochwasser-saulbe",
        "Liveticker Hochwasser: Gräveried kämpft gegen die Saulbe",
        "Feuerwehr und Helfer stapeln Sandsäcke, die Evakuierung von 350 Anwohnern läuft.",
    ),
    # --- de: health
    (
        "de-klinik-notaufnahme",
        "Kreisklinik Sennwaldau schließt Notaufnahme nachts",
        "Wegen Personalmangels schließt die Kreisklinik Sennwaldau ab Januar ihre Notaufnahme "
        "zwischen 22 und 6 Uhr, Patienten sollen nach Korvenstedt ausweichen.",
    ),
    (
        "de-klinik-notaufnahme",
        "Nachts keine Notaufnahme mehr in Sennwaldau",
        "Ab Januar von 22 bis 6 Uhr geschlossen, Patienten müssen nach Korvenstedt.",
    ),
    # --- de: one outlet only
    (
        "de-rat-parkgebuehr",
        "Wendelsauer Stadtrat verdoppelt Parkgebühren in der Innenstadt",
        "Der Stadtrat von Wendelsau hat beschlossen, die Parkgebühren in der Innenstadt ab März "
        "von 1,50 auf 3 Euro pro Stunde zu erhöhen.",
    ),
    (
        "de-forschung-bienen",
        "Forscher aus Gräveried zählen so viele Wildbienenarten wie nie",
        "Auf den Magerwiesen bei Gräveried haben Biologen der dortigen Hochschule 212 "
        "Wildbienenarten nachgewiesen, so viele wie nie zuvor in der Region.",
    ),
    # --- fr: two rounds of one election
    (
        "fr-vote-vermoise",
        "Municipale partielle à Vermoise-sur-Lance : ballottage entre Delarmoise et Carbassou",
        "À Vermoise-sur-Lance, la liste de Sophie Delarmoise est arrivée en tête du premier tour "
        "de la municipale partielle avec 36,4 % des voix, devant celle de Mathieu Carbassou (29,8 "
        "%) ; le second tour aura lieu dimanche prochain.",
    ),
    (
        "fr-vote-vermoise",
        "Vermoise : Delarmoise en tête, Carbassou en embuscade",
        "36,4 % contre 29,8 % au premier tour, participation de 47 %.",
    ),
    (
        "fr-vote-vermoise",
        "Premier tour à Vermoise-sur-Lance : les résultats",
        "Sophie Delarmoise devance Mathieu Carbassou, trois listes éliminées.",
    ),
    (
        "fr-vote-vermoise/second",
        "Mathieu Carbassou remporte le second tour à Vermoise-sur-Lance",
        "Distancé au premier tour, Mathieu Carbassou a été élu dimanche avec 50,7 % des suffrages "
        "face à Sophie Delarmoise, à l'issue d'un second tour très serré.",
    ),
    (
        "fr-vote-vermoise/second",
        "Vermoise bascule : Carbassou élu avec 50,7 %",
        "Sophie Delarmoise, en tête au premier tour, est battue de 112 voix ; Mathieu Carbassou "
        "devient maire de Vermoise-sur-Lance.",
    ),
    # --- fr: an award's shortlist and its winner
    (
        "fr-prix-sablons",
        "Prix des Sablons : cinq romans en lice pour la dernière sélection",
        "Le jury du prix des Sablons a dévoilé mardi sa dernière sélection de cinq romans, parmi "
        "lesquels « La Maison des marées » de Clémence Aubrac-Veyne ; le lauréat sera connu le 3 "
        "décembre.",
    ),
    (
        "fr-prix-sablons",
        "Sablons : les cinq finalistes dévoilés",
        "Clémence Aubrac-Veyne parmi les auteurs retenus par le jury.",
    ),
    (
        "fr-prix-sablons",
        "Prix des Sablons, dernière liste : cinq livres, un premier roman",
        "Le jury rendra son verdict le 3 décembre ; le premier roman de Clémence Aubrac-Veyne "
        "fait partie des cinq livres retenus.",
    ),
    (
        "fr-prix-sablons/laureat",
        "Le prix des Sablons décerné à Hugo Masselin",
        "Hugo Masselin a reçu mardi le prix des Sablons pour « Les Chiens de Corvelle », préféré "
        "au premier roman de Clémence Aubrac-Veyne au troisième tour de scrutin du jury.",
    ),
    (
        "fr-prix-sablons/laureat",
        "Masselin sacré aux Sablons",
        "« Les Chiens de Corvelle » l'emporte au troisième tour.",
    ),
    # --- fr: two studies by one lab
    (
        "fr-etude-ravelin",
        "Un vaccin contre l'acné testé avec succès chez la souris, selon l'institut Ravelin",
        "Les chercheurs de l'institut Ravelin de Montsaugeac rapportent qu'un vaccin expérimental "
        "a réduit de 60 % les lésions d'acné chez la souris ; des essais chez l'homme pourraient "
        "débuter en 2028.",
    ),
    (
        "fr-etude-ravelin",
        "Acné : un vaccin réduit les lésions de 60 % chez la souris",
        "Essais humains envisagés en 2028 à l'institut Ravelin.",
    ),
    (
        "fr-etude-ravelin",
        "Bientôt un vaccin contre les boutons ?",
        "À Montsaugeac, l'institut Ravelin annonce 60 % de lésions en moins chez l'animal.",
    ),
    (
        "fr-etude-ravelin/allergie",
        "L'institut Ravelin relie pollution et allergies alimentaires chez l'enfant",
        "Une étude de l'institut Ravelin portant sur 2 300 enfants montre que ceux qui vivent "
        "près d'un grand axe routier ont 1,4 fois plus de risques de développer une allergie "
        "alimentaire.",
    ),
    (
        "fr-etude-ravelin/allergie",
        "Pollution routière et allergies : l'étude de Ravelin sur 2 300 enfants",
        "Chez les enfants vivant près d'un grand axe, le risque d'allergie alimentaire est "
        "multiplié par 1,4, selon les chercheurs de l'institut Ravelin.",
    ),
    (
        "fr-etude-ravelin/allergie",
        "Allergies alimentaires : la route en cause ?",
        "Les chercheurs de Montsaugeac ont suivi 2 300 enfants.",
    ),
    # --- fr: two launches by one space agency
    (
        "fr-lancement-astrelle",
        "L'agence Astrelle lance le satellite d'observation Grive-2",
        "Une fusée Cigale a décollé jeudi à 22 h 15 de la base de Cap-Orvelle avec à son bord "
        "Grive-2, un satellite d'observation des océans de l'agence spatiale Astrelle, placé avec "
        "succès en orbite.",
    ),
    (
        "fr-lancement-astrelle",
        "Grive-2 en orbite après un lancement réussi",
        "Décollage de Cap-Orvelle jeudi soir pour le satellite d'Astrelle.",
    ),
    (
        "fr-lancement-astrelle",
        "Cap-Orvelle : la Cigale emporte Grive-2",
        "Le satellite surveillera la température des océans.",
    ),
    (
        "fr-lancement-astrelle/echec",
        "Échec du lancement d'un satellite de télécommunications d'Astrelle",
        "Le vol de la fusée Cigale qui devait placer en orbite le satellite Héron-1 a échoué "
        "lundi, quelques minutes après le décollage de Cap-Orvelle, a annoncé l'agence Astrelle.",
    ),
    (
        "fr-lancement-astrelle/echec",
        "Héron-1 perdu : la Cigale échoue",
        "Onze jours après le succès de Grive-2, revers pour Astrelle.",
    ),
    (
        "fr-lancement-astrelle/echec",
        "Astrelle : la fusée Cigale perd le satellite Héron-1 après le décollage",
        "Une commission d'enquête est créée, les lancements sont suspendus à Cap-Orvelle.",
    ),
    # --- fr: two fires in one city in one week
    (
        "fr-incendie-castelrouge",
        "Incendie dans une usine de recyclage à Castelrouge-les-Pins",
        "Un violent incendie a ravagé lundi un entrepôt de l'usine de recyclage Recyvalde à "
        "Castelrouge-les-Pins ; une centaine de pompiers ont été mobilisés et aucune victime "
        "n'est à déplorer.",
    ),
    (
        "fr-incendie-castelrouge",
        "Castelrouge : l'usine Recyvalde en feu",
        "Une centaine de pompiers sur place, pas de blessé.",
    ),
    (
        "fr-incendie-castelrouge",
        "Castelrouge-les-Pins : le feu de l'usine de recyclage maîtrisé après dix heures",
        "Les pompiers ont noyé les derniers foyers mardi matin, le site Recyvalde reste fermé.",
    ),
    (
        "fr-incendie-castelrouge/immeuble",
        "Castelrouge-les-Pins : 40 habitants évacués après un feu d'immeuble",
        "Quatre jours après l'incendie de Recyvalde, un feu parti d'un appartement a contraint "
        "quarante habitants d'un immeuble du quartier des Tilleuls à évacuer ; un enfant a été "
        "légèrement intoxiqué.",
    ),
    (
        "fr-incendie-castelrouge/immeuble",
        "Feu d'appartement aux Tilleuls : 40 évacués",
        "Un enfant légèrement intoxiqué et quarante habitants évacués dans le quartier des "
        "Tilleuls, quatre jours après le feu de l'usine de recyclage.",
    ),
    # --- fr: a court ruling
    (
        "fr-justice-barrage",
        "Le tribunal administratif annule le projet de retenue d'eau de Saint-Orban-du-Val",
        "Le tribunal administratif a annulé mardi l'autorisation de la retenue d'eau de "
        "Saint-Orban-du-Val, jugeant l'étude d'impact insuffisante, une victoire pour les "
        "associations de défense de l'environnement.",
    ),
    (
        "fr-justice-barrage",
        "Saint-Orban : la justice stoppe la retenue d'eau",
        "Le tribunal administratif juge l'étude d'impact insuffisante et annule l'autorisation, à "
        "la grande satisfaction des associations.",
    ),
    (
        "fr-justice-barrage",
        "Retenue d'eau annulée : les opposants de Saint-Orban-du-Val jubilent",
        "« C'est une victoire pour la rivière », dit leur avocate.",
    ),
    # --- fr: a transport accident
    (
        "fr-accident-lussardel",
        "Un train percute un tracteur à un passage à niveau près de Lussardel",
        "Un train régional a percuté mercredi un tracteur agricole bloqué sur un passage à niveau "
        "près de Lussardel ; le conducteur du tracteur est mort et huit voyageurs ont été "
        "légèrement blessés.",
    ),
    (
        "fr-accident-lussardel",
        "Lussardel : collision mortelle au passage à niveau",
        "Le conducteur du tracteur tué, huit passagers blessés légèrement.",
    ),
    (
        "fr-accident-lussardel",
        "Accident de train près de Lussardel : un mort",
        "La ligne restera fermée jusqu'à jeudi soir après la collision entre le train régional et "
        "un tracteur, qui a coûté la vie à l'agriculteur.",
    ),
    # --- fr: weather
    (
        "fr-meteo-verglas",
        "Verglas : 14 000 foyers privés d'électricité dans le Haut-Mervan",
        "Des pluies verglaçantes ont provoqué la chute de nombreuses lignes électriques dans le "
        "Haut-Mervan, privant 14 000 foyers de courant mercredi matin.",
    ),
    (
        "fr-meteo-verglas",
        "Haut-Mervan : quatorze mille foyers sans courant",
        "Les pluies verglaçantes ont fait tomber des lignes.",
    ),
    (
        "fr-meteo-verglas",
        "Pluies verglaçantes : le Haut-Mervan dans le noir",
        "Le retour du courant pour les 14 000 foyers est promis jeudi.",
    ),
    # --- fr: one outlet only
    (
        "fr-mairie-cantine",
        "Montsaugeac rend la cantine gratuite pour les écoliers",
        "Le conseil municipal de Montsaugeac a voté lundi la gratuité de la cantine pour les 1 "
        "900 élèves des écoles primaires de la ville à partir de la rentrée.",
    ),
    (
        "fr-festival-bande",
        "Le festival de bande dessinée de Vermoise attire un record de 62 000 visiteurs",
        "La onzième édition du festival de la bande dessinée de Vermoise-sur-Lance a accueilli 62 "
        "000 visiteurs ce week-end, un record.",
    ),
    # --- es: two fires in one city in one week
    (
        "es-incendio-valdeorca",
        "Un incendio arrasa una nave de neumáticos en Valdeorca",
        "Un incendio declarado el martes por la tarde calcinó una nave de almacenamiento de "
        "neumáticos en el polígono Los Arcillares de Valdeorca; trabajaron 70 bomberos y no hubo "
        "heridos, aunque la columna de humo obligó a cerrar dos colegios.",
    ),
    (
        "es-incendio-valdeorca",
        "Humo negro sobre Valdeorca: arde una nave en Los Arcillares",
        "Dos colegios cerrados por precaución y 70 bomberos en la zona.",
    ),
    (
        "es-incendio-valdeorca",
        "Valdeorca: controlado el fuego del polígono",
        "Sin heridos tras arder la nave de neumáticos.",
    ),
    (
        "es-incendio-valdeorca/residencia",
        "Desalojan a 58 ancianos por un incendio en una residencia de Valdeorca",
        "El fuego en la cocina de la residencia Los Almendros de Valdeorca obligó el sábado a "
        "desalojar a sus 58 residentes; cuatro fueron atendidos por inhalación de humo.",
    ),
    (
        "es-incendio-valdeorca/residencia",
        "Incendio en la residencia Los Almendros: 58 mayores desalojados",
        "Cuatro atendidos por el humo, días después del fuego del polígono.",
    ),
    # --- es: a deal announced and the deal closed
    (
        "es-compra-lumbria",
        "Grupo Lumbria comprará la cadena hotelera Brisalta por 520 millones",
        "Grupo Lumbria ha alcanzado un acuerdo para adquirir la cadena Hoteles Brisalta, con 34 "
        "establecimientos, por 520 millones de euros, según comunicó el lunes al regulador del "
        "mercado.",
    ),
    (
        "es-compra-lumbria",
        "Lumbria se hace con Brisalta: 34 hoteles por 520 millones",
        "La operación aún debe recibir el visto bueno de Competencia.",
    ),
    (
        "es-compra-lumbria",
        "Acuerdo hotelero: Lumbria pagará 520 millones",
        "Brisalta suma 34 hoteles en la costa y pasará a manos de Grupo Lumbria por 520 millones "
        "si Competencia da su visto bueno.",
    ),
    (
        "es-compra-lumbria/cierre",
        "Lumbria culmina la compra de Hoteles Brisalta",
        "Grupo Lumbria ha cerrado la adquisición de Hoteles Brisalta tras recibir la autorización "
        "de Competencia, que le obliga a vender dos hoteles en Puerto Sarmela.",
    ),
    (
        "es-compra-lumbria/cierre",
        "Brisalta ya es de Lumbria",
        "Competencia exige la venta de dos hoteles.",
    ),
    # --- es: one club's two transfers
    (
        "es-fichaje-riovera",
        "El Deportivo Riovera ficha al delantero Iker Salduendo",
        "El Deportivo Riovera ha cerrado el fichaje del delantero Iker Salduendo, procedente del "
        "Atlético Moncaril, por 7,5 millones de euros y cuatro temporadas.",
    ),
    (
        "es-fichaje-riovera",
        "Salduendo, nuevo delantero del Riovera",
        "Firma por cuatro temporadas a cambio de 7,5 millones.",
    ),
    (
        "es-fichaje-riovera",
        "Bombazo en Riovera: llega Salduendo por siete millones y medio",
        "El Moncaril acepta la oferta por su goleador.",
    ),
    (
        "es-fichaje-riovera/venta",
        "El Riovera vende al portero Dani Ocharán por 4 millones",
        "El Deportivo Riovera ha traspasado a su portero Dani Ocharán al Unión Cerravalle por "
        "cuatro millones de euros más variables.",
    ),
    (
        "es-fichaje-riovera/venta",
        "Ocharán deja el Riovera rumbo a Cerravalle",
        "El portero Ocharán se marcha al Unión Cerravalle por cuatro millones de euros más "
        "variables, tras seis temporadas en el Riovera.",
    ),
    # --- es: two rounds of one election
    (
        "es-eleccion-sanmaro",
        "Nadie logra la mayoría en San Maro: habrá segunda vuelta",
        "Con el 100 % escrutado, Lucía Ferrandell obtiene el 42,1 % de los votos y Ramón Ugaldeza "
        "el 35,6 % en la elección a alcalde de San Maro, por lo que ambos irán a una segunda "
        "vuelta el día 21.",
    ),
    (
        "es-eleccion-sanmaro",
        "Ferrandell y Ugaldeza, a la segunda vuelta en San Maro",
        "42,1 % frente a 35,6 % en la primera ronda.",
    ),
    (
        "es-eleccion-sanmaro/segunda",
        "Ugaldeza gana la segunda vuelta y será alcalde de San Maro",
        "Ramón Ugaldeza se impuso en la segunda vuelta con el 53,2 % de los votos a Lucía "
        "Ferrandell, que había ganado la primera ronda.",
    ),
    (
        "es-eleccion-sanmaro/segunda",
        "Vuelco en San Maro: Ugaldeza, alcalde",
        "Ferrandell pierde la segunda vuelta con el 46,8 %.",
    ),
    (
        "es-eleccion-sanmaro/segunda",
        "San Maro elige a Ugaldeza con el 53,2 %",
        "La participación subió hasta el 58 % y Ramón Ugaldeza ganó con el 53,2 %, dando la "
        "vuelta al resultado de la primera ronda.",
    ),
    # --- es: two flights diverted at one airport
    (
        "es-desvio-albarena",
        "Un avión de Alcaravia aterriza de emergencia en Albarena por una avería",
        "Un avión de Alcaravia que cubría la ruta Puerto Sarmela-Tordesal desvió su rumbo y "
        "aterrizó en el aeropuerto de Albarena por un fallo hidráulico; los 142 pasajeros "
        "salieron ilesos.",
    ),
    (
        "es-desvio-albarena",
        "Aterrizaje de emergencia en Albarena: 142 pasajeros ilesos",
        "El fallo hidráulico obligó a desviar el vuelo.",
    ),
    (
        "es-desvio-albarena/niebla",
        "La niebla desvía cinco vuelos de Tordesal al aeropuerto de Albarena",
        "Cinco vuelos con destino Tordesal fueron desviados el jueves a Albarena por la densa "
        "niebla; unos 800 pasajeros continuaron el viaje en autobús.",
    ),
    (
        "es-desvio-albarena/niebla",
        "Niebla en Tordesal: 800 viajeros acaban en Albarena",
        "Cinco aviones con destino Tordesal aterrizaron el jueves en Albarena por la niebla, y "
        "sus pasajeros siguieron por carretera.",
    ),
    # --- es: a court ruling
    (
        "es-tribunal-playa",
        "El Supremo regional anula las licencias del hotel de la playa de Corvina",
        "El tribunal superior regional ha anulado las licencias del hotel construido en la playa "
        "de Corvina, en Puerto Sarmela, y ordena su derribo por invadir la zona de protección "
        "costera.",
    ),
    (
        "es-tribunal-playa",
        "Ordenan derribar el hotel de la playa de Corvina",
        "El tribunal anula las licencias por invadir la costa.",
    ),
    (
        "es-tribunal-playa",
        "Puerto Sarmela: la justicia condena al hotel de Corvina al derribo",
        "Los ecologistas celebran la sentencia, la empresa recurrirá.",
    ),
    # --- es: a transport accident
    (
        "es-accidente-ferry",
        "Un ferri choca contra el muelle de Isla Cormela y deja 21 heridos leves",
        "El ferri que une Puerto Sarmela con Isla Cormela chocó el domingo contra el muelle al "
        "atracar; 21 pasajeros sufrieron heridas leves.",
    ),
    (
        "es-accidente-ferry",
        "21 heridos leves al chocar un ferri en Isla Cormela",
        "El barco golpeó el muelle durante la maniobra de atraque.",
    ),
    (
        "es-accidente-ferry",
        "Susto en Isla Cormela: el ferri golpea el muelle al atracar",
        "Los 21 heridos, todos leves, fueron atendidos en el puerto.",
    ),
    # --- es: weather
    (
        "es-granizo-tordesal",
        "Una granizada destroza cosechas en la vega de Tordesal",
        "La tormenta de granizo del miércoles dañó más de 3.000 hectáreas de frutales en la vega "
        "de Tordesal, según la asociación de agricultores.",
    ),
    (
        "es-granizo-tordesal",
        "Tordesal: el granizo arrasa 3.000 hectáreas",
        "Los agricultores de la vega piden ayudas tras perder la cosecha de frutales en más de "
        "3.000 hectáreas por el granizo del miércoles.",
    ),
    (
        "es-granizo-tordesal",
        "Granizo en la vega: tres mil hectáreas de frutales dañadas",
        "Los productores de Tordesal calculan pérdidas millonarias.",
    ),
    # --- es: health
    (
        "es-salud-gripe",
        "Las urgencias de Valdeorca, saturadas por la gripe",
        "El hospital comarcal de Valdeorca ha activado su plan de contingencia por el aumento de "
        "casos de gripe, con esperas de hasta ocho horas en urgencias.",
    ),
    (
        "es-salud-gripe",
        "Gripe: esperas de ocho horas en Valdeorca",
        "El hospital comarcal de Valdeorca activa su plan de contingencia ante el pico de gripe y "
        "pide acudir antes al centro de salud.",
    ),
    (
        "es-salud-gripe",
        "El hospital comarcal de Valdeorca activa el plan de contingencia por la gripe",
        "Hay pacientes que esperan hasta ocho horas y se abren camas en otra planta.",
    ),
    # --- es: one outlet only
    (
        "es-pleno-bici",
        "San Maro aprueba 40 kilómetros de carril bici",
        "El pleno del ayuntamiento de San Maro aprobó el viernes un plan para construir 40 "
        "kilómetros de carril bici antes de 2028.",
    ),
    (
        "es-ciencia-fosil",
        "Hallan en Moncaril el fósil de una tortuga gigante",
        "Paleontólogos han desenterrado en una cantera de Moncaril el caparazón casi completo de "
        "una tortuga gigante de hace 9 millones de años.",
    ),
    # --- it: an award's shortlist and its winner
    (
        "it-premio-lanterna",
        "Premio Lanterna, ecco la cinquina dei finalisti",
        "La giuria del premio letterario Lanterna ha annunciato i cinque finalisti dell'edizione "
        "di quest'anno, tra cui Elisa Borromini Sgarzi con il romanzo «L'inverno dei gelsi»; il "
        "vincitore sarà proclamato il 12 dicembre a Castelvirgo.",
    ),
    (
        "it-premio-lanterna",
        "Lanterna, cinque libri in finale",
        "C'è anche Borromini Sgarzi con «L'inverno dei gelsi».",
    ),
    (
        "it-premio-lanterna",
        "Svelata la cinquina del Lanterna: proclamazione il 12 dicembre a Castelvirgo",
        "Tre romanzi e due raccolte di racconti si contendono il premio.",
    ),
    (
        "it-premio-lanterna/vincitore",
        "Il premio Lanterna va a Tommaso Vellani",
        "Tommaso Vellani ha vinto il premio Lanterna con «Le case sull'argine», conquistando 31 "
        "voti della giuria popolare nella serata finale a Castelvirgo.",
    ),
    (
        "it-premio-lanterna/vincitore",
        "Vellani vince il Lanterna con 31 voti",
        "«Le case sull'argine» batte gli altri quattro finalisti.",
    ),
    # --- it: one club's two transfers
    (
        "it-mercato-vigorsese",
        "La Vigorsese ingaggia il centrocampista Lorenzo Capassini",
        "La Vigorsese ha ufficializzato l'acquisto del centrocampista Lorenzo Capassini dal "
        "Borgoferraio per 3,2 milioni di euro; il giocatore ha firmato fino al 2029.",
    ),
    (
        "it-mercato-vigorsese",
        "Capassini alla Vigorsese: affare da 3,2 milioni",
        "Contratto fino al 2029 per il centrocampista.",
    ),
    (
        "it-mercato-vigorsese",
        "Colpo Vigorsese: arriva Capassini",
        "Il Borgoferraio incassa tre milioni e duecentomila euro.",
    ),
    (
        "it-mercato-vigorsese/cessione",
        "La Vigorsese cede l'attaccante Nicola Ferrazzoni al Montevasco",
        "Nicola Ferrazzoni lascia la Vigorsese: l'attaccante passa al Montevasco in prestito con "
        "obbligo di riscatto fissato a 5 milioni.",
    ),
    (
        "it-mercato-vigorsese/cessione",
        "Ferrazzoni saluta, va al Montevasco",
        "L'attaccante lascia la Vigorsese in prestito, con l'obbligo di riscatto fissato a cinque "
        "milioni.",
    ),
    # --- it: two studies by one lab
    (
        "it-studio-ferracina",
        "Un enzima del pomodoro contro l'Alzheimer? Lo studio dell'Istituto Ferracina",
        "I ricercatori dell'Istituto Ferracina di Valmoreggio hanno osservato che un enzima "
        "estratto dalla buccia del pomodoro riduce del 35% le placche cerebrali nei topi.",
    ),
    (
        "it-studio-ferracina",
        "Alzheimer, placche ridotte del 35% nei topi",
        "Test sull'enzima del pomodoro all'Istituto Ferracina.",
    ),
    (
        "it-studio-ferracina",
        "Valmoreggio, dal pomodoro una speranza contro l'Alzheimer",
        "Per ora solo su animali, avvertono i ricercatori.",
    ),
    (
        "it-studio-ferracina/caffe",
        "Istituto Ferracina: tre caffè al giorno non alzano la pressione",
        "Uno studio dell'Istituto Ferracina su 4.100 adulti seguiti per dieci anni non ha trovato "
        "legami tra tre tazzine di caffè al giorno e ipertensione.",
    ),
    (
        "it-studio-ferracina/caffe",
        "Caffè e pressione, assolta la tazzina",
        "Dieci anni di dati su 4.100 persone a Valmoreggio.",
    ),
    # --- it: two rounds of one election
    (
        "it-elezioni-roccalvina",
        "Ballottaggio a Roccalvina tra Bellandrini e Gueresco",
        "Nessun candidato ha superato il 50% al primo turno delle comunali di Roccalvina: "
        "Francesca Bellandrini si ferma al 44,6%, Paolo Gueresco al 32,1%; si torna alle urne tra "
        "due settimane.",
    ),
    (
        "it-elezioni-roccalvina",
        "Roccalvina verso il ballottaggio",
        "Francesca Bellandrini al 44,6%, Paolo Gueresco al 32,1%: nessuno supera la metà dei voti "
        "e si torna alle urne tra due settimane.",
    ),
    (
        "it-elezioni-roccalvina/ballottaggio",
        "Bellandrini vince il ballottaggio ed è sindaca di Roccalvina",
        "Francesca Bellandrini è la nuova sindaca di Roccalvina: al ballottaggio ha ottenuto il "
        "57,3% contro Paolo Gueresco, con un'affluenza scesa al 41%.",
    ),
    (
        "it-elezioni-roccalvina/ballottaggio",
        "Roccalvina, Bellandrini sindaca con il 57,3%",
        "Paolo Gueresco si ferma sotto il 43%: Francesca Bellandrini guiderà Roccalvina per i "
        "prossimi cinque anni.",
    ),
    # --- it: a deal announced and the deal closed
    (
        "it-accordo-vetreria",
        "Gruppo Saltimbene acquista la Vetreria Corbello per 210 milioni",
        "Il gruppo Saltimbene ha firmato un accordo per rilevare la Vetreria Corbello, storica "
        "azienda del vetro di Murellate, per 210 milioni di euro; l'operazione dovrebbe chiudersi "
        "entro giugno.",
    ),
    (
        "it-accordo-vetreria",
        "Saltimbene compra la Vetreria Corbello",
        "Accordo da 210 milioni per la storica vetreria di Murellate, il closing è atteso entro "
        "giugno.",
    ),
    (
        "it-accordo-vetreria/closing",
        "Saltimbene completa l'acquisizione della Vetreria Corbello",
        "Con il via libera dell'Antitrust, il gruppo Saltimbene ha perfezionato l'acquisto della "
        "Vetreria Corbello, che manterrà il marchio e i 640 dipendenti di Murellate.",
    ),
    (
        "it-accordo-vetreria/closing",
        "Corbello passa a Saltimbene: i 640 posti restano",
        "Chiusa l'operazione dopo il sì dell'Antitrust.",
    ),
    (
        "it-accordo-vetreria/closing",
        "Vetreria Corbello, il closing è fatto",
        "Il marchio di Murellate resta invariato e i 640 dipendenti della Vetreria Corbello "
        "conservano il posto dopo il passaggio a Saltimbene.",
    ),
    # --- it: a court ruling
    (
        "it-sentenza-discarica",
        "Il Tar boccia la discarica di Poggio Ventrone",
        "Il Tribunale amministrativo ha annullato l'autorizzazione per la nuova discarica di "
        "Poggio Ventrone, accogliendo il ricorso dei comuni vicini per il rischio alla falda.",
    ),
    (
        "it-sentenza-discarica",
        "Poggio Ventrone, niente discarica: accolto il ricorso dei comuni",
        "I giudici amministrativi citano il rischio per la falda acquifera.",
    ),
    (
        "it-sentenza-discarica",
        "Discarica annullata dal Tar",
        "Vittoria dei comuni intorno a Poggio Ventrone.",
    ),
    # --- it: a transport accident
    (
        "it-incidente-funivia",
        "Cabinovia ferma a Pian dell'Orsella, 46 persone evacuate con le corde",
        "Un guasto all'impianto ha bloccato la cabinovia di Pian dell'Orsella domenica: 46 "
        "sciatori sono stati calati con le funi dal soccorso alpino, nessuno è rimasto ferito.",
    ),
    (
        "it-incidente-funivia",
        "Guasto alla cabinovia: 46 sciatori calati con le funi",
        "Paura a Pian dell'Orsella: il soccorso alpino ha riportato a terra tutti i 46 sciatori "
        "rimasti sospesi nelle cabine dell'impianto.",
    ),
    (
        "it-incidente-funivia",
        "Pian dell'Orsella, sciatori sospesi per ore: la cabinovia resta chiusa",
        "Dopo l'evacuazione dei 46 passeggeri la procura apre un fascicolo sul guasto.",
    ),
    # --- it: weather
    (
        "it-meteo-nebbia",
        "Nebbia fitta, tamponamento a catena sulla provinciale per Murellate",
        "Diciotto auto coinvolte e nove feriti lievi nel tamponamento avvenuto all'alba sulla "
        "provinciale per Murellate, con visibilità sotto i 30 metri.",
    ),
    (
        "it-meteo-nebbia",
        "Maxi tamponamento nella nebbia: 18 auto, 9 feriti",
        "La provinciale per Murellate riaperta dopo quattro ore.",
    ),
    (
        "it-meteo-nebbia",
        "Murellate, visibilità a 30 metri: incidente con diciotto veicoli",
        "Nessuno dei nove feriti è grave; la visibilità sulla provinciale per Murellate era scesa "
        "sotto i trenta metri.",
    ),
    # --- it: health
    (
        "it-sanita-pronto",
        "Valmoreggio, apre il nuovo pronto soccorso pediatrico",
        "Il nuovo pronto soccorso pediatrico dell'ospedale di Valmoreggio, con 14 posti e aperto "
        "giorno e notte, è entrato in funzione lunedì.",
    ),
    (
        "it-sanita-pronto",
        "Pronto soccorso per i bambini: a Valmoreggio 14 posti",
        "Operativo da lunedì all'ospedale di Valmoreggio, con 14 posti letto e aperto 24 ore su "
        "24.",
    ),
    (
        "it-sanita-pronto",
        "Ospedale di Valmoreggio, via al pronto soccorso dei bambini",
        "Quattordici posti e medici pediatri giorno e notte.",
    ),
    # --- it: one outlet only
    (
        "it-comune-ztl",
        "Castelvirgo allarga la zona a traffico limitato",
        "La giunta di Castelvirgo ha approvato l'estensione della zona a traffico limitato a "
        "tutto il centro storico a partire da marzo.",
    ),
    (
        "it-cultura-affresco",
        "Restaurato l'affresco della Pieve di Sant'Orsola a Roccalvina",
        "Dopo due anni di lavori è tornato visibile l'affresco del Quattrocento nella pieve di "
        "Sant'Orsola a Roccalvina.",
    ),
    # --- pt: two fires in one city in one week
    (
        "pt-incendio-alvarim",
        "Incêndio destrói galpão de supermercado em Porto Alvarim",
        "Um incêndio de grandes proporções destruiu na madrugada de terça-feira o centro de "
        "distribuição da rede Mercadouro em Porto Alvarim; 65 bombeiros combateram as chamas e "
        "não houve feridos.",
    ),
    (
        "pt-incendio-alvarim",
        "Fogo consome centro de distribuição da Mercadouro",
        "65 bombeiros em Porto Alvarim, ninguém se feriu.",
    ),
    (
        "pt-incendio-alvarim",
        "Porto Alvarim: chamas no galpão da Mercadouro vistas de longe",
        "Fumaça preta cobriu a zona norte da cidade durante a madrugada.",
    ),
    (
        "pt-incendio-alvarim/escola",
        "Incêndio em escola de Porto Alvarim obriga retirada de 400 alunos",
        "Um curto-circuito provocou um incêndio no laboratório da Escola Estadual Dona Zulmira, "
        "em Porto Alvarim, na sexta-feira; os 400 alunos foram retirados a tempo e ninguém se "
        "feriu.",
    ),
    (
        "pt-incendio-alvarim/escola",
        "Escola Dona Zulmira evacuada após fogo no laboratório",
        "Quatrocentos alunos saíram em segurança.",
    ),
    (
        "pt-incendio-alvarim/escola",
        "Curto-circuito causa incêndio em escola estadual de Porto Alvarim",
        "Alunos foram retirados antes da chegada dos bombeiros.",
    ),
    # --- pt: two flights diverted at one airport
    (
        "pt-desvio-santailiria",
        "Voo da Aerolume faz pouso de emergência em Santa Ilíria",
        "Um avião da Aerolume que seguia de Vila Serrada para Porto Alvarim fez um pouso não "
        "programado no aeroporto de Santa Ilíria no domingo, após um alerta de fumaça no "
        "compartimento de carga; os 158 passageiros desembarcaram sem ferimentos.",
    ),
    (
        "pt-desvio-santailiria",
        "Alerta de fumaça: avião pousa em Santa Ilíria",
        "Os 158 passageiros desembarcaram sem ferimentos após o alerta de fumaça no avião da "
        "Aerolume, que seguia para Porto Alvarim.",
    ),
    (
        "pt-desvio-santailiria",
        "Aerolume: avião que ia para Porto Alvarim pousa em Santa Ilíria após alerta",
        "Sensores indicaram fumaça no porão de carga, mas nenhum fogo foi encontrado.",
    ),
    (
        "pt-desvio-santailiria/passageiro",
        "Passageiro agressivo obriga voo a pousar em Santa Ilíria",
        "Um voo da Transcéu com destino a Vila Serrada foi desviado para Santa Ilíria na "
        "quarta-feira depois que um passageiro agrediu dois comissários; o homem foi detido pela "
        "polícia.",
    ),
    (
        "pt-desvio-santailiria/passageiro",
        "Homem detido após agredir comissários em voo",
        "O avião da Transcéu pousou em Santa Ilíria.",
    ),
    (
        "pt-desvio-santailiria/passageiro",
        "Confusão a bordo desvia voo para Santa Ilíria",
        "Dois comissários foram agredidos e o homem foi detido pela polícia, diz a companhia.",
    ),
    # --- pt: two launches by one space agency
    (
        "pt-lancamento-orvalho",
        "Agência Espacial Orvalho lança seu primeiro satélite meteorológico",
        "O foguete Curiango decolou às 10h20 de quinta-feira do centro de Ponta Brisa e colocou "
        "em órbita o Garça-1, primeiro satélite meteorológico da Agência Espacial Orvalho.",
    ),
    (
        "pt-lancamento-orvalho",
        "Garça-1 em órbita: sucesso em Ponta Brisa",
        "O satélite vai melhorar a previsão de chuvas.",
    ),
    (
        "pt-lancamento-orvalho",
        "Foguete Curiango leva o Garça-1 ao espaço",
        "Lançamento da Agência Orvalho ocorreu sem falhas.",
    ),
    (
        "pt-lancamento-orvalho/cubesat",
        "Curiango leva seis nanossatélites universitários à órbita",
        "Duas semanas depois do Garça-1, um novo foguete Curiango lançado de Ponta Brisa colocou "
        "em órbita seis nanossatélites construídos por universidades, informou a Agência Espacial "
        "Orvalho.",
    ),
    (
        "pt-lancamento-orvalho/cubesat",
        "Seis nanossatélites de universidades em órbita",
        "Novo lançamento da Orvalho em Ponta Brisa.",
    ),
    # --- pt: two studies by one lab
    (
        "pt-estudo-iperoxo",
        "Laboratório de Vila Serrada desenvolve teste rápido para dengue",
        "Pesquisadores do Laboratório Ipê-Roxo, em Vila Serrada, criaram um teste que detecta a "
        "dengue em 15 minutos com 94% de precisão, a partir de uma gota de sangue.",
    ),
    (
        "pt-estudo-iperoxo",
        "Dengue em 15 minutos: novo teste do Ipê-Roxo",
        "O exame do Laboratório Ipê-Roxo detecta a dengue em 15 minutos com precisão de 94%, "
        "usando uma gota de sangue.",
    ),
    (
        "pt-estudo-iperoxo",
        "Uma gota de sangue e 15 minutos: Vila Serrada cria exame de dengue",
        "Teste do Laboratório Ipê-Roxo acerta 94% dos casos.",
    ),
    (
        "pt-estudo-iperoxo/mosquito",
        "Ipê-Roxo: mosquitos com bactéria reduzem dengue em 70%",
        "Um estudo do Laboratório Ipê-Roxo em três bairros de Vila Serrada mostrou queda de 70% "
        "nos casos de dengue após a soltura de mosquitos com a bactéria protetora.",
    ),
    (
        "pt-estudo-iperoxo/mosquito",
        "Soltura de mosquitos corta casos de dengue em Vila Serrada",
        "Queda de setenta por cento dos casos em três bairros de Vila Serrada, segundo o "
        "Laboratório Ipê-Roxo.",
    ),
    # --- pt: one club's two transfers
    (
        "pt-transferencia-alvarim",
        "Atlético Alvarinense contrata o meia Rafael Tavorda",
        "O Atlético Alvarinense anunciou a contratação do meia Rafael Tavorda, ex-Ventanense, por "
        "2,8 milhões de euros e contrato de quatro anos.",
    ),
    (
        "pt-transferencia-alvarim",
        "Tavorda é do Alvarinense",
        "O meia chega por 2,8 milhões e assina por quatro temporadas.",
    ),
    (
        "pt-transferencia-alvarim",
        "Reforço: Alvarinense acerta com Rafael Tavorda",
        "Clube paga dois milhões e oitocentos mil euros ao Ventanense.",
    ),
    (
        "pt-transferencia-alvarim/saida",
        "Alvarinense vende zagueiro Caio Bentim para o exterior",
        "O zagueiro Caio Bentim deixa o Atlético Alvarinense rumo ao futebol turco por 6 milhões "
        "de euros, a maior venda da história do clube.",
    ),
    (
        "pt-transferencia-alvarim/saida",
        "Bentim sai por 6 milhões, recorde do Alvarinense",
        "Caio Bentim vai jogar na Turquia; os 6 milhões de euros são a maior venda da história do "
        "Atlético Alvarinense.",
    ),
    # --- pt: a court ruling
    (
        "pt-tribunal-ponte",
        "Justiça manda suspender pedágio da ponte de Santa Ilíria",
        "Um juiz federal suspendeu a cobrança de pedágio na ponte de Santa Ilíria por falta de "
        "obras de manutenção prometidas pela concessionária Viabrisa.",
    ),
    (
        "pt-tribunal-ponte",
        "Pedágio da ponte suspenso pela Justiça",
        "Concessionária Viabrisa não fez as obras prometidas.",
    ),
    (
        "pt-tribunal-ponte",
        "Motoristas de Santa Ilíria deixam de pagar pedágio",
        "Decisão judicial vale até a concessionária cumprir o contrato.",
    ),
    # --- pt: a transport accident
    (
        "pt-acidente-onibus",
        "Ônibus tomba na serra de Vila Serrada e deixa 2 mortos",
        "Um ônibus intermunicipal tombou na descida da serra de Vila Serrada na madrugada de "
        "sábado; duas pessoas morreram e 19 ficaram feridas.",
    ),
    (
        "pt-acidente-onibus",
        "Acidente na serra: dois mortos e 19 feridos",
        "Ônibus tombou na descida durante a madrugada.",
    ),
    (
        "pt-acidente-onibus",
        "Tombamento de ônibus na serra de Vila Serrada mata duas pessoas",
        "Dezenove passageiros foram levados a hospitais da região.",
    ),
    # --- pt: weather
    (
        "pt-chuva-alvarim",
        "Chuva de 120 milímetros alaga ruas de Porto Alvarim",
        "Em poucas horas choveu 120 milímetros em Porto Alvarim, o esperado para um mês inteiro; "
        "300 pessoas deixaram suas casas e a Defesa Civil emitiu alerta máximo.",
    ),
    (
        "pt-chuva-alvarim",
        "Porto Alvarim debaixo d'água",
        "300 desalojados após chuva de 120 mm em poucas horas; a Defesa Civil pede que moradores "
        "de encostas deixem suas casas.",
    ),
    (
        "pt-chuva-alvarim",
        "Temporal: choveu em horas o previsto para um mês",
        "Defesa Civil em alerta máximo em Porto Alvarim.",
    ),
    # --- pt: one outlet only
    (
        "pt-camara-tarifa",
        "Câmara de Vila Serrada aprova tarifa zero nos ônibus aos domingos",
        "Os vereadores de Vila Serrada aprovaram por 14 votos a 5 o transporte público gratuito "
        "aos domingos a partir de janeiro.",
    ),
    (
        "pt-cultura-festival",
        "Festival de cinema de Santa Ilíria premia documentário sobre pescadores",
        "O documentário «Redes de Maré», de Luana Perobal, venceu o prêmio principal do festival "
        "de cinema de Santa Ilíria.",
    ),
    # --- nl: two rounds of one election
    (
        "nl-verkiezing-dorpenpartij",
        "Voorzittersverkiezing Dorpenpartij gaat naar tweede ronde",
        "Geen van de vier kandidaten voor het voorzitterschap van de Dorpenpartij haalde een "
        "meerderheid: Marieke Hovenkamp kreeg 41 procent van de ledenstemmen, Joost Ellerkamp 34 "
        "procent; zij gaan door naar een tweede ronde.",
    ),
    (
        "nl-verkiezing-dorpenpartij",
        "Hovenkamp en Ellerkamp door naar tweede ronde",
        "Dorpenpartij kiest pas over twee weken een nieuwe voorzitter.",
    ),
    (
        "nl-verkiezing-dorpenpartij",
        "Dorpenpartij: geen winnaar in eerste ronde",
        "Marieke Hovenkamp haalt 41 procent en Joost Ellerkamp 34 procent van de ledenstemmen; "
        "over twee weken volgt een tweede ronde.",
    ),
    (
        "nl-verkiezing-dorpenpartij/tweede",
        "Joost Ellerkamp gekozen tot voorzitter Dorpenpartij",
        "In de tweede ronde heeft Joost Ellerkamp met 52 procent van de stemmen gewonnen van "
        "Marieke Hovenkamp, die de eerste ronde nog aanvoerde.",
    ),
    (
        "nl-verkiezing-dorpenpartij/tweede",
        "Ellerkamp wint nipt, Hovenkamp verliest",
        "Nieuwe voorzitter van de Dorpenpartij haalt 52 procent.",
    ),
    # --- nl: a deal announced and the deal closed
    (
        "nl-overname-kempelaar",
        "Dransveld Groep neemt Brouwerij Kempelaar over voor 340 miljoen euro",
        "Drankenconcern Dransveld Groep koopt de familiebrouwerij Kempelaar uit Rietmonde voor "
        "340 miljoen euro, maakten beide bedrijven maandag bekend; de toezichthouder moet de deal "
        "nog goedkeuren.",
    ),
    (
        "nl-overname-kempelaar",
        "Kempelaar in handen van Dransveld",
        "Familiebrouwerij uit Rietmonde verkocht voor 340 miljoen.",
    ),
    (
        "nl-overname-kempelaar",
        "Rietmondse brouwerij Kempelaar verkocht",
        "De 210 medewerkers houden hun baan, belooft koper Dransveld.",
    ),
    (
        "nl-overname-kempelaar/afgerond",
        "Overname Kempelaar door Dransveld afgerond",
        "Na goedkeuring door de toezichthouder is de overname van Brouwerij Kempelaar door "
        "Dransveld Groep donderdag formeel afgerond; het bier blijft in Rietmonde gebrouwen.",
    ),
    (
        "nl-overname-kempelaar/afgerond",
        "Kempelaar-deal rond: bier blijft uit Rietmonde",
        "De toezichthouder gaf groen licht, waarna Dransveld Groep de overname van Brouwerij "
        "Kempelaar donderdag afrondde.",
    ),
    # --- nl: an award's shortlist and its winner
    (
        "nl-prijs-meerwald",
        "Vijf romans genomineerd voor de Meerwaldprijs",
        "De jury van de Meerwaldprijs heeft vijf romans genomineerd, onder wie het debuut "
        "„Zoutland” van Ilse Vroegindeweij; de winnaar ontvangt 40.000 euro en wordt in januari "
        "bekendgemaakt.",
    ),
    (
        "nl-prijs-meerwald",
        "Meerwaldprijs: dit zijn de vijf genomineerden",
        "Ook debutant Ilse Vroegindeweij maakt kans op 40.000 euro.",
    ),
    (
        "nl-prijs-meerwald/winnaar",
        "Meerwaldprijs voor Bastiaan Oudekerk",
        "Bastiaan Oudekerk heeft met „De veerman van Hoorndijk” de Meerwaldprijs van 40.000 euro "
        "gewonnen; de jury noemde het boek „een roman die blijft schuren”.",
    ),
    (
        "nl-prijs-meerwald/winnaar",
        "Oudekerk wint Meerwaldprijs",
        "„De veerman van Hoorndijk” krijgt 40.000 euro.",
    ),
    (
        "nl-prijs-meerwald/winnaar",
        "„Een roman die blijft schuren”: Meerwaldprijs naar Oudekerk",
        "Debutant Vroegindeweij viel buiten de prijzen.",
    ),
    # --- nl: two flights diverted at one airport
    (
        "nl-uitwijk-rietmonde",
        "Toestel van Zeevlucht maakt voorzorgslanding op Rietmonde",
        "Een vliegtuig van Zeevlucht op weg van Lindewaarde naar Costa Verdal is zaterdag "
        "uitgeweken naar vliegveld Rietmonde nadat de piloot een waarschuwing over de druk in de "
        "cabine kreeg; de 132 passagiers zijn ongedeerd.",
    ),
    (
        "nl-uitwijk-rietmonde",
        "Voorzorgslanding op Rietmonde: 132 passagiers ongedeerd",
        "Probleem met de cabinedruk bij toestel van Zeevlucht.",
    ),
    (
        "nl-uitwijk-rietmonde",
        "Vakantievlucht keert om en landt in Rietmonde",
        "Zeevlucht zet een ander toestel in voor de 132 passagiers die na de voorzorgslanding in "
        "Rietmonde vastzaten.",
    ),
    (
        "nl-uitwijk-rietmonde/storm",
        "Harde wind: zes vluchten wijken uit naar Rietmonde",
        "Door windstoten tot 110 kilometer per uur op Lindewaarde zijn dinsdag zes vluchten "
        "uitgeweken naar vliegveld Rietmonde; ruim 900 reizigers werden met bussen vervoerd.",
    ),
    (
        "nl-uitwijk-rietmonde/storm",
        "900 reizigers gestrand in Rietmonde",
        "Zes vliegtuigen konden door de wind niet landen op Lindewaarde.",
    ),
    # --- nl: two studies by one lab
    (
        "nl-onderzoek-zwartbol",
        "Onderzoekers Lindewaarde: fietsen naar school verbetert concentratie",
        "Kinderen die naar school fietsen scoren 9 procent beter op concentratietesten, blijkt "
        "uit onderzoek van de groep van Femke Zwartbol aan de universiteit van Lindewaarde onder "
        "1.800 leerlingen.",
    ),
    (
        "nl-onderzoek-zwartbol",
        "Fietsende scholieren concentreren zich beter",
        "Dat blijkt uit onderzoek van de universiteit van Lindewaarde onder 1.800 kinderen.",
    ),
    (
        "nl-onderzoek-zwartbol/schermtijd",
        "Zwartbol-groep: schermtijd voor het slapen kost kinderen 40 minuten slaap",
        "Kinderen die het laatste uur voor bedtijd op een scherm kijken, slapen gemiddeld 40 "
        "minuten korter, meldt dezelfde onderzoeksgroep van Femke Zwartbol in Lindewaarde.",
    ),
    (
        "nl-onderzoek-zwartbol/schermtijd",
        "Scherm voor bedtijd: 40 minuten minder slaap",
        "Nieuw onderzoek van de universiteit van Lindewaarde.",
    ),
    # --- nl: a court ruling
    (
        "nl-rechter-rondweg",
        "Rechter: gemeente Kampervelde moet boerderijwoning laten staan",
        "De rechtbank heeft bepaald dat de gemeente Kampervelde de boerderijwoning van de familie "
        "Terlouw niet mag slopen voor de nieuwe rondweg, omdat alternatieven onvoldoende zijn "
        "onderzocht.",
    ),
    (
        "nl-rechter-rondweg",
        "Familie Terlouw wint zaak tegen Kampervelde",
        "Boerderij hoeft niet te wijken voor rondweg.",
    ),
    (
        "nl-rechter-rondweg",
        "Rondweg Kampervelde: rechter zet streep door sloop",
        "Gemeente onderzocht alternatieven niet goed genoeg.",
    ),
    # --- nl: a transport accident
    (
        "nl-ongeluk-pont",
        "Pont ramt kade in Hoorndijk, twaalf gewonden",
        "De veerpont over het Donkermeer is vrijdagochtend tegen de kade van Hoorndijk gevaren; "
        "twaalf passagiers raakten lichtgewond en de pont is uit de vaart genomen.",
    ),
    (
        "nl-ongeluk-pont",
        "Twaalf lichtgewonden bij ongeluk met veerpont",
        "Pont over het Donkermeer voorlopig uit de vaart.",
    ),
    (
        "nl-ongeluk-pont",
        "Hoorndijk: veerpont vaart tegen kade",
        "De provincie is een onderzoek naar de oorzaak gestart nadat de pont met twaalf "
        "lichtgewonden tegen de kade van Hoorndijk voer.",
    ),
    # --- nl: weather
    (
        "nl-weer-ijzel",
        "Code oranje voor ijzel: honderden ongelukken in het noorden",
        "Door ijzel zijn dinsdagochtend in de noordelijke provincies honderden ongelukken "
        "gebeurd; in Lindewaarde reden geen bussen en scholen begonnen later.",
    ),
    (
        "nl-weer-ijzel",
        "Spiegelglad: geen bussen in Lindewaarde",
        "Code oranje voor ijzel, honderden ongelukken.",
    ),
    (
        "nl-weer-ijzel",
        "IJzel legt noorden plat: bussen blijven in de stalling",
        "In Lindewaarde begonnen de scholen een uur later, de bergers hadden het druk met "
        "honderden ongelukken.",
    ),
    # --- nl: health
    (
        "nl-zorg-huisarts",
        "Duizenden inwoners Kampervelde zonder huisarts",
        "Ruim 4.000 inwoners van Kampervelde staan sinds deze week zonder huisarts nu de laatste "
        "praktijk in de wijk Ruigenweide is gesloten.",
    ),
    (
        "nl-zorg-huisarts",
        "4000 mensen in Kampervelde zoeken een huisarts",
        "Nu de laatste praktijk in Ruigenweide dicht is, staan ruim 4.000 inwoners van "
        "Kampervelde zonder huisarts.",
    ),
    (
        "nl-zorg-huisarts",
        "Ruigenweide zonder dokter: laatste huisartsenpraktijk sluit",
        "Voor ruim vierduizend inwoners van Kampervelde is er nog geen oplossing.",
    ),
    # --- nl: one outlet only
    (
        "nl-raad-parkeren",
        "Gemeenteraad Rietmonde schrapt gratis parkeren op zaterdag",
        "De gemeenteraad van Rietmonde heeft besloten dat automobilisten vanaf april ook op "
        "zaterdag moeten betalen voor parkeren in het centrum.",
    ),
    (
        "nl-wetenschap-meteoriet",
        "Brokstuk van meteoriet gevonden in weiland bij Hoorndijk",
        "Een boer bij Hoorndijk heeft in zijn weiland een brokstuk van een meteoriet van 1,3 kilo "
        "gevonden, bevestigen sterrenkundigen.",
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two fires in one city in one week": (
        "en-fire-dunmarrow/tannery",
        "ru-pozhar-verhnelomsk/obshchezhitie",
        "de-brand-lorbach/altstadt",
        "fr-incendie-castelrouge/immeuble",
        "es-incendio-valdeorca/residencia",
        "pt-incendio-alvarim/escola",
    ),
    "two rounds of one election": (
        "en-vote-caldmoor/runoff",
        "ru-vybory-ustkamsk/vtoroi",
        "fr-vote-vermoise/second",
        "es-eleccion-sanmaro/segunda",
        "it-elezioni-roccalvina/ballottaggio",
        "nl-verkiezing-dorpenpartij/tweede",
    ),
    "a deal announced and the deal closed": (
        "en-deal-pellworth/closed",
        "en-merger-kestwick/closed",
        "de-deal-talvion/abschluss",
        "es-compra-lumbria/cierre",
        "it-accordo-vetreria/closing",
        "nl-overname-kempelaar/afgerond",
    ),
    "two launches by one space agency": (
        "en-launch-corrie/moth",
        "en-launch-lantern/cargo",
        "ru-zapusk-sever/grunt",
        "fr-lancement-astrelle/echec",
        "pt-lancamento-orvalho/cubesat",
    ),
    "an award's shortlist and its winner": (
        "en-prize-fennick/winner",
        "de-preis-ammerwald/sieger",
        "fr-prix-sablons/laureat",
        "it-premio-lanterna/vincitore",
        "nl-prijs-meerwald/winnaar",
    ),
    "two flights diverted at one airport": (
        "en-divert-brackenvale/birds",
        "ru-posadka-talnikovo/tuman",
        "de-flug-sennwaldau/unwetter",
        "es-desvio-albarena/niebla",
        "pt-desvio-santailiria/passageiro",
        "nl-uitwijk-rietmonde/storm",
    ),
    "two studies by one lab": (
        "en-study-hollin/sleep",
        "ru-issledovanie-kedrov/son",
        "fr-etude-ravelin/allergie",
        "it-studio-ferracina/caffe",
        "pt-estudo-iperoxo/mosquito",
        "nl-onderzoek-zwartbol/schermtijd",
    ),
    "one club's two transfers": (
        "en-transfer-ashcrove/larrowby",
        "de-transfer-gruenfurt/abgang",
        "es-fichaje-riovera/venta",
        "it-mercato-vigorsese/cessione",
        "pt-transferencia-alvarim/saida",
    ),
}
