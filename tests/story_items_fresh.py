"""A fresh check set for story merging, written without reading the merging rules.

Same format as `tests.story_items`: (story, title, lead). Items with one story label are one
event as different outlets in one language would title and lead it (other wording, synonyms,
other number formats, name variants, some copies with a teaser-length lead); a label with a
suffix after a slash is a hard negative of the story before the slash (same topic, another
event). Languages: English, Russian, German, French, Spanish, Italian, Portuguese, Dutch. A few
stories are told by one outlet only (they can only be merged falsely). All texts invented.

Written after the rules in bot/digest were tuned, by an author who did not read the rules,
their lexicon or the first item set, and scored once (`python -m bench.stories --fresh`): the
set is used now, and its errors were read, so a later score on it is no longer a clean check.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en
    (
        "en-storm-pellworth",
        "Storm Idris batters Pellworth, 12,000 homes lose power",
        "Winds of up to 90 mph tore through the coastal town of Pellworth on Monday night, "
        "leaving about 12,000 homes without electricity and closing the harbour road.",
    ),
    (
        "en-storm-pellworth",
        "Power cut to thousands as Idris hits the coast",
        "Some twelve thousand households in Pellworth were in the dark on Tuesday morning after"
        " Storm Idris brought gusts of 145 km/h overnight. Engineers expect to restore supply "
        "by Wednesday.",
    ),
    (
        "en-storm-pellworth",
        "Idris: Pellworth counts the cost",
        "Our reporter in Pellworth on the night the storm came ashore.",
    ),
    (
        "en-storm-pellworth/darrow",
        "Storm Jana floods Darrow as river bursts its banks",
        "Heavy rain from Storm Jana sent the river Aln over its banks in the inland city of "
        "Darrow on Thursday, flooding 300 homes; about 4,000 properties lost power.",
    ),
    (
        "en-storm-pellworth/darrow",
        "Darrow under water after second storm in a week",
        "Residents of Darrow were moved to a school hall on Thursday as Storm Jana, the week's "
        "second storm, flooded streets near the Aln. Four thousand homes are without power.",
    ),
    (
        "en-rates-ostria",
        "Ostria's central bank raises rates to 4.25%",
        "The National Bank of Ostria lifted its main interest rate by a quarter of a percentage"
        " point to 4.25% on Wednesday, citing food prices that rose 6.1% in the year to "
        "October.",
    ),
    (
        "en-rates-ostria",
        "Ostrian rate rise: borrowing costs up 25 basis points",
        "Ostria's central bank increased its benchmark rate from 4% to 4.25 per cent, its third"
        " rise this year, as inflation stayed above six per cent.",
    ),
    (
        "en-rates-ostria",
        "National Bank of Ostria tightens again",
        "Governor Mila Hrast said on Wednesday that further increases could not be ruled out "
        "after the bank moved its key rate up to 4.25%.",
    ),
    (
        "en-rates-ostria/velmar",
        "Velmar central bank raises key rate to 3.75%",
        "The Central Bank of Velmar raised its key interest rate by 0.25 percentage points to "
        "3.75% on Wednesday, saying wage growth was still too fast.",
    ),
    (
        "en-rates-ostria/velmar",
        "Velmar lifts rates by a quarter point as wages surge",
        "Velmar's central bank pushed its main rate up to 3.75 per cent, its second increase "
        "this year, after pay rose 7% over twelve months.",
    ),
    (
        "en-recall-brightway",
        "Brightway recalls 48,000 kettles over scald risk",
        "Appliance maker Brightway is recalling 48,000 electric kettles sold since March "
        "because the lid can spring open while the water is boiling.",
    ),
    (
        "en-recall-brightway",
        "Kettle lids can fly open, Brightway warns as it recalls model",
        "Customers who bought the Brightway KT-200 kettle should stop using it; the firm said "
        "48k units are affected and it will refund them in full.",
    ),
    (
        "en-recall-brightway",
        "Brightway KT-200 kettle recall: what you need to know",
        "Brightway has recalled forty-eight thousand kettles after reports of lids opening "
        "during boiling. Here is how to get a refund.",
    ),
    (
        "en-recall-brightway/heater",
        "Brightway recalls 15,000 fan heaters over fire risk",
        "Brightway is recalling 15,000 fan heaters sold last winter after a faulty switch "
        "caused several small fires, the company said on Friday.",
    ),
    (
        "en-recall-brightway/heater",
        "Brightway heater recall after switch fault linked to fires",
        "Owners of the Brightway FH-9 fan heater are told to unplug it at once; fifteen "
        "thousand units are being recalled because the switch can overheat.",
    ),
    (
        "en-bridge-kelso",
        "Footbridge collapses in Kelso Falls, seven injured",
        "Seven people were hurt when a wooden footbridge over the river gave way in Kelso Falls"
        " on Saturday afternoon during a charity walk.",
    ),
    (
        "en-bridge-kelso",
        "Seven hurt as charity walk bridge gives way",
        "A footbridge packed with walkers collapsed into shallow water in Kelso Falls on "
        "Saturday. Two of the seven injured were taken to hospital by helicopter.",
    ),
    (
        "en-bridge-kelso",
        "Kelso Falls bridge collapse: council orders inspection of all crossings",
        "After Saturday's collapse, in which 7 people were injured, the council said every "
        "footbridge in the district would be checked.",
    ),
    (
        "en-exoplanet",
        "Astronomers find water vapour on nearby rocky planet",
        "A team using the Halcyon telescope has detected water vapour in the atmosphere of a "
        "rocky planet 41 light-years away, a first for a world of its size.",
    ),
    (
        "en-exoplanet",
        "Steam in the sky of a rocky world 41 light years away",
        "Water vapour has been spotted around a planet only a little larger than Earth, "
        "astronomers working with the Halcyon observatory reported on Tuesday.",
    ),
    (
        "en-halden-deal",
        "Halden Foods agrees $2.3bn takeover of Crisp & Co",
        "Halden Foods will buy snack maker Crisp & Co for $2.3 billion in cash, the two "
        "companies said on Monday, creating the region's largest crisp producer.",
    ),
    (
        "en-halden-deal",
        "Crisp & Co sold to Halden in 2.3 billion dollar deal",
        "Snack brand Crisp & Co has agreed to be bought by Halden Foods. Shareholders will get "
        "$41 a share, a 28% premium to Friday's close.",
    ),
    (
        "en-halden-deal",
        "Halden swallows Crisp & Co",
        "The food group said the deal would close next summer.",
    ),
    (
        "en-halden-deal/results",
        "Halden Foods profit rises 11% on strong bakery sales",
        "Halden Foods reported an 11% rise in quarterly operating profit to $310 million on "
        "Thursday, helped by higher bread and pastry sales.",
    ),
    (
        "en-halden-deal/results",
        "Bread boosts Halden as quarterly profit climbs",
        "Halden Foods said third-quarter operating profit grew to $310m, up eleven per cent, "
        "and kept its full-year forecast.",
    ),
    (
        "en-marathon-record",
        "Aster Wolde smashes Harlow marathon course record",
        "Aster Wolde won the Harlow marathon on Sunday in 2:18:40, taking more than a minute "
        "off the women's course record.",
    ),
    (
        "en-marathon-record",
        "Wolde runs 2h18 to break Harlow record",
        "Ethiopian runner Aster Wolde broke the course record in Harlow on Sunday, finishing in"
        " two hours 18 minutes and 40 seconds.",
    ),
    (
        "en-wildfire-corran",
        "Wildfire forces 3,000 to flee near Corran",
        "About 3,000 residents were evacuated from villages north of Corran on Wednesday as a "
        "wildfire fanned by strong winds burned through 2,500 hectares of scrub.",
    ),
    (
        "en-wildfire-corran",
        "Corran blaze: thousands evacuated as fire spreads",
        "Firefighters battled a fast-moving blaze north of Corran, where three thousand people "
        "left their homes. The fire has burnt 2.5k hectares.",
    ),
    (
        "en-wildfire-corran",
        "Evacuations north of Corran as fire crews fight wind-driven blaze",
        "Three villages near Corran were emptied on Wednesday; officials said 3000 people were "
        "in temporary shelters.",
    ),
    (
        "en-strike-westbury",
        "Baggage handlers walk out at Westbury airport",
        "Baggage handlers at Westbury airport began a 48-hour strike on Friday over pay, "
        "causing delays to about 200 flights.",
    ),
    (
        "en-strike-westbury",
        "Westbury flights delayed as handlers strike over pay",
        "Around two hundred flights were held up at Westbury on Friday when baggage staff "
        "started a two-day walkout demanding a 9% raise.",
    ),
    (
        "en-pryce-plan",
        "Health secretary Pryce unveils plan to cut waiting lists",
        "Health Secretary Alan Pryce on Monday set out a plan to hire 2,000 extra nurses and "
        "open ten new clinics to cut hospital waiting lists by a quarter.",
    ),
    (
        "en-pryce-plan",
        "Pryce promises 2,000 nurses in waiting-list push",
        "Alan Pryce said on Monday the government would recruit two thousand nurses and open 10"
        " clinics as he launched his waiting-times plan.",
    ),
    (
        "en-pryce-plan/committee",
        "Pryce grilled by MPs over hospital budget shortfall",
        "Health Secretary Alan Pryce faced sharp questions from the health committee on "
        "Wednesday over a £1.2bn gap in hospital budgets.",
    ),
    (
        "en-pryce-plan/committee",
        "MPs press Pryce on £1.2 billion hole in health budget",
        "Alan Pryce told the health committee on Wednesday that the shortfall in hospital "
        "funding would be covered by savings, a claim members doubted.",
    ),
    (
        "en-ship-aground",
        "Container ship runs aground in Tarn Strait",
        "The container ship Morning Tide ran aground in the Tarn Strait on Tuesday, blocking "
        "the channel for smaller vessels; none of its 22 crew were hurt.",
    ),
    (
        "en-ship-aground",
        "Morning Tide stuck in Tarn Strait, tugs sent",
        "Tugs were trying to refloat the Morning Tide, a 300-metre container vessel that "
        "grounded in the Tarn Strait early on Tuesday.",
    ),
    (
        "en-ship-aground",
        "Tarn Strait partly blocked",
        "A grounded freighter is holding up traffic.",
    ),
    (
        "en-museum-theft",
        "Jewels stolen from Eastbrook museum in night raid",
        "Thieves broke into the Eastbrook city museum overnight and took a collection of 18th-"
        "century jewels valued at £4 million, police said on Thursday.",
    ),
    (
        "en-museum-theft",
        "£4m jewel heist at Eastbrook museum",
        "Police are hunting a gang that smashed a display case at Eastbrook museum and escaped "
        "with jewellery worth four million pounds.",
    ),
    (
        "en-museum-theft",
        "Eastbrook museum raid: police appeal for witnesses",
        "Detectives investigating Thursday's theft of 18th century jewels want to hear from "
        "anyone near the museum between 2am and 4am.",
    ),
    (
        "en-rsv-approval",
        "Regulator approves first RSV jab for newborns",
        "The medicines regulator has approved a single-dose injection that protects newborn "
        "babies against RSV for their first winter.",
    ),
    (
        "en-rsv-approval",
        "Newborns to get RSV protection after approval",
        "A one-shot antibody jab against respiratory syncytial virus has been cleared for "
        "babies from birth, the regulator said on Tuesday.",
    ),
    (
        "en-tennis-final",
        "Mara Lindqvist wins Halberg Open title in three sets",
        "Mara Lindqvist beat Sofia Ortega 6-4 3-6 6-2 to win the Halberg Open on Sunday, her "
        "first title on clay.",
    ),
    (
        "en-tennis-final",
        "Lindqvist downs Ortega to claim Halberg crown",
        "Sweden's Mara Lindqvist came through a three-set final against Sofia Ortega, winning "
        "6-4, 3-6, 6-2 in Halberg.",
    ),
    (
        "en-tennis-final/preview",
        "Lindqvist and Ortega to meet in Halberg Open final",
        "Mara Lindqvist will face Sofia Ortega in Sunday's Halberg Open final after both won "
        "their semi-finals in straight sets on Saturday.",
    ),
    (
        "en-tennis-final/preview",
        "Halberg final preview: Lindqvist v Ortega",
        "The two have met four times, Ortega winning three; Sunday's final is Lindqvist's first"
        " on clay.",
    ),
    # --- ru
    (
        "ru-cb-livaria",
        "Нацбанк Ливарии снизил ключевую ставку до 9%",
        "Национальный банк Ливарии в пятницу снизил ключевую ставку на 50 базисных пунктов, до "
        "9% годовых, сославшись на замедление инфляции до 5,2%.",
    ),
    (
        "ru-cb-livaria",
        "Ливария: ставка снижена на полпроцента",
        "Регулятор Ливарии опустил ставку с 9,5 до 9 процентов. Это первое снижение за два "
        "года, инфляция в октябре составила 5,2 процента.",
    ),
    (
        "ru-cb-livaria",
        "ЦБ Ливарии впервые за два года смягчил политику",
        "Председатель Нацбанка Ливарии Анна Ковач заявила, что дальнейшие шаги будут зависеть "
        "от цен на продовольствие.",
    ),
    (
        "ru-cb-livaria/ormenia",
        "Центробанк Ормении снизил ставку до 7,5%",
        "Центральный банк Ормении в пятницу понизил ключевую ставку на 0,5 процентного пункта, "
        "до 7,5%, на фоне замедления роста цен.",
    ),
    (
        "ru-cb-livaria/ormenia",
        "Ормения удешевила кредиты: ставка 7,5 процента",
        "Регулятор Ормении второй раз подряд снизил ставку — теперь она составляет 7,5% "
        "годовых. Инфляция в стране опустилась до 4%.",
    ),
    (
        "ru-mayor-saveliev",
        "Мэр Савельев открыл новую станцию метро «Заречная»",
        "Мэр Игорь Савельев в понедельник открыл станцию «Заречная», 24-ю в городской подземке;"
        " первые пассажиры проехали по новому участку длиной 3,2 км.",
    ),
    (
        "ru-mayor-saveliev",
        "В городе заработала станция метро «Заречная»",
        "Новый участок метро протяжённостью 3,2 километра запустили в понедельник. На открытии "
        "выступил градоначальник Игорь Савельев.",
    ),
    (
        "ru-mayor-saveliev/fare",
        "Савельев объявил о подорожании проезда с января",
        "Мэр Игорь Савельев в четверг сообщил, что с 1 января стоимость поездки в метро и "
        "автобусах вырастет с 50 до 57 рублей.",
    ),
    (
        "ru-mayor-saveliev/fare",
        "Проезд в метро подорожает до 57 рублей",
        "Градоначальник Игорь Савельев объявил в четверг о повышении тарифа на общественный "
        "транспорт на 14% с нового года.",
    ),
    (
        "ru-mayor-saveliev/fare",
        "Савельев: билет подорожает",
        "Подробности — в нашем материале.",
    ),
    (
        "ru-flood-zlatoust",
        "Паводок в Златоусте: подтоплены 400 домов",
        "В Златоусте после сильных ливней вышла из берегов река Ай, подтоплено около 400 жилых "
        "домов, эвакуированы 1200 человек.",
    ),
    (
        "ru-flood-zlatoust",
        "В Златоусте эвакуировали более тысячи жителей из-за наводнения",
        "Уровень воды в реке Ай поднялся на 3 метра за сутки. Спасатели вывезли из зоны "
        "подтопления 1,2 тыс. человек, под водой оказались четыре сотни домов.",
    ),
    (
        "ru-flood-zlatoust",
        "Река Ай затопила улицы Златоуста",
        "Власти ввели режим ЧС; в пунктах временного размещения находятся около 1200 "
        "эвакуированных.",
    ),
    (
        "ru-plane-tolmachevo",
        "Самолёт с отказавшим двигателем благополучно сел в Толмачёво",
        "Пассажирский самолёт, летевший из Иркутска в Москву, в среду совершил экстренную "
        "посадку в новосибирском аэропорту Толмачёво из-за отказа двигателя. На борту было 164 "
        "человека.",
    ),
    (
        "ru-plane-tolmachevo",
        "Экстренная посадка в Новосибирске: никто не пострадал",
        "Самолет рейса Иркутск — Москва сел в Толмачево на одном двигателе. Все 164 пассажира и"
        " члены экипажа невредимы.",
    ),
    (
        "ru-hockey-buran",
        "«Буран» обыграл «Метеор» в овертайме",
        "Хоккеисты «Бурана» в субботу победили «Метеор» со счётом 3:2 в овертайме; победную "
        "шайбу забросил Денис Рябов.",
    ),
    (
        "ru-hockey-buran",
        "Рябов принёс «Бурану» победу над «Метеором»",
        "Гол Дениса Рябова на 63-й минуте решил исход матча: «Буран» — «Метеор» 3:2 ОТ.",
    ),
    (
        "ru-hockey-buran",
        "«Буран» вырвал победу у «Метеора»",
        "Матч завершился со счетом 3:2 после дополнительного времени.",
    ),
    (
        "ru-hockey-buran/preview",
        "«Буран» примет «Метеор»: Рябов под вопросом",
        "В субботу «Буран» сыграет дома с «Метеором»; нападающий Денис Рябов может пропустить "
        "матч из-за травмы плеча, сообщил главный тренер.",
    ),
    (
        "ru-hockey-buran/preview",
        "Анонс: «Метеор» в гостях у «Бурана»",
        "Команды встретятся в субботу, в прошлом сезоне «Метеор» выиграл обе очные встречи. "
        "Участие Рябова не гарантировано.",
    ),
    (
        "ru-recall-volna",
        "«Волна-Авто» отзывает 12 тысяч машин из-за тормозов",
        "Автозавод «Волна-Авто» отзывает 12 тыс. седанов «Волна С5», выпущенных в 2025 году, "
        "из-за возможной утечки тормозной жидкости.",
    ),
    (
        "ru-recall-volna",
        "Отзыв седанов «Волна С5»: проверят тормозную систему",
        "Владельцев 12 000 автомобилей пригласят к дилерам для замены шланга тормозной системы,"
        " сообщил Росстандарт.",
    ),
    (
        "ru-recall-volna/scooter",
        "«Волна-Авто» отзывает электросамокаты из-за аккумуляторов",
        "Компания «Волна-Авто» отзывает 3,5 тыс. электросамокатов «Волна Э1»: аккумулятор может"
        " перегреваться при зарядке.",
    ),
    (
        "ru-recall-volna/scooter",
        "Самокаты «Волна Э1» отзывают из-за риска возгорания",
        "Производитель попросил владельцев 3500 самокатов не заряжать их до замены батареи.",
    ),
    (
        "ru-exhibition-orlova",
        "В Эрмитаже открылась выставка Веры Орловой",
        "Ретроспектива художницы Веры Орловой открылась в Эрмитаже в четверг: 120 работ, "
        "большая часть которых впервые покинула частные собрания.",
    ),
    (
        "ru-exhibition-orlova",
        "Сто двадцать работ Орловой показывают в Эрмитаже",
        "Выставка продлится до марта. Многие картины Веры Орловой зрители увидят впервые.",
    ),
    (
        "ru-heat-moscow",
        "В Москве побит температурный рекорд: +35,1",
        "Во вторник воздух в столице прогрелся до +35,1 градуса, что на 0,8 градуса выше "
        "рекорда 1936 года, сообщили синоптики.",
    ),
    (
        "ru-heat-moscow",
        "Жара в столице: новый рекорд для 14 июля",
        "Метеостанция ВДНХ зафиксировала 35,1 °C. Предыдущий рекорд этого дня держался почти 90"
        " лет.",
    ),
    (
        "ru-heat-moscow",
        "Синоптики: рекордная жара продержится до выходных",
        "Температура в Москве во вторник достигла +35,1, в ближайшие дни ожидается до +34.",
    ),
    (
        "ru-glacier-study",
        "Учёные: ледники Алтая за 20 лет потеряли треть площади",
        "Исследователи из Томска подсчитали, что с 2005 года площадь ледников Алтая сократилась"
        " на 33%.",
    ),
    (
        "ru-glacier-study",
        "Алтайские ледники сокращаются быстрее, чем ожидалось",
        "По данным томских гляциологов, за два десятилетия ледники потеряли около трети площади.",
    ),
    # --- de
    (
        "de-sturm-hamburg",
        "Sturmtief „Ortrud“ legt Hamburger Hafen lahm",
        "Orkanböen von bis zu 130 km/h haben am Montag den Betrieb im Hamburger Hafen gestoppt;"
        " umstürzende Bäume blockierten zahlreiche Straßen im Norden der Stadt.",
    ),
    (
        "de-sturm-hamburg",
        "Orkan über Hamburg: Hafen dicht, Bäume auf Straßen",
        "Wegen des Sturms „Ortrud“ ruhte am Montag der Containerumschlag. Die Feuerwehr rückte "
        "zu mehr als 600 Einsätzen aus.",
    ),
    (
        "de-sturm-hamburg",
        "„Ortrud“ fegt über Norddeutschland",
        "Mehr als sechshundert Feuerwehreinsätze in Hamburg, der Hafen stand still.",
    ),
    (
        "de-sturm-hamburg/muenchen",
        "Unwetter in München: Hagel und überflutete Keller",
        "Ein schweres Gewitter mit Hagelkörnern von bis zu fünf Zentimetern hat am Donnerstag "
        "in München Hunderte Keller überflutet; die S-Bahn fuhr stundenlang nicht.",
    ),
    (
        "de-sturm-hamburg/muenchen",
        "Hagelsturm trifft München – S-Bahn-Verkehr eingestellt",
        "Die Feuerwehr zählte am Donnerstagabend mehr als 400 Einsätze, vor allem wegen "
        "vollgelaufener Keller.",
    ),
    (
        "de-brenner-stellen",
        "Brenner AG streicht 1.200 Stellen",
        "Der Autozulieferer Brenner AG baut bis 2028 rund 1.200 Arbeitsplätze in Deutschland "
        "ab, vor allem im Werk Schweinfurt, teilte das Unternehmen am Dienstag mit.",
    ),
    (
        "de-brenner-stellen",
        "Autozulieferer Brenner: 1200 Jobs fallen weg",
        "Brenner will Kosten um 300 Mio. Euro senken; betroffen ist vor allem Schweinfurt. Die "
        "IG Metall kündigte Widerstand an.",
    ),
    (
        "de-brenner-stellen",
        "Stellenabbau bei Brenner trifft Schweinfurt hart",
        "Der Zulieferer kappt 1.200 Stellen. Betriebsrat spricht von einem „schwarzen Dienstag“.",
    ),
    (
        "de-brenner-stellen/werk",
        "Brenner AG baut neues Werk in Ungarn",
        "Der Autozulieferer Brenner investiert 450 Millionen Euro in ein neues Werk bei Győr, "
        "in dem ab 2027 rund 900 Menschen arbeiten sollen.",
    ),
    (
        "de-brenner-stellen/werk",
        "Brenner investiert 450 Mio. Euro in Győr",
        "Das neue Brenner-Werk in Ungarn soll Elektromotoren-Teile fertigen und 900 "
        "Arbeitsplätze schaffen, teilte der Konzern am Freitag mit.",
    ),
    (
        "de-bahnstreik",
        "Lokführer legen Fernverkehr für 24 Stunden lahm",
        "Die Lokführergewerkschaft hat ab Mittwoch 2 Uhr zu einem 24-stündigen Streik im Fern- "
        "und Regionalverkehr aufgerufen; die Bahn erwartet massive Ausfälle.",
    ),
    (
        "de-bahnstreik",
        "Bahnstreik ab Mittwoch: Was Reisende wissen müssen",
        "Ein ganztägiger Ausstand der Lokführer trifft am Mittwoch Pendler und Fernreisende. "
        "Die Bahn will einen Notfahrplan anbieten.",
    ),
    (
        "de-bahnstreik",
        "GDL ruft zum Streik auf – Bahn rechnet mit Chaos",
        "Der Ausstand beginnt am Mittwochmorgen und soll 24 Stunden dauern.",
    ),
    (
        "de-wahl-kassel",
        "Kassel wählt Jana Felder zur Oberbürgermeisterin",
        "Die parteilose Jana Felder hat die Stichwahl um das Oberbürgermeisteramt in Kassel am "
        "Sonntag mit 54,3 Prozent der Stimmen gewonnen.",
    ),
    (
        "de-wahl-kassel",
        "Felder gewinnt Stichwahl in Kassel",
        "Mit 54,3 % setzte sich Jana Felder gegen Amtsinhaber Peter Reuss durch. Die "
        "Wahlbeteiligung lag bei 38 Prozent.",
    ),
    (
        "de-derby-bericht",
        "Rheinstadt gewinnt Derby gegen Altfeld mit 3:1",
        "Der SV Rheinstadt hat das Derby gegen den FC Altfeld am Samstag mit 3:1 gewonnen; "
        "Tomás Varga traf zweimal.",
    ),
    (
        "de-derby-bericht",
        "Doppelpack von Varga: Rheinstadt schlägt Altfeld",
        "Zwei Tore von Tomás Varga sicherten dem SV Rheinstadt vor 42.000 Zuschauern einen "
        "3:1-Derbysieg über Altfeld.",
    ),
    (
        "de-derby-bericht/vorschau",
        "Derby-Vorschau: Rheinstadt empfängt Altfeld",
        "Am Samstag steigt das Derby zwischen dem SV Rheinstadt und dem FC Altfeld; Trainer "
        "Kurt Lenz muss womöglich auf Tomás Varga verzichten.",
    ),
    (
        "de-derby-bericht/vorschau",
        "Vor dem Derby: Bangen um Varga bei Rheinstadt",
        "Rheinstadt-Stürmer Tomás Varga plagt eine Wadenverletzung. Das Spiel gegen Altfeld ist"
        " mit 42.000 Karten ausverkauft.",
    ),
    (
        "de-notenbank-valdorien",
        "Notenbank Valdoriens senkt Leitzins auf 2,5 Prozent",
        "Die Zentralbank von Valdorien hat am Donnerstag ihren Leitzins um 0,25 Prozentpunkte "
        "auf 2,5 Prozent gesenkt.",
    ),
    (
        "de-notenbank-valdorien",
        "Valdorien: Zinssenkung um einen Viertelpunkt",
        "Die valdorische Notenbank reagiert auf die schwache Konjunktur und senkt den Leitzins "
        "von 2,75 auf 2,5 %.",
    ),
    (
        "de-notenbank-valdorien/kestrien",
        "Kestrische Zentralbank belässt Leitzins bei 2,5 Prozent",
        "Die Zentralbank von Kestrien hat den Leitzins am Donnerstag unverändert bei 2,5 "
        "Prozent gelassen und vor steigenden Energiepreisen gewarnt.",
    ),
    (
        "de-notenbank-valdorien/kestrien",
        "Kestrien hält still: Leitzins bleibt bei 2,5 %",
        "Anders als erwartet verzichtete die kestrische Notenbank auf eine Senkung.",
    ),
    (
        "de-busunfall-a7",
        "Busunfall auf der A7: 14 Verletzte",
        "Ein Reisebus mit Schülern ist am Freitagmorgen auf der A7 bei Göttingen auf einen Lkw "
        "aufgefahren; 14 Menschen wurden verletzt, zwei davon schwer.",
    ),
    (
        "de-busunfall-a7",
        "Reisebus kracht bei Göttingen in Lastwagen",
        "Bei dem Unfall auf der Autobahn 7 wurden vierzehn Insassen verletzt. Die A7 war in "
        "Richtung Süden stundenlang gesperrt.",
    ),
    (
        "de-busunfall-a7",
        "Schulbus-Unfall auf A7 – zwei Schwerverletzte",
        "Der Bus war auf Klassenfahrt nach Würzburg unterwegs.",
    ),
    (
        "de-museum-bremen",
        "Bremen eröffnet neues Hafenmuseum",
        "Nach sechs Jahren Bauzeit hat Bremen am Sonntag sein neues Hafenmuseum eröffnet; der "
        "Bau kostete 86 Millionen Euro.",
    ),
    (
        "de-museum-bremen",
        "Hafenmuseum in Bremen öffnet seine Türen",
        "Das 86-Mio.-Euro-Projekt zeigt auf 7.000 Quadratmetern die Geschichte des Bremer Hafens.",
    ),
    (
        "de-rueckruf-almhof",
        "Almhof ruft Bergkäse wegen Listerien zurück",
        "Die Molkerei Almhof ruft ihren Bergkäse in 200-Gramm-Packungen zurück, weil Listerien "
        "nachgewiesen wurden. Betroffen sind Chargen mit Mindesthaltbarkeit bis Januar.",
    ),
    (
        "de-rueckruf-almhof",
        "Listerien im Bergkäse: Rückruf bei Almhof",
        "Kunden sollen den Käse nicht essen und können ihn im Markt zurückgeben, auch ohne "
        "Kassenbon.",
    ),
    (
        "de-rueckruf-almhof/joghurt",
        "Almhof ruft Fruchtjoghurt zurück – Glassplitter möglich",
        "Die Molkerei Almhof ruft Erdbeerjoghurt im 500-Gramm-Becher zurück, weil Glassplitter "
        "enthalten sein könnten.",
    ),
    (
        "de-rueckruf-almhof/joghurt",
        "Rückruf: Glas in Almhof-Erdbeerjoghurt",
        "Betroffen ist der 500-g-Becher mit Mindesthaltbarkeitsdatum im Dezember.",
    ),
    # --- fr
    (
        "fr-vasseur-annonce",
        "Claire Vasseur annonce 3 000 postes d'enseignants supplémentaires",
        "La ministre de l'Éducation, Claire Vasseur, a annoncé lundi la création de 3 000 "
        "postes d'enseignants à la rentrée prochaine, surtout dans les collèges.",
    ),
    (
        "fr-vasseur-annonce",
        "Éducation : 3000 postes créés, promet la ministre",
        "Claire Vasseur veut renforcer les collèges avec trois mille enseignants de plus dès "
        "septembre, a-t-elle déclaré lundi sur une radio nationale.",
    ),
    (
        "fr-vasseur-annonce",
        "Rentrée : Vasseur promet des renforts dans les collèges",
        "La ministre a détaillé lundi son plan pour les établissements en difficulté.",
    ),
    (
        "fr-vasseur-annonce/senat",
        "Claire Vasseur chahutée au Sénat sur la réforme du bac",
        "Jeudi, la ministre de l'Éducation Claire Vasseur a été vivement interpellée par les "
        "sénateurs sur le calendrier de la réforme du baccalauréat.",
    ),
    (
        "fr-vasseur-annonce/senat",
        "Réforme du bac : la ministre Vasseur sur la défensive",
        "Face aux sénateurs jeudi, Claire Vasseur a refusé de repousser la réforme, malgré la "
        "demande de plusieurs syndicats.",
    ),
    (
        "fr-match-bressac",
        "Bressac s'impose 2-0 face à Montval",
        "L'Olympique de Bressac a battu le FC Montval 2-0 samedi soir grâce à des buts de Karim"
        " Diallo et Lucas Perrin.",
    ),
    (
        "fr-match-bressac",
        "Diallo et Perrin offrent la victoire à Bressac",
        "Victoire 2 à 0 de l'OB contre Montval samedi, devant 31 000 spectateurs. Bressac "
        "remonte à la troisième place.",
    ),
    (
        "fr-match-bressac",
        "Ligue 1 : Bressac domine Montval",
        "Les Bressacois l'emportent deux buts à zéro.",
    ),
    (
        "fr-match-bressac/avant",
        "Avant Bressac-Montval : Diallo incertain",
        "L'Olympique de Bressac reçoit le FC Montval samedi ; l'attaquant Karim Diallo, touché "
        "à la cuisse, est incertain selon son entraîneur.",
    ),
    (
        "fr-match-bressac/avant",
        "Bressac-Montval : les compositions probables",
        "Avant le choc de samedi, Bressac devra peut-être se passer de Karim Diallo. Montval "
        "reste sur trois victoires.",
    ),
    (
        "fr-greve-rer",
        "Grève sur le RER B : un train sur trois mardi",
        "Un mouvement social perturbera fortement le RER B mardi, avec en moyenne un train sur "
        "trois, a prévenu l'exploitant lundi soir.",
    ),
    (
        "fr-greve-rer",
        "RER B : trafic très perturbé mardi en raison d'une grève",
        "Les syndicats de conducteurs protestent contre les nouveaux horaires ; seul un train "
        "sur trois circulera toute la journée.",
    ),
    (
        "fr-incendie-marseille",
        "Marseille : un violent incendie ravage un entrepôt du port",
        "Un incendie s'est déclaré mercredi dans un entrepôt de 8 000 m² sur le port de "
        "Marseille ; une épaisse fumée noire était visible dans toute la ville.",
    ),
    (
        "fr-incendie-marseille",
        "Panache de fumée au-dessus de Marseille après un feu d'entrepôt",
        "Plus de 120 pompiers ont été mobilisés mercredi contre l'incendie d'un entrepôt "
        "portuaire de 8000 mètres carrés. Aucun blessé n'est à déplorer.",
    ),
    (
        "fr-incendie-marseille",
        "Incendie sur le port de Marseille : les habitants invités à fermer leurs fenêtres",
        "La préfecture a recommandé de rester à l'intérieur pendant que 120 sapeurs-pompiers "
        "luttaient contre les flammes.",
    ),
    (
        "fr-festival-annule",
        "Le festival Rives d'Été annulé faute de financement",
        "Les organisateurs du festival Rives d'Été, qui attirait 40 000 spectateurs à Angers, "
        "ont annoncé vendredi son annulation, faute de subventions suffisantes.",
    ),
    (
        "fr-festival-annule",
        "Angers : pas de Rives d'Été cette année",
        "Privé d'une partie de ses aides publiques, le festival de musique renonce à son "
        "édition de juillet.",
    ),
    (
        "fr-lumeo-rachat",
        "Lumeo rachète le fabricant de capteurs Optika pour 780 millions d'euros",
        "Le groupe d'électronique Lumeo a annoncé mardi le rachat d'Optika, spécialiste des "
        "capteurs d'images, pour 780 M€.",
    ),
    (
        "fr-lumeo-rachat",
        "Lumeo met la main sur Optika",
        "L'acquisition, valorisée 780 millions d'euros, doit être finalisée au printemps, sous "
        "réserve du feu vert des autorités de la concurrence.",
    ),
    (
        "fr-lumeo-rachat/plan",
        "Lumeo annonce un plan social de 650 postes",
        "Le groupe Lumeo va supprimer 650 emplois en France, principalement sur son site de "
        "Grenoble, a-t-il annoncé jeudi.",
    ),
    (
        "fr-lumeo-rachat/plan",
        "Grenoble : Lumeo supprime 650 emplois",
        "Les syndicats dénoncent un plan social annoncé deux jours après un rachat à 780 "
        "millions d'euros.",
    ),
    (
        "fr-tempete-bretagne",
        "Tempête Bruno : 90 000 foyers privés d'électricité en Bretagne",
        "La tempête Bruno a balayé la Bretagne dans la nuit de dimanche à lundi, avec des "
        "rafales à 150 km/h à Brest ; 90 000 foyers sont sans courant.",
    ),
    (
        "fr-tempete-bretagne",
        "Bretagne : rafales à 150 km/h, des dizaines de milliers de foyers sans courant",
        "Le passage de Bruno a provoqué d'importants dégâts dans le Finistère ; Enedis "
        "annonçait lundi matin 90 000 clients coupés.",
    ),
    (
        "fr-tempete-bretagne/corse",
        "Tempête en Corse : des vents à 180 km/h au cap Corse",
        "Une violente tempête a frappé la Corse jeudi, avec des rafales de 180 km/h au cap "
        "Corse ; les liaisons maritimes avec le continent sont suspendues.",
    ),
    (
        "fr-tempete-bretagne/corse",
        "Corse : ferries à quai, écoles fermées après la tempête",
        "Les rafales ont atteint 180 km/h jeudi. 20 000 foyers restent privés d'électricité en "
        "Haute-Corse.",
    ),
    (
        "fr-telescope-pic",
        "Le télescope du pic du Midi photographie une comète inédite",
        "Des astronomes de l'observatoire du pic du Midi ont découvert une comète jusque-là "
        "inconnue, visible aux jumelles à partir de décembre.",
    ),
    (
        "fr-telescope-pic",
        "Une nouvelle comète repérée depuis le pic du Midi",
        "Elle devrait être visible aux jumelles dès décembre, selon l'équipe qui l'a identifiée.",
    ),
    # --- es
    (
        "es-clasico-cronica",
        "El Atlético Sureño gana 3-1 al Real Norteña en el clásico",
        "El Atlético Sureño derrotó 3-1 al Real Norteña el domingo con un doblete de Iker "
        "Salas; el equipo sigue líder de la liga.",
    ),
    (
        "es-clasico-cronica",
        "Salas decide el clásico: Sureño 3, Norteña 1",
        "Dos goles de Iker Salas en la segunda parte dieron la victoria al Atlético Sureño ante"
        " 55.000 espectadores.",
    ),
    (
        "es-clasico-cronica",
        "Doblete de Iker Salas y triunfo del Sureño en el clásico",
        "El conjunto local remontó el gol inicial del Real Norteña y ganó por tres a uno.",
    ),
    (
        "es-clasico-cronica/previa",
        "Previa del clásico: Sureño y Norteña, duelo por el liderato",
        "El Atlético Sureño recibe el domingo al Real Norteña; Iker Salas vuelve a la "
        "convocatoria tras su lesión.",
    ),
    (
        "es-clasico-cronica/previa",
        "Salas, listo para el clásico del domingo",
        "El delantero del Atlético Sureño ha recibido el alta médica y podrá jugar ante el Real"
        " Norteña, con 55.000 entradas vendidas.",
    ),
    (
        "es-banco-tarsia",
        "El banco central de Tarsia sube los tipos al 5,25%",
        "El Banco Central de Tarsia elevó el martes su tipo de interés de referencia en un "
        "cuarto de punto, hasta el 5,25%, para frenar una inflación del 7%.",
    ),
    (
        "es-banco-tarsia",
        "Tarsia encarece el dinero: tipos al 5,25 por ciento",
        "La autoridad monetaria de Tarsia sube 25 puntos básicos su tasa oficial, la cuarta "
        "subida del año.",
    ),
    (
        "es-banco-tarsia/merania",
        "Merania mantiene los tipos de interés en el 5,25%",
        "El Banco de Merania dejó el martes sin cambios su tipo de referencia en el 5,25%, al "
        "considerar que la inflación ya está bajando.",
    ),
    (
        "es-banco-tarsia/merania",
        "El banco central de Merania no toca los tipos",
        "La entidad mantiene la tasa en el 5,25 % por tercera reunión consecutiva.",
    ),
    (
        "es-granizo-zaragoza",
        "Una granizada destroza cosechas en Zaragoza",
        "Una fuerte tormenta de granizo arrasó el lunes más de 2.000 hectáreas de frutales en "
        "la provincia de Zaragoza, según las organizaciones agrarias.",
    ),
    (
        "es-granizo-zaragoza",
        "Granizo del tamaño de nueces en Zaragoza: 2.000 hectáreas dañadas",
        "Los agricultores aragoneses calculan pérdidas de 15 millones de euros tras la tormenta"
        " del lunes.",
    ),
    (
        "es-granizo-zaragoza/valencia",
        "Una DANA deja 180 litros por metro cuadrado en Valencia",
        "Las lluvias torrenciales del jueves inundaron garajes y cortaron carreteras en el sur "
        "de Valencia, donde cayeron 180 l/m² en doce horas.",
    ),
    (
        "es-granizo-zaragoza/valencia",
        "Inundaciones en Valencia tras una noche de tormentas",
        "El temporal del jueves obligó a rescatar a 40 personas atrapadas en sus coches.",
    ),
    (
        "es-incendio-gredos",
        "Un incendio en la sierra de Gredos obliga a desalojar dos pueblos",
        "El fuego, declarado el sábado por la tarde, ha quemado ya 1.500 hectáreas y ha "
        "obligado a desalojar a unos 800 vecinos de dos localidades de Ávila.",
    ),
    (
        "es-incendio-gredos",
        "Gredos arde: 1.500 hectáreas calcinadas y 800 desalojados",
        "Más de 300 efectivos trabajan para controlar el incendio, avivado por el viento y las "
        "altas temperaturas.",
    ),
    (
        "es-incendio-gredos",
        "Desalojados dos pueblos de Ávila por el fuego",
        "Unos ochocientos vecinos pasaron la noche en un polideportivo.",
    ),
    (
        "es-elecciones-moreno",
        "Lucía Moreno gana las elecciones regionales con mayoría absoluta",
        "La candidata Lucía Moreno obtuvo el domingo 41 de los 75 escaños del parlamento "
        "regional, una mayoría absoluta que no se veía desde hacía veinte años.",
    ),
    (
        "es-elecciones-moreno",
        "Mayoría absoluta para Moreno: 41 escaños",
        "Con el 99% escrutado, el partido de Lucía Moreno suma 41 diputados y podrá gobernar en"
        " solitario.",
    ),
    (
        "es-retirada-tandem",
        "Tándem retira 20.000 sillas de coche infantiles por un fallo en el cierre",
        "La empresa Tándem ha iniciado la retirada de 20.000 sillas de coche para bebés porque "
        "el cierre del arnés puede abrirse en caso de impacto.",
    ),
    (
        "es-retirada-tandem",
        "Alerta de consumo: retiran sillas infantiles Tándem",
        "Las familias que tengan el modelo Tándem Kiko deben dejar de usarlo; la marca cambiará"
        " la silla gratis.",
    ),
    (
        "es-retirada-tandem/cuna",
        "Tándem retira una cuna de viaje por riesgo de plegado",
        "La marca Tándem ha pedido devolver 6.000 cunas de viaje cuyo mecanismo puede plegarse "
        "con el bebé dentro.",
    ),
    (
        "es-retirada-tandem/cuna",
        "Retirada de la cuna de viaje Tándem Nido",
        "Sanidad alerta de un defecto en 6.000 unidades del modelo Nido.",
    ),
    (
        "es-huelga-metro",
        "Huelga en el metro de Bilbao: servicios mínimos del 50%",
        "Los trabajadores del metro de Bilbao harán huelga el viernes; el Gobierno vasco ha "
        "fijado servicios mínimos del 50% en hora punta.",
    ),
    (
        "es-huelga-metro",
        "Paro en el metro de Bilbao el viernes",
        "La plantilla protesta por el convenio. Circulará la mitad de los trenes en las horas "
        "de mayor demanda.",
    ),
    (
        "es-satelite",
        "España lanza su primer satélite meteorológico propio",
        "El satélite Cierzo-1 despegó el miércoles desde la Guayana Francesa y mejorará las "
        "previsiones de lluvias torrenciales, según la agencia espacial.",
    ),
    (
        "es-satelite",
        "Cierzo-1 ya está en órbita",
        "El primer satélite meteorológico español fue lanzado con éxito el miércoles.",
    ),
    # --- it, pt, nl, and stories one outlet told
    (
        "it-alluvione-cesena",
        "Alluvione a Cesena, evacuate 2.000 persone",
        "Il fiume Savio è esondato nella notte tra martedì e mercoledì a Cesena: circa 2.000 "
        "residenti sono stati evacuati e diverse strade sono sommerse.",
    ),
    (
        "it-alluvione-cesena",
        "Cesena sott'acqua: esonda il Savio, duemila sfollati",
        "La Protezione civile ha aperto tre centri di accoglienza. Le scuole resteranno chiuse "
        "giovedì.",
    ),
    (
        "it-alluvione-cesena",
        "Maltempo in Romagna, il Savio rompe gli argini",
        "Evacuati i quartieri vicino al fiume.",
    ),
    (
        "it-sciopero-treni",
        "Sciopero dei treni venerdì: a rischio regionali e Frecce",
        "I sindacati dei ferrovieri hanno proclamato uno sciopero nazionale di 8 ore per "
        "venerdì, dalle 9 alle 17; garantite le fasce di pendolarismo.",
    ),
    (
        "it-sciopero-treni",
        "Treni, venerdì sciopero di otto ore",
        "Stop dalle 9 alle 17. Le aziende ferroviarie invitano i viaggiatori a informarsi prima"
        " di partire.",
    ),
    (
        "it-derby-cronaca",
        "Il Torrenova vince il derby 2-1 con il Castelverde",
        "Il Torrenova ha battuto il Castelverde 2-1 domenica, decide un gol di Marco Bellini al"
        " novantesimo.",
    ),
    (
        "it-derby-cronaca",
        "Bellini all'ultimo respiro: derby al Torrenova",
        "Gol decisivo al 90' e vittoria per 2 a 1 sul Castelverde.",
    ),
    (
        "it-derby-cronaca/vigilia",
        "Vigilia del derby: Torrenova-Castelverde, Bellini in dubbio",
        "Domenica il Torrenova ospita il Castelverde; l'attaccante Marco Bellini è in dubbio "
        "per un affaticamento muscolare.",
    ),
    (
        "pt-eleicao-porto",
        "Ana Ribeiro eleita presidente da Câmara do Porto",
        "Ana Ribeiro venceu no domingo as eleições autárquicas no Porto com 46,2% dos votos, "
        "derrotando o atual presidente.",
    ),
    (
        "pt-eleicao-porto",
        "Porto: Ribeiro vence autárquicas com 46%",
        "A candidata independente conquistou a câmara com uma vantagem de nove pontos. A "
        "abstenção foi de 52%.",
    ),
    (
        "pt-incendio-serra",
        "Incêndio na serra da Estrela mobiliza 400 bombeiros",
        "Um incêndio que deflagrou na segunda-feira na serra da Estrela já consumiu 3.000 "
        "hectares e mobiliza mais de 400 bombeiros.",
    ),
    (
        "pt-incendio-serra",
        "Serra da Estrela: fogo consome três mil hectares",
        "Mais de quatrocentos operacionais combatem as chamas, ajudados por oito meios aéreos.",
    ),
    (
        "pt-incendio-serra",
        "Incêndio na Estrela ainda sem controlo",
        "O fogo lavra desde segunda-feira.",
    ),
    (
        "pt-juros-brasil",
        "Banco central eleva juros para 11,25%",
        "O banco central subiu a taxa básica de juros em 0,5 ponto percentual, para 11,25% ao "
        "ano, na quarta-feira.",
    ),
    (
        "pt-juros-brasil",
        "Juros sobem meio ponto e chegam a 11,25%",
        "A decisão foi unânime; o comité citou a inflação de serviços.",
    ),
    (
        "nl-storm-zeeland",
        "Zware storm treft Zeeland, duizenden huizen zonder stroom",
        "Een zware storm met windstoten tot 120 kilometer per uur heeft maandag in Zeeland voor"
        " grote schade gezorgd; 8.000 huishoudens zaten zonder stroom.",
    ),
    (
        "nl-storm-zeeland",
        "Stormschade in Zeeland: bomen op de weg, 8000 huizen zonder stroom",
        "De brandweer rukte maandag honderden keren uit. De Zeelandbrug was urenlang dicht.",
    ),
    (
        "nl-storm-zeeland/groningen",
        "Storm raast over Groningen: treinverkeer stilgelegd",
        "Donderdag legde een nieuwe storm het treinverkeer in Groningen plat; windstoten "
        "bereikten 110 kilometer per uur.",
    ),
    (
        "nl-vandijk-ontslagen",
        "Van Dijk Logistiek schrapt 400 banen",
        "Transportbedrijf Van Dijk Logistiek gaat 400 banen schrappen, vooral in het "
        "distributiecentrum in Tilburg, maakte het bedrijf dinsdag bekend.",
    ),
    (
        "nl-vandijk-ontslagen",
        "400 ontslagen bij Van Dijk Logistiek",
        "Het bedrijf wil de kosten met 40 miljoen euro verlagen; vakbonden zijn boos.",
    ),
    (
        "nl-vandijk-ontslagen/overname",
        "Van Dijk Logistiek neemt Belgische vervoerder over",
        "Van Dijk Logistiek koopt het Belgische transportbedrijf Maes voor 120 miljoen euro, "
        "maakte het donderdag bekend.",
    ),
    (
        "nl-trein-storing",
        "Grote storing legt treinverkeer rond Utrecht plat",
        "Door een computerstoring reden dinsdagochtend urenlang geen treinen van en naar "
        "Utrecht Centraal; tienduizenden reizigers strandden.",
    ),
    (
        "nl-trein-storing",
        "Urenlang geen treinen rond Utrecht door storing",
        "Een storing in het beveiligingssysteem zorgde dinsdag voor chaos in de spits.",
    ),
    (
        "en-lone-library",
        "Library reopens after two-year refit",
        "The central library in Milbrook reopened on Saturday after a two-year refit costing "
        "£14 million, with a new children's floor and a rooftop reading room.",
    ),
    (
        "ru-lone-bridge",
        "В Казани закрыли на ремонт мост через Казанку",
        "Движение по мосту будет ограничено до конца мая, объезд организован по соседним улицам.",
    ),
    (
        "de-lone-zoo",
        "Zoo Leipzig freut sich über Elefantennachwuchs",
        "Im Zoo Leipzig ist am Mittwoch ein Elefantenkalb zur Welt gekommen; Mutter und "
        "Jungtier sind wohlauf.",
    ),
    (
        "fr-lone-vendanges",
        "Vendanges précoces en Bourgogne",
        "Les vignerons ont commencé la récolte dix jours plus tôt que la moyenne, en raison "
        "d'un été très chaud.",
    ),
)

# Each hard-negative label is another event of the story before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two storms in one week, different places": (
        "en-storm-pellworth/darrow",
        "de-sturm-hamburg/muenchen",
        "fr-tempete-bretagne/corse",
        "es-granizo-zaragoza/valencia",
        "nl-storm-zeeland/groningen",
    ),
    "a match preview and its report": (
        "en-tennis-final/preview",
        "ru-hockey-buran/preview",
        "de-derby-bericht/vorschau",
        "fr-match-bressac/avant",
        "es-clasico-cronica/previa",
        "it-derby-cronaca/vigilia",
    ),
    "two central-bank decisions in different countries": (
        "en-rates-ostria/velmar",
        "ru-cb-livaria/ormenia",
        "de-notenbank-valdorien/kestrien",
        "es-banco-tarsia/merania",
    ),
    "one company's two announcements": (
        "en-halden-deal/results",
        "de-brenner-stellen/werk",
        "fr-lumeo-rachat/plan",
        "nl-vandijk-ontslagen/overname",
    ),
    "one politician on two days": (
        "en-pryce-plan/committee",
        "ru-mayor-saveliev/fare",
        "fr-vasseur-annonce/senat",
    ),
    "one maker's recalls of two different products": (
        "en-recall-brightway/heater",
        "ru-recall-volna/scooter",
        "de-rueckruf-almhof/joghurt",
        "es-retirada-tandem/cuna",
    ),
}
