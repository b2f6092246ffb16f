"""A fourth check set for story merging, written blind, to be scored once (2026-12-06).

Same format as `tests.story_items_round3`: (story, title, lead). Items with one story label are
one event as different outlets in one language would title and lead it: a wire copy, a tabloid, a
local paper, a business paper, a live blog; other wording and word order, synonyms, paraphrase,
names in full or by surname (spelled with and without ё in Russian), other number formats
(90,000 / 90k, 30 000 / trente mille, 1.500 / fünfzehnhundert, 4,6 / 4.6), teasers under 80
characters, leads that add another detail, and some copies that share almost no words yet name
the same place, people and numbers. A label with a suffix after a slash is a hard negative of
the story before the slash: same topic, another event (categories in `HARD_NEGATIVES`). Some
stories are told by one outlet only: they can only be merged falsely. Each story is in one
language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts, places, people and firms
are invented here.

Written by an author who did not read the merging rules, their lexicon, the merging docs or the
items of the other sets, and never run through the merging code before its one scoring run
(`python -m bench.stories --round4`, to be wired like `--round3`). Once its errors have been read
it is no longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: a semi-final and, days before, its preview
    (
        "en-semi-tarrow",
        "Tarrow Rovers 3-1 Elmsfield Athletic: Rovers into Northern Shield final",
        "Tarrow Rovers reached the Northern Shield final for the first time in 31 years on "
        "Saturday, beating Elmsfield Athletic 3-1 at Quarry Lane with two second-half goals from "
        "Callum Reyes.",
    ),
    (
        "en-semi-tarrow",
        "REYES FIRES ROVERS TO DREAM FINAL",
        "Callum Reyes struck twice as Dev Okafor's side came from behind to see off Elmsfield.",
    ),
    (
        "en-semi-tarrow",
        "Rovers end three-decade wait as Elmsfield crumble late",
        "A late collapse cost Elmsfield Athletic dearly at Quarry Lane, where the hosts scored "
        "three times in the final 25 minutes to win 3-1 and book a final against Haverleigh.",
    ),
    (
        "en-semi-tarrow/preview",
        "Okafor expects 'tight, nervy' semi-final against Elmsfield",
        "Tarrow Rovers manager Dev Okafor said on Thursday he expected a tight, nervy game when "
        "Elmsfield Athletic visit Quarry Lane for Saturday's Northern Shield semi-final, with "
        "Callum Reyes fit to start.",
    ),
    (
        "en-semi-tarrow/preview",
        "Tarrow Rovers v Elmsfield Athletic: team news and kick-off time",
        "Everything you need to know before Saturday's semi at Quarry Lane.",
    ),
    # --- en: two earthquakes in one week on the same island chain
    (
        "en-quake-marisco",
        "Magnitude 6.1 earthquake strikes off Marisco, two dead",
        "A magnitude 6.1 earthquake struck off the coast of Marisco in the Santa Verin islands "
        "early on Monday, killing two people and damaging about 140 homes, the national disaster "
        "agency said.",
    ),
    (
        "en-quake-marisco",
        "Santa Verin quake: 140 homes damaged, ferry port shut",
        "Monday's tremor cracked the quay at Marisco and forced the port to close.",
    ),
    (
        "en-quake-marisco",
        "Two killed as strong tremor rocks Santa Verin coast",
        "Residents of Marisco ran into the streets before dawn as the ground shook for nearly 40 "
        "seconds; a woman and her son died when a wall collapsed, officials said.",
    ),
    (
        "en-quake-marisco/second",
        "Second quake in a week hits Santa Verin, this time near Port Vell",
        "A magnitude 5.4 earthquake shook Port Vell, some 200 km north of Marisco, on Friday "
        "afternoon, four days after a deadlier tremor; no deaths were reported.",
    ),
    (
        "en-quake-marisco/second",
        "Port Vell shaken by 5.4 tremor, schools evacuated",
        "Pupils were led out of classrooms as a new quake rattled the northern town on Friday.",
    ),
    # --- en: a former mayor's trial opens, and weeks later its verdict
    (
        "en-trial-whitcombe",
        "Former Linfield mayor Ada Whitcombe found guilty of taking bribes",
        "Ada Whitcombe, who led Linfield council for eight years, was convicted on Wednesday of "
        "accepting £86,000 in bribes from a building contractor and will be sentenced next month.",
    ),
    (
        "en-trial-whitcombe",
        "Guilty: jury convicts ex-mayor Whitcombe after nine-hour deliberation",
        "Jurors at Kesford Crown Court took nine hours to convict the former mayor on all three "
        "counts.",
    ),
    (
        "en-trial-whitcombe",
        "BRIBES MAYOR GUILTY",
        "Ada Whitcombe faces jail after the jury heard she hid cash from a builder in a biscuit "
        "tin at her home in Linfield.",
    ),
    (
        "en-trial-whitcombe/opening",
        "Ex-mayor Whitcombe 'took cash in envelopes', court hears as trial opens",
        "The bribery trial of former Linfield mayor Ada Whitcombe opened at Kesford Crown Court "
        "on Monday, with prosecutors telling jurors she accepted £86,000 from a contractor.",
    ),
    (
        "en-trial-whitcombe/opening",
        "Whitcombe denies bribery charges on first day of trial",
        "The former mayor pleaded not guilty to all three counts; the trial is expected to last "
        "five weeks.",
    ),
    # --- en: a bus strike begins, and its end
    (
        "en-strike-dunmore",
        "Dunmore bus drivers walk out in 48-hour pay strike",
        "Around 900 bus drivers in Dunmore began a 48-hour strike on Monday morning after talks "
        "with operator Citylink Dunmore broke down over a 4% pay offer, leaving most routes "
        "without service.",
    ),
    (
        "en-strike-dunmore",
        "No buses across Dunmore as drivers strike",
        "Commuters face a second day of disruption tomorrow, the union says.",
    ),
    (
        "en-strike-dunmore",
        "Citylink strike: what it means for your commute",
        "Only three of Dunmore's 41 bus routes are running today as drivers stage the first of "
        "two walkouts over pay; here is how to get around.",
    ),
    (
        "en-strike-dunmore/ends",
        "Dunmore bus strike called off after drivers accept 6.5% deal",
        "Drivers at Citylink Dunmore have called off further strikes after voting to accept a "
        "6.5% pay rise, the union said on Thursday, ending a dispute that halted services for two "
        "days.",
    ),
    (
        "en-strike-dunmore/ends",
        "Buses back to normal as Citylink pay row is settled",
        "Union members voted 74% in favour of the improved offer.",
    ),
    # --- en: one company's two announcements
    (
        "en-brightline-jobs",
        "Brightline Foods to cut 650 jobs as it shuts Orbridge factory",
        "Frozen-food maker Brightline Foods said on Tuesday it would close its Orbridge factory "
        "by next spring, cutting 650 jobs, blaming higher energy costs and falling demand for "
        "ready meals.",
    ),
    (
        "en-brightline-jobs",
        "Orbridge stunned as biggest employer announces closure",
        "For many families in the town, Brightline's decision means the end of three generations "
        "of work on the same production line.",
    ),
    (
        "en-brightline-jobs/plant",
        "Brightline Foods to build £120m plant in Kesford",
        "Brightline Foods will invest £120 million in a new plant in Kesford creating 300 jobs, "
        "the company said, in a move to expand its chilled desserts business.",
    ),
    (
        "en-brightline-jobs/plant",
        "Brightline picks Kesford for new desserts site",
        "The frozen-food group's investment will bring about 300 jobs from 2028.",
    ),
    (
        "en-brightline-jobs/plant",
        "Brightline bets on puddings with £120m Kesford factory",
        "Shares rose 3% after the ready-meals maker said it would put £120m into a desserts "
        "plant, weeks after announcing the closure of Orbridge.",
    ),
    # --- en: one minister on two days
    (
        "en-minister-osei",
        "Osei unveils plan to build 90,000 social homes by 2030",
        "Housing minister Grace Osei on Tuesday set out a plan to build 90,000 social homes by "
        "2030, funded partly by a levy on large developers.",
    ),
    (
        "en-minister-osei",
        "Housing minister promises 90k new social homes",
        "Grace Osei said the levy on big builders would raise £2bn a year.",
    ),
    (
        "en-minister-osei/grilled",
        "Osei grilled by MPs over missed housing targets",
        "Housing minister Grace Osei faced tough questions from the housing committee on Thursday "
        "over why only 11,000 of last year's promised 25,000 homes were started.",
    ),
    (
        "en-minister-osei/grilled",
        "Minister admits 'we fell short' on last year's homes pledge",
        "Grace Osei conceded before MPs that starts were well below target.",
    ),
    # --- en: two accidents on one motorway
    (
        "en-crash-m14",
        "Three dead as coach overturns on M14 near Hadley",
        "Three people were killed and 22 injured when a coach carrying holidaymakers overturned "
        "on the M14 near Hadley on Sunday evening, police said.",
    ),
    (
        "en-crash-m14",
        "M14 coach crash: driver arrested",
        "Police have arrested the 51-year-old driver of the coach that overturned near Hadley.",
    ),
    (
        "en-crash-m14",
        "Holiday coach tragedy near Hadley: 3 killed, 22 hurt",
        "The coach was returning from the coast when it left the carriageway between junctions 9 "
        "and 10.",
    ),
    (
        "en-crash-m14/lorry",
        "Lorry fire closes M14 for ten hours",
        "A lorry carrying paper caught fire on the M14 near Hadley on Wednesday, closing the "
        "motorway in both directions for ten hours; the driver escaped unhurt.",
    ),
    (
        "en-crash-m14/lorry",
        "Tailbacks of 12 miles after HGV blaze on M14",
        "Drivers were stuck for hours on Wednesday while crews dealt with the burning lorry.",
    ),
    # --- en: two rate decisions of one central bank
    (
        "en-rbw-rates",
        "Reserve Bank of Westmarch holds rates at 4.25%",
        "The Reserve Bank of Westmarch kept its main interest rate at 4.25% on Thursday, saying "
        "inflation was falling more slowly than it had hoped.",
    ),
    (
        "en-rbw-rates",
        "Westmarch central bank stands pat, signals patience",
        "Governor Miriam Adebayo said the bank needed more evidence before it could cut.",
    ),
    (
        "en-rbw-rates/cut",
        "Reserve Bank of Westmarch cuts rates to 4%",
        "The Reserve Bank of Westmarch lowered its main interest rate by a quarter point to 4% on "
        "Thursday, its first cut in three years, as inflation dropped to 2.6%.",
    ),
    (
        "en-rbw-rates/cut",
        "Adebayo delivers first rate cut since 2023",
        "Borrowers get relief as the Westmarch central bank trims rates by 0.25 points.",
    ),
    (
        "en-rbw-rates/cut",
        "Mortgage holders get a break as Westmarch trims borrowing costs",
        "A quarter-point move by the central bank, its first in three years, could knock about "
        "£30 a month off a typical home loan, brokers said.",
    ),
    # --- en: a river flood, told four ways
    (
        "en-flood-ashby",
        "River Tane bursts banks in Ashby, 400 homes evacuated",
        "About 400 homes in Ashby were evacuated overnight after the River Tane burst its banks "
        "following two days of heavy rain, the county council said on Saturday.",
    ),
    (
        "en-flood-ashby",
        "LIVE: Ashby flooding, evacuation centre opens at leisure centre",
        "Follow the latest as water levels keep rising in the town centre.",
    ),
    (
        "en-flood-ashby",
        "Residents wade to safety as Tane floods town",
        "Firefighters used boats to reach people trapped upstairs in Mill Street, where the water "
        "was waist-deep by 2am.",
    ),
    (
        "en-flood-ashby",
        "Ashby evacuates four hundred households",
        "County officials said the river had peaked at 4.1 metres, its highest since 1998.",
    ),
    # --- en: a museum theft, rewritten heavily
    (
        "en-museum-brooch",
        "Gold brooch stolen from Linfield Museum in night raid",
        "A seventh-century gold brooch valued at £1.2m was stolen from Linfield Museum overnight "
        "on Tuesday after thieves broke in through a skylight, police said.",
    ),
    (
        "en-museum-brooch",
        "Thieves drop through roof to snatch £1.2m Saxon treasure",
        "Detectives are hunting two men seen on camera at 3am.",
    ),
    (
        "en-museum-brooch",
        "Police appeal after priceless jewel taken from Linfield gallery",
        "Anyone who saw a grey van near Castle Road in the early hours is asked to call police; "
        "the piece had been on display since 1962.",
    ),
    # --- en: a telecoms takeover
    (
        "en-corvane-pellis",
        "Corvane Telecom agrees to buy Pellis Networks for $2.4 billion",
        "Corvane Telecom said on Monday it had agreed to buy fibre operator Pellis Networks for "
        "$2.4 billion in cash, creating the country's second-largest broadband provider.",
    ),
    (
        "en-corvane-pellis",
        "Corvane snaps up Pellis in $2.4bn fibre deal",
        "The deal values Pellis at a 28% premium to Friday's close.",
    ),
    (
        "en-corvane-pellis",
        "Pellis shares jump 26% on Corvane takeover",
        "Investors cheered a cash offer that would combine two regional fibre networks serving "
        "3.1m homes, subject to approval by the competition regulator.",
    ),
    # --- en: a by-election
    (
        "en-byelection-harwick",
        "Civic Party's Tom Ellery wins Harwick by-election",
        "Tom Ellery of the Civic Party won the Harwick by-election on Thursday with 41% of the "
        "vote, taking the seat from the Conservatives for the first time since 1974.",
    ),
    (
        "en-byelection-harwick",
        "Harwick falls: Ellery overturns 9,000 majority",
        "Turnout was 38%, the returning officer said.",
    ),
    (
        "en-byelection-harwick",
        "Ellery takes Harwick seat for the Civic Party",
        "The former head teacher won 17,412 votes, almost 5,000 more than his Conservative rival, "
        "in a seat the party had never held; he said voters wanted a change after decades of "
        "neglect.",
    ),
    # --- en: a stranded whale
    (
        "en-whale-ormsby",
        "Stranded humpback whale refloated at Ormsby Sands",
        "A young humpback whale that stranded on Ormsby Sands on Sunday was refloated on the "
        "evening tide after rescuers kept it wet for nine hours.",
    ),
    (
        "en-whale-ormsby",
        "Rescuers spend nine hours keeping beached whale alive",
        "Volunteers with buckets poured seawater over the 8-metre animal until the tide came in.",
    ),
    (
        "en-whale-ormsby",
        "Happy ending for Ormsby humpback",
        "The whale swam out to sea at about 8pm.",
    ),
    # --- en: a school outbreak
    (
        "en-measles-fenwick",
        "Measles outbreak at Fenwick primary school reaches 23 cases",
        "Health officials confirmed 23 cases of measles linked to St Anne's Primary School in "
        "Fenwick and urged parents to check their children's vaccinations.",
    ),
    (
        "en-measles-fenwick",
        "Parents urged to vaccinate as measles spreads in Fenwick",
        "Twenty-three children have now been infected.",
    ),
    (
        "en-measles-fenwick",
        "Jab warning after cluster of cases at St Anne's",
        "Twenty-three pupils ill; the health agency is holding a walk-in vaccination clinic at "
        "the school on Monday.",
    ),
    # --- en: drones at an airport
    (
        "en-drone-brackley",
        "Drone sightings halt flights at Brackley Airport for two hours",
        "Flights at Brackley Airport were suspended for almost two hours on Friday evening after "
        "two drones were seen near the runway, diverting 14 planes.",
    ),
    (
        "en-drone-brackley",
        "14 flights diverted after drones spotted over Brackley runway",
        "Passengers were sent to Halden and Kesford.",
    ),
    (
        "en-drone-brackley",
        "Brackley runway shut as police hunt drone operator",
        "Officers searched fields around the airport perimeter while arriving planes circled "
        "overhead or were sent to other airports.",
    ),
    # --- en: stories told by one outlet
    (
        "en-footbridge-colby",
        "Colby council approves £3m repair of Victorian footbridge",
        "The cast-iron footbridge over the railway in Colby, closed since a lorry struck one of "
        "its supports in March, will be repaired at a cost of £3m and reopen next year.",
    ),
    (
        "en-prize-raman",
        "Priya Raman wins Halden Prize for debut novel",
        "Priya Raman's The Salt Orchard, about three sisters running a failing farm, won the "
        "£25,000 Halden Prize for a first novel on Thursday night.",
    ),
    (
        "en-climber-carra",
        "Climber found alive after two nights on Ben Carra",
        "A 34-year-old climber missing for two nights on Ben Carra was found alive by a mountain "
        "rescue team on Tuesday, suffering from cold but able to walk.",
    ),
    # --- en: a lottery win, two outlets sharing almost no words
    (
        "en-lottery-kesford",
        "Kesford couple scoop £14m jackpot",
        "Retired nurses Jean and Alan Pryce from Kesford have won £14 million in Saturday's "
        "national lottery draw.",
    ),
    (
        "en-lottery-kesford",
        "'We checked the ticket six times': pensioners become millionaires",
        "Two former hospital workers from Kesford matched all six numbers at the weekend and plan "
        "to buy a caravan and help their grandchildren.",
    ),
    # --- ru: a match report and its preview
    (
        "ru-match-zarechye",
        "«Заречье» обыграло «Волну» и вышло в полуфинал кубка",
        "Футболисты «Заречья» в среду обыграли «Волну» со счётом 2:0 в четвертьфинале Кубка "
        "области, оба мяча забил нападающий Артём Гончаренко.",
    ),
    (
        "ru-match-zarechye",
        "Гончаренко оформил дубль, «Заречье» в полуфинале",
        "Два гола во втором тайме решили исход встречи на стадионе «Текстильщик».",
    ),
    (
        "ru-match-zarechye",
        "Кубок области: «Волна» уступила в гостях",
        "Гости из Приречного не смогли ответить на два мяча хозяев и завершили выступление в "
        "турнире.",
    ),
    (
        "ru-match-zarechye/preview",
        "«Заречье» примет «Волну» в четвертьфинале кубка: анонс",
        "В среду на стадионе «Текстильщик» «Заречье» сыграет с «Волной»; главный тренер Виктор "
        "Саблин рассчитывает на Гончаренко, восстановившегося после травмы.",
    ),
    (
        "ru-match-zarechye/preview",
        "Саблин: «Волна» — неудобный соперник",
        "Тренер «Заречья» рассказал о подготовке к матчу.",
    ),
    # --- ru: two earthquakes in one week
    (
        "ru-quake-verkhneozersk",
        "Землетрясение магнитудой 5,8 произошло под Верхнеозёрском",
        "Землетрясение магнитудой 5,8 произошло в понедельник в 40 километрах от Верхнеозёрска, "
        "пострадали шесть человек, повреждены около 70 домов, сообщили в региональном управлении "
        "МЧС.",
    ),
    (
        "ru-quake-verkhneozersk",
        "В Верхнеозерске после подземных толчков повреждены 70 домов",
        "Шесть человек обратились за медпомощью, в школах отменены занятия.",
    ),
    (
        "ru-quake-verkhneozersk",
        "Подземные толчки разбудили жителей Верхнеозёрска",
        "Толчки продолжались около полуминуты; спасатели обследуют школы и больницу, шесть "
        "человек получили травмы.",
    ),
    (
        "ru-quake-verkhneozersk/second",
        "Новое землетрясение: толчки магнитудой 4,9 ощутили в Белоярске",
        "В пятницу, через четыре дня после землетрясения под Верхнеозёрском, подземные толчки "
        "магнитудой 4,9 зафиксированы в районе Белоярска, в 300 км севернее; пострадавших нет.",
    ),
    (
        "ru-quake-verkhneozersk/second",
        "Белоярск тряхнуло: второе землетрясение за неделю",
        "Жители сообщают о трещинах в стенах старых домов.",
    ),
    # --- ru: a trial's verdict and its opening
    (
        "ru-trial-shubin",
        "Бывший глава Мирненского района Шубин получил шесть лет колонии",
        "Суд признал бывшего главу Мирненского района Олега Шубина виновным в получении взятки в "
        "4,2 млн рублей и приговорил его к шести годам колонии общего режима.",
    ),
    (
        "ru-trial-shubin",
        "Экс-главе района Олегу Шубину вынесли приговор",
        "Шесть лет и штраф в 8 млн рублей — такое наказание назначил суд.",
    ),
    (
        "ru-trial-shubin",
        "Суд над Шубиным завершён: шесть лет за взятку",
        "Бывший руководитель Мирненского района, по версии следствия, получил деньги от "
        "подрядчика за контракт на ремонт дорог.",
    ),
    (
        "ru-trial-shubin/opening",
        "В суде начался процесс над бывшим главой Мирненского района",
        "В областном суде во вторник начались слушания по делу бывшего главы Мирненского района "
        "Олега Шубина, обвиняемого в получении взятки в 4,2 млн рублей; свою вину он не признаёт.",
    ),
    (
        "ru-trial-shubin/opening",
        "Шубин на первом заседании заявил о невиновности",
        "Защита просит вернуть дело прокурору.",
    ),
    # --- ru: a strike begins, and ends
    (
        "ru-strike-novoozersk",
        "Водители автобусов в Новоозёрске вышли на забастовку",
        "В понедельник около 350 водителей городских автобусов Новоозёрска прекратили работу, "
        "требуя повысить зарплату на 20% и выплатить долги за два месяца.",
    ),
    (
        "ru-strike-novoozersk",
        "Новоозерск остался без автобусов",
        "Из 38 маршрутов работают только пять, горожане добираются пешком и на такси.",
    ),
    (
        "ru-strike-novoozersk",
        "Забастовка водителей: мэрия обещает погасить долги",
        "Мэр Новоозёрска Алёна Кречетова заявила, что задолженность по зарплате будет выплачена "
        "до конца недели, однако водители отказались выходить на линию.",
    ),
    (
        "ru-strike-novoozersk/end",
        "Водители в Новоозёрске прекратили забастовку",
        "Водители городских автобусов Новоозёрска в четверг вернулись на линию после того, как "
        "перевозчик выплатил долги по зарплате и согласился повысить её на 15%.",
    ),
    (
        "ru-strike-novoozersk/end",
        "Автобусы снова на маршрутах: стачка окончена",
        "Мэр Алена Кречетова поблагодарила водителей за терпение.",
    ),
    # --- ru: one company's two announcements
    (
        "ru-firm-tekhnoval",
        "«Техновал» построит завод в Кирсанове за 12 млрд рублей",
        "Производитель насосного оборудования «Техновал» объявил о строительстве завода в "
        "Кирсанове стоимостью 12 млрд рублей, где будут работать 900 человек.",
    ),
    (
        "ru-firm-tekhnoval",
        "В Кирсанове появится новый завод на 900 рабочих мест",
        "Компания «Техновал» начнёт стройку весной.",
    ),
    (
        "ru-firm-tekhnoval",
        "Насосы из Кирсанова: производитель вложит двенадцать миллиардов",
        "Предприятие даст работу девятистам жителям города, первую продукцию обещают выпустить "
        "через три года.",
    ),
    (
        "ru-firm-tekhnoval/results",
        "Выручка «Техновала» за полугодие выросла на 18%",
        "Производитель насосов «Техновал» сообщил о росте выручки за первое полугодие на 18%, до "
        "31 млрд рублей, благодаря спросу со стороны водоканалов.",
    ),
    (
        "ru-firm-tekhnoval/results",
        "«Техновал» отчитался о рекордной прибыли",
        "Чистая прибыль компании выросла почти вдвое.",
    ),
    # --- ru: a warehouse fire
    (
        "ru-fire-lesogorsk",
        "В Лесогорске горит склад площадью 6 тыс. квадратных метров",
        "Пожар на складе стройматериалов в промзоне Лесогорска тушат более 80 пожарных, огню "
        "присвоен повышенный ранг сложности.",
    ),
    (
        "ru-fire-lesogorsk",
        "Крупный пожар в промзоне: над Лесогорском столб дыма",
        "Жителей просят закрыть окна.",
    ),
    (
        "ru-fire-lesogorsk",
        "Пожар на складе в Лесогорске локализован спустя шесть часов",
        "Огонь охватил шесть тысяч квадратных метров, пострадавших нет, причины выясняются.",
    ),
    # --- ru: a new metro station
    (
        "ru-metro-severogorsk",
        "В Северогорске открылась станция метро «Речной вокзал»",
        "В субботу в Северогорске открылась 14-я станция метрополитена «Речной вокзал», которая, "
        "по расчётам, будет обслуживать до 40 000 пассажиров в сутки.",
    ),
    (
        "ru-metro-severogorsk",
        "Новая станция подземки заработала у Речного вокзала",
        "Первые пассажиры спустились на платформу в 5:30 утра.",
    ),
    (
        "ru-metro-severogorsk",
        "Метро Северогорска выросло до 14 станций",
        "Строительство «Речного вокзала» заняло пять лет и обошлось в 19 млрд рублей.",
    ),
    # --- ru: a bridge closure
    (
        "ru-bridge-ust",
        "Мост через Суру в Усть-Каменке закроют на ремонт до осени",
        "С 1 июня движение по мосту через Суру в Усть-Каменке будет полностью перекрыто на "
        "капитальный ремонт, объезд займёт около 30 км.",
    ),
    (
        "ru-bridge-ust",
        "Жители Усть-Каменки полгода будут ездить в объезд",
        "Ремонт моста продлится до октября.",
    ),
    (
        "ru-bridge-ust",
        "Капремонт моста через Суру: объезд через Раздольное",
        "Автомобилистам Усть-Каменки придётся делать крюк в 30 километров с июня по октябрь; для "
        "пешеходов обещают оставить узкий проход.",
    ),
    # --- ru: told by one outlet
    (
        "ru-festival-pesok",
        "На фестиваль песчаных скульптур в Приморске приехали мастера из 12 стран",
        "В Приморске открылся ежегодный фестиваль песчаных скульптур; скульпторы из двенадцати "
        "стран за неделю построят на городском пляже сказочный город.",
    ),
    (
        "ru-rescue-taiga",
        "Пропавшего в тайге грибника нашли живым спустя четыре дня",
        "Семидесятилетнего жителя Кедрового, который ушёл за грибами и не вернулся, обнаружили "
        "добровольцы в 15 км от посёлка.",
    ),
    # --- de: one minister on two days
    (
        "de-ministerin-ebeling",
        "Ebeling verteidigt Rentenpaket im Bundestag",
        "Sozialministerin Katrin Ebeling hat am Mittwoch im Bundestag ihr Rentenpaket gegen "
        "Kritik der Opposition verteidigt und ein Rentenniveau von 48 Prozent bis 2035 zugesagt.",
    ),
    (
        "de-ministerin-ebeling",
        "Rente: Ministerin bleibt hart – „Das Niveau wird gehalten“",
        "Katrin Ebeling wies im Plenum Vorwürfe zurück, das Paket sei nicht finanzierbar.",
    ),
    (
        "de-ministerin-ebeling/interview",
        "Ebeling schließt höheres Rentenalter im TV-Interview aus",
        "Im Sonntagsinterview hat Sozialministerin Katrin Ebeling eine Anhebung des Rentenalters "
        "über 67 Jahre ausgeschlossen und Vorschläge aus der Wirtschaft zurückgewiesen.",
    ),
    (
        "de-ministerin-ebeling/interview",
        "Ebeling: „Mit mir keine Rente mit 70“",
        "Die Ministerin äußerte sich am Sonntagabend im Fernsehen.",
    ),
    (
        "de-ministerin-ebeling/interview",
        "Rentenalter bleibt bei 67, sagt Ebeling am Sonntagabend",
        "Forderungen der Arbeitgeber nach längerer Lebensarbeitszeit erteilte die "
        "Sozialministerin im Gespräch mit dem Sender eine klare Absage.",
    ),
    # --- de: two accidents on one railway line
    (
        "de-zug-lindenau",
        "Regionalzug bei Lindenau entgleist – 14 Verletzte",
        "Ein Regionalzug ist am Dienstagmorgen kurz vor Lindenau entgleist; 14 Fahrgäste wurden "
        "leicht verletzt, die Strecke nach Hofstetten bleibt mehrere Tage gesperrt.",
    ),
    (
        "de-zug-lindenau",
        "Entgleisung auf der Strecke Lindenau–Hofstetten: Ermittler prüfen Weiche",
        "Nach dem Unfall mit 14 Leichtverletzten untersuchen Experten eine defekte Weiche als "
        "Ursache.",
    ),
    (
        "de-zug-lindenau",
        "Zugunglück bei Lindenau: Ersatzbusse fahren",
        "Pendler müssen bis Freitag auf Busse umsteigen.",
    ),
    (
        "de-zug-lindenau/bahnuebergang",
        "Lkw kracht bei Lindenau in Zug – Fahrer schwer verletzt",
        "An einem Bahnübergang bei Lindenau ist am Samstag ein Lastwagen mit einem Güterzug "
        "zusammengestoßen; der Lkw-Fahrer wurde schwer verletzt, die gerade erst wieder "
        "freigegebene Strecke ist erneut gesperrt.",
    ),
    (
        "de-zug-lindenau/bahnuebergang",
        "Schon wieder Sperrung: Unfall am Bahnübergang bei Lindenau",
        "Vier Tage nach der Entgleisung steht der Verkehr auf der Strecke erneut still.",
    ),
    # --- de: one council's two decisions
    (
        "de-rat-wendhausen",
        "Wendhausener Stadtrat beschließt Straßenbahn nach Nordstadt",
        "Der Stadtrat von Wendhausen hat am Donnerstagabend mit 31 zu 18 Stimmen den Bau einer "
        "neuen Straßenbahnlinie in die Nordstadt beschlossen; die Kosten liegen bei 210 Millionen "
        "Euro.",
    ),
    (
        "de-rat-wendhausen",
        "Grünes Licht für die Tram: 210 Mio. Euro für die Nordstadt-Linie",
        "Die ersten Bahnen sollen 2031 fahren.",
    ),
    (
        "de-rat-wendhausen/parken",
        "Wendhausen verdoppelt die Parkgebühren in der Innenstadt",
        "Der Stadtrat von Wendhausen hat in seiner Sitzung am Donnerstag die Parkgebühren in der "
        "Innenstadt von 2 auf 4 Euro pro Stunde erhöht, um Autoverkehr zu verringern.",
    ),
    (
        "de-rat-wendhausen/parken",
        "Parken in Wendhausen wird teurer: 4 Euro pro Stunde",
        "Händler kritisieren den Ratsbeschluss scharf.",
    ),
    # --- de: a cup match report and its preview
    (
        "de-pokal-eichstedt",
        "FC Eichstedt wirft Talheim aus dem Pokal",
        "Der FC Eichstedt hat am Dienstagabend Borussia Talheim mit 2:1 geschlagen und steht im "
        "Viertelfinale des Landespokals; Jonas Wiegand traf in der 88. Minute zum Sieg.",
    ),
    (
        "de-pokal-eichstedt",
        "Wiegand erlöst Eichstedt in der 88. Minute",
        "Späte Entscheidung vor 6.400 Zuschauern im Eichstedter Stadion am Mühlbach.",
    ),
    (
        "de-pokal-eichstedt",
        "Talheim scheitert knapp – 1:2 in Eichstedt",
        "Die Borussia lag nach dem Ausgleich lange auf Kurs Verlängerung, dann kam der späte "
        "Treffer der Gastgeber.",
    ),
    (
        "de-pokal-eichstedt/vorschau",
        "Eichstedt gegen Talheim: Pokalduell unter Flutlicht",
        "Am Dienstag empfängt der FC Eichstedt Borussia Talheim im Achtelfinale des Landespokals; "
        "Trainer Ralf Sommer muss auf zwei verletzte Stammspieler verzichten.",
    ),
    (
        "de-pokal-eichstedt/vorschau",
        "Sommer vor dem Pokalspiel: „Talheim ist Favorit“",
        "Der Eichstedter Trainer gibt sich vor dem Duell bescheiden.",
    ),
    # --- de: a hospital strike and its end
    (
        "de-streik-sarnheim",
        "Pflegekräfte am Uniklinikum Sarnheim im unbefristeten Streik",
        "Seit Montag streiken rund 1.200 Pflegekräfte am Universitätsklinikum Sarnheim für mehr "
        "Personal; planbare Operationen werden verschoben.",
    ),
    (
        "de-streik-sarnheim",
        "Uniklinik Sarnheim: Hunderte OPs abgesagt",
        "Die Gewerkschaft spricht von einer Streikbeteiligung wie nie zuvor.",
    ),
    (
        "de-streik-sarnheim",
        "Streik in Sarnheim: Gewerkschaft fordert 180 neue Stellen",
        "Am ersten Streiktag legten nach Angaben der Gewerkschaft 1200 Beschäftigte die Arbeit "
        "nieder; die Klinikleitung nennt die Forderung nicht bezahlbar.",
    ),
    (
        "de-streik-sarnheim/einigung",
        "Einigung in Sarnheim: Streik an der Uniklinik beendet",
        "Nach vier Wochen Arbeitskampf haben sich Gewerkschaft und Universitätsklinikum Sarnheim "
        "auf einen Entlastungstarifvertrag mit 180 zusätzlichen Pflegestellen geeinigt.",
    ),
    (
        "de-streik-sarnheim/einigung",
        "Nach vier Wochen: Pflegestreik in Sarnheim ist vorbei",
        "Ab Montag soll der Klinikbetrieb wieder normal laufen.",
    ),
    # --- de: a flood, told four ways
    (
        "de-hochwasser-grimmenau",
        "Hochwasser in Grimmenau: 1.500 Menschen in Sicherheit gebracht",
        "Nach Dauerregen ist der Elsbach in Grimmenau über die Ufer getreten; rund 1.500 Bewohner "
        "der Altstadt mussten in der Nacht zum Sonntag ihre Häuser verlassen.",
    ),
    (
        "de-hochwasser-grimmenau",
        "LIVE: Elsbach-Pegel steigt weiter – Lage in Grimmenau",
        "Alle Entwicklungen zum Hochwasser im Liveticker.",
    ),
    (
        "de-hochwasser-grimmenau",
        "Grimmenauer Altstadt steht unter Wasser",
        "Feuerwehr und Technisches Hilfswerk holten Bewohner mit Booten aus überfluteten Häusern; "
        "der Pegel stieg auf 3,80 Meter.",
    ),
    (
        "de-hochwasser-grimmenau",
        "Land unter: Evakuierung von fünfzehnhundert Anwohnern",
        "Der Landrat rief den Katastrophenfall aus.",
    ),
    # --- de: a takeover
    (
        "de-uebernahme-haldorf",
        "Kessler Maschinenbau übernimmt Haldorf Antriebe für 340 Millionen Euro",
        "Der Maschinenbauer Kessler kauft den Getriebehersteller Haldorf Antriebe für 340 "
        "Millionen Euro und will damit sein Geschäft mit Windkraftanlagen ausbauen.",
    ),
    (
        "de-uebernahme-haldorf",
        "Kessler greift nach Haldorf",
        "Der Zukauf für 340 Mio. Euro soll das Windkraftgeschäft stärken.",
    ),
    (
        "de-uebernahme-haldorf",
        "Haldorf-Belegschaft bangt nach Verkauf an Kessler um Jobs",
        "Am Stammsitz in Rheinau arbeiten 2.100 Menschen; der Betriebsrat fordert eine "
        "Standortgarantie von dem neuen Eigentümer.",
    ),
    # --- de: a wolf in town
    (
        "de-wolf-birkenfelde",
        "Wolf spaziert durch Birkenfelder Wohngebiet",
        "In Birkenfelde ist am frühen Morgen ein Wolf durch ein Wohngebiet gelaufen; eine "
        "Anwohnerin filmte das Tier vor ihrer Garage.",
    ),
    (
        "de-wolf-birkenfelde",
        "Video zeigt Wolf vor Garage in Birkenfelde",
        "Experten raten zur Ruhe: Das Tier sei auf der Durchreise.",
    ),
    (
        "de-wolf-birkenfelde",
        "Morgendlicher Besuch: Isegrim vor der Garage",
        "Eine Frau aus Birkenfelde hat das Raubtier gegen halb sechs mit dem Handy gefilmt; das "
        "Landesamt bestätigte, dass es sich um einen jungen Wolf handelt.",
    ),
    # --- de: told by one outlet
    (
        "de-bibliothek-tannrode",
        "Stadtbibliothek Tannrode öffnet künftig auch sonntags",
        "Die Stadtbibliothek Tannrode hat ab dem kommenden Monat auch sonntags von 11 bis 17 Uhr "
        "geöffnet; möglich macht das ein neues System zur Selbstausleihe.",
    ),
    (
        "de-preis-hallweg",
        "Dirigentin Mira Hallweg erhält den Brenner-Musikpreis",
        "Die Dirigentin Mira Hallweg wird mit dem mit 30.000 Euro dotierten Brenner-Musikpreis "
        "ausgezeichnet, teilte die Stiftung am Freitag mit.",
    ),
    # --- de: a bank robbery, two outlets sharing few words
    (
        "de-ueberfall-tannrode",
        "Bankräuber erbeutet 60.000 Euro in Tannrode",
        "Ein maskierter Mann hat am Montagmittag die Sparkassenfiliale am Tannroder Marktplatz "
        "überfallen und ist mit rund 60.000 Euro auf einem Motorroller geflüchtet.",
    ),
    (
        "de-ueberfall-tannrode",
        "Mit Pistole und Motorroller: Polizei sucht Täter nach Überfall",
        "Fahndung in Tannrode – der Unbekannte bedrohte zwei Angestellte der Sparkasse und entkam "
        "mit sechzigtausend Euro.",
    ),
    # --- fr: a trial's verdict and its opening
    (
        "fr-proces-morvan",
        "L'ancien maire de Saint-Aubrac condamné à trois ans de prison",
        "Jean-Paul Morvan, maire de Saint-Aubrac pendant quinze ans, a été condamné jeudi par le "
        "tribunal correctionnel de Rivemont à trois ans de prison dont un ferme pour favoritisme "
        "dans l'attribution de marchés publics.",
    ),
    (
        "fr-proces-morvan",
        "Favoritisme : Morvan écope de trois ans, dont un ferme",
        "L'ex-édile a également été déclaré inéligible pour cinq ans.",
    ),
    (
        "fr-proces-morvan",
        "Marchés truqués à Saint-Aubrac : le jugement est tombé",
        "Le tribunal de Rivemont a suivi en partie les réquisitions du parquet contre l'ancien "
        "premier magistrat de la commune, qui compte faire appel.",
    ),
    (
        "fr-proces-morvan/ouverture",
        "Saint-Aubrac : le procès de l'ancien maire s'ouvre à Rivemont",
        "Le procès de Jean-Paul Morvan, ancien maire de Saint-Aubrac, poursuivi pour favoritisme "
        "dans l'attribution de marchés publics, s'est ouvert lundi devant le tribunal "
        "correctionnel de Rivemont.",
    ),
    (
        "fr-proces-morvan/ouverture",
        "Morvan nie tout favoritisme au premier jour de son procès",
        "« Je n'ai jamais choisi une entreprise par amitié », a déclaré l'ancien maire.",
    ),
    # --- fr: one company's two announcements
    (
        "fr-vallet-emplois",
        "Vallet Industries va supprimer 420 postes en France",
        "L'équipementier automobile Vallet Industries a annoncé mardi la suppression de 420 "
        "postes dans ses usines de Bréval et de Montclar, invoquant la baisse des commandes des "
        "constructeurs.",
    ),
    (
        "fr-vallet-emplois",
        "Coup dur à Bréval : Vallet taille dans ses effectifs",
        "Les syndicats dénoncent un plan « brutal ».",
    ),
    (
        "fr-vallet-emplois",
        "Montclar et Bréval perdent 420 emplois chez Vallet",
        "Les salariés de l'équipementier ont appris la nouvelle mardi matin lors d'un comité "
        "social et économique extraordinaire ; un débrayage est prévu jeudi.",
    ),
    (
        "fr-vallet-emplois/rachat",
        "Vallet Industries rachète l'allemand Kortmann",
        "Vallet Industries a annoncé jeudi le rachat de l'équipementier allemand Kortmann pour 95 "
        "millions d'euros afin de renforcer sa présence dans les batteries.",
    ),
    (
        "fr-vallet-emplois/rachat",
        "Batteries : Vallet met la main sur Kortmann pour 95 M€",
        "L'opération doit être finalisée d'ici la fin de l'année.",
    ),
    # --- fr: two storms in one week
    (
        "fr-tempete-ondine",
        "La tempête Ondine frappe Port-Marel, 30 000 foyers privés d'électricité",
        "La tempête Ondine a balayé la côte de Port-Marel dans la nuit de dimanche à lundi avec "
        "des rafales à 140 km/h, privant d'électricité quelque 30 000 foyers.",
    ),
    (
        "fr-tempete-ondine",
        "Rafales à 140 km/h : nuit agitée sur le littoral",
        "Arbres arrachés et toitures envolées à Port-Marel.",
    ),
    (
        "fr-tempete-ondine",
        "Ondine : trente mille foyers toujours sans courant",
        "Les équipes du distributeur étaient mobilisées lundi pour rétablir le réseau autour de "
        "Port-Marel, où un chalutier a aussi rompu ses amarres.",
    ),
    (
        "fr-tempete-ondine/pascaline",
        "Après Ondine, la tempête Pascaline touche le sud-ouest",
        "Quatre jours après Ondine, la tempête Pascaline a frappé vendredi les environs de "
        "Sainte-Livrade avec des rafales à 120 km/h ; 12 000 foyers ont été privés d'électricité.",
    ),
    (
        "fr-tempete-ondine/pascaline",
        "Pascaline : 12 000 foyers sans électricité à Sainte-Livrade",
        "Deuxième tempête de la semaine, cette fois dans le sud-ouest.",
    ),
    # --- fr: one minister on two days
    (
        "fr-ministre-durieux",
        "Claire Durieux présente sa réforme du collège",
        "La ministre de l'Éducation Claire Durieux a présenté lundi sa réforme du collège, qui "
        "prévoit des groupes de niveau en français et en mathématiques dès la rentrée prochaine.",
    ),
    (
        "fr-ministre-durieux",
        "Groupes de niveau au collège : ce que prévoit la réforme Durieux",
        "Les principales mesures annoncées par la ministre, point par point.",
    ),
    (
        "fr-ministre-durieux/senat",
        "Durieux défend sa réforme du collège devant le Sénat",
        "Interrogée jeudi par les sénateurs, la ministre de l'Éducation Claire Durieux a défendu "
        "les groupes de niveau face aux critiques des syndicats enseignants.",
    ),
    (
        "fr-ministre-durieux/senat",
        "Au Sénat, la ministre Durieux ne cède rien",
        "« Les groupes de niveau ne sont pas une sélection », a-t-elle insisté jeudi.",
    ),
    # --- fr: two accidents on one national road
    (
        "fr-rn211-collision",
        "Collision sur la RN 211 près de Vernoux : deux morts",
        "Deux personnes ont été tuées samedi soir dans une collision frontale entre deux voitures "
        "sur la RN 211, à la sortie de Vernoux.",
    ),
    (
        "fr-rn211-collision",
        "Vernoux : choc frontal mortel sur la nationale",
        "Un homme de 23 ans et une femme de 58 ans ont perdu la vie.",
    ),
    (
        "fr-rn211-collision/car",
        "Un car scolaire se renverse sur la RN 211, onze enfants blessés",
        "Un car transportant 38 collégiens s'est couché sur le bas-côté de la RN 211 près de "
        "Vernoux mercredi matin ; onze enfants ont été légèrement blessés.",
    ),
    (
        "fr-rn211-collision/car",
        "Accident de car près de Vernoux : les collégiens hors de danger",
        "La route avait déjà été le théâtre d'un accident mortel samedi.",
    ),
    # --- fr: a forest fire
    (
        "fr-incendie-vaubelles",
        "Incendie dans le massif des Vaubelles : 800 hectares brûlés",
        "Un incendie a parcouru environ 800 hectares dans le massif des Vaubelles depuis mardi "
        "après-midi ; 450 pompiers sont mobilisés et un camping a été évacué.",
    ),
    (
        "fr-incendie-vaubelles",
        "Feu des Vaubelles : un camping évacué, 450 pompiers sur place",
        "Le vent complique la lutte contre les flammes.",
    ),
    (
        "fr-incendie-vaubelles",
        "Les Vaubelles en feu, huit cents hectares partis en fumée",
        "Des Canadair ont effectué des dizaines de largages toute la journée ; aucune victime "
        "n'est à déplorer.",
    ),
    # --- fr: a museum theft, rewritten heavily
    (
        "fr-musee-clairval",
        "Vol au musée de Clairval : un tableau de Lemaître dérobé",
        "Une toile du peintre Étienne Lemaître estimée à 2 millions d'euros a été volée dans la "
        "nuit de samedi à dimanche au musée des Beaux-Arts de Clairval.",
    ),
    (
        "fr-musee-clairval",
        "Casse nocturne dans un musée : une œuvre à 2 M€ envolée",
        "Les cambrioleurs ont découpé la toile au cutter.",
    ),
    (
        "fr-musee-clairval",
        "Clairval sous le choc après la disparition du « Port au crépuscule »",
        "Le conservateur, Hugo Bastide, appelle les voleurs à prendre soin de l'œuvre, peinte en "
        "1887, pendant que la police judiciaire exploite les images des caméras.",
    ),
    # --- fr: a new hospital
    (
        "fr-hopital-lunel",
        "Le nouvel hôpital de Lunel-sur-Orge ouvre ses portes",
        "Le nouvel hôpital de Lunel-sur-Orge, qui a coûté 180 millions d'euros, a accueilli ses "
        "premiers patients lundi après quatre ans de travaux.",
    ),
    (
        "fr-hopital-lunel",
        "Lunel-sur-Orge : premiers patients dans le nouvel hôpital",
        "320 lits et des urgences deux fois plus grandes.",
    ),
    (
        "fr-hopital-lunel",
        "Après quatre ans de chantier, l'hôpital neuf accueille ses malades",
        "Le bâtiment de 180 M€ remplace l'ancien hôpital du centre-ville de Lunel-sur-Orge, jugé "
        "vétuste depuis des années ; le déménagement des patients s'est fait en une journée.",
    ),
    # --- fr: told by one outlet
    (
        "fr-fromage-concours",
        "Un comté de la fromagerie de Belvoye sacré meilleur d'Europe",
        "La fromagerie de Belvoye a remporté samedi le premier prix d'un concours européen avec "
        "un comté affiné vingt-quatre mois.",
    ),
    (
        "fr-velo-tour",
        "Le Tour de la Vallée cycliste annulé faute de bénévoles",
        "Les organisateurs du Tour de la Vallée, course cycliste amateur créée en 1976, ont "
        "annoncé son annulation cette année, faute de bénévoles pour sécuriser le parcours.",
    ),
    # --- fr: a bear seen near a village
    (
        "fr-ours-estibat",
        "Un ours aperçu à la lisière du village d'Estibat",
        "Un ours brun a été filmé mardi soir par un habitant à quelques centaines de mètres des "
        "premières maisons d'Estibat, dans la vallée de la Garrude.",
    ),
    (
        "fr-ours-estibat",
        "Vallée de la Garrude : la vidéo de l'ours fait le tour du village",
        "Les éleveurs demandent des mesures pour protéger les troupeaux.",
    ),
    # --- es: a cup match report and its preview
    (
        "es-copa-riberalta",
        "El Riberalta elimina al Sporting de Valdemar y pasa a semifinales",
        "El CD Riberalta venció 3-2 al Sporting de Valdemar en la prórroga del partido de cuartos "
        "de final de la Copa disputado el miércoles en el estadio Los Almendros, con un gol de "
        "Iker Salcedo en el minuto 112.",
    ),
    (
        "es-copa-riberalta",
        "Salcedo, héroe en la prórroga",
        "Un cabezazo del delantero en el minuto 112 da el pase al Riberalta.",
    ),
    (
        "es-copa-riberalta",
        "Noche de locura en Los Almendros: el Valdemar cae en la prórroga",
        "Los visitantes llegaron a ir ganando 0-2 antes de que el Riberalta remontara y "
        "sentenciara en el tiempo extra.",
    ),
    (
        "es-copa-riberalta/previa",
        "Riberalta-Valdemar: horario y alineaciones probables de los cuartos de Copa",
        "El CD Riberalta recibe este miércoles al Sporting de Valdemar en Los Almendros con la "
        "duda de Iker Salcedo, que arrastra molestias en el tobillo.",
    ),
    (
        "es-copa-riberalta/previa",
        "Previa: el Riberalta sueña con las semifinales",
        "El técnico Julián Arbeloa pide el apoyo de la afición.",
    ),
    # --- es: a metro strike and its end
    (
        "es-huelga-metro-valdoria",
        "Huelga en el metro de Valdoria: servicios mínimos del 30%",
        "Los maquinistas del metro de Valdoria iniciaron el lunes una huelga indefinida para "
        "reclamar mejoras salariales; la empresa ha fijado servicios mínimos del 30% en hora "
        "punta.",
    ),
    (
        "es-huelga-metro-valdoria",
        "Colas y andenes llenos en el primer día de huelga del metro",
        "Los usuarios de Valdoria esperaron hasta 25 minutos en algunas estaciones.",
    ),
    (
        "es-huelga-metro-valdoria",
        "Valdoria, sin metro normal: los maquinistas paran por el convenio",
        "El comité de huelga denuncia que el sueldo de los conductores lleva cuatro años "
        "congelado y que la plantilla ha perdido un 11% de poder adquisitivo.",
    ),
    (
        "es-huelga-metro-valdoria/fin",
        "Desconvocada la huelga del metro de Valdoria tras un acuerdo salarial",
        "Los maquinistas del metro de Valdoria han desconvocado la huelga indefinida después de "
        "alcanzar un acuerdo que incluye una subida del 9% en tres años, informó el sindicato el "
        "viernes.",
    ),
    (
        "es-huelga-metro-valdoria/fin",
        "Fin de la huelga: el metro recupera su horario habitual",
        "Acuerdo in extremis el viernes por la noche.",
    ),
    # --- es: one council's two decisions
    (
        "es-pleno-torrealba",
        "El pleno de Torrealba aprueba la zona de bajas emisiones",
        "El Ayuntamiento de Torrealba aprobó el jueves en pleno la creación de una zona de bajas "
        "emisiones en el centro histórico, que impedirá el acceso a los coches más contaminantes "
        "a partir de enero.",
    ),
    (
        "es-pleno-torrealba",
        "Torrealba cerrará el centro a los coches más contaminantes",
        "La medida salió adelante con los votos del equipo de gobierno.",
    ),
    (
        "es-pleno-torrealba/presupuestos",
        "El pleno de Torrealba tumba los presupuestos municipales",
        "La oposición rechazó el jueves en el pleno del Ayuntamiento de Torrealba los "
        "presupuestos para el próximo año, de 142 millones de euros, y el alcalde tendrá que "
        "prorrogar las cuentas.",
    ),
    (
        "es-pleno-torrealba/presupuestos",
        "Revés para el alcalde: sin presupuestos en Torrealba",
        "Las cuentas, de 142 millones, no lograron la mayoría.",
    ),
    # --- es: a trial's opening and its verdict
    (
        "es-juicio-ferrando",
        "Comienza el juicio contra el empresario Ferrando por estafa inmobiliaria",
        "La Audiencia Provincial de Montecillo juzga desde el martes al empresario Rafael "
        "Ferrando, acusado de estafar 6,3 millones de euros a 210 compradores de viviendas que "
        "nunca se construyeron.",
    ),
    (
        "es-juicio-ferrando",
        "Ferrando niega ante el tribunal haber engañado a los compradores",
        "«El dinero se invirtió en las obras», aseguró en la primera sesión.",
    ),
    (
        "es-juicio-ferrando/sentencia",
        "Condenado a siete años el empresario Rafael Ferrando por la estafa de las viviendas",
        "La Audiencia Provincial de Montecillo ha condenado a siete años de cárcel al empresario "
        "Rafael Ferrando por estafar 6,3 millones de euros a 210 familias que pagaron pisos que "
        "nunca se levantaron.",
    ),
    (
        "es-juicio-ferrando/sentencia",
        "Siete años de prisión para Ferrando",
        "Deberá devolver el dinero a los 210 afectados.",
    ),
    # --- es: one company's two announcements
    (
        "es-lumensa-ere",
        "Lumensa plantea un ERE para 560 trabajadores",
        "La eléctrica Lumensa ha comunicado a los sindicatos un expediente de regulación de "
        "empleo que afectará a 560 trabajadores, casi el 12% de la plantilla, por la "
        "digitalización de sus oficinas comerciales.",
    ),
    (
        "es-lumensa-ere",
        "Los sindicatos responden al ERE de Lumensa con movilizaciones",
        "Convocan concentraciones ante la sede de la compañía.",
    ),
    (
        "es-lumensa-ere/beneficios",
        "Lumensa gana 890 millones hasta septiembre, un 21% más",
        "La eléctrica Lumensa obtuvo un beneficio neto de 890 millones de euros en los nueve "
        "primeros meses del año, un 21% más que en el mismo periodo del año anterior, impulsado "
        "por las renovables.",
    ),
    (
        "es-lumensa-ere/beneficios",
        "Récord de beneficios para Lumensa gracias a la eólica",
        "La compañía eleva su previsión para todo el ejercicio.",
    ),
    (
        "es-lumensa-ere/beneficios",
        "La eléctrica Lumensa dispara su beneficio un 21% hasta septiembre",
        "La compañía ganó 890 millones en nueve meses y eleva su previsión anual gracias a los "
        "parques eólicos.",
    ),
    # --- es: a hailstorm
    (
        "es-granizo-villanueva",
        "Una granizada arrasa las viñas de Villanueva del Soto",
        "Una tormenta de granizo de apenas veinte minutos destrozó el sábado cerca del 70% de la "
        "cosecha de uva en Villanueva del Soto, a tres semanas de la vendimia.",
    ),
    (
        "es-granizo-villanueva",
        "Piedras como nueces: veinte minutos que arruinaron la vendimia",
        "Los viticultores calculan pérdidas millonarias.",
    ),
    (
        "es-granizo-villanueva",
        "Los agricultores de Villanueva piden ayudas tras perder el 70% de la uva",
        "La cooperativa local solicitará la declaración de zona catastrófica para el municipio "
        "tras la tormenta del fin de semana.",
    ),
    # --- es: a cave rescue
    (
        "es-rescate-cueva",
        "Rescatados los cuatro espeleólogos atrapados en la cueva de Peña Oscura",
        "Los cuatro espeleólogos que quedaron atrapados el viernes en la cueva de Peña Oscura por "
        "una crecida del río subterráneo fueron rescatados sanos y salvos el domingo por la "
        "tarde.",
    ),
    (
        "es-rescate-cueva",
        "DIRECTO: rescate en Peña Oscura",
        "Última hora del operativo para sacar a los espeleólogos.",
    ),
    (
        "es-rescate-cueva",
        "«Estamos bien»: primeras palabras de los espeleólogos al salir",
        "Tras 52 horas bajo tierra, el grupo de Burgomar salió por su propio pie, con frío pero "
        "sin heridas, según los equipos de emergencia.",
    ),
    (
        "es-rescate-cueva",
        "Final feliz tras dos días bajo tierra",
        "Los bomberos y la Guardia Civil sacaron a los cuatro exploradores cuando bajó el agua "
        "que les bloqueaba la salida.",
    ),
    # --- es: fog at an airport
    (
        "es-niebla-aeropuerto",
        "La niebla obliga a desviar 23 vuelos en el aeropuerto de San Quirico",
        "La densa niebla obligó el martes a desviar 23 vuelos y a cancelar otros nueve en el "
        "aeropuerto de San Quirico, donde la visibilidad cayó por debajo de 100 metros.",
    ),
    (
        "es-niebla-aeropuerto",
        "Caos por la niebla en San Quirico: desvíos y cancelaciones",
        "Miles de pasajeros afectados durante la mañana.",
    ),
    (
        "es-niebla-aeropuerto",
        "Visibilidad bajo mínimos: 23 aviones aterrizan en otros aeropuertos",
        "La niebla cerrada sobre San Quirico obligó a mandar los vuelos a otras pistas y a "
        "suspender nueve salidas durante la mañana del martes.",
    ),
    # --- es: told by one outlet
    (
        "es-biblioteca-donacion",
        "Una vecina de Alcolea dona 4.000 libros a la biblioteca municipal",
        "La biblioteca de Alcolea ha recibido la donación de la colección de una maestra jubilada "
        "de 91 años, que suma unos 4.000 volúmenes, muchos de ellos de poesía.",
    ),
    (
        "es-tortuga-playa",
        "Nacen 80 tortugas bobas en una playa de Calaverde",
        "Unas ochenta crías de tortuga boba salieron del nido vigilado por voluntarios en la "
        "playa de Calaverde y llegaron al mar durante la noche.",
    ),
    # --- es: a blackout
    (
        "es-apagon-montecillo",
        "Un apagón deja sin luz a 60.000 vecinos de Montecillo durante tres horas",
        "Una avería en una subestación dejó sin suministro eléctrico a unos 60.000 vecinos de "
        "Montecillo el domingo por la noche; la luz volvió pasadas las tres horas.",
    ),
    (
        "es-apagon-montecillo",
        "Montecillo, a oscuras: falla una subestación",
        "Tres horas sin electricidad en media ciudad.",
    ),
    (
        "es-apagon-montecillo",
        "Una subestación averiada, origen del corte eléctrico del domingo",
        "Sesenta mil personas pasaron tres horas a oscuras; la distribuidora investiga qué falló "
        "en la instalación que abastece a Montecillo.",
    ),
    # --- it: two earthquakes in one week
    (
        "it-terremoto-valdorno",
        "Terremoto di magnitudo 4,6 nel Valdorno, crolli nel centro storico",
        "Una scossa di magnitudo 4,6 ha colpito la valle del Valdorno martedì alle 3:12; a "
        "Castelvecchio è crollato il campanile di una chiesa e una trentina di persone hanno "
        "lasciato le case.",
    ),
    (
        "it-terremoto-valdorno",
        "Scossa nella notte, paura a Castelvecchio",
        "Crollato il campanile di San Rocco, nessun ferito grave.",
    ),
    (
        "it-terremoto-valdorno",
        "Valdorno, trenta sfollati dopo il sisma",
        "Il sindaco di Castelvecchio ha chiuso le scuole per le verifiche sugli edifici dopo la "
        "scossa di magnitudo 4.6 della notte.",
    ),
    (
        "it-terremoto-valdorno/seconda",
        "Nuova scossa di magnitudo 4,1, stavolta in provincia di Montalbo",
        "Sabato pomeriggio una scossa di magnitudo 4,1 è stata avvertita in provincia di "
        "Montalbo, a 150 chilometri dal Valdorno colpito quattro giorni prima; nessun danno "
        "rilevante.",
    ),
    (
        "it-terremoto-valdorno/seconda",
        "Trema anche Montalbo: scossa di 4,1, gente in strada",
        "Seconda scossa della settimana nel centro Italia.",
    ),
    # --- it: one minister on two days
    (
        "it-ministro-ferri",
        "Il ministro Ferri in Senato: «Il ponte sul Leno si farà»",
        "Il ministro delle Infrastrutture Paolo Ferri ha assicurato mercoledì in Senato che il "
        "ponte sul Leno sarà costruito entro il 2030, con un costo stimato di 1,8 miliardi di "
        "euro.",
    ),
    (
        "it-ministro-ferri",
        "Ponte sul Leno, Ferri tira dritto",
        "Il ministro ha risposto alle interrogazioni dell'opposizione.",
    ),
    (
        "it-ministro-ferri",
        "Ferri risponde al Senato sul ponte sul Leno: costo di 1,8 miliardi",
        "Il ministro Paolo Ferri conferma i tempi: apertura dell'opera entro il 2030, nonostante "
        "i dubbi sulle coperture.",
    ),
    (
        "it-ministro-ferri/cantiere",
        "Ferri visita il cantiere dell'alta velocità a Varenna",
        "Il ministro delle Infrastrutture Paolo Ferri ha visitato venerdì il cantiere della linea "
        "ad alta velocità a Varenna, promettendo che i lavori finiranno entro il 2027.",
    ),
    (
        "it-ministro-ferri/cantiere",
        "Alta velocità, il ministro a Varenna: «Tempi rispettati»",
        "Sopralluogo di Ferri tra operai e gallerie.",
    ),
    # --- it: two accidents on one state road
    (
        "it-statale-745",
        "Scontro frontale sulla statale 745, morti due giovani",
        "Due ragazzi di 19 e 21 anni sono morti nella notte tra sabato e domenica in uno scontro "
        "frontale sulla statale 745 all'altezza di Borgo Lieto.",
    ),
    (
        "it-statale-745",
        "Borgo Lieto piange due ventenni",
        "L'auto su cui viaggiavano si è scontrata con un furgone.",
    ),
    (
        "it-statale-745",
        "Strage del sabato sera sulla 745: chi erano le vittime",
        "Uno studiava ingegneria, l'altro lavorava nel panificio di famiglia a Borgo Lieto; il "
        "conducente del furgone è ricoverato in ospedale.",
    ),
    (
        "it-statale-745/tir",
        "Tir si ribalta sulla statale 745, strada chiusa per otto ore",
        "Un autoarticolato carico di legname si è ribaltato mercoledì mattina sulla statale 745 "
        "vicino a Borgo Lieto; l'autista è rimasto ferito in modo lieve, la strada è rimasta "
        "chiusa otto ore.",
    ),
    (
        "it-statale-745/tir",
        "Ancora la 745: camion ribaltato, code e disagi",
        "Il conducente se l'è cavata con qualche contusione.",
    ),
    # --- it: a match report and its preview
    (
        "it-partita-ferralba",
        "La Ferralba batte il Portoscuro 2-0 e vola in testa",
        "La Ferralba ha battuto 2-0 il Portoscuro domenica allo stadio Comunale e ha raggiunto il "
        "primo posto in classifica; a segno Matteo Lunardi e Davide Cosci.",
    ),
    (
        "it-partita-ferralba",
        "Lunardi e Cosci, Ferralba prima da sola",
        "Il Portoscuro non tira mai in porta.",
    ),
    (
        "it-partita-ferralba/vigilia",
        "Ferralba-Portoscuro, vigilia del big match: le probabili formazioni",
        "Domenica al Comunale la Ferralba riceve il Portoscuro in una sfida che vale il primato; "
        "l'allenatore Sergio Mancuso recupera Lunardi.",
    ),
    (
        "it-partita-ferralba/vigilia",
        "Mancuso: «Contro il Portoscuro serve la partita perfetta»",
        "Le parole del tecnico alla vigilia della gara.",
    ),
    # --- it: one council's two decisions
    (
        "it-consiglio-montevera",
        "Montevera, il consiglio comunale approva l'isola pedonale",
        "Il consiglio comunale di Montevera ha approvato lunedì sera l'ampliamento dell'area "
        "pedonale a tutto il centro storico, con 19 voti favorevoli e 12 contrari.",
    ),
    (
        "it-consiglio-montevera",
        "Centro storico chiuso alle auto: via libera in consiglio",
        "Commercianti divisi sulla nuova area pedonale.",
    ),
    (
        "it-consiglio-montevera/tari",
        "Montevera, il consiglio comunale alza la Tari del 7%",
        "Il consiglio comunale di Montevera ha approvato lunedì un aumento del 7% della tassa sui "
        "rifiuti per coprire i costi del nuovo impianto di riciclo.",
    ),
    (
        "it-consiglio-montevera/tari",
        "Rifiuti, a Montevera la tassa sale del 7 per cento",
        "Protesta l'opposizione: «Un salasso per le famiglie».",
    ),
    # --- it: a landslide
    (
        "it-frana-sanlupo",
        "Frana a San Lupo, isolate 40 famiglie",
        "Una frana ha interrotto la provinciale che collega San Lupo a valle, lasciando isolate "
        "da sabato una quarantina di famiglie; i vigili del fuoco portano viveri a piedi.",
    ),
    (
        "it-frana-sanlupo",
        "San Lupo tagliata fuori dopo la frana",
        "Una quarantina di nuclei familiari senza collegamenti.",
    ),
    (
        "it-frana-sanlupo",
        "Smottamento sulla provinciale: a San Lupo si lavora per riaprire un varco",
        "La Provincia stima almeno due settimane per liberare la strada dal fango e dai massi "
        "caduti dopo le piogge.",
    ),
    # --- it: a cruise ship
    (
        "it-nave-portalba",
        "Nave da crociera urta la banchina a Portalba, lievi danni",
        "Una nave da crociera con 3.200 passeggeri a bordo ha urtato la banchina durante "
        "l'attracco nel porto di Portalba giovedì mattina, a causa del forte vento; nessun "
        "ferito.",
    ),
    (
        "it-nave-portalba",
        "Il vento spinge la nave contro il molo",
        "Paura tra i crocieristi, nessun ferito.",
    ),
    (
        "it-nave-portalba",
        "Portalba, manovra difficile per il vento: la nave tocca il molo",
        "A bordo oltre tremila passeggeri; la Capitaneria ha avviato accertamenti sui danni alla "
        "banchina.",
    ),
    # --- it: an excavation
    (
        "it-scavi-torrebianca",
        "Scoperta a Torrebianca una villa romana con mosaici intatti",
        "Durante i lavori per un parcheggio a Torrebianca sono emersi i resti di una villa romana "
        "del II secolo con mosaici pavimentali quasi intatti, secondo quanto annunciato dalla "
        "Soprintendenza.",
    ),
    (
        "it-scavi-torrebianca",
        "Dal cantiere del parcheggio spunta una domus",
        "Mosaici del II secolo dopo Cristo.",
    ),
    (
        "it-scavi-torrebianca",
        "Torrebianca, il parcheggio può attendere: c'è una villa romana",
        "Gli archeologi parlano di un ritrovamento eccezionale e il Comune valuta di spostare il "
        "progetto.",
    ),
    # --- it: told by one outlet
    (
        "it-premio-gelato",
        "Un gelatiere di Cerviano vince il campionato mondiale del gelato",
        "Luca Benassi, gelatiere di Cerviano, ha vinto sabato il campionato mondiale del gelato "
        "artigianale con un gusto al fico e noci.",
    ),
    (
        "it-scuola-chiusa",
        "Chiude dopo 120 anni la scuola elementare di Pietrafonda",
        "Con soli sei alunni iscritti, la scuola elementare di Pietrafonda non riaprirà a "
        "settembre: i bambini andranno a scuola nel paese vicino.",
    ),
    # --- it: snow closes a pass
    (
        "it-neve-passo",
        "Neve al passo del Corvo, chiusa la strada per due giorni",
        "Una nevicata di oltre 60 centimetri ha costretto la Provincia a chiudere la strada del "
        "passo del Corvo, che resterà interdetta al traffico almeno fino a giovedì.",
    ),
    (
        "it-neve-passo",
        "Passo del Corvo sepolto dalla neve",
        "Strada chiusa, mezzi spazzaneve al lavoro giorno e notte.",
    ),
    (
        "it-neve-passo",
        "Sessanta centimetri in una notte, isolato il valico",
        "Il collegamento del Corvo resterà interdetto fino a giovedì: gli spazzaneve lavorano "
        "senza sosta per liberare la carreggiata.",
    ),
    # --- pt: a teachers' strike and its end
    (
        "pt-greve-professores",
        "Professores de Vila Serrana entram em greve por tempo indeterminado",
        "Os professores da rede municipal de Vila Serrana iniciaram na segunda-feira uma greve "
        "por tempo indeterminado, exigindo reajuste salarial de 14% e o pagamento de bônus "
        "atrasados.",
    ),
    (
        "pt-greve-professores",
        "Greve deixa 38 mil alunos sem aulas em Vila Serrana",
        "Adesão chega a 85%, segundo o sindicato.",
    ),
    (
        "pt-greve-professores",
        "Escolas fechadas: docentes de Vila Serrana param por salários",
        "Trinta e oito mil estudantes ficaram em casa no primeiro dia da paralisação, que o "
        "sindicato promete manter até a prefeitura apresentar uma proposta.",
    ),
    (
        "pt-greve-professores/fim",
        "Professores de Vila Serrana encerram greve após acordo com a prefeitura",
        "Após três semanas de paralisação, os professores municipais de Vila Serrana aprovaram em "
        "assembleia o fim da greve, depois de a prefeitura oferecer reajuste de 10%.",
    ),
    (
        "pt-greve-professores/fim",
        "Fim da greve: aulas voltam na segunda em Vila Serrana",
        "Acordo prevê reposição dos dias parados.",
    ),
    # --- pt: a trial's opening and its verdict
    (
        "pt-tribunal-almeida",
        "Começa o julgamento do ex-presidente da câmara de Alvorada",
        "Arrancou esta terça-feira no Tribunal de Vale Formoso o julgamento de Rui Almeida, "
        "antigo presidente da câmara de Alvorada, acusado de desviar 1,4 milhões de euros de "
        "fundos municipais.",
    ),
    (
        "pt-tribunal-almeida",
        "Rui Almeida nega desvio de dinheiro na primeira sessão",
        "O antigo autarca diz estar de consciência tranquila.",
    ),
    (
        "pt-tribunal-almeida/sentenca",
        "Ex-autarca de Alvorada condenado a cinco anos de prisão",
        "O Tribunal de Vale Formoso condenou Rui Almeida, antigo presidente da câmara de "
        "Alvorada, a cinco anos de prisão efetiva pelo desvio de 1,4 milhões de euros de fundos "
        "municipais.",
    ),
    (
        "pt-tribunal-almeida/sentenca",
        "Almeida condenado: cinco anos de cadeia",
        "A defesa já anunciou que vai recorrer da decisão.",
    ),
    (
        "pt-tribunal-almeida/sentenca",
        "Tribunal de Vale Formoso condena Rui Almeida a cinco anos",
        "O antigo presidente da câmara de Alvorada foi condenado pelo desvio de 1,4 milhões de "
        "euros dos cofres municipais.",
    ),
    # --- pt: one company's two announcements
    (
        "pt-marisol-fabrica",
        "Marisol Conservas vai abrir fábrica em Póvoa do Sal",
        "A Marisol Conservas anunciou um investimento de 45 milhões de euros numa nova fábrica em "
        "Póvoa do Sal, que deverá criar 260 postos de trabalho até 2027.",
    ),
    (
        "pt-marisol-fabrica",
        "Póvoa do Sal recebe fábrica de conservas com 260 empregos",
        "Investimento de 45 milhões da Marisol.",
    ),
    (
        "pt-marisol-fabrica",
        "Conserveira aposta 45 M€ no litoral norte",
        "A nova unidade da Marisol, com capacidade para 30 mil toneladas por ano, vai concentrar "
        "a produção de sardinha em lata da empresa.",
    ),
    (
        "pt-marisol-fabrica/exportacoes",
        "Marisol Conservas fecha contrato de exportação para o Japão",
        "A Marisol Conservas assinou um contrato para exportar 4 mil toneladas de conservas de "
        "peixe por ano para o Japão, o maior da história da empresa.",
    ),
    (
        "pt-marisol-fabrica/exportacoes",
        "Sardinha em lata da Marisol chega ao Japão",
        "Contrato de quatro mil toneladas anuais.",
    ),
    (
        "pt-marisol-fabrica/exportacoes",
        "Conserveira assina o maior negócio da sua história com o mercado japonês",
        "Serão quatro mil toneladas de peixe em lata por ano para o Japão, anunciou a Marisol, "
        "que espera duplicar as vendas no exterior.",
    ),
    # --- pt: two storms in one week
    (
        "pt-tempestade-ilhas",
        "Tempestade Bárbara deixa rasto de destruição na ilha do Corvelo",
        "A tempestade Bárbara atingiu a ilha do Corvelo na noite de terça-feira com ventos de 150 "
        "km/h, derrubando árvores e postes e deixando 9 mil casas sem luz.",
    ),
    (
        "pt-tempestade-ilhas",
        "Corvelo às escuras depois da passagem de Bárbara",
        "Ventos de 150 quilómetros por hora e árvores caídas na ilha.",
    ),
    (
        "pt-tempestade-ilhas/segunda",
        "Nova tempestade, Clemente, atinge a costa de Aveleira",
        "Três dias depois de Bárbara, a tempestade Clemente chegou na sexta-feira à costa de "
        "Aveleira, no continente, com ondas de oito metros e inundações na zona ribeirinha.",
    ),
    (
        "pt-tempestade-ilhas/segunda",
        "Clemente inunda baixa de Aveleira",
        "Segunda tempestade da semana provoca cheias no continente.",
    ),
    # --- pt: one minister on two days
    (
        "pt-ministra-sequeira",
        "Ministra Helena Sequeira apresenta plano para listas de espera",
        "A ministra da Saúde, Helena Sequeira, apresentou na quarta-feira um plano para reduzir "
        "para metade as listas de espera para cirurgias até ao fim do próximo ano, com 300 "
        "milhões de euros.",
    ),
    (
        "pt-ministra-sequeira",
        "Saúde: plano de 300 milhões para cortar listas de espera",
        "Sequeira promete metade da espera em um ano.",
    ),
    (
        "pt-ministra-sequeira/parlamento",
        "Sequeira ouvida no Parlamento sobre urgências fechadas",
        "A ministra da Saúde, Helena Sequeira, foi ouvida na sexta-feira no Parlamento sobre o "
        "encerramento de urgências de obstetrícia durante o fim de semana.",
    ),
    (
        "pt-ministra-sequeira/parlamento",
        "Urgências fechadas: ministra pede desculpa às grávidas",
        "Helena Sequeira admitiu falhas na organização das escalas.",
    ),
    # --- pt: a forest fire
    (
        "pt-incendio-lousinha",
        "Incêndio na serra da Lousinha mobiliza 600 bombeiros",
        "Um incêndio que deflagrou no sábado na serra da Lousinha já consumiu cerca de 3 mil "
        "hectares e mobiliza mais de 600 bombeiros, apoiados por 14 meios aéreos.",
    ),
    (
        "pt-incendio-lousinha",
        "Aldeias evacuadas na Lousinha",
        "Fogo aproxima-se de casas em três localidades.",
    ),
    (
        "pt-incendio-lousinha",
        "Lousinha arde há dois dias: três mil hectares queimados",
        "As chamas obrigaram a retirar moradores de três aldeias durante a noite, enquanto "
        "seiscentos operacionais combatem as frentes ativas.",
    ),
    # --- pt: a dinosaur find
    (
        "pt-fossil-lagoa",
        "Paleontólogos descobrem novo dinossauro no interior de Minas Altas",
        "Pesquisadores da universidade federal anunciaram a descoberta de uma nova espécie de "
        "dinossauro herbívoro, com cerca de 12 metros, em uma fazenda em Lagoa Funda.",
    ),
    (
        "pt-fossil-lagoa",
        "Fazenda de Lagoa Funda guardava dinossauro de 12 metros",
        "Ossos foram achados por um agricultor em 2021.",
    ),
    (
        "pt-fossil-lagoa",
        "Nova espécie de titanossauro ganha nome de cidade mineira",
        "O animal, batizado em homenagem a Lagoa Funda, viveu há cerca de 80 milhões de anos, "
        "segundo o estudo publicado esta semana.",
    ),
    # --- pt: a mayoral result
    (
        "pt-eleicao-riacho",
        "Marta Coelho é eleita prefeita de Riacho Claro com 54%",
        "A vereadora Marta Coelho foi eleita no domingo prefeita de Riacho Claro com 54% dos "
        "votos válidos, derrotando o atual prefeito, que tentava a reeleição.",
    ),
    (
        "pt-eleicao-riacho",
        "Coelho vence e será a primeira mulher a governar Riacho Claro",
        "Atual prefeito não conseguiu se reeleger.",
    ),
    (
        "pt-eleicao-riacho",
        "Riacho Claro terá prefeita pela primeira vez",
        "Marta Coelho venceu no domingo com 54% dos votos e derrotou o prefeito, que buscava um "
        "segundo mandato.",
    ),
    # --- pt: told by one outlet
    (
        "pt-bonde-volta",
        "Elétrico histórico volta a circular em Vilar de Mouros Novo",
        "Depois de 40 anos parado, o elétrico da linha 3 volta a circular aos fins de semana em "
        "Vilar de Mouros Novo, agora para turistas.",
    ),
    (
        "pt-baleia-costa",
        "Baleia-jubarte é avistada perto da praia de Areia Branca",
        "Uma baleia-jubarte foi avistada na manhã de domingo a menos de um quilômetro da praia de "
        "Areia Branca, surpreendendo banhistas e pescadores.",
    ),
    # --- nl: two accidents on one motorway
    (
        "nl-ongeluk-a52",
        "Drie doden bij ongeluk op de A52 bij Lindermeer",
        "Bij een aanrijding tussen een personenauto en een vrachtwagen op de A52 bij Lindermeer "
        "zijn vrijdagavond drie mensen om het leven gekomen, meldt de politie.",
    ),
    (
        "nl-ongeluk-a52",
        "A52 urenlang dicht na dodelijk ongeval",
        "Drie inzittenden van de auto overleden ter plaatse.",
    ),
    (
        "nl-ongeluk-a52",
        "Zwarte vrijdag op de A52: auto schiet onder vrachtwagen",
        "Het ongeluk gebeurde rond 22.00 uur ter hoogte van Lindermeer; de snelweg was tot "
        "zaterdagochtend afgesloten voor onderzoek.",
    ),
    (
        "nl-ongeluk-a52/kettingbotsing",
        "Kettingbotsing met twaalf auto's op A52 door mist",
        "Op de A52 bij Lindermeer zijn woensdagochtend twaalf auto's op elkaar gebotst door "
        "dichte mist; vier mensen raakten gewond, niemand ernstig.",
    ),
    (
        "nl-ongeluk-a52/kettingbotsing",
        "Mist zorgt voor kettingbotsing bij Lindermeer",
        "Vier gewonden, file van vijftien kilometer.",
    ),
    # --- nl: one council's two decisions
    (
        "nl-raad-haverdam",
        "Gemeenteraad Haverdam stemt in met nieuw zwembad",
        "De gemeenteraad van Haverdam heeft dinsdagavond ingestemd met de bouw van een nieuw "
        "zwembad van 28 miljoen euro aan de rand van het stadspark.",
    ),
    (
        "nl-raad-haverdam",
        "Haverdam krijgt eindelijk een nieuw zwembad",
        "Raad zet streep onder jarenlange discussie.",
    ),
    (
        "nl-raad-haverdam",
        "Zwembad van 28 miljoen euro krijgt groen licht",
        "De raad van Haverdam stemde in met het plan voor een nieuw bad bij het stadspark, dat "
        "het oude bad uit 1971 moet vervangen.",
    ),
    (
        "nl-raad-haverdam/windmolens",
        "Haverdam zegt nee tegen windmolens bij de dijk",
        "De gemeenteraad van Haverdam heeft dinsdag een plan voor vier windmolens langs de "
        "Zuiderdijk weggestemd na protesten van omwonenden.",
    ),
    (
        "nl-raad-haverdam/windmolens",
        "Geen windturbines langs de Zuiderdijk",
        "Omwonenden juichen op de publieke tribune.",
    ),
    # --- nl: a match report and its preview
    (
        "nl-derby-zeewijk",
        "Zeewijk wint derby van Sporting Brakel met 4-1",
        "SV Zeewijk heeft zondag de derby tegen Sporting Brakel met 4-1 gewonnen; spits Daan "
        "Veltkamp scoorde een hattrick in de tweede helft.",
    ),
    (
        "nl-derby-zeewijk",
        "Hattrick Veltkamp, Zeewijk walst over Brakel heen",
        "Na rust was er maar één ploeg op het veld.",
    ),
    (
        "nl-derby-zeewijk",
        "Brakel kansloos in derby: 4-1",
        "De bezoekers kwamen nog op voorsprong, maar Veltkamp draaide de wedstrijd in een "
        "kwartier om.",
    ),
    (
        "nl-derby-zeewijk/voorbeschouwing",
        "Derby Zeewijk-Brakel: uitverkocht en extra politie",
        "Zondag speelt SV Zeewijk thuis de derby tegen Sporting Brakel; de wedstrijd is "
        "uitverkocht en de gemeente zet extra agenten in na onrust vorig seizoen.",
    ),
    (
        "nl-derby-zeewijk/voorbeschouwing",
        "Trainer Zeewijk: 'Veltkamp is klaar voor de derby'",
        "Voorbeschouwing op het duel van zondag.",
    ),
    # --- nl: a strike and its end
    (
        "nl-staking-havens",
        "Havenwerkers Westerhaven leggen werk neer",
        "Ruim 1.500 havenwerkers in Westerhaven zijn maandag voor 48 uur in staking gegaan voor "
        "een hoger loon; containerschepen liggen stil aan de kade.",
    ),
    (
        "nl-staking-havens",
        "Staking lamt containerhaven Westerhaven",
        "Schepen wachten op zee tot de acties voorbij zijn.",
    ),
    (
        "nl-staking-havens",
        "Geen laden en lossen: 48 uur actie aan de kade",
        "In Westerhaven eisen ruim vijftienhonderd havenarbeiders meer loon; de werkgevers noemen "
        "de acties onverantwoord.",
    ),
    (
        "nl-staking-havens/akkoord",
        "Staking Westerhaven voorbij: havenwerkers akkoord met cao",
        "Na drie weken van acties hebben de havenwerkers van Westerhaven ingestemd met een nieuwe "
        "cao met een loonsverhoging van 7 procent, meldt de vakbond.",
    ),
    (
        "nl-staking-havens/akkoord",
        "Cao-akkoord in de haven, schepen weer gelost",
        "Zeven procent meer loon voor de havenwerkers.",
    ),
    # --- nl: a trial's opening and its verdict
    (
        "nl-proces-dekker",
        "Rechtszaak tegen oud-wethouder Dekker van start",
        "De strafzaak tegen oud-wethouder Marco Dekker van Haverdam, die wordt verdacht van het "
        "aannemen van steekpenningen bij de verkoop van gemeentegrond, is maandag begonnen bij de "
        "rechtbank in Oostmere.",
    ),
    (
        "nl-proces-dekker",
        "Dekker ontkent omkoping op eerste zittingsdag",
        "'Ik heb nooit een cent aangenomen', zei de oud-wethouder.",
    ),
    (
        "nl-proces-dekker/vonnis",
        "Oud-wethouder Dekker veroordeeld tot 18 maanden cel",
        "De rechtbank in Oostmere heeft oud-wethouder Marco Dekker van Haverdam veroordeeld tot "
        "achttien maanden cel voor het aannemen van steekpenningen bij de verkoop van "
        "gemeentegrond.",
    ),
    (
        "nl-proces-dekker/vonnis",
        "Celstraf voor Dekker in grondzaak",
        "Anderhalf jaar, waarvan zes maanden voorwaardelijk.",
    ),
    # --- nl: a fire in an old town centre
    (
        "nl-brand-oudekerk",
        "Grote brand verwoest monumentaal pand in Oudekerk",
        "Een grote brand heeft in de nacht van zaterdag op zondag een monumentaal pand aan de "
        "Markt in Oudekerk verwoest; de bewoners van de bovenwoningen konden op tijd vluchten.",
    ),
    (
        "nl-brand-oudekerk",
        "Zeer grote brand aan de Markt in Oudekerk",
        "Rookwolk tot ver in de omtrek te zien.",
    ),
    (
        "nl-brand-oudekerk",
        "Oudekerk in shock: zeventiende-eeuws pand aan de Markt uitgebrand",
        "Van het gebouw uit 1652, waarin een bakkerij zat, staan alleen de gevels nog overeind; "
        "de oorzaak wordt onderzocht.",
    ),
    # --- nl: a takeover
    (
        "nl-overname-veldkamp",
        "Veldkamp Logistiek neemt Bosman Transport over",
        "Het logistieke bedrijf Veldkamp uit Nieuwerbrug neemt branchegenoot Bosman Transport "
        "over voor een bedrag dat geschat wordt op 75 miljoen euro; alle 640 banen blijven "
        "behouden.",
    ),
    (
        "nl-overname-veldkamp",
        "Bosman Transport in handen van Veldkamp",
        "Personeel houdt zijn baan, belooft de koper.",
    ),
    (
        "nl-overname-veldkamp",
        "Transportsector: Veldkamp betaalt circa 75 miljoen voor Bosman",
        "Met de overname ontstaat een bedrijf met ruim 1.900 werknemers en 900 vrachtwagens.",
    ),
    # --- nl: a stolen painting found
    (
        "nl-schilderij-terug",
        "Gestolen schilderij van Van der Heyden na zeven jaar terug",
        "Een schilderij van Cornelis van der Heyden dat zeven jaar geleden uit het museum in "
        "Dorsvelde werd gestolen, is teruggevonden bij een huiszoeking in Hasselwijk.",
    ),
    (
        "nl-schilderij-terug",
        "Museum Dorsvelde krijgt gestolen doek terug",
        "Het werk lag opgerold in een kast.",
    ),
    (
        "nl-schilderij-terug",
        "Na zeven jaar duikt doek uit Dorsvelde op in Hasselwijk",
        "Agenten troffen het schilderij van Van der Heyden opgerold aan in een kast bij een "
        "huiszoeking; het museum spreekt van een wonder.",
    ),
    # --- nl: told by one outlet
    (
        "nl-ooievaars-record",
        "Recordaantal ooievaarsnesten in de Lindewaard",
        "In natuurgebied de Lindewaard zijn dit voorjaar 64 bezette ooievaarsnesten geteld, het "
        "hoogste aantal sinds het begin van de tellingen.",
    ),
    (
        "nl-bibliotheek-bus",
        "Bibliotheekbus rijdt weer door de dorpen rond Keerdonk",
        "Na twee jaar afwezigheid rijdt de bibliotheekbus vanaf volgende week weer elke woensdag "
        "langs zes dorpen rond Keerdonk.",
    ),
)

# Each hard-negative label is another event of the story before its slash, in the same language.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a match preview and its report": (
        "en-semi-tarrow/preview",
        "ru-match-zarechye/preview",
        "de-pokal-eichstedt/vorschau",
        "es-copa-riberalta/previa",
        "it-partita-ferralba/vigilia",
        "nl-derby-zeewijk/voorbeschouwing",
    ),
    "two earthquakes or storms in one week": (
        "en-quake-marisco/second",
        "ru-quake-verkhneozersk/second",
        "fr-tempete-ondine/pascaline",
        "it-terremoto-valdorno/seconda",
        "pt-tempestade-ilhas/segunda",
    ),
    "a trial's opening and its verdict": (
        "en-trial-whitcombe/opening",
        "ru-trial-shubin/opening",
        "fr-proces-morvan/ouverture",
        "es-juicio-ferrando/sentencia",
        "pt-tribunal-almeida/sentenca",
        "nl-proces-dekker/vonnis",
    ),
    "a strike and its end": (
        "en-strike-dunmore/ends",
        "ru-strike-novoozersk/end",
        "de-streik-sarnheim/einigung",
        "es-huelga-metro-valdoria/fin",
        "pt-greve-professores/fim",
        "nl-staking-havens/akkoord",
    ),
    "one company's two announcements": (
        "en-brightline-jobs/plant",
        "ru-firm-tekhnoval/results",
        "fr-vallet-emplois/rachat",
        "es-lumensa-ere/beneficios",
        "pt-marisol-fabrica/exportacoes",
    ),
    "one politician on two days": (
        "en-minister-osei/grilled",
        "de-ministerin-ebeling/interview",
        "fr-ministre-durieux/senat",
        "it-ministro-ferri/cantiere",
        "pt-ministra-sequeira/parlamento",
    ),
    "two accidents on one road or railway line": (
        "en-crash-m14/lorry",
        "de-zug-lindenau/bahnuebergang",
        "fr-rn211-collision/car",
        "it-statale-745/tir",
        "nl-ongeluk-a52/kettingbotsing",
    ),
    "one council's or central bank's two decisions": (
        "en-rbw-rates/cut",
        "de-rat-wendhausen/parken",
        "es-pleno-torrealba/presupuestos",
        "it-consiglio-montevera/tari",
        "nl-raad-haverdam/windmolens",
    ),
}
