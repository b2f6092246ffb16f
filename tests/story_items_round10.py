"""A tenth check set for story merging, written blind, with publication times, to be scored once.

Written 2026-12-06 in round 9's format: items are (story, title, lead, hours), `hours` being when
the item was published, in hours after the set's start, so the merging's 48-hour window decides
as in production. Copies of one event are minutes to hours apart (a flash or live blog first,
fuller copies one to six hours later), a next-morning follow-up 12 to 30 hours after the first
copy; a hard negative sits as far from its story as the two events really were (two crashes in
one county 5 to 8 hours apart, two firms' results 3 to 6 minutes apart on one morning, two
rulings against one company 40 or 70 hours or 5 days apart, one politician at two events 5 to 8
hours apart, a second strike called 2 to 5 hours after the first, a storm and the next one 4 to
6 days apart, a match preview and its report about a day apart, an election's first round and
its runoff 14 days apart). The bench scores the set in time order, once:
`python -m bench.stories --round10`.

Items with one story label are one event as different outlets in one language would carry it: a
wire flash, a live-blog entry ("LIVE: ...", "EN DIRECT - ..."), a local paper, a business page, a
quote-led or human-angle piece, a next-day follow-up that repeats the background. Copies share
what real coverage shares (a place, a name, the key number, the event noun), in their own words:
numbers change format (£412m / £412 million / 12 per cent, 4,2 millions d'euros / 4,2 M€, 130
km/h / 130 quilómetros por hora), names change form (full name, surname, title), and most stories
have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in round 9: one event (one crash, one results statement, one
ruling, one appearance, one storm, one match, one strike call, one election round) in that
event's news cycle, including a next-day follow-up. Not the same story: another event of the same
kind, even with the same place, firm or person (the second crash that day in the same county, the
other firm's results that morning, the second ruling against the firm, the minister's second
engagement that day, another sector's strike in the same city, the next storm, the report of the
previewed match, the runoff after the first round). The second event often names the first as
background; it is still another story. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). The ten stories told by one outlet
sit next to a paired story's place, firm or club (Dunmere's speed cameras, Veltrix's e-scooters,
Lumeo's warehouse): they can only be merged falsely. No story has more than four copies (the
shape test's cap), and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, clubs, parties and unions are invented here; real bodies appear only as
backdrop (the FA Trophy and Wembley, Piazza Affari, the Damrak, Enedis, the Guardia Civil, a
Tribunal da Relação).

Written by an author who read neither the merging code, its rules and lexicon, the merging docs'
findings, nor the items of rounds 8 and 9 (round 9 was read for its format and docstring only),
and never run through the merging code before its one scoring run (`python -m bench.stories
--round10`). Once its errors have been read it is no longer a clean check: say so beside any
later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    (
        "en-crash-dunmere",
        "Three killed as lorry and coach collide on A614 in Dunmere",
        "Three people died and 19 were hurt when a lorry and a coach carrying pensioners collided"
        " on the A614 near Harlowe in Dunmere on Monday morning, police said.",
        2.0,
    ),
    (
        "en-crash-dunmere",
        "A614 closed after fatal coach crash",
        "Police shut the A614 at Harlowe after a lorry hit a coach.",
        2.4,
    ),
    (
        "en-crash-dunmere",
        "'Glass everywhere': witnesses describe Harlowe coach crash that killed three",
        "Farmer Owen Pryce ran from his field when he heard the bang. Nineteen passengers were "
        "taken to hospital after the coach was hit by a lorry on the A614.",
        5.0,
    ),
    (
        "en-crash-dunmere",
        "Coach crash driver named as inquiry into A614 junction begins",
        "The lorry driver arrested after Monday's crash near Harlowe, in which three pensioners "
        "died, has been released on bail as Dunmere council reviews the junction.",
        26.0,
    ),
    (
        "en-crash-dunmere/quarry",
        "Driver dies after car hits quarry wall near Pellick",
        "A 23-year-old man died when his car left the B3170 and struck a quarry wall near "
        "Pellick, Dunmere, on Monday evening, police said.",
        9.0,
    ),
    (
        "en-crash-dunmere/quarry",
        "Young driver killed in Pellick crash",
        "A man, 23, died after his car hit a wall on the B3170 on Monday.",
        10.5,
    ),
    (
        "en-crash-dunmere/quarry",
        "Second fatal crash in Dunmere in a day as Pellick driver dies",
        "Hours after three died on the A614, a young man was killed on the B3170 near Pellick "
        "when his car struck the old quarry wall.",
        11.0,
    ),
    (
        "en-results-tallis",
        "Tallis Foods profit rises 12% to £412m",
        "Tallis Foods, the maker of Brockley biscuits, reported pre-tax profit up 12% to £412 "
        "million for the year and raised its dividend by 8%, sending its shares up 4% in early "
        "trading.",
        7.0,
    ),
    (
        "en-results-tallis",
        "Tallis beats forecasts as biscuit prices stick",
        "Pre-tax profit of £412m at Tallis Foods, ahead of City forecasts.",
        7.3,
    ),
    (
        "en-results-tallis",
        "Tallis chief: 'Shoppers are trading up again'",
        "Tallis Foods boss Miriam Achebe said volumes recovered in the second half as the group "
        "lifted annual profit 12 per cent to £412m.",
        9.0,
    ),
    (
        "en-results-tallis/brennock",
        "Brennock Retail sales fall 3% as clothing slumps",
        "Brennock Retail said like-for-like sales fell 3% in the year to October and warned "
        "profit would come in at the bottom of forecasts, at about £95 million.",
        7.05,
    ),
    (
        "en-results-tallis/brennock",
        "Brennock shares slide on profit warning",
        "Brennock Retail expects profit of about £95m after a weak autumn.",
        8.0,
    ),
    (
        "en-ruling-veltrix",
        "Veltrix drivers are workers, tribunal rules",
        "An employment tribunal in Carrow ruled on Wednesday that 2,300 drivers for the "
        "ride-hailing app Veltrix are workers entitled to holiday pay and the minimum wage, "
        "rejecting the firm's claim they are self-employed.",
        30.0,
    ),
    (
        "en-ruling-veltrix",
        "Veltrix loses landmark drivers' case",
        "The tribunal says the 2,300 drivers of the app are workers, not contractors.",
        31.0,
    ),
    (
        "en-ruling-veltrix",
        "What the Veltrix ruling means for gig drivers",
        "Wednesday's tribunal decision could cost Veltrix up to £28m in back pay, lawyers for the"
        " 2,300 drivers said, and the app says it will appeal.",
        33.0,
    ),
    (
        "en-ruling-veltrix/data",
        "High Court orders Veltrix to delete riders' location history",
        "The High Court ordered Veltrix on Monday to delete years of stored location data on its "
        "passengers, ruling the ride-hailing app had kept it unlawfully.",
        100.0,
    ),
    (
        "en-ruling-veltrix/data",
        "Veltrix told to wipe passenger data",
        "Judge rules the app kept riders' trip histories without a lawful basis.",
        101.5,
    ),
    (
        "en-crane-hospital",
        "Health secretary Judith Crane opens £60m Aldworth hospital wing",
        "Health Secretary Judith Crane opened the new £60 million maternity wing at Aldworth "
        "General Hospital on Thursday, promising 40 more midwives for the region.",
        40.0,
    ),
    (
        "en-crane-hospital",
        "Crane promises 40 midwives at Aldworth opening",
        "Judith Crane cut the ribbon on the maternity wing at Aldworth General.",
        41.0,
    ),
    (
        "en-crane-hospital",
        "New mums first to use Aldworth maternity wing",
        "Aldworth General's new wing, opened by Judith Crane, welcomed its first babies within "
        "hours, staff said.",
        43.0,
    ),
    (
        "en-crane-hospital/hustings",
        "Crane heckled over ferry fares at Rossbury hustings",
        "Judith Crane was heckled by islanders at a by-election hustings in Rossbury on Thursday "
        "night over a 30% rise in ferry fares.",
        48.0,
    ),
    (
        "en-crane-hospital/hustings",
        "Health secretary jeered by ferry campaigners",
        "Rossbury voters shouted down Judith Crane over the fare rise.",
        49.0,
    ),
    (
        "en-storm-ilse",
        "Storm Ilse: 90mph gusts leave 40,000 homes without power",
        "Storm Ilse brought gusts of up to 90mph to the west coast on Saturday, cutting power to "
        "40,000 homes and closing the Kestle bridge, the energy network said.",
        60.0,
    ),
    (
        "en-storm-ilse",
        "LIVE: Storm Ilse batters west coast",
        "Follow the latest as Storm Ilse hits: power cuts, closed roads and more.",
        60.5,
    ),
    (
        "en-storm-ilse",
        "Roof torn off Carrow school as Ilse sweeps inland",
        "The storm ripped the roof from a primary school in Carrow as gusts of 90 mph moved "
        "inland and 40,000 homes lost power.",
        63.0,
    ),
    (
        "en-storm-ilse",
        "Thousands still without power a day after Storm Ilse",
        "About 9,000 homes remained cut off on Sunday, down from 40,000 at the height of Storm "
        "Ilse, engineers said.",
        80.0,
    ),
    (
        "en-storm-ilse/mabon",
        "Storm Mabon brings floods days after Ilse",
        "Storm Mabon dumped 80mm of rain on the west on Thursday, flooding 200 homes in Kestle, "
        "five days after Storm Ilse cut power to thousands.",
        180.0,
    ),
    (
        "en-storm-ilse/mabon",
        "Flood warnings as Mabon arrives",
        "Twelve flood warnings are in force as Storm Mabon follows on the heels of Ilse.",
        181.0,
    ),
    (
        "en-storm-ilse/mabon",
        "Kestle residents bail out homes after Storm Mabon",
        "Two hundred homes in Kestle flooded overnight as Mabon's rain swelled the river, still "
        "recovering from last weekend's gales.",
        184.0,
    ),
    (
        "en-cup-fenwick",
        "Fenwick Rovers v Castleton: FA Trophy semi-final preview",
        "Fenwick Rovers welcome Castleton to Marsh Lane on Saturday for the Trophy semi-final, "
        "with striker Dion Akers back from a hamstring injury.",
        200.0,
    ),
    (
        "en-cup-fenwick",
        "Akers fit for Rovers' semi",
        "Dion Akers returns for Fenwick against Castleton on Saturday.",
        203.0,
    ),
    (
        "en-cup-fenwick/report",
        "Fenwick Rovers 2-1 Castleton: Akers sends Rovers to Wembley",
        "Dion Akers scored twice as Fenwick Rovers beat Castleton 2-1 at Marsh Lane to reach the "
        "Trophy final for the first time.",
        224.0,
    ),
    (
        "en-cup-fenwick/report",
        "Akers double takes Fenwick to final",
        "Fenwick 2 Castleton 1: Akers' late header wins the semi.",
        224.2,
    ),
    (
        "en-cup-fenwick/report",
        "'Best day of my life': Akers on Fenwick's Trophy win",
        "Dion Akers, out for a month with a hamstring injury, said his winner against Castleton "
        "was the highlight of his career.",
        226.0,
    ),
    (
        "en-rescue-hollin",
        "Four cavers rescued after 30 hours in flooded Hollin Pot",
        "Four cavers trapped by floodwater in Hollin Pot for 30 hours were brought out unhurt on "
        "Tuesday night by a team of 60 rescuers, the cave rescue organisation said.",
        400.0,
    ),
    (
        "en-rescue-hollin",
        "Hollin Pot cavers safe",
        "All four cavers are out of Hollin Pot after a 30-hour rescue.",
        400.3,
    ),
    (
        "en-rescue-hollin",
        "'We sang to keep warm': rescued caver on 30 hours underground",
        "Student Ellie Marsh, one of four cavers freed from Hollin Pot, said the group huddled on"
        " a ledge as water rose.",
        414.0,
    ),
    (
        "en-rescue-hollin",
        "Hollin Pot rescue: divers describe 'hardest job in years'",
        "Cave divers who reached the four trapped cavers in Hollin Pot said rising water nearly "
        "forced them back.",
        420.0,
    ),
    (
        "en-fraud-osgood",
        "Accountant jailed for stealing £1.4m from Osgood charity",
        "An accountant who stole £1.4 million from the Osgood children's charity over six years "
        "was jailed for seven years at Carrow Crown Court on Friday.",
        700.0,
    ),
    (
        "en-fraud-osgood",
        "Seven years for charity thief",
        "Accountant who took £1.4m from Osgood charity is jailed.",
        701.0,
    ),
    (
        "en-fraud-osgood",
        "Osgood charity 'devastated' as former treasurer jailed",
        "The charity's chair said the £1.4m theft had closed two holiday clubs.",
        703.0,
    ),
    (
        "en-aldworth-parking",
        "Aldworth council doubles hospital parking charges",
        "Aldworth council will double evening parking charges near Aldworth General from April, "
        "to £4, to fund road repairs.",
        120.0,
    ),
    (
        "en-veltrix-scooters",
        "Veltrix launches e-scooter hire in Carrow",
        "Veltrix has put 500 e-scooters on Carrow's streets in a trial the city council will "
        "review after six months.",
        140.0,
    ),
    (
        "en-dunmere-cameras",
        "Dunmere to install 14 new speed cameras",
        "Dunmere county council has approved 14 average-speed cameras on rural roads after a rise"
        " in deaths last year.",
        150.0,
    ),
    (
        "de-unfall-oberhagen",
        "Zwei Tote bei Unfall zwischen Kleinbus und Traktor bei Lindenau",
        "Bei einem Zusammenstoß zwischen einem Kleinbus und einem Traktor auf der B 27 bei "
        "Lindenau im Landkreis Oberhagen sind am Dienstagmorgen zwei Menschen gestorben und zwölf"
        " verletzt worden, teilte die Polizei mit.",
        20.0,
    ),
    (
        "de-unfall-oberhagen",
        "B 27 nach schwerem Unfall gesperrt",
        "Zwei Tote und zwölf Verletzte auf der B 27 bei Lindenau.",
        20.5,
    ),
    (
        "de-unfall-oberhagen",
        "Tödlicher Unfall bei Lindenau: Kleinbus war mit Erntehelfern besetzt",
        "Der Kleinbus, der auf der B 27 mit einem Traktor kollidierte, brachte zwölf Erntehelfer "
        "zu einem Hof im Landkreis Oberhagen, so die Polizei.",
        23.0,
    ),
    (
        "de-unfall-oberhagen",
        "Nach dem Unfall auf der B 27: Gutachter prüft Beleuchtung des Traktors",
        "Einen Tag nach dem Unfall mit zwei Toten bei Lindenau hat die Staatsanwaltschaft einen "
        "Gutachter eingeschaltet.",
        44.0,
    ),
    (
        "de-unfall-oberhagen/motorrad",
        "Motorradfahrer stirbt nach Sturz bei Hessbach",
        "Ein 41 Jahre alter Motorradfahrer ist am Dienstagabend auf der Kreisstraße bei Hessbach "
        "im Landkreis Oberhagen gestürzt und noch an der Unfallstelle gestorben.",
        28.0,
    ),
    (
        "de-unfall-oberhagen/motorrad",
        "Zweiter tödlicher Unfall im Kreis Oberhagen",
        "Bei Hessbach ist ein Motorradfahrer tödlich verunglückt.",
        29.0,
    ),
    (
        "de-streik-kreuzstadt",
        "Kita-Beschäftigte in Kreuzstadt streiken am Donnerstag",
        "Die Beschäftigten der 86 städtischen Kitas in Kreuzstadt legen am Donnerstag ganztägig "
        "die Arbeit nieder, hat die Gewerkschaft GBN am Montag angekündigt.",
        70.0,
    ),
    (
        "de-streik-kreuzstadt",
        "Warnstreik: 86 Kitas bleiben zu",
        "Eltern in Kreuzstadt müssen am Donnerstag selbst für Betreuung sorgen.",
        71.0,
    ),
    (
        "de-streik-kreuzstadt",
        "Kita-Streik in Kreuzstadt: Was Eltern jetzt wissen müssen",
        "Nur eine Notbetreuung für wenige Kinder wird es geben, wenn die städtischen Kitas am "
        "Donnerstag bestreikt werden.",
        73.0,
    ),
    (
        "de-streik-kreuzstadt/bus",
        "Busfahrer in Kreuzstadt kündigen Streik für Freitag an",
        "Auch die Busfahrer der Kreuzstädter Verkehrsbetriebe wollen die Arbeit niederlegen: Die "
        "Fahrergewerkschaft hat am Montag zu einem Streik am Freitag aufgerufen.",
        75.0,
    ),
    (
        "de-streik-kreuzstadt/bus",
        "Am Freitag fahren keine Busse",
        "Die Verkehrsbetriebe in Kreuzstadt werden am Freitag bestreikt.",
        76.5,
    ),
    (
        "de-brand-lager",
        "Großbrand in Lagerhalle in Westerfelde",
        "In einer Lagerhalle für Reifen im Gewerbegebiet von Westerfelde ist in der Nacht zum "
        "Mittwoch ein Feuer ausgebrochen; die Rauchwolke war kilometerweit zu sehen.",
        800.0,
    ),
    (
        "de-brand-lager",
        "Reifenlager brennt: Warnung vor Rauch",
        "Anwohner in Westerfelde sollen Fenster und Türen geschlossen halten.",
        800.4,
    ),
    (
        "de-brand-lager",
        "Brand in Westerfelde: Schaden in Millionenhöhe",
        "Nach dem Feuer in der Reifenlagerhalle schätzt die Polizei den Schaden auf drei "
        "Millionen Euro.",
        812.0,
    ),
    (
        "de-lindenau-umgehung",
        "Ortsumgehung von Lindenau wird ein Jahr später fertig",
        "Die neue Umgehungsstraße von Lindenau wird erst im Herbst des nächsten Jahres "
        "freigegeben, weil sich die Brücke über die Bahn verzögert.",
        160.0,
    ),
    (
        "es-choque-valdecasa",
        "Cuatro muertos en un choque frontal en la N-612 en Torrelinde",
        "Cuatro personas han muerto este sábado en un choque frontal entre un turismo y una "
        "furgoneta en la N-612 a su paso por Torrelinde, en la provincia de Valdecasa, según la "
        "Guardia Civil.",
        110.0,
    ),
    (
        "es-choque-valdecasa",
        "Accidente mortal en la N-612",
        "Cuatro fallecidos en Torrelinde tras chocar un coche y una furgoneta.",
        110.4,
    ),
    (
        "es-choque-valdecasa",
        "Las víctimas del choque de Torrelinde volvían de una boda",
        "Los cuatro fallecidos en la N-612 eran vecinos de Torrelinde que regresaban de una "
        "celebración familiar, según el alcalde.",
        112.0,
    ),
    (
        "es-choque-valdecasa/autobus",
        "Vuelca un autobús escolar en la CV-30 con 15 heridos",
        "Quince personas, la mayoría menores, han resultado heridas al volcar un autobús en la "
        "CV-30 cerca de Almendral, en la provincia de Valdecasa, este sábado por la tarde.",
        115.0,
    ),
    (
        "es-choque-valdecasa/autobus",
        "Quince heridos al volcar un autobús en Almendral",
        "Ninguno de los heridos está grave, según los servicios de emergencia.",
        116.0,
    ),
    (
        "es-choque-valdecasa/autobus",
        "Segundo accidente grave del día en Valdecasa",
        "Tras el choque de la N-612, un autobús con un equipo juvenil de fútbol vuelca en la "
        "CV-30 y deja 15 heridos.",
        118.0,
    ),
    (
        "es-derbi-sorrega",
        "Albarán y Sorrega, un derbi con el ascenso en juego",
        "El Deportivo Albarán recibe el domingo al CF Sorrega en un derbi que puede decidir el "
        "ascenso, con el delantero Iker Salvatierra todavía en duda.",
        130.0,
    ),
    (
        "es-derbi-sorrega",
        "Salvatierra, duda para el derbi",
        "El delantero del Albarán apura su recuperación para el domingo.",
        134.0,
    ),
    (
        "es-derbi-sorrega/cronica",
        "Albarán y Sorrega firman tablas en un derbi tenso (1-1)",
        "El Deportivo Albarán y el CF Sorrega empataron a uno el domingo en un derbi con dos "
        "expulsados; Salvatierra marcó para los locales.",
        152.0,
    ),
    (
        "es-derbi-sorrega/cronica",
        "Empate en el derbi: 1-1",
        "Salvatierra adelantó al Albarán y el Sorrega igualó al final.",
        152.3,
    ),
    (
        "es-derbi-sorrega/cronica",
        "El Sorrega rescata un punto y sigue líder",
        "Un gol en el minuto 88 permitió al CF Sorrega empatar en el campo del Albarán y mantener"
        " el liderato.",
        155.0,
    ),
    (
        "es-sorrega-estadio",
        "El Sorrega presenta el proyecto de su nuevo estadio",
        "El CF Sorrega ha presentado un estadio para 18.000 espectadores que quiere construir "
        "junto a la ronda norte de la ciudad.",
        170.0,
    ),
    (
        "es-incendio-sierra-olmeda",
        "Un incendio forestal obliga a desalojar 300 vecinos en la sierra de Olmeda",
        "Un incendio forestal declarado el martes por la tarde en la sierra de Olmeda ha quemado "
        "unas 600 hectáreas y obligado a desalojar a 300 vecinos de dos aldeas, según el servicio"
        " de emergencias.",
        940.0,
    ),
    (
        "es-incendio-sierra-olmeda",
        "Desalojadas dos aldeas por el fuego de Olmeda",
        "Los medios aéreos trabajan en la zona hasta la caída de la noche.",
        940.6,
    ),
    (
        "es-incendio-sierra-olmeda",
        "El incendio de Olmeda, estabilizado tras arrasar 600 hectáreas",
        "Los 300 vecinos desalojados por el fuego de la sierra han podido volver a sus casas este"
        " miércoles.",
        958.0,
    ),
    (
        "nl-cijfers-vandam",
        "Van Dam Logistiek boekt 18 procent meer winst",
        "Van Dam Logistiek heeft over het derde kwartaal een nettowinst van 46 miljoen euro "
        "geboekt, 18 procent meer dan een jaar eerder, dankzij drukte in de haven.",
        250.0,
    ),
    (
        "nl-cijfers-vandam",
        "Winst Van Dam stijgt naar 46 miljoen",
        "Logistiek bedrijf profiteert van meer containers in de haven.",
        250.3,
    ),
    (
        "nl-cijfers-vandam",
        "Van Dam Logistiek verrast beleggers: aandeel 6 procent hoger",
        "Het aandeel Van Dam steeg op het Damrak na een winststijging van 18 procent tot 46 "
        "miljoen euro.",
        252.0,
    ),
    (
        "nl-cijfers-vandam/koning",
        "Koning Bouw schrijft 30 miljoen af en lijdt verlies",
        "Bouwbedrijf Koning Bouw heeft in het derde kwartaal een verlies van 22 miljoen euro "
        "geleden door een afboeking van 30 miljoen op projecten in Duitsland.",
        250.05,
    ),
    (
        "nl-cijfers-vandam/koning",
        "Verlies bij Koning Bouw",
        "Afboeking op Duitse projecten drukt de cijfers van de bouwer.",
        251.0,
    ),
    (
        "nl-staking-zeedorp",
        "Havenwerkers in Zeedorp leggen 24 uur het werk neer",
        "De sjorders en kraanmachinisten in de haven van Zeedorp staken vanaf woensdagochtend 24 "
        "uur voor een betere cao, meldt de vakbond.",
        260.0,
    ),
    (
        "nl-staking-zeedorp",
        "Staking legt haven Zeedorp plat",
        "Geen schepen gelost in Zeedorp door een staking van 24 uur.",
        261.0,
    ),
    (
        "nl-staking-zeedorp",
        "Schepen wachten op rede door staking in Zeedorp",
        "Zeker twaalf containerschepen liggen voor de kust te wachten terwijl de havenwerkers "
        "staken.",
        263.0,
    ),
    (
        "nl-staking-zeedorp/zorg",
        "Thuiszorg in Zeedorp kondigt actiedag aan",
        "Medewerkers van de thuiszorg in de regio Zeedorp gaan volgende week dinsdag actievoeren "
        "voor hogere lonen, heeft de vakbond woensdag aangekondigd.",
        262.0,
    ),
    (
        "nl-staking-zeedorp/zorg",
        "Thuiszorg voert volgende week actie",
        "Op dinsdag wordt alleen de zorg geleverd die niet kan wachten.",
        264.0,
    ),
    (
        "nl-lijsttrekker-pvn",
        "Geen winnaar in eerste ronde lijsttrekkersverkiezing PvN",
        "Bij de ledenraadpleging van de Partij voor het Noorden heeft geen van de vier kandidaten"
        " een meerderheid gehaald; Sanne Wiersma (38 procent) en Jelle Hoekstra (31 procent) gaan"
        " door naar een tweede ronde.",
        280.0,
    ),
    (
        "nl-lijsttrekker-pvn",
        "Wiersma en Hoekstra naar tweede ronde",
        "Leden van de PvN stemmen over twee weken opnieuw.",
        281.0,
    ),
    (
        "nl-lijsttrekker-pvn",
        "Opkomst bij PvN-stemming hoger dan verwacht",
        "Van de leden van de Partij voor het Noorden stemde 64 procent in de eerste ronde; "
        "Wiersma ging aan kop.",
        283.0,
    ),
    (
        "nl-lijsttrekker-pvn/tweede",
        "Sanne Wiersma gekozen tot lijsttrekker van PvN",
        "Sanne Wiersma heeft de tweede ronde van de lijsttrekkersverkiezing van de Partij voor "
        "het Noorden gewonnen met 57 procent van de stemmen tegen Jelle Hoekstra.",
        616.0,
    ),
    (
        "nl-lijsttrekker-pvn/tweede",
        "Wiersma wint van Hoekstra",
        "Zij wordt de lijsttrekker van de PvN bij de verkiezingen.",
        617.0,
    ),
    (
        "nl-zeedorp-terminal",
        "Nieuwe containerterminal Zeedorp krijgt groen licht",
        "De provincie heeft de vergunning gegeven voor een nieuwe terminal in de haven van "
        "Zeedorp, die in drie jaar klaar moet zijn.",
        300.0,
    ),
    (
        "it-conti-ferralba",
        "Banca Ferralba, utile netto a 612 milioni (+9%)",
        "Banca Ferralba ha chiuso i primi nove mesi con un utile netto di 612 milioni di euro, in"
        " crescita del 9%, grazie al margine di interesse; il titolo sale a Piazza Affari.",
        300.0,
    ),
    (
        "it-conti-ferralba",
        "Ferralba, utile in crescita del 9 per cento",
        "La banca conferma la cedola e alza le stime per l'anno.",
        300.2,
    ),
    (
        "it-conti-ferralba",
        "Ferralba, l'ad Bortolotti: «Il margine reggerà anche nel 2027»",
        "L'amministratore delegato di Banca Ferralba ha commentato i conti dei nove mesi, con un "
        "utile di 612 milioni.",
        302.0,
    ),
    (
        "it-conti-ferralba/lucerna",
        "Lucerna Assicurazioni, raccolta premi in calo del 4%",
        "Lucerna Assicurazioni ha registrato nei nove mesi una raccolta premi di 3,1 miliardi, in"
        " calo del 4%, e un utile di 140 milioni.",
        300.1,
    ),
    (
        "it-conti-ferralba/lucerna",
        "Lucerna, utile a 140 milioni",
        "Premi in calo per la compagnia, pesa il ramo vita.",
        301.0,
    ),
    (
        "it-sartori-scuola",
        "La ministra Sartori inaugura la nuova scuola di Pievelunga",
        "La ministra dell'Istruzione Chiara Sartori ha inaugurato stamattina a Pievelunga la "
        "scuola media ricostruita dopo l'alluvione, costata 9 milioni di euro.",
        320.0,
    ),
    (
        "it-sartori-scuola",
        "Pievelunga, riapre la scuola media",
        "Al taglio del nastro c'era la ministra Sartori, con il sindaco e gli alunni.",
        321.0,
    ),
    (
        "it-sartori-scuola",
        "Sartori a Pievelunga: «Nessuna scuola sarà lasciata indietro»",
        "Nella scuola ricostruita dopo l'alluvione la ministra ha promesso fondi per altri 40 "
        "istituti.",
        323.0,
    ),
    (
        "it-sartori-scuola/senato",
        "Question time, Sartori in Senato sui precari della scuola",
        "Nel pomeriggio la ministra Chiara Sartori ha risposto in Senato sui 30.000 docenti "
        "precari, annunciando un concorso straordinario.",
        326.0,
    ),
    (
        "it-sartori-scuola/senato",
        "Sartori annuncia un concorso per i precari",
        "La ministra al question time del Senato.",
        327.0,
    ),
    (
        "it-derby-montalba",
        "Virtus Montalba-Pro Cisterna, derby da tutto esaurito",
        "Domenica allo stadio Ceccarelli si gioca il derby tra Virtus Montalba e Pro Cisterna: "
        "biglietti esauriti e l'attaccante Lorenzo Galli recuperato.",
        340.0,
    ),
    (
        "it-derby-montalba",
        "Galli c'è per il derby",
        "L'attaccante della Virtus torna a disposizione per domenica.",
        343.0,
    ),
    (
        "it-derby-montalba/cronaca",
        "Virtus Montalba travolge la Pro Cisterna 3-0 nel derby",
        "La Virtus Montalba ha vinto 3-0 il derby con la Pro Cisterna con una doppietta di "
        "Lorenzo Galli e un gol di Ferro nella ripresa.",
        364.0,
    ),
    (
        "it-derby-montalba/cronaca",
        "Derby alla Virtus: 3-0",
        "Doppietta di Galli, la Pro Cisterna resta ultima.",
        364.5,
    ),
    (
        "it-derby-montalba/cronaca",
        "Galli, il derby della rinascita",
        "Dopo due mesi fuori per infortunio, l'attaccante ha deciso la sfida con la Pro Cisterna.",
        367.0,
    ),
    (
        "it-montalba-stadio",
        "Stadio Ceccarelli, arrivano i nuovi fari",
        "Il Comune di Montalba ha approvato la spesa di 800.000 euro per la nuova illuminazione "
        "dello stadio Ceccarelli.",
        380.0,
    ),
    (
        "fr-lumeo-coursiers",
        "Lumeo condamnée à requalifier 900 coursiers en salariés",
        "Le tribunal judiciaire de Saint-Aubrac a condamné jeudi la plateforme de livraison Lumeo"
        " à requalifier en contrats de travail les contrats de 900 coursiers, et à leur verser "
        "4,2 millions d'euros.",
        380.0,
    ),
    (
        "fr-lumeo-coursiers",
        "Lumeo : 900 coursiers requalifiés",
        "La plateforme de livraison dit qu'elle ne compte pas en rester là et fera appel.",
        380.5,
    ),
    (
        "fr-lumeo-coursiers",
        "« Une victoire pour tous les livreurs » : les coursiers de Lumeo savourent",
        "Devant le tribunal de Saint-Aubrac, les livreurs ont salué une décision qui pourrait "
        "coûter 4,2 M€ à la plateforme.",
        383.0,
    ),
    (
        "fr-lumeo-coursiers/pub",
        "Publicité trompeuse : la cour d'appel confirme l'amende de Lumeo",
        "La cour d'appel de Vérane a confirmé samedi l'amende de 2 millions d'euros infligée à "
        "Lumeo pour des promesses de livraison « en 15 minutes » jamais tenues.",
        420.0,
    ),
    (
        "fr-lumeo-coursiers/pub",
        "Amende de 2 M€ confirmée pour Lumeo",
        "Les promesses de livraison en 15 minutes étaient trompeuses.",
        421.0,
    ),
    (
        "fr-tempete-odile",
        "Tempête Odile : 120 000 foyers privés d'électricité",
        "La tempête Odile a balayé le littoral de la Manche-Nord dans la nuit de lundi à mardi "
        "avec des rafales à 140 km/h, privant d'électricité 120 000 foyers.",
        440.0,
    ),
    (
        "fr-tempete-odile",
        "EN DIRECT - Tempête Odile : les dernières informations",
        "Coupures, routes fermées : suivez le passage d'Odile.",
        440.5,
    ),
    (
        "fr-tempete-odile",
        "À Port-Guénec, un chalutier a rompu ses amarres pendant la tempête",
        "Les rafales de 140 km/h ont jeté un bateau sur la digue de Port-Guénec, où la tempête "
        "Odile a aussi arraché des toitures.",
        443.0,
    ),
    (
        "fr-tempete-odile",
        "Après Odile, encore 30 000 foyers sans courant",
        "Les équipes d'Enedis travaillent toujours mercredi à rétablir le courant dans la "
        "Manche-Nord.",
        460.0,
    ),
    (
        "fr-tempete-odile/pierric",
        "La tempête Pierric frappe à son tour la Manche-Nord",
        "Six jours après Odile, la tempête Pierric a touché le littoral dimanche avec des pluies "
        "diluviennes et des vents à 110 km/h; des routes sont inondées.",
        584.0,
    ),
    (
        "fr-tempete-odile/pierric",
        "Pierric : vigilance orange aux inondations",
        "Après Odile, une nouvelle tempête touche la côte.",
        585.0,
    ),
    (
        "fr-incendie-sorel",
        "Incendie dans un immeuble de Sorel-sur-Orne : 40 habitants évacués",
        "Un incendie s'est déclaré dans la nuit de vendredi à samedi au troisième étage d'un "
        "immeuble du quartier des Tilleuls à Sorel-sur-Orne; 40 habitants ont été évacués et deux"
        " sont blessés.",
        900.0,
    ),
    (
        "fr-incendie-sorel",
        "Sorel-sur-Orne : un immeuble évacué",
        "Deux blessés légers dans l'incendie d'un appartement.",
        900.5,
    ),
    (
        "fr-incendie-sorel",
        "Incendie des Tilleuls : une bougie à l'origine du feu",
        "Les 40 habitants évacués de l'immeuble de Sorel-sur-Orne ont été relogés, indique la "
        "mairie.",
        918.0,
    ),
    (
        "fr-lumeo-entrepot",
        "Lumeo ouvre un entrepôt géant près de Saint-Aubrac",
        "La plateforme de livraison Lumeo ouvre un entrepôt de 20 000 m² qui emploiera 150 "
        "personnes à la sortie de Saint-Aubrac.",
        500.0,
    ),
    (
        "pt-vialto-taxas",
        "Tribunal condena Vialto a devolver taxas cobradas a 80 mil clientes",
        "O Tribunal da Relação de Montenegra condenou a operadora Vialto a devolver as taxas de "
        "desativação cobradas a cerca de 80 mil clientes, num valor de 6,5 milhões de euros.",
        470.0,
    ),
    (
        "pt-vialto-taxas",
        "Vialto perde em tribunal",
        "A operadora vai ter de devolver 6,5 milhões aos clientes.",
        471.0,
    ),
    (
        "pt-vialto-taxas",
        "Clientes da Vialto: como pedir a devolução da taxa",
        "Depois da decisão do Tribunal da Relação, a associação de consumidores explica os passos"
        " para recuperar o dinheiro.",
        473.0,
    ),
    (
        "pt-vialto-taxas/coima",
        "Tribunal confirma coima de 3 milhões à Vialto por cartel",
        "O Tribunal da Concorrência confirmou a coima de 3 milhões de euros aplicada à Vialto por"
        " combinar preços com outra operadora.",
        590.0,
    ),
    (
        "pt-vialto-taxas/coima",
        "Coima à Vialto mantida",
        "Juiz dá razão à Autoridade da Concorrência no caso do cartel.",
        591.0,
    ),
    (
        "pt-tempestade-lorena",
        "Tempestade Lorena deixa rasto de destruição no Corvelo",
        "A tempestade Lorena provocou quedas de árvores, inundações e um ferido grave na ilha do "
        "Corvelo, com ventos de 130 km/h, segundo a proteção civil.",
        500.0,
    ),
    (
        "pt-tempestade-lorena",
        "Lorena: escolas fechadas no Corvelo",
        "As aulas estão suspensas na ilha por causa da tempestade.",
        501.0,
    ),
    (
        "pt-tempestade-lorena",
        "Pescadores do Corvelo contam prejuízos depois da Lorena",
        "Vários barcos afundaram no porto da ilha durante a noite de ventos de 130 quilómetros "
        "por hora.",
        503.0,
    ),
    (
        "pt-tempestade-lorena/mateus",
        "Nova tempestade, Mateus, atinge o Corvelo quatro dias depois",
        "Quatro dias após a Lorena, a tempestade Mateus trouxe chuva forte ao Corvelo e obrigou a"
        " fechar o aeroporto da ilha.",
        596.0,
    ),
    (
        "pt-tempestade-lorena/mateus",
        "Mateus fecha aeroporto do Corvelo",
        "Voos cancelados por causa da segunda tempestade da semana.",
        597.0,
    ),
    (
        "pt-eleicao-serra-alta",
        "Eleição em Serra Alta vai para o segundo turno",
        "A disputa pela prefeitura de Serra Alta será decidida no segundo turno entre Márcia "
        "Toledo, com 44% dos votos válidos, e Renato Quintas, com 36%.",
        520.0,
    ),
    (
        "pt-eleicao-serra-alta",
        "Toledo e Quintas no segundo turno",
        "Nenhum candidato passou de 50% em Serra Alta.",
        521.0,
    ),
    (
        "pt-eleicao-serra-alta",
        "Márcia Toledo lidera em Serra Alta e busca apoio do PVN",
        "A candidata com 44% dos votos quer o apoio do terceiro colocado, Jairo Bastos, para o "
        "segundo turno contra Quintas.",
        523.0,
    ),
    (
        "pt-eleicao-serra-alta/segundo",
        "Márcia Toledo é eleita prefeita de Serra Alta",
        "Márcia Toledo venceu o segundo turno em Serra Alta com 55% dos votos válidos, contra 45%"
        " de Renato Quintas.",
        856.0,
    ),
    (
        "pt-eleicao-serra-alta/segundo",
        "Toledo vence em Serra Alta",
        "A nova prefeita toma posse em janeiro.",
        857.0,
    ),
    (
        "pt-serra-alta-tarifa",
        "Prefeitura de Serra Alta congela tarifa de ônibus",
        "A tarifa de ônibus de Serra Alta vai continuar em 4,50 reais no próximo ano, anunciou a "
        "prefeitura.",
        530.0,
    ),
    (
        "ru-lapin-most",
        "Губернатор Лапин открыл новый мост через Вятлу в Верхнегорске",
        "Губернатор Северной области Олег Лапин открыл в Верхнегорске новый мост через реку Вятлу"
        " длиной 640 метров, строительство которого обошлось в 4,1 млрд рублей.",
        540.0,
    ),
    (
        "ru-lapin-most",
        "В Верхнегорске открыли мост",
        "Движение по мосту через Вятлу запущено в понедельник.",
        541.0,
    ),
    (
        "ru-lapin-most",
        "«Ждали двадцать лет»: жители Верхнегорска о новом мосте",
        "Мост длиной 640 метров, который открыл губернатор Лапин, сократит путь до областного "
        "центра на час.",
        543.0,
    ),
    (
        "ru-lapin-most/otstavka",
        "Лапин отправил в отставку министра ЖКХ области",
        "Губернатор Олег Лапин в понедельник вечером отправил в отставку министра ЖКХ Северной "
        "области Игоря Сомова после аварий на теплотрассах.",
        545.0,
    ),
    (
        "ru-lapin-most/otstavka",
        "Министр ЖКХ Сомов уволен",
        "Губернатор недоволен подготовкой к зиме.",
        546.0,
    ),
    (
        "ru-zabastovka-kremnevo",
        "Шахтёры в Кремнёве объявили забастовку",
        "Около 400 горняков шахты «Северная-2» в Кремнёве отказались спускаться под землю, требуя"
        " погасить долги по зарплате за два месяца.",
        600.0,
    ),
    (
        "ru-zabastovka-kremnevo",
        "Забастовка на шахте «Северная-2»",
        "Горняки требуют выплатить зарплату за два месяца.",
        601.0,
    ),
    (
        "ru-zabastovka-kremnevo",
        "Прокуратура начала проверку на шахте в Кремнёве",
        "После забастовки 400 шахтёров прокуроры проверят, почему им не платили зарплату.",
        603.0,
    ),
    (
        "ru-zabastovka-kremnevo/kurery",
        "Курьеры сервиса доставки в Кремнёве прекратили работу",
        "Курьеры службы доставки «Быстро» в Кремнёве в среду отказались выходить на заказы из-за "
        "снижения оплаты за доставку.",
        604.0,
    ),
    (
        "ru-zabastovka-kremnevo/kurery",
        "Курьеры «Быстро» бастуют",
        "Доставка еды в городе почти остановилась.",
        605.0,
    ),
    (
        "ru-vybory-zarechinsk",
        "Выборы мэра Заречинска: нужен второй тур",
        "Ни один из пяти кандидатов на выборах мэра Заречинска не набрал больше половины голосов;"
        " во второй тур вышли Анна Гребнева (41%) и Павел Жуков (29%).",
        620.0,
    ),
    (
        "ru-vybory-zarechinsk",
        "Гребнева и Жуков выходят во второй тур",
        "Второй тур в Заречинске пройдёт через две недели.",
        621.0,
    ),
    (
        "ru-vybory-zarechinsk",
        "Явка на выборах мэра Заречинска составила 38%",
        "Горизбирком подвёл итоги первого тура: лидирует Анна Гребнева.",
        623.0,
    ),
    (
        "ru-vybory-zarechinsk/vtoroy",
        "Анна Гребнева избрана мэром Заречинска",
        "Во втором туре выборов мэра Заречинска победила Анна Гребнева, набравшая 58% голосов; "
        "Павел Жуков получил 39%.",
        956.0,
    ),
    (
        "ru-vybory-zarechinsk/vtoroy",
        "Гребнева победила во втором туре",
        "Новый мэр Заречинска вступит в должность в декабре.",
        957.0,
    ),
    (
        "ru-zarechinsk-tramvai",
        "В Заречинске появятся новые трамваи",
        "Город закупит 12 низкопольных трамваев, первые вагоны выйдут на линию весной.",
        630.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two road crashes in one county on one day": (
        "en-crash-dunmere/quarry",
        "de-unfall-oberhagen/motorrad",
        "es-choque-valdecasa/autobus",
    ),
    "two firms' results on one morning": (
        "en-results-tallis/brennock",
        "nl-cijfers-vandam/koning",
        "it-conti-ferralba/lucerna",
    ),
    "two court rulings against one company in one week": (
        "en-ruling-veltrix/data",
        "fr-lumeo-coursiers/pub",
        "pt-vialto-taxas/coima",
    ),
    "one politician at two events on one day": (
        "en-crane-hospital/hustings",
        "it-sartori-scuola/senato",
        "ru-lapin-most/otstavka",
    ),
    "a strike in one sector and another sector's strike": (
        "de-streik-kreuzstadt/bus",
        "nl-staking-zeedorp/zorg",
        "ru-zabastovka-kremnevo/kurery",
    ),
    "a storm and the next storm": (
        "en-storm-ilse/mabon",
        "fr-tempete-odile/pierric",
        "pt-tempestade-lorena/mateus",
    ),
    "a match preview and its report": (
        "en-cup-fenwick/report",
        "es-derbi-sorrega/cronica",
        "it-derby-montalba/cronaca",
    ),
    "an election's first round and its runoff": (
        "nl-lijsttrekker-pvn/tweede",
        "pt-eleicao-serra-alta/segundo",
        "ru-vybory-zarechinsk/vtoroy",
    ),
}
