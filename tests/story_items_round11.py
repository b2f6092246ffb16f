"""An eleventh check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in round 9's and 10's format: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start, so the merging's 48-hour
window decides as in production. Copies of one event are minutes to hours apart (a wire flash
first, fuller copies 0.5 to 6 hours later), a next-morning follow-up 12 to 25 hours after the
first copy. A hard negative sits as far from its story as the two events really were: a second
fire or flood in the same region 8 to 12 hours after the first; one company's results and its
product launch 2 to 5 days apart (48, 96 and 118 hours); one company's recall and a lawsuit
against it 20 hours, 61 hours or 8 days apart; one celebrity in two unrelated items 5 to 6 hours
apart; two cases in one court 2 to 4 hours apart; a club's two transfers 6, 30 and 75 hours
apart; two earthquakes in one country 26 to 32 hours apart; a concert announced and the concert
held 31 to 37 days later. The bench scores the set in time order, once:
`python -m bench.stories --round11`.

Items with one story label are one event as different outlets in one language would carry it: a
wire flash ("DONE DEAL: ...", a capitals headline), a local paper, a business page, a quote-led
or human-angle piece, a results table, a next-day follow-up that repeats the background. Copies
share what real coverage shares (a place, a name, the key number, the event noun), in their own
words: numbers change format (140,000 / 140k, £318m / £318 million, 12 тысяч / 12 000 / 12 тыс.,
412 millions d'euros / 412 M€, 80.000 / 80 000, 96 miljoen / 96 mln euro), names change form
(full name, surname, title), and most stories have a teaser copy whose lead is under 80
characters.

What "same story" means here, as in rounds 9 and 10: one event (one fire, one flood, one results
statement, one launch, one recall, one lawsuit, one appearance or mishap of a celebrity, one
hearing's outcome, one transfer, one earthquake, one concert announcement, one concert) in that
event's news cycle, including a next-day follow-up (the flood's clean-up and grants, the quake's
damage count, the new signing's presentation). Not the same story: another event of the same
kind or with the same actor, even in the same region, company, court, club or country (the heath
fire after the warehouse fire, the launch after the results, the lawsuit after the recall, the
singer's house purchase after her cancelled show, the second sentence handed down by the court
that day, the club's loan deal after its record signing, the next quake elsewhere in the country,
the concert held a month after it was announced). The second event often names the first as
background; it is still another story. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). The ten stories told by one outlet
sit next to a paired story's place, firm or club (Corlow's bus fares, Vantora's new office,
Orvane's factory, Kroonveld's Sunday deliveries, the Vespri stadium): they can only be merged
falsely. No story has more than four copies, and every story's copies fall within 48 hours of
each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs and bands are invented here; real bodies appear only as backdrop
(the Land Registry, the A7 and A14, the ФАС, the Proteção Civil and PJ, the Damrak).

Written by an author who read neither the merging code, its rules and lexicon, the merging docs'
findings, nor the items of rounds 8, 9 and 10 (round 9 was read for its format and three items,
the docstrings of rounds 9 and 10), and never run through the merging code before its one
scoring run (`python -m bench.stories --round11`). Once its errors have been read it is no longer
a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-fire-corlow",
        "Warehouse blaze in Corlow sends smoke across the A61",
        "Firefighters from across Dunsmere county were called to a timber warehouse on the Corlow "
        "industrial estate at 4.40am on Monday; no one was hurt but the A61 was closed for hours.",
        2.0,
    ),
    (
        "en-fire-corlow",
        "Corlow timber store fire: A61 shut",
        "Smoke from the burning warehouse closed the A61 near Corlow.",
        2.3,
    ),
    (
        "en-fire-corlow",
        "Owner of gutted Corlow timber yard vows to rebuild",
        "Pellam Timber's managing director Ruth Askew said the firm would rebuild after fire "
        "destroyed its Corlow warehouse, and that its 38 staff would be paid.",
        7.5,
    ),
    (
        "en-fire-corlow/heath",
        "Heath fire near Brinley threatens homes in Dunsmere",
        "Crews spent the evening fighting a gorse fire on Brinley Heath, 14 miles from Corlow, "
        "as residents of six homes on Moor Lane were told to leave.",
        14.0,
    ),
    (
        "en-fire-corlow/heath",
        "Residents evacuated as Brinley Heath burns",
        "Six households on Moor Lane left as the gorse fire spread.",
        14.6,
    ),
    (
        "en-results-vantora",
        "Vantora profits jump 22% on strong cloud sales",
        "Software group Vantora reported first-half operating profit of £318m, up 22 per cent, "
        "and raised its full-year revenue guidance on Thursday morning.",
        20.0,
    ),
    (
        "en-results-vantora",
        "VANTORA H1 OPERATING PROFIT £318 MLN, GUIDANCE RAISED",
        "Vantora lifts outlook after first-half profit rises to £318 million.",
        20.1,
    ),
    (
        "en-results-vantora",
        "Vantora shares climb after upbeat half-year",
        "Investors cheered Vantora's £318m profit and higher guidance, sending the shares up "
        "9% by lunchtime; chief executive Dara Pell said demand had 'not slowed at all'.",
        23.0,
    ),
    (
        "en-results-vantora/launch",
        "Vantora unveils AI assistant for accountants",
        "Vantora launched Ledgerly, an AI assistant that drafts month-end accounts for small "
        "firms, at its developer conference in Harwick on Monday, priced at £29 a month.",
        116.0,
    ),
    (
        "en-results-vantora/launch",
        "Vantora's Ledgerly: first look",
        "We tried the £29-a-month bookkeeping assistant Vantora just released.",
        118.0,
    ),
    (
        "en-recall-brisk",
        "Brisk Appliances recalls 140,000 air fryers over fire risk",
        "Brisk Appliances is recalling 140,000 FryPro 5 air fryers sold since March after 23 "
        "reports of the units overheating, the Product Safety Office said.",
        30.0,
    ),
    (
        "en-recall-brisk",
        "Check your air fryer: FryPro 5 recalled",
        "Brisk says owners should stop using the FryPro 5 and claim a refund.",
        30.4,
    ),
    (
        "en-recall-brisk",
        "Brisk air fryer recall: what owners need to know",
        "About 140k FryPro 5 models are affected; Brisk will refund buyers in full and collect the "
        "fryers free of charge, the company said in a statement.",
        33.0,
    ),
    (
        "en-recall-brisk/lawsuit",
        "Former staff sue Brisk Appliances over unpaid overtime",
        "Forty-one warehouse workers have filed a claim against Brisk Appliances at the employment "
        "tribunal in Selbourne, alleging years of unpaid overtime at its depot.",
        91.0,
    ),
    (
        "en-recall-brisk/lawsuit",
        "Brisk faces overtime claim from 41 workers",
        "The tribunal case concerns Brisk's Selbourne depot, union says.",
        92.5,
    ),
    (
        "en-singer-lyra",
        "Lyra Voss cancels Glasgow show on doctor's advice",
        "Pop singer Lyra Voss has called off Tuesday's sold-out concert at the Clyde Arena after "
        "losing her voice, promising ticket holders a new date in the spring.",
        40.0,
    ),
    (
        "en-singer-lyra",
        "Lyra Voss pulls Clyde Arena date",
        "The singer has lost her voice; tickets remain valid for a new date.",
        40.3,
    ),
    (
        "en-singer-lyra",
        "Fans 'gutted' as Voss cancels hours before Glasgow gig",
        "Some fans had travelled from Belfast for the Clyde Arena show, which Lyra Voss cancelled "
        "on medical advice at 3pm.",
        41.5,
    ),
    (
        "en-singer-lyra/house",
        "Lyra Voss buys Georgian townhouse in Bath for £4.1m",
        "The singer has bought a five-bedroom townhouse on Larkhall Crescent, Land Registry "
        "records show, for £4.1 million.",
        46.0,
    ),
    (
        "en-singer-lyra/house",
        "Inside Lyra Voss's new £4.1 million Bath home",
        "A look at the Larkhall Crescent townhouse the pop star has just bought.",
        47.2,
    ),
    (
        "en-court-ashgate",
        "Ashgate Crown Court jails carer who stole from pensioners",
        "A care worker who took £62,000 from four elderly clients in Ashgate was jailed for three "
        "years on Wednesday; Nadia Crewe, 44, had admitted fraud.",
        52.0,
    ),
    (
        "en-court-ashgate",
        "Carer Nadia Crewe jailed over £62k thefts",
        "Crewe stole from four pensioners she looked after, the court heard.",
        52.4,
    ),
    (
        "en-court-ashgate",
        "'She betrayed their trust': carer jailed for three years",
        "The judge at Ashgate said Nadia Crewe had emptied the savings of people who depended on "
        "her; one victim's son said the family could now 'move on'.",
        54.0,
    ),
    (
        "en-court-ashgate/dogs",
        "Dog owner cleared at Ashgate Crown Court after park attack",
        "A jury in Ashgate found Leon Tarrant, 31, not guilty of owning a dangerously out of "
        "control dog after an attack on a jogger in Fenwick Park last May.",
        56.0,
    ),
    (
        "en-court-ashgate/dogs",
        "Leon Tarrant not guilty over Fenwick Park dog attack",
        "Jury cleared the 31-year-old on Wednesday afternoon.",
        56.5,
    ),
    (
        "en-transfer-hollins",
        "Hollins Rovers sign striker Kofi Mensor for £9m",
        "Hollins Rovers have signed striker Kofi Mensor from Dorwell Athletic for a club-record "
        "£9 million on a four-year deal, the club announced on Friday.",
        60.0,
    ),
    (
        "en-transfer-hollins",
        "DONE DEAL: Mensor joins Rovers",
        "Club-record fee for the Dorwell striker, four-year contract.",
        60.2,
    ),
    (
        "en-transfer-hollins",
        "Why Kofi Mensor is worth the record fee for Hollins",
        "The 24-year-old scored 19 goals for Dorwell last season; Rovers manager Ian Pruitt says "
        "the £9m signing gives his side 'a real focal point'.",
        63.0,
    ),
    (
        "en-transfer-hollins/loan",
        "Hollins Rovers loan young keeper Sam Oduya to Farnby",
        "Rovers goalkeeper Sam Oduya, 19, has joined League Two side Farnby Town on loan until "
        "January to get first-team football.",
        66.0,
    ),
    (
        "en-transfer-hollins/loan",
        "Oduya heads to Farnby Town on loan",
        "The Rovers academy keeper will spend half a season at Farnby.",
        67.0,
    ),
    (
        "en-quake-teravia",
        "Magnitude 6.1 earthquake shakes southern Teravia",
        "A 6.1-magnitude earthquake struck near the city of Oskel in southern Teravia at 02:15 "
        "local time on Saturday, injuring 17 people and cutting power to thousands.",
        70.0,
    ),
    (
        "en-quake-teravia",
        "Quake near Oskel: 17 hurt",
        "Walls collapsed in old Oskel after the 6.1 tremor overnight.",
        70.5,
    ),
    (
        "en-quake-teravia",
        "Oskel counts the cost a day after strong quake",
        "Engineers inspected 300 buildings in Oskel on Sunday after Saturday's M6.1 earthquake; "
        "the 17 injured are all expected to recover, officials said.",
        92.0,
    ),
    (
        "en-quake-teravia/north",
        "Second earthquake hits Teravia, this time in the north",
        "A magnitude 4.9 earthquake struck the northern Teravian province of Belmark on Sunday "
        "morning, unrelated to Saturday's quake in the south, seismologists said.",
        98.0,
    ),
    (
        "en-quake-teravia/north",
        "4.9 tremor rattles Belmark",
        "No injuries reported after the quake in northern Teravia.",
        98.3,
    ),
    (
        "en-concert-rook",
        "The Rookery announce reunion show at Marlow Park",
        "Indie band The Rookery will play their first concert in ten years at Marlow Park in "
        "Lanchester on 14 June, with tickets on sale from Friday.",
        100.0,
    ),
    (
        "en-concert-rook",
        "The Rookery are back: Marlow Park gig confirmed",
        "Reunion show on 14 June; tickets go on sale this Friday.",
        100.5,
    ),
    (
        "en-concert-rook",
        "Rookery reunion tickets: prices and how to buy",
        "Tickets for The Rookery's Marlow Park comeback start at £55, the promoter said, with a "
        "limit of four per buyer.",
        104.0,
    ),
    (
        "en-concert-rook/held",
        "Review: The Rookery's Marlow Park comeback was worth the ten-year wait",
        "Forty thousand fans sang every word as The Rookery played their first show in a decade "
        "in Lanchester on Saturday night.",
        840.0,
    ),
    (
        "en-concert-rook/held",
        "The Rookery roll back the years in Lanchester",
        "A two-hour set of old hits at Marlow Park on Saturday.",
        841.0,
    ),
    (
        "en-bridge-kessock",
        "Kessock swing bridge stuck open, stranding commuters",
        "The Kessock swing bridge jammed in the open position at 7.10am on Tuesday, forcing "
        "drivers on a 20-mile detour while engineers worked on a hydraulic fault.",
        120.0,
    ),
    (
        "en-bridge-kessock",
        "Kessock bridge fault: 20-mile detour",
        "The swing bridge failed to close after letting a barge through.",
        120.4,
    ),
    (
        "en-bridge-kessock",
        "Kessock bridge: council orders inquiry as swing span stays open",
        "Highland Roads said a burst hydraulic hose had left the Kessock swing bridge jammed open "
        "since 7.10am and that commuters should expect the detour all morning.",
        122.0,
    ),
    (
        "en-strike-nurses",
        "Nurses at Wexcombe hospitals vote to strike over staffing",
        "Nurses at three Wexcombe hospitals have voted by 87 per cent to strike over staffing "
        "levels, the Allied Nursing Union said, with a first walkout planned for next month.",
        140.0,
    ),
    (
        "en-strike-nurses",
        "Wexcombe nurses back strike action",
        "87% vote for walkouts over staffing at three hospitals.",
        140.5,
    ),
    (
        "en-strike-nurses",
        "Health board 'disappointed' by nurses' strike vote",
        "Wexcombe Health Board said it had offered to hire 120 more nurses and urged the union "
        "to return to talks after the 87% vote for strike action.",
        144.0,
    ),
    (
        "en-fares-corlow",
        "Corlow bus fares frozen for another year",
        "Dunsmere council agreed on Wednesday to keep single bus fares in Corlow at £1.80 until "
        "next December, funded by parking charges.",
        26.0,
    ),
    (
        "en-gig-marlow",
        "Marlow Park to host food festival in August",
        "Lanchester's Marlow Park will host a three-day street food festival over the August bank "
        "holiday weekend, the council said on Thursday.",
        150.0,
    ),
    (
        "en-vantora-office",
        "Vantora to open Harwick office with 200 jobs",
        "Vantora said it would open a new engineering office in Harwick next year, creating about "
        "200 jobs, as part of a wider expansion in the north.",
        160.0,
    ),
    (
        "en-flood-tamber",
        "River Tamber bursts banks in Hadleigh Cross",
        "About 60 homes in Hadleigh Cross were flooded on Sunday night when the River Tamber "
        "burst its banks after 70mm of rain fell in 24 hours, the Environment Office said.",
        180.0,
    ),
    (
        "en-flood-tamber",
        "Hadleigh Cross flooding: 60 homes hit",
        "The Tamber rose two metres overnight; a rest centre is open.",
        180.6,
    ),
    (
        "en-flood-tamber",
        "Clean-up begins in flooded Hadleigh Cross",
        "Residents of the 60 flooded homes began pumping out water on Monday as the River Tamber "
        "fell back; the council promised grants of up to £500 per household.",
        196.0,
    ),
    (
        "en-flood-tamber",
        "Hadleigh Cross flood victims to get £500 council grants",
        "Householders whose homes flooded when the Tamber overflowed can apply from Tuesday.",
        205.0,
    ),
    (
        "en-rescue-skerra",
        "Lifeboat crew saves kayakers swept out off Skerra Point",
        "Two kayakers were rescued by the Porthwen lifeboat after strong winds blew them a mile "
        "out to sea off Skerra Point on Saturday afternoon.",
        220.0,
    ),
    (
        "en-rescue-skerra",
        "Two kayakers rescued off Skerra Point",
        "Porthwen lifeboat picked up the pair a mile offshore.",
        220.4,
    ),
    (
        "en-rescue-skerra",
        "'We thought we were goners': rescued kayakers thank Porthwen crew",
        "Brothers Tom and Alfie Rennick, who were blown out to sea off Skerra Point, visited "
        "the Porthwen lifeboat station on Sunday to thank the volunteers.",
        243.0,
    ),
    (
        "en-byelection-stanmere",
        "Greens win Stanmere by-election with 41% of the vote",
        "The Green Party's Helen Achebe won the Stanmere North council by-election on Thursday "
        "with 41 per cent of the vote, taking the seat from Labour.",
        250.0,
    ),
    (
        "en-byelection-stanmere",
        "Achebe takes Stanmere North for the Greens",
        "Labour lose the council seat they had held since 2010.",
        250.3,
    ),
    (
        "en-byelection-stanmere",
        "Stanmere North by-election: full result",
        "Helen Achebe (Green) 1,204; Colin Marsh (Labour) 998; Priya Dean (Conservative) 512; "
        "turnout was 27 per cent.",
        251.0,
    ),
    (
        "en-airport-fog",
        "Fog grounds flights at Wexcombe Airport",
        "More than 40 flights were cancelled or delayed at Wexcombe Airport on Friday morning as "
        "thick fog cut visibility to under 100 metres.",
        270.0,
    ),
    (
        "en-airport-fog",
        "Wexcombe Airport: 40 flights hit by fog",
        "Passengers told to check with airlines before travelling.",
        270.3,
    ),
    (
        "en-airport-fog",
        "Fog lifts at Wexcombe but delays roll into the evening",
        "Flights resumed at Wexcombe Airport around 11am once the fog cleared, though knock-on "
        "delays lasted into the evening for thousands of passengers.",
        276.0,
    ),
    # --- Russian ---
    (
        "ru-recall-vesta",
        "«Вестамаш» отзывает 12 тысяч холодильников",
        "Компания «Вестамаш» объявила об отзыве 12 тысяч холодильников модели «Снежка-3» из-за "
        "риска возгорания компрессора, сообщила пресс-служба производителя.",
        10.0,
    ),
    (
        "ru-recall-vesta",
        "Холодильники «Снежка-3» отзовут из-за риска пожара",
        "Под отзыв попали 12 000 холодильников, проданных с весны.",
        10.5,
    ),
    (
        "ru-recall-vesta",
        "Владельцам «Снежки-3» предложили бесплатный ремонт",
        "«Вестамаш» заменит компрессоры во всех 12 тыс. отозванных холодильников за свой счёт, "
        "сказал директор завода Игорь Самохин.",
        14.0,
    ),
    (
        "ru-recall-vesta/suit",
        "Антимонопольная служба подала иск к «Вестамашу»",
        "Региональное управление ФАС подало в арбитражный суд иск к компании «Вестамаш» о "
        "навязывании дилерам цен, сумма требований составляет 48 млн рублей.",
        210.0,
    ),
    (
        "ru-recall-vesta/suit",
        "«Вестамаш» ответит в суде за цены для дилеров",
        "Иск на 48 миллионов рублей поступил в арбитраж.",
        211.0,
    ),
    (
        "ru-court-zarechny",
        "Заречный суд арестовал бывшего главу стройтреста",
        "Заречный районный суд отправил под арест на два месяца бывшего директора треста "
        "«Облстрой» Виктора Лаптева по делу о хищении 30 млн рублей.",
        35.0,
    ),
    (
        "ru-court-zarechny",
        "Экс-директора «Облстроя» Лаптева арестовали",
        "Его обвиняют в хищении 30 миллионов рублей при ремонте школ.",
        35.4,
    ),
    (
        "ru-court-zarechny",
        "Адвокат Лаптева обжалует арест",
        "Защита бывшего руководителя «Облстроя» Виктора Лаптева подаст жалобу на решение "
        "Заречного суда, заявил адвокат Олег Тимченко.",
        38.0,
    ),
    (
        "ru-court-zarechny/blogger",
        "Заречный суд оштрафовал блогера за ложное сообщение о минировании",
        "Блогер Артём Ручкин получил штраф 200 тысяч рублей за видео, в котором ложно сообщил о "
        "минировании торгового центра, решил Заречный районный суд.",
        37.0,
    ),
    (
        "ru-court-zarechny/blogger",
        "Блогеру Ручкину назначили штраф в 200 тыс. рублей",
        "Поводом стал ролик о якобы заминированном торговом центре.",
        37.5,
    ),
    (
        "ru-concert-kedr",
        "Группа «Кедр» объявила концерт в Лужниках",
        "Рок-группа «Кедр» даст юбилейный концерт к 30-летию в Москве 20 июля, билеты поступят в "
        "продажу в понедельник, сообщил её продюсер.",
        150.0,
    ),
    (
        "ru-concert-kedr",
        "«Кедр» отметит 30-летие большим концертом",
        "Юбилейное выступление назначено на 20 июля.",
        151.0,
    ),
    (
        "ru-concert-kedr",
        "Билеты на юбилей «Кедра» стоят от 3500 рублей",
        "Продюсер группы «Кедр» рассказал, что на юбилейный концерт 20 июля продадут около 60 "
        "тысяч билетов по цене от 3500 рублей.",
        155.0,
    ),
    (
        "ru-concert-kedr/held",
        "«Кедр» сыграл юбилейный концерт перед 60 тысячами зрителей",
        "В субботу вечером группа «Кедр» отыграла три часа, исполнив все главные песни за 30 лет, "
        "зрители не отпускали музыкантов до полуночи.",
        960.0,
    ),
    (
        "ru-concert-kedr/held",
        "Как прошёл юбилейный концерт «Кедра»",
        "Три часа хитов и фейерверк в финале.",
        961.0,
    ),
    (
        "ru-court-metro",
        "В Заречном районе откроют новый мировой участок",
        "Новый участок мирового суда начнёт работу в Заречном районе в марте, сообщили в "
        "областном управлении судебного департамента.",
        60.0,
    ),
    # --- German ---
    (
        "de-hochwasser-lenz",
        "Hochwasser an der Lenz: Ortsteil von Bramstedt evakuiert",
        "Nach starkem Regen ist die Lenz in der Nacht über die Ufer getreten, in Bramstedt mussten "
        "rund 300 Menschen ihre Häuser verlassen, teilte der Landkreis mit.",
        8.0,
    ),
    (
        "de-hochwasser-lenz",
        "Bramstedt: 300 Menschen vor der Lenz in Sicherheit gebracht",
        "Die Feuerwehr ist mit Booten im Einsatz, die Pegel steigen weiter.",
        8.5,
    ),
    (
        "de-hochwasser-lenz",
        "Lenz-Pegel sinkt, Bramstedter dürfen zurück",
        "Am Morgen ist der Wasserstand der Lenz deutlich gefallen; die 300 evakuierten Bewohner "
        "von Bramstedt dürfen am Nachmittag in ihre Häuser zurück.",
        26.0,
    ),
    (
        "de-hochwasser-lenz/scheune",
        "Scheunenbrand in Kolbach: hoher Schaden",
        "Im Landkreis Ostheide ist am Abend eine Scheune in Kolbach abgebrannt, etwa 20 Kilometer "
        "von Bramstedt; die Polizei schätzt den Schaden auf 250.000 Euro.",
        19.0,
    ),
    (
        "de-hochwasser-lenz/scheune",
        "Kolbach: Scheune mit Strohballen in Flammen",
        "Verletzt wurde niemand, die Ursache ist noch unklar.",
        19.4,
    ),
    (
        "de-hochwasser-lenz/scheune",
        "Brand in Kolbach: Polizei ermittelt nach Feuer in Scheune",
        "Nach dem Brand einer Scheune in Kolbach am Vorabend hat die Kriminalpolizei die "
        "Ermittlungen aufgenommen, ein technischer Defekt ist nicht ausgeschlossen.",
        31.0,
    ),
    (
        "de-schauspieler-brandt",
        "Schauspieler Till Brandt erhält den Ehrenpreis der Filmakademie",
        "Der Schauspieler Till Brandt wird für sein Lebenswerk mit dem Ehrenpreis der "
        "Nordischen Filmakademie ausgezeichnet, die Verleihung ist im Mai in Lübbeck.",
        44.0,
    ),
    (
        "de-schauspieler-brandt",
        "Ehrenpreis für Till Brandt",
        "Die Filmakademie würdigt das Lebenswerk des 71-Jährigen.",
        44.3,
    ),
    (
        "de-schauspieler-brandt",
        "„Ich bin gerührt“: Brandt über seinen Ehrenpreis",
        "Till Brandt hat sich im Radio über die Auszeichnung der Filmakademie gefreut und "
        "gesagt, er wolle den Preis seiner verstorbenen Frau widmen.",
        47.0,
    ),
    (
        "de-schauspieler-brandt/unfall",
        "Till Brandt bei Auffahrunfall auf der A7 leicht verletzt",
        "Der Schauspieler ist am Nachmittag bei einem Auffahrunfall nahe Soltau leicht verletzt "
        "worden, er kam zur Kontrolle in ein Krankenhaus, teilte die Polizei mit.",
        49.0,
    ),
    (
        "de-schauspieler-brandt/unfall",
        "Unfall auf der A7: Till Brandt im Krankenhaus",
        "Der Schauspieler ist nach Angaben der Polizei nur leicht verletzt.",
        49.5,
    ),
    (
        "de-feuerwache-bramstedt",
        "Bramstedt bekommt eine neue Feuerwache",
        "Der Gemeinderat von Bramstedt hat den Bau einer neuen Feuerwache für 6,5 Millionen Euro "
        "beschlossen, sie soll im Jahr 2028 fertig sein.",
        90.0,
    ),
    # --- French ---
    (
        "fr-resultats-orvane",
        "Orvane : le bénéfice semestriel bondit de 18 %",
        "Le groupe de cosmétiques Orvane a publié mardi un bénéfice net semestriel de 412 millions "
        "d'euros, en hausse de 18 %, porté par ses ventes en Asie.",
        12.0,
    ),
    (
        "fr-resultats-orvane",
        "Orvane dépasse les attentes au premier semestre",
        "Bénéfice net de 412 M€, les ventes en Asie tirent le groupe.",
        12.2,
    ),
    (
        "fr-resultats-orvane",
        "Orvane s'envole à la Bourse après ses résultats",
        "L'action Orvane a gagné 7 % mardi à Paris, les investisseurs saluant un bénéfice de 412 "
        "millions d'euros et une marge en hausse, selon les analystes.",
        15.0,
    ),
    (
        "fr-resultats-orvane/lancement",
        "Orvane lance une gamme de soins rechargeables",
        "Orvane a présenté jeudi à Lyon une gamme de crèmes vendues dans des flacons "
        "rechargeables en pharmacie, disponible dès le mois de mars.",
        60.0,
    ),
    (
        "fr-resultats-orvane/lancement",
        "Des flacons rechargeables chez Orvane",
        "La nouvelle gamme sera vendue en pharmacie dès mars.",
        60.5,
    ),
    (
        "fr-seisme-valmont",
        "Un séisme de magnitude 4,7 secoue la vallée de Valmont",
        "Un tremblement de terre de magnitude 4,7 a été ressenti vendredi à 23 h 10 dans la vallée "
        "de Valmont, sans faire de victime, selon la préfecture.",
        80.0,
    ),
    (
        "fr-seisme-valmont",
        "Séisme dans la vallée de Valmont : pas de blessé",
        "Des fissures ont été signalées sur quelques maisons.",
        80.4,
    ),
    (
        "fr-seisme-valmont",
        "Après le séisme, les experts inspectent les écoles de Valmont",
        "Au lendemain du séisme de 4,7, des experts ont inspecté samedi les huit écoles de la "
        "vallée de Valmont, qui rouvriront lundi, a annoncé le maire.",
        95.0,
    ),
    (
        "fr-seisme-valmont/sud",
        "Nouvelle secousse de 3,9 dans le sud, près de Castelbrun",
        "Un second séisme, de magnitude 3,9, a été enregistré dimanche matin près de Castelbrun, "
        "à 200 km de Valmont, sans lien avec celui de vendredi.",
        112.0,
    ),
    (
        "fr-seisme-valmont/sud",
        "Castelbrun : une secousse ressentie au réveil",
        "Magnitude 3,9 selon le réseau national, aucun dégât.",
        112.3,
    ),
    (
        "fr-orvane-aubrac",
        "Orvane va agrandir son usine de Saint-Aubrac",
        "Le groupe Orvane investira 60 millions d'euros dans son usine de Saint-Aubrac, avec 150 "
        "emplois à la clé d'ici à 2027.",
        200.0,
    ),
    # --- Spanish ---
    (
        "es-retirada-albares",
        "Lácteos Albares retira 80.000 yogures por restos de plástico",
        "La empresa Lácteos Albares ha retirado del mercado 80.000 yogures de fresa de su marca "
        "Prado tras detectar restos de plástico en un lote, informó la agencia de consumo.",
        5.0,
    ),
    (
        "es-retirada-albares",
        "Alerta alimentaria: retiran yogures Prado de fresa",
        "Albares pide no consumir el lote afectado y devolverlo en tienda.",
        5.3,
    ),
    (
        "es-retirada-albares",
        "Albares asegura que la retirada de los yogures es preventiva",
        "El director de calidad de Lácteos Albares, Ramón Urquiza, dijo que nadie ha enfermado "
        "y que los 80 000 envases retirados proceden de una sola línea.",
        9.0,
    ),
    (
        "es-retirada-albares/demanda",
        "Ganaderos de Soria demandan a Lácteos Albares por impagos",
        "Una cooperativa de 45 ganaderos de Soria ha presentado una demanda contra Lácteos "
        "Albares por 1,2 millones de euros de leche entregada y no pagada.",
        25.0,
    ),
    (
        "es-retirada-albares/demanda",
        "Demanda de 1,2 millones contra Albares",
        "La cooperativa reclama el pago de la leche de seis meses.",
        26.0,
    ),
    (
        "es-fichaje-ortega",
        "El Real Ortega ficha al central Nico Barral por 14 millones",
        "El Real Ortega ha cerrado el fichaje del defensa central Nico Barral, procedente del "
        "Sporting Almenar, por 14 millones de euros y cinco temporadas.",
        75.0,
    ),
    (
        "es-fichaje-ortega",
        "Barral, nuevo central del Real Ortega",
        "Firma por cinco temporadas; el traspaso ronda los 14 millones.",
        75.3,
    ),
    (
        "es-fichaje-ortega",
        "Barral: «Vengo al Real Ortega para ganar títulos»",
        "En su presentación ante 3.000 aficionados, el central Nico Barral dijo que el proyecto "
        "del club fue lo que le convenció para dejar el Almenar.",
        98.0,
    ),
    (
        "es-fichaje-ortega/salida",
        "El Real Ortega vende al extremo Dani Roque al fútbol turco",
        "El extremo Dani Roque deja el Real Ortega y se marcha al Karadeniz turco a cambio de "
        "6 millones de euros, anunció el club el lunes.",
        150.0,
    ),
    (
        "es-fichaje-ortega/salida",
        "Dani Roque se va a Turquía",
        "El Real Ortega ingresa 6 millones por su extremo.",
        150.5,
    ),
    (
        "es-concierto-luna",
        "Marta Luna anuncia un concierto en el estadio de Valdeluz",
        "La cantante Marta Luna actuará el 12 de septiembre en el estadio de Valdeluz, el único "
        "concierto de su gira en España, con entradas a la venta el viernes.",
        130.0,
    ),
    (
        "es-concierto-luna",
        "Marta Luna, en Valdeluz el 12 de septiembre",
        "Único concierto en España; las entradas salen el viernes.",
        130.4,
    ),
    (
        "es-concierto-luna/celebrado",
        "Marta Luna llena el estadio de Valdeluz",
        "Más de 50.000 personas vieron el sábado a Marta Luna en Valdeluz, en un concierto de "
        "dos horas y media con invitados sorpresa y un final con fuegos artificiales.",
        1020.0,
    ),
    (
        "es-concierto-luna/celebrado",
        "Crónica: la noche en que Marta Luna conquistó Valdeluz",
        "Dos horas y media de éxitos ante 50.000 fans.",
        1021.0,
    ),
    (
        "es-albares-planta",
        "Lácteos Albares abrirá una planta de quesos en Ágreda",
        "Lácteos Albares invertirá 20 millones de euros en una planta de quesos en Ágreda, que "
        "dará empleo a 90 personas a partir de 2027.",
        300.0,
    ),
    # --- Italian ---
    (
        "it-cantante-rizzi",
        "Elia Rizzi in testa alla classifica con il nuovo album",
        "Il cantautore Elia Rizzi debutta al primo posto della classifica degli album con "
        "«Mareggiata», uscito venerdì, secondo i dati diffusi dalla federazione.",
        18.0,
    ),
    (
        "it-cantante-rizzi",
        "«Mareggiata» di Rizzi è subito primo",
        "Il nuovo disco del cantautore debutta in vetta alla classifica.",
        18.4,
    ),
    (
        "it-cantante-rizzi",
        "Rizzi ringrazia i fan per il primo posto",
        "Elia Rizzi ha scritto sui social che il debutto di «Mareggiata» in vetta alla classifica "
        "è merito dei fan che lo seguono da dieci anni.",
        21.0,
    ),
    (
        "it-cantante-rizzi/multa",
        "Multa a Elia Rizzi per eccesso di velocità in autostrada",
        "Il cantautore Elia Rizzi è stato fermato dalla polizia stradale sulla A14 vicino a "
        "Pescara a 190 km orari e ha avuto la patente sospesa.",
        24.0,
    ),
    (
        "it-cantante-rizzi/multa",
        "Rizzi a 190 all'ora, patente sospesa",
        "Il cantautore fermato dalla stradale sulla A14.",
        24.5,
    ),
    (
        "it-mercato-vespri",
        "Il Vespri Calcio prende l'attaccante Luca Ferrante",
        "Il Vespri Calcio ha acquistato l'attaccante Luca Ferrante dalla Pro Saline per 8 milioni "
        "di euro, con un contratto fino al 2029.",
        100.0,
    ),
    (
        "it-mercato-vespri",
        "Ferrante al Vespri: è ufficiale",
        "Affare da 8 milioni per l'attaccante della Pro Saline.",
        100.3,
    ),
    (
        "it-mercato-vespri",
        "Ferrante si presenta: «Al Vespri per segnare tanti gol»",
        "Nella conferenza stampa di presentazione Luca Ferrante ha detto di aver scelto il Vespri "
        "per giocare da titolare, dopo l'acquisto da 8 milioni.",
        118.0,
    ),
    (
        "it-mercato-vespri/portiere",
        "Il Vespri Calcio cede il portiere Gallo in prestito",
        "Il portiere del Vespri Calcio, Matteo Gallo, va in prestito alla Sanvitese fino a giugno "
        "per trovare spazio in prima squadra, ha comunicato la società.",
        130.0,
    ),
    (
        "it-mercato-vespri/portiere",
        "Gallo alla Sanvitese in prestito",
        "Il portiere del Vespri giocherà fino a giugno in B.",
        130.5,
    ),
    (
        "it-vespri-stadio",
        "Il Vespri Calcio presenta il progetto del nuovo stadio",
        "Il club ha presentato al Comune il progetto di uno stadio da 22.000 posti, con un "
        "investimento di 140 milioni di euro.",
        170.0,
    ),
    # --- Portuguese ---
    (
        "pt-incendio-serrinha",
        "Incêndio na serra de Alvarim obriga a evacuar duas aldeias",
        "Um incêndio florestal que deflagrou ao início da tarde na serra de Alvarim obrigou à "
        "retirada de 120 moradores de duas aldeias, segundo a Proteção Civil.",
        3.0,
    ),
    (
        "pt-incendio-serrinha",
        "Fogo em Alvarim: 120 pessoas retiradas",
        "Mais de 200 bombeiros combatem as chamas na serra.",
        3.5,
    ),
    (
        "pt-incendio-serrinha",
        "Incêndio de Alvarim dado como dominado",
        "O fogo que consumiu 400 hectares na serra de Alvarim foi dado como dominado durante a "
        "madrugada e os 120 moradores já voltaram para casa.",
        17.0,
    ),
    (
        "pt-incendio-serrinha/fabrica",
        "Fábrica de paletes arde na zona industrial de Vila Tercena",
        "Um incêndio destruiu ao fim da noite uma fábrica de paletes na zona industrial de Vila "
        "Tercena, no mesmo distrito de Alvarim, sem causar feridos.",
        11.0,
    ),
    (
        "pt-incendio-serrinha/fabrica",
        "Vila Tercena: chamas destroem fábrica",
        "Não há feridos; a causa do fogo é investigada pela PJ.",
        11.4,
    ),
    (
        "pt-sismo-acores",
        "Sismo de magnitude 5,2 sentido na ilha de São Brás",
        "Um sismo de magnitude 5,2 na escala de Richter foi sentido às 04h20 na ilha de São Brás, "
        "sem causar vítimas, segundo o instituto de meteorologia.",
        140.0,
    ),
    (
        "pt-sismo-acores",
        "Terra tremeu em São Brás de madrugada",
        "Sismo de 5,2 acordou os moradores da ilha; não há vítimas.",
        140.3,
    ),
    (
        "pt-sismo-acores",
        "Sismo de São Brás causou danos em 30 casas",
        "A Proteção Civil fez um balanço dos estragos do sismo de 5,2 e contou 30 casas com "
        "fissuras, sobretudo na vila de Porto Calvo, na ilha de São Brás.",
        146.0,
    ),
    (
        "pt-sismo-acores/continente",
        "Sismo de 3,8 sentido no Alentejo",
        "Um sismo de magnitude 3,8 foi sentido na manhã de domingo na região de Montalvo, no "
        "Alentejo, sem danos, um dia depois do abalo na ilha de São Brás.",
        166.0,
    ),
    (
        "pt-sismo-acores/continente",
        "Abalo de 3,8 assusta Montalvo",
        "Não há registo de danos no Alentejo, diz a Proteção Civil.",
        166.5,
    ),
    (
        "pt-alvarim-bombeiros",
        "Bombeiros de Alvarim recebem dois novos camiões",
        "A câmara municipal entregou aos bombeiros voluntários de Alvarim dois camiões para o "
        "combate aos incêndios, com um investimento de 600 mil euros.",
        70.0,
    ),
    # --- Dutch ---
    (
        "nl-cijfers-kroonveld",
        "Kroonveld boekt hogere winst dankzij webwinkel",
        "Supermarktketen Kroonveld heeft in het derde kwartaal een nettowinst van 96 miljoen "
        "euro geboekt, 14 procent meer dan een jaar eerder, door sterke groei van de webwinkel.",
        22.0,
    ),
    (
        "nl-cijfers-kroonveld",
        "Kroonveld: winst stijgt naar 96 miljoen",
        "De webwinkel van de supermarkt groeit hard, aldus het bedrijf.",
        22.2,
    ),
    (
        "nl-cijfers-kroonveld",
        "Aandeel Kroonveld stijgt op het Damrak na kwartaalcijfers",
        "Beleggers reageerden positief op de winst van 96 mln euro; het aandeel Kroonveld sloot "
        "5 procent hoger, ook door een hogere prognose voor het jaar.",
        27.0,
    ),
    (
        "nl-cijfers-kroonveld",
        "Kroonveld verhoogt jaarprognose na sterk kwartaal",
        "Topman Eva Dijkhuis van Kroonveld zei dat de webwinkel voor het eerst winst maakt.",
        33.0,
    ),
    (
        "nl-cijfers-kroonveld/app",
        "Kroonveld lanceert app om zonder kassa af te rekenen",
        "Kroonveld introduceert een app waarmee klanten in de winkel zelf scannen en zonder kassa "
        "betalen; de proef begint maandag in twintig filialen.",
        140.0,
    ),
    (
        "nl-cijfers-kroonveld/app",
        "Zelf scannen met nieuwe Kroonveld-app",
        "De proef start in twintig winkels van de supermarkt.",
        140.5,
    ),
    (
        "nl-rechtbank-zwolde",
        "Rechtbank Zwolde veroordeelt drugskoerier tot vier jaar cel",
        "De rechtbank in Zwolde heeft een 29-jarige man uit Emmerveen veroordeeld tot vier jaar "
        "cel voor het smokkelen van 60 kilo cocaïne in een vrachtwagen met bloemen.",
        45.0,
    ),
    (
        "nl-rechtbank-zwolde",
        "Vier jaar cel voor cocaïne tussen de bloemen",
        "De man uit Emmerveen vervoerde 60 kilo drugs in een vrachtwagen.",
        45.3,
    ),
    (
        "nl-rechtbank-zwolde",
        "Chauffeur met 60 kilo coke krijgt vier jaar",
        "De rechters in Zwolde geloofden niet dat de man uit Emmerveen van niets wist, zoals hij "
        "zelf tijdens de zitting had verklaard.",
        46.0,
    ),
    (
        "nl-rechtbank-zwolde/wethouder",
        "Oud-wethouder van Dalbeek vrijgesproken van omkoping",
        "De rechtbank in Zwolde heeft oud-wethouder Henk Smeding van Dalbeek vrijgesproken van "
        "omkoping bij de verkoop van gemeentegrond aan een projectontwikkelaar.",
        47.0,
    ),
    (
        "nl-rechtbank-zwolde/wethouder",
        "Vrijspraak voor Smeding",
        "De oud-wethouder van Dalbeek is niet omgekocht, zegt de rechter.",
        47.5,
    ),
    (
        "nl-kroonveld-bezorging",
        "Kroonveld gaat ook op zondag bezorgen",
        "Supermarkt Kroonveld bezorgt vanaf januari ook op zondag boodschappen aan huis in de "
        "grote steden, maakte het bedrijf bekend.",
        260.0,
    ),
)

# Hard negatives by category: each is a story of its own, of the same kind or with the same actor
# as the story before its slash; within 48 hours of it or not as the two events really were.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two fires or floods in one region within a day": (
        "en-fire-corlow/heath",
        "de-hochwasser-lenz/scheune",
        "pt-incendio-serrinha/fabrica",
    ),
    "one company's results and its product launch in one week": (
        "en-results-vantora/launch",
        "fr-resultats-orvane/lancement",
        "nl-cijfers-kroonveld/app",
    ),
    "one company's recall and a lawsuit against it": (
        "en-recall-brisk/lawsuit",
        "es-retirada-albares/demanda",
        "ru-recall-vesta/suit",
    ),
    "one celebrity in two unrelated items on one day": (
        "en-singer-lyra/house",
        "de-schauspieler-brandt/unfall",
        "it-cantante-rizzi/multa",
    ),
    "two cases in one court on one day": (
        "en-court-ashgate/dogs",
        "ru-court-zarechny/blogger",
        "nl-rechtbank-zwolde/wethouder",
    ),
    "one club's two transfers": (
        "en-transfer-hollins/loan",
        "es-fichaje-ortega/salida",
        "it-mercato-vespri/portiere",
    ),
    "two earthquakes in one country within 36 hours": (
        "en-quake-teravia/north",
        "fr-seisme-valmont/sud",
        "pt-sismo-acores/continente",
    ),
    "a concert announced and the concert held": (
        "en-concert-rook/held",
        "ru-concert-kedr/held",
        "es-concierto-luna/celebrado",
    ),
}
