"""Labelled feed items for bench/stories.py: fictional news written for this benchmark.

Each entry is (story, title, lead): items with the same story label are one story told by
different outlets (rewritten titles, reordered leads); labels ending in a letter suffix after a
slash are hard negatives of the story before the slash (same topic, another event: two
earthquakes, a match preview and its report). All texts are invented; no real outlet's text.
The stories' rules were tuned looking at the first HELD_OUT_FROM items only.
"""

from __future__ import annotations

HELD_OUT_FROM = 83  # items from this index on were written after bot.digest.stories was tuned

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- quake
    (
        "quake",
        "Magnitude 6.1 earthquake shakes eastern Varnia",
        "A 6.1 magnitude earthquake struck eastern Varnia early on Tuesday, damaging old houses in "
        "the hill town of Kesh; no deaths were reported.",
    ),
    (
        "quake",
        "Strong quake hits Varnia's east, old homes in Kesh damaged",
        "The 6.1 tremor hit before dawn on Tuesday. Rescuers in Kesh found cracked walls and "
        "fallen roofs but no casualties, officials said.",
    ),
    (
        "quake",
        "Varnia earthquake: no deaths after 6.1 tremor near Kesh",
        "Officials said no one died when a magnitude 6.1 earthquake rocked the east of Varnia on "
        "Tuesday morning, though several old houses in Kesh were damaged.",
    ),
    (
        "quake/b",
        "Magnitude 5.4 earthquake hits Varnia's southern coast",
        "A 5.4 magnitude quake struck off the southern coast of Varnia on Friday, rattling windows "
        "in the port of Odel; there was no tsunami warning.",
    ),
    (
        "quake/b",
        "Coastal tremor of 5.4 rattles Odel port",
        "Windows shook in Odel on Friday when a 5.4 earthquake hit offshore. Authorities issued no "
        "tsunami warning.",
    ),
    # --- derby preview and report
    (
        "derby",
        "Larsvik beat Holm 2-1 in dramatic derby",
        "A late header from Jonas Berg gave Larsvik a 2-1 win over Holm on Sunday in front of "
        "18,000 fans at the harbour stadium.",
    ),
    (
        "derby",
        "Berg header settles derby as Larsvik edge Holm 2-1",
        "Jonas Berg scored in the 88th minute to give Larsvik a 2-1 derby victory over Holm on "
        "Sunday before 18,000 supporters.",
    ),
    (
        "derby",
        "Late Berg goal wins it: Larsvik 2, Holm 1",
        "Larsvik came from behind to beat rivals Holm 2-1 on Sunday, Jonas Berg heading the "
        "winner two minutes from time.",
    ),
    (
        "derby/preview",
        "Larsvik host Holm in derby with Berg doubtful",
        "Larsvik welcome Holm on Sunday for the season's first derby, but striker Jonas Berg is a "
        "doubt with a knee injury, the coach said.",
    ),
    (
        "derby/preview",
        "Derby preview: Holm travel to Larsvik, Berg injury worry",
        "The coach of Larsvik said Jonas Berg may miss Sunday's derby against Holm because of a "
        "knee problem; the harbour stadium is sold out.",
    ),
    # --- bridge
    (
        "bridge",
        "Swing bridge in Larsvik to close for three months of repairs",
        "The swing bridge over the Larsvik canal will close to traffic from 1 March for three "
        "months while engineers replace its rusted gears, the council said.",
    ),
    (
        "bridge",
        "Larsvik swing bridge shuts for three months from March",
        "Engineers will replace the rusted gears of the Larsvik canal swing bridge, which closes "
        "to traffic on 1 March for three months, the council announced.",
    ),
    (
        "bridge",
        "Canal bridge closure: Larsvik council sets three-month repair",
        "Larsvik council said the canal swing bridge closes on 1 March for three months of "
        "repairs to its rusted gears; buses will use the ring road.",
    ),
    (
        "bridge/new",
        "Larsvik council approves new road bridge over the fjord",
        "The council voted to build a new road bridge across the Larsvik fjord, due to open in "
        "2029; construction starts next spring.",
    ),
    # --- central bank
    (
        "rates",
        "Central bank of Varnia raises rates to 4.5%",
        "The Varnian central bank raised its main interest rate by a quarter point to 4.5% on "
        "Thursday, citing stubborn inflation in food and energy.",
    ),
    (
        "rates",
        "Varnia lifts key rate a quarter point to 4.5% as inflation lingers",
        "Policymakers in Varnia increased the benchmark rate to 4.5% on Thursday, saying food and "
        "energy prices were still rising too fast.",
    ),
    (
        "rates",
        "Interest rate hike: Varnian central bank moves to 4.5%",
        "Borrowing costs in Varnia rose on Thursday after the central bank lifted its key rate by "
        "25 basis points to 4.5% to fight inflation.",
    ),
    (
        "rates/hold",
        "Varnian central bank holds rates at 4.25%",
        "The central bank of Varnia left its main interest rate unchanged at 4.25% on Thursday, "
        "saying inflation was slowing.",
    ),
    # --- library
    (
        "library",
        "Town library to stay open until midnight",
        "Larsvik's library will stay open until midnight on weekdays from January after a "
        "petition signed by 2,300 students, the council decided.",
    ),
    (
        "library",
        "After student petition, Larsvik library extends hours to midnight",
        "A petition with 2,300 signatures persuaded the council: from January the Larsvik town "
        "library stays open until midnight on weekdays.",
    ),
    (
        "library",
        "Midnight opening for Larsvik library from January",
        "Students who signed a 2,300-name petition won longer library hours; the Larsvik library "
        "will close at midnight on weekdays from January.",
    ),
    (
        "library/closure",
        "Holm library to close two branches",
        "Holm council will close two of its five library branches in January to save money, "
        "despite a petition from readers.",
    ),
    # --- ferry
    (
        "ferry",
        "Night ferry to the islands gets a second boat",
        "From January the night ferry between Larsvik and the outer islands will run twice an "
        "hour, after the operator leased a second boat.",
    ),
    (
        "ferry",
        "Second boat doubles night ferry service to the islands",
        "The operator of the Larsvik island ferry has leased another vessel, so night sailings to "
        "the outer islands run every half hour from January.",
    ),
    (
        "ferry",
        "Island night ferries every 30 minutes from January",
        "A second leased boat will let the night ferry from Larsvik to the outer islands sail "
        "twice an hour from January, the operator said.",
    ),
    (
        "ferry/strike",
        "Ferry crews on the island route call a strike",
        "Crews of the Larsvik island ferry will strike for 24 hours on Monday over pay, the union "
        "said; no night sailings will run.",
    ),
    # --- election
    (
        "election",
        "Anna Holt wins Larsvik mayoral election",
        "Anna Holt of the Green Coast party won the Larsvik mayoral election on Sunday with 54% of "
        "the vote, defeating the incumbent Per Ekman.",
    ),
    (
        "election",
        "Holt ousts Ekman to become Larsvik mayor",
        "Green Coast candidate Anna Holt took 54% of the vote on Sunday and unseated mayor Per "
        "Ekman after two terms.",
    ),
    (
        "election",
        "Larsvik elects Anna Holt as mayor with 54%",
        "Voters in Larsvik chose Anna Holt as their new mayor on Sunday; she beat Per Ekman with "
        "54% of the ballots.",
    ),
    (
        "election/debate",
        "Holt and Ekman clash in mayoral debate",
        "Anna Holt and mayor Per Ekman clashed over housing and buses in a televised debate on "
        "Wednesday, four days before the Larsvik election.",
    ),
    # --- wildfire
    (
        "fire",
        "Wildfire forces evacuation of 300 near Kesh",
        "About 300 residents of villages near Kesh were evacuated on Saturday as a wildfire "
        "spread through dry pine forest, firefighters said.",
    ),
    (
        "fire",
        "300 evacuated as forest fire spreads near Kesh",
        "Firefighters ordered some 300 people out of their homes near Kesh on Saturday when a "
        "blaze raced through dry pine woods.",
    ),
    (
        "fire",
        "Kesh villages evacuated as pine forest burns",
        "A wildfire in dry pine forest around Kesh led to the evacuation of around 300 villagers "
        "on Saturday.",
    ),
    (
        "fire/contained",
        "Firefighters contain wildfire near Odel",
        "A wildfire near Odel was contained on Monday after burning 40 hectares of scrub; no homes "
        "were evacuated, firefighters said.",
    ),
    # --- tech
    (
        "phone",
        "Norra unveils foldable phone priced at 1,299 euros",
        "Varnian maker Norra showed its first foldable phone on Wednesday, priced at 1,299 euros "
        "and shipping in March.",
    ),
    (
        "phone",
        "Norra's first foldable goes on sale in March for 1,299 euros",
        "The foldable handset from Norra will cost 1,299 euros when it ships in March, the company "
        "said at its launch event on Wednesday.",
    ),
    (
        "phone",
        "Foldable Norra phone: 1,299 euros, March release",
        "Norra entered the foldable market on Wednesday with a phone costing 1,299 euros that "
        "reaches shops in March.",
    ),
    (
        "phone/recall",
        "Norra recalls 20,000 phones over battery fault",
        "Norra is recalling 20,000 of its older phones because a battery fault can make them "
        "overheat, the company said on Monday.",
    ),
    # --- strike at port
    (
        "port",
        "Dock workers at Odel port strike over pay",
        "Dock workers at the port of Odel walked out on Monday demanding a 7% raise, leaving "
        "container ships waiting offshore.",
    ),
    (
        "port",
        "Odel port halted as dockers walk out for 7% raise",
        "Container ships queued outside Odel on Monday after dock workers went on strike for a 7% "
        "pay rise.",
    ),
    (
        "port",
        "Strike at Odel: dockers want 7% more",
        "The dockers' union at Odel port began a strike on Monday over its demand for 7% higher "
        "pay; ships are waiting at anchor.",
    ),
    (
        "port/deal",
        "Odel dockers accept 5% pay deal, end strike",
        "Dock workers at Odel voted on Thursday to accept a 5% raise, ending a four-day strike.",
    ),
    # --- museum
    (
        "museum",
        "Stolen painting returned to Larsvik museum",
        "A seascape stolen from the Larsvik art museum in 2019 has been returned after police "
        "found it in a private collection, the museum said.",
    ),
    (
        "museum",
        "Police recover seascape taken from Larsvik museum in 2019",
        "The seascape stolen from Larsvik's art museum in 2019 is back on its wall after police "
        "traced it to a private collector.",
    ),
    (
        "museum",
        "Larsvik art museum gets stolen seascape back",
        "Police found the painting, stolen in 2019, in a private collection and returned it to the "
        "Larsvik art museum on Tuesday.",
    ),
    (
        "museum/expo",
        "Larsvik museum opens seascape exhibition",
        "The Larsvik art museum opened an exhibition of 60 seascapes by local painters on "
        "Saturday; it runs until June.",
    ),
    # --- snow
    (
        "snow",
        "Heavy snow closes Kesh mountain pass",
        "The mountain pass above Kesh was closed on Wednesday after 80 cm of snow fell overnight; "
        "drivers were told to use the valley road.",
    ),
    (
        "snow",
        "80 cm of snow shuts pass above Kesh",
        "Road crews closed the Kesh mountain pass on Wednesday after 80 centimetres of overnight "
        "snow, sending traffic to the valley road.",
    ),
    (
        "snow",
        "Kesh pass closed after overnight snowfall of 80 cm",
        "Drivers heading over the mountains must take the valley road: the pass above Kesh is shut "
        "after 80 cm of snow.",
    ),
    (
        "snow/open",
        "Kesh mountain pass reopens after snow clearance",
        "The pass above Kesh reopened on Friday after crews cleared the snow; chains remain "
        "compulsory.",
    ),
    # --- hospital
    (
        "hospital",
        "New children's hospital opens in Odel",
        "A children's hospital with 120 beds opened in Odel on Monday, ending long trips to the "
        "capital for young patients from the south.",
    ),
    (
        "hospital",
        "Odel's 120-bed children's hospital admits first patients",
        "The first young patients were admitted on Monday to Odel's new children's hospital, which "
        "has 120 beds and serves the whole south.",
    ),
    (
        "hospital",
        "Children in the south get their own hospital in Odel",
        "Families in southern Varnia no longer need to travel to the capital: a 120-bed children's "
        "hospital opened in Odel on Monday.",
    ),
    (
        "hospital/wait",
        "Waiting lists grow at Odel general hospital",
        "Patients at Odel general hospital wait an average of 14 weeks for surgery, up from 9 a "
        "year ago, figures showed.",
    ),
    # --- marathon
    (
        "marathon",
        "Kenyan runner Otieno wins Larsvik marathon in record time",
        "Peter Otieno won the Larsvik marathon on Sunday in 2:07:41, breaking the course record by "
        "more than a minute.",
    ),
    (
        "marathon",
        "Otieno smashes Larsvik marathon record",
        "Peter Otieno crossed the line in 2:07:41 on Sunday, taking over a minute off the Larsvik "
        "marathon course record.",
    ),
    (
        "marathon",
        "Course record falls as Otieno takes Larsvik marathon",
        "In 2:07:41, Peter Otieno won Sunday's Larsvik marathon and set a new course record.",
    ),
    (
        "marathon/women",
        "Lind wins women's race at Larsvik marathon",
        "Marta Lind won the women's race of the Larsvik marathon on Sunday in 2:24:10, her first "
        "marathon victory.",
    ),
    # --- trains
    (
        "trains",
        "Rail line from Larsvik to Holm to close for upgrade",
        "The railway between Larsvik and Holm will close for six weeks in summer while the track "
        "is electrified; buses will replace trains.",
    ),
    (
        "trains",
        "Six-week closure of Larsvik-Holm line for electrification",
        "Trains between Larsvik and Holm will be replaced by buses for six weeks this summer while "
        "the line is electrified, the rail operator said.",
    ),
    (
        "trains",
        "Buses replace Larsvik-Holm trains for six weeks",
        "Electrification work will shut the Larsvik to Holm railway for six weeks in summer, with "
        "replacement buses running.",
    ),
    (
        "trains/fares",
        "Rail fares in Varnia to rise 3% in January",
        "Train tickets across Varnia will cost 3% more from January, the rail operator said, "
        "citing energy costs.",
    ),
    # --- Russian
    (
        "ru-metro",
        "В Оделе открыли новую линию метро",
        "Новая линия метро длиной 12 километров открылась в Оделе в субботу; на ней семь станций.",
    ),
    (
        "ru-metro",
        "Одель: первая поездка по новой ветке метро из семи станций",
        "В субботу в Оделе запустили новую ветку метро: 12 километров и семь станций.",
    ),
    (
        "ru-metro",
        "Метро Оделя выросло на 12 километров",
        "Семь новых станций и 12 километров путей: в субботу в Оделе открылась новая линия метро.",
    ),
    (
        "ru-metro/delay",
        "Открытие второй линии метро в Оделе отложено",
        "Вторую линию метро в Оделе откроют на год позже, сообщили в мэрии в понедельник.",
    ),
    (
        "ru-flood",
        "Наводнение в Кеше: эвакуированы 500 человек",
        "Из-за разлива реки в Кеше в четверг эвакуировали около 500 жителей, сообщили спасатели.",
    ),
    (
        "ru-flood",
        "Река вышла из берегов в Кеше, 500 жителей эвакуированы",
        "Спасатели вывезли около 500 человек из затопленных районов Кеша в четверг.",
    ),
    (
        "ru-flood",
        "В Кеше из-за паводка эвакуировали 500 жителей",
        "Паводок в Кеше: в четверг около 500 жителей покинули дома, сообщили спасатели.",
    ),
    (
        "ru-flood/dam",
        "В Кеше начали строить новую дамбу",
        "Строительство дамбы длиной 3 километра началось в Кеше, чтобы защитить город от "
        "наводнений.",
    ),
    # --- German
    (
        "de-zoo",
        "Zoo Larsvik: Eisbärin bringt Zwillinge zur Welt",
        "Im Zoo Larsvik hat die Eisbärin Mira am Montag Zwillinge geboren; beide Jungtiere sind "
        "gesund, teilte der Zoo mit.",
    ),
    (
        "de-zoo",
        "Eisbär-Zwillinge im Zoo Larsvik geboren",
        "Die Eisbärin Mira ist Mutter von Zwillingen geworden: Der Zoo Larsvik meldete am Montag "
        "die Geburt von zwei gesunden Jungtieren.",
    ),
    (
        "de-zoo",
        "Doppelter Nachwuchs bei Eisbärin Mira in Larsvik",
        "Zwei gesunde Jungtiere: Eisbärin Mira hat im Zoo Larsvik am Montag Zwillinge zur Welt "
        "gebracht.",
    ),
    (
        "de-zoo/panda",
        "Zoo Larsvik bekommt zwei Pandas aus China",
        "Der Zoo Larsvik erhält im Frühjahr zwei Große Pandas als Leihgabe aus China, teilte die "
        "Stadt am Montag mit.",
    ),
    # --- same-topic, different-event pairs without numbers
    (
        "mayor-bikes",
        "Larsvik mayor unveils plan for car-free old town",
        "Mayor Anna Holt presented a plan to ban cars from the old town of Larsvik and add bike "
        "lanes along the harbour.",
    ),
    (
        "mayor-bikes",
        "Holt wants cars out of Larsvik's old town",
        "Cars would be banned from Larsvik's old town and bike lanes built along the harbour under "
        "a plan presented by mayor Anna Holt.",
    ),
    (
        "mayor-bikes/parking",
        "Larsvik mayor scraps harbour parking fees",
        "Mayor Anna Holt said parking along the Larsvik harbour will be free again, reversing a "
        "fee introduced by her predecessor.",
    ),
    (
        "bakery",
        "Beloved Holm bakery closes after 90 years",
        "The Nilsen bakery in Holm, run by the same family for 90 years, closed its doors on "
        "Saturday as the owners retire.",
    ),
    (
        "bakery",
        "Nilsen bakery in Holm shuts after nine decades",
        "After 90 years in one family, Holm's Nilsen bakery baked its last loaves on Saturday; the "
        "owners are retiring.",
    ),
    (
        "bakery/opens",
        "New bakery opens in Holm market hall",
        "A new bakery opened in the Holm market hall on Saturday, selling sourdough and cinnamon "
        "buns.",
    ),
    (
        "whale",
        "Whale spotted in Larsvik harbour",
        "A humpback whale swam into Larsvik harbour on Tuesday morning, drawing crowds to the "
        "quay before it headed back out to sea.",
    ),
    (
        "whale",
        "Humpback whale visits Larsvik harbour, crowds gather",
        "Hundreds watched from the quay on Tuesday as a humpback whale spent the morning in "
        "Larsvik harbour before swimming out to sea.",
    ),
    (
        "whale/stranded",
        "Dead whale washes up on beach near Odel",
        "A dead fin whale washed up on a beach near Odel on Tuesday; scientists will examine it to "
        "find out how it died.",
    ),
    # --- written after the thresholds were chosen: the held-out part (HELD_OUT_FROM)
    (
        "airport",
        "Odel airport opens second runway",
        "A second runway opened at Odel airport on Wednesday, letting it handle 40 flights an hour "
        "instead of 25.",
    ),
    (
        "airport",
        "Second runway at Odel lifts capacity to 40 flights an hour",
        "Odel airport can now handle 40 flights an hour after its second runway opened on "
        "Wednesday, up from 25.",
    ),
    (
        "airport",
        "Odel's new runway in service from Wednesday",
        "Flights began using the new second runway at Odel airport on Wednesday; capacity rises "
        "from 25 to 40 movements an hour.",
    ),
    (
        "airport/fog",
        "Fog grounds flights at Odel airport",
        "Thick fog cancelled 30 flights at Odel airport on Thursday morning; departures resumed "
        "in the afternoon.",
    ),
    (
        "airport/fog",
        "Thirty flights cancelled as fog shuts Odel airport",
        "Fog forced Odel airport to cancel 30 flights on Thursday morning before conditions "
        "improved in the afternoon.",
    ),
    (
        "ceo",
        "Norra chief executive Lena Vik resigns",
        "Lena Vik stepped down as chief executive of phone maker Norra on Friday after eight "
        "years, the company said, without giving a reason.",
    ),
    (
        "ceo",
        "Lena Vik quits as Norra CEO after eight years",
        "Norra said on Friday its chief executive Lena Vik had resigned after eight years at the "
        "helm; no reason was given.",
    ),
    (
        "ceo/profit",
        "Norra profit falls 12% on weak phone sales",
        "Phone maker Norra reported a 12% fall in quarterly profit on Friday as sales of its "
        "cheaper models slowed.",
    ),
    (
        "ceo/profit",
        "Weak sales cut Norra's quarterly profit by 12%",
        "Norra's profit fell 12% in the quarter, the company said on Friday, blaming slower sales "
        "of budget phones.",
    ),
    (
        "school",
        "Holm school closed after roof collapse",
        "Part of the roof of Holm secondary school collapsed under snow on Sunday night; the "
        "school will stay closed this week, and nobody was inside.",
    ),
    (
        "school",
        "Snow brings down roof at Holm secondary school",
        "The roof of Holm's secondary school partly caved in under heavy snow on Sunday night. "
        "Classes are cancelled for the week; no one was hurt.",
    ),
    (
        "school/new",
        "Holm to build new secondary school by 2028",
        "Holm council approved plans for a new secondary school to open in 2028 next to the sports "
        "ground.",
    ),
    (
        "concert",
        "Larsvik orchestra cancels concert after conductor falls ill",
        "The Larsvik symphony orchestra called off Friday's concert because its conductor, Erik "
        "Sand, is ill; tickets will be refunded.",
    ),
    (
        "concert",
        "Conductor's illness forces Larsvik symphony to cancel Friday show",
        "Erik Sand, conductor of the Larsvik symphony orchestra, is ill, so Friday's concert is "
        "cancelled and tickets refunded.",
    ),
    (
        "concert/season",
        "Larsvik symphony announces new season",
        "The Larsvik symphony orchestra presented its new season on Friday, with twelve concerts "
        "under conductor Erik Sand.",
    ),
    (
        "ru-bridge",
        "В Холме закрыли мост на ремонт",
        "Мост через реку в Холме закрыли на ремонт на два месяца, сообщила администрация во "
        "вторник.",
    ),
    (
        "ru-bridge",
        "Мост в Холме на два месяца закрыт для ремонта",
        "Во вторник администрация Холма закрыла мост через реку: ремонт займёт два месяца.",
    ),
    (
        "ru-bridge/toll",
        "В Холме ввели плату за проезд по мосту",
        "С понедельника проезд по новому мосту в Холме станет платным, сообщила администрация.",
    ),
    (
        "de-rain",
        "Starkregen überflutet Keller in Holm",
        "Nach heftigem Regen standen am Dienstag in Holm Dutzende Keller unter Wasser; die "
        "Feuerwehr war die ganze Nacht im Einsatz.",
    ),
    (
        "de-rain",
        "Holm: Feuerwehr pumpt nach Unwetter Keller leer",
        "Heftiger Regen hat am Dienstag in Holm Dutzende Keller geflutet. Die Feuerwehr pumpte "
        "die ganze Nacht.",
    ),
    (
        "de-rain/heat",
        "Hitzewelle: Holm öffnet Freibäder länger",
        "Wegen der Hitze bleiben die Freibäder in Holm ab Dienstag bis 22 Uhr geöffnet.",
    ),
    (
        "lottery",
        "Odel pensioner wins 3 million in national lottery",
        "A retired teacher from Odel won 3 million crowns in Saturday's national lottery draw and "
        "said she would buy a boat.",
    ),
    (
        "lottery",
        "Retired Odel teacher scoops 3 million lottery jackpot",
        "Saturday's 3 million crown jackpot went to a pensioner in Odel, a former teacher who "
        "plans to buy a boat.",
    ),
    (
        "lottery/rollover",
        "No winner in lottery draw, jackpot rolls over to 5 million",
        "Nobody matched all numbers in Saturday's national lottery, so next week's jackpot rises "
        "to 5 million crowns.",
    ),
    (
        "tram",
        "Larsvik tram derails, four passengers hurt",
        "A tram came off the rails at the Larsvik central station on Tuesday evening, injuring "
        "four passengers slightly, the transport company said.",
    ),
    (
        "tram",
        "Four hurt as tram leaves the track at Larsvik station",
        "Four people suffered minor injuries on Tuesday evening when a tram derailed near "
        "Larsvik's central station.",
    ),
    (
        "tram",
        "Tram derailment at Larsvik central station injures four",
        "The transport company said four passengers were slightly hurt when a tram derailed at "
        "Larsvik central station on Tuesday.",
    ),
    (
        "tram/line",
        "Larsvik to build tram line to the university",
        "The city council approved a new tram line from Larsvik central station to the "
        "university campus, to open in 2030.",
    ),
    (
        "wolf",
        "Wolf seen near Kesh for the first time in 50 years",
        "Hikers photographed a wolf in the forest above Kesh on Sunday, the first sighting in the "
        "area for 50 years, wildlife officials confirmed.",
    ),
    (
        "wolf",
        "Wildlife officials confirm wolf sighting above Kesh",
        "A wolf photographed by hikers on Sunday in the woods above Kesh is the first seen there "
        "in 50 years, officials said.",
    ),
    (
        "wolf/sheep",
        "Farmers near Kesh report sheep killed by wild animal",
        "Three farmers near Kesh said on Thursday that 12 sheep had been killed overnight; "
        "officials are investigating which animal was responsible.",
    ),
    (
        "budget",
        "Larsvik council passes budget with higher bus subsidies",
        "The Larsvik council approved next year's budget on Monday, raising bus subsidies by 15% "
        "and freezing local taxes.",
    ),
    (
        "budget",
        "Bus subsidies up 15% as Larsvik adopts budget",
        "Larsvik's budget for next year, passed on Monday, lifts subsidies for buses by 15% while "
        "local taxes stay the same.",
    ),
    (
        "budget/protest",
        "Bus drivers protest outside Larsvik town hall",
        "About 200 bus drivers rallied outside Larsvik town hall on Monday to demand better "
        "working hours.",
    ),
    (
        "ru-school",
        "В Холме открылась новая школа на 800 учеников",
        "Новая школа на 800 учеников открылась в Холме в понедельник; в ней есть бассейн и "
        "обсерватория.",
    ),
    (
        "ru-school",
        "Школа с бассейном и обсерваторией открылась в Холме",
        "В понедельник в Холме приняла первых учеников новая школа на 800 мест с бассейном и "
        "обсерваторией.",
    ),
    (
        "ru-school/repair",
        "В школах Холма начался ремонт",
        "Летний ремонт начался в пяти школах Холма; работы закончат к сентябрю.",
    ),
    (
        "de-train",
        "Zugausfall zwischen Larsvik und Holm wegen Sturm",
        "Wegen umgestürzter Bäume fallen am Mittwoch alle Züge zwischen Larsvik und Holm aus, "
        "teilte die Bahn mit.",
    ),
    (
        "de-train",
        "Sturm: Bahnstrecke Larsvik-Holm gesperrt",
        "Umgestürzte Bäume blockieren die Strecke zwischen Larsvik und Holm; am Mittwoch fahren "
        "dort keine Züge, so die Bahn.",
    ),
    (
        "de-train/fahrplan",
        "Neuer Fahrplan: mehr Züge zwischen Larsvik und Holm",
        "Ab Dezember fahren zwischen Larsvik und Holm stündlich Züge statt alle zwei Stunden, "
        "teilte die Bahn mit.",
    ),
)
