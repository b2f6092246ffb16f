"""Labelled feed items for bench/stories.py: fictional news written for this benchmark.

Each entry is (story, title, lead): items with the same story label are one story told by
different outlets (rewritten titles, reordered leads); labels with a suffix after a slash are hard
negatives of the story before the slash (same topic, another event: two earthquakes in one week,
a match preview and its report, two rate decisions, one politician on two days). All texts are
invented; no real outlet's text. English, Russian, German, French and Spanish.

Which items are held out is decided by `held_out` (a hash of the story label before the slash,
so a story and its hard negatives are on one side): tune only on the others (dev).
"""

from __future__ import annotations

import hashlib

# The items up to FIRST_ROUND were written (and the rules first tuned) before the hash split;
# the rest were written afterwards, unseen by any tuning until scored.
FIRST_ROUND = 123

_FIRST: tuple[tuple[str, str, str], ...] = (
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

# Second round: written after the first tuning, in five languages.
_SECOND: tuple[tuple[str, str, str], ...] = (
    (
        "tolvik-flood",
        "River Aun bursts its banks in Tolvik, 400 homes evacuated",
        "The Aun overflowed in Tolvik on Wednesday night after three days of rain, and "
        "firefighters evacuated about 400 homes in the old quarter.",
    ),
    (
        "tolvik-flood",
        "Tolvik evacuates old quarter as Aun floods streets",
        "About 400 households in Tolvik's old quarter had to leave on Wednesday night when "
        "the river Aun rose over its banks following days of heavy rain.",
    ),
    (
        "tolvik-flood",
        "Floodwater in Tolvik: hundreds leave homes overnight",
        "Rescue crews moved residents of roughly 400 homes to a sports hall after the Aun "
        "spilled into the streets of the old town late on Wednesday.",
    ),
    (
        "tolvik-flood/warning",
        "Weather office warns of rising Aun after heavy rain forecast",
        "Forecasters said on Sunday that the Aun could rise sharply this week and asked "
        "Tolvik residents near the river to move valuables upstairs.",
    ),
    (
        "tolvik-flood/warning",
        "Tolvik told to prepare for high water on the Aun",
        "The regional weather office issued an amber warning for the Aun on Sunday, saying up"
        " to 90 millimetres of rain may fall by Wednesday.",
    ),
    (
        "renn-shipyard",
        "Finance minister Renn promises shipyard aid on Tolvik visit",
        "On a visit to the Tolvik shipyard on Monday, finance minister Aila Renn said the "
        "government would guarantee loans worth 120 million for two new ferries.",
    ),
    (
        "renn-shipyard",
        "Renn pledges 120 million in loan guarantees for Tolvik yard",
        "Aila Renn toured the shipyard in Tolvik on Monday and told workers the state would "
        "back 120 million in loans so the yard can build two ferries.",
    ),
    (
        "renn-shipyard",
        "Shipyard workers cheer as Renn brings loan guarantee",
        "Workers at the Tolvik yard applauded the finance minister on Monday when she "
        "announced guarantees of 120 million for the construction of two ferries.",
    ),
    (
        "renn-shipyard/tax",
        "Renn unveils plan to cut income tax for low earners",
        "Finance minister Aila Renn told parliament on Tuesday that the lowest income tax "
        "band would fall from 22% to 19% next year.",
    ),
    (
        "renn-shipyard/tax",
        "Income tax cut: Renn lowers bottom rate to 19%",
        "Presenting her plans in parliament on Tuesday, Aila Renn said low earners would pay "
        "19% instead of 22% from January.",
    ),
    (
        "brennmark-rate",
        "Brennmark central bank cuts key rate to 3.25%",
        "The central bank of Brennmark lowered its main interest rate by half a point to "
        "3.25% on Thursday, citing weaker growth and slowing prices.",
    ),
    (
        "brennmark-rate",
        "Half-point cut: Brennmark's rate falls to 3.25%",
        "Brennmark's central bank surprised markets on Thursday with a cut of 50 basis "
        "points, bringing the key rate to 3.25% as inflation eases.",
    ),
    (
        "brennmark-rate",
        "Brennmark lowers borrowing costs as economy slows",
        "Citing a slowing economy, Brennmark's central bank on Thursday took its benchmark "
        "rate down to 3.25% from 3.75%.",
    ),
    (
        "brennmark-rate/hold",
        "Brennmark central bank keeps rate at 3.25%",
        "Six weeks after its last cut, the central bank of Brennmark left its key rate "
        "unchanged at 3.25% on Thursday, saying it wanted to see more data.",
    ),
    (
        "brennmark-rate/hold",
        "No change: Brennmark holds interest rate steady",
        "Brennmark's central bank held borrowing costs at 3.25% on Thursday and gave no hint "
        "of further cuts before the summer.",
    ),
    (
        "cup-final",
        "Holm win cup final on penalties against Tolvik",
        "Holm lifted the national cup on Saturday after beating Tolvik 4-3 on penalties "
        "following a 1-1 draw; keeper Sanna Ek saved twice.",
    ),
    (
        "cup-final",
        "Ek the hero as Holm take cup in shoot-out",
        "Goalkeeper Sanna Ek stopped two penalties as Holm beat Tolvik in the cup final on "
        "Saturday after the match ended 1-1.",
    ),
    (
        "cup-final",
        "Cup final: Tolvik lose shoot-out to Holm",
        "Tolvik missed two of their penalties and lost the cup final to Holm 4-3 in the "
        "shoot-out on Saturday, the game having finished 1-1.",
    ),
    (
        "cup-final/preview",
        "Holm and Tolvik meet in cup final on Saturday",
        "Holm face Tolvik in the national cup final on Saturday; Holm's keeper Sanna Ek "
        "returns after injury, the coach said.",
    ),
    (
        "cup-final/preview",
        "Cup final preview: can Tolvik stop Holm?",
        "Tolvik play Holm in the final of the cup on Saturday evening; tickets sold out "
        "within an hour and Sanna Ek is fit again.",
    ),
    (
        "tolvik-quake",
        "Magnitude 4.8 earthquake jolts Tolvik",
        "A 4.8 earthquake shook Tolvik on Monday afternoon, cracking plaster in several "
        "buildings; no injuries were reported.",
    ),
    (
        "tolvik-quake",
        "Tolvik shaken by 4.8 tremor, no injuries",
        "Residents of Tolvik ran into the streets on Monday when a tremor of magnitude 4.8 "
        "hit; the fire service reported minor damage only.",
    ),
    (
        "tolvik-quake",
        "Monday quake: cracked walls in Tolvik after 4.8 shock",
        "The magnitude 4.8 earthquake that struck Tolvik on Monday left cracks in some walls "
        "but hurt no one, the town said.",
    ),
    (
        "tolvik-quake/aftershock",
        "Aftershock of 4.2 rattles Tolvik two days after quake",
        "A magnitude 4.2 aftershock shook Tolvik on Wednesday, two days after the main "
        "earthquake; schools were closed as a precaution.",
    ),
    (
        "tolvik-quake/aftershock",
        "Tolvik closes schools after 4.2 aftershock",
        "Schools in Tolvik shut for the day on Wednesday after an aftershock measuring 4.2 "
        "hit the town.",
    ),
    (
        "airport-strike",
        "Baggage handlers strike at Brennmark airport",
        "Baggage handlers at Brennmark airport walked out on Friday morning over pay, and "
        "airlines cancelled 60 flights.",
    ),
    (
        "airport-strike",
        "Brennmark flights cancelled as baggage staff walk out",
        "Airlines scrapped 60 departures from Brennmark on Friday when baggage handlers began"
        " a strike for higher wages.",
    ),
    (
        "airport-strike",
        "Strike grounds 60 flights at Brennmark",
        "Passengers at Brennmark airport faced long queues on Friday after the baggage "
        "handlers' union started a pay strike; 60 flights were cancelled.",
    ),
    (
        "airport-strike/ends",
        "Brennmark airport strike ends with 5% pay deal",
        "Baggage handlers at Brennmark airport returned to work on Tuesday after accepting a "
        "5% pay rise, ending a four-day strike.",
    ),
    (
        "airport-strike/ends",
        "Deal reached: baggage handlers back at Brennmark airport",
        "The four-day strike at Brennmark airport is over: the union accepted a 5% raise on "
        "Tuesday and flights run normally again.",
    ),
    (
        "veloxa-recall",
        "Veloxa recalls 40,000 cars over brake fault",
        "Carmaker Veloxa is recalling 40,000 of its Aria hatchbacks because a brake hose can "
        "wear through, the company said on Wednesday.",
    ),
    (
        "veloxa-recall",
        "Brake hose problem: Veloxa calls back Aria models",
        "Veloxa said on Wednesday it would call back some 40,000 Aria cars to replace a brake"
        " hose that may fail.",
    ),
    (
        "veloxa-recall",
        "40,000 Aria hatchbacks recalled by Veloxa",
        "Owners of Veloxa's Aria will be asked to visit dealers after the carmaker announced "
        "a recall of 40,000 vehicles on Wednesday over faulty brake hoses.",
    ),
    (
        "veloxa-recall/sales",
        "Veloxa reports record quarterly sales",
        "Veloxa sold 118,000 cars in the third quarter, a record, helped by strong demand for"
        " the Aria hatchback, it said on Wednesday.",
    ),
    (
        "veloxa-recall/sales",
        "Aria demand drives Veloxa to best quarter ever",
        "Carmaker Veloxa said on Wednesday that sales reached 118,000 vehicles in the "
        "quarter, its highest ever, thanks mainly to the Aria.",
    ),
    (
        "storm-greta",
        "Storm Greta leaves 30,000 homes without power",
        "Storm Greta brought gusts of 130 km/h to the west coast on Sunday, cutting "
        "electricity to about 30,000 homes and toppling trees.",
    ),
    (
        "storm-greta",
        "Greta batters west coast with 130 km/h gusts",
        "Trees fell on roads and some 30,000 households lost power as Storm Greta swept "
        "across the west coast on Sunday.",
    ),
    (
        "storm-greta",
        "Power cuts and fallen trees as Greta sweeps in",
        "The grid operator said 30,000 homes were without electricity on Sunday evening after"
        " Storm Greta hit the coast with winds of up to 130 km/h.",
    ),
    (
        "storm-greta/hilde",
        "Second storm, Hilde, expected on Thursday",
        "Forecasters warned on Tuesday that Storm Hilde would reach the west coast on "
        "Thursday, just days after Greta, with gusts up to 110 km/h.",
    ),
    (
        "storm-greta/hilde",
        "Weather service names Storm Hilde, warns coast",
        "A new storm named Hilde is due to hit the coast on Thursday with winds of 110 km/h, "
        "the weather service said on Tuesday.",
    ),
    (
        "pell-trial",
        "Former Larsvik mayor Pell convicted of bribery",
        "A court in Larsvik found former mayor Oskar Pell guilty of taking bribes over a "
        "parking contract on Thursday and gave him a suspended sentence.",
    ),
    (
        "pell-trial",
        "Ex-mayor Oskar Pell guilty in parking bribe case",
        "Oskar Pell, who led Larsvik for eight years, was convicted on Thursday of accepting "
        "bribes from a parking company; his sentence was suspended.",
    ),
    (
        "pell-trial",
        "Suspended sentence for Pell over parking contract bribes",
        "Larsvik's former mayor will not go to prison: the court on Thursday convicted Oskar "
        "Pell of bribery but suspended his sentence.",
    ),
    (
        "pell-trial/opens",
        "Bribery trial of former mayor Pell begins",
        "The trial of Oskar Pell, Larsvik's former mayor accused of taking bribes over a "
        "parking contract, opened in Larsvik on Monday.",
    ),
    (
        "pell-trial/opens",
        "Pell denies bribery charges as trial opens",
        "On the first day of his trial on Monday, former Larsvik mayor Oskar Pell told the "
        "court he never took money from the parking firm.",
    ),
    (
        "heat-record",
        "Holm sets national heat record of 38.2C",
        "Thermometers in Holm reached 38.2 degrees on Tuesday, the highest temperature ever "
        "measured in the country, the weather office said.",
    ),
    (
        "heat-record",
        "New heat record: 38.2 degrees measured in Holm",
        "The weather office confirmed on Tuesday that Holm recorded 38.2C, beating the old "
        "national record by half a degree.",
    ),
    (
        "heat-record",
        "Hottest day ever as Holm hits 38.2",
        "Holm became the hottest place in the country's history on Tuesday with 38.2 degrees;"
        " the old record stood for 31 years.",
    ),
    (
        "norvo-jobs",
        "Software firm Norvo to cut 600 jobs",
        "Norvo, the Brennmark software company, said on Monday it would cut 600 of its 4,000 "
        "jobs as clients spend less.",
    ),
    (
        "norvo-jobs",
        "Norvo announces 600 layoffs as demand weakens",
        "The software maker Norvo will let 600 people go, about 15% of staff, after orders "
        "fell, the company said on Monday.",
    ),
    (
        "norvo-jobs",
        "600 jobs to go at Brennmark's Norvo",
        "Norvo told employees on Monday that 600 positions would be cut across its offices; "
        "unions called the move shortsighted.",
    ),
    (
        "norvo-jobs/office",
        "Norvo opens research office in Tolvik",
        "Software company Norvo opened a research office in Tolvik on Friday and plans to "
        "hire 80 engineers there over two years.",
    ),
    (
        "norvo-jobs/office",
        "80 engineering jobs as Norvo comes to Tolvik",
        "Norvo's new research centre in Tolvik, opened on Friday, will employ 80 engineers by"
        " the end of next year.",
    ),
    (
        "flu-vaccine",
        "Free flu jabs for everyone over 60 from October",
        "The health ministry said on Tuesday that all people over 60 can get a free flu "
        "vaccine at pharmacies from October 1.",
    ),
    (
        "flu-vaccine",
        "Over-60s to get flu vaccine free at pharmacies",
        "Starting October 1, pharmacies will give free flu shots to anyone aged 60 or more, "
        "the health ministry announced on Tuesday.",
    ),
    (
        "library-hours",
        "Holm library to open on Sundays",
        "Holm's central library will open on Sundays from noon to five starting next month, "
        "the council said on Wednesday.",
    ),
    (
        "library-hours",
        "Sunday opening for Holm central library",
        "From next month Holm residents can visit the central library on Sundays between "
        "12:00 and 17:00, the council announced.",
    ),
    (
        "bus-fare",
        "Larsvik bus fares rise to 3 euros",
        "A single bus ticket in Larsvik will cost 3 euros instead of 2.60 from March, the "
        "transport company said on Monday.",
    ),
    (
        "bus-fare",
        "Single bus ticket in Larsvik goes up to 3 euros",
        "Larsvik's transport company will raise the price of a single ticket from 2.60 to 3 "
        "euros in March, it announced on Monday.",
    ),
    (
        "bus-fare",
        "Larsvik commuters face higher fares from March",
        "Passengers in Larsvik will pay 3 euros for a single bus trip from March, up from "
        "2.60, the bus company said on Monday.",
    ),
    (
        "bus-fare/night",
        "Larsvik adds night buses at weekends",
        "Larsvik's transport company will run three night bus lines on Fridays and Saturdays "
        "from March, it said on Monday.",
    ),
    (
        "tolvik-derby",
        "Tolvik crush Odel 4-0 at home",
        "Tolvik thrashed Odel 4-0 on Sunday, with striker Mira Holt scoring twice before "
        "half-time in front of 9,000 fans.",
    ),
    (
        "tolvik-derby",
        "Holt double as Tolvik rout Odel",
        "Mira Holt scored two early goals and Tolvik went on to beat Odel 4-0 at their home "
        "ground on Sunday.",
    ),
    (
        "tolvik-derby",
        "Odel humbled 4-0 in Tolvik",
        "A poor Odel side lost 4-0 away at Tolvik on Sunday; Mira Holt netted twice in the "
        "first half.",
    ),
    (
        "tolvik-derby/next",
        "Odel sack coach after heavy defeat",
        "Odel dismissed head coach Piet Lund on Monday, a day after the 4-0 loss at Tolvik "
        "left the club bottom of the table.",
    ),
    (
        "tolvik-derby/next",
        "Lund out as Odel coach",
        "Odel's board ended coach Piet Lund's contract on Monday following Sunday's defeat in"
        " Tolvik.",
    ),
    (
        "hospital-wing",
        "New cancer wing opens at Odel hospital",
        "Odel's regional hospital opened a cancer treatment wing with 60 beds and two "
        "radiotherapy machines on Tuesday.",
    ),
    (
        "hospital-wing",
        "Odel hospital adds 60-bed cancer centre",
        "Patients from the whole region can now be treated in Odel, where a new cancer wing "
        "with 60 beds opened on Tuesday.",
    ),
    (
        "hospital-wing/staff",
        "Odel hospital short of 40 nurses, union says",
        "The nurses' union said on Thursday that Odel's regional hospital has 40 unfilled "
        "nursing posts and wards are closing at night.",
    ),
    (
        "wind-farm",
        "Offshore wind farm off Holm approved",
        "The government approved a 48-turbine wind farm off the coast of Holm on Friday; "
        "construction should start in 2028.",
    ),
    (
        "wind-farm",
        "Go-ahead for 48 turbines off Holm coast",
        "Officials on Friday gave permission for an offshore wind park of 48 turbines near "
        "Holm, to be built from 2028.",
    ),
    (
        "wind-farm",
        "Holm wind park wins approval",
        "A wind farm with 48 turbines planned off Holm received its permit on Friday; "
        "fishermen's groups said they would appeal.",
    ),
    (
        "wind-farm/protest",
        "Fishermen protest against wind park plans off Holm",
        "About 70 fishing boats sailed into Holm harbour on Saturday to protest against a "
        "planned offshore wind farm.",
    ),
    (
        "census",
        "Varnia population tops 8 million for first time",
        "Varnia's population passed eight million last year for the first time, the "
        "statistics office said on Thursday, driven by immigration.",
    ),
    (
        "census",
        "Statistics office: Varnia now has over 8 million people",
        "For the first time Varnia counts more than eight million inhabitants, according to "
        "figures published on Thursday.",
    ),
    (
        "census/births",
        "Births in Varnia fall to lowest level since 1950",
        "Only 61,000 babies were born in Varnia last year, the fewest since 1950, the "
        "statistics office said on Thursday.",
    ),
    (
        "census/births",
        "Varnia birth rate hits 75-year low",
        "The statistics office reported on Thursday that births dropped to 61,000 last year, "
        "a level not seen since 1950.",
    ),
    (
        "museum-theft",
        "Painting stolen from Holm art museum",
        "Thieves took a small landscape painting by Elsa Brandt from the Holm art museum "
        "overnight on Saturday, police said.",
    ),
    (
        "museum-theft",
        "Brandt landscape stolen in Holm museum break-in",
        "Police are searching for burglars who broke into Holm's art museum on Saturday night"
        " and stole a painting by Elsa Brandt.",
    ),
    (
        "museum-theft/found",
        "Stolen Brandt painting found in Odel flat",
        "Police found the Elsa Brandt landscape stolen from the Holm museum in a flat in Odel"
        " on Thursday and arrested two men.",
    ),
    (
        "museum-theft/found",
        "Police recover stolen painting, two arrested",
        "The painting taken from the Holm art museum last weekend was recovered undamaged in "
        "Odel on Thursday; two suspects were held.",
    ),
    (
        "de-wahl",
        "Weber gewinnt Bürgermeisterwahl in Sarnau",
        "Die Grünen-Politikerin Lena Weber ist neue Bürgermeisterin von Sarnau: In der "
        "Stichwahl am Sonntag erhielt sie 54,3 Prozent der Stimmen.",
    ),
    (
        "de-wahl",
        "Sarnau: Lena Weber setzt sich in Stichwahl durch",
        "Mit 54,3 Prozent hat Lena Weber am Sonntag die Stichwahl um das Bürgermeisteramt in "
        "Sarnau gegen Thomas Krause gewonnen.",
    ),
    (
        "de-wahl",
        "Neue Bürgermeisterin für Sarnau heißt Weber",
        "Thomas Krause unterlag am Sonntag in der Stichwahl; Lena Weber wird mit 54,3 Prozent"
        " Bürgermeisterin von Sarnau.",
    ),
    (
        "de-wahl/erste",
        "Sarnau: Weber und Krause müssen in die Stichwahl",
        "Keiner der fünf Kandidaten erreichte am Sonntag die absolute Mehrheit: Lena Weber "
        "kam auf 38,1 Prozent, Thomas Krause auf 31,5 Prozent.",
    ),
    (
        "de-wahl/erste",
        "Bürgermeisterwahl in Sarnau: Stichwahl in zwei Wochen",
        "Lena Weber (38,1 Prozent) und Thomas Krause (31,5 Prozent) treten in zwei Wochen "
        "erneut gegeneinander an.",
    ),
    (
        "de-streik",
        "Lokführer legen Regionalverkehr um Sarnau lahm",
        "Ein Streik der Lokführer hat am Montag fast alle Regionalzüge rund um Sarnau "
        "stillgelegt; Pendler mussten auf Busse ausweichen.",
    ),
    (
        "de-streik",
        "Streik: Kaum Regionalzüge im Raum Sarnau",
        "Wegen eines Ausstands der Lokführergewerkschaft fielen am Montag rund um Sarnau die "
        "meisten Regionalzüge aus.",
    ),
    (
        "de-streik",
        "Pendler in Sarnau stranden wegen Lokführerstreik",
        "Am Montag standen in Sarnau viele Pendler am Bahnsteig: Die Lokführer streiken für "
        "kürzere Arbeitszeiten.",
    ),
    (
        "de-streik/einigung",
        "Tarifeinigung: Lokführer beenden Streik",
        "Die Gewerkschaft der Lokführer und die Bahn haben sich am Donnerstag auf 4,2 Prozent"
        " mehr Lohn geeinigt; ab Freitag fahren die Züge wieder.",
    ),
    (
        "de-streik/einigung",
        "Bahn und Lokführer einigen sich auf 4,2 Prozent",
        "Nach vier Tagen Streik gibt es eine Einigung: Die Löhne steigen um 4,2 Prozent, "
        "teilte die Gewerkschaft am Donnerstag mit.",
    ),
    (
        "de-brand",
        "Großbrand in Lagerhalle in Sarnau",
        "In einer Lagerhalle im Gewerbegebiet von Sarnau ist in der Nacht zu Mittwoch ein "
        "Großbrand ausgebrochen; 120 Feuerwehrleute waren im Einsatz.",
    ),
    (
        "de-brand",
        "Lagerhalle in Sarnau brennt nieder",
        "120 Einsatzkräfte kämpften in der Nacht zu Mittwoch gegen die Flammen in einer "
        "Lagerhalle in Sarnau; verletzt wurde niemand.",
    ),
    (
        "de-brand",
        "Feuer im Gewerbegebiet: Sarnauer Halle zerstört",
        "Ein Feuer hat in der Nacht zu Mittwoch eine Lagerhalle im Sarnauer Gewerbegebiet "
        "zerstört, die Polizei schätzt den Schaden auf zwei Millionen Euro.",
    ),
    (
        "de-brand/wohnhaus",
        "Brand in Sarnauer Mehrfamilienhaus: zwei Verletzte",
        "Bei einem Feuer in einem Mehrfamilienhaus in der Altstadt von Sarnau sind am "
        "Freitagabend zwei Bewohner leicht verletzt worden.",
    ),
    (
        "de-brand/wohnhaus",
        "Sarnau: Feuer in Altstadt-Wohnhaus",
        "Die Feuerwehr rettete am Freitagabend zehn Menschen aus einem brennenden Wohnhaus in"
        " der Sarnauer Altstadt; zwei wurden leicht verletzt.",
    ),
    (
        "de-fussball",
        "FC Sarnau schlägt Kellbach 3:1",
        "Der FC Sarnau hat das Heimspiel gegen den SV Kellbach am Samstag mit 3:1 gewonnen; "
        "Jan Otte traf doppelt.",
    ),
    (
        "de-fussball",
        "Otte schießt Sarnau zum Sieg gegen Kellbach",
        "Mit zwei Toren von Jan Otte gewann der FC Sarnau am Samstag 3:1 gegen Kellbach und "
        "klettert auf Platz vier.",
    ),
    (
        "de-fussball",
        "Sarnau dreht Spiel gegen Kellbach",
        "Nach einem frühen Rückstand siegte der FC Sarnau am Samstag noch 3:1 gegen den SV "
        "Kellbach, Jan Otte erzielte zwei Treffer.",
    ),
    (
        "de-fussball/vorschau",
        "Vorschau: FC Sarnau empfängt Kellbach",
        "Am Samstag trifft der FC Sarnau zu Hause auf den SV Kellbach; Trainer Kurt Maas muss"
        " auf Jan Otte womöglich verzichten.",
    ),
    (
        "de-fussball/vorschau",
        "Sarnau gegen Kellbach: Einsatz von Otte fraglich",
        "Vor dem Heimspiel gegen Kellbach am Samstag bangt der FC Sarnau um Stürmer Jan Otte,"
        " der über Wadenprobleme klagt.",
    ),
    (
        "de-klinik",
        "Klinikum Sarnau schließt Geburtsstation",
        "Das Klinikum Sarnau schließt zum Jahresende seine Geburtsstation, weil Hebammen "
        "fehlen, teilte der Träger am Dienstag mit.",
    ),
    (
        "de-klinik",
        "Keine Geburten mehr im Klinikum Sarnau ab Januar",
        "Wegen Personalmangels wird die Geburtsstation des Klinikums Sarnau Ende Dezember "
        "geschlossen, gab der Träger am Dienstag bekannt.",
    ),
    (
        "de-klinik",
        "Hebammenmangel: Sarnauer Kreißsaal macht dicht",
        "Werdende Mütter müssen ab Januar nach Kellbach fahren: Das Klinikum Sarnau gibt "
        "seine Geburtsstation auf.",
    ),
    (
        "de-unwetter",
        "Unwetter überflutet Keller in Kellbach",
        "Heftiger Regen hat am Dienstagabend in Kellbach Dutzende Keller unter Wasser "
        "gesetzt; die Feuerwehr rückte 85 Mal aus.",
    ),
    (
        "de-unwetter",
        "Starkregen in Kellbach: 85 Einsätze der Feuerwehr",
        "Nach einem Gewitter mit Starkregen musste die Feuerwehr in Kellbach am Dienstagabend"
        " 85 Mal ausrücken, meist wegen vollgelaufener Keller.",
    ),
    (
        "de-unwetter/hitze",
        "Hitzewarnung für Kellbach",
        "Der Wetterdienst warnt für Donnerstag vor Temperaturen bis 35 Grad in Kellbach und "
        "rät, viel zu trinken.",
    ),
    (
        "de-zinsen",
        "Notenbank erhöht Leitzins auf 2,75 Prozent",
        "Die Notenbank von Brennmark hat den Leitzins am Donnerstag um einen Viertelpunkt auf"
        " 2,75 Prozent angehoben.",
    ),
    (
        "de-zinsen",
        "Brennmark: Leitzins steigt auf 2,75 Prozent",
        "Um 0,25 Punkte auf 2,75 Prozent hat Brennmarks Notenbank am Donnerstag den Leitzins "
        "erhöht, um die Inflation zu bremsen.",
    ),
    (
        "de-zinsen/pause",
        "Notenbank lässt Leitzins bei 2,75 Prozent",
        "Brennmarks Notenbank hat den Leitzins am Donnerstag unverändert bei 2,75 Prozent "
        "belassen.",
    ),
    (
        "de-zinsen/pause",
        "Zinspause in Brennmark",
        "Die Notenbank von Brennmark legt eine Pause ein: Der Leitzins bleibt bei 2,75 "
        "Prozent, hieß es am Donnerstag.",
    ),
    (
        "ru-quake2",
        "Землетрясение магнитудой 5,7 произошло под Заречинском",
        "В среду утром в районе Заречинска произошло землетрясение магнитудой 5,7; в "
        "нескольких домах треснули стены, пострадавших нет.",
    ),
    (
        "ru-quake2",
        "Заречинск тряхнуло: магнитуда 5,7",
        "Жители Заречинска почувствовали толчки магнитудой 5,7 в среду утром, сообщили "
        "спасатели; жертв и пострадавших нет.",
    ),
    (
        "ru-quake2",
        "В Заречинске после землетрясения проверяют дома",
        "Спасатели обследуют здания Заречинска, где в среду произошло землетрясение "
        "магнитудой 5,7; в некоторых домах появились трещины.",
    ),
    (
        "ru-quake2/b",
        "Новое землетрясение магнитудой 4,9 у Заречинска",
        "В субботу у Заречинска вновь произошло землетрясение, на этот раз магнитудой 4,9; "
        "разрушений нет.",
    ),
    (
        "ru-quake2/b",
        "Повторные толчки 4,9 ощутили в Заречинске",
        "Землетрясение магнитудой 4,9 зафиксировали в субботу вечером в районе Заречинска, "
        "сообщили сейсмологи.",
    ),
    (
        "ru-match",
        "«Заря» обыграла «Сокол» со счётом 3:2",
        "Футболисты «Зари» в воскресенье победили «Сокол» 3:2, победный гол на 90-й минуте "
        "забил Игорь Лосев.",
    ),
    (
        "ru-match",
        "Лосев принёс «Заре» победу над «Соколом»",
        "Гол Игоря Лосева на последней минуте принёс «Заре» победу над «Соколом» 3:2 в "
        "воскресном матче.",
    ),
    (
        "ru-match",
        "«Сокол» уступил «Заре» на последней минуте",
        "В воскресенье «Сокол» проиграл «Заре» 3:2, пропустив решающий мяч от Игоря Лосева на"
        " 90-й минуте.",
    ),
    (
        "ru-match/preview",
        "«Заря» примет «Сокол» в воскресенье",
        "В воскресенье «Заря» сыграет дома с «Соколом»; нападающий Игорь Лосев восстановился "
        "после травмы, сообщил тренер.",
    ),
    (
        "ru-match/preview",
        "Анонс: «Заря» против «Сокола»",
        "Тренер «Зари» рассказал перед воскресным матчем с «Соколом», что Игорь Лосев готов "
        "выйти в стартовом составе.",
    ),
    (
        "ru-mayor",
        "Мэр Заречинска Котов ушёл в отставку",
        "Мэр Заречинска Андрей Котов в понедельник объявил об отставке по состоянию здоровья,"
        " его обязанности временно исполнит заместитель.",
    ),
    (
        "ru-mayor",
        "Андрей Котов покидает пост мэра Заречинска",
        "В понедельник Андрей Котов сообщил, что уходит с должности мэра Заречинска из-за "
        "проблем со здоровьем.",
    ),
    (
        "ru-mayor",
        "Отставка Котова: у Заречинска будет новый мэр",
        "Глава Заречинска Андрей Котов в понедельник подал в отставку, сославшись на "
        "здоровье; выборы пройдут весной.",
    ),
    (
        "ru-mayor/school",
        "Котов открыл новый детский сад в Заречинске",
        "Мэр Заречинска Андрей Котов в пятницу открыл детский сад на 220 мест в новом микрорайоне.",
    ),
    (
        "ru-mayor/school",
        "В Заречинске появился детский сад на 220 мест",
        "Новый детский сад на 220 детей в пятницу открыл мэр города Андрей Котов.",
    ),
    (
        "ru-rate",
        "Центробанк повысил ключевую ставку до 16%",
        "Центральный банк Варнии в пятницу поднял ключевую ставку с 15% до 16%, объяснив "
        "решение ростом цен.",
    ),
    (
        "ru-rate",
        "Ставка выросла до 16%: ЦБ борется с инфляцией",
        "В пятницу ЦБ Варнии повысил ключевую ставку на один пункт, до 16% годовых, чтобы "
        "сдержать инфляцию.",
    ),
    (
        "ru-rate",
        "ЦБ Варнии ужесточил политику: ключевая ставка 16%",
        "Регулятор в пятницу увеличил ключевую ставку до 16%; аналитики ожидали сохранения "
        "ставки на уровне 15%.",
    ),
    (
        "ru-rate/cut",
        "Центробанк снизил ключевую ставку до 14%",
        "ЦБ Варнии в пятницу снизил ключевую ставку с 16% до 14%, так как инфляция замедлилась.",
    ),
    (
        "ru-rate/cut",
        "Ставка ЦБ опустилась до 14%",
        "Центральный банк Варнии в пятницу понизил ключевую ставку на два пункта, до 14%.",
    ),
    (
        "ru-fire2",
        "Пожар на складе в Заречинске потушен",
        "Пожар на складе стройматериалов в Заречинске удалось потушить к утру вторника; "
        "площадь возгорания составила 1200 квадратных метров.",
    ),
    (
        "ru-fire2",
        "В Заречинске горел склад стройматериалов",
        "Ночью во вторник в Заречинске загорелся склад стройматериалов, огонь охватил 1200 "
        "квадратных метров, никто не пострадал.",
    ),
    (
        "ru-fire2",
        "Ночной пожар на складе: 1200 квадратных метров",
        "Пожарные всю ночь тушили склад в Заречинске; огонь распространился на 1200 "
        "квадратных метров, люди не пострадали.",
    ),
    (
        "ru-tram2",
        "В Заречинске запустили новый трамвайный маршрут",
        "С понедельника в Заречинске курсирует трамвай № 9 от вокзала до университета, "
        "интервал движения шесть минут.",
    ),
    (
        "ru-tram2",
        "Трамвай № 9 связал вокзал и университет",
        "Новый трамвайный маршрут № 9 от вокзала до университета Заречинска заработал в "
        "понедельник.",
    ),
    (
        "fr-greve",
        "Grève des contrôleurs aériens à Montclerc : 200 vols annulés",
        "Les contrôleurs aériens de l'aéroport de Montclerc ont cessé le travail mardi, "
        "entraînant l'annulation de 200 vols selon la direction.",
    ),
    (
        "fr-greve",
        "Montclerc : l'aéroport paralysé par une grève des aiguilleurs du ciel",
        "Environ 200 vols ont été supprimés mardi à Montclerc en raison d'une grève des "
        "contrôleurs aériens qui réclament des renforts.",
    ),
    (
        "fr-greve",
        "200 vols supprimés mardi à l'aéroport de Montclerc",
        "Les passagers de Montclerc ont vu leurs vols annulés mardi : les contrôleurs aériens"
        " sont en grève pour dénoncer le manque d'effectifs.",
    ),
    (
        "fr-greve/fin",
        "Fin de la grève des contrôleurs aériens à Montclerc",
        "Un accord signé jeudi prévoit l'embauche de 30 contrôleurs ; le trafic reprend "
        "normalement vendredi à l'aéroport de Montclerc.",
    ),
    (
        "fr-greve/fin",
        "Montclerc : accord trouvé, les avions redécollent",
        "Les contrôleurs aériens ont levé leur préavis jeudi après la promesse de 30 "
        "recrutements, a indiqué la direction de l'aéroport.",
    ),
    (
        "fr-crue",
        "La Sorne sort de son lit à Montclerc",
        "La Sorne a débordé dans la nuit de samedi à dimanche à Montclerc ; une centaine "
        "d'habitants des quais ont été évacués.",
    ),
    (
        "fr-crue",
        "Crue à Montclerc : une centaine de personnes évacuées",
        "Après deux jours de pluie, la Sorne a inondé les quais de Montclerc dimanche, "
        "obligeant les pompiers à évacuer une centaine de riverains.",
    ),
    (
        "fr-crue",
        "Inondations : les quais de Montclerc sous l'eau",
        "Dimanche matin, les quais de Montclerc étaient submergés par la Sorne en crue et une"
        " centaine d'habitants avaient dû quitter leur logement.",
    ),
    (
        "fr-match",
        "Montclerc s'impose 2-0 face à Valmont",
        "Le FC Montclerc a battu Valmont 2-0 samedi grâce à des buts de Karim Fadel et de "
        "Hugo Brun.",
    ),
    (
        "fr-match",
        "Fadel et Brun offrent la victoire à Montclerc",
        "Karim Fadel puis Hugo Brun ont marqué samedi pour permettre à Montclerc de dominer "
        "Valmont 2-0 à domicile.",
    ),
    (
        "fr-match",
        "Valmont battu 2-0 à Montclerc",
        "Valmont est reparti de Montclerc sans point samedi, battu 2-0 après des réalisations"
        " de Fadel et Brun.",
    ),
    (
        "fr-match/avant",
        "Montclerc reçoit Valmont samedi",
        "Avant le match de samedi contre Valmont, l'entraîneur de Montclerc a annoncé le "
        "retour de Karim Fadel dans le groupe.",
    ),
    (
        "fr-match/avant",
        "Avant-match : Montclerc - Valmont, Fadel de retour",
        "Karim Fadel, blessé depuis un mois, pourrait jouer samedi lorsque Montclerc "
        "accueillera Valmont, selon son entraîneur.",
    ),
    (
        "fr-festival",
        "Le festival de jazz de Montclerc annule son édition d'été",
        "Faute de financement, le festival de jazz de Montclerc n'aura pas lieu cet été, ont "
        "annoncé les organisateurs lundi.",
    ),
    (
        "fr-festival",
        "Pas de festival de jazz à Montclerc cet été",
        "Les organisateurs du festival de jazz de Montclerc ont annoncé lundi l'annulation de"
        " l'édition estivale, faute de subventions suffisantes.",
    ),
    (
        "fr-festival/programme",
        "Le festival de jazz de Montclerc dévoile son affiche",
        "Trente concerts sont prévus du 4 au 12 juillet au festival de jazz de Montclerc, "
        "dont le programme a été présenté lundi.",
    ),
    (
        "fr-ministre",
        "La ministre Claire Roux en visite à l'usine de Valmont",
        "La ministre de l'Industrie Claire Roux a visité lundi l'usine de batteries de "
        "Valmont et promis une aide de 45 millions d'euros.",
    ),
    (
        "fr-ministre",
        "45 millions d'euros pour l'usine de batteries de Valmont",
        "En visite lundi à Valmont, Claire Roux a annoncé un soutien de 45 millions d'euros à"
        " l'usine de batteries.",
    ),
    (
        "fr-ministre/retraites",
        "Claire Roux défend la réforme devant les députés",
        "Mardi à l'Assemblée, la ministre Claire Roux a défendu le projet de loi sur "
        "l'apprentissage face aux critiques de l'opposition.",
    ),
    (
        "fr-ministre/retraites",
        "Apprentissage : Claire Roux face aux députés",
        "La ministre Claire Roux a répondu mardi aux questions des députés sur sa réforme de "
        "l'apprentissage.",
    ),
    (
        "es-incendio",
        "Un incendio forestal obliga a desalojar dos pueblos cerca de Valdoro",
        "Un incendio declarado el lunes en la sierra de Valdoro ha obligado a desalojar a 600"
        " vecinos de dos pueblos y ha quemado 1.500 hectáreas.",
    ),
    (
        "es-incendio",
        "Valdoro: 600 vecinos desalojados por el fuego",
        "El incendio de la sierra de Valdoro, que comenzó el lunes, ya ha arrasado 1.500 "
        "hectáreas y obligó a evacuar a 600 personas.",
    ),
    (
        "es-incendio",
        "El fuego arrasa 1.500 hectáreas en la sierra de Valdoro",
        "Los bomberos luchan contra un incendio que desde el lunes ha calcinado 1.500 "
        "hectáreas cerca de Valdoro; 600 vecinos fueron desalojados.",
    ),
    (
        "es-incendio/b",
        "Nuevo incendio en Valdoro, esta vez junto a la autovía",
        "Un segundo incendio, declarado el jueves junto a la autovía de Valdoro, quemó 40 "
        "hectáreas antes de ser controlado.",
    ),
    (
        "es-incendio/b",
        "Controlado un incendio de 40 hectáreas junto a la autovía",
        "Los bomberos controlaron el jueves un fuego que afectó a 40 hectáreas al lado de la "
        "autovía de Valdoro.",
    ),
    (
        "es-elecciones",
        "Marta Gil gana las elecciones municipales en Valdoro",
        "La candidata Marta Gil ganó el domingo las elecciones municipales de Valdoro con el "
        "46% de los votos y 12 de los 25 concejales.",
    ),
    (
        "es-elecciones",
        "Valdoro elige a Marta Gil como alcaldesa",
        "Con el 46% de los votos, Marta Gil será la nueva alcaldesa de Valdoro tras las "
        "elecciones del domingo, aunque sin mayoría absoluta.",
    ),
    (
        "es-elecciones",
        "Gil se impone en Valdoro pero necesitará pactos",
        "Marta Gil obtuvo 12 concejales de 25 en las municipales del domingo en Valdoro y "
        "deberá negociar con otros partidos.",
    ),
    (
        "es-elecciones/debate",
        "Debate electoral en Valdoro: Gil y Romero chocan por la vivienda",
        "Marta Gil y Pablo Romero se enfrentaron el martes en el debate de las municipales de"
        " Valdoro sobre el precio de la vivienda.",
    ),
    (
        "es-elecciones/debate",
        "La vivienda centra el debate entre Gil y Romero",
        "El martes, en el único debate antes de las elecciones municipales de Valdoro, Marta "
        "Gil y Pablo Romero discutieron sobre alquileres.",
    ),
    (
        "es-tipos",
        "El banco central de Brennmark sube los tipos al 4%",
        "El banco central de Brennmark elevó el jueves el tipo de interés oficial en medio "
        "punto, hasta el 4%, para frenar la inflación.",
    ),
    (
        "es-tipos",
        "Brennmark sube el precio del dinero al 4%",
        "Los tipos de interés en Brennmark suben medio punto, hasta el 4%, anunció el jueves "
        "el banco central.",
    ),
    (
        "es-tipos",
        "Subida de tipos en Brennmark: del 3,5% al 4%",
        "El banco central de Brennmark decidió el jueves aumentar los tipos del 3,5% al 4%, "
        "más de lo esperado por los analistas.",
    ),
    (
        "es-tipos/mantiene",
        "Brennmark mantiene los tipos en el 4%",
        "El banco central de Brennmark dejó el jueves los tipos de interés sin cambios en el 4%.",
    ),
    (
        "es-tipos/mantiene",
        "Pausa en Brennmark: los tipos siguen en el 4%",
        "Tras la subida del mes pasado, el banco central de Brennmark mantuvo el jueves los "
        "tipos en el 4%.",
    ),
    (
        "es-metro",
        "Valdoro inaugura la línea 3 de metro",
        "La nueva línea 3 del metro de Valdoro, con ocho estaciones y 11 kilómetros, abrió al"
        " público el sábado.",
    ),
    (
        "es-metro",
        "Abre la línea 3: ocho estaciones más para el metro de Valdoro",
        "Desde el sábado los viajeros de Valdoro pueden usar la línea 3 del metro, que suma "
        "11 kilómetros y ocho estaciones.",
    ),
    (
        "es-metro/huelga",
        "Huelga de maquinistas en el metro de Valdoro",
        "Los maquinistas del metro de Valdoro harán paros parciales el lunes y el martes para"
        " pedir más personal.",
    ),
    (
        "es-partido",
        "El Valdoro CF gana 1-0 al Real Sarmo",
        "Un gol de Diego Ruiz en el minuto 70 dio al Valdoro CF la victoria por 1-0 ante el "
        "Real Sarmo el domingo.",
    ),
    (
        "es-partido",
        "Diego Ruiz da el triunfo al Valdoro ante el Sarmo",
        "El Valdoro CF venció 1-0 al Real Sarmo el domingo con un gol de Diego Ruiz en la "
        "segunda parte.",
    ),
    (
        "es-partido/previa",
        "Previa: el Valdoro CF recibe al Real Sarmo",
        "El Valdoro CF recibe el domingo al Real Sarmo; el entrenador confía en que Diego "
        "Ruiz llegue a tiempo tras su lesión.",
    ),
    (
        "es-partido/previa",
        "Diego Ruiz, duda para el partido ante el Sarmo",
        "El delantero Diego Ruiz es duda para el encuentro del domingo entre el Valdoro CF y "
        "el Real Sarmo.",
    ),
)

ITEMS: tuple[tuple[str, str, str], ...] = _FIRST + _SECOND


def held_out(label: str) -> bool:
    """A third of the stories, fixed by a hash of the story (hard negatives go with it)."""
    story = label.split("/", 1)[0]
    return int(hashlib.sha256(story.encode()).hexdigest(), 16) % 3 == 0
