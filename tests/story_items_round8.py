"""An eighth check set for story merging, written blind, to be scored once (2026-12-06).

Same format as `tests.story_items_round7`: (story, title, lead); the bench gives each item its time
(17 minutes apart in list order) and no feed, so a story's copies read as different outlets' feed
entries within two days. Items with one story label are one event as different outlets in one
language would carry it: a wire copy, a flash, a tabloid headline, a local paper, a business paper,
a translated wire headline ("Carrowmere: one dead ..."), an analysis. Copies are written to share
few words where outlets would: one leads with the number, another with a quote, another with the
human angle; numbers change format (94mph / 151 km/h, 41,000 / 41k / tens of thousands, £6m /
six-million-pound, 1.9m / almost two million, 9 412 / 9,4 тыс., 1.200 / 1200, 80 000 / 80.000, six
milles / 11 kilomètres) and names change form (full name, surname, title).

What "same story" means here: one event (one storm's passage, one match, one results statement, one
award, one week's bulletin, one rescue) as carried in the news cycle of that event, including one
outlet's same-day or next-morning update that repeats the background and adds a quote, a name or a
revised figure. Not the same story: another event of the same kind, even in the same place with the
same people (the next storm, the next week's bulletin, the rival's results on the same day, the
report of the match a preview announced, a second rescue off the same ridge or shore), and the same
person in an unrelated matter. Such a second event often names the first one as background ("a week
after Storm Oriel", "while Brautal confirmed its targets"); it is still another story. A label with
a suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`; two of them, a match preview and its report and storms a week apart, recur from
earlier rounds by request, with new events). The one-outlet stories sit next to a paired story's
place, club or person (a transfer between the two semi-finalists, a sea wall for the flooded town):
they can only be merged falsely. Each story is in one language, its label's prefix: en, ru, de, fr,
es, it, pt, nl. All texts, places, people, firms, clubs and prizes are invented here.

Written by an author who read neither the merging code, its rules and lexicon, nor the items of the
sets before round 6 (rounds 6 and 7 were read for their format only, and the docs only for how
those rounds were written and scored), and never run through the merging code before its one
scoring run (`python -m bench.stories --round8`). Once its errors have been read it is no longer a
clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: two storms over one county eight days apart
    (
        "en-storm-carrowmere",
        "Storm Oriel kills driver as 94mph gusts batter Carrowmere",
        "A man in his sixties died when a tree fell on his car near Lisdale on Sunday as Storm "
        "Oriel brought gusts of up to 94mph to the Carrowmere coast and cut power to 41,000 homes.",
    ),
    (
        "en-storm-carrowmere",
        "41,000 homes lose power in Carrowmere",
        "Some may not be reconnected before Tuesday, engineers warn.",
    ),
    (
        "en-storm-carrowmere",
        "Carrowmere: one dead, tens of thousands without electricity after storm",
        "Winds reaching 151 km/h toppled trees and power lines across the county, the regional "
        "grid operator said; police named the victim as Colm Tierney, 63.",
    ),
    (
        "en-storm-carrowmere",
        "'Like a freight train': Lisdale wakes up to Oriel's damage",
        "Roof tiles and branches littered the town's streets on Monday, a day after the storm that"
        " killed a local driver and blacked out 41k households.",
    ),
    (
        "en-storm-carrowmere/petra",
        "Storm Petra floods Lisdale eight days after Oriel",
        "Carrowmere was hit by a second storm in just over a week on Monday as Storm Petra's heavy"
        " rain sent the river Dale over its banks in Lisdale, forcing 200 people from their homes.",
    ),
    (
        "en-storm-carrowmere/petra",
        "Second storm in a week leaves 12,000 Carrowmere homes without power",
        "Petra brought weaker winds than Oriel but far more rain, with 85mm falling in 24 hours, "
        "forecasters said.",
    ),
    (
        "en-storm-carrowmere/petra",
        "Carrowmere battered again",
        "Two hundred evacuated as the Dale bursts its banks.",
    ),
    # --- en: a cup semi-final, previewed and reported
    (
        "en-match-holmbury",
        "Holmbury Rovers v Castlegate City: Northern Cup semi-final preview",
        "Holmbury Rovers host Castlegate City at Brantley Road on Saturday (3pm) with striker "
        "Jonah Pell fit again after a hamstring injury and a place in the final at stake.",
    ),
    (
        "en-match-holmbury",
        "Pell passed fit for Holmbury's semi",
        "Manager Ruth Okonedo says her top scorer will start on Saturday.",
    ),
    (
        "en-match-holmbury",
        "Castlegate boss Varga: 'We fear nobody at Brantley Road'",
        "City manager Laszlo Varga believes his side can end Holmbury's 14-match unbeaten home run"
        " in this weekend's cup semi-final.",
    ),
    (
        "en-match-holmbury/report",
        "Holmbury Rovers 2-1 Castlegate City: Pell double sends Rovers to final",
        "Jonah Pell scored twice in the second half as Holmbury Rovers came from behind to beat "
        "Castlegate City 2-1 in the Northern Cup semi-final at Brantley Road on Saturday.",
    ),
    (
        "en-match-holmbury/report",
        "Rovers reach Northern Cup final",
        "Pell's late header completes the comeback against Castlegate.",
    ),
    (
        "en-match-holmbury/report",
        "Heartbreak for Varga as City's cup run ends at Holmbury",
        "Castlegate led through Miko Dunne's early goal but could not hold on, losing 1-2 in front"
        " of 18,400 fans.",
    ),
    # --- en: a title fight, weigh-in and result
    (
        "en-fight-adeyemi",
        "Adeyemi and Kowal both make weight for Marlport title fight",
        "Tunde Adeyemi weighed in at 160.4lb and champion Piotr Kowal at 159.8lb on Friday ahead "
        "of their middleweight title bout at the Marlport Arena on Saturday night.",
    ),
    (
        "en-fight-adeyemi",
        "Kowal vows to 'end the hype' against Adeyemi",
        "The unbeaten champion puts his belt on the line tomorrow.",
    ),
    (
        "en-fight-adeyemi",
        "Weigh-in scuffle as Adeyemi-Kowal showdown nears",
        "Security separated the two middleweights after a heated face-off; the 12-round bout is "
        "expected to sell out the 9,000-capacity venue.",
    ),
    (
        "en-fight-adeyemi/result",
        "Adeyemi stops Kowal in seventh to become middleweight champion",
        "Tunde Adeyemi took Piotr Kowal's world middleweight title with a seventh-round stoppage "
        "at a sold-out Marlport Arena on Saturday, ending the champion's unbeaten run of 27 "
        "fights.",
    ),
    (
        "en-fight-adeyemi/result",
        "New champion: Adeyemi dethrones Kowal",
        "The referee waved it off after 1:42 of round seven.",
    ),
    (
        "en-fight-adeyemi/result",
        "Kowal: 'He was the better man tonight'",
        "The beaten champion, who suffered the first defeat of his career in Marlport, wants a "
        "rematch with Adeyemi in the spring.",
    ),
    # --- en: two grocers' half-year results on one day
    (
        "en-results-grinvale",
        "Grinvale Foods profit jumps 18% as shoppers trade up",
        "Supermarket chain Grinvale Foods reported a half-year pre-tax profit of £312m on "
        "Wednesday, up 18 per cent, with like-for-like sales rising 4.6% and chief executive Nadia"
        " Frost raising full-year guidance.",
    ),
    (
        "en-results-grinvale",
        "Grinvale raises outlook after strong half",
        "Shares rose 6% as the grocer lifted its profit forecast.",
    ),
    (
        "en-results-grinvale",
        "Nadia Frost: 'Customers are coming back to fresh food'",
        "The Grinvale boss credited a revamp of 140 stores for a 4.6 per cent rise in underlying "
        "sales and half-year profits of £312 million.",
    ),
    (
        "en-results-grinvale/marlow",
        "Marlow & Pike profits slide as price war bites",
        "Marlow & Pike, the country's third-largest grocer, said on Wednesday that half-year "
        "pre-tax profit fell 11% to £148m, blaming price cuts and higher wage costs.",
    ),
    (
        "en-results-grinvale/marlow",
        "Marlow & Pike shares sink 9% after it cuts forecast",
        "The supermarket lowered its full-year outlook on the same day that rival Grinvale raised "
        "its own, sending the stock to a two-year low.",
    ),
    (
        "en-results-grinvale/marlow",
        "Grim half for Marlow & Pike",
        "Profit down 11 per cent at £148 million.",
    ),
    # --- en: two banks' annual results on one day
    (
        "en-results-harrowgate",
        "Harrowgate Bank posts record £2.1bn profit",
        "Harrowgate Bank made a record annual pre-tax profit of £2.1 billion, up 9%, helped by "
        "higher interest margins, and announced a £500m share buyback, it said on Thursday.",
    ),
    (
        "en-results-harrowgate",
        "Record year, £500m buyback at Harrowgate",
        "Chief executive Owen Mallory says margins have now peaked.",
    ),
    (
        "en-results-harrowgate",
        "Rates lift Harrowgate to best year in its history",
        "Net interest income climbed to £6.4bn at the lender, which will hand half a billion "
        "pounds back to shareholders.",
    ),
    (
        "en-results-harrowgate/northcourt",
        "Northcourt Bank profit down 14% on bad-loan charges",
        "Northcourt Bank reported annual pre-tax profit of £1.3bn on Thursday, down 14 per cent, "
        "after setting aside £410m for loans that may not be repaid.",
    ),
    (
        "en-results-harrowgate/northcourt",
        "Northcourt sets aside £410m for bad debts",
        "Profit falls at the lender while Harrowgate posts a record.",
    ),
    (
        "en-results-harrowgate/northcourt",
        "Bad loans take a bite out of Northcourt",
        "The bank's chief executive, Priya Hallam, said the £410 million provision was 'prudent, "
        "not panicked' as full-year profit dropped to £1.3 billion.",
    ),
    # --- en: one actress in two unrelated stories
    (
        "en-person-hartigan",
        "Simone Hartigan wins best actress at the Lanyard Awards",
        "Simone Hartigan won best actress at the Lanyard Awards in Castleford on Sunday night for "
        "her role as a lighthouse keeper in 'The Long Shore', beating the favourite, Ada Morrow.",
    ),
    (
        "en-person-hartigan",
        "Hartigan's Lanyard win stuns favourite Morrow",
        "'I didn't write a speech,' the 34-year-old said on stage.",
    ),
    (
        "en-person-hartigan",
        "The Long Shore star takes top acting prize",
        "It is Hartigan's first major award, capping a year in which the low-budget drama earned "
        "$48 million worldwide.",
    ),
    (
        "en-person-hartigan/lawsuit",
        "Simone Hartigan sued by former manager",
        "Simone Hartigan's former manager, Gregor Lyle, has filed a lawsuit claiming $2.4m in "
        "unpaid commission for films the actress signed for while he represented her.",
    ),
    (
        "en-person-hartigan/lawsuit",
        "Ex-manager takes Hartigan to court over $2.4 million",
        "Lyle says the actor owes him commission; her lawyers call the claim baseless.",
    ),
    (
        "en-person-hartigan/lawsuit",
        "Hartigan's lawyers: manager's claim is 'a fantasy'",
        "The actress's legal team said Gregor Lyle was paid in full before he was dismissed in "
        "2023.",
    ),
    # --- en: one mayor in two unrelated stories
    (
        "en-person-coyle",
        "Brackwater's first tram line opens",
        "Mayor Idris Coyle rode the first tram on Brackwater's new 11km Line 1 on Saturday, after "
        "six years of building works costing £390m.",
    ),
    (
        "en-person-coyle",
        "Trams return to Brackwater after 60 years",
        "Line 1 links the station with Ferrow Hospital in 22 minutes.",
    ),
    (
        "en-person-coyle",
        "Coyle: tram line 'the best £390 million this city ever spent'",
        "Thousands queued for free rides as the mayor opened the 11-kilometre route, with 18 stops"
        " between the central station and Ferrow Hospital.",
    ),
    (
        "en-person-coyle/fall",
        "Brackwater mayor Idris Coyle breaks wrist in cycling fall",
        "Idris Coyle, the mayor of Brackwater, is recovering after breaking his wrist when his "
        "bike slipped on the new tram tracks near the central station on Tuesday evening, his "
        "office said.",
    ),
    (
        "en-person-coyle/fall",
        "Mayor Coyle hurt in bike crash",
        "He will work from home for a week, his spokeswoman says.",
    ),
    # --- en: one weekly fuel price survey, three weeks
    (
        "en-weekly-fuel",
        "Petrol prices fall for third week in a row",
        "The average price of a litre of petrol fell 1.2p to 148.9p this week, the Velland "
        "Motoring Association's weekly survey found, with diesel down 0.8p at 156.3p.",
    ),
    (
        "en-weekly-fuel",
        "Petrol down to 148.9p a litre",
        "Drivers get a third weekly cut at the pumps, says the VMA.",
    ),
    (
        "en-weekly-fuel",
        "Pump prices: diesel still 7p dearer than petrol",
        "Diesel averaged 156.3p a litre in the VMA's latest weekly check, against 148.9p for "
        "unleaded, which fell for the third consecutive week.",
    ),
    (
        "en-weekly-fuel",
        "Velland: petrol cheaper for third consecutive week, says motorists' association",
        "Unleaded now costs on average 148.9 pence per litre and diesel 156.3 pence, according to "
        "the association's weekly data.",
    ),
    (
        "en-weekly-fuel/rise",
        "Petrol prices rise for first time in a month",
        "The average cost of unleaded rose 0.6p to 149.5p a litre this week, ending three weeks of"
        " falls, the Velland Motoring Association's weekly survey showed.",
    ),
    (
        "en-weekly-fuel/rise",
        "Unleaded up 0.6p at the pumps",
        "The VMA blames a weaker currency for the rise to 149.5p.",
    ),
    (
        "en-weekly-fuel/diesel",
        "Diesel falls below 155p for the first time since spring",
        "Diesel averaged 154.7p a litre this week, down 1.1p, while petrol held at 149.5p, "
        "according to the Velland Motoring Association's weekly price survey.",
    ),
    (
        "en-weekly-fuel/diesel",
        "Diesel down, petrol flat",
        "The VMA's weekly check finds diesel at 154.7p and unleaded unchanged.",
    ),
    # --- en: two call-outs to one mountain ridge in eight days
    (
        "en-rescue-scarn",
        "Two walkers rescued after night stranded on Scarn Ridge",
        "Garrow Mountain Rescue brought down two walkers from Scarn Ridge on Sunday morning after "
        "they spent 14 hours sheltering in a snow hole in winds of 60mph; both were treated for "
        "mild hypothermia.",
    ),
    (
        "en-rescue-scarn",
        "Snow hole saved our lives, say rescued pair",
        "The two walkers, both in their twenties, dug in near the summit when the blizzard hit.",
    ),
    (
        "en-rescue-scarn",
        "Garrow volunteers bring missing walkers off the hill",
        "Thirty-two team members and a search dog were called out on Saturday evening.",
    ),
    (
        "en-rescue-scarn/fall",
        "Climber airlifted after 30m fall on Scarn Ridge",
        "A climber was flown to hospital with leg and back injuries on Saturday after falling "
        "about 30 metres on the north face of Scarn Ridge, a week after two walkers were rescued "
        "from the same mountain.",
    ),
    (
        "en-rescue-scarn/fall",
        "Helicopter lifts injured climber off Scarn",
        "Garrow Mountain Rescue's second call-out to the ridge in eight days.",
    ),
    # --- en: an art theft, told by a flash, the numbers, a quote and an analysis
    (
        "en-theft-orrin",
        "Flash: painting stolen from Orrin Museum",
        "Police in Tallisford say a 17th-century portrait was taken overnight.",
    ),
    (
        "en-theft-orrin",
        "Thieves take £6m portrait in Orrin Museum raid",
        "A portrait valued at about £6 million was cut from its frame at the Orrin Museum in "
        "Tallisford early on Thursday by thieves who got in through a skylight, police said.",
    ),
    (
        "en-theft-orrin",
        "'They knew exactly what they wanted'",
        "Director Hana Bessel said the burglars ignored other works and went straight for 'Woman "
        "with a Lute', taken at 3.40am.",
    ),
    (
        "en-theft-orrin",
        "How a skylight undid one of Tallisford's best-guarded galleries",
        "Thursday's theft of a six-million-pound painting raises questions about an alarm system "
        "the museum upgraded only last year.",
    ),
    # --- en: a data breach, told by the number, the apology and a flash
    (
        "en-breach-pellmore",
        "Hackers steal data of 1.9m Pellmore Energy customers",
        "Energy supplier Pellmore said on Monday that names, addresses and bank details of about "
        "1.9 million customers were taken in a cyber attack discovered last week.",
    ),
    (
        "en-breach-pellmore",
        "Pellmore: 'We are deeply sorry'",
        "The supplier's chief executive apologised after criminals got into its billing system and"
        " copied account records.",
    ),
    (
        "en-breach-pellmore",
        "BREAKING: Energy firm confirms cyber attack",
        "Almost two million of its accounts were affected, Pellmore says.",
    ),
    # --- en: told by one outlet
    (
        "en-signing-esk",
        "Holmbury Rovers sign winger Tom Esk from Castlegate",
        "Holmbury Rovers have signed winger Tom Esk from Castlegate City for an undisclosed fee on"
        " a three-year contract, days after knocking his club out of the Northern Cup.",
    ),
    (
        "en-charging-vma",
        "Cost of public car charging up 9% in three months",
        "The Velland Motoring Association's quarterly check puts rapid charging at 79p per "
        "kilowatt-hour, up from 72.5p, as operators pass on higher grid fees.",
    ),
    (
        "en-seawall-lisdale",
        "Lisdale to get £14m sea wall",
        "Carrowmere county council approved plans on Thursday for a 1.2km concrete sea wall and "
        "flood gates to protect the harbour front of Lisdale, with work due to start next year.",
    ),
    # --- ru: two storms over one region a week apart
    (
        "ru-storm-zarechye",
        "Ураганный ветер оставил без света 120 сёл Заречной области",
        "Порывы ветра до 28 метров в секунду в ночь на среду повалили опоры линий электропередачи:"
        " без электричества остались около 46 тысяч жителей, сообщили в региональном управлении по"
        " чрезвычайным ситуациям.",
    ),
    (
        "ru-storm-zarechye",
        "В Заречной области из-за урагана погиб пенсионер",
        "На мужчину упало дерево в посёлке Вязовка; энергетики обещают вернуть свет во все сёла к "
        "пятнице.",
    ),
    (
        "ru-storm-zarechye",
        "46 тыс. человек без света после урагана",
        "Ремонтные бригады работают в 120 населённых пунктах.",
    ),
    (
        "ru-storm-zarechye/vtoroy",
        "Второй за неделю шторм обрушился на Заречную область",
        "Ветер до 32 м/с в понедельник сорвал крыши в Заречинске и закрыл морской порт; энергетики"
        " ещё не успели восстановить все линии после прошлого урагана.",
    ),
    (
        "ru-storm-zarechye/vtoroy",
        "Порт Заречинска закрыт из-за нового шторма",
        "Ветер сорвал крыши с 14 домов, пострадавших нет.",
    ),
    (
        "ru-storm-zarechye/vtoroy",
        "Заречная область: новый ураган, сорваны крыши, порт не работает",
        "Спасатели сообщают о порывах до 32 метров в секунду; жителей просят не выходить из домов "
        "без необходимости.",
    ),
    # --- ru: one city's weekly flu bulletin, two weeks
    (
        "ru-flu-novoransk",
        "Заболеваемость гриппом в Новоранске выросла на 18% за неделю",
        "За прошедшую неделю в городе зарегистрировано 9 412 случаев гриппа и ОРВИ, на 18 "
        "процентов больше, чем неделей ранее; эпидпорог превышен на 22%, сообщили в городском "
        "управлении здравоохранения.",
    ),
    (
        "ru-flu-novoransk",
        "Эпидпорог по гриппу в Новоранске превышен",
        "Врачи насчитали более девяти тысяч заболевших за семь дней.",
    ),
    (
        "ru-flu-novoransk",
        "Грипп наступает: в Новоранске почти 9,4 тыс. заболевших",
        "Школы пока не закрывают на карантин, но в городе отменены массовые мероприятия для детей.",
    ),
    (
        "ru-flu-novoransk/spad",
        "В Новоранске заболеваемость гриппом пошла на спад",
        "За неделю в городе выявили 8 750 случаев гриппа и ОРВИ, на 7% меньше, чем неделей ранее, "
        "однако эпидпорог всё ещё превышен, сообщили в управлении здравоохранения.",
    ),
    (
        "ru-flu-novoransk/spad",
        "Грипп отступает: минус 7% за неделю",
        "Запрет на детские праздники в Новоранске пока сохраняется.",
    ),
    # --- ru: told by one outlet
    (
        "ru-vokzal-zarechinsk",
        "В Заречинске открыли новый морской вокзал",
        "Здание на 600 пассажиров построили за два года; первые паромы на острова уйдут от нового "
        "причала в мае.",
    ),
    # --- de: a cup semi-final, previewed and reported
    (
        "de-match-haldenberg",
        "Pokal-Halbfinale: Haldenberg will gegen Rosswald ins Finale",
        "Der SC Haldenberg empfängt am Mittwochabend (20.30 Uhr) Eintracht Rosswald im Halbfinale "
        "des Landespokals; Trainer Jens Kübler muss auf Kapitän Marek Hollung verzichten, der "
        "gesperrt ist.",
    ),
    (
        "de-match-haldenberg",
        "Ohne Hollung gegen Rosswald",
        "Der Kapitän des SC Haldenberg fehlt im Halbfinale am Mittwoch.",
    ),
    (
        "de-match-haldenberg",
        "Kübler vor dem Pokalspiel: „Wir haben nichts zu verlieren“",
        "Haldenbergs Trainer sieht die Eintracht als Favoriten, hofft aber auf die Hilfe von "
        "14.000 Zuschauern im ausverkauften Stadion an der Lindenallee.",
    ),
    (
        "de-match-haldenberg/bericht",
        "Haldenberg nach Elfmeterschießen im Pokalfinale",
        "Der SC Haldenberg hat Eintracht Rosswald im Halbfinale des Landespokals mit 5:4 nach "
        "Elfmeterschießen besiegt; nach 120 Minuten hatte es 1:1 gestanden.",
    ),
    (
        "de-match-haldenberg/bericht",
        "Rosswald scheitert vom Punkt",
        "Torwart Nils Abend hält zwei Elfmeter für den SC Haldenberg.",
    ),
    (
        "de-match-haldenberg/bericht",
        "Pokal-Krimi an der Lindenallee: Haldenberg jubelt",
        "Vor 14.000 Zuschauern rettete sich der Zweitligist ohne seinen gesperrten Kapitän Hollung"
        " ins Elfmeterschießen und steht erstmals seit 1998 im Finale.",
    ),
    # --- de: two car suppliers' quarterly results on one day
    (
        "de-results-brautal",
        "Brautal steigert Gewinn im dritten Quartal um 12 Prozent",
        "Der Autozulieferer Brautal hat im dritten Quartal einen operativen Gewinn von 214 "
        "Millionen Euro erzielt, zwölf Prozent mehr als vor einem Jahr, und am Donnerstag seine "
        "Jahresprognose bestätigt.",
    ),
    (
        "de-results-brautal",
        "Brautal bestätigt die Prognose",
        "Der Zulieferer verdient im Quartal 214 Mio. €, die Aktie steigt um 4 %.",
    ),
    (
        "de-results-brautal",
        "Zulieferer Brautal trotzt der Autoflaute",
        "Vorstandschefin Greta Imhoff verweist auf Aufträge für Wärmepumpen, die den schwachen "
        "Absatz bei den Autokunden ausgleichen.",
    ),
    (
        "de-results-brautal/kessler",
        "Kessler Antriebe senkt Jahresziel nach schwachem Quartal",
        "Der Getriebehersteller Kessler Antriebe hat am Donnerstag seine Prognose gesenkt, nachdem"
        " der operative Gewinn im dritten Quartal um 31 Prozent auf 88 Millionen Euro gefallen "
        "war.",
    ),
    (
        "de-results-brautal/kessler",
        "Kessler-Aktie bricht ein",
        "Während Brautal seine Ziele bestätigt, kappt der Rivale die Prognose.",
    ),
    # --- de: two rescues on one lake in one week
    (
        "de-rescue-almsee",
        "Zwei Kinder auf dem Almsee aus Schlauchboot gerettet",
        "Die Wasserwacht hat am Sonntagnachmittag zwei Geschwister im Alter von acht und zehn "
        "Jahren gerettet, die mit einem Schlauchboot rund 800 Meter auf den Almsee hinausgetrieben"
        " waren.",
    ),
    (
        "de-rescue-almsee",
        "Ablandiger Wind treibt Geschwister auf den See hinaus",
        "Die Retter waren nach zwölf Minuten bei den Kindern, beide blieben unverletzt.",
    ),
    (
        "de-rescue-almsee",
        "Almsee: Wasserwacht rettet Kinder",
        "Das Boot der Geschwister war schon 800 m vom Ufer entfernt.",
    ),
    (
        "de-rescue-almsee/segler",
        "Segler kentert bei Sturmböen auf dem Almsee",
        "Eine Woche nach der Rettung zweier Kinder musste die Wasserwacht am Almsee erneut "
        "ausrücken: Ein 61-jähriger Segler war bei Böen von 70 km/h gekentert und trieb eine halbe"
        " Stunde im kalten Wasser.",
    ),
    (
        "de-rescue-almsee/segler",
        "Gekenterter Segler aus dem Almsee geborgen",
        "Der 61-Jährige kam unterkühlt ins Krankenhaus.",
    ),
    (
        "de-rescue-almsee/segler",
        "„Er hatte großes Glück“: Wasserwacht rettet Segler",
        "Der Mann hielt sich am gekenterten Boot fest, bis die Retter nach einer halben Stunde bei"
        " ihm waren.",
    ),
    # --- de: told by one outlet
    (
        "de-almstetten-aufsicht",
        "Almstetten stellt vier zusätzliche Rettungsschwimmer ein",
        "Die Gemeinde am Almsee will die Badeaufsicht ab dem Sommer auf sieben Tage die Woche "
        "ausweiten; die Kosten von 90.000 Euro trägt zur Hälfte der Landkreis.",
    ),
    # --- fr: one chef in two unrelated stories
    (
        "fr-person-delorme",
        "Manon Delorme décroche sa troisième étoile",
        "La cheffe Manon Delorme, 39 ans, a obtenu lundi une troisième étoile pour son restaurant "
        "Le Figuier, à Vauclaire, lors de la présentation du nouveau palmarès du guide "
        "gastronomique.",
    ),
    (
        "fr-person-delorme",
        "Trois étoiles pour Le Figuier",
        "La consécration pour la cheffe de Vauclaire.",
    ),
    (
        "fr-person-delorme",
        "« Je pense à toute mon équipe » : l'émotion de Manon Delorme",
        "Seule femme distinguée cette année au plus haut niveau du guide, la cheffe a ouvert son "
        "restaurant en 2014 avec quatre employés.",
    ),
    (
        "fr-person-delorme/cambriolage",
        "Le restaurant de Manon Delorme cambriolé",
        "Des voleurs ont dérobé dans la nuit de jeudi à vendredi une partie de la cave du Figuier,"
        " à Vauclaire, dont des bouteilles estimées à 60 000 euros, a indiqué la gendarmerie.",
    ),
    (
        "fr-person-delorme/cambriolage",
        "Vauclaire : la cave du Figuier pillée",
        "Le préjudice pour la cheffe étoilée est estimé à 60.000 €.",
    ),
    # --- fr: two sea rescues off one headland in one week
    (
        "fr-rescue-kerbihan",
        "Trois marins-pêcheurs secourus au large de la pointe de Kerbihan",
        "L'équipage du chalutier « Marie-Jo », qui prenait l'eau à six milles de la côte, a été "
        "hélitreuillé samedi matin par les secours en mer, selon la préfecture maritime.",
    ),
    (
        "fr-rescue-kerbihan",
        "Le chalutier Marie-Jo coule, son équipage sauvé",
        "Les trois hommes ont été hélitreuillés avant le naufrage.",
    ),
    (
        "fr-rescue-kerbihan",
        "Naufrage à Kerbihan : « nous avions de l'eau jusqu'aux genoux »",
        "Le patron du bateau raconte comment la voie d'eau s'est ouverte vers 5 heures, à 11 "
        "kilomètres de la pointe.",
    ),
    (
        "fr-rescue-kerbihan/kitesurf",
        "Un kitesurfeur secouru à la pointe de Kerbihan",
        "Cinq jours après le naufrage du chalutier Marie-Jo, les sauveteurs en mer de Kerbihan "
        "sont intervenus mercredi pour un kitesurfeur de 27 ans emporté au large par le vent.",
    ),
    (
        "fr-rescue-kerbihan/kitesurf",
        "Emporté au large, le kitesurfeur est sauvé après une heure dans l'eau",
        "Le jeune homme a été récupéré par la vedette de la station de Kerbihan.",
    ),
    # --- fr: two storms over one department a week apart
    (
        "fr-storm-morvene",
        "Tempête Léonie : 80 000 foyers privés d'électricité dans le Morvène",
        "Des rafales jusqu'à 142 km/h ont été relevées mardi sur le littoral du Morvène, où la "
        "tempête Léonie a arraché des toitures et privé d'électricité quelque 80 000 foyers.",
    ),
    (
        "fr-storm-morvene",
        "Léonie : des rafales à 142 km/h sur la côte",
        "Le département reste en vigilance rouge jusqu'à mercredi matin.",
    ),
    (
        "fr-storm-morvene",
        "Morvène : la tempête fait un blessé grave",
        "Un homme a été touché par une tôle arrachée à Port-Ellen, et 80.000 abonnés sont toujours"
        " sans courant.",
    ),
    (
        "fr-storm-morvene/mael",
        "Une semaine après Léonie, la tempête Maël frappe le Morvène",
        "Le département a de nouveau été balayé lundi par des vents de 120 km/h ; 25 000 foyers "
        "sont privés de courant, dont certains venaient à peine d'être rebranchés.",
    ),
    (
        "fr-storm-morvene/mael",
        "Nouvelle tempête dans le Morvène : 25 000 foyers sans électricité",
        "Maël provoque aussi des inondations dans le port de Port-Ellen.",
    ),
    # --- fr: told by one outlet
    (
        "fr-peche-morvene",
        "Le Morvène débloque 5 millions d'euros pour ses pêcheurs",
        "Le conseil départemental a voté jeudi une aide de 5 millions d'euros pour moderniser les "
        "chalutiers des ports du Morvène, dont une partie sera consacrée aux équipements de "
        "sécurité.",
    ),
    # --- es: two storms over one town a week apart
    (
        "es-storm-valdeluna",
        "El temporal inunda el centro de Valdeluna",
        "Las lluvias torrenciales del jueves, con 68 litros por metro cuadrado en apenas dos "
        "horas, anegaron calles y bajos del centro de Valdeluna y obligaron a rescatar a 14 "
        "personas atrapadas en sus coches.",
    ),
    (
        "es-storm-valdeluna",
        "Catorce rescatados en Valdeluna por la tromba de agua",
        "Los bomberos sacaron a los conductores atrapados en los pasos subterráneos de la ciudad.",
    ),
    (
        "es-storm-valdeluna",
        "Valdeluna: 68 l/m² en dos horas",
        "El ayuntamiento suspende las clases de este viernes.",
    ),
    (
        "es-storm-valdeluna/granizo",
        "Una granizada arrasa los viñedos de Valdeluna una semana después de las inundaciones",
        "Piedras del tamaño de una nuez cayeron el miércoles durante veinte minutos sobre unas "
        "1.200 hectáreas de viñedo, según la cooperativa agrícola de la comarca.",
    ),
    (
        "es-storm-valdeluna/granizo",
        "El granizo destroza 1200 hectáreas de viña en Valdeluna",
        "Los agricultores piden ayudas tras la segunda tormenta en ocho días.",
    ),
    (
        "es-storm-valdeluna/granizo",
        "«Hemos perdido la cosecha de todo el año»",
        "Los viticultores de Valdeluna calculan daños de más de seis millones de euros tras la "
        "granizada del miércoles.",
    ),
    # --- es: a derby, previewed and reported
    (
        "es-match-alcorza",
        "Alcorza y Marbena se juegan el liderato en el derbi del domingo",
        "El Real Alcorza, primero con 41 puntos, recibe el domingo a las 18.30 al Deportivo "
        "Marbena, segundo a dos puntos, en un estadio de La Ribera que colgará el cartel de no hay"
        " billetes.",
    ),
    (
        "es-match-alcorza",
        "Derbi por el liderato en La Ribera",
        "Alcorza y Marbena, separados por solo dos puntos en la tabla.",
    ),
    (
        "es-match-alcorza",
        "Ibarra: «Es un partido más, pero no lo es»",
        "El entrenador del Alcorza, Rubén Ibarra, recupera a su goleador Samu Quintela para el "
        "derbi ante el Marbena.",
    ),
    (
        "es-match-alcorza/cronica",
        "El Marbena gana en La Ribera y es el nuevo líder",
        "El Deportivo Marbena venció 0-2 al Real Alcorza el domingo con goles de Éric Solano y "
        "Matías Bru y supera a su rival en la clasificación por un punto.",
    ),
    (
        "es-match-alcorza/cronica",
        "Derbi para el Marbena: 0-2 en casa del Alcorza",
        "Solano y Bru firman el triunfo que da el liderato.",
    ),
    (
        "es-match-alcorza/cronica",
        "Noche amarga para Ibarra",
        "El Alcorza, con Quintela en el banquillo, cede el primer puesto tras perder el derbi ante"
        " su afición.",
    ),
    # --- es: told by one outlet
    (
        "es-renueva-ibarra",
        "El Real Alcorza renueva a Rubén Ibarra hasta 2028",
        "El club ha anunciado este martes la ampliación del contrato de su entrenador por dos "
        "temporadas más, tras la mejor primera vuelta de su historia.",
    ),
    # --- it: one weekly album chart, two weeks
    (
        "it-chart-ferri",
        "Giada Ferri resta in vetta alla classifica per la terza settimana",
        "L'album «Lumen» di Giada Ferri è ancora il disco più venduto del Paese: la classifica "
        "settimanale diffusa venerdì lo conferma al primo posto per la terza settimana di fila, "
        "davanti ai Cobalto.",
    ),
    (
        "it-chart-ferri",
        "«Lumen» ancora numero uno",
        "Terza settimana al vertice per la cantante ligure.",
    ),
    (
        "it-chart-ferri",
        "Classifica, tris di Giada Ferri: i Cobalto restano secondi",
        "Tra i singoli domina invece il rapper Dolo con «Vetri», primo per la seconda settimana "
        "consecutiva.",
    ),
    (
        "it-chart-ferri/cobalto",
        "I Cobalto conquistano la vetta, finisce il regno di Giada Ferri",
        "Con il nuovo album «Rame» i Cobalto debuttano al primo posto della classifica settimanale"
        " degli album, interrompendo dopo tre settimane il primato di «Lumen» di Giada Ferri.",
    ),
    (
        "it-chart-ferri/cobalto",
        "Classifica settimanale: «Rame» dei Cobalto subito al numero uno",
        "Ferri scende al secondo posto dopo tre settimane in testa.",
    ),
    (
        "it-chart-ferri/cobalto",
        "«Rame» scalza «Lumen»",
        "Primo posto al debutto per la band, Giada Ferri seconda.",
    ),
    # --- it: two banks' nine-month results on one day
    (
        "it-results-valtrevi",
        "Banca Valtrevi, utile record a 1,3 miliardi nei nove mesi",
        "Banca Valtrevi ha chiuso i primi nove mesi dell'anno con un utile netto di 1,32 miliardi "
        "di euro, in crescita del 22% sull'anno precedente, grazie al margine d'interesse.",
    ),
    (
        "it-results-valtrevi",
        "Valtrevi, utile in crescita del 22%",
        "La banca alza la cedola e annuncia un riacquisto di azioni da 400 milioni.",
    ),
    (
        "it-results-valtrevi",
        "Conti, Valtrevi batte le attese degli analisti",
        "L'amministratore delegato Paolo Serrani parla di «risultati solidi» e conferma un "
        "dividendo in aumento.",
    ),
    (
        "it-results-valtrevi/orbena",
        "Cassa di Risparmio di Orbena, utile in calo del 9%",
        "Nello stesso giorno dei conti di Banca Valtrevi, la Cassa di Risparmio di Orbena ha "
        "comunicato un utile netto nei nove mesi di 212 milioni di euro, in calo del 9% per "
        "maggiori accantonamenti sui crediti.",
    ),
    (
        "it-results-valtrevi/orbena",
        "Orbena, pesano gli accantonamenti: utile a 212 milioni",
        "Il titolo perde il 5% in Borsa.",
    ),
    # --- it: told by one outlet
    (
        "it-tour-ferri",
        "Giada Ferri annuncia il suo primo tour negli stadi",
        "La cantante sarà in concerto in sei stadi tra giugno e luglio; i biglietti per le date "
        "del tour saranno in vendita da lunedì alle 11.",
    ),
    # --- pt: a cup semi-final, previewed and reported
    (
        "pt-match-vilarense",
        "Vilarense e Ribeirinho decidem vaga na final da Taça",
        "O Vilarense recebe o Atlético Ribeirinho na quarta-feira, às 20h45, na segunda mão das "
        "meias-finais da Taça, depois do empate a uma bola na primeira partida.",
    ),
    (
        "pt-match-vilarense",
        "Taça: tudo em aberto no Estádio do Castelo",
        "Depois do 1-1 na primeira mão, o Vilarense joga em casa.",
    ),
    (
        "pt-match-vilarense",
        "Treinador do Ribeirinho: «Vamos para ganhar»",
        "Hélder Moura conta com o avançado Dário Lemos, recuperado de lesão, para o jogo decisivo "
        "em Vilar.",
    ),
    (
        "pt-match-vilarense/cronica",
        "Vilarense vence Ribeirinho e está na final da Taça",
        "O Vilarense bateu o Atlético Ribeirinho por 3-1 na quarta-feira, no Estádio do Castelo, e"
        " garantiu a presença na final da Taça, com dois golos de Rui Sarmento.",
    ),
    (
        "pt-match-vilarense/cronica",
        "Sarmento bisa e põe o Vilarense na final",
        "O Ribeirinho ainda reduziu por Dário Lemos, mas não evitou a eliminação.",
    ),
    (
        "pt-match-vilarense/cronica",
        "3-1 no Castelo: festa em Vilar",
        "Milhares de adeptos invadiram o relvado no fim do jogo.",
    ),
    # --- pt: one novelist in two unrelated stories
    (
        "pt-person-arraes",
        "Beatriz Arraes vence o Prémio Atlântico de Romance",
        "A escritora Beatriz Arraes, de 58 anos, foi distinguida na segunda-feira com o Prémio "
        "Atlântico de Romance, no valor de 50 mil euros, pelo livro «A Casa das Marés».",
    ),
    (
        "pt-person-arraes",
        "«A Casa das Marés» premiada",
        "O júri destacou a escrita da autora de Vilar.",
    ),
    (
        "pt-person-arraes",
        "Arraes: «Este prémio é das leitoras que me acompanham há trinta anos»",
        "O romance vencedor, sobre três gerações de mulheres de uma família de pescadores, já "
        "vendeu 40.000 exemplares.",
    ),
    (
        "pt-person-arraes/academia",
        "Beatriz Arraes eleita para a Academia de Letras",
        "A romancista Beatriz Arraes foi eleita na quinta-feira para a cadeira número 12 da "
        "Academia de Letras, sucedendo ao poeta Jorge Tavares, que morreu em março.",
    ),
    (
        "pt-person-arraes/academia",
        "Arraes ocupa a cadeira 12 da Academia",
        "A autora de «A Casa das Marés» toma posse em junho.",
    ),
    # --- pt: told by one outlet
    (
        "pt-relvado-castelo",
        "Estádio do Castelo vai ter relvado novo",
        "A câmara de Vilar aprovou 1,8 milhões de euros para substituir o relvado e a iluminação "
        "do estádio do Vilarense durante o verão.",
    ),
    # --- nl: one lake's weekly swimming water check, two weeks
    (
        "nl-blauwalg-veenmeer",
        "Negatief zwemadvies voor drie zwemplekken in het Veenmeer",
        "Bij de wekelijkse controle van het zwemwater is op drie plekken in het Veenmeer blauwalg "
        "aangetroffen; de provincie raadt zwemmen daar af tot de volgende meting.",
    ),
    (
        "nl-blauwalg-veenmeer",
        "Blauwalg in het Veenmeer: niet zwemmen",
        "Het gaat om de stranden bij Oosthoek, De Punt en Meerzicht.",
    ),
    (
        "nl-blauwalg-veenmeer",
        "Provincie waarschuwt zwemmers voor blauwalg",
        "Vooral kinderen en honden lopen risico, want het water kan huiduitslag en maagklachten "
        "veroorzaken, aldus de provincie na de meting van dinsdag.",
    ),
    (
        "nl-blauwalg-veenmeer/week",
        "Negatief zwemadvies bij Oosthoek en De Punt ingetrokken",
        "Een week na de vondst van blauwalg laat de nieuwe wekelijkse meting zien dat op twee van "
        "de drie plekken in het Veenmeer weer veilig gezwommen kan worden; bij Meerzicht blijft "
        "het advies gelden.",
    ),
    (
        "nl-blauwalg-veenmeer/week",
        "Weer zwemmen bij Oosthoek",
        "Alleen bij Meerzicht is nog te veel blauwalg gemeten.",
    ),
    # --- nl: two rescues off one island in one week
    (
        "nl-redding-schiermonde",
        "Twee wadlopers van zandplaat gered bij Schiermonde",
        "Een reddingsboot heeft zondagavond twee wadlopers van een zandplaat bij Schiermonde "
        "gehaald nadat ze door het opkomende water waren ingesloten; ze waren onderkoeld maar "
        "ongedeerd.",
    ),
    (
        "nl-redding-schiermonde",
        "Wadlopers ingesloten door de vloed",
        "Het tweetal belde zelf 112 toen het water steeg.",
    ),
    (
        "nl-redding-schiermonde",
        "Reddingsboot haalt ingesloten wandelaars van het wad",
        "De twee toeristen, 24 en 26 jaar, liepen zonder gids en hadden het getij verkeerd "
        "ingeschat.",
    ),
    (
        "nl-redding-schiermonde/kite",
        "Opnieuw redding bij Schiermonde: kitesurfer uit zee gehaald",
        "Vier dagen na de redding van twee wadlopers moest de reddingsboot van Schiermonde "
        "woensdag opnieuw uitvaren, nu voor een kitesurfer van 31 die zijn vlieger kwijt was.",
    ),
    (
        "nl-redding-schiermonde/kite",
        "Kitesurfer gered voor de kust van Schiermonde",
        "De man dreef ruim een uur in het water.",
    ),
    (
        "nl-redding-schiermonde/kite",
        "Kitesurfer verliest vlieger, reddingsboot moet weer uitvaren",
        "Het is de tweede keer in een week dat de redders van Schiermonde in actie komen.",
    ),
    # --- nl: told by one outlet
    (
        "nl-boot-schiermonde",
        "Schiermonde krijgt een nieuwe reddingsboot",
        "Het nieuwe schip is sneller dan de oude boot en kan ook bij laag water over de platen "
        "varen; de doop is in april.",
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two storms over one region a week apart": (
        "en-storm-carrowmere/petra",
        "ru-storm-zarechye/vtoroy",
        "fr-storm-morvene/mael",
        "es-storm-valdeluna/granizo",
    ),
    "a match preview and its report": (
        "en-match-holmbury/report",
        "en-fight-adeyemi/result",
        "de-match-haldenberg/bericht",
        "es-match-alcorza/cronica",
        "pt-match-vilarense/cronica",
    ),
    "two firms' results on one day": (
        "en-results-grinvale/marlow",
        "en-results-harrowgate/northcourt",
        "de-results-brautal/kessler",
        "it-results-valtrevi/orbena",
    ),
    "one person in two unrelated stories": (
        "en-person-hartigan/lawsuit",
        "en-person-coyle/fall",
        "fr-person-delorme/cambriolage",
        "pt-person-arraes/academia",
    ),
    "one recurring weekly report, another week": (
        "en-weekly-fuel/rise",
        "en-weekly-fuel/diesel",
        "ru-flu-novoransk/spad",
        "it-chart-ferri/cobalto",
        "nl-blauwalg-veenmeer/week",
    ),
    "two rescues at one place in one week": (
        "en-rescue-scarn/fall",
        "de-rescue-almsee/segler",
        "fr-rescue-kerbihan/kitesurf",
        "nl-redding-schiermonde/kite",
    ),
}
