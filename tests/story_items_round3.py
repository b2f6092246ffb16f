"""A third check set for story merging, written blind and scored once (2026-12-06; docs/digest.md).

Same format as `tests.story_items_fresh`: (story, title, lead). Items with one story label are one
event as different outlets in one language would title and lead it: a wire copy, a tabloid, a
local paper, a business paper, a live blog; other wording and word order, synonyms, other number
formats, names in full or by surname (and spelled two ways in Russian), some copies with a teaser
under 80 characters. A label with a suffix after a slash is a hard negative of the story before
the slash: same topic, another event (categories in `HARD_NEGATIVES`). Some stories are told by
one outlet only: they can only be merged falsely. Each story is in one language, its label's
prefix: en, ru, de, fr, es, it, pt, nl. All texts, places, people and firms are invented here.

Written by an author who did not read the merging rules, their lexicon, or the items of the other
sets, and never run through the merging code before its one scoring run
(`python -m bench.stories --round3`); its errors have been read since, so it is no longer a clean
check.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str], ...] = (
    # --- en: a fire and another fire in the same week
    (
        "en-fire-carrow",
        "Wildfire forces 2,300 to flee homes near Carrow",
        "A fast-moving wildfire in the hills above Carrow forced about 2,300 residents to leave "
        "their homes on Tuesday, fire officials said, after it burned through some 1,200 "
        "hectares of scrub.",
    ),
    (
        "en-fire-carrow",
        "INFERNO! Families run for their lives as Carrow hills burn",
        "Terrified families grabbed pets and photo albums as flames raced down the slopes "
        "towards the town last night.",
    ),
    (
        "en-fire-carrow",
        "Carrow evacuation: what we know so far",
        "Residents of the Upper Mill and Keel Lane estates have been told to go to the leisure "
        "centre as the blaze spreads. Nearly 3,000 acres have burned.",
    ),
    (
        "en-fire-carrow",
        "LIVE: Carrow wildfire – evacuation zone widened as wind picks up",
        "Follow the latest as crews fight the blaze above Carrow.",
    ),
    (
        "en-fire-carrow/linfield",
        "Second wildfire of the week forces evacuations near Linfield",
        "About 400 people were moved out of villages west of Linfield on Thursday as a grass "
        "fire spread across 300 hectares, two days after the Carrow blaze.",
    ),
    (
        "en-fire-carrow/linfield",
        "Linfield blaze: 400 evacuated as flames reach farmland",
        "Firefighters from three counties are tackling a wildfire near Linfield that has forced "
        "hundreds of people from their homes.",
    ),
    (
        "en-fire-carrow/linfield",
        "Fire crews battle new blaze near Linfield",
        "Hundreds moved to safety overnight.",
    ),
    # --- en: a cup final and its preview
    (
        "en-cup-final",
        "Bellamy double as Harwick Rovers win County Cup",
        "Tom Bellamy scored twice as Harwick Rovers beat Eastmoor Athletic 3-1 in the County Cup "
        "final at Valley Park on Saturday.",
    ),
    (
        "en-cup-final",
        "Rovers lift the cup! Eastmoor sunk 3–1",
        "Harwick's hero Bellamy struck two as Rovers ended a 19-year wait for silverware.",
    ),
    (
        "en-cup-final",
        "Harwick celebrates first trophy in nineteen years",
        "Thousands of fans lined the high street on Sunday after the Rovers' three-one win over "
        "Eastmoor in the final.",
    ),
    (
        "en-cup-final",
        "Harwick Rovers 3-1 Eastmoor Athletic: County Cup final – as it happened",
        "Goal-by-goal updates from Valley Park.",
    ),
    (
        "en-cup-final/preview",
        "Harwick Rovers v Eastmoor Athletic: County Cup final preview",
        "Harwick Rovers face Eastmoor Athletic in Saturday's County Cup final at Valley Park, "
        "with striker Tom Bellamy fit to start.",
    ),
    (
        "en-cup-final/preview",
        "Bellamy passed fit for Rovers' cup final against Eastmoor",
        "Harwick manager Kate Dunmore said on Thursday that her top scorer had recovered from a "
        "hamstring strain ahead of the weekend final.",
    ),
    (
        "en-cup-final/preview",
        "Can Harwick end their 19-year wait? Five things to watch on Saturday",
        "Eastmoor are the favourites, but the Rovers have won both league meetings this season.",
    ),
    # --- en: two central banks in one week
    (
        "en-rates-norvia",
        "Bank of Norvia lifts key rate to 4.5%",
        "The Bank of Norvia put up its key rate from 4.25% to 4.5% on "
        "Wednesday, saying that inflation of 5.1% was still too high.",
    ),
    (
        "en-rates-norvia",
        "Norvian central bank hikes again as inflation stays stubborn",
        "Governor Elin Strand's board voted 6-3 for a 25 basis point increase, taking the policy "
        "rate to 4.5%.",
    ),
    (
        "en-rates-norvia",
        "Mortgage misery as rates go up AGAIN",
        "Homeowners in Norvia face bigger bills after the central bank put up rates for the "
        "fourth time this year.",
    ),
    (
        "en-rates-norvia/selandia",
        "Selandia central bank cuts interest rate to 2.75%",
        "The National Bank of Selandia lowered its policy rate to 2.75% from 3% on "
        "Thursday as inflation slowed to 2.4%.",
    ),
    (
        "en-rates-norvia/selandia",
        "Relief for borrowers as Selandia trims rates",
        "Selandia's central bank lowered borrowing costs on Thursday, a day after neighbouring "
        "Norvia raised them.",
    ),
    # --- en: a fraud trial's verdict and its opening
    (
        "en-trial-okafor",
        "Ex-finance chief Daniel Okafor guilty of £4.2m fraud",
        "A jury at Kingsbridge Crown Court on Friday found former finance director Daniel Okafor "
        "guilty of defrauding his employer, the builder Halworth Homes, of £4.2 million.",
    ),
    (
        "en-trial-okafor",
        "Okafor convicted over Halworth Homes fraud",
        "Jurors took eleven hours to convict the 52-year-old, who will be sentenced next month.",
    ),
    (
        "en-trial-okafor",
        "GUILTY: Fat cat who stole £4.2 MILLION to buy a yacht",
        "Daniel Okafor siphoned cash from the firm's accounts for six years before he was caught.",
    ),
    (
        "en-trial-okafor/opening",
        "Trial of ex-Halworth Homes director Daniel Okafor opens",
        "Former finance director Daniel Okafor went on trial at Kingsbridge Crown Court on Monday "
        "accused of stealing £4.2m from his employer, a charge he denies.",
    ),
    (
        "en-trial-okafor/opening",
        "Okafor 'used company cash to buy yacht', jury told",
        "Prosecutors opened their case against the former Halworth Homes executive, who denies "
        "fraud.",
    ),
    # --- en: a rail strike and a nurses' strike
    (
        "en-strike-rail",
        "Rail strike halts most trains for 48 hours",
        "About four in five train services were cancelled on Monday as members of the Rail "
        "Transport Union began a two-day walkout over pay.",
    ),
    (
        "en-strike-rail",
        "Commuter chaos as train staff walk out",
        "Stations were deserted on Monday morning, with only one in five trains running during "
        "the 48-hour RTU strike.",
    ),
    (
        "en-strike-rail",
        "Rail strike live: 80% of services cancelled, talks to resume Wednesday",
        "Latest updates on the two-day walkout.",
    ),
    (
        "en-strike-rail/nurses",
        "Nurses stage first 24-hour strike over pay",
        "Thousands of nurses walked out on Thursday in a 24-hour strike called by the Nursing "
        "Guild, days after rail workers held their own stoppage.",
    ),
    (
        "en-strike-rail/nurses",
        "Hospitals postpone 6,000 operations as nurses strike",
        "Planned operations were cancelled across the country as nurses joined picket lines.",
    ),
    # --- en: one maker's two recalls
    (
        "en-recall-fernbrook",
        "Fernbrook recalls baby formula over salmonella fears",
        "Fernbrook Foods is recalling three batches of its Little Sprout infant formula after "
        "tests found possible salmonella contamination, the food safety agency said on Monday.",
    ),
    (
        "en-recall-fernbrook",
        "Parents warned: do not use Little Sprout formula",
        "Tins with a best-before date in March 2027 should be taken back to the shop for a full "
        "refund.",
    ),
    (
        "en-recall-fernbrook",
        "Fernbrook shares slip after formula recall",
        "Shares in Fernbrook Foods fell 3.8% as the company pulled Little Sprout powder from "
        "shelves.",
    ),
    (
        "en-recall-fernbrook/bars",
        "Fernbrook recalls cereal bars over undeclared peanuts",
        "Fernbrook Foods has recalled its Oat Crunch cereal bars because they may contain peanuts "
        "not listed on the label, the company's second recall this month.",
    ),
    (
        "en-recall-fernbrook/bars",
        "Allergy alert: Fernbrook Oat Crunch bars pulled",
        "People allergic to peanuts should not eat the bars, the food safety agency said.",
    ),
    # --- en: a governor's two speeches
    (
        "en-ellery-housing",
        "Ellery pledges 50,000 new homes in five years",
        "Governor Ruth Ellery promised on Tuesday to build 50,000 affordable homes by 2031, in a "
        "speech to the regional assembly in Dunmere.",
    ),
    (
        "en-ellery-housing",
        "Governor's housing promise: 'a home for every young family'",
        "Ruth Ellery told assembly members that land owned by the region would be released to "
        "builders.",
    ),
    (
        "en-ellery-housing",
        "Builders welcome Ellery's homes target but doubt the funding",
        "The governor's plan for fifty thousand homes will cost about 6 billion, industry groups "
        "estimate.",
    ),
    (
        "en-ellery-housing/tram",
        "Ellery unveils plan for Dunmere tram line",
        "Governor Ruth Ellery used a speech in Dunmere on Friday to announce a 14 km tram line "
        "linking the city centre to the airport.",
    ),
    (
        "en-ellery-housing/tram",
        "Ruth Ellery: trams will be running by 2030",
        "In her second big speech of the week, the governor said work would start next spring.",
    ),
    # --- en: one company's two announcements
    (
        "en-quillon-deal",
        "Quillon to buy rival Tessaly for $2.1bn",
        "Software maker Quillon Systems agreed on Tuesday to buy its smaller rival Tessaly for "
        "$2.1 billion in cash, its biggest deal to date.",
    ),
    (
        "en-quillon-deal",
        "Quillon-Tessaly deal creates payroll software giant",
        "The takeover, worth 2.1 billion dollars, still needs the approval of competition "
        "regulators.",
    ),
    (
        "en-quillon-deal",
        "Tessaly shares soar 34% on Quillon bid",
        "Tessaly investors will receive $48 a share, a premium of about a third on Monday's close.",
    ),
    (
        "en-quillon-deal/results",
        "Quillon profit rises 8% as cloud sales grow",
        "Quillon Systems reported on Thursday an 8% rise in quarterly profit to $310 million, "
        "helped by demand for its cloud payroll service.",
    ),
    (
        "en-quillon-deal/results",
        "Quillon beats forecasts two days after Tessaly deal",
        "Revenue at the software group reached $1.4bn over the July-September quarter.",
    ),
    # --- en: a Russian-born physicist, his name spelled two ways
    (
        "en-medal-lavrov",
        "Physicist Yevgeny Lavrov wins Carrington Medal",
        "Yevgeny Lavrov, who leads the quantum sensing group at Brackley University, has been "
        "awarded this year's Carrington Medal for his work on ultra-sensitive magnetometers.",
    ),
    (
        "en-medal-lavrov",
        "Evgeny Lavrov honoured for quantum sensor work",
        "The Moscow-born scientist, 47, moved to Brackley in 2012 and will receive the medal in "
        "London next month.",
    ),
    (
        "en-medal-lavrov",
        "Brackley's Professor Lavrov scoops top physics prize",
        "The university said the award was a first for its physics department.",
    ),
    # --- en: stories with no twin
    (
        "en-bridge-alder",
        "Part of historic Alder Bridge collapses into river",
        "A section of the 200-year-old Alder Bridge in Wexham fell into the river early on "
        "Sunday. Nobody was hurt, police said.",
    ),
    (
        "en-bridge-alder",
        "Wexham's Alder Bridge crumbles overnight",
        "Engineers said heavy rain had weakened the stone arch; the crossing will stay shut for "
        "months.",
    ),
    (
        "en-bridge-alder",
        "Bridge collapse: no injuries, road closed",
        "Wexham police ask drivers to avoid the town centre.",
    ),
    (
        "en-brooch-redwater",
        "Thieves steal 7th-century gold brooch from Redwater Museum",
        "A gold brooch about 1,300 years old was taken from a display case at the Redwater Museum "
        "on Wednesday night, police said.",
    ),
    (
        "en-brooch-redwater",
        "Priceless Saxon treasure snatched in museum raid",
        "Burglars smashed a window and made off with the Redwater brooch in under four minutes.",
    ),
    (
        "en-brooch-redwater",
        "Redwater Museum closes after brooch theft",
        "The museum will stay shut until Monday while detectives examine the scene.",
    ),
    (
        "en-brooch-redwater",
        "Police release CCTV images after Redwater brooch theft",
        "Detectives want to speak to two men seen near the museum on the night of the burglary.",
    ),
    (
        "en-library-ashby",
        "Ashby library will open seven days a week from January",
        "The town's library will open from 11am to 4pm on Sundays after a volunteer scheme was "
        "approved by the council.",
    ),
    (
        "en-whale-morran",
        "Rare beaked whale spotted off Morran Point",
        "Marine watchers photographed a Sowerby's beaked whale two miles offshore on Saturday.",
    ),
    (
        "en-chess-thornby",
        "Schoolgirl, 11, wins national chess title",
        "Priya Nandakumar of Thornby became the youngest winner of the national championship on "
        "Sunday.",
    ),
    # --- ru: полуфинал и его анонс
    (
        "ru-cup-veresk",
        "«Вереск» обыграл «Кремень» и вышел в финал Кубка",
        "Футболисты «Вереска» в субботу победили «Кремень» со счётом 2:0 в полуфинале Кубка "
        "области; оба мяча забил Артём Зуев.",
    ),
    (
        "ru-cup-veresk",
        "Дубль Зуева вывел «Вереск» в финал",
        "Нападающий отличился на 34-й и 78-й минутах полуфинального матча.",
    ),
    (
        "ru-cup-veresk",
        "Онлайн: «Вереск» — «Кремень» — 2:0, матч завершён",
        "Текстовая трансляция полуфинала Кубка области.",
    ),
    (
        "ru-cup-veresk",
        "Вереск в финале! Город празднует победу над Кремнём",
        "Болельщики до ночи гуляли на Соборной площади после победы со счётом два — ноль.",
    ),
    (
        "ru-cup-veresk/preview",
        "«Вереск» — «Кремень»: анонс полуфинала Кубка области",
        "В субботу «Вереск» примет «Кремень» в полуфинале Кубка области; у хозяев восстановился "
        "после травмы нападающий Артём Зуев.",
    ),
    (
        "ru-cup-veresk/preview",
        "Зуев готов сыграть против «Кремня»",
        "Главный тренер «Вереска» Олег Мамонтов подтвердил, что форвард тренируется в общей "
        "группе.",
    ),
    # --- ru: два центробанка
    (
        "ru-rate-dalmaria",
        "Нацбанк Далмарии поднял ключевую ставку до 16%",
        "Национальный банк Далмарии в пятницу повысил ключевую ставку на 100 базисных пунктов, до "
        "16% годовых, сославшись на ускорение инфляции.",
    ),
    (
        "ru-rate-dalmaria",
        "Ставка выросла до 16 процентов: что будет с кредитами",
        "Решение регулятора Далмарии сделает ипотеку дороже уже в следующем месяце, считают "
        "банкиры.",
    ),
    (
        "ru-rate-dalmaria",
        "Регулятор Далмарии ужесточил политику сильнее ожиданий",
        "Аналитики ждали повышения на 0,5 п. п., но совет директоров проголосовал за шаг в один "
        "процентный пункт.",
    ),
    (
        "ru-rate-dalmaria/tervia",
        "Центробанк Тервии снизил ставку до 8,5%",
        "Центральный банк Тервии в четверг снизил ключевую ставку с 9% до 8,5% годовых на фоне "
        "замедления инфляции.",
    ),
    (
        "ru-rate-dalmaria/tervia",
        "Тервия смягчила денежную политику",
        "Регулятор впервые за два года понизил ставку, сообщила пресс-служба банка.",
    ),
    # --- ru: губернатор выступил дважды
    (
        "ru-governor-lisitsyn",
        "Лисицын пообещал построить новую областную больницу",
        "Губернатор Андрей Лисицын в ежегодном послании депутатам во вторник объявил о "
        "строительстве областной больницы на 600 коек.",
    ),
    (
        "ru-governor-lisitsyn",
        "Послание губернатора: больница, дороги и зарплаты врачам",
        "Глава региона А. Лисицын выступил перед областной думой с отчётом и планами на 2027 год.",
    ),
    (
        "ru-governor-lisitsyn",
        "Больница на 600 мест появится к 2029 году",
        "Об этом заявил губернатор в послании.",
    ),
    (
        "ru-governor-lisitsyn/forum",
        "Лисицын на бизнес-форуме пообещал налоговые льготы инвесторам",
        "Выступая в четверг на инвестиционном форуме, губернатор Андрей Лисицын предложил снизить "
        "налог на имущество для новых заводов.",
    ),
    (
        "ru-governor-lisitsyn/forum",
        "Губернатор — предпринимателям: «Налог снизим»",
        "Глава области выступил на форуме в Заречье.",
    ),
    # --- ru: две забастовки в одном городе, в разных отраслях
    (
        "ru-strike-dockers",
        "Докеры порта Северогорск объявили забастовку",
        "Около 1200 портовых рабочих в понедельник прекратили работу, требуя повышения зарплаты "
        "на 20%; погрузка судов остановлена.",
    ),
    (
        "ru-strike-dockers",
        "Порт Северогорска встал: докеры бастуют второй день",
        "У причалов скопилось более тридцати судов.",
    ),
    (
        "ru-strike-dockers",
        "Забастовка в порту: профсоюз требует +20% к зарплате",
        "Переговоры с руководством порта назначены на пятницу.",
    ),
    (
        "ru-strike-dockers/drivers",
        "В Северогорске забастовали водители автобусов",
        "В четверг на линии не вышли около 300 водителей городских автобусов: они требуют "
        "ремонта машин и выплаты долгов по зарплате.",
    ),
    (
        "ru-strike-dockers/drivers",
        "Город без автобусов: водители бастуют",
        "Жители Северогорска добираются на работу пешком и на такси.",
    ),
    # --- ru: иностранец во главе авиакомпании, имя в двух написаниях
    (
        "ru-airline-omalley",
        "Авиакомпанию «Борей» возглавит ирландец Шон О’Мэлли",
        "Совет директоров авиакомпании «Борей» назначил генеральным директором бывшего "
        "топ-менеджера европейского лоукостера Шона О’Мэлли; он приступит к работе 1 февраля.",
    ),
    (
        "ru-airline-omalley",
        "Новым гендиректором «Борея» стал Шон Омэлли",
        "Ирландский менеджер пообещал за три года удвоить число рейсов перевозчика.",
    ),
    (
        "ru-airline-omalley",
        "О’Мэлли: «Борей» станет бюджетной авиакомпанией",
        "Первое интервью нового руководителя перевозчика.",
    ),
    # --- ru: истории без пары
    (
        "ru-tram-krasnolesye",
        "В Краснолесье трамвай сошёл с рельсов, пострадали семь человек",
        "Утром в понедельник трамвай маршрута № 4 сошёл с рельсов на улице Лесной; семь "
        "пассажиров доставлены в больницу.",
    ),
    (
        "ru-tram-krasnolesye",
        "Сход трамвая на Лесной: семеро в больнице",
        "Причиной аварии могла стать неисправность стрелки, сообщили в мэрии.",
    ),
    (
        "ru-tram-krasnolesye",
        "Авария трамвая в Краснолесье: движение по Лесной перекрыто",
        "Горожан просят пользоваться автобусами.",
    ),
    (
        "ru-conductor-haberland",
        "Немецкий дирижёр Юрген Хаберланд возглавит филармонический оркестр",
        "Контракт с 58-летним музыкантом филармония Краснолесья подписала на пять лет.",
    ),
    (
        "ru-conductor-haberland",
        "Оркестр филармонии возглавит Юрген Габерланд",
        "Немецкий маэстро сменит на посту главного дирижёра Виктора Ланского, ушедшего на пенсию.",
    ),
    (
        "ru-conductor-haberland",
        "Хаберланд: «Краснолесье удивит Европу»",
        "Новый главный дирижёр филармонии дал первое интервью после назначения.",
    ),
    (
        "ru-library-zarechye",
        "В Заречье открылась библиотека с круглосуточным залом",
        "Читальный зал на 40 мест будет работать без выходных и перерывов.",
    ),
    # --- de: zwei Unwetter in einer Woche
    (
        "de-sturm-lindenau",
        "Sturmtief „Gesa“ legt Lindenau lahm",
        "Orkanböen von bis zu 120 km/h haben am Dienstag in Lindenau Bäume entwurzelt und den "
        "Bahnverkehr zum Erliegen gebracht; zwei Menschen wurden leicht verletzt.",
    ),
    (
        "de-sturm-lindenau",
        "Umgestürzte Bäume, gesperrte Gleise: Sturm wütet in Lindenau",
        "Feuerwehr und Hilfsdienste zählten über 300 Einsätze, zwei Personen wurden verletzt.",
    ),
    (
        "de-sturm-lindenau",
        "Liveticker: Sturm über Lindenau – Bahn stellt den Verkehr ein",
        "Alle Entwicklungen im Überblick.",
    ),
    (
        "de-sturm-lindenau",
        "Sturmtief Gesa legt Lindenau lahm – zwei Verletzte",
        "Orkanböen bis 120 km/h haben am Dienstag in Lindenau Bäume entwurzelt und den "
        "Bahnverkehr gestoppt.",
    ),
    (
        "de-sturm-lindenau/oberfeld",
        "Hagelunwetter verwüstet Oberfeld",
        "Hagelkörner so groß wie Tischtennisbälle haben am Freitag in Oberfeld Dächer und Autos "
        "beschädigt; der Schaden wird auf mehrere Millionen Euro geschätzt.",
    ),
    (
        "de-sturm-lindenau/oberfeld",
        "Nach Lindenau trifft es nun Oberfeld: schweres Unwetter am Freitag",
        "Drei Tage nach Sturmtief Gesa zieht ein Gewitter mit Hagel über den Landkreis.",
    ),
    # --- de: ein Konzern, zwei Meldungen
    (
        "de-kessler-werk",
        "Kessler schließt Werk in Hagenbruck – 900 Stellen fallen weg",
        "Der Getriebehersteller Kessler Antriebe will sein Werk in Hagenbruck bis Ende 2027 "
        "schließen; betroffen sind rund 900 Beschäftigte.",
    ),
    (
        "de-kessler-werk",
        "Aus für Hagenbruck: Kessler-Belegschaft geschockt",
        "Die Gewerkschaft kündigte Widerstand gegen die Schließungspläne an.",
    ),
    (
        "de-kessler-werk",
        "Kessler Antriebe streicht 900 Jobs und verlagert Produktion nach Polen",
        "Mit der Werksschließung will der Zulieferer jährlich 60 Mio. Euro sparen.",
    ),
    (
        "de-kessler-werk/chefin",
        "Kessler-Chefin Martina Roth tritt zurück",
        "Die Vorstandsvorsitzende des Getriebeherstellers Kessler Antriebe, Martina Roth, legt ihr "
        "Amt zum Jahresende nieder; Nachfolger wird Finanzvorstand Jan Becker.",
    ),
    (
        "de-kessler-werk/chefin",
        "Führungswechsel bei Kessler: Becker folgt auf Roth",
        "Der Aufsichtsrat bestätigte die Personalie am Donnerstag.",
    ),
    # --- de: ein Hersteller, zwei Rückrufe
    (
        "de-rueckruf-vossberg",
        "Vossberg ruft Wasserkocher zurück – Brandgefahr",
        "Der Haushaltsgerätehersteller Vossberg ruft rund 45.000 Wasserkocher des Modells WK 200 "
        "zurück, weil sich das Netzteil überhitzen kann.",
    ),
    (
        "de-rueckruf-vossberg",
        "Rückruf: Wasserkocher WK 200 kann überhitzen",
        "Kunden sollen das Gerät nicht mehr benutzen und erhalten den Kaufpreis zurück.",
    ),
    (
        "de-rueckruf-vossberg",
        "45 000 Geräte betroffen: Vossberg startet Rückruf",
        "Betroffen sind Wasserkocher, die zwischen März und Juli verkauft wurden.",
    ),
    (
        "de-rueckruf-vossberg/mixer",
        "Vossberg ruft auch Stabmixer zurück",
        "Wenige Tage nach dem Wasserkocher-Rückruf holt Vossberg nun 12.000 Stabmixer vom Typ "
        "SM 5 zurück: Das Messer kann sich lösen.",
    ),
    (
        "de-rueckruf-vossberg/mixer",
        "Verletzungsgefahr: Rückruf für Stabmixer SM 5",
        "Der Hersteller bittet Kunden, die Mixer beim Händler abzugeben.",
    ),
    # --- de: ein Prozess, Auftakt und Urteil
    (
        "de-prozess-kaltenbrunn",
        "Feuerwehrmann wegen Brandserie zu vier Jahren Haft verurteilt",
        "Das Landgericht Kaltenbrunn hat einen 29-jährigen freiwilligen Feuerwehrmann wegen zwölf "
        "Brandstiftungen zu vier Jahren Haft verurteilt.",
    ),
    (
        "de-prozess-kaltenbrunn",
        "Brandserie in Kaltenbrunn: Urteil gegen Sven K.",
        "Der Angeklagte hatte gestanden, Scheunen und Gartenhäuser angezündet zu haben, um sie "
        "dann selbst zu löschen.",
    ),
    (
        "de-prozess-kaltenbrunn",
        "Vier Jahre Gefängnis für den „Feuerteufel“",
        "Die Richter sahen keine verminderte Schuldfähigkeit.",
    ),
    (
        "de-prozess-kaltenbrunn/auftakt",
        "Prozessauftakt: Feuerwehrmann soll zwölf Brände gelegt haben",
        "Vor dem Landgericht Kaltenbrunn hat am Montag der Prozess gegen einen 29-jährigen "
        "Feuerwehrmann begonnen, dem eine Serie von Brandstiftungen vorgeworfen wird.",
    ),
    (
        "de-prozess-kaltenbrunn/auftakt",
        "Angeklagter Feuerwehrmann schweigt zum Prozessbeginn",
        "Sven K. will sich erst später zu den Vorwürfen äußern.",
    ),
    # --- de: Geschichten ohne Zwilling
    (
        "de-wolf-felsbach",
        "Wolf in Felsbacher Wohngebiet gesichtet",
        "Ein Wolf ist in der Nacht zum Mittwoch durch ein Wohngebiet in Felsbach gelaufen; eine "
        "Anwohnerin filmte das Tier.",
    ),
    (
        "de-wolf-felsbach",
        "Isegrim auf Stippvisite: Wolf spaziert durch Felsbach",
        "Das Video der Nachbarin wurde tausendfach geteilt. Experten raten zur Ruhe.",
    ),
    (
        "de-wolf-felsbach",
        "Wolfssichtung: Landratsamt gibt Verhaltenstipps",
        "Nach dem nächtlichen Besuch eines Wolfs in Felsbach rät die Behörde, Hunde anzuleinen.",
    ),
    (
        "de-lotto-weissenau",
        "28-Millionen-Jackpot geht nach Weißenau",
        "Eine Tippgemeinschaft aus elf Kollegen hat im Lotto rund 28 Millionen Euro gewonnen.",
    ),
    (
        "de-lotto-weissenau",
        "Elf Kollegen teilen sich die Lotto-Millionen",
        "Jeder der Spieler aus Weißenau erhält etwa 2,5 Mio. Euro.",
    ),
    (
        "de-lotto-weissenau",
        "Jackpot geknackt: Weißenauer Tippgemeinschaft räumt ab",
        "Die Glückszahlen kamen am Samstag.",
    ),
    (
        "de-lotto-weissenau",
        "Lottoglück in Weissenau: elf Arbeitskollegen gewinnen 28 Mio.",
        "Die Tippgemeinschaft aus einem Weissenauer Betrieb hatte alle sechs Richtigen und die "
        "Superzahl, teilte die Lottogesellschaft mit.",
    ),
    (
        "de-freibad-rosental",
        "Freibad Rosental bleibt 2027 wegen Sanierung geschlossen",
        "Die Stadt investiert 6,4 Millionen Euro in die Becken und die Technik.",
    ),
    # --- fr: deux incendies dans la semaine
    (
        "fr-feu-aurele",
        "Incendie près de Saint-Aurèle : 800 hectares brûlés, 1 500 personnes évacuées",
        "Un feu de forêt parti lundi après-midi près de Saint-Aurèle a parcouru environ 800 "
        "hectares de garrigue, a indiqué la préfecture, qui a fait évacuer 1 500 habitants.",
    ),
    (
        "fr-feu-aurele",
        "Saint-Aurèle : les pompiers luttent toute la nuit contre les flammes",
        "Plus de 400 sapeurs-pompiers et six bombardiers d'eau ont été mobilisés.",
    ),
    (
        "fr-feu-aurele",
        "EN DIRECT – Incendie de Saint-Aurèle : le feu n'est toujours pas fixé",
        "Suivez l'évolution de la situation.",
    ),
    (
        "fr-feu-aurele/montclaret",
        "Nouvel incendie dans le Sud : 120 hectares partis en fumée près de Montclaret",
        "Trois jours après le feu de Saint-Aurèle, un incendie a brûlé jeudi 120 hectares près de "
        "Montclaret ; aucune évacuation n'a été nécessaire.",
    ),
    (
        "fr-feu-aurele/montclaret",
        "Montclaret : le feu est fixé",
        "Les pompiers ont maîtrisé dans la soirée l'incendie de broussailles.",
    ),
    # --- fr: une entreprise, deux annonces
    (
        "fr-orvane-usine",
        "Orvane va construire une usine à Vaudrecourt, 350 emplois à la clé",
        "Le groupe de cosmétiques Orvane a annoncé mardi un investissement de 120 millions "
        "d'euros dans une nouvelle usine à Vaudrecourt, qui créera 350 emplois d'ici 2028.",
    ),
    (
        "fr-orvane-usine",
        "Vaudrecourt décroche l'usine Orvane",
        "Le maire se félicite de l'arrivée de 350 emplois dans la commune.",
    ),
    (
        "fr-orvane-usine",
        "Cosmétiques : Orvane investit 120 M€ en France",
        "Le site produira des crèmes solaires à partir de 2028.",
    ),
    (
        "fr-orvane-usine/ventes",
        "Orvane : ventes en hausse de 6 % au troisième trimestre",
        "Le chiffre d'affaires du groupe de cosmétiques a atteint 1,9 milliard d'euros entre "
        "juillet et septembre, porté par l'Asie.",
    ),
    (
        "fr-orvane-usine/ventes",
        "Orvane rassure les marchés, l'action bondit",
        "Le titre a gagné 4 % jeudi après la publication de ventes supérieures aux attentes.",
    ),
    # --- fr: deux grèves dans deux secteurs
    (
        "fr-greve-aerien",
        "Grève des contrôleurs aériens : 40 % des vols annulés jeudi",
        "La direction de l'aviation civile a demandé aux compagnies de réduire de 40 % leurs "
        "programmes de vols jeudi à cause du mouvement des contrôleurs aériens.",
    ),
    (
        "fr-greve-aerien",
        "Aéroports : journée noire pour les voyageurs",
        "Des milliers de passagers sont bloqués par le mouvement social des aiguilleurs du ciel.",
    ),
    (
        "fr-greve-aerien",
        "Contrôleurs aériens en grève : quels vols sont maintenus ?",
        "Le point aéroport par aéroport.",
    ),
    (
        "fr-greve-aerien/eboueurs",
        "Lorvel : les éboueurs en grève, les poubelles s'accumulent",
        "Les agents de collecte des déchets de Lorvel sont en grève depuis lundi pour réclamer "
        "une prime de pénibilité.",
    ),
    (
        "fr-greve-aerien/eboueurs",
        "Grève des éboueurs : 2 000 tonnes de déchets dans les rues de Lorvel",
        "La mairie appelle les habitants à ne plus sortir leurs sacs.",
    ),
    # --- fr: une ministre, deux discours
    (
        "fr-roussel-deserts",
        "Claire Roussel promet 4 000 médecins de plus dans les déserts médicaux",
        "La ministre de la Santé, Claire Roussel, a présenté lundi devant les maires ruraux un "
        "plan visant à installer 4 000 médecins supplémentaires dans les zones sous-dotées d'ici "
        "2030.",
    ),
    (
        "fr-roussel-deserts",
        "Déserts médicaux : le plan Roussel présenté aux maires ruraux",
        "La ministre veut obliger les jeunes médecins à exercer deux ans hors des grandes villes.",
    ),
    (
        "fr-roussel-deserts",
        "Roussel : « Aucun village ne doit être à plus de 30 minutes d'un médecin »",
        "Discours offensif de la ministre lundi.",
    ),
    (
        "fr-roussel-deserts/urgences",
        "Claire Roussel annonce 2 milliards pour les urgences",
        "Dans un discours prononcé jeudi à l'hôpital de Brévannes, la ministre de la Santé a "
        "promis deux milliards d'euros pour rénover les services d'urgence.",
    ),
    (
        "fr-roussel-deserts/urgences",
        "Urgences : la ministre Roussel débloque deux milliards",
        "Trois jours après son plan contre les déserts médicaux, nouvelle annonce de la ministre.",
    ),
    # --- fr: histoires sans jumelle
    (
        "fr-ours-estarrac",
        "Un ours filmé aux abords d'Estarrac",
        "Un habitant d'Estarrac a filmé samedi un ours brun à moins de 200 mètres des premières "
        "maisons du village.",
    ),
    (
        "fr-ours-estarrac",
        "L'ours s'invite à Estarrac : les habitants partagés",
        "La vidéo tournée samedi suscite l'inquiétude des éleveurs et l'enthousiasme des "
        "naturalistes.",
    ),
    (
        "fr-ours-estarrac",
        "Pyrénées : un ours brun à deux cents mètres des habitations",
        "L'Office de la biodiversité confirme l'authenticité des images.",
    ),
    (
        "fr-prix-ferrand",
        "Le prix Horizon décerné à Mathilde Ferrand pour « La Maison des sels »",
        "La romancière Mathilde Ferrand a reçu mercredi le prix Horizon pour son troisième "
        "roman, dès le premier tour de scrutin.",
    ),
    (
        "fr-prix-ferrand",
        "Mathilde Ferrand, lauréate surprise du prix Horizon",
        "Le jury a préféré « La Maison des sels » aux favoris de la rentrée.",
    ),
    (
        "fr-prix-ferrand",
        "Ferrand sacrée",
        "« La Maison des sels » l'emporte au premier tour.",
    ),
    (
        "fr-noel-ysane",
        "Le marché de Noël de Sainte-Ysane ouvrira le 28 novembre",
        "Soixante chalets seront installés sur la place de la Mairie.",
    ),
    # --- es: un partido y su previa
    (
        "es-liga-montesol",
        "El Montesol y el Riobravo firman tablas (1-1)",
        "El Real Montesol y el Atlético Riobravo empataron a uno el domingo en el estadio La "
        "Fuente; Iker Salcedo adelantó a los locales y Bruno Ledesma igualó en el minuto 88.",
    ),
    (
        "es-liga-montesol",
        "Ledesma salva un punto para el Riobravo en el último suspiro",
        "El delantero empató de cabeza cuando el Montesol ya celebraba la victoria.",
    ),
    (
        "es-liga-montesol",
        "EN DIRECTO | Real Montesol 1-1 Atlético Riobravo: final del partido",
        "Sigue la última hora del derbi.",
    ),
    (
        "es-liga-montesol",
        "Reparto de puntos en La Fuente",
        "Un empate que no sirve a ninguno de los dos.",
    ),
    (
        "es-liga-montesol/previa",
        "Previa: Real Montesol – Atlético Riobravo, duelo por la cuarta plaza",
        "El Montesol recibe el domingo al Riobravo en La Fuente con Iker Salcedo ya recuperado de "
        "su lesión.",
    ),
    (
        "es-liga-montesol/previa",
        "Ledesma: «Vamos a La Fuente a ganar»",
        "El delantero del Riobravo confía en sumar tres puntos el domingo ante el Montesol.",
    ),
    # --- es: una empresa, dos anuncios
    (
        "es-marsel-ere",
        "Marsel Telecom plantea un ERE para 1.100 trabajadores",
        "La operadora Marsel Telecom comunicó el lunes a los sindicatos un expediente de "
        "regulación de empleo que afectará a 1.100 de sus 9.000 empleados.",
    ),
    (
        "es-marsel-ere",
        "Los sindicatos rechazan el despido de 1100 empleados en Marsel",
        "Los representantes de la plantilla convocan concentraciones ante la sede de la operadora.",
    ),
    (
        "es-marsel-ere",
        "Marsel recortará un 12% de su plantilla",
        "La compañía alega la caída de los ingresos en telefonía fija.",
    ),
    (
        "es-marsel-ere/tarifas",
        "Marsel Telecom subirá sus tarifas un 4% en enero",
        "La operadora encarecerá a partir del 1 de enero sus paquetes de fibra y móvil una media "
        "del 4%.",
    ),
    (
        "es-marsel-ere/tarifas",
        "Tras el ERE, Marsel sube los precios a sus clientes",
        "La subida afectará a 3,2 millones de líneas.",
    ),
    # --- es: un juicio, su sentencia y su primera sesión
    (
        "es-juicio-echevarria",
        "Condenado a seis años de cárcel el exalcalde de Villaluz Ramón Echevarría",
        "La Audiencia Provincial ha condenado a seis años de prisión al exalcalde de Villaluz "
        "Ramón Echevarría por adjudicar contratos a empresas de su cuñado.",
    ),
    (
        "es-juicio-echevarria",
        "Echevarría, culpable de prevaricación y cohecho",
        "El tribunal le inhabilita además durante diez años para ejercer cargo público.",
    ),
    (
        "es-juicio-echevarria",
        "Seis años de prisión para el exregidor de Villaluz",
        "La defensa anuncia que recurrirá la sentencia.",
    ),
    (
        "es-juicio-echevarria/inicio",
        "Arranca el juicio contra el exalcalde de Villaluz",
        "Ramón Echevarría se sienta desde este lunes en el banquillo de la Audiencia Provincial "
        "acusado de amañar contratos públicos.",
    ),
    (
        "es-juicio-echevarria/inicio",
        "Echevarría niega ante el juez haber favorecido a su cuñado",
        "En la primera sesión del juicio, el exalcalde defendió la legalidad de las "
        "adjudicaciones.",
    ),
    # --- es: dos incendios en la misma semana
    (
        "es-incendio-almijar",
        "Incendio forestal en la sierra de Almíjar: 2.000 hectáreas y 650 desalojados",
        "Un incendio declarado el miércoles en la sierra de Almíjar ha calcinado unas 2.000 "
        "hectáreas y obligado a evacuar a 650 vecinos de tres pedanías.",
    ),
    (
        "es-incendio-almijar",
        "El fuego avanza sin control en Almíjar",
        "Más de 300 efectivos y 14 medios aéreos trabajan en la extinción.",
    ),
    (
        "es-incendio-almijar",
        "ÚLTIMA HORA | Estabilizado el incendio de Almíjar",
        "Los desalojados podrán volver a sus casas esta noche.",
    ),
    (
        "es-incendio-almijar/lumbrales",
        "Nuevo incendio en Lumbrales: 150 hectáreas quemadas",
        "Un segundo fuego, declarado el viernes cerca de Lumbrales, a 200 kilómetros de Almíjar, "
        "quemó 150 hectáreas antes de que los bomberos lo dominaran.",
    ),
    (
        "es-incendio-almijar/lumbrales",
        "Controlado el fuego de Lumbrales",
        "Los bomberos no tuvieron que desalojar a ningún vecino.",
    ),
    # --- es: historias sin gemela
    (
        "es-sismo-almarza",
        "Un terremoto de magnitud 4,6 sacude Almarza",
        "Un seísmo de magnitud 4,6 se registró el martes a las 3.12 horas con epicentro cerca de "
        "Almarza; no hay daños personales.",
    ),
    (
        "es-sismo-almarza",
        "Susto de madrugada en Almarza: «La cama se movió»",
        "Los vecinos salieron a la calle tras notar el temblor.",
    ),
    (
        "es-sismo-almarza",
        "Temblor de 4.6 en la comarca de Almarza",
        "El instituto geográfico no descarta réplicas en las próximas horas.",
    ),
    (
        "es-mosaico-torrealba",
        "Hallan un mosaico romano durante las obras de un aparcamiento en Torrealba",
        "Los operarios descubrieron un mosaico del siglo III de unos 40 metros cuadrados.",
    ),
    (
        "es-mosaico-torrealba",
        "Torrealba se topa con su pasado romano",
        "Las obras del parking quedan paralizadas tras el hallazgo de un gran mosaico.",
    ),
    (
        "es-mosaico-torrealba",
        "Un mosaico de 1.800 años bajo el futuro parking",
        "Los arqueólogos trabajan ya en Torrealba.",
    ),
    (
        "es-bici-valdemora",
        "Valdemora estrena 14 kilómetros de carril bici",
        "El nuevo trazado une el centro de la ciudad con el campus universitario.",
    ),
    # --- it: una partita e la sua vigilia
    (
        "it-basket-lagomare",
        "Lagomare supera Borgorosso 88-81 e vola in semifinale",
        "La Virtus Lagomare ha battuto l'Olimpia Borgorosso per 88 a 81 in gara-5 dei quarti di "
        "finale, trascinata dai 27 punti di Marco Fantin.",
    ),
    (
        "it-basket-lagomare",
        "Fantin show, la Virtus elimina l'Olimpia",
        "Ventisette punti del playmaker per la qualificazione alla semifinale.",
    ),
    (
        "it-basket-lagomare",
        "DIRETTA | Lagomare-Borgorosso 88-81, finale: la Virtus in semifinale",
        "La cronaca minuto per minuto di gara-5.",
    ),
    (
        "it-basket-lagomare/vigilia",
        "Gara-5, Lagomare contro Borgorosso: tutto in una notte",
        "Stasera la Virtus Lagomare ospita l'Olimpia Borgorosso nella decisiva gara-5; "
        "Fantin resta in forse a causa di un problema alla caviglia.",
    ),
    (
        "it-basket-lagomare/vigilia",
        "Virtus, il coach: «Fantin ci sarà»",
        "Vigilia di gara-5 all'insegna dell'ottimismo in casa Lagomare.",
    ),
    # --- it: una ministra, due discorsi
    (
        "it-santoro-maturita",
        "Santoro: «La maturità cambierà dal 2028»",
        "La ministra dell'Istruzione Giulia Santoro ha annunciato lunedì, parlando all'Università "
        "di Fontegrande, una riforma dell'esame di maturità con un solo scritto.",
    ),
    (
        "it-santoro-maturita",
        "Maturità, la ministra Santoro annuncia la riforma: addio alla seconda prova",
        "Il nuovo esame partirà dal 2028.",
    ),
    (
        "it-santoro-maturita",
        "Riforma della maturità, sindacati divisi",
        "Le parole della ministra hanno acceso il dibattito nelle scuole.",
    ),
    (
        "it-santoro-maturita/edilizia",
        "Santoro: 3 miliardi per la sicurezza delle scuole",
        "Intervenendo mercoledì a un convegno a Poggiolungo, la ministra Giulia Santoro ha "
        "promesso tre miliardi di euro per mettere in sicurezza gli edifici scolastici.",
    ),
    (
        "it-santoro-maturita/edilizia",
        "Scuole sicure, la ministra promette fondi",
        "Il piano riguarda 4.500 istituti costruiti prima del 1975.",
    ),
    # --- it: due scioperi in due settori
    (
        "it-sciopero-trasporti",
        "Venerdì sciopero di bus e metro per 24 ore",
        "I sindacati dei trasporti locali hanno indetto uno stop nazionale di 24 ore per "
        "venerdì; garantite le fasce dalle 6 alle 9 e dalle 18 alle 21.",
    ),
    (
        "it-sciopero-trasporti",
        "Trasporti, venerdì nero: a rischio autobus e metropolitane",
        "Lo stop riguarda tutte le aziende del trasporto pubblico locale.",
    ),
    (
        "it-sciopero-trasporti",
        "Sciopero di bus e metro, le fasce garantite",
        "Ecco gli orari città per città.",
    ),
    (
        "it-sciopero-trasporti/medici",
        "Medici ospedalieri in sciopero martedì, a rischio 30mila interventi",
        "I medici degli ospedali pubblici incroceranno le braccia martedì per 24 ore contro i "
        "tagli; saranno garantite le urgenze.",
    ),
    (
        "it-sciopero-trasporti/medici",
        "Sciopero dei medici: cosa succede negli ospedali",
        "Rinviati esami e operazioni programmate.",
    ),
    # --- it: due richiami in una settimana
    (
        "it-richiamo-valpiana",
        "Listeria, richiamato il salame Valpiana",
        "Il ministero della Salute ha disposto il richiamo di tre lotti di salame a marchio "
        "Valpiana per la possibile presenza di Listeria monocytogenes.",
    ),
    (
        "it-richiamo-valpiana",
        "Salame contaminato: ecco i lotti da non mangiare",
        "I consumatori possono riportare il prodotto al punto vendita.",
    ),
    (
        "it-richiamo-valpiana",
        "Richiamo Valpiana, il salumificio: «Solo una precauzione»",
        "L'azienda assicura che non è stato segnalato nessun caso di malattia.",
    ),
    (
        "it-richiamo-valpiana/mozzarella",
        "Richiamata la mozzarella Borghi: corpi estranei in alcune confezioni",
        "La Latteria Borghi ritira dagli scaffali un lotto di mozzarella da 125 grammi per la "
        "possibile presenza di frammenti di plastica.",
    ),
    (
        "it-richiamo-valpiana/mozzarella",
        "Frammenti di plastica nella mozzarella, scatta il richiamo",
        "Il lotto interessato scade il 14 dicembre.",
    ),
    # --- it: storie senza gemella
    (
        "it-frana-roccalta",
        "Frana a Roccalta, quaranta famiglie isolate",
        "Una frana ha interrotto nella notte la strada provinciale 12 che collega Roccalta a "
        "valle, isolando circa 40 famiglie.",
    ),
    (
        "it-frana-roccalta",
        "Roccalta, la montagna viene giù: strada chiusa",
        "Il sindaco: «Serviranno settimane per riaprire la provinciale».",
    ),
    (
        "it-frana-roccalta",
        "Smottamento sulla SP12: frazione isolata",
        "I vigili del fuoco sono al lavoro a Roccalta.",
    ),
    (
        "it-teatro-pavona",
        "Il Teatro Comunale di Pavona riapre dopo 12 anni di lavori",
        "Sabato sera il sipario si rialza con la Traviata, dopo un restauro costato 18 milioni "
        "di euro.",
    ),
    (
        "it-teatro-pavona",
        "Pavona ritrova il suo teatro",
        "Dodici anni di cantiere e 18 milioni: il Comunale torna a vivere.",
    ),
    (
        "it-teatro-pavona",
        "Riapre il Comunale, tutto esaurito per la Traviata",
        "I biglietti sono finiti in poche ore.",
    ),
    (
        "it-sagra-montebosco",
        "Sagra del tartufo di Montebosco, attese 20mila persone",
        "La festa si terrà dal 10 al 12 novembre nel centro storico.",
    ),
    # --- pt: dois temporais na mesma semana
    (
        "pt-chuva-rioescuro",
        "Temporal deixa 800 desalojados em Rio Escuro",
        "Chuvas intensas atingiram Rio Escuro na madrugada de segunda-feira e deixaram cerca de "
        "800 pessoas desalojadas, informou a Defesa Civil.",
    ),
    (
        "pt-chuva-rioescuro",
        "Rio Escuro debaixo d'água: moradores perdem tudo",
        "Em poucas horas choveu 140 milímetros, quase o esperado para o mês inteiro.",
    ),
    (
        "pt-chuva-rioescuro",
        "AO VIVO: chuva em Rio Escuro – Defesa Civil amplia alerta",
        "Acompanhe as atualizações.",
    ),
    (
        "pt-chuva-rioescuro/pedralva",
        "Vendaval destelha 200 casas em Pedralva",
        "Ventos de até 95 km/h atingiram Pedralva na sexta-feira e arrancaram os telhados de "
        "cerca de 200 casas.",
    ),
    (
        "pt-chuva-rioescuro/pedralva",
        "Depois de Rio Escuro, Pedralva é atingida por temporal",
        "É a segunda cidade da região castigada pelo mau tempo nesta semana.",
    ),
    # --- pt: dois bancos centrais
    (
        "pt-juros-maravia",
        "Banco Central de Marávia corta juros para 10,75%",
        "O comitê de política monetária do Banco Central de Marávia baixou na quarta-feira a "
        "sua taxa de referência em meio ponto, para 10,75% ao ano.",
    ),
    (
        "pt-juros-maravia",
        "Juros caem de novo em Marávia; crédito deve ficar mais barato",
        "É o terceiro corte seguido da taxa básica, agora em 10,75%.",
    ),
    (
        "pt-juros-maravia",
        "Marávia: BC reduz a taxa em meio ponto",
        "A decisão foi unânime.",
    ),
    (
        "pt-juros-maravia/costalta",
        "Banco de Costa Alta mantém taxa de juro em 6%",
        "O banco central de Costa Alta decidiu na quinta-feira manter a sua taxa de referência em "
        "6%, pela quarta reunião consecutiva.",
    ),
    (
        "pt-juros-maravia/costalta",
        "Costa Alta não mexe nos juros",
        "A governadora Inês Pacheco justificou a pausa com a inflação ainda elevada.",
    ),
    # --- pt: um julgamento, o início e o acórdão
    (
        "pt-julgamento-braga",
        "Tribunal absolve médico Paulo Braga da morte de paciente",
        "O Tribunal de Vila Nova de Arcos absolveu na sexta-feira o cirurgião Paulo Teixeira "
        "Braga, acusado de homicídio por negligência após a morte de uma doente em 2023.",
    ),
    (
        "pt-julgamento-braga",
        "Cirurgião Teixeira Braga absolvido: «Justiça foi feita»",
        "O médico chorou ao ouvir a leitura do acórdão.",
    ),
    (
        "pt-julgamento-braga",
        "Família da doente vai recorrer da absolvição do cirurgião",
        "Os familiares consideram a decisão do tribunal de Arcos «incompreensível».",
    ),
    (
        "pt-julgamento-braga/inicio",
        "Começa o julgamento do cirurgião Paulo Braga",
        "Arrancou esta segunda-feira no Tribunal de Vila Nova de Arcos o julgamento do médico "
        "acusado de homicídio por negligência.",
    ),
    (
        "pt-julgamento-braga/inicio",
        "Paulo Teixeira Braga nega negligência na primeira sessão",
        "O cirurgião garantiu que seguiu todos os protocolos.",
    ),
    # --- pt: duas greves em dois setores
    (
        "pt-greve-maquinistas",
        "Greve dos maquinistas para 70% dos comboios",
        "Cerca de 70% dos comboios foram suprimidos esta terça-feira devido à greve dos "
        "maquinistas, que reivindicam aumentos salariais.",
    ),
    (
        "pt-greve-maquinistas",
        "Dia difícil nas estações com greve na ferrovia",
        "Milhares de passageiros ficaram sem transporte logo de manhã.",
    ),
    (
        "pt-greve-maquinistas",
        "Greve nos comboios: serviços mínimos não chegam",
        "Sindicato e empresa trocam acusações.",
    ),
    (
        "pt-greve-maquinistas/enfermeiros",
        "Enfermeiros em greve de três dias a partir de quarta-feira",
        "Os enfermeiros dos hospitais públicos iniciam na quarta-feira uma greve de três dias; "
        "estão assegurados os serviços mínimos nas urgências.",
    ),
    (
        "pt-greve-maquinistas/enfermeiros",
        "Greve dos enfermeiros adia milhares de cirurgias",
        "Os blocos operatórios funcionaram a meio gás no primeiro dia.",
    ),
    # --- pt: histórias sem gêmea
    (
        "pt-metro-portolargo",
        "Linha Violeta do metrô de Porto Largo é inaugurada",
        "A nova linha, com 9 quilômetros e sete estações, começou a operar no sábado e deve "
        "transportar 120 mil passageiros por dia.",
    ),
    (
        "pt-metro-portolargo",
        "Porto Largo ganha nova linha de metrô após oito anos de obras",
        "A Linha Violeta liga o centro ao bairro de Jardim Atlântico.",
    ),
    (
        "pt-metro-portolargo",
        "Metrô: primeira viagem da Linha Violeta lota estações",
        "Passageiros fizeram fila para estrear os trens.",
    ),
    (
        "pt-festival-marealta",
        "Festival Maré Alta bate recorde de público",
        "Cerca de 180 mil pessoas passaram pelo recinto em Figueira Nova durante os quatro dias "
        "do festival.",
    ),
    (
        "pt-festival-marealta",
        "180.000 festivaleiros: o Maré Alta nunca teve tanta gente",
        "A organização já anunciou as datas da próxima edição.",
    ),
    (
        "pt-festival-marealta",
        "Maré Alta fecha com casa cheia",
        "O balanço da organização.",
    ),
    (
        "pt-ponte-santaluzia",
        "Ponte de Santa Luzia fecha para obras durante três meses",
        "O trânsito será desviado pela avenida marginal.",
    ),
    (
        "pt-livro-amaral",
        "Escritora Teresa Amaral lança novo romance",
        "A autora apresenta «O Inverno das Gaivotas» na quinta-feira, na biblioteca municipal.",
    ),
    # --- nl: twee centrale banken
    (
        "nl-rente-noordmark",
        "Centrale bank van Noordmark verhoogt rente naar 3,75 procent",
        "De centrale bank van Noordmark heeft dinsdag de beleidsrente met een kwart procentpunt "
        "verhoogd naar 3,75 procent om de inflatie te beteugelen.",
    ),
    (
        "nl-rente-noordmark",
        "Noordmark: rente weer omhoog, hypotheken duurder",
        "Huizenkopers moeten rekening houden met hogere maandlasten na het besluit van de "
        "centrale bank.",
    ),
    (
        "nl-rente-noordmark",
        "Renteverhoging Noordmark verrast markten",
        "Economen hadden verwacht dat de bank de rente op 3,5% zou laten staan.",
    ),
    (
        "nl-rente-noordmark/aurelie",
        "Aurelië verlaagt rente naar 2 procent",
        "De centrale bank van Aurelië heeft woensdag de rente verlaagd van 2,25 naar 2 procent nu "
        "de economie krimpt.",
    ),
    (
        "nl-rente-noordmark/aurelie",
        "Rentebesluit Aurelië: verlaging van 0,25 procentpunt",
        "Het is de tweede verlaging van dit jaar.",
    ),
    # --- nl: twee terugroepacties
    (
        "nl-terugroep-rammelaar",
        "Houten rammelaar van Blokje teruggeroepen wegens verstikkingsgevaar",
        "Speelgoedfabrikant Blokje roept de houten rammelaar 'Bijtje' terug omdat kleine "
        "kraaltjes kunnen loskomen, meldt de toezichthouder.",
    ),
    (
        "nl-terugroep-rammelaar",
        "Ouders opgelet: rammelaar 'Bijtje' kan kraaltjes verliezen",
        "Klanten kunnen het speeltje inleveren bij de winkel en krijgen hun geld terug.",
    ),
    (
        "nl-terugroep-rammelaar",
        "Terugroepactie Blokje: 18.000 rammelaars verkocht",
        "De fabrikant biedt zijn excuses aan.",
    ),
    (
        "nl-terugroep-rammelaar/badzitje",
        "Badzitje van Dolfijn teruggeroepen: kan kantelen",
        "Het merk Dolfijn roept een babybadzitje terug omdat het in het bad kan omvallen; er zijn "
        "twee meldingen van bijna-ongelukken.",
    ),
    (
        "nl-terugroep-rammelaar/badzitje",
        "Weer een terugroepactie voor babyspullen: nu een badzitje",
        "Na de rammelaar van vorige week gaat het nu om een badzitje van Dolfijn.",
    ),
    # --- nl: twee stakingen in twee sectoren
    (
        "nl-staking-bus",
        "Streekbussen rijden dinsdag niet door staking",
        "Buschauffeurs in het streekvervoer leggen dinsdag de hele dag het werk neer voor een "
        "betere cao, meldt hun vakbond.",
    ),
    (
        "nl-staking-bus",
        "Busstaking: reizigers moeten uitwijken naar trein of fiets",
        "In twee provincies rijden dinsdag vrijwel geen bussen.",
    ),
    (
        "nl-staking-bus",
        "Chauffeurs leggen werk neer, geen bus op dinsdag",
        "Vakbond en werkgevers zijn het niet eens over de werkdruk.",
    ),
    (
        "nl-staking-bus/leraren",
        "Leraren basisonderwijs staken donderdag",
        "Duizenden leraren in het basisonderwijs leggen donderdag het werk neer uit protest tegen "
        "bezuinigingen; veel scholen blijven dicht.",
    ),
    (
        "nl-staking-bus/leraren",
        "Scholen dicht door lerarenstaking",
        "Ouders moeten donderdag zelf opvang regelen.",
    ),
    # --- nl: een derby en de voorbeschouwing
    (
        "nl-derby-dalmeer",
        "SC Dalmeer wint derby met 4-0 van Hollebeek",
        "SC Dalmeer heeft zondag de derby tegen VV Hollebeek met 4-0 gewonnen; spits Ruben de Wit "
        "scoorde twee keer.",
    ),
    (
        "nl-derby-dalmeer",
        "De Wit blinkt uit in ruime derbyzege van Dalmeer",
        "Twee goals en een assist voor de spits van de thuisploeg.",
    ),
    (
        "nl-derby-dalmeer",
        "Hollebeek kansloos: vier tegengoals in de derby",
        "Trainer Peters: 'Dit moeten we snel vergeten.'",
    ),
    (
        "nl-derby-dalmeer/voorbeschouwing",
        "Voorbeschouwing: Dalmeer en Hollebeek klaar voor de derby",
        "SC Dalmeer ontvangt zondag VV Hollebeek; bij de thuisploeg is spits Ruben de Wit terug "
        "na een schorsing.",
    ),
    (
        "nl-derby-dalmeer/voorbeschouwing",
        "Peters: 'Derby tegen Dalmeer is de wedstrijd van het jaar'",
        "De trainer van Hollebeek verwacht een uitverkocht stadion.",
    ),
    # --- nl: verhalen zonder tweeling
    (
        "nl-dijk-lekkerveen",
        "Scheur in dijk bij Lekkerveen ontdekt",
        "Inspecteurs van het waterschap hebben maandag een scheur van 30 meter in de dijk bij "
        "Lekkerveen gevonden; er is geen direct gevaar.",
    ),
    (
        "nl-dijk-lekkerveen",
        "Lekkerveen houdt de adem in na dijkscheur",
        "Het waterschap legt zandzakken en houdt de dijk dag en nacht in de gaten.",
    ),
    (
        "nl-dijk-lekkerveen",
        "Waterschap: 'Geen evacuatie nodig in Lekkerveen'",
        "De scheur is dertig meter lang, maar de dijk is stabiel.",
    ),
    (
        "nl-zeehond-wierstad",
        "Zeehond verdwaald in de grachten van Wierstad",
        "Een jonge gewone zeehond zwemt sinds zaterdag door de grachten in het centrum van "
        "Wierstad.",
    ),
    (
        "nl-zeehond-wierstad",
        "Toeschouwers verdringen zich voor zeehondje in de gracht",
        "De pup werd zondag gevangen door medewerkers van de zeehondenopvang.",
    ),
    (
        "nl-zeehond-wierstad",
        "Wierstadse zeehond terug naar zee",
        "Opvang: 'Het dier is gezond en mag weer vrij.'",
    ),
    (
        "nl-fietspad-ommerdijk",
        "Fietspad tussen Ommerdijk en Zandhoek geopend",
        "Het 6 kilometer lange pad loopt langs de rivier.",
    ),
)

# Each hard-negative label is another event of the story before its slash, in the same language.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a match preview and its report": (
        "nl-derby-dalmeer/voorbeschouwing",
        "en-cup-final/preview",
        "ru-cup-veresk/preview",
        "es-liga-montesol/previa",
        "it-basket-lagomare/vigilia",
    ),
    "two storms or fires in one week, different places": (
        "es-incendio-almijar/lumbrales",
        "en-fire-carrow/linfield",
        "de-sturm-lindenau/oberfeld",
        "fr-feu-aurele/montclaret",
        "pt-chuva-rioescuro/pedralva",
    ),
    "two central-bank decisions": (
        "en-rates-norvia/selandia",
        "ru-rate-dalmaria/tervia",
        "pt-juros-maravia/costalta",
        "nl-rente-noordmark/aurelie",
    ),
    "one company's two announcements": (
        "en-quillon-deal/results",
        "de-kessler-werk/chefin",
        "fr-orvane-usine/ventes",
        "es-marsel-ere/tarifas",
    ),
    "one politician's two speeches": (
        "fr-roussel-deserts/urgences",
        "en-ellery-housing/tram",
        "ru-governor-lisitsyn/forum",
        "it-santoro-maturita/edilizia",
    ),
    "two recalls": (
        "it-richiamo-valpiana/mozzarella",
        "en-recall-fernbrook/bars",
        "de-rueckruf-vossberg/mixer",
        "nl-terugroep-rammelaar/badzitje",
    ),
    "a trial's opening and its verdict": (
        "de-prozess-kaltenbrunn/auftakt",
        "en-trial-okafor/opening",
        "es-juicio-echevarria/inicio",
        "pt-julgamento-braga/inicio",
    ),
    "two strikes in different sectors": (
        "ru-strike-dockers/drivers",
        "pt-greve-maquinistas/enfermeiros",
        "en-strike-rail/nurses",
        "fr-greve-aerien/eboueurs",
        "it-sciopero-trasporti/medici",
        "nl-staking-bus/leraren",
    ),
}
